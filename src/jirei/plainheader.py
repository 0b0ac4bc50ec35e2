"""A header written as separate unbracketed lines before the headline
(``corpus/README.md`` decision 58)::

    埼玉県　所沢市                     place: a prefecture and a municipality
    埼玉労働局　ハローワーク所沢       bureau and office(s)
    ところざわ就労支援センター         facility (a bracketed kind optional)
    平成２８年１０月３日開設           start date, closed by a start word

Each line fills its fields as the parts of a split bracket header do. Offsets are into the
normalised text (where the single space of ``埼玉県　所沢市`` is already gone).
"""

from __future__ import annotations

import regex

from jirei.places import split_prefecture
from jirei.rules import DEFAULT_RULES, Rules

# The municipality part of a place line (one municipality, or two joined with ・).
_MUNICIPALITY = regex.compile(r"^[^\s、。()]{1,20}?(?:市|区|町|村)$")
_NAME_MAX = 40
# A place, a gap of two spaces or more (or a tab), then the rest of the line.
_PLACE_HEAD = regex.compile(r"^\s*(\S{3,30}?)(?:\s{2,}|\t)\s*\S")
#: What a municipality (the end of a place) ends with.
_MUNICIPALITY_END = regex.compile("[市区町村]")


def is_place_line(text: str) -> bool:
    """A line that is only a prefecture and a municipality (``埼玉県所沢市``)."""
    text = text.strip()
    if not text or len(text) > 30 or text[-1] not in "市区町村":
        return False
    prefecture, rest = split_prefecture(text)
    return prefecture is not None and bool(_MUNICIPALITY.match(rest.strip()))


def place_head(text: str) -> int | None:
    """Where the place ends on a line opening with a prefecture and a municipality, then a
    wide gap and more (``石川県金沢市　　name（kind）``, decision 601); else None."""
    if _MUNICIPALITY_END.search(text) is None:  # exact precheck: the place ends in one
        return None
    match = _PLACE_HEAD.match(text)
    if match is None or not is_place_line(match.group(1)):
        return None
    return match.end(1)


def is_office_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """A line naming the labour bureau and / or Hello Work office(s), nothing else."""
    text = text.strip()
    if not text or len(text) > 60 or "。" in text or ("、" in text and "ハローワーク" not in text):
        return False
    words = ("労働局", *rules.hello_work_prefixes, *rules.hello_work_suffixes)
    return any(word in text for word in words) and not text.endswith(("から", "より"))


def is_name_line(text: str) -> bool:
    """A short line that may be the facility's name (no sentence, no clause break)."""
    text = text.strip()
    return 0 < len(text) <= _NAME_MAX and not any(char in text for char in "。、:")


__all__ = ["is_name_line", "is_office_line", "is_place_line", "place_head"]
