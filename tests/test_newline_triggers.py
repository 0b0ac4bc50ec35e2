"""Readers that find their lines newline to newline (``linescan.newline_hit_lines``) or by
one joined trigger find the lines the form they replaced found: each is checked against
that form, kept here as the reference, on generated texts made of the characters those
readers look at."""

from __future__ import annotations

import re

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jirei import (
    cardindent,
    fieldspaces,
    inlinesections,
    ocrnoise,
    ocrtables,
    subentries,
    wrappedcells,
)
from jirei.linescan import hit_lines, newline_hit_lines
from jirei.rules import DEFAULT_RULES

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_COMMON = ["\n", "\n", "\n", " ", "  ", "\t", "\u3000", "(", ")", "（", "）", ":", "：", "|"]
_PIECES = [
    "■", "・", "※", "-", "連携先", "実施自治体", "窓口名称", "施設名", "所在地", "開設",
    "取組", "実績", "その他", "成果", "①", "②", "１", "2", "（１）", "(2)", "1)", "ア", "カ",
    "【施設1】", "就労支援プラザ（一体的実施施設）", "漢", "かな", "ab", "l", "I", "!", "｜",
    "丨", "─", "---", "+", "＋", "%", "手書き", "［印］", "ｱ", "?", "・・", "x y",
]  # fmt: skip


def _texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from([*_COMMON, *_PIECES]), max_size=40).map("".join)


def _anchored_lines(text: str, pattern: re.Pattern[str] | regex.Pattern[str]) -> list[int]:
    """The starts of the lines at whose start ``pattern`` (``^``-anchored) matches."""
    starts, start = [], 0
    for line in text.split("\n"):
        if pattern.match(text, start) is not None:
            starts.append(start)
        start += len(line) + 1
    return starts


@SETTINGS
@given(
    _texts(),
    st.sampled_from([r"[ \t\u3000]*[■・連]", r"(?:\S{1,2}[ \u3000]+){2,}", "", "取組"]),
)
def test_newline_hit_lines_are_the_anchored_lines(text: str, body: str) -> None:
    for engine in (re, regex):
        anchored = engine.compile("(?m)^" + body)
        after_newline = engine.compile("\n" + body, engine.MULTILINE)
        found = list(newline_hit_lines(text, after_newline))
        assert [start for start, _ in found] == _anchored_lines(text, anchored)
        for start, end in found:
            assert "\n" not in text[start:end]
            assert end == len(text) or text[end] == "\n"


@SETTINGS
@given(_texts())
def test_field_space_lines_as_before(text: str) -> None:
    trigger = fieldspaces._trigger(DEFAULT_RULES)
    assert trigger is not None

    def matched(lines: object) -> list[tuple[int, int]]:
        return [(s, e) for s, e in lines if trigger.match(text, s, e)]  # type: ignore[attr-defined]

    before = matched((s, e) for _, s, e in hit_lines(text, trigger))  # type: ignore[arg-type]
    assert matched(newline_hit_lines(text, fieldspaces._openers(DEFAULT_RULES))) == before


@SETTINGS
@given(_texts())
def test_noise_lines_as_before(text: str) -> None:
    trigger = ocrnoise._trigger(ocrnoise._notes(DEFAULT_RULES))
    before = [
        (s, e)
        for _, s, e in hit_lines(text, trigger)
        if trigger.match(text[s:e])  # type: ignore[arg-type]
    ]
    after = [
        (s, e)
        for s, e in newline_hit_lines(text, ocrnoise._after_newline(trigger))
        if trigger.match(text[s:e])
    ]
    assert after == before


def _ocr_trigger_reference() -> re.Pattern[str]:
    """The OCR table trigger as an alternation of four, each opening with a bar."""
    chars = ocrtables.rule_chars(DEFAULT_RULES)
    bars = regex.escape(chars.bars)
    odd = regex.escape(chars.bars.replace("|", ""))
    rules = regex.escape(chars.rules)
    crossings = regex.escape(chars.crossings)
    space = "\\n \\t\\u3000"
    cjk = ocrtables._CJK_RE
    return re.compile(
        rf"(?m)[{odd}](?<![^{space}][{odd}])(?=[ \t\u3000{cjk}])"
        rf"|[{odd}](?<=[ \t\u3000{cjk}%％][{odd}])[ \t\u3000]*$"
        rf"|[{bars}][{rules}]+[{crossings}]|[{bars}][─━═―—]"
    )


@SETTINGS
@given(_texts())
def test_ocr_table_trigger_as_before(text: str) -> None:
    trigger = ocrtables._patterns(ocrtables.rule_chars(DEFAULT_RULES)).trigger
    reference = _ocr_trigger_reference()
    assert [m.span() for m in trigger.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]
    assert list(hit_lines(text, trigger)) == list(hit_lines(text, reference))


@SETTINGS
@given(_texts())
def test_inline_section_lines_as_before(text: str) -> None:
    before = [m.span() for m in inlinesections._LINE.finditer(text)]
    after = []
    for _, start, end in hit_lines(text, inlinesections._COLON):
        match = inlinesections._LINE.match(text, start, end)
        if match is not None:
            after.append(match.span())
    assert after == before


class _Info:
    def __init__(self, text: str) -> None:
        self.text = text


@SETTINGS
@given(st.lists(_texts(), max_size=12))
def test_sub_entry_opening_lines_as_before(texts: list[str]) -> None:
    infos = [_Info(t) for t in texts]
    expected = [
        i for i, t in enumerate(texts) if t and t.lstrip(" \u3000")[:1] in subentries._OPENERS
    ]
    assert subentries._opening_lines(infos) == expected  # type: ignore[arg-type]


class _Line:
    def __init__(self, text: str) -> None:
        self.text = text


@SETTINGS
@given(
    st.lists(
        st.lists(st.sampled_from(["a", " ", "    ", "        ", "\u3000", "表"]), max_size=12).map(
            "".join
        ),
        max_size=12,
    )
)
def test_gapped_lines_as_before(texts: list[str]) -> None:
    lines = [_Line(t) for t in texts]
    expected = [n for n, t in enumerate(texts) if " " * 8 in t]
    assert wrappedcells._gapped_lines(lines) == expected  # type: ignore[arg-type]


def _card_indent_reference(text: str) -> str:
    """``untangle_card_indent`` trying every line as a card's label line."""
    from jirei.caselabel import label_length

    if "\n\t" not in text:
        return text
    lines = text.split("\n")
    changed = False
    index = 0
    while index < len(lines):
        head = cardindent._LABEL.match(lines[index])
        if head is None or not cardindent._is_label(
            head.group("label"), label_length, DEFAULT_RULES
        ):
            index += 1
            continue
        run = index + 1
        while (
            run < len(lines)
            and cardindent._MORE.match(lines[run])
            and not cardindent._FIGURE_ONLY.match(lines[run][1:])
        ):
            run += 1
        if run - index - 1 >= 2:
            line = lines[index]
            at = line.index("\t")
            lines[index] = line[:at] + "\u3000" + line[at + 1 :]
            for n in range(index + 1, run):
                lines[n] = "\u3000" + lines[n][1:]
            changed = True
            index = run
        else:
            index += 1
    return "\n".join(lines) if changed else text


_CARD_LINES = [
    "事例１\t本文", "【事例２】\t本文", "\t本文", "\t本文", "\t12人", "本文", "", "\t\t本文", "\t",
    "事例3", "\t 本文",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_CARD_LINES), max_size=16).map("\n".join))
def test_card_indent_as_before(text: str) -> None:
    assert cardindent.untangle_card_indent(text, DEFAULT_RULES) == _card_indent_reference(text)
