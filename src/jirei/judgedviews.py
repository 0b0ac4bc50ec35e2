"""A stakeholder's judgement reported in the third person (decisions 3208-3210)::

    …が成果につながっていると福島労働局は評価している。
    奈良労働局は、紹介件数が目標をわずかに下回ったものの、…と評価している。
    本市では、…につながったと分析している。

A sentence closed by a verb of judgement (``[views] verbs`` in ``rules/quotes.toml``) whose
subject, right before its particle, is a named stakeholder (a speaker of a role other than
``other`` by ``rules.comment_roles``) is that stakeholder's comment: the speaker is the name
as written, the text the whole sentence as written (name and verb included). The subject may
open the sentence (``X は、…と評価している``) or stand after the quotation's ``と``
(``…と X は評価している``). A sentence of no stakeholder (``事業の成果は…と評価している``)
is none. Only lines holding a verb of the table are looked at.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.comments import CommentParts, role_of
from jirei.lines import Line
from jirei.model import Comment
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: one sentence: up to and including its ``。`` (or the line's end)
_SENTENCE = regex.compile(r"[^。]+。?")


@per_rules
def _table(
    rules: Rules = DEFAULT_RULES,
) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """A search for any verb of judgement (the cheap precheck of a line and a sentence)
    and the pattern of a sentence closed by one of them."""
    table = rules.quotes_table.get("views", {})
    verbs = tuple(table.get("verbs", ()))
    particles = tuple(table.get("particles", ("は", "では", "も")))
    if not verbs:
        return None, None
    verb = "|".join(regex.escape(v) for v in sorted(verbs, key=len, reverse=True))
    particle = "|".join(regex.escape(p) for p in sorted(particles, key=len, reverse=True))
    name = r"[^\s、。,，:：「」『』()（）]{2,30}?"
    pattern = regex.compile(
        rf"^(?:(?P<first>{name})(?:{particle})[、,]?\s*(?=\S).+?と\s*(?:{verb})"
        rf"|.+?と[、,]?\s*(?P<late>{name})(?:{particle})[、,]?\s*(?:{verb}))\s*。?$"
    )
    return regex.compile(verb), pattern


def judged_views(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> list[tuple[CommentParts, bool]]:
    """The third-person judgements of named stakeholders in ``lines``, in the text's order,
    each with whether it opens its line (a paragraph of its own, not a speaker's words)."""
    verb, pattern = _table(rules)
    if verb is None or pattern is None:
        return []
    has_verb = verb.search
    found: list[tuple[CommentParts, bool]] = []
    for line in lines:
        text = line.text
        if has_verb(text) is None:
            continue
        for sentence in _SENTENCE.finditer(text):
            raw = sentence.group()
            body = raw.strip()
            if has_verb(body) is None:
                continue
            hit = pattern.match(body)
            if hit is None:
                continue
            group = "first" if hit.group("first") else "late"
            speaker = hit.group(group)
            role = role_of(speaker, rules)
            if role == "other":
                continue
            offset = line.start + sentence.start() + (len(raw) - len(raw.lstrip()))
            opens = not text[: offset - line.start].strip()
            found.append((
                CommentParts(
                    speaker=speaker,
                    speaker_start=offset + hit.start(group),
                    speaker_end=offset + hit.end(group),
                    role=role,
                    text=body,
                    start=offset,
                    end=offset + len(body),
                ),
                opens,
            ))
    return found


def without_view(comment: Comment, view: str, before: int) -> Comment:
    """``comment`` without the judgement ``view`` glued to its end as a paragraph of its
    own, its span ending at ``before`` (an offset into the original text)."""
    span = comment.span
    if span is not None and span.end > before:
        kept = tuple(part for part in span.parts if part[1] <= before)
        span = attrs.evolve(span, end=before, parts=kept if len(kept) >= 2 else (), boxes=())
    return attrs.evolve(comment, text=comment.text[: -len(view)].rstrip(), span=span)


__all__ = ["judged_views", "without_view"]
