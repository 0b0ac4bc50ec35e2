"""The seed's genre as a conversion delivers it (decisions 2751-2758, branch convert-s14).

Synthetic variants of each reading rule: other places, figures, spacing and bracket styles,
and negative variants the rule must leave alone. Every test of a new reading fails on the
branch's base (5948b9b) for its first variant at least; the negative tests, and the bracket
styles of 2754 that an earlier reader already took (``[取組内容](主なもの)``), guard what
must stay as it was.
"""

from __future__ import annotations

import unicodedata

import pytest

import jirei

_HEAD = """【{pref}{city}】【{bureau}・ハローワーク{office}】
{facility}（一体的実施施設）　令和元年１０月１日事業開始

窓口を一つにして支える

【取組内容】
◆ 市の窓口と合同で支援プランを作成。

"""


def _case(results: str, *, pref: str = "神奈川県", city: str = "藤沢市",
          bureau: str = "神奈川労働局", office: str = "藤沢", facility: str = "しごと相談室",
          tail: str = "＜{city}コメント＞\n支援の方向性がそろった。\n") -> jirei.Profile:
    text = _HEAD.format(pref=pref, city=city, bureau=bureau, office=office, facility=facility)
    text += results + "\n" + tail.format(city=city)
    return jirei.parse_text(text).profiles[0]


def _rows(profile: jirei.Profile) -> list[tuple]:
    return [
        (
            m.label,
            m.group,
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
        )
        for m in profile.metrics
    ]


# --- 2751: a group heading inside a space-aligned table --------------------------------

_SPACED_GROUPS = """【令和３年度 事業目標と取組状況】
                           目標                  実績
  {o}生活保護受給者等{c}
  支援対象者数             150人以上             158人
  就職者数                  98人以上             104人
  {o}児童扶養手当受給者{c}
  支援対象者数              80人以上              77人
  就職者数                  52人以上              55人
"""


@pytest.mark.parametrize(("o", "c"), [("＜", "＞"), ("〈", "〉"), ("《", "》"), ("【", "】")])
def test_a_group_line_under_a_row_heads_the_rows_below(o: str, c: str) -> None:
    profile = _case(_SPACED_GROUPS.format(o=o, c=c))
    assert _rows(profile) == [
        ("支援対象者数", "生活保護受給者等", 150, 158),
        ("就職者数", "生活保護受給者等", 98, 104),
        ("支援対象者数", "児童扶養手当受給者", 80, 77),
        ("就職者数", "児童扶養手当受給者", 52, 55),
    ]


def test_other_figures_and_groups_in_a_wider_table() -> None:
    results = """【事業目標と実績】
                      目標        実績       達成率
  〈障害者〉
  就職者数            40人        45人       112.5%
  〈ひとり親〉
  支援対象者数        60人        66人       110.0%
"""
    profile = _case(results, pref="岐阜県", city="大垣市", bureau="岐阜労働局", office="大垣")
    assert _rows(profile) == [("就職者数", "障害者", 40, 45), ("支援対象者数", "ひとり親", 60, 66)]


def test_a_wrapped_label_still_joins_the_row_above() -> None:
    results = """【事業目標と取組状況】
                         目標         実績
  就職支援セミナーの      6回          7回
  開催回数
  就職者数               52人以上      55人
"""
    profile = _case(results)
    assert [m.label for m in profile.metrics] == ["就職支援セミナーの開催回数", "就職者数"]
    assert all(m.group is None for m in profile.metrics)


# --- 2759: a group row or line inside any table ----------------------------------------

_GROUPED_TABLES = [
    # a pipe table with a group row
    "| 区分 | 目標 | 実績 |\n|---|---|---|\n| ＜{a}＞ | | |\n| 支援対象者数 | 150人以上 | 158人 |\n"
    "| 就職者数 | 98人以上 | 104人 |\n| ＜{b}＞ | | |\n| 支援対象者数 | 80人以上 | 77人 |\n"
    "| 就職者数 | 52人以上 | 55人 |\n",
    # a PDF export's single-space table with group lines
    "項目 目標 実績\n〈{a}〉\n支援対象者数 150人以上 158人\n就職者数 98人以上 104人\n〈{b}〉\n"
    "支援対象者数 80人以上 77人\n就職者数 52人以上 55人\n",
    # a space-aligned table with marked group lines
    "                 目標        実績\n■{a}\n支援対象者数     150人以上   158人\n"
    "就職者数         98人以上    104人\n■{b}\n支援対象者数     80人以上    77人\n"
    "就職者数         52人以上    55人\n",
    # a tab table with bracketed group lines
    "\t目標\t実績\n（{a}）\n支援対象者数\t150人以上\t158人\n就職者数\t98人以上\t104人\n"
    "（{b}）\n支援対象者数\t80人以上\t77人\n就職者数\t52人以上\t55人\n",
]


@pytest.mark.parametrize("table", _GROUPED_TABLES)
@pytest.mark.parametrize(
    ("a", "b"), [("生活保護受給者等", "児童扶養手当受給者"), ("障害者", "ひとり親")]
)
def test_a_group_row_heads_the_rows_below(table: str, a: str, b: str) -> None:
    profile = _case("【令和３年度 事業目標と取組状況】\n" + table.format(a=a, b=b))
    assert _rows(profile) == [
        ("支援対象者数", a, 150, 158),
        ("就職者数", a, 98, 104),
        ("支援対象者数", b, 80, 77),
        ("就職者数", b, 52, 55),
    ]
    assert not profile.other_results


def test_a_row_of_a_metric_alone_is_no_group() -> None:
    table = "| 区分 | 目標 | 実績 |\n|---|---|---|\n| 支援対象者数 | 150人以上 | 158人 |\n"
    table += "| （うち紹介就職） | | |\n| 就職者数 | 98人以上 | 104人 |\n"
    profile = _case("【事業目標と取組状況】\n" + table)
    assert all(m.group is None for m in profile.metrics)
    assert ("就職者数", None, 98, 104) in _rows(profile)


# --- 2752: the next single-space block under its group caption -------------------------

_KINKI = """【事業目標と実績】
【{first}】
項目 目標 実績 達成率
支援対象者数 ３００人以上 ３２７人 １０９．０％
就職者数 １９５人以上 ２１４人 １０９．７％
{gap}【{second}】
項目 目標 実績 達成率
支援対象者数 １２０人以上 １３１人 １０９．２％
就職者数 ７８人以上 ７０人 ８９．７％
"""


@pytest.mark.parametrize(
    ("first", "second", "gap"),
    [
        ("生活保護受給者等", "児童扶養手当受給者", ""),
        ("生活保護受給者", "ひとり親家庭", "\n"),
        ("生活困窮者", "障害者", "－ ２ －\n\n"),
    ],
)
def test_a_second_single_space_table_under_its_group(first: str, second: str, gap: str) -> None:
    profile = _case(_KINKI.format(first=first, second=second, gap=gap), pref="大阪府",
                    city="堺市", bureau="大阪労働局", office="堺")
    assert _rows(profile) == [
        ("支援対象者数", first, 300, 327),
        ("就職者数", first, 195, 214),
        ("支援対象者数", second, 120, 131),
        ("就職者数", second, 78, 70),
    ]
    assert not profile.other_results


# --- 2753: a year column beside a label column ----------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        "年度\t指標\t実績\t単位\nR4\t支援対象者数\t138\t人\nR4\t就職者数\t81\t人\n",
        "指標\t年度\t実績\t単位\n支援対象者数\tR4\t138\t人\n就職者数\tR4\t81\t人\n",
        "| 年度 | 項目 | 実績 | 単位 |\n|---|---|---|---|\n| 2022 | 支援対象者数 | 138 | 人 |\n"
        "| 2022 | 就職者数 | 81 | 人 |\n",
        "年度,指標,目標,実績\n2022年度,支援対象者数,120人,138人\n2022年度,就職者数,70人,81人\n",
        # an earlier year's row is no figure of the year reported
        "年度\t指標\t実績\t単位\nR3\t支援対象者数\t120\t人\nR4\t支援対象者数\t138\t人\n"
        "R4\t就職者数\t81\t人\n",
    ],
)
def test_a_year_column_stamps_each_row(table: str) -> None:
    profile = _case("【事業目標と取組状況】\n" + table, pref="北海道", city="釧路市",
                    bureau="北海道労働局", office="釧路")
    assert profile.fiscal_year == 2022
    assert [(m.label, m.actual.value, m.actual.unit) for m in profile.metrics] == [
        ("支援対象者数", 138, "人"),
        ("就職者数", 81, "人"),
    ]


def test_a_year_row_table_is_still_read_by_year() -> None:
    table = "| 年度 | 支援対象者数 | 就職者数 |\n|---|---|---|\n| 令和3年度 | 104人 | 62人 |\n"
    table += "| 令和4年度 | 118人 | 73人 |\n"
    profile = _case("【事業目標と取組状況】\n" + table)
    assert profile.fiscal_year == 2022
    assert [(m.label, m.actual.value) for m in profile.metrics] == [
        ("支援対象者数", 118),
        ("就職者数", 73),
    ]


# --- 2760: a 単位 row of a transposed table ---------------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        "\t支援対象者数\t就職者数\t就職率\n単位\t人\t人\t％\n目標\t200以上\t130以上\t65以上\n"
        "実績\t221\t152\t68.8\n",
        "区分\t支援対象者数\t就職者数\t就職率\n目標\t200以上\t130以上\t65以上\n"
        "実績\t221\t152\t68.8\n単位\t人\t人\t%\n",
        "| | 支援対象者数 | 就職者数 | 就職率 |\n|---|---|---|---|\n| 単位 | 人 | 人 | ％ |\n"
        "| 目標 | 200以上 | 130以上 | 65以上 |\n| 実績 | 221 | 152 | 68.8 |\n",
    ],
)
def test_a_unit_row_gives_each_metric_column_its_unit(table: str) -> None:
    profile = _case("【事業目標と取組状況】\n" + table, pref="三重県", city="四日市市",
                    bureau="三重労働局", office="四日市")
    assert [
        (m.label, m.target.value, m.target.unit, m.target.qualifier, m.actual.unit)
        for m in profile.metrics
    ] == [
        ("支援対象者数", 200, "人", "以上", "人"),
        ("就職者数", 130, "人", "以上", "人"),
        ("就職率", 65, "%", "以上", "%"),
    ]


# --- 2754: a section heading with a remark after it -----------------------------------

_NOTED = """【北海道旭川市】【北海道労働局・ハローワーク旭川】
しごと相談室（一体的実施施設）　令和元年１０月１日事業開始

雪の季節も途切れない支援

{initiatives}
・冬季に電話で職業相談を実施。
・月２回のケース会議を開催。

{results}
指標\t目標\t実績
支援対象者数\t280人以上\t297人
就職者数\t182人以上\t190人
その他の実績として、出張相談を6回開催した。

＜旭川市コメント＞
相談を受けられる方が増えた。
"""


@pytest.mark.parametrize(
    ("initiatives", "results"),
    [
        ("【取組内容】（抜粋）", "【事業目標と取組状況】（シート「R5実績」より）"),
        ("【取組内容】", "【事業目標と実績】（CSVで出力したものを貼付）"),
        ("[取組内容](主なもの)", "[事業目標と実績](速報値)"),
        ("《取組内容》（概要）", "《事業目標と実績》（単位：人）"),
    ],
)
def test_a_heading_with_a_remark_opens_its_section(initiatives: str, results: str) -> None:
    text = _NOTED.format(initiatives=initiatives, results=results)
    profile = jirei.parse_text(text).profiles[0]
    assert profile.initiatives == ("冬季に電話で職業相談を実施。", "月2回のケース会議を開催。")
    assert [(m.label, m.target.value, m.actual.value) for m in profile.metrics] == [
        ("支援対象者数", 280, 297),
        ("就職者数", 182, 190),
    ]
    assert profile.other_results == ("出張相談を6回開催した。",)


def test_a_sentence_in_brackets_after_a_heading_is_no_remark() -> None:
    from jirei.sections import classifier

    kind, _ = classifier().kind_of("【取組内容】(市の窓口で相談を受け付けている。)")
    assert kind.value != "section"


# --- 2755: an e-mail subject as the document's title ----------------------------------

_MAIL = """{subject}

各労働局 ご担当者 様

標記について、事例を下記のとおり取りまとめました。

■事例１
【北海道函館市】【北海道労働局・ハローワーク函館】
はこだて就労支援窓口（一体的実施施設）　平成29年6月1日事業開始

港町の求人を掘り起こす

【取組内容】
・短時間勤務の求人を重点的に開拓。

【事業目標と取組状況】
指標,目標,実績,達成率
支援対象者数,200人以上,214人,107.0%

＜函館市コメント＞
相談が増えた。
"""


@pytest.mark.parametrize(
    ("subject", "year"),
    [
        ("件名：【情報提供】令和５年度 一体的実施事業の好事例について（北海道労働局）", 2023),
        ("Subject: [共有] 2022年度 一体的実施の取組事例", 2022),
        ("RE: 【再送】令和4年度 好事例の送付について", 2022),
    ],
)
def test_a_subject_line_gives_the_year(subject: str, year: int) -> None:
    profile = jirei.parse_text(_MAIL.format(subject=subject)).profiles[0]
    assert profile.fiscal_year == year
    assert len(profile.metrics) == 1


def test_a_subject_without_a_year_gives_none() -> None:
    profile = jirei.parse_text(_MAIL.format(subject="件名：【情報提供】好事例について")).profiles[0]
    assert profile.fiscal_year is None


# --- 2756: a ※ note over the case's sections ------------------------------------------


def test_a_note_above_the_sections_is_no_initiative() -> None:
    text = _MAIL.format(subject="件名：令和５年度 好事例について").replace(
        "港町の求人を掘り起こす\n",
        "港町の求人を掘り起こす\n\n※ 函館市は令和５年度実績が集計中のため、令和４年度を掲載。\n",
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.initiatives == ("短時間勤務の求人を重点的に開拓。",)


# --- 2757-2758: a place line naming a ward; a speaker with its department --------------

_FIELDS = """事例１
{place}
労 働 局 ： {bureau}
ハローワーク ： {office}
施 設 名 ： 就労サポート（一体的実施施設）
開 設 日 ： 令和元年１０月１日
▶ 区役所の中に“しごとの窓口”
（１）取組内容
① 常設窓口を設けた。
（２）令和２年度 目標と実績
項目 目標 実績 達成率
支援対象者数 ４２０人 ４６８人 １１１．４％
（４）関係機関の声
{speaker}
窓口が同じ建物にあることで、つなぎが円滑になった。
○{bureau}
感染症の影響下でも目標を上回った。
"""


@pytest.mark.parametrize(
    ("place", "bureau", "office", "prefecture", "ward"),
    [
        ("所 在 地 ： 京都府 京都市伏見区", "京都労働局", "ハローワーク伏見", "京都府",
         "京都市伏見区"),
        ("所在地：大阪府大阪市西成区", "大阪労働局", "ハローワーク西成", "大阪府", "大阪市西成区"),
        ("所在地　福岡県　北九州市八幡西区", "福岡労働局", "ハローワーク八幡", "福岡県",
         "北九州市八幡西区"),
    ],
)
def test_a_place_line_naming_a_ward(
    place: str, bureau: str, office: str, prefecture: str, ward: str
) -> None:
    text = _FIELDS.format(place=place, bureau=bureau, office=office, speaker=f"○{ward}役所")
    profile = jirei.parse_text(text).profiles[0]
    assert (profile.prefecture, profile.municipality) == (prefecture, ward)


def test_an_address_with_its_building_names_the_city() -> None:
    text = _FIELDS.format(place="所在地：岡山市北区（市役所分庁舎１階）", bureau="岡山労働局",
                          office="ハローワーク岡山", speaker="○岡山市")
    assert jirei.parse_text(text).profiles[0].municipality == "岡山市"


@pytest.mark.parametrize(
    "speaker",
    [
        "京都市伏見区役所（保健福祉センター生活福祉課）",
        "京都市伏見区役所(生活福祉課)",
        "伏見区保健福祉センター（生活福祉課）",
    ],
)
def test_a_marked_speaker_with_its_department(speaker: str) -> None:
    text = _FIELDS.format(place="所在地：京都府 京都市伏見区", bureau="京都労働局",
                          office="ハローワーク伏見", speaker="○" + speaker)
    comments = jirei.parse_text(text).profiles[0].comments
    assert [(c.role, c.text[:5]) for c in comments] == [
        ("municipality", "窓口が同じ"),
        ("labour_bureau", "感染症の影"),
    ]
    assert comments[0].speaker == unicodedata.normalize("NFKC", speaker)


# --- 2761: a Word key/value table pasted with spaces ------------------------------------

_WORD = """第２　取組事例

１　静岡県静岡市
「清水と葵・駿河をつなぐ」２所体制の就労支援窓口

（１）実施体制
{rows}
（２）取組内容
　①　合同の受付を行う。

（３）事業目標と取組状況（平成30年度）
\t区分\t目標\t実績
\t支援対象者数\t300人以上\t318人

（４）関係者のコメント
　○静岡市
　　途切れなく支援を続けることができている。
"""


@pytest.mark.parametrize(
    ("mark", "label", "gap"),
    [("・", "施設名", "　　　"), ("", "施設名", "　　　"), ("・", "施設の名称", "　　"),
     ("", "名称", "    ")],
)
def test_a_field_label_spaced_from_its_value(mark: str, label: str, gap: str) -> None:
    rows = (
        f"{mark}自治体{gap}静岡市\n{mark}労働局{gap}静岡労働局\n"
        f"{mark}ハローワーク{gap}ハローワーク静岡\n"
        f"{mark}{label}{gap}しずおか就労支援プラザ（一体的実施施設）\n"
        f"{mark}事業開始{gap}平成２６年４月１日\n"
    )
    profile = jirei.parse_text(_WORD.format(rows=rows)).profiles[0]
    assert profile.facility_name == "しずおか就労支援プラザ"
    assert profile.facility_type == "一体的実施施設"
    assert (profile.municipality, profile.labour_bureau) == ("静岡市", "静岡労働局")
    assert str(profile.start_date) == "2014-04-01"


def test_a_marked_label_glued_to_its_value_still_reads() -> None:
    from jirei.fields import read_field
    from jirei.lines import Line

    field = read_field(Line("◇実施自治体 大阪府堺市", 0))
    assert field is not None and field.value == "大阪府堺市"
    assert read_field(Line("・施設名", 0)) is None


def test_two_offices_apart_by_a_slash_in_a_pasted_table() -> None:
    rows = (
        "自治体\t静岡市\n労働局\t静岡労働局\nハローワーク\tハローワーク静岡／ハローワーク清水\n"
        "施設名\tしずおか就労支援プラザ（一体的実施施設）\n事業開始\t平成２６年４月１日\n"
    )
    profile = jirei.parse_text(_WORD.format(rows=rows)).profiles[0]
    assert profile.hello_work == ("ハローワーク静岡", "ハローワーク清水")
