"""PDF backends: each turns a PDF into pages of characters with boxes, nothing more.

A backend yields, per page, its size and its drawn characters with boxes in PDF points
from the page's top-left corner (:class:`PageChars`). Everything after that — ordering,
lines, cells, duplicates, running headers — is done once, in :mod:`jirei.pdf.layout`, so
both backends give the same text.

Backend errors never escape: each is wrapped in a typed :mod:`jirei.errors` error.
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Iterator, Sequence
from itertools import compress, repeat
from typing import Protocol, TypeVar

import numpy as np
import regex
from attrs import field, frozen

from jirei.errors import CorruptPdfError, EncryptedPdfError, PdfError

T = TypeVar("T")


@frozen
class PageChars:
    """One page: its number (1-based), size, and its glyphs as parallel sequences (the
    characters a list, the coordinates lists or float64 arrays)."""

    number: int
    width: float
    height: float
    text: list[str] = field(repr=False)
    x0: Sequence[float] = field(repr=False)
    top: Sequence[float] = field(repr=False)
    x1: Sequence[float] = field(repr=False)
    bottom: Sequence[float] = field(repr=False)

    def __len__(self) -> int:
        return len(self.text)


class Backend(Protocol):
    """What a PDF backend provides."""

    name: str

    def pages(self, data: bytes, source: str | None = None) -> Iterator[PageChars]:
        """The pages of the PDF ``data``, in order; raises typed PdfErrors."""
        ...


def _looks_encrypted(message: str) -> bool:
    lowered = message.lower()
    return "password" in lowered or "encrypt" in lowered or "security" in lowered


class PdfiumBackend:
    """pypdfium2 (PDFium): fast; loose glyph boxes from the font's ascent and descent."""

    name = "pypdfium2"

    def pages(self, data: bytes, source: str | None = None) -> Iterator[PageChars]:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw

        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            code = getattr(error, "err_code", None)
            if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY) or _looks_encrypted(
                str(error)
            ):
                raise EncryptedPdfError("the PDF is encrypted", source) from error
            raise CorruptPdfError(f"the PDF cannot be read ({error})", source) from error
        try:
            count = len(document)
            for number in range(count):
                try:
                    page = document[number]
                except pdfium.PdfiumError as error:
                    raise CorruptPdfError(
                        f"page {number + 1} cannot be read ({error})", source
                    ) from error
                try:
                    yield self._page(page, number + 1, raw)
                finally:
                    page.close()
        finally:
            document.close()

    @staticmethod
    def _page(page: object, number: int, raw: object) -> PageChars:
        left, bottom_edge, right, top_edge = page.get_mediabox()  # type: ignore[attr-defined]
        width, height = right - left, top_edge - bottom_edge
        textpage = page.get_textpage()  # type: ignore[attr-defined]
        try:
            handle = textpage.raw
            count = raw.FPDFText_CountChars(handle)  # type: ignore[attr-defined]
            if count <= 0:
                return PageChars(number, width, height, [], [], [], [], [])
            buffer = (ctypes.c_ushort * (count + 1))()
            written = raw.FPDFText_GetText(  # type: ignore[attr-defined]
                handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
            )
            text = bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")
            if len(text) != count:  # characters outside the BMP: one code point at a time
                get_unicode = raw.FPDFText_GetUnicode  # type: ignore[attr-defined]
                text = "".join(chr(get_unicode(handle, i) or 0xFFFD) for i in range(count))
            # glyphs only: generated line breaks and drawn spaces are left to the layout
            codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            glyph = _glyph_table()[np.minimum(codes, 0x10000)]
            indexes: Sequence[int]
            if glyph.all():
                chars = list(text)
                indexes = range(count)
            else:
                where = np.flatnonzero(glyph)
                chars = list(codes[where].tobytes().decode("utf-32-le", "surrogatepass"))
                indexes = where.tolist()
            glyphs = len(chars)
            if not glyphs:
                return PageChars(number, width, height, [], [], [], [], [])
            # one box per glyph, filled in place: left, top, right, bottom (PDF y upwards)
            rects = (raw.FS_RECTF * glyphs)()  # type: ignore[attr-defined]
            size = ctypes.sizeof(raw.FS_RECTF)  # type: ignore[attr-defined]
            address = ctypes.addressof(rects)
            page_handle = ctypes.cast(handle, ctypes.c_void_p).value
            found = list(
                map(
                    _loose_char_box(raw),
                    repeat(page_handle, glyphs),
                    indexes,
                    range(address, address + glyphs * size, size),
                )
            )
            # the boxes as doubles, one row per glyph, in top-left coordinates
            boxes = np.frombuffer(rects, dtype=np.float32).reshape(glyphs, 4).astype(np.float64)
            if 0 in found:  # no box: not drawn
                chars = list(compress(chars, found))
                boxes = boxes[np.array(found, dtype=bool)]
            lefts, tops, rights, bottoms = boxes.T
            x0 = lefts - left if left else np.ascontiguousarray(lefts)
            top = top_edge - tops
            x1 = rights - left if left else np.ascontiguousarray(rights)
            bottom = top_edge - bottoms
            return PageChars(number, width, height, chars, x0, top, x1, bottom)
        finally:
            textpage.close()


_LOOSE_CHAR_BOX: list[object] = []
_NOT_GLYPH = regex.compile(r"[\s\x00-\x1f]")
_GLYPH_TABLE: list[np.ndarray] = []


def _glyph_table() -> np.ndarray:
    """For each code point below U+10000 whether it is a glyph (not ``_NOT_GLYPH``); the
    last entry stands for every code point above (none is white space)."""
    if not _GLYPH_TABLE:
        table = np.ones(0x10001, dtype=bool)
        every = "".join(map(chr, range(0x10000)))
        table[[match.start() for match in _NOT_GLYPH.finditer(every)]] = False
        _GLYPH_TABLE.append(table)
    return _GLYPH_TABLE[0]


def _loose_char_box(raw: object) -> object:
    """``FPDFText_GetLooseCharBox`` taking plain addresses, to fill an array of boxes
    in place (the binding's own argument types only take a single struct). Called once per
    glyph, it keeps the GIL (``PYFUNCTYPE``): releasing and taking it back around so short
    a call cost more than the call."""
    if not _LOOSE_CHAR_BOX:
        prototype = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
        function = raw.FPDFText_GetLooseCharBox  # type: ignore[attr-defined]
        _LOOSE_CHAR_BOX.append(prototype(ctypes.cast(function, ctypes.c_void_p).value))
    return _LOOSE_CHAR_BOX[0]


class PdfplumberBackend:
    """pdfplumber (pdfminer.six): pure Python, exact per-character boxes; slower."""

    name = "pdfplumber"

    def pages(self, data: bytes, source: str | None = None) -> Iterator[PageChars]:
        import pdfplumber

        try:
            pdf = pdfplumber.open(io.BytesIO(data))
        except Exception as error:  # pdfminer raises many unrelated types
            raise _plumber_error(error, source) from error
        try:
            try:
                pages = pdf.pages
            except Exception as error:
                raise _plumber_error(error, source) from error
            for page in pages:
                try:
                    raw_chars = page.chars
                except Exception as error:
                    raise _plumber_error(error, source, page.page_number) from error
                chars: list[str] = []
                x0: list[float] = []
                top: list[float] = []
                x1: list[float] = []
                bottom: list[float] = []
                for char in raw_chars:
                    text = char["text"]
                    if not text or text.isspace() or (len(text) == 1 and text < " "):
                        continue  # drawn spaces and control codes: layout decides spacing
                    chars.append(text)
                    x0.append(char["x0"])
                    x1.append(char["x1"])
                    top.append(char["top"])
                    bottom.append(char["bottom"])
                yield PageChars(
                    page.page_number, float(page.width), float(page.height), chars, x0, top, x1,
                    bottom,
                )
                page.flush_cache()
        finally:
            pdf.close()


def _plumber_error(error: Exception, source: str | None, page: int | None = None) -> PdfError:
    where = f"page {page}: " if page else ""
    name = type(error).__name__
    if isinstance(error, PdfError):
        return error
    if any(_looks_encrypted(f"{type(e).__name__} {e}") for e in _chain(error)):
        return EncryptedPdfError("the PDF is encrypted", source)
    return CorruptPdfError(f"{where}the PDF cannot be read ({name}: {error})", source)


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error, the errors it wraps (pdfplumber wraps pdfminer's in its args), causes."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend(arg for arg in current.args if isinstance(arg, BaseException))
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)


BACKENDS: dict[str, type[PdfiumBackend] | type[PdfplumberBackend]] = {
    PdfiumBackend.name: PdfiumBackend,
    PdfplumberBackend.name: PdfplumberBackend,
}


def get_backend(name: str) -> Backend:
    """The backend called ``name`` (``"pypdfium2"`` or ``"pdfplumber"``)."""
    try:
        return BACKENDS[name]()
    except KeyError:
        raise ValueError(
            f"unknown PDF backend {name!r}; choose one of {', '.join(sorted(BACKENDS))}"
        ) from None


__all__ = ["BACKENDS", "Backend", "PageChars", "PdfiumBackend", "PdfplumberBackend", "get_backend"]
