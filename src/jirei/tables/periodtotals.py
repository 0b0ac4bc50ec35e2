"""Role-row tables over part-year columns with a year total (decision 2413)::

    指標          区分    第1四半期  第2四半期  第3四半期  第4四半期  年度計  達成率
    支援対象者数  目標    30人       30人       30人       30人       120人
                  実績    28人       35人       31人       33人       127人   105.8%

Each row's figure for its role (the role column's ``目標`` / ``実績``) is the year total: the
cell under the header's total column (a column word of role actual, ``年度計``, ``合計``);
the part-year columns (``rules.columns`` role ``period``) are not recorded. A cell under the
header's achievement-rate column (``達成率``) is the metric's stated rate. The header must
name at least two part-year columns and exactly one total column.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, is_blank_cell
from jirei.tables.grid import Row
from jirei.tables.rolerows import RoleRows


@frozen
class PeriodTotals:
    """Where a header's year total and stated rate stand."""

    total: int
    rate: int | None


def period_totals(header: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> PeriodTotals | None:
    """The year-total and rate columns of a header with part-year columns, else None."""
    roles = [column_role(cell.text, rules) if cell.text else None for cell in header]
    if roles.count("period") < 2:
        return None
    totals = [n for n, role in enumerate(roles) if role == "actual"]
    rates = [n for n, role in enumerate(roles) if role == "achievement_rate"]
    if len(totals) != 1 or len(rates) > 1 or "target" in roles:
        return None
    return PeriodTotals(totals[0], rates[0] if rates else None)


def period_rows(
    rows: Sequence[Row], column: int, where: PeriodTotals, rules: Rules = DEFAULT_RULES
) -> list[RoleRows]:
    """The metrics of a role-row table (roles named in ``column``) read from the year-total
    and rate columns ``where`` gives; a row with an empty label continues the one above."""
    groups: list[RoleRows] = []
    for row in rows:
        label = row.cells[0]
        if label.text or not groups:
            groups.append(RoleRows(label, {}, ()))
        current = groups[-1]
        role = column_role(row.cells[column].text, rules) if column < len(row.cells) else None
        by_role = dict(current.by_role)
        total = _cell(row, where.total)
        if role is not None and total is not None and role not in by_role:
            by_role[role] = [total]
        rate = _cell(row, where.rate) if where.rate is not None else None
        if rate is not None and "achievement_rate" not in by_role:
            by_role["achievement_rate"] = [rate]
        groups[-1] = RoleRows(current.label, by_role, (*current.rows, row))
    return groups


def _cell(row: Row, index: int) -> Cell | None:
    """The written cell at ``index`` of ``row`` (None past its end, empty or a dash)."""
    if index >= len(row.cells) or is_blank_cell(row.cells[index].text):
        return None
    return row.cells[index]


__all__ = ["PeriodTotals", "period_rows", "period_totals"]
