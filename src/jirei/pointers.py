"""Lines pointing to where a case's figures stand (decision 2532).

A case whose results are printed elsewhere (an end-of-report 一覧, a 付表, a 別添) often
keeps only a pointer under its results heading: ``巻末【参考】一覧表の番号１を参照。``,
``付表の表Ａのとおり。``, ``実績は別紙資料参照``. Such a line is no other result. A pointer
is a short line ending in one of ``figures.toml [gathered_parts] pointer_endings`` (its
closing ``。`` aside) that names one of its ``pointer_nouns``; the whole line may stand in
brackets (``（実績は巻末一覧表の①を参照）``, decision 3489).
"""

from __future__ import annotations

import unicodedata

import attrs
import regex

from jirei.model import Profile
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: the longest line read as a pointer
_MAX_POINTER = 40


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pointer endings (longest first) and nouns of ``rules``."""
    table = rules.figures_table.get("gathered_parts", {})
    endings = tuple(sorted(table.get("pointer_endings", ()), key=len, reverse=True))
    return endings, tuple(table.get("pointer_nouns", ()))


@per_rules
def _place_line(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """A line naming a numbered place where the figures stand (``pointer_places``)."""
    table = rules.figures_table.get("gathered_parts", {})
    places = "|".join(
        regex.escape(p) for p in sorted(table.get("pointer_places", ()), key=len, reverse=True)
    ) or "(?!)"
    number = r"\d{1,3}(?:\s*[-~～、,]\s*\d{1,3})?"
    return regex.compile(
        rf"^(?:[^\s。、]{{0,{_PLACE_TOPIC}}}(?:は|:|→)\s*|→\s*)?"
        rf"(?:(?:{places})\s*{number}|{number}\s*(?:{places}))(?:参照|を参照)?$"
    )


#: the longest topic before a numbered place (``実績``, ``事業目標と実績``)
_PLACE_TOPIC = 8


def is_pointer(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` is a line pointing to figures printed elsewhere (see the module)."""
    line = _unbracketed(unicodedata.normalize("NFKC", text).strip()).rstrip("。.")
    if not line or len(line) > _MAX_POINTER:
        return False
    if _place_line(rules).match(line.lstrip("※*・ ")):  # ``実績はスライド7`` (2578)
        return True
    endings, nouns = _words(rules)
    ending = next((word for word in endings if line.endswith(word)), None)
    if ending is None:
        return False
    head = line[: -len(ending)]
    return any(noun in head for noun in nouns)


#: the bracket pairs a whole pointer line may stand in (NFKC: ``（…を参照）`` is ``(…)``)
_PAIRS = ("()", "[]", "【】", "〔〕", "<>", "〈〉", "《》")


def _unbracketed(line: str) -> str:
    """``line`` without one bracket pair enclosing all of it (``（実績は巻末一覧表の①を参照）``,
    decision 3489), else as it is."""
    for opening, closing in _PAIRS:
        if line.startswith(opening) and line.endswith(closing):
            inner = line[1:-1]
            if opening not in inner and closing not in inner:
                return inner.strip()
    return line


def is_bracketed_pointer(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line is a pointer standing wholly in brackets of its own
    (``（実績は巻末一覧表の①を参照）``; decision 3489): the writer's note, never the wrapped
    end of an item or a comment above it."""
    stripped = text.strip()
    if stripped[:1] not in _OPENINGS or stripped[-1:] not in _CLOSINGS:
        return False  # (cheap precheck)
    return is_pointer(stripped, rules)


#: how a bracketed line opens and closes (before NFKC too)
_OPENINGS = "(（[［【〔<〈《"
_CLOSINGS = ")）]］】〕>〉》"


def is_none_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` says there is nothing to report (``特になし``; ``figures.toml
    [gathered_parts] none_lines``, decision 2542)."""
    line = unicodedata.normalize("NFKC", text).strip().strip("。.()")
    words = rules.figures_table.get("gathered_parts", {}).get("none_lines", ())
    return bool(line) and line in words


def without_pointers(profile: Profile, rules: Rules = DEFAULT_RULES) -> Profile:
    """``profile`` with the pointer lines and the lines saying there is nothing to report
    left out of its other results, and the lines naming a numbered place where the figures
    stand (``実績はスライド7``) out of its items (decision 2578)."""
    profile = _without_place_items(profile, rules)
    if not profile.other_results:
        return profile
    keep = [
        not (is_pointer(text, rules) or is_none_line(text, rules))
        for text in profile.other_results
    ]
    return _kept(profile, "other_results", "other_result_spans", keep)


def _without_place_items(profile: Profile, rules: Rules) -> Profile:
    """``profile`` without the items that name a numbered place where the figures stand."""
    if not profile.initiatives:
        return profile
    pattern = _place_line(rules)
    keep = [
        not pattern.match(unicodedata.normalize("NFKC", t).strip().rstrip("。.").lstrip("※*・ "))
        for t in profile.initiatives
    ]
    return _kept(profile, "initiatives", "initiative_spans", keep)


def _kept(profile: Profile, field: str, spans_field: str, keep: list[bool]) -> Profile:
    """``profile`` with only the kept texts of a list field (and their spans, when there is
    one span per text)."""
    if all(keep):
        return profile
    texts, spans = getattr(profile, field), getattr(profile, spans_field)
    return attrs.evolve(
        profile,
        **{
            field: tuple(t for t, k in zip(texts, keep, strict=True) if k),
            spans_field: (
                tuple(s for s, k in zip(spans, keep, strict=True) if k)
                if len(spans) == len(keep)
                else spans
            ),
        },
    )


__all__ = ["is_bracketed_pointer", "is_none_line", "is_pointer", "without_pointers"]
