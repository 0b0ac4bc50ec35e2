"""The layout of :mod:`jirei.pdf.layout`, done over a whole document's glyphs at once.

:func:`jirei.pdf.layout.layout_page` is the definition: readable, one line at a time.
:func:`layout_pages` gives exactly its lines (text, glyphs, cells, top, bottom, height,
right edge; the same floats) for every page, with the per-glyph work done as numpy array
operations over all pages together: the sort by vertical centre, the line bands, the x
order, the overprint test, the line heights, the gaps and separators, the text. Python
runs per line (to make the :class:`Line`) and only for the few lines that need the
reference's own steps: glyphs out of x order, overprinted copies, mixed glyph heights,
cell breaks that may be letter spacing.

A page is left to :func:`layout_page` when its numbers are not all finite floats or a
glyph stands for several characters (a ligature): there the array form could not promise
the same result.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from jirei.pdf.backends import PageChars
from jirei.pdf.layout import (
    CELL_GAP,
    DUPLICATE_EMS,
    DUPLICATE_POINTS,
    SPACE_GAP,
    Line,
    _leading_tabs,
    _letter_spacing,
    layout_page,
)

_COLUMNS = ("x0", "top", "x1", "bottom")
_TAB, _SPACE = ord("\t"), ord(" ")


def layout_pages(pages: Sequence[PageChars]) -> list[list[Line]]:
    """Every page's lines, top to bottom, without blank lines: ``layout_page`` of each."""
    laid: list[list[Line] | None] = [None] * len(pages)
    chosen: list[int] = []
    texts: list[str] = []
    for number, page in enumerate(pages):
        if not len(page):
            laid[number] = []
            continue
        joined = "".join(page.text)
        # a glyph of several characters (a ligature), or numbers that are not floats
        if len(joined) != len(page.text) or not all_floats(page):
            laid[number] = layout_page(_with_lists(page))
            continue
        chosen.append(number)
        texts.append(joined)
    while chosen:
        columns = [
            np.concatenate(
                [np.asarray(getattr(pages[n], name), dtype=np.float64) for n in chosen]
            )
            for name in _COLUMNS
        ]
        sizes = [len(pages[n]) for n in chosen]
        # an overflow to inf only sends a page to the reference layout, which is exact too
        finite = np.isfinite(columns[0] + columns[1] + columns[2] + columns[3])
        if not finite.all():
            bounds = np.cumsum([0, *sizes])
            bad = set(np.unique(np.searchsorted(bounds, np.flatnonzero(~finite), "right") - 1))
            for k in sorted(bad):
                laid[chosen[k]] = layout_page(_with_lists(pages[chosen[k]]))
            chosen = [n for k, n in enumerate(chosen) if k not in bad]
            texts = [t for k, t in enumerate(texts) if k not in bad]
            continue
        for n, lines in zip(chosen, _lay(columns, "".join(texts), sizes), strict=True):
            laid[n] = lines
        break
    return [lines if lines is not None else [] for lines in laid]


def all_floats(page: PageChars) -> bool:
    """Whether the page's coordinates are float64 arrays or lists of Python floats (an
    array form of other numbers would change their type)."""
    for column in (page.x0, page.top, page.x1, page.bottom):
        if isinstance(column, np.ndarray):
            if column.dtype != np.float64:
                return False
        elif not all(type(value) is float for value in column):
            return False
    return True


def _with_lists(page: PageChars) -> PageChars:
    """The page with its coordinates as lists of floats (the reference layout's input)."""
    columns = [
        value.tolist() if isinstance(value, np.ndarray) else list(value)
        for value in (page.x0, page.top, page.x1, page.bottom)
    ]
    return PageChars(page.number, page.width, page.height, list(page.text), *columns)


def _lay(
    columns: list[np.ndarray], text: str, sizes: list[int]
) -> list[list[Line]]:
    """The lines of pages of ``sizes`` glyphs whose columns and characters are concatenated."""
    x0, top, x1, bottom = columns
    count = len(x0)
    page_starts = [0]
    for size in sizes:
        page_starts.append(page_starts[-1] + size)

    # 1. by vertical centre (2 × centre), stable; a line: every glyph whose centre lies
    # above the bottom of the line's first glyph (bisect_right from the next glyph on)
    centre = top + bottom
    order = np.empty(count, dtype=np.intp)
    ends = np.empty(count, dtype=np.intp)
    for a, b in pairwise(page_starts):
        picked = np.argsort(centre[a:b], kind="stable")
        picked += a
        order[a:b] = picked
        found = np.searchsorted(centre[picked], 2 * bottom[picked], "right")
        found += a
        ends[a:b] = found
    np.maximum(ends, np.arange(1, count + 1), out=ends)
    following = ends.tolist()
    starts: list[int] = []
    start = 0
    while start < count:
        starts.append(start)
        start = following[start]
    lines = len(starts)
    line_of = np.repeat(np.arange(lines), np.diff([*starts, count]))
    same = line_of[1:] == line_of[:-1]

    # 2. x order within each line (stable); most lines are drawn left to right already
    xs0 = x0[order]
    unsorted = xs0[1:] < xs0[:-1]
    unsorted &= same
    if unsorted.any():
        for line in np.unique(line_of[1:][unsorted]).tolist():
            a, b = starts[line], (starts[line + 1] if line + 1 < lines else count)
            order[a:b] = order[a:b][np.argsort(xs0[a:b], kind="stable")]
        xs0 = x0[order]

    # 3. overprinted copies, only on lines with glyphs starting within 2 pt of each other
    close = xs0[1:] - xs0[:-1] <= DUPLICATE_POINTS
    close &= same
    if close.any():
        keep = np.ones(count, dtype=bool)
        for line in np.unique(line_of[1:][close]).tolist():
            a, b = starts[line], (starts[line + 1] if line + 1 < lines else count)
            group = order[a:b]
            for k in _duplicates(
                xs0[a:b].tolist(),
                top[group].tolist(),
                bottom[group].tolist(),
                [text[g] for g in group.tolist()],
            ):
                keep[a + k] = False
        if not keep.all():
            order = order[keep]
            xs0 = xs0[keep]
            line_of = line_of[keep]
            count = len(order)
            sizes_now = np.bincount(line_of, minlength=lines)
            starts = [0, *np.cumsum(sizes_now)[:-1].tolist()]
            same = line_of[1:] == line_of[:-1]
    first = np.asarray(starts, dtype=np.intp)
    line_ends = [*starts[1:], count]

    # 4. line height: the median glyph height (the upper one of an even count), ≥ 1
    xs1 = x1[order]
    tops = top[order]
    bottoms = bottom[order]
    heights = bottoms - tops
    em = np.minimum.reduceat(heights, first)
    mixed = np.flatnonzero(em != np.maximum.reduceat(heights, first))
    for line in mixed.tolist():
        a, b = starts[line], line_ends[line]
        em[line] = sorted(heights[a:b].tolist())[(b - a) // 2]
    np.maximum(em, 1.0, out=em)

    # 5. separators: a space or more apart is a break, a cell gap or more a tab
    gaps = xs0[1:] - xs1[:-1]
    em_at = em[line_of[1:]]
    breaks = gaps >= SPACE_GAP * em_at
    breaks &= same
    tabs = gaps >= CELL_GAP * em_at
    tabs &= breaks
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)[order]
    if tabs.any():
        # a tab can become a space only between two runs of one CJK character each
        alone = np.ones(count, dtype=bool)
        alone[1:] = breaks | ~same  # a run starts here
        alone[:-1] &= breaks | ~same  # and ends here
        alone &= _cjk(codes)
        letters = tabs & alone[1:] & alone[:-1]
    if tabs.any() and letters.any():
        ems = em.tolist()
        for line in np.unique(line_of[1:][letters]).tolist():
            a, b = starts[line], line_ends[line]
            after = (np.flatnonzero(breaks[a : b - 1]) + 1).tolist()
            run_gaps = gaps[a : b - 1][np.asarray(after) - 1].tolist()
            separators = ["\t" if tab else " " for tab in tabs[a : b - 1][np.asarray(after) - 1]]
            chars = [text[g] for g in order[a:b].tolist()]
            _letter_spacing(
                [0, *after, b - a], run_gaps, ems[line], separators, list(range(b - a)), chars
            )
            for k, separator in zip(after, separators, strict=True):
                if separator == " ":
                    tabs[a + k - 1] = False

    # 6. the text of all lines as one stream: each glyph's character after its separator
    before = np.zeros(count, dtype=np.intp)
    before[1:] = breaks
    place = np.cumsum(before)
    place += np.arange(count)
    stream = np.empty(int(place[-1]) + 1, dtype=np.uint32)
    stream[place] = codes
    stream[place[1:][breaks] - 1] = np.where(tabs[breaks], _TAB, _SPACE)
    glyph_base = np.repeat(np.asarray(page_starts[:-1], dtype=np.intp), sizes)
    glyphs = np.full(len(stream), -1, dtype=np.intp)
    glyphs[place] = order - glyph_base[order]
    all_text = stream.tobytes().decode("utf-32-le", "surrogatepass")
    all_glyphs = glyphs.tolist()
    text_starts = place[first].tolist()
    text_ends = (place[np.asarray(line_ends) - 1] + 1).tolist()

    # 7. cells: from a line's first glyph and from each glyph after a tab
    opens = np.zeros(count, dtype=bool)
    opens[first] = True
    opens[1:] |= tabs
    cell_first = np.flatnonzero(opens)
    cell_last = np.empty_like(cell_first)
    cell_last[:-1] = cell_first[1:] - 1
    cell_last[-1] = count - 1
    cell_x0 = xs0[cell_first].tolist()
    cell_x1 = xs1[cell_last].tolist()
    cell_counts = np.add.reduceat(opens, first).tolist()

    line_tops = np.minimum.reduceat(tops, first).tolist()
    line_bottoms = np.maximum.reduceat(bottoms, first).tolist()
    rights = np.maximum.reduceat(xs1, first).tolist()
    ems = em.tolist()
    result: list[Line] = []
    cell = 0
    for line in range(lines):
        a, b = text_starts[line], text_ends[line]
        n = cell_counts[line]
        if n == 1:
            cells = [(cell_x0[cell], cell_x1[cell])]
        else:
            cells = list(zip(cell_x0[cell : cell + n], cell_x1[cell : cell + n], strict=True))
        cell += n
        result.append(
            Line(
                all_text[a:b], all_glyphs[a:b], line_tops[line], line_bottoms[line], cells,
                ems[line], rights[line],
            )
        )

    # lines never cross pages: each page's lines are a run of the list
    page_of_line = np.searchsorted(np.asarray(page_starts), order[first], "right") - 1
    per_page = np.bincount(page_of_line, minlength=len(sizes)).tolist()
    laid: list[list[Line]] = []
    at = 0
    for n in per_page:
        page_lines = result[at : at + n]
        at += n
        _leading_tabs(page_lines)
        laid.append(page_lines)
    return laid


def _cjk(codes: np.ndarray) -> np.ndarray:
    """``layout._is_cjk`` of each code point."""
    return (
        ((codes >= 0x3040) & (codes <= 0x30FF))
        | ((codes >= 0x3400) & (codes <= 0x9FFF))
        | ((codes >= 0xF900) & (codes <= 0xFAFF))
        | ((codes >= 0x2E80) & (codes <= 0x2FDF))
    )


def _duplicates(
    x0s: list[float], tops: list[float], bottoms: list[float], texts: list[str]
) -> list[int]:
    """The positions of overprinted copies among one line's glyphs (in x order): the
    reference's ``_without_duplicates`` on the line's own lists."""
    limit = DUPLICATE_POINTS
    drop: set[int] = set()
    for k in range(1, len(x0s)):
        if x0s[k] - x0s[k - 1] > limit:
            continue
        tolerance = min(DUPLICATE_EMS * (bottoms[k] - tops[k]), DUPLICATE_POINTS)
        for back in range(k - 1, max(k - 5, -1), -1):
            if back in drop:
                continue
            if x0s[k] - x0s[back] > tolerance:
                break
            if texts[back] == texts[k] and abs(tops[back] - tops[k]) <= tolerance:
                drop.add(k)
                break
    return sorted(drop)


__all__ = ["all_floats", "layout_pages"]
