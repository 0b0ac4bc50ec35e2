"""Ruled tables as OCR gives them from scanned paper, read as pipe tables (decision 1960).

A scan's ruled table comes back with its vertical lines read as ``|``, ``｜``, ``l``,
``I``, ``!``, ``┃`` … (mixed within one table, even within one row) and its horizontal
rules as ``+----+----+``, ``|-----+-----|`` or ``｜────｜────｜``. Such a block is
rewritten, keeping the text's length so every offset still points at the same original
character:

- in a row, each bar standing as a cell wall (at the line's edge, or with a space or a
  CJK character on each side, or after a ``%`` or closing bracket: never inside a Latin
  word or a figure) becomes ``|``; a row may have lost its first or last wall;
- a rule line inside the block becomes a ``|---|---|`` separator row (the gaps a scan leaves
  between its rules closed, decision 3434); the block's first
  and last rule lines (the table's top and bottom borders) become spaces; a blank line
  between two rows (a scan often leaves one) stays inside the block.

A block is a run of such rows and rules holding two rows or more and some OCR sign (a
bar other than ``|``, or a rule no markdown or grid table writes: ``|---+---|``,
``｜───｜``); clean markdown and grid tables are left to their own readers. Which
characters are bars and rules is data (``rules/ocr.toml [ruled_tables]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import regex
from attrs import frozen

from jirei.linescan import hit_lines
from jirei.rules import DEFAULT_RULES, Rules, per_rules


@frozen
class RuleChars:
    """The characters of an OCR'd ruled table (``rules/ocr.toml [ruled_tables]``)."""

    #: characters read for a vertical line (``|`` among them)
    bars: str
    #: characters of a horizontal rule
    rules: str
    #: characters where rules cross (``+``)
    crossings: str


@per_rules
def rule_chars(rules: Rules = DEFAULT_RULES) -> RuleChars:
    """The ruled-table characters of ``rules``."""
    data = rules.ocr_table.get("ruled_tables", {})
    return RuleChars(
        data.get("bars", "|｜│┃║¦!lI丨"),
        data.get("rules", "-─━═=―—_~"),
        data.get("crossings", "+＋┼╋╂┿"),
    )


@frozen
class _Patterns:
    trigger: re.Pattern[str]
    wall: regex.Pattern[str]
    rule_line: regex.Pattern[str]
    clean_rule: regex.Pattern[str]


_SPACE = r"[ \t\u3000]"
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}ー々（）()"
# the same for the stdlib engine of the trigger (kana, CJK ideographs, compatibility ones)
_CJK_RE = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaffー々（）()"


@cache
def _patterns(chars: RuleChars) -> _Patterns:
    bars = regex.escape(chars.bars)
    odd = regex.escape(chars.bars.replace("|", ""))
    rules = regex.escape(chars.rules)
    crossings = regex.escape(chars.crossings)
    # a line showing some OCR sign: an odd bar standing alone at its edge or between spaces
    # in a row, a crossing between a bar and a rule, or a non-ASCII rule right after a bar
    # (the stdlib engine: it finds these lines in a whole text far faster)
    # (every alternative opens with a bar: written as one bar class first, the engine
    # skips to the bars in one scan — an alternation of four was ~5 times slower)
    space = "\\n \\t\\u3000"
    trigger = re.compile(
        rf"(?m)[{bars}](?:(?<=[{odd}])(?<![^{space}][{odd}])(?=[ \t\u3000{_CJK_RE}])"
        rf"|(?<=[ \t\u3000{_CJK_RE}%％][{odd}])[ \t\u3000]*$"
        rf"|[{rules}]+[{crossings}]|[─━═―—])"
    )
    # a bar as a cell wall: line edge, a space or a CJK character on each side
    edge = rf"(?:^|(?<={_SPACE}|[{_CJK}%％」』】]))"  # (``107.3%l``: a rate's cell closed)
    after = rf"(?:$|(?={_SPACE}|[{_CJK}]))"
    wall = regex.compile(rf"{edge}[{odd}]{after}|\|")
    rule_line = regex.compile(
        rf"{_SPACE}*[{bars}{crossings}]?(?:[{rules}{crossings}{bars}]|{_SPACE})*"
        rf"[{rules}]{{3}}(?:[{rules}{crossings}{bars}]|{_SPACE})*"
    )
    clean_rule = regex.compile(r"[ \t]*(?:\|?[ :\-|]+\|?|\+(?:[-=:]+\+)+)[ \t]*")
    return _Patterns(trigger, wall, rule_line, clean_rule)


def _row_walls(line: str, patterns: _Patterns) -> tuple[list[int], bool] | None:
    """The offsets of ``line``'s cell walls when it is a table row (three walls or more, one
    at an edge at least), and whether it has a wall at both edges; else None. A scan often
    loses the wall closing a row (``| 支援対象者数 | 140人 | 107.9%``) or opening it."""
    stripped = line.strip(" \t\u3000")
    if len(stripped) < 3:
        return None
    walls = [m.start() for m in patterns.wall.finditer(line)]
    if len(walls) < 3:
        return None
    lead = len(line) - len(line.lstrip(" \t\u3000"))
    last = len(line.rstrip(" \t\u3000")) - 1
    opened, closed = walls[0] == lead, walls[-1] == last
    if not (opened or closed):
        return None
    return walls, opened and closed


def untangle_ocr_tables(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its OCR'd ruled tables as pipe rows of the same length."""
    chars = rule_chars(rules)
    patterns = _patterns(chars)
    hits = [index for index, _, _ in hit_lines(text, patterns.trigger)]  # type: ignore[arg-type]
    if not hits:
        return text
    lines = text.split("\n")
    kinds: dict[int, tuple[list[int], bool] | str | None] = {}

    def kind(index: int) -> tuple[list[int], bool] | str | None:
        if index not in kinds:
            line = lines[index]
            kinds[index] = "rule" if patterns.rule_line.fullmatch(line) else _row_walls(
                line, patterns
            )
        return kinds[index]

    changed = False
    done = -1  # the end of the last block looked at
    for hit in hits:
        if hit < done or kind(hit) is None:
            continue
        start = hit
        while start > 0 and (kind(start - 1) is not None or _gap(lines, start - 1, -1, kind)):
            start -= 1
        end = hit + 1
        while end < len(lines) and (kind(end) is not None or _gap(lines, end, 1, kind)):
            end += 1
        done = end
        if _rewrite_block(lines, [kind(i) for i in range(start, end)], start, chars, patterns):
            changed = True
    return "\n".join(lines) if changed else text


def _gap(
    lines: list[str], index: int, step: int, kind: Callable[[int], object]
) -> bool:
    """Whether blank line ``index`` stands between two rows of one table (a scan often
    leaves a blank line between the rows of a ruled table)."""
    if lines[index].strip() or not 0 <= index + step < len(lines):
        return False
    before, after = kind(index - step), kind(index + step)
    return isinstance(before, tuple) and isinstance(after, tuple)


def _rewrite_block(
    lines: list[str],
    block: list[tuple[list[int], bool] | str | None],
    start: int,
    chars: RuleChars,
    patterns: _Patterns,
) -> bool:
    """Rewrite the lines from ``start`` on whose kinds (rows and rules) are ``block`` when
    they are an OCR'd table."""
    end = start + len(block)
    kinds = dict(enumerate(block, start))
    rows = [i for i in range(start, end) if isinstance(kinds[i], tuple)]
    if len(rows) < 2 or not any(kinds[i][1] for i in rows):  # type: ignore[index]
        return False  # (a row closed at both edges at least)
    odd = any(
        lines[i][w] != "|" for i in rows for w in kinds[i][0]  # type: ignore[index]
    ) or any(
        kinds[i] == "rule" and not patterns.clean_rule.fullmatch(lines[i])
        for i in range(start, end)
    )
    if not odd:
        return False
    bar_set = set(chars.bars) | set(chars.crossings)
    rule_set = set(chars.rules)
    for i in range(start, end):
        line = lines[i]
        kind = kinds[i]
        if kind is None:  # a blank line between two rows
            continue
        if kind == "rule":
            if i < rows[0] or i > rows[-1]:
                lines[i] = " " * len(line)
            else:
                lines[i] = _separator(line, bar_set, rule_set)
        else:
            walls = set(kind[0])  # type: ignore[index]
            lines[i] = "".join("|" if n in walls else c for n, c in enumerate(line))
    return True


def _separator(line: str, bar_set: set[str], rule_set: set[str]) -> str:
    """A rule line inside a table as a ``|---|---|`` separator row of the same length: its
    bars ``|``, its rules ``-``, and each gap a scan leaves between its rules where a
    crossing stood (``|-------  -------- ------``, decision 3434) a bar and rules."""
    out = ["|" if c in bar_set else "-" if c in rule_set else c for c in line]
    marks = [n for n, c in enumerate(out) if c in "|-"]
    if marks:
        for n in range(marks[0], marks[-1]):
            if out[n] in " \t\u3000":
                out[n] = "-" if out[n - 1] == "|" else "|"
    return "".join(out)


__all__ = ["RuleChars", "rule_chars", "untangle_ocr_tables"]
