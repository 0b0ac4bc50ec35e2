"""Where a results table stands among a section's lines, and how its columns are laid out."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex
from attrs import frozen

from jirei import values as _values
from jirei.headings import fiscal_year
from jirei.lines import Cell, Line, cell_texts, row_cells
from jirei.rules import DEFAULT_RULES, Rules, era_alternation, per_rules, per_rules_memo
from jirei.tables.cells import _SENTENCE_END, _bullet_pattern, column_role, label_form

# ``|---|:---:|`` under a pipe table's header.
_SEPARATOR = regex.compile(r"^:?-{2,}:?$")
# How many short caption lines (``(単位:人)``) may stand between the heading and the table.
_MAX_CAPTIONS = 3

#: roles of a column that names rows rather than holding figures
LABEL_ROLES = ("label", "group")
#: roles a transposed table's row labels take
TRANSPOSED_ROLES = ("target", "actual", "achievement_rate")


@frozen
class Row:
    """One table row: its index in the section's lines, the line, and its cells."""

    index: int
    line: Line
    cells: tuple[Cell, ...]

    @property
    def text(self) -> str:
        return self.line.stripped

    @property
    def start(self) -> int:
        return self.cells[0].start if self.cells[0].text else _first_text(self.cells)

    @property
    def end(self) -> int:
        return max((c.end for c in self.cells if c.text), default=self.line.end)


def _first_text(cells: Sequence[Cell]) -> int:
    return min((c.start for c in cells if c.text), default=cells[0].start)


def is_table_line(line: Line) -> bool:
    """A line of two or more cells (a header row may start with an empty cell)."""
    # Without building the cells: unless it is a pipe row, a line that is not blank has a
    # cell with text (its first non-space character lies in one), so it is a table line
    # exactly when it splits at all (a tab, or a cell break as ``row_cells`` splits).
    text = line.text.rstrip()
    if not text:
        return False
    if text.lstrip()[0] != "|":
        # ``_CELL_BREAK`` (a tab, two spaces, a pipe) by substring tests; a dash rule needs
        # ``--`` or ``+``
        return (
            "\t" in text
            or "  " in text
            or "|" in text
            or (("--" in text or "+" in text) and _DASH_RULE.match(text) is not None)
        )
    return _is_pipe_row(text)


#: a pandoc simple table's rule: runs of dashes, one per column, apart by single spaces
#: (``  ------- -------- ------``; decision 506)
_DASH_RULE = regex.compile(
    r"^\s*(?:-{2,}(?:[ \t]+-{2,})+"
    # a pandoc grid table's rule, ``+------+------+`` (``=`` under its header row)
    r"|\+(?:[-=:]{2,}\+){2,})\s*$"
)


@lru_cache(maxsize=1 << 14)
def _is_pipe_row(text: str) -> bool:
    """``is_table_line`` of a (right-stripped) pipe row's text."""
    cells = row_cells(Line(text, 0))
    return len(cells) >= 2 and sum(1 for c in cells if c.text) >= 1


def is_separator(cells: Sequence[Cell]) -> bool:
    """The ``|---|---|`` line of a pipe table."""
    texts = [c.text for c in cells if c.text]
    return bool(texts) and all(_SEPARATOR.match(t) for t in texts)


@frozen
class Run:
    """The lines of a table: ``[start, end)`` indices into the section's lines."""

    start: int
    end: int
    captions: tuple[int, ...] = ()


def find_run(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> Run | None:
    """The first run of table rows; blank lines inside it are allowed when rows follow.

    A few short caption lines may stand before it (kept as ``captions``); a sentence or a
    bullet item before any row means the section has no table.
    """
    bullets = _bullet_pattern(rules)
    captions: list[int] = []
    start = None
    for index, line in enumerate(lines):
        if line.blank:
            continue
        text = line.stripped
        if is_table_line(line):
            if not _indented_note(text, rules):
                start = index
                break
            if len(captions) >= _MAX_CAPTIONS:
                return None
            captions.append(index)  # ``　　※…集計中のため、…を掲載`` over the table (3131)
            continue
        if len(captions) < _MAX_CAPTIONS and text.startswith(rules.footnote_markers):
            captions.append(index)  # ※目標／実績欄は、左が目標… over the table (decision 1140)
            continue
        if len(captions) >= _MAX_CAPTIONS or (
            bullets.match(text) and not _marked_caption(lines, index, rules)
        ):  # (``■就職者数の推移`` right over the table's rows: its caption, decision 3298)
            return None
        if _SENTENCE_END in text and not _over_table(lines, index):
            return None
        captions.append(index)  # (a note sentence right over the table's first row: 3139)
    if start is None:
        return None
    last = start
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if is_table_line(line):
            last = index
        elif not line.blank and not _inner_group(lines, index, rules):
            break
        index += 1
    return Run(start, last + 1, tuple(captions))


#: the longest bullet-marked line read as the caption of the table right under it
_MARKED_CAPTION = 30


def _marked_caption(lines: Sequence[Line], index: int, rules: Rules) -> bool:
    """Whether a bullet-marked line is the caption of the table right under it
    (``■就職者数の推移``): short, no figure in it but a fiscal year's, over two rows or more
    (decision 3298). An item with figures (``・就職者数　実績 134人``) is none."""
    text = lines[index].stripped
    if len(text) > _MARKED_CAPTION or not _over_table(lines, index):
        return False
    rest = text
    for found in reversed(fiscal_years(text, 0, era=None, rules=rules)):
        rest = rest[: found.start] + rest[found.end :]
    return not any(ch.isdigit() for ch in rest)


def _over_table(lines: Sequence[Line], index: int) -> bool:
    """Whether the line after line ``index`` (no blank between) opens a table of two rows
    or more: a sentence right over it is the table's note, not the section's prose
    (``令和２年度実績は集計中のため、令和元年度の実績を掲載しています。``; decision 3139)."""
    rows = lines[index + 1 : index + 3]
    return len(rows) == 2 and all(is_table_line(row) and not row.blank for row in rows)


def _indented_note(text: str, rules: Rules) -> bool:
    """Whether a table line's stripped ``text`` is one text that splits from the margin
    only by its indent and is a note over the table (``　　※令和２年度実績は集計中のため、…``:
    opening with a footnote marker or ending a sentence; decision 3131), no header row."""
    if "\t" in text or "  " in text or "|" in text:  # (cheap precheck: cells past the indent)
        return False
    return text.startswith(rules.footnote_markers) or _SENTENCE_END in text


def _inner_group(lines: Sequence[Line], index: int, rules: Rules) -> bool:
    """Whether line ``index``, no table line, is a group heading between rows of the table
    (``■児童扶養手当受給者`` over the rows it heads; decision 2759): a row follows it."""
    if len(lines[index].text) > 40:  # (cheap precheck: a group heading is short)
        return False
    from jirei.linegroups import group_heading

    if group_heading(lines[index], rules) is None:
        return False
    below = next((line for line in lines[index + 1 :] if not line.blank), None)
    return below is not None and is_table_line(below)


def rows_of(lines: Sequence[Line], run: Run) -> list[Row]:
    """The non-blank, non-separator rows of a run."""
    rows = []
    for index in range(run.start, run.end):
        line = lines[index]
        if line.blank or _is_separator_row(line.text):
            continue
        rows.append(Row(index, line, tuple(row_cells(line))))
    return rows


@lru_cache(maxsize=1 << 12)
def _is_separator_row(text: str) -> bool:
    """Whether a line of this text is a pipe table's ``|---|---|`` line (memoised: the
    same rows recur in every case of a report)."""
    if "--" not in text:  # a separator cell is ``--`` at least (exact precheck)
        return False
    return _DASH_RULE.match(text) is not None or is_separator(row_cells(Line(text, 0)))


@frozen
class Column:
    """A column of a year-column table: its header text, role and fiscal year."""

    title: str | None
    role: str | None
    year: int | None = None


@frozen
class YearSpan:
    """A fiscal year found in a header cell, with its [start, end) in the normalised text."""

    year: int
    start: int
    end: int
    #: the era as written (None for a bare or Gregorian year)
    era: str | None = None


def fiscal_years(
    text: str, offset: int, *, era: str | None, rules: Rules = DEFAULT_RULES
) -> list[YearSpan]:
    """The fiscal years written in ``text`` (``29年度`` with ``era``)."""
    return [
        YearSpan(year, offset + start, offset + end, written)
        for year, start, end, written in _fiscal_years(text, era or rules.default_era, rules)
    ]


@per_rules_memo(1 << 12)
def _fiscal_years(
    text: str, era: str, rules: Rules
) -> tuple[tuple[int, int, int, str | None], ...]:
    """``fiscal_years`` of ``text`` at offset 0, as tuples (memoised: headers repeat)."""
    found = _values.find_fiscal_years(text, era=era, rules=rules)
    return tuple((f.value.year, f.start, f.end, _written_era(f.text, rules)) for f in found)


def _written_era(text: str, rules: Rules) -> str | None:
    for era in rules.eras:
        for spelling in (era.name, *era.abbreviations):
            if text.startswith(spelling):
                return era.name
    return None


def is_header(cells: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> bool:
    """A header row: an empty first cell, a first cell naming the label or group column
    (``区分``, ``対象``), or every cell a column word (``目標``, ``29年度実績``)."""
    if not cells[0].text or column_role(cells[0].text, rules) in LABEL_ROLES:
        return True
    texts = [c.text for c in cells[1:] if c.text]
    return bool(texts) and all(column_role(t, rules) is not None for t in texts)


def is_results_header(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table row is a results table's header: cells after the first naming both
    the target and the actual column (``| 指標 | 目標(人) | 実績(人) |``, decision 1104), the
    first naming no figure column (``令和元年度実績 | 対象者 | … | 目標 | 実績``: a card row
    of results, labelled by its first cell)."""
    texts = cell_texts(line)
    if len(texts) < 3 or (texts[0] and column_role(texts[0], rules) in TRANSPOSED_ROLES):
        return False
    roles = {column_role(text, rules) for text in texts[1:] if text}
    return "target" in roles and "actual" in roles


def header_columns(
    cells: Sequence[Cell], *, era: str | None, rules: Rules = DEFAULT_RULES
) -> tuple[list[Column], list[YearSpan]]:
    """The columns named by a header row, and the fiscal years written in it.

    The year reported is the latest year of a 実績 column (else the latest year written);
    a target or actual column of another year (``28年度実績`` beside ``29年度実績``, the next
    year's ``令和4年度目標`` beside ``令和3年度実績``) is kept as ``previous``, not read as a
    figure of this year; only the reported year's spans are returned. A first cell naming
    the label or group column (``区分``, ``対象``) opens that column.
    """
    columns: list[Column] = []
    years: list[YearSpan] = []
    first_role = column_role(cells[0].text, rules) if cells[0].text else None
    if first_role in LABEL_ROLES:
        columns.append(Column(cells[0].text, first_role))
        cells = cells[1:]
    elif first_role == "year" and _corner_year(cells[0].text, rules) and len(cells) > 1:
        # ``| 令和2年度 | 目標 | 実績 |``: the year of the whole table over its label column
        years.extend(fiscal_years(cells[0].text, cells[0].start, era=era, rules=rules))
        columns.append(Column(cells[0].text, "label"))
        cells = cells[1:]
    elif first_role is not None:  # no label column written
        columns.append(Column(None, None))
    else:
        columns.append(Column(cells[0].text or None, "label"))
        cells = cells[1:]
    year_before: tuple[int, int] | None = None  # (end, year) of the cell before
    marks = _reference_marks(rules)
    for cell in cells:
        found = fiscal_years(cell.text, cell.start, era=era, rules=rules) if cell.text else []
        role = column_role(cell.text, rules) if cell.text else None
        if not found and role in _YEAR_ROLES:
            found = _era_number_year(cell, rules)  # ``R3目標``, ``H29実績`` (decision 2352)
        if marks and cell.text and _reference_column(label_form(cell.text), marks):
            # ``（参考）令和３年度実績``: a column for reference, not this year's (1744);
            # ``令和3年度実績(参考)``: the mark after the head (1967)
            columns.append(Column(cell.text, "previous", found[0].year if found else None))
            year_before = None
            continue
        years.extend(found)
        year = found[0].year if found else None
        if year is None and year_before is not None and 0 <= cell.start - year_before[0] <= 1:
            year = year_before[1]  # ``令和3年度目標／実績`` parted at ／: one year for both
        columns.append(Column(cell.text or None, role, year))
        year_before = (cell.end, year) if year is not None else None
    columns = _period_roles(_year_series(columns), rules)
    actual_years = [c.year for c in columns if c.role == "actual" and c.year is not None]
    latest = max(actual_years or [y.year for y in years], default=None)
    columns = [
        Column(c.title, "previous", c.year)
        if latest is not None
        and c.year is not None
        and c.year != latest
        and c.role in ("target", "actual")
        else c
        for c in columns
    ]
    return columns, [y for y in years if y.year == latest]


def _period_role(title: str, rules: Rules) -> str | None:
    """The role of a column of part of the year (``上半期目標`` → target, ``第3四半期累計実績``
    → actual), else None."""
    label = label_form(title)
    joiners = sorted(
        rules.figures_table.get("period_roles", {}).get("joiners", ()), key=len, reverse=True
    )
    for word, role in rules.columns.items():
        if role != "period" or not label.startswith(word) or len(label) == len(word):
            continue
        rest = label[len(word) :]
        for joiner in ("", *joiners):
            if joiner and not rest.startswith(joiner):
                continue
            found = rules.columns.get(rest[len(joiner) :])
            if found in ("target", "actual", "achievement_rate"):
                return found
    return None


def _period_roles(columns: list[Column], rules: Rules) -> list[Column]:
    """``columns`` with each column of part of the year that names a role (see
    :func:`_period_role`) given that role, when no column has it for the whole year
    (decision 2538); ``columns`` when none does."""
    if not any(c.role is None and c.title for c in columns[1:]):
        return columns
    found = {
        n: role
        for n, c in enumerate(columns)
        if n and c.role is None and c.title and (role := _period_role(c.title, rules))
    }
    if not found:
        return columns
    whole = {c.role for c in columns}
    roles = list(found.values())
    return [
        Column(c.title, found[n], c.year)
        if n in found and found[n] not in whole and roles.count(found[n]) == 1
        else c
        for n, c in enumerate(columns)
    ]


def _year_series(columns: list[Column]) -> list[Column]:
    """``columns``, or, when every figure column names a fiscal year and nothing else
    (``平成28年度　平成29年度　平成30年度`` over the metrics' rows, two years at least), the
    same columns as actual columns: a series of the years' actuals, of which the reported
    (latest) year is read and the others are history (decision 2534)."""
    figures = [c for c in columns[1:] if c.title]
    if (
        len(figures) < 2
        or any(c.role != "year" or c.year is None for c in figures)
        or len({c.year for c in figures}) != len(figures)
    ):
        return columns
    return [columns[0], *(Column(c.title, "actual", c.year) if c.title else c for c in columns[1:])]


def _corner_year(text: str, rules: Rules) -> bool:
    """Whether a header's corner cell names a fiscal year alone (``令和2年度``, decision
    2472): the year of every figure column, the rows under it labels."""
    return regex.fullmatch(fiscal_year(rules), text.strip()) is not None


#: the roles of a column a year written before its word belongs to
_YEAR_ROLES = ("target", "actual", "achievement_rate")


def _era_number_year(cell: Cell, rules: Rules) -> list[YearSpan]:
    """The fiscal year of a column head written as an era and a number right before its
    role word, with no 年度 (``R3目標``, ``H29実績``, ``令和4達成率``), else none."""
    match = _era_number(rules).match(cell.text)
    if match is None:
        return []
    written = match.group("year")
    found = _fiscal_years(written + "年度", rules.default_era, rules)
    if not found:
        return []
    year, _start, _end, era = found[0]
    start = cell.start + match.start("year")
    return [YearSpan(year, start, start + len(written), era)]


@per_rules
def _era_number(rules: Rules) -> regex.Pattern[str]:
    """An era (written, not implied) and a year number opening a column head."""
    return regex.compile(rf"^\s*(?P<year>(?:{era_alternation(rules)})\s*(?:\d{{1,2}}|元))(?!\d)")


#: opening brackets and marks before a reference word (``（参考）``, ``【参考】``)
_OPENERS = "([【<《［〈＜〔※■◆"


def _reference_column(head: str, marks: tuple[str, ...]) -> bool:
    """Whether a column head is marked as given for reference: opening with a mark
    (``（参考）令和３年度実績``, 1744) or closing with one in brackets (``令和3年度実績(参考)``,
    ``前年度【参考】``; 1967)."""
    if head.lstrip(_OPENERS).startswith(marks):
        return True
    if not head.endswith((")", "】")):
        return False
    at = max(head.rfind("("), head.rfind("【"))
    return at > 0 and head[at + 1 : -1].startswith(marks)


@per_rules
def _reference_marks(rules: Rules) -> tuple[str, ...]:
    """What a column head kept for reference opens with, brackets aside (``reference_heads``
    of ``figures.toml``)."""
    return tuple(rules.figures_table.get("reference_heads", ()))


def default_columns(width: int) -> list[Column]:
    """Columns of a table without a header: ``label, actual`` or ``label, target, actual``."""
    if width <= 2:
        return [Column(None, "label"), Column(None, "actual")]
    return [Column(None, "label"), Column(None, "target"), Column(None, "actual")]


def is_transposed(header: Sequence[Cell] | None, rows: Sequence[Row], rules: Rules) -> bool:
    """Metrics as columns: a header of metric names and rows labelled 事業目標 / 実績 / 達成率."""
    if header is None or any(column_role(c.text, rules) for c in header[1:] if c.text):
        return False
    roles = [column_role(row.cells[0].text, rules) for row in rows]
    return any(role in ("target", "actual") for role in roles)
