"""A group cell and a label cell that normalisation joined (decision 1143)::

    対象者              項目          目標   実績
    児童扶養手当受給者　支援対象者数  40人   37人

The single full-width space between the two CJK cells reads as letter-spacing and is
removed, so ``児童扶養手当受給者支援対象者数`` comes out as one cell. In a table with a group
column before its label column, a row one cell short is cut at a removed space whose tail is
a known metric name (``rules.metrics``).
"""

from __future__ import annotations

from jirei.lines import Cell, Locate
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import label_form
from jirei.tables.gapcells import _gaps


def split_group_label(
    cell: Cell, locate: Locate, rules: Rules = DEFAULT_RULES
) -> tuple[Cell, Cell] | None:
    """``cell`` cut into group and label at a removed space before a known metric name,
    else None."""
    if not cell.text or not any(cell.text.endswith(name) for name in rules.metrics):
        return None  # (cheap precheck: no metric name ends the cell)
    for at in _gaps(cell, locate):
        tail = cell.text[at - cell.start :]
        if label_form(tail) in rules.metrics:
            head = Cell(cell.text[: at - cell.start], cell.start, at)
            return head, Cell(tail, at, cell.end)
    return None


__all__ = ["split_group_label"]
