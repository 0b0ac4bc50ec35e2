"""Whether a line is a web page's or a document's furniture, read whole (decision 3472,
branch press-s18).

A news page copied as text keeps its site's furniture around the article: the breadcrumb
(``トップ ＞ 地域 ＞ …``), the account links (``ログイン　|　会員登録``), the share buttons
(``この記事をシェア　f　X　LINE``), the copyright. None of them is a headline. A line is
furniture when it matches, whole and stripped, one of ``rules.furniture_lines`` or of
``harvest_table.web_marks`` (the marks that make a document a web copy).
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: the longest line read as furniture
_LONGEST = 80


@per_rules
def _furniture(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    listed = [*rules.furniture_lines, *rules.harvest_table.get("web_marks", ())]
    if not listed:
        return None
    return regex.compile("^(?:" + "|".join(f"(?:{p})" for p in listed if p) + ")$")


def is_web_furniture(line: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether the NFKC ``line`` (stripped here) is furniture by the rules' whole-line
    patterns (``furniture_lines``, ``web_marks``)."""
    body = line.strip()
    if not body or len(body) > _LONGEST:
        return False
    found = _furniture(rules)
    return found is not None and found.match(body) is not None


__all__ = ["is_web_furniture"]
