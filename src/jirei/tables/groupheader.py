"""A transposed results table under a row of merged group cells (decision 3149)::

             生活保護受給者             児童扶養手当受給者
             支援対象者数   就職者数    支援対象者数   就職者数
    目標     150人以上      98人以上    60人以上       39人以上
    実績     163人          104人       52人           36人
    達成率   108.7%         106.1%      86.7%          92.3%

The corner cells are empty or hold a label word (``区分``, ``項目``, ``対象者``). The upper
row names the target groups, each over the metric columns under it (a merged cell
leaves empty cells after its name: a column belongs to the group at or before its
position); the lower row names the metrics; each body row is labelled by a role word
(``rules.columns``: 目標, 実績, 達成率). Each group's columns are read as a transposed table of
their own, with its group; the metrics come group by group, in column order.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, label_form
from jirei.tables.grid import LABEL_ROLES, Row

#: the roles a body row of such a table may be labelled by
_ROLES = frozenset({"target", "actual", "achievement_rate"})


def group_spans(
    rows: Sequence[Row], rules: Rules = DEFAULT_RULES
) -> list[tuple[Cell, list[int]]] | None:
    """The groups of a table of merged group cells over metric columns over role rows (see
    the module): each group's cell and the column positions under it; None for any other
    table."""
    if len(rows) < 3:
        return None
    upper, lower = rows[0].cells, rows[1].cells
    if len(upper) < 2 or len(lower) < 3:
        return None
    if any(c.text and column_role(c.text, rules) not in LABEL_ROLES for c in (upper[0], lower[0])):
        return None  # (the corner cells are empty or a label word: ``区分``, ``項目``)
    if not all(column_role(row.cells[0].text, rules) in _ROLES for row in rows[2:]):
        return None
    names = [label_form(cell.text) for cell in lower[1:]]
    if not all(names) or not any(name in rules.metrics for name in names):
        return None
    spans: list[tuple[Cell, list[int]]] = []
    for at in range(1, len(lower)):
        cell = upper[at] if at < len(upper) else None
        if cell is not None and cell.text:
            form = label_form(cell.text)
            if form in rules.metrics or column_role(cell.text, rules) is not None:
                return None  # (metric names or roles above: another reader's header)
            spans.append((cell, [at]))
        elif spans:
            spans[-1][1].append(at)
        else:
            return None  # (a metric column under no group)
    if len(spans) < 2 or any(len(columns) < 1 for _, columns in spans):
        return None
    return spans


def group_table(
    rows: Sequence[Row], columns: Sequence[int]
) -> tuple[tuple[Cell, ...], list[Row]]:
    """The header cells and body rows of one group's columns (the role column first)."""
    lower = rows[1].cells
    header = (lower[0], *(lower[at] for at in columns))
    body = [
        Row(
            row.index,
            row.line,
            (row.cells[0], *(row.cells[at] for at in columns if at < len(row.cells))),
        )
        for row in rows[2:]
    ]
    return header, body


__all__ = ["group_spans", "group_table"]
