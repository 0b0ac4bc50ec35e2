"""Documents made of official forms, one form a case (decisions 2090-2109): agreements
(協定書 / 覚書 with articles and a 別紙 事業計画), numbered-item report forms (様式第N号 …
記 … 以上, a cover letter listing 別添) and plan-and-results sheets repeated per facility —
other words, marks, orders, noise lines, number and date forms, page breaks with running
heads.

Every document below is written for this file (real places and offices, invented facilities,
figures and prose); every expected value was written by hand from reading the document by
docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

import datetime as dt

from _variants import M, P, R, labelled_doc, variant_tests

MU, LB, HW = "municipality", "labour_bureau", "hello_work"
D = dt.date

# 1. 徳島: two agreements, the caption in the article line (``第２条（実施場所）``), the office
#    written only formally (``阿南公共職業安定所``), a 別紙 plan with 【】 heads and a
#    targets-only table headed 目標値; form feeds between pages.
TOKUSHIMA = """徳島労働局と県内市との一体的実施協定（綴）

目次
　徳島市との協定書 ……… 1
　阿南市との協定書 ……… 3
\f
徳島市と徳島労働局との一体的実施に関する協定書

　徳島県徳島市（以下「甲」という。）と徳島労働局（以下「乙」という。）は、徳島公共職業安定所（ハローワーク徳島）と甲の生活福祉課とが連携して行う就労支援について、次のとおり協定する。

第１条（目的）　甲及び乙は、生活保護受給者等の就労による自立を図るため、一体的に就労支援を行う。
第２条（実施場所）　一体的実施は、徳島市役所本庁舎２階のとくしま就労応援窓口（常設窓口）で行う。
第３条（実施期間）　一体的実施の期間は、令和３年６月１日から令和４年３月３１日までとする。
第４条（協議）　この協定に定めのない事項は、甲乙協議して定める。

　　令和３年５月２８日
　　　甲　徳島市長
　　　乙　徳島労働局長
\f
別紙
　　令和３年度　とくしま就労応援窓口　事業計画

【主な取組】
・生活福祉課の面接日に合わせた職業相談の予約枠の確保
・就職後の職場定着に向けた月1回の電話連絡

【数値目標】
　項目　　　　　　目標値
　支援対象者数　　180人以上
　就職者数　　　　110人以上
\f
阿南市と徳島労働局との一体的実施に関する協定書

　阿南市（以下「甲」という。）と徳島労働局（以下「乙」という。）は、阿南公共職業安定所と甲の社会福祉課とが連携して行う就労支援について、次のとおり協定する。

第１条（目的）　甲及び乙は、生活困窮者の早期就職を図るため、一体的に就労支援を行う。
第２条（実施場所）　一体的実施は、阿南市役所１階のあなん仕事サポート（一体的実施施設）において行う。
第３条（実施期間）　一体的実施は、令和３年１０月１日から開始する。

　　令和３年９月２４日
　　　甲　阿南市長
　　　乙　徳島労働局長
\f
別紙
　　令和３年度　あなん仕事サポート　事業計画

【主な取組】
・社会福祉課の窓口での就労意欲の聞き取り
・市内の製造業事業所の求人開拓

【数値目標】
　項目　　　　　　目標値
　支援対象者数　　60人
　就職者数　　　　36人
"""
TOKUSHIMA_FACTS = [
    {
        "title": None, "prefecture": "徳島県", "municipality": "徳島市",
        "labour_bureau": "徳島労働局", "hello_work": ("ハローワーク徳島",),
        "facility_name": "とくしま就労応援窓口", "facility_type": "常設窓口",
        "start_date": D(2021, 6, 1), "fiscal_year": 2021,
        "initiatives": ("生活福祉課の面接日に合わせた職業相談の予約枠の確保",
                        "就職後の職場定着に向けた月1回の電話連絡"),
        "metrics": [M("支援対象者数", P(180, qualifier="以上"), None),
                    M("就職者数", P(110, qualifier="以上"), None)],
        "comments": [],
    },
    {
        "title": None, "prefecture": "徳島県", "municipality": "阿南市",
        "labour_bureau": "徳島労働局", "hello_work": ("阿南公共職業安定所",),
        "facility_name": "あなん仕事サポート", "facility_type": "一体的実施施設",
        "start_date": D(2021, 10, 1), "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(60), None), M("就職者数", P(36), None)],
    },
]

# 2. 新潟: 覚書, kanji article numbers and kanji dates, captions above the articles, a
#    running head and ``- n -`` page numbers, a plan with kanji item numbers.
NIIGATA = """新潟労働局　一体的実施覚書集

　　長岡市と新潟労働局との生活保護受給者等就労支援に関する覚書

　長岡市（以下「甲」という。）と新潟労働局（以下「乙」という。）は、乙の長岡公共職業安定所（ハローワーク長岡）と甲が行う就労支援の一体的実施について、次のとおり覚書を交わす。

（目的）
第一条　この覚書は、支援対象者の就職による自立を目的とする。

（実施場所）
第二条　一体的実施は、次の場所において行う。
　　名称　ながおか就労支援コーナー（一体的実施施設）

（実施期間）
第三条　一体的実施の期間は、令和四年十月一日から令和五年三月三十一日までとする。

　　令和四年九月三十日

　　　甲　長岡市長
　　　乙　新潟労働局長

- 1 -
新潟労働局　一体的実施覚書集

別紙　事業計画（令和四年度）

一　主な取組
　①　保護課のケースワーカーとの同行相談
　②　求人票の読み方講座の開催

二　目標
　　項目　　　　　目標
　　支援対象者数　90人
　　就職者数　　　54人

- 2 -
新潟労働局　一体的実施覚書集

　　上越市と新潟労働局との生活保護受給者等就労支援に関する覚書

　上越市（以下「甲」という。）と新潟労働局（以下「乙」という。）は、乙の上越公共職業安定所（ハローワーク上越）と甲が行う就労支援の一体的実施について、次のとおり覚書を交わす。

（目的）
第一条　この覚書は、支援対象者の就職による自立を目的とする。

（実施場所）
第二条　一体的実施は、次の場所において行う。
　　名称　じょうえつ仕事相談室（常設窓口）

（実施期間）
第三条　一体的実施の期間は、令和五年一月四日から令和五年三月三十一日までとする。

　　令和四年十二月二十日

　　　甲　上越市長
　　　乙　新潟労働局長

- 3 -
新潟労働局　一体的実施覚書集

別紙　事業計画（令和四年度）

一　主な取組
　①　生活困窮者自立相談支援機関からの誘導
　②　短時間求人の開拓

二　目標
　　項目　　　　　目標
　　支援対象者数　30人
　　就職者数　　　18人

- 4 -
"""
NIIGATA_FACTS = [
    {
        "title": None, "prefecture": "新潟県", "municipality": "長岡市",
        "labour_bureau": "新潟労働局", "hello_work": ("ハローワーク長岡",),
        "facility_name": "ながおか就労支援コーナー", "facility_type": "一体的実施施設",
        "start_date": D(2022, 10, 1), "fiscal_year": 2022,
        "initiatives": ("保護課のケースワーカーとの同行相談", "求人票の読み方講座の開催"),
        "metrics": [M("支援対象者数", P(90), None), M("就職者数", P(54), None)],
    },
    {
        "title": None, "prefecture": "新潟県", "municipality": "上越市",
        "labour_bureau": "新潟労働局", "hello_work": ("ハローワーク上越",),
        "facility_name": "じょうえつ仕事相談室", "facility_type": "常設窓口",
        "start_date": D(2023, 1, 4), "fiscal_year": 2022,
        "initiatives": ("生活困窮者自立相談支援機関からの誘導", "短時間求人の開拓"),
        "metrics": [M("支援対象者数", P(30), None), M("就職者数", P(18), None)],
    },
]

# 3. 宮城: report forms whose items hold their value on the same line (``1. 施設名　…``),
#    a pipe table, findings headed 【Xの所見】, no 別添 lines, no 記 / 以上.
MIYAGI = """様式第２号

令和２年度　一体的実施事業　実績報告書

1. 施設名　いしのまき就労支援コーナー（一体的実施施設）
2. 実施主体　宮城県石巻市・宮城労働局
3. 事業開始日　H28.10.3
4. 連携ハローワーク　ハローワーク石巻
5. 目標と実績
| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 150人 | 162人 | 108.0% |
| 就職者数 | 90人 | 95人 | 105.6% |
6. 所見
【石巻市の所見】
　相談から就職までの期間が短くなった。
【宮城労働局の所見】
　求人開拓の成果が出ている。

様式第２号

令和２年度　一体的実施事業　実績報告書

1. 施設名　おおさき仕事サポート（常設窓口）
2. 実施主体　宮城県大崎市・宮城労働局
3. 事業開始日　R1.7.1
4. 連携ハローワーク　ハローワーク古川
5. 目標と実績
| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 80人 | 76人 | 95.0% |
| 就職者数 | 48人 | 50人 | 104.2% |
6. 所見
【大崎市の所見】
　対象者数は目標に届かなかった。
【宮城労働局の所見】
　就職者数は目標を上回った。
"""
MIYAGI_FACTS = [
    {
        "title": None, "prefecture": "宮城県", "municipality": "石巻市",
        "labour_bureau": "宮城労働局", "hello_work": ("ハローワーク石巻",),
        "facility_name": "いしのまき就労支援コーナー", "facility_type": "一体的実施施設",
        "start_date": D(2016, 10, 3), "fiscal_year": 2020,
        "metrics": [M("支援対象者数", P(150), P(162), "108.0"),
                    M("就職者数", P(90), P(95), "105.6")],
        "comments": [("石巻市", MU, "相談から就職までの期間が短くなった。"),
                     ("宮城労働局", LB, "求人開拓の成果が出ている。")],
    },
    {
        "title": None, "prefecture": "宮城県", "municipality": "大崎市",
        "labour_bureau": "宮城労働局", "hello_work": ("ハローワーク古川",),
        "facility_name": "おおさき仕事サポート", "facility_type": "常設窓口",
        "start_date": D(2019, 7, 1), "fiscal_year": 2020,
        "metrics": [M("支援対象者数", P(80), P(76), "95.0"),
                    M("就職者数", P(48), P(50), "104.2")],
        "comments": [("大崎市", MU, "対象者数は目標に届かなかった。"),
                     ("宮城労働局", LB, "就職者数は目標を上回った。")],
    },
]

# 4. 栃木: a cover letter listing 別添, 様式第４号 forms framed by 記 / 以上, the office by
#    its formal name under 公共職業安定所名, findings ``（１）宇都宮市の意見``, ``なし``.
TOCHIGI = """栃職発0510第３号
令和４年５月１０日

厚生労働省職業安定局長　殿

栃木労働局長

令和３年度一体的実施事業の実績について

　標記について、別添のとおり報告します。

　別添１　宇都宮市
　別添２　小山市

別添１
様式第４号

　　令和３年度　一体的実施事業　実績報告書

記

１　実施場所
　　うつのみや就労サポートセンター（一体的実施施設）
　　栃木県宇都宮市旭1丁目1番5号

２　実施主体
　　宇都宮市・栃木労働局

３　実施期間
　　令和3年4月1日～令和4年3月31日（事業開始日　平成26年4月1日）

４　公共職業安定所名
　　宇都宮公共職業安定所

５　目標と実績
　　区分　　　　　　目標　　　実績　　　達成率
　　支援対象者数　　300人　　　318人　　　106.0%
　　就職者数　　　　180人　　　190人　　　105.6%

６　その他の実績
　　なし

７　所見
（１）宇都宮市の意見
　　市の窓口からの誘導が定着した。
（２）栃木労働局の意見
　　就職後の定着支援を強めたい。

以上

別添２
様式第４号

　　令和３年度　一体的実施事業　実績報告書

記

１　実施場所
　　おやま就労支援室（常設窓口）
　　栃木県小山市中央町1丁目1番1号

２　実施主体
　　小山市・栃木労働局

３　実施期間
　　令和3年4月1日～令和4年3月31日（令和2年11月2日開設）

４　公共職業安定所名
　　小山公共職業安定所

５　目標と実績
　　区分　　　　　　目標　　　実績　　　達成率
　　支援対象者数　　100人　　　104人　　　104.0%
　　就職者数　　　　60人　　　　58人　　　96.7%

６　その他の実績
　　なし

７　所見
（１）小山市の意見
　　開設２年目で利用が増えた。
（２）栃木労働局の意見
　　求人の充実に努める。

以上
"""
TOCHIGI_FACTS = [
    {
        "title": None, "prefecture": "栃木県", "municipality": "宇都宮市",
        "labour_bureau": "栃木労働局", "hello_work": ("宇都宮公共職業安定所",),
        "facility_name": "うつのみや就労サポートセンター", "facility_type": "一体的実施施設",
        "start_date": D(2014, 4, 1), "fiscal_year": 2021, "other_results": (),
        "metrics": [M("支援対象者数", P(300), P(318), "106.0"),
                    M("就職者数", P(180), P(190), "105.6")],
        "comments": [("宇都宮市", MU, "市の窓口からの誘導が定着した。"),
                     ("栃木労働局", LB, "就職後の定着支援を強めたい。")],
    },
    {
        "title": None, "prefecture": "栃木県", "municipality": "小山市",
        "labour_bureau": "栃木労働局", "hello_work": ("小山公共職業安定所",),
        "facility_name": "おやま就労支援室", "facility_type": "常設窓口",
        "start_date": D(2020, 11, 2), "fiscal_year": 2021, "other_results": (),
        "metrics": [M("支援対象者数", P(100), P(104), "104.0"),
                    M("就職者数", P(60), P(58), "96.7")],
        "comments": [("小山市", MU, "開設2年目で利用が増えた。"),
                     ("栃木労働局", LB, "求人の充実に努める。")],
    },
]

# 5. 熊本: plan-and-results sheets with colon fields, a tab table of last year's target,
#    actual and rate beside this year's target, ◇ speaker remarks.
KUMAMOTO = """令和6年度　熊本県一体的実施運営協議会

配付資料
　資料1　八代市　計画・実績シート
　資料2　天草市　計画・実績シート

────────────────────
資料1

　一体的実施　計画・実績シート

施設名：やつしろ就労支援ステーション（一体的実施施設）
設置自治体：熊本県八代市
労働局：熊本労働局
連携所：ハローワーク八代
事業開始：令和2年4月1日

■ 実績と目標
項目\t令和5年度目標\t令和5年度実績\t達成率\t令和6年度目標
支援対象者数\t200人\t212人\t106.0%\t210人
就職者数\t120人\t126人\t105.0%\t125人

■ 主な取組
・市の福祉窓口との合同面談
・介護分野の職場見学会

■ 主な意見
◇八代市福祉課
　合同面談の効果が出ている。
◇ハローワーク八代
　見学会から採用に至った例が多い。

────────────────────
資料2

　一体的実施　計画・実績シート

施設名：あまくさ仕事相談窓口（常設窓口）
設置自治体：熊本県天草市
労働局：熊本労働局
連携所：ハローワーク天草
事業開始：平成30年10月1日

■ 実績と目標
項目\t令和5年度目標\t令和5年度実績\t達成率\t令和6年度目標
支援対象者数\t80人\t72人\t90.0%\t80人
就職者数\t48人\t45人\t93.8%\t48人

■ 主な取組
・巡回相談の実施

■ 主な意見
◇天草市福祉課
　離島地区からの相談が増えた。
"""
KUMAMOTO_FACTS = [
    {
        "title": None, "prefecture": "熊本県", "municipality": "八代市",
        "labour_bureau": "熊本労働局", "hello_work": ("ハローワーク八代",),
        "facility_name": "やつしろ就労支援ステーション", "facility_type": "一体的実施施設",
        "start_date": D(2020, 4, 1), "fiscal_year": 2023,
        "metrics": [M("支援対象者数", P(200), P(212), "106.0"),
                    M("就職者数", P(120), P(126), "105.0")],
        "comments": [("八代市福祉課", MU, "合同面談の効果が出ている。"),
                     ("ハローワーク八代", HW, "見学会から採用に至った例が多い。")],
    },
    {
        "title": None, "prefecture": "熊本県", "municipality": "天草市",
        "labour_bureau": "熊本労働局", "hello_work": ("ハローワーク天草",),
        "facility_name": "あまくさ仕事相談窓口", "facility_type": "常設窓口",
        "start_date": D(2018, 10, 1), "fiscal_year": 2023,
        "metrics": [M("支援対象者数", P(80), P(72), "90.0"),
                    M("就職者数", P(48), P(45), "93.8")],
        "comments": [("天草市福祉課", MU, "離島地区からの相談が増えた。")],
    },
]

# 6. 岩手: sheets whose title names the city (``実績シート（盛岡市）``), a running head and page
#    numbers on every page, field labels 施設名称 / 自治体名 / 開設日 / 連携先ハローワーク.
IWATE = """岩手県一体的実施運営協議会資料

　　令和3年度　一体的実施　実績シート（盛岡市）

施設名称　もりおか就労支援センター（一体的実施施設）
自治体名　岩手県盛岡市
開設日　　平成27年7月1日
連携先ハローワーク　ハローワーク盛岡

１　目標と実績
　項目　　　　　　目標　　実績　　達成率
　支援対象者数　　250人　　260人　　104.0%
　就職者数　　　　150人　　162人　　108.0%

２　主な取組
　・ハローワーク盛岡の職業訓練担当による説明会

- 1 -
\f岩手県一体的実施運営協議会資料

　　令和3年度　一体的実施　実績シート（一関市）

施設名称　いちのせき仕事サポート（常設窓口）
自治体名　岩手県一関市
開設日　　令和元年10月1日
連携先ハローワーク　ハローワーク一関

１　目標と実績
　項目　　　　　　目標　　実績　　達成率
　支援対象者数　　60人　　　63人　　　105.0%
　就職者数　　　　36人　　　35人　　　97.2%

２　主な取組
　・市の生活困窮者相談窓口との同日相談

- 2 -
"""
IWATE_FACTS = [
    {
        "title": None, "prefecture": "岩手県", "municipality": "盛岡市",
        "labour_bureau": None, "hello_work": ("ハローワーク盛岡",),
        "facility_name": "もりおか就労支援センター", "facility_type": "一体的実施施設",
        "start_date": D(2015, 7, 1), "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(250), P(260), "104.0"),
                    M("就職者数", P(150), P(162), "108.0")],
    },
    {
        "title": None, "prefecture": "岩手県", "municipality": "一関市",
        "hello_work": ("ハローワーク一関",),
        "facility_name": "いちのせき仕事サポート", "facility_type": "常設窓口",
        "start_date": D(2019, 10, 1), "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(60), P(63), "105.0"),
                    M("就職者数", P(36), P(35), "97.2")],
    },
]

# 7. 長野: three sheets titled 計画・実績表, full-width digits, a space-aligned table with this
#    year's plan column, remarks under ■ 意見.
NAGANO = """長野県　一体的実施施設　計画・実績表（令和４年度）

─────
　一体的実施施設　計画・実績表

施設名　　　ながの就労支援プラザ（一体的実施施設）
設置自治体　長野県長野市
労働局　　　長野労働局
連携所　　　ハローワーク長野
事業開始　　平成２９年４月３日

■ 令和３年度の目標と実績
　項目　　　　　　令和３年度目標　令和３年度実績　達成率　令和４年度目標
　支援対象者数　　３００人　　　　３２１人　　　　１０７．０％　３１０人
　就職者数　　　　１８０人　　　　１９０人　　　　１０５．６％　１８５人

─────
　一体的実施施設　計画・実績表

施設名　　　うえだ仕事相談室（常設窓口）
設置自治体　長野県上田市
労働局　　　長野労働局
連携所　　　ハローワーク上田
事業開始　　令和２年１０月１日

■ 令和３年度の目標と実績
　項目　　　　　　令和３年度目標　令和３年度実績　達成率　令和４年度目標
　支援対象者数　　１００人　　　　９４人　　　　　９４．０％　１００人
　就職者数　　　　６０人　　　　　６１人　　　　　１０１．７％　６０人

─────
　一体的実施施設　計画・実績表

施設名　　　いいだ就労サポート（一体的実施施設）
設置自治体　長野県飯田市
労働局　　　長野労働局
連携所　　　ハローワーク飯田
事業開始　　平成３０年７月２日

■ 令和３年度の目標と実績
　項目　　　　　　令和３年度目標　令和３年度実績　達成率　令和４年度目標
　支援対象者数　　１２０人　　　　１３２人　　　　１１０．０％　１３０人
　就職者数　　　　７２人　　　　　７５人　　　　　１０４．２％　７５人
"""
NAGANO_FACTS = [
    {
        "title": None, "prefecture": "長野県", "municipality": "長野市",
        "labour_bureau": "長野労働局", "hello_work": ("ハローワーク長野",),
        "facility_name": "ながの就労支援プラザ", "facility_type": "一体的実施施設",
        "start_date": D(2017, 4, 3), "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(300), P(321), "107.0"),
                    M("就職者数", P(180), P(190), "105.6")],
    },
    {
        "municipality": "上田市", "hello_work": ("ハローワーク上田",),
        "facility_name": "うえだ仕事相談室", "facility_type": "常設窓口",
        "start_date": D(2020, 10, 1), "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(100), P(94), "94.0"),
                    M("就職者数", P(60), P(61), "101.7")],
    },
    {
        "municipality": "飯田市", "hello_work": ("ハローワーク飯田",),
        "facility_name": "いいだ就労サポート", "facility_type": "一体的実施施設",
        "start_date": D(2018, 7, 2), "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(120), P(132), "110.0"),
                    M("就職者数", P(72), P(75), "104.2")],
    },
]

# 8. 兵庫: report forms with Gregorian dates, the opening date after the period in brackets
#    (``（2015年6月1日開設）``), a box-drawing table, findings ◆X所見 without の.
HYOGO = """別紙１
様式第３号（第８条関係）

　　2021年度　一体的実施事業　実績報告書

実施主体　姫路市・兵庫労働局

記

１　実施場所
　　ひめじ就労支援センター（一体的実施施設）
２　実施期間
　　2021年4月1日～2022年3月31日（2015年6月1日開設）
３　連携ハローワーク
　　ハローワーク姫路
４　目標と実績
　┌──────┬────┬────┬────┐
　│区分　　　　│目標　　│実績　　│達成率　│
　├──────┼────┼────┼────┤
　│支援対象者数│400人 　│412人 　│103.0% 　│
　│就職者数　　│240人 　│251人 　│104.6% 　│
　└──────┴────┴────┴────┘
５　所見
◆姫路市所見
　就職者数が過去最高となった。
◆兵庫労働局所見
　ナビゲーターの増員が効果を上げた。

以上

別紙２
様式第３号（第８条関係）

　　2021年度　一体的実施事業　実績報告書

実施主体　尼崎市・兵庫労働局

記

１　実施場所
　　あまがさき仕事サポート（常設窓口）
２　実施期間
　　2021年4月1日～2022年3月31日（2019年1月7日開設）
３　連携ハローワーク
　　ハローワーク尼崎
４　目標と実績
　┌──────┬────┬────┬────┐
　│区分　　　　│目標　　│実績　　│達成率　│
　├──────┼────┼────┼────┤
　│支援対象者数│200人 　│190人 　│95.0% 　│
　│就職者数　　│120人 　│126人 　│105.0% 　│
　└──────┴────┴────┴────┘
５　所見
◆尼崎市所見
　対象者の掘り起こしが課題である。

以上
"""
HYOGO_FACTS = [
    {
        "title": None, "prefecture": "兵庫県", "municipality": "姫路市",
        "labour_bureau": "兵庫労働局", "hello_work": ("ハローワーク姫路",),
        "facility_name": "ひめじ就労支援センター", "facility_type": "一体的実施施設",
        "start_date": D(2015, 6, 1), "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(400), P(412), "103.0"),
                    M("就職者数", P(240), P(251), "104.6")],
        "comments": [("姫路市", MU, "就職者数が過去最高となった。"),
                     ("兵庫労働局", LB, "ナビゲーターの増員が効果を上げた。")],
    },
    {
        "title": None, "prefecture": "兵庫県", "municipality": "尼崎市",
        "labour_bureau": "兵庫労働局", "hello_work": ("ハローワーク尼崎",),
        "facility_name": "あまがさき仕事サポート", "facility_type": "常設窓口",
        "start_date": D(2019, 1, 7), "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(200), P(190), "95.0"),
                    M("就職者数", P(120), P(126), "105.0")],
        "comments": [("尼崎市", MU, "対象者の掘り起こしが課題である。")],
    },
]

# 9. 大阪: agreements without captions (``第2条　甲及び乙は、…（一体的実施施設）を設置する。``),
#    the start in ``…から実施する``, no 別紙 plan at all.
OSAKA = """堺市と大阪労働局との一体的実施に関する協定書

　堺市（以下「甲」という。）と大阪労働局（以下「乙」という。）は、堺公共職業安定所（ハローワーク堺）と連携した就労支援の一体的実施について、次のとおり協定する。

第1条　甲及び乙は、生活保護受給者等の就労を一体的に支援する。
第2条　甲及び乙は、堺市役所本館内に、さかい就労支援センター（一体的実施施設）を設置する。
第3条　一体的実施は、平成26年10月1日から実施する。
第4条　この協定に定めのない事項は、甲乙協議して定める。

　　平成26年9月25日
　　　甲　堺市長
　　　乙　大阪労働局長

東大阪市と大阪労働局との一体的実施に関する協定書

　東大阪市（以下「甲」という。）と大阪労働局（以下「乙」という。）は、布施公共職業安定所（ハローワーク布施）と連携した就労支援の一体的実施について、次のとおり協定する。

第1条　甲及び乙は、生活困窮者の就労を一体的に支援する。
第2条　甲及び乙は、東大阪市役所内に、ひがしおおさか仕事相談窓口（常設窓口）を設置する。
第3条　一体的実施は、平成28年4月1日から実施する。

　　平成28年3月22日
　　　甲　東大阪市長
　　　乙　大阪労働局長
"""
OSAKA_FACTS = [
    {
        "title": None, "prefecture": "大阪府", "municipality": "堺市",
        "labour_bureau": "大阪労働局", "hello_work": ("ハローワーク堺",),
        "facility_name": "さかい就労支援センター", "facility_type": "一体的実施施設",
        "start_date": D(2014, 10, 1), "metrics": [], "initiatives": (),
    },
    {
        "title": None, "prefecture": "大阪府", "municipality": "東大阪市",
        "labour_bureau": "大阪労働局", "hello_work": ("ハローワーク布施",),
        "facility_name": "ひがしおおさか仕事相談窓口", "facility_type": "常設窓口",
        "start_date": D(2016, 4, 1), "metrics": [], "initiatives": (),
    },
]

# 10. 岡山: report forms with a running head repeating the form number on every page,
#     ``－ n －`` page numbers, ``以　上``, a form split over a page break, findings
#     ``ア　岡山市の所見``.
OKAYAMA = """様式第３号　　　　　　　　　　　　　　　　　　岡山労働局
　　令和元年度　一体的実施事業　実績報告書
実施主体　岡山市・岡山労働局
記
１　事業の名称
　　生活保護受給者等就労自立促進事業
２　実施場所
　　おかやま就労支援コーナー（一体的実施施設）
３　実施期間
　　平成31年4月1日～令和2年3月31日（事業開始日　平成25年10月1日）
４　連携ハローワーク
　　ハローワーク岡山
５　目標と実績
　　区分　　　　　　目標　　実績　　達成率
　　支援対象者数　　350人　　371人　　106.0%
　　就職者数　　　　210人　　220人　　104.8%

－ １ －

様式第３号　　　　　　　　　　　　　　　　　　岡山労働局
６　所見
ア　岡山市の所見
　　目標を上回る就職者を出せた。
イ　岡山労働局の所見
　　求人開拓の強化が実を結んだ。
以　上

－ ２ －

様式第３号　　　　　　　　　　　　　　　　　　岡山労働局
　　令和元年度　一体的実施事業　実績報告書
実施主体　倉敷市・岡山労働局
記
１　事業の名称
　　生活保護受給者等就労自立促進事業
２　実施場所
　　くらしき仕事サポート（常設窓口）
３　実施期間
　　平成31年4月1日～令和2年3月31日（事業開始日　平成28年4月1日）
４　連携ハローワーク
　　ハローワーク倉敷中央
５　目標と実績
　　区分　　　　　　目標　　実績　　達成率
　　支援対象者数　　200人　　188人　　94.0%
　　就職者数　　　　120人　　125人　　104.2%
６　所見
ア　倉敷市の所見
　　対象者数が目標に届かなかった。
以　上

－ ３ －
"""
OKAYAMA_FACTS = [
    {
        "title": None, "prefecture": "岡山県", "municipality": "岡山市",
        "labour_bureau": "岡山労働局", "hello_work": ("ハローワーク岡山",),
        "facility_name": "おかやま就労支援コーナー", "facility_type": "一体的実施施設",
        "start_date": D(2013, 10, 1), "fiscal_year": 2019,
        "metrics": [M("支援対象者数", P(350), P(371), "106.0"),
                    M("就職者数", P(210), P(220), "104.8")],
        "comments": [("岡山市", MU, "目標を上回る就職者を出せた。"),
                     ("岡山労働局", LB, "求人開拓の強化が実を結んだ。")],
    },
    {
        "title": None, "prefecture": "岡山県", "municipality": "倉敷市",
        "labour_bureau": "岡山労働局", "hello_work": ("ハローワーク倉敷中央",),
        "facility_name": "くらしき仕事サポート", "facility_type": "常設窓口",
        "start_date": D(2016, 4, 1), "fiscal_year": 2019,
        "metrics": [M("支援対象者数", P(200), P(188), "94.0"),
                    M("就職者数", P(120), P(125), "104.2")],
        "comments": [("倉敷市", MU, "対象者数が目標に届かなかった。")],
    },
]

# 11. 静岡 (another bureau's habit): an agreement whose 別紙 plan carries a rate row and a
#     ``（注）`` note, a plan title before ``別紙`` is written, three cities.
GIFU = """岐阜市と岐阜労働局との一体的実施に関する協定書

　岐阜県岐阜市（以下「甲」という。）と岐阜労働局（以下「乙」という。）は、岐阜公共職業安定所（ハローワーク岐阜）と一体となった就労支援について協定する。

（実施場所）
第２条　一体的実施は、ぎふ就労サポート（一体的実施施設）において行う。
（実施期間）
第３条　一体的実施は、令和５年４月１日から開始する。

　　令和５年３月２７日
　　　甲　岐阜市長　　　乙　岐阜労働局長

令和５年度　ぎふ就労サポート　事業計画
１　主な取組
　・生活福祉課との合同ケース会議
２　目標
　　支援対象者数　　　２４０人以上
　　就職率　　　　　　６０．０％以上
（注）就職率は就職者数を支援対象者数で除した割合。

大垣市と岐阜労働局との一体的実施に関する協定書

　大垣市（以下「甲」という。）と岐阜労働局（以下「乙」という。）は、大垣公共職業安定所（ハローワーク大垣）と一体となった就労支援について協定する。

（実施場所）
第２条　一体的実施は、おおがき仕事相談室（常設窓口）において行う。
（実施期間）
第３条　一体的実施は、令和５年７月３日から開始する。

　　令和５年６月３０日
　　　甲　大垣市長　　　乙　岐阜労働局長

令和５年度　おおがき仕事相談室　事業計画
１　主な取組
　・就労準備支援事業からの引継ぎ
２　目標
　　支援対象者数　　　９０人以上
　　就職率　　　　　　５５．０％以上

多治見市と岐阜労働局との一体的実施に関する協定書

　多治見市（以下「甲」という。）と岐阜労働局（以下「乙」という。）は、多治見公共職業安定所（ハローワーク多治見）と一体となった就労支援について協定する。

（実施場所）
第２条　一体的実施は、たじみ就労支援窓口（常設窓口）において行う。
（実施期間）
第３条　一体的実施は、令和５年１０月２日から開始する。

　　令和５年９月２９日
　　　甲　多治見市長　　　乙　岐阜労働局長

令和５年度　たじみ就労支援窓口　事業計画
１　主な取組
　・市の広報による窓口の周知
２　目標
　　支援対象者数　　　５０人以上
　　就職率　　　　　　５０．０％以上
"""
GIFU_FACTS = [
    {
        "title": None, "prefecture": "岐阜県", "municipality": "岐阜市",
        "labour_bureau": "岐阜労働局", "hello_work": ("ハローワーク岐阜",),
        "facility_name": "ぎふ就労サポート", "facility_type": "一体的実施施設",
        "start_date": D(2023, 4, 1), "fiscal_year": 2023,
        "initiatives": ("生活福祉課との合同ケース会議",),
        "metrics": [M("支援対象者数", P(240, qualifier="以上"), None),
                    M("就職率", R("60.0", "以上"), None)],
    },
    {
        "title": None, "prefecture": "岐阜県", "municipality": "大垣市",
        "hello_work": ("ハローワーク大垣",), "facility_name": "おおがき仕事相談室",
        "facility_type": "常設窓口", "start_date": D(2023, 7, 3), "fiscal_year": 2023,
        "initiatives": ("就労準備支援事業からの引継ぎ",),
        "metrics": [M("支援対象者数", P(90, qualifier="以上"), None),
                    M("就職率", R("55.0", "以上"), None)],
    },
    {
        "title": None, "prefecture": "岐阜県", "municipality": "多治見市",
        "hello_work": ("ハローワーク多治見",), "facility_name": "たじみ就労支援窓口",
        "facility_type": "常設窓口", "start_date": D(2023, 10, 2), "fiscal_year": 2023,
        "initiatives": ("市の広報による窓口の周知",),
        "metrics": [M("支援対象者数", P(50, qualifier="以上"), None),
                    M("就職率", R("50.0", "以上"), None)],
    },
]

# 12. 北海道: report forms numbered ``様式第1号`` with items in brackets (``（１）施設の名称``),
#     the start written ``開所日：``, the partner ``担当ハローワーク``, results with a note row.
HOKKAIDO = """様式第1号
　　令和４年度　一体的実施　実績報告書
（１）施設の名称
　　おたる就労支援コーナー（一体的実施施設）
（２）実施主体
　　北海道小樽市・北海道労働局
（３）開所日
　　平成28年4月1日
（４）担当ハローワーク
　　ハローワーク小樽
（５）目標と実績
　　区分　　　　　　目標　　実績　　達成率
　　支援対象者数　　120人　　126人　　105.0%
　　就職者数　　　　72人　　　70人　　　97.2%
　　※達成率は実績を目標で除したもの。

様式第1号
　　令和４年度　一体的実施　実績報告書
（１）施設の名称
　　むろらん仕事サポート（常設窓口）
（２）実施主体
　　北海道室蘭市・北海道労働局
（３）開所日
　　令和3年1月12日
（４）担当ハローワーク
　　ハローワーク室蘭
（５）目標と実績
　　区分　　　　　　目標　　実績　　達成率
　　支援対象者数　　50人　　　55人　　　110.0%
　　就職者数　　　　30人　　　33人　　　110.0%
"""
HOKKAIDO_FACTS = [
    {
        "title": None, "prefecture": "北海道", "municipality": "小樽市",
        "labour_bureau": "北海道労働局", "hello_work": ("ハローワーク小樽",),
        "facility_name": "おたる就労支援コーナー", "facility_type": "一体的実施施設",
        "start_date": D(2016, 4, 1), "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(120), P(126), "105.0"),
                    M("就職者数", P(72), P(70), "97.2")],
    },
    {
        "title": None, "prefecture": "北海道", "municipality": "室蘭市",
        "labour_bureau": "北海道労働局", "hello_work": ("ハローワーク室蘭",),
        "facility_name": "むろらん仕事サポート", "facility_type": "常設窓口",
        "start_date": D(2021, 1, 12), "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(50), P(55), "110.0"),
                    M("就職者数", P(30), P(33), "110.0")],
    },
]

# 13. 島根: sheets with bracketed field labels (``【施設名】``), a pipe table, three cities and
#     three date forms (``H27.4.1``, kanji-era, Gregorian).
SHIMANE = """島根県　一体的実施事業　実績シート集（令和２年度）

　　一体的実施事業　実績シート

【施設名】まつえ就労サポート（一体的実施施設）
【設置自治体】島根県松江市
【連携所】ハローワーク松江
【事業開始】H27.4.1

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 220人 | 231人 | 105.0% |

■ 主な取組
・市役所での出張職業相談

　　一体的実施事業　実績シート

【施設名】いずも仕事相談コーナー（常設窓口）
【設置自治体】島根県出雲市
【連携所】ハローワーク出雲
【事業開始】令和2年4月1日

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 90人 | 99人 | 110.0% |

■ 主な取組
・ひとり親向けの夜間相談

　　一体的実施事業　実績シート

【施設名】はまだ就労支援室（常設窓口）
【設置自治体】島根県浜田市
【連携所】ハローワーク浜田
【事業開始】2019年7月1日

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 40人 | 38人 | 95.0% |

■ 主な取組
・巡回相談の実施
"""
SHIMANE_FACTS = [
    {
        "title": None, "prefecture": "島根県", "municipality": "松江市",
        "hello_work": ("ハローワーク松江",), "facility_name": "まつえ就労サポート",
        "facility_type": "一体的実施施設", "start_date": D(2015, 4, 1), "fiscal_year": 2020,
        "initiatives": ("市役所での出張職業相談",),
        "metrics": [M("支援対象者数", P(220), P(231), "105.0")],
    },
    {
        "title": None, "prefecture": "島根県", "municipality": "出雲市",
        "hello_work": ("ハローワーク出雲",), "facility_name": "いずも仕事相談コーナー",
        "facility_type": "常設窓口", "start_date": D(2020, 4, 1), "fiscal_year": 2020,
        "initiatives": ("ひとり親向けの夜間相談",),
        "metrics": [M("支援対象者数", P(90), P(99), "110.0")],
    },
    {
        "title": None, "prefecture": "島根県", "municipality": "浜田市",
        "hello_work": ("ハローワーク浜田",), "facility_name": "はまだ就労支援室",
        "facility_type": "常設窓口", "start_date": D(2019, 7, 1), "fiscal_year": 2020,
        "initiatives": ("巡回相談の実施",),
        "metrics": [M("支援対象者数", P(40), P(38), "95.0")],
    },
]

# 14. Must keep: a 好事例集 whose cases mention an agreement and a 様式 in their prose and a
#     repeated line ending in 報告書 — no form document; read as before.
BOOKLET = labelled_doc(
    "令和元年度　一体的実施　好事例集",
    ("秋田市", "ハローワーク秋田", "協定書の締結から始まった連携",
     "　市と労働局は協定書を締結し、様式第１号の実績報告書で毎月の状況を共有した。"),
    ("横手市", "ハローワーク横手", "実績報告書を使った振り返り",
     "　四半期ごとに実績報告書を作成し、様式に沿って課題を整理した。"),
)
BOOKLET_FACTS = [
    {"municipality": "秋田市", "hello_work": ("ハローワーク秋田",),
     "title": "協定書の締結から始まった連携", "start_date": D(2015, 4, 1)},
    {"municipality": "横手市", "hello_work": ("ハローワーク横手",),
     "title": "実績報告書を使った振り返り", "start_date": D(2015, 4, 1)},
]

# 15. 山口: a cover letter, 別添 + 様式 forms divided by rules, findings headed ``■所見（下関市）``
#     (the speaker in the bracket), the start under 開設日 with a kanji-era date.
YAMAGUCHI = """山口労働局発第１２号
令和３年５月１４日

厚生労働省職業安定局首席職業指導官　殿

山口労働局長

令和２年度　一体的実施事業の実績報告について

　別添のとおり報告します。

──────────────────────────────
別添１
様式第２号
　　令和２年度　一体的実施事業　実績報告書
１　実施場所
　　しものせき就労支援センター（一体的実施施設）
２　実施主体
　　下関市・山口労働局
３　開設日
　　平成２９年１０月２日
４　連携ハローワーク
　　ハローワーク下関
５　目標と実績
　　区分　　　　　　目標　　実績　　達成率
　　就職者数　　　　150人　　162人　　108.0%
６　所見
■所見（下関市）
　　就職者数は目標を上回った。
──────────────────────────────
別添２
様式第２号
　　令和２年度　一体的実施事業　実績報告書
１　実施場所
　　うべ仕事サポート（常設窓口）
２　実施主体
　　宇部市・山口労働局
３　開設日
　　令和元年１２月２日
４　連携ハローワーク
　　ハローワーク宇部
５　目標と実績
　　区分　　　　　　目標　　実績　　達成率
　　就職者数　　　　60人　　　57人　　　95.0%
６　所見
■所見（宇部市）
　　目標にわずかに届かなかった。
"""
YAMAGUCHI_FACTS = [
    {
        "title": None, "prefecture": "山口県", "municipality": "下関市",
        "labour_bureau": "山口労働局", "hello_work": ("ハローワーク下関",),
        "facility_name": "しものせき就労支援センター", "facility_type": "一体的実施施設",
        "start_date": D(2017, 10, 2), "fiscal_year": 2020,
        "metrics": [M("就職者数", P(150), P(162), "108.0")],
        "comments": [("下関市", MU, "就職者数は目標を上回った。")],
    },
    {
        "title": None, "prefecture": "山口県", "municipality": "宇部市",
        "labour_bureau": "山口労働局", "hello_work": ("ハローワーク宇部",),
        "facility_name": "うべ仕事サポート", "facility_type": "常設窓口",
        "start_date": D(2019, 12, 2), "fiscal_year": 2020,
        "metrics": [M("就職者数", P(60), P(57), "95.0")],
        "comments": [("宇部市", MU, "目標にわずかに届かなかった。")],
    },
]

# 16. 青森: agreements with an address in the signature block, a pipe-table plan headed
#     ``令和2年度目標`` under ``３　数値目標``, the period written 実施期間 in a caption.
AOMORI = """　　青森市と青森労働局との一体的実施に関する協定書

　青森県青森市（以下「甲」という。）と青森労働局（以下「乙」という。）は、青森公共職業安定所（ハローワーク青森）と協力して、次のとおり協定する。

（実施場所）
第２条　一体的実施の場所は、次のとおりとする。
　　名称　あおもり就労支援センター（一体的実施施設）
（実施期間）
第３条　一体的実施の期間は、令和２年４月１日から令和３年３月３１日までとする。

　　令和２年３月２７日
　　甲　青森県青森市中央一丁目２２番５号　青森市長
　　乙　青森県青森市新町二丁目４番２５号　青森労働局長

別紙
　　令和２年度　あおもり就労支援センター　事業計画
１　主な取組
　・生活保護受給者への就労意欲喚起セミナー
２　数値目標
| 区分 | 令和2年度目標 |
|---|---|
| 支援対象者数 | 250人以上 |
| 就職者数 | 150人以上 |

　　八戸市と青森労働局との一体的実施に関する協定書

　青森県八戸市（以下「甲」という。）と青森労働局（以下「乙」という。）は、八戸公共職業安定所（ハローワーク八戸）と協力して、次のとおり協定する。

（実施場所）
第２条　一体的実施の場所は、次のとおりとする。
　　名称　はちのへ就労サポート（常設窓口）
（実施期間）
第３条　一体的実施の期間は、令和２年７月１日から令和３年３月３１日までとする。

　　令和２年６月２６日
　　甲　青森県八戸市内丸一丁目１番１号　八戸市長
　　乙　青森県青森市新町二丁目４番２５号　青森労働局長

別紙
　　令和２年度　はちのへ就労サポート　事業計画
１　主な取組
　・市の相談窓口からの同日誘導
２　数値目標
| 区分 | 令和2年度目標 |
|---|---|
| 支援対象者数 | 100人以上 |
| 就職者数 | 60人以上 |
"""
AOMORI_FACTS = [
    {
        "title": None, "prefecture": "青森県", "municipality": "青森市",
        "labour_bureau": "青森労働局", "hello_work": ("ハローワーク青森",),
        "facility_name": "あおもり就労支援センター", "facility_type": "一体的実施施設",
        "start_date": D(2020, 4, 1), "fiscal_year": 2020,
        "initiatives": ("生活保護受給者への就労意欲喚起セミナー",),
        "metrics": [M("支援対象者数", P(250, qualifier="以上"), None),
                    M("就職者数", P(150, qualifier="以上"), None)],
    },
    {
        "title": None, "prefecture": "青森県", "municipality": "八戸市",
        "labour_bureau": "青森労働局", "hello_work": ("ハローワーク八戸",),
        "facility_name": "はちのへ就労サポート", "facility_type": "常設窓口",
        "start_date": D(2020, 7, 1), "fiscal_year": 2020,
        "initiatives": ("市の相談窓口からの同日誘導",),
        "metrics": [M("支援対象者数", P(100, qualifier="以上"), None),
                    M("就職者数", P(60, qualifier="以上"), None)],
    },
]

DOCUMENTS: dict[str, tuple[str, list[dict[str, object]]]] = {
    "tokushima": (TOKUSHIMA, TOKUSHIMA_FACTS),
    "niigata": (NIIGATA, NIIGATA_FACTS),
    "miyagi": (MIYAGI, MIYAGI_FACTS),
    "tochigi": (TOCHIGI, TOCHIGI_FACTS),
    "kumamoto": (KUMAMOTO, KUMAMOTO_FACTS),
    "iwate": (IWATE, IWATE_FACTS),
    "nagano": (NAGANO, NAGANO_FACTS),
    "hyogo": (HYOGO, HYOGO_FACTS),
    "osaka": (OSAKA, OSAKA_FACTS),
    "okayama": (OKAYAMA, OKAYAMA_FACTS),
    "gifu": (GIFU, GIFU_FACTS),
    "hokkaido": (HOKKAIDO, HOKKAIDO_FACTS),
    "shimane": (SHIMANE, SHIMANE_FACTS),
    "booklet": (BOOKLET, BOOKLET_FACTS),
    "yamaguchi": (YAMAGUCHI, YAMAGUCHI_FACTS),
    "aomori": (AOMORI, AOMORI_FACTS),
}

FACT_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)
