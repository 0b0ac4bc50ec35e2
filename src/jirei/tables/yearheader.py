"""A header of two rows whose upper row names only the fiscal year over the role columns
(decision 816), as a merged cell writes it (HTML ``colspan``, a spreadsheet)::

    | 指標 | 令和5年度 |  |  |          the year spans the columns under it
    |  | 目標 | 実績 | 達成率 |           the roles
    | 就職者数 | 84人 | 90人 | 107.1% |

is read as the one header ``| 指標 | 目標 | 実績 | 達成率 |`` with the year from the upper row
(its span where it is written); the year may be written without ``年度`` (``R5``, ``2023``,
decision 936). An upper row naming anything but years (metric names over
their 目標 / 実績 columns) is left to the other readers.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, label_form
from jirei.tables.grid import LABEL_ROLES, Row, YearSpan, fiscal_years

#: a year cell written without ``年度`` (decision 936): ``R5``, ``H30``, ``令和5``, ``2023``,
#: ``FY2023`` — read as if ``年度`` followed
_BARE_YEAR = regex.compile(
    r"^(?:FY\s*)?(?:[A-Za-z]\.?\s*\d{1,2}|\w{2}(?:\d{1,2}|元)|(?:19|20)\d{2})$"
)


def merge_year_header(
    rows: Sequence[Row], *, era: str | None, rules: Rules = DEFAULT_RULES
) -> tuple[list[Row], list[YearSpan]]:
    """``rows`` with a year row over a role row merged into one header, and the years the
    year row writes; ``rows`` unchanged and no years when the table has no such header."""
    if len(rows) < 3:
        return list(rows), []
    upper, lower = rows[0].cells, rows[1].cells
    if len(upper) < 2 or len(lower) < 2:
        return list(rows), []
    lead = _leading_labels(upper, lower, rules)
    roles = [column_role(c.text, rules) for c in lower[lead:] if c.text]
    if not roles or any(role is None or role in LABEL_ROLES for role in roles):
        return list(rows), []
    if lower[0].text and column_role(lower[0].text, rules) not in LABEL_ROLES:
        return list(rows), []
    years: list[YearSpan] = []
    for cell in upper[lead:]:
        if not cell.text:
            continue
        found = fiscal_years(cell.text, cell.start, era=era, rules=rules)
        if not found and _BARE_YEAR.match(cell.text):
            bare = fiscal_years(cell.text + "年度", cell.start, era=era, rules=rules)
            found = [
                YearSpan(y.year, y.start, min(y.end, cell.end), y.era)
                for y in bare
                if y.start == cell.start and y.end >= cell.end
            ]
            years.extend(found)
            if found:
                continue
        if not found or not _only_year(cell.text, found[0], cell.start):
            return list(rows), []
        years.extend(found)
    if not years:
        return list(rows), []
    firsts = tuple(
        upper[i] if i < len(upper) and upper[i].text else lower[i] for i in range(lead)
    )
    merged = Row(rows[1].index, rows[1].line, (*firsts, *lower[lead:]))
    return [merged, *rows[2:]], years


def _leading_labels(upper: Sequence[Cell], lower: Sequence[Cell], rules: Rules) -> int:
    """How many leading columns name the rows (``項目``, and a group column ``対象`` before
    it, decision 2673): each written as a label or group word in one of the two rows, the
    other row's cell empty or a label word too; at least the first column."""
    lead = 1
    while lead < min(len(upper), len(lower)) - 1:
        words = [c.text for c in (upper[lead], lower[lead]) if c.text]
        if not words or any(column_role(w, rules) not in LABEL_ROLES for w in words):
            break
        lead += 1
    return lead


def _only_year(text: str, year: YearSpan, offset: int) -> bool:
    """Whether the cell says nothing but its year (brackets and ``の`` aside)."""
    rest = text[: year.start - offset] + text[year.end - offset :]
    return not label_form(rest).strip("()（）【】の・")


__all__ = ["merge_year_header"]
