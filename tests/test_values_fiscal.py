"""parse_fiscal_year / find_fiscal_years: table-driven examples and property tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jirei
from jirei.errors import ValueParseError
from jirei.rules import DEFAULT_RULES, Era
from jirei.values import FiscalYear, Found, find_fiscal_years, parse_fiscal_year

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FULL_WIDTH = str.maketrans("0123456789HRSTM", "０１２３４５６７８９ＨＲＳＴＭ")
KANJI = "〇一二三四五六七八九"
ERAS = DEFAULT_RULES.eras

EXAMPLES: list[tuple[str, str | None, int, str | None, int | None]] = [
    ("平成29年度", None, 2017, "平成", 29),
    ("令和元年度", None, 2019, "令和", 1),
    ("令和1年度", None, 2019, "令和", 1),
    ("平成31年度", None, 2019, "平成", 31),
    ("平成元年度", None, 1989, "平成", 1),
    ("2019年度", None, 2019, None, None),
    ("２０１９年度", None, 2019, None, None),
    ("H29年度", None, 2017, "平成", 29),
    ("Ｈ２９年度", None, 2017, "平成", 29),
    ("平29年度", None, 2017, "平成", 29),
    ("R2年度", None, 2020, "令和", 2),
    ("平成 29 年度", None, 2017, "平成", 29),
    ("平成二十九年度", None, 2017, "平成", 29),
    ("29年度", None, 2017, "平成", 29),
    ("２９年度", None, 2017, "平成", 29),
    ("2年度", "令和", 2020, "令和", 2),
    ("2年度", "R", 2020, "令和", 2),
    ("29年度", "H", 2017, "平成", 29),
    ("元年度", "令和", 2019, "令和", 1),
    ("平成29年度", "令和", 2017, "平成", 29),
]


@pytest.mark.parametrize(("text", "era", "year", "written_era", "era_year"), EXAMPLES)
def test_parse_fiscal_year_examples(
    text: str, era: str | None, year: int, written_era: str | None, era_year: int | None
) -> None:
    fiscal = parse_fiscal_year(text, era=era)
    assert isinstance(fiscal, FiscalYear)
    assert fiscal.year == year
    assert int(fiscal) == year
    assert fiscal.start == date(year, 4, 1)
    assert fiscal.end == date(year + 1, 3, 31)
    assert (fiscal.era, fiscal.era_year, fiscal.overran_era) == (written_era, era_year, False)


def test_must_show() -> None:
    assert jirei.parse_fiscal_year("平成29年度").start == date(2017, 4, 1)


def test_default_era_comes_from_rules() -> None:
    rules = DEFAULT_RULES.extend(default_era="令和")
    assert parse_fiscal_year("2年度", rules=rules).year == 2020
    assert parse_fiscal_year("2年度").year == 1990


def test_fiscal_start_month_comes_from_rules() -> None:
    rules = DEFAULT_RULES.extend(fiscal_start_month=1)
    fiscal = parse_fiscal_year("2019年度", rules=rules)
    assert (fiscal.start, fiscal.end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_overrun_fiscal_year() -> None:
    fiscal = parse_fiscal_year("平成32年度")
    assert fiscal.year == 2020
    assert fiscal.overran_era is True


@pytest.mark.parametrize(
    "text",
    [
        "",
        "年度",
        "平成29年",
        "2019年",
        "平成0年度",
        "123年度",
        "平成2017年度",
        "平成100年度",
        "H29",
        "29",
        "abc",
        "前年度",
    ],
)
def test_parse_fiscal_year_rejects(text: str) -> None:
    with pytest.raises(ValueParseError):
        parse_fiscal_year(text)


def test_unknown_era_argument() -> None:
    with pytest.raises(ValueParseError):
        parse_fiscal_year("29年度", era="天平")
    with pytest.raises(ValueParseError):
        list(find_fiscal_years("29年度", era="天平"))


FIND_EXAMPLES: list[tuple[str, str | None, list[tuple[str, int]]]] = [
    ("\t29年度事業目標\t29年度実績", None, [("29年度", 2017), ("29年度", 2017)]),
    ("平成30年度 事業目標と取組状況", None, [("平成30年度", 2018)]),
    ("前年度実績と本年度", None, []),
    ("令和元年度から2年度まで", "令和", [("令和元年度", 2019), ("2年度", 2020)]),
    ("2019年度", None, [("2019年度", 2019)]),
    ("平成29年4月1日", None, []),
]


@pytest.mark.parametrize(("text", "era", "expected"), FIND_EXAMPLES)
def test_find_fiscal_years_examples(
    text: str, era: str | None, expected: list[tuple[str, int]]
) -> None:
    found = list(find_fiscal_years(text, era=era))
    assert [(f.text, f.value.year) for f in found] == expected
    for f in found:
        assert text[f.start : f.end] == f.text


def to_kanji(n: int) -> str:
    """1..99 in kanji numerals, written independently of the parser."""
    tens, ones = divmod(n, 10)
    text = ("" if tens < 2 else KANJI[tens]) + ("十" if tens else "")
    return text + (KANJI[ones] if ones else "")


@st.composite
def rendered_fiscal(draw: st.DrawFn) -> tuple[int, Era | None, str, str | None]:
    """(Gregorian start year, era written or implied, text, era argument)."""
    style = draw(st.sampled_from(["gregorian", "era", "bare"]))
    space = st.sampled_from(["", "", " ", "\u3000"])
    if style == "gregorian":
        year = draw(st.integers(1000, 9998))
        return year, None, f"{year}{draw(space)}年度", None
    era = draw(st.sampled_from(ERAS))
    era_year = draw(st.integers(1, 99))
    year = era.first_year + era_year - 1
    if era_year == 1 and draw(st.booleans()):
        number = "元"
    elif draw(st.booleans()):
        number = to_kanji(era_year)
    else:
        number = str(era_year)
    if style == "era":
        spelling = draw(st.sampled_from([era.name, *era.abbreviations]))
        text, argument = f"{spelling}{draw(space)}{number}{draw(space)}年度", None
    else:
        text, argument = (
            f"{number}{draw(space)}年度",
            draw(st.sampled_from([era.name, *era.abbreviations])),
        )
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    return year, era, text, argument


@SETTINGS
@given(rendered_fiscal())
def test_fiscal_round_trip(case: tuple[int, Era | None, str, str | None]) -> None:
    year, era, text, argument = case
    fiscal = parse_fiscal_year(text, era=argument)
    assert fiscal.year == year
    assert fiscal.start == date(year, 4, 1)
    assert fiscal.end == date(year + 1, 3, 31)
    assert fiscal.era == (era.name if era else None)
    later = [e.start for e in ERAS if era and e.start > era.start]
    assert fiscal.overran_era == bool(later and fiscal.start >= min(later))


FILLER = st.lists(
    st.sampled_from(["事業目標", "実績", "の", "。", "\n", "\t", "（", "）", "市", "前", "取組"]),
    max_size=4,
).map("".join)


def _check_spans(text: str, era: str | None = None) -> list[Found[FiscalYear]]:
    found = list(find_fiscal_years(text, era=era))
    for f in found:
        assert text[f.start : f.end] == f.text
        assert parse_fiscal_year(f.text, era=era) == f.value
    return found


@SETTINGS
@given(FILLER, rendered_fiscal(), FILLER)
def test_find_fiscal_years_in_filler(
    before: str, case: tuple[int, Era | None, str, str | None], after: str
) -> None:
    year, _, rendered, argument = case
    text = f"{before}・{rendered}{after}"
    start = len(before) + 1
    found = _check_spans(text, argument)
    assert [(f.start, f.end, f.value.year) for f in found] == [(start, start + len(rendered), year)]


@SETTINGS
@given(st.text(), st.sampled_from([None, "令和", "S"]))
def test_find_fiscal_years_spans_reparse_on_any_text(text: str, era: str | None) -> None:
    _check_spans(text, era)


SOUP = "0123456789０１２３４５６７８９年度元平成令和HR一二三十 "


@SETTINGS
@given(st.text(alphabet=SOUP))
def test_find_fiscal_years_spans_reparse_on_soup(text: str) -> None:
    _check_spans(text)


@SETTINGS
@given(st.one_of(st.text(), st.text(alphabet=SOUP)))
def test_parse_fiscal_year_raises_only_value_parse_error(text: str) -> None:
    try:
        fiscal = parse_fiscal_year(text)
    except ValueParseError:
        return
    assert isinstance(fiscal, FiscalYear)


def test_seed_report() -> None:
    shared = Path(__file__).parents[1] / ".." / "shared"
    seed = shared / "seed" / "000_55666265dad7f183.txt"
    if not shared.exists() or not seed.exists():
        pytest.skip("shared seed report not available")
    text = seed.read_text("utf-8")
    found = _check_spans(text)
    assert 2017 in {f.value.year for f in found}
