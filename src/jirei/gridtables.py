"""Pandoc / Word grid tables (``+-----+-----+`` borders, ``|`` cell walls, ``+=====+`` under
the header row) read as pipe tables, so every table, card and comment reader works on them
(decision 1043).

The text keeps its length, so every offset stays where it was: a border line (``+`` at
each column edge, ``-`` / ``=`` / ``:`` between) becomes a separator row ``|---|---|``; the
rows between the borders are pipe rows already. A cell wrapped over several lines of one
row is not joined yet: each line of such a row reads as a row of its own.
"""

from __future__ import annotations

import regex

#: a grid table's border line, with its column edges
_BORDER = regex.compile(r"(?m)^[ \t]*\+(?:[-=:]+\+){1,40}[ \t]*$")
_RULE = str.maketrans({"+": "|", "=": "-", ":": "-"})


def untangle_grid(text: str) -> str:
    """``text`` with each grid table's border lines inside it as ``|---|`` separator rows of
    the same length, its top and bottom borders as spaces; a border counts only next to a
    ``|`` row (above or below it)."""
    if "+-" not in text and "+=" not in text:
        return text
    out = text
    for border in _BORDER.finditer(text):
        before = text.rfind("\n", 0, max(border.start() - 1, 0))
        above = text[before + 1 : border.start()].strip()
        after = text.find("\n", border.end() + 1)
        below = text[border.end() + 1 : after if after >= 0 else len(text)].strip()
        if not (above.startswith("|") or below.startswith("|")):
            continue
        inside = above.startswith("|") and below.startswith("|")
        rule = border.group().translate(_RULE) if inside else " " * len(border.group())
        out = out[: border.start()] + rule + out[border.end() :]
    return out


__all__ = ["untangle_grid"]
