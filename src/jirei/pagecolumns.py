"""Pages set in columns, as ``pdftotext -layout`` gives them → each column in turn
(``docs/reading-rules.md``, "Columns side by side"; decisions 1940–)::

    ◇事例１　愛知県豊橋市　×　…                  ◇事例２　愛知県岡崎市　×　…
      とよはし就労サポートコーナー（…）            おかざき就労支援コーナー（…）
      ◎主な取組                                    ◎主な取組
       ①福祉事務所の相談室に隣接して…              ①生活保護担当に加え、…
         窓口を設け、当日中に職業相談へつなぐ。       課からの誘導ルートを整備した。

A layout extraction keeps every column's horizontal place, so the lines of two columns share
the physical lines of the page. The gutter between them is found from where the lines' text
runs start: a *cut* is a place far in (``_MIN_COLUMN``) at which many lines start a run after
a wide gap (``_MIN_GAP``), counted in characters (what pdftotext and most writers align) or,
failing that, in display columns (wide characters two). A *region* is a run of lines of one
page (form feeds part pages) none of which has text crossing the cut; from its first to its
last line with text right of the cut it is read as its left parts, then its right parts —
each a ``Line`` with its own offset, so every value keeps its exact span. A right part near
the column's edge loses its leading spaces (an extraction places a column's lines a few places
apart, and a table row two places further in than its header would read as a row with an
empty label); one indented further keeps its place relative to the edge (a wrapped cell).

A space-aligned table has runs starting at one place too. A region counts only when its left
parts beside right parts hold prose (several of them one run of text, some long), its right
parts are not mostly figures, and both sides hold several lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

import regex

from jirei.lines import Line

#: the fewest spaces before a run that starts a right column
_MIN_GAP = 4
#: the place (characters or display columns) a right column starts at, at least
_MIN_COLUMN = 20
#: how far right columns' starts may stray from each other (characters; display columns
#: stray further: normalisation narrows full-width digits, spaces and brackets)
_SPREAD = 6
_DISPLAY_SPREAD = 10
#: how far before the cluster's first start a right part may begin
_TOLERANCE = 4
#: lines with a right part a region needs, and left parts of prose beside one
_MIN_RIGHT = 3
_MIN_PROSE = 2
#: a region's lines are at most this many times its lines with a right part
_DENSITY = 3
#: how many times a column is looked at for columns inside it
_DEPTH = 1
#: a left part this long (characters) is prose, not a table label
_LONG = 12
#: a left part this short (characters) is no prose
_SHORTEST = 5
_GAP_TEXT = " " * _MIN_GAP
#: runs of text parted by two or more spaces
_RUN = regex.compile(r"\S+(?: \S+)*")
_FIGURE = regex.compile(r"^[\d０-９.,％%\-－―‐—~～▲△()（）人件名回]+$")
#: a page number alone on its line (``3``, ``- 3 -``, ``― 3 ―``, ``3/7``)
_PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-‐－―—]\s*\d{1,3}\s*[-‐－―—]|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})\s*$"
)


class _Run(NamedTuple):
    """A run of text on a line: its character and display places."""

    start: int
    end: int
    left: int  # display column of its start
    right: int  # display column after its end


def may_have_columns(text: str) -> bool:
    """Whether ``text`` may hold a page in columns (a cheap whole-text test)."""
    return _GAP_TEXT in text


def split_page_columns(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` with every region of a page in columns given as its left parts, then its
    right parts; ``lines`` itself when there is none."""
    reads = page_reads(lines)
    if reads is None:
        return lines
    out: list[Line] = []
    for first, stop, read in reads:
        out.extend(lines[first:stop] if read is None else read)
    return out


def page_reads(lines: Sequence[Line]) -> list[tuple[int, int, list[Line] | None]] | None:
    """Each page of ``lines`` (where it starts and stops) with its lines read in columns, None
    for a page in no columns; None when no page is."""
    far = [i for i, line in enumerate(lines) if _GAP_TEXT in line.text]
    beside = [i for i in far if _prose_beside(lines[i].text)]
    if not beside:  # precheck: no line of prose with text far right of it
        return None
    wide = [i for i in far if _wide_gap_far_in(lines[i].text)]
    if len(wide) < _MIN_RIGHT:  # too few lines with a far run after a wide gap
        return None
    starts = {i: found for i in wide if (found := _beside_start(lines[i].text)) is not None}
    reads: list[tuple[int, int, list[Line] | None]] = []
    changed = False
    for first, stop in _pages(lines):
        page = lines[first:stop]
        if (
            sum(1 for i in wide if first <= i < stop) < _MIN_RIGHT
            or not any(first <= i < stop for i in beside)
            or not _paired([found for i, found in starts.items() if first <= i < stop])
        ):  # (a cheap test of what a region needs: two prose lines beside one gutter)
            reads.append((first, stop, None))
            continue
        read = _read_page(page)
        reads.append((first, stop, read))
        changed = changed or read is not None
    return reads if changed else None


def _beside_start(text: str) -> tuple[int, int, bool | None] | None:
    """Where the text right of a first run of prose (``_SHORTEST`` characters or more, no two
    spaces in it) starts after a wide gap, in characters and display columns, with whether
    that run is long (``_LONG``), or where a line standing far in starts (None: beside no
    prose); None when the line is neither."""
    lead = len(text) - len(text.lstrip(" "))
    if lead >= _MIN_COLUMN // 2:
        return lead, lead, None
    gap = text.find(_GAP_TEXT, lead)
    if gap - lead < _SHORTEST or "  " in text[lead:gap]:
        return None
    start = len(text) - len(text[gap:].lstrip(" "))
    if start >= len(text):
        return None
    head = text[:gap]
    return start, start + (len(head.encode()) - len(head)) // 2, gap - lead >= _LONG


def _paired(starts: Sequence[tuple[int, int, bool | None]]) -> bool:
    """Whether ``_MIN_RIGHT`` of ``starts`` (character place, display place, beside a long
    run of prose / a short one / none), ``_MIN_PROSE`` of them beside prose and one beside a
    long run, stand close together, in characters or display columns (what a region needs)."""
    for place, spread in ((0, _SPREAD), (1, _DISPLAY_SPREAD)):
        ordered = sorted(((start[place], start[2]) for start in starts), key=lambda s: s[0])
        end = 0
        for index, (first, _) in enumerate(ordered):
            while end < len(ordered) and ordered[end][0] - first <= spread:
                end += 1
            window = [kind for _, kind in ordered[index:end]]
            if (
                len(window) >= _MIN_RIGHT
                and sum(kind is not None for kind in window) >= _MIN_PROSE
                and any(window)
            ):
                return True
    return False


def prose_beside(text: str) -> bool:
    """Whether ``text`` opens with a long run of text followed by a wide gap and more text (a
    column's prose beside another column)."""
    return _prose_beside(text)


def _prose_beside(text: str) -> bool:
    """Whether ``text`` opens with a long run of text (``_LONG`` characters, no two spaces in
    it) followed by a wide gap and more text: a column's prose beside another column."""
    lead = len(text) - len(text.lstrip(" "))
    gap = text.find(_GAP_TEXT, lead)
    return gap - lead >= _LONG and "  " not in text[lead:gap] and not text[gap:].isspace()


def _wide_gap_far_in(text: str) -> bool:
    """Whether ``text`` has a run starting at character ``_MIN_COLUMN`` or later after a
    gap of ``_MIN_GAP`` spaces or more."""
    position = text.find(_GAP_TEXT)
    while position >= 0:
        end = position + _MIN_GAP
        size = len(text)
        while end < size and text[end] == " ":
            end += 1
        if end >= size:
            return False
        if end >= _MIN_COLUMN // 2:  # (wide characters: a display column twice the index)
            return True
        position = text.find(_GAP_TEXT, end)
    return False


def _pages(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Where each page starts and stops (a form feed opens a page; without form feeds, a
    page number alone on its line closes one)."""
    bounds = [0]
    for index, line in enumerate(lines):
        text = line.text
        if index and "\f" in text:
            bounds.append(index)
        elif len(text) - len(text.lstrip()) > 8 and index + 1 < len(lines) and _page_number(text):
            bounds.append(index + 1)  # (a page number stands well in: centred or right)
    bounds.append(len(lines))
    bounds = sorted(set(bounds))
    return list(pairwise(bounds))


def _runs(text: str, display: bool) -> list[_Run]:
    """The runs of ``text`` (parted by two or more spaces) with their places (display
    columns counted only when asked)."""
    if "  " not in text.strip():  # one run (most lines of prose)
        body = text.strip()
        start = text.find(body[:1])
        end = start + len(body)
        if not display:
            return [_Run(start, end, start, end)]
        return [_Run(start, end, start, start + len(body) + (len(body.encode()) - len(body)) // 2)]
    if not display:
        return [_Run(*match.span(), *match.span()) for match in _RUN.finditer(text)]
    runs: list[_Run] = []
    width = 0
    position = 0
    for match in _RUN.finditer(text):
        start, end = match.span()
        width += start - position  # the spaces before it
        piece = match.group()
        # (three UTF-8 bytes: a wide character, nearly always; counted in C, not per character)
        piece_width = len(piece) + (len(piece.encode()) - len(piece)) // 2
        runs.append(_Run(start, end, width, width + piece_width))
        width += piece_width
        position = end
    return runs


class _LazyRuns:
    """The runs of a page's lines, each counted when first asked for."""

    def __init__(self, page: Sequence[Line], display: bool) -> None:
        self.page = page
        self.display = display
        self.known: dict[int, list[_Run]] = {}

    def __getitem__(self, index: int) -> list[_Run]:
        found = self.known.get(index)
        if found is None:
            line = self.page[index]
            found = [] if line.blank else _runs(line.text, self.display)
            self.known[index] = found
        return found


def _read_page(page: Sequence[Line], depth: int = 0) -> list[Line] | None:
    """The page with its regions in columns read column by column, or None."""
    far = [index for index, line in enumerate(page) if _GAP_TEXT in line.text]
    reads = [
        found
        for display in (False, True)
        if (found := _read_with(page, _LazyRuns(page, display), far, display, depth))
    ]
    if not reads:
        return None
    return max(reads, key=lambda found: found[1])[0]  # the places that part more of the page


def _starts(runs: _LazyRuns, far: Sequence[int], display: bool) -> list[tuple[int, bool]]:
    """Where a right column may start: the first run of a line standing far in, or the
    second run far in after a wide gap beside a first run of prose (one run, five characters
    or more) — with whether it stands beside prose. (Runs after a table row's cells are
    left out: a table's columns are no gutter.)"""
    starts: list[tuple[int, bool]] = []
    for index in far:
        line_runs = runs[index]
        if not line_runs:
            continue
        first = line_runs[0]
        if (first.left if display else first.start) >= _MIN_COLUMN:
            starts.append((first.left if display else first.start, False))
        elif len(line_runs) > 1 and first.end - first.start >= _SHORTEST:
            second = line_runs[1]
            start = second.left if display else second.start
            if start >= _MIN_COLUMN and start - (first.right if display else first.end) >= _MIN_GAP:
                starts.append((start, True))
    return starts


def _clusters(starts: list[tuple[int, bool]], spread: int = _SPREAD) -> list[int]:
    """The first place of each cluster of starts (the most populous window of ``spread``
    first, then the best of what is left), those with too few starts, or fewer than two
    beside prose, left out."""
    ordered = sorted(starts)
    found: list[int] = []
    while len(found) < 3 and len(ordered) >= _MIN_RIGHT:
        best, first, stop = 0, 0, 0
        end = 0
        for index, (start, _) in enumerate(ordered):
            while end < len(ordered) and ordered[end][0] - start <= spread:
                end += 1
            if end - index > best:
                best, first, stop = end - index, index, end
        if best < _MIN_RIGHT:
            break
        if sum(prose for _, prose in ordered[first:stop]) >= _MIN_PROSE:
            found.append(ordered[first][0])
        ordered = ordered[:first] + ordered[stop:]
    return found


def _read_with(
    page: Sequence[Line], runs: _LazyRuns, far: Sequence[int], display: bool, depth: int = 0
) -> tuple[list[Line], int] | None:
    """The page read in columns at the first cut that makes a region, places counted in
    display columns or characters, with how many lines its regions hold; None when no cut
    does (``far``: the lines holding a wide gap)."""
    spread = _DISPLAY_SPREAD if display else _SPREAD
    for cluster in _clusters(_starts(runs, far, display), spread):
        low = cluster - (spread - _SPREAD + _TOLERANCE)
        cut = _clear_cut(page, runs, far, low, cluster, display)
        read = _read_at(page, runs, far, cut, display, depth)
        if read is not None:
            return read
    return None


def _clear_cut(
    page: Sequence[Line], runs: _LazyRuns, far: Sequence[int], low: int, high: int, display: bool
) -> int:
    """The place in ``low..high`` (the tolerance before a cluster of right starts) that the
    runs of the fewest lines cross, the leftmost of those: a column whose lines run close to
    the gutter (wide characters counted two) is not cut through (decision 2230)."""
    if high <= low:
        return low
    steps = [0] * (high - low + 2)  # how many more (fewer) runs cross from each place on
    for index in far:
        if not _reaches(page[index].text, low, display):
            continue
        for run in runs[index]:
            start, end = (run.left, run.right) if display else (run.start, run.end)
            first, last = max(start + 1, low), min(end - 1, high)
            if first <= last:  # (a run crosses each place after its start, before its end)
                steps[first - low] += 1
                steps[last + 1 - low] -= 1
    best, fewest, count = low, -1, 0
    for offset in range(high - low + 1):
        count += steps[offset]
        if fewest < 0 or count < fewest:
            best, fewest = low + offset, count
        if not count:
            break
    return best


def _side(run: _Run, cut: int, display: bool) -> int:
    """-1 when ``run`` lies left of ``cut``, 1 right of it, 0 when it crosses it."""
    start, end = (run.left, run.right) if display else (run.start, run.end)
    if start >= cut:
        return 1
    return -1 if end <= cut else 0


def _read_at(
    page: Sequence[Line],
    runs: _LazyRuns,
    far: Sequence[int],
    cut: int,
    display: bool,
    depth: int = 0,
) -> tuple[list[Line], int] | None:
    """The page with every region at ``cut`` read column by column, and how many lines
    its regions hold; None when there is none. A region grows from a line with text right
    of ``cut`` up and down to the lines crossing it."""

    def crosses(index: int) -> bool:
        return _crosses(page[index].text, runs[index], cut, display)

    anchors = [
        index
        for index in far
        if _reaches(page[index].text, cut, display)  # (a cheap test first: long enough)
        and any(_side(run, cut, display) > 0 for run in runs[index])
        and not crosses(index)
    ]
    if len(anchors) < _MIN_RIGHT:
        return None
    found: list[tuple[int, int, list[Line]]] = []
    reached = 0
    for anchor in anchors:
        if anchor < reached:
            continue
        start = anchor
        while start > reached and not crosses(start - 1):
            start -= 1
        stop = anchor + 1
        while stop < len(page) and not crosses(stop):
            stop += 1
        reached = stop
        if stop - start >= _MIN_RIGHT:
            region = _region(page, runs, start, stop, cut, display, depth)
            if region is not None:
                found.append((start, stop, region))
    if not found:
        return None
    out: list[Line] = []
    index = 0
    for start, stop, region in found:
        out.extend(page[index:start])
        out.extend(region)
        index = stop
    out.extend(page[index:])
    return out, sum(len(region) for _, _, region in found)


def _reaches(text: str, cut: int, display: bool) -> bool:
    """Whether ``text`` may hold text right of ``cut`` (its length, or its width at most)."""
    if len(text) > cut:
        return True
    return display and len(text) + (len(text.encode()) - len(text)) // 2 > cut


def _crosses(text: str, line_runs: Sequence[_Run], cut: int, display: bool) -> bool:
    """Whether a line's text crosses ``cut``: a run across it, or a table row cut between
    its cells (two or more runs left of it, a figure right of it)."""
    sides = [_side(run, cut, display) for run in line_runs]
    if 0 in sides:
        return True
    lefts = sides.count(-1)
    if lefts < 2 or lefts == len(sides):
        return False
    first = line_runs[lefts]
    word = text[first.start : first.end].split(" ", 1)[0]
    return _FIGURE.match(word) is not None


def _to_edge(lines: Sequence[Line]) -> list[Line]:
    """A column's lines, those near its edge (placed a few places apart) starting at it, those
    indented further keeping their place relative to it (a wrapped table cell)."""
    leads = [_lead(line.text) for line in lines]
    near = sorted(lead for lead in leads if 0 <= lead <= _SPREAD + _TOLERANCE)
    edge = near[len(near) // 2] if near else 0  # where the column's lines start, mostly
    out: list[Line] = []
    for line, lead in zip(lines, leads, strict=True):
        drop = max(lead, 0) if lead <= _SPREAD + _TOLERANCE else edge
        out.append(Line(line.text[drop:], line.start + drop) if drop else line)
    return out


def _lead(part: str) -> int:
    """The leading spaces of a right part; -1 when it is blank."""
    stripped = part.lstrip(" ")
    return len(part) - len(stripped) if stripped else -1


def _sentence(text: str, cut: int) -> bool:
    """Whether a line's left part closes a sentence."""
    return text[:cut].rstrip().endswith("。")


def page_number(text: str) -> bool:
    """Whether ``text`` is a page number alone (``2``, ``- 2 -``, ``― 3 ―``)."""
    return _PAGE_NUMBER.match(text) is not None


_page_number = page_number


def _char_cut(line: Line, line_runs: Sequence[_Run], cut: int, display: bool) -> int:
    """The character index of ``cut`` on ``line`` (inside its gutter)."""
    if not display:
        return min(cut, len(line.text))
    before = [run for run in line_runs if run.right <= cut]
    if not before:
        return min(cut, len(line.text))
    last = before[-1]
    return min(last.end + (cut - last.right), len(line.text))


def _region(
    page: Sequence[Line],
    runs: _LazyRuns,
    start: int,
    stop: int,
    cut: int,
    display: bool,
    depth: int = 0,
) -> list[Line] | None:
    """Lines ``start:stop`` (none crossing ``cut``) read as left parts, then right parts,
    from the first to the last line with a right part; None when they are no columns."""
    sided = [
        index
        for index in range(start, stop)
        if any(_side(run, cut, display) > 0 for run in runs[index])
        and not _page_number(page[index].text)  # (a page's foot, wherever it stands)
    ]
    if len(sided) < _MIN_RIGHT:
        return None
    first, last = sided[0], sided[-1] + 1
    # the left column's lines after the right column's end: up to the page's foot when
    # nothing below spans the page, else up to a blank line (text below the columns)
    to_foot = stop == len(page)
    while last < stop and not _page_number(page[last].text):
        if page[last].blank and not to_foot:
            break
        last += 1
    cuts = {
        index: _char_cut(page[index], runs[index], cut, display) for index in range(first, last)
    }
    prose = long = figures = pairs = 0
    for index in sided:
        left_runs = [run for run in runs[index] if _side(run, cut, display) < 0]
        if not left_runs:
            continue
        pairs += 1
        right_text = page[index].text[cuts[index] :].strip()
        if _FIGURE.match(right_text.split(" ", 1)[0]):
            figures += 1
        if len(left_runs) == 1:
            size = left_runs[0].end - left_runs[0].start
            if size >= _SHORTEST:
                prose += 1
                long += size >= _LONG
    if prose < _MIN_PROSE or not long or 2 * figures >= pairs:
        return None
    if not any(_sentence(page[index].text, cuts[index]) for index in range(first, last)):
        return None  # (labels beside their values, speakers beside their words: a grid)
    lines = sum(1 for index in range(first, last) if not page[index].blank)
    if _DENSITY * len(sided) < lines:  # a few lines far right (running heads) make no column
        return None
    left: list[Line] = []
    right: list[Line] = []
    for index in range(first, last):
        line = page[index]
        at = cuts[index]
        left.append(Line(line.text[:at].rstrip(), line.start))
        right.append(Line(line.text[at:], line.start + at))
    if sum(1 for line in left if not line.blank) < _MIN_PROSE:
        return None
    if depth < _DEPTH:  # a column may hold two columns again (three across a page)
        left = _read_page(left, depth + 1) or left
        right = _read_page(right, depth + 1) or right
    right = _to_edge(right)
    if not left[-1].blank and not right[0].blank:  # the columns apart, as on the page
        left.append(Line("", right[0].start))
    return [*page[start:first], *left, *right, *page[last:stop]]


__all__ = ["may_have_columns", "page_number", "page_reads", "prose_beside", "split_page_columns"]
