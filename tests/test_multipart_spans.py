"""Multi-part spans: a value read from separate pieces of the text (a number whose unit and
bound stand on the line below, decision 61; a label wrapped over two lines mid-table,
decision 60) points at each piece. Invented text throughout."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from jirei import export
from jirei.lines import Line, split_lines
from jirei.model import Box, Document, Metric, Profile, Quantity, Span
from jirei.normalise import normalise
from jirei.review import marks_of, render_review
from jirei.tables import ResultsTable, read_results

# --- the Span ------------------------------------------------------------------------

GOOD = [
    ("plain", (0, 5, ()), ((0, 5),)),
    ("two parts", (0, 9, ((0, 3), (6, 9))), ((0, 3), (6, 9))),
    ("three parts", (2, 20, ((2, 4), (5, 6), (10, 20))), ((2, 4), (5, 6), (10, 20))),
    ("lists are read as tuples", (0, 9, [[0, 3], [6, 9]]), ((0, 3), (6, 9))),
]


@pytest.mark.parametrize("args, ranges", [g[1:] for g in GOOD], ids=[g[0] for g in GOOD])
def test_valid_spans_and_their_ranges(args: tuple[Any, ...], ranges: tuple[Any, ...]) -> None:
    start, end, parts = args
    span = Span(start, end, (), parts)
    assert span.ranges == ranges
    assert span.parts == (ranges if len(ranges) > 1 else ())


BAD = [
    ("one part", 0, 3, ((0, 3),)),
    ("first part starts after start", 0, 9, ((1, 3), (6, 9))),
    ("last part ends before end", 0, 9, ((0, 3), (6, 8))),
    ("overlapping parts", 0, 9, ((0, 5), (4, 9))),
    ("touching parts", 0, 9, ((0, 4), (4, 9))),
    ("an empty part", 0, 9, ((0, 3), (5, 5), (6, 9))),
    ("parts out of order", 0, 9, ((6, 9), (0, 3))),
    ("a reversed part", 0, 9, ((0, 3), (7, 6), (8, 9))),
]


@pytest.mark.parametrize("start, end, parts", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_invalid_parts_are_refused(start: int, end: int, parts: Any) -> None:
    with pytest.raises(ValueError):
        Span(start, end, (), parts)


SLICES = [
    ("plain", Span(2, 5), "cde"),
    ("two parts joined without separator", Span(0, 9, (), ((0, 2), (7, 9))), "abhi"),
    ("three parts", Span(1, 10, (), ((1, 2), (4, 5), (9, 10))), "bej"),
]


@pytest.mark.parametrize("span, expected", [s[1:] for s in SLICES], ids=[s[0] for s in SLICES])
def test_slice_is_the_text_the_value_was_read_from(span: Span, expected: str) -> None:
    assert span.slice("abcdefghij") == expected


BOX_A = Box(1, 10.0, 20.0, 30.0, 32.0)
BOX_B = Box(1, 10.0, 40.0, 25.0, 52.0)
JOINS = [
    ("apart", [Span(0, 3, [BOX_A]), Span(6, 9, [BOX_B])],
     Span(0, 9, [BOX_A, BOX_B], ((0, 3), (6, 9)))),
    ("given out of order", [Span(6, 9), Span(0, 3)], Span(0, 9, (), ((0, 3), (6, 9)))),
    ("touching: one range", [Span(0, 4), Span(4, 9)], Span(0, 9)),
    ("overlapping: merged", [Span(0, 5), Span(3, 7), Span(9, 12)],
     Span(0, 12, (), ((0, 7), (9, 12)))),
    ("a multi-part span and a piece", [Span(0, 9, (), ((0, 2), (7, 9))), Span(4, 5)],
     Span(0, 9, (), ((0, 2), (4, 5), (7, 9)))),
    ("one span", [Span(3, 4, [BOX_A])], Span(3, 4, [BOX_A])),
    ("an empty piece is dropped", [Span(0, 3), Span(5, 5)], Span(0, 3)),
]  # fmt: skip


@pytest.mark.parametrize("spans, expected", [j[1:] for j in JOINS], ids=[j[0] for j in JOINS])
def test_join(spans: list[Span], expected: Span) -> None:
    assert Span.join(spans) == expected


def test_join_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError):
        Span.join([])


@pytest.mark.parametrize("span", [Span(0, 5), Span(0, 9, [BOX_A, BOX_B], ((0, 3), (6, 9)))])
def test_to_dict_has_parts_only_when_present_and_round_trips(span: Span) -> None:
    data = span.to_dict()
    assert ("parts" in data) == bool(span.parts)
    if span.parts:
        assert data["parts"] == [[0, 3], [6, 9]]
    assert Span.from_dict(json.loads(json.dumps(data))) == span


jsonschema = pytest.importorskip("jsonschema")
SCHEMA = jsonschema.Draft202012Validator(export.document_schema())


def _doc_with(span: dict[str, Any]) -> dict[str, Any]:
    metric = Metric("面談件数", target=Quantity(300, "件", "以上", Span(0, 1)), span=Span(0, 1))
    data = Document(source="x", profiles=[Profile(metrics=[metric])]).to_dict()
    data["profiles"][0]["metrics"][0]["target"]["span"] = span
    return data


SCHEMA_CASES = [
    ("no parts", {"start": 0, "end": 5}, True),
    ("two parts", {"start": 0, "end": 9, "parts": [[0, 3], [6, 9]]}, True),
    ("one part", {"start": 0, "end": 3, "parts": [[0, 3]]}, False),
    ("a part of three numbers", {"start": 0, "end": 9, "parts": [[0, 3, 4], [6, 9]]}, False),
    ("a negative offset", {"start": 0, "end": 9, "parts": [[-1, 3], [6, 9]]}, False),
]


@pytest.mark.parametrize(
    "span, valid", [c[1:] for c in SCHEMA_CASES], ids=[c[0] for c in SCHEMA_CASES]
)
def test_schema_accepts_parts(span: dict[str, Any], valid: bool) -> None:
    assert SCHEMA.is_valid(_doc_with(span)) == valid


# --- the table reader (decisions 60, 61) -------------------------------------------------

HEAD = "　　　　　　　　　　目標　　　　実績"
RATE_ROW = "　就職率　　　　　６０％　　　　６１％"


def read(text: str) -> tuple[ResultsTable, str, list[Line]]:
    norm = normalise(text)
    lines = split_lines(norm.text)

    def locate(start: int, end: int) -> Span:
        return Span(*norm.span(start, end))

    return read_results(lines, locate=locate), text, lines


def _q(quantity: Quantity | None) -> tuple[Any, ...] | None:
    return None if quantity is None else (quantity.value, quantity.unit, quantity.qualifier)


UNIT_BELOW = [
    (
        "mid-table",
        [HEAD, "　面談件数　　　　３００　　　　３１２件", "　　　　　　　　　件以上",
         "　就職者数　　　　９０人　　　　９５人"],
        ("面談件数", (300, "件", "以上"), (312, "件", None), "３００件以上"),
    ),
    (
        "under the last row",
        [HEAD, "　就職者数　　　　９０人　　　　９５人", "　面談件数　　　　３００　　　　３１２件",
         "　　　　　　　　　件以上"],
        ("面談件数", (300, "件", "以上"), (312, "件", None), "３００件以上"),
    ),
    (
        "bound only",
        [HEAD, "　面談件数　　　　３００件　　　３１２件", "　就職率　　　　　６０％　　　　６１％",
         "　相談件数　　　　５０　　　　　５２件", "　　　　　　　　　以上"],
        ("相談件数", (50, None, "以上"), (52, "件", None), "５０以上"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    "lines, expected", [u[1:] for u in UNIT_BELOW], ids=[u[0] for u in UNIT_BELOW]
)
def test_unit_and_bound_on_the_line_below_complete_the_number(
    lines: list[str], expected: tuple[Any, ...]
) -> None:
    table, source, read_lines = read("\n".join(lines) + "\n")
    label, target, actual, written = expected
    metric = next(m for m in table.metrics if m.label == label)
    assert (_q(metric.target), _q(metric.actual)) == (target, actual)
    span = metric.target.span if metric.target else None
    assert span is not None and len(span.parts) == 2
    assert span.slice(source) == written
    assert "\n" in source[span.start : span.end]  # the pieces stand on two lines
    assert len(table.metrics) == len(lines) - 2  # the unit line is no row of its own
    assert not table.warnings and not table.unclassified
    assert table.end >= len([line for line in read_lines if line.text])  # the table's lines


WRAPPED = [
    (
        "label wrapped once",
        [HEAD, "　出張相談会の　　４回　　　　　５回", "　実施回数", RATE_ROW],
        "出張相談会の実施回数", (4, "回", None), "出張相談会の実施回数",
    ),
    (
        "a label too wide for its column",
        [HEAD, "　ひとり親世帯の方の　３０人　　３６人", "　就職者数", RATE_ROW],
        "ひとり親世帯の方の就職者数", (30, "人", None), "ひとり親世帯の方の就職者数",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    "lines, label, target, written", [w[1:] for w in WRAPPED], ids=[w[0] for w in WRAPPED]
)
def test_a_label_wrapped_mid_table_is_one_label(
    lines: list[str], label: str, target: tuple[Any, ...], written: str
) -> None:
    table, source, _ = read("\n".join(lines) + "\n")
    assert [m.label for m in table.metrics] == [label, "就職率"]
    wrapped, rate = table.metrics
    assert _q(wrapped.target) == target
    assert wrapped.span is not None and len(wrapped.span.parts) == 2
    assert wrapped.span.slice(source) == written
    assert rate.group is None and _q(rate.actual) == (61, "%", None)
    assert not table.warnings and not table.unclassified


def test_a_text_line_after_the_last_row_is_no_wrapped_label() -> None:
    text = "\n".join([HEAD, "　出張相談会の　　４回　　　　　５回", "　実施回数"]) + "\n"
    table, _, _ = read(text)
    assert [m.label for m in table.metrics] == ["出張相談会の"]
    assert table.metrics[0].span is not None and not table.metrics[0].span.parts
    assert table.end == 2  # the text line is left to the caller


def test_a_unit_line_under_a_number_with_a_unit_is_not_joined() -> None:
    lines = [HEAD, "　面談件数　　　　３００件　　　３１２件", "　　　　　　　　　以上"]
    table, _, _ = read("\n".join(lines) + "\n")
    (metric,) = table.metrics
    assert _q(metric.target) == (300, "件", None)
    assert metric.target is not None and metric.target.span is not None
    assert not metric.target.span.parts


# --- the review page -----------------------------------------------------------------


def test_a_multi_part_span_is_marked_once_per_part() -> None:
    text = "面談件数 300 312件\n     件以上\n就職者数 90人"
    first = text.index("300")
    second = text.index("件以上")
    span = Span(first, second + 3, (), ((first, first + 3), (second, second + 3)))
    plain = Span(text.index("90人"), len(text))
    doc = Document(
        source="x.txt",
        profiles=[
            Profile(
                metrics=[
                    Metric("面談件数", target=Quantity(300, "件", "以上", span)),
                    Metric("就職者数", actual=Quantity(90, "人", None, plain)),
                ]
            )
        ],
        text=text,
    )
    page = render_review(doc)
    marks = {m.span: m.id for m in marks_of(doc)}
    pieces = page.count(f'data-mark="{marks[span]}"')
    assert pieces == 2
    assert page.count(f'id="{marks[span]}"') == 1
    assert page.count(f'data-mark="{marks[plain]}"') == 1
    # the marks hold the two pieces and not the text between them
    held = re.findall(rf'<mark [^>]*data-mark="{marks[span]}"[^>]*>([^<]*)</mark>', page)
    assert held == ["300", "件以上"]
