"""Results written as key–value lines rather than a table (``corpus/README.md`` decision 24)::

    支援対象者数：２３０人（目標２００人、達成率１１５．０％）
    就職者数　１５０人（目標１２０人以上）
    ・就職率：６５．２％

Each line is one metric: the figure before the bracket is the actual, a bracketed figure
named as a target column (``目標``) the target, one named as an achievement-rate column
(``達成率``) the stated rate; another named figure (``就職者数232人``) is its own metric.
Column words come from ``rules.columns``. A line that is a sentence (ends in ``。``) or holds
table cells (tabs, pipes) is no key–value line. Lines read as such only in a block where at
least one line is plainly one — its label ends in a colon, or its bracket names a target or
a rate — so that a space-aligned table (``就職数　　３１２人``) is still read as a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex
from attrs import field, frozen

from jirei import values as _values
from jirei.errors import ValueParseError
from jirei.lines import Cell, Line, Locate
from jirei.model import Metric, Quantity
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import (
    _bullet_pattern,
    column_role,
    drop_label_tails,
    inline_role,
    label_form,
    rate_value,
)

_SEPARATORS = regex.compile(r"[、,，;；/]")  # also ``(目標110人/達成率107.3%)``
_LABEL_TRIM = " \t:："
# A bracketed name also drops the sign of a change written after it (``前年度比+15人``).
_NAME_TRIM = _LABEL_TRIM + "+-±"
_MAX_LABEL = 30
_BRACKET = regex.compile(r"\s*(?:\((?P<inner>[^()]*)\))?\s*")
#: an item number opening a key–value line (``(1)``, ``1.``), no part of the label
#: a colon followed by a word, not a figure: the line names what its figures are
_NAMING_COLON = regex.compile(r"[:：]\s*[^\d\s約延]")
_NUMBER = regex.compile(r"(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d))\s*")


@frozen
class KeyValueResults:
    """The metrics of the key–value lines at the top of a results section; ``end`` is the
    index (into the lines given) of the first line after them."""

    metrics: tuple[Metric, ...] = field(default=(), converter=tuple)
    end: int = 0
    #: bracketed figures that are no target, actual or rate (``前年度比+15人``), with their
    #: [start, end) in the normalised text: kept, not read (decision 40)
    kept: tuple[tuple[str, int, int], ...] = field(default=(), converter=tuple)


def read_keyvalue(
    lines: Sequence[Line], *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> KeyValueResults | None:
    """The key–value lines that open ``lines`` (blank lines aside), or None when the first
    non-blank line is no key–value line."""
    if not _may_be_plain(lines, rules):
        return None
    metrics: list[Metric] = []
    kept: list[tuple[str, int, int]] = []
    plain = False
    end = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.blank:
            continue
        if index < len(lines) and _open_at_end(line.text):  # ``…（目標`` / ``140人）、…``
            line = _joined(line, lines[index])
            index += 1
        found = _read(line, rules, locate, kept)
        if found is None:
            found = _read_run(line, rules, locate, kept)
        if found is None:
            break
        metrics.extend(found[0])
        plain = plain or found[1]
        end = index
    if not metrics or not plain:
        return None
    return KeyValueResults(metrics, end, kept)


def _may_be_plain(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether the key–value lines that may open ``lines`` could hold one that is plainly
    one: a line with a colon or a bracket before the first line that is no key–value line
    by its look alone (a cheap test that saves reading a space-aligned table twice), or a
    bulleted line."""
    for line in lines:
        text = line.text.rstrip()
        if not text.strip():
            continue
        if _not_keyvalue(text):
            return False
        if ":" in text or "：" in text or "(" in text:
            return True
        if _bullet_pattern(rules).match(text.lstrip()):
            return True  # (a bulleted line naming a well-known metric: decision 2627)
    return False


def _not_keyvalue(text: str) -> bool:
    """A (right-stripped) line that is no key–value line by its look: table cells (tabs,
    pipes) or a sentence."""
    return "\t" in text or "|" in text or text.endswith(("。", "."))


def read_line(
    line: Line, *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> list[Metric] | None:
    """The metrics of one key–value line, or None when it is none."""
    found = _read(line, rules, locate)
    return found[0] if found is not None else None


def _read(
    line: Line, rules: Rules, locate: Locate, kept: list[tuple[str, int, int]] | None = None
) -> tuple[list[Metric], bool] | None:
    """The metrics of a key–value line, and whether it is plainly one (a colon after the
    label, or a target / rate in its bracket)."""
    text = line.text.rstrip()
    if not text.strip() or _not_keyvalue(text):
        return None
    if ")" in text:  # 支援対象者数(目標/実績) 100人以上/114人, 就職率(実績) 60.5%
        ordered = _read_ordered(line, rules, locate)
        if ordered is not None:
            return [ordered], True
    marker = _bullet_pattern(rules).match(text.lstrip())
    offset = len(text) - len(text.lstrip()) + (marker.end() if marker else 0)
    number = _NUMBER.match(text, offset)  # (1)支援対象者数 218人: an item number (decision 96)
    offset = number.end() if number else offset
    body = text[offset:]
    first = next(iter(_values.find_quantities(body, rules=rules)), None)
    if first is None:
        return None
    raw_label = body[: first.start]
    named = _named_target(raw_label, rules)  # ``セミナー　目標6回``: a target alone (2807)
    if named is not None:
        raw_label = raw_label[:named]
    label = drop_label_tails(label_form(raw_label.strip(_LABEL_TRIM)), rules)
    if not label or len(label) > _MAX_LABEL or column_role(label, rules) is not None:
        return None
    after = body[first.end :]
    bracket = _BRACKET.fullmatch(after)
    if bracket is None:
        return None
    base = line.start + offset
    actual = _located(first.value, base + first.start, base + first.end, locate)
    target: Quantity | None = None
    rate: Quantity | None = None
    if named is not None:
        actual, target = None, actual
        note = bracket.group("inner")
        if note and next(iter(_values.find_quantities(note, rules=rules)), None) is None:
            bracket = None  # ``（…のため開催を見送り）``: a note on the target, no figure
    extras: list[Metric] = []
    inner = bracket.group("inner") if bracket is not None else None
    if inner:
        inner_start = base + first.end + bracket.start("inner")
        position = 0
        for piece in [*_SEPARATORS.split(inner)]:
            piece_start = inner_start + inner.index(piece, position)
            position = piece_start - inner_start + len(piece)
            read = _piece(piece, piece_start, rules, locate)
            if read is None:
                return None  # a bracket that is no figure (``(就職数)``): a table's cell
            role, name, name_span, quantity = read
            if role in ("previous", "period"):  # 前年度比+15人: not this year's figure
                if kept is not None:
                    kept.append((piece.strip(), piece_start, piece_start + len(piece.rstrip())))
            elif role == "target" and target is None:
                target = quantity
            elif role == "achievement_rate" and rate is None:
                rate = quantity
            else:
                extras.append(_metric(name, name_span, None, quantity, None, rules, locate))
    lead = len(raw_label) - len(raw_label.lstrip(_LABEL_TRIM))
    stripped = raw_label.strip(_LABEL_TRIM)
    label_span = (base + lead, base + lead + len(stripped))
    plain = ":" in raw_label or "：" in raw_label or target is not None or rate is not None
    metric = _metric(label, label_span, target, actual, rate, rules, locate)
    # ``・支援対象者数　214人``: a bullet and a well-known metric's name — an item, no table
    # row (decision 2627)
    plain = plain or (marker is not None and metric.key is not None and not number)
    return [metric, *extras], plain


def _named_target(raw_label: str, rules: Rules) -> int | None:
    """Where a label's text ends when a target column word closes it (``就職支援セミナー
    目標6回``, the space maybe removed by normalisation: the figure is the target, no actual
    is written; decision 2807); None otherwise."""
    text = raw_label.rstrip(_LABEL_TRIM)
    for word in _target_words(rules):
        if text.endswith(word) and label_form(text[: -len(word)].strip(_LABEL_TRIM)):
            return len(text) - len(word)
    return None


@per_rules
def _target_words(rules: Rules) -> tuple[str, ...]:
    """The target column words of ``rules.columns``, longest first."""
    words = (word for word, role in rules.columns.items() if role == "target" and word)
    return tuple(sorted(words, key=len, reverse=True))


def _read_run(
    line: Line, rules: Rules, locate: Locate, kept: list[tuple[str, int, int]]
) -> tuple[list[Metric], bool] | None:
    """A run of key–value pieces on one line, apart by ``、`` outside brackets
    (``支援対象者数152人(目標140人以上)、就職率64.5%``, a trailing ``、`` where the run wraps;
    decision 501): each piece one key–value, in order; None unless two or more pieces
    (or one before a trailing ``、``) all read."""
    text = line.text.rstrip()
    pieces = _depth0_pieces(text)
    if len(pieces) < 2 or any(
        _not_keyvalue(text[s:e]) or _NAMING_COLON.search(text[s:e]) for s, e in pieces
    ):
        return None  # ``目標:支援対象者数80人、…`` names whose figures follow: no run
    metrics: list[Metric] = []
    plain = False
    held: list[tuple[str, int, int]] = []
    for start, end in pieces:
        if not text[start:end].strip():
            if end == len(text):  # the run wraps onto the next line
                continue
            return None
        found = _read(Line(text[start:end], line.start + start), rules, locate, held)
        if found is None:
            return None
        metrics.extend(found[0])
        plain = plain or found[1]
    kept.extend(held)
    read = sum(1 for s, e in pieces if text[s:e].strip())
    return metrics, plain or read >= 2  # two figures apart by 、: plainly no table row


def _open_at_end(text: str) -> bool:
    """Whether a line ends inside a bracket it opened (a run wrapped inside a bracket)."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _joined(line: Line, after: Line) -> Line:
    """``line`` and the line ``after`` it read as one line: what stands between them (the
    line break, the indent) becomes spaces, so every offset stays that of the text
    (decision 512)."""
    gap = after.start - line.end
    return Line(line.text + " " * gap + after.text, line.start)


def _depth0_pieces(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of the pieces of ``text`` between ``、`` / ``,`` / ``／`` outside
    brackets."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for at, char in enumerate(text):
        if char in "(（[［「":
            depth += 1
        elif char in ")）]］」":
            depth = max(0, depth - 1)
        elif char in "、,，/／" and depth == 0:
            pieces.append((start, at))
            start = at + 1
    pieces.append((start, len(text)))
    return pieces


def _read_ordered(line: Line, rules: Rules, locate: Locate) -> Metric | None:
    """``label(目標/実績) a/b``, ``label(目標/実績/達成率) a/b/r``, ``label(実績) a``: the
    bracket names the order of the figures after it and is no part of the label
    (decision 52)."""
    match = _ORDERED.match(line.text)
    if match is None:
        return None
    return _ordered(
        match["label"], line.start + match.start("label"), match["roles"],
        match["values"], line.start + match.start("values"), rules, locate,
    )


def read_ordered_cell(
    head: Cell, cell: Cell, *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> Metric | None:
    """A figure column of a case list (decision 71): the column header ``head`` is
    ``label(目標/実績)``, naming the order of the figures in ``cell`` (``150人/163人``).
    None when the header names no order or the cell does not hold its figures."""
    match = _ORDER_HEAD.match(head.text)
    if not cell.text.strip():
        return None
    lead = len(cell.text) - len(cell.text.lstrip())
    if match is None:
        return _bare_cell(head, cell, lead, rules, locate)
    return _ordered(
        match["label"], head.start + match.start("label"), match["roles"],
        cell.text.strip(), cell.start + lead, rules, locate,
    )


def _ordered(
    raw: str, raw_start: int, roles_text: str, values_text: str, values_start: int,
    rules: Rules, locate: Locate,
) -> Metric | None:
    """The metric of a label, the roles its bracket names and the figures in that order."""
    roles = [column_role(word, rules) for word in roles_text.split("/")]
    pieces = values_text.split("/")
    if len(pieces) != len(roles) or any(r not in _ORDER_ROLES for r in roles):
        return None
    read: dict[str, Quantity] = {}
    bracket = None
    if "achievement_rate" not in roles:  # ``200人以上/231人(115.5%)``: decision 2984
        bracket = _RATE_BRACKET.search(pieces[-1])
        if bracket is not None and bracket.start() > 0:
            pieces[-1] = pieces[-1][: bracket.start()]
        else:
            bracket = None
    position = values_start
    for role, piece in zip(roles, pieces, strict=True):
        start = position + len(piece) - len(piece.lstrip())
        position += len(piece) + 1
        try:
            quantity = _values.parse_quantity(piece, rules=rules)
        except ValueParseError:
            return None
        assert role is not None
        read[role] = attrs.evolve(quantity, span=locate(start, start + len(piece.strip())))
    if bracket is not None:
        last = values_start + len(values_text) - len(bracket.string)  # the last piece's start
        rate = _bracket_rate(bracket, last, read, rules, locate)
        if rate is not None:
            read["achievement_rate"] = rate
    label = label_form(raw)
    if not label:
        return None
    lead = len(raw) - len(raw.lstrip())
    span = (raw_start + lead, raw_start + len(raw.rstrip()))
    return _metric(
        label, span, read.get("target"), read.get("actual"), read.get("achievement_rate"),
        rules, locate,
    )


#: a bracket closing an ordered cell's last figure (``231人(115.5%)``, ``(達成率 97.8%)``)
_RATE_BRACKET = regex.compile(
    r"\s*[(\[【〔<](?P<inner>[^()\[\]【】〔〕<>]{1,20})[)\]】〕>]\s*$"
)
#: how far a bare bracketed percentage may stand from actual / target to be its rate
_RATE_SLACK = Decimal("0.6")


def _bracket_rate(
    bracket: regex.Match[str], start: int, read: dict[str, Quantity], rules: Rules,
    locate: Locate,
) -> Quantity | None:
    """The achievement rate a bracket closing an ordered cell states: one opening with an
    achievement-rate word of ``[columns]`` (``(達成率97.8%)``), or a bare percentage that
    is the actual over the target (``(115.5%)`` after ``200人以上/231人``; a table's ※ note
    says so, the figures prove it); None for any other bracket (``(前年度比105%)``)."""
    inner = bracket["inner"].strip()
    at = start + bracket.start("inner") + len(bracket["inner"]) - len(bracket["inner"].lstrip())
    word = next((w for w in _rate_words(rules) if inner.startswith(w)), "")
    figure = inner[len(word) :].lstrip(" \u3000:=")
    at += len(inner) - len(figure)
    try:
        quantity = _values.parse_quantity(figure, rules=rules)
    except ValueParseError:
        return None
    percent = rate_value(quantity, rules) if quantity.unit is not None else None
    if percent is None:
        return None
    if not word:
        target, actual = read.get("target"), read.get("actual")
        if target is None or actual is None or not target.value or target.unit != actual.unit:
            return None
        ratio = Decimal(actual.value) * 100 / Decimal(target.value)
        if abs(ratio - percent) > _RATE_SLACK:
            return None
    return attrs.evolve(quantity, span=locate(at, at + len(figure)))


@per_rules
def _rate_words(rules: Rules) -> tuple[str, ...]:
    """The achievement-rate words of ``rules.columns``, longest first."""
    words = (w for w, role in rules.columns.items() if role == "achievement_rate" and w)
    return tuple(sorted(words, key=len, reverse=True))


def _bare_cell(
    head: Cell, cell: Cell, lead: int, rules: Rules, locate: Locate
) -> Metric | None:
    """A case list's column headed by a metric's name alone (``就職率`` over ``68.4%``):
    the cell is that metric's actual (decision 2982); None for any other head or cell."""
    label = label_form(head.text)
    if label not in rules.metrics:
        return None
    text = cell.text.strip()
    start = cell.start + lead
    head_lead = len(head.text) - len(head.text.lstrip())
    span = (head.start + head_lead, head.start + len(head.text.rstrip()))
    named = _named_figures(Cell(text, start, start + len(text)), rules, locate)
    if named is not None:  # ``目標300人／実績327人（109.0%）``: the cell names its figures
        return _metric(
            label, span, named.get("target"), named.get("actual"),
            named.get("achievement_rate"), rules, locate,
        )
    try:
        quantity = _values.parse_quantity(text, rules=rules)
    except ValueParseError:
        return None
    actual = attrs.evolve(quantity, span=locate(start, start + len(text)))
    return _metric(label, span, None, actual, None, rules, locate)


def _named_figures(cell: Cell, rules: Rules, locate: Locate) -> dict[str, Quantity] | None:
    """The figures of a cell whose pieces between ``／`` each open with their role word
    (``目標300人／実績327人``, ``目標300人/実績327人/達成率109.0%``; decision 2989), a closing
    bracket read as in ``_bracket_rate``; None unless two pieces or more all name a role."""
    text = cell.text
    bracket = _RATE_BRACKET.search(text)
    body = text[: bracket.start()] if bracket is not None and bracket.start() > 0 else text
    pieces = body.split("/")
    if len(pieces) < 2:
        return None
    read: dict[str, Quantity] = {}
    at = cell.start
    for piece in pieces:
        lead = len(piece) - len(piece.lstrip())
        found = inline_role(Cell(piece.strip(), at + lead, at + lead + len(piece.strip())), rules)
        at += len(piece) + 1
        if found is None or found[0] not in _ORDER_ROLES or found[0] in read:
            return None
        role, figure = found
        try:
            quantity = _values.parse_quantity(figure.text, rules=rules)
        except ValueParseError:
            return None
        read[role] = attrs.evolve(quantity, span=locate(figure.start, figure.end))
    if body is not text and "achievement_rate" not in read and bracket is not None:
        rate = _bracket_rate(bracket, cell.start, read, rules, locate)
        if rate is not None:
            read["achievement_rate"] = rate
    return read


#: a column header ``label(role/role…)`` naming the order of its cells' figures
_ORDER_HEAD = regex.compile(r"^\s*(?P<label>\S.*?)\s*\((?P<roles>[^()/]+(?:/[^()/]+)*)\)\s*$")
#: ``label(role/role…) figure/figure…``: the last bracket before the figures names them
_ORDERED = regex.compile(
    r"^\s*(?P<label>\S.*?)\s*\((?P<roles>[^()/]+(?:/[^()/]+)*)\)\s+(?P<values>[^\s/][^/]*(?:/[^/]+)*)$"
)
_ORDER_ROLES = frozenset({"target", "actual", "achievement_rate"})


def _piece(
    piece: str, start: int, rules: Rules, locate: Locate
) -> tuple[str | None, str, tuple[int, int], Quantity] | None:
    """A bracketed piece ``目標200人``: its column role, name, name span and figure."""
    found = next(iter(_values.find_quantities(piece, rules=rules)), None)
    if found is None or piece[found.end :].strip():
        return None
    raw = piece[: found.start]
    name = label_form(raw.strip(_NAME_TRIM))
    if not name:
        return None
    lead = len(raw) - len(raw.lstrip(_NAME_TRIM))
    name_span = (start + lead, start + lead + len(raw.strip(_NAME_TRIM)))
    quantity = _located(found.value, start + found.start, start + found.end, locate)
    return column_role(name, rules), name, name_span, quantity


def _located(quantity: Quantity, start: int, end: int, locate: Locate) -> Quantity:
    return attrs.evolve(quantity, span=locate(start, end))


def _metric(
    label: str,
    span: tuple[int, int],
    target: Quantity | None,
    actual: Quantity | None,
    rate: Quantity | None,
    rules: Rules,
    locate: Locate,
) -> Metric:
    achievement = rate_value(rate, rules) if rate is not None else None
    return Metric(
        label=label,
        key=rules.metrics.get(label),
        group=None,
        target=target,
        actual=actual,
        achievement_rate=achievement,
        span=locate(*span),
        achievement_span=rate.span if rate is not None and achievement is not None else None,
    )


__all__ = ["KeyValueResults", "read_keyvalue", "read_line", "read_ordered_cell"]
