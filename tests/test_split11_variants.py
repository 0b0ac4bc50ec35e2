"""Cases whose parts stand apart (branch ``split11``): the parts of every case gathered
after the cases and keyed by the case they belong to, and bracket headers wrapped over the
narrow lines of a column.

The documents vary the shapes of holdout76 / holdout77 the way other offices would: a deck
whose results table names each case by its full city (not the short name of its label) and
whose comments slide heads each case's comments with ``◆ city``; a report whose one results
table has the facilities as columns beside a total column, other results under
``【facility】`` sub-heads and comments under ``（n）facility`` sub-heads; a results table with a
number column before the facility names and a total row, comments under the bare case labels
(``事例２``) of a second part; a column of sixteen characters wrapping a header over four lines
(the date cut between month and day) and another wrapping it inside the partners bracket
and inside the facility's kind.
Negative variants: a case with its own results table beside a table of every case (its own
figures kept); a closing summary that names the cities in sentences (no part); a header that
closes its brackets on its line over a facility line (not joined); a wrapped title that opens
with a quote (no header).

Every document is written for this file (real prefectures, cities, labour bureaus and Hello
Work offices; invented facilities, prose and figures). Every expected fact was written by hand
from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime

from tests._variants import M, P, variant_tests

import jirei
from jirei.gatheredparts import heading_key
from jirei.normalise import normalise

D = datetime.date

# 1. A deck: facilities on two slides, the results table keyed by the full city, the
#    comments slide by ``◆ city`` (the labels give short names that no part uses)
_DECK = """岡山県の一体的実施　令和4年度の実績

岡山労働局｜1

━━━━━━━━━━━━━━━━━━━━
スライド2　施設紹介

No.1　倉敷
◆ 生活相談と職業相談を同じ日に
・実施主体：岡山県倉敷市
・連携：岡山労働局／ハローワーク倉敷中央
・窓口：くらしき就労サポート（一体的実施施設）
・開始：2017年10月2日
取組内容
・福祉事務所の面談室で職業相談を実施
・ケースワーカーとの同行面接

No.2　津山
◆ 通いやすい駅前の窓口で
・実施主体：岡山県津山市
・連携：岡山労働局／ハローワーク津山
・窓口：つやま仕事相談室（常設窓口）
・開始：2020年4月1日
取組内容
・駅前の市の施設に常設窓口を設置

岡山労働局｜2

━━━━━━━━━━━━━━━━━━━━
スライド3　令和4年度 支援実績

| 自治体 | 支援対象者数（目標） | 支援対象者数（実績） | 就職者数（目標） | 就職者数（実績） |
|---|---|---|---|---|
| 倉敷市 | 240人 | 251人 | 150人 | 162人 |
| 津山市 | 90人 | 84人 | 55人 | 57人 |

岡山労働局｜3

━━━━━━━━━━━━━━━━━━━━
スライド4　関係者の声

◆ 倉敷市
〈倉敷市コメント〉
面談の場で仕事の話ができるようになった。
〈ハローワーク倉敷中央コメント〉
同行面接で応募までの期間が短くなった。

◆ 津山市
〈津山市コメント〉
駅前で相談できることが好評である。

岡山労働局｜4
"""

# 2. A report: one table with the facilities as columns and a total column, other results
#    under ``【facility】`` sub-heads (below ``各施設のその他の取組``, a heading no alias
#    lists: the blocks' items are read as other results all the same), comments under
#    ``（n）facility`` sub-heads
_REPORT = """令和3年度　新潟県の一体的実施事業の取組

１　施設の紹介

（１）にいがた就労ステーション

就労と生活の相談を一つの窓口で

【新潟県新潟市】【新潟労働局・ハローワーク新潟】
にいがた就労ステーション（一体的実施施設）平成26年6月2日事業開始

【取組内容】
・区役所の保護課と同じフロアで職業相談
・月1回の合同ケース会議

（２）ながおか仕事センター

雪の季節も通える相談窓口

【新潟県長岡市】【新潟労働局・ハローワーク長岡】
ながおか仕事センター（常設窓口）平成29年4月3日事業開始

【取組内容】
・市役所本庁舎の1階に窓口を設置
・冬期の出張相談

２　令和３年度の目標と実績

区分	にいがた就労ステーション	ながおか仕事センター	合計
支援対象者数（目標）	250人以上	120人以上	370人
支援対象者数（実績）	263人	118人	381人
達成率	105.2%	98.3%	103.0%
就職者数（目標）	150人	70人	220人
就職者数（実績）	171人	74人	245人
達成率	114.0%	105.7%	111.4%

各施設のその他の取組
【ながおか仕事センター】
・冬期の出張相談の利用者は延べ36人

３　関係者の声

（１）にいがた就労ステーション

＜新潟市コメント＞
同じフロアにあることで支援の引継ぎが早くなった。

（２）ながおか仕事センター

＜ハローワーク長岡コメント＞
冬期も相談が途切れなかった。
"""

# 3. A results table with a number column before the names and a total row; comments in a
#    second part under the bare case labels
_NUMBERED = """静岡県　一体的実施の取組事例（令和2年度）

事例１
【静岡県沼津市】【静岡労働局・ハローワーク沼津】
ぬまづ就労支援コーナー（一体的実施施設）平成27年10月1日事業開始

港町の福祉と就労をつなぐ

【取組内容】
・保護課の面談に就労支援員が同席

事例２
【静岡県富士市】【静岡労働局・ハローワーク富士】
ふじワークサポート（一体的実施施設）平成30年4月2日事業開始

工場の求人を生かした職場見学

【取組内容】
・市内工場の見学会を年4回開催

令和2年度の目標と実績

| No. | 施設名 | 就職者数（目標） | 就職者数（実績） |
|---|---|---|---|
| 1 | ぬまづ就労支援コーナー | 120人 | 131人 |
| 2 | ふじワークサポート | 80人 | 77人 |
| | 合計 | 200人 | 208人 |

関係者の声

事例１
＜沼津市コメント＞
同席の面談で本人の不安が和らいだ。

事例２
＜富士市コメント＞
見学会から就職した方が増えた。
"""

# 4. A column of sixteen characters: the header wrapped over four lines, the date cut
#    between month and day
_NARROW = """【北海道旭川市】【北海道労働
局・ハローワーク旭川】あさひか
わジョブサポート（一体的実施施
設）平成29年11月
1日事業開始

冬でも通える駅前の窓口

【取組内容】
・駅前の市の施設で相談
・保護課との月例会議

【令和4年度の目標と実績】
区分　　　目標　　実績
就職者数　80人　　86人

＜旭川市コメント＞
冬の来所が増えた。

【北海道釧路市】【北海道労働局
・ハローワーク釧路】くしろ就労
コーナー（常設窓口）令和2年4月
1日事業開始

港の企業と組む職場体験

【取組内容】
・水産加工会社での職場体験

【令和4年度の目標と実績】
区分　　　目標　　実績
就職者数　30人　　28人

＜ハローワーク釧路コメント＞
体験先への就職が続いた。
"""

# 5. A header wrapped inside the partners bracket and inside the kind, a one-line header
#    after it
_QUOTED = """【熊本県熊本市】【熊本労働局・ハローワーク熊
本】くまもと就労ナビ（一体的
実施施設）令和元年10月1日開設

一度の来所で二つの相談

【取組内容】
・生活相談と職業相談を同じ日に実施

【令和3年度の目標と実績】
区分　　　目標　　実績
就職者数　100人　　104人

【熊本県八代市】【熊本労働局・ハローワーク八代】やつしろ仕事ナビ（常設窓口）令和3年4月1日開設

港の求人をまとめて紹介

【取組内容】
・港湾企業の求人説明会

【令和3年度の目標と実績】
区分　　　目標　　実績
就職者数　40人　　41人
"""

# 6. (negative) Each case has its own results; a table of every case after them does not
#    replace them
_OWN = """【鳥取県鳥取市】【鳥取労働局・ハローワーク鳥取】
とっとり就労ナビ（一体的実施施設）平成28年4月1日事業開始

砂丘のまちの相談窓口

【取組内容】
・市役所で職業相談

【令和4年度の目標と実績】
区分	目標	実績
就職者数	60人	66人

【鳥取県米子市】【鳥取労働局・ハローワーク米子】
よなご仕事相談室（常設窓口）令和2年4月1日事業開始

商業の町の求人開拓

【取組内容】
・商店街の求人を開拓

【令和4年度の目標と実績】
区分	目標	実績
就職者数	40人	45人

参考　２施設の実績一覧
| 自治体 | 就職者数（目標） | 就職者数（実績） |
|---|---|---|
| 鳥取市 | 61人 | 67人 |
| 米子市 | 41人 | 46人 |
"""

# 7. (negative) A closing summary naming the cities in sentences: no keyed part
_SUMMARY = """【香川県高松市】【香川労働局・ハローワーク高松】
たかまつ就労支援室（一体的実施施設）平成27年4月1日事業開始

港の見える相談室

【取組内容】
・福祉事務所で職業相談

＜高松市コメント＞
相談件数が増えた。

【香川県丸亀市】【香川労働局・ハローワーク丸亀】
まるがめ仕事コーナー（常設窓口）令和元年7月1日事業開始

城下町の就労支援

【取組内容】
・市役所で出張相談

＜丸亀市コメント＞
利用者が定着した。

【まとめ】
■ 高松市と丸亀市の取組は、県内の他市にも広げていきたい。
"""

# 8. (negative) A header closing its brackets on its line over the facility line, and a
#    wrapped headline opening with a quote: nothing is joined into the header
_CLOSED = """【佐賀県佐賀市】【佐賀労働局・ハローワーク佐賀】
さが就労支援センター（一体的実施施設）平成28年4月1日事業開始

「ひとり親の就労」を生活と一緒に
支える窓口

【取組内容】
・児童扶養手当の窓口で職業相談
"""

# 9. A results table of every case under a header of two rows (metric names over 目標 /
#    実績, each name written once over its two columns); comments under ``【facility】``
_TWO_ROWS = """令和5年度　愛媛県の一体的実施の取組

まつやま就労サポート（一体的実施施設）
【愛媛県松山市】【愛媛労働局・ハローワーク松山】平成27年4月1日事業開始

市役所の中で仕事探し

【取組内容】
・生活福祉課の窓口で職業相談

いまばり仕事センター（常設窓口）
【愛媛県今治市】【愛媛労働局・ハローワーク今治】令和2年10月1日事業開始

造船の町の求人をつなぐ

【取組内容】
・造船関連企業の求人説明会

令和5年度の目標と実績

| 施設名 | 支援対象者数 | | 就職者数 | |
|---|---|---|---|---|
| | 目標 | 実績 | 目標 | 実績 |
| まつやま就労サポート | 300人 | 322人 | 180人 | 195人 |
| いまばり仕事センター | 90人 | 95人 | 50人 | 49人 |

関係者の声

【まつやま就労サポート】
＜松山市コメント＞
窓口が近くなり相談が増えた。

【いまばり仕事センター】
＜ハローワーク今治コメント＞
求人説明会から多くの就職が生まれた。
"""

# 10. The cases as columns after a label column and a role column (``支援対象者数　目標`` over
#     ``　実績``), keyed by the municipality
_ROLE_COLUMN = """【山梨県甲府市】【山梨労働局・ハローワーク甲府】
こうふ就労ナビ（一体的実施施設）平成28年4月1日事業開始

盆地の中心の相談窓口

【取組内容】
・市役所で職業相談

【山梨県都留市】【山梨労働局・ハローワーク都留】
つる仕事相談室（常設窓口）令和元年7月1日事業開始

山あいの町の出張相談

【取組内容】
・公民館での出張相談

令和4年度の実績（施設別）
区分		甲府市	都留市
支援対象者数	目標	160人	40人
	実績	171人	38人
就職者数	目標	100人	25人
	実績	108人	26人
"""

# 11. The results of every case on one slide, not as a table: blocks under ``■ short name``
#     and ``■ city の実績``
_RESULT_BLOCKS = """和歌山県の一体的実施（令和4年度）

和歌山労働局｜1

No.1　和歌山
◆ 市役所の一角に常設窓口
・実施主体：和歌山県和歌山市
・連携：和歌山労働局／ハローワーク和歌山
・窓口：わかやま就労支援室（一体的実施施設）
・開始：2015年4月1日
取組内容
・福祉事務所と毎週の打合せ

No.2　田辺
◆ 紀南の町で出張相談
・実施主体：和歌山県田辺市
・連携：和歌山労働局／ハローワーク田辺
・窓口：たなべ仕事サポート（常設窓口）
・開始：2021年10月1日
取組内容
・支所での出張相談

和歌山労働局｜2

────────────────────
令和4年度の実績

■ 和歌山
・支援対象者数　目標200人　実績214人
・就職者数　目標120人　実績131人

■ 田辺市の実績
・支援対象者数　目標40人　実績43人
・就職者数　目標25人　実績22人

和歌山労働局｜3
"""

# 12. A deck of three: the results table keyed by short names, the comments slide with no
#     keyed heading (each comment given to the case its speaker names; the bureau's comment
#     follows the one before it)
_SPEAKERS = """山口県の一体的実施　令和5年度

No.1　下関
◆ 港の町で福祉と就労を一つに
・実施主体：山口県下関市
・連携：山口労働局／ハローワーク下関
・窓口：しものせき就労支援室（一体的実施施設）
・開始：2014年4月1日
取組内容
・保護課の面談に就労支援員が同席

No.2　宇部
◆ 工業の町で職場見学
・実施主体：山口県宇部市
・連携：山口労働局／ハローワーク宇部
・窓口：うべ仕事サポート（常設窓口）
・開始：2019年10月1日
取組内容
・化学工場の職場見学会

No.3　山口
◆ 県庁所在地の相談窓口
・実施主体：山口県山口市
・連携：山口労働局／ハローワーク山口
・窓口：やまぐち就労ナビ（一体的実施施設）
・開始：2016年7月1日
取組内容
・市役所本庁で毎日の職業相談

山口労働局｜2

────────────────────
令和5年度 支援実績

| 施設 | 就職者数（目標） | 就職者数（実績） |
|---|---|---|
| 下関 | 150人 | 158人 |
| 宇部 | 60人 | 63人 |
| 山口 | 120人 | 117人 |

山口労働局｜3

────────────────────
関係者の声

〈下関市コメント〉
同席の面談で相談が続くようになった。
〈ハローワーク下関コメント〉
保護課との連絡が早くなった。
〈宇部市コメント〉
見学会の後の応募が増えた。
〈山口労働局コメント〉
工業地帯の求人開拓の好例である。
〈山口市コメント〉
毎日相談できる体制が定着した。

山口労働局｜4
"""

# 13. A wider column: the bracket header fits its line, the facility line under it wraps
#     inside the kind
_FACILITY_WRAPPED = """【長崎県佐世保市】【長崎労働局・ハローワーク佐世保】
させぼ就労サポートセンター（一体的
実施施設）平成30年4月2日事業開始

港の町の就労と生活の相談

【取組内容】
・市役所の福祉窓口で職業相談

【令和4年度の目標と実績】
区分　　　目標　　実績
就職者数　110人　　118人

【長崎県諫早市】【長崎労働局・ハローワーク諫早】
いさはや仕事相談コーナー（常設
窓口）令和3年10月1日事業開始

駅前で気軽に相談

【取組内容】
・駅前の市の施設で相談

【令和4年度の目標と実績】
区分　　　目標　　実績
就職者数　40人　　44人
"""

# 14. The results table of every case at the front, keyed by short place names, the cases'
#     blocks after it (labelled ``No.n　short name``)
_FRONT = """令和4年度　大分県の一体的実施　取組事例集

１　各施設の実績一覧（令和4年度）

| 施設 | 支援対象者数（目標） | 支援対象者数（実績） | 就職者数（目標） | 就職者数（実績） |
|---|---|---|---|---|
| 別府 | 200人 | 214人 | 120人 | 131人 |
| 中津 | 80人 | 76人 | 50人 | 52人 |

２　各施設の取組

No.1　別府
【大分県別府市】【大分労働局・ハローワーク別府】
べっぷ就労支援室（一体的実施施設）平成29年4月3日事業開始

温泉の町の仕事探し

【取組内容】
・福祉事務所で職業相談

＜別府市コメント＞
相談がしやすくなった。

No.2　中津
【大分県中津市】【大分労働局・ハローワーク中津】
なかつ仕事コーナー（常設窓口）令和2年4月1日事業開始

城下町の就労窓口

【取組内容】
・市役所で職業相談

＜中津市コメント＞
利用者が増えた。
"""

# 15. (negative) A front table keyed by the cases, the cases stating their own tables: their
#     own figures are kept
_FRONT_OWN = _FRONT.replace(
    "【取組内容】\n・福祉事務所で職業相談\n",
    "【取組内容】\n・福祉事務所で職業相談\n\n【令和4年度の目標と実績】\n"
    "区分\t目標\t実績\n就職者数\t121人\t132人\n",
).replace(
    "【取組内容】\n・市役所で職業相談\n",
    "【取組内容】\n・市役所で職業相談\n\n【令和4年度の目標と実績】\n"
    "区分\t目標\t実績\n就職者数\t51人\t53人\n",
)

# 16. A narrow column wrapping the headline over three lines
_TITLE_THREE = """【福岡県飯塚市】【福岡労働局・ハローワ
ーク飯塚】ワークサポートいいづか（一体
的実施施設）平成30年7月2日事業開始

福祉事務所とハローワークが一緒に
動く「同行型」の就労支援で、就職
までの期間を短縮

【取組内容】
・福祉事務所の面接員が初回相談に同行

【令和2年度の目標と実績】
区分　　　　　目標　　　　実績
就職者数　　　140人　　　151人

＜飯塚市コメント＞
同行型の支援が定着した。
"""

_OKAYAMA = dict(prefecture="岡山県", labour_bureau="岡山労働局")

DOCUMENTS: dict[str, tuple[str, list[dict[str, object]]]] = {
    "deck_rows_by_city": (
        _DECK,
        [
            dict(
                title="生活相談と職業相談を同じ日に",
                municipality="倉敷市",
                hello_work=("ハローワーク倉敷中央",),
                facility_name="くらしき就労サポート",
                fiscal_year=2022,
                initiatives=("福祉事務所の面談室で職業相談を実施", "ケースワーカーとの同行面接"),
                metrics=[M("支援対象者数", P(240), P(251)), M("就職者数", P(150), P(162))],
                comments=[
                    ("倉敷市", "municipality", "面談の場で仕事の話ができるようになった。"),
                    (
                        "ハローワーク倉敷中央", "hello_work",
                        "同行面接で応募までの期間が短くなった。",
                    ),
                ],
                **_OKAYAMA,
            ),
            dict(
                title="通いやすい駅前の窓口で",
                municipality="津山市",
                facility_name="つやま仕事相談室",
                facility_type="常設窓口",
                start_date=D(2020, 4, 1),
                fiscal_year=2022,
                initiatives=("駅前の市の施設に常設窓口を設置",),
                metrics=[M("支援対象者数", P(90), P(84)), M("就職者数", P(55), P(57))],
                comments=[("津山市", "municipality", "駅前で相談できることが好評である。")],
                **_OKAYAMA,
            ),
        ],
    ),
    "report_facility_columns": (
        _REPORT,
        [
            dict(
                title="就労と生活の相談を一つの窓口で",
                municipality="新潟市",
                facility_name="にいがた就労ステーション",
                start_date=D(2014, 6, 2),
                fiscal_year=2021,
                initiatives=("区役所の保護課と同じフロアで職業相談", "月1回の合同ケース会議"),
                metrics=[
                    M("支援対象者数", P(250, "人", "以上"), P(263), "105.2"),
                    M("就職者数", P(150), P(171), "114.0"),
                ],
                other_results=(),
                comments=[
                    ("新潟市", "municipality", "同じフロアにあることで支援の引継ぎが早くなった。")
                ],
            ),
            dict(
                title="雪の季節も通える相談窓口",
                municipality="長岡市",
                facility_name="ながおか仕事センター",
                facility_type="常設窓口",
                fiscal_year=2021,
                initiatives=("市役所本庁舎の1階に窓口を設置", "冬期の出張相談"),
                metrics=[
                    M("支援対象者数", P(120, "人", "以上"), P(118), "98.3"),
                    M("就職者数", P(70), P(74), "105.7"),
                ],
                other_results=("冬期の出張相談の利用者は延べ36人",),
                comments=[("ハローワーク長岡", "hello_work", "冬期も相談が途切れなかった。")],
            ),
        ],
    ),
    "numbered_rows_label_comments": (
        _NUMBERED,
        [
            dict(
                title="港町の福祉と就労をつなぐ",
                municipality="沼津市",
                facility_name="ぬまづ就労支援コーナー",
                fiscal_year=2020,
                metrics=[M("就職者数", P(120), P(131))],
                comments=[("沼津市", "municipality", "同席の面談で本人の不安が和らいだ。")],
            ),
            dict(
                title="工場の求人を生かした職場見学",
                municipality="富士市",
                facility_name="ふじワークサポート",
                fiscal_year=2020,
                initiatives=("市内工場の見学会を年4回開催",),
                metrics=[M("就職者数", P(80), P(77))],
                comments=[("富士市", "municipality", "見学会から就職した方が増えた。")],
            ),
        ],
    ),
    "narrow_header_four_lines": (
        _NARROW,
        [
            dict(
                title="冬でも通える駅前の窓口",
                prefecture="北海道",
                municipality="旭川市",
                labour_bureau="北海道労働局",
                hello_work=("ハローワーク旭川",),
                facility_name="あさひかわジョブサポート",
                facility_type="一体的実施施設",
                start_date=D(2017, 11, 1),
                initiatives=("駅前の市の施設で相談", "保護課との月例会議"),
            ),
            dict(
                title="港の企業と組む職場体験",
                municipality="釧路市",
                labour_bureau="北海道労働局",
                hello_work=("ハローワーク釧路",),
                facility_name="くしろ就労コーナー",
                facility_type="常設窓口",
                start_date=D(2020, 4, 1),
            ),
        ],
    ),
    "narrow_header_kind_wrapped": (
        _QUOTED,
        [
            dict(
                title="一度の来所で二つの相談",
                municipality="熊本市",
                hello_work=("ハローワーク熊本",),
                facility_name="くまもと就労ナビ",
                facility_type="一体的実施施設",
                start_date=D(2019, 10, 1),
            ),
            dict(
                title="港の求人をまとめて紹介",
                municipality="八代市",
                hello_work=("ハローワーク八代",),
                facility_name="やつしろ仕事ナビ",
                facility_type="常設窓口",
                start_date=D(2021, 4, 1),
            ),
        ],
    ),
    "two_row_head_rows": (
        _TWO_ROWS,
        [
            dict(
                municipality="松山市",
                facility_name="まつやま就労サポート",
                fiscal_year=2023,
                metrics=[M("支援対象者数", P(300), P(322)), M("就職者数", P(180), P(195))],
                comments=[("松山市", "municipality", "窓口が近くなり相談が増えた。")],
            ),
            dict(
                municipality="今治市",
                facility_name="いまばり仕事センター",
                facility_type="常設窓口",
                fiscal_year=2023,
                metrics=[M("支援対象者数", P(90), P(95)), M("就職者数", P(50), P(49))],
                comments=[
                    ("ハローワーク今治", "hello_work", "求人説明会から多くの就職が生まれた。")
                ],
            ),
        ],
    ),
    "role_column_city_columns": (
        _ROLE_COLUMN,
        [
            dict(
                municipality="甲府市",
                fiscal_year=2022,
                metrics=[M("支援対象者数", P(160), P(171)), M("就職者数", P(100), P(108))],
            ),
            dict(
                municipality="都留市",
                fiscal_year=2022,
                metrics=[M("支援対象者数", P(40), P(38)), M("就職者数", P(25), P(26))],
            ),
        ],
    ),
    "result_blocks_on_one_slide": (
        _RESULT_BLOCKS,
        [
            dict(
                municipality="和歌山市",
                facility_name="わかやま就労支援室",
                fiscal_year=2022,
                initiatives=("福祉事務所と毎週の打合せ",),
                metrics=[M("支援対象者数", P(200), P(214)), M("就職者数", P(120), P(131))],
            ),
            dict(
                municipality="田辺市",
                facility_name="たなべ仕事サポート",
                fiscal_year=2022,
                initiatives=("支所での出張相談",),
                metrics=[M("支援対象者数", P(40), P(43)), M("就職者数", P(25), P(22))],
            ),
        ],
    ),
    "comments_slide_by_speaker": (
        _SPEAKERS,
        [
            dict(
                municipality="下関市",
                fiscal_year=2023,
                metrics=[M("就職者数", P(150), P(158))],
                comments=[
                    ("下関市", "municipality", "同席の面談で相談が続くようになった。"),
                    ("ハローワーク下関", "hello_work", "保護課との連絡が早くなった。"),
                ],
            ),
            dict(
                municipality="宇部市",
                fiscal_year=2023,
                metrics=[M("就職者数", P(60), P(63))],
                comments=[
                    ("宇部市", "municipality", "見学会の後の応募が増えた。"),
                    ("山口労働局", "labour_bureau", "工業地帯の求人開拓の好例である。"),
                ],
            ),
            dict(
                municipality="山口市",
                fiscal_year=2023,
                initiatives=("市役所本庁で毎日の職業相談",),
                metrics=[M("就職者数", P(120), P(117))],
                comments=[("山口市", "municipality", "毎日相談できる体制が定着した。")],
            ),
        ],
    ),
    "facility_line_wrapped": (
        _FACILITY_WRAPPED,
        [
            dict(
                title="港の町の就労と生活の相談",
                municipality="佐世保市",
                hello_work=("ハローワーク佐世保",),
                facility_name="させぼ就労サポートセンター",
                facility_type="一体的実施施設",
                start_date=D(2018, 4, 2),
                metrics=[M("就職者数", P(110), P(118))],
            ),
            dict(
                title="駅前で気軽に相談",
                municipality="諫早市",
                hello_work=("ハローワーク諫早",),
                facility_name="いさはや仕事相談コーナー",
                facility_type="常設窓口",
                start_date=D(2021, 10, 1),
                metrics=[M("就職者数", P(40), P(44))],
            ),
        ],
    ),
    "front_table_short_names": (
        _FRONT,
        [
            dict(
                title="温泉の町の仕事探し",
                municipality="別府市",
                fiscal_year=2022,
                metrics=[M("支援対象者数", P(200), P(214)), M("就職者数", P(120), P(131))],
                comments=[("別府市", "municipality", "相談がしやすくなった。")],
            ),
            dict(
                title="城下町の就労窓口",
                municipality="中津市",
                fiscal_year=2022,
                metrics=[M("支援対象者数", P(80), P(76)), M("就職者数", P(50), P(52))],
                comments=[("中津市", "municipality", "利用者が増えた。")],
            ),
        ],
    ),
    "front_table_own_tables_kept": (
        _FRONT_OWN,
        [
            dict(municipality="別府市", metrics=[M("就職者数", P(121), P(132))]),
            dict(municipality="中津市", metrics=[M("就職者数", P(51), P(53))]),
        ],
    ),
    "narrow_title_three_lines": (
        _TITLE_THREE,
        [
            dict(
                title="福祉事務所とハローワークが一緒に動く「同行型」の就労支援で、就職までの期間を短縮",
                municipality="飯塚市",
                hello_work=("ハローワーク飯塚",),
                facility_name="ワークサポートいいづか",
                start_date=D(2018, 7, 2),
                initiatives=("福祉事務所の面接員が初回相談に同行",),
                metrics=[M("就職者数", P(140), P(151))],
            ),
        ],
    ),
    "own_tables_kept": (
        _OWN,
        [
            dict(municipality="鳥取市", metrics=[M("就職者数", P(60), P(66))]),
            dict(municipality="米子市", metrics=[M("就職者数", P(40), P(45))]),
        ],
    ),
    "summary_names_cities": (
        _SUMMARY,
        [
            dict(
                municipality="高松市",
                comments=[("高松市", "municipality", "相談件数が増えた。")],
            ),
            dict(
                municipality="丸亀市",
                comments=[("丸亀市", "municipality", "利用者が定着した。")],
            ),
        ],
    ),
    "closed_header_not_joined": (
        _CLOSED,
        [
            dict(
                title="「ひとり親の就労」を生活と一緒に支える窓口",
                municipality="佐賀市",
                hello_work=("ハローワーク佐賀",),
                facility_name="さが就労支援センター",
                start_date=D(2016, 4, 1),
                initiatives=("児童扶養手当の窓口で職業相談",),
            ),
        ],
    ),
}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(DOCUMENTS)


def test_deck_parts_keep_their_spans() -> None:
    """A gathered row's figures and a keyed block's comments point at their own cells and
    lines of the original text."""
    doc = jirei.parse_text(_DECK)
    tsuyama = doc.profiles[1]
    employed = tsuyama.metrics[1]
    assert employed.actual is not None and employed.actual.span is not None
    assert _DECK[employed.actual.span.start : employed.actual.span.end] == "57人"
    comment = tsuyama.comments[0]
    assert comment.span is not None
    assert "駅前で相談できる" in _DECK[comment.span.start : comment.span.end]


def test_wrapped_header_keeps_offsets() -> None:
    """The line breaks of a wrapped header are deleted, each kept character at its own
    original offset."""
    doc = jirei.parse_text(_NARROW)
    first = doc.profiles[0]
    span = first.spans["facility_name"]
    assert _NARROW[span.start : span.end].replace("\n", "") == "あさひかわジョブサポート"
    office = first.hello_work_spans[0]
    assert _NARROW[office.start : office.end].replace("\n", "") == "ハローワーク旭川"


def test_wrapped_header_only_joined_while_open() -> None:
    """A header closing its brackets on its line is left on its own line."""
    text = normalise(_CLOSED).text
    assert text.split("\n")[0] == "【佐賀県佐賀市】【佐賀労働局・ハローワーク佐賀】"


def test_heading_keys() -> None:
    """Keyed headings: a mark or brackets around a name, a case label alone; a sentence or a
    name without a mark is none."""
    assert heading_key("■ 呉") == "呉"
    assert heading_key("(2)まつもと仕事サポート窓口") == "まつもと仕事サポート窓口"
    assert heading_key("【うえだワークステーション】") == "うえだワークステーション"
    assert heading_key("事例2") == "#2"
    assert heading_key("◆ 尾道市の実績") == "尾道市"
    assert heading_key("(3)三原市の取組") == "三原市"
    assert heading_key("呉市") is None
    assert heading_key("■ 高松市と丸亀市の取組は、県内の他市にも広げていきたい。") is None

