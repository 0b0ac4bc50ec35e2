"""Figures, dates and abbreviations as internal working documents write them (decisions
2130-2143): terse bureau memos (``No.n　県市 × 局／HW…`` partner lines, ``要旨：`` titles,
figures as ``目標／実績／達成率`` triples whose order a legend gives once, ``■所見`` lines
``speaker：text``, short forms a legend defines), city reports in kanji numerals (column
heads spaced out letter by letter, wards named with their city in a field), summaries whose
results lines close with a note (a comparison with the previous year, a fraction, a named
fraction), and the date forms of such papers (``H29.4.1``, ``R5.4.1``, ``2019/10/1``,
``平成二十七年十月一日``).

Every document below is written for this file (real places, invented facilities and
prose); every expected value was written by hand from reading the document by
docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

import datetime as dt

from _variants import M, P, R, variant_tests

MU, LB, HW = "municipality", "labour_bureau", "hello_work"


def _d(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


# 1. 熊本: the memo shape with other marks — a legend with ／ between its pairs, the figures'
#    order given in a bracket, 【所見】, H.28.10.3 with a dot after the era letter.
KUMAMOTO = """局内限り
熊本労働局職業安定部　職業対策課
                                              R5.5.18 作成

件名：令和4年度　一体的実施　実績まとめ（2施設）

※略称　HW＝ハローワーク／局＝熊本労働局
※数値は（目標／実績／達成率）の順

━━━━━━━━━━━━━━━━━━━━
No.1　熊本県八代市 × 局／HW八代
　施設：やつしろ就労支援コーナー（一体的実施施設）　H.28.10.3開始
　要旨：福祉事務所の受付横に窓口、申請と相談を一度に
　■取組
　　・生活保護の申請時にCWが窓口を案内
　　・月1回のケース会議で支援方針を確認
　■令和4年度実績
　　支援対象者数　　250人以上／262人／104.8%
　　就職者数　　　　150人以上／158人／105.3%
　　就職率　　　　　60.0%／60.3%／－
　【所見】
　　HW八代：申請と同じ日に職業相談まで進む人が増えた。
　　八代市福祉課：CWとナビの情報共有がその場でできている。

━━━━━━━━━━━━━━━━━━━━
No.2　熊本県天草市 × 局／HW天草
　施設：あまくさワークサポート（常設窓口）　R1.7.1開始
　要旨：離島地区への出張相談で支援の空白をなくす
　■取組
　　・本渡地区以外の支所へ月2回の出張相談
　■令和4年度実績
　　支援対象者数　　90人以上／96人／106.7%
　　就職者数　　　　54人以上／51人／94.4%
　【所見】
　　HW天草：出張相談の予約枠は毎回ほぼ埋まっている。
　　天草市社会福祉課：支所で相談できることが利用者に好評である。

（参考）管内2施設計　支援対象者数 358人／就職者数 209人
"""
KUMAMOTO_FACTS = [
    {
        "title": "福祉事務所の受付横に窓口、申請と相談を一度に",
        "prefecture": "熊本県",
        "municipality": "八代市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("HW八代",),
        "facility_name": "やつしろ就労支援コーナー",
        "facility_type": "一体的実施施設",
        "start_date": _d(2016, 10, 3),
        "fiscal_year": 2022,
        "initiatives": ("生活保護の申請時にCWが窓口を案内", "月1回のケース会議で支援方針を確認"),
        "metrics": [
            M("支援対象者数", P(250, qualifier="以上"), P(262), "104.8"),
            M("就職者数", P(150, qualifier="以上"), P(158), "105.3"),
            M("就職率", R("60.0"), R("60.3")),
        ],
        "comments": [
            ("HW八代", HW, "申請と同じ日に職業相談まで進む人が増えた。"),
            ("八代市福祉課", MU, "CWとナビの情報共有がその場でできている。"),
        ],
    },
    {
        "title": "離島地区への出張相談で支援の空白をなくす",
        "municipality": "天草市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("HW天草",),
        "facility_name": "あまくさワークサポート",
        "facility_type": "常設窓口",
        "start_date": _d(2019, 7, 1),
        "metrics": [
            M("支援対象者数", P(90, qualifier="以上"), P(96), "106.7"),
            M("就職者数", P(54, qualifier="以上"), P(51), "94.4"),
        ],
        "comments": [
            ("HW天草", HW, "出張相談の予約枠は毎回ほぼ埋まっている。"),
            ("天草市社会福祉課", MU, "支所で相談できることが利用者に好評である。"),
        ],
    },
]

# 2. 大分: the actual first (``実績/目標/達成率``, ASCII slashes, a colon after the name, ―
#    for no figure); the bureau written out, HW in the partner line; 2020/4/1 dates.
OITA = """大分労働局　職業安定課　作業用メモ（2022年度実績）
注：各行の数値は 実績/目標/達成率 の順、―は設定なし

No.1　大分県別府市 × 大分労働局／HW別府
　施設：べっぷ仕事サポート（一体的実施施設）　2020/4/1開始
　要旨：温泉街の短時間求人を福祉窓口で紹介
　■取組
　　・観光事業所の短時間求人を窓口で一覧にして提示
　■2022年度実績
　　支援対象者数：132人/120人/110.0%
　　就職者数：81人/78人/103.8%
　　うち紹介就職：60人/―/―
　■所見
　　HW別府：観光業の求人が回復し、紹介先の幅が広がった。
　　別府市生活保護課：窓口の案内を受けた人の多くが初回の相談に来ている。

No.2　大分県中津市 × 大分労働局／HW中津
　施設：なかつ就労支援室（常設窓口）　2018/10/1開始
　要旨：ひとり親の資格取得と就職を一体で支援
　■取組
　　・職業訓練の説明会を子ども家庭課と共催
　■2022年度実績
　　支援対象者数：64人/70人/91.4%
　　就職者数：40人/42人/95.2%
　■所見
　　HW中津：訓練修了者の就職は年度末に集中した。
　　中津市子ども家庭課：説明会の参加者が前年より増えた。
"""
OITA_FACTS = [
    {
        "title": "温泉街の短時間求人を福祉窓口で紹介",
        "prefecture": "大分県",
        "municipality": "別府市",
        "labour_bureau": "大分労働局",
        "hello_work": ("HW別府",),
        "facility_name": "べっぷ仕事サポート",
        "start_date": _d(2020, 4, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(120), P(132), "110.0"),
            M("就職者数", P(78), P(81), "103.8"),
            M("うち紹介就職", None, P(60)),
        ],
        "comments": [
            ("HW別府", HW, "観光業の求人が回復し、紹介先の幅が広がった。"),
            ("別府市生活保護課", MU, "窓口の案内を受けた人の多くが初回の相談に来ている。"),
        ],
    },
    {
        "municipality": "中津市",
        "hello_work": ("HW中津",),
        "start_date": _d(2018, 10, 1),
        "metrics": [
            M("支援対象者数", P(70), P(64), "91.4"),
            M("就職者数", P(42), P(40), "95.2"),
        ],
    },
]

# 3. 長崎: the order given by a header over the rows (``区分　目標／実績／達成率``), no
#    document legend; R2.4.1 and 平成30年4月2日 start dates; a page break with a running head.
NAGASAKI = """令和3年度　一体的実施施設　実績一覧（長崎労働局　内部資料）

No.1　長崎県佐世保市 × 長崎労働局／HW佐世保
　施設：させぼ就労ナビ（一体的実施施設）　R2.4.1開始
　要旨：造船業の求人と福祉窓口をつなぐ
　■取組
　　・市内造船関連企業の見学会を年2回開催
　■令和3年度実績
　　区分　　　　　　目標／実績／達成率
　　支援対象者数　　200人／214人／107.0%
　　就職者数　　　　120人／131人／109.2%

－1－
令和3年度　一体的実施施設　実績一覧（長崎労働局　内部資料）

No.2　長崎県諫早市 × 長崎労働局／HW諫早
　施設：いさはや仕事相談室（常設窓口）　平成30年4月2日開始
　要旨：駅前の庁舎で夜間相談を開始
　■取組
　　・毎週木曜日に19時までの夜間相談
　■令和3年度実績
　　区分　　　　　　目標／実績／達成率
　　支援対象者数　　80人／76人／95.0%
　　就職率　　　　　55.0%／57.9%／－
"""
NAGASAKI_FACTS = [
    {
        "title": "造船業の求人と福祉窓口をつなぐ",
        "municipality": "佐世保市",
        "labour_bureau": "長崎労働局",
        "hello_work": ("HW佐世保",),
        "facility_name": "させぼ就労ナビ",
        "start_date": _d(2020, 4, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(200), P(214), "107.0"),
            M("就職者数", P(120), P(131), "109.2"),
        ],
    },
    {
        "title": "駅前の庁舎で夜間相談を開始",
        "municipality": "諫早市",
        "start_date": _d(2018, 4, 2),
        "metrics": [
            M("支援対象者数", P(80), P(76), "95.0"),
            M("就職率", R("55.0"), R("57.9")),
        ],
    },
]

# 4. 佐賀: no legend at all — three parts whose last is a rate read target / actual / rate;
#    a first-year case with no targets (``－`` and a heading note in brackets).
SAGA = """佐賀労働局　令和5年度実績（速報）　取扱注意

No.1　佐賀県唐津市 × 佐賀労働局／HW唐津
　施設：からつ就労サポート（一体的実施施設）　H27.6.1開始
　要旨：漁協と連携した水産加工の職場体験
　■取組
　　・水産加工場での3日間の職場体験
　■令和5年度実績
　　支援対象者数　　110人以上／118人／107.3%
　　就職者数　　　　66人以上／70人／106.1%

No.2　佐賀県武雄市 × 佐賀労働局／HW武雄
　施設：たけお仕事ステーション（一体的実施施設）　R5.4.3開始
　要旨：開設初年度、市役所1階で気軽に相談
　■取組
　　・市民課の待合に案内の掲示
　■令和5年度実績（初年度のため目標なし）
　　支援対象者数　　－／42人／－
　　就職者数　　　　－／25人／－
"""
SAGA_FACTS = [
    {
        "municipality": "唐津市",
        "hello_work": ("HW唐津",),
        "start_date": _d(2015, 6, 1),
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(110, qualifier="以上"), P(118), "107.3"),
            M("就職者数", P(66, qualifier="以上"), P(70), "106.1"),
        ],
    },
    {
        "municipality": "武雄市",
        "facility_name": "たけお仕事ステーション",
        "start_date": _d(2023, 4, 3),
        "metrics": [M("支援対象者数", None, P(42)), M("就職者数", None, P(25))],
    },
]

# 5. 仙台: a ward report in kanji numerals — spaced column heads with other gaps, one
#    ideographic space between two figures, a ward written with its city in the field block,
#    kanji start dates and 〈speaker〉 comment headings.
SENDAI = """　　令和二年度　区役所内就労支援窓口の実績について（報告）

第一　青葉区の取組

「生活保護の相談窓口の隣で、その日のうちに職業相談」

　一　施設の概要
　　名　　称　　ワークサポートあおば（一体的実施施設）
　　連携自治体　宮城県仙台市青葉区
　　連携機関　　宮城労働局　ハローワーク仙台
　　開　　設　　平成二十八年四月一日

　二　主な取組
　　（一）保護の面接時に窓口の利用を案内している。

　三　令和二年度の目標及び実績
　　区　分　　　　目　標　　　　実　績　　　達成率
　　支援対象者数　三百人以上　三百十二人　　百四・〇％
　　就職者数　　　百九十五人以上　二百一人　百三・一％

　四　関係者の声
　　〈青葉区保護課〉
　　　面接の場から窓口へ案内できるので、相談までの日数が短くなりました。

第二　宮城野区の取組

「新設の窓口で、ひとり親の就職を後押し」

　一　施設の概要
　　名　　称　　みやぎの仕事相談室（一体的実施施設）
　　連携自治体　宮城県仙台市宮城野区
　　連携機関　　宮城労働局　ハローワーク仙台
　　開　　設　　令和二年十月一日

　二　主な取組
　　（一）児童扶養手当の現況届の会場で相談を受けた。

　三　令和二年度の目標及び実績（十月から三月まで）
　　区　分　　　　目　標　　　　実　績　　　達成率
　　支援対象者数　九十人　　　　九十六人　　百六・七％
　　就職者数　　　五十四人　　　五十一人　　九十四・四％

　四　関係者の声
　　〈ハローワーク仙台〉
　　　区の職員と毎週打合せを行い、来所予定の方の情報を共有しています。
"""
SENDAI_FACTS = [
    {
        "title": "生活保護の相談窓口の隣で、その日のうちに職業相談",
        "prefecture": "宮城県",
        "municipality": "仙台市青葉区",
        "labour_bureau": "宮城労働局",
        "hello_work": ("ハローワーク仙台",),
        "facility_name": "ワークサポートあおば",
        "facility_type": "一体的実施施設",
        "start_date": _d(2016, 4, 1),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(300, qualifier="以上"), P(312), "104.0"),
            M("就職者数", P(195, qualifier="以上"), P(201), "103.1"),
        ],
        "comments": [
            (
                "青葉区保護課",
                MU,
                "面接の場から窓口へ案内できるので、相談までの日数が短くなりました。",
            ),
        ],
    },
    {
        "municipality": "仙台市宮城野区",
        "facility_name": "みやぎの仕事相談室",
        "start_date": _d(2020, 10, 1),
        "fiscal_year": 2020,
        "metrics": [
            M("支援対象者数", P(90), P(96), "106.7"),
            M("就職者数", P(54), P(51), "94.4"),
        ],
        "comments": [
            (
                "ハローワーク仙台",
                HW,
                "区の職員と毎週打合せを行い、来所予定の方の情報を共有しています。",
            ),
        ],
    },
]

# 6. 横浜: a grouped kanji table whose heads are spaced with equal gaps throughout
#    (``対　象　者　　項　目　　目　標　　実　績　　達成率``); 千 in a figure.
YOKOHAMA = """第一　鶴見区の取組

「対象者別の目標で、ひとり親の就職を後押し」

　一　施設の概要
　　名　　称　　つるみ就労支援コーナー（一体的実施施設）
　　連携自治体　神奈川県横浜市鶴見区
　　連携機関　　神奈川労働局　ハローワーク横浜南
　　開　　設　　平成三十年七月二日

　二　主な取組
　　（一）対象者別に支援の担当を分けた。

　三　令和元年度の目標及び実績
　　対　象　者　　　　　　項　目　　　　　目　標　　実　績　　達成率
　　生活保護受給者　　　　支援対象者数　　二百人　　二百十人　百五・〇％
　　児童扶養手当受給者　　支援対象者数　　八十人　　七十二人　九十・〇％

第二　港北区の取組

「駅前の区役所で、相談の入口を一つに」

　一　施設の概要
　　名　　称　　こうほく仕事サポート（一体的実施施設）
　　連携自治体　神奈川県横浜市港北区
　　連携機関　　神奈川労働局　ハローワーク港北
　　開　　設　　令和元年五月七日

　二　主な取組
　　（一）区役所の総合案内から窓口へ案内している。

　三　令和元年度の目標及び実績
　　区　分　　　　目　標　　　　実　績　　　達成率
　　延べ利用者数　－　　　　　　千二百四十人　－
　　就職者数　　　百二十人　　　百二十六人　百五・〇％
"""
YOKOHAMA_FACTS = [
    {
        "municipality": "横浜市鶴見区",
        "prefecture": "神奈川県",
        "start_date": _d(2018, 7, 2),
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(200), P(210), "105.0", group="生活保護受給者"),
            M("支援対象者数", P(80), P(72), "90.0", group="児童扶養手当受給者"),
        ],
    },
    {
        "municipality": "横浜市港北区",
        "start_date": _d(2019, 5, 7),
        "metrics": [
            M("延べ利用者数", None, P(1240)),
            M("就職者数", P(120), P(126), "105.0"),
        ],
    },
]

# 7. 広島: a summary's key-value lines closing with notes — 前年度比 / 対前年度 comparisons,
#    a bare fraction, a named fraction, 割 kept as written, 約 / 超 / 未満, units 社 and 件,
#    full-width digits with a thousands comma.
HIROSHIMA = """令和４年度　広島県内の一体的実施　事業概要

■ケース１
広島県呉市／広島労働局・ハローワーク呉
くれ就労サポート（一体的実施施設）　平成２７年１０月１日開設
テーマ：造船所の見学から始める就職支援

【令和４年度の目標と実績】
支援対象者数：目標２００人以上　実績２１８人（達成率１０９．０％）（前年度比＋１２人）
就職者数：目標１２０人超　実績１３２人（対前年度 104.8%）
就職率：実績６０．６％（132/218人）

【関係者の声】
◆呉市生活支援課
　見学会をきっかけに就職を決めた方が増えました。

■ケース２
広島県福山市／広島労働局・ハローワーク福山
ふくやま仕事ナビ（一体的実施施設）　平成２９年４月３日開設
テーマ：企業訪問で短時間の求人を開拓

【令和４年度の目標と実績】
就職率：目標６割以上　実績６２．５％（就職者１００人／支援対象者１６０人）
企業訪問件数：実績　約１，０５０件
面接会参加企業数：目標１５社　実績１８社
早期離職者数：目標８人未満　実績５人

【関係者の声】
◆ハローワーク福山
　訪問した企業から、短時間勤務の求人を多くいただきました。
"""
HIROSHIMA_FACTS = [
    {
        "title": "造船所の見学から始める就職支援",
        "prefecture": "広島県",
        "municipality": "呉市",
        "start_date": _d(2015, 10, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(200, qualifier="以上"), P(218), "109.0"),
            M("就職者数", P(120, qualifier="超"), P(132)),
            M("就職率", None, R("60.6")),
        ],
        "comments": [("呉市生活支援課", MU, "見学会をきっかけに就職を決めた方が増えました。")],
    },
    {
        "municipality": "福山市",
        "start_date": _d(2017, 4, 3),
        "metrics": [
            M("就職率", P(6, "割", "以上"), R("62.5")),
            M("就職者", None, P(100)),
            M("支援対象者", None, P(160)),
            M("企業訪問件数", None, P(1050, "件", "約")),
            M("面接会参加企業数", P(15, "社"), P(18, "社")),
            M("早期離職者数", P(8, qualifier="未満"), P(5)),
        ],
        "comments": [
            ("ハローワーク福山", HW, "訪問した企業から、短時間勤務の求人を多くいただきました。"),
        ],
    },
]

# 8. 北九州: wards of a city written alone in the case label and with the city in the
#    field block; a spaced head ``項　　目`` over 目標 / 実績; an unnumbered bracket in a
#    heading that names no period.
KITAKYUSHU = """第一　小倉北区の取組

「区役所の窓口で、保護と仕事の相談を一緒に」

　一　施設の概要
　　名　　称　　こくらきた就労コーナー（一体的実施施設）
　　連携自治体　福岡県北九州市小倉北区
　　連携機関　　福岡労働局　ハローワーク小倉
　　開　　設　　平成二十九年十月二日

　二　令和三年度の目標及び実績（速報値）
　　項　　目　　　　目　　標　　　　実　　績
　　支援対象者数　　二百四十人　　　二百五十五人
　　就職者数　　　　百五十人　　　　百四十八人

第二　八幡西区の取組

「駅前の出張所で、相談の入口を一つに」

　一　施設の概要
　　名　　称　　やはたにし仕事相談室（一体的実施施設）
　　連携自治体　福岡県北九州市八幡西区
　　連携機関　　福岡労働局　ハローワーク八幡
　　開　　設　　令和二年四月一日

　二　令和三年度の目標及び実績
　　項　　目　　　　目　　標　　　　実　　績
　　支援対象者数　　百十人　　　　　百二十一人
"""
KITAKYUSHU_FACTS = [
    {
        "title": "区役所の窓口で、保護と仕事の相談を一緒に",
        "prefecture": "福岡県",
        "municipality": "北九州市小倉北区",
        "labour_bureau": "福岡労働局",
        "hello_work": ("ハローワーク小倉",),
        "start_date": _d(2017, 10, 2),
        "fiscal_year": 2021,
        "metrics": [M("支援対象者数", P(240), P(255)), M("就職者数", P(150), P(148))],
    },
    {
        "municipality": "北九州市八幡西区",
        "start_date": _d(2020, 4, 1),
        "metrics": [M("支援対象者数", P(110), P(121))],
    },
]

# 9. 鹿児島: the memo with its running head repeated at each page break, the legend in
#    brackets after the results heading, HW in the comments and a ・ bullet before them.
KAGOSHIMA = """鹿児島労働局　一体的実施　令和4年度実績メモ　（局内資料）
※略称：HW＝ハローワーク、局＝鹿児島労働局

No.1　鹿児島県鹿屋市 × 局／HW鹿屋
　施設：かのや就労支援窓口（一体的実施施設）　H30.1.4開始
　要旨：子ども家庭課と合同でひとり親の面談
　■取組
　　・ひとり親の面談に子ども家庭課の職員が同席
　■令和4年度実績（目標／実績／達成率）
　　支援対象者数　　70人／77人／110.0%
　　就職者数　　　　42人／45人／107.1%
　■所見
　　・HW鹿屋：同席面談で保育所の相談も同時に済むようになった。
　　・鹿屋市子ども家庭課：面談後の就職までの期間が短くなった。

鹿児島労働局　一体的実施　令和4年度実績メモ　（局内資料）
- 2 -

No.2　鹿児島県霧島市 × 局／HW国分
　施設：きりしまワークコーナー（常設窓口）　2021/7/1開始
　要旨：市役所本庁の1階で相談、支所にも出張
　■取組
　　・隼人・牧園の支所へ月1回の出張相談
　■令和4年度実績（目標／実績／達成率）
　　支援対象者数　　60人／58人／96.7%
　　就職者数　　　　36人／38人／105.6%
　■所見
　　・HW国分：出張相談から就職した人が10人を超えた。
"""
KAGOSHIMA_FACTS = [
    {
        "title": "子ども家庭課と合同でひとり親の面談",
        "municipality": "鹿屋市",
        "labour_bureau": "鹿児島労働局",
        "hello_work": ("HW鹿屋",),
        "start_date": _d(2018, 1, 4),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(70), P(77), "110.0"),
            M("就職者数", P(42), P(45), "107.1"),
        ],
        "comments": [
            ("HW鹿屋", HW, "同席面談で保育所の相談も同時に済むようになった。"),
            ("鹿屋市子ども家庭課", MU, "面談後の就職までの期間が短くなった。"),
        ],
    },
    {
        "municipality": "霧島市",
        "labour_bureau": "鹿児島労働局",
        "hello_work": ("HW国分",),
        "start_date": _d(2021, 7, 1),
        "metrics": [
            M("支援対象者数", P(60), P(58), "96.7"),
            M("就職者数", P(36), P(38), "105.6"),
        ],
        "comments": [("HW国分", HW, "出張相談から就職した人が10人を超えた。")],
    },
]

# 10. 宮崎: two parts a slash apart and a legend naming two roles (``目標／実績``), one row
#     with its target missing (``ー``); a bureau named in full and no Hello Work short form.
MIYAZAKI = """宮崎労働局　令和3年度　一体的実施の状況（課内メモ）
※数値は「目標／実績」の順

No.1　宮崎県都城市 × 宮崎労働局・ハローワーク都城
　施設：みやこのじょう就労支援室（一体的実施施設）　平成28年4月1日開始
　要旨：畜産業の求人をひとり親に紹介
　■令和3年度実績
　　支援対象者数　　120人／131人
　　就職者数　　　　72人／80人
　　うち紹介就職　　ー／64人

No.2　宮崎県延岡市 × 宮崎労働局・ハローワーク延岡
　施設：のべおか仕事サポート（常設窓口）　令和2年10月1日開始
　要旨：工業団地の企業見学で職種を知る
　■令和3年度実績
　　支援対象者数　　60人／57人
"""
MIYAZAKI_FACTS = [
    {
        "municipality": "都城市",
        "labour_bureau": "宮崎労働局",
        "hello_work": ("ハローワーク都城",),
        "start_date": _d(2016, 4, 1),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(120), P(131)),
            M("就職者数", P(72), P(80)),
            M("うち紹介就職", None, P(64)),
        ],
    },
    {
        "municipality": "延岡市",
        "start_date": _d(2020, 10, 1),
        "metrics": [M("支援対象者数", P(60), P(57))],
    },
]

# 11. 山口: summary lines whose notes name other metrics (``就職件数４５件／相談件数３００件``),
#     a bare fraction after an actual, a 前年同月比 note; full-width digits throughout.
YAMAGUCHI = """令和５年度　山口県内の一体的実施（まとめ）

■ケース１
山口県下関市／山口労働局・ハローワーク下関
しものせき就労ナビ（一体的実施施設）　令和元年７月１日開設
テーマ：港湾物流の求人を福祉窓口で紹介

【令和５年度の目標と実績】
支援対象者数：目標１５０人　実績１６２人（達成率１０８．０％）
就職率：目標６０．０％　実績６１．７％（100/162人）
紹介件数：実績２４０件（前年同月比 ＋３０件）

■ケース２
山口県宇部市／山口労働局・ハローワーク宇部
うべ仕事サポート（一体的実施施設）　平成３０年１０月１日開設
テーマ：相談件数を増やし就職につなげる

【令和５年度の目標と実績】
就職率：目標１５．０％　実績１５．０％（就職件数４５件／相談件数３００件）
"""
YAMAGUCHI_FACTS = [
    {
        "municipality": "下関市",
        "start_date": _d(2019, 7, 1),
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(150), P(162), "108.0"),
            M("就職率", R("60.0"), R("61.7")),
            M("紹介件数", None, P(240, "件")),
        ],
    },
    {
        "municipality": "宇部市",
        "start_date": _d(2018, 10, 1),
        "metrics": [
            M("就職率", R("15.0"), R("15.0")),
            M("就職件数", None, P(45, "件")),
            M("相談件数", None, P(300, "件")),
        ],
    },
]

# 12. 福井: the memo with 【No.1】 labels and a findings heading worded differently
#     (``■担当所見``), the bureau's short form ``労働局`` defined by the legend, HW written in
#     full-width letters.
FUKUI = """福井労働局職業安定部　令和4年度　一体的実施 実績（内部用）
※略称：ＨＷ＝ハローワーク、当局＝福井労働局

No.1　福井県福井市 × 当局／ＨＷ福井
　施設：ふくい就労サポート（一体的実施施設）　H26.4.1開始
　要旨：市の福祉総合窓口で就労相談を受付
　■令和4年度実績
　　支援対象者数　　180人以上／190人／105.6%
　　就職者数　　　　108人以上／112人／103.7%
　■担当所見
　　ＨＷ福井：福祉総合窓口からの案内が定着してきた。
　　福井市福祉課：相談を断らない窓口として評価されている。

No.2　福井県敦賀市 × 当局／ＨＷ敦賀
　施設：つるが仕事相談室（常設窓口）　R3.10.1開始
　要旨：原子力関連の求人を含めた職業紹介
　■令和4年度実績
　　支援対象者数　　50人以上／53人／106.0%
　■担当所見
　　ＨＷ敦賀：市の窓口との連絡が密になった。
"""
FUKUI_FACTS = [
    {
        "title": "市の福祉総合窓口で就労相談を受付",
        "municipality": "福井市",
        "labour_bureau": "福井労働局",
        "hello_work": ("HW福井",),
        "start_date": _d(2014, 4, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(180, qualifier="以上"), P(190), "105.6"),
            M("就職者数", P(108, qualifier="以上"), P(112), "103.7"),
        ],
        "comments": [
            ("HW福井", HW, "福祉総合窓口からの案内が定着してきた。"),
            ("福井市福祉課", MU, "相談を断らない窓口として評価されている。"),
        ],
    },
    {
        "municipality": "敦賀市",
        "labour_bureau": "福井労働局",
        "hello_work": ("HW敦賀",),
        "start_date": _d(2021, 10, 1),
        "metrics": [M("支援対象者数", P(50, qualifier="以上"), P(53), "106.0")],
        "comments": [("HW敦賀", HW, "市の窓口との連絡が密になった。")],
    },
]

# 13. 高知: must-keep — an evaluation sheet's ``所見`` in prose (no speaker lines) stays no
#     comment; a date range ``2022/4/1〜2023/3/31`` is no slash row; a ``HW`` inside an
#     initiative is no office.
KOCHI = """事例１　高知県高知市（高知労働局・ハローワーク高知）
こうち就労支援センター（一体的実施施設）　平成25年10月1日開設
テーマ：相談から定着まで同じ担当者が支援

【取組内容】
・HW相談員と市の支援員が同じ机で面談
・実施期間　2022/4/1〜2023/3/31

【令和4年度の実績】
支援対象者数：目標２２０人以上　実績２３１人（達成率１０５．０％）

【所見】
目標は達成したが、就職後の定着支援には課題が残る。

事例２　高知県四万十市（高知労働局・ハローワーク四万十）
しまんと仕事サポート（常設窓口）　令和3年4月1日開設
テーマ：広い市域を巡回相談で補う

【取組内容】
・西土佐地区への巡回相談

【令和4年度の実績】
支援対象者数：目標４０人　実績４４人（達成率１１０．０％）
"""
KOCHI_FACTS = [
    {
        "municipality": "高知市",
        "labour_bureau": "高知労働局",
        "hello_work": ("ハローワーク高知",),
        "start_date": _d(2013, 10, 1),
        "initiatives": ("HW相談員と市の支援員が同じ机で面談", "実施期間 2022/4/1〜2023/3/31"),
        "metrics": [M("支援対象者数", P(220, qualifier="以上"), P(231), "105.0")],
        "comments": [],
    },
    {
        "municipality": "四万十市",
        "start_date": _d(2021, 4, 1),
        "metrics": [M("支援対象者数", P(40), P(44), "110.0")],
    },
]

# 14. 広島: a ward report whose head is whole words (``区分　　目標　　実績　　達成率``) but
#     whose rows part their kanji cells by one ideographic space; a kanji zero in a rate.
HIROSHIMA_WARDS = """第一　西区の取組

「区役所で、保護と仕事の相談を同じ日に」

　一　施設の概要
　　名　　称　　ジョブコーナーにし（一体的実施施設）
　　連携自治体　広島県広島市西区
　　連携機関　　広島労働局　ハローワーク広島西条
　　開　　設　　平成三十年四月一日

　二　令和元年度の目標及び実績
　　区分　　　　　目標　　　　実績　　　　達成率
　　支援対象者数　百二十人以上　百三十人　百八・三％
　　就職者数　　　七十八人以上　八十一人　百三・八％

第二　安佐南区の取組

「団地の集会所へ出張相談」

　一　施設の概要
　　名　　称　　あさみなみ仕事相談室（一体的実施施設）
　　連携自治体　広島県広島市安佐南区
　　連携機関　　広島労働局　ハローワーク広島
　　開　　設　　令和元年七月一日

　二　令和元年度の目標及び実績
　　区分　　　　　目標　　　　実績　　　　達成率
　　支援対象者数　六十人　　　六十六人　百十・〇％
"""
HIROSHIMA_WARDS_FACTS = [
    {
        "municipality": "広島市西区",
        "labour_bureau": "広島労働局",
        "hello_work": ("ハローワーク広島西条",),
        "start_date": _d(2018, 4, 1),
        "fiscal_year": 2019,
        "metrics": [
            M("支援対象者数", P(120, qualifier="以上"), P(130), "108.3"),
            M("就職者数", P(78, qualifier="以上"), P(81), "103.8"),
        ],
    },
    {
        "municipality": "広島市安佐南区",
        "start_date": _d(2019, 7, 1),
        "metrics": [M("支援対象者数", P(60), P(66), "110.0")],
    },
]

# 15. 新潟: two parts and the roles named in the results heading's own bracket with ・
#     (``■令和4年度実績（実績・目標）``): the actual first; HW without a legend.
NIIGATA = """新潟労働局　令和4年度　一体的実施の状況（係内メモ）

No.1　新潟県上越市 × 新潟労働局／HW上越
　施設：じょうえつ仕事相談室（一体的実施施設）　H30.4.2開始
　要旨：雪国の冬期求人を早めに確保
　■令和4年度実績（実績・目標）
　　支援対象者数　　104人／100人以上
　　就職者数　　　　58人／60人以上

No.2　新潟県長岡市 × 新潟労働局／HW長岡
　施設：ながおか就労コーナー（常設窓口）　R2.10.1開始
　要旨：駅前の窓口で平日夜も相談
　■令和4年度実績（実績・目標）
　　支援対象者数　　90人／80人
"""
NIIGATA_FACTS = [
    {
        "title": "雪国の冬期求人を早めに確保",
        "municipality": "上越市",
        "labour_bureau": "新潟労働局",
        "hello_work": ("HW上越",),
        "start_date": _d(2018, 4, 2),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(100, qualifier="以上"), P(104)),
            M("就職者数", P(60, qualifier="以上"), P(58)),
        ],
    },
    {
        "municipality": "長岡市",
        "hello_work": ("HW長岡",),
        "start_date": _d(2020, 10, 1),
        "metrics": [M("支援対象者数", P(80), P(90))],
    },
]

DOCUMENTS = {
    "kumamoto": (KUMAMOTO, KUMAMOTO_FACTS),
    "oita": (OITA, OITA_FACTS),
    "nagasaki": (NAGASAKI, NAGASAKI_FACTS),
    "saga": (SAGA, SAGA_FACTS),
    "sendai": (SENDAI, SENDAI_FACTS),
    "yokohama": (YOKOHAMA, YOKOHAMA_FACTS),
    "hiroshima": (HIROSHIMA, HIROSHIMA_FACTS),
    "kitakyushu": (KITAKYUSHU, KITAKYUSHU_FACTS),
    "kagoshima": (KAGOSHIMA, KAGOSHIMA_FACTS),
    "miyazaki": (MIYAZAKI, MIYAZAKI_FACTS),
    "yamaguchi": (YAMAGUCHI, YAMAGUCHI_FACTS),
    "fukui": (FUKUI, FUKUI_FACTS),
    "kochi": (KOCHI, KOCHI_FACTS),
    "hiroshima_wards": (HIROSHIMA_WARDS, HIROSHIMA_WARDS_FACTS),
    "niigata": (NIIGATA, NIIGATA_FACTS),
}

FACT_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)
