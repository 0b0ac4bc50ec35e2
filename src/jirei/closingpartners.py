"""Cases whose header stands at their END (decision 1604): a partner line (``（島根県松江市・
島根労働局・ハローワーク松江）``, ``jirei.partnerlines``) closing each case like a signature,
after the case's material and before a blank line, with no material after the last one.

When the rules found no case and every partner line of the document stands so, naming
another municipality each (two or more), each closes a case: the case runs from the first
line after the partner line before it (for the first case, after the document's cover: a
first paragraph with no figure and no sentence) to the partner line, which is its header."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: a figure with a unit: case material
_FIGURE = regex.compile(r"[0-9０-９][0-9,.]*\s*(?:人|件|名|%|％|パーセント|回)")


def _material(infos: Sequence[LineInfo], start: int, stop: int) -> bool:
    return any(
        info.kind is not K.BLANK and _FIGURE.search(info.text) is not None
        for info in infos[start:stop]
    )


def _filled(infos: Sequence[LineInfo], start: int, stop: int) -> int | None:
    """The first non-blank line of ``[start, stop)``."""
    return next((i for i in range(start, stop) if infos[i].kind is not K.BLANK), None)


def closing_cases(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> list[object]:
    """The cases the partner lines close (see the module), else ``[]``."""
    from jirei.partnerlines import partner_candidates
    from jirei.segment import Case

    found = partner_candidates(infos, rules)
    if len(found) < 2 or len({place for _, place in found}) != len(found):
        return []
    lines = [index for index, _ in found]
    if _material(infos, lines[-1] + 1, len(infos)):
        return []  # material after the last one: partner lines that open cases
    starts: list[int] = []
    floor = 0
    for index in lines:
        if index + 1 < len(infos) and infos[index + 1].kind is not K.BLANK:
            return []  # no signature: the paragraph goes on
        if not _material(infos, floor, index):
            return []
        first = _filled(infos, floor, index)
        if first is None:
            return []
        starts.append(first)
        floor = index + 1
    cover = next((i for i in range(starts[0], lines[0]) if infos[i].kind is K.BLANK), None)
    if cover is not None and not any(
        _FIGURE.search(info.text) or "。" in info.text for info in infos[starts[0] : cover]
    ):
        after = _filled(infos, cover, lines[0])
        if after is not None:
            starts[0] = after
    out: list[object] = []
    for first, index in zip(starts, lines, strict=True):
        headline = first if first < index else None
        body = first + 1 if headline is not None else index
        out.append(Case(first, index + 1, (index,), headline, (), body, origin="structure"))
    return out


__all__ = ["closing_cases"]
