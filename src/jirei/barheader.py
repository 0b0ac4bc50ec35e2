"""A header written as a place and its offices on one line, a bar between them (an
infographic's ``北海道釧路市　｜　北海道労働局・ハローワーク釧路``; decision 96).

The place is a prefecture and a municipality (``jirei.plainheader.is_place_line``); after
the bar (``｜``, ``|`` after NFKC) the labour bureau and / or Hello Work office(s)
(``is_office_line``). Nothing else stands on the line. The facility line after it
(``name（kind）　開設：H27.4.1``) is read as the rest of a label header's lines.
"""

from __future__ import annotations

import regex

from jirei.plainheader import is_office_line, is_place_line
from jirei.rules import DEFAULT_RULES, Rules

# the bar may be a slash (``大阪府堺市　／　大阪労働局　／　ハローワーク堺``, decision 300)
_BAR_LINE = regex.compile(
    r"^\s*(?P<place>[^|/\s][^|/]*?)\s*[|/]\s*(?P<offices>[^|/\s][^|]*?)\s*$"
)


def bar_header(text: str, rules: Rules = DEFAULT_RULES) -> regex.Match[str] | None:
    """The match of a bar header line (groups ``place`` and ``offices``), else None."""
    if "|" not in text and "/" not in text:  # cheap precheck
        return None
    match = _BAR_LINE.match(text)
    if match is None:
        return None
    if not is_place_line(match["place"]) or not is_office_line(match["offices"], rules):
        return None
    return match


__all__ = ["bar_header"]
