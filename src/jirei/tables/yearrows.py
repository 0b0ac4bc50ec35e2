"""Year-row tables (``corpus/README.md`` decision 53): a header ``年度 | 支援対象者数 | …``
(its first cell a ``year`` column word of ``rules.columns``), one row per fiscal year::

    | 年度 | 支援対象者数 | 就職者数 |
    | 令和3年度 | 104人 | 62人 |        a bare year: that year's 実績
    | 令和4年度 | 118人 | 73人 |        the latest 実績 year: the actual, the fiscal year
    | 令和4年度目標 | 110人 | 66人 |    a 目標 row of that same year: the target

Older years and a 目標 row of another year are not read (kept).
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role
from jirei.tables.grid import Row, YearSpan, fiscal_years


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
    (``年度``) and the others are no column words (they are the metrics)."""
    if len(cells) < 2 or column_role(cells[0].text, rules) != "year":
        return False
    return all(column_role(c.text, rules) is None for c in cells[1:] if c.text)


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


__all__ = ["YearRows", "is_year_header", "pick_year_rows"]
