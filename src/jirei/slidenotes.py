"""A slide deck's speaker notes, blanked (decision 3254).

A deck saved as text writes each slide's speaker notes under it, opened by a notes label
(``ノート:``, ``発表者メモ：``, ``【スピーカーノート】``, ``Notes:``: ``layouts.toml
slide_note_labels``). The notes are what the presenter says, no text of the case: read as
written they run into the slide's last comment or become initiatives. In a deck (two slide
markers or more, ``layouts.toml slide_markers``), a notes label line opens a notes block that
runs to the next slide marker — or, after the last slide marker, to the next blank line — and
the block becomes spaces (the text keeps its length, every offset stays).

A notes label is the label alone on its line, in brackets or with a colon after it, or the
label and a colon before the notes' first words (``ノート：令和４年度の実績は…``); a line that
only opens with the word (``メモ帳の配布``) is no label.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.slidedeck import is_slide_marker

#: the fewest slide markers that make a deck
_LEAST = 2


@per_rules
def _label(rules: Rules) -> regex.Pattern[str]:
    """A notes label line (NFKC, outer spaces stripped)."""
    ordered = sorted(rules.slide_note_labels, key=len, reverse=True)
    words = "|".join(regex.escape(w) for w in ordered)
    return regex.compile(
        rf"^(?:[\[【<(]\s*(?i:{words})\s*[\]】>)]\s*:?|(?i:{words})\s*:?)\s*$|^(?i:{words})\s*:\s*\S",
    )


def blank_slide_notes(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its slides' speaker-notes blocks as spaces."""
    lowered = text.lower()
    if not any(w.lower() in lowered for w in rules.slide_note_labels):
        return text  # (cheap: no notes word at all)
    lines: list[tuple[int, int, str]] = []  # (start, end, NFKC text stripped)
    at = 0
    for raw in text.split("\n"):
        lines.append((at, at + len(raw), unicodedata.normalize("NFKC", raw).strip("\f \t")))
        at += len(raw) + 1
    markers = [n for n, (_, _, line) in enumerate(lines) if line and is_slide_marker(line, rules)]
    if len(markers) < _LEAST:
        return text
    label = _label(rules)
    chars = list(text)
    number = 0
    while number < len(lines):
        if not lines[number][2] or label.match(lines[number][2]) is None:
            number += 1
            continue
        later = [m for m in markers if m > number]
        stop = later[0] if later else next(
            (n for n in range(number + 1, len(lines)) if not lines[n][2]), len(lines))
        for start, end, _ in lines[number:stop]:
            chars[start:end] = [" " if c not in "\n\f" else c for c in text[start:end]]
        number = stop
    return "".join(chars)


__all__ = ["blank_slide_notes"]
