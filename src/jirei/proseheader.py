"""A case header written as a sentence (a press release's ``１　概要``; decision 76)::

    長崎県諫早市と長崎労働局(ハローワーク諫早)は、令和3年4月1日、…に「いさはやワークサポート」
    (一体的実施施設)を開設し、…

place = the text before the joiner (``と``), labour_bureau = the name before the bracket,
hello_work = the office(s) inside it, start_date = the date after the topic (``は、``),
facility_name = the ``「」`` text directly followed by its bracketed kind (facility_type),
then ``を`` and a start marker (``開設``). The words are ``rules.prose_joiners`` /
``prose_topics`` / ``start_markers``. Offsets are into the normalised text.
"""

from __future__ import annotations

import regex

from jirei.header import Field, HeaderFields, header_patterns, read_offices, read_place
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules


def _words(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@per_rules
def _pattern(rules: Rules) -> regex.Pattern[str] | None:
    pattern = None
    if rules.prose_joiners and rules.prose_topics and rules.start_markers:
        pattern = regex.compile(
            r"^\s*(?P<place>[^\s、。()「」]{2,20}?[都道府県市区町村])"
            rf"(?:{_words(rules.prose_joiners)})"
            r"(?P<offices>[^\s、。()「」]{1,15}?労働局(?:\([^()「」]{1,60}\))?)"
            rf"(?:{_words(rules.prose_topics)})、"
            r"(?P<date>[^、。]{4,24}?)、"
            r"[^。]*?「(?P<name>[^「」]{1,40})」\((?P<kind>[^()]{1,30})\)"
            rf"を(?:{_words(rules.start_markers)})"
        )
    return pattern


@per_rules
def _sentences(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    """The header sentences of other word orders (``[prose_header] sentences``)."""
    return tuple(regex.compile(pattern) for pattern in rules.prose_sentences)


def read_prose_header(line: Line, rules: Rules = DEFAULT_RULES) -> HeaderFields | None:
    """The header fields a sentence of ``line`` states, else None."""
    from jirei.values import find_dates

    text = line.text
    if "労働局" not in text or "「" not in text:  # cheap precheck
        return None
    pattern = _pattern(rules)
    match = pattern.match(text) if pattern is not None else None
    for other in _sentences(rules) if match is None else ():
        match = other.match(text)
        if match is not None:
            break
    if match is None:
        return None
    dates = list(find_dates(match.group("date")))
    if len(dates) != 1:
        return None
    at = line.start
    fields: dict[str, Field] = {}
    read_place(match.group("place"), at + match.start("place"), fields)
    if "municipality" not in fields and "prefecture" not in fields:
        return None
    offices: list[Field] = []
    pats = header_patterns(rules)
    read_offices(match.group("offices"), at + match.start("offices"), pats, fields, offices)
    date = dates[0]
    start = at + match.start("date")
    fields["start_date"] = Field(date.value, start + date.start, start + date.end)
    for name, group in (("facility_name", "name"), ("facility_type", "kind")):
        if match.group(group) is not None:  # (a sentence may name no kind)
            # a name broken at the line's end is one name (``いなざわ就労サ`` / ``ポート``, 1968)
            value = _unbroken(match.group(group))
            fields[name] = Field(value, at + match.start(group), at + match.end(group))
    return HeaderFields(fields, tuple(offices))


def headline_above(line: Line, sentence: Line, longest: int = 40) -> bool:
    """Whether ``line`` may be a catch phrase over the header sentence starting on
    ``sentence``: one short line of its own, no sentence (no ``。``), the sentence right
    under it (decision 2451)."""
    text = line.text.strip()
    return (
        0 < len(text) <= longest
        and "。" not in text
        and "労働局" not in text
        and sentence.start == line.end + 1
    )


def _unbroken(value: str) -> str:
    """``value`` without the line breaks (and the spaces around them) a wrapped sentence put
    inside it."""
    if "\n" not in value:
        return value
    return "".join(piece.strip() for piece in value.split("\n"))


__all__ = ["headline_above", "read_prose_header"]
