"""Note marks written after a metric's name, blanked (decision 2021, branch guard7).

A report that defines its metrics in footnotes marks each name where it is used:
``支援対象者数※1　目標 300人 ⇒ 実績 312人（104.0%）``, ``就職者数*2：…``, ``就職率（注3）　60.1%``.
The mark is no part of the name, and it stands between the name and its figures where every
reader of results lines wants only spaces, a colon or a role word (``目標``), so a line so
marked read as no metric at all. A mark right after a metric name of ``rules.metrics``
(``※``, ``*``, ``＊``, ``†`` with at most two digits; ``注`` with digits; either in brackets)
that is followed by a space, a colon, a cell border, an arrow, a role word's first letter, a
figure or the line's end is blanked here, before the readers see the line. The note itself
(``※1 支援対象者数：…`` opening its line) is left as written: its mark follows no name. A
mark followed by anything else (``就職者数※は…``) is left too. The length of the text never
changes, so every offset still points at the same original character.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: characters a note mark may open with (the cheap whole-text precheck)
_OPENERS = ("※", "*", "＊", "注", "†", "‡")
_DIGIT = "[0-9０-９]"
#: a note mark: ``※1``, ``*2``, ``†``, ``注3``, ``(※1)``, ``（注2）``, ``(*)``
_MARK = (
    rf"(?:[(（]\s*[※*＊注†‡]\s*{_DIGIT}{{0,2}}\s*[)）]"
    rf"|[※*＊†‡]{_DIGIT}{{0,2}}(?!{_DIGIT})|注{_DIGIT}{{1,2}}(?!{_DIGIT}))"
)
#: what may follow a mark that points at a name's figures
_AFTER = r"(?=[ \t\u3000:：|｜,，、)）⇒→▶➡＞>=＝目実達計前年令平Ｒ]|[0-9０-９]|$)"


@per_rules
def _pattern(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    names = sorted((n for n in rules.metrics if n), key=len, reverse=True)
    if not names:
        return None
    joined = "|".join(regex.escape(n) for n in names)
    return regex.compile(rf"(?P<name>{joined})(?P<mark>{_MARK}){_AFTER}", regex.MULTILINE)


def blank_metric_notes(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the note marks right after a metric's name blanked (same length)."""
    if not any(mark in text for mark in _OPENERS):
        return text
    pattern = _pattern(rules)
    if pattern is None:
        return text
    return pattern.sub(lambda m: m["name"] + " " * len(m["mark"]), text)


__all__ = ["blank_metric_notes"]
