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
    caption: Line,
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
    if len(head) == width and (not head[0].text or column_role(head[0].text, rules) in LABEL_ROLES):
        years = head[1:]
    elif len(head) == width - 1:
        years = head
    else:
        return None
    if not _names_years(years, era=era, rules=rules):
        return None
    name = caption_name(caption, rules)
    if name is None or (known and rules.metrics.get(name.text) is None):
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


__all__ = ["caption_name", "with_caption_label"]
