"""The handout reader's cheap precheck (``_may_have_parts``) never turns away a text in
which the part-heading pattern finds two headings (decisions 2000-2009)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jirei.handouts import _may_have_parts, _words
from jirei.rules import DEFAULT_RULES

WORDS = _words(DEFAULT_RULES)
SPACE = st.sampled_from(["", " ", "　", "\t", "\n", " \n ", "\u2028", "\x85"])
OPENER = st.sampled_from(["", "【", "【", "[", "［", "〔", "<", "＜", "【【", "※"])
CLOSER = st.sampled_from(["", "】", "]", "］", "〕", ">", "＞", ":", "："])
LEAD = st.sampled_from(["", "", "", "", "", "会議の", "参考"])
FILLER = st.sampled_from(["", "", "1", "２", "1-2", "事例", "表", "目標", "。", "会議の"])


@st.composite
def heading_lines(draw: st.DrawFn) -> str:
    """A line shaped like a part heading (or nearly: stray text before or after)."""
    word = draw(st.sampled_from(WORDS.precheck))
    parts = [draw(LEAD), draw(SPACE), draw(OPENER), draw(SPACE), word]
    parts += [draw(FILLER), draw(SPACE), draw(CLOSER), draw(SPACE), draw(FILLER)]
    return "".join(parts)


TEXTS = st.lists(heading_lines(), min_size=2, max_size=6).map("\n".join)


@given(TEXTS)
@settings(max_examples=300)
def test_precheck_lets_every_two_headings_through(text: str) -> None:
    heads = list(WORDS.part.finditer(text))
    if len(heads) >= 2:
        assert _may_have_parts(text, WORDS.precheck)


def test_precheck_turns_away_words_inside_sentences() -> None:
    text = "会議の資料を配付した。\n詳細は別添資料のとおり。\n【資料1】議事\n"
    assert len(list(WORDS.part.finditer(text))) < 2
    assert not _may_have_parts(text, WORDS.precheck)
    assert _may_have_parts(text + "[\n 資料2] 表\n", WORDS.precheck)
