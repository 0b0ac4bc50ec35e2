"""The cheap prechecks that skip work give the same answers as doing the work.

Each precheck is switched off (made to always pass) and the results compared with it on:
on generated texts for ``find_dates``, on every corpus text for the whole parse.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jirei
from jirei import fallback
from jirei.values import dates, find_dates

CORPUS = Path(__file__).parents[1] / "corpus"
ALWAYS = regex.compile("")  # matches every text: the precheck always passes

DATE_ALPHABET = (
    "令和平成昭元年月日HRSh.．/／-－ 　0123456789０１２３４５６７８９〇一二三四五六七八九十"
)


ERA = st.sampled_from(["平成", "令和", "昭和", "H", "R", "Ｈ", "平", ""])
NUMBER = st.integers(0, 40).map(str) | st.sampled_from(["元", "二十三", "十二", "１２", "〇"])
SEPARATOR = st.sampled_from([".", "/", "-", "．", "／", "－", "年"])


@st.composite
def date_texts(draw: st.DrawFn) -> str:
    """Text around a date-like run: era-written or Gregorian, with 年月日 or separators."""
    era, year = draw(ERA), draw(NUMBER | st.integers(1900, 2030).map(str))
    month, day = draw(NUMBER), draw(NUMBER)
    if draw(st.booleans()):
        core = f"{era}{year}年{month}月{day}日"
    else:
        separator = draw(SEPARATOR)
        core = f"{era}{year}{separator}{month}{separator}{day}"
    noise = st.text(alphabet=DATE_ALPHABET, max_size=6)
    return draw(noise) + core + draw(noise)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date_texts() | st.text(alphabet=DATE_ALPHABET, max_size=30))
def test_find_dates_precheck_is_exact(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_DATE_MARK", ALWAYS)
        unchecked = list(find_dates(text))
    assert list(find_dates(text)) == unchecked


#: place lines of every ending (市, 区, 町, 村), alone or with the bureau and offices
PLACE_LINES = [
    "静岡県浜松市",
    "東京都豊島区",
    "北海道ニセコ町",
    "長野県南箕輪村",
    "◆ 静岡県浜松市　静岡労働局　ハローワーク浜松",
    "■ 長野県南箕輪村 長野労働局 ハローワーク伊那",
    "事例3 北海道ニセコ町",
    "実施場所:東京都豊島区 ハローワーク池袋",
    "別府市(大分労働局・ハローワーク別府)",
]


def _lines() -> list[str]:
    lines = list(PLACE_LINES)
    for path in _corpus_texts():
        lines.extend(path.read_text("utf-8").splitlines())
    return lines


def test_anchor_place_precheck_is_exact() -> None:
    from jirei.lines import Line
    from jirei.sections import classifier

    cls = classifier()
    infos = [cls.classify(Line(text, 0)) for text in dict.fromkeys(_lines())]
    found = [fallback.anchor_kind(info) for info in infos]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fallback, "_MUNICIPALITY_END", ALWAYS)
        unchecked = [fallback.anchor_kind(info) for info in infos]
    assert found == unchecked
    assert found[: len(PLACE_LINES)] == ["place"] * len(PLACE_LINES)  # (dict keeps order)


def _corpus_texts() -> list[Path]:
    return sorted(CORPUS.rglob("*.txt"))


@pytest.mark.parametrize("path", _corpus_texts(), ids=lambda p: p.name)
def test_fallback_prechecks_are_exact(path: Path) -> None:
    """The place prechecks of the fallback segmentation (a line needs 市区町村 to be a
    place; a tail search needs a place anchor) change nothing in any corpus output."""
    text = path.read_text("utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fallback, "_MUNICIPALITY_END", ALWAYS)
        patch.setattr(fallback, "_has_place", lambda *args: True)
        unchecked = jirei.parse_text(text)
    assert jirei.parse_text(text) == unchecked


def test_has_place_matches_the_anchors() -> None:
    """``fallback._has_place`` (asked only of the lines that can be places) answers as
    the anchors themselves do, over every window of case lines in the corpus."""
    from jirei.normalise import normalise
    from jirei.segment import segment

    header = "【静岡県浜松市】【静岡労働局・ハローワーク浜松】\n本文です。\n"
    texts = [header, *(path.read_text("utf-8") for path in _corpus_texts())]
    windows = 0
    for text in texts:
        seg = segment(normalise(text).text)
        infos = seg.lines
        bounds = [(0, len(infos)), *((case.first, case.stop) for case in seg.cases)]
        bounds += [(case.body, case.stop) for case in seg.cases]
        for lo, hi in bounds:
            expected = any(
                fallback.anchor_kind(infos[i]) == "place" for i in range(lo, hi)
            )
            assert fallback._has_place(infos, lo, hi, jirei.DEFAULT_RULES) is expected
            windows += 1
    assert windows > 100
