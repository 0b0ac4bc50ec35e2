"""A facility's name written after its city and a space (decision 2734).

A head line may write the case's city and its facility's name apart by a space
(``ア　仙台市　せんだい就労支援センター（一体的実施施設）``); normalisation removes the space
between the two, so a reader taking the words before the bracketed kind names the facility
``仙台市せんだい就労支援センター``. The original text tells the two apart: a name opening with the
case's municipality (or its prefecture and municipality) followed there by a space is the
words after that space. A name written in one piece (``北九州市就労支援ルームやはた``) is kept.
A name quoted right after its city (``（１）尼崎市「あましごとプラザ」（一体的実施施設）``) is
the words inside the quotes (decision 3407).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.model import Profile, Span

#: the spaces a writer parts a city from a name with
_GAP = regex.compile(r"[ \t\u3000]+")
#: a name quoted right after its city (``尼崎市「あましごとプラザ」``; decision 3407)
_QUOTED = regex.compile(r"[「『](?P<name>[^「」『』]+)[」』]")
#: the fewest characters of a name left once its place is dropped
_SHORTEST = 3


def with_placed_names(profiles: Sequence[Profile], original: str) -> list[Profile]:
    """``profiles`` with each facility name that opens with the case's place and a space
    in ``original`` (the text as read) cut after that space, its span with it."""
    out = list(profiles)
    for index, profile in enumerate(profiles):
        name, place = profile.facility_name, profile.municipality
        span = profile.spans.get("facility_name")
        if not name or not place or span is None or place not in name[: len(place) + 4]:
            continue  # (cheap: most names do not open with their city)
        lead = next(
            (
                lead
                for lead in (f"{profile.prefecture or ''}{place}", place)
                if name.startswith(lead)
            ),
            None,
        )
        if lead is None:
            continue
        written = original[span.start : span.end]
        at = written.find(place)
        if at < 0 or "".join(written[:at].split()) != lead[: -len(place)]:
            continue
        gap = _GAP.match(written, at + len(place))
        rest = name[len(lead) :].strip()
        after = gap.end() if gap is not None else at + len(place)
        quoted = _QUOTED.fullmatch(rest)
        if quoted is not None:  # ``尼崎市「あましごとプラザ」``: the quoted words (3407)
            rest, after = quoted["name"], after + 1
        elif gap is None:
            continue
        if len(rest) < _SHORTEST or not written[after:].startswith(rest):
            continue
        start = span.start + after
        out[index] = attrs.evolve(
            profile,
            facility_name=rest,
            spans={**profile.spans, "facility_name": Span(start, start + len(rest), span.boxes)},
        )
    return out


__all__ = ["with_placed_names"]
