"""A start-date label standing right before a header's date (decision 3606, branch core-s18).

A header may give the facility, its place and its date on lines of their own, the date
behind a label of its own, in a box or a bracket::

    ひろしま就労応援プラザ（一体的実施施設）
    広島県広島市／広島労働局／ハローワーク広島
    ┌──────────────────┐
    │　開始日　平成25年10月1日　│
    └──────────────────┘

The text before a header's date is read as the facility's name; when the name stands on
another line, that text is only the date's label (``開始日：``, ``［事業開始］``, ``開設日　``),
no name. Which words are start-date labels is data: the ``start_date`` field labels and the
``start_markers`` of ``rules/header.toml``.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _trailing_label(rules: Rules) -> regex.Pattern[str]:
    """A start-date label (bracketed or not, a colon or spaces after it) closing a text."""
    words = {label for label, kind in rules.field_labels.items() if kind == "start_date"}
    words.update(rules.start_markers)
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    if not alternatives:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"(?:[【<《〈\[(]\s*(?:{alternatives})\s*[】>》〉\])]|(?:{alternatives}))"
        r"\s*[:]?\s*$"
    )


def date_label_start(text: str, rules: Rules = DEFAULT_RULES) -> int | None:
    """Where a start-date label closing ``text`` (the text before a date) begins, when
    only spaces stand before it on its line; else None."""
    match = _trailing_label(rules).search(text)
    if match is None:
        return None
    line_start = text.rfind("\n", 0, match.start()) + 1
    if text[line_start : match.start()].strip():
        return None  # (``name 開始日：``: the label follows a name on its line)
    return match.start()


__all__ = ["date_label_start"]
