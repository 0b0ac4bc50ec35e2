"""Variants of the conversion layouts of branch convert3-s16 (decisions 3251–3252): a Word
outline pasted as text, whatever its numbering style (``1.`` / ``（1）``, ``1`` / ``(1)`` /
``ア``, ``①``), its indent and list tabs read as layout; a chapter of cases numbered in Roman
numerals."""

from __future__ import annotations

import attrs
import pytest

from jirei.caselabel import label_length
from jirei.outlinetabs import untangle_outline_tabs
from jirei.pipeline import parse_text
from jirei.rules import DEFAULT_RULES

#: no outline numbers: the reader of decision 3251 off
_OFF = attrs.evolve(DEFAULT_RULES, outline_enumerators=())


def _outline(top: str, sub: str, item: str, voice_heading: str) -> str:
    """A one-case Word outline numbered with ``top`` (``{n}``), ``sub`` and ``item``."""
    one, two, three, four = (top.format(n=n) for n in (1, 2, 3, 4))
    a, b = (sub.format(n=n) for n in (1, 2))
    return "\n".join([
        "令和元年度　一体的実施　事例集",
        "",
        "一\t愛媛県松山市の取組",
        f"\t{one}\t施設の概要",
        "\t\t【愛媛県松山市】【愛媛労働局・ハローワーク松山】まつやま仕事相談室（一体的実施施設）"
        "令和元年６月３日事業開始",
        f"\t{two}\t取組内容",
        f"\t\t{a}\t市の窓口にナビゲーターが常駐し、相談から職業紹介までを一か所で行う。",
        f"\t\t{b}\t月１回、市とハローワークの連絡会議を開く。",
        f"\t{three}\t事業目標と取組状況（平成30年度）",
        "\t\t区分\t目標\t実績",
        "\t\t支援対象者数\t180人\t192人",
        "\t\t就職者数\t100人\t111人",
        f"\t{four}\t{voice_heading}",
        f"\t\t{item.format(n=1)}\tハローワーク松山",
        "\t\t\t市の窓口で面談できるので、来所をためらう方にも会える。",
        f"\t\t{item.format(n=2)}\t愛媛労働局",
        "\t\t\t連絡会議で課題を共有できるようになった。",
        "",
    ])


STYLES = [
    ("{n}.", "（{n}）", "（{n}）", "関係者の声"),
    ("{n}", "({n})", "({n})", "関係者コメント"),
    ("{n}．", "{n})", "({n})", "関係者の声"),
    ("（{n}）", "{n}.", "({n})", "関係者コメント"),
]


@pytest.mark.parametrize(("top", "sub", "item", "voices"), STYLES)
def test_outline_voices_are_read_whatever_the_numbering(
    top: str, sub: str, item: str, voices: str
) -> None:
    text = _outline(top, sub, item, voices)
    (profile,) = parse_text(text).profiles
    assert [(c.speaker, c.role) for c in profile.comments] == [
        ("ハローワーク松山", "hello_work"), ("愛媛労働局", "labour_bureau")]
    assert profile.comments[1].text == "連絡会議で課題を共有できるようになった。"
    assert len(profile.initiatives) == 2
    assert [m.label for m in profile.metrics] == ["支援対象者数", "就職者数"]
    # every span still points into the original text
    c = profile.comments[0]
    assert text[c.span.start:c.span.end] == c.text


def test_without_the_reader_the_voices_are_lost() -> None:
    text = _outline("{n}", "({n})", "({n})", "関係者コメント")
    (profile,) = parse_text(text, rules=_OFF).profiles
    assert profile.comments == ()


def test_outline_tabs_become_spaces_keeping_length() -> None:
    text = _outline("{n}", "({n})", "({n})", "関係者コメント")
    out = untangle_outline_tabs(text)
    assert len(out) == len(text)
    assert "\t4 関係者コメント" not in out and "  (1) ハローワーク松山" in out
    # a tab table inside the outline keeps its cells apart; the flush-left chapter its tab
    assert "支援対象者数\t180人\t192人" in out
    assert "一\t愛媛県松山市の取組" in out


@pytest.mark.parametrize("text", [
    # a numbered tab table (three cells or more a row) is no outline
    "区分\t目標\t実績\n\t1\t支援対象者数\t180人\n\t2\t就職者数\t100人\n"
    "\t\t3\t就職率\t55%\n\t\t4\t定着\t10人\n",
    # a table of contents: number, title, page
    "目次\nⅠ\t松山市の取組\t1\nⅡ\t今治市の取組\t2\nⅢ\t西条市の取組\t3\nⅣ\t新居浜市の取組\t4\n",
    # one depth only: a list with tabs, no outline
    "\t1\t相談\n\t2\t紹介\n\t3\t定着\n\t4\t連携\n",
    # too few outline lines
    "\t1\t概要\n\t\t(1)\t見出し\n\t\t\t一歩ずつ\n",
])
def test_no_outline_is_left_as_written(text: str) -> None:
    assert untangle_outline_tabs(text) == text


@pytest.mark.parametrize(("line", "length"), [
    ("II 岡山県倉敷市の取組", 3), ("IV. 下関市における取組", 4), ("I 福山市の取組", 2),
    ("VIII 北九州市での実践", 5),
])
def test_a_roman_numbered_chapter_of_cases_is_a_case_label(line: str, length: int) -> None:
    assert label_length(line) == length


@pytest.mark.parametrize("line", [
    "II 取組の概要",  # no place
    "IV 岡山県倉敷市",  # no の取組
    "Ix 倉敷市の取組",  # no Roman numeral
    "VI倉敷市の取組",  # no space after the numeral
])
def test_no_roman_case_label(line: str) -> None:
    assert label_length(line) == 0
