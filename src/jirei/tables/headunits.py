"""Units and layout written around a table's figures rather than in its cells.

* a unit in a column or row header, in brackets at its end (``支援対象者数(人)``,
  ``達成率(%)``): the header's name is the text before it, the unit that of its figures
  (``rules.units`` / ``rules.rate_units`` decide what counts as a unit);
* a ``単位`` column (a column whose role is ``unit``): its cell is the unit of the row's
  target and actual figures written without one;
* a table indented as a whole (every row opening with an empty cell): that cell is no
  column; nor is an empty cell that only the header row opens with, when the header is
  one cell wider than every other row (a header indented further than its rows), nor the
  empty cell every other row opens with, each one cell wider than the header.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.lines import Cell
from jirei.model import Metric, Quantity
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role

_UNIT_CAPTION = regex.compile(
    r"^\s*\(\s*(?P<word>[^():\s]{1,4})\s*:\s*(?P<unit>[^()]{1,6}?)\s*\)\s*$"
)
_BRACKETED = regex.compile(r"^(?P<name>.*?\S)\s*\((?P<unit>[^()]{1,6})\)\s*$")


def header_unit(text: str, rules: Rules = DEFAULT_RULES) -> tuple[str, str | None]:
    """A header's name and the unit bracketed at its end (``支援対象者数(人)`` →
    (``支援対象者数``, ``人``)); (text, None) without one."""
    match = _BRACKETED.match(text)
    if match is None:
        return text, None
    unit = unit_of(match.group("unit"), rules)
    if unit is None:
        return text, None
    return match.group("name"), unit


def unit_of(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The canonical unit a written unit is (``％`` → ``%``), else None."""
    written = text.strip()
    if written in rules.units:
        return str(rules.units[written])
    if written in rules.rate_units:
        return "%" if rules.rate_units[written] == 1 else written
    return None


def name_cell(cell: Cell, rules: Rules = DEFAULT_RULES) -> tuple[Cell, str | None]:
    """A header cell without the unit bracketed at its end, and that unit."""
    name, unit = header_unit(cell.text, rules)
    if unit is None:
        return cell, None
    return Cell(name, cell.start, cell.start + len(name)), unit


def header_units(header: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> dict[int, Cell]:
    """The unit bracketed at the end of each column header that has one, by column
    (``目標値(人)`` → a cell ``人`` where it is written; decision 307)."""
    units: dict[int, Cell] = {}
    for number, cell in enumerate(header):
        match = _BRACKETED.match(cell.text)
        if match is None or unit_of(match.group("unit"), rules) is None:
            continue
        start = cell.start + match.start("unit")
        units[number] = Cell(match.group("unit"), start, start + len(match.group("unit")))
    return units


#: a unit alone in a cell, bracketed or not (``（人）``, ``％``)
_UNIT_CELL = regex.compile(r"^[(\[]?\s*(?P<unit>[^()\[\]\s]{1,4})\s*[)\]]?$")


def unit_row(cells: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> dict[int, Cell] | None:
    """The units of a row under a header that states only units (``\t（人）\t（人）\t（％）``:
    an empty first cell, every other written cell a unit), by column; None for any other
    row (decision 1750)."""
    if len(cells) < 2 or cells[0].text:
        return None
    units: dict[int, Cell] = {}
    for number, cell in enumerate(cells[1:], 1):
        if not cell.text:
            continue
        match = _UNIT_CELL.match(cell.text)
        if match is None or unit_of(match.group("unit"), rules) is None:
            return None
        start = cell.start + match.start("unit")
        units[number] = Cell(match.group("unit"), start, start + len(match.group("unit")))
    return units or None


def is_repeated_header(cells: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a row inside a table's body is a header of its own: its first cell names
    the label column (``区分``) and every other cell a column role (``目標値(%)``)."""

    texts = [c.text for c in cells[1:] if c.text]
    return (
        bool(cells)
        and bool(cells[0].text)
        and column_role(cells[0].text, rules) == "label"
        and bool(texts)
        and all(column_role(t, rules) is not None for t in texts)
    )


def with_unit(metric: Metric, unit: str | None) -> Metric:
    """``metric`` with ``unit`` given to its target and actual figures written without
    one."""
    if unit is None:
        return metric

    def fill(quantity: Quantity | None) -> Quantity | None:
        if quantity is None or quantity.unit is not None:
            return quantity
        return attrs.evolve(quantity, unit=unit)

    return attrs.evolve(metric, target=fill(metric.target), actual=fill(metric.actual))


def caption_unit(texts: Sequence[str], rules: Rules = DEFAULT_RULES) -> str | None:
    """The unit a caption line above a table states for its bare figures (``（単位：人）``,
    the unit word a ``unit`` column word of ``rules.columns``; decision 606), else None."""
    words = [w for w, role in rules.columns.items() if role == "unit"]
    for text in texts:
        match = _UNIT_CAPTION.match(text)
        if match is not None and match.group("word") in words:
            unit = unit_of(match.group("unit"), rules)
            if unit is not None:
                return unit
    return None


def is_unit_caption(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a caption line is a unit caption (``（単位：人、％）``: a ``unit`` column word
    before a colon, whatever units follow), which names no group (decision 1747)."""
    match = _UNIT_CAPTION.match(text)
    return match is not None and rules.columns.get(match.group("word")) == "unit"


def with_caption_unit(metric: Metric, unit: str) -> Metric:
    """``metric`` with a caption's ``unit`` given to its bare figures, unless a figure of
    it writes another unit (a 就職率 row's ``%``)."""
    written = {q.unit for q in (metric.target, metric.actual) if q is not None and q.unit}
    return metric if written - {unit} else with_unit(metric, unit)


def dedent(rows: Sequence[Sequence[Cell]]) -> bool:
    """Whether every row opens with an empty cell (a table indented as a whole) while
    some row has more than that."""
    return (
        len(rows) > 1
        and all(len(cells) > 1 and not cells[0].text for cells in rows)
    )


def rows_overhang(rows: Sequence[Sequence[Cell]]) -> bool:
    """Whether every row under the header (the first) opens with an empty cell the header
    lacks, each one cell wider than the header: rows indented past their header."""
    if len(rows) < 2 or not rows[0] or not rows[0][0].text:
        return False
    width = len(rows[0])
    return all(len(cells) == width + 1 and not cells[0].text for cells in rows[1:])


def header_overhang(rows: Sequence[Sequence[Cell]]) -> bool:
    """Whether only the header row (the first) opens with an empty cell and it is one
    cell wider than every row under it: its empty cell is indentation, not a corner."""
    if len(rows) < 2 or len(rows[0]) < 2 or rows[0][0].text:
        return False
    body = rows[1:]
    return all(cells and cells[0].text for cells in body) and len(rows[0]) == 1 + max(
        len(cells) for cells in body
    )


__all__ = [
    "dedent",
    "header_overhang",
    "header_unit",
    "header_units",
    "is_repeated_header",
    "name_cell",
    "rows_overhang",
    "unit_of",
    "with_unit",
]
