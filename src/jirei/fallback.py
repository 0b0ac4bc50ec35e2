"""Fallback segmentation: cases found from the genre's strongest signals when the case
rules find none (or leave a stretch before the first case holding results or comments).

A report of the genre puts, for every case, a header-ish part (a place naming a city with
its Hello Work office or labour bureau, a start date ``…開設``) before a body that ends in
results and comments. The fallback anchors on those signals:

    place     a line naming a municipality (from ``jirei.places``) with a Hello Work office
              or a labour bureau, or a line that is only ``<prefecture><municipality>``
    date      a short line that is no sentence holding a full date (``令和3年4月1日開設``)
    results   a results heading, or a run of table rows holding figures
    comment   a comment heading or a comments section

Consecutive anchors form a group; an opening anchor (place, date) after a group had its
results or comments opens the next group, as does a results anchor after its comments.
Only groups with results or comments are cases. Each case starts at the most plausible
boundary before its first anchor: a case label, a chapter label (``2-1``), a rule line
(``――――``), a quoted title (``『…』``), a marked title (``◆…``), else the start of the
paragraph of title-like lines right above it. Precision over recall: a group without an
opening anchor and without such a boundary is merged into the group before it.

The cases are read with the usual readers; ``read_fallback_header`` adds a generic reading
of header lines (unknown ``label:value`` fields whose value is a place, an office or a date;
a line that is only a place), and ``fallback_parts`` recognises decorated headings whose
text starts or ends with a section alias (``(2)実績の推移`` → results).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import attrs
import regex
from attrs import frozen

from jirei import header as h
from jirei.attendees import names_people
from jirei.caselabel import label_length
from jirei.headedresults import headed_results
from jirei.header import HeaderFields
from jirei.iroha import IROHA_LINE, iroha_items
from jirei.lines import Line
from jirei.places import PREFECTURES
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.sections import (
    Block,
    CaseParts,
    K,
    LineInfo,
    Section,
    classifier,
    ends_sentence,
    heading_key,
    split_case,
    strip_hash,
)
from jirei.segment import Case
from jirei.titles import drop_field_label, unquote

#: A line of nothing but a repeated rule character (``――――``, ``-----``, ``━━━``).
_RULE = regex.compile(r"^[\s#]*(?:[-‐－―—─━=＝_~〜*＊・]\s*){4,}$")
#: A chapter-style label before a case (``2-1``, ``第2章 1``).
_CHAPTER = regex.compile(r"^\s*#*\s*\d{1,2}\s*[-‐－―—]\s*\d{1,2}(?=\s|$)\s*")
#: A title in quotes (``『…』``, ``―…―``) or behind a title marker (``◆…``).
_QUOTED = regex.compile(
    r"^\s*#*\s*(?:『(?P<title>[^』]+)』|[―—]{1,2}(?P<title>[^―—]+?)[―—]{1,2})\s*$"
)
_MARKED = regex.compile(r"^\s*#*\s*[◆◇■□●◎★☆]\s*(?P<title>\S.*?)\s*$")
#: A number before a place alone on its line (``1　place``, ``2.``, ``(3)``; decision 1125)
_ENUMERATOR = regex.compile(r"^(?:\d{1,2}[.)]?|\(\d{1,2}\))\s+")
#: brackets and tildes a place alone may stand between (``《大崎市》``, ``~大崎市~``)
_PAIRS = {"《": "》", "〈": "〉", "~": "~", "〜": "〜", "〔": "〕", "<": ">", "[": "]"}
#: a prefecture in brackets after a place (``大崎市(宮城県)``)
_PREFECTURE_AFTER = regex.compile(r"\(\s*(\S{2,4}?[都道府県])\s*\)$")
#: A label somewhere in a line's first characters (``取組事例1``).
_LABEL_REACH = 6
#: The longest line read as part of a header / a title.
_MAX_HEADER = 100
_MAX_TITLE = 60
#: The longest heading read as a decorated alias (``(2)実績の推移``).
_MAX_SOFT_KEY = 15
#: How many lines above an anchor are looked at for the case's start.
_MAX_LEAD = 8
#: What a municipality name ends with (every place test needs one).
_MUNICIPALITY_END = regex.compile("[市区町村]")
#: Characters that cannot be inside a place name.
_NOT_PLACE = set(" \t、。・()「」『』:/|【】[]<>〈〉《》〔〕,，")
_FIELD = regex.compile(r"^\s*(?P<label>[^\s:/]{1,12}?)\s*:\s*(?P<value>\S.*?)\s*$")
_PIECE_BREAK = regex.compile(r"\s*/\s*|\s{2,}")
_SEPARATORS = regex.compile(r"[\s×✕・/、,()【】\[\]〔〕〈〉《》<>]+")
#: Brackets a case label may be written in (after NFKC), opening → closing.
_OPENERS = {"(": ")", "[": "]", "〔": "〕", "〈": "〉", "《": "》", "<": ">", "【": "】"}


@frozen
class Anchor:
    """A line that signals a case: its index and kind (place, date, results, comment)."""

    index: int
    kind: str

    @property
    def opening(self) -> bool:
        return self.kind in ("place", "date")


# ------------------------------------------------------------------ line signals


class _Signals:
    """The patterns of one Rules object that the fallback reads lines by."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        offices = sorted({*rules.hello_work_prefixes, *rules.hello_work_suffixes}, key=len)
        self.office = regex.compile(
            "|".join(regex.escape(word) for word in ("労働局", *offices)) or "(?!)"
        )
        units = sorted({*rules.units, *rules.rate_units}, key=len, reverse=True)
        unit_words = "|".join(regex.escape(unit) for unit in units) or "(?!)"
        self.figure = regex.compile(rf"\d[\d,]*(?:\.\d+)?\s*(?:{unit_words})")
        alternatives = "|".join(f"(?:{p})" for p in rules.case_labels) or "(?!)"
        self.label = regex.compile(alternatives)
        aliases = sorted(
            ((alias, kind) for alias, kind in rules.sections.items() if len(alias) >= 2),
            key=lambda pair: len(pair[0]),
            reverse=True,
        )
        self.aliases = tuple(aliases)
        #: each alias → (its place in ``aliases``, its kind), and the lengths aliases have
        self.alias_order = {alias: (n, kind) for n, (alias, kind) in enumerate(aliases)}
        self.alias_lengths = sorted({len(alias) for alias, _ in aliases})


@per_rules
def _signals(rules: Rules) -> _Signals:
    return _Signals(rules)


def is_rule_line(text: str) -> bool:
    """A line that is only a rule (``――――``)."""
    return bool(_RULE.match(text))


@per_rules_memo(1 << 14)
def lead_label(text: str, rules: Rules = DEFAULT_RULES) -> int:
    """How many leading characters of a line are a case or chapter label (``事例1``,
    ``【事例1】``, ``取組事例1``, ``2-1``), with the spaces after it; 0 when none.
    Memoised per text (``place_alone`` and ``place_offices`` ask it of the same line)."""
    length = label_length(text, rules)
    if length:
        return length
    chapter = _CHAPTER.match(text)
    if chapter is not None:
        return chapter.end()
    stripped = strip_hash(text)
    cut = len(text) - len(text.lstrip()) + (len(text.strip()) - len(stripped))
    closer = _OPENERS.get(stripped[:1])
    if closer is not None and closer in stripped[1:12]:  # (事例1), [No.1]: in brackets
        inner = stripped[1 : stripped.index(closer, 1)]
        if inner.strip() and label_length(inner.strip(), rules) == len(inner.strip()):
            rest = stripped[len(inner) + 2 :]
            return cut + len(inner) + 2 + (len(rest) - len(rest.lstrip()))
    found = _signals(rules).label.search(stripped[: _LABEL_REACH + 6])
    if found is None or not 0 < found.start() <= _LABEL_REACH:
        return 0
    before = stripped[: found.start()]
    if any(char.isspace() or char in _NOT_PLACE for char in before):
        return 0
    rest = stripped[found.end() :]
    return cut + found.end() + (len(rest) - len(rest.lstrip()))


@lru_cache(maxsize=1 << 12)
def find_place(text: str) -> tuple[int, int] | None:
    """Where the first municipality of the table (with its prefecture, if written before
    it) stands in ``text``: the longest name ending at a 市/区/町/村. Memoised per text: a
    document asks it of the same line several times (``place_alone``, ``place_offices``,
    the place precheck and the anchors; ~3.7 asks per distinct text on the bench)."""
    from jirei.places import PREFECTURES, glued_kana, prefectures_of

    for match in _MUNICIPALITY_END.finditer(text):  # each 市/区/町/村, in order
        end = match.end()
        best: int | None = None
        for start in range(end - 2, max(-1, end - 14), -1):
            if text[start] in _NOT_PLACE:
                break
            if prefectures_of(text[start:end]):
                best = start
        if best is not None and glued_kana(text, best):
            continue  # (``山あいの町``: no いの町, decision 2710)
        if best is not None:
            for prefecture in PREFECTURES:
                if text[:best].endswith(prefecture):
                    best -= len(prefecture)
                    break
            return best, end
    return None


def place_near(infos: Sequence[LineInfo], first: int, lines: Sequence[int], reach: int) -> bool:
    """Whether line ``first`` (a case label) or one of the first ``reach`` of ``lines``
    (indexes into ``infos``) names a place (``find_place``)."""
    return find_place(infos[first].text) is not None or any(
        find_place(infos[i].text) is not None for i in lines[:reach]
    )


def place_alone(
    text: str, rules: Rules = DEFAULT_RULES, *, decorated: bool = True
) -> tuple[int, int] | None:
    """The place of a line that names only ``<prefecture><municipality>`` (after a case or
    chapter label and a marker), else None. ``decorated``: also with a number before it,
    brackets or tildes round it, or its prefecture in brackets after it (``② 宮城県大崎市``,
    ``《大崎市》``, ``~大崎市~``, ``大崎市(宮城県)``; decision 1125)."""
    cut = lead_label(text, rules)
    rest = text[cut:]
    body = rest.strip().lstrip("◆◇■□●○◎・").strip()
    if decorated:
        body = _undecorated(body)
    if not body or len(body) > 20:
        return None
    found = find_place(body)
    if found is None or found != (0, len(body)):
        return None
    at = cut + rest.find(body)
    return at, at + len(body)


def _undecorated(text: str) -> str:
    """``text`` without a number before it, a pair of brackets or tildes round it and a
    bracketed prefecture after it (each when present)."""
    text = _ENUMERATOR.sub("", text, count=1)
    pair = _PAIRS.get(text[:1])
    if pair is not None and len(text) > 2 and text.endswith(pair):
        text = text[1:-1].strip()
    bracketed = _PREFECTURE_AFTER.search(text)
    if bracketed is not None and bracketed.start() > 0:
        from jirei.places import PREFECTURES

        if bracketed.group(1) in PREFECTURES:
            text = text[: bracketed.start()].rstrip()
    return text


def _date_in(text: str, rules: Rules) -> bool:
    from jirei.values import find_dates

    return next(iter(find_dates(text, rules)), None) is not None


def _field_like(text: str) -> bool:
    return bool(_FIELD.match(strip_hash(text)))


def place_offices(text: str, rules: Rules = DEFAULT_RULES) -> tuple[int, int] | None:
    """The place of a line written ``<place> <bureau / offices>`` and nothing else
    (``静岡県浜松市　静岡労働局　ハローワーク浜松``, ``別府市(大分労働局・ハローワーク別府)``),
    after a case or chapter label and a marker; else None."""
    cut = lead_label(text, rules)
    rest = text[cut:]
    body = strip_hash(rest).lstrip("◆◇■□●○◎・").strip()
    found = find_place(body)
    if found is None or found[0] != 0:
        return None
    tokens = [t for t in _SEPARATORS.split(body[found[1] :]) if t]
    if not tokens or not all(_offices_only(token, rules) for token in tokens):
        return None
    at = cut + rest.find(body)
    return at, at + found[1]


_BUREAU_LEAD = regex.compile(r"\S*?労働局")


def _offices_only(token: str, rules: Rules) -> bool:
    """Whether a token is nothing but a labour bureau and / or Hello Work offices
    (``静岡労働局ハローワーク浜松`` once normalisation removed the space between them)."""
    bureau = _BUREAU_LEAD.match(token)
    rest = token[bureau.end() :] if bureau else token
    position = 0
    for office in h.header_patterns(rules).office.finditer(rest):
        if office.start() != position:
            return False
        position = office.end()
    return position == len(rest) and (bureau is not None or position > 0)


def _start_line(text: str, rules: Rules) -> bool:
    """A line giving a start date: a field line, a line naming a start (``…開設``), or
    a date alone."""
    from jirei.values import find_dates

    dates = list(find_dates(text, rules))
    if not dates:
        return False
    if _field_like(text) or any(marker in text for marker in rules.start_markers):
        return True
    return len(dates) == 1 and dates[0].end - dates[0].start == len(text.strip())


def anchor_kind(info: LineInfo, rules: Rules = DEFAULT_RULES) -> str | None:
    """The anchor a classified line is (see ``Anchor``), else None."""
    kind = info.kind
    if kind is K.COMMENT or (kind is K.SECTION and info.section == "comments"):
        return "comment"
    if kind is K.SECTION and info.section == "results":
        return "results"
    soft = soft_heading(info, rules)
    if soft is not None:
        return "results" if soft == "results" else "comment" if soft == "comments" else None
    if kind is K.TABLE:
        return "results" if _signals(rules).figure.search(info.text) else None
    if kind not in (K.TEXT, K.HEADING, K.HEADER, K.BULLET):
        return None
    if names_people(info.text, rules):  # a talk's attendees by place (decision 3621)
        return None
    if kind is K.HEADER:  # a header the case rules know, in a layout they do not
        return "place"
    text = strip_hash(info.text)
    if kind is not K.HEADER and headed_results(text, rules):  # ［実績］支援対象者数… (3281)
        return "results"
    if not text or len(text) > _MAX_HEADER or ends_sentence(text) or text.startswith("「"):
        return None
    field = _field_like(text)
    # every place test needs a municipality, which ends at one of 市区町村 (exact precheck)
    if _MUNICIPALITY_END.search(text) is not None:
        # (a numbered place alone, ``1　群馬県高崎市``, may be a contents list: no anchor; it
        # joins a headline right under it only, ``extend_back``)
        if (
            place_alone(text, rules, decorated=False) is not None
        ) or place_offices(text, rules) is not None:
            return "place"
        if field and _signals(rules).office.search(text) and find_place(text) is not None:
            return "place"
    if (field or kind is not K.BULLET) and _start_line(text, rules):
        return "date"
    return None


def soft_heading(info: LineInfo, rules: Rules = DEFAULT_RULES) -> str | None:
    """The section kind of a decorated heading whose text starts or ends with a section
    alias (``(2)実績の推移``, ``【数字で見る成果】(令和5年度)``); None for other lines."""
    if info.kind not in (K.HEADING, K.BULLET, K.TEXT):
        return None
    from jirei.headings import strip_number, trailing_fiscal_year, variant_kind

    stripped = strip_hash(info.text)
    if not stripped or ends_sentence(stripped) or len(stripped) > 40:
        return None
    unnumbered = strip_number(stripped, rules)
    decorated = (
        info.kind is not K.TEXT
        or unnumbered != stripped
        or stripped[0] in "■□◆◇●○◎▼▽〈《［【<(＜"
    )
    if not decorated:
        return None
    known = variant_kind(stripped, rules, unnumbered)
    if known is not None:
        return known
    key = heading_key(unnumbered, rules)
    key = trailing_fiscal_year(rules).sub("", key)
    if not key or len(key) > _MAX_SOFT_KEY:
        return None
    # the first alias (in ``aliases`` order) the key starts or ends with
    signals = _signals(rules)
    order = signals.alias_order
    best: tuple[int, str] | None = None
    for length in signals.alias_lengths:
        if length > len(key):
            break
        for hit in (order.get(key[:length]), order.get(key[-length:])):
            if hit is not None and (best is None or hit[0] < best[0]):
                best = hit
    return best[1] if best is not None else None


# ------------------------------------------------------------------ segmentation


def find_anchors(
    infos: Sequence[LineInfo],
    lo: int,
    hi: int,
    rules: Rules = DEFAULT_RULES,
    known: dict[int, str | None] | None = None,
) -> list[Anchor]:
    """The anchors among ``infos[lo:hi]``; a run of table rows counts once, at its first
    row that is an anchor (a header row over ``|---|`` holds no figure; decision 1046).
    ``known``: the anchors (by line index) already asked of some lines."""
    anchors: list[Anchor] = []
    anchored_run = False  # the current run of table rows has its anchor
    known = known if known is not None else {}
    for index in range(lo, hi):
        info = infos[index]
        if info.kind is K.BLANK:
            continue
        kind = known[index] if index in known else anchor_kind(info, rules)
        if kind == "date" and _in_turn(infos, index):  # a secretariat's speech (2013)
            kind = None
        if kind == "place" and _speaker_in_comments(infos, index):  # ○松山市 (3239)
            kind = None
        table = info.kind is K.TABLE
        if kind is not None and not (table and anchored_run):
            anchors.append(Anchor(index, kind))
        anchored_run = table and (anchored_run or kind is not None)
    return anchors


def _speaker_in_comments(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether a marked line naming a place alone (``○松山市``, ``・高知市``) is a speaker in a
    comments section, not a case's header: the section above it (no two blank lines between)
    is a comments section and its speech is the text line right under it (decision 3239)."""
    if infos[index].kind is not K.BULLET:
        return False
    if index + 1 >= len(infos) or infos[index + 1].kind is not K.TEXT:
        return False
    blanks = 0
    at = index - 1
    while at >= 0:
        info = infos[at]
        if info.kind is K.BLANK:
            blanks += 1
            if blanks >= 2:
                return False
        else:
            blanks = 0
            if info.kind is K.SECTION:
                return info.section == "comments"
            if info.kind in (K.HEADER, K.HEADING):
                return False
        at -= 1
    return False


#: a speaker's turn head in minutes: ``事務局(ハローワーク鶴岡):``, ``○事務局(ハローワーク山形)``
_TURN_HEAD = regex.compile(
    r"^\s*(?:[○◯〇]\s*[^\s()]{1,8}\([^()]{1,40}\)|[^\s()]{1,8}\([^()]{1,40}\)\s*[:：])\s*$"
)


def _in_turn(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether line ``index`` opens the speech under a speaker's turn head (decision 2013)."""
    at = index - 1
    while at >= 0 and infos[at].kind is K.BLANK:
        at -= 1
    if at < 0 or index - at > 1:
        return False
    text = infos[at].text
    return text.rstrip().endswith((")", ":", "：")) and _TURN_HEAD.match(text) is not None


@frozen
class _Group:
    anchors: tuple[Anchor, ...]

    @property
    def first(self) -> int:
        return self.anchors[0].index

    @property
    def last(self) -> int:
        return self.anchors[-1].index

    @property
    def opened(self) -> bool:
        return self.anchors[0].opening

    @property
    def has_body(self) -> bool:
        return any(not a.opening for a in self.anchors)


def _groups(anchors: Sequence[Anchor]) -> list[_Group]:
    groups: list[list[Anchor]] = []
    for anchor in anchors:
        current = groups[-1] if groups else None
        if current is None:
            groups.append([anchor])
            continue
        body = any(not a.opening for a in current)
        commented = any(a.kind == "comment" for a in current)
        if (anchor.opening and body) or (anchor.kind == "results" and commented):
            groups.append([anchor])
        else:
            current.append(anchor)
    return [_Group(tuple(group)) for group in groups]


def _strong(info: LineInfo, rules: Rules) -> bool:
    """A line that marks where a case begins: a rule, a case / chapter label or a quoted
    title."""
    text = info.text
    return bool(is_rule_line(text) or lead_label(text, rules) or _QUOTED.match(text))


#: a quotation closed early in a line, the phrase going on in words (``「…」と言われる窓口へ``)
_QUOTED_PHRASE = regex.compile(r"^「[^「」]{1,20}」[\p{Han}\p{Hiragana}\p{Katakana}]")


def quoted_phrase(text: str) -> bool:
    """Whether a line opening with ``「`` is a phrase quoting a few words and going on
    (``「来てよかった」と言われる窓口へ…``; decision 2806), not a quotation of its own."""
    return _QUOTED_PHRASE.match(text) is not None


def _title_like(info: LineInfo) -> bool:
    text = strip_hash(info.text)
    return (
        info.kind in (K.TEXT, K.HEADING, K.BULLET, K.HEADER)
        and 0 < len(text) <= _MAX_TITLE
        and not ends_sentence(text)
        and not (text.startswith("「") and not quoted_phrase(text))
        and not text.endswith("」")
    )


def _marked_title(info: LineInfo, rules: Rules) -> bool:
    """Whether a line is a catch phrase behind a headline mark (``▶ …「ワンフロア支援」``,
    ``◆「働きたい」を支える``): the mark makes it the headline even where it closes on a quote
    (decision 3238); a sentence behind the mark is none."""
    text = strip_hash(info.text)
    if info.kind not in (K.TEXT, K.BULLET) or not rules.headline_marks:
        return False
    if not text.startswith(rules.headline_marks):
        return False
    title = text.lstrip("".join(rules.headline_marks)).strip()
    return 0 < len(title) <= _MAX_TITLE and not ends_sentence(title)


def _start(infos: Sequence[LineInfo], floor: int, anchor: int, rules: Rules) -> int | None:
    """Where the case whose first anchor is at ``anchor`` starts (not before ``floor``):
    the earliest label / rule / quoted-title line in the title-like lines right above it,
    else the first line of the paragraph of such lines; None when nothing marks a start."""
    index = anchor
    strong: int | None = anchor if _strong(infos[anchor], rules) else None
    paragraph = anchor
    blank_gap = False
    looked = 0
    while index - 1 >= floor and looked < _MAX_LEAD:
        info = infos[index - 1]
        if info.kind is K.BLANK:
            blank_gap = True
            index -= 1
            continue
        if not (_title_like(info) or is_rule_line(info.text)):
            break
        looked += 1
        index -= 1
        if _strong(info, rules):
            strong = index
        elif not blank_gap:
            paragraph = index
        if blank_gap and strong is None:
            break
        blank_gap = False
    if strong is not None:
        return strong
    marked = _MARKED.match(infos[paragraph].text)
    if paragraph < anchor or marked or infos[anchor].kind is not K.TABLE:
        return paragraph
    return None


def fallback_cases(
    infos: Sequence[LineInfo],
    lo: int,
    hi: int,
    rules: Rules = DEFAULT_RULES,
    *,
    opened_only: bool = False,
) -> list[Case]:
    """The cases the fallback finds in ``infos[lo:hi]`` (see the module docstring). A case
    needs results or comments; one without a place or date needs comments (a lone table
    of figures may be a report's overview); with ``opened_only``, every case needs a place
    (a date alone does not open a case inside another one)."""
    known: dict[int, str | None] = {}  # each line's anchor, asked once
    if opened_only and not _has_place(infos, lo, hi, rules, known):
        return []  # every case would need a place anchor (a cheaper exact test first)
    groups = _groups(find_anchors(infos, lo, hi, rules, known))
    kept: list[tuple[int, _Group]] = []
    floor = lo
    for group in groups:
        opening = any(a.opening for a in group.anchors)
        commented = any(a.kind == "comment" for a in group.anchors)
        placed = any(a.kind == "place" for a in group.anchors)
        if not group.has_body or (opened_only and not placed):
            continue
        if not kept and not opening and not commented:
            continue
        start = _start(infos, floor, group.first, rules)
        if kept and _in_case_box(infos, group, rules):
            start = None  # the data box of the case above, read after its story (3332)
        if start is None or (kept and not group.opened and not _strong(infos[start], rules)):
            if kept:  # nothing marks a new case: the anchors belong to the one before
                first, before = kept[-1]
                kept[-1] = (first, _Group((*before.anchors, *group.anchors)))
                floor = group.last + 1
                continue
            start = group.first
        kept.append((start, group))
        floor = group.last + 1
    cases: list[Case] = []
    for number, (start, group) in enumerate(kept):
        stop = kept[number + 1][0] if number + 1 < len(kept) else hi
        cases.append(_case(infos, start, stop, group, rules))
    return cases


def _in_case_box(infos: Sequence[LineInfo], group: _Group, rules: Rules) -> bool:
    """Whether a group's anchors stand in a data box that repeats or completes the case
    above it (``jirei.caseboxes``; decisions 1941, 3332)."""
    from jirei.caseboxes import repeats_open_case

    return any(repeats_open_case(infos, a.index, rules) for a in group.anchors[:1])


#: the line kinds whose place tests need a municipality (a HEADER line is a place as it is)
_PLACE_TEST_KINDS = (K.TEXT, K.HEADING, K.BULLET)


def _has_place(
    infos: Sequence[LineInfo],
    lo: int,
    hi: int,
    rules: Rules,
    known: dict[int, str | None] | None = None,
) -> bool:
    """Whether a line of ``infos[lo:hi]`` is a place anchor, ``anchor_kind`` being asked
    only of the lines that can be one (a header line, or a line holding 市区町村); the
    answers are kept in ``known`` (by line index)."""
    known = known if known is not None else {}
    for index in range(lo, hi):
        info = infos[index]
        if (
            info.kind is K.HEADER
            or (info.kind in _PLACE_TEST_KINDS and _MUNICIPALITY_END.search(info.text))
        ) and _is_place(info, rules):
            known[index] = "place"
            return True
    return False


def _is_place(info: LineInfo, rules: Rules) -> bool:
    """Whether ``anchor_kind(info, rules) == "place"``, without its date test (a line that
    is no place may be a date, which does not matter here) and with the place tests
    before the soft-heading test (both must pass: a soft heading is never a place)."""
    kind = info.kind
    if names_people(info.text, rules):  # a talk's attendees by place (decision 3621)
        return False
    if kind is K.HEADER:
        return True  # (no soft heading, no comment, no results: a header is a place)
    if kind not in _PLACE_TEST_KINDS:
        return False
    text = strip_hash(info.text)
    if not text or len(text) > _MAX_HEADER or ends_sentence(text) or text.startswith("「"):
        return False
    if _MUNICIPALITY_END.search(text) is None:
        return False
    placed = (
        place_alone(text, rules, decorated=False) is not None
        or place_offices(text, rules) is not None
        or (
            _field_like(text)
            and _signals(rules).office.search(text) is not None
            and find_place(text) is not None
        )
    )
    return placed and soft_heading(info, rules) is None


def _case(infos: Sequence[LineInfo], start: int, stop: int, group: _Group, rules: Rules) -> Case:
    """A fallback case over ``[start, stop)``: its preamble (title, header-ish lines)
    read up to the first line of its body."""
    header: list[int] = []
    headline: int | None = None
    index = start
    body_anchor = next(a.index for a in group.anchors if not a.opening)
    while index < min(stop, body_anchor):
        info = infos[index]
        text = info.text
        if info.kind is K.BLANK or is_rule_line(text):
            index += 1
            continue
        cut = lead_label(text, rules)
        rest = strip_hash(text[cut:])
        if info.kind in (K.SECTION, K.COMMENT, K.TABLE) or soft_heading(info, rules):
            break
        if not rest and cut:
            index += 1
            continue
        kind = anchor_kind(info, rules)
        if kind in ("place", "date") or _is_field(info, rules):
            header.append(index)
        elif (
            headline is None
            and (_title_like(info) or _marked_title(info, rules))
            and not classifier(rules).bracket_heading.match(rest)
        ):
            headline = index
        else:
            subtitle = _subtitle_below(infos, index, min(stop, body_anchor))
            if headline is None or subtitle is None:
                break
            headline, index = subtitle, subtitle  # decision 2351
        index += 1
    return Case(start, stop, tuple(header), headline, (), index, "fallback")


#: How many title-like lines may stand between a report's name and its subtitle.
_SUBTITLE_REACH = 3


def _subtitle_below(infos: Sequence[LineInfo], index: int, stop: int) -> int | None:
    """The index of a subtitle in dashes or 『』 (``― 福祉と仕事の相談をひとつの窓口で ―``)
    among the few title-like lines from ``index`` on, none of them a sentence, else None:
    on a cover under a report's name it is the case's catch phrase (decision 2351)."""
    seen = 0
    while index < stop and seen <= _SUBTITLE_REACH:
        info = infos[index]
        if info.kind is K.BLANK:
            index += 1
            continue
        if _QUOTED.match(info.text):
            return index
        if not _title_like(info):
            return None
        seen += 1
        index += 1
    return None


def extend_back(
    infos: Sequence[LineInfo], cases: Sequence[Case], closed_at: dict[int, int], rules: Rules
) -> list[Case]:
    """``cases`` where a case the rules opened at its headline alone has, right above it and
    after the case before it closed, header lines the rules do not know (a place line, a
    field naming a place or office, a start-date line): those lines join it as its header
    (origin ``extended``), and the case before stops above them."""
    out = list(cases)
    for number, case in enumerate(out):
        if case.origin != "rules" or case.header or case.alt_header or case.headline is None:
            continue
        if case.first < case.headline and label_length(infos[case.first].text, rules):
            continue  # a case its label opens (``【事例1】`` over the headline): the lines
            # above the label are another block's (an overview's facts, decision 2610)
        floor = 0
        if number > 0:
            before = out[number - 1]
            floor = closed_at.get(before.first, before.stop - 1) + 1
        lines: list[int] = []
        top_place: int | None = None
        index = case.first - 1
        # a "headline" that states a fact (``開始：平成２７年１月５日`` closing a box) is the
        # header's last line; the catch phrase above the header is the headline (2493)
        fact_headline = case.headline == case.first and _headline_fact(infos[case.first], rules)
        if fact_headline:
            index = case.first
        stopped_at: int | None = None
        while index >= floor and len(lines) < _MAX_LEAD:
            info = infos[index]
            if info.kind is K.BLANK or is_rule_line(info.text):
                index -= 1
                continue
            kind = anchor_kind(info, rules)
            if kind is None and _decorated_place(info, rules):
                kind = "place"  # ``②　宮城県大崎市`` right above the headline (decision 1125)
            if kind in ("place", "date") or _is_field(info, rules):
                if kind == "place" or _place_field(info, rules):  # ``実施自治体　県市`` (2495)
                    top_place = index
            elif _fact_by_shape(info, rules):  # ``ハローワーク八王子 ／ 東京労働局`` (2492)
                pass
            elif lines and _box_head(info, rules):  # ``事業概要`` over its rows (2495)
                pass
            elif lines and _name_over_kind(info, infos[index + 1], rules):
                pass  # ``name`` over ``（一体的実施施設）`` (decision 2492)
            elif not _label_only(info.text, rules):
                stopped_at = index
                break
            lines.append(index)
            index -= 1
        if top_place is None:
            continue
        # field-like lines above the place (a comment ``ハローワーク：…`` of the case before)
        # are not this case's header; a label alone above it is, and so is a prefecture alone
        # over the place (``東京都`` over ``八王子市``, decision 2492)
        lines = [
            i for i in lines
            if i >= top_place or _label_only(infos[i].text, rules)
            or (i == _line_above(infos, top_place) and infos[i].text.strip() in PREFECTURES)
        ]
        first = min(lines)
        header = tuple(sorted(i for i in lines if infos[i].kind is not K.BLANK))
        headline = case.headline
        name: tuple[int, int] | None = case.name
        if (
            stopped_at is not None and not fact_headline and min(lines) <= top_place
            and (found := _facility_heading(infos[stopped_at], rules)) is not None
        ):  # the facility's name heading the block (``北九州市…ステーション``, 2495)
            first, name = stopped_at, found
        if fact_headline:
            if stopped_at is None or min(lines) < top_place or not _catch_phrase(
                infos[stopped_at], rules
            ):
                continue  # no catch phrase right above the header: the rules' case stands
            headline = first = stopped_at
        out[number] = attrs.evolve(
            case, first=first, header=header, headline=headline, alt_header=(),
            origin="extended", name=name,
        )
        if case.first in closed_at:
            closed_at[first] = closed_at.pop(case.first)
        if number > 0:
            before = out[number - 1]
            out[number - 1] = Case(
                before.first,
                first,
                before.header,
                before.headline,
                before.alt_header,
                before.body,
                before.origin,
            )
    return out


def _decorated_place(info: LineInfo, rules: Rules) -> bool:
    """Whether a line is a place alone with a number, brackets or a bracketed prefecture
    (``2 宮城県大崎市``, ``《大崎市》``, ``大崎市(宮城県)``): no anchor by itself (a contents
    list), the header of a headline right under it."""
    if info.kind not in (K.TEXT, K.HEADING, K.BULLET):
        return False
    return place_alone(info.text.strip(), rules) is not None


def headlines_above(
    infos: Sequence[LineInfo], cases: Sequence[Case], closed_at: dict[int, int], rules: Rules
) -> list[Case]:
    """``cases`` where a case the fallback opened at its header lines, with no headline, has
    its catch phrase right above them (after the case before closed): a short line of no
    sentence and no fact, blank lines between allowed, and above it perhaps a place-label line
    (``９　鹿児島市``) — they open the case, and the case before stops above them (2502)."""
    out = list(cases)
    for number, case in enumerate(out):
        if case.origin != "fallback" or case.headline is not None or not case.header:
            continue
        if number == 0 or case.first != case.header[0]:
            continue
        before = out[number - 1]
        closed = closed_at.get(before.first)
        if closed is None or before.stop != case.first:
            continue
        above = _line_above(infos, case.first)
        if above <= closed or not _catch_phrase(infos[above], rules):
            continue
        first, header = above, case.header
        label = _line_above(infos, above)
        if label > closed and (
            anchor_kind(infos[label], rules) == "place" or _decorated_place(infos[label], rules)
        ):
            first, header = label, (label, *header)
        out[number - 1] = attrs.evolve(before, stop=first)
        out[number] = attrs.evolve(case, first=first, headline=above, header=header)
    return out


def _place_field(info: LineInfo, rules: Rules) -> bool:
    """Whether a line is a place field (``実施自治体　福岡県北九州市``, a card row)."""
    from jirei.facts import labelled_fact, names_place

    fact = labelled_fact(info.text.strip(), 0, rules)
    return fact is not None and fact.kind == "place" and names_place(fact.value)


def _box_head(info: LineInfo, rules: Rules) -> bool:
    """Whether a line is a data box's heading alone (``事業概要``, ``＜施設データ＞``)."""
    from jirei.harvest import is_box_head

    return info.kind in (K.TEXT, K.HEADING) and is_box_head(info.text.strip(), rules)


def _facility_heading(info: LineInfo, rules: Rules) -> tuple[int, int] | None:
    """Where a facility's name stands on a line of its own over a case's header block
    (``北九州市若者・生活就労支援ステーション``): a short line of no sentence, bracket or
    separator whose last word is a facility word (``[prose] facility_words``:
    ステーション, ナビ, コーナー …); None for another line (decision 2495)."""
    text = info.text.strip()
    if info.kind not in (K.TEXT, K.HEADING) or not 3 <= len(text) <= 40:
        return None
    if ends_sentence(text) or not _NOT_PLACE.isdisjoint(text.replace("・", "")):
        return None
    words = tuple(rules.figures_table.get("prose", {}).get("facility_words", ()))
    if not words or not text.endswith(words):
        return None
    at = info.line.start + info.line.text.find(text)
    return at, at + len(text)


def _line_above(infos: Sequence[LineInfo], index: int) -> int:
    """The index of the last non-blank line above ``index`` (-1 when none)."""
    index -= 1
    while index >= 0 and infos[index].kind is K.BLANK:
        index -= 1
    return index


def _headline_fact(info: LineInfo, rules: Rules) -> bool:
    """Whether a line the rules took for a headline states a header fact instead: a start
    date, a field line, a fact by its shape (decision 2493)."""
    return anchor_kind(info, rules) == "date" or _is_field(info, rules) or _fact_by_shape(
        info, rules
    )


def _catch_phrase(info: LineInfo, rules: Rules) -> bool:
    """Whether a line may be a case's catch phrase: a short line of text, no sentence, no
    fact, no heading of a known section (decision 2493)."""
    text = info.text.strip()
    return (
        info.kind is K.TEXT
        and 4 <= len(text) <= 60
        and not ends_sentence(text)
        and not _headline_fact(info, rules)
    )


def _fact_by_shape(info: LineInfo, rules: Rules) -> bool:
    """Whether a line above a headline states one header fact by its shape alone, no
    sentence: a prefecture, a bureau and / or offices, a name with its bracketed kind
    (``jirei.facts.is_fact_line``; decision 2492)."""
    if info.kind not in (K.TEXT, K.HEADING, K.BULLET, K.HEADER) or ends_sentence(info.text):
        return False
    from jirei.facts import is_fact_line

    text = info.text.strip()
    return len(text) <= _MAX_HEADER and is_fact_line(text, rules)


def _name_over_kind(info: LineInfo, below: LineInfo, rules: Rules) -> bool:
    """Whether a line is a facility's name written over its bracketed kind alone
    (``はちおうじ就労ステーション`` over ``（一体的実施施設）``; decision 2492)."""
    from jirei.header import header_patterns

    name, kind = info.text.strip(), below.text.strip()
    if not name or len(name) > 40 or ends_sentence(name) or info.kind is not K.TEXT:
        return False
    found = header_patterns(rules).kind.fullmatch(kind)
    return found is not None and _NOT_PLACE.isdisjoint(name)


def _label_only(text: str, rules: Rules) -> bool:
    cut = lead_label(text, rules)
    return bool(cut) and not strip_hash(text[cut:])


def _is_field(info: LineInfo, rules: Rules) -> bool:
    from jirei.fields import is_field_line

    if info.kind not in (K.TEXT, K.HEADING, K.BULLET, K.TABLE):
        return False
    return is_field_line(info.line, rules) or bool(generic_fields(info.line, rules))


# ------------------------------------------------------------------ reading a case


def generic_fields(line: Line, rules: Rules = DEFAULT_RULES) -> list[tuple[str, str, int]]:
    """The ``label:value`` pieces of a line (split at ``/`` and wide spaces) whose label
    is no known field label but whose value is a place, names an office or bureau, or
    holds a date: ``(what it fills, value, offset)`` with what it fills one of ``place``,
    ``offices``, ``facility``. Known labels in such a line are left to ``jirei.fields``."""
    signals = _signals(rules)
    found: list[tuple[str, str, int]] = []
    for piece, at in _pieces(line.text):
        field = _FIELD.match(piece)
        if field is None:
            continue
        label, value = field.group("label"), field.group("value")
        label = label.strip("*◆◇■□●○◎・")
        if not label or label in rules.field_labels:
            continue
        offset = line.start + at + field.start("value")
        if find_place(value) == (0, len(value)) or place_alone(value, rules):
            found.append(("place", value, offset))
        elif signals.office.search(value):
            found.append(("offices", value, offset))
        elif _date_in(value, rules):
            found.append(("facility", value, offset))
    return found


def read_fallback_header(
    text: str, lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> HeaderFields:
    """The header fields of a fallback case's header lines: known field lines as usual,
    then unknown ``label:value`` fields, places alone, place + office lines and date
    lines (what a line read earlier says wins)."""
    from jirei.fields import read_fields

    pats = h.header_patterns(rules)
    fields: dict[str, h.Field] = {}
    offices: list[h.Field] = []
    asides: list[tuple[str, h.Field]] = []
    for line in lines:
        known = [
            piece
            for piece in (
                Line(line.text[a : a + len(p)], line.start + a) for p, a in _pieces(line.text)
            )
            if read_fields(piece, rules)
        ]
        if len(known) <= 1 and _reads_whole(line, known, rules):
            known = [line]  # ``施設名　　　name（kind）``, ``…静岡/…清水``: one field (2761)
        if known:
            found = h._with_fields(HeaderFields({}), known, rules)
            for name, field in found.fields.items():
                fields.setdefault(name, field)
            if not offices:
                offices.extend(found.hello_work)
            asides.extend(found.asides)
        generic = generic_fields(line, rules)
        for kind, value, at in generic:
            local: dict[str, h.Field] = {}
            local_offices: list[h.Field] = []
            if kind == "place":
                lead = len(value) - len(value.lstrip())
                h.read_place(value, at + lead, local)
            elif kind == "offices":
                h.read_offices(value, at, pats, local, local_offices)
            else:
                h._read_rest(value, at, pats, local, rules)
            for name, field in local.items():
                fields.setdefault(name, field)
            if not offices:
                offices.extend(local_offices)
        if known or generic:
            continue
        _read_plain(line, rules, pats, fields, offices)
    if lines and (
        any(name not in fields for name in _FACT_FIELDS) or not offices
    ):  # what the lines state by their shape alone (``jirei.facts``, decision 2492)
        from jirei.facts import read_facts

        facts = read_facts(lines, rules)
        fields = {**facts.fields, **fields}
        offices = offices or list(facts.hello_work)
    return HeaderFields(fields, tuple(offices), tuple(asides))


#: the header fields ``read_fallback_header`` completes from the facts of its lines
_FACT_FIELDS = (
    "prefecture", "municipality", "labour_bureau", "facility_name", "facility_type", "start_date"
)


def _reads_whole(line: Line, known: Sequence[Line], rules: Rules) -> bool:
    """Whether ``line`` is one field line that cutting it at its spaces or ``/`` would
    break: read whole, it gives one field whose value runs past the piece read alone (a
    label spaced from its value, two offices apart by ``／``)."""
    from jirei.fields import read_fields

    if "  " not in line.text and "/" not in line.text:
        return False
    whole = read_fields(line, rules)
    if len(whole) != 1:
        return False
    if not known:
        return True
    piece = read_fields(known[0], rules)
    return len(piece) == 1 and whole[0].start <= piece[0].start and piece[0].end < whole[0].end


def _pieces(text: str) -> list[tuple[str, int]]:
    pieces: list[tuple[str, int]] = []
    position = 0
    for match in _PIECE_BREAK.finditer(text):
        pieces.append((text[position : match.start()], position))
        position = match.end()
    pieces.append((text[position:], position))
    return pieces


def _read_plain(
    line: Line,
    rules: Rules,
    pats: h._Patterns,
    fields: dict[str, h.Field],
    offices: list[h.Field],
) -> None:
    """A header line that is no field: a place alone, a place with its offices, or a
    date line (facility name, kind and date as after a bracket header)."""
    text = line.text
    local: dict[str, h.Field] = {}
    local_offices: list[h.Field] = []
    alone = place_alone(text, rules)
    if classifier(rules).kind_of(text)[0] is K.HEADER:
        found = h.read_header(text, [Line(text, 0)], rules)
        local = {
            name: h.Field(f.value, f.start + line.start, f.end + line.start)
            for name, f in found.fields.items()
        }
        local_offices = [
            h.Field(f.value, f.start + line.start, f.end + line.start) for f in found.hello_work
        ]
    elif alone is not None:
        h.read_place(text[alone[0] : alone[1]], line.start + alone[0], local)
    else:
        cut = lead_label(text, rules)
        rest = text[cut:]
        place = place_offices(rest, rules)
        if place is not None:
            h.read_place(rest[place[0] : place[1]], line.start + cut + place[0], local)
            after = rest[place[1] :]
            h.read_offices(after, line.start + cut + place[1], pats, local, local_offices)
        elif _date_in(rest, rules):
            h._read_rest(rest, line.start + cut, pats, local, rules)
    for name, field in local.items():
        fields.setdefault(name, field)
    if not offices:
        offices.extend(local_offices)


@per_rules
def _headline_marked(rules: Rules) -> regex.Pattern[str]:
    """A headline behind one of ``rules.headline_marks`` (``▶ …``, decision 2709)."""
    marks = "|".join(regex.escape(m) for m in rules.headline_marks) or "(?!)"
    return regex.compile(rf"^\s*#*\s*(?:{marks})\s*(?P<title>\S.*?)\s*$")


def fallback_title(line: Line, rules: Rules = DEFAULT_RULES) -> tuple[str, int] | None:
    """A fallback case's title from its headline line: without label, ``#``, a title
    marker (``◆``) or quotes (``『…』``); with its offset."""
    text = line.text
    cut = lead_label(text, rules)
    rest = text[cut:]
    stripped = strip_hash(rest)
    quoted = _QUOTED.match(stripped)
    marked = _MARKED.match(stripped) or _headline_marked(rules).match(stripped)
    title = (
        quoted.group("title") if quoted else marked.group("title") if marked else stripped
    ).strip()
    title = drop_field_label(title, rules)[0]  # 事例の要点　… (decision 1123)
    title = unquote(title, rules)[0]  # “…”, 「…」 (decision 72)
    if not title:
        return None
    return title, line.start + cut + rest.find(title)


def fallback_parts(
    infos: Sequence[LineInfo],
    header: Sequence[Line],
    headline: Line | None,
    rules: Rules = DEFAULT_RULES,
) -> CaseParts:
    """``split_case`` of a fallback case's body, read the way the genre lays a case out:
    decorated headings starting or ending with a section alias open that section
    (``(2)実績の推移``); rule lines are dropped; a run of table rows holding figures under
    no known heading is the results; a list under an unknown heading before the results
    is the initiatives; ``ア イ ウ`` enumerated lines are items."""
    rekinded: list[LineInfo] = []
    for info in infos:
        if is_rule_line(info.text):
            rekinded.append(LineInfo(Line("", info.line.start), K.BLANK))
            continue
        soft = soft_heading(info, rules) if info.kind is not K.SECTION else None
        if soft is not None:
            rekinded.append(LineInfo(info.line, K.SECTION, soft))
        else:
            rekinded.append(info)
    parts = split_case(rekinded, header, headline, (), rules)
    blocks: list[Block] = []
    for block in parts.blocks:
        if isinstance(block, Section) and block.kind == "aside" and not _known(block, rules):
            blocks.extend(_split_at_figures(block, rules))
        else:
            blocks.append(block)
    seen_results = False
    for number, block in enumerate(blocks):
        if not isinstance(block, Section):
            continue
        if block.kind == "results":
            seen_results = True
        elif (
            not seen_results
            and block.kind == "aside"
            and not _known(block, rules)
            and any(_is_item(line, rules) and not _is_note(line, rules) for line in block.lines)
        ):  # (a ``※`` note over the case's sections is no item; decision 2756)
            blocks[number] = Section("initiatives", block.heading, block.lines)
            break
    blocks = [
        Section(b.kind, b.heading, iroha_items(b.lines)) if isinstance(b, Section) else b
        for b in blocks
    ]
    return CaseParts(parts.header, parts.headline, parts.alt_header, tuple(blocks))


def _known(section: Section, rules: Rules) -> bool:
    """Whether a section's heading is in the alias table (a known aside stays one)."""
    if section.heading is None:
        return False
    from jirei.headings import variant_kind

    return variant_kind(strip_hash(section.heading.text), rules) is not None


def _figure_row(line: Line, rules: Rules) -> bool:
    return classifier(rules).kind_of(line.text)[0] is K.TABLE and bool(
        _signals(rules).figure.search(line.text)
    )


def _split_at_figures(section: Section, rules: Rules) -> list[Section]:
    """An unknown section holding a run of table rows with figures: the lines before the
    run (its header row included) as they were, the run and what follows as results."""
    lines = section.lines
    first = next((i for i, line in enumerate(lines) if _figure_row(line, rules)), None)
    if first is None:
        return [section]
    cls = classifier(rules)
    while first > 0 and cls.kind_of(lines[first - 1].text)[0] is K.TABLE:
        first -= 1
    if first == 0 or all(line.blank for line in lines[:first]):
        return [Section("results", section.heading, lines)]
    return [
        Section(section.kind, section.heading, lines[:first]),
        Section("results", None, lines[first:]),
    ]


def _is_note(line: Line, rules: Rules) -> bool:
    from jirei.items import is_footnote

    return is_footnote(line, rules)


def _is_item(line: Line, rules: Rules) -> bool:
    return (
        classifier(rules).kind_of(line.text)[0] is K.BULLET
        or IROHA_LINE.match(line.text) is not None
    )


__all__ = [
    "Anchor",
    "anchor_kind",
    "fallback_cases",
    "fallback_parts",
    "fallback_title",
    "find_anchors",
    "find_place",
    "generic_fields",
    "is_rule_line",
    "lead_label",
    "place_alone",
    "place_near",
    "read_fallback_header",
    "soft_heading",
]
