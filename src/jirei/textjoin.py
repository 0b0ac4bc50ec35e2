"""A comment's text wrapped over several lines, its speaker in brackets at the end of the
last one, read as one line (decision 1225), so the one-line forms ``◎ text。（speaker）``
and ``text。（speaker）`` read it whole::

    〇 開設から二年で、ケースワーカーが就労支援を提案する場面が
    　 確実に増えた。（南国市福祉事務所）

A text closes at a sentence or quotation end; lines are joined from one that opens a text
(the first of its block, or after a line that closed one) up to the line that closes with
the speaker bracket, when no line between closes a text itself. As in
``jirei.quotejoin`` the joined line holds the lines' texts with a space where each newline
stood, so every offset into it is still an offset into the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from jirei.lines import Line

#: most lines one text is joined over
_MOST = 5
#: a line closing a text with its speaker: ``…増えた。（南国市福祉事務所）``
_CLOSED_BY_SPEAKER = regex.compile(r"[。!?」』]\s*\([^()。、\s]{2,30}\)\s*$")
#: a line that closes a text (or is a bracketed line of its own)
_CLOSES = regex.compile(r"[。!?」』)]\s*$")


def join_wrapped_texts(
    lines: Sequence[Line], names_speaker: Callable[[str], bool] = lambda _text: False
) -> list[Line]:
    """``lines`` with each text wrapped over consecutive lines up to a line that closes it
    with a bracketed speaker joined into one line; a line ``names_speaker`` says is a
    speaker line opens no text."""
    if not any(")" in line.text for line in lines):
        return list(lines)
    out: list[Line] = []
    number = 0
    opened = True  # whether the next non-blank line opens a text
    while number < len(lines):
        line = lines[number]
        if line.blank:
            out.append(line)
            opened = True
            number += 1
            continue
        last = _closing(lines, number) if opened and not names_speaker(line.text) else None
        if last is None:
            out.append(line)
            opened = _CLOSES.search(line.text) is not None
            number += 1
            continue
        text = " ".join(lines[k].text for k in range(number, last + 1))
        out.append(Line(text, line.start))
        opened = True
        number = last + 1
    return out


def _closing(lines: Sequence[Line], number: int) -> int | None:
    """The index of the line closing, with its speaker, a text opened at ``lines[number]``
    and wrapped (no line between closing a text), else None."""
    if _CLOSES.search(lines[number].text) is not None:
        return None  # closed on its own line
    for last in range(number + 1, min(len(lines), number + _MOST)):
        below = lines[last]
        if below.blank or below.start != lines[last - 1].end + 1:
            return None
        if _CLOSED_BY_SPEAKER.search(below.text) is not None:
            return last
        if _CLOSES.search(below.text) is not None:
            return None
    return None


#: longest column line of a vertical-writing box, and fewest such lines in a run
_COLUMN = 5
_COLUMNS = 4


def join_columns(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each run of at least four consecutive short lines (at most five
    characters each: a vertical-writing box extracted one column a line, decision 1225)
    joined into one line when the run ends with a speaker bracket cut over its columns
    (``（高松`` / ``市生活`` / ``福祉課）``); column lines without one are read line by line
    (joined as wrapped lines)."""
    if sum(1 for line in lines if 0 < len(line.stripped) <= _COLUMN) < _COLUMNS:
        return list(lines)
    out: list[Line] = []
    number = 0
    while number < len(lines):
        last = number
        while (
            last < len(lines)
            and 0 < len(lines[last].stripped) <= _COLUMN
            and (last == number or lines[last].start == lines[last - 1].end + 1)
        ):
            last += 1
        text = " ".join(lines[k].text for k in range(number, last))
        if last - number >= _COLUMNS and text.rstrip().endswith(")") and "(" in text:
            out.append(Line(text, lines[number].start))
            number = last
        else:
            out.append(lines[number])
            number += 1
    return out


__all__ = ["join_columns", "join_wrapped_texts"]
