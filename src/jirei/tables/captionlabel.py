"""A table of role rows whose metric is named only by its caption (decision 3298)::

    支援対象者数の推移
    \t令和元年度\t令和2年度\t令和3年度
    目標\t200人\t210人\t220人以上
    実績\t231人\t198人\t247人
    達成率\t115.5%\t94.3%\t112.3%

has no label column: its rows open with the role (``目標``, ``実績``, ``達成率``) and its head
row names only years (or is the corner alone). The caption line right over it names the
metric; a word for "over the years" at its end (``の推移``; ``figures.toml``
``caption_tails``) is dropped. The table is read as if the caption stood in a label column
of its own, so the year columns (``jirei.tables.yearcolumns``) and the role rows
(``jirei.tables.rolerows``) read it as any labelled table.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell, Line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role
from jirei.tables.grid import LABEL_ROLES, TRANSPOSED_ROLES, Row, fiscal_years

#: marks a caption may open with (``■``, ``【``, ``図1``, ``表２``)
_LEAD = regex.compile(r"^(?:[■□◆◇●○◎▼▽▲△▶▷★☆・【\[〔［]|[図表]\s*\d+[.．:：\s]*)+\s*")
_TRAIL = regex.compile(r"[】\]〕］\s]+$")


def caption_name(line: Line, rules: Rules = DEFAULT_RULES) -> Cell | None:
    """The metric a caption line names (its marks and its "over the years" tail dropped),
    where it stands; None when nothing is left."""
    text = line.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    lead = _LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    trail = _TRAIL.search(text, start, end)
    if trail is not None:
        end = trail.start()
    tails = rules.figures_table.get("caption_tails", ())
    for tail in sorted(tails, key=len, reverse=True):
        if text.endswith(tail, start, end) and end - len(tail) > start:
            end -= len(tail)
            break
    name = text[start:end].strip()
    if not name or column_role(name, rules) is not None:
        return None  # ``実績`` / ``区分``: a column word, no metric
    return Cell(name, line.start + start, line.start + start + len(name))


def _names_years(cells: Sequence[Cell], *, era: str | None, rules: Rules) -> bool:
    """Whether every non-empty cell names a fiscal year (``令和2年度(参考)`` too)."""
    texts = [cell for cell in cells if cell.text]
    return bool(texts) and all(
        fiscal_years(cell.text, cell.start, era=era, rules=rules) for cell in texts
    )


def with_caption_label(
    rows: Sequence[Row],
    caption: Line | None,
    *,
    era: str | None,
    rules: Rules = DEFAULT_RULES,
    known: bool = False,
) -> list[Row] | None:
    """``rows`` with a label column holding the caption's metric on the first role row,
    when the table is a head row of years over role rows with no label column; None
    otherwise. With ``known`` (the caption is the section's heading, which may name the
    section rather than a metric: ``数字で見る``) the metric must be a known one
    (``rules.metrics``)."""
    if len(rows) < 2:
        return None
    head, body = rows[0].cells, rows[1:]
    if not all(
        row.cells and column_role(row.cells[0].text, rules) in TRANSPOSED_ROLES for row in body
    ):
        return None
    width = max(len(row.cells) for row in body)
    corner = None
    if len(head) == width and (not head[0].text or column_role(head[0].text, rules) in LABEL_ROLES):
        years = head[1:]
    elif len(head) == width - 1:
        years = head
    elif len(head) == width and corner_metric(head, era=era, rules=rules):
        years, corner = head[1:], head[0]  # ``支援対象者数 | 令和2年度 | 令和3年度`` (3306)
    else:
        return None
    if not _names_years(years, era=era, rules=rules):
        return None
    if corner is None and caption is None:
        return None
    name = corner if corner is not None else caption_name(caption, rules)  # type: ignore[arg-type]
    if name is None or (known and corner is None and rules.metrics.get(name.text) is None):
        return None
    at = head[0].start if head else rows[0].start
    blank = Cell("", at, at)
    new_head = (blank, blank, *years)
    labelled = [Row(rows[0].index, rows[0].line, new_head)]
    for number, row in enumerate(body):
        first = row.cells[0]
        label = name if number == 0 else Cell("", first.start, first.start)
        labelled.append(Row(row.index, row.line, (label, *row.cells)))
    return labelled


def corner_metric(head: Sequence[Cell], *, era: str | None, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a head row names a metric in its corner over columns of fiscal years
    (``支援対象者数 | 令和2年度 | 令和3年度``): the corner a known metric name, every other cell a
    year (decision 3306)."""
    if len(head) < 2 or not head[0].text or rules.metrics.get(head[0].text) is None:
        return False
    return _names_years(head[1:], era=era, rules=rules)


def with_caption_year_rows(
    rows: Sequence[Row],
    caption: Line,
    *,
    era: str | None,
    rules: Rules = DEFAULT_RULES,
    known: bool = False,
) -> list[Row] | None:
    """A table of one row per fiscal year under a head row of role words, its metric named
    by the caption (decision 3307)::

        支援対象者数の推移
        \t目標\t実績\t達成率
        令和2年度\t150人\t162人\t108.0%
        令和3年度\t160人\t185人\t115.6%

    as the head row over the one row of the latest year, the caption's metric in its label
    cell; None when the table is no such table. The earlier years' rows are history."""
    if len(rows) < 3:
        return None
    head, body = rows[0].cells, rows[1:]
    if len(head) < 3 or (head[0].text and column_role(head[0].text, rules) not in LABEL_ROLES):
        return None
    roles = [column_role(cell.text, rules) for cell in head[1:]]
    if not roles or any(role not in TRANSPOSED_ROLES for role in roles) or "actual" not in roles:
        return None
    latest: tuple[int, Row] | None = None
    for row in body:
        if not row.cells:
            return None
        found = fiscal_years(row.cells[0].text, row.cells[0].start, era=era, rules=rules)
        if len(found) != 1:
            return None
        if latest is None or found[0].year > latest[0]:
            latest = (found[0].year, row)
    name = caption_name(caption, rules)
    if latest is None or name is None or (known and rules.metrics.get(name.text) is None):
        return None
    row = latest[1]
    return [rows[0], Row(row.index, row.line, (name, *row.cells[1:]))]


__all__ = ["caption_name", "corner_metric", "with_caption_label", "with_caption_year_rows"]
