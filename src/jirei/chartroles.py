"""A role word alone over its figure is a chart's role line, no section heading (decision
3303)::

    支援対象者数
    　目標
    　２４０人
    　実績            <- ``実績`` alone is a results heading elsewhere
    　２６８人

A bar chart copied as text writes each bar's label and value on lines of their own. A line
holding only a target / actual / rate word (``rules.columns``: ``目標``, ``実績``, ``達成率``)
with a figure alone on the very next line (``２６８人``, ``63.8％``) and a non-blank line
right above it (the metric's name, or the figure before) names the figure's role: it is a
line of text, read with the figures by ``jirei.tables.kpiboxes``, and opens no section (nor
closes a case). A ``実績`` heading over a table, a list or a paragraph, or set apart by a
blank line, stays a heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: the longest role word alone on its line
_LONGEST = 8


def with_chart_roles(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> list[LineInfo]:
    """The lines with each role word standing over its figure read as text."""
    out = list(infos)
    last = len(infos) - 1
    for index, info in enumerate(infos):
        if info.kind is not K.SECTION or info.section != "results" or not 0 < index < last:
            continue
        text = info.text.strip()
        if len(text) > _LONGEST or infos[index - 1].kind is K.BLANK:
            continue  # (cheap precheck: a short heading right under a line)
        if _role_over_figure(text, infos[index + 1].text, rules):
            out[index] = LineInfo(info.line, K.TEXT, None)
    return out


def _role_over_figure(text: str, below: str, rules: Rules) -> bool:
    """Whether ``text`` is a role word alone and ``below`` a figure alone."""
    from jirei.tables.cells import column_role
    from jirei.tables.grid import TRANSPOSED_ROLES
    from jirei.tables.kpiboxes import figure_alone

    return column_role(text, rules) in TRANSPOSED_ROLES and figure_alone(below.strip(), rules)


__all__ = ["with_chart_roles"]
