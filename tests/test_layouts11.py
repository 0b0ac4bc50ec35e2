"""Layouts of corpus batch 9, read by general rules (corpus/README.md decisions 300–314);
one table per rule. Every text here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.barheader import bar_header
from jirei.commentforms import read_comment_section
from jirei.fields import read_fields
from jirei.lines import Line, split_lines
from jirei.model import Span
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.tables.wordbox import read_word_box


def _lines(text: str) -> list[Line]:
    return list(split_lines(normalise(text, DEFAULT_RULES).text))


def _locate(start: int, end: int) -> Span:
    return Span(start, end)


# --- two label–value pairs on one line, no colon (decisions 304, 311) -------------------

PAIRS = [
    (
        "自治体\t静岡県三島市\t労働局\t静岡労働局",
        [("place", "静岡県三島市"), ("labour_bureau", "静岡労働局")],
    ),
    (
        "自治体名　　静岡県三島市　　　労働局　　静岡労働局",
        [("place", "静岡県三島市"), ("labour_bureau", "静岡労働局")],
    ),
    (
        "施設名\tみしま窓口（一体的実施施設）\t開設日\t平成27年4月1日",
        [("facility", "みしま窓口(一体的実施施設)"), ("start_date", "平成27年4月1日")],
    ),
    # a pair whose label is no field label ends the fields
    ("開設日\t平成27年4月1日\t主な対象者\t生活保護受給者", [("start_date", "平成27年4月1日")]),
    # one field only: the value keeps its inner words
    ("施設名　　みしま労働相談窓口", [("facility", "みしま労働相談窓口")]),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_two_fields_on_a_line(text: str, expected: list[tuple[str, str]]) -> None:
    (line,) = _lines(text)
    assert [(f.kind, f.value) for f in read_fields(line, DEFAULT_RULES)] == expected


# --- a place / bureau / office line split at ／ (decision 300) ---------------------------

SLASH = [
    (
        "静岡県三島市　／　静岡労働局　／　ハローワーク三島",
        ("静岡県三島市", "静岡労働局 / ハローワーク三島"),
    ),
    ("静岡県三島市／ハローワーク三島", ("静岡県三島市", "ハローワーク三島")),
    ("実施主体：静岡県三島市／連携：ハローワーク三島", None),  # field pieces, not a bar header
    ("三島市の窓口／ハローワーク", None),  # no prefecture + municipality place
]


@pytest.mark.parametrize(("text", "expected"), SLASH)
def test_slash_header(text: str, expected: tuple[str, str] | None) -> None:
    norm = normalise(text, DEFAULT_RULES).text
    match = bar_header(norm, DEFAULT_RULES)
    if expected is None:
        assert match is None
    else:
        assert match is not None
        assert (match["place"], match["offices"].replace(" ", "")) == (
            expected[0],
            expected[1].replace(" ", ""),
        )


# --- a label line over word lines (decision 301) ----------------------------------------

BOX = [
    (
        "支援対象者数\n目標　80人以上\n実績　91人\n達成率　113.8%",
        [("支援対象者数", (80, "人", "以上"), (91, "人"), Decimal("113.8"))],
    ),
    (
        "就職率\n実績　55.0%\n相談件数\n目標　300件\n実績　延べ　312件",
        [
            ("就職率", None, (Decimal("55.0"), "%"), None),
            ("相談件数", (300, "件", None), (312, "件"), None),
        ],
    ),
    # a label with no 実績 line is no box
    ("支援対象者数\n目標　80人以上", []),
    # a sentence is no label
    ("相談が増えた。\n実績　91人", []),
]


@pytest.mark.parametrize(("text", "expected"), BOX)
def test_word_box(text: str, expected: list[tuple[object, ...]]) -> None:
    found = read_word_box(_lines(text), rules=DEFAULT_RULES, locate=_locate)
    if not expected:
        assert found is None
        return
    assert found is not None
    got = []
    for m in found.metrics:
        target = (m.target.value, m.target.unit, m.target.qualifier) if m.target else None
        assert m.actual is not None
        got.append((m.label, target, (m.actual.value, m.actual.unit), m.achievement_rate))
    assert got == expected
    assert found.rest == ()


# --- comment lines without markers (decisions 302, 312) ---------------------------------

COMMENTS = [
    # an unmarked speaker over a quote; a person with a bracket
    (
        "三島市福祉課\n「窓口が近くなった。」\n利用者（20代男性）\n「相談しやすい。」",
        [
            ("三島市福祉課", "municipality", "窓口が近くなった。"),
            ("利用者(20代男性)", "other", "相談しやすい。"),
        ],
    ),
    # a speaker with a job title over an indented paragraph
    (
        "ハローワーク三島　所長\n　相談が増えている。\n三島市長\n　連携を続けたい。",
        [
            ("ハローワーク三島所長", "hello_work", "相談が増えている。"),
            ("三島市長", "municipality", "連携を続けたい。"),
        ],
    ),
    # two cells: speaker, two or more spaces, text
    (
        "三島市福祉課　　窓口が近くなった。\n静岡労働局　　　定着も進めたい。",
        [
            ("三島市福祉課", "municipality", "窓口が近くなった。"),
            ("静岡労働局", "labour_bureau", "定着も進めたい。"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMENTS)
def test_unmarked_comment_lines(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = read_comment_section(_lines(text), DEFAULT_RULES)
    assert [(c.speaker, c.role, c.text) for c in found.comments] == expected


def test_short_line_over_unindented_text_is_no_speaker() -> None:
    """An organisation's name over a line that is neither quoted nor indented opens no
    comment (it may be a caption)."""
    found = read_comment_section(_lines("三島市福祉課\n窓口が近くなった。"), DEFAULT_RULES)
    assert found.comments == ()


# --- a whole slide case (decisions 300, 301, 302) ---------------------------------------

SLIDE = """表紙の題
令和2年3月

駅の近くで相談を一度に
静岡県三島市　／　静岡労働局　／　ハローワーク三島
みしま窓口（一体的実施施設）
平成27年4月1日開設
取組のポイント
●毎週、福祉課と打合せを行う。
令和元年度の実績
支援対象者数
目標　80人以上
実績　91人
関係者の声
三島市福祉課
「窓口が近くなった。」
2
"""


def test_slide_case() -> None:
    doc = jirei.parse_text(SLIDE)
    (profile,) = doc.profiles
    assert (profile.municipality, profile.labour_bureau, profile.hello_work) == (
        "三島市",
        "静岡労働局",
        ("ハローワーク三島",),
    )
    assert (profile.facility_name, str(profile.start_date), profile.title) == (
        "みしま窓口",
        "2015-04-01",
        "駅の近くで相談を一度に",
    )
    assert [(m.label, m.actual.value if m.actual else None) for m in profile.metrics] == [
        ("支援対象者数", 91)
    ]
    assert [c.speaker for c in profile.comments] == ["三島市福祉課"]
