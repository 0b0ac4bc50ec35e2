"""Tables with a 目標 row and a 実績 row per metric (``corpus/README.md`` decision 27)::

    | 区分 | | 令和３年度 |
    | 支援対象者数 | 目標 | 150人以上 |
    | | 実績 | 171人 |

A column whose every cell is a row-role word (``目標``, ``実績``, ``達成率``; ``rules.columns``)
names the role of the figures after it; a row with an empty label continues the label of
the row before it. One metric per label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import frozen

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role
from jirei.tables.grid import TRANSPOSED_ROLES, Row


@frozen
class RoleRows:
    """One metric's rows: its label cell and its figure cells by role."""

    label: Cell
    by_role: dict[str, list[Cell]]
    rows: tuple[Row, ...]


def role_column(
    header: Sequence[Cell], rows: Sequence[Row], rules: Rules = DEFAULT_RULES
) -> int | None:
    """The index of the column naming each row's role, or None when the table has none."""
    for index in range(1, len(header)):
        if header[index].text and column_role(header[index].text, rules) in TRANSPOSED_ROLES:
            continue  # a column of figures named by its header
        roles = [
            column_role(row.cells[index].text, rules) if index < len(row.cells) else None
            for row in rows
        ]
        if len(roles) >= 2 and all(role in TRANSPOSED_ROLES for role in roles):
            return index
    return None


def group_rows(
    rows: Sequence[Row],
    column: int,
    rules: Rules = DEFAULT_RULES,
    pick: Callable[[Sequence[Cell]], Cell | None] | None = None,
) -> list[RoleRows]:
    """The metrics of a table whose ``column`` names each row's role, in order; ``pick``
    chooses the figure cell of a row (default: the first; a time series: its year's)."""
    groups: list[RoleRows] = []
    for row in rows:
        label = row.cells[0]
        if label.text or not groups:
            groups.append(RoleRows(label, {}, ()))
        current = groups[-1]
        role = column_role(row.cells[column].text, rules)
        assert role is not None  # role_column checked every row
        figures = [cell for cell in row.cells[column + 1 :] if cell.text]
        chosen = (figures[0] if figures else None) if pick is None else pick(figures)
        if chosen is not None and role not in current.by_role:
            current.by_role[role] = [chosen]
        groups[-1] = RoleRows(current.label, current.by_role, (*current.rows, row))
    return groups


__all__ = ["RoleRows", "group_rows", "role_column"]
