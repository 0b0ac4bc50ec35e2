"""A results table whose cells are parted by ONE space (ASCII or full-width), as PDF text
extraction writes it (``corpus/README.md`` decision 800)::

    区分 目標 実績 達成率
    支援対象者数 １００人 １２０人 １２０．０％
    就職者数 （うち紹介就職） ６０人 － －

A line is such a table's header when its pieces (``jirei.spacedcells``: cut at whitespace
and where normalisation removed a space between two CJK characters) group into known
column words (``rules.columns``: 目標, 実績, 達成率, 前年度実績, ``27年度実績`` …), the first
maybe a stub (区分, 項目, 対象) and at least one a target or actual column. A row under it
is a label (its leading pieces, inner spaces kept) and one value cell per value column,
each a figure or a dash; a line that does not split so ends the table. Tables whose cells
the usual cell breaks (tabs, pipes, two or more spaces) already part are left to
``jirei.tables.grid``. Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei import values as _values
from jirei.errors import ValueParseError
from jirei.lines import Cell, Line, Locate, row_cells
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.spacedcells import Gap, fewest_groups, joined, pieces
from jirei.tables.cells import _SENTENCE_END, _bullet_pattern, column_role
from jirei.tables.grid import LABEL_ROLES, Row, Run, is_header, is_table_line
from jirei.tables.spacedmatrix import matrix_header, padded

#: the roles of a column whose cells hold a figure or a dash
VALUE_ROLES = ("target", "actual", "achievement_rate", "previous", "period")
#: a value cell saying "none"
DASHES = frozenset("-－―‐—–")
#: how many caption lines may stand above the header (as ``grid.find_run``)
_MAX_CAPTIONS = 3
#: the longest header line looked at
_MAX_HEADER = 80
#: a bracket closing a cell after its figure, holding a figure (``(達成率118.0%)``)
_NOTE = regex.compile(r"\([^()\s]*\d[^()\s]*\)$")


def gap_of(locate: Locate) -> Gap:
    """``Gap`` from ``locate``: the original is longer than the normalised text there."""

    def gap(start: int, end: int) -> bool:
        span = locate(start, end)
        return span.end - span.start > end - start

    return gap


@per_rules
def _figure_words(rules: Rules) -> tuple[str, ...]:
    """The target / actual column words (a header holds one: a cheap precheck)."""
    return tuple(w for w, role in rules.columns.items() if role in ("target", "actual") and w)


@per_rules
def _value_words(rules: Rules) -> tuple[str, ...]:
    """The column words of value columns (a header ends with one, or with a bracketed
    unit: a cheap precheck)."""
    return (*(w for w, role in rules.columns.items() if role in VALUE_ROLES and w), ")")


def _may_head(text: str, rules: Rules) -> bool:
    """The cheap part of ``spaced_header``'s test: a short line without a sentence end,
    ending with a value column's word (or a bracket) and holding a target / actual word."""
    if len(text) > _MAX_HEADER or _SENTENCE_END in text:
        return False
    return text.rstrip().endswith(_value_words(rules)) and any(
        word in text for word in _figure_words(rules)
    )


def spaced_header(line: Line, gap: Gap | None, rules: Rules = DEFAULT_RULES) -> list[Cell] | None:
    """The cells of a header row of column words parted by single spaces: a stub cell (empty
    when none is written), then one cell per value column; None when ``line`` is no such row."""
    if not _may_head(line.text, rules):
        return None

    def accept(group: str, first: bool) -> bool:
        role = column_role(group, rules)
        return role in VALUE_ROLES or (first and role in LABEL_ROLES)

    found = pieces(line, gap)
    groups = fewest_groups(line, found, accept)
    if groups is None:
        groups = _two_stubs(line, found, rules)
    if groups is None:
        return None
    if column_role(groups[0].text, rules) not in LABEL_ROLES:
        at = groups[0].start
        groups.insert(0, Cell("", at, at))
    roles = [column_role(cell.text, rules) for cell in groups[1:]]
    if len(groups) < 3 and not groups[0].text:
        return None  # one column word alone is a heading, not a header
    if not any(role in ("target", "actual") for role in roles):
        return None
    return groups


def _two_stubs(line: Line, found: Sequence[Cell], rules: Rules) -> list[Cell] | None:
    """A header's groups when it opens with two stub words, a group's and a label's
    (``区分 項目 事業目標 実績 達成率``: a table of groups, each over its metrics; decision
    2769), the rest value column words; else None."""

    def accept(group: str, first: bool) -> bool:
        return column_role(group, rules) in (*VALUE_ROLES, *LABEL_ROLES)

    groups = fewest_groups(line, found, accept)
    if groups is None or len(groups) < 4:
        return None
    roles = [column_role(cell.text, rules) for cell in groups]
    if roles[0] not in LABEL_ROLES or roles[1] != "label":
        return None
    return groups if all(role in VALUE_ROLES for role in roles[2:]) else None


def stub_width(header: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> int:
    """How many stub cells open a spaced header (``spaced_header``): two under a group and a
    label word, else one."""
    if len(header) > 2 and column_role(header[1].text, rules) == "label":
        return 2
    return 1


def is_value(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a cell's text is one figure (``120人``, ``120.0%``, ``100人以上``, ``延べ640件``)
    or a dash; the figure may carry a bracketed figure of its own (``236人(達成率118.0%)``,
    ``62.7%(就職者数148人)``: read by the cell reader as any table's cell; decision 2877)."""
    if len(text) == 1 and text in DASHES:
        return True
    if text.endswith(")"):
        note = _NOTE.search(text)
        if note is None or note.start() == 0:
            return False
        text = text[: note.start()]
    counted = next((w for w in rules.count_words if w and text.startswith(w)), None)
    if counted is not None:
        text = text[len(counted) :]
    if not text or not (text[0].isdigit() or text.startswith(rules.qualifier_prefixes)):
        return False  # (a cheap precheck: a figure opens with a digit or a hedge)
    try:
        _values.parse_quantity(text, rules=rules)
    except ValueParseError:
        return False
    return True


def spaced_row(
    line: Line, width: int, gap: Gap | None, rules: Rules = DEFAULT_RULES, *, stubs: int = 1
) -> list[Cell] | None:
    """The cells of a row under a header of ``width`` value columns — a label and ``width``
    value cells — else None. A row the usual cell breaks already part so is read so. Under
    two stub columns (``stubs``) a row's leading pieces are its group and its label cells
    when they are two or more (``_group_and_label``), its label alone when one."""
    if is_table_line(line):
        cells = row_cells(line)
        if len(cells) == width + 1 and cells[0].text and all(
            is_value(cell.text, rules) for cell in cells[1:]
        ):
            return cells
    found = pieces(line, gap)
    if len(found) < width + 1:
        return None
    values = found[len(found) - width :]
    if not all(is_value(cell.text, rules) for cell in values):
        return None
    label = joined(line, found[: len(found) - width])
    if _SENTENCE_END in label.text or is_value(label.text, rules):
        return None
    if stubs == 2 and len(found) - width > 1:
        return [*_group_and_label(line, found[: len(found) - width], rules), *values]
    return [label, *values]


def _group_and_label(line: Line, stub: Sequence[Cell], rules: Rules) -> list[Cell]:
    """A row's stub pieces as its group cell and its label cell: the label the shortest
    tail of pieces naming a known metric (``rules.metrics``), else the pieces after the
    first; the whole a known metric is a label alone (its group the row's above)."""
    from jirei.tables.cells import label_form

    whole = joined(line, stub)
    if label_form(whole.text) in rules.metrics:
        return [whole]
    for cut in range(len(stub) - 1, 0, -1):
        if label_form(joined(line, stub[cut:]).text) in rules.metrics:
            return [joined(line, stub[:cut]), joined(line, stub[cut:])]
    return [stub[0], joined(line, stub[1:])]


def read_spaced(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES, *, locate: Locate
) -> tuple[Run, list[Row]] | None:
    """The run and rows of a single-space table at the top of ``lines`` (a results
    section's lines), the header row first; None when the top holds no such table or the
    usual cell breaks already read it."""
    gap = gap_of(locate)
    bullets = _bullet_pattern(rules)
    captions: list[int] = []
    for index, line in enumerate(lines):
        if line.blank:
            continue
        tabled = is_table_line(line)
        if tabled and not _may_head(line.text, rules):
            return None  # (no header here, and a table line is no caption: exact precheck)
        if tabled and _regular(lines, index, rules):
            return None
        header = spaced_header(line, gap, rules)
        matrix = header is None and not tabled
        if matrix:  # 区分 支援対象者数 就職者数 (decision 2452)
            header = matrix_header(line, gap, rules)
        if header is not None:
            found = _rows(lines, index, header, tuple(captions), gap, rules, matrix=matrix)
            if found is not None and tabled and found[0].end <= _grid_end(lines, index):
                return None  # it reads fewer rows than the usual cell breaks do
            return found
        text = line.stripped
        if tabled or _SENTENCE_END in text or bullets.match(text):
            return None
        if len(captions) >= _MAX_CAPTIONS:
            return None
        captions.append(index)
    return None


def _regular(lines: Sequence[Line], index: int, rules: Rules) -> bool:
    """Whether line ``index`` is a header the usual cell breaks read, over rows split into
    as many cells, with no row parted by single spaces under them (a cheap test)."""
    cells = row_cells(lines[index])
    if len(cells) < 2 or not is_header(cells, rules):
        return False
    rows = 0
    for number in range(index + 1, len(lines)):
        line = lines[number]
        if line.blank:
            continue
        if not is_table_line(line):
            last = line.text.split()[-1]  # a row parted by single spaces ends in a figure
            return rows > 0 and not is_value(last, rules)
        if len(row_cells(line)) != len(cells):
            return False
        rows += 1
    return rows > 0


def _grid_end(lines: Sequence[Line], index: int) -> int:
    """The index of the last line of the run of table lines from line ``index`` on
    (blank lines inside it allowed), as ``grid.find_run`` takes it."""
    last = index
    for number in range(index + 1, len(lines)):
        if is_table_line(lines[number]):
            last = number
        elif not lines[number].blank:
            break
    return last


def _rows(
    lines: Sequence[Line],
    index: int,
    header: list[Cell],
    captions: tuple[int, ...],
    gap: Gap,
    rules: Rules,
    *,
    matrix: bool = False,
) -> tuple[Run, list[Row]] | None:
    stubs = 1 if matrix else stub_width(header, rules)
    width = len(header) - stubs
    rows = [Row(index, lines[index], tuple(header))]
    pending: list[Row] = []  # group lines waiting for a row under them
    last = index
    for number in range(index + 1, len(lines)):
        line = lines[number]
        if line.blank:
            continue
        cells = spaced_row(line, width, gap, rules, stubs=stubs)
        for fewer in range(width - 1, 0, -1) if matrix and cells is None else ():
            cells = spaced_row(line, fewer, gap, rules)  # a matrix row of fewer figures
            if cells is not None:
                cells = padded(cells, width)
                break
        if cells is None:
            named = group_cell(line, rules)
            if named is None:
                break
            pending.append(Row(number, line, (named, *(Cell("", named.end, named.end),) * width)))
            continue  # ``＜児童扶養手当受給者＞`` over the rows below (decision 2759)
        rows.extend(pending)
        pending.clear()
        rows.append(Row(number, line, tuple(cells)))
        last = number
    if len(rows) < 2:
        return None
    return Run(index, last + 1, captions), rows


def group_cell(line: Line, rules: Rules) -> Cell | None:
    """A group heading line inside the table (``jirei.linegroups``) as its one cell."""
    from jirei.linegroups import group_heading

    if group_heading(line, rules) is None:
        return None
    text = line.stripped
    start = line.start + line.text.index(text)
    return Cell(text, start, start + len(text))


__all__ = ["gap_of", "is_value", "read_spaced", "spaced_header", "spaced_row"]
