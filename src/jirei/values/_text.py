"""Character classes and pattern builders shared by the value parsers.

The scanners read the text as given (full-width digits, ``％``, half-width katakana), so
table entries, which are written in NFKC form, are turned into patterns that accept
every width variant of each character.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Any

import regex

#: One space between parts of a value (a run of two or more is a table cell break).
SP = "[ \u3000]"
#: An ASCII or full-width decimal digit.
DIGIT = "[0-9０-９]"
#: Kanji digits (positional or before a multiplier).
KANJI_DIGITS = "〇一二三四五六七八九"
#: Kanji multipliers below 万, and the big ones (万 and up), with their values.
SMALL_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
BIG_MULTIPLIERS = {"万": 10**4, "億": 10**8, "兆": 10**12}
KANJI_VALUES = {c: i for i, c in enumerate(KANJI_DIGITS)}

_TO_ASCII = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

#: Code point ranges whose characters have single-character NFKC forms we accept as
#: width variants: full-width/half-width forms, small forms, the ideographic space.
_VARIANT_RANGES = ((0xFF01, 0xFFEF), (0xFE50, 0xFE6B), (0x3000, 0x3000))


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def ascii_digits(text: str) -> str:
    """Full-width digits, ``．`` and ``，`` as ASCII."""
    return text.translate(_TO_ASCII)


@cache
def _reverse_nfkc() -> dict[str, frozenset[str]]:
    reverse: dict[str, set[str]] = {}
    for first, last in _VARIANT_RANGES:
        for code in range(first, last + 1):
            char = chr(code)
            normal = nfkc(char)
            if len(normal) == 1 and normal != char:
                reverse.setdefault(normal, set()).add(char)
    return {key: frozenset(value) for key, value in reverse.items()}


def char_class(char: str) -> str:
    """A pattern for ``char`` and every width variant of it."""
    normal = nfkc(char)
    chars = {char, *_reverse_nfkc().get(normal, ()), *([normal] if len(normal) == 1 else [])}
    if len(chars) == 1:
        return regex.escape(char)
    return "[" + "".join(regex.escape(c) for c in sorted(chars)) + "]"


def literal(text: str) -> str:
    """A pattern for ``text`` accepting width variants of each character."""
    return "".join(char_class(c) for c in text)


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of ``words`` (or a width variant), preferring
    the longest (so 千円 wins over 円). Built as a trie so that it branches once per
    character. Never matches when ``words`` is empty.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in {nfkc(w) for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    return f"(?:{_trie_pattern(trie)})"


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [char_class(c) + _trie_pattern(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


__all__ = [
    "BIG_MULTIPLIERS",
    "DIGIT",
    "KANJI_DIGITS",
    "KANJI_VALUES",
    "SMALL_MULTIPLIERS",
    "SP",
    "alternation",
    "ascii_digits",
    "char_class",
    "literal",
    "nfkc",
]
