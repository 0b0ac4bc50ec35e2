"""A row of a space-aligned results table whose label leaves ONE space before its figure
(decision 3490, branch apart-s18).

A writer aligning a table with spaces pads each label to the figure column; the longest
label then stands one space before its figure, while the shorter ones have a gap of two or
more::

    ＜生活保護受給者等＞
    支援対象者数　１８６人        ← one space: read as text, not as a row
    就職者数　　　１２０人
    就職率　　　　６４．５％

The row is a row of the table next to it when its figure starts in the column where that
table's figures start (counted in characters, or in display width: a full-width character
two columns) and it is a label and one figure (a unit or a bound after it, no bracketed
note: ``９８人（目標９０人）`` lines are the figure-line readers') or a dash, parted by that
one space.
Otherwise it was a caption of the table below (its figure lost, and a group heading above
it no longer heading the rows).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import regex

from jirei.lines import Cell, Line, row_cells

#: a label, ONE space, a figure (maybe after ``約``) or a dash; the label holds no space
_PADDED = regex.compile(
    r"^(?P<lead>\s*)(?P<label>[^\s\d|][^\s|]{0,24})[ \u3000]"
    r"(?P<figure>(?:約|およそ)?\d[\d,.]*[^\s\d()|]{0,4}|[-－―‐—])\s*$"
)


def with_padded_rows(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each padded row (see the module) rebuilt as a table row of its two
    cells (``jirei.cellruns.CellRow``; its cells keep their offsets)."""
    out = list(lines)
    if not any("  " in line.text and "\t" not in line.text for line in lines):
        return out  # (cheap precheck: no space-aligned row at all)
    from jirei.cellruns import row_of

    for index, line in enumerate(lines):
        if "  " in line.text or "\t" in line.text or "|" in line.text:
            continue
        found = _PADDED.match(line.text)
        if found is None:
            continue
        column = _columns(line.text, found.start("figure"))
        if not any(_aligned(other, column) for other in _neighbours(lines, index)):
            continue
        cells = [
            Cell(found.group(name), line.start + found.start(name), line.start + found.end(name))
            for name in ("label", "figure")
        ]
        out[index] = row_of(cells)
    return out


def _neighbours(lines: Sequence[Line], index: int) -> list[Line]:
    """The lines right above and below line ``index`` (blank lines aside, none across)."""
    out: list[Line] = []
    for step in (-1, 1):
        at = index + step
        if 0 <= at < len(lines) and not lines[at].blank:
            out.append(lines[at])
    return out


def _aligned(other: Line, column: tuple[int, int]) -> bool:
    """Whether ``other`` is a space-aligned row (gaps of two spaces or more) of a label and
    figures whose second cell starts at ``column`` (characters or display width)."""
    text = other.text
    if "  " not in text or "\t" in text or "|" in text:
        return False
    cells = row_cells(other)
    if len(cells) < 2 or not _PADDED_FIGURE.match(cells[1].text):
        return False
    at = _columns(text, cells[1].start - other.start)
    return at[0] == column[0] or at[1] == column[1]


#: a cell opening with a figure or a dash
_PADDED_FIGURE = regex.compile(r"^(?:約|およそ)?\d|^[-－―‐—]$")


def _columns(text: str, offset: int) -> tuple[int, int]:
    """Where ``offset`` of ``text`` stands: in characters and in display width."""
    head = text[:offset]
    width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in head)
    return offset, width


__all__ = ["with_padded_rows"]
