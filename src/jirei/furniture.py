"""Blocks of document furniture: a line opening one (``rules.furniture_blocks``, a web
page's contact footer) and the lines under it up to a blank line belong to no case."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import Kind, LineInfo


@per_rules
def _opener(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    if not rules.furniture_blocks:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in rules.furniture_blocks))


#: what makes a pattern's first character no plain literal
_SPECIAL = frozenset("\\.^$*+?{}[]()|#")


@per_rules
def _first_chars(rules: Rules = DEFAULT_RULES) -> frozenset[str] | None:
    """The characters an opener line can start with, when every pattern of
    ``rules.furniture_blocks`` starts with a plain literal character (a cheap exact
    precheck); None when some pattern does not."""
    firsts: set[str] = set()
    for pattern in rules.furniture_blocks:
        first = pattern[:1]
        quantified = pattern[1:2] in ("?", "*", "+", "{")
        if not first or first in _SPECIAL or first.isspace() or quantified:
            return None
        firsts.add(first)
    return frozenset(firsts)


def drop_furniture_blocks(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[LineInfo]:
    """``infos`` without the furniture blocks of ``rules`` (each opener line and the
    non-blank lines directly under it)."""
    opener = _opener(rules)
    if opener is None:
        return list(infos)
    firsts = _first_chars(rules)
    if firsts is not None and not any(
        info.line.text.lstrip()[:1] in firsts for info in infos
    ):
        return list(infos)  # no line can open a block
    out: list[LineInfo] = []
    inside = False
    for info in infos:
        if info.kind is Kind.BLANK:
            inside = False
        elif not inside:
            stripped = info.line.stripped
            inside = len(stripped) <= 60 and opener.fullmatch(stripped) is not None
        if not inside:
            out.append(info)
    return out


__all__ = ["drop_furniture_blocks"]
