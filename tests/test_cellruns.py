"""Tables whose cells came out one per line (``jirei.cellruns``) and page breaks inside a
line (``jirei.pagebreaks``): the shapes, then whole documents of our own in those shapes."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.cellruns import CellRow, rebuild_cell_runs
from jirei.lines import Line, row_cells, split_lines
from jirei.normalise import normalise
from jirei.pagebreaks import split_page_breaks


def _rows(text: str) -> list[list[str]]:
    """The rebuilt lines of ``text`` as cell texts (a plain line as one cell)."""
    norm = normalise(text).text
    out = []
    for line in rebuild_cell_runs(split_lines(norm)):
        if isinstance(line, CellRow):
            for cell in row_cells(line):  # every cell points at its own text
                assert norm[cell.start : cell.end] == cell.text
            out.append([c.text for c in row_cells(line)])
        elif not line.blank:
            out.append([line.stripped])
    return out


SHAPES = [
    pytest.param(  # N field names, then N values (blank lines between the blocks)
        "自治体\n労働局\n開始日\n\n岡山県倉敷市\n岡山労働局\n令和2年4月1日\n",
        [["自治体", "岡山県倉敷市"], ["労働局", "岡山労働局"], ["開始日", "令和2年4月1日"]],
        id="names-then-values",
    ),
    pytest.param(  # columns one after another, each headed by its column word
        "指標\n相談件数\n就職者数\n目標値\n500件\n40人\n実績値\n612件\n-\n",
        [["指標", "目標値", "実績値"], ["相談件数", "500件", "612件"], ["就職者数", "40人", "-"]],
        id="headed-columns",
    ),
    pytest.param(  # header first, then column by column; two figure columns and marks
        "項目\n実績\n備考\n利用者数\n就職率\n88人\n51.0%\n○\n△\n",
        [["項目", "実績", "備考"], ["利用者数", "88人", "○"], ["就職率", "51.0%", "△"]],
        id="header-first-by-column",
    ),
    pytest.param(  # header first, then row by row
        "区分\n目標\n実績\n支援対象者数\n90人\n97人\n就職者数\n50人\n61人\n",
        [["区分", "目標", "実績"], ["支援対象者数", "90人", "97人"], ["就職者数", "50人", "61人"]],
        id="header-first-by-row",
    ),
]


@pytest.mark.parametrize(("text", "rows"), SHAPES)
def test_runs_of_one_cell_lines_become_rows(text: str, rows: list[list[str]]) -> None:
    assert _rows(text) == rows


UNTOUCHED = [
    pytest.param("実施自治体\n", id="a lone name"),
    pytest.param("区分\n支援対象者数\n就職者数\n目標\n100人\n実績\n110人\n", id="unequal columns"),
    pytest.param("区分\n支援対象者数\n目標\n前年を上回った\n", id="prose under a figure column"),
    pytest.param(
        "自治体\n労働局\n市と局で協議した。\n毎月会議を開いた。\n", id="sentences, no values"
    ),
    pytest.param("支援対象者数\t100人\t110人\n", id="a table row already"),
    pytest.param(  # names and values in turn: a definition list, jirei.deflist reads it
        "施設名\nくらしき窓口(常設窓口)\nハローワーク\nハローワーク倉敷中央\n",
        id="alternating names and values",
    ),
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_other_lines_stay_as_they_are(text: str) -> None:
    lines = split_lines(normalise(text).text)
    assert rebuild_cell_runs(lines) == lines


def test_the_run_ends_where_its_shape_ends() -> None:
    rows = _rows("労働局\n施設名\n福岡労働局\n窓口A\n■取組内容\n・面談を行った。\n")
    assert rows == [
        ["労働局", "福岡労働局"], ["施設名", "窓口A"], ["■取組内容"], ["・面談を行った。"]
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("- 3 -\frunning head\nnext", ["- 3 -\f", "running head", "next"]),
        ("\fhead at the top", ["\fhead at the top"]),  # nothing before it: one line
        ("a\fb\fc", ["a\f", "b\f", "c"]),
        ("no break", ["no break"]),
    ],
)
def test_a_page_break_inside_a_line_ends_it(text: str, pieces: list[str]) -> None:
    lines = split_page_breaks(split_lines(text))
    assert [line.text for line in lines] == pieces
    assert all(text[line.start : line.end] == line.text for line in lines)


# A report of our own in the layout: every cell on its own line, header facts as a block
# of names then values, a results table as columns one after another in one case and its
# header first, row by row, in the other; page footer and running head on one line.
DOCUMENT = """岡山労働局　取組事例
ケース１
夜間窓口で働く世代の相談を受け止める
自治体
労働局
ハローワーク
施設名
開始日
岡山県倉敷市
岡山労働局
ハローワーク倉敷中央
くらしき夜間窓口（常設窓口）
令和２年４月１日
■取組内容
・平日の夜間に相談窓口を開いた。
■令和４年度の実績
指標
相談件数
就職者数
目標値
５００件以上
４０人
実績値
６１２件
４４人
達成率
１２２．４％
１１０．０％
■関係者の声
「夜間の相談が定着した。」
―倉敷市生活支援課
－ 1 －\f岡山労働局　取組事例
ケース２
商店街の求人を丁寧に紹介
自治体
岡山県津山市
労働局
岡山労働局
開始日
平成３０年１０月１日
■取組内容
・商店街の事業所を訪ねて求人を開拓した。
■令和４年度の実績
区分
目標
実績
支援対象者数
９０人
９７人
就職率
６０％以上
６２．９％
■関係者の声
「商店街との縁が広がった。」
―ハローワーク津山
－ 2 －
"""


def test_a_document_of_one_cell_lines_reads_whole() -> None:
    doc = jirei.parse_text(DOCUMENT)
    assert [p.municipality for p in doc.profiles] == ["倉敷市", "津山市"]
    first, second = doc.profiles
    assert first.prefecture == "岡山県" and first.labour_bureau == "岡山労働局"
    assert first.hello_work == ("ハローワーク倉敷中央",)
    assert (first.facility_name, first.facility_type) == ("くらしき夜間窓口", "常設窓口")
    assert str(first.start_date) == "2020-04-01" and str(second.start_date) == "2018-10-01"
    assert first.title == "夜間窓口で働く世代の相談を受け止める"
    assert first.fiscal_year == 2022
    got = [
        (m.label, m.target and (m.target.value, m.target.unit, m.target.qualifier),
         m.actual and (m.actual.value, m.actual.unit), m.achievement_rate)
        for m in first.metrics
    ]  # fmt: skip
    assert got == [
        ("相談件数", (500, "件", "以上"), (612, "件"), Decimal("122.4")),
        ("就職者数", (40, "人", None), (44, "人"), Decimal("110.0")),
    ]
    assert [(m.label, m.actual.value if m.actual else None) for m in second.metrics] == [
        ("支援対象者数", 97),
        ("就職率", Decimal("62.9")),
    ]
    assert [c.speaker for p in doc.profiles for c in p.comments] == [
        "倉敷市生活支援課",
        "ハローワーク津山",
    ]
    # every value points at the line it was read from, though the rows were rebuilt
    actual = first.metrics[0].actual
    assert actual is not None and actual.span is not None
    assert normalise(actual.span.slice(DOCUMENT)).text.startswith("612")
    span = first.spans["labour_bureau"]
    assert span.slice(DOCUMENT) == "岡山労働局"


def test_plain_lines_keep_their_type() -> None:
    line = Line("区分", 0)
    assert row_cells(line)[0].text == "区分" and not isinstance(line, CellRow)
