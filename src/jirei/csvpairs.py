"""A spreadsheet's long form saved as CSV (decision 2180): one ``項目,値`` record per fact::

    項目,値
    市区町村,岐阜市
    取組内容,"①生活福祉課の隣に窓口を設置
    ②月1回のケース会議"
    支援対象者数（目標）,200人
    ,

Four or more records of two cells in a row (blank lines and empty records ``,`` between
them), each naming its fact in a short first cell, are a two-column table: each record
becomes one tab row of the same length — its comma a tab, its quotes and the line breaks
inside its cells spaces (a cell's lines read as one text, ``①…　②…`` items apart by a
space); an empty record's comma, or the comma after a record's only filled cell (a title
``取組事例（令和3年度）,``), a space. Every offset stays where it was.

A shorter run is a two-column table when its first record is a header — a short name over
a figure column's word (``rules.columns``: ``指標,令和4年度実績``, ``項目,目標``) — and every
record under it names a row and holds a figure or a dash (``就職者数,97人``): one row is
enough (decision 2894). The records may be parted by a semicolon (``指標;実績``) instead.
"""

from __future__ import annotations

import regex

from jirei.csvrows import Record, read_record
from jirei.rules import DEFAULT_RULES, Rules

#: what follows a thousands comma: three digits and no more
_THOUSANDS = regex.compile(r"\d{3}(?!\d)")
#: the fewest records of a long form, the longest name a first cell holds
_MIN_RECORDS = 4
_MAX_NAME = 30
#: the fewest records of a two-column table: its header and one row
_MIN_TABLE = 2
#: a dash alone: a two-column table's empty value cell
_DASH = regex.compile(r"^[-－―‐—ー]$")
#: the roles of a header's second cell that make a two-column table
_FIGURE_ROLES = ("target", "actual")


def _is_name(value: str) -> bool:
    value = value.strip()
    return 0 < len(value) <= _MAX_NAME and "。" not in value and not value.isdigit()


def _pair(text: str, position: int, line_end: int, delimiter: str = ",") -> Record | None:
    """The two-cell record starting at ``position`` (a line start), else None."""
    comma = text.find(delimiter, position, line_end)
    if comma - position > _MAX_NAME + 2:  # (cheap: a name is short, quotes and all)
        return None
    if text.count(delimiter, position, line_end) != 1 and '"' not in text[position:line_end]:
        return None
    record = read_record(text, position, delimiter)
    if record is None or len(record[2]) != 2:
        return None
    (_, high), (second, end) = record[2]
    if delimiter == "," and text[high - 1 : high].isdigit() and _THOUSANDS.match(text, second, end):
        return None  # ``就職者数 1,020 人``: a figure's thousands, no cell break
    return record


def _is_table(text: str, run: list[Record], rules: Rules) -> bool:
    """Whether ``run`` (too short for a long form) is a two-column table: a header of a
    name and a figure column's word, then rows of a name and a figure or a dash."""
    if len(run) < _MIN_TABLE:
        return False
    from jirei.tables.cells import column_role

    head, *rows = run
    name, word = (_value(text, cell).strip() for cell in head[2])
    if not _is_name(name) or column_role(word, rules) not in _FIGURE_ROLES:
        return False
    return all(
        _is_name(_value(text, row[2][0])) and _is_figure(_value(text, row[2][1]), rules)
        for row in rows
    )


def _is_figure(value: str, rules: Rules) -> bool:
    """A figure as the value readers read one (``97人``, ``1,020人``, ``65.0%以上``), or a
    dash alone."""
    from jirei.errors import ValueParseError
    from jirei.tables.cells import label_form
    from jirei.values import parse_quantity

    form = label_form(value)
    if _DASH.match(form):
        return True
    try:
        parse_quantity(form, rules=rules)
    except (ValueError, ValueParseError):
        return False
    return True


def untangle_pairs(text: str, rules: Rules = DEFAULT_RULES, delimiter: str = ",") -> str:
    """``text`` with each run of long-form records, and each two-column table, turned into
    tab rows (see the module); records parted by ``delimiter``."""
    if text.count(delimiter) < _MIN_TABLE:  # whole-text precheck
        return text
    runs: list[list[Record]] = []
    run: list[Record] = []
    named = 0
    position = 0  # where the text not yet read starts (a line start)
    length = len(text)
    comma = text.find(delimiter)
    while comma >= 0:
        line_start = text.rfind("\n", 0, comma) + 1
        newline = text.find("\n", comma)
        line_end = length if newline < 0 else newline
        record = _pair(text, line_start, line_end, delimiter)
        if record is not None:
            first = _value(text, record[2][0])
            if first.strip() and not _is_name(first):
                record = None
        if record is None or text[position:line_start].strip():  # a line of no record
            if named >= _MIN_RECORDS or _is_table(text, run, rules):
                runs.append(run)
            run, named = [], 0
        if record is not None:
            run.append(record)
            named += bool(_value(text, record[2][0]).strip())
        position = (line_end if record is None else record[1]) + 1
        comma = text.find(delimiter, position)
    if named >= _MIN_RECORDS or _is_table(text, run, rules):
        runs.append(run)
    if not runs:
        return text
    chars = list(text)
    for found in runs:
        for record in found:
            _tab_pair(text, record, chars)
    return "".join(chars)


def _value(text: str, cell: tuple[int, int]) -> str:
    low, high = cell
    raw = text[low:high]
    return raw[1:-1] if len(raw) >= 2 and raw[0] == '"' else raw


def _tab_pair(text: str, record: Record, chars: list[str]) -> None:
    """Rewrite a two-cell ``record`` in ``chars`` as one tab row."""
    (low, high), (second, end) = record[2]
    both = _value(text, (low, high)).strip() and _value(text, (second, end)).strip()
    chars[second - 1] = "\t" if both else " "  # the comma between the cells
    for start, stop in ((low, high), (second, end)):
        if stop - start >= 2 and text[start] == '"':
            chars[start] = chars[stop - 1] = " "
            position = start + 1
            while position < stop - 1:
                if text[position] == "\n":
                    chars[position] = " "
                elif text.startswith('""', position):
                    chars[position + 1] = " "
                    position += 1
                position += 1


__all__ = ["untangle_pairs"]
