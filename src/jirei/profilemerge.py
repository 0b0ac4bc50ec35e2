"""Several profiles read from one case's parts → one profile."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from jirei.model import Profile

_SCALARS = ("prefecture", "municipality", "labour_bureau", "facility_name",
            "facility_type", "start_date", "fiscal_year")
#: the list facts a case's story states (a closing table or voices may have reached a block)
_FACTS = ("initiatives", "other_results")
_LISTS = ("initiatives", "initiative_spans", "metrics", "other_results",
          "other_result_spans", "comments", "unclassified")


def merged(profiles: Sequence[Profile]) -> Profile:
    """The first profile with each header field it lacks taken from the first later profile
    that has it, and every list of all the profiles joined in order; an empty Profile for
    none. A first profile stating header facts only (an overview block) takes the title of
    the first later profile that has one (decision 3183)."""
    if not profiles:
        return Profile()
    first = profiles[0]
    if first.title is None and not any(getattr(first, name) for name in _FACTS):
        # an overview block (header facts only): its story's catch phrase names it (3183)
        titled = next((p for p in profiles[1:] if p.title is not None), None)
        if titled is not None:
            spans = dict(first.spans)
            if "title" in titled.spans:
                spans["title"] = titled.spans["title"]
            first = attrs.evolve(first, title=titled.title, spans=spans)
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
