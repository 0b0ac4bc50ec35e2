"""A place field naming the header's city with one of its wards (decision 2360).

A case's heading may name the city (``## 事例2　福岡県北九州市``) and its facts table the
ward of that city the partnership is with (``| 市区町村 | 北九州市八幡西区 |``). The header
reads the first place it meets; the field, naming the same city more narrowly, is the
municipality as the facts give it.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.fields import read_field
from jirei.header import Field, HeaderFields
from jirei.lines import Line
from jirei.places import municipality_in, split_prefecture
from jirei.rules import DEFAULT_RULES, Rules


def with_ward(
    header: HeaderFields, lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> HeaderFields:
    """``header`` with its municipality narrowed to the city-and-ward a place field of
    ``lines`` names (the header's city, then a ward of it), else ``header`` itself."""
    current = header.fields.get("municipality")
    if current is None or not isinstance(current.value, str):
        return header
    city = current.value
    for line in lines:
        field = read_field(line, rules)
        if field is None or field.kind != "place":
            continue
        _prefecture, rest = split_prefecture(field.value.strip())
        if len(rest) <= len(city) or not rest.startswith(city):
            continue
        if municipality_in(rest) != rest or not rest.endswith("区"):
            continue
        at = field.start + field.value.index(rest)
        fields = {**header.fields, "municipality": Field(rest, at, at + len(rest))}
        return HeaderFields(fields, header.hello_work, header.asides)
    return header


__all__ = ["with_ward"]
