"""Generated PDFs come out in reading order, with cells, without artefacts, with boxes."""

from __future__ import annotations

import pytest

import pdfgen
from jirei.model import Box
from jirei.pdf import BACKENDS, read_pdf
from jirei.pdf.backends import PageChars
from jirei.pdf.layout import layout_page
from jirei.read import SourceText

BACKEND_NAMES = sorted(BACKENDS)


@pytest.fixture(scope="module")
def artefacts() -> pdfgen.Generated:
    return pdfgen.artefacts_pdf()


@pytest.fixture(scope="module", params=BACKEND_NAMES)
def source(request: pytest.FixtureRequest, artefacts: pdfgen.Generated) -> SourceText:
    return read_pdf(artefacts.data, backend=request.param, source="artefacts.pdf")


def lines(source: SourceText) -> list[str]:
    return source.text.split("\n")


def test_table_drawn_column_by_column_reads_row_by_row(source: SourceText) -> None:
    text_lines = lines(source)
    for label, target, actual in pdfgen.TABLE[1:]:
        assert f"{label}\t{target}\t{actual}" in text_lines
    # the header row starts in the second column: its first cell is empty
    assert "\t29年度目標\t29年度実績" in text_lines


def test_rows_keep_their_order(source: SourceText) -> None:
    positions = [source.text.index(row[0] + "\t") for row in pdfgen.TABLE[1:]]
    assert positions == sorted(positions)


def test_fake_bold_is_drawn_once(source: SourceText, artefacts: pdfgen.Generated) -> None:
    for heading in ("【取組内容】", "【事業目標と取組状況】", "【労働局コメント】"):
        assert source.text.count(heading) == 1
        assert heading + "】" not in source.text and "【【" not in source.text


def test_letter_spaced_label_is_one_cell(source: SourceText) -> None:
    assert "就 職 者 数\t48人\t52人" in lines(source)


def test_kangxi_radicals_are_kept(source: SourceText) -> None:
    if not pdfgen.FAITHFUL:
        pytest.skip("CID font fallback: pdfminer maps Kangxi radicals through CIDs")
    assert "⽣活保護受給者への⼀体的な就労支援を実施。" in source.text


def test_running_header_and_page_numbers_are_removed(source: SourceText) -> None:
    assert pdfgen.HEADER not in source.text
    assert "- 1 -" not in source.text and "- 3 -" not in source.text
    codes = [warning.code for warning in source.warnings]
    assert codes.count("removed_running_text") == 2
    messages = " ".join(warning.message for warning in source.warnings)
    assert pdfgen.HEADER in messages
    assert "page numbers" in messages and "pages 1–3" in messages


def test_pages_are_recorded(source: SourceText) -> None:
    assert [page.number for page in source.pages] == [1, 2, 3]
    for page in source.pages:
        assert page.width == pytest.approx(pdfgen.PAGE_WIDTH, abs=0.01)
        assert page.height == pytest.approx(pdfgen.PAGE_HEIGHT, abs=0.01)
    first, second, third = source.pages
    assert first.start == 0 and third.end == len(source.text)
    assert second.start == first.end + 1 and third.start == second.end + 1
    assert source.text[first.end] == "\n" and source.text[second.end] == "\n"
    assert "【労働局コメント】" in source.text[second.start : second.end]
    assert "前年度を上回った" in source.text[third.start : third.end]


def _assert_close(found: Box, known: Box, tolerance: float = 1.0) -> None:
    assert found.page == known.page
    assert found.x0 == pytest.approx(known.x0, abs=tolerance)
    assert found.x1 == pytest.approx(known.x1, abs=tolerance)
    assert found.top == pytest.approx(known.top, abs=tolerance)
    assert found.bottom == pytest.approx(known.bottom, abs=tolerance)


@pytest.mark.parametrize("figure", ["290人", "64.8%", "220人以上", "412件", "52人"])
def test_figure_span_maps_to_its_box(
    source: SourceText, artefacts: pdfgen.Generated, figure: str
) -> None:
    start = source.text.index(figure)
    boxes = source.boxes(start, start + len(figure))
    assert len(boxes) == 1
    _assert_close(boxes[0], artefacts.box(figure))


def test_wrapped_number_gives_one_box_per_line(
    source: SourceText, artefacts: pdfgen.Generated
) -> None:
    start = source.text.index("1,2")
    end = source.text.index("34件") + 2
    assert source.text[start:end] in ("1,2\n34", "1,2\n\t34")
    first, second = source.boxes(start, end)
    _assert_close(first, artefacts.box("1,2"))
    known = artefacts.box("34件")
    part = Box(known.page, known.x0, known.top, known.x0 + pdfgen.width("34", 10.0), known.bottom)
    _assert_close(second, part)


def test_synthetic_characters_have_no_box(source: SourceText) -> None:
    assert source.char_boxes is not None
    for offset, char in enumerate(source.text):
        if char in "\n\t ":
            assert source.char_boxes.box(offset) is None
        else:
            assert source.char_boxes.box(offset) is not None
    assert source.boxes(0, 0) == ()


def test_boxes_of_a_span_across_pages(source: SourceText) -> None:
    first, second = source.pages[0], source.pages[1]
    boxes = source.boxes(first.end - 3, second.start + 3)
    assert [box.page for box in boxes] == [1, 2]


def _page(glyphs: list[tuple[str, float, float]], size: float = 10.0) -> PageChars:
    """A page from (text, x0, top) glyphs, each ``size`` wide and high."""
    return PageChars(
        1,
        595.0,
        842.0,
        [g[0] for g in glyphs],
        [g[1] for g in glyphs],
        [g[2] for g in glyphs],
        [g[1] + size for g in glyphs],
        [g[2] + size for g in glyphs],
    )


@pytest.mark.parametrize(
    ("gap", "separator"),
    [(0.0, ""), (1.0, ""), (3.0, " "), (10.0, " "), (17.0, " "), (19.0, "\t"), (60.0, "\t")],
)
def test_gap_between_words_becomes_a_separator(gap: float, separator: str) -> None:
    page = _page(
        [("支", 100, 100), ("援", 110, 100), ("人", 120 + gap, 100), ("数", 130 + gap, 100)]
    )
    (line,) = layout_page(page)
    assert line.text == f"支援{separator}人数"
    assert line.glyphs.count(-1) == len(separator)


@pytest.mark.parametrize("pitch", [14.0, 22.0, 30.0, 45.0])
def test_letter_spaced_label_gets_single_spaces(pitch: float) -> None:
    glyphs = [(char, 100 + i * pitch, 100) for i, char in enumerate("就職者数")]
    glyphs.append(("4", 100 + 3 * pitch + 80, 100))
    (line,) = layout_page(_page(glyphs))
    assert line.text == "就 職 者 数\t4"


def test_unevenly_spaced_single_characters_are_cells() -> None:
    glyphs = [("有", 100, 100), ("無", 140, 100), ("可", 220, 100)]  # gaps of 3 and 7 em
    (line,) = layout_page(_page(glyphs))
    assert line.text == "有\t無\t可"


def test_a_letter_spaced_pair_is_one_label_but_distant_pair_two_cells() -> None:
    (near,) = layout_page(_page([("目", 100, 100), ("標", 130, 100)]))  # 2 em apart
    (far,) = layout_page(_page([("目", 100, 100), ("標", 150, 100)]))  # 4 em apart
    assert (near.text, far.text) == ("目 標", "目\t標")


def test_overprinted_copies_are_dropped_but_repeated_characters_kept() -> None:
    glyphs = [("太", 100, 100), ("太", 100.3, 100), ("太", 100.6, 100.2), ("字", 110, 100)]
    glyphs += [("々", 120, 100), ("々", 130, 100)]  # the same character side by side: kept
    (line,) = layout_page(_page(glyphs))
    assert line.text == "太字々々"


def test_lines_are_ordered_by_position_not_drawing_order() -> None:
    glyphs = [("下", 100, 200), ("右", 300, 100), ("上", 100, 100), ("中", 100, 150)]
    result = [line.text for line in layout_page(_page(glyphs))]
    assert result == ["上\t右", "中", "下"]
