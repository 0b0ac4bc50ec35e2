"""A header of two rows whose upper row names the metrics and whose lower row names the
role of each column under them (decision 2251), rows labelled by target group::

    対象者区分    支援対象者数    就職者数    就職率  増収者数
                  目標  実績      目標  実績  実績    実績
    生活保護受給者 180   192      108   117   60.9    21
    合計          360   381      216   232   60.9    34

Each metric name spans the role columns under it. In a pipe or tab table a merged cell
leaves empty cells (``| 支援対象者数 |  | 就職者数 |  |``): a role column belongs to the name
at or before its position. A space-aligned table keeps no empty cells and its columns need
not line up: the role row is cut into runs, a new run where a role does not come after the
one before it in the order 目標 → 実績 → 達成率, one run per name. A table whose runs do not
match its names is left to the other readers.

Each body row gives one metric per name, left to right: group = the row label, a total row
(``合計``, ``計``: an ``actual`` column word or a ``case_list`` total) no group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex
from attrs import frozen

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, label_form
from jirei.tables.gapcells import split_joined
from jirei.tables.grid import LABEL_ROLES, Row, fiscal_years
from jirei.tables.headunits import name_cell
from jirei.tables.headunits import with_unit as metric_with_unit

if TYPE_CHECKING:
    from jirei.tables.reader import _TableReader

#: a row label glued to the figure after it (``児童扶養手当受給者120``)
_GLUED = regex.compile(
    r"^(?P<label>.*?[\p{Han}\p{Hiragana}\p{Katakana}ー)])\s*"
    r"(?P<figure>[-―−]|\d[\d,.]*(?:%|人|件|名|回)?)$"
)

#: the order of the roles under one metric name
_ORDER = {"target": 0, "actual": 1, "achievement_rate": 2}


@frozen
class MetricHeader:
    """The columns of a two-row metric header: per figure column (after the label column)
    the metric name cell it stands under and its role."""

    columns: tuple[tuple[Cell, str], ...]
    #: the upper row names target groups (the rows name the metrics): ``生活保護受給者`` over
    #: ``目標　実績`` (decision 2258)
    by_group: bool = False


def metric_header(rows: Sequence[Row], rules: Rules = DEFAULT_RULES) -> MetricHeader | None:
    """The two-row header opening ``rows`` (metric names over role words), or None."""
    if len(rows) < 3:
        return None
    upper, lower = rows[0].cells, rows[1].cells
    if len(upper) < 2 or len(lower) < 3:
        return None
    # the lower row: role words only (its first cell may head the label column)
    first = column_role(lower[0].text, rules) if lower[0].text else None
    role_cells = lower if first in _ORDER else lower[1:]
    if first not in _ORDER and lower[0].text and first not in LABEL_ROLES:
        return None
    roles: list[str | None] = []
    glued = False
    for cell in role_cells:
        role = column_role(cell.text, rules) if cell.text else None
        if role is None and cell.text:  # ``実績値実績値``: a space between two removed
            parts = _role_words(label_form(cell.text), rules)
            if parts is not None:
                roles.extend(parts)
                glued = True
                continue
        roles.append(role)
    if not roles or any(r not in _ORDER and r != "previous" for r in roles):
        return None
    if all(r == "previous" for r in roles):
        return None
    # the upper row: metric names (no role word, no year), at least one a listed metric
    names = upper[1:] if first not in _ORDER else upper
    if upper[0].text and first not in _ORDER:
        role = column_role(upper[0].text, rules)
        if role is not None and role not in LABEL_ROLES:
            return None
    texts = [label_form(name_cell(c, rules)[0].text) for c in names if c.text]
    if not texts or len(texts) > len(roles):
        return None
    by_group = not any(t in rules.metrics for t in texts)
    totals = rules.case_list_totals
    if any(
        column_role(c.text, rules) and not (by_group and label_form(c.text) in totals)
        for c in names
        if c.text
    ):
        return None
    if by_group and not _metric_rows(rows[2:], rules):
        return None
    if any(fiscal_years(c.text, 0, era=None, rules=rules) for c in names if c.text):
        return None
    repeated = len(set(texts)) < len(texts)  # ``| 就職者数 | 就職者数 |``: a merged cell copied
    if len(texts) == len(roles) and not repeated:
        return None  # one role a name: the names' own columns (other readers)
    merged = repeated or any(not c.text for c in names)
    plan = _positional(names, role_cells, roles) if merged and not glued else None
    if plan is None:
        plan = _runs(names, roles)
    if plan is None:
        return None
    return MetricHeader(tuple(plan), by_group)


def _metric_rows(rows: Sequence[Row], rules: Rules) -> bool:
    """Whether the body rows are labelled by metrics (one at least of ``rules.metrics``)."""
    return any(
        label_form(name_cell(row.cells[0], rules)[0].text) in rules.metrics
        for row in rows
        if row.cells[0].text
    )


def _role_words(text: str, rules: Rules) -> list[str] | None:
    """The roles of a cell made of two or more role words written together (``実績値実績値``),
    or None."""
    words = sorted(
        (w for w, r in rules.columns.items() if r in _ORDER or r == "previous"),
        key=len,
        reverse=True,
    )
    found: list[str] = []
    at = 0
    while at < len(text):
        word = next((w for w in words if text.startswith(w, at)), None)
        if word is None:
            return None
        found.append(rules.columns[word])
        at += len(word)
    return found if len(found) >= 2 else None


def _positional(
    names: Sequence[Cell], role_cells: Sequence[Cell], roles: Sequence[str | None]
) -> list[tuple[Cell, str]] | None:
    """Columns under merged name cells: a role column takes the name at or before it."""
    if not names[0].text or len(names) > len(role_cells):
        return None
    plan: list[tuple[Cell, str]] = []
    current = names[0]
    for number, role in enumerate(roles):
        if number < len(names) and names[number].text:
            current = names[number]
        assert role is not None
        plan.append((current, role))
    return plan


def _runs(names: Sequence[Cell], roles: Sequence[str | None]) -> list[tuple[Cell, str]] | None:
    """Columns of a space-aligned header: one run of rising roles per name."""
    runs: list[list[str]] = []
    for role in roles:
        assert role is not None
        if runs and (role == "previous" or _ORDER[role] > _ORDER[_last(runs[-1])]):
            runs[-1].append(role)
        else:
            runs.append([role])
    if len(runs) != len(names) or any(not c.text for c in names):
        return None
    return [(name, role) for name, run in zip(names, runs, strict=True) for role in run]


def _last(run: Sequence[str]) -> str:
    """The last figure role of a run (a previous-year column continues the run it is in)."""
    return next((role for role in reversed(run) if role != "previous"), "target")


def read_metric_header(
    reader: _TableReader, header: MetricHeader, rows: Sequence[Row], rules: Rules = DEFAULT_RULES
) -> None:
    """The body ``rows`` of a table under a two-row metric header, one metric per name and
    row, row by row, through ``reader``."""
    width = len(header.columns)
    totals = frozenset(rules.case_list_totals)
    for row in rows:
        label, cells = row.cells[0], list(row.cells[1:])
        if len(cells) < width:  # ``児童扶養手当受給者 120``: the label took the first figure
            glued = _GLUED.match(label.text)
            if glued is not None:
                at = label.start + glued.start("figure")
                label, cells = (
                    Cell(glued["label"], label.start, label.start + glued.end("label")),
                    [
                        Cell(glued["figure"], at, label.end),
                        *cells,
                    ],
                )
        if len(cells) < width:
            cells = list(split_joined(cells, width, reader.locate))
        if not label.text:
            continue
        if header.by_group:
            _read_group_columns(reader, header, label, cells, row, totals, rules)
            continue
        name = label_form(label.text)
        total = name in totals or column_role(label.text, rules) not in (None, "remark")
        by_name: dict[str, tuple[Cell, dict[str, list[Cell]]]] = {}
        for number, (name_cell_, role) in enumerate(header.columns):
            if number >= len(cells) or not cells[number].text:
                continue
            if role == "previous":  # ``前年度実績`` under a name: not this year's (rule 9)
                reader.keep(cells[number].text, cells[number].start, cells[number].end)
                continue
            key = label_form(name_cell_.text)  # (a name copied over its columns: one metric)
            _, by_role = by_name.setdefault(key, (name_cell_, {}))
            by_role.setdefault(role, []).append(cells[number])
        for metric_name, by_role in by_name.values():
            shown, unit = name_cell(metric_name, rules)
            first = len(reader.metrics)
            reader.emit(shown, by_role, lambda row=row: (row.text, row.start, row.end))
            group = None if total else name or None
            reader.metrics[first:] = [
                metric_with_unit(attrs.evolve(m, group=group), unit)
                if unit is not None
                else attrs.evolve(m, group=group)
                for m in reader.metrics[first:]
            ]


def _read_group_columns(
    reader: _TableReader,
    header: MetricHeader,
    label: Cell,
    cells: Sequence[Cell],
    row: Row,
    totals: frozenset[str],
    rules: Rules,
) -> None:
    """One row (a metric) of a table whose upper header row names the groups: one metric per
    group, left to right; the total column's has no group."""
    by_group: dict[str, dict[str, list[Cell]]] = {}
    for number, (group_cell, role) in enumerate(header.columns):
        if number < len(cells) and cells[number].text and role == "previous":
            reader.keep(cells[number].text, cells[number].start, cells[number].end)
        elif number < len(cells) and cells[number].text:
            key = label_form(group_cell.text)
            by_group.setdefault(key, {}).setdefault(role, []).append(cells[number])
    shown, unit = name_cell(label, rules)
    for key, by_role in by_group.items():
        first = len(reader.metrics)
        reader.emit(shown, by_role, lambda: (row.text, row.start, row.end))
        group = None if key in totals or column_role(key, rules) == "actual" else key
        reader.metrics[first:] = [
            metric_with_unit(attrs.evolve(m, group=group), unit)
            if unit is not None
            else attrs.evolve(m, group=group)
            for m in reader.metrics[first:]
        ]


__all__ = ["MetricHeader", "metric_header", "read_metric_header"]
