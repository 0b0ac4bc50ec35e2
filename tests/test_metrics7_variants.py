# ruff: noqa: E501  (the documents and table rows are data: a row is as long as a report prints it)
"""Metrics in the shapes the development documents of branch ``metrics7`` showed, as other
offices and editors write them: transposed tables with an earlier year's row above this
year's target and result, figure cells joined by a single space, results headings closed by
an as-of or period bracket, a year's targets on a line of their own beside a table of actual
figures, results sentences under bullets with the target after the actual, tables printed
one cell a line with a merged group cell or a reference column, and figure tiles whose figure
opens with ``約`` / ``延べ``.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures). Every expected fact was written
by hand from reading the document, never printed from the parser. Documents the parser does
not yet read fully are strict xfails naming the gap (a fix must remove the mark).
"""

from __future__ import annotations

import pytest
from tests._variants import M, P, R, labelled_doc, variant_tests

# 1. space-aligned transposed table, full-width digits: the year before's 実績 row first,
#    two rate cells parted by one full-width space; a 前年度実績 row in the second case
TRANSPOSED_PREVIOUS = labelled_doc(
    "令和４年度　熊本県内の一体的実施事例\n熊本労働局",
    ("熊本市", "ハローワーク熊本", "区役所の窓口で、申請の日に職業相談まで",
     "■令和４年度の実績\n"
     "　区　分　　　　　支援対象者数　　就職者数　　就職率\n"
     "　３年度実績　　　　２０５人　　　１２１人　　５９．０％\n"
     "　４年度目標　　　　２２０人　　　１３０人　　　－\n"
     "　４年度実績　　　　２３１人　　　１４３人　　６１．９％\n"
     "　達成率　　　　　　１０５．０％　１１０．０％　　－"),
    ("八代市", "ハローワーク八代", "相談件数の多い窓口で、予約制を導入",
     "■令和４年度の実績\n"
     "　区　分　　　　　相談件数　　　支援対象者数　　就職者数\n"
     "　前年度実績　　　　８４０件　　　１１２人　　　　６０人\n"
     "　目標　　　　　　　　－　　　　　１２０人以上　７０人以上\n"
     "　実績　　　　　　　９１２件　　　１２６人　　　　７５人\n"
     "　達成率　　　　　　　－　　　　　１０５．０％　　１０７．１％"),
)
TRANSPOSED_PREVIOUS_FACTS = [
    {
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(220), P(231), "105.0"),
            M("就職者数", P(130), P(143), "110.0"),
            M("就職率", None, R("61.9")),
        ],
    },
    {
        "fiscal_year": 2022,
        "metrics": [
            M("相談件数", None, P(912, "件")),
            M("支援対象者数", P(120, "人", "以上"), P(126), "105.0"),
            M("就職者数", P(70, "人", "以上"), P(75), "107.1"),
        ],
    },
]

# 2. tab transposed table, Gregorian years: the earlier year's row above (case 1) and
#    under (case 2) this year's rows
TRANSPOSED_TABS = labelled_doc(
    "2022年度　愛媛県　一体的実施の取組事例",
    ("松山市", "ハローワーク松山", "生活福祉課の隣に、仕事の相談窓口",
     "【2022年度の成果】\n"
     "項目\t支援対象者数\t就職者数\tうち紹介就職\n"
     "2021年度実績\t198人\t117人\t80人\n"
     "2022年度目標\t210人\t125人\t－\n"
     "2022年度実績\t224人\t131人\t92人\n"
     "達成率\t106.7%\t104.8%\t－"),
    ("宇和島市", "ハローワーク宇和島", "南予の町で、ひとり親の仕事探しを支える",
     "【2022年度の成果】\n"
     "項目\t支援対象者数\t就職者数\n"
     "2022年度目標\t150人\t90人\n"
     "2022年度実績\t162人\t99人\n"
     "達成率\t108.0%\t110.0%\n"
     "2021年度実績\t141人\t83人"),
)
TRANSPOSED_TABS_FACTS = [
    {
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(210), P(224), "106.7"),
            M("就職者数", P(125), P(131), "104.8"),
            M("うち紹介就職", None, P(92)),
        ],
    },
    {
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(150), P(162), "108.0"),
            M("就職者数", P(90), P(99), "110.0"),
        ],
    },
]

# 3. pipe transposed table with the year before's row, a running head and page number
#    between the cases
TRANSPOSED_PIPES = labelled_doc(
    "令和４年度　岐阜県　一体的実施事例集",
    ("岐阜市", "ハローワーク岐阜", "駅前の窓口で、若者の就職を後押し",
     "＜令和４年度の目標と実績＞\n"
     "| 区分 | 支援対象者数 | 就職者数 | 就職率 |\n"
     "|---|---|---|---|\n"
     "| 令和3年度実績 | 180人 | 101人 | 56.1% |\n"
     "| 令和4年度目標 | 190人 | 110人 | － |\n"
     "| 令和4年度実績 | 201人 | 121人 | 60.2% |\n"
     "| 達成率 | 105.8% | 110.0% | － |\n\n"
     "－ ３ －\n令和４年度　岐阜県　一体的実施事例集"),
    ("大垣市", "ハローワーク大垣", "福祉の窓口から、その日のうちに職業相談へ",
     "＜令和４年度の目標と実績＞\n"
     "| 区分 | 支援対象者数 | 就職者数 |\n"
     "|---|---|---|\n"
     "| 令和3年度実績 | 95人 | 52人 |\n"
     "| 令和4年度目標 | 100人 | 55人 |\n"
     "| 令和4年度実績 | 104人 | 61人 |\n"
     "| 達成率 | 104.0% | 110.9% |"),
)
TRANSPOSED_PIPES_FACTS = [
    {
        "metrics": [
            M("支援対象者数", P(190), P(201), "105.8"),
            M("就職者数", P(110), P(121), "110.0"),
            M("就職率", None, R("60.2")),
        ],
    },
    {
        "metrics": [
            M("支援対象者数", P(100), P(104), "104.0"),
            M("就職者数", P(55), P(61), "110.9"),
        ],
    },
]

# 4. results headings closed by an as-of bracket: ``（令和６年３月末現在）``, ``（12月末時点）``
HEADING_AS_OF = labelled_doc(
    "令和５年度　岩手県内の一体的実施の取組",
    ("盛岡市", "ハローワーク盛岡", "市役所の一階で、生活と仕事の相談をひとつに",
     "３　令和５年度の成果（令和６年３月末現在）\n"
     "指標\t目標\t実績\t達成率\n"
     "支援対象者数\t260人\t273人\t105.0%\n"
     "就職者数\t150人\t162人\t108.0%\n"
     "就職率\t－\t59.3%\t－"),
    ("花巻市", "ハローワーク花巻", "出張相談で、郊外の方にも支援を",
     "▼実績（12月末時点）\n"
     "| 区分 | 目標 | 実績 | 達成率 |\n"
     "| 支援対象者数 | 90人 | 81人 | 90.0% |\n"
     "| 就職者数 | 50人 | 47人 | 94.0% |"),
)
HEADING_AS_OF_FACTS = [
    {
        "metrics": [
            M("支援対象者数", P(260), P(273), "105.0"),
            M("就職者数", P(150), P(162), "108.0"),
            M("就職率", None, R("59.3")),
        ],
    },
    {
        "metrics": [
            M("支援対象者数", P(90), P(81), "90.0"),
            M("就職者数", P(50), P(47), "94.0"),
        ],
    },
]

# 5. a period or a provisional note in the results heading's bracket, the heading boxed
HEADING_PERIOD = labelled_doc(
    "令和４年度　石川県　一体的実施事業の事例",
    ("金沢市", "ハローワーク金沢", "窓口の一本化で、相談の待ち時間を短縮",
     "【令和４年度の実績（４月～１２月）】\n"
     "区分\t目標\t実績\t達成率\n"
     "支援対象者数\t150人\t156人\t104.0%\n"
     "就職者数\t90人\t99人\t110.0%"),
    ("小松市", "ハローワーク小松", "ひとり親の就職を、子育て支援課と一緒に",
     "〈令和４年度の成果（速報値）〉\n"
     "区分\t目標\t実績\n"
     "支援対象者数\t70人\t74人\n"
     "就職者数\t40人\t43人"),
)
HEADING_PERIOD_FACTS = [
    {
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(150), P(156), "104.0"),
            M("就職者数", P(90), P(99), "110.0"),
        ],
    },
    {
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(70), P(74)),
            M("就職者数", P(40), P(43)),
        ],
    },
]

# 6. the year's targets on a line of their own beside a group matrix: above it (case 1),
#    under it with a note mark, aliases and slashes (case 2)
TARGET_LINE = labelled_doc(
    "令和５年度　福井県　一体的実施の事例",
    ("福井市", "ハローワーク福井", "対象者ごとに進み具合を一覧に",
     "【令和５年度の実績】\n"
     "年度目標：支援対象者数200人、就職者数120人（いずれも合計）\n\n"
     "対象区分\t支援対象者数\t就職者数\n"
     "生活保護受給者\t88人\t50人\n"
     "児童扶養手当受給者\t71人\t44人\n"
     "合計\t159人\t94人"),
    ("越前市", "ハローワーク武生", "外国籍の方の相談に通訳を配置",
     "【令和５年度の実績】\n"
     "対象区分\t支援対象者数\t就職者数\n"
     "生活困窮者\t64人\t35人\n"
     "その他\t30人\t17人\n"
     "合計\t94人\t52人\n"
     "※年間目標：就職者 50人以上／支援対象者 90人以上"),
)
TARGET_LINE_FACTS = [
    {
        "metrics": [
            M("支援対象者数", None, P(88), group="生活保護受給者"),
            M("就職者数", None, P(50), group="生活保護受給者"),
            M("支援対象者数", None, P(71), group="児童扶養手当受給者"),
            M("就職者数", None, P(44), group="児童扶養手当受給者"),
            M("支援対象者数", P(200), P(159)),
            M("就職者数", P(120), P(94)),
        ],
        "other_results": (),
    },
    {
        "metrics": [
            M("支援対象者数", None, P(64), group="生活困窮者"),
            M("就職者数", None, P(35), group="生活困窮者"),
            M("支援対象者数", None, P(30), group="その他"),
            M("就職者数", None, P(17), group="その他"),
            M("支援対象者数", P(90, "人", "以上"), P(94)),
            M("就職者数", P(50, "人", "以上"), P(52)),
        ],
        "other_results": (),
    },
]

# 7. results sentences under ``・`` / ``●`` bullets, the target after the actual
BULLET_SENTENCES = labelled_doc(
    "令和５年度　青森県内の一体的実施",
    ("弘前市", "ハローワーク弘前", "りんごの繁忙期に合わせた求人の紹介",
     "［令和５年度の成果］\n"
     "・支援対象者数は214人で、目標の200人を上回りました（達成率107.0％）。\n"
     "・就職者数は126人で、目標の120人に対し達成率は105.0％となりました。\n"
     "・就職率は58.9％でした。"),
    ("五所川原市", "ハローワーク五所川原", "冬の仕事探しを、雪が降る前に",
     "［令和５年度の成果］\n"
     "●支援対象者数は95人（目標100人、達成率95.0％）で、目標にわずかに届きませんでした。\n"
     "●就職者数は62人（目標60人、達成率103.3％）でした。\n"
     "●うち紹介就職は41人でした。"),
)
BULLET_SENTENCES_FACTS = [
    {
        "metrics": [
            M("支援対象者数", P(200), P(214), "107.0"),
            M("就職者数", P(120), P(126), "105.0"),
            M("就職率", None, R("58.9")),
        ],
        "other_results": (),
    },
    {
        "metrics": [
            M("支援対象者数", P(100), P(95), "95.0"),
            M("就職者数", P(60), P(62), "103.3"),
            M("うち紹介就職", None, P(41)),
        ],
        "other_results": (),
    },
]

# 8. the same in plain form: ``○`` bullets, に対して, 上回った, a sentence under the results
BULLET_PLAIN = labelled_doc(
    "令和２年度　鳥取県　一体的実施の事例",
    ("鳥取市", "ハローワーク鳥取", "福祉事務所の中に、常設の就労相談窓口",
     "（成果）\n"
     "○支援対象者数は162人で、目標の150人を上回った（達成率108.0％）。\n"
     "○就職者数は99人で、目標の90人に対して達成率は110.0％であった。"),
    ("米子市", "ハローワーク米子", "ハローワークの職員が週三回、市役所に常駐",
     "（成果）\n"
     "・就職者数は48人（目標45人、達成率106.7％）であった。\n"
     "・就職率は60.0％であった。"),
)
BULLET_PLAIN_FACTS = [
    {
        "metrics": [
            M("支援対象者数", P(150), P(162), "108.0"),
            M("就職者数", P(90), P(99), "110.0"),
        ],
    },
    {
        "metrics": [
            M("就職者数", P(45), P(48), "106.7"),
            M("就職率", None, R("60.0")),
        ],
    },
]

# 9. a grouped table printed one cell a line, its group cell merged over two rows
ONE_CELL_GROUPED = labelled_doc(
    "令和元年度　奈良県　取組事例",
    ("奈良市", "ハローワーク奈良", "生活保護とひとり親、二つの窓口を一つに",
     "２　令和元年度の目標と実績\n"
     "対象\n項　目\n目　標\n実　績\n達成率\n"
     "生活保護受給者\n支援対象者数\n２００人\n２１０人\n１０５．０％\n"
     "就職者数\n１１０人\n１２１人\n１１０．０％\n"
     "児童扶養手当受給者\n支援対象者数\n８０人\n８８人\n１１０．０％\n"
     "就職者数\n５０人\n５５人\n１１０．０％\n"
     "（注）実績は令和二年三月末現在。"),
    ("橿原市", "ハローワーク大和八木", "駅前の相談窓口で、若者の仕事探しを",
     "２　令和元年度の目標と実績\n"
     "区　分\n目　標\n実　績\n"
     "支援対象者数\n１２０人\n１３２人\n"
     "就職者数\n７０人\n７７人"),
)
ONE_CELL_GROUPED_FACTS = [
    {
        "metrics": [
            M("支援対象者数", P(200), P(210), "105.0", group="生活保護受給者"),
            M("就職者数", P(110), P(121), "110.0", group="生活保護受給者"),
            M("支援対象者数", P(80), P(88), "110.0", group="児童扶養手当受給者"),
            M("就職者数", P(50), P(55), "110.0", group="児童扶養手当受給者"),
        ],
        "other_results": (),
    },
    {
        "metrics": [
            M("支援対象者数", P(120), P(132)),
            M("就職者数", P(70), P(77)),
        ],
    },
]

# 10. one cell a line with a reference column: ``前年度実績（参考）`` / ``平成三十年度実績（参考）``
ONE_CELL_REFERENCE = labelled_doc(
    "令和２年度　佐賀県内の一体的実施",
    ("佐賀市", "ハローワーク佐賀", "福祉と雇用の相談を、同じ日に同じ場所で",
     "２　令和２年度の目標と実績\n"
     "区分\n前年度実績（参考）\n令和２年度目標\n令和２年度実績\n達成率\n"
     "支援対象者数\n１５２人\n１６０人\n１７６人\n１１０．０％\n"
     "就職者数\n８８人\n９０人以上\n９９人\n１１０．０％"),
    ("唐津市", "ハローワーク唐津", "港町の求人を、生活保護の窓口で紹介",
     "２　令和２年度の目標と実績\n"
     "区分\n令和元年度実績（参考）\n令和２年度目標\n令和２年度実績\n"
     "支援対象者数\n６８人\n７０人\n７５人\n"
     "就職者数\n３９人\n４０人\n４４人"),
)
ONE_CELL_REFERENCE_FACTS = [
    {
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(160), P(176), "110.0"),
            M("就職者数", P(90, "人", "以上"), P(99), "110.0"),
        ],
    },
    {
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(70), P(75)),
            M("就職者数", P(40), P(44)),
        ],
    },
]

# 11. figure tiles whose figure opens with 約 / 延べ, the last tile a label and figure only
TILE_QUALIFIERS = labelled_doc(
    "令和４年度　沖縄県　一体的実施事例レポート",
    ("那覇市", "ハローワーク那覇", "子育て世帯の相談を、ひとつの窓口で",
     "令和４年度の成果\n"
     "支援対象者数\n318人\n目標300人\n達成率106.0％\n"
     "就職者数\n180人\n目標170人\n達成率105.9％\n"
     "相談件数\n延べ1,250件\n"
     "そのほかの成果\n"
     "・市内の保育所と連携した説明会を2回開いた。"),
    ("沖縄市", "ハローワーク沖縄", "基地の町で、離職者の再就職を支える",
     "令和４年度の成果\n"
     "支援対象者数\n約420人\n目標400人\n"
     "就職者数\n252人\n目標240人\n達成率105.0％"),
)
TILE_QUALIFIERS_FACTS = [
    {
        "metrics": [
            M("支援対象者数", P(300), P(318), "106.0"),
            M("就職者数", P(170), P(180), "105.9"),
            M("相談件数", None, P(1250, "件")),
        ],
        "other_results": ("市内の保育所と連携した説明会を2回開いた。",),
    },
    {
        "metrics": [
            M("支援対象者数", P(400), P(420, "人", "約")),
            M("就職者数", P(240), P(252), "105.0"),
        ],
    },
]

# 12. space-aligned rows whose actual and rate (or target and actual) cells are parted by
#     one full-width space only
JOINED_CELLS = labelled_doc(
    "令和３年度　秋田県　一体的実施の取組報告",
    ("秋田市", "ハローワーク秋田", "市役所の窓口で、就職から定着まで",
     "（３）令和３年度の実績\n"
     "　区　分　　　　　目　標　　　　実　績　　　　達成率\n"
     "　支援対象者数　　１５０人以上　１６５人　１１０．０％\n"
     "　就職者数　　　　９０人以上　　９９人　　　　１１０．０％"),
    ("横手市", "ハローワーク横手", "雪の季節の前に、仕事探しの相談会",
     "（３）令和３年度の実績\n"
     "　区　分　　　　　目　標　　　　実　績　　　　達成率\n"
     "　支援対象者数　　６０人　６６人　　　　１１０．０％\n"
     "　就職者数　　　　３５人　　　３７人　　　　１０５．７％"),
)
JOINED_CELLS_FACTS = [
    {
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(150, "人", "以上"), P(165), "110.0"),
            M("就職者数", P(90, "人", "以上"), P(99), "110.0"),
        ],
    },
    {
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(60), P(66), "110.0"),
            M("就職者数", P(35), P(37), "105.7"),
        ],
    },
]

# 13. a web page's results heading with an as-of bracket in Gregorian dates over a tab table
#     with ``（うち紹介就職）``, three cases under one report head
WEB_AS_OF = labelled_doc(
    "好事例の紹介（香川県）",
    ("高松市", "ハローワーク高松", "商店街の空き店舗に、就労相談の窓口",
     "2023年度の成果（2024年3月末現在）\n"
     "指標\t2023年度目標\t2023年度実績\t達成率\n"
     "支援対象者数\t300人\t318人\t106.0％\n"
     "就職者数\t180人\t189人\t105.0％\n"
     "（うち紹介就職）\t－\t140人\t－"),
    ("丸亀市", "ハローワーク丸亀", "ひとり親の相談に、土曜日も対応",
     "2023年度の成果（2024年3月31日時点）\n"
     "指標\t2023年度目標\t2023年度実績\t達成率\n"
     "支援対象者数\t110人\t121人\t110.0％\n"
     "就職者数\t66人\t70人\t106.1％"),
    ("坂出市", "ハローワーク坂出", "港の事業所と、仕事の体験会",
     "2023年度の成果（見込み）\n"
     "指標\t2023年度目標\t2023年度実績\t達成率\n"
     "就職者数\t40人\t42人\t105.0％"),
)
WEB_AS_OF_FACTS = [
    {
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(300), P(318), "106.0"),
            M("就職者数", P(180), P(189), "105.0"),
            M("うち紹介就職", None, P(140)),
        ],
    },
    {
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(110), P(121), "110.0"),
            M("就職者数", P(66), P(70), "106.1"),
        ],
    },
    {
        "fiscal_year": 2023,
        "metrics": [M("就職者数", P(40), P(42), "105.0")],
    },
]

DOCUMENTS: dict[str, tuple[str, list[dict[str, object]]]] = {
    "transposed_previous": (TRANSPOSED_PREVIOUS, TRANSPOSED_PREVIOUS_FACTS),
    "transposed_tabs": (TRANSPOSED_TABS, TRANSPOSED_TABS_FACTS),
    "transposed_pipes": (TRANSPOSED_PIPES, TRANSPOSED_PIPES_FACTS),
    "heading_as_of": (HEADING_AS_OF, HEADING_AS_OF_FACTS),
    "heading_period": (HEADING_PERIOD, HEADING_PERIOD_FACTS),
    "target_line": (TARGET_LINE, TARGET_LINE_FACTS),
    "bullet_sentences": (BULLET_SENTENCES, BULLET_SENTENCES_FACTS),
    "bullet_plain": (BULLET_PLAIN, BULLET_PLAIN_FACTS),
    "one_cell_grouped": (ONE_CELL_GROUPED, ONE_CELL_GROUPED_FACTS),
    "one_cell_reference": (ONE_CELL_REFERENCE, ONE_CELL_REFERENCE_FACTS),
    "tile_qualifiers": (TILE_QUALIFIERS, TILE_QUALIFIERS_FACTS),
    "joined_cells": (JOINED_CELLS, JOINED_CELLS_FACTS),
    "web_as_of": (WEB_AS_OF, WEB_AS_OF_FACTS),
}

KNOWN_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}


test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, KNOWN_GAPS, COUNT_GAPS
)


# --- the shapes one by one -------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("2023年度の成果(2024年3月末現在)", "results"),
        ("【2022年度の実績(2022年4月~2023年3月)】", "results"),
        ("▼実績(12月末時点)", "results"),
        ("〈令和4年度の成果(速報値)〉", "results"),
        ("取組内容(令和6年3月末現在)", "initiatives"),
        ("支援の流れ(3月末現在)", None),  # no alias without the bracket either
        ("成果(概要)", None),  # no as-of bracket: looked up as written
    ],
)
def test_as_of_bracket_headings(heading: str, kind: str | None) -> None:
    from jirei.headings import variant_kind

    assert variant_kind(heading) == kind


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("年度目標:支援対象者数180人、就職者数110人(いずれも合計)", [("支援対象者数", 180), ("就職者数", 110)]),
        ("※年間目標:就職者 50人以上/支援対象者 90人以上", [("就職者", 50), ("支援対象者", 90)]),
        ("目標:就職者数150人程度の見込み", None),  # words after the figure: a sentence
        ("実績:就職者数150人", None),  # no target word
        ("目標:150人", None),  # no label
        ("なお、目標は就職者数150人", None),  # no colon head
    ],
)
def test_target_line_pieces(line: str, pieces: list[tuple[str, int]] | None) -> None:
    from jirei.targetline import target_pieces

    found = target_pieces(line)
    got = None if found is None else [(label, q.value) for label, _, _, q in found]
    assert got == pieces


@pytest.mark.parametrize(
    ("roles", "years", "chosen"),
    [
        (["actual", "target", "actual", "achievement_rate"], [[2017], [2018], [2018], []], {1, 2, 3}),
        (["target", "actual", "achievement_rate", "actual"], [[2022], [2022], [], [2021]], {0, 1, 2}),
        (["target", "actual", None], [[], [], []], {0, 1}),
        (["actual", "actual"], [[], []], {0}),  # no years: the first, as before
    ],
)
def test_latest_role_rows(
    roles: list[str | None], years: list[list[int]], chosen: set[int]
) -> None:
    from jirei.tables.latestrows import latest_role_rows

    assert latest_role_rows(roles, years) == chosen


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("110.3% 117.8%", ["110.3%", "117.8%"]),
        ("250人以上 150人以上", ["250人以上", "150人以上"]),
        ("61.8%(60.0%以上) 103.0%", ["61.8%(60.0%以上) 103.0%"]),  # a bracket: not cut
        ("令和2年 4月", ["令和2年 4月"]),  # a date: not cut
    ],
)
def test_figure_cells_one_space_apart(text: str, cells: list[str]) -> None:
    from jirei.lines import Cell
    from jirei.model import Span
    from jirei.tables.gapcells import split_joined

    got = split_joined([Cell(text, 0, len(text))], 2, lambda start, end: Span(start, end))
    assert [cell.text for cell in got] == cells
