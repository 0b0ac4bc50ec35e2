"""Reading rules as data: units, qualifiers, eras, section and metric aliases, comment roles.

The tables live in the TOML files beside this module. A user extends them without
editing the library::

    import jirei
    rules = jirei.DEFAULT_RULES.extend(
        units={"人日": "人日"},
        sections={"取組の概要": "initiatives"},
        metrics={"新規求職者数": "new_job_seekers"},
    )
    doc = jirei.parse_text(text, rules=rules)

or by writing a TOML file in the same format and calling ``DEFAULT_RULES.merge_toml(path)``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import inspect
import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, ParamSpec, TypeVar, cast

import attrs
import regex
from attrs import field, frozen

SECTION_KINDS = ("initiatives", "results", "targets", "other_results", "aside", "comments")
COLUMN_ROLES = (
    "target", "actual", "achievement_rate", "previous", "remark", "label", "group", "period",
    "year", "unit",
)
#: what a field line (``名称：…``) or profile-card row (``| 自治体 | … |``) fills
FIELD_KINDS = (
    "facility", "start_date", "place", "labour_bureau", "hello_work", "offices", "aside",
    "facility_type", "title",
)
#: how a comment form reads a line of a 関係者の声 block
COMMENT_FORMS = ("speaker", "inline", "bare", "question", "note", "turn")


def _mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


def _section_keys(value: Mapping[str, str] | None) -> Mapping[str, str]:
    """Section aliases, each also under the key a heading is looked up by: without the
    ``・`` that heading keys drop (``その他の実績・特記事項``; decision 1005)."""
    table = dict(value or {})
    for alias, kind in list(table.items()):
        table.setdefault(alias.replace("・", ""), kind)
    return MappingProxyType(table)


def _strings(value: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(value or ())


@frozen
class Era:
    """A Japanese era: its name, first Gregorian day and short forms (H, 平)."""

    name: str
    start: _dt.date
    abbreviations: tuple[str, ...] = field(default=(), converter=_strings)

    @property
    def first_year(self) -> int:
        """The Gregorian year of the era's 元年."""
        return self.start.year


@frozen(eq=False)
class Rules:
    """Every table jirei reads by. Immutable; ``extend`` returns a new instance."""

    #: unit as written -> canonical unit
    units: Mapping[str, str] = field(converter=_mapping)
    #: rate unit -> factor to percent (``%`` 1, ``割`` 10)
    rate_units: Mapping[str, int] = field(converter=_mapping)
    qualifier_prefixes: tuple[str, ...] = field(converter=_strings)
    qualifier_suffixes: tuple[str, ...] = field(converter=_strings)
    #: newest first
    eras: tuple[Era, ...] = field(converter=tuple)
    default_era: str
    fiscal_start_month: int
    #: normalised section heading -> section kind (one of ``SECTION_KINDS``)
    sections: Mapping[str, str] = field(converter=_section_keys)
    #: normalised metric label -> canonical key
    metrics: Mapping[str, str] = field(converter=_mapping)
    #: table column/row header -> column role (one of ``COLUMN_ROLES``)
    columns: Mapping[str, str] = field(converter=_mapping)
    comment_keywords: tuple[str, ...] = field(converter=_strings)
    #: (role, regex) pairs, first match wins
    comment_roles: tuple[tuple[str, str], ...] = field(converter=tuple)
    facility_types: tuple[str, ...] = field(converter=_strings)
    facility_type_suffixes: tuple[str, ...] = field(converter=_strings)
    start_markers: tuple[str, ...] = field(converter=_strings)
    hello_work_prefixes: tuple[str, ...] = field(converter=_strings)
    hello_work_suffixes: tuple[str, ...] = field(converter=_strings)
    bullets: tuple[str, ...] = field(converter=_strings)
    #: regexes of bullet markers longer than a character (``ポイント1``), NFKC text
    item_markers: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes of case labels (``事例1``, ``【事例1】``, ``No.1``), not part of any field
    case_labels: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes of heading numbers (``1.``, ``(1)``, ``II``) before a section name
    heading_numbers: tuple[str, ...] = field(default=(), converter=_strings)
    #: field-line / profile-card label -> what it fills (one of ``FIELD_KINDS``)
    field_labels: Mapping[str, str] = field(factory=dict, converter=_mapping)
    #: header cells of a profile card (``| 項目 | 内容 |``): not fields
    card_headers: tuple[str, ...] = field(default=(), converter=_strings)
    #: (form, regex) pairs reading the lines of a comments section; first match wins
    comment_forms: tuple[tuple[str, str], ...] = field(default=(), converter=tuple)
    #: words ending a comment heading only behind a marker or in brackets (``■市から``)
    comment_marked_keywords: tuple[str, ...] = field(default=(), converter=_strings)
    #: the markers such a heading may start with (``■``, ``◇``)
    comment_heading_markers: tuple[str, ...] = field(default=(), converter=_strings)
    #: what a footnote line under a results table starts with (``＊`` → ``*`` after NFKC)
    footnote_markers: tuple[str, ...] = field(default=(), converter=_strings)
    #: a table cell of only one of these repeats the cell above it (``〃``, ``同上``)
    ditto_marks: tuple[str, ...] = field(default=(), converter=_strings)
    #: a caption line over the second block of a table printed in two (``(表の続き)``)
    continued_captions: tuple[str, ...] = field(default=(), converter=_strings)
    #: a heading over results tables printed after all the cases (``付表``), and the
    #: caption words of each table in it (``表``: ``表Ａ　川越市``; decision 1184)
    appendix_headings: tuple[str, ...] = field(default=(), converter=_strings)
    appendix_tables: tuple[str, ...] = field(default=(), converter=_strings)
    #: overview headings (``概要``) whose section is the initiatives when it is a list of
    #: marked items and the case has no initiatives section (decision 3116)
    list_overviews: tuple[str, ...] = field(default=(), converter=_strings)
    #: topic words after a place on a case label's line (``新潟市における取組``): a place
    #: heading, no headline (decision 3126)
    place_topics: tuple[str, ...] = field(default=(), converter=_strings)
    #: results written as a sentence (decision 63): the particle after a label (``は``),
    #: the words between target and actual (``に対し``) and the sentence's closing words
    sentence_topics: tuple[str, ...] = field(default=(), converter=_strings)
    sentence_against: tuple[str, ...] = field(default=(), converter=_strings)
    sentence_endings: tuple[str, ...] = field(default=(), converter=_strings)
    #: a results sentence about one metric (decision 209): the words after its label
    #: (``については``, then ``、``) and the words closing its actual before ``、達成率は``
    sentence_subjects: tuple[str, ...] = field(default=(), converter=_strings)
    sentence_links: tuple[str, ...] = field(default=(), converter=_strings)
    #: results sentences, further forms (decision 874): connectives opening a sentence
    #: (``また、``) and words closing a clause after its figures (``と目標を下回ったが``)
    sentence_openers: tuple[str, ...] = field(default=(), converter=_strings)
    sentence_tails: tuple[str, ...] = field(default=(), converter=_strings)
    #: arrows between the ``label figure`` pairs of a results line (decision 74)
    result_arrows: tuple[str, ...] = field(default=(), converter=_strings)
    #: bracketed words opening a line that holds a speaker and a comment
    #: (``（コメント）市：…``, decision 68), NFKC
    comment_line_markers: tuple[str, ...] = field(default=(), converter=_strings)
    #: words heading a round-table's attendee list (``出席者（敬称略）``, decision 1230)
    attendee_headings: tuple[str, ...] = field(default=(), converter=_strings)
    #: words labelling a talk's interviewer or chair (``聞き手：編集部``, decision 3621)
    interviewer_labels: tuple[str, ...] = field(default=(), converter=_strings)
    #: words before a figure saying how it was counted (``延べ 1,230件``): neither a
    #: qualifier nor the figure's name (decision 67)
    count_words: tuple[str, ...] = field(default=(), converter=_strings)
    #: marks before a headline (a slide's first line ``◆…``; decision 49), not in the title
    headline_marks: tuple[str, ...] = field(default=(), converter=_strings)
    #: quote pairs (opening + closing character, ``「」``) that, wrapping a whole headline,
    #: are not part of the title (decision 72)
    headline_quotes: tuple[str, ...] = field(default=(), converter=_strings)
    #: what follows ``労働局`` in a field label naming the bureau and the office
    #: (``労働局・安定所名``): that ``労働局`` names no bureau (decision 2256)
    bureau_label_tails: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes a whole line (NFKC, stripped) matches when it is document furniture
    #: belonging to no case (``報道関係者各位``, ``━━━━``; decision 76)
    furniture_lines: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes of a whole line (NFKC, stripped) opening a block of furniture: it and the
    #: lines under it up to a blank line belong to no case (a web page's contact footer)
    furniture_blocks: tuple[str, ...] = field(default=(), converter=_strings)
    #: a header written in prose (decision 76): words between the place and the bureau
    #: (``と``) and after the bureau's bracket (``は``)
    prose_joiners: tuple[str, ...] = field(default=(), converter=_strings)
    prose_topics: tuple[str, ...] = field(default=(), converter=_strings)
    #: header sentences in other word orders, as regexes over NFKC text with groups
    #: ``place``, ``offices``, ``date``, ``name`` and optional ``kind`` (decision 306)
    prose_sentences: tuple[str, ...] = field(default=(), converter=_strings)
    #: header words of the number column of a case list (a summary table listing the cases,
    #: decisions 70–71: ``No.``); the cell fills no field, it matches a row to its case
    case_list_numbers: tuple[str, ...] = field(default=(), converter=_strings)
    #: a row sheet's total row (``合計``): no case (decision 853)
    case_list_totals: tuple[str, ...] = field(default=(), converter=_strings)
    #: the marks a list of every facility sets in a column against the rows written out
    #: below (``○`` under ``事例``; decision 3410)
    case_list_marks: tuple[str, ...] = field(default=(), converter=_strings)
    #: labels of a notice's fact lines that fill no field (``主な対象者　…``, ``受付時間：…``):
    #: such a line over the first section is no headline (``jirei.fieldtitle``, decision 2693)
    fact_labels: tuple[str, ...] = field(default=(), converter=_strings)
    #: a line opening with one of these ends the last facility sub-entry of a programme
    #: (``事業全体の成果指標``; ``jirei.subentries``, decision 1985)
    sub_entry_ends: tuple[str, ...] = field(default=(), converter=_strings)
    #: bracket pairs of a note heading keyed by its city (``【前橋市】…``, decision 2985)
    place_brackets: tuple[str, ...] = field(default=(), converter=_strings)
    #: bracket pairs a bracket header's place and partners may stand in besides ``【】``
    #: (``<北海道札幌市><北海道労働局・ハローワーク札幌東>``, ``『…』『…』``; as after
    #: normalisation; ``jirei.headerbrackets``, decision 3101)
    header_brackets: tuple[str, ...] = field(default=(), converter=_strings)
    #: labels of a grade line (``評価　Ａ``): the authoring body's evaluation, no other
    #: result (``jirei.otherlead``, decision 1987)
    grade_labels: tuple[str, ...] = field(default=(), converter=_strings)
    #: marks of a chapter heading whose next sibling ends the last case under it
    #: (``■備考`` … ``■点検``; ``jirei.siblinghead``, decision 1992)
    chapter_marks: tuple[str, ...] = field(default=(), converter=_strings)
    #: leads of a note line (``（注）…``): no other result (``jirei.otherlead``, 1993)
    note_leads: tuple[str, ...] = field(default=(), converter=_strings)
    #: markers before a field line written without a colon (``○開始日　平成…``; decision 86)
    field_markers: tuple[str, ...] = field(default=(), converter=_strings)
    #: enumerators (regexes) before a field label in an outline document (``ア　実施主体　　…``;
    #: decision 871): the label then needs a colon, a wide gap or a value of its field's shape
    field_enumerators: tuple[str, ...] = field(default=(), converter=_strings)
    #: outline numbers of a Word document pasted as text (``Ⅰ``, ``1``, ``(1)``, ``ア``): the tab
    #: after one is the list's tab, no table cell (``jirei.outlinetabs``; decision 3251)
    outline_enumerators: tuple[str, ...] = field(default=(), converter=_strings)
    #: box-drawing table characters (``rules/layouts.toml [box_drawing]``): vertical bars,
    #: corners and crossings, horizontal bars; read as ``|`` / ``|`` / ``-``
    box_drawing: tuple[str, str, str] = field(default=("", "", ""), converter=tuple)
    #: marks before a section heading besides the usual ``■ ◆ ●`` (``▍取組のポイント``)
    heading_marks: tuple[str, ...] = field(default=(), converter=_strings)
    #: marks opening a quoted line of a mail (``> ``, ``＞ ``, ``| ``; ``jirei.mailquotes``)
    quote_marks: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes of the line opening a reply's quoted history (``-----Original Message-----``)
    quote_history: tuple[str, ...] = field(default=(), converter=_strings)
    #: the labels of a mail's subject line (``Subject``, ``件名``; any case)
    quote_subjects: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes of a forwarding mail's subject text (``Fw: …``): the history it quotes is the
    #: message passed on and is read (``jirei.mailquotes``, decision 3431)
    quote_forwards: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes (group ``speaker``) of a whole line naming a comment's speaker, the text
    #: under it (``VOICE｜大仙市 生活福祉課``), and of an attribution line closing the text
    #: above it (``（倉敷市生活福祉課　談）``); ``jirei.speakerforms``
    speaker_headings: tuple[str, ...] = field(default=(), converter=_strings)
    #: what a department's name ends with: one such speaker over its words is a voice
    #: (``〔新居浜市経済部産業振興課〕``, decision 3044)
    lone_speaker_units: tuple[str, ...] = field(default=(), converter=_strings)
    #: words that end a comment heading only behind a stakeholder (``【熊本市の評価】``,
    #: ``〈ハローワークの意見〉``; ``【事業の評価】`` names no one; decision 3087)
    judgement_keywords: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes of a whole NFKC line that opens a slide of a deck (``--- slide 2 ---``,
    #: ``スライド3``; decision 1041, ``jirei.slidedeck``)
    slide_markers: tuple[str, ...] = field(default=(), converter=_strings)
    #: labels opening a slide's speaker notes (``ノート:``, ``発表者メモ``; ``jirei.slidenotes``,
    #: decision 3254): the notes block is no text of any case
    slide_note_labels: tuple[str, ...] = field(default=(), converter=_strings)
    #: a slide's continuation mark after a section heading (regexes over the NFKC text with
    #: spaces and brackets dropped: ``続き``, ``2/3``; ``rules/layouts.toml``,
    #: decision 2593): ``【取組内容】（続き）`` is the heading ``取組内容``
    continuation_marks: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes of a bracketed note right after a case label saying the case goes on from an
    #: earlier page (``事例１（２ページからの続き）``; ``rules/header.toml``, decision 2996): the
    #: bracket is part of the label
    label_notes: tuple[str, ...] = field(default=(), converter=_strings)
    #: regexes of a whole NFKC line (stripped) that opens a chapter of the document
    #: (``第3章　今後の課題``): it ends the case above it (decision 1105; ``jirei.segment``)
    chapter_lines: tuple[str, ...] = field(default=(), converter=_strings)
    attributions: tuple[str, ...] = field(default=(), converter=_strings)
    #: header cell of a comments table -> what its column holds (``speaker`` / ``text``;
    #: ``| 発言者 | コメント |``, decision 811; ``jirei.commenttable``)
    comment_columns: Mapping[str, str] = field(factory=dict, converter=_mapping)
    #: the tables of ``forms.toml``: 様式 form words (``jirei.formlines``) and the words
    #: opening a writer's note (``speaker_note_words``, ``jirei.speakernotes``)
    forms_table: Mapping[str, Any] = field(factory=dict, converter=_mapping)
    #: the tables of ``ocr.toml``: OCR look-alikes (``jirei.ocrrepair``)
    ocr_table: Mapping[str, Any] = field(factory=dict, converter=_mapping)
    #: the tables of ``exports.toml``: key words of structured exports (JSON / YAML) that no
    #: other table holds (``見出し``, ``指標名``, ``値``, ``発言者`` …; ``jirei.exports``)
    exports_table: Mapping[str, Any] = field(factory=dict, converter=_mapping)
    #: the tables of ``harvest.toml``: words of header facts found by their shape in a
    #: case's opening or data box (``jirei.harvest``)
    harvest_table: Mapping[str, Any] = field(factory=dict, converter=_mapping)
    #: the tables of ``figures.toml``: words of metrics found by their shape anywhere in a
    #: case (``jirei.figures``)
    figures_table: Mapping[str, Any] = field(factory=dict, converter=_mapping)
    #: the tables of ``quotes.toml``: words of comments found by their shape (a quotation
    #: and its speaker) anywhere in a case (``jirei.quotes``)
    quotes_table: Mapping[str, Any] = field(factory=dict, converter=_mapping)
    #: the tables of ``headwords.toml``: stems naming a section in a heading no alias lists
    #: (``jirei.headwords``)
    headwords_table: Mapping[str, Any] = field(factory=dict, converter=_mapping)
    #: values built from these rules by ``per_rules`` functions (compiled patterns,
    #: classifiers), keyed by the function: kept on the instance so that a value referring
    #: back to its Rules does not keep it alive (a cycle the garbage collector frees)
    _memo: dict[object, Any] = field(factory=dict, init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        for alias, kind in self.sections.items():
            if kind not in SECTION_KINDS:
                raise ValueError(f"section alias {alias!r}: unknown kind {kind!r}")
        for alias, role in self.columns.items():
            if role not in COLUMN_ROLES:
                raise ValueError(f"column alias {alias!r}: unknown role {role!r}")
        for label, kind in self.field_labels.items():
            if kind not in FIELD_KINDS:
                raise ValueError(f"field label {label!r}: unknown kind {kind!r}")
        for pair in self.headline_quotes:
            if len(pair) != 2:
                raise ValueError(f"headline quote {pair!r}: not an opening + closing pair")
        for form, _pattern in self.comment_forms:
            if form not in COMMENT_FORMS:
                raise ValueError(f"comment form {form!r}: unknown (one of {COMMENT_FORMS})")
        if self.default_era not in {era.name for era in self.eras}:
            raise ValueError(f"default era {self.default_era!r} is not a known era")

    def era(self, name_or_abbreviation: str) -> Era:
        """The era named or abbreviated so (``平成``, ``平``, ``H``); KeyError if none."""
        for era in self.eras:
            if name_or_abbreviation == era.name or name_or_abbreviation in era.abbreviations:
                return era
        raise KeyError(name_or_abbreviation)

    def extend(
        self,
        *,
        units: Mapping[str, str] | None = None,
        rate_units: Mapping[str, int] | None = None,
        qualifier_prefixes: Iterable[str] = (),
        qualifier_suffixes: Iterable[str] = (),
        eras: Iterable[Era] = (),
        sections: Mapping[str, str] | None = None,
        metrics: Mapping[str, str] | None = None,
        columns: Mapping[str, str] | None = None,
        comment_keywords: Iterable[str] = (),
        comment_roles: Iterable[tuple[str, str]] = (),
        facility_types: Iterable[str] = (),
        start_markers: Iterable[str] = (),
        bullets: Iterable[str] = (),
        item_markers: Iterable[str] = (),
        case_labels: Iterable[str] = (),
        heading_numbers: Iterable[str] = (),
        field_labels: Mapping[str, str] | None = None,
        card_headers: Iterable[str] = (),
        comment_forms: Iterable[tuple[str, str]] = (),
        comment_marked_keywords: Iterable[str] = (),
        comment_heading_markers: Iterable[str] = (),
        footnote_markers: Iterable[str] = (),
        sentence_topics: Iterable[str] = (),
        sentence_against: Iterable[str] = (),
        sentence_endings: Iterable[str] = (),
        sentence_subjects: Iterable[str] = (),
        sentence_links: Iterable[str] = (),
        result_arrows: Iterable[str] = (),
        comment_line_markers: Iterable[str] = (),
        count_words: Iterable[str] = (),
        headline_marks: Iterable[str] = (),
        headline_quotes: Iterable[str] = (),
        bureau_label_tails: Iterable[str] = (),
        furniture_lines: Iterable[str] = (),
        furniture_blocks: Iterable[str] = (),
        prose_joiners: Iterable[str] = (),
        prose_topics: Iterable[str] = (),
        prose_sentences: Iterable[str] = (),
        case_list_numbers: Iterable[str] = (),
        case_list_totals: Iterable[str] = (),
        case_list_marks: Iterable[str] = (),
        fact_labels: Iterable[str] = (),
        heading_marks: Iterable[str] = (),
        quote_marks: Iterable[str] = (),
        quote_history: Iterable[str] = (),
        quote_subjects: Iterable[str] = (),
        quote_forwards: Iterable[str] = (),
        speaker_headings: Iterable[str] = (),
        lone_speaker_units: Iterable[str] = (),
        judgement_keywords: Iterable[str] = (),
        attributions: Iterable[str] = (),
        **replace: Any,
    ) -> Rules:
        """A copy with entries added. Mappings are merged (new entries win); sequences
        get the new entries in front (so new comment-role rules are tried first);
        any other field can be replaced outright by keyword (e.g. ``default_era="令和"``).
        """
        new_eras = tuple(eras)
        return attrs.evolve(
            self,
            units={**self.units, **(units or {})},
            rate_units={**self.rate_units, **(rate_units or {})},
            qualifier_prefixes=(*qualifier_prefixes, *self.qualifier_prefixes),
            qualifier_suffixes=(*qualifier_suffixes, *self.qualifier_suffixes),
            eras=tuple(sorted((*new_eras, *self.eras), key=lambda e: e.start, reverse=True)),
            sections={**self.sections, **(sections or {})},
            metrics={**self.metrics, **(metrics or {})},
            columns={**self.columns, **(columns or {})},
            comment_keywords=(*comment_keywords, *self.comment_keywords),
            comment_roles=(*comment_roles, *self.comment_roles),
            facility_types=(*facility_types, *self.facility_types),
            start_markers=(*start_markers, *self.start_markers),
            bullets=(*bullets, *self.bullets),
            item_markers=(*item_markers, *self.item_markers),
            case_labels=(*case_labels, *self.case_labels),
            heading_numbers=(*heading_numbers, *self.heading_numbers),
            field_labels={**self.field_labels, **(field_labels or {})},
            card_headers=(*card_headers, *self.card_headers),
            comment_forms=(*comment_forms, *self.comment_forms),
            comment_marked_keywords=(*comment_marked_keywords, *self.comment_marked_keywords),
            comment_heading_markers=(*comment_heading_markers, *self.comment_heading_markers),
            footnote_markers=(*footnote_markers, *self.footnote_markers),
            sentence_topics=(*sentence_topics, *self.sentence_topics),
            sentence_against=(*sentence_against, *self.sentence_against),
            sentence_endings=(*sentence_endings, *self.sentence_endings),
            sentence_subjects=(*sentence_subjects, *self.sentence_subjects),
            sentence_links=(*sentence_links, *self.sentence_links),
            result_arrows=(*result_arrows, *self.result_arrows),
            comment_line_markers=(*comment_line_markers, *self.comment_line_markers),
            count_words=(*count_words, *self.count_words),
            headline_marks=(*headline_marks, *self.headline_marks),
            headline_quotes=(*headline_quotes, *self.headline_quotes),
            bureau_label_tails=(*bureau_label_tails, *self.bureau_label_tails),
            furniture_lines=(*furniture_lines, *self.furniture_lines),
            furniture_blocks=(*furniture_blocks, *self.furniture_blocks),
            prose_joiners=(*prose_joiners, *self.prose_joiners),
            prose_topics=(*prose_topics, *self.prose_topics),
            prose_sentences=(*prose_sentences, *self.prose_sentences),
            case_list_numbers=(*case_list_numbers, *self.case_list_numbers),
            case_list_totals=(*case_list_totals, *self.case_list_totals),
            case_list_marks=(*case_list_marks, *self.case_list_marks),
            fact_labels=(*fact_labels, *self.fact_labels),
            heading_marks=(*heading_marks, *self.heading_marks),
            quote_marks=(*quote_marks, *self.quote_marks),
            quote_history=(*quote_history, *self.quote_history),
            quote_subjects=(*quote_subjects, *self.quote_subjects),
            quote_forwards=(*quote_forwards, *self.quote_forwards),
            speaker_headings=(*speaker_headings, *self.speaker_headings),
            lone_speaker_units=(*lone_speaker_units, *self.lone_speaker_units),
            judgement_keywords=(*judgement_keywords, *self.judgement_keywords),
            attributions=(*attributions, *self.attributions),
            **replace,
        )

    def merge_toml(self, path: str | Path) -> Rules:
        """A copy extended with the tables of a TOML file written like the bundled ones."""
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        return self.extend(**self._added(_tables_to_kwargs(data)))

    def _added(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` for ``extend`` with every list and table that ``extend`` would
        replace (a field it has no parameter for) added to the current one instead: new
        entries first, mappings merged (new entries win). A user file extends the rules,
        it never drops the bundled words."""
        named = set(inspect.signature(Rules.extend).parameters)
        out: dict[str, Any] = {}
        for key, value in values.items():
            current = getattr(self, key, None)
            if key in named or key in _REPLACED_TABLES:
                out[key] = value
            elif isinstance(current, tuple) and isinstance(value, (list, tuple)):
                out[key] = (*value, *current)
            elif isinstance(current, Mapping) and isinstance(value, Mapping):
                added = {k: _added_entry(current.get(k), v) for k, v in value.items()}
                out[key] = {**current, **added}
            else:
                out[key] = value
        return out


def _added_entry(current: Any, value: Any) -> Any:
    """A table entry of a user file over the bundled one: a list is added in front of the
    bundled list, a table merged into the bundled table; anything else replaces it."""
    if isinstance(current, (list, tuple)) and isinstance(value, (list, tuple)):
        return (*value, *current)
    if isinstance(current, Mapping) and isinstance(value, Mapping):
        return {**current, **value}
    return value


#: whole tables a user file replaces (see ``merge_toml``)
_REPLACED_TABLES = frozenset({"forms_table", "ocr_table", "exports_table", "box_drawing"})


def _compound_labels(
    names: Sequence[str], kinds: Sequence[str], joiners: Sequence[str]
) -> dict[str, str]:
    """The ``facility`` labels naming the facility and its kind in one label
    (``施設名・種別``, ``名称/形態``): each plain name label joined to a kind word (the
    bracketed forms, ``施設名(種別)``, are listed as they are)."""
    out: dict[str, str] = {}
    for name in names:
        if "(" in name:
            continue
        for kind in kinds:
            for joiner in joiners:
                out[f"{name}{joiner}{kind}"] = "facility"
    return out


def _office_labels(
    bureaus: Sequence[str], offices: Sequence[str], joiners: Sequence[str]
) -> dict[str, str]:
    """The ``offices`` labels naming the labour bureau and the Hello Work office in one
    label (``労働局・所``, ``局・所``, ``管轄労働局/担当ハローワーク``; decision 3132): each bureau
    word joined to an office word."""
    return {
        f"{bureau}{joiner}{office}": "offices"
        for bureau in bureaus
        for office in offices
        for joiner in joiners
    }


def _tables_to_kwargs(data: Mapping[str, Any]) -> dict[str, Any]:
    """Translate the TOML layout of the bundled files into ``Rules`` field values."""
    out: dict[str, Any] = {}
    if "units" in data:
        out["units"] = data["units"]
    if "rate_units" in data:
        out["rate_units"] = data["rate_units"]
    # a user file's ``[forms_table]`` replaces it
    for table in ("forms_table", "ocr_table", "exports_table", "harvest_table", "figures_table",
                  "quotes_table", "headwords_table"):
        if table in data:
            out[table] = data[table]
    if "qualifiers" in data:
        out["qualifier_prefixes"] = data["qualifiers"].get("prefix", ())
        out["qualifier_suffixes"] = data["qualifiers"].get("suffix", ())
    if "eras" in data:
        out["eras"] = tuple(
            Era(e["name"], e["start"], e.get("abbreviations", ())) for e in data["eras"]
        )
    if "sections" in data:
        out["sections"] = {
            alias: kind for kind, table in data["sections"].items() for alias in table["aliases"]
        }
    if "metrics" in data:
        out["metrics"] = {
            alias: key for key, table in data["metrics"].items() for alias in table["aliases"]
        }
    if "columns" in data:
        out["columns"] = {
            alias: role for role, aliases in data["columns"].items() for alias in aliases
        }
    if "keywords" in data:
        out["comment_keywords"] = data["keywords"]
    if "roles" in data:
        out["comment_roles"] = tuple((r["role"], r["pattern"]) for r in data["roles"])
    if "field_labels" in data:
        out["field_labels"] = {
            label: kind for kind, labels in data["field_labels"].items() for label in labels
        }
        compounds = data.get("field_label_compounds", {})
        out["field_labels"] = {
            **_compound_labels(
                data["field_labels"].get("facility", ()),
                compounds.get("kinds", ()),
                compounds.get("joiners", ()),
            ),
            **_office_labels(
                compounds.get("bureaus", ()),
                compounds.get("offices", ()),
                compounds.get("office_joiners", ()),
            ),
            **out["field_labels"],
        }
    if "forms" in data:
        out["comment_forms"] = tuple((f["form"], f["pattern"]) for f in data["forms"])
    if "result_sentences" in data:
        table = data["result_sentences"]
        out["sentence_topics"] = table.get("topics", ())
        out["sentence_against"] = table.get("against", ())
        out["sentence_endings"] = table.get("endings", ())
        out["sentence_subjects"] = table.get("subjects", ())
        out["sentence_links"] = table.get("links", ())
        out["sentence_openers"] = table.get("openers", ())
        out["sentence_tails"] = table.get("tails", ())
    if "prose_header" in data:
        out["prose_joiners"] = data["prose_header"].get("joiners", ())
        out["prose_topics"] = data["prose_header"].get("topics", ())
        out["prose_sentences"] = data["prose_header"].get("sentences", ())
    if "case_list" in data:
        out["case_list_numbers"] = data["case_list"].get("numbers", ())
        out["case_list_totals"] = data["case_list"].get("totals", ())
        out["case_list_marks"] = data["case_list"].get("marks", ())
    if "fact_lines" in data:
        out["fact_labels"] = data["fact_lines"].get("labels", ())
    if "sub_entries" in data:
        out["sub_entry_ends"] = data["sub_entries"].get("ends", ())
        out["grade_labels"] = data["sub_entries"].get("grade_labels", ())
        out["chapter_marks"] = data["sub_entries"].get("chapter_marks", ())
        out["note_leads"] = data["sub_entries"].get("note_leads", ())
        out["place_brackets"] = data["sub_entries"].get("place_brackets", ())
    if "box_drawing" in data:
        box = data["box_drawing"]
        out["box_drawing"] = (box["verticals"], box["crossings"], box["horizontals"])
    if "comment_columns" in data:
        out["comment_columns"] = {
            word: role for role, words in data["comment_columns"].items() for word in words
        }
    if "result_arrows" in data:
        out["result_arrows"] = data["result_arrows"].get("arrows", ())
    for key, name in (
        ("facility_types", "facility_types"),
        ("header_brackets", "header_brackets"),
        ("start_markers", "start_markers"),
        ("bullets", "bullets"),
        ("item_markers", "item_markers"),
        ("case_labels", "case_labels"),
        ("heading_numbers", "heading_numbers"),
        ("card_headers", "card_headers"),
        ("marked_keywords", "comment_marked_keywords"),
        ("heading_markers", "comment_heading_markers"),
        ("footnote_markers", "footnote_markers"),
        ("ditto_marks", "ditto_marks"),
        ("continued_captions", "continued_captions"),
        ("appendix_headings", "appendix_headings"),
        ("appendix_tables", "appendix_tables"),
        ("list_overviews", "list_overviews"),
        ("place_topics", "place_topics"),
        ("line_markers", "comment_line_markers"),
        ("attendee_headings", "attendee_headings"),
        ("interviewer_labels", "interviewer_labels"),
        ("count_words", "count_words"),
        ("headline_marks", "headline_marks"),
        ("headline_quotes", "headline_quotes"),
        ("bureau_label_tails", "bureau_label_tails"),
        ("furniture_lines", "furniture_lines"),
        ("furniture_blocks", "furniture_blocks"),
        ("field_markers", "field_markers"),
        ("field_enumerators", "field_enumerators"),
        ("outline_enumerators", "outline_enumerators"),
        ("heading_marks", "heading_marks"),
        ("quote_marks", "quote_marks"),
        ("quote_history", "quote_history"),
        ("quote_subjects", "quote_subjects"),
        ("quote_forwards", "quote_forwards"),
        ("speaker_headings", "speaker_headings"),
        ("lone_speaker_units", "lone_speaker_units"),
        ("judgement_keywords", "judgement_keywords"),
        ("slide_markers", "slide_markers"),
        ("slide_note_labels", "slide_note_labels"),
        ("continuation_marks", "continuation_marks"),
        ("label_notes", "label_notes"),
        ("chapter_lines", "chapter_lines"),
        ("attributions", "attributions"),
    ):
        if key in data:
            out[name] = data[key]
    return out


_FILES = (
    "units", "qualifiers", "eras", "sections", "metrics", "comments", "header", "layouts",
)


def load_default_rules() -> Rules:
    """Read the bundled TOML tables."""
    merged: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    for name in _FILES:
        text = resources.files(__name__).joinpath(f"{name}.toml").read_text("utf-8")
        data = tomllib.loads(text)
        raw.update(data)
        merged.update(_tables_to_kwargs(data))
    def table(name: str) -> dict[str, Any]:
        return tomllib.loads(resources.files(__name__).joinpath(f"{name}.toml").read_text("utf-8"))

    return Rules(
        forms_table=table("forms"),
        ocr_table=table("ocr"),
        exports_table=table("exports"),
        harvest_table=table("harvest"),
        figures_table=table("figures"),
        quotes_table=table("quotes"),
        headwords_table=table("headwords"),
        default_era=raw["fiscal"]["default_era"],
        fiscal_start_month=raw["fiscal"]["start_month"],
        facility_type_suffixes=raw["type_suffixes"],
        hello_work_prefixes=raw["hello_work_prefixes"],
        hello_work_suffixes=raw["hello_work_suffixes"],
        **merged,
    )


DEFAULT_RULES = load_default_rules()

#: How many compiled patterns the ``regex`` module keeps (its own default: 500, thinned at
#: random when full). A document repeating its own case-label templates reads with a
#: derived ``Rules`` (``templatelabels.document_rules``), whose ``per_rules`` memos build
#: their patterns again from mostly the same strings; over the corpus jirei compiles ~1,100
#: distinct patterns, so with 500 kept ~1,700 compiles of ``jirei parse corpus/`` were
#: strings compiled before (~19 % of its CPU). A compiled pattern depends on its string
#: and flags only, so keeping more changes no output (the eighteenth session).
REGEX_CACHE_SIZE = 4096


def _widen_regex_cache(size: int) -> None:
    """Let the ``regex`` module keep ``size`` compiled patterns (no-op where its private
    cache is not found: a ``regex`` release that moved it still parses, only slower)."""
    module = sys.modules.get("regex._main") or sys.modules.get("regex.regex")
    if module is not None and isinstance(getattr(module, "_MAXCACHE", None), int):
        module._MAXCACHE = max(module._MAXCACHE, size)


_widen_regex_cache(REGEX_CACHE_SIZE)


_P = ParamSpec("_P")
_T = TypeVar("_T")


def per_rules(build: Callable[_P, _T]) -> Callable[_P, _T]:
    """Memoise ``build``, a function of one ``Rules`` (patterns, tables compiled from it):
    each ``Rules`` object gets its value built once, on first use, and kept on that
    ``Rules`` (so only as long as it lives, even when the value refers back to it).
    ``build`` takes exactly one parameter, which may have a default
    (``rules=DEFAULT_RULES``); the decorated function keeps its signature. A value of None
    is cached like any other."""
    (parameter,) = inspect.signature(build).parameters.values()
    name, default = parameter.name, parameter.default
    make = cast("Callable[[Rules], _T]", build)
    key = object()  # one memo slot per decorated function

    def build_and_keep(rules: Rules) -> _T:
        value = rules._memo[key] = make(rules)
        return value

    if name == "rules":

        def cached(rules: Any = default) -> Any:  # called per line: no ``*args`` handling
            try:
                return rules._memo[key]
            except KeyError:
                return build_and_keep(rules)

    else:

        def cached(*args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]
            rules = args[0] if args else kwargs.get(name, default)
            try:
                return rules._memo[key]
            except KeyError:
                return build_and_keep(rules)

    return cast("Callable[_P, _T]", functools.wraps(build)(cached))


@per_rules
def era_alternation(rules: Rules = DEFAULT_RULES) -> str:
    """A regex alternation (ungrouped) of every era name and abbreviation in ``rules.eras``
    (``令和|平成|…|H|令|…``), escaped, longest first so a name wins over its own short form;
    ``(?!)`` (never matches) when there are no eras."""
    forms = {form for era in rules.eras for form in (era.name, *era.abbreviations) if form}
    ordered = sorted(forms, key=lambda form: (-len(form), form))
    return "|".join(regex.escape(form) for form in ordered) or "(?!)"


def per_rules_memo(maxsize: int) -> Callable[[Callable[..., _T]], Callable[..., _T]]:
    """Memoise ``build(key, ..., rules)``, a pure function of a few hashable values (a
    line's or a cell's text) and a ``Rules``: the memo of each ``Rules`` object is kept on
    it (so it lives only as long as that ``Rules``) and is emptied once it holds
    ``maxsize`` values. ``rules`` is the last parameter and may have a default."""

    def decorate(build: Callable[..., _T]) -> Callable[..., _T]:
        parameters = list(inspect.signature(build).parameters.values())
        if parameters[-1].name != "rules":
            raise TypeError(f"{build.__name__}: the last parameter must be 'rules'")
        default = parameters[-1].default
        count = len(parameters)
        slot = object()  # where this function's memo sits in each Rules' memo

        def memo_of(rules: Rules) -> dict[Any, _T]:
            memos = rules._memo
            memo = memos.get(slot)
            if memo is None:
                memo = memos[slot] = {}
            return memo  # type: ignore[no-any-return]

        def remember(memo: dict[Any, _T], key: Any, value: _T) -> _T:
            if len(memo) >= maxsize:
                memo.clear()
            memo[key] = value
            return value

        # one wrapper per arity: called per line or cell, so no ``*args`` handling
        if count == 2:

            def cached(key: Any, rules: Any = default) -> _T:
                try:
                    return rules._memo[slot][key]  # type: ignore[no-any-return]
                except KeyError:
                    return remember(memo_of(rules), key, build(key, rules))

        elif count == 3:

            def cached(first: Any, second: Any, rules: Any = default) -> _T:  # type: ignore[misc]
                try:
                    return rules._memo[slot][first, second]  # type: ignore[no-any-return]
                except KeyError:
                    value = build(first, second, rules)
                    return remember(memo_of(rules), (first, second), value)

        else:
            raise TypeError(f"{build.__name__}: one or two parameters before 'rules'")

        return functools.wraps(build)(cached)

    return decorate


__all__ = [
    "COLUMN_ROLES",
    "COMMENT_FORMS",
    "DEFAULT_RULES",
    "FIELD_KINDS",
    "SECTION_KINDS",
    "Era",
    "Rules",
    "era_alternation",
    "load_default_rules",
    "per_rules",
    "per_rules_memo",
]
