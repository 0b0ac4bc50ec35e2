"""A case list before the cases (decisions 70–71), read by ``jirei.tables.caselist`` and
merged with the case blocks below it. Invented text throughout."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.lines import Line, split_lines
from jirei.normalise import normalise
from jirei.profile import identity_locate
from jirei.tables.caselist import read_case_list

CAPTION = "＜掲載事例の一覧（令和４年度実績）＞"
HEAD = "| No. | 自治体 | 労働局・ハローワーク | 施設名 | 開設 | 就職者数（目標／実績） |"
RULE = "|---|---|---|---|---|---|"
ROW_1 = (
    "| 1 | 静岡県三島市 | 静岡労働局・ハローワーク三島 | みしま仕事窓口（常設窓口）"
    " | 令和2年4月1日 | 40人／44人 |"
)
ROW_2 = (
    "| 2 | 長野県飯田市 | 長野労働局・ハローワーク飯田 | いいだ相談室（一体的実施施設）"
    " | 平成30年10月1日 | 30人以上／28人 |"
)

BLOCK_1 = """────────
No.1　三島市
「駅前の窓口で、その日のうちに」

■取組内容
・駅前の窓口で職業相談を受ける。

■関係者のコメント
（三島市福祉課）
相談がしやすくなった。
"""

BLOCK_2 = """────────
No.2　飯田市
「山あいの地区へ出張相談」

■取組内容
・月に一度、山あいの公民館で相談会を開く。

■関係者のコメント
（ハローワーク飯田）
出張相談から就職した方がいる。
"""


def _doc(*parts: str) -> jirei.Document:
    return jirei.parse_text("\n".join(parts))


def _norm(text: str) -> str:
    """The normalised text the readers work on (NFKC, ``／`` → ``/``)."""
    return normalise(text).text


def _lines(*texts: str) -> list[Line]:
    return split_lines(_norm("\n".join(texts)))


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        ((CAPTION, "", HEAD, RULE, ROW_1, ROW_2), 2),
        ((HEAD, RULE, ROW_1), 1),  # no caption: still a list
        # no field column besides the place: a results table, not a case list
        (
            ("| No. | 自治体 | 就職者数（目標／実績） |", "|---|---|---|",
             "| 1 | 静岡県三島市 | 40人／44人 |"),
            0,
        ),
        # a row naming no known municipality: not a case list
        ((HEAD, RULE, ROW_1.replace("静岡県三島市", "駅前広場")), 0),
        # a figure table under no field header
        (("| 区分 | 目標 | 実績 |", "|---|---|---|", "| 就職者数 | 40人 | 44人 |"), 0),
    ],
)
def test_which_tables_are_case_lists(texts: tuple[str, ...], rows: int) -> None:
    found = read_case_list(_lines(*texts), locate=identity_locate)
    assert (len(found.rows) if found is not None else 0) == rows


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ROW_1,
            {"number": 1, "municipality": "三島市", "prefecture": "静岡県",
             "labour_bureau": "静岡労働局", "facility_name": "みしま仕事窓口",
             "facility_type": "常設窓口", "start_date": dt.date(2020, 4, 1),
             "hello_work": ("ハローワーク三島",), "figures": [("就職者数", 40, None, 44)]},
        ),
        (
            ROW_2,
            {"number": 2, "municipality": "飯田市", "prefecture": "長野県",
             "labour_bureau": "長野労働局", "facility_name": "いいだ相談室",
             "facility_type": "一体的実施施設", "start_date": dt.date(2018, 10, 1),
             "hello_work": ("ハローワーク飯田",), "figures": [("就職者数", 30, "以上", 28)]},
        ),
    ],
)
def test_row_fields_and_figures(row: str, expected: dict[str, object]) -> None:
    text = _norm("\n".join((CAPTION, HEAD, RULE, row)))
    found = read_case_list(split_lines(text), locate=identity_locate)
    assert found is not None
    (read,) = found.rows
    assert read.number == expected["number"]
    assert read.municipality == expected["municipality"]
    fields = read.header.fields
    for name in ("prefecture", "labour_bureau", "facility_name", "facility_type"):
        field = fields[name]
        assert field.value == expected[name]
        assert text[field.start : field.end] == expected[name]  # spans point at the value
    assert fields["start_date"].value == expected["start_date"]
    assert tuple(f.value for f in read.header.hello_work) == expected["hello_work"]
    figures = [
        (m.label, m.target.value, m.target.qualifier, m.actual.value) for m in read.metrics
    ]
    assert figures == expected["figures"]
    for metric in read.metrics:
        assert text[metric.span.start : metric.span.end] == metric.label
        assert text[metric.actual.span.start : metric.actual.span.end] == f"{metric.actual.value}人"
    assert found.fiscal_year == 2022
    assert text[found.fiscal_year_span.start : found.fiscal_year_span.end] == "令和4年度"


@pytest.mark.parametrize(
    ("caption", "year"),
    [
        (CAPTION, 2022),
        ("＜掲載事例の一覧（平成30年度実績）＞", 2018),
        ("＜掲載事例の一覧（令和４年度目標）＞", None),  # a target year is no results year
        ("掲載事例の一覧", None),
    ],
)
def test_caption_fiscal_year(caption: str, year: int | None) -> None:
    found = read_case_list(_lines(caption, HEAD, RULE, ROW_1), locate=identity_locate)
    assert found is not None
    assert found.fiscal_year == year


def test_rows_merge_with_their_blocks() -> None:
    doc = _doc(CAPTION, "", HEAD, RULE, ROW_1, ROW_2, "", BLOCK_1, BLOCK_2)
    first, second = doc.profiles
    assert (first.title, first.municipality, first.prefecture) == (
        "駅前の窓口で、その日のうちに", "三島市", "静岡県",
    )
    assert first.facility_name == "みしま仕事窓口"
    assert first.hello_work == ("ハローワーク三島",)
    assert first.fiscal_year == 2022
    assert [m.actual.value for m in first.metrics] == [44]
    assert first.initiatives == ("駅前の窓口で職業相談を受ける。",)
    assert [c.speaker for c in first.comments] == ["三島市福祉課"]
    assert "prefecture" not in first.inferred  # read from the row, not inferred
    assert second.start_date == dt.date(2018, 10, 1)
    assert [m.target.qualifier for m in second.metrics] == ["以上"]
    text = doc.text
    for profile in doc.profiles:
        for name in ("labour_bureau", "facility_type", "start_date", "fiscal_year"):
            span = profile.spans[name]
            assert text[span.start : span.end]  # every merged value has its span
    assert not [w for w in doc.warnings if w.code == "case_list_unmatched"]


def test_rows_match_by_number_and_municipality_not_position() -> None:
    doc = _doc(HEAD, RULE, ROW_2, ROW_1, "", BLOCK_1, BLOCK_2)
    by_title = {p.title: p for p in doc.profiles}
    assert by_title["駅前の窓口で、その日のうちに"].facility_name == "みしま仕事窓口"
    assert by_title["山あいの地区へ出張相談"].facility_name == "いいだ相談室"
    assert [p.municipality for p in doc.profiles] == ["飯田市", "三島市"]  # row order


def test_unmatched_row_is_its_own_profile_with_a_warning() -> None:
    extra = (
        "| 3 | 群馬県桐生市 | 群馬労働局・ハローワーク桐生 | きりゅう窓口（常設窓口）"
        " | 令和3年4月1日 | 20人／21人 |"
    )
    doc = _doc(CAPTION, HEAD, RULE, ROW_1, extra, "", BLOCK_1)
    assert [p.municipality for p in doc.profiles] == ["三島市", "桐生市"]
    alone = doc.profiles[1]
    assert alone.title is None and alone.facility_name == "きりゅう窓口"
    assert [m.actual.value for m in alone.metrics] == [21]
    assert alone.span is not None and "桐生" in doc.text[alone.span.start : alone.span.end]
    warned = [w for w in doc.warnings if w.code == "case_list_unmatched"]
    assert len(warned) == 1 and "桐生市" in warned[0].message


def test_unparsable_figure_cell_is_a_warning() -> None:
    row = ROW_1.replace("40人／44人", "調整中")
    found = read_case_list(_lines(HEAD, RULE, row), locate=identity_locate)
    assert found is not None and not found.rows[0].metrics
    assert [w.code for w in found.warnings] == ["unparsed_row"]


def test_number_column_word_comes_from_the_rules() -> None:
    head = HEAD.replace("No.", "整理番号")
    lines = _lines(head, RULE, ROW_1)
    assert read_case_list(lines, locate=identity_locate).rows[0].number is None
    more = jirei.DEFAULT_RULES.extend(case_list_numbers=["整理番号"])
    assert read_case_list(lines, rules=more, locate=identity_locate).rows[0].number == 1


def test_decimal_figures_stay_exact() -> None:
    head = HEAD.replace("就職者数（目標／実績）", "就職率（目標／実績）")
    row = ROW_1.replace("40人／44人", "60%／62.0%")
    found = read_case_list(_lines(head, RULE, row), locate=identity_locate)
    (metric,) = found.rows[0].metrics
    assert metric.key == "employment_rate"
    assert metric.actual.value == Decimal("62.0") and metric.target.value == 60
