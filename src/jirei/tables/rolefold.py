"""Figure cells whose labels each name one metric and one of its roles, folded into one
metric per name (decision 3386)::

    目標（支援対象者数）   300人以上        支援対象者数（目標）  300人以上
    実績（支援対象者数）   327人            支援対象者数（実績）  327人
    達成率（支援対象者数） 109.0%           支援対象者数の達成率  109.0%

A case's column of a table of every case (or a case's row under such heads) gives each
role of a metric a cell of its own; the role word stands before the bracketed metric, after
it in a bracket, or after ``の`` (``labelroles.split_role_label``; role words are
``rules.columns``). The cells of one metric name are that metric's figures by role.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Cell, Locate
from jirei.model import Metric
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import is_blank_cell, label_form
from jirei.tables.labelroles import split_role_label


def role_heads(heads: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> dict[int, tuple[Cell, str]]:
    """The heads (by index) that name a metric and a role, for the metric names two heads
    or more name (each with its own role): index → (the metric's name cell, the role)."""
    split: dict[int, tuple[Cell, str]] = {}
    roles: dict[str, set[str]] = {}
    for index, head in enumerate(heads):
        if not head.text.strip():
            continue
        name, role = split_role_label(head, rules)
        key = label_form(name.text)
        if role is None or not key:
            continue
        split[index] = (name, role)
        roles.setdefault(key, set()).add(role)
    return {
        index: (name, role) for index, (name, role) in split.items()
        if len(roles[label_form(name.text)]) > 1
    }


def folded_metrics(
    heads: dict[int, tuple[Cell, str]],
    cells: Sequence[Cell],
    rules: Rules,
    locate: Locate,
    era: str | None = None,
) -> list[Metric]:
    """The metrics of one case's ``cells`` under the role-naming ``heads``: one metric
    per name, in the order the names first stand; a blank or dash cell gives nothing."""
    from jirei.tables.reader import _TableReader

    by_name: dict[str, tuple[Cell, dict[str, list[Cell]]]] = {}
    for index, (name, role) in heads.items():
        if index >= len(cells) or is_blank_cell(cells[index].text):
            continue
        _, by_role = by_name.setdefault(label_form(name.text), (name, {}))
        by_role.setdefault(role, []).append(cells[index])
    reader = _TableReader(rules, era, locate, None)
    for name, by_role in by_name.values():
        reader.emit(name, by_role, lambda name=name: (name.text, name.start, name.end))
    return list(reader.metrics)


__all__ = ["folded_metrics", "role_heads"]
