"""A city's 決算 report of programmes, some of which are joint facilities (branch
``offices2-s18``, decisions 3561-3563).

Synthetic variants of the layout of holdout164's 主要施策の成果説明書, written with other
cities, offices, dates, figures and field separators (a tab, ideographic spaces, a colon):

* each programme opens with ``事業名`` and states its 予算現額 / 決算額 / 財源内訳 in 円, 千円 or
  万円: amounts of money, never metrics (``jirei.moneyrows``); its 成果指標 rows are;
* no field names the facility, the offices or the start date: its purpose in prose does
  (``ハローワーク堺東と締結した協定に基づき、…に設置した〇〇（一体的実施施設）において``,
  ``（令和2年4月1日開設）``), or the programme's name brackets the facility
  (``地域就労支援事業（ジョブスポットさかい）``) — read by ``jirei.entrydocs``;
* a programme naming no Hello Work (a シルバー人材センター subsidy) is no case; a name
  bracketing a ward (``（北区）``) names no facility; ``ハローワーク就職支援ナビゲーター`` is staff,
  no office.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.model import Metric, Quantity
from jirei.moneyrows import is_money

_SEPARATORS = ("\t", "　　", "：")


def _field(label: str, value: str, sep: str) -> str:
    return f"{label}{sep}{value}"


def _kessan(city: str, sep: str, *, bureau: str, office: str, name: str, kind: str | None,
            opened: str, bracket: bool, money: str) -> str:
    kind_text = f"{name}（{kind}）" if kind else name
    programme = f"生活困窮者就労支援事業（{name}）" if bracket else "生活困窮者就労支援事業"
    return "\n".join([
        "令和２年度",
        "",
        "主 要 施 策 の 成 果 説 明 書",
        "",
        f"{city}",
        "",
        "- 1 -",
        "",
        "福祉局　生活福祉課",
        "",
        _field("事業名", programme, sep),
        _field("会計区分", "一般会計", sep),
        _field("予算現額", money, sep),
        _field("決算額", money, sep),
        "",
        "1 事業の目的",
        "　生活保護受給者の就労による自立を促進するため、"
        f"{bureau}及び{office}と締結した協定に基づき、"
        f"区役所内に設置した{kind_text}において、ハローワーク就職支援ナビゲーターと市の就労支援員が"
        f"一体となった支援を行う。（{opened}開設）",
        "",
        "2 事業の内容",
        "(1) ケースワーカーからの誘導による早期の支援開始",
        "(2) 求人検索端末による職業紹介",
        "",
        "3 成果指標",
        "指標名\t目標値\t実績値\t達成率",
        "支援対象者数\t400人\t452人\t113.0%",
        "就職者数\t260人\t281人\t108.1%",
        "",
        "4 事業の評価及び今後の方向性",
        "　目標を上回った。引き続き周知に努める。",
        "",
        "- 2 -",
        "",
        "経済局　雇用推進課",
        "",
        _field("事業名", "シルバー人材センター運営補助事業", sep),
        _field("予算現額", money, sep),
        _field("決算額", money, sep),
        "",
        "1 事業の目的",
        "　高年齢者の就業機会の確保を図るため、シルバー人材センターの運営費を補助する。",
        "",
        "2 成果指標",
        "指標名\t目標値\t実績値\t達成率",
        "会員数\t1,800人\t1,752人\t97.3%",
        "",
        "- 3 -",
        "",
    ])


_VARIANTS = (
    # (city, bureau, office, facility, kind, opened, iso, bracket, money)
    ("堺市", "大阪労働局", "ハローワーク堺東", "ワークステーション堺", "一体的実施施設",
     "令和2年4月1日", "2020-04-01", True, "41,250千円"),
    ("岡山市", "岡山労働局", "ハローワーク岡山", "しごとプラザ岡山", "一体的実施施設",
     "平成29年10月2日", "2017-10-02", False, "3,120万円"),
    ("熊本市", "熊本労働局", "ハローワーク熊本", "くまもと就労サポート", None,
     "平成30年7月2日", "2018-07-02", True, "18,450,000円"),
)


@pytest.mark.parametrize("sep", _SEPARATORS)
@pytest.mark.parametrize("variant", _VARIANTS, ids=lambda v: v[0])
def test_programme_case_read_from_its_prose(variant: tuple, sep: str) -> None:
    city, bureau, office, name, kind, opened, iso, bracket, money = variant
    text = _kessan(city, sep, bureau=bureau, office=office, name=name, kind=kind,
                   opened=opened, bracket=bracket, money=money)
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 1  # the シルバー人材センター subsidy is no case
    profile = doc.profiles[0]
    assert profile.facility_name == name
    assert profile.facility_type == kind
    assert profile.hello_work == (office,)  # (not ``ハローワーク就職支援``)
    assert profile.labour_bureau == bureau
    assert profile.municipality == city
    assert str(profile.start_date) == iso
    labels = [m.label for m in profile.metrics]
    assert labels == ["支援対象者数", "就職者数"]  # no 予算現額 / 決算額, no 会員数
    for field in ("facility_name", "start_date", "labour_bureau"):
        span = profile.spans[field]
        assert span.start < span.end
    span = profile.spans["facility_name"]
    assert text[span.start : span.end] == name


def test_name_bracket_alone_names_the_facility() -> None:
    """No ``name（kind）`` anywhere: the facility the programme's name brackets, written again
    in its purpose."""
    text = _kessan("堺市", "\t", bureau="大阪労働局", office="ハローワーク堺東",
                   name="ジョブスポットさかい", kind=None, opened="令和元年7月1日",
                   bracket=True, money="9,800千円")
    (profile,) = jirei.parse_text(text).profiles
    assert profile.facility_name == "ジョブスポットさかい"
    assert profile.facility_type is None


def test_ward_bracket_names_no_facility() -> None:
    """A programme's name bracketing a ward (``（北区）``) and no facility kind: no facility."""
    text = _kessan("堺市", "\t", bureau="大阪労働局", office="ハローワーク堺東",
                   name="北区", kind=None, opened="令和元年7月1日", bracket=True,
                   money="9,800千円")
    for profile in jirei.parse_text(text).profiles:
        assert profile.facility_name != "北区"


@pytest.mark.parametrize(
    ("unit", "money"),
    [("千円", True), ("円", True), ("万円", True), ("人", False), ("件", False), ("%", False)],
)
def test_money_units(unit: str, money: bool) -> None:
    metric = Metric(label="決算額", actual=Quantity(5000, unit))
    assert is_money(metric) is money


def test_money_beside_people_stays() -> None:
    """A row with one figure in 円 and the other in 人 is no amount of money."""
    metric = Metric(label="就職者数", target=Quantity(100, "人"), actual=Quantity(5000, "円"))
    assert not is_money(metric)
    assert not is_money(Metric(label="就職者数"))


def test_results_table_in_money_dropped_elsewhere() -> None:
    """A budget line in a non-決算 case layout is dropped too; its people figures stay."""
    text = "\n".join([
        "事例１　浜松市",
        "施設名：はままつ就労ステーション（一体的実施施設）",
        "連携先：静岡労働局・ハローワーク浜松",
        "事業開始：令和3年4月1日",
        "■実績",
        "区分\t目標\t実績",
        "就職者数\t120人\t131人",
        "事業費\t12,000千円\t11,480千円",
    ])
    (profile,) = jirei.parse_text(text).profiles
    assert [m.label for m in profile.metrics] == ["就職者数"]


# --- a council deck signed by its bureau in every slide's footer (decision 3565) ----------

_SLIDES = (
    ("岡山市", "ハローワーク岡山", "おかやま就労プラザ", "令和元年10月1日"),
    ("倉敷市", "ハローワーク倉敷中央", "くらしき仕事サポート", "平成30年4月2日"),
)


def _deck(council: str, footer: str) -> str:
    parts = [f"令和５年度 第２回 {council}", "資料No.３", "", "一体的実施事業の取組状況", ""]
    for n, (city, office, name, opened) in enumerate(_SLIDES, 2):
        parts += [
            f"取組事例{n - 1}　{city}",
            "",
            f"実施自治体：{city}",
            f"連携ハローワーク：{office}",
            f"施設名：{name}（一体的実施施設）",
            f"事業開始：{opened}",
            "",
            "● ケースワーカーと同席の面談を実施",
            "【令和４年度 実績】",
            "　就職者数　　　 120人",
            "",
            footer,
            str(n),
            "",
        ]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("council", "footer", "bureau"),
    [
        ("岡山地方労働審議会", "岡山労働局", "岡山労働局"),
        ("岡山地方労働審議会", "　岡山労働局　", "岡山労働局"),
        ("岡山県生活保護受給者等就労自立促進事業協議会", "岡山労働局", "岡山労働局"),
    ],
)
def test_footer_bureau_signs_every_slide(council: str, footer: str, bureau: str) -> None:
    doc = jirei.parse_text(_deck(council, footer))
    assert [p.facility_name for p in doc.profiles] == [s[2] for s in _SLIDES]
    assert [p.labour_bureau for p in doc.profiles] == [bureau, bureau]


@pytest.mark.parametrize("footer", ["岡山労働局 職業安定部 職業対策課 作成資料", "3ページ"])
def test_footer_not_the_bureau_alone_fills_nothing(footer: str) -> None:
    """Negative: a footer saying more than the bureau's name (or none) signs nothing."""
    doc = jirei.parse_text(_deck("岡山地方労働審議会", footer))
    assert [p.labour_bureau for p in doc.profiles] == [None, None]


# --- a slash row's figure with its rate in a bracket (decision 3566) ----------------------


def _slash_case(legend: str, row: str) -> str:
    return "\n".join([
        "事例１　長崎市",
        "施設名：ながさき就労サポート（一体的実施施設）",
        "連携先：長崎労働局・ハローワーク長崎",
        "事業開始：令和2年4月1日",
        f"【令和４年度 実績】{legend}",
        row,
        "　就職率　　　　　65%以上 ／ 61.4%",
    ])


@pytest.mark.parametrize(
    ("row", "target", "actual", "rate"),
    [
        ("　支援対象者数　　180人程度 ／ 197人（達成率109.4%）", 180, 197, "109.4"),
        ("　支援対象者数　　220人以上／231人(達成率 105.0%)", 220, 231, "105.0"),
        ("　支援対象者数　　90人 ／ 84人（達成率93.3％）", 90, 84, "93.3"),
    ],
)
def test_rate_in_a_bracket_after_the_actual(row: str, target: int, actual: int, rate: str) -> None:
    (profile,) = jirei.parse_text(_slash_case("（目標 ／ 実績）", row)).profiles
    (metric,) = [m for m in profile.metrics if m.label == "支援対象者数"]
    assert metric.target is not None and metric.target.value == target
    assert metric.actual is not None and metric.actual.value == actual
    assert str(metric.achievement_rate) == rate


def test_bracket_naming_no_rate_is_no_rate() -> None:
    """Negative: a bracket that is no rate (``（見込み）``) gives no achievement rate."""
    text = _slash_case("（目標 ／ 実績）", "　支援対象者数　　180人 ／ 197人（見込み）")
    (profile,) = jirei.parse_text(text).profiles
    for metric in profile.metrics:
        assert metric.achievement_rate is None
