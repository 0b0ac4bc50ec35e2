"""Profiles from a structured export: open-data JSON (a whole text, a ```json block, one
object a line) or YAML whose keys are Japanese words.

``jirei.structscan`` reads the values with their offsets; this module finds the case
objects and reads each key by the tables the text pipeline reads by (``rules/exports.toml``
says which table holds what):

* the cases are the objects that name a place or a facility (``都道府県``, ``自治体名``,
  ``施設`` …), the outermost such objects of a list, or a lone object; an object holding a
  list of such objects is no case, its header scalars (``労働局``, ``対象年度``) are defaults
  of every case under it;
* a key is read with its parent key (``施設`` → ``名称`` is ``施設の名称``, the facility name;
  a name under ``ハローワーク`` is an office); dotted keys (``施設.名称``) are paths;
* header keys (``rules.field_labels`` + ``exports.title``) go through the header reader
  (places split, dates in ISO or era form, offices listed), item lists (a list of strings,
  a string of lines, a list of objects) by their section word (``rules.sections``);
* results: an object with figure-role keys (``目標`` / ``実績`` / ``達成率``, ``rules.columns``)
  is one metric, named by its name key (``指標名``) or by the key it stands under
  (``{"就職者数": {"目標": 150, "実績": 168}}``); an object under a role key holds that role
  of every metric it names (``"目標": {"就職者数": 150}``); a role may hold ``{値, 条件, 単位}``;
  a figure key outside such objects (``就職者数目標``, ``就職率``) is read by its words;
* comments: objects ``{発言者, 内容}``, an object ``{speaker: text}`` or ``speaker: text``
  strings; a ``市のコメント`` key is a comment by its speaker.

Values that fill no field are kept as unclassified text blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import regex
from attrs import frozen

from jirei.comments import role_of
from jirei.errors import ValueParseError
from jirei.fields import FieldLine
from jirei.header import header_from_fields, profile_fields
from jirei.lines import Locate
from jirei.model import (
    SPANNED_FIELDS,
    Comment,
    Metric,
    Profile,
    Quantity,
    Span,
    TextBlock,
    Warning,
)
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import heading_key
from jirei.structscan import Mapping, Node, Scalar, Sequence, scan_export
from jirei.tables.cells import is_blank_cell, label_form, rate_value, row_label
from jirei.values import (
    Found,
    Number,
    find_fiscal_years,
    find_numbers,
    find_quantities,
    parse_quantity,
)

_FIGURE_ROLES = ("target", "actual", "achievement_rate")
#: a number a figure key's value may be (JSON number, or a string with digits)
_DIGIT = regex.compile(r"\d")
_LINE_SPLIT = regex.compile(r"\n+")


#: text outside the exports longer than this (stripped) is read by the text pipeline too
_REST_CHARS = 200
#: the text pipeline's warnings that say it found nothing (the exports were read)
_NOTHING_FOUND = frozenset({"no_cases", "unread_case_material"})


@frozen
class ExportRead:
    """What a text's exports gave: profiles, warnings, the ``[start, end)`` ranges of the
    normalised text the exports stand in and their spans in the original."""

    profiles: tuple[Profile, ...]
    warnings: tuple[Warning, ...]
    ranges: tuple[tuple[int, int], ...]
    spans: tuple[Span, ...]

    def with_rest(
        self, text: str, read_text: Callable[[str], tuple[list[Profile], list[Warning]]]
    ) -> tuple[list[Profile], list[Warning]]:
        """These profiles and, when the text holds more than the exports (a report with an
        export among cases written as text), the profiles ``read_text`` reads from the
        whole ``text`` but those starting inside an export, in document order."""
        profiles, warnings = list(self.profiles), list(self.warnings)
        outside = len(text) - sum(end - start for start, end in self.ranges)
        if outside < _REST_CHARS or _rest_chars(text, self.ranges) < _REST_CHARS:
            return profiles, warnings
        more, more_warnings = read_text(text)
        more = [p for p in more if not (p.span and self.covers(p.span.start))]
        if more:
            profiles = sorted([*profiles, *more], key=lambda p: p.span.start if p.span else 0)
        warnings.extend(w for w in more_warnings if w.code not in _NOTHING_FOUND)
        return profiles, warnings

    def covers(self, offset: int) -> bool:
        """Whether an original offset stands inside one of the exports."""
        return any(span.start <= offset < span.end for span in self.spans)


def _rest_chars(text: str, ranges: tuple[tuple[int, int], ...]) -> int:
    """How many non-space characters stand outside ``ranges``."""
    count, pos = 0, 0
    for start, end in sorted(ranges):
        count += sum(1 for c in text[pos:start] if not c.isspace())
        pos = max(pos, end)
    return count + sum(1 for c in text[pos:] if not c.isspace())


def read_export(
    text: str,
    rules: Rules = DEFAULT_RULES,
    locate: Locate | None = None,
    origin: Callable[[int], str] | None = None,
) -> ExportRead | None:
    """The profiles of ``text`` (normalised) if it holds a structured export with cases,
    else None (the text pipeline reads it). ``origin`` gives the original character of a
    normalised offset (an item's ``①`` is ``1`` after NFKC)."""
    if not _may_be_export(text):
        return None
    values = scan_export(text)
    if not values:
        return None
    values = [_records(value, rules) for value in values]
    found = [case for value in values for case in _cases(value, (), rules)]
    if not found:
        return None
    holding = [v for v in values if _cases(v, (), rules)]
    if locate is None:
        from jirei.profile import identity_locate

        locate = identity_locate
    profiles: list[Profile] = []
    warnings: list[Warning] = []
    for case, ancestors, under in found:
        reader = _CaseReader(rules, locate, text, origin)
        for ancestor in ancestors:
            reader.defaults(ancestor)
        if under is not None and _place_key(under, rules):
            reader.default_fields.append(reader.field_line("place", "", under))
        reader.mapping(case, ())
        profile, case_warnings = reader.profile(case)
        profiles.append(profile)
        warnings.extend(case_warnings)
    ranges = tuple((v.start, v.end) for v in holding)
    spans = tuple(locate(start, end) for start, end in ranges)
    return ExportRead(tuple(profiles), tuple(warnings), ranges, spans)


def _may_be_export(text: str) -> bool:
    """A cheap precheck: the text opens (after blank lines) with ``{`` / ``[`` / a YAML key,
    or holds a fenced block or a line opening a JSON object."""
    head = text.lstrip()[:1]
    return head in ("{", "[") or "```" in text or '{"' in text or ":" in text[:2000]


# ---------------------------------------------------------------------------- keys


def _words(rules: Rules, name: str) -> frozenset[str]:
    return _export_words(rules).get(name, frozenset())


@per_rules
def _export_words(rules: Rules) -> dict[str, frozenset[str]]:
    table = rules.exports_table
    return {
        name: frozenset(label_form(word) for word in words)
        for name, words in table.items()
        if isinstance(words, list)
    }


def _path(key: Scalar) -> list[str]:
    """A key's words: ``施設.名称`` → ``["施設", "名称"]`` (a dotted key is a path)."""
    name = label_form(key.text)
    if "." in name and not regex.search(r"\d\.\d|^\.|\.$", name):
        return [part for part in name.split(".") if part]
    return [name]


def _field_kind(name: str, parents: tuple[str, ...], rules: Rules) -> str | None:
    """What header field a key fills, read with its parent key."""
    labels = rules.field_labels
    if parents:
        parent = parents[-1]
        for joined in (parent + name, f"{parent}の{name}"):
            if joined in labels:
                return labels[joined]
        parent_kind = labels.get(parent)
        if parent_kind is not None and name in _words(rules, "names"):
            return parent_kind
    if name in _words(rules, "title"):
        return "title"
    return labels.get(name)


def _section(name: str, rules: Rules) -> str | None:
    return rules.sections.get(heading_key(name, rules))


def _role(name: str, rules: Rules) -> str | None:
    return rules.columns.get(name)


@per_rules
def _role_suffix(rules: Rules) -> regex.Pattern[str]:
    """``就職者数目標`` / ``就職者数_実績`` / ``目標_就職者数`` / ``就職者数(目標値)``: a metric
    name and a figure-role word."""
    words = sorted(
        (w for w, role in rules.columns.items() if role in _FIGURE_ROLES), key=len, reverse=True
    )
    alt = "|".join(regex.escape(w) for w in words)
    return regex.compile(
        rf"^(?:(?P<name>.+?)[_\-・/]?\(?(?P<role>{alt})\)?|(?P<role2>{alt})[_\-・/]?(?P<name2>.+))$"
    )


def _split_role(name: str, rules: Rules) -> tuple[str, str] | None:
    match = _role_suffix(rules).match(name)
    if match is None:
        return None
    word = match.group("role") or match.group("role2")
    label = match.group("name") or match.group("name2")
    role = rules.columns.get(word)
    if role not in _FIGURE_ROLES or not label or _role(label, rules) is not None:
        return None
    return label, role


# --------------------------------------------------------------------------- cases


_Found = tuple[Mapping, tuple[Mapping, ...], Scalar | None]
#: a key naming a place (``"久留米市": {…}``, ``"福岡県大牟田市": {…}``)
_PLACE_KEY = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,16}[都道府県市区町村]$")


def _cases(
    node: Node, ancestors: tuple[Mapping, ...], rules: Rules, under: Scalar | None = None
) -> list[_Found]:
    """The case objects under ``node`` with the objects above each and the key the case
    stands under (a place key names its place)."""
    if isinstance(node, Sequence):
        return [case for item in node.items for case in _cases(item, ancestors, rules)]
    if not isinstance(node, Mapping):
        return []
    found: list[_Found] = []
    case_like = _case_like(node, rules)
    for key, value in node.items:
        if isinstance(value, Scalar):
            continue
        if case_like:
            name = _path(key)[-1]
            if _field_kind(name, (), rules) or _section(name, rules):
                continue  # a case's own parts (施設, 取組内容) hold no cases
            if not (isinstance(value, Sequence) or _collection(value)):
                continue  # a case's own object (窓口: {名称, 開始日}) is no case
        found.extend(_cases(value, (*ancestors, node), rules, key))
    if found:
        return found
    if not case_like and under is not None and _place_key(under, rules):
        case_like = _names_facts(node, rules)  # ``"久留米市": {"施設": …, "取組内容": […]}``
    return [(node, ancestors, under)] if case_like else []


def _place_key(key: Scalar, rules: Rules) -> bool:
    name = label_form(key.text)
    return _PLACE_KEY.match(name) is not None and not _known(name, rules)


def _names_facts(node: Mapping, rules: Rules) -> bool:
    """Whether an object holds two or more keys of the tables (a case's facts)."""
    return sum(_known(_path(key)[-1], rules) for key, _ in node.items) >= 2


def _records(node: Node, rules: Rules) -> Node:
    """``node`` with every table written as arrays (a header row of key words over rows of
    values: ``[["自治体", "施設名", …], ["福岡県久留米市", …], …]``) made a list of objects."""
    if isinstance(node, Mapping):
        return Mapping(
            tuple((key, _records(value, rules)) for key, value in node.items), node.start, node.end
        )
    if not isinstance(node, Sequence):
        return node
    rows = node.items
    if len(rows) >= 2 and all(isinstance(row, Sequence) for row in rows):
        header = rows[0]
        assert isinstance(header, Sequence)
        cells = header.items
        if (
            len(cells) >= 2
            and all(isinstance(c, Scalar) and c.quoted and c.text.strip() for c in cells)
            and sum(_known(label_form(c.text), rules) for c in cells if isinstance(c, Scalar)) >= 2
        ):
            keys = [c for c in cells if isinstance(c, Scalar)]
            records: list[Node] = []
            for row in rows[1:]:
                assert isinstance(row, Sequence)
                pairs = tuple(zip(keys, (_records(v, rules) for v in row.items), strict=False))
                records.append(Mapping(pairs, row.start, row.end))
            return Sequence(tuple(records), node.start, node.end)
    return Sequence(tuple(_records(item, rules) for item in rows), node.start, node.end)


def _known(name: str, rules: Rules) -> bool:
    """Whether a header cell is a key word of some table."""
    return bool(
        _field_kind(name, (), rules)
        or _role(name, rules)
        or _section(name, rules)
        or name in rules.metrics
        or any(name in words for words in _export_words(rules).values())
    )


def _one_value(node: Node) -> bool:
    """A field value: a scalar (not null), an object, or a list of scalars (``自治体: [A市, B町]``)
    — not a list of objects (``施設: [{…}, {…}]`` lists cases)."""
    if isinstance(node, Scalar):
        return not node.null
    if isinstance(node, Sequence):
        return bool(node.items) and all(isinstance(item, Scalar) for item in node.items)
    return True


def _collection(node: Node) -> bool:
    """An object of two or more objects (``{"1": {…}, "2": {…}}``): a list written as keys."""
    return isinstance(node, Mapping) and sum(isinstance(v, Mapping) for _, v in node.items) >= 2


def _case_like(node: Mapping, rules: Rules) -> bool:
    """Whether an object names a place or a facility (directly or one object down)."""
    for key, value in node.items:
        path = _path(key)
        kind = _field_kind(path[-1], tuple(path[:-1]), rules)
        if kind in ("place", "facility") and _one_value(value):
            return True
        if isinstance(value, Mapping):
            for sub_key, _sub in value.items:
                sub_kind = _field_kind(label_form(sub_key.text), (path[-1],), rules)
                if sub_kind in ("place", "facility"):
                    return True
    return False


# ----------------------------------------------------------------------- one case


class _Metric:
    """One metric's parts as read: name, its span, figures by role, unit."""

    def __init__(self, label: str, span: Span | None) -> None:
        self.label = label
        self.span = span
        self.figures: dict[str, tuple[Scalar, str | None, str | None]] = {}
        self.unit: str | None = None


class _CaseReader:
    """Reads one case object's keys into profile parts."""

    def __init__(
        self,
        rules: Rules,
        locate: Locate,
        source: str | None = None,
        origin: Callable[[int], str] | None = None,
    ) -> None:
        self.rules = rules
        self.locate = locate
        self.source = source  # the normalised text the scalars stand in
        self.origin = origin  # the original character of a normalised offset
        self.fields: list[FieldLine] = []
        self.default_fields: list[FieldLine] = []
        self.initiatives: list[tuple[str, Span]] = []
        self.other: list[tuple[str, Span]] = []
        self.comments: list[Comment] = []
        self.metrics: dict[str, _Metric] = {}
        self.fiscal: tuple[int, Span] | None = None
        self.default_fiscal: tuple[int, Span] | None = None
        self.key_fiscal: tuple[int, Span] | None = None
        self.unclassified: list[TextBlock] = []
        self.warnings: list[Warning] = []
        self.decoded: list[Scalar] = []

    # --- spans ---------------------------------------------------------------------

    def span(self, scalar: Scalar, start: int = 0, end: int | None = None) -> Span:
        stop = len(scalar.text) if end is None else end
        a, b = scalar.at(start), scalar.at(stop)
        if stop > start and b <= a:
            b = a + 1
        return self.locate(a, max(a, b))

    # --- the objects above a case ----------------------------------------------------

    def defaults(self, node: Mapping) -> None:
        """Header scalars of an object above the case: defaults of the case."""
        for key, value in node.items:
            if not isinstance(value, Scalar) or value.null:
                continue
            path = _path(key)
            name = path[-1]
            if name in _words(self.rules, "fiscal_year"):
                year = self.year_of(value)
                if year is not None and self.default_fiscal is None:
                    self.default_fiscal = year
                continue
            kind = _field_kind(name, tuple(path[:-1]), self.rules)
            if kind in ("place", "labour_bureau", "hello_work", "offices"):
                self.default_fields.append(self.field_line(kind, name, value))

    # --- keys ------------------------------------------------------------------------

    def mapping(self, node: Mapping, parents: tuple[str, ...]) -> None:
        for key, value in node.items:
            path = _path(key)
            self.key(key, path[-1], (*parents, *path[:-1]), value, dotted=len(path) > 1)

    def key(
        self, key: Scalar, name: str, parents: tuple[str, ...], value: Node, dotted: bool = False
    ) -> None:
        rules = self.rules
        if isinstance(value, Scalar) and (value.null or not value.text.strip()):
            return
        if name in _words(rules, "fiscal_year") and isinstance(value, Scalar):
            year = self.year_of(value)
            if year is not None:
                self.fiscal = self.fiscal or year
                return
        kind = _field_kind(name, parents, rules)
        if kind is not None and kind != "aside":
            if isinstance(value, Scalar):
                self.fields.append(self.field_line(kind, name, value))
            elif isinstance(value, Sequence):
                for item in value.items:
                    self.key(key, name, parents, item)
            else:
                self.mapping(value, (*parents, name))
            return
        section = _section(name, rules)
        if section == "comments" or (
            isinstance(value, Scalar) and self.comment_key(key, name, value)
        ):
            if section == "comments":
                self.comment_node(value, None, key)
            return
        if section in ("initiatives", "other_results") and not self.metric_node(value):
            target = self.initiatives if section == "initiatives" else self.other
            target.extend(self.items(value))
            return
        role = _role(name, rules)
        if role in _FIGURE_ROLES and dotted and isinstance(value, Scalar):
            # ``就職者数.目標`` (a dotted key): the figure of the metric its path names
            self.figure(parents[-1], self.span(key), role, value, None, None)
            return
        if role is not None and role not in _FIGURE_ROLES and isinstance(value, Scalar):
            self.keep(name, value)  # 備考, 前年度実績: not read (kept)
            return
        if (
            section == "results"
            or role in _FIGURE_ROLES
            or self.metric_node(value)
            or (isinstance(value, Sequence) and any(self.metric_node(i) for i in value.items))
        ):
            self.key_year(key)
            self.results(value, name, role, key)
            return
        if isinstance(value, Scalar):
            split = _split_role(name, rules)
            if split is not None:
                self.figure(split[0], self.span(key), split[1], value, None, None)
            elif name in rules.metrics and _DIGIT.search(value.text):
                self.figure(name, self.span(key), "actual", value, None, None)
            else:
                self.keep(name, value)
            return
        if isinstance(value, Mapping):
            self.mapping(value, (*parents, name))
        else:
            for item in value.items:
                if isinstance(item, Mapping):
                    self.mapping(item, (*parents, name))
                elif isinstance(item, Scalar) and not item.null:
                    self.keep(name, item)

    def keep(self, heading: str, value: Scalar) -> None:
        self.unclassified.append(TextBlock(heading, value.text, self.span(value)))

    def field_line(self, kind: str, name: str, value: Scalar) -> FieldLine:
        if value.offsets:  # decoded ≠ written (escapes, a folded block): spans by offsets
            self.decoded.append(value)
        return FieldLine(kind, name, value.text, value.start, value.start + len(value.text))

    def field_span(self, start: int, end: int) -> Span:
        """The span of a header value the header reader found at ``[start, end)`` (offsets
        counted from its scalar's start through the decoded text)."""
        for scalar in self.decoded:
            if scalar.start <= start <= scalar.start + len(scalar.text):
                return self.span(scalar, start - scalar.start, end - scalar.start)
        return self.locate(start, end)

    def year_of(self, value: Scalar) -> tuple[int, Span] | None:
        text = value.text
        if regex.fullmatch(r"(?:19|20)\d\d", text):
            return int(text), self.span(value)
        for found in find_fiscal_years(text, rules=self.rules):
            return found.value.year, self.span(value, found.start, found.end)
        return None

    def key_year(self, key: Scalar) -> None:
        """A results key naming its year (``令和元年度実績``)."""
        if self.key_fiscal is None and "年度" in key.text:
            self.key_fiscal = self.year_of(key)

    # --- items -----------------------------------------------------------------------

    def items(self, node: Node) -> Iterator[tuple[str, Span]]:
        if isinstance(node, Scalar):
            if node.null:
                return
            yield from self.lines_of(node)
        elif isinstance(node, Sequence):
            for item in node.items:
                yield from self.items(item)
        else:
            chosen = self.text_value(node, ("text", "item_text"))
            if chosen is not None:
                yield from self.lines_of(chosen)
            else:
                for _key, value in node.items:
                    yield from self.items(value)

    def text_value(self, node: Mapping, tables: tuple[str, ...]) -> Scalar | None:
        words = frozenset().union(*(_words(self.rules, t) for t in tables))
        for key, value in node.items:
            if label_form(key.text) in words and isinstance(value, Scalar) and not value.null:
                return value
        return None

    def lines_of(self, scalar: Scalar) -> Iterator[tuple[str, Span]]:
        """The items a string holds: one a line (an escaped ``\\n`` or a YAML block's line
        break); a line break written raw inside a JSON string (a long value wrapped in
        print) goes on with the same item unless a marker opens the next line."""
        text = scalar.text
        pieces: list[tuple[str, int]] = []  # (item text, start in ``text``)
        pos = 0
        for piece in _LINE_SPLIT.split(text):
            at = text.find(piece, pos)
            pos = at + len(piece)
            stripped, lead = _strip_marker(piece, self.rules)
            lead += self.lost_marker(scalar, at + lead, stripped)
            stripped = piece[lead:].strip()
            if not stripped:
                continue
            wrapped = (
                pieces
                and lead == len(piece) - len(piece.lstrip())
                and self.raw_break(scalar, at)
            )
            if wrapped:
                previous, start = pieces[-1]
                pieces[-1] = (previous + stripped, start)
            else:
                pieces.append((stripped, at + lead))
        for item, start in pieces:
            yield item, self.span(scalar, start, start + len(item))

    def raw_break(self, scalar: Scalar, at: int) -> bool:
        """Whether the line break before decoded offset ``at`` was written raw (not ``\\n``)."""
        if not scalar.quoted or at == 0 or self.source is None:
            return False
        where = scalar.at(at - 1)
        return self.source[where : where + 1] == "\n"

    def lost_marker(self, scalar: Scalar, at: int, rest: str) -> int:
        """The width of an enumerator NFKC turned into a digit (``①`` → ``1``)."""
        if self.origin is None or not rest[:1].isdigit():
            return 0
        from jirei.items import enumerator_width

        return enumerator_width(self.origin(scalar.at(at)))

    # --- comments --------------------------------------------------------------------

    def comment_key(self, key: Scalar, name: str, value: Scalar) -> bool:
        """``市のコメント: text`` (a comment keyword after the speaker): one comment."""
        for keyword in sorted(self.rules.comment_keywords, key=len, reverse=True):
            if name.endswith(keyword) and len(name) > len(keyword):
                speaker = name[: -len(keyword)].removesuffix("の")
                self.add_comment(speaker, self.span(key, 0, len(speaker)), value)
                return True
        return False

    def comment_node(self, node: Node, speaker: tuple[str, Span] | None, key: Scalar) -> None:
        if isinstance(node, Sequence):
            for item in node.items:
                self.comment_node(item, speaker, key)
        elif isinstance(node, Mapping):
            said = self.text_value(node, ("text",))
            who = self.text_value(node, ("speaker",))
            if said is not None:
                named = (who.text, self.span(who)) if who is not None else speaker
                self.add_comment(*(named or (None, None)), said)
                return
            for sub_key, value in node.items:  # {speaker: text}
                name = label_form(sub_key.text)
                self.comment_node(value, (name, self.span(sub_key)), sub_key)
        elif not node.null:
            if speaker is not None:
                self.add_comment(speaker[0], speaker[1], node)
                return
            colon = regex.match(r"^\s*([^:。、「」]{1,30}?)\s*:\s*", node.text)
            if colon is not None:
                name = colon.group(1)
                self.add_comment(
                    name, self.span(node, colon.start(1), colon.end(1)), node, colon.end()
                )
            else:
                self.add_comment(None, None, node)

    def add_comment(
        self, speaker: str | None, speaker_span: Span | None, value: Scalar, start: int = 0
    ) -> None:
        text = value.text[start:].strip()
        if not text:
            return
        at = value.text.find(text, start)
        speaker = regex.sub(r"\s+", "", speaker) if speaker else None
        self.comments.append(
            Comment(
                speaker=speaker or None,
                role=role_of(speaker, self.rules),
                text=text,
                span=self.span(value, at, at + len(text)),
                speaker_span=speaker_span,
            )
        )

    # --- results ---------------------------------------------------------------------

    def metric_node(self, node: Node) -> bool:
        """Whether an object is one metric (a figure-role key holding a figure)."""
        if not isinstance(node, Mapping):
            return False
        for key, value in node.items:
            name = label_form(key.text)
            if _role(name, self.rules) in _FIGURE_ROLES and (
                isinstance(value, Scalar) or self.value_object(value)
            ):
                return True
        return False

    def value_object(self, node: Node) -> bool:
        """``{値: 150, 条件: 以上}``: a figure written in parts."""
        if not isinstance(node, Mapping):
            return False
        return any(label_form(k.text) in _words(self.rules, "value") for k, _ in node.items)

    def results(self, node: Node, name: str | None, role: str | None, key: Scalar | None) -> None:
        rules = self.rules
        if isinstance(node, Scalar):
            if node.null:
                return
            if role in _FIGURE_ROLES and name is not None and key is not None:
                self.figure(name, self.span(key), role, node, None, None)
            elif _DIGIT.search(node.text) and name is not None and key is not None:
                self.figure(name, self.span(key), "actual", node, None, None)
            elif name is not None:
                self.other.extend(self.lines_of(node))
            return
        if isinstance(node, Sequence):
            for item in node.items:
                if isinstance(item, Scalar) and not item.null:
                    self.other.extend(self.lines_of(item))
                else:
                    self.results(item, None, role, None)
            return
        if self.metric_node(node):
            self.metric_object(node, name, key)
            return
        for sub_key, value in node.items:
            sub = label_form(sub_key.text)
            if sub in _words(rules, "fiscal_year") and isinstance(value, Scalar):
                if (year := self.year_of(value)) is not None:
                    self.fiscal = self.fiscal or year
                continue
            sub_role = _role(sub, rules)
            section = _section(sub, rules)
            if section in ("initiatives", "other_results", "comments") and sub_role is None:
                self.key(sub_key, sub, (), value)
            elif sub_role in _FIGURE_ROLES and not isinstance(value, Scalar):
                self.results(value, None, sub_role, sub_key)  # role first
            elif sub_role is not None and sub_role not in _FIGURE_ROLES and isinstance(
                value, Scalar
            ):
                self.keep(sub, value)  # 前年度実績, 備考: not read (kept)
            elif isinstance(value, Scalar):
                split = _split_role(sub, rules)
                if split is not None:
                    self.figure(split[0], self.span(sub_key), split[1], value, None, None)
                elif role in _FIGURE_ROLES:
                    self.figure(sub, self.span(sub_key), role, value, None, None)
                elif (_DIGIT.search(value.text) and not value.quoted) or (
                    sub in rules.metrics or _figure_text(value.text, rules)
                ):
                    self.figure(sub, self.span(sub_key), "actual", value, None, None)
                else:
                    self.keep(sub, value)
            else:
                self.key_year(sub_key)
                self.results(value, sub, role, sub_key)

    def metric_object(self, node: Mapping, name: str | None, key: Scalar | None) -> None:
        rules = self.rules
        label_value = self.text_value(node, ("metric_name",))
        if label_value is not None:
            label, span = label_value.text, self.span(label_value)
        elif name is not None and key is not None:
            label, span = name, self.span(key)
        else:
            return
        unit_value = self.text_value(node, ("unit",))
        unit = _unit(unit_value.text, rules) if unit_value is not None else None
        for sub_key, value in node.items:
            sub = label_form(sub_key.text)
            role = _role(sub, rules)
            if role not in _FIGURE_ROLES:
                continue
            if isinstance(value, Scalar):
                self.figure(label, span, role, value, unit, None)
            elif isinstance(value, Mapping):
                figure = self.text_value(value, ("value",))
                if figure is None:
                    continue
                qualifier = self.text_value(value, ("qualifier",))
                own_unit = self.text_value(value, ("unit",))
                self.figure(
                    label,
                    span,
                    role,
                    figure,
                    _unit(own_unit.text, rules) if own_unit is not None else unit,
                    qualifier.text.strip() if qualifier is not None else None,
                )

    def figure(
        self,
        label: str,
        span: Span,
        role: str,
        value: Scalar,
        unit: str | None,
        qualifier: str | None,
    ) -> None:
        if value.null or is_blank_cell(value.text):
            metric = self.metrics.setdefault(row_label(label, self.rules), _Metric(label, span))
            return
        form = row_label(label, self.rules)
        metric = self.metrics.setdefault(form, _Metric(form, span))
        if role == "achievement_rate":
            unit = qualifier = None  # a row's 単位 is its figures' unit, not the rate's
        if role not in metric.figures:
            metric.figures[role] = (value, unit, qualifier)

    def built_metrics(self) -> list[Metric]:
        metrics: list[Metric] = []
        for form, parts in self.metrics.items():
            if not parts.figures:
                continue
            target = self.quantity(parts.figures.get("target"))
            actual = self.quantity(parts.figures.get("actual"))
            rate = self.quantity(parts.figures.get("achievement_rate"))
            achievement = rate_value(rate, self.rules) if rate is not None else None
            if target is None and actual is None and achievement is None:
                continue
            metrics.append(
                Metric(
                    label=form,
                    key=self.rules.metrics.get(form),
                    group=None,
                    target=target,
                    actual=actual,
                    achievement_rate=achievement,
                    span=parts.span,
                    achievement_span=rate.span if achievement is not None and rate else None,
                )
            )
        return metrics

    def quantity(self, parts: tuple[Scalar, str | None, str | None] | None) -> Quantity | None:
        if parts is None:
            return None
        value, unit, qualifier = parts
        found = _first_figure(value.text, self.rules)
        if found is None:
            self.warnings.append(
                Warning(
                    "unparsed_cell",
                    f"export figure has no number: {value.text!r}",
                    self.span(value),
                )
            )
            return None
        quantity = found.value
        if isinstance(quantity, int | Decimal):
            quantity = Quantity(quantity)
        qualifiers = (*self.rules.qualifier_prefixes, *self.rules.qualifier_suffixes)
        if qualifier and qualifier not in qualifiers:
            qualifier = None  # 条件 words that are no bound (目安 …): not a qualifier
        return Quantity(
            value=quantity.value,
            unit=quantity.unit or unit,
            qualifier=quantity.qualifier or qualifier,
            span=self.span(value, found.start, found.end),
        )

    # --- the profile -----------------------------------------------------------------

    def profile(self, case: Mapping) -> tuple[Profile, list[Warning]]:
        rules = self.rules
        header = header_from_fields([*self.fields], rules)
        fields: dict[str, object] = {n: f.value for n, f in header.fields.items()}
        spans = {n: self.field_span(f.start, f.end) for n, f in header.fields.items()}
        offices = header.hello_work
        if self.default_fields:  # the objects above: only what the case does not name
            above = header_from_fields(self.default_fields, rules)
            for name, field in above.fields.items():
                if name not in fields:
                    fields[name] = field.value
                    spans[name] = self.field_span(field.start, field.end)
            if not offices:
                offices = above.hello_work
        fiscal = self.fiscal or self.key_fiscal or self.default_fiscal
        if fiscal is not None:
            spans["fiscal_year"] = fiscal[1]
        inferred = _infer_prefecture(fields)
        title = fields.pop("title", None)
        if isinstance(title, str):
            from jirei.titles import unquote

            title = unquote(title.strip(), rules)[0] or title
        for name, field in header.asides:
            self.unclassified.append(TextBlock(name, str(field.value), None))
        profile = Profile(
            title=title,  # type: ignore[arg-type]
            **profile_fields(fields, offices),  # type: ignore[arg-type]
            fiscal_year=fiscal[0] if fiscal else None,
            initiatives=tuple(t for t, _ in self.initiatives),
            metrics=tuple(self.built_metrics()),
            other_results=tuple(t for t, _ in self.other),
            comments=tuple(self.comments),
            span=self.locate(case.start, case.end),
            spans={k: v for k, v in spans.items() if k in SPANNED_FIELDS},
            hello_work_spans=tuple(self.field_span(f.start, f.end) for f in offices),
            initiative_spans=tuple(s for _, s in self.initiatives),
            other_result_spans=tuple(s for _, s in self.other),
            inferred=tuple(inferred),
            unclassified=tuple(self.unclassified),
        )
        return profile, self.warnings


def _infer_prefecture(fields: dict[str, object]) -> list[str]:
    """The prefecture from the municipality (or the bureau) when the case names none."""
    if fields.get("prefecture"):
        return []
    from jirei import places

    municipality = fields.get("municipality")
    bureau = fields.get("labour_bureau")
    candidates: tuple[str, ...] = ()
    if isinstance(municipality, str):
        candidates = tuple(places.prefectures_of(municipality))
    from_bureau = places.prefecture_of_bureau(bureau) if isinstance(bureau, str) else None
    if len(candidates) == 1:
        fields["prefecture"] = candidates[0]
    elif from_bureau and (not candidates or from_bureau in candidates):
        fields["prefecture"] = from_bureau
    else:
        return []
    return ["prefecture"]


def _first_figure(text: str, rules: Rules) -> Found[Quantity] | Found[Number] | None:
    """The figure a value holds: the whole value (``300``, ``168人``, ``150人以上``), else
    the first quantity (``168人(見込み)``), else the first number."""
    stripped = text.strip()
    try:
        quantity = parse_quantity(stripped, rules)
    except ValueParseError:
        pass
    else:
        at = text.find(stripped)
        return Found(quantity, at, at + len(stripped), stripped)
    found = next(iter(find_quantities(text, rules)), None)
    if found is not None:
        return found
    return next(iter(find_numbers(text, rules)), None)


def _unit(text: str, rules: Rules) -> str | None:
    unit = label_form(text)
    return rules.units.get(unit, unit) or None


def _figure_text(text: str, rules: Rules) -> bool:
    """Whether a string is a figure (``168人``, ``112.0%``, ``150人以上``) and nothing more."""
    found = list(find_quantities(text, rules))
    return len(found) == 1 and found[0].end - found[0].start >= len(text.strip()) - 1


def _strip_marker(text: str, rules: Rules) -> tuple[str, int]:
    """An item without its bullet marker, and where it starts in ``text``."""
    from jirei.sections import classifier

    rest, cut = classifier(rules).strip_marker(text)
    return rest.strip(), cut + len(rest) - len(rest.lstrip())


__all__ = ["ExportRead", "read_export"]
