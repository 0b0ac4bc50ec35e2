"""A results sentence about one metric (``corpus/README.md`` decision 209)::

    支援対象者数については、目標160人に対し実績183人で、達成率は114.4%であった。
    就職者数については、目標132人以上に対して実績144人となり、達成率は109.1%であった。

label = the text before a subject word (``rules.sentence_subjects``), target = the figure
after a target word (``目標``, ``rules.columns``) and before ``rules.sentence_against``,
actual = the figure after an actual word (``実績``) closed by a link (``rules.sentence_links``),
achievement rate = the figure after an achievement-rate word and a topic particle. The rate
clause belongs to the metric of its sentence; it is never a metric of its own. Offsets are
into the normalised text; the sentence comes without its closing words.
"""

from __future__ import annotations

import attrs
import regex

from jirei import values as _values
from jirei.errors import ValueParseError
from jirei.lines import Locate
from jirei.model import Metric, Quantity
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import label_form, rate_value

_MAX_LABEL = 30


def _words(items: object) -> str:
    spelled = sorted(set(items), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(regex.escape(w) for w in spelled) or "(?!)"


@per_rules
def _pattern(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    """The pattern of a subject sentence of ``rules``, None without subject words."""
    if not rules.sentence_subjects or not rules.sentence_links:
        return None

    def role(name: str) -> str:
        return _words(w for w, r in rules.columns.items() if r == name)

    return regex.compile(
        rf"^\s*(?P<label>[^、。()]{{1,{_MAX_LABEL}}}?)(?:{_words(rules.sentence_subjects)})、?\s*"
        rf"(?:(?:{role('target')})(?P<target>[^、。()]+?)(?:{_words(rules.sentence_against)}))?"
        rf"\s*(?:{role('actual')})?(?P<actual>[^、。()]+?)"
        rf"(?:(?:{_words(rules.sentence_links)})、\s*(?:{role('achievement_rate')})"
        rf"(?:{_words(rules.sentence_topics)})(?P<rate>[^、。()]+?))?\s*$"
    )


def subject_metric(body: str, start: int, rules: Rules, locate: Locate) -> Metric | None:
    """The metric of a subject sentence ``body`` (at offset ``start``, without its closing
    words), else None."""
    pattern = _pattern(rules)
    match = pattern.match(body) if pattern is not None else None
    if match is None:
        return None
    label = label_form(match["label"])
    actual = match_quantity(match, "actual", start, rules, locate)
    if not label or actual is None:
        return None
    target = rate = None
    if match["target"] is not None:
        target = match_quantity(match, "target", start, rules, locate)
        if target is None:
            return None
    if match["rate"] is not None:
        rate = match_quantity(match, "rate", start, rules, locate)
        if rate is None:
            return None
    l_start = start + match.start("label")
    return Metric(
        label=label,
        key=rules.metrics.get(label),
        target=target,
        actual=actual,
        achievement_rate=rate_value(rate, rules) if rate is not None else None,
        span=locate(l_start, start + len(body.rstrip())),
        achievement_span=rate.span if rate is not None else None,
    )


def match_quantity(
    match: regex.Match[str], name: str, start: int, rules: Rules, locate: Locate
) -> Quantity | None:
    """The quantity of group ``name`` of a match over text starting at ``start``, with its
    span (surrounding spaces left out); None when the group holds no quantity."""
    raw = match[name]
    try:
        quantity = _values.parse_quantity(raw, rules=rules)
    except ValueParseError:
        return None
    lead = len(raw) - len(raw.lstrip())
    at = start + match.start(name) + lead
    return attrs.evolve(quantity, span=locate(at, at + len(raw.strip())))


__all__ = ["match_quantity", "subject_metric"]
