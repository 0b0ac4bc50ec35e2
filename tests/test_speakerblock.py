"""Speakers listed before their texts (``jirei.speakerblock``) and organisations in angle
brackets as speaker headings (decisions 837, 838), with examples of our own."""

from __future__ import annotations

import pytest

import jirei
from jirei.lines import split_lines
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.sections import Kind, classifier
from jirei.speakerblock import read_speaker_block


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "倉敷市生活支援課\nハローワーク倉敷中央\n\n夜の相談が定着した。\n求人の紹介が増えた。\n",
            [("倉敷市生活支援課", "municipality", "夜の相談が定着した。"),
             ("ハローワーク倉敷中央", "hello_work", "求人の紹介が増えた。")],
            id="two",
        ),
        pytest.param(
            "津山市福祉課\n岡山労働局\nハローワーク津山\n一つ目。\n二つ目。\n三つ目。\n",
            [("津山市福祉課", "municipality", "一つ目。"),
             ("岡山労働局", "labour_bureau", "二つ目。"),
             ("ハローワーク津山", "hello_work", "三つ目。")],
            id="three",
        ),
    ],
)  # fmt: skip
def test_speakers_then_texts_pair_by_position(text: str, expected: list[tuple]) -> None:
    found = read_speaker_block(split_lines(text))
    assert found is not None
    assert [(c.speaker, c.role, c.text) for c in found.comments] == expected
    for comment in found.comments:  # offsets point at the speaker and the text
        assert text[comment.speaker_start : comment.speaker_end] == comment.speaker
        assert text[comment.start : comment.end] == comment.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("倉敷市生活支援課\n夜の相談が定着した。\n", id="one speaker"),
        pytest.param("倉敷市生活支援課\nハローワーク倉敷中央\n一つ目。\n", id="uneven"),
        pytest.param(
            "倉敷市生活支援課\n一つ目。\nハローワーク倉敷中央\n二つ目。\n", id="speaker over text"
        ),
        pytest.param("利用者の声\n相談員の声\n一つ目。\n二つ目。\n", id="no stakeholders"),
    ],
)
def test_other_comment_sections_are_not_speaker_blocks(text: str) -> None:
    assert read_speaker_block(split_lines(text)) is None


@pytest.mark.parametrize(
    ("line", "is_heading"),
    [
        ("〈倉敷市生活支援課〉", True),
        ("《岡山労働局》", True),
        ("<ハローワーク津山>", True),
        ("《津山市こども相談センター》", True),
        ("〈倉敷市〉", False),  # a bare place: no speaker heading
        ("《取組の成果》", False),
    ],
)
def test_an_organisation_in_angle_brackets_is_a_speaker_heading(
    line: str, is_heading: bool
) -> None:
    kind = classifier(DEFAULT_RULES).classify_all(split_lines(normalise(line).text))[0].kind
    assert (kind is Kind.COMMENT) is is_heading


DOCUMENT = """事例１
夜の窓口が働く親を支える
自治体：岡山県倉敷市
労働局：岡山労働局
ハローワーク：ハローワーク倉敷中央
■取組内容
・平日の夜間に相談窓口を開いた。
■令和４年度の実績
区分\t目標\t実績
支援対象者数\t９０人\t９７人
■その他の成果
・夜間の利用者が増えた。

〈倉敷市生活支援課〉

夜の相談が定着し、仕事帰りの方の利用が増えた。

《ハローワーク倉敷中央》

夜間も求人検索ができるようにした。

事例２
商店街と一緒に求人を開く
自治体：岡山県津山市
労働局：岡山労働局
■取組内容
・商店街の事業所を訪ねた。
■令和４年度の実績
区分\t目標\t実績
就職者数\t５０人\t５２人
■現場の声
津山市福祉課
岡山労働局
ハローワーク津山

商店街との縁が広がった。
管内の好事例として紹介したい。
来年度も続けたい。
"""


def test_a_document_with_both_comment_shapes() -> None:
    doc = jirei.parse_text(DOCUMENT)
    got = [[(c.speaker, c.role, c.text) for c in p.comments] for p in doc.profiles]
    assert got == [
        [("倉敷市生活支援課", "municipality", "夜の相談が定着し、仕事帰りの方の利用が増えた。"),
         ("ハローワーク倉敷中央", "hello_work", "夜間も求人検索ができるようにした。")],
        [("津山市福祉課", "municipality", "商店街との縁が広がった。"),
         ("岡山労働局", "labour_bureau", "管内の好事例として紹介したい。"),
         ("ハローワーク津山", "hello_work", "来年度も続けたい。")],
    ]  # fmt: skip
    assert doc.profiles[0].other_results == ("夜間の利用者が増えた。",)
