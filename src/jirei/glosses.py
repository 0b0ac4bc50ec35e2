"""English glosses of a bilingual handout read as nothing (decision 1044).

A bilingual handout writes each Japanese heading, bullet, label or table cell with its
English gloss: after a ``<br>`` in the same cell (``就職者数<br>Employed``), or on the line
under it (``## 実績`` over ``## Results``; ``| 実施自治体 | 岡山県倉敷市 |`` over
``| Municipality | Kurashiki, Okayama |``). The profile records the Japanese side: the gloss
becomes spaces, so the text keeps its length and every offset stays where it was.

A gloss line holds no Japanese and two or more Latin words, or one of four letters or more
(``### Results``; ``CASE 01`` is a case label, no gloss), and stands directly under a line
holding Japanese (or under another gloss line): the gloss line and the newline before it
become spaces, so the Japanese line above runs on in trailing spaces (no blank line parts a
card, a list or a table; a gloss row of a table is gone whole). English after Japanese on
the same line (``実績　Results``) is a gloss too.

Written English first (decisions 1047, 1048): a Latin run before `` / `` with Japanese after it
(``Location / 所在地``, ``Naha City, Okinawa / 沖縄県那覇市``, ``Case 1 / 事例1``) becomes
spaces with its slash; an English title of two words or more opening a block over its
Japanese title becomes spaces, its newline kept.
"""

from __future__ import annotations

import regex

from jirei.caselabel import label_length
from jirei.rules import DEFAULT_RULES, Rules

#: Japanese script: kana and ideographs
_JAPANESE = regex.compile(r"[\p{Hiragana}\p{Katakana}\p{Han}]")
#: a Latin word of two letters or more
_WORD = regex.compile(r"[A-Za-z]{2,}")
#: a ``<br>`` and the English after it, up to the cell's end
_BR_GLOSS = regex.compile(
    r"<br\s*/?>\s*(?=[A-Za-z])[A-Za-z0-9 ,.'&/()\-]*?[A-Za-z.)](?=\s*(?:\||<br|$))",
    regex.IGNORECASE | regex.MULTILINE,
)


#: an English gloss after Japanese on the same line (``実績　Results``)
_TAIL = regex.compile(
    r"(?<=[\p{Hiragana}\p{Katakana}\p{Han}）)])[ \t\u3000]+"
    r"(?P<gloss>[A-Za-z][A-Za-z0-9 ,.:;'&/()\-]*[A-Za-z0-9.)])[ \t]*$",
    regex.MULTILINE,
)


#: an English gloss before `` / `` and the Japanese it glosses (``Location / 所在地``,
#: ``Naha City, Okinawa Prefecture / 沖縄県那覇市``, ``Results (FY2021) / 2021年度実績``): a Latin
#: run opening the line or after a gap / a dot leader, up to an ASCII slash (decision 1047)
_HEAD = regex.compile(
    r"(?:(?<=^)|(?<=[ \t\u3000.…]))(?P<gloss>[A-Za-z0-9][A-Za-z0-9 ,.:;'&()\-]*?)[ \t]*/[ \t]*"
    r"(?=[\p{Hiragana}\p{Katakana}\p{Han}]|\d+[\p{Han}])",
    regex.MULTILINE,
)


def _head(match: regex.Match[str]) -> str:
    """The gloss before `` / `` as spaces when it reads as English: two Latin words, or one
    of four letters or more (``Case 1 / 事例1`` too: the Japanese label stays)."""
    words = _WORD.findall(match["gloss"])
    if len(words) >= 2 or (words and len(words[0]) >= 4):
        return " " * len(match.group())
    return match.group()


def _tail(match: regex.Match[str], rules: Rules) -> str:
    gloss = match["gloss"]
    words = _WORD.findall(gloss)
    if (len(words) >= 2 or (words and len(words[0]) >= 4)) and label_length(gloss, rules) == 0:
        return " " * len(match.group())
    return match.group()


def _is_gloss(line: str, rules: Rules) -> bool:
    if _JAPANESE.search(line) is not None:
        return False
    words = _WORD.findall(line)
    if len(words) >= 2:
        return True
    text = line.strip(" \t#*->")
    return len(words) == 1 and len(words[0]) >= 4 and label_length(text, rules) == 0


def untangle_glosses(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its English glosses as spaces (same length)."""
    if _WORD.search(text) is None or _JAPANESE.search(text) is None:
        return text
    if "<br" in text or "<BR" in text:
        text = _BR_GLOSS.sub(lambda m: " " * len(m.group()), text)
    text = _TAIL.sub(lambda m: _tail(m, rules), text)
    if " /" in text or "/ " in text:
        text = _HEAD.sub(_head, text)
    lines = text.split("\n")
    out: list[str] = []
    above_japanese = False
    for index, line in enumerate(lines):
        if out and line.strip() and above_japanese and _is_gloss(line, rules) and "---" not in line:
            # the gloss and the newline before it as spaces: the line above runs on in
            # trailing spaces, so no blank line parts a card or a table row (same length)
            out[-1] += " " * (len(line) + 1)
            continue  # a gloss under a gloss: still under the Japanese
        if (
            line.strip()
            and (not out or not out[-1].strip())
            and index + 1 < len(lines)
            and _JAPANESE.search(lines[index + 1]) is not None
            and len(_WORD.findall(line)) >= 2  # a title, not a marker (``--- slide 1 ---``)
            and _is_gloss(line, rules)
            and "|" not in line
            and "---" not in line
        ):
            # an English line over its Japanese, opening a block (a title, a heading written
            # English first; decision 1048): spaces, the newline kept
            out.append(" " * len(line))
            above_japanese = False
            continue
        out.append(line)
        above_japanese = _JAPANESE.search(line) is not None
    return "\n".join(out)


__all__ = ["untangle_glosses"]
