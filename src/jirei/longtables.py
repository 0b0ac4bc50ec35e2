"""A table of every facility's figures in long form: one row per metric (decision 2816,
branch press-s14).

A committee's 資料 or a bureau's summary may list each facility's targets and results as
rows, the facility named on its first row only (or on every row, or ``〃`` under it)::

    No.  施設名              指標          目標        実績    達成率
    1    ジョブサポートたかまつ  支援対象者数  250人以上   273人   109.2%
                             就職者数      163人以上   180人   110.4%
    2    まつやま若者…プラザ    職業相談      3,000件程度 3,412件 113.7%

``long_blocks`` finds, in a table of ``jirei.facilitytables`` (a header cell naming the
facility column), a header with a metric-label cell (``rules.columns`` role ``label``, or
``figures.toml label_heads``) and two role cells or more (目標 / 実績 / 達成率), and cuts it
into one block per facility: its first row and the rows under it whose name cell is empty,
the same name, or a ditto mark (a space-aligned row whose empty cells left no gap, its
cells as many as the columns from the label on, is one too). A table naming cities
(``自治体名``) gives each block to the profile of that municipality. Each block is read by
the case tables' reader (``jirei.tables.reader.read_results``) as if it were the
facility's own table, the header and rows cut from the label column on (so qualifiers,
``―`` cells and notes read as they do in any case table). A row naming no facility of the
table (a total, ``（参考）四国計``) ends the block above it and is read for no case.
A group column before the label column (``区分　生活保護受給者等``) is read as the case
tables read it (each row's group, an empty cell taking the one above).

The table's caption (``令和５年度 事業目標と実績一覧`` a few lines above its header) states the
fiscal year of the figures: ``caption_year`` reads it for the profiles the blocks go to
(decision 3058).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex
from attrs import frozen

from jirei.facilitytables import FacilityTable, cellular, key, name_heads
from jirei.lines import Line, row_cells
from jirei.model import Metric, Profile, Span
from jirei.rules import DEFAULT_RULES, Rules

Locate = Callable[[int, int], Span]

#: a row number (``1``, ``2.``, ``(3)``)
_NUMBER = regex.compile(r"^[(（]?[0-9０-９]{1,3}[.)）]?$")
_GLOSS = regex.compile(r"[(（][^()（）]{1,10}[)）]$")
_ROLES = frozenset({"target", "actual", "achievement_rate"})


@frozen
class LongBlock:
    """One facility's rows of a long-form table: its name (key form) and its metrics."""

    name: str
    metrics: tuple[Metric, ...]


def _label_column(columns: Sequence[str], rules: Rules) -> int | None:
    """The index of the header's metric-label cell when two role cells or more follow it."""
    from jirei.tables.cells import column_role

    heads = set(rules.figures_table.get("label_heads", ()))
    for index, cell in enumerate(columns):
        if cell in heads or rules.columns.get(cell) == "label":
            roles = [column_role(c, rules) for c in columns[index + 1 :]]
            if sum(role in _ROLES for role in roles) >= 2:
                return index
            return None
    return None


def _cut(line: Line, at: int) -> Line:
    """``line`` from its cell ``at`` on (offsets kept); an empty line when it has no such
    cell."""
    cells = row_cells(line)
    if at >= len(cells):
        return Line("", line.end)
    offset = cells[at].start - line.start
    return Line(line.text[offset:], cells[at].start)


def long_blocks(
    text: str, table: FacilityTable, locate: Locate, rules: Rules = DEFAULT_RULES
) -> list[LongBlock]:
    """The facility blocks of a long-form ``table``, each read by the case tables' reader;
    [] when the table is not long-form (see the module)."""
    from jirei.tables.reader import read_results

    label = _label_column(table.columns, rules)
    if label is None:
        return []
    heads = name_heads(rules, places=table.by_place)
    name_column = next(
        (i for i, cell in enumerate(table.columns) if _bare(cell) in heads), None
    )
    if name_column is None or name_column >= label:
        return []
    names = {row.name for row in table.rows if rules.metrics.get(row.name) is None}
    header = _cut(table.head, label)
    ditto = set(rules.ditto_marks)
    blocks: list[tuple[str, list[Line]]] = []
    current: list[Line] | None = None
    line = table.head
    while True:
        below = _next(text, line)
        if below is None or below.blank or not cellular(below.text):
            break
        line = below
        cells = row_cells(line)
        filled = [cell for cell in cells if cell.text.strip()]
        if line.text[:1].isspace() and filled and len(filled) <= len(table.columns) - label:
            # a space-aligned continuation row: its empty name cells left no gap
            if current is not None:
                current.append(Line(line.text[filled[0].start - line.start :], filled[0].start))
            continue
        if len(cells) <= label:
            current = None
            continue
        name = cells[name_column].text.strip()
        if name and name not in ditto and (not blocks or key(name) != blocks[-1][0]):
            found = key(name)
            current = [] if found in names else None
            if current is not None:
                blocks.append((found, current))
        elif not name and any(_names_row(cell.text, ditto) for cell in cells[:label]):
            current = None  # a total named in another cell (``（参考）四国計``, an empty name)
        if current is not None:
            current.append(_cut(line, label))
    out: list[LongBlock] = []
    for name, rows in blocks:
        read = read_results([header, *rows], rules=rules, locate=locate)
        if read.metrics:
            out.append(LongBlock(name, tuple(read.metrics)))
    return out


#: how many lines above a table's header its caption may stand (blank lines included)
_CAPTION_REACH = 4


def caption_year(
    text: str, table: FacilityTable, locate: Locate, rules: Rules = DEFAULT_RULES
) -> tuple[int, Span] | None:
    """The fiscal year the caption above ``table`` states (the nearest line naming one,
    within a few lines above its header, none of them a row of cells), with its span."""
    from jirei.values.fiscal import find_fiscal_years

    end = table.start
    for _ in range(_CAPTION_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end - 1] if text[end - 1 : end] == "\n" else text[start:end]
        if cellular(line):
            return None
        found = next(iter(find_fiscal_years(line, rules=rules)), None)
        if found is not None:
            return found.value.year, locate(start + found.start, start + found.end)
        end = start
    return None


def _bare(cell: str) -> str:
    """A header cell without its bracketed gloss (``施設名(種別)`` → ``施設名``)."""
    return _GLOSS.sub("", cell)


def _names_row(cell: str, ditto: set[str]) -> bool:
    """Whether a cell left of the label column names a row of its own (no number, no ditto
    mark, not empty)."""
    text = cell.strip()
    return bool(text) and text not in ditto and not _NUMBER.match(text)


def _next(text: str, line: Line) -> Line | None:
    if line.end >= len(text):
        return None
    end = text.find("\n", line.end + 1)
    return Line(text[line.end + 1 : end if end >= 0 else len(text)], line.end + 1)


def with_long_tables(
    profiles: Sequence[Profile],
    tables: Sequence[FacilityTable],
    text: str,
    locate: Locate,
    rules: Rules = DEFAULT_RULES,
) -> dict[int, tuple[tuple[Metric, ...], tuple[int, Span] | None]]:
    """For the profiles that read no figures of their own, the metrics of their facility's
    block of a long-form table (by index into ``profiles``; a table of cities by the
    profile's municipality) and the fiscal year its caption states (with its span, else
    None); a table must give two profiles or more their blocks."""
    out: dict[int, tuple[tuple[Metric, ...], tuple[int, Span] | None]] = {}
    for table in tables:
        blocks = long_blocks(text, table, locate, rules)
        if len(blocks) < 2:
            continue
        found: dict[int, tuple[Metric, ...]] = {}
        for index, profile in enumerate(profiles):
            name = profile.municipality if table.by_place else profile.facility_name
            if profile.metrics or not name:
                continue
            block = next((b for b in blocks if b.name == key(name)), None)
            if block is not None:
                found[index] = block.metrics
        if len(found) >= 2:
            year = caption_year(text, table, locate, rules)
            out.update((index, (metrics, year)) for index, metrics in found.items())
    return out


__all__ = ["LongBlock", "caption_year", "long_blocks", "with_long_tables"]
