"""Cells parted by ONE space, as PDF text extraction (pdftotext, copy-paste) writes table
and facts rows (``corpus/README.md`` decisions 800–809)::

    区分 目標 実績 達成率                       (an ASCII space, or one U+3000)
    就職者数 （うち紹介就職） ６０人 ７２人 １２０．０％

Normalisation removes a single space between two CJK characters (letter-spacing), so
``区分 目標`` reads ``区分目標``: the pieces of a line are cut at whitespace and where such a
space was removed (``Gap``). Consecutive pieces are then grouped so that each group is a
known word (a column word, a field label) or has the shape its column wants; the grouping
is found by search, never by position. Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import regex

from jirei.lines import Cell, Line

#: Whether normalisation removed something (a space) between two normalised offsets
#: ``start < end`` (as ``jirei.commentforms.Gap``); ``gap(i - 1, i + 1)`` asks about the spot
#: right before ``i``.
Gap = Callable[[int, int], bool]

_RUN = regex.compile(r"\S+")
#: a removed space between two such characters parts cells (not one kerning a figure)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々]")
#: the most pieces a row is searched over (a longer line is no table or facts row)
_MAX_PIECES = 24


def pieces(line: Line, gap: Gap | None) -> list[Cell]:
    """The pieces of ``line``: its runs of non-space characters, each cut where
    normalisation removed a space between two CJK characters (``gap``; None: no cut)."""
    found: list[Cell] = []
    for match in _RUN.finditer(line.text):
        text, at = match.group(), line.start + match.start()
        cut = 0
        if gap is not None:
            for number in range(1, len(text)):
                if (
                    _cjk(text[number - 1])
                    and _cjk(text[number])
                    and gap(at + number - 1, at + number + 1)
                ):
                    found.append(Cell(text[cut:number], at + cut, at + number))
                    cut = number
        found.append(Cell(text[cut:], at + cut, at + len(text)))
    return found


@lru_cache(maxsize=1 << 12)
def _cjk(char: str) -> bool:
    return _CJK.match(char) is not None


def joined(line: Line, group: Sequence[Cell]) -> Cell:
    """One cell covering ``group`` (consecutive pieces of ``line``), its text as written
    between them (inner spaces kept)."""
    start, end = group[0].start, group[-1].end
    return Cell(line.text[start - line.start : end - line.start], start, end)


def fewest_groups(
    line: Line, found: Sequence[Cell], accept: Callable[[str, bool], bool]
) -> list[Cell] | None:
    """``found`` (pieces of ``line``) grouped into the fewest consecutive groups that each
    ``accept(text, first)`` takes (``first``: the group opens the line), else None."""
    count = len(found)
    if not count or count > _MAX_PIECES:
        return None
    best: list[tuple[int, int] | None] = [None] * (count + 1)  # (groups, previous cut)
    best[0] = (0, 0)
    for end in range(1, count + 1):
        for start in range(end - 1, -1, -1):
            before = best[start]
            if before is None:
                continue
            if before[0] + 1 >= (best[end] or (count + 2, 0))[0]:
                continue
            if accept(joined(line, found[start:end]).text, start == 0):
                best[end] = (before[0] + 1, start)
    if best[count] is None:
        return None
    groups: list[Cell] = []
    end = count
    while end:
        start = best[end][1]  # type: ignore[index]
        groups.append(joined(line, found[start:end]))
        end = start
    return groups[::-1]


def best_grouping(
    line: Line,
    found: Sequence[Cell],
    checks: Sequence[Callable[[str], bool]],
    strict: Sequence[bool],
) -> list[Cell] | None:
    """``found`` (pieces of ``line``) grouped into ``len(checks)`` consecutive groups, the
    n-th taken by ``checks[n]``: of the groupings that fit, the one whose ``strict`` columns
    (those checked by shape) hold the fewest characters, the free columns taking the rest;
    None when none fits or two fit equally well."""
    count, wanted = len(found), len(checks)
    if not wanted or count < wanted or count > _MAX_PIECES:
        return None
    # (cost, ways of that cost (at most 2), end of the first group) for found[start:] from
    # column ``column`` on
    memo: dict[tuple[int, int], tuple[int, int, int] | None] = {}

    def best(start: int, column: int) -> tuple[int, int, int] | None:
        if column == wanted:
            return (0, 1, start) if start == count else None
        key = (start, column)
        if key in memo:
            return memo[key]
        found_best: tuple[int, int, int] | None = None
        for end in range(start + 1, count - (wanted - column - 1) + 1):
            group = joined(line, found[start:end])
            if not checks[column](group.text):
                continue
            rest = best(end, column + 1)
            if rest is None:
                continue
            cost = rest[0] + (len(group.text) if strict[column] else 0)
            if found_best is None or cost < found_best[0]:
                found_best = (cost, rest[1], end)
            elif cost == found_best[0]:
                found_best = (cost, min(2, found_best[1] + rest[1]), found_best[2])
        memo[key] = found_best
        return found_best

    top = best(0, 0)
    if top is None or top[1] != 1:
        return None
    groups: list[Cell] = []
    start = 0
    for column in range(wanted):
        step = best(start, column)
        assert step is not None
        groups.append(joined(line, found[start : step[2]]))
        start = step[2]
    return groups


__all__ = ["Gap", "best_grouping", "fewest_groups", "joined", "pieces"]
