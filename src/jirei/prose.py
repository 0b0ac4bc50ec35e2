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

The parts live by job: ``prosecases`` finds the cases, ``prosefigures`` reads their figures,
``prosecomments`` their comments, ``proseitems`` their initiatives and other results, and
``proseparts`` holds what they share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import regex

from jirei.model import Comment, Profile, Span
from jirei.prosecases import _Anchor, _anchors, _bounds
from jirei.prosecomments import _comments, _role
from jirei.prosedoc import document_bureau, section_end, table_metrics
from jirei.prosefigures import _metrics
from jirei.proseitems import _items
from jirei.prosekanji import arabic_years
from jirei.proseparts import (
    _BOX_LINE,
    _BULLET,
    _LABEL,
    _SEPARATOR,
    _municipality,
    _Patterns,
    _patterns,
    _sentences,
)
from jirei.proseparts import Locate as Locate
from jirei.proseparts import Original as Original
from jirei.proseturns import interview_turns
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values.fiscal import find_fiscal_years
from jirei.webfurniture import is_web_furniture

_HW_ENDS = (  # (``ハローワーク豊橋から`` over its voice: decision 3405)
    r"所長|職員|就職支援|ナビ|相談員|統括|から|より|の|と|が|は|に|を|で|も|、|。|\)|」|\s|・|/|$"
)


@per_rules
def _hw(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """A Hello Work office named in prose, its name ``n``: it ends before a particle, a mark or
    a word joining it to the next office (``[prose] office_joiners``: ``ハローワーク八幡及び
    ハローワーク小倉``; decision 2968)."""
    joiners = rules.figures_table.get("prose", {}).get("office_joiners", ())
    ends = "|".join([*(regex.escape(word) for word in joiners), _HW_ENDS])
    return regex.compile(rf"ハローワーク(?P<n>[一-龥ぁ-んァ-ヶー々]{{1,8}}?)(?={ends})")


#: a head line must hold a word besides the facility and the city (``(1)浜松市`` is a case
#: head, no title; decision 2196)
_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}A-Za-z]")
#: a running number (``(二)``, ``3.``, ``第2``) in a case head
_NUMBERING = regex.compile(r"[(\[]?第?[0-9〇一二三四五六七八九十]{1,3}[)\].、]?")
#: a numbered section heading over all the cases (``第2 施設別の実績``, ``二 各施設の状況``)
_SECTION_HEAD = regex.compile(r"^第?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]+\S")


def _place_label(line: str, municipality: str | None) -> bool:
    """Whether ``line`` is a case label ending with the case's city (``視察報告　山口県宇部市``,
    ``第一　岡山県倉敷市``): a short lead, maybe the prefecture, then the city (decision 2203)."""
    if not municipality:
        return False
    body = "".join(line.split())
    if not body.endswith(municipality):
        return False
    lead = body[: -len(municipality)]
    lead = regex.sub(r"(?:北海道|東京都|(?:京都|大阪)府|\p{Han}{2,3}県)$", "", lead)
    return len(lead) <= 8


def _title(
    text: str,
    lo: int,
    anchor: _Anchor,
    pats: _Patterns,
    minutes: bool,
    municipality: str | None,
    rules: Rules = DEFAULT_RULES,
) -> tuple[str, int, int] | None:
    """The headline above the case's first paragraph (none in minutes; a line giving only
    the city and the facility's name, or a partner line giving the city with its bureau or
    office, is a case head, not a headline: decisions 2729, 2833)."""
    from jirei.partnerlines import partner_place

    if minutes:
        return None
    pos = lo
    above: tuple[str, int, int] | None = None  # a head line alone, over the lead or not (3404)
    while pos < anchor.start:
        nl = text.find("\n", pos)
        nl = anchor.start if nl < 0 or nl > anchor.start else nl
        if above is not None and nl == anchor.start and text[nl : nl + 1] != "\n":
            return above  # (the line naming the facility: the lead)
        line = text[pos:nl]
        s = line.strip()
        if is_web_furniture(s, rules):  # ``この記事をシェア　f　X``, a breadcrumb (3472)
            pos = nl + 1
            continue
        catch = _catch_line(text, pos, nl)  # an indented catch line alone (2281)
        if catch:
            s = catch
        if (
            s
            and not _SEPARATOR.match(line)
            and not _BOX_LINE.match(line)
            and (not line.startswith((" ", "\t")) or _LABEL.match(s) or catch)
            and not _BULLET.match(line)
            and not s.endswith(("。", ":", "："))
            and 6 <= len(s) <= 60
            and not pats.title_skip.search(s)
            and not _SECTION_HEAD.match(s)
            and not _place_label(s, municipality)
            and partner_place(s, rules) is None
            and _WORD.search(_naming_rest(s, anchor, municipality))
        ):
            cut = _LABEL.match(s)
            if cut is None and municipality and s.startswith(municipality):
                cut = regex.match(rf"{regex.escape(municipality)}[ \t]+", s)
            if cut is not None and len(s) - cut.end() >= 6:  # ``【四万十】headline``
                s = s[cut.end() :]
            at = pos + line.find(s)
            from jirei.titles import unquote  # ``～catch-phrase～`` over a lead (3120)

            s, front = unquote(s, rules)
            found = (s, at + front, at + front + len(s))
            alone = text[nl : nl + 2] == "\n\n"
            if above is not None and not (alone and _corner(above[0], s)):
                return above  # (a byline, a lead wrapped over lines: no headline)
            if not alone:
                return found
            # a head line alone: a longer one alone nearer the lead is the headline and
            # this one the page's corner name (``くらしの窓口`` over the catch phrase)
            above = found
            pos = nl + 1
            continue
        if catch:
            pos = nl + 1
            continue
        if s.endswith("。") or (line.startswith((" ", "\t")) and not _LABEL.match(s)):
            return above  # the lead began: the head line alone above it, if any
        pos = nl + 1
    return above


def _corner(line: str, below: str) -> bool:
    """Whether a head line standing alone is a page's corner name over the catch phrase
    ``below`` it (``くらしの窓口`` over ``生活の悩みも、仕事探しも、ワンストップで``): a plain
    name, no punctuation, shorter than the line below (decision 3404)."""
    return len(line) < len(below) and not regex.search(r"[、。,!?！？「」『』]", line)


def _naming_rest(line: str, anchor: _Anchor, municipality: str | None) -> str:
    """What a head line says besides naming the case: the facility's name (or the part of
    it a line break leaves open), its bracketed kind, the city, a running number or an
    iroha letter dropped (``ア 前橋市「まえばし就労支援センター」（一体的実施施設）`` says
    nothing more: decision 2729)."""
    from jirei.iroha import IROHA_LINE

    rest = IROHA_LINE.sub("", line, count=1)
    rest = rest.replace(anchor.name, "").replace(municipality or "\0", "")
    if anchor.kind:
        rest = rest.replace(f"({anchor.kind})", "")
    rest = regex.sub(r"[「『][^」』]*$|^[^「『]*[」』]", "", rest)  # a name cut by the break
    return _NUMBERING.sub("", rest)


#: a catch line's dashes (``――区役所に根づいた相談の場――``)
_DASHES = "―—─-－"


def _catch_line(text: str, pos: int, nl: int) -> str | None:
    """The words of an indented catch line standing alone between blank lines (indented by
    two spaces or more, no full stop, dashes around it dropped), else None (decision 2281)."""
    line = text[pos:nl]
    if not line.startswith(("  ", "\t", " \t")):
        return None
    alone_above = pos < 2 or text[pos - 2 : pos] == "\n\n"
    alone_below = nl >= len(text) - 1 or text[nl : nl + 2] == "\n\n"
    if not (alone_above and alone_below):
        return None
    body = line.strip().strip(_DASHES).strip()
    if not body or body.endswith("。") or len(body) > 40:
        return None
    return body


def _lead_cities(text: str, end: int) -> tuple[tuple[str, int], ...]:
    """The cities (``…市``) the document names before its first case, with their offsets."""
    if "区" not in text:
        return ()
    from jirei.proseheads import places

    found = []
    for name in places(text, 0, end):
        if name.endswith("市"):
            found.append((name, text.find(name, 0, end)))
    return tuple(found)


def _ward_city(
    text: str, lo: int, hi: int, cities: tuple[tuple[str, int], ...]
) -> tuple[str, int] | None:
    """The one city named before the first case whose ward this case names (a city
    council's minutes answered ward by ward: ``中区では、…``; decision 2286)."""
    from jirei.proseheads import known_places, places

    wards = [w for w in places(text, lo, hi) if w.endswith("区")]
    names = known_places()
    hits = {(c, at) for c, at in cities for w in wards if c + w in names}
    return next(iter(hits)) if len(hits) == 1 else None


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
    if beats is not None:  # the bounds only drop anchors: can any count left beat the others?
        dated = sum(1 for a in anchors if a.start_date)
        if not any(beats(n, min(n, dated)) for n in range(len(anchors) + 1)):
            return []
    cases = _bounds(text, anchors, pats)
    if beats is not None and not beats(len(cases), sum(1 for a, _, _ in cases if a.start_date)):
        return []
    loc: Locate = locate or (lambda a, b: Span(a, b))
    orig: Original = original or (lambda a, b: text[a:b])
    years_text = arabic_years(text)  # ``二〇一六年度`` (decision 2272; same offsets)
    doc_years = Counter(f.value.year for f in find_fiscal_years(years_text, rules=rules))
    doc_year = doc_years.most_common(1)[0][0] if doc_years else None
    if len(cases) >= 2:  # the numbered section the cases stand in ends the last (2193)
        last, lo_last, hi_last = cases[-1]
        cases[-1] = (last, lo_last, section_end(text, cases[0][1], last.sentence_end, hi_last))
    lead = text[: cases[0][1]]  # a release's own bureau: its lead or contact box (2194)
    lead_cities = _lead_cities(text, cases[0][1])  # a ward's city (2286)
    release = tuple(table.get("release_words", ())) or ("\0",)
    bureau = document_bureau(lead) if "労働局" in lead and any(w in lead for w in release) else None
    profiles = []
    for anchor, lo, hi in cases:
        profiles.append(
            _profile(
                text, lo, hi, anchor, pats, rules, loc, orig, doc_year, bureau, years_text,
                lead_cities,
            )
        )
    from jirei.voiceplaces import with_voices_by_place  # another case's voice (3476)

    quoted: set[tuple[int, int]] | None = None

    def inline(comment: Comment) -> bool:
        """Whether ``comment`` is a quotation whose sentence names its speaker (``Xからは「…」
        との…``), read once a comment may move at all."""
        nonlocal quoted
        if quoted is None:
            quoted = {
                (span.start, span.end)
                for m in pats.quote.finditer(text)
                for span in (loc(m.start("q"), m.end("q")),)
            }
        return comment.span is not None and (comment.span.start, comment.span.end) in quoted

    profiles = with_voices_by_place(profiles, inline)
    return table_metrics(text, profiles, pats, rules, loc)  # an attached table (2195)


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
    doc_bureau: tuple[str, int] | None = None,
    years_text: str | None = None,
    lead_cities: tuple[tuple[str, int], ...] = (),
) -> Profile:
    from jirei.places import prefecture_of_bureau, prefectures_of

    spans: dict[str, Span] = {}
    minutes = bool(regex.search(r"(?m)^[ \t]*[○◯〇][^\s(]{1,12}\([^()\n]{1,30}\)", text[lo:hi]))
    muni = _municipality(text, lo, hi)
    municipality = prefecture = None
    inferred: list[str] = []
    if muni is None and lead_cities:
        muni = _ward_city(text, lo, hi, lead_cities)
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
    if bureau is None and doc_bureau is not None and prefecture is not None:
        if prefecture_of_bureau(doc_bureau[0]) == prefecture:  # the document's one bureau
            bureau = doc_bureau[0]  # (a release's lead or contact box; decision 2194)
            spans["labour_bureau"] = locate(doc_bureau[1], doc_bureau[1] + len(bureau))
    heads = [
        (a, b)
        for a, b in _sentences(text, lo, hi)
        if "\n" not in text[a:b]
        and len(text[a:b]) <= 60
        and pats.title_skip.search(text, a, b)
        and not text[a:b].rstrip().endswith("。")
    ]
    not_after = tuple(rules.figures_table.get("prose", {}).get("office_not_after", ())) or ("\0",)
    offices: list[str] = []
    office_spans: list[Span] = []
    for m in _hw(rules).finditer(text, lo, hi):
        if m["n"][0] in "のとがはにをでもへや" or any(a <= m.start() < b for a, b in heads):
            continue
        if text.startswith(not_after, m.start("n")):  # ``ハローワークまで距離が…`` (2192)
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
    years = list(find_fiscal_years((years_text or text)[lo:hi], rules=rules))
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
    turns = interview_turns(text, lo, hi, pats, lambda s: _role(s, rules), locate, rules)
    if turns:
        found_comments = sorted([*found_comments, *turns], key=lambda x: x[0])
    from jirei.prosevoices import headed_voices  # ``◆ハローワーク豊橋から`` over its words (3405)

    headed, heard = headed_voices(text, lo, hi, rules, locate)
    kept = [  # (a voice another reader found under the heading stays that reader's)
        (voice, (a, b))
        for voice, (a, b) in zip(headed, heard, strict=True)
        if not any(a <= at < b for at, _ in found_comments)
    ]
    if kept:
        found_comments = sorted([*found_comments, *(v for v, _ in kept)], key=lambda x: x[0])
        quoted = [*quoted, *(r for _, r in kept)]
    title = _title(text, lo, anchor, pats, minutes, municipality, rules)
    masked = list(quoted)
    if title:
        spans["title"] = locate(title[1], title[2])
        masked.append((title[1], title[2]))
    metrics = _metrics(text, lo, hi, masked, pats, rules, locate)
    initiatives, others = _items(text, lo, hi, quoted, pats, original, rules)
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
