"""The 所見 blocks of a form (decisions 2090-2109): a heading naming a municipality, a bureau
or a Hello Work over its text, read as comments.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.comments import role_of
from jirei.formparts import _FRAME, _NUM, _PAGE, Locate, _Line, _Unit, _Words
from jirei.model import Comment
from jirei.places import find_bureaus, municipality_in
from jirei.rules import Rules

_NUM_ITEM = regex.compile(rf"^{_NUM}[\s.．、]")
_PREFECTURE_END = regex.compile(r"[都道府県]$")


def _finding_blocks(
    lines: Sequence[_Line], unit: _Unit, words: _Words
) -> list[tuple[str, _Line, list[_Line]]]:
    """The findings in a form: (speaker, head line, text lines)."""
    out: list[tuple[str, _Line, list[_Line]]] = []
    current: tuple[str, _Line, list[_Line]] | None = None
    for index in range(unit.first, unit.stop):
        line = lines[index]
        match = words.finding.match(line.s)
        if match is not None:
            speaker = match.group("speaker")
            current = None
            if _named_body(speaker):
                current = (speaker, line, [])
                out.append(current)
            continue
        if current is None:
            continue
        s = line.s
        if not s:
            if current[2]:
                current = None
            continue
        if _FRAME.match(s) or _PAGE.match(s) or _NUM_ITEM.match(s):
            current = None
            continue
        current[2].append(line)
    return [block for block in out if block[2]]


def _named_body(speaker: str) -> bool:
    return bool(
        municipality_in(speaker) or find_bureaus(speaker) or "ハローワーク" in speaker
        or "公共職業安定所" in speaker or _PREFECTURE_END.search(speaker)
    )


def _comment(
    speaker: str, head: _Line, body: Sequence[_Line], rules: Rules, locate: Locate
) -> Comment:
    text = "".join(line.s for line in body)
    at = head.text.index(speaker) + head.start
    return Comment(
        speaker=speaker,
        role=role_of(speaker, rules),
        text=text,
        span=locate(body[0].lead, body[-1].start + len(body[-1].text.rstrip())),
        speaker_span=locate(at, at + len(speaker)),
    )
