"""A figure's unit on the line under it, in a table given one cell a line → one cell
(``corpus/README.md`` decision 2110).

PDF text in drawing order (Illustrator, InDesign) often gives a table column by column,
one cell a line, with the unit drawn as its own text object, so it comes out on the line
after its number: ``240`` / ``人以上``, ``65.0`` / ``％``. Such a unit line (a unit of
``rules.units`` with or without a bound of ``rules.qualifier_suffixes``, or a bound alone,
nothing else) right after a bare figure line belongs to that figure, and a bound alone
(``以上``) right after a figure with its unit (``200人``): the two are one cell,
``240人以上``, starting at the figure (its span stays exact) and ending at the unit.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: a bare figure: digits with separators and a decimal part, maybe a sign (NFKC text)
_BARE = regex.compile(r"[+\-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-]?\d+(?:\.\d+)?")


@per_rules
def unit_words(rules: Rules) -> frozenset[str]:
    """The texts a unit line may hold: a unit, a unit and a bound after it, a bound alone."""
    units = [unit for unit in rules.units if unit]
    bounds = [bound for bound in rules.qualifier_suffixes if bound]
    return frozenset((*units, *bounds, *(u + b for u in units for b in bounds)))


@per_rules
def _with_unit(rules: Rules) -> regex.Pattern[str]:
    """A bare figure and a unit after it, no bound (``200人``: a bound line may follow)."""
    units = "|".join(regex.escape(u) for u in sorted(rules.units, key=len, reverse=True) if u)
    return regex.compile(rf"(?:{_BARE.pattern})(?:{units})")


def is_unit_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` (stripped) holds only a unit and/or a bound after a figure."""
    return text in unit_words(rules)


def join_unit_cells(
    cells: Sequence[Cell], ends: Sequence[int], rules: Rules = DEFAULT_RULES
) -> tuple[list[Cell], list[int]]:
    """``cells`` (one a line, ``ends`` their line indexes) with every unit cell right after
    a bare figure cell joined to it; a joined cell's index is its unit's line."""
    words = unit_words(rules)
    if not any(cell.text in words for cell in cells[1:]):  # cheap precheck
        return list(cells), list(ends)
    bounds = frozenset(bound for bound in rules.qualifier_suffixes if bound)
    units = _with_unit(rules)
    out: list[Cell] = []
    at: list[int] = []
    for cell, index in zip(cells, ends, strict=True):
        if out and cell.text in words and (
            _BARE.fullmatch(out[-1].text)
            or (cell.text in bounds and units.fullmatch(out[-1].text) is not None)
        ):
            figure = out[-1]
            out[-1] = Cell(figure.text + cell.text, figure.start, cell.end)
            at[-1] = index
            continue
        out.append(cell)
        at.append(index)
    return out, at


__all__ = ["is_unit_line", "join_unit_cells", "unit_words"]
