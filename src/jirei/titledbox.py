"""A framed box with a title in its top border, read as a heading over plain lines
(decision 1785, branch comments7)::

    ┌─　関係者の声　──────────────┐
    │【福山市生活福祉課】　　　　　　　│
    │　ケースワーカーが最初の相談から…│
    └─────────────────────┘

A box whose top border carries a title (words, maybe two parted by a short rule:
``┌ FIGURES ─ 令和4年度 ──┐``, decision 3337) and whose every inner line holds exactly two bars
(one at each end: one column, no cells) is framed text, not a table: the frame becomes
spaces, so the title stands alone on its line (a section heading, ``関係者の声``) and the
lines inside are the lines of that section. The text keeps its length, so every offset
stays where it was. Boxes with cells (``┬``, ``│`` inside a row) are left to
``jirei.boxrules``. A box with no title whose every inner line holds two bars, parted
into compartments by rules across it (``┣━━━┫``), is framed text too: its rules become
blank lines (decision 2072). Which characters are bars, corners and rules is data
(``rules/layouts.toml [box_drawing]``).
"""

from __future__ import annotations

from functools import cache

import regex

from jirei.rules import DEFAULT_RULES, Rules

_TOP_CORNERS = "┌┏╔╭┍┎╒╓"
#: corners the table reader need not know (rounded ones), part of a frame here
_MORE_CORNERS = "╭╮╰╯┍┑┕┙┎┒┖┚╒╕╘╛╓╖╙╜"


@cache
def _patterns(verticals: str, crossings: str, horizontals: str) -> tuple[
    regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], dict[int, str]
]:
    bars = regex.escape(verticals)
    rules = regex.escape(horizontals)
    every = regex.escape(verticals + crossings + horizontals + _MORE_CORNERS)
    # (a title of words parted by short rules: ``┌ FIGURES ─ 令和4年度 ───┐``, decision 3337)
    word = rf"[^{every}\s]"
    top = regex.compile(
        rf"^[ \t\u3000]*[{regex.escape(_TOP_CORNERS)}][{rules}]*[ \t\u3000]*"
        rf"(?P<title>{word}[^{every}]{{0,40}}?"
        rf"(?:[ \t\u3000]*[{rules}]{{1,3}}[ \t\u3000]*{word}[^{every}]{{0,30}}?)?)"
        rf"[ \t\u3000]*[{rules}]+[{every}]?[ \t\u3000]*$"
    )
    inner = regex.compile(rf"^[ \t\u3000]*[{bars}][^{every}]*[{bars}][ \t\u3000]*$")
    bottom = regex.compile(rf"^[ \t\u3000]*[{every}]+[ \t\u3000]*$")
    blank = {ord(c): " " for c in verticals + crossings + horizontals + _MORE_CORNERS}
    return top, inner, bottom, blank


@cache
def _frame_patterns(
    verticals: str, crossings: str, horizontals: str
) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """An untitled frame's top border (two corners, rules between: no column) and a rule
    across it (``┣━━┫``, two ends only)."""
    rules = regex.escape(horizontals)
    ends = regex.escape(crossings + verticals)
    top = regex.compile(
        rf"^[ \t\u3000]*[{regex.escape(_TOP_CORNERS)}][{rules}]{{4,}}[{ends}][ \t\u3000]*$"
    )
    middle = regex.compile(
        rf"^[ \t\u3000]*(?![└┗╚╰┕┖╘╙])[{ends}][{rules}]{{4,}}[{ends}][ \t\u3000]*$"
    )
    return top, middle


def untangle_titled_boxes(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each titled one-column box's frame turned into spaces (same length)."""
    if not any(c in text for c in _TOP_CORNERS):
        return text
    top, inner, bottom, blank = _patterns(*rules.box_drawing)
    bare, middle = _frame_patterns(*rules.box_drawing)
    lines = text.split("\n")
    changed = False
    number = 0
    while number < len(lines):
        line = lines[number]
        if line.lstrip(" \t\u3000")[:1] not in _TOP_CORNERS:
            number += 1
            continue
        plain = top.match(line) is None  # an untitled frame: inner rules allowed (2072)
        if plain and bare.match(line) is None:
            number += 1
            continue
        end = number + 1
        while end < len(lines) and (
            inner.match(lines[end]) is not None or (plain and middle.match(lines[end]))
        ):
            end += 1
        if plain and not any(inner.match(lines[k]) for k in range(number + 1, end)):
            number += 1
            continue
        if end == number + 1 or end >= len(lines) or bottom.match(lines[end]) is None:
            number += 1
            continue
        for index in range(number, end + 1):
            lines[index] = lines[index].translate(blank)
        changed = True
        number = end + 1
    return "\n".join(lines) if changed else text


__all__ = ["untangle_titled_boxes"]
