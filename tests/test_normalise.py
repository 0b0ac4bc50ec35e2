"""normalise(): what it changes, and the exact map back to the original text."""

from __future__ import annotations

import html
import random
import re
import sys
import unicodedata
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from jirei.normalise import BRACKETS, Normalised, _decomposables, normalise
from jirei.radicals import radical_table

SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letter-spacing between CJK characters goes; other spaces stay
        ("就 職 者 数", "就職者数"),
        ("相模原市 コメント", "相模原市コメント"),
        ("相模原市\u3000コメント", "相模原市コメント"),
        ("ハローワーク コメント", "ハローワークコメント"),
        ("人々 ー", "人々ー"),
        ("就職者数  150人", "就職者数  150人"),
        ("就職者数\u3000\u3000150人", "就職者数  150人"),
        ("就職\t率", "就職\t率"),
        ("平成 29年", "平成 29年"),
        ("29 年", "29 年"),
        ("ABC 就職", "ABC 就職"),
        ("就職 ・ 定着", "就職 ・ 定着"),
        ("就 \n職", "就 \n職"),
        # NFKC
        ("ＡＢＣ１２３％（）！", "ABC123%()!"),
        ("１３１．８％", "131.8%"),
        ("ｶﾞｲﾄﾞﾌﾞｯｸ", "ガイドブック"),
        ("か\u3099き", "がき"),
        ("㈱テスト", "(株)テスト"),
        ("①②", "12"),
        ("㍻", "平成"),
        ("…", "..."),
        ("\uf9dc", "隆"),
        # radicals
        ("⼀体的実施", "一体的実施"),
        ("⽣活保護", "生活保護"),
        ("⾏政", "行政"),
        ("⻑期", "長期"),
        # brackets
        ("＜宇都宮市コメント＞", "<宇都宮市コメント>"),
        ("<ハローワーク コメント>", "<ハローワークコメント>"),
        ("〈a〉《b》≪c≫", "<a><b><c>"),
        ("【a】〔b〕［c］[d]〖e〗〘f〙", "【a】【b】【c】【d】【e】【f】"),
        ("（一体的実施施設）", "(一体的実施施設)"),
        # newlines and tabs
        ("a\r\nb\rc\n\td", "a\nb\nc\n\td"),
        ("", ""),
    ],
)
def test_examples(text: str, expected: str) -> None:
    assert normalise(text).text == expected


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("㈱テスト", [0, 0, 0, 1, 2, 3, 4]),  # (株) all map to ㈱
        ("就 職", [0, 2, 3]),  # the removed space
        ("a\r\nb", [0, 2, 3, 4]),  # the \r of \r\n
        ("ｶﾞｲ", [0, 2, 3]),  # ｶﾞ -> ガ
        ("…x", [0, 0, 0, 1, 2]),
        ("ＡＢ", [0, 1, 2]),
    ],
)
def test_to_original_examples(text: str, offsets: list[int]) -> None:
    result = normalise(text)
    assert [result.to_original(i) for i in range(len(result.text) + 1)] == offsets


def test_span_examples() -> None:
    result = normalise("就 職 者 数\t２２０人（㈱）")
    assert result.text == "就職者数\t220人((株))"
    assert result.span(0, 4) == (0, 7)
    assert result.original[slice(*result.span(5, 9))] == "２２０人"
    assert result.span(10, 13) == (13, 14)  # (株) inside the brackets comes from ㈱
    assert result.span(3, 3) == (6, 6)
    with pytest.raises(IndexError):
        result.to_original(len(result.text) + 1)
    with pytest.raises(IndexError):
        result.span(-1, 2)


def test_result_type() -> None:
    result = normalise("ＡＢ")
    assert isinstance(result, Normalised)
    assert result.original == "ＡＢ"
    assert result == normalise("ＡＢ")


def test_scan_ranges_hold_every_decomposable_character() -> None:
    # normalise() only scans part of the code space for characters NFKC changes.
    found = set(_decomposables())
    for codepoint in range(sys.maxunicode + 1):
        char = chr(codepoint)
        if unicodedata.decomposition(char) or unicodedata.combining(char):
            assert char in found, hex(codepoint)


# ---- properties -------------------------------------------------------------

_SAMPLES = (
    "就職者数支援対象生活保護市区町村相模原宇都宮々〆ー"
    "あいうかがきぱゃゝゞアイウカガキパャヽヾヶ"
    "ｱｲｶｷﾊﾟﾞﾟｰ"
    "ＡＢＣａｂｃ０１２３％（）！？：，．－～"
    "abcXYZ0123456789%().,:-/"
    "㈱㈲①②⑩㍻㍼…‥㎡№™½ﬁ"
    "\uf9dc\ufa30\U0002f800"
    "\u3099\u309a\u309b\u309c\u0301\u0308"
    "각가ㄱㅏㅐ"
    "\u2e80\u2e9f\u2ed1\u2ec4"
    " \u3000\u00a0\t\n\r"
)
_CHARS = (
    st.sampled_from(_SAMPLES)
    | st.sampled_from(sorted(radical_table()))
    | st.sampled_from(sorted(BRACKETS) + list("＜＞［］﹇﹈︿﹀〈〉"))
)
_TEXT = st.text(_CHARS, max_size=60) | st.text(max_size=30) | st.text(_CHARS | st.characters())


def _boundaries(result: Normalised) -> list[int]:
    """Normalised offsets that start a unit (or end the text)."""
    offsets = [result.to_original(i) for i in range(len(result.text) + 1)]
    return [
        i
        for i in range(len(result.text) + 1)
        if i in (0, len(result.text)) or offsets[i] != offsets[i - 1]
    ]


@settings(max_examples=300)
@given(_TEXT)
def test_map_is_monotonic_and_in_range(text: str) -> None:
    result = normalise(text)
    offsets = [result.to_original(i) for i in range(len(result.text) + 1)]
    assert offsets[0] >= 0
    assert offsets[-1] == len(text)
    assert all(a <= b for a, b in pairwise(offsets))
    for i in range(len(result.text)):
        start, end = result.span(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert start == offsets[i]


@settings(max_examples=300)
@given(_TEXT)
def test_each_character_comes_from_its_source(text: str) -> None:
    """The character normalisation is local: each character comes from its source."""
    result = normalise(text, layouts=False)
    for i, char in enumerate(result.text):
        source = result.original[slice(*result.span(i, i + 1))]
        assert char in normalise(source, layouts=False).text, (i, char, source)


@settings(max_examples=300)
@given(_TEXT)
@example("0‥‥0")  # a dot leader blanked by the form rewrite (found by hypothesis)
@example("²0")  # a superscript digit opening a note line, written ※ (decision 1924)
@example("［‹】0")  # a form field: its label kept in place (found by hypothesis, 2040)
@example("【実施主体】浜松市")  # the same, a real label
@example("【県名】愛知県      【労働局名】愛知労働局")  # two fields on one line
@example("　【市町村名】姫路市")  # an indented field of a field label: brackets kept (2041)
@example("　【問い合わせ先】福岡労働局")  # an indented field of another label
@example("【施設の種別】□一体的実施施設　☑常設窓口")  # a check box choice on a field line
# one shape of each layout stage (decision 2040: each keeps its characters' sources)
@example("自治体名,浜松市\n労働局,静岡労働局")  # CSV rows
@example("┌─ 関係者の声 ─┐\n│ 良かった │\n└──────┘")  # a titled box
@example("┌──┬──┐\n│目標│実績│\n├──┼──┤\n│10人│12人│\n└──┴──┘")  # a box table
@example("就職者数<sup>※1</sup>は12人")  # a note mark
@example("達成率 $105.0\\%$ と $\\textcircled{1}$")  # LaTeX marks
@example("<table><tr><td>目標</td><td>10人</td></tr></table>")  # an HTML table
@example("+----+----+\n| a  | b  |\n+====+====+")  # a grid table
@example("REPORT\n01\n浜松市の取組")  # a split label
@example("就職支援 Employment Support")  # an English gloss
@example("| 目標<br>（人） | **項目** |\n|---|---|")  # pipe cells
@example("■窓口名称　ワークサポートはままつ")  # a field space
@example("就職者数 l97人")  # an OCR figure
@example("【市のコメント】（記入者：福祉課 山田）\n本文です。")  # a speaker note
@example("事事例例１１　浜松市")  # fake bold
@example("事例１\t浜松市\n\t取組内容\n\t成果")  # a card indent
@example("取組：①相談窓口の設置　②出張相談")  # inline sections
@example("**【取組内容】** 相談")  # markdown bold
@example("###### 写真：窓口の様子")  # a caption
@example("【浜松市】\n【静岡労働局・ハローワーク浜松】")  # a split header
@example("平成26年4月\n1日開設")  # a split date
@example("就職者数 実績 95人\n　／ 達成率 105.6％")  # a slash row
@example("&#39;")  # an HTML entity written as its character (found by hypothesis)
def test_layout_rewrites_only_blank_or_rule(text: str) -> None:
    """With the layout rewrites, a character that does not come from its source is a blank
    or a table rule the rewrites put there (a dot leader blanked, a border as ``|---|``), a
    figure an OCR repair made (``l97`` → ``197``), or the ``※`` a note's own mark is written
    as (``¹ …``, ``[^1]: …``; decision 1924)."""
    result = normalise(text)
    for i, char in enumerate(result.text):
        start, end = result.span(i, i + 1)
        source = result.original[start:end]
        assert (
            char in normalise(source).text
            or char in " |-:\n※"
            or char.isdigit()
            or _entity_char(result.original, start, char)
        ), (i, char, source)


def _entity_char(original: str, start: int, char: str) -> bool:
    """Whether ``char`` is what an HTML entity opening at ``start`` stands for: the layout
    rewrite writes an entity as its character and spaces (``jirei.htmltables``), the
    character's source the entity's ``&`` (``&#39;`` → ``'``, found by hypothesis)."""
    match = _ENTITY.match(original, start)
    return match is not None and char in unicodedata.normalize("NFKC", html.unescape(match[0]))


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@settings(max_examples=300)
@given(_TEXT, st.randoms(use_true_random=False))
def test_spans_renormalise_to_the_same_text(text: str, rng: random.Random) -> None:
    """A span cut from a line's start renormalises to the text it maps to.

    The start is a line start because one rule looks at it: the space after a kanji
    numeral opening a line stays (``一 ⺀``), the same space mid-line is letter-spacing.
    """
    result = normalise(text, layouts=False)  # the layout rewrites read a line's context
    boundaries = _boundaries(result)
    line_starts = [i for i in boundaries if i == 0 or result.text[i - 1] == "\n"]
    for _ in range(10):
        start = rng.choice(line_starts)
        end = rng.choice([i for i in boundaries if i >= start])
        original_start, original_end = result.span(start, end)
        cut = text[original_start:original_end]
        assert normalise(cut, layouts=False).text == result.text[start:end]


@settings(max_examples=300)
@given(_TEXT)
@example("[0]0")  # a form field only once its brackets are unified (found by hypothesis)
def test_idempotent(text: str) -> None:
    """The character normalisation is idempotent (a layout rewrite may read a line anew once
    its brackets are unified: ``[施設名]値`` is a form field only as ``【施設名】値``)."""
    once = normalise(text, layouts=False).text
    assert normalise(once, layouts=False).text == once


@settings(max_examples=300)
@given(st.text())
def test_never_raises(text: str) -> None:
    result = normalise(text)
    assert result.to_original(len(result.text)) == len(text)
    if result.text:
        result.span(0, len(result.text))


@pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")
def test_seed_report() -> None:
    original = SEED.read_text("utf-8")
    result = normalise(original)
    assert normalise(result.text).text == result.text
    boundaries = _boundaries(result)
    rng = random.Random(7)
    for _ in range(300):
        start, end = sorted(rng.choice(boundaries) for _ in range(2))
        original_start, original_end = result.span(start, end)
        assert normalise(original[original_start:original_end]).text == result.text[start:end]
    # Every line of the normalised text maps onto a line of the original.
    position = 0
    for line in result.text.split("\n"):
        start, end = result.span(position, position + len(line))
        assert "\n" not in original[start:end]
        position += len(line) + 1
