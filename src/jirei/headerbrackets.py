"""A bracket header written in another bracket family than ``【】``:
``<北海道札幌市><北海道労働局・ハローワーク札幌東>`` (``≪≫``, ``＜＞``, ``《》`` after
normalisation), ``『北海道函館市』『北海道労働局・ハローワーク函館』`` (decision 3101).

The pairs are ``Rules.header_brackets``. :func:`as_square` writes the leading run of such
brackets as ``【】`` (same length, so every offset stays), and the header readers read the
line as they read a ``【】`` header.
"""

from __future__ import annotations

from functools import cache

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _leading_run(rules: Rules) -> regex.Pattern[str] | None:
    """The leading run of bracketed texts of one header family, after spaces and ``#``."""
    pairs = [p for p in rules.header_brackets if len(p) == 2]
    if not pairs:
        return None
    runs = [
        rf"(?:{regex.escape(o)}[^{regex.escape(o + c)}\n]{{1,40}}{regex.escape(c)}\s*)+"
        for o, c in pairs
    ]
    return regex.compile(rf"^\s*#*\s*(?:{'|'.join(runs)})")


@cache
def _opening_chars(pairs: tuple[str, ...]) -> str:
    return "".join(p[0] for p in pairs if len(p) == 2)


def as_square(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its leading run of ``Rules.header_brackets`` pairs written as ``【】``
    (a line of no such run comes back unchanged). Only the brackets of one family opening
    the line are rewritten; a bracket later in the line stays as written."""
    opening = _opening_chars(rules.header_brackets)
    if not opening or not any(char in text for char in opening):
        return text
    pattern = _leading_run(rules)
    found = pattern.match(text) if pattern is not None else None
    if found is None:
        return text
    head = found.group()
    for pair in rules.header_brackets:
        if len(pair) == 2:
            head = head.replace(pair[0], "【").replace(pair[1], "】")
    return head + text[found.end() :]


__all__ = ["as_square"]
