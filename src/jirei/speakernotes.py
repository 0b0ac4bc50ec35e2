"""A comment heading followed by a note naming its writer (decision 1006)::

    【自治体のコメント】（記入者：旭川市福祉保険部保護課）
    ＜労働局・ハローワークの声＞(回答者:ハローワーク旭川)

The note's name is the comment's speaker: the line is rewritten, keeping its length and
the name where it stands, as the heading ``【コメント:name】`` (decision 68's keyword-first
form) right-aligned before the name, so every comment reader reads it and the speaker's
span points at the name in the original. The note words are data
(``speaker_note_words`` in ``rules/forms.toml``); the heading must hold a comment keyword
(``rules.comment_keywords``). Only lines holding a note word are looked at.

A bracketed heading followed on its line by a bracketed name with no note word
(``【自治体のコメント】（郡山市保健福祉部生活支援課）``, ``＜労働局の声＞(ハローワーク今治)``) is
read the same way when the name is an organisation's: it opens with a place or names a
labour bureau or Hello Work office (decision 2563). Any other bracket (``（抜粋）``) is
left alone.
"""

from __future__ import annotations

from functools import cache

import regex

from jirei.linescan import hit_lines, rewrite_stretches
from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def note_words(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The words that open a writer's note (``記入者``; ``rules.forms_table``)."""
    return tuple(rules.forms_table.get("speaker_note_words", ()))


@cache
def _pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(
        r"^(?P<head>[ \t\u3000]*[^\s(（)）〔〕［］][^\n(（)）〔〕［］]{0,40}?)"
        # the note on the heading's line, or alone on the line under it (decision 1021)
        r"(?:[ \t\u3000]*\n)?[ \t\u3000]*[(（〔［][ \t\u3000]*"
        rf"(?:{alternatives})(?:[ \t\u3000]*[:：=＝][ \t\u3000]*|[ \t\u3000]+)"
        r"(?P<name>[^\s(（)）〔〕［］:：=＝、。「」]{1,40})[ \t\u3000]*"
        r"(?P<close>[)）〕］])[ \t\u3000]*$",
        regex.MULTILINE,
    )


_OPEN = "【コメント:"


def untangle_speaker_notes(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each comment heading + writer's note rewritten as a heading naming the
    writer (same length)."""
    text = _untangle_bare_names(text, rules)
    words = note_words(rules)
    if not words or not any(word in text for word in words):
        return text
    keywords = tuple(k.strip() for k in rules.comment_keywords if k.strip())

    def rewrite(match: regex.Match[str]) -> str:
        head = match.group("head")
        if not any(k in head for k in keywords):
            return match.group()
        start = match.start()
        before = match.start("name") - start  # characters before the name
        if before < len(_OPEN):
            return match.group()
        after = match.end() - match.end("name")  # the closing bracket and spaces
        return " " * (before - len(_OPEN)) + _OPEN + match.group("name") + "】" + " " * (after - 1)

    # a match is one or two whole lines, the note (holding a note word) on the last: only
    # the lines holding a note word and the line above each are read
    pattern = _pattern(words)
    return rewrite_stretches(
        text, _windows(text, _word_pattern(words)), lambda window: pattern.sub(rewrite, window)
    )


#: a bracketed comment heading with a bracketed name after it on its line, no note word
#: (``【自治体のコメント】（郡山市保健福祉部生活支援課）``, decision 2563)
_BARE = regex.compile(
    r"^(?P<head>[ \t\u3000]*[【<＜〈《\[［〔][^\n【】<>＜＞〈〉《》]{1,30}[】>＞〉》\]］〕])"
    r"[ \t\u3000]*[(（][ \t\u3000]*"
    r"(?P<name>[^\s(（)）〔〕［］:：=＝、。「」]{2,40}"
    r"(?:[ \u3000][^\s(（)）〔〕［］:：=＝、。「」]{1,30}){0,2})[ \t\u3000]*"  # ``市 福祉課``
    r"(?P<close>[)）])[ \t\u3000]*$",
    regex.MULTILINE,
)

#: a closing bracket with an opening round one after it: the lines ``_BARE`` may match
_BARE_TRIGGER = regex.compile(r"[】>＞〉》\]］〕][ \t\u3000]*[(（]")


def _names_speaker(name: str, rules: Rules) -> bool:
    """Whether a bracketed name is an organisation that may speak: it opens with a place
    (``郡山市保健福祉部…``) or names a labour bureau or Hello Work office."""
    from jirei.facts import is_office_text, names_place

    return names_place(name) or is_office_text(name, rules)


def _untangle_bare_names(text: str, rules: Rules) -> str:
    """``text`` with each bracketed comment heading followed on its line by a bracketed
    organisation's name (no note word) rewritten as a heading naming it (decision 2563);
    the heading must hold a comment keyword and the name open with a place or name an
    office (``_names_speaker``)."""
    if "(" not in text and "（" not in text:
        return text
    keywords = tuple(k.strip() for k in rules.comment_keywords if k.strip())
    if not keywords or not any(k in text for k in keywords):
        return text

    def rewrite(match: regex.Match[str]) -> str:
        head = match.group("head")
        if not any(k in head for k in keywords) or not _names_speaker(match["name"], rules):
            return match.group()
        start = match.start()
        before = match.start("name") - start
        if before < len(_OPEN):
            return match.group()
        after = match.end() - match.end("name")
        return " " * (before - len(_OPEN)) + _OPEN + match.group("name") + "】" + " " * (after - 1)

    return rewrite_stretches(
        text,
        [(start, end) for _index, start, end in hit_lines(text, _BARE_TRIGGER)],
        lambda window: _BARE.sub(rewrite, window),
    )


@cache
def _word_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


def _windows(text: str, trigger: regex.Pattern[str]) -> list[tuple[int, int]]:
    """The ``[start, end)`` stretches of whole lines made of each line holding a match of
    ``trigger`` and the line above it, overlapping stretches merged."""
    windows: list[tuple[int, int]] = []
    for _index, start, end in hit_lines(text, trigger):
        above = text.rfind("\n", 0, start - 1) + 1 if start > 0 else 0
        if windows and above <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((above, end))
    return windows


__all__ = ["note_words", "untangle_speaker_notes"]
