"""The OCR layout stages of branch ``ocr7`` on their own: ruled tables (``jirei.ocrtables``),
noise lines (``jirei.ocrnoise``), field spaces (``jirei.fieldspaces``) and wrapped results
sentences (``jirei.wrappedprose``). Each rewrite keeps the text's length."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.fieldspaces import mark_field_spaces
from jirei.lines import Line
from jirei.model import Span
from jirei.ocrnoise import blank_noise
from jirei.ocrtables import untangle_ocr_tables
from jirei.wrappedprose import join_wrapped

OCR_TABLE = """■実績
+------+------+
l 項目 I 実績 |
|------+------|
| 就職 l 80人 l
+------+------+
"""


def test_ocr_table_rows_become_pipe_rows_of_the_same_length() -> None:
    out = untangle_ocr_tables(OCR_TABLE)
    assert len(out) == len(OCR_TABLE)
    lines = out.split("\n")
    assert lines[1].strip() == ""  # the top border
    assert lines[2] == "| 項目 | 実績 |"
    assert lines[3] == "|------|------|"
    assert lines[4] == "| 就職 | 80人 |"
    assert lines[5].strip() == ""  # the bottom border


@pytest.mark.parametrize(
    "text",
    [
        "| 項目 | 実績 |\n|---|---|\n| 就職者数 | 80人 |\n",  # markdown
        "+------+------+\n| 項目 | 実績 |\n+======+======+\n| 就職 | 80人 |\n+------+------+\n",
        "l 一行だけの表 l 80人 l\n",  # one row is no table
        "Hello l World l again l\n",  # Latin words: no walls
    ],
)
def test_clean_tables_and_prose_are_left_alone(text: str) -> None:
    assert untangle_ocr_tables(text) == text


@pytest.mark.parametrize(
    "line",
    [
        " ｰ ﾞ 川 ,: 〆 聿 ;",
        "$ ﾑ 爪 ‐ 、、 ⊃",
        "ｸﾞ ナ ＼ 彡 ﾘ  (手書きメモ)",
        "  ~ ; ' \" ,. _ ^  (手書き)",
    ],
)
def test_noise_lines_are_blanked(line: str) -> None:
    text = f"前の行。\n{line}\n次の行。"
    out = blank_noise(text)
    assert len(out) == len(text)
    assert out.split("\n")[1].strip() == ""
    assert out.split("\n")[0] == "前の行。"


@pytest.mark.parametrize(
    "line",
    [
        "静 岡 労 働 局",
        "■ 取 組 の 内 容",
        "( 平 成 3 0 年 度 実 績 )",
        "| 項目 | 内容 |",
        "- 1 / 8 -",
        "ー 2 ー",
        "A B C D",
    ],
)
def test_word_lines_are_no_noise(line: str) -> None:
    text = f"{line}\n"
    assert blank_noise(text) == text


def test_one_space_after_a_field_label_becomes_a_colon() -> None:
    text = "■窓口名称　じょうえつ就労相談室（常設窓口）\n◆開設日 令和2年4月1日\n"
    out = mark_field_spaces(text)
    assert out == "■窓口名称:じょうえつ就労相談室（常設窓口）\n◆開設日:令和2年4月1日\n"


@pytest.mark.parametrize(
    "text",
    [
        "実施自治体　連携労働局・ハローワーク　窓口の名称（種別）　開始日\n",  # a header row
        "開設 から三年が過ぎ、相談件数が増えた。\n",  # a sentence
        "施設名:　ふくい就労サポート\n",  # a colon already
    ],
)
def test_lines_that_are_no_spaced_field_stay(text: str) -> None:
    assert mark_field_spaces(text) == text


def test_wrapped_sentence_is_joined_and_located_back() -> None:
    text = " 令和2年度は、支援対象者数が目標130人に対し\n142人（達成率109.2%）となった。\n"
    first, second = text.split("\n")[:2]
    lines = [Line(first, 0), Line(second, len(first) + 1)]
    joined = join_wrapped(lines, lambda s, e: Span(s, e))
    assert joined is not None
    rows, locate = joined
    assert len(rows) == 1
    row = rows[0]
    assert row.text == first + second
    at = row.text.index("142人")
    span = locate(row.start + at, row.start + at + 4)
    assert text[span.start : span.end] == "142人"
    at = row.text.index("130人")
    span = locate(row.start + at, row.start + at + 4)
    assert text[span.start : span.end] == "130人"


def test_lines_that_end_their_sentences_are_not_joined() -> None:
    lines = [Line("支援対象者数は、150人であった。", 0), Line("就職者数は90人であった。", 17)]
    assert join_wrapped(lines, lambda s, e: Span(s, e)) is None


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["l", "|", "I", "｜", " ", "-", "+", "─", "項", "目", "8", "人", "\n"]),
        max_size=80,
    )
)
def test_every_stage_keeps_the_length(chars: list[str]) -> None:
    text = "".join(chars)
    assert len(untangle_ocr_tables(text)) == len(text)
    assert len(blank_noise(text)) == len(text)
    assert len(mark_field_spaces(text)) == len(text)
