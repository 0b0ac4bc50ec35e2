"""Words a reader kept around a metric's label: a list marker before it, a count word after it
(decisions 2537, 2545).

A writer may number or letter each results line (``ア　支援対象者数　目標　一八〇人以上　実績
…``, ``(イ)就職者数…``, ``①就職率…`` — ``1就職率`` after NFKC); a reader that takes the line's
first words as its label keeps the marker (``ア支援対象者数``). A label opening with one of
``figures.toml [label_markers] patterns`` loses it when the rest names a metric of
``rules.metrics`` and the whole label names none. So does a count word of
``rules.count_words`` a reader kept at the label's end (``相談件数　延べ1,046件`` read as
``相談件数延べ``; decision 2545). The metric's span still covers the label.
"""

from __future__ import annotations

import attrs
import regex

from jirei.model import Metric, Profile
from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _marker(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    """The markers of ``rules`` as one pattern anchored at a label's start, else None."""
    patterns = rules.figures_table.get("label_markers", {}).get("patterns", ())
    if not patterns:
        return None
    return regex.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


def unmarked(label: str, rules: Rules = DEFAULT_RULES) -> str:
    """``label`` without a leading list marker or a trailing count word (see the module),
    else ``label``."""
    if label in rules.metrics:
        return label
    for word in rules.count_words:  # ``相談件数延べ`` (the word before the figure, 2545)
        if word and label.endswith(word) and label[: -len(word)] in rules.metrics:
            return label[: -len(word)]
    marker = _marker(rules)
    if marker is None:
        return label
    found = marker.match(label)
    if found is None or label[found.end() :] not in rules.metrics:
        return label
    return label[found.end() :]


def with_unmarked_labels(profile: Profile, rules: Rules = DEFAULT_RULES) -> Profile:
    """``profile`` with its metrics' leading list markers dropped (see the module)."""
    changed = False
    metrics: list[Metric] = []
    for metric in profile.metrics:
        label = unmarked(metric.label, rules) if metric.key is None else metric.label
        if label != metric.label:
            metric = attrs.evolve(metric, label=label, key=rules.metrics.get(label))
            changed = True
        metrics.append(metric)
    return attrs.evolve(profile, metrics=tuple(metrics)) if changed else profile


__all__ = ["unmarked", "with_unmarked_labels"]
