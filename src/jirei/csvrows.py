"""CSV export rows (``corpus/README.md`` decisions 81–83): a line of double-quoted cells
separated by commas (``"自治体","秋田県大館市",""``) is read as a pipe row.

The text keeps its length, so every offset stays where it was: the outer quotes of the
row become ``|``, each comma between cells ``|`` and the quotes beside it spaces, and
empty cells closing the row spaces (no cells of their own). A row left with one cell
(``"事例1","",""``) is that text alone on its line (a case label, decision 81).
"""

from __future__ import annotations

import regex

#: a whole line of two or more double-quoted cells (no quote inside a cell)
_ROW = regex.compile(r'^[ \t]*"[^"\n]*"(?:[ \t]*,[ \t]*"[^"\n]*")+[ \t]*$', regex.MULTILINE)
_SEPARATOR = regex.compile(r'"([ \t]*),([ \t]*)"')
#: empty cells closing a row
_TRAILING = regex.compile(r'(?:[ \t]*,[ \t]*"")+[ \t]*$')


def untangle_csv(text: str) -> str:
    """``text`` with each CSV row turned into a pipe row of the same length."""
    if '"' not in text:
        return text
    return _ROW.sub(_pipe_row, text)


def _pipe_row(match: regex.Match[str]) -> str:
    row = match.group()
    trailing = _TRAILING.search(row)
    tail = ""
    if trailing is not None:
        row, tail = row[: trailing.start()], " " * (trailing.end() - trailing.start())
    if _SEPARATOR.search(row) is None:  # one cell left: its text alone
        return row.replace('"', " ") + tail
    row = _SEPARATOR.sub(lambda m: f" {m.group(1)}|{m.group(2)} ", row)
    return row.replace('"', "|") + tail


__all__ = ["untangle_csv"]
