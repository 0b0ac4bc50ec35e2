"""A span's boxes are exactly the union of its characters' boxes, per (page, line) crossed.

``CharBoxes.boxes`` takes short cuts (a whole line's box computed once, a range's ``x0``
from its first glyph); here it is checked against the plain definition, character by
character, on generated PDFs read with both backends.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pdfgen
from jirei.model import Box
from jirei.pdf import BACKENDS, read_pdf
from jirei.read import SourceText

CORPUS = Path(__file__).parents[1] / "corpus"
DOCUMENTS = {
    "artefacts": lambda: pdfgen.artefacts_pdf().data,
    "report": lambda: pdfgen.report_pdf(pdfgen.report_text(3)).data,
    # rendered corpus reports: lines whose glyphs differ in height
    **{
        f"corpus/{path.name}": (lambda path=path: path.read_bytes())
        for path in sorted(CORPUS.glob("*.pdf"))
    },
}
KEYS = [(name, backend) for name in sorted(DOCUMENTS) for backend in sorted(BACKENDS)]


@cache
def read(key: tuple[str, str]) -> SourceText:
    name, backend = key
    return read_pdf(DOCUMENTS[name](), backend=backend)


def plain_boxes(source: SourceText, start: int, end: int) -> tuple[Box, ...]:
    """The definition: lines end after each ``\\n``; per line, the union of glyph boxes."""
    assert source.char_boxes is not None
    text = source.text
    start, end = max(start, 0), min(end, len(text))
    found: list[Box] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline + 1
        glyphs = [source.char_boxes.box(i) for i in range(position, stop)]
        glyphs = [box for box in glyphs if box is not None]
        if glyphs:
            found.append(
                Box(
                    glyphs[0].page,
                    min(box.x0 for box in glyphs),
                    min(box.top for box in glyphs),
                    max(box.x1 for box in glyphs),
                    max(box.bottom for box in glyphs),
                )
            )
        position = stop
    return tuple(found)


@pytest.mark.parametrize("key", KEYS, ids="/".join)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_boxes_are_the_union_of_character_boxes(key: tuple[str, str], data: st.DataObject) -> None:
    source = read(key)
    size = len(source.text)
    start = data.draw(st.integers(-2, size + 2))
    end = data.draw(st.one_of(st.integers(start, start + 12), st.integers(start, size + 2)))
    assert source.boxes(start, end) == plain_boxes(source, start, end)


@pytest.mark.parametrize("key", KEYS, ids="/".join)
def test_every_line_and_every_character(key: tuple[str, str]) -> None:
    source = read(key)
    text = source.text
    starts = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]
    for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
        assert source.boxes(a, b) == plain_boxes(source, a, b)
        assert source.boxes(a, b - 1) == plain_boxes(source, a, b - 1)
        assert source.boxes(a + 1, b) == plain_boxes(source, a + 1, b)
    for i in range(len(text)):
        assert source.boxes(i, i + 1) == plain_boxes(source, i, i + 1)


def test_a_glyph_reaching_past_the_last_one_widens_the_line_box() -> None:
    from jirei.pdf import _assemble
    from jirei.pdf.backends import PageChars
    from jirei.pdf.layout import layout_page

    # "W" is wide and reaches past the narrow glyphs drawn after it (and over it)
    page = PageChars(
        1, 595.0, 842.0, ["W", "i", "j"], [100.0, 105.0, 109.0], [100.0, 101.0, 100.0],
        [130.0, 108.0, 112.0], [110.0, 110.0, 111.0],
    )
    lines = layout_page(page)
    text, _, boxes = _assemble([page], [lines])
    assert text == "Wij"
    whole = Box(1, 100.0, 100.0, 130.0, 111.0)
    assert boxes.boxes(0, 3) == (whole,)
    assert boxes.boxes(1, 3) == (Box(1, 105.0, 100.0, 112.0, 111.0),)


@pytest.mark.parametrize("copy_of", [copy.deepcopy, lambda s: pickle.loads(pickle.dumps(s))])
def test_a_copied_source_gives_the_same_boxes(copy_of: Callable[[SourceText], SourceText]) -> None:
    source = read(("artefacts", "pypdfium2"))
    copied = copy_of(source)
    text = source.text
    starts = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]
    for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
        assert copied.boxes(a, b) == source.boxes(a, b)
    assert copied.boxes(0, len(text)) == source.boxes(0, len(text))
