"""Tables that list the facilities of a document by name (decisions 2336-2339, branch
bigdocs10).

A committee's 資料, a bureau's press release or a city's report lists its facilities in a
table before (or after) a block on each: an overview (``No.　施設名　設置場所　種別　連携先
開設年月日``) and one table of every facility's results (``施設名　支援対象者数 …`` over
``目標　実績　達成率 …``, a ``合計`` row). ``facility_tables`` finds such tables: a header row
with a cell naming the facility column (``figures.toml [facility_tables] name_heads``:
``施設名``, ``施設名（種別）``, ``名称`` …) and the rows under it, whose cell in that column is a
facility's name (its bracketed kind dropped); a total row (``合計``, ``計``) names none.

``jirei.namedblocks`` opens a case at each block headed by one of those names; ``with_tables``
gives each profile its row of the results table (joined by the facility's name, else its
city; ``jirei.handouts`` reads the table) when it read no figures of its own, with the year
the table's caption names, and the header facts its row of the overview table states.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from functools import lru_cache

import attrs
import regex
from attrs import frozen

from jirei.lines import Line, row_cells
from jirei.model import Profile, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules

Locate = Callable[[int, int], Span]

#: a bracketed kind (or gloss) closing a name cell: ``おかやま…プラザ(一体的実施施設)``
_KIND_TAIL = regex.compile(r"[(（][^()（）]{1,20}[)）]$")
_SPACES = regex.compile(r"\s+")
_DIGITS = regex.compile(r"^[\d,.\s%％人件名回-]*$")
_FIGURE_TAIL = regex.compile(r"\s+[\d,.]+[%％人件]?$")
#: a ward office named in a location cell (``東区役所　1階``)
#: a note mark closing a name (``…かわさき※1``, ``…(注2)``)
_NOTE_TAIL = regex.compile(r"(?:[※*†‡][0-9]{0,2}|\(注[0-9]{0,2}\))$")
_WARD_OFFICE = regex.compile(r"^(\p{Han}{1,4}区)(?:役所|役場|$)")
_CITY = regex.compile(r"\p{Han}{1,4}市")


@frozen
class _Words:
    name_heads: frozenset[str]
    place_heads: frozenset[str]
    #: the heads, longest first (a head holding a shorter one is tried before it)
    ordered: tuple[str, ...]


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> _Words:
    table = rules.figures_table.get("facility_tables", {})
    heads = frozenset(table.get("name_heads", ()))
    places = frozenset(table.get("place_heads", ()))
    return _Words(
        name_heads=heads,
        place_heads=places,
        ordered=tuple(sorted(heads | places, key=len, reverse=True)),
    )


#: what may close a name head's cell: a gloss in brackets, then a cell break or the line's end
_CELL_END = regex.compile(r"(?:\([^()\n]{1,10}\))?(?: ?(?:[\t|]| {2})|[ \t]*(?:\n|$))")


#: the last text looked at and what was found in it (the segmenter and the pipeline ask of
#: the same text in turn): (the rules, weakly held, the text, head cells, tables or None)
_LAST: list[tuple[weakref.ref[Rules], str, list[int], list[FacilityTable] | None]] = []


def _cached(text: str, rules: Rules) -> tuple[list[int], list[FacilityTable] | None] | None:
    """What was found in ``text`` under ``rules`` last, if that was the text looked at."""
    if _LAST and _LAST[0][0]() is rules and _LAST[0][1] == text:
        return _LAST[0][2], _LAST[0][3]
    return None


def _head_cells(text: str, rules: Rules) -> list[int]:
    """Where a name head stands as a cell of its own in ``text``: at a line's start, or after
    a tab, a bar or two spaces, and before a cell break or the line's end (``str.find`` over
    the words, the cells checked around each hit)."""
    cached = _cached(text, rules)
    if cached is not None:
        return cached[0]
    found = _find_head_cells(text, rules)
    _LAST[:] = [(weakref.ref(rules), text, found, None)]
    return found


def _find_head_cells(text: str, rules: Rules) -> list[int]:
    words = _words(rules)
    found: list[int] = []
    for word in words.ordered:
        at = text.find(word)
        while at >= 0:
            before = text[at - 1 : at] if at else "\n"
            # (a padded pipe cell ``| 施設名 |`` too: decision 2816)
            padded = before == " " and text[at - 2 : at - 1] in (" ", "\n", "", "|")
            if before in "\n\t|" or padded:
                if _CELL_END.match(text, at + len(word)) is not None:
                    found.append(at)
            at = text.find(word, at + 1)
    return found


@frozen
class FacilityRow:
    """One row of a facilities table: its line and the facility's name (key form)."""

    line: Line
    name: str
    cells: tuple[str, ...]


@frozen
class FacilityTable:
    """A table listing facilities by name: its header row naming the name column (and a
    header row right above it, if any), the header's cells (label form) and the rows."""

    head: Line
    above: Line | None
    columns: tuple[str, ...]
    rows: tuple[FacilityRow, ...]
    #: whether the rows are named by their city (``自治体名``), not by the facility's name
    by_place: bool = False
    #: where a table of one column per facility ends (its last line), else None
    head_end: int | None = None

    @property
    def start(self) -> int:
        """Where the table's first line starts (normalised offset)."""
        return (self.above or self.head).start

    @property
    def end(self) -> int:
        """Where the table's last row ends (its last line, when it is turned)."""
        return self.head_end if self.head_end is not None else self.rows[-1].line.end


def name_heads(rules: Rules = DEFAULT_RULES, *, places: bool = False) -> frozenset[str]:
    """The header cells naming a facilities table's name column (``施設名`` …), or with
    ``places`` its city column (``自治体名`` …)."""
    words = _words(rules)
    return words.place_heads if places else words.name_heads


def key(text: str) -> str:
    """A name as compared: NFKC, no spaces, no note mark (``※1``) and no bracketed kind at
    its end."""
    import unicodedata

    name = _SPACES.sub("", unicodedata.normalize("NFKC", text))
    return _KIND_TAIL.sub("", _NOTE_TAIL.sub("", name))


def may_hold(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """The cheap whole-text test: whether ``text`` holds a name head standing as a table
    cell."""
    return bool(_head_cells(text, rules))


def _line_at(text: str, at: int) -> Line:
    """The line of ``text`` holding offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return Line(text[start : end if end >= 0 else len(text)], start)


def _next_line(text: str, line: Line) -> Line | None:
    """The line after ``line``, else None."""
    if line.end >= len(text):
        return None
    return _line_at(text, line.end + 1)


def facility_tables(text: str, rules: Rules = DEFAULT_RULES) -> list[FacilityTable]:
    """The tables of ``text`` that list facilities by name (see the module); only the lines
    around a name head standing as a cell are looked at."""
    cells = _head_cells(text, rules)
    cached = _cached(text, rules)
    if cached is not None and cached[1] is not None:
        return cached[1]
    tables = _facility_tables(text, cells, rules)
    _LAST[:] = [(weakref.ref(rules), text, cells, tables)]
    return tables


def _facility_tables(text: str, heads: Sequence[int], rules: Rules) -> list[FacilityTable]:
    from jirei.tables.cells import label_form

    words = _words(rules)
    totals = set(rules.case_list_totals)
    out: list[FacilityTable] = []
    done = -1  # where the table read last ends
    for at in sorted(heads):
        if at <= done:
            continue
        line = _line_at(text, at)
        if not cellular(line.text):
            continue
        cells = [label_form(c.text) for c in row_cells(line)]
        column = next(
            (i for i, cell in enumerate(cells) if _name_head(cell, words.name_heads)), None
        )
        by_place = False
        if column is None:  # a table of the facilities' cities (``自治体名``)
            column = next((i for i, c in enumerate(cells) if c in words.place_heads), None)
            by_place = column is not None
        if column == 0 and not by_place and len(cells) >= 3:
            turned = _turned(text, line, rules, totals)  # one column per facility (2911)
            if turned is not None:
                out.append(turned)
                done = turned.head_end
                continue
        if column is None or len(cells) < 3:  # (a card's ``施設名　name`` row is no table)
            continue
        rows: list[FacilityRow] = []
        below = _next_line(text, line)
        last = line
        while below is not None and not below.blank and cellular(below.text):
            row = [c.text for c in row_cells(below)]
            shift = 0
            if len(row) == len(cells) - 1 and column > 0 and not _DIGITS.match(row[0]):
                shift = 1  # (a space-aligned row whose empty first cell left no gap)
            if 0 <= column - shift < len(row):
                # (a figure one space after the name: ``…センター 300``, the gap too narrow)
                name = key(_FIGURE_TAIL.sub("", row[column - shift]))
                if labelled_place(row[column - shift]) or (
                    2 <= len(name) <= 30
                    and not _DIGITS.match(name)
                    and name not in totals
                    and "。" not in name
                    and _place(name) == by_place
                ):
                    rows.append(FacilityRow(below, name, tuple(row)))
            last = below
            below = _next_line(text, below)
        if len(rows) >= 2:
            above = _line_at(text, line.start - 1) if line.start > 0 else None
            if above is not None and not cellular(above.text):
                above = None
            out.append(FacilityTable(line, above, tuple(cells), tuple(rows), by_place))
            done = last.end
    return out


def _turned(
    text: str, line: Line, rules: Rules, totals: set[str]
) -> FacilityTable | None:
    """The facilities table written the other way round, when ``line`` is its name row: the
    labels down its first column (``施設名``, ``所在地``, ``種別`` …), one column per facility
    (``項目　事例１　事例２`` over ``施設名　ながおか…　たかおか…``) — the same table turned
    (decision 2911). Each facility's column is read as a row under the labels."""
    from jirei.cellruns import row_of
    from jirei.tables.cells import label_form

    block = [line]
    above = _line_at(text, line.start - 1) if line.start > 0 else None
    while above is not None and not above.blank and cellular(above.text):
        block.insert(0, above)
        above = _line_at(text, above.start - 1) if above.start > 0 else None
    below = _next_line(text, line)
    while below is not None and not below.blank and cellular(below.text):
        block.append(below)
        below = _next_line(text, below)
    grid = [row_cells(row) for row in block]
    width = len(grid[0])
    if width < 3 or any(len(cells) != width for cells in grid):
        return None
    at = block.index(line)
    labels = tuple(label_form(cells[0].text) for cells in grid)
    fields = sum(1 for n, label in enumerate(labels) if n != at and label in rules.field_labels)
    if fields < _TURNED_FIELDS:  # (``施設名`` heading a row table's first column: its rows
        return None  # name facilities, not header facts)
    rows: list[FacilityRow] = []
    for column in range(1, width):
        cells = [cells[column] for cells in grid]
        name = key(cells[at].text)
        if not (2 <= len(name) <= 30) or _DIGITS.match(name) or name in totals or (
            "。" in name or _place(name)
        ):
            return None
        rows.append(FacilityRow(row_of(cells), name, tuple(c.text for c in cells)))
    return FacilityTable(block[0], None, labels, tuple(rows), head_end=block[-1].end)


#: the fewest field labels (``所在地``, ``労働局``, ``種別`` …) down a turned table's first column
_TURNED_FIELDS = 2


#: a row named by a case's letter or number and its place in brackets (``A（水戸市）``)
_LABELLED = regex.compile(r"^(?:事例|ケース)?[A-Za-z0-9]{1,2}\s*\(([^()]{2,12})\)$")


def labelled_place(cell: str) -> bool:
    """Whether a name cell gives a case's label and its place in brackets (``A（水戸市）``,
    ``B(栃木県小山市)``): the row is that place's, though the table heads its column ``施設``
    (decision 3592)."""
    import unicodedata

    match = _LABELLED.match(_SPACES.sub("", unicodedata.normalize("NFKC", cell)))
    return match is not None and _place(match.group(1))


@lru_cache(maxsize=4096)
def _place(name: str) -> bool:
    """Whether a row's name is a place, no facility's (``尾道``, ``東広島市``, ``岡山県岡山市``)."""
    from jirei.places import prefectures_of, split_prefecture

    rest = split_prefecture(name)[1]
    if not rest:
        return True
    return bool(prefectures_of(rest)) or any(prefectures_of(rest + tail) for tail in "市町村")


def cellular(text: str) -> bool:
    """Whether a line is parted into cells (a tab, a bar, or a gap of two spaces)."""
    stripped = text.strip()
    return "\t" in stripped or "|" in stripped or "  " in stripped


def _name_head(cell: str, heads: frozenset[str]) -> bool:
    if cell in heads:
        return True
    bare = _KIND_TAIL.sub("", cell)
    return bare != cell and bare in heads


def with_tables(
    profiles: Sequence[Profile], text: str, locate: Locate, rules: Rules = DEFAULT_RULES
) -> list[Profile]:
    """``profiles`` with their facilities' rows of the tables that list every facility by
    name (see the module): an overview's header facts, and a results table's figures for
    profiles that read none of their own."""
    if len(profiles) < 2 or not may_hold(text, rules):
        return list(profiles)
    tables = facility_tables(text, rules)
    if not tables:
        return list(profiles)
    from jirei.handouts import metrics_of, results_tables, row_of

    spans = [(p.span.start, p.span.end) if p.span is not None else None for p in profiles]
    out = list(profiles)
    for table in tables:  # an overview: the header facts of each facility's row
        if table.by_place:
            continue
        at = locate(table.start, table.start).start
        if any(s is not None and s[0] <= at < s[1] for s in spans):
            continue  # a case's own table
        for index, profile in enumerate(out):
            row = next(
                (r for r in table.rows
                 if profile.facility_name and r.name == key(profile.facility_name)),
                None,
            )
            if row is not None:
                out[index] = _with_row(profile, table, row, text, locate, rules)
    from jirei.longtables import with_long_tables  # one row per metric (decision 2816)

    for index, (metrics, year) in with_long_tables(out, tables, text, locate, rules).items():
        out[index] = attrs.evolve(out[index], metrics=metrics)
        if year is not None and out[index].fiscal_year is None:  # its caption's (3058)
            where = {**out[index].spans, "fiscal_year": year[1]}
            out[index] = attrs.evolve(out[index], fiscal_year=year[0], spans=where)
    filled: set[int] = set()  # the profiles given figures by a table here: a second table adds
    for table in tables:  # a results table: each facility's figures
        at = locate(table.start, table.start).start
        holders = [i for i, s in enumerate(spans) if s is not None and s[0] <= at < s[1]]
        start = table.start
        for _ in range(4):  # (its caption and unit line above it)
            start = text.rfind("\n", 0, max(0, start - 1)) + 1
        names = {row.name for row in table.rows}
        where = locate(table.start, table.end)
        for read in results_tables(text, start, table.end, rules):
            rows = [(index, row_of(profile, read)) for index, profile in enumerate(out)]
            if len({id(found) for _, found in rows if found is not None}) < 2:
                continue
            for index in holders:  # a table of every case is no single case's (3593)
                kept = tuple(
                    m for m in out[index].metrics
                    if m.span is None or not where.start <= m.span.start < where.end
                )
                out[index] = attrs.evolve(out[index], metrics=kept)
            matched = [
                (index, found)
                for index, profile in enumerate(out)
                if (not profile.metrics or index in filled)
                and (found := row_of(profile, read)) is not None
                and key(found.name) in names
            ]
            if len({id(found) for _, found in matched}) < 2:
                continue
            for index, found in matched:
                profile = out[index]
                changes: dict[str, object] = {
                    "metrics": (*(profile.metrics if index in filled else ()),
                                *metrics_of(read, found, rules, locate))
                }
                filled.add(index)
                if read.year is not None:
                    changes["fiscal_year"] = read.year
                out[index] = attrs.evolve(profile, **changes)
    return out


def _with_row(
    profile: Profile,
    table: FacilityTable,
    row: FacilityRow,
    text: str,
    locate: Locate,
    rules: Rules,
) -> Profile:
    """``profile`` with the header facts its overview row states (by the header's field
    labels: 種別, 開設年月日, 連携先 …) where it has none or only inferred ones; a facility in a
    ward office (``東区役所``, or a bare ward read for its municipality) is its city's, when the
    document names one city with that ward."""
    from jirei.fields import FieldLine
    from jirei.header import header_from_fields
    from jirei.tables.cells import label_form

    cells = row_cells(row.line)
    if len(cells) != len(table.columns):
        return profile
    found: list[FieldLine] = []
    ward: str | None = None
    for label, cell in zip(table.columns, cells, strict=True):
        kind = rules.field_labels.get(label) or rules.field_labels.get(_KIND_TAIL.sub("", label))
        if kind is None or not cell.text.strip():
            continue
        if kind == "aside":
            place = _WARD_OFFICE.match(cell.text.strip())
            ward = place.group(1) if place is not None else ward
            continue
        found.append(FieldLine(kind, label_form(label), cell.text, cell.start, cell.end))
    read = header_from_fields(found, rules)
    changes: dict[str, object] = {}
    spans = dict(profile.spans)
    inferred = list(profile.inferred)
    for name, field in read.fields.items():
        if name == "facility_name" or (getattr(profile, name, None) and name not in inferred):
            continue
        changes[name] = field.value
        spans[name] = locate(field.start, field.end)
        inferred = [x for x in inferred if x != name]
    if read.hello_work and (not profile.hello_work or "hello_work" in inferred):
        changes["hello_work"] = tuple(str(f.value) for f in read.hello_work)
        changes["hello_work_spans"] = tuple(locate(f.start, f.end) for f in read.hello_work)
        inferred = [x for x in inferred if x != "hello_work"]
    municipality = changes.get("municipality", profile.municipality)
    if municipality is None or (
        isinstance(municipality, str) and municipality.endswith("区") and "市" not in municipality
    ):
        city = _ward_city(ward or municipality, text)  # type: ignore[arg-type]
        if city is not None:
            from jirei.places import prefectures_of

            changes["municipality"] = city
            spans.pop("municipality", None)
            options = prefectures_of(city)
            if len(options) == 1 and (profile.prefecture is None or "prefecture" in inferred):
                changes["prefecture"] = options[0]
                spans.pop("prefecture", None)
                inferred.append("prefecture")
            inferred.append("municipality")
    elif "municipality" in changes and profile.prefecture is None and "prefecture" not in changes:
        # a city the table gives infers its prefecture as a city read anywhere does (3269)
        from jirei.places import prefectures_of

        options = prefectures_of(str(municipality))
        if len(options) == 1:
            changes["prefecture"] = options[0]
            spans.pop("prefecture", None)
            inferred.append("prefecture")
    if not changes:
        return profile
    changes["spans"] = spans
    changes["inferred"] = tuple(dict.fromkeys(inferred))
    return attrs.evolve(profile, **changes)


def _ward_city(ward: str | None, text: str) -> str | None:
    """The one city ``text`` names that has ``ward`` (``東区`` and ``福岡市`` → ``福岡市``)."""
    if not ward:
        return None
    from jirei.places import municipality_names

    names = municipality_names()
    cities = set()
    for match in _CITY.finditer(text):
        city = match.group()
        for cut in range(len(city) - 1):
            if city[cut:] + ward in names:
                cities.add(city[cut:])
                break
    return next(iter(cities)) if len(cities) == 1 else None


__all__ = [
    "FacilityRow", "FacilityTable", "cellular", "facility_tables", "key", "may_hold", "name_heads",
    "with_tables",
]
