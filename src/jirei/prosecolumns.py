"""Figures rows under a header of role columns in a case told in prose (decision 3408).

A 広報 page telling its facility in sentences may give the year's figures as a small table
set with spaces: a header naming the columns' roles (``目標　実績　達成率``) over rows of a
metric's name and its figures (``支援対象者数　150人以上　171人　114.0%``, ``就職率　60%以上
57.3%　―``). Read as a sentence, a row's first figure would be its actual; under such a
header each figure takes the role of its column (:func:`jirei.tables.cells.column_role`), a
dash leaving that role empty.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from jirei.errors import ValueParseError
from jirei.model import Quantity
from jirei.proseparts import Locate, _Patterns
from jirei.rules import Rules
from jirei.tables.cells import column_role
from jirei.values.numbers import parse_number

#: cells set apart by a tab or by two spaces or more
_CELL_GAP = regex.compile(r"\t|[ \u3000]{2,}")
#: the roles a column header may give, as the prose reader's slots
_SLOTS = {"target": "target", "actual": "actual", "achievement_rate": "rate"}
#: the most rows a header stands over
_MOST_ROWS = 12


def _cells(line: str, start: int) -> list[tuple[str, int]]:
    """The cells of ``line`` (at ``start`` in the text) with where each begins."""
    out: list[tuple[str, int]] = []
    pos = 0
    for gap in [*_CELL_GAP.finditer(line), None]:
        end = gap.start() if gap is not None else len(line)
        cell = line[pos:end]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            out.append((cell.strip(), start + pos + lead))
        pos = gap.end() if gap is not None else len(line)
    return out


def _roles(line: str, rules: Rules) -> tuple[str, ...] | None:
    """The slots a header line of role words names in order (``目標　実績　達成率``), else
    None; two roles at least, every cell one."""
    if not _CELL_GAP.search(line.strip()):
        return None
    cells = [c for c, _ in _cells(line, 0)]
    roles = tuple(_SLOTS.get(column_role(c, rules) or "", "") for c in cells)
    if len(roles) < 2 or not all(roles) or "actual" not in roles:
        return None
    return roles


def header_roles(text: str, line_start: int, rules: Rules) -> tuple[str, ...] | None:
    """The roles of the header over the row starting at ``line_start``: the nearest line
    above the run of non-blank lines the row stands in, when it names roles only."""
    pos = line_start
    for _ in range(_MOST_ROWS):
        if pos == 0:
            return None
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above : pos - 1]
        if not line.strip():
            return None
        roles = _roles(line, rules)
        if roles is not None:
            return roles
        pos = above
    return None


def row_slots(
    text: str,
    line_start: int,
    label_end: int,
    roles: tuple[str, ...],
    pats: _Patterns,
    rules: Rules,
    locate: Locate,
) -> dict[str, object] | None:
    """The figures of the row (its label ending at ``label_end``) by the header's roles,
    or None when its cells after the label are not one per role."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    cells = _cells(text[label_end:line_end], label_end)
    if len(cells) != len(roles):
        return None
    slots: dict[str, object] = {}
    for (cell, at), role in zip(cells, roles, strict=True):
        found = pats.figure.fullmatch(cell) or pats.figure.match(cell)
        if found is None:
            continue  # (a dash: the role is empty)
        try:
            value = parse_number(found["num"].replace(",", ""))
        except (ValueParseError, ValueError):  # (a figure no number reads: the cell is empty)
            continue
        unit = found["unit"]
        unit = "%" if unit in ("%", "パーセント") else rules.units.get(unit, unit)
        span = locate(at + found.start(), at + found.end())
        if role == "rate":
            if unit == "%":
                slots["rate"] = (Decimal(value), span)
            continue
        slots[role] = Quantity(value, unit, found["qual"], span)
    return slots or None
