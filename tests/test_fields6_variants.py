# ruff: noqa: E501  (the documents are data: a header line is as long as a report prints it)
"""Initiatives, other results, metrics and report-wide header facts as other offices and
editors write them (branch ``fields6``): Word outlines lettered ``ア`` / ``イ`` / ``ウ`` / ``エ``
(glued to the heading by normalisation, bracketed, with a dot), heads whose ``その他`` makes
them other results whatever noun ends them (``その他の取組実績``), lists numbered in a cell of
their own (``1␣␣…``, ``1<TAB>…``), interviews under a results box (``問`` / ``答（…）``,
``Q.`` / ``A.``), bilingual tables whose cells carry an English gloss in brackets, heads of no
alias (``取組の特色``, ``数字で振り返る…``), and partners a report names once for all its
cases (a city's ward report).

Every document below is written for this file (real prefectures, cities, wards, labour
bureaus and Hello Work offices; invented facilities, prose and figures). Every expected fact
was written by hand from reading the document, never printed from the parser. Documents the
parser does not yet read fully are strict xfails naming the gap (a fix must remove the mark).
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import M, P, R, variant_tests

import jirei

D = datetime.date

# 1. Word outline: ア／イ／ウ／エ glued to the heading by normalisation (full-width space),
#    ①② items with a wrapped line, a running head and page number inside a case
WORD_IROHA = """令和３年度　一体的実施事業　取組事例報告書

【宮城県石巻市】【宮城労働局・ハローワーク石巻】いしのまき就労相談室（一体的実施施設）平成２９年４月３日事業開始
漁業の町で、季節に合わせた仕事探し

ア　取組内容
①　水産加工の繁忙期前に、加工会社の求人を集めた説明会を窓口で開催
②　市の生活保護担当と月２回のケース会議を開き、支援方針をそろえ
　る
イ　令和３年度の目標と実績
区分	目標	実績	達成率
支援対象者数	１２０人	１３２人	１１０．０％
就職者数	７０人	７７人	１１０．０％

　　　　　　　　　　　　　　　― ３ ―
宮城労働局　一体的実施事業　取組事例報告書

ウ　その他の実績
・ハローワーク石巻の職業訓練説明会を窓口で２回開催した。
エ　関係者の声
◎石巻市福祉部生活保護課
　相談の段取りが早くなり、就職までの期間が短くなった。

【宮城県気仙沼市】【宮城労働局・ハローワーク気仙沼】けせんぬま仕事サポート（常設窓口）平成３０年１０月１日事業開始
港の求人を生活困窮者の支援につなぐ

ア　取組内容
①　港湾関係の事業所を訪問し、短時間から働ける求人を開拓

　　　　　　　　　　　　　　　― ４ ―
宮城労働局　一体的実施事業　取組事例報告書

イ　令和３年度の目標と実績
区分	目標	実績	達成率
就職者数	４０人	４４人	１１０．０％

ウ　その他の実績
・市の自立相談支援機関と合同で職場見学会を開いた。
"""
WORD_IROHA_FACTS = [
    {
        "municipality": "石巻市",
        "fiscal_year": 2021,
        "initiatives": (
            "水産加工の繁忙期前に、加工会社の求人を集めた説明会を窓口で開催",
            "市の生活保護担当と月2回のケース会議を開き、支援方針をそろえる",
        ),
        "metrics": [
            M("支援対象者数", P(120), P(132), "110.0"),
            M("就職者数", P(70), P(77), "110.0"),
        ],
        "other_results": ("ハローワーク石巻の職業訓練説明会を窓口で2回開催した。",),
    },
    {
        "municipality": "気仙沼市",
        "initiatives": ("港湾関係の事業所を訪問し、短時間から働ける求人を開拓",),
        "metrics": [M("就職者数", P(40), P(44), "110.0")],
        "other_results": ("市の自立相談支援機関と合同で職場見学会を開いた。",),
    },
]

# 2. Bracketed and dotted letters: （ア）取組の内容 / イ．実績 / （ウ）その他の成果
IROHA_BRACKETED = """【山形県酒田市】【山形労働局・ハローワーク酒田】さかた就労支援窓口（常設窓口）令和元年７月１日開設
庄内の求人を一つの窓口で

（ア）取組の内容
・市の窓口の予約表をハローワークと共有し、相談の待ち時間をなくした。
・応募書類の書き方講座を毎月開いた。

イ．令和２年度の実績
区分	目標	実績
就職者数	５０人	５６人

（ウ）その他の成果
・講座の参加者のうち８人が応募につながった。

【山形県鶴岡市】【山形労働局・ハローワーク鶴岡】つるおか仕事相談室（常設窓口）令和２年４月１日開設
農業法人の短時間求人を掘り起こす

（ア）取組の内容
・農業法人を訪問し、収穫期の短時間求人を集めた。

イ．令和２年度の実績
区分	目標	実績
就職者数	３０人	３３人
"""
IROHA_BRACKETED_FACTS = [
    {
        "municipality": "酒田市",
        "initiatives": (
            "市の窓口の予約表をハローワークと共有し、相談の待ち時間をなくした。",
            "応募書類の書き方講座を毎月開いた。",
        ),
        "metrics": [M("就職者数", P(50), P(56))],
        "other_results": ("講座の参加者のうち8人が応募につながった。",),
    },
    {
        "municipality": "鶴岡市",
        "initiatives": ("農業法人を訪問し、収穫期の短時間求人を集めた。",),
        "metrics": [M("就職者数", P(30), P(33))],
        "other_results": (),
    },
]

# 3. Heads whose その他 / そのほか / このほか opens them: other results whatever noun ends them
OTHER_LEADS = """【栃木県小山市】【栃木労働局・ハローワーク小山】おやま就労ナビ（一体的実施施設）平成２８年４月１日開設
工業団地の求人を生活保護受給者へ

■取組内容
・工業団地の事業所を訪ね、未経験者を受け入れる求人を集めた。

■平成３０年度の実績
区分	目標	実績
就職者数	９０人	９８人

■その他の取組実績
・工業団地の合同面接会に窓口の利用者１２人が参加した。
・市の就労準備支援事業から１０人が窓口の相談に移った。

【栃木県足利市】【栃木労働局・ハローワーク足利】あしかが仕事サポート（常設窓口）平成２９年１０月２日開設
繊維の町のひとり親支援

■取組内容
・児童扶養手当の現況届の時期に、出張相談を開いた。

■平成３０年度の実績
区分	目標	実績
就職者数	６０人	６３人

◆このほかの取組成果
・出張相談をきっかけに２０人が窓口の利用を始めた。
"""
OTHER_LEADS_FACTS = [
    {
        "municipality": "小山市",
        "metrics": [M("就職者数", P(90), P(98))],
        "other_results": (
            "工業団地の合同面接会に窓口の利用者12人が参加した。",
            "市の就労準備支援事業から10人が窓口の相談に移った。",
        ),
    },
    {
        "municipality": "足利市",
        "metrics": [M("就職者数", P(60), P(63))],
        "other_results": ("出張相談をきっかけに20人が窓口の利用を始めた。",),
    },
]

# 4. A workbook printed to text: list numbers in a cell of their own (two spaces, a tab)
NUMBER_CELLS = """【静岡県沼津市】【静岡労働局・ハローワーク沼津】ぬまづ就労支援コーナー（常設窓口）平成２７年４月１日開設
駅前の窓口で夜まで相談

■取組内容
 1  駅前の商業施設に窓口を置き、平日は１９時まで相談を受け付け
 2  市のケースワーカーと毎週の打合せで支援対象者の状況を共有
 3  ハローワーク沼津の職業訓練窓口と連携し、訓練から就職まで支援

■令和４年度 目標・実績
指標	目標	実績	達成率
就職者数	１５０人	１６１人	１０７．３％

【静岡県富士市】【静岡労働局・ハローワーク富士】ふじ仕事相談窓口（一体的実施施設）平成２９年４月３日開設
製紙の町で短時間の仕事を

■取組内容
1	製紙関連の事業所を訪問し、短時間勤務の求人を開拓
2	子育て中の方向けに、保育所の入所相談と同じ日に職業相談を実施

■令和４年度 目標・実績
指標	目標	実績	達成率
就職者数	８０人	８６人	１０７．５％
"""
NUMBER_CELLS_FACTS = [
    {
        "municipality": "沼津市",
        "initiatives": (
            "駅前の商業施設に窓口を置き、平日は19時まで相談を受け付け",
            "市のケースワーカーと毎週の打合せで支援対象者の状況を共有",
            "ハローワーク沼津の職業訓練窓口と連携し、訓練から就職まで支援",
        ),
        "metrics": [M("就職者数", P(150), P(161), "107.3")],
    },
    {
        "municipality": "富士市",
        "initiatives": (
            "製紙関連の事業所を訪問し、短時間勤務の求人を開拓",
            "子育て中の方向けに、保育所の入所相談と同じ日に職業相談を実施",
        ),
        "metrics": [M("就職者数", P(80), P(86), "107.5")],
    },
]

# 5. Trap: numbered lines that are no list — rows of figures, months, a single number
NUMBER_TRAPS = """【群馬県前橋市】【群馬労働局・ハローワーク前橋】まえばし就労支援室（常設窓口）平成２８年４月１日開設
県庁所在地の窓口から

■取組内容
・市の福祉事務所と同じ階に窓口を置いた。
・相談の予約を電話でも受けるようにした。

■令和元年度の実績
区分	目標	実績
就職者数	１００人	１０８人

■その他の実績
1  月に一度、求人説明会を開いた。

【群馬県高崎市】【群馬労働局・ハローワーク高崎】たかさき仕事相談コーナー（常設窓口）平成３０年４月２日開設
駅に近い相談窓口

■取組内容
・駅前の市の施設で相談を受けた。

■令和元年度の実績
区分	目標	実績
就職者数	７０人	７２人
"""
NUMBER_TRAPS_FACTS = [
    {
        "municipality": "前橋市",
        "initiatives": ("市の福祉事務所と同じ階に窓口を置いた。", "相談の予約を電話でも受けるようにした。"),
        "metrics": [M("就職者数", P(100), P(108))],
        "other_results": ("1  月に一度、求人説明会を開いた。",),  # (a list of one: as written)
    },
    {
        "municipality": "高崎市",
        "initiatives": ("駅前の市の施設で相談を受けた。",),
        "metrics": [M("就職者数", P(70), P(72))],
    },
]

# 6. An interview under a results box: Q. / A.（…） turns are no other results; figures in the
#    answers are no metrics
INTERVIEW_QA = """【秋田県秋田市】【秋田労働局・ハローワーク秋田】あきた就労サポート（一体的実施施設）令和元年１０月１日開設
冬でも途切れない相談を

■取組のポイント
・雪の多い時期は、地域の公民館で出張相談を開いた。
・相談の記録を市とハローワークで一枚のシートにまとめた。

■令和３年度の実績
区分	目標	実績
支援対象者数	１５０人	１６２人
就職者数	９０人	９７人

Q.　出張相談を始めたきっかけは。
A.（秋田市福祉総務課）　冬になると来所が減り、相談が途切れる方が多かったためです。
Q.　手応えはいかがですか。
A.（ハローワーク秋田）　就職された方は九十七人で、目標を上回りました。

■その他の成果
・公民館での出張相談に延べ４０人が参加した。

【秋田県大館市】【秋田労働局・ハローワーク大館】おおだて仕事相談室（常設窓口）令和２年４月１日開設
小さな町の一体的な支援

■取組のポイント
・市の窓口の隣で毎日相談を受けた。

■令和３年度の実績
区分	目標	実績
就職者数	４０人	４３人

問　窓口を設けてよかったことは。
答（大館市福祉課）　その日のうちに職業相談につなげられるようになりました。
"""
INTERVIEW_QA_FACTS = [
    {
        "municipality": "秋田市",
        "initiatives": (
            "雪の多い時期は、地域の公民館で出張相談を開いた。",
            "相談の記録を市とハローワークで一枚のシートにまとめた。",
        ),
        "metrics": [M("支援対象者数", P(150), P(162)), M("就職者数", P(90), P(97))],
        "other_results": ("公民館での出張相談に延べ40人が参加した。",),
    },
    {
        "municipality": "大館市",
        "initiatives": ("市の窓口の隣で毎日相談を受けた。",),
        "metrics": [M("就職者数", P(40), P(43))],
        "other_results": (),
    },
]

# 7. Interview booklet with a data box: the people heard listed under a head, then 問／答
INTERVIEW_BOX = """インタビュー１　岩手県盛岡市

相談から応募まで一日で

〔施設データ〕
　自治体　　岩手県盛岡市
　施設名　　もりおか仕事ステーション（一体的実施施設）
　連　携　　岩手労働局／ハローワーク盛岡
　開　設　　平成三十年四月二日
　令和三年度の実績
　　支援対象者数　目標２００人　実績２１４人
　　就職者数　　　目標１２０人　実績１２９人

お話を伺った方
　盛岡市保健福祉部生活福祉第一課　就労支援員
　ハローワーク盛岡　統括職業指導官

問　開設のきっかけは。

答（盛岡市生活福祉第一課）　窓口が離れていて、就労の相談に足を運んでもらえなかったためです。

◎取組のポイント
　・面談の終わる時刻に合わせて相談の予約枠を空けた
　・求人検索の端末を窓口に置いた


インタビュー２　岩手県一関市

農業と介護の求人を地元で

〔施設データ〕
　自治体　　岩手県一関市
　施設名　　いちのせき就労相談コーナー（常設窓口）
　連　携　　岩手労働局／ハローワーク一関
　開　設　　令和元年七月一日
　令和三年度の実績
　　就職者数　　　目標６０人　実績６４人

お話を伺った方
　ハローワーク一関　就職促進指導官

問　工夫している点は。

答（ハローワーク一関）　介護施設の見学会を毎月開き、就職した方は六十四人になりました。

◎取組のポイント
　・介護施設の見学会を毎月開いた
"""
INTERVIEW_BOX_FACTS = [
    {
        "municipality": "盛岡市",
        "labour_bureau": "岩手労働局",
        "hello_work": ("ハローワーク盛岡",),
        "metrics": [
            M("支援対象者数", P(200), P(214)),
            M("就職者数", P(120), P(129)),
        ],
        "initiatives": ("面談の終わる時刻に合わせて相談の予約枠を空けた", "求人検索の端末を窓口に置いた"),
        "other_results": (),
    },
    {
        "municipality": "一関市",
        "metrics": [M("就職者数", P(60), P(64))],
        "initiatives": ("介護施設の見学会を毎月開いた",),
        "other_results": (),
    },
]

# 8. A bilingual handout: every table cell and row label carries its English gloss in brackets
BILINGUAL_TABLE = """事例１ (Case 1)
【岡山県倉敷市】【岡山労働局・ハローワーク倉敷中央】くらしき就労ステーション（一体的実施施設）平成２７年１月５日開設
造船と観光の求人を一つの窓口で

取組内容
・市の窓口に来た人を、その日のうちに職業相談へ案内した。
(People who visited the city counter were guided to job counselling on the same day.)

実績 (Results)　2022年度 (FY2022)
指標 (Indicator)	目標 (Target)	実績 (Actual)	達成率 (Achievement rate)
支援対象者数 (Persons supported)	３００人以上	３２４人	108.0%
就職者数 (Persons employed)	１８０人以上	１９８人	110.0%
　うち正社員就職 (of which: regular employment)	－	４１人	－

事例２ (Case 2)
【広島県尾道市】【広島労働局・ハローワーク尾道】おのみち仕事相談室（常設窓口）平成２９年４月３日開設
島の人にも届く出張相談

取組内容
・島しょ部の支所で月２回の出張相談を開いた。

実績 (Results)　2022年度 (FY2022)
指標 (Indicator)	目標 (Target)	実績 (Actual)
就職者数 (Persons employed)	７０人	７５人
就職率 (Employment rate)	６０％	６２．５％
"""
BILINGUAL_TABLE_FACTS = [
    {
        "municipality": "倉敷市",
        "fiscal_year": 2022,
        "initiatives": ("市の窓口に来た人を、その日のうちに職業相談へ案内した。",),
        "metrics": [
            M("支援対象者数", P(300, "人", "以上"), P(324), "108.0"),
            M("就職者数", P(180, "人", "以上"), P(198), "110.0"),
            M("うち正社員就職", None, P(41)),
        ],
    },
    {
        "municipality": "尾道市",
        "fiscal_year": 2022,
        "metrics": [M("就職者数", P(70), P(75)), M("就職率", R("60"), R("62.5"))],
    },
]

# 9. A pipe table with bracketed glosses in every cell (full-width brackets)
BILINGUAL_PIPES = """【香川県丸亀市】【香川労働局・ハローワーク丸亀】まるがめ就労支援窓口（常設窓口）令和元年１０月１日開設
城下町の窓口で一体的な支援

■取組内容
・市の福祉課と同じフロアで相談を受けた。

■令和４年度の実績
| 指標（Indicator） | 目標（Target） | 実績（Actual） |
|---|---|---|
| 支援対象者数（Persons supported） | 110人 | 118人 |
| 就職者数（Persons employed） | 66人 | 71人 |

【香川県坂出市】【香川労働局・ハローワーク坂出】さかいで仕事相談コーナー（常設窓口）令和２年４月１日開設
臨海部の求人を身近に

■取組内容
・臨海部の事業所の求人を窓口で紹介した。

■令和４年度の実績
| 指標（Indicator） | 目標（Target） | 実績（Actual） |
|---|---|---|
| 就職者数（Persons employed） | 40人 | 42人 |
"""
BILINGUAL_PIPES_FACTS = [
    {
        "municipality": "丸亀市",
        "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(110), P(118)), M("就職者数", P(66), P(71))],
    },
    {"municipality": "坂出市", "metrics": [M("就職者数", P(40), P(42))]},
]

# 10. Heads no alias lists: 取組の特色 / 事業の特長 over the list, 数字で振り返る… over the table
FEATURE_HEADS = """好事例①　山口県下関市
━━━━━━━━━━━━━━━━━━━━
　港町の求人を生活保護受給者へ
━━━━━━━━━━━━━━━━━━━━
実施自治体　　　山口県下関市
連携機関　　　　山口労働局　ハローワーク下関
施設名称　　　　しものせき就労サポート（一体的実施施設）
設置年月日　　　平成２８年４月１日

■取組の特色
　◇水産加工会社を訪問し、未経験者向けの求人を集めた。
　◇市のケースワーカーが初回相談に同席した。

■平成３０年度の実績
　項目　　　　　　目標　　　　実績
　就職者数　　　　１２０人　　１３１人

好事例②　山口県宇部市
━━━━━━━━━━━━━━━━━━━━
　化学工場の町の短時間求人
━━━━━━━━━━━━━━━━━━━━
実施自治体　　　山口県宇部市
連携機関　　　　山口労働局　ハローワーク宇部
施設名称　　　　うべ仕事相談室（常設窓口）
設置年月日　　　平成２９年１０月２日

■事業の特長
　◇化学工場の協力会社から短時間の求人を集めた。

■平成３０年度の実績
　項目　　　　　　目標　　　　実績
　就職者数　　　　６０人　　　６６人
"""
FEATURE_HEADS_FACTS = [
    {
        "municipality": "下関市",
        "initiatives": (
            "水産加工会社を訪問し、未経験者向けの求人を集めた。",
            "市のケースワーカーが初回相談に同席した。",
        ),
        "metrics": [M("就職者数", P(120), P(131))],
    },
    {
        "municipality": "宇部市",
        "initiatives": ("化学工場の協力会社から短時間の求人を集めた。",),
        "metrics": [M("就職者数", P(60), P(66))],
    },
]

# 11. A city's ward report: partners named once at the top, each case opens with the ward
WARD_REPORT = """令和３年度　広島市就労支援窓口　区別実施状況

１　概要
　本市は、広島労働局及びハローワーク広島と協定を結び、区役所に窓口を置いている。

　　協定の当事者　　広島市　／　広島労働局　／　ハローワーク広島
　　協定の締結　　　2018年（平成30年）3月

２　区別の実施状況

【事例１】中区
区役所の中で相談から応募まで

　窓口名称　しごとサポートなか（常設窓口）
　開設日　　2018年（平成30年）4月2日

◆取組内容
●保護課と窓口を同じ階に置いた。

◆令和３年度の実績
区分	目標	実績
就職者数	１００人	１０６人

【事例２】南区
港に近い区の子育て世帯支援

　窓口名称　しごとサポートみなみ（常設窓口）
　開設日　　2019年（令和元年）10月1日

◆取組内容
●子育て支援課と合同の相談会を開いた。

◆令和３年度の実績
区分	目標	実績
就職者数	８０人	８３人
"""
WARD_REPORT_FACTS = [
    {
        "prefecture": "広島県",
        "municipality": "広島市中区",
        "labour_bureau": "広島労働局",
        "hello_work": ("ハローワーク広島",),
        "metrics": [M("就職者数", P(100), P(106))],
    },
    {
        "prefecture": "広島県",
        "municipality": "広島市南区",
        "labour_bureau": "広島労働局",
        "hello_work": ("ハローワーク広島",),
        "metrics": [M("就職者数", P(80), P(83))],
    },
]

# 12. The same with the partners on one line of slashes under the cover, wards as 【…区】 labels
WARD_SLASHES = """札幌市　区役所就労支援窓口の取組（令和４年度）
連携：札幌市／北海道労働局／ハローワーク札幌北

事例１　北区
ケースワーカーと並んで相談

■取組内容
・面談の後すぐに職業相談へ案内した。

■令和４年度の実績
区分	目標	実績
就職者数	１２０人	１２６人

事例２　東区
ひとり親の夕方相談

■取組内容
・火曜と木曜は１９時まで相談を受けた。

■令和４年度の実績
区分	目標	実績
就職者数	９０人	９４人
"""
WARD_SLASHES_FACTS = [
    {
        "prefecture": "北海道",
        "municipality": "札幌市北区",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク札幌北",),
    },
    {
        "prefecture": "北海道",
        "municipality": "札幌市東区",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク札幌北",),
    },
]

# 13. Trap: a report of two bureaus' cases, each naming its partners on a line of its own, and
#     a third naming none: no case inherits another's partners
TWO_BUREAUS = """一体的実施　取組事例（令和２年度）

事例１　大分県大分市
温泉の町で仕事探し

連携：大分労働局／ハローワーク大分

■取組内容
・市役所の１階で相談を受けた。

■令和２年度の実績
区分	目標	実績
就職者数	１００人	１０４人

事例２　宮崎県宮崎市
県庁所在地の窓口

連携：宮崎労働局／ハローワーク宮崎

■取組内容
・市の福祉課の隣に窓口を置いた。

■令和２年度の実績
区分	目標	実績
就職者数	９０人	９２人

事例３　熊本県八代市
い草の町の支援

■取組内容
・市の支所で出張相談を開いた。

■令和２年度の実績
区分	目標	実績
就職者数	５０人	５３人
"""
TWO_BUREAUS_FACTS = [
    {"municipality": "大分市", "labour_bureau": "大分労働局"},
    {"municipality": "宮崎市", "labour_bureau": "宮崎労働局"},
    {"municipality": "八代市", "labour_bureau": None, "hello_work": ()},
]

# 14. A press release's attachment pages: 【別添n】 over each case, a double-line box of voices
#     right under the results table (no その他 section), a box of other results in another case
PRESS_ATTACHMENTS = """【別添１】

事例１　愛媛県今治市
━━━━━━━━━━━━━━━━━━━━
　造船の町で、見学から始める就職
━━━━━━━━━━━━━━━━━━━━
実施自治体　　　愛媛県今治市
連携機関　　　　愛媛労働局　ハローワーク今治
施設名称　　　　いまばり就労サポート（常設窓口）
設置年月日　　　平成３０年４月２日

■取組の内容
　◇造船所の職場見学会を毎月開き、見学の後に個別相談を行った。

■令和元年度の実績
　項目　　　　　　目標　　　　実績
　就職者数　　　　８０人　　　８７人

╔═　関係者の声　═══════════════════════╗
║【今治市福祉課】　　　　　　　　　　　　　　║
║　見学をきっかけに応募する方が増えました。　║
╚════════════════════════════════════╝

【別添２】

事例２　愛媛県新居浜市
━━━━━━━━━━━━━━━━━━━━
　工場の短時間求人を子育て世帯へ
━━━━━━━━━━━━━━━━━━━━
実施自治体　　　愛媛県新居浜市
連携機関　　　　愛媛労働局　ハローワーク新居浜
施設名称　　　　にいはま仕事相談室（常設窓口）
設置年月日　　　令和元年１０月１日

■取組の内容
　◇工場の協力会社を訪ね、短時間勤務の求人を集めた。

■令和元年度の実績
　項目　　　　　　目標　　　　実績
　就職者数　　　　５０人　　　５３人

■その他の成果
　◇短時間求人に応募した１５人のうち９人が採用された。
"""
PRESS_ATTACHMENTS_FACTS = [
    {
        "municipality": "今治市",
        "initiatives": ("造船所の職場見学会を毎月開き、見学の後に個別相談を行った。",),
        "metrics": [M("就職者数", P(80), P(87))],
        "other_results": (),
    },
    {
        "municipality": "新居浜市",
        "initiatives": ("工場の協力会社を訪ね、短時間勤務の求人を集めた。",),
        "metrics": [M("就職者数", P(50), P(53))],
        "other_results": ("短時間求人に応募した15人のうち9人が採用された。",),
    },
]

# 15. A ward report whose fact lines are space-aligned (label, gap, value: the start date's line
#     read as a table's first row) and whose facility label is glued to the name by
#     normalisation (one full-width space)
WARD_FIELDS = """令和４年度　さいたま市就労支援窓口の実施状況

　　連携協定　さいたま市　／　埼玉労働局　／　ハローワーク浦和

【事例１】浦和区
県庁のそばで、相談から応募まで

　窓口名称　しごとサポート浦和（常設窓口）
　開設日　　2019年（令和元年）7月1日

◆取組内容
●福祉課の面談の後、その場で職業相談に案内した。

◆令和４年度の実績
区分	目標	実績
就職者数	１１０人	１１８人

【事例２】大宮区
駅前の区役所で夜間相談

　窓口名称　しごとサポート大宮（常設窓口）
　開設日　　2020年（令和2年）4月1日

◆取組内容
●木曜日は19時まで相談を受けた。

◆令和４年度の実績
区分	目標	実績
就職者数	９０人	９６人
"""
WARD_FIELDS_FACTS = [
    {
        "prefecture": "埼玉県",
        "municipality": "さいたま市浦和区",
        "labour_bureau": "埼玉労働局",
        "hello_work": ("ハローワーク浦和",),
        "facility_name": "しごとサポート浦和",
        "facility_type": "常設窓口",
        "start_date": D(2019, 7, 1),
        "other_results": (),
        "metrics": [M("就職者数", P(110), P(118))],
    },
    {
        "prefecture": "埼玉県",
        "municipality": "さいたま市大宮区",
        "labour_bureau": "埼玉労働局",
        "hello_work": ("ハローワーク浦和",),
        "facility_name": "しごとサポート大宮",
        "start_date": D(2020, 4, 1),
        "other_results": (),
        "metrics": [M("就職者数", P(90), P(96))],
    },
]

# 17. A data box's results as lines of role words, names set apart by gaps of different widths
#     (one full-width space is removed by normalisation, three are a gap), the box's notes and
#     the people heard after a blank line
DATA_BOX_GAPS = """事例１　青森県弘前市

りんごの町の通年雇用

〔施設データ〕
　自治体　　青森県弘前市
　施設名　　ひろさき就労支援室（常設窓口）
　開　設　　令和元年十月一日
　令和三年度の実績
　　支援対象者数　目標１８０人以上　実績１９２人（達成率１０６．７％）
　　就職者数　　　目標１００人以上　実績１０９人（達成率１０９．０％）
　　就職率　　　　実績５６．８％

お話を伺った方
　弘前市健康福祉部生活福祉課　就労支援員

■取組のポイント
・りんご農家の冬の作業を求人にまとめた。

事例２　青森県八戸市

港の求人を一つの窓口で

〔施設データ〕
　自治体　　青森県八戸市
　施設名　　はちのへ仕事相談コーナー（常設窓口）
　開　設　　平成三十年四月二日
　令和三年度の実績
　　就職者数　　　目標１２０人　実績１３２人（達成率１１０．０％）
　　支援対象者数　目標２００人　実績２１６人（達成率１０８．０％）

※支援対象者数は年度内に新たに支援を始めた人数。

■取組のポイント
・水産加工会社の求人を窓口で紹介した。
"""
DATA_BOX_GAPS_FACTS = [
    {
        "municipality": "弘前市",
        "facility_name": "ひろさき就労支援室",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(180, "人", "以上"), P(192), "106.7"),
            M("就職者数", P(100, "人", "以上"), P(109), "109.0"),
            M("就職率", None, R("56.8")),
        ],
        "other_results": (),
        "initiatives": ("りんご農家の冬の作業を求人にまとめた。",),
    },
    {
        "municipality": "八戸市",
        "metrics": [
            M("就職者数", P(120), P(132), "110.0"),
            M("支援対象者数", P(200), P(216), "108.0"),
        ],
        "other_results": (),
    },
]

# 18. A workbook's sheets printed with their indents: the results grid one space in, its
#     sub-row two spaces in, then the page's footer at the margin (bureau, sheet, page counter)
#     and the next page's print title in the same section
SHEET_FOOTER = """【長崎県佐世保市】【長崎労働局・ハローワーク佐世保】させぼ就労支援コーナー（常設窓口）平成２８年１０月３日開設
基地の町の求人を一つの窓口で

■取組内容
 1  市の生活福祉課と毎週の打合せで支援の進み具合を共有
 2  造船関連の事業所を訪ね、未経験者向けの求人を集めた

■2021年度 目標・実績
 指標              単位     目標       実績       達成率(%)
 支援対象者数      人       210        228        108.6
 就職者数          人       130        141        108.5
  うち紹介就職     人       90         97         107.8

長崎労働局 職業対策課                       佐世保市                                        1 / 2
\f2021年度 一体的実施 取組事例シート                                   長崎労働局

■その他の実績
 ・ 合同面接会に窓口の利用者１８人が参加した

【長崎県諫早市】【長崎労働局・ハローワーク諫早】いさはや仕事相談室（常設窓口）令和元年７月１日開設
駅前の窓口で子育て世帯を支援

■取組内容
 1  保育所の入所相談と同じ日に職業相談を受けられるようにした
 2  子育て中の方向けの短時間求人を集めた

■2021年度 目標・実績
 指標              単位     目標       実績       達成率(%)
 就職者数          人       70         74         105.7
  うち紹介就職     人       50         52         104.0

長崎労働局 職業対策課                       諫早市                                          2 / 2
"""
SHEET_FOOTER_FACTS = [
    {
        "municipality": "佐世保市",
        "initiatives": (
            "市の生活福祉課と毎週の打合せで支援の進み具合を共有",
            "造船関連の事業所を訪ね、未経験者向けの求人を集めた",
        ),
        "metrics": [
            M("支援対象者数", P(210), P(228), "108.6"),
            M("就職者数", P(130), P(141), "108.5"),
            M("うち紹介就職", P(90), P(97), "107.8"),
        ],
        "other_results": ("合同面接会に窓口の利用者18人が参加した",),
    },
    {
        "municipality": "諫早市",
        "metrics": [
            M("就職者数", P(70), P(74), "105.7"),
            M("うち紹介就職", P(50), P(52), "104.0"),
        ],
        "other_results": (),
    },
]

# 16. The same with each ward's address line under its facts (``設置場所　浦和区役所 2階``)
WARD_ADDRESS = WARD_FIELDS.replace(
    "2019年（令和元年）7月1日\n", "2019年（令和元年）7月1日\n　設置場所　浦和区役所 2階 福祉課横\n"
).replace("2020年（令和2年）4月1日\n", "2020年（令和2年）4月1日\n　設置場所　大宮区役所 1階\n")
WARD_ADDRESS_FACTS = WARD_FIELDS_FACTS

DOCUMENTS: dict[str, tuple[str, list[dict[str, object]]]] = {
    "word_iroha": (WORD_IROHA, WORD_IROHA_FACTS),
    "iroha_bracketed": (IROHA_BRACKETED, IROHA_BRACKETED_FACTS),
    "other_leads": (OTHER_LEADS, OTHER_LEADS_FACTS),
    "number_cells": (NUMBER_CELLS, NUMBER_CELLS_FACTS),
    "number_traps": (NUMBER_TRAPS, NUMBER_TRAPS_FACTS),
    "interview_qa": (INTERVIEW_QA, INTERVIEW_QA_FACTS),
    "interview_box": (INTERVIEW_BOX, INTERVIEW_BOX_FACTS),
    "bilingual_table": (BILINGUAL_TABLE, BILINGUAL_TABLE_FACTS),
    "bilingual_pipes": (BILINGUAL_PIPES, BILINGUAL_PIPES_FACTS),
    "feature_heads": (FEATURE_HEADS, FEATURE_HEADS_FACTS),
    "ward_report": (WARD_REPORT, WARD_REPORT_FACTS),
    "ward_slashes": (WARD_SLASHES, WARD_SLASHES_FACTS),
    "two_bureaus": (TWO_BUREAUS, TWO_BUREAUS_FACTS),
    "press_attachments": (PRESS_ATTACHMENTS, PRESS_ATTACHMENTS_FACTS),
    "ward_fields": (WARD_FIELDS, WARD_FIELDS_FACTS),
    "ward_address": (WARD_ADDRESS, WARD_ADDRESS_FACTS),
    "data_box_gaps": (DATA_BOX_GAPS, DATA_BOX_GAPS_FACTS),
    "sheet_footer": (SHEET_FOOTER, SHEET_FOOTER_FACTS),
}

KNOWN_GAPS: dict[str, str] = {}  # (ward_address: read since decision 2379, branch house11)
COUNT_GAPS: dict[str, str] = {}


test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, KNOWN_GAPS, COUNT_GAPS
)


def _lines(*texts: str) -> tuple[jirei.lines.Line, ...]:
    from jirei.lines import Line

    out = []
    at = 0
    for text in texts:
        out.append(Line(text, at))
        at += len(text) + 1
    return tuple(out)


@pytest.mark.parametrize(
    ("texts", "items"),
    [
        (("1  駅前に窓口を置いた", "2  夜も相談を受けた"), ["駅前に窓口を置いた", "夜も相談を受けた"]),
        (("1\t駅前に窓口を置いた", "2\t夜も相談を受けた"), ["駅前に窓口を置いた", "夜も相談を受けた"]),
        (("1  駅前に窓口を置いた",), None),  # a list of one: as written
        (("2  駅前に窓口を置いた", "3  夜も相談を受けた"), None),  # not counting from 1
        (("1 月  120人", "2 月  130人"), None),  # months of a table
        (("1  札幌市  120人", "2  旭川市  130人"), None),  # rows of more cells
        (("1  駅前に窓口を置いた", "3  夜も相談を受けた"), None),  # out of order
    ],
)
def test_number_items(texts: tuple[str, ...], items: list[str] | None) -> None:
    from jirei.numberitems import number_items

    lines = _lines(*texts)
    out = number_items(lines)
    if items is None:
        assert out == lines
        return
    filled = [line for line in out if not line.blank]
    assert [line.text for line in filled] == items
    for line in filled:  # each item keeps its offsets into the text
        original = "\n".join(texts)
        assert original[line.start : line.end] == line.text


@pytest.mark.parametrize(
    ("texts", "start"),
    [
        (("・見学会を開いた。", "", "問施設のきっかけは。", "", "答(北区保護課) 以前は…"), 2),
        (("Q. 手応えは。", "A.(ハローワーク秋田) 上回りました。"), 0),
        (("答：窓口が近くなりました。",), 0),
        (("・問題のある求人を除いた。", "・回答のあった事業所を訪ねた。"), None),
        (("・A社と連携した。",), None),
    ],
)
def test_dialogue_start(texts: tuple[str, ...], start: int | None) -> None:
    from jirei.dialogue import dialogue_start

    assert dialogue_start(_lines(*texts)) == start


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ウ　その他の取組実績", "other_results"),
        ("◆このほかの取組成果", "other_results"),
        ("■取組実績", "results"),  # no lead word: the stem decides
        ("■取組の特色", "initiatives"),
        ("◆数字で振り返る令和4年度", "results"),
        ("┌─　関係者の声　──────────┐", "comments"),
        ("お話を伺った方", "aside"),
    ],
)
def test_head_kinds(line: str, kind: str) -> None:
    from jirei.headwords import head_kind
    from jirei.normalise import normalise

    assert head_kind(normalise(line).text) == kind


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("ア　取組内容", "initiatives"),
        ("（イ）目標と実績", "results"),
        ("ウ．その他の実績", "other_results"),
        ("イ　平成二十八年度の目標と実績", "results"),
        ("実績 (Results)　2021年度 (FY2021)", "results"),
    ],
)
def test_lettered_and_glossed_headings(line: str, section: str) -> None:
    from jirei.normalise import normalise
    from jirei.sections import K, classifier

    assert classifier().kind_of(normalise(line).text) == (K.SECTION, section)


def test_lettered_katakana_word_is_no_heading() -> None:
    from jirei.normalise import normalise
    from jirei.sections import K, classifier

    assert classifier().kind_of(normalise("アクセス　取組内容").text)[0] is not K.SECTION


@pytest.mark.parametrize(
    ("line", "kept", "gone"),
    [
        ("支援対象者数 (Persons supported)\t400人", "支援対象者数", "Persons"),
        ("| 目標（Target） | 実績（Actual） |", "実績", "Actual"),
        ("連携先 (Partners)：香川労働局", "連携先", "Partners"),
        ("事例１ (Case 1)", "(Case 1)", None),  # a case label's gloss stays
        ("就職率 (%)\t60%", "(%)", None),  # no English word: no gloss
        ("実績 (Results)　2021年度", "(Results)", None),  # more words after it: left
    ],
)
def test_bracketed_gloss(line: str, kept: str, gone: str | None) -> None:
    from jirei.glosses import untangle_glosses

    out = untangle_glosses(f"前の行\n{line}\n後の行")
    assert len(out) == len(line) + 8  # same length: every offset stays
    assert kept in out
    if gone is not None:
        assert gone not in out
