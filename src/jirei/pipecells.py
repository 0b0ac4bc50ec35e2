"""Markup inside markdown pipe-table cells, read as an HTML cell's (marker and docling write a
cell's line breaks and bold so: ``| 目標<br>（人） |``, ``| 171人<br>（達成率106.9％） |``,
``| **支援対象者数** | 300人 |``). A ``<br>`` wrapping one value is blanked (the value with
spaces, ``目標    （人）``); one parting items (a sentence closes before it, a bullet or an
enumerator opens the text after it) stays for the card readers, as in HTML tables (decisions
810, 1927). Bold marks (``**…**``, ``__…__``) wrapping a cell's text are blanked: emphasis is
no part of a label or a figure. The length never changes.
"""

from __future__ import annotations

import regex

from jirei.htmltables import parts_items

#: a line break tag
_BR = regex.compile(r"<br\s*/?>", regex.IGNORECASE)
#: a cell's text wrapped whole in bold marks
_BOLD = regex.compile(r"^(?P<pad>\s*)(?P<mark>\*\*|__)(?=\S)(?P<inner>.+?)(?<=\S)(?P=mark)\s*$")


def _unmark_row(line: str) -> str:
    chars = list(line)
    position = 0
    for cell in line.split("|"):
        if "<" in cell:
            for tag in _BR.finditer(cell):
                if not parts_items(cell, tag):
                    start = position + tag.start()
                    chars[start : position + tag.end()] = " " * (tag.end() - tag.start())
        if "**" in cell or "__" in cell:
            bold = _BOLD.match(cell)
            if bold is not None and "**" not in bold["inner"] and "__" not in bold["inner"]:
                for at in (bold.start("mark"), bold.end("inner")):
                    chars[position + at : position + at + 2] = "  "
        position += len(cell) + 1
    return "".join(chars)


def untangle_pipe_cells(text: str) -> str:
    """``text`` with the ``<br>`` tags wrapping one value and the bold marks wrapping a cell
    blanked in pipe-table rows."""
    if "<br" not in text and "<BR" not in text and "**" not in text and "__" not in text:
        return text  # whole-text precheck
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        if line.lstrip().startswith("|") and ("<" in line or "**" in line or "__" in line):
            unmarked = _unmark_row(line)
            if unmarked != line:
                lines[n] = unmarked
                changed = True
    return "\n".join(lines) if changed else text


__all__ = ["untangle_pipe_cells"]
