"""The lines of a text that hold a match of a pattern, found by searching the whole text.

A layout rewriter looks at a few lines of a document (those holding a ``【``, a leader, a
Latin word …); testing every line in Python costs a call or more per line. Searching the
whole text for a *trigger* (a pattern every line the rewriter may change holds) finds the
same lines with one engine call per such line, so a document pays for the lines its
layouts have, not for all of its lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import regex


def hit_lines(text: str, trigger: regex.Pattern[str]) -> Iterator[tuple[int, int, int]]:
    """``(index, start, end)`` of each line of ``text`` (split at ``\\n``) holding a match
    of ``trigger`` (where a match starts), in order, each line once. ``index`` counts the
    lines of ``text.split("\\n")``; ``[start, end)`` is the line without its newline."""
    index = 0
    counted = 0  # the offset up to which the newlines are counted in ``index``
    position = 0
    size = len(text)
    search = trigger.search
    while position <= size:
        match = search(text, position)
        if match is None:
            return
        at = match.start()
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = size
        index += text.count("\n", counted, start)
        counted = start
        yield index, start, end
        position = end + 1


def newline_hit_lines(
    text: str, trigger: regex.Pattern[str] | re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` (split at ``\\n``) at whose start a
    match of ``trigger`` opens, ``trigger`` opening with the newline before the line (the
    first line is tried after a newline put in front of it). For a ``^``-anchored
    multiline trigger, written ``\\n…`` instead: the engine skips from newline to
    newline, where it tries ``^`` at every character."""
    size = len(text)
    end = text.find("\n")
    end = size if end < 0 else end
    if trigger.match("\n" + text[:end]) is not None:
        yield 0, end
    search = trigger.search
    position = 0
    while (match := search(text, position)) is not None:
        start = match.start() + 1
        end = text.find("\n", start)
        end = size if end < 0 else end
        yield start, end
        position = end


def rewrite_stretches(
    text: str, stretches: Iterable[tuple[int, int]], rewrite: Callable[[str], str]
) -> str:
    """``text`` with each ``[start, end)`` stretch (in order, not overlapping) replaced by
    ``rewrite`` of it; ``text`` itself when no stretch changes."""
    pieces: list[str] = []
    done = 0
    for start, end in stretches:
        old = text[start:end]
        new = rewrite(old)
        if new != old:
            pieces += (text[done:start], new)
            done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def sub_on_lines(
    text: str,
    trigger: regex.Pattern[str],
    pattern: regex.Pattern[str],
    repl: Callable[[regex.Match[str]], str],
) -> str:
    """``pattern.sub(repl, text)`` for a ``pattern`` whose every match stands within one
    line holding a match of ``trigger``: only those lines are rewritten."""
    return rewrite_stretches(
        text,
        ((start, end) for _index, start, end in hit_lines(text, trigger)),
        lambda line: pattern.sub(repl, line),
    )


def space_line_breaks(text: str, lines: list[str], joins: Iterable[int]) -> str:
    """``text`` (whose ``split("\\n")`` is ``lines``) with the line break after each line
    index in ``joins`` replaced by a space: the same length, every offset kept."""
    out = list(text)
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    for n in joins:
        out[offsets[n + 1] - 1] = " "
    return "".join(out)


__all__ = [
    "hit_lines",
    "newline_hit_lines",
    "rewrite_stretches",
    "space_line_breaks",
    "sub_on_lines",
]
