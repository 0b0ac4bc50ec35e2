"""Part numbers inside cases that look like case labels (decision 1501).

A report may number the parts of each case with a form that is also a case label
(``第1　取組の背景`` … ``第3　実績`` under ``【事例１】山形県山形市``). Such a numbering starts
again in every case: the same number comes back. When the label lines of a document fall
into two or more forms (the label with its numbers taken out) and one form's numbers
repeat while another form with two lines or more never repeats a number, the repeating
form numbers parts, not cases: its lines open no case.
"""

from __future__ import annotations

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
    repeating = {
        form
        for form, found in forms.items()
        if len({numbers for _, numbers in found}) < len(found)
    }
    if not repeating or not any(
        len(found) >= 2 and form not in repeating for form, found in forms.items()
    ):
        return set()
    return {index for form in repeating for index, _ in forms[form]}


__all__ = ["part_labels"]
