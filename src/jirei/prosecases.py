"""Where the cases told in prose stand (decisions 2150-2169): each facility named in 「」 whose
sentence (or the next) gives a date and a start word anchors a case, which runs from the
block that heads it (a rule-bounded header block, a dateline, an issue banner) to the next
case's head, or for the last case to the end of its block.
"""

from __future__ import annotations

import datetime as _dt

import regex
from attrs import frozen

from jirei.prosedays import day_only_date
from jirei.proseheads import clause_head, place_head
from jirei.prosekanji import arabic_years
from jirei.proseparts import _LABEL, _SEPARATOR, _Patterns, _sentences
from jirei.prosewrap import WRAPPED_NAME, wrapped_names
from jirei.rules import Rules
from jirei.values.dates import find_dates


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


def _anchors(text: str, pats: _Patterns, rules: Rules) -> list[_Anchor]:
    found: list[_Anchor] = []
    seen: set[str] = set()
    matches = sorted(
        [
            *pats.facility.finditer(text),
            *pats.bare_facility.finditer(text),
            *wrapped_names(text),  # ``「うえだ就労支援`` / ``ルーム」`` (2273)
            *_declared(text, rules),  # an agenda's ``name（kind）の…`` named bare later (2439)
        ],
        key=lambda m: m.start(),
    )
    kinds = rules.facility_types
    dates_text = arabic_years(text)  # ``二〇一三年十月一日`` (decision 2272; same offsets)
    for m in matches:
        name = m["name"].strip() if m.re is not WRAPPED_NAME else m["a"] + m["b"]
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
        named = {  # (a bare name's bracket must hold a facility's kind: ``ハローワーク豊橋
            # （愛知労働局）`` is an office and its bureau, no second facility: decision 3402)
            x["name"]
            for pat in (pats.facility, pats.bare_facility)
            for x in pat.finditer(text, a0, b0)
            if any(w in x["name"] for w in pats.facility_words)
            and (pat is not pats.bare_facility or _known_kind(x["kind"], rules))
        }
        if len(named) >= 2:
            continue  # a sentence listing facilities (a lead naming them all) opens no case
        index = sents.index(here[0])
        near = sents[index : index + 2]
        dated: tuple[_dt.date | None, int, int] | None = None
        for a, b in near:
            if not pats.start.search(text, a, b):
                continue
            for f in find_dates(dates_text[a:b], rules):
                v = f.value
                dated = (_dt.date(v.year, v.month, v.day), a + f.start, a + f.end)
                break
            if dated is None and _YEAR_MONTH.search(dates_text, a, b):
                dated = (None, 0, 0)  # a month with no day: a case, no start date
            if dated is None:  # ``…は1日、「…」を開設した`` under a dateline (2201)
                floor = found[-1].sentence_end if found else 0
                dated = day_only_date(text, a, b, floor, rules)
            if dated is not None:
                break
        if dated is None:  # a sentence wrapped over lines (2273)
            dated = _wrapped_date(text, dates_text, m.start(), m.end(), pats, rules)
        if dated is None:  # a head line over the sentence opening the facility (2728)
            dated = _date_below(text, dates_text, m.end(), pats, rules)
        if dated is None:  # ``同窓口は平成27年6月1日、…開設された`` a paragraph on (3471)
            from jirei.prosebackref import dated_by_reference

            dated = dated_by_reference(text, dates_text, near[-1][1], pats, rules)
        if dated is None and pats.start.search(text, a0, b0) and _YEAR_ONLY.search(
            dates_text, a0, b0
        ):  # ``…「…」で、…２０１５年の開設以来最多`` (an opening year alone: 3482)
            dated = (None, 0, 0)
        if dated is None:
            continue
        seen.add(name)
        kind = (
            m.groupdict().get("kind")
            or m.groupdict().get("kind2")
            or _kind_below(text, m.end(), rules)
            or _kind_before(text, m.start(), rules)
        )
        found.append(
            _Anchor(
                name,
                kind,
                m.start(),
                m.end(),
                near[-1][1],
                *dated,
            )
        )
    return found


def _known_kind(kind: str, rules: Rules) -> bool:
    """Whether ``kind`` is a facility kind the rules know (``一体的実施施設``, ``…窓口``)."""
    return kind in rules.facility_types or kind.endswith(rules.facility_type_suffixes)


#: ``name（kind）の…``: a facility named with its kind before a particle (an agenda item
#: ``しごとサポートやまがた（一体的実施施設）の令和４年度事業実績について``)
_DECLARED = regex.compile(
    r"(?:(?<=^|[\s、。:/])|(?<=^[ \t]*[0-9]{1,2}))"
    r"(?P<name>[^\s「」『』、。()【】/:0-9][^\s「」『』、。()【】/:]{2,29})\((?P<kind>[^()\n]{2,30})\)の",
    regex.M,
)


def _declared(text: str, rules: Rules) -> list[regex.Match[str]]:
    """The bare mentions (``しごとサポートやまがたは、``) of each facility an agenda item names
    with a kind the rules know (decision 2439): a record's report then names it bare."""
    names = {
        m["name"]
        for m in _DECLARED.finditer(text)
        if m["kind"] in rules.facility_types or m["kind"].endswith(rules.facility_type_suffixes)
    }
    if not names:
        return []
    alt = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    bare = regex.compile(rf"(?:(?<=^|[\s、。])|(?<=^[ \t]*))(?P<name>{alt})(?=は|が|では)", regex.M)
    return list(bare.finditer(text))


#: a bracketed kind at the start of the next line (``「…」`` wrapped before ``（一体的実施施設）``)
_KIND_BELOW = regex.compile(r"[ \t]*\n[ \t]*\((?P<kind>[^()\n]{2,30})\)")


def _kind_below(text: str, end: int, rules: Rules) -> str | None:
    """The facility's kind when a wrapped line puts it at the start of the next line
    (decision 2273); only a kind the rules know."""
    m = _KIND_BELOW.match(text, end)
    if m is None:
        return None
    kind = m["kind"]
    known = kind in rules.facility_types or kind.endswith(rules.facility_type_suffixes)
    return kind if known else None


def _kind_before(text: str, start: int, rules: Rules) -> str | None:
    """A kind the rules know written right before the quoted name (``一体的実施施設「…」``,
    decision 2278)."""
    before = text[max(0, start - 16) : start]
    for kind in sorted(rules.facility_types, key=len, reverse=True):
        if before.endswith(kind):
            return kind
    return None


def _wrapped_date(
    text: str, dates_text: str, start: int, end: int, pats: _Patterns, rules: Rules
) -> tuple[_dt.date | None, int, int] | None:
    """The opening date of a facility named in a sentence wrapped over lines (a mail
    magazine's lines cut at a width): the sentence from the line it begins on to its
    ``。``, when it holds a start word (decision 2273)."""
    from jirei.prosewrap import runs_on, sentence_start

    a = sentence_start(text, start, 0)
    b = text.find("。", end, end + 300)
    if b < 0 or not pats.start.search(text, a, b):
        return None
    nl = text.find("\n", end, b)
    while nl >= 0:  # the sentence must run on over each line break (no blank line, no head)
        if not runs_on(text, nl, b) and not (
            text[end:nl].strip() == "" and _KIND_BELOW.match(text, end)
        ):
            return None
        nl = text.find("\n", nl + 1, b)
    for f in find_dates(dates_text[a:b], rules):
        v = f.value
        return (_dt.date(v.year, v.month, v.day), a + f.start, a + f.end)
    return None


#: the longest head line naming a facility over its paragraph
_HEAD_LINE = 60


def _date_below(
    text: str, dates_text: str, end: int, pats: _Patterns, rules: Rules
) -> tuple[_dt.date | None, int, int] | None:
    """The opening date a head line naming the facility (no full stop: ``ア 前橋市「…」
    （一体的実施施設）``) gets from the sentence opening the paragraph right under it,
    wrapped over lines as it may be (``群馬労働局（ハローワーク前橋）と前橋市は、平成25年
    6月3日から、…事業を開始した。``), when that sentence holds a start word (decision 2728)."""
    from jirei.prosewrap import runs_on

    nl = text.find("\n", end)
    if nl < 0:
        return None
    head = text[text.rfind("\n", 0, end) + 1 : nl]
    if "。" in head or len(head.strip()) > _HEAD_LINE:
        return None
    a = nl + 1
    b = text.find("。", a, a + 300)
    if b < 0 or not text[a : text.find("\n", a, b) if "\n" in text[a:b] else b].strip():
        return None
    if not pats.start.search(text, a, b):
        return None
    at = text.find("\n", a, b)
    while at >= 0:  # the sentence runs on over each line break
        if not runs_on(text, at, b):
            return None
        at = text.find("\n", at + 1, b)
    for f in find_dates(dates_text[a:b], rules):
        v = f.value
        return (_dt.date(v.year, v.month, v.day), a + f.start, a + f.end)
    return None


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
    spoken = False  # whether a case after the first began at a spoken head (3474)
    for anchor in anchors:
        lo, hi = block_of(anchor.start)
        head = place_head(text, anchor.start, kept[-1].sentence_end if kept else 0)
        if head is not None:  # a short line naming the case's place heads it (2270)
            out.append((head, hi))
            kept.append(anchor)
            prev_anchor = anchor.start
            continue
        if lo <= prev_anchor or not seps or lo == 0:
            # no rule parts this case from the one before: cut at the case's head line
            floor = 0 if prev_anchor < 0 else text.find("\n", prev_anchor) + 1
            lo = _head_line(text, max(floor, lo), anchor.start, pats.title_skip)
            line_start = text.rfind("\n", 0, anchor.start) + 1
            line_end = text.find("\n", anchor.start)
            own = text[line_start : len(text) if line_end < 0 else line_end].strip()
            if kept and lo == line_start and (own.endswith("。") or len(own) > 60):
                head = clause_head(text, anchor.start, kept[-1].sentence_end)
                if head is not None:  # ``次に石巻市でございますが、…`` (3474)
                    spoken = True
                    out.append((head, hi))
                    kept.append(anchor)
                    prev_anchor = anchor.start
                    continue
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
    if spoken and kept:  # the enumeration's first case begins at its own spoken head
        first = clause_head(text, kept[0].start, out[0][0])
        if first is not None:
            out[0] = (first, out[0][1])
    fixed = []
    for i, (lo, hi) in enumerate(out):
        if i + 1 < len(out):
            end = out[i + 1][0]
        else:
            end = _closer(text, kept[i], hi, pats)
            if end == hi:  # a figures box right under the case's last block (3477)
                end = _box_after(text, kept[i], hi, pats)
        fixed.append((kept[i], lo, max(lo, end)))
    return fixed


#: a box's top and bottom borders (``┏━━┓`` … ``┗━━┛``) and the most lines a box holds
_BOX_TOP = regex.compile(r"[ \t]*[┌┏╔╭]")
_BOX_BOTTOM = regex.compile(r"(?m)^[ \t]*[└┗╚╰][^\n]*$")
_BOX_LINES = 30


def _box_after(text: str, anchor: _Anchor, hi: int, pats: _Patterns) -> int:
    """The last case's end when a drawn box opens where its block ends (``┏━━┓`` /
    ``数字で見る「…」（2017年度）`` / figure lines / ``┗━━┛``): the box is the case's own —
    the end of its bottom border — unless it names another facility in 「」; else ``hi``
    (decision 3477)."""
    if not _BOX_TOP.match(text, hi):
        return hi
    bottom = _BOX_BOTTOM.search(text, hi)
    if bottom is None or text.count("\n", hi, bottom.start()) > _BOX_LINES:
        return hi
    for m in pats.facility.finditer(text, hi, bottom.start()):
        if m["name"].strip() != anchor.name:
            return hi  # another facility's box
    return bottom.end()


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
    run right above the anchor's paragraph. A lettered head line naming the facility
    (``ア 前橋市「…」``, ``(イ)…``) opens its case itself (decision 2729)."""
    pos = text.rfind("\n", 0, anchor) + 1
    if lettered_head(text, pos):
        return pos
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


def lettered_head(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a head line (no full stop, at most 60 characters)
    opened by an iroha letter (``ア``, ``(イ)``): one paragraph of a lettered run."""
    from jirei.iroha import IROHA_LINE

    nl = text.find("\n", pos)
    line = text[pos : len(text) if nl < 0 else nl]
    return "。" not in line and len(line.strip()) <= _HEAD_LINE and bool(IROHA_LINE.match(line))


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


#: a year alone, no 年度 (``2015年の開設以来``, ``平成27年に開設``)
_YEAR_ONLY = regex.compile(
    r"(?:[0-9]{4}|(?:平成|令和)(?:[0-9]{1,2}|元|[一二三四五六七八九十]{1,3}))年(?!度)"
)
_YEAR_MONTH = regex.compile(
    r"(?:[0-9]{4}|(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元|[一二三四五六七八九十]{1,3}))年"
    r"(?:\([^()\n]{1,8}\))?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月"
)
