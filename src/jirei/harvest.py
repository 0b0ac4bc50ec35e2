"""Header facts read by their shape wherever a case's opening or its data box states them
(decisions 1200–1219), for the contract fields no header reader found.

Two regions of a case are searched, in this order:

* its *opening*: the lines from the case's first line up to its first section or comment
  heading (at most ``_OPENING`` filled lines);
* each *data box*: a line naming a box heading of ``harvest_table.box_heads``
  (``＜ＤＡＴＡ＞``, ``〔施設の概要〕``, ``施設メモ　…``) and the lines under it up to a blank
  line, a section or comment heading, wherever the box stands in the case.

In them a line is read for its shapes: a labour bureau of a prefecture (``福岡労働局``), the
Hello Work offices (``ハローワーク久留米``, ``久留米公共職業安定所``), a municipality of the
places table (``jirei.places``; the one on a line with the bureau or an office first), a
facility name before a bracketed kind (``name（一体的実施施設）``) or in ``「」``, and a
start date next to a start word (``開設``) or under a start label (``開設日``). A sentence
(``。``, or a long line) is read only in a data box or when it states a start date; a line
under a label of ``skip_labels`` (``所在地``) is not read. What a header reader found is
never replaced. Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from jirei.facts import labelled_fact
from jirei.fields import FieldLine
from jirei.header import Field, HeaderFields, glued_facility_label, header_patterns
from jirei.places import find_bureaus, glued_kana, municipality_names, split_prefecture
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo
from jirei.values import find_dates

#: the contract header fields this module fills (hello_work apart)
_FIELDS = (
    "prefecture", "municipality", "labour_bureau", "facility_name", "facility_type", "start_date",
)
#: how many filled lines of a case's opening are read
_OPENING = 12
#: how many lines under a box heading are read
_BOX = 12
#: a line longer than this is read as a sentence
_LONG = 60
#: marks and brackets around a box heading
_MARKS = regex.compile(
    r"[\s<>＜＞\[\]［］【】〔〕()□■◆◇●○★☆◎▼▲=＝~〜:：|・\-―ー"
    r"─━═┌┐┏┓╔╗╭╮]+"  # a box's top border round its heading (``┌ 施設データ ──┐``; 1941)
)
#: an enumerator before a box heading (``Ⅰ``, ``１．``, ``(2)``, ``第3``, ``ア``)
_ENUMERATOR = regex.compile(
    r"^\s*(?:[IVX]{1,4}(?=[\s.．、)）])|第?[0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ一二三四五六七八九十]{1,3}|[ア-オ])[\s.．、)）:：]*"
    r"|^\s*[(（][0-9一二三四五六七八九十]{1,2}[)）]\s*"
)
#: the characters an enumerator opens with
_ENUMERATOR_FIRSTS = frozenset(
    "IVX第0123456789ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ一二三四五六七八九十アイウエオ(（"
)
_NAME = r"[\p{Han}\p{Katakana}ーヶ]"
#: a place candidate ends with one of these
_PLACE_END = regex.compile(r"[市区町村]")
_IS_NAME = regex.compile(rf"{_NAME}")
_QUOTED = regex.compile(r"「(?P<name>[^「」。、]{2,40})」")
#: what may stand before a quoted name filling a line: nothing, or a short label
_LONE_QUOTE = regex.compile(r"^\s*(?:[^\s「」]{1,10}(?:\s+|\s*[:：]\s*))?$")
#: patterns compiled once (a module-level ``regex.sub(pattern, …)`` looks its pattern up
#: in the module's cache on every call, several times the cost of the match on a line)
_SPACES = regex.compile(r"\s+")
_BRACKET_CHARS = regex.compile(r"[()（）「」]")
_KANJI_DATE_DIGIT = regex.compile(r"[元一二三四五六七八九十]")
_KANJI_DIGIT = regex.compile(r"[一二三四五六七八九十]")
_QUOTED_END = regex.compile(r"「([^「」]{2,40})」\s*$")
_NAME_END = regex.compile(r"[^\s:|「」()、。,/]{2,40}$")


class _Words:
    """The compiled words of one ``Rules``' ``harvest_table``."""

    def __init__(self, rules: Rules) -> None:
        table = rules.harvest_table
        self.heads = frozenset(_MARKS.sub("", h) for h in table.get("box_heads", ()))
        #: the first and the last characters of the headings, marks removed (``may_be_head``)
        self.head_firsts = frozenset(h[0] for h in self.heads if h)
        self.head_lasts = frozenset(h[-1] for h in self.heads if h)
        heads = "|".join(
            regex.escape(h) for h in sorted(table.get("box_heads", ()), key=len, reverse=True)
        )
        long_heads = "|".join(
            regex.escape(h)
            for h in sorted(table.get("box_heads", ()), key=len, reverse=True)
            if len(h) >= 3
        )
        # ``施設メモ　name…`` (normalisation may drop the full-width space after a long head)
        self.head_line = regex.compile(
            rf"^[\s<＜【〔(□■◆◇●○★☆◎▼]*(?:(?:{heads or '(?!)'})[\s:：]+"
            rf"|(?:{long_heads or '(?!)'})(?=[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}]))(?=\S)"
        )
        types = "|".join(
            regex.escape(t) for t in sorted(rules.facility_types, key=len, reverse=True)
        )
        topics = "|".join(regex.escape(w) for w in table.get("topic_words", ()))
        kind_ends = "|".join(regex.escape(w) for w in table.get("kind_endings", ()))
        # ``name は、…による一体的実施施設で、…``: an overview sentence calling its topic a kind
        self.topic = regex.compile(  # the name may stand in 「」 (decision 1710)
            rf"^\s*(?:「(?=[^「」]{{2,30}}」))?(?P<name>[^\s、。「」()]{{2,30}}?)」?"
            rf"(?:{topics or '(?!)'})、"
            rf"[^。]*?(?P<kind>{types or '(?!)'})(?:{kind_ends or '(?!)'})"
        )
        links = "|".join(regex.escape(w) for w in table.get("date_links", ()))
        markers = "|".join(
            regex.escape(m)
            for m in sorted(
                (*rules.start_markers, *table.get("start_words", ())), key=len, reverse=True
            )
        )
        self.after_date = regex.compile(rf"\s*(?:{links})?\s*(?:{markers or '(?!)'})")
        self.start_word = regex.compile(markers or "(?!)")
        # ``date に、…「name」を開設した``: a start word closing the sentence's verb
        verbs = "|".join(regex.escape(w) for w in table.get("start_verbs", ()))
        # ``「name」を開設``, ``「name」を市役所本庁舎１階に開設した`` (decision 1533)
        self.name_start = regex.compile(rf"\s*を[^。、「」]{{0,20}}?(?:{markers or '(?!)'})")
        self.start_verb = regex.compile(rf"(?:{markers or '(?!)'})(?:{verbs or '(?!)'})")
        self.start_labels = tuple(table.get("start_labels", ()))
        self.place_tails = tuple(table.get("place_tails", ()))
        unions = "|".join(
            regex.escape(t) for t in sorted(table.get("union_tails", ()), key=len, reverse=True)
        ) or "(?!)"
        # a line that is a union's name alone, its members perhaps bracketed after it
        self.union = regex.compile(
            rf"^[\s【\[〔]*(?P<name>[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}ーヶ]{{1,20}}?(?:{unions}))"
            rf"[】\]〕]?\s*(?:[(（][^()（）]{{1,60}}[)）])?\s*$"
        )
        # or a union filling a bracket of its own (``【長野県】【南信州広域連合】``)
        self.union_bracket = regex.compile(
            rf"[【\[〔](?P<name>[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}ーヶ]{{1,20}}?(?:{unions}))[】\]〕]"
        )
        self.skip = tuple(table.get("skip_labels", ()))
        self.addresses = tuple(table.get("address_labels", ()))
        words = ("労働局", *rules.hello_work_prefixes, *rules.hello_work_suffixes)
        partners = "|".join(regex.escape(w) for w in words)
        #: a bracket naming the partner bureau or office after an address's place (3137)
        self.partners_bracket = regex.compile(rf"[(（][^()（）]*(?:{partners})[^()（）]*[)）]")
        prefixes = "|".join(regex.escape(p) for p in rules.hello_work_prefixes)
        suffixes = "|".join(regex.escape(s) for s in rules.hello_work_suffixes)
        tails = "|".join(
            regex.escape(t)
            for t in sorted(table.get("office_tails", ()), key=len, reverse=True)
        ) or "(?!)"
        # the tails of two characters or more: posts and sections (``所長``), never the end
        # of an office's own name as ``内`` may be (``川内``)
        posts = "|".join(
            regex.escape(t)
            for t in sorted(table.get("office_tails", ()), key=len, reverse=True)
            if len(t) >= 2
        ) or "(?!)"
        # an office's name ends where a date begins (``ハローワーク岐阜平成29年…``, 1542)
        eras = "|".join(regex.escape(era.name) for era in rules.eras) or "(?!)"
        self.office = regex.compile(
            # ``（ハローワーク川内）``: an office filling its bracket is its whole name, a
            # post's word at its end aside (``川内``, not ``川`` + ``内``; decision 2498)
            rf"(?<=\()(?:{prefixes})(?!{tails}){_NAME}{{1,8}}(?<!{posts})(?=\))"
            rf"|(?:{prefixes})(?!{tails})(?:{_NAME}{{1,8}}?)"
            rf"(?={tails}|(?!{_NAME})|(?:{eras})[0-9元])"
            rf"|(?<!{_NAME}){_NAME}{{1,8}}?(?:{suffixes})"
        )
        prefix_words, suffix_words = rules.hello_work_prefixes, rules.hello_work_suffixes
        #: what every match of ``office`` holds: a prefix or a suffix (None when one of them
        #: is missing or empty, so that an alternative matches without either)
        self.office_words = (
            (*prefix_words, *suffix_words)
            if prefix_words and suffix_words and all(prefix_words) and all(suffix_words)
            else None
        )

    def may_name_office(self, text: str) -> bool:
        """Whether ``text`` holds a Hello Work prefix or suffix: what every match of
        ``office`` holds (a cheap exact precheck before the pattern, tried at every
        character)."""
        words = self.office_words
        return words is None or any(word in text for word in words)

    def may_be_head(self, text: str) -> bool:
        """Whether ``text`` holds a first and a last character of a heading: what every text
        that is a heading once its marks (and an enumerator) are removed holds, since removing
        only deletes characters (a cheap exact precheck before ``_MARKS.sub`` on each line)."""
        return "" in self.heads or (
            not self.head_firsts.isdisjoint(text) and not self.head_lasts.isdisjoint(text)
        )


@per_rules
def _words(rules: Rules) -> _Words:
    return _Words(rules)


def harvest(
    header: HeaderFields,
    infos: Sequence[LineInfo],
    rules: Rules = DEFAULT_RULES,
    removed: Callable[[int, int], bool] | None = None,
) -> HeaderFields:
    """``header`` with the header facts it lacks taken from the shapes of the case lines
    ``infos`` (its opening and data boxes; see the module docs). ``removed(start, end)``
    says whether normalisation removed a space between two offsets (``実施主体　北九州市``
    is ``実施主体北九州市`` in the normalised text)."""
    header = _tidy_bureau(header)
    missing = [name for name in _FIELDS if name not in header.fields]
    if not missing and header.hello_work:
        return header
    words = _words(rules)
    found: dict[str, Field] = {}
    offices: list[Field] = []
    need = frozenset(missing) | ({"hello_work"} if not header.hello_work else set())
    regions = _regions(infos, words)
    for region in regions:
        _read_region(region, words, rules, need, found, offices, removed)
    if "municipality" in need and "municipality" not in found and words.addresses:
        _address_place(regions, words, found, removed)  # an address alone (decision 1602)
    elif (
        "municipality" in found and words.addresses and "prefecture" not in found
        and found["municipality"].value.endswith("区")
    ):  # ``北区しごと相談コーナー`` beside ``所在地：堺市北区``: the address's city (1986)
        ward = found.pop("municipality")
        _address_place(regions, words, found, removed)
        if "municipality" not in found:
            found["municipality"] = ward
    if not found and not offices:
        return header
    place = found.get("municipality")
    known = header.fields.get("municipality")
    if "prefecture" in found and known is not None and (
        place is None or place.value != known.value
    ):  # the prefecture written with another place than the header's
        del found["prefecture"]
    fields = {**{k: v for k, v in found.items() if k in missing}, **header.fields}
    return HeaderFields(fields, header.hello_work or tuple(offices), header.asides)


def after_start_date(text: str, end: int, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a start word follows a date ending at ``end`` of ``text``, perhaps behind a
    link or a weekday (``に開設``, ``（火）事業開始``, ``オープン``)."""
    return start_word_after(text, end, rules) is not None


def start_word_after(
    text: str, end: int, rules: Rules = DEFAULT_RULES
) -> regex.Match[str] | None:
    """The start word (with the link or weekday before it) right after ``end`` of ``text``,
    else None."""
    return _words(rules).after_date.match(text, end)


def offices_in(text: str, at: int, rules: Rules = DEFAULT_RULES) -> list[Field]:
    """The Hello Work offices a line or sentence standing at ``at`` names, each once, in
    order (``ハローワーク堺の出先窓口`` gives ``ハローワーク堺``)."""
    offices: list[Field] = []
    for match in _words(rules).office.finditer(text):
        if all(match.group() != o.value for o in offices):
            offices.append(Field(match.group(), at + match.start(), at + match.end()))
    return offices


def is_box_head(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` is a data box's heading alone (``＜施設データ＞``, ``Ⅰ　施設の概要``)."""
    words = _words(rules)
    return words.may_be_head(text) and _is_head(text, words.heads)


def _is_head(text: str, heads: frozenset[str]) -> bool:
    """Whether ``text`` is a box heading of ``heads`` alone; a line padded out to its box's
    right border is measured without the padding (decision 3326)."""
    return len(text.strip()) <= 40 and (
        _MARKS.sub("", text) in heads or _numbered_head(text, heads)
    )


def _numbered_head(text: str, heads: frozenset[str]) -> bool:
    """``Ⅰ　施設の概要``: a box heading after an enumerator (decision 1395)."""
    first = text.lstrip()[:1]  # (a cheap precheck before the enumerator pattern)
    return (
        first in _ENUMERATOR_FIRSTS
        and _MARKS.sub("", _ENUMERATOR.sub("", text, count=1)) in heads
    )


def _tidy_bureau(header: HeaderFields) -> HeaderFields:
    """A labour bureau a header reader read with more around it (``長岡市と新潟労働局``,
    ``長野労働局 【HW】ハローワーク長野``, ``+北海道労働局``) narrowed to the one bureau
    it names (decision 1205)."""
    field = header.fields.get("labour_bureau")
    if field is None or not isinstance(field.value, str):
        return header
    value = field.value
    found = find_bureaus(value)
    if len(found) != 1 or found[0] == (0, len(value)):
        return header
    start, end = found[0]
    if field.end - field.start != len(value):
        return header  # a value not written as one piece: its offsets cannot be narrowed
    fields = dict(header.fields)
    fields["labour_bureau"] = Field(value[start:end], field.start + start, field.start + end)
    return HeaderFields(fields, header.hello_work, header.asides)


def _regions(
    infos: Sequence[LineInfo], words: _Words
) -> list[list[tuple[str, int, bool]]]:
    """The opening and the data boxes of a case: lists of (text, offset, in a box)."""
    regions: list[list[tuple[str, int, bool]]] = []
    opening: list[tuple[str, int, bool]] = []
    for info in infos:
        if info.kind is K.SECTION or info.kind is K.COMMENT or len(opening) >= _OPENING:
            break
        if not info.line.blank and info.kind is not K.FURNITURE:
            text, start = info.line.text, info.line.start
            head = words.head_line.match(text)  # ``施設メモ　…``: the head is no name
            if head is not None:
                text, start = text[head.end() :], start + head.end()
            opening.append((text, start, False))
    regions.append(_wrapped_joined(opening))
    index = 0
    while index < len(infos):
        line = infos[index].line
        text = line.text
        box: list[tuple[str, int, bool]] | None = None
        # (``strip``: a line padded to its box's border, 3326)
        if len(text.strip()) <= 40 and words.may_be_head(text) and (
            _MARKS.sub("", text) in words.heads or _numbered_head(text, words.heads)
        ):
            box = []
        elif (head := words.head_line.match(text)) is not None:
            box = [(text[head.end() :], line.start + head.end(), True)]
        if box is None:
            index += 1
            continue
        index += 1
        while index < len(infos) and len(box) < _BOX:
            info = infos[index]
            if info.line.blank and box:
                break
            if info.kind is K.COMMENT:
                break
            if not info.line.blank and info.kind is not K.FURNITURE:
                box.append((info.line.text, info.line.start, True))
            index += 1
        regions.append(box)
    return regions


def _wrapped_joined(region: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """``region`` with a sentence wrapped over two lines (a PDF's line break after ``、``
    or mid-word, the sentence closing with ``。`` on the next line) read as one piece: the two
    lines joined by their newline, so offsets stay those of the text (decision 2496)."""
    out: list[tuple[str, int, bool]] = []
    for text, at, boxed in region:
        if out:
            last, last_at, last_boxed = out[-1]
            if (
                last_at + len(last) + 1 == at  # the very next line
                and "\n" not in last
                and "、" in last
                and not last.rstrip().endswith("。")
                and text.rstrip().endswith("。")
                and len(last.strip()) >= 20
            ):
                out[-1] = (f"{last}\n{text}", last_at, last_boxed or boxed)
                continue
        out.append((text, at, boxed))
    return out


def _read_region(
    region: Sequence[tuple[str, int, bool]],
    words: _Words,
    rules: Rules,
    need: frozenset[str],
    found: dict[str, Field],
    offices: list[Field],
    removed: Callable[[int, int], bool] | None,
) -> None:
    more: list[Field] = []
    places_needed = "municipality" in need or "prefecture" in need
    facility_needed = "facility_name" in need or "facility_type" in need
    places: list[tuple[bool, Field, Field | None]] = []
    under_start = False  # the line before is a start label alone (``【開設年月日】``)
    under_facility = False  # the line before is a facility label alone (``★施設``; 3244)
    after_dated = False  # the line before is an opening sentence stating the start date
    for text, at, boxed in region:
        squeezed = _SPACES.sub("", text)
        if squeezed.startswith(words.skip) and "。" not in text:  # a sentence opening with
            under_start = False  # a skip word (``資料1に沿って…。``) is no label (1539)
            continue
        sentence = "。" in text or len(squeezed) > _LONG  # (padding no length: 2672)
        date = _start(text, words, rules)
        if date is None and boxed:  # ``平成二十八年十月三日　…開設（事業開始）`` (decision 2548)
            date = _history_start(text, words, rules)
        if date is None and under_start:  # the value under its label (decision 1530)
            date = _only_date(text, rules)
        under_start = _is_start_label(text, words)
        named_under = under_facility
        under_facility = facility_needed and _is_facility_label(text, rules)
        if sentence and not boxed and date is None:
            if after_dated and not more:  # the next sentence of a facts paragraph names the
                more.extend(  # office (``ハローワーク松江の…が常駐しています。``, decision 1710)
                    Field(m.group(), at + m.start(), at + m.end())
                    for m in words.office.finditer(text)
                )
            after_dated = False
            continue
        after_dated = sentence and not boxed and date is not None
        bureaus = find_bureaus(text)
        line_offices = [
            Field(m.group(), at + m.start(), at + m.end()) for m in words.office.finditer(text)
        ] if words.may_name_office(text) else []
        if bureaus and "labour_bureau" not in found:
            start, end = bureaus[0]
            found["labour_bureau"] = Field(text[start:end], at + start, at + end)
        for office in line_offices:
            if all(office.value != o.value for o in more):
                more.append(office)
        union = (
            words.union.match(text) or words.union_bracket.search(text) if places_needed else None
        )
        if union is not None:  # ``鳥取中部ふるさと広域連合（倉吉市・…）``: the union (2613)
            start, end = union.span("name")
            written, rest = split_prefecture(union.group("name"))
            cut = start + len(written or "")  # ``【長野県上伊那広域連合】``: its prefecture
            places.append((
                True,
                Field(rest, at + cut, at + end),
                Field(written, at + start, at + cut) if written else None,
            ))
        place = (
            _municipality(text, at, words, removed) if places_needed and union is None else None
        )
        if place is not None:
            places.append((bool(bureaus or line_offices), *place))
        if facility_needed:
            _facility(text, at, sentence, found, rules, removed)
            if not sentence:  # ``施設の名称　name`` in a box or the opening (1396, 1534)
                _labelled_facility(text, at, found, rules)
            if sentence and (boxed or date is not None):  # a box's or a dated sentence
                _topic(text, at, words, found)
            if not sentence and date is not None and "facility_name" not in found:
                _dated_name(text, at, date[1], found, rules)  # ``name　date開設`` (1912)
            if named_under and not sentence and date is None and "facility_name" not in found:
                _name_under_label(text, at, found)  # ``★施設`` / ``ならしごとテラス`` (3244)
        if date is not None and "start_date" not in found:
            found["start_date"] = Field(date[0], at + date[1], at + date[2])
    if places and "municipality" not in found:
        partnered = [p for p in places if p[0]]
        _, municipality, prefecture = (partnered or places)[0]
        found["municipality"] = municipality
        if prefecture is not None:
            found.setdefault("prefecture", prefecture)
    if more and not offices:
        offices.extend(more)


def _address_place(
    regions: Sequence[Sequence[tuple[str, int, bool]]],
    words: _Words,
    found: dict[str, Field],
    removed: Callable[[int, int], bool] | None,
) -> None:
    """The municipality of the case's first address line (``所在地　高知県高知市``,
    ``harvest_table.address_labels``) when no other line of its opening or boxes named one."""
    for region in regions:
        for text, at, _ in region:
            squeezed = _MARKS.sub("", text[:12]) + text[12:]
            if "。" in text or not squeezed.startswith(words.addresses):
                continue
            place = _municipality(text, at, words, removed, address=True)
            if place is None:
                continue
            city = regex.match(r"^.+?市(?=.+区$)", place[0].value)
            if city is not None and not _place_alone(text, at, place[0], words):
                # an address's ward, a building after it: the partner is the city (1986); a
                # line naming only the place (``所在地：京都府 京都市伏見区``) names the ward (2757)
                place = (Field(city.group(), place[0].start, place[0].start + city.end()), place[1])
            found["municipality"] = place[0]
            if place[1] is not None:
                found.setdefault("prefecture", place[1])
            return


def _place_alone(text: str, at: int, place: Field, words: _Words) -> bool:
    """Whether an address line ends with its municipality: nothing (a building, a street)
    written after it but the partners in a bracket (``所在地　京都府京都市伏見区（京都労働局／
    ハローワーク伏見）``, decision 3137)."""
    rest = text[place.end - at :].strip()
    return not rest or words.partners_bracket.fullmatch(rest) is not None


#: the facility fields a labelled box line fills (``rules.field_labels`` kinds)
_FACILITY_KINDS = {"facility": "facility_name", "facility_type": "facility_type"}


def _labelled_facility(text: str, at: int, found: dict[str, Field], rules: Rules) -> None:
    """A facility name or kind a box line states under its label (``施設の名称　name``,
    ``施設の種類　一体的実施施設``), when the value holds no bracket (the shapes read
    ``name（kind）``)."""

    fact = labelled_fact(text, at, rules)
    if fact is None:  # ``窓口の種類一体的実施施設``: the space normalised away (decision 1534)
        fact = _glued_kind(text, at, rules)
    if fact is None or len(fact.value) > 30 or _BRACKET_CHARS.search(fact.value):
        return
    name = _FACILITY_KINDS.get(fact.kind)
    if name is not None and name not in found:
        found[name] = Field(fact.value, fact.start, fact.end)


def _glued_kind(text: str, at: int, rules: Rules) -> FieldLine | None:
    """A facility-kind label written right before a listed kind (``窓口の種類一体的実施施設``)."""
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    for label in _kind_labels(rules):
        if stripped.startswith(label) and (value := stripped[len(label) :]) in rules.facility_types:
            start = at + lead + len(label)
            return FieldLine("facility_type", label, value, start, start + len(value))
    return None


@per_rules
def _kind_labels(rules: Rules) -> tuple[str, ...]:
    """The facility-kind field labels, in the rules' order."""
    return tuple(label for label, kind in rules.field_labels.items() if kind == "facility_type")


def _is_facility_label(text: str, rules: Rules) -> bool:
    """Whether ``text`` is a facility label alone, a heading over the name (``★施設``,
    ``【施設名】``, ``名称：``; a ``facility`` word of ``rules.field_labels``; decision 3244)."""
    bare = _MARKS.sub("", text).strip().rstrip(":：").strip()
    return 0 < len(bare) <= 10 and rules.field_labels.get(bare) == "facility"


#: a facility's name alone on its line: no figure, no sentence, no bracket, no colon
_NAME_ALONE = regex.compile(r"^[^\d\s。、:：()（）「」【】\[\]]{2,30}$")


def _name_under_label(text: str, at: int, found: dict[str, Field]) -> None:
    """The facility's name: the line under a facility label alone (decision 3244)."""
    name = text.strip()
    if _NAME_ALONE.match(name) is None:
        return
    start = at + len(text) - len(text.lstrip())
    found["facility_name"] = Field(name, start, start + len(name))


def _is_start_label(text: str, words: _Words) -> bool:
    """Whether ``text`` is a start label alone (``【開設年月日】``, ``開設日：``)."""
    bare = _MARKS.sub("", text)
    return 0 < len(bare) <= 8 and any(bare.startswith(w) for w in words.start_labels) and not any(
        ch.isdigit() for ch in bare
    )


def _only_date(text: str, rules: Rules) -> tuple[object, int, int] | None:
    """The date filling a line (the value under a start label alone)."""
    if not any(map(str.isdigit, text)) and not _KANJI_DATE_DIGIT.search(text):
        return None
    from jirei.values import find_dates

    dates = list(find_dates(text, rules))
    if len(dates) != 1 or text[: dates[0].start].strip() or len(text[dates[0].end :].strip()) > 8:
        return None
    return dates[0].value, dates[0].start, dates[0].end


@cache
def _names() -> frozenset[str]:
    return municipality_names()


#: the place tails that name a municipality's building: on an address line the building
#: stands in that municipality (``場所：金沢市役所第二本庁舎１階``, decision 2339)
_BUILDINGS = ("役所", "庁舎", "役場", "本庁")


def _municipality(
    text: str, at: int, words: _Words, removed: Callable[[int, int], bool] | None = None,
    address: bool = False,
) -> tuple[Field, Field | None] | None:
    """The first municipality of the places table ``text`` names, and the prefecture
    written right before it (on an ``address`` line, the one whose building it names too)."""
    if _PLACE_END.search(text) is None:
        return None
    names = _names()
    for end_mark in _PLACE_END.finditer(text):
        end = end_mark.end()
        if text.startswith(words.place_tails, end) and not (
            address and text.startswith(_BUILDINGS, end)
        ):
            continue
        for start in range(max(0, end - 10), end - 1):
            candidate = text[start:end].replace("ヶ", "ケ").replace("ヵ", "カ")
            if candidate not in names or glued_kana(text, start):
                continue
            before = text[:start]
            written = None
            for size in (4, 3):  # ``福岡県久留米市``: the prefecture written before it
                piece = before[-size:]
                if len(piece) == size and split_prefecture(piece)[1] == "":
                    written = Field(piece, at + start - size, at + start)
                    break
            if written is None and before and _IS_NAME.match(before[-1]) and not (
                removed is not None and removed(at + start - 1, at + start + 1)
            ):
                continue  # inside a longer word (no space removed before it)
            ward = text.find("区", end + 1, end + 6)  # ``札幌市北区``: the city's ward (1713)
            if ward > 0 and text[start : ward + 1] in names:
                end = ward + 1
            return Field(text[start:end], at + start, at + end), written
    return None


def _facility(
    text: str, at: int, sentence: bool, found: dict[str, Field], rules: Rules,
    removed: Callable[[int, int], bool] | None = None,
) -> None:
    """A facility name before its bracketed kind, or in ``「」`` on a fact line."""
    if "facility_name" in found:
        return
    pats = header_patterns(rules)
    topics = tuple(rules.harvest_table.get("topic_after_kind", ())) or ("\0",)
    for kind in pats.kind.finditer(text):
        if text.startswith(topics, kind.end()):  # ``…事業(一体的実施)について``: a topic (2198)
            continue
        before = text[: kind.start()]
        quoted = _QUOTED_END.search(before)
        if quoted is not None:
            start, end = quoted.span(1)
        else:
            name = _NAME_END.search(before)
            if name is None:
                continue
            start, end = name.span()
            start += _spaced_label_rest(text, start, end, rules)
            start += glued_facility_label(text[start:end], rules)
            if not text[:start].strip():  # ``①name（kind）``, ``ア　name（kind）`` (1984)
                start += _sub_entry_mark(text, at, start, end, removed)
        value = text[start:end]
        if "労働局" in value or "ハローワーク" in value or value.endswith(("市", "町", "村")):
            continue
        found["facility_name"] = Field(value, at + start, at + end)
        found.setdefault(
            "facility_type", Field(kind.group(1), at + kind.start(1), at + kind.end(1))
        )
        return
    if sentence:  # ``…に「name」を開設した。``: a quoted name the start word follows
        for quoted in _QUOTED.finditer(text):
            if _name_started(text, quoted.end(), rules):
                start, end = quoted.span("name")
                found["facility_name"] = Field(quoted["name"], at + start, at + end)
                return
        return
    if not sentence:  # ``施設名　「name」``: the quote is the line's whole value
        quoted = _QUOTED.search(text)
        if quoted is not None and _LONE_QUOTE.match(text[: quoted.start()]) and (
            not text[quoted.end() :].strip()
        ):
            start, end = quoted.span("name")
            found["facility_name"] = Field(quoted["name"], at + start, at + end)


#: a sub-entry's marker opening a line: ``①`` (``1`` after NFKC) or an iroha letter
_SUB_MARK = regex.compile(
    r"^(?:(?P<n>\d{1,2})(?=[^\d\s年月日号階丁番目.,%人件回時])|(?P<k>[アイウエオカキクケコ])"
    # a section's number or a list mark glued to the name (``1.name（kind）``, ``■name（kind）``,
    # decision 2766)
    r"|\d{1,2}[.)、](?!\d)|[■□◆◇●○◎▶▷►・])"
)


def _sub_entry_mark(
    text: str, at: int, start: int, end: int, removed: Callable[[int, int], bool] | None
) -> int:
    """How many characters at ``start`` are a sub-entry's marker before a facility name:
    a number (a circled one after NFKC), or an iroha letter a removed space followed."""
    match = _SUB_MARK.match(text, start, end)
    if match is None or end - match.end() < 2:
        return 0
    if match.group("k") and not (
        removed is not None and removed(at + match.end() - 1, at + match.end() + 1)
    ):
        return 0
    return match.end() - start


def _spaced_label_rest(text: str, start: int, end: int, rules: Rules) -> int:
    """How many characters of the name at ``start`` finish a letter-spaced facility label
    begun before it (``名　　称ひめじ…``: normalisation removed the space after ``称``;
    decision 1535)."""
    before = _SPACES.sub("", text[:start])
    if not before or len(before) > 6:
        return 0
    name = text[start:end]
    for label, kind in rules.field_labels.items():
        if kind == "facility" and len(label) > len(before) and label.startswith(before):
            rest = label[len(before) :]
            if name.startswith(rest) and len(name) - len(rest) >= 2:
                return len(rest)
    return 0


def _name_started(text: str, end: int, rules: Rules) -> bool:
    """Whether ``を`` and a start word follow ``end`` of ``text`` (``「name」を開設``)."""
    return _words(rules).name_start.match(text, end) is not None


def _topic(text: str, at: int, words: _Words, found: dict[str, Field]) -> None:
    """The facility and kind of an overview sentence calling its topic a kind
    (``name は、市と労働局による一体的実施施設で、…``)."""
    if "facility_name" in found and "facility_type" in found:
        return
    match = words.topic.match(text)
    if match is None:
        return
    name = match["name"]
    if "労働局" in name or "ハローワーク" in name or name.endswith(("市", "区", "町", "村")):
        return
    if "facility_name" not in found:
        found["facility_name"] = Field(name, at + match.start("name"), at + match.end("name"))
    if found["facility_name"].value == name:
        found.setdefault(
            "facility_type", Field(match["kind"], at + match.start("kind"), at + match.end("kind"))
        )


#: a facility's name alone before its opening date: one run of no space, bracket or mark
_DATED_NAME = regex.compile(r"^\s*(?P<name>[^\s:|「」()【】、。,/・]{3,30})\s+$")


def _dated_name(text: str, at: int, date_start: int, found: dict[str, Field], rules: Rules) -> None:
    """``富士市就労支援コーナー　2016年（平成28年）4月1日開設``: a facility line with no bracketed
    kind — the name is the run before the opening date (decision 1912); no field label, place,
    bureau or office."""
    match = _DATED_NAME.match(text[:date_start])
    if match is None:
        return
    name = match["name"]
    if (
        "労働局" in name
        or "ハローワーク" in name
        or name.endswith(("市", "町", "村", "区", "県", "府", "都", "道"))
        or any(name.startswith(label) for label in rules.field_labels)
    ):
        return
    found["facility_name"] = Field(name, at + match.start("name"), at + match.end("name"))


def _start(text: str, words: _Words, rules: Rules) -> tuple[object, int, int] | None:
    """The start date of a line: a date a start word follows, or a date under a start
    label (``開設日``, ``開　設``)."""
    if not any(map(str.isdigit, text)) and "元" not in text:
        if not _KANJI_DIGIT.search(text):
            return None

    dates = list(find_dates(text, rules))
    for date in dates:
        if words.after_date.match(text, date.end):
            return date.value, date.start, date.end
        label = _SPACES.sub("", text[: date.start])
        if label and len(label) <= 12 and any(w in label for w in words.start_labels):
            return date.value, date.start, date.end
    if len(dates) == 1:  # ``date に、市と局が「name」を開設した。``: the sentence's one date
        date = dates[0]
        stop = text.find("。", date.end)
        if words.start_verb.search(text, date.end, len(text) if stop < 0 else stop + 1):
            return date.value, date.start, date.end
        if _event_start(text, date.start, date.end, words):
            return date.value, date.start, date.end
    return None


#: the longest event of a history line
_HISTORY_EVENT = 40


def _history_start(text: str, words: _Words, rules: Rules) -> tuple[object, int, int] | None:
    """The date opening a line of a history (``平成二十八年十月三日　ワークサポートながおか開設
    （事業開始）``): the date first, then a short event naming a start word."""
    if "。" in text or not text.strip():
        return None
    from jirei.values import find_dates

    dates = list(find_dates(text, rules))
    if not dates or text[: dates[0].start].strip():
        return None
    date = dates[0]
    event = text[date.end :]  # (normalisation may have dropped the gap before it)
    if not 0 < len(event.strip()) <= _HISTORY_EVENT:
        return None
    return (date.value, date.start, date.end) if words.start_word.search(event) else None


#: what may stand before a date opening a chronology line: spaces, a bullet, a bracket
_EVENT_LEAD = regex.compile(r"^[\s・\-*●○■□◆◇▶>【\[(（]*$")
#: the longest event a chronology line states after its date
_EVENT = 60


def _event_start(text: str, start: int, end: int, words: _Words) -> bool:
    """``平成２６年６月２日　市役所内に…の常設窓口として開所（事業開始）``: a chronology line
    (沿革, 経緯) opening with its one date, the event after it a short phrase holding a
    start word (``harvest_table.start_labels``: 開設, 開所, 事業開始 …); an agreement or a move
    holds none (decision 2501)."""
    if _EVENT_LEAD.match(text[:start]) is None:
        return False
    event = text[end:].strip()
    return 0 < len(event) <= _EVENT and any(word in event for word in words.start_labels)


__all__ = ["after_start_date", "harvest", "is_box_head", "offices_in", "start_word_after"]
