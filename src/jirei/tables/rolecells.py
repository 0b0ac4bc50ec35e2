"""Figures of several roles in one cell (decision 814), parted into one cell per role so
the table readers see an ordinary ``label | 実績 | 目標 | 達成率`` table::

    | 指標 | 実績／目標 | 目標比 |                a header cell naming roles parted by ／
    | 支援対象者数 | 312人／目標300人以上 | 104% |  → | 支援対象者数 | 312人 | 300人以上 | 104% |
    | (うち紹介就職) | 77人 | - |               → | (うち紹介就職) | 77人 |  | - |
    | 就職者数 | 目標90人 実績101人 | … |        role words part a cell without ／ as well
    | 指標 | 実績（目標） |                     a closing bracket parts like ／
    | 就職者数 | 195人（目標180人） |

A piece opening with a role word (``目標``, ``実績``, ``達成率`` …: the target / actual /
achievement-rate words of ``rules.columns``) has that role whatever its place; the other
pieces take the roles the header names, in its order, that no worded piece took. Without
such a header, a column is parted when a cell of it names two or more roles by their words
and no figure of it goes without its word. The words are data; the pieces keep their offsets.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Cell, Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import _figure_follows, column_role, label_form
from jirei.tables.grid import Row

#: a bare figure's pieces (the figure, then the unit written elsewhere), by its start
UnitPieces = dict[int, tuple[Cell, ...]]
#: the roles a piece of a cell may have
_ROLES = ("target", "actual", "achievement_rate")
#: what parts the pieces of a cell or of a header cell
_SLASH = regex.compile(r"\s*[/／]\s*")
#: a character that may part a cell's pieces (``_pieces``' precheck)
_BREAKS = regex.compile(r"[/／(（・→⇒➡]")


@per_rules
def _role_words(rules: Rules) -> regex.Pattern[str]:
    """A role word at a piece's start (longest first: ``目標比`` before ``目標``), then an
    optional colon."""
    words = sorted((w for w, r in rules.columns.items() if r in _ROLES), key=len, reverse=True)
    alternation = "|".join(regex.escape(w) for w in words) or "(?!)"
    return regex.compile(rf"(?:{alternation})\s*[:：]?\s*")


def _pieces(cell: Cell) -> list[Cell]:
    """``cell`` parted at ``／``, an arrow (``目標→実績`` over ``150→168人``, decision 938)
    and ``・`` (outside brackets; not a ``・`` between digits), and before a bracket closing
    it (``312人(目標300人)`` → ``312人``, ``目標300人``; ``実績(目標)`` → ``実績``, ``目標``)."""
    text = cell.text
    if _BREAKS.search(text) is None:
        return [cell]
    pieces: list[Cell] = []
    depth = position = 0
    for index, char in enumerate(text):
        if char in "(（【「":
            if depth == 0 and char in "(（" and _closes(text, index) and index > position:
                pieces.append(_sub(cell, position, index))
                position = index
            depth += 1
        elif char in ")）】」":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            char in "/／→⇒➡" or (char == "・" and not _between_digits(text, index))
        ):
            pieces.append(_sub(cell, position, index))
            position = index + 1
    pieces.append(_sub(cell, position, len(text)))
    return [_unbracketed(piece) for piece in pieces]


def _between_digits(text: str, index: int) -> bool:
    """Whether ``text[index]`` stands between two digits (``６０・５``: a decimal point)."""
    return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


def _closes(text: str, index: int) -> bool:
    """Whether the bracket opening at ``index`` closes the text."""
    closing = text.find(")" if text[index] == "(" else "）", index)
    return closing == len(text) - 1 and text.count("(", index) + text.count("（", index) == 1


def _unbracketed(piece: Cell) -> Cell:
    """A piece wrapped in round brackets, without them."""
    text = piece.text
    if len(text) > 2 and text[0] in "(（" and text[-1] in ")）":
        return _sub(piece, 1, len(text) - 1)
    return piece


def _sub(cell: Cell, start: int, end: int) -> Cell:
    """The piece ``[start, end)`` of a cell's text, without outer spaces and the ``、``
    parting it from the next piece."""
    raw = cell.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip().rstrip("、,，・").rstrip()
    return Cell(text, cell.start + start + lead, cell.start + start + lead + len(text))


def _worded(piece: Cell, rules: Rules) -> list[tuple[str | None, Cell]]:
    """A piece parted before each role word followed by a figure: (role or None, cell
    without the word) each."""
    words = _role_words(rules)
    out: list[tuple[str | None, Cell]] = []
    text = piece.text
    starts = [m for m in words.finditer(text) if _figure_follows(text[m.end() :], rules)]
    if not starts:
        return [(None, piece)]
    if starts[0].start() > 0:
        out.append((None, _sub(piece, 0, starts[0].start())))
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        role = rules.columns.get(match.group().rstrip(":： 　").strip())
        out.append((role, _sub(piece, match.end(), end)))
    return out


#: a unit in brackets closing a header cell (``実績/目標（人）``, decision 938)
_HEAD_UNIT = regex.compile(r"\s*[(（](?P<unit>[^\s\d()（）/／]{1,3})[)）]$")


def _header_unit(cell: Cell, rules: Rules) -> tuple[Cell, Cell | None]:
    """A header cell without the unit bracket closing it, and that unit (a bracketed role
    word, ``実績（目標）``, is no unit)."""
    found = _HEAD_UNIT.search(cell.text)
    if found is None or found.start() == 0 or column_role(found["unit"], rules) is not None:
        return cell, None
    at = cell.start + found.start("unit")
    return _sub(cell, 0, found.start()), Cell(found["unit"], at, at + len(found["unit"]))


def _header_roles(cell: Cell, rules: Rules) -> list[tuple[str, Cell]] | None:
    """The roles a header cell names parted by ``／`` (``実績／目標``), with their cells;
    None unless it names two or more. A unit bracket closing the cell is no role."""
    pieces = _pieces(_header_unit(cell, rules)[0])
    if len(pieces) < 2:
        return None
    roles = [(column_role(p.text, rules), p) for p in pieces]
    if any(role not in _ROLES for role, _ in roles):
        return None
    return [(role, p) for role, p in roles if role is not None]


def _parted(
    cell: Cell,
    roles: Sequence[str],
    rules: Rules,
    unit: Cell | None = None,
    unit_pieces: UnitPieces | None = None,
) -> list[Cell] | None:
    """A body cell's pieces, one per role of ``roles`` (an empty cell at the cell's end
    for a role it does not fill); None when its pieces do not fit the roles."""
    found: dict[str, Cell] = {}
    loose: list[Cell] = []
    for piece in _pieces(cell):
        for role, part in _worded(piece, rules):
            if role is None:
                if part.text:
                    loose.append(part)
            elif role in found or role not in roles:
                return None
            else:
                found[role] = part
    free = [role for role in roles if role not in found]
    if len(loose) > len(free):
        return None
    for role, part in zip(free, loose, strict=False):
        found[role] = part
    _share_unit(found, unit, unit_pieces)
    return [found.get(role, Cell("", cell.end, cell.end)) for role in roles]


_BARE = regex.compile(r"^[0-9][0-9,]*(?:\.[0-9]+)?$")
_UNIT_AFTER = regex.compile(r"[0-9](?P<unit>[^\s0-9,.()（）]{1,3})$")


def _share_unit(found: dict[str, Cell], header: Cell | None, out: UnitPieces | None) -> None:
    """A bare figure among pieces of one cell takes the unit the cell writes once, after
    its last figure (``150→168人``: 150 人), else the header's (``実績/目標（人）``; decision
    938): ``out`` gets the figure and that unit as the pieces it is read from."""
    if out is None:
        return
    units: dict[str, Cell] = {}
    for role in ("target", "actual"):
        piece = found.get(role)
        match = _UNIT_AFTER.search(piece.text) if piece is not None else None
        if piece is not None and match is not None:
            start = piece.start + match.start("unit")
            units[match["unit"]] = Cell(match["unit"], start, start + len(match["unit"]))
    if len(units) > 1 or (not units and header is None):
        return
    unit = next(iter(units.values())) if units else header
    assert unit is not None
    for role in ("target", "actual"):
        piece = found.get(role)
        if piece is not None and _BARE.match(piece.text):
            out[piece.start] = (piece, unit)


def _column_roles(column: int, body: Sequence[Row], rules: Rules) -> list[str] | None:
    """The roles the figure cells of a column name by their words, in the order they are
    first written, when one cell names two or more and no figure of the column goes
    without its word; else None."""
    order: list[str] = []
    most = 0
    for row in body:
        if column >= len(row.cells) or not row.cells[column].text:
            continue
        named: list[str] = []
        for piece in _pieces(row.cells[column]):
            for role, part in _worded(piece, rules):
                if role is not None:
                    named.append(role)
                elif _figure_follows(part.text, rules):
                    return None  # a figure without its word
        most = max(most, len(set(named)))
        order.extend(role for role in named if role not in order)
    return order if most >= 2 else None


def part_role_cells(
    rows: Sequence[Row], rules: Rules = DEFAULT_RULES, unit_pieces: UnitPieces | None = None
) -> list[Row]:
    """``rows`` (header first) with each cell of several roles parted into one cell per
    role, the header cell too; ``rows`` unchanged when no column holds several roles.
    ``unit_pieces`` gets each bare figure parted out with the unit written elsewhere in its
    cell or header (decision 938)."""
    if len(rows) < 2:
        return list(rows)
    header, body = rows[0], rows[1:]
    plans: dict[int, tuple[list[str], list[Cell]]] = {}
    units: dict[int, Cell | None] = {}
    for column, cell in enumerate(header.cells):
        if not cell.text:
            continue
        named = _header_roles(cell, rules)
        if named is not None:
            plans[column] = ([role for role, _ in named], [p for _, p in named])
            units[column] = _header_unit(cell, rules)[1]
    headless = False
    if (  # no header: a first row of figures, its label cell a label alone (decision 3335)
        not plans
        and _DIGIT.search(header.cells[0].text) is None
        and _holds_figures(header, rules)
    ):  # (``利用者数　実績2,415人`` over ``就職者数　目標90人　実績87人``)
        body, headless = list(rows), True
    if not plans:
        width = max(len(row.cells) for row in body)
        for column in range(1, width):
            role = (
                column_role(header.cells[column].text, rules)
                if column < len(header.cells) and not headless
                else None
            )
            if role is not None and role != "year":
                continue  # a column of one role (``目標``): its cells are read as they are
            # (a year over the column, ``令和4年度``, names no role: decision 938)
            roles = _column_roles(column, body, rules)
            if roles is not None:
                title = (
                    header.cells[column] if column < len(header.cells) and not headless else None
                )
                plans[column] = (roles, [_role_head(title, role, rules) for role in roles])
    if not plans:
        return list(rows)
    if headless:  # the role words as the header the rows lack (no text: zero-width cells)
        header = Row(header.index, Line("", header.line.start), tuple(
            Cell("", cell.start, cell.start) for cell in header.cells
        ))
    out = [_expand(header, {c: heads for c, (_, heads) in plans.items()})]
    for row in body:
        parts: dict[int, list[Cell]] = {}
        for column, (roles, _heads) in plans.items():
            if column >= len(row.cells):
                continue
            cell = row.cells[column]
            split = _parted(cell, roles, rules, units.get(column), unit_pieces)
            repeated = _header_roles(cell, rules) if split is None else None
            if repeated is not None:  # a header row repeated, maybe in another order
                split = [p for _, p in repeated]
                if len(repeated) == len(roles):  # the rows below follow it (decision 938)
                    roles = [role for role, _ in repeated]
                    plans[column] = (roles, plans[column][1])
                    units[column] = _header_unit(cell, rules)[1]
            if split is None or len(split) != len(roles):
                split = [cell, *(Cell("", cell.end, cell.end) for _ in roles[1:])]
            parts[column] = split
        out.append(_expand(row, parts))
    return out


def _holds_figures(row: Row, rules: Rules) -> bool:
    """Whether a row's cells after its label hold a figure behind its role's word (``利用者数 |
    実績2,415人``): a data row, no header (``目標(人)``, ``令和3年度実績`` hold no figure)."""
    for cell in row.cells[1:]:
        worded = _WORDED.match(cell.text)
        if worded is not None and column_role(worded["word"], rules) in _FIGURE_ROLES:
            return True
    return False


#: a cell opening with a word, then a figure (``実績2,415人``, ``目標 90人``)
_WORDED = regex.compile(r"^\s*(?P<word>[^\d\s]{1,8}?)\s*[:：]?\s*\d")
#: a digit (ASCII after NFKC)
_DIGIT = regex.compile(r"\d")
#: the roles whose word may stand before a figure in a cell
_FIGURE_ROLES = frozenset({"target", "actual", "achievement_rate"})


def _role_head(title: Cell | None, role: str, rules: Rules) -> Cell:
    """The head of a parted column's piece of ``role``: the role's word, joined after the
    metric the column's head names (``支援対象者数`` over ``目標100人／実績112人`` →
    ``支援対象者数目標``, ``支援対象者数実績``: a group matrix's named columns, decision 2617)."""
    word = _word(role, rules)
    if title is not None and label_form(title.text) in rules.metrics:
        return Cell(f"{title.text}{word}", title.start, title.end)
    at = title.end if title is not None else 0
    return Cell(word, at, at)


def _word(role: str, rules: Rules) -> str:
    """The shortest column word of a role (a header title for a column the header does
    not name)."""
    return min((w for w, r in rules.columns.items() if r == role), key=len)


def _expand(row: Row, parts: dict[int, list[Cell]]) -> Row:
    cells: list[Cell] = []
    for column, cell in enumerate(row.cells):
        cells.extend(parts.get(column, [cell]))
    return Row(row.index, row.line, tuple(cells))


__all__ = ["part_role_cells"]
