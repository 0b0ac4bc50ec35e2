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

from collections.abc import Container, Sequence

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


#: a figure closing the left side of a cut: digits, then a unit, qualifier or ``%`` (not a
#: date's 年/月/日), so ``110.3%　117.8%`` and ``250人以上　150人以上`` come apart (decision 1882)
_FIGURE_END = regex.compile(r"\d[\d,.]*\s*(?:[^\d\s年月日,.]{1,5})$")


def _cuttable(left: str, right: str) -> bool:
    """Whether a removed space between ``left`` and ``right`` parted two cells."""
    if not (_DIGIT.search(left) and _DIGIT.search(right)):
        return False
    if _CJK.match(left[-1]) and _CJK.match(right[0]):
        return True
    # a figure with its unit or ``%`` right before a figure: two figure cells
    return right[0].isdigit() and (left[-1] == "%" or _CJK.match(left[-1]) is not None) and (
        _FIGURE_END.search(left) is not None
    )


#: a space kept between two whole figures: ``110.3% 117.8%`` (decision 1882); a figure with a
#: bracket (``61.8%(60.0%以上)``, read by ``rolecells``) is not cut
_FIGURE_SPACE = regex.compile(
    r"(?<=^\d[\d,.]*(?:%|[^\d\s年月日,.()]{1,5}))\s+(?=\d[\d,.]*\s*[^\s\d()]{0,5}$)"
)


def _figure_space(text: str) -> regex.Match[str] | None:
    """The space parting two whole figures in ``text``, if it holds just those."""
    return _FIGURE_SPACE.search(text) if " " in text or "\u3000" in text else None


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
                if _cuttable(cell.text[: at - cell.start], cell.text[at - cell.start :])
            ),
            None,
        )
        if cut is None:
            space = _figure_space(cell.text)
            if space is None:
                number += 1
                continue
            head = Cell(cell.text[: space.start()], cell.start, cell.start + space.start())
            tail = Cell(cell.text[space.end() :], cell.start + space.end(), cell.end)
            result[number : number + 1] = [head, tail]
            continue
        head = Cell(cell.text[: cut - cell.start], cell.start, cut)
        tail = Cell(cell.text[cut - cell.start :], cut, cell.end)
        result[number : number + 1] = [head, tail]
    return result


def split_names(
    cells: Sequence[Cell], wanted: int, locate: Locate, names: Container[str]
) -> list[Cell] | None:
    """A header's cells with cells joined where normalisation removed a space cut apart,
    where both sides are ``names`` (known metric labels: ``支援対象者数就職者数`` from
    ``支援対象者数　就職者数``), until there are ``wanted``; None when no such cut gives them
    (decision 2458)."""
    from jirei.tables.cells import label_form

    result = list(cells)
    number = 0
    while len(result) < wanted and number < len(result):
        cell = result[number]
        cut = next(
            (
                at
                for at in _gaps(cell, locate)
                if label_form(cell.text[: at - cell.start]) in names
                and label_form(cell.text[at - cell.start :]) in names
            ),
            None,
        )
        if cut is None:
            number += 1
            continue
        head = Cell(cell.text[: cut - cell.start], cell.start, cut)
        tail = Cell(cell.text[cut - cell.start :], cut, cell.end)
        result[number : number + 1] = [head, tail]
    return result if len(result) == wanted else None


__all__ = ["split_joined", "split_names"]
