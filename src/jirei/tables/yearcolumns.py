"""Time-series tables: the years as columns, a row per role under each metric (decision
1000)::

                    平成26年度   平成27年度   平成28年度
     支援対象者数   目標     -        150人        180人
                    実績    62人      166人        197人
                    達成率   -       110.7%       109.4%

Only the reported year (the latest year column) is read; the older columns are history.
The header's cells naming a fiscal year and nothing else are the year columns; a row's
figure cells (after its role cell) are matched to them in order, from the right when a
row writes fewer cells than there are years (the blank cells of the years before a
metric was counted stand on the left).
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import label_form
from jirei.tables.grid import fiscal_years


@frozen
class YearColumns:
    """The year columns of a header: how many, and which one is the reported (latest) year."""

    count: int
    latest: int
    #: the year each column names, in column order
    years: tuple[int, ...] = ()

    def reported(self, year: int | None) -> YearColumns:
        """These columns with ``year``'s column as the one read, when a column names it (the
        year a heading over the table reports: ``■令和3年度の実績`` over 令和2〜4年度 columns,
        the next year's target standing last; decision 3308); else unchanged."""
        if year is None or year not in self.years:
            return self
        return YearColumns(self.count, self.years.index(year), self.years)

    def pick(self, figures: Sequence[Cell]) -> Cell | None:
        """The cell of the reported year among a row's figure cells (in column order)."""
        if not figures:
            return None
        position = len(figures) - (self.count - self.latest)
        if len(figures) >= self.count:
            position = self.latest
        return figures[position] if 0 <= position < len(figures) else None


def year_columns(
    header: Sequence[Cell], *, era: str | None, rules: Rules = DEFAULT_RULES
) -> YearColumns | None:
    """The year columns of ``header`` when it names two or more fiscal years, each cell
    nothing but its year; else None (a one-year table needs no choice)."""
    years: list[int] = []
    for cell in header:
        if not cell.text:
            continue
        if not any(ch.isdigit() or ch in _KANJI_DIGITS for ch in cell.text):
            continue  # a label cell (区分, 項目)
        found = fiscal_years(cell.text, cell.start, era=era, rules=rules)
        if len(found) != 1:
            return None
        rest = cell.text[: found[0].start - cell.start] + cell.text[found[0].end - cell.start :]
        rest = label_form(rest).strip("()（）【】の・")
        if rest and not rest.startswith(_reference_heads(rules)):
            return None  # (``令和2年度(参考)``: an earlier year's column, decision 3298)
        years.append(found[0].year)
    if len(years) < 2 or len(set(years)) != len(years):
        return None
    return YearColumns(len(years), years.index(max(years)), tuple(years))


def _reference_heads(rules: Rules) -> tuple[str, ...]:
    """The words marking a column as given for reference (``figures.toml reference_heads``)."""
    return tuple(rules.figures_table.get("reference_heads", ()))


_KANJI_DIGITS = frozenset("〇一二三四五六七八九十元")

__all__ = ["YearColumns", "year_columns"]
