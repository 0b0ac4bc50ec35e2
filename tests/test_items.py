"""List items: markers stripped, wrapped lines joined, captions set aside."""

from __future__ import annotations

import pytest

from jirei.items import enumerator_width, join_lines, read_items
from jirei.lines import split_lines
from jirei.normalise import normalise


def items(text: str) -> tuple[list[str], list[str]]:
    norm = normalise(text).text
    found = read_items(split_lines(norm))
    for item in (*found.items, *found.unclassified):  # spans start and end on the text
        assert norm[item.start : item.end].startswith(item.text[:3])
        assert norm[item.start : item.end].endswith(item.text[-2:])
    return [i.text for i in found.items], [i.text for i in found.unclassified]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- 一つ目\n- 二つ目\n", ["一つ目", "二つ目"]),
        ("- ◆ 一つ目\n- ◆二つ目\n", ["一つ目", "二つ目"]),
        ("- ・一つ目\n・二つ目\n", ["一つ目", "二つ目"]),
        ("1. 一つ目\n2. 二つ目\n", ["一つ目", "二つ目"]),
        ("(1) 一つ目\n(2)二つ目\n", ["一つ目", "二つ目"]),
        ("* one\n+ two\n", ["one", "two"]),
        ("- ◆ 見出し語  \n続きの説明\n- 次\n", ["見出し語続きの説明", "次"]),
        ("- wrapped\nline\n", ["wrapped line"]),
    ],
)
def test_markers_and_wrapping(text: str, expected: list[str]) -> None:
    assert items(text)[0] == expected


def test_captions_after_bullets_are_unclassified() -> None:
    text = "- 一つ目\n\n面接指導の様子\n\n- 二つ目\n\n説明の段落です。\n"
    assert items(text) == (["一つ目", "二つ目", "説明の段落です。"], ["面接指導の様子"])


def test_lead_line_before_bullets_is_unclassified() -> None:
    assert items("巡回相談の実施\n\n- 月1回\n") == (["月1回"], ["巡回相談の実施"])


def test_paragraphs_without_bullets_are_items() -> None:
    assert items("短い段落\n\n二つ目の段落\n")[0] == ["短い段落", "二つ目の段落"]


def test_circled_numbers_lost_to_nfkc() -> None:
    original = "①一つ目\n⑩十個目\n"
    norm = normalise(original)
    plain = read_items(split_lines(norm.text))
    assert [i.text for i in plain.items] == ["1一つ目10十個目"]  # a paragraph, no markers

    def origin(index: int) -> str:
        at = norm.to_original(index)
        return norm.original[at : at + 1]

    found = read_items(split_lines(norm.text), origin=origin)
    assert [i.text for i in found.items] == ["一つ目", "十個目"]


@pytest.mark.parametrize("char, width", [("①", 1), ("⑩", 2), ("⑴", 3), ("1", 0), ("あ", 0)])
def test_enumerator_width(char: str, width: int) -> None:
    assert enumerator_width(char) == width


def test_join_lines() -> None:
    assert join_lines(["日本語の", "続き"]) == "日本語の続き"
    assert join_lines(["etc", "more"]) == "etc more"
