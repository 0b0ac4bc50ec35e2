"""A case's start date from the sentence that opens its facility (decision 2733).

A report may give each case's header facts in running prose (a 業務年報's ``ア 仙台市
「せんだい就労支援センター」（一体的実施施設）`` over ``宮城労働局（ハローワーク仙台）と仙台市は、
平成27年10月1日から同センターにおい`` / ``て事業を開始した。``). The structured readers take such a
case's name from its head line, but a sentence wrapped over lines hides its opening date
from them. The prose readers' anchors (``jirei.prosecases``: a facility named in 「」 or
with its kind, whose sentence — wrapped or under its head line — holds a start word and a
date) give it: a case naming its facility and no start date takes the date of the anchor
of the same facility standing inside the case.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

import attrs

from jirei.model import Profile, Span
from jirei.proseparts import Locate
from jirei.rules import Rules


def with_opening_dates(
    profiles: Sequence[Profile], text: str, locate: Locate, rules: Rules
) -> list[Profile]:
    """``profiles`` with the start dates their facilities' opening sentences give where
    they have none (``text`` normalised, ``locate`` its offsets to the original)."""
    missing = [
        index
        for index, profile in enumerate(profiles)
        if profile.start_date is None and profile.facility_name and profile.span is not None
    ]
    if not missing or ("「" not in text and "(" not in text):  # (cheap precheck)
        return list(profiles)
    from jirei.prosecases import _anchors
    from jirei.proseparts import _patterns

    pats = _patterns(rules)
    if not pats.start.search(text):
        return list(profiles)
    dated: dict[str, list[tuple[Span, _dt.date, Span]]] = {}
    for anchor in _anchors(text, pats, rules):
        if anchor.start_date is not None:
            dated.setdefault(anchor.name, []).append(
                (
                    locate(anchor.start, anchor.end),
                    anchor.start_date,
                    locate(anchor.date_start, anchor.date_end),
                )
            )
    out = list(profiles)
    for index in missing:
        profile = profiles[index]
        case = profile.span
        assert case is not None and profile.facility_name is not None
        name = profile.facility_name
        inside = [
            (date, at)
            for anchored, found in dated.items()
            if anchored.endswith(name)  # (a bare anchor may take the words before the name)
            for where, date, at in found
            if case.start <= where.start < case.end and case.start <= at.start < case.end
        ]
        if len(inside) == 1:
            date, at = inside[0]
            out[index] = attrs.evolve(
                profile, start_date=date, spans={**profile.spans, "start_date": at}
            )
    return out


__all__ = ["with_opening_dates"]
