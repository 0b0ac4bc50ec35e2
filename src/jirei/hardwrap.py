"""Whether a text keeps one line per paragraph (decision 2864).

A report set in a word processor and saved as text keeps one line per paragraph: every
line break is one the writer made. A text printed to a fixed width (a PDF's text, an OCR'd
scan, a plain-text mail) breaks its paragraphs wherever the width runs out, so no line of
it is much wider than a printed page's line. A text holding ``[hard_wrap] long_lines``
lines or more that state a sentence (a ``。`` in them; no tab, no ``|``: no table row; no
gap of three spaces: no columns side by side) and run wider than ``long_width`` display
columns — wider than any printed line — is *unwrapped*.

In such a text, a line under a list heading that names no bullet is an item of its own
unless it breaks off mid-clause (``jirei.items``).
"""

from __future__ import annotations

import unicodedata

from jirei.rules import DEFAULT_RULES, Rules, per_rules


def _width(text: str) -> int:
    """The display width of ``text`` (wide characters two columns)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@per_rules
def _settings(rules: Rules = DEFAULT_RULES) -> tuple[int, int]:
    """``long_width`` and ``long_lines`` of ``figures.toml [hard_wrap]``."""
    table = rules.figures_table.get("hard_wrap", {})
    return int(table.get("long_width", 120)), int(table.get("long_lines", 2))


def is_unwrapped(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether the normalised ``text`` keeps one line per paragraph (see the module;
    remembered for the last few texts: the profile reader asks once per list)."""
    key = (id(rules), text)
    found = _SEEN.get(key)
    if found is None:
        found = _unwrapped(text, rules)
        if len(_SEEN) >= 4:
            _SEEN.clear()
        _SEEN[key] = found
    return found


#: the gap between columns a layout export sets side by side
_GAP = "   "

#: the answers for the last texts asked about
_SEEN: dict[tuple[int, str], bool] = {}


def _unwrapped(text: str, rules: Rules) -> bool:
    wide, fewest = _settings(rules)
    found = 0
    for line in text.splitlines():
        # (cheap first: a line of fewer characters than half the width cannot reach it)
        if len(line) * 2 <= wide or "。" not in line or "\t" in line or "|" in line:
            continue
        if _GAP in line.strip():  # columns set side by side (``pdftotext -layout``)
            continue
        if _width(line.strip()) > wide:
            found += 1
            if found >= fewest:
                return True
    return False


__all__ = ["is_unwrapped"]
