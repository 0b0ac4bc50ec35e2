"""parse_date / find_dates: table-driven examples and property tests."""

from __future__ import annotations

import pickle
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jirei
from jirei.errors import ValueParseError
from jirei.rules import DEFAULT_RULES, Era
from jirei.values import Found, JapaneseDate, find_dates, parse_date

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FULL_WIDTH = str.maketrans("0123456789./-HRSTM", "０１２３４５６７８９．／－ＨＲＳＴＭ")
KANJI = "〇一二三四五六七八九"
ERAS = DEFAULT_RULES.eras

EXAMPLES: list[tuple[str, date, str | None, int | None]] = [
    ("平成23年12月1日", date(2011, 12, 1), "平成", 23),
    ("令和元年5月7日", date(2019, 5, 7), "令和", 1),
    ("令和1年5月7日", date(2019, 5, 7), "令和", 1),
    ("H23.12.1", date(2011, 12, 1), "平成", 23),
    ("R2.10.1", date(2020, 10, 1), "令和", 2),
    ("平23.12.1", date(2011, 12, 1), "平成", 23),
    ("H23/12/1", date(2011, 12, 1), "平成", 23),
    ("H23-12-01", date(2011, 12, 1), "平成", 23),
    ("Ｈ２３．１２．１", date(2011, 12, 1), "平成", 23),
    ("R元.5.1", date(2019, 5, 1), "令和", 1),
    ("H23年12月1日", date(2011, 12, 1), "平成", 23),
    ("平成２３年１２月１日", date(2011, 12, 1), "平成", 23),
    ("平成 23 年 12 月 1 日", date(2011, 12, 1), "平成", 23),
    ("平成二十三年十二月一日", date(2011, 12, 1), "平成", 23),
    ("昭和64年1月7日", date(1989, 1, 7), "昭和", 64),
    ("明治45年7月29日", date(1912, 7, 29), "明治", 45),
    ("2011年12月1日", date(2011, 12, 1), None, None),
    ("２０１１年１２月１日", date(2011, 12, 1), None, None),
    ("2011/12/1", date(2011, 12, 1), None, None),
    ("2011-12-01", date(2011, 12, 1), None, None),
    ("2011.12.1", date(2011, 12, 1), None, None),
    ("2020年2月29日", date(2020, 2, 29), None, None),
    (" 2011/12/1 ", date(2011, 12, 1), None, None),
]


@pytest.mark.parametrize(("text", "expected", "era", "era_year"), EXAMPLES)
def test_parse_date_examples(
    text: str, expected: date, era: str | None, era_year: int | None
) -> None:
    value = parse_date(text)
    assert isinstance(value, JapaneseDate)
    assert isinstance(value, date)
    assert value == expected
    assert (value.era, value.era_year, value.overran_era) == (era, era_year, False)


def test_must_show() -> None:
    assert jirei.parse_date("令和元年5月7日") == date(2019, 5, 7)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "平成",
        "2月30日",
        "12月1日",
        "2011年2月30日",
        "2011年13月1日",
        "2019年2月29日",
        "平成23年2月30日",
        "平成1年1月7日",
        "令和元年4月30日",
        "平成0年1月1日",
        "2011/12-1",
        "2011/13/1",
        "H23.12",
        "平成23年12月",
        "X23.12.1",
        "20111.12.1",
        "abc",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValueParseError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平成32年1月1日", date(2020, 1, 1)),
        ("平成31年5月1日", date(2019, 5, 1)),
        ("昭和65年1月1日", date(1990, 1, 1)),
        ("H40.4.1", date(2028, 4, 1)),
    ],
)
def test_year_past_era_end_converts_and_flags(text: str, expected: date) -> None:
    value = parse_date(text)
    assert value == expected
    assert value.overran_era is True


def test_last_day_of_era_is_not_overrun() -> None:
    assert parse_date("平成31年4月30日").overran_era is False


def test_japanese_date_behaves_as_date() -> None:
    value = parse_date("平成32年1月1日")
    assert hash(value) == hash(date(2020, 1, 1))
    assert value + timedelta(days=1) == date(2020, 1, 2)
    copy = pickle.loads(pickle.dumps(value))
    assert copy == value
    assert (copy.era, copy.era_year, copy.overran_era) == ("平成", 32, True)
    assert value.isoformat() == "2020-01-01"


FIND_EXAMPLES: list[tuple[str, list[tuple[str, date]]]] = [
    ("（一体的実施施設）平成23年12月1日事業開始", [("平成23年12月1日", date(2011, 12, 1))]),
    (
        "H23.12.1、2011/2/30、R2.10.1",
        [("H23.12.1", date(2011, 12, 1)), ("R2.10.1", date(2020, 10, 1))],
    ),
    ("BH23.1.1", []),
    ("2011.12.1.5", []),
    ("12月1日から", []),
    ("平成23年12月", []),
    ("平成1年1月7日", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_EXAMPLES)
def test_find_dates_examples(text: str, expected: list[tuple[str, date]]) -> None:
    found = list(find_dates(text))
    assert [(f.text, f.value) for f in found] == expected
    for f in found:
        assert text[f.start : f.end] == f.text


def era_of(day: date) -> Era:
    return next(era for era in ERAS if era.start <= day)


def to_kanji(n: int) -> str:
    """1..99 in kanji numerals, written independently of the parser."""
    tens, ones = divmod(n, 10)
    text = ("" if tens < 2 else KANJI[tens]) + ("十" if tens else "")
    return text + (KANJI[ones] if ones else "")


@st.composite
def number(draw: st.DrawFn, n: int, kanji: bool) -> str:
    if kanji and draw(st.booleans()):
        return to_kanji(n)
    return f"{n:02d}" if draw(st.booleans()) else str(n)


@st.composite
def rendered_date(draw: st.DrawFn, day: date, era: Era | None) -> str:
    """``day`` written in one of the forms reports use, in ``era`` (None: Gregorian)."""
    space = st.sampled_from(["", "", " ", "\u3000"])
    if era is None:
        if draw(st.booleans()):
            parts = [
                str(day.year),
                "年",
                draw(number(day.month, True)),
                "月",
                draw(number(day.day, True)),
                "日",
            ]
            text = "".join(p + draw(space) for p in parts).rstrip()
        else:
            sep = draw(st.sampled_from(["/", "-", ".", "／", "－", "．"]))
            text = sep.join(
                [str(day.year), draw(number(day.month, False)), draw(number(day.day, False))]
            )
    else:
        era_year = day.year - era.first_year + 1
        spelling = draw(st.sampled_from([era.name, *era.abbreviations]))
        year = "元" if era_year == 1 and draw(st.booleans()) else None
        if draw(st.booleans()):
            year = year or draw(number(era_year, True))
            parts = [
                spelling,
                year,
                "年",
                draw(number(day.month, True)),
                "月",
                draw(number(day.day, True)),
                "日",
            ]
            text = "".join(p + draw(space) for p in parts).rstrip()
        else:
            year = year or draw(number(era_year, False))
            sep = draw(st.sampled_from(["/", "-", ".", "／", "－", "．"]))
            text = spelling + sep.join(
                [year, draw(number(day.month, False)), draw(number(day.day, False))]
            )
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    return text


@st.composite
def dated_text(draw: st.DrawFn) -> tuple[date, Era | None, str]:
    day = draw(st.dates(min_value=date(1873, 1, 1), max_value=date(2099, 12, 31)))
    era = era_of(day) if draw(st.booleans()) else None
    if era is not None and day.year - era.first_year + 1 > 99:
        era = None
    return day, era, draw(rendered_date(day, era))


@SETTINGS
@given(dated_text())
def test_date_round_trip(case: tuple[date, Era | None, str]) -> None:
    day, era, text = case
    value = parse_date(text)
    assert value == day
    if era is None:
        assert (value.era, value.era_year) == (None, None)
    else:
        assert (value.era, value.era_year) == (era.name, day.year - era.first_year + 1)
    assert value.overran_era is False


@st.composite
def overrun(draw: st.DrawFn) -> tuple[date, Era, str]:
    era = draw(st.sampled_from(ERAS[1:]))
    end = min(e.start for e in ERAS if e.start > era.start)
    last = date(era.first_year + 98, 12, 31)
    day = draw(st.dates(min_value=end, max_value=last))
    return day, era, draw(rendered_date(day, era))


@SETTINGS
@given(overrun())
def test_overrun_round_trip(case: tuple[date, Era, str]) -> None:
    day, era, text = case
    value = parse_date(text)
    assert value == day
    assert value.era == era.name
    assert value.overran_era is True


FILLER = st.lists(
    st.sampled_from(
        ["事業開始", "から", "まで", "に開設", "。", "\n", "\t", "（", "）", "市", "年", "月"]
    ),
    max_size=4,
).map("".join)


def _check_spans(text: str) -> list[Found[JapaneseDate]]:
    found = list(find_dates(text))
    for f in found:
        assert text[f.start : f.end] == f.text
        again = parse_date(f.text)
        assert again == f.value
        assert (again.era, again.era_year, again.overran_era) == (
            f.value.era,
            f.value.era_year,
            f.value.overran_era,
        )
    return found


@SETTINGS
@given(FILLER, dated_text(), FILLER)
def test_find_dates_in_filler(before: str, case: tuple[date, Era | None, str], after: str) -> None:
    day, _, rendered = case
    text = f"{before}・{rendered}・{after}"
    start = len(before) + 1
    found = _check_spans(text)
    assert [(f.start, f.end, f.value) for f in found] == [(start, start + len(rendered), day)]


@SETTINGS
@given(st.text())
def test_find_dates_spans_reparse_on_any_text(text: str) -> None:
    _check_spans(text)


SOUP = "0123456789０１２３４５６７８９./-年月日元平成令和HR一二三十 "


@SETTINGS
@given(st.text(alphabet=SOUP))
def test_find_dates_spans_reparse_on_date_soup(text: str) -> None:
    _check_spans(text)


@SETTINGS
@given(st.one_of(st.text(), st.text(alphabet=SOUP)))
def test_parse_date_raises_only_value_parse_error(text: str) -> None:
    try:
        value = parse_date(text)
    except ValueParseError:
        return
    assert isinstance(value, JapaneseDate)


def test_seed_report() -> None:
    shared = Path(__file__).parents[1] / ".." / "shared"
    seed = shared / "seed" / "000_55666265dad7f183.txt"
    if not shared.exists() or not seed.exists():
        pytest.skip("shared seed report not available")
    text = seed.read_text("utf-8")
    found = _check_spans(text)
    assert date(2011, 12, 1) in {f.value for f in found}
