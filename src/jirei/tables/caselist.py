"""A case list: a summary table before the cases, one row per case (decisions 70–71)::

    ＜掲載事例の一覧（令和２年度実績）＞                         caption: the fiscal year
    | No. | 自治体 | 労働局・ハローワーク | 施設名 | 開設 | 就職者数（目標／実績） |
    |---|---|---|---|---|---|
    | 1 | 茨城県日立市 | 茨城労働局・HW日立 | …（常設窓口） | 平成29年4月3日 | 90人／101人 |

A table is a case list when its header row names a place column and at least one more
header-field column (``rules.field_labels``), and every row's place cell names a known
municipality. The number column (``rules.case_list_numbers``) matches a row to its case
block (``No.1　日立市``); field columns fill header fields as a profile card would; a
figure column ``label（目標／実績）`` names the order of the figures in its cells.

``merge_case_list`` joins each row to the profile of its case — header fields, figures and
the caption's fiscal year from the row, the rest from the block — and turns a row matching
no case into a profile of its own, with a warning. Offsets are into the normalised text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex
from attrs import field, frozen

from jirei import values as _values
from jirei.cellruns import row_of
from jirei.fields import FieldLine
from jirei.header import HeaderFields, header_from_fields
from jirei.lines import Cell, Line, Locate, row_cells
from jirei.model import Metric, Profile, Span, Warning
from jirei.places import PREFECTURES, prefectures_of
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role, is_blank_cell, label_form
from jirei.tables.grid import is_separator, is_table_line
from jirei.tables.keyvalue import read_ordered_cell
from jirei.tables.rolefold import folded_metrics, role_heads

if TYPE_CHECKING:
    from jirei.rowsheet import RowSheet

_NUMBER = regex.compile(r"\d+")
#: a case label's lone letter (``事例A`` after NFKC; not the letters of ``No.``, nor a letter
#: before a digit or a hyphen: ``P1``, ``A-1``)
_LETTER = regex.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])[A-Za-zＡ-Ｚａ-ｚ](?![A-Za-zＡ-Ｚａ-ｚ.．0-9０-９\-‐－])"
)
_KIND_BRACKET = regex.compile(r"\([^()]*\)$")
#: the text after a caption's fiscal year up to the next bracket or space (``実績``)
_CAPTION_WORD = regex.compile(r"[^()<>\[\]\s]*")
#: header fields a row fills, in the contract's order
_HEADER_NAMES = (
    "prefecture", "municipality", "labour_bureau", "facility_name", "facility_type",
    "start_date",
)


@frozen
class CaseRow:
    """One row of a case list: its number (None when the list has no number column), the
    municipality it names, its header fields and figures, and the row's ``[start, end)``."""

    number: int | None
    municipality: str | None
    header: HeaderFields
    metrics: tuple[Metric, ...] = field(converter=tuple)
    start: int
    end: int
    #: the whole profile a row sheet's row states (``jirei.rowsheet``), else None
    profile: Profile | None = None
    #: whether the list's mark column (``○`` under ``事例``) marks the row as written out
    #: below; None when the list has no such column (decision 3410)
    marked: bool | None = None


@frozen
class CaseList:
    """The rows of a case list, the fiscal year its caption names (with its span), and the
    warnings raised reading it (a figure cell that does not parse)."""

    rows: tuple[CaseRow, ...] = field(converter=tuple)
    fiscal_year: int | None = None
    fiscal_year_span: Span | None = None
    warnings: tuple[Warning, ...] = field(default=(), converter=tuple)


@frozen
class _Columns:
    number: int | None
    fields: tuple[tuple[int, str, str], ...]  # (column, kind, label)
    figures: tuple[int, ...]


def read_case_list(
    lines: Sequence[Line], *, rules: Rules = DEFAULT_RULES, era: str | None = None,
    locate: Locate,
) -> CaseList | None:
    """The first case list among ``lines`` (the lines before the first case), else None.
    ``era`` reads a bare year of the caption."""
    index = 0
    while index < len(lines):
        if not is_table_line(lines[index]):
            index += 1
            continue
        stop = index
        while stop < len(lines) and is_table_line(lines[stop]):
            stop += 1
        found = _read_table(lines, index, stop, rules, era, locate)
        if found is not None:
            return found
        index = stop
    return None


def _read_table(
    lines: Sequence[Line], first: int, stop: int, rules: Rules, era: str | None,
    locate: Locate,
) -> CaseList | None:
    header = row_cells(lines[first])
    columns = _columns(header, rules)
    places = _place_columns(header, lines[first + 1 : stop])
    if columns is None or places - {column for column, _, _ in columns.fields}:
        # (a column of places under a head no label names, ``市`` beside ``都道府県``: 3318)
        columns = _columns(header, rules, places) or columns
    if columns is None:
        return _read_columns(lines, first, stop, rules, era, locate)
    rows: list[CaseRow] = []
    grid: list[Sequence[Cell]] = []
    warnings: list[Warning] = []
    for line in lines[first + 1 : stop]:
        cells = row_cells(line)
        if is_separator(cells):
            continue
        row = _read_row(line, cells, header, columns, rules, locate, warnings)
        if row is None:  # a row naming no municipality: no case list
            return None
        rows.append(row)
        grid.append(cells)
    if not rows:
        return None
    marks = _marks(grid, columns, rules)
    if marks is not None:
        rows = [attrs.evolve(row, marked=mark) for row, mark in zip(rows, marks, strict=True)]
    year, year_span = _caption_year(lines[:first], rules, era, locate)
    return CaseList(rows, year, year_span, warnings)


def _marks(
    grid: Sequence[Sequence[Cell]], columns: _Columns, rules: Rules
) -> list[bool] | None:
    """Whether each row is marked in the list's mark column — a column no field, figure or
    number reads whose cells are each a mark of ``rules.case_list_marks`` or blank, some
    marked and some not (``○`` under ``事例`` against the rows written out below; decision
    3410) — else None."""
    if not rules.case_list_marks:
        return None
    used = {column for column, _, _ in columns.fields} | set(columns.figures)
    if columns.number is not None:
        used.add(columns.number)
    widest = max(len(cells) for cells in grid)
    for column in range(widest):
        if column in used:
            continue
        texts = [cells[column].text.strip() if column < len(cells) else "" for cells in grid]
        if any(t and t not in rules.case_list_marks for t in texts):
            continue
        marked = [bool(t) for t in texts]
        if any(marked) and not all(marked):
            return marked
    return None


def _read_columns(
    lines: Sequence[Line], first: int, stop: int, rules: Rules, era: str | None,
    locate: Locate,
) -> CaseList | None:
    """A case list written the other way round (decision 2571): the field labels down the
    first column, one column per case (``| 項目 | ① | ② | ③ |`` over ``| 市区町村 | 福岡市 |
    熊本市 | …``); each case's column is read as a row under the labels, its number the
    number its head cell writes (``①``, ``事例2``, ``No.3``) when no number row says one."""
    grid = [cells for cells in (row_cells(line) for line in lines[first:stop])
            if not is_separator(cells)]
    grid = [cells[1:] if cells and not cells[0].text else cells for cells in grid]  # indents
    if len(grid) > 1 and grid[0] and len(grid[0]) == len(grid[1]) - 1:  # a blank corner cell
        corner = grid[0][0].start
        grid[0] = [Cell("", corner, corner), *grid[0]]
    width = len(grid[0]) if grid else 0
    if width < 3 or len(grid) < 3 or any(len(cells) != width for cells in grid):
        return None
    header = [cells[0] for cells in grid]
    columns = _columns(header, rules)
    if columns is None:  # a place row read by its cells (``都道府県・市`` over places)
        columns = _columns(header, rules, _place_rows(grid))
    if columns is None:
        return None
    rows: list[CaseRow] = []
    warnings: list[Warning] = []
    for column in range(1, width):
        cells = [cells[column] for cells in grid]
        line = row_of(cells)
        row = _read_row(line, cells, header, columns, rules, locate, warnings)
        if row is None:
            return None
        if row.number is None:
            row = attrs.evolve(row, number=_head_number(grid[0][column].text))
        rows.append(row)
    year, year_span = _caption_year(lines[:first], rules, era, locate)
    return CaseList(rows, year, year_span, warnings)


#: the longest head cell of a case's column whose number is the case's (``事例１``)
_HEAD_NUMBER = 8


def _head_number(text: str) -> int | None:
    """The number a case column's head cell writes (``①`` → 1, ``事例２`` → 2), or the place
    of the letter it writes instead in the alphabet (``事例Ｂ`` → 2, as :func:`block_number`
    numbers a lettered label; decision 3181), else None."""
    form = unicodedata.normalize("NFKC", text).strip()
    if len(form) > _HEAD_NUMBER:
        return None
    digits = _NUMBER.findall(form)
    if not digits:
        letters = _LETTER.findall(form)
        return block_number(form, len(form)) if len(letters) == 1 else None
    if len(digits) != 1:
        return None
    return int(digits[0])


def _place_columns(header: Sequence[Cell], lines: Sequence[Line]) -> frozenset[int]:
    """The columns every row of which names a place — a prefecture or a known municipality
    (``府県`` over ``大阪府``, ``市`` over ``堺市``) — whatever their heads say (decision
    2621): what a place column is, read from its cells. Two rows at least."""
    grid = [cells for cells in (row_cells(line) for line in lines) if not is_separator(cells)]
    if len(grid) < 2:
        return frozenset()
    found: set[int] = set()
    for column in range(len(header)):
        texts = [cells[column].text.strip() if column < len(cells) else "" for cells in grid]
        if all(text and (text in PREFECTURES or prefectures_of(text)) for text in texts):
            found.add(column)
    return frozenset(found)


def _place_rows(grid: Sequence[Sequence[Cell]]) -> frozenset[int]:
    """The rows of a list written one column per case whose every case cell names a place,
    whatever their labels say: ``_place_columns`` turned (decision 2906)."""
    found: set[int] = set()
    for index, cells in enumerate(grid[1:], 1):
        texts = [cell.text.strip() for cell in cells[1:]]
        if len(texts) >= 2 and all(
            text and (text in PREFECTURES or prefectures_of(text)) for text in texts
        ):
            found.add(index)
    return frozenset(found)


def _columns(
    header: Sequence[Cell], rules: Rules, places: frozenset[int] = frozenset()
) -> _Columns | None:
    """What each header cell names, when the row is a case list's header; ``places`` are
    columns whose cells all name places, read as place columns whatever their heads."""
    number: int | None = None
    fields: list[tuple[int, str, str]] = []
    figures: list[int] = []
    addresses = {label_form(word) for word in rules.harvest_table.get("address_labels", ())}
    paired = role_heads(header, rules)  # ``支援対象者数の目標`` beside ``…の実績`` (3386)
    for column, cell in enumerate(header):
        label = label_form(cell.text)
        if not label:
            continue
        if label in rules.case_list_numbers and number is None:
            number = column
            continue
        kind = rules.field_labels.get(label)
        if label in addresses and kind in (None, "aside"):
            # ``所在地`` over ``北海道札幌市``: the address column is the place column; a row
            # whose cell is no bare place then makes no case list (decision 2615)
            kind = "place"
        if kind is None:  # 施設名(種別): the header names the bracketed kind too
            kind = rules.field_labels.get(_KIND_BRACKET.sub("", label))
        if kind is None and column in places:
            kind = "place"
        if kind is not None:
            fields.append((column, kind, label))
        elif "(" in label or label in rules.metrics or column in paired:
            # ``支援対象者数(目標/実績)``, or a metric's name alone (``就職率``: its actual,
            # decision 2982)
            figures.append(column)
    kinds = {kind for _, kind, _ in fields}
    if "place" not in kinds or len(kinds) < 2:
        return None
    return _Columns(number, tuple(fields), tuple(figures))


def _read_row(
    line: Line,
    cells: Sequence[Cell],
    header: Sequence[Cell],
    columns: _Columns,
    rules: Rules,
    locate: Locate,
    warnings: list[Warning],
) -> CaseRow | None:
    found: list[FieldLine] = []
    for column, kind, label in columns.fields:
        if column < len(cells) and not is_blank_cell(cells[column].text):
            cell = cells[column]
            found.append(FieldLine(kind, label, cell.text, cell.start, cell.end))
    read = header_from_fields(found, rules)
    municipality = read.fields.get("municipality")
    if municipality is None or not _known_place(str(municipality.value)):
        return None
    read = _with_column_kind(_with_partner_cell(read, found), found, rules)
    metrics: list[Metric] = []
    folded = role_heads([header[column] for column in columns.figures], rules)
    if folded:  # ``目標（支援対象者数）`` / ``実績（支援対象者数）`` rows: one metric (3386)
        metrics.extend(folded_metrics(
            {columns.figures[at]: head for at, head in folded.items()}, cells, rules, locate
        ))
    for at, column in enumerate(columns.figures):
        if at in folded or column >= len(cells) or is_blank_cell(cells[column].text):
            continue
        metric = read_ordered_cell(header[column], cells[column], rules=rules, locate=locate)
        if metric is not None:
            metrics.append(metric)
        else:
            cell = cells[column]
            warnings.append(
                Warning(
                    "unparsed_row",
                    f"case list cell {cell.text!r} under {header[column].text!r} not read",
                    locate(cell.start, cell.end),
                )
            )
    number = None
    if columns.number is not None and columns.number < len(cells):
        digits = _NUMBER.search(cells[columns.number].text)
        number = int(digits.group()) if digits else None
    return CaseRow(number, str(municipality.value), read, metrics, line.start, line.end)


#: what joins the partners a place cell lists (``酒田市・遊佐町``)
_PARTNERS = regex.compile(r"[・、,/]")


def _known_place(place: str) -> bool:
    """Whether a place cell names a known municipality: itself, or one of the partners it
    lists joined by ``・`` (``酒田市・遊佐町``, decision 2614)."""
    return bool(prefectures_of(place)) or any(
        prefectures_of(part) for part in _PARTNERS.split(place) if part
    )


def same_place(one: str | None, other: str | None) -> bool:
    """Two places alike: equal, a city and a ward of it (``札幌市`` and ``札幌市白石区``), or
    one of them a partner the other lists (``酒田市`` and ``酒田市・遊佐町``, decision 2614)."""
    if not one or not other:
        return False
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    if long.startswith(short) and short.endswith("市") and long.endswith("区"):
        return True  # a ward of the city (``札幌市白石区`` and ``札幌市``)
    return one in _PARTNERS.split(other) or other in _PARTNERS.split(one)


def _with_partner_cell(read: HeaderFields, found: Sequence[FieldLine]) -> HeaderFields:
    """``read`` with the municipality its place cell writes whole when the cell lists the
    partners, the prefecture among them, beside a column of its own for the prefecture
    (``山形県`` | ``山形県・酒田市・遊佐町``, decision 2614): the partners as written."""
    municipality, prefecture = read.fields.get("municipality"), read.fields.get("prefecture")
    if municipality is None or prefecture is None:
        return read
    places = [f for f in found if f.kind == "place"]
    if len(places) < 2 or not any(f.value.strip() == prefecture.value for f in places):
        return read
    cell = next((f for f in places if str(municipality.value) in f.value), None)
    if cell is None:
        return read
    whole = cell.value.strip()
    parts = [part for part in _PARTNERS.split(whole) if part]
    if len(parts) < 3 or parts[0] != prefecture.value or whole == municipality.value:
        return read
    start = cell.start + cell.value.find(whole)
    fields = dict(read.fields)
    fields["municipality"] = attrs.evolve(
        municipality, value=whole, start=start, end=start + len(whole)
    )
    return attrs.evolve(read, fields=fields)


def _with_column_kind(
    read: HeaderFields, found: Sequence[FieldLine], rules: Rules
) -> HeaderFields:
    """``read`` with the facility's kind taken from the bracket closing its name when the
    column's head names the kind too (``施設名（種別）`` over ``…ステーション（若者就職支援
    拠点）``, decision 2614): the head says the bracket is the kind, known word or not."""
    if "facility_type" in read.fields:
        return read
    name = read.fields.get("facility_name")
    cell = next((f for f in found if f.kind == "facility"), None)
    if name is None or cell is None or not _KIND_BRACKET.search(cell.label):
        return read
    value = str(name.value)
    kind = _KIND_BRACKET.search(value)
    if kind is None or kind.start() == 0:
        return read
    fields = dict(read.fields)
    end = name.start + kind.start()
    fields["facility_name"] = attrs.evolve(name, value=value[: kind.start()], end=end)
    fields["facility_type"] = attrs.evolve(
        name, value=value[kind.start() + 1 : -1], start=end + 1, end=name.end - 1
    )
    return attrs.evolve(read, fields=fields)


def _caption_year(
    before: Sequence[Line], rules: Rules, era: str | None, locate: Locate
) -> tuple[int | None, Span | None]:
    """The fiscal year of an actual column the caption line right above the table names
    (``＜掲載事例の一覧（令和２年度実績）＞``); the table's own notes between them
    (``※　（　）内は目標に対する達成率。``, decision 2981) are stepped over."""
    from jirei.items import is_footnote

    caption = next(
        (line for line in reversed(before) if not line.blank and not is_footnote(line, rules)),
        None,
    )
    if caption is None:
        return None, None
    text = caption.text
    for found in _values.find_fiscal_years(text, era=era, rules=rules):
        word = _CAPTION_WORD.match(text, found.end)
        tail = word.group() if word else ""
        if column_role(found.text + tail, rules) == "actual":
            start = caption.start + found.start
            return int(found.value.year), locate(start, caption.start + found.end)
    return None, None


# ----------------------------------------------------------------------------- merging


def sheet_listing(sheet: RowSheet) -> CaseList:
    """A row sheet (``jirei.rowsheet``) as a case list: each row with its whole profile."""
    rows = [
        CaseRow(
            row.number, row.municipality, HeaderFields({}), row.profile.metrics, row.start,
            row.end, row.profile,
        )
        for row in sheet.rows
    ]
    return CaseList(rows, sheet.fiscal_year, sheet.fiscal_year_span)


def block_number(text: str, label_end: int) -> int | None:
    """The number of a case label (``No.1``) written in ``text[:label_end]``; a label
    lettered instead (``事例Ａ``, ``事例B``: one Latin letter standing alone) numbers its
    case by the letter's place in the alphabet (decision 3056) — whichever stands first,
    so the page in a continuation note after the letter (``事例Ａ（２頁からの続き）``) is
    not the case's number."""
    digits = _NUMBER.search(text, 0, label_end)
    letter = _LETTER.search(text[:label_end])
    if letter is not None and (digits is None or letter.start() < digits.start()):
        return ord(unicodedata.normalize("NFKC", letter.group()).upper()) - ord("A") + 1
    return int(digits.group()) if digits else None


def merge_case_list(
    profiles: Sequence[Profile],
    numbers: Sequence[int | None],
    listing: CaseList,
    *,
    locate: Locate,
    text: str | None = None,
) -> tuple[list[Profile], list[Warning]]:
    """``profiles`` (with the label number of each case, None without one) joined with the
    rows of ``listing``: a row and the profile whose municipality and number match make one
    profile (a profile without a municipality matches by number alone, a row or case without
    a number by municipality alone; a row naming a case's facility and place joins it
    whatever the numbers); a row matching no profile becomes a profile of its own, with a
    ``case_list_unmatched`` warning — unless the list is an index of facilities (its rows
    joined cases whose label numbers are not the rows' own, decision 3401, or it marks the
    rows written out below in a column of their own, decision 3410: an unmarked row) and the
    document (``text``) names the row's place and facility nowhere outside the list: such
    a row is a facility the document lists but does not describe, no case
    (``case_list_index_only``). Profiles come in row order, a case no row matches staying
    where it stands among the others."""
    taken: dict[int, CaseRow] = {}
    alone: dict[int, CaseRow] = {}  # row index → the row, for rows matching no profile
    warnings = list(listing.warnings)
    in_order = _in_order(profiles, numbers, listing.rows)
    unjoined: list[tuple[int, CaseRow]] = []
    for index, row in enumerate(listing.rows):
        at = index if in_order else _match(row, profiles, numbers, taken)
        if at is None:
            unjoined.append((index, row))
        else:
            taken[at] = row
    marked = any(row.marked is not None for row in listing.rows)  # (a mark column, 3410)
    index_only = text is not None and not in_order and (marked or _renumbered(taken, numbers))
    for index, row in unjoined:
        if index_only and not row.marked and not _named_outside(row, listing, text or ""):
            warnings.append(
                Warning(
                    "case_list_index_only",
                    f"case list row {row.number if row.number is not None else ''} "
                    f"({row.municipality}) is a facility the list indexes but the document "
                    "does not describe; no profile",
                    locate(row.start, row.end),
                )
            )
            continue
        alone[index] = row
        if not profiles and row.profile is not None:
            continue  # a sheet of cases is the whole document: no narrative to match
        warnings.append(
            Warning(
                "case_list_unmatched",
                f"case list row {row.number if row.number is not None else ''} "
                f"({row.municipality}) matches no case below it; kept as a profile of "
                "its own from the row alone",
                locate(row.start, row.end),
            )
        )
    by_row = {id(row): at for at, row in taken.items()}
    out: list[Profile] = []
    done = 0  # profiles before this index are in ``out``
    for index, row in enumerate(listing.rows):
        if index in alone:
            out.append(_row_profile(row, listing, locate))
            continue
        if id(row) not in by_row:  # (an index row the document does not describe)
            continue
        at = by_row[id(row)]
        for skipped in range(done, at):  # cases no row matches, in document order
            if skipped not in taken:
                out.append(profiles[skipped])
        done = max(done, at + 1)
        out.append(_merge(profiles[at], row, listing, locate))
    out.extend(p for i, p in enumerate(profiles[done:], done) if i not in taken)
    return out, warnings


def _renumbered(taken: dict[int, CaseRow], numbers: Sequence[int | None]) -> bool:
    """Whether the list numbers its rows in a series of its own: a row joined a case whose
    label number differs from the row's (``No.2`` of a list of every facility joined to
    ``事例１``, decision 3401)."""
    return any(
        row.number is not None
        and at < len(numbers)
        and numbers[at] is not None
        and numbers[at] != row.number
        for at, row in taken.items()
    )


def _named_outside(row: CaseRow, listing: CaseList, text: str) -> bool:
    """Whether ``text`` names the row's municipality or facility anywhere outside the list's
    rows (a part of the case standing later: ``（２）足立区``, decision 3311)."""
    if not listing.rows:
        return True
    first = min(r.start for r in listing.rows)
    last = max(r.end for r in listing.rows)
    outside = text[:first] + "\n" + text[last:]
    found = row.header.fields.get("facility_name")
    names = [row.municipality, found.value if found is not None else None]
    if row.profile is not None:
        names.append(row.profile.facility_name)
    return any(isinstance(name, str) and name and name in outside for name in names)


def _in_order(
    profiles: Sequence[Profile], numbers: Sequence[int | None], rows: Sequence[CaseRow]
) -> bool:
    """Whether the rows join the cases in order (decision 855): as many rows as cases, no
    row matching a case by municipality or number, and no case naming a municipality that
    its row in order contradicts (a list whose cases below were read without their place)."""
    if not profiles or len(profiles) != len(rows):
        return False
    if any(_match(row, profiles, numbers, {}) is not None for row in rows):
        return False
    return all(
        p.municipality is None or p.municipality == r.municipality
        for p, r in zip(profiles, rows, strict=True)
    )


def _match(
    row: CaseRow, profiles: Sequence[Profile], numbers: Sequence[int | None],
    taken: dict[int, CaseRow],
) -> int | None:
    found = row.header.fields.get("facility_name")
    name = found.value if found is not None else (row.profile and row.profile.facility_name)
    for by_name in (True, False):  # the facility's name first: two facilities of one city
        for at, profile in enumerate(profiles):
            if at in taken:
                continue
            number = numbers[at] if at < len(numbers) else None
            numbered = row.number is not None and number is not None
            named = bool(name) and profile.facility_name is not None
            if by_name and not (named and _same_name(profile.facility_name, name)):
                continue
            if numbered and number != row.number and not (
                by_name and same_place(profile.municipality, row.municipality)
            ):  # (the facility and its place named: the list's numbers are its own, 3401)
                continue
            if profile.municipality is None:
                if numbered or by_name:
                    return at
            elif same_place(profile.municipality, row.municipality):
                return at
    return None


def _same_name(one: object, other: object) -> bool:
    """Two facility names alike once spaces are dropped (decision 856)."""
    return "".join(str(one).split()) == "".join(str(other).split())


def _header_values(
    header: HeaderFields, locate: Locate
) -> tuple[dict[str, object], dict[str, Span]]:
    found: dict[str, object] = {}
    spans: dict[str, Span] = {}
    for name in _HEADER_NAMES:
        value = header.fields.get(name)
        if value is not None:
            found[name] = value.value
            spans[name] = locate(value.start, value.end)
    return found, spans


def _merge(profile: Profile, row: CaseRow, listing: CaseList, locate: Locate) -> Profile:
    """The block's profile with the row's header fields, figures and fiscal year."""
    found, spans = _header_values(row.header, locate)
    changes: dict[str, object] = dict(found)
    all_spans = {**profile.spans, **spans}
    if row.header.hello_work:
        changes["hello_work"] = tuple(f.value for f in row.header.hello_work)
        changes["hello_work_spans"] = tuple(locate(f.start, f.end) for f in row.header.hello_work)
    if listing.fiscal_year is not None and (profile.fiscal_year is None or not profile.metrics):
        changes["fiscal_year"] = listing.fiscal_year
        if listing.fiscal_year_span is not None:
            all_spans["fiscal_year"] = listing.fiscal_year_span
    changes["metrics"] = _paired(row.metrics, profile.metrics)
    if row.profile is not None:  # a row sheet's row: what the block does not say
        _fill(profile, row.profile, changes, all_spans)
    changes["spans"] = all_spans
    changes["inferred"] = tuple(name for name in profile.inferred if name not in found)
    return attrs.evolve(profile, **changes)  # type: ignore[arg-type]


def _paired(listed: Sequence[Metric], own: Sequence[Metric]) -> tuple[Metric, ...]:
    """The row's figures and the block's, a row's target-only figure joined to the one
    actual-only figure of the same label (or key) and group the block states, and the other
    way round (``支援対象者数（目標）　350人以上`` in the list, ``支援対象者数　372人（達成率
    106.3％）`` in the story: decision 2626): one metric, labelled as the block writes it."""
    out = list(own)
    left: list[Metric] = []
    for metric in listed:
        half = (metric.target is None) != (metric.actual is None)
        matches = [
            n for n, mine in enumerate(out)
            if half and mine.group == metric.group
            and (mine.label == metric.label or (mine.key is not None and mine.key == metric.key))
            and (mine.target is None) == (metric.target is not None)
            and (mine.actual is None) == (metric.actual is not None)
        ]
        if len(matches) != 1:
            left.append(metric)
            continue
        mine = out[matches[0]]
        out[matches[0]] = attrs.evolve(
            mine,
            target=mine.target or metric.target,
            actual=mine.actual or metric.actual,
            achievement_rate=mine.achievement_rate
            if mine.achievement_rate is not None else metric.achievement_rate,
            achievement_span=mine.achievement_span or metric.achievement_span,
        )
    if any(_restated(metric, own) for metric in left):
        # the block reports the row's results again (a summary's 速報値, the detail's 確定値):
        # the block's reading is the case's, none of the row's figures is added (3389)
        return tuple(out)
    return (*left, *out)


def _restated(metric: Metric, own: Sequence[Metric]) -> bool:
    """Whether the block states ``metric`` again: a metric of its label or key (in any
    group) with every figure the row's has (a target where the row gives one, an actual
    where it gives one)."""
    return any(
        (mine.label == metric.label or (mine.key is not None and mine.key == metric.key))
        and (metric.target is None or mine.target is not None)
        and (metric.actual is None or mine.actual is not None)
        for mine in own
    )


def _fill(
    profile: Profile, row: Profile, changes: dict[str, object], spans: dict[str, Span]
) -> None:
    """The title, items and comments of a row sheet's row where the block has none."""
    if profile.title is None and row.title is not None:
        changes["title"] = row.title
        if "title" in row.spans:
            spans["title"] = row.spans["title"]
    if not profile.initiatives and row.initiatives:
        changes["initiatives"] = row.initiatives
        changes["initiative_spans"] = row.initiative_spans
    if not profile.other_results and row.other_results:
        changes["other_results"] = row.other_results
        changes["other_result_spans"] = row.other_result_spans
    if not profile.comments and row.comments:
        changes["comments"] = row.comments
    if row.unclassified:
        changes["unclassified"] = (*profile.unclassified, *row.unclassified)


def _row_profile(row: CaseRow, listing: CaseList, locate: Locate) -> Profile:
    """A profile read from a case-list row alone."""
    if row.profile is not None:
        return row.profile
    found, spans = _header_values(row.header, locate)
    if listing.fiscal_year is not None and listing.fiscal_year_span is not None:
        spans["fiscal_year"] = listing.fiscal_year_span
    return Profile(
        hello_work=tuple(f.value for f in row.header.hello_work),
        hello_work_spans=tuple(locate(f.start, f.end) for f in row.header.hello_work),
        fiscal_year=listing.fiscal_year,
        metrics=row.metrics,
        span=locate(row.start, row.end),
        spans=spans,
        **found,  # type: ignore[arg-type]
    )


__all__ = [
    "CaseList",
    "CaseRow",
    "block_number",
    "merge_case_list",
    "read_case_list",
]
