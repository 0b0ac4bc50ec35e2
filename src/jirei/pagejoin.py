"""A list item wrapped over a page break (decision 1671): when the page's foot and the next
page's head (a page number, a running head) are dropped as furniture, the blank lines left
around them are no paragraph break between a bullet cut in the middle of its sentence (it
ends in a comma or a particle: ``…求人を``) and the plain text line that finishes the sentence
on the next page (``提案する体制とした。``): the item reads as one. A bullet ending in a noun
(``…担当者制で支援``) is a whole item, whatever follows the page break.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.sections import K, LineInfo, ends_sentence

#: what a line cut in the middle of its sentence ends with: a comma or a particle
_CUT = frozenset("、,をにがはでとのもへや")


def join_across_pages(
    before: Sequence[LineInfo], after: Sequence[LineInfo]
) -> list[LineInfo]:
    """``after`` (``before`` without its furniture) without the blank lines that stood
    around dropped furniture between a cut bullet and the sentence's end (see the module),
    or between a list's item and its next item on the next page (decision 3182)."""
    if len(after) == len(before):
        return list(after)
    bullet = K.BULLET
    cut = any(info.text.rstrip()[-1:] in _CUT for info in after if info.kind is bullet)
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
            cut
            and previous.kind is K.BULLET
            and previous.text.rstrip()[-1:] in _CUT
            and following.kind is K.TEXT
            and ends_sentence(following.text)
        ) or _list_goes_on(previous, following):
            remove.update(blanks)
    if not remove:
        return list(after)
    return [info for info in after if id(info) not in remove]


#: a list item's leading number (``1``, ``(2)``, ``3.``; ``①`` after NFKC)
_NUMBER = regex.compile(r"^\s*[(（]?\s*(\d{1,2})(?!\d)")


def _list_goes_on(previous: LineInfo, following: LineInfo) -> bool:
    """Whether ``following`` (the next page's first line) is the next item of the list
    ``previous`` ends the page with: the number after its number (``①`` … ``②``), or both
    bullets of one mark (decision 3182). The list then goes on over the page break."""
    if previous.kind not in _ITEM_KINDS or following.kind not in _ITEM_KINDS:
        return False
    above, below = _NUMBER.match(previous.text), _NUMBER.match(following.text)
    if above is None and below is None:  # (a numbered item goes on by its number only)
        if previous.kind is not K.BULLET or following.kind is not K.BULLET:
            return False
        first, second = previous.text.lstrip()[:1], following.text.lstrip()[:1]
        return bool(first) and first == second and not first.isalnum()
    return (
        above is not None and below is not None
        and int(below.group(1)) == int(above.group(1)) + 1
    )


#: the kinds of a list item (a numbered item may read as plain text)
_ITEM_KINDS = (K.BULLET, K.TEXT)


__all__ = ["join_across_pages"]
