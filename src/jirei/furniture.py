"""Blocks of document furniture: a line opening one (``rules.furniture_blocks``, a web
page's contact footer) and the lines under it up to a blank line belong to no case."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo


@per_rules
def _opener(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    if not rules.furniture_blocks:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in rules.furniture_blocks))


#: what makes a pattern's character no plain literal
_SPECIAL = frozenset("\\.^$*+?{}[]()|#")
#: a global inline flag (``(?i)``): it may change how a literal matches
_GLOBAL_FLAG = regex.compile(r"\(\?[aiLmsuxfbeprwV0-9-]+\)")


def _literal_prefix(pattern: str) -> str:
    """The plain literal characters every match of ``pattern`` starts with ("" if none)."""
    if "|" in pattern:  # (an alternative may start otherwise)
        return ""
    prefix: list[str] = []
    for index, char in enumerate(pattern):
        if char in _SPECIAL or char.isspace() or pattern[index + 1 : index + 2] in (
            "?", "*", "+", "{"
        ):
            break
        prefix.append(char)
    return "".join(prefix)


@per_rules
def _prefixes(rules: Rules = DEFAULT_RULES) -> tuple[str, ...] | None:
    """What an opener line starts with, when every pattern of ``rules.furniture_blocks``
    starts with plain literal characters (a cheap exact precheck); None when some
    pattern does not."""
    if any(_GLOBAL_FLAG.search(pattern) for pattern in rules.furniture_blocks):
        return None
    prefixes = tuple(_literal_prefix(pattern) for pattern in rules.furniture_blocks)
    return prefixes if all(prefixes) else None


def drop_furniture_blocks(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[LineInfo]:
    """``infos`` without the furniture blocks of ``rules`` (each opener line and the
    non-blank lines directly under it)."""
    opener = _opener(rules)
    if opener is None:
        return list(infos)
    prefixes = _prefixes(rules)
    if prefixes is not None:
        if not any(info.line.text.lstrip().startswith(prefixes) for info in infos):
            return list(infos)  # no line can open a block
    out: list[LineInfo] = []
    inside = False
    for info in infos:
        if info.kind is K.BLANK:
            inside = False
        elif not inside:
            stripped = info.line.stripped
            inside = (
                len(stripped) <= 60
                and (prefixes is None or stripped.startswith(prefixes))
                and opener.fullmatch(stripped) is not None
            )
        if not inside:
            out.append(info)
    return out


__all__ = ["drop_furniture_blocks"]
