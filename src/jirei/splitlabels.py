"""Case labels cut at a line break, as text copied out of a brochure or a slide prints them
(``REPORT`` / ``01``, ``ＣＡＳＥ`` / ``０２``, ``事例`` / ``３``, ``No.`` / ``1``): the word and its
number read as one line, ``REPORT 01``. The line break between them becomes a space, so the
text keeps its length and every character still points at its own original character
(decision 1660).

A break is joined only when the line before it is a label word alone (``split_label_words``
of ``harvest.toml``, compared NFKC and without case, marks and spaces aside), the line after
it a number alone (one to three digits, or kanji numerals), the line after the number no
number alone (a column of figures under a ``No.`` cell), and the same word stands so over at
least two different numbers in the document: a word over one number is a cell, not a
document's labels.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.linescan import space_line_breaks
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: a number alone on its line (NFKC text, outer spaces stripped)
_NUMBER = regex.compile(r"^(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})$")
#: the marks a label word may carry before it (``■ CASE``)
_MARKS = "■□◆◇●○▼▽★☆#"
#: the longest line looked at as a label word (characters)
_SHORT = 12
#: the most characters of a number alone
_DIGITS = 3


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> frozenset[str]:
    """The label words, NFKC and case-folded."""
    words = rules.harvest_table.get("split_label_words", ())
    return frozenset(unicodedata.normalize("NFKC", w).casefold() for w in words)


def _key(line: str) -> str:
    """A short line NFKC, case-folded, without spaces and leading marks."""
    text = unicodedata.normalize("NFKC", line).lstrip(_MARKS + " \u3000")
    return "".join(text.split()).casefold()


def join_split_labels(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each line break between a label word and its number replaced by a space
    (same length; see the module)."""
    words = _words(rules)
    if not words:
        return text
    lines = text.split("\n")
    found: dict[str, list[tuple[int, str]]] = {}
    # (cheap first: a short line before another line; most lines are longer or blank)
    short = [n for n, line in enumerate(lines[:-1]) if 0 < len(line) <= _SHORT]
    for n in short:
        following = lines[n + 1].strip()
        if not 0 < len(following) <= _DIGITS:  # (most lines are no number)
            continue
        line = lines[n]
        if not line.strip():
            continue
        number = unicodedata.normalize("NFKC", following)
        if not _NUMBER.match(number):
            continue
        word = _key(line)
        if word not in words:
            continue
        if n + 2 < len(lines) and _NUMBER.match(
            unicodedata.normalize("NFKC", lines[n + 2]).strip()
        ):
            continue  # a column of numbers under its cell
        found.setdefault(word, []).append((n, number.lstrip("0") or "0"))
    joins = [
        n
        for where in found.values()
        if len({number for _, number in where}) >= 2
        for n, _ in where
    ]
    if not joins:
        return text
    return space_line_breaks(text, lines, joins)


__all__ = ["join_split_labels"]
