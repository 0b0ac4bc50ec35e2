"""Model round trips: ``Document.from_dict(doc.to_dict()) == doc`` for generated documents,
and through JSON with decimals kept exact."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.export import loads, to_json
from jirei.model import (
    ROLES,
    Box,
    Comment,
    Document,
    Metric,
    Page,
    Profile,
    Quantity,
    Span,
    TextBlock,
    Warning,
)

texts = st.text(max_size=12)
optional_texts = st.none() | texts
offsets = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(sorted)
boxes = st.builds(
    Box,
    page=st.integers(1, 50),
    x0=st.floats(0, 600, allow_nan=False),
    top=st.floats(0, 800, allow_nan=False),
    x1=st.floats(0, 600, allow_nan=False),
    bottom=st.floats(0, 800, allow_nan=False),
)
plain_spans = offsets.flatmap(
    lambda o: st.builds(Span, st.just(o[0]), st.just(o[1]), st.lists(boxes, max_size=2))
)
# two to four ranges, non-empty and apart: the corners of distinct sorted offsets, paired
corners = st.lists(st.integers(0, 10_000), min_size=4, max_size=8, unique=True).map(
    lambda xs: sorted(xs)[: len(xs) // 2 * 2]
)
multi_part_spans = corners.flatmap(
    lambda xs: st.builds(
        Span,
        st.just(xs[0]),
        st.just(xs[-1]),
        st.lists(boxes, max_size=2),
        st.just(tuple(zip(xs[::2], xs[1::2], strict=True))),
    )
)
spans = plain_spans | multi_part_spans
decimals = st.decimals(
    allow_nan=False, allow_infinity=False, places=2, min_value=-(10**6), max_value=10**6
)
numbers = st.integers(-(10**9), 10**9) | decimals
quantities = st.builds(
    Quantity, value=numbers, unit=optional_texts, qualifier=optional_texts, span=st.none() | spans
)
metrics = st.builds(
    Metric,
    label=texts,
    key=optional_texts,
    group=optional_texts,
    target=st.none() | quantities,
    actual=st.none() | quantities,
    achievement_rate=st.none() | decimals,
    span=st.none() | spans,
    achievement_span=st.none() | spans,
)
comments = st.builds(
    Comment,
    speaker=optional_texts,
    role=st.sampled_from(ROLES),
    text=texts,
    span=st.none() | spans,
    speaker_span=st.none() | spans,
)
profiles = st.builds(
    Profile,
    title=optional_texts,
    prefecture=optional_texts,
    municipality=optional_texts,
    labour_bureau=optional_texts,
    hello_work=st.lists(texts, max_size=2),
    facility_name=optional_texts,
    facility_type=optional_texts,
    start_date=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    fiscal_year=st.none() | st.integers(1900, 2100),
    initiatives=st.lists(texts, max_size=3),
    metrics=st.lists(metrics, max_size=3),
    other_results=st.lists(texts, max_size=2),
    comments=st.lists(comments, max_size=2),
    span=st.none() | spans,
    spans=st.dictionaries(st.sampled_from(["title", "prefecture", "fiscal_year"]), spans),
    hello_work_spans=st.lists(spans, max_size=2),
    initiative_spans=st.lists(spans, max_size=2),
    other_result_spans=st.lists(spans, max_size=2),
    inferred=st.lists(st.sampled_from(["prefecture", "municipality"]), max_size=2),
    unclassified=st.lists(
        st.builds(TextBlock, optional_texts, texts, st.none() | spans), max_size=2
    ),
)
documents = st.builds(
    Document,
    source=optional_texts,
    profiles=st.lists(profiles, max_size=2),
    warnings=st.lists(
        st.builds(
            Warning, code=texts, message=texts, span=st.none() | offsets.map(lambda o: Span(*o))
        ),
        max_size=2,
    ),
    encoding=optional_texts,
    backend=optional_texts,
    pages=st.lists(
        st.builds(Page, st.integers(1, 9), st.integers(0, 9), st.integers(10, 99)), max_size=2
    ),
)


@settings(max_examples=150, deadline=None)
@given(documents)
def test_dict_round_trip(doc: Document) -> None:
    assert Document.from_dict(doc.to_dict()) == doc


@settings(max_examples=150, deadline=None)
@given(documents)
def test_json_round_trip_keeps_decimals_exact(doc: Document) -> None:
    back = loads(to_json(doc))
    assert back == doc
    for mine, theirs in zip(back.profiles, doc.profiles, strict=True):
        for a, b in zip(mine.metrics, theirs.metrics, strict=True):
            assert str(a.achievement_rate) == str(b.achievement_rate)  # 71.0 stays 71.0
            if a.actual is not None and b.actual is not None:
                assert type(a.actual.value) is type(b.actual.value)
                assert str(a.actual.value) == str(b.actual.value)
