"""A label header cell spanning two columns, the group column and the label column
(decision 939), as a merged cell writes it (HTML ``colspan="2"``, a spreadsheet)::

    | 項目 |  | 目標 | 実績 |                 the label word over both columns
    | 生活保護受給者 | 支援対象者数 | 80人 | 86人 |
    |  | 就職者数 | 40人 | 47人 |               (an empty group cell continues the group)

is read as ``| 対象 | 項目 | 目標 | 実績 |``: the first column the rows' groups, the second their
labels. The group title is a word of the group column (``rules.columns``) at the label
cell's start, of no width; the label title keeps its cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import _figure_follows, column_role
from jirei.tables.grid import LABEL_ROLES, Row


def split_spanned_label(rows: Sequence[Row], rules: Rules = DEFAULT_RULES) -> list[Row]:
    """``rows`` with a label header cell spanning the group and label columns parted into
    the two; ``rows`` unchanged when the table has no such header."""
    if len(rows) < 3:
        return list(rows)
    head = rows[0].cells
    if len(head) < 3 or not head[0].text or head[1].text:
        return list(rows)
    if column_role(head[0].text, rules) != "label":
        return list(rows)
    roles = [column_role(cell.text, rules) for cell in head[2:] if cell.text]
    if not roles or any(role is None or role in LABEL_ROLES for role in roles):
        return list(rows)
    body = [row.cells for row in rows[1:]]
    if any(len(cells) < 3 or not cells[1].text for cells in body):
        return list(rows)
    if any(_figure_follows(cells[1].text, rules) for cells in body):
        return list(rows)
    if not body[0][0].text or all(cells[0].text for cells in body):
        return list(rows)  # no group spans rows: one row a group is no group column
    group = next((w for w, r in rules.columns.items() if r == "group"), None)
    if group is None:
        return list(rows)
    at = head[0].start
    merged = (Cell(group, at, at), Cell(head[0].text, head[0].start, head[0].end), *head[2:])
    return [Row(rows[0].index, rows[0].line, merged), *rows[1:]]


__all__ = ["split_spanned_label"]
