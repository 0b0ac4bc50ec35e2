"""Dates in era or Gregorian form: ``平成23年12月1日``, ``令和元年5月7日``, ``H23.12.1``,
``平23.12.1``, ``2011年12月1日``, ``2011/12/1``, ``2011-12-01``, full-width digits and
spaces inside (``平成 23 年 12 月 1 日``).

Eras come from the rules (``eras.toml``: names, first days, abbreviations). A date
before its era began (``平成1年1月7日``) or that does not exist (``2月30日``) is an error;
a date after its era ended (``平成32年1月1日``) is converted and flagged
``overran_era``. Kanji numerals are accepted in the ``年月日`` forms
(``平成二十三年十二月一日``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any

import regex
from attrs import frozen

from jirei.errors import ValueParseError
from jirei.rules import DEFAULT_RULES, Era, Rules, per_rules
from jirei.values._build import found
from jirei.values._text import DIGIT, SP, alternation, nfkc
from jirei.values.found import Found
from jirei.values.numbers import evaluate

#: The word for the first year of an era (令和元年).
FIRST_YEAR = "元"


class JapaneseDate(_dt.date):
    """A ``datetime.date`` that remembers the era it was written in.

    ``era`` and ``era_year`` are None for Gregorian dates; ``overran_era`` is True when
    the written era had already ended on that day (``平成32年``). Compares and hashes
    as the plain date.
    """

    __slots__ = ("_era", "_era_year", "_overran_era")

    def __new__(
        cls,
        year: int,
        month: int,
        day: int,
        era: str | None = None,
        era_year: int | None = None,
        overran_era: bool = False,
    ) -> JapaneseDate:
        self = super().__new__(cls, year, month, day)
        self._era = era
        self._era_year = era_year
        self._overran_era = overran_era
        return self

    @property
    def era(self) -> str | None:
        """The era name as resolved from what was written (``平成`` for ``H``)."""
        return self._era

    @property
    def era_year(self) -> int | None:
        """The year of the era (1 for 元年)."""
        return self._era_year

    @property
    def overran_era(self) -> bool:
        """Whether the era had already ended on this day."""
        return self._overran_era

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            type(self),
            (self.year, self.month, self.day, self.era, self.era_year, self.overran_era),
        )

    def __repr__(self) -> str:
        base = f"JapaneseDate({self.year}, {self.month}, {self.day}"
        if self.era is None:
            return base + ")"
        return (
            f"{base}, era={self.era!r}, era_year={self.era_year!r}, "
            f"overran_era={self.overran_era!r})"
        )


def era_end(era: Era, rules: Rules) -> _dt.date | None:
    """The first day of the era after ``era`` (None for the newest era)."""
    later = [other.start for other in rules.eras if other.start > era.start]
    return min(later) if later else None


def resolve_era(text: str, rules: Rules) -> Era:
    """The era named or abbreviated by ``text`` (width variants allowed); KeyError if none."""
    return rules.era(nfkc(text).strip())


def era_year_number(text: str) -> int | None:
    """The era year written as ``元`` or a numeral; None if it is not a positive number."""
    written = nfkc(text).strip()
    value = 1 if written == FIRST_YEAR else evaluate(written)
    return value if isinstance(value, int) and value >= 1 else None


def era_spellings(rules: Rules) -> list[str]:
    """Every era name and abbreviation of the rules."""
    return [*(e.name for e in rules.eras), *(a for e in rules.eras for a in e.abbreviations)]


_PART = rf"(?:{DIGIT}{{1,2}}|[〇一二三四五六七八九十]{{1,3}})"
_ERA_YEAR = rf"(?:{FIRST_YEAR}|{DIGIT}{{1,2}}|[〇一二三四五六七八九十]{{1,4}})"
_SEPARATOR = "[./\\-／．－]"
#: a Gregorian year in kanji digits, one a digit (``二〇一八年七月二日``, decision 2375)
_KANJI_YEAR = "[〇一二三四五六七八九]{4}"
#: what every date form holds (``日`` or a separator): no date without one of them
_DATE_MARK = regex.compile("[日./\\-／．－]")
_NO_LETTER = "(?<![A-Za-zＡ-Ｚａ-ｚ])"


# ``平成26年（2014年）4月1日``: a bracketed Gregorian gloss after the era year is skipped
# (decision 605).
_GLOSS = rf"(?:{SP}*[(（]{SP}*{DIGIT}{{4}}{SP}*年?{SP}*[)）])?"


def _era_gloss(era: str) -> str:
    """``2016年（平成28年）4月1日``: a bracketed era gloss after the Gregorian year is skipped
    (decision 876)."""
    return rf"(?:{SP}*[(（]{SP}*(?:{era}){SP}*{_ERA_YEAR}{SP}*年?{SP}*[)）])?"


@per_rules
def date_pattern(rules: Rules) -> regex.Pattern[str]:
    """One pattern for every date form, with named groups per form."""
    era = alternation(era_spellings(rules))
    return regex.compile(
        rf"{_NO_LETTER}(?P<era>{era}){SP}*(?:"
        rf"(?P<ey>{_ERA_YEAR}){SP}*年{_GLOSS}{SP}*(?P<em>{_PART}){SP}*月{SP}*(?P<ed>{_PART}){SP}*日"
        # ``H.30.4.1``: a dot may follow the era letter (decision 66)
        rf"|(?:[.．]{SP}*)?(?P<dy>{FIRST_YEAR}|{DIGIT}{{1,2}})(?P<dsep>{_SEPARATOR})"
        rf"(?P<dm>{DIGIT}{{1,2}})"
        rf"(?P=dsep)(?P<dd>{DIGIT}{{1,2}})(?!{DIGIT}))"
        rf"|(?<!{DIGIT}|[〇一二三四五六七八九十])(?P<gy>{DIGIT}{{4}}|{_KANJI_YEAR}){SP}*年{_era_gloss(era)}{SP}*(?P<gm>{_PART}){SP}*月{SP}*(?P<gd>{_PART}){SP}*日"
        rf"|(?<![0-9０-９.．/／\-－])(?P<ny>{DIGIT}{{4}})(?P<nsep>{_SEPARATOR})(?P<nm>{DIGIT}{{1,2}})"
        rf"(?P=nsep)(?P<nd>{DIGIT}{{1,2}})(?!{DIGIT}|{_SEPARATOR}{DIGIT})"
    )


@frozen(eq=False)
class DateScanner:
    """The scanning pattern for one Rules object and a memo of dates by written text.

    Gregorian forms are anchored at the character after the year (``年`` or the
    separator), with the year captured by a lookbehind, so that the pattern is tried
    at few positions of a text full of digits.
    """

    pattern: regex.Pattern[str]
    memo: dict[str, JapaneseDate | None]
    #: Group numbers of the Gregorian years (``gy``, ``ny``), captured before the match.
    year_groups: tuple[int, int]


#: Distinct date texts remembered per rules object before the memo is cleared.
MEMO_SIZE = 16384


@per_rules
def date_scanner(rules: Rules) -> DateScanner:
    era = alternation(era_spellings(rules))
    pattern = regex.compile(
        rf"{_NO_LETTER}(?P<era>{era}){SP}*(?:"
        rf"(?P<ey>{_ERA_YEAR}){SP}*年{_GLOSS}{SP}*(?P<em>{_PART}){SP}*月{SP}*(?P<ed>{_PART}){SP}*日"
        # ``H.30.4.1``: a dot may follow the era letter (decision 66)
        rf"|(?:[.．]{SP}*)?(?P<dy>{FIRST_YEAR}|{DIGIT}{{1,2}})(?P<dsep>{_SEPARATOR})"
        rf"(?P<dm>{DIGIT}{{1,2}})"
        rf"(?P=dsep)(?P<dd>{DIGIT}{{1,2}})(?!{DIGIT}))"
        rf"|(?<=(?<!{DIGIT}|[〇一二三四五六七八九十])(?P<gy>{DIGIT}{{4}}|{_KANJI_YEAR}))"
        rf"{SP}*年{_era_gloss(era)}{SP}*(?P<gm>{_PART}){SP}*月{SP}*(?P<gd>{_PART}){SP}*日"
        rf"|(?<=(?<![0-9０-９.．/／\-－])(?P<ny>{DIGIT}{{4}}))(?P<nsep>{_SEPARATOR})"
        rf"(?P<nm>{DIGIT}{{1,2}})(?P=nsep)(?P<nd>{DIGIT}{{1,2}})(?!{DIGIT}|{_SEPARATOR}{DIGIT})"
    )
    return DateScanner(pattern, {}, (pattern.groupindex["gy"], pattern.groupindex["ny"]))


class _Invalid(Exception):
    """A date-shaped text that is not a real date; carries the reason."""


def _number(text: str) -> int:
    value = evaluate(nfkc(text))
    if not isinstance(value, int):
        raise _Invalid(f"bad numeral {text!r}")
    return value


def _build(match: regex.Match[str], rules: Rules) -> JapaneseDate:
    era_text = match.group("era")
    if era_text is None:
        year_text = match.group("gy") or match.group("ny")
        month_text = match.group("gm") or match.group("nm")
        day_text = match.group("gd") or match.group("nd")
        try:
            return JapaneseDate(_number(year_text), _number(month_text), _number(day_text))
        except ValueError as error:
            raise _Invalid(str(error)) from None
    era = resolve_era(era_text, rules)
    year_text = match.group("ey") or match.group("dy")
    era_year = era_year_number(year_text)
    if era_year is None:
        raise _Invalid(f"bad era year {year_text!r}")
    month_text = match.group("em") or match.group("dm")
    day_text = match.group("ed") or match.group("dd")
    try:
        day = _dt.date(era.first_year + era_year - 1, _number(month_text), _number(day_text))
    except ValueError as error:
        raise _Invalid(str(error)) from None
    if day < era.start:
        raise _Invalid(f"before {era.name} began on {era.start.isoformat()}")
    end = era_end(era, rules)
    overran = end is not None and day >= end
    return JapaneseDate(day.year, day.month, day.day, era.name, era_year, overran)


def parse_date(text: str, rules: Rules = DEFAULT_RULES) -> JapaneseDate:
    """The date ``text`` is (surrounding whitespace allowed); ValueParseError otherwise.

    >>> parse_date("令和元年5月7日")
    JapaneseDate(2019, 5, 7, era='令和', era_year=1, overran_era=False)
    """
    if not isinstance(text, str):
        raise ValueParseError("date", repr(text), "not a string")
    stripped = text.strip()
    match = date_pattern(rules).fullmatch(stripped) if stripped else None
    if match is None:
        raise ValueParseError("date", text)
    try:
        return _build(match, rules)
    except _Invalid as error:
        raise ValueParseError("date", text, str(error)) from None


def find_dates(text: str, rules: Rules = DEFAULT_RULES) -> Iterator[Found[JapaneseDate]]:
    """Every date in ``text``; date-shaped text that is no real date is skipped."""
    if _DATE_MARK.search(text) is None:  # every date form has a 日 or a separator
        return
    scanner = date_scanner(rules)
    memo = scanner.memo
    gregorian_year, numeric_year = scanner.year_groups
    for match in scanner.pattern.finditer(text):
        start, end = match.span()
        if match.start(gregorian_year) >= 0:
            start = match.start(gregorian_year)
        elif match.start(numeric_year) >= 0:
            start = match.start(numeric_year)
        written = text[start:end]
        try:
            value = memo[written]
        except KeyError:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            try:
                value = memo[written] = _build(match, rules)
            except _Invalid:
                value = memo[written] = None
        if value is not None:
            yield found(value, start, end, written)


__all__ = [
    "FIRST_YEAR",
    "JapaneseDate",
    "date_pattern",
    "date_scanner",
    "era_end",
    "era_spellings",
    "era_year_number",
    "find_dates",
    "parse_date",
    "resolve_era",
]
