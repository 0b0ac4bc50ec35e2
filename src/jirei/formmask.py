"""A form's text as the ordinary readers should see it (decisions 2090-2109): its furniture,
an agreement's articles and its 所見 blocks blanked, and a plan's heading over its targets
alone read as a results heading.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.formfindings import _finding_blocks
from jirei.formparts import _ARTICLE, _ITEM, _furniture, _Line, _Unit, _Words, _words
from jirei.rules import Rules

_PLAN_SHEET = regex.compile(r"^(?:別紙|別添|別表)\s*\d*$")
_CLOSE_END = regex.compile(r"[】\]]$")


def _agreement_end(lines: Sequence[_Line], unit: _Unit) -> int:
    """Where an agreement's own text ends (its 別紙 plan begins), as a line index."""
    articled = False
    for index in range(unit.first + 1, unit.stop):
        s = lines[index].s
        if _ARTICLE.match(s):
            articled = True
            continue
        if not articled or not s:
            continue
        if _PLAN_SHEET.match(s) or (
            "計画" in s and "条" not in s and "。" not in s and len(s) <= 60
        ):
            return index
    return unit.stop


def _masked(text: str, lines: Sequence[_Line], unit: _Unit, rules: Rules) -> tuple[str, int]:
    """The unit's text (from its first line to its last) with its furniture blanked, and
    where the unit's own head (an agreement's articles) ends (a line index)."""
    base = lines[unit.first].start
    chars = list(text[base : lines[unit.stop - 1].end])
    head = unit.first
    if unit.kind == "agreement":
        head = _agreement_end(lines, unit)
    words = _words(rules)
    for index in range(unit.first, unit.stop):
        line = lines[index]
        if index < head or _furniture(line):
            chars[line.start - base : line.end - base] = " " * (line.end - line.start)
    for _speaker, head_line, body in _finding_blocks(lines, unit, words):
        for line in (head_line, *body):
            chars[line.start - base : line.end - base] = " " * (line.end - line.start)
    _head_targets(chars, lines, max(head, unit.first), unit.stop, words, base)
    return "".join(chars), head


def _head_targets(chars: list[str], lines: Sequence[_Line], first: int, stop: int,
                  words: _Words, base: int = 0) -> None:
    """A plan's heading over its targets alone (``二　目標``) reads as a results heading."""
    for at, size in _target_headings(lines, first, stop, words):
        at -= base
        chars[at : at + size] = list(words.results_head.ljust(size))


def _target_headings(
    lines: Sequence[_Line], first: int, stop: int, words: _Words
) -> list[tuple[int, int]]:
    """(text offset, length) of each heading over a plan's targets alone in ``[first, stop)``."""
    out: list[tuple[int, int]] = []
    for index in range(first, stop):
        line = lines[index]
        if "目標" not in line.text or len(line.text) > 40:
            continue
        item = _ITEM.match(line.s)
        label = _CLOSE_END.sub("", line.s[item.end():] if item else line.s).strip()
        if label in words.target_heads:
            at = line.text.index(label, line.text.index(line.s) + (item.end() if item else 0))
            out.append((at + line.start, len(label)))
    return out
