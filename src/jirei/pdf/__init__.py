"""PDF → :class:`jirei.read.SourceText`: characters with boxes → lines → text, once in jirei.

A backend (:mod:`jirei.pdf.backends`) gives each page's glyphs with boxes; the layout
(:mod:`jirei.pdf.layout`, done for all pages at once in numpy arrays by
:mod:`jirei.pdf.vlayout`) orders them into lines, drops fake-bold duplicates and marks
cell breaks with tabs; :mod:`jirei.pdf.headers` removes running headers, footers and page
numbers (with warnings). Pages are joined with ``\\n`` and recorded as
:class:`jirei.model.Page`; every character of the text keeps the box it was drawn in
(:class:`jirei.pdf.charmap.CharBoxes`), so a span maps back to the page.

Default backend: ``pypdfium2``. It gives the same text as ``pdfplumber`` on every test
PDF (and boxes within a point — asserted in ``tests/test_pdf_backends.py``) and reads
pages many times faster (``bench/pdf.py``). ``pdfplumber`` stays available as a
cross-check (``backend="pdfplumber"``). See ``docs/pdf.md``.
"""

from __future__ import annotations

import os
from array import array
from pathlib import Path

import numpy as np

from jirei.errors import CorruptPdfError, NotAPdfError, NoTextLayerError
from jirei.model import Page, Warning
from jirei.pdf.backends import BACKENDS, Backend, PageChars, get_backend
from jirei.pdf.charmap import NO_HIGH, NO_LOW, CharBoxes
from jirei.pdf.headers import remove_running_text
from jirei.pdf.layout import Line, blank_line_before
from jirei.pdf.vlayout import all_floats, layout_pages

DEFAULT_BACKEND = "pypdfium2"

#: how far into the data the ``%PDF-`` magic may stand
MAGIC_WINDOW = 1024
#: how far from the end the ``%%EOF`` marker must stand (else the file is truncated)
EOF_WINDOW = 2048


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` starts (within its first 1024 bytes) like a PDF."""
    return b"%PDF-" in data[:MAGIC_WINDOW]


def read_pdf(
    path_or_bytes: str | os.PathLike[str] | bytes,
    *,
    backend: str | None = None,
    source: str | None = None,
):  # -> jirei.read.SourceText (imported lazily: jirei.read imports this package)
    """Read a PDF (a path or its bytes) into a SourceText with pages and character boxes.

    Raises NotAPdfError, CorruptPdfError (also for a truncated file), EncryptedPdfError,
    NoTextLayerError (no page has text, e.g. a scan).
    """
    from jirei.read import SourceText

    if isinstance(path_or_bytes, bytes | bytearray | memoryview):
        data = bytes(path_or_bytes)
    else:
        source = source if source is not None else os.fspath(path_or_bytes)
        data = Path(path_or_bytes).read_bytes()
    if not is_pdf(data):
        raise NotAPdfError("not a PDF (no %PDF- header)", source)
    if b"%%EOF" not in data[-EOF_WINDOW:]:
        raise CorruptPdfError("the PDF is truncated (no %%EOF at its end)", source)

    name = backend or DEFAULT_BACKEND
    reader: Backend = get_backend(name)
    pages: list[PageChars] = list(reader.pages(data, source))
    laid: list[list[Line]] = layout_pages(pages)
    if not pages:
        raise CorruptPdfError("the PDF has no pages", source)
    empty = [page.number for page, lines in zip(pages, laid, strict=True) if not lines]
    if len(empty) == len(pages):
        raise NoTextLayerError(
            f"no page has a text layer ({len(pages)} page(s); a scan needs OCR first)", source
        )

    warnings: list[Warning] = []
    if empty:
        listed = ", ".join(str(number) for number in empty)
        warnings.append(
            Warning(
                code="page_without_text",
                message=f"page(s) {listed} have no text layer (a scan or drawing only); "
                "their content is not read",
            )
        )
    warnings.extend(
        remove_running_text(laid, [p.height for p in pages], [p.number for p in pages])
    )
    text, page_records, boxes = _assemble(pages, laid)
    return SourceText(
        text=text,
        source=source,
        backend=name,
        pages=tuple(page_records),
        char_boxes=boxes,
        warnings=tuple(warnings),
    )


def _assemble(
    pages: list[PageChars], laid: list[list[Line]]
) -> tuple[str, list[Page], CharBoxes]:
    parts: list[str] = []
    line_starts: list[int] = []
    line_pages: list[int] = []
    line_glyphs: list[int] = []
    line_ends: list[int] = []
    # the union of each line's glyphs as (x0, top, x1, bottom): a Box only when asked for
    line_boxes: list[tuple[float, float, float, float] | None] = []
    page_starts: list[int] = []
    records: list[Page] = []
    # the glyph behind each character of the text (its number on its page; -1 for none)
    index: list[int] = []
    page_sizes: list[int] = []  # characters per page, with the "\n" before it
    offset = 0
    add_part, add_start, add_page = parts.append, line_starts.append, line_pages.append
    add_glyph, add_end, add_box = line_glyphs.append, line_ends.append, line_boxes.append
    for page_number, (page, lines) in enumerate(zip(pages, laid, strict=True)):
        page_offset = offset
        if page_number:
            add_part("\n")
            index.append(-1)
            offset += 1
        start = offset
        page_starts.append(start)
        number = page.number
        previous: Line | None = None
        for line in lines:
            if previous is not None:
                if blank_line_before(previous, line):
                    add_part("\n\n")
                    index += _TWO_BREAKS
                    add_start(offset + 1)
                    add_page(number)
                    add_glyph(offset + 1)
                    add_end(offset + 2)
                    add_box(None)
                    offset += 2
                else:
                    add_part("\n")
                    index.append(-1)
                    offset += 1
            text = line.text
            add_start(offset)
            add_page(number)
            # a line's text ends with a glyph and starts with one or with a leading tab
            add_glyph(offset if text[:1] != "\t" else offset + 1)
            offset += len(text)
            add_end(offset)
            # glyphs stand in ascending x0: the line's x0 is the least
            add_box((line.x0, line.top, line.right, line.bottom))
            add_part(text)
            index += line.glyphs
            previous = line
        if not lines:
            add_start(offset)
            add_page(number)
            add_glyph(offset)
            add_end(offset)
            add_box(None)
        records.append(Page(number, start, offset, page.width, page.height))
        page_sizes.append(offset - page_offset)
    text = "".join(parts)
    # every page's glyphs in one array per coordinate, the synthetic characters' value last
    glyph_counts = [len(page) for page in pages]
    synthetic = sum(glyph_counts)
    picks = np.array(index, dtype=np.intp)
    none = picks < 0
    picks += np.repeat(np.cumsum([0, *glyph_counts[:-1]]), page_sizes)
    picks[none] = synthetic
    if all(map(all_floats, pages)):
        x0, top, x1, bottom = (
            _doubles(_column(pages, name, fill)[picks])
            for name, fill in _FILLS
        )
    else:  # other numbers (ints from a backend) are kept as they are
        x0, top, x1, bottom = (
            _column(pages, name, fill, object)[picks].tolist()
            for name, fill in _FILLS
        )
    boxes = CharBoxes(
        x0, top, x1, bottom, line_starts, line_pages, line_glyphs, line_ends, line_boxes,
        page_starts, [record.number for record in records],
    )
    return text, records, boxes


def _column(
    pages: list[PageChars], name: str, fill: float, kind: type = np.float64
) -> np.ndarray:
    """One coordinate of every page's glyphs, then ``fill``."""
    parts: list[np.ndarray] = []
    for page in pages:
        values = getattr(page, name)
        if kind is object and isinstance(values, np.ndarray):
            values = values.tolist()
        parts.append(np.array(values, dtype=kind))
    parts.append(np.array([fill], dtype=kind))
    return np.concatenate(parts)


def _doubles(values: np.ndarray) -> array[float]:
    """The values as an ``array.array`` of doubles (items read back as Python floats)."""
    doubles = array("d")
    doubles.frombytes(values.tobytes())
    return doubles


_TWO_BREAKS = [-1, -1]
#: each coordinate and the value a synthetic character gets (neutral for min / max)
_FILLS = (("x0", NO_LOW), ("top", NO_LOW), ("x1", NO_HIGH), ("bottom", NO_HIGH))


__all__ = ["BACKENDS", "DEFAULT_BACKEND", "is_pdf", "read_pdf"]
