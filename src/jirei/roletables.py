"""A table of role rows opens a case's results wherever it stands (decision 3297)::

    支援対象者数の推移                       <- its caption (moves with it)
    \t令和元年度\t令和2年度\t令和3年度       <- a head row of years (or none)
    目標\t200人\t210人\t220人以上            <- role rows: a role word, then figures
    実績\t231人\t198人\t247人

A table whose first or second row opens with a row-role word (``目標``, ``実績``, ``達成率``;
``rules.columns``) followed by nothing but figures holds a metric's target and result, so
it is the results even when no results heading stands over it (after the 取組内容 list, or
under 「その他の取組」). The short line right over it, no sentence, is its caption and goes
with it (the caption names the metric: ``jirei.tables.captionlabel``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from jirei.lines import Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules

if TYPE_CHECKING:
    from jirei.sections import LineInfo

#: the longest line read as a table's caption
CAPTION_LENGTH = 30


def is_role_row(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table row is a role word followed by figures only (``実績 | 231人 | 247人``)."""
    from jirei.headingtables import figures_only
    from jirei.tables.cells import column_role
    from jirei.tables.grid import TRANSPOSED_ROLES

    cells = row_cells(line)
    if len(cells) < 2 or not cells[0].text:
        return False
    if column_role(cells[0].text, rules) not in TRANSPOSED_ROLES:
        return False
    return figures_only([c.text for c in cells[1:] if c.text], rules)


def opens_role_table(infos: Sequence[LineInfo], number: int, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether the table row at ``number`` opens a table (no table row right above it)
    whose first or second row is a role row."""
    from jirei.sections import K

    if number > 0 and infos[number - 1].kind is K.TABLE:
        return False
    for at in (number, number + 1):
        if at >= len(infos) or infos[at].kind is not K.TABLE:
            return False
        if is_role_row(infos[at].line, rules):
            return True
    return roles_over_years(infos[number].line, infos[number + 1].line, rules)


def roles_over_years(head: Line, first: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``head`` is a head row of role words (a blank or label corner, then ``目標``,
    ``実績``, ``達成率``; the actual among them) over ``first``, a row of a fiscal year and
    figures (``令和2年度 | 150人 | 162人``): a table of one row per year (decision 3307)."""
    from jirei.headings import fiscal_year
    from jirei.headingtables import figures_only
    from jirei.tables.cells import column_role
    from jirei.tables.grid import LABEL_ROLES, TRANSPOSED_ROLES

    cells = row_cells(head)
    if len(cells) < 3 or (cells[0].text and column_role(cells[0].text, rules) not in LABEL_ROLES):
        return False
    roles = [column_role(cell.text, rules) for cell in cells[1:]]
    if any(role not in TRANSPOSED_ROLES for role in roles) or "actual" not in roles:
        return False
    row = row_cells(first)
    return (
        len(row) >= 2
        and regex.fullmatch(fiscal_year(rules), row[0].text) is not None
        and figures_only([cell.text for cell in row[1:] if cell.text], rules)
    )


def names_no_metric(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table's first row names no metric: it is a role row, or a head row whose
    cells are fiscal years (``\t令和2年度\t令和3年度``) — the metric is its caption's."""
    from jirei.headings import fiscal_year

    if is_role_row(line, rules):
        return True
    from jirei.tables.cells import column_role
    from jirei.tables.grid import LABEL_ROLES, TRANSPOSED_ROLES

    every = row_cells(line)
    cells = [cell.text for cell in every if cell.text]
    if cells and (column_role(cells[0], rules) in LABEL_ROLES or rules.metrics.get(cells[0])):
        cells = cells[1:]  # ``区分``, or a metric named in the corner (decision 3306)
    roles = [column_role(text, rules) for text in cells]
    if len(every) >= 3 and all(role in TRANSPOSED_ROLES for role in roles) and "actual" in roles:
        return True  # a head row of role words over rows of years (decision 3307)
    pattern = fiscal_year(rules)
    return bool(cells) and all(regex.search(pattern, text) for text in cells)


def names_corner_metric(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table's head row names its metric in the corner over fiscal-year columns
    (``支援対象者数 | 令和2年度 | 令和3年度``; decision 3306): no caption needed."""
    from jirei.tables.captionlabel import corner_metric

    cells = row_cells(line)
    return bool(cells) and bool(cells[0].text) and corner_metric(cells, era=None, rules=rules)


def caption_above(body: Sequence[Line]) -> int | None:
    """The index in ``body`` of a caption line right over the table that follows: short,
    no sentence, after a blank line or a heading's start; None when there is none."""
    from jirei.sections import ends_sentence

    if not body or body[-1].blank:
        return None
    text = body[-1].stripped
    if len(text) > CAPTION_LENGTH or ends_sentence(text) or "\t" in text:
        return None
    if len(body) > 1 and not body[-2].blank:
        return None
    return len(body) - 1


__all__ = [
    "CAPTION_LENGTH",
    "caption_above",
    "is_role_row",
    "names_corner_metric",
    "names_no_metric",
    "opens_role_table",
    "roles_over_years",
]
