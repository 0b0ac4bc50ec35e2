"""A header opened by a line holding only a case label and a place (``（１）札幌市``,
``２－１　栃木県那須塩原市``; decisions 47, 201): the place gives prefecture and
municipality; the lines after it (facility, kind and start date, offices after a label of
any name) are read as the fallback segmentation reads a header."""

from __future__ import annotations

from collections.abc import Sequence

from jirei.caselabel import place_label
from jirei.header import Field, HeaderFields, header_patterns, read_offices, read_place
from jirei.lines import Line
from jirei.plainheader import is_office_line
from jirei.rules import DEFAULT_RULES, Rules


def read_place_label(
    text: str, lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> HeaderFields:
    """The header fields of ``lines`` (of the normalised ``text``), the first a place-label
    line."""
    fields: dict[str, Field] = {}
    first = lines[0]
    found = place_label(first.text, rules)
    if found is not None:
        start, end = found
        read_place(first.text[start:end], first.start + start, fields)
    if len(lines) == 1:
        return HeaderFields(fields)
    from jirei.fallback import read_fallback_header

    offices: list[Field] = []
    others: list[Line] = []
    for line in lines[1:]:  # ``宮城労働局・ハローワーク古川`` (decision 211)
        stripped = line.stripped
        if not offices and ":" not in stripped and is_office_line(stripped, rules):
            at = line.start + len(line.text) - len(line.text.lstrip())
            read_offices(stripped, at, header_patterns(rules), fields, offices)
        else:
            others.append(line)
    # the other lines: fields of any label, facility + date lines
    rest = read_fallback_header(text, others, rules)
    return HeaderFields(
        {**rest.fields, **fields}, tuple(offices) or rest.hello_work, rest.asides
    )


__all__ = ["read_place_label"]
