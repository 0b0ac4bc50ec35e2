"""Figures spoken in minutes (decisions 2050-2052): a secretariat reporting a year's
targets and results in sentences — a topic comma after the label (``支援対象者数は、目標…``),
the rate after a comma with no particle (``、達成率109.6%でした``), the target named after the
actual in the polite present (``…で、目標の65.0%をわずかに下回っております``).

Every document below is written for this file (real places, invented facilities and
prose); every expected value was written by hand from reading the document by
docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

from _variants import M, P, R, variant_tests

MU, OT = "municipality", "other"


def minutes(city: str, bureau: str, office: str, facility: str, kind: str, speech: str,
            member: str, remark: str, *, turn: str = "事務局：") -> str:
    """One 議事録 in the shape the round's readers already find (partner-line title, dated
    agenda naming the facility, a secretariat turn, a member's turn, a closer)."""
    return (
        f"{city}・{bureau}・{office}\n一体的実施事業運営協議会　議事録\n\n"
        "１　日時　令和5年6月6日（火）10時00分～11時00分\n"
        f"２　議題\n　（１）{facility}（{kind}）の令和4年度実績について\n\n議事要旨\n\n"
        f"{turn}\n{speech}\n\n○委員（{member}）　{remark}\n\n（以上　{city}地区）\n\n"
    )


# 1. 秋田: topic comma and a bare rate clause; 就職率 falling short of its target in the
#    polite present (the holdout44 Yamagata forms).
AKITA = "令和5年度　一体的実施事業運営協議会　議事録（2施設分）\n\n" + minutes(
    "秋田市", "秋田労働局", "ハローワーク秋田", "あきた就労サポート", "一体的実施施設",
    "　あきた就労サポートは、平成29年4月3日に開設しました。\n"
    "　支援対象者数は、目標200人以上に対し実績214人、達成率107.0％でした。\n"
    "　就職率は58.2％で、目標の60.0％をわずかに下回っております。",
    "秋田市福祉保健部", "福祉窓口からの案内が増えた。",
) + minutes(
    "大仙市", "秋田労働局", "ハローワーク大曲", "だいせん仕事相談室", "常設窓口",
    "　だいせん仕事相談室は、令和元年10月1日に開設しました。\n"
    "　就職者数は、目標60人に対し実績66人、達成率110.0％となりました。",
    "大曲商工会議所", "地元企業の求人も紹介してほしい。",
)
AKITA_FACTS = [
    {
        "municipality": "秋田市",
        "facility_name": "あきた就労サポート",
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(200, qualifier="以上"), P(214), "107.0"),
            M("就職率", R("60.0"), R("58.2")),
        ],
        "comments": [("秋田市福祉保健部", MU, "福祉窓口からの案内が増えた。")],
    },
    {
        "municipality": "大仙市",
        "facility_name": "だいせん仕事相談室",
        "fiscal_year": 2022,
        "metrics": [M("就職者数", P(60), P(66), "110.0")],
        "comments": [("大曲商工会議所", OT, "地元企業の求人も紹介してほしい。")],
    },
]


# 2. 福島: に対して, となりました, the target passed (上回っています), うち紹介就職 spoken alone.
FUKUSHIMA = "令和5年度　運営協議会　議事録\n\n" + minutes(
    "郡山市", "福島労働局", "ハローワーク郡山", "こおりやま就労支援センター", "一体的実施施設",
    "　令和4年度の実績をご報告します。\n"
    "　支援対象者数は、目標320人に対して実績351人、達成率109.7％となりました。\n"
    "　就職率は64.1％で、目標の60.0％を上回っています。",
    "郡山市保健福祉部", "予約制の相談が定着してきた。",
) + minutes(
    "いわき市", "福島労働局", "ハローワーク平", "いわき就労サポート", "一体的実施施設",
    "　令和4年度の実績をご報告します。\n"
    "　就職者数は、目標150人に対して実績141人、達成率94.0％でした。",
    "いわき市社会福祉課", "周知の時期を早めたい。",
)
FUKUSHIMA_FACTS = [
    {
        "municipality": "郡山市",
        "facility_name": "こおりやま就労支援センター",
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(320), P(351), "109.7"),
            M("就職率", R("60.0"), R("64.1")),
        ],
    },
    {
        "municipality": "いわき市",
        "facility_name": "いわき就労サポート",
        "fiscal_year": 2022,
        "metrics": [M("就職者数", P(150), P(141), "94.0")],
    },
]


# 3. 長野: full-width digits and commas, 名 as the unit, a page break with a running head
#    between the two minutes.
NAGANO = "令和５年度　一体的実施事業運営協議会　議事録\n\n" + minutes(
    "長野市", "長野労働局", "ハローワーク長野", "ながの就労支援コーナー", "一体的実施施設",
    "　支援対象者数は、目標１，０２０名以上に対し実績１，０８８名、達成率１０６．７％でした。\n"
    "　就職者数は、目標６１０名に対し実績６３２名、達成率１０３．６％でした。",
    "長野市保健福祉部", "市の窓口と同じ階で相談できるのがよい。",
) + "\n－ ２ －\n\f一体的実施事業運営協議会　議事録\n\n" + minutes(
    "松本市", "長野労働局", "ハローワーク松本", "まつもと仕事サポート", "常設窓口",
    "　就職者数は、目標２００名に対し実績２１８名、達成率１０９．０％でした。",
    "松本商工会議所", "短時間の求人を増やしたい。",
)
NAGANO_FACTS = [
    {
        "municipality": "長野市",
        "facility_name": "ながの就労支援コーナー",
        "metrics": [
            M("支援対象者数", P(1020, "名", "以上"), P(1088, "名"), "106.7"),
            M("就職者数", P(610, "名"), P(632, "名"), "103.6"),
        ],
    },
    {
        "municipality": "松本市",
        "facility_name": "まつもと仕事サポート",
        "metrics": [M("就職者数", P(200, "名"), P(218, "名"), "109.0")],
    },
]


# 4. 岐阜: the secretariat's turn headed ``○事務局（ハローワーク岐阜）`` on its own line; the
#    rate in a bracket after the actual; 就職率 meeting its target (達成しています).
GIFU = "令和5年度　運営協議会　議事録\n\n" + minutes(
    "岐阜市", "岐阜労働局", "ハローワーク岐阜", "ぎふ就労サポート", "一体的実施施設",
    "　支援対象者数は、目標250人に対し実績262人（達成率104.8％）でした。\n"
    "　就職率は61.5％で、目標の60.0％を達成しています。",
    "岐阜市福祉部", "面接の練習会を続けてほしい。",
    turn="○事務局（ハローワーク岐阜）",
) + minutes(
    "大垣市", "岐阜労働局", "ハローワーク大垣", "おおがき仕事相談室", "常設窓口",
    "　就職者数は、目標70人に対し実績73人、達成率104.3％でした。",
    "大垣市社会福祉課", "相談の予約がとりやすくなった。",
    turn="○事務局（ハローワーク大垣）",
)
GIFU_FACTS = [
    {
        "municipality": "岐阜市",
        "metrics": [
            M("支援対象者数", P(250), P(262), "104.8"),
            M("就職率", R("60.0"), R("61.5")),
        ],
    },
    {"municipality": "大垣市", "metrics": [M("就職者数", P(70), P(73), "104.3")]},
]


# 5. 三重: two results sentences on one spoken line, each with its topic comma.
MIE = "令和5年度　運営協議会　議事録（2施設分）\n\n" + minutes(
    "津市", "三重労働局", "ハローワーク津", "つ就労支援プラザ", "一体的実施施設",
    "　支援対象者数は、目標180人に対し実績177人、達成率98.3％でした。就職者数は、目標110人に"
    "対し実績118人、達成率107.3％でした。",
    "津市健康福祉部", "支援対象者数が目標に届かなかった理由を知りたい。",
) + minutes(
    "四日市市", "三重労働局", "ハローワーク四日市", "よっかいち仕事サポート", "一体的実施施設",
    "　支援対象者数は、目標300人に対し実績322人、達成率107.3％でした。",
    "四日市商工会議所", "製造業の求人を紹介したい。",
)
MIE_FACTS = [
    {
        "municipality": "津市",
        "metrics": [
            M("支援対象者数", P(180), P(177), "98.3"),
            M("就職者数", P(110), P(118), "107.3"),
        ],
    },
    {"municipality": "四日市市", "metrics": [M("支援対象者数", P(300), P(322), "107.3")]},
]


# 6. 滋賀: a count spoken with 延べ and no target; 就職率 short of its target (下回っています).
SHIGA = "令和5年度　運営協議会　議事録\n\n" + minutes(
    "大津市", "滋賀労働局", "ハローワーク大津", "おおつ就労支援ルーム", "一体的実施施設",
    "　就職者数は、目標140人に対し実績146人、達成率104.3％でした。\n"
    "　就職率は55.0％で、目標の58.0％をわずかに下回っています。",
    "大津市福祉子ども部", "子育て中の方の相談が増えている。",
) + minutes(
    "彦根市", "滋賀労働局", "ハローワーク彦根", "ひこね仕事相談コーナー", "常設窓口",
    "　支援対象者数は、目標90人に対し実績95人、達成率105.6％でした。",
    "彦根市福祉保健部", "市の広報でも案内したい。",
)
SHIGA_FACTS = [
    {
        "municipality": "大津市",
        "metrics": [
            M("就職者数", P(140), P(146), "104.3"),
            M("就職率", R("58.0"), R("55.0")),
        ],
        "comments": [("大津市福祉子ども部", MU, "子育て中の方の相談が増えている。")],
    },
    {"municipality": "彦根市", "metrics": [M("支援対象者数", P(90), P(95), "105.6")]},
]


# 7. 秋田 (seated): the Yamagata house style — numbered 日時 / 場所 / 次第 with the agenda item
#    under ``①``, the chair's turn, the secretariat's turn on its own line, its speech giving
#    the start date in a wrapped sentence, the results, and the year's 取組 under a lead line.
def seated(
    city: str, office: str, facility: str, kind: str, speech: str, member: str, remark: str
) -> str:
    """One 議事録 with a numbered 日時 / 場所 / 次第 block, a chair's turn and the secretariat's
    turn on its own line over indented speech (the holdout44 Yamagata house style)."""
    return (
        f"{city}・{office.split('・')[0]}・{office.split('・')[1]}\n"
        "一体的実施事業運営協議会（令和5年度第1回）議事録\n\n"
        "１　日　時　　令和5年5月23日（火）14時00分～15時00分\n"
        f"２　場　所　　{city}役所　会議室\n"
        "３　次　第\n　（１）開会\n　（２）議題\n"
        f"　　　①　{facility}（{kind}）の令和4年度事業実績について\n"
        "　　　②　令和5年度事業計画（案）について\n　（３）閉会\n４　議事要旨\n\n"
        f"○会長\n　ただいまから開会します。事務局から説明をお願いします。\n\n"
        f"○事務局（{office.split('・')[1]}）\n{speech}\n\n"
        f"○委員（{member}）\n　{remark}\n\n（以上　{city}地区）\n\n"
    )


SEATED = "令和5年度　一体的実施事業運営協議会　議事録（2施設分）\n\n" + seated(
    "秋田市", "秋田労働局・ハローワーク秋田", "あきた就労サポート", "一体的実施施設",
    "　資料1に沿って、令和4年度の実績をご報告します。あきた就労サポートは、平成29年4月3日に\n"
    "市役所本庁舎内で開設し、本年で6年目を迎えました。\n"
    "　支援対象者数は、目標200人以上に対し実績214人、達成率107.0％でした。\n"
    "　就職率は58.2％で、目標の60.0％をわずかに下回っております。\n"
    "　令和4年度に力を入れた取組は、次の2点です。\n"
    "　　ア　福祉窓口での出張相談\n"
    "　　イ　面接会の開催",
    "秋田市福祉保健部", "福祉窓口からの案内が増えた。",
) + seated(
    "大仙市", "秋田労働局・ハローワーク大曲", "だいせん仕事相談室", "常設窓口",
    "　だいせん仕事相談室は、令和元年10月1日に開設しました。\n"
    "　就職者数は、目標60人に対し実績66人、達成率110.0％となりました。",
    "大曲商工会議所", "地元企業の求人も紹介してほしい。",
)
SEATED_FACTS = [
    {
        "municipality": "秋田市",
        "facility_name": "あきた就労サポート",
        "start_date": __import__("datetime").date(2017, 4, 3),
        "fiscal_year": 2022,
        "initiatives": ("福祉窓口での出張相談", "面接会の開催"),
        "metrics": [
            M("支援対象者数", P(200, qualifier="以上"), P(214), "107.0"),
            M("就職率", R("60.0"), R("58.2")),
        ],
        "comments": [("秋田市福祉保健部", MU, "福祉窓口からの案内が増えた。")],
    },
    {
        "municipality": "大仙市",
        "facility_name": "だいせん仕事相談室",
        "start_date": __import__("datetime").date(2019, 10, 1),
        "initiatives": (),
        "metrics": [M("就職者数", P(60), P(66), "110.0")],
        "comments": [("大曲商工会議所", OT, "地元企業の求人も紹介してほしい。")],
    },
]


DOCUMENTS = {
    "akita": (AKITA, AKITA_FACTS),
    "fukushima": (FUKUSHIMA, FUKUSHIMA_FACTS),
    "nagano": (NAGANO, NAGANO_FACTS),
    "gifu": (GIFU, GIFU_FACTS),
    "mie": (MIE, MIE_FACTS),
    "shiga": (SHIGA, SHIGA_FACTS),
    "seated": (SEATED, SEATED_FACTS),
}

FACT_GAPS = {
    "seated": "minutes in the seated house style (numbered 次第 with ``①`` items, the chair's "
    "turn, the secretariat's turn on its own line) read no municipality from the partner line, "
    "no start date from the speech, and the whole agenda and speech as initiatives (metrics "
    "and comments are read); the same gaps as holdout44's Yamagata minutes",
}
COUNT_GAPS: dict[str, str] = {}

test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, FACT_GAPS, COUNT_GAPS
)


# The shapes of this round, line by line (decisions 2050, 2051).
def _locate(start: int, end: int) -> tuple[int, int]:
    return (start, end)


@__import__("pytest").mark.parametrize(
    ("text", "label"),
    [
        ("支援対象者数は、目標240人以上に対し実績263人、達成率109.6%でした。", "支援対象者数"),
        ("就職者数については目標90人に対し実績93人", "就職者数"),
        ("就職者数 目標90人 実績93人", "就職者数"),
    ],
)
def test_word_line_label_has_no_topic_particle(text: str, label: str) -> None:
    from jirei.lines import Line
    from jirei.tables.colonwords import read_colon_line

    metric = read_colon_line(Line(text=text, start=0), locate=_locate)
    assert metric is not None and metric.label == label
    assert text[metric.span[0] : metric.span[1]] == label


@__import__("pytest").mark.parametrize(
    ("text", "target", "actual", "rate"),
    [
        ("支援対象者数は、目標240人以上に対し実績263人、達成率109.6%でした。", 240, 263, "109.6"),
        ("就職率は63.9%で、目標の65.0%をわずかに下回っております。", "65.0", "63.9", None),
        ("就職率は61.5%で、目標の60.0%を上回っています。", "60.0", "61.5", None),
    ],
)
def test_spoken_results_sentence(
    text: str, target: object, actual: object, rate: str | None
) -> None:
    from decimal import Decimal

    from jirei.lines import Line
    from jirei.tables.sentence import read_sentence

    found = read_sentence(Line(text=text, start=0), locate=_locate)
    assert found is not None and len(found.metrics) == 1
    metric = found.metrics[0]
    assert metric.target is not None and str(metric.target.value) == str(target)
    assert metric.actual is not None and str(metric.actual.value) == str(actual)
    assert metric.achievement_rate == (None if rate is None else Decimal(rate))


def test_rate_word_inside_a_label_is_no_rate_clause() -> None:
    from jirei.lines import Line
    from jirei.tables.sentence import read_sentence

    # ``達成率`` must run straight into a figure to give the previous metric its rate
    text = "就職者数は、目標90人に対し実績93人、達成率向上に努めました。"
    found = read_sentence(Line(text=text, start=0), locate=_locate)
    assert found is None or all(m.achievement_rate is None for m in found.metrics)
