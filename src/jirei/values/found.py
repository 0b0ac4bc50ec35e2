"""``Found``: one value a scanner found, with where it stands in the text it was given."""

from __future__ import annotations

from typing import Generic, TypeVar

from attrs import frozen

T = TypeVar("T")


@frozen
class Found(Generic[T]):
    """A value found in running text: ``text[start:end] == self.text`` parses to ``value``.

    Offsets are into the text exactly as given to the scanner (no normalisation).
    """

    value: T
    start: int
    end: int
    text: str


__all__ = ["Found"]
