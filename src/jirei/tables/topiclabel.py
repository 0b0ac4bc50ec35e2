"""A label spoken as a sentence's topic (``docs/reading-rules.md``, meet7b; decision 2050)::

    支援対象者数は、目標240人以上に対し実績263人、達成率109.6%でした。

A reader taking the text before the first in-cell word as the label keeps the topic particle
and its comma (``支援対象者数は、``): the label is the text before them. The particles are
``rules.sentence_topics`` and ``rules.sentence_subjects`` (``は``, ``については``).
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _topic_tail(rules: Rules) -> regex.Pattern[str] | None:
    """A topic particle closing a raw label, with its comma and spaces."""
    words = sorted({*rules.sentence_topics, *rules.sentence_subjects}, key=len, reverse=True)
    if not words:
        return None
    spelled = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"(?<=\S\S)\s*(?:{spelled})\s*[、,]?\s*$")


def topic_cut(raw: str, rules: Rules = DEFAULT_RULES) -> int:
    """The length of ``raw`` (a label as written) before a closing topic particle, else
    ``len(raw)``."""
    pattern = _topic_tail(rules)
    found = pattern.search(raw) if pattern is not None else None
    return found.start() if found is not None else len(raw)
