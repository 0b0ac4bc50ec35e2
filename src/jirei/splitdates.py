"""Dates cut at a line break, as PDF extraction gives them when a date wraps in its box
(``平成26年4月`` / ``1日事業開始``, ``令和元年`` / ``10月1日開設``, ``2019年4`` / ``月1日``),
read as one line: the line break between the two parts becomes a space, so the text keeps its
length and every character still points at its own original character (decision 1655).

A break is joined only when the line before it ends in the first part of a date (an era of
the rules or a four-digit year, then ``年`` and perhaps the month, nothing after it but
spaces), the line after it opens with exactly the part that is missing and ends in ``日``
(``1日``, ``10月1日``, ``月1日``) with no word after it that makes it a count of days
(``1日当たり``, ``3日間``: ``split_date_not_after`` of ``harvest.toml``), and the two read
together as a date that exists. A line that
ends in a whole date, a fiscal year (``平成26年度``) or a year alone over a line that is no
date's rest is never joined.
"""

from __future__ import annotations

import regex

from jirei.errors import ValueParseError
from jirei.linescan import hit_lines, space_line_breaks
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values._text import DIGIT, SP
from jirei.values.dates import era_spellings, parse_date

_PART = rf"(?:{DIGIT}{{1,2}}|[〇一二三四五六七八九十]{{1,3}})"
_ERA_YEAR = rf"(?:元|{DIGIT}{{1,2}}|[〇一二三四五六七八九十]{{1,4}})"
_ENDS = ("年", "月", *"〇一二三四五六七八九十")
#: what the next line must open with, by how the line before ends
_REST = {
    "year": regex.compile(rf"^{SP}*{_PART}{SP}*月{SP}*{_PART}{SP}*日"),
    "month": regex.compile(rf"^{SP}*{_PART}{SP}*日"),
    "number": regex.compile(rf"^{SP}*月{SP}*{_PART}{SP}*日"),
}


@per_rules
def _head_pattern(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """A date's first part at the end of a line (its year, perhaps its month or month figure)."""
    eras = "|".join(regex.escape(e) for e in sorted(era_spellings(rules), key=len, reverse=True))
    return regex.compile(
        rf"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?:(?:{eras}){SP}*{_ERA_YEAR}|{DIGIT}{{4}}){SP}*年"
        rf"(?:{SP}*(?P<month>{_PART})(?P<mark>{SP}*月)?)?{SP}*$"
    )


def _could_end_a_part(line: str) -> bool:
    """The cheap per-line precheck: the line ends in ``年``, ``月`` or a figure."""
    core = line.rstrip(" \u3000")
    return bool(core) and (core[-1] in _ENDS or core[-1].isdigit())


def _joined(line: str, following: str, rules: Rules) -> bool:
    head = _head_pattern(rules).search(line)
    if head is None:
        return False
    kind = "year" if head["month"] is None else "month" if head["mark"] else "number"
    rest = _REST[kind].match(following)
    if rest is None:
        return False
    after = following[rest.end() :].lstrip(" \u3000")
    if after.startswith(tuple(rules.harvest_table.get("split_date_not_after", ()))):
        return False
    try:
        parse_date(head.group(0).strip() + rest.group(0).strip(), rules)
    except (ValueParseError, ValueError, KeyError):
        return False
    return True


def join_split_dates(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each line break that cuts a date replaced by a space (same length)."""
    joins: list[int] = []
    # only a line holding ``年`` and after it nothing but a month, figures and spaces can
    # end in a date's first part (``_head_pattern``)
    for index, start, end in hit_lines(text, _YEAR_MARK):
        if end == len(text):  # the last line: no line break after it
            break
        line = text[start:end]
        if _could_end_a_part(line):
            stop = text.find("\n", end + 1)
            following = text[end + 1 : stop if stop >= 0 else len(text)]
            if _joined(line, following, rules):
                joins.append(index)
    if not joins:
        return text
    return space_line_breaks(text, text.split("\n"), joins)


#: what every line ending in a date's first part holds: ``年``, then to the line's end only
#: what ``_head_pattern`` lets follow it (spaces, a month's figures, ``月``)
_YEAR_MARK = regex.compile(r"年[ \u30000-9０-９〇一二三四五六七八九十月]*(?=\n|\Z)")


__all__ = ["join_split_dates"]
