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
left parts hold prose: a heading in brackets and a sentence ending in ``。``.

The lines of a block are given back as its left parts, then its right parts, each a
``Line`` with its own offset into the text, so every value keeps its exact span.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import regex

from jirei.lines import Line

#: the fewest spaces between the columns (a table's cell gap is two to five)
_MIN_GAP = 6
#: the display column the right column starts at, at least
_MIN_COLUMN = 24
#: how far the right parts' starts may stray from each other (display columns)
_TOLERANCE = 4
_GAP = regex.compile(rf" {{{_MIN_GAP},}}(?=\S)")
_BRACKET_HEADING = regex.compile(r"^\s*[【<\[][^】>\]]{1,40}[】>\]]\s*$")


def _width(text: str) -> int:
    """The display width of ``text``: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _split_at(text: str) -> int | None:
    """Where the right part of a line starts (a character index), else None: after leading
    spaces reaching the right column, or after the first wide gap far enough in."""
    stripped = text.lstrip(" ")
    lead = len(text) - len(stripped)
    if not stripped:
        return None
    if lead >= _MIN_COLUMN:
        return lead
    for gap in _GAP.finditer(text, lead):
        if _width(text[: gap.end()]) >= _MIN_COLUMN:
            return gap.end()
    return None


def split_columns(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` with every column block given as its left parts, then its right parts;
    ``lines`` itself when there is none."""
    if not any(" " * _MIN_GAP in line.text for line in lines):  # cheap precheck
        return lines
    out: list[Line] = []
    index = 0
    changed = False
    while index < len(lines):
        block = _block(lines, index)
        if block is None:
            out.append(lines[index])
            index += 1
            continue
        stop, cuts = block
        out.extend(_streams(lines[index:stop], cuts))
        changed = True
        index = stop
    return out if changed else lines


def _block(lines: Sequence[Line], start: int) -> tuple[int, list[int | None]] | None:
    """The column block starting at ``lines[start]``: where it stops and each line's cut
    (None for a line with no right part); None when no block starts there."""
    cuts: list[int | None] = []
    columns: list[int] = []
    index = start
    while index < len(lines) and not lines[index].blank:
        text = lines[index].text
        cut = _split_at(text)
        if cut is None:
            if index == start:
                return None
            if not columns:
                break
            cuts.append(None)  # a left part alone (a wrapped item, a heading)
        else:
            column = _width(text[:cut])
            if columns and abs(column - columns[0]) > _TOLERANCE:
                break
            columns.append(column)
            cuts.append(cut)
        index += 1
    while cuts and cuts[-1] is None:  # a block ends with its last split line
        cuts.pop()
    if len(columns) < 2 or not _prose_on_left(lines[start : start + len(cuts)], cuts):
        return None
    return start + len(cuts), cuts


def _prose_on_left(lines: Sequence[Line], cuts: Sequence[int | None]) -> bool:
    """Whether the left parts hold a bracketed heading and a sentence (not table labels)."""
    lefts = [
        (line.text[:cut] if cut is not None else line.text).strip()
        for line, cut in zip(lines, cuts, strict=True)
    ]
    return any(_BRACKET_HEADING.match(left) for left in lefts) and any(
        left.endswith("。") for left in lefts
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
    return [*left, *right]


__all__ = ["split_columns"]
