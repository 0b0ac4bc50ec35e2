"""Tab cards whose long cells wrap onto continuation rows (decisions 2801–2806)::

    取組内容<TAB>1. 冬季に求職活動が停滞しやすい生活保護受給者等に対し、11月から3月まで
    <TAB>隔週の定期面談を設定
    <TAB>2. 市の就労準備支援事業と連携し、…
    事業目標と実績<TAB>指標<TAB>令和4年度目標<TAB>令和4年度実績<TAB>達成率
    （令和4年度）<TAB>支援対象者数<TAB>300人以上<TAB>312人<TAB>104.0%
    自治体コメント<TAB>旭川市福祉保険部：冬場も途切れずに相談に来ていただけるようになり、春先
    <TAB>に就職が決まる方が増えた。

A two-column template flattened from PDF writes a cell too long for its column on the next
line, after a tab (the empty label cell). Such a continuation row opens a new item only when
it is written as one: with an item marker of its own, or under a cell whose text is finished
(a sentence end) or that marks no items at all (an Excel card's merged label cell, one item a
row, decision 701). Under a marked item whose text runs on, and under a comment (one text),
it continues the text above, joined with no space (``一`` + ``貫して``).

The label cell may wrap too: a short bracketed piece (``（令和4年度）``) on the row under a
results heading cell is the heading's tail, not a group of the nested table.
A comment cell that names its own speaker in one of the comment forms of a comments section
(``ハローワーク札幌北：…``, ``…。（八戸市）``) is that speaker's; the label (``労働局・HWコメント``)
is only a hint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from jirei.comments import CommentParts, role_of
from jirei.items import Item, Origin, join_lines
from jirei.lines import Cell, Line
from jirei.rules import DEFAULT_RULES, Rules

if TYPE_CHECKING:
    from jirei.cards import CardRow

#: the end of a finished text (a sentence end, a closing quote or bracket after one)
_FINISHED = regex.compile(r"[。．!?！？][」』)）]?$")
#: a label cell's wrapped tail: a short piece wholly in brackets
_LABEL_TAIL = regex.compile(r"^[(（［\[〔][^()（）\t]{1,16}[)）］\]〕]$")


def runs_on(above: str, marked: bool, continuation_marked: bool) -> bool:
    """Whether a continuation cell carries on the item whose text is ``above``: the items
    of the cell are marked (``marked``), the continuation has no marker of its own and the
    text above is not finished."""
    if not marked or continuation_marked:
        return False
    return _FINISHED.search(above.rstrip()) is None


def is_label_tail(cell: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a first cell is a label cell's wrapped tail (``（令和4年度）``): a short piece
    wholly in brackets that names no group (``（生活保護受給者等）`` is a group column's cell)."""
    if _LABEL_TAIL.match(cell.text.strip()) is None:
        return False
    from jirei.linegroups import group_heading

    return group_heading(cell, rules) is None


def named_speaker(value: Cell, rules: Rules = DEFAULT_RULES) -> CommentParts | None:
    """The comment a comment cell writes with its own speaker (``八戸市：…``,
    ``…。（八戸市）``, ``「…」（ハローワーク八戸）``, ``八戸市より：…``), read by the comment forms
    of a comments section; None when the cell names no organisation (its role ``other``)."""
    from jirei.commentforms import read_comment_section

    read = read_comment_section([Line(value.text, value.start)], rules)
    if len(read.comments) != 1:
        return None
    found = read.comments[0]
    if not found.speaker or not found.text.strip() or role_of(found.speaker, rules) == "other":
        return None
    return found


#: what a continuation row may carry on: the rows of items and comments
_TEXT_ROLES = frozenset({"field", "target", "actual", "furniture"})

Wraps = list[tuple[int, Cell]]


def cell_wraps(
    rows: Sequence[CardRow | Line], rules: Rules = DEFAULT_RULES, origin: Origin | None = None
) -> dict[int, Wraps]:
    """For each card row whose last item runs on over continuation rows: the index and
    cell of each such row (see the module), by the row's index."""
    from jirei.cards import CardRow, cell_items, continuation_cell

    out: dict[int, Wraps] = {}
    for number, row in enumerate(rows):
        if not isinstance(row, CardRow) or row.role in _TEXT_ROLES:
            continue
        items = cell_items(row.value, rules, origin)
        if not items:
            continue
        marked = row.role == "comment" or _marked(row.value, items[0])
        text = items[-1].text
        owner = number  # the row whose last item a wrapped row carries on
        for at in range(number + 1, len(rows)):
            follow = rows[at]
            more = continuation_cell(follow) if isinstance(follow, Line) else None
            if more is None:
                break
            pieces = cell_items(more, rules, origin)
            if not pieces:
                break
            if runs_on(text, marked, _marked(more, pieces[0])):
                out.setdefault(owner, []).append((at, more))
            elif row.role == "comment":
                break  # a comment's next paragraph: read as before (decision 701)
            else:
                owner = at  # one more item of the cell (decision 701)
            text = pieces[-1].text
    return out


def _marked(cell: Cell, item: Item) -> bool:
    """Whether the first item of ``cell`` opens with a marker (stripped before ``item``)."""
    return item.start > cell.start + len(cell.text) - len(cell.text.lstrip())


def wrapped_items(items: list[Item], wraps: Wraps | None) -> list[Item]:
    """``items`` with the last carried on over ``wraps``."""
    if not wraps or not items:
        return items
    last = items[-1]
    text = join_lines([last.text, *(cell.text.strip() for _, cell in wraps)])
    return [*items[:-1], Item(text, last.start, wraps[-1][1].end)]


def wrapped_comment(parts: CommentParts, wraps: Wraps | None) -> CommentParts:
    """``parts`` with its text carried on over ``wraps``."""
    if not wraps:
        return parts
    text = join_lines([parts.text, *(cell.text.strip() for _, cell in wraps)])
    return attrs.evolve(parts, text=text, end=wraps[-1][1].end)


def in_table(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a two-cell row under a nested results table's row is a group caption of the
    table: its label cell empty or a label cell's wrapped tail, its other cell a group
    heading (``<TAB>【障害者】``, ``（令和4年度）<TAB>【生活保護受給者等】``; decision 2803)."""
    from jirei.linegroups import group_heading

    first, _, rest = line.text.partition("\t")
    if first.strip() and not is_label_tail(Line(first, line.start), rules):
        return False
    at = line.start + len(first) + 1
    return group_heading(Line(rest, at), rules) is not None


__all__ = [
    "cell_wraps",
    "in_table",
    "is_label_tail",
    "named_speaker",
    "runs_on",
    "wrapped_comment",
    "wrapped_items",
]
