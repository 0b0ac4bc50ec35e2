"""parse_quantity / find_quantities: table-driven examples and property tests."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import jirei
from jirei.errors import ValueParseError
from jirei.model import Quantity, Span
from jirei.rules import DEFAULT_RULES
from jirei.values import Found, find_quantities, parse_quantity

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FULL_WIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
KANJI = "〇一二三四五六七八九"
MULTIPLIERS = "十百千万億兆"
SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "000_55666265dad7f183.txt"


def to_kanji(n: int) -> str:
    """``n`` in kanji numerals, written independently of the parser."""
    if n == 0:
        return "〇"
    out = []
    for unit, name in ((10**8, "億"), (10**4, "万"), (1, "")):
        chunk = n // unit % 10000
        if not chunk:
            continue
        part = ""
        for value, mark in ((1000, "千"), (100, "百"), (10, "十")):
            digit = chunk // value % 10
            if digit:
                part += (KANJI[digit] if digit > 1 else "") + mark
        if chunk % 10:
            part += KANJI[chunk % 10]
        out.append(part + name)
    return "".join(out)


@st.composite
def rendered_number(draw: st.DrawFn) -> tuple[int | Decimal, str]:
    if draw(st.integers(0, 4)) == 0:
        whole = draw(st.integers(0, 10**5))
        fraction = draw(st.integers(0, 9))
        text = f"{whole}.{fraction}"
        value: int | Decimal = Decimal(text)
    else:
        value = draw(st.integers(0, 10**9))
        style = draw(st.sampled_from(["plain", "grouped", "kanji"]))
        if style == "plain":
            text = str(value)
        elif style == "grouped":
            text = f"{value:,}".replace(",", draw(st.sampled_from([",", "，", "、"])))
        else:
            text = to_kanji(value)
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    return value, text


UNIT_SPELLINGS = sorted(DEFAULT_RULES.units)
PREFIXES = list(DEFAULT_RULES.qualifier_prefixes)
SUFFIXES = list(DEFAULT_RULES.qualifier_suffixes)
SPACE = st.sampled_from(["", "", " ", "\u3000"])


@st.composite
def rendered_quantity(draw: st.DrawFn, need_unit: bool = False) -> tuple[Quantity, str]:
    value, number = draw(rendered_number())
    units = st.sampled_from(UNIT_SPELLINGS)
    unit = draw(units if need_unit else st.none() | units)
    # 5千 + 円 is written 5千円 and read as 5 千円 (longest unit wins): not this quantity.
    assume(not (unit and number[-1] in MULTIPLIERS and number[-1] + unit in DEFAULT_RULES.units))
    written_unit = unit.translate(FULL_WIDTH) if unit and draw(st.booleans()) else unit
    kind = draw(st.sampled_from(["none", "prefix", "suffix"]))
    qualifier = None
    text = number
    if written_unit:
        text += draw(SPACE) + written_unit
    if kind == "prefix":
        qualifier = draw(st.sampled_from(PREFIXES))
        text = qualifier + draw(SPACE) + text
    elif kind == "suffix":
        qualifier = draw(st.sampled_from(SUFFIXES))
        text += draw(SPACE) + qualifier
    canonical = DEFAULT_RULES.units[unit] if unit else None
    return Quantity(value, canonical, qualifier), text


EXAMPLES: list[tuple[str, Quantity]] = [
    ("２２０人以上", Quantity(220, "人", "以上")),
    ("220人以上", Quantity(220, "人", "以上")),
    ("約1,200件", Quantity(1200, "件", "約")),
    ("3,000件以上", Quantity(3000, "件", "以上")),
    ("71.0%", Quantity(Decimal("71.0"), "%", None)),
    ("７１．０％", Quantity(Decimal("71.0"), "%", None)),
    ("7割", Quantity(7, "割", None)),
    ("220", Quantity(220, None, None)),
    ("約220", Quantity(220, None, "約")),
    ("65以上", Quantity(65, None, "以上")),
    ("449人", Quantity(449, "人", None)),
    ("2回", Quantity(2, "回", None)),
    ("150世帯", Quantity(150, "世帯", None)),
    ("3か所", Quantity(3, "か所", None)),
    ("3カ所", Quantity(3, "か所", None)),
    ("3ヶ所", Quantity(3, "か所", None)),
    ("3箇所", Quantity(3, "か所", None)),
    ("3ｶ所", Quantity(3, "か所", None)),
    ("5千円", Quantity(5, "千円", None)),
    ("5,000千円", Quantity(5000, "千円", None)),
    ("100万円", Quantity(100, "万円", None)),
    ("300円", Quantity(300, "円", None)),
    ("1万2千人", Quantity(12000, "人", None)),
    ("三百二十人", Quantity(320, "人", None)),
    ("概ね 50 社", Quantity(50, "社", "概ね")),
    ("100人程度", Quantity(100, "人", "程度")),
    ("3割強", Quantity(3, "割", "強")),
    ("20人余り", Quantity(20, "人", "余り")),
    ("10人超え", Quantity(10, "人", "超え")),
    ("約220人以上", Quantity(220, "人", "約…以上")),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_parse_quantity_examples(text: str, expected: Quantity) -> None:
    quantity = parse_quantity(text)
    assert quantity == expected
    assert type(quantity.value) is type(expected.value)
    assert str(quantity.value) == str(expected.value)
    assert quantity.span is None


def test_must_show() -> None:
    quantity = jirei.parse_quantity("２２０人以上")
    assert (quantity.value, quantity.unit, quantity.qualifier) == (220, "人", "以上")


@pytest.mark.parametrize(
    "text", ["", "人", "以上", "約", "12月1日", "1、2人", "abc", "20人人", "約約20", "二十年"]
)
def test_parse_quantity_rejects(text: str) -> None:
    with pytest.raises(ValueParseError):
        parse_quantity(text)


def test_custom_unit_from_rules() -> None:
    rules = DEFAULT_RULES.extend(units={"人日": "人日"})
    assert parse_quantity("30人日", rules=rules) == Quantity(30, "人日", None)
    with pytest.raises(ValueParseError):
        parse_quantity("30人日")
    found = list(find_quantities("延べ30人日", rules=rules))
    assert [f.value.unit for f in found] == ["人日"]


FIND_EXAMPLES: list[tuple[str, list[tuple[str, Quantity]]]] = [
    (
        "支援対象者数\t２２０人以上\t290人(達成率131.8%)",
        [
            ("２２０人以上", Quantity(220, "人", "以上")),
            ("290人", Quantity(290, "人")),
            ("131.8%", Quantity(Decimal("131.8"), "%")),
        ],
    ),
    ("平成23年12月1日事業開始", []),
    ("12月1日", []),
    ("2011年12月1日に", []),
    ("十二月一日", []),
    ("月2回開催", [("2回", Quantity(2, "回"))]),
    ("12月1日から3日間", [("3日", Quantity(3, "日"))]),
    ("第1回セミナー", []),
    ("第三回", []),
    ("一体的実施", []),
    ("同一人物", []),
    ("一人でも多く", [("一人", Quantity(1, "人"))]),
    ("約三百人が参加", [("約三百人", Quantity(300, "人", "約"))]),
    ("2011年は多い", []),
    ("就職率65以上", [("65以上", Quantity(65, None, "以上"))]),
    ("合計 220 人", [("220 人", Quantity(220, "人"))]),
    ("29年度実績", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_EXAMPLES)
def test_find_quantities_examples(text: str, expected: list[tuple[str, Quantity]]) -> None:
    found = list(find_quantities(text))
    assert [(f.text, attrs.evolve(f.value, span=None)) for f in found] == expected
    for f in found:
        assert text[f.start : f.end] == f.text
        assert f.value.span == Span(f.start, f.end)


@SETTINGS
@given(rendered_quantity())
def test_quantity_round_trip(case: tuple[Quantity, str]) -> None:
    expected, text = case
    quantity = parse_quantity(text)
    assert quantity == expected
    assert str(quantity.value) == str(expected.value)


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
            "（",
            "）",
            "事業",
            "の",
            "が",
            "ケース",
            "abc",
            "年",
            "月",
        ]
    ),
    max_size=4,
).map("".join)


def _check_spans(text: str) -> list[Found[Quantity]]:
    found = list(find_quantities(text))
    for f in found:
        assert text[f.start : f.end] == f.text
        assert f.value.span == Span(f.start, f.end)
        reparsed = parse_quantity(f.text)
        assert reparsed == attrs.evolve(f.value, span=None)
        assert f.value.unit is not None or f.value.qualifier is not None
    return found


@SETTINGS
@given(FILLER, rendered_quantity(need_unit=True), FILLER)
def test_find_quantities_in_filler(before: str, case: tuple[Quantity, str], after: str) -> None:
    expected, rendered = case
    text = f"{before}・{rendered}・{after}"
    start, end = len(before) + 1, len(before) + 1 + len(rendered)
    found = _check_spans(text)
    assert Found(attrs.evolve(expected, span=Span(start, end)), start, end, rendered) in found


@SETTINGS
@given(st.lists(st.one_of(FILLER, rendered_quantity().map(lambda c: c[1])), max_size=8))
def test_find_quantities_spans_reparse_in_mixed_text(parts: list[str]) -> None:
    _check_spans("".join(parts))


@SETTINGS
@given(st.text())
def test_find_quantities_spans_reparse_on_any_text(text: str) -> None:
    _check_spans(text)


SOUP = "0123456789０１２３４５６７８９,，、.．一二三十百千万人件円％%割約以上 年月日第"


@SETTINGS
@given(st.text(alphabet=SOUP))
def test_find_quantities_spans_reparse_on_numeral_soup(text: str) -> None:
    _check_spans(text)


@SETTINGS
@given(st.text())
def test_parse_quantity_raises_only_value_parse_error(text: str) -> None:
    try:
        quantity = parse_quantity(text)
    except ValueParseError:
        return
    assert isinstance(quantity, Quantity)


def test_seed_report() -> None:
    if not (Path(__file__).parents[1] / ".." / "shared").exists() or not SEED.exists():
        pytest.skip("shared seed report not available")
    text = SEED.read_text("utf-8")
    found = _check_spans(text)
    values = {(f.value.value, f.value.unit) for f in found}
    assert (449, "人") in values
    assert (Decimal("71.0"), "%") in values
    assert not any(f.value.unit == "日" and text[f.end : f.end + 2] == "事業" for f in found)
