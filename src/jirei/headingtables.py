"""A section written as a two-column table whose header row holds the section's heading
alone (decision 2470)::

    | 取組内容 | |                    the heading in the corner, every other header cell empty
    |---|---|
    | 1 | 窓口を設置した。 |           a marker cell (a number, ・, ①, (1)) and the text
    | 2 | 検討会を開催した。 |

    | コメント | |
    |---|---|
    | 久留米市生活支援課 | 窓口が近くなった。 |   a speaker cell and the text

is read as its heading line over its rows: the header row's bars become spaces (the heading
stands alone on its line, a section heading by ``rules.sections``), the separator row
becomes spaces, and a row whose first cell is a list marker alone has its bars blanked (the
marker, moved right against its text, opens the line as a list item: ``・␣text``, a bare
number written ``1.␣text`` so that a list of one row is a list too). Other rows (a
speaker and a text) stay pipe rows, read by the table readers under the heading. A header
row naming columns (``| 項目 | 内容 |``, ``| 令和2年度 | 目標 | 実績 |``) or a corner cell
naming no section is left alone. The length never changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules

#: a pipe row: its cells between bars
_ROW = regex.compile(r"^[ \t]*\|.*\|[ \t]*$")
#: a separator row
_SEPARATOR = regex.compile(r"^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$")
#: a cell holding a number alone (a numbered row)
_NUMBER = regex.compile(r"^(?:\d{1,2}|[①-⑳⑴-⒇❶-❿]|\(\d{1,2}\)|（\d{1,2}）)$")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _is_heading_cell(text: str, rules: Rules) -> bool:
    """Whether a corner cell is a section heading by the alias table."""
    from jirei.headings import variant_kind
    from jirei.sections import heading_key

    if not text or len(text) > 30:
        return False
    return heading_key(text, rules) in rules.sections or variant_kind(text, rules) is not None


def _is_marker_cell(text: str, rules: Rules) -> bool:
    """Whether a cell holds a list marker alone (``・``, ``1``, ``①``, ``(1)``)."""
    if _NUMBER.match(text):
        return True
    return len(text) <= 2 and bool(text) and all(char in rules.bullets for char in text)


def _blank_bars(line: str) -> str:
    return line.replace("|", " ")


def _item_line(line: str, marker: str, text: str) -> str:
    """A marker row as a list item line of the same length: the marker moved right against
    its text, one space between (``| 1 | 窓口… |`` → ``   1. 窓口…``; a bare number gets a
    ``.``, an enumerator however many rows the list has); the text keeps its offsets."""
    start = line.index(text, line.index("|", line.index(marker)))
    head = marker + ("." if marker.isdigit() else "") + " "
    if len(head) > start:
        return line.replace("|", " ")
    return head.rjust(start) + line[start:].replace("|", " ")


def untangle_heading_tables(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each heading table (see the module) as its heading line over its rows,
    of the same length."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    number = 0
    changed = False
    while number < len(lines) - 1:
        line = lines[number]
        if not _ROW.match(line) or not _SEPARATOR.match(lines[number + 1]):
            number += 1
            continue
        above = lines[number - 1] if number else ""
        cells = _cells(line)
        if (
            _ROW.match(above)
            or len(cells) < 2
            or any(cells[1:])
            or not _is_heading_cell(cells[0], rules)
        ):
            number += 1
            continue
        lines[number] = _blank_bars(line)
        lines[number + 1] = " " * len(lines[number + 1])
        changed = True
        number += 2
        while number < len(lines) and _ROW.match(lines[number]):
            row = _cells(lines[number])
            if len(row) == 2 and _is_marker_cell(row[0], rules) and row[1]:
                lines[number] = _item_line(lines[number], row[0], row[1])
            number += 1
    return "\n".join(lines) if changed else text


def is_year_corner_header(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table row is a results table's header whose corner cell names the fiscal
    year alone (``| 令和2年度 | 目標 | 実績 | 達成率 |``, ``| 令和元年度 | 実績 |``; decision
    2471), in any cell break the table readers take — pipes, tabs or runs of spaces
    (``令和元年度<TAB>目標<TAB>実績``, decision 3356): every other cell a figure column
    (``rules.columns``), one of them the actual."""
    from jirei.headings import fiscal_year
    from jirei.lines import Line, cell_texts
    from jirei.tables.cells import column_role

    if _ROW.match(text):
        if _SEPARATOR.match(text):
            return False
        cells = _cells(text)
    elif "\t" in text or "  " in text.strip():
        cells = [cell.strip() for cell in cell_texts(Line(text, 0))]
    else:
        return False  # (cheap precheck: no cell break)
    if len(cells) < 2 or not regex.fullmatch(fiscal_year(rules), cells[0]):
        return False
    roles = [column_role(cell, rules) for cell in cells[1:]]
    return None not in roles and "actual" in roles


def is_caption_corner_row(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table row's first cell is a results heading of its own, the table's caption
    written in its corner (``【令和２年度 事業目標と実績】<TAB>盛岡市``,
    ``| ■令和２年度の実績 | 目標 | 実績 |``; decisions 3028, 3134): other cells after it."""
    from jirei.lines import Line, row_cells
    from jirei.sections import K, classifier

    if "\t" not in text and "|" not in text and "  " not in text.strip():
        return False  # (cheap precheck: no cell break past the first cell)
    cells = row_cells(Line(text, 0))
    corner = cells[0].text.strip() if cells else ""
    others = [c.text.strip() for c in cells[1:] if c.text.strip()]
    if not corner or not others or any(_NOTE_CELL.match(other) for other in others):
        return False  # (``四半期別実績　　（単位：人）``: a heading and its note, no head row)
    if figures_only(others, rules):
        return False  # ``実績<TAB>231人<TAB>247人``: a role row of figures, no head row (3296)
    return classifier(rules).kind_of(corner) == (K.SECTION, "results")


def figures_only(cells: Sequence[str], rules: Rules) -> bool:
    """Whether every cell is a figure (``247人``, ``112.3%``, ``220人以上``) or a dash: the
    cells of a table's body row, which a head row (places, years, column words) never is."""
    from jirei.tables.cells import is_blank_cell
    from jirei.values.quantities import parse_quantity

    read = 0
    for cell in cells:
        if is_blank_cell(cell):
            continue
        if not any(ch.isdigit() for ch in cell):
            return False
        try:
            parse_quantity(cell, rules)
        except ValueError:
            return False
        read += 1
    return read > 0


#: a cell wholly in brackets (a note after a heading: ``（単位：人）``, ``(3月末現在)``)
_NOTE_CELL = regex.compile(r"^[(（［\[][^()（）]*[)）］\]]$")


__all__ = [
    "figures_only",
    "is_caption_corner_row",
    "is_year_corner_header",
    "untangle_heading_tables",
]
