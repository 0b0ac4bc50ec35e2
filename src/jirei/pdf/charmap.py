"""Where each character of a PDF's text was drawn: a compact map from text offsets to boxes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from jirei.model import Box

#: the coordinates of a synthetic character: neutral for ``min`` / ``max``, never a box
NO_LOW = float("inf")
NO_HIGH = float("-inf")


class CharBoxes:
    """For each character of a text, the box it was drawn in (or none, for synthetic ones).

    Parallel lists in text order: ``x0[i]``, ``top[i]``, ``x1[i]``, ``bottom[i]`` are the
    box of the glyph behind text offset ``i`` (``inf, inf, -inf, -inf`` for the ``\\n``,
    ``\\t`` and spaces the layout inserts, so a ``min`` / ``max`` over a range is the union
    of its glyphs). ``line_starts`` are the offsets where the text's lines start (a span is
    split into one box per line it crosses), ``line_pages`` the page number of each line,
    and ``line_glyphs[k]`` an offset at or before the first glyph of line ``k`` and
    ``line_ends[k]`` one at or after its last glyph: a range holding both holds every
    glyph of the line, whose box is computed once. ``page_starts`` / ``page_numbers`` say
    which page an offset lies on.
    """

    __slots__ = (
        "_bottom",
        "_line_boxes",
        "_line_ends",
        "_line_glyphs",
        "_line_pages",
        "_line_starts",
        "_page_numbers",
        "_page_starts",
        "_top",
        "_x0",
        "_x1",
    )

    def __init__(
        self,
        x0: Sequence[float],
        top: Sequence[float],
        x1: Sequence[float],
        bottom: Sequence[float],
        line_starts: Sequence[int],
        line_pages: Sequence[int],
        line_glyphs: Sequence[int],
        line_ends: Sequence[int],
        page_starts: Sequence[int],
        page_numbers: Sequence[int],
    ) -> None:
        if not len(x0) == len(top) == len(x1) == len(bottom):
            raise ValueError("coordinate lists differ in length")
        if not len(line_starts) == len(line_pages) == len(line_glyphs) == len(line_ends):
            raise ValueError("line lists differ in length")
        if len(page_starts) != len(page_numbers):
            raise ValueError("page lists differ in length")
        self._x0 = x0
        self._top = top
        self._x1 = x1
        self._bottom = bottom
        self._line_starts = line_starts
        self._line_pages = line_pages
        self._line_glyphs = line_glyphs
        self._line_ends = line_ends
        self._line_boxes: list[Box | None] = [None] * len(line_starts)
        self._page_starts = page_starts
        self._page_numbers = page_numbers

    def __len__(self) -> int:
        return len(self._x0)

    def box(self, offset: int) -> Box | None:
        """The box of the character at ``offset``; None for a synthetic character."""
        x0 = self._x0[offset]
        if x0 == NO_LOW:
            return None
        page = max(bisect_right(self._page_starts, offset) - 1, 0)
        return Box(
            self._page_numbers[page], x0, self._top[offset], self._x1[offset],
            self._bottom[offset],
        )

    def boxes(self, start: int, end: int) -> tuple[Box, ...]:
        """One box per (page, line) that ``[start, end)`` crosses: the union of its glyphs."""
        size = len(self._x0)
        start = max(start, 0)
        end = min(end, size)
        if start >= end:
            return ()
        starts = self._line_starts
        lines = len(starts)
        line = bisect_right(starts, start) - 1
        result: list[Box] = []
        position = start
        while position < end:
            line_end = starts[line + 1] if line + 1 < lines else size
            stop = end if end < line_end else line_end
            if position <= self._line_glyphs[line] and stop >= self._line_ends[line]:
                box = self._line_boxes[line]
                if box is None:
                    box = self._union(line, starts[line], line_end)
                    self._line_boxes[line] = box
                if box is not _NONE:
                    result.append(box)
            else:
                box = self._union(line, position, stop)
                if box is not _NONE:
                    result.append(box)
            position = stop
            line += 1
        return tuple(result)

    def _union(self, line: int, start: int, stop: int) -> Box:
        """The union of the glyph boxes of ``[start, stop)`` on ``line`` (``_NONE`` if none)."""
        x0 = min(self._x0[start:stop])
        if x0 == NO_LOW:
            return _NONE
        return Box(
            self._line_pages[line],
            x0,
            min(self._top[start:stop]),
            max(self._x1[start:stop]),
            max(self._bottom[start:stop]),
        )


#: marks "no glyph here" in the cache of line boxes
_NONE = Box(0, NO_LOW, NO_LOW, NO_HIGH, NO_HIGH)


__all__ = ["NO_HIGH", "NO_LOW", "CharBoxes"]
