"""Rows of a ruled table (box drawing, grid) whose cells are merged, read cell by cell
(decisions 2071–2073, branch ruled8).

A ruled table's row is what lies between two rules; its cells are parted by the bars of
each text line. Word processors merge cells in two ways that leave a row's lines with
different bars:

- **a header cell over sub-heads**: ``│区分│平成26年度  │達成率│`` over
  ``│    ├──┬──┤      │`` over ``│    │目標│実績│      │`` — the upper cell spans the
  columns its inner rule parts below it; its text heads each of them
  (``平成26年度目標``, ``平成26年度実績``: one header row);
- **a group cell beside sub-rows**: ``│生活保護│支援対象者数│…│`` … ``│受給者  ├────┼…┤``
  … ``│        │就職者数│…│`` — an inner rule parts the other columns into rows, the merged
  column's pieces (``生活保護`` + ``受給者``) are its first sub-row's cell; the rows under it
  leave it empty (the group continues, decision 54).

The columns are the bars of the rule above the row (``|---|---|`` once box drawing or grid
borders are pipe rows); each bar of a line is matched to the nearest of them (letter-spacing
removed by normalisation may move a bar a place or two). A cell spanning columns with no
inner rule under it keeps its text in its first column.

(A box of one column, ``┏━━┓ ┃…┃ ┣━━┫ ┃…┃ ┗━━┛``, is a frame round text, no table:
``jirei.titledbox`` blanks it, decision 2072.)
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from jirei.lines import Cell, Line
from jirei.rules import DEFAULT_RULES, Rules


def _bar_chars(rules: Rules) -> frozenset[str]:
    _, crossings, _ = rules.box_drawing
    return frozenset("|" + crossings)


def _rule_chars(rules: Rules) -> frozenset[str]:
    verticals, crossings, horizontals = rules.box_drawing
    return frozenset("-=:+" + verticals + crossings + horizontals)


def edges_of(rule: Line) -> list[int]:
    """The column edges (bar places in the line's text) of a separator row."""
    return [n for n, char in enumerate(rule.text) if char == "|"]


def merged(group: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a row's lines part their cells otherwise than one another (a line with an
    inner rule, or fewer bars than another line)."""
    crossings = rules.box_drawing[1]
    counts = {line.text.count("|") for line in group}
    return len(counts) > 1 or any(
        char in crossings for line in group for char in line.text.strip()[1:-1]
    )


def _nearest(position: int, edges: Sequence[int], after: int) -> int:
    best = after + 1
    for index in range(after + 1, len(edges)):
        if abs(edges[index] - position) <= abs(edges[best] - position):
            best = index
    return best


def _pieces(
    line: Line, edges: Sequence[int], rules: Rules
) -> list[tuple[int, int, Cell | None]] | None:
    """A line's pieces as (first column, column after, cell or None for an inner rule)."""
    bars = _bar_chars(rules)
    ruling = _rule_chars(rules)
    text = line.text
    places = [n for n, char in enumerate(text) if char in bars]
    if len(places) < 2 or text[: places[0]].strip() or text[places[-1] + 1 :].strip():
        return None
    out: list[tuple[int, int, Cell | None]] = []
    column = _nearest(places[0], edges, -1)
    for left, right in pairwise(places):
        end_column = _nearest(right, edges, column) if column < len(edges) - 1 else column
        if end_column <= column:
            return None
        body = text[left + 1 : right]
        stripped = body.strip()
        if stripped and all(char in ruling for char in stripped):
            out.append((column, end_column, None))
        else:
            lead = len(body) - len(body.lstrip())
            start = line.start + left + 1 + lead
            out.append((column, end_column, Cell(stripped, start, start + len(stripped))))
        column = end_column
    return out


def join_pieces(pieces: Sequence[Cell], at: int) -> Cell:
    """One cell from the pieces of a cell on the text lines of one ruled row: joined without
    a space between full-width text, with one between ASCII words; an empty cell at ``at``
    when no piece holds text."""
    filled = [piece for piece in pieces if piece.text]
    if not filled:
        return Cell("", at, at)
    text = filled[0].text
    for piece in filled[1:]:
        wide = not text[-1].isascii() or not piece.text[0].isascii()
        text += piece.text if wide else " " + piece.text
    return Cell(text, filled[0].start, filled[-1].end)


def split_merged(
    group: Sequence[Line], rule: Line, rules: Rules = DEFAULT_RULES
) -> list[list[Cell]] | None:
    """The rows (cells in column order) of a ruled row written over ``group``'s lines under
    the separator row ``rule``, merged cells read as the module docs say; None when a line
    does not fit the rule's columns."""
    edges = edges_of(rule)
    if len(edges) < 3:
        return None
    width = len(edges) - 1
    lines = [_pieces(line, edges, rules) for line in group]
    if any(pieces is None for pieces in lines):
        return None
    # the lines holding an inner rule, and the columns it parts
    cuts = [n for n, pieces in enumerate(lines) if any(cell is None for _, _, cell in pieces or ())]
    parted = {
        column
        for n in cuts
        for first, after, cell in lines[n] or ()
        if cell is None
        for column in range(first, after)
    }
    at = group[0].start + edges[0] + 1
    header = bool(cuts) and any(
        after - first > 1 and all(c in parted for c in range(first, after))
        for n, pieces in enumerate(lines)
        if n < cuts[0]
        for first, after, cell in pieces or ()
        if cell is not None and cell.text
    )
    if header or not cuts:  # one row: spanning pieces head every column they span
        columns: list[list[Cell]] = [[] for _ in range(width)]
        for pieces in lines:
            for first, after, cell in pieces or ():
                if cell is None:
                    continue
                for column in range(first, after if header else first + 1):
                    columns[column].append(cell)
        return [[join_pieces(cells, at) for cells in columns]]
    # sub-rows parted by the inner rules; a merged column's pieces go to the first sub-row
    pieces_of: list[list[list[Cell]]] = [[[] for _ in range(width)] for _ in range(len(cuts) + 1)]
    for n, pieces in enumerate(lines):
        row = sum(1 for cut in cuts if cut < n)
        for first, _after, cell in pieces or ():
            if cell is not None:
                pieces_of[row if first in parted else 0][first].append(cell)
    rows = [[join_pieces(cells, at) for cells in columns] for columns in pieces_of]
    return [row for row in rows if any(cell.text for cell in row)]


__all__ = ["edges_of", "merged", "split_merged"]
