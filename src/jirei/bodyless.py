"""Labelled cases with no section heading: a slide or a brochure page whose case label
(``Case 1``, ``REPORT 01``, ``【事例１】``, ``No. 1``) opens a place, a data card and perhaps a
few bullets, but no heading ``jirei.labelcases`` could anchor the case's body on
(decisions 1664–1666).

When no labelled stretch of a document holds a section heading, a stretch is a case when its
label line or one of the first lines under it names a municipality, and two of its lines or
more state header facts (``jirei.facts.is_fact_line``: a field line, a place with its
partners, a facility with its kind, a start date; or a short line that is no sentence stating a
date: a facility's name and its start date). A contents entry (one line under its label)
or a list of the cases at the end states no two facts under one label, so it opens no case.
The case's body starts at its first bullet or table row after the opening, else it is the
opening alone. A stretch holding rows of tab- or pipe-separated cells other than field rows
(``取組内容<TAB>…``) is a card the card readers read (``jirei.boxcases``, ``jirei.cards``): no
such case.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: how many non-blank lines under the label are searched for the case's place
_PLACE_REACH = 3
#: the fewest fact lines a case with no section heading states
_MIN_FACTS = 2
#: the most lines the opening of such a case may hold
_MAX_OPENING = 24
#: line kinds that open the body of such a case
_BODY_KINDS = (K.BULLET, K.TABLE)


def card_body(
    infos: Sequence[LineInfo], first: int, stop: int, rules: Rules = DEFAULT_RULES
) -> int | None:
    """Where the body of the labelled stretch ``[first, stop)`` with no section heading
    starts (``stop`` when it is all opening), or None when the stretch is no case (see the
    module)."""
    from jirei.facts import is_fact_line
    from jirei.fallback import place_near

    lines = [i for i in range(first + 1, stop) if infos[i].kind is not K.BLANK]
    if len(lines) < _MIN_FACTS or len(lines) > _MAX_OPENING * 4:
        return None
    if not place_near(infos, first, lines, _PLACE_REACH):
        return None
    if any(infos[i].kind is K.SECTION or _card_row(infos[i], rules) for i in lines):
        return None  # (a card of tab or pipe rows is the card readers', decision 1600)
    facts = 0
    body = stop
    for index in lines:
        info = infos[index]
        if info.kind in _BODY_KINDS and not (
            info.kind is K.TABLE and is_fact_line(info.text, rules)
        ):
            body = index
            break
        if index - first > _MAX_OPENING:
            break
        if is_fact_line(info.text, rules) or _dated(info.text, rules):
            facts += 1
    if facts < _MIN_FACTS:
        return None
    return body


#: the longest line read as a facility's name and start date (``name 2015年（…）10月1日開設``)
_DATED_LINE = 60


def _card_row(info: LineInfo, rules: Rules) -> bool:
    """Whether a line is a row of tab- or pipe-separated cells that is no field line
    (``取組内容<TAB>…``, ``実績<TAB>区分<TAB>目標…``: a card's body rows)."""
    from jirei.fields import is_field_line

    text = info.text
    if "\t" not in text and not text.lstrip().startswith("|"):
        return False
    return not is_field_line(info.line, rules)


def _dated(text: str, rules: Rules) -> bool:
    """Whether a short line that is no sentence states a date (a facility's name and its
    start date: ``えちぜん就労相談室 2015年（平成27年）10月1日開設``)."""
    from jirei.facts import _start_date
    from jirei.header import header_patterns

    stripped = text.strip()
    if len(stripped) > _DATED_LINE or "。" in stripped:
        return False
    return _start_date(stripped, header_patterns(rules), rules) is not None


__all__ = ["card_body"]
