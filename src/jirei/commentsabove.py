"""Comment boxes standing right above a case's label (decision 1909, branch comments8).

A slide copied out of a PDF puts its text boxes in the order they were drawn: the comment
boxes (``＜旭川市 福祉保険部 生活支援課 コメント＞`` over its text) may come before the slide's
``事例１`` label, after the page's running head. Such a block — comment headings and their
texts, no blank line between them and down to the label, in no case — holds the comments of
the case the label opens (read only when that case has none of its own).
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.comments import CommentParts, read_comment
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: at most this many lines are read above a label
_MOST_LINES = 30


def comments_above(
    infos: Sequence[LineInfo], first: int, floor: int, rules: Rules = DEFAULT_RULES
) -> list[CommentParts]:
    """The comments of the block of comment headings and texts right above ``infos[first]``
    (no line above ``floor``: those belong to an earlier case), in the text's order."""
    top = first
    while top > floor and first - top < _MOST_LINES:
        kind = infos[top - 1].kind
        if kind is not K.COMMENT and kind is not K.TEXT:
            break
        top -= 1
    while top < first and infos[top].kind is not K.COMMENT:
        top += 1  # (a running head or a caption over the first box is none of it)
    if top >= first:
        return []
    head = top - 1  # a page's running head may stand right over the first box
    if head >= floor and infos[head].kind is K.TEXT:
        head -= 1
    opens_page = infos[top].text.startswith("\f")  # (a page break stands it apart, 2113)
    if head >= floor and infos[head].kind is not K.BLANK and not opens_page:
        return []  # the block does not stand apart (a list, a table above it)
    out: list[CommentParts] = []
    at = top
    while at < first:
        heading = infos[at].line
        end = at + 1
        while end < first and infos[end].kind is K.TEXT:
            end += 1
        body = [info.line for info in infos[at + 1 : end]]
        if not body:
            return []  # a heading with no text: no comment box
        parts = read_comment(heading, body, rules)
        if not parts.speaker or not parts.text or parts.role == "other":
            return []
        out.append(parts)
        at = end
    return out


__all__ = ["comments_above"]
