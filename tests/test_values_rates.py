"""parse_rate / find_rates: table-driven examples and property tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jirei
from jirei.errors import ValueParseError
from jirei.rules import DEFAULT_RULES
from jirei.values import Found, find_rates, parse_rate

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
KANJI = "〇一二三四五六七八九"

EXAMPLES: list[tuple[str, Decimal]] = [
    ("71.0%", Decimal("71.0")),
    ("７１．０％", Decimal("71.0")),
    ("7割", Decimal(70)),
    ("七割", Decimal(70)),
    ("65%以上", Decimal(65)),
    ("約60%", Decimal(60)),
    ("達成率131.8%", Decimal("131.8")),
    ("就職率64.9%", Decimal("64.9")),
    ("就職率: 60%", Decimal(60)),
    ("(達成率131.8%)", Decimal("131.8")),
    ("（達成率125%）", Decimal(125)),
    ("3割5分", Decimal(35)),
    ("三割五分", Decimal(35)),
    ("3割5分2厘", Decimal("35.2")),
    ("3割強", Decimal(30)),
    ("100%", Decimal(100)),
    ("0.5%", Decimal("0.5")),
    ("134.0%", Decimal("134.0")),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_parse_rate_examples(text: str, expected: Decimal) -> None:
    rate = parse_rate(text)
    assert isinstance(rate, Decimal)
    assert rate == expected
    if "." in text or "．" in text:
        assert str(rate) == str(expected)


def test_must_show() -> None:
    assert jirei.parse_rate("７１．０％") == Decimal("71.0")


@pytest.mark.parametrize(
    "text", ["", "%", "割", "71.0", "220人", "率", "達成率", "(60%", "60%)", "60%%", "abc", "5分"]
)
def test_parse_rate_rejects(text: str) -> None:
    with pytest.raises(ValueParseError):
        parse_rate(text)


def test_rate_units_come_from_rules() -> None:
    rules = DEFAULT_RULES.extend(rate_units={"パーセント": 1})
    assert parse_rate("12パーセント", rules=rules) == Decimal(12)
    with pytest.raises(ValueParseError):
        parse_rate("12パーセント")


FIND_EXAMPLES: list[tuple[str, list[tuple[str, Decimal]]]] = [
    ("290人(達成率131.8%)", [("131.8%", Decimal("131.8"))]),
    (
        "就職率71.0%、７割、3割5分",
        [("71.0%", Decimal("71.0")), ("７割", Decimal(70)), ("3割5分", Decimal(35))],
    ),
    ("65%以上", [("65%", Decimal(65))]),
    ("割合が高い", []),
    ("449人", []),
    ("第三割", []),
    # a kanji rate right after a word, read whole (decision 2359)
    ("(目標比百七・八%)", [("百七・八%", Decimal("107.8"))]),
    ("同百十二・〇%", [("百十二・〇%", Decimal("112.0"))]),
    ("数十%", []),  # a vague count
    ("第十%", []),  # an ordinal
]


@pytest.mark.parametrize(("text", "expected"), FIND_EXAMPLES)
def test_find_rates_examples(text: str, expected: list[tuple[str, Decimal]]) -> None:
    found = list(find_rates(text))
    assert [(f.text, f.value) for f in found] == expected
    for f in found:
        assert text[f.start : f.end] == f.text


@st.composite
def rendered_rate(draw: st.DrawFn) -> tuple[Decimal, str]:
    """A rate in percent and one way a report could write it."""
    style = draw(st.sampled_from(["percent", "decimal", "wari", "wari_bu"]))
    if style == "percent":
        value = Decimal(draw(st.integers(0, 1000)))
        text = f"{value}%"
    elif style == "decimal":
        whole, tenth = draw(st.integers(0, 999)), draw(st.integers(0, 9))
        text = f"{whole}.{tenth}%"
        value = Decimal(f"{whole}.{tenth}")
    elif style == "wari":
        tenths = draw(st.integers(0, 10))
        kanji = draw(st.booleans()) and tenths < 10
        text = f"{KANJI[tenths] if kanji else tenths}割"
        value = Decimal(tenths * 10)
    else:
        tenths, percent = draw(st.integers(1, 9)), draw(st.integers(1, 9))
        text = f"{tenths}割{percent}分"
        value = Decimal(tenths * 10 + percent)
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    return value, text


@SETTINGS
@given(
    rendered_rate(),
    st.sampled_from(["", "達成率", "就職率", "就職率：", "率 "]),
    st.sampled_from(["", *DEFAULT_RULES.qualifier_suffixes]),
    st.booleans(),
)
def test_rate_round_trip(case: tuple[Decimal, str], label: str, suffix: str, bracket: bool) -> None:
    value, text = case
    written = f"{label}{text}{suffix}"
    if bracket:
        written = f"（{written}）"
    rate = parse_rate(written)
    assert rate == value
    assert isinstance(rate, Decimal)


FILLER = st.lists(
    st.sampled_from(["就職率", "について", "を実施", "（", "）", "。", "\n", "\t", "事業", "の"]),
    max_size=4,
).map("".join)


def _check_spans(text: str) -> list[Found[Decimal]]:
    found = list(find_rates(text))
    for f in found:
        assert text[f.start : f.end] == f.text
        assert isinstance(f.value, Decimal)
        assert parse_rate(f.text) == f.value
    return found


@SETTINGS
@given(FILLER, rendered_rate(), FILLER)
def test_find_rates_in_filler(before: str, case: tuple[Decimal, str], after: str) -> None:
    value, rendered = case
    text = f"{before}・{rendered}・{after}"
    start = len(before) + 1
    assert Found(value, start, start + len(rendered), rendered) in _check_spans(text)


@SETTINGS
@given(st.text())
def test_find_rates_spans_reparse_on_any_text(text: str) -> None:
    _check_spans(text)


@SETTINGS
@given(st.text(alphabet="0123456789０１２３４５６７８９.．%％割分厘一二三十百千万 率約以上"))
def test_find_rates_spans_reparse_on_numeral_soup(text: str) -> None:
    _check_spans(text)


@SETTINGS
@given(st.text())
def test_parse_rate_raises_only_value_parse_error(text: str) -> None:
    try:
        rate = parse_rate(text)
    except ValueParseError:
        return
    assert isinstance(rate, Decimal)


@SETTINGS
@given(st.sampled_from(["比", "同", "率", "は"]), st.integers(100, 199), st.integers(0, 9))
def test_kanji_rate_after_a_word_is_read_whole(word: str, whole: int, tenth: int) -> None:
    """``目標比百十二・〇％``: the whole kanji numeral with its decimals, never its decimal digits
    alone (decision 2359)."""
    digits = "〇一二三四五六七八九"
    rest = whole - 100
    tens, ones = divmod(rest, 10)
    kanji = "百" + (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (
        digits[ones] if ones else ""
    )
    text = f"{word}{kanji}・{digits[tenth]}%"
    found = list(find_rates(text))
    assert [f.value for f in found] == [Decimal(f"{whole}.{tenth}")]
    assert found[0].text == f"{kanji}・{digits[tenth]}%"

