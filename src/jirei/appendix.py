"""Results tables printed after all the cases (decision 1184)::

    付表　平成２９年度実績
    （注）数値は「実績（目標）」の順。
    表Ａ　川越市
    区分　　　　　　実績（目標）　　　達成率
    支援対象者数　　２１０人（２００人）　　105.0％

The appendix starts at a line of the last case opening with one of
``rules.appendix_headings``; each table in it starts at a caption line opening with one of
``rules.appendix_tables`` and a letter or number. The last case ends before the appendix,
and each table goes to the case whose municipality or facility its caption names, else to
the case whose label ends with the caption's letter or number (``事例Ａ`` ↔ ``表Ａ``). The
notes between the heading and the first caption stay unread (a table's header row says
the order of its cells: ``実績（目標）``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex
from attrs import frozen

from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.segment import Case, Segmentation

_MARKS = "■□◆◇●○◎▼▽【】<>()"


@frozen
class AppendixTable:
    """One table of the appendix: its caption line, the letter or number after the caption
    word, and the lines under the caption."""

    caption: Line
    key: str
    lines: tuple[Line, ...]


@frozen
class Appendix:
    """The heading line of an appendix and its tables."""

    heading: Line
    tables: tuple[AppendixTable, ...]


def _words(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@per_rules
def _patterns(rules: Rules) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    if not (rules.appendix_headings and rules.appendix_tables):
        return None
    marks = regex.escape(_MARKS)
    # a heading, not a sentence pointing to it (``付表の表Ａのとおり。``)
    heading = regex.compile(
        rf"^\s*[{marks}]?\s*(?:{_words(rules.appendix_headings)})(?![のをはにでと、。])[^。]*$"
    )
    table = regex.compile(
        rf"^\s*[{marks}]?\s*(?:{_words(rules.appendix_tables)})\s*(?P<key>[A-Za-z0-9]{{1,2}})(?:\s|$|[:.])"
    )
    return heading, table


def split_appendix(
    seg: Segmentation, rules: Rules = DEFAULT_RULES
) -> tuple[Segmentation, Appendix | None]:
    """``seg`` with its last case cut before an appendix of results tables, and the
    appendix; ``seg`` itself and None when the last case holds none."""
    patterns = _patterns(rules)
    if patterns is None or len(seg.cases) < 2:
        return seg, None
    heading_pattern, table_pattern = patterns
    last = seg.cases[-1]
    infos = seg.lines
    # the appendix inside the last case, or after it where the case was already cut
    # before the appendix (its heading read as the end of the cases, decision 2530)
    start = next(
        (
            i
            for i in range(last.body, len(infos))
            if not infos[i].line.blank and heading_pattern.match(infos[i].line.text)
        ),
        None,
    )
    if start is None:
        return seg, None
    end = last.stop if start < last.stop else len(infos)
    tables: list[AppendixTable] = []
    caption: Line | None = None
    key = ""
    rows: list[Line] = []
    for info in infos[start + 1 : end]:
        line = info.line
        found = table_pattern.match(line.text)
        if found is not None:
            if caption is not None:
                tables.append(AppendixTable(caption, key, tuple(rows)))
            caption, key, rows = line, found.group("key"), []
        elif caption is not None:
            rows.append(line)
    if caption is not None:
        tables.append(AppendixTable(caption, key, tuple(rows)))
    if not tables:
        return seg, None
    stop = min(start, last.stop)
    while stop > last.body and infos[stop - 1].line.blank:
        stop -= 1
    cut = attrs.evolve(last, stop=stop)
    return attrs.evolve(seg, cases=(*seg.cases[:-1], cut)), Appendix(
        infos[start].line, tuple(tables)
    )


def case_key(seg: Segmentation, case: Case, rules: Rules = DEFAULT_RULES) -> str | None:
    """The letter or number that ends the label opening ``case`` (``事例Ａ`` → ``A``)."""
    from jirei.caselabel import label_length

    for index in range(case.first, case.body):
        text = seg.lines[index].text
        length = label_length(text, rules)
        if length:
            found = regex.search(r"([A-Za-z0-9]{1,2})\s*$", text[:length])
            return found.group(1) if found else None
    return None


def owner(
    table: AppendixTable,
    places: Sequence[tuple[str | None, str | None]],
    keys: Sequence[str | None],
) -> int | None:
    """The index of the case a table goes to: the one whose municipality or facility name
    its caption names (only one), else the one whose label key equals the caption's."""
    text = table.caption.text
    named = [
        n
        for n, (municipality, facility) in enumerate(places)
        if (municipality and municipality in text) or (facility and facility in text)
    ]
    if len(named) == 1:
        return named[0]
    keyed = [n for n, key in enumerate(keys) if key is not None and key == table.key]
    return keyed[0] if len(keyed) == 1 else None


__all__ = ["Appendix", "AppendixTable", "case_key", "owner", "split_appendix"]
