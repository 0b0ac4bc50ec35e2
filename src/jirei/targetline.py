"""A line of targets beside a results table that gives none of its own.

Some offices write the year's targets on one line above or under a table of actual figures
(``年度目標：支援対象者数180人、就職者数110人（いずれも合計）``): the head is a target column
word of ``metrics.toml`` and a colon, then ``label figure`` pieces parted by ``、`` / ``,`` /
``/``. Each piece gives the target of the table's metric of the same label (or key) that
belongs to no group and has no target yet; the line is then read, not kept (decision 1884).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.lines import Line, Locate
from jirei.model import Metric, Quantity
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, label_form
from jirei.values.quantities import scan_quantities

#: the head of a target line: up to 12 characters before a colon (markers allowed)
_HEAD = regex.compile(r"^\s*[■□◆◇●○・※▶▷]?\s*(?P<head>[^:、。]{1,12}?)\s*:\s*")
#: a remark in brackets closing the line: ``（いずれも合計）``
_NOTE = regex.compile(r"\s*\([^()]{0,20}\)\s*$")
_PARTS = regex.compile(r"\s*(?:、|,|/|;|\s{2,})\s*")


def target_pieces(
    text: str, rules: Rules = DEFAULT_RULES
) -> list[tuple[str, int, int, Quantity]] | None:
    """``(label, start, end, quantity)`` per piece of a target line (offsets into ``text``,
    the quantity's span None), or None when ``text`` is no target line."""
    if ":" not in text:  # (cheap precheck)
        return None
    head = _HEAD.match(text)
    if head is None or column_role(head.group("head"), rules) != "target":
        return None
    body_end = len(text.rstrip())
    note = _NOTE.search(text, head.end())
    if note is not None:
        body_end = note.start()
    pieces: list[tuple[str, int, int, Quantity]] = []
    position = head.end()
    for part in [*_PARTS.finditer(text, position, body_end), None]:
        stop = part.start() if part is not None else body_end
        piece = text[position:stop]
        found = scan_quantities(piece, rules)
        if len(found) != 1 or piece[found[0][1] :].strip():
            return None  # each piece: a label, then one figure closing it
        start, end, (value, unit, qualifier) = found[0]
        label = label_form(piece[:start])
        if not label or any(char.isdigit() for char in label):
            return None
        pieces.append((label, position + start, position + end, Quantity(value, unit, qualifier)))
        if part is None:
            break
        position = part.end()
    return pieces or None


def fill_line_targets(
    metrics: Sequence[Metric],
    lines: Sequence[Line],
    *,
    rules: Rules = DEFAULT_RULES,
    locate: Locate,
) -> tuple[list[Metric], list[Line]]:
    """``metrics`` with the targets of the target lines among ``lines`` filled in, and the
    lines so read (every piece of a line must find its metric)."""
    result = list(metrics)
    used: list[Line] = []
    for line in lines:
        pieces = target_pieces(line.text, rules)
        if pieces is None:
            continue
        chosen: list[tuple[int, Quantity]] = []
        for label, start, end, quantity in pieces:
            key = rules.metrics.get(label)
            number = next(
                (
                    n
                    for n, m in enumerate(result)
                    if m.group is None
                    and m.target is None
                    and m.actual is not None
                    and (m.label == label or (key is not None and m.key == key))
                    and n not in {c for c, _ in chosen}
                ),
                None,
            )
            if number is None:
                break
            span = locate(line.start + start, line.start + end)
            chosen.append((number, attrs.evolve(quantity, span=span)))
        else:
            for number, quantity in chosen:
                result[number] = attrs.evolve(result[number], target=quantity)
            used.append(line)
    return result, used


__all__ = ["fill_line_targets", "target_pieces"]
