"""Header facts, figures and speakers inside a case, second round (decisions 1180–1199):
memo sentences naming the partners and the opening date, evaluation sheets (評価シート)
with their field blocks, indicator tables and 所見 blocks, a speaker line over a 「…」
line, single full-width spaces between figure cells, and results tables printed after
all the cases (付表).

Every document below is written for this file (real places, invented facilities, prose and
figures); every expected fact was written by hand from reading the document by
docs/reading-rules.md, never printed from the parser. The cases open with forms jirei
already reads (``事例１`` labels, bracket headers): where cases start is not tested here.
"""

from __future__ import annotations

from datetime import date

import pytest

from _variants import M, P
from _variants import mismatches as _mismatches

# 1. The header as a memo line outside any section: a label word, then one sentence
#    naming the facility (its kind in brackets), the city, the bureau with its office in
#    brackets, and the opening date — in 和暦 abbreviations, Gregorian and kanji numerals.
MEMO_LINES = """\
令和２年度　一体的実施の取組（北陸ブロック）

事例１　石川県小松市
窓口の隣で仕事の相談

施設メモ：こまつ仕事サポート（一体的実施施設）は、小松市と石川労働局（ハローワーク小松）が\
H27.10.1に市役所本庁舎に開設した。

【取組内容】
・保護の相談の場で就労の希望を聞き取る

－１－
令和２年度　一体的実施の取組（北陸ブロック）

事例２　福井県越前市
夕方の相談枠

メモ　えちぜん就労支援室（常設窓口）は、越前市と福井労働局（ハローワーク武生）が2019年4月1日に\
開設した。

【取組内容】
・午後５時からの相談枠を設ける

事例３　富山県魚津市
月１回の合同面接会

施設の概要　うおづワークコーナー（一体的実施施設）は、魚津市と富山労働局（ハローワーク魚津）が\
令和二年七月一日に事業を開始した。

【取組内容】
・月１回の合同面接会
"""

MEMO_LINES_FACTS = [
    {
        "prefecture": "石川県",
        "municipality": "小松市",
        "labour_bureau": "石川労働局",
        "hello_work": ("ハローワーク小松",),
        "facility_name": "こまつ仕事サポート",
        "facility_type": "一体的実施施設",
        "start_date": date(2015, 10, 1),
        "initiatives": ("保護の相談の場で就労の希望を聞き取る",),
    },
    {
        "prefecture": "福井県",
        "municipality": "越前市",
        "labour_bureau": "福井労働局",
        "hello_work": ("ハローワーク武生",),
        "facility_name": "えちぜん就労支援室",
        "facility_type": "常設窓口",
        "start_date": date(2019, 4, 1),
    },
    {
        "prefecture": "富山県",
        "municipality": "魚津市",
        "labour_bureau": "富山労働局",
        "hello_work": ("ハローワーク魚津",),
        "facility_name": "うおづワークコーナー",
        "facility_type": "一体的実施施設",
        "start_date": date(2020, 7, 1),
    },
]


# 2. The header as a sentence under an overview heading (〔施設の概要〕, ＜概要＞): the kind
#    written in prose (共同で設置した常設窓口), the name in 「」, 業務を開始 / 開設.
OVERVIEW_SENTENCE = """\
平成３０年度　事例集

事例１　兵庫県明石市
駅前で相談を

〔施設の概要〕
　あかし就労プラザは、明石市と兵庫労働局（ハローワーク明石）が共同で設置した常設窓口で、\
平成２８年１０月３日に業務を開始した。

【取組内容】
・駅前での夜間相談

事例２　奈良県橿原市
申請の日に面談

＜概要＞
　「かしはら仕事相談コーナー」は、橿原市と奈良労働局（ハローワーク大和八木）が平成29年6月1日に\
開設した一体的実施施設である。

【取組内容】
・申請の日の面談
"""

OVERVIEW_SENTENCE_FACTS = [
    {
        "municipality": "明石市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク明石",),
        "facility_name": "あかし就労プラザ",
        "facility_type": "常設窓口",
        "start_date": date(2016, 10, 3),
    },
    {
        "municipality": "橿原市",
        "labour_bureau": "奈良労働局",
        "hello_work": ("ハローワーク大和八木",),
        "facility_name": "かしはら仕事相談コーナー",
        "facility_type": "一体的実施施設",
        "start_date": date(2017, 6, 1),
    },
]


# 3. A 事務事業評価シート: ■ blocks with a field block (a label over two lines, the second
#    line's label blank), 手段 items, 活動指標 / 成果指標 sub-tables with ``目標／実績`` cells,
#    指標以外の成果, an 評価 line and two 所見 blocks naming the organisation in brackets.
EVAL_SHEET = """\
令和３年度　事務事業評価シート集（愛知労働局管内）

事例１　愛知県豊橋市
相談の予約を窓口で受ける

■ 基本情報
　事務事業名　　　生活保護受給者等就労自立促進事業
　所管課　　　　　福祉部生活福祉課
　連携機関　　　　愛知労働局
　　　　　　　　　ハローワーク豊橋
　施設の名称　　　とよはし就労支援コーナー（一体的実施施設）
　開設日　　　　　平成２８年４月１日

■ 手段（令和３年度の主な活動内容）
　○ 福祉課の窓口で相談の予約を受ける
　○ 毎週のケース会議

■ 活動指標・成果指標
　※「目標／実績」欄は、左が目標、右が実績。
　［活動指標］
　指標名　　　　　　単位　　目標／実績　　　達成度
　ケース会議回数　　回　　　４８／５０　　　104.2％
　［成果指標］
　指標名　　　　　　単位　　目標／実績　　　達成度
　支援対象者数　　　人　　　２００／２１６　　108.0％
　就職者数　　　　　人　　　１２０／１２６　　105.0％

■ 指標以外の成果
　○ 就職者のうち１５人が保護廃止となった。

■ 評価
　必要性　Ａ　　有効性　Ａ　　総合評価　Ａ

■ 担当課所見（豊橋市福祉部生活福祉課）
　予約制にしたことで待ち時間がなくなった。

■ 連携機関所見（ハローワーク豊橋）
　市の窓口から直接案内されるので、初回から求人を提案できる。

事例２　愛知県岡崎市
出張相談を月２回に

■ 基本情報
　事務事業名　　　生活困窮者就労支援事業
　所管課　　　　　福祉部地域福祉課
　連携機関　　　　愛知労働局、ハローワーク岡崎
　施設の名称　　　おかざき仕事相談室（常設窓口）
　開設日　　　　　2017年10月2日

■ 手段（令和３年度の主な活動内容）
　○ 支所での出張相談を月２回

■ 活動指標・成果指標
　［成果指標］
　指標名　　　　　　単位　　目標／実績　　　達成度
　支援対象者数　　　人　　　９０以上／９９　　110.0％

■ 担当課所見（岡崎市福祉部地域福祉課）
　支所での相談で、遠方の方にも届くようになった。
"""

EVAL_SHEET_FACTS = [
    {
        "municipality": "豊橋市",
        "labour_bureau": "愛知労働局",
        "hello_work": ("ハローワーク豊橋",),
        "facility_name": "とよはし就労支援コーナー",
        "facility_type": "一体的実施施設",
        "start_date": date(2016, 4, 1),
        "fiscal_year": 2021,
        "initiatives": ("福祉課の窓口で相談の予約を受ける", "毎週のケース会議"),
        "metrics": [
            M("ケース会議回数", P(48, "回"), P(50, "回"), "104.2"),
            M("支援対象者数", P(200), P(216), "108.0"),
            M("就職者数", P(120), P(126), "105.0"),
        ],
        "other_results": ("就職者のうち15人が保護廃止となった。",),
        "comments": [
            ("豊橋市福祉部生活福祉課", "municipality", "予約制にしたことで待ち時間がなくなった。"),
            (
                "ハローワーク豊橋",
                "hello_work",
                "市の窓口から直接案内されるので、初回から求人を提案できる。",
            ),
        ],
    },
    {
        "municipality": "岡崎市",
        "labour_bureau": "愛知労働局",
        "hello_work": ("ハローワーク岡崎",),
        "facility_name": "おかざき仕事相談室",
        "facility_type": "常設窓口",
        "start_date": date(2017, 10, 2),
        "initiatives": ("支所での出張相談を月2回",),
        "metrics": [M("支援対象者数", P(90, "人", "以上"), P(99), "110.0")],
        "comments": [
            (
                "岡崎市福祉部地域福祉課",
                "municipality",
                "支所での相談で、遠方の方にも届くようになった。",
            ),
        ],
    },
]


# 4. Another office's evaluation sheet: 【】 blocks, 目標値 / 実績値 / 達成度 columns, 所見 as
#    ``（自治体の所見）`` / ``（労働局の所見）`` lines.
EVAL_SHEET_COLUMNS = """\
令和４年度　行政評価シート（抜粋）

事例１
【静岡県浜松市】【静岡労働局・ハローワーク浜松】（一体的実施施設）平成27年10月1日開設
区役所で仕事探し

【事業の目的】
　生活保護受給者等の就労による自立を図る。

【主な活動内容】
　・区役所での職業相談

【成果指標】
　指標名　　　　単位　　目標値　　実績値　　達成度
　支援対象者数　人　　　３００　　３１２　　104.0％
　就職者数　　　人　　　１８０　　１７１　　 95.0％

【所見】
（自治体の所見）
　区役所で相談できることが定着してきた。
（労働局の所見）
　就職者数は目標をわずかに下回った。

事例２
【静岡県富士市】【静岡労働局・ハローワーク富士】（常設窓口）令和元年7月1日開設
ひとり親の相談を平日夜に

【主な活動内容】
　・平日夜の相談

【成果指標】
　指標名　　　　単位　　目標値　　実績値　　達成度
　支援対象者数　人　　　　８０　　　８８　　110.0％
"""

EVAL_SHEET_COLUMNS_FACTS = [
    {
        "municipality": "浜松市",
        "initiatives": ("区役所での職業相談",),
        "metrics": [
            M("支援対象者数", P(300), P(312), "104.0"),
            M("就職者数", P(180), P(171), "95.0"),
        ],
        "comments": [
            ("自治体", "municipality", "区役所で相談できることが定着してきた。"),
            ("労働局", "labour_bureau", "就職者数は目標をわずかに下回った。"),
        ],
    },
    {
        "municipality": "富士市",
        "initiatives": ("平日夜の相談",),
        "metrics": [M("支援対象者数", P(80), P(88), "110.0")],
    },
]


# 5. 所見 blocks naming the organisation: ``■所見（高松市）``, ``◆所見（ハローワーク高松）``.
FINDINGS = """\
令和元年度　四国ブロック事例集

事例１
【香川県高松市】【香川労働局・ハローワーク高松】（一体的実施施設）平成29年4月3日開設
申請と同時に仕事の相談

【取組内容】
・申請窓口で相談を案内

■所見（高松市）
　申請と同時に案内できるため、支援の開始が早まった。

■所見（ハローワーク高松）
　市の情報があるので、求人の提案がしやすい。

事例２
【愛媛県松山市】【愛媛労働局・ハローワーク松山】（常設窓口）平成30年10月1日開設
夜間の相談窓口

【取組内容】
・毎週水曜日の夜間相談

◆所見（松山市生活福祉課）
　働きながら相談したい方の利用が増えた。
"""

FINDINGS_FACTS = [
    {
        "municipality": "高松市",
        "initiatives": ("申請窓口で相談を案内",),
        "comments": [
            ("高松市", "municipality", "申請と同時に案内できるため、支援の開始が早まった。"),
            ("ハローワーク高松", "hello_work", "市の情報があるので、求人の提案がしやすい。"),
        ],
    },
    {
        "municipality": "松山市",
        "comments": [
            ("松山市生活福祉課", "municipality", "働きながら相談したい方の利用が増えた。"),
        ],
    },
]


# 6. A speaker line over a 「…」 line (the post after the organisation, a space inside).
QUOTE_LINES = """\
令和２年度　九州ブロックの取組

事例１
【大分県大分市】【大分労働局・ハローワーク大分】（一体的実施施設）平成28年7月1日開設
相談の場を一つに

【取組内容】
・福祉事務所内での職業相談

【関係者の声】
大分市福祉事務所
「同じ建物で相談できるので、本人の負担が減りました。」
ハローワーク大分　就職促進指導官
「生活の状況を知ったうえで求人を紹介できます。」

事例２
【宮崎県都城市】【宮崎労働局・ハローワーク都城】（常設窓口）令和元年10月1日開設
子育て中の方の相談

【取組内容】
・保育所の送迎時間に合わせた相談枠

【関係者の声】
都城市こども課
「送迎の前後に寄れると好評です。」
"""

QUOTE_LINES_FACTS = [
    {
        "municipality": "大分市",
        "comments": [
            (
                "大分市福祉事務所",
                "municipality",
                "同じ建物で相談できるので、本人の負担が減りました。",
            ),
            (
                "ハローワーク大分就職促進指導官",
                "hello_work",
                "生活の状況を知ったうえで求人を紹介できます。",
            ),
        ],
    },
    {
        "municipality": "都城市",
        "comments": [("都城市こども課", "municipality", "送迎の前後に寄れると好評です。")],
    },
]


# 7. Results tables printed after all the cases (付表), each captioned with its city; the
#    cases point to them. Cells ``actual（target）`` with the order in a note.
APPENDIX_TABLES = """\
平成２９年度　一体的実施事例（関東ブロック）

事例Ａ
【埼玉県川越市】【埼玉労働局・ハローワーク川越】（一体的実施施設）平成27年10月1日開設
庁舎の１階に相談窓口

【取組内容】
・保護の申請窓口で案内

【実績】
　付表の表Ａのとおり。

事例Ｂ
【千葉県船橋市】【千葉労働局・ハローワーク船橋】（常設窓口）平成29年4月3日開設
ひとり親の夜間相談

【取組内容】
・木曜日の夜間相談

【実績】
　付表の表Ｂのとおり。

付表　平成２９年度実績
（注）数値は「実績（目標）」の順。
表Ａ　川越市
区分　　　　　　実績（目標）　　　達成率
支援対象者数　　２１０人（２００人）　　105.0％
就職者数　　　　１２６人（１２０人）　　105.0％

表Ｂ　船橋市
区分　　　　　　実績（目標）　　　達成率
支援対象者数　　　６６人（６０人）　　110.0％
就職者数　　　　　３３人（３６人）　　 91.7％
"""

APPENDIX_TABLES_FACTS = [
    {
        "municipality": "川越市",
        "metrics": [
            M("支援対象者数", P(200), P(210), "105.0"),
            M("就職者数", P(120), P(126), "105.0"),
        ],
    },
    {
        "municipality": "船橋市",
        "metrics": [
            M("支援対象者数", P(60), P(66), "110.0"),
            M("就職者数", P(36), P(33), "91.7"),
        ],
    },
]


# 8. A results table whose cells are parted by ONE full-width space (a unit column beside
#    the label, ``target／actual`` cells), with a running head and a page number between
#    the cases.
SINGLE_SPACE_CELLS = """\
令和３年度　取組事例（中国ブロック）

事例１
【岡山県倉敷市】【岡山労働局・ハローワーク倉敷中央】（一体的実施施設）平成28年10月3日開設
ケース会議を毎週

【取組内容】
・毎週のケース会議

【令和３年度の実績】
※目標／実績欄は、左が目標、右が実績。
指標名　単位　目標／実績　達成度
支援対象者数　人　１９０／２０９　110.0％
就職者数　人　１１４／１３３　116.7％

－１－
令和３年度　取組事例（中国ブロック）

事例２
【広島県福山市】【広島労働局・ハローワーク福山】（常設窓口）令和2年4月1日開設
駅前での相談

【取組内容】
・駅前での相談

【令和３年度の実績】
指標名　単位　目標　実績　達成率
支援対象者数　人　８０以上　９０　112.5％
就職者数　人　４５　４８　106.7％
"""

SINGLE_SPACE_CELLS_FACTS = [
    {
        "municipality": "倉敷市",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(190), P(209), "110.0"),
            M("就職者数", P(114), P(133), "116.7"),
        ],
    },
    {
        "municipality": "福山市",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(80, "人", "以上"), P(90), "112.5"),
            M("就職者数", P(45), P(48), "106.7"),
        ],
    },
]


# 9. The year written once over a ``target／actual`` column (``令和３年度目標／実績``) beside the
#    year before's column (``令和２年度実績``): the earlier year is no figure of this one.
YEAR_SLASH = """\
令和３年度　事務事業評価（抜粋）

事例１
【三重県津市】【三重労働局・ハローワーク津】（一体的実施施設）平成30年4月2日開設
福祉事務所の隣で相談

【取組内容】
・福祉事務所の隣での職業相談

【成果指標】
※「目標／実績」欄は、左が目標、右が実績。
指標名　　　　　単位　　令和２年度実績　　令和３年度　目標／実績　　達成度
支援対象者数　　人　　　　　１４０　　　　　　１５０／１６５　　　110.0％
就職者数　　　　人　　　　　　８０　　　　　　　９０／　９９　　　110.0％

事例２
【三重県鈴鹿市】【三重労働局・ハローワーク鈴鹿】（常設窓口）令和元年7月1日開設
外国人住民の相談

【取組内容】
・通訳を介した相談

【成果指標】
指標名　　　　　単位　　R2年度実績　　R3年度目標／実績　　達成度
支援対象者数　　人　　　　　５５　　　　　６０以上／６３　　105.0％
"""

YEAR_SLASH_FACTS = [
    {
        "municipality": "津市",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(150), P(165), "110.0"),
            M("就職者数", P(90), P(99), "110.0"),
        ],
    },
    {
        "municipality": "鈴鹿市",
        "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(60, "人", "以上"), P(63), "105.0")],
    },
]


VARIANTS = {
    "memo_lines": (MEMO_LINES, MEMO_LINES_FACTS),
    "overview_sentence": (OVERVIEW_SENTENCE, OVERVIEW_SENTENCE_FACTS),
    "eval_sheet": (EVAL_SHEET, EVAL_SHEET_FACTS),
    "eval_sheet_columns": (EVAL_SHEET_COLUMNS, EVAL_SHEET_COLUMNS_FACTS),
    "findings": (FINDINGS, FINDINGS_FACTS),
    "quote_lines": (QUOTE_LINES, QUOTE_LINES_FACTS),
    "appendix_tables": (APPENDIX_TABLES, APPENDIX_TABLES_FACTS),
    "single_space_cells": (SINGLE_SPACE_CELLS, SINGLE_SPACE_CELLS_FACTS),
    "year_slash": (YEAR_SLASH, YEAR_SLASH_FACTS),
}

#: forms no reader takes yet: kept failing, strictly, so that the day they read the mark
#: has to go
NOT_YET: dict[str, str] = {
    "single_space_cells": "cells parted by one full-width space (the header and label joined)",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=NOT_YET[name], strict=True))
        if name in NOT_YET
        else name
        for name in sorted(VARIANTS)
    ],
)
def test_variant_reads(name: str) -> None:
    text, expected = VARIANTS[name]
    assert _mismatches(text, expected) == []
