"""parse_number / find_numbers: table-driven examples and property tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jirei
from jirei.errors import ValueParseError
from jirei.values import Found, find_numbers, parse_number

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
KANJI = "〇一二三四五六七八九"


def to_kanji(n: int, explicit_one: bool = False) -> str:
    """``n`` in kanji numerals (三百二十, 一万二千), written independently of the parser.

    ``explicit_one`` writes 一千/一百/一十 instead of 千/百/十.
    """
    if n == 0:
        return "〇"
    out = []
    for unit, name in ((10**12, "兆"), (10**8, "億"), (10**4, "万"), (1, "")):
        chunk = n // unit % 10000
        if not chunk:
            continue
        part = ""
        for value, mark in ((1000, "千"), (100, "百"), (10, "十")):
            digit = chunk // value % 10
            if digit == 1:
                part += ("一" if explicit_one else "") + mark
            elif digit:
                part += KANJI[digit] + mark
        if chunk % 10:
            part += KANJI[chunk % 10]
        out.append(part + name)
    return "".join(out)


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@st.composite
def rendered_int(draw: st.DrawFn) -> tuple[int, str]:
    """An int and one way a report could write it."""
    n = draw(st.integers(min_value=0, max_value=10**13))
    style = draw(st.sampled_from(["plain", "grouped", "kanji", "mixed"]))
    if style == "plain":
        text = str(n)
    elif style == "grouped":
        text = grouped(n, draw(st.sampled_from([",", "，", "、"])))
    elif style == "kanji":
        text = to_kanji(n, explicit_one=draw(st.booleans()))
    else:
        high, low = divmod(n, 10**4)
        if high == 0:
            text = str(low)
        else:
            text = f"{high}万" + (str(low) if low else "")
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    return n, text


@st.composite
def rendered_decimal(draw: st.DrawFn) -> tuple[Decimal, str]:
    whole = draw(st.integers(min_value=0, max_value=10**7))
    places = draw(st.integers(min_value=1, max_value=4))
    fraction = draw(st.integers(min_value=0, max_value=10**places - 1))
    text = f"{whole}.{fraction:0{places}d}"
    if draw(st.booleans()) and whole >= 1000:
        text = grouped(whole, ",") + f".{fraction:0{places}d}"
    value = Decimal(text.replace(",", ""))
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    return value, text


EXAMPLES: list[tuple[str, int | Decimal]] = [
    ("0", 0),
    ("7", 7),
    ("220", 220),
    ("２２０", 220),
    ("1,200", 1200),
    ("18,415", 18415),
    ("１，２００", 1200),
    ("1、200", 1200),
    ("1,234,567", 1234567),
    ("71.0", Decimal("71.0")),
    ("７１．０", Decimal("71.0")),
    ("131.8", Decimal("131.8")),
    ("0.5", Decimal("0.5")),
    ("1,200.50", Decimal("1200.50")),
    ("十", 10),
    ("十一", 11),
    ("二十", 20),
    ("百", 100),
    ("三百二十", 320),
    ("二千三百四十", 2340),
    ("一万", 10000),
    ("二〇一九", 2019),
    ("千二百", 1200),
    ("一億二千万", 120000000),
    ("1万2千", 12000),
    ("1万2000", 12000),
    ("3.5万", 35000),
    ("1.25万", 12500),
    ("1.23456万", Decimal("12345.6")),
    ("100万", 1000000),
    ("2千", 2000),
    ("  42  ", 42),
    ("\u300042\u3000", 42),
    ("123456789012345678901234567890", 123456789012345678901234567890),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_parse_number_examples(text: str, expected: int | Decimal) -> None:
    value = parse_number(text)
    assert value == expected
    assert type(value) is type(expected)
    if isinstance(expected, Decimal):
        assert str(value) == str(expected)


BAD = [
    "",
    "   ",
    "abc",
    "1、2",
    "1,2000",
    "12,34",
    "十百",
    "万",
    "億",
    "1二",
    "1.2.3",
    "百十百",
    "-5",
    "5人",
    "1,",
    ".5",
    "一二三万四",
]


@pytest.mark.parametrize("text", BAD)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ValueParseError) as error:
        parse_number(text)
    assert repr(text) in str(error.value) or text.strip() == ""


def test_parse_number_non_string_raises_value_parse_error() -> None:
    with pytest.raises(ValueParseError):
        parse_number(None)  # type: ignore[arg-type]


def test_value_parse_error_is_value_error() -> None:
    assert issubclass(jirei.ValueParseError, ValueError)
    with pytest.raises(ValueError, match="'zzz'"):
        jirei.parse_number("zzz")


FIND_EXAMPLES: list[tuple[str, list[tuple[int | Decimal, str]]]] = [
    ("1、2年で", [(1, "1"), (2, "2")]),
    ("一体的に実施", []),
    ("万全の体制", []),
    ("千葉市", []),
    ("十分な支援", []),
    ("一人でも多く", [(1, "一")]),
    ("三百二十件", [(320, "三百二十")]),
    ("二十歳", [(20, "二十")]),
    ("第三回", []),
    ("万一の場合", []),
    ("統一的な支援", []),
    ("支援対象者数\t２２０人以上", [(220, "２２０")]),
    ("1万2千人", [(12000, "1万2千")]),
    ("5千円", [(5, "5")]),
    ("就職率71.0%", [(Decimal("71.0"), "71.0")]),
    ("18,415件", [(18415, "18,415")]),
]


@pytest.mark.parametrize(("text", "expected"), FIND_EXAMPLES)
def test_find_numbers_examples(text: str, expected: list[tuple[int | Decimal, str]]) -> None:
    found = list(find_numbers(text))
    assert [(f.value, f.text) for f in found] == expected
    for f in found:
        assert text[f.start : f.end] == f.text


@SETTINGS
@given(rendered_int())
def test_int_round_trip(case: tuple[int, str]) -> None:
    n, text = case
    value = parse_number(text)
    assert value == n
    assert type(value) is int


@SETTINGS
@given(rendered_decimal())
def test_decimal_round_trip(case: tuple[Decimal, str]) -> None:
    expected, text = case
    value = parse_number(text)
    assert isinstance(value, Decimal)
    assert value == expected
    assert str(value) == str(expected)


FILLER = st.lists(
    st.sampled_from(
        [
            "支援対象者",
            "について",
            "を実施した",
            "ハローワーク",
            "市の",
            "。",
            "\n",
            "\t",
            " ",
            "（",
            "）",
            "事業",
            "の",
            "が",
            "ケース",
            "abc",
        ]
    ),
    max_size=4,
).map("".join)


@SETTINGS
@given(FILLER, rendered_int(), FILLER)
def test_find_numbers_in_filler(before: str, case: tuple[int, str], after: str) -> None:
    n, rendered = case
    # A kanji numeral right after a kanji is a word by policy; separate it.
    text = f"{before}・{rendered}・{after}"
    start = len(before) + 1
    found = list(find_numbers(text))
    kanji_only = all(c in KANJI + "十百千万億兆" for c in rendered)
    lone_kanji = kanji_only and len(rendered) == 1
    if lone_kanji:
        assert found == []
    else:
        assert Found(n, start, start + len(rendered), rendered) in found
    for f in found:
        assert text[f.start : f.end] == f.text
        assert parse_number(f.text) == f.value


@SETTINGS
@given(st.text())
def test_find_numbers_spans_reparse_on_any_text(text: str) -> None:
    for f in find_numbers(text):
        assert text[f.start : f.end] == f.text
        assert parse_number(f.text) == f.value


SOUP = "0123456789０１２３４５６７８９,，、.．〇一二三四五六七八九十百千万億兆人件円 約以上"


@SETTINGS
@given(st.text(alphabet=SOUP))
def test_find_numbers_spans_reparse_on_numeral_soup(text: str) -> None:
    for f in find_numbers(text):
        assert text[f.start : f.end] == f.text
        assert parse_number(f.text) == f.value


@SETTINGS
@given(st.one_of(st.text(), st.text(alphabet="0123456789,.、万千百十一二三")))
def test_parse_number_raises_only_value_parse_error(text: str) -> None:
    try:
        value = parse_number(text)
    except ValueParseError:
        return
    assert isinstance(value, int | Decimal)
