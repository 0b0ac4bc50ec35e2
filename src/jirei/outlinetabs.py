"""A Word outline pasted as text: its indent tabs and list tabs are layout (decision 3251).

Word writes a multilevel list as tabs: each level's indent (``<TAB><TAB>``), then the outline
number (``Ⅰ``, ``1``, ``(1)``, ``ア`` …: ``header.toml outline_enumerators``), then the list's
tab, then the text (``<TAB>5<TAB>関係者コメント``, ``<TAB><TAB>(1)<TAB>広島労働局``). Read as
written, every such line is a table row of two cells, so the outline's headings, its speaker
lines and its items are lost. In a document that is such an outline, the leading tabs of a
line and the tab right after its outline number become spaces (the text keeps its length):
the lines read as an indented outline, and a tab table inside it (``<TAB><TAB>区分<TAB>目標``)
is still a table, its cells still apart.

A line is an outline line when it is tabs (or none), one outline number, one tab and a text
holding no further tab; a document is an outline when at least ``_LEAST`` outline lines are
indented at two depths or more. A table row whose first cell is a number and has three
cells or more (``1<TAB>支援対象者数<TAB>250人``, a table of contents' ``Ⅰ<TAB>name<TAB>1``) is no
outline line.
"""

from __future__ import annotations

from functools import cache

import regex

from jirei.rules import DEFAULT_RULES, Rules

#: the fewest outline lines that make a document a Word outline
_LEAST = 4
#: the fewest indent depths (none, one tab, two …) its outline lines use
_DEPTHS = 2


@cache
def _outline_line(enumerators: tuple[str, ...]) -> regex.Pattern[str]:
    """An outline line: indent, number, the list's tab, a text with no tab."""
    numbers = "|".join(f"(?:{e})" for e in enumerators)
    return regex.compile(rf"(?m)^(\t*)(?:{numbers})(\t)(?=[^\t\n]*[^\s\t][^\t\n]*$)")


def untangle_outline_tabs(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with a Word outline's indent tabs and list tabs as spaces."""
    if "\t" not in text or not rules.outline_enumerators:  # (cheap: no tab at all)
        return text
    found = list(_outline_line(rules.outline_enumerators).finditer(text))
    if len(found) < _LEAST or len({len(m.group(1)) for m in found}) < _DEPTHS:
        return text
    chars = list(text)
    for m in found:
        if m.group(1):
            chars[m.start(2)] = " "
    for m in regex.finditer(r"(?m)^\t+", text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


__all__ = ["untangle_outline_tabs"]
