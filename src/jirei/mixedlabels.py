"""Labelled cases in a compilation whose sheets each keep their own layout (decision 1863).

A ministry compilation reprints what each labour bureau sent in: under the same case labels
(``事例 1``, ``事例 2`` …) one sheet has section headings, the next is a card of
``label<TAB>value`` rows, the next a slide whose boxes carry no heading the rules know.
``jirei.labelcases`` anchors a labelled case on its first section heading and drops a stretch
that holds none (a contents list, a closing list of the cases); this module decides such a
stretch again when another labelled stretch of the same document did hold a section heading.

A stretch with no section heading is then a case when it names a municipality on its label
line or in its first lines, states two header facts or more (``jirei.facts.is_fact_line``:
field rows, a place with its partners, a facility with its kind, a start date) and holds case
material: a comment heading, or a figure with a count unit (``263人``, ``61.6%``). Its body
starts at its first comment, bullet or table row that is no field row, else it is all opening.
A contents entry (one line) or a list of the cases (no figure, no comment) is still no case.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: how many non-blank lines under the label are searched for the case's place
_PLACE_REACH = 8
#: the fewest fact lines such a case states, and the fewest non-blank lines it holds
_MIN_FACTS = 2
_MIN_LINES = 3
#: the most lines a stretch may hold (a whole document after the last label is no sheet)
_MAX_LINES = 160
#: how many lines of the opening are counted for facts
_FACT_REACH = 24
#: a figure with a count unit: case material, never a contents entry
_FIGURE = regex.compile(r"[0-9][0-9,.]*\s*(?:人|件|名|社|回|%)")
#: line kinds that open the body of such a case
_BODY_KINDS = (K.SECTION, K.COMMENT, K.BULLET, K.TABLE)


def material_body(
    infos: Sequence[LineInfo], first: int, stop: int, rules: Rules = DEFAULT_RULES
) -> int | None:
    """Where the body of the labelled stretch ``[first, stop)`` with no section heading
    starts (``stop`` when it is all opening), or None when the stretch is no case (see the
    module)."""
    from jirei.facts import is_fact_line
    from jirei.fallback import is_rule_line, place_near
    from jirei.fields import is_field_line

    lines = [i for i in range(first + 1, stop) if infos[i].kind is not K.BLANK]
    if not _MIN_LINES <= len(lines) <= _MAX_LINES:
        return None
    if not any(
        infos[i].kind is K.COMMENT or _FIGURE.search(infos[i].text) is not None for i in lines
    ):
        return None
    if not place_near(infos, first, lines, _PLACE_REACH):
        return None
    facts = (i for i in lines[:_FACT_REACH] if is_fact_line(infos[i].text, rules))
    if next(islice(facts, _MIN_FACTS - 1, None), None) is None:  # fewer than _MIN_FACTS
        return None
    for index in lines:
        info = infos[index]
        if is_rule_line(info.text):  # ``＊＊＊＊`` under the label
            continue
        if info.kind in _BODY_KINDS and not (
            info.kind is K.TABLE and is_field_line(info.line, rules)
        ):
            if info.kind is K.BULLET and bool(rules.headline_marks) and info.text.strip(
            ).startswith(rules.headline_marks):
                continue  # ``◆headline`` is the opening's
            return index
    return stop


__all__ = ["material_body"]
