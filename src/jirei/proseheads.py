"""A case's head in prose that names its place (decisions 2270-2271, branch prose10).

A lecture, a council answer or a note goes through the facilities one by one, each under a
short line naming its place: a spoken head (``最初は旭川市でございます。``,
``次に、港北区の窓口について申し上げます。``), a numbered subsection (``（二）福岡県久留米市``,
``（１）西宮市``) with maybe a catch line under it. The facility's opening sentence right
below names the same place (``旭川市とハローワーク旭川は、…「…」を開設いたしました``).
Such a line heads the case: the case begins there, and a facility anchored under one is a
case even with no rule or heading of the usual kinds above it. A facility named in
passing (``なお、隣の高岡市でも…「…」を運営しています``) has no such line over it and stays
a mention.
"""

from __future__ import annotations

import regex

from jirei.proseparts import _names
from jirei.prosewrap import RULE as _RULE
from jirei.prosewrap import sentence_start

#: a head is a short line: at most this many characters (stripped)
_HEAD_MAX = 40
#: at most this many short lines (catch lines, subtitles) between a head and the sentence
_SHORT_MAX = 4
_PLACE_CHARS = regex.compile(r"[市区町村]")
_HAN = regex.compile(r"[一-龥ぁ-んァ-ヶ々ー]+")


def known_places() -> frozenset[str]:
    """Every municipality and ward name the places table knows (built once)."""
    return _names()


def places(text: str, lo: int, hi: int) -> set[str]:
    """The municipality and ward names written in ``text[lo:hi]``."""
    names = known_places()
    out: set[str] = set()
    for m in _PLACE_CHARS.finditer(text, lo, hi):
        i = m.start()
        for length in (5, 4, 3, 2):
            a = i + 1 - length
            if a < lo:
                continue
            cand = text[a : i + 1]
            if cand in names and _HAN.fullmatch(cand):
                out.add(cand)
                break
    return out


def place_head(text: str, anchor: int, floor: int) -> int | None:
    """The start of the short line over the sentence of the facility named at ``anchor``
    that names that sentence's place (the case's head), or None; not before ``floor``."""
    if "\n" not in text[floor:anchor]:
        return None
    start = sentence_start(text, anchor, floor)
    named = places(text, start, anchor)
    if not named:
        return None
    pos = text.rfind("\n", floor, start)  # the line break above the sentence's first line
    short = 0
    while pos > floor:
        prev = text.rfind("\n", floor, pos) + 1
        if prev < floor:
            break
        line = text[prev:pos]
        body = line.strip()
        pos = prev - 1
        if not body:
            continue
        if len(body) > _HEAD_MAX or _RULE.match(line):
            return None
        if any(name in body for name in named):
            return prev
        short += 1
        if short > _SHORT_MAX:
            return None
    return None


#: the longest opening clause read as a spoken head
_CLAUSE_MAX = 30


def clause_head(text: str, anchor: int, floor: int) -> int | None:
    """The start of the line whose opening clause is a spoken head naming the place of the
    facility named at ``anchor`` (``次に石巻市でございますが、石巻市と…が、…「…」を設置して
    おります。``: the head run into the sentence, decision 3474), else None. The sentence
    opens its line and its first clause (to the first ``、``, before the name) names a place,
    or one short sentence before it on the line does (``最初は仙台市でございます。``); the
    rest of the sentence before the name names that place again. A mention (``なお、隣の高岡市
    でも…「…」を運営しています``) names its place once."""
    start = sentence_start(text, anchor, floor)
    line = text.rfind("\n", 0, start) + 1
    if line < floor:
        return None
    before = text[line:start].strip()
    if before:  # a short spoken head sentence first (``最初は仙台市でございます。``)
        if len(before) > _CLAUSE_MAX or before.count("。") != 1:
            return None
        named = places(text, line, start)
        rest = start
    else:
        comma = text.find("、", start, anchor)
        if comma < 0 or comma - start > _CLAUSE_MAX:
            return None
        named = places(text, start, comma)
        rest = comma
    if not named or not any(name in text[rest:anchor] for name in named):
        return None
    return line


__all__ = ["clause_head", "known_places", "place_head", "places"]
