"""A horizontal facts table: a row of field names (``rules.field_labels``) over ONE row of
values, read column by column (``corpus/README.md`` decision 707)::

    実施自治体　　連携労働局・ハローワーク　　窓口の名称（種別）　　開始日
    静岡県沼津市　静岡労働局・ハローワーク沼津　ぬまづ窓口（常設窓口）　令和2年4月1日

The header row's cells are parted by two or more spaces, or by ONE space (ASCII or
full-width, which normalisation may have removed: decision 801) when its pieces group into
field names; the value row's cells by any space (values hold none), by the one grouping of
its pieces whose every cell has its column's shape (place, bureau・office, date), or else by
the columns where the header's cells start. Offsets are into the normalised text.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache

import regex
from attrs import frozen

from jirei.commentforms import Gap
from jirei.facts import is_office_text, place_of
from jirei.fields import FieldLine
from jirei.lines import Line, row_cells
from jirei.places import PREFECTURES
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.spacedcells import best_grouping, fewest_groups, pieces
from jirei.tables.cells import label_form
from jirei.values import dates as _dates

_WIDE = regex.compile(r"\S+(?:\s\S+)*")  # cells parted by 2+ spaces
_SINGLE = regex.compile(r"\S+")


@frozen
class FactsRow:
    """The fields of a facts table and the lines it leaves (neither of its two rows)."""

    fields: tuple[FieldLine, ...]
    rest: tuple[Line, ...]


def _labels(line: Line, rules: Rules, gap: Gap | None = None) -> list[tuple[str, str, int]] | None:
    """(kind, label, column) of each cell of a header row of field names, else None."""
    piped = _pipe_cells(line)
    cells = piped or [(m.group(), m.start()) for m in _WIDE.finditer(line.text)]
    found = []
    for text, at in cells:
        kind = rules.field_labels.get(label_form(text))
        if kind is None:
            return None if piped is not None else _spaced_labels(line, rules, gap)
        found.append((kind, label_form(text), at))
    return found if len(found) >= 2 else None


def _spaced_labels(
    line: Line, rules: Rules, gap: Gap | None
) -> list[tuple[str, str, int]] | None:
    """``_labels`` of a header row whose field names are parted by single spaces, kept or
    removed by normalisation (``gap``; None: any spot between two CJK characters may be one):
    the fewest field names its pieces group into (decision 801)."""
    text = line.text.strip()
    starts, ends = _label_ends(rules)
    if len(text) > _MAX_ROW or not text.startswith(starts) or not text.endswith(ends):
        return None  # (a cheap precheck: a row of field names opens and ends with one)
    groups = fewest_groups(
        line,
        pieces(line, gap if gap is not None else _anywhere),
        lambda group, _first: label_form(group) in rules.field_labels,
    )
    if groups is None or len(groups) < 2:
        return None
    return [
        (rules.field_labels[label_form(cell.text)], label_form(cell.text), cell.start - line.start)
        for cell in groups
    ]


def _anywhere(start: int, end: int) -> bool:
    """A ``Gap`` saying a space may have stood anywhere."""
    return True


@per_rules
def _label_ends(rules: Rules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The field names a row of them opens with and ends with (every field name)."""
    labels = tuple(sorted(label for label in rules.field_labels if label))
    return labels, labels


@per_rules
def _label_firsts(rules: Rules) -> frozenset[str]:
    """The characters a row of field names may open with (an exact precheck of
    ``_labels``): a field name's first character, or a bracket wrapping the first name
    (``label_form`` takes it off); the row's first character otherwise, the row being NFKC
    already (a row that is not is read as usual)."""
    from jirei.tables.cells import _PAIRS

    return frozenset({label[0] for label in rules.field_labels if label} | set(_PAIRS))


def is_facts_header(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``line`` is a row of two or more field names (a horizontal facts table's
    header), their breaks two or more spaces or single ones (seen without ``Gap``)."""
    firsts, opens = _header_opens(rules)
    text = line.text.lstrip()
    if not text or text[0] not in firsts or not text.startswith(opens):
        return False  # (a cheap precheck: the row opens with a field name)
    return _labels(line, rules) is not None


@per_rules
def _header_opens(rules: Rules) -> tuple[frozenset[str], tuple[str, ...]]:
    """What a row of field names opens with (a field name or ``|``), and the first
    characters of those: built once, not per line (``is_facts_header``'s precheck)."""
    opens = (*_label_ends(rules)[0], "|")
    return frozenset(word[0] for word in opens), opens


def _values(
    line: Line,
    columns: Sequence[int],
    gap: Gap | None = None,
    kinds: Sequence[str] = (),
    rules: Rules = DEFAULT_RULES,
) -> list[tuple[str, int]] | None:
    """The value cells of ``line``, one per column, else None. ``gap`` tells where
    normalisation removed a space (two values joined), which parts them too; ``kinds`` (the
    columns' field kinds) pick the grouping of more pieces than columns whose every value
    has its column's shape, the shaped values as short as they may be (decision 801)."""
    piped = _pipe_cells(line)
    if piped is not None:  # a pipe row: its cells are its pipes' (decision 2370)
        return piped if len(piped) == len(columns) and all(text for text, _ in piped) else None
    cells = [(m.group(), m.start()) for m in _SINGLE.finditer(line.text)]
    if len(cells) < len(columns) and gap is not None:
        cells = [piece for cell in cells for piece in _parted(cell, line.start, gap)]
    if len(cells) == len(columns):
        return cells
    if len(cells) > len(columns) and len(kinds) == len(columns):
        checks = [_shape(kind, rules) for kind in kinds]
        strict = [kind in _STRICT for kind in kinds]
        grouped = best_grouping(line, pieces(line, gap), checks, strict)
        if grouped is not None:
            return [(cell.text, cell.start - line.start) for cell in grouped]
    cut = [*columns[1:], len(line.text)]
    out = []
    for start, end in zip(columns, cut, strict=True):
        piece = line.text[start:end]
        if not piece.strip() or (start > 0 and not line.text[start - 1].isspace()):
            return None
        lead = len(piece) - len(piece.lstrip())
        out.append((piece.strip(), start + lead))
    return out


def is_pipe_separator(line: Line) -> bool:
    """Whether ``line`` is a pipe table's ``|---|---|`` line."""
    from jirei.tables.grid import is_separator

    return line.text.lstrip().startswith("|") and is_separator(row_cells(line))


def _pipe_cells(line: Line) -> list[tuple[str, int]] | None:
    """(text, column) of each cell of a pipe row (``| 自治体 | 労働局 |``), else None: a
    row of a pipe table with no separator row under its header (decision 2370)."""
    if not line.text.lstrip().startswith("|"):
        return None
    return [(cell.text, cell.start - line.start) for cell in row_cells(line)]


#: the longest row of field names or values looked at
_MAX_ROW = 160
_DATE_TAIL = regex.compile(r"^\s*(?:から)?\s*$")


#: the field kinds whose values have a shape of their own (the others are free text)
_STRICT = frozenset({"place", "offices", "labour_bureau", "hello_work", "start_date"})


def _shape(kind: str, rules: Rules) -> Callable[[str], bool]:
    """Whether a value has the shape of a column of field ``kind``: a place (a prefecture
    and / or municipality and nothing else), a bureau and its offices, a start date; any
    short text that is no sentence for the other kinds."""
    if kind == "place":
        return _is_place
    if kind in ("offices", "labour_bureau", "hello_work"):
        return lambda text: is_office_text(text, rules) and _bureaus_named(text)
    if kind == "start_date":
        return lambda text: _is_date(text, rules)
    return lambda text: 0 < len(text) <= 60 and not text.endswith("。")


_BUREAU = regex.compile(r"([^\s/・、,|]*)労働局")


def _bureaus_named(text: str) -> bool:
    """Whether each bureau in ``text`` is named after a prefecture (``滋賀労働局``,
    ``神奈川県労働局``): ``大垣市岐阜労働局`` is a place run into a bureau."""
    return all(match.group(1) in _prefecture_names() for match in _BUREAU.finditer(text))


@cache
def _prefecture_names() -> frozenset[str]:
    """The prefectures, written whole and without 都 / 府 / 県 (北海道 stays)."""
    return frozenset(
        {*PREFECTURES, *(name[:-1] for name in PREFECTURES if name[-1] in "都府県")}
    )


def _is_place(text: str) -> bool:
    found = place_of(text)
    if found is None:
        return False
    written = "".join(part for part in found if part)
    rest = text.strip()[len(written) :]
    return not rest or (rest.startswith("(") and rest.endswith(")"))


def _is_date(text: str, rules: Rules) -> bool:
    first = next(iter(_dates.find_dates(text, rules=rules)), None)
    if first is None or first.start != 0:
        return False
    rest = text[first.end :]
    return bool(_DATE_TAIL.match(rest)) or rest.strip() in rules.start_markers


def _parted(cell: tuple[str, int], offset: int, gap: Gap) -> list[tuple[str, int]]:
    """``cell`` cut where normalisation removed a space inside it."""
    text, at = cell
    cuts = [0]
    for number in range(1, len(text)):
        if gap(offset + at + number - 1, offset + at + number + 1):
            cuts.append(number)
    cuts.append(len(text))
    return [(text[a:b], at + a) for a, b in itertools.pairwise(cuts)]


def read_facts_row(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES, gap: Gap | None = None
) -> FactsRow | None:
    """The fields of the facts tables among ``lines`` (one, or several tiers of them one under
    the other, decision 2385), else None; ``gap`` as in ``jirei.commentforms.Gap``."""
    firsts = _label_firsts(rules)
    fields: list[FieldLine] = []
    rest = list(lines)
    number = 0
    while number < len(rest) - 1:
        line = rest[number]
        body = line.text.lstrip()
        if not body or (
            body[0] not in firsts and body[0] != "|" and unicodedata.is_normalized("NFKC", body)
        ):
            number += 1
            continue  # (no row of field names: see ``_label_firsts``)
        labels = _labels(line, rules, gap)
        if labels is None:
            number += 1
            continue
        value_at = number + 1
        while value_at + 1 < len(rest) and is_pipe_separator(rest[value_at]):
            value_at += 1  # ``|---|---|`` under the row of field names (decision 2370)
        value_line = rest[value_at]
        values = _values(
            value_line, [at for _, _, at in labels], gap, [kind for kind, _, _ in labels], rules
        )
        if values is None:
            break
        fields.extend(
            FieldLine(kind, label, text, value_line.start + at, value_line.start + at + len(text))
            for (kind, label, _), (text, at) in zip(labels, values, strict=True)
        )
        after = value_at + 1
        while after < len(rest) and is_pipe_separator(rest[after]):
            after += 1  # (a ruled box's rule under the values)
        rest = [*rest[:number], *rest[after:]]
        if fields and not _tier_follows(rest, number, rules, gap):
            break
    return FactsRow(tuple(fields), tuple(rest)) if fields else None


def _tier_follows(lines: Sequence[Line], number: int, rules: Rules, gap: Gap | None) -> bool:
    """Whether ``lines[number]`` is another row of field names (a second tier of the table)."""
    return number < len(lines) - 1 and _labels(lines[number], rules, gap) is not None


__all__ = ["FactsRow", "is_facts_header", "is_pipe_separator", "read_facts_row"]
