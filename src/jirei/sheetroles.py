"""A row sheet whose case takes one row per figure role (decision 2186)::

    No.  自治体        …  区分  支援対象者数  就職者数  就職率
    1    秋田県秋田市  …  目標  320           190       60.0%
                          実績  335           201       62.8%

A column whose cells are role words (``目標``, ``実績``, ``達成率``; ``rules.columns``) names the
role of the figures of its row; the columns after it headed by a known metric's name
(``rules.metrics``, a unit bracketed after it allowed) hold those figures. A case's first row
names its place; each row under it naming no place and holding a role word in that column adds
that role's figures to the case. ``widen`` turns the case's rows into one row of the columns
the row sheet reads, so the sheet's own row reader reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from jirei.lines import Cell, Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, label_form
from jirei.tables.headunits import header_unit

if TYPE_CHECKING:
    from jirei.rowsheet import SheetColumn

_FIGURE_ROLES = ("target", "actual", "achievement_rate")


def role_column(
    head: Sequence[Cell],
    columns: Sequence[SheetColumn | None],
    first: Sequence[Cell],
    rules: Rules,
) -> tuple[int, list[tuple[int, str, str | None]]] | None:
    """The index of the role column and the metric columns (index, name, unit) of a sheet
    whose header is ``head`` and first data row's cells ``first``; None when it has none."""
    at = next(
        (
            n
            for n, cell in enumerate(first)
            if n < len(columns)
            and columns[n] is None
            and column_role(cell.text, rules) in _FIGURE_ROLES
        ),
        None,
    )
    if at is None:
        return None
    metrics = []
    for n in range(at + 1, min(len(head), len(columns))):
        column = columns[n]
        if column is not None and column.kind == "metric" and column.year is None:
            metrics.append((n, column.name, column.unit))  # ``就職者数（人）``: one actual column
            continue
        if column is not None or not head[n].text:
            continue
        name, unit = header_unit(label_form(head[n].text), rules)
        if name in rules.metrics:
            metrics.append((n, name, unit))
    return (at, metrics) if metrics else None


def widen(
    lines: Sequence[Line],
    at: int,
    cells: Sequence[Cell],
    columns: Sequence[SheetColumn | None],
    found: tuple[int, list[tuple[int, str, str | None]]],
    head: Sequence[Cell],
    rules: Rules = DEFAULT_RULES,
) -> tuple[list[Cell], list[SheetColumn | None], int]:
    """The cells and columns of the case whose first row is ``lines[at]`` (cells ``cells``)
    with the figures of its role rows (``head``: the header's cells), and the index of its
    last row."""
    from jirei.rowsheet import SheetColumn

    role_at, metrics = found
    out_cells = list(cells)
    out_columns = list(columns)
    last = at
    rows = [(cells, at)]
    for below in range(at + 1, len(lines)):
        line = lines[below]
        if line.blank:
            break
        more = row_cells(line)
        if role_at >= len(more) or any(c.text.strip() for c in more[: role_at]):
            break  # a row naming its case (or no role row)
        if column_role(more[role_at].text, rules) not in _FIGURE_ROLES:
            break
        rows.append((more, below))
        last = below
    for row, _ in rows:
        if role_at >= len(row):
            continue
        role = column_role(row[role_at].text, rules)
        if role not in _FIGURE_ROLES:
            continue
        for n, name, unit in metrics:
            if n < len(row) and row[n].text.strip():
                out_cells.append(row[n])
                out_columns.append(SheetColumn("metric", name, head[n], role, unit))
    for n, _, _ in metrics:  # the case row's own metric cells are read above, by role
        if n < len(out_cells) and n < len(cells):
            out_columns[n] = None
    return out_cells, out_columns, last


__all__ = ["role_column", "widen"]
