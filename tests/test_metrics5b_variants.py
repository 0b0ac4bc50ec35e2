# ruff: noqa: E501
"""Metrics stated OUTSIDE tables, read by SHAPE (``jirei.figures`` with ``jirei.figurelines``
and ``jirei.barcharts``, decisions 1440–1451): arrows and fractions between a target and an
actual, targets in prose and in spoken minutes (``パーセント``), dot leaders, ``target／actual``
pairs whose order a caption or a note declares, qualifiers, other units, kanji and full-width
numerals, a name on one line with its figures on the lines under it (across a page break), a
rate on its own line after its counts, bracketed labels, a role word in a bracket after its
figure, vertical bar-chart text.

Every document below was written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented prose and figures); every expected metric was written by hand from
reading the document, never printed from the parser. Four documents must NOT give metrics:
counts with no metric name or target word; a previous year's figures, figures for reference and
a chart of two years; shares and dates in passing; a metric named in a headline or a sentence
with a percentage of it.
"""

from __future__ import annotations

import pytest
from tests._variants import M, P, R, mismatches


def _case(n: str, place: str, name: str, results: str, opened: str = "") -> str:
    opened = f"開設：{opened}\n" if opened else ""
    return (
        f"事例{n}\n{place}\n就労支援窓口「{name}」\n{opened}\n（取組の概要）\n"
        f"・市の福祉窓口とハローワークが同じフロアで相談を受けている。\n\n{results}\n"
    )


def _doc(title: str, *cases: str) -> str:
    return f"{title}\n\n" + "\n".join(cases)


# 1. arrows: 目標 ⇒ 実績 (rate in a bracket), → and ▶ between target and actual, ◇ bullets
ARROWS = _doc(
    "令和３年度　生活保護受給者等就労自立促進事業　取組事例\n北海道労働局",
    _case("１", "旭川市 × ハローワーク旭川", "あさひかわ就労ナビ", """（実績）
◇支援対象者数　目標150人 ⇒ 実績168人（112.0％）
◇就職者数　　　目標90人 ⇒ 実績101人（112.2％）
◇就職率　　　　60.1％
"""),
    _case("２", "函館市 × ハローワーク函館", "はこだて就労サポート", """（実績）
◇支援対象者数　目標200人以上 → 実績214人（達成率107.0％）
◇就職者数　　　目標120人以上 → 実績118人（達成率98.3％）
"""),
    _case("３", "釧路市 × ハローワーク釧路", "くしろワークステーション", """（実績）
◇就職者数　目標60人 ▶ 実績72人
◇うち紹介就職　実績55人
"""),
)
ARROWS_EXP = [
    [
        M("支援対象者数", P(150), P(168), "112.0"),
        M("就職者数", P(90), P(101), "112.2"),
        M("就職率", None, R("60.1")),
    ],
    [
        M("支援対象者数", P(200, "人", "以上"), P(214), "107.0"),
        M("就職者数", P(120, "人", "以上"), P(118), "98.3"),
    ],
    [M("就職者数", P(60), P(72)), M("うち紹介就職", None, P(55))],
]

# 2. fractions: actual ／ target, 目標比 in a bracket; full-width slash and ASCII slash
FRACTIONS = _doc(
    "令和２年度　一体的実施事業の成果\n千葉労働局",
    _case("１", "千葉市 × ハローワーク千葉", "ちば就労サポートデスク", """■令和２年度の成果
・支援対象者数：168人／目標150人（目標比112.0％）
・就職者数：101人／目標90人（目標比112.2％）
"""),
    _case("２", "船橋市 × ハローワーク船橋", "ふなばし就労支援コーナー", """■令和２年度の成果
・支援対象者数：95人/目標100人（目標比95.0%）
・就職者数：61人/目標60人（目標比101.7%）
・就職率：64.2%
"""),
)
FRACTIONS_EXP = [
    [M("支援対象者数", P(150), P(168), "112.0"), M("就職者数", P(90), P(101), "112.2")],
    [
        M("支援対象者数", P(100), P(95), "95.0"),
        M("就職者数", P(60), P(61), "101.7"),
        M("就職率", None, R("64.2")),
    ],
]

# 3. targets in prose: 目標…に対し…となり / 目標…のところ… / …と目標（…）を上回った
PROSE = _doc(
    "平成30年度　一体的実施の好事例\n愛知労働局",
    _case("１", "豊橋市 × ハローワーク豊橋", "とよはし就労センター", """（平成30年度の実績）
　就職者数は目標150人に対し168人となり、達成率は112.0％であった。支援対象者数は目標240人のところ251人で、達成率104.6％となった。
"""),
    _case("２", "岡崎市 × ハローワーク岡崎", "おかざき就労支援室", """（平成30年度の実績）
　支援対象者数は、目標180人に対して実績192人であった。また、就職者数は目標108人に対し実績117人、就職率は60.9％だった。
"""),
    _case("３", "一宮市 × ハローワーク一宮", "いちのみやワークコーナー", """（平成30年度の実績）
　就職者数は86人と、目標（80人）を上回った。
"""),
    _case("４", "春日井市 × ハローワーク春日井", "かすがい就労支援室", """（平成30年度の実績）
・目標150人に対し、就職者数168人（達成率112.0％）
・目標250人のところ、支援対象者数は271人
"""),
)
PROSE_EXP = [
    [M("就職者数", P(150), P(168), "112.0"), M("支援対象者数", P(240), P(251), "104.6")],
    [
        M("支援対象者数", P(180), P(192)),
        M("就職者数", P(108), P(117)),
        M("就職率", None, R("60.9")),
    ],
    [M("就職者数", P(80), P(86))],
    [M("就職者数", P(150), P(168), "112.0"), M("支援対象者数", P(250), P(271))],
]

# 4. dot leaders between a label and its figures; the target in a bracket after the actual
DOT_LEADERS = _doc(
    "令和４年度　一体的実施事業　事例集\n兵庫労働局",
    _case("１", "姫路市 × ハローワーク姫路", "ひめじ就労サポート", """【実績】
支援対象者数……………………168人（目標150人）
就職者数…………………………101人（目標90人）
就職率……………………………60.1％
"""),
    _case("２", "尼崎市 × ハローワーク尼崎", "あまがさき就労支援コーナー", """【実績】
支援対象者数・・・・・・・・・・ 245人（目標230人、達成率106.5％）
就職者数・・・・・・・・・・・・ 150人（目標140人、達成率107.1％）
"""),
    _case("３", "西宮市 × ハローワーク西宮", "にしのみや就労ナビ", """【実績】
※前年度からの継続支援者を含む
支援対象者数……………………131人（目標120人）
就職者数…………………………80人（目標75人）

（参考）前年度実績
就職者数…………………………70人
"""),
)
DOT_LEADERS_EXP = [
    [
        M("支援対象者数", P(150), P(168)),
        M("就職者数", P(90), P(101)),
        M("就職率", None, R("60.1")),
    ],
    [M("支援対象者数", P(230), P(245), "106.5"), M("就職者数", P(140), P(150), "107.1")],
    [M("支援対象者数", P(120), P(131)), M("就職者数", P(75), P(80))],
]

# 5. target／actual in one cell, the order named by a caption or a note
SLASH_CELLS = _doc(
    "令和元年度　一体的実施事業　実施状況\n京都労働局",
    _case("１", "京都市 × ハローワーク西陣", "きょうと就労ナビ", """実績（目標／実績）
支援対象者数　　300人／327人
就職者数　　　　180人／195人
"""),
    _case("２", "宇治市 × ハローワーク宇治", "うじ就労サポート", """実績
支援対象者数　　120／131人
就職者数　　　　 70／ 66人
※数値は「目標／実績」の順に記載。
"""),
)
SLASH_CELLS_EXP = [
    [M("支援対象者数", P(300), P(327)), M("就職者数", P(180), P(195))],
    [M("支援対象者数", P(120), P(131)), M("就職者数", P(70), P(66))],
]

# 6. qualifiers: 約 / 程度 / 以上 / 超 on targets and actuals
QUALIFIERS = _doc(
    "令和５年度　一体的実施の取組\n大阪労働局",
    _case("１", "堺市 × ハローワーク堺", "さかい就労支援センター", """＜成果＞
・支援対象者数　約320人（目標300人以上）
・就職者数　　　180人超（目標150人程度）
"""),
    _case("２", "東大阪市 × ハローワーク布施", "ひがしおおさか就労コーナー", """＜成果＞
・利用者数　延べ約2,400人
・就職者数　目標100人以上に対し、実績112人
"""),
)
QUALIFIERS_EXP = [
    [
        M("支援対象者数", P(300, "人", "以上"), P(320, "人", "約")),
        M("就職者数", P(150, "人", "程度"), P(180, "人", "超")),
    ],
    [M("利用者数", None, P(2400, "人", "約")), M("就職者数", P(100, "人", "以上"), P(112))],
]

# 7. other units: 名 / 件 (counts written with 名, 件); a label ending in 件数
UNITS = _doc(
    "令和３年度　一体的実施事業　事例\n三重労働局",
    _case("１", "津市 × ハローワーク津", "つ就労支援室", """○実績
　支援対象者数：目標80名　実績86名（達成率107.5％）
　就職者数：目標48名　実績52名（達成率108.3％）
　職業相談件数：実績1,120件
"""),
    _case("２", "四日市市 × ハローワーク四日市", "よっかいち就労サポート", """○実績
　紹介件数：目標400件　実績436件（達成率109.0％）
　就職件数：目標150件　実績162件（達成率108.0％）
"""),
)
UNITS_EXP = [
    [
        M("支援対象者数", P(80, "名"), P(86, "名"), "107.5"),
        M("就職者数", P(48, "名"), P(52, "名"), "108.3"),
        M("職業相談件数", None, P(1120, "件")),
    ],
    [
        M("紹介件数", P(400, "件"), P(436, "件"), "109.0"),
        M("就職件数", P(150, "件"), P(162, "件"), "108.0"),
    ],
]

# 8. kanji and full-width numerals
KANJI = _doc(
    "令和２年度　一体的実施事業　取組紹介\n奈良労働局",
    _case("１", "奈良市 × ハローワーク奈良", "なら就労支援センター", """〔実績〕
　支援対象者数は目標百五十人に対し、実績百六十八人。
　就職者数は目標九十人に対し、実績百一人。
"""),
    _case("２", "橿原市 × ハローワーク大和高田", "かしはら就労サポート", """〔実績〕
　支援対象者数　目標１２０人　実績１３２人（達成率１１０．０％）
　就職者数　　　目標７０人　　実績７７人（達成率１１０．０％）
"""),
)
KANJI_EXP = [
    [M("支援対象者数", P(150), P(168)), M("就職者数", P(90), P(101))],
    [M("支援対象者数", P(120), P(132), "110.0"), M("就職者数", P(70), P(77), "110.0")],
]

# 9. the name on one line, its figures on the lines under it; a page break with a running
#    head between a name and its figures
NAME_THEN_LINES = _doc(
    "富山労働局　一体的実施事例集\n\n平成29年度　一体的実施事業の実績\n富山労働局",
    _case("１", "富山市 × ハローワーク富山", "とやま就労支援コーナー", """【平成29年度の実績】
○支援対象者数
　目標：150人
　実績：168人
　達成率：112.0％
○就職者数
　目標：90人
　実績：101人
　達成率：112.2％

- 2 -
富山労働局　一体的実施事例集
"""),
    _case("２", "高岡市 × ハローワーク高岡", "たかおか就労ナビ", """【平成29年度の実績】
○支援対象者数
　目標：100人　　実績：96人
○就職者数

- 3 -
富山労働局　一体的実施事例集

　目標：60人　　実績：63人
"""),
)
NAME_THEN_LINES_EXP = [
    [M("支援対象者数", P(150), P(168), "112.0"), M("就職者数", P(90), P(101), "112.2")],
    [M("支援対象者数", P(100), P(96)), M("就職者数", P(60), P(63))],
]

# 10. the rate on its own line after its counts
RATE_LINE = _doc(
    "令和４年度　一体的実施事業　好事例\n徳島労働局",
    _case("１", "徳島市 × ハローワーク徳島", "とくしま就労支援室", """（4）実績
　支援対象者数　目標140人　実績151人
　　　　　　　　（達成率107.9％）
　就職者数　　　目標 84人　実績 92人
　　　　　　　　（達成率109.5％）
"""),
    _case("２", "阿南市 × ハローワーク阿南", "あなん就労サポート", """（4）実績
　就職者数　目標40人、実績44人
　　→ 達成率110.0％
"""),
)
RATE_LINE_EXP = [
    [M("支援対象者数", P(140), P(151), "107.9"), M("就職者数", P(84), P(92), "109.5")],
    [M("就職者数", P(40), P(44), "110.0")],
]

# 11. label / value pairs in brackets: 【name】 figure, 目標 in 〔 〕
BRACKET_LABELS = _doc(
    "令和元年度　一体的実施事業　事例報告\n愛媛労働局",
    _case("１", "松山市 × ハローワーク松山", "まつやま就労支援センター", """◆令和元年度の状況
【支援対象者数】245人〔目標230人〕
【就職者数】150人〔目標140人〕
【就職率】61.2％
"""),
    _case("２", "今治市 × ハローワーク今治", "いまばり就労コーナー", """◆令和元年度の状況
［支援対象者数］目標 90人／実績 97人
［就職者数］目標 54人／実績 58人
"""),
)
BRACKET_LABELS_EXP = [
    [
        M("支援対象者数", P(230), P(245)),
        M("就職者数", P(140), P(150)),
        M("就職率", None, R("61.2")),
    ],
    [M("支援対象者数", P(90), P(97)), M("就職者数", P(54), P(58))],
]

# 12. must not read: counts of seminars and visits, no metric name, no target word
NO_TARGET_COUNTS = _doc(
    "令和３年度　一体的実施事業　取組状況\n高知労働局",
    _case("１", "高知市 × ハローワーク高知", "こうち就労支援室", """（その他の取組）
・就職支援セミナーを年12回開催し、延べ150人が参加した。
・求人開拓のため35社を訪問した。
"""),
    _case("２", "南国市 × ハローワーク高知", "なんこく就労コーナー", """（その他の取組）
・出張相談を月2回実施し、延べ48人が相談に訪れた。
"""),
)
NO_TARGET_COUNTS_EXP: list[list[object]] = [[], []]

# 13. must not read: only a previous year's figures and figures for reference
PREVIOUS_YEAR = _doc(
    "令和２年度　一体的実施事業　取組事例\n佐賀労働局",
    _case("１", "佐賀市 × ハローワーク佐賀", "さが就労支援センター", """（参考）前年度の状況
・令和元年度実績　支援対象者数 210人　就職者数 130人
"""),
    _case("２", "唐津市 × ハローワーク唐津", "からつ就労サポート", """（参考）
前年度実績：就職者数 88人、就職率 58.3％
"""),
    _case("３", "伊万里市 × ハローワーク伊万里", "いまり就労コーナー", """【図】利用者数の推移（単位：人）
 600
 400      410
 200               520
   0
        前年度    今年度
            利用者数
"""),
)
PREVIOUS_YEAR_EXP: list[list[object]] = [[], [], []]

# 14. must not read: figures in initiative sentences (a share, a multiple, dates)
IN_PASSING = _doc(
    "令和４年度　一体的実施事業　事例紹介\n鳥取労働局",
    _case("１", "鳥取市 × ハローワーク鳥取", "とっとり就労ナビ", """（取組のポイント）
・就職者の約6割が福祉窓口からの誘導によるものであった。
・令和4年10月1日から相談枠を週3日に拡大した。
"""),
    _case("２", "米子市 × ハローワーク米子", "よなご就労支援室", """（取組のポイント）
・利用者の声を受け、相談時間を1回60分に延長した。
・職業相談の予約は電話（0859-00-0000）で受け付けている。
"""),
)
IN_PASSING_EXP: list[list[object]] = [[], []]

# 15. spoken figures (minutes): 名, パーセント, 目標…に対して実績…, a rate in the next clause
SPOKEN = _doc(
    "平成28年度　一体的実施事業運営協議会　議事概要\n群馬労働局",
    _case("１", "前橋市 × ハローワーク前橋", "まえばし就労支援室", """議題１　事業実績について
事務局（ハローワーク前橋）
　支援対象者数は、目標250名に対して実績261名で、達成率は104.4パーセントでした。就職者数は目標150名に対し163名、達成率108.7パーセントとなりました。就職率は62.5パーセントです。
""", "H27.10.1"),
    _case("２", "高崎市 × ハローワーク高崎", "たかさき就労コーナー", """議題１　事業実績について
事務局（高崎市）
　就職者数は目標120人に対して実績118人、達成率は98.3パーセントにとどまりました。
""", "2016年4月1日"),
)
SPOKEN_EXP = [
    [
        M("支援対象者数", P(250, "名"), P(261, "名"), "104.4"),
        M("就職者数", P(150, "名"), P(163, "名"), "108.7"),
        M("就職率", None, R("62.5")),
    ],
    [M("就職者数", P(120), P(118), "98.3")],
]

# 16. the role in a bracket after its figure; a bracketed name over a role line; a rate bullet
ROLE_AFTER = _doc(
    "令和３年度　一体的実施事業　成果報告\n山梨労働局",
    _case("１", "甲府市 × ハローワーク甲府", "こうふ就労サポート", """（実績）
支援対象者数　168人（実績）／150人（目標）
就職者数　　　101人（実績）／90人（目標）
"""),
    _case("２", "富士吉田市 × ハローワーク富士吉田", "ふじよしだ就労支援室", """（実績）
＜支援対象者数＞　目標　80人
　　　　　　　　　実績　86人
＜就職者数＞　　　目標　48人
　　　　　　　　　実績　50人
"""),
    _case("３", "都留市 × ハローワーク都留", "つる就労コーナー", """（成果）
・就職者数：44人（目標：40人）
・達成率：110.0％
"""),
)
ROLE_AFTER_EXP = [
    [M("支援対象者数", P(150), P(168)), M("就職者数", P(90), P(101))],
    [M("支援対象者数", P(80), P(86)), M("就職者数", P(48), P(50))],
    [M("就職者数", P(40), P(44), "110.0")],
]

# 17. must not read: a metric named in a headline or a sentence with a percentage of it
IN_HEADLINES = _doc(
    "令和４年度　一体的実施事業　トピックス\n岩手労働局",
    _case("１", "花巻市 × ハローワーク花巻", "はなまき就労ナビ ～支援対象者数120％達成～", """（トピックス）
・支援対象者数は目標を大きく上回り、就職者数も120％達成となった。
・就職者の半数以上が正社員として採用された。
"""),
    _case("２", "一関市 × ハローワーク一関", "いちのせき就労支援室", """（トピックス）
・就職率が前年度より5ポイント上昇した。
"""),
)
IN_HEADLINES_EXP: list[list[object]] = [[], []]

# 18. vertical bar-chart text: value labels over the bars, axis ticks on the left, role words
#     under the bars, metric names under them; a caption unit, or units in the labels and a
#     line of stated rates
BAR_COLUMNS = _doc(
    "令和２年度　一体的実施事業　取組の成果\n秋田労働局",
    _case("１", "秋田市 × ハローワーク秋田", "あきた就労サポート", """【図】令和２年度の目標と実績（単位：人）
 400
 300             320
 200     280
 100                              96     104
   0
         目標      実績              目標      実績
          支援対象者数                   就職者数
"""),
    _case("２", "横手市 × ハローワーク横手", "よこて就労支援室", """【図】令和２年度の計画と実績
150人
100人   110人    118人
 50人                         66人     70人            55人    52人
  0人
        計画      実績            計画      実績            計画      実績
         支援対象者数                 就職者数                紹介就職
        達成率 107.3%            達成率 106.1%            達成率 94.5%
"""),
)
BAR_COLUMNS_EXP = [
    [M("支援対象者数", P(280), P(320)), M("就職者数", P(96), P(104))],
    [
        M("支援対象者数", P(110), P(118), "107.3"),
        M("就職者数", P(66), P(70), "106.1"),
        M("紹介就職", P(55), P(52), "94.5"),
    ],
]

DOCUMENTS = {
    "arrows": (ARROWS, ARROWS_EXP),
    "fractions": (FRACTIONS, FRACTIONS_EXP),
    "prose": (PROSE, PROSE_EXP),
    "dot_leaders": (DOT_LEADERS, DOT_LEADERS_EXP),
    "slash_cells": (SLASH_CELLS, SLASH_CELLS_EXP),
    "qualifiers": (QUALIFIERS, QUALIFIERS_EXP),
    "units": (UNITS, UNITS_EXP),
    "kanji": (KANJI, KANJI_EXP),
    "name_then_lines": (NAME_THEN_LINES, NAME_THEN_LINES_EXP),
    "rate_line": (RATE_LINE, RATE_LINE_EXP),
    "bracket_labels": (BRACKET_LABELS, BRACKET_LABELS_EXP),
    "no_target_counts": (NO_TARGET_COUNTS, NO_TARGET_COUNTS_EXP),
    "previous_year": (PREVIOUS_YEAR, PREVIOUS_YEAR_EXP),
    "in_passing": (IN_PASSING, IN_PASSING_EXP),
    "spoken": (SPOKEN, SPOKEN_EXP),
    "role_after": (ROLE_AFTER, ROLE_AFTER_EXP),
    "in_headlines": (IN_HEADLINES, IN_HEADLINES_EXP),
    "bar_columns": (BAR_COLUMNS, BAR_COLUMNS_EXP),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_variant_metrics(name: str) -> None:
    text, expected = DOCUMENTS[name]
    assert mismatches(text, [{"metrics": metrics} for metrics in expected]) == []

