"""Lines enumerated ``ア``, ``イ``, ``ウ`` … (or ``(ア)``, ``(イ)`` …) in order: each one item.

The enumerator is a katakana of the iroha order; normalisation may have removed the space
after it (``ア市の…``), so a bare one counts only when no katakana follows it, and only in a
run of two or more lines lettered ``ア``, ``イ``, … in that order.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Line

IROHA = "アイウエオカキクケコサシスセソ"
IROHA_LINE = regex.compile(
    rf"^\s*(?:\(([{IROHA}])\)\s*|([{IROHA}])(?:[\s.、)]\s*(?=\S)|(?=[^\p{{Katakana}}ー\s])))"
)


def iroha_items(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each line of an in-order ``ア``, ``イ``, ``ウ`` … run preceded by a
    blank line and without its enumerator (one paragraph each); other lines as they are."""
    matches = [IROHA_LINE.match(line.text) for line in lines]
    letters = [m.group(1) or m.group(2) for m in matches if m is not None]
    if len(letters) < 2 or "".join(letters) != IROHA[: len(letters)]:
        return tuple(lines)
    out: list[Line] = []
    for line, match in zip(lines, matches, strict=True):
        if match is None:
            out.append(line)
            continue
        out.append(Line("", line.start))
        out.append(Line(line.text[match.end() :], line.start + match.end()))
    return tuple(out)


__all__ = ["IROHA", "IROHA_LINE", "iroha_items"]
