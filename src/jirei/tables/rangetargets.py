"""A target stated as a range (decision 2418): ``150～170人``, ``100人〜110人``, ``50~60%``.
A range is no one Quantity — neither its lower bound nor its upper one is the target (nor the
lower bound with ``以上``) — so the metric's target is null and the cell is kept unclassified.
The marks between the two ends are ``figures.toml range_marks``; both ends must be figures.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _range(rules: Rules) -> regex.Pattern[str] | None:
    marks = [str(m) for m in rules.figures_table.get("range_marks", ()) if m]
    if not marks:
        return None
    alternation = "|".join(regex.escape(m) for m in sorted(marks, key=len, reverse=True))
    # a figure (its unit or % after it), a mark, a figure; words may stand around them
    return regex.compile(rf"\d[\d,]*(?:\.\d+)?\s*[^\d\s]{{0,3}}?\s*(?:{alternation})\s*\d")


def is_range_target(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a target cell's text states a range of two figures."""
    pattern = _range(rules)
    return pattern is not None and pattern.search(text) is not None


__all__ = ["is_range_target"]
