"""A sheet printed to text with a rule under every row (an Excel sheet printed as
``-----`` lines and ``|`` columns, a box or grid table holding a whole case), read as the
form rows, headings and lines it lays out (decisions 2075–2077, branch ruled8).

A row is what lies between two rules; a cell's text is the join of its pieces on every line
of that row. Such a sheet keeps a case's parts in one table:

- **form rows**: ``| 自治体 | 福岡県北九州市 | 労働局 | 福岡労働局 |`` — label and value pairs,
  two to a row; each pair is read as a field row of its own (``| 自治体 | 福岡県北九州市 |``);
- **section rows**: a first cell naming a section (``取組内容``, ``目標と実績``, ``コメント`` —
  ``rules.sections`` after ``heading_key``), merged down the rows under it and printed in its
  first row only: the rows below with an empty first cell belong to it. The label becomes a
  heading line; what the rows hold beside it becomes the section's lines: one column of text
  gives its lines as they stand (an item each, wrapped lines joined by the item readers), more
  columns give a table row each (a nested results table with its header row first; a
  speaker and the speaker's text);
- **banner rows**: a row whose one filled cell names a section (``| 取組内容 |`` across the
  sheet) heads every row under it up to the next section: each is read whole, one filled
  column as its lines, more as a table row.

A table counts as such a sheet only when it holds two section or banner rows, or one with a
row under it that belongs to it. A ruled table that is no sheet but holds a row
of field-label / value pairs (``│自治体│山形県山形市│労働局│山形労働局│``, a facts box) is read
as its rows, those pairs one field row each. Any other ruled table is left to the grid readers
(``jirei.gridtables``), its plain ``-----`` rules read as ``|---|`` separator rows with the
columns of the row next to them.
Every emitted line keeps its offsets (a cell's text points at its first piece).
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Cell, Line, row_cells
from jirei.ruledrows import join_pieces
from jirei.rules import DEFAULT_RULES, Rules

#: the shortest plain rule line (``-----`` / ``=====``)
_MIN_RULE = 10


def _plain_rule(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) >= _MIN_RULE and not stripped.strip("-=")


def _rule(line: Line) -> bool:
    text = line.text.strip()
    if text.startswith("|-"):
        return not text.strip("|-: ")
    return _plain_rule(text)


def _pipe(line: Line) -> bool:
    return line.text.lstrip().startswith("|") and not _rule(line)


def _as_separator(line: Line, row: Line | None = None) -> Line:
    """A plain rule as a ``|---|`` separator row, its bars where the row next to it has its
    own (``row``), so the rule has that row's columns."""
    text = line.text
    if not _plain_rule(text):
        return line
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    chars = ["-"] * len(body)
    chars[0] = chars[-1] = "|"
    if row is not None:
        bars = [place - lead for place, char in enumerate(row.text) if char == "|"]
        bars = [place for place in bars if 0 <= place < len(body)]
        if len(bars) >= 2:
            chars = chars[: bars[-1] + 1]  # no column past the row's last bar
            for place in bars:
                chars[place] = "|"
    return Line("".join(chars), line.start + lead)


def _columns(group: Sequence[Line]) -> list[list[Cell]]:
    """Each column's pieces over the lines of one row."""
    rows = [row_cells(line) for line in group]
    width = max(len(cells) for cells in rows)
    return [[cells[n] for cells in rows if n < len(cells)] for n in range(width)]


def _section(label: str, rules: Rules) -> bool:
    from jirei.sections import heading_key

    return bool(label) and len(label) <= 20 and heading_key(label, rules) in rules.sections


def _kinds(groups: Sequence[Sequence[Line]], rules: Rules) -> list[str] | None:
    """Each row's kind (``section``, ``more`` — under a section, first cell empty —, ``form``),
    or None when the table is no sheet."""
    kinds: list[str] = []
    for group in groups:
        columns = _columns(group)
        label = join_pieces(columns[0], 0).text
        rest = any(cell.text for column in columns[1:] for cell in column)
        if label and not rest and _section(label, rules):
            kinds.append("banner")  # a row naming a section alone heads the rows under it
        elif label and rest and _section(label, rules):
            kinds.append("section")
        elif kinds and kinds[-1] in ("banner", "under"):
            kinds.append("under")
        elif not label and rest and kinds and kinds[-1] in ("section", "more"):
            kinds.append("more")
        else:
            kinds.append("form")
    sections = kinds.count("section") + kinds.count("banner")
    under = "more" in kinds or "under" in kinds
    return kinds if sections >= 2 or (sections and under) else None


def _pairs(group: Sequence[Line], rules: Rules) -> bool:
    """Whether a row holds two label / value pairs or more whose labels are field labels
    (``| 自治体 | 山形県山形市 | 労働局 | 山形労働局 |``)."""
    cells = [join_pieces(column, 0) for column in _columns(group)]
    if len(cells) < 4 or len(cells) % 2:
        return False
    labels = [cells[n].text for n in range(0, len(cells), 2)]
    return all(label in rules.field_labels for label in labels)


def _form(group: Sequence[Line], rules: Rules | None = None) -> list[Line]:
    """A form row: one field row per label / value pair (in a sheet, any pairs; elsewhere,
    pairs of field labels only), else the row's joined cells."""
    from jirei.cellruns import row_of

    columns = _columns(group)
    at = group[0].start
    cells = [join_pieces(column, at) for column in columns]
    pairs = [cells[n : n + 2] for n in range(0, len(cells), 2)]
    split = len(cells) >= 4 and len(cells) % 2 == 0 and all(a.text or not b.text for a, b in pairs)
    if split and (rules is None or _pairs(group, rules)):
        return [row_of(pair) for pair in pairs if pair[0].text]  # label, value, label, value
    return [row_of(cells)] if any(cell.text for cell in cells) else []


def _content(group: Sequence[Line], first: int = 1) -> list[Line]:
    """What a row holds beside its section label (from column ``first`` on): one column of
    text as its lines, more columns as one row (empty columns after the last filled one
    dropped under a banner)."""
    from jirei.cellruns import row_of

    columns = _columns(group)[first:]
    filled = [column for column in columns if any(cell.text for cell in column)]
    if not filled:
        return []
    if len(filled) == 1:  # one column of text: its lines as they stand
        return [Line(cell.text, cell.start) for cell in filled[0] if cell.text]
    if not first:
        columns = columns[: columns.index(filled[-1]) + 1]
    at = group[0].start
    return [row_of([join_pieces(column, at) for column in columns])]


def _flatten(
    groups: Sequence[Sequence[Line]], kinds: Sequence[str], rules: Rules | None = None
) -> list[Line]:
    out: list[Line] = []
    for group, kind in zip(groups, kinds, strict=True):
        if kind == "form":
            out.extend(_form(group, rules))
            continue
        if kind in ("section", "banner"):
            label = join_pieces(_columns(group)[0], group[0].start)
            out.append(Line("", label.start))
            out.append(Line(label.text, label.start))
        out.extend(_content(group, 0 if kind == "under" else 1))
    out.append(Line("", groups[-1][-1].end))
    return out


def read_ruled_sheets(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> Sequence[Line]:
    """``lines`` with each ruled sheet (see the module docs) as its form rows, headings and
    lines, and the plain rules of other ruled tables as ``|---|`` separator rows."""
    # the lines that may be rules (a substring test of each line; the rest only for them)
    candidates = [n for n, line in enumerate(lines) if "--" in line.text or "==" in line.text]
    if not candidates:
        return lines
    count = len(lines)
    out: list[Line] = []
    done = 0  # lines before this index are in ``out``
    for candidate in candidates:
        if candidate < done or not _rule(lines[candidate]):
            continue
        if candidate + 1 >= count or not _pipe(lines[candidate + 1]):
            continue
        index = candidate
        opening = (  # a first row whose top border was blanked (a grid of one-line rows)
            candidate - 1 >= done
            and _pipe(lines[candidate - 1])
            and (candidate - 1 == 0 or not _pipe(lines[candidate - 2]))
        )
        if opening:
            index = candidate - 1
        elif candidate > 0 and _pipe(lines[candidate - 1]):
            continue  # a markdown table's separator under its header row
        out.extend(lines[done:index])
        groups: list[list[Line]] = [[lines[index]]] if opening else []
        rule, last = candidate, candidate + 1
        while True:
            after = rule + 1
            while after < count and _pipe(lines[after]):
                after += 1
            if after == rule + 1:
                break  # the closing rule (consumed)
            groups.append(list(lines[rule + 1 : after]))
            last = after
            if after >= count or not _rule(lines[after]):
                break
            rule, last = after, after + 1
        kinds = _kinds(groups, rules)
        if kinds is not None:
            out.extend(_flatten(groups, kinds))
        elif any(_pairs(group, rules) for group in groups):  # a facts box of pairs (2075)
            out.extend(_flatten(groups, ["form"] * len(groups), rules))
        else:
            part = lines[index:last]
            for number, line in enumerate(part):
                near = [k for k in (number + 1, number - 1) if 0 <= k < len(part)]
                row = next((part[k] for k in near if _pipe(part[k])), None)
                out.append(_as_separator(line, row))
        done = last
    if not done:
        return lines
    out.extend(lines[done:])
    return out


__all__ = ["read_ruled_sheets"]
