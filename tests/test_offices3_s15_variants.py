"""A shared per-page table and a bar header by a third writer (branch ``offices3-s15``,
decisions 3026-3031).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a case label line parting place, bureau and office with bars (``■１　秋田県大館市　｜　秋田労働局
  ｜　ハローワーク大館``, ``３　place | bureau | office``, no spaces) is a label header: its
  place, bureau and office are the case's header facts (3026);
* a row label that is a ditto mark with its role (``〃（達成率）``) is the metric of the row above
  (3027);
* a shared table whose caption stands in its head row's corner (``【令和２年度 事業目標と実績】
  <TAB>大館市<TAB>能代市``) is read as results under that caption (3028).
* a prose sentence naming its items by circled or bracketed numbers (``主な取組は、①A、②Bである。``)
  gives one initiative per number (3029);
* a bracketed section heading followed by a fiscal year only (``【実績】令和４年度``) stays the
  heading, the year its note (3031).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei


def _case(label: str, pref: str, city: str, bureau: str, office: str, name: str) -> str:
    return f"""{label}

施設名　{name}（一体的実施施設）
事業開始　平成２７年４月１日

「{city}の窓口から就職まで切れ目なく」

　取組内容
　　○　市の窓口で{office}の職業相談を実施。
　　○　就職後の定着支援を電話で実施。

　市の声
　　相談の開始が早くなった。

"""


def _header(profile: jirei.Profile) -> tuple[object, ...]:
    return (profile.prefecture, profile.municipality, profile.labour_bureau, profile.hello_work)


def _metrics(profile: jirei.Profile) -> list[tuple[object, ...]]:
    return [
        (
            m.label,
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]


# --------------------------------------------------------------------------------------
# a case label line parting its facts with bars (3026)

_BAR_LABELS = [
    "■１　{p}{c}　｜　{b}　｜　{o}",  # the writer's own form, full-width bars
    "■１ {p}{c} | {b} | {o}",  # ASCII bars, single spaces
    "１　{p}{c}｜{b}｜{o}",  # a bare number, no spaces round the bars
    "◆１　{p}{c}　｜　{b}・{o}",  # bureau and office joined by ・ after one bar
    "（１）{p}{c}　｜　{b}　｜　{o}",  # a bracketed number
]


@pytest.mark.parametrize("form", _BAR_LABELS)
def test_bar_label_line_is_the_header(form: str) -> None:
    text = "秋田県　一体的実施　事例集\n\n" + _case(
        form.format(p="秋田県", c="大館市", b="秋田労働局", o="ハローワーク大館"),
        "秋田県", "大館市", "秋田労働局", "ハローワーク大館", "おおだてワークサポート",
    )
    (profile,) = jirei.parse_text(text).profiles
    assert _header(profile) == ("秋田県", "大館市", "秋田労働局", ("ハローワーク大館",))
    assert profile.title == "大館市の窓口から就職まで切れ目なく"


def test_bar_label_line_with_an_office_only() -> None:
    text = "事例集\n\n" + _case(
        "■２　山形県鶴岡市　｜　ハローワーク鶴岡", "山形県", "鶴岡市", "", "ハローワーク鶴岡",
        "つるおかジョブルーム",
    )
    (profile,) = jirei.parse_text(text).profiles
    assert _header(profile)[:2] == ("山形県", "鶴岡市")
    assert tuple(profile.hello_work) == ("ハローワーク鶴岡",)


@pytest.mark.parametrize(
    "line",
    [
        "■１　秋田県大館市　｜　相談件数　｜　120件",  # a row of figures: no office, no bureau
        "１　大館市の取組　｜　概要",  # no office
    ],
)
def test_bar_line_without_offices_is_no_label_header(line: str) -> None:
    import unicodedata

    from jirei.caselabel import label_header

    assert label_header(unicodedata.normalize("NFKC", line)) is None


# --------------------------------------------------------------------------------------
# a shared table with its caption in the corner, ditto rows (3027, 3028)


def _doc(table: str) -> str:
    return (
        "令和２年度　取組事例集\n\n"
        + _case("■１　秋田県大館市　｜　秋田労働局　｜　ハローワーク大館", "秋田県", "大館市",
                "秋田労働局", "ハローワーク大館", "おおだてワークサポート")
        + _case("■２　秋田県能代市　｜　秋田労働局　｜　ハローワーク能代", "秋田県", "能代市",
                "秋田労働局", "ハローワーク能代", "のしろジョブルーム")
        + table
        + "\n- 1 -\n"
    )


_CORNER_TABLES = [
    # the writer's form: tabs, ditto rows for the rates
    "【令和２年度 事業目標と実績】\t大館市\t能代市\n"
    "支援対象者数（目標）\t200人以上\t120人以上\n支援対象者数（実績）\t230人\t114人\n"
    "　　　〃　　　（達成率）\t115.0％\t95.0％\n"
    "就職者数（目標）\t130人以上\t78人以上\n就職者数（実績）\t150人\t70人\n"
    "　　　〃　　　（達成率）\t115.4％\t89.7％\n",
    # a pipe table, 同上 for the ditto
    "| ＜令和２年度　目標と実績＞ | 大館市 | 能代市 |\n|---|---|---|\n"
    "| 支援対象者数（目標） | 200人以上 | 120人以上 |\n| 支援対象者数（実績） | 230人 | 114人 |\n"
    "| 同上（達成率） | 115.0% | 95.0% |\n"
    "| 就職者数（目標） | 130人以上 | 78人以上 |\n| 就職者数（実績） | 150人 | 70人 |\n"
    "| 同上（達成率） | 115.4% | 89.7% |\n",
    # an angle-bracketed caption in the corner, the ditto glued to its bracket
    "＜令和２年度　実績＞\t大館市\t能代市\n"
    "支援対象者数(目標)\t200人以上\t120人以上\n支援対象者数(実績)\t230人\t114人\n"
    "〃(達成率)\t115.0%\t95.0%\n"
    "就職者数(目標)\t130人以上\t78人以上\n就職者数(実績)\t150人\t70人\n"
    "〃(達成率)\t115.4%\t89.7%\n",
]


@pytest.mark.parametrize("table", _CORNER_TABLES)
def test_corner_caption_table_with_ditto_rates(table: str) -> None:
    odate, noshiro = jirei.parse_text(_doc(table)).profiles
    assert _metrics(odate) == [
        ("支援対象者数", Decimal("200"), Decimal("230"), Decimal("115.0")),
        ("就職者数", Decimal("130"), Decimal("150"), Decimal("115.4")),
    ]
    assert _metrics(noshiro) == [
        ("支援対象者数", Decimal("120"), Decimal("114"), Decimal("95.0")),
        ("就職者数", Decimal("78"), Decimal("70"), Decimal("89.7")),
    ]


def test_ditto_row_with_nothing_above_names_no_metric() -> None:
    from jirei.lines import Cell
    from jirei.tables.grid import Row
    from jirei.tables.labelroles import label_role_rows

    def row(i: int, label: str, value: str) -> Row:
        return Row(i, None, (Cell(label, 0, len(label)), Cell(value, 0, len(value))))  # type: ignore[arg-type]

    found = label_role_rows(
        [row(0, "〃(達成率)", "115.0%"), row(1, "就職者数(目標)", "130人"),
         row(2, "就職者数(実績)", "150人")]
    )
    assert found is not None
    assert [label.text for label, _, _ in found] == ["〃", "就職者数"]


def test_corner_cell_naming_no_results_is_no_caption() -> None:
    """A corner of a plain label word (区分) is no caption: the table reads as before."""
    table = (
        "区分\t大館市\t能代市\n支援対象者数\t230人\t114人\n就職者数\t150人\t70人\n"
    )
    odate, noshiro = jirei.parse_text(_doc(table)).profiles
    assert [(m[0], m[2]) for m in _metrics(odate)] == [
        ("支援対象者数", Decimal("230")), ("就職者数", Decimal("150")),
    ]
    assert [(m[0], m[2]) for m in _metrics(noshiro)] == [
        ("支援対象者数", Decimal("114")), ("就職者数", Decimal("70")),
    ]


# --------------------------------------------------------------------------------------
# numbered items inside one prose sentence (3029)


def _prose(first: str, second: str) -> str:
    return f"""令和元年度　一体的実施事業の実施状況について（概要）

北陸ブロック連絡会議資料

２　主な施設の取組

（１）金沢市

　石川県金沢市では、平成２８年４月１日、市役所第二本庁舎に「かなざわ就労支援コーナー」（一体的実施施設）を開設し、石川労働局及びハローワーク金沢と連携して就労支援を行っている。{first}
　令和元年度は、支援対象者数の目標200人以上に対し実績214人（達成率107.0%）となった。

（２）富山市

　富山県富山市では、平成２９年１０月２日、市の生活福祉課内に「とやま就労サポート窓口」（一体的実施施設）を設け、富山労働局及びハローワーク富山による就労支援を開始した。{second}
　令和元年度の実績は、支援対象者数150人（目標140人以上、達成率107.1%）であった。
"""


_NUMBERED = [
    # circled numbers, ``である`` closing
    ("主な取組は、①生活福祉課との合同面談の実施、②就職面接会への同行支援、③求人情報の毎週提供である。",
     ["生活福祉課との合同面談の実施", "就職面接会への同行支援", "求人情報の毎週提供"]),
    # bracketed numbers, ``を実施している`` closing, a bracket inside an item
    ("取組としては、(1)新規申請者への職業相談の案内、(2)保護課職員向けの勉強会（年３回）を実施している。",
     ["新規申請者への職業相談の案内", "保護課職員向けの勉強会(年3回)"]),
    # circled numbers after ``は`` with no comma, ``を行っている`` closing
    ("同窓口の特徴は①予約制の個別相談、②出張相談会の開催を行っている。",
     ["予約制の個別相談", "出張相談会の開催"]),
]


@pytest.mark.parametrize(("sentence", "items"), _NUMBERED)
def test_numbered_items_inside_a_sentence(sentence: str, items: list[str]) -> None:
    text = _prose(sentence, "主な取組は、①ケース会議の開催、②定着支援の電話フォローである。")
    kanazawa, toyama = jirei.parse_text(text).profiles
    assert list(kanazawa.initiatives) == items
    assert list(toyama.initiatives) == ["ケース会議の開催", "定着支援の電話フォロー"]


@pytest.mark.parametrize(
    "sentence",
    [
        # plain digits (dates, counts) are no numbered items
        "相談は毎週1、2回、月曜と木曜に実施している。",
        # circled numbers out of order
        "主な取組は、②ケース会議の開催、①定着支援の電話フォローである。",
        # a single numbered item
        "主な取組として、①ケース会議を毎月開催している。",
    ],
)
def test_no_numbered_items_without_a_numbered_run(sentence: str) -> None:
    import unicodedata

    from jirei.proseitems import _inline_numbers

    body = unicodedata.normalize("NFKC", sentence)
    # the original text: the sentence as written (its circled numbers), offsets as NFKC's
    # (every character here maps to one)
    assert _inline_numbers(body, 0, lambda a, b: sentence[a:b]) == []


# --------------------------------------------------------------------------------------
# a bracketed results heading and its year on one line (3031)


def _web(heading: str) -> str:
    return f"""事例１　駅前の窓口で相談から就職まで
所在地　大阪府堺市（大阪労働局／ハローワーク堺）
施設　　さかい就労ステーション（一体的実施施設）
開設　　平成２８年４月１日

【取組】
・市の窓口から希望者を予約付きで案内

{heading}
| 項目 | 目標 | 実績 |
|---|---|---|
| 支援対象者数 | 180人 | 196人 |
| 就職者数 | 110人 | 123人 |
"""


@pytest.mark.parametrize(
    "heading",
    ["【実績】令和４年度", "【成果】2022年度", "【実績】R4年度実績", "【成果】平成３０年度"],
)
def test_results_heading_with_its_year_heads_the_table(heading: str) -> None:
    (profile,) = jirei.parse_text(_web(heading)).profiles
    assert [(m[0], m[1], m[2]) for m in _metrics(profile)] == [
        ("支援対象者数", Decimal("180"), Decimal("196")),
        ("就職者数", Decimal("110"), Decimal("123")),
    ]


@pytest.mark.parametrize(
    "line",
    ["【開設】令和4年4月1日", "【施設名】令和館就労コーナー", "【実績】令和4年度に214人が就職"],
)
def test_a_field_value_that_is_no_bare_year_stays_a_field(line: str) -> None:
    from jirei.formlines import untangle_forms

    assert untangle_forms(line) != line  # read as ``label:value`` as before
