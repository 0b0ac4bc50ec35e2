"""Lines and table cells of normalised text, each with its offsets into that text."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex
from attrs import frozen

from jirei.model import Span

#: Converts ``[start, end)`` offsets in the normalised text to a Span in the original
#: (with page boxes for PDFs).
Locate = Callable[[int, int], Span]

# A cell break: a tab, a pipe, or two or more spaces (space-aligned PDF tables).
_CELL_BREAK = regex.compile(r"\t+| {2,}|\|")
_LINE = regex.compile(r"[^\n]*")


@frozen
class Cell:
    """One table cell: its text (stripped) and offsets in the normalised text."""

    text: str
    start: int
    end: int


@frozen
class Line:
    """One line of normalised text (without its newline) and where it starts."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def cells(self) -> list[Cell]:
        """Cells split at tabs, pipes and runs of 2+ spaces; a leading empty cell is kept
        when the line starts with a break (a header row ``\\t29年度実績``), outer pipes are
        dropped."""
        text = self.text.rstrip()
        if text.startswith("|"):
            text = text[1:]
            offset = self.start + 1
            if text.endswith("|"):
                text = text[:-1]
        else:
            offset = self.start
        cells: list[Cell] = []
        position = 0
        for match in _CELL_BREAK.finditer(text):
            cells.append(_cell(text, position, match.start(), offset))
            position = match.end()
        cells.append(_cell(text, position, len(text), offset))
        return cells


def _cell(text: str, start: int, end: int, offset: int) -> Cell:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return Cell(stripped, offset + start + lead, offset + start + lead + len(stripped))


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]``, offsets relative to ``text``."""
    end = len(text) if end is None else end
    if start > end:
        return []
    # the same lines as ``iter_lines``, split in one call: no line after a final newline
    pieces = text[start:end].split("\n")
    if not pieces[-1]:
        pieces.pop()
    lines: list[Line] = []
    position = start
    for piece in pieces:
        lines.append(Line(piece, position))
        position += len(piece) + 1
    return lines


def iter_lines(text: str, start: int, end: int) -> Iterator[Line]:
    position = start
    while position <= end:
        newline = text.find("\n", position, end)
        if newline == -1:
            if position < end:
                yield Line(text[position:end], position)
            return
        yield Line(text[position:newline], position)
        position = newline + 1


__all__ = ["Cell", "Line", "Locate", "iter_lines", "split_lines"]
