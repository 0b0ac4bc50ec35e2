"""Facts given at meetings (decisions 2000-2019): meeting handouts whose 【資料n】 parts each
hold one kind of fact (a table of every facility's figures, the case texts, members'
remarks grouped by facility, next year's targets), 事務連絡 別紙 cases with box-drawing
results tables, and minutes whose facts are spoken in turns.

Every document below is written for this file (real places, invented facilities and
prose); every expected value was written by hand from reading the document by
docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

from _variants import M, P, R, variant_tests

MU, HW, LB, OT = "municipality", "hello_work", "labour_bureau", "other"


# 1. 北海道: 【資料1】 table (two metrics, target / actual / rate, no name continuation line),
#    【資料2】 cases labelled 【事例1】, 【資料3】 remarks under (1)/(2) headings with ○ marks and
#    the speaker in brackets on the same line; 【参考資料】 next year's targets (not read).
HOKKAIDO = """\
令和３年度第２回
北海道生活保護受給者等就労自立促進事業協議会　資料

　日時　令和4年2月8日（火）13:30～15:00
　場所　札幌第1合同庁舎　会議室

配付資料
　資料1　令和3年度　一体的実施施設の実績
　資料2　各施設の取組
　資料3　運営協議会での主な意見
　参考資料　令和4年度目標

【資料1】

　令和3年度　一体的実施施設の実績（令和4年1月末）
　　　　　　　　　　　　　　　　　　　　　　　（単位：人）
　施設名　　　　　　　　　　支援対象者数　　　　　　　　就職者数
　　　　　　　　　　　　　　目標　　実績　　達成率　　　目標　　実績　　達成率
　さっぽろ就労サポート　　　400　　 452　　113.0　　　 260　　 281　　108.1
　あさひかわ仕事相談室　　　180　　 171　　 95.0　　　 117　　 120　　102.6

【資料2】

【事例1】
さっぽろ就労サポート（一体的実施施設）
札幌市 × 北海道労働局・ハローワーク札幌東　　平成29年4月3日開設

区役所の保護課と同じ建物で即日相談

〈主な取組〉
　1　保護の申請者に就労相談の予約をその場で案内
　2　介護事業所の見学ツアーを毎月実施

〈その他の実績〉
　・見学ツアーの参加者は延べ64人

【事例2】
あさひかわ仕事相談室（常設窓口）
旭川市 × 北海道労働局・ハローワーク旭川　　令和元年7月1日開設

ひとり親の就職を地元企業と支える

〈主な取組〉
　1　児童扶養手当の窓口に相談員が週2日常駐
　2　地元企業による短時間求人の説明会

【資料3】

　運営協議会での主な意見

（1）さっぽろ就労サポート運営協議会
　○即日の相談で本人の意欲が保たれている。（札幌市保健福祉局）
　○介護分野の就職が増えている。（ハローワーク札幌東）

（2）あさひかわ仕事相談室運営協議会
　○説明会は事業所にとっても人材確保の機会になった。（旭川商工会議所）

【参考資料】

　令和4年度目標
　施設名　　　　　　　　　　支援対象者数　　就職者数
　さっぽろ就労サポート　　　420　　　　　　 270
　あさひかわ仕事相談室　　　180　　　　　　 120
"""

HOKKAIDO_FACTS = [
    {
        "title": "区役所の保護課と同じ建物で即日相談",
        "prefecture": "北海道",
        "municipality": "札幌市",
        "hello_work": ("ハローワーク札幌東",),
        "facility_name": "さっぽろ就労サポート",
        "facility_type": "一体的実施施設",
        "fiscal_year": 2021,
        "initiatives": (
            "保護の申請者に就労相談の予約をその場で案内",
            "介護事業所の見学ツアーを毎月実施",
        ),
        "other_results": ("見学ツアーの参加者は延べ64人",),
        "metrics": [
            M("支援対象者数", P(400), P(452), "113.0"),
            M("就職者数", P(260), P(281), "108.1"),
        ],
        "comments": [
            ("札幌市保健福祉局", MU, "即日の相談で本人の意欲が保たれている。"),
            ("ハローワーク札幌東", HW, "介護分野の就職が増えている。"),
        ],
    },
    {
        "municipality": "旭川市",
        "facility_name": "あさひかわ仕事相談室",
        "facility_type": "常設窓口",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(180), P(171), "95.0"),
            M("就職者数", P(117), P(120), "102.6"),
        ],
        "other_results": (),
        "comments": [("旭川商工会議所", OT, "説明会は事業所にとっても人材確保の機会になった。")],
    },
]


# 2. 青森: the case texts come first (<資料１>), the table second, rows named by the city
#    only (joined by place), a 合計 row, a 就職率 column of actuals only; a page break with a
#    running head repeating the cover's title inside the case part; remarks under bare
#    facility-name headings, each speaker in brackets on the next line.
AOMORI = """\
令和４年度　青森県一体的実施事業協議会
会議資料

<資料１>　各施設の取組

■ 取組事例 1
ジョブステーションあおもり（一体的実施施設）
青森市 × 青森労働局・ハローワーク青森　　平成28年10月3日開設

雪の季節も途切れない就労相談

〈主な取組〉
　1　冬期は市の支所に出張相談の日を設けた
　2　福祉事務所と週1回の支援調整会議

■ 取組事例 2
はちのへ就労支援コーナー（常設窓口）
八戸市 × 青森労働局・ハローワーク八戸　　令和2年4月1日開設

水産加工の事業所と組んだ職場体験

〈主な取組〉
　1　水産加工の事業所で3日間の職場体験を実施
　2　体験後の面接に相談員が同行

　　　　　　　　　　　　　　　　　　　　　　　　　　　－ 2 －
令和４年度　青森県一体的実施事業協議会

<資料２>　令和3年度実績（令和4年3月末）

　　　　　　　　　　　　　　　　　　　　　　　　　　（単位：人、％）
　実施施設　　　　　　　　支援対象者数　　　　　　　就職者数　　　　　　　就職率
　　　　　　　　　　　　　目標　　実績　　達成率　　目標　　実績　　達成率　　実績
　青森市　　　　　　　　　250　　 262　　104.8　　 160　　 171　　106.9　　 65.3
　八戸市　　　　　　　　　120　　 118　　 98.3　　　78　　　80　　102.6　　 67.8
　合計　　　　　　　　　　370　　 380　　102.7　　 238　　 251　　105.5　　 66.1

<資料３>　運営協議会の主な意見

ジョブステーションあおもり
　・出張相談で郊外の方にも支援が届くようになった。
　　（青森市福祉部生活福祉課）

はちのへ就労支援コーナー
　・職場体験の後、そのまま採用に至る例が多い。
　　（八戸水産加工業協同組合）
　・相談員の同行で面接の不安が和らいでいる。
　　（ハローワーク八戸）
"""

AOMORI_FACTS = [
    {
        "municipality": "青森市",
        "facility_name": "ジョブステーションあおもり",
        "fiscal_year": 2021,
        "initiatives": ("冬期は市の支所に出張相談の日を設けた", "福祉事務所と週1回の支援調整会議"),
        "metrics": [
            M("支援対象者数", P(250), P(262), "104.8"),
            M("就職者数", P(160), P(171), "106.9"),
            M("就職率", None, R("65.3")),
        ],
        "comments": [
            ("青森市福祉部生活福祉課", MU, "出張相談で郊外の方にも支援が届くようになった。")
        ],
    },
    {
        "municipality": "八戸市",
        "facility_name": "はちのへ就労支援コーナー",
        "fiscal_year": 2021,
        "initiatives": ("水産加工の事業所で3日間の職場体験を実施", "体験後の面接に相談員が同行"),
        "metrics": [
            M("支援対象者数", P(120), P(118), "98.3"),
            M("就職者数", P(78), P(80), "102.6"),
            M("就職率", None, R("67.8")),
        ],
        "comments": [
            ("八戸水産加工業協同組合", OT, "職場体験の後、そのまま採用に至る例が多い。"),
            ("ハローワーク八戸", HW, "相談員の同行で面接の不安が和らいでいる。"),
        ],
    },
]


# 3. 福岡: ［資料1］ square brackets, three cases, figures written with their units in the
#    cells (``320人``, ``105.0%``), a target cell ``－`` (no target), remarks under ■ headings
#    that name the facility after the city.
FUKUOKA = """\
福岡県生活保護受給者等就労自立促進事業協議会（令和3年7月12日）

［資料1］令和2年度　一体的実施施設別の実績

　施設名　　　　　　　　　　支援対象者数　　　　　　　　就職者数
　　　　　　　　　　　　　　目標　　実績　　達成率　　　目標　　実績　　達成率
　ふくおか就労プラザ　　　　320人　 336人　105.0%　　　200人　 214人　107.0%
　くるめ仕事支援室　　　　　150人　 141人　 94.0%　　　 95人　　99人　104.2%
　いいづか就労相談窓口　　　 －　　　 62人　 －　　　　 －　　　 40人　 －

［資料2］取組事例

事例1
ふくおか就労プラザ（一体的実施施設）
福岡市 × 福岡労働局・ハローワーク福岡中央　　平成27年4月1日開設

区の保護課と毎朝情報を共有

〈主な取組〉
　1　朝の打合せで当日の来所予定を共有

事例2
くるめ仕事支援室（一体的実施施設）
久留米市 × 福岡労働局・ハローワーク久留米　　平成30年10月1日開設

ひとり親の夜間相談

〈主な取組〉
　1　毎週木曜日に19時まで相談を受け付け

事例3
いいづか就労相談窓口（常設窓口）
飯塚市 × 福岡労働局・ハローワーク飯塚　　令和2年12月1日開設

年度途中の開設で基盤づくり

〈主な取組〉
　1　市の生活支援課と開設前に合同研修

［資料3］各運営協議会の意見

■ 福岡市（ふくおか就労プラザ）
　・朝の打合せで支援の漏れがなくなった。（福岡市保健福祉局）
■ 久留米市（くるめ仕事支援室）
　・夜間相談の利用者の半数が就職している。（ハローワーク久留米）
■ 飯塚市（いいづか就労相談窓口）
　・来年度は目標を設定して取り組みたい。（福岡労働局）
"""

FUKUOKA_FACTS = [
    {
        "facility_name": "ふくおか就労プラザ",
        "municipality": "福岡市",
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(320), P(336), "105.0"),
            M("就職者数", P(200), P(214), "107.0"),
        ],
        "comments": [("福岡市保健福祉局", MU, "朝の打合せで支援の漏れがなくなった。")],
    },
    {
        "facility_name": "くるめ仕事支援室",
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(150), P(141), "94.0"),
            M("就職者数", P(95), P(99), "104.2"),
        ],
        "comments": [("ハローワーク久留米", HW, "夜間相談の利用者の半数が就職している。")],
    },
    {
        "facility_name": "いいづか就労相談窓口",
        "facility_type": "常設窓口",
        "fiscal_year": 2020,
        "metrics": [M("支援対象者数", None, P(62)), M("就職者数", None, P(40))],
        "comments": [("福岡労働局", LB, "来年度は目標を設定して取り組みたい。")],
    },
]


# 4. 新潟: parts numbered 【資料1-1】 (the table), 【資料1-2】 (the cases), 【資料2】 (remarks); the
#    name of each row continued on the next line with the city and office; ◇ case labels.
NIIGATA = """\
新潟労働局
一体的実施事業運営協議会（令和5年6月）

【資料1-1】　令和4年度実績一覧

（単位：人、％）
施設名　　　　　　　　　　支援対象者数　　　　　　　就職者数　　　　　　　就職率
　　　　　　　　　　　　　目標　　実績　　達成率　　目標　　実績　　達成率　　実績
にいがた就労支援センター　280　　 301　　107.5　　 182　　 190　　104.4　　 63.1
（新潟市／HW新潟）
ながおかワークサポート　　140　　 133　　 95.0　　　91　　　88　　 96.7　　 66.2
（長岡市／HW長岡）

【資料1-2】　取組の概要

◇事例1
にいがた就労支援センター（一体的実施施設）
新潟市 × 新潟労働局・ハローワーク新潟　　平成26年4月1日開設

区役所と一体の支援

〈主な取組〉
　1　区役所の窓口で就労相談の予約を受け付け
　2　求職者向けのパソコン講座を月2回開催

◇事例2
ながおかワークサポート（一体的実施施設）
長岡市 × 新潟労働局・ハローワーク長岡　　平成29年7月3日開設

中山間地への出張相談

〈主な取組〉
　1　山間部の支所に月1回の出張相談

【資料2】　協議会の主な意見

1　にいがた就労支援センター
　・パソコン講座の受講者が事務職に就職している。（新潟市福祉部）
2　ながおかワークサポート
　・出張相談は移動手段のない方に喜ばれている。（長岡市福祉保健部）
　・交通費の支援も検討してほしい。（長岡商工会議所）
"""

NIIGATA_FACTS = [
    {
        "facility_name": "にいがた就労支援センター",
        "municipality": "新潟市",
        "start_date": __import__("datetime").date(2014, 4, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "区役所の窓口で就労相談の予約を受け付け",
            "求職者向けのパソコン講座を月2回開催",
        ),
        "metrics": [
            M("支援対象者数", P(280), P(301), "107.5"),
            M("就職者数", P(182), P(190), "104.4"),
            M("就職率", None, R("63.1")),
        ],
        "comments": [("新潟市福祉部", MU, "パソコン講座の受講者が事務職に就職している。")],
    },
    {
        "facility_name": "ながおかワークサポート",
        "municipality": "長岡市",
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(140), P(133), "95.0"),
            M("就職者数", P(91), P(88), "96.7"),
            M("就職率", None, R("66.2")),
        ],
        "comments": [
            ("長岡市福祉保健部", MU, "出張相談は移動手段のない方に喜ばれている。"),
            ("長岡商工会議所", OT, "交通費の支援も検討してほしい。"),
        ],
    },
]


# 5. 熊本: a table of targets and actuals only (no 達成率 columns), the 配付資料 list on the
#    cover written with bare ``資料１`` lines, remarks numbered ``(1)`` with a 全般 group that
#    names no facility (attached to none), and 【参考資料】 next year's targets (not read).
KUMAMOTO = """\
熊本県生活保護受給者等就労自立促進事業協議会
令和元年度第1回（令和元年7月25日）

配付資料
資料１
資料２
資料３

【資料１】平成30年度実績

（単位：人）
施設名　　　　　　　　　　支援対象者数　　　　就職者数
　　　　　　　　　　　　　目標　　実績　　　　目標　　実績
くまもと就労支援室　　　　260　　 271　　　　169　　 175
やつしろ仕事相談窓口　　　110　　 104　　　　 72　　　70

【資料２】取組事例

【事例1】
くまもと就労支援室（一体的実施施設）
熊本市 × 熊本労働局・ハローワーク熊本　　平成28年4月1日開設

震災後の生活再建を仕事から

〈主な取組〉
　1　被災者の生活再建相談会で就労相談を同時実施

【事例2】
やつしろ仕事相談窓口（常設窓口）
八代市 × 熊本労働局・ハローワーク八代　　平成29年10月2日開設

農繁期の短期求人で一歩目を

〈主な取組〉
　1　農業法人の短期求人を支援対象者向けに紹介

【資料３】主な意見

(1) くまもと就労支援室運営協議会
　・相談会での同時実施が再建の後押しになった。（熊本市健康福祉局）
(2) やつしろ仕事相談窓口運営協議会
　・短期就労から常用雇用に移った方もいる。（ハローワーク八代）
(3) 全般
　・各施設の情報を共有する場を設けてほしい。（熊本県社会福祉協議会）

【参考資料】令和元年度目標
施設名　　　　　　　　　　支援対象者数　　就職者数
くまもと就労支援室　　　　270　　　　　　176
やつしろ仕事相談窓口　　　115　　　　　　 75
"""

KUMAMOTO_FACTS = [
    {
        "facility_name": "くまもと就労支援室",
        "municipality": "熊本市",
        "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(260), P(271)), M("就職者数", P(169), P(175))],
        "comments": [("熊本市健康福祉局", MU, "相談会での同時実施が再建の後押しになった。")],
    },
    {
        "facility_name": "やつしろ仕事相談窓口",
        "municipality": "八代市",
        "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(110), P(104)), M("就職者数", P(72), P(70))],
        "comments": [("ハローワーク八代", HW, "短期就労から常用雇用に移った方もいる。")],
    },
]


# 6. 静岡: remarks grouped under headings naming the city only (``◆浜松市``), rows named by
#    the facility; 就職件数 as the second metric; a 合計 row.
SHIZUOKA = """\
静岡労働局　一体的実施事業協議会資料（令和4年7月）

【資料1】令和3年度実績
（単位：人、％）
施設名　　　　　　　　支援対象者数　　　　　　　就職件数
　　　　　　　　　　　目標　　実績　　達成率　　目標　　実績　　達成率
はままつ就労ナビ　　　300　　 318　　106.0　　 190　　 201　　105.8
ぬまづ仕事サポート　　160　　 150　　 93.8　　 100　　　97　　 97.0
合計　　　　　　　　　460　　 468　　101.7　　 290　　 298　　102.8

【資料2】取組事例

■事例1
はままつ就労ナビ（一体的実施施設）
浜松市 × 静岡労働局・ハローワーク浜松　　平成27年10月1日開設

外国籍の方にも通訳付きで

〈主な取組〉
　1　ポルトガル語の通訳を週3日配置

■事例2
ぬまづ仕事サポート（一体的実施施設）
沼津市 × 静岡労働局・ハローワーク沼津　　令和元年10月1日開設

駅前で夜まで相談

〈主な取組〉
　1　平日は19時まで相談を受け付け

【資料3】運営協議会の主な意見

◆浜松市
　・通訳の配置で相談の時間が短くなった。（浜松市健康福祉部）
◆沼津市
　・夜間の相談は仕事を持つひとり親に好評。（沼津市社会福祉課）
"""

SHIZUOKA_FACTS = [
    {
        "facility_name": "はままつ就労ナビ",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(300), P(318), "106.0"),
            M("就職件数", P(190), P(201), "105.8"),
        ],
        "comments": [("浜松市健康福祉部", MU, "通訳の配置で相談の時間が短くなった。")],
    },
    {
        "facility_name": "ぬまづ仕事サポート",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(160), P(150), "93.8"),
            M("就職件数", P(100), P(97), "97.0"),
        ],
        "comments": [("沼津市社会福祉課", MU, "夜間の相談は仕事を持つひとり親に好評。")],
    },
]


# 7. A ministry 事務連絡 with its 別紙: cases in a numbered standard form, each results table
#    drawn with box characters and ruled only under its header (each line one row: the rows
#    are not one wrapped row; decision 2010), a 達成率 cell ``－``.
JIMU_BOX = """\
事務連絡
令和2年5月20日

各都道府県労働局職業安定部長　殿

厚生労働省職業安定局首席職業指導官室

一体的実施事業の取組事例について（情報提供）

　令和元年度の一体的実施事業のうち、参考となる取組を別紙のとおり取りまとめました。

記

１　数値は令和2年3月末現在。

（以上）

別紙

【事例1】
（１）自治体名　　　　　　宮城県仙台市
（２）労働局・安定所名　　宮城労働局　ハローワーク仙台
（３）施設名（形態）　　　せんだい就労サポート（一体的実施施設）
（４）事業開始日　　　　　平成二十八年四月一日
（５）表題　　　　　　　　区の保護課と同じフロアで切れ目なく
（６）取組内容
　　・区の保護課の面談にナビゲーターが同席
（７）令和元年度の実績
　┌────────┬──────┬──────┬──────┐
　│区分　　　　　│目標　　　│実績　　　│達成率　　│
　├────────┼──────┼──────┼──────┤
　│支援対象者数　│３００人　│３２４人　│１０８．０％│
　│就職者数　　　│１８０人　│１９８人　│１１０．０％│
　│就職率　　　　│６０．０％│６１．１％│－　　　　│
　└────────┴──────┴──────┴──────┘

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

【事例2】
（１）自治体名　　　　　　岐阜県大垣市
（２）労働局・安定所名　　岐阜労働局　ハローワーク大垣
（３）施設名（形態）　　　おおがき仕事相談コーナー（常設窓口）
（４）事業開始日　　　　　令和元年１０月１日
（５）表題　　　　　　　　年度途中の開設から半年
（６）取組内容
　　・市の福祉総務課と毎週の打合せ
（７）令和元年度の実績
　┌────────┬──────┐
　│区分　　　　　│実績　　　│
　├────────┼──────┤
　│支援対象者数　│５８人　　│
　│就職者数　　　│３６人　　│
　└────────┴──────┘
"""

JIMU_BOX_FACTS = [
    {
        "prefecture": "宮城県",
        "municipality": "仙台市",
        "facility_name": "せんだい就労サポート",
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(300), P(324), "108.0"),
            M("就職者数", P(180), P(198), "110.0"),
            M("就職率", R("60.0"), R("61.1")),
        ],
    },
    {
        "municipality": "大垣市",
        "facility_name": "おおがき仕事相談コーナー",
        "fiscal_year": 2019,
        "metrics": [M("支援対象者数", None, P(58)), M("就職者数", None, P(36))],
    },
]


# 8. The same form with a results table split by group (対象 / 項目 / 目標 / 実績 / 達成率, the
#    group cell merged over two rows) under a heading with a bracket after it
#    (``（７）実績（対象者別）``).
JIMU_GROUPS = """\
事務連絡
平成31年4月10日

各都道府県労働局職業安定部長　殿

別紙

【事例1】
（１）自治体名　　　　　　大阪府堺市
（２）労働局・安定所名　　大阪労働局　ハローワーク堺
（３）施設名（形態）　　　さかい就労支援ルーム（一体的実施施設）
（４）事業開始日　　　　　平成２６年１０月１日
（５）表題　　　　　　　　対象者ごとの担当制
（６）取組内容
　　・対象者ごとに担当ナビゲーターを配置
（７）平成３０年度の実績（対象者別）
　┌──────────┬──────┬─────┬─────┐
　│対象　　　　　　　│項目　　　　│目標　　│実績　　│
　├──────────┼──────┼─────┼─────┤
　│生活保護受給者　　│就職者数　　│１２０人│１３１人│
　│　　　　　　　　　│支援対象者数│２００人│２１２人│
　├──────────┼──────┼─────┼─────┤
　│児童扶養手当受給者│就職者数　　│５０人　│４８人　│
　└──────────┴──────┴─────┴─────┘

【事例2】
（１）自治体名　　　　　　大阪府東大阪市
（２）労働局・安定所名　　大阪労働局　ハローワーク布施
（３）施設名（形態）　　　ひがしおおさか就労コーナー（常設窓口）
（４）事業開始日　　　　　平成２９年４月３日
（５）表題　　　　　　　　ものづくりの街で
（６）取組内容
　　・製造業の事業所見学会を開催
（７）平成３０年度の実績
　┌────────┬─────┬─────┐
　│区分　　　　　│目標　　│実績　　│
　├────────┼─────┼─────┤
　│就職者数　　　│８０人　│８４人　│
　└────────┴─────┴─────┘
"""

JIMU_GROUPS_FACTS = [
    {
        "municipality": "堺市",
        "facility_name": "さかい就労支援ルーム",
        "fiscal_year": 2018,
        "metrics": [
            M("就職者数", P(120), P(131), group="生活保護受給者"),
            M("支援対象者数", P(200), P(212), group="生活保護受給者"),
            M("就職者数", P(50), P(48), group="児童扶養手当受給者"),
        ],
    },
    {
        "municipality": "東大阪市",
        "facility_name": "ひがしおおさか就労コーナー",
        "fiscal_year": 2018,
        "metrics": [M("就職者数", P(80), P(84))],
    },
]


# 9. 宮城: a bureau's compilation of two local 運営協議会 minutes; every fact spoken by the
#    secretariat in turns ``事務局：`` over indented text, members' remarks ``○委員（…）``; the
#    next year's target spoken under another agenda item (not a metric).
MINUTES_MIYAGI = """\
令和4年度　一体的実施事業運営協議会　議事録（2施設分）

宮城労働局職業安定部職業対策課

石巻市・宮城労働局・ハローワーク石巻
一体的実施事業運営協議会　議事録

１　日時　令和4年6月7日（火）10時00分～11時00分
２　場所　石巻市役所　4階会議室
３　議題
　（１）いしのまき就労サポート（一体的実施施設）の令和3年度実績について
　（２）令和4年度の目標について

議事要旨

事務局：
　いしのまき就労サポートは、平成27年4月1日に開設しました。
　令和3年度の支援対象者数は目標150人に対し実績162人、達成率108.0％でした。
　就職者数は目標98人に対し実績101人、達成率103.1％でした。
　主な取組は次のとおりです。
　・市の保護課との週1回の支援調整会議
　・水産加工業の事業所見学会

○委員（石巻市健康部）　支援調整会議で支援の方針がそろうようになった。

事務局：
　令和4年度は支援対象者数160人以上を目標とします。

（以上　石巻市地区）

気仙沼市・宮城労働局・ハローワーク気仙沼
一体的実施事業運営協議会　議事録

１　日時　令和4年6月14日（火）14時00分～15時00分
２　議題
　（１）けせんぬま仕事相談室（常設窓口）の令和3年度実績について

議事要旨

事務局：
　けせんぬま仕事相談室は、令和元年10月1日に開設しました。
　令和3年度の支援対象者数は目標80人に対し実績76人、達成率95.0％でした。
　就職者数は目標52人に対し実績55人、達成率105.8％でした。

○委員（気仙沼商工会議所）　地元の事業所にも相談室を知ってもらいたい。

（以上　気仙沼市地区）
"""

MINUTES_MIYAGI_FACTS = [
    {
        "municipality": "石巻市",
        "facility_name": "いしのまき就労サポート",
        "start_date": __import__("datetime").date(2015, 4, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(150), P(162), "108.0"),
            M("就職者数", P(98), P(101), "103.1"),
        ],
        "comments": [("石巻市健康部", MU, "支援調整会議で支援の方針がそろうようになった。")],
    },
    {
        "municipality": "気仙沼市",
        "facility_name": "けせんぬま仕事相談室",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(80), P(76), "95.0"),
            M("就職者数", P(52), P(55), "105.8"),
        ],
        "comments": [("気仙沼商工会議所", OT, "地元の事業所にも相談室を知ってもらいたい。")],
    },
]


# 10. 愛知: minutes with turns marked ``（ハローワーク所長）`` on their own line, the facility
#     named in the agenda item, the secretariat's figures in one sentence each.
MINUTES_AICHI = """\
豊橋市・愛知労働局・ハローワーク豊橋
生活保護受給者等就労自立促進事業運営協議会　議事録

日時：令和3年5月27日（木）
議題：とよはし就労支援コーナー（一体的実施施設）の令和2年度実績

（ハローワーク豊橋所長）
　とよはし就労支援コーナーは平成28年10月3日に開設しました。令和2年度の支援対象者数は
　目標200人に対し実績214人、達成率107.0％となりました。

（委員・豊橋市福祉部）
　相談の予約がとりやすくなったと聞いている。

岡崎市・愛知労働局・ハローワーク岡崎
生活保護受給者等就労自立促進事業運営協議会　議事録

日時：令和3年6月3日（木）
議題：おかざき仕事サポート（一体的実施施設）の令和2年度実績

（ハローワーク岡崎所長）
　おかざき仕事サポートは平成30年4月2日に開設しました。令和2年度の支援対象者数は
　目標120人に対し実績126人、達成率105.0％となりました。

（委員・岡崎商工会議所）
　地元企業の求人をもっと紹介してほしい。
"""

MINUTES_AICHI_FACTS = [
    {
        "municipality": "豊橋市",
        "facility_name": "とよはし就労支援コーナー",
        "fiscal_year": 2020,
        "metrics": [M("支援対象者数", P(200), P(214), "107.0")],
        "comments": [("豊橋市福祉部", MU, "相談の予約がとりやすくなったと聞いている。")],
    },
    {
        "municipality": "岡崎市",
        "facility_name": "おかざき仕事サポート",
        "fiscal_year": 2020,
        "metrics": [M("支援対象者数", P(120), P(126), "105.0")],
        "comments": [("岡崎商工会議所", OT, "地元企業の求人をもっと紹介してほしい。")],
    },
]


# 11. 岩手: two minutes, each secretariat turn headed ``事務局（ハローワーク…）：`` over a block
#     whose first line names the facility and its opening date and wraps mid-sentence (the
#     speech opens no case; decision 2013); members' turns ``委員（…）：`` over indented blocks.
MINUTES_IWATE = """\
盛岡市・岩手労働局・ハローワーク盛岡
一体的実施事業運営協議会　議事録

　日時　令和3年6月10日（木）
　議題　もりおか就労支援ルーム（一体的実施施設）の令和2年度実績について

　事務局（ハローワーク盛岡統括職業指導官）：
　　もりおか就労支援ルームは、平成29年4月3日の開設以来、市の生活福祉課と同じ階で
　　支援を行っています。

　委員（盛岡市保健福祉部）：
　　同じ階にあることで相談者の移動の負担がなくなった。

（以上　盛岡市地区）

花巻市・岩手労働局・ハローワーク花巻
一体的実施事業運営協議会　議事録

　日時　令和3年6月17日（木）
　議題　はなまき仕事相談コーナー（常設窓口）の令和2年度実績について

　事務局（ハローワーク花巻所長）：
　　はなまき仕事相談コーナーは、令和元年10月1日の開設から、市の地域福祉課と連携して
　　相談を受け付けています。

　委員（花巻商工会議所）：
　　地元企業の短時間求人をもっと紹介してほしい。
"""

MINUTES_IWATE_FACTS = [
    {
        "municipality": "盛岡市",
        "comments": [
            ("盛岡市保健福祉部", MU, "同じ階にあることで相談者の移動の負担がなくなった。")
        ],
    },
    {
        "municipality": "花巻市",
        "comments": [("花巻商工会議所", OT, "地元企業の短時間求人をもっと紹介してほしい。")],
    },
]


DOCUMENTS = {
    "hokkaido": (HOKKAIDO, HOKKAIDO_FACTS),
    "aomori": (AOMORI, AOMORI_FACTS),
    "fukuoka": (FUKUOKA, FUKUOKA_FACTS),
    "niigata": (NIIGATA, NIIGATA_FACTS),
    "kumamoto": (KUMAMOTO, KUMAMOTO_FACTS),
    "shizuoka": (SHIZUOKA, SHIZUOKA_FACTS),
    "jimu_box": (JIMU_BOX, JIMU_BOX_FACTS),
    "jimu_groups": (JIMU_GROUPS, JIMU_GROUPS_FACTS),
    "minutes_miyagi": (MINUTES_MIYAGI, MINUTES_MIYAGI_FACTS),
    "minutes_aichi": (MINUTES_AICHI, MINUTES_AICHI_FACTS),
    "minutes_iwate": (MINUTES_IWATE, MINUTES_IWATE_FACTS),
}

_IWATE_GAP = (
    "two minutes opened only by their partner lines "
    "(``盛岡市・岩手労働局・ハローワーク盛岡``) with "
    "indented 日時 / 議題 lines read no case at all (0 profiles, also before this round); the "
    "three-minute compilation with a cover and numbered items (holdout44) is read"
)

FACT_GAPS = {
    # jimu_groups (``（７）…の実績（対象者別）``) is read since decision 2250 (branch groups9)
    "minutes_aichi": "a secretariat's results sentence wrapped over two lines "
    "(``…支援対象者数は`` / ``目標200人に対し実績214人…``) is read as no clause",
    "minutes_iwate": _IWATE_GAP,
}
COUNT_GAPS = {"minutes_iwate": _IWATE_GAP}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)
