"""A wide table printed in two blocks (decision 1144)::

    区分          目標     実績
    支援対象者数  300人    327人
    就職者数      195人    214人

    （表の続き）
    区分          達成率   前年度実績
    支援対象者数  109.0％  298人
    就職者数      109.7％  181人

The second block, under a caption of ``rules.continued_captions`` and a header whose first
cell is the first block's, continues the first one's rows: each of its rows is joined, by
label, to the row of the first block with that label. The cells keep their own offsets.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import label_form
from jirei.tables.grid import Row, Run, find_run, rows_of


@frozen
class Joined:
    """The rows of both blocks joined, the caption line's index and where the table ends."""

    rows: tuple[Row, ...]
    caption: int
    end: int


def join_continued(
    lines: Sequence[Line], run: Run, rows: Sequence[Row], rules: Rules = DEFAULT_RULES
) -> Joined | None:
    """The rows of the table at ``run`` joined with a continuation block after it, else
    None."""
    captions = rules.continued_captions
    index = run.end
    while index < len(lines) and lines[index].blank:
        index += 1
    if not captions or index >= len(lines) or lines[index].stripped not in captions:
        return None  # (cheap precheck: no continuation caption under the table)
    caption = index
    rest = lines[caption + 1 :]
    second = find_run(rest, rules)
    if second is None or second.captions or len(rows) < 2:
        return None
    more = rows_of(rest, second)
    if len(more) < 2 or not more[0].cells or not rows[0].cells:
        return None
    if label_form(more[0].cells[0].text) != label_form(rows[0].cells[0].text):
        return None  # not the same table: its header does not open as the first one's
    by_label = {label_form(row.cells[0].text): row for row in more[1:] if row.cells}
    joined = [Row(rows[0].index, rows[0].line, (*rows[0].cells, *more[0].cells[1:]))]
    for row in rows[1:]:
        other = by_label.pop(label_form(row.cells[0].text), None) if row.cells else None
        if other is None:
            joined.append(row)
            continue
        joined.append(Row(row.index, row.line, (*row.cells, *other.cells[1:])))
    if by_label:
        return None  # a row of the second block matches none of the first: not joined
    return Joined(tuple(joined), caption, caption + 1 + second.end)


__all__ = ["Joined", "join_continued"]
