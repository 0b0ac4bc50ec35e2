"""A grouped table whose cells came out one per line, its group cell merged over rows
(decision 1888)::

    対象者 / 項目 / 目標 / 実績
    生活保護受給者 / 支援対象者数 / 300人 / 327人
    就職者数 / 180人 / 194人              ← the group cell spans both rows
    児童扶養手当受給者 / 支援対象者数 / …

The header is a group (or label) column word, a label column word, then figure column
words. Each row is either every column's cell, or one cell fewer: the row continues the
group above, and its rebuilt row gets an empty group cell (read as the merged cell it was).
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Cell, Line
from jirei.rules import Rules


def grouped_rows(run: Sequence[Cell], rules: Rules) -> tuple[list[Line], int] | None:
    """The rows (header first) of a grouped one-cell-per-line table at the top of ``run``,
    and how many cells they use; None when ``run`` opens no such table."""
    from jirei.cellruns import _column_kind, _fits, row_of

    width = 0
    while width < len(run) and _column_kind(run[width], rules) is not None:
        width += 1
    if width < 3:
        return None
    heads = [_column_kind(c, rules) for c in run[:width]]
    if heads[:2] != ["label", "label"] or any(h != "figure-column" for h in heads[2:]):
        return None
    rows: list[Line] = [row_of(run[:width])]
    at = width
    grouped = 0
    while at < len(run):
        full = run[at : at + width]
        if len(full) == width and all(
            _fits([c], head, rules) for c, head in zip(full, heads, strict=True)
        ):
            rows.append(row_of(full))
            at += width
            grouped += 1
            continue
        part = run[at : at + width - 1]
        if (
            grouped
            and len(part) == width - 1
            and all(_fits([c], head, rules) for c, head in zip(part, heads[1:], strict=True))
        ):
            rows.append(row_of([Cell("", part[0].start, part[0].start), *part]))
            at += width - 1
            continue
        break
    if grouped < 1 or len(rows) < 3:
        return None
    return rows, at


__all__ = ["grouped_rows"]
