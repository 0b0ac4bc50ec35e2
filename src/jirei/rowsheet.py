"""A sheet whose ROWS are cases (decision 853): one row per facility, one column per fact,
under one or two header rows — the transpose of ``jirei.casesheet``::

    基本情報 …      取組              支援対象者数（人）        コメント     ← group row
    No.  市区町村 … 事例タイトル  主な取組内容  R3実績  R4目標  R4実績  達成率  自治体
    1    北九州市 … …            ①…②…         412     400     438     109.5%  …
    合計                                        826     840     907     108.0%

The header row names a place column and at least one more header-field column
(``rules.field_labels``). A group row directly above it (an Excel merged heading copied
as text) names what the sub-headers under it belong to: a metric with its unit
(``支援対象者数（人）`` over ``目標 / 実績 / 達成率``), a section (``取組``, ``その他``), or the
comments (``コメント`` over ``自治体 / 労働局``: the sub-header is the speaker). A column is
read by its sub-header first, then by its group:

* a number column (``rules.case_list_numbers``) numbers the case (joins it to a narrative
  block with the same label number, ``jirei.tables.caselist``);
* a field column is a header fact (two place columns, prefecture and municipality, are read
  both); ``事例タイトル`` is the title;
* a section column (``主な取組内容`` → initiatives, ``その他の実績`` → other results) holds the
  items of its cell, split at ``①②③`` (``1 2 3`` after NFKC) or bullet marks;
* a comment column holds one comment;
* a metric column fills the target / actual / achievement rate of its group's metric
  (``rules.columns``); only the report's year counts: among columns naming a fiscal year
  (``R3実績``, ``R4目標``) the latest actual year is the report's and the others are not read.

Rows naming no municipality end the sheet, except a total row (``合計``;
``rules.case_list_totals``), which is no case. Tab, pipe and space-aligned rows are read
(space-aligned group headings by where they stand and by the run of role words under them).
Offsets are into the normalised text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

import regex
from attrs import frozen

from jirei.fields import FieldLine
from jirei.header import header_from_fields, profile_fields
from jirei.lines import Cell, Line, Locate, row_cells
from jirei.listingrows import caption_units, header_again, is_total_row, with_caption_units
from jirei.model import Comment, Metric, Profile, Span, TextBlock
from jirei.places import prefectures_of
from jirei.rules import DEFAULT_RULES, Rules, era_alternation, per_rules
from jirei.sections import heading_key
from jirei.sheetcells import cell_comments, inferred_prefecture
from jirei.sheetroles import role_column, widen
from jirei.tables.cells import column_role, is_blank_cell, label_form, prose_items
from jirei.tables.headunits import header_unit, unit_of

_KIND_BRACKET = regex.compile(r"\([^()]*\)$")
_TRAILING_NUMBER = regex.compile(r"(?<=\D)\d{1,2}$")
_ROLE_BRACKET = regex.compile(r"^(?P<label>.+?)\((?P<role>[^()]+)\)$")
_FIGURE_ROLES = ("target", "actual", "achievement_rate")
#: what joins a metric's name to its role word in one header (``支援対象者数_目標``,
#: ``就職者数-実績``, ``就職率・実績``; decision 3195)
_JOINERS = "_-・:/.\u30fb\uff3f"


@frozen
class SheetColumn:
    """What one column of a row sheet holds: ``kind`` is ``number``, ``field``, ``items``,
    ``comment``, ``metric`` or ``ordered`` (``label（目標／実績）``, decision 71); ``name``
    the field kind, section kind, speaker or metric label; ``role`` a metric column's role,
    ``unit`` its unit from the header, ``year`` the fiscal year its sub-header names (None
    when it names none)."""

    kind: str
    name: str
    head: Cell
    role: str | None = None
    unit: str | None = None
    year: int | None = None


@frozen
class SheetRow:
    """One case row: its number (None without a number column), municipality and profile."""

    number: int | None
    municipality: str
    profile: Profile
    start: int
    end: int


@frozen
class RowSheet:
    """The case rows of a row sheet, and the fiscal year the sheet reports."""

    rows: tuple[SheetRow, ...]
    fiscal_year: int | None
    fiscal_year_span: Span | None


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _is_row(line: Line) -> bool:
    text = line.text
    return "\t" in text or "|" in text or "  " in text.strip() or "\u3000\u3000" in text


def _field_kind(label: str, rules: Rules) -> str | None:
    return rules.field_labels.get(label) or rules.field_labels.get(_KIND_BRACKET.sub("", label))


def is_sheet_header(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``line`` is a row sheet's header row: a row of three cells or more naming a
    place column and another header field (or a number column)."""
    if line.blank or not _is_row(line):
        return False
    cells = row_cells(line)
    return len(cells) >= 3 and _is_header(cells, rules)


def _is_header(cells: Sequence[Cell], rules: Rules) -> bool:
    """A header row: a place column and at least one more header-field column, or a place
    column and a number column (``No.　自治体　目標　実績``)."""
    labels = [label_form(c.text) for c in cells if c.text]
    kinds = {_field_kind(label, rules) for label in labels}
    if "place" not in kinds:
        return False
    numbered = any(label in rules.case_list_numbers for label in labels)
    return numbered or len(kinds - {None, "place", "title", "aside"}) >= 1


def _groups(group: Line | None, header: Line, cells: Sequence[Cell]) -> list[Cell | None]:
    """The group heading over each header cell (None where there is none)."""
    if group is None:
        return [None] * len(cells)
    above = row_cells(group)
    if "\t" in header.text or header.text.lstrip().startswith("|"):  # cells by index
        out: list[Cell | None] = []
        current: Cell | None = None
        for index in range(len(cells)):
            if index < len(above) and above[index].text:
                current = above[index]
            out.append(current)
        return out
    # space-aligned: a group spans from where it starts to where the next one starts; a
    # sub-header belongs to the group it overlaps most
    def at(line: Line, cell: Cell) -> tuple[int, int]:
        start = _width(line.text[: cell.start - line.start])
        return start, start + _width(cell.text)

    spans = [(at(group, c)[0], c) for c in above if c.text]
    regions = [
        (start, spans[n + 1][0] if n + 1 < len(spans) else 1 << 20, cell)
        for n, (start, cell) in enumerate(spans)
    ]
    result: list[Cell | None] = []
    for cell in cells:
        left, right = at(header, cell)
        best, overlap = None, 0
        free = max(0, min(right, regions[0][0]) - left) if regions else right - left
        for start, stop, owner in regions:
            shared = min(right, stop) - max(left, start)
            if shared > overlap:
                best, overlap = owner, shared
        result.append(best if overlap > free else None)
    return _by_roles(cells, result, [owner for _, _, owner in regions])


def _by_roles(
    cells: Sequence[Cell], placed: list[Cell | None], owners: Sequence[Cell]
) -> list[Cell | None]:
    """Space-aligned group headings placed again by the sub-headers' roles: from the first
    sub-header under a group, a role word seen already in the current group (``目標`` after
    ``目標 実績 達成率``) or a unit alone (``（％）``) opens the next group. Normalisation
    narrows full-width brackets, so where a heading stands is only a first guess; when the
    runs found are as many as the headings, each run takes its heading in order."""
    first = next((n for n, owner in enumerate(placed) if owner is not None), None)
    if first is None:
        return placed
    if placed[first] in owners:  # the headings from the first sub-header's on (1997): a
        owners = owners[list(owners).index(placed[first]) :]  # merged-down header's fields
    runs: list[list[int]] = [[]]
    seen: set[str] = set()
    for n in range(first, len(cells)):
        word = label_form(cells[n].text)
        role = column_role(word) or ("unit" if unit_of(word) else None)
        if role is None:
            return placed
        if runs[-1] and (role in seen or role == "unit"):
            runs.append([])
            seen = set()
        runs[-1].append(n)
        seen.add(role)
    if len(runs) != len(owners):
        return placed
    out = list(placed)
    for run, owner in zip(runs, owners, strict=True):
        for n in run:
            out[n] = owner
    return out


@per_rules
def _year_lead(rules: Rules) -> regex.Pattern[str]:
    """A fiscal year opening a metric label (``R4支援対象者数``, ``令和4年度就職者数``)."""
    return regex.compile(rf"^(?:(?:{era_alternation(rules)})\s*(?:\d{{1,2}}|元)|\d{{4}})(?:年度)?")


@per_rules
def _year_head(rules: Rules) -> regex.Pattern[str]:
    return regex.compile(rf"^(?P<era>{era_alternation(rules)})\s*(?P<n>\d{{1,2}}|元)(?:年度?)?")


def _column_year(text: str, rules: Rules) -> int | None:
    """The fiscal year a sub-header names (``R4実績``, ``令和4年度目標``, ``2022年度実績``)."""
    from jirei import values

    found = next(iter(values.find_fiscal_years(text, rules=rules)), None)
    if found is not None:
        return int(found.value.year)
    match = _year_head(rules).match(text)
    if match is None:
        return None
    try:
        era = rules.era(match.group("era"))
    except KeyError:
        return None
    number = 1 if match.group("n") == "元" else int(match.group("n"))
    return era.start.year + number - 1


def _speaker(label: str, rules: Rules) -> str | None:
    for keyword in sorted(rules.comment_keywords, key=len, reverse=True):
        if label.endswith(keyword) and len(label) > len(keyword):
            return label[: -len(keyword)].removesuffix("の") or None
    return None


def _comment_group(label: str, rules: Rules) -> bool:
    return label in rules.comment_keywords or rules.sections.get(label) == "comments"


@per_rules
def _role_words(rules: Rules) -> tuple[tuple[str, str], ...]:
    """The figure role words (``rules.columns``), longest first."""
    pairs = [(word, role) for word, role in rules.columns.items() if role in _FIGURE_ROLES]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def _joined_role(label: str, rules: Rules) -> tuple[str, str, str | None, int | None] | None:
    """A metric name and a role word written as one header (decision 893):
    ``支援対象者数目標``, ``R4就職者数実績``, ``就職者数実績（人）`` → (metric, role, unit, year);
    the name must be a known metric (``rules.metrics``)."""
    base, unit = header_unit(label, rules)
    for word, role in _role_words(rules):
        if len(base) > len(word) and base.endswith(word):
            rest = base[: -len(word)].rstrip(_JOINERS).removesuffix("の")
            name = _year_lead(rules).sub("", rest) or rest
            if name in rules.metrics:
                return name, role, unit, _column_year(rest, rules)
    return None


def classify(sub: Cell, group: Cell | None, rules: Rules = DEFAULT_RULES) -> SheetColumn | None:
    """What a column under sub-header ``sub`` (and group heading ``group``) holds."""
    label = label_form(sub.text)
    upper = label_form(group.text) if group is not None else ""
    if not label and not upper:
        return None
    if upper and _comment_group(heading_key(upper, rules), rules) and label:
        return SheetColumn("comment", label, sub)
    if label in rules.case_list_numbers:
        return SheetColumn("number", label, sub)
    if label and not upper and label in rules.exports_table.get("fiscal_year", ()):
        return SheetColumn("year", label, sub)  # ``年度``: the row's own year (3196)
    kind = _field_kind(label, rules) if label else None
    if kind is not None:
        return SheetColumn("field", kind, sub)
    # ``取組内容①`` / ``取組内容②`` (``取組内容1`` after NFKC): one item column each
    key = heading_key(_TRAILING_NUMBER.sub("", label), rules) if label else ""
    section = rules.sections.get(key) if key else None
    if section in ("initiatives", "other_results"):
        return SheetColumn("items", section, sub)
    speaker = _speaker(label, rules) if label else None
    if speaker is not None:
        return SheetColumn("comment", speaker, sub)
    if label and not upper and _comment_group(key, rules):
        return SheetColumn("comment", "", sub)  # ``コメント``: each cell names its speakers (3577)
    name, unit = header_unit(upper, rules) if upper else ("", None)
    role = column_role(label, rules) if label else None
    above = column_role(upper, rules) if upper else None
    if above in _FIGURE_ROLES and role is None and label:  # ``令和4年度実績`` over metric names
        metric, own_unit = header_unit(label, rules)
        return SheetColumn("metric", metric, sub, above, own_unit, _column_year(upper, rules))
    if upper and role is not None:  # ``目標`` / ``R4実績`` / ``目標（人）`` under a metric
        unit = unit or header_unit(label, rules)[1]
        return SheetColumn("metric", name, sub, role, unit, _column_year(label, rules))
    bracket = _ROLE_BRACKET.match(label) if label.endswith(")") else None
    if bracket is not None:  # one header row: ``支援対象者数（目標）``, ``就職率(実績・%)``
        inner = bracket.group("role").replace("・", "/").replace("、", "/").split("/")
        roles = [column_role(word, rules) for word in inner]
        units = [unit_of(word, rules) for word in inner]
        named = next((r for r in roles if r in _FIGURE_ROLES), None)
        if sum(r in _FIGURE_ROLES for r in roles) >= 2:  # ``label（目標／実績）``: ``150人／163人``
            return SheetColumn("ordered", bracket.group("label"), sub)
        if named is not None:
            found_unit = next((u for u in units if u is not None), None)
            year = _column_year(bracket.group("label"), rules)
            metric = _year_lead(rules).sub("", bracket.group("label")) or bracket.group("label")
            return SheetColumn("metric", metric, sub, named, found_unit, year)
    joined = _joined_role(label, rules) if label and not upper else None
    if joined is not None:  # ``支援対象者数目標``, ``就職者数実績（人）``
        metric, role, unit, year = joined
        return SheetColumn("metric", metric, sub, role, unit, year)
    if not upper and label and column_role(label, rules) == "achievement_rate":
        return SheetColumn("metric", "", sub, "achievement_rate")  # named by _rates_named
    if upper and unit_of(label, rules) is not None:  # 就職率 over （％）: one actual column
        return SheetColumn("metric", name, sub, "actual", unit_of(label, rules))
    if not upper and label:  # one header row: ``就職率（％）`` alone
        name, unit = header_unit(label, rules)
        if unit is not None and name in rules.metrics:
            return SheetColumn("metric", name, sub, "actual", unit)
        bare = _year_lead(rules).sub("", name) if unit is not None else name
        if bare != name and bare in rules.metrics:  # ``令和4年度就職者数（人）`` (1982)
            return SheetColumn("metric", bare, sub, "actual", unit, _column_year(name, rules))
        if unit is None and name in rules.metrics:  # ``就職率`` alone, ``63.6%`` in its cells:
            return SheetColumn("metric", name, sub, "actual")  # the year's actual (2922)
    section = rules.sections.get(heading_key(upper, rules)) if upper else None
    if section in ("initiatives", "other_results"):
        return SheetColumn("items", section, sub)
    if label and not upper:  # ``その他の取組・実績``: a heading no alias lists (decision 2170)
        from jirei.headwords import head_kind

        section = head_kind(label, rules)
        if section in ("initiatives", "other_results"):
            return SheetColumn("items", section, sub)
    return None


def read_row_sheet(
    lines: Sequence[Line],
    rules: Rules = DEFAULT_RULES,
    locate: Locate | None = None,
    era_at: Callable[[int], str] | None = None,
) -> RowSheet | None:
    """The first row sheet among ``lines``, else None."""
    from jirei.profile import identity_locate

    locate = locate or identity_locate
    for index, line in enumerate(lines):
        if line.blank or not _is_row(line):
            continue
        cells = row_cells(line)
        if len(cells) < 3 or not _is_header(cells, rules):
            continue
        found = _read(lines, index, cells, rules, locate)
        if found is not None:
            return found
    return None


def _read(
    lines: Sequence[Line], index: int, head: list[Cell], rules: Rules, locate: Locate
) -> RowSheet | None:
    from jirei.tables.grid import is_separator

    header = lines[index]
    above = next(
        (
            n for n in range(index - 1, -1, -1)
            if not lines[n].blank and not (
                lines[n].text.lstrip().startswith(("|", "+")) and is_separator(row_cells(lines[n]))
            )
        ),
        None,
    )  # a markdown rule row between the group row and the sub-headers is skipped
    group = lines[above] if above is not None and _is_row(lines[above]) else None
    if group is not None and _is_header(row_cells(group), rules):
        group = None
    first_row = index + 1
    merged = _merged_down(lines, index, head, rules)
    if merged is not None:  # field names over empty cells, role words under metric names
        columns, anchors, first_row = merged
        group = None
    else:
        groups = _groups(group, header, head)
        columns = [classify(cell, over, rules) for cell, over in zip(head, groups, strict=True)]
        anchors = [(header, cell) for cell in head]
    columns = _rates_named(columns)
    centres = [_centre(owner, cell) for owner, cell in anchors]
    years = [c.year for c in columns if c is not None and c.role == "actual" and c.year]
    report = max(years) if years else None
    top = above if group is not None and above is not None else index
    year, span = _sheet_year(
        lines, top, report, [cell for _, cell in anchors], columns, rules, locate
    )
    if report is None and any(c is not None and c.year for c in columns):
        report = year  # no actual column names a year: the title's year is the report's
    rows: list[SheetRow] = []
    roles: tuple[int, list[tuple[int, str, str | None]]] | None = None
    checked = False  # a role column (``区分``: 目標 / 実績 rows per case) looked for (2186)
    at = first_row - 1
    while at + 1 < len(lines):
        at += 1
        line = lines[at]
        if line.blank or not _is_row(line):
            again = header_again(lines, at, index, first_row)  # the sheet's next page (1983)
            if again is None:
                break
            at = again - 1
            continue
        cells = row_cells(line)
        if all(is_blank_cell(c.text) for c in cells) or is_separator(cells):
            continue
        if any(label_form(c.text) in rules.case_list_totals for c in cells[:4] if c.text):
            continue  # a total row: no case
        if is_total_row(cells[:4], rules):
            continue  # ``小計（福岡・佐賀）`` / ``福岡県計`` (decision 1980)
        if len(cells) != len(columns) and not ("\t" in line.text or "|" in line.text):
            cells = _aligned(centres, line, cells)
        row_columns: Sequence[SheetColumn | None] = columns
        if not checked and ("\t" in line.text or "|" in line.text):
            checked = True
            roles = role_column([cell for _, cell in anchors], columns, cells, rules)
        if roles is not None:  # the case's role rows under it (decision 2186)
            cells, row_columns, at = widen(
                lines, at, cells, columns, roles, [cell for _, cell in anchors], rules
            )
        row = _row(line, cells, row_columns, report, rules, locate)
        if row is None:
            break
        rows.append(row)
    if not rows:
        return None
    if len(rows) == 1 and roles is None and not any(
        c is not None and c.kind in ("metric", "ordered", "items", "comment") for c in columns
    ):
        return None  # field names over one row of values: a facts row (decision 707)
    if year is not None:  # (a row's own year cell first, decision 3196)
        rows = [
            r if r.profile.fiscal_year is not None else
            SheetRow(r.number, r.municipality, _with_year(r.profile, year, span), r.start, r.end)
            for r in rows
        ]
    units = caption_units(lines[max(0, top - 3) : top], rules)
    if units:  # （単位：人、％） over the whole sheet (decision 1981)
        rows = [
            SheetRow(r.number, r.municipality, with_caption_units(r.profile, units), r.start, r.end)
            for r in rows
        ]
    return RowSheet(tuple(rows), year, span)


def _rates_named(columns: Sequence[SheetColumn | None]) -> list[SheetColumn | None]:
    """A bare ``達成率`` column (decision 895) is the rate of the metric column nearest to
    its left; with none there it is not read."""
    import attrs

    out: list[SheetColumn | None] = []
    last: str | None = None
    for column in columns:
        if column is not None and column.kind == "metric":
            if column.name:
                last = column.name
            else:
                column = attrs.evolve(column, name=last) if last else None
        out.append(column)
    return out


def _centre(owner: Line, cell: Cell) -> float:
    """Where a cell's middle stands in its line, in display columns."""
    start = _width(owner.text[: cell.start - owner.start])
    return start + _width(cell.text) / 2


def _aligned(centres: Sequence[float], line: Line, cells: Sequence[Cell]) -> list[Cell]:
    """A space-aligned row's cells placed under the header cells nearest to them."""
    out = [Cell("", line.end, line.end) for _ in centres]
    for cell in cells:
        here = _centre(line, cell)
        nearest = min(range(len(centres)), key=lambda n: abs(centres[n] - here))
        if not out[nearest].text:
            out[nearest] = cell
    return out


_SUB_ROLES = frozenset(("target", "actual", "achievement_rate", "previous"))


def _merged_down(
    lines: Sequence[Line], index: int, head: Sequence[Cell], rules: Rules
) -> tuple[list[SheetColumn | None], list[tuple[Line, Cell]], int] | None:
    """A header whose cells were merged down (decision 890): the header row names the
    fields over empty cells and the metrics over the row below, which holds only role words
    (``目標　実績　達成率``) or units. The columns, the (line, cell) each is aligned by, and
    the index of the first row under the two header rows; None for a one-row header."""
    from jirei.tables.grid import is_separator

    at = index + 1
    while at < len(lines) and not lines[at].blank and is_separator(row_cells(lines[at])):
        at += 1
    if at >= len(lines) or lines[at].blank or not _is_row(lines[at]):
        return None
    below = lines[at]
    subs = row_cells(below)
    words = [label_form(c.text) for c in subs if c.text]
    if len(words) < 2 or not all(
        column_role(w, rules) in _SUB_ROLES or unit_of(w, rules) is not None for w in words
    ):
        indexed = "\t" in lines[index].text or "|" in lines[index].text
        if not (indexed and _speakers_under_comments(head, subs, rules)):
            return None
    header = lines[index]
    columns: list[SheetColumn | None] = []
    anchors: list[tuple[Line, Cell]] = []
    if "\t" in header.text or "|" in header.text:  # cells by index
        owner: Cell | None = None
        for n in range(max(len(head), len(subs))):
            top = head[n] if n < len(head) else None
            if top is not None and top.text:
                owner = top
            sub = subs[n] if n < len(subs) and subs[n].text else None
            if sub is not None:
                columns.append(classify(sub, owner, rules))
                anchors.append((below, sub))
            elif top is not None:
                columns.append(classify(top, None, rules) if top.text else None)
                anchors.append((header, top))
        return columns, anchors, at + 1
    owners = _groups(header, below, subs)
    placed: list[tuple[float, SheetColumn | None, Line, Cell]] = [
        (_centre(below, sub), classify(sub, over, rules), below, sub)
        for sub, over in zip(subs, owners, strict=True)
    ]
    for cell in head:
        if not any(over == cell for over in owners):
            placed.append((_centre(header, cell), classify(cell, None, rules), header, cell))
    placed.sort(key=lambda item: item[0])
    return [c for _, c, _, _ in placed], [(o, c) for _, _, o, c in placed], at + 1


def _speakers_under_comments(head: Sequence[Cell], subs: Sequence[Cell], rules: Rules) -> bool:
    """Whether a tab or pipe sub-header row holds role words (``目標　実績``) and, under a
    merged comment heading (``コメント``), the speakers' kinds (``自治体　ハローワーク``;
    decision 2182): cells by index, a heading reaching right up to the next one."""
    owner = ""
    roles = 0
    for n, sub in enumerate(subs):
        if n < len(head) and head[n].text:
            owner = label_form(head[n].text)
        word = label_form(sub.text)
        if not word:
            continue
        if column_role(word, rules) in _SUB_ROLES or unit_of(word, rules) is not None:
            roles += 1
        elif not (owner and _comment_group(heading_key(owner, rules), rules)):
            return False
    return roles >= 2


def _sheet_year(
    lines: Sequence[Line], top: int, report: int | None, head: Sequence[Cell],
    columns: Sequence[SheetColumn | None], rules: Rules, locate: Locate,
) -> tuple[int | None, Span | None]:
    """The sheet's fiscal year: the latest actual column's, else the one the caption or
    title lines above the sheet name (the nearest first)."""
    from jirei import values

    if report is not None:
        for cell, column in zip(head, columns, strict=True):
            if column is not None and column.role == "actual" and column.year == report:
                return report, locate(cell.start, cell.end)
    for line in reversed(lines[:top]):
        if "年度" not in line.text:
            continue
        found = list(values.find_fiscal_years(line.text, rules=rules))
        if found:
            first = found[-1]
            return int(first.value.year), locate(line.start + first.start, line.start + first.end)
    return None, None


def _with_year(profile: Profile, year: int, span: Span | None) -> Profile:
    import attrs

    spans = dict(profile.spans)
    if span is not None:
        spans["fiscal_year"] = span
    return attrs.evolve(profile, fiscal_year=year, spans=spans)


def _row(
    line: Line, cells: Sequence[Cell], columns: Sequence[SheetColumn | None],
    report: int | None, rules: Rules, locate: Locate,
) -> SheetRow | None:
    from jirei.tables.headunits import with_unit
    from jirei.tables.reader import _TableReader

    fields: list[FieldLine] = []
    items: dict[str, list[tuple[str, int, int]]] = {"initiatives": [], "other_results": []}
    comments: list[Comment] = []
    figures: dict[str, dict[str, list[Cell]]] = {}
    metric_heads: dict[str, SheetColumn] = {}
    unclassified: list[TextBlock] = []
    ordered: list[Metric] = []
    number: int | None = None
    own_year: tuple[int, Span] | None = None
    for cell, column in zip(cells, columns, strict=False):
        if column is None or is_blank_cell(cell.text):
            continue
        if column.kind == "number":
            digits = regex.search(r"\d+", unicodedata.normalize("NFKC", cell.text))
            number = int(digits.group()) if digits else None
        elif column.kind == "year":
            own_year = _own_year(cell, rules, locate) or own_year
        elif column.kind == "field":
            fields.append(FieldLine(column.name, column.head.text, cell.text, cell.start, cell.end))
        elif column.kind == "items":
            items[column.name].extend(cell_items(cell, rules))
        elif column.kind == "comment":  # the cell's own 【speaker】 first (decision 2171)
            comments.extend(cell_comments(column.name, column.head, cell, rules, locate))
        elif column.kind == "metric" and column.role in _FIGURE_ROLES:
            if column.year is not None and report is not None and column.year != report:
                unclassified.append(
                    TextBlock(column.head.text, cell.text, locate(cell.start, cell.end))
                )
                continue  # another year's column (R3実績): not read
            metric_heads.setdefault(column.name, column)
            figures.setdefault(column.name, {}).setdefault(str(column.role), []).append(cell)
        elif column.kind == "ordered":
            from jirei.tables.keyvalue import read_ordered_cell

            metric = read_ordered_cell(column.head, cell, rules=rules, locate=locate)
            if metric is not None:
                ordered.append(metric)
            else:
                unclassified.append(
                    TextBlock(column.head.text, cell.text, locate(cell.start, cell.end))
                )
        elif column.kind == "metric":
            where = locate(cell.start, cell.end)
            unclassified.append(TextBlock(column.head.text, cell.text, where))
    header = header_from_fields(fields, rules)
    municipality = header.fields.get("municipality")
    if municipality is None or not prefectures_of(str(municipality.value)):
        return None
    reader = _TableReader(rules, None, locate, None)
    for name, by_role in figures.items():
        head = metric_heads[name]
        label = Cell(name, head.head.start, head.head.start + len(head.head.text))
        first = len(reader.metrics)
        reader.emit(label, by_role, lambda line=line: (line.text, line.start, line.end))
        if head.unit is not None:
            reader.metrics[first:] = [with_unit(m, head.unit) for m in reader.metrics[first:]]
    metrics: list[Metric] = [*reader.metrics, *ordered]
    values = {name: field.value for name, field in header.fields.items()}
    spans = {name: locate(f.start, f.end) for name, f in header.fields.items()}
    if own_year is not None:
        values["fiscal_year"], spans["fiscal_year"] = own_year
    title = values.pop("title", None)
    prefecture = inferred_prefecture(values)  # no prefecture column (decision 2172)
    if prefecture is not None:
        values["prefecture"] = prefecture
    profile = Profile(
        title=title,  # type: ignore[arg-type]
        **profile_fields(values, header.hello_work),  # type: ignore[arg-type]
        fiscal_year=own_year[0] if own_year is not None else None,
        initiatives=tuple(text for text, _, _ in items["initiatives"]),
        metrics=tuple(metrics),
        other_results=tuple(text for text, _, _ in items["other_results"]),
        comments=tuple(comments),
        unclassified=tuple(unclassified),
        inferred=("prefecture",) if prefecture is not None else (),
        span=locate(line.start, line.end),
        spans=spans,
        hello_work_spans=tuple(locate(f.start, f.end) for f in header.hello_work),
        initiative_spans=tuple(locate(s, e) for _, s, e in items["initiatives"]),
        other_result_spans=tuple(locate(s, e) for _, s, e in items["other_results"]),
    )
    return SheetRow(number, str(municipality.value), profile, line.start, line.end)


def _own_year(cell: Cell, rules: Rules, locate: Locate) -> tuple[int, Span] | None:
    """The fiscal year a row's year cell names (``令和4年度``, ``R3``, ``2022``), else None."""
    from jirei import values

    found = next(iter(values.find_fiscal_years(cell.text, rules=rules)), None)
    if found is not None:
        start = cell.start + found.start
        return int(found.value.year), locate(start, cell.start + found.end)
    year = _column_year(cell.text.strip(), rules)
    if year is None and regex.fullmatch(r"\s*(?:19|20)\d{2}\s*", cell.text):
        year = int(cell.text)
    return (year, locate(cell.start, cell.end)) if year is not None else None


#: ``①`` (``1`` after NFKC) opening a cell, or after a sentence end or a space (a line
#: break inside a CSV cell reads as a space, decision 1102); the numbers must count up
_NUMBER_MARK = regex.compile(r"(?:^|(?<=[。.!?\s]))\s*\(?(?P<n>\d{1,2})[).]?(?=\D)")


def cell_items(cell: Cell, rules: Rules = DEFAULT_RULES) -> list[tuple[str, int, int]]:
    """The items of one cell with their [start, end): split at ``①②③`` (``1 2 3`` after
    NFKC: a number counting up from 1, at the start or after a sentence end), else at
    bullet marks (``○…○…``); markers stripped."""
    text = cell.text
    marks = []
    expected = 1
    for match in _NUMBER_MARK.finditer(text):
        if int(match.group("n")) == expected:
            marks.append(match)
            expected += 1
    if len(marks) >= 2 and marks[0].start() == 0:
        out: list[tuple[str, int, int]] = []
        for n, match in enumerate(marks):
            end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
            raw = text[match.end() : end]
            piece = raw.strip()
            start = cell.start + match.end() + len(raw) - len(raw.lstrip())
            if piece:
                out.append((piece, start, start + len(piece)))
        return out
    return prose_items(cell, rules)


__all__ = [
    "RowSheet", "SheetColumn", "SheetRow", "cell_items", "classify", "is_sheet_header",
    "read_row_sheet",
]
