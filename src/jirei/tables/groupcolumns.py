"""A results table whose columns are target groups and whose rows are metrics (decision
2258) — the group matrix (``jirei.tables.groupmatrix``) turned over::

    項目          生活保護受給者    児童扶養手当受給者    合計
    支援対象者数   214               133                  347
    就職者数       118                80                  198

Every cell is an actual figure of its row's metric for its column's group; a total column
(``合計``, ``計``: ``header.toml [case_list] totals``) belongs to no group. The header names no
role word but totals, no year and no metric; every row label is a metric of ``rules.metrics``
(``うち…`` sub-metrics too), so a table of other columns is left to the other readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, label_form
from jirei.tables.grid import LABEL_ROLES, Row, fiscal_years
from jirei.tables.headunits import name_cell


def is_group_columns(
    header: Sequence[Cell] | None, rows: Sequence[Row], rules: Rules = DEFAULT_RULES
) -> bool:
    """Whether a table has groups as columns and metrics as rows (see the module)."""
    if header is None or len(header) < 3 or not rows:
        return False
    if header[0].text and column_role(header[0].text, rules) not in LABEL_ROLES:
        return False
    totals = rules.case_list_totals
    names = [label_form(c.text) for c in header[1:] if c.text]
    groups = [n for n in names if n not in totals]
    if not groups or len(names) < 2:
        return False
    for cell in header[1:]:
        if not cell.text:
            continue
        name = label_form(cell.text)
        if name in totals:
            continue
        if column_role(cell.text, rules) is not None or name in rules.metrics:
            return False
        if fiscal_years(cell.text, 0, era=None, rules=rules):
            return False
    labels = [label_form(name_cell(row.cells[0], rules)[0].text) for row in rows]
    return all(label in rules.metrics or label.startswith("うち") for label in labels if label)


def group_of_column(
    header: Sequence[Cell], column: int, rules: Rules = DEFAULT_RULES
) -> str | None:
    """The group a column of such a table stands for; None for a total column."""
    if column >= len(header) or not header[column].text:
        return None
    name = label_form(header[column].text)
    return None if name in rules.case_list_totals else name


__all__ = ["group_of_column", "is_group_columns"]
