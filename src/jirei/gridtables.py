"""Pandoc / Word grid tables (``+-----+-----+`` borders, ``|`` cell walls, ``+=====+`` under
the header row) read as pipe tables, so every table, card and comment reader works on them
(decision 1043).

The text keeps its length, so every offset stays where it was: a border line (``+`` at
each column edge, ``-`` / ``=`` / ``:`` between) becomes a separator row ``|---|---|``; the
rows between the borders are pipe rows already.

A grid table with a row wrapped over several lines (two or more lines between two borders)
keeps its top border as a separator row too (decision 1103): a pipe table opening with a
separator row (which no markdown table does) is a grid table whose rows are the lines
between its separators, and ``join_grid_rows`` joins each such row's lines, cell by cell,
into one row (``jirei.cellruns.CellRow``: every cell keeps its offsets).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell, Line, row_cells

#: a grid table's border line, with its column edges
_BORDER = regex.compile(r"(?m)^[ \t]*\+(?:[-=:]+\+){1,40}[ \t]*$")
_RULE = str.maketrans({"+": "|", "=": "-", ":": "-"})


def untangle_grid(text: str) -> str:
    """``text`` with each grid table's border lines inside it as ``|---|`` separator rows of
    the same length, its top and bottom borders as spaces; a border counts only next to a
    ``|`` row (above or below it)."""
    if "+-" not in text and "+=" not in text:
        return text
    out = text
    for border in _BORDER.finditer(text):
        before = text.rfind("\n", 0, max(border.start() - 1, 0))
        above = text[before + 1 : border.start()].strip()
        after = text.find("\n", border.end() + 1)
        below = text[border.end() + 1 : after if after >= 0 else len(text)].strip()
        if not (above.startswith("|") or below.startswith("|")):
            continue
        inside = above.startswith("|") and below.startswith("|")
        if not inside and below.startswith("|") and _wrapped_below(text, border.end()):
            inside = True  # the top border of a table with a wrapped row (1103)
        rule = border.group().translate(_RULE) if inside else " " * len(border.group())
        out = out[: border.start()] + rule + out[border.end() :]
    return out


def _wrapped_below(text: str, end: int) -> bool:
    """Whether the grid table whose top border ends at ``end`` has two ``|`` lines in a row
    between its borders."""
    run = 0
    position = end + 1
    while position < len(text):
        newline = text.find("\n", position)
        line = text[position : newline if newline >= 0 else len(text)].strip()
        if line.startswith("|"):
            run += 1
            if run >= 2:
                return True
        elif _BORDER.match(line):
            run = 0
        else:
            return False
        if newline < 0:
            return False
        position = newline + 1
    return False


def join_grid_rows(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each wrapped row of a grid table (see the module docs) joined into one
    row, the table's opening separator row blanked."""
    # the separator rows opening a grid (each holds ``|-``: a substring test of each line
    # first, ``_opens_grid`` only then)
    opening = {
        index for index, line in enumerate(lines) if "|-" in line.text and _opens_grid(lines, index)
    }
    if not opening:
        return list(lines)
    from jirei.cellruns import row_of
    from jirei.ruledrows import merged, split_merged

    out: list[Line] = []
    index = 0
    while index < len(lines):
        if index not in opening:
            out.append(lines[index])
            index += 1
            continue
        top = lines[index]
        out.append(Line(" " * len(top.text), top.start))
        index += 1
        group: list[Line] = []
        rule = top
        while index <= len(lines):
            line = lines[index] if index < len(lines) else None
            if line is not None and _is_pipe(line) and not _is_rule(line):
                group.append(line)
                index += 1
                continue
            rows = split_merged(group, rule) if len(group) >= 2 and merged(group) else None
            if rows is not None:  # merged cells parted by inner rules or spans (2071)
                out.extend(row_of(cells) for cells in rows)
            elif len(group) >= 2 and not _rows_each(group):
                out.append(row_of(_joined_cells(group)))
            else:
                out.extend(group)
            group = []
            if line is None or not _is_rule(line):
                break
            out.append(line)
            rule = line
            index += 1
    return out


def _is_pipe(line: Line) -> bool:
    return line.text.lstrip().startswith("|")


def _is_rule(line: Line) -> bool:
    text = line.text.strip()
    return text.startswith("|-") and not text.strip("|-: ")


def _opens_grid(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index`` is a separator row opening a pipe table (no pipe row above)."""
    line = lines[index]
    if not line.text.lstrip().startswith("|-") or not _is_rule(line):
        return False
    return index == 0 or not _is_pipe(lines[index - 1])


def _rows_each(group: Sequence[Line]) -> bool:
    """Whether each line of ``group`` is a row of its own, not a piece of one wrapped row:
    every line fills every cell after its first and holds a figure there (a box-drawing
    table ruled only under its header, ``│就職者数│168人│205人│``; the first cell may be
    empty under a merged group cell; decision 2010). A line holding a qualifier alone or a
    bracketed figure under a figure is a piece of the row above (decision 2073)."""
    from jirei.rules import DEFAULT_RULES

    suffixes = DEFAULT_RULES.qualifier_suffixes
    for number, line in enumerate(group):
        cells = row_cells(line)[1:]
        if not cells or any(not cell.text for cell in cells):
            return False
        if not any(char.isdigit() for cell in cells for char in cell.text):
            return False
        if number and any(  # ``以上`` alone, ``（達成率104.0%）`` under a figure (2073)
            cell.text in suffixes or cell.text.startswith(("(", "（")) for cell in cells
        ):
            return False
    return True


def _joined_cells(group: Sequence[Line]) -> list[Cell]:
    """The cells of a row written over ``group``'s lines, each cell's pieces joined."""
    rows = [row_cells(line) for line in group]
    width = max(len(cells) for cells in rows)
    joined: list[Cell] = []
    for column in range(width):
        pieces = [cells[column] for cells in rows if column < len(cells) and cells[column].text]
        if not pieces:
            first = next(cells[column] for cells in rows if column < len(cells))
            joined.append(first)
            continue
        parted = _parted_pieces(rows, column)
        text = pieces[0].text
        for piece in pieces[1:]:
            if piece.start in parted and text.endswith(_SENTENCE_ENDS):
                text += "<br>" + piece.text  # items of the cell (2219)
                continue
            wide = not text[-1].isascii() or not piece.text[0].isascii()
            text += piece.text if wide else " " + piece.text
        joined.append(Cell(text, pieces[0].start, pieces[-1].end))
    return joined


#: what closes a sentence in a cell
_SENTENCE_ENDS = ("。", "!", "?")
#: a list marker or enumerator opening a cell's line (NFKC text)
_ITEM_MARK = regex.compile(r"[-・●○◆■□*+](?=\s*\S)|\(\d{1,2}\)|\d{1,2}[.)](?!\d)")


def _parted_pieces(rows: Sequence[list[Cell]], column: int) -> set[int]:
    """The starts of the pieces of one column that open an item of their own: after an
    empty line of the cell (a paragraph of a pandoc grid cell) or behind a list marker
    (decision 2219); the cells readers part items at the ``<br>`` joined before them."""
    parted: set[int] = set()
    gap = False
    for cells in rows:
        cell = cells[column] if column < len(cells) else None
        if cell is None or not cell.text:
            gap = True
            continue
        if gap or _ITEM_MARK.match(cell.text):
            parted.add(cell.start)
        gap = False
    return parted


__all__ = ["join_grid_rows", "untangle_grid"]
