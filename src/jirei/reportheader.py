"""The header facts a meeting's record gives (decisions 2430-2449, branch minutes11).

Minutes and round tables name their facility in the agenda item or in the report
(``①　しごとサポートやまがた（一体的実施施設）の令和４年度事業実績について``) and say its start
date in the secretariat's or the speaker's turn (``令和元年１０月１日に市役所本庁舎内で開設し``,
``平成３０年７月２日の開設以来``). The meeting's own name (``…運営協議会（令和５年度第１回）
議事録``) is the record's title, no headline of the case. A case holding meeting turns (see
:mod:`jirei.reportturns`) takes these facts where no other reading gave them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex
from attrs import frozen

from jirei.model import Profile, Span
from jirei.reportturns import Turn, _index, turns
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values.dates import find_dates

Locate = Callable[[int, int], Span]


@frozen
class _Patterns:
    record: regex.Pattern[str]
    facility: regex.Pattern[str]
    start: regex.Pattern[str]


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@per_rules
def _patterns(rules: Rules = DEFAULT_RULES) -> _Patterns:
    table = rules.figures_table
    records = table.get("minutes", {}).get("record_words", ())
    starts = (*table.get("prose", {}).get("start_words", ()), *rules.start_markers)
    return _Patterns(
        record=regex.compile(rf"(?:{_alt(records)})(?:\([^()]{{1,10}}\))?$"),
        facility=regex.compile(
            r"(?:(?<=^|[\s、。:/「])|(?<=^[ \t]*[0-9]{1,2}))"
            r"(?P<name>[^\s「」『』、。()【】/:・0-9][^\s「」『』、。()【】/:・]{2,29})[」』]?"
            rf"\((?P<kind>{_alt(rules.facility_types)})\)",
            regex.M,
        ),
        start=regex.compile(_alt(starts)),
    )


def _start(
    text: str, report: Sequence[Turn], pats: _Patterns, rules: Rules
) -> tuple[object, int, int] | None:
    """The first date a report turn says its facility started on (a start word after the
    date in the same sentence)."""
    for turn in report:
        pos = turn.start
        while pos < turn.end:
            stop = text.find("。", pos, turn.end)
            stop = turn.end if stop < 0 else stop
            sentence = text[pos:stop]
            for found in find_dates(sentence, rules):
                if pats.start.search(sentence, found.end):
                    return found.value, pos + found.start, pos + found.end
            pos = stop + 1
    return None


def with_report_header(
    profiles: Sequence[Profile], text: str, locate: Locate, rules: Rules = DEFAULT_RULES
) -> list[Profile]:
    """``profiles`` with each case holding meeting turns losing the meeting's name as its
    title and taking its facility and start date from its agenda and report."""
    found = turns(text, rules)
    if not any(t.kind != "report" for t in found):
        return list(profiles)
    pats = _patterns(rules)
    out: list[Profile] = []
    for profile in profiles:
        where = profile.span
        mine = (
            [t for t in found if where.start <= locate(t.head, t.head).start < where.end]
            if where is not None
            else []
        )
        if where is None or not any(t.kind != "report" for t in mine):
            out.append(profile)
            continue
        changes: dict[str, object] = {}
        spans = dict(profile.spans)
        if profile.title and pats.record.search(profile.title):
            changes["title"] = None
            spans.pop("title", None)
        lo = _index(locate, len(text), where.start)
        hi = _index(locate, len(text), where.end)
        if profile.facility_name is None:
            m = pats.facility.search(text, lo, hi)
            if m:
                changes["facility_name"] = m["name"]
                spans["facility_name"] = locate(m.start("name"), m.end("name"))
                if profile.facility_type is None:
                    changes["facility_type"] = m["kind"]
                    spans["facility_type"] = locate(m.start("kind"), m.end("kind"))
        if profile.start_date is None:
            date = _start(text, [t for t in mine if t.kind == "report"], pats, rules)
            if date is not None:
                changes["start_date"] = date[0]
                spans["start_date"] = locate(date[1], date[2])
        if changes:
            changes["spans"] = spans
            out.append(attrs.evolve(profile, **changes))
        else:
            out.append(profile)
    return out


__all__ = ["with_report_header"]
