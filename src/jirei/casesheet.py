"""A comparison sheet whose COLUMNS are cases (``項目 | 事例1 | 事例2 | …``), read by
transposing it: each column is one case, each row one fact of every case.

A row is read by its label (first cell):

* a section row (``【取組内容】``, ``【令和元年度の実績】``, its other cells empty) sets the
  section the rows under it belong to (``rules.sections``); a results section row gives
  the fiscal year;
* a field row (``都道府県``, ``施設名``, ``事業開始日`` …; ``rules.field_labels``) is a header
  fact of each case;
* a metric row ``label（目標）`` / ``label（実績）`` / ``label（達成率）`` fills that role of
  the metric ``label`` (``rules.columns``; a role such as ``前年度実績`` is not read);
* a comment row (``市のコメント``: a label ending in a comment keyword) is a comment by
  the speaker it names;
* any other row takes the section's kind: items of 取組 (initiatives) or other results.

Empty cells and ``－`` cells give nothing. Offsets are into the normalised text. A sheet
whose columns read header facts only, over cases told after it (case labels, 取組内容
headings), is their overview, no sheet: the case list reads it (decision 2781).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

import regex

from jirei.caselabel import label_length
from jirei.comments import role_of
from jirei.fields import FieldLine
from jirei.header import header_from_fields, profile_fields
from jirei.lines import Cell, Line, Locate, cell_texts, row_cells
from jirei.model import Comment, Metric, Profile, Span
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import ends_sentence, heading_key
from jirei.tables.cells import column_role, is_blank_cell, label_form
from jirei.tables.labelroles import split_role_label

_ROLE_BRACKET = regex.compile(r"^(?P<label>.+?)\((?P<role>[^()]+)\)$")
_SECTION_ROW = regex.compile(r"^【[^】]+】$")


def sheet_header(line: Line, rules: Rules = DEFAULT_RULES) -> list[Cell] | None:
    """The cells of a sheet's header row whose cells after the first are all case labels
    (two or more), else None."""
    if "\t" not in line.text and "|" not in line.text:
        return None
    texts = cell_texts(line)[1:]  # (no cells built to test)
    labels = [text for text in texts if text]
    if len(labels) < 2 or not all(label_length(text, rules) == len(text) for text in labels):
        return None
    inner = texts[texts.index(labels[0]) : len(texts) - texts[::-1].index(labels[-1])]
    if len(inner) > len(labels):  # a label over blank cells: a group of columns (2623)
        return None
    return row_cells(line)


def read_case_sheet(
    lines: Sequence[Line],
    rules: Rules = DEFAULT_RULES,
    locate: Locate | None = None,
    era_at: Callable[[int], str] | None = None,
) -> list[Profile] | None:
    """The profiles of a case sheet among ``lines``, else None (no sheet)."""
    from jirei.profile import identity_locate

    locate = locate or identity_locate
    header: list[Cell] | None = None
    start = 0
    for index, line in enumerate(lines):
        text = line.text
        if ("|" in text or "\t" in text) and (header := sheet_header(line, rules)):
            start = index
            break
    if header is None:
        return None
    if start and _told_before(lines[:start], rules):
        return None  # a closing table of the cases told above it (decision 3081)
    columns = [i for i in range(1, len(header)) if header[i].text]
    cases = [_Column(rules, locate) for _ in columns]
    section: str | None = None
    end = len(lines)
    for index, line in enumerate(lines[start + 1 :], start + 1):
        if line.blank:
            continue
        cells = row_cells(line)
        if len(cells) < 2 and not _SECTION_ROW.match(line.stripped):
            if not ("\t" in line.text or "|" in line.text):
                end = index
                break  # the sheet ended
        label_cell = cells[0]
        values = [cells[i] if i < len(cells) else None for i in columns]
        label = label_form(label_cell.text)
        if not label:
            continue
        if all(v is None or not v.text for v in values):
            kind = _section_kind(label_cell.text, rules)
            if kind is not None or _SECTION_ROW.match(label_cell.text):
                section = kind
                if kind == "results":
                    for case in cases:
                        case.fiscal_text(label_cell, era_at)
            continue
        for case, value in zip(cases, values, strict=True):
            if value is not None and value.text and not is_blank_cell(value.text):
                case.row(label, label_cell, value, section)
    profiles = [case.profile() for case in cases]
    if all(case.told_after() for case in cases) and _stories_after(
        lines[end:], rules, [_names(profile) for profile in profiles]
    ):
        return None  # an overview of the cases told after it (decisions 2781, 2910, 3386)
    return profiles


def _names(profile: Profile) -> tuple[str, ...]:
    """The names a story's heading may repeat of a column: its facility and its city."""
    return tuple(
        _name_form(name) for name in (profile.facility_name, profile.municipality) if name
    )


def _name_form(text: str) -> str:
    """A name as compared: NFKC, no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).split())


#: the fewest labelled cases after a sheet of header facts that make it their overview
_STORIES = 2


def _stories_after(
    lines: Sequence[Line], rules: Rules, names: Sequence[tuple[str, ...]] = ()
) -> bool:
    """Whether cases told on their own follow: lines whose case labels write two numbers
    (``事例１　name``), two 取組内容 headings (stories headed otherwise), or short lines
    heading two columns' stories by the facility or city their column names
    (``■ながおか就労支援プラザ``, ``高岡市の取組``: decision 2910)."""
    from jirei.facilitytables import cellular
    from jirei.namedblocks import is_cell_figure
    from jirei.tables.caselist import block_number

    numbers: set[int] = set()
    named: set[int] = set()
    items = 0
    for at, line in enumerate(lines):
        text = line.stripped
        if not text:
            continue
        length = label_length(text, rules)
        if length and (number := block_number(text, length)) is not None:
            numbers.add(number)
        elif len(text) <= _HEADING and _section_kind(text, rules) == "initiatives":
            items += 1
        elif (
            names and len(text) <= _NAMED and not ends_sentence(text) and not cellular(text)
            and not any(is_cell_figure(below.text) for below in lines[at + 1 : at + 4])
        ):  # (a name over figures one a line is a table's cell, no story's heading)
            form = _name_form(text)
            named.update(n for n, own in enumerate(names) if any(name in form for name in own))
        if len(numbers) >= _STORIES or items >= _STORIES or len(named) >= _STORIES:
            return True
    return False


def _told_before(lines: Sequence[Line], rules: Rules) -> bool:
    """Whether two cases or more are told on their own above a sheet: two 取組内容
    headings (a contents list naming the cases' labels tells none). The sheet is then a
    closing table of their figures, which the gathered parts read (decision 3081)."""
    items = 0
    for line in lines:
        text = line.stripped
        if text and len(text) <= _HEADING and _section_kind(text, rules) == "initiatives":
            items += 1
            if items >= _STORIES:
                return True
    return False


#: the longest line read as a story's heading naming its case
_NAMED = 40


#: the longest line read as a section heading after a sheet
_HEADING = 30


class _Column:
    """One case's facts, collected row by row."""

    def __init__(self, rules: Rules, locate: Locate) -> None:
        self.rules = rules
        self.locate = locate
        self.fields: list[FieldLine] = []
        self.initiatives: list[Cell] = []
        self.other: list[Cell] = []
        self.metric_cells: dict[str, dict[str, list[Cell]]] = {}
        self.metric_labels: dict[str, Cell] = {}
        self.comments: list[Comment] = []
        self.fiscal_year: int | None = None
        self.fiscal_span: Span | None = None
        self.cells: list[Cell] = []

    def header_only(self) -> bool:
        """Whether the column read header facts alone: no item, figure or comment."""
        return not (self.initiatives or self.other or self.metric_cells or self.comments)

    def told_after(self) -> bool:
        """Whether the column read header facts and figures alone, no item or comment: an
        overview of a case whose story is told after the sheet (decision 3386)."""
        return not (self.initiatives or self.other or self.comments)

    def fiscal_text(self, cell: Cell, era_at: Callable[[int], str] | None) -> None:
        from jirei.tables.grid import fiscal_years

        era = era_at(cell.start) if era_at is not None else None
        found = fiscal_years(cell.text, cell.start, era=era, rules=self.rules)
        if found and self.fiscal_year is None:
            self.fiscal_year = found[0].year
            self.fiscal_span = self.locate(found[0].start, found[0].end)

    def row(self, label: str, label_cell: Cell, value: Cell, section: str | None) -> None:
        rules = self.rules
        self.cells.append(value)
        kind = rules.field_labels.get(label)
        if kind is not None:
            self.fields.append(FieldLine(kind, label, value.text, value.start, value.end))
            return
        match = _ROLE_BRACKET.match(label)
        if match is not None:
            role = column_role(match.group("role"), rules)
            if role in ("target", "actual", "achievement_rate"):
                name = match.group("label")
                self.metric_labels.setdefault(name, label_cell)
                self.metric_cells.setdefault(name, {}).setdefault(role, []).append(value)
                return
            if role is not None:
                return  # 前年度実績 and the like: not read (rule 9)
        named, named_role = split_role_label(label_cell, rules) if match else (label_cell, None)
        if named_role is not None:  # ``目標（支援対象者数）``: the role before its metric (3386)
            name = label_form(named.text)
            self.metric_labels.setdefault(name, named)
            self.metric_cells.setdefault(name, {}).setdefault(named_role, []).append(value)
            return
        speaker = _speaker(label, rules)
        if speaker is not None:
            self.comments.append(
                Comment(
                    speaker=speaker,
                    role=role_of(speaker, rules),
                    text=value.text,
                    span=self.locate(value.start, value.end),
                    speaker_span=self.locate(label_cell.start, label_cell.start + len(speaker)),
                )
            )
            return
        own = rules.sections.get(heading_key(label_cell.text, rules))
        if (own or section) == "other_results":
            self.other.append(value)
        elif (own or section) == "initiatives" or _numbered(label, rules):
            self.initiatives.append(value)

    def profile(self) -> Profile:
        from jirei.tables.reader import _TableReader

        header = header_from_fields(self.fields, self.rules)
        reader = _TableReader(self.rules, None, self.locate, None)
        for name, by_role in self.metric_cells.items():
            label = self.metric_labels[name]
            cell = Cell(name, label.start, label.start + len(name))
            reader.emit(cell, by_role, lambda cell=cell: (cell.text, cell.start, cell.end))
        metrics: list[Metric] = list(reader.metrics)
        fields = {name: field.value for name, field in header.fields.items()}
        spans = {name: self.locate(f.start, f.end) for name, f in header.fields.items()}
        if self.fiscal_span is not None:
            spans["fiscal_year"] = self.fiscal_span
        title = fields.pop("title", None)
        start = min((c.start for c in self.cells), default=0)
        end = max((c.end for c in self.cells), default=start)
        return Profile(
            title=title,  # type: ignore[arg-type]
            **profile_fields(fields, header.hello_work),  # type: ignore[arg-type]
            fiscal_year=self.fiscal_year,
            initiatives=tuple(c.text for c in self.initiatives),
            metrics=tuple(metrics),
            other_results=tuple(c.text for c in self.other),
            comments=tuple(self.comments),
            span=self.locate(start, end),
            spans=spans,
            hello_work_spans=tuple(self.locate(f.start, f.end) for f in header.hello_work),
            initiative_spans=tuple(self.locate(c.start, c.end) for c in self.initiatives),
            other_result_spans=tuple(self.locate(c.start, c.end) for c in self.other),
        )


def _section_kind(text: str, rules: Rules) -> str | None:
    """The section kind a section row names (``【令和元年度の実績】`` → results)."""
    from jirei.headings import variant_kind

    return rules.sections.get(heading_key(text, rules)) or variant_kind(text.strip(), rules)


def _numbered(label: str, rules: Rules) -> bool:
    """``取組1`` (``取組①`` after NFKC): an initiatives alias and a number."""
    stripped = regex.sub(r"\d+$", "", label)
    return stripped != label and rules.sections.get(stripped) == "initiatives"


def _speaker(label: str, rules: Rules) -> str | None:
    """The speaker a comment row label names (``市のコメント`` → ``市``), else None."""
    for keyword in sorted(rules.comment_keywords, key=len, reverse=True):
        if label.endswith(keyword) and len(label) > len(keyword):
            return label[: -len(keyword)].removesuffix("の") or None
    return None


#: one case's facts collected fact by fact (``jirei.fieldrecords`` reads its records into one)
CaseColumn = _Column

__all__ = ["CaseColumn", "read_case_sheet", "sheet_header"]
