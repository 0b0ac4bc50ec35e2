# ruff: noqa: E501  (the documents' lines are long, as real documents' lines are)
"""Cases, figures and speakers told in prose by several voices (decisions 2270-2289, branch
prose10): lectures and council answers that go through the facilities one by one under a
spoken head (``最初は浜松市でございます。``, ``次に、北区の窓口について申し上げます。``), a
university note's numbered subsections (``（二）熊本県八代市``) with kanji-digit years
(``二〇一五年四月一日``), mail magazines whose lines are cut at a width (a sentence, a
quotation and a results clause wrapped over lines), and the voices that are NOT comments: users,
employers, an NPO, questioners, reporters and moderators.

Every document below is written for this file (real places, bureaus and Hello Work offices,
invented facilities, people, prose and figures); every expected value was written by hand
from reading the document by docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from _variants import M, P, R, variant_tests

MU, HW, LB = "municipality", "hello_work", "labour_bureau"
KIND = "一体的実施施設"


# 1. A bureau head's lecture: 【司会】/【局長】 turns, spoken case heads (最初は…／二つ目は…／
#    最後は…), kanji figures, remarks in humble forms, a Q&A whose questioner is a town
#    official (no comment) and whose answer is the lecturer's (no case's); the cases name no
#    bureau: the lecturer's, on the cover of the 講演録, is theirs.
SHIZUOKA = """静岡県生活困窮者支援担当者会議
講演録

演題　「市とハローワークが一緒に開く窓口」
講師　静岡労働局長

――――――――――――――――――――――――――――――

【司会】　それでは静岡労働局長から御講演をいただきます。（拍手）

【局長】　皆様、こんにちは。本日は令和元年度の実績をもとに、県内の三つの市の窓口をお話しいたします。

　最初は浜松市でございます。
　浜松市とハローワーク浜松は、平成二十八年四月一日に、市役所本館の一階に一体的実施施設「はままつ就労サポートルーム」を開設いたしました。
　令和元年度は、支援対象者数が目標四百人に対して四百三十二人、達成率は百八・〇パーセントでございました。就職者数は二百六十一人でございます。
　浜松市生活福祉課長の方からは、「相談の最初からハローワークの方が同席してくれるので心強い」というお話を伺っております。

　二つ目は沼津市でございます。
　沼津市とハローワーク沼津は、平成二十九年十月二日に、市の福祉プラザの中に一体的実施施設「ぬまづ仕事相談コーナー」を開設いたしました。
　令和元年度は、支援対象者数が目標二〇〇人に対して一八六人、達成率九三・〇パーセントと、目標に届きませんでした。
　ハローワーク沼津の所長は、「周知のやり方を市と一緒に見直している」と申しておりました。

　最後は富士市でございます。
　富士市とハローワーク富士は、平成三十年七月二日に、市役所の福祉総合相談課の隣に一体的実施施設「ふじワークステーション」を開設いたしました。
　令和元年度の就職者数は、目標九十人以上に対して九十八人、達成率百八・九パーセントとなりました。
　富士市の生活支援課長さんは、「市の窓口だけでは届かなかった求人に結びついている」とおっしゃっていました。

　以上でございます。（拍手）

――――――――――――――――――――――――――――――

質疑応答

【質問者（賀茂地域の町の福祉担当職員）】　小さな町でも同じような連携はできるのでしょうか。

【局長】　巡回相談という形で、町役場に職員が伺うこともできます。
"""
SHIZUOKA_FACTS = [
    {
        "title": None,
        "prefecture": "静岡県",
        "municipality": "浜松市",
        "hello_work": ("ハローワーク浜松",),
        "labour_bureau": "静岡労働局",
        "facility_name": "はままつ就労サポートルーム",
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(400), P(432), "108.0"),
            M("就職者数", None, P(261)),
        ],
        "comments": [("浜松市生活福祉課長", MU, "相談の最初からハローワークの方が同席してくれるので心強い")],
    },
    {
        "title": None,
        "municipality": "沼津市",
        "hello_work": ("ハローワーク沼津",),
        "labour_bureau": "静岡労働局",
        "facility_name": "ぬまづ仕事相談コーナー",
        "start_date": dt.date(2017, 10, 2),
        "metrics": [M("支援対象者数", P(200), P(186), "93.0")],
        "comments": [("ハローワーク沼津所長", HW, "周知のやり方を市と一緒に見直している")],
    },
    {
        "title": None,
        "municipality": "富士市",
        "hello_work": ("ハローワーク富士",),
        "labour_bureau": "静岡労働局",
        "facility_name": "ふじワークステーション",
        "start_date": dt.date(2018, 7, 2),
        "metrics": [M("就職者数", P(90, qualifier="以上"), P(98), "108.9")],
        "comments": [("富士市生活支援課長", MU, "市の窓口だけでは届かなかった求人に結びついている")],
    },
]


# 2. Council minutes: the bureau chief answers ward by ward under spoken heads (まず、…／次に、
#    …／最後に、…について申し上げます。); a user's voice and the councillor's closing remark are
#    no comment; a ward official's report is one (`区の保護課長` named by the case's ward); the
#    municipality is the city of the council, whose wards the cases name.
SAPPORO = """令和５年第２回札幌市議会定例会（第３号）会議録（抜粋）

────────────────────────

○議長（大川　稔君）　次に、村井ゆき君。

○村井ゆき君　区役所の中の就労支援の窓口について、区ごとの実績を伺います。

○議長（大川　稔君）　保健福祉局長。

○保健福祉局長（佐藤一郎君）　まず、北区の窓口について申し上げます。
　北区では、北海道労働局のハローワーク札幌北と連携し、平成２９年４月３日に、北区役所２階に一体的実施施設「ジョブサポートきた」を開設いたしました。
　令和４年度の実績は、支援対象者数は、目標３５０人に対し実績３７１人、達成率１０６．０％でございます。
　窓口を利用された４０代の男性からは、「区役所で手続のついでに相談でき、すぐに仕事が決まった」との声が寄せられております。

　次に、東区の窓口について申し上げます。
　東区では、同じくハローワーク札幌東と連携し、令和２年１０月１日に、東区役所１階に一体的実施施設「しごとの窓口ひがし」を開設いたしました。
　令和４年度の実績は、就職者数は、目標２００人に対し実績１９２人、達成率９６．０％でございました。
　東区保健福祉課長からは、「ケースワーカーの同行が定着してきた」との報告を受けております。

　最後に、白石区の窓口について申し上げます。
　白石区では、ハローワーク札幌東と連携し、令和３年７月１日に、白石区役所３階に一体的実施施設「ワークステーションしろいし」を開設いたしました。
　令和４年度の実績は、就職率は６２．５％でございました。
　区の保護課長からは、「面接の最初から同席できるようになった」との報告を受けております。
　以上でございます。

○議長（大川　稔君）　村井ゆき君。

○村井ゆき君　東区の就職者数が目標に届かなかった点は、周知の工夫をお願いします。

────────────────────────
"""
SAPPORO_FACTS = [
    {
        "municipality": "札幌市",
        "facility_name": "ジョブサポートきた",
        "facility_type": KIND,
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク札幌北",),
        "start_date": dt.date(2017, 4, 3),
        "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(350), P(371), "106.0")],
        "comments": [],
    },
    {
        "municipality": "札幌市",
        "facility_name": "しごとの窓口ひがし",
        "hello_work": ("ハローワーク札幌東",),
        "start_date": dt.date(2020, 10, 1),
        "metrics": [M("就職者数", P(200), P(192), "96.0")],
        "comments": [("東区保健福祉課長", MU, "ケースワーカーの同行が定着してきた")],
    },
    {
        "facility_name": "ワークステーションしろいし",
        "hello_work": ("ハローワーク札幌東",),
        "start_date": dt.date(2021, 7, 1),
        "metrics": [M("就職率", None, R("62.5"))],
        "comments": [("白石区保護課長", MU, "面接の最初から同席できるようになった")],
    },
]


# 3. A university note: （一）…（三）place heads with a ――subtitle――, Gregorian years in kanji
#    digits (二〇一五年四月一日, 二〇一八年度), 設けた as the opening verb, kanji figures, a block
#    quotation under the sentence naming its speaker, an employer's and a user's words (no
#    comment), the author's analysis.
KUMAMOTO = """東肥大学社会福祉学部紀要　第三十一号（二〇一九年九月）　　　　　　　　　　八九

〔研究ノート〕
熊本県内の一体的実施施設の運営について

三　事例

（一）熊本県熊本市

　　――本庁舎の中の相談窓口――

　熊本市と熊本労働局は、二〇一五年四月一日、ハローワーク熊本と共同で、市役所本庁舎一階に「くまもと就労支援コーナー」（一体的実施施設）を設けた。

　二〇一八年度は、支援対象者数が目標四百二十人に対して四百五十一人（達成率一〇七・四パーセント）、就職者数が二百七十五人であった。

　熊本市健康福祉局保護管理援護課長は、開設当初を振り返って次のように語った。
　　「相談の入口を一つにしたことで、保護の相談に来た方がその日のうちに仕事の話までできるようになった」
　筆者の見るところ、同コーナーの強みは両機関の距離の近さにある。

（二）熊本県八代市

　　――港町の小さな窓口――

　八代市と熊本労働局は、二〇一七年十月二日、ハローワーク八代とともに、市役所の福祉課内に「やつしろ仕事サポート室」（常設窓口）を設けた。

　二〇一八年度は、就職者数が目標百二十人に対して百二十六人（達成率一〇五・〇パーセント）となり、就職率は六一・二パーセントであった。

　同室の紹介で三人を採用した市内の食品会社の工場長は、「面接の前に仕事の中身を伝えてもらえるので、長く勤めてもらえる」と評価していた。また、同室で就職した四十代の男性は、「毎週同じ相談員に会えたのが支えだった」と語っている。
　ハローワーク八代の統括職業指導官は、「市の窓口にいることで、相談者の事情が早く分かる」と述べた。

（三）熊本県玉名市

　　――開設一年目の取組――

　玉名市では、二〇一八年四月二日、熊本労働局とハローワーク玉名の協力のもと、市役所の生活支援課内に「たまな就労相談窓口」（常設窓口）が開設された。

　二〇一八年度の実績は、支援対象者数九十六人（目標九十人、達成率一〇六・七パーセント）であった。

　玉名市生活支援課長も、「市役所で完結することの意味は大きい」と述べた。

四　考察

　三施設に共通するのは、窓口までの距離を縮めている点である。
"""
KUMAMOTO_FACTS = [
    {
        "prefecture": "熊本県",
        "municipality": "熊本市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク熊本",),
        "title": "本庁舎の中の相談窓口",
        "facility_name": "くまもと就労支援コーナー",
        "facility_type": KIND,
        "start_date": dt.date(2015, 4, 1),
        "fiscal_year": 2018,
        "metrics": [
            M("支援対象者数", P(420), P(451), "107.4"),
            M("就職者数", None, P(275)),
        ],
        "comments": [
            ("熊本市健康福祉局保護管理援護課長", MU, "相談の入口を一つにしたことで、保護の相談に来た方がその日のうちに仕事の話までできるようになった"),
        ],
    },
    {
        "municipality": "八代市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク八代",),
        "title": "港町の小さな窓口",
        "facility_name": "やつしろ仕事サポート室",
        "facility_type": "常設窓口",
        "start_date": dt.date(2017, 10, 2),
        "fiscal_year": 2018,
        "metrics": [
            M("就職者数", P(120), P(126), "105.0"),
            M("就職率", None, R("61.2")),
        ],
        "comments": [("ハローワーク八代統括職業指導官", HW, "市の窓口にいることで、相談者の事情が早く分かる")],
    },
    {
        "municipality": "玉名市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク玉名",),
        "title": "開設一年目の取組",
        "facility_name": "たまな就労相談窓口",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(90), P(96), "106.7")],
        "comments": [("玉名市生活支援課長", MU, "市役所で完結することの意味は大きい")],
    },
]


# 4. A bureau's plain-text mail magazine cut at a width: the opening sentence, the quotation
#    and the results clause each wrapped over lines, the kind on the line under the name,
#    a distractor article with figures, two facilities as （１）／（２） sub-parts.
NAGANO = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　　長野労働局メールマガジン　第８８号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■１　長野県最低賃金のお知らせ
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

長野県最低賃金は、令和３年１０月１日から時間額８７７円に
なりました。必ずご確認ください。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■２　【窓口だより】市役所の中の二つの窓口
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

（１）上田市

　　福祉の相談から、そのまま仕事探しへ

上田市と長野労働局は、平成２８年１０月３日、ハローワーク
上田と連携して市役所南庁舎の福祉課の隣に「うえだ就労支援
ルーム」（一体的実施施設）を開設しました。

令和２年度は、支援対象者数３１２人（目標３００人、達成率
１０４．０％）、就職者数２０１人（目標１９０人、達成率
１０５．８％）となりました。

上田市福祉課長は「ケースワーカーと職員が毎朝顔を合わせる
ことで、支援の方針がすぐにそろいます」と話しています。

（２）佐久市

　　子育て世帯の相談に力を入れて

佐久市と長野労働局は、令和元年７月１日、市役所の子育て支援
課の中にハローワーク佐久の職員が常駐する「さく就労サポート
窓口」（常設窓口）を開設しました。

令和２年度は、支援対象者数１２８人、就職者数８０人という
実績でした（目標は設定していません）。

窓口を利用して事務職に就いた３０代の女性は、「保育園の
ことも一度に相談できて助かった」と話してくれました。

ハローワーク佐久の統括職業指導官は「市の窓口から毎週の
ように紹介をいただいています」と語っています。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■このメールマガジンに関するお問い合わせ
　長野労働局総務部企画室
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""
NAGANO_FACTS = [
    {
        "prefecture": "長野県",
        "municipality": "上田市",
        "labour_bureau": "長野労働局",
        "title": "福祉の相談から、そのまま仕事探しへ",
        "facility_name": "うえだ就労支援ルーム",
        "facility_type": KIND,
        "start_date": dt.date(2016, 10, 3),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(300), P(312), "104.0"),
            M("就職者数", P(190), P(201), "105.8"),
        ],
        "comments": [("上田市福祉課長", MU, "ケースワーカーと職員が毎朝顔を合わせることで、支援の方針がすぐにそろいます")],
    },
    {
        "municipality": "佐久市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク佐久",),
        "title": "子育て世帯の相談に力を入れて",
        "facility_name": "さく就労サポート窓口",
        "facility_type": "常設窓口",
        "start_date": dt.date(2019, 7, 1),
        "metrics": [M("支援対象者数", None, P(128)), M("就職者数", None, P(80))],
        "comments": [("ハローワーク佐久統括職業指導官", HW, "市の窓口から毎週のように紹介をいただいています")],
    },
]


# 5. A newspaper series: each article between rules under its dateline; the quoted voices
#    are a city section, a Hello Work, the bureau (と分析している) and — no comments — a
#    user, an employer described with 市内 (…を採用した市内の介護施設の施設長) and a company
#    president.
MIYAGI = """【連載】となりの就労窓口（１）
2019年5月14日

石巻市　港町の窓口

　「いしのまき就労支援センター」（一体的実施施設）は、石巻市と宮城労働局、ハローワーク石巻が2016年10月3日に開設した。2018年度の実績は、支援対象者数が目標180人に対し196人（達成率108.9％）だった。
　石巻市生活再建支援課の担当者は「相談に来たその日に仕事の話ができる」と話す。
　センターの紹介で2人を採用した市内の介護施設の施設長は「事前に仕事の中身を伝えてもらえるので安心だ」と語る。
　昨年、市内の水産加工会社に就職した50代の男性は「一人では求人を探す気になれなかった」と振り返った。

――――――――――――――――――――――――――――――

【連載】となりの就労窓口（２）
2019年5月21日

大崎市　田園の窓口

　「おおさき仕事サポート室」（一体的実施施設）は、大崎市と宮城労働局、ハローワーク古川が2018年4月2日に開設した。2018年度の就職者数は目標100人に対し104人（達成率104.0％）だった。
　ハローワーク古川の担当者は「市の窓口と毎朝打ち合わせている」と語った。
　窓口の紹介で採用を決めた建設会社の社長も「面接の前に段取りをしてもらえた」と評価する。
　宮城労働局職業対策課の担当者は「地元企業との関係づくりが実績につながった」と分析している。
"""
MIYAGI_FACTS = [
    {
        "municipality": "石巻市",
        "labour_bureau": "宮城労働局",
        "hello_work": ("ハローワーク石巻",),
        "facility_name": "いしのまき就労支援センター",
        "start_date": dt.date(2016, 10, 3),
        "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(180), P(196), "108.9")],
        "comments": [("石巻市生活再建支援課", MU, "相談に来たその日に仕事の話ができる")],
    },
    {
        "municipality": "大崎市",
        "labour_bureau": "宮城労働局",
        "hello_work": ("ハローワーク古川",),
        "facility_name": "おおさき仕事サポート室",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2018,
        "metrics": [M("就職者数", P(100), P(104), "104.0")],
        "comments": [
            ("ハローワーク古川", HW, "市の窓口と毎朝打ち合わせている"),
            ("宮城労働局職業対策課", LB, "地元企業との関係づくりが実績につながった"),
        ],
    },
]


# 6. Negative: a round table in a newsletter where a questioner from the floor, a reporter,
#    a user and the moderator speak in `name（…）　text` / `role（…）　text` turns; only the
#    city's and the Hello Work's answer turns are comments.
TOYAMA = """ふくしの輪　第４２号

特集　意見交換会　「働きたい」を支える窓口

――――――――――――――――――――――――――――――

【話題１】

　「とやま就労支援ルーム」（一体的実施施設）は、富山市とハローワーク富山が平成２７年１０月１日に開設した窓口です。

森本（富山市生活支援課長）　保護の相談に来られた方に、その場で就労の相談を案内しています。令和３年度の就職者数は目標２００人に対して２１８人でした。

利用者（４０代女性）　子どもの送り迎えの合間に相談できて、本当に助かりました。

質問者（会場の社会福祉法人職員）　就職した後の支援はどうなっていますか。

記者（北日本タイムス社会部）　市として今後の目標を教えてください。

――――――――――――――――――――――――――――――

【話題２】

　「たかおか仕事相談コーナー」（常設窓口）は、高岡市とハローワーク高岡が平成３０年４月２日に開設した窓口です。

野村（ハローワーク高岡統括職業指導官）　高岡市の窓口と毎週連絡会を開いています。令和３年度の就職者数は目標９０人に対して９５人でした。

質問者（高岡市内の事業所の所長）　求人を出すにはどうすればよいですか。
"""
TOYAMA_FACTS = [
    {
        "municipality": "富山市",
        "hello_work": ("ハローワーク富山",),
        "facility_name": "とやま就労支援ルーム",
        "start_date": dt.date(2015, 10, 1),
        "metrics": [M("就職者数", P(200), P(218))],
        "comments": [("富山市生活支援課長", MU, "保護の相談に来られた方に、その場で就労の相談を案内しています。令和3年度の就職者数は目標200人に対して218人でした。")],
    },
    {
        "municipality": "高岡市",
        "hello_work": ("ハローワーク高岡",),
        "facility_name": "たかおか仕事相談コーナー",
        "start_date": dt.date(2018, 4, 2),
        "metrics": [M("就職者数", P(90), P(95))],
        "comments": [("ハローワーク高岡統括職業指導官", HW, "高岡市の窓口と毎週連絡会を開いています。令和3年度の就職者数は目標90人に対して95人でした。")],
    },
]


# 7. Negative: a 広報 feature whose quotations are only users' and employers' words — with
#    place words in their descriptions (市内の, 町内の) — gives no comment at all.
TOTTORI = """とっとり県政だより　特集

――――――――――――――――――――――――――――――
◆その１　鳥取市
――――――――――――――――――――――――――――――

　「とっとり就労サポートデスク」（一体的実施施設）は、鳥取市とハローワーク鳥取が平成２８年４月１日に開設しました。令和４年度の就職者数は１５２人でした。
　窓口で仕事を見つけた市内在住の３０代の女性は「相談員さんが最後まで付き合ってくれた」と話します。
　この窓口から２人を採用した市内の運送会社の総務部長は「応募の前に職場を見てもらえるのがよい」と話しています。

――――――――――――――――――――――――――――――
◆その２　米子市
――――――――――――――――――――――――――――――

　「よなご仕事相談コーナー」（常設窓口）は、米子市とハローワーク米子が令和元年１０月１日に開設しました。令和４年度の就職者数は９８人でした。
　町内の福祉事業所の所長も「毎月のように紹介があり、人手不足が和らいだ」と語ります。
"""
TOTTORI_FACTS = [
    {
        "municipality": "鳥取市",
        "hello_work": ("ハローワーク鳥取",),
        "facility_name": "とっとり就労サポートデスク",
        "start_date": dt.date(2016, 4, 1),
        "metrics": [M("就職者数", None, P(152))],
        "comments": [],
    },
    {
        "municipality": "米子市",
        "hello_work": ("ハローワーク米子",),
        "facility_name": "よなご仕事相談コーナー",
        "start_date": dt.date(2019, 10, 1),
        "metrics": [M("就職者数", None, P(98))],
        "comments": [],
    },
]


# 8. A lecture whose NPO and company partners are quoted (no comment: no named organisation),
#    the city section's words given with さん after the post, spoken heads 一例目／二例目.
OKAYAMA = """岡山県就労支援研修会　講演記録

――――――――――――――――――――――――――――――

【講師】　本日は二つの例を御紹介します。

　一例目は倉敷市の取組です。
　倉敷市とハローワーク倉敷中央は、令和２年４月１日に、市役所本庁舎に一体的実施施設「くらしき就労支援プラザ」を開設いたしました。
　令和３年度の就職者数は、目標２５０人に対して２６３人、達成率１０５．２％でございました。
　就労体験を受け入れていただいているＮＰＯ法人の理事長さんからは、「体験に来た方が少しずつ自信をつけていく」と伺いました。
　倉敷市の生活福祉課長さんは、「市の窓口で完結できるようになった」とおっしゃっていました。

　二例目は津山市の取組です。
　津山市とハローワーク津山は、平成３０年１０月１日に、市の福祉事務所の中に一体的実施施設「つやま仕事サポートコーナー」を開設いたしました。
　令和３年度の支援対象者数は、目標１２０人に対して１３０人、達成率１０８．３％でございます。
　この窓口から採用を続けている市内の製造会社の社長さんは、「紹介の前に本人の希望をよく聞いてくれる」と話しておられました。

――――――――――――――――――――――――――――――
"""
OKAYAMA_FACTS = [
    {
        "municipality": "倉敷市",
        "hello_work": ("ハローワーク倉敷中央",),
        "facility_name": "くらしき就労支援プラザ",
        "start_date": dt.date(2020, 4, 1),
        "fiscal_year": 2021,
        "metrics": [M("就職者数", P(250), P(263), "105.2")],
        "comments": [("倉敷市生活福祉課長", MU, "市の窓口で完結できるようになった")],
    },
    {
        "municipality": "津山市",
        "hello_work": ("ハローワーク津山",),
        "facility_name": "つやま仕事サポートコーナー",
        "start_date": dt.date(2018, 10, 1),
        "metrics": [M("支援対象者数", P(120), P(130), "108.3")],
        "comments": [],
    },
]


# 9. Negative for the place heads: a facility named in passing after the first case's
#    initiatives (なお、隣の…でも…「…」を運営しています) under no head of its own, the case's
#    results below it: one case.
NIIGATA = """新潟県の一体的実施

市役所の中で、相談から就職まで

　長岡市と新潟労働局が平成28年10月3日から運営する「ながおかワークサポート」（一体的実施施設）では、ハローワーク長岡の相談員が常駐しています。

取組内容
・市の生活支援課と毎週、支援の方針を確認しています。

　なお、隣の見附市でも新潟労働局が令和元年7月1日から「みつけ仕事相談室」（常設窓口）を運営しています。

実績
・就職者数は132人でした。
"""
NIIGATA_FACTS = [
    {
        "municipality": "長岡市",
        "labour_bureau": "新潟労働局",
        "facility_name": "ながおかワークサポート",
        "start_date": dt.date(2016, 10, 3),
    },
]


# 10. Council minutes where the answer goes through cities (not wards) under spoken heads in
#     other words (続きまして、…の状況を御報告いたします。), full-width digits, an answer's
#     remark given with との評価をいただいております, a mayor's general turn before the first
#     head (no case's), a case's one initiative (主な取組は、…), a count hedged by 約.
KAGAWA = """令和４年香川県議会定例会会議録（抜粋）

────────────────────────

○議長（山本　誠君）　知事。

○知事（池田　豊君）　一体的実施の窓口の状況につきましては、健康福祉部長から御答弁いたします。

○議長（山本　誠君）　健康福祉部長。

○健康福祉部長（大西　聡君）　初めに、丸亀市の状況を御報告いたします。
　丸亀市では、香川労働局のハローワーク丸亀と連携し、平成２９年１０月２日に、市役所１階に一体的実施施設「まるがめ就労サポートコーナー」を開設しております。
　令和３年度の就職者数は、目標１５０人に対し実績１６２人、達成率１０８．０％でございます。
　ハローワーク丸亀の所長からは、「市の窓口と同じフロアで相談を受けられる効果は大きい」との評価をいただいております。

　続きまして、坂出市の状況を御報告いたします。
　坂出市では、香川労働局のハローワーク坂出と連携し、令和２年４月１日に、市役所本庁舎に一体的実施施設「さかいで仕事相談室」を開設しております。
　主な取組は、生活保護の相談の最初からハローワークの職員が同席していることでございます。
　令和３年度の就職者数は、目標８０人に対し実績７４人、達成率９２．５％でございました。相談件数は延べ約８５０件となっております。

────────────────────────
"""
KAGAWA_FACTS = [
    {
        "municipality": "丸亀市",
        "labour_bureau": "香川労働局",
        "hello_work": ("ハローワーク丸亀",),
        "facility_name": "まるがめ就労サポートコーナー",
        "start_date": dt.date(2017, 10, 2),
        "fiscal_year": 2021,
        "metrics": [M("就職者数", P(150), P(162), "108.0")],
        "comments": [("ハローワーク丸亀所長", HW, "市の窓口と同じフロアで相談を受けられる効果は大きい")],
    },
    {
        "municipality": "坂出市",
        "labour_bureau": "香川労働局",
        "hello_work": ("ハローワーク坂出",),
        "facility_name": "さかいで仕事相談室",
        "start_date": dt.date(2020, 4, 1),
        "fiscal_year": 2021,
        "initiatives": ("生活保護の相談の最初からハローワークの職員が同席していることでございます。",),
        "metrics": [M("就職者数", P(80), P(74), "92.5"), M("相談件数", None, P(850, "件", "約"))],
        "comments": [],
    },
]


# 11. A mail magazine cut at a width whose first facility stands in its own article (its
#     head above a rule) and whose quotation's verb wraps onto the next line; a later
#     article about a subsidy holds figures that are no metrics.
AKITA = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　　秋田労働局メールマガジン　令和３年７月号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■１　【現場から】横手市役所の中のハローワーク
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

　　相談と仕事探しが同じ場所で

横手市と秋田労働局（ハローワーク横手）は、平成３０年４月２日、
市役所本庁舎の福祉課の隣に「よこて就労支援デスク」
（一体的実施施設）を開設しました。

令和２年度の実績は、支援対象者数が１６８人（目標１６０人、
達成率１０５．０％）でした。

横手市福祉課長は「生活の相談と仕事探しを一緒に進められる
のが強みです」
と話しています。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■２　【現場から】湯沢市の窓口
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

　　小さな窓口の大きな一歩

湯沢市と秋田労働局は、令和２年１０月１日、ハローワーク湯沢と
連携して「ゆざわ仕事サポート窓口」（常設窓口）を市役所の中に
設けました。

令和２年度は、支援対象者数６２人、就職者数４０人でした。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■３　キャリアアップ助成金のご案内
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

正社員化コースでは１人当たり５７万円を支給します（１年度
１事業所当たり２０人まで）。
"""
AKITA_FACTS = [
    {
        "municipality": "横手市",
        "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク横手",),
        "title": "相談と仕事探しが同じ場所で",
        "facility_name": "よこて就労支援デスク",
        "facility_type": KIND,
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2020,
        "metrics": [M("支援対象者数", P(160), P(168), "105.0")],
        "comments": [("横手市福祉課長", MU, "生活の相談と仕事探しを一緒に進められるのが強みです")],
    },
    {
        "municipality": "湯沢市",
        "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク湯沢",),
        "title": "小さな窓口の大きな一歩",
        "facility_name": "ゆざわ仕事サポート窓口",
        "facility_type": "常設窓口",
        "start_date": dt.date(2020, 10, 1),
        "fiscal_year": 2020,
        "metrics": [M("支援対象者数", None, P(62)), M("就職者数", None, P(40))],
        "comments": [],
    },
]


# 12. A report in kanji numerals whose subsections are （１）city under a chapter heading, the
#     opening year Gregorian in kanji digits with the era after it in brackets
#     (二〇一六年（平成二十八年）四月一日), the results year the same (二〇一九年度).
SHIGA = """滋賀県内の一体的実施施設の現状（調査報告）

二　各施設の状況

（１）大津市

　大津市と滋賀労働局は、二〇一六年（平成二十八年）四月一日、ハローワーク大津と共同で「おおつ就労支援センター」（一体的実施施設）を開設した。
　二〇一九年度の就職者数は、目標二百人に対して二百十二人（達成率一〇六・〇パーセント）であった。

（２）彦根市

　彦根市と滋賀労働局は、二〇一八年（平成三十年）十月一日、ハローワーク彦根と共同で「ひこね仕事相談コーナー」（常設窓口）を開設した。
　二〇一九年度の就職者数は、目標八十人に対して七十六人（達成率九五・〇パーセント）であった。

三　まとめ

　二施設とも、市の窓口の近さが利用につながっている。
"""
SHIGA_FACTS = [
    {
        "municipality": "大津市",
        "labour_bureau": "滋賀労働局",
        "hello_work": ("ハローワーク大津",),
        "facility_name": "おおつ就労支援センター",
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2019,
        "metrics": [M("就職者数", P(200), P(212), "106.0")],
    },
    {
        "municipality": "彦根市",
        "labour_bureau": "滋賀労働局",
        "hello_work": ("ハローワーク彦根",),
        "facility_name": "ひこね仕事相談コーナー",
        "start_date": dt.date(2018, 10, 1),
        "fiscal_year": 2019,
        "metrics": [M("就職者数", P(80), P(76), "95.0")],
    },
]


# 13. Negative: a single feature (one facility) whose text names a neighbouring city in a
#     short line (a photo caption) above a later paragraph: still one case, and the user's
#     and the employer's words are no comments.
GUARD_ONE = """広報みえ　令和５年８月号

特集　市役所の中のハローワーク

　「つ就労サポートコーナー」（一体的実施施設）は、津市とハローワーク津が平成２９年４月３日に開設しました。令和４年度の就職者数は目標１８０人に対して１９１人（達成率１０６．１％）でした。

（写真）松阪市から視察に来た職員

　窓口で就職した２０代の男性は「毎週同じ人に相談できた」と話します。
　市内の介護事業所の所長は「応募の前に見学の段取りをしてもらえる」と話しています。
　津市生活支援課長は「ハローワークの職員が同じ部屋にいることが一番の強み」と話しています。
"""
GUARD_ONE_FACTS = [
    {
        "municipality": "津市",
        "hello_work": ("ハローワーク津",),
        "facility_name": "つ就労サポートコーナー",
        "start_date": dt.date(2017, 4, 3),
        "fiscal_year": 2022,
        "metrics": [M("就職者数", P(180), P(191), "106.1")],
        "comments": [("津市生活支援課長", MU, "ハローワークの職員が同じ部屋にいることが一番の強み")],
    },
]


# 14. A 広報 feature's parts with an interview in `Q.` / `A.（org post）` lines (read as lettered
#     bullets): each answer naming the city or the Hello Work is a comment, the questions none.
GUNMA = """広報ぐんま　令和５年１０月号

特集　市役所の中のハローワーク

―――――――――――――――――――――――――――――――――――――――

◆その１　前橋市

福祉の窓口の奥に、仕事の相談

　「まえばし就労支援コーナー」（一体的実施施設）は、前橋市とハローワーク前橋が平成２９年４月３日に市役所本庁舎２階に開設しました。令和４年度の就職者数は目標２２０人に対して２３４人（達成率１０６．４％）でした。

Q.　コーナーを始めたきっかけは？
A.（前橋市福祉部社会福祉課長）　相談に来た方を別の建物に案内しても、実際に行ける方は多くありませんでした。同じ階にあれば、その日のうちに次の一歩に進めます。

Q.　相談ではどんなことを大切にしていますか。
A.（ハローワーク前橋統括職業指導官）　すぐに応募を勧めるのではなく、体調や家庭の事情に合う働き方を一緒に考えています。

―――――――――――――――――――――――――――――――――――――――

◆その２　高崎市

ひとり親の相談を一度に

　「たかさき仕事サポート窓口」（常設窓口）は、高崎市とハローワーク高崎が令和２年１０月１日に市役所の子育て支援課の隣に開設しました。令和４年度の就職者数は目標９０人に対して９６人（達成率１０６．７％）でした。

Q.　工夫していることは？
A.（高崎市子育て支援課長）　手当の手続きの日に合わせて相談の予約を入れ、一度の来庁で済むようにしています。

―――――――――――――――――――――――――――――――――――――――
"""
GUNMA_FACTS = [
    {
        "municipality": "前橋市",
        "hello_work": ("ハローワーク前橋",),
        "facility_name": "まえばし就労支援コーナー",
        "start_date": dt.date(2017, 4, 3),
        "metrics": [M("就職者数", P(220), P(234), "106.4")],
        "comments": [
            ("前橋市福祉部社会福祉課長", MU, "相談に来た方を別の建物に案内しても、実際に行ける方は多くありませんでした。同じ階にあれば、その日のうちに次の一歩に進めます。"),
            ("ハローワーク前橋統括職業指導官", HW, "すぐに応募を勧めるのではなく、体調や家庭の事情に合う働き方を一緒に考えています。"),
        ],
    },
    {
        "municipality": "高崎市",
        "hello_work": ("ハローワーク高崎",),
        "facility_name": "たかさき仕事サポート窓口",
        "start_date": dt.date(2020, 10, 1),
        "metrics": [M("就職者数", P(90), P(96), "106.7")],
        "comments": [("高崎市子育て支援課長", MU, "手当の手続きの日に合わせて相談の予約を入れ、一度の来庁で済むようにしています。")],
    },
]


# 15. A bureau's web page: each facility between rule lines, a `【利用者の声】` block whose voices
#     are labelled lines over indented text (`利用者（40代男性）`, `ハローワーク大分　就職支援
#     ナビゲーターより`, `協力事業所（製造業）より`): each voice one comment, users and employers
#     as `other` (labelled voices in a comments block, decision 41), the heading no speaker.
OITA = """大分労働局　施設のご紹介

────────────────────────────────────
施設紹介１　大分市

市役所の中で、仕事の相談まで

　おおいた就労支援プラザ（一体的実施施設）は、大分市と大分労働局・ハローワーク大分が平成28年10月3日に大分市役所本庁舎1階に開設した施設です。令和2年度は、支援対象者数が目標300人に対し実績321人（達成率107.0％）でした。

【利用者の声】
利用者（40代男性）
　体調に合わせて短い時間の仕事から探してもらえました。今は週5日働いています。

ハローワーク大分　就職支援ナビゲーターより
　市の相談員と毎朝打合せをして、ご本人に合った求人をご提案しています。

────────────────────────────────────
施設紹介２　別府市

温泉のまちの就労窓口

　べっぷ仕事サポートコーナー（常設窓口）は、別府市と大分労働局・ハローワーク別府が令和元年7月1日に別府市役所2階に開設した窓口です。令和2年度は、就職者数が目標120人に対し実績126人（達成率105.0％）でした。

【利用者の声】
協力事業所（製造業）より
　応募の前に仕事の中身を丁寧に伝えてもらえるので、長く働いてもらえています。

────────────────────────────────────
"""
OITA_FACTS = [
    {
        "title": "市役所の中で、仕事の相談まで",
        "municipality": "大分市",
        "labour_bureau": "大分労働局",
        "hello_work": ("ハローワーク大分",),
        "facility_name": "おおいた就労支援プラザ",
        "start_date": dt.date(2016, 10, 3),
        "metrics": [M("支援対象者数", P(300), P(321), "107.0")],
        "comments": [
            ("利用者(40代男性)", "other", "体調に合わせて短い時間の仕事から探してもらえました。今は週5日働いています。"),
            ("ハローワーク大分就職支援ナビゲーター", HW, "市の相談員と毎朝打合せをして、ご本人に合った求人をご提案しています。"),
        ],
    },
    {
        "title": "温泉のまちの就労窓口",
        "municipality": "別府市",
        "labour_bureau": "大分労働局",
        "hello_work": ("ハローワーク別府",),
        "facility_name": "べっぷ仕事サポートコーナー",
        "start_date": dt.date(2019, 7, 1),
        "metrics": [M("就職者数", P(120), P(126), "105.0")],
        "comments": [
            ("協力事業所(製造業)", "other", "応募の前に仕事の中身を丁寧に伝えてもらえるので、長く働いてもらえています。"),
        ],
    },
]


# 16. A city's report of one facility whose `関係者の声` section numbers its voices
#     (`（１）ハローワーク佐賀`, `（２）利用者（20代男性）`): the number is no speaker; the
#     sentence announcing the ア／イ list is no initiative, the comparison with the year
#     before no other result.
SAGA = """令和３年度　佐賀市就労支援窓口　事業実績報告書

１　事業の概要
（１）実施施設
　ア　名称　　　さが就労支援ルーム（一体的実施施設）
　イ　開設日　　令和元年10月1日
（２）連携機関
　佐賀労働局、ハローワーク佐賀

２　事業の内容
　令和３年度は、次の取組を実施した。
　ア　市の福祉窓口からその日のうちに就労の相談へ案内した。
　イ　就職後３か月間の定着支援を行った。

３　実績
（１）令和３年度の実績
　支援対象者数については、目標150人に対し実績162人で、達成率は108.0％であった。
（２）前年度との比較
　令和２年度の実績は、支援対象者数148人であり、14人の増加となった。
（３）その他の実績
　ア　市内で就職面接会を２回開催した。

４　関係者の声
（１）ハローワーク佐賀
　市の窓口と同じ場所で相談を受けられ、生活と仕事の相談を切り離さずに支援できている。
（２）利用者（20代男性）
　手続きのついでに仕事の相談ができ、すぐに面接の練習まで進めました。
"""
SAGA_FACTS = [
    {
        "municipality": "佐賀市",
        "facility_name": "さが就労支援ルーム",
        "start_date": dt.date(2019, 10, 1),
        "initiatives": ("市の福祉窓口からその日のうちに就労の相談へ案内した。", "就職後3か月間の定着支援を行った。"),
        "other_results": ("市内で就職面接会を2回開催した。",),
        "metrics": [M("支援対象者数", P(150), P(162), "108.0")],
        "comments": [
            ("ハローワーク佐賀", HW, "市の窓口と同じ場所で相談を受けられ、生活と仕事の相談を切り離さずに支援できている。"),
            ("利用者(20代男性)", "other", "手続きのついでに仕事の相談ができ、すぐに面接の練習まで進めました。"),
        ],
    },
]


# 17. A study note whose prose gives one case's actuals only and a space-aligned summary table
#     after the cases (head cells `就職者数目標  就職者数実績  達成率`, glued label and role, a bare
#     rate column) adds that case's targets, rates and its missing 就職率; another case lists
#     its initiatives inside one sentence (`第一に…、第二に、…に取り組んでいる。`); a sentence
#     opened by `また、` holding an employer's words and a count is no other result.
MIYAZAKI = """三　事例

（一）宮崎県宮崎市

　宮崎市と宮崎労働局は、二〇一六年十月三日、ハローワーク宮崎と共同で、市役所本庁舎一階に「みやざき就労支援センター」（一体的実施施設）を開設した。

　二〇一九年度は、支援対象者数四百十二人、就職者数二百六十人であった。

（二）宮崎県都城市

　都城市と宮崎労働局は、二〇一八年四月二日、ハローワーク都城とともに、市役所の福祉課内に「みやこのじょう仕事相談室」（常設窓口）を設けた。

　同室では、第一に福祉課の窓口に来た相談者へのその場での職業相談、第二に、農業法人と連携した職場体験の案内に取り組んでいる。

　二〇一九年度は、就職者数が目標百人に対して百八人（達成率一〇八・〇パーセント）であった。また、同室の紹介で三人を採用した市内の農業法人の代表は、「事前の見学で定着がよくなった」と話していた。

四　考察

表１　二施設の二〇一九年度実績（単位：人、％）

施設名                      支援対象者数目標  支援対象者数実績  達成率   就職者数目標  就職者数実績  達成率   就職率
みやざき就労支援センター          400           412      103.0        250          260      104.0     63.1
みやこのじょう仕事相談室            -             -         -          100          108      108.0     -
"""
MIYAZAKI_FACTS = [
    {
        "municipality": "宮崎市",
        "facility_name": "みやざき就労支援センター",
        "start_date": dt.date(2016, 10, 3),
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(400), P(412), "103.0"),
            M("就職者数", P(250), P(260), "104.0"),
            M("就職率", None, R("63.1")),
        ],
    },
    {
        "municipality": "都城市",
        "facility_name": "みやこのじょう仕事相談室",
        "start_date": dt.date(2018, 4, 2),
        "initiatives": (
            "福祉課の窓口に来た相談者へのその場での職業相談",
            "農業法人と連携した職場体験の案内",
        ),
        "other_results": (),
        "metrics": [M("就職者数", P(100), P(108), "108.0")],
        "comments": [],
    },
]


DOCUMENTS = {
    "shizuoka_lecture_spoken_heads": (SHIZUOKA, SHIZUOKA_FACTS),
    "sapporo_minutes_wards": (SAPPORO, SAPPORO_FACTS),
    "kumamoto_note_kanji_years": (KUMAMOTO, KUMAMOTO_FACTS),
    "nagano_mailmag_wrapped": (NAGANO, NAGANO_FACTS),
    "miyagi_series_voices": (MIYAGI, MIYAGI_FACTS),
    "guard_toyama_roundtable_questioners": (TOYAMA, TOYAMA_FACTS),
    "guard_tottori_users_employers_only": (TOTTORI, TOTTORI_FACTS),
    "okayama_lecture_npo_company": (OKAYAMA, OKAYAMA_FACTS),
    "guard_niigata_mention": (NIIGATA, NIIGATA_FACTS),
    "kagawa_minutes_cities": (KAGAWA, KAGAWA_FACTS),
    "akita_mailmag_articles_wrapped": (AKITA, AKITA_FACTS),
    "shiga_report_kanji_years_era_bracket": (SHIGA, SHIGA_FACTS),
    "guard_mie_one_case_caption": (GUARD_ONE, GUARD_ONE_FACTS),
    "gunma_feature_lettered_answers": (GUNMA, GUNMA_FACTS),
    "oita_web_voice_lines": (OITA, OITA_FACTS),
    "saga_report_numbered_voices": (SAGA, SAGA_FACTS),
    "miyazaki_note_table_inline_ordinals": (MIYAZAKI, MIYAZAKI_FACTS),
}

#: documents whose key facts are not all read yet (strict known gaps, with the reason)
FACT_GAPS: dict[str, str] = {}
#: documents whose profile count is not right yet
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)


def test_arabic_years_keep_offsets() -> None:
    from jirei.prosekanji import arabic_years, has_kanji_years

    text = "北九州市は、二〇一三年十月一日に開設。二〇一六年度の実績。平成二十八年二月一日"
    out = arabic_years(text)
    assert len(out) == len(text)
    assert "2013年十月一日" in out and "2016年度" in out and "平成二十八年" in out
    assert has_kanji_years(text) and not has_kanji_years("平成二十八年二月一日")
    assert arabic_years("一〇〇人") == "一〇〇人"  # no 年 after it: a count stays


def test_names_organisation_and_head_noun() -> None:
    from jirei.prosespeakers import head_noun, names_organisation, role_name

    for speaker, want in [
        ("鶴岡市生活福祉課", True),
        ("ハローワーク鶴岡", True),
        ("山形労働局職業対策課", True),
        ("市内の建設会社の社長", False),
        ("町内の事業所の所長", False),
        ("40代の女性", False),
        ("NPO法人の理事長", False),
        ("久留米市社会福祉協議会自立相談支援員", True),
    ]:
        assert names_organisation(speaker) is want, speaker
    assert head_noun("プラザの紹介で3人を採用した市内の建設会社の社長") == "市内の建設会社の社長"
    assert head_noun("窓口を利用された30代の女性") == "30代の女性"
    assert head_noun("鶴岡市生活福祉課の担当者") == "鶴岡市生活福祉課の担当者"
    assert role_name("質問者") and role_name("記者") and not role_name("森本")


def test_place_head_and_wrapped_sentence() -> None:
    from jirei.proseheads import place_head
    from jirei.prosewrap import runs_on, sentence_start

    text = "前の段落です。\n\n最初は旭川市でございます。\n旭川市とハローワーク旭川は、「X」を開設した。\n"
    at = text.index("「X」")
    assert place_head(text, at, 0) == text.index("最初は")
    mention = "長い段落の文です。" * 6 + "\n\nなお、隣の見附市でも「Y」を運営している。\n"
    assert place_head(mention, mention.index("「Y」"), 0) is None
    wrapped = "上田市と長野労働局は、平成２８年１０月３日、ハローワーク\n上田と連携して「Z」を開設。\n"
    assert sentence_start(wrapped, wrapped.index("「Z」"), 0) == 0
    assert runs_on(wrapped, wrapped.index("\n"), len(wrapped))
    assert not runs_on("見出し\n本文です。\n", 3, 10)


def test_kanji_rates_read_as_decimals() -> None:
    import jirei

    doc = jirei.parse_text(KUMAMOTO)
    rate = doc.profiles[0].metrics[0].achievement_rate
    assert rate == Decimal("107.4") and isinstance(rate, Decimal)
