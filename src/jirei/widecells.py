"""A table whose cells ONE ideographic space parts, read as the tab table it was (decision
3516).

Word's "save as plain text", a spreadsheet or a web table copied through some tools write a
table row on one line with a single full-width space (U+3000) between its cells; an empty
cell is a second space::

    項目　令和４年度目標　令和４年度実績
    支援対象者数　２００人　２１４人
    紹介件数　　４１２件
    就職率　６５．０％　６４．５％

Normalisation turns U+3000 into a space and removes a single space between two CJK
characters, so the header row's cells ran into one word and the empty cell was lost (the
row after ``紹介件数　　４１２件`` ended the single-space table reader's run). Peeled here, before
normalisation: in a run of such rows — each a label, then figures, dashes, bracketed notes or
empty cells (one figure at least), every row as many cells, maybe a header row of as many
column words right above them — every separator after the label becomes a tab (same length,
every offset kept). The tab table reader then reads the rows, an empty cell keeping its
column. A label may hold a separator of its own (``就職者数　（うち紹介就職）``): it stays.

Most rows of a run part every two cells by ONE separator: a table aligned by runs of
them (``利用者数　　約１２，０００人　　　１３，４０５人``) is a space-aligned table, read as
such. A run needs a header row naming a column (``rules.columns``: 目標, 実績, 達成率 …),
or two rows at least of two figure cells or more: a list of ``label　figure`` lines
(``・就職者数　１３２人（目標…）``) is results lines, no table, and stays as written. Lines
already holding a tab or a pipe are left to the readers of those; a line of words alone
(a bullet ``●　text``, a header ``name（kind）　date事業開始``, a contents line
``１　岡山県倉敷市　・・・　１``) is no row. The separators are data
(``figures.toml [wide_cells] separators``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: a cell that is a note standing in for a figure (``（集計中）``, ``(速報値)``)
_NOTE_CELL = regex.compile(r"^[(（【\[][^()（）【】\[\]]{1,12}[)）】\]]$")
#: the longest cell of a header row
_MAX_HEAD = 24
#: the longest row label
_MAX_LABEL = 40
#: how many separators a run of them may be: an empty cell or two
_MAX_RUN = 3
#: a digit (ASCII or full-width): a data row holds one
_DIGIT = regex.compile(r"\d")
#: a contents line's leader between its entry and its page
_LEADER = regex.compile(r"[・‥…．.]{3,}|…|‥")
#: dashes standing for "no figure"
_DASHES = frozenset("-－―‐—–ー")


@per_rules
def _separators(rules: Rules) -> tuple[str, ...]:
    """The cell separators of ``figures.toml [wide_cells]``, one character each."""
    table = rules.figures_table.get("wide_cells", {})
    return tuple(s for s in table.get("separators", ()) if len(s) == 1)


def _cells(
    line: str, separator: str, width: int | None = None
) -> list[tuple[int, int]] | None:
    """The (start, end) of each cell of ``line`` split at every ``separator`` (an empty
    cell between two of them), None when a run of separators is too long to be cells or
    the line has no separator inside its text. Trailing separators are empty cells only up
    to ``width`` cells (a row whose last cell is empty: ``就職者数　５０人　``)."""
    body = line.rstrip(" \u3000")
    if width is not None:
        trailing = line.rstrip(" ")
        while len(body) < len(trailing) and body.count(separator) + 1 < width:
            body = trailing[: len(body) + 1]
    if separator not in body:
        return None
    cells: list[tuple[int, int]] = []
    start = 0
    run = 0
    for at, char in enumerate(body):
        if char == separator:
            cells.append((start, at))
            start = at + 1
            run += 1
            if run > _MAX_RUN:
                return None
        else:
            run = 0
    cells.append((start, len(body)))
    return cells


def _value_kind(cell: str, rules: Rules) -> str | None:
    """``figure`` for a figure, ``blank`` for a dash, a note or nothing; None for words."""
    from jirei.tables.spacedrows import is_value

    text = unicodedata.normalize("NFKC", cell).strip()
    if not text or (len(text) == 1 and text in _DASHES) or text in ("－", "―"):
        return "blank"
    if _NOTE_CELL.match(text) is not None and not any(c.isdigit() for c in text):
        return "blank"
    if text[0].isdigit() or text.startswith(rules.qualifier_prefixes) or any(
        text.startswith(w) for w in rules.count_words if w
    ):
        return "figure" if is_value(text, rules) else None
    return None


def _row(
    line: str, separator: str, rules: Rules, width: int | None = None
) -> tuple[int, list[int]] | None:
    """A data row: how many cells it has (its label one) and the separators after its
    label; None when ``line`` is no such row. Under a run of ``width`` cells, bracketed
    notes or dashes right after the label are the label's own words when the row would
    otherwise be wider (``就職者数　（うち紹介就職）　　４８人``)."""
    cells = _cells(line, separator, width)
    if cells is None or len(cells) < 2:
        return None
    kinds = [_value_kind(line[a:b], rules) for a, b in cells]
    values = 0
    while values < len(cells) - 1 and kinds[len(cells) - 1 - values] is not None:
        values += 1
    if width is not None and values + 1 > width:
        extra = kinds[len(cells) - values : len(cells) - width + 1]
        if "figure" not in extra and all(
            line[cells[n][0] : cells[n][1]].strip(" \u3000")
            for n in range(len(cells) - values, len(cells) - width + 1)
        ):
            values = width - 1
    label_end = len(cells) - values
    if values < 1 or "figure" not in kinds[label_end:]:
        return None
    label = line[cells[0][0] : cells[label_end - 1][1]]
    stripped = label.strip(" \u3000")
    if not stripped or len(stripped) > _MAX_LABEL or "。" in stripped:
        return None
    if _LEADER.search(stripped) is not None:  # a contents line's leader (``倉敷市　・・・　1``)
        return None
    if not cells[0][1] > cells[0][0]:  # (a row opens with its label, no empty cell)
        return None
    return 1 + values, [cells[n][1] for n in range(label_end - 1, len(cells) - 1)]


def _header(line: str, separator: str, width: int | None, rules: Rules) -> list[int] | None:
    """The separators of a header row of ``width`` cells (any number when None) naming a
    column, else None."""
    from jirei.tables.cells import column_role

    cells = _cells(line, separator)
    if cells is None or (width is not None and len(cells) != width):
        return None
    texts = [unicodedata.normalize("NFKC", line[a:b]).strip() for a, b in cells]
    if any(len(t) > _MAX_HEAD or "。" in t for t in texts):
        return None
    if any(_value_kind(t, rules) == "figure" for t in texts if t):
        return None
    if not any(column_role(t, rules) is not None for t in texts[1:] if t):
        return None
    return [end for _start, end in cells[:-1]]


def _runs(lines: Sequence[str], separator: str, rules: Rules) -> dict[int, list[int]]:
    """The lines to rewrite (by index) and the places of their separators."""
    out: dict[int, list[int]] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        found = (
            None
            if separator not in line or "\t" in line or "|" in line or not _DIGIT.search(line)
            else _row(line, separator, rules)
        )  # (cheap: a row holds its separator and a figure's digit)
        if found is None:
            index += 1
            continue
        width = found[0]
        head = None
        if index > 0 and "\t" not in lines[index - 1] and "|" not in lines[index - 1]:
            wide = _cells(lines[index - 1], separator)  # (the header gives the width)
            if wide is not None and len(wide) > width:
                again = _row(line, separator, rules, len(wide))
                if again is not None and again[0] == len(wide):
                    width, found = again[0], again
            head = _header(lines[index - 1], separator, width, rules)
        stacked = {} if head is not None else _stacked_heads(lines, index, separator, width, rules)
        other = not stacked and head is None and index > 0 and "\t" not in lines[index - 1] and (
            _header(lines[index - 1], separator, None, rules) is not None
        )  # a header of other cells (two stubs: ``区分　項目　目標…``): the single-space
        rows = {index: found[1]}  # reader reads the table (decision 2769)
        end = index + 1
        while end < len(lines):
            text = lines[end]
            more = None if "\t" in text or "|" in text else _row(text, separator, rules, width)
            if more is None or more[0] != width:
                break
            rows[end] = more[1]
            end += 1
        if other:
            index = end
            continue
        if head is not None:
            rows[index - 1] = head
        rows.update(stacked)
        single = sum(_single(lines[n], separator) for n in rows)
        if 2 * single > len(rows) and (head is not None or (len(rows) >= 2 and width >= 3)):
            out.update(rows)
        index = end
    return out


def _stacked_heads(
    lines: Sequence[str], index: int, separator: str, width: int, rules: Rules
) -> dict[int, list[int]]:
    """The header rows right above the data row ``index`` (one or two) whose cells, parted by
    runs of ``separator`` of any length (an indent, a group's padding), name metrics
    (``支援対象者数　　　　就職者数``) or roles (``目標　実績　達成率``) — each cell but a stub
    before them (``施設``), which names neither, or an indent — at most ``width`` of them
    (decision 3591); {} when there is none.
    Every separator in them becomes a tab."""
    def places(at: int) -> list[int]:
        return [n for n, char in enumerate(lines[at].rstrip(" \u3000")) if char == separator]

    low, high = index - 1, index - 2
    if low < 0:
        return {}
    if high >= 0 and _stacked_head(lines[low], separator, width, rules, under=True) and (
        _stacked_head(lines[high], separator, width, rules)
    ):  # (a role row may open with a role under a stub's row of metric names)
        return {high: places(high), low: places(low)}
    return {low: places(low)} if _stacked_head(lines[low], separator, width, rules) else {}


def _stacked_head(
    line: str, separator: str, width: int, rules: Rules, *, under: bool = False
) -> bool:
    """Whether ``line`` is a header row of metric or role words (see ``_stacked_heads``);
    ``under`` another such row, its first cell may name one too."""
    from jirei.tables.cells import column_role, label_form

    if separator not in line.strip(" \u3000") or "\t" in line or "|" in line:
        return False
    texts = [unicodedata.normalize("NFKC", t).strip() for t in line.split(separator)]
    stub = texts[0]  # (the row labels' column: a stub or nothing, no metric and no role)
    texts = [t for t in texts if t]
    if stub and not under and (
        rules.metrics.get(label_form(stub)) is not None or column_role(stub, rules) is not None
    ):
        return False
    if not 2 <= len(texts) <= width or any(len(t) > _MAX_HEAD or "。" in t for t in texts):
        return False
    if any(_DIGIT.search(t) for t in texts):
        return False
    named = [
        t for t in texts
        if rules.metrics.get(label_form(t)) is not None
        or column_role(t, rules) in ("target", "actual", "achievement_rate")
    ]
    return len(named) >= 2 and len(named) >= len(texts) - 1


def _single(line: str, separator: str) -> bool:
    """Whether ``line``'s cells are parted by one separator each (no empty cell, no padding)."""
    return separator * 2 not in line.strip(" \u3000")


def untangle_wide_cells(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each table parted by single ideographic spaces written with tabs."""
    separators = _separators(rules)
    if not any(s in text for s in separators):  # whole-text precheck
        return text
    lines = text.split("\n")
    changed = False
    for separator in separators:
        if not any(separator in line for line in lines):
            continue
        for number, places in _runs(lines, separator, rules).items():
            chars = list(lines[number])
            for at in places:
                chars[at] = "\t"
            lines[number] = "".join(chars)
            changed = True
    return "\n".join(lines) if changed else text


__all__ = ["untangle_wide_cells"]
