"""Case boundaries from the report's repeated structure, when no label marks them: every
case of a report opens its body with the same kind of section (取組内容 and its aliases),
so an opening section that comes again after a case had its results or comments starts
the next case.

The new case's opening block is read upwards from that section heading: the fact lines
right above it (``jirei.facts.is_fact_line``; blank lines between them allowed), then one
headline above them (a short line that is no sentence). Cases found by the case rules stay
as they are; only a case holding several such openings is cut.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.facts import is_fact_line
from jirei.harvest import is_box_head
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo, ends_sentence, strip_hash
from jirei.segment import Case

#: section kinds after which an opening section starts a new case
_CLOSING = frozenset({"results", "other_results", "comments"})
_MAX_HEADLINE = 100
#: a line stating a target or an actual figure: the case had its results
_RESULT_LINE = regex.compile(r"(?:目標|実績)\s*[:：]?\s*[0-9][0-9,.]*\s*(?:人|件|名|%)")
#: a line wholly in quotes (a comment's text): no headline of the next case
_QUOTED = regex.compile(r"^\s*(?:「[^「」]*」|『[^『』]*』)\s*$")
#: the most lines an opening block read upwards may hold
_MAX_OPENING = 12
#: the fact lines a case with no headline needs over its opening section to open it while
#: the case before is still open (one lone date or office line is no case's opening)
_MIN_BARE_FACTS = 2


def split_repeated(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object] | None:
    """``cases`` with every case cut where its structure repeats, else None (no cut)."""
    out: list[object] = []
    cut = False
    floor = -1
    for case in cases:
        pieces = _split(infos, case, floor, rules)
        cut = cut or len(pieces) > 1
        out.extend(pieces)
        floor = case.stop - 1  # type: ignore[attr-defined]
    return out if cut else None


def _split(infos: Sequence[LineInfo], case: object, floor: int, rules: Rules) -> list[object]:
    assert isinstance(case, Case)
    guessed = case.origin == "fallback" and not case.header  # its opening may stand above
    opening = _opening_kind(infos, floor + 1 if guessed else case.first, case.stop)
    if opening is None:
        return [case]
    if guessed:
        case = _reopened(infos, case, opening, floor, rules)
    lower = floor  # the line above which no opening of this case is read
    starts: list[Case] = []
    closed = False
    floor = case.body
    # a case that opened its body with the opening section may be followed, before any
    # results, by the next case's whole opening (facts, headline, section; decision 3546)
    introduced = infos[case.body].kind is K.SECTION and infos[case.body].section == opening
    for index in range(case.body + 1, case.stop):
        info = infos[index]
        if info.kind is K.COMMENT or (info.kind is K.SECTION and info.section in _CLOSING):
            closed = True
        elif (
            not closed and info.kind in (K.TEXT, K.TABLE) and _RESULT_LINE.search(info.text)
        ):  # ``就職者数　目標180人　実績190人`` under a heading no table lists (decision 1398)
            closed = True
        elif info.kind is K.SECTION and info.section == opening and (closed or introduced):
            found = _opening_block(infos, floor, index, rules)
            if found is not None and (closed or _whole(found)):
                starts.append(found)
                floor, closed = index, False
    if not starts:
        return [case]
    if not case.header and case.headline == case.first and lower < case.first:
        # the first case of the repeated openings takes the fact lines over its headline,
        # as the later ones do (``鹿児島県鹿児島市｜…`` over it; decision 3551)
        own = _opening_block(infos, lower, case.body, rules)
        if (
            isinstance(own, Case)
            and (own.headline == case.headline or case.headline in own.header)
            and (_whole(own) or len(own.header) >= _MIN_BARE_FACTS)
        ):  # (its facility line, read as its headline, a fact line of its opening)
            whole = _whole(own)  # (a part heading over the facts is no headline)
            case = attrs.evolve(
                case,
                first=own.first if whole else own.header[0],
                header=own.header,
                headline=own.headline if whole else None,
                origin="structure",
            )
    pieces: list[Case] = [attrs.evolve(case, stop=starts[0].first)]
    for number, start in enumerate(starts):
        stop = starts[number + 1].first if number + 1 < len(starts) else case.stop
        pieces.append(attrs.evolve(start, stop=stop))
    return pieces


def _opening_kind(infos: Sequence[LineInfo], start: int, stop: int) -> str | None:
    """The kind that opens every case: the first section kind of lines ``[start, stop)``
    that is no closing kind, when it comes twice or more."""
    opening: str | None = None
    seen = False  # (the first non-closing kind found, possibly None)
    for index in range(start, min(stop, len(infos))):  # no slice, stop at a second one
        info = infos[index]
        if info.kind is not K.SECTION:
            continue
        kind = info.section
        if not seen:
            if kind not in _CLOSING:
                if kind is None:
                    return None
                opening, seen = kind, True
        elif kind == opening:
            return opening
    return None


def _reopened(
    infos: Sequence[LineInfo], case: object, opening: str, floor: int, rules: Rules
) -> object:
    """A case the fallback found without its header, opened instead at its opening
    section (the first one in it before any closing section, else the one right above it)
    and the opening block above that section, when there is one."""
    first = case.first  # type: ignore[attr-defined]
    for index in range(first, case.stop):  # type: ignore[attr-defined]
        info = infos[index]
        if info.kind is K.SECTION and info.section == opening:
            found = _opening_block(infos, floor, index, rules)
            if found is None or found.first > first:  # type: ignore[attr-defined]
                return case
            return attrs.evolve(found, stop=case.stop)  # type: ignore[attr-defined]
        if info.kind is K.COMMENT or (info.kind is K.SECTION and info.section in _CLOSING):
            break
    for index in range(first - 1, floor, -1):
        info = infos[index]
        if info.kind is K.SECTION and info.section == opening:
            found = _opening_block(infos, floor, index, rules)
            if found is None:
                return case
            return attrs.evolve(found, stop=case.stop)  # type: ignore[attr-defined]
        if info.kind is K.SECTION or info.kind is K.COMMENT:
            return case
    return case


def _opening_block(
    infos: Sequence[LineInfo], floor: int, heading: int, rules: Rules
) -> object | None:
    """The case whose body starts at ``heading``, its opening block read upwards (not
    above ``floor``); None when no headline or fact line stands right above it."""
    from jirei.segment import Case

    facts: list[int] = []
    headline: int | None = None
    index = heading - 1
    while index > floor and heading - index <= _MAX_OPENING:
        info = infos[index]
        if info.kind is K.BLANK:
            index -= 1
            continue
        text = strip_hash(info.text)
        if info.kind is K.TABLE and text.rstrip(" |").endswith("。"):
            break  # a speaker | remark row of the comments above, no fact (decision 2076)
        if headline is None and is_fact_line(text, rules) and info.kind is not K.SECTION:
            facts.insert(0, index)
        elif headline is None and facts and is_box_head(text, rules):
            pass  # ``施設データ`` over the facts: the box's heading, no headline (2497)
        elif (
            info.kind in (K.TEXT, K.HEADING)
            and 0 < len(text) <= _MAX_HEADLINE
            and not ends_sentence(text)
            and _QUOTED.match(text) is None  # a comment's 「…。」 is no headline (1865)
        ):
            headline = index
            break
        else:
            break
        index -= 1
    if headline is None and not facts:
        return None
    first = headline if headline is not None else facts[0]
    if headline is not None:  # ``■京都府宇治市 × ハローワーク宇治`` over the catch phrase (2497)
        above = headline - 1
        while above > floor and infos[above].kind is K.BLANK:
            above -= 1
        if (
            above > floor
            and infos[above].kind in (K.TEXT, K.HEADING, K.HEADER)
            and not ends_sentence(infos[above].text)
            and is_fact_line(strip_hash(infos[above].text), rules)
        ):
            facts.insert(0, above)
            first = above
            above -= 1  # the run of fact lines over it (``所在地:…`` / ``施設名:…``; 3547)
            while (
                above > floor
                and len(facts) < _MAX_OPENING
                and infos[above].kind in (K.TEXT, K.HEADING, K.HEADER, K.TABLE)
                and not ends_sentence(infos[above].text)
                and is_fact_line(strip_hash(infos[above].text), rules)
            ):
                facts.insert(0, above)
                first = above
                above -= 1
    return Case(first, first, tuple(facts), headline, (), heading, origin="structure")


def _whole(found: object) -> bool:
    """Whether an opening block read upwards is a case's whole opening: header facts over
    a headline over the opening section (the next case introduced before any results), or
    two fact lines or more right over the section (a case with no headline; 3552)."""
    assert isinstance(found, Case)
    if found.headline is None:
        return len(found.header) >= _MIN_BARE_FACTS
    return bool(found.header) and found.header[0] < found.headline


__all__ = ["split_repeated"]
