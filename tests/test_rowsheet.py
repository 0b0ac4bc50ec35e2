"""Sheets whose rows are cases (``jirei.rowsheet``, decision 853), summary tables joined to
narrative cases, overview sections of field lines (decision 851) and Q/A interviews
(decision 852). The documents below are written for these tests, in other surfaces than
the development documents (other labels, order, separators, number of cases)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.lines import Cell
from jirei.rowsheet import cell_items, classify


def _cell(text: str) -> Cell:
    return Cell(text, 0, len(text))


@pytest.mark.parametrize(
    ("sub", "group", "kind", "name", "role", "unit", "year"),
    [
        ("市町村", None, "field", "place", None, None, None),
        ("施設名", "概要", "field", "facility", None, None, None),
        ("番号", None, "number", "番号", None, None, None),
        ("主な取組内容", "取組", "items", "initiatives", None, None, None),
        ("その他の実績", None, "items", "other_results", None, None, None),
        ("取組内容②", None, "items", "initiatives", None, None, None),
        ("ハローワーク", "コメント", "comment", "ハローワーク", None, None, None),
        ("市のコメント", None, "comment", "市", None, None, None),
        ("目標", "就職者数（人）", "metric", "就職者数", "target", "人", None),
        ("R5実績", "支援対象者数（件）", "metric", "支援対象者数", "actual", "件", 2023),
        ("令和4年度実績", "就職者数(人)", "metric", "就職者数", "actual", "人", 2022),
        ("達成率", "就職者数(人)", "metric", "就職者数", "achievement_rate", "人", None),
        ("(%)", "就職率", "metric", "就職率", "actual", "%", None),
        ("就職率(%)", None, "metric", "就職率", "actual", "%", None),
    ],
)
def test_classify(sub, group, kind, name, role, unit, year):
    column = classify(_cell(sub), _cell(group) if group else None)
    assert column is not None
    assert (column.kind, column.name, column.role, column.unit, column.year) == (
        kind, name, role, unit, year,
    )


@pytest.mark.parametrize("sub", ["備考", "", "写真"])
def test_classify_unknown(sub):
    assert classify(_cell(sub), None) is None


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("1朝の相談を始めた。2夜の相談も始めた。", ["朝の相談を始めた。", "夜の相談も始めた。"]),
        ("○見学会を3回開いた。○2社が参加した。", ["見学会を3回開いた。", "2社が参加した。"]),
        # a figure after a sentence end that does not count up is no marker
        ("1面接会を開いた。3社が来た。2次も開く。", ["面接会を開いた。3社が来た。", "次も開く。"]),
        ("一つだけの取組。", ["一つだけの取組。"]),
    ],
)
def test_cell_items(text, items):
    assert [t for t, _, _ in cell_items(_cell(text))] == items


# A pipe sheet, one header row with role words in brackets replaced by a group row, three
# cases, a 計 row, other labels and another column order than the development sheet.
_ROWS = [
    "| | | | | | 就職者数（人） | | | 就職率（％） | 声 | |",
    "| 番号 | 施設名 | 市町村 | 労働局・ハローワーク | 開設日 | R4実績 | R5目標 | R5実績 | R5実績"
    " | 市 | ハローワーク |",
    "| 1 | しごとスポットあおば（一体的実施施設） | 宮城県仙台市 | 宮城労働局・ハローワーク仙台"
    " | 2018/10/01 | 90 | 100 | 112 | 55.0 | 窓口が近くなった。 | 連携が深まった。 |",
    "| 2 | いしのまき就労窓口（常設窓口） | 宮城県石巻市 | 宮城労働局・ハローワーク石巻"
    " | 2020/04/01 | 40 | 50 | 45 | 48.9 | 相談が増えた。 | 定着支援を続ける。 |",
    "| 3 | けせんぬま相談室（一体的実施施設） | 宮城県気仙沼市 | 宮城労働局・ハローワーク気仙沼"
    " | 2021/07/01 | 20 | 30 | 33 | 61.1 | 港の企業と組んだ。 | 求人が増えた。 |",
    "| 計 | | | | | 150 | 180 | 190 | 54.0 | | |",
]
PIPE_SHEET = "令和5年度　一体的実施の取組一覧\n\n" + "\n".join(_ROWS) + "\n"


def test_pipe_sheet_rows_are_cases():
    doc = jirei.parse_text(PIPE_SHEET)
    assert [p.municipality for p in doc.profiles] == ["仙台市", "石巻市", "気仙沼市"]
    first = doc.profiles[0]
    assert first.prefecture == "宮城県"
    assert first.labour_bureau == "宮城労働局"
    assert first.hello_work == ("ハローワーク仙台",)
    assert (first.facility_name, first.facility_type) == ("しごとスポットあおば", "一体的実施施設")
    assert first.start_date == dt.date(2018, 10, 1)
    assert first.fiscal_year == 2023
    employed, rate = first.metrics
    assert employed.label == "就職者数"
    assert (employed.target.value, employed.actual.value, employed.actual.unit) == (100, 112, "人")
    assert rate.label == "就職率" and rate.target is None
    assert rate.actual.value == Decimal("55.0") and rate.actual.unit == "%"
    assert [(c.speaker, c.role, c.text) for c in first.comments] == [
        ("市", "municipality", "窓口が近くなった。"),
        ("ハローワーク", "hello_work", "連携が深まった。"),
    ]
    # the R4 column is another year's: kept, not read as a target or actual
    assert any(block.text == "90" for block in first.unclassified)
    assert not any(w.code == "case_list_unmatched" for w in doc.warnings)


# Summary table first (space-aligned, units in the group headings, a 合計 row), then
# narrative blocks without figures, joined by number and municipality; an overview section
# of field lines; a Q/A interview.
SUMMARY_FIRST = """令和３年度　一体的実施の状況

一覧表（令和３年度）

                          支援対象者数（件）      就職者数（人）
番号  市町村  施設名        目標   実績          目標   実績
 1    甲府市  こうふ窓口    200    210           100    120
 2    都留市  つる窓口      80     70            40     42
      合計                  280    280           140    162

紹介１　甲府市

駅前で続ける夜間の職業相談

□施設の概要
実施自治体：山梨県甲府市
連携する安定所：山梨労働局　ハローワーク甲府
窓口名：こうふ窓口（一体的実施施設）
オープン日：2019年4月1日

□取組
・平日夜８時まで相談を受け付けた。

□インタビュー（聞き手：山梨労働局）
Ｑ１：夜間相談の反響は。
Ａ（甲府市 福祉課）：仕事帰りの方の相談が増えました。
Ｑ２：今後は。
Ａ（ハローワーク甲府）：企業説明会も夜に開きます。

紹介２　都留市

大学と組んだ若者の就労支援

□施設の概要
実施自治体：山梨県都留市
連携する安定所：山梨労働局　ハローワーク都留
窓口名：つる窓口（常設窓口）
オープン日：2020年10月1日

□取組
・市内大学のキャリアセンターと合同相談会を開いた。

□インタビュー（聞き手：山梨労働局）
Ｑ１：手応えは。
Ａ（都留市）：学生の保護者からの相談もありました。
"""


def test_summary_table_joins_narrative_cases():
    doc = jirei.parse_text(SUMMARY_FIRST)
    assert [p.municipality for p in doc.profiles] == ["甲府市", "都留市"]
    kofu, tsuru = doc.profiles
    assert kofu.title == "駅前で続ける夜間の職業相談"
    assert kofu.labour_bureau == "山梨労働局" and kofu.hello_work == ("ハローワーク甲府",)
    assert (kofu.facility_name, kofu.facility_type) == ("こうふ窓口", "一体的実施施設")
    assert kofu.start_date == dt.date(2019, 4, 1)
    assert kofu.fiscal_year == 2021 and tsuru.fiscal_year == 2021
    labels = [(m.label, m.target.value, m.actual.value, m.actual.unit) for m in kofu.metrics]
    assert labels == [("支援対象者数", 200, 210, "件"), ("就職者数", 100, 120, "人")]
    assert [m.actual.value for m in tsuru.metrics] == [70, 42]
    # the interview: answers are comments, questions are not
    assert [(c.speaker, c.role, c.text) for c in kofu.comments] == [
        ("甲府市福祉課", "municipality", "仕事帰りの方の相談が増えました。"),
        ("ハローワーク甲府", "hello_work", "企業説明会も夜に開きます。"),
    ]
    assert [c.speaker for c in tsuru.comments] == ["都留市"]
    assert not any("Q" in c.text for p in doc.profiles for c in p.comments)


@pytest.mark.parametrize(
    ("sub", "name", "role", "unit", "year"),
    [
        ("支援対象者数（目標）", "支援対象者数", "target", None, None),
        ("就職者数(実績)", "就職者数", "actual", None, None),
        ("就職率(実績・%)", "就職率", "actual", "%", None),
        ("R3支援対象者数(実績)", "支援対象者数", "actual", None, 2021),
    ],
)
def test_classify_role_in_bracket(sub, name, role, unit, year):
    column = classify(_cell(sub), None)
    assert column is not None
    assert (column.kind, column.name, column.role, column.unit, column.year) == (
        "metric", name, role, unit, year,
    )


def test_classify_unit_in_sub_header():
    column = classify(_cell("目標（件）"), _cell("相談件数"))
    assert column is not None
    assert (column.name, column.role, column.unit) == ("相談件数", "target", "件")


# A spreadsheet saved as CSV: one header row, roles in brackets, a place and a number column
# only besides the figures; read through ``jirei.csvrows`` (rows become pipe rows).
CSV_SHEET = "\n".join([
    '"令和2年度 実績一覧","","","",""',
    '"No.","自治体","支援対象者数（目標）","支援対象者数（実績）","就職率（実績・%）"',
    '"1","長野県松本市","120","131","58.0"',
    '"2","長野県上田市","80","77","61.0"',
    '"合計","","200","208","59.1"',
]) + "\n"


def test_csv_sheet_one_header_row():
    doc = jirei.parse_text(CSV_SHEET)
    assert [p.municipality for p in doc.profiles] == ["松本市", "上田市"]
    matsumoto = doc.profiles[0]
    assert matsumoto.fiscal_year == 2020
    support, rate = matsumoto.metrics
    assert (support.label, support.target.value, support.actual.value) == ("支援対象者数", 120, 131)
    assert (rate.label, rate.target, rate.actual.value, rate.actual.unit) == (
        "就職率", None, Decimal("58.0"), "%",
    )


# A summary table naming two facilities of one city, then their blocks in the other order,
# labelled without numbers: each block joins the row with its facility's name.
BY_NAME = """平成30年度　取組一覧

施設名\t自治体\t労働局\t就職者数（人）
みなみ窓口\t福岡県福岡市\t福岡労働局\t40
きた窓口\t福岡県福岡市\t福岡労働局\t70

【福岡県福岡市】【福岡労働局・ハローワーク福岡東】きた窓口（常設窓口）平成28年4月1日開設
北区の駅前で始めた就労相談
【取組内容】
・駅前で相談を受けた。
＜福岡市コメント＞
駅前で相談が増えた。

【福岡県福岡市】【福岡労働局・ハローワーク福岡南】みなみ窓口（常設窓口）平成29年4月1日開設
南区の商店街と組んだ職場体験
【取組内容】
・商店街で職場体験を開いた。
＜福岡市コメント＞
商店街の協力が得られた。
"""


def test_summary_rows_join_by_facility_name():
    doc = jirei.parse_text(BY_NAME)
    names = [(p.facility_name, [m.actual.value for m in p.metrics]) for p in doc.profiles]
    assert sorted(names) == [("きた窓口", [70]), ("みなみ窓口", [40])]
    assert len(doc.profiles) == 2


def test_classify_role_in_group_over_metric_names():
    column = classify(_cell("就職者数（人）"), _cell("令和4年度実績"))
    assert column is not None
    found = (column.name, column.role, column.unit, column.year)
    assert found == ("就職者数", "actual", "人", 2022)


# Roles in the group row over metric names, two years: only the latest actual year is read.
INVERTED = "\n".join([
    "\t\t令和3年度実績\t\t令和4年度目標\t\t令和4年度実績\t",
    "番号\t市区町村\t就職者数（人）\t就職率（％）\t就職者数（人）\t就職率（％）"
    "\t就職者数（人）\t就職率（％）",
    "1\t新潟県長岡市\t100\t50.0\t110\t55.0\t120\t57.5",
    "2\t新潟県柏崎市\t30\t40.0\t35\t45.0\t33\t44.0",
]) + "\n"


def test_inverted_groups_read_the_latest_year():
    doc = jirei.parse_text(INVERTED)
    assert [p.municipality for p in doc.profiles] == ["長岡市", "柏崎市"]
    nagaoka = doc.profiles[0]
    assert nagaoka.fiscal_year == 2022
    employed, rate = nagaoka.metrics
    assert (employed.target.value, employed.actual.value, employed.actual.unit) == (110, 120, "人")
    assert (rate.target.value, rate.actual.value) == (Decimal("55.0"), Decimal("57.5"))


# An interview in another style: the interviewer's lines (``聞き手：``, ``――…？``) are
# questions.
INTERVIEW = """【山形県山形市】【山形労働局・ハローワーク山形】\
やまがた窓口（一体的実施施設）令和2年4月1日開設
冬も通える駅前の窓口
【取組内容】
・駅前に窓口を開いた。
【関係者インタビュー】
聞き手：窓口を開いたきっかけは。
山形市生活福祉課：冬の来所が難しい方が多かったからです。
――ハローワークから見た変化は？
ハローワーク山形：紹介から就職までが早くなりました。
"""


def test_interviewer_lines_are_no_comments():
    doc = jirei.parse_text(INTERVIEW)
    (profile,) = doc.profiles
    assert [(c.speaker, c.role) for c in profile.comments] == [
        ("山形市生活福祉課", "municipality"),
        ("ハローワーク山形", "hello_work"),
    ]
    assert profile.comments[0].text == "冬の来所が難しい方が多かったからです。"


# A markdown sheet: the group row is the table's first row, the rule row under it, the
# sub-headers after the rule; a summary of two cases before their narrative blocks.
MARKDOWN_GROUPS = """# 令和4年度　取組状況

| | | 支援対象者数（人） | | 就職者数（人） | |
|---|---|---|---|---|---|
| No. | 市町村 | 目標 | 実績 | 目標 | 実績 |
| 1 | 高知県高知市 | 100 | 104 | 60 | 66 |
| 2 | 高知県南国市 | 40 | 38 | 24 | 25 |

## 事例1　高知県高知市

### 取組内容
- 市役所の中に窓口を置いた。

### 関係者の声
（高知市）相談が気軽になった。

## 事例2　高知県南国市

### 取組内容
- 農家と組んだ職場体験を開いた。

### 関係者の声
（南国市）農業の求人が増えた。
"""


def test_markdown_group_row_above_the_rule_row():
    doc = jirei.parse_text(MARKDOWN_GROUPS)
    assert [p.municipality for p in doc.profiles] == ["高知市", "南国市"]
    kochi, nankoku = doc.profiles
    figures = [(m.label, m.target.value, m.actual.value, m.actual.unit) for m in kochi.metrics]
    assert figures == [("支援対象者数", 100, 104, "人"), ("就職者数", 60, 66, "人")]
    assert [m.actual.value for m in nankoku.metrics] == [38, 25]
    assert kochi.initiatives == ("市役所の中に窓口を置いた。",)
    assert kochi.fiscal_year == 2022
