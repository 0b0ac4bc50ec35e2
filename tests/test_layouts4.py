"""Rules of the fourth corpus batch (decisions 47–57), each on invented text."""

from __future__ import annotations

import pytest

import jirei
from jirei.items import is_footnote, read_items
from jirei.lines import Line, row_cells, split_lines
from jirei.sections import Kind, classifier, heading_key
from jirei.tables.yearrows import is_year_header, pick_year_rows

RULES = jirei.DEFAULT_RULES


@pytest.mark.parametrize(
    ("line", "kind", "section"),
    [
        ("1 取組の概要", Kind.SECTION, "initiatives"),  # number and a space (decision 50)
        ("3 その他の成果", Kind.SECTION, "other_results"),
        ("■効果", Kind.SECTION, "other_results"),
        ("【ポイント】", Kind.SECTION, "initiatives"),
        ("【担当者の声】", Kind.SECTION, "comments"),  # a block, not one comment (decision 51)
        ("12 人が参加した", Kind.TEXT, None),  # a number and a space before no section name
    ],
)
def test_headings_of_the_fourth_batch(line: str, kind: Kind, section: str | None) -> None:
    assert classifier(RULES).kind_of(line) == (kind, section)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("第4節 港の倉庫で職場見学を重ねる\n【石川県七尾市】【石川労働局・ハローワーク七尾】\n",
         "港の倉庫で職場見学を重ねる"),
        ("(事例7) 川辺の町の相談窓口\n【石川県七尾市】【石川労働局・ハローワーク七尾】\n",
         "川辺の町の相談窓口"),
    ],
)  # fmt: skip
def test_section_labels_are_no_part_of_the_title(text: str, title: str) -> None:
    body = "\n1 取組の概要\n・出張相談を行う。\n\n2 令和2年度の実績\n\t実績\n就職者数\t12人\n"
    doc = jirei.parse_text(text + body)
    assert [p.title for p in doc.profiles] == [title]
    assert doc.profiles[0].municipality == "七尾市"


@pytest.mark.parametrize(
    ("lines", "items"),
    [
        # indented paragraphs, each ending a sentence: one item each (decision 57)
        ([" 窓口を移した。", " 相談員が常駐する。"], ["窓口を移した。", "相談員が常駐する。"]),
        # a paragraph wrapped mid-sentence stays one item
        ([" 窓口を駅前に", " 移した。"], ["窓口を駅前に移した。"]),
        # a bullet's continuation line is joined whatever it ends with
        (["・窓口を移した。", "その後も続けた。"], ["窓口を移した。その後も続けた。"]),
        (["A. 出張相談を行う。", "B. 送迎を手配する。"], ["出張相談を行う。", "送迎を手配する。"]),
        (["(ア)会場で相談する。", "(イ)求人を集める。"], ["会場で相談する。", "求人を集める。"]),
    ],
)  # fmt: skip
def test_paragraph_and_lettered_items(lines: list[str], items: list[str]) -> None:
    found = read_items(split_lines("\n".join(lines)), RULES)
    assert [item.text for item in found.items] == items


@pytest.mark.parametrize(
    ("text", "note"),
    [("*件数は延べ件数。", True), ("* 箇条の項目", False), ("件数*は", False), ("", False)],
)
def test_footnote_lines(text: str, note: bool) -> None:
    assert is_footnote(Line(text, 0), RULES) is note


def test_footnotes_under_a_table_are_kept_not_items() -> None:
    text = (
        "【新潟県三条市】【新潟労働局・ハローワーク三条】\n見出しの行\n\n【取組内容】\n・相談\n\n"
        "【令和3年度の実績】\n\t実績\n就職者数\t12人\n＊就職者数は延べ人数。\n\n"
        "＜三条市コメント＞\n続けたい。\n"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.other_results == ()
    assert any("延べ人数" in block.text for block in profile.unclassified)


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        (" (うち紹介就職) -        59人", ["(うち紹介就職)", "-", "59人"]),
        (" 相談件数   ―   1,234件", ["相談件数", "―", "1,234件"]),
        (" 就職者数   60人   67人", ["就職者数", "60人", "67人"]),
        (" 区分 A-B   10人", ["区分 A-B", "10人"]),  # a dash inside a cell stays
    ],
)
def test_a_lone_dash_one_space_after_a_cell_is_a_cell(row: str, cells: list[str]) -> None:
    found = row_cells(Line(row, 100))
    assert [c.text for c in found] == cells
    for cell in found:  # spans point at the cell's text
        assert row[cell.start - 100 : cell.end - 100] == cell.text


def _rows(text: str) -> list:
    from jirei.tables.grid import Row

    return [
        Row(i, line, tuple(row_cells(line))) for i, line in enumerate(split_lines(text))
    ]


@pytest.mark.parametrize(
    ("body", "year", "actual", "target"),
    [
        ("令和2年度\t10人\n令和3年度\t12人\n令和3年度目標\t11人", 2021, "12人", "11人"),
        ("令和3年度目標\t11人\n令和3年度\t12人\n令和2年度\t10人", 2021, "12人", "11人"),
        # next year's 目標 is no target of the year reported (decision 53)
        ("令和2年度\t10人\n令和3年度\t12人\n令和4年度目標\t13人", 2021, "12人", None),
    ],
)  # fmt: skip
def test_year_rows_pick_the_latest_actual_year(
    body: str, year: int, actual: str, target: str | None
) -> None:
    header, *rows = _rows("年度\t就職者数\n" + body)
    assert is_year_header(header.cells, RULES)
    picked = pick_year_rows(rows, era=None, rules=RULES)
    assert picked.year is not None and picked.year.year == year
    assert picked.actual is not None and picked.actual.cells[1].text == actual
    assert (picked.target.cells[1].text if picked.target else None) == target
    assert len(picked.kept) == len(rows) - 1 - (target is not None)


def test_a_year_header_needs_metric_columns() -> None:
    header = _rows("年度\t目標\t実績")[0]
    assert not is_year_header(header.cells, RULES)


def _case(results: str, comments: str = "＜甲市コメント＞\n続けたい。\n") -> jirei.Profile:
    text = (
        "【石川県加賀市】【石川労働局・ハローワーク加賀】\n見出しの行\n\n【取組内容】\n・相談\n\n"
        f"＜成果＞\n{results}\n{comments}"
    )
    return jirei.parse_text(text).profiles[0]


def test_year_row_table_reads_the_reported_year() -> None:
    profile = _case(
        "| 年度 | 就職者数 | 就職率 |\n|---|---|---|\n| 令和2年度 | 10人 | 50% |\n"
        "| 令和3年度 | 12人 | 60% |\n| 令和3年度目標 | 11人 | 55% |\n"
    )
    assert profile.fiscal_year == 2021
    found = [(m.label, m.target.value, m.actual.value) for m in profile.metrics]
    assert found == [("就職者数", 11, 12), ("就職率", 55, 60)]


def test_caption_lines_name_the_group_of_each_table() -> None:
    profile = _case(
        "若年者\n| 項目 | 目標 | 実績 |\n|---|---|---|\n| 就職者数 | 10人 | 12人 |\n\n"
        "高齢者\n| 項目 | 目標 | 実績 |\n|---|---|---|\n| 就職者数 | 5人 | 6人 |\n"
    )
    found = [(m.group, m.label, m.actual.value) for m in profile.metrics]
    assert found == [("若年者", "就職者数", 12), ("高齢者", "就職者数", 6)]
    assert profile.other_results == ()


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["市:相談が増えた。", "ハローワーク:応募が早い。"],
         [("市", "municipality", "相談が増えた。"),
          ("ハローワーク", "hello_work", "応募が早い。")]),
        # a line without `speaker:` continues the comment before it (decision 51)
        (["加賀市福祉課:相談が増えた。", "今後も続ける。"],
         [("加賀市福祉課", "municipality", "相談が増えた。今後も続ける。")]),
        # ―speaker― opens a comment; its quoted text loses the quotes (decision 52)
        (["―加賀市―", "「相談が増えた。」", "―利用者(60代)―", "「助かった。」"],
         [("加賀市", "municipality", "相談が増えた。"), ("利用者(60代)", "other", "助かった。")]),
    ],
)  # fmt: skip
def test_comment_block_lines(lines: list[str], expected: list[tuple[str, str, str]]) -> None:
    profile = _case("\t実績\n就職者数\t12人\n", "【担当者の声】\n" + "\n".join(lines) + "\n")
    found = [(c.speaker, c.role, c.text.replace("\n", "")) for c in profile.comments]
    assert found == expected
    for comment in profile.comments:  # spans of the text, quotes excluded
        assert comment.span.end > comment.span.start


def test_heading_key_of_new_aliases() -> None:
    assert heading_key("■効果", RULES) == "効果"
    assert RULES.sections["担当者の声"] == "comments"
    assert RULES.columns["年度"] == "year"
    assert "*" in RULES.footnote_markers


def test_footnote_markers_extend_like_other_sequences() -> None:
    more = RULES.extend(footnote_markers=["†"])
    assert more.footnote_markers[0] == "†"
    assert is_footnote(Line("†注記。", 0), more)
    assert not is_footnote(Line("†注記。", 0), RULES)
