"""Where an interview's turns begin in the lines after a results table.

An interview booklet may print its results in a data box and its questions and answers right
under it (``問　…`` / ``答（ハローワーク札幌北）　…``, ``Q. …`` / ``A. …``). Such turns are no
results besides the figures: the other results read after a table stop at the first turn
(decision 1822); what follows is kept as unclassified text (comment readers read the answers).
Normalisation glues a mark to its text (``問施設を…``), so a question mark counts only right
over an answer.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.commentheads import unwrap_turn
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules

#: an answer's opening: ``答（speaker）``, ``A（…）``, ``答：``, ``A. ``
_ANSWER = regex.compile(
    r"^\s*(?:答|Ａ|A)\s*(?:[.．]\s*)?(?:[(（][^()（）]{1,30}[)）]\s*|[:：.．]\s*|\s+)(?=\S)"
)
#: a question's opening: ``問　``, ``Q. ``, ``質問：``, ``――``, or ``問`` glued to its text
_QUESTION = regex.compile(r"^\s*(?:問|Ｑ|Q|質問|――|──)\s*[:：.．]?\s*(?=\S)")


def dialogue_start(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> int | None:
    """The index of the first line of ``lines`` that opens an interview turn: an answer, or
    a question with an answer as the next filled line; None when there is none. A turn word
    between marks (``―答―　…``) counts as the bare word (decision 3371)."""
    if not any("答" in line.text or "A" in line.text or "Ａ" in line.text for line in lines):
        return None  # (no answer: most results sections)
    filled = [n for n, line in enumerate(lines) if not line.blank]
    for at, number in enumerate(filled):
        text = unwrap_turn(lines[number].text, rules)
        if _ANSWER.match(text):
            return number
        if _QUESTION.match(text) and at + 1 < len(filled):
            if _ANSWER.match(unwrap_turn(lines[filled[at + 1]].text, rules)):
                return number
    return None


def lead_start(lines: Sequence[Line], turns: int) -> int:
    """Where the paragraph before the interview's first turn (at ``turns``; blank lines may
    stand between them) starts — the lead sentence that may name whom the interview asks
    (decision 3383); ``turns`` when no line stands before the turn."""
    at = turns
    while at > 0 and lines[at - 1].blank:
        at -= 1
    end = at
    while at > 0 and not lines[at - 1].blank:
        at -= 1
    return at if at < end else turns


__all__ = ["dialogue_start"]
