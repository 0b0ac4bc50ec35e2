"""Several profiles read from one case's parts → one profile."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from jirei.model import Profile

_SCALARS = ("prefecture", "municipality", "labour_bureau", "facility_name",
            "facility_type", "start_date", "fiscal_year")
_LISTS = ("initiatives", "initiative_spans", "metrics", "other_results",
          "other_result_spans", "comments", "unclassified")


def merged(profiles: Sequence[Profile]) -> Profile:
    """The first profile with each header field it lacks taken from the first later profile
    that has it, and every list of all the profiles joined in order; an empty Profile for
    none."""
    if not profiles:
        return Profile()
    first = profiles[0]
    for other in profiles[1:]:
        changes: dict[str, object] = {
            name: getattr(other, name)
            for name in _SCALARS
            if getattr(first, name) is None and getattr(other, name) is not None
        }
        for name in _LISTS:
            changes[name] = (*getattr(first, name), *getattr(other, name))
        first = attrs.evolve(first, **changes)
    return first


__all__ = ["merged"]
