"""Consistency checks of a profile's figures; they warn, they never raise.

``employment_rate_mismatch``
    A stated 就職率 (key ``employment_rate``, actual in ``%``) that disagrees with
    就職者数 / 支援対象者数 × 100 (keys ``employed`` / ``support_targets``, actual values,
    same ``group``). Tolerance: half a unit of the stated rate's last decimal place
    (``71.0`` → 0.05, ``91`` → 0.5) plus 0.05 of slack for reports that round their
    inputs, so 319 / 449 = 71.047… agrees with ``71.0%``. Skipped when either count is
    missing or written twice in the group (which one the rate uses is unknown).

``achievement_rate_mismatch``
    A stated 達成率 that disagrees with actual / target × 100, when target and actual are
    both given in the same unit. Tolerance: half a unit of the stated rate's last decimal
    place (``125`` → 0.5, ``131.8`` → 0.05), so a rate rounded from the exact quotient
    (274 / 220 = 124.5… → ``125``) agrees.

All arithmetic is exact (``Decimal``). Spans are the checked metric's span.
"""

from __future__ import annotations

from decimal import Decimal

from jirei.model import Metric, Profile, Quantity, Warning
from jirei.rules import DEFAULT_RULES, Rules

#: Slack added to the rounding tolerance of a stated employment rate, in percent points.
EMPLOYMENT_RATE_SLACK = Decimal("0.05")

_HUNDRED = Decimal(100)


def check_profile(profile: Profile, rules: Rules = DEFAULT_RULES) -> list[Warning]:
    """Warnings for figures of ``profile`` that contradict each other."""
    warnings: list[Warning] = []
    warnings.extend(_employment_rates(profile.metrics, rules))
    warnings.extend(_achievement_rates(profile.metrics, rules))
    return warnings


def rounding_tolerance(stated: Decimal | int) -> Decimal:
    """Half a unit of the last decimal place written: ``71.0`` → 0.05, ``125`` → 0.5."""
    exponent = Decimal(stated).as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers only: parsed figures are finite
    return Decimal(5).scaleb(exponent - 1)


def _percent(numerator: Decimal | int, denominator: Decimal | int) -> Decimal:
    return Decimal(numerator) * _HUNDRED / Decimal(denominator)


def _shown(quantity: Quantity) -> str:
    return f"{quantity.value}{quantity.unit or ''}"


def _only(metrics: list[Metric], key: str) -> Metric | None:
    found = [m for m in metrics if m.key == key and m.actual is not None]
    return found[0] if len(found) == 1 else None


def _employment_rates(metrics: tuple[Metric, ...], rules: Rules) -> list[Warning]:
    del rules  # the keys are the contract's; kept for a uniform signature
    warnings = []
    for metric in metrics:
        stated = metric.actual
        if metric.key != "employment_rate" or stated is None or stated.unit != "%":
            continue
        group = [m for m in metrics if m.group == metric.group]
        employed = _only(group, "employed")
        targets = _only(group, "support_targets")
        if employed is None or targets is None:
            continue
        assert employed.actual is not None and targets.actual is not None
        if employed.actual.unit == "%" or targets.actual.unit == "%" or not targets.actual.value:
            continue
        computed = _percent(employed.actual.value, targets.actual.value)
        tolerance = rounding_tolerance(stated.value) + EMPLOYMENT_RATE_SLACK
        if abs(computed - Decimal(stated.value)) > tolerance:
            where = f" ({metric.group})" if metric.group else ""
            warnings.append(
                Warning(
                    "employment_rate_mismatch",
                    f"{metric.label}{where} is stated as {_shown(stated)} but "
                    f"{employed.label} {_shown(employed.actual)} / {targets.label} "
                    f"{_shown(targets.actual)} = {computed:.2f}%",
                    metric.span,
                )
            )
    return warnings


def _achievement_rates(metrics: tuple[Metric, ...], rules: Rules) -> list[Warning]:
    del rules
    warnings = []
    for metric in metrics:
        stated, target, actual = metric.achievement_rate, metric.target, metric.actual
        if stated is None or target is None or actual is None:
            continue
        if target.unit != actual.unit or not target.value:
            continue
        computed = _percent(actual.value, target.value)
        if abs(computed - stated) > rounding_tolerance(stated):
            where = f" ({metric.group})" if metric.group else ""
            warnings.append(
                Warning(
                    "achievement_rate_mismatch",
                    f"{metric.label}{where}: 達成率 is stated as {stated}% but actual "
                    f"{_shown(actual)} / target {_shown(target)} = {computed:.2f}%",
                    metric.span,
                )
            )
    return warnings


__all__ = ["EMPLOYMENT_RATE_SLACK", "check_profile", "rounding_tolerance"]
