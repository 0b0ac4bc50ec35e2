"""Lines OCR makes of stamps, seals and handwriting, blanked (decision 1962).

A scan reads a 受付印, a seal or a handwritten note as a line of scattered short pieces:
half-width katakana, lone marks and punctuation (``ｰ ﾞ 川 ,: 〆 聿 ;``,
``$ ﾑ 爪 ‐ 、、 ⊃``), sometimes followed by the OCR tool's own note in brackets
(``(手書きメモ)``, ``[印影]``; words in ``rules/ocr.toml [noise] notes``). Such a line is
no text of the report: it becomes spaces (the text keeps its length, every offset stays).

A line is such noise when it holds four pieces or more, each of one or two characters
(besides a listed note), and two or more of them hold a character no word of the report
is made of (a half-width katakana, a sound mark, a symbol, punctuation other than
brackets). Letter-spaced headings (``静 岡 労 働 局``, ``■ 取 組 の 内 容``) are made of
word characters and stay; so do page numbers (three pieces).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from jirei.linescan import newline_hit_lines
from jirei.rules import DEFAULT_RULES, Rules, per_rules

_SPACE = "[ \t\u3000]"


@per_rules
def _notes(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The OCR tool's notes that may close a noise line (``rules/ocr.toml [noise]``)."""
    return tuple(rules.ocr_table.get("noise", {}).get("notes", ()))


@cache
def _trigger(notes: tuple[str, ...]) -> re.Pattern[str]:
    """A line of short pieces (the stdlib engine: faster over a whole text)."""
    note = "|".join(re.escape(n) for n in notes) or "(?!)"
    opening, closing = r"[(（\[［【〔<＜]", r"[)）\]］】〕>＞]"
    return re.compile(
        rf"(?m)^{_SPACE}*(?:[^\s]{{1,2}}{_SPACE}+){{3,}}"
        rf"(?:[^\s]{{1,2}}|{opening}\s*(?:{note})\s*{closing}){_SPACE}*$"
    )


@cache
def _after_newline(trigger: re.Pattern[str]) -> re.Pattern[str]:
    """``trigger`` opening with the newline before its line instead of ``^`` (the engine
    skips from newline to newline: ~2 times faster over a whole text)."""
    return re.compile("\n" + trigger.pattern.removeprefix("(?m)^"), re.MULTILINE)


#: brackets, the middle dot and table bars (box-drawing ones too): a table row of short cells
#: (``| 項目 | 内容 |``) is no noise
_WORD_PUNCTUATION = frozenset("()（）「」『』【】[]［］・|｜")


def _odd(piece: str) -> bool:
    """Whether a piece holds a character no word of a report is made of."""
    for char in piece:
        if "\uff61" <= char <= "\uff9f":  # half-width katakana and sound marks
            return True
        if char in _WORD_PUNCTUATION or "\u2500" <= char <= "\u257f":
            continue  # (box-drawing bars: a ruled table's row of short cells, decision 2070)
        category = unicodedata.category(char)
        if category[0] in "PS" or (category == "Lm" and char not in "ーゝゞヽヾ々"):
            return True
    return False


#: a page number however its dashes came out (``- 1 / 8 -``, ``－ ３ －``): no noise
_PAGE_NUMBER = re.compile(r"[\s\d０-９/／\-‐－―—ー一~〜.．pP|]+")


def blank_noise(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its OCR noise lines as spaces (same length)."""
    notes = _notes(rules)
    trigger = _trigger(notes)
    pieces: list[str] = []
    done = 0
    for start, end in newline_hit_lines(text, _after_newline(trigger)):
        line = text[start:end]
        if trigger.match(line) is None:
            continue
        if _PAGE_NUMBER.fullmatch(line):
            continue
        tokens = line.split()
        last = tokens[-1]
        if len(last) > 2:  # the tool's note
            tokens = tokens[:-1]
        if len(tokens) < 4 or sum(map(_odd, tokens)) < 2:
            continue
        pieces += (text[done:start], " " * len(line))
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


__all__ = ["blank_noise"]
