"""Case boundaries from a *repeated opening field*: a document of cards or sheets, one case
each, whose boxes open with the same field line (``自治体名<TAB>山形県鶴岡市``,
``所在地　　長野県松本市``, ``自治体：佐賀県佐賀市``, ``施設名称　　name``) and whose case
openers are of no shape the rules know (a form feed, a repeated sheet title, ``その一``,
``■一つ目の事例``, a facility's ``name（kind）`` line).

When the rules found no case or one case, or the fallback guessed every case (its origin
``fallback``: not a rule case whose header it extended), and a field label of the
header tables (``field_labels``) stands two or more times, each time before any figure of
its block, each block naming another municipality and holding case material (a figure with
its unit), each such line opens a case (decisions 1600–1609). The case starts at the line
or at the header lines right above it (no blank line between: a sheet title, a label
alone, a facility's name, a page head after a form feed). A label whose line states a
figure (``就職者数　目標…``: every case's results) opens none; the label chosen is the one
standing first in the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: a figure with a unit: case material
_FIGURE = regex.compile(r"[0-9０-９][0-9,.]*\s*(?:人|件|名|%|％|パーセント|回)")
#: line kinds a field line of a box may have
_KINDS = (K.TEXT, K.TABLE, K.HEADER, K.HEADING, K.BULLET)
#: how many lines above an opening field its header may reach
_ABOVE = 3
#: the longest header line above an opening field (characters)
_HEAD_LINE = 40
#: how many lines of a block are searched for its municipality
_PLACE_REACH = 12


def field_labels(
    infos: Sequence[LineInfo], start: int, stop: int, rules: Rules
) -> list[tuple[int, str]]:
    """(line, label) of the field lines of ``[start, stop)`` stating no figure."""
    from jirei.fields import read_field
    from jirei.header import header_patterns
    from jirei.lines import Line

    kind = header_patterns(rules).kind

    out = []
    for index in range(start, stop):
        info = infos[index]
        if info.kind not in _KINDS:
            continue
        line = info.line
        if line.text.startswith("\f"):
            text = line.text.lstrip("\f")
            line = Line(text, line.start + len(line.text) - len(text))
        if _FIGURE.search(info.text) is not None:
            continue
        found = read_field(line, rules)
        if found is not None:
            out.append((index, found.label))
        elif _named_kind(info.text, kind):
            out.append((index, _NAME_KIND))
    return out


#: the label of a facility's ``name（kind）`` line
_NAME_KIND = "name(kind)"


def _named_kind(text: str, kind: regex.Pattern[str]) -> bool:
    """Whether ``text`` is a facility's name and its bracketed kind alone
    (``ジョブガイドあさひかわ（常設窓口）``)."""
    stripped = text.strip()
    if not 0 < len(stripped) <= _HEAD_LINE or "。" in stripped or "、" in stripped:
        return False
    found = kind.search(stripped)
    return found is not None and found.start() > 0 and found.end() == len(stripped)


def _block_place(infos: Sequence[LineInfo], start: int, stop: int) -> str | None:
    """The first municipality named in a block's opening (before its first figure)."""
    from jirei.fallback import find_place
    from jirei.places import split_prefecture

    seen = 0
    for info in infos[start:stop]:
        if info.kind is K.BLANK:
            continue
        seen += 1
        text = info.text
        found = find_place(text)
        if found is not None:
            return split_prefecture(text[found[0] : found[1]])[1]
        if _FIGURE.search(text) is not None or seen >= _PLACE_REACH:
            return None
    return None


def _start(infos: Sequence[LineInfo], index: int, floor: int) -> int:
    """The first line of the case an opening field ``index`` opens: the line, or the
    header lines right above it (no blank line, no sentence, no figure between)."""
    first = index
    if infos[index].line.text.startswith("\f"):
        return first
    above = index - 1
    while above > floor and index - above <= _ABOVE:
        info = infos[above]
        text = info.text.strip()
        if (
            info.kind in (K.BLANK, K.SECTION, K.COMMENT)
            or not text
            or len(text) > _HEAD_LINE
            or "。" in text
            or _FIGURE.search(text) is not None
        ):
            break
        first = above
        if info.line.text.startswith("\f"):  # a page's first line
            break
        above -= 1
    return first


def _material(infos: Sequence[LineInfo], start: int, stop: int) -> bool:
    """Whether lines ``[start, stop)`` state a figure with its unit."""
    return any(
        info.kind is not K.BLANK and _FIGURE.search(info.text) is not None
        for info in infos[start:stop]
    )


def opening_fields(
    infos: Sequence[LineInfo], start: int, stop: int, rules: Rules = DEFAULT_RULES
) -> list[int]:
    """The lines of ``[start, stop)`` that open cases (see the module), else ``[]``."""
    fields = field_labels(infos, start, stop, rules)
    counts: dict[str, int] = {}
    for _, label in fields:
        counts[label] = counts.get(label, 0) + 1
    for _, label in fields:  # the label standing first in the document
        if counts[label] < 2:
            continue
        lines = [at for at, other in fields if other == label]
        starts = case_starts(infos, lines, start)
        bounds = [*starts[1:], stop]
        places = [_block_place(infos, at, end) for at, end in zip(starts, bounds, strict=True)]
        if (
            None not in places
            and all(a != b for a, b in pairwise(places))
            and all(_material(infos, at + 1, end) for at, end in zip(lines, bounds, strict=True))
        ):
            return lines
        return []  # (the first repeated label decides)
    return []


def _sectioned(infos: Sequence[LineInfo], start: int, stop: int) -> bool:
    """Whether lines ``[start, stop)`` hold a section heading."""
    return any(info.kind is K.SECTION for info in infos[start:stop])


def case_starts(infos: Sequence[LineInfo], lines: Sequence[int], start: int) -> list[int]:
    """The first line of each case the opening fields ``lines`` open."""
    starts = []
    floor = start - 1
    for index in lines:
        starts.append(_start(infos, index, floor))
        floor = index
    return starts


def box_cases(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases`` cut at their repeated opening fields (see the module) when the rules found
    at most one case, or the fallback guessed them all; ``cases`` itself otherwise."""
    from jirei.segment import Case

    if len(cases) > 1 and not all(getattr(c, "origin", "") == "fallback" for c in cases):
        return list(cases)
    if len(cases) == 1:
        case = cases[0]
        if not isinstance(case, Case):
            return list(cases)
        start, stop = case.first, case.stop
    else:
        start, stop = 0, len(infos)
    if not any(info.kind in _KINDS for info in infos[start:stop]):
        return list(cases)
    lines = opening_fields(infos, start, stop, rules)
    if len(lines) < 2:
        return list(cases)
    if len(cases) == 1 and _sectioned(infos, start, lines[0]):
        bounds = [*lines[1:], stop]
        later = zip(lines[1:], bounds[1:], strict=True)
        if not all(_sectioned(infos, at, end) for at, end in later):
            return list(cases)  # boxes after a case's sections, with none of their own: its own
    starts = case_starts(infos, lines, start)
    if len(cases) == 1 and starts[0] > start:  # the case's own opening above its box
        first = cases[0]
        if isinstance(first, Case) and first.body <= starts[0] and not _material(
            infos, start, starts[0]
        ):
            starts[0] = start
    headlines: list[int | None] = [None] * len(starts)
    floor = start - 1
    for number, first in enumerate(starts):
        label = _label_above(infos, first, floor, rules)
        if label is not None:  # ``◆その１　大垣市`` / catch phrase / lead over the box (2357)
            starts[number], headlines[number] = label, _headline_under(infos, label, first)
        floor = lines[number]
    out: list[object] = []
    for number, first in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else stop
        out.append(
            Case(first, end, (), headlines[number], (), lines[number] + 1, origin="structure")
        )
    return out


#: how many lines above a box's opening a case label may stand
_LABEL_ABOVE = 8


def _label_above(
    infos: Sequence[LineInfo], first: int, floor: int, rules: Rules
) -> int | None:
    """The line of a case label (``◆その１　大垣市``, ``事例２``) a few lines above a box's
    first line, with no figure and no section or comment between, else None."""
    from jirei.caselabel import label_length

    above = first - 1
    while above > floor and first - above <= _LABEL_ABOVE:
        info = infos[above]
        if info.kind in (K.SECTION, K.COMMENT) or _FIGURE.search(info.text) is not None:
            return None
        text = info.text.strip()
        if text and len(text) <= _HEAD_LINE and label_length(text, rules):
            return above
        if text and len(text) <= _HEAD_LINE and _partner_line(info, rules):
            return above  # ``■京都府宇治市 × ハローワーク宇治`` over the catch phrase (2503)
        above -= 1
    return None


def _partner_line(info: LineInfo, rules: Rules) -> bool:
    """Whether a line names the case's place and its partners alone (``■県市 × HW…``,
    ``宮城県大崎市``): a place anchor of the fallback segmentation."""
    from jirei.fallback import anchor_kind

    return info.kind in (K.TEXT, K.HEADING, K.HEADER, K.BULLET) and anchor_kind(
        info, rules
    ) == "place"


def _headline_under(infos: Sequence[LineInfo], label: int, first: int) -> int | None:
    """The catch phrase under a case label: the first line after it, if short and no
    sentence."""
    for index in range(label + 1, first):
        text = infos[index].text.strip()
        if not text:
            continue
        if len(text) <= _HEAD_LINE and not text.endswith("。"):
            return index
        return None
    return None


__all__ = ["box_cases", "case_starts", "field_labels", "opening_fields"]
