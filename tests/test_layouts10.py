"""Layouts of corpus batch 8, read by general rules (corpus/README.md decisions 200–222);
one table per rule. Every text here is invented."""

from __future__ import annotations

import pytest

import jirei
from jirei.caselabel import place_label
from jirei.chapteryear import chapter_year
from jirei.commentforms import read_comment_section
from jirei.fields import read_field
from jirei.labelplace import label_place
from jirei.lines import Line, split_lines
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.sections import Kind, classifier
from jirei.segment import segment

# --- web page furniture lines and blocks (decision 214) ---------------------------------

FURNITURE = [
    ("ホーム > 施策 > 雇用", True),
    ("更新日:2023年4月1日", True),
    ("印刷用ページ", True),
    ("ページの先頭へ戻る", True),
    ("ホームページで公開した", False),
    ("更新日から一年間、相談を受け付けた。", False),
]


@pytest.mark.parametrize(("text", "furniture"), FURNITURE)
def test_web_furniture_lines(text: str, furniture: bool) -> None:
    assert classifier(DEFAULT_RULES).is_listed_furniture(text) is furniture


def test_contact_block_belongs_to_no_case() -> None:
    text = "前文\n\nこのページに関するお問い合わせ先\n山形労働局 職業対策課\n\n後の行\n"
    kept = [info.text for info in segment(text).lines if info.kind is not Kind.BLANK]
    assert kept == ["前文", "後の行"]


# --- a quoted headline right after the label's place (decision 215) --------------------

QUOTED = [
    ("事例2　山形県酒田市「港の仕事を探す」", ("酒田市", "山形県", "「港の仕事を探す」")),
    ("事例2　酒田市「港の仕事」", ("酒田市", None, "「港の仕事」")),
    ("酒田市「港の仕事」", None),  # no label
    # a bare number as the label, the quoted headline right after the place (decision 2356)
    ("１　長岡市「窓口をひとつに」", ("長岡市", None, "「窓口をひとつに」")),
    ("(2)新潟県上越市「子育て世帯に届く支援」", ("上越市", "新潟県", "「子育て世帯に届く支援」")),
    ("１　長岡市　福祉と就労の窓口", None),  # a bare number needs the quoted headline
    ("１　長岡市", None),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_label_place_before_quote(text: str, expected: tuple[str, str | None, str] | None) -> None:
    norm = normalise(text, DEFAULT_RULES)
    found = label_place(Line(norm.text, 0), lambda start, end: False)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.municipality, found.prefecture, norm.text[found.title_start :]) == expected


def test_toc_lines_do_not_open_a_case() -> None:
    text = (
        "目次\n事例1　山形県酒田市\n事例2　山形県鶴岡市\n\n"
        "事例1　山形県酒田市「港の仕事を一緒に探す」\n連携:山形労働局・ハローワーク酒田\n\n"
        "取組内容\n・港の事業所を回る。\n\n関係者の声\n(市)港の求人が増えました。\n"
        "(ハローワーク酒田)面接の日程を早く決められます。\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.title == "港の仕事を一緒に探す"
    assert (profile.prefecture, profile.municipality) == ("山形県", "酒田市")
    assert [(c.speaker, c.role) for c in profile.comments] == [
        ("市", "municipality"),
        ("ハローワーク酒田", "hello_work"),
    ]


# --- an inline bracketed speaker before unquoted text (decision 217) -------------------

INLINE = [
    ("(市)相談が増えました。", ("市", "相談が増えました。")),
    ("(労働局)来年度も続けます。", ("労働局", "来年度も続けます。")),
    ("(市)", None),  # the speaker alone: the text follows on the next lines
]


@pytest.mark.parametrize(("text", "expected"), INLINE)
def test_bracketed_speaker_inline(text: str, expected: tuple[str, str] | None) -> None:
    section = read_comment_section([Line(text, 0)])
    if expected is None:
        assert not section.comments or section.comments[0].text == ""
        return
    (comment,) = section.comments
    assert (comment.speaker, comment.text) == expected


# --- a line of a case label and a place only (decision 201) -----------------------------

PLACE_LABELS = [
    ("(1)札幌市", "札幌市"),
    ("(2) 北海道旭川市", "北海道旭川市"),
    ("2-1 栃木県那須塩原市", "栃木県那須塩原市"),
    ("(1)取組の内容", None),  # a numbered section heading
    ("(1)札幌市の窓口で相談する", None),  # more than the place
]


@pytest.mark.parametrize(("text", "place"), PLACE_LABELS)
def test_place_label(text: str, place: str | None) -> None:
    found = place_label(text)
    assert (text[found[0] : found[1]] if found else None) == place
    info = classifier(DEFAULT_RULES).classify(Line(text, 0))
    assert (info.kind is Kind.HEADER) is (place is not None)


# --- field lines without a colon, aligned by spaces (decisions 202, 208) ----------------

ALIGNED = [
    ("施設名称　　　ワークさかた(一体的実施施設)", ("facility", "ワークさかた(一体的実施施設)")),
    ("労働局      山形労働局", ("labour_bureau", "山形労働局")),
    ("ハローワーク　ハローワーク酒田、ハローワーク鶴岡", ("hello_work", "ハローワーク酒田、ハローワーク鶴岡")),  # noqa: E501
    ("施設名 ワークさかた", None),  # one space and no office value: prose may start so
    ("労働局    管内の施設で相談を受けた。", None),  # a sentence is no field value
]


@pytest.mark.parametrize(("text", "expected"), ALIGNED)
def test_aligned_field_lines(text: str, expected: tuple[str, str] | None) -> None:
    norm = normalise(text, DEFAULT_RULES).text
    found = read_field(Line(norm, 0))
    assert ((found.kind, found.value) if found else None) == (
        (expected[0], normalise(expected[1], DEFAULT_RULES).text) if expected else None
    )


def test_numbered_place_sections_with_field_lines() -> None:
    text = (
        "第1章 各施設の取組(令和2年度実績)\n\n"
        "(1)酒田市\n　施設名称　　　ワークさかた(一体的実施施設)\n　労働局　　　　山形労働局\n"
        "　ハローワーク　ハローワーク酒田\n　事業開始　　　平成30年4月2日\n\n港の仕事\n\n"
        "〔取組内容〕\n・港の事業所を回る。\n〔事業目標と実績〕\n"
        "　区分        実績    目標\n　就職者数    12人    10人\n"
        "【市担当者より】\n　求人が増えた。\n\n"
        "(2)鶴岡市\n　施設名称　　　ワークつる(一体的実施施設)\n　労働局　　　　山形労働局\n"
        "　ハローワーク　ハローワーク鶴岡\n　事業開始　　　令和元年10月1日\n\n山の仕事\n\n"
        "〔取組内容〕\n・山の事業所を回る。\n〔事業目標と実績〕\n"
        "　区分        実績    目標\n　就職者数    8人     10人\n"
    )
    doc = jirei.parse_text(text)
    got = [
        (p.prefecture, p.municipality, p.facility_name, p.hello_work, str(p.start_date),
         p.fiscal_year, p.title)
        for p in doc.profiles
    ]
    assert got == [
        ("山形県", "酒田市", "ワークさかた", ("ハローワーク酒田",), "2018-04-02", 2020, "港の仕事"),
        ("山形県", "鶴岡市", "ワークつる", ("ハローワーク鶴岡",), "2019-10-01", 2020, "山の仕事"),
    ]


# --- a chapter line's fiscal year (decision 200) ----------------------------------------

CHAPTERS = [
    ("第2章 各施設の取組(平成25年度実績)", 2013),
    ("各施設の取組(令和元年度の実績)", 2019),
    ("第2章 各施設の取組(平成25年度)", None),  # a year without a results word
    ("平成25年度", None),  # a cover line
]


@pytest.mark.parametrize(("text", "year"), CHAPTERS)
def test_chapter_year(text: str, year: int | None) -> None:
    lines = classifier(DEFAULT_RULES).classify_all(split_lines(text + "\n"))
    found = chapter_year(lines, len(lines), None)
    assert (found.year if found else None) == year
    if found is not None:
        assert text[found.start : found.end].endswith("年度")


# --- a sheet label over a space-aligned 項目／内容 card (decision 208) ----------------------


def test_sheet_label_over_spaced_card() -> None:
    text = (
        "事例シート No.1\n項目          内容\n自治体        山形県酒田市\n"
        "ハローワーク  ハローワーク酒田\n施設名        ワークさかた\n種別          常設窓口\n"
        "開始年月日    令和2年4月1日\n事例のタイトル    港の仕事を探す\n\n"
        "1.取組の内容\n港の事業所を回っている。\n\n2.令和3年度の実績\n"
        "就職者数については、目標10人に対し実績12人で、達成率は120.0%であった。\n"
    )
    doc = jirei.parse_text(text)
    assert not [w for w in doc.warnings if w.code == "fallback_segmentation"]
    (profile,) = doc.profiles
    assert (profile.municipality, profile.facility_name, profile.facility_type) == (
        "酒田市", "ワークさかた", "常設窓口",
    )
    assert (profile.title, str(profile.start_date)) == ("港の仕事を探す", "2020-04-01")
    (metric,) = profile.metrics
    assert (metric.target.value, metric.actual.value, str(metric.achievement_rate)) == (
        10, 12, "120.0",
    )


SPACED_CARD_HEADERS = [
    ("項目          内容", True),
    ("項目\t内容", True),
    ("項目 内容", False),  # one space: no aligned row
    ("区分    実績    目標", False),
]


@pytest.mark.parametrize(("text", "furniture"), SPACED_CARD_HEADERS)
def test_spaced_card_header(text: str, furniture: bool) -> None:
    from jirei.fields import is_card_furniture

    assert is_card_furniture(Line(text, 0)) is furniture


# --- a results sentence about one metric (decision 209) ---------------------------------

SUBJECT_SENTENCES = [
    (
        "就職者数については、目標90人に対し実績99人で、達成率は110.0%であった。",
        [("就職者数", "90", "99", "110.0")],
    ),
    (
        "支援対象者数については、目標150人以上に対して実績160人となり、達成率は106.7%であった。"
        "就職率は61.0%であった。",
        [("支援対象者数", "150", "160", "106.7"), ("就職率", None, "61.0", None)],
    ),
    ("就職者数については、実績99人であった。", [("就職者数", None, "99", None)]),
    ("相談については、市の窓口で受けた。", None),  # no figure: no results sentence
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_SENTENCES)
def test_subject_sentences(text: str, expected: list[tuple[str, ...]] | None) -> None:
    from jirei.profile import identity_locate
    from jirei.tables.sentence import read_sentence

    found = read_sentence(Line(text, 0), locate=identity_locate)
    if expected is None:
        assert found is None
        return
    assert found is not None
    got = [
        (
            m.label,
            str(m.target.value) if m.target else None,
            str(m.actual.value) if m.actual else None,
            str(m.achievement_rate) if m.achievement_rate is not None else None,
        )
        for m in found.metrics
    ]
    assert got == expected


# --- a unit column (decision 212) --------------------------------------------------------

UNIT_CELLS = [
    ("220以上", "人", "220人以上"),
    ("約900", "件", "約900件"),
    ("1,032", "件", "1,032件"),
    ("61.7", "%", "61.7%"),
    ("12人", "件", "12人"),  # the cell writes its own unit
    ("-", "人", "-"),  # no figure
]


@pytest.mark.parametrize(("text", "unit", "joined"), UNIT_CELLS)
def test_with_unit(text: str, unit: str, joined: str) -> None:
    from jirei.lines import Cell
    from jirei.tables.unitcolumn import with_unit

    pieces = with_unit(Cell(text, 10, 10 + len(text)), Cell(unit, 0, len(unit)))
    assert "".join(piece.text for piece in pieces) == joined


def test_unit_column_table() -> None:
    text = (
        "(1)酒田市\n ハローワーク  ハローワーク酒田\n\n港の仕事\n\n【取組内容】\n・港を回る。\n"
        "【令和元年度の実績】\n"
        "項目          単位    実績    目標      達成率    前年度比\n"
        "就職者数      人      55      50以上    110.0%    +5\n"
        "相談件数      件      1,200   約1,000   120.0%    -10\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    got = [
        (m.label, m.actual.value, m.actual.unit, m.target.value, m.target.unit,
         m.target.qualifier, str(m.achievement_rate))
        for m in profile.metrics
    ]
    assert got == [
        ("就職者数", 55, "人", 50, "人", "以上", "110.0"),
        ("相談件数", 1200, "件", 1000, "件", "約", "120.0"),
    ]


# --- a place-label line over an office line and a facility line (decision 211) ----------


def test_place_label_over_office_line() -> None:
    text = (
        "1-1　山形県酒田市\n　　山形労働局・ハローワーク酒田\n"
        "　　さかたワーク(一体的実施施設)　平成29年6月1日開所\n港の仕事を探す\n"
        "◆取組内容\n・港を回る。\n◆令和元年度の実績\n就職者数は12人であった。\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    got = (
        profile.municipality, profile.labour_bureau, profile.hello_work,
        profile.facility_name, profile.facility_type, str(profile.start_date), profile.title,
    )
    assert got == (
        "酒田市", "山形労働局", ("ハローワーク酒田",), "さかたワーク", "一体的実施施設",
        "2017-06-01", "港の仕事を探す",
    )


# --- bracket-labelled fields, several on a line (decision 219) --------------------------

BRACKET_FIELDS = [
    (
        "【自治体】山形県酒田市　【労働局】山形労働局　【ハローワーク】ハローワーク酒田",
        [("place", "山形県酒田市"), ("labour_bureau", "山形労働局"),
         ("hello_work", "ハローワーク酒田")],
    ),
    ("【開始】平成二十五年四月一日", [("start_date", "平成二十五年四月一日")]),
    ("【施設】", []),  # a label without a value is no field
    ("【酒田市】【山形労働局・ハローワーク酒田】", []),  # a bracket header, no field label
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_FIELDS)
def test_bracket_labelled_fields(text: str, expected: list[tuple[str, str]]) -> None:
    from jirei.fields import read_fields

    norm = normalise(text, DEFAULT_RULES).text
    found = read_fields(Line(norm, 0))
    assert [(f.kind, f.value) for f in found] == expected


# --- a quote followed by its speaker line (decision 221) --------------------------------


def test_quotes_followed_by_speakers() -> None:
    lines = [
        Line("　「窓口が近くなった。」", 0),
        Line("　　　　　　（酒田市福祉課）", 20),
        Line("　「求人を絞りやすい。」", 40),
        Line("　　　　　　（ハローワーク酒田）", 60),
    ]
    lines = [Line(normalise(line.text, DEFAULT_RULES).text, line.start) for line in lines]
    section = read_comment_section(lines)
    assert [(c.speaker, c.text) for c in section.comments] == [
        ("酒田市福祉課", "窓口が近くなった。"),
        ("ハローワーク酒田", "求人を絞りやすい。"),
    ]


def test_speaker_line_opening_a_section_still_opens_the_text_below() -> None:
    lines = [Line("(市)", 0), Line("窓口が近くなった。", 4)]
    (comment,) = read_comment_section(lines).comments
    assert (comment.speaker, comment.text) == ("市", "窓口が近くなった。")


# --- kanji numerals in results (decision 220) --------------------------------------------

KANJI_QUANTITIES = [
    ("六十三・五％", "63.5", "%"),
    ("百十・〇％", "110.0", "%"),
    ("三百十二人", "312", "人"),
]


@pytest.mark.parametrize(("text", "value", "unit"), KANJI_QUANTITIES)
def test_kanji_quantities(text: str, value: str, unit: str) -> None:
    quantity = jirei.parse_quantity(normalise(text, DEFAULT_RULES).text)
    assert (str(quantity.value), quantity.unit) == (value, unit)


@pytest.mark.parametrize("text", ["一・二年", "六十三・五"])
def test_kanji_point_needs_a_percent(text: str) -> None:
    with pytest.raises(jirei.ValueParseError):
        jirei.parse_quantity(text)


def test_kanji_results_sentence_under_kanji_year_heading() -> None:
    text = (
        "その1　港の仕事を探す\n【自治体】山形県酒田市　【ハローワーク】ハローワーク酒田\n\n"
        "（取組の内容）\n　港の事業所を回っている。\n\n（令和二年度の実績）\n"
        "　就職者数は目標九十人に対し九十九人（達成率百十・〇％）、就職率は六十一・五％であった。\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.fiscal_year == 2020
    got = [
        (m.label, m.target.value if m.target else None, m.actual.value,
         str(m.achievement_rate) if m.achievement_rate is not None else None)
        for m in profile.metrics
    ]
    assert [(a, b, str(c), d) for a, b, c, d in got] == [
        ("就職者数", 90, "99", "110.0"),
        ("就職率", None, "61.5", None),
    ]
