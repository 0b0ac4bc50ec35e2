"""``model.unchecked_span`` builds the same Span as ``Span(start, end, boxes)``."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.model import Box, Span, unchecked_span


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_same_span_as_the_checked_constructor(a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    fast, checked = unchecked_span(start, end), Span(start, end)
    assert fast == checked
    assert hash(fast) == hash(checked)
    assert repr(fast) == repr(checked)
    assert fast.to_dict() == checked.to_dict()
    assert attrs.astuple(fast) == attrs.astuple(checked)


def test_unchecked_span_stays_frozen() -> None:
    span = unchecked_span(3, 7)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]
    assert attrs.evolve(span, end=9) == Span(3, 9)


_BOXES = st.lists(
    st.builds(
        Box,
        st.integers(min_value=1, max_value=50),
        *[st.floats(min_value=0, max_value=900, allow_nan=False)] * 4,
    ),
    max_size=3,
).map(tuple)


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6), _BOXES)
def test_same_span_with_boxes(a: int, b: int, boxes: tuple[Box, ...]) -> None:
    start, end = min(a, b), max(a, b)
    fast, checked = unchecked_span(start, end, boxes), Span(start, end, boxes)
    assert fast == checked
    assert hash(fast) == hash(checked)
    assert repr(fast) == repr(checked)
    assert fast.to_dict() == checked.to_dict()
    assert fast.page == checked.page
