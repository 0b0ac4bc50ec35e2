"""Several rule patterns joined into one alternation: a cheap exact precheck.

Trying one joined pattern on a text answers whether ANY of the patterns matches there
(``match`` at a position, ``fullmatch`` of the whole text) in one call instead of one per
pattern, so a reader loops over its patterns only on the texts where one matches.
Patterns that refer to a group (by number or name) or set a global inline flag do not
keep their meaning once joined: then there is no joined pattern and no precheck.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

#: what keeps patterns from being joined exactly: references to groups by number or
#: name, and global inline flags
_UNJOINABLE = regex.compile(r"\\[1-9]|\(\?P=|\\g<|\(\?[aiLmsuxfbeprwV0-9-]+\)")


def join_patterns(patterns: Iterable[str]) -> regex.Pattern[str] | None:
    """One pattern matching (at a position, or fully) exactly where one of ``patterns``
    does, else None (no patterns, or patterns that cannot be joined)."""
    written = list(patterns)
    if not written or any(_UNJOINABLE.search(pattern) for pattern in written):
        return None
    try:
        return regex.compile("|".join(f"(?:{pattern})" for pattern in written))
    except regex.error:
        return None


__all__ = ["join_patterns"]
