"""An overview section made only of field lines (``◇施設の概要`` over ``設置自治体：…``,
``名称：…``, ``オープン：…``; decision 851): the case's header facts written inside the body
rather than next to the header. Read only when every non-blank line of the section is a
field line naming a header field, so an aside of prose keeps its text untouched.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.fields import FieldLine, read_fields
from jirei.header import HeaderFields, header_from_fields
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules

#: field kinds that are no header fact (``設置場所``: kept under unclassified)
_NOT_HEADER = frozenset({"aside"})


def overview_header(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> HeaderFields | None:
    """The header facts of an aside section whose every line is a field line (two or more
    of them, at least one naming the place, an office or the facility), else None."""
    found: list[FieldLine] = []
    for line in lines:
        if line.blank:
            continue
        if ":" not in line.text and "\t" not in line.text and "  " not in line.text:
            return None  # cheap: a field line parts its label from its value
        fields = read_fields(line, rules)
        if not fields:
            return None
        found.extend(field for field in fields if field.kind not in _NOT_HEADER)
    kinds = {field.kind for field in found}
    if len(found) < 2 or not kinds & {"place", "offices", "hello_work", "facility"}:
        return None
    header = header_from_fields(found, rules)
    return header if header.fields or header.hello_work else None


__all__ = ["overview_header"]
