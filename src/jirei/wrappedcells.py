"""Space-aligned tables whose cells wrap onto a second line → each row joined back into one
(``docs/reading-rules.md``, "Columns side by side"; decision 1943)::

    項目              目標          実績          達成率        備考
    支援対象者数      240人以上     268人         111.7%        生活保護受給者
                                                                等を含む
    うち紹介          －            121人         －            安定所の紹介に
    就職                                                        よるもの

A table extracted with its layout kept writes a cell too long for its column on the next
line, under the cell, the other cells of that line empty. Under a header row naming two or
more columns (``rules.columns``), a line of the table none of whose text stands under a
figure column (target, actual, achievement rate, an earlier year …) and some of whose text
stands under a column that is neither a figure column nor the label column (a remark, a
note) continues the row above: each of its pieces is joined to the cell of its column (the
label ``うち紹介`` + ``就職`` → ``うち紹介就職``; the remark ``生活保護受給者`` + ``等を含む``). A
line holding the label column's text alone is left to the readers of wrapped labels (it may
be a group's caption over the rows below).

The joined row is a ``jirei.cellruns.CellRow`` keeping its first line's text (so it is
classified as before) whose cells keep their offsets: a joined cell runs from its first
piece to its last.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell, Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules

#: column roles holding figures
_FIGURE_ROLES = frozenset({"target", "actual", "achievement_rate", "previous", "period"})
#: column roles naming the row
_LABEL_ROLES = frozenset({"label", "group"})
#: the first character of a row label's wrapped tail
_WORD_START = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: how far a piece may start before its column's header word (characters)
_TOLERANCE = 2
#: a header row holds this many column words at least
_MIN_COLUMNS = 3
#: the indent of a header row whose row-label column has no word over it (characters)
_LABEL_GAP = 8
#: the longest label piece continuing a wrapped row label on the table's last line
_LABEL_TAIL = 12


def join_wrapped_cells(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> Sequence[Line]:
    """``lines`` with each row of a space-aligned table continued on the lines under it
    joined into one row; ``lines`` itself when there is none."""
    heads = _heads(lines, rules)
    if not heads:
        return lines
    out: list[Line] = []
    changed = False
    index = 0
    while index < len(lines):
        columns = heads.get(index)
        if columns is None:
            out.append(lines[index])
            index += 1
            continue
        out.append(lines[index])
        index += 1
        row: Line | None = None
        more: list[Line] = []
        while index < len(lines) and not lines[index].blank:
            line = lines[index]
            last = index + 1 >= len(lines) or lines[index + 1].blank
            if row is not None and _continues(line, columns, rules, last):
                more.append(line)
            else:
                if more:
                    out.append(_joined(row, more, columns, rules))  # type: ignore[arg-type]
                    changed = True
                elif row is not None:
                    out.append(row)
                row, more = line, []
            index += 1
        if more:
            out.append(_joined(row, more, columns, rules))  # type: ignore[arg-type]
            changed = True
        elif row is not None:
            out.append(row)
    return out if changed else lines


#: a gap wide enough to leave a table column empty
_EMPTY_COLUMN = " " * 8
#: how far above a wrapped line its table's header row may stand (lines)
_REACH = 30


def _heads(lines: Sequence[Line], rules: Rules) -> dict[int, list[tuple[int, str | None]]]:
    """The header rows (index → columns) of the tables holding a line that may continue a
    row: a line of one or two pieces after a wide gap, under a line of three cells or more
    (a cheap test first), the header found above it before a blank line."""
    heads: dict[int, list[tuple[int, str | None]]] = {}
    tried: dict[int, list[tuple[int, str | None]] | None] = {}  # ``_header`` of a line
    for number in _gapped_lines(lines):
        if number == 0:
            continue
        text = lines[number].text
        if len(text.split()) > 3:
            continue
        above = lines[number - 1].text
        if above.count("  ") < 3 or above.isspace():
            continue
        for back in range(number - 1, max(number - _REACH, -1), -1):
            if lines[back].blank or back in heads:
                break
            if back in tried:
                columns = tried[back]
            else:
                columns = tried[back] = _header(lines[back], rules)
            if columns is not None:
                heads[back] = columns
                break
    return heads


def _gapped_lines(lines: Sequence[Line]) -> list[int]:
    """The lines holding ``_EMPTY_COLUMN``, in order: found by ``str.find`` in the lines'
    texts joined (a table's lines among many of prose)."""
    texts = [line.text for line in lines]
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a line holding a newline: ask each line
        return [n for n, text in enumerate(texts) if _EMPTY_COLUMN in text]
    out: list[int] = []
    index = counted = 0
    find = joined.find
    at = find(_EMPTY_COLUMN)
    while at >= 0:
        index += joined.count("\n", counted, at)
        counted = at
        out.append(index)
        end = find("\n", at)
        if end < 0:
            break
        at = find(_EMPTY_COLUMN, end)
    return out


def _header(line: Line, rules: Rules) -> list[tuple[int, str | None]] | None:
    """The columns of a space-aligned header row — each header cell's place in the line and
    its role — or None when ``line`` is none."""
    text = line.text
    if text.count("  ") < 2 or "|" in text or "\t" in text or len(text) > 200:
        return None
    from jirei.tables.cells import column_role

    cells = [cell for cell in row_cells(line) if cell.text]
    if len(cells) < _MIN_COLUMNS or len(cells[0].text) > 12:
        return None
    roles = [column_role(cell.text, rules) for cell in cells]
    if sum(role is not None for role in roles) < _MIN_COLUMNS:
        return None
    if not any(role in _FIGURE_ROLES for role in roles):
        return None
    columns = [(cell.start - line.start, role) for cell, role in zip(cells, roles, strict=True)]
    if roles[0] in _FIGURE_ROLES and columns[0][0] >= _LABEL_GAP:
        # no word over the row labels: they stand under the gap before the first figure
        # column (``　　　　令和元年度目標　令和元年度実績　達成率``, decision 2376)
        return [(0, "label"), *columns]
    columns[0] = (columns[0][0], "label")  # (the first column names the rows, whatever its word)
    return columns


def _column(place: int, columns: Sequence[tuple[int, str | None]]) -> int:
    """The index of the column a piece starting at ``place`` stands under."""
    found = 0
    for number, (start, _) in enumerate(columns):
        if place + _TOLERANCE >= start:
            found = number
    return found


def _continues(
    line: Line, columns: Sequence[tuple[int, str | None]], rules: Rules, last: bool = False
) -> bool:
    """Whether ``line`` continues the row above: no text under a figure column but a bound
    (``以上``, a qualifier of ``rules``: the figure's cell wrapped, decision 2376), some under
    a column of another kind than the label's — or, on the table's last line (``last``), a
    short piece of a row label alone (``生活保護受給者`` / ``等の就職者数``, decision 2377)."""
    pieces = [cell for cell in row_cells(line) if cell.text]
    if not pieces or len(pieces) >= len(columns):
        return False
    kinds = [columns[_column(cell.start - line.start, columns)][1] for cell in pieces]
    bounds = (*rules.qualifier_suffixes, *rules.qualifier_prefixes)
    if any(
        kind in _FIGURE_ROLES and piece.text not in bounds
        for kind, piece in zip(kinds, pieces, strict=True)
    ):
        return False
    if any(kind not in _LABEL_ROLES for kind in kinds):
        return True
    return last and len(pieces) == 1 and _label_tail(pieces[0].text)


def _label_tail(text: str) -> bool:
    """Whether ``text`` may end a row label wrapped onto the next line: short, no sentence,
    opening with a kanji or kana (no note mark ``※``, no bullet)."""
    return (
        len(text) <= _LABEL_TAIL
        and "。" not in text
        and _WORD_START.match(text) is not None
    )


def _joined(
    row: Line, more: Sequence[Line], columns: Sequence[tuple[int, str | None]], rules: Rules
) -> Line:
    """``row`` with the pieces of ``more`` joined to the cells of their columns (a bound to
    the figure it stands under)."""
    from jirei.cellruns import CellRow

    bounds = (*rules.qualifier_suffixes, *rules.qualifier_prefixes)
    cells = list(row_cells(row))
    offset = 1 if cells and not cells[0].text and row.text[:1] == " " else 0  # (a leading gap)
    placed = {
        _column(cell.start - row.start, columns): number
        for number, cell in enumerate(cells)
        if cell.text
    }
    for line in more:
        for piece in row_cells(line):
            if not piece.text:
                continue
            if piece.text in bounds:  # a figure's bound: the figure it stands under (2376)
                figure = _figure_before(cells, piece.start - line.start, row.start)
                if figure is not None:
                    cell = cells[figure]
                    cells[figure] = Cell(cell.text + piece.text, cell.start, piece.end)
                    continue
            column = _column(piece.start - line.start, columns)
            number = placed.get(column)
            if number is None:  # a cell empty on the first line: the piece fills it
                cells.append(piece)
                placed[column] = len(cells) - 1
                continue
            cell = cells[number]
            cells[number] = Cell(cell.text + piece.text, cell.start, piece.end)
    head = cells[:offset]
    body = sorted(
        cells[offset:], key=lambda cell: _column(cell.start - _line_start(cell, row, more), columns)
    )
    return CellRow(row.text, row.start, parts=(*head, *body))


def _figure_before(cells: Sequence[Cell], place: int, start: int) -> int | None:
    """The index of the last cell holding a figure that starts at or before ``place`` (a
    column in its line; ``start`` the row's start), else None: normalisation may have moved
    the row's cells left (a letter-spaced label), never right."""
    found = None
    for number, cell in enumerate(cells):
        if cell.start - start <= place + _TOLERANCE and _FIGURE.search(cell.text):
            found = number
    return found


#: a cell holding a figure
_FIGURE = regex.compile(r"\d")


def _line_start(cell: Cell, row: Line, more: Sequence[Line]) -> int:
    """The start of the line ``cell`` begins on."""
    for line in (row, *more):
        if line.start <= cell.start <= line.end:
            return line.start
    return row.start


__all__ = ["join_wrapped_cells"]
