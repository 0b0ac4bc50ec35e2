"""Bold and italics inside a sentence read without their marks (decision 2215): a pair of
``**`` / ``__`` / ``*`` marks round a phrase that has text before it on its line
(``受付を用い、**一度の来所で**生活相談と…``, ``実施率は*前年比*で…``) is deleted with the text
after it closed up (:func:`jirei.mdgaps.close_gaps`), so the sentence reads whole. Marks
opening a line are left to :mod:`jirei.mdbold` (bold lines, bold speakers, a bold piece
opening a line) and the item readers (``* `` list items). The length never changes.
"""

from __future__ import annotations

import regex

from jirei.mdgaps import close_gaps

#: a phrase in bold or italics (its place on the line is checked after)
_INLINE = regex.compile(
    r"(?P<mark>\*\*\*|\*\*|__|\*)"
    r"(?P<inner>[^\s*_\n](?:[^*_\n]{0,60}[^\s*_\n])?)(?P=mark)(?![*_])"
)
#: what may stand before marks that open a line's text: list, heading and quote marks
_LEAD_MARKS = regex.compile(r"[\s#>|*+\ufdd1-]*(?:\d{1,2}[.)][ \t\ufdd1]*)?")


def _inside_sentence(text: str, match: regex.Match[str]) -> bool:
    """Whether the marks have text before them on their line (not only list, heading or
    quote marks) and no mark character right before them."""
    start = match.start()
    if start and text[start - 1] in "*_":
        return False
    lead = text[text.rfind("\n", 0, start) + 1 : start]
    return _LEAD_MARKS.fullmatch(lead) is None


def untangle_inline_emphasis(text: str) -> str:
    """``text`` with emphasis marks inside its sentences deleted (same length)."""
    if "*" not in text and "__" not in text:  # whole-text precheck
        return text
    gaps: list[tuple[int, int]] = []
    position = 0
    while (match := _INLINE.search(text, position)) is not None:
        if not _inside_sentence(text, match):
            position = match.start() + len(match["mark"])  # (a bold line's inner bold)
            continue
        position = match.end()
        start, end = match.span("inner")
        digits = text[start:end].isdigit() or text[end + 1 : end + 2].isdigit()
        if match["mark"] == "*" and digits:
            continue  # note marks ``*1`` … ``*2``, not italics
        gaps.append((match.start(), start))
        gaps.append((end, match.end()))
    return close_gaps(text, gaps) if gaps else text


__all__ = ["untangle_inline_emphasis"]
