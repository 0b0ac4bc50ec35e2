"""Part numbers inside cases that look like case labels (decision 1501).

A report may number the parts of each case with a form that is also a case label
(``第1　取組の背景`` … ``第3　実績`` under ``【事例１】山形県山形市``). Such a numbering starts
again in every case: the same number comes back. When the label lines of a document fall
into two or more forms (the label with its numbers taken out) and one form's numbers
repeat while another form with two lines or more never repeats a number, the repeating
form numbers parts, not cases: its lines open no case — when one of its numbers stands
under two different case labels of the steady form (a contents list repeating the
chapters before the first case is no part numbering).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from jirei.caselabel import label_length
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import LineInfo

#: a number of a label: digits, kanji numerals, circled numbers, one Latin letter alone
_NUMBER = regex.compile(
    r"[0-9０-９]+|[一二三四五六七八九十]+|[①-⑳]|(?<![A-Za-z])[A-Za-z](?![A-Za-z])"
)
_SPACE = regex.compile(r"\s+")


def _form(label: str) -> tuple[str, tuple[str, ...]]:
    """A label's form (its numbers replaced, spaces removed) and its numbers."""
    label = _SPACE.sub("", label)
    numbers = tuple(_NUMBER.findall(label))
    return _NUMBER.sub("#", label), numbers


def part_labels(
    infos: Sequence[LineInfo], labels: Sequence[int], rules: Rules = DEFAULT_RULES
) -> set[int]:
    """The indexes of ``labels`` (label lines of ``infos``) whose form numbers the parts of
    each case: its numbers repeat, while another form of two lines or more does not."""
    if len(labels) < 4:  # (two cases of two parts at the least)
        return set()
    forms: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for index in labels:
        text = infos[index].line.text.strip()
        form, numbers = _form(text[: label_length(text, rules)])
        forms.setdefault(form, []).append((index, numbers))
    if len(forms) < 2:
        return set()
    steady = [found for form, found in forms.items() if len(found) >= 2 and not _repeats(found)]
    if not steady:
        return set()
    cases = [index for index, _ in max(steady, key=len)]  # the case labels' form
    parts: set[int] = set()
    for found in forms.values():
        if _repeats(found) and _restarts(found, cases):
            parts.update(index for index, _ in found)
    return parts


def _repeats(found: Sequence[tuple[int, tuple[str, ...]]]) -> bool:
    """Whether a form's lines repeat a number."""
    return len({numbers for _, numbers in found}) < len(found)


def _restarts(found: Sequence[tuple[int, tuple[str, ...]]], cases: Sequence[int]) -> bool:
    """Whether one number of a form stands in two different cases (after two different
    case labels): numbering that starts again in each case. A contents list repeating the
    chapters before the first case is no such numbering."""
    seen: dict[tuple[str, ...], int] = {}
    for index, numbers in found:
        slot = bisect.bisect_right(cases, index)  # how many case labels stand above it
        if slot == 0:
            continue
        if numbers in seen and seen[numbers] != slot:
            return True
        seen.setdefault(numbers, slot)
    return False


#: a continuation mark closing a repeated label line (``（続き）``, ``つづき``, ``(2/2)``)
_MORE = regex.compile(r"[(（]?\s*(?:続き|つづき|続|承前|\d{1,2}\s*/\s*\d{1,2})\s*[)）]?$")


def repeated_labels(infos: Sequence[LineInfo], labels: Sequence[int]) -> set[int]:
    """The indexes of ``labels`` whose line says again what the label line before it said
    (spaces and a continuation mark aside): a running head naming the case's place on each
    of its pages (``一体的実施好事例集　金沢市``), a page head repeating the case's label
    (``事例１　熊本市（続き）``). Such a line continues the case (decision 1508)."""
    out: set[int] = set()
    before: str | None = None
    for index in labels:
        key = _MORE.sub("", _SPACE.sub("", infos[index].line.text))
        if key and key == before:
            out.add(index)
        before = key
    return out


def same_place_labels(infos: Sequence[LineInfo], labels: Sequence[int]) -> set[int]:
    """The indexes of ``labels`` naming the same municipality as the label line before
    them under another lead (``図１　金沢市の就職者数の推移``, ``地図　金沢市`` inside the case
    ``現場ルポ　石川県金沢市`` opens): a caption of that case, no new case (decision 1509). Two
    cases in one city keep their own labels: the same lead with another number."""
    from jirei.templatelabels import place_in

    out: set[int] = set()
    before: tuple[str, str, tuple[str, ...]] | None = None  # place, lead form, numbers
    for index in labels:
        text = _SPACE.sub("", infos[index].line.text)
        found = place_in(text)
        if found is None:
            before = None
            continue
        form, numbers = _form(text[: found[0]])
        if before is not None and found[1] == before[0] and (
            form != before[1] or numbers == before[2]
        ):
            out.add(index)
            continue
        before = (found[1], form, numbers)
    return out


__all__ = ["part_labels", "repeated_labels", "same_place_labels"]
