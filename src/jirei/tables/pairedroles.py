"""A row of a transposed table labelled with two roles at once, each cell holding both
figures apart by a slash: ``目標／実績 | 190人以上／212人 | 124人以上／150人`` (also
``実績／目標``, ``目標・実績``). The row is read as two rows, one per role, each cell's part
before the mark under the first role, the part after it under the second (decision 3107).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role
from jirei.tables.grid import Row

#: what stands between the two roles of a label and the two figures of a cell
_MARK = regex.compile(r"\s*[/／・]\s*")
_FIGURE_MARK = regex.compile(r"\s*[/／]\s*")
_DASHES = frozenset("-－―‐—–ー")


def _roles(label: str, rules: Rules) -> tuple[str, str] | None:
    parts = _MARK.split(label.strip())
    if len(parts) != 2:
        return None
    first, second = (column_role(part, rules) for part in parts)
    if first is None or second is None or first == second:
        return None
    return first, second


def _halves(cell: Cell) -> tuple[Cell, Cell] | None:
    """A cell's two figures apart by its one slash; a dash or an empty cell is two empties."""
    text = cell.text
    if not text or text in _DASHES:
        return Cell("", cell.start, cell.start), Cell("", cell.end, cell.end)
    marks = list(_FIGURE_MARK.finditer(text))
    if len(marks) != 1:
        return None
    mark = marks[0]
    left, right = text[: mark.start()], text[mark.end() :]
    if not left or not right:
        return None
    return (
        Cell(left, cell.start, cell.start + mark.start()),
        Cell(right, cell.start + mark.end(), cell.start + len(text)),
    )


def split_paired_rows(rows: Sequence[Row], rules: Rules = DEFAULT_RULES) -> list[Row]:
    """``rows`` with each two-role row whose every figure cell holds two figures read as two
    rows (the label cell of each cut to its own role word); other rows as they were."""
    out: list[Row] = []
    for row in rows:
        label = row.cells[0] if row.cells else None
        roles = _roles(label.text, rules) if label is not None else None
        halves = [_halves(cell) for cell in row.cells[1:]] if roles is not None else []
        pairs = [h for h in halves if h is not None]
        cut = _MARK.search(label.text) if label is not None and roles is not None else None
        if (
            label is None or cut is None or not pairs or len(pairs) != len(halves)
            or not any(first.text for first, _ in pairs)
        ):
            out.append(row)
            continue
        first = Cell(label.text[: cut.start()], label.start, label.start + cut.start())
        second = Cell(label.text[cut.end() :], label.start + cut.end(), label.end)
        out.append(Row(row.index, row.line, (first, *(h[0] for h in pairs))))
        out.append(Row(row.index, row.line, (second, *(h[1] for h in pairs))))
    return out


__all__ = ["split_paired_rows"]
