"""Case starts in layouts no label table lists: lines repeating one template (a lead word
or mark, maybe a number, and a place) at intervals with case material between
(``jirei.templatelabels``, decisions 1120–1123).

Each document below is written by hand as another office might write it; the expected
facts are written by hand from the reading rules, never printed from the parser.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.normalise import normalise
from jirei.templatelabels import template_leads


def _body(initiative: str, target: int, actual: int, speaker: str, said: str) -> str:
    return (
        "【取組内容】\n"
        f"・{initiative}\n"
        "・就職後も定期的に連絡をとり、職場への定着を支えている。\n\n"
        "【実績】\n"
        "\t目標\t実績\n"
        f"支援対象者数\t{target}人\t{actual}人\n\n"
        "【関係者の声】\n"
        f"○{speaker}：{said}\n\n"
    )


# 1. ``訪問記１　山形県鶴岡市`` over a headline; a page number and a running head between.
VISITS = (
    "ハローワークと市の連携　訪問記\n\n"
    "訪問記１　山形県鶴岡市\n"
    "朝のミーティングで支援の段取りをそろえる\n\n"
    + _body(
        "毎朝ケースワーカーと相談員が来所予定者を確認する。",
        120, 131,
        "鶴岡市福祉課",
        "顔を合わせる機会が増えた。",
    )
    + "－１－\n\n"
    "訪問記２　秋田県横手市\n"
    "雪の季節も出張相談を欠かさない\n\n"
    + _body(
        "冬季は支所に出向いて相談会を開いている。",
        60, 64,
        "ハローワーク横手",
        "遠方の方にも会えるようになった。",
    )
    + "－２－\n\n"
    "訪問記３　岩手県花巻市\n"
    "温泉旅館の求人を短時間から紹介\n\n"
    + _body(
        "旅館と相談して短時間の求人を開拓した。",
        80, 85,
        "花巻市生活福祉課",
        "最初の一歩が踏み出しやすくなった。",
    )
)

# 2. ``座談会　その一　長野県松本市``: kanji numerals, a place whose name starts with one.
ROUND_TABLE = (
    "令和二年度　座談会記録\n\n"
    "座談会　その一　長野県松本市\n"
    "ケース会議を毎週に\n\n"
    + _body(
        "ケース会議を毎週木曜日に開いている。",
        200, 214,
        "松本市生活支援課",
        "支援に入るまでが早くなった。",
    )
    + "座談会　その二　新潟県三条市\n"
    "工場見学から始める就職支援\n\n"
    + _body(
        "地元の工場で見学会を年十二回開いている。",
        40, 43,
        "ハローワーク三条",
        "応募の迷いが少なくなった。",
    )
)

# 3. ``━━━`` banners with ``■視察先　place``; an addressee and an itinerary naming the
#    report's own city before the cases.
INSPECTION = (
    "岐阜県大垣市議会議長　様\n\n"
    "行政視察報告書\n\n"
    "◎日程\n"
    "　５月１０日　高知県高知市\n"
    "　５月１１日　愛媛県松山市\n\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "■視察先　高知県高知市\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "市役所の隣に相談窓口を構える\n\n"
    + _body(
        "福祉事務所の職員が相談者を窓口まで案内する。",
        150, 162,
        "高知市福祉管理課",
        "待たせずにつなげるようになった。",
    )
    + "━━━━━━━━━━━━━━━━━━━━\n"
    "■視察先　愛媛県松山市\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "ひとり親の相談を夕方まで\n\n"
    + _body(
        "平日は午後七時まで相談を受け付けている。",
        90, 97,
        "ハローワーク松山",
        "仕事帰りの相談が増えた。",
    )
)

# 4. ``レポート①　石川県金沢市`` (a circled number) with the place's prefecture.
REPORTS = (
    "北陸の一体的実施　取組レポート\n\n"
    "レポート①　石川県金沢市\n"
    "駅前の窓口で若者の相談を\n\n"
    + _body(
        "駅前の出張窓口で若者の相談を受けている。",
        100, 108,
        "金沢市生活支援課",
        "若い方の来所が増えた。",
    )
    + "レポート②　富山県高岡市\n"
    "ものづくり企業と合同面接会\n\n"
    + _body(
        "地元の企業と合同面接会を開いた。",
        70, 75,
        "ハローワーク高岡",
        "企業の理解が深まった。",
    )
    + "レポート③　福井県坂井市\n"
    "三者面談で本人の希望を確かめる\n\n"
    + _body(
        "初回は三者面談で希望を確かめる。",
        50, 52,
        "坂井市福祉総務課",
        "本人の希望に沿った紹介ができた。",
    )
)

# 5. A table of contents lists the cases with the same template before them.
CONTENTS = (
    "もくじ\n"
    "取材メモＡ　徳島県徳島市\n"
    "取材メモＢ　香川県高松市\n\n"
    "取材メモＡ　徳島県徳島市\n"
    "市の窓口にナビゲーターが常駐\n\n"
    + _body(
        "ナビゲーターが市の窓口に常駐している。",
        110, 118,
        "徳島市生活福祉第一課",
        "相談のつなぎが早くなった。",
    )
    + "取材メモＢ　香川県高松市\n"
    "児童扶養手当の窓口で仕事の相談も\n\n"
    + _body(
        "手当の手続きの日に職業相談を案内する。",
        65, 70,
        "ハローワーク高松",
        "手続きの日に相談が受けられる。",
    )
)

# 6. ``第一回訪問先　岡山県倉敷市``: kanji ordinal inside the lead; a closing contact.
ORDINALS = (
    "第一回訪問先　岡山県倉敷市\n"
    "美観地区の観光求人を紹介\n\n"
    + _body(
        "観光の求人を短時間から紹介している。",
        130, 140,
        "倉敷市生活福祉課",
        "働き始めやすくなった。",
    )
    + "第二回訪問先　広島県福山市\n"
    "造船と繊維の企業と連携\n\n"
    + _body(
        "造船と繊維の企業に職場見学を依頼した。",
        95, 99,
        "ハローワーク福山",
        "見学のあとの応募が増えた。",
    )
    + "お問い合わせ先：岡山労働局職業対策課\n"
)

# 7. Gregorian / ``H27.10.1`` dates under a template with no number (``現地ルポ　place``).
REPORTAGE = (
    "現地ルポ　鹿児島県鹿屋市\n"
    "基地の町で子育て中の方を支える\n\n"
    + _body(
        "保育所の送迎時間に合わせた求人を開拓した。",
        45, 48,
        "鹿屋市保健福祉課",
        "送迎と両立できる仕事が見つかった。",
    )
    + "現地ルポ　宮崎県都城市\n"
    "畜産の現場に就職をつなぐ\n\n"
    + _body(
        "畜産の事業所と見学会を開いた。",
        55, 61,
        "ハローワーク都城",
        "現場を見て決める方が多い。",
    )
)

# 8. ``ケーススタディ（１）　place``; a page break with a running head and a page number
#    inside the first case.
STUDIES = (
    "ケーススタディ（１）　北海道函館市\n"
    "港の求人をひとり親の就職に\n\n"
    "【取組内容】\n"
    "・水産加工の事業所と短時間の求人を相談した。\n"
    "\f道南の一体的実施\n"
    "－３－\n"
    "・就職後も定期的に連絡をとり、職場への定着を支えている。\n\n"
    "【実績】\n"
    "\t目標\t実績\n"
    "支援対象者数\t75人\t81人\n\n"
    "【関係者の声】\n"
    "○函館市生活支援課：港の仕事を知ってもらえた。\n\n"
    "\f道南の一体的実施\n"
    "－４－\n"
    "ケーススタディ（２）　北海道北斗市\n"
    "新幹線の駅前で相談会\n\n"
    + _body(
        "駅前の交流施設で月二回の相談会を開いた。",
        30, 33,
        "ハローワーク函館",
        "駅前は通いやすいと好評だ。",
    )
)

#: (document, [(prefecture, municipality, title), …] of its cases, in order)
VARIANTS = {
    "visits": (VISITS, [
        ("山形県", "鶴岡市", "朝のミーティングで支援の段取りをそろえる"),
        ("秋田県", "横手市", "雪の季節も出張相談を欠かさない"),
        ("岩手県", "花巻市", "温泉旅館の求人を短時間から紹介"),
    ]),
    "round_table": (ROUND_TABLE, [
        ("長野県", "松本市", "ケース会議を毎週に"),
        ("新潟県", "三条市", "工場見学から始める就職支援"),
    ]),
    "inspection": (INSPECTION, [
        ("高知県", "高知市", "市役所の隣に相談窓口を構える"),
        ("愛媛県", "松山市", "ひとり親の相談を夕方まで"),
    ]),
    "reports": (REPORTS, [
        ("石川県", "金沢市", "駅前の窓口で若者の相談を"),
        ("富山県", "高岡市", "ものづくり企業と合同面接会"),
        ("福井県", "坂井市", "三者面談で本人の希望を確かめる"),
    ]),
    "contents": (CONTENTS, [
        ("徳島県", "徳島市", "市の窓口にナビゲーターが常駐"),
        ("香川県", "高松市", "児童扶養手当の窓口で仕事の相談も"),
    ]),
    "ordinals": (ORDINALS, [
        ("岡山県", "倉敷市", "美観地区の観光求人を紹介"),
        ("広島県", "福山市", "造船と繊維の企業と連携"),
    ]),
    "studies": (STUDIES, [
        ("北海道", "函館市", "港の求人をひとり親の就職に"),
        ("北海道", "北斗市", "新幹線の駅前で相談会"),
    ]),
    "reportage": (REPORTAGE, [
        ("鹿児島県", "鹿屋市", "基地の町で子育て中の方を支える"),
        ("宮崎県", "都城市", "畜産の現場に就職をつなぐ"),
    ]),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_template_labels_open_the_cases(name: str) -> None:
    text, expected = VARIANTS[name]
    doc = jirei.parse_text(text)
    got = [(p.prefecture, p.municipality, p.title) for p in doc.profiles]
    assert got == expected


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_case_keeps_its_own_figures(name: str) -> None:
    """The case ends at the next template line: each profile holds one table's figure."""
    text, expected = VARIANTS[name]
    doc = jirei.parse_text(text)
    assert [len(p.metrics) for p in doc.profiles] == [1] * len(expected)
    assert all(len(p.initiatives) == 2 for p in doc.profiles)


# 9. A visit report: a banner naming the place, then field lines (date, who explained, the
#    survey topic) and no catch-phrase headline: the topic is no title, the explainers no
#    Hello Work of the header.
VISIT_REPORT = (
    "━━━━━━━━━━━━━━━━━━━━\n"
    "訪問先　静岡県浜松市\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "　日　時　　令和５年７月４日（火）午後２時～３時\n"
    "　説明者　　浜松市福祉部福祉総務課長、ハローワーク浜松統括職業指導官\n"
    "　調査事項　生活保護受給者等の就労支援について\n\n"
    + _body(
        "区役所の窓口から職業相談へその場で案内している。",
        210, 225,
        "浜松市福祉総務課",
        "案内の手間が減った。",
    )
    + "━━━━━━━━━━━━━━━━━━━━\n"
    "訪問先　愛知県豊橋市\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "　日　時　　令和５年７月５日（水）午前１０時～１１時\n"
    "　説明者　　豊橋市福祉部生活福祉課長\n"
    "　調査事項　ひとり親家庭の就労支援について\n\n"
    + _body(
        "児童扶養手当の窓口で職業相談を案内している。",
        85, 90,
        "ハローワーク豊橋",
        "手続きと相談が一度で済む。",
    )
)

# 10. A compiler's headline over each case, written after a title label
#     (``見出し　…`` under ``報告１　place``).
DIGEST = (
    "報告１　三重県津市\n"
    "見出し　ケースワーカーと相談員の二人三脚\n\n"
    + _body(
        "ケースワーカーと相談員が同じ机で面談している。",
        140, 151,
        "津市生活支援課",
        "情報の行き違いがなくなった。",
    )
    + "報告２　滋賀県彦根市\n"
    "見出し　城下町の商店と短時間の求人を\n\n"
    + _body(
        "商店街の店舗と短時間の求人を作った。",
        60, 66,
        "ハローワーク彦根",
        "商店の人手不足にも応えられた。",
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VISIT_REPORT, [(None, "浜松市", []), (None, "豊橋市", [])]),
        (
            DIGEST,
            [
                ("ケースワーカーと相談員の二人三脚", "津市", []),
                ("城下町の商店と短時間の求人を", "彦根市", []),
            ],
        ),
    ],
    ids=["visit_report", "digest"],
)
def test_field_lines_and_title_labels_under_a_template(
    text: str, expected: list[tuple[str | None, str, list[str]]]
) -> None:
    doc = jirei.parse_text(text)
    got = [(p.title, p.municipality, list(p.hello_work)) for p in doc.profiles]
    assert got == expected


# 11. Circled numbers before the place (``②　宮城県大崎市``, ``2 …`` after NFKC) over each
#     headline: no template (a number alone is no lead), but the numbered place line above
#     the next headline is that case's header, not the tail of the comment before it.
CIRCLED = (
    "令和４年度　好事例\n\n"
    "①　宮城県石巻市\n"
    "福祉の窓口から、その日のうちに仕事探しへ\n\n"
    + _body(
        "福祉の窓口で働きたい方にその日のうちに相談員が会う。",
        180, 203,
        "石巻市生活福祉課",
        "支援の方向がぶれない。",
    )
    + "②　宮城県大崎市\n"
    "「働く」の前にある不安に寄り添う\n\n"
    + _body(
        "履歴書の書き方から練習する準備講座を開いた。",
        120, 131,
        "ハローワーク古川",
        "定着も良い傾向にある。",
    )
)


def test_numbered_place_lines_open_their_cases() -> None:
    doc = jirei.parse_text(CIRCLED)
    got = [(p.prefecture, p.municipality, p.title) for p in doc.profiles]
    assert got == [
        ("宮城県", "石巻市", "福祉の窓口から、その日のうちに仕事探しへ"),
        ("宮城県", "大崎市", "「働く」の前にある不安に寄り添う"),
    ]
    assert [c.text for c in doc.profiles[0].comments] == ["支援の方向がぶれない。"]


def _two_cases(first: str, second: str) -> str:
    """Two cases, each opened by a place line over its headline."""
    return (
        first
        + "\n福祉の窓口から、その日のうちに仕事探しへ\n\n"
        + _body(
            "福祉の窓口で働きたい方にその日のうちに相談員が会う。",
            180, 203,
            "石巻市生活福祉課",
            "支援の方向がぶれない。",
        )
        + second
        + "\n「働く」の前にある不安に寄り添う\n\n"
        + _body(
            "履歴書の書き方から練習する準備講座を開いた。",
            120, 131,
            "ハローワーク古川",
            "定着も良い傾向にある。",
        )
    )


#: 12–16. A place line with something after the place (a bracketed prefecture, ``編``,
#: ``の挑戦``: a template's tail) or round it (``《…》``, ``～…～``: decorations)
PLACE_FORMS = {
    "prefecture_after": ("現場から①　石巻市（宮城県）", "現場から②　大崎市（宮城県）"),
    "hen": ("訪問記１　石巻市編", "訪問記２　大崎市編"),
    "challenge": ("◎ルポ　石巻市の挑戦", "◎ルポ　大崎市の挑戦"),
    "double_angle": ("《石巻市》", "《大崎市》"),
    "tildes": ("～宮城県石巻市～", "～宮城県大崎市～"),
}


@pytest.mark.parametrize("name", sorted(PLACE_FORMS))
def test_place_lines_with_tails_and_decorations(name: str) -> None:
    doc = jirei.parse_text(_two_cases(*PLACE_FORMS[name]))
    got = [(p.prefecture, p.municipality, p.title) for p in doc.profiles]
    assert got == [
        ("宮城県", "石巻市", "福祉の窓口から、その日のうちに仕事探しへ"),
        ("宮城県", "大崎市", "「働く」の前にある不安に寄り添う"),
    ]
    assert [[c.text for c in p.comments] for p in doc.profiles] == [
        ["支援の方向がぶれない。"],
        ["定着も良い傾向にある。"],
    ]


# 17–18. Back matter the contents list names after the last case: a notice (entries with
#     page numbers) and an appendix (entries that are case labels and one that is not).
NEWSLETTER = (
    "しずおか　しごと通信　第８号\n\n"
    "目次\n"
    "　現場を訪ねて　浜松市　　　　２\n"
    "　現場を訪ねて　沼津市　　　　４\n"
    "　セミナーのご案内　　　　　　６\n\n"
    "現場を訪ねて　浜松市\n"
    "駅前の窓口で若者の相談を\n\n"
    + _body(
        "駅前の出張窓口で若者の相談を受けている。",
        100, 108,
        "浜松市福祉総務課",
        "若い方の来所が増えた。",
    )
    + "現場を訪ねて　沼津市\n"
    "港の仕事をひとり親の就職に\n\n"
    + _body(
        "水産加工の事業所と短時間の求人を相談した。",
        70, 75,
        "ハローワーク沼津",
        "港の仕事を知ってもらえた。",
    )
    + "セミナーのご案内\n\n"
    "○ 就労支援の担当者向けセミナーを十月に開きます。\n"
    "○ 申込みは各ハローワークまで。\n"
)

APPENDIX = (
    "（別添）\n\n"
    "事例１　高知県高知市\n"
    "事例２　愛媛県松山市\n"
    "参考資料　各市の窓口一覧\n\n"
    "事例１　市役所の隣に相談窓口を構える\n"
    "【高知県高知市】【高知労働局・ハローワーク高知】\n\n"
    + _body(
        "福祉事務所の職員が相談者を窓口まで案内する。",
        150, 162,
        "高知市福祉管理課",
        "待たせずにつなげるようになった。",
    )
    + "事例２　ひとり親の相談を夕方まで\n"
    "【愛媛県松山市】【愛媛労働局・ハローワーク松山】\n\n"
    + _body(
        "平日は午後七時まで相談を受け付けている。",
        90, 97,
        "ハローワーク松山",
        "仕事帰りの相談が増えた。",
    )
    + "参考資料　各市の窓口一覧\n\n"
    "高知市：本庁舎１階　電話　088-000-0000\n"
    "松山市：本館２階　電話　089-000-0000\n"
)


@pytest.mark.parametrize(
    ("text", "places", "last_comment"),
    [
        (NEWSLETTER, ["浜松市", "沼津市"], "港の仕事を知ってもらえた。"),
        (APPENDIX, ["高知市", "松山市"], "仕事帰りの相談が増えた。"),
    ],
    ids=["newsletter", "appendix"],
)
def test_back_matter_the_contents_names_ends_the_last_case(
    text: str, places: list[str], last_comment: str
) -> None:
    doc = jirei.parse_text(text)
    assert [p.municipality for p in doc.profiles] == places
    last = doc.profiles[-1]
    assert [c.text for c in last.comments] == [last_comment]
    assert last.other_results == ()
    assert last.span is not None
    assert "参考資料" not in text[last.span.start : last.span.end]
    assert "セミナー" not in text[last.span.start : last.span.end]


def test_field_lines_are_no_template() -> None:
    """``所在地　place`` repeated in every case is a field line, not a case start."""
    text = (
        "【事例1】駅前の窓口で若者の相談を\n"
        "所在地　石川県金沢市\n\n"
        + _body(
            "駅前の出張窓口で若者の相談を受けている。",
            100, 108,
            "金沢市生活支援課",
            "若い方の来所が増えた。",
        )
        + "【事例2】ものづくり企業と合同面接会\n"
        "所在地　富山県高岡市\n\n"
        + _body(
            "地元の企業と合同面接会を開いた。",
            70, 75,
            "ハローワーク高岡",
            "企業の理解が深まった。",
        )
    )
    assert template_leads(normalise(text).text) == ()
    doc = jirei.parse_text(text)
    titles = [p.title for p in doc.profiles]
    assert titles == ["駅前の窓口で若者の相談を", "ものづくり企業と合同面接会"]


def test_adjacent_lines_alone_are_no_template() -> None:
    """An itinerary or a contents list (template lines next to each other, no case
    material between) adds no label."""
    text = (
        "日程\n"
        "訪問先　高知県高知市\n"
        "訪問先　愛媛県松山市\n"
        "訪問先　香川県高松市\n\n"
        "所感\n"
        "いずれの市でも、福祉とハローワークの窓口が近いことが支援の速さにつながっていた。\n"
    )
    assert template_leads(normalise(text).text) == ()


def test_one_place_repeated_is_no_template() -> None:
    """The report's own city written under the same lead twice is no series of cases."""
    text = (
        "発信者　岐阜県大垣市\n\n本文一\n本文二\n本文三\n本文四\n\n"
        "発信者　岐阜県大垣市\n\n本文五\n本文六\n本文七\n本文八\n"
    )
    assert template_leads(normalise(text).text) == ()
