"""A document of exactly one case with no opener at all (decision 1603): no header, label,
partner line or repeated field opens it, and the fallback found no anchor, but the text
holds a case's sections, each once (``【取組内容】`` then ``【実績】``), or is one card of
field lines (no label twice, one naming a place), with a figure and its unit. The whole
document, from its first filled line, is then that case; its header facts are read from
its opening lines (``jirei.harvest``)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: a figure with a unit: case material
_FIGURE = regex.compile(
    r"[0-9０-９][0-9,.]*\s*(?:人|件|名|%|％|パーセント|回)"
    # (or its unit in a cell of its own before it: ``就職者数<TAB>人<TAB>170``, decision 3358)
    r"|(?:^|\t)\s*(?:人|件|名|%|％|回)\s*\t\s*[0-9０-９]"
)
#: the sections of a case body one of which must stand with the results
_BODY = frozenset({"initiatives", "comments"})
#: the results sections
_RESULTS = frozenset({"results", "other_results"})


def one_case(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> list[object]:
    """The document as one case (see the module), else ``[]``."""
    from jirei.fallback import find_place
    from jirei.segment import Case

    sections = [
        (index, info.section) for index, info in enumerate(infos) if info.kind is K.SECTION
    ]
    kinds = [kind for _, kind in sections]
    if len(kinds) < 2:  # no section, or one heading inside a card (成果指標 over its table, 3358)
        return _one_card(infos, rules)
    if (
        len(set(kinds)) != len(kinds)  # a section twice: more than one case
        or not _RESULTS & set(kinds)
        or not _BODY & set(kinds)
    ):
        return []
    first = next((i for i, info in enumerate(infos) if info.kind is not K.BLANK), None)
    body = sections[0][0]
    if first is None or first >= body:
        return []
    if not any(find_place(info.text) for info in infos[first:body] if info.kind is not K.BLANK):
        return []  # the opening names no place: no case we can tell
    if not any(
        info.kind is not K.BLANK and _FIGURE.search(info.text) for info in infos[body:]
    ):
        return []
    return [Case(first, len(infos), (), None, (), body, origin="structure")]


#: the fewest field lines of a card
_CARD_FIELDS = 3


def _one_card(infos: Sequence[LineInfo], rules: Rules) -> list[object]:
    """The document as one case when it is one card: field lines (``自治体名<TAB>…``), at
    least three, no label twice, one naming a place, and a figure with its unit."""
    from jirei.boxcases import case_starts, field_labels
    from jirei.fallback import find_place
    from jirei.segment import Case

    fields = field_labels(infos, 0, len(infos), rules)
    labels = [label for _, label in fields]
    if len(labels) < _CARD_FIELDS or len(set(labels)) != len(labels):
        return []
    if not any(
        find_place(infos[index].text) or _names_partner(infos[index].text, rules)
        for index, _ in fields
    ):
        return []
    first = fields[0][0]
    if not any(
        info.kind is not K.BLANK and _FIGURE.search(info.text) for info in infos[first:]
    ):
        return []
    start = case_starts(infos, [first], 0)[0]
    return [Case(start, len(infos), (), None, (), first + 1, origin="structure")]


def _names_partner(text: str, rules: Rules) -> bool:
    """Whether a field line names a Hello Work office or a labour bureau (a sheet of the
    city's own names only its partners: ``連携機関<TAB>兵庫労働局・ハローワーク尼崎``; 3358)."""
    from jirei.segment import _names_office

    return _names_office(text, rules)


def label_above(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """The one case of a document with its case label line (``【事例１】長野県松本市``, a label
    and a place alone; ``caselabel.place_label``) right above its first line, when the rules
    left that line out (a label opens cases only when it comes back; decision 1608)."""
    import attrs

    from jirei.caselabel import place_label
    from jirei.segment import Case

    if len(cases) != 1 or not isinstance(cases[0], Case):
        return list(cases)
    case = cases[0]
    above = case.first - 1
    if case.header or above < 0 or infos[above].kind is K.BLANK:
        return list(cases)
    if place_label(infos[above].text, rules) is None:
        return list(cases)
    return [attrs.evolve(case, first=above, header=(above,))]


__all__ = ["label_above", "one_case"]
