"""Clauses of a results sentence that give the target (and rate) of the metric before them,
in forms other offices write (decision 1886)::

    就職者数は119人で、目標の100人に対し達成率は119.0%となりました。
    支援対象者数は186人で、目標の170人を上回りました(達成率109.4%)。
    支援対象者数は208人(目標220人、達成率94.5%)で、目標にわずかに届きませんでした。

``目標の T に対し 達成率は r`` and ``目標の T を…(達成率 r)`` give the previous metric its target
and rate; a clause of no figure opening with a target word (``目標にわずかに届きません``) is a
remark on the metric before it and is passed over. The words are ``metrics.toml``'s
[columns] target and achievement-rate words and [result_sentences] ``against``.
"""

from __future__ import annotations

import attrs
import regex

from jirei.lines import Locate
from jirei.model import Metric
from jirei.rules import Rules, per_rules
from jirei.tables.cells import rate_value
from jirei.tables.subjectsentence import match_quantity


def _words(rules: Rules, role: str) -> str:
    spelled = sorted((w for w, r in rules.columns.items() if r == role), key=len, reverse=True)
    return "|".join(regex.escape(w) for w in spelled) or "(?!)"


@per_rules
def _patterns(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    targets, rates = _words(rules, "target"), _words(rules, "achievement_rate")
    against = (
        "|".join(regex.escape(w) for w in sorted(rules.sentence_against, key=len, reverse=True))
        or "(?!)"
    )
    head = rf"^\s*(?:{targets})(?:の|は|値)?\s*\(?(?P<target>[^、。()]+?)\)?\s*"
    rate = rf"(?:{rates})(?:は|:)?\s*(?P<rate>[^、。()]+?)"
    return (
        regex.compile(rf"{head}(?:{against})て?\s*{rate}\s*$"),
        regex.compile(rf"{head}(?:を|に)[^\d、。()]{{0,15}}?\s*\(\s*{rate}\s*\)\s*$"),
    )


@per_rules
def _remark(rules: Rules) -> regex.Pattern[str]:
    return regex.compile(rf"^\s*(?:{_words(rules, 'target')})(?:を|に|は|の)[^\d()]{{0,20}}$")


def target_rate_clause(
    clause: str, start: int, metrics: list[Metric], rules: Rules, locate: Locate
) -> bool:
    """Whether ``clause`` gives the target and rate of the last of ``metrics`` (which has
    neither), or is a figureless remark on its target; the metric is completed in place."""
    previous = metrics[-1]
    if _remark(rules).match(clause):
        return True
    if previous.target is not None or previous.achievement_rate is not None:
        return False
    for pattern in _patterns(rules):
        match = pattern.match(clause)
        if match is None:
            continue
        target = match_quantity(match, "target", start, rules, locate)
        rate = match_quantity(match, "rate", start, rules, locate)
        if target is None or rate is None:
            return False
        metrics[-1] = attrs.evolve(
            previous,
            target=target,
            achievement_rate=rate_value(rate, rules),
            achievement_span=rate.span,
        )
        return True
    return False


__all__ = ["target_rate_clause"]
