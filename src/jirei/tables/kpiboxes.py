"""Results written as figure boxes (a slide's KPI panels): a label line, then one line per
figure, each opening with the word that says which figure it is::

    支援対象者数
    目標　150人以上
    実績　171人（達成率105.0%）
    就職者数
    目標　90人以上
    実績　99人
    達成率　110.0%
    就職率
    実績　60.8%

A label line with the role lines under it is one row: each role line (``inline_role``: a
``rules.columns`` target / actual word, then a figure or a dash; several such pieces apart
by wide gaps on one line) is that row's target or actual cell; a line of an
achievement-rate word and a ``%`` figure is its achievement rate. The boxes are read only at
the top of a results section (blank lines aside), and only while every line is a label line
directly followed by a role line, or a role line; the first other line ends them (what
follows is read as other results). A bracketed note line (``（令和2年3月末時点）``) or a ``※`` line
above the first box is kept, not read.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import field, frozen

from jirei.lines import Cell, Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import inline_role
from jirei.tables.spacedmatrix import names_metrics

_MAX_LABEL = 30
# a sentence, table cells (tab, pipe, a wide gap) or a colon: no box line
_NO_LABEL = ("。", "\t", "|", ":", "  ")
_GAP = regex.compile(r"\s{2,}")
#: role pieces parted by a slash (``目標 170人 ／ 達成率 107.6％``, decision 972)
_SLASH = regex.compile(r"\s*/\s*")
_NOTE = regex.compile(r"^\([^()]+\)$|^※")
#: a role line in brackets under a tile's big figure (``(目標300人以上/達成率104.0%)``)
_BRACKETED = regex.compile(r"^\(\s*(?P<inner>[^()]+?)\s*\)$")
_ROLE_COLON = regex.compile(r"(?<=^\S{1,6}?)\s*:\s*")


@frozen
class Box:
    """One box: its label cell, its figure cells by role, and [start, end) of its lines."""

    label: Cell
    by_role: dict[str, list[Cell]] = field(factory=dict)
    start: int = 0
    end: int = 0


@frozen
class Boxes:
    """The boxes at the top of a results section; ``end`` is the index (into the lines
    given) of the first line after them."""

    boxes: tuple[Box, ...]
    end: int
    #: bracketed note lines above the first box (``（令和2年3月末時点）``): kept, not read
    notes: tuple[Cell, ...] = ()


def _cell(line: Line) -> Cell:
    text = line.text.strip()
    start = line.start + len(line.text) - len(line.text.lstrip())
    return Cell(text, start, start + len(text))


def _is_label(cell: Cell, rules: Rules) -> bool:
    """A label line: short, no sentence, no cells or colon, and not itself a role line nor
    a line of several metric names (``支援対象者数 就職率 相談件数``: the header of a table
    whose columns are metrics over 目標 / 実績 rows, ``jirei.tables.spacedmatrix``; 2876)."""
    text = cell.text
    return (
        0 < len(text) <= _MAX_LABEL
        and not any(mark in text for mark in _NO_LABEL)
        and inline_role(cell, rules) is None
        and not names_metrics(text, rules)
    )


@per_rules
def _bare(rules: Rules) -> regex.Pattern[str]:
    """A role word and a number without a unit (``目標 40以上``: the label's bracket may give
    the unit, ``利用者数（人）``)."""
    words = sorted(
        (w for w, role in rules.columns.items() if role in ("target", "actual") and w),
        key=len,
        reverse=True,
    )
    bounds = "|".join(regex.escape(q) for q in rules.qualifier_suffixes if q) or "(?!)"
    return regex.compile(
        rf"^(?P<word>{'|'.join(regex.escape(w) for w in words) or '(?!)'})\s*"
        rf"(?P<figure>\d[\d,]*(?:\.\d+)?(?:{bounds})?)$"
    )


def _rate_words(rules: Rules) -> str:
    """An alternation of the achievement-rate column words of ``rules.columns``, longest
    first (``(?!)`` when there is none)."""
    words = sorted(
        (w for w, role in rules.columns.items() if role == "achievement_rate" and w),
        key=len,
        reverse=True,
    )
    return "|".join(regex.escape(w) for w in words) or "(?!)"


@per_rules
def _rate_line(rules: Rules) -> regex.Pattern[str]:
    """An achievement-rate word and its figure on a line of their own (``達成率　114.0%``)."""
    return regex.compile(
        rf"^(?:{_rate_words(rules)})\s*(?P<figure>\d[\d,]*(?:\.\d+)?\s*%)$"
    )


@per_rules
def _rated(rules: Rules) -> regex.Pattern[str]:
    """A figure with its achievement rate in brackets after it (``188人（達成率115.3%）``,
    NFKC), the rate words from ``rules.columns``."""
    return regex.compile(
        r"^(?P<figure>[^\s()]+)\s*\(\s*"
        rf"(?:{_rate_words(rules)})\s*:?\s*\d[\d.]*\s*%\s*\)$"
    )


def _role(cell: Cell, rules: Rules) -> tuple[str, Cell] | None:
    """A role line's role and figure cell: one figure, not a row of table cells; a colon
    after the role word (``目標：150人``) separates like a space."""
    # spaces for the colon and its spaces: the same length, so offsets hold
    text = _ROLE_COLON.sub(lambda m: " " * len(m.group()), cell.text, count=1)
    role = inline_role(Cell(text, cell.start, cell.end), rules) if text else None
    bare = _bare(rules).match(text) if role is None else None
    if bare is not None:
        at = cell.start + bare.start("figure")
        role = rules.columns[bare["word"]], Cell(bare["figure"], at, at + len(bare["figure"]))
    rate = _rate_line(rules).match(text) if role is None and bare is None else None
    if rate is not None:  # 達成率　114.0% under the box's 目標 / 実績 lines
        at = cell.start + rate.start("figure")
        role = "achievement_rate", Cell(rate["figure"], at, at + len(rate["figure"]))
    if role is None or any(mark in role[1].text for mark in _NO_LABEL[1:]):
        return None
    return role


def _roles(cell: Cell, rules: Rules) -> list[tuple[str, Cell]] | None:
    """The role pieces of a role line: one, or several apart by wide gaps (or else by
    slashes), each opening with its role word (``目標　100人以上　　実績　111人``,
    ``目標 170人 / 達成率 107.6%``); None when any piece is no role."""
    bracket = _BRACKETED.match(cell.text)
    if bracket is not None:  # （目標300人以上／達成率104.0%） under a tile's figure (1040)
        inner = bracket["inner"]
        at = cell.start + bracket.start("inner")
        cell = Cell(inner, at, at + len(inner))
    found = _pieces(cell, rules, _SLASH) if "/" in cell.text else None
    return found if found is not None else _pieces(cell, rules, _GAP)


@per_rules
def _figure(rules: Rules) -> regex.Pattern[str]:
    """A figure alone on its line, maybe with its unit (``183人``, ``1,846人``, ``64.4%``)."""
    units = sorted((u for u in (*rules.units, *rules.rate_units) if u), key=len, reverse=True)
    # a leading qualifier or count word (``約3,900件``, ``延べ1,420件``; decision 1889)
    leads = sorted(
        (w for w in (*rules.qualifier_prefixes, *rules.count_words) if w), key=len, reverse=True
    )
    lead = "|".join(regex.escape(w) for w in leads) or "(?!)"
    unit = "|".join(regex.escape(u) for u in units) or "(?!)"
    return regex.compile(rf"^(?:{lead})?\d[\d,]*(?:\.\d+)?\s*(?:{unit})?$")


def figure_alone(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` (stripped) is a figure alone, maybe with its unit (``183人``)."""
    return _figure(rules).match(text) is not None


def _pieces(
    cell: Cell, rules: Rules, parting: regex.Pattern[str]
) -> list[tuple[str, Cell]] | None:
    pieces: list[tuple[str, Cell]] = []
    position = 0
    for gap in [*parting.finditer(cell.text), None]:
        end = gap.start() if gap is not None else len(cell.text)
        piece = _role(Cell(cell.text[position:end], cell.start + position, cell.start + end), rules)
        if piece is None:
            return None
        pieces.append(piece)
        position = gap.end() if gap is not None else end
    return pieces


def opens_tile(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``lines`` (a slide's text box) open with a figure tile: a label line over a
    figure alone (``312人``) or a role line (``目標 170人 ／ 達成率 107.6％``)."""
    found = [line for line in lines if not line.blank][:2]
    if len(found) < 2:
        return False
    label, figure = _cell(found[0]), _cell(found[1])
    return _is_label(label, rules) and (
        _figure(rules).match(figure.text) is not None or _roles(figure, rules) is not None
    )


def _may_open(lines: Sequence[Line]) -> bool:
    """Whether boxes may open ``lines``: the first non-blank line that is no note line
    (``_NOTE``) passes the label test's cheap part (short, no sentence, cells or colon).
    Such a line that fails it ends the boxes before the first (no box is read), whether it
    is a role line (a role line before any label) or not (no label): an exact precheck."""
    for line in lines:
        if line.blank:
            continue
        text = line.text.strip()
        if _NOTE.match(text):
            return True  # (a note, or a bracketed role line: read as usual)
        return 0 < len(text) <= _MAX_LABEL and not any(mark in text for mark in _NO_LABEL)
    return False


#: a label and a figure apart by a space on one line (``就職者数　188人``)
_LABEL_FIGURE = regex.compile(r"^(?P<label>\S(?:.*\S)?)\s+(?P<figure>\S+)$")


def _label_figure(cell: Cell, rules: Rules) -> tuple[Cell, Cell] | None:
    """A box's label line that carries its actual figure after a space (``就職者数　188人``,
    the role lines under it giving the target and rate; decision 3167): the label cell and
    the figure cell, else None."""
    match = _LABEL_FIGURE.match(cell.text)
    if match is None or _figure(rules).match(match["figure"]) is None:
        return None
    label = Cell(match["label"], cell.start, cell.start + match.end("label"))
    if not _is_label(label, rules) or any(ch.isdigit() for ch in label.text):
        return None
    at = cell.start + match.start("figure")
    return label, Cell(match["figure"], at, at + len(match["figure"]))


def _role_word(text: str, rules: Rules) -> str | None:
    """The role of a line holding a target / actual / rate word alone (``目標``, ``実績``)."""
    from jirei.tables.cells import column_role
    from jirei.tables.grid import TRANSPOSED_ROLES

    if len(text) > _MAX_ROLE_WORD:
        return None
    role = column_role(text, rules)
    return role if role in TRANSPOSED_ROLES else None


#: the longest role word alone on its line (``目標``, ``実績値``, ``目標達成率``)
_MAX_ROLE_WORD = 8


def _split_role(
    found: Sequence[tuple[int, Line]], number: int, rules: Rules
) -> tuple[str, Cell] | None:
    """A role word alone on line ``found[number]`` and a figure alone on the next line (a
    bar chart's text, its label and value on lines of their own): the role and the figure
    cell; else None (decision 3303)."""
    if number + 1 >= len(found):
        return None
    role = _role_word(found[number][1].text.strip(), rules)
    if role is None:
        return None
    figure = _cell(found[number + 1][1])
    if _figure(rules).match(figure.text) is None:
        return None
    return role, figure


def read_boxes(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> Boxes | None:
    """The figure boxes that open ``lines``, else None."""
    if not _may_open(lines):
        return None
    found = [(index, line) for index, line in enumerate(lines) if not line.blank]
    boxes: list[Box] = []
    notes: list[Cell] = []
    end = 0
    skipped: set[int] = set()
    for number, (index, line) in enumerate(found):
        if number in skipped:
            continue
        cell = _cell(line)
        roles = _roles(cell, rules)
        split = _split_role(found, number, rules) if roles is None and boxes else None
        if split is not None:  # ``目標`` / ``240人``: a role line broken after its word (3303)
            roles = [split]
            skipped.add(number + 1)
            index, cell = found[number + 1][0], split[1]
        if (
            roles is None
            and boxes
            and not boxes[-1].by_role
            and _figure(rules).match(cell.text) is not None
        ):  # a figure alone under the label: the box's actual (a KPI tile, decision 972)
            roles = [("actual", cell)]
        elif (
            roles is None
            and boxes
            and set(boxes[-1].by_role) == {"target"}
            and (rated := _rated(rules).match(cell.text)) is not None
            and _figure(rules).match(rated["figure"]) is not None
        ):  # ``就職者数`` / ``目標163人以上`` / ``188人（達成率115.3%）``: the figure under the
            # target, its rate in brackets (decision 3167)
            roles = [("actual", cell)]
        if roles is not None:
            if not boxes:
                return None
            for role, figure in roles:
                boxes[-1].by_role.setdefault(role, []).append(figure)
            boxes[-1] = Box(boxes[-1].label, boxes[-1].by_role, boxes[-1].start, cell.end)
            end = index + 1
            continue
        following = found[number + 1][1] if number + 1 < len(found) else None
        if not boxes and _NOTE.match(cell.text):
            notes.append(cell)
            continue
        carried = _label_figure(cell, rules)  # ``就職者数　188人`` over its target line (3167)
        if carried is not None and following is not None and _roles(_cell(following), rules):
            label, figure = carried
            boxes.append(Box(label, {"actual": [figure]}, cell.start, cell.end))
            continue
        if (
            following is None
            or not _is_label(cell, rules)
            or _role_word(cell.text, rules) is not None
            or (
                _roles(_cell(following), rules) is None
                and _figure(rules).match(following.text.strip()) is None
                and _split_role(found, number + 1, rules) is None
            )
        ):
            break
        boxes.append(Box(cell, {}, cell.start, cell.end))
    if not boxes or (len(boxes) < 2 and not any("target" in box.by_role for box in boxes)):
        return None  # one label over an 実績 line alone is too little to call a box layout
    return Boxes(tuple(boxes), end, tuple(notes))


__all__ = ["Box", "Boxes", "figure_alone", "opens_tile", "read_boxes"]
