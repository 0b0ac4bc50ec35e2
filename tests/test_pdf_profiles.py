"""Parse-level: each corpus/*.pdf, read with both backends, gives the profiles of its
``<name>.gold.json`` — the same gold, compared the same way, as the text it was rendered
from (``scripts/render_corpus_pdfs.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _gold import gold_problems
from jirei.pdf import BACKENDS

CORPUS = Path(__file__).parents[1] / "corpus"
PDFS = sorted(
    path for path in CORPUS.glob("*.pdf") if path.with_name(path.stem + ".gold.json").exists()
)


@pytest.mark.skipif(not PDFS, reason="no corpus PDFs with gold (scripts/render_corpus_pdfs.py)")
@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize("pdf", PDFS, ids=[p.name for p in PDFS])
def test_corpus_pdf_matches_gold(pdf: Path, backend: str) -> None:
    from jirei import parse_pdf  # the pipeline; imported here so collection never fails
    from jirei.evaluate import load_gold

    gold = load_gold(pdf.with_name(pdf.stem + ".gold.json"))
    document = parse_pdf(pdf, backend=backend)
    assert document.backend == backend
    assert [page.number for page in document.pages] == list(range(1, len(document.pages) + 1))
    problems = gold_problems(gold, document)
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
