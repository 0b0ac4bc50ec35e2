"""Meeting handouts whose parts each hold one kind of fact (decisions 2000-2009).

A 協議会 handout is cut into parts headed ``【資料１】``, ``【資料２】`` …, ``【参考資料】``.
One part holds the case texts (its case labels ``■事例１``); another a table of every
facility's figures (``施設名 | 支援対象者数 目標 実績 達成率 | …``, one row per facility);
another the members' remarks grouped under a heading naming each facility.
``read_handout`` finds such a document and gives the text with everything outside the case
part blanked (offsets kept), so that the cases are read from their own part only;
``Handout.join`` then gives each profile read there its facility's row of the table
(metrics, and the table's fiscal year) and its remarks (comments). Parts the rules call
ignored (``参考資料``: next year's targets) give nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

import attrs
import regex
from attrs import frozen

from jirei.comments import role_of
from jirei.model import Comment, Metric, Profile, Quantity, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values.fiscal import find_fiscal_years
from jirei.values.numbers import parse_number

Locate = Callable[[int, int], Span]

_DIGITS = "0-9０-９一二三四五六七八九十"
_NUMBER = regex.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?")
_CELL = regex.compile(r"\S+")
_BRACKET_TAIL = regex.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")
_ROLES = ("target", "actual", "achievement_rate")
_UNIT_LINE = regex.compile(r"単位\s*[:：]?\s*([^)）]*)")


@frozen
class _Words:
    part: regex.Pattern[str]
    ignored: frozenset[str]
    case: regex.Pattern[str]
    name_heads: frozenset[str]
    marks: tuple[str, ...]
    empty: frozenset[str]
    precheck: tuple[str, ...]


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> _Words:
    table = rules.figures_table.get("handout", {})
    parts = sorted(table.get("parts", ()), key=len, reverse=True)
    alternation = "|".join(regex.escape(word) for word in parts) or "(?!)"
    number = rf"[{_DIGITS}]+(?:\s*[-‐・]\s*[{_DIGITS}]+)?"
    part = regex.compile(  # ``【資料1】 title``, ``資料1: title`` (the normalised form), ``資料1``
        rf"^[ \t　]*(?:[【\[［〔<＜]\s*({alternation})\s*(?:{number})?\s*[】\]］〕>＞]"
        rf"|({alternation})\s*(?:{number})?\s*[:：]|({alternation})\s*{number}[ \t　]*$)"
        r"[ \t　]*(?:\S.{0,40})?$",
        regex.M,
    )
    cases = sorted(table.get("case_words", ()), key=len, reverse=True)
    case_alt = "|".join(regex.escape(word) for word in cases) or "(?!)"
    case = regex.compile(
        rf"^[ \t　]*[■□◆◇●○【\[［〔<＜]?\s*(?:{case_alt})\s*[{_DIGITS}]+", regex.M
    )
    return _Words(
        part=part,
        ignored=frozenset(table.get("ignored", ())),
        case=case,
        name_heads=frozenset(table.get("name_heads", ())),
        marks=tuple(table.get("remark_marks", ())),
        empty=frozenset(table.get("empty_cells", ())),
        precheck=tuple(parts),
    )


@frozen
class _Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


@frozen
class _Part:
    word: str
    lines: tuple[_Line, ...]


@frozen
class Handout:
    """A handout's text with all but the case part blanked, and its other parts."""

    masked: str
    parts: tuple[_Part, ...]
    rules: Rules

    def join(self, profiles: Sequence[Profile], locate: Locate) -> list[Profile]:
        """The profiles with their facility's table row and remarks from the other parts."""
        out = list(profiles)
        for part in self.parts:
            for table in _tables(part.lines, self.rules):
                for index, profile in enumerate(out):
                    row = _row_for(profile, table.rows)
                    if row is None:
                        continue
                    metrics = _metrics(table, row, self.rules, locate)
                    changes: dict[str, object] = {"metrics": (*profile.metrics, *metrics)}
                    if table.year is not None:
                        changes["fiscal_year"] = table.year
                    out[index] = attrs.evolve(profile, **changes)
            groups = _remarks(part.lines, self.rules)
            for heading, items in groups:
                index = _named(out, heading)
                if index is None:
                    continue
                profile = out[index]
                comments = tuple(_comment(item, self.rules, locate) for item in items)
                out[index] = attrs.evolve(profile, comments=(*profile.comments, *comments))
        return out


def _lines(text: str, start: int, end: int) -> tuple[_Line, ...]:
    out = []
    for match in regex.finditer(r"[^\n]*", text[start:end]):
        if match.start() > 0 and text[start + match.start() - 1] != "\n":
            continue  # (the empty match right after a line)
        out.append(_Line(start + match.start(), start + match.end(), match.group()))
    return tuple(out)


#: what may stand before a part's word on its line (``words.part``: spaces, one opening bracket)
_OPENERS = "【[［〔<＜"


def _may_have_parts(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` holds two places where a part heading may start: a part's word with
    nothing before it on its line but spaces and one opening bracket (a cheap test of what
    ``words.part`` needs: every match holds its own word so placed, even when its spaces run
    over a line break). Only the words holding no other word are searched for (``資料``);
    the others are looked for around them (``参考資料``)."""
    found: set[int] = set()
    cores = [core for core in words if not any(other != core and other in core for other in words)]
    for core in cores:
        around = [
            (word, offset)
            for word in words
            for offset in range(len(word) - len(core) + 1)
            if word.startswith(core, offset)
        ]
        at = text.find(core)
        while at >= 0:
            for word, offset in around:
                place = at - offset
                if place < 0 or place in found or not text.startswith(word, place):
                    continue
                before = text[text.rfind("\n", 0, place) + 1 : place].strip()
                if not before or (len(before) == 1 and before in _OPENERS):
                    found.add(place)
                    if len(found) >= 2:
                        return True
            at = text.find(core, at + 1)
    return False


def read_handout(text: str, rules: Rules = DEFAULT_RULES) -> Handout | None:
    """The handout ``text`` is, or None: at least two parts headed ``【資料n】``, exactly one
    of which labels cases."""
    words = _words(rules)
    if "【" not in text and "[" not in text and "<" not in text:
        return None
    if not _may_have_parts(text, words.precheck):
        return None
    heads = list(words.part.finditer(text))
    if len(heads) < 2:
        return None
    bounds = [
        (
            m.group(1) or m.group(2) or m.group(3),
            m.start(),
            heads[i + 1].start() if i + 1 < len(heads) else len(text),
        )
        for i, m in enumerate(heads)
    ]
    labelled = [
        (word, start, end)
        for word, start, end in bounds
        if word not in words.ignored and words.case.search(text, start, end) is not None
    ]
    if len(labelled) != 1:
        return None
    _, case_start, case_end = labelled[0]
    opening = text[: heads[0].start()].splitlines()
    cover = {line.strip() for line in opening if len(line.strip()) >= 6}
    keep = [(case_start, case_end)]
    if cover:  # a running head repeating the cover's title inside the case part (2002)
        keep = []
        at = case_start
        for line in _lines(text, case_start, case_end):
            if line.stripped in cover:
                keep.append((at, line.start))
                at = line.end
        keep.append((at, case_end))
    chars = [char if char == "\n" else " " for char in text]
    for start, end in keep:
        chars[start:end] = text[start:end]
    masked = "".join(chars)
    parts = tuple(
        _Part(word, _lines(text, start, end))
        for word, start, end in bounds
        if start != case_start and word not in words.ignored
    )
    return Handout(masked=masked, parts=parts, rules=rules)


# ---------------------------------------------------------------- the facilities' table


@frozen
class _Cell:
    text: str
    start: int
    end: int


@frozen
class _Row:
    name: str
    more: str  # the line under the name (``（鹿児島市／HW鹿児島）``)
    cells: tuple[_Cell, ...]


@frozen
class _Table:
    columns: tuple[tuple[str, str, _Cell], ...]  # (metric label, role, head cell)
    rows: tuple[_Row, ...]
    year: int | None
    count_unit: str | None
    #: the units the unit line gives by label (``利用者数は人，紹介件数・相談件数は件``)
    label_units: tuple[tuple[str, str], ...] = ()


def _cells(line: _Line) -> list[_Cell]:
    return [
        _Cell(m.group(), line.start + m.start(), line.start + m.end())
        for m in _CELL.finditer(line.text)
    ]


def _figure(cell: str, empty: frozenset[str]) -> bool:
    if cell in empty:
        return True
    if _NUMBER.match(cell) is None:
        return False
    if "(" in cell or "（" in cell:  # a row named by a number and its place: ``1(呉市)`` (3592)
        from jirei.facilitytables import labelled_place

        return not labelled_place(cell)
    return True


def _tables(lines: Sequence[_Line], rules: Rules) -> list[_Table]:
    words = _words(rules)
    out: list[_Table] = []
    index = 0
    while index < len(lines):
        head = _cells(lines[index])
        labels = [cell for cell in head if rules.metrics.get(cell.text) is not None]
        if len(labels) < 2 or len(labels) < len(head) - 1:
            paired = _paired_head(head, rules)  # ``支援対象者数（目標）`` … (decision 2338)
            if paired is not None:
                found = _rows(lines, index + 1, len(paired), rules)
                if found[0]:
                    above = [line.stripped for line in lines[max(0, index - 4) : index]]
                    out.append(
                        _Table(
                            tuple(paired), found[0], _year(above, rules), _unit(above),
                            _label_units(above, rules),
                        )
                    )
                index = max(found[1], index + 1)
                continue
            index += 1
            continue
        roles_line = _cells(lines[index + 1]) if index + 1 < len(lines) else []
        roles = [(cell, rules.columns.get(cell.text)) for cell in roles_line]
        roles = [(cell, role) for cell, role in roles if role in _ROLES]
        columns: list[tuple[str, str, _Cell]] = []
        body = index + 1
        if len(roles) >= len(labels):
            body = index + 2
            group = -1
            last = None
            order = {"target": 0, "actual": 1, "achievement_rate": 2}
            for cell, role in roles:
                if last is None or order[role] <= order[last]:
                    group += 1
                if group >= len(labels):
                    break
                columns.append((labels[group].text, role, cell))
                last = role
            if group != len(labels) - 1:
                index += 1
                continue
        else:
            columns = [(cell.text, "actual", cell) for cell in labels]
        rows: list[_Row] = []
        at = body
        while at < len(lines):
            cells = _cells(lines[at])
            if not cells:
                at += 1
                if rows:
                    break
                continue
            figures = [cell for cell in cells if _figure(cell.text, words.empty)]
            names = cells[: len(cells) - len(figures)]
            if len(figures) == len(columns) and names and all(
                not _figure(cell.text, words.empty) for cell in names
            ):
                more = ""
                if at + 1 < len(lines):
                    below = _cells(lines[at + 1])
                    if below and not any(_figure(c.text, words.empty) for c in below):
                        more = lines[at + 1].stripped
                rows.append(_Row("".join(c.text for c in names), more, tuple(figures)))
                at += 2 if more else 1
                continue
            if rows:
                break
            at += 1
        if rows:
            above = [line.stripped for line in lines[max(0, index - 4) : index]]
            out.append(_Table(
                tuple(columns), tuple(rows), _year(above, rules), _unit(above),
                _label_units(above, rules),
            ))
        index = max(at, index + 1)
    return out


#: a header cell naming a metric and its role in brackets (``支援対象者数(目標)``)
_PAIRED = regex.compile(r"^(?P<label>[^()（）]+)[(（](?P<role>[^()（）]+)[)）]$")


def _paired_head(head: Sequence[_Cell], rules: Rules) -> list[tuple[str, str, _Cell]] | None:
    """The columns of a one-row header whose cells name a metric and its role each
    (``施設名　支援対象者数（目標）　支援対象者数（実績）　就職者数（目標）…``): two such cells or
    more, and no other cell but the name column's."""
    columns: list[tuple[str, str, _Cell]] = []
    for cell in head:
        match = _PAIRED.match(cell.text)
        if match is None:
            continue
        label, role = match.group("label"), rules.columns.get(match.group("role"))
        if rules.metrics.get(label) is None or role not in _ROLES:
            continue
        columns.append((label, role, cell))
    if len(columns) < 2 or len(columns) < len(head) - 1:
        return None
    return columns


def _rows(
    lines: Sequence[_Line], body: int, width: int, rules: Rules
) -> tuple[tuple[_Row, ...], int]:
    """The rows of ``width`` figures under a header (a name, then the figures), and the
    line after them."""
    empty = _words(rules).empty
    rows: list[_Row] = []
    at = body
    while at < len(lines):
        cells = _cells(lines[at])
        figures = [cell for cell in cells if _figure(cell.text, empty)]
        names = cells[: len(cells) - len(figures)]
        if len(figures) != width or not names or any(_figure(c.text, empty) for c in names):
            break
        rows.append(_Row("".join(c.text for c in names), "", tuple(figures)))
        at += 1
    return tuple(rows), at


def _year(above: Sequence[str], rules: Rules) -> int | None:
    for text in reversed(above):
        for found in find_fiscal_years(text, rules=rules):
            return found.value.year
    return None


def _unit(above: Sequence[str]) -> str | None:
    for text in above:
        match = _UNIT_LINE.search(text)
        if match is not None:
            for unit in regex.split(r"[、,，/・]", match.group(1)):
                unit = unit.strip()
                if unit and unit not in ("%", "％") and _LABEL_UNIT.match(unit) is None:
                    return unit
    return None


#: a unit note's piece naming its columns: ``利用者数は人``, ``紹介件数・相談件数は件``
_LABEL_UNIT = regex.compile(r"^(?P<labels>[^、,，/は]+)は(?P<unit>[^、,，/・は]{1,3})$")


def _label_units(above: Sequence[str], rules: Rules) -> tuple[tuple[str, str], ...]:
    """The units a unit line gives column by column (``（単位：利用者数は人，紹介件数・相談件数は
    件）``): each named label's unit (decision 3594)."""
    out: list[tuple[str, str]] = []
    for text in above:
        match = _UNIT_LINE.search(text)
        if match is None:
            continue
        for piece in regex.split(r"[、,，/]", match.group(1)):
            named = _LABEL_UNIT.match(piece.strip())
            unit = rules.units.get(named.group("unit")) if named is not None else None
            if named is None or unit is None:
                continue
            out.extend((label.strip(), unit) for label in named.group("labels").split("・"))
    return tuple(out)


def _key(text: str) -> str:
    return regex.sub(r"[\s　]", "", text)


def _row_for(profile: Profile, rows: Sequence[_Row]) -> _Row | None:
    name = _key(profile.facility_name or "")
    if name:
        hits = [row for row in rows if _key(row.name) == name]
        if len(hits) == 1:
            return hits[0]
        hits = [row for row in rows if name in _key(row.name) or _key(row.name) in name]
        if len(hits) == 1 and len(_key(hits[0].name)) >= 3:
            return hits[0]
    place = profile.municipality
    if place:
        hits = [row for row in rows if place in row.name + row.more]
        if len(hits) > 1:  # ``津市`` in ``沼津市`` too: the place a whole name (decision 3595)
            whole = regex.compile(r"(?<!\p{Han})" + regex.escape(place))
            hits = [row for row in hits if whole.search(row.name + row.more) is not None]
        if len(hits) == 1:
            return hits[0]
    return None


def _named(profiles: Sequence[Profile], heading: str) -> int | None:
    """The one profile a remarks heading names: by facility name, else by its city."""
    key = _key(heading)
    hits = [i for i, p in enumerate(profiles) if p.facility_name and _key(p.facility_name) in key]
    if not hits:
        hits = [i for i, p in enumerate(profiles) if p.municipality and p.municipality in key]
    return hits[0] if len(hits) == 1 else None


def _split(cell: _Cell, rules: Rules) -> tuple[object, str | None]:
    """A cell's number and the unit written after it (``336人`` → 336, 人), if any."""
    match = _NUMBER.match(cell.text)
    tail = cell.text[match.end() :] if match is not None else ""
    number = parse_number(cell.text[: match.end()] if match is not None else cell.text)
    return number, rules.units.get(tail) if tail else None


def _quantity(cell: _Cell, unit: str | None, locate: Locate, rules: Rules) -> Quantity:
    value, written = _split(cell, rules)
    return Quantity(value, written or unit, None, locate(cell.start, cell.end))


def _metrics(table: _Table, row: _Row, rules: Rules, locate: Locate) -> list[Metric]:
    empty = _words(rules).empty
    out: list[Metric] = []
    for label in dict.fromkeys(column[0] for column in table.columns):
        key = rules.metrics.get(label)
        unit = dict(table.label_units).get(label) or (
            "%" if label.endswith("率") else table.count_unit
        )
        target = actual = None
        rate: Decimal | None = None
        head: _Cell | None = None
        rate_span: Span | None = None
        for (name, role, cell_head), cell in zip(table.columns, row.cells, strict=True):
            if name != label:
                continue
            head = head or cell_head
            if cell.text in empty:
                continue
            if role == "target":
                target = _quantity(cell, unit, locate, rules)
            elif role == "actual":
                actual = _quantity(cell, unit, locate, rules)
            else:
                rate = Decimal(str(_split(cell, rules)[0]))
                rate_span = locate(cell.start, cell.end)
        if target is None and actual is None:
            continue
        first = (target or actual).span  # type: ignore[union-attr]
        out.append(
            Metric(
                label=label,
                key=key,
                target=target,
                actual=actual,
                achievement_rate=rate,
                span=first,
                achievement_span=rate_span,
            )
        )
    return out


# ---------------------------------------------------------------- remarks by facility


@frozen
class _Item:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int
    speaker_end: int


def _remarks(lines: Sequence[_Line], rules: Rules) -> list[tuple[str, list[_Item]]]:
    marks = _words(rules).marks
    groups: list[tuple[str, list[tuple[_Line, list[_Line]]]]] = []
    mark_indent: int | None = None
    for line in lines:
        text = line.stripped
        if not text:
            continue
        if text.startswith(marks) and groups:
            groups[-1][1].append((line, [line]))
            mark_indent = line.indent
            continue
        items = groups[-1][1] if groups else []
        if items and mark_indent is not None and line.indent > mark_indent:
            items[-1][1].append(line)
            continue
        groups.append((text, []))
        mark_indent = None
    out = []
    for heading, items in groups:
        if items:
            out.append((heading, [_item(parts, marks) for _, parts in items]))
    return out


def _item(parts: Sequence[_Line], marks: tuple[str, ...]) -> _Item:
    first = parts[0]
    lead = first.indent + 1
    start = first.start + lead
    while start < first.end and first.text[start - first.start].isspace():
        start += 1
    pieces = [first.text[start - first.start :].strip()] + [line.stripped for line in parts[1:]]
    joined = "".join(pieces)
    last = parts[-1]
    end = last.start + len(last.text.rstrip())
    match = _BRACKET_TAIL.search(joined)
    speaker = None
    s_start = s_end = end
    if match is not None and match.start() > 0:
        speaker = match.group(1).strip()
        joined = joined[: match.start()].rstrip()
        tail = last.text.rstrip()
        bracket = max(tail.rfind("("), tail.rfind("（"))
        if bracket >= 0:
            s_start, s_end = last.start + bracket + 1, end - 1
            if len(parts) > 1 and last.stripped.startswith(("(", "（")):
                end = parts[-2].start + len(parts[-2].text.rstrip())
            else:
                end = last.start + bracket
    return _Item(joined, start, end, speaker, s_start, s_end)


def _comment(item: _Item, rules: Rules, locate: Locate) -> Comment:
    return Comment(
        speaker=item.speaker,
        role=role_of(item.speaker, rules),
        text=item.text,
        span=locate(item.start, max(item.start, item.end)),
        speaker_span=locate(item.speaker_start, item.speaker_end) if item.speaker else None,
    )


def results_tables(text: str, start: int, end: int, rules: Rules = DEFAULT_RULES) -> list[_Table]:
    """The tables of every facility's figures in ``text[start:end]`` (``施設名　支援対象者数 …``
    over ``目標　実績　達成率 …``, one row a facility), as a handout's are read; used by
    ``jirei.facilitytables`` for such a table in any document."""
    return _tables(_lines(text, start, end), rules)


def row_of(profile: Profile, table: _Table) -> _Row | None:
    """The row of ``table`` that is ``profile``'s facility (by name, else by city)."""
    return _row_for(profile, table.rows)


def metrics_of(table: _Table, row: _Row, rules: Rules, locate: Locate) -> list[Metric]:
    """The metrics of one row of ``table``."""
    return _metrics(table, row, rules, locate)


__all__ = ["Handout", "metrics_of", "read_handout", "results_tables", "row_of"]
