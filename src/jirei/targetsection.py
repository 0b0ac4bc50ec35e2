"""A section of the year's targets apart from the section of its results (decision 2358).

Some reports state the targets under a heading of their own and the results under the next::

    （４）平成三十年度の目標
    　　支援対象者数　　220人以上
    　　就職者数　　　　140人以上
    （５）平成三十年度の実績
    　　支援対象者数　　241人 …

The targets section is read as a results section; a figure it gives as the only figure of
its row is that metric's target. At the end of the case each target joins the metric of the
results with the same label and group that has none; a target no result names stays a
metric of its own (target only).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from jirei.model import Metric


def as_targets(metrics: Sequence[Metric]) -> list[Metric]:
    """The metrics a targets section read, each one's lone figure as its target (a metric
    that states both a target and an actual is kept as it is)."""
    out: list[Metric] = []
    for metric in metrics:
        if metric.target is None and metric.actual is not None:
            metric = attrs.evolve(metric, target=metric.actual, actual=None)
        out.append(metric)
    return out


def with_targets(metrics: Sequence[Metric], targets: Sequence[Metric]) -> list[Metric]:
    """``metrics`` with each of ``targets`` joined to the first metric of the same label and
    group that has no target; the targets no metric takes follow, in order."""
    out = list(metrics)
    for target in targets:
        for index, metric in enumerate(out):
            if (
                metric.label == target.label
                and metric.group == target.group
                and metric.target is None
                and metric.actual is not None
                and target.actual is None
            ):
                out[index] = attrs.evolve(metric, target=target.target)
                break
        else:
            out.append(target)
    return out


__all__ = ["as_targets", "with_targets"]
