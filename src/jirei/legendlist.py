"""A numbered list of places, each over the header facts of its case, read as a case list
(decisions 3446-3449, branch apart3-s17).

A report may open with a map and its legend, or an index, numbering the facilities it
describes: ``①　岡山県倉敷市`` (NFKC: ``1 岡山県倉敷市``), ``(2) 広島県福山市``,
``3. 山口県下関市``, each over indented lines stating the facility, the labour bureau and
Hello Work offices and the start date. Such a list is the cases' front list, as a table of
the same facts is (``jirei.tables.caselist``): its entries open the cases, and the later
blocks headed by their number or place are their parts (``jirei.listedparts``,
``jirei.gatheredparts``).
An entry is one only when its first line is a number and a place alone (a prefecture and a
municipality) and its lines under it are short fact lines, no sentence, reading a header fact
beside the place; the list needs two entries at least, numbered 1, 2, … one after another.
A numbered place over a paragraph (``（１）香川県高松市`` over its story) is a case heading,
no legend.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.header import read_header
from jirei.lines import Line
from jirei.plainheader import is_place_line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.caselist import CaseList, CaseRow

#: an entry's first line: a list number (a circled one as NFKC writes it, bracketed,
#: stopped) and the place after it
_ENTRY = regex.compile(
    r"^\s*(?:No\.?\s*)?(?:\(\s*(?P<n>\d{1,2})\s*\)|(?P<n>\d{1,2})\s*[.、)]?)\s*(?P<place>\S.*?)\s*$"
)

#: the longest fact line under an entry (a facility, a bureau and its offices, a date)
_FACT_WIDTH = 60

#: the header facts beside the place that make an entry one
_FACTS = ("facility_name", "labour_bureau", "start_date")


def may_hold_legend(lines: Sequence[Line]) -> bool:
    """A cheap precheck: a line opening with a list number."""
    return any(_ENTRY.match(line.text) is not None for line in lines)


def read_legend(
    lines: Sequence[Line], text: str, rules: Rules = DEFAULT_RULES
) -> CaseList | None:
    """The case list a numbered list of places over their header facts among ``lines`` (of
    the normalised ``text``) makes, else None."""
    entries: list[tuple[int, Line, list[Line]]] = []
    current: tuple[int, Line, list[Line]] | None = None
    for line in lines:
        found = _ENTRY.match(line.text) if line.text.strip() else None
        if found is not None and is_place_line(found.group("place")):
            if current is not None:
                entries.append(current)
            place = Line(found.group("place"), line.start + found.start("place"))
            current = (int(found.group("n")), place, [])
            continue
        if current is None:
            continue
        if not line.text.strip():
            if current[2]:
                entries.append(current)
                current = None
            continue
        if "。" in line.text or len(line.text.strip()) > _FACT_WIDTH:  # a sentence: no fact line
            return None
        lead = len(line.text) - len(line.text.lstrip())
        current[2].append(Line(line.text.strip(), line.start + lead))
    if current is not None:
        entries.append(current)
    entries = _numbered_run(entries)
    if entries is None:
        return None
    rows: list[CaseRow] = []
    for number, place, under in entries:
        header = read_header(text, [place, *under], rules)
        municipality = header.fields.get("municipality")
        if municipality is None or not (
            header.hello_work or any(name in header.fields for name in _FACTS)
        ):
            return None
        end = under[-1].end if under else place.end
        rows.append(
            CaseRow(
                number=number, municipality=str(municipality.value), header=header,
                metrics=(), start=place.start, end=end,
            )
        )
    return CaseList(rows=tuple(rows))


def _numbered_run(
    entries: list[tuple[int, Line, list[Line]]],
) -> list[tuple[int, Line, list[Line]]] | None:
    """The entries numbered 1, 2, … one after another (two at least), else None."""
    if len(entries) < 2 or [n for n, _, _ in entries] != list(range(1, len(entries) + 1)):
        return None
    if not all(under for _, _, under in entries):
        return None
    return entries
