"""A metric a reader found with no name is not recorded; a warning keeps its figures."""

from __future__ import annotations

from jirei.model import Metric, Quantity, Span, Warning
from jirei.profile import _labelled


def test_a_metric_without_a_label_becomes_a_warning() -> None:
    named = Metric("就職者数", key="placements", actual=Quantity(93, "人"), span=Span(10, 13))
    unnamed = Metric(" ", target=Quantity(150, "人"), actual=Quantity(141, "人"), span=Span(20, 29))
    warnings: list[Warning] = []
    kept = _labelled([named, unnamed], warnings)
    assert kept == [named]
    assert [w.code for w in warnings] == ["unlabelled_metric"]
    assert "150人" in warnings[0].message and "141人" in warnings[0].message
    assert warnings[0].span == Span(20, 29)


def test_named_metrics_pass_unchanged() -> None:
    metrics = [Metric("支援対象者数", target=Quantity(150, "人"))]
    warnings: list[Warning] = []
    assert _labelled(metrics, warnings) is metrics
    assert warnings == []
