"""Files and bytes → :class:`SourceText`: the original text every span points into.

Dispatch is on content: data with ``%PDF-`` in its first 1024 bytes is a PDF
(:mod:`jirei.pdf`), whatever its suffix; anything else is text in one of the supported
encodings, detected without extra dependencies:

- a byte-order mark decides first (``utf-8-sig``, ``utf-16`` LE/BE);
- NUL or other control bytes in non-UTF-16 data → :class:`BinaryInputError`;
- ISO-2022-JP when its escape sequences appear, then strict UTF-8 (unless it holds no
  Japanese character while CP932 or EUC-JP reads as Japanese throughout: short EUC-JP
  text may be valid UTF-8 too), then CP932 and EUC-JP;
  when both CP932 and EUC-JP decode (their byte ranges overlap), a plausibility score for
  Japanese text picks one (kana, common kanji and Japanese punctuation count for;
  half-width katakana, private-use and rare characters count against);
- nothing decodes → :class:`EncodingError` (text in an unknown encoding).

Nothing is normalised here: the decoded text is kept exactly as it was.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from attrs import field, frozen

from jirei.errors import BinaryInputError, EmptyInputError, EncodingError
from jirei.model import Box, Page, Warning
from jirei.pdf.charmap import CharBoxes

#: bytes that never occur in text (all C0 controls but TAB, LF, VT, FF, CR and ESC)
_CONTROL = bytes(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B})
#: share of control bytes above which data is binary
_CONTROL_SHARE = 0.01
_SAMPLE = 64 * 1024


@frozen
class SourceText:
    """The text of one input, where it came from, and (for PDFs) where each character was."""

    text: str
    source: str | None = None
    encoding: str | None = None
    backend: str | None = None
    pages: tuple[Page, ...] = field(default=(), converter=tuple)
    char_boxes: CharBoxes | None = field(default=None, eq=False, repr=False)
    warnings: tuple[Warning, ...] = field(default=(), converter=tuple)

    def boxes(self, start: int, end: int) -> tuple[Box, ...]:
        """One box per (page, line) ``[start, end)`` crosses; ``()`` for text inputs."""
        if self.char_boxes is None:
            return ()
        return self.char_boxes.boxes(start, end)

    def page_at(self, offset: int) -> Page | None:
        """The page whose text holds ``offset`` (PDF inputs), else None."""
        for page in self.pages:
            if page.start <= offset < page.end or offset == page.end == page.start:
                return page
        return None


def read_path(path: str | os.PathLike[str], *, backend: str | None = None) -> SourceText:
    """Read a file: a PDF (by its magic bytes, not its suffix) or text in any supported
    encoding."""
    source = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError as error:
        raise BinaryInputError("is a directory, not a file", source) from error
    return read_bytes(data, source=source, backend=backend)


def read_bytes(
    data: bytes, *, source: str | None = None, backend: str | None = None
) -> SourceText:
    """Read the bytes of a PDF or of a text file (``source`` names it in errors)."""
    from jirei.pdf import is_pdf, read_pdf

    if not data:
        raise EmptyInputError("the input is empty", source)
    if is_pdf(data):
        return read_pdf(data, backend=backend, source=source)
    try:
        text, encoding = decode_text(data)
    except (BinaryInputError, EncodingError, EmptyInputError) as error:
        raise type(error)(str(error), source) from None
    return SourceText(text=text, source=source, encoding=encoding)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding name). Nothing is normalised.

    Raises EmptyInputError (no bytes, or only whitespace), BinaryInputError (control
    bytes, NULs), EncodingError (text in no supported encoding).
    """
    if not data:
        raise EmptyInputError("the input is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as error:
                raise EncodingError(f"not valid {name} despite its byte-order mark") from error
            return _checked(text), name
    _check_binary(data)
    if b"\x1b$" in data:  # ISO-2022-JP is 7-bit: it would pass as UTF-8
        try:
            return _checked(data.decode("iso-2022-jp")), "iso-2022-jp"
        except UnicodeDecodeError:
            pass
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and (utf8.isascii() or _JAPANESE.search(utf8) is not None):
        return _checked(utf8), "utf-8"
    candidates: list[tuple[float, int, str, str]] = []
    for preference, name in enumerate(("cp932", "euc-jp")):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((japanese_score(text), -preference, name, text))
    if utf8 is not None:
        # short EUC-JP text may be valid UTF-8 too (``働働村町`` → ``ƯƯ¼Į``): UTF-8 holding no
        # Japanese at all yields to a decoding that reads as Japanese throughout (2619)
        if not candidates or max(candidates)[0] < _PLAINLY_JAPANESE:
            return _checked(utf8), "utf-8"
    if not candidates:
        raise EncodingError(
            "the text is not UTF-8, UTF-16, Shift_JIS/CP932, EUC-JP or ISO-2022-JP"
        )
    _, _, name, text = max(candidates)
    return _checked(text), name


#: a kana, a common kanji or a Japanese punctuation mark (``japanese_score``'s +1 ranges)
_JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]")
#: the Japanese score (per character) a CP932 / EUC-JP decoding needs to win over valid
#: UTF-8 that holds no Japanese character
_PLAINLY_JAPANESE = 0.9


def _checked(text: str) -> str:
    if not text.strip():
        raise EmptyInputError("the input holds no text")
    return text


def _check_binary(data: bytes) -> None:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise BinaryInputError("binary data (NUL bytes), neither a PDF nor text")
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if controls > _CONTROL_SHARE * len(sample):
        raise BinaryInputError("binary data (control bytes), neither a PDF nor text")


def japanese_score(text: str) -> float:
    """How much ``text`` looks like Japanese, per character (higher is likelier).

    Kana, CJK ideographs of the common block and Japanese punctuation score +1 each;
    ASCII and symbols both encodings share (Latin-1, Greek, Cyrillic, arrows, box
    drawing, circled numbers, ㈱) 0; half-width katakana, private-use characters and
    replacement characters −3 each (what a wrong CP932/EUC-JP guess produces); any other
    character −1.
    """
    if not text:
        return 0.0
    score = 0
    for char in text:
        code = ord(char)
        if code < 0x80:
            continue
        if (
            0x3040 <= code <= 0x30FF
            or 0x4E00 <= code <= 0x9FFF
            or 0x3000 <= code <= 0x303F
            or 0xFF01 <= code <= 0xFF5E
        ):
            score += 1
        elif 0xFF61 <= code <= 0xFF9F or 0xE000 <= code <= 0xF8FF or code == 0xFFFD:
            score -= 3
        elif (
            0xA0 <= code <= 0x24F
            or 0x370 <= code <= 0x4FF
            or 0x2000 <= code <= 0x27BF
            or 0x3200 <= code <= 0x33FF
        ):
            continue
        else:
            score -= 1
    return score / len(text)


__all__ = ["SourceText", "decode_text", "japanese_score", "read_bytes", "read_path"]
