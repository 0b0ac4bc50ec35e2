"""Ditto marks in a table (decision 1142): a cell holding only ``〃`` / ``同上`` (the words
are ``rules.ditto_marks``) repeats the cell above it in the same column::

    項目          単位  目標     実績          項目          単位  目標     実績
    支援対象者数  人    250以上  284     →     支援対象者数  人    250以上  284
    就職者数      〃    160以上  183           就職者数      人    160以上  183

The cell standing for the ditto mark keeps the offsets of the cell it repeats: the value
read from it is the one written above, and its span points there.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.grid import Row


def fill_ditto(rows: Sequence[Row], rules: Rules = DEFAULT_RULES) -> list[Row]:
    """``rows`` with every ditto cell replaced by the cell above it (the same column of the
    nearest row above that has a real cell there); a ditto with nothing above stays."""
    marks = rules.ditto_marks
    if not marks or not any(
        cell.text in marks for row in rows[1:] for cell in row.cells
    ):  # (cheap precheck: most tables have none)
        return list(rows)
    out: list[Row] = []
    above: dict[int, Cell] = {}
    for row in rows:
        cells: list[Cell] = []
        changed = False
        for column, cell in enumerate(row.cells):
            if cell.text in marks and column in above:
                cells.append(above[column])
                changed = True
                continue
            cells.append(cell)
            if cell.text:
                above[column] = cell
        out.append(Row(row.index, row.line, tuple(cells)) if changed else row)
    return out


__all__ = ["fill_ditto"]
