"""Fifth-batch reading rules (corpus/README.md decisions 58–69), one table per rule.
Every text here is invented."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.comments import read_comment, role_of
from jirei.fields import read_fields
from jirei.kerning import kerned_spaces, unkern
from jirei.lines import Line, split_lines
from jirei.normalise import normalise
from jirei.plainheader import is_name_line, is_office_line, is_place_line
from jirei.profile import identity_locate
from jirei.sections import Kind, classifier
from jirei.tables.cells import row_label
from jirei.tables.keyvalue import read_line
from jirei.tables.sentence import read_sentence

# --- kerned figures (decision 62) -------------------------------------------------------

KERNED = [
    ("2 4 7人", "247人"),
    ("5 8 . 3 %", "58.3%"),
    ("9 社", "9 社"),  # only digits, the point and % are kerned; the unit is read apart
    ("３ １件", "３１件"),
    ("延べ 2,040件", "延べ 2,040件"),  # a word before a figure is no kerning
    ("3 / 8", "3 / 8"),  # a page counter
    ("1 25人", "1 25人"),  # a multi-digit token after the space: not kerned
    ("令和 4 年", "令和 4 年"),
]


@pytest.mark.parametrize(("text", "expected"), KERNED)
def test_unkern(text: str, expected: str) -> None:
    assert unkern(text) == expected
    assert len(kerned_spaces(text)) == len(text) - len(expected)


@pytest.mark.parametrize(
    ("text", "value", "unit"), [("2 4 7人", 247, "人"), ("5 8 . 3 %", Decimal("58.3"), "%")]
)
def test_parse_quantity_reads_kerned_figures(text: str, value: object, unit: str) -> None:
    quantity = jirei.parse_quantity(text)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_normalise_drops_kerning_and_maps_back() -> None:
    original = "就職者数      7 3人     60.8%"
    norm = normalise(original)
    at = norm.text.index("73人")
    start, end = norm.span(at, at + 3)
    assert original[start:end] == "7 3人"
    assert jirei.parse_rate("6 0 . 8 %") == Decimal("60.8")


# --- dates (decision 66) ---------------------------------------------------------------

DATES = [
    ("H.29.10.2", dt.date(2017, 10, 2)),
    ("R.2.4.1", dt.date(2020, 4, 1)),
    ("2016.7.15", dt.date(2016, 7, 15)),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dotted_era_dates(text: str, expected: dt.date) -> None:
    assert jirei.parse_date(text) == expected


# --- sentence results (decision 63) ------------------------------------------------------

SENTENCES = [
    (
        "支援対象者数は目標90人に対し99人(達成率110.0%)、就職率は55.5%であった。",
        [("支援対象者数", (90, "人", None), (99, "人", None), Decimal("110.0")),
         ("就職率", None, (Decimal("55.5"), "%", None), None)],
    ),
    (
        "定着率は目標7割以上に対し75.0%、就職者数は40人超となった。",
        [("定着率", (7, "割", "以上"), (Decimal("75.0"), "%", None), None),
         ("就職者数", None, (40, "人", "超"), None)],
    ),
    ("このほか、セミナーを3回開き、延べ20人が参加した。", None),
    ("支援対象者数は目標90人に対し99人", None),  # no closing words: no results sentence
]  # fmt: skip


def _q(quantity: jirei.Quantity | None) -> tuple[object, ...] | None:
    return None if quantity is None else (quantity.value, quantity.unit, quantity.qualifier)


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_read_sentence(text: str, expected: list[tuple[object, ...]] | None) -> None:
    found = read_sentence(Line(text, 0), locate=identity_locate)
    if expected is None:
        assert found is None
        return
    assert found is not None
    got = [(m.label, _q(m.target), _q(m.actual), m.achievement_rate) for m in found.metrics]
    assert got == expected
    for metric in found.metrics:  # spans point at what they read
        assert metric.actual is not None and metric.actual.span is not None
        written = text[metric.actual.span.start : metric.actual.span.end]
        assert _q(jirei.parse_quantity(written)) == _q(metric.actual)


def test_sentence_bracket_that_is_no_rate_is_kept() -> None:
    text = "就職者数は目標50人に対し61人(前年度の約2倍)であった。"
    found = read_sentence(Line(text, 0), locate=identity_locate)
    assert found is not None
    assert found.metrics[0].achievement_rate is None
    assert [k[0] for k in found.kept] == ["前年度の約2倍"]


# --- ordered key-value lines (decision 52) ---------------------------------------------

ORDERED = [
    ("相談件数(目標/実績) 300件以上/321件",
     ("相談件数", (300, "件", "以上"), (321, "件", None), None)),
    ("就職者数(目標/実績/達成率) 20人/25人/125.0%",
     ("就職者数", (20, "人", None), (25, "人", None), Decimal("125.0"))),
    ("(うち紹介就職)(実績) 12人", ("うち紹介就職", None, (12, "人", None), None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORDERED)
def test_ordered_keyvalue(text: str, expected: tuple[object, ...]) -> None:
    metrics = read_line(Line(text, 0), locate=identity_locate)
    assert metrics is not None and len(metrics) == 1
    m = metrics[0]
    assert (m.label, _q(m.target), _q(m.actual), m.achievement_rate) == expected


def test_ordered_keyvalue_needs_as_many_figures_as_roles() -> None:
    metrics = read_line(Line("就職者数(目標/実績) 20人", 0), locate=identity_locate) or []
    assert all(m.target is None and m.label != "就職者数" for m in metrics)


# --- decorated row labels, count words (decisions 64, 67) ------------------------------

LABELS = [
    ("★就職者数", "就職者数"),
    ("就職者数※", "就職者数"),
    ("☆利用者数*", "利用者数"),
    ("(うち紹介就職)", "うち紹介就職"),
    ("※", "※"),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_row_label(text: str, expected: str) -> None:
    assert row_label(text) == expected


def test_count_word_is_no_name_and_no_qualifier() -> None:
    doc = jirei.parse_text(
        "【福井県敦賀市】【福井労働局・ハローワーク敦賀】\n港の相談窓口\n\n【取組内容】\n・港で相談\n\n"
        "【実績】\n\t目標\t実績\n★相談件数\t－\t延べ 480件\n★は国の指標。\n"
    )
    (metric,) = doc.profiles[0].metrics
    assert (metric.label, metric.group, _q(metric.actual)) == ("相談件数", None, (480, "件", None))
    assert doc.profiles[0].other_results == ()


# --- comments (decision 68) -------------------------------------------------------------

HEADINGS = [
    ("<コメント:舞鶴市福祉課>", "舞鶴市福祉課"),
    ("◎区の声", "区"),
    ("(コメント)ハローワーク舞鶴:求人が増えた。", "ハローワーク舞鶴"),
]


@pytest.mark.parametrize(("text", "speaker"), HEADINGS)
def test_comment_headings(text: str, speaker: str) -> None:
    assert classifier().kind_of(text)[0] is Kind.COMMENT
    parts = read_comment(Line(text, 0), [])
    assert parts.speaker == speaker


def test_comment_line_carries_its_text() -> None:
    text = "(コメント)市:相談が続くようになった。"
    parts = read_comment(Line(text, 0), [])
    assert parts.text == "相談が続くようになった。"
    assert text[parts.start : parts.end] == parts.text


ROLES = [
    ("舞鶴市福祉課長", "municipality"),
    ("ハローワーク舞鶴所長", "hello_work"),
    ("京都労働局職業安定部長", "labour_bureau"),
    ("施設長", "other"),
]


@pytest.mark.parametrize(("speaker", "role"), ROLES)
def test_job_title_roles(speaker: str, role: str) -> None:
    assert role_of(speaker) == role


# --- slides: footer, marked headline, fields split at ／, dash speakers --------------------

SLIDE = """令和6年度 取組集 | 1
\f◆港の朝市で、仕事の相談を
実施主体：京都府舞鶴市／連携：ハローワーク舞鶴／形態：巡回相談窓口／開始：令和３年６月１日

【ポイント】
▶ 朝市の日に相談を受ける。

＜成果（令和５年度）＞
就職者数（目標／実績）　２０人／２２人

―舞鶴市―
「朝市の日は相談が多い。」
令和6年度 取組集 | 2
"""


def test_slide_case() -> None:
    (case,) = jirei.parse_text(SLIDE).profiles
    assert case.title == "港の朝市で、仕事の相談を"
    assert (case.prefecture, case.municipality, case.labour_bureau) == ("京都府", "舞鶴市", None)
    assert case.hello_work == ("ハローワーク舞鶴",)
    assert (case.facility_type, case.start_date) == ("巡回相談窓口", dt.date(2021, 6, 1))
    assert [(m.label, _q(m.target), _q(m.actual)) for m in case.metrics] == [
        ("就職者数", (20, "人", None), (22, "人", None))
    ]
    assert [(c.speaker, c.role, c.text) for c in case.comments] == [
        ("舞鶴市", "municipality", "朝市の日は相談が多い。")
    ]


def test_footer_is_furniture_not_a_table_row() -> None:
    assert classifier().kind_of("令和6年度 取組集 | 12")[0] is Kind.FURNITURE
    assert classifier().kind_of("| 就職者数 | 12 |")[0] is Kind.TABLE


def test_fields_split_at_slash_but_not_inside_a_label() -> None:
    line = split_lines(normalise("実施主体：京都府舞鶴市／形態：常設窓口").text)[0]
    assert [(f.kind, f.value) for f in read_fields(line)] == [
        ("place", "京都府舞鶴市"),
        ("facility_type", "常設窓口"),
    ]
    line = split_lines(normalise("労働局/ハローワーク：京都労働局・ハローワーク舞鶴").text)[0]
    assert [f.kind for f in read_fields(line)] == ["offices"]


def test_tab_card_rows_are_fields() -> None:
    line = Line("施設名\tまいづる相談室（常設窓口）", 0)
    assert [(f.kind, f.value) for f in read_fields(line)] == [
        ("facility", "まいづる相談室（常設窓口）")
    ]


# --- plain header lines, wrapped headline (decisions 58, 69) -------------------------------

PLACE_LINES = [("京都府舞鶴市", True), ("京都府", False), ("舞鶴市", False), ("港の舞鶴市", False)]


@pytest.mark.parametrize(("text", "expected"), PLACE_LINES)
def test_place_line(text: str, expected: bool) -> None:
    assert is_place_line(text) is expected


def test_office_and_name_lines() -> None:
    assert is_office_line("京都労働局ハローワーク舞鶴")
    assert not is_office_line("ハローワークと一緒に相談を受けた。")
    assert is_name_line("まいづる相談室")
    assert not is_name_line("港で、相談を受ける")


def test_plain_header_case() -> None:
    text = (
        "京都府　舞鶴市\n京都労働局　ハローワーク舞鶴\nまいづる相談室（常設窓口）\n"
        "令和３年６月１日開設\n\n"
        "港の朝市で、仕事の相談を\n\n■取組内容\n・朝市で相談\n\n＜舞鶴市コメント＞\n相談が多い。\n"
    )
    (case,) = jirei.parse_text(text).profiles
    place = (case.prefecture, case.municipality, case.labour_bureau)
    assert place == ("京都府", "舞鶴市", "京都労働局")
    assert (case.facility_name, case.facility_type) == ("まいづる相談室", "常設窓口")
    assert case.start_date == dt.date(2021, 6, 1)
    assert case.title == "港の朝市で、仕事の相談を"


def test_wrapped_headline_and_word_bullets() -> None:
    text = (
        "【京都府舞鶴市】【京都労働局・ハローワーク舞鶴】まいづる相談室（常設窓口）R3.6.1開設\n"
        "港の朝市で、\n仕事の相談を受ける\n\n【取組内容】\n• 朝市で相談\n\uf0b7 夜も相談\n"
        "\n〈コメント：舞鶴市〉\n相談が多い。\n"
    )
    (case,) = jirei.parse_text(text).profiles
    assert case.title == "港の朝市で、仕事の相談を受ける"
    assert case.facility_name == "まいづる相談室"
    assert case.initiatives == ("朝市で相談", "夜も相談")
    assert [(c.speaker, c.text) for c in case.comments] == [("舞鶴市", "相談が多い。")]
