"""Headings drawn twice for a bold look, extracted with every character doubled
(``corpus/README.md`` decision 313)::

    【【取取組組内内容容】】   reads as   【取組内容】

Only a whole line (outer spaces aside) whose every character is written twice in a row,
three or more characters once undoubled, is such a heading; no other text is touched.
"""

from __future__ import annotations

#: the shortest undoubled text read as a fake-bold heading (``【A】``: three characters)
_SHORTEST = 3


def undouble(text: str) -> str | None:
    """The text of a line whose every character is doubled, each pair taken once; None
    when the line is not written so."""
    stripped = text.strip()
    if len(stripped) < 2 * _SHORTEST or len(stripped) % 2:
        return None
    once, twice = stripped[0::2], stripped[1::2]
    if once != twice or any(char.isspace() for char in once):
        return None
    return once


__all__ = ["undouble"]
