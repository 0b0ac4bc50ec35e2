"""A sheet of other cases after the narrative cases (decision 3193).

A mail or a compilation tells one case as a story and appends others as a spreadsheet
pasted as CSV or TSV: a header row of field names (a place column and another header-field
column, ``jirei.rowsheet``), one case per row. Read inside the last case, the sheet's rows
run into that case's last comment. The last case is cut before the sheet's header row and
the sheet's rows become profiles of their own after the stories — only when no row names a
municipality the text before the sheet names (a table of the same cases is another
reader's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from jirei.lines import Line, Locate, row_cells
from jirei.model import Profile
from jirei.rules import DEFAULT_RULES, Rules
from jirei.segment import Segmentation


def sheet_start(seg: Segmentation, rules: Rules = DEFAULT_RULES) -> int | None:
    """The index of a row sheet's header row inside (or after) the last case's body, else
    None."""
    if not seg.cases:
        return None
    from jirei.rowsheet import is_sheet_header

    last = seg.cases[-1]
    for index in range(last.body, len(seg.lines)):
        line = seg.lines[index].line
        if ("\t" in line.text or "|" in line.text) and is_sheet_header(line, rules):
            return index if _other_cases(seg, index, rules) else None
    return None


def _other_cases(seg: Segmentation, index: int, rules: Rules) -> bool:
    """Whether the row sheet at line ``index`` reads cases whose municipalities the text
    before it never names (not a table of the stories' own cases)."""
    from jirei.rowsheet import read_row_sheet

    lines = [info.line for info in seg.lines[index:]]
    sheet = read_row_sheet(lines, rules)
    if sheet is None:
        return False
    before = "".join(info.line.text for info in seg.lines[:index])
    return not any(row.municipality in before for row in sheet.rows)


def cut_before(seg: Segmentation, start: int) -> Segmentation:
    """``seg`` with its last case ending before line ``start`` (blank lines left off)."""
    last = seg.cases[-1]
    stop = min(start, last.stop)
    while stop > last.body and seg.lines[stop - 1].line.blank:
        stop -= 1
    return attrs.evolve(seg, cases=(*seg.cases[:-1], attrs.evolve(last, stop=stop)))


def sheet_profiles(
    lines: Sequence[Line],
    profiles: Sequence[Profile],
    rules: Rules,
    locate: Locate,
    era_at: Callable[[int], str] | None = None,
) -> list[Profile]:
    """The profiles of the rows of the row sheet opening ``lines``; none when the sheet
    names a municipality one of ``profiles`` has (a table of the same cases)."""
    from jirei.rowsheet import read_row_sheet

    if len(row_cells(lines[0])) < 3:
        return []
    sheet = read_row_sheet(lines, rules, locate, era_at)
    if sheet is None:
        return []
    known = {p.municipality for p in profiles if p.municipality}
    if any(row.municipality in known for row in sheet.rows):
        return []
    return [row.profile for row in sheet.rows]


__all__ = ["cut_before", "sheet_profiles", "sheet_start"]
