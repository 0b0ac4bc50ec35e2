"""A case label met again later in the report: more parts of the case it named (decisions
2846-2849, branch apart3-s14).

A writer may set one case's parts apart: the case continued on a later page after other
cases (``事例１　浜松市（２ページからの続き）``), or its comments, results or figures gathered
under a closing heading, each block under the case's label again (``■事例１　浜松市``,
``事例２（豊橋市）``, ``No.3　四日市``). The segmenter reads every such label as a case; this
reader joins each case whose label number repeats an earlier case's number back into that
case, in document order (``jirei.profilemerge``).

A repeat is joined only when it states no header fact of its own that would make it another
case: no facility name and no opening date, and a municipality (if read) that is the earlier
case's. A report numbering its cases anew in each chapter repeats numbers for other places
and facilities, and keeps them apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.model import Profile
from jirei.profilemerge import merged

#: header facts a repeat may state only as its earlier case does
_OWN = ("facility_name", "start_date", "municipality")


def own_header(profile: Profile, first: Profile) -> bool:
    """Whether ``profile`` states a header fact (facility, opening date, municipality) that
    differs from ``first``'s: it is then another case. A fact only inferred (a municipality
    read from a comment's speaker) is stated by no header, and a ward of the earlier case's
    city (``北九州市八幡西区`` under ``北九州市``) is its place (decision 2997)."""
    return any(
        name not in profile.inferred
        and getattr(profile, name) is not None
        and not _same(getattr(profile, name), getattr(first, name))
        for name in _OWN
    )


def _same(value: object, first: object) -> bool:
    """Whether a repeat's header fact is the earlier case's: equal, or a ward or district
    named under the earlier case's city."""
    if value == first:
        return True
    return (
        isinstance(value, str)
        and isinstance(first, str)
        and first.endswith("市")
        and value.startswith(first)
        and value.endswith("区")
    )


def _place_owner(profile: Profile, firsts: Sequence[Profile]) -> int | None:
    """The one earlier case whose municipality the repeat names, else None."""
    if profile.municipality is None:
        return None
    found = [i for i, first in enumerate(firsts) if first.municipality == profile.municipality]
    return found[0] if len(found) == 1 else None


def named_numbers(
    profiles: Sequence[Profile],
    numbers: Sequence[int | None],
    names: Sequence[str | None],
) -> list[int | None]:
    """The label numbers, a case without a label that opens with a name and a continuation
    note (``names``) given the number of the one earlier numbered case it names — by its
    facility or its municipality (decision 2998); parts of that case already given its
    number name the same case (decision 3178)."""
    out = list(numbers)
    for index, name in enumerate(names):
        if name is None or out[index] is not None:
            continue
        found = [
            n
            for p, n in zip(profiles[:index], out[:index], strict=True)
            if n is not None and name in (p.facility_name, p.municipality)
        ]
        if len(set(found)) == 1:  # (earlier parts of one case share its number: 3178)
            out[index] = found[0]
    return out


def noted_numbers(
    profiles: Sequence[Profile],
    numbers: Sequence[int | None],
    names: Sequence[str | None],
) -> list[int | None]:
    """The label numbers, a case opening with a name and a continuation note that no
    numbered case took (:func:`named_numbers`) sharing a number with the one earlier case,
    numbered or not, whose facility or municipality (after its prefecture or not) the name
    is: a report that numbers no case continues one by its name (``松山市（前頁より）``,
    decision 3072). An earlier case without a number gets a number no label writes (below
    zero)."""
    out = list(numbers)
    fresh = -1
    for index, name in enumerate(names):
        if name is None or out[index] is not None:
            continue
        found = [at for at, p in enumerate(profiles[:index]) if _names(p, name)]
        if len(found) != 1:
            continue
        if out[found[0]] is None:
            out[found[0]], fresh = fresh, fresh - 1
        out[index] = out[found[0]]
    return out


def _names(profile: Profile, name: str) -> bool:
    """Whether ``name`` is ``profile``'s facility or municipality (the prefecture before
    it or not)."""
    if name in (profile.facility_name, profile.municipality):
        return True
    place = (profile.prefecture or "") + (profile.municipality or "")
    return bool(profile.prefecture and profile.municipality) and name == place


def repeated_groups(
    profiles: Sequence[Profile], numbers: Sequence[int | None]
) -> list[list[int]] | None:
    """The indices of the profiles grouped by case: each later profile whose label number
    repeats an earlier one's (or, when no earlier label carries its number, whose
    municipality is one earlier case's), stating no header fact of its own, in that earlier
    profile's group; None when no number repeats."""
    seen = [n for n in numbers if n is not None]
    if len(seen) == len(set(seen)):  # cheap precheck: no label number repeats
        return None
    groups: list[list[int]] = []
    owner: dict[int, int] = {}  # label number → its group
    for index, (profile, number) in enumerate(zip(profiles, numbers, strict=True)):
        group = None
        if number is not None:
            group = owner.get(number)
            if group is None:  # its number's first label was lost: the place it names
                group = _place_owner(profile, [profiles[g[0]] for g in groups])
        if group is not None and not own_header(profile, profiles[groups[group][0]]):
            groups[group].append(index)
            owner.setdefault(number, group)  # type: ignore[arg-type]
            continue
        if number is not None:
            owner[number] = len(groups)
        groups.append([index])
    return groups if len(groups) < len(profiles) else None


def first_parts(
    profiles: Sequence[Profile], numbers: Sequence[int | None]
) -> list[tuple[int, int]]:
    """The first part of each case printed in parts — a case whose label number later
    cases repeat and that :func:`repeated_groups` joins them to — with that number
    (decision 3080)."""
    groups = repeated_groups(profiles, numbers)
    if groups is None:
        return []
    return [
        (group[0], number)
        for group in groups
        if len(group) > 1 and (number := numbers[group[0]]) is not None
    ]


def with_repeated_labels(
    profiles: Sequence[Profile], numbers: Sequence[int | None]
) -> tuple[list[Profile], list[int] | None]:
    """The profiles with each repeat of a case label joined into its case, and the index of
    the profile each result was read from first (None when nothing was joined)."""
    groups = repeated_groups(profiles, numbers)
    if groups is None:
        return list(profiles), None
    return [merged([profiles[i] for i in group]) for group in groups], [g[0] for g in groups]


__all__ = [
    "first_parts",
    "named_numbers",
    "noted_numbers",
    "own_header",
    "repeated_groups",
    "with_repeated_labels",
]
