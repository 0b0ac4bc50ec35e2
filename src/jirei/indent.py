"""A block's common indentation: layout, not a leading empty table cell.

A memo or slide indents a section's body under its heading (``▷ 結果`` and, two spaces
in, the result lines). Two leading spaces are also how a space-aligned table row starts
with an empty cell (a header row ``  29年度目標  29年度実績``), so a block whose every
line is indented by the same spaces has that indent removed before its lines are read
as a table: what is indented further (an empty first cell) stays indented.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

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
        line if line.blank else _cut(line, cut) for line in lines
    )


def _cut(line: Line, cut: int) -> Line:
    """``line`` without its first ``cut`` characters; a row rebuilt from several lines
    (``parts``: ``jirei.cellruns.CellRow``) keeps its cells, less an empty one in the cut."""
    parts = getattr(line, "parts", None) if line.__class__ is not Line else None
    if not parts:
        return Line(line.text[cut:], line.start + cut)
    kept = tuple(part for part in parts if part.text or part.start >= line.start + cut)
    return evolve(line, text=line.text[cut:], start=line.start + cut, parts=kept)


def dedent_blocks(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` dedented as a whole, then each run of two or more lines between blank lines
    that still shares an indent dedented on its own: a table indented under its heading
    keeps no empty first cell when a page's footer at the margin follows it in the same
    section (decision 1835). A lone indented line (a header row over a blank line, its first
    cell empty) stays as it is."""
    lines = dedent(lines)
    if not any(line.text[:2] == "  " for line in lines):
        return lines  # (no line indented by two spaces or more: nothing a block could cut)
    out: list[Line] = []
    block: list[Line] = []
    for line in (*lines, Line("", -1)):
        if not line.blank:
            block.append(line)
            continue
        out.extend(dedent(block) if len(block) > 1 else block)
        block = []
        if line.start >= 0:
            out.append(line)
    return tuple(out)


__all__ = ["common_indent", "dedent", "dedent_blocks"]
