"""Year-row tables (``corpus/README.md`` decision 53): a header ``年度 | 支援対象者数 | …``
(its first cell a ``year`` column word of ``rules.columns``), one row per fiscal year::

    | 年度 | 支援対象者数 | 就職者数 |
    | 令和3年度 | 104人 | 62人 |        a bare year: that year's 実績
    | 令和4年度 | 118人 | 73人 |        the latest 実績 year: the actual, the fiscal year
    | 令和4年度目標 | 110人 | 66人 |    a 目標 row of that same year: the target

Older years and a 目標 row of another year are not read (kept).

A column header may also name its metric and its role together (decision 1101)::

    | 年度 | 支援対象者数目標 | 支援対象者数実績 | 達成率 |
    | 令和4年度 | 130人 | 128人 | 98.5% |
    | 令和5年度 | 140人 | 152人 | 108.6% |      the latest year: one metric 支援対象者数

``支援対象者数目標`` / ``支援対象者数(目標)`` is the metric ``支援対象者数``'s target column; a
bare role column (``達成率``) belongs to the metric of the column before it. The columns of
one metric give one metric, read from the reported year's row.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import column_role
from jirei.tables.grid import TRANSPOSED_ROLES, Row, YearSpan, fiscal_years
from jirei.tables.headunits import unit_of


@frozen
class YearRows:
    """The rows a year-row table reports: the actual and target rows of the reported year
    (the latest 実績 year), that year, and the rows not read."""

    actual: Row | None
    target: Row | None
    year: YearSpan | None
    kept: tuple[Row, ...]


def is_year_header(cells: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a header row opens a year-row table: its first cell names the year column
    (``年度``) and the others are no column words (they are the metrics), or metrics
    with their role (``支援対象者数目標``) beside bare role columns (``達成率``)."""
    if len(cells) < 2 or column_role(cells[0].text, rules) != "year":
        return False
    texts = [c.text for c in cells[1:] if c.text]
    if all(column_role(t, rules) is None for t in texts):
        return True
    plan = metric_columns(cells, rules)
    return plan is not None and any(role is not None for _, role in plan)


def metric_columns(
    header: Sequence[Cell], rules: Rules = DEFAULT_RULES
) -> list[tuple[Cell, str | None]] | None:
    """Each column's metric (its name cell, the unit bracketed at the end left on it) and
    role, for a header whose cells after the first are metrics, metrics with a role, or
    bare role columns following a metric; None for any other header. A role of None is
    given by the row (a year-row table's 目標 row)."""
    plan: list[tuple[Cell, str | None]] = []
    last: Cell | None = None
    for cell in header[1:]:
        if not cell.text:
            plan.append((cell, None))
            continue
        role = column_role(cell.text, rules)
        if role is not None:
            if role not in TRANSPOSED_ROLES or last is None:
                return None
            plan.append((last, role))
            continue
        split = split_role(cell, rules)
        last = cell if split is None else split[0]
        plan.append((last, None if split is None else split[1]))
    return plan


def split_role(cell: Cell, rules: Rules = DEFAULT_RULES) -> tuple[Cell, str] | None:
    """A column header naming a metric and its role (``支援対象者数目標``,
    ``支援対象者数(実績)``, ``就職者数実績(人)``): the metric's name cell (with the unit, if
    bracketed at the end) and the role; else None."""
    text = cell.text
    if not text or (text[-1] not in _role_lasts(rules) and text[-1] not in ")）"):
        return None
    unit = ""
    match = _UNIT_END.search(text)
    if match is not None and unit_of(match.group()[1:-1], rules) is not None:
        unit, text = text[match.start() :], text[: match.start()]  # 就職者数実績(人)
    for word, role in _role_words(rules):
        for written in (f"({word})", f"（{word}）", word):
            if text.endswith(written) and len(text) > len(written):
                name = text[: -len(written)].rstrip(" \t\u3000・")
                if not name or column_role(name, rules) is not None:
                    return None
                if unit:  # the unit stays with the name: 支援対象者数(人)
                    return Cell(name + unit, cell.start, cell.end), role
                return Cell(name, cell.start, cell.start + len(name)), role
    return None


_UNIT_END = regex.compile(r"[(（][^()（）]{1,6}[)）]$")


@per_rules
def _role_words(rules: Rules) -> tuple[tuple[str, str], ...]:
    """The target / actual / rate column words of at least two characters, longest first."""
    words = [
        (word, role)
        for word, role in rules.columns.items()
        if role in TRANSPOSED_ROLES and len(word) >= 2
    ]
    return tuple(sorted(words, key=lambda pair: len(pair[0]), reverse=True))


@per_rules
def _role_lasts(rules: Rules) -> frozenset[str]:
    """The last characters of ``_role_words`` (a cheap precheck)."""
    return frozenset(word[-1] for word, _ in _role_words(rules))


def pick_year_rows(
    rows: Sequence[Row], *, era: str | None, rules: Rules = DEFAULT_RULES
) -> YearRows:
    """The reported year's actual and target rows of a year-row table's body."""
    entries: list[tuple[Row, YearSpan, str]] = []
    for row in rows:
        label = row.cells[0] if row.cells else None
        years = fiscal_years(label.text, label.start, era=era, rules=rules) if label else []
        if label is None or not years:
            continue
        year = years[0]
        role = column_role(label.text, rules)
        if role in (None, "year") and year.start == label.start and year.end == label.end:
            role = "actual"  # a bare fiscal year: that year's 実績
        if role in ("actual", "target"):
            entries.append((row, year, role))
    actuals = [(row, year) for row, year, role in entries if role == "actual"]
    if not actuals:
        return YearRows(None, None, None, tuple(rows))
    actual, latest = max(actuals, key=lambda pair: pair[1].year)
    target = next(
        (row for row, year, role in entries if role == "target" and year.year == latest.year),
        None,
    )
    kept = tuple(row for row in rows if row is not actual and row is not target)
    return YearRows(actual, target, latest, kept)


__all__ = ["YearRows", "is_year_header", "metric_columns", "pick_year_rows", "split_role"]
