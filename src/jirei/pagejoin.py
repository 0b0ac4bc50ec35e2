"""A list item wrapped over a page break (decision 1671): when the page's foot and the next
page's head (a page number, a running head) are dropped as furniture, the blank lines left
around them are no paragraph break between a bullet cut in the middle of its sentence (it
ends in a comma or a particle: ``…求人を``) and the plain text line that finishes the sentence
on the next page (``提案する体制とした。``): the item reads as one. A bullet ending in a noun
(``…担当者制で支援``) is a whole item, whatever follows the page break.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.sections import K, LineInfo, ends_sentence

#: what a line cut in the middle of its sentence ends with: a comma or a particle
_CUT = frozenset("、,をにがはでとのもへや")


def join_across_pages(
    before: Sequence[LineInfo], after: Sequence[LineInfo]
) -> list[LineInfo]:
    """``after`` (``before`` without its furniture) without the blank lines that stood
    around dropped furniture between a cut bullet and the sentence's end (see the module)."""
    if len(after) == len(before):
        return list(after)
    kept = {id(info) for info in after}
    remove: set[int] = set()
    previous: LineInfo | None = None  # the last kept non-blank line
    blanks: list[int] = []
    dropped = False
    for info in before:
        if id(info) not in kept:
            dropped = True
            continue
        if info.kind is K.BLANK:
            blanks.append(id(info))
            continue
        if (
            dropped
            and blanks
            and previous is not None
            and previous.kind is K.BULLET
            and previous.text.rstrip()[-1:] in _CUT
            and info.kind is K.TEXT
            and ends_sentence(info.text)
        ):
            remove.update(blanks)
        previous, blanks, dropped = info, [], False
    if not remove:
        return list(after)
    return [info for info in after if id(info) not in remove]


__all__ = ["join_across_pages"]
