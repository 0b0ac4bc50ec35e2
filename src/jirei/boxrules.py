"""Box-drawing tables (Word / 一太郎 text, ``┌─┬─┐ │…│ ├─┼─┤ └─┴─┘``) read as pipe tables.

The text keeps its length, so every offset stays where it was: a vertical bar (``│ ┃``
and the like) becomes ``|``; a line made only of box-drawing rules becomes a separator
row (``|---|---|``), its corners and crossings ``|`` and its horizontal bars ``-``.
Which characters are bars, crossings and rules is data (``rules/tables.toml [box]``).
"""

from __future__ import annotations

from functools import cache

import regex

from jirei.rules import DEFAULT_RULES, Rules


@cache
def _tables(verticals: str, crossings: str, horizontals: str) -> tuple[
    regex.Pattern[str], dict[int, str], dict[int, str]
]:
    every = regex.escape(verticals + crossings + horizontals)
    rule_line = regex.compile(  # a line of rules holding a corner or crossing
        rf"^[ \t\u3000]*(?=[{every}]*[{regex.escape(crossings)}])[{every}]+[ \t\u3000]*$",
        regex.MULTILINE,
    )
    bars = {ord(c): "|" for c in verticals}
    rules = {**bars, **{ord(c): "|" for c in crossings}, **{ord(c): "-" for c in horizontals}}
    return rule_line, bars, rules


def untangle_boxes(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its box-drawing tables as pipe rows of the same length."""
    box = rules.box_drawing
    verticals, crossings, horizontals = box
    if not any(c in text for c in verticals):
        return text
    rule_line, bars, rule_chars = _tables(verticals, crossings, horizontals)
    text = rule_line.sub(lambda m: m.group().translate(rule_chars), text)
    return text.translate(bars)


__all__ = ["untangle_boxes"]
