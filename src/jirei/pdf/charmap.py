"""Where each character of a PDF's text was drawn: a compact map from text offsets to boxes."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence

from jirei.model import Box


class CharBoxes:
    """For each character of a text, the box it was drawn in (or none, for synthetic ones).

    Parallel arrays: ``index[i]`` is the glyph behind text offset ``i``, numbered within
    its page (``-1`` for the ``\\n``, ``\\t`` and spaces the layout inserts); the page
    holding an offset is found from ``page_starts`` (text offsets), and its glyphs start
    at ``page_bases`` in the coordinate arrays ``x0``, ``top``, ``x1``, ``bottom``.
    ``line_starts`` are the offsets where the text's lines start, so a span is split into
    one box per line it crosses.
    """

    __slots__ = (
        "_bottom",
        "_index",
        "_line_starts",
        "_page_bases",
        "_page_numbers",
        "_page_starts",
        "_top",
        "_x0",
        "_x1",
    )

    def __init__(
        self,
        index: array[int],
        page_starts: Sequence[int],
        page_numbers: Sequence[int],
        page_bases: Sequence[int],
        x0: array[float],
        top: array[float],
        x1: array[float],
        bottom: array[float],
        line_starts: Sequence[int],
    ) -> None:
        if not len(x0) == len(top) == len(x1) == len(bottom):
            raise ValueError("glyph arrays differ in length")
        if not len(page_starts) == len(page_numbers) == len(page_bases):
            raise ValueError("page arrays differ in length")
        self._index = index
        self._page_starts = page_starts
        self._page_numbers = page_numbers
        self._page_bases = page_bases
        self._x0 = x0
        self._top = top
        self._x1 = x1
        self._bottom = bottom
        self._line_starts = line_starts

    def __len__(self) -> int:
        return len(self._index)

    def _page(self, offset: int) -> int:
        return max(bisect_right(self._page_starts, offset) - 1, 0)

    def box(self, offset: int) -> Box | None:
        """The box of the character at ``offset``; None for a synthetic character."""
        local = self._index[offset]
        if local < 0:
            return None
        page = self._page(offset)
        glyph = self._page_bases[page] + local
        return Box(
            self._page_numbers[page],
            self._x0[glyph],
            self._top[glyph],
            self._x1[glyph],
            self._bottom[glyph],
        )

    def boxes(self, start: int, end: int) -> tuple[Box, ...]:
        """One box per (page, line) that ``[start, end)`` crosses: the union of its glyphs."""
        index = self._index
        start = max(start, 0)
        end = min(end, len(index))
        if start >= end:
            return ()
        starts = self._line_starts
        line = bisect_right(starts, start) - 1
        result: list[Box] = []
        position = start
        while position < end:
            line_end = starts[line + 1] if line + 1 < len(starts) else len(index)
            stop = min(end, line_end)
            glyphs: Sequence[int] = index[position:stop]
            if glyphs:
                low = min(glyphs)
                if low < 0:  # synthetic characters have no glyph
                    glyphs = [g for g in glyphs if g >= 0]
                    low = min(glyphs) if glyphs else -1
            if glyphs:
                page = self._page(position)
                result.append(
                    self._union(self._page_numbers[page], self._page_bases[page], glyphs, low)
                )
            position = stop
            line += 1
        return tuple(result)

    def _union(self, number: int, base: int, glyphs: Sequence[int], low: int) -> Box:
        """The union of the boxes of ``glyphs`` (page-local, ``low`` the smallest)."""
        x0, top, x1, bottom = self._x0, self._top, self._x1, self._bottom
        high = max(glyphs)
        if high - low < len(glyphs) and high - low + 1 == len(set(glyphs)):
            # the glyphs are exactly ``low..high`` (in any order): slices of the arrays
            a, b = base + low, base + high + 1
            return Box(number, min(x0[a:b]), min(top[a:b]), max(x1[a:b]), max(bottom[a:b]))
        at = [base + g for g in glyphs]
        return Box(
            number,
            min(map(x0.__getitem__, at)),
            min(map(top.__getitem__, at)),
            max(map(x1.__getitem__, at)),
            max(map(bottom.__getitem__, at)),
        )


__all__ = ["CharBoxes"]
