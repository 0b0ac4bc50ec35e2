"""Field lines and profile cards beside a case header (``corpus/README.md`` decision 20).

    名称：ぬまづ就労支援窓口（一体的実施施設）        a field line
    **開設**：2015年4月1日                         a field line in bold
    - **連携先**：…労働局、ハローワーク…            a bold field line as a list item
    事業開始日　令和元年7月1日                       a date field after a space
    自治体<TAB>山口県山口市                          a tab-card row (decision 59)
    | 自治体 | 香川県高松市 |                        a profile-card row

The label is looked up in ``rules.field_labels`` (what the value fills); a card's header
row (``| 項目 | 内容 |``, words in ``rules.card_headers``) and its ``|---|---|`` rule are
card lines that fill nothing. Offsets are into the normalised text.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex
from attrs import frozen

from jirei.lines import Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.tables.cells import label_form

_RULE_CELL = regex.compile(r"^:?-{2,}:?$")
#: a label opening with white space (then no ``(?=\S)`` shortcut in the break pattern)
_SPACE_FIRST = regex.compile(r"\s")


@frozen
class FieldLine:
    """A field read from a line: what it fills (``rules.field_labels``), its label as
    written (label form) and its value with ``[start, end)`` offsets."""

    kind: str
    label: str
    value: str
    start: int
    end: int


@per_rules
def _patterns(rules: Rules) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A field line's pattern, and where a line holding several fields breaks: two or
    more spaces followed by another ``label:``."""
    labels = sorted(rules.field_labels, key=len, reverse=True)
    words = "|".join(regex.escape(label) for label in labels) or "(?!)"
    markers = "|".join(regex.escape(m) for m in rules.field_markers) or "(?!)"
    enumerators = "|".join(f"(?:{e})" for e in rules.field_enumerators) or "(?!)"
    # a list bullet before a bold or bracketed label (``- **連携先**:…``), or before a label
    # and its colon (``- 自治体：…``, decision 937), is no part of it
    bullets = "|".join(regex.escape(b) for b in rules.bullets) or "(?!)"
    # every break is followed by a label (or ``**``): where no label opens with white
    # space, ``(?=\S)`` says so first, so a run of spaces (space-aligned text) fails at
    # once instead of retrying the label alternation at each shorter run (the same matches)
    settle = "" if any(not w or _SPACE_FIRST.match(w) for w in labels) else r"(?=\S)"
    return (
        regex.compile(
            rf"^\s*(?:(?:{bullets})\s*(?=\*\*|【|(?:{words})\s*:))?"
            # an outline's enumerator (``ア``, ``(1)``): a colon, a gap or a date (decision 871)
            rf"(?:(?P<marker>{markers})\s*|(?:{enumerators})\s*)?"
            rf"(?:(?P<bold>\*\*)|(?P<bracket>【))?"
            rf"(?P<label>{words})(?(bold)\*\*)(?(bracket)】)"
            r"\s*(?:(?P<colon>:)\s*|\s*)(?P<value>\S.*?)\s*$"
        ),
        # two or more spaces, or a ``/`` or ``|`` (``｜``) after a field's colon
        # (``実施主体:…/連携:…``, ``自治体:…|労働局:…``)
        regex.compile(
            rf"(?:\s{{2,}}|(?<=:[^/|]*)\s*[/|]\s*){settle}(?=(?:\*\*)?(?:{words})(?:\*\*)?\s*:)"
            # ``【自治体】…　【労働局】…``: a bracketed label opens the next field (decision 219)
            rf"|(?<=\S)\s*(?=【(?:{words})】)"
            # ``自治体名　　place　　　　労働局　　name``, ``自治体<TAB>place<TAB>労働局<TAB>name``:
            # a label standing apart from its value like the first (decisions 304, 311)
            rf"|(?<=\S)(?:\s{{2,}}|\t){settle}(?=(?:{words})(?:\s{{2,}}|\t)\S)"
        ),
    )


def _pattern(rules: Rules) -> regex.Pattern[str]:
    return _patterns(rules)[0]


def _pieces(line: Line, rules: Rules) -> list[Line]:
    """A line cut where another field starts after two or more spaces
    (``自治体名：…　　労働局：…``, decision 44) or after a ``／`` (``実施主体：…／連携：…``,
    decision 48); the line itself when it holds one."""
    text = line.text
    no_break = "  " not in text and "/" not in text and "|" not in text
    aligned = "\t" in text or "  " in text  # label and value apart, no colon (decision 311)
    if "【" not in text and (no_break or ":" not in text) and not aligned:
        return [line]  # no break can match
    if "\t" in text and ":" not in text and text.count("\t") % 2 == 1:
        return _tab_pairs(line)  # ``label<TAB>value<TAB>label<TAB>value`` (decision 304)
    pieces: list[Line] = []
    position = 0
    for match in _patterns(rules)[1].finditer(text):
        pieces.append(Line(text[position : match.start()], line.start + position))
        position = match.end()
    pieces.append(Line(text[position:], line.start + position))
    return pieces


def _tab_pairs(line: Line) -> list[Line]:
    """A tab row's cells taken two by two (label, value), each pair a piece."""
    cells = line.text.split("\t")
    pieces: list[Line] = []
    position = 0
    for number in range(0, len(cells), 2):
        text = "\t".join(cells[number : number + 2])
        pieces.append(Line(text, line.start + position))
        position += len(text) + 1
    return pieces


def read_fields(line: Line, rules: Rules = DEFAULT_RULES) -> list[FieldLine]:
    """Every field a line holds: one for a field line or card row, several for a line of
    fields separated by wide spaces; empty when its first piece is no field."""
    if not rules.field_labels:
        return []
    if line.text.lstrip().startswith("|"):
        found = read_field(line, rules)
        return [found] if found is not None else []
    if "\n" not in line.text and _pattern(rules).match(line.text) is None:
        return []  # (no first piece is a field: see ``read_field``)
    fields: list[FieldLine] = []
    for piece in _pieces(line, rules):
        found = _read_one(piece, rules)
        if found is None:
            break
        fields.append(found)
    return fields


def _per_line_text(
    read: Callable[[Line, Rules], FieldLine | None],
) -> Callable[[Line, Rules], FieldLine | None]:
    """Memoise ``read(line, rules)`` per line text: the field's offsets are the line's start
    plus where its text holds it. Several readers ask it of the same line (segmentation's
    field cards, the ward field, fact titles: ~2.3 asks per text within a document)."""

    @per_rules_memo(1 << 14)
    def at_zero(text: str, rules: Rules) -> FieldLine | None:
        return read(Line(text, 0), rules)

    @functools.wraps(read)
    def memoised(line: Line, rules: Rules = DEFAULT_RULES) -> FieldLine | None:
        if line.__class__ is not Line:  # a row rebuilt from cells reads its own cells
            return read(line, rules)
        found = at_zero(line.text, rules)
        if found is None or not line.start:
            return found
        at = line.start
        return FieldLine(found.kind, found.label, found.value, found.start + at, found.end + at)

    return memoised


@_per_line_text
def read_field(line: Line, rules: Rules = DEFAULT_RULES) -> FieldLine | None:
    """The field a line holds (a field line or a card row), else None.

    A label without a colon is a field only for a date written right after it
    (``事業開始日　令和元年7月1日``, whose space normalisation may have removed), so that
    prose starting with a label word (``開設初年度から…``) is not one.
    """
    if not rules.field_labels:
        return None
    if line.text.lstrip().startswith("|"):
        cells = row_cells(line)
        if len(cells) != 2 or not cells[1].text:
            return None
        label = label_form(cells[0].text)
        kind = rules.field_labels.get(label)
        if kind is None:
            return None
        value = cells[1]
        return FieldLine(kind, label, value.text, value.start, value.end)
    if "\n" not in line.text and _pattern(rules).match(line.text) is None:
        # the first piece is a prefix of the line: where the line does not match, no
        # prefix does (the pattern's lookarounds look at most one character ahead, inside
        # the label and value that follow them), so the cut is not needed
        return None
    return _read_one(_pieces(line, rules)[0], rules)


def _read_one(line: Line, rules: Rules) -> FieldLine | None:
    """The field of a (piece of a) line that is no card row."""
    match = _pattern(rules).match(line.text)
    if match is None:
        return None
    kind = rules.field_labels[match.group("label")]
    # a tab after the label separates it like a colon (a tab card, decision 59)
    tabbed = "\t" in line.text[match.end("label") : match.start("value")]
    if match.group("colon") is None and match.group("bracket") is None and not tabbed and not (
        kind == "start_date" and _starts_with_date(match.group("value"), rules)
    ) and not (kind == "place" and _is_place_value(match.group("value"))):
        if not (
            (_spaced(line.text, match, rules) or _aligned(line.text, match, rules))
            if match.group("marker") is not None
            else _aligned(line.text, match, rules)
        ) or not _marked_value(match.group("value")):
            return None
    start, end = line.start + match.start("value"), line.start + match.end("value")
    return FieldLine(kind, match.group("label"), match.group("value"), start, end)


def _spaced(text: str, match: regex.Match[str], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a marked label stands apart from its value (``◇実施自治体 大阪府堺市``) or is
    glued to a value that is no running words (``○連携ハローワークHW川辺(長野労働局)``): a label
    glued to words that open with a particle or run on as a clause (``◆ハローワークの求人を…``,
    ``■開設初年度、市役所一階に…を``) is a headline's first word, no field
    (decisions 2638, 2675)."""
    if match.end("label") < match.start("value"):
        return True
    value = match.group("value").strip()
    if match.group("label") + value in rules.field_labels:  # ``・施設名``: a longer label, no
        return False  # value (decision 2761)
    return not value or not (
        _HIRAGANA.match(value) or ("、" in value and _HIRAGANA.match(value[-1]))
    )


#: one hiragana character (a particle opening running words, or one closing a clause)
_HIRAGANA = regex.compile(r"\p{Hiragana}")


def _aligned(text: str, match: regex.Match[str], rules: Rules) -> bool:
    """Whether a label without a colon stands apart from its value as in a space-aligned
    card (``施設名称　　　name``: two or more spaces), or is an office label whose value is an
    office (``ハローワーク　ハローワーク札幌東``, the single space normalisation removed;
    decisions 202, 208), or a place label glued to a whole prefecture and municipality
    (``実施自治体山口県下関市``, decision 1112; one space left between them is no field)."""
    if len(text[match.end("label") : match.start("value")]) >= 2:
        return True
    kind = rules.field_labels[match.group("label")]
    value = match.group("value")
    if kind in ("labour_bureau", "offices") and _BUREAU_FIRST.match(value):
        return True  # ``労働局・ハローワーク　香川労働局・…`` (decision 504)
    if kind == "place" and match.end("label") == match.start("value") and _PLACE_VALUE.match(
        value
    ):  # ``実施自治体山口県下関市``: the one space normalisation removed (decision 1112)
        return True
    if kind not in ("hello_work", "offices"):
        return False
    prefixes = tuple(rules.hello_work_prefixes)
    if value.startswith(prefixes):
        return True
    from jirei.ocrrepair import repair_name  # ``ハロ一ワ一ク下関`` as a scan reads it (1112)

    return repair_name(value, rules).startswith(prefixes)


#: a value opening with a labour bureau's name (``香川労働局…``)
_BUREAU_FIRST = regex.compile(r"\p{Han}{1,5}労働局")
#: a place value as a whole: a prefecture and a municipality (``山口県下関市``)
_PLACE_VALUE = regex.compile(
    r"\p{Han}{1,3}[都道府県]\p{Han}[\p{Han}\p{Hiragana}\p{Katakana}ヶ]{0,6}[市区町村]$"
)


def _marked_value(value: str) -> bool:
    """Whether the value of a marked field line without a colon reads as a field value:
    no colon in it and no sentence (decision 86)."""
    return ":" not in value and not value.endswith("。")


def _is_place_value(text: str) -> bool:
    """Whether ``text`` is a place alone (``浜松市``, ``静岡県``, ``静岡県浜松市``): the value of
    a place label whose space normalisation removed (``市町村名浜松市``, decision 1605)."""
    from jirei.fallback import find_place
    from jirei.places import PREFECTURES

    value = text.strip()
    if value in PREFECTURES:
        return True
    found = find_place(value) if 2 <= len(value) <= 12 else None
    return found is not None and found == (0, len(value))


def _starts_with_date(text: str, rules: Rules) -> bool:
    from jirei.values import find_dates

    return any(found.start == 0 for found in find_dates(text, rules))


def is_card_furniture(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """A profile card's header row (``| 項目 | 内容 |``, also space-aligned ``項目　　内容``,
    decision 208) or its ``|---|---|`` rule."""
    if not line.text.lstrip().startswith("|"):
        if "  " not in line.text.strip() and "\t" not in line.text:
            return False
        cells = row_cells(line)
        return len(cells) == 2 and all(label_form(c.text) in rules.card_headers for c in cells)
    cells = row_cells(line)
    if len(cells) != 2:
        return False
    texts = [label_form(c.text) for c in cells]
    return all(_RULE_CELL.match(t) for t in texts) or all(t in rules.card_headers for t in texts)


def is_field_line(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line belongs to a case's fields or profile card."""
    return _is_field_text(line.text, rules)


@per_rules_memo(1 << 14)
def _is_field_text(text: str, rules: Rules) -> bool:
    """``is_field_line`` of a line's text (the answer does not depend on where it stands)."""
    line = Line(text, 0)
    return read_field(line, rules) is not None or is_card_furniture(line, rules)


__all__ = ["FieldLine", "is_card_furniture", "is_field_line", "read_field", "read_fields"]
