# ruff: noqa: E501  (the documents' lines are long, as real documents' lines are)
"""Cases, facts, figures and speakers given in press and public-relations prose (decisions
2190-2209, branch prose9): interview features whose facts line (``【DATA】name（kind）／県市・
局 HW／date開設``) opens each part and whose figures are said in answer turns
(``姓（org post）　answer``); bureau press releases whose cases are numbered paragraphs under
a numbered section, with the bureau named only in the lead and an attached table over all
facilities; council visit reports whose remarks are quoted in respectful forms
(``…からは「…」との説明があった``, ``…は「…」と話された``).

Every document below is written for this file (real places and Hello Work offices, invented
facilities, people, prose and figures); every expected value was written by hand from
reading the document by docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

import datetime as dt

from _variants import M, P, R, labelled_doc, variant_tests

MU, HW, LB = "municipality", "hello_work", "labour_bureau"
KIND = "一体的実施施設"


# 1. An interview feature: `Q．` questions, a `■DATA` facts line, a running head and a page
#    number at the page break between the parts.
NIIGATA = """月刊「しごとの窓」2021年3月号

特集　一体的実施施設の担当者に聞く
新潟県内2市の取組から

　市役所の中にハローワークの窓口を置く「一体的実施」について、新潟県内の2市で担当者に話を聞きました。数字は令和2年度の実績です。

Part1
相談の「その日」に仕事探しを始められる窓口

■DATA　にいがた就労支援ルーム（一体的実施施設）／新潟県新潟市・新潟労働局　ハローワーク新潟／2016年4月1日開設

Q．窓口の特徴を教えてください。

小林（新潟市　福祉部　生活支援課長）　生活保護の申請に来られた方に、その場で就労の相談もご案内しています。市の相談員とハローワークの職員が同じ部屋にいることが一番の強みです。

Q．令和2年度の実績はいかがでしたか。

石田（ハローワーク新潟　統括職業指導官）　支援対象者数は目標320人に対して351人、達成率は109.7％でした。就職者数は目標208人に対して219人で、達成率は105.3％です。

― 5 ―
月刊「しごとの窓」2021年3月号

Part2
雪の季節も途切れない支援を

■DATA　ながおかワークサポート（一体的実施施設）／新潟県長岡市・新潟労働局　ハローワーク長岡／2018年10月1日開設

Q．雪の多い地域ならではの工夫は。

渡辺（長岡市　福祉保健部　福祉総務課長）　冬は来所が難しくなるので、電話での相談を増やしています。支所にも出張相談の日を設けました。

Q．数字の面ではどうでしたか。

本間（ハローワーク長岡　就職支援ナビゲーター）　令和2年度は、支援対象者数が目標150人のところ162人、達成率108.0％。就職者数は目標98人に対し101人、達成率103.1％でした。
"""
NIIGATA_FACTS = [
    {
        "title": "相談の「その日」に仕事探しを始められる窓口",
        "prefecture": "新潟県",
        "municipality": "新潟市",
        "labour_bureau": "新潟労働局",
        "hello_work": ("ハローワーク新潟",),
        "facility_name": "にいがた就労支援ルーム",
        "facility_type": KIND,
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2020,
        "initiatives": (),
        "metrics": [
            M("支援対象者数", P(320), P(351), "109.7"),
            M("就職者数", P(208), P(219), "105.3"),
        ],
        "comments": [
            (
                "新潟市福祉部生活支援課長",
                MU,
                "生活保護の申請に来られた方に、その場で就労の相談もご案内しています。"
                "市の相談員とハローワークの職員が同じ部屋にいることが一番の強みです。",
            ),
            (
                "ハローワーク新潟統括職業指導官",
                HW,
                "支援対象者数は目標320人に対して351人、達成率は109.7%でした。"
                "就職者数は目標208人に対して219人で、達成率は105.3%です。",
            ),
        ],
    },
    {
        "title": "雪の季節も途切れない支援を",
        "prefecture": "新潟県",
        "municipality": "長岡市",
        "labour_bureau": "新潟労働局",
        "hello_work": ("ハローワーク長岡",),
        "facility_name": "ながおかワークサポート",
        "start_date": dt.date(2018, 10, 1),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(150), P(162), "108.0"),
            M("就職者数", P(98), P(101), "103.1"),
        ],
        "comments": [
            (
                "長岡市福祉保健部福祉総務課長",
                MU,
                "冬は来所が難しくなるので、電話での相談を増やしています。"
                "支所にも出張相談の日を設けました。",
            ),
            (
                "ハローワーク長岡就職支援ナビゲーター",
                HW,
                "令和2年度は、支援対象者数が目標150人のところ162人、達成率108.0%。"
                "就職者数は目標98人に対し101人、達成率103.1%でした。",
            ),
        ],
    },
]


# 2. A newsletter series: parts headed `その1`, a labelled facts line `施設データ：…`, the
#    interviewer's `――` lines, targets with 以上, a bureau's speaker, a contact line.
NAGANO = """信州しごとだより　第12号（令和4年7月発行）

シリーズ　窓口をたずねて

その1
「まず話を聞く」ことから始まる就労支援

施設データ：まつもと就労支援センター（一体的実施施設）／長野県松本市・長野労働局　ハローワーク松本／平成29年10月2日開設

――開設のきっかけは。

丸山（松本市　健康福祉部　生活支援課長）　生活保護の相談と仕事の相談を別々の場所で受けていたため、途中で支援が途切れることがありました。それを防ぐために、市役所の中に窓口を開きました。

――令和3年度の結果を教えてください。

中村（ハローワーク松本　就職支援ナビゲーター）　支援対象者数は目標200人以上に対して実績231人、達成率115.5％でした。就職者数は目標130人以上に対し実績142人、達成率109.2％です。

その2
子育て中の方も立ち寄りやすく

施設データ：うえだ就労サポートコーナー（一体的実施施設）／長野県上田市・長野労働局　ハローワーク上田／令和元年7月1日開設

――どのような方が利用していますか。

宮下（上田市　福祉部　福祉課長）　ひとり親家庭の方の利用が増えています。子ども連れでも相談できるよう、キッズスペースを設けました。

――成果はいかがでしたか。

小林（長野労働局　職業安定部　職業対策課長）　令和3年度は支援対象者数が目標120人に対して134人、達成率111.7％でした。就職者数は目標78人に対し85人、達成率109.0％となっています。

お問い合わせ　長野労働局 職業安定部 職業対策課
"""
NAGANO_FACTS = [
    {
        "title": "「まず話を聞く」ことから始まる就労支援",
        "municipality": "松本市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク松本",),
        "facility_name": "まつもと就労支援センター",
        "start_date": dt.date(2017, 10, 2),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(200, "人", "以上"), P(231), "115.5"),
            M("就職者数", P(130, "人", "以上"), P(142), "109.2"),
        ],
        "comments": [
            (
                "松本市健康福祉部生活支援課長",
                MU,
                "生活保護の相談と仕事の相談を別々の場所で受けていたため、途中で支援が途切れる"
                "ことがありました。それを防ぐために、市役所の中に窓口を開きました。",
            ),
            (
                "ハローワーク松本就職支援ナビゲーター",
                HW,
                "支援対象者数は目標200人以上に対して実績231人、達成率115.5%でした。"
                "就職者数は目標130人以上に対し実績142人、達成率109.2%です。",
            ),
        ],
    },
    {
        "title": "子育て中の方も立ち寄りやすく",
        "municipality": "上田市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク上田",),
        "facility_name": "うえだ就労サポートコーナー",
        "start_date": dt.date(2019, 7, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(120), P(134), "111.7"),
            M("就職者数", P(78), P(85), "109.0"),
        ],
        "comments": [
            (
                "上田市福祉部福祉課長",
                MU,
                "ひとり親家庭の方の利用が増えています。子ども連れでも相談できるよう、"
                "キッズスペースを設けました。",
            ),
            (
                "長野労働局職業安定部職業対策課長",
                LB,
                "令和3年度は支援対象者数が目標120人に対して134人、達成率111.7%でした。"
                "就職者数は目標78人に対し85人、達成率109.0%となっています。",
            ),
        ],
    },
]


# 3. A bureau's press release: the bureau only in the heading and the lead, numbered
#    paragraphs `（1）豊橋市` under `２　施設ごとの実績`, a `３` section after the cases, a
#    page number, and an attached table (gaps of spaces) giving the 就職率.
AICHI = """報道発表資料
令和5年7月20日
愛知労働局職業安定部職業対策課

市とハローワークの一体的実施施設の令和4年度実績を公表します

　愛知労働局（局長　田中　一郎）は、管内の一体的実施施設の令和4年度の支援実績を取りまとめました。

１　概要
　一体的実施施設は、市の福祉窓口とハローワークが同じ庁舎で就労支援を行う施設です。

２　施設ごとの実績

（1）豊橋市
　豊橋市とハローワーク豊橋が運営する「とよはし就労サポートセンター」（一体的実施施設）は、平成28年10月3日に豊橋市役所東館1階に開設されました。
　令和4年度は、支援対象者数の目標280人以上に対し実績は301人（達成率107.5％）、就職者数の目標182人以上に対し実績は190人（達成率104.4％）でした。

（2）岡崎市
　「おかざき仕事相談室」（一体的実施施設）は、岡崎市とハローワーク岡崎が平成30年4月2日に開設した施設です。
　令和4年度は、支援対象者数が目標200人以上に対し実績215人（達成率107.5％）、就職者数が目標130人以上に対し実績139人（達成率106.9％）でした。

（3）一宮市
　一宮市とハローワーク一宮は、令和2年1月6日、一宮市役所本庁舎3階に「いちのみや就労支援窓口」（一体的実施施設）を開設しました。
　令和4年度の支援対象者数は目標150人以上に対し162人（達成率108.0％）、就職者数は目標98人以上に対し104人（達成率106.1％）でした。

３　今後の取組
　愛知労働局では、引き続き各市と連携し、支援を必要とする方の就職を支援してまいります。

― 1 ―

別紙
施設名  支援対象者数(目標)  支援対象者数(実績)  就職者数(目標)  就職者数(実績)  就職率
とよはし就労サポートセンター  280人  301人  182人  190人  63.1％
おかざき仕事相談室  200人  215人  130人  139人  64.7％
いちのみや就労支援窓口  150人  162人  98人  104人  64.2％
合計  630人  678人  410人  433人  63.9％
"""


def _press(city: str, hw: str, name: str, start: dt.date, sup: tuple, emp: tuple, rate: str):
    return {
        "title": None,
        "prefecture": "愛知県",
        "municipality": city,
        "labour_bureau": "愛知労働局",
        "hello_work": (hw,),
        "facility_name": name,
        "facility_type": KIND,
        "start_date": start,
        "fiscal_year": 2022,
        "initiatives": (),
        "metrics": [
            M("支援対象者数", P(sup[0], "人", "以上"), P(sup[1]), sup[2]),
            M("就職者数", P(emp[0], "人", "以上"), P(emp[1]), emp[2]),
            M("就職率", None, R(rate)),
        ],
        "comments": [],
    }


AICHI_FACTS = [
    _press("豊橋市", "ハローワーク豊橋", "とよはし就労サポートセンター", dt.date(2016, 10, 3),
           (280, 301, "107.5"), (182, 190, "104.4"), "63.1"),
    _press("岡崎市", "ハローワーク岡崎", "おかざき仕事相談室", dt.date(2018, 4, 2),
           (200, 215, "107.5"), (130, 139, "106.9"), "64.7"),
    _press("一宮市", "ハローワーク一宮", "いちのみや就労支援窓口", dt.date(2020, 1, 6),
           (150, 162, "108.0"), (98, 104, "106.1"), "64.2"),
]


# 4. A release in `第1` / `第2` / `第3` sections, each case a `○city` paragraph, the bureau's
#    head quoted in a section after the cases (no comment of any case).
HYOGO = """兵庫労働局発表
令和4年6月28日

一体的実施施設2か所の令和3年度実績

第1　概要
　兵庫労働局は、管内2市の一体的実施施設の令和3年度実績を取りまとめた。

第2　施設別の実績
○姫路市
　姫路市とハローワーク姫路は、平成27年4月1日、姫路市役所本庁舎1階に「ひめじ就労支援プラザ」（一体的実施施設）を開設した。令和3年度の支援対象者数は目標260人以上に対し実績284人（達成率109.2％）、就職者数は目標169人以上に対し実績177人（達成率104.7％）であった。

○明石市
　「あかし仕事サポート窓口」（一体的実施施設）は、明石市とハローワーク明石が平成31年4月1日に開設した窓口である。令和3年度の支援対象者数は目標140人以上に対し実績151人（達成率107.9％）、就職者数は目標91人以上に対し実績96人（達成率105.5％）であった。

第3　局長のコメント
　兵庫労働局長は「両施設とも目標を上回った。今後も市と連携して支援を続けたい」としている。
"""
HYOGO_FACTS = [
    {
        "title": None,
        "prefecture": "兵庫県",
        "municipality": "姫路市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク姫路",),
        "facility_name": "ひめじ就労支援プラザ",
        "start_date": dt.date(2015, 4, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(260, "人", "以上"), P(284), "109.2"),
            M("就職者数", P(169, "人", "以上"), P(177), "104.7"),
        ],
        "comments": [],
    },
    {
        "title": None,
        "prefecture": "兵庫県",
        "municipality": "明石市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク明石",),
        "facility_name": "あかし仕事サポート窓口",
        "start_date": dt.date(2019, 4, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(140, "人", "以上"), P(151), "107.9"),
            M("就職者数", P(91, "人", "以上"), P(96), "105.5"),
        ],
        "comments": [],
    },
]


# 5. A council's visit report: `第一　県市` between rule lines, 視察日 / 視察項目 / 応対者,
#    remarks `…からは「…」との説明があった` and `また、…所長は「…」と話された`, a bullet
#    figure list, 所感 naming the visiting city's own Hello Work.
SENDAI = """令和5年8月30日

青森市議会議長　様

民生環境常任委員会
委員長　佐藤　正

行政視察報告書

　本委員会は、下記のとおり行政視察を実施したので報告します。

記

一　視察期間　令和5年7月11日（火）から7月12日（水）まで
二　参加委員　佐藤正（委員長）、工藤和也（副委員長）、三上理恵

――――――――――――――――――――――――――――――――
第一　宮城県仙台市
――――――――――――――――――――――――――――――――

視察日　令和5年7月11日（火）午後1時30分から午後3時まで
視察項目　生活保護受給者等の就労支援（一体的実施）について
応対者　仙台市健康福祉局保護自立支援課長　阿部氏、ハローワーク仙台所長　高橋氏

概要
　仙台市では、平成28年4月1日、市役所本庁舎2階に「せんだい就労サポートセンター」（一体的実施施設）を開設し、宮城労働局及びハローワーク仙台と共同で運営している。
　仙台市保護自立支援課長からは「福祉の窓口で相談を受けたその日に、ハローワークの相談員につなぐことができる」との説明があった。
　また、ハローワーク仙台所長は「市の情報と求人情報を合わせて、本人に合う仕事を一緒に探している」と話された。

【令和4年度の目標と実績】
　・支援対象者数　目標400人以上／実績436人（達成率109.0％）
　・就職者数　　　目標260人以上／実績271人（達成率104.2％）

所感
　相談を受けたその日につなぐ体制は、本市でも参考になる。（文責　工藤）

――――――――――――――――――――――――――――――――
第二　山形県山形市
――――――――――――――――――――――――――――――――

視察日　令和5年7月12日（水）午前10時から正午まで
視察項目　生活保護受給者等の就労支援（一体的実施）について
応対者　山形市福祉推進部生活福祉課長　鈴木氏、ハローワーク山形統括職業指導官　斎藤氏

概要
　山形市は、令和元年10月1日に「やまがた就労支援コーナー」（一体的実施施設）を市役所本庁舎1階に設置し、山形労働局・ハローワーク山形と連携して運営している。
　山形市生活福祉課長は「相談者の負担を減らすため、一つの窓口で手続きが済むようにした」と述べられた。

【令和4年度の目標と実績】
　・支援対象者数　目標180人以上／実績193人（達成率107.2％）
　・就職者数　　　目標117人以上／実績122人（達成率104.3％）

所感
　本市においても、ハローワーク青森との連携を強めるべきである。（文責　三上）

以上
"""
SENDAI_FACTS = [
    {
        "title": None,
        "prefecture": "宮城県",
        "municipality": "仙台市",
        "labour_bureau": "宮城労働局",
        "hello_work": ("ハローワーク仙台",),
        "facility_name": "せんだい就労サポートセンター",
        "facility_type": KIND,
        "start_date": dt.date(2016, 4, 1),
        "fiscal_year": 2022,
        "initiatives": (),
        "metrics": [
            M("支援対象者数", P(400, "人", "以上"), P(436), "109.0"),
            M("就職者数", P(260, "人", "以上"), P(271), "104.2"),
        ],
        "comments": [
            (
                "仙台市保護自立支援課長",
                MU,
                "福祉の窓口で相談を受けたその日に、ハローワークの相談員につなぐことができる",
            ),
            (
                "ハローワーク仙台所長",
                HW,
                "市の情報と求人情報を合わせて、本人に合う仕事を一緒に探している",
            ),
        ],
    },
    {
        "title": None,
        "prefecture": "山形県",
        "municipality": "山形市",
        "labour_bureau": "山形労働局",
        "hello_work": ("ハローワーク山形",),
        "facility_name": "やまがた就労支援コーナー",
        "facility_type": KIND,
        "start_date": dt.date(2019, 10, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(180, "人", "以上"), P(193), "107.2"),
            M("就職者数", P(117, "人", "以上"), P(122), "104.3"),
        ],
        "comments": [
            (
                "山形市生活福祉課長",
                MU,
                "相談者の負担を減らすため、一つの窓口で手続きが済むようにした",
            ),
        ],
    },
]


# 6. A town-sized council's visit report in kanji numerals, visits numbered `一　県市`
#    without rule lines, 視察日時 / 説明者, remarks `と述べた` and `からは「…」との話があった`.
TOKUSHIMA = """令和六年二月五日

美馬市議会議長　様

総務文教常任委員会
委員長　森　隆

行政視察報告書

一　徳島県徳島市

視察日時　令和六年一月二十三日（火）午後二時から
視察項目　一体的実施による就労支援について
説明者　徳島市保健福祉部生活福祉第一課長　岡田氏

概要
　徳島市は、平成三十年四月二日、市役所本庁舎一階に「とくしま就労支援ステーション」（一体的実施施設）を開設し、徳島労働局・ハローワーク徳島と共同で運営している。
　徳島市生活福祉第一課長は「開設以来、福祉とハローワークの職員が毎朝情報を交換している」と述べた。

【令和四年度の実績】
　・支援対象者数　目標二百四十人以上／実績二百六十一人（達成率百八・八％）
　・就職者数　　　目標百五十六人以上／実績百六十二人（達成率百三・八％）

二　香川県丸亀市

視察日時　令和六年一月二十四日（水）午前十時から
視察項目　一体的実施による就労支援について
説明者　丸亀市福祉部生活福祉課長　中西氏、ハローワーク丸亀所長　大西氏

概要
　丸亀市は、令和二年十月一日に「まるがめ仕事サポート窓口」（一体的実施施設）を市役所一階に設置し、香川労働局・ハローワーク丸亀と連携している。
　ハローワーク丸亀所長からは「市役所の中にあることで、初めての方も相談しやすい」との話があった。

【令和四年度の実績】
　・支援対象者数　目標九十人以上／実績九十八人（達成率百八・九％）
　・就職者数　　　目標五十九人以上／実績六十一人（達成率百三・四％）

以上
"""
TOKUSHIMA_FACTS = [
    {
        "title": None,
        "prefecture": "徳島県",
        "municipality": "徳島市",
        "labour_bureau": "徳島労働局",
        "hello_work": ("ハローワーク徳島",),
        "facility_name": "とくしま就労支援ステーション",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(240, "人", "以上"), P(261), "108.8"),
            M("就職者数", P(156, "人", "以上"), P(162), "103.8"),
        ],
        "comments": [
            (
                "徳島市生活福祉第一課長",
                MU,
                "開設以来、福祉とハローワークの職員が毎朝情報を交換している",
            ),
        ],
    },
    {
        "title": None,
        "prefecture": "香川県",
        "municipality": "丸亀市",
        "labour_bureau": "香川労働局",
        "hello_work": ("ハローワーク丸亀",),
        "facility_name": "まるがめ仕事サポート窓口",
        "start_date": dt.date(2020, 10, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(90, "人", "以上"), P(98), "108.9"),
            M("就職者数", P(59, "人", "以上"), P(61), "103.4"),
        ],
        "comments": [
            ("ハローワーク丸亀所長", HW, "市役所の中にあることで、初めての方も相談しやすい"),
        ],
    },
]


# 7. A web magazine: `PART 1` labels, a facts line `【データ】` giving the date first and the
#    name last, answers on two lines, an editor's note and a contact line at the end.
KAGOSHIMA = """Web広報「はたらく九州」　2022年11月号

特集　窓口の人に聞く

PART 1
「来てよかった」と言ってもらえる窓口に

【データ】2017年4月3日開設／鹿児島県鹿児島市・鹿児島労働局　ハローワーク鹿児島／かごしま就労支援センター（一体的実施施設）

――利用者の声で印象に残っていることは。

有村（鹿児島市　健康福祉局　保護第一課長）　就職が決まった方から、窓口に来てよかったと言われたときです。
　ケースワーカーと相談員が毎日顔を合わせているからこそ、支援がつながっています。

――令和3年度の成果を教えてください。

上村（ハローワーク鹿児島　統括職業指導官）　支援対象者数は目標300人に対して318人で、達成率は106.0％でした。
　就職者数は目標195人に対して204人で、達成率は104.6％です。

PART 2
離島の相談者にも届く支援を

【データ】2019年10月1日開設／鹿児島県奄美市・鹿児島労働局　ハローワーク名瀬／あまみ就労サポート窓口（一体的実施施設）

――島ならではの難しさは。

前田（奄美市　福祉部　福祉政策課長）　求人の数が限られているので、一人ひとりに合う仕事を丁寧に探しています。

――数字の面ではいかがですか。

重田（ハローワーク名瀬　就職支援ナビゲーター）　令和3年度は支援対象者数が目標80人に対して86人、達成率107.5％。就職者数は目標52人に対して55人、達成率105.8％でした。

取材を終えて
　二つの窓口に共通していたのは、相談者の話を最後まで聞く姿勢でした。

お問い合わせ　鹿児島労働局 職業安定部 職業対策課
"""
KAGOSHIMA_FACTS = [
    {
        "title": "「来てよかった」と言ってもらえる窓口に",
        "prefecture": "鹿児島県",
        "municipality": "鹿児島市",
        "labour_bureau": "鹿児島労働局",
        "hello_work": ("ハローワーク鹿児島",),
        "facility_name": "かごしま就労支援センター",
        "facility_type": KIND,
        "start_date": dt.date(2017, 4, 3),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(300), P(318), "106.0"),
            M("就職者数", P(195), P(204), "104.6"),
        ],
        "comments": [
            (
                "鹿児島市健康福祉局保護第一課長",
                MU,
                "就職が決まった方から、窓口に来てよかったと言われたときです。"
                "ケースワーカーと相談員が毎日顔を合わせているからこそ、支援がつながっています。",
            ),
            (
                "ハローワーク鹿児島統括職業指導官",
                HW,
                "支援対象者数は目標300人に対して318人で、達成率は106.0%でした。"
                "就職者数は目標195人に対して204人で、達成率は104.6%です。",
            ),
        ],
    },
    {
        "title": "離島の相談者にも届く支援を",
        "prefecture": "鹿児島県",
        "municipality": "奄美市",
        "labour_bureau": "鹿児島労働局",
        "hello_work": ("ハローワーク名瀬",),
        "facility_name": "あまみ就労サポート窓口",
        "start_date": dt.date(2019, 10, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(80), P(86), "107.5"),
            M("就職者数", P(52), P(55), "105.8"),
        ],
        "comments": [
            (
                "奄美市福祉部福祉政策課長",
                MU,
                "求人の数が限られているので、一人ひとりに合う仕事を丁寧に探しています。",
            ),
            (
                "ハローワーク名瀬就職支援ナビゲーター",
                HW,
                "令和3年度は支援対象者数が目標80人に対して86人、達成率107.5%。"
                "就職者数は目標52人に対して55人、達成率105.8%でした。",
            ),
        ],
    },
]


# 8. A release whose cases are `■city` paragraphs; one announces its list
#    (`以下の取組を実施しました。`) and lists it; the bureau named in the contact box only.
GIFU = """記者発表資料
令和3年6月25日

┌──────────────────────┐
│【問い合わせ先】                        │
│岐阜労働局職業安定部職業対策課          │
│（電話）058-245-1314                    │
└──────────────────────┘

一体的実施施設の令和2年度の実績

　県内2市の一体的実施施設の令和2年度の支援実績をお知らせします。

■大垣市
　「おおがき就労支援コーナー」（一体的実施施設）は、大垣市とハローワーク大垣が平成29年4月3日に開設しました。令和2年度の支援対象者数は目標160人以上に対し実績172人（達成率107.5％）でした。
　同コーナーでは、以下の取組を実施しました。
　・生活保護の面接日にあわせた職業相談の予約
　・市内企業の見学会（年4回）

■多治見市
　多治見市とハローワーク多治見は、令和元年10月1日、多治見市役所駅北庁舎に「たじみ仕事サポート窓口」（一体的実施施設）を開設しました。令和2年度の支援対象者数は目標110人以上に対し実績118人（達成率107.3％）でした。
"""
GIFU_FACTS = [
    {
        "title": None,
        "municipality": "大垣市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク大垣",),
        "facility_name": "おおがき就労支援コーナー",
        "start_date": dt.date(2017, 4, 3),
        "fiscal_year": 2020,
        "initiatives": ("生活保護の面接日にあわせた職業相談の予約", "市内企業の見学会(年4回)"),
        "metrics": [M("支援対象者数", P(160, "人", "以上"), P(172), "107.5")],
    },
    {
        "title": None,
        "municipality": "多治見市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク多治見",),
        "facility_name": "たじみ仕事サポート窓口",
        "start_date": dt.date(2019, 10, 1),
        "fiscal_year": 2020,
        "initiatives": (),
        "metrics": [M("支援対象者数", P(110, "人", "以上"), P(118), "107.3")],
    },
]


# 9. Guard: a ministry digest whose lead names two bureaus; a case naming none gets none.
DIGEST = """厚生労働省　職業安定局
一体的実施施設の取組紹介（令和4年度）

　北海道労働局と青森労働局の管内から、一体的実施施設の取組を紹介します。

（1）函館市
　函館市とハローワーク函館は、平成30年7月2日、函館市役所本庁舎1階に「はこだて就労支援ルーム」（一体的実施施設）を開設しました。令和4年度の就職者数は目標150人以上に対し実績162人（達成率108.0％）でした。

（2）弘前市
　「ひろさき仕事サポート窓口」（一体的実施施設）は、弘前市とハローワーク弘前が令和元年10月1日に開設した窓口です。令和4年度の就職者数は目標90人以上に対し実績97人（達成率107.8％）でした。
"""
DIGEST_FACTS = [
    {
        "title": None,
        "municipality": "函館市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク函館",),
        "facility_name": "はこだて就労支援ルーム",
        "start_date": dt.date(2018, 7, 2),
        "metrics": [M("就職者数", P(150, "人", "以上"), P(162), "108.0")],
    },
    {
        "title": None,
        "municipality": "弘前市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク弘前",),
        "facility_name": "ひろさき仕事サポート窓口",
        "start_date": dt.date(2019, 10, 1),
        "metrics": [M("就職者数", P(90, "人", "以上"), P(97), "107.8")],
    },
]


# 10. A round-table feature: turns marked `◆` with a colon after the bracket, three parts
#     headed `Part1` … with the facts line under a `【施設概要】` label.
TOTTORI = """とっとり福祉だより　2023年2月号

座談会　窓口から見えるもの

Part1
市役所の一角から始まる再就職

【施設概要】とっとり就労支援デスク（一体的実施施設）／鳥取県鳥取市・鳥取労働局　ハローワーク鳥取／2018年4月2日開設

◆山根（鳥取市 福祉部 生活福祉課長）：窓口が同じ階にあるので、相談者を待たせずに紹介できます。

◆岡本（ハローワーク鳥取　就職支援ナビゲーター）：令和4年度は支援対象者数が目標140人に対して151人、達成率107.9％でした。

Part2
港町の仕事を一緒に探す

【施設概要】さかいみなと仕事相談室（一体的実施施設）／鳥取県境港市・鳥取労働局　ハローワーク米子／2020年10月1日開設

◆松本（境港市 福祉保健部 福祉課長）：水産加工の求人が多い地域なので、職場見学を取り入れています。

◆足立（ハローワーク米子　統括職業指導官）：令和4年度は就職者数が目標40人に対して44人、達成率110.0％でした。
"""
TOTTORI_FACTS = [
    {
        "title": "市役所の一角から始まる再就職",
        "municipality": "鳥取市",
        "labour_bureau": "鳥取労働局",
        "hello_work": ("ハローワーク鳥取",),
        "facility_name": "とっとり就労支援デスク",
        "start_date": dt.date(2018, 4, 2),
        "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(140), P(151), "107.9")],
        "comments": [
            ("鳥取市福祉部生活福祉課長", MU, "窓口が同じ階にあるので、相談者を待たせずに紹介できます。"),
            (
                "ハローワーク鳥取就職支援ナビゲーター",
                HW,
                "令和4年度は支援対象者数が目標140人に対して151人、達成率107.9%でした。",
            ),
        ],
    },
    {
        "title": "港町の仕事を一緒に探す",
        "municipality": "境港市",
        "labour_bureau": "鳥取労働局",
        "hello_work": ("ハローワーク米子",),
        "facility_name": "さかいみなと仕事相談室",
        "start_date": dt.date(2020, 10, 1),
        "fiscal_year": 2022,
        "metrics": [M("就職者数", P(40), P(44), "110.0")],
        "comments": [
            (
                "境港市福祉保健部福祉課長",
                MU,
                "水産加工の求人が多い地域なので、職場見学を取り入れています。",
            ),
            (
                "ハローワーク米子統括職業指導官",
                HW,
                "令和4年度は就職者数が目標40人に対して44人、達成率110.0%でした。",
            ),
        ],
    },
]


# 11. A release numbered in kanji (`一　概要` / `二　各施設の状況` / `三　参考`) with its cases as
#     `（一）city` paragraphs and a notice section after them naming another office.
KOCHI = """高知労働局　報道発表
令和2年7月10日

一　概要
　高知労働局は、県内の一体的実施施設の令和元年度の実績を取りまとめました。

二　各施設の状況
（一）高知市
　高知市とハローワーク高知が運営する「こうち就労支援センター」（一体的実施施設）は、平成27年10月1日に高知市役所本庁舎2階に開設されました。令和元年度の就職者数は目標240人以上に対し実績258人（達成率107.5％）でした。

（二）南国市
　「なんこく仕事サポート窓口」（一体的実施施設）は、南国市とハローワーク高知が令和元年6月3日に開設した窓口です。令和元年度の就職者数は目標30人以上に対し実績33人（達成率110.0％）でした。

三　参考
　ハローワーク須崎では、出張相談を行っています。
"""
KOCHI_FACTS = [
    {
        "title": None,
        "municipality": "高知市",
        "labour_bureau": "高知労働局",
        "hello_work": ("ハローワーク高知",),
        "facility_name": "こうち就労支援センター",
        "start_date": dt.date(2015, 10, 1),
        "fiscal_year": 2019,
        "metrics": [M("就職者数", P(240, "人", "以上"), P(258), "107.5")],
    },
    {
        "title": None,
        "municipality": "南国市",
        "labour_bureau": "高知労働局",
        "hello_work": ("ハローワーク高知",),
        "facility_name": "なんこく仕事サポート窓口",
        "start_date": dt.date(2019, 6, 3),
        "fiscal_year": 2019,
        "metrics": [M("就職者数", P(30, "人", "以上"), P(33), "110.0")],
    },
]


# 12. An interview whose answers run over two lines and whose second part follows a page
#     break with a running head; a town case; the interviewer marked `―`.
AKITA = """あきた福祉ジャーナル　vol.8

シリーズ　窓口の現場から

Part1
ひとりで悩まないための窓口

【DATA】のしろ就労支援コーナー（一体的実施施設）／秋田県能代市・秋田労働局　ハローワーク能代／2019年4月1日開設

―どんな相談が多いですか。

工藤（能代市 市民福祉部 生活福祉課長）　仕事が見つからず生活に困っているという相談が中心です。
　市とハローワークが一緒に話を聞くので、相談者が同じ話を何度もしなくて済みます。

―令和4年度の成果は。

佐藤（ハローワーク能代　就職支援ナビゲーター）　支援対象者数は目標100人に対して108人、達成率108.0％でした。
　就職者数は目標65人に対して70人で、達成率107.7％です。

あきた福祉ジャーナル　vol.8　　　　　　　　　　　　　　　　　　　　　2

Part2
町の窓口も、ハローワークとつながる

【DATA】みさと町就労相談窓口（一体的実施施設）／秋田県美郷町・秋田労働局　ハローワーク大曲／2021年7月1日開設

―町で始めた理由は。

高橋（美郷町 福祉保健課長）　町には求人を探す場所がなかったので、役場の中に窓口を開きました。
"""
AKITA_FACTS = [
    {
        "title": "ひとりで悩まないための窓口",
        "municipality": "能代市",
        "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク能代",),
        "facility_name": "のしろ就労支援コーナー",
        "start_date": dt.date(2019, 4, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(100), P(108), "108.0"),
            M("就職者数", P(65), P(70), "107.7"),
        ],
        "comments": [
            (
                "能代市市民福祉部生活福祉課長",
                MU,
                "仕事が見つからず生活に困っているという相談が中心です。"
                "市とハローワークが一緒に話を聞くので、相談者が同じ話を何度もしなくて済みます。",
            ),
            (
                "ハローワーク能代就職支援ナビゲーター",
                HW,
                "支援対象者数は目標100人に対して108人、達成率108.0%でした。"
                "就職者数は目標65人に対して70人で、達成率107.7%です。",
            ),
        ],
    },
    {
        "title": "町の窓口も、ハローワークとつながる",
        "municipality": "美郷町",
        "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク大曲",),
        "facility_name": "みさと町就労相談窓口",
        "start_date": dt.date(2021, 7, 1),
        "comments": [
            (
                "美郷町福祉保健課長",
                MU,
                "町には求人を探す場所がなかったので、役場の中に窓口を開きました。",
            ),
        ],
    },
]


# 13. Guard: a labelled collection whose case texts hold a turn-like line; the labelled
#     reading keeps its cases.
LABELLED = labelled_doc(
    "一体的実施の好事例集（令和3年度）",
    (
        "岐阜県大垣市",
        "岐阜労働局・ハローワーク大垣",
        "同じ窓口で生活と仕事の相談",
        "担当者の声\n山田（大垣市 福祉課 課長）　毎月の連絡会で方針をそろえています。",
    ),
    (
        "三重県津市",
        "三重労働局・ハローワーク津",
        "面接の練習を一緒に",
        "（実績）\n支援対象者数　目標120人　実績131人",
    ),
)
LABELLED_FACTS = [
    {
        "title": "同じ窓口で生活と仕事の相談",
        "municipality": "大垣市",
        "start_date": dt.date(2015, 4, 1),
    },
    {
        "title": "面接の練習を一緒に",
        "municipality": "津市",
        "start_date": dt.date(2015, 4, 1),
    },
]


# 14. An interview naming each speaker in full (`山内 和彦（…）`), one answer under its
#     speaker's line instead of beside it, and a catch line in 『』.
IWATE = """いわて就労支援通信　第7号

特集　担当者インタビュー

Part1
『つなぐ』から『一緒に歩く』へ

【DATA】きたかみ就労サポートルーム（一体的実施施設）／岩手県北上市・岩手労働局 ハローワーク北上／2018年10月1日開設

――窓口を開いた理由は。

菊池 和彦（北上市 保健福祉部 生活福祉課長）　相談に来られた方を、その日のうちに仕事の相談につなげたかったからです。

――令和4年度の実績は。

及川 誠（ハローワーク北上 統括職業指導官）
　支援対象者数は目標130人に対して141人、達成率108.5％でした。
　就職者数は目標85人に対して90人、達成率105.9％です。

Part2
沿岸の町で、暮らしと仕事を一緒に考える

【DATA】みやこ仕事相談コーナー（一体的実施施設）／岩手県宮古市・岩手労働局 ハローワーク宮古／2020年4月1日開設

――利用者の特徴は。

山崎 恵（宮古市 福祉部 生活福祉課長）　漁業や水産加工の仕事を探す方が多く、季節によって相談が増えます。
"""
IWATE_FACTS = [
    {
        "title": "『つなぐ』から『一緒に歩く』へ",
        "municipality": "北上市",
        "labour_bureau": "岩手労働局",
        "hello_work": ("ハローワーク北上",),
        "facility_name": "きたかみ就労サポートルーム",
        "start_date": dt.date(2018, 10, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(130), P(141), "108.5"),
            M("就職者数", P(85), P(90), "105.9"),
        ],
        "comments": [
            (
                "北上市保健福祉部生活福祉課長",
                MU,
                "相談に来られた方を、その日のうちに仕事の相談につなげたかったからです。",
            ),
            (
                "ハローワーク北上統括職業指導官",
                HW,
                "支援対象者数は目標130人に対して141人、達成率108.5%でした。"
                "就職者数は目標85人に対して90人、達成率105.9%です。",
            ),
        ],
    },
    {
        "title": "沿岸の町で、暮らしと仕事を一緒に考える",
        "municipality": "宮古市",
        "labour_bureau": "岩手労働局",
        "hello_work": ("ハローワーク宮古",),
        "facility_name": "みやこ仕事相談コーナー",
        "start_date": dt.date(2020, 4, 1),
        "comments": [
            (
                "宮古市福祉部生活福祉課長",
                MU,
                "漁業や水産加工の仕事を探す方が多く、季節によって相談が増えます。",
            ),
        ],
    },
]


# 15. A release whose attached table is tab-separated and holds a column of no metric (the
#     opening month) before the figures, and a 就職率 column.
SHIGA = """報道発表
令和4年7月1日
滋賀労働局

一体的実施施設の令和3年度実績について

１　施設別の実績

（1）大津市
　大津市とハローワーク大津が運営する「おおつ就労支援窓口」（一体的実施施設）は、平成29年4月3日に大津市役所新館2階に開設されました。令和3年度の支援対象者数は目標220人以上に対し実績236人（達成率107.3％）でした。

（2）彦根市
　「ひこね仕事サポートコーナー」（一体的実施施設）は、彦根市とハローワーク彦根が令和2年10月1日に開設した施設です。令和3年度の支援対象者数は目標90人以上に対し実績97人（達成率107.8％）でした。

２　問い合わせ先
　滋賀労働局職業安定部職業対策課

別添
施設名	開設年月	支援対象者数(目標)	支援対象者数(実績)	就職率
おおつ就労支援窓口	平成29年4月	220人	236人	62.3％
ひこね仕事サポートコーナー	令和2年10月	90人	97人	60.8％
"""
SHIGA_FACTS = [
    {
        "title": None,
        "municipality": "大津市",
        "labour_bureau": "滋賀労働局",
        "hello_work": ("ハローワーク大津",),
        "facility_name": "おおつ就労支援窓口",
        "start_date": dt.date(2017, 4, 3),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(220, "人", "以上"), P(236), "107.3"),
            M("就職率", None, R("62.3")),
        ],
    },
    {
        "title": None,
        "municipality": "彦根市",
        "labour_bureau": "滋賀労働局",
        "hello_work": ("ハローワーク彦根",),
        "facility_name": "ひこね仕事サポートコーナー",
        "start_date": dt.date(2020, 10, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(90, "人", "以上"), P(97), "107.8"),
            M("就職率", None, R("60.8")),
        ],
    },
]


# 16. Newspaper web articles: each dated by its dateline, the opening told by the day alone
#     (`…は1日、…「…」を開設した`, the day before the dateline's in the same month, or in the
#     month before when the day is later than the dateline's).
NEWS = """くまもと地域ニュース　福祉・くらし

熊本・玉名市に就労支援の窓口　市役所1階
2021年4月2日 11:30

　玉名市とハローワーク玉名は1日、玉名市役所本庁舎1階に「たまな就労サポートコーナー」（一体的実施施設）を開設した。生活保護の受給者らの就職を同じ窓口で支える。
　市福祉課によると、初年度は支援対象者数の目標を80人としている。

宇城市でも就労窓口が始動　相談を一か所で
2021年4月3日 09:00

　宇城市とハローワーク宇城は3月29日、市役所本庁舎に「うき仕事相談デスク」（一体的実施施設）を開設した。市の相談員とハローワークの職員が並んで相談に応じる。

天草市、出張相談も　就労窓口を開設
2021年10月5日 18:10

　天草市とハローワーク天草は30日、天草市役所に「あまくさ就労支援ステーション」（一体的実施施設）を開設した。離島の住民向けに出張相談も行う。
"""
NEWS_FACTS = [
    {
        "municipality": "玉名市",
        "hello_work": ("ハローワーク玉名",),
        "facility_name": "たまな就労サポートコーナー",
        "start_date": dt.date(2021, 4, 1),
    },
    {
        "municipality": "宇城市",
        "hello_work": ("ハローワーク宇城",),
        "facility_name": "うき仕事相談デスク",
        "start_date": dt.date(2021, 3, 29),
    },
    {
        "municipality": "天草市",
        "hello_work": ("ハローワーク天草",),
        "facility_name": "あまくさ就労支援ステーション",
        "start_date": dt.date(2021, 9, 30),
    },
]


# 17. An assembly newsletter's visit reports between rule lines, each headed by a label
#     ending with the city (`視察報告　山口県宇部市`: a case label, no title), remarks in
#     respectful forms, the second case naming no bureau (a newsletter is no release).
UBE = """市議会だより　第85号（令和5年2月1日発行）

一般質問から

就労支援の窓口、実績は

問　宇部市と山口市の例を参考に、本市の窓口の実績を伺う。（田村議員）

────────────────────
視察報告　山口県宇部市
────────────────────
　宇部市では、平成30年10月1日、市役所1階に「うべ就労支援コーナー」（一体的実施施設）を開設し、山口労働局・ハローワーク宇部と共同で運営している。令和3年度の就職者数は目標150人以上に対し実績163人（達成率108.7％）であった。
　宇部市生活支援課長からは「生活保護の相談と同じ日に就労相談ができる」との説明があった。

────────────────────
視察報告　山口県山口市
────────────────────
　山口市は、令和元年7月1日に「やまぐち仕事サポート窓口」（一体的実施施設）を市役所本庁舎2階に開設した。令和3年度の就職者数は目標120人以上に対し実績131人（達成率109.2％）であった。
　ハローワーク山口所長は「市役所の中にあることで、利用のハードルが下がった」と語られた。
"""
UBE_FACTS = [
    {
        "title": None,
        "prefecture": "山口県",
        "municipality": "宇部市",
        "labour_bureau": "山口労働局",
        "hello_work": ("ハローワーク宇部",),
        "facility_name": "うべ就労支援コーナー",
        "start_date": dt.date(2018, 10, 1),
        "fiscal_year": 2021,
        "metrics": [M("就職者数", P(150, "人", "以上"), P(163), "108.7")],
        "comments": [("宇部市生活支援課長", MU, "生活保護の相談と同じ日に就労相談ができる")],
    },
    {
        "title": None,
        "prefecture": "山口県",
        "municipality": "山口市",
        "labour_bureau": None,
        "hello_work": ("ハローワーク山口",),
        "facility_name": "やまぐち仕事サポート窓口",
        "start_date": dt.date(2019, 7, 1),
        "fiscal_year": 2021,
        "metrics": [M("就職者数", P(120, "人", "以上"), P(131), "109.2")],
        "comments": [
            ("ハローワーク山口所長", HW, "市役所の中にあることで、利用のハードルが下がった"),
        ],
    },
]


DOCUMENTS = {
    "niigata_interview_q_data": (NIIGATA, NIIGATA_FACTS),
    "nagano_series_labelled_facts": (NAGANO, NAGANO_FACTS),
    "aichi_press_numbered_table": (AICHI, AICHI_FACTS),
    "hyogo_press_dai_sections": (HYOGO, HYOGO_FACTS),
    "sendai_visit_report_rules": (SENDAI, SENDAI_FACTS),
    "tokushima_visit_report_kanji": (TOKUSHIMA, TOKUSHIMA_FACTS),
    "kagoshima_webmag_date_first": (KAGOSHIMA, KAGOSHIMA_FACTS),
    "gifu_press_list_lead_box": (GIFU, GIFU_FACTS),
    "guard_digest_two_bureaus": (DIGEST, DIGEST_FACTS),
    "tottori_roundtable_colon_turns": (TOTTORI, TOTTORI_FACTS),
    "kochi_press_kanji_sections": (KOCHI, KOCHI_FACTS),
    "akita_interview_paged_town": (AKITA, AKITA_FACTS),
    "iwate_interview_full_names": (IWATE, IWATE_FACTS),
    "shiga_press_tab_table": (SHIGA, SHIGA_FACTS),
    "kumamoto_news_day_only": (NEWS, NEWS_FACTS),
    "ube_newsletter_visit_labels": (UBE, UBE_FACTS),
    "guard_labelled_collection": (LABELLED, LABELLED_FACTS),
}

FACT_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)


# The small readers on their own.


def test_minutes_turn_is_no_interview_turn() -> None:
    from jirei.proseparts import _patterns
    from jirei.proseturns import interview_turns

    text = "○健康福祉部長(北村修君) お答えいたします。窓口は平成30年に開設しました。\n"
    found = interview_turns(text, 0, len(text), _patterns(), lambda s: "other", lambda a, b: None)
    assert found == []


def test_turn_needs_a_post_and_a_sentence() -> None:
    from jirei.proseparts import _patterns
    from jirei.proseturns import interview_turns

    text = (
        "大垣市(岐阜県) 人口は約16万人。\n"
        "施設名(設置市・連携ハローワーク) 支援対象者数 就職者数\n"
        "山内(八戸市 福祉部 生活福祉課長) 窓口を開きました。\n"
    )
    found = interview_turns(text, 0, len(text), _patterns(), lambda s: "municipality", lambda a, b: None)
    assert [c.speaker for _, c in found] == ["八戸市福祉部生活福祉課長"]


def test_section_end_needs_the_same_form_and_a_higher_number() -> None:
    from jirei.prosedoc import section_end

    text = "1 概要\nA\n2 実績\n(1)浜松市\nX\n(2)三島市\nY\n二 別の形\nZ\n3 局長コメント\nW\n"
    first = text.index("(1)")
    last = text.index("Y")
    assert section_end(text, first, last, len(text)) == text.index("3 局長")
    assert section_end("(1)浜松市\nX\n(2)三島市\nY\n3 局長\n", 0, 12, 21) == 21  # no head over


def test_document_bureau_is_the_one_bureau_named() -> None:
    from jirei.prosedoc import document_bureau

    assert document_bureau("静岡労働局(局長 小川)は、公表します。静岡労働局") == ("静岡労働局", 0)
    assert document_bureau("北海道労働局と青森労働局の管内から") is None
    assert document_bureau("県内の市から") is None


def test_day_only_date_from_the_dateline() -> None:
    import datetime as _dt

    from jirei.prosedays import day_only_date
    from jirei.rules import DEFAULT_RULES

    for dateline, said, want in [
        ("2021年4月2日 11:30", "市は1日、窓口を開設した。", _dt.date(2021, 4, 1)),
        ("2021年10月5日", "市は30日、窓口を開設した。", _dt.date(2021, 9, 30)),
        ("2022年1月12日", "市は12月20日、窓口を開設した。", _dt.date(2021, 12, 20)),
    ]:
        text = f"見出し\n{dateline}\n\n{said}\n"
        a = text.index(said)
        got = day_only_date(text, a, a + len(said), 0, DEFAULT_RULES)
        assert got is not None and got[0] == want
    text = "見出しの行\n\n市は1日、窓口を開設した。\n"  # no dateline: no date
    assert day_only_date(text, 7, len(text), 0, DEFAULT_RULES) is None
