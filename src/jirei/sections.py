"""A case's lines → header lines, headline, sections (with their kind) and comment blocks.

Also home of the line classifier the segmenter shares: which lines are section
headings, comment headings, header lines, bullets, table rows or plain text.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import ClassVar

import attrs
import regex
from attrs import frozen

from jirei.barheader import bar_header
from jirei.caselabel import label_header, label_length, place_label
from jirei.commentheads import is_collective, is_column_header, question_start
from jirei.fakebold import undouble
from jirei.headerbrackets import as_square
from jirei.headings import fiscal_year, variant_kind
from jirei.headingspeakers import heading_speaker
from jirei.headingtables import is_caption_corner_row, is_year_corner_header
from jirei.linegroups import group_heading
from jirei.lines import Line
from jirei.places import PREFECTURES
from jirei.roletables import (
    caption_above,
    names_corner_metric,
    names_no_metric,
    opens_role_table,
)
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.speakerruns import comment_row, opens_speaker_run
from jirei.tables.grid import is_results_header


class Kind(enum.Enum):
    """What a line of a case is, judged on its own."""

    BLANK = "blank"
    SECTION = "section"  # a heading found in the alias table
    COMMENT = "comment"  # a comment heading (<…コメント>)
    HEADER = "header"  # 【県市】【労働局・ハローワーク】… the bracket header
    HEADING = "heading"  # another markdown '#' or stand-alone 【…】 heading
    BULLET = "bullet"
    TABLE = "table"  # tab-, pipe- or space-separated cells
    TEXT = "text"
    FURNITURE = "furniture"  # page numbers and running heads of PDF pages


class K:
    """``Kind``'s members as plain class attributes (the same objects) for the per-line
    loops: on Python 3.11 ``Kind.TABLE`` is looked up through ``EnumType.__getattr__``'s
    slot hook, several times slower (~1.5 M lookups over the bench documents)."""

    BLANK: ClassVar[Kind] = Kind.BLANK
    SECTION: ClassVar[Kind] = Kind.SECTION
    COMMENT: ClassVar[Kind] = Kind.COMMENT
    HEADER: ClassVar[Kind] = Kind.HEADER
    HEADING: ClassVar[Kind] = Kind.HEADING
    BULLET: ClassVar[Kind] = Kind.BULLET
    TABLE: ClassVar[Kind] = Kind.TABLE
    TEXT: ClassVar[Kind] = Kind.TEXT
    FURNITURE: ClassVar[Kind] = Kind.FURNITURE


_BRACKETS = "【】<>()「」『』[]{}〔〕［］＜＞《》〈〉（）"
_MARKERS = "■□◆◇●○◎・★☆▼▽▲△▷▶※"
_HASH = regex.compile(r"^\s*#+\s*")
_TRAILING = regex.compile(r"(?:として|:|、|,|。)+$")
_TRAILING_WORDS = ("として", ":", "、", ",", "。")
_SPACES = regex.compile(r"\s+")
_TABLE = regex.compile(r"\t|\||\S {2,}\S")
#: a heading's text, a gap, then one bracketed note closing the line (decision 2565)
_GAPPED_NOTE = regex.compile(
    r"(?P<head>[^\t|]{2,40}?)(?:\t|[ ]{2,})[(（][^()（）\t|]{1,30}[)）]"
)
_ENUM = regex.compile(r"^(?:\d{1,2}[.)](?!\d)|\(\d{1,2}\)|[①-⑳⑴-⒇❶-❿])\s*")
#: a word processor's list item saved as text: its number, a tab, then one cell of prose
#: (``(1)<TAB>市役所に窓口を設置。``, ``1.<TAB>…``): a bullet, no table row (decision 2173)
_ENUM_TAB = regex.compile(
    r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳⑴-⒇❶-❿])\t+(?=[^\t]*[\p{Han}\p{Hiragana}])[^\t]{6,}$"
)
_ENUM_FIRST = frozenset("0123456789(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽❶❷❸❹❺❻❼❽❾❿")
_PERIOD_END = regex.compile(r"[。.]\s*$")
#: a cell of a figure (a digit) or a dash standing for none
_FIGURE_CELL = regex.compile(r"^[^\t]{0,24}\d[^\t]{0,24}$|^\s*[-―－ー—]\s*$")


def _figure_row(stripped: str, bullet_chars: frozenset[str]) -> bool:
    """Whether a line opening with a list mark that is no bullet character (``(ア)``, ``A.``)
    is a table's row: three tab cells or more, every one after the first a short figure or a
    dash (``(ア)酒田市<TAB>195人<TAB>121人<TAB>62.1%``; decision 2971)."""
    if stripped[:1] in bullet_chars or "\t" not in stripped:
        return False
    cells = [cell for cell in stripped.split("\t")[1:] if cell.strip()]
    return len(cells) >= 2 and all(_FIGURE_CELL.match(cell) for cell in cells)
#: Every character ``\s`` matches (a few fewer than ``str.isspace`` accepts).
_REGEX_SPACES = "".join(
    char for char in map(chr, range(0x3001)) if char.isspace() and regex.match(r"\s", char)
)
# ``- 3 -``, ``— 3 —``, ``3 / 12``, ``- 3 / 8 -`` (1341), a bare ``3`` (often right-aligned in
# PDF text): a page number standing alone on its line.
#: Distinct line texts whose kind a classifier remembers before its memo is cleared.
_MEMO_SIZE = 1 << 16
# A stray scan mark far left of it (``'      - 2 -``, an OCR'd page) changes nothing (1003).
# ``p.02``, ``P.3`` alone on its line (a brochure's page number; decision 1669)
# ``ー 2 ー``, ``一 3 一``, ``~ 4 ~``: a scan's dashes read as long vowels or tildes (1963)
_PAGE_NUMBER = regex.compile(
    r"^\s*(?:['`´‘’]\s{2,})?(?:[-‐－―—ー一~〜]\s*\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-‐－―—ー一~〜]|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}|[pP]\.\s*\d{1,4})\s*$"
)
# ``令和5年度 一体的実施 好事例集 | 2``: a running footer ending in a bar and a page number
# (a slide's foot; decision 52) — no table row, although it carries ``|``.
_FOOTER = regex.compile(r"^\s*[^|\s][^|]{0,60}?\s\|\s*\d{1,4}\s*$")


def strip_hash(text: str) -> str:
    """``text`` without leading markdown ``#`` marks and outer whitespace."""
    if not text.lstrip().startswith("#"):  # then ``_HASH`` cannot match
        return text.strip()
    return _HASH.sub("", text).strip()


@per_rules
def _fiscal_prefix(rules: Rules) -> regex.Pattern[str]:
    """A leading fiscal year (``平成29年度``, ``H29年度``, ``29年度``, ``2019年度``), with the
    era names and abbreviations of ``rules``; a year glossed by the same year in another
    calendar (``2019年度（令和元年度）``, decision 1961) is one prefix."""
    return regex.compile(rf"^(?:{fiscal_year(rules)}){{1,2}}")


@per_rules
def _facility_row(rules: Rules) -> regex.Pattern[str]:
    """A facility's name with its bracketed kind and its start date, a gap between them
    (``しごとサポートしろいし（一体的実施施設）　　平成26年10月1日開設``): one header line,
    not a table row (decision 3242)."""
    types = "|".join(regex.escape(t) for t in sorted(rules.facility_types, key=len, reverse=True))
    markers = "|".join(regex.escape(m) for m in rules.start_markers)
    if not types or not markers:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"^[^\t|]{{1,40}}\((?:{types})\)\s{{2,}}[^\t|\s][^\t|]{{0,20}}\d[^\t|]{{0,12}}(?:{markers})$"
    )


@per_rules
def _placed_facility_line(rules: Rules) -> regex.Pattern[str]:
    types = "|".join(regex.escape(t) for t in sorted(rules.facility_types, key=len, reverse=True))
    if not types:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"^\s*\S{{1,2}}?\s*(?P<place>[^\s()]{{1,12}}?[市区町村])\s*(?P<name>[^\s()]{{2,30}})"
        rf"\((?:{types})\)\s*$"
    )


def _placed_facility(stripped: str, rules: Rules) -> bool:
    """Whether a line behind a list mark names a municipality and a facility with its
    bracketed kind and nothing else (``■広島市　ワークプラザなか（一体的実施施設）``): a case's
    head line, no list item (decision 3422)."""
    if ")" not in stripped[-2:]:  # (cheap: the line closes with the kind's bracket)
        return False
    match = _placed_facility_line(rules).match(stripped)
    if match is None:
        return False
    from jirei.places import municipality_in

    return municipality_in(match.group("place")) is not None


@per_rules_memo(1 << 16)
def heading_key(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """The form a heading is looked up by in the alias table: no ``#``, brackets, markers,
    spaces, leading fiscal year or trailing として/、/: ."""
    # the fiscal-year and trailing-word patterns only run where they can match
    key = strip_hash(text)
    if rules.heading_marks and key.startswith(rules.heading_marks):  # ``▍取組のポイント``
        key = key.lstrip("".join(rules.heading_marks))
    key = _KEY_DROP.sub("", key)  # spaces, brackets and markers, in one pass
    if "年度" in key:
        key = _fiscal_prefix(rules).sub("", key)
    if key.endswith(_TRAILING_WORDS):
        key = _TRAILING.sub("", key)
    if key not in rules.sections and ")" in text:  # 【事業目標と取組状況】(シート「R4実績」より)
        noted = _NOTED_HEADING.match(strip_hash(text))
        if noted is not None and _KEY_DROP.sub("", noted.group("head")) in rules.sections:
            return _KEY_DROP.sub("", noted.group("head"))  # (decision 2754)
    if rules.continuation_marks and key not in rules.sections:  # 取組内容(続き) (2593)
        mark = _continuation(rules).search(key)
        if mark is not None and mark.start() and key[: mark.start()] in rules.sections:
            return key[: mark.start()]
    return key


#: a bracketed heading with a remark in round brackets after it (``【取組状況】(抜粋)``)
_NOTED_HEADING = regex.compile(
    r"\s*(?:【(?P<head>[^】]{1,30})】|\[(?P<head>[^\]]{1,30})\]|〔(?P<head>[^〕]{1,30})〕"
    r"|《(?P<head>[^》]{1,30})》)\s*\([^()。]{1,40}\)\s*"
)


@per_rules
def _continuation(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """A slide's continuation mark closing a heading's key (``rules.continuation_marks``)."""
    return regex.compile("(?:" + "|".join(f"(?:{m})" for m in rules.continuation_marks) + ")$")


#: a speaker's name written bare after a judgement heading: a name (no kana but の) closing in
#: a stakeholder's word, or a Hello Work office (``岡山市保健福祉局``, ``ハローワーク津山``)
_NAMED = (
    r"(?:[^\p{Hiragana}\s。、!?「」『』:()<>【】]|の){0,30}?"
    r"(?:市|区|町|村|県|局|課|室|部|係|所|センター|役所|役場)"
    r"|(?:ハローワーク|HW)[^\p{Hiragana}\s。、!?「」『』:()<>【】]{1,12}"
)

#: a run of one rule character, judged as three of it (a page rule ``----…---- 2 / 4``
#: as long as the page is wide; decision 2657)
_LONG_RULE = regex.compile(r"([-=_─━―])\1{3,}")

_DROP = str.maketrans("", "", _BRACKETS + _MARKERS)
_KEY_DROP = regex.compile(
    r"[\s" + "".join(regex.escape(char) for char in _BRACKETS + _MARKERS) + "]+"
)


def _emphasised(stripped: str) -> bool:
    """Whether a line is wholly wrapped in markdown emphasis (``**…**``, ``__…__``: a
    converter's bold line, a headline, no bullet; decision 2639)."""
    if stripped[:2] not in ("**", "__"):
        return False
    from jirei.titles import unbold

    return unbold(stripped) != stripped


@frozen
class LineInfo:
    """A line with its kind; ``section`` is the section kind for SECTION lines."""

    line: Line
    kind: Kind
    section: str | None = None
    #: ``line.text``, kept as a slot of its own (readers ask it of every line, a property
    #: cost a Python call each time); no part of equality, hash or repr
    text: str = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        _set_text(self, self.line.text)


#: ``LineInfo``'s slots, set without attrs' ``__init__`` (which reaches them through the
#: frozen class's ``object.__setattr__``) where a line of every document is classified:
#: the same object, faster to build (``tests/test_line_triggers.py`` checks both agree)
_BUILD_INFO = (
    object.__new__,
    LineInfo.__dict__["line"].__set__,
    LineInfo.__dict__["kind"].__set__,
    LineInfo.__dict__["section"].__set__,
)
_set_text = LineInfo.__dict__["text"].__set__


class Classifier:
    """Classifies lines by the rules' tables; one per Rules object (see ``classifier``)."""

    def __init__(self, rules: Rules) -> None:
        from jirei.speakerforms import is_speaker_heading  # (it imports this module)

        self.rules = rules
        self._speaker_heading = is_speaker_heading
        keywords = sorted(rules.comment_keywords, key=len, reverse=True)
        words = "|".join(regex.escape(k) for k in keywords)
        # <…コメント>, 【…コメント】, 《…》 and friends, optionally behind '#', or bare.
        marked = sorted(rules.comment_marked_keywords, key=len, reverse=True)
        marked_words = "|".join(regex.escape(k) for k in marked) or "(?!)"
        heading_markers = "".join(regex.escape(m) for m in rules.comment_heading_markers)
        # ■市の担当者から, 【利用者より】: words that end a heading only so marked
        marked_form = (
            rf"|[{heading_markers}]\s*(?P<speaker>[^\s<>＜＞【】。、:()]{{1,20}}?"
            r"(?:\([^()\s。、]{1,12}\))?)"  # ●利用者（30代女性）より (decision 603)
            rf"(?P<keyword>{marked_words})"
            # a markdown heading's ``#`` marks are such a marker too when the speaker is a
            # name, no phrase: no kana but の (``#### 福山市 生活福祉課より``; decision 2569)
            r"|(?<=#\s*)(?P<speaker>(?:[^\s<>＜＞【】。、:()\p{Hiragana}]|の){1,20}?"
            r"(?:\([^()\s。、]{1,12}\))?)"
            rf"(?P<keyword>{marked_words})"
            if heading_markers
            else ""
        )
        bare_marker = rf"(?:[{heading_markers}]\s*)?" if heading_markers else ""
        # ◆市の声◆: the heading's marker written again after it (decision 1745)
        closing = rf"(?:\s*[{heading_markers}])?" if heading_markers else ""
        # the words a heading may open with, its speaker after them (``コメント：宇都宮市``)
        leads = "|".join(
            regex.escape(k) for k in keywords if not k.startswith(_NOT_LEADING)
        ) or "(?!)"
        # a heading's number before a bare speaker (``（１）宇都宮市コメント``, decision 2524)
        number = r"(?:(?:\(\d{1,2}\)|\d{1,2}[.)]|[①-⑳])\s*)?"
        self.comment = regex.compile(
            r"^\s*#*\s*(?:[<＜《〈【\[［]\s*(?P<speaker>[^<>＜＞《》〈〉【】]*?)\s*"
            rf"(?P<keyword>{words}|{marked_words})\s*[>＞》〉】\]］]"
            # （宇都宮市コメント）, 『…コメント』, <<…コメント>>: other brackets, the keywords
            # alone (``（…の実績から）`` is a caption; decision 2524)
            r"|(?:<<|[(『])\s*(?P<speaker>[^<>()『』]*?)\s*"
            rf"(?P<keyword>{words})\s*(?:>>|[)』])"
            # 〈コメント：磐田市福祉課〉: the keyword first, the speaker after a colon
            rf"|[<＜《〈【\[［]\s*(?P<keyword>{words})\s*:\s*"
            r"(?P<speaker>[^<>＜＞《》〈〉【】:]+?)\s*[>＞》〉】\]］]"
            # ～宇都宮市コメント～, ―宇都宮市コメント―: the same marks on both sides (2524)
            r"|(?P<wrap>~|〜|―{1,2}|—{1,2})\s*(?P<speaker>[^\s<>＜＞【】。、~〜―—]{1,30}?)\s*"
            rf"(?P<keyword>{words})\s*(?P=wrap)"
            # ◎市の声: a heading marker before a bare speaker is no part of it (decision 68)
            rf"|{number}{bare_marker}(?P<speaker>[^\s<>＜＞【】。、]{{1,30}}?)\s*"
            rf"(?P<keyword>{words}){closing}{marked_form}"
            # the keyword first, the speaker after it (decision 2524): ``コメント：宇都宮市``,
            # ``コメント（宇都宮市）``, ``◆コメント◆宇都宮市``, and ``【宇都宮市】コメント``
            rf"|(?P<lead>){bare_marker}(?P<keyword>{leads})\s*"
            rf"(?:(?::|[{heading_markers or ':'}])\s*(?P<speaker>[^\s<>＜＞【】。、:()]{{1,30}})"
            r"|\((?P<speaker>[^()]{1,30})\))"
            rf"|(?P<lead>)【(?P<speaker>[^【】\s]{{1,30}})】\s*(?P<keyword>{leads})"
            # (a colon closing the heading: ``宇都宮市コメント：``, decision 2524)
            r")\s*:?\s*$"
        )
        self.keyword_at_end = regex.compile(rf"\s*(?:{words})$")
        # （コメント）市：text — a marker, a speaker and the text on one line (decision 68)
        self._line_markers = tuple(rules.comment_line_markers)
        line_markers = "|".join(regex.escape(m) for m in rules.comment_line_markers) or "(?!)"
        self.comment_line = regex.compile(
            rf"^\s*(?:{line_markers})\s*(?P<speaker>[^:\s。、「」]{{1,30}}?)\s*:\s*"
            r"(?P<text>\S.*?)\s*$"
        )
        # ＜宇都宮市コメント＞text, 宇都宮市コメント：text — a comment heading with the words
        # after it on its line, a sentence (decision 2525)
        # （熊本市の評価）text: a stakeholder's judgement word in brackets (``_kind`` asks the
        # speaker's role; decision 3087)
        judged = sorted(rules.judgement_keywords, key=len, reverse=True)
        judge_words = "|".join(regex.escape(k) for k in judged) or "(?!)"
        self.comment_after = regex.compile(
            r"^\s*#*\s*(?:[<＜《〈【\[［(『]\s*(?P<speaker>[^<>＜＞《》〈〉【】()『』\s]{1,30}?)\s*"
            rf"(?P<keyword>{words})\s*[>＞》〉】\]］)』]\s*:?"
            rf"|{number}{bare_marker}(?P<speaker>[^\s<>＜＞【】。、:]{{1,30}}?)\s*"
            rf"(?P<keyword>{words})\s*:"
            r"|[<＜《〈【\[［(『]\s*(?P<org>[^<>＜＞《》〈〉【】()『』\s]{1,30}?)\s*"
            rf"(?P<judged>{judge_words})\s*(?:\((?P<speaker>[^()]{{1,40}})\)\s*)?"
            r"[>＞》〉】\]］)』]\s*"
            # (the speaker after it, bracketed or a name closing in a stakeholder's word and
            # set apart: ``【市の意見】岡山市保健福祉局：text``, ``（市の意見）（岡山市）text``)
            rf"(?:\((?P<speaker>[^()]{{1,40}})\)\s*:?|(?P<speaker>{_NAMED})\s*(?::|\s+)|:)?"
            rf"|{number}{bare_marker}(?P<org>[^\s<>＜＞【】。、:]{{1,30}}?)\s*"
            rf"(?P<judged>{judge_words})\s*:)"
            r"\s*(?P<text>(?=[^。]*\p{Hiragana})[^\s<>＜＞【】].*?[。!?」)])\s*$"
        )
        self._after_words = (*keywords, *judged)
        self._judged_ends = tuple(judged) or ("\0",)
        # ``ウ　西宮市健康福祉局の評価``: a stakeholder's judgement word closing a sub-heading
        # alone on its line, numbered or lettered or not (``_kind`` asks the role; 3409)
        from jirei.iroha import IROHA

        self.judged_heading = regex.compile(
            rf"^\s*{number}(?:\([{IROHA}]\)\s*"
            rf"|[{IROHA}](?:[\s.、)]\s*|(?=[^\p{{Katakana}}ー\s])))?{bare_marker}"
            r"(?P<org>[^\s<>＜＞【】。、:()「」]{1,30}?)\s*"
            rf"(?P<judged>{judge_words})(?P<speaker>(?!))?\s*$"  # (no speaker but the org)
        )
        bullets = "".join(regex.escape(b) for b in rules.bullets if len(b) == 1)
        long_bullets = "|".join(
            [*(regex.escape(b) for b in rules.bullets if len(b) > 1), *rules.item_markers]
        )
        alternatives = [r"[-*+](?=\s)", rf"[{bullets}]"]
        if long_bullets:
            alternatives.append(long_bullets)
        self.bullet = regex.compile(rf"^\s*(?:{'|'.join(alternatives)})")
        self._bullet_chars = frozenset(b for b in rules.bullets if len(b) == 1) | {"-", "*", "+"}
        self.marker = regex.compile(
            rf"^\s*(?:[-*+]\s+)?(?:(?:[{bullets}]\s*)+|"
            + "".join(f"(?:{m})\\s*|" for m in rules.item_markers)
            + r"\d{1,2}[.)](?!\d)\s*|\(\d{1,2}\)\s*|[①-⑳⑴-⒇❶-❿]\s*)"
        )
        # 【…県…】 or a bracket naming a labour bureau / Hello Work opens a header.
        offices = "|".join(
            regex.escape(w) for w in (*rules.hello_work_prefixes, *rules.hello_work_suffixes)
        )
        self.header = regex.compile(
            r"^\s*#*\s*【(?:[^】]*?(?:都|道|府|県)[^】]*|[^】]*(?:市|区|町|村))】\s*"
            rf"(?:【[^】]*(?:労働局|{offices})[^】]*】|.*(?:労働局|{offices}))"
            r"|^\s*#*\s*【[^】]*(?:都|道|府|県)[^】]*(?:市|区|町|村)】"
            # 【三重県鈴鹿市／三重労働局・ハローワーク鈴鹿】: place, partners in one bracket (1749)
            rf"|^\s*#*\s*【[^】/]*(?:都|道|府|県)[^】/]*(?:市|区|町|村)\s*/[^】]*(?:労働局|{offices})"
        )
        # the same in another bracket family (``<place><partners>``, read as ``【】``):
        # the partners in brackets of their own, or the place alone with no sentence (3101)
        # (a prefecture by name, not by a kanji: ``<防府市>`` is a speaker; 3101)
        prefectures = "|".join(PREFECTURES)
        self.other_header = regex.compile(
            rf"^\s*#*\s*【(?:(?:{prefectures})[^】]*|[^】]*(?:市|区|町|村))】\s*"
            rf"【[^】]*(?:労働局|{offices})[^】]*】(?![^\n]*。\s*$)"
            rf"|^\s*#*\s*【(?:{prefectures})[^】]*(?:市|区|町|村)】[^。]*$"
            rf"|^\s*#*\s*【(?:{prefectures})[^】/]*(?:市|区|町|村)\s*/[^】]*(?:労働局|{offices})"
        )
        self.bracket_heading = regex.compile(r"^\s*#*\s*[【\[［][^】\]］]{1,40}[】\]］]\s*$")
        # What a comment heading's stripped text ends with (None: no cheap test possible).
        ends = tuple(k.rstrip() for k in (*keywords, *marked))
        self._comment_ends: tuple[str, ...] | None = (
            (*ends, *">＞》〉】]］)』:~〜―—", *rules.comment_heading_markers) if all(ends) else None
        )
        #: what a heading naming its speaker after the keyword holds (a cheap test)
        self._comment_leads = tuple(
            k for k in keywords if not k.startswith(_NOT_LEADING)
        )
        furniture = "|".join(f"(?:{p})" for p in rules.furniture_lines)
        #: document furniture by the rules (``報道関係者各位``, ``━━━━``; decision 76)
        self.furniture = regex.compile(rf"^(?:{furniture})$") if furniture else None
        self._memo: dict[str, tuple[Kind, str | None]] = {}

    def is_listed_furniture(self, text: str) -> bool:
        """Whether a line is document furniture by ``rules.furniture_lines`` (not a page
        number or running footer)."""
        stripped = text.strip()
        if len(stripped) > 60 and self.furniture is not None and stripped[-1:].isdigit():
            # a long page rule ending in its page number (decision 2657)
            stripped = _LONG_RULE.sub(r"\1\1\1", stripped)
        return (
            self.furniture is not None
            and len(stripped) <= 60
            and self.furniture.match(stripped) is not None
        )

    def classify(self, line: Line) -> LineInfo:
        text = line.text
        found = self._memo.get(text)
        if found is None:
            found = self.kind_of(text)
        return LineInfo(line, *found)

    def classify_all(self, lines: Sequence[Line]) -> list[LineInfo]:
        """``classify`` of each line."""
        memo = self._memo
        infos: list[LineInfo] = []
        append = infos.append
        new, set_line, set_kind, set_section = _BUILD_INFO
        set_text = _set_text
        for line in lines:
            found = memo.get(line.text)
            if found is None:
                found = self.kind_of(line.text)
            info = new(LineInfo)  # ``LineInfo(line, *found)``, its slots set directly
            set_line(info, line)
            set_text(info, line.text)
            set_kind(info, found[0])
            set_section(info, found[1])
            append(info)
        if self._comment_leads:
            self._wrapped_voices(infos)
        _table_groups(infos, self.rules)
        return infos

    def _wrapped_voices(self, infos: list[LineInfo]) -> None:
        """Mark as a comment line each text line that is one once the lines wrapping its
        unclosed sentence are joined to it (``金沢市のコメント：…期間が`` over ``短縮された。``:
        a PDF line's wrap, ``jirei.voicewraps``, decision 3357); ``infos`` changed in place."""
        from jirei.voicewraps import MOST_WRAPS, wrapped_text

        leads = self._comment_leads
        set_kind = _BUILD_INFO[2]
        for number, info in enumerate(infos[:-1]):
            if info.kind is not K.TEXT or not any(lead in info.text[:64] for lead in leads):
                continue  # (cheap test first: a text line naming a comment keyword)
            below: list[str] = []
            for other in infos[number + 1 : number + 1 + MOST_WRAPS]:
                if other.kind is not K.TEXT:
                    break
                below.append(other.text)
            joined = wrapped_text(info.text, below)
            if joined is not None and self.kind_of(joined)[0] is K.COMMENT:
                set_kind(info, K.COMMENT)

    def kind_of(self, text: str) -> tuple[Kind, str | None]:
        """The kind (and section kind) of a line's text."""
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            found = self._memo[text] = self._kind(text)
        return found

    def _kind(self, text: str) -> tuple[Kind, str | None]:
        """The kind (and section kind) of a line's text; pure, memoised by ``classify``."""
        stripped = text.strip()
        if not stripped:
            return K.BLANK, None
        single = undouble(stripped)  # 【【取取組組内内容容】】: a fake-bold heading (decision 313)
        if single is not None and (found := self._kind(single))[0] in (K.SECTION, K.COMMENT):
            return found
        if _PAGE_NUMBER.match(text) or (
            "|" in stripped and stripped[-1].isdigit() and _FOOTER.match(text)
        ):
            return K.FURNITURE, None
        if self.is_listed_furniture(stripped) and not (  # 【取組内容】(続き): a heading (2593)
            self.rules.continuation_marks
            and heading_key(stripped, self.rules) in self.rules.sections
        ):
            return K.FURNITURE, None
        if self.rules.speaker_headings and self._speaker_heading(stripped, self.rules):
            return K.COMMENT, None  # VOICE｜speaker, ◇ …の声（speaker）
        if (
            self._line_markers
            and stripped.startswith(self._line_markers)
            and self.comment_line.match(text)
        ):
            return K.COMMENT, None
        if any(word in stripped[:48] for word in self._after_words) and (
            after := self.comment_after.match(text)
        ):  # ＜宇都宮市コメント＞text (decision 2525)
            if after.group("judged") is None or _names_stakeholder(after, self.rules, "org"):
                return K.COMMENT, None  # (（熊本市の評価）text: a stakeholder's, 3087)
        if (
            len(stripped) <= 40
            and stripped.endswith(self._judged_ends)
            and _names_stakeholder(self.judged_heading.match(text), self.rules, "org")
        ):
            return K.COMMENT, None  # ``ウ　西宮市健康福祉局の評価`` alone (decision 3409)
        # a comment heading ends in a keyword or a closing bracket (cheap test first)
        if (
            (
                self._comment_ends is None
                or stripped.endswith(self._comment_ends)
                or any(lead in stripped for lead in self._comment_leads)
            )
            and (heading := self.comment.match(text))
            and not self._is_section(stripped)
            and (heading.group("lead") is None or _names_stakeholder(heading, self.rules))
        ):  # (``コメント：X`` only when X names a stakeholder: ``コメント：特になし`` is none)
            if is_collective(heading.group("speaker"), self.rules):  # ■関係者コメント (1780)
                return K.SECTION, "comments"
            if not is_column_header(  # ``所属　　コメント``: a grid's header row (1782)
                heading.group("speaker"), heading.group("keyword"), self.rules
            ):
                return K.COMMENT, None
        rstripped = text.rstrip()
        # ``_TABLE`` needs a tab, a pipe or two spaces in a row
        table = ("\t" in rstripped or "|" in rstripped or "  " in rstripped) and (
            _TABLE.search(rstripped) is not None
        )
        # a heading with a bracketed note set apart by a gap (``【…事業目標及び実績】
        # （平成31年3月末現在）``) is a heading, not a row of two cells (decision 2565)
        noted = _GAPPED_NOTE.fullmatch(stripped) if table else None
        if len(stripped) <= 60 and (not table or noted):
            kind = self.rules.sections.get(heading_key(stripped, self.rules))
            if kind is None:  # 1.取組の概要, ▼成果(令和元年度), 令和元年度の成果
                kind = variant_kind(stripped, self.rules)
            if kind is None and noted is not None:  # the heading before its note
                head = noted["head"]
                kind = self.rules.sections.get(heading_key(head, self.rules)) or variant_kind(
                    head, self.rules
                )
            if kind is not None and (
                stripped.startswith(("#", "【", "<", "[", "■", "◆", "●", "○", "(", "《", "〈"))
                or not _PERIOD_END.search(stripped)
            ):
                return K.SECTION, kind
            if kind is None and stripped.endswith(("。", ":")):
                from jirei.resultleads import lead_heading

                head = lead_heading(stripped, self.rules)  # 令和2年度の実績は次のとおり。 (3376)
                if head is not None and self._results_heading(head):
                    return K.SECTION, "results"
        if "【" in text and self.header.match(text):
            return K.HEADER, None
        if (  # ``１　【岩手県盛岡市】【…労働局・ハローワーク…】``: a case number before (3531)
            "【" in text
            and stripped[:1].isdigit()
            and (label := label_length(stripped, self.rules))
            and self.header.match(stripped[label:])
        ):
            return K.HEADER, None
        squared = as_square(text, self.rules)  # <place><partners>, 『…』『…』 (3101)
        if squared is not text and self.other_header.match(squared):
            return K.HEADER, None
        if label_length(stripped, self.rules) == len(stripped):  # ■ 事例1: opens a case
            return K.HEADING, None
        if label_header(text, self.rules) is not None:  # 事例1 静岡県沼津市 × ハローワーク沼津
            return K.HEADER, None
        if place_label(stripped, self.rules) is not None:  # (1)札幌市 (decision 201)
            return K.HEADER, None
        if (table or "/" in text) and bar_header(text, self.rules) is not None:  # 釧路市 | HW
            return K.HEADER, None
        bullet = self.bullet.match(text) is not None and not _emphasised(stripped)
        if bullet and table and (
            _figure_row(stripped, self._bullet_chars) or self._caption_corner(stripped)
        ):
            bullet = False  # ``(ア)酒田市<TAB>195人<TAB>121人``: a row of a table (decision 2971);
            # ``■令和２年度 事業目標と実績<TAB>仙台市<TAB>郡山市``: a table's head row (3135)
        if table and not bullet and _facility_row(self.rules).search(stripped) is not None:
            return K.TEXT, None  # ``name（kind）　　date開設``: a header's line (decision 3242)
        if table and not bullet and not (stripped[:1] in _ENUM_FIRST and _ENUM_TAB.match(stripped)):
            return K.TABLE, None
        if bullet and not table and _placed_facility(stripped, self.rules):
            return K.HEADER, None  # ``■広島市　name（一体的実施施設）``: a head line (3422)
        if bullet or _ENUM.match(stripped):
            return K.BULLET, None
        if stripped.startswith("#") or self.bracket_heading.match(stripped):
            return K.HEADING, None
        return K.TEXT, None

    def _caption_corner(self, stripped: str) -> bool:
        """Whether a tab row's first cell, a bullet mark before it, is a results heading of
        its own (``■令和２年度 事業目標と実績<TAB>仙台市``: the table's caption in its head
        row's corner; decision 3135)."""
        if "\t" not in stripped:
            return False
        first = stripped.split("\t", 1)[0].strip()
        return bool(first) and self.kind_of(first) == (K.SECTION, "results")

    def _results_heading(self, text: str) -> bool:
        """Whether ``text`` read as a heading names the results (``令和2年度の実績``)."""
        kind = self.rules.sections.get(heading_key(text, self.rules))
        return (kind or variant_kind(text, self.rules)) == "results"

    def _is_section(self, stripped: str) -> bool:
        return (
            heading_key(stripped, self.rules) in self.rules.sections
            or variant_kind(stripped, self.rules) is not None
        )

    def strip_marker(self, text: str) -> tuple[str, int]:
        """``text`` without its bullet marker(s), and how many characters were cut."""
        match = self.marker.match(text)
        cut = match.end() if match else len(text) - len(text.lstrip())
        return text[cut:], cut


@per_rules
def classifier(rules: Rules = DEFAULT_RULES) -> Classifier:
    """The (cached) classifier of ``rules``."""
    return Classifier(rules)


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence (``。``)."""
    # what ``_PERIOD_END`` finds: a period followed by nothing but ``\s`` characters
    return text.rstrip(_REGEX_SPACES).endswith(("。", "."))


#: how a quoted sentence closes (``「…減りました。」``)
_QUOTED_ENDS = ("。」", "。』", "！」", "？」", "!」", "?」")


def says(text: str) -> bool:
    """Whether a line ends a sentence, maybe a quoted one (``「…減りました。」``): a voice's
    words rather than a headline (decision 3076)."""
    return ends_sentence(text) or text.rstrip().endswith(_QUOTED_ENDS)


# ---------------------------------------------------------------------------- sections


@frozen
class Section:
    """A section of a case: its kind, heading line (None for text before any heading) and
    the lines under it."""

    kind: str
    heading: Line | None
    lines: tuple[Line, ...]

    @property
    def title(self) -> str | None:
        """The heading as written, without ``#`` and outer whitespace."""
        return strip_hash(self.heading.text) if self.heading is not None else None


@frozen
class CommentBlock:
    """A comment heading and the lines of its body."""

    heading: Line
    lines: tuple[Line, ...]


@frozen
class CardBlock:
    """An overview card in a case's body (``| 項目 | 内容 |`` and the rows under it)."""

    lines: tuple[Line, ...]


Block = Section | CommentBlock | CardBlock


@frozen
class CaseParts:
    """A case split up: header lines (both styles), headline, then its blocks in order."""

    header: tuple[Line, ...]
    headline: Line | None
    alt_header: tuple[Line, ...]
    blocks: tuple[Block, ...]


#: what a keyword opening a heading never starts with (``のコメント`` follows a name)
_NOT_LEADING = ("の", "から", "より")

#: what the words under a speaker close with
_SAID = ("。", "」", "』", "！", "？", "!", "?")

#: the kinds of a line naming a speaker over its words (``■足立区``, ``【足立区福祉部】``)
_RUN_KINDS = (Kind.BULLET, Kind.TEXT, Kind.HEADING)  # (a tuple: asked per line, no enum hashing)
#: the sections such a run may follow on: the figures (``■足立区`` under a headed
#: 役割分担 or 取組内容 block states what each partner does, no voice)
_RUN_UNDER = frozenset({"results", "other_results"})

#: what a speaker line outside a comments section starts with (``―石巻市―``)
_DASHES = frozenset("―—")


def _next_text(infos: Sequence[LineInfo], number: int) -> str | None:
    """The text of the next non-blank line after ``infos[number]``."""
    return next((i.text for i in infos[number + 1 :] if i.kind is not K.BLANK), None)


def _numbered_speaker(infos: Sequence[LineInfo], number: int, rules: Rules) -> bool:
    """Whether a place label line inside a comments section (``(1)　倉敷市``, read as a case
    heading by decision 201's shape) is a numbered speaker over its words, as
    ``(2)　岡山労働局`` beside it is (decisions 1900, 3518)."""
    from jirei.speakerlines import lone_speaker

    following = next((i.line for i in infos[number + 1 :] if i.kind is not K.BLANK), None)
    return lone_speaker(infos[number].text, following, rules) is not None


def _under_bullet(infos: Sequence[LineInfo], number: int) -> bool:
    """Whether ``infos[number]`` stands right under a bullet: the lines above it, up to a
    bullet, are that bullet's wrapped lines (no blank line between)."""
    for info in reversed(infos[:number]):
        if info.kind is K.BULLET:
            return True
        if info.kind is not K.TEXT:
            return False
    return False


def split_case(
    infos: Sequence[LineInfo],
    header: Sequence[Line],
    headline: Line | None,
    alt_header: Sequence[Line],
    rules: Rules = DEFAULT_RULES,
) -> CaseParts:
    """Split the body lines of a case (everything after its preamble) into blocks.

    A block opens at a section heading (its kind from the alias table), a comment heading,
    or another heading (``#`` or a stand-alone 【…】: kind ``aside``). Lines before the first
    heading form an ``aside`` section without heading.
    """
    blocks: list[Block] = []
    current_heading: Line | None = None
    current_kind: str | None = "aside"
    is_comment = False
    body: list[Line] = []

    def close() -> None:
        if is_comment and current_heading is not None:
            blocks.append(CommentBlock(current_heading, tuple(body)))
        elif current_heading is not None or any(not line.blank for line in body):
            blocks.append(Section(current_kind or "aside", current_heading, tuple(body)))

    from jirei.cards import is_card_header, opens_field_box, row_role

    def _headerless_card(
        info: LineInfo, blocks: list[Block], body: list[Line], rules: Rules, at: int
    ) -> bool:
        """A card's field row opening the body: a card without its header row (a CSV
        sheet, decision 81)."""
        if blocks or current_heading is not None or not all(line.blank for line in body):
            return False
        role = row_role(info.line, rules)
        if role == "field" or (role is not None and "\t" in info.line.text):
            return True  # a tab sheet card may open with its 取組内容 row (decision 701)
        # ... or with a field of no known label (``所在都道府県``, decision 3146)
        return role is None and opens_field_box([i.line for i in infos[at : at + 12]], rules)
    def _card_resumed(info: LineInfo, blocks: list[Block], rules: Rules, at: int) -> bool:
        """A tab card's rows going on under the table a heading inside the card opened
        (``成果指標`` over its indicator table, a blank line, then ``評価<TAB>…``,
        ``その他の実績<TAB>…``, ``コメント（市）<TAB>…``; decision 3359): a case that opened
        with a card, a results section, a blank line over a two-cell tab row, and a run of
        rows known by their labels as a field box is."""
        if (
            current_kind not in ("results", "targets")
            or "\t" not in info.line.text
            or at == 0
            or infos[at - 1].kind is not K.BLANK
            or not any(isinstance(block, CardBlock) for block in blocks)
        ):
            return False
        return opens_field_box([i.line for i in infos[at : at + 12]], rules)
    from jirei.commentforms import opens_quoted_comment, opens_talk, speaker_line

    card: list[Line] | None = None
    for number, info in enumerate(infos):
        if card is not None:
            tabbed = "\t" in card[0].text and "\t" in info.text  # a tab card (decision 701)
            if info.kind is K.TABLE and (info.line.text.lstrip().startswith("|") or tabbed):
                card.append(info.line)
                continue
            if tabbed and info.line.text[:1] == "\t" and info.line.text.strip():
                # a tab card's row continuing a cell, its first cell empty, whatever it holds
                # (``\t・…`` an item, ``\t※…`` a note; decision 2521)
                card.append(info.line)
                continue
            blocks.append(CardBlock(tuple(card)))
            card = None
            current_heading, current_kind, is_comment, body = None, "aside", False, []
        if info.kind is K.TABLE and (
            is_card_header(info.line, rules)
            or _headerless_card(info, blocks, body, rules, number)
            or _card_resumed(info, blocks, rules, number)
        ):
            close()
            card, body = [info.line], []
            continue
        if info.kind is K.SECTION:
            close()
            current_heading, current_kind, is_comment, body = info.line, info.section, False, []
        elif (
            info.kind is K.TABLE
            and current_heading is None
            and current_kind == "aside"
            and is_results_header(info.line, rules)
        ):  # a results table with no heading over it opens the results (decision 1104)
            close()
            current_kind, body = "results", [info.line]
        elif (
            info.kind is K.TABLE
            and current_kind in ("initiatives", "other_results")
            and "\t" in info.text
            and _under_bullet(infos, number)
            and is_results_header(info.line, rules)
        ):  # ... and so does one right under a list's bullets (decision 1650)
            close()
            current_heading, current_kind, body = None, "results", [info.line]
        elif (
            info.kind is K.TABLE
            and current_kind in ("initiatives", "other_results")
            and number > 0
            and infos[number - 1].kind is K.BLANK
            and is_year_corner_header(info.text, rules)
        ):  # ... and one set apart whose corner names the year alone (decision 2471)
            close()
            current_heading, current_kind, body = None, "results", [info.line]
        elif (
            info.kind is K.TABLE
            and not is_comment
            and current_kind in ("initiatives", "other_results", "aside")
            and names_no_metric(info.line, rules)
            and opens_role_table(infos, number, rules)
            and (
                (at := caption_above(body)) is not None
                or (
                    current_kind == "aside"
                    and current_heading is not None
                    and all(line.blank for line in body)
                )
                or names_corner_metric(info.line, rules)  # (decision 3306)
            )
        ):  # a table of 目標 / 実績 rows naming no metric is the results wherever it
            # stands, its caption line with it (``支援対象者数の推移`` over a table of
            # years; decision 3297)
            moved = body[at:] if at is not None else []
            body = body[:at] if at is not None else body
            over = None  # ``■就職者数`` right over the table: its caption, as its heading
            if at is None and current_kind == "aside" and all(line.blank for line in body):
                over, current_heading = current_heading, None
            close()
            current_heading, current_kind, body = over, "results", [*moved, info.line]
        elif (
            info.kind is K.TABLE
            and (is_comment or current_kind != "results")
            and is_caption_corner_row(info.text, rules)
        ):  # a table whose caption stands in its head row's corner, after the voices or
            # under any other heading, is the results (``【令和２年度実績】<TAB>盛岡市``; 3134)
            close()
            current_heading, current_kind, is_comment, body = info.line, "results", False, [
                info.line
            ]
        elif info.kind is K.COMMENT or (
            info.kind is K.TEXT
            and info.text.lstrip()[:1] in _DASHES
            and opens_quoted_comment(info.text, _next_text(infos, number), rules)
        ):
            close()
            current_heading, current_kind, is_comment, body = info.line, None, True, []
        elif (
            info.kind is K.HEADING
            and current_kind == "comments"
            and (
                _names_stakeholder(speaker_line(info.text, rules), rules)
                or heading_speaker(info.text, rules) is not None  # ``## 郡山市 生活支援課`` (1925)
            )
        ) or (
            info.kind is K.HEADER
            and current_kind == "comments"
            and (
                (
                    _names_stakeholder(speaker_line(info.text, rules), rules)
                    and (_next_text(infos, number) or "").rstrip().endswith(_SAID)
                )
                or _numbered_speaker(infos, number, rules)  # ``(1)　倉敷市`` (3518)
            )
        ):  # ``【奈良市保護第一課】`` inside a comments section: a speaker (decision 708); a
            # bare place ``【宇都宮市】`` too, over a sentence (decision 2526)
            body.append(info.line)
        elif (
            info.kind is K.TABLE
            and not is_comment
            and current_kind != "comments"
            and comment_row(info.line, rules)
        ):  # ``| 宇都宮市コメント | text |`` with no comments heading (decision 2527)
            close()
            current_heading, current_kind, is_comment, body = None, "comments", False, [info.line]
        elif (
            info.kind in _RUN_KINDS
            and not is_comment
            and (current_heading is None or current_kind in _RUN_UNDER)
            and opens_speaker_run(infos, number, rules)
        ):  # ``■足立区`` over its words, then the next speaker: voices unheaded (2513)
            close()
            current_heading, current_kind, is_comment, body = None, "comments", False, [info.line]
        elif (
            (info.kind is K.TEXT or info.kind is K.BULLET)  # ``A.（…）``: a lettered bullet (2279)
            and not is_comment
            and current_kind != "comments"
            and (opened := opens_talk(info.text, rules)) is not None
            and (
                opened in ("quote", "answer")  # ``答（市保護課）…`` anywhere (decision 1783)
                or (current_kind == "aside" and current_heading is None and info.kind is K.TEXT)
            )
            and (info.kind is K.TEXT or opened == "answer")
        ):  # a round-table turn with no heading over the talk, a 「…」（speaker） line (1227)
            asked = question_start(body, rules) if opened == "answer" else len(body)
            body, question = body[:asked], body[asked:]  # the answer's question (1783)
            close()
            current_heading, current_kind, is_comment = None, "comments", False
            body = [*question, info.line]
        elif (
            info.kind in (K.HEADING, K.HEADER)
            and current_kind in ("results", "targets")
            and not is_comment
            and group_heading(info.line, rules) is not None
        ):  # ``【児童扶養手当受給者】`` over the rows of a results table: its group (2751; 2771)
            body.append(info.line)
        elif info.kind is K.HEADING or (info.kind is K.HEADER and not is_comment):
            close()
            current_heading, current_kind, is_comment, body = info.line, "aside", False, []
        else:
            body.append(info.line)
    if card is not None:
        blocks.append(CardBlock(tuple(card)))
    else:
        close()
    return CaseParts(tuple(header), headline, tuple(alt_header), tuple(blocks))


def _names_stakeholder(
    match: regex.Match[str] | None, rules: Rules, group: str = "speaker"
) -> bool:
    """Whether a speaker line's speaker (its ``group``) is a municipality, bureau or office
    (not a heading such as ``【問い合わせ先】``)."""
    from jirei.commentforms import clean_speaker
    from jirei.comments import role_of

    return match is not None and role_of(clean_speaker(match[group], rules)[0], rules) != (
        "other"
    )



def _table_groups(infos: list[LineInfo], rules: Rules) -> None:
    """Mark as a table row each group heading standing alone between two rows of one
    tab or pipe table (``支援対象者数<TAB>120人`` / ``【児童扶養手当受給者】`` /
    ``支援対象者数<TAB>90人``): the group row of the rows under it, its cells lost in the
    copy (decisions 2759, 3390); ``infos`` changed in place."""
    set_kind = _BUILD_INFO[2]
    for number in range(1, len(infos) - 1):
        info = infos[number]
        if info.kind not in (K.HEADING, K.HEADER, K.TEXT, K.SECTION, K.BULLET):
            continue
        above, below = infos[number - 1], infos[number + 1]
        if above.kind is not K.TABLE or below.kind is not K.TABLE:
            continue
        if not all("\t" in row.text or "|" in row.text for row in (above, below)):
            continue
        from jirei.linegroups import group_heading

        if group_heading(info.line, rules) is not None:
            set_kind(info, K.TABLE)

__all__ = [
    "Block",
    "CardBlock",
    "CaseParts",
    "Classifier",
    "CommentBlock",
    "Kind",
    "LineInfo",
    "Section",
    "classifier",
    "ends_sentence",
    "heading_key",
    "says",
    "split_case",
    "strip_hash",
]
