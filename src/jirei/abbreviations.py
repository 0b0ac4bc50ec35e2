"""Partner offices written short in a case's partner line (decisions 2135-2136).

An internal memo writes its partner line ``福岡県久留米市 × 局／HW久留米``: ``HW`` stands for
ハローワーク (``harvest.toml [abbreviations] hello_work``, and any ``X＝ハローワーク`` of the
document's legend), and a bare ``局`` is whatever bureau the legend says
(``※略称：HW＝ハローワーク、局＝福岡労働局``). In a case whose header readers found no Hello
Work office (or no bureau), a line among the case's first lines that holds such a short
form as a whole token, beside the case's municipality or another partner token, gives them:
the office as written (``HW久留米``), the bureau as the legend spells it out (``福岡労働局``).
A short form no legend defines is never a bureau (``局`` alone names none).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs
import regex

from jirei.model import Profile, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: how far into a case its partner line may stand
_OPENING = 400
_DELIM = r"[\s/／・、,，×xX✕()（）\[\]【】「」|｜]"
_PAIR = regex.compile(
    r"(?P<short>[A-Za-zＡ-Ｚａ-ｚ\p{Han}\p{Katakana}ー]{1,5})[ \t\u3000]*[=＝][ \t\u3000]*"
    r"(?P<long>[^、,，/／\s=＝()（）。]{2,20})"
)


def _wide(text: str) -> str:
    """A pattern matching ``text`` in ASCII or full-width letters."""
    out = []
    for char in text:
        if char.isascii() and char.isalnum():
            out.append(f"[{char}{chr(ord(char) + 0xFEE0)}]")
        else:
            out.append(regex.escape(char))
    return "".join(out)


def _wide_form(text: str) -> str:
    """``text`` with its ASCII letters and digits full-width."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


@per_rules
def _defaults(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    table = rules.harvest_table.get("abbreviations", {})
    return tuple(str(w) for w in table.get("hello_work", ()))


def _lines_with(text: str, marks: tuple[str, ...]) -> list[str]:
    """The lines of ``text`` holding one of ``marks``, each once."""
    out: list[str] = []
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            out.append(text[start:end])
            at = text.find(mark, end)
    return list(dict.fromkeys(out))


def legend(text: str, rules: Rules = DEFAULT_RULES) -> tuple[tuple[str, ...], dict[str, str]]:
    """The short forms of Hello Work and the bureaus a document's legend defines
    (``HW＝ハローワーク``, ``局＝福岡労働局``), with the rules' defaults."""
    offices = list(_defaults(rules))
    bureaus: dict[str, str] = {}
    for line in _lines_with(text, ("=", "＝")):
        for match in _PAIR.finditer(line):
            short = unicodedata.normalize("NFKC", match.group("short"))
            long = unicodedata.normalize("NFKC", match.group("long"))
            if long in rules.hello_work_prefixes or long.endswith(rules.hello_work_suffixes):
                offices.append(short)
            elif long.endswith("労働局") and len(long) > 3:
                bureaus.setdefault(short, long)
    return tuple(dict.fromkeys(offices)), bureaus


def with_abbreviations(
    profiles: Sequence[Profile], original: str, rules: Rules = DEFAULT_RULES
) -> list[Profile]:
    """``profiles`` with Hello Work offices and bureaus written short in their partner line
    (``original``: the text the spans point into)."""
    if not profiles:
        return list(profiles)
    offices, bureaus = legend(original, rules)
    wanted = [
        p for p in profiles if p.span is not None and (not p.hello_work or p.labour_bureau is None)
    ]
    shorts = (*offices, *bureaus)
    if not wanted or not any(s in original or _wide_form(s) in original for s in shorts):
        return list(profiles)
    office = "|".join(_wide(s) for s in sorted(offices, key=len, reverse=True)) or "(?!)"
    bureau = "|".join(_wide(s) for s in sorted(bureaus, key=len, reverse=True)) or "(?!)"
    pattern = regex.compile(
        rf"(?:(?<={_DELIM})|^)(?:(?P<office>(?:{office})[\p{{Han}}\p{{Katakana}}ー]{{1,8}})"
        rf"|(?P<bureau>{bureau}))(?={_DELIM}|$)",
        regex.M,
    )
    if pattern.search(original) is None:
        return list(profiles)
    out = []
    for profile in profiles:
        if profile not in wanted:
            out.append(profile)
            continue
        out.append(_filled(profile, original, pattern, bureaus))
    return out


def _filled(
    profile: Profile, original: str, pattern: regex.Pattern[str], bureaus: dict[str, str]
) -> Profile:
    assert profile.span is not None
    start, end = profile.span.start, min(profile.span.end, profile.span.start + _OPENING)
    at = start
    for line in original[start:end].split("\n"):
        found = list(pattern.finditer(line))
        place = profile.municipality
        beside = len(found) > 1 or (
            place is not None and place in unicodedata.normalize("NFKC", line)
        )
        if found and beside:
            changes: dict[str, object] = {}
            names = [m for m in found if m.group("office")]
            if not profile.hello_work and names:
                changes["hello_work"] = tuple(
                    unicodedata.normalize("NFKC", m.group("office")) for m in names
                )
                changes["hello_work_spans"] = tuple(
                    Span(at + m.start(), at + m.end()) for m in names
                )
            heads = [m for m in found if m.group("bureau")]
            if profile.labour_bureau is None and heads:
                short = unicodedata.normalize("NFKC", heads[0].group("bureau"))
                changes["labour_bureau"] = bureaus[short]
                changes["spans"] = {
                    **profile.spans,
                    "labour_bureau": Span(at + heads[0].start(), at + heads[0].end()),
                }
            return attrs.evolve(profile, **changes) if changes else profile
        at += len(line) + 1
    return profile


__all__ = ["legend", "with_abbreviations"]
