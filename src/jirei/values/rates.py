"""Rates in percent: ``71.0%``, ``７１．０％``, ``7割`` (70), ``3割5分`` (35).

Rate units and their factor to percent come from the rules (``[rate_units]`` in
``units.toml``). After a unit worth 10 % (割), the traditional sub-units 分 (1 %) and
厘 (0.1 %) may follow. Values are ``Decimal``, never float.

``parse_rate`` also accepts a leading label (``達成率131.8%``, ``就職率: 60%``), a
qualifier before or after (``約60%``, ``65%以上``; the qualifier is not part of the
value) and brackets around the whole (``(達成率131.8%)``). ``find_rates`` yields only
the number and its unit, by the kanji-numeral policy of ``jirei.values.quantities``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import regex
from attrs import frozen

from jirei.errors import ValueParseError
from jirei.kerning import unkern
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values._text import (
    BIG_MULTIPLIERS,
    KANJI_DIGITS,
    KANJI_VALUES,
    SMALL_MULTIPLIERS,
    SP,
    alternation,
    nfkc,
)
from jirei.values.found import Found
from jirei.values.numbers import (
    arabic_run,
    evaluate,
    kanji_run,
    multiplier_pattern,
    unit_spellings,
)
from jirei.values.quantities import AFTER_WORD, NOT_IN_DECIMALS

#: Sub-units that may follow a rate unit worth this many percent (割 → 分, 厘).
SUBUNITS: dict[int, tuple[tuple[str, Decimal], ...]] = {
    10: (("分", Decimal(1)), ("厘", Decimal("0.1"))),
}
#: A leading label (達成率): letters, not ending in a numeral character.
_NUMERAL_CHARS = KANJI_DIGITS + "".join(SMALL_MULTIPLIERS) + "".join(BIG_MULTIPLIERS)
_LABEL = rf"(?:[\p{{L}}\p{{M}}]*?(?![{_NUMERAL_CHARS}])[\p{{L}}\p{{M}}])"
_SUB_NUMBER = "(?:[0-9０-９]|[〇一二三四五六七八九])"



@frozen(eq=False)
class RatePatterns:
    scanner: regex.Pattern[str]
    full: regex.Pattern[str]
    factors: dict[str, int]


def _rate_body(rules: Rules, number: str) -> str:
    units = alternation(rules.rate_units)
    tails = []
    for factor, subunits in SUBUNITS.items():
        holders = [u for u, f in rules.rate_units.items() if f == factor]
        if holders:
            tail = "".join(
                rf"(?:(?P<s{factor}_{i}>{_SUB_NUMBER}){SP}?{regex.escape(name)})?"
                for i, (name, _) in enumerate(subunits)
            )
            tails.append(rf"(?<={alternation(holders)}){SP}?{tail}")
    tail_pattern = f"(?:{'|'.join(tails)})?" if tails else ""
    return rf"{number}{SP}?(?P<unit>{units}){tail_pattern}"


@per_rules
def rate_patterns(rules: Rules) -> RatePatterns:
    multiplier = multiplier_pattern(unit_spellings(rules))
    arabic, kanji = arabic_run(multiplier), kanji_run(multiplier)
    prefixes = alternation(rules.qualifier_prefixes)
    suffixes = alternation(rules.qualifier_suffixes)
    scanner = regex.compile(
        _rate_body(
            rules,
            rf"(?:(?<![0-9０-９])(?P<num>{arabic})"
            rf"|(?:(?<={prefixes}{SP}?)|(?<!\p{{Han}})|{AFTER_WORD}){NOT_IN_DECIMALS}"
            rf"(?P<knum>{kanji}))",
        )
    )
    full = regex.compile(
        rf"(?P<open>[(（])?{SP}*(?:{_LABEL}{SP}?[:：]?{SP}?)?"
        rf"(?:{prefixes}{SP}?)?"
        + _rate_body(rules, rf"(?P<num>{arabic}|{kanji})")
        + rf"(?:{SP}?{suffixes})?{SP}*(?(open)[)）])"
    )
    factors = {nfkc(unit): factor for unit, factor in rules.rate_units.items()}
    return RatePatterns(scanner, full, factors)


def _value(match: regex.Match[str], factors: dict[str, int]) -> Decimal | None:
    number = evaluate(match.group("num") or match.group("knum"))
    if number is None:
        return None
    factor = factors[nfkc(match.group("unit"))]
    value = Decimal(number) * factor
    groups = match.groupdict()
    for i, (_, worth) in enumerate(SUBUNITS.get(factor, ())):
        digit = groups.get(f"s{factor}_{i}")
        if digit:
            char = nfkc(digit)
            value += (int(char) if char.isdigit() else KANJI_VALUES[char]) * worth
    return value


def parse_rate(text: str, rules: Rules = DEFAULT_RULES) -> Decimal:
    """The rate ``text`` states, in percent (``7割`` → 70, ``達成率131.8%`` → 131.8).

    >>> parse_rate("７１．０％")
    Decimal('71.0')
    """
    if not isinstance(text, str):
        raise ValueParseError("rate", repr(text), "not a string")
    patterns = rate_patterns(rules)
    stripped = unkern(text.strip())  # ``6 0 . 1 %`` is 60.1% (decision 62)
    match = patterns.full.fullmatch(stripped) if stripped else None
    value = _value(match, patterns.factors) if match else None
    if value is None:
        raise ValueParseError("rate", text)
    return value


def find_rates(text: str, rules: Rules = DEFAULT_RULES) -> Iterator[Found[Decimal]]:
    """Every rate in ``text``, in percent, with offsets into ``text`` as given."""
    patterns = rate_patterns(rules)
    for match in patterns.scanner.finditer(text):
        value = _value(match, patterns.factors)
        if value is not None:
            yield Found(value, match.start(), match.end(), match.group())


__all__ = ["SUBUNITS", "RatePatterns", "find_rates", "parse_rate", "rate_patterns"]
