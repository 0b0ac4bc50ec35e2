"""One table cell: its figures, the names written beside them, and prose cells.

A cell such as ``290人(達成率131.8%)`` holds one figure with a stated achievement rate;
``80.0%(就職者数232人)`` one figure plus a named extra figure; ``54人(就職数)`` one figure
with its name in brackets; ``支援対象者数150人・就職率60%`` two named figures. All
offsets here are offsets into the normalised document text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import lru_cache

import attrs
import regex
from attrs import frozen

from jirei import values as _values
from jirei.errors import ValueParseError
from jirei.lines import Cell, Locate
from jirei.model import Quantity, Span
from jirei.model import with_span as _with_span
from jirei.rules import DEFAULT_RULES, Rules, era_alternation, per_rules, per_rules_memo
from jirei.values.quantities import scan_quantities

# Bracket pairs a whole label may be wrapped in: ``(うち紹介就職)`` → ``うち紹介就職``.
_PAIRS = {"(": ")", "【": "】", "<": ">", "「": "」", "[": "]", "『": "』"}
# A bracketed part of a cell: a name (``(就職数)``), a rate (``(達成率131.8%)``) or an
# extra figure (``(就職者数232人)``).
_PAREN = regex.compile(r"\(([^()]*)\)")
# A footnote mark in brackets after a figure (``104人(注1)``, ``(※2)``): no name (decision 1303).
_NOTE_MARK = regex.compile(r"^(?:注|※)[0-9]{0,2}$")
# Punctuation that separates the named figures of a composite cell; trimmed off names.
_NAME_TRIM = " \t\u3000・、,，/／:：;；"
_SPACE = regex.compile(r"\s+")
# Cells that say "nothing here" rather than holding a figure.
_EMPTY_MARKS = regex.compile(r"^[-－―‐—–ー~〜/／・…]*$")
# What ends a sentence: a cell holding one is prose, not a figure.
_SENTENCE_END = "。"
# Trailing words of a lead such as ``その他の実績として、`` (mirrors sections.toml).
_LEAD_TAIL = regex.compile(r"(?:として|、|,|:|。)+$")


@lru_cache(maxsize=1 << 14)
def label_form(text: str) -> str:
    """A label as recorded: NFKC, inner whitespace removed, wrapping brackets removed."""
    label = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    while len(label) >= 2 and _wrapped(label):
        label = label[1:-1]
    return label


def row_label(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """A row label as recorded: ``label_form`` without a leading bullet marker (``★``) or a
    trailing note mark (``※``, ``*``; ``rules.footnote_markers``), decision 64."""
    label = label_form(text)
    if len(label) < 2:
        return label
    if label[0] in _lead_marks(rules):
        label = label_form(label[1:])
    marks = _note_marks(rules)
    while marks and len(label) > 1 and label.endswith(marks):
        label = label[: -next(len(m) for m in marks if label.endswith(m))]
    if label[-1:].isdigit() or label.endswith(")"):  # ``就職者数※1``, ``(注2)`` (1924)
        bare = _NOTE_TAIL.sub("", label)
        label = bare if len(bare) >= 2 else label
    return drop_label_tails(label, rules)


#: a numbered or bracketed note mark closing a row label (``就職者数※1``, ``支援対象者数(注2)``)
_NOTE_TAIL = regex.compile(
    r"\s*(?:\(\s*(?:※|\*|注)\s*\d{0,2}\s*\)|(?:※|\*)\s*\d{1,2}|注\s*\d{1,2})$"
)


def drop_label_tails(label: str, rules: Rules = DEFAULT_RULES) -> str:
    """``label`` without marks pointing at its figures (``支援対象者数▶``; decision 1244)."""
    tails = _label_tails(rules)
    if tails and label.endswith(tails):
        label = label.rstrip("".join(tails)) or label
    return label


@per_rules
def _label_tails(rules: Rules) -> tuple[str, ...]:
    """Marks after a row label pointing at its figures (``rules.figures_table.label_tails``)."""
    return tuple(m for m in rules.figures_table.get("label_tails", ()) if len(m) == 1)


@per_rules
def _note_marks(rules: Rules) -> tuple[str, ...]:
    """The footnote markers (``rules.footnote_markers``), empty ones left out."""
    return tuple(m for m in rules.footnote_markers if m)


@per_rules
def _lead_marks(rules: Rules) -> frozenset[str]:
    return frozenset(b for b in rules.bullets if len(b) == 1 and b not in "-*+()")


def _wrapped(text: str) -> bool:
    """Whether the first character opens a bracket that the last character closes."""
    close = _PAIRS.get(text[0])
    if close is None or text[-1] != close:
        return False
    depth = 0
    for index, char in enumerate(text):
        if char == text[0]:
            depth += 1
        elif char == close:
            depth -= 1
            if depth == 0 and index != len(text) - 1:
                return False
    return depth == 0


def is_blank_cell(text: str) -> bool:
    """A cell with nothing in it, or only a dash meaning "none"."""
    return bool(_EMPTY_MARKS.match(text.strip()))


@per_rules_memo(1 << 14)
def column_role(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The role (``rules.columns``) of a column or row header such as ``29年度事業目標``,
    ignoring a fiscal-year prefix; None when the header is not a role word."""
    label = label_form(text)
    if not label:
        return None
    role = rules.columns.get(label)
    if role is not None:
        return role
    for found in _values.find_fiscal_years(label, rules=rules):
        if found.start == 0:
            role = rules.columns.get(label[found.end :].lstrip(_NAME_TRIM))
            if role is not None:
                return role
        break
    stripped = _year_prefix(rules).sub("", label, count=1)
    role = rules.columns.get(stripped)
    if role is None and label.endswith(")"):  # ``達成率(%)``: a unit after the name
        from jirei.tables.headunits import header_unit

        name, unit = header_unit(label, rules)
        role = rules.columns.get(name) if unit is not None else None
        if role is None:  # ``平成30年度実績(参考)``: a year kept for reference (decision 1887)
            role = _reference_role(label, rules)
    return role


def _reference_role(label: str, rules: Rules) -> str | None:
    """``previous`` for a column word closed by a bracketed reference word of
    ``figures.toml`` ``reference_heads`` (``実績(参考)``), else None."""
    at = label.rfind("(")
    if at <= 0 or label[at + 1 : -1] not in rules.figures_table.get("reference_heads", ()):
        return None
    return "previous" if column_role(label[:at], rules) is not None else None


@per_rules
def _year_prefix(rules: Rules) -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{era_alternation(rules)})?(?:\d+|元)")


@frozen
class Figure:
    """A figure read from a cell, with the name written beside it (label form) if any."""

    quantity: Quantity
    name: str | None = None
    #: [start, end) of the name in the normalised text
    name_range: tuple[int, int] | None = None
    #: the stated achievement rate that goes with this figure (``(達成率131.8%)``)
    rate: Quantity | None = None
    #: named figures written in brackets after this one (``(就職者数232人)``)
    extras: tuple[Figure, ...] = ()


@frozen
class CellFigures:
    """What a cell holds: its figures, and a rate written without a figure to attach to."""

    figures: tuple[Figure, ...] = ()
    loose_rates: tuple[Quantity, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.figures and not self.loose_rates


def read_cell(cell: Cell, *, rules: Rules = DEFAULT_RULES, locate: Locate) -> CellFigures:
    """The figures of a cell; quantity spans are located in the original text."""
    if cell.end != cell.start + len(cell.text):
        return _read_cell(cell, rules, locate)
    # What a cell's text holds is read once per text (tables repeat their cells) with
    # offsets from the cell's start, then placed at this cell.
    return _placed(_cell_figures(cell.text, rules), cell.start, locate)


def read_cell_pieces(
    pieces: Sequence[Cell], *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> CellFigures:
    """The figures of a cell written in separate pieces (a bare number and the unit and
    bound on the line below it, decision 61), read as the pieces' texts joined; a figure's
    span holds one part per piece it covers. The pieces hold no figure names."""
    if len(pieces) == 1:
        return read_cell(pieces[0], rules=rules, locate=locate)

    def where(start: int, end: int) -> Span:
        located: list[Span] = []
        offset = 0
        for piece in pieces:
            low, high = max(start, offset), min(end, offset + len(piece.text))
            if low < high:
                located.append(locate(piece.start + low - offset, piece.start + high - offset))
            offset += len(piece.text)
        return Span.join(located) if located else locate(pieces[0].start, pieces[0].start)

    text = "".join(piece.text for piece in pieces)
    return _placed(_cell_figures(text, rules), 0, where)


@per_rules_memo(1 << 14)
def _cell_figures(text: str, rules: Rules) -> CellFigures:
    """``read_cell`` of a cell at offset 0, every span as the normalised [start, end)."""
    return _read_cell(Cell(text, 0, len(text)), rules, Span)


def _placed(figures: CellFigures, offset: int, locate: Locate) -> CellFigures:
    """``figures`` of a cell at offset 0 moved to ``offset``, spans located."""
    if figures.empty:
        return figures
    placed = tuple([_placed_figure(f, offset, locate) for f in figures.figures])
    if not figures.loose_rates:
        return _cell_figures_of(placed, ())
    rates = tuple([_placed_quantity(q, offset, locate) for q in figures.loose_rates])
    return _cell_figures_of(placed, rates)


def _placed_figure(figure: Figure, offset: int, locate: Locate) -> Figure:
    name_range = figure.name_range
    rate = figure.rate
    extras = figure.extras
    span = figure.quantity.span
    assert span is not None  # every quantity read from a cell has one
    placed: Figure = _new_object(Figure)
    _set_f_quantity(
        placed, _with_span(figure.quantity, locate(span.start + offset, span.end + offset))
    )
    _set_f_name(placed, figure.name)
    _set_f_name_range(
        placed,
        (name_range[0] + offset, name_range[1] + offset) if name_range is not None else None,
    )
    _set_f_rate(placed, _placed_quantity(rate, offset, locate) if rate is not None else None)
    _set_f_extras(
        placed,
        tuple([_placed_figure(extra, offset, locate) for extra in extras]) if extras else (),
    )
    return placed


def _placed_quantity(quantity: Quantity, offset: int, locate: Locate) -> Quantity:
    span = quantity.span
    assert span is not None  # every quantity read from a cell has one
    return _with_span(quantity, locate(span.start + offset, span.end + offset))


# Placed figures are copies of figures already built (and checked) once per cell text:
# built without attrs' ``__init__``, their slots set through the slot descriptors.
_new_object = object.__new__
_set_f_quantity, _set_f_name, _set_f_name_range, _set_f_rate, _set_f_extras = (
    Figure.__dict__[name].__set__ for name in ("quantity", "name", "name_range", "rate", "extras")
)
_set_c_figures, _set_c_loose_rates = (
    CellFigures.__dict__[name].__set__ for name in ("figures", "loose_rates")
)


def _cell_figures_of(
    figures: tuple[Figure, ...], loose_rates: tuple[Quantity, ...]
) -> CellFigures:
    """``CellFigures(figures, loose_rates)`` (both tuples already)."""
    built: CellFigures = _new_object(CellFigures)
    _set_c_figures(built, figures)
    _set_c_loose_rates(built, loose_rates)
    return built


def _read_cell(cell: Cell, rules: Rules, locate: Locate) -> CellFigures:
    reader = _CellReader(rules, locate)
    position = 0
    if "(" in cell.text:
        for match in _PAREN.finditer(cell.text):
            reader.top(cell.text[position : match.start()], cell.start + position)
            if _NOTE_MARK.match(match.group(1)) is None:  # ``104人(注1)``: no name (1303)
                reader.bracket(match.group(1), cell.start + match.start(1))
            position = match.end()
    reader.top(cell.text[position:], cell.start + position)
    if not reader.figures and not reader.loose_rates and not is_blank_cell(cell.text):
        # a figure without unit or qualifier (``449``) is only a figure as a whole cell, a
        # note's reference mark after it aside (``80*2``, ``183※1``, ``80(注1)``; 3136)
        text = cell.text
        if text[-1:].isdigit() or text[-1:] == ")":
            text = _note_reference(text, rules)
        try:
            quantity = _values.parse_quantity(text, rules=rules)
        except ValueParseError:
            pass
        else:
            span = locate(cell.start, cell.start + len(text.rstrip()))
            return CellFigures((Figure(attrs.evolve(quantity, span=span)),))
    return CellFigures(tuple(reader.figures), tuple(reader.loose_rates))


def _note_reference(text: str, rules: Rules) -> str:
    """``text`` without a footnote's reference mark closing it (a footnote marker of
    ``rules.footnote_markers`` and one or two digits: ``80*2`` → ``80``, ``183※1``;
    a bracketed note mark: ``80(注1)``), else ``text``."""
    bracket = _NOTE_REFERENCE_BRACKET.search(text)
    if bracket is not None:
        return text[: bracket.start()]
    digits = text.rstrip("0123456789")
    if digits == text or len(text) - len(digits) > 2:
        return text
    for marker in rules.footnote_markers:
        if len(marker) == 1 and digits.endswith(marker) and len(digits) > 1:
            return digits[:-1]
    return text


#: a bracketed note mark closing a cell (``(注1)``, ``(※2)``)
_NOTE_REFERENCE_BRACKET = regex.compile(r"\((?:注|※)[0-9]{0,2}\)$")


def split_label(cell: Cell, rules: Rules = DEFAULT_RULES) -> tuple[Cell, Cell] | None:
    """A label cell that swallowed the first figure (``支援対象者数 260人以上`` in a
    space-aligned row whose label is too wide for its column), split in two; else None."""
    for found in _values.find_quantities(cell.text, rules=rules):
        head = cell.text[: found.start].rstrip()
        if not head or head == cell.text[: found.start]:
            return None  # no label before the figure, or no space between them
        return (
            Cell(head, cell.start, cell.start + len(head)),
            Cell(cell.text[found.start :], cell.start + found.start, cell.end),
        )
    return None


#: the column roles a word written inside a cell may give its figure (decision 45; the
#: rate, ``達成率 117.0%`` in a row of ``目標 200人 / 実績 234人`` cells: decision 1109)
_INLINE_ROLES = ("target", "actual", "achievement_rate")


@per_rules
def _inline_words(rules: Rules) -> regex.Pattern[str]:
    """The target / actual column words (``目標``, ``実績``), longest first."""
    words = sorted(
        (w for w, role in rules.columns.items() if role in _INLINE_ROLES), key=len, reverse=True
    )
    return regex.compile("|".join(regex.escape(w) for w in words) or "(?!)")


@per_rules
def _inline_firsts(rules: Rules) -> frozenset[str]:
    """The first characters of the words of ``_inline_words`` (a cheap precheck)."""
    return frozenset(w[0] for w, role in rules.columns.items() if role in _INLINE_ROLES and w)


def _figure_follows(rest: str, rules: Rules) -> bool:
    """Whether ``rest`` is a figure or a lone dash (what follows an in-cell 目標 / 実績)."""
    rest = rest.strip()
    if not rest:
        return False
    if is_blank_cell(rest):
        return True
    counted = next((w for w in rules.count_words if w and rest.startswith(w)), None)
    if counted is not None:  # 実績延べ612件: a count word before the figure
        rest = rest[len(counted) :].lstrip()
    first = next(iter(_values.find_quantities(rest, rules=rules)), None)
    return first is not None and first.start == 0


def inline_role(cell: Cell, rules: Rules = DEFAULT_RULES) -> tuple[str, Cell] | None:
    """A figure cell that says which figure it is (``目標200人``, ``実績98人``, ``目標―``):
    its role and the cell without the word; None for any other cell."""
    text = cell.text
    if not text or text[0] not in _inline_firsts(rules):
        return None
    match = _inline_words(rules).match(text)
    if match is None or not _figure_follows(text[match.end() :], rules):
        return None
    rest = text[match.end() :]
    lead = len(rest) - len(rest.lstrip())
    start = cell.start + match.end() + lead
    return rules.columns[match.group()], Cell(rest.strip(), start, start + len(rest.strip()))


#: a role word before the figure of a cell piece (``前年度 228人``)
_PIECE_WORD = regex.compile(r"^(?P<word>[^\d\s/()]{1,12}?)\s*(?=[\d約])")


def role_pieces(cell: Cell, rules: Rules = DEFAULT_RULES) -> list[tuple[str, Cell]] | None:
    """The pieces of a cell holding several figures apart by ``/``, each opening with the
    word of its role (``目標 240人以上 / 実績 262人(達成率109.2%) / 前年度 228人``; decision
    3219): each piece's role and its figure cell (a previous year's or a period's piece
    keeps its word); None unless two pieces or more all name a role and one is a target or
    an actual."""
    text = cell.text
    if "/" not in text:
        return None
    cuts: list[int] = []
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "/" and depth == 0:
            cuts.append(index)
    if not cuts:
        return None
    pieces: list[tuple[str, Cell]] = []
    for begin, end in zip([-1, *cuts], [*cuts, len(text)], strict=True):
        raw = text[begin + 1 : end]
        body = raw.strip()
        if not body:
            return None
        start = cell.start + begin + 1 + (len(raw) - len(raw.lstrip()))
        piece = Cell(body, start, start + len(body))
        inline = inline_role(piece, rules)
        if inline is not None:
            pieces.append(inline)
            continue
        word = _PIECE_WORD.match(body)
        role = column_role(label_form(word.group("word")), rules) if word else None
        if role not in ("previous", "period"):
            return None
        pieces.append((role, piece))
    if not any(role in ("target", "actual") for role, _ in pieces):
        return None
    return pieces


#: a bracket closing a figure cell (``290人(達成率103.6%)``, ``[…]`` or ``<…>`` after NFKC)
_CLOSING_NOTE = regex.compile(r"[(\[<]\s*(?P<inner>[^()\[\]<>]{2,30}?)\s*[)\]>]\s*$")


def rate_note(cell: Cell, rules: Rules = DEFAULT_RULES) -> tuple[Cell, Cell] | None:
    """A target or actual cell closing with its achievement rate in brackets
    (``290人（達成率103.6％）``, ``66件 [達成率: 110.0%]``; decision 2924): the figure cell
    without the bracket and the rate's cell (its word taken off, see ``inline_role``); else
    None."""
    text = cell.text
    if not text or text[-1] not in ")]>":
        return None
    match = _CLOSING_NOTE.search(text)
    if match is None or match.start() == 0:
        return None
    inner_at = match.start("inner")
    inner = match.group("inner")
    word = next(
        (w for w in _rate_words(rules) if inner.startswith(w)), None
    )  # (the longest first)
    if word is None:
        return None
    rest = inner[len(word) :]
    figure = rest.lstrip(" \u3000:：=")
    if not figure[:1].isdigit():
        return None
    head = text[: match.start()].rstrip()
    if not head or not any(ch.isdigit() for ch in head):
        return None
    at = cell.start + inner_at + len(word) + len(rest) - len(figure)
    return Cell(head, cell.start, cell.start + len(head)), Cell(figure, at, at + len(figure))


@per_rules
def _rate_words(rules: Rules) -> tuple[str, ...]:
    """The achievement-rate words of ``rules.columns``, longest first."""
    words = (w for w, role in rules.columns.items() if role == "achievement_rate" and w)
    return tuple(sorted(words, key=len, reverse=True))


def split_inline_role(cell: Cell, rules: Rules = DEFAULT_RULES) -> tuple[Cell, Cell] | None:
    """A label cell that ends in an in-cell figure (``(うち紹介就職)目標―``): the label and
    the figure cell (with its word, see ``inline_role``); else None."""
    text = cell.text
    for match in _inline_words(rules).finditer(text):
        if match.start() == 0 or not _figure_follows(text[match.end() :], rules):
            continue
        head = text[: match.start()].rstrip()
        return (
            Cell(head, cell.start, cell.start + len(head)),
            Cell(text[match.start() :], cell.start + match.start(), cell.end),
        )
    return None


class _CellReader:
    """Accumulates the figures of one cell, fragment by fragment."""

    def __init__(self, rules: Rules, locate: Locate) -> None:
        self.rules = rules
        self.locate = locate
        self.figures: list[Figure] = []
        self.loose_rates: list[Quantity] = []
        self.pending_name: tuple[str, int, int] | None = None

    def _named(
        self, text: str, offset: int
    ) -> Iterator[tuple[Quantity, str | None, tuple[int, int] | None]]:
        """Each quantity of ``text`` with the name written before it."""
        previous = 0
        for start, end, (value, unit, qualifier) in scan_quantities(text, self.rules):
            raw = text[previous:start]
            name_text = raw.strip(_NAME_TRIM)
            if name_text in self.rules.count_words:  # 延べ 1,230件: no name (decision 67)
                name_text = ""
            name = label_form(name_text) or None if name_text else None
            if name:
                lead = len(raw) - len(raw.lstrip(_NAME_TRIM))
                name_range = (offset + previous + lead, offset + previous + lead + len(name_text))
            else:
                name_range = None
            quantity = Quantity(value, unit, qualifier, self.locate(offset + start, offset + end))
            previous = end
            yield quantity, name, name_range

    def _role(self, name: str | None) -> str | None:
        return self.rules.columns.get(name) if name else None

    def top(self, text: str, offset: int) -> None:
        """A fragment outside brackets: new figures."""
        for quantity, name, name_range in self._named(text, offset):
            role = self._role(name)
            if role == "achievement_rate":
                self._attach_rate(quantity)
                continue
            if role is not None:  # ``実績 290人``: the word names the column, not the figure
                name, name_range = None, None
            if name is None and self.pending_name is not None:
                name, start, end = self.pending_name
                name_range = (start, end)
            self.pending_name = None
            self.figures.append(Figure(quantity, name, name_range))

    def bracket(self, text: str, offset: int) -> None:
        """A bracketed fragment: a name, a rate, or extra figures of the figure before it."""
        named = list(self._named(text, offset))
        if not named:
            name_text = text.strip(_NAME_TRIM)
            name: str | None = label_form(name_text)  # None from the loop below
            if not name:
                return
            lead = len(text) - len(text.lstrip(_NAME_TRIM))
            name_range: tuple[int, int] | None = (offset + lead, offset + lead + len(name_text))
            if self.figures and self.figures[-1].name is None:
                self.figures[-1] = attrs.evolve(self.figures[-1], name=name, name_range=name_range)
            elif not self.figures:
                self.pending_name = (name, *name_range)
            return
        for quantity, name, name_range in named:
            role = self._role(name)
            if role == "achievement_rate":
                self._attach_rate(quantity)
            elif self.figures and name is not None:
                last = self.figures[-1]
                extra = Figure(quantity, name, name_range)
                self.figures[-1] = attrs.evolve(last, extras=(*last.extras, extra))
            else:
                self.figures.append(Figure(quantity, name, name_range))

    def _attach_rate(self, quantity: Quantity) -> None:
        if self.figures and self.figures[-1].rate is None:
            self.figures[-1] = attrs.evolve(self.figures[-1], rate=quantity)
        else:
            self.loose_rates.append(quantity)


def rate_value(quantity: Quantity, rules: Rules = DEFAULT_RULES) -> Decimal | None:
    """A stated rate in percent as written (``131.8%`` → 131.8); None if not a rate."""
    if quantity.unit is None:
        return Decimal(quantity.value)
    factor = rules.rate_units.get(quantity.unit)
    if factor is None:
        return None
    return Decimal(quantity.value) * factor


# --- prose cells -------------------------------------------------------------------------


@per_rules
def _bullet_pattern(rules: Rules) -> regex.Pattern[str]:
    markers = sorted(rules.bullets, key=len, reverse=True)
    alternation = "|".join(map(regex.escape, markers))
    # A marker opens an item at the start, or after a space or a sentence/clause end;
    # ``職業相談・紹介`` (a middle dot inside a word) is not a break.
    return regex.compile(rf"(?:^|(?<=[\s。、]))(?:{alternation})(?:\s*(?:{alternation}))*")


def is_prose(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """A cell of sentences or bullet items rather than a figure."""
    if _SENTENCE_END in text or _is_lead(_bullet_pattern(rules).split(text)[0], rules):
        return True
    return bool(_bullet_pattern(rules).match(text.strip()))


def _is_lead(text: str, rules: Rules) -> bool:
    lead = _LEAD_TAIL.sub("", label_form(text))
    return bool(lead) and rules.sections.get(lead) == "other_results"


def prose_items(cell: Cell, rules: Rules = DEFAULT_RULES) -> list[tuple[str, int, int]]:
    """The items of a prose cell split at bullet markers, markers stripped, a lead such as
    ``その他の実績として、`` dropped; each with its [start, end) in the normalised text."""
    markers = list(_bullet_pattern(rules).finditer(cell.text))
    segments = [(0, markers[0].start() if markers else len(cell.text), True)]
    for number, marker in enumerate(markers):
        end = markers[number + 1].start() if number + 1 < len(markers) else len(cell.text)
        segments.append((marker.end(), end, False))
    items: list[tuple[str, int, int]] = []
    for start, end, lead_segment in segments:
        raw = cell.text[start:end]
        text = raw.strip()
        if not text or (lead_segment and _is_lead(text, rules)):
            continue
        lead = len(raw) - len(raw.lstrip())
        items.append((text, cell.start + start + lead, cell.start + start + lead + len(text)))
    return items
