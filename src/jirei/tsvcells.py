"""Cells holding line breaks in a sheet saved as tab-delimited text (decision 2181)::

    1<TAB>郡山市<TAB>"①市の生活支援課と同じフロアに窓口を設置
    ②ケース会議を月2回開催"<TAB>300<TAB>312

A spreadsheet saved as text with tabs (Excel's ``テキスト (タブ区切り)``) quotes a cell holding
a line break, as CSV does. A double quote opening a cell (at a line start or after a tab)
whose closing quote ends the cell (a tab, a line end or the text's end after it), with one
to ``_MAX_LINES`` line breaks between them and no tab, is one cell: its quotes and the line
breaks inside it become spaces (``""`` inside it stands for one quote: the second becomes a
space), so the record is one tab row again. Every offset stays where it was.
"""

from __future__ import annotations

import regex

#: the most line breaks one cell may hold (a cell of a few lines, not a runaway quote)
_MAX_LINES = 30
#: a quote opening a cell of a tab row
_OPENING = regex.compile(r'(?:(?<=\t)|(?<=\n)|^)"', regex.MULTILINE)


def untangle_tab_cells(text: str) -> str:
    """``text`` with each quoted tab cell holding line breaks on one line (see the module)."""
    if '"' not in text or "\t" not in text:  # whole-text precheck
        return text
    chars: list[str] | None = None
    position = 0
    length = len(text)
    while True:
        match = _OPENING.search(text, position)
        if match is None:
            break
        start = match.start()
        close = _closing(text, start + 1)
        if close is None:
            position = start + 1
            continue
        inner = text[start + 1 : close]
        breaks = inner.count("\n")
        if not 1 <= breaks <= _MAX_LINES or "\t" in inner or not _in_tab_row(text, start, close):
            position = start + 1
            continue
        if chars is None:
            chars = list(text)
        chars[start] = chars[close] = " "
        at = start + 1
        while at < close:
            if text[at] == "\n":
                chars[at] = " "
            elif text.startswith('""', at):
                chars[at + 1] = " "
                at += 1
            at += 1
        position = close + 1
        if position >= length:
            break
    return text if chars is None else "".join(chars)


#: a tab row whose only non-empty cell is its first, two empty cells or more after it
#: (a spreadsheet's title or note row saved as text: ``令和4年度 事例一覧<TAB><TAB>…``), or a
#: row of empty cells only
_PADDED = regex.compile(r"^(?:[^\t\n]*\S[^\t\n]*)?(?:\t[ \u3000]*){2,}$", regex.MULTILINE)


def untangle_padded_rows(text: str) -> str:
    """``text`` with each tab row holding one non-empty cell, its first, as that text alone,
    and each row of empty tab cells blank (its tabs become spaces; decision 3579), as a CSV
    record with one non-empty cell is read (decision 1102)."""
    if "\t\t" not in text:  # whole-text precheck
        return text
    return _PADDED.sub(lambda match: match.group().replace("\t", " "), text)


def _closing(text: str, position: int) -> int | None:
    """Where the quote closing a cell opened before ``position`` stands, when a tab, a line
    end or the text's end follows it; else None."""
    while True:
        close = text.find('"', position)
        if close < 0:
            return None
        if text.startswith('""', close):
            position = close + 2
            continue
        after = text[close + 1 : close + 2]
        return close if after in ("", "\t", "\n", "\r") else None


def _in_tab_row(text: str, start: int, close: int) -> bool:
    """Whether the cell opened at ``start`` and closed at ``close`` stands in a tab row: a
    tab before it on its line, or one right after it."""
    line_start = text.rfind("\n", 0, start) + 1
    return "\t" in text[line_start:start] or text[close + 1 : close + 2] == "\t"


__all__ = ["untangle_padded_rows", "untangle_tab_cells"]
