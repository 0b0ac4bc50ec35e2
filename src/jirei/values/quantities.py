"""Quantities: a number with its unit and qualifier (``約1,200件``, ``２２０人以上``, ``7割``).

Units and qualifiers come from the rules tables (``units.toml``, ``qualifiers.toml``);
width variants are accepted (``％`` is ``%``) and units are stored canonical
(``ヶ所`` → ``か所``). The longest unit spelling wins (``5千円`` is 5 ``千円``, ``100万円``
is 100 ``万円``); a known weak spot: ``1万2千円`` reads as 10002 ``千円``.
A qualifier is recorded in NFKC form as written; when a prefix and a suffix are both
written (``約220人以上``) the qualifier is ``約…以上``.

Scanning policy (``find_quantities``): a number is a quantity when it carries a unit or a
qualifier; kanji-only numerals need a unit and must not follow another kanji (so
``第三回`` and ``同一人物`` yield nothing, while ``約三百人`` does); an Arabic number right
after ``第`` is an ordinal, not a quantity. The day of a month–day date (``1日`` in
``12月1日`` or ``平成23年12月1日``) is not a quantity; ``3日`` in ``12月1日から3日間`` is.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from attrs import frozen

from jirei.errors import ValueParseError
from jirei.kerning import unkern
from jirei.model import Quantity
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values._build import found_quantity
from jirei.values._text import KANJI_DIGITS, SMALL_MULTIPLIERS, SP, alternation, nfkc
from jirei.values.found import Found
from jirei.values.numbers import (
    Number,
    arabic_run,
    evaluate,
    kanji_run,
    multiplier_pattern,
    unit_spellings,
)

#: Characters before a number that make it an ordinal (第1回), not a count.
ORDINAL_PREFIXES = ("第",)
_SMALL = "".join(SMALL_MULTIPLIERS)
#: after a word, a kanji numeral with a multiplier or a decimal point, the word no
#: ordinal or vague count (``第``, ``数十``, ``何百``); callers add what must follow it
AFTER_WORD = rf"(?<=\p{{Han}})(?<![数何幾第])(?=[{KANJI_DIGITS}]*[{_SMALL}・･])"
#: no number starts inside a kanji numeral's decimals (the ``〇％`` of ``百十二・〇％``: kanji
#: digits after a kanji numeral and ``・``, then a percent sign)
NOT_IN_DECIMALS = (
    rf"(?:(?<![{KANJI_DIGITS}{_SMALL}][・･])|(?![{KANJI_DIGITS}]+{SP}?[%％]))"
)
_DATE_PART = "(?>[0-9０-９]{1,4}|[〇一二三四五六七八九十]{1,4})"
#: Placed after a unit: fails when the figure is the day of a month-day date (12月1日).
NOT_A_DAY = rf"(?<!月{SP}?{_DATE_PART}{SP}?日)"
#: Distinct match texts remembered per rules object before the memo is cleared.
MEMO_SIZE = 65536

_Parts = tuple[Number, str | None, str | None]


@frozen(eq=False)
class QuantityPatterns:
    """The compiled patterns for one Rules object, its unit table and a memo of parts.

    ``scanner`` finds quantities; ``grouped`` is the same pattern with the parts
    captured (``num``/``knum``, ``unit``/``kunit``, ``suf``), run only where a match
    text is not yet in the memo (captures slow the scan down).
    """

    scanner: regex.Pattern[str]
    grouped: regex.Pattern[str]
    full: regex.Pattern[str]
    units: dict[str, str]
    memo: dict[str, _Parts | None]


@per_rules
def quantity_patterns(rules: Rules) -> QuantityPatterns:
    spellings = unit_spellings(rules)
    multiplier = multiplier_pattern(spellings)
    units = alternation(rules.units)
    prefixes = alternation(rules.qualifier_prefixes)
    suffixes = alternation(rules.qualifier_suffixes)
    arabic = arabic_run(multiplier)
    kanji = kanji_run(multiplier)
    ordinal = alternation(ORDINAL_PREFIXES)
    # a kanji rate right after a word (``目標比百七・八％``, ``同百十二・〇％``; decision 2359)
    after_word = rf"{AFTER_WORD}(?=(?>{kanji}){SP}?[%％])"

    def scanning(capture: bool) -> regex.Pattern[str]:
        def group(name: str) -> str:
            return f"(?P<{name}>" if capture else "(?:"

        # ``pre`` is always captured: the conditionals test it.
        return regex.compile(
            rf"(?:(?P<pre>{prefixes}){SP}?)?"
            rf"(?:(?<![0-9０-９]|{ordinal}){group('num')}(?>{arabic}))"
            rf"(?:{SP}?{group('unit')}{units}){NOT_A_DAY}|(?(pre)|(?={SP}?{suffixes})))"
            rf"|(?(pre)|(?:(?<!\p{{Han}})|{after_word})){NOT_IN_DECIMALS}"
            rf"{group('knum')}(?>{kanji})){SP}?"
            rf"{group('kunit')}{units}){NOT_A_DAY})"
            rf"(?:{SP}?{group('suf')}{suffixes}))?"
        )

    full = regex.compile(
        rf"(?:(?P<pre>{prefixes}){SP}?)?(?P<num>{arabic}|{kanji})"
        rf"(?:{SP}?(?P<unit>{units}))?(?:{SP}?(?P<suf>{suffixes}))?"
    )
    table = {nfkc(spelling): canonical for spelling, canonical in rules.units.items()}
    return QuantityPatterns(scanning(False), scanning(True), full, table, {})


def qualifier(prefix: str | None, suffix: str | None) -> str | None:
    """The qualifier recorded for a prefix and/or suffix as written."""
    if prefix and suffix:
        return f"{nfkc(prefix)}…{nfkc(suffix)}"
    if prefix or suffix:
        return nfkc(prefix or suffix or "")
    return None


def parse_quantity(text: str, rules: Rules = DEFAULT_RULES) -> Quantity:
    """The quantity ``text`` is: number, optional unit, optional qualifier before/after.

    A number alone (``220``) is a quantity without unit. The result has no span.

    >>> parse_quantity("２２０人以上")
    Quantity(value=220, unit='人', qualifier='以上', span=None)
    """
    if not isinstance(text, str):
        raise ValueParseError("quantity", repr(text), "not a string")
    stripped = unkern(text.strip())  # ``1 6 8人`` is 168人 (decision 62)
    match = quantity_patterns(rules).full.fullmatch(stripped) if stripped else None
    if match is None:
        raise ValueParseError("quantity", text)
    value = evaluate(match.group("num"))
    if value is None:
        raise ValueParseError("quantity", text, "malformed numeral")
    unit = match.group("unit")
    return Quantity(
        value,
        quantity_patterns(rules).units[nfkc(unit)] if unit else None,
        qualifier(match.group("pre"), match.group("suf")),
    )


def find_quantities(text: str, rules: Rules = DEFAULT_RULES) -> Iterator[Found[Quantity]]:
    """Every quantity in ``text`` (see the module docstring for what counts).

    Each ``Found.value`` is a Quantity whose span is ``Span(start, end)`` in ``text``
    as given. Never raises for any string.
    """
    for start, end, parts in scan_quantities(text, rules):
        yield found_quantity(*parts, start, end, text[start:end])


def scan_quantities(text: str, rules: Rules = DEFAULT_RULES) -> list[tuple[int, int, _Parts]]:
    """What ``find_quantities`` finds, as ``(start, end, (value, unit, qualifier))``
    tuples: for callers that build their own Quantity (with another span)."""
    patterns = quantity_patterns(rules)
    memo = patterns.memo
    found: list[tuple[int, int, _Parts]] = []
    for match in patterns.scanner.finditer(text):
        written = match.group()
        try:
            parts = memo[written]
        except KeyError:
            parts = _remember(patterns, text, match.start(), written)
        if parts is not None:
            found.append((*match.span(), parts))
    return found


def _remember(patterns: QuantityPatterns, text: str, start: int, written: str) -> _Parts | None:
    """The parts of the quantity ``written`` found at ``start`` of ``text``, memoised."""
    memo = patterns.memo
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    # The same pattern with captures, at the same place, matches the same text.
    match = patterns.grouped.match(text, start)
    parts = memo[written] = _parts(match, patterns.units) if match is not None else None
    return parts


def _parts(match: regex.Match[str], units: dict[str, str]) -> _Parts | None:
    run, unit = match.group("num", "unit")
    if run is None:
        run, unit = match.group("knum", "kunit")
    value = evaluate(run)
    if value is None:
        return None
    canonical = units[nfkc(unit)] if unit else None
    return value, canonical, qualifier(match.group("pre"), match.group("suf"))


__all__ = [
    "MEMO_SIZE",
    "NOT_A_DAY",
    "ORDINAL_PREFIXES",
    "QuantityPatterns",
    "find_quantities",
    "parse_quantity",
    "qualifier",
    "quantity_patterns",
    "scan_quantities",
]
