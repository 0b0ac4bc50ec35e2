"""Cells of a space-aligned row placed under their columns by where they stand (decision
2892).

A table whose cells spaces part keeps no empty cell: a row that leaves a column blank
(``うち紹介就職　　　　　　　　９６人`` under ``令和２年度目標　令和２年度実績``, a target left
blank) comes out with fewer cells than the header has columns, and reading them left to right
puts the actual under the target. When the header and the row are both space-aligned
lines, each value cell of such a row goes to the value column whose header cell it
stands under — the one its character columns overlap, else the nearest — the columns it
does not reach left empty. Character columns are counted from each line's start, as a
PDF's text export (``pdftotext -layout``) and an ideographic-space layout write them.
Nothing is placed when two cells would fall under one column, when their order would
change, or when the label runs into the first value column (the positions then say
nothing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from jirei.lines import Cell, Line
from jirei.tables.grid import Column, Row

#: ``(start, end)`` of each value column's header cell, counted from its line's start
Spots = Mapping[int, tuple[int, int]]


def _spaced(line: Line) -> bool:
    """A line whose cells spaces part (no tab or pipe row, no row rebuilt from cells)."""
    return line.__class__ is Line and "\t" not in line.text and "|" not in line.text


def header_spots(header: Row | None, columns: Sequence[Column]) -> dict[int, tuple[int, int]]:
    """Where each titled column of a space-aligned ``header`` stands, by the column's id
    (empty when the header is no space-aligned line)."""
    if header is None or not _spaced(header.line):
        return {}
    origin = header.line.start
    cells = [cell for cell in header.cells if cell.text]
    spots: dict[int, tuple[int, int]] = {}
    at = 0
    for column in columns:
        if column.title is None:
            continue
        found = next((n for n in range(at, len(cells)) if cells[n].text == column.title), None)
        if found is None:
            continue
        cell = cells[found]
        if not header.line.start <= cell.start <= cell.end <= header.line.end:
            return {}  # a header merged from two lines (a year row over a role row)
        spots[id(column)] = (cell.start - origin, cell.end - origin)
        at = found + 1
    return spots


def _distance(cell: tuple[int, int], spot: tuple[int, int]) -> int:
    """0 when the two column ranges overlap, else the gap between them."""
    return max(0, spot[0] - cell[1], cell[0] - spot[1])


def place_cells(
    row: Row,
    label: Cell,
    cells: Sequence[Cell],
    roles: Sequence[Column],
    spots: Spots,
) -> list[Cell] | None:
    """``cells`` (fewer than ``roles``) spread under the columns they stand under, empty
    cells where none stands; None when the row is no space-aligned line or the positions
    do not place every cell under a column of its own, in order."""
    if not spots or not cells or len(cells) >= len(roles) or not _spaced(row.line):
        return None
    placed_at = [(n, spots[id(c)]) for n, c in enumerate(roles) if id(c) in spots]
    if len(placed_at) < 2:
        return None
    origin = row.line.start
    if not all(origin <= cell.start <= cell.end <= row.line.end for cell in cells):
        return None  # cells of another line (a row joined from two)
    if label.text and label.end - origin > placed_at[0][1][0]:
        return None  # the label reaches under the first value column
    chosen: list[int] = []
    for cell in cells:
        here = (cell.start - origin, cell.end - origin)
        ranked = sorted(placed_at, key=lambda pair: _distance(here, pair[1]))
        best = ranked[0]
        if len(ranked) > 1 and _distance(here, ranked[1][1]) == _distance(here, best[1]):
            return None  # between two columns: the position decides nothing
        chosen.append(best[0])
    if any(b <= a for a, b in pairwise(chosen)):
        return None
    if chosen == list(range(len(cells))):
        return None  # where the cells already stand
    out = [Cell("", row.line.end, row.line.end) for _ in roles]
    for number, cell in zip(chosen, cells, strict=True):
        out[number] = cell
    return out


__all__ = ["Spots", "header_spots", "place_cells"]
