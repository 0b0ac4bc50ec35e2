"""CSV export rows (``corpus/README.md`` decisions 81–83, 1102): CSV records rewritten as
table rows of the same length, so every offset stays where it was.

* a line of double-quoted cells separated by commas (``"自治体","秋田県大館市",""``) is a pipe
  row: the outer quotes of the row become ``|``, each comma between cells ``|`` and the
  quotes beside it spaces, and empty cells closing the row spaces (no cells of their own).
  A row left with one cell (``"事例1","",""``) is that text alone on its line (a case
  label, decision 81);
* records as a spreadsheet writes them, only the cells holding a comma, a quote or a line
  break quoted (decision 1102)::

      番号,自治体名,主な取組内容,就職者数（目標）
      1,北海道札幌市,"①出張相談
      ②企業見学会",250

  are read by a CSV record reader (RFC 4180: ``""`` inside quotes is a quote, a line
  break inside quotes belongs to the cell). Two or more records in a row with the same
  number of cells (three or more), on lines holding no tab, pipe or run of spaces and no
  figure split at its thousands comma (``1,000人``), are a sheet: each
  record becomes one tab row, its commas tabs, its quotes and the line breaks inside its
  cells spaces (a cell's lines read as one text, ``①…　②…`` items apart by a space). A
  record with one non-empty cell (a title ``令和3年度 取組状況一覧,,,,,``) is that text
  alone;
* the same with a semicolon between the cells (``指標;目標;実績``, a spreadsheet saved in a
  locale whose list separator is ``;``, decision 2895): quoted rows and sheets alike, a comma
  inside such a cell (``1,000人``) being no break.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules

#: a whole line of two or more double-quoted cells (no quote inside a cell), one
#: delimiter (``,`` or ``;``) between them
_ROW = regex.compile(
    r'^[ \t]*"[^"\n]*"[ \t]*(?P<d>[,;])[ \t]*"[^"\n]*"(?:[ \t]*(?P=d)[ \t]*"[^"\n]*")*[ \t]*$',
    regex.MULTILINE,
)
_SEPARATOR = regex.compile(r'"([ \t]*)[,;]([ \t]*)"')
#: empty cells closing a row
_TRAILING = regex.compile(r'(?:[ \t]*[,;][ \t]*"")+[ \t]*$')
#: the delimiters a sheet's records may use besides the comma
_OTHER_DELIMITERS = (";",)

#: an unquoted cell that is the rest of a figure after its thousands comma (``000人``); a
#: rate (``446,106.2%``) is a cell of its own: no rate runs into the thousands (decision 2185)
_FIGURE_PIECE = regex.compile(r"\d{3}(?:\.\d+)?[^\d\s,\n.%％]")
#: the head of a figure before its thousands comma: one to three digits, after no digit
#: and no decimal point (``112.4,163以上`` is a rate and a target, two cells; decision 3576)
_FIGURE_HEAD = regex.compile(r"(?<![\d.])\d{1,3}$")
#: the fewest cells a record of a sheet has, the fewest records a sheet has
_MIN_CELLS = 3
_MIN_RECORDS = 2
#: the most lines one record may span (a cell of a few lines, not a runaway quote)
_MAX_LINES = 30


def untangle_csv(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each CSV row turned into a table row of the same length."""
    if '"' in text:
        text = _ROW.sub(_pipe_row, text)
        if "\t" in text:  # a tab-delimited sheet's cells holding line breaks (decision 2181)
            from jirei.tsvcells import untangle_tab_cells

            text = untangle_tab_cells(text)
    from jirei.csvpairs import untangle_pairs  # ``項目,値`` records (decision 2180)

    for delimiter in (",", *_OTHER_DELIMITERS):
        if text.count(delimiter) >= _MIN_RECORDS:  # (a two-column table: two at least)
            text = untangle_pairs(_untangle_sheets(text, delimiter), rules, delimiter)
    return text


def _pipe_row(match: regex.Match[str]) -> str:
    row = match.group()
    trailing = _TRAILING.search(row)
    tail = ""
    if trailing is not None:
        row, tail = row[: trailing.start()], " " * (trailing.end() - trailing.start())
    if _SEPARATOR.search(row) is None:  # one cell left: its text alone
        return row.replace('"', " ") + tail
    row = _SEPARATOR.sub(lambda m: f" {m.group(1)}|{m.group(2)} ", row)
    return row.replace('"', "|") + tail


# --- spreadsheet records ---------------------------------------------------------------


#: a record: (start, end) of its text (end at the newline closing it, or the text's end),
#: the (start, end) of each cell's raw text (quotes included)
Record = tuple[int, int, tuple[tuple[int, int], ...]]


def read_record(text: str, start: int, delimiter: str = ",") -> Record | None:
    """The CSV record starting at ``start`` (a line start), its cells parted by
    ``delimiter``: its end and its cells' raw ranges; None when it is no record (a tab or
    pipe in it, a quote left open, a quote closed with text after it, more than
    ``_MAX_LINES`` lines)."""
    stops = delimiter + "\n"
    cells: list[tuple[int, int]] = []
    position = start
    length = len(text)
    lines = 1
    while True:
        cell_start = position
        if position < length and text[position] == '"':
            position += 1
            while True:
                close = text.find('"', position)
                if close < 0:
                    return None
                lines += text.count("\n", position, close)
                if lines > _MAX_LINES:
                    return None
                if text.startswith('""', close):
                    position = close + 2
                    continue
                position = close + 1
                break
            if position < length and text[position] not in stops:
                return None  # ``"a"b``: no CSV
        else:
            while position < length and text[position] not in stops:
                if text[position] in "\t|" or text.startswith("  ", position):
                    return None  # a tab, pipe or space-aligned row
                position += 1
            if delimiter == "," and cells and _FIGURE_PIECE.match(text, cell_start, position):
                low, high = cells[-1]
                if text[low] != '"' and _FIGURE_HEAD.search(text, low, high):
                    return None  # ``1,000人``: a figure's thousands, no cell break
        cells.append((cell_start, position))
        if position < length and text[position] == delimiter:
            position += 1
            continue
        return start, position, tuple(cells)


def _line_records(text: str, delimiter: str = ",") -> list[Record | None]:
    """The record starting at each line start that could open a sheet row (None where
    none does), in order; records are read on from the end of the one before."""
    out: list[Record | None] = []
    position = 0
    length = len(text)
    while position < length:
        newline = text.find("\n", position)
        line_end = length if newline < 0 else newline
        record = None
        if text.count(delimiter, position, line_end) >= _MIN_CELLS - 1 or (
            '"' in text[position:line_end] and delimiter in text[position:line_end]
        ):
            record = read_record(text, position, delimiter)
            if record is not None and len(record[2]) < _MIN_CELLS:
                record = None
        out.append(record)
        position = (line_end if record is None else record[1]) + 1
    return out


def _untangle_sheets(text: str, delimiter: str = ",") -> str:
    if text.count(delimiter) < (_MIN_CELLS - 1) * _MIN_RECORDS:
        return text
    records = _line_records(text, delimiter)
    sheets: list[list[Record]] = []
    run: list[Record] = []
    for record in [*records, None]:
        if record is not None and run and len(record[2]) == len(run[-1][2]):
            run.append(record)
            continue
        if len(run) >= _MIN_RECORDS:
            sheets.append(run)
        run = [record] if record is not None else []
    if not sheets:
        return text
    chars = list(text)
    for sheet in sheets:
        for record in sheet:
            _tab_row(text, record, chars)
    return "".join(chars)


def _tab_row(text: str, record: Record, chars: list[str]) -> None:
    """Rewrite ``record`` in ``chars`` as one tab row (see the module docs)."""
    cells = record[2]
    filled = [cell for cell in cells if _cell_value(text, cell).strip()]
    separator = " " if len(filled) <= 1 else "\t"
    for number, (low, high) in enumerate(cells):
        if number:
            chars[low - 1] = separator  # the comma before the cell
        if high - low >= 2 and text[low] == '"':
            chars[low] = chars[high - 1] = " "
            position = low + 1
            while position < high - 1:
                if text[position] == "\n":
                    chars[position] = " "
                elif text.startswith('""', position):
                    chars[position + 1] = " "  # ``""`` inside quotes: one quote
                    position += 1
                position += 1


def _cell_value(text: str, cell: tuple[int, int]) -> str:
    """The value of a cell as CSV reads it."""
    low, high = cell
    raw = text[low:high]
    if len(raw) >= 2 and raw[0] == '"':
        return raw[1:-1].replace('""', '"')
    return raw


def read_records(text: str) -> list[list[str]]:
    """The values of the records of ``text`` as ``read_record`` reads them one after
    another from its start (for tests: they match Python's ``csv`` reader)."""
    out: list[list[str]] = []
    position = 0
    while position < len(text):
        record = read_record(text, position)
        if record is None:
            raise ValueError(f"no CSV record at {position}")
        out.append([_cell_value(text, cell) for cell in record[2]])
        position = record[1] + 1
    return out


__all__ = ["read_record", "read_records", "untangle_csv"]
