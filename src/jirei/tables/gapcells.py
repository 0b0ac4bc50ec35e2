"""Two cells of a space-aligned row that normalisation joined (``corpus/README.md``
decision 310)::

    職業相談件数　　　延べ１，２００件程度　延べ１，３１４件　　１０９．５％

A single full-width space between two CJK characters reads as letter-spacing and is
removed, so ``延べ1,200件程度延べ1,314件`` comes out as one cell. When a row has fewer
cells than its header has columns, a cell is cut where such a space was removed, if a
figure stands on both sides of the cut and the space stood between two CJK characters
(not inside a kerned figure such as ``6 0 . 1 %``). Offsets are into the normalised text;
the removed space is found through ``locate`` (two neighbouring characters whose originals
are apart).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell, Locate

_DIGIT = regex.compile(r"\d")
#: the removed space stood between two such characters (not inside a kerned figure)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")


def _gaps(cell: Cell, locate: Locate) -> list[int]:
    """The positions inside ``cell`` (normalised offsets) right after a removed space."""
    found: list[int] = []
    previous = locate(cell.start, cell.start + 1)
    for position in range(cell.start + 1, cell.end):
        here = locate(position, position + 1)
        if here.start > previous.end:
            found.append(position)
        previous = here
    return found


def split_joined(cells: Sequence[Cell], wanted: int, locate: Locate) -> list[Cell]:
    """``cells`` with joined cells cut at removed spaces, until there are ``wanted`` of
    them or no cut is left whose both sides hold a figure."""
    result = list(cells)
    number = 0
    while len(result) < wanted and number < len(result):
        cell = result[number]
        cut = next(
            (
                at
                for at in _gaps(cell, locate)
                if _CJK.match(cell.text[at - cell.start - 1])
                and _CJK.match(cell.text[at - cell.start])
                and _DIGIT.search(cell.text[: at - cell.start])
                and _DIGIT.search(cell.text[at - cell.start :])
            ),
            None,
        )
        if cut is None:
            number += 1
            continue
        head = Cell(cell.text[: cut - cell.start], cell.start, cut)
        tail = Cell(cell.text[cut - cell.start :], cut, cell.end)
        result[number : number + 1] = [head, tail]
    return result


__all__ = ["split_joined"]
