"""Lines numbered ``1``, ``2``, ``3`` … with no mark after the number: each one item.

A spreadsheet printed to text writes a list's numbers in a cell of their own
(``1␣␣小倉・八幡両所の求人を…``, ``2<TAB>市のケースワーカーと…``): a bare number, a gap, the
text. No bullet marker is there (``1.``, ``(1)``, ``①`` are), so the lines read as one
paragraph or as table rows. A run of two or more lines opening with such a number, counting
from 1 in steps of one, each holding one cell of Japanese text after it, is a numbered list
(decision 1824). A number before a unit or a date word (``1人``, ``2回``, ``3月``) or before
another figure is no list number; a row with more cells after its number is a table row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from jirei.lines import Line, cut_marks

if TYPE_CHECKING:
    from jirei.items import Item

#: a bare list number, the gap after it, and the text's first character (no figure, unit or
#: date word: ``2 月``, ``1 人`` are figures)
_NUMBERED = regex.compile(
    r"^(\s*)(\d{1,2})(?:[ \t\u3000]+)(?=[^\s\d.,%％人件名回社か箇ヶ年月日時分歳倍割])"
)


#: a gap between two cells: a tab, a pipe or two spaces
_GAP = regex.compile(r"\t|\||[ \u3000]{2}")
#: Japanese script
_JAPANESE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _one_cell(rest: str) -> bool:
    """Whether the text after a number is one cell of Japanese text (a table row's further
    cells, ``札幌市  120人  130人``, make the number a row number, no list number)."""
    rest = rest.rstrip()
    return bool(rest) and _GAP.search(rest) is None and _JAPANESE.search(rest) is not None


def number_items(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each line of an in-order ``1``, ``2``, ``3`` … run preceded by a blank
    line and without its number (one paragraph each); other lines as they are."""
    for line in lines:  # (a loop, no generator: asked of every section's lines)
        if line.text.lstrip()[:1].isdigit():
            break
    else:
        return tuple(lines)  # (no line opening with a figure: most sections)
    found = [_NUMBERED.match(line.text) for line in lines]
    found = [m if m is not None and _one_cell(m.string[m.end() :]) else None for m in found]
    numbers = [int(m.group(2)) for m in found if m is not None]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return tuple(lines)
    return cut_marks(lines, [None if m is None else m.end() for m in found])


def unnumbered_items(items: Sequence[Item]) -> list[Item]:
    """``items`` without their bare list numbers when they run ``1``, ``2``, ``3`` … from the
    first (two items or more, each number followed by a gap and text that is no figure): a
    card's items written one a row, ``1　市の窓口…`` / ``2　就職後…`` (decision 2567); else as
    they are."""
    found = [_NUMBERED.match(item.text) for item in items]
    if len(items) < 2 or any(m is None for m in found):
        return list(items)
    numbers = [int(m.group(2)) for m in found if m is not None]
    if numbers != list(range(1, len(numbers) + 1)):
        return list(items)
    from jirei.items import Item

    out: list[Item] = []
    for item, match in zip(items, found, strict=True):
        cut = match.end() if match is not None else 0
        out.append(Item(item.text[cut:], item.start + cut, item.end))
    return out


__all__ = ["number_items", "unnumbered_items"]
