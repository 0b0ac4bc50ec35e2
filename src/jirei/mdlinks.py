"""Markdown links read as their text (decision 2220): an inline link
``[ハローワーク函館](https://…)`` or a reference link ``[市の生活支援課][1]`` /
``[市の生活支援課][]`` keeps its text only, the brackets and the target deleted
(:func:`jirei.mdgaps.close_gaps`); a reference definition ``[1]: https://…`` alone on its
line is blanked. A reference link counts only when its label is defined
(``[愛知県豊橋市][愛知労働局・ハローワーク豊橋]``, a header in ASCII brackets, is none). An
image (``![…](…)``) is left to the image readers. The length never changes.
"""

from __future__ import annotations

import regex

from jirei.mdgaps import close_gaps

#: an inline or reference link (not an image, not a footnote reference ``[^1]``)
_LINK = regex.compile(
    r"(?<![!\\])\[(?P<text>[^\[\]\n^][^\[\]\n]{0,200})\]"
    r"(?:\((?P<target>[^()\s]{1,300}(?:\s+\"[^\"\n]*\")?)\)|\[(?P<ref>[^\[\]\n]{0,40})\])"
)
#: a reference definition alone on its line
_DEFINITION = regex.compile(
    r"^[ ]{0,3}\[(?!\^)(?P<label>[^\[\]\n]{1,40})\]:[ \t]+\S+(?:[ \t]+\"[^\"\n]*\")?[ \t]*$",
    regex.MULTILINE,
)


def untangle_links(text: str) -> str:
    """``text`` with each Markdown link read as its text (same length)."""
    if "](" not in text and "][" not in text and "]:" not in text:  # whole-text precheck
        return text
    labels: set[str] = set()
    if "]:" in text:
        labels = {m["label"].casefold() for m in _DEFINITION.finditer(text)}
        text = _DEFINITION.sub(lambda m: " " * len(m.group()), text)
    gaps: list[tuple[int, int]] = []
    for match in _LINK.finditer(text):
        if match["target"] is None:
            label = (match["ref"] or match["text"]).casefold()
            if label not in labels:
                continue  # no definition: brackets, no link
        gaps.append((match.start(), match.start() + 1))
        gaps.append((match.end("text"), match.end()))
    return close_gaps(text, gaps) if gaps else text


__all__ = ["untangle_links"]
