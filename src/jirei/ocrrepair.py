"""Repair of OCR damage in names and figures (decision 1001; words in ``rules/ocr.toml``).

- :func:`repair_figures`: a Latin look-alike of a digit inside a figure (``l97人``,
  ``1O8人``, ``6l.4%``) becomes the digit, only when the whole token then is a number
  followed by a unit of ``rules.units``; one character for one, so offsets stay valid
  (run as a stage of normalisation); a date's parts likewise (``平成25年1O月1日``,
  ``4月l日``, ``平成3O年度``: a number before a date part of ``ocr.toml``'s
  ``date_parts``, or look-alikes alone between two date parts, decision 3432);
- :func:`repair_name`: a long-vowel look-alike between katakana characters, or after one
  at the end of the name (``ハロ一ワ一ク``, not ``ハローワーク一宮``) becomes ``ー``; a
  katakana ``ロ`` becomes ``口`` only where that makes a word of ``kanji_ro_words``
  (``窓ロ`` → ``窓口``); one character for one;
- :func:`repair_profile_names`: a profile's name fields and comment speakers repaired,
  the speaker's role read again when its name changed. Free text is left as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import attrs
import regex
from attrs import frozen

from jirei.comments import role_of
from jirei.linescan import sub_on_lines
from jirei.model import Profile
from jirei.rules import DEFAULT_RULES, Rules, per_rules


@frozen
class OcrWords:
    """The tables of ``rules/ocr.toml``."""

    long_vowel_lookalikes: tuple[str, ...]
    long_vowel: str
    kanji_ro_words: tuple[str, ...]
    digit_lookalikes: tuple[tuple[str, str], ...]
    date_parts: tuple[str, ...] = ()


@per_rules
def ocr_words(rules: Rules = DEFAULT_RULES) -> OcrWords:
    """The OCR repair tables of ``rules`` (``rules.ocr_table``, from ``ocr.toml``)."""
    data = rules.ocr_table
    return OcrWords(
        tuple(data.get("long_vowel_lookalikes", ())),
        data.get("long_vowel", "ー"),
        tuple(data.get("kanji_ro_words", ())),
        tuple(data.get("digit_lookalikes", {}).items()),
        tuple(data.get("date_parts", ())),
    )


_NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@cache
def _figure_patterns(words: OcrWords, units: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    alike = "".join(regex.escape(a) for a, _ in words.digit_lookalikes)
    # cheap precheck: a look-alike beside a digit (``\d[…]|[…]\d`` written to start with
    # the look-alike, which the engine scans for far faster)
    near = regex.compile(rf"[{alike}](?:(?<=\d[{alike}])|(?=\d))")
    unit = "|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True))
    # full-width digits count too: this runs before NFKC (``１O9．4％``, decision 1112)
    token = regex.compile(
        rf"(?<![A-Za-z0-9.,０-９．，])[0-9０-９{alike}][0-9０-９{alike},.，．]*(?![A-Za-z])"
        rf"(?=[ \t]?(?:{unit}))"
    )
    return near, token


def repair_figures(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with digit look-alikes inside figures repaired (same length)."""
    words = ocr_words(rules)
    text = _repair_lone_date_parts(text, words)
    near, token = _figure_patterns(words, (*rules.units, "％", *words.date_parts))
    if near.search(text) is None:
        return text
    table = dict(words.digit_lookalikes)

    def fix(match: regex.Match[str]) -> str:
        raw = match.group()
        if not any(ch.isdigit() for ch in raw):
            return raw
        fixed = "".join(table.get(ch, ch) for ch in raw)
        return fixed if _NUMBER.fullmatch(unicodedata.normalize("NFKC", fixed)) else raw

    # a token is changed only when it holds a digit and a look-alike; it stands within a
    # line (its classes hold no newline): only the lines holding such a run are rewritten
    return sub_on_lines(text, _damaged_run(words), token, fix)


@cache
def _lone_date_part(words: OcrWords) -> tuple[re.Pattern[str], regex.Pattern[str]] | None:
    """Look-alikes standing alone for a date's number between two date parts
    (``4月l日``, ``2013年l月``): a digit and a date part before, a date part after; with a
    cheap precheck (a date part, a look-alike after it)."""
    parts = [p for p in words.date_parts if len(p) == 1]
    if not parts or not words.digit_lookalikes:
        return None
    alike = "".join(regex.escape(a) for a, _ in words.digit_lookalikes)
    part = "".join(regex.escape(p) for p in parts)
    near = re.compile(f"[{part}][ \t]?[{alike}]")  # the stdlib engine: a faster scan
    return near, regex.compile(
        rf"[{part}](?<=[0-9０-９][ \t]?.)[ \t]?(?P<alike>[{alike}]{{1,2}})(?=[ \t]?[{part}])"
    )


def _repair_lone_date_parts(text: str, words: OcrWords) -> str:
    """``text`` with a date's number read as look-alikes alone repaired (same length)."""
    patterns = _lone_date_part(words)
    if patterns is None or patterns[0].search(text) is None:
        return text
    pattern = patterns[1]
    table = dict(words.digit_lookalikes)

    def fix(match: regex.Match[str]) -> str:
        cut = match.start("alike") - match.start()
        digits = "".join(table.get(ch, ch) for ch in match.group("alike"))
        return match.group()[:cut] + digits

    return pattern.sub(fix, text)


@cache
def _damaged_run(words: OcrWords) -> regex.Pattern[str]:
    """A run of figure characters holding a digit and a look-alike (what every token
    ``repair_figures`` changes holds)."""
    alike = "".join(regex.escape(a) for a, _ in words.digit_lookalikes)
    figure = rf"0-9０-９{alike},.，．"  # the token's classes (full-width too, decision 1112)
    return regex.compile(rf"[0-9０-９][{figure}]*[{alike}]|[{alike}][{figure}]*[0-9０-９]")


@cache
def _vowel_pattern(words: OcrWords) -> regex.Pattern[str]:
    lookalike = "|".join(regex.escape(c) for c in words.long_vowel_lookalikes)
    mark = regex.escape(words.long_vowel)
    return regex.compile(rf"(?<=[ァ-ヺ{mark}])(?:{lookalike})(?=[ァ-ヺ]|$)")


def repair_name(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """A name with its OCR look-alikes repaired (same length)."""
    vowel, long_vowel, damaged_words = _name_repairs(rules)
    text = vowel.sub(long_vowel, text)
    if "ロ" not in text:
        return text
    for damaged, word in damaged_words:
        if damaged in text:
            text = text.replace(damaged, word)
    return text


@per_rules
def _name_repairs(
    rules: Rules = DEFAULT_RULES,
) -> tuple[regex.Pattern[str], str, tuple[tuple[str, str], ...]]:
    """What ``repair_name`` uses, built once per ``Rules``: the long-vowel look-alike
    pattern, the long vowel, and each ``kanji_ro_words`` word with its damaged form
    (``ロ`` for ``口``; the words without ``口`` left out), in the table's order."""
    words = ocr_words(rules)
    damaged = tuple(
        (word.replace("口", "ロ"), word)
        for word in words.kanji_ro_words
        if word.replace("口", "ロ") != word
    )
    return _vowel_pattern(words), words.long_vowel, damaged


def repair_profile_names(profile: Profile, rules: Rules = DEFAULT_RULES) -> Profile:
    """``profile`` with its name fields and comment speakers repaired."""
    changes: dict[str, object] = {}
    for name in ("municipality", "labour_bureau", "facility_name"):
        value = getattr(profile, name)
        if value and repair_name(value, rules) != value:
            changes[name] = repair_name(value, rules)
    hello_work = tuple(repair_name(h, rules) for h in profile.hello_work)
    if hello_work != profile.hello_work:
        changes["hello_work"] = hello_work
    comments = []
    for comment in profile.comments:
        speaker = comment.speaker
        fixed = repair_name(speaker, rules) if speaker else speaker
        if fixed != speaker:
            role = role_of(fixed, rules) if comment.role == "other" else comment.role
            comment = attrs.evolve(comment, speaker=fixed, role=role)
        comments.append(comment)
    if tuple(comments) != profile.comments:
        changes["comments"] = tuple(comments)
    return attrs.evolve(profile, **changes) if changes else profile


__all__ = ["OcrWords", "ocr_words", "repair_figures", "repair_name", "repair_profile_names"]
