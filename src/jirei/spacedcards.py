"""A two-column card whose tabs became spaces, read as the tab card it was (decision 2897).

A label/value template (decision 701: ``label<TAB>value`` rows, wrapped cells on rows
opening with a tab, the results table nested in the value column) pasted through a tool
that turned its tabs into runs of spaces (or an ideographic space)::

    都道府県・市区町村　　宮城県仙台市
    取組内容　　　　　　1. 市の窓口で毎週の定期面談を設定
    　　　　　　　　　　2. 企業見学会を開催
    事業目標と実績　　　指標　　令和5年度目標　　令和5年度実績
    （令和5年度）　　　 支援対象者数　　300人以上　　312人
    　　　　　　　　　　就職者数　　195人以上　　214人

A run of such lines is a card when it writes what only a card's cells hold — a cell
wrapped onto an indented row, or a table nested in the value column — and three rows or
more — a header field among them, and the case's items or a comment (a block of
``label　　value`` lines alone, letter-spaced labels and all, is read by the field readers,
decision 202) — open with a label the card reader knows (``cards.row_role`` of
the row read with a tab: a field label, a section alias, a target / actual word, a
comment label). The run opens
at such a row and goes on over rows of two cells or more (a label read otherwise, a
nested table's row whose label cell is a wrapped tail) and indented continuation rows, up
to a blank line, a line of one cell or a line holding a tab or a pipe. In the run, each
gap between a row's cells — two spaces or more, or one ideographic space after a known
label — becomes a tab (the rest of the gap spaces), and so does the indent opening a
continuation row. The length of the
text never changes, so every offset still points at its original character. Runs of
lines already holding tabs or pipes are left to the readers of those.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules

#: a gap between two cells: two or more spaces (ASCII or ideographic), or a tab-less run
_GAP = regex.compile(r"[ \u3000]{2,}")
#: one ideographic space (a gap only right after a known label)
_ONE_WIDE = regex.compile(r"\u3000")
#: the indent opening a continuation row
_INDENT = regex.compile(r"^[ \u3000]+")
#: the fewest labelled rows of a card
_MIN_ROWS = 3
#: the longest label cell
_MAX_LABEL = 24
#: the roles of rows that make a field card a whole case (its items, its comments)
_CASE_ROLES = frozenset({"initiatives", "other_results", "comment"})


def _cells_gaps(line: str) -> list[tuple[int, int]]:
    """The gaps (two spaces or more) inside a line's text, after its indent."""
    indent = _INDENT.match(line)
    start = indent.end() if indent else 0
    return [(m.start(), m.end()) for m in _GAP.finditer(line, start) if m.end() < len(line)]


def _label_gap(line: str, rules: Rules) -> tuple[int, int, str] | None:
    """The gap after a row's known label, and the row's role, else None."""
    if not line or line[0] in " \u3000":
        return None
    head = line[: _MAX_LABEL + 2]  # (cheap: a known label is short, a gap right after it)
    if "  " not in head and "\u3000" not in head:
        return None
    from jirei.cards import row_role  # (imported past the cheap tests: called per line)
    from jirei.lines import Line

    gaps = _cells_gaps(line)
    candidates = gaps[:1]
    wide = _ONE_WIDE.search(line)
    if wide is not None and (not gaps or wide.start() < gaps[0][0]):
        candidates = [(wide.start(), wide.end()), *candidates]
    for low, high in candidates:
        if low > _MAX_LABEL or high >= len(line):
            continue
        role = row_role(Line(line[:low] + "\t" + line[high:].replace("\t", " "), 0), rules)
        if role is not None and role != "furniture":
            return low, high, role
    return None


def untangle_spaced_cards(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each card whose tabs became spaces written with tabs (same length)."""
    if "  " not in text and "\u3000" not in text:  # whole-text precheck
        return text
    lines = text.split("\n")
    out = list(lines)
    index = 0
    while index < len(lines):
        found = _label_gap(lines[index], rules) if "\t" not in lines[index] else None
        if found is None:
            index += 1
            continue
        end, rows, roles = _run(lines, index, rules)
        if rows >= _MIN_ROWS and "field" in roles and roles & _CASE_ROLES and "cells" in roles:
            for number in range(index, end):
                out[number] = _tabbed(lines[number], rules)
        index = max(end, index + 1)
    return "\n".join(out)


def _run(lines: list[str], index: int, rules: Rules) -> tuple[int, int, set[str]]:
    """Where the card opening at line ``index`` ends, how many labelled rows it holds, and
    their roles (with ``cells`` when a cell spans lines or a table is nested in it)."""
    rows, roles, wide = 0, set(), False
    at = index
    while at < len(lines):
        line = lines[at]
        if not line.strip() or "\t" in line or "|" in line:
            break
        found = _label_gap(line, rules)
        cells = len(_cells_gaps(line)) + 1
        if found is not None:
            rows += 1
            roles.add(found[2])
            wide = cells >= 3
        elif line[0] in " \u3000":
            wide = wide and cells >= 2
            roles.add("cells")  # a continuation row: a cell wrapped onto the next line
        elif cells >= 2:  # a row of a label the card reader reads otherwise (事例の見出し),
            wide = cells >= 3  # or a nested table's row, its label cell a wrapped tail
        else:
            break
        if wide:
            roles.add("cells")  # a table nested in the value column
        at += 1
    return at, rows, roles


def _tabbed(line: str, rules: Rules) -> str:
    """A card line with its cell gaps (and its indent) opened by a tab."""
    chars = list(line)
    indent = _INDENT.match(line)
    if indent is not None:
        chars[0] = "\t"
    found = _label_gap(line, rules)
    gaps = _cells_gaps(line)
    if found is not None:
        chars[found[0]] = "\t"
        gaps = [g for g in gaps if g[0] >= found[1]]
    for low, _ in gaps:
        chars[low] = "\t"
    return "".join(chars)


__all__ = ["untangle_spaced_cards"]
