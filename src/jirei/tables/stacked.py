"""Results written as a figure above its label (``corpus/README.md`` decision 78)::

    252人
    支援対象者数(目標240人以上)
    45人
    (うち紹介就職)

A line holding only a figure followed by a line holding a label is one metric, actual =
the figure; a bracket after the label opening with a target column word (``目標``,
``rules.columns``) names the target. Pairs are read top-down, the figure always above its
label; a stated ``達成率`` after the target in that bracket is the achievement rate
(decision 96). Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import field, frozen

from jirei.lines import Cell, Line, Locate
from jirei.model import Metric, Quantity
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import ends_sentence
from jirei.tables.cells import rate_value, read_cell, row_label


@frozen
class StackedResults:
    """The metrics of a section's figure-above-label pairs, and its other lines."""

    metrics: tuple[Metric, ...] = field(default=(), converter=tuple)
    rest: tuple[Line, ...] = field(default=(), converter=tuple)


def read_stacked(
    lines: Sequence[Line], *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> StackedResults | None:
    """The metrics of the figure-above-label pairs among ``lines``, else None when there
    is no such pair."""
    filled = [line for line in lines if line.text.strip()]
    metrics: list[Metric] = []
    used: set[int] = set()
    number = 0
    while number + 1 < len(filled):
        figure = _figure_line(filled[number], rules, locate)
        label = _label_line(filled[number + 1], rules, locate) if figure is not None else None
        if figure is None or label is None:
            number += 1
            continue
        name, target, rate, end = label
        achievement = rate_value(rate, rules) if rate is not None else None
        rate_span = rate.span if rate is not None and achievement is not None else None
        start = filled[number].start + len(filled[number].text) - len(filled[number].text.lstrip())
        metrics.append(
            Metric(
                label=name,
                key=rules.metrics.get(name),
                target=target,
                actual=figure,
                achievement_rate=achievement,
                span=locate(start, end),
                achievement_span=rate_span,
            )
        )
        used.update((id(filled[number]), id(filled[number + 1])))
        number += 2
    if not metrics:
        return None
    return StackedResults(metrics, [line for line in lines if id(line) not in used])


def _figure_line(line: Line, rules: Rules, locate: Locate) -> Quantity | None:
    """The quantity of a line holding nothing but one figure, else None."""
    stripped = line.text.strip()
    if not stripped or not stripped[0].isdigit():  # cheap precheck
        return None
    start = line.start + len(line.text) - len(line.text.lstrip())
    found = read_cell(Cell(stripped, start, start + len(stripped)), rules=rules, locate=locate)
    if len(found.figures) != 1 or found.loose_rates:
        return None
    figure = found.figures[0]
    if figure.name is not None or figure.rate is not None or figure.extras:
        return None
    quantity = figure.quantity
    if quantity is None or quantity.span != locate(start, start + len(stripped)):
        return None  # the line holds more than the figure
    return quantity


def _label_line(
    line: Line, rules: Rules, locate: Locate
) -> tuple[str, Quantity | None, Quantity | None, int] | None:
    """A label line: its label, the target its bracket names, the achievement rate the
    bracket states after it (``目標100人、達成率118.0%``) and where it ends."""
    text = line.text.rstrip()
    stripped = text.strip()
    if not stripped or stripped[0].isdigit() or ends_sentence(stripped) or len(stripped) > 40:
        return None
    start = line.start + len(text) - len(text.lstrip())
    end = line.start + len(text)
    target: Quantity | None = None
    rate: Quantity | None = None
    body = stripped
    if stripped.endswith(")") and "(" in stripped[1:]:
        open_at = stripped.rindex("(")
        inner = stripped[open_at + 1 : -1].lstrip()
        words = sorted(
            (w for w, r in rules.columns.items() if r == "target"), key=len, reverse=True
        )
        word = next((w for w in words if inner.startswith(w)), None)
        if word is not None and open_at > 0:
            at = start + len(stripped) - 1 - len(inner)
            cell = Cell(inner, at, at + len(inner))
            found = read_cell(cell, rules=rules, locate=locate)
            if len(found.figures) != 1:
                return None
            target, rate = found.figures[0].quantity, found.figures[0].rate
            body = stripped[:open_at]
    if read_cell(Cell(body, start, start + len(body)), rules=rules, locate=locate).figures:
        return None  # a label holds no figure
    name = row_label(body, rules)
    return (name, target, rate, end) if name else None


__all__ = ["StackedResults", "read_stacked"]
