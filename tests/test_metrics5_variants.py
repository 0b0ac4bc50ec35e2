# ruff: noqa: E501
"""Metrics in layouts no table reader knows, read by SHAPE (``jirei.figures``, decisions
1300–1309): period tables with a year total, group columns with merged cells, evaluation sheets
with grade and note columns, transposed tables with period rows, bar-chart text, units in a
caption or in the label's bracket, footnote marks after figures, tables split by a page break.

Every document below was written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented prose and figures); every expected metric was written by hand from
reading the document, never printed from the parser. The last document must NOT give metrics.
"""

from __future__ import annotations

import pytest
from tests._variants import M, P, R, mismatches


def _case(n: str, place: str, name: str, results: str) -> str:
    return (
        f"事例{n}\n{place}\n就労支援窓口「{name}」\n\n（取組の概要）\n"
        f"・市の福祉窓口とハローワークが同じフロアで相談を受けている。\n\n{results}\n"
    )


def _doc(title: str, *cases: str) -> str:
    return f"{title}\n\n" + "\n".join(cases)


# 1. a quarterly table with a group column (merged cells; a group name wrapped onto the next
#    row), a caption unit, 年間計画 / 年間計 columns, a ▲ column, a ※ mark after a figure
GROUP_QUARTERS = _doc(
    "令和２年度　一体的実施事業　四半期報告\n宮城労働局",
    _case("１", "仙台市 × ハローワーク仙台", "せんだいワークコーナー", """四半期別の状況（令和２年度）　　　（単位：人）
区分            項目          年間計画   4～6月   7～9月   10～12月   1～3月   年間計   達成率   前年同期比
生活保護        支援対象者数      300        70       80        75        82     307※     102.3      ▲12
受給者          就職者数          180        40       48        45        50     183      101.7      ＋3
ひとり親        支援対象者数      100        22       25        27        30     104      104.0      ＋8
                就職者数           60        14       15        16        19      64      106.7      ▲1
※ 前年度からの継続支援者を含む。
"""),
    _case("２", "石巻市 × ハローワーク石巻", "いしのまき就労サポート", """四半期別の状況（令和２年度）　　　（単位：人）
区分            項目          年間計画   4～6月   7～9月   10～12月   1～3月   年間計   達成率   前年同期比
生活保護受給者  支援対象者数      120        30       28        33        35     126      105.0      ＋6
                就職者数           72        17       18        19        20      74      102.8      ＋2
"""),
)
GROUP_QUARTERS_EXP = [
    [
        M("支援対象者数", P(300), P(307), "102.3", "生活保護受給者"),
        M("就職者数", P(180), P(183), "101.7", "生活保護受給者"),
        M("支援対象者数", P(100), P(104), "104.0", "ひとり親"),
        M("就職者数", P(60), P(64), "106.7", "ひとり親"),
    ],
    [
        M("支援対象者数", P(120), P(126), "105.0", "生活保護受給者"),
        M("就職者数", P(72), P(74), "102.8", "生活保護受給者"),
    ],
]

# 2. an evaluation sheet: 指標名 / 計画値 / 実績値 / 進捗率 / 判定 (a grade), (注n) marks
EVAL_SHEET = _doc(
    "令和４年度　一体的実施施設　事業評価\n新潟労働局",
    _case("１", "新潟市 × ハローワーク新潟", "にいがた就労支援室", """３　指標の状況
指標名              計画値         実績値          進捗率      判定
支援対象者数        240人以上      251人           104.6％      ○
就職者数            144人以上      150人(注1)      104.2％      ○
就職率              60.0％以上     59.8％            －          △
(注1) 就職後１か月以内の離職者を含む。
"""),
    _case("２", "上越市 × ハローワーク上越", "じょうえつ就労ステーション", """３　指標の状況
指標名              計画値         実績値          進捗率      判定
支援対象者数        90人           97人            107.8％      ○
職業相談件数        600件          1,234件(注2)    205.7％      ◎
(注2) 電話相談を含む。
"""),
)
EVAL_SHEET_EXP = [
    [
        M("支援対象者数", P(240, "人", "以上"), P(251), "104.6"),
        M("就職者数", P(144, "人", "以上"), P(150), "104.2"),
        M("就職率", R("60.0", "以上"), R("59.8")),
    ],
    [
        M("支援対象者数", P(90), P(97), "107.8"),
        M("職業相談件数", P(600, "件"), P(1234, "件"), "205.7"),
    ],
]

# 3. transposed: metric names as columns, rows 目標 / 上半期 / 下半期 / 合計 / 達成率; units only
#    in the target row, a column without a target, dashes
TRANSPOSED_HALVES = _doc(
    "平成30年度　一体的実施の取組状況\n長野労働局",
    _case("１", "長野市 × ハローワーク長野", "ながの就労サポート", """実績（上半期・下半期）
              支援対象者数     就職者数     うち紹介就職     就職率
目標              160人          96人            －           60％
上半期             75             44            38          58.7
下半期             90             58            49          64.4
合計              165            102            87          61.8
達成率          103.1％        106.3％           －            －
"""),
    _case("２", "松本市 × ハローワーク松本", "まつもと就労支援コーナー", """実績（上半期・下半期）
              支援対象者数     就職者数
目標              110人          66人
上半期             50             31
下半期             55             30
合計              105             61
達成率           95.5％         92.4％
"""),
)
TRANSPOSED_HALVES_EXP = [
    [
        M("支援対象者数", P(160), P(165), "103.1"),
        M("就職者数", P(96), P(102), "106.3"),
        M("就職率", P(60, "%"), R("61.8")),
        M("うち紹介就職", None, P(87)),
    ],
    [M("支援対象者数", P(110), P(105), "95.5"), M("就職者数", P(66), P(61), "92.4")],
]

# 4. bar-chart text: bars drawn with ■, value labels after them, the unit in the caption
BAR_CHART = _doc(
    "令和元年度　就労支援の現場から\n岡山労働局",
    _case("１", "岡山市 × ハローワーク岡山", "おかやま就労ステーション", """＜グラフ＞目標と実績（単位：人）
             支援対象者数               就職者数
 目標   ■■■■■■■■ 280          ■■■■■ 170
 実績   ■■■■■■■■■ 296         ■■■■■■ 181
 達成率       105.7％                   106.5％
"""),
    _case("２", "津山市 × ハローワーク津山", "つやま就労サポート", """＜グラフ＞目標と実績（単位：人）
             支援対象者数               就職者数
 目標   ■■■■■ 90              ■■■ 54
 実績   ■■■■ 84               ■■■ 55
 達成率       93.3％                    101.9％
"""),
)
BAR_CHART_EXP = [
    [M("支援対象者数", P(280), P(296), "105.7"), M("就職者数", P(170), P(181), "106.5")],
    [M("支援対象者数", P(90), P(84), "93.3"), M("就職者数", P(54), P(55), "101.9")],
]

# 5. the unit in the label's bracket, a previous year's column and a ▲ difference column
LABEL_UNITS = _doc(
    "平成29年度　一体的実施事業の実績\n静岡労働局",
    _case("１", "浜松市 × ハローワーク浜松", "はままつ就労支援窓口", """事業の数字
項目                  計画      実績     前年度実績     前年度比
支援対象者数（人）     350       362          340          ＋22
就職者数（人）         210       205          214           ▲9
就職率（％）           60.0      56.6         62.9         ▲6.3
"""),
    _case("２", "沼津市 × ハローワーク沼津", "ぬまづワークサポート", """事業の数字
項目                  計画      実績     前年度実績     前年度比
支援対象者数（人）     150       158          149           ＋9
紹介件数（件）         400       455          380          ＋75
"""),
)
LABEL_UNITS_EXP = [
    [
        M("支援対象者数", P(350), P(362)),
        M("就職者数", P(210), P(205)),
        M("就職率", R("60.0"), R("56.6")),
    ],
    [M("支援対象者数", P(150), P(158)), M("紹介件数", P(400, "件"), P(455, "件"))],
]

# 6. a caption of two units (``人、％``), bare figures with thousands separators
CAPTION_TWO_UNITS = _doc(
    "令和３年度　好事例集\n福岡労働局",
    _case("１", "北九州市 × ハローワーク八幡", "きたきゅうしゅう就労サポート", """令和３年度の状況　　（単位：人、％）
区分              目標        実績       達成率
支援対象者数      1,100      1,204       109.5
就職者数            660        702       106.4
就職率             60.0       58.3         －
"""),
    _case("２", "久留米市 × ハローワーク久留米", "くるめ就労支援室", """令和３年度の状況　　（単位：人、％）
区分              目標        実績       達成率
支援対象者数        200        214       107.0
就職率             60.0       61.2         －
"""),
)
CAPTION_TWO_UNITS_EXP = [
    [
        M("支援対象者数", P(1100), P(1204), "109.5"),
        M("就職者数", P(660), P(702), "106.4"),
        M("就職率", R("60.0"), R("58.3")),
    ],
    [M("支援対象者数", P(200), P(214), "107.0"), M("就職率", R("60.0"), R("61.2"))],
]

# 7. a table split by a page break (page number, running head), its header repeated
PAGE_SPLIT = _doc(
    "令和５年度　評価シート\n大阪労働局",
    _case("１", "堺市 × ハローワーク堺", "さかい就労支援センター", """４　成果の状況
評価指標            目標値          実績値         目標比      評価
支援対象者数        300人           321人          107.0％      Ａ
就職者数            180人           176人           97.8％      Ｂ

                                                              - 2 -
令和５年度　評価シート（続き）
評価指標            目標値          実績値         目標比      評価
就職率              60.0％          54.8％            －         Ｃ
紹介就職件数        150件           162件          108.0％      Ａ
"""),
    _case("２", "豊中市 × ハローワーク池田", "とよなか就労サポート", """４　成果の状況
評価指標            目標値          実績値         目標比      評価
支援対象者数        130人           141人          108.5％      Ａ
就職者数             78人            85人          109.0％      Ａ
"""),
)
PAGE_SPLIT_EXP = [
    [
        M("支援対象者数", P(300), P(321), "107.0"),
        M("就職者数", P(180), P(176), "97.8"),
        M("就職率", R("60.0"), R("54.8")),
        M("紹介就職件数", P(150, "件"), P(162, "件"), "108.0"),
    ],
    [M("支援対象者数", P(130), P(141), "108.5"), M("就職者数", P(78), P(85), "109.0")],
]

# 8. full-width digits, a 備考 column filled on some rows only
REMARKS = _doc(
    "令和４年度　一体的実施事業　実施状況\n愛知労働局",
    _case("１", "豊橋市 × ハローワーク豊橋", "とよはし就労コーナー", """数値の状況
項目              目標          実績        達成率      備考
支援対象者数      ２００人      ２１８人    １０９．０％  速報値
就職者数          １２０人      １２５人    １０４．２％
"""),
    _case("２", "岡崎市 × ハローワーク岡崎", "おかざき就労支援窓口", """数値の状況
項目              目標          実績        達成率      備考
支援対象者数      １５０人      １４２人     ９４．７％
就職者数           ９０人       ９１人      １０１．１％  確定値
"""),
)
REMARKS_EXP = [
    [M("支援対象者数", P(200), P(218), "109.0"), M("就職者数", P(120), P(125), "104.2")],
    [M("支援対象者数", P(150), P(142), "94.7"), M("就職者数", P(90), P(91), "101.1")],
]

# 9. a group written on every row, header 対象者 / 項目
GROUP_EVERY_ROW = _doc(
    "平成28年度　一体的実施の取組\n北海道労働局",
    _case("１", "旭川市 × ハローワーク旭川", "あさひかわ就労支援室", """対象者別の状況
対象者              項目            目標       実績      達成率
生活保護受給者      支援対象者数    200人      211人     105.5％
生活保護受給者      就職者数        120人      118人      98.3％
児童扶養手当受給者  支援対象者数     60人       66人     110.0％
"""),
    _case("２", "函館市 × ハローワーク函館", "はこだて就労サポート", """対象者別の状況
対象者              項目            目標       実績      達成率
生活困窮者          支援対象者数     80人       84人     105.0％
生活困窮者          就職者数         48人       50人     104.2％
"""),
)
GROUP_EVERY_ROW_EXP = [
    [
        M("支援対象者数", P(200), P(211), "105.5", "生活保護受給者"),
        M("就職者数", P(120), P(118), "98.3", "生活保護受給者"),
        M("支援対象者数", P(60), P(66), "110.0", "児童扶養手当受給者"),
    ],
    [
        M("支援対象者数", P(80), P(84), "105.0", "生活困窮者"),
        M("就職者数", P(48), P(50), "104.2", "生活困窮者"),
    ],
]

# 10. a chart's data table with the x-axis ticks under it, a rate line with its target
CHART_TABLE = _doc(
    "令和元年度　情報誌　就労支援特集\n広島労働局",
    _case("１", "呉市 × ハローワーク呉", "くれ就労サポート", """【図】令和元年度の目標と実績
                  目標        実績      達成率
 支援対象者数     120人       131人     109.2％
 就職者数          72人        75人     104.2％
 0       50       100       150

　就職率　57.3％（目標 60.0％）
"""),
    _case("２", "尾道市 × ハローワーク尾道", "おのみち就労支援窓口", """【図】令和元年度の目標と実績
                  目標        実績      達成率
 支援対象者数      70人        68人      97.1％
 0       50       100

　就職率　61.8％
"""),
)
CHART_TABLE_EXP = [
    [
        M("支援対象者数", P(120), P(131), "109.2"),
        M("就職者数", P(72), P(75), "104.2"),
        M("就職率", R("60.0"), R("57.3")),
    ],
    [M("支援対象者数", P(70), P(68), "97.1"), M("就職率", None, R("61.8"))],
]

# 11. months as columns with a 累計 total and 年度目標, a 前年度 column
MONTHS_TOTAL = _doc(
    "令和２年度　一体的実施事業　実績報告\n熊本労働局",
    _case("１", "熊本市 × ハローワーク熊本", "くまもと就労支援センター", """月別の実績（令和２年度）　（単位：件）
項目              年度目標    4～6月    7～9月    10～12月    1～3月     累計     前年度
職業相談件数        2,000       480       530        515        560     2,085     1,920
紹介件数              800       190       205        210        230       835       760
"""),
    _case("２", "八代市 × ハローワーク八代", "やつしろ就労窓口", """月別の実績（令和２年度）　（単位：件）
項目              年度目標    4～6月    7～9月    10～12月    1～3月     累計     前年度
紹介件数              300        70        80         75         85       310       290
"""),
)
MONTHS_TOTAL_EXP = [
    [
        M("職業相談件数", P(2000, "件"), P(2085, "件")),
        M("紹介件数", P(800, "件"), P(835, "件")),
    ],
    [M("紹介件数", P(300, "件"), P(310, "件"))],
]

# 12. must not read: period columns only (no target, no total), a previous year's row
NO_TOTALS = _doc(
    "令和３年度　一体的実施事業　参考資料\n山形労働局",
    _case("１", "山形市 × ハローワーク山形", "やまがた就労支援室", """四半期ごとの来所状況
項目              4～6月    7～9月    10～12月    1～3月
利用者数            310       295        288        342
就職者数             20        24         19         27
"""),
    _case("２", "米沢市 × ハローワーク米沢", "よねざわ就労コーナー", """四半期ごとの来所状況
項目              第1四半期    第2四半期    第3四半期    第4四半期
利用者数              120          131          118          140
"""),
)
NO_TOTALS_EXP: list[list[object]] = [[], []]

DOCUMENTS = {
    "group_quarters": (GROUP_QUARTERS, GROUP_QUARTERS_EXP),
    "eval_sheet": (EVAL_SHEET, EVAL_SHEET_EXP),
    "transposed_halves": (TRANSPOSED_HALVES, TRANSPOSED_HALVES_EXP),
    "bar_chart": (BAR_CHART, BAR_CHART_EXP),
    "label_units": (LABEL_UNITS, LABEL_UNITS_EXP),
    "caption_two_units": (CAPTION_TWO_UNITS, CAPTION_TWO_UNITS_EXP),
    "page_split": (PAGE_SPLIT, PAGE_SPLIT_EXP),
    "remarks": (REMARKS, REMARKS_EXP),
    "group_every_row": (GROUP_EVERY_ROW, GROUP_EVERY_ROW_EXP),
    "chart_table": (CHART_TABLE, CHART_TABLE_EXP),
    "months_total": (MONTHS_TOTAL, MONTHS_TOTAL_EXP),
    "no_totals": (NO_TOTALS, NO_TOTALS_EXP),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_variant_metrics(name: str) -> None:
    text, expected = DOCUMENTS[name]
    assert mismatches(text, [{"metrics": metrics} for metrics in expected]) == []
