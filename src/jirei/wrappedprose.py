"""A results sentence wrapped over several lines, read as one line (decision 1965).

A scan's narrow column, a PDF's text box or a fixed-width page break a sentence wherever
the line is full, even inside a clause (``就職者数が目標72人に`` / ``対し75人（達成率104.2%）
となった。``). The readers of results written as prose read a line at a time, so such a
paragraph is given to them as one line: its lines joined without their newlines and the
continuation lines' indentation, with a ``Locate`` mapping every offset of the joined
text back to the character it came from.

A run is joined when its lines follow each other (no blank line), the first holds a
``、`` (a sentence under way) and does not end one, none is a table row (a tab, a pipe or
a run of spaces inside it) or opens with a bullet, number or footnote marker after the
first, and the last ends with ``。``; five lines at most.

A list of results wrapped inside a label is joined the same way (decision 3241): a line
whose last ``／``-piece holds no figure (``…／就職者``, a box's line full) runs on into the
next line (``数１６３人（目標…）／…``), the pieces joined with no space (``就職者数１６３人``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

from jirei.lines import Line, Locate
from jirei.model import Span

_MAX_LINES = 5
#: a list of results cut inside its last label: a ``/`` (``／`` after NFKC) and a short
#: piece holding no figure nor bracket after it, at the line's end
_LIST_TAIL = regex.compile(r"/\s*[^\d/()\s]{1,12}\s*$")
_BREAKS = regex.compile(r"\t|\||\S {2,}\S")
#: what opens an item line (a number's ``4.`` but not a decimal ``4.0％`` a wrap left at a
#: line's start: decision 2732)
_MARKER = regex.compile(r"^\s*(?:[・●○◎◇◆■□▪▫※*＊★☆\-‐ー]|\(?\d{1,2}[.)](?!\d)|[①-⑳]|\(注\))")


def _plain(line: Line) -> bool:
    text = line.text.strip()
    return bool(text) and _BREAKS.search(text) is None


def join_wrapped(lines: Sequence[Line], locate: Locate) -> tuple[list[Line], Locate] | None:
    """``lines`` with each wrapped results sentence as one line, and the ``Locate`` for the
    result's offsets; None when no sentence is wrapped (the cheap common case)."""
    if not any(
        not line.text.rstrip().endswith("。")
        and ("、" in line.text or _LIST_TAIL.search(line.text) is not None)
        for line in lines
    ):
        return None
    out: list[Line] = []
    # (joined offset where a piece starts, its shift to the normalised offset)
    starts: list[int] = []
    shifts: list[int] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        run = _run(lines, index)
        if run <= index:
            out.append(line)
            index += 1
            continue
        text = line.text.rstrip()
        for follower in lines[index + 1 : run + 1]:
            body = follower.text.strip()
            indent = len(follower.text) - len(follower.text.lstrip())
            at = line.start + len(text)
            starts.append(at)
            shifts.append(follower.start + indent - at)
            text += body
        starts.append(line.start + len(text))  # the pieces' zone ends here
        shifts.append(0)
        out.append(Line(text, line.start))
        index = run + 1
    if not starts:
        return None

    def mapped(start: int, end: int) -> Span:
        def real(offset: int, closing: bool) -> int:
            probe = offset - 1 if closing and offset > 0 else offset
            piece = bisect_right(starts, probe) - 1
            return offset + (shifts[piece] if piece >= 0 else 0)

        return locate(real(start, False), real(end, True))

    return out, mapped


def _run(lines: Sequence[Line], first: int) -> int:
    """The index of the last line of the wrapped sentence starting at ``lines[first]``
    (``first`` itself when there is none)."""
    line = lines[first]
    text = line.text.rstrip()
    if _LIST_TAIL.search(text) is not None and _plain(line):
        return _list_run(lines, first)
    if text.endswith("。") or "、" not in text or not _plain(line):
        return first
    previous = line
    for index in range(first + 1, min(first + _MAX_LINES, len(lines))):
        follower = lines[index]
        if follower.start != previous.end + 1 or not _plain(follower):
            return first
        if _MARKER.match(follower.text):
            return first
        if follower.text.rstrip().endswith("。"):
            return index
        previous = follower
    return first


def _list_run(lines: Sequence[Line], first: int) -> int:
    """The index of the last line of a results list wrapped inside a label from
    ``lines[first]`` on (``first`` when the next line does not go on with a figure)."""
    previous = lines[first]
    for index in range(first + 1, min(first + _MAX_LINES, len(lines))):
        follower = lines[index]
        if follower.start != previous.end + 1 or not _plain(follower):
            return index - 1
        if _MARKER.match(follower.text) or _FIGURE_HEAD.match(follower.text) is None:
            return index - 1
        if _LIST_TAIL.search(follower.text.rstrip()) is None:
            return index
        previous = follower
    return first


#: a wrapped label's tail and its figure opening the next line (``数163人``, ``件 1,205件``)
_FIGURE_HEAD = regex.compile(r"^\s*[^\d/()\s]{0,6}\s*\d")


__all__ = ["join_wrapped"]
