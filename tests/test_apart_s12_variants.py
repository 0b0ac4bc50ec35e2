"""Parts of cases standing in tables apart from their stories (branch ``apart-s12``,
decisions 2570-2589).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* an all-cases results table after the cases keyed by the cases' LABELS (``事例1``,
  ``【事例２】``, ``No.3``) — cases as columns (one label column or two: a metric over its
  ``目標`` / ``実績`` sub-rows, the metric cell merged), cases as rows; tabs or pipes;
* a table whose heads are numbers that are no case label stays unread.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei


def _case(label: str, city: str, pref: str, office: str, facility: str) -> str:
    return f"""{label}
【{pref}{city}】【{pref[:-1]}労働局・{office}】{facility}（一体的実施施設）令和2年4月1日事業開始

窓口で就職を後押し{city}

【取組内容】
・庁舎内で職業相談を実施。

＜{city}コメント＞
連携が進んだ。
"""


_CASES = [
    ("北九州市", "福岡県", "ハローワーク八幡", "しごとプラザやはた"),
    ("熊本市", "熊本県", "ハローワーク熊本", "くまもと就労サポートルーム"),
    ("鹿児島市", "鹿児島県", "ハローワークかごしま", "かごしま就労支援センター"),
]


def _report(labels: tuple[str, str, str], table: str) -> str:
    body = "\n".join(
        _case(label, *case) for label, case in zip(labels, _CASES, strict=True)
    )
    return body + "\n\n令和４年度 実績一覧\n\n" + table


_TAB_COLUMNS_TWO_LABELS = """項目\t区分\t事例1\t事例2\t事例3
支援対象者数\t目標\t260人以上\t180人以上\t300人以上
\t実績\t284人\t190人\t310人
就職者数\t目標\t170人以上\t120人以上\t200人以上
\t実績\t188人\t125人\t211人
"""

_PIPE_COLUMNS_BRACKETED = """| 項目 | 【事例１】 | 【事例２】 | 【事例３】 |
|---|---|---|---|
| 支援対象者数（目標） | 260人以上 | 180人以上 | 300人以上 |
| 支援対象者数（実績） | 284人 | 190人 | 310人 |
| 就職者数（実績） | 188人 | 125人 | 211人 |
"""

_PIPE_ROWS_NO = """| 事例 | 支援対象者数（目標） | 支援対象者数（実績） | 就職者数（実績） |
|---|---|---|---|
| No.1 | 260人以上 | 284人 | 188人 |
| No.2 | 180人以上 | 190人 | 125人 |
| No.3 | 300人以上 | 310人 | 211人 |
"""


def _actuals(text: str) -> list[dict[str, Decimal]]:
    profiles = jirei.parse_text(text).profiles
    return [
        {m.label: m.actual.value for m in p.metrics if m.actual is not None} for p in profiles
    ]


@pytest.mark.parametrize(
    ("labels", "table"),
    [
        (("事例1", "事例2", "事例3"), _TAB_COLUMNS_TWO_LABELS),
        (("事例１", "事例２", "事例３"), _PIPE_COLUMNS_BRACKETED),
        (("No.1", "No.2", "No.3"), _PIPE_ROWS_NO),
    ],
)
def test_a_table_keyed_by_case_labels_joins_each_case(labels, table) -> None:
    actuals = _actuals(_report(labels, table))
    assert len(actuals) == 3
    assert actuals[0]["支援対象者数"] == Decimal(284)
    assert actuals[1]["支援対象者数"] == Decimal(190)
    assert actuals[2]["就職者数"] == Decimal(211)


def test_a_keyed_figure_keeps_its_span_into_the_original_text() -> None:
    text = _report(("事例1", "事例2", "事例3"), _TAB_COLUMNS_TWO_LABELS)
    metric = next(m for m in jirei.parse_text(text).profiles[1].metrics if m.label == "就職者数")
    assert metric.actual is not None and metric.actual.span is not None
    assert text[metric.actual.span.start : metric.actual.span.end] == "125人"


def test_number_heads_that_are_no_case_labels_stay_unread() -> None:
    years = "令和2年度\t令和3年度\t令和4年度"
    table = _TAB_COLUMNS_TWO_LABELS.replace("事例1\t事例2\t事例3", years)
    actuals = _actuals(_report(("事例1", "事例2", "事例3"), table))
    assert all("支援対象者数" not in own for own in actuals[1:])


# --- a front overview with one COLUMN per case (decision 2571) ---------------------------


def _story(mark: str, city: str) -> str:
    return f"""{mark}

{city}の窓口で就職を後押し

【取組内容】
・庁舎内で職業相談を実施。

＜{city}コメント＞
連携が進んだ。
"""


_PIPE_OVERVIEW = """| 項目 | ① | ② | ③ |
|---|---|---|---|
| 都道府県 | 福岡県 | 熊本県 | 鹿児島県 |
| 市区町村 | 北九州市 | 熊本市 | 鹿児島市 |
| 労働局 | 福岡労働局 | 熊本労働局 | 鹿児島労働局 |
| 施設名 | しごとプラザやはた | くまもと就労サポートルーム | かごしま就労支援センター |
| 事業開始 | 平成25年6月3日 | 令和元年7月1日 | 令和４年１０月３日 |
"""

_TAB_OVERVIEW = """区分\t事例1\t事例2\t事例3
自治体名\t福岡県北九州市\t熊本県熊本市\t鹿児島県鹿児島市
労働局\t福岡労働局\t熊本労働局\t鹿児島労働局
施設名\tしごとプラザやはた\tくまもと就労サポートルーム\tかごしま就労支援センター
"""

_SPACED_OVERVIEW = """                事例1               事例2               事例3
  自治体名      福岡県北九州市      熊本県熊本市        鹿児島県鹿児島市
  労働局        福岡労働局          熊本労働局          鹿児島労働局
  施設名        しごとプラザやはた  くまもと就労サポートルーム  かごしま就労支援センター
"""


@pytest.mark.parametrize(
    ("overview", "marks"),
    [
        (_PIPE_OVERVIEW, ("事例１", "事例２", "事例３")),
        (_TAB_OVERVIEW, ("事例1", "事例2", "事例3")),
        (_SPACED_OVERVIEW, ("【事例１】", "【事例２】", "【事例３】")),
    ],
)
def test_an_overview_with_one_column_per_case_gives_each_case_its_header(
    overview, marks
) -> None:
    cities = ("北九州市", "熊本市", "鹿児島市")
    text = "掲載施設の概要\n\n" + overview + "\n" + "\n".join(
        _story(mark, city) for mark, city in zip(marks, cities, strict=True)
    )
    profiles = jirei.parse_text(text).profiles
    assert [p.labour_bureau for p in profiles] == ["福岡労働局", "熊本労働局", "鹿児島労働局"]
    assert profiles[1].facility_name == "くまもと就労サポートルーム"
    span = profiles[2].spans["labour_bureau"]
    assert text[span.start : span.end] == "鹿児島労働局"


def test_a_column_table_naming_no_places_is_no_overview() -> None:
    table = """| 項目 | ① | ② | ③ |
|---|---|---|---|
| 支援対象者数 | 210人 | 184人 | 130人 |
| 就職者数 | 121人 | 110人 | 81人 |
"""
    cities = ("北九州市", "熊本市", "鹿児島市")
    text = table + "\n" + "\n".join(
        _story(f"事例{n}", city) for n, city in enumerate(cities, 1)
    )
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 3
    assert all(p.labour_bureau is None for p in profiles)


# --- an end table written one cell a line (decisions 2572-2574) --------------------------


def _cell_lines(*rows: tuple[str, ...]) -> str:
    return "\n".join(cell for row in rows for cell in row) + "\n"


_FACILITY_CELLS = _cell_lines(
    ("施設名", "区分", "支援対象者数", "就職者数", "就職率"),
    ("しごとプラザやはた", "生活保護受給者等", "210人", "121人", "57.6％"),
    ("児童扶養手当受給者", "95人", "70人", "73.7％"),
    ("くまもと就労サポートルーム", "生活保護受給者等", "184人", "110人", "59.8％"),
    ("児童扶養手当受給者", "62人", "45人", "72.6％"),
    ("かごしま就労支援センター", "－", "130人", "81人", "62.3％"),
)

_CITY_CELLS = _cell_lines(
    ("自治体", "支援対象者数", "就職者数", "就職率"),
    ("北九州市", "310人", "201人", "64.8%"),
    ("熊本市", "246人", "155人", "63.0%"),
    ("鹿児島市", "130人", "81人", "62.3%"),
)

_LABEL_CELLS = _cell_lines(
    ("事例", "項目", "実績"),
    ("事例1", "支援対象者数", "310人"),
    ("就職者数", "201人"),
    ("事例2", "支援対象者数", "246人"),
    ("就職者数", "155人"),
    ("事例3", "支援対象者数", "130人"),
    ("就職者数", "81人"),
)


def _with_end(overview: str, end: str) -> str:
    cities = ("北九州市", "熊本市", "鹿児島市")
    stories = "\n".join(_story(f"事例{n}", city) for n, city in enumerate(cities, 1))
    return "掲載施設の概要\n\n" + overview + "\n" + stories + "\n令和５年度 実績一覧\n\n" + end


def test_cells_a_line_keyed_by_facility_split_by_group() -> None:
    profiles = jirei.parse_text(_with_end(_PIPE_OVERVIEW, _FACILITY_CELLS)).profiles
    first = [(m.label, m.group, m.actual.value) for m in profiles[0].metrics if m.actual]
    assert ("支援対象者数", "生活保護受給者等", 210) in first
    assert ("就職者数", "児童扶養手当受給者", 70) in first
    assert [(m.label, m.group) for m in profiles[2].metrics][:1] == [("支援対象者数", None)]
    assert profiles[2].fiscal_year == 2023


@pytest.mark.parametrize("end", [_CITY_CELLS, _LABEL_CELLS])
def test_cells_a_line_keyed_by_city_or_label(end) -> None:
    profiles = jirei.parse_text(_with_end(_PIPE_OVERVIEW, end)).profiles
    employed = [
        next(m.actual.value for m in p.metrics if m.label == "就職者数" and m.actual)
        for p in profiles
    ]
    assert employed == [201, 155, 81]


def test_cells_a_line_whose_rows_hold_no_figures_are_no_table() -> None:
    end = _cell_lines(
        ("施設名", "所在地", "開所時間"),
        ("しごとプラザやはた", "八幡西区役所", "平日"),
        ("くまもと就労サポートルーム", "熊本市役所", "平日"),
    )
    profiles = jirei.parse_text(_with_end(_PIPE_OVERVIEW, end)).profiles
    assert all(not p.metrics for p in profiles)


# --- an overview as blocks of label rows per case (decision 2575) ------------------------


def _blocks(label: str, sep: str) -> str:
    rows = [
        ("福岡県北九州市", "福岡労働局", "ハローワーク八幡", "しごとプラザやはた"),
        ("熊本県熊本市", "熊本労働局", "ハローワーク熊本", "くまもと就労サポートルーム"),
        ("鹿児島県鹿児島市", "鹿児島労働局", "ハローワークかごしま", "かごしま就労支援センター"),
    ]
    out = ["掲載事例の概要", ""]
    for n, (place, bureau, office, facility) in enumerate(rows, 1):
        out += [
            label.format(n=n),
            f"  自治体名{sep}{place}",
            f"  労働局{sep}{bureau}",
            f"  ハローワーク{sep}{office}",
            f"  施設名{sep}{facility}",
            "",
        ]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("label", "sep"),
    [("【事例{n}】", "        "), ("事例{n}", "："), ("No.{n}", "\t")],
)
def test_overview_blocks_give_each_later_case_its_header(label, sep) -> None:
    cities = ("北九州市", "熊本市", "鹿児島市")
    stories = "\n".join(_story(label.format(n=n), c) for n, c in enumerate(cities, 1))
    text = _blocks(label, sep) + "\n" + stories
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 3
    assert [p.labour_bureau for p in profiles] == ["福岡労働局", "熊本労働局", "鹿児島労働局"]
    assert profiles[1].facility_name == "くまもと就労サポートルーム"
    assert profiles[0].hello_work == ("ハローワーク八幡",)
    span = profiles[0].spans["labour_bureau"]
    assert text[span.start : span.end] == "福岡労働局"


def test_blocks_whose_numbers_no_later_case_writes_join_no_case() -> None:
    cities = ("北九州市", "熊本市", "鹿児島市")
    stories = "\n".join(_story(f"事例{n}", c) for n, c in enumerate(cities, 4))
    profiles = jirei.parse_text(_blocks("【事例{n}】", "        ") + "\n" + stories).profiles
    stories_read = [p for p in profiles if p.title and "窓口" in p.title]
    assert len(stories_read) == 3
    assert all(p.labour_bureau is None for p in stories_read)


# --- a space-aligned end table, the city written on its first row only (decision 2576) ---

_SPACED_RUNS = """   自治体名    項目              目標           実績
   北九州市    支援対象者数      300人以上      310人
               就職者数          190人以上      201人
   熊本市      支援対象者数      250人以上      246人
               就職者数          150人以上      155人
   鹿児島市    支援対象者数      120人以上      130人
               就職者数          75人           81人
"""

_SPACED_RUNS_UNINDENTED = "\n".join(line[3:] for line in _SPACED_RUNS.splitlines()) + "\n"


@pytest.mark.parametrize("end", [_SPACED_RUNS, _SPACED_RUNS_UNINDENTED])
def test_space_aligned_runs_under_a_city_written_once(end) -> None:
    text = _blocks("【事例{n}】", "        ") + "\n" + "\n".join(
        _story(f"【事例{n}】", c) for n, c in enumerate(("北九州市", "熊本市", "鹿児島市"), 1)
    ) + "\n成果一覧（令和４年度）\n\n" + end
    profiles = jirei.parse_text(text).profiles
    figures = [
        [(m.label, m.target.value if m.target else None, m.actual.value) for m in p.metrics]
        for p in profiles
    ]
    assert figures[1] == [("支援対象者数", 250, 246), ("就職者数", 150, 155)]
    assert figures[2][1] == ("就職者数", 75, 81)
    assert profiles[2].labour_bureau == "鹿児島労働局"  # (the last case, read anew)


# --- a long table with the case's number written on every row (decision 2577) ------------

_NUMBER_EVERY_ROW_TABS = """No.\t自治体\t指標\t目標\t実績
1\t北九州市\t支援対象者数\t300人以上\t310人
1\t北九州市\t就職者数\t190人以上\t201人
2\t熊本市\t支援対象者数\t250人以上\t246人
2\t熊本市\t就職者数\t150人以上\t155人
3\t鹿児島市\t支援対象者数\t120人以上\t130人
3\t鹿児島市\t就職者数\t75人\t81人
"""

_NUMBER_EVERY_ROW_PIPES = """| 番号 | 指標 | 目標 | 実績 |
|---|---|---|---|
| １ | 支援対象者数 | 300人以上 | 310人 |
| １ | 就職者数 | 190人以上 | 201人 |
| ２ | 支援対象者数 | 250人以上 | 246人 |
| ２ | 就職者数 | 150人以上 | 155人 |
| ３ | 支援対象者数 | 120人以上 | 130人 |
| ３ | 就職者数 | 75人 | 81人 |
"""


@pytest.mark.parametrize("end", [_NUMBER_EVERY_ROW_TABS, _NUMBER_EVERY_ROW_PIPES])
def test_a_case_number_on_every_row_of_its_run(end) -> None:
    stories = "\n".join(
        _story(f"No.{n}", c) for n, c in enumerate(("北九州市", "熊本市", "鹿児島市"), 1)
    )
    profiles = jirei.parse_text(stories + "\n参考　令和２年度　実績一覧\n\n" + end).profiles
    figures = [
        [(m.label, m.target.value if m.target else None, m.actual.value) for m in p.metrics]
        for p in profiles
    ]
    assert figures[0] == [("支援対象者数", 300, 310), ("就職者数", 190, 201)]
    assert figures[2] == [("支援対象者数", 120, 130), ("就職者数", 75, 81)]


def test_numbers_under_no_case_number_head_key_no_case() -> None:
    end = _NUMBER_EVERY_ROW_PIPES.replace("| 番号 |", "| 順位 |")
    stories = "\n".join(
        _story(f"No.{n}", c) for n, c in enumerate(("北九州市", "熊本市", "鹿児島市"), 1)
    )
    profiles = jirei.parse_text(stories + "\n参考　令和２年度　実績一覧\n\n" + end).profiles
    assert not profiles[0].metrics


# --- a line naming a numbered place where the figures stand (decision 2578) --------------


@pytest.mark.parametrize(
    "pointer", ["※実績はスライド7", "実績：p.12", "→ 8ページ", "※事業目標と実績は7ページ参照"]
)
def test_a_numbered_place_pointer_is_no_item(pointer) -> None:
    stories = "\n".join(
        _story(f"事例{n}", c) for n, c in enumerate(("北九州市", "熊本市", "鹿児島市"), 1)
    ).replace("・庁舎内で職業相談を実施。\n", f"・庁舎内で職業相談を実施。\n{pointer}\n")
    profiles = jirei.parse_text(stories).profiles
    assert [p.initiatives for p in profiles] == [("庁舎内で職業相談を実施。",)] * 3


@pytest.mark.parametrize(
    "item", ["スライド7枚を使って説明", "窓口はスライド式の扉", "研修を7回実施"]
)
def test_items_naming_no_numbered_place_stay(item) -> None:
    from jirei.pointers import is_pointer

    assert not is_pointer(item)
