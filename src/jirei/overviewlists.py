"""An overview heading over a list of what a case does (decisions 3116–3119).

A general overview heading (``【概要】``, ``■事業の概要``) stands over one of three things:
the header told as a sentence, a box of field lines, or a list of the things the facility
does. Only the last is the case's initiatives; its role is judged by what follows the
heading: every line a marked item (``・…``), none a field line, and the case naming no
initiatives section of its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from jirei.items import read_items
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, Section, classifier, heading_key

if TYPE_CHECKING:
    from jirei.items import Origin

#: an item that is a field line (``・所在地：富山市…``, ``・開設日　令和元年…`` is none)
_FIELD = regex.compile(r"^[^\s:、。「」()]{1,12}\s*:")


def overview_list(
    section: Section, rules: Rules = DEFAULT_RULES, origin: Origin | None = None
) -> bool:
    """Whether ``section`` is an aside under an overview heading (``Rules.list_overviews``)
    whose every line opens a marked item (``・``, ``○``, ``①``, ``ア　``, ``(1)`` — the markers
    ``jirei.items`` strips) or continues one, none a field line."""
    if section.kind != "aside" or section.heading is None or not rules.list_overviews:
        return False
    if heading_key(section.heading.text, rules) not in rules.list_overviews:
        return False
    lines = [line for line in section.lines if not line.blank]
    if not lines:
        return False
    cls = classifier(rules)
    if all(cls.kind_of(line.text)[0] is K.BULLET for line in lines):  # (cheap: ``・…``)
        bodies = [cls.strip_marker(line.text)[0].strip() for line in lines]
        return all(body and not _FIELD.match(body) for body in bodies)
    read = read_items(section.lines, rules, origin)
    if read.unclassified or not read.items:
        return False
    for item in read.items:
        line = next((ln for ln in lines if ln.start <= item.start < ln.end), None)
        if line is None or line.start + len(line.text) - len(line.text.lstrip()) == item.start:
            return False  # (an item whose line opens with no marker: a paragraph)
        if _FIELD.match(item.text):
            return False
    return True


def overview_lists(
    blocks: Sequence[object], rules: Rules = DEFAULT_RULES, origin: Origin | None = None
) -> frozenset[int]:
    """The indexes of ``blocks`` to read as initiatives: the overview lists of a case whose
    blocks hold no initiatives section."""
    sections = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Section)]
    if any(b.kind == "initiatives" for _, b in sections):
        return frozenset()
    return frozenset(i for i, b in sections if overview_list(b, rules, origin))
