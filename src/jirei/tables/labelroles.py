"""Rows whose label names the role of their one figure (decision 2178)::

    項目                  値
    支援対象者数（目標）  200人
    支援対象者数（実績）  214人
    就職者数（目標）      120人

A spreadsheet's long form (one ``項目,値`` record per fact) or a two-column Word table gives
each figure a row of its own, its role bracketed after the metric's name (``（目標）``,
``（実績）``, ``（達成率）``; ``rules.columns``). The rows of one name are one metric, its figures
by role; a row whose label names no role is the actual of its metric.

The role may stand in the figure cell instead, its word before each figure (a case's column
of a table of every case, decision 2861)::

    支援対象者数    目標250人以上／実績262人
    就職者数        実績118人
    就職率          65.3％

Each worded piece (``rolecells``: parted at ``／``, a bracket, an arrow) is that role's figure;
a row of one bare figure is its metric's actual.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import column_role
from jirei.tables.grid import Row

#: a label ending in a bracketed word (NFKC brackets), in any bracket family the
#: normalisation leaves (``支援対象者数【目標】``, ``〔実績〕``, ``＜達成率＞``; decision 3110)
_ROLE = regex.compile(
    r"^(?P<name>.+?)\s*(?:\((?P<role>[^()]{1,8})\)|【(?P<role>[^【】]{1,8})】"
    r"|<(?P<role>[^<>]{1,8})>|\[(?P<role>[^\[\]]{1,8})\])\s*$"
)
#: a label naming its role after ``の`` (``就職者数の達成率``)
_OF_ROLE = regex.compile(r"^(?P<name>\S.*?)\s*の\s*(?P<role>[^\s()の]{2,8})\s*$")
_FIGURE_ROLES = ("target", "actual", "achievement_rate")
#: a figure or a dash standing for none
_FIGURE = regex.compile(r"\d|^\s*[-―－ー—]\s*$")


def split_role_label(cell: Cell, rules: Rules = DEFAULT_RULES) -> tuple[Cell, str | None]:
    """The label cell without its role bracket, and the role it names (None: none); a role
    written after ``の`` (``就職者数の達成率``, ``支援対象者数の目標``) or before the bracketed
    metric (``達成率（就職者数）``) names it too (decision 2784)."""
    match = _ROLE.match(cell.text) or _OF_ROLE.match(cell.text)
    if match is None:
        return cell, None
    if column_role(match["name"], rules) in _FIGURE_ROLES and column_role(
        match["role"], rules
    ) is None:  # ``達成率（就職者数）``: the role named first, the metric in the bracket
        name, role = match["role"], column_role(match["name"], rules)
        at = cell.text.find(name)
        return Cell(name, cell.start + at, cell.start + at + len(name)), role
    role = column_role(match["role"], rules)
    if role not in _FIGURE_ROLES:
        return cell, None
    name = match["name"]
    return Cell(name, cell.start, cell.start + len(name)), role


#: what parts the roles a label lists in its bracket (``（目標／実績）``, ``（目標・実績）``)
_LIST_BREAK = regex.compile(r"\s*[/／・、→]\s*")
#: a label ending in a bracket listing roles (``支援対象者数（目標／実績）``,
#: ``就職者数［目標・実績］``; NFKC brackets)
_ROLE_LIST = regex.compile(
    r"^(?P<name>.+?)\s*[(\[【〔<](?P<roles>[^()\[\]【】〔〕<>]{3,20})[)\]】〕>]\s*$"
)


def _bare_list(text: str, rules: Rules) -> tuple[str, str] | None:
    """A label's name and the roles it lists after it with no bracket (``支援対象者数　目標／実績``,
    its space maybe lost: ``支援対象者数目標/実績``), else None: the pieces after the first are
    role words, the first ends in one."""
    pieces = _LIST_BREAK.split(text.strip())
    if len(pieces) < 2 or any(
        column_role(piece, rules) not in _FIGURE_ROLES for piece in pieces[1:]
    ):
        return None
    first = pieces[0]
    word = next(
        (
            w for w in sorted(rules.columns, key=len, reverse=True)
            if first.endswith(w) and len(first) > len(w) and rules.columns[w] in _FIGURE_ROLES
        ),
        None,
    )
    if word is None:
        return None
    name = first[: -len(word)].rstrip()
    return name, text.strip()[len(name):].strip()


def _listed(label: Cell, figures: Cell, rules: Rules) -> tuple[Cell, list[tuple[str, Cell]]] | None:
    """The label without its bracket and the cell's figures by role, when the label lists
    two roles or more in its bracket (``支援対象者数（目標／実績）``, ``就職者数（実績・目標）``)
    and the cell holds as many figures or dashes, parted as :func:`rolecells._pieces` parts them
    (``240人以上／263人``, ``―／142人``), in the order the bracket names them (decision 2967);
    else None."""
    from jirei.tables.rolecells import _pieces

    match = _ROLE_LIST.match(label.text)
    found = (match["name"], match["roles"]) if match else _bare_list(label.text, rules)
    if found is None:
        return None
    name, listed = found
    roles = [column_role(word, rules) for word in _LIST_BREAK.split(listed.strip())]
    if len(roles) < 2 or any(role not in _FIGURE_ROLES for role in roles) or len(
        set(roles)
    ) < len(roles):
        return None
    pieces = _pieces(figures)
    if len(pieces) != len(roles) or not all(_FIGURE.search(piece.text) for piece in pieces):
        return None
    return Cell(name, label.start, label.start + len(name)), list(zip(roles, pieces, strict=True))


def _cell_roles(cell: Cell, rules: Rules) -> list[tuple[str, Cell]] | None:
    """The figures of a cell that names their roles by their words (``目標250人以上／実績
    262人``, ``実績205人``, ``195人（目標180人以上）``), by role: one figure without its word
    beside worded ones is the actual; None when the cell names no role, or two figures go
    without their words."""
    from jirei.tables.rolecells import _pieces, _worded

    out: list[tuple[str, Cell]] = []
    bare: list[Cell] = []
    for piece in _pieces(cell):
        for role, part in _worded(piece, rules):
            if role is None and _FIGURE.search(part.text):
                bare.append(part)
            elif role is None:
                continue
            elif role not in _FIGURE_ROLES:
                return None
            else:
                out.append((role, part))
    roles = [role for role, _ in out]
    if not out or len(bare) > 1 or len(set(roles)) < len(roles):
        return None
    if bare:
        if "actual" in roles:
            return None
        out.insert(0, ("actual", bare[0]))
    return out


def label_role_rows(
    rows: Sequence[Row], rules: Rules = DEFAULT_RULES
) -> list[tuple[Cell, dict[str, list[Cell]], list[Row]]] | None:
    """The metrics of ``rows`` (a table's body) when two or more of its rows name their
    figure's role in the label (or, decision 2861, their figures' roles by the words in the
    figure cell, one row at least) and every row holds one figure cell: (label, figures by
    role, rows) in
    order of first appearance; None for any other table."""
    named = worded = 0
    out: dict[str, tuple[Cell, dict[str, list[Cell]], list[Row]]] = {}
    previous: str | None = None  # the key of the row above (a ditto mark repeats it)
    for row in rows:
        filled = [cell for cell in row.cells if cell.text.strip()]
        if not filled:
            continue
        if len(filled) == 1 and not _FIGURE.search(filled[0].text):
            continue  # a case's name over its column (``　盛岡市``): a header row
        if len(filled) != 2:
            return None
        if not _FIGURE.search(filled[1].text):
            continue  # ``項目　値``: a header row
        listed = _listed(filled[0], filled[1], rules)
        if listed is not None:  # ``就職者数（目標／実績）`` over ``156人以上／181人`` (2967)
            label, role, said = listed[0], None, listed[1]
            named += len(said)
        else:
            label, role = split_role_label(filled[0], rules)
            said = _cell_roles(filled[1], rules) if role is None else None
            named += role is not None
        key = label.text.replace(" ", "")
        if previous is not None and key in rules.ditto_marks:
            key = previous  # ``〃（達成率）``: the label of the row above, its role (3027)
        previous = key
        entry = out.setdefault(key, (label, {}, []))
        if said:
            worded += 1
            for piece_role, piece in said:
                entry[1].setdefault(piece_role, []).append(piece)
        else:
            entry[1].setdefault(role or "actual", []).append(filled[1])
        entry[2].append(row)
    if worded and not named:  # the roles said in the figure cells (decision 2861)
        return list(out.values())
    if named < 2 or not any(len(by_role) > 1 for _, by_role, _ in out.values()):
        return None
    return list(out.values())


__all__ = ["label_role_rows", "split_role_label"]
