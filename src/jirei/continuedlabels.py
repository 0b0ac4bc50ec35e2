"""A case continued after other cases under its label and a continuation mark (decision
2854, branch apart3-s14).

``事例２　平塚市（続き）`` right after case 2's page is page furniture: the case above goes on
(decision 308). A writer may continue a case after OTHER cases instead (case 1 on pages 2
and 5, cases 2 and 3 between): the same line then names a case other than the one above it.
Such a line — a furniture line opening with a case label whose number an earlier label
carried, but not the last label above it — is kept as a line of text, so it opens a part of
its own that ``jirei.repeatedlabels`` joins to the case it numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.caselabel import label_length
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo
from jirei.tables.caselist import block_number


def _number(text: str, rules: Rules) -> int | None:
    """The number of the case label opening ``text``, else None."""
    length = label_length(text.strip(), rules)
    return block_number(text.strip(), length) if length else None


def with_distant_continuations(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[LineInfo]:
    """The lines with each continued label naming a case other than the last one above it
    read as text."""
    out = list(infos)
    if not any(info.kind is K.FURNITURE for info in infos):  # cheap precheck
        return out
    seen: set[int] = set()
    last: int | None = None
    for index, info in enumerate(infos):
        if info.kind is K.BLANK:
            continue
        number = _number(info.text, rules)
        if number is None:
            continue
        if info.kind is K.FURNITURE:
            if number in seen and number != last:
                out[index] = LineInfo(info.line, K.TEXT)
                last = number
            continue
        seen.add(number)
        last = number
    return out


__all__ = ["with_distant_continuations"]
