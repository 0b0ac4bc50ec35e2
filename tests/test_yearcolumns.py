"""Time-series results tables: years as columns, role rows under each metric
(decision 1000, ``jirei.tables.yearcolumns``)."""

from __future__ import annotations

import pytest

from jirei import parse_text
from jirei.lines import Cell
from jirei.tables.yearcolumns import year_columns


def _cells(*texts: str) -> tuple[Cell, ...]:
    cells, at = [], 0
    for text in texts:
        cells.append(Cell(text, at, at + len(text)))
        at += len(text) + 2
    return tuple(cells)


@pytest.mark.parametrize(
    ("header", "count", "latest"),
    [
        (("", "平成26年度", "平成27年度", "平成28年度"), 3, 2),
        (("区分", "", "令和4年度", "令和5年度"), 2, 1),
        (("指標", "2023年度", "2022年度"), 2, 0),  # newest first
        (("", "H29年度", "H30年度", "R1年度"), 3, 2),
    ],
)
def test_year_columns(header: tuple[str, ...], count: int, latest: int) -> None:
    found = year_columns(_cells(*header), era=None)
    assert found is not None
    assert (found.count, found.latest) == (count, latest)


@pytest.mark.parametrize(
    "header",
    [
        ("区分", "", "令和5年度"),  # one year: nothing to choose
        ("区分", "", "令和4年度実績", "令和5年度実績"),  # more than the year: other readers
        ("区分", "目標", "実績"),
    ],
)
def test_no_year_columns(header: tuple[str, ...]) -> None:
    assert year_columns(_cells(*header), era=None) is None


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        (("-", "150人", "180人"), "180人"),
        (("62人", "166人", "197人"), "197人"),
        (("150人", "180人"), "180人"),  # the older cell left blank: aligned from the right
        (("180人",), "180人"),
    ],
)
def test_pick_the_reported_year(figures: tuple[str, ...], expected: str) -> None:
    columns = year_columns(_cells("", "平成26年度", "平成27年度", "平成28年度"), era=None)
    assert columns is not None
    chosen = columns.pick(_cells(*figures))
    assert chosen is not None and chosen.text == expected


_PIPES = """\
事例1　岡山県倉敷市
ひとり親の就職を、朝の相談から支える
連携先：岡山労働局　ハローワーク倉敷中央
施設名：くらしき就労サポート（一体的実施施設）

【取組内容】
・児童扶養手当の窓口で職業相談を受ける。

【実績の推移】
| 指標 | 区分 | 2022年度 | 2023年度 |
|---|---|---|---|
| 支援対象者数 | 目標 | 120人 | 130人以上 |
|  | 実績 | 125人 | 141人 |
|  | 達成率 | 104.2% | 108.5% |
| 就職率 | 実績 | 55.2% | 58.9% |
"""


def test_time_series_in_pipe_rows() -> None:
    (profile,) = parse_text(_PIPES).profiles
    assert profile.fiscal_year == 2023
    read = [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
        for m in profile.metrics
    ]
    assert [(label, t, a) for label, t, a in read] == [
        ("支援対象者数", 130, 141),
        ("就職率", None, read[1][2]),
    ]
    assert str(read[1][2]) == "58.9"
    assert str(profile.metrics[0].achievement_rate) == "108.5"
    assert profile.metrics[0].target is not None
    assert profile.metrics[0].target.qualifier == "以上"
