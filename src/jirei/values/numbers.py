"""Numbers as reports write them: ``1,200``, ``７１．０``, ``三百二十``, ``1万2千``, ``3.5万``.

Values are exact: an ``int`` when the written number is whole, a ``Decimal`` when it is
written with a decimal point (``71.0`` stays ``Decimal("71.0")``) unless a multiplier
makes it whole (``3.5万`` is ``35000``). Numbers are never negative.

Scanning policy (``find_numbers``): Arabic numerals (ASCII or full-width, optionally
with kanji multipliers) are always numbers. Kanji-only numerals are numbers only when
they are not preceded by another kanji (``第三``, ``統一``, ``万一`` are words) and either
are followed by a unit or qualifier suffix of the rules (``一人``, ``三百件``, ``十以上``)
or are at least two characters long and contain a multiplier (``二十``, ``三百二十``).
So ``一体的``, ``万全``, ``千葉``, ``十分`` yield nothing. A kanji numeral never starts
with 万/億/兆. A multiplier that begins a unit spelling is left to the unit: in
``5千円`` the number is ``5`` (unit ``千円``), as ``parse_quantity`` reads it.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache

import regex

from jirei.errors import ValueParseError
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values._text import (
    BIG_MULTIPLIERS,
    DIGIT,
    KANJI_DIGITS,
    KANJI_VALUES,
    SMALL_MULTIPLIERS,
    SP,
    alternation,
    ascii_digits,
    nfkc,
)
from jirei.values.found import Found

Number = int | Decimal

_GROUP = "[,，、]"
_POINT = "[.．]"
#: An Arabic numeral: proper 3-digit groups (``18,415``) or a plain run, optional decimals.
ARABIC = (
    rf"(?:{DIGIT}{{1,3}}(?:{_GROUP}{DIGIT}{{3}})+(?!{DIGIT})(?:{_POINT}{DIGIT}+)?"
    rf"|{DIGIT}+(?:{_POINT}{DIGIT}+)?)"
)
_KANJI_DIGIT = f"[{KANJI_DIGITS}]"
_MULTIPLIER_CHARS = "".join((*SMALL_MULTIPLIERS, *BIG_MULTIPLIERS))
_BIG = "".join(BIG_MULTIPLIERS)
_HAS_MULTIPLIER = regex.compile(f"[{_MULTIPLIER_CHARS}]")
#: the decimal point of a kanji numeral (``百十一・四``)
_KANJI_POINT = "[・･]"


def multiplier_pattern(unit_spellings: Iterable[str] = ()) -> str:
    """A kanji multiplier that does not begin one of ``unit_spellings`` (千 not in 千円)."""
    spellings = [nfkc(s) for s in unit_spellings]
    parts = []
    for char in _MULTIPLIER_CHARS:
        rests = [s[1:] for s in spellings if len(s) > 1 and s[0] == char]
        parts.append(char + (f"(?!{alternation(rests)})" if rests else ""))
    return "(?:" + "|".join(parts) + ")"


def arabic_run(multiplier: str) -> str:
    """An Arabic numeral with optional kanji multipliers and further parts (``1万2千``)."""
    return rf"(?:{ARABIC}(?:{multiplier}+(?:{ARABIC}|{_KANJI_DIGIT}+)?)*)"


def kanji_run(multiplier: str) -> str:
    """A kanji numeral (``三百二十``, ``二〇一九``); never starts with 万/億/兆. Before a percent
    sign, ``・`` and kanji digits after it are its decimals (``六十三・五％``, decision 220)."""
    return (
        rf"(?:(?![{_BIG}])(?:{_KANJI_DIGIT}|{multiplier})+"
        rf"(?:{_KANJI_POINT}{_KANJI_DIGIT}+(?=\s*[%％]))?)"
    )


_PLAIN_MULTIPLIER = multiplier_pattern()
_PLAIN_NUMBER = regex.compile(rf"{arabic_run(_PLAIN_MULTIPLIER)}|{kanji_run(_PLAIN_MULTIPLIER)}")
_TOKEN = regex.compile(
    rf"(?P<a>{DIGIT}[0-9０-９,，、]*(?:{_POINT}{DIGIT}+)?)|(?P<k>[{KANJI_DIGITS}{_MULTIPLIER_CHARS}])"
)


@lru_cache(maxsize=16384)
def evaluate(run: str) -> Number | None:
    """The value of a numeral matched by the number patterns, or None if it is malformed
    (multipliers out of order such as ``十百``, a kanji digit right after an Arabic one)."""
    if not run:
        return None
    whole, dot, decimals = run.replace("･", "・").partition("・")
    if dot:  # 六十三・五: kanji decimals (decision 220)
        value = evaluate(whole)
        digits = "".join(str(KANJI_VALUES.get(char, "")) for char in decimals)
        if value is None or not decimals or len(digits) != len(decimals):
            return None
        return Decimal(f"{value}.{digits}")
    point = "." in run or "．" in run
    if point:
        with decimal.localcontext() as context:
            context.prec = max(28, 2 * len(run) + 30)
            return _evaluate(run, point)
    return _evaluate(run, point)


def _evaluate(run: str, point: bool) -> Number | None:
    total: Number = 0
    section: Number = 0
    current: Number | None = None
    previous = ""
    kanji_digits = 0
    small_limit = 10**4
    big_limit = 10**16
    multiplied = False
    position = 0
    for match in _TOKEN.finditer(run):
        if match.start() != position:
            return None
        position = match.end()
        arabic = match.group("a")
        if arabic is not None:
            if current is not None:
                return None
            digits = ascii_digits(arabic).replace(",", "").replace("、", "")
            current = Decimal(digits) if "." in digits else int(digits)
            previous = "a"
            continue
        char = match.group("k")
        if char in KANJI_VALUES:
            if previous == "d" and current is not None:
                current = current * 10 + KANJI_VALUES[char]
                kanji_digits += 1
            elif current is not None:
                return None
            else:
                current = KANJI_VALUES[char]
                kanji_digits = 1
            previous = "d"
        elif char in SMALL_MULTIPLIERS:
            value = SMALL_MULTIPLIERS[char]
            if value >= small_limit or (previous == "d" and kanji_digits > 1):
                return None
            section += (1 if current is None else current) * value
            current = None
            small_limit = value
            multiplied = True
            previous = "s"
        else:
            value = BIG_MULTIPLIERS[char]
            if value >= big_limit or (previous == "d" and kanji_digits > 1):
                return None
            if current is None and section == 0:
                return None
            total += (section + (0 if current is None else current)) * value
            section, current = 0, None
            small_limit, big_limit = 10**4, value
            multiplied = True
            previous = "b"
    if position != len(run):
        return None
    total += section + (0 if current is None else current)
    if not point:
        return int(total)
    if not multiplied:
        return total
    assert isinstance(total, Decimal)
    if total == total.to_integral_value():
        return int(total)
    return total.normalize()


def parse_number(text: str) -> Number:
    """The number ``text`` is (surrounding whitespace allowed); ValueParseError otherwise.

    >>> parse_number("1,200"), parse_number("三百二十"), parse_number("3.5万")
    (1200, 320, 35000)
    >>> parse_number("７１．０")
    Decimal('71.0')
    """
    if not isinstance(text, str):
        raise ValueParseError("number", repr(text), "not a string")
    stripped = text.strip()
    if not stripped:
        raise ValueParseError("number", text, "empty")
    if _PLAIN_NUMBER.fullmatch(stripped) is None:
        raise ValueParseError("number", text)
    value = evaluate(stripped)
    if value is None:
        raise ValueParseError("number", text, "malformed numeral")
    return value


def unit_spellings(rules: Rules) -> list[str]:
    """Every unit spelling of the rules (plain and rate units)."""
    return [*rules.units, *rules.rate_units]


@per_rules
def _number_scanner(rules: Rules) -> regex.Pattern[str]:
    multiplier = multiplier_pattern(unit_spellings(rules))
    follower = alternation([*unit_spellings(rules), *rules.qualifier_suffixes])
    kanji = kanji_run(multiplier)
    return regex.compile(
        rf"(?<![0-9０-９])(?P<a>{arabic_run(multiplier)})"
        rf"|(?<!\p{{Han}})(?P<k>{kanji})(?={SP}?{follower})"
        rf"|(?<!\p{{Han}})(?P<m>{kanji})"
    )


def find_numbers(text: str, rules: Rules = DEFAULT_RULES) -> Iterator[Found[Number]]:
    """Every number in ``text`` (see the module docstring for which kanji numerals count).

    Offsets are into ``text`` as given; never raises for any string.
    """
    for match in _number_scanner(rules).finditer(text):
        run = match.group()
        if match.group("m") is not None and (len(run) < 2 or not _HAS_MULTIPLIER.search(run)):
            continue
        value = evaluate(run)
        if value is not None:
            yield Found(value, match.start(), match.end(), run)


__all__ = [
    "ARABIC",
    "Number",
    "arabic_run",
    "evaluate",
    "find_numbers",
    "kanji_run",
    "multiplier_pattern",
    "parse_number",
    "unit_spellings",
]
