"""A facility's own staff speaking at a meeting (decisions 2430-2449, branch minutes11).

At a round table the facility's staff speak in their own turns
(``中島（くるめ仕事応援ひろば就労支援員）　くるめ仕事応援ひろばは、…``): the bracket names the
facility, not the city nor the Hello Work office, so the readers that take a speaker naming
an organisation pass it by. The facility is a partner of the case (docs/reading-rules.md,
"Whose words are comments"), so such a turn is one comment of its case, in its place among
the others; the speaker is the bracket, the role as the role rules give it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from jirei.comments import role_of
from jirei.model import Comment, Profile, Span
from jirei.reportturns import gap_in, turns
from jirei.rules import DEFAULT_RULES, Rules

Locate = Callable[[int, int], Span]


def with_staff_turns(
    profiles: Sequence[Profile],
    text: str,
    locate: Locate,
    rules: Rules = DEFAULT_RULES,
    original: str | None = None,
) -> list[Profile]:
    """``profiles`` with each facility staff's turn of a meeting as a comment of its case."""
    found = turns(text, rules, gap_in(locate, original))
    if not any(t.kind != "report" for t in found):
        return list(profiles)
    out: list[Profile] = []
    for profile in profiles:
        where, name = profile.span, profile.facility_name
        if where is None or not name:
            out.append(profile)
            continue
        said = {c.speaker for c in profile.comments}
        added: list[Comment] = []
        for turn in found:
            if turn.kind != "report" or turn.who_start < 0:
                continue
            speaker = "".join(text[turn.who_start : turn.who_end].split())
            head = locate(turn.head, turn.head).start
            if not (where.start <= head < where.end) or speaker in said:
                continue
            if not speaker.startswith(name) or len(speaker) == len(name):
                continue
            body = "".join(line.strip() for line in text[turn.start : turn.end].split("\n"))
            if "。" not in body:
                continue
            added.append(
                Comment(
                    speaker=speaker,
                    role=role_of(speaker, rules),
                    text=body,
                    span=locate(turn.start, turn.end),
                    speaker_span=locate(turn.who_start, turn.who_end),
                )
            )
        if not added:
            out.append(profile)
            continue
        merged = sorted(
            [*profile.comments, *added],
            key=lambda c: c.span.start if c.span is not None else where.end,
        )
        out.append(attrs.evolve(profile, comments=tuple(merged)))
    return out


__all__ = ["with_staff_turns"]
