"""Members' remarks in minutes (decisions 2012-2014).

A 議事録 writes each spoken turn under its speaker: ``○委員（山形商工会議所）`` on its own line
or before the remark, ``委員（鶴岡市福祉部福祉課長）：`` over an indented block, ``（委員・豊橋市
福祉部）`` on a line of its own. The members' turns are the comments of the case they stand
in (speaker = the bracket); the chair's and the secretariat's turns are no comments, so a
case holding member turns takes them, in order, as its comments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex
from attrs import frozen

from jirei.comments import role_of
from jirei.model import Comment, Profile, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules

Locate = Callable[[int, int], Span]

#: the head of anyone's turn (``事務局（ハローワーク大分）　…``, ``会長　　…``, ``事務局：``):
#: ends a member's remark
_OTHER_TURN = regex.compile(
    r"^[ \t]*[○◯〇●◎]?[ \t]*[^\s()、。]{1,12}"
    r"(?:\([^()\n]{1,40}\)(?=[ \t:：]|$)|(?=[ \t]{2,}\S)|[ \t]*[:：])"
)


@frozen
class _Patterns:
    words: tuple[str, ...]
    turn: regex.Pattern[str]
    own: regex.Pattern[str]
    marks: str


@per_rules
def _patterns(rules: Rules = DEFAULT_RULES) -> _Patterns:
    table = rules.figures_table.get("minutes", {})
    words = tuple(table.get("members", ()))
    marks = str(table.get("turn_marks", ""))
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    mark = f"[{regex.escape(marks)}]?" if marks else ""
    turn = regex.compile(
        rf"^[ \t]*{mark}[ \t]*(?:{alt})[ \t]*\((?P<speaker>[^()\n]{{1,40}})\)[ \t]*[:：]?[ \t]*"
        r"(?P<text>[^\n]*)$",
        regex.M,
    )
    own = regex.compile(
        rf"^[ \t]*\([ \t]*(?:{alt})[ \t]*[・:、,][ \t]*(?P<speaker>[^()\n]{{1,40}})\)[ \t]*$",
        regex.M,
    )
    return _Patterns(words, turn, own, marks)


@frozen
class Turn:
    """One member's remark: speaker and text with their offsets in the text read."""

    speaker: str
    speaker_start: int
    speaker_end: int
    text: str
    start: int
    end: int


def member_turns(text: str, rules: Rules = DEFAULT_RULES) -> list[Turn]:
    """Every member's turn in ``text``: its speaker line and the lines after it up to a
    blank line or the next turn marked with a turn mark."""
    pats = _patterns(rules)
    if not pats.words or not any(word in text for word in pats.words):
        return []
    starts = sorted(
        [*pats.turn.finditer(text), *pats.own.finditer(text)], key=lambda m: m.start()
    )
    out: list[Turn] = []
    for match in starts:
        pieces: list[tuple[str, int, int]] = []
        first = match.groupdict().get("text") or ""
        if first.strip():
            at = match.start("text")
            pieces.append((first.strip(), at, at + len(first.rstrip())))
        at = match.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            body = line.strip()
            if not body or (pats.marks and body[0] in pats.marks):
                break
            if pats.turn.match(line) or pats.own.match(line) or _OTHER_TURN.match(line):
                break
            lead = len(line) - len(line.lstrip())
            pieces.append((body, at + lead, at + lead + len(body)))
            at = end + 1
        if not pieces:
            continue
        speaker = match.group("speaker").strip()
        out.append(
            Turn(
                speaker,
                match.start("speaker"),
                match.end("speaker"),
                "".join(piece for piece, _, _ in pieces),
                pieces[0][1],
                pieces[-1][2],
            )
        )
    return out


def with_member_turns(
    profiles: Sequence[Profile], text: str, locate: Locate, rules: Rules = DEFAULT_RULES
) -> list[Profile]:
    """``profiles`` with each case holding member turns taking them as its comments."""
    turns = member_turns(text, rules)
    if not turns:
        return list(profiles)
    placed: dict[int, list[Comment]] = {}
    for turn in turns:
        span = locate(turn.start, turn.end)
        for index, profile in enumerate(profiles):
            where = profile.span
            if where is not None and where.start <= span.start < where.end:
                placed.setdefault(index, []).append(
                    Comment(
                        speaker=turn.speaker,
                        role=role_of(turn.speaker, rules),
                        text=turn.text,
                        span=span,
                        speaker_span=locate(turn.speaker_start, turn.speaker_end),
                    )
                )
                break
    return [
        attrs.evolve(profile, comments=tuple(placed[index])) if index in placed else profile
        for index, profile in enumerate(profiles)
    ]


__all__ = ["Turn", "member_turns", "with_member_turns"]
