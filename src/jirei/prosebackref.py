"""An opening told a few sentences after the facility is named, by a word pointing back to it
(decision 3471, branch press-s18).

A news article names the facility in its lead (``…が共同で設けた就労支援窓口「…」で、…``) and
tells when it opened in a later paragraph, naming it again only as ``同窓口``: ``同窓口は平成
２７年６月１日、…協定に基づき開設された。``. Other writers point back with ``当センター``,
``本コーナー``, ``この施設``. A sentence opening with such a reference (``[prose]
back_references`` before a facility word or one of ``back_nouns``) in the rest of the naming
paragraph or the next one, holding a start word and a full date, dates the facility. A
sentence naming another facility in 「」, a rule line, or the end of the next paragraph ends
the search.
"""

from __future__ import annotations

import datetime as _dt

import regex

from jirei.proseparts import _alt, _Patterns, _sentences
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values.dates import find_dates

#: how far after the naming sentence the reference may stand (characters)
_REACH = 600
#: how many paragraph breaks (blank lines) the search may cross
_PARAGRAPHS = 1
_BLANK = regex.compile(r"\n[ \t]*\n")


@per_rules
def _reference(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """A sentence opening with a word pointing back to a facility (``同窓口は``)."""
    table = rules.figures_table.get("prose", {})
    refs = table.get("back_references", ())
    nouns = (*table.get("facility_words", ()), *table.get("back_nouns", ()))
    if not refs or not nouns:
        return regex.compile("(?!)")
    return regex.compile(
        rf"[ \t]*(?:[^\s、。「」]{{1,6}}[、,])?(?:{_alt(refs)})(?:{_alt(nouns)})(?:は|が|では|も)"
    )


def dated_by_reference(
    text: str, dates_text: str, after: int, pats: _Patterns, rules: Rules = DEFAULT_RULES
) -> tuple[_dt.date | None, int, int] | None:
    """The opening date (with its offsets) a sentence after ``after`` gives the facility named
    before it by pointing back to it (``同窓口は…開設``), else None."""
    table = rules.figures_table.get("prose", {})
    window = text[after : after + _REACH]
    if not any(word in window for word in table.get("back_references", ())):
        return None  # cheap precheck: no word pointing back
    reference = _reference(rules)
    hi = min(len(text), after + _REACH)
    crossed = 0
    for blank in _BLANK.finditer(text, after, hi):  # the naming paragraph's rest, one more
        crossed += 1
        if crossed > _PARAGRAPHS:
            hi = blank.start()
            break
    for a, b in _sentences(text, after, hi):
        if pats.facility.search(text, a, b):
            return None  # another facility named: no reference to this one
        line_start = text.rfind("\n", 0, a) + 1
        if text[line_start:a].strip() == "" and regex.match(r"[ \t]*[━─―—=\-_]{4,}", text[a:b]):
            return None  # a rule line: another block
        if not reference.match(text, a, b) or not pats.start.search(text, a, b):
            continue
        for f in find_dates(dates_text[a:b], rules):
            v = f.value
            return (_dt.date(v.year, v.month, v.day), a + f.start, a + f.end)
    return None


__all__ = ["dated_by_reference"]
