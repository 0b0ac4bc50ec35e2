"""The seventeenth session's speed pass: each precheck lets through every text the reading it
guards would have read (``harvest``'s box headings and Hello Work offices)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jirei import harvest
from jirei.rules import DEFAULT_RULES

_WORDS = harvest._words(DEFAULT_RULES)
_HEADS = sorted(str(h) for h in DEFAULT_RULES.harvest_table.get("box_heads", ()))
_OFFICE_WORDS = [*DEFAULT_RULES.hello_work_prefixes, *DEFAULT_RULES.hello_work_suffixes]
#: marks, spaces, enumerators and other characters around and between the words
_NOISE = ["　", " ", "\t", "【", "】", "■", "◆", "<", ">", "（", "）", "(", ")", "：", "・", "ー",
          "─", "┌", "┐", "Ⅰ", "１．", "(2)", "第3", "ア", "市", "の", "施設", "事業", "岐阜",
          "川内", "所長", "平成29年", "就労支援", "ハロー", "ワーク", "職業"]


def _head_reference(text: str) -> bool:
    """``_regions``' heading test without the precheck."""
    return len(text) <= 40 and (
        harvest._MARKS.sub("", text) in _WORDS.heads
        or harvest._numbered_head(text, _WORDS.heads)
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_HEADS, *_NOISE]), max_size=6))
def test_head_precheck_passes_every_heading(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _head_reference(text):
        assert _WORDS.may_be_head(text), text
    assert harvest.is_box_head(text, DEFAULT_RULES) == _head_reference(text), text


def test_head_precheck_on_each_heading_written_with_marks() -> None:
    assert _HEADS  # (the rules hold headings: the test reads some)
    for head in _HEADS:
        written = (head, f"【{head}】", f"□ {head} □", f"Ⅰ　{head}", f"┌ {head} ──┐")
        for text in (*written, f"＜{head}＞"):
            assert _WORDS.may_be_head(text) or not _head_reference(text), text
            assert harvest.is_box_head(text, DEFAULT_RULES) == _head_reference(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_OFFICE_WORDS, *_NOISE]), max_size=8))
def test_office_precheck_passes_every_office(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _WORDS.office.search(text) is not None:
        assert _WORDS.may_name_office(text), text


def test_office_precheck_on_offices() -> None:
    offices = ("ハローワーク岐阜平成29年", "（ハローワーク川内）", "松江公共職業安定所")
    for text in (*offices, "岐阜新卒応援ハローワーク"):
        assert _WORDS.office.search(text) is not None and _WORDS.may_name_office(text), text
    assert not _WORDS.may_name_office("市の生活保護窓口")

