"""Typed errors raised by jirei.

Every error jirei raises on purpose derives from :class:`JireiError`, so callers can
catch one type. Problems that leave part of a document usable are not raised at all:
they become :class:`jirei.model.Warning` entries on the Document.
"""

from __future__ import annotations


class JireiError(Exception):
    """Base class of every error jirei raises on purpose."""


class ValueParseError(JireiError, ValueError):
    """Text that is not the value a parser was asked for (a number, quantity, rate, date...).

    The message quotes the offending text; ``.text`` keeps it.
    """

    def __init__(self, kind: str, text: str, reason: str | None = None) -> None:
        self.kind = kind
        self.text = text
        self.reason = reason
        message = f"not a {kind}: {text!r}"
        if reason:
            message += f" ({reason})"
        super().__init__(message)


class InputError(JireiError):
    """A file that cannot be turned into text at all."""

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class EmptyInputError(InputError):
    """The input holds no bytes, or no text once decoded."""


class BinaryInputError(InputError):
    """The input is neither a PDF nor text in a known encoding."""


class EncodingError(InputError):
    """The text could not be decoded with any supported encoding."""


class PdfError(InputError):
    """Base class for PDF problems."""


class NotAPdfError(PdfError):
    """``parse_pdf`` was given something without PDF magic bytes."""


class CorruptPdfError(PdfError):
    """The PDF is truncated or damaged beyond what the backend can read."""


class EncryptedPdfError(PdfError):
    """The PDF is encrypted and cannot be opened without a password."""


class NoTextLayerError(PdfError):
    """No page of the PDF has a text layer (e.g. a scan)."""


class MissingExtraError(JireiError, ImportError):
    """An optional dependency is needed; the message names the extra to install."""

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{package} is required for this; install it with: pip install 'jirei[{extra}]'"
        )


__all__ = [
    "BinaryInputError",
    "CorruptPdfError",
    "EmptyInputError",
    "EncodingError",
    "EncryptedPdfError",
    "InputError",
    "JireiError",
    "MissingExtraError",
    "NoTextLayerError",
    "NotAPdfError",
    "PdfError",
    "ValueParseError",
]
