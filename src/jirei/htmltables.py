"""HTML tables (``<table>`` … ``</table>``, as PDF-to-markdown converters write them) read
as pipe tables, so every table, card and comment reader works on them (decision 810).

The text keeps its length, so every offset stays where it was. Inside a table each row
(``<tr>``) becomes one line ``| cell | cell |``: the row's first tag character becomes the
leading ``|``, each cell tag (``<td …>`` / ``<th …>``, attributes and all) a ``|``
followed by spaces, ``</tr>`` the closing ``|``; every other tag and every newline inside
the table become spaces, except one newline between two rows (rows on one line, or on
several lines each, come out one line a row). Cell text stays where it is; ``<br>`` in a
cell stays where it parts items (a sentence closes before it, or a bullet or enumerator
opens the text after it: the card readers split items there), else it is a wrapped value
and becomes spaces (``岐阜県<br>大垣市``); other inline tags (``<b>``, ``<span>``) become
spaces; an entity (``&amp;``) becomes its character and spaces (the spaces on the side away
from the text it belongs to).

Spans: ``rowspan="n"`` leaves an empty cell at its column in the ``n - 1`` rows below it
(an empty group cell continues the group above, decision 702); ``colspan="n"`` is followed
by ``n - 1`` empty cells. Their ``|`` go into the tags' room; a table whose tags leave no
room for them (or holds a nested table) is left as written. A row of one cell spanning the
whole table (``<th colspan="2">事例１　呉市</th>``) is a title: its text alone on its line.
"""

from __future__ import annotations

import html
import unicodedata

import regex

#: a whole table, tags matched case-insensitively; nested tables are not matched whole
_TABLE = regex.compile(r"<table\b[^>]*>.*?</table\s*>", regex.IGNORECASE | regex.DOTALL)
#: any tag or comment
_TAG = regex.compile(r"<!--.*?-->|</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>", regex.DOTALL)
_SPAN = regex.compile(r"""\b(rowspan|colspan)\s*=\s*["']?(\d+)""", regex.IGNORECASE)
_ENTITY = regex.compile(r"&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);")
#: tags kept inside a cell (the card readers part items at ``<br>``)
_KEPT = frozenset({"br"})
_CELLS = frozenset({"td", "th"})
#: what opens an item after a ``<br>``: a bullet, a circled number, ``1.`` / ``(1)`` / ``1)``
_ITEM_START = regex.compile(r"[・･\-‐*●○◆◇■□▪◎※→①-⑳㉑-㉟]|[(（]?[0-9０-９]{1,2}[.．)）]")
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
#: most empty cells one gap between two cells' texts may need room for
_MAX_SPAN = 50


def untangle_html(text: str) -> str:
    """``text`` with each HTML table turned into pipe rows of the same length, and the
    page's other markup (headings, list items, paragraphs, inline tags, entities) as the
    markdown lines it stands for (decision 930)."""
    if "<" not in text:
        return text
    tables: list[tuple[int, int]] = []
    if "<t" in text or "<T" in text:
        tables = [match.span() for match in _TABLE.finditer(text)]
        text = _TABLE.sub(_pipe_table, text)
    if _BLOCK_PRECHECK.search(text) is None:
        return text
    return _unmark_page(text, tables)


#: the page markup read outside tables: headings, lists, paragraphs and inline tags
_PAGE_TAGS = frozenset(
    "h1 h2 h3 h4 h5 h6 p div span b strong i em u ul ol li dl dt dd br font small section "
    "article header footer main nav center blockquote sup sub a "
    # a voice box: ``<figure><blockquote>…</blockquote><figcaption>speaker</figcaption>``,
    # ``<details><summary>…の声</summary><p>…</p>`` (decision 2519)
    "figure figcaption details summary".split()
)
_BLOCK_PRECHECK = regex.compile(
    r"</?(?i:h[1-6]|p|div|span|b|strong|ul|ol|li|dt|dd|figcaption|summary)\b"
)
#: what a caption opens with: the dash of an attribution line (``―― 岡山市福祉援護課``)
_CAPTION = "―― "
_PAGE_TAG = regex.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>", regex.DOTALL)


def _unmark_page(text: str, tables: list[tuple[int, int]]) -> str:
    """HTML outside tables as markdown of the same length: ``<h3>`` → ``### ``, ``<li>`` →
    ``- `` on a line of its own, ``<p>`` / ``<div>`` / ``<summary>`` opening mid-line → a line
    break, ``<figcaption>`` → ``―― `` (an attribution line, decision 2519), every
    other tag of ``_PAGE_TAGS`` but ``<br>`` spaces, entities their character and spaces.
    Comments (``<!-- … -->``), unknown tags (``<ハローワーク函館>``), markdown table rows and
    what ``tables`` (the tables' offsets) hold are left alone."""
    out = list(text)
    touched = False
    for tag in _PAGE_TAG.finditer(text):
        name = (tag.group(2) or "").lower()
        if name not in _PAGE_TAGS or name == "br" or _inside(tag.start(), tables):
            continue  # (a ``<br>`` stays: the card readers part a cell's items there)
        touched = True
        start, end = tag.span()
        width = end - start
        before = text[text.rfind("\n", 0, start) + 1 : start].lstrip()
        if before.startswith("|") or "\t" in before:
            continue  # a markdown or tab table row keeps its cells' markup
        mid_line = before != ""
        closing = tag.group(1) == "/"
        fill = ""
        if not closing and name[0] == "h" and name[1:].isdigit():
            fill = "#" * min(int(name[1:]), width - 1) + " "
            if mid_line and width > len(fill):
                fill = "\n" + fill[: width - 2] + " "
        elif not closing and name in {"li", "dt", "dd"}:
            fill = "- " if name == "li" else ""
            if mid_line:
                fill = "\n" + fill
        elif not closing and name in {"p", "div", "summary"} and mid_line:
            fill = "\n"
        elif not closing and name == "figcaption" and width > len(_CAPTION):
            # a caption credits the quotation above it: an attribution line (2519)
            fill = ("\n" if mid_line else "") + _CAPTION
        out[start:end] = (fill + " " * width)[:width]
    for entity in _ENTITY.finditer(text):
        value = html.unescape(entity.group())
        if _inside(entity.start(), tables):
            continue
        if len(value) <= len(entity.group()) and value != entity.group():
            width = entity.end() - entity.start()
            out[entity.start() : entity.end()] = _entity_fill(value, width)
            touched = True
    return "".join(out) if touched else text


class _Cell:
    __slots__ = ("colspan", "end", "rowspan", "start", "tag")

    def __init__(self, tag: int, start: int, rowspan: int, colspan: int) -> None:
        self.tag = tag  # offset of the cell's opening tag
        self.start = start  # first character of its text
        self.end = start  # end of its text
        self.rowspan = rowspan
        self.colspan = colspan


class _Row:
    __slots__ = ("cells", "end", "start")

    def __init__(self, start: int) -> None:
        self.start = start  # offset of ``<tr``
        self.end = start  # end of ``</tr>`` (or of the last cell when it is omitted)
        self.cells: list[_Cell] = []


def _parse(table: str) -> list[_Row] | None:
    """The table's rows; None for a nested table."""
    rows: list[_Row] = []
    row: _Row | None = None
    cell: _Cell | None = None
    depth = 0
    for match in _TAG.finditer(table):
        name = (match.group(1) or "").lower()
        closing = match.group().startswith("</")
        if name == "table":
            if closing and cell is not None:
                cell.end = match.start()
                cell = None
            depth += -1 if closing else 1
            if depth > 1:
                return None
            continue
        if name in _KEPT:
            continue
        if name == "tr" or name in _CELLS or name in {"thead", "tbody", "tfoot", "caption"}:
            if cell is not None:
                cell.end = match.start()
                cell = None
        if name == "tr" and not closing:
            row = _Row(match.start())
            rows.append(row)
        elif name == "tr" and row is not None:
            row.end = match.end()
            row = None
        elif name in _CELLS and not closing:
            if row is None:  # a cell without its <tr>
                row = _Row(match.start())
                rows.append(row)
            spans = {k.lower(): int(v) for k, v in _SPAN.findall(match.group())}
            cell = _Cell(
                match.start(),
                match.end(),
                max(1, min(spans.get("rowspan", 1), 1000)),
                max(1, min(spans.get("colspan", 1), _MAX_SPAN)),
            )
            row.cells.append(cell)
        if row is not None and row.cells:
            row.end = max(row.end, match.end())
    return rows


def _grid(rows: list[_Row]) -> list[list[_Cell | None]]:
    """Each row's cells in column order, None for a column a span above or to the left
    fills (the HTML table model)."""
    taken: dict[tuple[int, int], bool] = {}
    grid: list[list[_Cell | None]] = []
    for r, row in enumerate(rows):
        line: list[_Cell | None] = []
        column = 0
        for cell in row.cells:
            while taken.pop((r, column), False):
                line.append(None)
                column += 1
            line.append(cell)
            line.extend([None] * (cell.colspan - 1))
            for below in range(r + 1, r + cell.rowspan):
                for c in range(column, column + cell.colspan):
                    taken[(below, c)] = True
            column += cell.colspan
        while taken.pop((r, column), False):
            line.append(None)
            column += 1
        grid.append(line)
    return grid


def _pipe_table(match: regex.Match[str]) -> str:
    table = match.group()
    rows = _parse(table)
    if not rows:
        return table
    out = [" "] * len(table)
    # the text outside rows keeps its newlines (blank lines around the table); the first
    # row starts a line
    first, last = rows[0].start, rows[-1].end
    for i, char in enumerate(table):
        if char == "\n" and not first <= i < last:
            out[i] = "\n"
    out[first - 1] = "\n"
    grid = _grid(rows)
    width = max(len(line) for line in grid)
    for r, (row, line) in enumerate(zip(rows, grid, strict=True)):
        if not row.cells:
            continue
        following = rows[r + 1].start if r + 1 < len(rows) else None
        if width > 1 and len(row.cells) == 1 and row.cells[0].colspan >= width:
            if _write_title(table, out, row, following):  # a title row across the table
                continue
        if not _write_row(table, out, row, line, following):
            return table
    return "".join(out)


def _write_title(table: str, out: list[str], row: _Row, next_start: int | None) -> bool:
    """A row of one cell spanning the whole table (``事例１　呉市`` over a card): its text
    alone on its line, no cell of a row; False when no tag is left for the newline."""
    cell = row.cells[0]
    if next_start is not None and next_start - 1 < cell.end:
        return False
    _copy_text(table, out, cell)
    if next_start is not None:
        out[next_start - 1] = "\n"
    return True


def _write_row(
    table: str, out: list[str], row: _Row, line: list[_Cell | None], next_start: int | None
) -> bool:
    """Write one row's pipes, text and closing newline into ``out``; False when its tags
    leave no room for them."""
    # the gaps: before the first text, between two texts, after the last one
    gaps: list[tuple[int, int, int]] = []  # (from, to, pipes)
    pipes = 1
    position = row.start
    for cell in line:
        if cell is None:
            pipes += 1
            continue
        gaps.append((position, cell.start, pipes))
        _copy_text(table, out, cell)
        position, pipes = cell.end, 1
    end = next_start - 1 if next_start is not None else max(row.end, position)
    gaps.append((position, end, pipes))
    for start, stop, count in gaps:
        # pipes parted by single spaces (``| |``), placed at the gap's start; side by side
        # (``|||``) where the tags are too short for the spaces (the empty cells a
        # ``rowspan`` leaves under a header cell, decision 891)
        step = 2 if stop - start >= 2 * count - 1 else 1
        if stop - start < count:
            return False
        for k in range(count):
            out[start + step * k] = "|"
    if next_start is not None:
        out[end] = "\n"  # the next row starts its own line
    return True


def parts_items(text: str, tag: regex.Match[str]) -> bool:
    """Whether a ``<br>`` parts items (a sentence ends before it, or a bullet or an
    enumerator opens the text after it) rather than wrapping one value (``岐阜県<br>大垣市``,
    ``150人<br>以上``), which reads as the value with spaces."""
    before = text[: tag.start()].rstrip()
    after = text[tag.end() :].lstrip()
    return before.endswith(_SENTENCE_ENDS) or _ITEM_START.match(after) is not None


def _copy_text(table: str, out: list[str], cell: _Cell) -> None:
    """A cell's text where it stands: tags (but kept ones) and newlines as spaces,
    entities as their character and spaces."""
    text = table[cell.start : cell.end]
    chars = [" " if c in "\n\r\t" else c for c in text]
    for tag in _TAG.finditer(text):
        if (tag.group(1) or "").lower() not in _KEPT or not parts_items(text, tag):
            chars[tag.start() : tag.end()] = " " * (tag.end() - tag.start())
    for entity in _ENTITY.finditer(text):
        value = html.unescape(entity.group())
        if len(value) <= len(entity.group()) and value != entity.group():
            width = entity.end() - entity.start()
            chars[entity.start() : entity.end()] = _entity_fill(value, width)
    out[cell.start : cell.end] = chars


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _entity_fill(value: str, width: int) -> str:
    """An entity's character padded to the entity's width, on the side away from the text
    it belongs to: a closing mark (``&gt;``, ``&rdquo;``) first, any other character last
    (``&lt;常設窓口&gt;`` reads ``<常設窓口>`` with the spaces outside)."""
    if value in ">)]}" or unicodedata.category(value[:1] or " ") in {"Pe", "Pf"}:
        return (value + " " * width)[:width]
    return (" " * width + value)[-width:]


__all__ = ["parts_items", "untangle_html"]
