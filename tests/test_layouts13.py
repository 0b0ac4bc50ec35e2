"""Layouts read by general rules of decisions 500– (corpus/README.md): marked field lines
whose label is a heading, runs of key–value results apart by ``、``. One table per rule;
every text here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from _profiles import figures
from jirei.inlineheads import split_inline_headings
from jirei.lines import split_lines
from jirei.normalise import normalise

HEADER = (
    "【静岡県三島市】【静岡労働局・ハローワーク三島】みしま仕事コーナー（一体的実施施設）"
    "令和2年4月1日事業開始\n\n## 駅前で仕事の相談を受ける\n\n"
    "## 【取組内容】\n・駅前で相談を受ける。\n\n"
)


# --- marked field lines whose label is a heading (decision 500) --------------------------

INLINE = [
    ("○令和3年度実績：利用者数40人", ["○令和3年度実績", "利用者数40人"]),
    ("■その他の成果：面接会を開いた。", ["■その他の成果", "面接会を開いた。"]),
    ("◆沼津市のコメント：「よかった。」", ["◆沼津市のコメント", "「よかった。」"]),
    # decision 513: a comment heading, then its quote without a colon
    ("○沼津市のコメント　「よかった。」", ["○沼津市のコメント", "「よかった。」"]),
    ("【沼津市のコメント】「よかった。」", ["【沼津市のコメント】", "「よかった。」"]),
    ("○テーマ：駅前の窓口", ["○テーマ:駅前の窓口"]),  # a field label: kept whole
    # a section heading before a quote, no comment heading: kept whole
    ("○取組内容　「駅前」の窓口", ["○取組内容 「駅前」の窓口"]),
    ("実績：利用者数40人", ["実績:利用者数40人"]),  # no marker: kept whole
]


@pytest.mark.parametrize(("text", "expected"), INLINE)
def test_inline_heading_is_cut(text: str, expected: list[str]) -> None:
    norm = normalise(text)
    lines = split_inline_headings(split_lines(norm.text))
    assert [line.text.replace(":", "：") for line in lines] == [
        e.replace(":", "：") for e in expected
    ]
    for line in lines:  # each part keeps its own offsets
        assert norm.text[line.start : line.end] == line.text


def test_inline_headings_read_through_the_parser() -> None:
    text = (
        HEADER
        + "○令和4年度実績：利用者数40人（目標30人）\n"
        + "○その他の成果：面接会を2回開いた。\n"
        + "○沼津市のコメント：「駅前なので相談が\n　増えた。」\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert figures(profile) == [("利用者数", (30, "人", None), (40, "人", None), None)]
    assert list(profile.other_results) == ["面接会を2回開いた。"]
    assert [c.speaker for c in profile.comments] == ["沼津市"]
    assert "駅前なので" in profile.comments[0].text


# --- a run of key–value results apart by 、 (decision 501) -------------------------------

RUNS = [
    (
        "利用者数52人（目標40人以上）、\n　就職者数30人（目標25人、達成率120.0％）、就職率57.7％\n",
        [
            ("利用者数", (40, "人", "以上"), (52, "人", None), None),
            ("就職者数", (25, "人", None), (30, "人", None), Decimal("120.0")),
            ("就職率", None, (Decimal("57.7"), "%", None), None),
        ],
    ),
    (
        "利用者数52人、就職者数30人（うち紹介就職21人）\n",
        [
            ("利用者数", None, (52, "人", None), None),
            ("就職者数", None, (30, "人", None), None),
            ("うち紹介就職", None, (21, "人", None), None),
        ],
    ),
    (  # pieces apart by ／ (decision 510)
        "・利用者数52人（目標40人）／就職者数30人（目標25人）\n",
        [
            ("利用者数", (40, "人", None), (52, "人", None), None),
            ("就職者数", (25, "人", None), (30, "人", None), None),
        ],
    ),
]


@pytest.mark.parametrize(("results", "expected"), RUNS)
def test_keyvalue_runs(results: str, expected: list[tuple[object, ...]]) -> None:
    text = HEADER + "## 【令和4年度の実績】\n" + results
    (profile,) = jirei.parse_text(text).profiles
    assert figures(profile) == expected


# --- a numbered place line with its bureau / office in 【】 (decision 502) ---------------
# --- a wrapped quote's last line is no headline; a closing 以上 is furniture (503) -----------

HANDOUT = (
    "資料２\n\n　ブロック会議資料\n\n"
    "１　静岡県三島市【静岡労働局・ハローワーク三島】\n"
    "　○テーマ：駅前で仕事の相談を受ける\n"
    "　○取組内容\n　　・駅前で相談を受ける。\n"
    "　○令和4年度実績：利用者数40人（目標30人）\n"
    "　○三島市のコメント：「駅前なので相談が\n　　増えた。」\n\n"
    "２　愛知県豊橋市・豊川市【愛知労働局・ハローワーク豊橋】\n"
    "　○テーマ：二つの市で一つの窓口\n"
    "　○取組内容\n　　・二つの市で相談を受ける。\n"
    "　○令和4年度実績：利用者数60人、就職者数31人\n"
    "　○豊川市のコメント：「窓口が一つに\n　　なった。」\n\n"
    "　　　　　　　　以　上\n"
)

HANDOUT_CASES = [
    (0, "静岡県", "三島市", "静岡労働局", ("ハローワーク三島",), "駅前で仕事の相談を受ける"),
    (1, "愛知県", "豊橋市・豊川市", "愛知労働局", ("ハローワーク豊橋",), "二つの市で一つの窓口"),
]


@pytest.mark.parametrize(
    ("index", "prefecture", "municipality", "bureau", "offices", "title"), HANDOUT_CASES
)
def test_numbered_place_line_with_bracketed_offices(
    index: int, prefecture: str, municipality: str, bureau: str, offices: tuple[str, ...],
    title: str,
) -> None:
    profiles = jirei.parse_text(HANDOUT).profiles
    assert len(profiles) == 2
    profile = profiles[index]
    assert (profile.prefecture, profile.municipality) == (prefecture, municipality)
    assert (profile.labour_bureau, profile.hello_work) == (bureau, offices)
    assert profile.title == title


def test_wrapped_quote_tail_and_closing_word() -> None:
    first, second = jirei.parse_text(HANDOUT).profiles
    assert [c.text.replace("\n", "").replace(" ", "") for c in first.comments] == [
        "駅前なので相談が増えた。"
    ]
    assert [c.text.replace("\n", "").replace(" ", "") for c in second.comments] == [
        "窓口が一つになった。"
    ]


# --- a bureau・office field label, its value right after it (decision 504); a place value
# --- with the municipality's department in brackets (decision 505) ------------------------

SHEET = (
    "（事例１）\n駅前で仕事の相談を受ける\n"
    "　　実施自治体　　　{place}\n"
    "　　{label}　{offices}\n"
    "　　開設日　　　　　平成２６年４月１日\n\n"
    "■取組の内容\n　①駅前で相談を受ける。\n\n"
    "■平成２６年度の実績\n　　支援対象者数　　５０人（目標４０人）\n\n"
    "（事例２）\n駅の中で相談を受ける\n"
    "　　実施自治体　　　静岡県沼津市\n"
    "　　開設日　　　　　平成２６年４月１日\n\n"
    "■取組の内容\n　①駅で相談を受ける。\n\n"
    "■平成２６年度の実績\n　　支援対象者数　　６０人（目標４０人）\n"
)

SHEET_CASES = [
    ("静岡県三島市", "労働局・ハローワーク", "静岡労働局・ハローワーク三島",
     ("静岡県", "三島市", "静岡労働局", ("ハローワーク三島",))),
    ("三島市（健康福祉部福祉課）", "労働局・ハローワーク", "静岡労働局・ハローワーク三島",
     (None, "三島市", "静岡労働局", ("ハローワーク三島",))),
    ("静岡県三島市（健康福祉部福祉課）", "ハローワーク", "ハローワーク三島（静岡労働局）",
     ("静岡県", "三島市", "静岡労働局", ("ハローワーク三島",))),
]


@pytest.mark.parametrize(("place", "label", "offices", "expected"), SHEET_CASES)
def test_space_aligned_bureau_office_fields(
    place: str, label: str, offices: str, expected: tuple[object, ...]
) -> None:
    text = SHEET.format(place=place, label=label, offices=offices)
    profile = jirei.parse_text(text).profiles[0]
    found = (profile.prefecture, profile.municipality, profile.labour_bureau, profile.hello_work)
    if expected[0] is None:  # the prefecture may be inferred from the municipality
        found = (None, *found[1:])
    assert found == expected


# --- a pandoc simple table: a rule of dash runs apart by single spaces (decision 506) ------

PANDOC = [
    (
        "  項目           目標     実績     達成率\n"
        "  -------------- -------- -------- --------\n"
        "  利用者数       40人     52人     130.0%\n"
        "  就職率         50%以上  55.8%    －\n",
        [
            ("利用者数", (40, "人", None), (52, "人", None), Decimal("130.0")),
            ("就職率", (50, "%", "以上"), (Decimal("55.8"), "%", None), None),
        ],
    ),
    (
        "  区分           目標     実績\n"
        "  ---------- ------ ------\n"
        "  相談件数       300件    412件\n",
        [("相談件数", (300, "件", None), (412, "件", None), None)],
    ),
    (  # a pandoc grid table (decision 510)
        "+----------+-------+-------+\n"
        "| 区分     | 目標  | 実績  |\n"
        "+==========+=======+=======+\n"
        "| 相談件数 | 300件 | 412件 |\n"
        "+----------+-------+-------+\n"
        "| 就職者数 | 20人  | 25人  |\n"
        "+----------+-------+-------+\n",
        [
            ("相談件数", (300, "件", None), (412, "件", None), None),
            ("就職者数", (20, "人", None), (25, "人", None), None),
        ],
    ),
]


@pytest.mark.parametrize(("results", "expected"), PANDOC)
def test_pandoc_simple_tables(results: str, expected: list[tuple[object, ...]]) -> None:
    text = HEADER + "## 【令和4年度の実績】\n\n" + results
    (profile,) = jirei.parse_text(text).profiles
    assert figures(profile) == expected


# --- an opening block's place line with its partners, a bold facility line (decision 507) --

OPENING = (
    "## 事例1　{header}\n\n{facility}\n\n### 駅前で仕事の相談を受ける\n\n"
    "### 取組のポイント\n\n-   駅前で相談を受ける。\n\n"
    "### 令和3年度の実績\n\n利用者数：52人（目標40人）\n\n"
    "## 事例2　駅の中で相談を受ける\n\n### 取組のポイント\n\n-   駅で相談を受ける。\n\n"
    "### 令和3年度の実績\n\n利用者数：60人（目標40人）\n"
)

OPENINGS = [
    (
        "静岡県三島市 × 静岡労働局・ハローワーク三島",
        "**みしま仕事コーナー（一体的実施施設）／令和2年4月1日開設**",
    ),
    (
        "静岡県三島市（静岡労働局・ハローワーク三島）",
        "**みしま仕事コーナー（一体的実施施設）　令和2年4月1日開設**",
    ),
]


@pytest.mark.parametrize(("header", "facility"), OPENINGS)
def test_opening_block_place_with_partners(header: str, facility: str) -> None:
    profile = jirei.parse_text(OPENING.format(header=header, facility=facility)).profiles[0]
    assert (profile.prefecture, profile.municipality) == ("静岡県", "三島市")
    assert (profile.labour_bureau, profile.hello_work) == ("静岡労働局", ("ハローワーク三島",))
    facility = (profile.facility_name, profile.facility_type)
    assert facility == ("みしま仕事コーナー", "一体的実施施設")
    assert str(profile.start_date) == "2020-04-01"


# --- a quoted comment with its speaker after it, behind a markdown quote mark (decision 508) --

QUOTED = [
    (
        "> 「駅前なので相談が増えた。」（三島市福祉課）\n",
        [("三島市福祉課", "駅前なので相談が増えた。")],
    ),
    (
        "> 「話しやすくなった。」（ハローワーク三島）\n\n> 「予約が減った。」（静岡労働局）\n",
        [("ハローワーク三島", "話しやすくなった。"), ("静岡労働局", "予約が減った。")],
    ),
]


@pytest.mark.parametrize(("comments", "expected"), QUOTED)
def test_blockquote_quote_then_speaker(comments: str, expected: list[tuple[str, str]]) -> None:
    results = "## 【令和4年度の実績】\n利用者数：52人（目標40人）\n\n"
    text = HEADER + results + "## 関係者の声\n\n" + comments
    (profile,) = jirei.parse_text(text).profiles
    assert [(c.speaker, c.text) for c in profile.comments] == expected


# --- a headline opening with an office word is no office line (decision 509) --------------

HEADLINES = [
    "ハローワークの中に市の窓口を置いた新しい形の連携",
    "ハローワークと市が同じ机で相談を受ける",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_opening_with_office_word(headline: str) -> None:
    text = (
        f"第１　静岡県三島市の取組\n\n　{headline}\n\n　　自治体　　　　三島市\n"
        "　　ハローワーク　ハローワーク三島（静岡労働局）\n\n"
        "１　取組の概要\n　（１）駅前で相談を受ける。\n\n"
        "２　令和４年度の実績\n　・利用者数：５２人（目標４０人）\n\n"
        "第２　静岡県沼津市の取組\n\n　駅の中で相談を受ける\n\n"
        "　　自治体　　　　沼津市\n\n"
        "１　取組の概要\n　（１）駅で相談を受ける。\n\n"
        "２　令和４年度の実績\n　・利用者数：６０人（目標４０人）\n"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.title == headline
    assert profile.hello_work == ("ハローワーク三島",)


# --- a one-line comment under its heading right before the next case (decision 511); a
# --- bracketed number before a place and its bracketed offices (decision 502) --------------

HANDOUT_BODY = (
    "　○テーマ：駅前で仕事の相談を受ける\n"
    "　○取組内容\n　　・駅前で相談を受ける。\n"
    "　○令和４年度実績：利用者数５２人（目標４０人以上）、就職者数３０人\n"
    "　○{city}のコメント：「駅前なので相談が増えた。」\n\n"
)

HANDOUT_LABELS = ["１　", "（１）", "１．"]


@pytest.mark.parametrize("label", HANDOUT_LABELS)
def test_one_line_comment_before_next_case(label: str) -> None:
    second = label.replace("１", "２")
    text = (
        f"{label}静岡県三島市【静岡労働局・ハローワーク三島】\n"
        + HANDOUT_BODY.format(city="三島市")
        + f"{second}静岡県沼津市【静岡労働局・ハローワーク沼津】\n"
        + HANDOUT_BODY.format(city="沼津市")
    )
    profiles = jirei.parse_text(text).profiles
    assert [(p.municipality, p.labour_bureau) for p in profiles] == [
        ("三島市", "静岡労働局"), ("沼津市", "静岡労働局"),
    ]
    for profile in profiles:
        assert [c.text for c in profile.comments] == ["駅前なので相談が増えた。"]


# --- a key–value run wrapped inside a bracket (decision 512) -------------------------------

WRAPPED_RUNS = [
    "○令和4年度実績：利用者数５２人（目標\n　　４０人以上）、就職者数３０人\n",
    "## 【令和4年度の実績】\n利用者数：５２人（目標４０人以上、\n"
    "　達成率１３０．０％）\n就職者数：３０人\n",
]


@pytest.mark.parametrize("results", WRAPPED_RUNS)
def test_keyvalue_run_wrapped_in_a_bracket(results: str) -> None:
    text = HEADER + results
    doc = jirei.parse_text(text)
    (profile,) = doc.profiles
    first, second = profile.metrics
    assert first.target is not None and first.actual is not None
    found = (first.label, first.target.value, first.target.qualifier, first.actual.value)
    assert found == ("利用者数", 40, "以上", 52)
    assert second.actual is not None
    assert (second.label, second.actual.value) == ("就職者数", 30)
    assert first.target.span is not None
    assert first.target.span.slice(text).startswith("４０人")  # offsets of the original
