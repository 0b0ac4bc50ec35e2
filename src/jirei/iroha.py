"""Lines enumerated ``ア``, ``イ``, ``ウ`` … (or ``(ア)``, ``(イ)`` …) in order: each one item.

The enumerator is a katakana of the iroha order; normalisation may have removed the space
after it (``ア市の…``), so a bare one counts only when no katakana follows it, and only in a
run of two or more lines lettered ``ア``, ``イ``, … in that order. In such a run a line
opening with the next letter counts even when katakana follows it (``イハローワークへ…``, the
space after ``イ`` removed), and a list of one line (``ア市内の…`` alone) counts when its
enumerator is plain (decision 873).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Line, cut_marks

IROHA = "アイウエオカキクケコサシスセソ"
IROHA_LINE = regex.compile(
    rf"^\s*(?:\(([{IROHA}])\)\s*|([{IROHA}])(?:[\s.、)]\s*(?=\S)|(?=[^\p{{Katakana}}ー\s])))"
)
#: a line opening with an iroha letter, whatever follows it
_LOOSE_LINE = regex.compile(rf"^\s*([{IROHA}])(?=\S)")


def iroha_items(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each line of an in-order ``ア``, ``イ``, ``ウ`` … run preceded by a
    blank line and without its enumerator (one paragraph each); other lines as they are."""
    found = list(map(IROHA_LINE.match, [line.text for line in lines]))
    if not any(found):  # (no lettered line: nothing to do, most sections)
        return tuple(lines)
    marks = [_mark(match) for match in found]
    letters = [m[0] for m in marks if m is not None]
    pairs = zip(marks, lines, strict=True)
    if letters and any(m is None and line.text[:3].lstrip()[:1] in IROHA for m, line in pairs):
        # a plain enumerator, and a line opening with a letter before katakana
        marks = _loose(lines, marks)
        letters = [m[0] for m in marks if m is not None]
    if not _in_order(letters, lines):
        return tuple(lines)
    return cut_marks(lines, [None if mark is None else mark[1] for mark in marks])


def _mark(match: regex.Match[str] | None) -> tuple[str, int] | None:
    """A line's letter and where its text starts after it."""
    if match is None:
        return None
    return match.group(1) or match.group(2), match.end()


def _in_order(letters: Sequence[str], lines: Sequence[Line]) -> bool:
    """Whether ``letters`` run ``ア``, ``イ``, … from the first: two or more of them, or one
    ``ア`` on the only non-blank line."""
    if not letters or "".join(letters) != IROHA[: len(letters)]:
        return False
    return len(letters) >= 2 or sum(1 for line in lines if line.text.strip()) == 1


def _loose(
    lines: Sequence[Line], marks: Sequence[tuple[str, int] | None]
) -> list[tuple[str, int] | None]:
    """``marks`` with a line opening with the next letter of the run taken as lettered
    though katakana follows it (the space after the letter removed)."""
    out: list[tuple[str, int] | None] = []
    expected = 0
    for line, mark in zip(lines, marks, strict=True):
        if mark is None and expected < len(IROHA):
            loose = _LOOSE_LINE.match(line.text)
            if loose is not None and loose.group(1) == IROHA[expected]:
                mark = loose.group(1), loose.end()
        if mark is not None:
            expected += 1
        out.append(mark)
    return out


__all__ = ["IROHA", "IROHA_LINE", "iroha_items"]
