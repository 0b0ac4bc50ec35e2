"""Layouts of the development sets holdout4/5 and the two-column gap, read by general rules
(corpus/README.md decisions 93–); one table per rule. Every text here is invented."""

from __future__ import annotations

import pytest

import jirei
from jirei.commentforms import names_each_speaker
from jirei.indent import common_indent, dedent
from jirei.labelplace import label_place
from jirei.lines import Line, split_lines
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.sections import Kind, classifier

# --- ▷ headings and their aliases (decision 93) -----------------------------------------

HEADINGS = [
    (" ▷ 取組", "initiatives"),
    ("▶ 主な取組", "initiatives"),
    ("  ▷ H30年度の結果", "results"),
    ("▷ ひとこと", "comments"),
    ("▷ 窓口の様子", None),  # a marked line naming no section
]


@pytest.mark.parametrize(("text", "kind"), HEADINGS)
def test_triangle_marked_headings(text: str, kind: str | None) -> None:
    info = classifier(DEFAULT_RULES).classify(Line(text, 0))
    if kind is None:
        assert info.kind is not Kind.SECTION
    else:
        assert (info.kind, info.section) == (Kind.SECTION, kind)


# --- a block's common indentation is layout (decision 93) -------------------------------

INDENTS = [
    (["  a", "  b"], 2, ["a", "b"]),
    (["    a", "  b", ""], 2, ["  a", "b", ""]),  # what is indented further stays so
    (["a", "  b"], 0, ["a", "  b"]),
    (["\ta", "\tb"], 0, ["\ta", "\tb"]),  # a tab is a cell break, never layout
    ([], 0, []),
]


@pytest.mark.parametrize(("texts", "width", "expected"), INDENTS)
def test_dedent(texts: list[str], width: int, expected: list[str]) -> None:
    lines = split_lines("\n".join(texts) + "\n") if texts else []
    assert common_indent(lines) == width
    out = dedent(lines)
    assert [line.text for line in out] == expected
    text = "\n".join(texts)
    for line in out:  # offsets still point at the same characters
        assert text[line.start : line.end] == line.text


def test_indented_arrow_results_are_read() -> None:
    text = (
        "□ 長野県川辺市 × 長野労働局/ハローワーク川辺\n"
        "　窓口：かわべ相談室（一体的実施施設、Ｈ２８．４．１～）\n"
        "　“川のまちで働く”\n"
        "　▷ 取組\n"
        "　　- 市の窓口で相談を受ける。\n"
        "　▷ Ｈ２９年度の結果\n"
        "　　支援対象者数７０人 → 就職者数４０人（就職率５７．１％）\n"
        "　　目標：支援対象者数６０人、就職者数３５人\n"
        "　▷ ひとこと\n"
        "　　川辺市「相談が増えた。」\n"
    )
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 1
    profile = doc.profiles[0]
    got = [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
        for m in profile.metrics
    ]
    assert [(g[0], g[1], str(g[2])) for g in got] == [
        ("支援対象者数", 60, "70"),
        ("就職者数", 35, "40"),
        ("就職率", None, "57.1"),
    ]
    assert [(c.speaker, c.text) for c in profile.comments] == [("川辺市", "相談が増えた。")]
    assert profile.fiscal_year == 2017


# --- a comment heading over lines naming their own speakers (decision 94) ----------------

SPEAKER_BLOCKS = [
    (["川辺市:相談が増えた。", "ハローワーク川辺:求人が増えた。"], True),
    (["川辺市「相談が増えた。」", ""], True),
    (["相談が増えた。", "ハローワーク川辺:求人が増えた。"], False),  # one line without
    (["", ""], False),
]


@pytest.mark.parametrize(("texts", "expected"), SPEAKER_BLOCKS)
def test_names_each_speaker(texts: list[str], expected: bool) -> None:
    lines = [Line(text, 0) for text in texts]
    assert names_each_speaker(lines) is expected


def test_comment_heading_over_speaker_lines() -> None:
    text = (
        "【長野県川辺市】【長野労働局・ハローワーク川辺】（一体的実施施設）\n"
        "川のまちで働く\n"
        "＜取組内容＞\n"
        "・市の窓口で相談を受ける。\n"
        "〈担当者から〉\n"
        "川辺市：相談が増えた。\n"
        "ハローワーク川辺：求人が増えた。\n"
    )
    comments = jirei.parse_text(text).profiles[0].comments
    assert [(c.speaker, c.role, c.text) for c in comments] == [
        ("川辺市", "municipality", "相談が増えた。"),
        ("ハローワーク川辺", "hello_work", "求人が増えた。"),
    ]


# --- a label line naming the place before the headline (decision 95) ---------------------

LABEL_PLACES = [
    ("No.1　函館市　港のまちで働く", ("函館市", None, "港のまちで働く")),
    ("No.2 北海道釧路市 港のまちで働く", ("釧路市", "北海道", "港のまちで働く")),
    ("事例3　松本市　山のまちで働く", ("松本市", None, "山のまちで働く")),
    ("No.1　函館市", None),  # the place alone: the headline is on the next line
    ("No.1　函館市の港で働く", None),  # no space after the place: it is the headline's
    ("函館市　港のまちで働く", None),  # no label
]


@pytest.mark.parametrize(("text", "expected"), LABEL_PLACES)
def test_label_place(text: str, expected: tuple[str, str | None, str] | None) -> None:
    norm = normalise(text, DEFAULT_RULES)
    line = Line(norm.text, 0)

    def removed(start: int, end: int) -> bool:
        o_start, o_end = norm.span(start, end)
        return o_end - o_start > end - start

    found = label_place(line, removed)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.municipality, found.prefecture, norm.text[found.title_start :]) == expected
    assert norm.text[found.municipality_start : found.end] == found.municipality


def test_label_place_title_and_municipality() -> None:
    text = (
        "No.1　函館市　港のまちで働く\n"
        "＜取組内容＞\n"
        "・市の窓口で相談を受ける。\n"
        "＜実績＞\n"
        "\t目標\t実績\n"
        "就職者数\t10人\t12人\n"
    )
    doc = jirei.parse_text(text)
    profile = doc.profiles[0]
    assert (profile.title, profile.municipality, profile.prefecture) == (
        "港のまちで働く",
        "函館市",
        "北海道",
    )
    assert text[profile.spans["municipality"].start : profile.spans["municipality"].end] == (
        "函館市"
    )


# --- infographics and press releases (decision 96) --------------------------------------

BAR_HEADERS = [
    (
        "長野県川辺市 | 長野労働局・ハローワーク川辺",
        ("長野県川辺市", "長野労働局・ハローワーク川辺"),
    ),
    ("長野県川辺市 | ハローワーク川辺", ("長野県川辺市", "ハローワーク川辺")),
    ("| 長野県川辺市 | 長野労働局 |", None),  # a pipe table row
    ("支援対象者数 | 120人", None),  # no place
    ("長野県川辺市 | 相談が増えた", None),  # no office
    ("長野県川辺市 | 長野労働局 | ハローワーク川辺", None),  # three cells: a table
]


@pytest.mark.parametrize(("text", "expected"), BAR_HEADERS)
def test_bar_header(text: str, expected: tuple[str, str] | None) -> None:
    from jirei.barheader import bar_header

    found = bar_header(text)
    assert (None if found is None else (found["place"], found["offices"])) == expected
    kind = classifier(DEFAULT_RULES).classify(Line(text, 0)).kind
    assert (kind is Kind.HEADER) is (expected is not None)


def test_infographic_slides() -> None:
    text = (
        "川のまちで働く\n"
        "長野県川辺市　｜　長野労働局・ハローワーク川辺\n"
        "かわべ相談室（一体的実施施設）　開設：H28.4.1\n"
        "\n"
        "これがポイント！\n"
        "→ 市の窓口で相談を受ける。\n"
        "\n"
        "数字で見る成果（平成２９年度）\n"
        "１２０人\n"
        "支援対象者数（目標１００人、達成率１２０．０％）\n"
        "６０．０％\n"
        "就職率\n"
        "\n"
        "担当者の声\n"
        "川辺市：相談が増えた。\n"
        "\f山のまちで働く\n"
        "長野県山辺町　｜　長野労働局・ハローワーク川辺\n"
        "やまべ相談室（常設窓口）　開設：H29.4.3\n"
        "\n"
        "これがポイント！\n"
        "→ 町の窓口で相談を受ける。\n"
        "\n"
        "数字で見る成果（平成２９年度）\n"
        "３０人\n"
        "就職者数（目標２５人以上）\n"
        "\n"
        "担当者の声\n"
        "山辺町：相談が増えた。\n"
    )
    profiles = jirei.parse_text(text).profiles
    assert [
        (
            p.title, p.prefecture, p.municipality, p.labour_bureau, p.hello_work,
            p.facility_name, p.facility_type, str(p.start_date), p.fiscal_year,
        )
        for p in profiles
    ] == [
        ("川のまちで働く", "長野県", "川辺市", "長野労働局", ("ハローワーク川辺",),
         "かわべ相談室", "一体的実施施設", "2016-04-01", 2017),
        ("山のまちで働く", "長野県", "山辺町", "長野労働局", ("ハローワーク川辺",),
         "やまべ相談室", "常設窓口", "2017-04-03", 2017),
    ]  # fmt: skip
    first = profiles[0].metrics
    got = [
        (m.label, m.target.value if m.target else None, m.actual, m.achievement_rate) for m in first
    ]
    assert [
        (label, target, str(actual.value), str(rate)) for label, target, actual, rate in got
    ] == [
        ("支援対象者数", 100, "120", "120.0"),
        ("就職率", None, "60.0", "None"),
    ]
    assert [c.text for c in profiles[0].comments] == ["相談が増えた。"]


def test_press_release_numbered_results_and_marked_speakers() -> None:
    text = (
        "川辺市の窓口、就職者が増えました\n"
        "\n"
        "１　概要\n"
        "　長野県川辺市と長野労働局（ハローワーク川辺）は、平成２９年４月３日、市役所に"
        "「かわべ相談室」（一体的実施施設）を開設し、就労支援を行っている。\n"
        "\n"
        "２　主な取組\n"
        "（１）市の窓口で相談を受けている。\n"
        "\n"
        "３　令和元年度の実績\n"
        "（１）支援対象者数　１２０人（目標１００人、達成率１２０．０％）\n"
        "（２）就職率　６０．０％\n"
        "\n"
        "４　関係者のコメント\n"
        "○川辺市福祉課長\n"
        "　「相談が増えた。」\n"
        "○ハローワーク川辺所長\n"
        "　「求人が増えた。」\n"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert [(m.label, m.key) for m in profile.metrics] == [
        ("支援対象者数", "support_targets"),
        ("就職率", "employment_rate"),
    ]
    assert [(c.speaker, c.role, c.text) for c in profile.comments] == [
        ("川辺市福祉課長", "municipality", "相談が増えた。"),
        ("ハローワーク川辺所長", "hello_work", "求人が増えた。"),
    ]


KEYVALUE_NUMBERS = [
    ("(1)支援対象者数 120人(目標100人)", "支援対象者数"),
    ("1.就職者数:60人", "就職者数"),
    ("・(2)就職率 60.0%(目標55%)", "就職率"),
    ("12人(目標10人)", None),  # a figure, no label: no item number taken from it
]


@pytest.mark.parametrize(("text", "label"), KEYVALUE_NUMBERS)
def test_keyvalue_item_number_is_no_label(text: str, label: str | None) -> None:
    from jirei.profile import identity_locate
    from jirei.tables.keyvalue import read_line

    found = read_line(Line(text, 0), locate=identity_locate)
    assert (found[0].label if found else None) == label


# --- a two-column page as two streams (decisions 84-85) ----------------------------------

_GAP = " " * 12

COLUMN_PAGES = [
    (
        "left items beside a right table",
        [
            "【取組内容】" + " " * 30 + "【実績】",
            "・市の窓口で相談を受ける。" + " " * 16 + "区分    目標    実績",
            " " * 42 + "就職者数    10人    12人",
        ],
        [
            "【取組内容】",
            "・市の窓口で相談を受ける。",
            "【実績】",
            "区分    目標    実績",
            "就職者数    10人    12人",
        ],
    ),
    (
        "a space-aligned table is never split",
        [
            "区分" + _GAP + "目標" + _GAP + "実績",
            "支援対象者数" + " " * 8 + "100人" + _GAP + "120人",
        ],
        None,
    ),
    (
        "no sentence on the left: no columns",
        ["【取組内容】" + " " * 30 + "【実績】", "相談の様子" + " " * 32 + "就職者数  12人"],
        None,
    ),
    (
        "right parts at different columns: no block",
        [
            "【取組内容】" + " " * 30 + "【実績】",
            "・市の窓口で相談を受ける。" + " " * 40 + "区分    目標    実績",
        ],
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "texts", "expected"), COLUMN_PAGES, ids=[page[0] for page in COLUMN_PAGES]
)
def test_split_columns(name: str, texts: list[str], expected: list[str] | None) -> None:
    from jirei.columns import split_columns

    text = "\n".join(texts) + "\n"
    lines = split_lines(text)
    out = split_columns(lines)
    if expected is None:
        assert [line.text for line in out] == texts
        return
    assert [line.text for line in out] == expected
    for line in out:  # every part keeps its offsets into the text
        assert text[line.start : line.end] == line.text


def test_two_column_case_reads_both_columns() -> None:
    text = (
        "【長野県川辺市】【長野労働局・ハローワーク川辺】かわべ相談室（一体的実施施設）"
        "平成27年4月1日事業開始\n"
        "川のまちで働く\n"
        "\n"
        "【取組内容】" + " " * 30 + "【27年度　事業目標と実績】\n"
        "・市の窓口で相談を受ける。" + " " * 16 + "区分        目標      実績\n"
        "・求人を毎週紹介する。" + " " * 20 + "就職者数    10人      12人\n"
        "\n"
        "＜川辺市コメント＞\n"
        "相談が増えた。\n"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.initiatives == ("市の窓口で相談を受ける。", "求人を毎週紹介する。")
    assert [
        (m.label, m.target.value, m.actual.value) for m in profile.metrics if m.target and m.actual
    ] == [("就職者数", 10, 12)]
    assert profile.fiscal_year == 2015
    span = profile.metrics[0].span
    assert text[span.start : span.end].startswith("就職者数")


# --- a label header whose spaces normalisation removed (decision 97) ---------------------

LABEL_HEADERS = [
    (
        "No.1　長野県川辺市　長野労働局　ハローワーク川辺",
        ("長野県川辺市", "長野労働局ハローワーク川辺"),
    ),
    ("事例2　川辺市　川辺公共職業安定所", ("川辺市", "川辺公共職業安定所")),
    (
        "No.3　長野県川辺市　長野労働局・ハローワーク川辺・ハローワーク山辺",
        ("長野県川辺市", "長野労働局・ハローワーク川辺・ハローワーク山辺"),
    ),
    ("No.1　川辺市とハローワークが連携", None),  # a headline: particles follow the place
    ("No.1　川辺市ハローワークと連携", None),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_HEADERS)
def test_label_header_without_spaces(text: str, expected: tuple[str, str] | None) -> None:
    from jirei.caselabel import label_header

    norm = normalise(text, DEFAULT_RULES).text
    found = label_header(norm)
    assert (None if found is None else (found["place"], found["offices"])) == expected
