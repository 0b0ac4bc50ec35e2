"""Parse-level: each corpus/*.pdf, read with both backends, gives the profiles of its
``<name>.gold.json`` — the same gold, compared the same way, as the text it was rendered
from (``scripts/render_corpus_pdfs.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jirei.pdf import BACKENDS

CORPUS = Path(__file__).parents[1] / "corpus"
PDFS = sorted(
    path for path in CORPUS.glob("*.pdf") if path.with_name(path.stem + ".gold.json").exists()
)
FIELDS = (
    "title",
    "prefecture",
    "municipality",
    "labour_bureau",
    "hello_work",
    "facility_name",
    "facility_type",
    "start_date",
    "fiscal_year",
)


@pytest.mark.skipif(not PDFS, reason="no corpus PDFs with gold (scripts/render_corpus_pdfs.py)")
@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize("pdf", PDFS, ids=[p.name for p in PDFS])
def test_corpus_pdf_matches_gold(pdf: Path, backend: str) -> None:
    from jirei import parse_pdf  # the pipeline; imported here so collection never fails
    from jirei.evaluate import differences, load_gold

    gold = load_gold(pdf.with_name(pdf.stem + ".gold.json"))
    document = parse_pdf(pdf, backend=backend)
    assert document.backend == backend
    assert [page.number for page in document.pages] == list(range(1, len(document.pages) + 1))
    parsed = json.loads(json.dumps(document.to_dict(), default=str))
    problems = differences(gold, parsed)
    for index, (g, p) in enumerate(zip(gold["profiles"], parsed["profiles"], strict=False)):
        for field in FIELDS:
            if str(g.get(field)) != str(p.get(field)):
                problems.append(f"[{index}] {field}: gold {g.get(field)!r} parsed {p.get(field)!r}")
    assert not problems, f"{pdf.name} ({backend}):\n" + "\n".join(problems)


@pytest.mark.skipif(not PDFS, reason="no corpus PDFs")
@pytest.mark.parametrize("pdf", PDFS, ids=[p.name for p in PDFS])
def test_corpus_pdf_values_point_at_their_page(pdf: Path) -> None:
    """Every metric read from a PDF carries boxes on a page of the document."""
    from jirei import parse_pdf

    document = parse_pdf(pdf)
    pages = {page.number for page in document.pages}
    spans = [
        metric.span
        for profile in document.profiles
        for metric in profile.metrics
        if metric.span is not None
    ]
    assert spans, "no metric spans"
    for span in spans:
        assert span.boxes, f"metric span {span} has no boxes"
        assert {box.page for box in span.boxes} <= pages
