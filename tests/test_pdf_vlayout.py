"""The array layout (``jirei.pdf.vlayout.layout_pages``, used by ``read_pdf``) gives exactly
the reference layout's lines (``jirei.pdf.layout.layout_page``): text, glyphs, cells, top,
bottom, height, right edge, the same floats of the same type, on generated pages with the
artefacts the layout handles (rows at nearby heights, tables, letter spacing, fake bold,
mixed sizes, drawing order ≠ reading order) and on pages it leaves to the reference
(non-finite numbers, ligatures)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.pdf.backends import PageChars
from jirei.pdf.layout import Line, layout_page
from jirei.pdf.vlayout import _with_lists, layout_pages

CHARS = "就職者数支援人目標太字々1２,aWi、。"


def _facts(line: Line) -> tuple[object, ...]:
    values = (line.text, line.glyphs, line.top, line.bottom, line.cells, line.height,
              line.right, line.x0, line.x1)
    kinds = (type(line.top), type(line.bottom), type(line.height), type(line.right),
             type(line.x0), type(line.x1), *(type(v) for cell in line.cells for v in cell))
    return (*values, kinds)


def _same(a: object, b: object) -> bool:
    """Equal, NaN equal to NaN."""
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, tuple | list) and isinstance(b, tuple | list):
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    return a == b


@st.composite
def pages(draw: st.DrawFn, number: int = 1) -> PageChars:
    glyphs: list[tuple[str, float, float, float, float]] = []
    rows = draw(st.integers(0, 6))
    y = draw(st.floats(0, 50))
    for _ in range(rows):
        y += draw(st.sampled_from([0.0, 0.5, 3.0, 9.0, 12.0, 30.0]))
        size = draw(st.sampled_from([9.0, 9.0, 10.0, 10.5, 14.0]))
        x = draw(st.floats(0, 200))
        pitch = draw(st.sampled_from([0.0, 2.0, 4.0, 11.0, 20.0, 30.0]))
        for _ in range(draw(st.integers(1, 12))):
            char = draw(st.sampled_from(CHARS))
            width = size if char >= "\u3000" else size / 2
            shift = draw(st.sampled_from([0.0, 0.0, 0.0, 0.25, -0.5]))
            glyph_size = draw(st.sampled_from([size, size, size, size * 0.8, -0.3 * size]))
            glyphs.append((char, x, y + shift, x + width, y + shift + glyph_size))
            if draw(st.integers(0, 9)) == 0:  # fake bold: a copy nearly over it
                dx = draw(st.sampled_from([0.0, 0.3, 0.6, 1.9, 2.5]))
                glyphs.append((char, x + dx, y + shift, x + dx + width, y + shift + glyph_size))
            x += width + draw(st.sampled_from([0.0, 0.0, 0.5, pitch, pitch, 40.0, -3.0]))
    order = draw(st.permutations(range(len(glyphs)))) if draw(st.booleans()) else None
    if order is not None:
        glyphs = [glyphs[i] for i in order]
    columns = [[g[k] for g in glyphs] for k in range(5)]
    return PageChars(number, 595.0, 842.0, *columns)  # type: ignore[arg-type]


def _as_arrays(page: PageChars) -> PageChars:
    columns = (np.asarray(c, dtype=np.float64) for c in (page.x0, page.top, page.x1, page.bottom))
    return PageChars(page.number, page.width, page.height, page.text, *columns)


def _check(document: list[PageChars]) -> None:
    arrays = [_as_arrays(page) for page in document]
    for given_pages in (document, arrays):
        # the reference reads lists: of the given numbers, or the arrays' floats
        expected = [
            [_facts(line) for line in layout_page(_with_lists(page))] for page in given_pages
        ]
        got = [[_facts(line) for line in lines] for lines in layout_pages(given_pages)]
        assert _same(got, expected)


@settings(max_examples=200, deadline=None)
@given(st.lists(pages(), min_size=1, max_size=4))
def test_array_layout_gives_the_reference_lines(document: list[PageChars]) -> None:
    _check(document)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, 1e308])
def test_a_page_with_non_finite_numbers_is_left_to_the_reference(bad: float) -> None:
    good = PageChars(1, 595.0, 842.0, list("支援"), [10.0, 20.0], [5.0, 5.0], [20.0, 30.0],
                     [15.0, 15.0])
    odd = PageChars(2, 595.0, 842.0, list("人数目"), [10.0, bad, 30.0], [5.0, 5.0, 5.0],
                    [20.0, 30.0, 40.0], [15.0, 15.0, 15.0])
    _check([good, odd, good])


def test_a_page_with_ligatures_is_left_to_the_reference() -> None:
    page = PageChars(1, 595.0, 842.0, ["f", "fi", "x"], [10.0, 15.0, 40.0], [5.0, 5.0, 5.0],
                     [15.0, 22.0, 45.0], [15.0, 15.0, 15.0])
    _check([page, page])
    (line,) = layout_pages([page])[0]
    assert (line.text, line.glyphs) == ("ffi\tx", [0, 1, 1, -1, 2])


def test_numbers_other_than_floats_keep_their_type() -> None:
    from jirei.pdf import _assemble

    page = PageChars(1, 595.0, 842.0, list("支援人数"), [10, 20, 40, 50], [5, 5, 5, 5],
                     [20, 30, 50, 60], [15, 15, 15, 15])
    _check([page])
    text, _, boxes = _assemble([page], layout_pages([page]))
    assert text == "支援 人数"
    box = boxes.box(0)
    assert box is not None and type(box.x0) is int and type(box.top) is int
