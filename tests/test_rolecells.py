"""Figures of several roles in one cell, parted by their role words or the header's order
(``jirei.tables.rolecells``, decision 814)."""

from __future__ import annotations

import pytest

from jirei.lines import Line, row_cells
from jirei.normalise import normalise
from jirei.tables.grid import Row
from jirei.tables.rolecells import part_role_cells


def _parted(*lines: str) -> list[list[str]]:
    text = normalise("\n".join(lines)).text
    rows = []
    position = 0
    for number, line in enumerate(text.split("\n")):
        rows.append(Row(number, Line(line, position), tuple(row_cells(Line(line, position)))))
        position += len(line) + 1
    out = part_role_cells(rows)
    for row in out:  # every cell still points at its own text (a header the cells' words
        for cell in row.cells:  # name stands empty at the column's title)
            assert text[cell.start : cell.end] == (cell.text if cell.end > cell.start else "")
    return [[c.text for c in row.cells] for row in out]


CASES = [
    (  # the header names the order; a worded piece goes to its role wherever it stands
        ["|指標|実績／目標|目標比|", "|就職者数|195人／目標180人以上|108.3%|"],
        [["指標", "実績", "目標", "目標比"], ["就職者数", "195人", "180人以上", "108.3%"]],
    ),
    (  # a lone figure takes the header's first free role; the others stay empty
        ["|指標|実績／目標|目標比|", "|(うち紹介就職)|77人|-|"],
        [["指標", "実績", "目標", "目標比"], ["(うち紹介就職)", "77人", "", "-"]],
    ),
    (  # three roles in the header's order, no words in the cells
        ["|項目|目標/実績/達成率|", "|支援対象者数|200人/215人/107.5%|"],
        [["項目", "目標", "実績", "達成率"], ["支援対象者数", "200人", "215人", "107.5%"]],
    ),
    (  # no header of roles: the words in the cells part them (the order first written)
        ["|項目|状況|", "|支援対象者数|目標90人 実績101人|", "|うち紹介就職|実績31人|"],
        [["項目", "目標", "実績"], ["支援対象者数", "90人", "101人"], ["うち紹介就職", "", "31人"]],
    ),
    (  # a bracket closing the header cell and the cells parts them like ／
        ["|指標|実績（目標）|達成率|", "|支援対象者数|312人（目標300人以上）|104%|"],
        [["指標", "実績", "目標", "達成率"], ["支援対象者数", "312人", "300人以上", "104%"]],
    ),
    (  # a header parted by ・, its cells too
        ["|区分|目標・実績|", "|就職者数|48人・50人|"],
        [["区分", "目標", "実績"], ["就職者数", "48人", "50人"]],
    ),
    (  # words parted by ・
        ["|項目|状況|", "|就職率|目標60%・実績62.5%|"],
        [["項目", "目標", "実績"], ["就職率", "60%", "62.5%"]],
    ),
    (  # a colon after the word, the actual written first
        ["|区分|内容|", "|就職者数|実績：50人、目標：48人|"],
        [["区分", "実績", "目標"], ["就職者数", "50人", "48人"]],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_parts(lines: list[str], expected: list[list[str]]) -> None:
    assert _parted(*lines) == expected


UNCHANGED = [
    ["|指標|目標|実績|", "|就職者数|48人|50人|"],  # one role a column
    ["|項目|内容|", "|就職者数|50人|"],  # no role words at all
    ["|項目|状況|", "|支援対象者数|目標90人 101人|"],  # a figure without its word
    ["|区分|説明|", "|就職率|目標を上回った|"],  # a role word followed by no figure
    ["|指標|実績|", "|就職者数|290人(達成率131.8%)|"],  # a bracket under a column of one role
]


@pytest.mark.parametrize("lines", UNCHANGED)
def test_tables_of_one_role_a_cell_stay(lines: list[str]) -> None:
    text = normalise("\n".join(lines)).text
    assert _parted(*lines) == [[c.text for c in row_cells(Line(t, 0))] for t in text.split("\n")]
