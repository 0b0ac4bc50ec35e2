"""Figure cells a space-aligned table left glued by one space (decision 2547).

A PDF export aligns its columns with spaces; where a wide cell (``６１．８％（６０．０％以上）``,
narrowed by normalisation) reaches the next column, only one space stays between them and
the usual cell break (two spaces or more) sees one cell::

    区分            実績（目標）      達成率
    就職者数       131人(120人以上)  109.2%
    就職率         61.8%(60.0%以上) 103.0%

A row with fewer cells than its header is mended when one of its cells is that many
figures more, parted by single spaces: each piece opens with a digit, a dash or a
qualifier prefix (``約``) and the cell is cut at those spaces.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.grid import Row

#: a cell saying "none"
_DASHES = frozenset("-－―‐—–")


def _figure_piece(text: str, rules: Rules) -> bool:
    """Whether ``text`` opens like a figure cell (a digit, a dash, a qualifier prefix)."""
    return bool(text) and (
        text[0].isdigit() or text in _DASHES or text.startswith(tuple(rules.qualifier_prefixes))
    )


def _parted(cell: Cell, count: int, rules: Rules) -> list[Cell] | None:
    """``cell`` cut at its single spaces into ``count`` figure cells, else None."""
    pieces: list[Cell] = []
    offset = 0
    for piece in cell.text.split(" "):
        if piece:
            pieces.append(Cell(piece, cell.start + offset, cell.start + offset + len(piece)))
        offset += len(piece) + 1
    if len(pieces) != count or not all(_figure_piece(p.text, rules) for p in pieces):
        return None
    return pieces


def with_parted_cells(rows: Sequence[Row], rules: Rules = DEFAULT_RULES) -> list[Row]:
    """``rows`` with each row narrower than the first (the header) mended where one of its
    figure cells holds the missing cells (see the module)."""
    if len(rows) < 2:
        return list(rows)
    width = len(rows[0].cells)
    out = [rows[0]]
    for row in rows[1:]:
        missing = width - len(row.cells)
        if missing <= 0 or not any(" " in cell.text for cell in row.cells[1:]):
            out.append(row)
            continue
        for at in range(1, len(row.cells)):
            parted = _parted(row.cells[at], missing + 1, rules)
            if parted is not None:
                cells = (*row.cells[:at], *parted, *row.cells[at + 1 :])
                row = attrs.evolve(row, cells=cells)
                break
        out.append(row)
    return out


__all__ = ["with_parted_cells"]
