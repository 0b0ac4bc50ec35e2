"""A side box drawn open on the right (decision 2462): a rule opened by a corner (closed by
one or not: decision 2490), lines behind a left bar only, a closing rule opened by a corner::

    ┌──────────────────────
    │ 福岡県北九州市
    │ 福岡労働局／ハローワーク八幡
    │ 北九州市就労支援ステーションやはた（一体的実施施設）
    │ 事業開始：平成２５年１０月１日
    └──────────────────────

The top rule may carry the box's title (``┌ FIGURES ─ 平成30年度 ──────``, decision 3331): the
title's words stay on their line, as the heading over the box's lines.

Such a box holds lines, not table rows: the rules become spaces and each bar a space, so
the lines are read as the plain lines they are (the header lines of a case) instead of one
pipe row of joined cells. A box with a second bar or crossing on any of its lines is a
table (``jirei.boxrules``). The text keeps its length. The characters are
``rules.box_drawing`` (vertical bars, crossings and corners, horizontal bars).
"""

from __future__ import annotations

from functools import cache

import regex

from jirei.rules import DEFAULT_RULES, Rules


@cache
def _pattern(verticals: str, crossings: str, horizontals: str) -> regex.Pattern[str]:
    bar, corner, rule = (regex.escape(chars) for chars in (verticals, crossings, horizontals))
    every = bar + corner
    side = r"[ \t\u3000]*"
    # a title in the top rule (decision 3331): ``┌ FIGURES ─ 平成30年度 ──────``, ``┌─ 実績 ──``
    # — words, short rules between them allowed, and a rule after them
    word = rf"[^{every}{rule}\s\n]"
    title = rf"{word}(?:[^{every}{rule}\n]|{side}[{rule}]{{1,3}}{side}(?={word}))*?"
    return regex.compile(
        # the top rule, closed by a corner or not (the lines under it are what is open)
        rf"^{side}[{corner}](?:[{rule}]{{4,}}|[{rule}]{{0,3}}{side}{title}{side}[{rule}]{{2,}})"
        rf"[{corner}]?{side}\n"
        rf"(?P<lines>(?:{side}[{bar}][^{every}\n]*\n){{1,12}})"  # lines behind one bar
        rf"{side}[{corner}][{rule}]{{4,}}[{corner}]?{side}$",  # the bottom rule
        regex.MULTILINE,
    )


def untangle_open_boxes(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its boxes open on the right turned into plain lines (same length)."""
    verticals, crossings, horizontals = rules.box_drawing
    if not verticals or not crossings or not any(c in text for c in crossings):
        return text
    pattern = _pattern(verticals, crossings, horizontals)
    blank = str.maketrans({c: " " for c in verticals + crossings + horizontals})
    bar = regex.compile(rf"[{regex.escape(verticals)}]")

    def plain(match: regex.Match[str]) -> str:
        top = text[match.start() : match.start("lines")].translate(blank)
        lines = bar.sub(" ", match.group("lines"))  # (one bar a line: the pattern's)
        bottom = text[match.end("lines") : match.end()].translate(blank)
        return top + lines + bottom

    return pattern.sub(plain, text)


__all__ = ["untangle_open_boxes"]
