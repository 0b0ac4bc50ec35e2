"""A year row over a role row read as one header (``jirei.tables.yearheader``, decision 816)."""

from __future__ import annotations

import pytest
from tests._profiles import figures

import jirei
from jirei.lines import Line, row_cells
from jirei.normalise import normalise
from jirei.tables.grid import Row
from jirei.tables.yearheader import merge_year_header


def _merged(*lines: str) -> tuple[list[list[str]], list[int], str]:
    text = normalise("\n".join(lines)).text
    rows, position = [], 0
    for number, line in enumerate(text.split("\n")):
        rows.append(Row(number, Line(line, position), tuple(row_cells(Line(line, position)))))
        position += len(line) + 1
    out, years = merge_year_header(rows, era=None)
    for year in years:  # the year's span is where it is written
        assert "年度" in text[year.start : year.end]
    return [[c.text for c in row.cells] for row in out], [y.year for y in years], text


@pytest.mark.parametrize(
    ("lines", "header", "years"),
    [
        (
            [
                "| 指標 | 令和5年度 | | |",
                "| | 目標 | 実績 | 達成率 |",
                "| 就職者数 | 84人 | 90人 | 107% |",
            ],
            ["指標", "目標", "実績", "達成率"],
            [2023],
        ),
        (
            ["| | 2022年度 | |", "| 区分 | 目標値 | 実績値 |", "| 就職者数 | 84人 | 90人 |"],
            ["区分", "目標値", "実績値"],
            [2022],
        ),
    ],
)
def test_year_row_is_merged(lines: list[str], header: list[str], years: list[int]) -> None:
    rows, found, _ = _merged(*lines)
    assert rows[0] == header
    assert len(rows) == len(lines) - 1
    assert found == years


@pytest.mark.parametrize(
    "lines",
    [
        # metric names over their role columns: another layout, left alone
        [
            "| 区分 | 支援対象者数 | | 就職者数 | |",
            "| | 目標 | 実績 | 目標 | 実績 |",
            "| 市 | 1 | 2 | 3 | 4 |",
        ],
        # an ordinary header
        ["| 指標 | 目標 | 実績 |", "| 就職者数 | 84人 | 90人 |", "| 就職率 | 60% | 62% |"],
    ],
)
def test_other_tables_are_left(lines: list[str]) -> None:
    rows, found, text = _merged(*lines)
    assert found == []
    assert rows == [[c.text for c in row_cells(Line(t, 0))] for t in text.split("\n")]


def test_html_two_row_header_document() -> None:
    text = (
        "## 事例１\n\n## 駅前で相談をひとつに\n\n"
        "<table>\n<tr><th>自治体</th><td>岐阜県大垣市</td></tr>\n"
        "<tr><th>労働局・ハローワーク</th><td>岐阜労働局・ハローワーク大垣</td></tr>\n</table>\n\n"
        "### 取組内容\n\n- 相談を同じ日に行った。\n\n### 実績\n\n<table>\n"
        '<tr><th rowspan="2">指標</th><th colspan="3">令和5年度</th></tr>\n'
        "<tr><th>目標</th><th>実績</th><th>達成率</th></tr>\n"
        "<tr><td>就職者数</td><td>84人</td><td>90人</td><td>107.1%</td></tr>\n</table>\n"
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.fiscal_year == 2023
    assert [f[:3] for f in figures(profile)] == [("就職者数", (84, "人", None), (90, "人", None))]
