"""House-style reading rules of the 平成 reports (corpus/README.md decisions 86–91), one
table per rule. Every text here is invented."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.csvrows import untangle_csv
from jirei.fields import read_fields
from jirei.lines import Line, row_cells
from jirei.normalise import normalise
from jirei.profile import identity_locate
from jirei.rules import DEFAULT_RULES
from jirei.tables.colonwords import read_colon_line

# --- ○ field lines without a colon (decision 86) ---------------------------------------

FIELDS = [
    (" ○実施自治体    長野県川辺市", [("place", "長野県川辺市")]),
    (" ○連携ハローワークHW川辺(長野労働局)", [("offices", "HW川辺(長野労働局)")]),
    (" ○窓口の名称    かわべ室【一体的実施施設】", [("facility", "かわべ室【一体的実施施設】")]),
    (" ○開始日   平成二十六年四月一日", [("start_date", "平成二十六年四月一日")]),
    # a comment line with a colon, or a sentence, is no marked field
    ("○ハローワーク川辺:相談が増えた。", []),
    ("○連携して相談を受ける。", []),
    # no marker, no colon, one space: no field (a wide gap is a space-aligned card row,
    # decisions 202 and 208)
    ("実施自治体 長野県川辺市", []),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_marked_field_lines(text: str, expected: list[tuple[str, str]]) -> None:
    found = read_fields(Line(text, 0))
    assert [(f.kind, f.value) for f in found] == expected
    for field in found:
        assert text[field.start : field.end] == field.value


def test_field_markers_extend() -> None:
    rules = DEFAULT_RULES.extend(field_markers=["◎"])
    assert [f.kind for f in read_fields(Line("◎開始日 平成二十六年四月一日", 0), rules)] == [
        "start_date"
    ]
    assert read_fields(Line("◎実施自治体    長野県川辺市", 0)) == []


# --- a kanji numeral and a space opening a line keeps its space (decision 89) -----------

SPACES = [
    ("　一　市の窓口で相談する。", " 一 市の窓口で相談する。"),
    ("一　市の窓口で相談する。", "一 市の窓口で相談する。"),
    ("統 一 する", "統一する"),  # letter-spacing inside a line still goes
    ("就 職 者 数", "就職者数"),
]


@pytest.mark.parametrize(("text", "expected"), SPACES)
def test_enumerator_space_kept(text: str, expected: str) -> None:
    assert normalise(text, DEFAULT_RULES).text == expected


# --- colon in-cell words (decision 90) --------------------------------------------------

COLON_LINES = [
    (
        " ◇支援対象者数目標:90人実績:95人(達成率:105.6%)",
        ("支援対象者数", "support_targets", (90, "人", None), (95, "人"), Decimal("105.6")),
    ),
    (
        " ◇就職者数目標:40人以上実績:44人",
        ("就職者数", "employed", (40, "人", "以上"), (44, "人"), None),
    ),
    (" ◇就職率実績:58.5%", ("就職率", "employment_rate", None, (Decimal("58.5"), "%"), None)),
    (
        " ◇就職率目標:60% 実績:61.5%",
        ("就職率", "employment_rate", (60, "%", None), (Decimal("61.5"), "%"), None),
    ),
    # no 実績: no such line
    (" ◇支援対象者数目標:90人", None),
    (" ◇相談の様子:好評", None),
]


@pytest.mark.parametrize(("text", "expected"), COLON_LINES)
def test_colon_in_cell_lines(text: str, expected: tuple[object, ...] | None) -> None:
    metric = read_colon_line(Line(text, 0), locate=identity_locate)
    if expected is None:
        assert metric is None
        return
    assert metric is not None
    label, key, target, actual, rate = expected
    assert (metric.label, metric.key) == (label, key)
    if target is None:
        assert metric.target is None
    else:
        assert metric.target is not None
        assert (metric.target.value, metric.target.unit, metric.target.qualifier) == target
    assert metric.actual is not None
    assert (metric.actual.value, metric.actual.unit) == actual
    assert metric.achievement_rate == rate
    assert metric.span is not None
    assert text[metric.span.start : metric.span.end] == label


# --- a whole house-style case (decisions 86–91) -----------------------------------------

CASE = """平成２６年度　一体的実施事業の取組について（架空ブロック事例集）

ケース１　川辺の町の就労相談
　○実施自治体　　　　長野県川辺市
　○連携ハローワーク　ハローワーク川辺（長野労働局）
　○窓口の名称　　　　かわべ相談室〔一体的実施施設〕
　○開始日　　　　　　平成二十五年十一月五日

▽どのような取組か
　一　一時保育の案内を窓口で渡す。
　二　求人を毎週まとめて紹介する。
▽平成２５年度の成果
　◇支援対象者数　目標：９０人　実績：９５人（達成率：１０５．６％）
　◇就職率　実績：５８．５％
▽その他の成果
　一　相談の予約が増えた。
▽関係者の声
　△川辺市福祉課の話　窓口が近くなり、案内しやすくなった。
　△長野労働局の話　市との分担が定着した。
"""


def test_house_style_case() -> None:
    doc = jirei.parse_text(CASE)
    assert len(doc.profiles) == 1
    case = doc.profiles[0]
    assert case.title == "川辺の町の就労相談"
    assert (case.prefecture, case.municipality) == ("長野県", "川辺市")
    assert case.labour_bureau == "長野労働局"
    assert tuple(case.hello_work) == ("ハローワーク川辺",)
    assert (case.facility_name, case.facility_type) == ("かわべ相談室", "一体的実施施設")
    assert case.start_date == dt.date(2013, 11, 5)
    assert case.fiscal_year == 2013
    # ``一時保育`` keeps its 一: only the enumerator and its space are cut
    assert tuple(case.initiatives) == (
        "一時保育の案内を窓口で渡す。",
        "求人を毎週まとめて紹介する。",
    )
    figures = [(m.label, m.target and m.target.value, m.actual.value) for m in case.metrics]
    assert figures == [
        ("支援対象者数", 90, 95),
        ("就職率", None, Decimal("58.5")),
    ]
    assert tuple(case.other_results) == ("相談の予約が増えた。",)
    assert [(c.speaker, c.role, c.text) for c in case.comments] == [
        ("川辺市福祉課", "municipality", "窓口が近くなり、案内しやすくなった。"),
        ("長野労働局", "labour_bureau", "市との分担が定着した。"),
    ]


# --- CSV export rows (decisions 81–83) --------------------------------------------------

CSV_ROWS = [
    ('"自治体","長野県川辺市",""', ["自治体", "長野県川辺市"]),
    ('"指標","目標","実績","達成率"', ["指標", "目標", "実績", "達成率"]),
    ('"職業相談件数","","40件",""', ["職業相談件数", "", "40件"]),
    ('"事例1","",""', None),  # one cell: its text alone
    ("相談が増えた。", None),  # no CSV row
    ('"引用"だけの行', None),
]


@pytest.mark.parametrize(("text", "cells"), CSV_ROWS)
def test_csv_rows_become_pipe_rows(text: str, cells: list[str] | None) -> None:
    out = untangle_csv(text)
    assert len(out) == len(text)  # offsets stay where they were
    if cells is None:
        assert "|" not in out
        assert out.strip() == text.strip().replace('"', " ").split()[0] or out == text
        return
    found = row_cells(Line(out, 0))
    assert [c.text for c in found] == cells
    for cell in found:
        assert text[cell.start : cell.end] == cell.text


SHEET = """作成：架空ブロック　※表計算ファイルから書き出し

"事例1","",""
"自治体","長野県川辺市",""
"労働局","長野労働局",""
"ハローワーク","ハローワーク川辺",""
"施設名","かわべ相談室",""
"種別","一体的実施施設",""
"事業開始日","H25.4.1",""
"タイトル","川辺の窓口で求人を探す",""
"取組内容","窓口で求人を一緒に探す。",""
"指標","平成26年度目標","平成26年度実績","達成率"
"支援対象者数","50人","55人","110.0%"
"職業相談件数","","200件",""
"その他の実績","説明会に10人が参加した。",""
"川辺市コメント","相談が増えた。",""
"""


def test_csv_sheet_case() -> None:
    doc = jirei.parse_text(SHEET)
    assert len(doc.profiles) == 1
    case = doc.profiles[0]
    assert case.title == "川辺の窓口で求人を探す"
    assert (case.prefecture, case.municipality, case.labour_bureau) == (
        "長野県",
        "川辺市",
        "長野労働局",
    )
    assert tuple(case.hello_work) == ("ハローワーク川辺",)
    assert (case.facility_name, case.facility_type) == ("かわべ相談室", "一体的実施施設")
    assert case.start_date == dt.date(2013, 4, 1)
    assert case.fiscal_year == 2014
    assert tuple(case.initiatives) == ("窓口で求人を一緒に探す。",)
    rows = [
        (m.label, m.target and m.target.value, m.actual.value, m.achievement_rate)
        for m in case.metrics
    ]
    assert rows == [("支援対象者数", 50, 55, Decimal("110.0")), ("職業相談件数", None, 200, None)]
    assert tuple(case.other_results) == ("説明会に10人が参加した。",)
    assert [(c.speaker, c.role, c.text) for c in case.comments] == [
        ("川辺市", "municipality", "相談が増えた。")
    ]
    # every value's span points at the text inside the quotes
    assert case.spans["title"] is not None
    title = case.spans["title"]
    assert SHEET[title.start : title.end] == case.title
