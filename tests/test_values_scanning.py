"""The scanners' speed devices keep their results: the capture-free quantity scanner
finds what the capturing one does, and the slot builders give ordinary instances."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.model import Quantity, Span
from jirei.rules import DEFAULT_RULES
from jirei.values import Found, JapaneseDate, find_dates, find_quantities
from jirei.values._build import found, found_quantity
from jirei.values.quantities import quantity_patterns, scan_quantities

#: Characters the quantity pattern reacts to, plus some that it does not.
ALPHABET = (
    "0123456789０１２３４５６７８９,，、.．十百千万億兆一二三"
    "約概最お第月日年人件円千 　割%％以上程度あ"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_scanner_and_grouped_pattern_match_the_same(text: str) -> None:
    patterns = quantity_patterns(DEFAULT_RULES)
    scanned = [m.span() for m in patterns.scanner.finditer(text)]
    grouped = [m.span() for m in patterns.grouped.finditer(text)]
    assert scanned == grouped
    for start, end in scanned:
        at = patterns.grouped.match(text, start)
        assert at is not None and at.span() == (start, end)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_find_and_scan_quantities_agree(text: str) -> None:
    found_ = [
        (f.start, f.end, f.value.value, f.value.unit, f.value.qualifier)
        for f in find_quantities(text)
    ]
    scanned = [(start, end, *parts) for start, end, parts in scan_quantities(text)]
    assert found_ == scanned


@pytest.mark.parametrize(
    ("value", "unit", "qualifier"),
    [(220, "人", "以上"), (Decimal("131.8"), "%", None), (5, None, "約")],
)
def test_found_quantity_equals_class_built(
    value: int | Decimal, unit: str | None, qualifier: str | None
) -> None:
    built = found_quantity(value, unit, qualifier, 3, 9, "abcdef")
    expected = Found(Quantity(value, unit, qualifier, Span(3, 9)), 3, 9, "abcdef")
    assert type(built) is Found and type(built.value) is Quantity and type(built.value.span) is Span
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)
    assert pickle.loads(pickle.dumps(built)) == expected
    assert built.value.to_dict() == expected.value.to_dict()


def test_found_equals_class_built() -> None:
    day = JapaneseDate(2019, 5, 7, "令和", 1)
    assert found(day, 0, 8, "令和元年5月7日") == Found(day, 0, 8, "令和元年5月7日")


def test_find_dates_spans_cover_gregorian_year() -> None:
    text = "事業開始は2011年12月1日、終了は2012/3/31。"
    expected = [
        (written, text.index(written), text.index(written) + len(written))
        for written in ("2011年12月1日", "2012/3/31")
    ]
    assert [(f.text, f.start, f.end) for f in find_dates(text)] == expected
