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

from jirei.caselabel import label_length
from jirei.header import read_header
from jirei.lines import Line
from jirei.places import prefectures_of
from jirei.plainheader import is_place_line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.caselist import CaseList, CaseRow, block_number

#: an entry's first line: a list number (a circled one as NFKC writes it, bracketed,
#: stopped) and the place after it
_ENTRY = regex.compile(
    r"^\s*(?:No\.?\s*)?(?:\(\s*(?P<n>\d{1,2})\s*\)|(?P<n>\d{1,2})\s*[.、)]?)\s*(?P<place>\S.*?)\s*$"
)

#: a contents line's page reference closing an entry: a gap or leaders, then the page
#: (``…………　p.2``, ``　　4``, ``・・・・・ 12頁``; leaders alone too: the page lost)
_PAGE_TAIL = regex.compile(
    r"(?:(?:\s{2,}|\t|\s*[.…・‥·]{3,}\s*)(?:[pP]\.?\s*)?\d{1,3}\s*(?:頁|ページ)?|\s*[.…・‥·]{3,})\s*$"
)

#: a place and what stands in brackets after it (``盛岡市（岩手労働局・ハローワーク盛岡）``)
_PLACE_BRACKET = regex.compile(r"^(?P<place>[^\s()【】\[\]〔〕]{2,30}?)\s*[(【\[〔]")

#: the longest fact line under an entry (a facility, a bureau and its offices, a date)
_FACT_WIDTH = 60

#: the header facts beside the place that make an entry one
_FACTS = ("facility_name", "labour_bureau", "start_date")


def may_hold_legend(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """A cheap precheck: a line opening with a list number or a case label."""
    return any(
        _ENTRY.match(line.text) is not None or label_length(line.text, rules)
        for line in lines
    )


def read_legend(
    lines: Sequence[Line], text: str, rules: Rules = DEFAULT_RULES
) -> CaseList | None:
    """The case list a numbered list of places over their header facts among ``lines`` (of
    the normalised ``text``) makes, else None."""
    entries: list[tuple[int, Line, list[Line]]] = []
    current: tuple[int, Line, list[Line]] | None = None
    for line in lines:
        found = _numbered(line.text, rules) if line.text.strip() else None
        entry = _entry_place(line.text[found[1] :]) if found is not None else None
        if found is not None and entry is not None:
            if current is not None:
                entries.append(current)
            lead = len(line.text[found[1] :]) - len(line.text[found[1] :].lstrip())
            place = Line(entry, line.start + found[1] + lead)
            current = (found[0], place, [])
            continue
        if current is None:
            continue
        if _PAGE_TAIL.search(line.text) is not None:  # another contents entry (3487)
            entries.append(current)
            current = None
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
    if not all(under or _bracketed(place.text) for _, place, under in entries):
        return None
    return entries


def _numbered(text: str, rules: Rules) -> tuple[int, int] | None:
    """An entry's number and where its text after the number starts: a list number
    (``1.``, ``（２）``, ``No.3``) or a case label (``事例１``, decision 3487), else None."""
    found = _ENTRY.match(text)
    if found is not None:
        return int(found.group("n")), found.start("place")
    length = label_length(text, rules)
    number = block_number(text, length) if length else None
    return (number, length) if number is not None and length < len(text.rstrip()) else None


def _entry_place(text: str) -> str | None:
    """An entry's text without a contents line's page reference, when it is a place alone
    (a prefecture and a municipality, decision 3446) or a place its prefecture is known of
    with its bureau and offices after it in brackets (``盛岡市（岩手労働局・ハローワーク盛岡）``,
    a 目次 entry: decision 3487), written as the header reader reads them (the offices in
    round brackets; offsets stay the text's); else None."""
    text = _PAGE_TAIL.sub("", text).strip()
    if is_place_line(text):
        return text
    bracket = _PLACE_BRACKET.match(text)
    if bracket is not None and _is_place(bracket.group("place")) and text[-1] in ")】]〕":
        return text[: bracket.end() - 1] + "(" + text[bracket.end() : -1] + ")"
    return None


def _is_place(text: str) -> bool:
    """A place: a prefecture and a municipality, or a municipality some prefecture has."""
    return is_place_line(text) or (text[-1] in "市区町村" and bool(prefectures_of(text)))


def _bracketed(text: str) -> bool:
    """Whether an entry's first line holds more than its place (a bracket after it)."""
    return not is_place_line(text)
