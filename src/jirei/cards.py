"""Overview sheets: a ``| 項目 | 内容 |`` card that holds a whole case (decisions 34, 38).

    | 項目 | 内容 |
    |---|---|
    | テーマ | 区役所の福祉窓口の隣で… |                 title (a field label, kind ``title``)
    | 自治体名 | 東京都江戸川区 |                      header fields (``rules.field_labels``)
    | 取組内容 | ①…<br>②… |                          a section alias → its items
    | 令和５年度目標 | 支援対象者数 200人 / … |          a target / actual row (``rules.columns``)
    | 区のコメント | … |                               a comment (a comment keyword ends it)

What a row holds is decided by its label, from the tables already used elsewhere: field
labels, section aliases, column words (after a fiscal-year prefix) and comment keywords.
Offsets are into the normalised text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex
from attrs import frozen

from jirei.cardwraps import is_label_tail
from jirei.commentforms import clean_speaker
from jirei.comments import CommentParts, role_of
from jirei.items import Item, Origin, enumerator_width
from jirei.labelgloss import split_gloss
from jirei.lines import Cell, Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules, per_rules_memo
from jirei.sections import classifier, heading_key
from jirei.tables.cells import column_role, label_form

#: what a card row may hold besides a header field or a section's items
ROW_ROLES = ("field", "target", "actual", "comment", "furniture")
_BREAK = regex.compile(r"<br\s*/?>", regex.IGNORECASE)
_RULE_CELL = regex.compile(r"^:?-{2,}:?$")
#: a pipe row whose first cell is empty (``|  | 隔週の定期面談を設定 |``)
_EMPTY_FIRST_PIPE = regex.compile(r"^\s*\|\s*\|")


@frozen
class CardRow:
    """A card row: what it holds (a section kind or one of ``ROW_ROLES``), its label and
    value cells, and its line."""

    role: str
    label: Cell
    value: Cell
    line: Line


def _tab_row(text: str) -> bool:
    """A sheet row copied as text: ``label<TAB>value`` (one tab, a label first)."""
    return text.count("\t") == 1 and not text[:1].isspace()


@per_rules_memo(1 << 14)
def _row_role(text: str, rules: Rules) -> str | None:
    """``row_role`` of a line's text."""
    if not (text.lstrip().startswith("|") or _tab_row(text)):
        return None
    cells = row_cells(Line(text, 0))
    if len(cells) != 2:
        return None
    texts = [label_form(c.text) for c in cells]
    if all(_RULE_CELL.match(t) for t in texts) or all(t in rules.card_headers for t in texts):
        return "furniture"
    label = texts[0]
    if not label or not cells[1].text:
        return None
    if label in rules.field_labels:
        return "field"
    role = column_role(label, rules)  # 令和5年度実績 (before the section alias 実績)
    if role in ("target", "actual"):
        return role
    kind = rules.sections.get(heading_key(label, rules))
    if kind is not None and kind != "comments":
        return kind
    if _names_comment(label, rules):
        return "comment"
    glossed = split_gloss(label)  # ``目標・実績（平成29年度）``, ``…コメント（新潟市）`` (3266)
    if glossed is not None:
        kind = rules.sections.get(heading_key(glossed[0], rules))
        if kind is not None and kind != "comments":
            return kind
        if _names_comment(glossed[0], rules):
            return "comment"
    return None


def _names_comment(label: str, rules: Rules) -> bool:
    """Whether a row label ends in a comment keyword (``区のコメント``)."""
    return any(label.endswith(k.strip()) for k in rules.comment_keywords if k.strip())


#: how many rows of a tab box are looked at for the labels it is known by
_BOX_LOOK = 12


def opens_field_box(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``lines`` open a tab sheet's field box whatever its first label
    (``所在都道府県<TAB>大阪府`` over ``施設名<TAB>…``, ``取組内容<TAB>①…``; decision 3146): the
    first line a ``label<TAB>value`` row, and two rows or more of the run of tab rows it opens
    known by their labels (a field, a section)."""
    if not lines or not _tab_row(lines[0].text) or len(row_cells(lines[0])) != 2:
        return False
    known = 0
    for line in lines[:_BOX_LOOK]:
        if "\t" not in line.text:
            break
        if _row_role(line.text, rules) not in (None, "furniture"):
            known += 1
            if known >= 2:
                return True
    return False


def findings_row(line: Line, rules: Rules = DEFAULT_RULES) -> CardRow | None:
    """A two-cell card row of no known label whose label names findings (``意見``,
    ``総合評価``: ``jirei.asidevoices.voice_heading``), as an ``aside`` row: its cells are kept
    under its label, where speaker lines (``市：…``) are read as comments; else None."""
    from jirei.asidevoices import voice_heading

    if "\t" not in line.text and not line.text.lstrip().startswith("|"):
        return None
    cells = row_cells(line)
    if len(cells) != 2 or not cells[0].text or not cells[1].text:
        return None
    if not voice_heading(cells[0].text, rules):
        return None
    return CardRow("aside", cells[0], cells[1], line)


def findings_voice(row: CardRow, rules: Rules = DEFAULT_RULES) -> CommentParts | None:
    """The comment a findings row's cell holds (a row kept under a findings label, ``所見``,
    ``意見``: ``jirei.asidevoices.voice_heading``) when the cell opens with its speaker
    (``堺市：…``, ``【堺市】…``: ``jirei.sheetcells.speaker_cell``; decision 3152), else None."""
    from jirei.asidevoices import voice_heading
    from jirei.sheetcells import speaker_cell

    if not voice_heading(row.label.text, rules):
        return None
    return speaker_cell(row.value, rules)


def row_role(line: Line, rules: Rules = DEFAULT_RULES) -> str | None:
    """What a two-cell pipe row of a card holds (see ``CardRow``), else None."""
    return _row_role(line.text, rules)


def is_card_header(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """A card's header row ``| 項目 | 内容 |`` (every cell a ``rules.card_headers`` word)."""
    text = line.text
    if not text.lstrip().startswith("|") or _row_role(text, rules) != "furniture":
        return False
    return not all(_RULE_CELL.match(label_form(c.text)) for c in row_cells(line))


def card_rows(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> list[CardRow | Line]:
    """The rows of a card's lines: a ``CardRow`` for each row read, the line itself for a
    row of no known label (kept by the caller); furniture and blank lines dropped."""
    out: list[CardRow | Line] = []
    for line in lines:
        if line.blank:
            continue
        role = row_role(line, rules)
        if role == "furniture":
            continue
        if role is None:
            out.append(line)
            continue
        label, value = row_cells(line)
        out.append(CardRow(role, label, value, line))
    return out


def continuation_cell(line: Line) -> Cell | None:
    """The value of a tab card's continuation row (``<TAB>②…``: an empty label cell, one
    value), which continues the row above (an Excel card's merged label cell), else None."""
    text = line.text
    tabbed = "\t" in text and text.lstrip("\t") != text
    piped = text.lstrip().startswith("|") and _EMPTY_FIRST_PIPE.match(text) is not None
    if not (tabbed or piped):  # (a pipe card's ``|  | …… |``: decision 2808)
        return None
    cells = row_cells(line)
    if len(cells) != 2 or cells[0].text or not cells[1].text:
        return None
    return cells[1]


def nested_table(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> tuple[Cell, list[Line]] | None:
    """A results table nested in a tab or pipe card: a row whose first cell is the heading
    (``令和元年度実績``) and the column headers, then rows opening with an empty cell (the
    card's label column). Returns the heading cell and the rows without that column (a
    pipe row keeps its opening pipe: ``| 就職者数 | 40人 |``; decision 2896)."""
    if len(lines) < 2:
        return None
    piped = _is_pipe_row(lines[0].text)
    if not piped and "\t" not in lines[0].text:
        return None
    if not all(
        (_opens_empty(line, piped)) or _label_tail(line, n, rules, piped)
        for n, line in enumerate(lines[1:], 1)
    ):
        return None
    first = row_cells(lines[0])[0]
    if not first.text:
        return None
    rows = []
    for line in lines:
        cut = _first_cut(line.text, piped)
        rows.append(Line(line.text[cut:], line.start + cut))
    return first, rows


def _is_pipe_row(text: str) -> bool:
    """A pipe row of three cells or more (``| heading | 指標 | 目標 |``)."""
    body = text.strip()
    return body.startswith("|") and body.count("|") >= 4


def _first_cut(text: str, piped: bool) -> int:
    """Where a row's text goes on after its first cell: after the first tab, or at the pipe
    closing a pipe row's first cell."""
    if piped:
        return text.index("|", text.index("|") + 1)
    return text.index("\t") + 1


def _opens_empty(line: Line, piped: bool) -> bool:
    """Whether a row of the card opens with an empty label cell."""
    if piped:
        return _is_pipe_row(line.text) and _EMPTY_FIRST_PIPE.match(line.text) is not None
    return line.text.startswith("\t")


def _label_tail(line: Line, number: int, rules: Rules, piped: bool = False) -> bool:
    """Whether the row right under a nested table's heading row opens with the heading
    cell's wrapped tail (``（令和4年度）``, decision 2802) instead of an empty cell."""

    if number != 1:
        return False
    if piped:
        if not _is_pipe_row(line.text):
            return False
        first = row_cells(line)[0]
        return is_label_tail(Line(first.text, first.start), rules)
    if "\t" not in line.text:
        return False
    return is_label_tail(Line(line.text.split("\t", 1)[0], line.start), rules)


def cell_items(
    cell: Cell, rules: Rules = DEFAULT_RULES, origin: Origin | None = None
) -> list[Item]:
    """The items written in one cell: split at ``<br>`` and before each enumerator
    (``①``, seen through ``origin`` since NFKC made it a digit), markers stripped."""
    cls = classifier(rules)
    items: list[Item] = []
    position = 0
    pieces: list[tuple[int, int]] = []
    for match in _BREAK.finditer(cell.text):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, len(cell.text)))
    for start, end in pieces:
        for piece_start, piece_end in _enumerated(cell, start, end, origin):
            raw = cell.text[piece_start:piece_end]
            width = _marker_width(cell.start + piece_start, raw, origin)
            body, cut = (raw[width:], width) if width else cls.strip_marker(raw)
            text = body.strip()
            if not text:
                continue
            at = cell.start + piece_start + cut + (len(body) - len(body.lstrip()))
            items.append(Item(text, at, at + len(text)))
    return items


def _marker_width(at: int, raw: str, origin: Origin | None) -> int:
    stripped = raw.lstrip()
    if origin is None or not stripped[:1].isdigit():
        return 0
    width = enumerator_width(origin(at + len(raw) - len(stripped)))
    return len(raw) - len(stripped) + width if width else 0


def _enumerated(cell: Cell, start: int, end: int, origin: Origin | None) -> list[tuple[int, int]]:
    """``[start, end)`` of the cell's text cut before each enumerator after the first."""
    if origin is None:
        return [(start, end)]
    cuts = [start]
    text = cell.text
    for index in range(start + 1, end):
        if text[index].isdigit() and not text[index - 1].isdigit():
            if enumerator_width(origin(cell.start + index)):
                cuts.append(index)
    cuts.append(end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def row_comment(row: CardRow, rules: Rules = DEFAULT_RULES) -> CommentParts:
    """A comment row (``| 区のコメント | … |``): the speaker from the label (keyword and
    ``の`` dropped), the text from the value."""
    speaker, kept = clean_speaker(row.label.text, rules)
    value = row.value
    from jirei.cardwraps import named_speaker

    named = named_speaker(value, rules)
    if named is not None:  # ``八戸市：text``: the label only a hint (decision 2804)
        return named
    glossed = split_gloss(row.label.text)
    if glossed is not None and _names_comment(label_form(glossed[0]), rules):
        # ``自治体コメント（新潟市）``: the bracket names the speaker, the words before it
        # only say what kind of speaker (decision 3267)
        _, start, end = glossed
        named_speaker_text = row.label.text[start:end]
        return CommentParts(
            named_speaker_text,
            row.label.start + start,
            row.label.start + end,
            role_of(named_speaker_text, rules),
            value.text,
            value.start,
            value.end,
        )
    return CommentParts(
        speaker or None,
        row.label.start,
        row.label.start + kept,
        role_of(speaker, rules),
        value.text,
        value.start,
        value.end,
    )


__all__ = [
    "ROW_ROLES",
    "CardRow",
    "card_rows",
    "cell_items",
    "continuation_cell",
    "is_card_header",
    "nested_table",
    "row_comment",
    "row_role",
]
