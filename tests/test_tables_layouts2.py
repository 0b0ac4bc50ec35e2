"""Results layouts of the second batch (corpus/README.md decisions 24–30): key–value lines,
split rows, 目標/実績 rows per metric, a group column, next year's target, several 実績
years. Invented text throughout."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from jirei.lines import Line, split_lines
from jirei.model import Metric, Quantity, Span
from jirei.normalise import normalise
from jirei.tables import ResultsTable, read_results
from jirei.tables.keyvalue import read_keyvalue
from jirei.tables.splitrows import join_split_rows


def read(text: str, heading: str | None = None) -> tuple[ResultsTable, str, list[Line]]:
    """Read ``text`` as a results section (under ``heading`` when given)."""
    source = f"{heading}\n{text}" if heading is not None else text
    norm = normalise(source)
    lines = split_lines(norm.text)
    head = lines[0] if heading is not None else None
    body = lines[1:] if heading is not None else lines

    def locate(start: int, end: int) -> Span:
        return Span(*norm.span(start, end))

    return read_results(body, locate=locate, heading=head), source, body


def q(quantity: Quantity | None) -> tuple[Any, ...] | None:
    return None if quantity is None else (quantity.value, quantity.unit, quantity.qualifier)


def summary(metric: Metric) -> tuple[Any, ...]:
    return (
        metric.label,
        metric.group,
        q(metric.target),
        q(metric.actual),
        metric.achievement_rate,
    )


# --- key–value lines ------------------------------------------------------------------

KEY_VALUE = [
    (
        "label: figure (target, rate)",
        "来所者数：３１０人（目標２５０人、達成率１２４．０％）",
        [("来所者数", None, (250, "人", None), (310, "人", None), Decimal("124.0"))],
    ),
    (
        "label, space, figure (target only)",
        "面談件数　８８件（目標８０件以上）",
        [("面談件数", None, (80, "件", "以上"), (88, "件", None), None)],
    ),
    (
        "bare rate after a colon, behind a bullet",
        "・就職率：４７．５％",
        [("就職率", None, None, (Decimal("47.5"), "%", None), None)],
    ),
    (
        "a named figure in the bracket is its own metric",
        "相談者数：９０人（目標８０人、うち新規３５人）",
        [
            ("相談者数", None, (80, "人", None), (90, "人", None), None),
            ("うち新規", None, None, (35, "人", None), None),
        ],
    ),
]


@pytest.mark.parametrize("name, text, expected", KEY_VALUE, ids=[k[0] for k in KEY_VALUE])
def test_key_value_line(name: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    table, source, _ = read(text, heading="▼成果（令和２年度）")
    assert [summary(m) for m in table.metrics] == expected
    assert table.fiscal_year == 2020
    for metric in table.metrics:
        assert source[metric.span.start : metric.span.end].strip("()（）") != ""
        assert metric.actual is not None and metric.actual.span is not None


def test_key_value_block_then_sentence_is_other_result() -> None:
    text = "利用件数：４０件（目標３０件）\n就職率　５０．０％\n・講座に延べ１２人が参加した。\n"
    table, _, body = read(text)
    assert [m.label for m in table.metrics] == ["利用件数", "就職率"]
    assert body[table.end].text.startswith("・講座")


@pytest.mark.parametrize(
    "text",
    [
        "就職数            ３１２人\n障害者            ５４人（就職数）",  # aligned table, no colon
        "体験就労の受入法人は１２法人となった。",  # a sentence
        "| 就職数 | ３１２人 |",  # a pipe row
    ],
)
def test_not_key_value(text: str) -> None:
    norm = normalise(text)
    lines = split_lines(norm.text)
    assert read_keyvalue(lines, locate=lambda s, e: Span(s, e)) is None


# --- split rows ------------------------------------------------------------------------


def test_split_row_is_one_row() -> None:
    text = (
        "                    目標          実績\n"
        "相談者数            ８０人以上    ９２人\n"
        "職場体験受入企業数\n"
        "                    １２社        １５社\n"
        "就職者数            ４０人以上    ４６人\n"
    )
    table, source, _ = read(text)
    assert [summary(m) for m in table.metrics] == [
        ("相談者数", None, (80, "人", "以上"), (92, "人", None), None),
        ("職場体験受入企業数", None, (12, "社", None), (15, "社", None), None),
        ("就職者数", None, (40, "人", "以上"), (46, "人", None), None),
    ]
    metric = table.metrics[1]
    assert source[metric.span.start : metric.span.end] == "職場体験受入企業数"
    assert metric.actual is not None and metric.actual.span is not None
    assert source[metric.actual.span.start : metric.actual.span.end] == "１５社"


def test_split_rows_keep_original_indexes() -> None:
    lines = split_lines("  目標  実績\n相談者数\n  ８人  ９人\n後の行\n")
    joined, origins = join_split_rows(lines)
    assert [line.text.split("\n")[0] for line in joined] == ["  目標  実績", "相談者数", "後の行"]
    assert origins == [0, 1, 3]


def test_label_line_before_any_row_is_not_joined() -> None:
    lines = split_lines("（単位：人）\n  ８人  ９人\n")
    joined, _ = join_split_rows(lines)
    assert len(joined) == 2


# --- 目標 / 実績 rows per metric ------------------------------------------------------------


def test_role_rows_per_metric() -> None:
    text = (
        "| 区分 | | 令和２年度 |\n|---|---|---|\n"
        "| 相談者数 | 目標 | 70人以上 |\n| | 実績 | 75人 |\n"
        "| 就職率 | 目標 | 50%以上 |\n| | 実績 | 52.0% |\n"
    )
    table, _, _ = read(text)
    assert [summary(m) for m in table.metrics] == [
        ("相談者数", None, (70, "人", "以上"), (75, "人", None), None),
        ("就職率", None, (50, "%", "以上"), (Decimal("52.0"), "%", None), None),
    ]
    assert table.fiscal_year == 2020


# --- group column --------------------------------------------------------------------------


def test_group_column() -> None:
    text = (
        "| 対象 | 項目 | 2020年度目標 | 2020年度実績 |\n|---|---|---|---|\n"
        "| 若年者 | 就職者数 | 20人以上 | 24人 |\n"
        "| 高齢者 | 就職者数 | 10人以上 | 13人 |\n"
    )
    table, _, _ = read(text)
    assert [summary(m) for m in table.metrics] == [
        ("就職者数", "若年者", (20, "人", "以上"), (24, "人", None), None),
        ("就職者数", "高齢者", (10, "人", "以上"), (13, "人", None), None),
    ]
    assert table.fiscal_year == 2020


# --- columns of another year ---------------------------------------------------------------

OTHER_YEARS = [
    (
        "next year's target is not this year's",
        "| 区分 | 令和２年度実績 | 令和３年度目標 |\n|---|---|---|\n"
        "| 相談者数 | 61人 | 70人以上 |\n",
        2020,
        ("相談者数", None, None, (61, "人", None), None),
        "70人以上",
    ),
    (
        "the latest of several 実績 years",
        "| 区分 | 2019年度実績 | 2020年度実績 |\n|---|---|---|\n| 相談者数 | 55人 | 61人 |\n",
        2020,
        ("相談者数", None, None, (61, "人", None), None),
        "55人",
    ),
]


@pytest.mark.parametrize(
    "name, text, year, expected, kept", OTHER_YEARS, ids=[o[0] for o in OTHER_YEARS]
)
def test_columns_of_another_year(
    name: str, text: str, year: int, expected: tuple[Any, ...], kept: str
) -> None:
    table, _, _ = read(text)
    assert [summary(m) for m in table.metrics] == [expected]
    assert table.fiscal_year == year
    assert kept in [block.text for block in table.unclassified]
