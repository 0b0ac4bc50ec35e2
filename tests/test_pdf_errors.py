"""Every bad PDF gives its typed error, from both backends; never a bare backend error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import pdfgen
from jirei.errors import (
    CorruptPdfError,
    EncryptedPdfError,
    NotAPdfError,
    NoTextLayerError,
    PdfError,
)
from jirei.pdf import BACKENDS, read_pdf
from jirei.read import read_path


def _corrupt_xref() -> bytes:
    data = pdfgen.artefacts_pdf().data
    start = data.index(b"xref")
    return data[:100] + b"\x00garbage" * 200 + data[start:]


CASES: list[tuple[str, Callable[[], bytes], type[PdfError]]] = [
    ("encrypted", pdfgen.encrypted_pdf, EncryptedPdfError),
    ("truncated", pdfgen.truncated_pdf, CorruptPdfError),
    ("header only", lambda: b"%PDF-1.7\n%%EOF\n", CorruptPdfError),
    ("scan", lambda: pdfgen.scanned_pdf().data, NoTextLayerError),
    ("broken objects", _corrupt_xref, CorruptPdfError),
]


@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize(("name", "make", "error"), CASES, ids=[case[0] for case in CASES])
def test_bad_pdf_gives_its_typed_error(
    tmp_path: Path, backend: str, name: str, make: Callable[[], bytes], error: type[PdfError]
) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(make())
    with pytest.raises(error) as raised:
        read_pdf(path, backend=backend)
    assert str(path) in str(raised.value)


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("支援対象者数 449人", encoding="utf-8")
    with pytest.raises(NotAPdfError, match=r"report\.pdf"):
        read_pdf(path)
    # read_path dispatches on content: the same file is read as text
    assert read_path(path).encoding == "utf-8"


def test_pdf_is_recognised_by_content_not_suffix(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"\n" * 10 + pdfgen.artefacts_pdf().data)  # magic after some junk
    source = read_path(path)
    assert source.backend == "pypdfium2" and source.encoding is None
    assert "【取組内容】" in source.text


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_pages_without_text_are_reported(backend: str) -> None:
    source = read_pdf(pdfgen.partly_scanned_pdf().data, backend=backend)
    assert "449人" in source.text and "319人" in source.text
    (warning,) = [w for w in source.warnings if w.code == "page_without_text"]
    assert "2" in warning.message
    empty = source.pages[1]
    assert empty.number == 2 and empty.start == empty.end
