"""PDF reading speed, pages per second (prints figures, asserts nothing).

Generates a 50-page report PDF (prose, results tables, running header, page numbers)
with ``tests/pdfgen.py`` and times:

- pdfplumber ``extract_text`` alone;
- pypdfium2 text alone (``get_text_range``);
- pypdfium2 text with per-character boxes alone (the raw calls the backend makes);
- jirei ``read_pdf`` with each backend (layout, headers, character map included);
- jirei end to end with the default backend (``jirei.parse_pdf`` when it exists, else
  ``read_pdf`` only; the line says which).

Targets: jirei end to end with the default backend ≥ 5× faster than pdfplumber
``extract_text`` alone, and ≤ 2× slower than pypdfium2 text with boxes alone.

    .venv/bin/python bench/pdf.py [--pages 50] [--repeat 5]

Times are the best CPU time (``time.process_time``) of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import ctypes
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as raw

import jirei
import pdfgen
from jirei.pdf import DEFAULT_BACKEND, read_pdf


def plumber_text(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def pdfium_text(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    total = 0
    for page in document:
        textpage = page.get_textpage()
        total += len(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return total


def pdfium_boxes(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    total = 0
    rect = raw.FS_RECTF()
    for page in document:
        textpage = page.get_textpage()
        count = textpage.count_chars()
        text = textpage.get_text_range()
        for i in range(count):
            raw.FPDFText_GetLooseCharBox(textpage.raw, i, ctypes.byref(rect))
        total += len(text)
        textpage.close()
        page.close()
    document.close()
    return total


def best(function: Callable[[bytes], object], data: bytes, repeat: int) -> float:
    """Best CPU time of ``repeat`` runs (CPU time: other processes on the machine add noise)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function(data)
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description="PDF reading speed")
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    generated = pdfgen.report_pdf(pdfgen.report_text(args.pages), size=9.0)
    data = generated.data
    pages = generated.pages
    print(f"report PDF: {pages} pages, {len(data) / 1024:.0f} KiB, font {pdfgen.FONT}")

    parse_pdf = getattr(jirei, "parse_pdf", None)
    if parse_pdf is not None:

        def end_to_end(data: bytes) -> object:
            return parse_pdf(data, backend=DEFAULT_BACKEND)

        end_label = f"jirei.parse_pdf end to end ({DEFAULT_BACKEND})"
    else:

        def end_to_end(data: bytes) -> object:
            return read_pdf(data, backend=DEFAULT_BACKEND)

        end_label = f"jirei read_pdf only ({DEFAULT_BACKEND}; jirei.parse_pdf not available)"

    rows = [
        ("pdfplumber extract_text alone", plumber_text),
        ("pypdfium2 text alone", pdfium_text),
        ("pypdfium2 text + per-char boxes alone", pdfium_boxes),
        ("jirei read_pdf (pdfplumber)", lambda d: read_pdf(d, backend="pdfplumber")),
        ("jirei read_pdf (pypdfium2)", lambda d: read_pdf(d, backend="pypdfium2")),
        (end_label, end_to_end),
    ]
    seconds: dict[str, float] = {}
    for label, function in rows:
        try:
            elapsed = best(function, data, args.repeat)
        except Exception as error:  # a bench prints, it does not stop
            print(f"{label:<72} failed: {type(error).__name__}: {error}")
            continue
        seconds[label] = elapsed
        print(f"{label:<72} {elapsed * 1000:8.1f} ms  {pages / elapsed:8.1f} pages/s")

    if end_label in seconds:
        plumber = seconds.get("pdfplumber extract_text alone")
        boxes = seconds.get("pypdfium2 text + per-char boxes alone")
        end = seconds[end_label]
        if plumber:
            verdict = "met" if plumber / end >= 5 else "NOT met"
            ratio = plumber / end
            print(f"target ≥ 5× faster than pdfplumber extract_text: {ratio:.1f}× ({verdict})")
        if boxes:
            verdict = "met" if end / boxes <= 2 else "NOT met"
            print(f"target ≤ 2× slower than pypdfium2 text+boxes: {end / boxes:.2f}× ({verdict})")


if __name__ == "__main__":
    main()
