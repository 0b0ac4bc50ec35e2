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

    Parallel sequences in text order (lists, or ``array.array('d')`` as ``read_pdf`` makes
    them): ``x0[i]``, ``top[i]``, ``x1[i]``, ``bottom[i]`` are the
    box of the glyph behind text offset ``i`` (``inf, inf, -inf, -inf`` for the ``\\n``,
    ``\\t`` and spaces the layout inserts, so a ``min`` / ``max`` over a range is the union
    of its glyphs). ``line_starts`` are the offsets where the text's lines start (a span is
    split into one box per line it crosses), ``line_pages`` the page number of each line,
    and ``line_glyphs[k]`` an offset at or before the first glyph of line ``k`` and
    ``line_ends[k]`` one at or after its last glyph: a range holding both holds every
    glyph of the line, whose box is ``line_boxes[k]`` (``(x0, top, x1, bottom)`` on page
    ``line_pages[k]``; None for a line without glyphs).
    Within a line the glyphs stand in ascending ``x0`` (the layout orders them so), so a
    range's ``x0`` is its first glyph's.
    ``page_starts`` / ``page_numbers`` say which page an offset lies on.
    """

    __slots__ = (
        "_bottom",
        "_line_bounds",
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
        line_boxes: Sequence[tuple[float, float, float, float] | None],
        page_starts: Sequence[int],
        page_numbers: Sequence[int],
    ) -> None:
        if not len(x0) == len(top) == len(x1) == len(bottom):
            raise ValueError("coordinate lists differ in length")
        if not (
            len(line_starts)
            == len(line_pages)
            == len(line_glyphs)
            == len(line_ends)
            == len(line_boxes)
        ):
            raise ValueError("line lists differ in length")
        if len(page_starts) != len(page_numbers):
            raise ValueError("page lists differ in length")
        self._x0 = x0
        self._top = top
        self._x1 = x1
        self._bottom = bottom
        self._line_starts = line_starts
        #: the line starts and the text's end
        self._line_bounds = [*line_starts, len(x0)]
        self._line_pages = line_pages
        self._line_glyphs = line_glyphs
        self._line_ends = line_ends
        self._line_boxes = line_boxes
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
        if start < 0:
            start = 0
        if end > size:
            end = size
        if start >= end:
            return ()
        bounds = self._line_bounds
        line = bisect_right(bounds, start) - 1
        line_end = bounds[line + 1]
        if end <= line_end:  # most spans lie on one line
            box = self._piece(line, start, end)
            return (box,) if box is not None else ()
        result: list[Box] = []
        position = start
        while True:  # lines wholly crossed up to the one holding ``end``
            box = self._piece(line, position, line_end)
            if box is not None:
                result.append(box)
            position = line_end
            line += 1
            line_end = bounds[line + 1]
            if end <= line_end:  # the last line crossed
                box = self._piece(line, position, end)
                if box is not None:
                    result.append(box)
                return tuple(result)

    def _piece(self, line: int, start: int, stop: int) -> Box | None:
        """The box of ``[start, stop)`` within ``line`` (None when it holds no glyph)."""
        if start <= self._line_glyphs[line] and stop >= self._line_ends[line]:
            box = self._line_boxes[line]  # every glyph of the line
            return Box(self._line_pages[line], *box) if box is not None else None
        return self._union(line, start, stop)

    def _union(self, line: int, start: int, stop: int) -> Box | None:
        """The union of the glyph boxes of ``[start, stop)`` on ``line`` (None if none)."""
        x1 = max(self._x1[start:stop])
        if x1 == NO_HIGH:
            return None
        x0 = self._x0
        # glyphs stand in ascending x0 within a line, and a synthetic character is
        # followed by a glyph unless only synthetic characters follow it on the line
        first = start if x0[start] != NO_LOW else start + 1
        return Box(
            self._line_pages[line],
            x0[first],
            min(self._top[start:stop]),
            x1,
            max(self._bottom[start:stop]),
        )




__all__ = ["NO_HIGH", "NO_LOW", "CharBoxes"]
