"""The seventeenth session's speed pass: each precheck lets through every text the reading it
guards would have read (``harvest``'s box headings and Hello Work offices), and the memo of
``speakerforms.speaker_heading`` answers as its patterns do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jirei import harvest, speakerforms
from jirei.lines import Line
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


_SPEAKER_PIECES = [
    "＜", "＞", "<", ">", "【", "】", "（", "）", "(", ")", "◇", " ", "　", "｜", "|", "VOICE",
    "|大仙市 生活福祉課", "市", "労働局", "コメント", "の声", "担当者", "川辺市福祉課", "豊橋市",
    "福祉部", "ハローワーク", "岐阜", "談", "課長", "に聞く", "所見",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPEAKER_PIECES), max_size=7), st.integers(0, 5000))
def test_speaker_heading_memo_answers_as_the_patterns(pieces: list[str], start: int) -> None:
    """``speaker_heading``, read once per text, gives what the patterns give at any offset
    (asked twice: the second answer comes from the memo)."""
    line = Line("".join(pieces), start)
    expected = speakerforms._speaker(speakerforms._patterns(DEFAULT_RULES)[0], line)
    assert speakerforms.speaker_heading(line, DEFAULT_RULES) == expected, line
    assert speakerforms.speaker_heading(line, DEFAULT_RULES) == expected, line


def test_speaker_heading_memo_on_written_headings() -> None:
    texts = ("<市コメント>", "＜労働局コメント＞", "VOICE|大仙市 生活福祉課",
             "◇ 担当者の声(川辺市福祉課)", "豊橋市の声(福祉部)")
    assert any(speakerforms.speaker_heading(Line(t, 0), DEFAULT_RULES) for t in texts)
    for text in texts:
        for start in (0, 7, 1234):
            line = Line(text, start)
            expected = speakerforms._speaker(speakerforms._patterns(DEFAULT_RULES)[0], line)
            assert speakerforms.speaker_heading(line, DEFAULT_RULES) == expected, line
