"""A note under a results table stating the 達成率 of one of its rows (decision 2252)::

    ※合計の就職者数の目標達成率は107.3％。
    ※達成率（合計）：支援対象者数103.3％、就職者数106.3％

A table by target group often gives no 達成率 column and states the rate of its total row
(or of one group) in a note. The stated rate fills ``achievement_rate`` of the metric the note
names — the one with that label in that row (a total row: ``合計``, ``計`` … of
``case_list.totals``, or an ``actual`` column word, is the row of no group) — when that metric
has none. A note naming no metric of the table fills nothing; the note stays unclassified.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from jirei.lines import Line, Locate
from jirei.model import Metric, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import column_role, label_form

#: how many lines under a table may hold such notes
_MAX_NOTES = 4
_RATE = r"(?P<rate>\d{1,3}(?:\.\d{1,2})?)\s*%"


@per_rules
def _patterns(rules: Rules) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """``row の label の 達成率 は N%``, ``達成率(row): label N%、label N%`` and one item of
    the latter, with the rate words of ``rules.columns``."""
    words = sorted(
        (w for w, role in rules.columns.items() if role == "achievement_rate"),
        key=len,
        reverse=True,
    )
    rate = "|".join(regex.escape(w) for w in words) or "(?!)"
    named = regex.compile(
        rf"(?P<row>[^\s、。,の:]{{1,16}})の(?P<label>[^\s、。,の:]{{2,20}})の(?:目標)?(?:{rate})"
        rf"\s*(?:は|:|=)?\s*{_RATE}"
    )
    listed = regex.compile(
        rf"(?:目標)?(?:{rate})\s*\((?P<row>[^()]{{1,16}})\)\s*[:は]\s*(?P<items>.+)"
    )
    item = regex.compile(rf"(?P<label>[^\s、。,:\d]{{2,20}}?)\s*(?:は|:)?\s*{_RATE}")
    return named, listed, item


def with_note_rates(
    metrics: Sequence[Metric],
    lines: Sequence[Line],
    locate: Locate,
    rules: Rules = DEFAULT_RULES,
) -> list[Metric]:
    """``metrics`` with the rates the note ``lines`` under the table state filled in."""
    out = list(metrics)
    if not out:
        return out
    for line in lines[:_MAX_NOTES]:
        text = line.stripped
        if not text.startswith(rules.footnote_markers) or "%" not in text:
            continue  # (cheap: a note stating a rate has ``%``)
        named, listed, item = _patterns(rules)
        found: list[tuple[str, str, str, int]] = []  # row, label, rate, where the rate starts
        offset = line.start + line.text.index(text)
        for match in named.finditer(text):
            found.append((match["row"], match["label"], match["rate"], match.start("rate")))
        for match in listed.finditer(text):
            base = match.start("items")
            for one in item.finditer(match["items"]):
                found.append((match["row"], one["label"], one["rate"], base + one.start("rate")))
        for row, label, rate, at in found:
            start = offset + at
            _fill(out, row, label_form(label), rate, locate(start, start + len(rate)), rules)
    return out


def _fill(metrics: list[Metric], row: str, label: str, rate: str, span: Span, rules: Rules) -> None:
    """Fill the rate of the one metric of ``row`` labelled ``label`` that has none."""
    row = label_form(row)
    for marker in rules.footnote_markers:  # ``※合計の…``: the note's mark is no part of the row
        row = row.removeprefix(marker)
    total = row in rules.case_list_totals or column_role(row, rules) == "actual"
    group = None if total else row
    hits = [
        n
        for n, m in enumerate(metrics)
        if m.label == label and m.group == group and m.achievement_rate is None
    ]
    if len(hits) != 1:
        return
    metrics[hits[0]] = attrs.evolve(
        metrics[hits[0]], achievement_rate=Decimal(rate), achievement_span=span
    )


__all__ = ["with_note_rates"]
