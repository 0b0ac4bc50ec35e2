"""Case labels a document defines itself: lines that repeat one template.

Offices open their cases with label words no table lists (``座談会　その一　長岡市``,
``特集①　石巻市``, ``視察先　福岡県北九州市``, ``訪問記３　鶴岡市``). What they share is a
shape: a short line made of a *lead* (words, maybe a number) and a place name ending the
line, the same lead (numbers aside) coming back at intervals with case material between,
a different place each time. ``document_rules`` finds such templates in a document's
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

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules_memo

#: the longest template line (characters, spaces removed)
_MAX_LINE = 40
#: the longest lead
_MAX_LEAD = 16
#: the fewest non-blank lines between two template lines for both to open cases
_MIN_GAP = 3
#: what a line must end with to end in a municipality (a cheap precheck)
_PLACE_ENDS = frozenset("市区町村")
#: a number inside a lead: digits, kanji numerals, one Latin letter (``事例A``)
_NUMBER = regex.compile(r"[0-9]{1,3}|[一二三四五六七八九十]{1,3}|(?<![A-Za-z])[A-Za-z](?![A-Za-z])")
_NUMBER_PATTERN = r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z])"
#: a number in brackets (``ケーススタディ(1)``, ``【1】``) in a lead's template
_NUMBERED = regex.compile(r"\(#\)|【#】")
#: a lead must hold a word (kanji or kana), not only numbers and marks
_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: marks and colons a field line may start or end its label with
_FIELD_MARKS = " \t\u3000:：・●○■□◆◇◎*"


def _place_start(text: str) -> int | None:
    """Where the municipality (with its prefecture, if written) ending ``text`` starts;
    None when ``text`` does not end in one of the places table."""
    from jirei.places import prefectures_of

    for start in range(0, len(text) - 1):
        if text[start].isspace():
            continue
        if prefectures_of(text[start:]):
            return start
    return None


def _lead_key(lead: str) -> str:
    """The template of a lead: its numbers replaced by ``#``, spaces removed."""
    return _NUMBER.sub("#", regex.sub(r"\s+", "", lead))


def _lead_pattern(lead: str, places: Iterable[str]) -> str:
    """A case-label regex for a lead: its words as written, any number in place of its
    numbers, spaces optional, one of the template's ``places`` to the end of the line
    after it (so ``その三三条市`` is ``その三`` before ``三条市``)."""
    parts: list[str] = []
    compact = regex.sub(r"\s+", "", lead)
    position = 0
    for match in _NUMBER.finditer(compact):
        parts.extend(regex.escape(c) for c in compact[position : match.start()])
        parts.append(_NUMBER_PATTERN)
        position = match.end()
    parts.extend(regex.escape(c) for c in compact[position:])
    names = "|".join(regex.escape(p) for p in sorted(set(places), key=len, reverse=True))
    return r"\s*".join(parts) + rf"(?=\s*(?:{names})\s*$)"


def template_leads(text: str, rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The case-label patterns of the templates ``text`` repeats (see the module), in the
    order their first line stands; empty when it repeats none."""
    from jirei.caselabel import label_length

    candidates: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    nonblank = 0  # non-blank lines so far
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            continue
        nonblank += 1
        if (
            stripped[-1] not in _PLACE_ENDS
            or len(stripped) > _MAX_LINE + 10
            or "。" in stripped
            or "、" in stripped
        ):
            continue
        compact = regex.sub(r"\s+", "", stripped)
        if len(compact) > _MAX_LINE:
            continue
        start = _place_start(stripped)
        if start is None or start == 0:
            continue
        lead = stripped[:start].strip()
        key = _lead_key(lead)
        if (
            not lead
            or len(key) > _MAX_LEAD
            or not _WORD.search(key)
            or ":" in lead
            or regex.search(r"[()【】]", _NUMBERED.sub("", key))  # brackets only round a number
            or lead.strip(_FIELD_MARKS) in rules.field_labels
            or label_length(stripped, rules)
        ):
            continue
        candidates[key].append((nonblank, lead, stripped[start:]))
    found: list[tuple[int, str]] = []
    for lines in candidates.values():
        if len(lines) < 2 or len({place for _, _, place in lines}) < 2:
            continue
        spaced = 0  # lines with case material before the next one (or the end)
        for number, (position, _, _) in enumerate(lines):
            following = lines[number + 1][0] if number + 1 < len(lines) else nonblank + 1
            if following - position > _MIN_GAP:
                spaced += 1
        if spaced >= 2:
            places = [place for _, _, place in lines]
            found.append((lines[0][0], _lead_pattern(lines[0][1], places)))
    return tuple(pattern for _, pattern in sorted(found))


@per_rules_memo(64)
def _extended(patterns: tuple[str, ...], rules: Rules) -> Rules:
    """``rules`` with ``patterns`` added to its case labels (one object per patterns, so
    the compiled tables of a template are built once)."""
    return rules.extend(case_labels=patterns)


def document_rules(text: str, rules: Rules = DEFAULT_RULES) -> Rules:
    """``rules`` with the case-label templates ``text`` repeats added (``rules`` itself
    when it repeats none)."""
    patterns = template_leads(text, rules)
    if not patterns:
        return rules
    return _extended(patterns, rules)


__all__ = ["document_rules", "template_leads"]
