"""A target written relative to the previous year (decision 2254): ``前年度比105%以上``,
``対前年度比110%以上``, ``前年度実績以上``, ``前年比100％以上``, ``前年度実績を上回る`` in a
target cell. Such a target is no count of the row's unit (the row counts 件, the target a
share of last year's count): the metric's target is null, the cell kept unclassified. A cell
is relative when it opens with a previous-year column word (``rules.columns`` of role
``previous``: ``前年度比``, ``前年度実績``, ``対前年比`` …), so a user extends the words
without editing code.
"""

from __future__ import annotations

from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import label_form


@per_rules
def _words(rules: Rules) -> tuple[str, ...]:
    return tuple(
        sorted((w for w, r in rules.columns.items() if r == "previous"), key=len, reverse=True)
    )


@per_rules
def _firsts(rules: Rules) -> frozenset[str]:
    return frozenset(w[0] for w in _words(rules) if w)


def is_relative_target(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a target cell's text sets the target relative to the previous year."""
    stripped = text.lstrip()
    if not stripped or stripped[0] not in _firsts(rules):  # (cheap: most targets are figures)
        return False
    return label_form(stripped).startswith(_words(rules))


__all__ = ["is_relative_target"]
