"""A case label in brackets before a bracket header on one line (decision 1990):
``【事例２】【福島県郡山市】【福島労働局・ハローワーク郡山】name（常設窓口）date事業開始``.
The label opens the case (``jirei.labelcases``), whose opening is read for facts by shape;
the facility's name and kind after the brackets are read as a bracket header reads them."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from jirei.header import HeaderFields, read_header
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules


def with_bracket_header(
    text: str, lines: Sequence[Line], header: HeaderFields, rules: Rules = DEFAULT_RULES
) -> HeaderFields:
    """``header`` with the facility name and kind its first line states as a bracket
    header after a bracketed case label, when it lacks them."""
    first = lines[0].text.lstrip()
    if not first.startswith("【") or first.count("【") < 3:
        return header
    from jirei.caselabel import label_length

    if not label_length(first, rules):
        return header
    read = read_header(text, [lines[0]], rules)
    fields = dict(header.fields)
    for name in ("facility_name", "facility_type"):
        if name not in fields and name in read.fields:
            fields[name] = read.fields[name]
    if len(fields) == len(header.fields):
        return header
    return attrs.evolve(header, fields=fields)


__all__ = ["with_bracket_header"]
