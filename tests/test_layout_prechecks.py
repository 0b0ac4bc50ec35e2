"""The cheap prechecks in front of layout mechanisms skip work only where the mechanism
would find nothing: with rules whose patterns defeat a precheck, the result is the one
of the full reading."""

from __future__ import annotations

import attrs
import pytest
import regex

from jirei.columns import may_split, split_columns
from jirei.commentforms import clean_speaker, is_comment_line
from jirei.furniture import drop_furniture_blocks
from jirei.lines import Line, cell_texts, row_cells, split_lines
from jirei.patternjoin import join_patterns
from jirei.rules import DEFAULT_RULES
from jirei.sections import classifier
from jirei.speakerforms import attribution, read_attributed


def _kept(text: str, patterns: tuple[str, ...]) -> list[str]:
    rules = attrs.evolve(DEFAULT_RULES, furniture_blocks=patterns)
    infos = classifier(rules).classify_all(split_lines(text))
    return [info.line.text for info in drop_furniture_blocks(infos, rules)]


@pytest.mark.parametrize(
    ("patterns", "dropped"),
    [
        (("お問い合わせ先",), "お問い合わせ先"),  # a literal prefix
        (("窓口|連絡先",), "連絡先"),  # an alternative: no common prefix
        (("(?i)contact",), "CONTACT"),  # a global flag: the literal is no literal
        (("ab?c",), "ac"),  # a quantified character ends the prefix
        ((r"\d+番窓口",), "3番窓口"),  # no literal first character
    ],
)
def test_furniture_block_opened_whatever_the_pattern_looks_like(
    patterns: tuple[str, ...], dropped: str
) -> None:
    text = f"本文です。\n\n{dropped}\n電話 000-0000\n\n後の本文。\n"
    kept = _kept(text, patterns)
    assert dropped not in kept
    assert "電話 000-0000" not in kept
    assert "本文です。" in kept and "後の本文。" in kept


def test_no_furniture_opener_keeps_every_line() -> None:
    text = "本文です。\nこの事業は続く。\n"
    assert _kept(text, ("このページに関する問い?合わせ先?",)) == text.splitlines()


@pytest.mark.parametrize(
    "patterns",
    [
        (r"\((?P<speaker>[^()]{1,40}?)\s*談\)",),
        (r"(?P<q>[-=])\s*(?P<speaker>\S+?)\s*談\s*(?P=q)", r"\((?P<speaker>\S+?)談\)"),
        (r"(?i)by\s+(?P<speaker>\S+)", r"―(?P<speaker>\S+)―"),
    ],
)
def test_attributions_found_with_joinable_or_unjoinable_patterns(
    patterns: tuple[str, ...],
) -> None:
    rules = attrs.evolve(DEFAULT_RULES, attributions=patterns)
    lines = [Line("夜の相談が定着した。", 0), Line("", 11)]
    for text in ("(川辺市福祉課 談)", "= 川辺市 談 =", "BY 川辺市", "―川辺市―"):
        line = Line(text, 12)
        found = read_attributed([*lines, line], rules)
        expected = attribution(line, rules)
        if expected is None:
            assert found is None
        else:
            assert found is not None
            assert [c.speaker for c in found.comments] == [expected[0]]


def test_split_columns_precheck_is_exact() -> None:
    wide = (
        "【取組内容】" + " " * 30 + "区分  目標  実績\n"
        "相談員が面談する。" + " " * 27 + "件数  10件  12件\n"
    )
    assert may_split(wide)
    assert split_columns(split_lines(wide)) != split_lines(wide)
    narrow = wide.replace(" " * 30, " " * 5).replace(" " * 27, " " * 5)
    assert not may_split(narrow)
    assert split_columns(split_lines(narrow)) == split_lines(narrow)


@pytest.mark.parametrize(
    "text", ["| 項目 | 事例1 | 事例2 |", "項目\t事例1\t事例2", "区分  目標  実績", "| a |  | c |"]
)
def test_cell_texts_are_the_texts_of_row_cells(text: str) -> None:
    line = Line(text, 7)
    assert cell_texts(line) == [cell.text for cell in row_cells(line)]


_PATTERNS = [
    (r"^○(?P<speaker>[^:]{1,10}):(?P<text>.+)$", r"^「(?P<text>.+)」\((?P<speaker>[^()]+)\)$"),
    (r"(?P<q>[-=])(?P<speaker>\S+?)(?P=q)", r"\((?P<speaker>\S+?)談\)"),
    (r"(?i)by (?P<speaker>\S+)", r"―(?P<speaker>\S+)―"),
    (r"(\S)\1(?P<speaker>\S+)",),
    (r"(?P<speaker>q)r", r"(\S)\1z(?P<speaker>\S*)"),  # joined, \1 would name another group
]
_TEXTS = [
    "○市:よい", "「よい」(市)", "=市=", "(市談)", "BY 市", "by 市", "―市―", "aa市", "ab市", "x",
    "aaz市",
]


@pytest.mark.parametrize("patterns", _PATTERNS)
def test_joined_pattern_matches_where_one_of_the_patterns_does(
    patterns: tuple[str, ...],
) -> None:
    joined = join_patterns(patterns)
    compiled = [regex.compile(p) for p in patterns]
    if joined is None:  # refers to a group or sets a global flag: no precheck
        assert any(regex.search(r"\\[1-9]|\(\?P=|\(\?i\)", p) for p in patterns)
        return
    for text in _TEXTS:
        assert (joined.match(text) is not None) == any(p.match(text) for p in compiled)
        assert (joined.fullmatch(text) is not None) == any(p.fullmatch(text) for p in compiled)


@pytest.mark.parametrize("patterns", _PATTERNS)
def test_comment_lines_read_whatever_the_forms_look_like(patterns: tuple[str, ...]) -> None:
    rules = attrs.evolve(
        DEFAULT_RULES, comment_forms=tuple(("inline", p) for p in patterns)
    )
    for text in _TEXTS:
        expected = any(
            (m := regex.compile(p).match(text)) is not None
            and bool(clean_speaker(m["speaker"], rules)[0])
            for p in patterns
        )
        assert is_comment_line(text, rules) == expected
