"""Parts of cases a front list introduces, gathered from the one case read (decisions
3311-3314, branch apart-s17).

A report may list every facility in a table at its front (所在地, 労働局・ハローワーク,
施設名, 事業開始 — ``jirei.tables.caselist``) and then give each part of every case under
one heading: all 取組内容 sub-headed ``（１）水戸市`` …, one results table with the city in
its first column, その他の実績 grouped under the city names, the voices of every case. The
segmenter reads one case there (nothing opens a case of its own), and the case list makes
the others from its rows alone. The parts are gathered as those of cases introduced one
after another (``jirei.gatheredparts``): every listed case keyed by its place, facility,
office and row number, the one case read ending where the first part naming another case
begins.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Locate
from jirei.model import Profile
from jirei.sections import K, LineInfo
from jirei.tables.caselist import CaseRow


def listed_index(profiles: Sequence[Profile], read: Profile) -> int | None:
    """The index among ``profiles`` (the case list joined) of the case ``read`` from the
    text, else None: the one standing where it stands (its span), else the one stating its
    municipality, else its facility."""
    if read.span is not None:
        found = [i for i, p in enumerate(profiles) if p.span == read.span]
        if len(found) == 1:
            return found[0]
    for field in ("municipality", "facility_name"):
        value = getattr(read, field)
        if value is None:
            continue
        found = [i for i, p in enumerate(profiles) if getattr(p, field) == value]
        if len(found) == 1:
            return found[0]
    return None


def read_indexes(profiles: Sequence[Profile], read: Sequence[Profile]) -> set[int] | None:
    """The indexes among ``profiles`` of the cases ``read`` from the text (each by where it
    stands), else None when one is not found once."""
    out: set[int] = set()
    for one in read:
        found = [i for i, p in enumerate(profiles) if one.span is not None and p.span == one.span]
        if len(found) != 1:
            return None
        out.add(found[0])
    return out


def under_section(infos: Sequence[LineInfo], block: Sequence[LineInfo]) -> Sequence[LineInfo]:
    """``block`` (a gathered part's lines) under the section heading it stands under: a
    part cut below that heading (the sub-heading ``（２）足立区`` under ``２　取組内容``, whose
    first case the case read opened) is read as that section's lines."""
    if not block or block[0].kind is K.SECTION:
        return block
    first = next((i for i, info in enumerate(infos) if info is block[0]), None)
    if first is None:
        return block
    heading = next((infos[i] for i in range(first - 1, -1, -1) if infos[i].kind is K.SECTION), None)
    return block if heading is None else (heading, *block)


def listed_offices(
    rows: Sequence[CaseRow], profiles: Sequence[Profile], offices: Sequence[set[str]]
) -> list[set[str]]:
    """``offices`` (each case's office keys) with the Hello Work offices and labour bureau of
    the case list row naming the case's municipality (one row, one case)."""
    from jirei.gatheredparts import name_key

    out = [set(own) for own in offices]
    for row in rows:
        if not row.municipality:
            continue
        place = name_key(row.municipality)
        hits = [
            i for i, p in enumerate(profiles)
            if p.municipality and name_key(p.municipality) == place
        ]
        if len(hits) != 1:
            continue
        names = [field.value for field in row.header.hello_work]
        bureau = row.header.fields.get("labour_bureau")
        if bureau is not None:
            names.append(bureau.value)
        out[hits[0]] |= {name_key(str(name)) for name in names if name}
        out[hits[0]].discard("")
    return out


def with_closing_list(
    profiles: Sequence[Profile],
    numbers: Sequence[int | None],
    rows: Sequence[CaseRow],
    locate: Locate,
) -> list[Profile] | None:
    """``profiles`` with the header facts a list of every case after the cases gives them
    (``別表１　掲載施設の概要`` at the back; decision 3318): each row joins the one case of its
    number (``numbers``: each case's label number) and municipality, and fills only the
    fields the case lacks. None when a row joins no case or two rows one case."""
    import attrs

    from jirei.tables.caselist import same_place

    if len(rows) != len(profiles):
        return None
    joined: dict[int, CaseRow] = {}
    for row in rows:
        hits = [
            i for i, p in enumerate(profiles)
            if (row.number is None or numbers[i] is None or row.number == numbers[i])
            and (p.municipality is None or same_place(p.municipality, row.municipality))
            and (row.number is not None or p.municipality is not None)
        ]
        if len(hits) != 1 or hits[0] in joined:
            return None
        joined[hits[0]] = row
    out = list(profiles)
    for at, row in joined.items():
        own = out[at]
        changes: dict[str, object] = {}
        spans = dict(own.spans)
        for name in _HEADER_NAMES:
            found = row.header.fields.get(name)
            if found is not None and getattr(own, name) is None:
                changes[name] = found.value
                spans[name] = locate(found.start, found.end)
        if row.header.hello_work and not own.hello_work:
            changes["hello_work"] = tuple(f.value for f in row.header.hello_work)
            changes["hello_work_spans"] = tuple(
                locate(f.start, f.end) for f in row.header.hello_work
            )
        if changes:
            out[at] = attrs.evolve(own, spans=spans, **changes)  # type: ignore[arg-type]
    return out


#: the header fields a closing list fills
_HEADER_NAMES = (
    "prefecture", "municipality", "labour_bureau", "facility_name", "facility_type",
    "start_date",
)


#: a numbered line of a list: its number, a gap or a stop, its text
_NUMBERED = regex.compile(
    r"^\s*(?:(?P<n>\d{1,2})(?:\s*[.．)）]\s*|\s+)|[(（]\s*(?P<n>\d{1,2})\s*[)）]\s*)"
    r"(?P<text>\S.{3,79})$"
)


def numbered_lines(
    infos: Sequence[LineInfo], count: int
) -> list[tuple[int, int, str]] | None:
    """The ``count`` lines numbered 1 … ``count`` one after another among ``infos`` (a
    numbered list of one short phrase per listed case: no sentence, no figure table), as
    (start, end, text) in normalised offsets; None when there is no such run or two."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for info in infos:
        found = _NUMBERED.match(info.text) if info.kind is not K.TABLE else None
        if found is None or int(found.group("n")) != len(current) + 1:
            if len(current) == count:
                runs.append(current)
            current = []
            if found is None or int(found.group("n")) != 1:
                continue
        text = found.group("text").rstrip()
        if text.endswith("。") or "\t" in text:
            current = []
            continue
        start = info.line.start + found.start("text")
        current.append((start, start + len(text), text))
    if len(current) == count:
        runs.append(current)
    return runs[0] if len(runs) == 1 else None
