"""Merged cells of ruled tables (``jirei.ruledrows``) and plain rules of printed sheets
(``jirei.ruledsheet``): small tables written by hand, expected cells by hand."""

from __future__ import annotations

from jirei.lines import Line, row_cells
from jirei.ruledrows import merged, split_merged
from jirei.ruledsheet import read_ruled_sheets


def _lines(text: str) -> list[Line]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append(Line(line, start))
        start += len(line) + 1
    return out


def test_header_cell_over_sub_heads_heads_each() -> None:
    rule = Line("|----|----|----|----|", 0)
    group = _lines("|    |2022年度   |    |\n|区分  ├────┬────┤達成率 |\n|    |目標  |実績  |    |")
    assert merged(group)
    rows = split_merged(group, rule)
    assert rows is not None and len(rows) == 1
    assert [cell.text for cell in rows[0]] == ["区分", "2022年度目標", "2022年度実績", "達成率"]


def test_group_cell_beside_sub_rows_goes_to_the_first() -> None:
    rule = Line("|----|----|----|----|", 0)
    group = _lines(
        "|生活保護|支援対象|120人|132人|\n|受給者 ├────┼────┼────┤\n|    |就職者数|72人 |79人 |"
    )
    rows = split_merged(group, rule)
    assert rows is not None
    assert [[cell.text for cell in row] for row in rows] == [
        ["生活保護受給者", "支援対象", "120人", "132人"],
        ["", "就職者数", "72人", "79人"],
    ]


def test_row_of_equal_lines_is_not_merged() -> None:
    assert not merged(_lines("|支援対象者|240人|\n|数    |以上  |"))


def test_plain_rule_takes_the_columns_of_its_row() -> None:
    lines = _lines("-" * 21 + "\n| 区分 | 目標 | 実績 |\n" + "-" * 21)
    out = read_ruled_sheets(lines)
    assert out[0].text.count("|") == 4
    assert [cell.text for cell in row_cells(out[1])] == ["区分", "目標", "実績"]


def test_sheet_section_rows_become_headings_and_lines() -> None:
    rule = "-" * 40
    text = "\n".join(
        [
            rule,
            "| 自治体 | 福岡県久留米市 | 労働局 | 福岡労働局 |",
            rule,
            "| 取組内容 | ①相談を同じ日に実施。 |",
            rule,
            "|  | ②勤務時間を調整。 |",
            rule,
        ]
    )
    out = [line.text for line in read_ruled_sheets(_lines(text))]
    assert "| 自治体 | 福岡県久留米市 |" in out and "| 労働局 | 福岡労働局 |" in out
    assert out[out.index("取組内容") + 1 :][:2] == ["①相談を同じ日に実施。", "②勤務時間を調整。"]
