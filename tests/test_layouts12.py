"""Layouts read by general rules of decisions 400–409 (corpus/README.md): figure boxes,
actual-first sentences, header rows indented past their rows, place fields naming the
partners, bulleted bold fields, blockquote comments, bare speaker lines over quotes.
One table per rule; every text here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from _profiles import figures, results_case
from jirei.commentforms import read_comment_section
from jirei.fields import read_field
from jirei.iroha import iroha_items
from jirei.lines import Line, split_lines
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.tables.kpiboxes import read_boxes

HEADER = (
    "【静岡県三島市】【静岡労働局・ハローワーク三島】みしま仕事コーナー（一体的実施施設）"
    "令和2年4月1日事業開始\n\n## 駅前で仕事の相談を受ける\n\n"
    "## 【取組内容】\n・駅前で相談を受ける。\n\n"
)


def _case(results: str, comments: str = "") -> jirei.Profile:
    return results_case(HEADER, results, comments)


# --- figure boxes: a label line over 目標 / 実績 lines (decision 401) -------------------

BOXES = [
    (
        "利用者数\n目標　40人以上\n実績　52人\n相談件数\n実績　延べ310件\n",
        [
            ("利用者数", (40, "人", "以上"), (52, "人", None), None),
            ("相談件数", None, (310, "件", None), None),
        ],
    ),
    (
        "就職者数\n目標　20人\n実績　25人（達成率125.0%）\n",
        [("就職者数", (20, "人", None), (25, "人", None), Decimal("125.0"))],
    ),
    (  # both figures on one line, apart by a wide gap
        "利用者数\n目標　40人以上　　実績　52人\n就職者数\n実績　25人\n",
        [
            ("利用者数", (40, "人", "以上"), (52, "人", None), None),
            ("就職者数", None, (25, "人", None), None),
        ],
    ),
    (  # the unit bracketed after the label
        "利用者数（人）\n目標　40\n実績　52\n就職率（%）\n実績　55.0\n",
        [
            ("利用者数", (40, "人", None), (52, "人", None), None),
            ("就職率", None, (Decimal("55.0"), "%", None), None),
        ],
    ),
    (  # a bracketed note above the boxes is kept, not read
        "（3月末時点）\n就職者数\n目標　20人\n実績　25人\n",
        [("就職者数", (20, "人", None), (25, "人", None), None)],
    ),
    (  # a colon after the role word
        "就職者数\n目標：20人\n実績： 25人\n",
        [("就職者数", (20, "人", None), (25, "人", None), None)],
    ),
    (  # the achievement rate on a line of its own under the box's figures
        "支援対象者数\n目標　80人以上\n実績　92人\n達成率　115.0%\n"
        "就職者数\n目標　40人\n実績　41人\n",
        [
            ("支援対象者数", (80, "人", "以上"), (92, "人", None), Decimal("115.0")),
            ("就職者数", (40, "人", None), (41, "人", None), None),
        ],
    ),
]


@pytest.mark.parametrize(("block", "expected"), BOXES)
def test_figure_boxes(block: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(_case(block)) == expected


NOT_BOXES = [
    "就職者数\n実績　25人\n",  # one box of an actual alone: too little to call a layout
    # a transposed space-aligned table
    "            利用者数    相談件数\n"
    "目 標       40人        300件\n実 績       52人        310件\n",
    "利用者数：52人（目標40人）\n就職者数：25人\n",  # key–value lines
    "説明会を開いた。\n実績　3回\n",  # a sentence is no box label
]


@pytest.mark.parametrize("block", NOT_BOXES)
def test_not_figure_boxes(block: str) -> None:
    norm = normalise(block, DEFAULT_RULES)
    assert read_boxes(split_lines(norm.text), DEFAULT_RULES) is None


# --- results sentence with the actual word before the figure (decision 402) ------------


SENTENCES = [
    "利用者数は目標40人に対し実績52人（達成率130.0%）、就職率は55.0%であった。",
    "利用者数は、目標40人に対し実績52人（達成率130.0%）、就職率は、55.0%であった。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_with_actual_word(sentence: str) -> None:
    profile = _case(sentence + "\n")
    assert figures(profile) == [
        ("利用者数", (40, "人", None), (52, "人", None), Decimal("130.0")),
        ("就職率", None, (Decimal("55.0"), "%", None), None),
    ]


# --- a header row indented past its rows (decision 403) --------------------------------


def test_header_row_indented_past_rows() -> None:
    block = (
        "　　　区分            目標        実績\n"
        "　利用者数            40人        52人\n"
        "　就職者数            20人        25人\n"
    )
    assert figures(_case(block)) == [
        ("利用者数", (40, "人", None), (52, "人", None), None),
        ("就職者数", (20, "人", None), (25, "人", None), None),
    ]


def test_row_label_with_unit() -> None:
    block = (
        "| 項目 | 目標 | 実績 |\n|---|---|---|\n"
        "| 利用者数（人） | 40以上 | 52 |\n| 就職率（%） | 50.0 | 55.0 |\n"
    )
    assert figures(_case(block)) == [
        ("利用者数", (40, "人", "以上"), (52, "人", None), None),
        ("就職率", (Decimal("50.0"), "%", None), (Decimal("55.0"), "%", None), None),
    ]


def test_rows_indented_past_header() -> None:
    block = (
        "    区分            目標        実績\n"
        "        利用者数    40人        52人\n"
        "        就職者数    20人        25人\n"
    )
    assert figures(_case(block)) == [
        ("利用者数", (40, "人", None), (52, "人", None), None),
        ("就職者数", (20, "人", None), (25, "人", None), None),
    ]


# --- key–value brackets split at ／ (decision 404) --------------------------------------


def test_keyvalue_bracket_with_slash() -> None:
    profile = _case("* 利用者数：52人（目標40人／達成率130.0%）\n* 就職率：55.0%\n")
    assert figures(profile) == [
        ("利用者数", (40, "人", None), (52, "人", None), Decimal("130.0")),
        ("就職率", None, (Decimal("55.0"), "%", None), None),
    ]


# --- place fields naming the partners; bulleted bold fields (decisions 405, 406) -------

FIELDS = [
    (
        "実施主体：三島市・静岡労働局（ハローワーク三島）",
        ("place", "三島市・静岡労働局(ハローワーク三島)"),
    ),
    ("- **連携先**：静岡労働局、ハローワーク三島", ("offices", "静岡労働局、ハローワーク三島")),
    ("* **開始時期**：令和2年4月1日", ("start_date", "令和2年4月1日")),
    ("- 連携先の事業所を回った。", None),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_field_lines(text: str, expected: tuple[str, str] | None) -> None:
    norm = normalise(text, DEFAULT_RULES)
    found = read_field(Line(norm.text, 0), DEFAULT_RULES)
    assert (None if found is None else (found.kind, found.value)) == expected


def test_place_field_with_partners_fills_the_header() -> None:
    text = (
        "事例1　静岡県三島市\n\n駅前で仕事の相談を受ける\n\n"
        "実施主体：三島市・静岡労働局（ハローワーク三島）\n窓口名称：みしま仕事コーナー（常設窓口）\n"
        "開始時期：令和2年4月1日\n\n◎取組の内容\n○駅前で相談を受ける。\n\n"
        "◎令和4年度の実績\n利用者数は目標40人に対し52人であった。\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert (profile.municipality, profile.labour_bureau, profile.hello_work) == (
        "三島市",
        "静岡労働局",
        ("ハローワーク三島",),
    )
    assert profile.start_date is not None and profile.start_date.isoformat() == "2020-04-01"


# --- comments: blockquote attributions, bare speaker lines over quotes (407, 408) ------

COMMENTS = [
    (
        "> 「相談が増えました。」\n> ― 三島市福祉課\n\n"
        "> 「求人を\n> 早く出せます。」\n> ― ハローワーク三島\n",
        [
            ("三島市福祉課", "municipality", "相談が増えました。"),
            ("ハローワーク三島", "hello_work", "求人を早く出せます。"),
        ],
    ),
    (  # a lone ``>`` between text and attribution, two dashes, a bracketed speaker
        "> 「相談が増えました。」\n>\n> ――三島市福祉課\n\n> 「求人を早く出せます。」\n"
        "> （ハローワーク三島）\n",
        [
            ("三島市福祉課", "municipality", "相談が増えました。"),
            ("ハローワーク三島", "hello_work", "求人を早く出せます。"),
        ],
    ),
    (
        "三島市 福祉課\n「相談が増えました。」\nハローワーク三島\n「求人を\n早く出せます。」\n",
        [
            ("三島市福祉課", "municipality", "相談が増えました。"),
            ("ハローワーク三島", "hello_work", "求人を早く出せます。"),
        ],
    ),
]


@pytest.mark.parametrize(("block", "expected"), COMMENTS)
def test_comment_blocks(block: str, expected: list[tuple[str, str, str]]) -> None:
    profile = _case("利用者数\t52人\n", "## 関係者の声\n" + block)
    assert [(c.speaker, c.role, c.text.replace("\n", "")) for c in profile.comments] == expected


def test_comment_heading_then_bare_speakers() -> None:
    block = "三島市の声\n「相談が増えました。」\nハローワーク三島\n「求人を早く出せます。」\n"
    profile = _case("利用者数\t52人\n", "## 関係者の声\n" + block)
    assert [(c.speaker, c.role, c.text) for c in profile.comments] == [
        ("三島市", "municipality", "相談が増えました。"),
        ("ハローワーク三島", "hello_work", "求人を早く出せます。"),
    ]


def test_bare_line_without_quote_below_is_no_speaker() -> None:
    norm = normalise("三島市福祉課\n相談が増えました。\n", DEFAULT_RULES)
    found = read_comment_section(split_lines(norm.text), DEFAULT_RULES)
    assert found.comments == ()


# --- iroha items and dash-quoted titles in the rule path; new bullets and asides (409) -


ITEMS = [
    (["ア　駅前で相談を受ける。", "イ　求人を探す。"], ["駅前で相談を受ける。", "求人を探す。"]),
    (["イ　求人を探す。", "ア　駅前で相談を受ける。"], None),  # out of order: left alone
    (["アルバイトの求人を探す。", "イベントを開く。"], None),  # katakana words
]


@pytest.mark.parametrize(("texts", "expected"), ITEMS)
def test_iroha_items(texts: list[str], expected: list[str] | None) -> None:
    norm = normalise("\n".join(texts), DEFAULT_RULES)
    lines = split_lines(norm.text)
    out = [line.text.strip() for line in iroha_items(lines) if line.text.strip()]
    assert out == (expected if expected is not None else [line.text for line in lines])


def test_small_square_bullets_and_outlook_aside() -> None:
    text = (
        HEADER.replace("・駅前で相談を受ける。", "▪ 駅前で相談を受ける\n▪ 求人を探す")
        + "## 【令和4年度の実績】\n利用者数\t52人\n\n今後の展開\n▪ 夜間の相談を考えている\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.initiatives == ("駅前で相談を受ける", "求人を探す")
    assert profile.other_results == ()


def test_dash_quoted_headline() -> None:
    text = HEADER.replace("## 駅前で仕事の相談を受ける", "―駅前で仕事の相談を受ける―") + (
        "## 【令和4年度の実績】\n利用者数\t52人\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.title == "駅前で仕事の相談を受ける"


# --- markdown rules and a closing contact line are furniture (decision 410) ------------

FURNITURE = [
    ("---", True),
    ("-----", True),
    ("お問い合わせ先:静岡労働局職業安定部", True),
    ("問合せ先:ハローワーク三島", True),
    ("-- 注", False),
    ("問い合わせの件数が増えた。", False),
]


@pytest.mark.parametrize(("text", "furniture"), FURNITURE)
def test_markdown_furniture(text: str, furniture: bool) -> None:
    from jirei.furniture import _opener
    from jirei.sections import classifier

    opener = _opener(DEFAULT_RULES)
    assert opener is not None
    listed = classifier(DEFAULT_RULES).is_listed_furniture(text)
    assert (listed or opener.fullmatch(text) is not None) is furniture


# --- headline, then ``place × bureau・office`` without a label (decision 412) ----------

CROSSED = [
    "静岡県三島市 × 静岡労働局・ハローワーク三島",
    "静岡県三島市／静岡労働局・ハローワーク三島",
]


@pytest.mark.parametrize("place_line", CROSSED)
def test_headline_over_crossed_header(place_line: str) -> None:
    case = (
        "駅前で仕事の相談を受ける\n" + place_line + "\n"
        "みしま仕事コーナー（一体的実施施設）　令和2年4月1日開設\n"
        "取組のポイント\n▪ 駅前で相談を受ける\n令和4年度の実績\n利用者数\n目標　40人\n実績　52人\n"
    )
    second = case.replace("三島", "沼津").replace("みしま", "ぬまづ").replace("駅前", "港")
    profiles = jirei.parse_text(case + second).profiles
    assert [(p.title, p.municipality, p.labour_bureau) for p in profiles] == [
        ("駅前で仕事の相談を受ける", "三島市", "静岡労働局"),
        ("港で仕事の相談を受ける", "沼津市", "静岡労働局"),
    ]
    assert [(p.hello_work, p.facility_name, p.facility_type) for p in profiles] == [
        (("ハローワーク三島",), "みしま仕事コーナー", "一体的実施施設"),
        (("ハローワーク沼津",), "ぬまづ仕事コーナー", "一体的実施施設"),
    ]
