"""Helpers for the layout tests: one case built around a results block, and its metrics
as plain tuples."""

from __future__ import annotations

import jirei


def results_case(header: str, results: str, comments: str = "") -> jirei.Profile:
    """The one profile of ``header`` followed by a results section holding ``results``
    (and then ``comments``)."""
    text = header + "## 【令和4年度の実績】\n" + results + "\n" + comments
    (profile,) = jirei.parse_text(text).profiles
    return profile


def figures(profile: jirei.Profile) -> list[tuple[object, ...]]:
    """Each metric as (label, target, actual, achievement rate), quantities as
    (value, unit, qualifier)."""

    def q(quantity: jirei.Quantity | None) -> tuple[object, ...] | None:
        return None if quantity is None else (quantity.value, quantity.unit, quantity.qualifier)

    return [(m.label, q(m.target), q(m.actual), m.achievement_rate) for m in profile.metrics]
