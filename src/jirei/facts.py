"""Header facts found wherever they stand in a case's opening block, whatever its layout.

Two kinds of fact are read from the opening-block lines of a case:

* *labelled* facts: a label of ``rules.field_labels`` and its value, separated by a colon,
  a tab, a bar (``|``, a box-drawing ``│`` after normalisation), or two or more spaces; the
  label may be letter-spaced (``種   別`` — a run of spaces between its characters);
* *unlabelled* facts, recognised by their shape in a cell or piece of a line: a labour
  bureau (``…労働局``) and Hello Work offices, a facility name followed by its bracketed
  kind, a date (the start date), a place (a prefecture and / or a municipality of the
  shipped table, as in ``岡山県倉敷市の取組``).

Labelled facts win over unlabelled ones; within each kind the first found wins.
Offsets are into the normalised text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from itertools import pairwise

import regex

from jirei.caselabel import label_length
from jirei.fields import FieldLine
from jirei.header import (
    Field,
    HeaderFields,
    _partners_start,
    _read_rest,
    _start_date,
    header_from_fields,
    header_patterns,
    read_offices,
)
from jirei.lines import Line, row_cells
from jirei.places import PREFECTURES, municipality_in, split_prefecture
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo

#: a slash between pieces of a line (not between the figures of a date ``2017/4/3``), or
#: the cross of ``place × bureau・office``
_SLASH = regex.compile(r"\s*(?:(?<!\d)/|/(?!\d)|×)\s*")
#: what parts a bureau from its offices on a line of their own: spaces, slashes, dots, bars,
#: brackets, or nothing where normalisation removed the space (``北海道労働局ハローワーク旭川``,
#: ``埼玉労働局ハローワーク上尾``; decisions 2387, 2419)
_OFFICE_BREAK = regex.compile(r"[\s/・、,|()]+|(?<=労働局)(?=ハローワーク|公共職業安定所)")
_BUREAU_PIECE = regex.compile(r"[^\s/・、,|]{1,8}労働局")
#: a short label of no known kind, then a colon (``窓口:``), or in brackets (``【窓口】``)
_UNKNOWN_LABEL = regex.compile(r"^\s*(?:[^\s:\d()【】]{1,8}\s*:|【[^】\d]{1,8}】)\s*(?=\S)")
#: the longest office name: a longer piece opening with ``ハローワーク`` is a headline
#: (``ハローワークの中に…``; decision 509)
_MAX_OFFICE = 14
#: a markdown bold mark around a whole piece
_BOLD = regex.compile(r"\s*\*\*(?P<inner>[^*]+?)\*\*\s*")
#: a label, then what separates it from its value
_SEPARATOR = r"(?:\s*[:|]\s*|\t\s*|\s{2,})"
_WHITE = regex.compile(r"\s+")


@per_rules
def _labelled(rules: Rules) -> regex.Pattern[str]:
    """A labelled fact at the start of a text: a (possibly letter-spaced) field label,
    a separator and the value."""
    labels = sorted(rules.field_labels, key=len, reverse=True)
    # grouped by their first character, in the same order within a group (labels opening
    # with different characters never match at one place): the engine tries one group, not
    # every label
    groups: dict[str, list[str]] = {}
    for label in labels:
        groups.setdefault(label[:1], []).append(
            "".join(r"[ \t]*" + regex.escape(char) for char in label[1:])
        )
    spaced = "|".join(
        f"{regex.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()
    )
    return regex.compile(
        rf"^\s*(?:【\s*(?P<label>{spaced or '(?!)'})\s*】\s*"  # ``【実施主体】value``
        # a form's field number (``２．労働局・安定所``, 1910), or an outline's circled one
        # (``③　施設の種別``, NFKC ``3 施設の種別``; ``（３）施設の種別``: 2941)
        rf"|(?:(?:\d{{1,2}}(?:\s*[.、]|\s)|\(\s*\d{{1,2}}\s*\))\s*(?=\D))?"
        rf"(?P<label>{spaced or '(?!)'})(?:{_SEPARATOR}|{_leader(rules)}))(?P<value>\S.*?)\s*$"
    )


def _leader(rules: Rules) -> str:
    """A dot leader between a label and its value (``開設 ………… 2017年10月2日``, decision
    2562): three dots or more of ``forms.toml`` ``leaders`` (NFKC), ``.`` or ``・``, spaces
    around and between them."""
    leaders = rules.forms_table.get("leaders", ())
    chars = {c for leader in leaders for c in unicodedata.normalize("NFKC", leader)} | {".", "・"}
    alternation = "".join(regex.escape(c) for c in sorted(chars))
    return rf"\s*(?:[{alternation}]\s*){{3,}}"


@per_rules
def _labelled_first(rules: Rules) -> regex.Pattern[str] | None:
    """What every match of ``_labelled`` opens with: white space, then ``【`` or a field
    number (``２．``, ``3 ``, ``(3)``) or neither, then a label's first two characters (spaces
    or tabs between them) — a cheap exact precheck (the label pattern itself tries its labels
    one by one); None when a label is empty (then a match may open with its separator)."""
    labels = list(rules.field_labels)
    if not all(labels):
        return None
    seconds: dict[str, set[str]] = {}
    for label in labels:
        seconds.setdefault(label[0], set()).add(label[1:2])
    starts = "|".join(
        regex.escape(first)
        if "" in after  # (a one-character label)
        else regex.escape(first) + r"[ \t]*[" + "".join(map(regex.escape, sorted(after))) + "]"
        for first, after in sorted(seconds.items())
    )
    return regex.compile(
        rf"\s*(?:【\s*|(?:\d{{1,2}}(?:\s*[.、]|\s)|\(\s*\d{{1,2}}\s*\))\s*)?(?:{starts})"
    )


def labelled_fact(text: str, offset: int, rules: Rules = DEFAULT_RULES) -> FieldLine | None:
    """The labelled fact ``text`` (standing at ``offset``) holds, else None. A value that
    is a sentence (ends with ``。``) is no fact."""
    found = _labelled_fact_at_zero(text, rules)
    if found is None or not offset:
        return found
    return FieldLine(found.kind, found.label, found.value, found.start + offset, found.end + offset)


@per_rules_memo(1 << 14)
def _labelled_fact_at_zero(text: str, rules: Rules) -> FieldLine | None:
    """``labelled_fact`` of ``text`` at offset 0, memoised per text: the facts, the fact
    lines and the box harvest ask it of the same texts (~2.4 asks per text in a document)."""
    offset = 0
    first = _labelled_first(rules)
    if first is not None and first.match(text) is None:
        return None  # (no label opens the text, after a bracket or a field number)
    match = _labelled(rules).match(text)
    if match is None:
        return None
    value = match.group("value")
    if value.endswith("。") or len(value) > 80:
        return None
    label = _WHITE.sub("", match.group("label"))
    kind = rules.field_labels[label]
    start = offset + match.start("value")
    return FieldLine(kind, label, value, start, start + len(value))


def _pieces(line: Line, rules: Rules) -> Iterator[tuple[str, int]]:
    """The cells of a line (split at tabs, bars and wide spaces), each with its offset;
    a leading case label is cut off."""
    for cell in row_cells(line):
        text, start = cell.text, cell.start
        cut = label_length(text, rules)
        if cut:
            text, start = text[cut:], start + cut
        mark = _lead_mark(text, rules)  # ``■ name（kind）``: a header line behind a mark (2387)
        if mark:
            text, start = text[mark:], start + mark
        bold = _BOLD.fullmatch(text)  # ``**name（kind）／date開設**`` (decision 507)
        if bold is not None:
            text, start = bold["inner"], start + bold.start("inner")
        position = 0
        for slash in _SLASH.finditer(text):  # ``place／bureau・office／name(kind)``
            if text[position : slash.start()].strip():
                yield text[position : slash.start()], start + position
            position = slash.end()
        if text[position:].strip():
            yield text[position:], start + position


def _lead_mark(text: str, rules: Rules) -> int:
    """The length of a bullet mark (``rules.bullets``, one character) and the spaces after it
    opening ``text``, when text follows it; else 0."""
    if not text or text[0] not in _marks(rules):
        return 0
    rest = text[1:].lstrip()
    return len(text) - len(rest) if rest else 0


@per_rules
def _marks(rules: Rules) -> frozenset[str]:
    return frozenset(b for b in rules.bullets if len(b) == 1)


def read_facts(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> HeaderFields:
    """The header facts of a case's opening-block lines (see the module docs)."""
    labelled: list[FieldLine] = []
    loose: list[tuple[str, int]] = []
    line_of: dict[int, int] = {}  # a loose piece's offset → its line's (decision 1707)
    people = _people_labels(rules)
    for line in lines:
        if line.text.lstrip().startswith(people):  # ``対応者　…所長　横井氏``: who received
            continue  # a visit, people and not the partners (decision 2199)
        whole = labelled_fact(line.text, line.start, rules)
        if (
            whole is not None
            and "|" not in line.text
            and "\t" not in line.text
            and not _more_labels(whole.value, rules)
        ):
            labelled.append(whole)
            continue
        cells = list(_pieces(line, rules))
        if whole is None and len(cells) == 1:  # ``労働局・ハローワーク香川労働局…``: the space
            from jirei.fields import read_field  # between label and value normalised away

            joined = read_field(line, rules)
            if joined is not None:
                labelled.append(joined)
                continue
        if len(cells) >= 2 and len(cells) % 2 == 0:  # a card row: label | value, or a
            pairs = [  # sheet's row of pairs: label value label value (decision 2499)
                _pair(cells[i], cells[i + 1], rules) for i in range(0, len(cells), 2)
            ]
            if all(pair is not None for pair in pairs):
                labelled.extend(pair for pair in pairs if pair is not None)
                continue
        for text, start in cells:
            found = labelled_fact(text, start, rules)
            if found is not None:
                labelled.append(found)
            else:
                loose.append((text, start))
                line_of[start] = line.start
    read = header_from_fields(labelled, rules)
    fields = dict(read.fields)
    offices = list(read.hello_work)
    office_line: int | None = None  # the line whose pieces named the offices
    for text, start in loose:
        if offices and line_of.get(start) == office_line:  # ``…神戸／ハローワーク灘】``: the
            more: list[Field] = []  # offices of one line, parted by a slash, are all kept
            _shape(text, start, fields, more, rules)
            offices.extend(o for o in more if all(o.value != k.value for k in offices))
            continue
        had = bool(offices)
        _shape(text, start, fields, offices, rules)
        if offices and not had:
            office_line = line_of.get(start)
    if "facility_name" not in fields:
        _name_over_kind(lines, fields, rules)
    return HeaderFields(fields, tuple(offices), read.asides)


def _name_over_kind(lines: Sequence[Line], fields: dict[str, Field], rules: Rules) -> None:
    """``はちおうじ就労ステーション`` over ``（一体的実施施設）``: a facility's name on the line
    over its bracketed kind alone, no other fact on it (decision 2492)."""
    kind = header_patterns(rules).kind
    for above, line in pairwise(lines):
        found = kind.fullmatch(line.text.strip())
        name = above.text.strip()
        if (
            found is None
            or not name
            or len(name) > 40
            or any(mark in name for mark in "。、:|()「」【】/\t")
            or names_place(name)
            or "労働局" in name
            or is_office_text(name, rules)
            or labelled_fact(name, 0, rules) is not None
            or line.start - above.end > 2  # (the line right under it)
        ):
            continue
        at = above.start + above.text.find(name)
        fields["facility_name"] = Field(name, at, at + len(name))
        lead = line.start + line.text.find(found.group())
        fields.setdefault(
            "facility_type",
            Field(found.group(1), lead + found.start(1), lead + found.end(1)),
        )
        return


def _pair(
    label: tuple[str, int], value: tuple[str, int], rules: Rules
) -> FieldLine | None:
    """The field a label cell and the value cell after it state, else None."""
    found = labelled_fact(f"{label[0]}|{value[0]}", 0, rules)
    if found is None or found.label != _WHITE.sub("", label[0]):
        return None
    text, at = value
    return FieldLine(found.kind, found.label, text, at, at + len(text))


def _more_labels(value: str, rules: Rules) -> bool:
    """Whether a value holds further labelled pieces after a slash (``…/連携:…``), or a
    field label alone between wide spaces (a sheet's row of label–value pairs:
    ``都道府県　　福岡県　　市区町村　　北九州市``, decision 2499), or a labelled fact after a
    wide space (several labelled facts on one line, decision 3548)."""
    if any(
        labelled_fact(piece, 0, rules) is not None or _UNKNOWN_LABEL.match(piece)
        for piece in _SLASH.split(value)[1:]
    ):
        return True
    cells = _WIDE.split(value.strip())
    if len(cells) >= 2 and any(  # ``所在地:…　　労働局:…　　ハローワーク:…`` (3548)
        labelled_fact(cell, 0, rules) is not None for cell in cells[1:]
    ):
        return True
    return len(cells) >= 3 and any(
        _WHITE.sub("", cell) in rules.field_labels for cell in cells[1:-1]
    )


#: the gap between the cells of a row aligned by spaces
_WIDE = regex.compile(r"\s{2,}")


def _shape(
    text: str, start: int, fields: dict[str, Field], offices: list[Field], rules: Rules
) -> None:
    """Read one unlabelled piece by its shape into ``fields`` / ``offices`` (what they
    already hold stays). A short label of no known kind before a colon (``窓口:…``) is
    cut off: the value is read by its shape."""
    label = _UNKNOWN_LABEL.match(text)
    said = ""  # the unknown label, which may say the date is a start (``開所日:``)
    if label is not None:
        said = label.group()
        text, start = text[label.end() :], start + label.end()
    else:  # ``施設名とよた…（kind）``: a facility label the space normalisation glued (1663)
        glued = _glued_facility_label(text, rules)
        text, start = text[glued:], start + glued
    pats = header_patterns(rules)
    if ("労働局" in text or "ハローワーク" in text) and _is_sentence(text):
        _sentence_partners(text, start, fields, offices, rules)  # ``…と…労働局は、…`` (2491)
        return
    if "労働局" in text or (pats.office.search(text) is not None and _office_piece(text, rules)):
        found: dict[str, Field] = {}
        more: list[Field] = []
        cut = _partners_start(text, pats)  # ``大阪府堺市 × 大阪労働局・…`` (decision 507)
        if 0 < cut < len(text) and _place_of(text[:cut]) is not None:
            _place(text[:cut], start, fields)
            text, start = text[cut:], start + cut
        read_offices(text, start, pats, found, more)
        _merge(fields, found)
        if not offices:
            offices.extend(more)
        return
    if pats.kind.search(text) is not None or _start_date(text, pats, rules) is not None:
        found = {}
        _read_rest(text, start, pats, found, rules)
        name = found.get("facility_name")
        if name is not None and (_place_of(str(name.value)) or len(str(name.value)) > 40):
            del found["facility_name"]
        date = found.get("start_date")
        name = found.get("facility_name")
        if date is not None and name is not None and name.start == date.end:
            del found["facility_name"]  # ``date（火）事業開始``: the date's own tail (2494)
        if date is not None and not _starts(text, date.end - start, said, rules):
            del found["start_date"]  # a date of no start (a publication date, a deadline)
            if "facility_type" not in found:  # ``視察日令和六年十月…``: the words before a
                found.pop("facility_name", None)  # date of no start name no facility (2198)
        kind = found.get("facility_type")
        if kind is not None and text.startswith(_topic_words(rules), kind.end + 1 - start):
            found.pop("facility_name", None)  # ``…事業(一体的実施)について``: a topic, no
            found.pop("facility_type", None)  # facility (decision 2198)
        _merge(fields, found)
        return
    if "。" not in text:  # a sentence's subject is no header place (``高萩市や…。``, 1538)
        _place(text, start, fields)


@per_rules
def _people_labels(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The labels of lines naming people who explained or received a visit."""
    return tuple(rules.harvest_table.get("people_labels", ())) or ("\0",)


@per_rules
def _topic_words(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The words after a bracket that make the words before it a topic (``について``)."""
    return tuple(rules.harvest_table.get("topic_after_kind", ())) or ("\0",)


def _glued_facility_label(text: str, rules: Rules) -> int:
    """How many leading characters of ``text`` are a facility field label glued to a name
    and its bracketed kind (``施設名とよたジョブコーナー（一体的実施施設）``); 0 when none."""
    for label in _facility_labels(rules).get(text[:1], ()):
        if text.startswith(label):
            rest = text[len(label) :]
            kind = header_patterns(rules).kind.search(rest)
            if kind is not None and kind.start() >= 2:
                return len(label)
            return 0
    return 0


@per_rules
def _facility_labels(rules: Rules = DEFAULT_RULES) -> dict[str, tuple[str, ...]]:
    """The facility field labels of two characters or more by their first character, each
    group longest first (a label a text starts with shares its first character)."""
    labels = (k for k, v in rules.field_labels.items() if v == "facility" and len(k) >= 2)
    groups: dict[str, list[str]] = {}
    for label in sorted(labels, key=len, reverse=True):
        groups.setdefault(label[0], []).append(label)
    return {first: tuple(group) for first, group in groups.items()}


def _starts(text: str, end: int, said: str, rules: Rules) -> bool:
    """Whether a date ending at ``end`` of ``text`` is a start date: a start word follows
    it (``…開設``) or the label before it holds one (``開所日:``)."""
    if header_patterns(rules).markers.match(text, end):
        return True
    from jirei.harvest import after_start_date

    if after_start_date(text, end, rules):  # ``…1日（火）事業開始``, ``…オープン`` (2494)
        return True
    if _SINCE.match(text, end):  # ``name（kind）　令和2年4月1日から``: since then (2387)
        return True
    return any(marker in said for marker in (*rules.start_markers, "開始"))


#: ``から`` closing a header piece right after its date: the date the facility runs since
_SINCE = regex.compile(r"\s*(?:から|より)\s*$")


def _is_sentence(text: str) -> bool:
    """Whether a piece is a sentence rather than a header cell: it holds ``。``, or ``、``
    after a topic (``…は、``), or runs long."""
    return "。" in text or "は、" in text or len(text.strip()) > 60


def _sentence_partners(
    text: str, start: int, fields: dict[str, Field], offices: list[Field], rules: Rules
) -> None:
    """The bureau and the offices a header sentence names (``堺市と大阪労働局は、…ハローワーク堺の
    出先窓口となる…``): each name alone, as ``jirei.harvest`` reads them, not the run of words
    after ``ハローワーク`` a header cell's pattern would take."""
    from jirei.harvest import offices_in
    from jirei.places import find_bureaus

    bureaus = find_bureaus(text)
    if bureaus and "labour_bureau" not in fields:
        first, last = bureaus[0]
        fields["labour_bureau"] = Field(text[first:last], start + first, start + last)
    if not offices:
        offices.extend(offices_in(text, start, rules))


def _office_piece(text: str, rules: Rules) -> bool:
    """Whether a piece names an office rather than holding one in a sentence."""
    return len(text) <= 40 and not text.endswith("。")


def _merge(fields: dict[str, Field], found: dict[str, Field]) -> None:
    for name, field in found.items():
        fields.setdefault(name, field)


def _place_of(text: str) -> tuple[str | None, str | None] | None:
    """The prefecture and municipality a text opens with, else None."""
    prefecture, rest = split_prefecture(text.strip())
    municipality = municipality_in(rest) if rest else None
    if municipality is not None and not rest.startswith(municipality):
        municipality = None
    while municipality is not None:  # 玉名市・荒尾市: partner municipalities (decision 607)
        after = rest[len(municipality) + 1 :] if rest[len(municipality) :].startswith("・") else ""
        partner = municipality_in(after) if after else None
        if partner is None or not after.startswith(partner):
            break
        municipality = rest[: len(municipality) + 1 + len(partner)]
    if prefecture is None and municipality is None:
        return None
    return prefecture, municipality


def _place(text: str, start: int, fields: dict[str, Field]) -> None:
    """A place a piece opens with (``岡山県倉敷市の取組``, ``大仙市``)."""
    lead = len(text) - len(text.lstrip())
    found = _place_of(text)
    if found is None:
        return
    prefecture, municipality = found
    at = start + lead
    if prefecture is not None:
        fields.setdefault("prefecture", Field(prefecture, at, at + len(prefecture)))
        at += len(prefecture)
    if municipality is not None:
        fields.setdefault("municipality", Field(municipality, at, at + len(municipality)))


def names_place(text: str) -> bool:
    """Whether a text opens with a prefecture or a municipality of the shipped table."""
    return _place_of(text) is not None


def is_fact_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line of an opening block states header facts rather than a headline:
    a labelled fact, cells separated by bars or tabs, or a single place, office, bureau
    or date."""
    stripped = text.strip()
    if "|" in stripped or "\t" in stripped:
        return True
    if labelled_fact(stripped, 0, rules) is not None:
        return True
    if stripped in PREFECTURES:
        return True
    pats = header_patterns(rules)
    label = _UNKNOWN_LABEL.match(stripped)
    if label is not None:  # ``窓口:name(kind)``, ``連携先:…労働局…``: a label we do not know
        value = stripped[label.end() :]
        if (
            "労働局" in value
            or pats.kind.search(value) is not None
            or _start_date(value, pats, rules) is not None
            or names_place(value)
        ):
            return True
    if is_office_text(stripped, rules):  # ``長野労働局／ハローワーク松本``
        return True
    if pats.kind.search(stripped) is not None and len(stripped) <= 60:
        return True  # ``name(kind)``, perhaps with its date
    date = _start_date(stripped, pats, rules)
    if date is not None and len(stripped) <= 24:
        return True
    parts = [p for p in _SLASH.split(stripped) if p.strip()]
    return len(parts) >= 2 and all(_fact_piece(p, rules) for p in parts)


def is_office_text(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a text names a bureau and / or offices and nothing else."""
    pats = header_patterns(rules)
    pieces = [p for p in _OFFICE_BREAK.split(text.strip()) if p]
    return bool(pieces) and all(
        (pats.office.fullmatch(piece) and len(piece) <= _MAX_OFFICE)
        or _BUREAU_PIECE.fullmatch(piece)
        for piece in pieces
    )


def place_of(text: str) -> tuple[str | None, str | None] | None:
    """The prefecture and municipality a text opens with (either may be None), else None."""
    return _place_of(text)


def _fact_piece(text: str, rules: Rules) -> bool:
    """Whether a piece of a line is a fact by its shape: a place, a bureau or offices,
    a name with its kind, a date."""
    pats = header_patterns(rules)
    return (
        names_place(text)
        or "労働局" in text
        or pats.office.fullmatch(text) is not None
        or pats.kind.search(text) is not None
        or _start_date(text, pats, rules) is not None
    )


__all__ = [
    "complete_header", "is_fact_line", "is_office_text", "labelled_fact", "names_place",
    "place_of", "read_facts",
]


def complete_header(
    header: HeaderFields, lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> HeaderFields:
    """``header`` with the facts of ``lines`` (``read_facts``) it lacks added."""
    if not lines:
        return header
    facts = read_facts(lines, rules)
    return HeaderFields(
        {**facts.fields, **header.fields},
        header.hello_work or facts.hello_work,
        header.asides or facts.asides,
    )
