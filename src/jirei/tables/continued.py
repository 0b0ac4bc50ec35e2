"""Table lines that continue the row above them rather than being rows of their own.

- A line holding only a unit and/or a bound (``人以上``), set under a bare number of the
  row above, completes that number (``corpus/README.md`` decision 61)::

      支援対象者数     ２００    ２３４人
                       人以上

- A line holding only text, directly after a row with figures and directly before another
  row of the same table, continues that row's label (decision 60)::

      就職支援セミナーの  ６回   ７回
      開催回数
      就職率             ６０％  ６２．５％

Each continuation line is recorded against the cell it continues (by that cell's start)
and blanked, so the table reads on past it; the values read from the two pieces get
multi-part spans.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import field, frozen

from jirei import values as _values
from jirei.errors import ValueParseError
from jirei.linegroups import group_heading
from jirei.lines import Cell, Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import _SENTENCE_END, _bullet_pattern, is_blank_cell, split_label
from jirei.tables.grid import is_header, is_table_line

_MAX_LABEL = 30
_DIGIT = regex.compile(r"\d")


@frozen
class Continuations:
    """``lines`` with each continuation line blanked, and what each one continues."""

    lines: tuple[Line, ...] = field(converter=tuple)
    #: the start of a row's label cell → the rest of the label on the line below
    labels: dict[int, Cell] = field(factory=dict)
    #: the start of a bare number's cell → its unit / bound on the line below
    units: dict[int, Cell] = field(factory=dict)
    #: indices of the lines blanked
    blanked: frozenset[int] = frozenset()


def find_continuations(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> Continuations:
    """The continuation lines of the first table of ``lines`` (see the module docstring)."""
    out = list(lines)
    labels: dict[int, Cell] = {}
    units: dict[int, Cell] = {}
    blanked: set[int] = set()
    seen_row = False
    tabled = False  # whether the line above is a table line (each line tested once)
    for index, line in enumerate(lines):
        if line.blank:
            tabled = False
            continue
        above = lines[index - 1] if index > 0 and index - 1 not in blanked else None
        if above is not None and not tabled:  # (a blank line above is no table line)
            above = None
        tabled = is_table_line(line)
        if tabled:
            found = _unit_tails(above, line, rules) if above is not None else None
            if found:
                units.update(found)
                out[index] = _blanked(line)
                blanked.add(index)
            seen_row = True
            continue
        if not seen_row:
            continue
        below = lines[index + 1] if index + 1 < len(lines) else None
        label = _label_cell(above, rules) if above is not None else None
        if label is not None and below is not None and _wrapped_label(line, below, rules):
            text = line.stripped
            start = line.start + line.text.index(text)
            labels[label.start] = Cell(text, start, start + len(text))
            out[index] = _blanked(line)
            blanked.add(index)
            continue
        break  # the first table ends here
    return Continuations(out, labels, units, frozenset(blanked))


def _blanked(line: Line) -> Line:
    return Line(" " * len(line.text), line.start)


def _column(line: Line, cell: Cell) -> tuple[int, int]:
    """Where ``cell`` stands across its (physical) line, in characters."""
    at = cell.start - line.start
    base = line.text.rfind("\n", 0, at) + 1
    return at - base, at - base + len(cell.text)


def _unit_tails(above: Line, line: Line, rules: Rules) -> dict[int, Cell] | None:
    """Decision 61: each text cell of ``line`` completes a bare number of ``above`` in the
    same column; None unless every one does."""
    if _DIGIT.search(line.text):  # a cell holding a digit completes no number (exact)
        return None
    heads = [c for c in row_cells(above) if c.text][1:]  # not the row's label
    tails: dict[int, Cell] = {}
    for cell in row_cells(line):
        if not cell.text:
            continue
        left, right = _column(line, cell)
        head = next(
            (h for h in heads if left < _column(above, h)[1] and _column(above, h)[0] < right),
            None,
        )
        if head is None or not _completes(head.text, cell.text, rules):
            return None
        tails[head.start] = cell
    return tails or None


def _completes(number: str, tail: str, rules: Rules) -> bool:
    """Whether ``tail`` is only the unit and/or bound that the bare ``number`` lacks."""
    if _DIGIT.search(tail):
        return False
    try:
        bare = _values.parse_quantity(number, rules=rules)
        whole = _values.parse_quantity(number + tail, rules=rules)
    except ValueParseError:
        return False
    return (
        bare.unit is None
        and bare.qualifier is None
        and whole.value == bare.value
        and (whole.unit, whole.qualifier) != (None, None)
    )


def _label_cell(row: Line, rules: Rules) -> Cell | None:
    """The label cell of a row that has one and figures after it."""
    cells = [c for c in row_cells(row) if c.text]
    if not cells:
        return None
    if _has_figure(cells[0].text, rules):  # a label too wide for its column
        split = split_label(cells[0], rules)
        if split is None:
            return None
        cells = [*split, *cells[1:]]
    if len(cells) < 2 or not any(_has_figure(c.text, rules) for c in cells[1:]):
        return None
    return cells[0]


def _wrapped_label(line: Line, below: Line, rules: Rules) -> bool:
    """Decision 60: ``line`` is text only (no figure, unit, marker or sentence end) and
    ``below`` is another row of figures of the table."""
    text = line.stripped
    if (
        len(text) > _MAX_LABEL
        or _SENTENCE_END in text
        or is_blank_cell(text)
        or _bullet_pattern(rules).match(text)
        or _has_figure(text, rules)
        or _completes("1", text, rules)
        or group_heading(line, rules) is not None  # ＜児童扶養手当受給者＞ heads the rows below
    ):
        return False
    if below.blank or not is_table_line(below):
        return False
    cells = row_cells(below)
    return not is_header(cells, rules) and _label_cell(below, rules) is not None


def _has_figure(text: str, rules: Rules) -> bool:
    return next(iter(_values.find_quantities(text, rules=rules)), None) is not None


__all__ = ["Continuations", "find_continuations"]
