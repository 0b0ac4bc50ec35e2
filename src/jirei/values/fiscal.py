"""Fiscal years (年度): ``平成29年度``, ``令和元年度``, ``H29年度``, ``2019年度``, ``29年度``.

A Japanese fiscal year starts on the first of ``rules.fiscal_start_month`` (April) and
ends the day before the same day a year later. ``令和元年度`` and ``平成31年度`` are both
fiscal 2019 (which began in 平成); a fiscal year that starts after its era ended
(``平成32年度``) is converted and flagged ``overran_era``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

import regex
from attrs import frozen

from jirei.errors import ValueParseError
from jirei.rules import DEFAULT_RULES, Era, Rules, per_rules
from jirei.values._text import DIGIT, SP, alternation, nfkc
from jirei.values.dates import (
    FIRST_YEAR,
    era_end,
    era_spellings,
    era_year_number,
    resolve_era,
)
from jirei.values.found import Found

#: The word that makes a year a fiscal year.
FISCAL_MARK = "年度"


@frozen
class FiscalYear:
    """A fiscal year: ``year`` is the Gregorian year it starts in; ``start``/``end`` its
    first and last day; ``era``/``era_year`` as written (None for ``2019年度``)."""

    year: int
    start: _dt.date
    end: _dt.date
    era: str | None = None
    era_year: int | None = None
    overran_era: bool = False

    def __int__(self) -> int:
        return self.year


def fiscal_year(
    year: int,
    rules: Rules = DEFAULT_RULES,
    era: str | None = None,
    era_year: int | None = None,
    overran_era: bool = False,
) -> FiscalYear:
    """The fiscal year starting in Gregorian ``year`` under ``rules.fiscal_start_month``."""
    start = _dt.date(year, rules.fiscal_start_month, 1)
    end = _dt.date(year + 1, rules.fiscal_start_month, 1) - _dt.timedelta(days=1)
    return FiscalYear(year, start, end, era, era_year, overran_era)


_KANJI_YEAR = "[〇一二三四五六七八九十]{1,4}"
_NUMBER_YEAR = rf"(?:{FIRST_YEAR}|{DIGIT}{{1,4}}|{_KANJI_YEAR})"


@per_rules
def fiscal_pattern(rules: Rules) -> regex.Pattern[str]:
    era = alternation(era_spellings(rules))
    mark = alternation([FISCAL_MARK])
    return regex.compile(
        rf"(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<era>{era}){SP}*(?P<ey>{_NUMBER_YEAR}){SP}*{mark}"
        rf"|(?<![0-9０-９])(?P<y>{DIGIT}{{1,4}}){SP}*{mark}"
        rf"|(?<!\p{{Han}})(?P<ky>{_KANJI_YEAR}|{FIRST_YEAR}){SP}*{mark}"
    )


class _Invalid(Exception):
    pass


def _era_argument(era: str | Era | None, rules: Rules) -> Era:
    if isinstance(era, Era):
        return era
    name = rules.default_era if era is None else era
    try:
        return resolve_era(name, rules)
    except KeyError:
        raise ValueParseError("known era", name) from None


def _build(match: regex.Match[str], default: Era, rules: Rules) -> FiscalYear:
    written = match.group("y")
    if written is not None and len(written) == 4:
        return fiscal_year(int(nfkc(written)), rules)
    if written is not None and len(written) == 3:
        raise _Invalid("a year has 1-2 digits in an era or 4 digits in the Gregorian calendar")
    era_text = match.group("era")
    era = resolve_era(era_text, rules) if era_text else default
    year_text = written or match.group("ey") or match.group("ky")
    era_year = era_year_number(year_text)
    if era_year is None or era_year > 99:
        raise _Invalid(f"bad era year {year_text!r}")
    year = era.first_year + era_year - 1
    result = fiscal_year(year, rules, era.name, era_year)
    end = era_end(era, rules)
    if end is not None and result.start >= end:
        result = fiscal_year(year, rules, era.name, era_year, overran_era=True)
    return result


def parse_fiscal_year(
    text: str, era: str | None = None, rules: Rules = DEFAULT_RULES
) -> FiscalYear:
    """The fiscal year ``text`` names; ``年度`` is required.

    A year without an era (``29年度``) is read in ``era`` (a name such as ``平成`` or an
    abbreviation such as ``H``) or, when ``era`` is None, in ``rules.default_era``
    (``平成`` by default). A 4-digit year without an era is Gregorian (``2019年度``).

    >>> parse_fiscal_year("平成29年度").start
    datetime.date(2017, 4, 1)
    """
    default = _era_argument(era, rules)
    if not isinstance(text, str):
        raise ValueParseError("fiscal year", repr(text), "not a string")
    stripped = text.strip()
    match = fiscal_pattern(rules).fullmatch(stripped) if stripped else None
    if match is None:
        raise ValueParseError("fiscal year", text)
    try:
        return _build(match, default, rules)
    except _Invalid as error:
        raise ValueParseError("fiscal year", text, str(error)) from None


def find_fiscal_years(
    text: str, era: str | None = None, rules: Rules = DEFAULT_RULES
) -> Iterator[Found[FiscalYear]]:
    """Every fiscal year in ``text`` (``29年度事業目標`` → 29年度), bare years read as in
    ``parse_fiscal_year``. An unknown ``era`` argument raises ValueParseError at once."""
    default = _era_argument(era, rules)
    return _scan(text, default, rules)


def _scan(text: str, default: Era, rules: Rules) -> Iterator[Found[FiscalYear]]:
    for match in fiscal_pattern(rules).finditer(text):
        try:
            value = _build(match, default, rules)
        except _Invalid:
            continue
        yield Found(value, match.start(), match.end(), match.group())


__all__ = [
    "FISCAL_MARK",
    "FiscalYear",
    "find_fiscal_years",
    "fiscal_pattern",
    "fiscal_year",
    "parse_fiscal_year",
]
