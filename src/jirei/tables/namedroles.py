"""Column heads that name a metric and its role in one word (decision 2411): in a group
matrix (``jirei.tables.groupmatrix``) a column ``就職者数目標`` (or ``目標就職者数``,
``就職者数の目標``) holds the target of the metric ``就職者数`` whose actual stands in the
column ``就職者数``::

    対象者区分          支援対象者数    就職者数    就職率    就職者数目標
    生活保護受給者           212          131        61.8          120

The metric names are ``rules.metrics``, the role words ``rules.columns`` of role target,
actual or achievement rate; a head that is a metric alone is that metric's actual.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import label_form
from jirei.tables.headunits import header_unit

#: the roles a role word joined to a metric name may give its column
_FIGURE_ROLES = frozenset({"target", "actual", "achievement_rate"})

#: the particle a role word may be joined to its metric name with (``就職者数の目標``)
_JOINERS = ("の", "")


@frozen
class NamedColumn:
    """One column of a matrix header: the metric it belongs to and the role of its cells."""

    column: int
    name: str
    role: str
    #: the header cell cut to the metric's name where it is written (for the metric's span)
    cell: Cell
    #: the unit bracketed at the head's end (``就職者数目標(人)``), None without one
    unit: str | None = None


def named_role(text: str, rules: Rules = DEFAULT_RULES) -> tuple[str, str] | None:
    """The metric and role a column head names: (name, ``actual``) for a metric alone,
    (name, role) for a metric joined with a role word before or after it; None else."""
    label = label_form(header_unit(text, rules)[0])
    if label in rules.metrics:
        return label, "actual"
    for word, role in rules.columns.items():
        if role not in _FIGURE_ROLES or not word or len(word) >= len(label):
            continue
        for joiner in _JOINERS:
            tail = joiner + word
            if label.endswith(tail) and label[: -len(tail)] in rules.metrics:
                return label[: -len(tail)], role
            head = word + joiner
            if label.startswith(head) and label[len(head) :] in rules.metrics:
                return label[len(head) :], role
    return None


def named_columns(
    header: Sequence[Cell], rules: Rules = DEFAULT_RULES
) -> list[NamedColumn] | None:
    """The named columns of a header after its label column, when at least one head joins a
    role word to its metric (a plain header is the group matrix's own); None when any head
    names no metric, or a metric has two columns of one role."""
    found: list[NamedColumn] = []
    seen: set[tuple[str, str]] = set()
    joined = False
    for number, cell in enumerate(header[1:], 1):
        if not cell.text:
            continue
        named = named_role(cell.text, rules)
        if named is None:
            return None
        name, role = named
        if named in seen:
            return None
        seen.add(named)
        bare, unit = header_unit(cell.text, rules)
        joined = joined or label_form(bare) != name
        found.append(NamedColumn(number, name, role, _name_cell(cell, name), unit))
    return found if joined else None


def _name_cell(cell: Cell, name: str) -> Cell:
    """The part of a head cell that writes the metric's name (the whole cell when the name
    is not written there letter for letter)."""
    at = cell.text.find(name)
    if at < 0:
        return cell
    return Cell(name, cell.start + at, cell.start + at + len(name))


__all__ = ["NamedColumn", "named_columns", "named_role"]
