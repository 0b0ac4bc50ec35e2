"""The genre as other offices publish it (branch ``offices-s16``, decisions 3116-3130).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, items and figures), with negative variants that must not trigger it:

* an overview heading (``【概要】``, ``■事業の概要``, ``＜概要＞``, ``◆ 概要``) over a list of
  marked items, in a case with no initiatives section, is the case's initiatives; over a
  sentence, over field lines, or beside an initiatives section it stays an aside (3116);
* a ``～catch-phrase～`` line over a prose case's lead is the title without the marks (3120);
* a prose figure followed by ``とする目標`` / ``を目標`` / ``という目標`` / ``の目標`` is the
  target, the figure after ``実績`` the actual (3121);
* ``、うち紹介就職は98人`` keeps ``うち`` in its label; ``就職者のうち紹介就職は…`` does not
  (3122).
"""

from __future__ import annotations

import attrs
import pytest

import jirei

# --------------------------------------------------------------------------------------
# an overview heading over a list of marked items (3116)

_CASES = [
    ("静岡県", "沼津市", "静岡労働局", "ハローワーク沼津", "ぬまづ就労サポート", "令和2年4月1日"),
    ("愛知県", "岡崎市", "愛知労働局", "ハローワーク岡崎", "おかざき仕事ナビ", "令和3年10月1日"),
    ("三重県", "津市", "三重労働局", "ハローワーク津", "つ就労支援コーナー", "平成30年7月2日"),
]

_ITEMS = [
    ("市役所1階の生活支援課の隣に相談ブースを設置", "ナビゲーターが週2回、ケース会議に参加"),
    ("児童扶養手当の現況届の時期に出張相談を実施", "託児付きの就職セミナーを年4回開催"),
    ("福祉事務所からの同行紹介を中心とした支援", "就職後3か月間の定着相談を電話で実施"),
]


def _doc(heading: str, marker: str, label: str = "事例{n}", results: str = "【実績】") -> str:
    """Three cases, each an overview heading over two marked items, then a results table."""
    out = ["東海地区における一体的実施の取組（令和４年度）", ""]
    for n, ((pref, city, bureau, office, name, day), items) in enumerate(
        zip(_CASES, _ITEMS, strict=True), 1
    ):
        out += [
            f"{label.format(n=n)}　{pref}{city}（{bureau}・{office}）",
            f"{name}（一体的実施施設）",
            f"{day} 事業開始",
            heading,
            *(f"{marker}{item}" for item in items),
            results,
            "項目\t目標\t実績\t達成率",
            f"就職者数\t{100 + 10 * n}人\t{120 + 7 * n}人\t－",
            "",
        ]
    return "\n".join(out)


@pytest.mark.parametrize(
    ("heading", "marker"),
    [("【概要】", "・"), ("■事業の概要", "○ "), ("＜概要＞", "- "), ("◆ 概要", "● ")],
)
def test_overview_list_is_initiatives(heading: str, marker: str) -> None:
    profiles = jirei.parse_text(_doc(heading, marker)).profiles
    assert [p.municipality for p in profiles] == ["沼津市", "岡崎市", "津市"]
    assert [p.initiatives for p in profiles] == [tuple(items) for items in _ITEMS]


@pytest.mark.parametrize(
    "markers", [("①", "②"), ("ア　", "イ　"), ("（１）", "（２）"), ("１．", "２．")]
)
def test_overview_list_of_numbered_items(markers: tuple[str, str]) -> None:
    """Items numbered or lettered instead of bulleted (``①`` is ``1`` after NFKC)."""
    text = _doc("【概要】", "@")
    for items in _ITEMS:
        for marker, item in zip(markers, items, strict=True):
            text = text.replace("@" + item, marker + item)
    profiles = jirei.parse_text(text).profiles
    assert [p.initiatives for p in profiles] == [tuple(items) for items in _ITEMS]


def test_overview_of_unmarked_lines_stays_aside() -> None:
    profiles = jirei.parse_text(_doc("【概要】", "")).profiles
    assert [p.initiatives for p in profiles] == [(), (), ()]


def test_overview_list_is_data() -> None:
    """Without the overview headings in the rules the list stays an aside."""
    rules = attrs.evolve(jirei.DEFAULT_RULES, list_overviews=())
    profiles = jirei.parse_text(_doc("【概要】", "・"), rules=rules).profiles
    assert [p.initiatives for p in profiles] == [(), (), ()]


def _one(body: str) -> jirei.Profile:
    text = (
        "事例１　静岡県沼津市（静岡労働局・ハローワーク沼津）\n"
        "ぬまづ就労サポート（一体的実施施設）\n令和2年4月1日 事業開始\n"
        f"{body}\n【実績】\n項目\t目標\t実績\n就職者数\t200人\t214人\n"
    )
    return jirei.parse_text(text).profiles[0]


def test_overview_sentence_stays_aside() -> None:
    profile = _one("【概要】\n　市役所の福祉課の隣に窓口を置き、受給者の就労を支援している。")
    assert profile.initiatives == ()


def test_overview_field_lines_stay_aside() -> None:
    profile = _one("【概要】\n・所在地：沼津市御幸町16番1号\n・対象者：児童扶養手当受給者")
    assert profile.initiatives == ()


def test_overview_beside_initiatives_stays_aside() -> None:
    profile = _one(
        "【概要】\n・市役所1階に相談ブースを設置\n【主な取組】\n・ナビゲーターがケース会議に参加"
    )
    assert profile.initiatives == ("ナビゲーターがケース会議に参加",)


def test_other_heading_over_items_is_not_read_as_initiatives() -> None:
    profile = _one("【沿革】\n・平成30年4月 相談ブースを設置\n・令和元年10月 常設窓口に移行")
    assert profile.initiatives == ()


# --------------------------------------------------------------------------------------
# prose: a catch phrase in marks, a target before its word, ``うち`` labels (3120-3122)

_PROSE = """令和元年度 一体的実施事業の実施状況
（東北ブロック）

（１）宮城県石巻市
{title}
　石巻市では、宮城労働局・ハローワーク石巻と共同で平成２７年４月１日に「いしのまき就労支援室」（一体的実施施設）を開設した。{figures}

（２）岩手県盛岡市
　盛岡市の「もりおか仕事サポート」（常設窓口）は、岩手労働局及びハローワーク盛岡との協定に基づき平成28年10月3日に設置された。{second}
"""


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("～浜の仕事を、福祉の窓口から～", "浜の仕事を、福祉の窓口から"),
        ("〜港町の再就職を一緒に考える〜", "港町の再就職を一緒に考える"),
        ("★子育てと仕事探しを同じ窓口で★", "子育てと仕事探しを同じ窓口で"),
        ("浜の仕事を、福祉の窓口から支える", "浜の仕事を、福祉の窓口から支える"),
        # (marks inside the line stay, in the stored NFKC form)
        ("～浜の仕事～を福祉の窓口から", "~浜の仕事~を福祉の窓口から"),
    ],
)
def test_prose_title_without_marks(written: str, title: str) -> None:
    text = _PROSE.format(title=written, figures="就職者数は120人であった。", second="")
    assert jirei.parse_text(text).profiles[0].title == title


@pytest.mark.parametrize(
    "sentence",
    [
        "令和元年度は支援対象者数を{t}人以上とする目標に対して実績は{a}人であった。",
        "令和元年度は支援対象者数{t}人以上を目標とし、実績は{a}人となった。",
        "令和元年度は支援対象者数{t}人以上という目標に対し、{a}人の実績であった。",
        "支援対象者数は{t}人以上の目標に対して{a}人であった。",
        "支援対象者数は目標{t}人以上に対し{a}人であった。",
    ],
)
def test_prose_target_before_its_word(sentence: str) -> None:
    for target, actual in ((400, 452), (250, 231)):
        text = _PROSE.format(
            title="", figures=sentence.format(t=target, a=actual), second=""
        )
        metric = jirei.parse_text(text).profiles[0].metrics[0]
        assert metric.label == "支援対象者数"
        assert (metric.target.value, metric.target.qualifier) == (target, "以上")
        assert metric.actual.value == actual


def test_prose_figure_before_other_words_stays_actual() -> None:
    text = _PROSE.format(
        title="", figures="支援対象者数は452人で目標を上回った。", second=""
    )
    metric = jirei.parse_text(text).profiles[0].metrics[0]
    assert metric.actual.value == 452 and metric.target is None


@pytest.mark.parametrize(
    ("second", "label"),
    [
        ("就職者数は129人、うち紹介就職は98人であった。", "うち紹介就職"),
        ("就職者数は87人で、就職率は60.0％、うち紹介就職は61人であった。", "うち紹介就職"),
        ("就職者数は129人で、就職者のうち紹介就職は98人であった。", "紹介就職"),
        ("就職者数は129人で、このうち紹介就職は98人であった。", "紹介就職"),
    ],
)
def test_prose_uchi_label(second: str, label: str) -> None:
    text = _PROSE.format(title="", figures="就職者数は120人であった。", second=second)
    metrics = jirei.parse_text(text).profiles[1].metrics
    referral = [m for m in metrics if m.key == "referral_employed"]
    assert [m.label for m in referral] == [label]


# --------------------------------------------------------------------------------------
# lettered case labels (3124); a catch phrase between the place line and the facility
# line (3125)

_LETTERED = [
    ("京都府", "京都市", "京都労働局", "ハローワーク伏見", "ふしみ就労支援コーナー",
     "令和2年4月1日", "伏見区役所の福祉窓口で子育て世代を応援"),
    ("滋賀県", "大津市", "滋賀労働局", "ハローワーク大津", "おおつ仕事ナビ", "令和3年10月1日",
     "駅前の相談室で若い世代の一歩を支える"),
    ("奈良県", "奈良市", "奈良労働局", "ハローワーク奈良", "なら就労サポート", "平成31年4月1日",
     None),
]


def _lettered(labels: tuple[str, str, str], gap: str = "　") -> str:
    out = ["近畿地区の一体的実施事例（令和4年度）", ""]
    for label, (pref, city, bureau, office, name, day, title) in zip(
        labels, _LETTERED, strict=True
    ):
        out += [f"{label}{gap}{pref}{city}（{bureau}・{office}）"]
        out += [title] if title else []
        out += [
            f"{name}（一体的実施施設）",
            f"{day} 事業開始",
            "【主な取組】",
            f"・{city}役所の福祉窓口の隣で職業相談を実施",
            "【実績】",
            "項目\t目標\t実績",
            "就職者数\t120人\t131人",
            "",
        ]
    return "\n".join(out)


@pytest.mark.parametrize(
    "labels",
    [
        ("事例１", "事例２", "事例３"),
        ("事例ａ", "事例ｂ", "事例ｃ"),
        ("ケースイ", "ケースロ", "ケースハ"),
        ("【事例ア】", "【事例イ】", "【事例ウ】"),
        ("ケースA", "ケースB", "ケースC"),
    ],
)
def test_lettered_labels_with_catch_phrase(labels: tuple[str, str, str]) -> None:
    profiles = jirei.parse_text(_lettered(labels)).profiles
    assert [p.municipality for p in profiles] == ["京都市", "大津市", "奈良市"]
    assert [p.facility_name for p in profiles] == [row[4] for row in _LETTERED]
    assert [p.title for p in profiles] == [row[6] for row in _LETTERED]
    assert [str(p.start_date) for p in profiles] == ["2020-04-01", "2021-10-01", "2019-04-01"]


def test_one_lettered_case_with_catch_phrase() -> None:
    """One case alone (no neighbours to vote on the layout) reads the same."""
    text = "\n".join(_lettered(("ケースイ", "ケースロ", "ケースハ")).split("\n")[:11])
    (profile,) = jirei.parse_text(text).profiles
    assert (profile.title, profile.facility_name) == (
        "伏見区役所の福祉窓口で子育て世代を応援", "ふしみ就労支援コーナー"
    )


@pytest.mark.parametrize("word", ["ケースワーカー", "ケースカンファレンス", "事例集"])
def test_words_opening_like_a_label_are_none(word: str) -> None:
    from jirei.caselabel import label_length

    assert label_length(f"{word}の活用について") == 0


# --------------------------------------------------------------------------------------
# a headline on the label's line that opens with a place name (3126)

def _titled(label_line: str, place_line: str) -> jirei.Profile:
    text = (
        "近畿地区の取組事例\n\n"
        f"{label_line}\n{place_line}\n"
        "ふしみ就労支援コーナー（一体的実施施設）\n令和2年4月1日 事業開始\n"
        "【主な取組】\n・区役所の子育て窓口から予約付きで案内\n"
        "【実績】\n項目\t目標\t実績\n就職者数\t120人\t131人\n\n"
        "Case 2　滋賀県大津市（滋賀労働局・ハローワーク大津）\n"
        "おおつ仕事ナビ（常設窓口）\n令和3年10月1日 事業開始\n"
        "【主な取組】\n・駅前で出張相談\n"
        "【実績】\n項目\t目標\t実績\n就職者数\t90人\t95人\n"
    )
    return jirei.parse_text(text).profiles[0]


@pytest.mark.parametrize(
    ("label_line", "place_line", "title", "city"),
    [
        ("Case 1　伏見区役所の福祉窓口で子育て世代を応援",
         "京都府京都市（京都労働局・ハローワーク伏見）", "伏見区役所の福祉窓口で子育て世代を応援",
         "京都市"),
        ("Case 1　大津市役所の一階で仕事探しをまるごと支援",
         "滋賀県大津市（滋賀労働局・ハローワーク大津）", "大津市役所の一階で仕事探しをまるごと支援",
         "大津市"),
        ("CASE 1　伏見区役所の中の“しごとの入口”",
         "所在地　京都府京都市伏見区（京都労働局／ハローワーク伏見）",
         "伏見区役所の中の“しごとの入口”", "京都市伏見区"),
    ],
)
def test_label_line_headline_opening_with_place(
    label_line: str, place_line: str, title: str, city: str
) -> None:
    profile = _titled(label_line, place_line)
    assert (profile.title, profile.municipality) == (title, city)
    assert profile.hello_work[0].startswith("ハローワーク")


@pytest.mark.parametrize(
    "label_line",
    ["Case 1　京都市における取組", "Case 1　京都市の事例", "事例１　京都市における取組"],
)
def test_label_line_place_heading_is_no_headline(label_line: str) -> None:
    profile = _titled(label_line, "京都府京都市（京都労働局・ハローワーク伏見）")
    assert profile.title is None
    assert profile.municipality == "京都市"


# --------------------------------------------------------------------------------------
# a headline on a label's line over a partner line, cases the rule segmentation reads (3127)

@pytest.mark.parametrize(
    ("label_line", "place_line", "city", "bureau", "office"),
    [
        ("事例１　大津市役所の一階で仕事探しをまるごと支援",
         "滋賀県大津市（滋賀労働局・ハローワーク大津）", "大津市", "滋賀労働局",
         "ハローワーク大津"),
        ("No.1　駅前の窓口で仕事探しをまるごと支援",
         "奈良県奈良市（奈良労働局・ハローワーク奈良）", "奈良市", "奈良労働局",
         "ハローワーク奈良"),
        ("事例１　子育て世代の一歩を福祉の窓口から",
         "和歌山県和歌山市（和歌山労働局／ハローワーク和歌山）", "和歌山市", "和歌山労働局",
         "ハローワーク和歌山"),
    ],
)
def test_labelled_headline_over_partner_line(
    label_line: str, place_line: str, city: str, bureau: str, office: str
) -> None:
    profile = _titled(label_line, place_line)
    assert profile.title == label_line.split("　", 1)[1]
    assert (profile.municipality, profile.labour_bureau) == (city, bureau)
    assert profile.hello_work == (office,)
    assert (profile.facility_name, profile.facility_type) == (
        "ふしみ就労支援コーナー", "一体的実施施設"
    )
    assert str(profile.start_date) == "2020-04-01"


def test_bracket_header_line_is_no_partner_line() -> None:
    profile = _titled(
        "事例１　区役所の窓口との連携で早期の就職を実現",
        "【大阪府堺市】【大阪労働局・ハローワーク堺】しごとサポート堺東（一体的実施施設）",
    )
    assert profile.title == "区役所の窓口との連携で早期の就職を実現"
    assert profile.municipality == "堺市"
