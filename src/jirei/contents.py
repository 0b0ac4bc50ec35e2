"""The parts a report's contents list names, and where they end a case.

A contents list before the first case (a run of three or more lines, most of them ending
in a page number — ``労働局からのお知らせ　　10`` — or two or more of them case labels —
``事例Ａ　青森県八戸市``) names the report's parts. An entry that is no case label names a
part that is not a case (a notice, an appendix ``付表　…``, a questionnaire): where a line
of that text stands again after the last case's body, that case ends there, so the back
matter belongs to no case. (Between cases such a part is left to the case rules.)
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: an entry with its page number after a gap or leaders (``労働局からのお知らせ　　10``)
_PAGED = regex.compile(r"^(?P<title>\S.*?)(?:\s{2,}|\s*[.…・‥]{3,}\s*)(?:p\.?\s*)?\d{1,3}$")
#: the fewest lines of a contents list
_MIN_ENTRIES = 3
#: the shortest entry text that may end a case (characters, spaces removed)
_MIN_TEXT = 4
_SPACES = regex.compile(r"\s+")
_DIGIT = regex.compile(r"\d")


def _paged(text: str) -> regex.Match[str] | None:
    """``_PAGED.match(text)``, tried only on a text ending in a digit (``_DIGIT``: the same
    ``\\d``): the lazy title otherwise retries every length of a long line before failing."""
    return _PAGED.match(text) if text and _DIGIT.match(text[-1]) is not None else None


def _compact(text: str) -> str:
    return _SPACES.sub("", text)


def _numbered(run: Sequence[str], rules: Rules) -> list[bool]:
    """Which lines of ``run`` open with a heading number (``rules.heading_numbers``) one more
    than the number of the numbered line before them (``1. 巻頭`` ``2. 事例紹介`` ``3. お知らせ``:
    a contents list without page numbers, decision 2708)."""
    from jirei.headings import heading_number

    out: list[bool] = []
    last: int | None = None
    for text in run:
        number = heading_number(text, rules)
        out.append(number is not None and (last is None or number == last + 1))
        if number is not None:
            last = number
    return out


def part_entries(
    infos: Sequence[LineInfo], stop: int, rules: Rules = DEFAULT_RULES
) -> frozenset[str]:
    """The texts (spaces removed) of the contents entries before line ``stop`` that are no
    case labels; empty when no contents list stands there."""
    from jirei.caselabel import label_length

    entries: set[str] = set()
    run: list[str] = []
    for info in (*infos[:stop], None):
        if info is not None and info.kind is not K.BLANK:
            run.append(info.line.text.strip())
            continue
        if len(run) >= _MIN_ENTRIES:
            paged = [_paged(text) for text in run]
            labelled = [bool(label_length(text, rules)) for text in run]
            numbered = _numbered(run, rules)
            if (
                sum(m is not None for m in paged) >= len(run) - 1
                or sum(labelled) >= 2
                or sum(numbered) >= max(_MIN_ENTRIES, len(run) - 1)
            ):
                for text, page, label in zip(run, paged, labelled, strict=True):
                    title = page.group("title") if page is not None else text
                    if not label and len(_compact(title)) >= _MIN_TEXT:
                        entries.add(_compact(title))
        run = []
    return frozenset(entries)


def end_at_parts(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases`` with the last case ending at the first line after its body that repeats a
    contents entry naming no case (see the module): the back matter after the cases."""
    out = list(cases)
    if not out:
        return out
    entries = part_entries(infos, out[0].first, rules)  # type: ignore[attr-defined]
    if not entries:
        return out
    last = out[-1]
    for index in range(last.body + 1, last.stop):  # type: ignore[attr-defined]
        info = infos[index]
        if info.kind is not K.BLANK and _compact(info.line.text) in entries:
            out[-1] = attrs.evolve(last, stop=index)
            break
    return out


__all__ = ["end_at_parts", "part_entries"]
