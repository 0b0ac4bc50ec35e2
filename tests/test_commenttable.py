"""A comments section written as a table: one comment per row (``jirei.commenttable``,
decision 811)."""

from __future__ import annotations

import pytest

from jirei.commenttable import read_comment_table
from jirei.lines import split_lines
from jirei.normalise import normalise


def _read(*lines: str) -> list[tuple[str | None, str, str]] | None:
    text = normalise("\n".join(lines)).text
    section = read_comment_table(split_lines(text))
    if section is None:
        return None
    for comment in section.comments:  # spans cover what they say
        assert text[comment.speaker_start : comment.speaker_end].replace(" ", "") == comment.speaker
    return [(c.speaker, c.role, c.text) for c in section.comments]


CASES = [
    (  # a header row of column words; speaker then text
        [
            "| 発言者 | コメント |",
            "| 呉市 生活支援課 | 早く相談できた。 |",
            "| ハローワーク呉 | 引継ぎが丁寧。 |",
        ],
        [
            ("呉市生活支援課", "municipality", "早く相談できた。"),
            ("ハローワーク呉", "hello_work", "引継ぎが丁寧。"),
        ],
    ),
    (  # the header names the columns the other way round
        ["| 内容 | 所属 |", "|---|---|", "| 「求人が増えた。」 | 広島労働局 |"],
        [("広島労働局", "labour_bureau", "求人が増えた。")],
    ),
    (  # no header: two columns, speaker then text; an empty speaker cell continues the row above
        ["| 利用者(30代女性) | 安心して相談できた。 |", "|  | また来たい。 |"],
        [("利用者(30代女性)", "other", "安心して相談できた。\nまた来たい。")],
    ),
    (  # three columns, the header says which two
        ["| 立場 | 発言者 | コメント |", "| 市 | 大垣市社会福祉課 | 減りました。 |"],
        [("大垣市社会福祉課", "municipality", "減りました。")],
    ),
    (  # <br> in a text cell parts paragraphs
        ["| 話者 | 声 |", "| 大垣市 | 一行目。<br>二行目。 |"],
        [("大垣市", "municipality", "一行目。\n二行目。")],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_comment_rows(lines: list[str], expected: list[tuple[str, str, str]]) -> None:
    assert _read(*lines) == expected


NOT_COMMENTS = [
    ["「相談が増えた。」（大垣市）"],  # no table
    ["| No. | 自治体 | 施設名 | 開設 |", "| 1 | 北海道函館市 | はこだて窓口 | 平成28年4月1日 |"],
    ["本文の段落です。", "もう一つの段落です。", "| a | b |"],  # mostly prose
]


@pytest.mark.parametrize("lines", NOT_COMMENTS)
def test_other_tables_are_no_comment_table(lines: list[str]) -> None:
    assert _read(*lines) is None


def test_a_sentence_is_no_speaker() -> None:
    text = normalise("| 窓口を広げた。 | 相談が増えた。 |\n| 大垣市 | 良かった。 |").text
    section = read_comment_table(split_lines(text))
    assert section is not None
    assert [c.speaker for c in section.comments] == ["大垣市"]
    assert [u.text for u in section.unclassified] == ["| 窓口を広げた。 | 相談が増えた。 |"]
