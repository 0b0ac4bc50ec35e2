"""Header fields of a case: prefecture, municipality, labour bureau, Hello Work offices,
facility name and kind, start date — each with where it stands (normalised offsets).

Two styles are read: the bracket header
``【埼玉県川口市】【埼玉労働局・ハローワーク川口】(一体的実施施設)平成23年12月1日事業開始``
(possibly over two or three lines) and the 豊島区 style of separate lines
(``豊島区(くらし・しごと相談支援センター)`` / ``ハローワーク池袋`` / ``一体的実施``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

import regex
from attrs import frozen

from jirei.barheader import bar_header
from jirei.caselabel import crossed_header, label_header, label_length, place_label
from jirei.datelabels import date_label_start
from jirei.fields import is_field_line
from jirei.headerbrackets import as_square
from jirei.lines import Line
from jirei.ocrrepair import repair_name
from jirei.places import split_prefecture
from jirei.plainheader import is_office_line, is_place_line, place_head
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.values import find_dates

if TYPE_CHECKING:
    from jirei.fields import FieldLine

_BRACKET = regex.compile(r"【([^】]*)】")
#: what ends an office's name in a header: a space, a separator or a bracket of any kind
_OFF = r"\s・、,/【】()<>〈〉《》≪≫\[\]〔〕"
_NOT_NEWLINE = regex.compile(r"[^\n]")
_BUREAU = regex.compile(r"[^\s・、,/【】()]*?労働局")
#: a form's item number glued to a field label (``2.労働局・安定所``): no bureau's name
_NUMBERED = regex.compile(r"^[0-9]{1,2}[.)]")


def _bureau_in(text: str) -> regex.Match[str] | None:
    """The first labour bureau ``text`` names; a numbered field label (``2.労働局・安定所``,
    decision 1868) before it is skipped."""
    for match in _BUREAU.finditer(text):
        if not _NUMBERED.match(match.group()):
            return match
    return None


def _named_bureau_in(text: str, label_tails: tuple[str, ...]) -> regex.Match[str] | None:
    """``_bureau_in`` for reading the bureau's name: the word ``労働局`` of a field label
    (``労働局・安定所名　兵庫労働局…``, ``労働局・安定所：埼玉労働局…``) is no bureau
    (decision 2256); a bare ``労働局`` of no label stays (``労働局・HW熊本``) when no bureau
    is named after it; ``label_tails`` are ``Rules.bureau_label_tails``."""
    bare = None
    for match in _BUREAU.finditer(text):
        if _NUMBERED.match(match.group()):
            continue
        if match.group() == "労働局" and text[match.end() : match.end() + 1] in ("・", "/", "名"):
            if bare is None and not text.startswith(label_tails, match.end()):
                bare = match
            continue
        return match
    return bare


_LEAD = regex.compile(r"\s*#*\s*")
_SPACE_RUN = regex.compile(r"\s*")
_LINE_TEXT = regex.compile(r"[^\n]+")


@frozen
class Field:
    """A header value and its ``[start, end)`` offsets in the normalised text."""

    value: object
    start: int
    end: int


@frozen
class HeaderFields:
    """What a case's header says; a field absent from the header is missing from ``fields``."""

    fields: dict[str, Field]
    hello_work: tuple[Field, ...] = ()
    #: field lines that are no contract field (``設置場所：…``): (label, value)
    asides: tuple[tuple[str, Field], ...] = ()


class HeaderPatterns:
    """The compiled header patterns of one ``Rules``: ``office`` (a Hello Work office),
    ``kind`` (a bracketed facility kind), ``markers`` (a start word after a date) and the
    line patterns of the 豊島区 style. Get them with ``header_patterns``."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        prefixes = "|".join(regex.escape(p) for p in rules.hello_work_prefixes)
        suffixes = "|".join(regex.escape(s) for s in rules.hello_work_suffixes)
        # ハローワーク川口 / 川口公共職業安定所; a following office or a separator ends one.
        # a date right after the name ends it too (``ハローワーク久留米平成27年…開設``: the space
        # between them removed by normalisation; decision 1203)
        eras = "|".join(regex.escape(e.name) for e in rules.eras) or "(?!)"
        # (a particle right after ``ハローワーク`` ends a sentence's word, no office:
        # ``二つのハローワークが一つの窓口に``, decision 1781)
        # (no bracket of any kind is part of an office's name: ``＜愛媛労働局・ハローワーク松山＞``
        # after the place's bracket ends the name at ``＞``; decision 3016)
        self.office = regex.compile(
            rf"(?:{prefixes})(?![がはをにでもへやと][\p{{Han}}\p{{Katakana}}])[^{_OFF}]*?"
            rf"(?=(?:{prefixes})|[{_OFF}]|(?:{eras})\s*(?:\d|元)|\d|$)"
            rf"|[^{_OFF}]+?(?:{suffixes})"
        )
        types = "|".join(
            regex.escape(t) for t in sorted(rules.facility_types, key=len, reverse=True)
        )
        type_suffixes = "|".join(regex.escape(s) for s in rules.facility_type_suffixes)
        # ``(一体的実施施設)``; ``(一体的実施施設、H28.4.1~)``: the kind, then its start date
        # in the same bracket (decision 73)
        # ``name〔kind〕`` (``【kind】`` after normalisation) for a listed kind (decision 86),
        # ``name＜kind＞`` (``<kind>``) likewise (decision 931); a kind ending in a listed
        # kind (``〔生活保護受給者等就労自立促進事業常設窓口〕``, decision 2416) too
        self.kind = regex.compile(
            rf"(?|\(((?:{types})|[^()]*?(?:{type_suffixes}))(?:、[^()]*?\d[^()]*)?\)"
            rf"|【({_KIND_HEAD}(?:{types}))】|<({_KIND_HEAD}(?:{types}))>)"
        )
        self.type_line = regex.compile(rf"^(?:{types})$")
        self.markers = regex.compile(
            r"\s*(?:" + "|".join(regex.escape(m) for m in rules.start_markers) + ")"
        )
        self.municipality_line = regex.compile(
            r"^([^\s、。・()]{1,10}?(?:市|区|町|村))(?:\(([^()]*)\))?$"
        )
        self.office_line = regex.compile(rf"^(?:{self.office.pattern})$")


#: what may stand before a listed kind inside tortoise-shell or angle brackets: kanji and
#: katakana, no particle (``〔生活保護受給者等就労自立促進事業常設窓口〕``, decision 2416;
#: ``【市と国の一体的実施】で…`` is a headline's phrase, no kind)
_KIND_HEAD = r"[\p{Han}\p{Katakana}ー]{0,20}?"


@per_rules
def header_patterns(rules: Rules = DEFAULT_RULES) -> HeaderPatterns:
    """The (cached) header patterns of ``rules``."""
    return HeaderPatterns(rules)


def split_place(place: str) -> tuple[str | None, str | None]:
    """``埼玉県川口市`` → (``埼玉県``, ``川口市``); a name without prefecture → (None, name)."""
    prefecture, rest = split_prefecture(place.strip())
    if prefecture is not None and rest[:1] in _JOINERS:  # ``長野県・松本市``: both partners (2255)
        rest = rest.lstrip(_JOINERS)
    return prefecture, rest or None


_JOINERS = "・、,/"


def read_header(
    text: str, lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> HeaderFields:
    """Read a case's header lines (of the normalised ``text``): a bracket header spread
    over one to three lines, or a label header (``事例1 静岡県沼津市 × ハローワーク沼津``),
    with the field lines / profile-card rows beside it (``名称：…``, ``| 自治体 | … |``).
    What the header line says wins over a field line."""

    main: list[Line] = []
    extra: list[Line] = []
    for line in lines:
        (extra if is_field_line(line, rules) else main).append(line)
    first = main[0].text if main else ""
    labelled = (
        label_header(first, rules) or bar_header(first, rules) or crossed_header(first, rules)
        if main
        else None
    )
    if labelled is not None:
        found = _read_label_header(text, main, labelled, rules)
    elif main and (
        is_place_line(main[0].text) or place_head(main[0].text) is not None
        or _partner_first(main, rules)  # ``place（bureau・office）`` over name（kind） (3127)
    ):
        found = _read_plain_header(main, rules)
    elif main and place_label(first, rules) is not None:  # (1)札幌市, then field lines
        from jirei.placeheader import read_place_label

        found = read_place_label(text, main, rules)
    else:
        found = _read_bracket_header(text, main, rules)
    return _with_fields(found, extra, rules) if extra else found


#: a partner line: the place, then its bureau / offices in brackets (NFKC text)
_PARTNER_LINE = regex.compile(
    r"^\s*(?P<place>[^()\s【】\[\]]+)\s*\((?P<offices>[^()]*(?:労働局|ハローワーク)[^()]*)\)\s*$"
)


def _partner_first(main: Sequence[Line], rules: Rules) -> bool:
    """Whether a header opens with a partner line (the place with its bureau or office in
    brackets, nothing else: ``滋賀県大津市（滋賀労働局・ハローワーク大津）``) over more lines."""
    first = main[0].text.strip()
    partner = _PARTNER_LINE.match(first)
    if len(main) < 2 or partner is None:
        return False
    from jirei.facts import names_place

    if not names_place(partner["place"]):  # (``所在地京都府…``: a field line)
        return False
    from jirei.partnerlines import partner_place

    return partner_place(first, rules) is not None


def lines_text(text: str, lines: Sequence[Line]) -> str:
    """The text from the first of ``lines`` to the end of the last, what lies between them
    outside them blanked (a column's lines beside another column's: decision 2232)."""
    start, end = lines[0].start, lines[-1].end
    if all(after.start == before.end + 1 for before, after in pairwise(lines)):
        return text[start:end]
    if any(after.start < before.end for before, after in pairwise(lines)):
        return text[start:end]  # (lines out of order: as before)
    parts: list[str] = []
    position = start
    for line in lines:
        parts.append(_NOT_NEWLINE.sub(" ", text[position : line.start]))
        parts.append(text[line.start : line.end])
        position = line.end
    return "".join(parts)


def _read_bracket_header(text: str, lines: Sequence[Line], rules: Rules) -> HeaderFields:
    """Read a bracket header spread over ``lines``."""
    if not lines:
        return HeaderFields({})
    pats = header_patterns(rules)
    start = lines[0].start
    chunk = as_square(lines_text(text, lines), rules)  # <place><partners> (3101)
    fields: dict[str, Field] = {}
    offices: list[Field] = []
    position = 0
    hash_prefix = _LEAD.match(chunk)
    position = hash_prefix.end() if hash_prefix else 0

    label = label_length(chunk[position:], rules)  # ``【事例２】`` before the place (1990)
    if label and chunk[position + label :].lstrip().startswith("【"):
        position += len(chunk[position + label :]) - len(chunk[position + label :].lstrip())
        position += label
    first = True
    while True:
        match = _BRACKET.match(chunk, position)
        if match is None:
            break
        inner, inner_start = match.group(1), start + match.start(1)
        if first:
            cut = inner.find("/")  # 【place/bureau・office】 in one bracket (decision 1749)
            if cut > 0 and _partners_start(inner[cut + 1 :], pats) < len(inner) - cut - 1:
                read_place(inner[:cut], inner_start, fields)
                read_offices(inner[cut + 1 :], inner_start + cut + 1, pats, fields, offices)
            else:
                read_place(inner, inner_start, fields)
            first = False
        else:
            read_offices(inner, inner_start, pats, fields, offices)
        position = match.end()
        spaces = _SPACE_RUN.match(chunk, position)
        position = spaces.end() if spaces else position
    _read_rest(chunk[position:], start + position, pats, fields, rules)
    return HeaderFields(fields, tuple(offices))


def _read_label_header(
    text: str, lines: Sequence[Line], match: regex.Match[str], rules: Rules
) -> HeaderFields:
    """``事例1 静岡県沼津市 × 愛知労働局・ハローワーク豊橋`` (and ``【事例1】place(offices)``,
    ``place | offices``; ``match`` the first line's, groups ``place`` and ``offices``), then
    facility name / kind / date on the lines after it."""
    pats = header_patterns(rules)
    fields: dict[str, Field] = {}
    offices: list[Field] = []
    first = lines[0]
    read_place(match.group("place"), first.start + match.start("place"), fields)
    read_offices(
        match.group("offices"), first.start + match.start("offices"), pats, fields, offices
    )
    if len(lines) > 1:
        start = lines[1].start
        _read_rest(lines_text(text, lines[1:]), start, pats, fields, rules)
    return HeaderFields(fields, tuple(offices))


def _read_plain_header(lines: Sequence[Line], rules: Rules) -> HeaderFields:
    """A header of separate lines (decision 58): place, bureau / offices, facility, date."""
    pats = header_patterns(rules)
    fields: dict[str, Field] = {}
    offices: list[Field] = []
    first, cut = lines[0], place_head(lines[0].text)
    rest = list(lines[1:])
    if cut is not None:  # place, wide gap, facility on one line (decision 601)
        tail = first.text[cut:]
        lead = len(tail) - len(tail.lstrip())
        rest.insert(0, Line(tail.strip(), first.start + cut + lead))
        first = Line(first.text[:cut], first.start)
    partner = _PARTNER_LINE.match(first.text)
    if partner is not None:  # ``滋賀県大津市（滋賀労働局・ハローワーク大津）`` (decision 3127)
        rest.insert(0, Line(partner["offices"], first.start + partner.start("offices")))
        first = Line(partner["place"], first.start + partner.start("place"))
    read_place(first.text, first.start, fields)
    for line in rest:
        if is_office_line(line.text, rules) and not offices:
            read_offices(line.text, line.start, pats, fields, offices)
        else:
            before = {name: fields[name] for name in ("facility_name",) if name in fields}
            _read_rest(line.text, line.start, pats, fields, rules)
            fields.update(before)  # a date line after the name keeps the name
    return HeaderFields(fields, tuple(offices))


def _with_fields(found: HeaderFields, lines: Sequence[Line], rules: Rules) -> HeaderFields:
    """``found`` completed by the field lines / card rows ``lines`` (what the header
    already has wins)."""
    from jirei.fields import read_fields

    found_fields = [field for line in lines for field in read_fields(line, rules)]
    read = header_from_fields(found_fields, rules)  # (none for a card's header row or rule)
    return HeaderFields(
        {**read.fields, **found.fields}, found.hello_work or read.hello_work, read.asides
    )


def profile_fields(values: Mapping[str, object], hello_work: Sequence[Field]) -> dict[str, object]:
    """The contract's header fields of a profile but its title (prefecture, municipality,
    labour_bureau, hello_work, facility_name, facility_type, start_date) from a case's field
    ``values`` and its Hello Work fields."""
    return {
        "prefecture": values.get("prefecture"),
        "municipality": values.get("municipality"),
        "labour_bureau": values.get("labour_bureau"),
        "hello_work": tuple(str(f.value) for f in hello_work),
        "facility_name": values.get("facility_name"),
        "facility_type": values.get("facility_type"),
        "start_date": values.get("start_date"),
    }


def header_from_fields(fields: Sequence[FieldLine], rules: Rules = DEFAULT_RULES) -> HeaderFields:
    """The header fields that field values (of field lines, card rows or a case list's
    cells) state, each read by what it fills; a field of no contract kind is an aside."""
    pats = header_patterns(rules)
    read: dict[str, Field] = {}
    offices: list[Field] = []
    asides: list[tuple[str, Field]] = []
    for field in fields:
        value, at = field.value, field.start
        if field.kind == "facility_type":
            read.setdefault("facility_type", Field(value, at, at + len(value)))
        elif field.kind == "title":
            read.setdefault("title", Field(value, at, at + len(value)))
        elif field.kind == "facility":
            if len(value) > 2 and value[0] == "「" and value[-1] == "」" and "「" not in value[1:]:
                value, at = value[1:-1], at + 1  # 施設名　「name」: the name without quotes (1204)
            _read_rest(value, at, pats, read, rules)
        elif field.kind == "start_date":
            date = _start_date(value, pats, rules)
            if date is not None and "start_date" not in read:
                read["start_date"] = Field(date[0], at + date[1], at + date[2])
        elif field.kind == "place":
            cut = _partners_start(value, pats)  # 気仙沼市・宮城労働局(ハローワーク気仙沼)
            department = _DEPARTMENT.search(value[:cut])  # 弘前市(福祉部生活福祉課), decision 505
            cut = department.start() if department and (
                _DEPARTMENT_OF.search(value[: department.start()])
                or _names_prefecture(department.group())  # 南信州広域連合（長野県） (2255)
            ) else cut
            read_place(value[:cut].rstrip(" ・、,/"), at, read)
            if cut < len(value):
                read_offices(value[cut:], at + cut, pats, read, offices)
        elif field.kind == "labour_bureau":
            read.setdefault("labour_bureau", Field(value, at, at + len(value)))
        elif field.kind in ("hello_work", "offices"):
            read_offices(value, at, pats, read, offices)
        else:
            asides.append((field.label, Field(value, at, at + len(value))))
    return HeaderFields(read, tuple(offices), tuple(asides))


#: a bracket closing a place value (a department of the municipality), and the
#: municipality's ending it must follow; a prefecture's too (``長野県（県単独実施）``: a
#: prefecture as the partner, decision 2255)
_DEPARTMENT = regex.compile(r"\s*\([^()]*\)\s*$")
_DEPARTMENT_OF = regex.compile(r"[市区町村都道府県]$")


def _names_prefecture(bracket: str) -> bool:
    """Whether a bracket after a place names its prefecture (``（長野県）``,
    ``（長野県、広域連携）``)."""
    inner = bracket.strip().strip("()")
    prefecture, rest = split_prefecture(inner)
    return prefecture is not None and (not rest or rest[0] in "、,・")


def _partners_start(value: str, pats: HeaderPatterns) -> int:
    """Where a place value's bureau / office names start (its length without any): a
    place field may name the partners after the municipality (``市・…労働局(ハローワーク…)``)."""
    found = [m.start() for m in (_bureau_in(value), pats.office.search(value)) if m]
    return min(found, default=len(value))


def read_place(inner: str, offset: int, fields: dict[str, Field]) -> None:
    """Put the prefecture and municipality a place text (``茨城県日立市``) names into
    ``fields``; ``offset`` is where ``inner`` starts in the normalised text."""
    lead = len(inner) - len(inner.lstrip())
    place = inner.strip()
    prefecture, municipality = split_place(place)
    at = offset + lead
    if prefecture:
        fields["prefecture"] = Field(prefecture, at, at + len(prefecture))
        at += len(prefecture)
    if municipality:
        if prefecture:  # ``長野県・松本市``: the joiner is no part of the city (2255)
            tail = place[len(prefecture) :]
            at += len(tail) - len(tail.lstrip(_JOINERS))
        at += len(municipality) - len(municipality.lstrip())  # ``岐阜県    大垣市`` (a <br>)
        municipality = municipality.strip()
        fields["municipality"] = Field(municipality, at, at + len(municipality))


def read_offices(
    inner: str,
    offset: int,
    pats: HeaderPatterns,
    fields: dict[str, Field],
    offices: list[Field],
) -> None:
    """Put the labour bureau an offices text (``茨城労働局・ハローワーク日立``) names into
    ``fields`` (unless it has one) and append each Hello Work office to ``offices``;
    ``offset`` is where ``inner`` starts in the normalised text."""
    position = 0
    bureau = _named_bureau_in(inner, pats.rules.bureau_label_tails)
    if bureau is not None and "labour_bureau" not in fields:
        fields["labour_bureau"] = Field(
            bureau.group(), offset + bureau.start(), offset + bureau.end()
        )
        position = bureau.end()
    end = len(inner)
    if bureau is not None and inner[: bureau.start()].endswith("("):
        # ``ハローワーク飯塚(福岡労働局)``: the bureau bracketed after the office (decision 86)
        position, end = 0, bureau.start() - 1
    # ``ハロ一ワ一ク盛岡`` (an OCR'd scan) is read as the office it names (decision 1001)
    for office in pats.office.finditer(repair_name(inner, pats.rules), position, end):
        name = office.group()
        if name:
            offices.append(Field(name, offset + office.start(), offset + office.end()))


def _quoted_whole(name: str, rules: Rules) -> bool:
    """Whether ``name`` is wrapped whole in a pair of quotes of ``rules.headline_quotes``
    that open and close with different marks (``「」``, ``『』``; not a dash pair)."""
    return len(name) > 2 and any(
        pair[0] != pair[1]
        and name[0] == pair[0]
        and name[-1] == pair[1]
        and pair[0] not in name[1:-1]
        and pair[1] not in name[1:-1]
        for pair in rules.headline_quotes
        if len(pair) == 2
    )


def _read_rest(
    rest: str, offset: int, pats: HeaderPatterns, fields: dict[str, Field], rules: Rules
) -> None:
    """Facility name, ``(kind)`` and start date after the brackets."""
    date = _start_date(rest, pats, rules)
    name_end = len(rest)
    after = ""
    if date is not None:
        value, d_start, d_end = date
        fields["start_date"] = Field(value, offset + d_start, offset + d_end)
        name_end = d_start
        marker = pats.markers.match(rest, d_end)
        if marker is None:  # ``date（火）事業開始``: a weekday or link before the word (2494)
            from jirei.harvest import start_word_after

            marker = start_word_after(rest, d_end, rules)
        after_start = marker.end() if marker else d_end
        after = rest[after_start:]
    # the kind is looked for in its repaired form, as the offices are (``常設窓ロ``, 3433)
    repaired = repair_name(rest, rules)
    kinds = list(pats.kind.finditer(repaired, 0, name_end))
    if not kinds and date is not None:  # (kind、H28.4.1~): the date inside its bracket
        kinds = [k for k in pats.kind.finditer(repaired) if k.start() < date[1] < k.end()]
    kind = kinds[-1] if kinds else None
    if kind is not None:
        fields["facility_type"] = Field(kind.group(1), offset + kind.start(1), offset + kind.end(1))
        name_end = kind.start()
    elif date is not None:  # ``name［巡回相談］　date事業開始``: the bracket closing it (3523)
        closing = _CLOSING_KIND.search(rest, 0, name_end)
        if closing is not None and closing.start() > 1 and closing.group(1) not in _not_kinds(
            rules
        ):
            fields["facility_type"] = Field(
                closing.group(1), offset + closing.start(1), offset + closing.end(1)
            )
            name_end = closing.start()
    name_text = rest[:name_end]
    if date is not None and name_end == date[1]:
        label = date_label_start(name_text, rules)  # ``開始日：`` alone: no name (3606)
        name_text = name_text if label is None else name_text[:label]
    if date is not None and name_end == date[1] and name_text.rstrip().endswith("("):
        # ``name（平成28年4月1日開設）``: the date in a bracket after the name (decision 1208)
        name_text = name_text.rstrip()[:-1]
    if not name_text.strip() and after.strip():
        # the name on the line after the date: 【…】(施設)平成24年4月2日事業開始\nName
        offset += len(rest) - len(after)
        name_text = after
    stripped = name_text.strip()
    if stripped.startswith("#"):  # ``## name(kind)`` on a converter's heading line (1921)
        name_text = name_text.replace("#", " ", len(stripped) - len(stripped.lstrip("#")))
        stripped = name_text.strip()
    if stripped and len(stripped) > 1 and stripped[0] in rules.bullets:
        # ``■広島市　name（kind）``: a list mark before a case's head line (decision 3422)
        name_text = name_text.replace(stripped[0], " ", 1)
        stripped = name_text.strip()
    if stripped and _only_note(stripped, rules):
        return  # ``【愛媛県松山市】（前頁からの続き）``: a continued part's note, no name (3073)
    if stripped and "\n" not in stripped:
        lead = len(name_text) - len(name_text.lstrip())
        glued = glued_facility_label(stripped, rules)  # ``窓口名称しごと…`` (decision 1830)
        lead, stripped = lead + glued, stripped[glued:]
        if _quoted_whole(stripped, rules):  # ``『name』（kind）``: the name without them (2378)
            lead, stripped = lead + 1, stripped[1:-1]
        fields["facility_name"] = Field(stripped, offset + lead, offset + lead + len(stripped))
    elif stripped:
        # a name on a line of its own: take the first non-empty line
        for line_match in _LINE_TEXT.finditer(name_text):
            candidate = line_match.group().strip()
            if candidate:
                lead = len(line_match.group()) - len(line_match.group().lstrip())
                at = offset + line_match.start() + lead
                fields["facility_name"] = Field(candidate, at, at + len(candidate))
                break


#: a square or angle bracket of a few kanji and katakana closing a facility's name right
#: before its start date (``のおがた就労サポートコーナー【巡回相談】　平成三十年…``; 3523)
_CLOSING_KIND = regex.compile(r"[【<]([\p{Han}\p{Katakana}ー・]{2,12})[】>]\s*$")


@per_rules
def _not_kinds(rules: Rules) -> frozenset[str]:
    """Words in such a bracket that name no kind (``【仮称】``: ``harvest.toml
    [bracket_kind] not_kinds``)."""
    return frozenset(rules.harvest_table.get("bracket_kind", {}).get("not_kinds", ()))


#: the longest header rest read as a bare continuation note (``前ページからの続き``)
_LONGEST_NOTE = 24
#: what a continuation note holds (``rules.label_notes``; a cheap test before them)
_NOTE_WORDS = ("続", "つづ", "承前", "より", "から")


def _only_note(text: str, rules: Rules) -> bool:
    """Whether ``text`` is only a continuation note, bracketed or bare (``（前頁からの続き）``,
    ``【続き】``, ``続き``; ``rules.label_notes``): what a case's part continued from an earlier
    page writes after its bracket header, no facility's name."""
    from jirei.caselabel import case_labels

    labels = case_labels(rules)
    if text[0] in "(【〔[<〈《":
        return labels.note is not None and labels.note.fullmatch(text) is not None
    if len(text) > _LONGEST_NOTE or not any(word in text for word in _NOTE_WORDS):
        return False  # (cheap precheck)
    return labels.bare_note is not None and labels.bare_note.fullmatch(text) is not None


def glued_facility_label(name: str, rules: Rules) -> int:
    """How many characters of a name are a facility label of three characters or more glued
    to it (``窓口名称ジョブサポート東``: normalisation removed the space after the label;
    decision 1830)."""
    labels = [
        label for label in _long_facility_labels(rules).get(name[:1], ()) if name.startswith(label)
    ]
    longest = max(labels, key=len, default="")
    return len(longest) if longest and len(name) - len(longest) >= 2 else 0


@per_rules
def _long_facility_labels(rules: Rules = DEFAULT_RULES) -> dict[str, tuple[str, ...]]:
    """The facility field labels of three characters or more by their first character,
    each group in the rules' order."""
    groups: dict[str, list[str]] = {}
    for label, kind in rules.field_labels.items():
        if kind == "facility" and len(label) >= 3:
            groups.setdefault(label[0], []).append(label)
    return {first: tuple(labels) for first, labels in groups.items()}


def _start_date(
    rest: str, pats: HeaderPatterns, rules: Rules
) -> tuple[_dt.date, int, int] | None:
    found = list(find_dates(rest))
    if not found:
        return None
    for item in found:
        if pats.markers.match(rest, item.end):
            return item.value, item.start, item.end
    last = found[-1]
    return last.value, last.start, last.end


def read_alt_header(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> HeaderFields:
    """Read the 豊島区-style header lines: municipality line, office lines, kind line."""
    pats = header_patterns(rules)
    fields: dict[str, Field] = {}
    offices: list[Field] = []
    for line in lines:
        text = line.text.strip().lstrip("#").strip()
        at = line.start + line.text.index(text) if text else line.start
        if pats.type_line.match(text) and "facility_type" not in fields:
            fields["facility_type"] = Field(text, at, at + len(text))
        elif pats.office_line.match(text):
            offices.append(Field(text, at, at + len(text)))
        else:
            match = pats.municipality_line.match(text)
            if match and "municipality" not in fields:
                prefecture, municipality = split_place(match.group(1))
                if prefecture:
                    fields["prefecture"] = Field(prefecture, at, at + len(prefecture))
                    at += len(prefecture)
                if municipality:
                    fields["municipality"] = Field(municipality, at, at + len(municipality))
    return HeaderFields(fields, tuple(offices))


__all__ = [
    "Field",
    "HeaderFields",
    "HeaderPatterns",
    "glued_facility_label",
    "header_from_fields",
    "header_patterns",
    "profile_fields",
    "read_alt_header",
    "read_header",
    "read_offices",
    "read_place",
    "split_place",
]
