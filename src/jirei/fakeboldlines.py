"""Whole lines drawn twice for a bold look in PowerPoint or Word and extracted with every
character doubled (``事事例例１１``, ``実実施施自自治治体体``), read as letter-spaced text: the
second character of each pair is blanked, so that every kept character still points at its
own original character and the letter-spacing rule (decision 1620) joins the rest.

Only a whole line that :func:`jirei.fakebold.undouble` reads as fake bold, whose once-written
text holds at least two different characters and a letter (not a run of figures or rules),
is rewritten; the length of the text never changes.
"""

from __future__ import annotations

from jirei.fakebold import undouble


def _blanked(line: str) -> str | None:
    once = undouble(line)
    if once is None or len(set(once)) < 2 or not any(char.isalpha() for char in once):
        return None
    lead = len(line) - len(line.lstrip())
    core = line.strip()
    kept = "".join(char if k % 2 == 0 else " " for k, char in enumerate(core))
    return line[:lead] + kept + line[lead + len(core) :]


def _opens_doubled(line: str) -> bool:
    """The cheap per-line precheck: the line's text opens with three doubled characters."""
    core = line.strip()
    return len(core) >= 6 and core[0] == core[1] and core[2] == core[3] and core[4] == core[5]


def untangle_fake_bold(text: str) -> str:
    """``text`` with each fake-bold line's doubled characters blanked (same length)."""
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        if _opens_doubled(line):
            blanked = _blanked(line)
            if blanked is not None:
                lines[n] = blanked
                changed = True
    return "\n".join(lines) if changed else text


__all__ = ["untangle_fake_bold"]
