"""Results written as a box per metric: a label line, then one line per in-cell word
(``corpus/README.md`` decision 301)::

    支援対象者数
    目標　200人以上
    実績　236人
    達成率　118.0%
    就職率
    実績　62.7%

A line holding only a label (no figure, no sentence) followed by lines each holding a
target, actual or achievement-rate word of ``rules.columns`` and one figure (a colon
after the word is allowed) is one metric; without a target line the target is null.
The next label line starts the next metric. Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from jirei.lines import Cell, Line, Locate
from jirei.model import Metric, Quantity, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import ends_sentence
from jirei.tables.arrows import ArrowResults
from jirei.tables.cells import label_form, read_cell

_DIGIT = regex.compile(r"\d")
_ROLES = ("target", "actual", "achievement_rate")


@per_rules
def _word_line(rules: Rules) -> regex.Pattern[str]:
    """A line of one in-cell word and its value (``目標　200人以上``, ``実績:236人``)."""
    alternatives = []
    for role in _ROLES:
        words = sorted((w for w, r in rules.columns.items() if r == role), key=len, reverse=True)
        if words:
            alternatives.append(f"(?P<{role}>{'|'.join(regex.escape(w) for w in words)})")
    if not alternatives:
        return regex.compile("(?!)")
    return regex.compile(rf"^\s*(?:{'|'.join(alternatives)})\s*:?\s*(?P<value>\S.*?)\s*$")


def _label(line: Line) -> str | None:
    """The label of a line holding only a metric's label, else None."""
    text = line.text.strip()
    if not text or len(text) > 30 or _DIGIT.search(text) or ends_sentence(text):
        return None
    if any(mark in text for mark in ":、「」"):
        return None
    return label_form(text)


def _word(line: Line, rules: Rules, locate: Locate) -> tuple[str, Quantity] | None:
    """The role (target / actual / achievement_rate) and figure of an in-cell word line."""
    match = _word_line(rules).match(line.text)
    if match is None:
        return None
    role = next(r for r in _ROLES if r in match.groupdict() and match.group(r) is not None)
    start, end = line.start + match.start("value"), line.start + match.end("value")
    figures = read_cell(Cell(match.group("value"), start, end), rules=rules, locate=locate)
    if len(figures.figures) != 1 or figures.loose_rates:
        return None
    figure = figures.figures[0]
    if figure.name is not None or figure.rate is not None or figure.extras:
        return None
    if role == "achievement_rate" and figure.quantity.unit != "%":
        return None
    return role, figure.quantity


def read_word_box(
    lines: Sequence[Line], *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> ArrowResults | None:
    """The metrics of the label-and-word-lines boxes among ``lines`` and the other lines;
    None when there is no such box."""
    filled = [line for line in lines if line.text.strip()]
    metrics: list[Metric] = []
    used: set[int] = set()
    number = 0
    while number < len(filled):
        label = _label(filled[number])
        words: dict[str, Quantity] = {}
        after = number + 1
        while label is not None and after < len(filled):
            found = _word(filled[after], rules, locate)
            if found is None or found[0] in words:
                break
            words[found[0]] = found[1]
            after += 1
        if label is None or "actual" not in words:
            number += 1
            continue
        rate = words.get("achievement_rate")
        line = filled[number]
        lead = len(line.text) - len(line.text.lstrip())
        span: Span = locate(line.start + lead, line.start + len(line.text.rstrip()))
        metrics.append(
            Metric(
                label=label,
                key=rules.metrics.get(label),
                target=words.get("target"),
                actual=words["actual"],
                achievement_rate=Decimal(str(rate.value)) if rate is not None else None,
                span=span,
                achievement_span=rate.span if rate is not None else None,
            )
        )
        used.update(range(number, after))
        number = after
    if not metrics:
        return None
    kept = {id(filled[n]) for n in used}
    return ArrowResults(metrics, [line for line in lines if id(line) not in kept])


__all__ = ["read_word_box"]
