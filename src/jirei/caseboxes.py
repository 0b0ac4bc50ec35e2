"""A case's data box read after the case's body is that case's box, not a new case
(decision 1941)::

    【福岡県北九州市】【福岡労働局・ハローワーク八幡】ワークプラザやはた（一体的実施施設）…
    …
    〔ハローワーク八幡の声〕
    …
    ┌ 施設データ ────┐
      名　称  ワークプラザやはた
      開　設  2019年10月1日

A booklet page read column by column puts the right column's data box after the left
column's comments, where a facility name and a date would open the next case. A box (a line
naming a box heading of ``harvest_table.box_heads``, then its lines up to a blank line) one of
whose values — a line less its label — the case header line above it (or the two lines under
that line) already states (its facility name, its start date; a facility kind alone does not
count) repeats that case: no case opens in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.harvest import is_box_head
from jirei.rules import Rules
from jirei.sections import K, LineInfo

#: how far a box reaches (lines)
_BOX = 12
#: the longest label before a value in a box line (characters)
_LABEL = 6
#: the shortest value compared
_VALUE = 4
#: how far above its box a case's header line may stand (lines)
_REACH = 80


def repeats_open_case(infos: Sequence[LineInfo], index: int, rules: Rules) -> bool:
    """Whether line ``index`` lies in a data box whose values repeat the case header line
    above it (that line or the two under it)."""

    head = None
    for back in range(index, max(index - _BOX, 0) - 1, -1):
        info = infos[back]
        if info.kind is K.BLANK:
            break
        if is_box_head(info.text, rules):
            head = back
            break
    if head is None:
        return False
    header = next(
        (i for i in range(head - 1, max(head - _REACH, 0) - 1, -1) if infos[i].kind is K.HEADER),
        None,
    )
    if header is None:
        return False
    opening = "".join("".join(info.text.split()) for info in infos[header : header + 3])
    kinds = set(rules.facility_types)
    box = []
    for info in infos[head + 1 : head + 1 + _BOX]:
        if info.kind is K.BLANK:
            break
        box.append(info)
        text = "".join(info.text.split())
        for cut in range(1, _LABEL + 1):
            value = text[cut:].strip("()（）")
            if len(value) >= _VALUE and value not in kinds and value in opening:
                return True
    return _completes(box, opening, rules)


#: the fields that name a case: a box stating one the case above does not is another case's
_NAMING = frozenset({"facility", "place", "labour_bureau", "hello_work", "offices"})


def _completes(box: Sequence[LineInfo], opening: str, rules: Rules) -> bool:
    """Whether a data box's lines complete the case above instead of opening one (decision
    3332): they state its start date (``開設日：…``) and name no facility, place or office
    the case's header line does not (a box naming another facility is that facility's)."""
    from jirei.fields import read_fields
    from jirei.lines import Line

    dated = False
    for info in box:
        text = info.line.text
        lead = len(text) - len(text.lstrip())
        line = Line(text.strip(), info.line.start + lead)  # (a box line's padding dropped)
        for field in read_fields(line, rules):
            if field.kind in _NAMING and "".join(field.value.split()) not in opening:
                return False
            dated = dated or field.kind == "start_date"
        if any(kind in info.text for kind in rules.facility_types) and not any(
            kind in opening for kind in rules.facility_types
        ):
            return False
    return dated


__all__ = ["repeats_open_case"]
