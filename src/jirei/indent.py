"""A block's common indentation: layout, not a leading empty table cell.

A memo or slide indents a section's body under its heading (``▷ 結果`` and, two spaces
in, the result lines). Two leading spaces are also how a space-aligned table row starts
with an empty cell (a header row ``  29年度目標  29年度実績``), so a block whose every
line is indented by the same spaces has that indent removed before its lines are read
as a table: what is indented further (an empty first cell) stays indented.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Line


def common_indent(lines: Sequence[Line]) -> int:
    """How many leading spaces (``" "`` only, not tabs) every non-blank line shares."""
    smallest: int | None = None
    for line in lines:
        text = line.text
        if not text or text.isspace():  # ``line.blank``
            continue
        if text[0] != " ":
            return 0  # (no need to look further)
        width = len(text) - len(text.lstrip(" "))
        if smallest is None or width < smallest:
            smallest = width
    return smallest or 0


def dedent(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` without their common leading spaces; offsets move with the text, so
    every span still points at the same characters. Blank lines are kept as they are."""
    cut = common_indent(lines)
    if cut == 0:
        return tuple(lines)
    return tuple(
        line if line.blank else Line(line.text[cut:], line.start + cut) for line in lines
    )


__all__ = ["common_indent", "dedent"]
