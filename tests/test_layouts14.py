"""Layouts read by general rules of decisions 600– (corpus/README.md). One table per
rule; every text here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from _profiles import figures, results_case

HEADER = (
    "【静岡県沼津市】【静岡労働局・ハローワーク沼津】ぬまづ仕事コーナー（一体的実施施設）"
    "令和2年4月1日事業開始\n\n## 港の近くで仕事の相談を受ける\n\n"
    "## 【取組内容】\n・港の近くで相談を受ける。\n\n"
)


def _case(results: str, comments: str = "") -> jirei.Profile:
    return results_case(HEADER, results, comments)


# --- label, colon, then words running into their figures (decision 600) ---------------

LABEL_COLON = [
    (
        "・利用者数：目標50人以上 → 実績55人（達成率110.0％）\n・就職者数：目標30人 → 実績33人\n",
        [
            ("利用者数", (50, "人", "以上"), (55, "人", None), Decimal("110.0")),
            ("就職者数", (30, "人", None), (33, "人", None), None),
        ],
    ),
    (
        "・就職者数：目標30人⇒実績27人\n・就職率：49.1％\n",
        [
            ("就職者数", (30, "人", None), (27, "人", None), None),
            ("就職率", None, (Decimal("49.1"), "%", None), None),
        ],
    ),
    (
        "・就職者数：目標30人 → 実績27人\n・来所件数：実績延べ640件\n",
        [
            ("就職者数", (30, "人", None), (27, "人", None), None),
            ("来所件数", None, (640, "件", None), None),
        ],
    ),
]


@pytest.mark.parametrize(("block", "expected"), LABEL_COLON)
def test_label_colon_words(block: str, expected: list[tuple[object, ...]]) -> None:
    profile = _case(block)
    assert figures(profile) == expected
    assert not profile.other_results


def test_label_colon_needs_a_metric_or_a_word() -> None:
    profile = _case(
        "・利用者数：目標50人 → 実績55人\n・就職者数：目標30人 → 実績33人\n・窓口の愛称：みなと\n"
    )
    assert [m.label for m in profile.metrics] == ["利用者数", "就職者数"]


# --- place, wide gap, facility on one line; fields apart by a wide gap (decision 601) ----

PLACE_HEAD_CASES = "\n".join(
    [
        "令和5年度　取組事例",
        "",
        "福井県敦賀市　　つるが仕事サポート（一体的実施施設）",
        "連携：福井労働局、ハローワーク敦賀　　開設：令和3年7月1日",
        "",
        "港町の仕事探しを一か所で",
        "",
        "■ 取組内容",
        "・港の近くで相談を受ける。",
        "",
        "■ 関係者の声",
        "（敦賀市福祉課）",
        "　相談の場が近くなりました。",
        "",
        "福井県小浜市　　おばま仕事コーナー（常設窓口）",
        "連携：福井労働局、ハローワーク小浜　　開設：令和4年4月1日",
        "",
        "朝市の日にも相談を受ける",
        "",
        "■ 取組内容",
        "・朝市の日に相談を受ける。",
        "",
    ]
)


def test_place_head_header() -> None:
    profiles = jirei.parse_text(PLACE_HEAD_CASES).profiles
    got = [
        (
            p.municipality,
            p.labour_bureau,
            tuple(p.hello_work),
            p.facility_name,
            p.facility_type,
            p.start_date.isoformat() if p.start_date else None,
            len(p.comments),
        )
        for p in profiles
    ]
    assert got == [
        (
            "敦賀市",
            "福井労働局",
            ("ハローワーク敦賀",),
            "つるが仕事サポート",
            "一体的実施施設",
            "2021-07-01",
            1,
        ),
        (
            "小浜市",
            "福井労働局",
            ("ハローワーク小浜",),
            "おばま仕事コーナー",
            "常設窓口",
            "2022-04-01",
            0,
        ),
    ]


# --- ``１．県市`` opens a case; ``●speaker（gloss）より`` over its text (decisions 602, 603) ----

NUMBERED_PLACES = "\n".join(
    [
        "令和5年度　取組事例",
        "",
        "１．富山県高岡市",
        "",
        "「駅前で仕事の相談を」",
        "",
        "施設名\tたかおか仕事コーナー（一体的実施施設）",
        "開設日\t令和2年4月1日",
        "",
        "【取組内容】",
        "・駅前で相談を受ける。",
        "",
        "【関係者の声】",
        "●高岡市 福祉課より",
        "駅前なので案内しやすくなりました。",
        "●利用者（20代男性）より",
        "帰りに寄れるので続けられました。",
        "",
        "２．富山県射水市",
        "",
        "「港の近くで仕事の相談を」",
        "",
        "施設名\tいみず仕事コーナー（常設窓口）",
        "開設日\t令和3年4月1日",
        "",
        "【取組内容】",
        "・港の近くで相談を受ける。",
        "",
    ]
)


def test_numbered_place_labels_and_glossed_speakers() -> None:
    profiles = jirei.parse_text(NUMBERED_PLACES).profiles
    assert [(p.municipality, p.facility_name) for p in profiles] == [
        ("高岡市", "たかおか仕事コーナー"),
        ("射水市", "いみず仕事コーナー"),
    ]
    assert [(c.speaker, c.text) for c in profiles[0].comments] == [
        ("高岡市福祉課", "駅前なので案内しやすくなりました。"),
        ("利用者(20代男性)", "帰りに寄れるので続けられました。"),
    ]


# --- an inline speaker with a gloss (decision 603); a date closed by 開始 (decision 604) ---

SLIDE = "\n".join(
    [
        "事例１",
        "富山県魚津市 × 富山労働局・ハローワーク魚津",
        "うおづ仕事窓口（巡回相談窓口）／令和３年６月１日開始",
        "海辺の町で仕事の相談を",
        "■取組のポイント",
        "・市役所で相談を受ける。",
        "■関係者の声",
        "魚津市福祉課：「市役所で相談できるようになりました。」",
        "利用者（50代女性）：「近くで相談できて助かりました。」",
    ]
)


def test_slide_glossed_inline_speaker_and_start_word() -> None:
    (profile,) = jirei.parse_text(SLIDE).profiles
    assert profile.start_date is not None and profile.start_date.isoformat() == "2021-06-01"
    assert [(c.speaker, c.text) for c in profile.comments] == [
        ("魚津市福祉課", "市役所で相談できるようになりました。"),
        ("利用者(50代女性)", "近くで相談できて助かりました。"),
    ]


# --- an era date with a bracketed Gregorian gloss (decision 605) -------------------------

GLOSSED_DATES = [
    ("令和元年（2019年）10月1日開設", "2019-10-01"),
    ("平成30年(2018年)7月2日", "2018-07-02"),
    ("平成30年（２０１８）７月２日", "2018-07-02"),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSED_DATES)
def test_glossed_era_date(text: str, expected: str) -> None:
    from jirei.normalise import normalise
    from jirei.values import find_dates

    normal = normalise(text)
    found = list(find_dates(getattr(normal, "text", normal)))
    assert [f.value.isoformat() for f in found] == [expected]


# --- a （単位：人） caption above a table gives its bare figures the unit (decision 606) ----

UNIT_CAPTIONS = [
    "（単位：人）\n区分　　　　目標　　　実績　　達成率\n利用者数　　80以上　　88　　110.0%\n"
    "就職率　　　50%以上　　52.3%　　－\n",
    "　　　　　　　　　　　　　　（単位：人）\n区分　　　　目標　　　実績　　達成率\n"
    "利用者数　　80以上　　88　　110.0%\n就職率　　　50%以上　　52.3%　　－\n",
]


@pytest.mark.parametrize("block", UNIT_CAPTIONS)
def test_unit_caption_above_table(block: str) -> None:
    profile = _case(block)
    assert figures(profile) == [
        ("利用者数", (80, "人", "以上"), (88, "人", None), Decimal("110.0")),
        ("就職率", (50, "%", "以上"), (Decimal("52.3"), "%", None), None),
    ]


# --- two partner municipalities joined by ・ in a place × offices line (decision 607) ----


def test_two_municipalities_in_crossed_line() -> None:
    first = SLIDE.replace("富山県魚津市 ×", "富山県魚津市・黒部市 ×")
    second = (
        SLIDE.replace("事例１", "事例２").replace("魚津", "滑川").replace("うおづ", "なめりかわ")
    )
    profiles = jirei.parse_text(first + "\n\f" + second).profiles
    assert [(p.prefecture, p.municipality, p.labour_bureau) for p in profiles] == [
        ("富山県", "魚津市・黒部市", "富山労働局"),
        ("富山県", "滑川市", "富山労働局"),
    ]
