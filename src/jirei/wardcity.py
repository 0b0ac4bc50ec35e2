"""A ward read alone, completed by its city written in the same case (decision 2139).

A city's report labels each case by its ward (``第一　中央区の取組``) and names the city with
the ward in the case's field block (``連携自治体　北海道札幌市中央区``). The header readers
take the label's ``中央区``; a ward written right after its city is part of the place
(decision 1737), so when a case's municipality is a bare ward and the case's opening writes
``<city><that ward>`` (a name the places table knows), the municipality is that fuller name
and the prefecture, when none was read or it was inferred, is the city's.

The other way round (decision 2836): a case whose municipality is a city read from a field
line (``実施主体：京都市・京都労働局…``) under a case label naming one of its wards
(``事例３　京都府京都市伏見区``: the place ends the label) takes the ward, as written in the
case's head. A ward written anywhere else in the case (an address) changes nothing.
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
        if ward is not None and ward.endswith("市") and profile.span is not None:
            out.append(_labelled_ward(profile, ward, original))
            continue
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


#: a ward closing a case's head line (``京都府京都市伏見区``, ``…伏見区（京都市）``)
_HEAD_WARD = r"(?P<ward>\p{Han}{1,4}区)[ \t]*(?:[(（][^()（）\n]{1,20}[)）])?[ \t]*$"


def _labelled_ward(profile: Profile, city: str, original: str) -> Profile:
    """``profile`` with its city replaced by the ward its head line ends with (the case's
    first line, or the label line right above the case when its span opens under it), when
    the places table knows ``<city><ward>``."""
    assert profile.span is not None
    start = profile.span.start
    for lo, hi in _head_lines(original, start, profile.span.end):
        line = original[lo:hi]
        if city not in unicodedata.normalize("NFKC", line):
            continue
        if "区" not in line or city not in line:
            continue  # (what every match needs: no pattern built for a line without both)
        match = regex.search(regex.escape(city) + _HEAD_WARD, line)
        if match is None:
            continue
        place = city + match.group("ward")
        if place not in municipality_names():
            continue
        at = lo + match.start()
        return attrs.evolve(
            profile,
            municipality=place,
            spans={**profile.spans, "municipality": Span(at, at + len(place))},
        )
    return profile


def _head_lines(original: str, start: int, end: int) -> list[tuple[int, int]]:
    """The case's first line and the line right above it (no blank line between)."""
    lo = original.rfind("\n", 0, start) + 1
    hi = original.find("\n", start, end)
    out = [(lo, end if hi < 0 else hi)]
    if lo >= 2 and original[lo - 2] != "\n":
        out.append((original.rfind("\n", 0, lo - 1) + 1, lo - 1))
    return out


__all__ = ["with_ward_cities"]
