"""The fiscal year a chapter line gives every case below it (decision 200).

A line before the first case that ends in a bracketed results caption naming a fiscal year
(``第２章　各施設の取組（平成２５年度実績）``, ``（令和元年度の実績）``) is document furniture
naming the year the results below it report. A case whose results name no year takes it.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from jirei import values
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import LineInfo
from jirei.tables.cells import column_role

_BRACKET_END = regex.compile(r"\((?P<inner>[^()]{2,30})\)\s*$")


@frozen
class ChapterYear:
    """A chapter line's fiscal year and where it is written (normalised offsets)."""

    year: int
    start: int
    end: int


def chapter_year(
    lines: Sequence[LineInfo], first_case: int, era: str | None, rules: Rules = DEFAULT_RULES
) -> ChapterYear | None:
    """The fiscal year of the last chapter line before line ``first_case`` (the first
    case's first line), else None. ``era`` is the era a bare year takes."""
    for info in reversed(lines[:first_case]):
        match = _BRACKET_END.search(info.text)
        if match is None:
            continue
        inner = match.group("inner").strip()
        for found in values.find_fiscal_years(inner, era=era, rules=rules):
            rest = inner[found.end :].lstrip("の ")
            if found.start == 0 and rest and column_role(rest, rules) == "actual":
                at = info.line.start + match.start("inner") + (len(match.group("inner")) - len(
                    match.group("inner").lstrip()
                ))
                return ChapterYear(int(found.value.year), at + found.start, at + found.end)
            break
    return None


__all__ = ["ChapterYear", "chapter_year"]
