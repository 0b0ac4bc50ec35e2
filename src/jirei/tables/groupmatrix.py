"""A group matrix: a results table whose columns are metrics and whose rows are groups
(``| 区分 | 支援対象者数 | 就職者数 |`` over ``| 生活保護受給者 | 118人 | 69人 |``), every
cell an actual figure. A row labelled as a total (``合計``, a column word of role
``actual``) is the case's overall figure: it belongs to no group.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, is_blank_cell, label_form
from jirei.tables.grid import Row
from jirei.tables.headunits import header_unit
from jirei.tables.namedroles import named_columns


def is_group_matrix(
    header: Sequence[Cell] | None, rows: Sequence[Row], rules: Rules = DEFAULT_RULES
) -> bool:
    """Whether a table is a group matrix: a header naming known metrics (no role words)
    and rows labelled by no role but totals, at least one of them a group."""
    if header is None or len(header) < 3 or not rows:
        return False
    if any(column_role(c.text, rules) for c in header[1:] if c.text):
        return False  # (the cheap test first: most headers hold role words)
    names = [label_form(header_unit(c.text, rules)[0]) for c in header[1:] if c.text]
    if not names:
        return False
    if not all(name in rules.metrics for name in names) and named_columns(header, rules) is None:
        return False  # (就職者数目標: a metric's target in a column of its own, 2411)
    roles = [column_role(row.cells[0].text, rules) for row in rows]
    # a row ``その他`` (a remark column word) is a group too (decision 1884)
    return all(role in (None, "actual", "remark") for role in roles) and roles.count(None) >= 1


def group_of(row: Row, rules: Rules = DEFAULT_RULES) -> str | None:
    """The group a row of a group matrix stands for; None for a total row (a column word
    of role actual such as ``合計``, or a total of ``header.toml [case_list] totals`` such
    as ``計``, decision 2411)."""
    if column_role(row.cells[0].text, rules) not in (None, "remark"):
        return None
    label = label_form(row.cells[0].text)
    if label in rules.case_list_totals or is_blank_cell(label):
        return None  # (a dash: the case is not split by group, decision 2574)
    return label or None


def stray_metric(header: Sequence[Cell], row: Row, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a row of a group matrix is a metric of its own, no group: labelled by a known
    metric the header does not name, with one figure only (``相談件数 | 約1,200件`` under
    ``区分 | 支援対象者数 | 就職者数``; decision 2453)."""
    label = label_form(row.cells[0].text)
    if label not in rules.metrics:
        return False
    names = {label_form(header_unit(c.text, rules)[0]) for c in header[1:] if c.text}
    filled = [c for c in row.cells[1:] if c.text.strip()]
    return (
        label not in names
        and len(filled) == 1
        and len(row.cells) > 1
        and row.cells[1].text.strip() != ""
    )


def names_group(row: Row, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a row under two stub columns (``| 区分 | 項目 | 目標 | 実績 |``) names a group in
    its first cell: the second cell is a known metric, the first none (an empty first cell:
    a merged cell, the group above; decision 2455)."""
    if len(row.cells) < 3:
        return False
    first, second = label_form(row.cells[0].text), label_form(row.cells[1].text)
    return second in rules.metrics and first not in rules.metrics


__all__ = ["group_of", "is_group_matrix", "names_group", "stray_metric"]
