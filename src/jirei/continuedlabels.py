"""A case continued after other cases under its label and a continuation mark (decision
2854, branch apart3-s14).

``事例２　平塚市（続き）`` right after case 2's page is page furniture: the case above goes on
(decision 308). A writer may continue a case after OTHER cases instead (case 1 on pages 2
and 5, cases 2 and 3 between): the same line then names a case other than the one above it.
Such a line — a furniture line opening with a case label whose number an earlier label
carried, but not the last label above it — is kept as a line of text, so it opens a part of
its own that ``jirei.repeatedlabels`` joins to the case it numbers.

A case named again with the note and no label (``愛媛県松山市（続き）``, ``まつやま就労
サポートデスク（続き）``: decision 3074) is kept so too when the name is written on a line
above the last header line before it, and not since: it names an earlier case, not the one
the page goes on with (``jirei.notedparts`` then cuts the part there).
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
    header: int | None = None  # the last header line so far
    for index, info in enumerate(infos):
        if info.kind is K.BLANK:
            continue
        if info.kind is K.HEADER:
            header = index
        number = _number(info.text, rules)
        if number is None:
            if info.kind is K.FURNITURE and header is not None and _names_earlier(
                infos, index, header, rules
            ):
                out[index] = LineInfo(info.line, K.TEXT)
            continue
        if info.kind is K.FURNITURE:
            if number in seen and number != last:
                out[index] = LineInfo(info.line, K.TEXT)
                last = number
            continue
        seen.add(number)
        last = number
    return out


def with_running_heads(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[LineInfo]:
    """The lines with each running head of a continued page read as furniture: a line wholly
    in round brackets holding a case label and more (``（事例３　山形市）``: the label and its
    case's place) whose label number is the last label's above it — the case the page goes
    on with (decision 3488). The same line naming another case, or the first label of its
    number, is left as read (a label opening a case)."""
    out = list(infos)
    if not any(
        info.kind is K.HEADING and info.text.lstrip().startswith("(") for info in infos
    ):  # cheap precheck
        return out
    last: int | None = None
    for index, info in enumerate(infos):
        if info.kind in (K.BLANK, K.TABLE):  # (a label may open a line of any other kind:
            continue  # ``■事例２　三重県津市｜…`` reads as a bullet)
        number = _number(info.text, rules)
        if number is None:
            continue
        text = info.text.strip()
        inner = text[1:-1].strip() if text.startswith("(") and text.endswith(")") else ""
        if (
            info.kind is K.HEADING
            and number == last
            and inner
            and label_length(inner, rules) < len(inner)
        ):
            out[index] = LineInfo(info.line, K.FURNITURE)
            continue
        last = number
    return out


def _names_earlier(
    infos: Sequence[LineInfo], index: int, header: int, rules: Rules
) -> bool:
    """Whether line ``index`` is a name and a continuation note, the name written on a
    line above line ``header`` and on none from it down to ``index``."""
    from jirei.notedparts import name_forms, noted_line

    name = noted_line(infos[index].text.strip(), rules)
    if name is None:
        return False
    forms = name_forms(name)

    def said(lines: Sequence[LineInfo]) -> bool:
        return any(form in info.text for info in lines for form in forms)

    return said(infos[:header]) and not said(infos[header:index])


__all__ = ["with_distant_continuations", "with_running_heads"]
