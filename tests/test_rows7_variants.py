"""Cases as the rows of a listing and as the sub-entries of a bigger document (branch
``rows7``, decisions 1980–1999): a ministry 実施状況一覧 whose rows are facilities (two-line
column headers, subtotal and total rows written with glosses or places, a unit caption over the
sheet, a page break with a running head and the header repeated), an index table before the
per-case pages (no extra profiles), a city's 決算 成果説明書 or a prefecture's 事業評価 whose
programme entries hold numbered facility sub-entries (``(1)``, ``①``, ``ア``), and a
行政事業レビューシート whose 備考 holds model facilities as ``事例n`` cards (tab-indented or
plain, with run-on ``取組：`` / ``実績：`` / ``その他：`` lines).

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures). Every expected fact was written by
hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime

from tests._variants import M, P, R, variant_tests

D = datetime.date

# 1. a tab listing: two-line header, a subtotal with a gloss, a total, a unit caption
TAB_LISTING = """令和４年度　一体的実施事業　実施状況一覧（関東ブロック）

（単位：人、％）
No.\t都道府県\t自治体\t労働局\tハローワーク\t施設名\t形態\t開始年月日\t支援対象者数\t\t就職者数\t\t\t就職率
\t\t\t\t\t\t\t\t目標\t実績\t目標\t実績\t達成率\t実績
1\t茨城県\t水戸市\t茨城労働局\tハローワーク水戸\tみと就労支援コーナー\t常設窓口\tH27.4.1\t300\t312\t180\t190\t105.6\t60.9
2\t栃木県\t宇都宮市\t栃木労働局\tハローワーク宇都宮\tうつのみやワークステーション\t一体的実施施設\tH28.10.3\t400\t388\t240\t229\t95.4\t59.0
\t小計（茨城・栃木）\t\t\t\t\t\t\t700\t700\t420\t419\t99.8\t59.9
3\t群馬県\t前橋市\t群馬労働局\tハローワーク前橋\tまえばし就労サポート\t一体的実施施設\tR2.4.1\t250\t266\t150\t160\t106.7\t60.2
\t合計\t\t\t\t\t\t\t950\t966\t570\t579\t101.6\t59.9

※　就職率＝就職者数÷支援対象者数×100
"""

TAB_LISTING_FACTS = [
    {
        "prefecture": "茨城県", "municipality": "水戸市", "labour_bureau": "茨城労働局",
        "hello_work": ("ハローワーク水戸",), "facility_name": "みと就労支援コーナー",
        "facility_type": "常設窓口", "start_date": D(2015, 4, 1), "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(300), P(312)),
            M("就職者数", P(180), P(190), "105.6"),
            M("就職率", None, R("60.9")),
        ],
    },
    {
        "municipality": "宇都宮市", "facility_type": "一体的実施施設",
        "start_date": D(2016, 10, 3), "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(400), P(388)),
            M("就職者数", P(240), P(229), "95.4"),
            M("就職率", None, R("59.0")),
        ],
    },
    {
        "prefecture": "群馬県", "municipality": "前橋市", "hello_work": ("ハローワーク前橋",),
        "facility_name": "まえばし就労サポート", "start_date": D(2020, 4, 1),
        "metrics": [
            M("支援対象者数", P(250), P(266)),
            M("就職者数", P(150), P(160), "106.7"),
            M("就職率", None, R("60.2")),
        ],
    },
]

# 2. the same kind with a prefecture's subtotal written as its name + 計, a blank No. cell,
#    ― cells, a unit caption without brackets, other column words
PLACE_TOTALS = """令和３年度　生活保護受給者等就労自立促進事業
一体的実施施設等の実績（東北）

単位：人・％
番号\t都道府県\t市区町村\t労働局\t安定所\t施設名称\t開設日\t支援対象者数\t\t就職者数\t\t\t就職率
\t\t\t\t\t\t\t目標\t実績\t目標\t実績\t達成率\t実績
1\t宮城県\t石巻市\t宮城労働局\tハローワーク石巻\t石巻就労サポートデスク\tH29.6.1\t210\t224\t120\t131\t109.2\t58.5
2\t宮城県\t塩竈市\t宮城労働局\tハローワーク塩釜\tしおがま就職相談室\tR1.7.1\t―\t150\t―\t84\t―\t56.0
\t宮城県計\t\t\t\t\t\t210\t374\t120\t215\t―\t57.5
3\t山形県\t酒田市\t山形労働局\tハローワーク酒田\tさかたワークコーナー\tH30.4.2\t180\t171\t100\t97\t97.0\t56.7
\t山形県計\t\t\t\t\t\t180\t171\t100\t97\t97.0\t56.7
\t東北計\t\t\t\t\t\t390\t545\t220\t312\t―\t57.2
"""

PLACE_TOTALS_FACTS = [
    {
        "municipality": "石巻市", "hello_work": ("ハローワーク石巻",),
        "facility_name": "石巻就労サポートデスク", "start_date": D(2017, 6, 1), "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(210), P(224)),
            M("就職者数", P(120), P(131), "109.2"),
            M("就職率", None, R("58.5")),
        ],
    },
    {
        "municipality": "塩竈市", "facility_name": "しおがま就職相談室",
        "start_date": D(2019, 7, 1),
        "metrics": [
            M("支援対象者数", None, P(150)),
            M("就職者数", None, P(84)),
            M("就職率", None, R("56.0")),
        ],
    },
    {
        "prefecture": "山形県", "municipality": "酒田市", "labour_bureau": "山形労働局",
        "start_date": D(2018, 4, 2),
        "metrics": [
            M("支援対象者数", P(180), P(171)),
            M("就職者数", P(100), P(97), "97.0"),
            M("就職率", None, R("56.7")),
        ],
    },
]

# 3. a markdown listing whose subtotal row is bracketed (【小計】) and whose total is 総 計
PIPE_LISTING = """## 令和５年度 一体的実施施設一覧（中国ブロック）

（単位：人）

|No.|都道府県|自治体|労働局|ハローワーク|施設名|開設年月日|支援対象者数実績|就職者数実績|
|---|---|---|---|---|---|---|---|---|
|1|広島県|福山市|広島労働局|ハローワーク福山|ふくやま就労支援窓口|平成27年10月1日|341|205|
|2|広島県|呉市|広島労働局|ハローワーク呉|くれ仕事サポート|平成30年4月2日|188|109|
||【小計】||||||529|314|
|3|山口県|下関市|山口労働局|ハローワーク下関|しものせき就労プラザ|令和2年7月1日|226|131|
||総　計||||||755|445|
"""

PIPE_LISTING_FACTS = [
    {
        "prefecture": "広島県", "municipality": "福山市", "facility_name": "ふくやま就労支援窓口",
        "start_date": D(2015, 10, 1), "fiscal_year": 2023,
        "metrics": [M("支援対象者数", None, P(341)), M("就職者数", None, P(205))],
    },
    {
        "municipality": "呉市", "hello_work": ("ハローワーク呉",), "start_date": D(2018, 4, 2),
        "metrics": [M("支援対象者数", None, P(188)), M("就職者数", None, P(109))],
    },
    {
        "prefecture": "山口県", "municipality": "下関市", "labour_bureau": "山口労働局",
        "start_date": D(2020, 7, 1),
        "metrics": [M("支援対象者数", None, P(226)), M("就職者数", None, P(131))],
    },
]

# 4. a listing over two pages: a form feed, a running head and a page number between, the
#    header rows repeated on the second page
_HEAD = (
    "No.\t都道府県\t自治体\t労働局\tハローワーク\t施設名\t開始年月日\t支援対象者数\t\t就職者数\n"
    "\t\t\t\t\t\t\t目標\t実績\t目標\t実績\n"
)
PAGED_LISTING = (
    "令和４年度　一体的実施の実施状況（北陸・東海）\n\n（単位：人）\n"
    + _HEAD
    + "1\t富山県\t高岡市\t富山労働局\tハローワーク高岡\t高岡市就労支援コーナー\tH28.4.1"
    "\t230\t241\t140\t146\n"
    "2\t石川県\t小松市\t石川労働局\tハローワーク小松\tこまつ仕事相談室\tH30.10.1\t150\t144\t90\t88\n"
    "\n－ 1 －\n\f実施状況一覧（つづき）\n"
    + _HEAD
    + "3\t静岡県\t沼津市\t静岡労働局\tハローワーク沼津\tぬまづ就労サポート\tR1.10.1"
    "\t260\t279\t150\t166\n"
    "\t合計\t\t\t\t\t\t640\t664\t380\t400\n\n－ 2 －\n"
)

PAGED_LISTING_FACTS = [
    {
        "prefecture": "富山県", "municipality": "高岡市", "start_date": D(2016, 4, 1),
        "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(230), P(241)), M("就職者数", P(140), P(146))],
    },
    {
        "municipality": "小松市", "hello_work": ("ハローワーク小松",), "start_date": D(2018, 10, 1),
        "metrics": [M("支援対象者数", P(150), P(144)), M("就職者数", P(90), P(88))],
    },
    {
        "prefecture": "静岡県", "municipality": "沼津市", "facility_name": "ぬまづ就労サポート",
        "start_date": D(2019, 10, 1), "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(260), P(279)), M("就職者数", P(150), P(166))],
    },
]

# 5. an index table before the per-case pages: the pages give the profiles, one a case
INDEX_THEN_PAGES = """令和２年度　一体的実施事業　好事例集

掲載事例一覧
No.\t自治体\t施設名\t開設日
1\t仙台市\tせんだい就労支援センター\t平成28年4月1日
2\t郡山市\tこおりやま就職コーナー\t平成30年10月1日

【事例１】【宮城県仙台市】【宮城労働局・ハローワーク仙台】せんだい就労支援センター（一体的実施施設）平成28年4月1日事業開始
福祉事務所の隣で、その日のうちに職業相談へ
【取組内容】
・福祉事務所の面談後に同じ階の窓口へ案内した。
【令和２年度の実績】
\t目標\t実績
就職者数\t200人\t214人

【事例２】【福島県郡山市】【福島労働局・ハローワーク郡山】こおりやま就職コーナー（常設窓口）平成30年10月1日事業開始
ひとり親の夕方相談を定例化
【取組内容】
・毎週水曜日に午後７時までの相談日を設けた。
【令和２年度の実績】
\t目標\t実績
就職者数\t90人\t97人
"""

INDEX_THEN_PAGES_FACTS = [
    {
        "prefecture": "宮城県", "municipality": "仙台市", "hello_work": ("ハローワーク仙台",),
        "facility_name": "せんだい就労支援センター", "start_date": D(2016, 4, 1),
        "fiscal_year": 2020, "metrics": [M("就職者数", P(200), P(214))],
    },
    {
        "prefecture": "福島県", "municipality": "郡山市", "facility_type": "常設窓口",
        "start_date": D(2018, 10, 1), "metrics": [M("就職者数", P(90), P(97))],
    },
]

# 6. a city's 決算 成果説明書: programme entries between ■ lines, one holding its
#    facilities as (1) / (2) sub-entries indented under it, then the whole programme's table
KESSAN_SAKAI = """令和２年度　堺市決算　主要施策の成果

■事業番号　４－１－０３
事業名　　自立相談支援事業
事業概要
　生活困窮者の相談に応じ、支援プランを作成した。
成果指標
指標名\t目標値\t実績値\t達成率
新規相談件数\t900件\t955件\t106.1%
評価　　Ａ

■事業番号　４－１－０４
事業名　　生活保護受給者等就労支援事業（ハローワークとの一体的実施）
事業概要
　大阪労働局との協定に基づき、市の施設内にハローワークの窓口を設け、就労支援を一体的に実施した。令和２年度は次の２施設で実施した。

(1) さかい就労支援プラザ（一体的実施施設）
　　連携先：大阪労働局・ハローワーク堺
　　開　設：平成二十七年四月一日
　　所在地：堺市堺区（市役所本館３階）
　【取組内容】
　　・生活援護課の面談に合わせた同日の職業相談
　　・応募書類の作成支援と模擬面接
　【成果指標】
　指標名\t目標値\t実績値\t達成率
　支援対象者数\t400人\t428人\t107.0%
　就職者数\t240人\t251人\t104.6%
　評価　　Ａ

(2) 北区しごと相談コーナー（常設窓口）
　　連携先：大阪労働局・ハローワーク堺
　　開　設：令和元年十月一日
　　所在地：堺市北区（北区役所２階）
　【取組内容】
　　・北区役所の窓口と同じフロアでの予約相談
　【成果指標】
　指標名\t目標値\t実績値\t達成率
　支援対象者数\t120人\t113人\t94.2%
　就職者数\t70人\t66人\t94.3%
　評価　　Ｂ

事業全体の成果指標
指標名\t目標値\t実績値\t達成率
支援対象者数（２施設計）\t520人\t541人\t104.0%

■事業番号　４－１－０５
事業名　　ひとり親家庭等自立支援事業
成果指標
指標名\t目標値\t実績値\t達成率
資格取得者数\t30人\t33人\t110.0%
"""

KESSAN_SAKAI_FACTS = [
    {
        "prefecture": "大阪府", "municipality": "堺市", "labour_bureau": "大阪労働局",
        "hello_work": ("ハローワーク堺",), "facility_name": "さかい就労支援プラザ",
        "facility_type": "一体的実施施設", "start_date": D(2015, 4, 1), "fiscal_year": 2020,
        "initiatives": ("生活援護課の面談に合わせた同日の職業相談", "応募書類の作成支援と模擬面接"),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(400), P(428), "107.0"),
            M("就職者数", P(240), P(251), "104.6"),
        ],
    },
    {
        "municipality": "堺市", "facility_name": "北区しごと相談コーナー",
        "facility_type": "常設窓口",
        "start_date": D(2019, 10, 1), "other_results": (),
        "metrics": [
            M("支援対象者数", P(120), P(113), "94.2"),
            M("就職者数", P(70), P(66), "94.3"),
        ],
    },
]

# 7. a prefecture's 事業評価 sheet: three facilities as ①②③ sub-entries at the margin, in
#    three cities, each naming its partner city; the entry ends at a rule line
HYOKA_CIRCLED = """令和元年度　事業評価シート（長野県）

事業名：就労支援連携事業
担当課：健康福祉部 地域福祉課
事業の内容：県内の市とハローワークが連携し、生活保護受給者等の就労を支援する。

【実施施設】
①まつもと就労支援センター（一体的実施施設）
連携自治体：長野県松本市
連携先：長野労働局・ハローワーク松本
開設：平成28年4月1日
実績：就職者数 目標160人／実績171人（達成率106.9％）

②うえだ仕事相談室（常設窓口）
連携自治体：長野県上田市
連携先：長野労働局・ハローワーク上田
開設：平成30年10月1日
実績：就職者数 目標90人／実績84人（達成率93.3％）

③いいだ就職サポート（常設窓口）
連携自治体：長野県飯田市
連携先：長野労働局・ハローワーク飯田
開設：令和元年7月1日
実績：就職者数 目標60人／実績62人（達成率103.3％）
━━━━━━━━━━━━━━━━━━━━
評価の総括
　３施設とも概ね目標を達成した。
"""

HYOKA_CIRCLED_FACTS = [
    {
        "prefecture": "長野県", "municipality": "松本市", "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク松本",), "facility_name": "まつもと就労支援センター",
        "facility_type": "一体的実施施設", "start_date": D(2016, 4, 1),
        "metrics": [M("就職者数", P(160), P(171), "106.9")],
    },
    {
        "municipality": "上田市", "hello_work": ("ハローワーク上田",),
        "facility_name": "うえだ仕事相談室", "start_date": D(2018, 10, 1),
        "metrics": [M("就職者数", P(90), P(84), "93.3")],
    },
    {
        "municipality": "飯田市", "facility_name": "いいだ就職サポート",
        "start_date": D(2019, 7, 1),
        "metrics": [M("就職者数", P(60), P(62), "103.3")],
    },
]

# 8. iroha sub-entries (ア / イ) under one programme, the last ending at 今後の方向性
KANA_SUBENTRIES = """平成29年度　決算説明資料（旭川市）

３　生活保護受給者等就労支援事業
　市とハローワーク旭川が協定を結び、次の施設で支援を行った。

ア　ジョブサポートあさひかわ（一体的実施施設）
　　連携先：北海道労働局・ハローワーク旭川
　　開　設：平成26年4月1日
　　支援対象者数　目標300人　実績322人
　　就職者数　　　目標180人　実績197人

イ　永山しごと相談窓口（常設窓口）
　　連携先：北海道労働局・ハローワーク旭川
　　開　設：平成29年4月3日
　　支援対象者数　目標80人　実績77人
　　就職者数　　　目標45人　実績41人

今後の方向性
　支所への巡回相談を検討する。
"""

KANA_SUBENTRIES_FACTS = [
    {
        "labour_bureau": "北海道労働局", "hello_work": ("ハローワーク旭川",),
        "facility_name": "ジョブサポートあさひかわ", "facility_type": "一体的実施施設",
        "start_date": D(2014, 4, 1),
        "metrics": [M("支援対象者数", P(300), P(322)), M("就職者数", P(180), P(197))],
    },
    {
        "facility_name": "永山しごと相談窓口", "facility_type": "常設窓口",
        "start_date": D(2017, 4, 3),
        "metrics": [M("支援対象者数", P(80), P(77)), M("就職者数", P(45), P(41))],
    },
]

# 9. a review sheet's 備考 with tab-indented 事例 cards, run-on 取組：/実績：/その他： lines
REVIEW_TAB_CARDS = """令和４年度　行政事業レビューシート（厚生労働省）
事業名\t生活保護受給者等就労自立促進事業
■予算額・執行額（単位：百万円）
\t令和元年度\t令和２年度\t令和３年度
執行額\t6,400\t6,520\t6,610

■備考（取組事例：令和３年度の実績）
事例１\t秋田県秋田市 × 秋田労働局・ハローワーク秋田
\tあきた就労サポート（一体的実施施設）　２０１６年４月１日開設
\t「福祉の窓口から、その日のうちに職業相談へ」
\t取組：①初回面談への同行　②介護事業所と連携した求人開拓
\t実績：就職者数　目標１５０人以上／実績１６２人（達成率108.0％）
事例２\t高知県高知市 × 高知労働局・ハローワーク高知
\tこうち仕事相談プラザ（常設窓口）　２０１８年１０月１日開設
\t「夜間相談で働く親を支える」
\t取組：①毎週木曜日の夜間相談　②オンライン面談
\t実績：就職者数　目標１２０人以上／実績１１５人（達成率95.8％）
\tその他：夜間相談の利用者は延べ８０人。

■点検・改善結果
所見\t令和５年度から定着状況の把握を試行する。
"""

REVIEW_TAB_CARDS_FACTS = [
    {
        "title": "福祉の窓口から、その日のうちに職業相談へ",
        "prefecture": "秋田県", "municipality": "秋田市", "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク秋田",), "facility_name": "あきた就労サポート",
        "facility_type": "一体的実施施設", "start_date": D(2016, 4, 1),
        "initiatives": ("初回面談への同行", "介護事業所と連携した求人開拓"),
        "metrics": [M("就職者数", P(150, "人", "以上"), P(162), "108.0")],
    },
    {
        "title": "夜間相談で働く親を支える", "municipality": "高知市",
        "facility_name": "こうち仕事相談プラザ", "start_date": D(2018, 10, 1),
        "initiatives": ("毎週木曜日の夜間相談", "オンライン面談"),
        "other_results": ("夜間相談の利用者は延べ80人。",),
        "metrics": [M("就職者数", P(120, "人", "以上"), P(115), "95.8")],
    },
]

# 10. the same cards without tabs, labelled 【事例n】, the partner line under the label
REVIEW_PLAIN_CARDS = """行政事業レビュー　参考資料
取組事例（令和４年度）

【事例１】
新潟県長岡市 × 新潟労働局・ハローワーク長岡
ながおか就労支援室（常設窓口）　平成29年4月3日開設
取組：①生活保護の申請窓口での案内　②就職後の定着支援
実績：支援対象者数　目標200人以上／実績214人（達成率107.0％）

【事例２】
岐阜県大垣市 × 岐阜労働局・ハローワーク大垣
おおがき仕事サポート（一体的実施施設）　令和2年4月1日開設
取組：①市の面談室での予約相談　②企業見学会の開催
実績：支援対象者数　目標150人以上／実績139人（達成率92.7％）
その他：企業見学会を年４回開催した。
"""

REVIEW_PLAIN_CARDS_FACTS = [
    {
        "prefecture": "新潟県", "municipality": "長岡市", "hello_work": ("ハローワーク長岡",),
        "facility_name": "ながおか就労支援室", "facility_type": "常設窓口",
        "start_date": D(2017, 4, 3),
        "initiatives": ("生活保護の申請窓口での案内", "就職後の定着支援"),
        "metrics": [M("支援対象者数", P(200, "人", "以上"), P(214), "107.0")],
    },
    {
        "prefecture": "岐阜県", "municipality": "大垣市", "facility_name": "おおがき仕事サポート",
        "start_date": D(2020, 4, 1),
        "initiatives": ("市の面談室での予約相談", "企業見学会の開催"),
        "other_results": ("企業見学会を年4回開催した。",),
        "metrics": [M("支援対象者数", P(150, "人", "以上"), P(139), "92.7")],
    },
]

# 11. sub-entries with a page break and a running head inside the first one
KESSAN_PAGED = """令和３年度　主要な施策の成果説明書（静岡市）

事業名　就労支援事業（ハローワークとの一体的実施）
　次の２施設で実施した。

（１）しずおか就労支援ステーション（一体的実施施設）
　　連携先：静岡労働局・ハローワーク静岡
　　開　設：平成28年7月1日
　【取組内容】
　　・福祉事務所と合同の支援調整会議

－ 52 －
\f第３款　民生費
　【成果指標】
　指標名\t目標値\t実績値\t達成率
　就職者数\t210人\t226人\t107.6%

（２）清水しごと相談窓口（常設窓口）
　　連携先：静岡労働局・ハローワーク清水
　　開　設：令和2年4月1日
　【取組内容】
　　・清水区役所での出張相談
　【成果指標】
　指標名\t目標値\t実績値\t達成率
　就職者数\t80人\t83人\t103.8%

事業全体の成果指標
指標名\t目標値\t実績値\t達成率
就職者数（２施設計）\t290人\t309人\t106.6%
"""

KESSAN_PAGED_FACTS = [
    {
        "labour_bureau": "静岡労働局", "hello_work": ("ハローワーク静岡",),
        "facility_name": "しずおか就労支援ステーション", "start_date": D(2016, 7, 1),
        "initiatives": ("福祉事務所と合同の支援調整会議",),
        "metrics": [M("就職者数", P(210), P(226), "107.6")],
    },
    {
        "hello_work": ("ハローワーク清水",), "facility_name": "清水しごと相談窓口",
        "start_date": D(2020, 4, 1), "initiatives": ("清水区役所での出張相談",),
        "metrics": [M("就職者数", P(80), P(83), "103.8")],
    },
]

# 12. a listing whose subtotal sits in the number column and whose header names the year
NUMBER_COLUMN_TOTALS = """一体的実施施設の状況（九州・沖縄）

No.\t都道府県\t市町村名\t施設名\t開設年月日\t令和４年度就職者数（人）\t令和４年度就職率（％）
1\t沖縄県\t那覇市\tなは就労サポート\t平成30年4月2日\t210\t61.2
2\t沖縄県\t沖縄市\tおきなわ市しごとコーナー\t令和元年7月1日\t95\t57.9
小計\t\t\t\t\t305\t60.2
3\t佐賀県\t唐津市\tからつ就労相談室\t平成29年10月2日\t88\t55.0
計\t\t\t\t\t393\t59.1
"""

NUMBER_COLUMN_TOTALS_FACTS = [
    {
        "prefecture": "沖縄県", "municipality": "那覇市", "facility_name": "なは就労サポート",
        "start_date": D(2018, 4, 2), "fiscal_year": 2022,
        "metrics": [M("就職者数", None, P(210)), M("就職率", None, R("61.2"))],
    },
    {
        "municipality": "沖縄市", "start_date": D(2019, 7, 1),
        "metrics": [M("就職者数", None, P(95)), M("就職率", None, R("57.9"))],
    },
    {
        "prefecture": "佐賀県", "municipality": "唐津市", "facility_name": "からつ就労相談室",
        "start_date": D(2017, 10, 2),
        "metrics": [M("就職者数", None, P(88)), M("就職率", None, R("55.0"))],
    },
]

# 13. sub-entries numbered １）/２） whose headings are the facility's name alone, the kind
#     and the partners on field lines under them; the programme's evaluation after them
NAMED_SUBENTRIES = """令和３年度　事務事業評価（熊本県）

事業名：生活困窮者等就労支援連携事業
事業の概要：県内の市とハローワークが協定を結び、一体的に就労支援を行う。
実施状況：令和３年度は次の２施設で実施した。

１）やつしろ就労サポートセンター
　　施設の種類：一体的実施施設
　　連携先：熊本労働局・ハローワーク八代
　　所在地：熊本県八代市
　　開設：平成28年10月3日
　　就職者数　目標150人／実績162人（達成率108.0％）

２）たまな仕事相談コーナー
　　施設の種類：常設窓口
　　連携先：熊本労働局・ハローワーク玉名
　　所在地：熊本県玉名市
　　開設：令和2年4月1日
　　就職者数　目標70人／実績66人（達成率94.3％）

３　評価
　おおむね目標を達成した。
"""

NAMED_SUBENTRIES_FACTS = [
    {
        "prefecture": "熊本県", "municipality": "八代市", "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク八代",), "facility_name": "やつしろ就労サポートセンター",
        "facility_type": "一体的実施施設", "start_date": D(2016, 10, 3), "fiscal_year": 2021,
        "metrics": [M("就職者数", P(150), P(162), "108.0")],
    },
    {
        "municipality": "玉名市", "hello_work": ("ハローワーク玉名",),
        "facility_name": "たまな仕事相談コーナー", "facility_type": "常設窓口",
        "start_date": D(2020, 4, 1),
        "metrics": [M("就職者数", P(70), P(66), "94.3")],
    },
]

# 14. a space-aligned listing (pdftotext -layout): the group headings over their role words,
#     a subtotal with a gloss and a spaced total
SPACED_LISTING = """令和元年度　一体的実施施設の実績一覧（近畿）

（単位：人、％）
No.  都道府県  市町村名  施設名                 開設日      支援対象者数      就職者数        就職率
                                                            目標    実績    目標    実績    実績
1    京都府    宇治市    うじ就労支援コーナー   H28.4.1     200     214     120     131     61.2
2    兵庫県    姫路市    ひめじワークサポート   H27.10.1    310     298     180     171     57.4
     小計（京都・兵庫）                                     510     512     300     302     59.0
3    奈良県    奈良市    なら仕事相談室         R1.7.1      150     163     90      97      59.5
     合　計                                                 660     675     390     399     59.1
"""

SPACED_LISTING_FACTS = [
    {
        "prefecture": "京都府", "municipality": "宇治市", "facility_name": "うじ就労支援コーナー",
        "start_date": D(2016, 4, 1), "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(200), P(214)),
            M("就職者数", P(120), P(131)),
            M("就職率", None, R("61.2")),
        ],
    },
    {
        "municipality": "姫路市", "start_date": D(2015, 10, 1),
        "metrics": [
            M("支援対象者数", P(310), P(298)),
            M("就職者数", P(180), P(171)),
            M("就職率", None, R("57.4")),
        ],
    },
    {
        "prefecture": "奈良県", "municipality": "奈良市", "facility_name": "なら仕事相談室",
        "start_date": D(2019, 7, 1),
        "metrics": [
            M("支援対象者数", P(150), P(163)),
            M("就職者数", P(90), P(97)),
            M("就職率", None, R("59.5")),
        ],
    },
]

DOCUMENTS = {
    "tab_listing": (TAB_LISTING, TAB_LISTING_FACTS),
    "place_totals": (PLACE_TOTALS, PLACE_TOTALS_FACTS),
    "pipe_listing": (PIPE_LISTING, PIPE_LISTING_FACTS),
    "paged_listing": (PAGED_LISTING, PAGED_LISTING_FACTS),
    "index_then_pages": (INDEX_THEN_PAGES, INDEX_THEN_PAGES_FACTS),
    "kessan_sakai": (KESSAN_SAKAI, KESSAN_SAKAI_FACTS),
    "hyoka_circled": (HYOKA_CIRCLED, HYOKA_CIRCLED_FACTS),
    "kana_subentries": (KANA_SUBENTRIES, KANA_SUBENTRIES_FACTS),
    "review_tab_cards": (REVIEW_TAB_CARDS, REVIEW_TAB_CARDS_FACTS),
    "review_plain_cards": (REVIEW_PLAIN_CARDS, REVIEW_PLAIN_CARDS_FACTS),
    "kessan_paged": (KESSAN_PAGED, KESSAN_PAGED_FACTS),
    "number_column_totals": (NUMBER_COLUMN_TOTALS, NUMBER_COLUMN_TOTALS_FACTS),
    "named_subentries": (NAMED_SUBENTRIES, NAMED_SUBENTRIES_FACTS),
    "spaced_listing": (SPACED_LISTING, SPACED_LISTING_FACTS),
}

FACT_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)
