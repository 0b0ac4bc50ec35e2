"""Round-table turns written with a bare surname, the speaker found in the case's attendee
list (decision 1230)::

    出席者（敬称略）
    　山田　浩二　　三条市市民部福祉課長補佐
    　加藤　明美　　ハローワーク三条就職促進指導官
    …
    山田　金物や刃物の工場は、…          a comment by 三条市市民部福祉課長補佐

The list opens at a line holding an attendee word (``rules.attendee_headings``; a bracketed
gloss after it is dropped); each row under it is a person's name, two or more spaces, and
an organisation (with its post) whose role is not ``other``. A line of the case opening
with the first one to three characters of a listed name (the surname), a space after them
in the original (normalisation may have removed it), then a sentence, is one turn: the
speaker the row's organisation, the text the rest of the line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from jirei.comments import CommentParts, role_of
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules

#: whether normalisation removed a space between two normalised offsets (``Gap``)
Gap = Callable[[int, int], bool]

_GLOSS = regex.compile(r"\s*\([^()]{0,12}\)\s*$")
_ROW = regex.compile(r"^\s*(?P<name>[^\s()]{2,8})\s{2,}(?P<org>[^\s()。、][^()。、]{1,40}?)\s*$")
#: a row whose cells one space parts (``関口　真由美　群馬労働局職業対策課長``): the organisation is
#: the last cell
_ROW_ONE_SPACE = regex.compile(
    r"^\s*(?P<name>[^\s()]{2,8}(?:\s[^\s()]{1,4})?)\s(?P<org>[^\s()。、]{2,40})\s*$"
)
#: longest surname tried
_SURNAME = 3
#: shortest text of a turn
_TEXT = 5


#: what may frame an attendee word alone on its line (``（出席者）``, ``■出席者``, ``【参加者】``)
_FRAME = "■□◆◇●○◎・ ()（）【】[]〈〉<>"
#: what may follow an attendee or interviewer word before the people it lists (decision 3621)
_AFTER_WORD = ":：)）】]〉>("


def is_attendee_head(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line opens an attendee list: an attendee word alone (framed by a mark or
    brackets, maybe a bracketed gloss after it: ``出席者（敬称略）``, ``（出席者）``)."""
    words = rules.attendee_headings
    text = text.strip()
    return bool(words) and (
        _GLOSS.sub("", text).strip(_FRAME) in words or text.strip(_FRAME) in words
    )


def names_people(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line lists the people of a talk: an attendee word (``rules.attendee_headings``)
    or an interviewer's label (``rules.interviewer_labels``) after any marks or an opening
    bracket, then ``:``, a closing bracket, a bracketed gloss or a space, then the people
    (``出席者:八戸市福祉事務所長 工藤 勝/…``, ``【参加者】高松市…``, ``(聞き手:編集部)``).
    Such a line names the places of its people, never a case's (decision 3621)."""
    words = (*rules.attendee_headings, *rules.interviewer_labels)
    body = text.strip().lstrip(_FRAME)
    if not words or not body.startswith(words):  # (the cheap test first)
        return False
    for word in sorted(words, key=len, reverse=True):
        if body.startswith(word):
            rest = body[len(word) :]
            return bool(rest) and (rest[0] in _AFTER_WORD or rest[0].isspace())
    return False


def attendee_turns(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES, gap: Gap | None = None
) -> dict[int, CommentParts]:
    """The turns of a case's ``lines`` written with a bare surname of its attendee list,
    keyed by the offset where each turn's line text starts; empty without a list."""
    words = rules.attendee_headings
    if not words or not any(line.text.strip().startswith(words) for line in lines):
        return {}
    people, rows = _attendees(lines, rules, gap)
    if not people:
        return {}
    turns: dict[int, CommentParts] = {}
    for line in lines:
        body = line.text.lstrip()
        at = line.start + len(line.text) - len(body)
        if line.start in rows or len(body) < _TEXT:
            continue
        for name, org, o_start, o_end in people:
            found = _surname(body, name, at, gap)
            if found is None:
                continue
            rest = body[found:].strip()
            if len(rest) < _TEXT:
                continue
            t_start = at + found + (len(body[found:]) - len(body[found:].lstrip()))
            turns[at] = CommentParts(
                org, o_start, o_end, role_of(org, rules), rest, t_start, t_start + len(rest)
            )
            break
    return turns


def _attendees(
    lines: Sequence[Line], rules: Rules, gap: Gap | None = None
) -> tuple[list[tuple[str, str, int, int]], set[int]]:
    """The rows under an attendee heading — (name, organisation with its spaces removed,
    its start, its end) — and the starts of the list's lines."""
    out: list[tuple[str, str, int, int]] = []
    rows: set[int] = set()
    listing = False
    for line in lines:
        text = line.stripped
        if not text:
            listing = False
            continue
        if _GLOSS.sub("", text) in rules.attendee_headings:
            listing = True
            rows.add(line.start)
            continue
        if not listing:
            continue
        row = _ROW.match(line.text) or _ROW_ONE_SPACE.match(line.text)
        if row is not None:
            name, o_start, o_end = row["name"], row.start("org"), row.end("org")
        else:  # the one space between the cells removed by normalisation
            split = _removed_split(line, gap)
            if split is None:
                listing = False
                continue
            lead = len(line.text) - len(line.text.lstrip())
            name, o_start, o_end = line.text[lead:split], split, len(line.text.rstrip())
        rows.add(line.start)
        org = "".join(line.text[o_start:o_end].split())
        if role_of(org, rules) == "other":
            continue  # (the chair's row names the chair, not a speaker)
        out.append(("".join(name.split()), org, line.start + o_start, line.start + o_end))
    return out, rows


def _removed_split(line: Line, gap: Gap | None) -> int | None:
    """Where a row ``関口真由美群馬労働局職業対策課長`` was parted by a space normalisation
    removed: the last such place two to eight characters into the text, else None."""
    if gap is None:
        return None
    lead = len(line.text) - len(line.text.lstrip())
    text = line.text.rstrip()
    for split in range(min(lead + 8, len(text) - 2), lead + 1, -1):
        if gap(line.start + split - 1, line.start + split + 1):
            return split
    return None


def _surname(body: str, name: str, at: int, gap: Gap | None) -> int | None:
    """Where the text of a turn starts when ``body`` opens with a surname of ``name``
    followed by a space (written, or removed by normalisation), else None."""
    for length in (len(name), *range(min(_SURNAME, len(name) - 1), 0, -1)):
        surname = name[:length]
        if not body.startswith(surname) or len(body) <= length:
            continue
        if body[length].isspace():
            return length
        if gap is not None and gap(at + length - 1, at + length + 1):
            return length
    return None


__all__ = ["attendee_turns", "is_attendee_head"]
