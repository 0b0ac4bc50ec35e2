"""Speaker lines under a findings heading (decision 2134).

An internal memo closes each case with ``■所見`` and one line per office,
``HW八幡：保護課との…短くなった。`` / ``北九州市保護課：窓口が…``. ``所見`` alone is an
evaluation sheet's aside (decision 1182), so no comment reader takes the lines and they
stay unclassified. In a case without comments, the unclassified lines under a heading
whose last stem is a comments word (``headwords.toml [stems] comments``: 所見, 所感,
コメント, 声 …) that are each ``speaker：text`` — the speaker an office by its role (a city,
a department, a bureau, a Hello Work; not ``other``), the text a sentence with kana — are
the case's comments, in order. An evaluation sheet's 所見 (prose, no speaker) is left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from jirei.comments import role_of
from jirei.headwords import head_key
from jirei.model import Comment, Profile, Span, TextBlock
from jirei.rules import DEFAULT_RULES, Rules, per_rules

Locate = Callable[[int, int], Span]

_LINE = regex.compile(
    r"^[ \t\u3000]*(?:[・○◯●◆◇■□▶▷>＞-][ \t\u3000]*)?"
    r"(?P<speaker>[^\s:：、。()（）「」]{2,24})[ \t\u3000]*[:：][ \t\u3000]*(?P<text>\S.*)$"
)
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")


@per_rules
def _stems(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    table = rules.headwords_table.get("stems", rules.headwords_table)
    words = table.get("comments", ()) if hasattr(table, "get") else ()
    return tuple(sorted((str(w) for w in words if str(w).strip()), key=len, reverse=True))


@per_rules
def _findings(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """A form's findings words (``forms.toml [documents] finding_words``: 所見, 意見, 評価)."""
    table = rules.forms_table.get("documents", {})
    words = table.get("finding_words", ()) if hasattr(table, "get") else ()
    return tuple(str(w) for w in words if str(w).strip())


def voice_heading(heading: str | None, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``heading`` heads speaker lines that may be comments: its key ends in a
    comments stem (``所見``, ``コメント``) or a form's findings word (``意見``, ``評価``;
    decision 3147)."""
    if not heading:
        return False
    key = head_key(heading, rules)
    if not key or len(key) > 12:
        return False
    return key.endswith(_stems(rules)) or key.endswith(_findings(rules))


_voice_heading = voice_heading


def _voice(block: TextBlock, rules: Rules) -> tuple[str, str, int] | None:
    """``(speaker, text, offset of the speaker in the block's text)`` or None."""
    match = _LINE.match(block.text)
    if match is None:
        return None
    speaker, text = match.group("speaker"), match.group("text").strip()
    if role_of(speaker, rules) == "other" or len(text) < 8 or not _KANA.search(text):
        return None
    return speaker, text, match.start("speaker")


def with_aside_voices(
    profiles: Sequence[Profile], original: str, rules: Rules = DEFAULT_RULES
) -> list[Profile]:
    """``profiles`` with the speaker lines under a findings heading read as comments, in
    cases that have none (``original``: the text the spans point into)."""
    out = []
    for profile in profiles:
        if profile.comments or not profile.unclassified:
            out.append(profile)
            continue
        comments: list[Comment] = []
        used: set[int] = set()
        for index, block in enumerate(profile.unclassified):
            if not _voice_heading(block.heading, rules):
                continue
            voice = _voice(block, rules)
            if voice is None:
                continue
            speaker, text, at = voice
            speaker_span = None
            if block.span is not None:
                start = block.span.start + at
                if original[start : start + len(speaker)] == speaker:
                    speaker_span = Span(start, start + len(speaker))
            comments.append(
                Comment(
                    speaker=speaker,
                    role=role_of(speaker, rules),
                    text=text,
                    span=block.span,
                    speaker_span=speaker_span,
                )
            )
            used.add(index)
        if not comments:
            out.append(profile)
            continue
        rest = tuple(b for n, b in enumerate(profile.unclassified) if n not in used)
        out.append(attrs.evolve(profile, comments=tuple(comments), unclassified=rest))
    return out


__all__ = ["with_aside_voices"]
