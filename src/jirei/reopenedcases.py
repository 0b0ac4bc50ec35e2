"""Cases the segmenter opens again where a later chapter re-heads a case by its place
(decision 3388).

A booklet organised by theme tells every case once per chapter: chapter 1 opens each case
with its header and 取組内容, chapter 2 gives each case's results under ``２－１　事例１
札幌市（…）``, chapter 3 its voices under ``（１）事例１　札幌市``. The segmenter reads a
case wherever such a heading stands. A later case read whose municipality (read from its
heading, not inferred) is exactly one earlier case's, that states no header fact of its own
(another facility, another opening date) and no 取組内容, where the earlier case told its
header and its 取組内容, re-opens that case: it is one of its parts,
gathered by the place it names (``jirei.gatheredparts``) rather than read as a case.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.model import Profile
from jirei.repeatedlabels import own_header


def reopened_cases(
    profiles: Sequence[Profile],
    heads: Sequence[tuple[str, ...]] = (),
    keys: Sequence[set[str]] = (),
) -> frozenset[int]:
    """The indices of the cases read that re-open an earlier case (see the module).
    ``heads`` are the keys each case's opening line gives (``gatheredparts.heading_keys``:
    ``２－１　いしのまき就労ナビ`` → its facility), ``keys`` each case's own keys
    (``gatheredparts.case_keys``): a case whose opening line keys exactly one earlier case
    names it as its place does."""
    places = [
        p.municipality if p.municipality and "municipality" not in p.inferred else None
        for p in profiles
    ]
    named = [place for place in places if place]
    if len(named) == len(set(named)) and not any(heads):  # cheap precheck
        return frozenset()
    out: set[int] = set()
    for index, place in enumerate(places):
        earlier = [at for at in range(index) if at not in out and place and places[at] == place]
        if not earlier and index < len(heads) and heads[index]:
            earlier = [
                at for at in range(min(index, len(keys)))
                if at not in out and any(key in keys[at] for key in heads[index])
            ]
        if len(earlier) != 1:
            continue
        first = profiles[earlier[0]]
        if first.facility_name is None and first.start_date is None:
            continue  # (the earlier case opened with no header of its own)
        if not first.initiatives or profiles[index].initiatives:
            continue  # (a header block over the case told later: the case is the later one)
        if not own_header(profiles[index], first):
            out.add(index)
    return frozenset(out)


__all__ = ["reopened_cases"]
