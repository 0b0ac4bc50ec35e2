"""Cases told in prose (decisions 2150-2169, `jirei.prose`): council minutes, 広報 feature
series, news articles and mail magazines in which each facility is named in 「」 with its
opening date, its figures are spoken in sentences (kanji numerals, パーセント), its
initiatives are bullets or an enumeration, and its comments are quotations with their
speakers, name cards over a quotation, or the mayor's turn.

Every document below is written for this file (real places and Hello Work offices, invented
facilities, people, prose and figures); every expected value was written by hand from
reading the document by docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

import datetime as dt

from _variants import M, P, R, labelled_doc, variant_tests

MU, HW, LB, OT = "municipality", "hello_work", "labour_bureau", "other"


# 1. Minutes of two city councils with no rule lines: a `◎` session line heads each part,
#    figures after につきましては, an enumeration `1つ目として、`, the mayor's turn.
MITO = """市議会における就労支援窓口に関する質疑（抜粋）

◎水戸市議会　令和4年第2回定例会（6月14日）

○議長（田中一郎君）　3番　佐藤花子君。
○3番（佐藤花子君）　生活困窮者の就労支援について伺います。令和3年度の実績をお示しください。

○議長（田中一郎君）　保健福祉部長。
○保健福祉部長（鈴木健君）　お答えいたします。
　本市では、茨城労働局及びハローワーク水戸との協定に基づき、令和元年7月1日に市役所本庁舎2階に「ワークサポートみと」を開設いたしました。
　令和3年度の実績につきましては、支援対象者数は目標300人に対し実績321人で、達成率は107.0%でございます。就職者数は目標180人に対し実績190人で、達成率は105.6%でございます。
　主な取り組みといたしましては、1つ目として、生活保護の相談の際に就労の相談を同時に受けております。2つ目として、毎月1回、市内企業による合同説明会を開いております。
　以上でございます。

○議長（田中一郎君）　市長。
○市長（高橋靖君）　佐藤議員の御質問にお答えいたします。
　国と市が同じ場所で支援することで、相談から就職までの時間が短くなりました。

◎日立市議会　令和4年第3回定例会（9月8日）

○議長（山本進君）　12番　井上誠君。
○12番（井上誠君）　市役所内の就労支援窓口について伺います。

○議長（山本進君）　保健福祉部長。
○保健福祉部長（小林修君）　お答えいたします。
　平成30年10月1日に、ハローワーク日立と共同で「ひたち就労支援コーナー」を市役所1階に開設いたしました。
　令和3年度は、支援対象者数が目標150人に対して実績146人、達成率は97.3%でございました。就職率は61.0%となっております。
　以上でございます。
"""
MITO_FACTS = [
    {
        "title": None,
        "prefecture": "茨城県",
        "municipality": "水戸市",
        "labour_bureau": "茨城労働局",
        "hello_work": ("ハローワーク水戸",),
        "facility_name": "ワークサポートみと",
        "start_date": dt.date(2019, 7, 1),
        "fiscal_year": 2021,
        "initiatives": (
            "生活保護の相談の際に就労の相談を同時に受けております。",
            "毎月1回、市内企業による合同説明会を開いております。",
        ),
        "metrics": [
            M("支援対象者数", P(300), P(321), "107.0"),
            M("就職者数", P(180), P(190), "105.6"),
        ],
        "comments": [
            ("市長", MU, "佐藤議員の御質問にお答えいたします。\n"
             "国と市が同じ場所で支援することで、相談から就職までの時間が短くなりました。"),
        ],
    },
    {
        "municipality": "日立市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク日立",),
        "facility_name": "ひたち就労支援コーナー",
        "start_date": dt.date(2018, 10, 1),
        "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(150), P(146), "97.3"), M("就職率", None, R("61.0"))],
        "comments": [],
    },
]


# 2. Minutes in kanji numerals with a page break and a running head inside a case, rules
#    under each session head, a Hello Work director's words quoted in the answer (との声).
GIFU = """各務原市・関市　議会会議録（抜粋）

━━━━━━━━━━━━━━━━━━━━
各務原市議会　令和二年第四回定例会
━━━━━━━━━━━━━━━━━━━━
◯議長（村井　勇）　五番　森　恵子議員。
◯五番（森　恵子）　就労支援の窓口についてお尋ねいたします。
◯議長（村井　勇）　健康福祉部長。
◯健康福祉部長（大野　誠）　お答えいたします。
　本市は、令和元年十月一日に、岐阜労働局及びハローワーク岐阜と共同で運営する「かかみがはら仕事相談室」を市役所本庁舎一階に開設いたしました。
　令和元年度の実績は、支援対象者数が目標百五十人に対し実績百六十二人、達成率は百八パーセントでございました。

－　２　－
令和二年第四回各務原市議会定例会会議録

　就職率は五十八・三パーセントとなりました。
　なお、ハローワーク岐阜の所長からは、「市の窓口の隣で相談を受けられることが大きい。」との声をいただいております。
　以上でございます。

━━━━━━━━━━━━━━━━━━━━
関市議会　令和二年第四回定例会
━━━━━━━━━━━━━━━━━━━━
◯議長（長屋　実）　八番　加藤　守議員。
◯八番（加藤　守）　市役所内の相談窓口について伺います。
◯議長（長屋　実）　市民福祉部長。
◯市民福祉部長（後藤　聡）　お答えいたします。
　ハローワーク関と共同で、平成三十年四月二日に「せき就労サポートデスク」を開設いたしました。
　令和元年度は、就職者数が目標八十人に対し実績八十四人、達成率は百五パーセントでございました。
　取り組みといたしましては、一つ目に、生活保護の申請時に窓口をご案内しております。二つ目に、求人情報を毎週更新しております。
　このほか、市内の企業見学会を三回開催し、延べ二十五人が参加いたしました。
　以上でございます。
"""
GIFU_FACTS = [
    {
        "prefecture": "岐阜県",
        "municipality": "各務原市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク岐阜",),
        "facility_name": "かかみがはら仕事相談室",
        "start_date": dt.date(2019, 10, 1),
        "fiscal_year": 2019,
        "metrics": [M("支援対象者数", P(150), P(162), "108"), M("就職率", None, R("58.3"))],
        "comments": [("ハローワーク岐阜所長", HW, "市の窓口の隣で相談を受けられることが大きい。")],
    },
    {
        "municipality": "関市",
        "hello_work": ("ハローワーク関",),
        "facility_name": "せき就労サポートデスク",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2019,
        "initiatives": (
            "生活保護の申請時に窓口をご案内しております。",
            "求人情報を毎週更新しております。",
        ),
        "other_results": ("市内の企業見学会を三回開催し、延べ二十五人が参加いたしました。",),
        "metrics": [M("就職者数", P(80), P(84), "105")],
        "comments": [],
    },
]


# 3. A city 広報 series without boxes: `■シリーズ … 第N回`, a headline, a 【施設の概要】
#    paragraph with the kind in brackets after 「」, 【主な取り組み】 ・ bullets, name cards
#    opened by `▼`, results in a sentence.
KAGA = """石川県　広報いしかわ　特集記事の再録

■シリーズ　暮らしと仕事の窓口　第1回　加賀市

相談の入口はひとつ

　市役所の中で、仕事と暮らしの相談が一度にできます。

【施設の概要】
　「かが就労ナビ」（一体的実施施設）は、加賀市とハローワーク加賀が共同で運営し、2018年4月2日に市役所1階で業務を開始しました。

【主な取り組み】
・福祉の相談と同じ日に職業相談を受けられます
・託児付きの相談日を月に2回設けています

▼加賀市　福祉課　主任　山田　花子さん
「まずはお気軽にお越しください。」

【令和4年度の実績】
　支援対象者数は目標120人に対して131人（達成率109.2%）、就職者数は目標80人に対して83人（達成率103.8%）でした。

■シリーズ　暮らしと仕事の窓口　第2回　小松市

ものづくりのまちで働く

　小松市の窓口は、製造業の求人に強いのが特徴です。

【施設の概要】
　「こまつワークステーション」（一体的実施施設）は、2016年10月3日にオープンしました。石川労働局と市の協定に基づき、ハローワーク小松の職員が常駐しています。

【主な取り組み】
・市内の工場見学を毎月実施しています

▼ハローワーク小松　就職支援ナビゲーター　中川　一郎さん
「一人ひとりの希望を丁寧に聞いています。」

【令和4年度の実績】
　就職者数は目標95人に対して99人（達成率104.2%）、就職率は60.4%でした。また、地元企業の説明会を5回開き、延べ40人が参加しました。
"""
KAGA_FACTS = [
    {
        "title": "相談の入口はひとつ",
        "prefecture": "石川県",
        "municipality": "加賀市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク加賀",),
        "facility_name": "かが就労ナビ",
        "facility_type": "一体的実施施設",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2022,
        "initiatives": (
            "福祉の相談と同じ日に職業相談を受けられます",
            "託児付きの相談日を月に2回設けています",
        ),
        "metrics": [
            M("支援対象者数", P(120), P(131), "109.2"),
            M("就職者数", P(80), P(83), "103.8"),
        ],
        "comments": [("加賀市福祉課主任", MU, "まずはお気軽にお越しください。")],
    },
    {
        "title": "ものづくりのまちで働く",
        "municipality": "小松市",
        "labour_bureau": "石川労働局",
        "hello_work": ("ハローワーク小松",),
        "facility_name": "こまつワークステーション",
        "facility_type": "一体的実施施設",
        "start_date": dt.date(2016, 10, 3),
        "initiatives": ("市内の工場見学を毎月実施しています",),
        "other_results": ("地元企業の説明会を5回開き、延べ40人が参加しました。",),
        "metrics": [M("就職者数", P(95), P(99), "104.2"), M("就職率", None, R("60.4"))],
        "comments": [
            ("ハローワーク小松就職支援ナビゲーター", HW,
             "一人ひとりの希望を丁寧に聞いています。"),
        ],
    },
]


# 4. A labour bureau's mail magazine: `＝` rules, datelines of place and date only (no 発),
#    figures in brackets, quotes closed by と話した／と振り返る, a totals block, a seminar.
OSAKA = """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
大阪労働局　メールマガジン　第48号（平成30年6月）
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝

■今月の特集　市とハローワークの窓口　平成29年度の実績

＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
◆堺市（2018年5月10日）
さかい就労支援センター、就職者が目標を上回る
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
　堺市とハローワーク堺が共同で運営する「さかい就労支援センター」は、平成27年4月1日に開設された。平成29年度は、支援対象者数が412人（目標400人、達成率103.0%）、就職者数が265人（目標250人、達成率106.0%）だった。
▽主な取り組み
・区役所の福祉窓口で出張相談を行う
・就職後の定着支援を半年間続ける
　堺市健康福祉局の担当者は「福祉と就労の連携が深まった」と話した。

＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
◆枚方市（2018年5月17日）
ひらかた仕事サポート、2年目で定着
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
　枚方市役所別館に平成28年7月1日に開設した「ひらかた仕事サポート」の平成29年度の就職者数は118人で、目標の120人をわずかに下回った（達成率98.3%）。就職率は58.1%だった。
　ハローワーク枚方の山口一夫所長は「来年度は企業開拓に力を入れる」と振り返る。

＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
◆2地域の合計
　支援対象者数　612人　／　就職者数　383人
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝

■セミナーのご案内
「職場のメンタルヘルス対策セミナー」を7月12日に開催します。
"""
OSAKA_FACTS = [
    {
        "title": "さかい就労支援センター、就職者が目標を上回る",
        "prefecture": "大阪府",
        "municipality": "堺市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク堺",),
        "facility_name": "さかい就労支援センター",
        "facility_type": None,
        "start_date": dt.date(2015, 4, 1),
        "fiscal_year": 2017,
        "initiatives": ("区役所の福祉窓口で出張相談を行う", "就職後の定着支援を半年間続ける"),
        "metrics": [
            M("支援対象者数", P(400), P(412), "103.0"),
            M("就職者数", P(250), P(265), "106.0"),
        ],
        "comments": [("堺市健康福祉局", MU, "福祉と就労の連携が深まった")],
    },
    {
        "title": "ひらかた仕事サポート、2年目で定着",
        "municipality": "枚方市",
        "hello_work": ("ハローワーク枚方",),
        "facility_name": "ひらかた仕事サポート",
        "start_date": dt.date(2016, 7, 1),
        "fiscal_year": 2017,
        "metrics": [M("就職者数", P(120), P(118), "98.3"), M("就職率", None, R("58.1"))],
        "comments": [("ハローワーク枚方所長", HW, "来年度は企業開拓に力を入れる")],
    },
]


# 5. Newspaper web articles with no rules at all: a 【date】 line and a headline over each
#    article, quotes closed by と話した, a user's voice (no comment).
NIIGATA = """新潟日報デジタル　地域面の記事から（転載許諾済み）

【2019年5月21日】
長岡の就労窓口、就職率6割超す

　長岡市とハローワーク長岡が市役所アオーレ長岡に設けた「ながおか就労サポートルーム」は、2017年6月1日に開設された。平成30年度の支援対象者数は目標260人に対し281人、達成率は108.1%だった。就職率は61.2%に上った。
　利用した40代の男性は「毎週通うのが励みになった」と話した。
　長岡市福祉課の担当者は「気軽に立ち寄れる場所にしたい」と話した。

【2019年5月28日】
上越の窓口、対象者を掘り起こし

　上越市が新潟労働局、ハローワーク上越と結んだ協定に基づき「じょうえつ仕事相談コーナー」は2016年4月1日から運営されている。平成30年度の就職者数は目標130人に対し134人で、達成率は103.1%だった。
　ハローワーク上越の小川誠所長は「市との情報共有が一番の力」と語った。
"""
NIIGATA_FACTS = [
    {
        "title": "長岡の就労窓口、就職率6割超す",
        "prefecture": "新潟県",
        "municipality": "長岡市",
        "hello_work": ("ハローワーク長岡",),
        "facility_name": "ながおか就労サポートルーム",
        "start_date": dt.date(2017, 6, 1),
        "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(260), P(281), "108.1"), M("就職率", None, R("61.2"))],
        "comments": [("長岡市福祉課", MU, "気軽に立ち寄れる場所にしたい")],
    },
    {
        "title": "上越の窓口、対象者を掘り起こし",
        "municipality": "上越市",
        "labour_bureau": "新潟労働局",
        "hello_work": ("ハローワーク上越",),
        "facility_name": "じょうえつ仕事相談コーナー",
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2018,
        "metrics": [M("就職者数", P(130), P(134), "103.1")],
        "comments": [("ハローワーク上越所長", HW, "市との情報共有が一番の力")],
    },
]


# 6. A prefectural 広報 series in boxes (issue banners `| … |` after NFKC), Q&A with
#    `――` questions, a figure list repeating the sentence and adding a row.
FUKUOKA = """福岡県だより　連載「まちの仕事窓口」

┌────────────────────
│ 福岡県だより　2022年5月号　　　　　12
└────────────────────

連載　まちの仕事窓口　vol.1　久留米市

川のまちの相談窓口

　久留米市役所の1階に、仕事と生活の相談窓口があります。

◆窓口のプロフィール
　名前は「くるめワークサポート（一体的実施施設）」。久留米市と国（福岡労働局・ハローワーク久留米）が一緒に運営し、2014年10月1日に業務を始めました。

◆ここがポイント！
●予約なしで相談できます
●職業訓練の案内もしています

◆所長に聞きました
ハローワーク久留米　所長　原田　浩さん
――窓口の良さは何ですか？
「市の担当者とすぐに話せることです。」
――今後の目標は？
「就職後の定着にも力を入れます。」

◆令和3年度の実績は？
　令和3年度は、支援対象者数が目標200人に対して214人（達成率107.0%）でした。

　数字で見る令和3年度
　　支援対象者数　　214人
　　就職率　　　　　62.5%

┌────────────────────
│ 福岡県だより　2022年6月号　　　　　14
└────────────────────

連載　まちの仕事窓口　vol.2　飯塚市

炭鉱のまちから、次の仕事へ

　飯塚市の窓口を訪ねました。

◆窓口のプロフィール
　「いいづか就労支援デスク（自立促進事業常設窓口）」は、2019年（令和元年）7月1日、飯塚市役所本庁舎2階に開設されました。ハローワーク飯塚の就職支援ナビゲーターが常駐しています。

◆担当者に聞きました
―飯塚市生活支援課　就労支援員　松本　由美さん
「一緒に履歴書を書くところから始めます。」

◆令和3年度の実績は？
　令和3年度は、就職者数が目標60人に対して63人（達成率105.0%）となり、就職率は64.3%でした。

―――――――――――――――――――――
連載は今号で終わります。
"""
FUKUOKA_FACTS = [
    {
        "title": "川のまちの相談窓口",
        "prefecture": "福岡県",
        "municipality": "久留米市",
        "labour_bureau": "福岡労働局",
        "hello_work": ("ハローワーク久留米",),
        "facility_name": "くるめワークサポート",
        "facility_type": "一体的実施施設",
        "start_date": dt.date(2014, 10, 1),
        "fiscal_year": 2021,
        "initiatives": ("予約なしで相談できます", "職業訓練の案内もしています"),
        "metrics": [M("支援対象者数", P(200), P(214), "107.0"), M("就職率", None, R("62.5"))],
        "comments": [
            ("ハローワーク久留米所長", HW,
             "市の担当者とすぐに話せることです。\n就職後の定着にも力を入れます。"),
        ],
    },
    {
        "title": "炭鉱のまちから、次の仕事へ",
        "municipality": "飯塚市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク飯塚",),
        "facility_name": "いいづか就労支援デスク",
        "facility_type": "自立促進事業常設窓口",
        "start_date": dt.date(2019, 7, 1),
        "metrics": [M("就職者数", P(60), P(63), "105.0"), M("就職率", None, R("64.3"))],
        "comments": [("飯塚市生活支援課就労支援員", MU, "一緒に履歴書を書くところから始めます。")],
    },
]


# 7. Town council minutes (町長's turn), three towns, 1点目は enumeration, dates Gregorian,
#    page numbers `- 3 -` between the parts.
TOWNS = """町議会会議録抜粋（一般質問）

―――――――――――――――――――――
1　芽室町議会　令和3年第2回定例会
―――――――――――――――――――――
○議長（山田太郎君）　5番、中島君。
○5番（中島次郎君）　就労支援の窓口について伺います。
○議長（山田太郎君）　保健福祉課長。
○保健福祉課長（吉田三郎君）　お答えいたします。
　2018年4月2日に、ハローワーク帯広と共同で「めむろ仕事相談コーナー」を役場1階に開設いたしました。
　令和2年度の実績でございますが、就職者数は目標30人に対し実績33人、達成率は110.0%でございました。
　取り組みにつきましては、主に2点ございます。1点目は、農業法人の求人の紹介でございます。2点目は、子育て中の方の相談日の設定でございます。
○議長（山田太郎君）　町長。
○町長（宮西義憲君）　私からも申し上げます。
　国と町が手を携える窓口を、今後も大切にしてまいります。

- 3 -

―――――――――――――――――――――
2　音更町議会　令和3年第2回定例会
―――――――――――――――――――――
○議長（佐藤一君）　8番、木村君。
○8番（木村五郎君）　町の就労窓口の実績を伺います。
○議長（佐藤一君）　福祉課長。
○福祉課長（高橋六郎君）　お答えいたします。
　2019年10月1日に、北海道労働局との協定により「おとふけワークデスク」を開設いたしました。ハローワーク帯広の職員が週3日相談に応じております。
　令和2年度は、支援対象者数が目標50人に対し実績54人、達成率は108.0%でございました。
"""
TOWNS_FACTS = [
    {
        "title": None,
        "prefecture": "北海道",
        "municipality": "芽室町",
        "hello_work": ("ハローワーク帯広",),
        "facility_name": "めむろ仕事相談コーナー",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2020,
        "initiatives": (
            "農業法人の求人の紹介でございます。",
            "子育て中の方の相談日の設定でございます。",
        ),
        "metrics": [M("就職者数", P(30), P(33), "110.0")],
        "comments": [
            ("町長", MU,
             "私からも申し上げます。\n国と町が手を携える窓口を、今後も大切にしてまいります。"),
        ],
    },
    {
        "title": None,
        "municipality": "音更町",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク帯広",),
        "facility_name": "おとふけワークデスク",
        "start_date": dt.date(2019, 10, 1),
        "fiscal_year": 2020,
        "metrics": [M("支援対象者数", P(50), P(54), "108.0")],
        "comments": [],
    },
]


# 8. A newsletter with full-width digits, `□` datelines ending in 発, a page break with a
#    running head inside the first article, `▽このほか` items, a labour bureau's comment.
AOMORI = """青森労働局　ハローワーク通信　第21号（平成31年4月）

□弘前発（2019年3月20日）
ひろさき就労支援室、3年目の成果
――――――――――――――――――
　弘前市とハローワーク弘前が共同で運営する「ひろさき就労支援室」は平成２８年４月１日に開設された。平成３０年度、支援対象者数は２２０人（目標２００人以上、達成率１１０．０％）、

ハローワーク通信　第21号　　2

就職者数は１４０人（目標１３０人、達成率１０７．７％）だった。
▽主な取り組み
・りんご農家の季節求人を紹介する
▽このほか
・市内で合同面接会を２回開き、９人が採用された。
　青森労働局は「他の地域の手本になる」としている。

□八戸発（2019年3月27日）
はちのへ仕事サポート、就職率６５％
――――――――――――――――――
　八戸市役所本館に平成２９年１０月２日に開設した「はちのへ仕事サポート」は、平成３０年度の就職者数が目標１５０人に対して１５８人（達成率１０５．３％）、就職率は６５．０％だった。
　八戸市福祉部生活福祉課長の石田明さんは「水産加工の求人が多い強みを生かしたい」と話す。
"""
AOMORI_FACTS = [
    {
        "title": "ひろさき就労支援室、3年目の成果",
        "prefecture": "青森県",
        "municipality": "弘前市",
        "labour_bureau": "青森労働局",
        "hello_work": ("ハローワーク弘前",),
        "facility_name": "ひろさき就労支援室",
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2018,
        "initiatives": ("りんご農家の季節求人を紹介する",),
        "other_results": ("市内で合同面接会を2回開き、9人が採用された。",),
        "metrics": [
            M("支援対象者数", P(200, qualifier="以上"), P(220), "110.0"),
            M("就職者数", P(130), P(140), "107.7"),
        ],
        "comments": [("青森労働局", LB, "他の地域の手本になる")],
    },
    {
        "title": "はちのへ仕事サポート、就職率65%",
        "municipality": "八戸市",
        "facility_name": "はちのへ仕事サポート",
        "start_date": dt.date(2017, 10, 2),
        "fiscal_year": 2018,
        "metrics": [M("就職者数", P(150), P(158), "105.3"), M("就職率", None, R("65.0"))],
        "comments": [("八戸市福祉部生活福祉課長", MU, "水産加工の求人が多い強みを生かしたい")],
    },
]


# 9. Three short features in a prefecture's magazine, parted by `・・・` rules; the name
#    with its kind given in the sentence (not in 「」 brackets), 目標の…を上回り forms.
AICHI = """あいち県政ニュース　特集「となりの就労窓口」

・・・・・・・・・・・・・・・・・・・・
豊橋市　とよはし就労プラザ
・・・・・・・・・・・・・・・・・・・・
　「とよはし就労プラザ」（一体的実施施設）は、平成26年9月1日に豊橋市役所1階に開設されました。令和元年度の就職者数は212人で、目標の200人を上回りました（達成率106.0%）。
　ハローワーク豊橋の就職支援ナビゲーターは「市の窓口との距離の近さが強み」と話します。

・・・・・・・・・・・・・・・・・・・・
岡崎市　おかざき仕事センター
・・・・・・・・・・・・・・・・・・・・
　「おかざき仕事センター」は、愛知労働局と岡崎市の協定により、平成28年1月4日に開設されました。ハローワーク岡崎と市が共同で運営しています。令和元年度の支援対象者数は目標320人以上に対して335人（達成率104.7%）でした。

・・・・・・・・・・・・・・・・・・・・
豊川市　とよかわワークコーナー
・・・・・・・・・・・・・・・・・・・・
　「とよかわワークコーナー」は平成30年4月2日にオープンしました。令和元年度の就職率は59.5%でした。
　豊川市福祉部の担当者は「企業との橋渡しを強めたい」と語ります。
"""
AICHI_FACTS = [
    {
        "title": None,
        "prefecture": "愛知県",
        "municipality": "豊橋市",
        "hello_work": ("ハローワーク豊橋",),
        "facility_name": "とよはし就労プラザ",
        "facility_type": "一体的実施施設",
        "start_date": dt.date(2014, 9, 1),
        "fiscal_year": 2019,
        "metrics": [M("就職者数", P(200), P(212), "106.0")],
        "comments": [("ハローワーク豊橋就職支援ナビゲーター", HW, "市の窓口との距離の近さが強み")],
    },
    {
        "municipality": "岡崎市",
        "labour_bureau": "愛知労働局",
        "hello_work": ("ハローワーク岡崎",),
        "facility_name": "おかざき仕事センター",
        "facility_type": None,
        "start_date": dt.date(2016, 1, 4),
        "metrics": [M("支援対象者数", P(320, qualifier="以上"), P(335), "104.7")],
    },
    {
        "municipality": "豊川市",
        "facility_name": "とよかわワークコーナー",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2019,
        "metrics": [M("就職率", None, R("59.5"))],
        "comments": [("豊川市福祉部", MU, "企業との橋渡しを強めたい")],
    },
]


# 10. A council's minutes where the mayor speaks before the department head and the
#     answer's enumeration is `第一に`; the next council part is after a page number only.
KUMAMOTO = """熊本県内2市議会　会議録抜粋

━━━━━━━━━━━━━━━━━━━━
八代市議会　令和4年6月定例会
━━━━━━━━━━━━━━━━━━━━
○議長（松本一君）　10番、田中議員。
○10番（田中二郎君）　就労支援窓口について伺います。
○議長（松本一君）　市長。
○市長（中村博生君）　田中議員の御質問にお答えします。
　窓口は市の大切な役割を担っております。詳しくは部長から答弁させます。
○議長（松本一君）　健康福祉部長。
○健康福祉部長（坂本三郎君）　お答えいたします。
　「やつしろ就労サポート」は、熊本労働局及びハローワーク八代と協定を結び、平成31年4月1日に開設いたしました。
　令和3年度の実績は、支援対象者数が目標180人に対し実績189人、達成率は105.0%でございました。
　取り組みといたしましては、第一に、相談員の同行支援でございます。第二に、求人情報の毎週の更新でございます。

━━━━━━━━━━━━━━━━━━━━
天草市議会　令和4年6月定例会
━━━━━━━━━━━━━━━━━━━━
○議長（森四郎君）　3番、浜田議員。
○3番（浜田五郎君）　就労支援について伺います。
○議長（森四郎君）　健康福祉部長。
○健康福祉部長（岩下六郎君）　お答えいたします。
　「あまくさ仕事相談窓口」は、令和2年10月1日にハローワーク天草と共同で開設いたしました。
　令和3年度は、就職者数が目標70人に対し実績66人、達成率は94.3%でございました。
"""
KUMAMOTO_FACTS = [
    {
        "title": None,
        "prefecture": "熊本県",
        "municipality": "八代市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク八代",),
        "facility_name": "やつしろ就労サポート",
        "start_date": dt.date(2019, 4, 1),
        "fiscal_year": 2021,
        "initiatives": ("相談員の同行支援でございます。", "求人情報の毎週の更新でございます。"),
        "metrics": [M("支援対象者数", P(180), P(189), "105.0")],
        "comments": [("市長", MU, "田中議員の御質問にお答えします。\n"
                      "窓口は市の大切な役割を担っております。詳しくは部長から答弁させます。")],
    },
    {
        "municipality": "天草市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク天草",),
        "facility_name": "あまくさ仕事相談窓口",
        "start_date": dt.date(2020, 10, 1),
        "fiscal_year": 2021,
        "metrics": [M("就職者数", P(70), P(66), "94.3")],
        "comments": [],
    },
]


# 11. A web page of a labour bureau: numbered sections `1　市原市` without rules, each a
#     short paragraph; a notice before and after naming no facility with a date.
CHIBA = """千葉労働局ホームページ　「一体的実施事業の紹介」

このページでは、県内の一体的実施施設の平成29年度の実績をご紹介します。

1　市原市

　「いちはら就労支援コーナー」（一体的実施施設）は、平成27年10月1日に市原市役所内に開設されました。市原市とハローワーク市原が共同で運営しています。平成29年度の支援対象者数は目標250人に対し263人（達成率105.2%）、就職者数は目標150人に対し161人（達成率107.3%）でした。

2　木更津市

　「きさらづ仕事サポート」（一体的実施施設）は、平成28年4月1日に木更津市役所内に開設されました。木更津市とハローワーク木更津が共同で運営しています。平成29年度の就職率は63.0%でした。

お問い合わせ　千葉労働局職業安定部職業安定課
"""
CHIBA_FACTS = [
    {
        "prefecture": "千葉県",
        "municipality": "市原市",
        "hello_work": ("ハローワーク市原",),
        "facility_name": "いちはら就労支援コーナー",
        "facility_type": "一体的実施施設",
        "start_date": dt.date(2015, 10, 1),
        "fiscal_year": 2017,
        "metrics": [
            M("支援対象者数", P(250), P(263), "105.2"),
            M("就職者数", P(150), P(161), "107.3"),
        ],
    },
    {
        "municipality": "木更津市",
        "hello_work": ("ハローワーク木更津",),
        "facility_name": "きさらづ仕事サポート",
        "facility_type": "一体的実施施設",
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2017,
        "metrics": [M("就職率", None, R("63.0"))],
    },
]


# 12. A 広報 series in a city newsletter with name cards on one line (`○○さん（…）`), a
#     results sentence with kanji-free パーセント, and a consultation count with 延べ.
HIROSHIMA = """広島県　県民だより　連載「しごとの窓口めぐり」

━━━━━━━━━━━━━━━━━━━━
連載　しごとの窓口めぐり　第1回　呉市
━━━━━━━━━━━━━━━━━━━━

港のまちの相談窓口

　呉市役所の1階にある「くれ就労サポートコーナー」は、2016年4月1日に開設されました。広島労働局とハローワーク呉、呉市の三者が連携しています。
　令和2年度は、支援対象者数が目標160人に対して171人で、達成率は106.9パーセントでした。窓口での相談件数は延べ980件でした。

◆担当者に聞きました
―呉市生活支援課　係長　上田　直子さん
「まずは話を聞くことから始めています。」

━━━━━━━━━━━━━━━━━━━━
連載　しごとの窓口めぐり　第2回　尾道市
━━━━━━━━━━━━━━━━━━━━

坂のまちで仕事を探す

　「おのみち仕事相談室」は、2018年7月2日に尾道市役所本庁舎に開設されました。ハローワーク尾道の職員が常駐しています。
　令和2年度は、就職者数が目標90人に対して95人で、達成率は105.6パーセント、就職率は60.1パーセントでした。
"""
HIROSHIMA_FACTS = [
    {
        "title": "港のまちの相談窓口",
        "prefecture": "広島県",
        "municipality": "呉市",
        "labour_bureau": "広島労働局",
        "hello_work": ("ハローワーク呉",),
        "facility_name": "くれ就労サポートコーナー",
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(160), P(171), "106.9"),
            M("相談件数", None, P(980, unit="件")),
        ],
        "comments": [("呉市生活支援課係長", MU, "まずは話を聞くことから始めています。")],
    },
    {
        "title": "坂のまちで仕事を探す",
        "municipality": "尾道市",
        "hello_work": ("ハローワーク尾道",),
        "facility_name": "おのみち仕事相談室",
        "start_date": dt.date(2018, 7, 2),
        "fiscal_year": 2020,
        "metrics": [M("就職者数", P(90), P(95), "105.6"), M("就職率", None, R("60.1"))],
        "comments": [],
    },
]


# 13. A single news article (one case) with the name in 『』, labels without 数
#     (``支援対象者は``, ``就職者は``), counts in 名, the speaker named after the quotation
#     (``「…」と話すのは、…さん``).
YAMAGATA = """山形新聞ウェブ版　2020年6月2日

山形の就労窓口、就職者が目標超え

　山形市とハローワーク山形が市役所本庁舎に設けた『やまがた就労サポートプラザ』は、平成29年4月3日に開設された。令和元年度は、支援対象者は目標300名に対し318名、就職者は目標190名に対し201名（達成率105.8%）だった。
　「顔の見える連携が成果につながった」と話すのは、山形市生活福祉課長の佐藤一郎さん。
"""
YAMAGATA_FACTS = [
    {
        "title": "山形の就労窓口、就職者が目標超え",
        "prefecture": "山形県",
        "municipality": "山形市",
        "hello_work": ("ハローワーク山形",),
        "facility_name": "やまがた就労サポートプラザ",
        "start_date": dt.date(2017, 4, 3),
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者", P(300, unit="名"), P(318, unit="名")),
            M("就職者", P(190, unit="名"), P(201, unit="名"), "105.8"),
        ],
        "comments": [("山形市生活福祉課長", MU, "顔の見える連携が成果につながった")],
    },
]


# 14. Two articles of a bureau's press digest parted by `＊＊＊` rows, the start given as
#     ``…から業務を開始``, a rate before its actual (``達成率は104.0%で、就職者数は…``
#     is not used: each rate follows its figures), and an unrelated facility-less notice
#     with a date between the articles.
SHIZUOKA = """静岡労働局　報道発表ダイジェスト（令和3年7月）

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
浜松市の窓口、就職者数が過去最多に
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　浜松市とハローワーク浜松は、「はままつ就職サポートセンター」で平成30年10月1日から業務を開始している。令和2年度の就職者数は目標240人に対し実績252人、達成率105.0%だった。就職率は57.3%。
　浜松市健康福祉部の担当者は「コロナ禍でも相談を止めなかった」と話している。

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
富士市の窓口、3年連続で目標達成
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　富士市役所内の「ふじワークコーナー」（一体的実施施設）は、令和元年5月7日に開設された。令和2年度の支援対象者数は目標150人に対し実績158人、達成率105.3%だった。
　ハローワーク富士の石川浩所長は「市の相談員との連携が強み」と語った。

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
お知らせ：7月15日に雇用保険の説明会を開催します。
"""
SHIZUOKA_FACTS = [
    {
        "title": "浜松市の窓口、就職者数が過去最多に",
        "prefecture": "静岡県",
        "municipality": "浜松市",
        "hello_work": ("ハローワーク浜松",),
        "facility_name": "はままつ就職サポートセンター",
        "start_date": dt.date(2018, 10, 1),
        "fiscal_year": 2020,
        "metrics": [M("就職者数", P(240), P(252), "105.0"), M("就職率", None, R("57.3"))],
        "comments": [("浜松市健康福祉部", MU, "コロナ禍でも相談を止めなかった")],
    },
    {
        "title": "富士市の窓口、3年連続で目標達成",
        "municipality": "富士市",
        "hello_work": ("ハローワーク富士",),
        "facility_name": "ふじワークコーナー",
        "facility_type": "一体的実施施設",
        "start_date": dt.date(2019, 5, 7),
        "fiscal_year": 2020,
        "metrics": [M("支援対象者数", P(150), P(158), "105.3")],
        "comments": [("ハローワーク富士所長", HW, "市の相談員との連携が強み")],
    },
]


# 15. Minutes whose turn heads put the name before the post with no bracket
#     (``◎大西市長　…``), an enumeration by まず／次に／最後に, and the facility named before
#     its bracketed kind without 「」.
TAKAMATSU = """高松市議会・丸亀市議会　会議録（抜粋）

━━━━━━━━━━━━━━━━━━━━
高松市議会　令和5年2月定例会
━━━━━━━━━━━━━━━━━━━━
◎議長（岡田　進）　7番　山下議員。
◎7番（山下　誠）　就労支援窓口について伺います。
◎議長（岡田　進）　健康福祉局長。
◎健康福祉局長（中西　実）　お答えいたします。
　たかまつ就労支援センター（一体的実施施設）は、香川労働局及びハローワーク高松との協定により、令和2年4月1日に市役所1階に開設いたしました。
　令和4年度の実績は、支援対象者数が目標220人に対し実績231人、達成率は105.0%でございました。
　取り組みにつきましては、まず、生活保護の窓口と同じ日に職業相談を受けられるようにしております。次に、求人票を毎週更新しております。最後に、就職後の定着支援を3か月間行っております。
◎大西市長　山下議員の御質問にお答えいたします。
　引き続き国と連携してまいります。

━━━━━━━━━━━━━━━━━━━━
丸亀市議会　令和5年2月定例会
━━━━━━━━━━━━━━━━━━━━
◎議長（森田　清）　4番　木下議員。
◎4番（木下　学）　就労支援について伺います。
◎議長（森田　清）　福祉部長。
◎福祉部長（松岡　誠）　お答えいたします。
　まるがめ仕事サポート（自立促進事業常設窓口）を、ハローワーク丸亀と共同で平成31年4月1日に開設いたしました。
　令和4年度は、就職者数が目標90人に対し実績97人、達成率は107.8%でございました。
"""
TAKAMATSU_FACTS = [
    {
        "title": None,
        "prefecture": "香川県",
        "municipality": "高松市",
        "labour_bureau": "香川労働局",
        "hello_work": ("ハローワーク高松",),
        "facility_name": "たかまつ就労支援センター",
        "facility_type": "一体的実施施設",
        "start_date": dt.date(2020, 4, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "生活保護の窓口と同じ日に職業相談を受けられるようにしております。",
            "求人票を毎週更新しております。",
            "就職後の定着支援を3か月間行っております。",
        ),
        "metrics": [M("支援対象者数", P(220), P(231), "105.0")],
        "comments": [
            ("市長", MU,
             "山下議員の御質問にお答えいたします。\n引き続き国と連携してまいります。"),
        ],
    },
    {
        "municipality": "丸亀市",
        "hello_work": ("ハローワーク丸亀",),
        "facility_name": "まるがめ仕事サポート",
        "facility_type": "自立促進事業常設窓口",
        "start_date": dt.date(2019, 4, 1),
        "metrics": [M("就職者数", P(90), P(97), "107.8")],
        "comments": [],
    },
]


# 16. A town 広報 page: the staff's name first on its card (``山本 愛さん（…）``), a quotation
#     with its speaker in brackets after it, ① bullets under a heading, a start month with
#     no day (a case, no start date).
SAGA = """さが県民だより　まちの窓口紹介

■唐津市の窓口

からつ就労相談室

　「からつ就労相談室」は、平成30年10月に唐津市役所本庁舎1階に開設されました。唐津市とハローワーク唐津が共同で運営しています。

【窓口の特徴】
①予約なしで相談できます
②職業訓練の相談にも応じます

山本　愛さん（唐津市生活保護課　就労支援員）
「来てくださった方の話をまず聞きます。」

【令和4年度の実績】
　就職者数は目標70人に対して74人（達成率105.7%）でした。

■鳥栖市の窓口

とす仕事サポート

　「とす仕事サポート」は、令和元年7月1日に鳥栖市役所に開設されました。佐賀労働局とハローワーク鳥栖が市と連携しています。

「企業の皆さんとの橋渡しに力を入れています。」（ハローワーク鳥栖　就職支援ナビゲーター）

【令和4年度の実績】
　支援対象者数は目標110人に対して118人（達成率107.3%）でした。
"""
SAGA_FACTS = [
    {
        "prefecture": "佐賀県",
        "municipality": "唐津市",
        "hello_work": ("ハローワーク唐津",),
        "facility_name": "からつ就労相談室",
        "start_date": None,
        "fiscal_year": 2022,
        "initiatives": ("予約なしで相談できます", "職業訓練の相談にも応じます"),
        "metrics": [M("就職者数", P(70), P(74), "105.7")],
        "comments": [("唐津市生活保護課就労支援員", MU, "来てくださった方の話をまず聞きます。")],
    },
    {
        "municipality": "鳥栖市",
        "labour_bureau": "佐賀労働局",
        "hello_work": ("ハローワーク鳥栖",),
        "facility_name": "とす仕事サポート",
        "start_date": dt.date(2019, 7, 1),
        "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(110), P(118), "107.3")],
        "comments": [
            ("ハローワーク鳥栖就職支援ナビゲーター", HW,
             "企業の皆さんとの橋渡しに力を入れています。"),
        ],
    },
]


# 17. A 広報 page whose facts box is label lines (``■名称　「…」`` over ``■開設　…``),
#     articles parted by ``◇◇◇`` rows, figures compared with the year before and the target
#     named before the actual (``目標の95人を上回る99人``).
MIYAZAKI = """みやざき県北だより　特集　市役所の中の仕事窓口

◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇
延岡市　暮らしと仕事を一緒に

■名称　「のべおか就労支援コーナー」
■開設　平成29年4月3日
■場所　延岡市役所1階
　延岡市とハローワーク延岡が共同で運営しています。令和3年度の就職者数は、前年度より12人多い、目標の95人を上回る99人でした（達成率104.2%）。
◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇◇
高千穂町　山あいの町の相談窓口

■名称　「たかちほ仕事相談室」
■開設　令和2年6月1日
■場所　高千穂町役場2階
　ハローワーク高千穂の職員が週2日相談に応じています。令和3年度の支援対象者数は目標40人に対して43人（達成率107.5%）でした。
"""
MIYAZAKI_FACTS = [
    {
        "title": "暮らしと仕事を一緒に",
        "prefecture": "宮崎県",
        "municipality": "延岡市",
        "hello_work": ("ハローワーク延岡",),
        "facility_name": "のべおか就労支援コーナー",
        "start_date": dt.date(2017, 4, 3),
        "fiscal_year": 2021,
        "metrics": [M("就職者数", P(95), P(99), "104.2")],
    },
    {
        "title": "山あいの町の相談窓口",
        "municipality": "高千穂町",
        "hello_work": ("ハローワーク高千穂",),
        "facility_name": "たかちほ仕事相談室",
        "start_date": dt.date(2020, 6, 1),
        "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(40), P(43), "107.5")],
    },
]


# 18. A bureau's newsletter with a ``【city】headline`` line over each article and no rules,
#     quotes closed by と強調した／と胸を張る, a 特集 intro naming the year.
KOCHI = """高知労働局　雇用のひろば　令和元年7月号

特集　平成30年度の一体的実施の実績から

【四万十】対象者の8割が就職に結び付く
　四万十市とハローワーク四万十が平成28年10月3日から運営する「しまんと就労サポート」では、就職者数が目標50人に対して55人（達成率110.0%）だった。
　四万十市福祉事務所の担当者は「早めの声掛けが実を結んだ」と胸を張る。

【南国】初めての年度で目標を達成
　南国市役所に平成30年4月2日に開設した「なんこく仕事サポートコーナー」の支援対象者数は目標60人に対し64人（達成率106.7%）。
　ハローワーク高知の岡林健所長は「市との連携を一段と深めたい」と強調した。
"""
KOCHI_FACTS = [
    {
        "title": "対象者の8割が就職に結び付く",
        "prefecture": "高知県",
        "municipality": "四万十市",
        "hello_work": ("ハローワーク四万十",),
        "facility_name": "しまんと就労サポート",
        "start_date": dt.date(2016, 10, 3),
        "fiscal_year": 2018,
        "metrics": [M("就職者数", P(50), P(55), "110.0")],
        "comments": [("四万十市福祉事務所", MU, "早めの声掛けが実を結んだ")],
    },
    {
        "title": "初めての年度で目標を達成",
        "municipality": "南国市",
        "hello_work": ("ハローワーク高知",),
        "facility_name": "なんこく仕事サポートコーナー",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(60), P(64), "106.7")],
        "comments": [("ハローワーク高知所長", HW, "市との連携を一段と深めたい")],
    },
]


# 19. A feature whose lead lists every facility with its opening date in one sentence
#     before the articles; a count compared with the year before ahead of the actual; a
#     speaker closed by も (``…所長も「…」と話す``).
NAGANO = """長野労働局　かわら版　令和3年6月号

【特集】県内2か所の就労支援窓口

　県内では、「まつもと就労サポート」（平成28年4月1日開設）と「すわ仕事相談コーナー」（平成30年10月1日開設）の2か所で、市とハローワークが一緒に支援しています。

─────────────────────
松本市　まつもと就労サポート
─────────────────────
　松本市とハローワーク松本が共同で運営する「まつもと就労サポート」は、平成28年4月1日に開設された。令和2年度の就職者数は、前年度より15人多い168人で、目標の160人を上回った（達成率105.0%）。
　ハローワーク松本の宮沢誠所長も「市との連携で紹介の幅が広がった」と話す。

─────────────────────
諏訪市　すわ仕事相談コーナー
─────────────────────
　「すわ仕事相談コーナー」は、平成30年10月1日に諏訪市役所1階に開設された。令和2年度の支援対象者数は目標90人に対して96人（達成率106.7%）だった。
"""
NAGANO_FACTS = [
    {
        "title": None,
        "prefecture": "長野県",
        "municipality": "松本市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク松本",),
        "facility_name": "まつもと就労サポート",
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2020,
        "metrics": [M("就職者数", P(160), P(168), "105.0")],
        "comments": [("ハローワーク松本所長", HW, "市との連携で紹介の幅が広がった")],
    },
    {
        "municipality": "諏訪市",
        "facility_name": "すわ仕事相談コーナー",
        "start_date": dt.date(2018, 10, 1),
        "fiscal_year": 2020,
        "metrics": [M("支援対象者数", P(90), P(96), "106.7")],
        "comments": [],
    },
]


# 20. A guard: a labelled collection (``事例N`` over a partner line, a title and a start-date
#     line) whose case texts name a facility in 「」 with its opening keeps the labelled
#     reading (the prose reading is not asked when the other readers dated their cases).
LABELLED = labelled_doc(
    "令和元年度　一体的実施事業　取組事例集",
    ("さくら市", "ハローワーク宇都宮", "福祉と就労の窓口をひとつに",
     "市役所内の「さくら就労サポート」を平成28年4月1日に開設し、週5日相談に応じている。"),
    ("那須塩原市", "ハローワーク那須塩原", "ケース会議で支援を早める",
     "「なすしおばら仕事相談室」は平成28年10月3日に開設した。"),
)
LABELLED_FACTS = [
    {
        "title": "福祉と就労の窓口をひとつに",
        "municipality": "さくら市",
        "hello_work": ("ハローワーク宇都宮",),
        "start_date": dt.date(2015, 4, 1),
    },
    {
        "title": "ケース会議で支援を早める",
        "municipality": "那須塩原市",
        "hello_work": ("ハローワーク那須塩原",),
        "start_date": dt.date(2015, 4, 1),
    },
]


DOCUMENTS = {
    "mito_minutes_no_rules": (MITO, MITO_FACTS),
    "gifu_minutes_kanji_paged": (GIFU, GIFU_FACTS),
    "kaga_kouhou_series": (KAGA, KAGA_FACTS),
    "osaka_mailmag_place_datelines": (OSAKA, OSAKA_FACTS),
    "niigata_news_no_rules": (NIIGATA, NIIGATA_FACTS),
    "fukuoka_kouhou_boxes_qa": (FUKUOKA, FUKUOKA_FACTS),
    "towns_minutes": (TOWNS, TOWNS_FACTS),
    "aomori_newsletter_paged": (AOMORI, AOMORI_FACTS),
    "aichi_features_three": (AICHI, AICHI_FACTS),
    "kumamoto_minutes_mayor_first": (KUMAMOTO, KUMAMOTO_FACTS),
    "chiba_web_numbered": (CHIBA, CHIBA_FACTS),
    "hiroshima_series_count": (HIROSHIMA, HIROSHIMA_FACTS),
    "yamagata_single_article": (YAMAGATA, YAMAGATA_FACTS),
    "shizuoka_press_digest": (SHIZUOKA, SHIZUOKA_FACTS),
    "takamatsu_minutes_name_posts": (TAKAMATSU, TAKAMATSU_FACTS),
    "saga_kouhou_cards_name_first": (SAGA, SAGA_FACTS),
    "miyazaki_facts_box_lines": (MIYAZAKI, MIYAZAKI_FACTS),
    "kochi_newsletter_label_heads": (KOCHI, KOCHI_FACTS),
    "nagano_lead_lists_all": (NAGANO, NAGANO_FACTS),
    "guard_labelled_collection": (LABELLED, LABELLED_FACTS),
}

FACT_GAPS: dict[str, str] = {
    "miyazaki_facts_box_lines": (
        "the field-line readers take both cases (named and dated, so the prose reading is not "
        "asked) and cut each one line late: the first case gets the second's city line and "
        "loses its own figures"
    ),
}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)
