"""Figure cells a space-aligned table left glued by one space (decision 2547).

A PDF export aligns its columns with spaces; where a wide cell (``６１．８％（６０．０％以上）``,
narrowed by normalisation) reaches the next column, only one space stays between them and
the usual cell break (two spaces or more) sees one cell::

    区分            実績（目標）      達成率
    就職者数       131人(120人以上)  109.2%
    就職率         61.8%(60.0%以上) 103.0%

A row with fewer cells than its header is mended when one of its cells is that many
figures more, parted by single spaces: each piece opens with a digit, a dash or a
qualifier prefix (``約``) and the cell is cut at those spaces.

A header row narrower than the rows under it is mended the same way when one of its cells
is that many column heads run together — heads written one ideographic space apart
(``令和４年度目標　令和４年度実績　達成率``), the space removed as letter-spacing by
normalisation (or kept beside a Latin letter: ``R3目標 R3実績``): the cell is cut where each
role word (``rules.columns``: 目標, 実績, 達成率 …, a fiscal year before it or not) ends
(decision 3199).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules, era_alternation, per_rules
from jirei.tables.grid import Row

#: the roles of the column heads a glued header cell is cut into
_HEAD_ROLES = ("target", "actual", "achievement_rate")
#: a cell saying "none"
_DASHES = frozenset("-－―‐—–")


def _figure_piece(text: str, rules: Rules) -> bool:
    """Whether ``text`` opens like a figure cell (a digit, a dash, a qualifier prefix)."""
    return bool(text) and (
        text[0].isdigit() or text in _DASHES or text.startswith(tuple(rules.qualifier_prefixes))
    )


def _parted(cell: Cell, count: int, rules: Rules) -> list[Cell] | None:
    """``cell`` cut at its single spaces into ``count`` figure cells, else None."""
    pieces: list[Cell] = []
    offset = 0
    for piece in cell.text.split(" "):
        if piece:
            pieces.append(Cell(piece, cell.start + offset, cell.start + offset + len(piece)))
        offset += len(piece) + 1
    if len(pieces) != count or not all(_figure_piece(p.text, rules) for p in pieces):
        return None
    return pieces


@per_rules
def _head_word(rules: Rules) -> regex.Pattern[str]:
    """A column head: a role word of ``rules.columns`` (目標, 実績, 達成率 …), a fiscal year
    before it or not (``令和4年度目標``, ``R4実績``)."""
    words = sorted(
        (w for w, role in rules.columns.items() if role in _HEAD_ROLES and w),
        key=len, reverse=True,
    )
    year = rf"(?:(?:{era_alternation(rules)})\s*(?:\d{{1,2}}|元)(?:年度?)?|\d{{4}}年度?)?"
    return regex.compile(rf"{year}(?:{'|'.join(regex.escape(w) for w in words)})")


def _parted_heads(cell: Cell, count: int, rules: Rules) -> list[Cell] | None:
    """A header cell that is ``count`` column heads glued together (one ideographic space
    between them, removed as letter-spacing: ``令和4年度目標令和4年度実績達成率``; decision
    3199), cut into those heads; else None."""
    pieces: list[Cell] = []
    at = 0
    text = cell.text
    pattern = _head_word(rules)
    while at < len(text):
        if text[at] == " ":  # (a single space normalisation kept: ``R3目標 R3実績``)
            at += 1
            continue
        found = pattern.match(text, at)
        if found is None or found.end() == at:
            return None
        pieces.append(Cell(found.group(), cell.start + at, cell.start + found.end()))
        at = found.end()
    return pieces if len(pieces) == count else None


def _mended_head(rows: Sequence[Row], rules: Rules) -> list[Row]:
    """``rows`` with a header row narrower than the rows under it mended where one cell
    holds the missing column heads glued together."""
    width = max(len(row.cells) for row in rows[1:])
    head = rows[0]
    missing = width - len(head.cells)
    if missing <= 0:
        return list(rows)
    for at, cell in enumerate(head.cells):
        parted = _parted_heads(cell, missing + 1, rules) if len(cell.text) >= 4 else None
        if parted is not None:
            cells = (*head.cells[:at], *parted, *head.cells[at + 1 :])
            return [attrs.evolve(head, cells=cells), *rows[1:]]
    return list(rows)


def with_parted_cells(rows: Sequence[Row], rules: Rules = DEFAULT_RULES) -> list[Row]:
    """``rows`` with each row narrower than the first (the header) mended where one of its
    figure cells holds the missing cells (see the module), and a header narrower than its
    rows where one of its cells holds the missing heads."""
    if len(rows) < 2:
        return list(rows)
    rows = _mended_head(rows, rules)
    width = len(rows[0].cells)
    out = [rows[0]]
    for row in rows[1:]:
        missing = width - len(row.cells)
        if missing <= 0 or not any(" " in cell.text for cell in row.cells[1:]):
            out.append(row)
            continue
        for at in range(1, len(row.cells)):
            parted = _parted(row.cells[at], missing + 1, rules)
            if parted is not None:
                cells = (*row.cells[:at], *parted, *row.cells[at + 1 :])
                row = attrs.evolve(row, cells=cells)
                break
        out.append(row)
    return out


__all__ = ["with_parted_cells"]
