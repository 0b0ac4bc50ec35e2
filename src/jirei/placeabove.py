"""A case's place heading standing above the field lines that open it (decision 2739).

A council's paper pasted from a web page heads each case with its place and its Hello Work
office, then writes the facility's fields under it, blank lines between::

    ■那覇市（ハローワーク那覇）           ◆ 2. 別府市（大分労働局・ハローワーク別府）

    施設名：なは就労ステーション（一体的実施施設）
    事業開始：平成26年2月3日

The case rules open the case at its field lines, so the heading stayed at the end of the
case before (or before the first case) and its office went unread. A line above a rule
case's first header line (blank lines between allowed) that names a place alone or a place
and its partners only (``jirei.fallback.place_alone`` / ``place_offices``: a mark or number
before it allowed) now opens the case; the fillers read it as part of the case's opening.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.fallback import place_alone, place_offices
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo
from jirei.segment import Case

#: the most blank lines between the heading and the field lines under it
_MOST_BLANKS = 2
#: the longest place heading
_LONGEST = 60
#: a municipality's last character (every place ends in one)
_MUNICIPALITY = regex.compile(r"[市区町村]")
#: the kinds of line a place heading is classified as
_HEAD_KINDS = (K.TEXT, K.HEADING, K.BULLET)


def _place_head(info: LineInfo, rules: Rules) -> bool:
    """Whether a line names a place alone or a place and its partners only."""

    if info.kind not in _HEAD_KINDS:
        return False
    text = info.text.strip()
    if not text or len(text) > _LONGEST or _MUNICIPALITY.search(text) is None:
        return False  # (a cheap precheck: every place names a municipality)
    return place_alone(text, rules) is not None or place_offices(text, rules) is not None


def take_place_heads(
    infos: Sequence[LineInfo], cases: list[Case], rules: Rules = DEFAULT_RULES
) -> list[Case]:
    """``cases`` with each rule case opened at its first header line opened higher, at a
    place heading above it (see the module); the case before stops above the heading."""
    out = list(cases)
    for number, case in enumerate(out):
        if not case.header or case.header[0] != case.first or case.origin != "rules":
            continue
        above = case.first - 1
        while above >= 0 and infos[above].kind is K.BLANK and case.first - above <= _MOST_BLANKS:
            above -= 1
        if above < 0 or infos[above].kind is K.BLANK or not _place_head(infos[above], rules):
            continue
        if number:
            before = out[number - 1]
            if before.stop != case.first or before.first >= above or before.body > above:
                continue
            out[number - 1] = attrs.evolve(before, stop=above)
        out[number] = attrs.evolve(case, first=above)
    return out


__all__ = ["take_place_heads"]
