"""A two-column page extracted with its layout kept → its columns as separate streams
(``corpus/README.md`` decisions 84–85)::

    【取組内容】                                        【27年度　事業目標と実績】
    ・相談員とナビゲーターが同じ机で面談する。          区分            目標          実績
    ・港湾の求人を毎週まとめて紹介する。                支援対象者数    120人以上     131人
                                                        就職率          60%以上       61.1%

A *column block* is a run of consecutive non-blank lines each of which either holds a left
part, a wide gap and a right part, or is indented to the right column (its left part
empty), the right parts starting at the same display column (within a few columns:
normalisation narrows full-width digits and brackets). So that a space-aligned table —
whose second column also starts at one column — is never split, a block counts only when
the right column starts far in (``_MIN_COLUMN``), its gaps are wide (``_MIN_GAP``), and its
left parts hold prose: a heading in brackets and a sentence ending in ``。`` or a bulleted
item written as a sentence (kana in it) with no ``。`` (decision 3198).

A block reaches on over the lines under its last split line up to a blank line: a left
column longer than the right one (``・感染症対策として…`` under the right column's last item)
goes on there (decision 3198). The lines of a block are given back as its left parts,
then its right parts, each a ``Line`` with its own offset into the text, so every value
keeps its exact span; a right column opening with no bracketed heading of its own (photo
captions beside the items) is set apart from the left one by an empty line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from jirei.lines import Line
from jirei.pagecolumns import page_number, page_reads, prose_beside, split_page_columns

#: the fewest spaces between the columns (a table's cell gap is two to five)
_MIN_GAP = 6
#: the display column the right column starts at, at least
_MIN_COLUMN = 24
#: how far the right parts' starts may stray from each other (display columns)
_TOLERANCE = 4
_GAP = regex.compile(rf" {{{_MIN_GAP},}}(?=\S)")  # (what ``_gap_ends`` finds)
_NON_SPACE = regex.compile(r"\S")
_BRACKET_HEADING = regex.compile(r"^\s*[【<\[][^】>\]]{1,40}[】>\]]\s*$")


_WIDE = regex.compile(r"[\p{East_Asian_Width=W}\p{East_Asian_Width=F}]")
_SPACES = " " * _MIN_GAP


def _width(text: str) -> int:
    """The display width of ``text``: wide and full-width characters count two."""
    return len(text) + len(_WIDE.findall(text))


def _split_at(text: str) -> int | None:
    """Where the right part of a line starts (a character index), else None: after leading
    spaces reaching the right column, or after the first wide gap far enough in."""
    if _SPACES not in text:  # cheap precheck: no gap wide enough, nor a deep indent
        return None
    stripped = text.lstrip(" ")
    lead = len(text) - len(stripped)
    if not stripped:
        return None
    if lead >= _MIN_COLUMN:
        return lead
    for end in _gap_ends(text, lead):
        # (len ≤ width ≤ 2 × len: the width is counted only when in doubt)
        if end >= _MIN_COLUMN or (2 * end >= _MIN_COLUMN and _width(text[:end]) >= _MIN_COLUMN):
            return end
    return None


def _gap_ends(text: str, position: int) -> Iterator[int]:
    """The ends of ``_GAP``'s matches in ``text`` from ``position`` on: each run of
    ``_MIN_GAP`` spaces or more followed by a non-space, found by ``str.find`` (the
    pattern retries every space of a long run that ends the line: slow on wide layouts)."""
    size = len(text)
    while True:
        start = text.find(_SPACES, position)
        if start < 0:
            return
        end = start + _MIN_GAP
        while end < size and text[end] == " ":
            end += 1
        if end < size and _NON_SPACE.match(text, end) is not None:
            yield end
        position = end


def may_split(text: str) -> bool:
    """Whether ``split_columns`` may change the lines of ``text``: False when no line can
    hold a column gap or a deep indent (an exact, cheap test over the whole text)."""
    return _SPACES in text


def split_columns(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` with every column block given as its left parts, then its right parts;
    ``lines`` itself when there is none."""
    if not any(_SPACES in line.text for line in lines):  # cheap precheck
        return lines
    # a page number alone at the right margin is no right column (decision 3017): a PDF
    # export with no blank line between its pages would read every page as one block
    # (nor is one closing a running head: ``好事例集（令和２年度）      － 1 －``, decision 3198)
    cuts = [
        _split_at(line.text) if _SPACES in line.text and not page_number(line.text) else None
        for line in lines
    ]
    cuts = [
        None if cut is not None and page_number(line.text[cut:]) else cut
        for line, cut in zip(lines, cuts, strict=True)
    ]
    # each split line's left width, counted once (not again by every block tried over it)
    widths = [
        _width(line.text[:cut]) if cut is not None else 0
        for line, cut in zip(lines, cuts, strict=True)
    ]
    blocks = _blocks(lines, cuts, widths)
    if not blocks:  # whole pages in columns (pdftotext -layout; decision 1940)
        return split_page_columns(lines)
    reads = page_reads(lines)
    if reads is not None:  # a page in columns with prose beside a column no block holds
        inside = {index for start, stop in blocks for index in range(start, stop)}
        paged = [  # (decision 2231)
            (first, stop, read)
            for first, stop, read in reads
            if read is not None
            and any(
                cuts[index] is not None
                and index not in inside
                and prose_beside(lines[index].text)
                for index in range(first, stop)
            )
        ]
        if paged:
            out: list[Line] = []
            at = 0
            for first, stop, read in paged:
                out.extend(_streamed(lines, cuts, blocks, at, first))
                out.extend(read)
                at = stop
            out.extend(_streamed(lines, cuts, blocks, at, len(lines)))
            return out
    return split_page_columns(_streamed(lines, cuts, blocks, 0, len(lines)))


def _blocks(
    lines: Sequence[Line], cuts: Sequence[int | None], widths: Sequence[int]
) -> list[tuple[int, int]]:
    """Where each column block starts and stops."""
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        block = _block(lines, cuts, widths, index) if cuts[index] is not None else None
        if block is None:
            index += 1
            continue
        stop, columnar = block
        if columnar:  # (a run with no prose on its left, a table: no block starts in it)
            found.append((index, stop))
        index = stop
    return found


def _streamed(
    lines: Sequence[Line],
    cuts: Sequence[int | None],
    blocks: Sequence[tuple[int, int]],
    first: int,
    stop: int,
) -> list[Line]:
    """``lines[first:stop]`` with the column blocks wholly among them given as their left
    parts, then their right parts."""
    out: list[Line] = []
    at = first
    for start, end in blocks:
        if start < first or end > stop:
            continue
        out.extend(lines[at:start])
        out.extend(_streams(lines[start:end], cuts[start:end]))
        at = end
    out.extend(lines[at:stop])
    return out


def _block(
    lines: Sequence[Line], cuts: Sequence[int | None], widths: Sequence[int], start: int
) -> tuple[int, bool] | None:
    """The run of split lines starting at ``lines[start]`` (``cuts``: each line's
    right-part start, None for a line without one; ``widths``: the display width before
    each cut) with their right parts at one column:
    where it stops and whether it is a column block (two or more split lines, prose on the
    left); None when it is a single line."""
    first = cuts[start]
    assert first is not None
    column = widths[start]
    split = 0
    stop = start  # the line after the block's last split line
    index = start
    while index < len(lines) and not lines[index].blank:
        cut = cuts[index]
        if cut is not None:
            if abs(widths[index] - column) > _TOLERANCE:
                break
            split += 1
            stop = index + 1
        index += 1  # a left part alone (a wrapped item, a heading) stays in the block
    if split < 2:
        return None
    columnar = _prose_on_left(lines[start:stop], cuts[start:stop])
    if columnar:  # the left column's lines under the right one's last (decision 3198)
        while stop < len(lines) and not lines[stop].blank and cuts[stop] is None:
            stop += 1
    return stop, columnar


def _prose_on_left(lines: Sequence[Line], cuts: Sequence[int | None]) -> bool:
    """Whether the left parts hold a bracketed heading and a sentence (not table labels)."""
    lefts = [
        (line.text[:cut] if cut is not None else line.text).strip()
        for line, cut in zip(lines, cuts, strict=True)
    ]
    return any(_BRACKET_HEADING.match(left) for left in lefts) and any(
        left.endswith("。") or _ITEM_SENTENCE.match(left) is not None for left in lefts
    )


#: a bulleted item written as a sentence with no ``。``
#: (``・ナビゲーターが区役所に出向く出張相談を毎週``; decision 3198): a bullet mark, then
#: twelve characters or more holding kana particles — a table's row label (``・支援対象者数``)
#: holds none
_ITEM_SENTENCE = regex.compile(
    r"^[・●○◆◇■□▪‐\-](?=[^\s]{12,})(?=(?:[^\p{Hiragana}]*\p{Hiragana}){3})"
)


def _streams(lines: Sequence[Line], cuts: Sequence[int | None]) -> list[Line]:
    """The left parts of a block's lines, then their right parts."""
    left: list[Line] = []
    right: list[Line] = []
    for line, cut in zip(lines, cuts, strict=True):
        text = line.text
        head = text if cut is None else text[:cut]
        if head.strip():
            left.append(Line(head.rstrip(), line.start))
        if cut is not None:
            right.append(Line(text[cut:], line.start + cut))
    if right and left and not _BRACKET_HEADING.match(right[0].text):
        # a right column opening with no heading of its own (photo captions beside the
        # items) is no continuation of the left column's last line (decision 3198)
        return [*left, Line("", right[0].start), *right]
    return [*left, *right]


__all__ = ["may_split", "split_columns"]
