"""A bare place in angle brackets (``《八王子市》``, ``<足立区>``) alone on its line, read as a
speaker heading where it stands among speaker headings (decision 2374).

A bare place alone on its line is no speaker heading by itself (it may be a case's place
label, decision 837). It is one when a sentence stands under it and a speaker heading or a
comments heading stands next to it (after the paragraph under it, or before the paragraph
above it): ``《八王子市》`` / text / ``《ハローワーク八王子》`` / text. The bracket forms are data
(``rules/quotes.toml [place_headings]``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.comments import role_of
from jirei.rules import Rules, per_rules
from jirei.sections import K, LineInfo

#: what a line closing a sentence someone said ends with
_SENTENCE_ENDS = ("。", "!", "?", "」", "』")


@per_rules
def _patterns(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    table = rules.quotes_table.get("place_headings", {})
    return tuple(regex.compile(p) for p in table.get("patterns", ()))


def _place_speaker(text: str, rules: Rules) -> bool:
    """Whether ``text`` (stripped) is a bare place of the municipality role in a bracket form."""
    for pattern in _patterns(rules):
        match = pattern.fullmatch(text)
        if match is not None and role_of(match.group("speaker"), rules) == "municipality":
            return True
    return False


def _voice_mark(info: LineInfo) -> bool:
    """Whether a line is a speaker heading or a comments heading."""
    return info.kind is K.COMMENT or (info.kind is K.SECTION and info.section == "comments")


def _after_paragraph(infos: Sequence[LineInfo], index: int, step: int) -> LineInfo | None:
    """The first line past the text paragraph next to line ``index`` (``step`` 1: below,
    -1: above) and the blank lines around it, else None."""
    at = index + step
    while 0 <= at < len(infos) and infos[at].kind is K.BLANK:
        at += step
    seen = False
    while 0 <= at < len(infos) and infos[at].kind is K.TEXT:
        at += step
        seen = True
    while 0 <= at < len(infos) and infos[at].kind is K.BLANK:
        at += step
    return infos[at] if seen and 0 <= at < len(infos) else None


def place_voices(infos: Sequence[LineInfo], rules: Rules) -> list[LineInfo]:
    """``infos`` with each bare place heading among speaker headings made a COMMENT line."""
    if not _patterns(rules):
        return list(infos)
    out = list(infos)
    for index, info in enumerate(infos):
        if info.kind is not K.TEXT or not _place_speaker(info.text.strip(), rules):
            continue
        if not _closes_below(infos, index):
            continue  # no sentence under it
        after, before = _after_paragraph(infos, index, 1), _after_paragraph(infos, index, -1)
        if any(line is not None and _voice_mark(line) for line in (after, before)) or (
            _heading_above(infos, index)
        ):
            out[index] = attrs.evolve(info, kind=K.COMMENT)
    return out


def _closes_below(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether the text paragraph under line ``index`` closes a sentence."""
    last = None
    for info in infos[index + 1 :]:
        if info.kind is K.BLANK and last is not None:
            break
        if info.kind is K.TEXT:
            last = info
        elif info.kind is not K.BLANK:
            break
    return last is not None and last.text.rstrip().endswith(_SENTENCE_ENDS)


def _heading_above(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether the nearest non-blank line above ``index`` is a comments heading."""
    above = next((i for i in reversed(infos[:index]) if i.kind is not K.BLANK), None)
    return above is not None and _voice_mark(above)


__all__ = ["place_voices"]
