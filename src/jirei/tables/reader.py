"""Read a results section's table into Metrics, in every layout the reports use."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
from attrs import field, frozen

from jirei.lines import Cell, Line, Locate
from jirei.model import Metric, Quantity, Span, TextBlock, Warning
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import (
    CellFigures,
    Figure,
    column_role,
    inline_role,
    is_blank_cell,
    is_prose,
    label_form,
    prose_items,
    rate_value,
    read_cell_pieces,
    role_pieces,
    split_inline_role,
    split_label,
)
from jirei.tables.cells import (
    row_label as row_label_form,
)
from jirei.tables.columnplace import header_spots, place_cells
from jirei.tables.continued import find_continuations
from jirei.tables.ditto import fill_ditto
from jirei.tables.gapcells import split_joined, split_names
from jirei.tables.grid import (
    Column,
    Row,
    Run,
    YearSpan,
    default_columns,
    find_run,
    fiscal_years,
    header_columns,
    is_header,
    is_transposed,
    rows_of,
)
from jirei.tables.grouplabel import group_row, split_group_label
from jirei.tables.groupmatrix import group_of, is_group_matrix, names_group, stray_metric
from jirei.tables.headunits import (
    caption_unit,
    dedent,
    header_overhang,
    header_units,
    is_repeated_header,
    is_unit_caption,
    name_cell,
    rows_overhang,
    unit_of,
    unit_row,
    with_caption_unit,
)
from jirei.tables.headunits import with_unit as metric_with_unit
from jirei.tables.keyvalue import read_keyvalue
from jirei.tables.kpiboxes import read_boxes
from jirei.tables.latestrows import latest_role_rows
from jirei.tables.namedroles import NamedColumn, named_columns
from jirei.tables.periodtotals import period_rows, period_totals
from jirei.tables.rangetargets import is_range_target
from jirei.tables.relativetargets import is_relative_target
from jirei.tables.rolecells import part_role_cells
from jirei.tables.rolerows import group_rows, role_column
from jirei.tables.spacedrows import gap_of, read_spaced
from jirei.tables.spannedlabel import split_spanned_label
from jirei.tables.splitblocks import join_continued
from jirei.tables.splitrows import join_split_rows, original_index
from jirei.tables.unitcolumn import split_unit_label, unit_cell, with_unit
from jirei.tables.yearcells import drop_year_column
from jirei.tables.yearcolumns import year_columns
from jirei.tables.yearheader import merge_year_header
from jirei.tables.yearrows import is_year_header, metric_columns, pick_year_rows


@frozen
class ResultsTable:
    """What a results section's table holds.

    ``end`` is the index (into the lines given) of the first line after the table; the
    caller reads the lines from there on as other results.
    """

    metrics: tuple[Metric, ...] = field(default=(), converter=tuple)
    #: Gregorian start year of the fiscal year reported (header row, else the heading)
    fiscal_year: int | None = None
    fiscal_year_span: Span | None = None
    #: prose items written in table cells (a third column of prose), with their spans
    other_results: tuple[tuple[str, Span], ...] = field(default=(), converter=tuple)
    #: table text that is no figure of this year (前年度実績 cells, captions, remarks)
    unclassified: tuple[TextBlock, ...] = field(default=(), converter=tuple)
    warnings: tuple[Warning, ...] = field(default=(), converter=tuple)
    end: int = 0
    #: the header row the table was read with (after merging a year row over a role row),
    #: None without one: a headerless table after it may continue it (decision 1106)
    header: Row | None = None


def read_results(
    lines: Sequence[Line],
    *,
    rules: Rules = DEFAULT_RULES,
    era: str | None = None,
    locate: Locate,
    heading: Line | None = None,
    carried: Row | None = None,
) -> ResultsTable:
    """Read the table at the top of a results section (``lines``: the lines after its
    ``heading``). Spans are located with ``locate``; a bare ``29年度`` takes ``era``.
    ``carried`` is the header of the table before it in the section: a table without a
    header row whose rows are as wide as that header continues that table (a table split
    over a page break, decision 1106)."""
    reader = _TableReader(rules, era, locate, heading)
    reader.carried = carried
    keyvalue = read_keyvalue(lines, rules=rules, locate=locate)
    if keyvalue is not None:  # 支援対象者数：230人（目標200人、達成率115.0%）
        reader.metrics.extend(keyvalue.metrics)
        for text, start, end in keyvalue.kept:
            reader.keep(text, start, end)
        reader.fiscal_from_heading()
        return reader.result(end=keyvalue.end)
    boxes = read_boxes(lines, rules)
    if boxes is not None:  # 支援対象者数 / 目標　150人 / 実績　171人 (decision 401)
        for note in boxes.notes:
            reader.keep(note.text, note.start, note.end)
        for box in boxes.boxes:
            where = (box.label.text, box.start, box.end)
            label, unit = name_cell(box.label, rules)  # 支援対象者数（人）
            first = len(reader.metrics)
            reader.emit(label, box.by_role, lambda where=where: where)
            if unit is not None:
                reader.metrics[first:] = [metric_with_unit(m, unit) for m in reader.metrics[first:]]
        reader.fiscal_from_heading()
        return reader.result(end=boxes.end)
    total = len(lines)
    lines, origins = join_split_rows(lines, rules)
    continued = find_continuations(lines, rules)  # decisions 60, 61
    lines = list(continued.lines)
    reader.label_tails, reader.unit_tails = continued.labels, continued.units
    spaced = read_spaced(lines, rules, locate=locate)  # cells apart by one space (800)
    if spaced is None:  # a label padded to one space before its figure (decision 3490)
        from jirei.tables.paddedrows import with_padded_rows

        lines = with_padded_rows(lines)
    run = find_run(lines, rules) if spaced is None else spaced[0]
    if run is None:
        reader.fiscal_from_heading()
        return reader.result(end=0)
    for index in run.captions:
        reader.keep(lines[index].stripped, lines[index].start, lines[index].end)
    rows = rows_of(lines, run) if spaced is None else spaced[1]
    if spaced is None:  # ``61.8%(60.0%以上) 103.0%``: two cells one space apart (2547)
        from jirei.tables.partedcells import with_parted_cells

        rows = with_parted_cells(rows, rules)
    joined = join_continued(lines, run, rows, rules) if spaced is None else None
    if joined is not None:  # the table's second block under (表の続き) (decision 1144)
        rows = list(joined.rows)
        line = lines[joined.caption]
        reader.keep(line.stripped, line.start, line.end)
        run = attrs.evolve(run, end=joined.end)
    named_by_caption = False
    caption = lines[run.start - 1] if run.captions and run.captions[-1] == run.start - 1 else None
    if caption is None and heading is not None and run.start == 0 and not run.captions:
        caption = heading  # ■就職者数の推移 over the table: the heading is its caption
    if caption is not None or (rows and rows[0].cells and rows[0].cells[0].text in rules.metrics):
        from jirei.tables.captionlabel import with_caption_label

        labelled = with_caption_label(
            rows, caption, era=era, rules=rules, known=caption is heading
        )
        if labelled is None and caption is not None:  # a row per year under 目標 / 実績 (3307)
            from jirei.tables.captionlabel import with_caption_year_rows

            labelled = with_caption_year_rows(
                rows, caption, era=era, rules=rules, known=caption is heading
            )
        if labelled is not None:  # 支援対象者数の推移 over rows of 目標 / 実績 (3298)
            rows = labelled
            named_by_caption = True
    reader.read(rows)
    reader.keep_unused_tails()
    above = (*run.captions, run.start)  # a right-aligned caption may open the run itself
    unit = caption_unit([lines[index].stripped for index in above], rules)
    if unit is not None:  # （単位：人） above the table (decision 606)
        reader.metrics[:] = [with_caption_unit(m, unit) for m in reader.metrics]
    group = None if named_by_caption else _caption_group(lines, run, rules)
    if group is not None:  # 生活保護受給者 directly above the table (decision 54)
        reader.metrics[:] = [
            attrs.evolve(m, group=group) if m.group is None else m for m in reader.metrics
        ]
    stop = run.end
    while stop in continued.blanked:  # a unit line under the last row
        stop += 1
    if stop < len(lines) and reader.metrics:  # ※合計の就職者数の達成率は107.3％ (2252)
        from jirei.tables.totalnotes import with_note_rates

        reader.metrics[:] = with_note_rates(reader.metrics, lines[stop:], locate, rules)
    return reader.result(end=original_index(origins, stop, total))


def _caption_group(lines: Sequence[Line], run: Run, rules: Rules = DEFAULT_RULES) -> str | None:
    """The caption naming a table's group: the one caption line, standing directly above
    the table (no blank line between), written as a label rather than a heading."""
    if len(run.captions) != 1 or run.captions[0] != run.start - 1:
        return None
    text = lines[run.captions[0]].stripped
    if text.startswith(rules.footnote_markers):  # a ※ note names no group (1140)
        return None
    if "。" in text:  # a note sentence over the table names no group (3139)
        return None
    if is_unit_caption(text, rules):  # （単位：人、％） names no group (1747)
        return None
    from jirei.headings import strip_number

    found = strip_number(label_form(text), rules) or None  # (1)生活保護受給者 (2410)
    if found is not None and _names_kind(found, rules):  # (1)協定目標に対する実績 (2618)
        return None
    return found


def _names_kind(caption: str, rules: Rules) -> bool:
    """Whether a caption names the kind of results its table holds, not a group: it ends
    with a target or actual word and writes before it a ``figures.toml [caption_groups]
    kind_marks`` word or a role word of its own (``協定目標に対する実績``, ``対象者別の実績``)."""
    words = sorted(
        (w for w, role in rules.columns.items() if role in ("target", "actual") and len(w) >= 2),
        key=len,
        reverse=True,
    )
    tail = next((w for w in words if caption.endswith(w) and len(caption) > len(w)), None)
    if tail is None:
        return False
    stem = caption[: -len(tail)]
    marks = rules.figures_table.get("caption_groups", {}).get("kind_marks", ())
    return any(mark in stem for mark in marks) or any(w in stem for w in words)


def starts_table(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES, *, locate: Locate | None = None
) -> bool:
    """Whether ``lines`` (blank lines aside) open with a table of its own: table rows,
    or a caption line directly above them. With ``locate``, a table whose cells a PDF's
    text parts by one space (decision 800) counts too: a results section of one table a
    group, each under its group's caption (``＜児童扶養手当受給者＞``, ``【…】``;
    decisions 2738, 2752, 2771)."""
    run = find_run(lines, rules)
    if run is None and locate is not None:
        spaced = read_spaced(lines, rules, locate=locate)
        run = spaced[0] if spaced is not None else None
    if run is None:
        return False
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    return first is not None and first == (run.captions[0] if run.captions else run.start)


def read_card_results(
    rows: Sequence[tuple[str, Cell, Cell]],
    *,
    rules: Rules = DEFAULT_RULES,
    era: str | None = None,
    locate: Locate,
) -> ResultsTable:
    """The target / actual rows of an overview card — ``(role, label cell, value cell)``,
    ``| 令和5年度目標 | 支援対象者数 200人 / 就職者数 120人 |`` — read as one row of composite
    cells (figures paired by name); the fiscal year from the 実績 row's label, else the
    目標 row's."""
    reader = _TableReader(rules, era, locate, None)
    by_role: dict[str, list[Cell]] = {}
    for role, _label, value in rows:
        by_role.setdefault(role, []).append(value)
    for wanted in ("actual", "target"):
        for role, label, _value in rows:
            if role == wanted:
                reader.years.extend(fiscal_years(label.text, label.start, era=era, rules=rules))
        if reader.years:
            break
    if rows:
        first, last = rows[0][1], rows[-1][2]
        reader.emit(
            Cell("", first.start, first.start),
            by_role,
            lambda: (" / ".join(f"{r[1].text} {r[2].text}" for r in rows), first.start, last.end),
        )
        # the figures are named in the cells: no row label is expected
        reader.warnings[:] = [w for w in reader.warnings if w.code != "unlabelled_row"]
    return reader.result(end=0)


class _TableReader:
    """Collects metrics, prose, kept text and warnings of one table."""

    def __init__(self, rules: Rules, era: str | None, locate: Locate, heading: Line | None) -> None:
        self.rules = rules
        self.era = era
        self.locate = locate
        self.heading = heading
        self.heading_text = heading.stripped if heading is not None else None
        self.metrics: list[Metric] = []
        self.other_results: list[tuple[str, Span]] = []
        self.unclassified: list[TextBlock] = []
        self.warnings: list[Warning] = []
        self.years: list[YearSpan] = []
        #: the rest of a wrapped label / the unit below a bare number, by the start of the
        #: cell they continue (``continued``); each is removed once read
        self.label_tails: dict[int, Cell] = {}
        self.unit_tails: dict[int, Cell] = {}
        self.unit_pieces: dict[int, tuple[Cell, ...]] = {}  # a unit column's (decision 212)
        #: ``目標値(人)``: the unit in a column's header, by the column's id (decision 307)
        self.column_units: dict[int, Cell] = {}
        #: the group of the last grouped row: an empty group cell below it is a merged cell
        #: continuing it (decision 702)
        self.merged_group: str | None = None
        #: the group a group row above named (``| ＜障害者＞ |  |  |``, decision 2759)
        self.row_group: str | None = None
        #: the header of the table before this one (``read_results``), and this one's
        self.carried: Row | None = None
        self.header: Row | None = None
        #: where the value columns of a space-aligned header stand (decision 2892)
        self.spots: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}

    # --- results -----------------------------------------------------------------------

    def result(self, end: int) -> ResultsTable:
        fiscal_year, fiscal_span = None, None
        if self.years:
            latest = max(y.year for y in self.years)
            first = next(y for y in self.years if y.year == latest)
            fiscal_year, fiscal_span = latest, self.locate(first.start, first.end)
        return ResultsTable(
            header=self.header,
            metrics=self.metrics,
            fiscal_year=fiscal_year,
            fiscal_year_span=fiscal_span,
            other_results=self.other_results,
            unclassified=self.unclassified,
            warnings=self.warnings,
            end=end,
        )

    def fiscal_from_heading(self) -> None:
        if not self.years and self.heading is not None:
            found = fiscal_years(
                self.heading.text, self.heading.start, era=self.era, rules=self.rules
            )
            self.years.extend(found[:1])

    def keep(self, text: str, start: int, end: int, heading: str | None = None) -> None:
        """Text that is no metric, kept so nothing is lost."""
        self.unclassified.append(
            TextBlock(heading or self.heading_text, text, self.locate(start, end))
        )

    def keep_unused_tails(self) -> None:
        """Continuation pieces no value took, kept so that nothing is lost."""
        for tail in (*self.label_tails.values(), *self.unit_tails.values()):
            self.keep(tail.text, tail.start, tail.end)
        self.label_tails, self.unit_tails = {}, {}

    def read_figures(self, cell: Cell) -> CellFigures:
        """The figures of a cell, completed by the unit line below it if there is one."""
        pieces = self.unit_pieces.pop(cell.start, None)
        if pieces is not None:
            return read_cell_pieces(pieces, rules=self.rules, locate=self.locate)
        tail = self.unit_tails.pop(cell.start, None)
        pieces = (cell,) if tail is None else (cell, tail)
        return read_cell_pieces(pieces, rules=self.rules, locate=self.locate)

    def warn(self, code: str, message: str, start: int, end: int) -> None:
        self.warnings.append(Warning(code, message, self.locate(start, end)))

    # --- layouts -----------------------------------------------------------------------

    def read(self, rows: list[Row]) -> None:
        if not rows:
            return
        first = rows[0].cells  # (cheap precheck: the first row opens with an empty cell)
        if len(first) > 1 and not first[0].text and dedent([row.cells for row in rows]):
            # a table indented as a whole
            rows = [Row(row.index, row.line, row.cells[1:]) for row in rows]
        elif header_overhang([row.cells for row in rows]):  # header indented past its rows
            rows = [Row(rows[0].index, rows[0].line, rows[0].cells[1:]), *rows[1:]]
        elif rows_overhang([row.cells for row in rows]):  # rows indented past their header
            rows = [rows[0], *(Row(row.index, row.line, row.cells[1:]) for row in rows[1:])]
        rows = fill_ditto(rows, self.rules)  # 〃 / 同上: the cell above (1142)
        # | 実績／目標 | 312人／目標300人 | (814); | 目標→実績 | 150→168人 | (938)
        rows = part_role_cells(rows, self.rules, self.unit_pieces)
        if self.heading is not None:
            # a bare 3年度 under a heading that names 令和3年度 takes the heading's era, over
            # the era of the text before it (a start date in 平成; decision 2361)
            for found in fiscal_years(self.heading.text, 0, era=None, rules=self.rules):
                if found.era is not None or self.era is None:
                    self.era = found.era
                break
        rows, header_years = merge_year_header(rows, era=self.era, rules=self.rules)  # (816)
        rows = split_spanned_label(rows, self.rules)  # | 項目 |  | 目標 | over group | label (939)
        self.years.extend(header_years)
        if self.carried is not None and _continues(rows, self.carried, self.rules):
            rows = [self.carried, *rows]  # the rest of a table split over pages (1106)
        from jirei.tables.metricheader import metric_header, read_metric_header

        two_rows = metric_header(rows, self.rules)  # metric names over 目標 / 実績 (2251)
        if two_rows is not None:
            self.header = rows[1]
            read_metric_header(self, two_rows, rows[2:], self.rules)
            self.fiscal_from_heading()
            return
        from jirei.tables.groupheader import group_spans

        spans = group_spans(rows, self.rules)  # merged group cells over metrics (3149)
        if spans is not None:
            self.read_group_header(rows, spans)
            self.fiscal_from_heading()
            return
        rows = self.split_header_names(rows)  # 支援対象者数就職者数 (decision 2458)
        stamped = drop_year_column(rows, self.era, self.rules)
        if stamped is not None:  # | 年度 | 指標 | 実績 |: a year cell on every row (2753)
            rows = list(stamped.rows)
            self.years.extend(stamped.years)
            for row in stamped.kept:
                self.keep(row.text, row.start, row.end)
        self.header = rows[0] if is_header(rows[0].cells, self.rules) else None
        if len(rows) > 1 and is_year_header(rows[0].cells, self.rules):  # | 年度 | 就職者数 |
            self.read_year_rows(rows[0].cells, rows[1:])
            return
        header = rows[0].cells if is_header(rows[0].cells, self.rules) else None
        body = rows[1:] if header is not None else rows
        if header is not None and any("/" in row.text for row in body):
            from jirei.tables.pairedroles import split_paired_rows  # 目標/実績 rows (3107)

            body = split_paired_rows(body, self.rules)
        if len(rows) >= 2 and max(len(row.cells) for row in rows) <= 3:
            # ``支援対象者数（目標）　200人`` rows: the label names the role (decision 2178)
            from jirei.tables.labelroles import label_role_rows

            named = label_role_rows(body, self.rules)
            if named is not None:
                for label, by_role, found in named:
                    self.emit(
                        label,
                        by_role,
                        lambda found=found: (
                            " / ".join(r.text for r in found), found[0].start, found[-1].end
                        ),
                    )
                self.fiscal_from_heading()
                return
        role_at = role_column(header, body, self.rules) if header is not None else None
        if header is not None and role_at is not None:  # | 支援対象者数 | 目標 | 150人 |
            self.read_role_rows(header, body, role_at)
        elif is_group_matrix(header, body, self.rules):  # rows = groups, columns = metrics
            self.read_group_matrix(header, body)  # type: ignore[arg-type]
        elif header is not None and _group_columns(header, body, self.rules):  # (2258)
            self.read_group_columns(header, body)
        elif header is not None and is_transposed(header, body, self.rules):
            self.read_transposed_groups(header, body)
        else:
            if header is not None:
                columns, years = header_columns(header, era=self.era, rules=self.rules)
                self.years.extend(years)
                self.use_header_units(header, columns)
                self.spots = header_spots(rows[0], columns)
            else:
                columns = default_columns(max(len(r.cells) for r in body))
                self.warn(
                    "table_header_missing",
                    "results table without a header row; columns read as "
                    + ", ".join(c.role or "?" for c in columns[1:]),
                    rows[0].start,
                    rows[0].end,
                )
            for number, row in enumerate(body):
                units = unit_row(row.cells, self.rules) if number == 0 and header else None
                if units is not None:  # | | （人） | （人） | under the header (1750)
                    self.column_units = {
                        id(c): units[n] for n, c in enumerate(columns) if n in units
                    }
                    continue
                if header is not None and is_repeated_header(row.cells, self.rules):
                    # ``区分　目標値(%)　実績値(%)`` under the table: a second table (decision 307)
                    columns, years = header_columns(row.cells, era=self.era, rules=self.rules)
                    self.use_header_units(row.cells, columns)
                    self.spots = header_spots(row, columns)
                    continue
                named = group_row(row, self.rules)
                if named is not None:  # | ＜児童扶養手当受給者＞ |  |  |: the rows below (2759)
                    self.row_group = named
                    continue
                first = len(self.metrics)
                self.read_row(row, columns)
                if self.row_group is not None:
                    self.metrics[first:] = [
                        attrs.evolve(m, group=self.row_group) if m.group is None else m
                        for m in self.metrics[first:]
                    ]
        self.fiscal_from_heading()

    def use_header_units(self, header: Sequence[Cell], columns: Sequence[Column]) -> None:
        """Remember the units bracketed in the header's cells for their columns."""
        units = header_units(header, self.rules)
        self.column_units = {id(c): units[n] for n, c in enumerate(columns) if n in units}

    def read_role_rows(self, header: Sequence[Cell], rows: Sequence[Row], column: int) -> None:
        """A table with a 目標 row and a 実績 row per metric (see ``rolerows``)."""
        self.years.extend(header_columns(header, era=self.era, rules=self.rules)[1])
        series = year_columns(header, era=self.era, rules=self.rules)  # (1000)
        if series is not None and self.heading is not None:  # the heading's year (3308)
            named = fiscal_years(self.heading.text, 0, era=self.era, rules=self.rules)
            series = series.reported(named[0].year if len(named) == 1 else None)
        pick = series.pick if series is not None else None
        periods = period_totals(header, self.rules)  # 第1四半期 … 年度計 | 達成率 (2413)
        found_rows = (
            group_rows(rows, column, self.rules, pick)
            if periods is None
            else period_rows(rows, column, periods, self.rules)
        )
        for found in found_rows:
            label, unit = name_cell(found.label, self.rules)  # 支援対象者数(人) (1100)
            first = len(self.metrics)
            self.emit(
                label,
                found.by_role,
                lambda found=found: (
                    " / ".join(r.text for r in found.rows),
                    found.rows[0].start,
                    found.rows[-1].end,
                ),
            )
            if unit is not None:
                self.metrics[first:] = [metric_with_unit(m, unit) for m in self.metrics[first:]]

    def _continues_group(self, row: Row) -> bool:
        """Whether a row's blank first cell continues the group a row above named (a merged
        cell), its second cell naming the metric whatever the label says (decision 2676)."""
        return (
            self.merged_group is not None
            and len(row.cells) > 2
            and not row.cells[0].text
            and bool(row.cells[1].text)
            and not is_blank_cell(row.cells[1].text)
        )

    def _drops_group_cell(self, row: Row, columns: Sequence[Column]) -> bool:
        """Whether a row under two stub columns (``区分　項目　目標　実績``) is one cell short
        because its group cell is not written at all — a merged cell a tab or space row
        leaves no break for — after a row that named a group: its first cell a known metric
        (``rules.metrics``), its second a value (decision 2769)::

            生活保護受給者等　支援対象者数　260人以上　281人
            就職者数　169人以上　187人
        """
        return (
            self.merged_group is not None
            and len(columns) > 2
            and columns[1].role == "label"
            and columns[0].role in ("label", "group")
            and len(row.cells) == len(columns) - 1
            and label_form(row.cells[0].text) in self.rules.metrics
            and len(row.cells) > 1
            and label_form(row.cells[1].text) not in self.rules.metrics
            and (
                row.cells[1].text[:1].isdigit()
                or row.cells[1].text.startswith(tuple(self.rules.qualifier_prefixes))
                or is_blank_cell(row.cells[1].text)
            )
        )

    def read_row(self, row: Row, columns: Sequence[Column]) -> None:
        """A row of a year-column table: ``label, target, actual, ...``; a group column
        before the label column (``| 対象 | 項目 | 目標 | 実績 |``) gives the row's group."""
        if self._drops_group_cell(row, columns):  # the group above, its cell not written
            at = row.cells[0].start
            row = Row(row.index, row.line, (Cell("", at, at), *row.cells))
        if len(columns) > 1 and columns[1].role == "label" and (
            columns[0].role == "group"  # | 区分 | 項目 |: the first stub names groups when the
            or (columns[0].role == "label" and names_group(row, self.rules))  # second names
            or (columns[0].role == "label" and self._continues_group(row))
        ):  # the metric (decisions 2455, 2676)
            joined = split_group_label(row.cells[0], self.locate, self.rules)
            if joined is not None:  # group and label cells joined (1143); a 〃 copy of such
                short = len(row.cells) < len(columns)  # a cell keeps only the group
                row = Row(row.index, row.line, (*joined[: 2 if short else 1], *row.cells[1:]))
            # an empty group cell continues the group above (a merged cell, decision 702)
            group = label_form(row.cells[0].text) or self.merged_group
            self.merged_group = group
            first = len(self.metrics)
            self.read_row(Row(row.index, row.line, row.cells[1:]), columns[1:])
            for number in range(first, len(self.metrics)):
                if group is not None and self.metrics[number].group is None:
                    self.metrics[number] = attrs.evolve(self.metrics[number], group=group)
            return
        if columns[0].role == "label" or (  # a group column with no label column: its
            columns[0].role == "group"  # cell names the row (composite cells, decision 1742)
            and len(columns) > 1
            and columns[1].role in _FIGURE_ROLES
        ):
            label_cell, cells, roles = row.cells[0], row.cells[1:], columns[1:]
            split = None
            if len(row.cells) < len(columns) and roles[0].role == "unit":  # 支援対象者数人 (2415)
                split = split_unit_label(label_cell, gap_of(self.locate), self.rules)
            split = split or split_inline_role(label_cell, self.rules)  # (うち紹介就職)目標―
            if split is None and len(row.cells) < len(columns):
                split = split_label(label_cell, self.rules)
            if split is not None:
                label_cell, cells = split[0], (split[1], *cells)
        else:
            label_cell, cells, roles = Cell("", row.start, row.start), row.cells, columns
        if len(cells) < len(roles):  # two cells joined where a space was removed (decision 310)
            cells = split_joined(cells, len(roles), self.locate)
        if len(cells) < len(roles) and self.spots:  # a blank cell of a spaced row (2892)
            cells = place_cells(row, label_cell, cells, roles, self.spots) or cells
        by_role: dict[str, list[Cell]] = {}
        unit = unit_cell(cells, roles)  # 単位 | 人 (decision 212)
        for number, cell in enumerate(cells):
            column = roles[number] if number < len(roles) else Column(None, None)
            if not cell.text or column.role == "unit":
                continue
            if unit is not None and column.role in ("target", "actual"):
                self.unit_pieces[cell.start] = with_unit(cell, unit, self.rules)
            elif id(column) in self.column_units and column.role in _FIGURE_ROLES:
                head = self.column_units[id(column)]
                self.unit_pieces[cell.start] = with_unit(cell, head, self.rules)
            pieces = role_pieces(cell, self.rules)  # 目標 X / 実績 Y / 前年度 Z in one cell
            if pieces is not None:  # (decision 3219)
                for role, piece in pieces:
                    if role in ("target", "actual", "achievement_rate"):
                        by_role.setdefault(role, []).append(piece)
                    else:  # a previous year's figure: kept under its row's label
                        self.keep(piece.text, piece.start, piece.end, label_cell.text or None)
                continue
            inline = inline_role(cell, self.rules)  # 目標200人 / 実績226人: the word decides
            if inline is not None:
                column, cell = Column(column.title, inline[0], column.year), inline[1]
            if column.role in ("target", "actual", "achievement_rate"):
                by_role.setdefault(column.role, []).append(cell)
            elif column.role in ("previous", "period"):
                self.keep(cell.text, cell.start, cell.end, _block_heading(column, label_cell))
            else:
                self.read_loose(cell, _block_heading(column, label_cell))
        figure_cells = [c for cells_ in by_role.values() for c in cells_]
        if not label_cell.text and not figure_cells:
            return  # a row that only continues prose in a side column
        label_cell, label_unit = name_cell(label_cell, self.rules)  # 支援対象者数(人) (411)
        first = len(self.metrics)
        self.emit(label_cell, by_role, lambda: (row.text, row.start, row.end))
        if label_unit is not None:
            self.metrics[first:] = [metric_with_unit(m, label_unit) for m in self.metrics[first:]]

    def read_year_rows(self, header: Sequence[Cell], rows: Sequence[Row]) -> None:
        """Metrics as columns, one row per fiscal year (see ``yearrows``)."""
        picked = pick_year_rows(rows, era=self.era, rules=self.rules)
        if picked.year is not None:
            self.years.append(picked.year)
        for row in picked.kept:
            self.keep(row.text, row.start, row.end, row.cells[0].text or None)
        role_rows = {
            role: row
            for role, row in (("target", picked.target), ("actual", picked.actual))
            if row is not None
        }
        plan = metric_columns(header, self.rules)
        if plan is not None and any(role is not None for _, role in plan):
            self.emit_role_columns(plan, role_rows)  # | 支援対象者数目標 | 達成率 | (1101)
        else:
            self.emit_columns(header, role_rows)
        self.fiscal_from_heading()

    def emit_role_columns(
        self, plan: Sequence[tuple[Cell, str | None]], role_rows: dict[str, Row]
    ) -> None:
        """One metric per metric named in the header (``metric_columns``), its figures
        from the columns of its roles in the reported year's row."""
        report = role_rows.get("actual") or role_rows.get("target")
        metrics: dict[str, tuple[Cell, dict[str, list[Cell]]]] = {}
        for column, (name, role) in enumerate(plan, 1):
            if not name.text:
                continue
            _, by_role = metrics.setdefault(label_form(name.text), (name, {}))
            for row_role, row in role_rows.items():
                if role is not None and row is not report:
                    continue
                if column < len(row.cells) and row.cells[column].text:
                    by_role.setdefault(role or row_role, []).append(row.cells[column])
        for name, by_role in metrics.values():
            label, unit = name_cell(name, self.rules)
            first = len(self.metrics)
            where = _column_where(label, by_role, {r: report for r in by_role} if report else {})
            self.emit(label, by_role, where)
            if unit is not None:
                self.metrics[first:] = [metric_with_unit(m, unit) for m in self.metrics[first:]]

    def emit_columns(self, header: Sequence[Cell], role_rows: dict[str, Row]) -> None:
        """One metric per header column, its figures from the rows of each role."""
        for column in range(1, len(header)):
            by_role = {
                role: [row.cells[column]]
                for role, row in role_rows.items()
                if column < len(row.cells) and row.cells[column].text
            }
            label, unit = name_cell(header[column], self.rules)  # ``支援対象者数(人)``
            if not label.text and not by_role:
                continue
            first = len(self.metrics)
            self.emit(label, by_role, _column_where(label, by_role, role_rows))
            if unit is not None:
                self.metrics[first:] = [metric_with_unit(m, unit) for m in self.metrics[first:]]

    def read_transposed_groups(self, header: Sequence[Cell], rows: Sequence[Row]) -> None:
        """A transposed table, or one split by group: a group row (``＜障害者＞``) over each
        group's 目標 / 実績 rows, the header row repeated under it or not (decision 3013).
        Each group's rows are read as a transposed table of their own, with its group."""
        names = [cell.text for cell in header]
        blocks: list[tuple[str | None, list[Row]]] = [(None, [])]
        for row in rows:
            named = group_row(row, self.rules)
            if named is not None:
                blocks.append((named, []))
            elif blocks[-1][0] is not None and not blocks[-1][1] and [
                cell.text for cell in row.cells
            ] == names:
                continue  # the header row repeated under the group row
            else:
                blocks[-1][1].append(row)
        if len(blocks) == 1:
            self.read_transposed(header, rows)
            return
        for group, block in blocks:
            if not block:
                continue
            first = len(self.metrics)
            self.read_transposed(header, block)
            if group is not None:
                self.metrics[first:] = [
                    attrs.evolve(m, group=group) if m.group is None else m
                    for m in self.metrics[first:]
                ]

    def read_group_header(
        self, rows: Sequence[Row], spans: Sequence[tuple[Cell, Sequence[int]]]
    ) -> None:
        """Merged group cells over a transposed table (``jirei.tables.groupheader``): each
        group's columns read as a transposed table of their own, with its group."""
        from jirei.tables.groupheader import group_table

        self.header = rows[1]
        for cell, columns in spans:
            header, body = group_table(rows, columns)
            first = len(self.metrics)
            self.read_transposed(header, body)
            self.metrics[first:] = [
                attrs.evolve(m, group=cell.text) if m.group is None else m
                for m in self.metrics[first:]
            ]

    def read_transposed(self, header: Sequence[Cell], rows: Sequence[Row]) -> None:
        """Metrics as columns; rows 事業目標 / 実績 / 達成率."""
        role_rows: dict[str, Row] = {}
        rows = [  # two figure cells joined where a space was removed (decision 1882)
            Row(row.index, row.line, (row.cells[0], *self.split_cells(row, len(header) - 1)))
            if 1 < len(row.cells) < len(header)
            else row
            for row in rows
        ]
        roles = [column_role(row.cells[0].text, self.rules) for row in rows]
        if "unit" in roles:  # a 単位 row: each metric column's unit (decision 2760)
            units = rows[roles.index("unit")]
            rows = [row for row, role in zip(rows, roles, strict=True) if role != "unit"]
            roles = [role for role in roles if role != "unit"]
        else:
            units = None
        row_years = [
            fiscal_years(row.cells[0].text, row.cells[0].start, era=self.era, rules=self.rules)
            for row in rows
        ]
        chosen = latest_role_rows(roles, [[y.year for y in ys] for ys in row_years])
        for index, row in enumerate(rows):
            role = roles[index]
            if index in chosen:
                self.years.extend(row_years[index])
            if index in chosen and role not in role_rows:
                role_rows[role] = row
            else:
                self.keep(row.text, row.start, row.end, row.cells[0].text or None)
        if units is not None:
            for role in ("target", "actual"):
                for cell, unit in zip(
                    role_rows[role].cells[1:] if role in role_rows else (), units.cells[1:],
                    strict=False,
                ):
                    if cell.text and unit.text and unit_of(unit.text, self.rules) is not None:
                        self.unit_pieces[cell.start] = with_unit(cell, unit, self.rules)
        self.emit_columns(header, role_rows)
        for row in rows:
            for cell in row.cells[len(header) :]:
                if cell.text:
                    self.read_loose(cell, row.cells[0].text or None)

    def split_cells(self, row: Row, wanted: int) -> list[Cell]:
        """The figure cells of ``row`` (after its label) with joined cells cut apart."""
        return split_joined(row.cells[1:], wanted, self.locate)

    def split_header_names(self, rows: list[Row]) -> list[Row]:
        """``rows`` with a first row of fewer cells than the widest row under it cut where
        normalisation joined two metric names (``jirei.tables.gapcells.split_names``), when
        the table so read is a group matrix (its rows groups, no years or roles)."""
        if len(rows) < 2 or self.locate is None:
            return rows
        wanted = max(len(row.cells) for row in rows[1:])
        if wanted <= len(rows[0].cells):
            return rows
        cells = split_names(rows[0].cells, wanted, self.locate, self.rules.metrics)
        if cells is None or not is_group_matrix(cells, rows[1:], self.rules):
            return rows  # (rows of years and roles under it are read by shape: 1240)
        return [Row(rows[0].index, rows[0].line, tuple(cells)), *rows[1:]]

    def read_group_matrix(self, header: Sequence[Cell], rows: Sequence[Row]) -> None:
        """Groups as rows, metrics as columns, every cell an actual figure; a total row
        belongs to no group."""
        named = named_columns(header, self.rules)
        for row in rows:
            first = len(self.metrics)
            if len(row.cells) < len(header) and (split := split_label(row.cells[0], self.rules)):
                # a group label too wide for its column swallowed the first figure (2458)
                row = Row(row.index, row.line, (*split, *row.cells[1:]))
            if named is None and stray_metric(header, row, self.rules):  # 相談件数 約1,200件
                where = lambda row=row: (row.text, row.start, row.end)  # noqa: E731
                self.emit(row.cells[0], {"actual": [row.cells[1]]}, where)
                continue
            if named is None:
                self.emit_columns(header, {"actual": row})
            else:  # | 就職者数 | 就職者数目標 |: one metric, its roles by column (2411)
                self.emit_named(named, row)
            group = group_of(row, self.rules)
            if group is not None:
                self.metrics[first:] = [
                    attrs.evolve(m, group=group) for m in self.metrics[first:]
                ]

    def emit_named(self, named: Sequence[NamedColumn], row: Row) -> None:
        """One metric per name of a matrix header whose columns join a role word to a
        metric (``jirei.tables.namedroles``), its figures from ``row``'s cells."""
        by_name: dict[str, list[NamedColumn]] = {}
        for column in named:
            by_name.setdefault(column.name, []).append(column)
        for columns in by_name.values():
            by_role = {
                c.role: [row.cells[c.column]]
                for c in columns
                if c.column < len(row.cells) and row.cells[c.column].text
            }
            label = next((c.cell for c in columns if c.role == "actual"), columns[0].cell)
            units = {c.unit for c in columns if c.unit is not None and c.role != "achievement_rate"}
            first = len(self.metrics)
            self.emit(label, by_role, lambda row=row: (row.text, row.start, row.end))
            if len(units) == 1:
                unit = units.pop()
                self.metrics[first:] = [metric_with_unit(m, unit) for m in self.metrics[first:]]

    def read_group_columns(self, header: Sequence[Cell], rows: Sequence[Row]) -> None:
        """Groups as columns, metrics as rows, every cell an actual figure; a total column
        belongs to no group (``jirei.tables.groupcolumns``)."""
        from jirei.tables.groupcolumns import group_of_column

        for row in rows:
            label, unit = name_cell(row.cells[0], self.rules)
            for column in range(1, len(row.cells)):
                cell = row.cells[column]
                if not cell.text:
                    continue
                first = len(self.metrics)
                self.emit(label, {"actual": [cell]}, lambda row=row: (row.text, row.start, row.end))
                group = group_of_column(header, column, self.rules)
                self.metrics[first:] = [
                    metric_with_unit(attrs.evolve(m, group=group), unit)
                    if unit is not None
                    else attrs.evolve(m, group=group)
                    for m in self.metrics[first:]
                ]

    def read_loose(self, cell: Cell, heading: str | None) -> None:
        """A cell of no figure column: prose items go to other results, the rest is kept."""
        if is_prose(cell.text, self.rules):
            for text, start, end in prose_items(cell, self.rules):
                self.other_results.append((text, self.locate(start, end)))
        elif not is_blank_cell(cell.text):
            self.keep(cell.text, cell.start, cell.end, heading)

    # --- metrics -----------------------------------------------------------------------

    def emit(
        self,
        label_cell: Cell,
        by_role: dict[str, list[Cell]],
        where: Callable[[], tuple[str, int, int]],
    ) -> None:
        """The metrics of one row (or one column of a transposed table); ``where`` gives
        the row's text and [start, end) for warnings (computed only when one is raised)."""
        targets = by_role.get("target")
        if targets and any(
            is_relative_target(c.text, self.rules) or is_range_target(c.text, self.rules)
            for c in targets
        ):  # 前年度比105%以上 (2254), 150～170人 (2418): no target
            by_role = {**by_role, "target": []}
            for cell in targets:
                self.keep(cell.text, cell.start, cell.end)
        read = {
            role: [(cell, self.read_figures(cell)) for cell in cells]
            for role, cells in by_role.items()
        }
        target = _merge(read.get("target", []))
        actual = _merge(read.get("actual", []))
        rates = _merge(read.get("achievement_rate", []))
        metrics = self.combine(label_cell, target, actual, rates)
        if not metrics:
            raw, start, end = where()
            self.warn("unparsed_row", f"results table row has no figure: {raw!r}", start, end)
            return
        for cells in read.values():
            for cell, figures in cells:
                if figures.empty and not is_blank_cell(cell.text):
                    raw = where()[0]
                    self.warn(
                        "unparsed_cell",
                        f"results table cell has no figure: {cell.text!r} (row {raw!r})",
                        cell.start,
                        cell.end,
                    )
        if not label_form(label_cell.text):
            raw, start, end = where()
            self.warn("unlabelled_row", f"results table row has no label: {raw!r}", start, end)
        self.metrics.extend(metrics)

    def combine(
        self, label_cell: Cell, target: CellFigures, actual: CellFigures, rates: CellFigures
    ) -> list[Metric]:
        """Pair the target and actual figures of a row by name and give each a metric."""
        tail = self.label_tails.pop(label_cell.start, None) if label_cell.text else None
        row_label = row_label_form(label_cell.text + (tail.text if tail else ""), self.rules)
        pairs = _pair(target.figures, actual.figures, self.rules)
        column_rates = _column_rates(target, actual, rates)
        row_span: Span | None = None
        metrics: list[Metric] = []
        for number, (t, a) in enumerate(pairs):
            named = _name_of(t, a)
            if named is not None and named[0] != row_label:
                label, span, group = named[0], self.locate(*named[1]), row_label or None
            else:
                if row_span is None:
                    row_span = self.locate(label_cell.start, label_cell.end)
                    if tail is not None:  # a label wrapped over two lines (decision 60)
                        row_span = Span.join([row_span, self.locate(tail.start, tail.end)])
                label, span, group = row_label, row_span, None
            rate = (a.rate if a else None) or (t.rate if t else None)
            if rate is None and number < len(column_rates) and len(column_rates) <= len(pairs):
                rate = column_rates[number]
            metrics.append(self.metric(label, group, span, t, a, rate))
            if not (t and t.extras) and not (a and a.extras):
                continue
            extras = _pair(t.extras if t else (), a.extras if a else (), self.rules)
            for et, ea in extras:
                extra_name = _name_of(et, ea)
                assert extra_name is not None  # extras always carry a name
                metrics.append(
                    self.metric(extra_name[0], group, self.locate(*extra_name[1]), et, ea, None)
                )
        return metrics

    def metric(
        self,
        label: str,
        group: str | None,
        span: Span,
        target: Figure | None,
        actual: Figure | None,
        rate: Quantity | None,
    ) -> Metric:
        achievement = rate_value(rate, self.rules) if rate is not None else None
        achievement_span = rate.span if rate is not None and achievement is not None else None
        return Metric(
            label=label,
            key=self.rules.metrics.get(label),
            group=group,
            target=target.quantity if target else None,
            actual=actual.quantity if actual else None,
            achievement_rate=achievement,
            span=span,
            achievement_span=achievement_span,
        )


#: the columns whose bare numbers take the unit of their header (``達成率(%)``: the rate's
#: span then covers the ``%`` too)
_FIGURE_ROLES = frozenset({"target", "actual", "achievement_rate"})


def _group_columns(header: Sequence[Cell], rows: Sequence[Row], rules: Rules) -> bool:
    from jirei.tables.groupcolumns import is_group_columns

    return is_group_columns(header, rows, rules)


def _continues(rows: Sequence[Row], header: Row, rules: Rules) -> bool:
    """Whether ``rows`` (a table without a header row) continue the table of ``header``:
    every row as wide as the header, the first no header itself."""
    width = len(header.cells)
    return (
        bool(rows)
        and all(len(row.cells) == width for row in rows)
        and not is_header(rows[0].cells, rules)
        and not is_year_header(rows[0].cells, rules)
    )


def _column_where(
    label: Cell, by_role: dict[str, list[Cell]], role_rows: dict[str, Row]
) -> Callable[[], tuple[str, int, int]]:
    """The text and [start, end) of a transposed table's column, for warnings."""

    def where() -> tuple[str, int, int]:
        raw = " / ".join(
            f"{role_rows[role].cells[0].text} {cells[0].text}" for role, cells in by_role.items()
        )
        return f"{label.text}: {raw}", label.start, label.end

    return where


def _block_heading(column: Column, label_cell: Cell) -> str | None:
    parts = [p for p in (label_cell.text, column.title) if p]
    return " ".join(parts) or None


_NO_FIGURES = CellFigures()


def _merge(read: Sequence[tuple[Cell, CellFigures]]) -> CellFigures:
    if len(read) <= 1:
        return read[0][1] if read else _NO_FIGURES
    return CellFigures(
        tuple(f for _, figures in read for f in figures.figures),
        tuple(q for _, figures in read for q in figures.loose_rates),
    )


def _column_rates(
    target: CellFigures, actual: CellFigures, rates: CellFigures
) -> tuple[Quantity, ...]:
    """The rates of a row not attached to a figure: the rate column's figures, then the
    loose rates of the rate, target and actual cells."""
    if not (rates.figures or rates.loose_rates or target.loose_rates or actual.loose_rates):
        return ()
    return (
        *(f.quantity for f in rates.figures),
        *rates.loose_rates,
        *target.loose_rates,
        *actual.loose_rates,
    )


def _name_of(target: Figure | None, actual: Figure | None) -> tuple[str, tuple[int, int]] | None:
    for figure in (target, actual):
        if figure is not None and figure.name and figure.name_range is not None:
            return figure.name, figure.name_range
    return None


def _same(target: Figure, actual: Figure, rules: Rules) -> bool:
    if target.name == actual.name:
        return True
    key = rules.metrics.get(target.name or "")
    return key is not None and key == rules.metrics.get(actual.name or "")


def _pair(
    targets: Sequence[Figure], actuals: Sequence[Figure], rules: Rules
) -> list[tuple[Figure | None, Figure | None]]:
    """Target and actual figures paired: by name or metric key when both are named, else by
    position; unmatched actual figures follow."""
    used: set[int] = set()
    pairs: list[tuple[Figure | None, Figure | None]] = []
    for number, target in enumerate(targets):
        match = None
        for index, actual in enumerate(actuals):
            if index in used:
                continue
            if target.name and actual.name:
                if _same(target, actual, rules):
                    match = index
                    break
            elif index == number:
                match = index
                break
        if match is not None:
            used.add(match)
            pairs.append((target, actuals[match]))
        else:
            pairs.append((target, None))
    pairs.extend((None, a) for index, a in enumerate(actuals) if index not in used)
    return pairs
