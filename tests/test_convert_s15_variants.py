"""Text as a conversion left it, a fifteenth-session writer's shapes (branch ``convert-s15``,
decisions 2891-2895).

- a results table written one cell a line whose header leaves its corner cell unwritten
  (``目標 / 実績 / 達成率`` over rows of a label and three cells; ``jirei.cellruns``);
- a Markdown code fence round a CSV, a tab, a space-aligned or a pipe table: the fence
  lines are markup, no group and no other result (``jirei.mdfences``);
- a space-aligned row that leaves a column blank: its cells go under the columns they
  stand under (``jirei.tables.columnplace``).

Variants written for this file (real places and offices; invented facilities and
figures), with negative variants that must not trigger the rules.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.model import Profile

_HEAD = """【愛知県豊橋市】【愛知労働局・ハローワーク豊橋】とよはし就労支援室（一体的実施施設）
平成28年4月1日事業開始

駅前の窓口で早期の就職を

【取組内容】
・福祉課と同じフロアで相談を受ける。

【事業目標と取組状況】
"""
_TAIL = """
【その他の実績】
・就職面接会を年2回開催。

＜豊橋市コメント＞
相談が増えた。
"""


def _case(body: str) -> tuple[str, Profile]:
    text = _HEAD + body + _TAIL
    return text, jirei.parse_text(text).profiles[0]


def _rows(profile: Profile) -> list[tuple[object, ...]]:
    return [
        (
            m.label,
            m.group,
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]


# --- one cell a line, no corner cell ------------------------------------------------------

_NO_CORNER = {
    "row_by_row_with_rate": """令和4年度目標
令和4年度実績
達成率
支援対象者数
150人以上
162人
108.0%
就職者数
90人以上
97人
107.8%
""",
    "full_width_no_rate": """目標
実績
相談件数
１，２００件
１，３１０件
就職者数
８０人
７８人
""",
    "column_by_column": """目標
実績
相談件数
就職者数
1,200件
80人
1,310件
78人
""",
    "over_a_page_break": """目標
実績
達成率
支援対象者数
150人以上
162人
108.0%

－ 3 －
就職者数
90人以上
97人
107.8%
""",
}

_NO_CORNER_WANTED = {
    "row_by_row_with_rate": [
        ("支援対象者数", None, 150, 162, Decimal("108.0")),
        ("就職者数", None, 90, 97, Decimal("107.8")),
    ],
    "full_width_no_rate": [
        ("相談件数", None, 1200, 1310, None),
        ("就職者数", None, 80, 78, None),
    ],
    "column_by_column": [
        ("相談件数", None, 1200, 1310, None),
        ("就職者数", None, 80, 78, None),
    ],
    "over_a_page_break": [
        ("支援対象者数", None, 150, 162, Decimal("108.0")),
        ("就職者数", None, 90, 97, Decimal("107.8")),
    ],
}


@pytest.mark.parametrize("name", sorted(_NO_CORNER))
def test_one_cell_a_line_without_corner(name: str) -> None:
    text, case = _case(_NO_CORNER[name])
    assert _rows(case) == _NO_CORNER_WANTED[name]
    # the header words are no other results, and the section's own item still is
    assert case.other_results == ("就職面接会を年2回開催。",)
    for metric in case.metrics:
        span = metric.actual.span  # type: ignore[union-attr]
        assert span is not None
        assert text[span.start : span.end].replace("，", ",").rstrip("人件").replace(
            ",", ""
        ).translate(str.maketrans("０１２３４５６７８９", "0123456789")) == str(
            metric.actual.value  # type: ignore[union-attr]
        )


def test_one_cell_lines_heading_prose_are_no_table() -> None:
    _, case = _case("目標\n実績\nいずれも前年を上回った。\n")
    assert case.metrics == ()


# --- fenced blocks ------------------------------------------------------------------------

_FENCED = {
    "csv_fence": """```csv
指標,目標,実績,達成率
支援対象者数,150人以上,162人,108.0%
就職者数,"1,000人","1,020人",102.0%
```
""",
    "tilde_tab_table": """~~~
区分\t目標\t実績\t達成率
支援対象者数\t150人以上\t162人\t108.0%
就職者数\t1000人\t1020人\t102.0%
~~~
""",
    "text_fence_spaced_table": """```text
区分　　　　　目標　　　　実績　　　達成率
支援対象者数　150人以上　 162人　　 108.0%
就職者数　　　1000人　　　1020人　　102.0%
```
""",
    "long_fence_pipe_table": """````
| 区分 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 150人以上 | 162人 | 108.0% |
| 就職者数 | 1000人 | 1020人 | 102.0% |
````
""",
}


@pytest.mark.parametrize("name", sorted(_FENCED))
def test_fence_lines_are_markup(name: str) -> None:
    _, case = _case(_FENCED[name])
    assert _rows(case) == [
        ("支援対象者数", None, 150, 162, Decimal("108.0")),
        ("就職者数", None, 1000, 1020, Decimal("102.0")),
    ]
    assert case.other_results == ("就職面接会を年2回開催。",)


def test_fenced_json_export_is_still_an_export() -> None:
    text = (
        "```json\n"
        '{"自治体": "愛知県豊橋市", "労働局": "愛知労働局", "ハローワーク": "ハローワーク豊橋", '
        '"施設名": "とよはし就労支援室", "取組内容": ["福祉課と同じフロアで相談"], '
        '"実績": [{"指標": "就職者数", "目標": 90, "実績": 97}]}\n'
        "```\n"
    )
    (case,) = jirei.parse_text(text).profiles
    assert (case.municipality, case.facility_name) == ("豊橋市", "とよはし就労支援室")
    assert [(m.label, m.actual.value) for m in case.metrics] == [("就職者数", 97)]  # type: ignore[union-attr]


def test_blank_code_fences_keeps_length_and_json_blocks() -> None:
    from jirei.mdfences import blank_code_fences

    text = "前\n```csv\na,b\n```\n```json\n{\"a\": 1}\n```\n```\n{\"b\": 2}\n```\n"
    out = blank_code_fences(text)
    assert len(out) == len(text)
    assert "```csv" not in out and "a,b" in out
    assert out.count("```") == 4  # the json block and the plain block opening a JSON value


# --- a spaced row's cells under their columns ---------------------------------------------

_PLACED = {
    "ideographic_blank_target": (
        """　　　　　　　　　　令和４年度目標　　　令和４年度実績
支援対象者数　　　　１５０人以上　　　　１６２人
うち紹介就職　　　　　　　　　　　　　　４５人
""",
        [("支援対象者数", None, 150, 162, None), ("うち紹介就職", None, None, 45, None)],
    ),
    "layout_blank_target_and_rate": (
        """区分              目標        実績        達成率
支援対象者数      150人       162人       108.0%
就職者数          90人        97人        107.8%
就職率                        59.9%
""",
        [
            ("支援対象者数", None, 150, 162, Decimal("108.0")),
            ("就職者数", None, 90, 97, Decimal("107.8")),
            ("就職率", None, None, Decimal("59.9"), None),
        ],
    ),
    "year_row_over_role_row": (
        """　　　　　　　　令和4年度
区分　　　　　　目標　　　　実績
支援対象者数　　150人　　　 162人
うち紹介就職　　　　　　　　45人
""",
        [("支援対象者数", None, 150, 162, None), ("うち紹介就職", None, None, 45, None)],
    ),
    "layout_blank_actual_and_target": (
        """項目            目標        実績        達成率
支援対象者数    150人       162人       108.0%
新規求職者数    200人
セミナー参加者                42人
""",
        [
            ("支援対象者数", None, 150, 162, Decimal("108.0")),
            ("新規求職者数", None, 200, None, None),
            ("セミナー参加者", None, None, 42, None),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(_PLACED))
def test_spaced_row_cells_under_their_columns(name: str) -> None:
    body, wanted = _PLACED[name]
    _, case = _case(body)
    assert _rows(case) == wanted


def test_tab_row_keeps_its_own_cells() -> None:
    # a tab row writes its empty cells: nothing to place (the lone figure is the target)
    _, case = _case("区分\t目標\t実績\n支援対象者数\t150人\t162人\n新規求職者数\t200人\n")
    assert _rows(case)[1] == ("新規求職者数", None, 200, None, None)


def test_label_under_the_value_columns_places_nothing() -> None:
    # the label runs under the target column: positions say nothing, read left to right
    _, case = _case(
        "区分        目標      実績\n支援対象者数    150人    162人\n"
        "就職者数（うち紹介就職を含む）    96人\n"
    )
    assert _rows(case)[1] == ("就職者数(うち紹介就職を含む)", None, 96, None, None)


# --- CSV: two columns, semicolons ---------------------------------------------------------

_CSV = {
    "two_columns_year_head": (
        "指標,令和4年度実績\n支援対象者数,162人\n就職者数,97人\n",
        [("支援対象者数", None, None, 162, None), ("就職者数", None, None, 97, None)],
    ),
    "two_columns_one_row_quoted": (
        '項目,実績\n就職者数,"1,020人"\n',
        [("就職者数", None, None, 1020, None)],
    ),
    "two_columns_targets": (
        "区分,目標\n支援対象者数,150人\n就職者数,90人\n",
        [("支援対象者数", None, 150, None, None), ("就職者数", None, 90, None, None)],
    ),
    "semicolon_sheet": (
        '指標;目標;実績;達成率\n支援対象者数;150人以上;162人;108.0%\n就職者数;"1,000人";"1,020人";102.0%\n',
        [
            ("支援対象者数", None, 150, 162, Decimal("108.0")),
            ("就職者数", None, 1000, 1020, Decimal("102.0")),
        ],
    ),
    "semicolon_quoted_rows": (
        '"指標";"目標";"実績"\n"支援対象者数";"150人";"162人"\n"就職者数";"90人";"97人"\n',
        [("支援対象者数", None, 150, 162, None), ("就職者数", None, 90, 97, None)],
    ),
    "semicolon_two_columns": (
        "指標;実績\n支援対象者数;162人\n就職者数;97人\n",
        [("支援対象者数", None, None, 162, None), ("就職者数", None, None, 97, None)],
    ),
}


@pytest.mark.parametrize("name", sorted(_CSV))
def test_csv_two_columns_and_semicolons(name: str) -> None:
    body, wanted = _CSV[name]
    text, case = _case(body)
    assert _rows(case) == wanted
    assert case.other_results == ("就職面接会を年2回開催。",)
    last = case.metrics[-1].actual or case.metrics[-1].target
    assert last is not None and last.span is not None
    assert str(last.value) in text[last.span.start : last.span.end].replace(",", "")


@pytest.mark.parametrize(
    "text",
    [
        # a name over a value that is no figure column: no table (a long form needs four)
        "項目,値\n都道府県,岐阜県\n市区町村,岐阜市\n",
        # a figure column's word over prose: no table
        "区分,実績\n窓口,市役所の1階に設置\n",
        # semicolons in prose
        "相談は午前; 午後; 夜間に分けた。\n面接会は春; 秋に開いた。\n",
        # a header alone
        "指標,実績\n",
    ],
)
def test_csv_negatives_are_left_alone(text: str) -> None:
    from jirei.csvrows import untangle_csv

    assert untangle_csv(text) == text


# --- a card exported with pipes: the label cell's tail beside its nested table -----------------


def _card(results: list[tuple[str, ...]], joiner: str) -> str:
    rows = [
        ("事例 No.3", "［東北ブロック］"),
        ("都道府県・市区町村", "宮城県仙台市"),
        ("労働局・ハローワーク", "宮城労働局　ハローワーク仙台"),
        ("施設名（種別）", "せんだい就労ナビ（一体的実施施設）"),
        ("事業開始日", "2020年4月1日"),
        ("事例の見出し", "駅前の窓口で通年の伴走支援"),
        ("取組内容", "1. 市の窓口で毎週の定期面談を設定"),
        *results,
        ("その他の実績", "・就職面接会を1回開催"),
        ("自治体コメント", "仙台市健康福祉局：相談が増えた。"),
    ]
    if joiner == "pipe":
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|---|---|")
    else:
        lines = ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


_NESTED = {
    "year_tail": [
        ("事業目標と実績", "指標", "令和5年度目標", "令和5年度実績", "達成率"),
        ("（令和5年度）", "支援対象者数", "300人以上", "312人", "104.0%"),
        ("", "就職者数", "195人以上", "214人", "109.7%"),
    ],
    "period_tail": [
        ("事業目標と実績", "区分", "目標", "実績"),
        ("（令和5年4月～令和6年3月）", "支援対象者数", "300人以上", "312人"),
        ("", "就職者数", "195人以上", "214人"),
    ],
    "no_tail": [
        ("令和5年度の実績", "項目", "目標", "実績"),
        ("", "支援対象者数", "300人以上", "312人"),
        ("", "就職者数", "195人以上", "214人"),
    ],
}


@pytest.mark.parametrize("joiner", ["pipe", "tab"])
@pytest.mark.parametrize("name", sorted(_NESTED))
def test_card_nested_table_label_tail(name: str, joiner: str) -> None:
    (case,) = jirei.parse_text(_card(_NESTED[name], joiner)).profiles
    assert [(m.label, m.group, m.target.value, m.actual.value) for m in case.metrics] == [  # type: ignore[union-attr]
        ("支援対象者数", None, 300, 312),
        ("就職者数", None, 195, 214),
    ]
    assert case.other_results == ("就職面接会を1回開催",)


def test_card_nested_table_group_cell_stays_a_group() -> None:
    # a bracketed first cell naming people is a group column's cell, not a label's tail
    from jirei.cards import nested_table
    from jirei.lines import Line

    rows = [  # (normalised text: NFKC brackets)
        "| 事業目標と実績 | 指標 | 目標 | 実績 |",
        "| (生活保護受給者等) | 就職者数 | 100人 | 112人 |",
    ]
    lines, at = [], 0
    for row in rows:
        lines.append(Line(row, at))
        at += len(row) + 1
    assert nested_table(lines) is None
    tail = [lines[0], Line("| (令和5年度) | 就職者数 | 100人 | 112人 |", lines[1].start)]
    heading, cut = nested_table(tail)  # type: ignore[misc]
    assert heading.text == "事業目標と実績"
    assert cut[1].text == "| 就職者数 | 100人 | 112人 |"


@pytest.mark.parametrize("joiner", ["pipe", "tab"])
def test_card_nested_table_group_column_kept(joiner: str) -> None:
    rows = [
        ("事業目標と実績", "対象", "指標", "目標", "実績"),
        ("", "（生活保護受給者等）", "就職者数", "100人", "112人"),
        ("", "（障害者）", "就職者数", "40人", "44人"),
    ]
    (case,) = jirei.parse_text(_card(rows, joiner)).profiles
    assert [(m.label, m.group, m.actual.value) for m in case.metrics] == [  # type: ignore[union-attr]
        ("就職者数", "生活保護受給者等", 112),
        ("就職者数", "障害者", 44),
    ]


# --- a two-column template whose tabs became spaces ---------------------------------------------

_TEMPLATE_ROWS = [
    ("事例 No.5", "［九州ブロック］"),
    ("都道府県・市区町村", "福岡県久留米市"),
    ("労働局・ハローワーク", "福岡労働局　ハローワーク久留米"),
    ("施設名（種別）", "くるめ就労サポート（一体的実施施設）"),
    ("事業開始日", "2018年10月1日"),
    ("事例の見出し", "商店街の空き店舗で相談を受ける"),
    ("取組内容", "1. 商店街の空き店舗に相談窓口を設置"),
    ("", "2. 市の福祉課と週1回のケース会議"),
    ("事業目標と実績", "指標", "令和5年度目標", "令和5年度実績", "達成率"),
    ("（令和5年度）", "支援対象者数", "240人以上", "251人", "104.6%"),
    ("", "就職者数", "150人以上", "163人", "108.7%"),
    ("その他の実績", "・合同面接会を2回開催"),
    ("自治体コメント", "久留米市健康福祉部：相談の敷居が下がった。"),
]


def _flattened(gap: str, pad: bool) -> str:
    width = max(len(row[0]) for row in _TEMPLATE_ROWS) if pad else 0
    lines = []
    for row in _TEMPLATE_ROWS:
        label = row[0] + "　" * (width - len(row[0])) if pad else row[0]
        lines.append(gap.join((label, *row[1:])) if label else gap + gap.join(row[1:]))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("gap", "pad"), [("　　", False), ("    ", False), ("　　", True), ("  ", True)]
)
def test_template_flattened_with_spaces(gap: str, pad: bool) -> None:
    (case,) = jirei.parse_text(_flattened(gap, pad)).profiles
    assert (case.municipality, case.hello_work, case.facility_name) == (
        "久留米市",
        ("ハローワーク久留米",),
        "くるめ就労サポート",
    )
    assert case.initiatives == ("商店街の空き店舗に相談窓口を設置", "市の福祉課と週1回のケース会議")
    assert [(m.label, m.group, m.target.value, m.actual.value) for m in case.metrics] == [  # type: ignore[union-attr]
        ("支援対象者数", None, 240, 251),
        ("就職者数", None, 150, 163),
    ]
    assert case.other_results == ("合同面接会を2回開催",)
    assert [(c.speaker, c.text) for c in case.comments] == [
        ("久留米市健康福祉部", "相談の敷居が下がった。")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # header fields alone: read by the field readers as they are
        "施設名　　いしのまき就労サポート（一体的実施施設）\n所在地　　石巻市役所２階\n"
        "開　設　　2016年7月1日\n",
        # letter-spaced field labels and one item row, no wrapped cell or nested table
        "実 施 自 治 体　　栃木県小山市\n労 働 局　　栃木労働局\n施 設 名　　おやま仕事サポート\n"
        "取 組 内 容　　子育て中の人の相談を予約制で受けた。\n",
        # a spaced results table: no card labels
        "区分　　　目標　　　実績\n支援対象者数　　150人　　162人\n就職者数　　90人　　97人\n",
        # prose with wide gaps
        "市の窓口で  相談を受けた。\n就職者は  前年より増えた。\n面接会も  開いた。\n",
    ],
)
def test_spaced_lines_that_are_no_card_are_left(text: str) -> None:
    from jirei.spacedcards import untangle_spaced_cards

    assert untangle_spaced_cards(text) == text


def test_spaced_card_keeps_length() -> None:
    from jirei.spacedcards import untangle_spaced_cards

    text = _flattened("　　", True)
    out = untangle_spaced_cards(text)
    assert len(out) == len(text) and out != text
    assert all(a == b or (a in " 　" and b == "\t") for a, b in zip(text, out, strict=True))


def test_raw_block_fences_are_left_to_the_escapes_reader() -> None:
    from jirei.mdfences import blank_code_fences

    text = "前\n```{=openxml}\n<w:p><w:r><w:br/></w:r></w:p>\n```\n後\n```\n指標,実績\n```\n"
    out = blank_code_fences(text)
    assert out.split("\n")[:5] == text.split("\n")[:5]  # the raw block as written
    assert out.split("\n")[5].strip() == "" and out.split("\n")[7].strip() == ""


def test_display_aligned_row_keeps_its_rate() -> None:
    # aligned by eye with ASCII spaces under a header holding wide digits: the character
    # count puts the rate under 摘要, the display count under 達成率 — they disagree, so the
    # cells are read left to right (the blank is the trailing remark)
    body = (
        "    区分            令和４年度目標   令和４年度実績   達成率     摘要\n"
        "    支援対象者数    180人            193人            107.2%     巡回を含む\n"
        "    就職者数        108人            115人            106.5%\n"
    )
    _, case = _case(body)
    assert _rows(case)[1] == ("就職者数", None, 108, 115, Decimal("106.5"))
