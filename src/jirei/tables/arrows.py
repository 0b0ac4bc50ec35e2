"""Results written as an arrow line under a targets line (``corpus/README.md`` decision 74)::

    目標：支援対象者数80人以上、就職者数48人以上
    支援対象者数85人 → 就職者数52人（うち紹介就職31人、就職率61.2%）

Each ``label figure`` pair of the arrow line is one metric (actual = the figure), in the
order written; named figures in a bracket after a pair are metrics of their own, right
after it. The arrows are ``rules.result_arrows``. A line opening with a target column word
(``目標``, ``rules.columns``) and a colon names the targets, matched by label or by metric
key. Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex
from attrs import field, frozen

from jirei.lines import Cell, Line, Locate
from jirei.model import Metric
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import Figure, read_cell


@frozen
class ArrowResults:
    """The metrics of a section's arrow lines, and the section's other lines."""

    metrics: tuple[Metric, ...] = field(default=(), converter=tuple)
    rest: tuple[Line, ...] = field(default=(), converter=tuple)


def read_arrows(
    lines: Sequence[Line], *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> ArrowResults | None:
    """The metrics of the arrow lines among ``lines`` (with their targets line), else None
    when no line is an arrow line."""
    arrows = tuple(rules.result_arrows)
    if not arrows or not any(a in line.text for line in lines for a in arrows):
        return None
    metrics: list[Metric] = []
    targets: list[Figure] = []
    used: set[int] = set()
    for number, line in enumerate(lines):
        found = _arrow_line(line, arrows, rules, locate)
        if found is not None:
            metrics.extend(found)
            used.add(number)
    if not metrics:
        return None
    for number, line in enumerate(lines):
        found_targets = _targets_line(line, rules, locate)
        if found_targets is not None:
            targets.extend(found_targets)
            used.add(number)
    metrics = [_with_target(metric, targets, rules) for metric in metrics]
    rest = [line for number, line in enumerate(lines) if number not in used]
    return ArrowResults(metrics, rest)


def _arrow_line(
    line: Line, arrows: tuple[str, ...], rules: Rules, locate: Locate
) -> list[Metric] | None:
    """The metrics of a line of ``label figure`` pairs between arrows, else None."""
    text = line.text
    if not any(a in text for a in arrows):
        return None
    pattern = _arrow_pattern(arrows)
    metrics: list[Metric] = []
    position = 0
    cuts = [(m.start(), m.end()) for m in pattern.finditer(text)]
    for piece_end, next_start in [*cuts, (len(text), len(text))]:
        piece = text[position:piece_end]
        start = line.start + position + len(piece) - len(piece.lstrip())
        position = next_start
        stripped = piece.strip()
        if not stripped:
            return None
        figures = read_cell(
            Cell(stripped, start, start + len(stripped)), rules=rules, locate=locate
        )
        if len(figures.figures) != 1 or figures.loose_rates:
            return None
        figure = figures.figures[0]
        if figure.name is None or figure.rate is not None:
            return None
        for one in (figure, *figure.extras):
            if one.name is None:
                return None
            metrics.append(_metric(one, rules, locate))
    return metrics


@lru_cache(maxsize=8)
def _arrow_pattern(arrows: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(a) for a in arrows))


def _targets_line(line: Line, rules: Rules, locate: Locate) -> list[Figure] | None:
    """The named figures of a line ``目標：label figure、…``, else None."""
    text = line.text
    stripped = text.lstrip()
    words = sorted((w for w, r in rules.columns.items() if r == "target"), key=len, reverse=True)
    word = next((w for w in words if stripped.startswith(w)), None)
    if word is None:
        return None
    rest = stripped[len(word) :]
    if not rest.lstrip().startswith(":"):
        return None
    body = rest.lstrip()[1:]
    offset = line.start + len(text) - len(stripped) + len(word) + len(rest) - len(rest.lstrip())
    offset += 1 + len(body) - len(body.lstrip())
    body = body.strip()
    figures = read_cell(Cell(body, offset, offset + len(body)), rules=rules, locate=locate)
    named = [f for f in figures.figures if f.name is not None]
    if not named or len(named) != len(figures.figures):
        return None
    return named


def _metric(figure: Figure, rules: Rules, locate: Locate) -> Metric:
    """One metric of an arrow line: its label, and its span the label as written."""
    assert figure.name is not None and figure.name_range is not None
    return Metric(
        label=figure.name,
        key=rules.metrics.get(figure.name),
        actual=figure.quantity,
        span=locate(*figure.name_range),
    )


def _with_target(metric: Metric, targets: Sequence[Figure], rules: Rules) -> Metric:
    """``metric`` with the target its label (or metric key) names, if any."""
    for figure in targets:
        name = figure.name
        if name == metric.label or (
            metric.key is not None and rules.metrics.get(name or "") == metric.key
        ):
            return Metric(
                label=metric.label,
                key=metric.key,
                group=metric.group,
                target=figure.quantity,
                actual=metric.actual,
                span=metric.span,
            )
    return metric


__all__ = ["ArrowResults", "read_arrows"]
