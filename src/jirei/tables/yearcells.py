"""A year column in a table written one metric a row (``corpus/README.md`` decision 2753).

A sheet exported one row per metric may stamp every row with its fiscal year, in a column
of its own beside the label column::

    年度	指標	実績	単位
    R4	支援対象者数	138	人
    R4	就職者数	81	人

A header naming a year column (``rules.columns`` role ``year``: ``年度``) as well as a label
column (``指標``, ``項目``) and a target or actual column is such a table, wherever the year
column stands. Its year cells (``R4``, ``令和4年度``, ``2022年度``, ``2022``) give the table's
fiscal year: the latest one written; a row of an earlier year is no figure of the year
reported (kept, not read). The year column is then dropped and the rest is read as any
results table. A year-row table (``| 年度 | 就職者数 |``, one row per year, metrics as
columns) has no label column and is left to ``jirei.tables.yearrows``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import column_role
from jirei.tables.grid import Row, YearSpan, fiscal_years

#: a Gregorian year written bare in a year cell
_GREGORIAN = regex.compile(r"(?:19|20)\d\d")


@frozen
class YearCells:
    """The rows of a one-metric-a-row table without their year cells."""

    #: the header and the rows of the latest year, the year cell removed
    rows: tuple[Row, ...]
    #: the year cells of the latest year (the table's fiscal year)
    years: tuple[YearSpan, ...]
    #: the rows of an earlier year (not read)
    kept: tuple[Row, ...]


def year_column(header: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> int | None:
    """The index of the year column of a header that also names a label column and a
    target or actual column, else None."""
    roles = [column_role(cell.text, rules) if cell.text else None for cell in header]
    if roles.count("year") != 1 or "label" not in roles:
        return None
    if "target" not in roles and "actual" not in roles:
        return None
    return roles.index("year")


@per_rules
def _era_number(rules: Rules) -> regex.Pattern[str]:
    """An era name or abbreviation and a year number, nothing else (``R4``, ``令和4``)."""
    spellings = sorted(
        {s for era in rules.eras for s in (era.name, *era.abbreviations) if s},
        key=len,
        reverse=True,
    )
    names = "|".join(regex.escape(s) for s in spellings)
    return regex.compile(rf"(?:{names})\s*(?:\d{{1,2}}|元)")


def year_of_cell(cell: Cell, era: str | None, rules: Rules = DEFAULT_RULES) -> YearSpan | None:
    """The fiscal year a year cell writes as a whole (``令和4年度``, ``R4``, ``2022``)."""
    text = cell.text.strip()
    if not text:
        return None
    at = cell.start + cell.text.index(text)
    found = fiscal_years(text, at, era=era, rules=rules)
    if found and found[0].start == at and found[0].end == at + len(text):
        return found[0]
    if _era_number(rules).fullmatch(text) or _GREGORIAN.fullmatch(text):
        found = fiscal_years(text + "年度", at, era=era, rules=rules)
        if found and found[0].start == at:
            year = found[0]
            return YearSpan(year.year, at, at + len(text), year.era)
    return None


def drop_year_column(
    rows: Sequence[Row], era: str | None, rules: Rules = DEFAULT_RULES
) -> YearCells | None:
    """``rows`` (the header first) without their year column, when the header names one
    beside a label column and every row's cell there is a fiscal year; None otherwise."""
    if len(rows) < 2:
        return None
    at = year_column(rows[0].cells, rules)
    if at is None:
        return None
    stamped: list[tuple[Row, YearSpan]] = []
    for row in rows[1:]:
        if len(row.cells) <= at:
            return None
        year = year_of_cell(row.cells[at], era, rules)
        if year is None:
            return None
        stamped.append((row, year))
    latest = max(year.year for _, year in stamped)

    def without(row: Row) -> Row:
        return Row(row.index, row.line, row.cells[:at] + row.cells[at + 1 :])

    return YearCells(
        rows=(without(rows[0]), *(without(row) for row, year in stamped if year.year == latest)),
        years=tuple(year for _, year in stamped if year.year == latest),
        kept=tuple(row for row, year in stamped if year.year != latest),
    )


__all__ = ["YearCells", "drop_year_column", "year_column", "year_of_cell"]
