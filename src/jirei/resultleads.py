"""A sentence announcing the results under it, read as a results heading (decision 3376).

``令和2年度の実績は次のとおり。`` over ``・支援対象者数は目標150人に対し実績163人`` lines says
what a heading ``令和2年度の実績`` says: the lines under it are the results. Written after the
initiatives' bullets with no heading of its own, it ends them; under a results heading it is
no result itself. The tails and endings are data (``rules/figures.toml [prose]
result_lead_tails``, ``result_lead_ends``).
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _lead(rules: Rules) -> regex.Pattern[str] | None:
    """A results lead sentence: group ``head`` the words before the tail; None without
    tails."""
    table = rules.figures_table.get("prose", {})
    tails = sorted(table.get("result_lead_tails", ()), key=len, reverse=True)
    ends = sorted(table.get("result_lead_ends", ()), key=len, reverse=True)
    if not tails:
        return None
    tail = "|".join(regex.escape(t) for t in tails)
    end = "|".join(regex.escape(e) for e in ends) or "(?!)"
    return regex.compile(rf"(?P<head>[^。、「」:]{{2,20}}?)(?:{tail})(?:{end})?\s*[。:]")


@per_rules
def _tails(rules: Rules) -> tuple[str, ...]:
    """The tails of a results lead sentence (``は次のとおり``)."""
    return tuple(rules.figures_table.get("prose", {}).get("result_lead_tails", ()))


def lead_heading(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The heading words of a results lead sentence (``令和2年度の実績は次のとおり。`` →
    ``令和2年度の実績``), else None. Only a whole short line of one sentence is one."""
    stripped = text.strip()
    if not stripped.endswith(("。", ":")) or len(stripped) > 40:
        return None
    if not any(tail in stripped for tail in _tails(rules)):  # cheap precheck
        return None
    pattern = _lead(rules)
    match = pattern.fullmatch(stripped) if pattern is not None else None
    return match["head"] if match is not None else None


__all__ = ["lead_heading"]
