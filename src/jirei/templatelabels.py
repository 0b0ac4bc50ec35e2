"""Case labels a document defines itself: lines that repeat one template.

Offices open their cases with label words no table lists (``座談会　その一　長岡市``,
``特集①　石巻市``, ``視察先　福岡県北九州市``, ``訪問記３　鶴岡市``). What they share is a
shape: a short line made of a *lead* (words, maybe a number) and a place name, maybe a
short *tail* after it (``石巻市編``, ``石巻市（宮城県）``), the same lead and tail (numbers
aside) coming back at intervals with case material between, a different place each time.
``document_rules`` finds such templates in a document's
normalised text and returns ``rules`` with each lead added to ``rules.case_labels`` (followed
by a place), so every reader of case labels (``jirei.labelcases``, place labels of decision
201, the preamble rules) treats it like a listed label. Lines that are field lines
(``所在地　石巻市``: the lead is a field label, ``rules.field_labels``), lines that already
open with a listed label, and templates found only in a run of adjacent lines (a table of
contents, an itinerary) add nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import regex

from jirei.places import PREFECTURES
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo

#: the longest template line (characters, spaces removed)
_MAX_LINE = 40
#: the longest lead
_MAX_LEAD = 16
#: the longest tail after the place (``編``, ``の挑戦``, ``(宮城県)``)
_MAX_TAIL = 8
#: the longest municipality name (characters)
_MAX_NAME = 10
#: ヶ and ケ are one in place names (as ``jirei.places`` folds them)
_FOLD = str.maketrans({"ヶ": "ケ", "ヵ": "カ"})
#: a prefecture in brackets after the place (``石巻市(宮城県)``), in a tail's template
_PREFECTURE_TAIL = regex.compile(r"^\(\s*\S{2,4}?[都道府県]\s*\)$")
#: the fewest non-blank lines between two template lines for both to open cases
_MIN_GAP = 3
#: the last character of a municipality
_PLACE_ENDS = frozenset("市区町村")
#: a line may name a municipality (a cheap precheck)
_PLACE_CHARS = regex.compile(r"[市区町村]")
#: a number inside a lead: digits, kanji numerals, one Latin letter (``事例A``)
_NUMBER = regex.compile(r"[0-9]{1,3}|[一二三四五六七八九十]{1,3}|(?<![A-Za-z])[A-Za-z](?![A-Za-z])")
_NUMBER_PATTERN = r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z])"
#: white space (removed in templates)
_SPACES = regex.compile(r"\s+")
#: brackets, allowed in a lead only round a number
_BRACKETS = regex.compile(r"[()【】]")
#: a number in brackets (``ケーススタディ(1)``, ``【1】``) in a lead's template
_NUMBERED = regex.compile(r"\(#\)|【#】")
#: a lead must hold a word (kanji or kana), not only numbers and marks
_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: a lead that is a fiscal year alone (``平成29年度``, ``H29年度``, ``2017年度``; numbers as ``#``):
#: a results caption (``平成29年度　苫小牧市の実績``), no case label (decision 1506)
_YEAR_LEAD = regex.compile(r"^\p{Han}{0,2}#{1,2}年度?$")
#: marks and colons a field line may start or end its label with
_FIELD_MARKS = " \t\u3000:：・●○■□◆◇◎*"


@cache
def _names() -> frozenset[str]:
    """The municipality names of the places table (folded)."""
    from jirei.places import municipality_names

    return municipality_names()


@cache
def _lengths() -> dict[str, tuple[int, ...]]:
    """The lengths (2 to ``_MAX_NAME``, longest first) of the municipality names ending in
    each pair of characters: the only lengths ``_place_at`` need try at a place's end."""
    found: defaultdict[str, set[int]] = defaultdict(set)
    for name in _names():
        if 2 <= len(name) <= _MAX_NAME:
            found[name[-2:]].add(len(name))
    return {pair: tuple(sorted(sizes, reverse=True)) for pair, sizes in found.items()}


def _place_at(text: str) -> tuple[int, int] | None:
    """Where the first municipality of the places table (with its prefecture, if written)
    stands in ``text``: ``(start, end)``, else None."""
    names = _names()
    lengths = _lengths()
    folded = text.translate(_FOLD)
    for end in range(2, len(text) + 1):
        if text[end - 1] not in _PLACE_ENDS:
            continue
        # the names ending in these two characters, longest first (the first start wins)
        for length in lengths.get(folded[end - 2 : end], ()):
            start = end - length
            if start >= 0 and folded[start:end] in names:
                return start - _prefecture_before(text, start), end
    return None


#: the prefectures, and their lengths (no prefecture ends with another: a test checks it,
#: so at most one of them ends a text)
_PREFECTURE_SET = frozenset(PREFECTURES)
_PREFECTURE_LENGTHS = tuple(sorted({len(p) for p in PREFECTURES}))


def _prefecture_before(text: str, start: int) -> int:
    """The length of the prefecture ``text[:start]`` ends with (0 when none)."""
    for length in _PREFECTURE_LENGTHS:
        if length <= start and text[start - length : start] in _PREFECTURE_SET:
            return length
    return 0


def place_in(text: str) -> tuple[int, str] | None:
    """Where the first municipality of the places table stands in ``text`` (its prefecture,
    if written, included) and the municipality's name; None when there is none."""
    found = _place_at(text)
    if found is None:
        return None
    start, end = found
    name = text[start:end]
    prefecture = next((p for p in PREFECTURES if name.startswith(p) and len(name) > len(p)), "")
    return start, name[len(prefecture) :]


@per_rules
def _building_tails(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """Words right after a municipality that make it a building or an adjective
    (``harvest_table.place_tails``: ``役所``, ``庁舎``, ``民``, ``立`` …)."""
    return tuple(rules.harvest_table.get("place_tails", ()))


def _lead_key(lead: str) -> str:
    """The template of a lead: its numbers replaced by ``#``, spaces removed."""
    return _NUMBER.sub("#", _SPACES.sub("", lead))


def _tail_key(tail: str) -> str:
    """The template of a tail: a bracketed prefecture as ``(県)``, numbers as ``#``."""
    compact = _SPACES.sub("", tail)
    if _PREFECTURE_TAIL.match(compact):
        return "(県)"
    return _NUMBER.sub("#", compact)


def _tail_pattern(tail: str) -> str:
    """The regex of a template's tail (see ``_tail_key``)."""
    compact = _SPACES.sub("", tail)
    if _PREFECTURE_TAIL.match(compact):
        return r"\(\s*\S{2,4}?[都道府県]\s*\)"
    return r"\s*".join(regex.escape(c) for c in compact)


def _lead_pattern(lead: str, places: Iterable[str], tail: str = "") -> str:
    """A case-label regex for a lead: its words as written, any number in place of its
    numbers, spaces optional, one of the template's ``places`` to the end of the line
    after it (so ``その三三条市`` is ``その三`` before ``三条市``)."""
    parts: list[str] = []
    compact = _SPACES.sub("", lead)
    position = 0
    for match in _NUMBER.finditer(compact):
        parts.extend(regex.escape(c) for c in compact[position : match.start()])
        parts.append(_NUMBER_PATTERN)
        position = match.end()
    parts.extend(regex.escape(c) for c in compact[position:])
    names = "|".join(regex.escape(p) for p in sorted(set(places), key=len, reverse=True))
    return r"\s*".join(parts) + rf"(?=\s*(?:{names})\s*{_tail_pattern(tail)}\s*$)"


def template_leads(text: str, rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The case-label patterns of the templates ``text`` repeats (see the module), in the
    order their first line stands; empty when it repeats none."""
    from jirei.caselabel import label_length

    candidates: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
    nonblank = 0  # non-blank lines so far
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            continue
        nonblank += 1
        if (
            len(stripped) > _MAX_LINE + 10
            or "。" in stripped
            or "、" in stripped
            or "|" in stripped  # a table row (a card's ``| 自治体 | … |``)
            or "\t" in stripped
            or not _PLACE_CHARS.search(stripped)
        ):
            continue
        compact = _SPACES.sub("", stripped)
        if len(compact) > _MAX_LINE:
            continue
        found_place = _place_at(stripped)
        if found_place is None or found_place[0] == 0:
            continue
        start, end = found_place
        lead = stripped[:start].strip()
        tail = stripped[end:].strip()
        if not lead or len(tail) > _MAX_TAIL or ":" in lead:
            continue
        if tail.startswith(_building_tails(rules)):  # ``写真　岐阜市役所の窓口`` (1507)
            continue
        lead_key = _lead_key(lead)
        if (
            len(lead_key) > _MAX_LEAD
            or not _WORD.search(lead_key)
            or _BRACKETS.search(_NUMBERED.sub("", lead_key))  # brackets only round a number
            or lead.strip(_FIELD_MARKS) in rules.field_labels
            or lead_key.rstrip("#") in rules.appendix_tables  # ``表A 川越市`` (a caption, 1184)
            or _YEAR_LEAD.match(lead_key)  # ``平成29年度　市の実績`` (decision 1506)
            or label_length(stripped, rules)
        ):
            continue
        key = lead_key + "|" + _tail_key(tail)
        candidates[key].append((nonblank, lead, stripped[start:end], tail))
    found: list[tuple[int, str]] = []
    for lines in candidates.values():
        if len(lines) < 2 or len({place for _, _, place, _ in lines}) < 2:
            continue
        spaced = 0  # lines with case material before the next one (or the end)
        for number, (position, _, _, _) in enumerate(lines):
            following = lines[number + 1][0] if number + 1 < len(lines) else nonblank + 1
            if following - position > _MIN_GAP:
                spaced += 1
        if spaced >= 2:
            places = [place for _, _, place, _ in lines]
            found.append((lines[0][0], _lead_pattern(lines[0][1], places, lines[0][3])))
    return tuple(pattern for _, pattern in sorted(found))


@per_rules_memo(64)
def _extended(patterns: tuple[str, ...], rules: Rules) -> Rules:
    """``rules`` with ``patterns`` added to its case labels (one object per patterns, so
    the compiled tables of a template are built once)."""
    return rules.extend(case_labels=patterns)


def document_rules(text: str, rules: Rules = DEFAULT_RULES) -> Rules:
    """``rules`` with the case-label templates ``text`` repeats added (``rules`` itself
    when it repeats none)."""
    from jirei.lonelabels import lone_leads  # ``訪問記１`` alone on its line (1390)

    patterns = template_leads(text, rules) + lone_leads(text, rules)
    if not patterns:
        return rules
    return _extended(patterns, rules)


__all__ = ["document_rules", "template_leads"]
