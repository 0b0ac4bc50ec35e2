"""Other-results items as a programme's evaluation writes them (decision 1987):

* a lead phrase naming the kind of item, run on into the sentence
  (``その他の実績として、職場見学会を…``): an other-results heading alias followed by
  ``として`` and a comma is cut off the item;
* a grade line (``評価　Ａ``, ``総合評価：Ｂ``; ``[sub_entries] grade_labels`` of
  ``header.toml``): the authoring body's evaluation, no result of the case;
* a note line (``（注）…``; ``[sub_entries] note_leads``): a note, no result (decision 1993);
* a pointer (``付表の表Aのとおり。``, ``別紙２を参照``; ``figures.toml`` ``pointer_ends``): a short
  line that only sends the reader to another part of the document, no result (decision 2568).
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _patterns(rules: Rules) -> tuple[regex.Pattern[str], regex.Pattern[str] | None]:
    aliases = sorted(
        (k for k, v in rules.sections.items() if v == "other_results" and len(k) >= 3),
        key=len, reverse=True,
    )
    lead = regex.compile(
        r"^\s*(?:" + "|".join(regex.escape(a) for a in aliases) + r")\s*として\s*[、,，]\s*"
        if aliases else r"(?!)"
    )
    labels = sorted(rules.grade_labels, key=len, reverse=True)
    grade = (
        regex.compile(
            r"^\s*(?:" + "|".join(regex.escape(w) for w in labels)
            + r")\s*[:：]?\s*[A-ES◎○△×](?:\s*[(（][^()（）]{0,30}[)）])?\s*$"
        )
        if labels else None
    )
    return lead, grade


def other_item(text: str, rules: Rules = DEFAULT_RULES) -> int | None:
    """How many characters of an other-results item ``text`` are its lead phrase (0: none);
    None when the line is a grade, no item."""
    lead, grade = _patterns(rules)
    normal = unicodedata.normalize("NFKC", text)
    if grade is not None and len(normal) <= 40 and grade.match(normal):
        return None
    if rules.note_leads and normal.lstrip().startswith(tuple(rules.note_leads)):
        return None  # ``（注）…``: a note (decision 1993)
    if _pointer(normal, rules):
        return None  # ``付表の表Aのとおり。``: the results stand elsewhere (decision 2568)
    found = lead.match(normal)
    if found is None or len(normal) != len(text) or found.end() >= len(normal):
        return 0
    return found.end()


#: the longest line read as a pointer to another part of the document
_MAX_POINTER = 30


def _pointer(normal: str, rules: Rules) -> bool:
    """Whether a short line only points the reader to another part of the document
    (``付表の表Aのとおり。``, ``別紙2を参照``; ``figures.toml`` ``pointer_ends``)."""
    ends = tuple(rules.figures_table.get("pointer_ends", ()))
    body = normal.strip().rstrip("。.")
    return bool(ends) and 0 < len(body) <= _MAX_POINTER and body.endswith(ends)


__all__ = ["other_item"]
