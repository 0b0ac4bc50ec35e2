"""A comment written on one line — speaker, keyword, then the words (``金沢市のコメント：…``) —
whose sentence a PDF export wraps over the lines under it (decision 3357)::

    金沢市のコメント：庁舎内に窓口があることで、…相談から支援開始までの期間が
    短縮された。

The line alone is no comment line (the comment forms want the words to close a sentence);
joined to the lines carrying its sentence on, up to the first that closes it, it is. The
speaker stands on the first line, so its offsets are the first line's; the words run on into
the lines under it, which the comment reader joins as any wrapped paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Line

#: how a voice's sentence closes (a line ending so is not wrapped)
CLOSED = ("。", "」", "』", "！", "？", "!", "?", ")", "）")
#: the most lines under the first a wrapped voice is read over
MOST_WRAPS = 3


def wrapped_text(first: str, below: Sequence[str]) -> str | None:
    """``first`` joined to the lines of ``below`` that carry its unclosed sentence on, up to
    the first line closing it (blank lines and lines past ``MOST_WRAPS`` end the search);
    None when ``first`` closes its sentence or no line below closes it."""
    joined = first.strip()
    if not joined or joined.endswith(CLOSED):
        return None
    for text in below[:MOST_WRAPS]:
        piece = text.strip()
        if not piece:
            return None
        joined += piece
        if piece.endswith(CLOSED):
            return joined
    return None


def wrapped_heading(heading: Line, body: Sequence[Line]) -> Line | None:
    """The comment heading ``heading`` joined to the first lines of ``body`` wrapping its
    sentence (see ``wrapped_text``), at the heading's offset; None when it is not wrapped.
    Offsets past the heading's own text are no offsets into the document: use the joined
    line only for what stands on the heading's line (its speaker, where its words start)."""
    joined = wrapped_text(heading.text, [line.text for line in body])
    if joined is None:
        return None
    lead = len(heading.text) - len(heading.text.lstrip())
    return Line(joined, heading.start + lead)


__all__ = ["CLOSED", "MOST_WRAPS", "wrapped_heading", "wrapped_text"]
