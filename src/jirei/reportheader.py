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

from jirei.caselabel import label_length
from jirei.model import Profile, Span
from jirei.places import find_bureaus
from jirei.reportturns import Turn, _index, _lines, gap_in, turns
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values.dates import find_dates

Locate = Callable[[int, int], Span]


#: the shortest and the longest headline read under a label
_TITLE_MIN, _TITLE_MAX = 4, 60
#: the most letters of an office's own name after its prefix (``ハローワーク飯田橋``)
_MOST_OFFICE = 8


@frozen
class _Patterns:
    record: regex.Pattern[str]
    facility: regex.Pattern[str]
    start: regex.Pattern[str]
    partnered: regex.Pattern[str]
    kind: regex.Pattern[str]
    turn: regex.Pattern[str]
    posts: tuple[str, ...]


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
        # ``name（久留米市・ハローワーク久留米）``: a name, then its partners in a bracket
        partnered=regex.compile(
            r"[ \t]*(?P<name>[^\s()・、。]{3,30})"
            r"\((?=[^()]*(?:ハローワーク|労働局|[市町村区](?:[・、/)]|$)))"
            r"[^()\n]{2,40}\)[ \t]*$",
            regex.M,
        ),
        kind=regex.compile(_alt(rules.facility_types)),
        turn=regex.compile(r"[ \t]*\S{1,8}[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[:：]|[ \t]*[○◯〇●◎]"),
        posts=tuple(table.get("prose", {}).get("posts", ())),
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


def _label_facts(
    text: str, lo: int, hi: int, pats: _Patterns, rules: Rules
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """Where the facility and the headline stand when the case opens with a label line
    ``【話題１】name（place・office）``: the name before the bracket naming the partners, and
    the line alone under the label (no sentence, no turn)."""
    lines = [(a, b) for a, b in _lines(text, lo, hi) if text[a:b].strip()]
    if len(lines) < 2:
        return None
    a, b = lines[0]
    at = label_length(text[a:b], rules)
    if not at:
        return None
    name = None
    m = pats.partnered.match(text, a + at, b)
    if m:
        name = (m.start("name"), m.end("name"))
    title = None
    c, d = lines[1]
    line = text[c:d].strip()
    after = text[d : lines[2][0]] if len(lines) > 2 else "\n\n"
    if (
        _TITLE_MIN <= len(line) <= _TITLE_MAX
        and "。" not in line
        and after.count("\n") >= 2  # (alone between blank lines)
        and not label_length(line, rules)
        and not (pats.turn.match(text, c, d))
    ):
        lead = c + text[c:d].index(line)
        title = (lead, lead + len(line))
    return name, title


def _spoken_kind(text: str, report: Sequence[Turn], pats: _Patterns) -> tuple[int, int] | None:
    """Where a report turn first names a facility kind (``一体的実施施設として``)."""
    for turn in report:
        m = pats.kind.search(text, turn.start, turn.end)
        if m:
            return m.span()
    return None


def _bureau_above(
    text: str, prefecture: str, case: Span, cases: Sequence[Span], locate: Locate
) -> tuple[int, int] | None:
    """The labour bureau the record last names in its own words (outside every case: its
    lead, a record's title line) before ``case``, when it is the case's prefecture's."""
    last = None
    for a, b in find_bureaus(text):
        at = locate(a, b).start
        if at >= case.start:
            break
        if not any(other.start <= at < other.end for other in cases):
            last = (a, b)
    if last is None:
        return None
    name = text[last[0] : last[1]]
    return last if name.startswith(prefecture[:-1] if len(prefecture) > 2 else prefecture) else None


def _title_office(
    text: str, lo: int, hi: int, rules: Rules, gapped: Callable[[int], bool] | None
) -> tuple[int, int] | None:
    """The office a record's first line names run into the council's name by NFKC
    (``鶴岡市・山形労働局・ハローワーク鶴岡　一体的実施事業運営協議会``): it ends where the
    original had a gap."""
    if gapped is None:
        return None
    nl = text.find("\n", lo, hi)
    line_end = hi if nl < 0 else nl
    for prefix in rules.hello_work_prefixes:
        at = text.find(prefix, lo, line_end)
        if at < 0:
            continue
        first = at + len(prefix)
        for end in range(first + 1, min(line_end, first + _MOST_OFFICE) + 1):
            if not text[end - 1].strip() or text[end - 1] in "・、。()/:":
                break
            if end < line_end and gapped(end):
                return at, end
    return None


def _offices(profile: Profile, text: str, pats: _Patterns) -> list[tuple[str, Span]] | None:
    """The case's offices without one that is another's name run into a speaker's post
    (``ハローワーク大川就職支援`` of ``ハローワーク大川就職支援ナビゲーター``), else None."""
    names = profile.hello_work
    if len(profile.hello_work_spans) != len(names):
        return None
    drop = {
        longer
        for longer in names
        for shorter in names
        if longer != shorter
        and longer.startswith(shorter)
        and any(
            post.startswith(longer[len(shorter) :]) and shorter + post in text
            for post in pats.posts
        )
    }
    if not drop:
        return None
    return [(n, sp) for n, sp in zip(names, profile.hello_work_spans, strict=True) if n not in drop]


def with_report_header(
    profiles: Sequence[Profile],
    text: str,
    locate: Locate,
    rules: Rules = DEFAULT_RULES,
    original: str | None = None,
) -> list[Profile]:
    """``profiles`` with each case holding meeting turns losing the meeting's name as its
    title and taking its facility and start date from its agenda and report."""
    found = turns(text, rules, gap_in(locate, original))
    if not any(t.kind != "report" for t in found):
        return list(profiles)
    pats = _patterns(rules)
    cases = [p.span for p in profiles if p.span is not None]
    out: list[Profile] = []
    for profile in profiles:
        where = profile.span
        mine = (
            [t for t in found if where.start <= locate(t.head, t.head).start < where.end]
            if where is not None
            else []
        )
        if where is None or not mine:
            out.append(profile)
            continue
        changes: dict[str, object] = {}
        spans = dict(profile.spans)
        if profile.title and pats.record.search(profile.title):
            changes["title"] = None
            spans.pop("title", None)
        lo = _index(locate, len(text), where.start)
        hi = _index(locate, len(text), where.end)
        if profile.facility_name is None or profile.facility_type is None:
            m = pats.facility.search(text, lo, hi)
            if m and profile.facility_name in (None, m["name"]):
                if profile.facility_name is None:
                    changes["facility_name"] = m["name"]
                    spans["facility_name"] = locate(m.start("name"), m.end("name"))
                if profile.facility_type is None:
                    changes["facility_type"] = m["kind"]
                    spans["facility_type"] = locate(m.start("kind"), m.end("kind"))
        report = [t for t in mine if t.kind == "report"]
        label = _label_facts(text, lo, hi, pats, rules)
        if label is not None:
            name, title = label
            if name is not None and "facility_name" not in changes and not profile.facility_name:
                changes["facility_name"] = text[name[0] : name[1]]
                spans["facility_name"] = locate(*name)
            if title is not None and not profile.title:
                changes["title"] = text[title[0] : title[1]]
                spans["title"] = locate(*title)
        if profile.facility_type is None and "facility_type" not in changes:
            kind = _spoken_kind(text, report, pats)
            if kind is not None:
                changes["facility_type"] = text[kind[0] : kind[1]]
                spans["facility_type"] = locate(*kind)
        if profile.labour_bureau is None and profile.prefecture:
            bureau = _bureau_above(text, profile.prefecture, where, cases, locate)
            if bureau is not None:
                changes["labour_bureau"] = text[bureau[0] : bureau[1]]
                spans["labour_bureau"] = locate(*bureau)
        offices = _offices(profile, text, pats)
        if offices is not None:
            changes["hello_work"] = tuple(o for o, _ in offices)
            changes["hello_work_spans"] = tuple(sp for _, sp in offices)
        elif not profile.hello_work and original is not None:
            office = _title_office(text, lo, hi, rules, gap_in(locate, original))
            if office is not None:
                changes["hello_work"] = (text[office[0] : office[1]],)
                changes["hello_work_spans"] = (locate(*office),)
        if profile.start_date is None:
            date = _start(text, report, pats, rules)
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
