"""Markup deleted from inside a line, every kept character at its own offset (decision 2210).

A layout rewrite keeps the text's length, so markup it drops is usually blanked. Blanked in
the middle of a sentence (``実施[^2]。``, ``受付を用い、**一度の来所で**生活相談``, ``\\(9人\\)``)
the spaces part the sentence like the cells of a space-aligned table. Markup deleted so is
written as :data:`DELETED` instead, one mark a character: the layout rewrites after it keep
the length, and the character stage of :func:`jirei.normalise.normalise` removes every mark
with the deletions it records (as it removes letter-spacing), so the sentence reads whole and
each kept character still maps to its own original offset.
"""

from __future__ import annotations

from collections.abc import Iterable

#: the mark a deleted character is written as until the character stage removes it (a
#: Unicode noncharacter: no text holds one; one in a text is removed the same way)
DELETED = "\ufdd1"


def close_gaps(text: str, deletions: Iterable[tuple[int, int]]) -> str:
    """``text`` with each ``[start, end)`` of ``deletions`` written as deletion marks (same
    length; the character stage removes them)."""
    chars: list[str] | None = None
    for start, end in deletions:
        if end <= start:
            continue
        if chars is None:
            chars = list(text)
        chars[start:end] = DELETED * (end - start)
    return text if chars is None else "".join(chars)


def deleted_positions(text: str) -> list[int]:
    """The offsets of the deletion marks in ``text``, in order."""
    out: list[int] = []
    position = text.find(DELETED)
    while position >= 0:
        out.append(position)
        position = text.find(DELETED, position + 1)
    return out


__all__ = ["DELETED", "close_gaps", "deleted_positions"]
