"""Kerned figures: single spaces a PDF extraction put between the glyphs of a number.

Word tables exported to PDF often come out as ``1 6 8人`` or ``6 0 . 1 %``: digits, a
decimal point and ``%`` each followed by one space (``corpus/README.md`` decision 62). A
space is *kerning* when the character before it is a digit or a decimal point standing
alone (a space or the line start before it) and the character after it is a digit, a
decimal point or ``%`` that is not followed by another digit. Cells are separated by two
or more spaces, so a single space never separates two cells; ``1 / 3`` (a page counter)
and ``延べ 1,230件`` hold no kerning.

    >>> unkern("1 6 8人"), unkern("6 0 . 1 %"), unkern("延べ 1,230件")
    ('168人', '60.1%', '延べ 1,230件')
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Half- and full-width forms, so that text before normalisation reads the same.
_GLYPH = "0-9０-９.．"
#: the space of group 1 is a kerning space (the glyph before it has a space or the text's
#: start before it: written as a lookbehind after the glyph, so the pattern starts with a
#: character class the engine scans for fast)
_KERNED = re.compile(rf"[{_GLYPH}](?<![^\s][{_GLYPH}])( )(?=[{_GLYPH}%％](?![{_GLYPH},，]))")


def kerned_spaces(text: str) -> list[int]:
    """Offsets in ``text`` of the spaces that are kerning inside a figure."""
    if " " not in text:
        return []
    found: list[int] = []
    position = 0
    while True:  # overlapping: ``1 6 8``'s second space follows the first match
        match = _KERNED.search(text, position)
        if match is None:
            return found
        found.append(match.start(1))
        position = match.start(1)


def without_positions(text: str, positions: Iterable[int]) -> str:
    """``text`` without the characters at ``positions`` (ascending, each removing one
    character)."""
    pieces: list[str] = []
    position = 0
    for removed in positions:
        pieces.append(text[position:removed])
        position = removed + 1
    pieces.append(text[position:])
    return "".join(pieces)


def unkern(text: str) -> str:
    """``text`` without its kerning spaces."""
    spaces = kerned_spaces(text)
    if not spaces:
        return text
    return without_positions(text, spaces)


__all__ = ["kerned_spaces", "unkern", "without_positions"]
