"""Every extracted value points at the place in the ORIGINAL text where it stands.

Checked over every corpus document (text and PDF) and the real seed report: the text a
span covers, normalised, is the value (or parses back to it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import jirei
from jirei.model import Document, Quantity, Span
from jirei.normalise import normalise

ROOT = Path(__file__).parents[1]
SEED = ROOT / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"
INPUTS = sorted(
    p for p in (ROOT / "corpus").glob("*") if p.suffix in {".txt", ".pdf"} and p.name != "README"
)
if SEED.exists():
    INPUTS.append(SEED)

_SPACE = regex.compile(r"\s+")
TEXT_FIELDS = ("title", "prefecture", "municipality", "labour_bureau", "facility_name",
               "facility_type")  # fmt: skip


def _flat(text: str) -> str:
    return _SPACE.sub("", normalise(text).text)


def _covered(doc: Document, span: Span) -> str:
    assert doc.text is not None
    assert 0 <= span.start < span.end <= len(doc.text), span
    return span.slice(doc.text)  # a multi-part span: its pieces joined


def _same_quantity(doc: Document, quantity: Quantity) -> None:
    assert quantity.span is not None, quantity
    parsed = jirei.parse_quantity(_read_order(doc, quantity.span).strip())
    assert (parsed.value, parsed.unit, parsed.qualifier) == (
        quantity.value,
        quantity.unit,
        quantity.qualifier,
    ), _covered(doc, quantity.span)


def _read_order(doc: Document, span: Span) -> str:
    """The text a quantity's span covers: its pieces in document order, or, for a number
    whose unit stands in a unit column before it (decision 212), the unit's piece put
    into the number's piece (``人`` + ``220以上`` → ``220人以上``; the first that parses)."""
    assert doc.text is not None
    covered = _covered(doc, span)
    pieces = [doc.text[start:end] for start, end in span.ranges]
    if len(pieces) != 2:
        return covered
    unit, number = pieces
    for cut in range(len(number) + 1):
        candidate = number[:cut] + unit + number[cut:]
        try:
            jirei.parse_quantity(candidate.strip())
        except jirei.ValueParseError:
            continue
        return candidate
    return covered


@pytest.fixture(scope="module", params=INPUTS, ids=lambda p: p.name)
def doc(request: pytest.FixtureRequest) -> Document:
    return jirei.parse_path(request.param)


def test_document_keeps_its_original_text(doc: Document) -> None:
    assert doc.text and doc.profiles


def test_header_fields(doc: Document) -> None:
    for profile in doc.profiles:
        for name in TEXT_FIELDS:
            value = getattr(profile, name)
            if value is None or name in profile.inferred:
                continue
            span = profile.spans.get(name)
            assert span is not None, (profile.title, name)
            assert _flat(_covered(doc, span)) == _SPACE.sub("", value), name
        for office, span in zip(profile.hello_work, profile.hello_work_spans, strict=True):
            assert _flat(_covered(doc, span)) == office
        if profile.start_date is not None:
            written = _covered(doc, profile.spans["start_date"])
            assert jirei.parse_date(written) == profile.start_date, written
        if profile.fiscal_year is not None:
            written = _covered(doc, profile.spans["fiscal_year"])
            assert any(
                found.value.year == profile.fiscal_year
                for era in ("令和", "平成")
                for found in jirei.find_fiscal_years(written, era=era)
            ), written


def test_items(doc: Document) -> None:
    for profile in doc.profiles:
        for items, spans in (
            (profile.initiatives, profile.initiative_spans),
            (profile.other_results, profile.other_result_spans),
        ):
            assert len(items) == len(spans)
            for item, span in zip(items, spans, strict=True):
                assert _SPACE.sub("", item) in _flat(_covered(doc, span)), item


def test_metrics(doc: Document) -> None:
    for profile in doc.profiles:
        for metric in profile.metrics:
            assert metric.span is not None, metric.label
            assert metric.label in _flat(_covered(doc, metric.span)), metric.label
            for quantity in (metric.target, metric.actual):
                if quantity is not None:
                    _same_quantity(doc, quantity)
            if metric.achievement_rate is not None:
                assert metric.achievement_span is not None, metric.label
                # (``１１７．０`` under ``達成率（％）``: the header's unit put in, decision 307)
                written = _read_order(doc, metric.achievement_span)
                assert jirei.parse_rate(written) == metric.achievement_rate, written


def test_comments(doc: Document) -> None:
    for profile in doc.profiles:
        for comment in profile.comments:
            assert comment.span is not None
            assert _flat(_covered(doc, comment.span)) == _SPACE.sub("", comment.text)
            if comment.speaker is not None:
                assert comment.speaker_span is not None
                assert _flat(_covered(doc, comment.speaker_span)) == comment.speaker


def test_pdf_spans_carry_page_boxes(doc: Document) -> None:
    if doc.backend is None:
        pytest.skip("text input: spans have no boxes")
    for profile in doc.profiles:
        for metric in profile.metrics:
            for quantity in (metric.target, metric.actual):
                if quantity is not None:
                    assert quantity.span is not None and quantity.span.boxes, metric.label
                    assert all(1 <= box.page <= len(doc.pages) for box in quantity.span.boxes)
