"""Cases told in prose (decisions 2150-2169): council minutes, 広報 features, news articles.

Outsiders report a facility in sentences: ``…「ぬまづ就労サポートコーナー」を開設いたしました``,
``「X（一体的実施施設）」は、2017年10月2日にオープンしました``. Each facility named in 「」 whose
sentence (or the next) gives a date and a start word is one case; the case runs from the
block that heads it (a rule-bounded header block, a dateline, an issue banner) to the next
case's head, or for the last case to the end of its block. Its facts are read from its
sentences: the header from the naming sentence and the places the case text names; figures
from clauses that open with a metric's name (``支援対象者数は、目標240人以上に対し実績263人、
達成率は109.6%``, kanji numerals and パーセント too); initiatives from bullets under a heading
naming them or from an enumeration (``第1に、``, ``一つ目に、``); one other result per counted
sentence opened by a connective; comments from quotations given with their speaker
(``Xは「…」と話す``), from name cards over a quotation, and from the mayor's turn in minutes.

Read only when the other readers found at most one case and this one finds more.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal

import regex
from attrs import frozen

from jirei.comments import role_of
from jirei.model import Comment, Metric, Profile, Quantity, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values.dates import find_dates
from jirei.values.fiscal import find_fiscal_years
from jirei.values.numbers import parse_number

Locate = Callable[[int, int], Span]
Original = Callable[[int, int], str]

_KANJI_DIGITS = "〇一二三四五六七八九"
_SEPARATOR = regex.compile(
    r"^[ \t]*[|+]?[ \t]*(?:[━─\-―=＝_~〜・*＊─━┄┈◇◆□■☆★◎○●]{5,}|[┌└┏┗╔╚].*)[ \t]*[|+]?[ \t]*$"
)
_BOX_LINE = regex.compile(r"^[ \t]*[|│┃║]")
_TURN_MARK = regex.compile(r"^[ \t]*[○◯〇●◎]")
_TURN = regex.compile(r"^[ \t]*[○◯〇●◎][^\s(]{1,12}\([^()\n]{1,30}\)")
_BULLET = regex.compile(r"^[ \t]*([●・○◯■□▶►◆◇\-－※①-⑳]|[0-9]+[.)])[ \t]*(?=\S)")
_NUMBER = (
    r"(?:[0-9][0-9,]*(?:\.[0-9]+)?|[〇一二三四五六七八九十百千万]+(?:・[〇一二三四五六七八九]+)?)"
)


@frozen
class _Patterns:
    facility: regex.Pattern[str]
    facility_words: tuple[str, ...]
    bare_facility: regex.Pattern[str]
    start: regex.Pattern[str]
    label: regex.Pattern[str]
    figure: regex.Pattern[str]
    target: regex.Pattern[str]
    previous: regex.Pattern[str]
    rate: regex.Pattern[str]
    ordinal: regex.Pattern[str]
    ordinal_in: regex.Pattern[str]
    sequence: regex.Pattern[str]
    connective: regex.Pattern[str]
    count: regex.Pattern[str]
    initiative_head: regex.Pattern[str]
    other_head: regex.Pattern[str]
    turn_post: regex.Pattern[str]
    quote: regex.Pattern[str]
    quote_after: regex.Pattern[str]
    orgs: regex.Pattern[str]
    posts: tuple[str, ...]
    persons: tuple[str, ...]
    honorifics: tuple[str, ...]
    title_skip: regex.Pattern[str]
    closer: regex.Pattern[str]


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@per_rules
def _patterns(rules: Rules = DEFAULT_RULES) -> _Patterns:
    table = rules.figures_table.get("prose", {})
    words = tuple(table.get("facility_words", ()))
    units = "人|件|%|パーセント|回|名|社|か所|カ所"
    return _Patterns(
        facility=regex.compile(
            r"[「『](?P<name>[^「」『』\n。、]{3,40}?)(?:\((?P<kind>[^()\n]{2,30})\))?[」』]"
            r"(?:\((?P<kind2>[^()\n]{2,30})\))?"
        ),
        facility_words=words,
        bare_facility=regex.compile(
            r"(?:(?<=^|[\s、。])|(?<=^[ \t]*))(?P<name>[^\s「」『』、。()]{3,30})"
            r"\((?P<kind>[^()\n]{2,30})\)"
            r"(?=は|を|が|では|[、,])",
            regex.M,
        ),
        start=regex.compile(_alt(table.get("start_words", ()))),
        label=regex.compile(_alt(table.get("labels", ()))),
        figure=regex.compile(
            rf"(?P<num>{_NUMBER})(?P<unit>{units})"
            rf"(?P<qual>{_alt(table.get('qualifiers', ()))})?"
        ),
        target=regex.compile(_alt(table.get("target_words", ()))),
        previous=regex.compile(_alt(table.get("previous_words", ()))),
        rate=regex.compile(_alt(table.get("rate_words", ()))),
        ordinal=regex.compile("^(?:" + "|".join(table.get("ordinals", ())) + ")"),
        ordinal_in=regex.compile("(?<=[、,])(?:" + "|".join(table.get("ordinals", ())) + ")"),
        sequence=regex.compile(
            r"(?:(?<=^[ \t]*)|(?<=[、。,]))(?:" + _alt(table.get("sequence", ())) + r")[、,]",
            regex.M,
        ),
        connective=regex.compile("^(?:" + _alt(table.get("connectives", ())) + ")"),
        count=regex.compile(rf"{_NUMBER}(?:{_alt(table.get('count_units', ()))})"),
        initiative_head=regex.compile(_alt(table.get("initiative_heads", ()))),
        other_head=regex.compile(_alt(table.get("other_heads", ()))),
        turn_post=regex.compile(
            rf"^[ \t]*(?:[○◯〇●◎]?[ \t]*(?P<post>{_alt(table.get('turn_posts', ()))})"
            r"\([^()\n]{1,30}\)"
            rf"|[○◯〇●◎][ \t]*[^\s()、。]{{1,6}}?(?P<post>{_alt(table.get('turn_posts', ()))})"
            r"(?=[ \t]|[^\s()、。]{2,}[、。]))[ \t]*(?P<text>[^\n]*)$",
            regex.M,
        ),
        quote=regex.compile(
            r"(?P<sp>[^。\n「」、]{2,40}?)(?:からは|は|も)[、,]?[ \t]*「(?P<q>[^「」\n]{4,600})」"
            rf"(?:{_alt(table.get('quote_ends', ()))})"
        ),
        quote_after=regex.compile(
            r"「(?P<q>[^「」\n]{4,600})」(?:"
            + _alt(table.get("quote_after", ()))
            + r")[、,]?[ \t]*"
            r"(?P<sp>[^。\n「」]{2,40}?)[。\n]"
        ),
        orgs=regex.compile(_alt(table.get("speaker_orgs", ()))),
        posts=tuple(sorted(table.get("posts", ()), key=len, reverse=True)),
        persons=tuple(table.get("persons", ())),
        honorifics=tuple(table.get("honorifics", ())),
        title_skip=regex.compile("|".join(table.get("title_skips", ())) or "(?!)"),
        closer=regex.compile(r"(?m)^[ \t]*[(\[【]?(?:" + _alt(table.get("closers", ())) + ")"),
    )


@frozen
class _Anchor:
    name: str
    kind: str | None
    start: int
    end: int
    sentence_end: int
    start_date: _dt.date | None = None
    date_start: int = 0
    date_end: int = 0


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of ``text[lo:hi]`` (cut at ``。`` outside 「」 and at line ends)."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = lo
    for i in range(lo, hi):
        ch = text[i]
        if ch == "「":
            depth += 1
        elif ch == "」":
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch == "。" and depth == 0):
            end = i + 1 if ch == "。" else i
            if text[start:end].strip():
                out.append((start, end))
            start = i + 1
            if ch == "\n":
                depth = 0
    if text[start:hi].strip():
        out.append((start, hi))
    return out


def _anchors(text: str, pats: _Patterns, rules: Rules) -> list[_Anchor]:
    found: list[_Anchor] = []
    seen: set[str] = set()
    matches = sorted(
        [*pats.facility.finditer(text), *pats.bare_facility.finditer(text)], key=lambda m: m.start()
    )
    kinds = rules.facility_types
    for m in matches:
        name = m["name"].strip()
        if m.re is pats.bare_facility and not (
            m["kind"] in kinds or m["kind"].endswith(rules.facility_type_suffixes)
        ):
            continue
        if name in seen or not any(w in name for w in pats.facility_words):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        sents = _sentences(text, line_start, min(len(text), line_end + 400))
        here = [s for s in sents if s[0] <= m.start() < s[1] or s[0] <= m.start() <= s[1]]
        if not here:
            continue
        a0, b0 = here[0]
        named = {
            x["name"]
            for pat in (pats.facility, pats.bare_facility)
            for x in pat.finditer(text, a0, b0)
            if any(w in x["name"] for w in pats.facility_words)
        }
        if len(named) >= 2:
            continue  # a sentence listing facilities (a lead naming them all) opens no case
        index = sents.index(here[0])
        near = sents[index : index + 2]
        dated: tuple[_dt.date | None, int, int] | None = None
        for a, b in near:
            if not pats.start.search(text, a, b):
                continue
            for f in find_dates(text[a:b], rules):
                v = f.value
                dated = (_dt.date(v.year, v.month, v.day), a + f.start, a + f.end)
                break
            if dated is None and _YEAR_MONTH.search(text, a, b):
                dated = (None, 0, 0)  # a month with no day: a case, no start date
            if dated is not None:
                break
        if dated is None:
            continue
        seen.add(name)
        found.append(
            _Anchor(
                name,
                m["kind"] or m.groupdict().get("kind2"),
                m.start(),
                m.end(),
                near[-1][1],
                *dated,
            )
        )
    return found


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def _bounds(text: str, anchors: list[_Anchor], pats: _Patterns) -> list[tuple[_Anchor, int, int]]:
    """Each anchor's case: from its head to the next case's head; the last case ends with
    its block (the rule under it) or at a closing contact line. An anchor after the first
    with no head of its own (no rule, head line or heading above its paragraph: ``なお、隣の
    高岡市でも…「たかおか仕事相談室」を運営しています``) is a mention inside a case, no case."""
    seps: list[int] = []
    for s in _line_starts(text):
        e = text.find("\n", s)
        if _SEPARATOR.match(text[s : len(text) if e < 0 else e]):
            seps.append(s)

    def block_of(pos: int) -> tuple[int, int]:
        before = [s for s in seps if s <= pos]
        after = [s for s in seps if s > pos]
        return (before[-1] if before else 0), (after[0] if after else len(text))

    out: list[tuple[int, int]] = []
    kept: list[_Anchor] = []
    prev_anchor = -1
    for anchor in anchors:
        lo, hi = block_of(anchor.start)
        if lo <= prev_anchor or not seps or lo == 0:
            # no rule parts this case from the one before: cut at the case's head line
            floor = 0 if prev_anchor < 0 else text.find("\n", prev_anchor) + 1
            lo = _head_line(text, max(floor, lo), anchor.start, pats.title_skip)
            line_start = text.rfind("\n", 0, anchor.start) + 1
            line_end = text.find("\n", anchor.start)
            own = text[line_start : len(text) if line_end < 0 else line_end].strip()
            if kept and lo == line_start and (own.endswith("。") or len(own) > 60):
                prev_anchor = anchor.start
                continue  # headless: a mention inside the case before
        else:
            p_lo, _ = block_of(lo - 1)
            head = text[p_lo:lo]
            para = head.rstrip().rfind("\n\n")
            if para >= 0:  # only the last paragraph of the block above heads the case
                p_lo += para + 2
                head = text[p_lo:lo]
            lines = [x for x in head.splitlines() if x.strip() and not _SEPARATOR.match(x)]
            if p_lo > prev_anchor and len(lines) <= 4 and "。" not in head:
                lo = p_lo
        out.append((lo, hi))
        kept.append(anchor)
        prev_anchor = anchor.start
    fixed = []
    for i, (lo, hi) in enumerate(out):
        if i + 1 < len(out):
            end = out[i + 1][0]
        else:
            end = _closer(text, kept[i], hi, pats)
        fixed.append((kept[i], lo, max(lo, end)))
    return fixed


def _closer(text: str, anchor: _Anchor, hi: int, pats: _Patterns) -> int:
    """The last case's end: the first contact line after its facts that names no facility
    (``お問い合わせ 千葉労働局…``), else ``hi``."""
    for m in pats.closer.finditer(text, anchor.sentence_end, hi):
        e = text.find("\n", m.start())
        if anchor.name not in text[m.start() : hi if e < 0 else e]:
            return m.start()
    return hi


def _head_line(text: str, lo: int, anchor: int, head: regex.Pattern[str]) -> int:
    """The last line in ``[lo, anchor)`` that heads a case (a series label, a dateline, a
    council's session line), with the unfinished lines right above it; else the heading
    run right above the anchor's paragraph."""
    pos = text.rfind("\n", 0, anchor) + 1
    while pos > lo:
        prev = text.rfind("\n", 0, pos - 1) + 1
        if prev < lo:
            break
        body = text[prev : pos - 1].strip()
        if body and not body.endswith("。") and len(body) <= 60 and head.search(body):
            if not text[:prev].strip():  # the document's own first line (its masthead)
                break
            return _heading_run(text, lo, prev, own=True)
        pos = prev
    return _heading_run(text, lo, anchor)


def _heading_run(text: str, lo: int, anchor: int, own: bool = False) -> int:
    """The first line of the short unfinished lines right above the paragraph of ``anchor``
    (a dateline over a headline); ``own``: ``anchor``'s line is itself one of them."""
    line = text.rfind("\n", 0, anchor) + 1
    start = line
    pos = line
    found = own
    while pos > lo:
        prev = text.rfind("\n", 0, pos - 1) + 1
        if prev < lo:
            break
        body = text[prev : pos - 1]
        if not body.strip():
            if found:
                break
            pos = prev
            continue
        indented = body.startswith((" ", "\t")) and not _LABEL.match(body.strip())
        if body.rstrip().endswith("。") or indented or len(body) > 60:
            break
        if _SEPARATOR.match(body):
            break
        start = prev
        found = True
        pos = prev
    return start


_YEAR_MONTH = regex.compile(
    r"(?:[0-9]{4}|(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元|[一二三四五六七八九十]{1,3}))年"
    r"(?:\([^()\n]{1,8}\))?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月"
)


@functools.cache
def _names() -> frozenset[str]:
    from jirei.places import municipality_names

    return municipality_names()


def _municipality(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    names = _names()
    for i in range(lo, hi):
        if text[i] in "市町村":
            for length in (5, 4, 3, 2):
                a = i + 1 - length
                if a < lo:
                    continue
                cand = text[a : i + 1]
                if cand in names and regex.fullmatch(r"[一-龥ぁ-んァ-ヶ々ー]+", cand):
                    return cand, a
    return None


_HW = regex.compile(
    r"ハローワーク(?P<n>[一-龥ぁ-んァ-ヶー々]{1,8}?)"
    r"(?=所長|職員|就職支援|ナビ|相談員|統括|の|と|が|は|に|を|で|も|、|。|\)|」|\s|・|$)"
)


def _number(text: str) -> int | Decimal:
    if "・" in text:
        whole, frac = text.split("・", 1)
        digits = "".join(str(_KANJI_DIGITS.index(c)) for c in frac)
        return Decimal(f"{parse_number(whole)}.{digits}")
    value = parse_number(text.replace(",", ""))
    return value


def _metrics(
    text: str,
    lo: int,
    hi: int,
    masked: list[tuple[int, int]],
    pats: _Patterns,
    rules: Rules,
    locate: Locate,
) -> list[Metric]:
    def hidden(pos: int) -> bool:
        return any(a <= pos < b for a, b in masked)

    order: list[str] = []
    got: dict[str, dict[str, object]] = {}
    labels = [m for m in pats.label.finditer(text, lo, hi) if not hidden(m.start())]
    for n, m in enumerate(labels):
        nxt = labels[n + 1].start() if n + 1 < len(labels) else hi
        stops = (text.find("。", m.end(), hi), text.find("\n", m.end(), hi))
        end = min(nxt, *(i for i in stops if i >= 0), hi)
        clause_lo = m.end()
        slots: dict[str, object] = {}
        last = clause_lo
        for f in pats.figure.finditer(text, clause_lo, end):
            before = text[last : f.start()]
            last = f.end()
            try:
                value = _number(f["num"])
            except Exception:
                continue
            unit = f["unit"]
            unit = "%" if unit in ("%", "パーセント") else rules.units.get(unit, unit)
            span = locate(f.start(), f.end())
            same = "同じく" in before and "rate" not in slots and "actual" in slots
            if pats.rate.search(before) or same:
                if unit == "%" and "rate" not in slots:
                    slots["rate"] = (Decimal(value), span)
                continue
            if pats.previous.search(before):
                continue  # compared with the year before (``前年度より15人多い``)
            qty = Quantity(value, unit, f["qual"] or None, span)
            if pats.target.search(before) and "target" not in slots:
                slots["target"] = qty
            elif "actual" not in slots:
                slots["actual"] = qty
        if "actual" not in slots and "target" not in slots:
            continue
        label = m.group()
        slots["span"] = locate(m.start(), end)
        if label in got:
            have = got[label]
            for key, value in slots.items():
                have.setdefault(key, value)
            continue
        order.append(label)
        got[label] = slots
    out = []
    for label in order:
        s = got[label]
        rate = s.get("rate")
        out.append(
            Metric(
                label=label,
                key=rules.metrics.get(label),
                target=s.get("target"),  # type: ignore[arg-type]
                actual=s.get("actual"),  # type: ignore[arg-type]
                achievement_rate=None if rate is None else rate[0],  # type: ignore[index]
                span=s["span"],  # type: ignore[arg-type]
                achievement_span=None if rate is None else rate[1],  # type: ignore[index]
            )
        )
    return out


def _clean_speaker(raw: str, pats: _Patterns) -> str | None:
    sp = "".join(raw.split())
    sp = sp.rsplit("、", 1)[-1]
    if not pats.orgs.search(sp):
        return None
    for h in pats.honorifics:
        if sp.endswith(h):
            left, _, _ = sp.rpartition("の")
            return left or None
    if "の" in sp:
        left, _, right = sp.rpartition("の")
        if right in pats.persons:
            return left
        for post in pats.posts:
            if right.endswith(post):
                middle = right[: -len(post)]
                if middle and len(middle) <= 5 and not _ORG_CHARS.search(middle):
                    return left + post
                return left + right
        return left + right
    return sp


def _role(speaker: str, rules: Rules) -> str:
    """A speaker's role; one opening with a municipality's name speaks for it."""
    role = role_of(speaker, rules)
    if role == "other" and _municipality(speaker, 0, min(len(speaker), 8)) is not None:
        return "municipality"
    return role


_QUOTE_BY = regex.compile(
    r"^[ \t]*「(?P<q>[^「」\n]{2,600})」[ \t]*\((?P<who>[^()\n]{2,40})\)[ \t]*$"
)
_NAME_FIRST = regex.compile(
    r"^[ \t]*[^「」()\n]{1,12}(?:さん|氏|様)[ \t]*\((?P<who>[^()\n]{2,40})\)[ \t]*$"
)
#: a word between の and a post that names a section, not a person (``…の職業対策課長``)
_ORG_CHARS = regex.compile(r"[課部局室係業策務援談祉所]")
_BRACKET = regex.compile(r"[(（](?P<who>[^()（）\n]{2,60})[)）][ \t　]*$")


def _bracket(line: str) -> str:
    """The bracket closing ``line`` (original text), or ``""``."""
    m = _BRACKET.search(line.rstrip())
    return m["who"] if m else ""


def _card_speaker(line: str, pats: _Patterns, named: bool = True) -> str | None:
    """``―宮崎市福祉総務課 就労支援員 甲斐 真由美さん`` → ``宮崎市福祉総務課就労支援員``;
    ``named=False``: the person's name may be missing (a bracket after a quotation)."""
    body = line.strip().lstrip("―－—-ー ▼▽◇◆■□●○・")
    tokens = body.split()
    if not tokens:
        return None
    if not tokens[-1].endswith(pats.honorifics):
        if named:
            return None
        speaker = "".join(tokens)
        return speaker if pats.orgs.search(speaker) else None
    tokens = tokens[:-1]
    if (
        tokens
        and len(tokens[-1]) <= 3
        and not pats.orgs.search(tokens[-1])
        and not any(tokens[-1].endswith(p) for p in pats.posts)
        and len(tokens) >= 2
    ):
        tokens = tokens[:-1]  # the family name written apart
    speaker = "".join(tokens)
    if not speaker or not pats.orgs.search(speaker):
        return None
    return speaker


def _comments(
    text: str,
    lo: int,
    hi: int,
    pats: _Patterns,
    rules: Rules,
    locate: Locate,
    original: Original,
) -> tuple[list[tuple[int, Comment]], list[tuple[int, int]]]:
    found: list[tuple[int, Comment]] = []
    quoted: list[tuple[int, int]] = []
    for m in pats.turn_post.finditer(text, lo, hi):
        post = m["post"]
        parts = [m["text"].strip()] if m["text"].strip() else []
        end = m.end()
        pos = m.end() + 1
        while pos < hi:
            nl = text.find("\n", pos)
            nl = hi if nl < 0 or nl > hi else nl
            line = text[pos:nl]
            if not line.strip() or _TURN_MARK.match(line) or line.lstrip().startswith("〔"):
                break
            parts.append(line.strip())
            end = nl
            pos = nl + 1
        if parts:
            found.append(
                (
                    m.start(),
                    Comment(
                        speaker=post,
                        role=role_of(post, rules),
                        text="\n".join(parts),
                        span=locate(m.start("text"), end),
                        speaker_span=locate(m.start("post"), m.end("post")),
                    ),
                )
            )
            quoted.append((m.start(), end))
    quotes = (*pats.quote.finditer(text, lo, hi), *pats.quote_after.finditer(text, lo, hi))
    for m in quotes:  # ``Xは「…」と話す`` and ``「…」と話すのは、X``
        speaker = _clean_speaker(m["sp"], pats)
        quoted.append((m.start("q"), m.end("q")))
        if speaker is None:
            continue
        found.append(
            (
                m.start(),
                Comment(
                    speaker=speaker,
                    role=_role(speaker, rules),
                    text=m["q"],
                    span=locate(m.start("q"), m.end("q")),
                    speaker_span=locate(m.start("sp"), m.end("sp")),
                ),
            )
        )
    # name cards over quotations
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos)
        nl = hi if nl < 0 or nl > hi else nl
        line = text[pos:nl]
        after = _QUOTE_BY.match(line)
        if after:  # 「…」（org post）: the speaker in brackets after the quotation
            speaker = _card_speaker(_bracket(original(pos, nl)), pats, named=False)
            if speaker:
                found.append(
                    (
                        pos,
                        Comment(
                            speaker=speaker,
                            role=_role(speaker, rules),
                            text=after["q"],
                            span=locate(pos + after.start("q"), pos + after.end("q")),
                            speaker_span=locate(pos + after.start("who"), pos + after.end("who")),
                        ),
                    )
                )
                quoted.append((pos, nl))
            pos = nl + 1
            continue
        name_first = _NAME_FIRST.match(line)
        if (
            line.strip()
            and not line.lstrip().startswith("「")
            and (name_first or any(line.rstrip().endswith(h) for h in pats.honorifics))
        ):
            speaker = (
                _card_speaker(_bracket(original(pos, nl)), pats, named=False)
                if name_first
                else _card_speaker(original(pos, nl), pats)
            )
            answers: list[str] = []
            q_lo = nl + 1
            q_hi = q_lo
            nxt = nl + 1
            while speaker and nxt < hi:
                e = text.find("\n", nxt)
                e = hi if e < 0 or e > hi else e
                body = text[nxt:e].strip()
                if body.startswith("「") and body.endswith("」"):
                    answers.append(body[1:-1])
                    quoted.append((nxt, e))
                    q_hi = e
                elif body.startswith(("――", "—", "--", "Q")):  # an interviewer's question
                    pass
                else:
                    break
                nxt = e + 1
            if speaker and answers:
                found.append(
                    (
                        pos,
                        Comment(
                            speaker=speaker,
                            role=_role(speaker, rules),
                            text="\n".join(answers),
                            span=locate(q_lo, q_hi),
                            speaker_span=locate(pos, nl),
                        ),
                    )
                )
                pos = q_hi + 1
                continue
        pos = nl + 1
    found.sort(key=lambda x: x[0])
    return found, quoted


def _title(
    text: str,
    lo: int,
    anchor: _Anchor,
    pats: _Patterns,
    minutes: bool,
    municipality: str | None,
) -> tuple[str, int, int] | None:
    """The headline above the case's first paragraph (none in minutes; a line giving only
    the city and the facility's name is a case head, not a headline)."""
    if minutes:
        return None
    pos = lo
    while pos < anchor.start:
        nl = text.find("\n", pos)
        nl = anchor.start if nl < 0 or nl > anchor.start else nl
        line = text[pos:nl]
        s = line.strip()
        if (
            s
            and not _SEPARATOR.match(line)
            and not _BOX_LINE.match(line)
            and (not line.startswith((" ", "\t")) or _LABEL.match(s))
            and not _BULLET.match(line)
            and not s.endswith(("。", ":", "："))
            and 6 <= len(s) <= 60
            and not pats.title_skip.search(s)
            and "".join(s.replace(anchor.name, "").replace(municipality or "\0", "").split())
        ):
            cut = _LABEL.match(s)
            if cut is None and municipality and s.startswith(municipality):
                cut = regex.match(rf"{regex.escape(municipality)}[ \t]+", s)
            if cut is not None and len(s) - cut.end() >= 6:  # ``【四万十】headline``
                s = s[cut.end() :]
            at = pos + line.find(s)
            return s, at, at + len(s)
        if s.endswith("。") or (line.startswith((" ", "\t")) and not _LABEL.match(s)):
            return None  # the lead began: no headline above it
        pos = nl + 1
    return None


#: a bracketed label opening a headline line (``【四万十】…``): not part of the title
_LABEL = regex.compile(r"^(?:[【\[][^】\]\n]{1,10}[】\]]|[^\s:()「」]{1,6}:)[ \t]*(?=\S)")
_DIGITS = regex.compile(r"^[0-9]{1,2}(?=\S)")


def _circled(line: str, pos: int, original: Original) -> regex.Match[str] | None:
    """A line opening with a circled number (``①`` is ``1`` after NFKC) read as a bullet."""
    m = _DIGITS.match(line)
    if m and regex.match(r"[①-⑳]", original(pos, pos + m.end())):
        return m
    return None


def _items(
    text: str,
    lo: int,
    hi: int,
    masked: list[tuple[int, int]],
    pats: _Patterns,
    original: Original,
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    initiatives: list[tuple[str, int, int]] = []
    others: list[tuple[str, int, int]] = []
    # bullets under a heading that names them
    head_kind: str | None = None
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos)
        nl = hi if nl < 0 or nl > hi else nl
        line = text[pos:nl]
        b = _BULLET.match(line) or _circled(line, pos, original)
        if b and head_kind and b.group(0).strip()[:1] not in "◆◇■□":
            item = line[b.end() :].strip()
            (initiatives if head_kind == "i" else others).append((item, pos + b.end(), nl))
        elif line.strip():
            s = line.strip()
            if len(s) <= 30 and not s.endswith("。"):
                head_kind = (
                    "o"
                    if pats.other_head.search(s)
                    else "i"
                    if pats.initiative_head.search(s)
                    else None
                )
            else:
                head_kind = None
        pos = nl + 1

    def hidden(a: int) -> bool:
        return any(x <= a < y for x, y in masked)

    # spoken enumerations: sentences opened by an ordinal, then a counted connective sentence
    sents = [s for s in _sentences(text, lo, hi) if not hidden(s[0] + 1)]
    last_enum = -10
    in_results = False
    for n, (a, b) in enumerate(sents):
        body = text[a:b].strip()
        offset = a + text[a:b].find(body)
        m = pats.ordinal.match(body) or pats.ordinal_in.search(body)
        if m:
            initiatives.append((body[m.end() :].strip(), offset + m.end(), b))
            last_enum = n
            continue
        if pats.label.search(body):
            in_results = True
        c = pats.connective.match(body)
        if (
            c
            and not pats.label.search(body)
            and pats.count.search(body)
            and (in_results or n - last_enum <= 2)
        ):
            others.append((body[c.end() :].strip(), offset + c.end(), b))
    if not initiatives:
        initiatives.extend(_sequence(text, lo, hi, pats))
    return initiatives, others


def _sequence(text: str, lo: int, hi: int, pats: _Patterns) -> list[tuple[str, int, int]]:
    """Items spoken in sequence (``まず、…。次に、…。最後に、…。``) in a paragraph that names
    the initiatives before its first item."""
    out: list[tuple[str, int, int]] = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos)
        nl = hi if nl < 0 or nl > hi else nl
        found = list(pats.sequence.finditer(text, pos, nl))
        if len(found) >= 2 and pats.initiative_head.search(text, pos, found[0].start()):
            for m in found:
                end = text.find("。", m.end(), nl)
                end = nl if end < 0 else end + 1
                out.append((text[m.end() : end].strip(), m.end(), end))
        pos = nl + 1
    return out


def read_prose(
    text: str,
    rules: Rules = DEFAULT_RULES,
    locate: Locate | None = None,
    original: Original | None = None,
    beats: Callable[[int, int], bool] | None = None,
) -> list[Profile]:
    """The cases ``text`` tells in prose, one profile each (empty when it names no facility
    with an opening date). ``beats(cases, dated)``, given the number of cases found and of
    those with a facility name and a start date, says whether to read them at all."""
    table = rules.figures_table.get("prose")
    if not table:
        return []
    pats = _patterns(rules)
    if not pats.start.search(text):
        return []
    anchors = _anchors(text, pats, rules)
    if not anchors:
        return []
    cases = _bounds(text, anchors, pats)
    if beats is not None and not beats(len(cases), sum(1 for a, _, _ in cases if a.start_date)):
        return []
    loc: Locate = locate or (lambda a, b: Span(a, b))
    orig: Original = original or (lambda a, b: text[a:b])
    doc_years = Counter(f.value.year for f in find_fiscal_years(text, rules=rules))
    doc_year = doc_years.most_common(1)[0][0] if doc_years else None
    profiles = []
    for anchor, lo, hi in cases:
        profiles.append(_profile(text, lo, hi, anchor, pats, rules, loc, orig, doc_year))
    return profiles


def _profile(
    text: str,
    lo: int,
    hi: int,
    anchor: _Anchor,
    pats: _Patterns,
    rules: Rules,
    locate: Locate,
    original: Original,
    doc_year: int | None,
) -> Profile:
    from jirei.places import prefecture_of_bureau, prefectures_of

    spans: dict[str, Span] = {}
    minutes = bool(regex.search(r"(?m)^[ \t]*[○◯〇][^\s(]{1,12}\([^()\n]{1,30}\)", text[lo:hi]))
    muni = _municipality(text, lo, hi)
    municipality = prefecture = None
    inferred: list[str] = []
    if muni:
        municipality = muni[0]
        spans["municipality"] = locate(muni[1], muni[1] + len(muni[0]))
        prefs = prefectures_of(municipality)
        if len(prefs) == 1:
            prefecture = prefs[0]
            inferred.append("prefecture")
    bureau = None
    at = text.find("労働局", lo, hi)
    while at >= 0 and bureau is None:
        for width in (2, 3):  # the prefecture's name before 労働局 (宮崎 / 神奈川 / 北海道)
            name = text[max(lo, at - width) : at + 3]
            if len(name) == width + 3 and prefecture_of_bureau(name):
                bureau = name
                spans["labour_bureau"] = locate(at - width, at + 3)
                break
        at = text.find("労働局", at + 3, hi)
    heads = [
        (a, b)
        for a, b in _sentences(text, lo, hi)
        if "\n" not in text[a:b]
        and len(text[a:b]) <= 60
        and pats.title_skip.search(text, a, b)
        and not text[a:b].rstrip().endswith("。")
    ]
    offices: list[str] = []
    office_spans: list[Span] = []
    for m in _HW.finditer(text, lo, hi):
        if m["n"][0] in "のとがはにをでもへや" or any(a <= m.start() < b for a, b in heads):
            continue
        name = "ハローワーク" + m["n"]
        if name not in offices:
            offices.append(name)
            office_spans.append(locate(m.start(), m.end()))
    spans["facility_name"] = locate(anchor.start + 1, anchor.start + 1 + len(anchor.name))
    start_date = anchor.start_date
    if start_date is not None:
        spans["start_date"] = locate(anchor.date_start, anchor.date_end)
    fiscal = None
    years = list(find_fiscal_years(text[lo:hi], rules=rules))
    for f in years:
        if "実績" in text[lo + f.end : lo + f.end + 12]:
            fiscal = f
            break
    if fiscal is None and years:
        fiscal = years[0]
    fiscal_year = fiscal.value.year if fiscal else doc_year
    if fiscal:
        spans["fiscal_year"] = locate(lo + fiscal.start, lo + fiscal.end)
    found_comments, quoted = _comments(text, lo, hi, pats, rules, locate, original)
    title = _title(text, lo, anchor, pats, minutes, municipality)
    masked = list(quoted)
    if title:
        spans["title"] = locate(title[1], title[2])
        masked.append((title[1], title[2]))
    metrics = _metrics(text, lo, hi, masked, pats, rules, locate)
    initiatives, others = _items(text, lo, hi, quoted, pats, original)
    return Profile(
        title=title[0] if title else None,
        prefecture=prefecture,
        municipality=municipality,
        labour_bureau=bureau,
        hello_work=tuple(offices),
        facility_name=anchor.name,
        facility_type=anchor.kind,
        start_date=start_date,
        fiscal_year=fiscal_year,
        initiatives=tuple(i[0] for i in initiatives),
        metrics=tuple(metrics),
        other_results=tuple(o[0] for o in others),
        comments=tuple(c for _, c in found_comments),
        span=locate(lo, hi),
        spans=spans,
        hello_work_spans=tuple(office_spans),
        initiative_spans=tuple(locate(a, b) for _, a, b in initiatives),
        other_result_spans=tuple(locate(a, b) for _, a, b in others),
        inferred=tuple(inferred),
    )


__all__ = ["read_prose"]
