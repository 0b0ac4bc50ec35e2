"""Characters with boxes → lines of text, done once for every backend.

Per page:

1. glyphs are grouped into lines by their vertical centre (a glyph joins a line when its
   centre lies inside the band of the line's first glyph), then sorted by x — reading
   order comes from positions, never from drawing order;
2. overprinted duplicates ("fake bold": the same character drawn 2–4 times at nearly the
   same place) are dropped;
3. gaps between glyphs become separators: none for touching glyphs, one space for a
   word-sized gap, a tab (a cell break) for a wide gap — except inside a letter-spaced
   label (``就 職 者 数``: single CJK characters at equal gaps), which gets single spaces;
4. a line that starts in a table column (its first cell aligns with a cell of a nearby
   row, the first cell of the row being empty) gets a leading tab;
5. lines further apart than 2.5 line heights (centre to centre) get a blank line between.

Synthetic characters (``\\n``, ``\\t``, spaces) carry no glyph (index ``-1``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from operator import add, itemgetter, sub
from typing import TypeVar

from jirei.pdf.backends import PageChars

T = TypeVar("T")

#: a gap narrower than this (in ems) joins glyphs without a separator
SPACE_GAP = 0.2
#: a gap at least this wide (in ems) is a cell break
CELL_GAP = 1.8
#: letter-spaced labels: largest gap (in ems) between single characters, and for two only
LETTER_GAP_MAX = 4.0
LETTER_GAP_MAX_PAIR = 2.5
#: duplicates: glyphs of the same text closer than this (in ems, and points at most)
DUPLICATE_EMS = 0.3
DUPLICATE_POINTS = 2.0
#: cells align when an edge or their centres are this close (points)
ALIGN_POINTS = 2.0
#: centre-to-centre distance (in line heights) above which a blank line is emitted
BLANK_PITCH = 2.5
#: rows above/below searched for a column a line's first cell aligns with
ALIGN_WINDOW = 3


class Line:
    """One laid-out line of a page: its text and, per character, the glyph behind it."""

    __slots__ = ("bottom", "cells", "glyphs", "height", "right", "text", "top", "x0", "x1")

    def __init__(
        self,
        text: str,
        glyphs: list[int],
        top: float,
        bottom: float,
        cells: list[tuple[float, float]],
        height: float,
        right: float | None = None,
    ) -> None:
        self.text = text
        self.glyphs = glyphs
        self.top = top
        self.bottom = bottom
        self.cells = cells
        self.x0 = cells[0][0] if cells else 0.0
        self.x1 = cells[-1][1] if cells else 0.0
        self.height = height
        #: the right edge of the widest-reaching glyph (``x1`` is the last glyph's)
        self.right = self.x1 if right is None else right

    def __repr__(self) -> str:
        return f"Line({self.text!r}, top={self.top:.1f})"

    def prepend_tab(self) -> None:
        self.text = "\t" + self.text
        self.glyphs = [-1, *self.glyphs]


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x9FFF  # ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x2E80 <= code <= 0x2FDF  # radicals (Kangxi look-alikes)
    )


def layout_page(page: PageChars) -> list[Line]:
    """The page's lines, top to bottom, without blank lines."""
    tops, bottoms = page.top, page.bottom
    count = len(page.text)
    if not count:
        return []
    doubled_centres = list(map(add, tops, bottoms))  # 2 × centre: no division needed
    order = sorted(range(count), key=doubled_centres.__getitem__)
    ordered = _pick(order, doubled_centres)

    # a line: every glyph whose centre lies above the bottom of the line's first glyph
    lines: list[Line] = []
    start = 0
    while start < count:
        end = bisect_right(ordered, 2 * bottoms[order[start]], start + 1)
        lines.append(_line(order[start:end], page))
        start = end
    _leading_tabs(lines)
    return lines


def _line(group: list[int], page: PageChars) -> Line:
    texts, x0s, tops, x1s, bottoms = page.text, page.x0, page.top, page.x1, page.bottom
    count = len(group)
    if count == 1:
        (i,) = group
        em = max(bottoms[i] - tops[i], 1.0)
        cells = [(x0s[i], x1s[i])]
        return Line(texts[i], [i] * len(texts[i]), tops[i], bottoms[i], cells, em)
    group.sort(key=x0s.__getitem__)
    pick = itemgetter(*group)
    xs0 = pick(x0s)
    if min(map(sub, xs0[1:], xs0[:-1])) <= DUPLICATE_POINTS:
        group = _without_duplicates(group, page)
        count = len(group)
        pick = itemgetter(*group) if count > 1 else _one(group[0])
        xs0 = pick(x0s)
    xs1 = pick(x1s)
    line_tops = pick(tops)
    line_bottoms = pick(bottoms)
    heights = sorted(map(sub, line_bottoms, line_tops))
    em = max(heights[count // 2], 1.0)

    # runs of touching glyphs, split where the gap is a space or more
    gaps = list(map(sub, xs0[1:], xs1[:-1]))
    space = SPACE_GAP * em
    # most lines are one run, which ``max`` tells without a Python loop (a NaN gap first
    # makes ``max`` NaN, and then the loop decides)
    if not gaps or max(gaps) < space:
        breaks: list[int] = []
    else:
        breaks = [k + 1 for k, gap in enumerate(gaps) if gap >= space]
    chars = pick(texts)
    if not breaks:  # one run: no separators, one cell
        text = "".join(chars)
        if len(text) == count:
            glyphs = list(group)
        else:  # ligatures: every character points at its one glyph
            glyphs = [g for g in group for _ in texts[g]]
        cells = [(xs0[0], xs1[-1])]
        return Line(text, glyphs, min(line_tops), max(line_bottoms), cells, em, max(xs1))
    bounds = [0, *breaks, count]
    run_gaps = [gaps[k - 1] for k in breaks]
    cell = CELL_GAP * em
    separators = ["\t" if gap >= cell else " " for gap in run_gaps]
    if "\t" in separators:
        _letter_spacing(bounds, run_gaps, em, separators, group, texts)

    parts: list[str] = []
    glyphs: list[int] = []
    cells: list[tuple[float, float]] = []
    cell_start = xs0[0]
    for number in range(len(bounds) - 1):
        a, b = bounds[number], bounds[number + 1]
        if number:
            separator = separators[number - 1]
            parts.append(separator)
            glyphs.append(-1)
            if separator == "\t":
                cells.append((cell_start, xs1[a - 1]))
                cell_start = xs0[a]
        parts.append("".join(chars[a:b]))
        glyphs.extend(group[a:b])
    cells.append((cell_start, xs1[-1]))
    text = "".join(parts)
    if len(text) != len(glyphs):  # ligatures: every character points at its one glyph
        glyphs = []
        for number in range(len(bounds) - 1):
            if number:
                glyphs.append(-1)
            for g in group[bounds[number] : bounds[number + 1]]:
                glyphs.extend([g] * len(texts[g]))
    return Line(text, glyphs, min(line_tops), max(line_bottoms), cells, em, max(xs1))


def _pick(indexes: list[int], values: Sequence[T]) -> Sequence[T]:
    """``[values[i] for i in indexes]`` in one C call."""
    if len(indexes) == 1:
        return (values[indexes[0]],)
    return itemgetter(*indexes)(values)


def _one(index: int) -> Callable[[Sequence[T]], tuple[T]]:
    """``itemgetter(index)`` returning a 1-tuple, as ``itemgetter`` of several does."""

    def pick(values: Sequence[T]) -> tuple[T]:
        return (values[index],)

    return pick


def _without_duplicates(group: list[int], page: PageChars) -> list[int]:
    """Drop overprinted copies (fake bold): same text, nearly the same place."""
    x0s, texts, tops, bottoms = page.x0, page.text, page.top, page.bottom
    xs0 = _pick(group, x0s)
    limit = DUPLICATE_POINTS
    close = [k + 1 for k, dx in enumerate(map(sub, xs0[1:], xs0[:-1])) if dx <= limit]
    if not close:
        return group
    drop: set[int] = set()
    for k in close:
        i = group[k]
        tolerance = min(DUPLICATE_EMS * (bottoms[i] - tops[i]), DUPLICATE_POINTS)
        for back in range(k - 1, max(k - 5, -1), -1):
            if back in drop:
                continue
            j = group[back]
            if x0s[i] - x0s[j] > tolerance:
                break
            if texts[j] == texts[i] and abs(tops[j] - tops[i]) <= tolerance:
                drop.add(k)
                break
    return [g for k, g in enumerate(group) if k not in drop] if drop else group


def _letter_spacing(
    bounds: list[int],
    gaps: list[float],
    em: float,
    separators: list[str],
    group: list[int],
    texts: list[str],
) -> None:
    """Turn cell breaks inside letter-spaced labels (single CJK characters at equal gaps)
    back into single spaces. Run ``n`` is ``group[bounds[n]:bounds[n + 1]]``; ``gaps[n]``
    and ``separators[n]`` stand between runs ``n`` and ``n + 1``."""
    runs = len(bounds) - 1

    def single(n: int) -> bool:
        if bounds[n + 1] - bounds[n] != 1:
            return False
        text = texts[group[bounds[n]]]
        return len(text) == 1 and _is_cjk(text)

    start = 0
    while start < runs - 1:
        if not single(start):
            start += 1
            continue
        end = start  # runs start..end: single CJK characters at equal gaps
        while (
            end + 1 < runs
            and single(end + 1)
            and gaps[end] <= LETTER_GAP_MAX * em
            and abs(gaps[end] - gaps[start]) <= max(1.0, 0.15 * gaps[start])
        ):
            end += 1
        size = end - start + 1
        if size >= 3 or (size == 2 and gaps[start] <= LETTER_GAP_MAX_PAIR * em):
            for gap_index in range(start, end):
                separators[gap_index] = " "
        start = max(end, start + 1)


def _aligned(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return (
        abs(a[0] - b[0]) <= ALIGN_POINTS
        or abs(a[1] - b[1]) <= ALIGN_POINTS
        or abs((a[0] + a[1]) - (b[0] + b[1])) <= 2 * ALIGN_POINTS
    )


def _leading_tabs(lines: list[Line]) -> None:
    """Give a leading tab to rows whose first cell is empty (the row starts in a column)."""
    if len(lines) < 2:
        return
    margin = min(line.x0 for line in lines)
    for number, line in enumerate(lines):
        if line.x0 - margin < CELL_GAP * line.height:
            continue
        first = line.cells[0]
        low = max(0, number - ALIGN_WINDOW)
        for other in lines[low : number + ALIGN_WINDOW + 1]:
            if other is line or len(other.cells) < 2 or other.x0 - margin >= line.height:
                continue
            if any(_aligned(first, cell) for cell in other.cells[1:]):
                line.prepend_tab()
                break


def blank_line_before(previous: Line, line: Line) -> bool:
    """Whether the vertical gap between two lines is wide enough for a blank line."""
    pitch = (line.top + line.bottom - previous.top - previous.bottom) / 2
    return pitch > BLANK_PITCH * max(previous.height, line.height)


__all__ = ["CELL_GAP", "SPACE_GAP", "Line", "blank_line_before", "layout_page"]
