"""An evaluation sheet's indicator categories, blanked (decision 2333, branch bigdocs10).

A 事務事業評価シート lists its indicators under a category column::

    区分　　　指標名　　　　　単位　　目標値　　実績値　　達成率
    活動指標　支援対象者数　　人　　　　600　　　　645　　107.5%
    成果指標　就職者数　　　　人　　　　380　　　　402　　105.8%

The category (``活動指標``, ``成果指標``: ``figures.toml indicator_categories``) says what kind of
indicator a row is, not whom its figures count: no group, no label. Normalisation removes the
one space between it and the name (``活動指標支援対象者数``), and the results readers then read
the category as the row's label or a group spanning every row. Under a header that opens with
a group head (``区分``) right before a label head (``指標名``), the head and each row's
opening category word are blanked here, before NFKC, so the name column comes first. The
length of the text never changes, so every offset still points at the same original character.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules

_SPACE = "[ \t\u3000]"


_Patterns = tuple[tuple[str, ...], regex.Pattern[str], regex.Pattern[str]]


@per_rules
def _patterns(rules: Rules = DEFAULT_RULES) -> _Patterns | None:
    table = rules.figures_table
    categories = tuple(table.get("indicator_categories", ()))
    heads = tuple(table.get("category_heads", ()))
    labels = tuple(table.get("label_heads", ()))
    if not categories or not heads or not labels:
        return None

    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

    header = regex.compile(
        rf"^{_SPACE}*(?P<word>{alternation(heads)}){_SPACE}+(?:{alternation(labels)}){_SPACE}"
    )
    row = regex.compile(rf"^{_SPACE}*(?P<word>{alternation(categories)}){_SPACE}+\S")
    return categories, header, row


def blank_indicator_categories(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the category column of indicator tables blanked (see the module)."""
    patterns = _patterns(rules)
    if patterns is None:
        return text
    categories, header, row = patterns
    if not any(word in text for word in categories):
        return text
    lines = text.split("\n")
    changed = False
    index = 0
    while index < len(lines):
        match = header.match(lines[index])
        if match is None:
            index += 1
            continue
        lines[index] = _blanked(lines[index], match)
        index += 1
        while index < len(lines) and lines[index].strip(" \t\u3000"):
            found = row.match(lines[index])
            if found is not None:
                lines[index] = _blanked(lines[index], found)
                changed = True
            index += 1
    return "\n".join(lines) if changed else text


def _blanked(line: str, match: regex.Match[str]) -> str:
    start, end = match.span("word")
    return line[:start] + "\u3000" * (end - start) + line[end:]


__all__ = ["blank_indicator_categories"]
