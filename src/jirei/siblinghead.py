"""The chapter the cases stand under ends where the next chapter of its kind begins
(decision 1992): cases listed under ``■備考（取組事例：…）`` end at the next ``■`` heading
(``■点検・改善結果``), which belongs to the document, not to the last case.

The chapter heading is the last line above the first case (a few lines up at most) that
opens with a chapter mark (``[sub_entries] chapter_marks`` of ``header.toml``: ``■``, ``◆`` …);
the last case ends at the first line after its opening, at the margin, that opens with the
same mark, when no case before it holds a line opening with that mark (a mark the cases
use inside them, ``◆開催日時`` in minutes, is no chapter's).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs
import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: how far above the first case its chapter heading may stand (non-blank lines)
_ABOVE = 4


def end_at_sibling_head(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases`` with the last one ended at its chapter's next sibling heading."""
    marks = tuple(rules.chapter_marks)
    if not cases or not marks:
        return list(cases)
    first = getattr(cases[0], "first", None)
    last = cases[-1]
    if first is None or not hasattr(last, "stop"):
        return list(cases)
    mark = None
    seen = 0
    for index in range(first - 1, -1, -1):
        text = infos[index].line.text.lstrip("\f")
        if infos[index].kind is K.BLANK:
            continue
        seen += 1
        if text.startswith(marks):
            mark = next(m for m in marks if text.startswith(m))
            break
        if seen >= _ABOVE:
            break
    if mark is None:
        return _end_at_next_number(infos, cases, first)
    for case in cases[:-1]:  # a mark the cases use inside them is no chapter's
        start, stop = getattr(case, "first", 0), getattr(case, "stop", 0)
        if any(infos[i].line.text.lstrip("\f").startswith(mark) for i in range(start, stop)):
            return list(cases)
    for index in range(last.body, last.stop):  # type: ignore[attr-defined]
        if infos[index].line.text.lstrip("\f").startswith(mark):
            stop = index
            while stop > last.body and infos[stop - 1].kind is K.BLANK:  # type: ignore[attr-defined]
                stop -= 1
            return [*cases[:-1], attrs.evolve(last, stop=max(stop, last.body))]  # type: ignore[attr-defined]
    return list(cases)


#: a numbered chapter heading at the margin (``３　一体的実施事業の実施状況``, ``4. …``)
_NUMBERED = regex.compile(
    r"^(?P<n>[0-9０-９]{1,2})(?:[\s\u3000]+|[.．、][\s\u3000]*)(?P<rest>\S.{0,38})$"
)


def _number_of(text: str) -> int | None:
    """The number of a numbered chapter heading (``_NUMBERED``, no sentence), else None."""
    match = _NUMBERED.match(text.lstrip("\f").rstrip())
    if match is None or match["rest"].rstrip().endswith("。"):
        return None
    return int(unicodedata.normalize("NFKC", match["n"]))


def _end_at_next_number(
    infos: Sequence[LineInfo], cases: Sequence[object], first: int
) -> list[object]:
    """``cases`` with the last one ended at the chapter heading numbered next after the one
    the cases stand under (``３　一体的実施事業の実施状況`` … ``４　その他の連携事業``,
    decision 2988); the cases as they are when no numbered heading stands right above the
    first case, the next number heads a section of a case's body (``１　対象者`` …
    ``２　主な取組``), or a case opens with a heading so numbered (the numbers are the
    cases')."""
    number = None
    seen = 0
    for index in range(first - 1, -1, -1):
        if infos[index].kind is K.BLANK:
            continue
        seen += 1
        number = _number_of(infos[index].line.text)
        if number is not None or seen >= _ABOVE:
            break
    if number is None:
        return list(cases)
    if any(_number_of(infos[getattr(c, "first", 0)].line.text) is not None for c in cases):
        return list(cases)
    last = cases[-1]
    for index in range(last.body, last.stop):  # type: ignore[attr-defined]
        if _number_of(infos[index].line.text) == number + 1:
            if infos[index].kind is K.SECTION:  # ``２　主な取組``: the case's own sections
                return list(cases)
            stop = index
            while stop > last.body and infos[stop - 1].kind is K.BLANK:  # type: ignore[attr-defined]
                stop -= 1
            return [*cases[:-1], attrs.evolve(last, stop=max(stop, last.body))]  # type: ignore[attr-defined]
    return list(cases)


__all__ = ["end_at_sibling_head"]
