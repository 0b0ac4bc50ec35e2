"""A heading over a group of speakers in a comments section (decision 2852, branch
apart3-s14): ``◇自治体から`` / ``◇労働局から`` / ``◇ハローワークから``, ``■市の担当者から``,
each over the comments of several speakers, each under its own bracketed name
(``【広島市健康福祉局】``, ``＜岡山労働局＞``, ``下関市：…``).

The classifier reads such a line alone as a comment heading (its speaker ``自治体``). A comment
heading alone on its line (short, no ``speaker：text``) whose next line (blank lines
aside) is another speaker's heading — a bracketed name
whose role is a partner's (``comment_roles``: a city's department, a labour bureau, a Hello
Work office), or a comment line of its own — says nothing itself: it heads the comments
under it, and is read as a comments section heading, so the speakers under it are read as
they are under ``関係者の声``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.comments import role_of
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: a bracketed name alone on its line (``【広島市健康福祉局】``, ``＜岡山労働局＞``)
_BRACKETED = regex.compile(
    r"^\s*[【<＜《〈\[［](?P<name>[^【】<>＜＞《》〈〉\[\]［］]{2,40})[】>＞》〉\]］]\s*$"
)
#: a marked line holding a name, then its words after a colon or in quotes
#: (``○ハローワーク甲府：…``; the mark read the line as a bullet)
_SAID_AFTER = regex.compile(r"^\s*\S\s*(?P<name>[^\s:：「『]{2,30})\s*(?:[:：]|[「『])")
#: the longest group heading (``◇ハローワークから``, ``■市の担当者から``)
_LONGEST = 24


def _heading_alone(text: str) -> bool:
    """Whether a comment line is a heading alone: short, no ``speaker：text``, no sentence."""
    stripped = text.strip()
    return len(stripped) <= _LONGEST and not any(mark in stripped for mark in ":：。")


def _speaker_below(info: LineInfo, rules: Rules) -> bool:
    """Whether a line opens another speaker's comment: a comment line, a bracketed
    partner's name alone, or a marked partner's name and its words on one line
    (``○ハローワーク甲府：…``, ``・山梨労働局「…」``: decision 3078)."""
    if info.kind is K.COMMENT:
        return True
    if info.kind is K.BULLET:
        said = _SAID_AFTER.match(info.text)
        return said is not None and role_of(said.group("name"), rules) != "other"
    if info.kind is not K.HEADING:
        return False
    found = _BRACKETED.match(info.text)
    return found is not None and role_of(found.group("name"), rules) != "other"


def with_speaker_groups(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[LineInfo]:
    """The lines with each comment heading over other speakers' headings read as a comments
    section heading."""
    out = list(infos)
    if not any(info.kind is K.COMMENT for info in infos):  # cheap precheck
        return out
    for index, info in enumerate(infos):
        if (
            info.kind is not K.COMMENT
            or _BRACKETED.match(info.text)
            or not _heading_alone(info.text)
        ):
            continue
        below = next(
            (other for other in infos[index + 1 :] if other.kind is not K.BLANK), None
        )
        if below is not None and _speaker_below(below, rules):
            out[index] = LineInfo(info.line, K.SECTION, "comments")
    return out


__all__ = ["with_speaker_groups"]
