"""Cells of a space-aligned row placed under their columns by where they stand (decision
2892).

A table whose cells spaces part keeps no empty cell: a row that leaves a column blank
(``うち紹介就職　　　　　　　　９６人`` under ``令和２年度目標　令和２年度実績``, a target left
blank) comes out with fewer cells than the header has columns, and reading them left to right
puts the actual under the target. When the header and the row are both space-aligned
lines, each value cell of such a row goes to the value column whose header cell it
stands under — the one its character columns overlap, else the nearest — the columns it
does not reach left empty. Where a cell stands is counted from its line's start twice: in
characters (a PDF's text export, ``pdftotext -layout``, an ideographic-space layout) and in
display columns (a wide character two; a layout aligned by eye in a monospaced editor);
a cell is placed only when both counts place it under the same column. Nothing is placed
when two cells would fall under one column, when their order would change, or when the
label runs into the first value column whichever way it is counted (the positions then
say nothing).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from jirei.lines import Cell, Line
from jirei.tables.grid import Column, Row

#: per value column's id, ``(start, end)`` of its header cell counted from its line's start
#: in characters, then in display columns
Spots = Mapping[int, tuple[tuple[int, int], tuple[int, int]]]


@lru_cache(maxsize=1 << 12)
def _widths(text: str) -> tuple[int, ...]:
    """The display column at which each offset of ``text`` stands (wide characters two)."""
    columns = [0]
    for char in text:
        wide = unicodedata.east_asian_width(char) in ("W", "F")
        columns.append(columns[-1] + (2 if wide else 1))
    return tuple(columns)


def _place(line: Line, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """``[start, end)`` of a cell of ``line`` in characters and in display columns from the
    line's start."""
    low, high = start - line.start, end - line.start
    widths = _widths(line.text)
    return (low, high), (widths[low], widths[high])


def _spaced(line: Line) -> bool:
    """A line whose cells spaces part (no tab or pipe row, no row rebuilt from cells)."""
    return line.__class__ is Line and "\t" not in line.text and "|" not in line.text


def header_spots(
    header: Row | None, columns: Sequence[Column]
) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
    """Where each titled column of a space-aligned ``header`` stands, by the column's id
    (empty when the header is no space-aligned line)."""
    if header is None or not _spaced(header.line):
        return {}
    cells = [cell for cell in header.cells if cell.text]
    spots: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
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
        spots[id(column)] = _place(header.line, cell.start, cell.end)
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
    line = row.line
    if not all(line.start <= cell.start <= cell.end <= line.end for cell in cells):
        return None  # cells of another line (a row joined from two)
    if label.text and line.start <= label.start <= label.end <= line.end:
        reach = _place(line, label.start, label.end)
        if reach[0][1] > placed_at[0][1][0][0] and reach[1][1] > placed_at[0][1][1][0]:
            return None  # the label reaches under the first value column, counted either way
    chosen: list[int] = []
    for cell in cells:
        here = _place(line, cell.start, cell.end)
        by_chars = _nearest(placed_at, lambda spot, h=here: _distance(h[0], spot[0]))
        by_width = _nearest(placed_at, lambda spot, h=here: _distance(h[1], spot[1]))
        if by_chars is None or by_chars != by_width:
            return None  # between two columns, or the two counts disagree
        chosen.append(by_chars)
    if any(b <= a for a, b in pairwise(chosen)):
        return None
    if chosen == list(range(len(cells))):
        return None  # where the cells already stand
    out = [Cell("", row.line.end, row.line.end) for _ in roles]
    for number, cell in zip(chosen, cells, strict=True):
        out[number] = cell
    return out


def _nearest(
    placed_at: Sequence[tuple[int, tuple[tuple[int, int], tuple[int, int]]]],
    distance: Callable[[tuple[tuple[int, int], tuple[int, int]]], int],
) -> int | None:
    """The column (its number) nearest by ``distance``, None on a tie."""
    ranked = sorted(placed_at, key=lambda pair: distance(pair[1]))
    if len(ranked) > 1 and distance(ranked[0][1]) == distance(ranked[1][1]):
        return None
    return ranked[0][0]


__all__ = ["Spots", "header_spots", "place_cells"]
