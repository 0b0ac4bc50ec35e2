"""Header facts a report gives once for all its cases (decisions 1826–1828).

A city's report on its own windows names the partners once, at the top
(``協定の当事者　熊本市　／　熊本労働局　／　ハローワーク熊本``), and then opens each case with
the ward alone (``東区``): the cases name no labour bureau and no Hello Work of their own.

- **The shared partner line** is the first line before the first such case that names one
  labour bureau and one Hello Work office or more (``jirei.header.read_offices``).
- **It fills the cases that name neither** — the bureau, the offices — when the report names
  no other labour bureau anywhere (a report of one bureau's area), and either the line
  stands before the first case (the report's opening) or those cases are wards of the city
  the line names. The filled fields are listed in ``inferred``; their spans point at the line.
- **A bare ward is the named city's ward** (``東区`` under ``熊本市`` → ``熊本市東区``) when the
  places table knows that ward of that city; the prefecture is then inferred from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from jirei.model import Profile, Span
from jirei.places import find_bureaus, municipality_names, prefectures_of
from jirei.rules import DEFAULT_RULES, Rules

#: a ward named alone (no city before it): ``東区``, ``中央区``
_BARE_WARD = regex.compile(r"^[^\s市町村]{1,4}区$")
#: the end of a city's name
_CITY_END = regex.compile(r"市")


def _city(text: str) -> str | None:
    """The first city ``text`` names that the places table knows: the longest name ending at
    a ``市`` (``熊本市``, ``さいたま市``, glued to a label before it: ``協定の当事者熊本市``)."""
    names = municipality_names()
    for end in (m.end() for m in _CITY_END.finditer(text)):
        for start in range(max(0, end - 7), end - 1):
            if text[start:end] in names:
                return text[start:end]
    return None


#: the Span of normalised ``[start, end)``
Locate = Callable[[int, int], Span]


@attrs.frozen
class _Shared:
    bureau: str
    bureau_span: tuple[int, int]
    offices: tuple[tuple[str, int, int], ...]
    city: str | None
    line_start: int


def with_shared_partners(
    text: str,
    starts: Sequence[int],
    profiles: Sequence[Profile],
    locate: Locate,
    rules: Rules = DEFAULT_RULES,
) -> list[Profile]:
    """``profiles`` (``starts``: where each one's case starts in the normalised ``text``)
    with the partners a report names once filled into the cases naming none."""
    out = list(profiles)
    if len(out) < 2 or "労働局" not in text:
        return out
    bare = [n for n, p in enumerate(out) if not p.labour_bureau and not p.hello_work]
    if not bare:
        return out
    shared = _shared_line(text, starts[bare[0]], rules)
    if shared is None:
        return out
    if any(text[s:e] != shared.bureau for s, e in find_bureaus(text)):
        return out  # (another bureau named anywhere: the line names one case's partners)
    if any(p.labour_bureau and p.labour_bureau != shared.bureau for p in out):
        return out  # (cases of several bureaus: the line is no report-wide fact)
    wards = [n for n in bare if _ward_of(out[n].municipality, shared.city) is not None]
    opening = shared.line_start < starts[0]
    if not opening and len(wards) != len(bare):
        return out
    for n in bare:
        out[n] = _filled(out[n], shared, locate)
    for n, profile in enumerate(out):
        full = _ward_of(profile.municipality, shared.city)
        if full is not None:
            out[n] = _ward_filled(profile, full)
    return out


def _shared_line(text: str, stop: int, rules: Rules) -> _Shared | None:
    """The first line of ``text[:stop]`` naming one labour bureau and Hello Work offices."""
    from jirei.header import Field, header_patterns, read_offices

    pats = header_patterns(rules)
    offset = 0
    for line in text[:stop].split("\n"):
        start, offset = offset, offset + len(line) + 1
        if "労働局" not in line or not any(p in line for p in rules.hello_work_prefixes):
            continue
        bureaus = find_bureaus(line)
        if len(bureaus) != 1 or "。" in line:  # (a sentence is no partner line)
            continue
        fields: dict[str, Field] = {}
        offices: list[Field] = []
        read_offices(line, start, pats, fields, offices)
        bureau = fields.get("labour_bureau")
        if bureau is None or not offices:
            continue
        at, end = bureaus[0]
        bureau = Field(line[at:end], start + at, start + end)  # (no label glued before it)
        city = _city(line[: bureaus[0][0]])
        return _Shared(
            bureau=str(bureau.value),
            bureau_span=(bureau.start, bureau.end),
            offices=tuple((str(o.value), o.start, o.end) for o in offices),
            city=city,
            line_start=start,
        )
    return None


def _ward_of(municipality: str | None, city: str | None) -> str | None:
    """``city`` + the bare ward ``municipality`` when the places table knows that ward."""
    if municipality is None or city is None or not _BARE_WARD.match(municipality):
        return None
    full = city + municipality
    return full if full in municipality_names() else None


def _filled(profile: Profile, shared: _Shared, locate: Locate) -> Profile:
    spans = dict(profile.spans)
    spans["labour_bureau"] = locate(*shared.bureau_span)
    inferred = [*profile.inferred, "labour_bureau"]
    offices: tuple[str, ...] = profile.hello_work
    office_spans: tuple[Span, ...] = profile.hello_work_spans
    if not offices:
        offices = tuple(name for name, _, _ in shared.offices)
        office_spans = tuple(locate(s, e) for _, s, e in shared.offices)
        inferred.append("hello_work")
    return attrs.evolve(
        profile,
        labour_bureau=shared.bureau,
        hello_work=offices,
        hello_work_spans=office_spans,
        spans=spans,
        inferred=tuple(dict.fromkeys(inferred)),
    )


def _ward_filled(profile: Profile, full: str) -> Profile:
    inferred = [*profile.inferred, "municipality"]
    prefecture = profile.prefecture
    if prefecture is None:
        found = prefectures_of(full)
        if len(found) == 1:
            prefecture = found[0]
            inferred.append("prefecture")
    return attrs.evolve(
        profile,
        municipality=full,
        prefecture=prefecture,
        inferred=tuple(dict.fromkeys(inferred)),
    )


__all__ = ["with_shared_partners"]
