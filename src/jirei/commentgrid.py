"""A comments grid printed from a spreadsheet, its cells aligned by spaces (decision 1790)::

     所属                          コメント
     北九州市保健福祉局            市の東西どちらに住む方にも同じ支援ができる
     保護課                        ようになった。
     福岡労働局職業安定部          求人の情報を一つの窓口で紹介できている。
     職業対策課

Under a header row naming the speaker column and the text column (words of
``rules.comment_columns``: ``所属 / コメント``, ``発言者 / コメント内容``), each line's cells
fall in a column by where they stand on the printed line (a wide character takes two places,
as the printer laid them out). A cell wraps within its column: a line whose speaker cell
follows a text that closed no sentence, or that holds a speaker cell alone, goes on with the
row above (``北九州市保健福祉局`` + ``保護課``); a speaker cell under a text that closed a
sentence opens the next row. The grid ends at the first blank line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import regex

from jirei.commentheads import is_column_header
from jirei.comments import CommentParts, role_of
from jirei.items import Item, join_lines
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules

#: a cell: a run of text with no two spaces in a row
_CELL = regex.compile(r"\S+(?: \S+)*")
#: how a text cell that closed its sentence ends
_CLOSED = ("。", "」", "』", "!", "?", "！", "？")


def _cells(text: str) -> list[tuple[int, int, int, str]]:
    """The cells of a line: (display column, start, end, text) each."""
    out = []
    column = 0
    position = 0
    for match in _CELL.finditer(text):
        column += _width(text[position : match.start()])
        out.append((column, match.start(), match.end(), match.group()))
        column += _width(match.group())
        position = match.end()
    return out


def _width(text: str) -> int:
    """How many places ``text`` takes on a printed line (wide characters two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


class _Row:
    def __init__(self) -> None:
        self.speaker: list[tuple[int, int, str]] = []
        self.text: list[tuple[int, int, str]] = []

    def parts(self, rules: Rules) -> CommentParts:
        speaker = "".join(cell[2] for cell in self.speaker).replace(" ", "")
        text = join_lines([cell[2] for cell in self.text])
        start = self.text[0][0] if self.text else self.speaker[-1][1]
        end = self.text[-1][1] if self.text else start
        s_start, s_end = self.speaker[0][0], self.speaker[-1][1]
        return CommentParts(speaker, s_start, s_end, role_of(speaker, rules), text, start, end)


def _runs_on(row: _Row) -> bool:
    """Whether a row's text runs on to the next line: its last text cell closed no sentence
    and filled its column (a long cell: wrapped, not a short text written without ``。``)."""
    if not row.text:
        return True
    last = row.text[-1][2]
    return not last.endswith(_CLOSED) and _width(last) >= _WRAPPED


#: how wide (in printed places) a text cell is at least when it wrapped
_WRAPPED = 30


def read_comment_grid(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> tuple[list[CommentParts], list[Item], int] | None:
    """The comments of a grid whose header row is the first filled line of ``lines``, the
    header row (kept), and the index of the line after the grid; None when the first filled
    line is no header row (two cells, a speaker and a text column word)."""
    first = next((n for n, line in enumerate(lines) if not line.blank), None)
    if first is None or "  " not in lines[first].text:
        return None
    head = _cells(lines[first].text)
    if len(head) != 2 or not is_column_header(head[0][3], head[1][3], rules):
        return None
    text_column = head[1][0]
    rows: list[_Row] = []
    end = len(lines)
    for number in range(first + 1, len(lines)):
        line = lines[number]
        if line.blank:
            end = number
            break
        speaker, text = [], []
        for column, start, stop, cell in _cells(line.text):
            (text if column >= text_column - 1 else speaker).append(
                (line.start + start, line.start + stop, cell)
            )
        row = rows[-1] if rows else None
        if speaker and (row is None or (text and not _runs_on(row))):
            row = _Row()
            rows.append(row)
        if row is None:  # a text cell before any speaker: no grid after all
            return None
        row.speaker.extend(speaker)
        row.text.extend(text)
    if not rows:
        return None
    header = lines[first]
    lead = len(header.text) - len(header.text.lstrip())
    stripped = header.text.strip()
    kept = Item(stripped, header.start + lead, header.start + lead + len(stripped))
    return [row.parts(rules) for row in rows], [kept], end


__all__ = ["read_comment_grid"]
