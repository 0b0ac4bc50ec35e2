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
from jirei.linescan import hit_lines, sub_on_lines
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


#: an English gloss in brackets right after Japanese closing a table cell, a field label or
#: a line (``支援対象者数 (Persons supported)<TAB>400人``, ``連携先 (Partners)：…``,
#: ``関係者の声 (Voices)``; decision 1825)
_BRACKETED = regex.compile(
    r"(?<=[\p{Hiragana}\p{Katakana}\p{Han}])[ \t\u3000]*[(（]"
    r"(?P<gloss>[A-Za-z][A-Za-z0-9 ,.:;'&/\-]*[A-Za-z0-9.])[)）]"
    # a cell's, a field label's or a line's end: a tab, a pipe, a colon, the line's end (a
    # gloss before more words is left: blanked, it would part them like a table's cells)
    r"(?=[ \u3000]*[\t|:：]|[ \t\u3000]*$)"
)
_BRACKETED_TRIGGER = regex.compile(r"[(（][A-Za-z]")


def _bracketed(match: regex.Match[str], rules: Rules) -> str:
    """A bracketed gloss as spaces when it reads as English (two Latin words, or one of
    four letters or more) and is no case label (``事例1 (Case 1)`` keeps its label)."""
    gloss = match["gloss"]
    words = _WORD.findall(gloss)
    if (len(words) >= 2 or (words and len(words[0]) >= 4)) and label_length(gloss, rules) == 0:
        return " " * len(match.group())
    return match.group()


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
    # the tail and head glosses stand within a line: only the lines that may hold one
    if "(" in text or "（" in text:  # ``目標 (Target)`` (decision 1825)
        text = sub_on_lines(text, _BRACKETED_TRIGGER, _BRACKETED, lambda m: _bracketed(m, rules))
    text = sub_on_lines(text, _TAIL_TRIGGER, _TAIL, lambda m: _tail(m, rules))
    if " /" in text or "/ " in text:
        text = sub_on_lines(text, _HEAD_TRIGGER, _HEAD, _head)
    return _blank_gloss_lines(text, rules)


#: what a line holding a ``_TAIL`` gloss holds, and one holding a ``_HEAD`` gloss
_TAIL_TRIGGER = regex.compile(r"[ \t\u3000][A-Za-z]")
_HEAD_TRIGGER = regex.compile(r"/[ \t]*(?:[\p{Hiragana}\p{Katakana}\p{Han}]|\d)")
#: what a gloss line holds (a Latin word; it holds no Japanese, which is tested apart)
_WORD_TRIGGER = regex.compile(r"[A-Za-z]{2}")


def _blank_gloss_lines(text: str, rules: Rules) -> str:
    """``text`` with its gloss lines blanked: a gloss line under Japanese (or under such a
    gloss line) as spaces with the newline before it, an English title over Japanese,
    opening a block, as spaces (see the module docs).

    Only the lines that may be glosses are looked at (a Latin word and no Japanese: found
    in one search of the text); what the rule asks of the lines around one — whether the
    line above holds Japanese or was blanked, whether the line below holds Japanese — is
    read there."""
    lines: list[str] | None = None
    #: the line indexes read as glosses under Japanese / as English titles, in order
    status: dict[int, str] = {}
    blanks: list[tuple[int, int]] = []  # the [start, end) turned to spaces
    for index, start, end in hit_lines(text, _WORD_TRIGGER):
        if _JAPANESE.search(text, start, end) is not None:
            continue  # no gloss line (and, kept, it reads as Japanese to the next line)
        if lines is None:
            lines = text.split("\n")
        line = lines[index]
        if not line.strip() or not _is_gloss(line, rules) or "---" in line:
            continue  # kept as it is (no Japanese: the line below has none above it)
        above = status.get(index - 1)
        if index == 0:
            japanese_above, blank_above = False, True
        elif above == "under":
            japanese_above, blank_above = True, False  # (it ran on a Japanese line)
        elif above == "title":
            japanese_above, blank_above = False, True
        else:
            previous = lines[index - 1]
            japanese_above = _JAPANESE.search(previous) is not None
            blank_above = not previous.strip()
        if index > 0 and japanese_above:
            # the gloss and the newline before it as spaces: the line above runs on in
            # trailing spaces, so no blank line parts a card or a table row (same length)
            status[index] = "under"
            blanks.append((start - 1, end))
            continue  # a gloss under a gloss: still under the Japanese
        if (
            blank_above
            and index + 1 < len(lines)
            and _JAPANESE.search(lines[index + 1]) is not None
            and len(_WORD.findall(line)) >= 2  # a title, not a marker (``--- slide 1 ---``)
            and "|" not in line
        ):
            # an English line over its Japanese, opening a block (a title, a heading written
            # English first; decision 1048): spaces, the newline kept
            status[index] = "title"
            blanks.append((start, end))
    if not blanks:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in blanks:
        pieces += (text[done:start], " " * (end - start))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


__all__ = ["untangle_glosses"]
