"""Both backends give the same text, and boxes within a point, on every test PDF — the
condition for pypdfium2 being the default backend."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import pdfgen
from jirei.pdf import BACKENDS, DEFAULT_BACKEND, read_pdf
from jirei.pdf.backends import get_backend

CORPUS = Path(__file__).parents[1] / "corpus"
SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"


def _seed_pdf() -> bytes:
    if not SEED.exists():
        pytest.skip("shared seed report not available")
    return pdfgen.report_pdf(SEED.read_text(encoding="utf-8"), fit=True).data


GENERATORS: dict[str, Callable[[], bytes]] = {
    "artefacts": lambda: pdfgen.artefacts_pdf().data,
    "partly_scanned": lambda: pdfgen.partly_scanned_pdf().data,
    "report": lambda: pdfgen.report_pdf(pdfgen.report_text(4)).data,
    "seed": _seed_pdf,
    **{
        f"corpus/{path.name}": (lambda path=path: path.read_bytes())
        for path in sorted(CORPUS.glob("*.pdf"))
    },
}


def test_default_backend_is_pypdfium2() -> None:
    assert DEFAULT_BACKEND == "pypdfium2"
    assert set(BACKENDS) == {"pypdfium2", "pdfplumber"}


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_backends_give_the_same_text_and_boxes(name: str) -> None:
    if not pdfgen.FAITHFUL:
        pytest.skip("CID font fallback: pdfminer maps some code points through CIDs")
    data = GENERATORS[name]()
    fast = read_pdf(data, backend="pypdfium2")
    exact = read_pdf(data, backend="pdfplumber")
    assert fast.text == exact.text
    assert fast.backend == "pypdfium2" and exact.backend == "pdfplumber"
    assert [(p.number, p.start, p.end) for p in fast.pages] == [
        (p.number, p.start, p.end) for p in exact.pages
    ]
    assert fast.warnings == exact.warnings
    assert fast.char_boxes is not None and exact.char_boxes is not None
    for offset in range(len(fast.text)):
        a, b = fast.char_boxes.box(offset), exact.char_boxes.box(offset)
        assert (a is None) == (b is None)
        if a is not None and b is not None:
            assert a.page == b.page
            assert abs(a.x0 - b.x0) <= 1.0 and abs(a.x1 - b.x1) <= 1.0
            assert abs(a.top - b.top) <= 1.0 and abs(a.bottom - b.bottom) <= 1.0


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_backend_yields_glyphs_with_boxes_in_top_left_points(backend: str) -> None:
    generated = pdfgen.artefacts_pdf()
    first = next(iter(get_backend(backend).pages(generated.data)))
    assert first.number == 1
    assert first.width == pytest.approx(pdfgen.PAGE_WIDTH, abs=0.01)
    known = generated.box("412件")  # on page 2: page 1 must not have it
    assert "".join(first.text).count("412件") == 0
    index = "".join(first.text).index("290人")
    box = generated.box("290人")
    assert first.x0[index] == pytest.approx(box.x0, abs=1.0)
    assert first.top[index] == pytest.approx(box.top, abs=1.0)
    assert first.bottom[index] == pytest.approx(box.bottom, abs=1.0)
    assert not any(char.isspace() for char in first.text)
    assert known.page == 2


def test_unknown_backend_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="pdfplumber"):
        read_pdf(pdfgen.artefacts_pdf().data, backend="poppler")
