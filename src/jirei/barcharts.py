"""Vertical bar-chart text (decision 1450): a chart extracted from a PDF as value labels over
the bars, a line of role words under them (``目標　実績　目標　実績``), the metric names under
those (``支援対象者数　　就職者数``) and, maybe, a line of stated rates (``達成率 112.9％``). A
value label belongs to the role word whose column is nearest (by character position), a role
word to the nearest metric name; the first number of a line standing in the axis column is a
tick, no figure. Anything not matched one to one gives nothing (never guessed).

``jirei.figures`` calls :func:`read_chart` at a line of role words only; the words are those of
``rules.columns`` and ``rules.metrics``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.errors import ValueParseError
from jirei.rules import Rules
from jirei.tables.cells import label_form
from jirei.values.quantities import parse_quantity

_TOKEN = regex.compile(r"\S+")
#: a value label or an axis tick: a number, maybe with a unit (``271``, ``271人``, ``57.6％``)
_NUMBER = regex.compile(r"[0-9０-９][0-9０-９,，.．]*\S{0,4}")
#: how far (in characters) a value label may stand from its role word's centre
_REACH = 8


@attrs.frozen
class ChartFigure:
    """One figure of a chart: the metric ``label``, its ``role`` and the figure's place
    (offsets into the case's text) and parts (value, unit, qualifier)."""

    label: str
    role: str
    start: int
    end: int
    parts: tuple[object, str | None, str | None]


@attrs.frozen
class Chart:
    """The figures of one chart and the index of the first line after it."""

    figures: tuple[ChartFigure, ...]
    stop: int


def role_cells(text: str, rules: Rules) -> list[tuple[str, float]] | None:
    """The roles of a line made only of target / actual words (at least one of each, two
    cells or more) with each cell's centre, else None."""
    cells = list(_TOKEN.finditer(text))
    if len(cells) < 2:
        return None
    out = []
    for cell in cells:
        role = rules.columns.get(label_form(cell.group()))
        if role not in ("target", "actual"):
            return None
        out.append((role, (cell.start() + cell.end() - 1) / 2))
    roles = {r for r, _ in out}
    return out if roles == {"target", "actual"} else None


def read_chart(
    texts: Sequence[str], starts: Sequence[int], at: int, rules: Rules
) -> Chart | None:
    """The chart whose role line is ``texts[at]`` (``starts``: each line's offset), else None."""
    roles = role_cells(texts[at], rules)
    if roles is None or at + 1 >= len(texts):
        return None
    names = [
        (label_form(m.group()), (m.start() + m.end() - 1) / 2)
        for m in _TOKEN.finditer(texts[at + 1])
    ]
    if not names or any(label not in rules.metrics for label, _ in names):
        return None
    owner = [_nearest(centre, [c for _, c in names]) for _, centre in roles]
    taken: dict[tuple[str, str], ChartFigure] = {}
    # value labels: the lines of numbers right above the role line
    first = at
    while first > 0 and texts[first - 1].strip() and _numbers_only(texts[first - 1]):
        first -= 1
    if first == at:
        return None
    ticks = _tick_column(texts[first:at])
    for index in range(first, at):
        for number, token in enumerate(_TOKEN.finditer(texts[index])):
            if number == 0 and token.end() == ticks:
                continue  # an axis tick
            centre = (token.start() + token.end() - 1) / 2
            slot = _nearest(centre, [c for _, c in roles])
            if abs(roles[slot][1] - centre) > _REACH:
                return None
            label = names[owner[slot]][0]
            figure = _figure(token.group(), label, roles[slot][0], index, token, starts, rules)
            key = (label, roles[slot][0])
            if figure is None or key in taken:
                return None
            taken[key] = figure
    if not taken:
        return None
    stop = at + 2
    if stop < len(texts):  # ``達成率 112.9％　　達成率 108.3％`` under the names
        rates = _rates(texts[stop], stop, names, starts, rules)
        if rates is not None:
            taken.update({(f.label, f.role): f for f in rates})
            stop += 1
    return Chart(tuple(taken.values()), stop)


def _nearest(centre: float, centres: Sequence[float]) -> int:
    return min(range(len(centres)), key=lambda i: abs(centres[i] - centre))


def _numbers_only(text: str) -> bool:
    return all(_NUMBER.fullmatch(t) for t in text.split())


def _tick_column(texts: Sequence[str]) -> int | None:
    """The end column of the axis ticks: where the first number of most lines ends."""
    ends: dict[int, int] = {}
    for text in texts:
        first = _TOKEN.search(text)
        if first is not None:
            ends[first.end()] = ends.get(first.end(), 0) + 1
    if not ends:
        return None
    column, count = max(ends.items(), key=lambda item: item[1])
    return column if count >= 3 else None


def _figure(
    written: str, label: str, role: str, index: int, token: regex.Match[str],
    starts: Sequence[int], rules: Rules,
) -> ChartFigure | None:
    try:
        quantity = parse_quantity(written, rules)
    except ValueParseError:
        return None
    base = starts[index]
    return ChartFigure(
        label, role, base + token.start(), base + token.end(),
        (quantity.value, quantity.unit, quantity.qualifier),
    )


def _rates(
    text: str, index: int, names: Sequence[tuple[str, float]], starts: Sequence[int],
    rules: Rules,
) -> list[ChartFigure] | None:
    """The stated rates of a line of ``達成率 112.9％`` pairs, each to the nearest name."""
    tokens = list(_TOKEN.finditer(text))
    if not tokens or len(tokens) % 2:
        return None
    out = []
    for word, value in zip(tokens[::2], tokens[1::2], strict=True):
        if rules.columns.get(label_form(word.group())) != "achievement_rate":
            return None
        centre = (word.start() + value.end() - 1) / 2
        label = names[_nearest(centre, [c for _, c in names])][0]
        figure = _figure(value.group(), label, "achievement_rate", index, value, starts, rules)
        if figure is None or any(f.label == label for f in out):
            return None
        out.append(figure)
    return out


__all__ = ["Chart", "ChartFigure", "read_chart", "role_cells"]
