"""Markdown block quotes and line blocks read as the lines they hold (decision 2214).

- The ``>`` marks opening a line (``> **＜旭川市コメント＞**``, ``>`` alone, nested ``> >``),
  each with the space after it, are blanked, so a comment written as a block quote under its
  bold heading reads as a comment heading and its text, and a lone ``>`` is the blank line
  parting its paragraphs. A quote whose text opens with a quotation mark (``> 「…」`` closed by
  ``> ― speaker`` or ``> （speaker）``) keeps its marks: the attributed-quote readers read it
  (decision 705).
- A pandoc line block (``| 令和6年7月`` lines: a paragraph with hard line breaks), a run of
  lines opening with ``| `` and holding no other bar, loses its bars.

Only a Markdown document's quotes are read so (one holding a ``#`` heading or ``**`` bold):
a mail's quoted thread (``> From: …``) keeps its marks for the mail readers. The length of the
text never changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: a block quote's marks opening a line (up to three spaces before them)
_MARKS = re.compile(r"^[ ]{0,3}(?:>[ \t]?)+(?=\S|$)", re.MULTILINE)
#: what tells a Markdown document: a ``#`` heading or a bold phrase
_MARKDOWN = re.compile(r"^#{1,6}[ \t]+\S|\*\*[^\s*]|__[^\s_]", re.MULTILINE)
#: a line block's line: a bar and a space opening it, no other bar on it
_LINE_BLOCK = re.compile(r"^\|[ ](?=[^|\n]*\S[^|\n]*$)", re.MULTILINE)
#: any line block's line (the precheck before reading lines)
_ANY_LINE_BLOCK = re.compile(r"^\| [^|\n]*\S[^|\n]*$", re.MULTILINE)
#: quotation marks a quoted remark opens with
_QUOTATION = ("「", "『", "“", '"')


def is_markdown(text: str) -> bool:
    """Whether ``text`` is a Markdown document: it holds a ``#`` heading or a bold phrase."""
    if text is _LAST[0]:
        return _LAST[1]  # (asked again by the next stage of the same text)
    if "# " not in text and "#\t" not in text and "**" not in text and "__" not in text:
        found = False  # (the cheap test first)
    else:
        found = _MARKDOWN.search(text) is not None
    _LAST[:] = [text, found]
    return found


#: the text last asked about and the answer
_LAST: list[object] = [None, False]


def untangle_block_quotes(text: str) -> str:
    """``text`` with the ``>`` marks of its block quotes and the bars of its line blocks
    blanked (same length)."""
    if not is_markdown(text):  # whole-text prechecks (asked once per text, jirei.mdlists)
        return text
    quotes = text.startswith(">") or "\n>" in text or "\n >" in text
    blocks = text.startswith("| ") or "\n| " in text
    if not (quotes or blocks):
        return text
    blocks = blocks and _ANY_LINE_BLOCK.search(text) is not None
    if quotes:
        text = _quotes(text)
    if blocks:
        text = _line_blocks(text)
    return text


# (the stdlib engine: these ASCII scans run over every Markdown document, decision 2214)


def _runs(lines: list[str], marks: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each run of consecutive lines that ``marks`` matches."""
    n = 0
    while n < len(lines):
        if marks.match(lines[n]) is None:
            n += 1
            continue
        end = n
        while end < len(lines) and marks.match(lines[end]) is not None:
            end += 1
        yield n, end
        n = end


def _quotes(text: str) -> str:
    lines = text.split("\n")
    out = list(lines)
    for n, end in _runs(lines, _MARKS):
        run = [(_MARKS.match(line), line) for line in lines[n:end]]
        first = next((line[m.end() :] for m, line in run if m and line[m.end() :].strip()), "")
        alone = end - n == 1 and not first
        if not first.lstrip().startswith(_QUOTATION) and not alone:
            out[n:end] = [" " * m.end() + line[m.end() :] for m, line in run if m]
    return "\n".join(out)


def _line_blocks(text: str) -> str:
    lines = text.split("\n")
    out = list(lines)
    for n, end in _runs(lines, _LINE_BLOCK):
        after = lines[end] if end < len(lines) else ""
        if not after.lstrip().startswith(("|", "+")):  # (no table's row under it)
            out[n:end] = ["  " + line[2:] for line in lines[n:end]]
    return "\n".join(out)


__all__ = ["is_markdown", "untangle_block_quotes"]
