"""A horizontal facts table: a row of field names (``rules.field_labels``) over ONE row of
values, read column by column (``corpus/README.md`` decision 707)::

    実施自治体　　連携労働局・ハローワーク　　窓口の名称（種別）　　開始日
    静岡県沼津市　静岡労働局・ハローワーク沼津　ぬまづ窓口（常設窓口）　令和2年4月1日

The header row's cells are parted by two or more spaces; the value row's cells by any
space (values hold none), or else by the columns where the header's cells start.
Offsets are into the normalised text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex
from attrs import frozen

from jirei.commentforms import Gap
from jirei.fields import FieldLine
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import label_form

_WIDE = regex.compile(r"\S+(?:\s\S+)*")  # cells parted by 2+ spaces
_SINGLE = regex.compile(r"\S+")


@frozen
class FactsRow:
    """The fields of a facts table and the lines it leaves (neither of its two rows)."""

    fields: tuple[FieldLine, ...]
    rest: tuple[Line, ...]


def _labels(line: Line, rules: Rules) -> list[tuple[str, str, int]] | None:
    """(kind, label, column) of each cell of a header row of field names, else None."""
    cells = [(m.group(), m.start()) for m in _WIDE.finditer(line.text)]
    if len(cells) < 2:
        return None
    found = []
    for text, at in cells:
        kind = rules.field_labels.get(label_form(text))
        if kind is None:
            return None
        found.append((kind, label_form(text), at))
    return found


def _values(
    line: Line, columns: Sequence[int], gap: Gap | None = None
) -> list[tuple[str, int]] | None:
    """The value cells of ``line``, one per column, else None. ``gap`` tells where
    normalisation removed a space (two values joined), which parts them too."""
    cells = [(m.group(), m.start()) for m in _SINGLE.finditer(line.text)]
    if len(cells) < len(columns) and gap is not None:
        cells = [piece for cell in cells for piece in _parted(cell, line.start, gap)]
    if len(cells) == len(columns):
        return cells
    cut = [*columns[1:], len(line.text)]
    out = []
    for start, end in zip(columns, cut, strict=True):
        piece = line.text[start:end]
        if not piece.strip() or (start > 0 and not line.text[start - 1].isspace()):
            return None
        lead = len(piece) - len(piece.lstrip())
        out.append((piece.strip(), start + lead))
    return out


def _parted(cell: tuple[str, int], offset: int, gap: Gap) -> list[tuple[str, int]]:
    """``cell`` cut where normalisation removed a space inside it."""
    text, at = cell
    cuts = [0]
    for number in range(1, len(text)):
        if gap(offset + at + number - 1, offset + at + number + 1):
            cuts.append(number)
    cuts.append(len(text))
    return [(text[a:b], at + a) for a, b in itertools.pairwise(cuts)]


def read_facts_row(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES, gap: Gap | None = None
) -> FactsRow | None:
    """The fields of the first facts table among ``lines``, else None; ``gap`` as in
    ``jirei.commentforms.Gap``."""
    for number, line in enumerate(lines[:-1]):
        labels = _labels(line, rules)
        if labels is None:
            continue
        value_line = lines[number + 1]
        values = _values(value_line, [at for _, _, at in labels], gap)
        if values is None:
            return None
        fields = tuple(
            FieldLine(kind, label, text, value_line.start + at, value_line.start + at + len(text))
            for (kind, label, _), (text, at) in zip(labels, values, strict=True)
        )
        rest = (*lines[:number], *lines[number + 2 :])
        return FactsRow(fields, rest)
    return None


__all__ = ["FactsRow", "read_facts_row"]
