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
    line = _bracket_line(lines, rules)
    if line is None:
        return header
    read = read_header(text, [line], rules)
    if line is lines[0] and not _labelled(line, rules) and not _PLACES & set(read.fields):
        return header  # (a first line of two brackets naming no place is no bracket header)
    fields = dict(header.fields)
    for name in ("facility_name", "facility_type"):
        if name not in fields and name in read.fields:
            fields[name] = read.fields[name]
    if len(fields) == len(header.fields):
        return header
    return attrs.evolve(header, fields=fields)


def _bracket_line(lines: Sequence[Line], rules: Rules) -> Line | None:
    """The opening's bracket header line: the first line, a bracketed label before the
    bracket header, or two brackets the first of which names the case's place (its case
    label on the line above, the header read for facts by shape: decision 2953); else a
    later line of the opening opening with two brackets (the label
    ``事例1　大阪府堺市 × ハローワーク堺`` and the headline above it, decision 2257)."""
    for number, line in enumerate(lines[:_REACH]):
        first = line.text.lstrip()
        if not first.startswith("【"):
            continue
        if number == 0 and _labelled(line, rules):
            if first.count("【") >= 3:
                return line
        elif first.count("【") >= 2 and "】" in first:
            return line  # (first, unlabelled: its label on the line above it, 2953)
    return None


def _labelled(line: Line, rules: Rules) -> bool:
    """Whether ``line`` opens with a case label (``【事例２】``)."""
    from jirei.caselabel import label_length

    return bool(label_length(line.text.lstrip(), rules))


#: the facts a first bracket header line with no label on it states one of: its place
_PLACES = frozenset({"prefecture", "municipality"})


#: how many opening lines may stand above the bracket header
_REACH = 4

__all__ = ["with_bracket_header"]
