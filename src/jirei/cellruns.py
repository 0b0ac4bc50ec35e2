"""Tables whose every cell came out on its own line → their rows rebuilt (``corpus/README.md``
decisions 830–833).

PDF text extractors often give a table's cells one per line, in one of these shapes:

- **labels, then values**: a block of N field names (``rules.field_labels``) followed by N
  values (``実施自治体 / 施設名称 / 開設日`` then ``北海道旭川市 / … / 平成27年4月1日``); names and
  values in turn are a definition list, read by ``jirei.deflist``;
- **columns one after another**: each column as a block headed by its column word
  (``rules.columns``: ``区分`` then the row labels, ``目標`` then the targets, ``実績`` …),
  every block the same length;
- **header first**: the K column words on K lines, then the cells, column by column or
  row by row (the shape of the values decides which).

Such a run of one-cell lines is given back as rebuilt rows: ``CellRow`` lines, written as
pipe rows (``| 実施自治体 | 北海道旭川市 |``, ``| 区分 | 目標 | 実績 |``), whose cells keep the
offsets of the lines they came from, so the readers of cards and tables read them as any
other table and every value keeps its exact span. Offsets are into the normalised text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

import regex
from attrs import field, frozen

from jirei.lines import Cell, Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.unitcells import join_unit_cells, unit_words

#: the longest one-cell line looked at (a value; a label is shorter)
_MAX_CELL = 60
#: how many one-cell lines a run may hold at most (a page of cells)
_MAX_RUN = 200
#: roles of a column naming the rows (its values are labels, not figures)
_LABEL_ROLES = ("label", "group")
#: roles of a column holding figures
_FIGURE_ROLES = ("target", "actual", "achievement_rate", "previous", "period")
_DASHES = frozenset("-－―‐—ー")
_DIGIT = regex.compile(r"[0-9〇一二三四五六七八九十百千]")


@frozen
class CellRow(Line):
    """A table row rebuilt from one-cell lines: ``text`` is the row written as a pipe row,
    ``start`` its first cell's start; ``parts`` are its cells with their own offsets."""

    parts: tuple[Cell, ...] = field(default=(), kw_only=True)

    @property
    def end(self) -> int:
        return max(part.end for part in self.parts)


def row_of(cells: Sequence[Cell]) -> CellRow:
    """A rebuilt row of ``cells`` (in column order)."""
    text = "| " + " | ".join(cell.text for cell in cells) + " |"
    return CellRow(text, cells[0].start, parts=tuple(cells))


def _one_cell(line: Line) -> Cell | None:
    """The cell of a line holding one table cell (no tab, pipe or wide gap), else None."""
    text = line.text
    if "\t" in text or "|" in text:
        return None
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_CELL or "  " in stripped:
        return None
    lead = len(text) - len(text.lstrip())
    return Cell(stripped, line.start + lead, line.start + lead + len(stripped))


@per_rules_memo(1 << 14)
def _kind(text: str, rules: Rules) -> str | None:
    """What a one-cell text is: ``field`` (a field name), ``label`` / ``figure-column`` /
    ``column`` (a column word naming rows, figures, other cells), ``figure`` (a figure or
    a dash), ``sentence``, else None (any other short text)."""
    from jirei.tables.cells import column_role, label_form

    form = label_form(text)
    if form in rules.field_labels:
        return "field"
    role = column_role(text, rules)
    if role in _LABEL_ROLES:
        return "label"
    if role in _FIGURE_ROLES:
        return "figure-column"
    if role is not None:
        return "column"
    if _joined_head(form, rules):
        return "figure-column"
    if _is_figure(form, rules):
        return "figure"
    if text.endswith("。"):
        return "sentence"
    return None


def _joined_head(form: str, rules: Rules) -> bool:
    """A column head joining a metric and its role word (``支援対象者数目標``, ``実績就職者数``;
    ``jirei.tables.namedroles``): a column of figures (decision 3257). A metric alone is no
    column head (it names a row)."""
    if not form or len(form) > 30 or form in rules.metrics or _DIGIT.search(form):
        return False  # (cheap: a figure, a long text or a metric alone)
    from jirei.tables.cells import label_form
    from jirei.tables.headunits import header_unit
    from jirei.tables.namedroles import named_role

    named = named_role(form, rules)
    # (a metric with its unit only, ``支援対象者数（人）``, names a row: no role word joined)
    return named is not None and named[0] != label_form(header_unit(form, rules)[0])


def _is_figure(form: str, rules: Rules) -> bool:
    """A figure cell (``325人※1``, ``二〇〇人以上``, ``60.4%``) or a dash (no figure)."""
    if form and all(char in _DASHES for char in form):
        return True
    if not _DIGIT.search(form):
        return False
    from jirei.values import parse_quantity

    marks = tuple(m for m in rules.footnote_markers if m)
    body = _NOTE.sub("", form) if marks and any(m in form for m in marks) else form
    if body.endswith(")"):  # ``342人(達成率114.0%)``: a figure and its bracketed tail
        body = _FIGURE_TAIL.sub("", body)
    try:
        parse_quantity(body, rules=rules)
    except ValueError:
        return False
    return True


#: a note mark after a figure (``325人※1``), rules.footnote_markers
_NOTE = regex.compile(r"[※*★☆]\d*$")
#: bracketed figures after a cell's figure: a stated rate (``(達成率114.0%)``), another
#: figure (``(前年度300人)``) or a note (``(注1)``), as the table cell reader reads them
#: (``jirei.tables.cells``; decision 2936)
_FIGURE_TAIL = regex.compile(r"(?:\([^()]*\d[^()]*\))+$")


@per_rules
def _heads(rules: Rules) -> frozenset[str]:
    """The texts (label forms) that may open a run: field names and column words."""
    return frozenset((*rules.field_labels, *rules.columns))


@per_rules
def _column_ends(rules: Rules) -> frozenset[str]:
    """The last characters of the column words (``標`` of ``目標``, ``績`` of ``実績``)."""
    return frozenset(word[-1] for word in rules.columns if word)


def may_rebuild(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether some line holds only a field name or a column word, perhaps after its year
    (``30年度目標``, ``令和2年度実績``: decision 2936), a cheap test."""
    from jirei.tables.cells import column_role

    heads, ends = _heads(rules), _column_ends(rules)
    for line in lines:
        text = line.text
        if len(text) <= 24 and "\t" not in text:
            stripped = text.strip()
            if not stripped:
                continue
            if stripped in heads or stripped.replace(" ", "") in heads:
                return True
            if (
                stripped[-1] in ends
                and (_DIGIT.search(stripped) or "元" in stripped)
                and column_role(stripped, rules) is not None
            ):
                return True
    return False


def rebuild_cell_runs(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> list[Line]:
    """``lines`` with each run of one-cell lines forming a field block or a table replaced
    by its rebuilt rows; the other lines as they are."""
    if not may_rebuild(lines, rules):
        return list(lines)
    runs = _Runs(lines, _running_heads(lines), _listed_furniture(rules))
    out: list[Line] = []
    index = 0
    while index < len(lines):
        kind = _head_kind(lines[index].text, rules)
        if kind is not None:
            run, ends = runs.run(index)
            run, ends = join_unit_cells(run, ends, rules)  # ``240`` / ``人以上`` (2110)
            found = _fields(run, rules) or _table(run, rules)
            if found is not None:
                rows, used = found
                out.extend(rows)
                index = ends[used - 1] + 1
                continue
        out.append(lines[index])
        index += 1
    return out


#: the kinds of a one-cell text that open a run
_HEAD_KINDS = ("field", "label", "figure-column", "column")


def _head_kind(text: str, rules: Rules) -> str | None:
    """The kind of a line's one cell (``_kind``) when it may open a run, else None (the
    tests of ``_one_cell`` on the text alone: no cell is built)."""
    if "\t" in text or "|" in text:
        return None
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_CELL or "  " in stripped:
        return None
    kind = _kind(stripped, rules)
    return kind if kind in _HEAD_KINDS else None


class _Runs:
    """The runs of one-cell lines of a text (``_run``), each line read once: after a run's
    first line, a line is skipped (page furniture, blank), a cell, or where the run stops,
    whichever line the run started at; so the runs starting inside one stretch of cells
    share its cells."""

    __slots__ = (
        "_cells", "_heads", "_lines", "_listed", "_stretch", "_stretch_end", "_stretch_start",
    )  # fmt: skip

    def __init__(
        self,
        lines: Sequence[Line],
        heads: frozenset[str],
        listed: regex.Pattern[str] | None = None,
    ) -> None:
        self._lines = lines
        self._heads = heads
        self._listed = listed
        self._cells: dict[int, Cell | None] = {}
        self._stretch: list[int] = []  # the cell lines after ``_stretch_start``, in order
        self._stretch_start = -1
        self._stretch_end = -1  # the line stopping the stretch (or the number of lines)

    def _cell(self, at: int) -> Cell | None:
        cells = self._cells
        if at not in cells:
            cells[at] = _one_cell(self._lines[at])
        return cells[at]

    def _after(self, index: int) -> list[int]:
        """The cell lines after line ``index`` up to the line stopping a run there."""
        if self._stretch_start < index < self._stretch_end:
            stretch = self._stretch
            return stretch[bisect_right(stretch, index) :]
        lines, heads, listed = self._lines, self._heads, self._listed
        found: list[int] = []
        at = index + 1
        while at < len(lines):
            line = lines[at]
            if not _furniture(line, heads, listed) and not line.blank:
                if self._cell(at) is None:
                    break
                found.append(at)
            at += 1
        self._stretch, self._stretch_start, self._stretch_end = found, index, at
        return found

    def run(self, index: int) -> tuple[list[Cell], list[int]]:
        """``_run(lines, index, heads)`` (line ``index`` holding one cell)."""
        first = self._cell(index)
        assert first is not None
        ends = [index, *self._after(index)[: _MAX_RUN - 1]]
        cells = [first, *(self._cells[at] for at in ends[1:])]
        return cells, ends  # type: ignore[return-value]


#: a page number alone on its line (``－ 4 －``, ``- 4 -``, ``4 / 12``; decision 910)
_PAGE_NUMBER = regex.compile(r"^\s*(?:[-‐－―—]\s*\d{1,4}\s*[-‐－―—]|\d{1,4}\s*/\s*\d{1,4})\s*$")


def _running_heads(lines: Sequence[Line]) -> frozenset[str]:
    """The texts of lines opening a page (after a form feed) that some other line repeats:
    a PDF's running head (decision 910); and the texts standing next to two page numbers
    or more (blank lines aside), as a text export writes a head or foot beside each page's
    number with no form feed (decision 2937). Empty when the text has no page break."""
    beside = _beside_page_numbers(lines)
    if not any("\f" in line.text for line in lines):  # cheap precheck
        return beside
    openers: list[str] = []
    after_break = False
    for line in lines:
        text = line.text
        if text.startswith("\f") or (after_break and text.strip()):
            openers.append(text.strip())
            after_break = False
        if text.rstrip(" \t").endswith("\f"):
            after_break = True
    counts: dict[str, int] = {}
    for line in lines:
        stripped = line.text.strip()
        if stripped:
            counts[stripped] = counts.get(stripped, 0) + 1
    return beside | {text for text in openers if text and counts.get(text, 0) >= 2}


def _beside_page_numbers(lines: Sequence[Line]) -> frozenset[str]:
    """The texts of lines next to a page number (the nearest non-blank line above or
    below it) found so beside two page numbers or more: a running head or foot."""
    numbers = [at for at, line in enumerate(lines) if _PAGE_NUMBER.match(line.text)]
    if len(numbers) < 2:
        return frozenset()
    seen: dict[str, set[int]] = {}
    for at in numbers:
        for step in (-1, 1):
            near = at + step
            while 0 <= near < len(lines) and lines[near].blank:
                near += step
            if 0 <= near < len(lines) and not _PAGE_NUMBER.match(lines[near].text):
                seen.setdefault(lines[near].text.strip(), set()).add(at)
    return frozenset(text for text, found in seen.items() if text and len(found) >= 2)


@per_rules
def _listed_furniture(rules: Rules) -> regex.Pattern[str] | None:
    """The furniture lines of the rules (``rules.furniture_lines``: ``【盛岡市】（続き）``,
    ``（次頁に続く）``), as one pattern over a stripped NFKC line; a unit or bound a table's
    cell may hold on its own line (``以上`` under ``200人``, also a document's closing
    ``以上``) is no furniture between cells."""
    if not rules.furniture_lines:
        return None
    cells = "|".join(regex.escape(word) for word in sorted(unit_words(rules), key=len))
    listed = "|".join(f"(?:{p})" for p in rules.furniture_lines)
    return regex.compile(f"^(?!(?:{cells})$)(?:{listed})$" if cells else f"^(?:{listed})$")


def _furniture(
    line: Line, heads: frozenset[str], listed: regex.Pattern[str] | None = None
) -> bool:
    """A page number, a running head or a listed furniture line (a case's label with
    ``（続き）`` after a page break, decision 2937) standing between the cells of one table."""
    text = line.text
    if _PAGE_NUMBER.match(text) or (heads and text.strip() in heads):
        return True
    stripped = text.strip()
    return listed is not None and len(stripped) <= 60 and listed.match(stripped) is not None


def _run(
    lines: Sequence[Line],
    index: int,
    heads: frozenset[str] = frozenset(),
    cell_at: Callable[[int], Cell | None] | None = None,
    listed: regex.Pattern[str] | None = None,
) -> tuple[list[Cell], list[int]]:
    """The one-cell lines from ``index`` on (blank lines, page numbers and running heads
    skipped), with their indexes; ``cell_at(i)`` is ``_one_cell(lines[i])``, remembered."""
    cells: list[Cell] = []
    ends: list[int] = []
    while index < len(lines) and len(cells) < _MAX_RUN:
        line = lines[index]
        if cells and _furniture(line, heads, listed):
            index += 1
            continue
        if not line.blank:
            cell = cell_at(index) if cell_at is not None else _one_cell(line)
            if cell is None:
                break
            cells.append(cell)
            ends.append(index)
        index += 1
    return cells, ends


def _value_like(cell: Cell, rules: Rules) -> bool:
    """A field value: no field name, column word or sentence."""
    return _kind(cell.text, rules) in (None, "figure")


def _fields(run: Sequence[Cell], rules: Rules) -> tuple[list[Line], int] | None:
    """Field names and their values: N names then N values (two fields at least; names and
    values in turn are left to ``jirei.deflist``). Gives the rows and how many cells of the
    run they use."""
    names = 0
    while names < len(run) and _kind(run[names].text, rules) == "field":
        names += 1
    if names < 2 or len(run) < 2 * names:  # N names, then N values
        return None
    values = run[names : 2 * names]
    if not all(_value_like(v, rules) for v in values):
        return None
    return [row_of((n, v)) for n, v in zip(run[:names], values, strict=True)], 2 * names


def _column_kind(cell: Cell, rules: Rules) -> str | None:
    kind = _kind(cell.text, rules)
    return kind if kind in ("label", "figure-column", "column") else None


def _fits(values: Sequence[Cell], head: str, rules: Rules) -> bool:
    """Whether ``values`` fit under a column of kind ``head``: row labels (no figure, no
    column word), figures (or dashes), or short cells (marks, remarks)."""
    kinds = [_kind(v.text, rules) for v in values]
    if head == "label":
        return all(k is None for k in kinds)
    if head == "figure-column":
        return all(k == "figure" for k in kinds)
    pairs = zip(kinds, values, strict=True)
    return all(k in (None, "figure") and len(v.text) <= 20 for k, v in pairs)


def _table(run: Sequence[Cell], rules: Rules) -> tuple[list[Line], int] | None:
    """A table whose columns come one after another (each headed by its column word), or
    whose header comes first; its rows (header row first) and how many cells they use."""
    from jirei.cellgroups import grouped_rows  # a merged group cell (decision 1888)

    return (
        _headed_columns(run, rules)
        or _header_first(run, rules)
        or grouped_rows(run, rules)
        or _metric_heads(run, rules)
    )


#: the longest cell of figures under a metric's head (``目標90人以上／実績84人``)
_FIGURE_CELL = 30


def _metric_heads(run: Sequence[Cell], rules: Rules) -> tuple[list[Line], int] | None:
    """``区分 / 支援対象者数 / 就職者数`` then, row by row, a group's name and one cell of
    figures per metric (``若者 / 目標100人／実績112人 / 目標60人／実績71人``): a group matrix
    whose heads are metric names (``rules.metrics``) and whose cells may write their roles
    (decision 2617). Two rows at least; a row's name holds no figure and names no metric."""
    from jirei.tables.cells import label_form

    if _column_kind(run[0], rules) != "label":
        return None
    width = 1
    while width < len(run) and label_form(run[width].text) in rules.metrics:
        width += 1
    if width < 3:
        return None
    rows: list[Line] = [row_of(run[:width])]
    at = width
    while at + width <= len(run):
        name, cells = run[at], run[at + 1 : at + width]
        if (
            _kind(name.text, rules) is not None
            or _DIGIT.search(name.text)
            or label_form(name.text) in rules.metrics
            or not all(_figures_cell(cell, rules) for cell in cells)
        ):
            break
        rows.append(row_of(run[at : at + width]))
        at += width
    return (rows, at) if len(rows) >= 3 else None


def _figures_cell(cell: Cell, rules: Rules) -> bool:
    """A short cell of figures, perhaps with their role words (``目標100人／実績112人``,
    ``実績63.4％``), or a dash."""
    kind = _kind(cell.text, rules)
    if kind == "figure":
        return True
    return kind is None and len(cell.text) <= _FIGURE_CELL and bool(_DIGIT.search(cell.text))


def _headed_columns(run: Sequence[Cell], rules: Rules) -> tuple[list[Line], int] | None:
    """``区分 / a / b / 目標 / x / y / 実績 / …``: blocks of one column word and N cells."""
    if _column_kind(run[0], rules) != "label":
        return None
    size = next((n for n in range(1, len(run)) if _column_kind(run[n], rules) is not None), None)
    if size is None or size < 2:
        return None
    rows = size - 1
    columns: list[Sequence[Cell]] = []
    at = 0
    while at + size <= len(run):
        head = _column_kind(run[at], rules)
        values = run[at + 1 : at + size]
        if head is None or (columns and head == "label") or not _fits(values, head, rules):
            break
        columns.append(run[at : at + size])
        at += size
    if len(columns) < 2 or not any(_column_kind(c[0], rules) == "figure-column" for c in columns):
        return None
    table = [row_of([column[r] for column in columns]) for r in range(rows + 1)]
    return table, at


def _header_first(run: Sequence[Cell], rules: Rules) -> tuple[list[Line], int] | None:
    """``区分 / 目標 / 実績`` then the cells, column by column or row by row. The corner cell
    may be left unwritten (``目標 / 実績 / 達成率`` over rows of a label and three cells, as a
    table whose top-left cell is empty comes out of a PDF): the rows then hold one cell more
    than the header, the first a row label, and the header row gets an empty corner cell
    (decision 2893)."""
    width = 0
    while width < len(run) and _column_kind(run[width], rules) is not None:
        width += 1
    if width < 2:
        return None
    heads: list[str | None] = [_column_kind(c, rules) for c in run[:width]]
    if "figure-column" not in heads or "label" in heads[1:]:
        return None
    header: list[Cell] = list(run[:width])
    if heads[0] != "label":  # no corner cell written: the rows open with their label
        corner = Cell("", run[0].start, run[0].start)
        return _header_first_rows(run, [corner, *header], ["label", *heads], width, rules)
    return _header_first_rows(run, header, heads, width, rules)


def _header_first_rows(
    run: Sequence[Cell],
    header: Sequence[Cell],
    heads: Sequence[str | None],
    used: int,
    rules: Rules,
) -> tuple[list[Line], int] | None:
    """The rows of a header-first run whose header (``header``, of kinds ``heads``) used the
    first ``used`` cells of ``run``: the cells after it column by column or row by row,
    whichever uses more of them."""
    width = len(header)
    body = run[used:]
    found: list[tuple[list[Line], int]] = []
    # column by column: the row labels first, then each other column in turn
    labels = 0
    while labels < len(body) and _kind(body[labels].text, rules) is None:
        labels += 1
    if labels >= 2 and len(body) >= labels * width:
        columns = [body[n * labels : (n + 1) * labels] for n in range(width)]
        if all(_fits(col, head, rules) for col, head in zip(columns, heads, strict=True)):
            rows = [row_of(header)]
            rows.extend(row_of([col[r] for col in columns]) for r in range(labels))
            found.append((rows, used + labels * width))
    # row by row: a label, then one cell per other column
    rows = [row_of(header)]
    at = used
    while at + width <= len(run):
        cells = run[at : at + width]
        if not all(_fits([c], head, rules) for c, head in zip(cells, heads, strict=True)):
            break
        rows.append(row_of(cells))
        at += width
    if len(rows) >= 3:
        found.append((rows, at))
    return max(found, key=lambda pair: pair[1], default=None)


__all__ = ["CellRow", "may_rebuild", "rebuild_cell_runs", "row_of"]
