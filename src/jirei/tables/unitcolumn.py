"""A results table's unit column (``corpus/README.md`` decision 212)::

    項目          単位  実績   目標     達成率
    支援対象者数  人    248    220以上  112.7%
    職業相談件数  件    1,032  約900    114.7%

The ``単位`` cell (column role ``unit`` in ``rules.columns``) is no figure; it is the unit of
the bare numbers of its row's target and actual cells: ``220以上`` with ``人`` reads as
``220人以上``, ``約900`` with ``件`` as ``約900件``. A cell that writes its own unit (the
``達成率`` cell's ``%``) keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import regex

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules


class HasRole(Protocol):
    """A column with a role (``jirei.tables.grid.Column``)."""

    @property
    def role(self) -> str | None: ...


# a leading number (an optional prefix such as 約 before it), and nothing but letters after
# it that are no digits and no unit-bearing symbols (a bound such as 以上)
_BARE = regex.compile(r"^(?P<number>\D{0,3}?\d[\d,]*(?:\.\d+)?)(?P<rest>[^\d%％]*)$")


def unit_cell(cells: Sequence[Cell], columns: Sequence[HasRole]) -> Cell | None:
    """The non-empty cell of the row's unit column (``columns``: the row's columns, each
    with its ``role``), else None."""
    for cell, column in zip(cells, columns, strict=False):
        if column.role == "unit" and cell.text:
            return cell
    return None


def with_unit(cell: Cell, unit: Cell, rules: Rules = DEFAULT_RULES) -> tuple[Cell, ...]:
    """``cell`` as pieces with ``unit`` placed after its bare number (``220`` + ``人`` +
    ``以上``); ``(cell,)`` when it holds no bare number or a unit of its own (what follows
    the number is then no bound of ``rules.qualifier_suffixes``)."""
    match = _BARE.match(cell.text)
    if match is None:
        return (cell,)
    rest = match.group("rest")
    cut = cell.start + match.end("number")
    if rest and rest.strip() not in rules.qualifier_suffixes:
        return (cell,)  # ``12人``, ``3回以上``: the cell writes its own unit
    head = Cell(match.group("number"), cell.start, cut)
    if not rest:
        return (head, unit)
    return (head, unit, Cell(rest, cut, cell.end))


def split_unit_label(
    cell: Cell, gap: Callable[[int, int], bool], rules: Rules = DEFAULT_RULES
) -> tuple[Cell, Cell] | None:
    """A label cell that swallowed the unit cell after it, split in two (decision 2415):
    ``支援対象者数　人`` reads ``支援対象者数人`` once normalisation has removed the space
    between two CJK letters. The cell must end in a unit of ``rules.units`` that ``gap``
    (``gap(start, end)``: whether the original held more there) says stood apart; None
    else. Only asked of a row a cell short whose label column a unit column follows."""
    for written in sorted(rules.units, key=len, reverse=True):
        if not written or not cell.text.endswith(written):
            continue
        cut = len(cell.text) - len(written)
        if cut < 2 or not gap(cell.start + cut - 1, cell.start + cut + 1):
            continue
        return (
            Cell(cell.text[:cut], cell.start, cell.start + cut),
            Cell(written, cell.start + cut, cell.end),
        )
    return None


__all__ = ["split_unit_label", "unit_cell", "with_unit"]
