"""A results line headed by its own section heading (decisions 3281-3283)::

    ［令和２年度実績］支援対象者数 ２１４人（目標１８０人以上）／就職者数 １３２人
    【実績】就職者数　45人／支援対象者数　60人
    ◆令和4年度の実績：支援対象者数 120人（目標100人）

A results heading (any alias of kind ``results`` in ``sections.toml``, after a fiscal year)
run on into the figures it heads, in brackets or before a colon, with a metric name and a
figure (or a role word) right after it. Such a line is the results part of a case even when
no heading line stands over it, so the fallback segmentation anchors a case on it.
"""

from __future__ import annotations

import regex

from jirei.items import is_results_line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import heading_key

#: the heading run on before the figures: in a pair of brackets, or before a colon
_LEAD = regex.compile(
    r"^[\s■□◆◇●○◎・★☆▼▽▶▷]*"
    r"(?:[【\[〔<《〈(](?P<head>[^】\]〕>》〉()]{1,16})[】\]〕>》〉)]\s*[:：]?"
    r"|(?P<head>[^\s:：【】\[\]()]{1,16})\s*[:：])\s*"
)
#: closing brackets and colons: a line holding none has no run-on heading (the precheck)
_CLOSERS = ("】", "]", "〕", ">", "》", "〉", ")", ":", "：")


def headed_results(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` is a results heading run on into its metrics (see the module)."""
    if not any(mark in text for mark in _CLOSERS):
        return False
    match = _LEAD.match(text)
    if match is None:
        return False
    if rules.sections.get(heading_key(match.group("head"), rules)) != "results":
        return False
    return is_results_line(text[match.end() :], rules)


__all__ = ["headed_results"]
