"""A voice naming another case's place belongs to that case (decision 3476, branch press-s18).

A council answer goes through the facilities one by one, then answers the next question about
the first again: ``仙台市からは、「…」との評価をいただいております`` stands after 石巻市's
paragraph, inside the case the prose reader cut for 石巻市. Parts of a case are gathered by the
place they name (decision 3311's mechanism): a quotation whose sentence names its speaker
(``Xからは「…」``), the speaker opening with the municipality of exactly one other case of the
document and not with its own case's, is moved to that case, in the order of the text. A
voice under a heading (``▽浜松市生活福祉課から`` over its paragraph) stays where the writer
put it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from jirei.model import Comment, Profile


def _at(comment: Comment) -> int:
    span = comment.speaker_span or comment.span
    return span.start if span is not None else 0


def with_voices_by_place(
    profiles: Sequence[Profile], movable: Callable[[Comment], bool] = lambda c: True
) -> list[Profile]:
    """``profiles`` with each ``movable`` comment whose speaker names another case's
    municipality (one case only, not its own) moved to that case."""
    out = list(profiles)
    places = [p.municipality for p in out]
    if len(out) < 2 or len({m for m in places if m}) < 2:
        return out  # cheap precheck: two cases of different places
    moved: dict[int, list[Comment]] = {}
    for i, profile in enumerate(out):
        own = places[i]
        if not own or not profile.comments:
            continue
        kept: list[Comment] = []
        for comment in profile.comments:
            speaker = comment.speaker or ""
            others = [
                j for j, m in enumerate(places)
                if j != i and m and m != own and speaker.startswith(m)
            ]
            if speaker.startswith(own) or len(others) != 1 or not movable(comment):
                kept.append(comment)
                continue
            moved.setdefault(others[0], []).append(comment)
        if len(kept) != len(profile.comments):
            out[i] = attrs.evolve(profile, comments=tuple(kept))
    for j, comments in moved.items():
        merged = sorted([*out[j].comments, *comments], key=_at)
        out[j] = attrs.evolve(out[j], comments=tuple(merged))
    return out


__all__ = ["with_voices_by_place"]
