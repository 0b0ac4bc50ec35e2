"""A ward read alone, completed by its city written in the same case (decision 2139).

A city's report labels each case by its ward (``第一　中央区の取組``) and names the city with
the ward in the case's field block (``連携自治体　北海道札幌市中央区``). The header readers
take the label's ``中央区``; a ward written right after its city is part of the place
(decision 1737), so when a case's municipality is a bare ward and the case's opening writes
``<city><that ward>`` (a name the places table knows), the municipality is that fuller name
and the prefecture, when none was read or it was inferred, is the city's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs
import regex

from jirei.model import Profile, Span
from jirei.places import municipality_names, prefectures_of

#: how far into a case its field block may stand
_OPENING = 800


def with_ward_cities(profiles: Sequence[Profile], original: str) -> list[Profile]:
    """``profiles`` with a bare ward completed by its city written in the case's opening."""
    out = []
    for profile in profiles:
        ward = profile.municipality
        if (
            ward is None
            or profile.span is None
            or not ward.endswith("区")
            or "市" in ward
            or len(ward) > 5
        ):
            out.append(profile)
            continue
        out.append(_completed(profile, ward, original))
    return out


def _completed(profile: Profile, ward: str, original: str) -> Profile:
    assert profile.span is not None
    start = profile.span.start
    opening = original[start : min(profile.span.end, start + _OPENING)]
    if ward not in unicodedata.normalize("NFKC", opening):
        return profile
    names = municipality_names()
    for match in regex.finditer(rf"(?P<city>\p{{Han}}{{1,4}}市){regex.escape(ward)}", opening):
        city = match.group("city")
        for cut in range(len(city) - 1):  # 海道札幌市 → 札幌市: the longest known name
            place = city[cut:] + ward
            if place in names:
                changes: dict[str, object] = {
                    "municipality": place,
                    "spans": {
                        **profile.spans,
                        "municipality": Span(
                            start + match.start() + cut, start + match.end()
                        ),
                    },
                }
                prefectures = prefectures_of(place)
                if len(prefectures) == 1 and (
                    profile.prefecture is None or "prefecture" in profile.inferred
                ):
                    changes["prefecture"] = prefectures[0]
                return attrs.evolve(profile, **changes)
    return profile


__all__ = ["with_ward_cities"]
