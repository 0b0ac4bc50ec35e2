"""A comments section written as a table (decision 811): one comment per row::

    | 発言者 | コメント |                    a header row: its words (``rules.comment_columns``)
    | 呉市 生活支援課 | 相談の途中で… |      say which column is the speaker and which the text
    | ハローワーク呉 | 「…」 |
    |  | …の続き |                        an empty speaker cell continues the comment above

Without a header row the table must have two columns, speaker then text; with one, the
columns may be more and stand in any order (``| コメント | 発言者 |``); a title column
(``| 所属 | 役職 | コメント |``) adds the post to the speaker (``ハローワーク長野統括職業指導官``)
and a blank row is skipped (decision 932). A header row naming a stakeholder in each
cell (``| 自治体 | ハローワーク |``) makes each column one speaker's comments (decision 1349).
A speaker
cell holding a sentence (``。``) is no speaker: the row is kept unclassified. ``<br>`` in a
text cell parts paragraphs. Any table layout becomes pipe rows first (HTML tables:
``jirei.htmltables``; box drawings: ``jirei.boxrules``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.commentforms import CommentSection, clean_speaker
from jirei.comments import CommentParts, role_of
from jirei.items import Item
from jirei.lines import Cell, Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules

_SPACES = regex.compile(r"\s+")
_RULE_CELL = regex.compile(r"^[-:=—－―‐ー\s]*$")
_BREAK = regex.compile(r"\s*<br\s*/?>\s*", regex.IGNORECASE)
_QUOTED = regex.compile(r"^「[^「」]*」$")
#: a speaker is a name, not a sentence
_SPEAKER_MAX = 40
_NO_SPEAKER = regex.compile(r"[。!?]")


def _is_row(line: Line) -> bool:
    """A pipe row, or a tab row (a sheet or a word processor's table pasted as text,
    decision 2510): a tab between two filled cells."""
    text = line.text.strip()
    return text.startswith("|") or "\t" in text


def _is_rule(cells: Sequence[Cell]) -> bool:
    return all(_RULE_CELL.match(cell.text) for cell in cells)


def comment_header(
    cells: Sequence[Cell], rules: Rules = DEFAULT_RULES
) -> tuple[int, int, int | None] | None:
    """(speaker column, text column, title column or None) of a comments table's header
    row (every filled cell a column word of ``rules.comment_columns``), else None."""
    return _header(cells, rules)


def _header(cells: Sequence[Cell], rules: Rules) -> tuple[int, int, int | None] | None:
    """(speaker column, text column, title column or None) when every filled cell of the
    row is a column word and both speaker and text are named, else None. Of two speaker
    (or text) columns the one whose word the rules list first wins (``発言者`` over
    ``立場``); a title column (``役職``, decision 932) adds to the speaker."""
    words = rules.comment_columns
    rank = {word: number for number, word in enumerate(words)}
    best: dict[str, tuple[int, int]] = {}  # role -> (rank, column)
    for number, cell in enumerate(cells):
        word = _SPACES.sub("", cell.text)
        if not word:
            continue
        role = words.get(word)
        if role is None:
            return None
        if role not in best or rank[word] < best[role][0]:
            best[role] = (rank[word], number)
    if "speaker" not in best or "text" not in best:
        return None
    title = best["title"][1] if "title" in best else None
    return best["speaker"][1], best["text"][1], title


def _speaker_columns(cells: Sequence[Cell], rules: Rules) -> list[tuple[int, str, int, int]] | None:
    """A header row naming a stakeholder in each filled cell (``| 自治体 | ハローワーク |``,
    two or more; decision 1349): (column, speaker, start, end) for each, else None."""
    found = []
    for number, cell in enumerate(cells):
        if not cell.text:
            continue
        if "。" in cell.text:  # a remark, no speaker (decision 2076)
            return None
        name, kept = clean_speaker(cell.text, rules)
        if not name or name in rules.comment_columns or role_of(name, rules) == "other":
            return None
        found.append((number, name, cell.start, cell.start + kept))
    return found if len(found) >= 2 else None


def read_comment_table(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> CommentSection | None:
    """The comments of a section made of a table (most of its lines pipe rows, one of
    them a speaker | text row), else None."""
    filled = [line for line in lines if not line.blank]
    rows = [line for line in filled if _is_row(line)]
    if not rows or 2 * len(rows) < len(filled):
        return None
    columns: tuple[int, int, int | None] | None = None
    comments: list[CommentParts] = []
    unclassified: list[Item] = []
    # the comment being read: speaker, its span, role, text pieces
    current: list[tuple[str, int, int]] = []
    speaker: tuple[str, int, int] | None = None
    #: the speakers named by a header row of stakeholders, by column (decision 1349)
    by_column: list[tuple[int, str, int, int]] | None = None

    def close() -> None:
        nonlocal current, speaker
        if speaker is not None and current:
            comments.append(_parts(speaker, current, rules))
        current, speaker = [], None

    for line in filled:
        if not _is_row(line):
            close()
            text = line.text.strip()
            start = line.start + len(line.text) - len(line.text.lstrip())
            unclassified.append(Item(text, start, start + len(text)))
            continue
        cells = row_cells(line)
        if not cells or _is_rule(cells) or not any(cell.text for cell in cells):
            continue  # a rule row, or a blank row (decision 932)
        header = _header(cells, rules)
        if header is not None:
            close()
            columns, by_column = header, None
            continue
        named = _speaker_columns(cells, rules) if columns is None and by_column is None else None
        if named is not None:  # ``| 自治体 | ハローワーク |``: each column one speaker's texts
            close()
            by_column = named
            continue
        if by_column is not None:  # each filled cell a comment by its column's speaker
            close()
            for at, name, s_start, s_end in by_column:
                if at < len(cells) and cells[at].text:
                    said = cells[at]
                    comments.append(
                        _parts((name, s_start, s_end), [(said.text, said.start, said.end)], rules)
                    )
            continue
        if columns is None and (len(cells) != 2 or not cells[1].text):
            return None  # without a header, only a speaker | text table of two columns
        who_at, text_at, title_at = columns if columns is not None else (0, 1, None)
        if max(who_at, text_at, title_at or 0) >= len(cells):
            return None
        who, said = cells[who_at], cells[text_at]
        title = cells[title_at] if title_at is not None else None
        if not who.text and said.text and speaker is not None:
            current.append((said.text, said.start, said.end))  # continues the row above
            continue
        close()
        name, kept = clean_speaker(who.text, rules)
        if not name or not said.text or len(name) > _SPEAKER_MAX or _NO_SPEAKER.search(name):
            text = line.text.strip()
            start = line.start + len(line.text) - len(line.text.lstrip())
            unclassified.append(Item(text, start, start + len(text)))
            continue
        speaker = (name, who.start, who.start + kept)
        if title is not None and title.text and not _NO_SPEAKER.search(title.text):
            # the post after the organisation: ``豊橋市福祉政策課`` + ``担当者``
            speaker = (
                name + _SPACES.sub("", title.text),
                min(who.start, title.start),
                max(who.start + kept, title.end),
            )
        current = [(said.text, said.start, said.end)]
    close()
    if not comments:
        return None
    return CommentSection(tuple(comments), tuple(unclassified))


def _parts(
    speaker: tuple[str, int, int], pieces: Sequence[tuple[str, int, int]], rules: Rules
) -> CommentParts:
    paragraphs = [part for text, _, _ in pieces for part in _BREAK.split(text) if part]
    text = "\n".join(paragraphs)
    start, end = pieces[0][1], pieces[-1][2]
    if _QUOTED.match(text):
        text, start, end = text[1:-1].strip(), start + 1, end - 1
    name, s_start, s_end = speaker
    return CommentParts(name, s_start, s_end, role_of(name, rules), text, start, end)


__all__ = ["comment_header", "read_comment_table"]
