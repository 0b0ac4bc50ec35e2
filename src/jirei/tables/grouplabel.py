"""A group cell and a label cell that normalisation joined (decision 1143)::

    対象者              項目          目標   実績
    児童扶養手当受給者　支援対象者数  40人   37人

The single full-width space between the two CJK cells reads as letter-spacing and is
removed, so ``児童扶養手当受給者支援対象者数`` comes out as one cell. In a table with a group
column before its label column, a row one cell short is cut at a removed space whose tail is
a known metric name (``rules.metrics``).

A row whose only filled cell names a group the way a group heading line does
(``| ＜児童扶養手当受給者＞ |  |  |``, ``〈障害者〉`` alone on a line inside a table;
``jirei.linegroups.group_heading``) heads the rows below it: ``group_row`` (decision 2759).
"""

from __future__ import annotations

from jirei.lines import Cell, Line, Locate
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import label_form
from jirei.tables.gapcells import _gaps
from jirei.tables.grid import Row


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


def group_row(row: Row, rules: Rules = DEFAULT_RULES) -> str | None:
    """The group a table row names when its first cell is a group heading and every other
    cell is empty, else None."""
    if not row.cells or not row.cells[0].text or any(c.text for c in row.cells[1:]):
        return None
    from jirei.linegroups import group_heading

    first = row.cells[0]
    return group_heading(Line(first.text, first.start), rules)


__all__ = ["group_row", "split_group_label"]
