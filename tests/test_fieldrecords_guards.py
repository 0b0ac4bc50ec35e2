"""``jirei.fieldrecords`` on the edges the whole suite found after its merge: a labelled-card
document whose only figure is a results heading over a line of labelled figures is no record
sheet; a sheet's title gives the fiscal year its records do not state; items numbered with
enumerating characters are parted whatever counter word follows a number (``②月1回``)."""

from __future__ import annotations

import jirei

_RECORD = """都道府県
{pref}
市区町村
{city}
労働局
{bureau}
ハローワーク
{hw}
施設名
{name}
取組内容
"①窓口を設置
②{second}"
指標1
就職者数
目標1
{target}人
実績1
{actual}人
"""


def _sheet(title: str, second: str) -> str:
    return title + "\n\n" + _RECORD.format(
        pref="石川県", city="金沢市", bureau="石川労働局", hw="ハローワーク金沢",
        name="かなざわ就労支援室", second=second, target=100, actual=112,
    ) + "\n" + _RECORD.format(
        pref="富山県", city="富山市", bureau="富山労働局", hw="ハローワーク富山",
        name="とやま就労支援室", second=second, target=80, actual=84,
    )


def test_enumerated_items_part_whatever_counter_follows() -> None:
    for second in ("月1回のケース会議", "日おきに巡回相談", "週間の職場体験"):
        doc = jirei.parse_text(_sheet("好事例シート", second))
        assert [p.initiatives for p in doc.profiles] == [("窓口を設置", second)] * 2


def test_plain_digits_before_a_counter_stay_text() -> None:
    text = _sheet("好事例シート", "x").replace('"①窓口を設置\n②x"', "1日2回の巡回相談")
    doc = jirei.parse_text(text)
    assert doc.profiles[0].initiatives == ("1日2回の巡回相談",)


def test_the_sheet_title_gives_the_fiscal_year() -> None:
    for title, year in (("好事例シート（令和3年度）", 2021), ("平成30年度 事例一覧", 2018)):
        doc = jirei.parse_text(_sheet(title, "相談会"))
        assert [p.fiscal_year for p in doc.profiles] == [year, year]
    assert [p.fiscal_year for p in jirei.parse_text(_sheet("好事例シート", "相談会")).profiles] == [
        None,
        None,
    ]


def test_a_card_with_a_results_heading_is_no_record_sheet() -> None:
    card = """事例{n}
■{title}
項目\t内容
設置自治体\t{place}
労働局\t{bureau}
安定所\t{hw}
窓口名\t{name}（常設窓口）
開設日\tR2.4.1

【取組内容】
・相談会を開催

【実績】
支援対象者数　目標100人　実績112人
"""
    text = "一体的実施の取組\n\n" + card.format(
        n=1, title="駅前の相談", place="福井県福井市", bureau="福井労働局",
        hw="ハローワーク福井", name="ふくい就労ナビ",
    ) + "\n" + card.format(
        n=2, title="港の相談", place="福井県敦賀市", bureau="福井労働局",
        hw="ハローワーク敦賀", name="つるが就労ナビ",
    )
    doc = jirei.parse_text(text)
    assert [p.title for p in doc.profiles] == ["駅前の相談", "港の相談"]
