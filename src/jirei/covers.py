"""A cover read as a case is none (decision 1709).

A report's cover may look like a case's opening to the case rules: a title line
(``好　事　例　集``) right over a line the section table reads as a results heading
(``（平成２５年度実績）``), then the date, the publisher, the contents list and the
introduction. When the first of two cases or more has no header, names no municipality
above its body, and its body holds no case material — no comment, no list item, no figure
with its unit (``342人``, ``62.3%``) — it is the document's front matter, not a case.
A note under a contents table (``※高知市の事例は…``, a ``rules.footnote_markers`` line) is
the editor's, no list item of a case (decision 3237).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: a figure with its unit: case material
_FIGURE = regex.compile(r"[0-9][0-9,.]*\s*(?:人|件|名|社|回|%|か所|ヶ所|箇所)")
#: line kinds that are case material wherever they stand
_MATERIAL = (K.COMMENT, K.BULLET)


def drop_cover(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases`` without a first case that is a cover (see the module docs)."""
    if len(cases) < 2:
        return list(cases)
    first = cases[0]
    if first.header or first.alt_header:  # type: ignore[attr-defined]
        return list(cases)
    from jirei.commentends import is_footnote
    from jirei.fallback import find_place

    start, body, stop = first.first, first.body, first.stop  # type: ignore[attr-defined]
    if any(find_place(infos[i].text) is not None for i in range(start, body)):
        return list(cases)
    for index in range(body, stop):
        info = infos[index]
        if _FIGURE.search(info.text) is not None:
            return list(cases)
        if info.kind in _MATERIAL and not is_footnote(info.text.strip(), rules):
            return list(cases)
    return list(cases[1:])


__all__ = ["drop_cover"]
