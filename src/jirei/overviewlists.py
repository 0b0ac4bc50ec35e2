"""An overview heading over a list of what a case does (decisions 3116–3119).

A general overview heading (``【概要】``, ``■事業の概要``) stands over one of three things:
the header told as a sentence, a box of field lines, or a list of the things the facility
does. Only the last is the case's initiatives; its role is judged by what follows the
heading: every line a marked item (``・…``), none a field line, and the case naming no
initiatives section of its own."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, Section, classifier, heading_key

#: an item that is a field line (``・所在地：富山市…``, ``・開設日　令和元年…`` is none)
_FIELD = regex.compile(r"^[^\s:、。「」()]{1,12}\s*:")


def overview_list(section: Section, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``section`` is an aside under an overview heading (``Rules.list_overviews``)
    whose every line is a marked item and no field line."""
    if section.kind != "aside" or section.heading is None or not rules.list_overviews:
        return False
    if heading_key(section.heading.text, rules) not in rules.list_overviews:
        return False
    cls = classifier(rules)
    items = 0
    for line in section.lines:
        if line.blank:
            continue
        if cls.kind_of(line.text)[0] is not K.BULLET:
            return False
        body = cls.strip_marker(line.text)[0].strip()
        if not body or _FIELD.match(body):
            return False
        items += 1
    return items > 0


def overview_lists(blocks: Sequence[object], rules: Rules = DEFAULT_RULES) -> frozenset[int]:
    """The indexes of ``blocks`` to read as initiatives: the overview lists of a case whose
    blocks hold no initiatives section."""
    sections = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Section)]
    if any(b.kind == "initiatives" for _, b in sections):
        return frozenset()
    return frozenset(i for i, b in sections if overview_list(b, rules))
