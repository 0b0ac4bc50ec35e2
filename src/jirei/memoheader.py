"""A case header written as one memo sentence with the facility as its topic (decision 1180)::

    施設メモ:こまつ仕事サポート(一体的実施施設)は、小松市と石川労働局(ハローワーク小松)が
    H27.10.1に市役所本庁舎に開設した。
    あかし就労プラザは、明石市と兵庫労働局(ハローワーク明石)が共同で設置した常設窓口で、
    平成28年10月3日に業務を開始した。

facility_name = the topic before ``は`` (its ``「」`` dropped; a short label word and a colon
or space before it are no part of it), facility_type = the bracket after the name, else a
listed kind (``rules.facility_types``) right after ``した``; place = the text before the
joiner (``rules.prose_joiners``), labour_bureau = the name before ``が`` with its offices in
brackets, start_date = the one date between ``が`` and the start word
(``rules.start_markers``). Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from jirei.header import Field, HeaderFields, header_patterns, read_offices, read_place
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values import find_dates


def _words(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@per_rules
def _pattern(rules: Rules) -> regex.Pattern[str] | None:
    if not (rules.prose_joiners and rules.start_markers):
        return None
    return regex.compile(
        r"(?:^|(?<=[\s:]))(?P<name>「[^「」\n]{1,40}」|[^\s、。()「」:【】<>]{2,40}?)"
        r"(?:\((?P<kind>[^()\n]{1,30})\))?は、?\s*"
        r"(?P<place>[^\s、。()「」]{2,20}?[都道府県市区町村])"
        rf"(?:{_words(rules.prose_joiners)})\s*"
        r"(?P<offices>[^\s、。()「」]{1,15}?労働局(?:\([^()「」]{1,60}\))?)が"
        rf"(?P<rest>[^。]{{4,80}}?)(?P<marker>{_words(rules.start_markers)})"
    )


@per_rules
def _kind_after(rules: Rules) -> regex.Pattern[str] | None:
    if not rules.facility_types:
        return None
    return regex.compile(rf"した\s*(?P<kind>{_words(rules.facility_types)})(?=[でありある。、])")


def read_memo_header(
    lines: Sequence[Line],
    rules: Rules = DEFAULT_RULES,
    removed_space: Callable[[int, int], bool] | None = None,
) -> HeaderFields | None:
    """The header fields the first memo sentence among ``lines`` states (a sentence may
    run over the next lines while no blank line parts them), else None. ``removed_space(a,
    b)`` says whether normalisation removed a space between offsets ``a < b``: a label word
    parted from the name by one space (``メモ　name``) is then no part of the name."""

    pattern = _pattern(rules)
    if pattern is None:
        return None
    for n, line in enumerate(lines):
        if "労働局" not in line.text or "は" not in line.text:  # cheap precheck
            continue
        text, start = line.text, line.start
        for more in lines[n + 1 : n + 3]:  # a sentence wrapped by the PDF
            if more.blank or more.start != start + len(text) + 1:
                break
            text = f"{text}\n{more.text}"
        match = pattern.search(text)
        if match is None:
            continue
        dates = list(find_dates(match.group("rest")))
        if len(dates) != 1:
            continue
        fields: dict[str, Field] = {}
        read_place(match.group("place"), start + match.start("place"), fields)
        if "municipality" not in fields and "prefecture" not in fields:
            continue
        offices: list[Field] = []
        read_offices(
            match.group("offices"),
            start + match.start("offices"),
            header_patterns(rules),
            fields,
            offices,
        )
        date = dates[0]
        at = start + match.start("rest")
        fields["start_date"] = Field(date.value, at + date.start, at + date.end)
        name_at, name_end = match.start("name"), match.end("name")
        if match.group("name").startswith("「"):
            name_at, name_end = name_at + 1, name_end - 1
        elif removed_space is not None:  # ``メモ　name``: the label and one wide space
            for cut in range(name_end - 3, name_at - 1, -1):
                if removed_space(start + cut, start + cut + 2):
                    name_at = cut + 1
                    break
        fields["facility_name"] = Field(text[name_at:name_end], start + name_at, start + name_end)
        if match.group("kind") is not None:
            kind_at, kind_end = match.start("kind"), match.end("kind")
        else:
            after = _kind_after(rules)
            sentence_end = text.find("。", match.start("rest"))
            found = (
                after.search(
                    text, match.start("rest"), len(text) if sentence_end < 0 else sentence_end
                )
                if after is not None
                else None
            )
            kind_at, kind_end = (found.start("kind"), found.end("kind")) if found else (-1, -1)
        if kind_at >= 0:
            fields["facility_type"] = Field(
                text[kind_at:kind_end], start + kind_at, start + kind_end
            )
        return HeaderFields(fields, tuple(offices))
    return None


def merge_memo(header: HeaderFields, memo: HeaderFields) -> HeaderFields:
    """``header`` with what ``memo`` states: a memo field wins over a header field read
    from inside the memo sentence (the same words read by a coarser shape), and fills the
    fields the header lacks."""
    first = min(field.start for field in memo.fields.values())
    last = max(field.end for field in memo.fields.values())

    def inside(field: Field) -> bool:
        return first <= field.start and field.end <= last + 1

    fields = dict(header.fields)
    for name, field in memo.fields.items():
        if name not in fields or inside(fields[name]):
            fields[name] = field
    hello = header.hello_work
    if memo.hello_work and (not hello or all(inside(f) for f in hello)):
        hello = memo.hello_work
    return HeaderFields(fields, hello, header.asides)


__all__ = ["merge_memo", "read_memo_header"]
