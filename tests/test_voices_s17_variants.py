"""Voices and figures in other shapes (decisions 3296–3310, branch voices-s17).

Each rule is tried on documents written for this file, in layouts other than the
development documents' (other places, figures, spacing, marks), with negative variants
that must not trigger it:

- 3296 a row of a role word and figures (``実績<TAB>231人<TAB>247人``) is a body row, never
  a results caption written in a head row's corner;
- 3297 a table of role rows (目標 / 実績 / 達成率 rows of figures) is the results wherever it
  stands, its short caption line going with it when the table names no metric;
- 3298 such a table with no label column takes its metric from the caption
  (``○○の推移`` → ``○○``), the reported (latest) year's column, a ``（参考）`` year
  column being an earlier year's.

Every expected value was written by hand from reading the document by
docs/reading-rules.md and corpus/README.md, never printed from the parser.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.headingtables import is_caption_corner_row
from jirei.lines import Line
from jirei.tables.captionlabel import caption_name


def _parse(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


def _case(results: str) -> str:
    return (
        "【愛知県豊橋市】【愛知労働局・ハローワーク豊橋】\n"
        "とよはし就労支援コーナー（一体的実施施設）\n"
        "事業開始：令和2年4月1日\n\n"
        "相談の入口をひとつに\n\n"
        "取組内容\n"
        "1. 福祉課の窓口で就労希望を確認した方をその場で案内\n"
        "2. 共通の支援記録票を使用\n\n"
        f"{results}\n"
    )


def _figures(profile: jirei.Profile) -> list[tuple[object, ...]]:
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


# three other ways to write a year-column table named by its caption
_TAB_THREE_YEARS = (
    "就職者数の推移\n"
    "\t令和3年度\t令和4年度\t令和5年度\n"
    "目標\t80人\t85人\t90人以上\n"
    "実績\t77人\t88人\t99人\n"
    "達成率\t96.3%\t103.5%\t110.0%\n"
)
_PIPE_REFERENCE = (
    "■就職者数の経年変化\n"
    "| 区分 | 令和4年度（参考） | 令和5年度 |\n"
    "| 目標 | 85人 | 90人以上 |\n"
    "| 実績 | 88人 | 99人 |\n"
    "| 達成率 | 103.5% | 110.0% |\n"
)
_SPACED_NO_CORNER = (
    "【就職者数】\n"
    "      R4年度      R5年度\n"
    "目標  85人        90人以上\n"
    "実績  88人        99人\n"
    "達成率  103.5%    110.0%\n"
)


@pytest.mark.parametrize("table", [_TAB_THREE_YEARS, _PIPE_REFERENCE, _SPACED_NO_CORNER])
def test_year_column_table_named_by_its_caption(table: str) -> None:
    (case,) = _parse(_case(table))
    assert _figures(case) == [("就職者数", None, 90, 99, Decimal("110.0"))]
    assert case.metrics[0].key == "employed"


def test_two_captioned_tables_one_case() -> None:
    text = _case(
        "支援対象者数の推移\n"
        "\t令和4年度\t令和5年度\n"
        "目標\t150人\t160人\n"
        "実績\t162人\t176人\n"
        "達成率\t108.0%\t110.0%\n\n"
        + _TAB_THREE_YEARS
    )
    (case,) = _parse(text)
    assert _figures(case) == [
        ("支援対象者数", None, 160, 176, Decimal("110.0")),
        ("就職者数", None, 90, 99, Decimal("110.0")),
    ]
    label = case.metrics[0]
    assert label.span is not None


def test_caption_label_keeps_its_place() -> None:
    line = Line("■支援対象者数の推移", 100)
    cell = caption_name(line)
    assert cell is not None
    assert (cell.text, cell.start, cell.end) == ("支援対象者数", 101, 107)


@pytest.mark.parametrize("caption", ["実績", "区分", "【目標】"])
def test_column_word_caption_names_no_metric(caption: str) -> None:
    assert caption_name(Line(caption, 0)) is None


@pytest.mark.parametrize(
    "row",
    ["実績\t231人\t198人\t247人", "| 実績 | 162人 | 185人 |", "達成率\t―\t108.8%"],
)
def test_role_row_of_figures_is_no_caption_corner(row: str) -> None:
    assert not is_caption_corner_row(row)


@pytest.mark.parametrize(
    "row", ["【令和２年度 事業目標と実績】\t盛岡市\t花巻市", "| ■令和２年度の実績 | 目標 | 実績 |"]
)
def test_caption_corner_rows_still_read(row: str) -> None:
    assert is_caption_corner_row(row)


def test_table_with_metric_names_keeps_caption_out() -> None:
    # the head row names the metrics: the line over it is a heading, no metric's name
    (case,) = _parse(
        _case(
            "数字で見る令和5年度\n"
            "\t支援対象者数\t就職者数\n"
            "目標\t160人\t90人\n"
            "実績\t176人\t99人\n"
        )
    )
    assert [(m.label, m.target.value, m.actual.value) for m in case.metrics] == [
        ("支援対象者数", 160, 176),
        ("就職者数", 90, 99),
    ]
    assert all(m.group is None for m in case.metrics)


def test_sentence_over_role_table_is_no_caption() -> None:
    # a sentence above the table names no metric: the table stays unlabelled, no metric
    # takes the sentence's words
    (case,) = _parse(
        _case(
            "実績は次のとおりであった。\n"
            "\t令和4年度\t令和5年度\n"
            "目標\t150人\t160人\n"
            "実績\t162人\t176人\n"
        )
    )
    assert all("とおり" not in m.label for m in case.metrics)


def test_marked_caption_over_rows_but_no_item_with_figures() -> None:
    from jirei.tables.grid import find_run

    rows = ["\t令和4年度\t令和5年度", "目標\t150人\t160人", "実績\t162人\t176人"]
    lines = [Line(text, 0) for text in ["■支援対象者数の推移", *rows]]
    run = find_run(lines)
    assert run is not None and run.captions == (0,)
    item = [Line(text, 0) for text in ["・就職者数　実績 134人", *rows]]
    assert find_run(item) is None
