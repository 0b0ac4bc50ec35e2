"""Layouts of corpus batch 9, read by general rules (corpus/README.md decisions 300–314);
one table per rule. Every text here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.barheader import bar_header
from jirei.commentforms import read_comment_section
from jirei.fakebold import undouble
from jirei.fields import read_fields
from jirei.lines import Line, split_lines
from jirei.model import Span
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES


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
    # an indented field line: the indent opens no empty field
    ("　　施設名称　　みしま窓口（一体的実施施設）", [("facility", "みしま窓口(一体的実施施設)")]),
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


# --- a label line over word lines (decisions 301, 401: jirei.tables.kpiboxes) ------------

_BOX_CASE = (
    "【静岡県三島市】【静岡労働局・ハローワーク三島】（一体的実施施設）令和2年4月1日事業開始\n"
    "窓口で仕事の相談を受ける\n■取組内容\n・毎週の出張相談\n■令和4年度の実績\n"
)

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
    # a label with a target line and no 実績 line: the target, actual null
    ("支援対象者数\n目標　80人以上", [("支援対象者数", (80, "人", "以上"), None, None)]),
    # a sentence is no label: no metric, the lines are other results
    ("相談が増えた。\n実績　91人", []),
]


@pytest.mark.parametrize(("text", "expected"), BOX)
def test_word_box(text: str, expected: list[tuple[object, ...]]) -> None:
    (profile,) = jirei.parse_text(_BOX_CASE + text + "\n").profiles
    got = [
        (
            m.label,
            (m.target.value, m.target.unit, m.target.qualifier) if m.target else None,
            (m.actual.value, m.actual.unit) if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]
    assert got == expected
    assert bool(profile.other_results) == (not expected)


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


# --- units in column headers, a second header row (decision 307) ------------------------

UNIT_TABLE = """事例1　三島市
駅の近くで相談を一度に
（１）取組の内容
・毎週、福祉課と打合せを行う。
（２）令和元年度の実績
区分　　　　目標値（人）　　実績値（人）　　達成率（％）
支援対象者数　　８０以上　　　　９１　　　　１１３．８
区分　　　　目標値（％）　　実績値（％）
就職率　　　　５０．０以上　　　５５．０
（３）関係者の声
＜三島市コメント＞
　窓口が近くなった。
"""


def test_units_in_column_headers() -> None:
    (profile,) = jirei.parse_text(UNIT_TABLE).profiles
    got = [
        (
            m.label,
            (m.target.value, m.target.unit, m.target.qualifier) if m.target else None,
            (m.actual.value, m.actual.unit) if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]
    assert got == [
        ("支援対象者数", (80, "人", "以上"), (91, "人"), Decimal("113.8")),
        ("就職率", (Decimal("50.0"), "%", "以上"), (Decimal("55.0"), "%"), None),
    ]


# --- a header in a sentence of another word order (decision 306) ------------------------

PROSE = [
    (
        "本事業は、三島市と静岡労働局（ハローワーク三島）が平成２７年４月１日に開設した\n"
        "「みしま窓口」（一体的実施施設）において実施している。",
        (
            "三島市",
            "静岡労働局",
            ("ハローワーク三島",),
            "みしま窓口",
            "一体的実施施設",
            "2015-04-01",
        ),
    ),
    (
        "本事業は、静岡県三島市と静岡労働局（ハローワーク三島）が平成２７年４月１日に開設した"
        "「みしま窓口」において実施している。",
        ("三島市", "静岡労働局", ("ハローワーク三島",), "みしま窓口", None, "2015-04-01"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PROSE)
def test_prose_header_other_word_order(sentence: str, expected: tuple[object, ...]) -> None:
    text = (
        "事例1　三島市\n駅の近くで相談を一度に\n（１）事業の概要\n　" + sentence + "\n"
        "（２）取組の内容\n・毎週、福祉課と打合せを行う。\n"
        "（３）関係者の声\n＜三島市コメント＞\n　窓口が近くなった。\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert (
        profile.municipality,
        profile.labour_bureau,
        profile.hello_work,
        profile.facility_name,
        profile.facility_type,
        str(profile.start_date),
    ) == expected


# --- a continuation line after a page break (decision 308) ------------------------------

CONTINUED = """事例1　三島市
駅の近くで相談を一度に
（１）取組の内容
・毎週、福祉課と打合せを行う。
（２）令和元年度の実績
区分　　　　目標　　　実績
支援対象者数　　８０人　　９１人

― １ ―

事例1　三島市（続き）

（３）関係者の声
＜三島市コメント＞
　窓口が近くなった。

事例2　沼津市
港の近くで相談を一度に
（１）取組の内容
・月に一度、出張相談を行う。
（２）令和元年度の実績
区分　　　　目標　　　実績
支援対象者数　　５０人　　６０人
"""


def test_continued_label_starts_no_case() -> None:
    profiles = jirei.parse_text(CONTINUED).profiles
    assert [(p.municipality, len(p.comments)) for p in profiles] == [("三島市", 1), ("沼津市", 0)]


# --- fake-bold headings (decision 313) ---------------------------------------------------

DOUBLED = [
    ("【【取取組組内内容容】】", "【取組内容】"),
    ("  ＜＜成成果果＞＞", "＜成果＞"),
    ("ああいい", None),  # too short to be a heading
    ("【【取組内容】】", None),  # not every character doubled
    ("１１００人人", "１０人"),  # doubled text, read as a heading only when it is one
]


@pytest.mark.parametrize(("text", "expected"), DOUBLED)
def test_undouble(text: str, expected: str | None) -> None:
    assert undouble(text) == expected


def test_fake_bold_heading_opens_its_section() -> None:
    text = (
        "【静岡県三島市】【静岡労働局・ハローワーク三島】\n駅の近くで相談を一度に\n\n"
        "【【取取組組内内容容】】\n・毎週、福祉課と打合せを行う。\n\n"
        "【【事事業業目目標標とと実実績績】】\n区分　　目標　　実績\n"
        "支援対象者数　　８０人　　９１人\n\n"
        "＜三島市コメント＞\n　窓口が近くなった。\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.initiatives == ("毎週、福祉課と打合せを行う。",)
    assert [m.label for m in profile.metrics] == ["支援対象者数"]


# --- a running head also on the first page, where no page number stands (decision 314) --

HEADED = """表紙の題

静岡労働局　取組事例
【静岡県三島市】【静岡労働局・ハローワーク三島】
駅の近くで相談を一度に
【取組内容】
・毎週、福祉課と打合せを行う。
＜三島市コメント＞
　窓口が近くなった。

－ １ －

静岡労働局　取組事例
【静岡県沼津市】【静岡労働局・ハローワーク沼津】
港の近くで相談を一度に
【取組内容】
・月に一度、出張相談を行う。
＜沼津市コメント＞
　相談が増えた。

－ ２ －

静岡労働局　取組事例
【静岡県富士市】【静岡労働局・ハローワーク富士】
工場の近くで相談を一度に
【取組内容】
・求人を開拓する。
＜富士市コメント＞
　就職が増えた。

－ ３ －
"""


def test_running_head_on_first_page_is_no_title() -> None:
    titles = [p.title for p in jirei.parse_text(HEADED).profiles]
    assert titles == [
        "駅の近くで相談を一度に",
        "港の近くで相談を一度に",
        "工場の近くで相談を一度に",
    ]


# --- two cells joined where normalisation removed a single space (decision 310) ---------

JOINED = """事例1　三島市
駅の近くで相談を一度に
■取組内容
①毎週、福祉課と打合せを行う。
■令和元年度　目標と実績
指標　　　　　　目標　　　　　　実績　　　　達成率
職業相談件数　　延べ３００件程度　延べ３３０件　　１１０．０％
就職率　　　　　６０．０％以上　　６０．１％　　　－
■関係者のコメント
三島市福祉課　　窓口が近くなった。
"""


def test_joined_cells_are_cut_at_the_removed_space() -> None:
    (profile,) = jirei.parse_text(JOINED).profiles
    got = [
        (
            m.label,
            (m.target.value, m.target.qualifier) if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]
    assert got == [
        ("職業相談件数", (300, "程度"), 330, Decimal("110.0")),
        ("就職率", (Decimal("60.0"), "以上"), Decimal("60.1"), None),
    ]
