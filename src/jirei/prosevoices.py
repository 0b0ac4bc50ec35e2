"""Voices under comment headings in a case told in prose (decision 3405).

A city's 広報 page tells its facility in sentences but gives the voices as a report does: a
heading naming the speaker (``◆ハローワーク豊橋から``, ``▽利用者の声``, ``【市の担当者より】``)
over the paragraph they said. The heading is known by the same line classifier the report
reader uses (``comments.toml``), its speaker by :func:`jirei.comments.speaker_of`; the voice
is the paragraph under it, up to a blank line or the next heading. A paragraph reporting a
quotation in the narrator's words (``…は「…」と話します``) is left to the quotation readers.
"""

from __future__ import annotations

from jirei.comments import role_of, speaker_of
from jirei.lines import Line
from jirei.model import Comment
from jirei.proseparts import Locate
from jirei.rules import Rules
from jirei.sections import Kind, classifier

#: the marks a voice heading in prose opens with (a cheap precheck before classifying)
_OPENERS = "◆◇▽▼■□●○◎★☆◎<＜【〔《〈[［(（#"


def headed_voices(
    text: str, lo: int, hi: int, rules: Rules, locate: Locate
) -> tuple[list[tuple[int, Comment]], list[tuple[int, int]]]:
    """The voices under comment headings in ``text[lo:hi]`` (with where each heading
    stands) and the ranges they take (heading to the paragraph's end)."""
    found: list[tuple[int, Comment]] = []
    taken: list[tuple[int, int]] = []
    cls = classifier(rules)
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos)
        nl = hi if nl < 0 or nl > hi else nl
        line = text[pos:nl]
        body = line.strip()
        if not body or body[0] not in _OPENERS or cls.kind_of(body)[0] is not Kind.COMMENT:
            pos = nl + 1
            continue
        speaker, s_lo, s_hi = speaker_of(Line(line, pos), rules)
        parts: list[str] = []
        q_lo = q_hi = nl + 1
        nxt = nl + 1
        while nxt < hi:
            end = text.find("\n", nxt)
            end = hi if end < 0 or end > hi else end
            said = text[nxt:end].strip()
            if not said or cls.kind_of(said)[0] not in (Kind.TEXT,):
                break
            if not parts:
                q_lo = nxt + (len(text[nxt:end]) - len(text[nxt:end].lstrip()))
            parts.append(said)
            q_hi = end
            nxt = end + 1
        if speaker and parts and not _reported("".join(parts), rules):
            found.append(
                (
                    pos,
                    Comment(
                        speaker=speaker,
                        role=role_of(speaker, rules),
                        text="".join(parts),
                        span=locate(q_lo, q_hi),
                        speaker_span=locate(s_lo, s_hi),
                    ),
                )
            )
            taken.append((pos, q_hi))
        pos = max(nl + 1, nxt if parts else nl + 1)
    return found, taken


def _reported(paragraph: str, rules: Rules) -> bool:
    """Whether ``paragraph`` reports a quotation in the narrator's words (``…女性は「…」と
    話します``: a closing bracket and one of ``[prose] quote_ends``): it tells of a voice,
    the quotation readers' part, and is not said by the heading's speaker."""
    ends = rules.figures_table.get("prose", {}).get("quote_ends", ())
    return any(f"」{end}" in paragraph for end in ends)
