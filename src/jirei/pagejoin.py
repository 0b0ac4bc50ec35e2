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
    bullet = K.BULLET
    if not any(
        info.text.rstrip()[-1:] in _CUT for info in after if info.kind is bullet
    ):  # (a cheap exact test first: no kept bullet cut in the middle of its sentence)
        return list(after)
    kept = {id(info) for info in after}
    dropped = [n for n, info in enumerate(before) if id(info) not in kept]
    remove: set[int] = set()
    done = -1  # (a run of dropped lines is looked at once)
    for at in dropped:
        if at <= done:
            continue
        blanks: list[int] = []
        above = at - 1
        while above >= 0 and (before[above].kind is K.BLANK or id(before[above]) not in kept):
            if id(before[above]) in kept:
                blanks.append(id(before[above]))
            above -= 1
        below = at + 1
        while below < len(before) and (
            before[below].kind is K.BLANK or id(before[below]) not in kept
        ):
            if id(before[below]) in kept:
                blanks.append(id(before[below]))
            below += 1
        done = below
        if not blanks or above < 0 or below >= len(before):
            continue
        previous, following = before[above], before[below]
        if (
            previous.kind is K.BULLET
            and previous.text.rstrip()[-1:] in _CUT
            and following.kind is K.TEXT
            and ends_sentence(following.text)
        ):
            remove.update(blanks)
    if not remove:
        return list(after)
    return [info for info in after if id(info) not in remove]


__all__ = ["join_across_pages"]
