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
    label = ""  # the label of the field line above, for a value under a blank label
    for line in lines:
        if line.blank:
            continue
        if ":" not in line.text and "\t" not in line.text and "  " not in line.text:
            return None  # cheap: a field line parts its label from its value
        fields = read_fields(line, rules)
        under = _under_label(line, label) if not fields else None
        if under is not None:  # a value under a blank label continues the label above
            fields = read_fields(under, rules)
        else:
            label = _label(line)
        if not fields:
            return None
        found.extend(field for field in fields if field.kind not in _NOT_HEADER)
    kinds = {field.kind for field in found}
    if len(found) < 2 or not kinds & {"place", "offices", "hello_work", "facility"}:
        return None
    header = header_from_fields(found, rules)
    return header if header.fields or header.hello_work else None


def _under_label(line: Line, label: str) -> Line | None:
    """``line`` with the label above written into its blank label cell, offsets kept (a
    label cell spanning several rows: ``連携機関　愛知労働局`` over ``　　　　　ハローワーク豊橋``;
    decision 1183), else None."""
    stripped = line.text.lstrip()
    lead = len(line.text) - len(stripped)
    if not label or lead < len(label) + 2:
        return None
    return Line(line.text[: lead - len(label) - 2] + label + "  " + stripped, line.start)


def _label(line: Line) -> str:
    """The label of a field line (the text before its colon or its wide gap)."""
    return line.text.strip().split("  ", 1)[0].split(":", 1)[0].strip()


__all__ = ["overview_header"]
