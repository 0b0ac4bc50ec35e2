"""Other publishers' forms, a press-s15 writer's (decisions 2921-2935, branch press-s15).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a council paper's notes per facility: numbered ``place name（kind）`` headings each over a
  section heading, a facility with initiatives only among them (2921);
* a row sheet's column headed by a metric name alone (``就職率``), its cells with their
  unit (2922);
* a bureau's material for its own 地方労働審議会: the bureau fills the rows naming none (2923);
* an achievement rate in a bracket closing a target or actual cell (2924);
* a footnote right under a table's rows in an items section (2925);
* a table whose stub heading spans a group column and a label column (2926).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei

# ---------------------------------------------------------------- 2921: notes per facility

_NOTES = [
    ("豊中市", "とよなか就労ひろば", "一体的実施施設", True),
    ("吹田市", "すいたジョブスポット", "常設窓口", False),  # initiatives only
    ("茨木市", "いばらきワークプラザ", "一体的実施施設", True),
]


def _notes(marker: str, section: str, other: str, space: str = "　") -> str:
    blocks = ["２　各施設の取組", ""]
    for n, (city, name, kind, more) in enumerate(_NOTES, 1):
        blocks.append(f"{marker.format(n=n)}{city}{space}{name}（{kind}）")
        blocks.append(f"　{section}")
        blocks.append(f"　　・{city}の福祉窓口からの誘導を強化")
        blocks.append("　　・担当者制による個別支援を実施")
        if more:
            blocks.append(f"　{other}")
            blocks.append("　　・合同面接会を開催")
        blocks.append("")
    blocks.append("３　今後の取組")
    blocks.append("　各施設の取組を踏まえ、支援対象者の掘り起こしを進める。")
    return "\n".join(blocks) + "\n"


@pytest.mark.parametrize(
    ("marker", "section", "other", "space"),
    [
        ("（{n}）", "【主な取組】", "【その他の実績】", "　"),
        ("({n}) ", "〔主な取組〕", "〔その他の実績〕", " "),
        ("（{n}）", "■主な取組", "■その他の実績", "　"),
    ],
)
def test_numbered_notes_each_over_a_section_are_cases(
    marker: str, section: str, other: str, space: str
) -> None:
    profiles = jirei.parse_text(_notes(marker, section, other, space)).profiles
    assert [p.facility_name for p in profiles] == [name for _, name, _, _ in _NOTES]
    assert [p.facility_type for p in profiles] == [kind for _, _, kind, _ in _NOTES]
    assert [p.municipality for p in profiles] == [city for city, _, _, _ in _NOTES]
    assert [len(p.initiatives) for p in profiles] == [2, 2, 2]
    assert [len(p.other_results) for p in profiles] == [1, 0, 1]


def test_numbered_headings_naming_no_facility_are_no_cases() -> None:
    text = (
        "（１）事業の概要\n　【主な取組】\n　　・福祉窓口からの誘導\n\n"
        "（２）今後の方針\n　【主な取組】\n　　・支援対象者の掘り起こし\n"
    )
    assert [p.facility_name for p in jirei.parse_text(text).profiles] == []


# ------------------------------------------- 2922 / 2923: the council's comparison table


def _council(title: str, rate_head: str, sep: str = "\t") -> str:
    head = sep.join(
        ["No.", "自治体", "ハローワーク", "施設名", "事業開始", "支援対象者数 目標",
         "支援対象者数 実績", "達成率", rate_head]
    )
    rows = [
        ["1", "豊中市", "ハローワーク池田", "とよなか就労ひろば", "H27.4.1", "300人", "330人",
         "110.0%", "61.2%"],
        ["2", "吹田市", "ハローワーク淀川", "すいたジョブスポット", "H28.10.3", "200人", "190人",
         "95.0%", "58.4%"],
    ]
    body = "\n".join(sep.join(row) for row in rows)
    return (
        f"資料３\n\n{title}\n\n一体的実施施設の実施状況（平成２９年度実績）\n\n"
        f"平成30年7月\n大阪労働局職業安定部\n\n１　施設の実績\n\n{head}\n{body}\n"
    )


@pytest.mark.parametrize("rate_head", ["就職率", "就職率 "])
def test_a_column_headed_by_a_metric_name_alone_is_its_actual(rate_head: str) -> None:
    profiles = jirei.parse_text(_council("第１回大阪地方労働審議会", rate_head)).profiles
    assert len(profiles) == 2
    rates = [
        next(m for m in p.metrics if m.label == "就職率") for p in profiles
    ]
    assert [(r.actual.value, r.actual.unit, r.target) for r in rates] == [
        (Decimal("61.2"), "%", None), (Decimal("58.4"), "%", None)
    ]


def test_a_column_of_no_metric_name_is_not_read() -> None:
    profiles = jirei.parse_text(_council("第１回大阪地方労働審議会", "備考")).profiles
    assert all(m.label != "備考" for p in profiles for m in p.metrics)


@pytest.mark.parametrize(
    "title", ["平成３０年度第１回大阪地方労働審議会", "大阪地方労働審議会（第２回）"]
)
def test_a_bureaus_own_council_material_names_the_bureau(title: str) -> None:
    profiles = jirei.parse_text(_council(title, "就職率")).profiles
    assert [p.labour_bureau for p in profiles] == ["大阪労働局", "大阪労働局"]


def test_material_for_no_council_of_its_own_fills_no_bureau() -> None:
    profiles = jirei.parse_text(_council("就労支援セミナー", "就職率")).profiles
    assert [p.labour_bureau for p in profiles] == [None, None]


# -------------------------------------- 2924-2926: a chapter's tables inside its cases

_CASE = """事例１　ジョブサポートいいづか［一体的実施施設］
　飯塚市／福岡労働局（ハローワーク飯塚）
　事業開始　平成28年4月1日

〔取組内容〕
　○保護課に相談員が出向き、合同で初回面談を実施
　○就職後の定着支援

{table}

〔その他の取組み〕
　○出張面接会を３回開催
"""


def _metrics(table: str) -> list[tuple]:
    profile = jirei.parse_text(_CASE.format(table=table)).profiles[0]
    return [
        (
            m.label, m.group, m.target.value if m.target else None,
            m.actual.value if m.actual else None, m.achievement_rate,
        )
        for m in profile.metrics
    ]


@pytest.mark.parametrize(
    "cell",
    ["315人（達成率105.0％）", "315人(達成率:105.0%)", "315人（目標達成率105.0％）"],
)
def test_a_rate_in_a_bracket_closing_the_actual_cell(cell: str) -> None:
    table = f"表３－３　実績\n区分\t目標\t実績\n支援対象者数\t300人以上\t{cell}"
    assert _metrics(table) == [("支援対象者数", None, 300, 315, Decimal("105.0"))]


def test_a_rate_in_a_bracket_under_a_results_heading() -> None:
    # (a guard: the results tables' reader read this form before 2924; it must go on doing so)
    table = "〔実績〕\n区分\t目標\t実績\n就職者数\t200人\t190人（達成率95.0％）"
    assert _metrics(table) == [("就職者数", None, 200, 190, Decimal("95.0"))]


@pytest.mark.parametrize("cell", ["315人（前年度比105.0％）", "315人（うち女性120人）"])
def test_a_bracket_of_another_kind_gives_no_rate(cell: str) -> None:
    table = f"表１　実績\n区分\t目標\t実績\n支援対象者数\t300人\t{cell}"
    assert _metrics(table) == [("支援対象者数", None, 300, 315, None)]


@pytest.mark.parametrize(
    "note", ["※就職者数は延べ人数。", "＊就職者数は延べ人数。", "（注）目標は協定による。"]
)
def test_a_footnote_right_under_a_tables_rows_is_no_initiative(note: str) -> None:
    table = f"表１　実績\n区分\t目標\t実績\n支援対象者数\t300人\t315人\n{note}"
    profile = jirei.parse_text(_CASE.format(table=table)).profiles[0]
    assert profile.initiatives == (
        "保護課に相談員が出向き、合同で初回面談を実施", "就職後の定着支援"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("〔若者〕", "〔高齢者〕"), ("〈若者〉", "〈高齢者〉"), ("【若者】", "【高齢者】")],
)
def test_a_stub_over_two_columns_reads_groups(first: str, second: str) -> None:
    table = (
        "表１　実績\n区分\t\t目標\t実績\n"
        f"{first}\t利用者数\t―\t1,200人\n\t就職者数\t300人程度\t310人\n"
        f"{second}\t利用者数\t―\t800人\n\t就職者数\t150人程度\t140人\n"
        "※若者は３９歳以下をいう。"
    )
    assert _metrics(table) == [
        ("利用者数", "若者", None, 1200, None),
        ("就職者数", "若者", 300, 310, None),
        ("利用者数", "高齢者", None, 800, None),
        ("就職者数", "高齢者", 150, 140, None),
    ]


def test_a_stub_over_one_column_reads_no_groups() -> None:
    table = "表１　実績\n区分\t目標\t実績\n支援対象者数\t300人\t315人\n就職者数\t200人\t190人"
    assert [m[1] for m in _metrics(table)] == [None, None]
