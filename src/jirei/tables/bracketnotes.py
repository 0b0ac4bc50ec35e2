"""A bracket closing a results line that is no part of its roles (decisions 2140-2141).

A summary adds a note after a line's figures::

    就職者数：目標160人超　実績175人（対前年 110.1%）
    就職率：実績68.0%（232/341人）
    就職率：目標65.0%　実績70.0%（就職者112名／支援対象者160名）

A comparison with the previous year (its name a ``previous`` column word of
``metrics.toml``: 前年度比, 対前年 …) states no figure of this year: it is dropped. A bare
fraction ``a/b unit`` repeats the figures the rate was worked out from: dropped. A fraction
whose parts are named (each a metric name of ``rules.metrics`` and its figure) states those
metrics' actuals: each becomes its own metric, after the line's. The line without its note
is then read as any results line; a bracket of any other kind is left in place.
"""

from __future__ import annotations

import regex

from jirei import values as _values
from jirei.lines import Line, Locate
from jirei.model import Metric
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, label_form

_NOTE = regex.compile(r"\((?P<inner>[^()]{1,60})\)\s*$")
_FRACTION = regex.compile(r"^\s*[0-9][0-9,]*\s*/\s*[0-9][0-9,]*\s*\S{0,3}\s*$")
_PARTS = regex.compile(r"\s*[/、,]\s*")


def split_note(
    line: Line, rules: Rules = DEFAULT_RULES, locate: Locate | None = None
) -> tuple[Line, list[Metric]] | None:
    """``line`` with a closing note blanked and the metrics the note names (its named
    fraction's parts), or None when ``line`` ends in no such note."""
    text = line.text.rstrip()
    if not text.endswith(")"):
        return None
    match = _NOTE.search(text)
    if match is None or match.start() == 0 or not text[: match.start()].strip():
        return None
    inner = match.group("inner")
    extras: list[Metric] = []
    if not (_previous(inner, rules) or _FRACTION.match(inner)):
        extras = _named(inner, line.start + match.start("inner"), rules, locate)
        if not extras:
            return None
    blanked = text[: match.start()] + " " * (len(text) - match.start())
    return Line(blanked, line.start), extras


def _previous(inner: str, rules: Rules) -> bool:
    """Whether the note opens with a word naming the previous year's figure."""
    head = regex.match(r"[^\d\s+\-±約]+", inner.strip())
    return head is not None and column_role(label_form(head.group()), rules) == "previous"


def _named(inner: str, start: int, rules: Rules, locate: Locate | None) -> list[Metric]:
    """The metrics of a fraction whose parts each name a metric
    (``就職者112名／支援対象者160名``)."""
    if locate is None:
        return []
    pieces = _PARTS.split(inner.strip())
    if len(pieces) < 2:
        return []
    out = []
    at = 0
    for piece in pieces:
        offset = inner.index(piece, at)
        at = offset + len(piece)
        found = list(_values.find_quantities(piece, rules=rules))
        if len(found) != 1 or piece[found[0].end :].strip() or found[0].value.unit is None:
            return []
        name = label_form(piece[: found[0].start])
        key = rules.metrics.get(name)
        if key is None:
            return []
        begin = start + offset
        quantity = found[0].value
        quantity = type(quantity)(
            quantity.value,
            quantity.unit,
            quantity.qualifier,
            locate(begin + found[0].start, begin + found[0].end),
        )
        out.append(
            Metric(
                label=name,
                key=key,
                actual=quantity,
                span=locate(begin, begin + found[0].start),
            )
        )
    return out


__all__ = ["split_note"]
