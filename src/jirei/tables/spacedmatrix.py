"""A group matrix (``jirei.tables.groupmatrix``) whose cells are parted by ONE space, as PDF
text extraction writes it (decision 2452)::

    区分 支援対象者数 就職者数
    生活保護受給者 ９８人 ６１人
    児童扶養手当受給者 ４２人 ３０人
    相談件数 約１，２００件

The header is a stub word (``rules.columns`` of role label or group: 区分, 対象) then two
known metric labels or more (``rules.metrics``), its pieces cut as ``jirei.spacedcells``
cuts them (also where normalisation removed the space between two kanji words). A row under
it may hold fewer figures than the header names metrics (the last row above: one metric of
its own, ``groupmatrix.stray_metric``); its missing cells are given empty. The rows
themselves are read by ``jirei.tables.spacedrows``.
"""

from __future__ import annotations

from jirei.lines import Cell, Line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.spacedcells import Gap, fewest_groups, pieces
from jirei.tables.cells import _SENTENCE_END, column_role, label_form
from jirei.tables.grid import LABEL_ROLES

#: the longest header line looked at
_MAX_HEADER = 80


def matrix_header(line: Line, gap: Gap | None, rules: Rules = DEFAULT_RULES) -> list[Cell] | None:
    """The cells of a single-space group matrix's header (a stub, then two metric labels or
    more), else None."""
    text = line.text
    if len(text) > _MAX_HEADER or _SENTENCE_END in text or not text.strip():
        return None

    def accept(group: str, first: bool) -> bool:
        if first:
            return column_role(group, rules) in LABEL_ROLES
        return label_form(group) in rules.metrics

    groups = fewest_groups(line, pieces(line, gap), accept)
    if groups is None or len(groups) < 3:
        return None
    return groups


def padded(cells: list[Cell], width: int) -> list[Cell]:
    """A matrix row's cells (a label, then its figures) with empty cells after its last
    figure up to ``width`` figure columns."""
    at = cells[-1].end
    return [*cells, *(Cell("", at, at) for _ in range(width + 1 - len(cells)))]


__all__ = ["matrix_header", "padded"]
