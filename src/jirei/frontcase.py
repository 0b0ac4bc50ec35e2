"""A report's cover read as a case: the first case that is only front matter (decision 1741).

A cover's title and its subtitle can look like a case's headline over a section heading
(``好　事　例　集`` over ``（平成２５年度実績）``, a results heading by its word), so the case
rules open a case there and the cover, the contents list and the foreword become a profile.
Such a "case" is opened by a headline alone while the case after it has a header of its
own, and it states nothing a case states: no comment, no initiatives, other results or
comments heading, no table row, bullet or results line stating a figure with a count unit.
Its lines then belong to no case. The same holds between two cases with headers (a
compilation of editions: the next edition's cover after a case).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import attrs
import regex

from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: a figure with a count unit (``342人``, ``114.0%``): what a case's results state
_FIGURE = regex.compile(r"[0-9０-９][0-9,.]*\s*(?:人|件|名|社|%|％|パーセント|回|か所|箇所)")

#: a line stating a result: a target, an actual or a rate word
_RESULT_WORDS = regex.compile(r"目標|実績|達成|就職者|支援対象|就職率")
#: section kinds only a case has
_CASE_SECTIONS = frozenset({"initiatives", "other_results", "comments"})

C = TypeVar("C")


def _states_nothing(infos: Sequence[LineInfo], first: int, stop: int) -> bool:
    """Whether lines ``[first, stop)`` hold no comment, no heading of a case's initiatives,
    other results or comments, and no table row, bullet or results line stating a figure
    with a count unit (a foreword's ``全国２００か所`` is no result; a guide's bullets
    ``・各事例は、…の順に記載`` state none; the rows of a year-on-year table, an office's
    statistics, state none either: decision 3362; nor do the lines under an aside heading, a
    report's own overview of its area (``１．事業の概要`` with the area's totals, 3634))."""
    compared = False  # the rows under a year-on-year head row (decision 3362)
    aside = False  # under an aside heading: the report's own overview (decision 3634)
    for info in infos[first:stop]:
        kind = info.kind
        if kind is not K.TABLE:
            compared = False
        if kind is K.BLANK:
            continue
        if kind is K.SECTION or kind is K.HEADER:
            aside = info.section == "aside"
        if aside and kind is not K.COMMENT:
            continue  # (``１．事業の概要``: the area's totals are no case's results)
        if kind is K.TABLE and (compared or _year_on_year(info.line)):
            compared = True  # an office's statistics compared with the year before
            continue
        if kind is K.COMMENT:
            return False
        if kind is K.SECTION and info.section in _CASE_SECTIONS:
            return False
        if (
            kind is K.TABLE or kind is K.BULLET or _RESULT_WORDS.search(info.text) is not None
        ) and _FIGURE.search(info.text) is not None:
            return False
    return True


#: the column roles of a year-on-year head row (``<TAB>平成28年度<TAB>平成29年度<TAB>前年度比``)
_COMPARED_ROLES = frozenset({"year", "previous"})


def _year_on_year(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table row is the head of a year-on-year table (decision 3362): its cells
    years and a comparison with the year before (``前年度比``) and no column of a case's
    results (目標, 実績, 達成率) — an office's own statistics (a 業務概要's 職業紹介 table), no
    case's results."""
    from jirei.lines import cell_texts
    from jirei.tables.cells import column_role

    roles = {column_role(text, rules) for text in cell_texts(line) if text.strip()}
    return "previous" in roles and roles <= _COMPARED_ROLES


def drop_front_case(infos: Sequence[LineInfo], cases: list[C]) -> list[C]:
    """``cases`` without the cases that are a cover (see the module): the first case, or a
    case between two cases with headers (a compilation's next part's cover)."""
    if len(cases) < 2:
        return cases
    out: list[C] = []
    for number, case in enumerate(cases):
        after = cases[number + 1] if number + 1 < len(cases) else None
        before = cases[number - 1] if number else None
        if (
            after is not None
            and case.origin == "rules"  # type: ignore[attr-defined]
            and not case.header  # type: ignore[attr-defined]
            and not case.alt_header  # type: ignore[attr-defined]
            and after.header  # type: ignore[attr-defined]
            and (before is None or before.header)  # type: ignore[attr-defined]
            and _states_nothing(infos, case.first, case.stop)  # type: ignore[attr-defined]
        ):
            if out and before is not None and out[-1] is before:
                # the cover's lines above its title (its paragraph) end the case before
                start = case.first  # type: ignore[attr-defined]
                while start - 1 > before.body and infos[start - 1].kind is not K.BLANK:  # type: ignore[attr-defined]
                    start -= 1
                out[-1] = attrs.evolve(before, stop=start)  # type: ignore[misc]
            continue
        out.append(case)
    return out


__all__ = ["drop_front_case"]
