"""Lines and table cells of normalised text, each with its offsets into that text."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

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
        text = self.text  # ``not text.strip()``, without building the stripped copy
        return not text or text.isspace()

    def cells(self) -> list[Cell]:
        """The cells of this line read as a table row (see :func:`row_cells`)."""
        return row_cells(self)


def row_cells(line: Line) -> list[Cell]:
    """The cells of a table row. Tab rows split at every tab and pipe rows at every pipe
    (outer pipes dropped), so an empty cell keeps its column and padding spaces inside a
    pipe cell are no break; other rows split at pipes and runs of 2+ spaces, a lone dash
    written one space after a cell's text being a cell of its own. A leading empty cell is
    kept when the line starts with a break (a header row ``\\t29年度実績``)."""
    if line.__class__ is not Line:  # a row rebuilt from one-cell lines (``jirei.cellruns``)
        parts = getattr(line, "parts", None)
        if parts:
            return list(parts)
    return list(_placed_cells(line.text, line.start))


@lru_cache(maxsize=1 << 14)
def _placed_cells(text: str, start: int) -> tuple[Cell, ...]:
    """``row_cells`` of a line, built once per line: the readers ask the same line's cells
    ~3 times within a document (cells are frozen, so the callers share them)."""
    pieces = _row_pieces(text)
    return tuple(Cell(piece, start + first, start + last) for piece, first, last in pieces)


def cell_texts(line: Line) -> list[str]:
    """The texts of ``row_cells(line)``, without building the cells."""
    return [piece[0] for piece in _row_pieces(line.text)]


@lru_cache(maxsize=1 << 14)
def _row_pieces(text: str) -> tuple[tuple[str, int, int], ...]:
    """``row_cells`` of a line's text at offset 0, as (text, start, end) triples (rows
    repeat: a header row in every case of a report)."""
    text = text.rstrip()
    body = text.lstrip()
    if body.startswith("|"):
        inner = body[1:-1] if body.endswith("|") and len(body) > 1 else body[1:]
        return _split(inner, "|", len(text) - len(body) + 1)
    if "\t" in text:
        return _split(text, "\t", 0)
    return _dash_apart(_spaced(text))


def _split(text: str, separator: str, offset: int) -> tuple[tuple[str, int, int], ...]:
    pieces: list[tuple[str, int, int]] = []
    position = 0
    for piece in text.split(separator):
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        start = offset + position + lead
        pieces.append((stripped, start, start + len(stripped)))
        position += len(piece) + len(separator)
    return tuple(pieces)


def _spaced(text: str) -> list[tuple[str, int, int]]:
    """Cells of a row without tabs or a leading pipe: split at pipes and 2+ spaces."""
    pieces: list[tuple[str, int, int]] = []
    position = 0
    for match in _CELL_BREAK.finditer(text):
        pieces.append(_piece(text, position, match.start()))
        position = match.end()
    pieces.append(_piece(text, position, len(text)))
    if len(pieces) > 2 and len(pieces[0][0]) == 1 and len(pieces[1][0]) == 1:
        return _letter_spaced(text, pieces)
    return pieces


#: one kanji or kana: a letter of a letter-spaced label
_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")


def _letter_spaced(
    text: str, pieces: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """``pieces`` with a row label letter-spaced by gaps of two or more spaces
    (``目　　標``, ``実　　績`` → one cell ``目  標``) joined: two to four leading pieces of one
    kanji or kana each, parted by gaps of one length, with a cell after them (decision 1746)."""
    count = 0
    while count < min(4, len(pieces) - 1) and len(pieces[count][0]) == 1 and _LETTER.match(
        pieces[count][0]
    ):
        count += 1
    if count < 2:
        return pieces
    gaps = {pieces[n + 1][1] - pieces[n][2] for n in range(count - 1)}
    if len(gaps) != 1:
        return pieces
    first, last = pieces[0][1], pieces[count - 1][2]
    return [(text[first:last], first, last), *pieces[count:]]


def _piece(text: str, start: int, end: int) -> tuple[str, int, int]:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return (stripped, start + lead, start + lead + len(stripped))


#: a space-aligned cell closed by a lone dash one space after it (``(うち紹介就職) -``, where
#: normalisation left a single space): the dash is an empty cell of its own
_TRAILING_DASH = regex.compile(r"^(?P<label>.*\S) (?P<dash>[-－―‐—])$")
_DASHES = ("-", "－", "―", "‐", "—")


def _dash_apart(pieces: list[tuple[str, int, int]]) -> tuple[tuple[str, int, int], ...]:
    """``pieces`` with a lone dash written one space after a cell's text split off."""
    if not any(text.endswith(_DASHES) for text, _, _ in pieces):  # cheap precheck
        return tuple(pieces)
    out: list[tuple[str, int, int]] = []
    for text, start, end in pieces:
        match = _TRAILING_DASH.match(text) if text.endswith(_DASHES) else None
        if match is None:
            out.append((text, start, end))
            continue
        label = match.group("label")
        out.append((label, start, start + len(label)))
        out.append((match.group("dash"), end - 1, end))
    return tuple(out)


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
    append = lines.append
    position = start
    for piece in pieces:  # ``Line(piece, position)``, its slots set directly (built per line)
        line = _new(Line)
        _set_text(line, piece)
        _set_start(line, position)
        append(line)
        position += len(piece) + 1
    return lines


# ``Line``'s slots, set without attrs' ``__init__`` (which reaches them through the frozen
# class's ``object.__setattr__``): the same object, several times faster to build;
# ``tests/test_line_triggers.py`` checks both build equal lines
_new = object.__new__
_set_text = Line.__dict__["text"].__set__
_set_start = Line.__dict__["start"].__set__


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



def cut_marks(lines: Sequence[Line], cuts: Sequence[int | None]) -> tuple[Line, ...]:
    """``lines`` with each line whose cut is not None split into a blank line (where its
    marker stood: an item starts) and the text after the cut, offsets kept."""
    out: list[Line] = []
    for line, cut in zip(lines, cuts, strict=True):
        if cut is None:
            out.append(line)
            continue
        out.append(Line("", line.start))
        out.append(Line(line.text[cut:], line.start + cut))
    return tuple(out)

__all__ = [
    "Cell",
    "Line",
    "Locate",
    "cell_texts",
    "cut_marks",
    "iter_lines",
    "row_cells",
    "split_lines",
]
