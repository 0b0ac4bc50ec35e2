"""One row splitter: ``Line.cells()`` and ``row_cells`` are the same reading of a row."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.lines import Line, row_cells

# ``Line.cells()`` once merged consecutive tabs and split pipe rows at 2+ spaces as well;
# it now reads a row as ``row_cells`` does (every tab is a column break, so an empty cell
# keeps its column; padding inside a pipe cell is no break).
ROWS = [
    ("a\t\tb", ["a", "", "b"]),
    ("\t29年度実績\t30年度実績", ["", "29年度実績", "30年度実績"]),
    ("| 就職者数  |  120人 |", ["就職者数", "120人"]),
    ("| 就職者数  支援 | 120人 |", ["就職者数  支援", "120人"]),
    ("  | a | | b |", ["a", "", "b"]),
    ("就職者数  120人   80人", ["就職者数", "120人", "80人"]),
    ("(うち紹介就職) -", ["(うち紹介就職)", "-"]),
    ("一つの文", ["一つの文"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_cells_of_a_row(text: str, expected: list[str]) -> None:
    assert [c.text for c in Line(text, 0).cells()] == expected


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_cells_point_into_the_text_at_any_offset(text: str, expected: list[str]) -> None:
    prefix = "前置き\n"
    document = prefix + text
    cells = Line(text, len(prefix)).cells()
    assert cells == row_cells(Line(text, len(prefix)))
    for cell in cells:
        assert document[cell.start : cell.end] == cell.text


@settings(max_examples=200)
@given(
    st.text(alphabet="ab 就\t|-", max_size=20),
    st.integers(min_value=0, max_value=50),
)
def test_method_and_function_agree_and_slice_back(text: str, offset: int) -> None:
    document = "x" * offset + text
    cells = Line(text, offset).cells()
    assert cells == row_cells(Line(text, offset))
    for cell in cells:
        assert document[cell.start : cell.end] == cell.text
