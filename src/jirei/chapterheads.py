"""A chapter heading read as a case: a labelled stretch stating nothing but its headline.

An annual report's chapter ``３－４　地方自治体との一体的実施事業`` carries a case label (a
section number, decision 47) and its words read as a headline; when the chapter's cases
open under labels of their own (``ア　松山市``, ``イ　今治市``), the chapter's stretch holds
only its overview paragraph. A case that names no place, office, facility or date and has
no item, figure or voice, among two or more cases that do state something, is that heading
(decision 3043): it is no profile.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.model import Profile


def is_bare_heading(profile: Profile) -> bool:
    """Whether ``profile`` states nothing but a title (and facts inferred for every case)."""
    return not (
        profile.municipality
        or profile.labour_bureau
        or profile.hello_work
        or profile.facility_name
        or profile.facility_type
        or profile.start_date
        or profile.initiatives
        or profile.metrics
        or profile.other_results
        or profile.comments
    )


def bare_headings(profiles: Sequence[Profile]) -> list[int]:
    """The indices of ``profiles`` that are bare chapter headings, when two or more others
    state something; else none."""
    bare = [i for i, profile in enumerate(profiles) if is_bare_heading(profile)]
    return bare if len(profiles) - len(bare) >= 2 else []


__all__ = ["bare_headings", "is_bare_heading"]
