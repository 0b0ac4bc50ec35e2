"""Amounts of money are no metrics (decision 3561, branch offices2-s18).

A city's 決算 report writes each programme's 予算現額 / 決算額 / 財源内訳 (``決算額　50,113千円``,
``国庫支出金 37,584千円　一般財源 12,529千円``) beside its results table; a press release may
state a facility's cost. These say what the facility cost, not what it achieved:
``without_money`` drops every metric whose figures are all in a money unit of
``figures.toml [money] units``, whatever the row's label or layout.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from jirei.model import Metric, Profile
from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _money_units(rules: Rules = DEFAULT_RULES) -> frozenset[str]:
    units = rules.figures_table.get("money", {}).get("units", ())
    return frozenset(rules.units.get(unit, unit) for unit in units)


def is_money(metric: Metric, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether every figure ``metric`` states is an amount of money."""
    units = _money_units(rules)
    figures = [q for q in (metric.target, metric.actual) if q is not None]
    return bool(figures) and all(q.unit in units for q in figures)


def without_money(profiles: Sequence[Profile], rules: Rules = DEFAULT_RULES) -> list[Profile]:
    """``profiles`` without the metrics that are amounts of money (see the module)."""
    if not _money_units(rules):
        return list(profiles)
    out: list[Profile] = []
    for profile in profiles:
        kept = tuple(m for m in profile.metrics if not is_money(m, rules))
        same = len(kept) == len(profile.metrics)
        out.append(profile if same else attrs.evolve(profile, metrics=kept))
    return out


__all__ = ["is_money", "without_money"]
