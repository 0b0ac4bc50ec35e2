"""Where a case begins and ends in documents whose cases open in ways no header, label or
partner line shows (branch ``seg6``, decisions 1700–1739): leaflets of one case a page (form
feeds or page numbers, a running head on each page) whose page opens with a catch-phrase
headline and ONE prose sentence (or a short paragraph) carrying the header facts; slide decks
printed to text whose text boxes come out of reading order (a results box before the case's
label, the label and its title in one box, a header strip before the label); a cover, an
introduction naming every place, a contents slide and a back page that must open no case.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures). Every expected fact was written by
hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import P, variant_tests

D = datetime.date


def _leaflet_page(head: str, title: str, sentence: str, body: str, foot: str = "") -> str:
    """One leaflet page: a running head (may be empty), the headline (may be empty), the facts
    sentence, the body, a footer (may be empty), and the form feed closing the page."""
    parts = [p for p in (head, title, sentence, body, foot) if p]
    return "\n\n".join(parts) + "\n\f"


_POINTS = (
    "［取組のポイント］\n①市の福祉課と毎週、支援の方針を確かめています。\n"
    "②面談の記録を一枚のシートで共有しています。"
)


def _results(a: int, b: int) -> str:
    return f"［実績］\n・支援対象者数は{a}人でした。\n・就職者数は{b}人でした。"


# 1. the holdout29 kind in other words: running head, headline, place-と-bureau sentence
LEAFLET_FF = (
    "令和４年度\n就労支援の取組事例\n福祉とハローワークの一体的実施\n\n岐阜労働局職業安定部\n\f"
    "このリーフレットについて\n\n"
    "　岐阜県岐阜市、岐阜県大垣市、岐阜県多治見市の３つの取組を紹介します。\n\n― 1 ―\n\f"
    + _leaflet_page(
        "一体的実施の事例紹介（令和４年度）",
        "予約なしで立ち寄れる、駅前の相談窓口",
        "岐阜市と岐阜労働局が令和二年四月一日から運営する「ぎふ就労サポート」（一体的実施施設）"
        "では、ハローワーク岐阜の相談員が常駐しています。",
        _POINTS + "\n\n" + _results(210, 130)
        + "\n\n［担当者から］\n岐阜市福祉部生活福祉課\n「相談の敷居が下がりました。」",
        "― 2 ―",
    )
    + _leaflet_page(
        "一体的実施の事例紹介（令和４年度）",
        "ひとり親の就職を、保育の相談とセットで",
        "大垣市と岐阜労働局が平成三十年十月一日から運営する「おおがき仕事相談室」（常設窓口）"
        "には、ハローワーク大垣の就職支援ナビゲーターが週４日常駐しています。",
        _POINTS + "\n\n" + _results(150, 92)
        + "\n\n［担当者から］\nハローワーク大垣\n「保育所の空き状況を聞きながら求人を選べます。」",
        "― 3 ―",
    )
    + _leaflet_page(
        "一体的実施の事例紹介（令和４年度）",
        "やきものの町で、地元企業への就職を後押し",
        "多治見市と岐阜労働局が令和元年七月一日から運営する「たじみ就労ナビ」（一体的実施施設）"
        "では、ハローワーク多治見と市の相談員が並んで相談を受けています。",
        _POINTS + "\n\n" + _results(120, 70),
        "― 4 ―",
    )
    + "お問い合わせ\n\n最寄りのハローワークにお問い合わせください。\n\n"
    "※ 数値は令和５年４月末時点のものです。\n"
)
LEAFLET_FF_FACTS = [
    {"title": "予約なしで立ち寄れる、駅前の相談窓口", "municipality": "岐阜市",
     "prefecture": "岐阜県", "labour_bureau": "岐阜労働局", "hello_work": ("ハローワーク岐阜",),
     "facility_name": "ぎふ就労サポート", "facility_type": "一体的実施施設",
     "start_date": D(2020, 4, 1)},
    {"title": "ひとり親の就職を、保育の相談とセットで", "municipality": "大垣市",
     "prefecture": "岐阜県", "labour_bureau": "岐阜労働局", "hello_work": ("ハローワーク大垣",),
     "facility_name": "おおがき仕事相談室", "facility_type": "常設窓口",
     "start_date": D(2018, 10, 1)},
    {"title": "やきものの町で、地元企業への就職を後押し", "municipality": "多治見市",
     "prefecture": "岐阜県", "labour_bureau": "岐阜労働局", "hello_work": ("ハローワーク多治見",),
     "facility_name": "たじみ就労ナビ", "facility_type": "一体的実施施設",
     "start_date": D(2019, 7, 1)},
]

# 2. the facility named first: 「name」（kind）は、place と bureau が date に開設した…;
#    no running head
LEAFLET_FACILITY_FIRST = (
    "大分県内の一体的実施　取組紹介\n\f"
    + _leaflet_page(
        "",
        "ケースワーカーと一緒に、最初の一歩を",
        "「おおいたワークステーション」（常設窓口）は、大分市と大分労働局が平成29年7月3日に"
        "開設した窓口で、ハローワーク大分の職員が毎日相談に応じています。",
        "■ ここが工夫\n・初回の面談にケースワーカーが同席します。\n・求人は毎朝入れ替えます。\n\n"
        "■ 数字で見る成果\n・就職者数は145人でした。",
    )
    + _leaflet_page(
        "",
        "温泉のまちの観光求人を生かす",
        "「べっぷ就労支援コーナー」（一体的実施施設）は、別府市と大分労働局が令和2年4月1日に"
        "開設した窓口で、ハローワーク別府の相談員が常駐しています。",
        "■ ここが工夫\n・旅館や観光施設の求人を市と共有しています。\n\n"
        "■ 数字で見る成果\n・就職者数は98人でした。",
    )
)
LEAFLET_FACILITY_FIRST_FACTS = [
    {"title": "ケースワーカーと一緒に、最初の一歩を", "municipality": "大分市",
     "labour_bureau": "大分労働局", "start_date": D(2017, 7, 3)},
    {"title": "温泉のまちの観光求人を生かす", "municipality": "別府市",
     "labour_bureau": "大分労働局", "start_date": D(2020, 4, 1)},
]

# 3. no form feeds: pages parted by page numbers, a running head beside each of them
LEAFLET_PAGE_NUMBERS = """就労支援の取組事例集

鳥取県の一体的実施

－ 1 －

就労支援の取組事例集

駅から歩いて三分、通いやすい窓口で

鳥取県鳥取市では、鳥取労働局・ハローワーク鳥取と連携して、2017年10月2日に「とっとり就職相談室」（一体的実施施設）を開設しました。

＜取組＞
・市の生活福祉課の隣に窓口を置いています。
・履歴書の書き方講座を月２回開いています。

＜成果＞
・支援対象者数は180人、就職者数は101人でした。

－ 2 －

就労支援の取組事例集

商店街の空き店舗を相談の場に

鳥取県米子市では、鳥取労働局・ハローワーク米子と連携して、2019年4月1日に「よなご仕事サポート」（常設窓口）を開設しました。

＜取組＞
・商店街の空き店舗を借りて窓口にしています。

＜成果＞
・支援対象者数は120人、就職者数は66人でした。

－ 3 －
"""
LEAFLET_PAGE_NUMBERS_FACTS = [
    {"title": "駅から歩いて三分、通いやすい窓口で", "municipality": "鳥取市",
     "prefecture": "鳥取県", "start_date": D(2017, 10, 2)},
    {"title": "商店街の空き店舗を相談の場に", "municipality": "米子市",
     "prefecture": "鳥取県", "start_date": D(2019, 4, 1)},
]

# 4. the facts in a short paragraph of two sentences, and a running head with the page number
LEAFLET_TWO_SENTENCES = (
    "島根の一体的実施　２０２２\n\f"
    + _leaflet_page(
        "島根の一体的実施　２０２２",
        "病院の相談室とつながる就労支援",
        "「まつえ就労ナビ」は、松江市と島根労働局が平成27年4月1日に開設した一体的実施施設です。\n"
        "ハローワーク松江の就職支援ナビゲーターが週５日常駐しています。",
        "【取組内容】\n・市内の病院の相談室から紹介を受けています。\n\n"
        "【実績】\n・就職者数は88人でした。\n\n"
        "【声】\n松江市健康福祉部\n「退院後の生活まで見通した支援ができています。」",
    )
    + _leaflet_page(
        "島根の一体的実施　２０２２",
        "神話のまちの観光業と組む",
        "「いずも仕事相談室」は、出雲市と島根労働局が平成30年10月1日に開設した常設窓口です。\n"
        "ハローワーク出雲の相談員が市の福祉推進課と並んで相談を受けています。",
        "【取組内容】\n・観光施設の職場見学会を開いています。\n\n"
        "【実績】\n・就職者数は61人でした。",
    )
    + _leaflet_page(
        "島根の一体的実施　２０２２",
        "港町の水産加工業への就職",
        "「はまだ就労支援室」は、浜田市と島根労働局が令和元年7月1日に開設した一体的実施施設です。\n"
        "ハローワーク浜田の職員が市役所で相談を受けています。",
        "【取組内容】\n・水産加工会社の求人を優先して紹介しています。\n\n"
        "【実績】\n・就職者数は40人でした。",
    )
)
LEAFLET_TWO_SENTENCES_FACTS = [
    {"title": "病院の相談室とつながる就労支援", "municipality": "松江市",
     "labour_bureau": "島根労働局", "start_date": D(2015, 4, 1),
     "hello_work": ("ハローワーク松江",), "facility_name": "まつえ就労ナビ"},
    {"title": "神話のまちの観光業と組む", "municipality": "出雲市",
     "labour_bureau": "島根労働局", "start_date": D(2018, 10, 1),
     "hello_work": ("ハローワーク出雲",), "facility_name": "いずも仕事相談室"},
    {"title": "港町の水産加工業への就職", "municipality": "浜田市",
     "labour_bureau": "島根労働局", "start_date": D(2019, 7, 1),
     "hello_work": ("ハローワーク浜田",), "facility_name": "はまだ就労支援室"},
]

# 5. no headline: each page opens with the facts sentence right under the running head
LEAFLET_NO_HEADLINE = (
    "山口県　一体的実施の取組（令和３年度）\n\n表紙\n\f"
    + _leaflet_page(
        "山口県　一体的実施の取組（令和３年度）",
        "",
        "山口市と山口労働局は、令和元年10月1日から「やまぐち就労支援センター」（一体的実施施設）"
        "を運営しており、ハローワーク山口の相談員が常駐している。",
        "〔取組〕\n・市の生活困窮者の相談窓口と同じ階で相談を受けている。\n\n"
        "〔実績〕\n・就職者数は77人であった。",
        "2",
    )
    + _leaflet_page(
        "山口県　一体的実施の取組（令和３年度）",
        "",
        "下関市と山口労働局は、平成28年4月1日から「しものせき就職サポート」（常設窓口）"
        "を運営しており、ハローワーク下関の相談員が常駐している。",
        "〔取組〕\n・港湾関係の求人を市と共有している。\n\n"
        "〔実績〕\n・就職者数は93人であった。",
        "3",
    )
)
LEAFLET_NO_HEADLINE_FACTS = [
    {"title": None, "municipality": "山口市", "labour_bureau": "山口労働局",
     "hello_work": ("ハローワーク山口",), "facility_name": "やまぐち就労支援センター",
     "start_date": D(2019, 10, 1)},
    {"title": None, "municipality": "下関市", "labour_bureau": "山口労働局",
     "hello_work": ("ハローワーク下関",), "facility_name": "しものせき就職サポート",
     "start_date": D(2016, 4, 1)},
]

# 6. the holdout28 kind in another bureau: label and title in one box, a results box before the
#    label on the first slide, the header before the label on the second, a contents slide
DECK_LABEL_TITLE_BOX = """令和３年度
一体的実施　好事例集
愛知労働局

1
\f令和３年度 好事例                                        愛知労働局

掲載事例

  事例１  名古屋市（中村区）  ……………  3
  事例２  豊橋市              ……………  4
  事例３  岡崎市              ……………  5

2
\f令和３年度 好事例                                        愛知労働局

令和３年度 実績
項目             目標       実績
支援対象者数     400人      452人
就職者数         240人      266人

事例１
区役所の窓口に２つのハローワークが交代で

【愛知県名古屋市】【愛知労働局・ハローワーク名古屋中／ハローワーク名古屋南】
なかむら就労支援コーナー（一体的実施施設）平成29年4月3日事業開始

取組内容
・ 区の保護課のケースワーカーが初回面談に同席
・ 求人情報を毎朝更新

＜ハローワーク名古屋中＞
区役所の中にあることで、来所をためらう方が減った。
                                                                              3
\f令和３年度 好事例                                        愛知労働局

【愛知県豊橋市】【愛知労働局・ハローワーク豊橋】
とよはし仕事相談室（常設窓口）令和元年10月1日開設

事例２
外国人住民の多いまちで、通訳同席の相談

取組内容
・ ポルトガル語の通訳が週３日同席
・ 市の国際交流協会と連携

実績
就職者数
目標 120人
実績 131人

＜豊橋市コメント＞
言葉の壁で就職をあきらめていた方が相談に来るようになった。
                                                                              4
\f令和３年度 好事例                                        愛知労働局

事例３

【愛知県岡崎市】【愛知労働局・ハローワーク岡崎】
おかざき就労ナビ（一体的実施施設）平成27年10月1日事業開始

ものづくりの町で、職場見学から就職へ

項目             目標        実績
就職者数         150人以上   163人
令和３年度 事業目標と実績

取組内容
・ 自動車部品工場の職場見学会を年６回開催

＜岡崎市コメント＞
見学会の後の就職が増えた。
                                                                              5
"""
DECK_LABEL_TITLE_BOX_FACTS = [
    {"title": "区役所の窓口に2つのハローワークが交代で", "municipality": "名古屋市",
     "labour_bureau": "愛知労働局", "hello_work": ("ハローワーク名古屋中", "ハローワーク名古屋南"),
     "facility_name": "なかむら就労支援コーナー", "start_date": D(2017, 4, 3)},
    {"title": "外国人住民の多いまちで、通訳同席の相談", "municipality": "豊橋市",
     "labour_bureau": "愛知労働局", "hello_work": ("ハローワーク豊橋",),
     "facility_name": "とよはし仕事相談室", "start_date": D(2019, 10, 1)},
    {"title": "ものづくりの町で、職場見学から就職へ", "municipality": "岡崎市",
     "labour_bureau": "愛知労働局", "hello_work": ("ハローワーク岡崎",),
     "facility_name": "おかざき就労ナビ", "start_date": D(2015, 10, 1)},
]

# 7. bracketed labels 【事例２】 with the title in the same box, the comment box before the
#    sections, page numbers ``- n -`` at the bottom, no running head
DECK_BRACKET_LABELS = """静岡県の一体的実施
取組事例

- 1 -
\f＜浜松市コメント＞
外国人の方の相談が増えている。

【事例１】
通訳タブレットで多言語の相談に対応

【静岡県浜松市】【静岡労働局・ハローワーク浜松】
はままつ就労サポート（一体的実施施設）平成28年10月3日事業開始

取組内容
・ タブレットで６言語の通訳

- 2 -
\f【事例２】
港のまちで、水産加工の仕事を紹介

【静岡県沼津市】【静岡労働局・ハローワーク沼津】
ぬまづ仕事相談室（常設窓口）平成30年4月2日事業開始

取組内容
・ 水産加工会社の職場見学会

＜ハローワーク沼津コメント＞
市と一緒に企業を回るようになった。

- 3 -
\f【事例３】
製紙の町で、ひとり親の就職を応援

取組内容
・ 保育所の入所相談と同じ日に職業相談

【静岡県富士市】【静岡労働局・ハローワーク富士】
ふじ就労支援コーナー（一体的実施施設）令和2年7月1日事業開始

＜富士市コメント＞
保育と仕事の相談が一度に済むと好評である。

- 4 -
"""
DECK_BRACKET_LABELS_FACTS = [
    {"title": "通訳タブレットで多言語の相談に対応", "municipality": "浜松市",
     "start_date": D(2016, 10, 3)},
    {"title": "港のまちで、水産加工の仕事を紹介", "municipality": "沼津市",
     "start_date": D(2018, 4, 2)},
    {"title": "製紙の町で、ひとり親の就職を応援", "municipality": "富士市",
     "start_date": D(2020, 7, 1)},
]

# 8. a header strip 「place × bureau・HW」 above the label box on every slide, 取組事例n labels
DECK_STRIP_FIRST = """宮崎労働局　一体的実施の取組

1
\f宮崎市 × 宮崎労働局・ハローワーク宮崎
令和元年7月1日開設

取組事例1
市役所の１階で、福祉と仕事の相談を一度に

取組内容
・ 生活保護の窓口の隣に職業相談のブース

実績
就職者数　目標100人　実績112人

2
\f都城市 × 宮崎労働局・ハローワーク都城
平成29年10月2日開設

取組事例2
畜産の町の人手不足と結ぶ就労支援

取組内容
・ 畜産農家の求人を市と開拓

実績
就職者数　目標80人　実績85人

3
"""
DECK_STRIP_FIRST_FACTS = [
    {"title": "市役所の1階で、福祉と仕事の相談を一度に", "municipality": "宮崎市",
     "start_date": D(2019, 7, 1)},
    {"title": "畜産の町の人手不足と結ぶ就労支援", "municipality": "都城市",
     "start_date": D(2017, 10, 2)},
]

# 9. a report (no deck) with a contents list of its labels: the contents open no case
CONTENTS_LIST = """令和２年度　一体的実施事例集
和歌山労働局

目次
　事例１　和歌山市　……………………　２
　事例２　田辺市　　……………………　４

事例１
県都の駅前で、若者の就職を支える
【和歌山県和歌山市】【和歌山労働局・ハローワーク和歌山】
わかやま就労支援室（一体的実施施設）平成28年4月1日事業開始

取組内容
・ 駅前の商業ビルに窓口を置いた。

事業目標と実績
就職者数\t目標150人\t実績160人

事例２
梅の町で、季節の仕事から通年の仕事へ
【和歌山県田辺市】【和歌山労働局・ハローワーク田辺】
たなべ仕事サポート（常設窓口）令和元年10月1日事業開始

取組内容
・ 梅の収穫期の求人から通年の求人へつないだ。

事業目標と実績
就職者数\t目標60人\t実績66人
"""
CONTENTS_LIST_FACTS = [
    {"title": "県都の駅前で、若者の就職を支える", "municipality": "和歌山市",
     "start_date": D(2016, 4, 1)},
    {"title": "梅の町で、季節の仕事から通年の仕事へ", "municipality": "田辺市",
     "start_date": D(2019, 10, 1)},
]

# 10. an introduction page listing every place with its partners (a partner-line list) before
#     leaflet pages opened by a headline and a facts sentence
LEAFLET_PARTNER_INTRO = (
    "長崎の一体的実施\n\n紹介する取組\n"
    "長崎市 × 長崎労働局・ハローワーク長崎\n佐世保市 × 長崎労働局・ハローワーク佐世保\n\f"
    + _leaflet_page(
        "長崎の一体的実施",
        "坂の町で、出張相談を重ねて",
        "長崎市と長崎労働局が平成27年10月1日から運営する「ながさき就労サポート」"
        "（一体的実施施設）には、ハローワーク長崎の職員が常駐しています。",
        "◆取組のポイント\n・高台の地区に月２回出張しています。\n\n"
        "◆実績\n・就職者数は133人でした。",
    )
    + _leaflet_page(
        "長崎の一体的実施",
        "造船所の町の求人を生かして",
        "佐世保市と長崎労働局が令和2年4月1日から運営する「させぼ仕事相談室」"
        "（常設窓口）には、ハローワーク佐世保の職員が常駐しています。",
        "◆取組のポイント\n・造船関連の求人を市と共有しています。\n\n"
        "◆実績\n・就職者数は71人でした。",
    )
)
LEAFLET_PARTNER_INTRO_FACTS = [
    {"title": "坂の町で、出張相談を重ねて", "municipality": "長崎市",
     "labour_bureau": "長崎労働局", "start_date": D(2015, 10, 1)},
    {"title": "造船所の町の求人を生かして", "municipality": "佐世保市",
     "labour_bureau": "長崎労働局", "start_date": D(2020, 4, 1)},
]

# 11. Gregorian dates, ＜…＞ section heads, a back page of notes with its own date
LEAFLET_GREGORIAN = (
    "福井県　就労支援の現場から　2023\n\f"
    + _leaflet_page(
        "就労支援の現場から（2023）",
        "恐竜の町で、子育て中の人の就職を",
        "福井市と福井労働局が2019年10月1日から共同で運営する「ふくい就労支援室」（常設窓口）には、"
        "ハローワーク福井の就職支援ナビゲーターが常駐しています。",
        "＜ポイント＞\n・保育園の送迎時間に合わせた相談枠を設けています。\n\n"
        "＜成果＞\n・就職者数は90人でした。\n\n"
        "＜声＞\n福井市福祉保健部\n「子育て中の方の来所が増えました。」",
    )
    + _leaflet_page(
        "就労支援の現場から（2023）",
        "原子力の町の廃炉関連の求人を",
        "敦賀市と福井労働局が2016年4月1日から共同で運営する「つるが仕事相談室」（一体的実施施設）"
        "には、ハローワーク敦賀の就職支援ナビゲーターが常駐しています。",
        "＜ポイント＞\n・廃炉作業の関連求人を市と共有しています。\n\n"
        "＜成果＞\n・就職者数は52人でした。",
    )
    + "お問い合わせ先\n福井労働局職業安定部職業対策課\n※ 数値は2024年3月末時点です。\n"
)
LEAFLET_GREGORIAN_FACTS = [
    {"title": "恐竜の町で、子育て中の人の就職を", "municipality": "福井市",
     "labour_bureau": "福井労働局", "hello_work": ("ハローワーク福井",),
     "facility_type": "常設窓口", "start_date": D(2019, 10, 1)},
    {"title": "原子力の町の廃炉関連の求人を", "municipality": "敦賀市",
     "labour_bureau": "福井労働局", "hello_work": ("ハローワーク敦賀",),
     "facility_type": "一体的実施施設", "start_date": D(2016, 4, 1)},
]

# 12. the results box before the label on every slide, 事例n with its title in one box
DECK_RESULTS_FIRST = """徳島労働局
一体的実施の取組紹介

1
\f徳島県の取組　　　　　　　　　　　　　　　　　　　　徳島労働局

実績（令和４年度）
項目             目標       実績
就職者数         130人      141人

事例１
眉山のふもとで、ひとり親の就職を支える

【徳島県徳島市】【徳島労働局・ハローワーク徳島】
とくしま就労ナビ（一体的実施施設）平成30年4月2日事業開始

取組内容
・ 児童扶養手当の窓口の隣に相談ブースを置いた

2
\f徳島県の取組　　　　　　　　　　　　　　　　　　　　徳島労働局

実績（令和４年度）
項目             目標       実績
就職者数         50人       57人

事例２
渦潮の町で、観光業の求人をつなぐ

【徳島県鳴門市】【徳島労働局・ハローワーク鳴門】
なると仕事相談室（常設窓口）令和2年10月1日事業開始

取組内容
・ 観光施設の求人を市と開拓した

3
"""
DECK_RESULTS_FIRST_FACTS = [
    {"title": "眉山のふもとで、ひとり親の就職を支える", "municipality": "徳島市",
     "start_date": D(2018, 4, 2)},
    {"title": "渦潮の町で、観光業の求人をつなぐ", "municipality": "鳴門市",
     "start_date": D(2020, 10, 1)},
]

# 13. a leaflet of one case a page whose intro page names every facility in a sentence with
#     its bureau (an overview sentence is no case), pages opened by 「…」 headlines
LEAFLET_OVERVIEW_SENTENCE = (
    "岩手県の一体的実施\n\f"
    "はじめに\n\n"
    "　岩手県では、盛岡市と岩手労働局、一関市と岩手労働局がそれぞれ窓口を運営しています。"
    "本紙ではその二つを紹介します。\n\f"
    + _leaflet_page(
        "岩手県の一体的実施",
        "「話してみよう」から始まる就職",
        "盛岡市と岩手労働局が平成28年10月3日から運営する「もりおか就労支援室」（一体的実施施設）"
        "では、ハローワーク盛岡の相談員が相談を受けています。",
        "［ポイント］\n・初回の面談に市の相談員が同席します。\n\n"
        "［成果］\n・就職者数は102人でした。",
    )
    + _leaflet_page(
        "岩手県の一体的実施",
        "「農業から介護へ」の転職を支える",
        "一関市と岩手労働局が令和3年4月1日から運営する「いちのせき仕事ナビ」（常設窓口）"
        "では、ハローワーク一関の相談員が相談を受けています。",
        "［ポイント］\n・介護事業所の見学会を開いています。\n\n"
        "［成果］\n・就職者数は44人でした。",
    )
)
LEAFLET_OVERVIEW_SENTENCE_FACTS = [
    {"title": "「話してみよう」から始まる就職", "municipality": "盛岡市",
     "labour_bureau": "岩手労働局", "start_date": D(2016, 10, 3)},
    {"title": "「農業から介護へ」の転職を支える", "municipality": "一関市",
     "labour_bureau": "岩手労働局", "start_date": D(2021, 4, 1)},
]

# 14. each case over two pages: the second page (results, comments) opens no case and belongs
#     to the case of the page before; a back page of notes belongs to none
LEAFLET_TWO_PAGES = (
    "和歌山県の一体的実施\n\f"
    + _leaflet_page(
        "和歌山県の一体的実施",
        "県都の駅前で、若者の就職を支える",
        "和歌山市と和歌山労働局が平成28年4月1日から運営する「わかやま就労支援室」（一体的実施施設）"
        "では、ハローワーク和歌山の相談員が常駐しています。",
        "［取組のポイント］\n・駅前の商業ビルに窓口を置いています。\n・夜７時まで相談を受けています。",
        "― 1 ―",
    )
    + _leaflet_page(
        "和歌山県の一体的実施",
        "",
        "",
        _results(160, 101) + "\n\n［担当者から］\n和歌山市福祉局\n「若い方の来所が増えました。」",
        "― 2 ―",
    )
    + _leaflet_page(
        "和歌山県の一体的実施",
        "梅の町で、季節の仕事から通年の仕事へ",
        "田辺市と和歌山労働局が令和元年10月1日から運営する「たなべ仕事サポート」（常設窓口）"
        "では、ハローワーク田辺の相談員が常駐しています。",
        "［取組のポイント］\n・梅の収穫期の求人から通年の求人へつないでいます。",
        "― 3 ―",
    )
    + _leaflet_page(
        "和歌山県の一体的実施",
        "",
        "",
        _results(70, 41)
        + "\n\n［担当者から］\nハローワーク田辺\n「季節の仕事の後も続けて相談に来られます。」",
        "― 4 ―",
    )
    + "お問い合わせ\n\n和歌山労働局職業安定部職業対策課\n"
)
LEAFLET_TWO_PAGES_FACTS = [
    {"title": "県都の駅前で、若者の就職を支える", "municipality": "和歌山市",
     "labour_bureau": "和歌山労働局", "hello_work": ("ハローワーク和歌山",),
     "start_date": D(2016, 4, 1),
     "comments": [("和歌山市福祉局", "municipality", "若い方の来所が増えました。")]},
    {"title": "梅の町で、季節の仕事から通年の仕事へ", "municipality": "田辺市",
     "labour_bureau": "和歌山労働局", "hello_work": ("ハローワーク田辺",),
     "start_date": D(2019, 10, 1),
     "comments": [("ハローワーク田辺", "hello_work", "季節の仕事の後も続けて相談に来られます。")]},
]

# 15. an overview page whose sentence names one place and its bureau, followed by a heading:
#     the national overview is no case (it names no facility and the pages after it open the
#     cases); here it names 高松市 as the host of a meeting, under ［概要］
LEAFLET_OVERVIEW_HEADING = (
    "香川県の一体的実施（令和２年度）\n\f"
    + _leaflet_page(
        "",
        "この冊子について",
        "本冊子は、高松市で開かれた香川労働局の会議の資料をもとに、県内の取組をまとめたものです。",
        "［概要］\n県内では二つの窓口が運営されています。",
    )
    + _leaflet_page(
        "",
        "港の見える窓口で、就職の相談を",
        "高松市と香川労働局が平成29年4月3日から運営する「たかまつ就労ナビ」（一体的実施施設）"
        "では、ハローワーク高松の相談員が常駐しています。",
        "［取組のポイント］\n・フェリー通勤の求人も紹介しています。\n\n" + _results(140, 80),
    )
    + _leaflet_page(
        "",
        "うどんの町で、飲食業への就職を後押し",
        "丸亀市と香川労働局が令和2年4月1日から運営する「まるがめ仕事相談室」（常設窓口）"
        "では、ハローワーク丸亀の相談員が常駐しています。",
        "［取組のポイント］\n・飲食店の求人を市と開拓しています。\n\n" + _results(90, 50),
    )
)
LEAFLET_OVERVIEW_HEADING_FACTS = [
    {"title": "港の見える窓口で、就職の相談を", "municipality": "高松市",
     "labour_bureau": "香川労働局", "start_date": D(2017, 4, 3)},
    {"title": "うどんの町で、飲食業への就職を後押し", "municipality": "丸亀市",
     "labour_bureau": "香川労働局", "start_date": D(2020, 4, 1)},
]

# 16. a report of pages (no deck) whose label and title share a box: the comments of case 2 run
#     over onto the page of case 3, above its label — they stay case 2's
REPORT_COMMENTS_OVER_PAGE = """一体的実施の取組事例集（四国ブロック）

\f一体的実施の取組事例集（四国ブロック）

事例１
市役所の１階で、相談から紹介まで

【愛媛県松山市】【愛媛労働局・ハローワーク松山】
まつやま就労支援室（一体的実施施設）平成27年4月1日事業開始

■取組内容
○市の保護課と毎週打合せを行う。

■実績
就職者数\t目標150人\t実績163人

■関係者の声
【松山市保護課】
相談の流れが速くなった。

－ １ －

\f一体的実施の取組事例集（四国ブロック）

事例２
商店街の中の相談窓口

【愛媛県今治市】【愛媛労働局・ハローワーク今治】
いまばり仕事サポート（常設窓口）平成29年10月2日事業開始

■取組内容
○商店街の空き店舗で相談を受ける。

■実績
就職者数\t目標60人\t実績66人

－ ２ －

\f一体的実施の取組事例集（四国ブロック）

■関係者の声
【今治市福祉課】
買い物のついでに相談に来る方が増えた。

事例３
造船の町で、ものづくりの仕事へ

【愛媛県新居浜市】【愛媛労働局・ハローワーク新居浜】
にいはま就労ナビ（一体的実施施設）令和元年7月1日事業開始

■取組内容
○工場見学会を年４回開く。

■実績
就職者数\t目標80人\t実績85人

－ ３ －
"""
REPORT_COMMENTS_OVER_PAGE_FACTS = [
    {"title": "市役所の1階で、相談から紹介まで", "municipality": "松山市",
     "start_date": D(2015, 4, 1),
     "comments": [("松山市保護課", "municipality", "相談の流れが速くなった。")]},
    {"title": "商店街の中の相談窓口", "municipality": "今治市", "start_date": D(2017, 10, 2),
     "comments": [("今治市福祉課", "municipality", "買い物のついでに相談に来る方が増えた。")]},
    {"title": "造船の町で、ものづくりの仕事へ", "municipality": "新居浜市",
     "start_date": D(2019, 7, 1), "comments": []},
]

# 17. a cover whose title stands over a bracketed results year (a results heading to the case
#     rules), then the publisher, a contents list of places and an introduction: no case
COVER_RESULTS_YEAR = """生活保護受給者等就労自立促進事業

好　事　例　集

（令和元年度実績）


令和２年１０月
九州ブロック労働局


目　　次

福岡県久留米市 ……………………………… １
佐賀県唐津市 ………………………………… ２

はじめに

　本事例集は、令和元年度の取組のうち、他の地域の参考となるものをまとめたものです。

－ １ －

【福岡県久留米市】【福岡労働局・ハローワーク久留米】
くるめ就労支援コーナー（一体的実施施設）平成27年10月1日事業開始

ひとり親の就職を、保育の相談と一緒に

■取組の内容
・保育所の入所相談と同じ日に職業相談を受ける。

■令和元年度の目標と実績
区分\t目標\t実績
就職者数\t120人\t131人

【久留米市の声】
保育と仕事の相談が一度に済むと好評である。

－ ２ －

【佐賀県唐津市】【佐賀労働局・ハローワーク唐津】
からつ仕事相談室（常設窓口）令和元年7月1日事業開始

港町で、水産加工の仕事を紹介

■取組の内容
・水産加工会社の職場見学会を開く。

■令和元年度の目標と実績
区分\t目標\t実績
就職者数\t50人\t58人
"""
COVER_RESULTS_YEAR_FACTS = [
    {"title": "ひとり親の就職を、保育の相談と一緒に", "municipality": "久留米市",
     "prefecture": "福岡県", "start_date": D(2015, 10, 1), "fiscal_year": 2019},
    {"title": "港町で、水産加工の仕事を紹介", "municipality": "唐津市", "prefecture": "佐賀県",
     "start_date": D(2019, 7, 1), "fiscal_year": 2019},
]

# 18. not a cover: the first case opens with a headline over its results heading and has no
#     header, but its results table states figures — it stays a case
HEADLINE_RESULTS_FIRST = """駅前の窓口で、若者の就職を支える

（令和２年度実績）
区分\t目標\t実績
就職者数\t90人\t97人

■取組の内容
・駅前の商業ビルに窓口を置いた。

【青森県八戸市】【青森労働局・ハローワーク八戸】
はちのへ就労支援室（一体的実施施設）平成28年10月3日事業開始

港の町で、水産加工の仕事を紹介

■取組の内容
・水産加工会社の求人を紹介する。

■令和２年度の目標と実績
区分\t目標\t実績
就職者数\t60人\t64人
"""
HEADLINE_RESULTS_FIRST_FACTS = [
    {"title": "駅前の窓口で、若者の就職を支える", "fiscal_year": 2020},
    {"title": "港の町で、水産加工の仕事を紹介", "municipality": "八戸市",
     "start_date": D(2016, 10, 3), "fiscal_year": 2020},
]

# 19. a web page copied as text: no form feeds, no page numbers; each case a headline, a facts
#     sentence and its sections; the site's menu above and its footer below
WEB_PAGE_FLOW = """ホーム ＞ 雇用・労働 ＞ 就労支援 ＞ 一体的実施の取組

一体的実施の取組（栃木県）

市役所の中で、仕事の相談までひと続きに

宇都宮市と栃木労働局が平成28年4月1日から運営する「うつのみや就労サポート」（一体的実施施設）では、ハローワーク宇都宮の就職支援ナビゲーターが常駐しています。

取組内容
・生活保護の窓口から、その日のうちに職業相談へ案内しています。
・週１回、市とハローワークで支援の方針を確認しています。

実績
・就職者数は142人でした。

温泉地の旅館と組んだ就労支援

日光市と栃木労働局が令和元年10月1日から運営する「にっこう仕事相談室」（常設窓口）では、ハローワーク日光の相談員が市の福祉課の隣で相談を受けています。

取組内容
・旅館やホテルの求人を市と一緒に開拓しています。

実績
・就職者数は58人でした。

このページの担当：栃木労働局職業安定部職業対策課
"""
WEB_PAGE_FLOW_FACTS = [
    {"title": "市役所の中で、仕事の相談までひと続きに", "municipality": "宇都宮市",
     "labour_bureau": "栃木労働局", "hello_work": ("ハローワーク宇都宮",),
     "facility_name": "うつのみや就労サポート", "start_date": D(2016, 4, 1)},
    {"title": "温泉地の旅館と組んだ就労支援", "municipality": "日光市",
     "labour_bureau": "栃木労働局", "hello_work": ("ハローワーク日光",),
     "facility_name": "にっこう仕事相談室", "start_date": D(2019, 10, 1)},
]

# 20. not two cases: one case whose body names a neighbouring city's window in a facts-like
#     sentence before its results heading (another heading than the case's opening one)
FLOW_NEIGHBOUR_NOTE = """富山県の一体的実施

市役所１階で、相談から紹介まで

富山市と富山労働局が平成27年10月1日から運営する「とやま就労支援室」（一体的実施施設）では、ハローワーク富山の相談員が常駐しています。

取組内容
・市の生活福祉課と毎週、支援の方針を確認しています。

なお、隣の高岡市でも富山労働局が平成30年4月2日から「たかおか仕事相談室」（常設窓口）を運営しています。

実績
・就職者数は120人でした。
"""
FLOW_NEIGHBOUR_NOTE_FACTS = [
    {"title": "市役所1階で、相談から紹介まで", "municipality": "富山市",
     "labour_bureau": "富山労働局", "start_date": D(2015, 10, 1)},
]

# 21. a 政令市's leaflet: each page a ward's window, the place written city + ward
LEAFLET_WARDS = (
    "さっぽろの一体的実施\n\f"
    + _leaflet_page(
        "さっぽろの一体的実施",
        "区役所の保護課と同じフロアで",
        "札幌市北区と北海道労働局が平成25年10月1日から運営する「きたく就労サポート」"
        "（一体的実施施設）では、ハローワーク札幌北の相談員が常駐しています。",
        _POINTS + "\n\n" + _results(300, 180),
        "2",
    )
    + _leaflet_page(
        "さっぽろの一体的実施",
        "地下鉄の駅から歩いてすぐの窓口",
        "札幌市白石区と北海道労働局が平成29年4月3日から運営する「しろいし仕事相談室」"
        "（常設窓口）では、ハローワーク札幌東の相談員が常駐しています。",
        _POINTS + "\n\n" + _results(200, 120),
        "3",
    )
)
LEAFLET_WARDS_FACTS = [
    {"title": "区役所の保護課と同じフロアで", "municipality": "札幌市北区",
     "labour_bureau": "北海道労働局", "hello_work": ("ハローワーク札幌北",),
     "start_date": D(2013, 10, 1)},
    {"title": "地下鉄の駅から歩いてすぐの窓口", "municipality": "札幌市白石区",
     "labour_bureau": "北海道労働局", "hello_work": ("ハローワーク札幌東",),
     "start_date": D(2017, 4, 3)},
]

# 22. a deck parted by bare slide numbers only (no form feeds): each slide's header strip box
#     before its label box, the label box holding the label and a title ending in ！
DECK_NUMBERS_ONLY = """群馬県の一体的実施　事例紹介

1

【群馬県前橋市】【群馬労働局・ハローワーク前橋】
まえばし就労ナビ（一体的実施施設）平成28年4月1日事業開始

事例１
市役所で、福祉と仕事の相談がひとつに！

取組内容
・ 生活保護の窓口の隣に職業相談のブース

実績
就職者数　目標110人　実績121人

2

【群馬県高崎市】【群馬労働局・ハローワーク高崎】
たかさき仕事相談室（常設窓口）令和元年10月1日事業開始

事例２
駅前の窓口で、夜７時まで相談！

取組内容
・ 平日は夜７時まで相談を受ける

実績
就職者数　目標90人　実績96人

3
"""
DECK_NUMBERS_ONLY_FACTS = [
    {"title": "市役所で、福祉と仕事の相談がひとつに!", "municipality": "前橋市",
     "hello_work": ("ハローワーク前橋",), "start_date": D(2016, 4, 1)},
    {"title": "駅前の窓口で、夜7時まで相談!", "municipality": "高崎市",
     "hello_work": ("ハローワーク高崎",), "start_date": D(2019, 10, 1)},
]

# 23. a deck whose label box opens with the label AND the place (事例１　新潟県新潟市) over the
#     title, the results box before it on every slide
DECK_LABEL_PLACE = """令和２年度　一体的実施　好事例
新潟労働局

1
\f令和２年度 好事例                                        新潟労働局

令和２年度 実績
項目             目標       実績
就職者数         240人      266人

事例１　新潟県新潟市
駅前のビルで、平日の夜も相談を

【新潟県新潟市】【新潟労働局・ハローワーク新潟】
にいがた就労支援コーナー（一体的実施施設）平成28年10月3日事業開始

取組内容
・ 平日は夜７時まで相談を受ける

＜新潟市コメント＞
仕事帰りの相談が増えた。
                                                                              2
\f令和２年度 好事例                                        新潟労働局

令和２年度 実績
項目             目標       実績
就職者数         100人      108人

事例２　新潟県上越市
雪の季節の前に、仕事探しを

【新潟県上越市】【新潟労働局・ハローワーク上越】
じょうえつ仕事相談室（常設窓口）令和元年7月1日事業開始

取組内容
・ 10月に集中相談週間を設ける

＜ハローワーク上越コメント＞
冬の前の就職が増えた。
                                                                              3
"""
DECK_LABEL_PLACE_FACTS = [
    {"title": "駅前のビルで、平日の夜も相談を", "municipality": "新潟市",
     "start_date": D(2016, 10, 3),
     "metrics": [("就職者数", None, P(240), P(266), None)]},
    {"title": "雪の季節の前に、仕事探しを", "municipality": "上越市",
     "start_date": D(2019, 7, 1),
     "metrics": [("就職者数", None, P(100), P(108), None)]},
]

DOCUMENTS: dict[str, tuple[str, list[dict[str, object]]]] = {
    "deck_label_place": (DECK_LABEL_PLACE, DECK_LABEL_PLACE_FACTS),
    "leaflet_wards": (LEAFLET_WARDS, LEAFLET_WARDS_FACTS),
    "deck_numbers_only": (DECK_NUMBERS_ONLY, DECK_NUMBERS_ONLY_FACTS),
    "web_page_flow": (WEB_PAGE_FLOW, WEB_PAGE_FLOW_FACTS),
    "flow_neighbour_note": (FLOW_NEIGHBOUR_NOTE, FLOW_NEIGHBOUR_NOTE_FACTS),
    "cover_results_year": (COVER_RESULTS_YEAR, COVER_RESULTS_YEAR_FACTS),
    "headline_results_first": (HEADLINE_RESULTS_FIRST, HEADLINE_RESULTS_FIRST_FACTS),
    "report_comments_over_page": (REPORT_COMMENTS_OVER_PAGE, REPORT_COMMENTS_OVER_PAGE_FACTS),
    "leaflet_two_pages": (LEAFLET_TWO_PAGES, LEAFLET_TWO_PAGES_FACTS),
    "leaflet_overview_heading": (LEAFLET_OVERVIEW_HEADING, LEAFLET_OVERVIEW_HEADING_FACTS),
    "leaflet_ff": (LEAFLET_FF, LEAFLET_FF_FACTS),
    "leaflet_facility_first": (LEAFLET_FACILITY_FIRST, LEAFLET_FACILITY_FIRST_FACTS),
    "leaflet_page_numbers": (LEAFLET_PAGE_NUMBERS, LEAFLET_PAGE_NUMBERS_FACTS),
    "leaflet_two_sentences": (LEAFLET_TWO_SENTENCES, LEAFLET_TWO_SENTENCES_FACTS),
    "leaflet_no_headline": (LEAFLET_NO_HEADLINE, LEAFLET_NO_HEADLINE_FACTS),
    "deck_label_title_box": (DECK_LABEL_TITLE_BOX, DECK_LABEL_TITLE_BOX_FACTS),
    "deck_bracket_labels": (DECK_BRACKET_LABELS, DECK_BRACKET_LABELS_FACTS),
    "deck_strip_first": (DECK_STRIP_FIRST, DECK_STRIP_FIRST_FACTS),
    "contents_list": (CONTENTS_LIST, CONTENTS_LIST_FACTS),
    "leaflet_partner_intro": (LEAFLET_PARTNER_INTRO, LEAFLET_PARTNER_INTRO_FACTS),
    "leaflet_gregorian": (LEAFLET_GREGORIAN, LEAFLET_GREGORIAN_FACTS),
    "deck_results_first": (DECK_RESULTS_FIRST, DECK_RESULTS_FIRST_FACTS),
    "leaflet_overview_sentence": (LEAFLET_OVERVIEW_SENTENCE, LEAFLET_OVERVIEW_SENTENCE_FACTS),
}

#: documents whose profile count is still wrong, with the reason
COUNT_GAPS: dict[str, str] = {}  # (deck_label_place: read since decision 1870, branch seg7)
#: documents whose count is right but some key fact is still wrong, with the reason
FACT_GAPS: dict[str, str] = {}


test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, {**COUNT_GAPS, **FACT_GAPS}, COUNT_GAPS
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("八戸市と青森労働局が平成二十八年十月三日から運営する「はちのへ就労ナビ」（一体的実施施設）"
         "には、ハローワーク八戸の就職支援ナビゲーターが常駐しています。", True),
        ("「おおいたワークステーション」（常設窓口）は、大分市と大分労働局が開設した窓口です。",
         True),
        ("鳥取県鳥取市では、鳥取労働局・ハローワーク鳥取と連携して、2017年10月2日に開設しました。",
         True),
        # two places: an introduction naming every case
        ("盛岡市と岩手労働局、一関市と岩手労働局がそれぞれ窓口を運営しています。", False),
        # one place and a bureau, but no kind and no date: a sentence about a meeting
        ("本冊子は、高松市で開かれた香川労働局の会議の資料をもとにまとめたものです。", False),
        # no bureau and no office
        ("岐阜市では、令和２年４月１日に「ぎふ就労サポート」（一体的実施施設）を開設しました。",
         False),
    ],
)
def test_facts_paragraph(text: str, expected: bool) -> None:
    from jirei.normalise import normalise
    from jirei.pagecases import is_facts_paragraph

    assert is_facts_paragraph(normalise(text).text) is expected
