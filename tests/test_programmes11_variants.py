"""Other programmes' result tables and other partners, second round (decisions 2410-2419):
group tables whose columns join a role word to a metric (``就職者数目標``, ``目標就職者数``),
numbered group captions over two tables per case (``（１）生活保護受給者``, ``①生活困窮者``),
quarterly or half-year tables with a year total, a ``単位`` column whose first cell
normalisation glued to the label, a bracketed kind ending in a listed kind, 広域連合 and
一部事務組合 speakers, range targets (``150～170人``), a bureau and its office on one line with
the space between them removed, and a report's closing contact sentence.

Every document below is written for this file (real places, offices and bureaus; invented
facilities, prose and figures); every expected value was written by hand from reading the
document by docs/reading-rules.md and the decisions of corpus/README.md, never printed from
the parser.
"""

from __future__ import annotations

import datetime as dt

import jirei
from _variants import M, P, R, variant_tests
from jirei.facts import is_fact_line
from jirei.headings import variant_kind
from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES
from jirei.tables.namedroles import named_role
from jirei.tables.periodtotals import period_totals
from jirei.tables.rangetargets import is_range_target
from jirei.tables.unitcolumn import split_unit_label

MU, LB, HW, OT = "municipality", "labour_bureau", "hello_work", "other"


def _d(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def K(value: int, qualifier: str | None = None) -> tuple[object, str | None, str | None]:
    return P(value, "件", qualifier)


# 1. 宮崎: a bureau's seiho report. Target groups as rows, the target of 就職者数 in a column
#    headed ``目標就職者数`` (the role word BEFORE the name), ``合計`` as the total row, the
#    units in a caption. No 達成率 is stated.
MIYAZAKI = """令和２年度　生活保護受給者等就労自立促進事業　実施状況報告

宮崎労働局職業安定部

事例１
　実施主体：宮崎県都城市　／　宮崎労働局・ハローワーク都城
　施設名称：みやこのじょう就労支援コーナー（一体的実施施設）
　開 設 日：平成29年6月1日

福祉課の隣で、申請の日から就労相談

◎主な取組
　●保護の申請時に就労支援ナビゲーターを紹介する。
　●月１回、支援対象者ごとの進捗確認会議を開催。

◎令和２年度の実績
（単位：人、％）
区分                  支援対象者数    就職者数    就職率    目標就職者数
生活保護受給者              140           77        55.0           70
ひとり親                     50           31        62.0           25
合計                        190          108        56.8           95

◇都城市の声
　申請の日に相談につなげることで、支援開始までの期間が短くなった。

事例２
　実施主体：宮崎県日向市　／　宮崎労働局・ハローワーク日向
　施設名称：ひゅうがしごと相談室（常設窓口）
　開 設 日：令和元年10月1日

港の仕事を地元の求職者へつなぐ

◎主な取組
　●港湾関係の求人を重点的に開拓した。

◎令和２年度の実績
（単位：人、％）
区分                  支援対象者数    就職者数    就職率    目標就職者数
生活保護受給者               60           29        48.3           30
生活困窮者                   20           11        55.0           10
合計                         80           40        50.0           40

◇ハローワーク日向の声
　港湾の求人は短期のものが多いが、定着につながる紹介を心がけている。
"""
MIYAZAKI_FACTS = [
    {
        "title": "福祉課の隣で、申請の日から就労相談",
        "prefecture": "宮崎県",
        "municipality": "都城市",
        "labour_bureau": "宮崎労働局",
        "hello_work": ("ハローワーク都城",),
        "facility_name": "みやこのじょう就労支援コーナー",
        "facility_type": "一体的実施施設",
        "start_date": _d(2017, 6, 1),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", None, P(140), group="生活保護受給者"),
            M("就職者数", P(70), P(77), group="生活保護受給者"),
            M("就職率", None, R("55.0"), group="生活保護受給者"),
            M("支援対象者数", None, P(50), group="ひとり親"),
            M("就職者数", P(25), P(31), group="ひとり親"),
            M("就職率", None, R("62.0"), group="ひとり親"),
            M("支援対象者数", None, P(190)),
            M("就職者数", P(95), P(108)),
            M("就職率", None, R("56.8")),
        ],
        "comments": [
            ("都城市", MU, "申請の日に相談につなげることで、支援開始までの期間が短くなった。"),
        ],
    },
    {
        "title": "港の仕事を地元の求職者へつなぐ",
        "municipality": "日向市",
        "hello_work": ("ハローワーク日向",),
        "facility_type": "常設窓口",
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", None, P(60), group="生活保護受給者"),
            M("就職者数", P(30), P(29), group="生活保護受給者"),
            M("就職率", None, R("48.3"), group="生活保護受給者"),
            M("支援対象者数", None, P(20), group="生活困窮者"),
            M("就職者数", P(10), P(11), group="生活困窮者"),
            M("就職率", None, R("55.0"), group="生活困窮者"),
            M("支援対象者数", None, P(80)),
            M("就職者数", P(40), P(40)),
            M("就職率", None, R("50.0")),
        ],
    },
]

# 2. 秋田: the target columns written ``…の目標`` after each name, a ``計`` total row, a
#    pipe table.
AKITA = """令和３年度　一体的実施事業の取組

事例１
〔秋田県横手市〕〔秋田労働局・ハローワーク横手〕
よこて就労サポート（福祉事務所内常設窓口）　令和2年4月1日開設

雪の季節も通える窓口づくり

■取組の内容
　①冬季は市の送迎バスの時刻に合わせて相談枠を設けた。

■令和３年度の実績
| 対象者 | 支援対象者数 | 支援対象者数の目標 | 就職者数 | 就職者数の目標 |
| --- | --- | --- | --- | --- |
| 生活保護受給者 | 88人 | 80人 | 47人 | 45人 |
| 児童扶養手当受給者 | 35人 | 30人 | 21人 | 18人 |
| 計 | 123人 | 110人 | 68人 | 63人 |

《ハローワーク横手》
　冬でも来やすい時間帯を市と一緒に考えた。
"""
AKITA_FACTS = [
    {
        "title": "雪の季節も通える窓口づくり",
        "municipality": "横手市",
        "facility_name": "よこて就労サポート",
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(80), P(88), group="生活保護受給者"),
            M("就職者数", P(45), P(47), group="生活保護受給者"),
            M("支援対象者数", P(30), P(35), group="児童扶養手当受給者"),
            M("就職者数", P(18), P(21), group="児童扶養手当受給者"),
            M("支援対象者数", P(110), P(123)),
            M("就職者数", P(63), P(68)),
        ],
    },
]

# 3. 香川: two tables per case under numbered captions written three ways (``①``, ``１．``,
#    ``(2)``), a range target, and the report's closing contact sentence after the last
#    comment.
KAGAWA = """令和元年度　福祉事務所とハローワークの一体的実施事例

事例Ａ
〔香川県丸亀市〕〔香川労働局・ハローワーク丸亀〕
まるがめ就労ナビ（福祉事務所内常設窓口）　平成29年4月3日開設

保護課の面接室で、最初の相談から一緒に

■取組の内容
　①初回面談にナビゲーターが同席する。
　②就職後の定着支援を電話で行う。

■令和元年度の実績
①生活保護受給者
　区分　　　　　目標　　　　　実績　　　達成率
　支援対象者数　120人以上　　131人　　　109.2％
　就職者数　　　70～80人　　 77人　　　 －
②生活困窮者
　区分　　　　　目標　　　　　実績　　　達成率
　支援対象者数　40人以上　　　46人　　　115.0％
　就職者数　　　24人以上　　　25人　　　104.2％

《丸亀市健康福祉部生活福祉課》
　面接室で一緒に話を聞けるので、支援の方針をその場で決められる。

事例Ｂ
〔香川県坂出市〕〔香川労働局・ハローワーク坂出〕
さかいで仕事相談コーナー（福祉事務所内常設窓口）　令和元年7月1日開設

相談から職業紹介まで一つの部屋で

■取組の内容
　①求人情報を毎週更新して掲示した。

■令和元年度の実績
１．生活保護受給者
　区分　　　　　目標　　　　　実績　　　達成率
　支援対象者数　50人　　　　　54人　　　108.0％
　就職者数　　　30人　　　　　31人　　　103.3％
(2)生活困窮者
　区分　　　　　目標　　　　　実績　　　達成率
　支援対象者数　20人　　　　　18人　　　 90.0％
　就職者数　　　12人　　　　　12人　　　100.0％

《ハローワーク坂出》
　一つの部屋で完結するので、利用者の負担が軽くなった。

本冊子に関するお問い合わせは、香川労働局 職業安定部 職業対策課まで。
"""
KAGAWA_FACTS = [
    {
        "title": "保護課の面接室で、最初の相談から一緒に",
        "municipality": "丸亀市",
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(120, "人", "以上"), P(131), "109.2", group="生活保護受給者"),
            M("就職者数", None, P(77), group="生活保護受給者"),
            M("支援対象者数", P(40, "人", "以上"), P(46), "115.0", group="生活困窮者"),
            M("就職者数", P(24, "人", "以上"), P(25), "104.2", group="生活困窮者"),
        ],
        "comments": [
            (
                "丸亀市健康福祉部生活福祉課",
                MU,
                "面接室で一緒に話を聞けるので、支援の方針をその場で決められる。",
            ),
        ],
    },
    {
        "title": "相談から職業紹介まで一つの部屋で",
        "municipality": "坂出市",
        "start_date": _d(2019, 7, 1),
        "metrics": [
            M("支援対象者数", P(50), P(54), "108.0", group="生活保護受給者"),
            M("就職者数", P(30), P(31), "103.3", group="生活保護受給者"),
            M("支援対象者数", P(20), P(18), "90.0", group="生活困窮者"),
            M("就職者数", P(12), P(12), "100.0", group="生活困窮者"),
        ],
        "comments": [
            ("ハローワーク坂出", HW, "一つの部屋で完結するので、利用者の負担が軽くなった。"),
        ],
    },
]

# 4. 静岡: half-year columns (上半期 / 下半期) with a ``合計`` year total and a 達成率 column,
#    space-aligned, two rows per metric; the results heading names its breakdown before the
#    name (``半期ごとの目標と実績``); plain header lines whose bureau and office one
#    full-width space parts (normalisation removes it).
SHIZUOKA = """2022年度　障害者・外国人就労支援窓口の取組

No.1
静岡県　富士市
静岡労働局　ハローワーク富士
ふじ障がい者しごと相談窓口（障害者就労支援窓口）　2020年4月1日開設

製紙のまちで、障害のある方の就職を後押し

◎主な取組
●市の障害福祉課とハローワークが同じフロアで相談を受ける。

◎2022年度　半期ごとの目標と実績
指標          区分    上半期    下半期    合計     達成率
支援対象者数  目標    40人      40人      80人
              実績    38人      47人      85人     106.3%
就職者数      目標    20人      25人      45人
              実績    22人      24人      46人     102.2%

◆富士市障害福祉課のコメント
同じフロアで相談できるので、福祉と就労の情報がすぐに共有できる。

No.2
静岡県　磐田市
静岡労働局　ハローワーク磐田
いわた外国人就労サポート（外国人就労支援窓口）　2021年10月1日開設

通訳付きの相談で、工場の求人へつなぐ

◎主な取組
●ポルトガル語の通訳を週３日配置した。

◎2022年度　半期ごとの目標と実績
指標          区分    上半期    下半期    合計     達成率
相談件数      目標    150件     150件     300件
              実績    160件     170件     330件    110.0%
就職者数      目標    15人      15人      30人
              実績    13人      14人      27人     90.0%

◆ハローワーク磐田のコメント
通訳がいることで、求人の条件を正確に伝えられるようになった。
"""
SHIZUOKA_FACTS = [
    {
        "title": "製紙のまちで、障害のある方の就職を後押し",
        "prefecture": "静岡県",
        "municipality": "富士市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク富士",),
        "facility_name": "ふじ障がい者しごと相談窓口",
        "facility_type": "障害者就労支援窓口",
        "start_date": _d(2020, 4, 1),
        "fiscal_year": 2022,
        "initiatives": ("市の障害福祉課とハローワークが同じフロアで相談を受ける。",),
        "metrics": [
            M("支援対象者数", P(80), P(85), "106.3"),
            M("就職者数", P(45), P(46), "102.2"),
        ],
    },
    {
        "title": "通訳付きの相談で、工場の求人へつなぐ",
        "municipality": "磐田市",
        "hello_work": ("ハローワーク磐田",),
        "fiscal_year": 2022,
        "metrics": [
            M("相談件数", K(300), K(330), "110.0"),
            M("就職者数", P(30), P(27), "90.0"),
        ],
    },
]

# 5. 名古屋: a 政令市 ward's card with a ``単位`` column whose first cell stands one full-width
#    space after its label, a kind in tortoise-shell brackets ending in a listed kind, and a
#    一部事務組合 speaker next to the ward's.
NAGOYA = """政令指定都市の区における一体的実施事例

第１　愛知県名古屋市中村区　　連携先：愛知労働局　ハローワーク名古屋中
施設名　なかむら就労相談室〔生活保護受給者等就労自立促進事業巡回相談窓口〕
開設日　平成三十年十月一日
────────────────────────────────────────
駅前の区役所で、週三日の出張相談

１　取組の概要
　（１）区の保護係からの送り出しを受け付ける。

２　令和元年度の目標と実績
　項目　　　　　単位　　　目標　　　　実績　　　達成率(%)
　支援対象者数　人　　　　　150　　　　　162　　　108.0
　就職者数　　　人　　　　　 90　　　　　 95　　　105.6
　職業相談件数　件　　　　1,200　　　　1,314　　　109.5

３　関係者の声
［中村区社会福祉課］
　区役所で相談できるので、初めての方も来やすい。
［尾張東部衛生組合一部事務組合］
　組合の職員向けの求人説明も行ってもらった。
"""
NAGOYA_FACTS = [
    {
        "title": "駅前の区役所で、週三日の出張相談",
        "prefecture": "愛知県",
        "municipality": "名古屋市中村区",
        "facility_name": "なかむら就労相談室",
        "facility_type": "生活保護受給者等就労自立促進事業巡回相談窓口",
        "start_date": _d(2018, 10, 1),
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(150), P(162), "108.0"),
            M("就職者数", P(90), P(95), "105.6"),
            M("職業相談件数", K(1200), K(1314), "109.5"),
        ],
        "comments": [
            ("中村区社会福祉課", MU, "区役所で相談できるので、初めての方も来やすい。"),
            ("尾張東部衛生組合一部事務組合", MU, "組合の職員向けの求人説明も行ってもらった。"),
        ],
    },
]

# 6. 北アルプス: a 広域連合 as the partner, its speaker heading and a farmers' cooperative's
#    (a 組合 that is no local government: role other).
KITA_ALPS = """平成30年度　町村と広域連合の一体的実施事例

事例１
　実施主体：長野県北アルプス広域連合　／　長野労働局・ハローワーク大町
　施設名称：北アルプスしごとプラザ（一体的実施施設）
　開 設 日：平成28年7月1日

五つの市町村で一つの相談拠点

◎主な取組
　●構成市町村の福祉窓口から送り出しを受ける。

◎平成30年度の実績
（単位：人、％）
区分              支援対象者数    就職者数    就職率
生活保護受給者          40           22        55.0
生活困窮者              25           15        60.0
計                      65           37        56.9

◇北アルプス広域連合の声
　小さな村の住民も同じ支援を受けられるようになった。

◇大北農業協同組合の声
　農繁期の短期求人を窓口で紹介してもらえた。
"""
KITA_ALPS_FACTS = [
    {
        "title": "五つの市町村で一つの相談拠点",
        "prefecture": "長野県",
        "municipality": "北アルプス広域連合",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク大町",),
        "fiscal_year": 2018,
        "metrics": [
            M("支援対象者数", None, P(40), group="生活保護受給者"),
            M("就職者数", None, P(22), group="生活保護受給者"),
            M("就職率", None, R("55.0"), group="生活保護受給者"),
            M("支援対象者数", None, P(25), group="生活困窮者"),
            M("就職者数", None, P(15), group="生活困窮者"),
            M("就職率", None, R("60.0"), group="生活困窮者"),
            M("支援対象者数", None, P(65)),
            M("就職者数", None, P(37)),
            M("就職率", None, R("56.9")),
        ],
        "comments": [
            ("北アルプス広域連合", MU, "小さな村の住民も同じ支援を受けられるようになった。"),
            ("大北農業協同組合", OT, "農繁期の短期求人を窓口で紹介してもらえた。"),
        ],
    },
]

# 7. 群馬: towns' mothers' corners — plain header lines (the bureau and the office parted by
#    one full-width space), range targets written with a wave dash and units on both ends,
#    a target relative to the previous year, and a ``程度`` target.
GUNMA = """町村におけるマザーズコーナーの取組（令和４年度）

No.1
群馬県　大泉町
群馬労働局　ハローワーク太田
おおいずみ子育てしごと相談（マザーズコーナー）　2020年4月1日開設

保健センターの健診に合わせて相談会

１．取組内容
（１）乳幼児健診の待ち時間に就職相談を案内した。

２．令和４年度の実績
項目              前年度実績      目標              実績        達成率
新規求職者数          88人      80人〜90人          93人        －
就職者数              41人      前年度以上           45人        －
職業相談件数         702件      750件程度           780件      104.0％

３．その他の取組
（１）子ども連れで参加できる面接会を年２回開催した。

No.2
群馬県　草津町
群馬労働局　ハローワーク中之条
くさつ子育てワーク相談（マザーズコーナー）　2021年7月1日開設

温泉街の短時間求人を子育て中の方へ

１．取組内容
（１）旅館の短時間求人を集めて紹介した。

２．令和４年度の実績
項目              前年度実績      目標              実績        達成率
就職者数               12人      15～20人             18人        －
就職率               40.0％      45％以上            46.2％      102.7％
"""
GUNMA_FACTS = [
    {
        "title": "保健センターの健診に合わせて相談会",
        "prefecture": "群馬県",
        "municipality": "大泉町",
        "labour_bureau": "群馬労働局",
        "hello_work": ("ハローワーク太田",),
        "facility_name": "おおいずみ子育てしごと相談",
        "facility_type": "マザーズコーナー",
        "start_date": _d(2020, 4, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("新規求職者数", None, P(93)),
            M("就職者数", None, P(45)),
            M("職業相談件数", K(750, "程度"), K(780), "104.0"),
        ],
    },
    {
        "title": "温泉街の短時間求人を子育て中の方へ",
        "municipality": "草津町",
        "hello_work": ("ハローワーク中之条",),
        "metrics": [
            M("就職者数", None, P(18)),
            M("就職率", R("45", "以上"), R("46.2"), "102.7"),
        ],
    },
]

DOCUMENTS = {
    "miyazaki": (MIYAZAKI, MIYAZAKI_FACTS),
    "akita": (AKITA, AKITA_FACTS),
    "kagawa": (KAGAWA, KAGAWA_FACTS),
    "shizuoka": (SHIZUOKA, SHIZUOKA_FACTS),
    "nagoya": (NAGOYA, NAGOYA_FACTS),
    "kita_alps": (KITA_ALPS, KITA_ALPS_FACTS),
    "gunma": (GUNMA, GUNMA_FACTS),
}

FACT_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)


# --- the rules one by one, with the forms that must NOT trigger them ---------------------


def test_named_role_joins_a_role_word_to_a_known_metric_only() -> None:
    """``就職者数目標`` / ``目標就職者数`` / ``就職者数の目標`` name 就職者数's target; a metric
    alone is its actual; a word that is no role or a name that is no metric is nothing."""
    assert named_role("就職者数目標") == ("就職者数", "target")
    assert named_role("目標就職者数") == ("就職者数", "target")
    assert named_role("就職者数の目標") == ("就職者数", "target")
    assert named_role("支援対象者数(人)") == ("支援対象者数", "actual")
    assert named_role("就職者数内訳") is None
    assert named_role("訪問回数目標") is None  # 訪問回数 is no metric of the rules
    assert named_role("目標") is None


def test_a_contact_sentence_in_a_comment_is_kept() -> None:
    """Only a whole line of the report's own contact sentence is furniture: a comment that
    mentions inquiries stays whole."""
    text = KAGAWA.replace(
        "　一つの部屋で完結するので、利用者の負担が軽くなった。",
        "　一つの部屋で完結するので、お問い合わせは窓口までと案内している。",
    )
    comments = jirei.parse_text(text).profiles[1].comments
    kept = "一つの部屋で完結するので、お問い合わせは窓口までと案内している。"
    assert [c.text for c in comments] == [kept]


def test_breakdown_before_a_results_name() -> None:
    """A breakdown word of two letters or more with ``別の`` / ``ごとの`` before a section name
    leaves the name; a one-letter word (``特別の``) is no breakdown, nor a breakdown by
    facility (a caption over every facility's table)."""
    assert variant_kind("◎2023年度　四半期別の目標と実績") == "results"
    assert variant_kind("対象者ごとの実績") == "results"
    assert variant_kind("施設別の取組") == "initiatives"
    assert variant_kind("特別の目標と実績") is None
    # a breakdown by facility captions a table over every facility (decision 2020): no section
    assert variant_kind("施設別の実績（平成29年度）") is None


def test_period_totals_need_part_year_columns_and_one_total() -> None:
    """Only a header with two or more part-year columns and one year total is read so."""

    def cells(*texts: str) -> list[Cell]:
        return [Cell(t, 0, len(t)) for t in texts]

    found = period_totals(cells("指標", "区分", "上半期", "下半期", "合計", "達成率"))
    assert found is not None and (found.total, found.rate) == (4, 5)
    assert period_totals(cells("指標", "区分", "上半期", "下半期", "達成率")) is None
    assert period_totals(cells("指標", "区分", "第1四半期", "年度計")) is None
    assert period_totals(cells("区分", "目標", "実績", "達成率")) is None


def test_unit_is_cut_from_a_label_only_where_a_space_stood() -> None:
    """``支援対象者数人`` is cut only where the original held a space between the two."""
    cell = Cell("支援対象者数人", 10, 17)
    assert split_unit_label(cell, lambda start, end: True) is not None
    label, unit = split_unit_label(cell, lambda start, end: True)  # type: ignore[misc]
    assert (label.text, unit.text, unit.start) == ("支援対象者数", "人", 16)
    assert split_unit_label(cell, lambda start, end: False) is None
    assert split_unit_label(Cell("就職率", 0, 3), lambda start, end: True) is None


def test_range_targets_and_what_is_no_range() -> None:
    """Two figures joined by a range mark are a range; one figure with a bound, a relative
    target or a lone figure is none."""
    for text in ("150~170人", "100人〜110人", "50~60%", "1,000~1,200件"):
        assert is_range_target(text, DEFAULT_RULES), text
    for text in ("170人以上", "前年度以上", "70人程度", "900件", "-"):
        assert not is_range_target(text, DEFAULT_RULES), text


def test_bureau_and_office_with_their_space_removed_are_a_fact_line() -> None:
    """A bureau right before its office (the space normalisation removed) is a fact line, so
    the headline under it is the title; a headline naming them in a sentence is not."""
    assert is_fact_line("群馬労働局ハローワーク太田", DEFAULT_RULES)
    assert not is_fact_line("労働局とハローワークが一つの窓口で支える", DEFAULT_RULES)


def test_range_target_cell_is_kept_unclassified() -> None:
    """The range a target cell states is not lost: it is kept under unclassified."""
    profile = jirei.parse_text(GUNMA).profiles[1]
    assert any("15~20人" in block.text for block in profile.unclassified)


def test_a_kind_in_brackets_ends_in_a_listed_kind_and_holds_no_particle() -> None:
    """``name【…常設窓口】`` gives the kind however long its head; a bracketed phrase with a
    particle before the listed kind (``【市と国の一体的実施】で…``) is a headline's, no kind."""
    from jirei.header import header_patterns

    kind = header_patterns(DEFAULT_RULES).kind
    found = kind.search("なかむら就労相談室【生活保護受給者等就労自立促進事業巡回相談窓口】")
    assert found is not None and found.group(1) == "生活保護受給者等就労自立促進事業巡回相談窓口"
    assert kind.search("【市と国の一体的実施】で相談が便利に") is None
