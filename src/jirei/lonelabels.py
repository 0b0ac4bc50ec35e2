"""Case labels a document defines itself without a place: a word and a number alone on their
line (``訪問記１``, ``レポート２``, ``ルポ　三``), coming back with another number each time
and case material between (decisions 1390–1394).

``jirei.templatelabels`` finds labels that name a place (``訪問記１　倉敷市``); a newsletter
may name the place only in its contents list or a data box, its feature opening with the
bare ``訪問記１``. Such a line is a case label of the document when the same word comes back
alone with a different number at least twice, each followed by case material (at least
``_MIN_LINES`` non-blank lines and a figure with its unit before the next one or the end).
A word that is a field label (``rules.field_labels``) and a listed case label (``事例１``)
are none; a line holding anything else
(``訪問記１　倉敷市 …… 2``, a contents entry) is no lone label.
"""

from __future__ import annotations

from collections import defaultdict

import regex

from jirei.rules import DEFAULT_RULES, Rules

#: a word and a number filling a (stripped) line
_LONE = regex.compile(
    r"^[\s#■□◆◇●○▼▽★☆]*(?P<lead>[\p{Han}\p{Katakana}\p{Hiragana}ー]{2,8})\s*"
    r"(?P<number>[0-9]{1,2}|[一二三四五六七八九十]{1,3})$"
)
#: the characters a lone label ends with
_NUMERALS = frozenset("0123456789一二三四五六七八九十")
#: the longest lone-label line (characters)
_MAX_LINE = 16
#: the fewest non-blank lines a lone label's case holds
_MIN_LINES = 5
#: a figure with its unit: case material
_FIGURE = regex.compile(r"[0-9][0-9,.]*\s*(?:人|件|名|%|回)")


def lone_leads(text: str, rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The case-label patterns of the lone labels ``text`` repeats (see the module), in the
    order their first line stands; empty when there are none."""
    raw = text.split("\n")
    if (
        sum(
            1
            for line in raw
            if len(line) <= _MAX_LINE + 8
            and line.rstrip()[-1:] in _NUMERALS
            and _LONE.match(line.strip())
        )
        < 2
    ):
        return ()  # (a cheap pass first: most reports hold no lone label)
    from jirei.caselabel import label_length

    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    lines = [line.strip() for line in raw]
    lines = [line for line in lines if line]
    for position, stripped in enumerate(lines):
        if len(stripped) > _MAX_LINE:
            continue
        match = _LONE.match(stripped)
        if (
            match is None
            or match.group("lead") in rules.field_labels
            or label_length(stripped, rules)  # a listed label (``事例１``) already
        ):
            continue
        found[match.group("lead")].append((position, match.group("number")))
    patterns: list[tuple[int, str]] = []
    for lead, where in found.items():
        if len(where) < 2 or len({number for _, number in where}) < len(where):
            continue
        ends = [position for position, _ in where[1:]] + [len(lines)]
        if all(
            stop - start > _MIN_LINES
            and any(_FIGURE.search(line) for line in lines[start + 1 : stop])
            for (start, _), stop in zip(where, ends, strict=True)
        ):
            pattern = (
                r"\s*".join(regex.escape(char) for char in lead)
                + r"\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?=\s*$)"
            )
            patterns.append((where[0][0], pattern))
    return tuple(pattern for _, pattern in sorted(patterns))


__all__ = ["lone_leads"]
