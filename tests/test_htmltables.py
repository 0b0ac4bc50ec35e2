"""HTML tables read as pipe rows of the same length (``jirei.htmltables``, decision 810)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jirei
from jirei.htmltables import untangle_html
from jirei.lines import Line, row_cells


def _rows(text: str) -> list[list[str]]:
    """The cell texts of each pipe row of ``untangle_html(text)``."""
    out = untangle_html(text)
    return [
        [cell.text for cell in row_cells(Line(line, 0))]
        for line in out.split("\n")
        if line.strip().startswith("|")
    ]


CASES = [
    # (html, expected rows)
    ("<table><tr><td>a</td><td>b</td></tr></table>", [["a", "b"]]),
    (  # rows on one line each, header cells
        "<table>\n<tr><th>指標</th><th>目標</th></tr>\n<tr><td>就職者数</td><td>10人</td></tr>\n</table>",
        [["指標", "目標"], ["就職者数", "10人"]],
    ),
    (  # a whole table on one line: one line a row all the same
        "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>",
        [["A", "B"], ["1", "2"]],
    ),
    (  # a cell a line, attributes, upper case
        '<TABLE border="1">\n  <TR>\n    <TD class="x">甲</TD>\n    <TD>乙</TD>\n  </TR>\n'
        "  <TR>\n    <TD>丙</TD>\n    <TD>丁</TD>\n  </TR>\n</TABLE>",
        [["甲", "乙"], ["丙", "丁"]],
    ),
    (  # rowspan: an empty cell at its column below
        '<table><tr><td rowspan="3">G</td><td>x</td><td>1</td></tr>'
        "<tr><td>y</td><td>2</td></tr><tr><td>z</td><td>3</td></tr><tr><td>H</td><td>w</td>"
        "<td>4</td></tr></table>",
        [["G", "x", "1"], ["", "y", "2"], ["", "z", "3"], ["H", "w", "4"]],
    ),
    (  # rowspan in the last column
        "<table><tr><td>a</td><td rowspan=2>R</td></tr><tr><td>b</td></tr></table>",
        [["a", "R"], ["b", ""]],
    ),
    (  # colspan: empty cells after it
        '<table><tr><th colspan="2">支援対象者数</th><th>備考</th></tr>'
        "<tr><td>10</td><td>12</td><td>-</td></tr></table>",
        [["支援対象者数", "", "備考"], ["10", "12", "-"]],
    ),
    (  # <br> stays in its cell, inline tags go
        "<table><tr><td>①甲<br>②乙</td><td><b>太字</b></td></tr></table>",
        [["①甲<br>②乙", "太字"]],
    ),
    (  # a <br> wrapping one value becomes spaces; one parting sentences stays
        "<table><tr><td>岐阜県<br>大垣市</td><td>早い。<br>近い。</td></tr></table>",
        [["岐阜県    大垣市", "早い。<br>近い。"]],
    ),
    (  # thead / tbody: no blank line inside the table
        "<table>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n"
        "<tr><td>c</td><td>d</td></tr>\n</tbody>\n</table>",
        [["a", "b"], ["c", "d"]],
    ),
]


@pytest.mark.parametrize(("html", "expected"), CASES)
def test_rows(html: str, expected: list[list[str]]) -> None:
    assert _rows(html) == expected


@pytest.mark.parametrize(("html", "expected"), CASES)
def test_same_length_and_rows_are_consecutive_lines(html: str, expected: list[list[str]]) -> None:
    out = untangle_html(html)
    assert len(out) == len(html)
    lines = [line for line in out.split("\n") if line.strip()]
    assert len(lines) == len(expected)  # no blank or stray line between the rows
    assert all(line.startswith("|") for line in lines)


def test_a_row_spanning_the_table_is_a_title_line() -> None:
    html = (
        '<table><tr><th colspan="2">事例１　呉市</th></tr>'
        "<tr><th>自治体</th><td>広島県呉市</td></tr></table>"
    )
    out = untangle_html(html)
    assert len(out) == len(html)
    lines = [line.strip() for line in out.split("\n") if line.strip()]
    assert lines[0] == "事例１　呉市"  # no pipes: not a row of the card
    assert _rows(html) == [["自治体", "広島県呉市"]]


def test_text_outside_tables_keeps_its_words() -> None:
    # page markup outside tables reads as spaces (decision 930); the words stay put
    text = "前の段落 <b>太字</b>\n<table><tr><td>a</td><td>b</td></tr></table>\n後の段落"
    out = untangle_html(text)
    assert out.startswith("前の段落    太字    \n")
    assert out.endswith("\n後の段落")


def test_nested_table_is_left_as_written() -> None:
    text = "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"
    assert untangle_html(text) == text


def test_no_table_is_the_same_object() -> None:
    text = "表はありません\n| a | b |\n"
    assert untangle_html(text) is text


def test_entities_become_their_character() -> None:
    (row,) = _rows("<table><tr><td>A&amp;B</td><td>x</td></tr></table>")
    assert row[0].replace(" ", "") == "A&B"


@settings(max_examples=100)
@given(
    st.lists(
        st.lists(st.text(alphabet="甲乙丙123人%", min_size=1, max_size=5), min_size=2, max_size=4),
        min_size=1,
        max_size=5,
    )
)
def test_any_grid_round_trips(grid: list[list[str]]) -> None:
    html = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in grid
    ) + "</table>"
    assert _rows(html) == grid


def test_spans_point_into_the_original_html() -> None:
    text = (
        "## 事例１\n\n## 駅前で相談をひとつに\n\n"
        "<table>\n<tr><th>自治体</th><td>岐阜県大垣市</td></tr>\n"
        "<tr><th>労働局・ハローワーク</th><td>岐阜労働局・ハローワーク大垣</td></tr>\n</table>\n\n"
        "### 取組内容\n\n- 相談を同じ日に行った。\n\n### 実績\n\n"
        "<table>\n<tr><th>指標</th><th>目標</th><th>実績</th></tr>\n"
        "<tr><td>就職者数</td><td>84人</td><td>90人</td></tr>\n</table>\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.municipality == "大垣市"
    (metric,) = profile.metrics
    assert metric.actual is not None and metric.actual.value == 90
    span = metric.actual.span
    assert text[span.start : span.end] == "90人"
