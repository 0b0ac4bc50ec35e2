"""A chapter heading read as a case: a labelled stretch stating nothing but its headline.

An annual report's chapter ``３－４　地方自治体との一体的実施事業`` carries a case label (a
section number, decision 47) and its words read as a headline; when the chapter's cases
open under labels of their own (``ア　松山市``, ``イ　今治市``), the chapter's stretch holds
only its overview paragraph. A case that names no place, office, facility or date and has
no item, figure or voice, among two or more cases that do state something, is that heading
(decision 3043): it is no profile.

A chapter's overview says what its cases share rather than who runs a facility where
(decision 3456): ``（１）概要　…市と北海道労働局・ハローワークが一体となって…全施設合計の
支援対象者数は3,870人、就職者数は2,514人であった。`` A stretch naming no place, office,
facility, kind or date and holding no item, other result or voice, whose only figures
stand in its overview paragraphs (the text it keeps unclassified) and whose only header
fact is a labour bureau, is that overview: no profile either. The bureau it names as the
partner of the cases below it is theirs when they name none (``shared_bureau``, 3457).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from jirei.model import Profile, Span
from jirei.places import prefecture_of_bureau


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


def is_overview(profile: Profile) -> bool:
    """Whether ``profile`` is a chapter's overview: it names no place, office, facility,
    kind or date, holds no item, other result or voice, and every figure it holds stands in
    one of its unclassified paragraphs (an overview's prose, no results table)."""
    if (
        profile.municipality
        or profile.hello_work
        or profile.facility_name
        or profile.facility_type
        or profile.start_date
        or profile.initiatives
        or profile.other_results
        or profile.comments
    ):
        return False
    if not profile.metrics:
        return profile.labour_bureau is not None  # (none at all: a bare heading)
    paragraphs = [block.span for block in profile.unclassified if block.span is not None]
    return all(
        metric.span is not None and any(_within(metric.span, span) for span in paragraphs)
        for metric in profile.metrics
    )


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def bare_headings(profiles: Sequence[Profile]) -> list[int]:
    """The indices of ``profiles`` that are bare chapter headings or a chapter's overview,
    when two or more others state something; else none."""
    bare = [
        i for i, profile in enumerate(profiles) if is_bare_heading(profile) or is_overview(profile)
    ]
    return bare if len(profiles) - len(bare) >= 2 else []


def shared_bureau(
    dropped: Sequence[Profile], profiles: Sequence[Profile]
) -> list[Profile]:
    """``profiles`` (the cases kept) with the labour bureau a dropped overview names filled
    into the cases naming none (decision 3457): when the overviews name one bureau, no kept
    case names another, and each filled case lies in that bureau's prefecture and stands
    after the overview. The field is listed in ``inferred``; its span is the overview's."""
    named = [p for p in dropped if p.labour_bureau is not None and p.span is not None]
    bureaus = {p.labour_bureau for p in named}
    if len(bureaus) != 1:
        return list(profiles)
    (bureau,) = bureaus
    if any(p.labour_bureau not in (None, bureau) for p in profiles):
        return list(profiles)  # (cases of several bureaus: the overview names no shared one)
    prefecture = prefecture_of_bureau(bureau or "")
    source = named[0]
    span = source.spans.get("labour_bureau")
    out = list(profiles)
    for index, profile in enumerate(out):
        if (
            profile.labour_bureau is not None
            or prefecture is None
            or profile.prefecture != prefecture
            or profile.span is None
            or source.span is None
            or profile.span.start < source.span.start
        ):
            continue
        spans = dict(profile.spans)
        if span is not None:
            spans["labour_bureau"] = span
        out[index] = attrs.evolve(
            profile,
            labour_bureau=bureau,
            spans=spans,
            inferred=tuple(dict.fromkeys((*profile.inferred, "labour_bureau"))),
        )
    return out


__all__ = ["bare_headings", "is_bare_heading", "is_overview", "shared_bureau"]
