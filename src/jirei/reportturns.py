"""The report spoken in a meeting's turns (decisions 2430-2449, branch minutes11).

Minutes (議事録, 議事要旨), round tables (意見交換会) and lecture records tell a case in
spoken turns, each opened by its speaker: the secretariat's (``○事務局（ハローワーク山形）``,
``事務局（…）：``), the chair's (``会長``, ``司会``, ``議長``), a member's (``委員（…）``), or a
named speaker's (``中島（くるめ仕事応援ひろば就労支援員）　…``). The secretariat's and the
named speakers' turns report the case: the initiatives they enumerate are the case's
initiatives, the items they list after a "besides" lead its other results. The chair's
turns lead the meeting and the members' turns remark on it: they give no item. A case that
holds such turns takes its initiatives and other results from its report turns only —
unless it read them from its own sections before its first turn and that turn stands right
under a comments heading (``【座談会から】`` after ``【取組内容】``): the turns are then its voices
(decision 3207).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import attrs
import regex
from attrs import frozen

from jirei.linescan import newline_hit_lines
from jirei.model import Profile, Span
from jirei.proseparts import _patterns as _prose_patterns
from jirei.proseparts import _sentences
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo

Locate = Callable[[int, int], Span]
Item = tuple[str, int, int]


@frozen
class _Patterns:
    head: regex.Pattern[str]
    named: regex.Pattern[str]
    #: ``head`` and ``named`` opening with the newline before the line instead of ``^``
    #: (``linescan.newline_hit_lines``: the engine skips from newline to newline)
    head_lines: regex.Pattern[str]
    named_lines: regex.Pattern[str]
    chairs: frozenset[str]
    members: frozenset[str]
    marker: regex.Pattern[str]
    count_lead: regex.Pattern[str]
    open_lead: regex.Pattern[str]
    plan: regex.Pattern[str]


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@per_rules
def _patterns(rules: Rules = DEFAULT_RULES) -> _Patterns:
    table = rules.figures_table.get("minutes", {})
    marks = regex.escape(str(table.get("turn_marks", "")))
    mark = f"[{marks}]" if marks else "(?!)"
    reporters = tuple(table.get("reporters", ()))
    chairs = tuple(table.get("chairs", ()))
    members = tuple(table.get("members", ()))
    words = _alt((*reporters, *chairs, *members))
    letters = regex.escape(str(table.get("item_letters", "")))
    lettered = rf"|[{letters}](?=[ \t]|[^\s\p{{Katakana}}ー・])" if letters else ""
    head = (
        rf"[ \t]*(?:(?P<mark>{mark})[ \t]*)?(?P<word>{words})[ \t]*"
        r"(?:\((?P<who>[^()\n]{1,40})\))?"
        # (NFKC may fold the gap away: ``○会長他にございませんか。``, ``司会続いて…``)
        r"(?:[ \t]*[:：][ \t]*|[ \t]+|$|(?(who)(?!)|(?=[^\s(:：])))"
        r"(?P<text>[^\n]*)$"
    )
    named = (
        rf"[ \t]*(?:{mark})?[ \t]*"
        r"(?P<word>[\p{Han}\p{Hiragana}\p{Katakana}ー々]{1,6})[ \t]*"
        r"\((?P<who>[^()\n]{3,40})\)(?:[ \t]*[:：][ \t]*|[ \t]+|$)(?P<text>[^\n]*)$"
    )
    return _Patterns(
        head=regex.compile("^" + head, regex.M),
        named=regex.compile("^" + named, regex.M),
        head_lines=regex.compile("\n" + head, regex.M),
        named_lines=regex.compile("\n" + named, regex.M),
        chairs=frozenset(chairs),
        members=frozenset(members),
        marker=regex.compile(
            r"^[ \t]*(?:["
            + regex.escape(str(table.get("item_marks", "")))
            + r"]"
            + lettered  # ``ア生活…`` (NFKC folds the gap)
            + r"|[0-9]{1,2}[.)]?(?=[ \t])|\([0-9ア-ン]{1,2}\))[ \t]*(?=\S)"
        ),
        count_lead=regex.compile(
            r"[0-9一二三四五六七八九十]+(?:点|つ)(?:です|あります|ございます|に)|次の|以下の"
        ),
        open_lead=regex.compile(r"(?:は|としては|として)[、,]?[ \t]*$"),
        plan=regex.compile(_alt(tuple(table.get("plan_words", ())))),
    )


@frozen
class Turn:
    """One spoken turn: who opens it (``kind`` report, chair or member) and its body's
    offsets (the text after the speaker to the turn's end) in the text read."""

    kind: str
    head: int
    start: int
    end: int
    #: where the bracket naming the speaker stands (``-1`` when there is none)
    who_start: int = -1
    who_end: int = -1


def turns(
    text: str, rules: Rules = DEFAULT_RULES, gapped: Callable[[int], bool] | None = None
) -> list[Turn]:
    """Every spoken turn of ``text``: a speaker at a line's start, its body running to a
    blank line or the next speaker. A speaker's word run into its text opens a turn after a
    turn mark, or where ``gapped`` says the original had a gap there."""
    pats = _patterns(rules)
    named, heads = _scan(text, rules)
    found: dict[int, regex.Match[str]] = {}
    for m in named:
        found[m.start()] = m
    for m in heads:  # (a minutes word wins over a name)
        run_in = m["who"] is None and m.start("text") == m.end("word") and m["text"]
        if run_in and not m["mark"] and (gapped is None or not gapped(m.end("word"))):
            continue
        found[m.start()] = m
    starts = sorted(found)
    out: list[Turn] = []
    for n, at in enumerate(starts):
        m = found[at]
        word = m["word"]
        kind = "chair" if word in pats.chairs else "member" if word in pats.members else "report"
        if kind == "report" and m.re is pats.named and m["who"] is None:
            continue
        limit = starts[n + 1] if n + 1 < len(starts) else len(text)
        blank = _BLANK_LINE.search(text, m.end(), limit)
        if m["text"].strip():
            body = m.start("text")
        else:
            body = m.end() + 1
        end = blank.start() if blank else limit
        if blank is None and limit == len(text):
            end = len(text)
        end = max(body, end)
        who = m.span("who") if m["who"] is not None else (-1, -1)
        out.append(Turn(kind, at, min(body, end), end, *who))
    return out


#: a blank line (a turn's body ends before it)
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")


@per_rules_memo(1)  # the last text's scan: four readers scan the same normalised text
def _scan(text: str, rules: Rules) -> tuple[list[regex.Match[str]], list[regex.Match[str]]]:
    """The matches of the ``named`` and the ``head`` pattern in ``text``, in order (the
    lists are shared between callers: read them, never change them)."""
    pats = _patterns(rules)
    named = list(_line_matches(text, pats.named, pats.named_lines))
    heads = list(_line_matches(text, pats.head, pats.head_lines))
    return named, heads


def _line_matches(
    text: str, pattern: regex.Pattern[str], lines: regex.Pattern[str]
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a ``^``-anchored ``pattern`` whose every match lies
    within one line: its match at the start of each line ``lines`` (``pattern`` opening
    with a newline instead) finds, so the engine scans from newline to newline."""
    for start, _end in newline_hit_lines(text, lines):
        m = pattern.match(text, start)
        if m is not None:
            yield m


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The [start, end) of each line of ``text[lo:hi]`` (without its newline)."""
    out = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        nl = hi if nl < 0 else nl
        out.append((pos, nl))
        pos = nl + 1
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def report_items(
    text: str, lo: int, hi: int, rules: Rules = DEFAULT_RULES
) -> tuple[list[Item], list[Item]]:
    """The initiatives and other results one report turn (``text[lo:hi]``) enumerates:
    marked items under a lead naming them (``取組は、次の3点です。`` / ``このほか、…``), and
    sentences opened by an ordinal (``一点目は、``, ``1つ目に、``) or by a word of a
    sequence (``まず、`` ``次に、``) after a sentence naming the initiatives."""
    pats = _patterns(rules)
    prose = _prose_patterns(rules)
    initiatives: list[Item] = []
    others: list[Item] = []
    lines = _lines(text, lo, hi)
    kind: str | None = None
    n = 0
    while n < len(lines):
        a, b = lines[n]
        line = text[a:b]
        m = pats.marker.match(line)
        if m and kind:
            depth = _indent(line)
            pieces = [(line[m.end() :].strip(), a + m.end(), b)]
            while n + 1 < len(lines):
                c, d = lines[n + 1]
                nxt = text[c:d]
                if not nxt.strip() or pats.marker.match(nxt) or _indent(nxt) <= depth:
                    break
                pieces.append((nxt.strip(), c + _indent(nxt), d))
                n += 1
            body = "".join(p for p, _, _ in pieces)
            (initiatives if kind == "i" else others).append((body, pieces[0][1], pieces[-1][2]))
        elif line.strip():
            last = [s for s in _sentences(text, a, b)]
            tail = text[last[-1][0] : last[-1][1]].strip() if last else ""
            kind = None
            if pats.plan.search(tail):  # (``今後の取組は次の2点です。``: plans, no items)
                pass
            elif prose.other_head.search(tail) and (
                pats.count_lead.search(tail) or pats.open_lead.search(tail)
            ):
                kind = "o"
            elif prose.initiative_head.search(tail) and (
                pats.count_lead.search(tail) or pats.open_lead.search(tail)
            ):
                kind = "i"
        n += 1
    sents = _sentences(text, lo, hi)
    sequence: list[Item] = []
    for k, (a, b) in enumerate(sents):
        body = text[a:b].strip()
        offset = a + text[a:b].find(body)
        o = prose.ordinal.match(body) or prose.ordinal_in.search(body)
        if o:
            initiatives.append((body[o.end() :].strip(), offset + o.end(), offset + len(body)))
            continue
        c = prose.connective.match(body)
        if c and prose.count.search(body) and not prose.label.search(body):
            others.append((body[c.end() :].strip(), offset + c.end(), offset + len(body)))
            continue
        s = prose.sequence.search(body)  # (at the start or after a lead: ``…は、まず、``)
        named = prose.initiative_head.search(body, 0, s.start()) if s else None
        if s and (
            sequence or named or (k and prose.initiative_head.search(text, *sents[k - 1]))
        ):
            sequence.append((body[s.end() :].strip(), offset + s.end(), offset + len(body)))
        elif len(sequence) < 2:
            sequence = []
    if len(sequence) >= 2:
        initiatives.extend(sequence)
    initiatives.sort(key=lambda item: item[1])
    others.sort(key=lambda item: item[1])
    return initiatives, others


def _index(locate: Locate, length: int, at: int) -> int:
    """The first offset of the text read whose place in the original is ``at`` or later."""
    lo, hi = 0, length
    while lo < hi:
        mid = (lo + hi) // 2
        if locate(mid, mid).start < at:
            lo = mid + 1
        else:
            hi = mid
    return lo


@per_rules
def _notes(rules: Rules = DEFAULT_RULES) -> frozenset[str]:
    """The notes of a meeting's procedure (``[minutes] procedure_notes``)."""
    return frozenset(rules.figures_table.get("minutes", {}).get("procedure_notes", ()))


def gap_in(locate: Locate, original: str | None) -> Callable[[int], bool] | None:
    """Whether the original text had a gap where the text read has none (at an offset of
    the text read); None without the original."""
    if original is None:
        return None

    def gapped(at: int) -> bool:
        before, after = locate(at - 1, at).end, locate(at, at + 1).start
        return before < after and not original[before:after].strip()

    return gapped


def _turns_after_items(profile: Profile, first: int) -> bool:
    """Whether ``profile`` read its initiatives, all ending before offset ``first`` of the
    original text (where its first turn opens), and no other result after it."""
    spans = profile.initiative_spans
    if not profile.initiatives or len(spans) != len(profile.initiatives):
        return False
    return all(span.end <= first for span in (*spans, *profile.other_result_spans))


#: how many filled lines of a cast list (no sentence) may stand between a comments heading
#: and the first turn under it (decision 3501)
_CAST_LINES = 6


def _under_comments(text: str, head: int, rules: Rules) -> bool:
    """Whether the turn at offset ``head`` stands under a comments heading: the filled line
    right above it heads a comments section, or only a cast list stands between them — an
    attendee line (``出席者：…課長、…官``, a ``rules.attendee_headings`` word first) and the
    lines under it, saying no sentence (3501)."""
    from jirei.sections import Kind, classifier

    found = classifier(rules)
    above = text[:head].rstrip("\n").rsplit("\n", 2 * _CAST_LINES + 2)
    between: list[str] = []
    for line in reversed(above):
        if not line.strip():
            continue
        kind, section = found.kind_of(line)
        if kind is Kind.SECTION:
            return section == "comments" and (not between or _cast_list(between[::-1], rules))
        between.append(line)
        if len(between) > _CAST_LINES or "。" in line or kind in (Kind.HEADING, Kind.HEADER):
            return False
    return False


def _cast_list(lines: Sequence[str], rules: Rules) -> bool:
    """Whether ``lines`` (no sentence among them) open with an attendee line: a word of
    ``rules.attendee_headings`` first (after a list mark or an opening bracket:
    ``（出席者）``), a colon, a gap, a bracket or the line's end after it."""
    first = lines[0].strip().lstrip("■□◆◇●○◎・-* \u3000(（[〈<【")
    words = sorted(rules.attendee_headings, key=len, reverse=True)
    return any(
        first.startswith(word)
        and (len(first) == len(word) or first[len(word)] in ":：(（)）]〉>】 \u3000\t")
        for word in words
    )


def with_report_turns(
    profiles: Sequence[Profile],
    text: str,
    locate: Locate,
    rules: Rules = DEFAULT_RULES,
    original: str | None = None,
) -> list[Profile]:
    """``profiles`` with each case holding spoken turns taking its initiatives and other
    results from its report turns (the chair's and members' turns give none)."""
    found = turns(text, rules, gap_in(locate, original))
    if not found or not any(t.kind != "report" for t in found):
        return list(profiles)
    out: list[Profile] = []
    for profile in profiles:
        where = profile.span
        mine = (
            [t for t in found if where.start <= locate(t.head, t.head).start < where.end]
            if where is not None
            else []
        )
        if not mine:  # (the document holds a meeting: any case with turns is read so)
            out.append(profile)
            continue
        if _turns_after_items(profile, locate(mine[0].head, mine[0].head).start) and (
            _under_comments(text, mine[0].head, rules)
        ):
            # a case report whose lists were read from its own sections before the first
            # turn, the turns under a comments heading: they are its voices (a 座談会 after
            # 取組内容; decision 3207)
            out.append(profile)
            continue
        initiatives: list[Item] = []
        others: list[Item] = []
        dropped: list[Span] = []  # chair's and members' turns, turn heads, items re-read
        for turn in mine:
            if turn.kind != "report":
                dropped.append(locate(turn.head, turn.end))
                continue
            i, o = report_items(text, turn.start, turn.end, rules)
            initiatives.extend(i)
            others.extend(o)
            # (a turn listing items is read anew; one listing none keeps what was read in it)
            dropped.append(locate(turn.head, turn.end if i or o else turn.start))
        # the record's head (date, place, attendees, agenda: no sentence) up to the first
        # turn said in sentences gives no item
        said = next((t for t in mine if "。" in text[t.start : t.end]), None)
        lo = _index(locate, len(text), where.start) if where is not None else 0
        head: Span | None = None
        if where is not None and said is not None and "。" not in text[lo : said.head]:
            head = Span(where.start, locate(said.head, said.head).start)  # (no report in it)
            dropped.append(head)
        changes: dict[str, object] = {}
        if initiatives:
            changes["initiatives"] = tuple(x[0] for x in initiatives)
            changes["initiative_spans"] = tuple(locate(x[1], x[2]) for x in initiatives)
        elif head is not None and len(profile.initiative_spans) == len(profile.initiatives):
            pairs = [
                pair
                for pair in zip(profile.initiatives, profile.initiative_spans, strict=True)
                if not head.start <= pair[1].start < head.end
            ]
            if len(pairs) < len(profile.initiatives):
                changes["initiatives"] = tuple(v for v, _ in pairs)
                changes["initiative_spans"] = tuple(sp for _, sp in pairs)
        pairs = list(zip(profile.other_results, profile.other_result_spans, strict=False))
        if len(pairs) < len(profile.other_results):  # (values without spans: kept as read)
            out.append(attrs.evolve(profile, **changes) if changes else profile)
            continue
        notes = _notes(rules)
        kept = [
            pair
            for pair in pairs
            if pair[0].strip("()（） ") not in notes  # ``（了承）``: the meeting's procedure
            and not any(
                d.start <= pair[1].start < d.end or pair[1].start <= d.start < pair[1].end
                for d in dropped
            )
        ]
        if len(kept) < len(profile.other_results) or others:
            kept.extend((x[0], locate(x[1], x[2])) for x in others)
            kept.sort(key=lambda pair: pair[1].start)
            changes["other_results"] = tuple(v for v, _ in kept)
            changes["other_result_spans"] = tuple(s for _, s in kept)
        out.append(attrs.evolve(profile, **changes) if changes else profile)
    return out


__all__ = ["Turn", "report_items", "turns", "with_report_turns"]
