"""A section of header facts inside a case (decision 872): an outline document's
``（１）施設の概要`` whose lines are all field lines (``ア　実施主体　　…``, ``イ　施設名称　　…``,
``ウ　開設年月日　…``) states the case's header, not an aside.

A case whose body opens with such a section (a heading of kind ``aside`` or of no known
kind, then only field lines up to the next heading) gets those lines as header lines; its
body starts at the next heading.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from jirei.fields import read_fields
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: the most lines a facts section may hold
_MAX_FACTS = 12
#: heading kinds that end a facts section (a tuple: an Enum's hash is a Python call)
_ENDS = (K.SECTION, K.COMMENT, K.HEADER)


def absorb_fact_sections(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases`` with a facts section at the top of a body moved into the case's header."""
    return [_absorbed(infos, case, rules) for case in cases]


def _absorbed(infos: Sequence[LineInfo], case: object, rules: Rules) -> object:
    body: int = case.body  # type: ignore[attr-defined]
    stop: int = case.stop  # type: ignore[attr-defined]
    if body >= stop or infos[body].kind is not K.SECTION:
        return case
    if infos[body].section not in ("aside", None):
        return case
    facts: list[int] = []
    index = body + 1
    while index < stop and index - body <= _MAX_FACTS:
        info = infos[index]
        if info.kind in _ENDS and not (info.kind is K.HEADER and read_fields(info.line, rules)):
            break  # (a field line read as a case header, ``③　自治体　旭川市``, is a fact: 2942)
        if info.kind is not K.BLANK:
            if not read_fields(info.line, rules):
                return case
            facts.append(index)
        index += 1
    if len(facts) < 2 or index >= stop or infos[index].kind is not K.SECTION:
        return case
    header = (*case.header, *facts)  # type: ignore[attr-defined]
    return attrs.evolve(case, header=header, body=index)  # type: ignore[misc]


__all__ = ["absorb_fact_sections"]
