"""Normalised text → cases: where each case study begins and ends, and its preamble.

A case opens with a *preamble* — a header (one to three lines), a headline, or both, in
either order; or the 豊島区 style (headline, then municipality / Hello Work / kind lines) —
directly followed by a section heading. A new case starts only once the current one
has had its results or comments (see ``docs/reading-rules.md``). Text before the first
case (a title page, a table of contents) belongs to no case.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs
import regex
from attrs import frozen

from jirei.cards import is_card_header, row_role
from jirei.caseboxes import repeats_open_case
from jirei.caselabel import crossed_header, label_length, place_label
from jirei.columns import may_split, split_columns
from jirei.commentforms import is_comment_line
from jirei.factsrow import is_facts_header, is_pipe_separator
from jirei.fields import is_field_line, read_field
from jirei.furniture import drop_furniture_blocks
from jirei.headerbrackets import as_square
from jirei.inlineheads import split_inline_headings
from jirei.issuer import is_issuer_line
from jirei.lines import Line, split_lines
from jirei.mdcaptions import is_caption_line
from jirei.pageboxes import drop_page_boxes
from jirei.patternjoin import join_patterns
from jirei.plainheader import is_name_line, is_office_line, is_place_line, place_head
from jirei.rules import DEFAULT_RULES, Rules, era_alternation, per_rules, per_rules_memo
from jirei.sections import Classifier, K, LineInfo, classifier, ends_sentence, strip_hash
from jirei.slashrows import is_slash_row
from jirei.tables.cells import label_form
from jirei.tables.grid import is_results_header
from jirei.titles import unquote

# The longest preamble looked at: header (3 lines) + headline, or headline + 3 lines.
_MAX_PREAMBLE = 5
_MAX_HEADLINE = 100
# Section kinds that can follow a preamble (a case does not open with その他の実績).
_OPENING_KINDS = frozenset({"initiatives", "results", "targets", "aside"})
# Section kinds after which the next preamble opens a new case.
_CLOSING_KINDS = frozenset({"results", "targets", "other_results", "comments"})
# Line kinds a field line (名称:…, **開設**:…) or a profile-card row (| 自治体 | … |) has
# (sets of kinds are tuples: membership by identity, no call to the Enum's Python __hash__).
_FIELD_LINE_KINDS = (K.TEXT, K.BULLET, K.HEADING, K.TABLE)
#: line kinds the rows of a vertical card of fields have (pipe rows, a box's space-aligned
#: ``label　　value`` lines; decision 2379)
_FIELD_BLOCK_KINDS = (K.TABLE, K.TEXT)
#: line kinds the two rows of a horizontal facts table have
_FACTS_ROW_KINDS = (K.TEXT, K.HEADING, K.TABLE)


def _date_like(rules: Rules) -> str:
    """A pattern for the start of a date (``平成23年12月``, ``H26.4``, ``2019/10``), its era
    names and abbreviations taken from the rules."""
    eras = era_alternation(rules)
    kanji = "[〇一二三四五六七八九十]"  # 平成二十五年十月 (decision 1740)
    # (the year glossed in the other calendar, ``2015年(平成27年)6月``: decision 3102)
    gloss = rf"(?:\s*\((?:(?:{eras})\s*(?:\d{{1,2}}|元)|\d{{4}})\s*年?\))?"
    return (
        rf"(?:(?:{eras})\s*(?:\d{{1,2}}|元|{kanji}{{1,4}})|\d{{4}})\s*[年./-]{gloss}"
        rf"\s*(?:\d{{1,2}}|{kanji}{{1,3}})\s*[月./-]"
    )


_Patterns = tuple[
    regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str],
    regex.Pattern[str],
]  # fmt: skip


@per_rules
def _preamble_patterns(rules: Rules) -> _Patterns:
    """The preamble patterns of ``rules``: continuation, type, office, municipality,
    date start."""
    date_like = _date_like(rules)
    types = sorted((*rules.facility_types,), key=len, reverse=True)
    type_words = "|".join(regex.escape(t) for t in types)
    suffixes = "|".join(regex.escape(s) for s in rules.facility_type_suffixes)
    markers = "|".join(regex.escape(m) for m in rules.start_markers)
    offices = "|".join(regex.escape(p) for p in rules.hello_work_prefixes)
    office_suffixes = "|".join(regex.escape(s) for s in rules.hello_work_suffixes)
    continuation = regex.compile(
        rf"\((?:{type_words}|[^()]*(?:{suffixes}))\)\s*[^。]{{0,30}}$"
        rf"|{date_like}[^。]{{0,12}}(?:{markers})"
    )
    type_line = regex.compile(rf"^(?:{type_words})$")
    office_line = regex.compile(
        rf"^(?:(?:{offices})[^\s、。・()]{{1,8}}|[^\s、。・()]{{1,8}}(?:{office_suffixes}))$"
    )
    # (a field line ``市町村名:松本市`` is none: no colon, decision 2042)
    municipality_line = regex.compile(r"^[^\s、。・():]{1,10}(?:市|区|町|村)(?:\([^()]*\))?$")
    return continuation, type_line, office_line, municipality_line, regex.compile(date_like)


@per_rules
def _alt_line(rules: Rules) -> regex.Pattern[str] | None:
    """The type, office and municipality line patterns joined (``jirei.patternjoin``):
    whether any of them matches, in one call; None when they cannot be joined."""
    _, type_line, office_line, municipality_line, _ = _preamble_patterns(rules)
    return join_patterns(p.pattern for p in (type_line, office_line, municipality_line))


@frozen
class Case:
    """One case: line indexes ``[first, stop)`` into the document's lines, its preamble
    lines by role, and the index of the first body line."""

    first: int
    stop: int
    header: tuple[int, ...]
    headline: int | None
    alt_header: tuple[int, ...]
    body: int
    #: how the case was found: ``rules`` (the case rules), ``labels`` (its case label,
    #: ``jirei.labelcases``), ``structure`` (its opening section repeated, ``jirei.repeatcases``),
    #: ``fallback`` (the fallback
    #: segmentation of ``jirei.fallback``) or ``extended`` (by the rules, its header lines
    #: above its headline by the fallback)
    origin: str = "rules"
    #: further lines of a headline wrapped over several lines (decision 69)
    headline_more: tuple[int, ...] = ()
    #: where the facility's name stands on a block's heading line (normalised offsets;
    #: ``jirei.namedblocks``, decision 2337), else None
    name: tuple[int, int] | None = None

    @property
    def fallback(self) -> bool:
        """Whether the fallback segmentation found the case or its header."""
        return self.origin not in ("rules", "labels", "structure")


@frozen
class Segmentation:
    """The lines of a document (classified) and the cases found in them."""

    lines: tuple[LineInfo, ...]
    cases: tuple[Case, ...]


class _Preamble:
    """Reads a preamble starting at a line; ``None`` when there is none there."""

    def __init__(self, rules: Rules, infos: Sequence[LineInfo]) -> None:
        self.rules = rules
        self.cls: Classifier = classifier(rules)
        self.infos = infos
        (
            self.continuation,
            self.type_line,
            self.office_line,
            self.municipality_line,
            self.date_like,
        ) = _preamble_patterns(rules)
        self.alt_line = _alt_line(rules)

    def _header_continuation(self, text: str) -> bool:
        return bool(self.continuation.search(text)) or (
            bool(self.date_like.match(text)) and len(text) <= 30 and not ends_sentence(text)
        )

    def _labelled_partner(self, headline: int | None, text: str) -> bool:
        """Whether ``text`` is a partner line (``滋賀県大津市（滋賀労働局・ハローワーク大津）``:
        the place with its bureau or office, nothing else) under a headline written on a case
        label's line (``事例１　大津市役所の一階で…``; decision 3127)."""
        if headline is None or not ("労働局" in text or "ハローワーク" in text):
            return False
        if self._header_continuation(text):  # (a facts line: place／offices／name〔kind〕／date)
            return False
        head = strip_hash(self.infos[headline].text).strip()
        cut = label_length(head, self.rules)
        if not cut:
            return False
        from jirei.facts import names_place
        from jirei.labelcases import place_phrase
        from jirei.partnerlines import partner_place

        rest = head[cut:].strip()
        if not rest or (names_place(rest) and not place_phrase(rest, self.rules)):
            return False  # (``事例１　京都市における取組``: the label's line names the place)
        return names_place(text.strip()) and partner_place(text, self.rules) is not None

    def _alt(self, text: str) -> bool:
        if self.alt_line is not None:  # the three patterns joined: one match
            return self.alt_line.match(text) is not None
        return bool(
            self.type_line.match(text)
            or self.office_line.match(text)
            or self.municipality_line.match(text)
        )

    def _name_line(self, index: int) -> bool:
        """Whether a text line after a header is the facility's name on a line of its own:
        it is followed by one more text line (the headline) and then a section heading."""
        following = [
            info for info in self.infos[index + 1 : index + 8] if info.kind is not K.BLANK
        ][:2]
        return (
            len(following) == 2
            and following[0].kind in (K.TEXT, K.HEADING)
            and not ends_sentence(following[0].text)
            and following[1].kind is K.SECTION
            and following[1].section in _OPENING_KINDS
            and len(strip_hash(self.infos[index].text)) <= 40
        )

    def _place_label_header(self, start: int) -> bool:
        """Whether a header line opens a preamble: any header but a place-label line
        (``（１）札幌市``), which does only over a field line or an office line (decisions
        201, 211; other lines below it are left to the fallback segmentation)."""
        if place_label(self.infos[start].line.stripped, self.rules) is None:
            return True
        below = [info for info in self.infos[start + 1 : start + 8] if info.kind is not K.BLANK]
        following = below[0] if below else None
        return following is not None and (
            is_field_line(following.line, self.rules)
            or (":" not in following.text and is_office_line(following.text.strip(), self.rules))
            or _wrapped_title(following, self.rules)  # ``～…～`` under it (decision 915)
            or self._headline_over_fields(below)  # a slide's catch phrase over its fields (3632)
        )

    def _headline_over_fields(self, below: Sequence[LineInfo]) -> bool:
        """Whether the lines under a place-label line are a catch phrase (a short line that
        is no sentence) over a field line (``施設名：…``): the case's headline and header."""
        if len(below) < 2 or below[0].kind not in (K.TEXT, K.HEADING):
            return False
        phrase = strip_hash(below[0].text)
        return (
            0 < len(phrase) <= _MAX_HEADLINE
            and not ends_sentence(phrase)
            and not is_field_line(below[0].line, self.rules)
            and not is_office_line(phrase, self.rules)  # (a partners' line is a header)
            and place_head(phrase) is None
            and is_field_line(below[1].line, self.rules)
        )

    def _place_label_offices(self, first: int, text: str) -> bool:
        """Whether ``text`` is an office line under a place-label line ``first``
        (``1-1　宮城県大崎市`` / ``宮城労働局・ハローワーク古川``, decision 211)."""
        return (
            is_office_line(text, self.rules)
            and place_label(self.infos[first].line.stripped, self.rules) is not None
            and _names_office(text, self.rules)  # not ``…と、ハローワークが一つに`` (1266)
        )

    def _names_facility(self, header: Sequence[int]) -> bool:
        """Whether the header lines read so far already name the facility or start date
        (so a text line after them is no facility name of its own)."""
        return any(self.continuation.search(strip_hash(self.infos[i].text)) for i in header)

    def _wrapped_headline(self, index: int, headline: int | None, more: Sequence[int]) -> bool:
        """Whether line ``index`` continues a headline wrapped over two lines (decision 69):
        it directly follows the headline, is no sentence nor header part, and a section
        heading comes next."""
        if headline is None or index != (more[-1] if more else headline) + 1 or len(more) > 1:
            return False
        text = strip_hash(self.infos[index].text)
        if ends_sentence(text) or not 0 < len(text) <= _MAX_HEADLINE or self._alt(text):
            return False
        if self._opens_section(index):
            return True
        # the middle line of a headline wrapped over three lines of a narrow column (2401):
        # as wide as the headline's first line, the next line right under it ending it
        following = index + 1
        first = strip_hash(self.infos[headline].text)
        return (
            not more
            and not self._header_continuation(text)  # name（kind）, a start date (3125)
            and _COLUMN_LINE <= _width(first) <= _width(text) + 2
            and following < len(self.infos)
            and self.infos[following].kind in (K.TEXT, K.HEADING)
            and not ends_sentence(self.infos[following].text)
            and _width(strip_hash(self.infos[following].text)) <= _width(text)
            and self._opens_section(following)
        )

    def _wrapped_above(self, index: int, headline: int | None, more: Sequence[int]) -> bool:
        """Whether line ``index`` ends a headline wrapped over two lines over its header
        (a slide's title box: ``区役所の福祉窓口と「顔の見える」連携で`` / ``早期就職を実現！`` /
        ``【大阪府堺市】…``): the headline's broken-off tail (:meth:`_wrapped_tail`, up to
        two columns wider than its first line) with a bracket header right under it."""
        if index + 1 >= len(self.infos) or self.infos[index + 1].kind is not K.HEADER:
            return False
        return self._wrapped_tail(index, headline, more, slack=2)

    def _wrapped_over_section(
        self, index: int, headline: int | None, more: Sequence[int]
    ) -> bool:
        """Whether line ``index`` ends a headline a PDF's text wrapped mid-phrase over two
        lines right over the case's opening section (a template's ``【見出し】`` box:
        ``…支援を途切れさせな`` / ``い`` / ``【基本情報】``; decision 2737): the headline's
        broken-off tail (:meth:`_wrapped_tail`, no wider than its first line) with an opening
        section next."""
        return self._wrapped_tail(index, headline, more, slack=0) and self._opens_section(index)

    def _wrapped_tail(
        self, index: int, headline: int | None, more: Sequence[int], *, slack: int
    ) -> bool:
        """Whether line ``index`` is the second line of a headline broken over two: it
        directly follows the headline's first line, which is as wide as a column (decision
        69's width) and breaks off mid-phrase, is at most ``slack`` columns wider than it, and
        is no sentence, header part, closing quote nor case label."""
        if headline is None or more or index != headline + 1:
            return False
        first = strip_hash(self.infos[headline].text)
        text = strip_hash(self.infos[index].text)
        return (
            not ends_sentence(text)
            and 0 < len(text) <= _MAX_HEADLINE
            and not first.endswith(_HEADLINE_ENDS)
            and (  # mid-phrase: a particle, 、; mid-word: a suffix opening the tail (2865)
                _BROKEN_OFF.search(first) is not None or _mid_word(first, text, self.rules)
            )
            and _COLUMN_LINE <= _width(first)
            and _width(text) <= _width(first) + slack
            and not self._alt(text)
            and not self._header_continuation(text)  # name（kind）, a start date
            and not closes_quote(text)
            and not label_length(text, self.rules)
        )

    def _opens_section(self, index: int) -> bool:
        """Whether the next non-blank line after ``index`` is an opening section heading."""
        following = next(
            (info for info in self.infos[index + 1 :] if info.kind is not K.BLANK), None
        )
        return (
            following is not None
            and following.kind is K.SECTION
            and following.section in _OPENING_KINDS
        )

    def _facts_row(self, index: int, *, lone: bool = False) -> int | None:
        """The index of the value row under line ``index`` when that line is the header
        row of a horizontal facts table (``jirei.factsrow``; decisions 707, 801), else None.
        ``lone``: the table must have that one value row, no table row after it (a facts
        table opening a case; several rows are a list of cases, decision 2371)."""
        info = self.infos[index]
        if info.kind not in _FACTS_ROW_KINDS or not is_facts_header(info.line, self.rules):
            return None
        following = self._next_row(index)  # (past a ``|---|---|`` line, 2370)
        if following is None or self.infos[following].kind not in _FACTS_ROW_KINDS:
            return None
        if lone:
            after = self._next_row(following)
            if after is not None and self.infos[after].kind is K.TABLE:
                more = self._facts_row(after, lone=True)  # a second tier of fields (2385)
                return more
        return following

    def _next_row(self, index: int) -> int | None:
        """``_next_line`` past a pipe table's ``|---|---|`` lines (a ruled box's row rules
        read as such; decision 2370)."""
        following = self._next_line(index)
        while following is not None and is_pipe_separator(self.infos[following].line):
            following = self._next_line(following)
        return following

    def _field_block(self, index: int) -> int | None:
        """The index after a vertical card of fields starting at line ``index`` — table rows
        ``| 自治体 | 宮城県石巻市 |`` one under the other, under a ``| 項目 | 内容 |`` row or
        not, two field rows at least, no table row right above or below, a text line (the
        catch phrase) next — else None (decision 2379)."""
        if index > 0 and self.infos[index - 1].kind is K.TABLE:
            return None  # (a row inside a larger table: a sheet's ``| No. | 2 |`` above it)
        end, fields = index, 0
        while end < len(self.infos) and self.infos[end].kind in _FIELD_BLOCK_KINDS:
            line = self.infos[end].line
            if (
                row_role(line, self.rules) == "field"
                or read_field(line, self.rules)
                or _pair_piece(line.text, self.rules)
            ):
                fields += 1
            elif not (
                (end == index and is_card_header(line, self.rules))
                or (end == index + 1 and is_pipe_separator(line))  # ``|:---|:---|`` (2639, 2671)
            ):
                break
            end += 1
        if fields < 2 or (end < len(self.infos) and self.infos[end].kind is K.TABLE):
            return None
        following = self._next_line(end - 1)
        if following is None or not (
            self.infos[following].kind in (K.TEXT, K.HEADING)
            or (
                self.infos[following].kind is K.BULLET
                and (
                    self.marked_headline(following)
                    or _BOLD_LINE.match(self.infos[following].text) is not None
                )
            )  # ``> **catch phrase**`` under a Markdown card (decision 2671)
        ):  # (fields, then a section: read as before, the card no opening)
            return None
        return end

    def opens_field_block(self, index: int) -> bool:
        """Whether line ``index`` opens a vertical card of fields (decision 2379)."""
        return self._field_block(index) is not None

    def opens_facts_row(self, index: int) -> bool:
        """Whether line ``index`` is the header row of a one-row facts table (decision 2371):
        a pipe row of field names over one row of values may open a case."""
        return self._facts_row(index, lone=True) is not None

    def _next_line(self, index: int) -> int | None:
        """The index of the next non-blank line after ``index``, else None."""
        return next(
            (i for i in range(index + 1, len(self.infos)) if self.infos[i].kind is not K.BLANK),
            None,
        )

    def marked_headline(self, index: int) -> bool:
        """A line behind a headline mark (``◆…``, ``rules.headline_marks``) directly over a
        field line (``実施主体：…／連携：…``): a slide's headline (decision 49)."""
        text = self.infos[index].text.lstrip()
        if not self.rules.headline_marks or not text.startswith(self.rules.headline_marks):
            return False
        if ends_sentence(text) or len(text) > _MAX_HEADLINE:
            return False
        following = next(
            (info for info in self.infos[index + 1 :] if info.kind is not K.BLANK), None
        )
        if following is not None and label_length(following.text.strip(), self.rules):
            return True  # ■headline over its label line ``【取組事例1】place`` (decision 1264)
        if following is not None and following.kind is K.SECTION:  # ◇headline over 一　概要
            if self._list_item_below(index, text[0]):
                return False  # the last ◆ of a list over a closing section (decision 3271)
            return following.section in _OPENING_SECTIONS  # (decision 1864)
        return (
            following is not None
            and following.kind in _FIELD_LINE_KINDS
            and is_field_line(following.line, self.rules)
        )

    def _list_item_below(self, index: int, mark: str) -> bool:
        """Whether line ``index`` goes on a list: the line right above it (no blank between)
        opens with the same mark (``◆…`` under ``◆…``), so it is the list's last item."""
        if index == 0:
            return False
        above = self.infos[index - 1]
        return above.kind is not K.BLANK and above.text.lstrip().startswith(mark)

    def _plain_header(self, start: int) -> Case | None:
        """A header of separate unbracketed lines (place, offices, facility, date) from
        line ``start``, then the headline and an opening section (decision 58)."""
        infos = self.infos
        header = [start]
        headline: int | None = None
        for index in range(start + 1, min(len(infos), start + 16)):
            info = infos[index]
            if info.kind is K.BLANK:
                continue
            if headline is not None:
                return self._subtitled(Case(start, start, tuple(header), headline, (), index))
            if info.kind not in (K.TEXT, K.HEADING) and not (
                info.kind is K.TABLE and is_field_line(info.line, self.rules)
            ):  # fields apart by a wide gap (decision 601)
                return None
            text = strip_hash(info.text)
            if 2 <= len(header) < 5 and is_field_line(Line(text.strip(), 0), self.rules):
                header.append(index)  # ``事業開始：平成25年10月1日`` closing the lines (2463)
                if self._opens_section(index):  # the catch phrase stood above the header
                    body = self._next_line(index) or index + 1
                    above = self._catch_phrase_above(start)
                    first = start if above is None else above
                    return Case(first, first, tuple(header), above, (), body)
                continue
            if self._opens_section(index):
                if (
                    len(header) < 2
                    or ends_sentence(text)
                    or not 0 < len(text) <= _MAX_HEADLINE
                    or self._alt(text)
                ):
                    return None
                headline = index
            elif len(header) < 4 and (
                is_office_line(text, self.rules)
                or self._header_continuation(text)
                or is_name_line(text)
            ):
                header.append(index)
            else:
                return None
        return None

    def _catch_phrase_above(self, start: int, blanks: int = 3) -> int | None:
        """The catch phrase standing over a header of lines from line ``start`` (a few
        blank lines between): a short text line, no sentence, no field line (2463)."""
        index = start - 1
        while index >= 0 and self.infos[index].kind is K.BLANK and start - index <= blanks:
            index -= 1
        if index < 0 or self.infos[index].kind is not K.TEXT:
            return None
        text = self.infos[index].text.strip()
        if not 0 < len(text) <= _MAX_HEADLINE or ends_sentence(text) or text.isdigit():
            return None
        if is_field_line(Line(text, 0), self.rules) or self._alt(text):
            return None
        return index

    def _subtitled(self, case: Case) -> Case:
        """``case`` with a header line wrapped whole in dashes or quotes under its first
        line (a cover's ``― subtitle ―`` under the report's name) as its headline, the
        line over the body it had taken being none (decision 2351)."""
        wrapped = [i for i in case.header[1:] if _wrapped_title(self.infos[i], self.rules)]
        if not wrapped:
            return case
        header = tuple(i for i in case.header if i != wrapped[0])
        return attrs.evolve(case, header=header, headline=wrapped[0])

    def _own_headline(self, index: int) -> bool:
        """Whether header line ``index`` opens with a case label and a wrapped title
        (``～…～``, ``「…」``) stands right under it: the label's own headline, so a line
        above the label is none (decision 915)."""
        infos = self.infos
        text = infos[index].line.stripped
        if not label_length(text, self.rules):
            return False
        below = index + 1
        while below < len(infos) and infos[below].kind is K.BLANK:
            below += 1
        return below < len(infos) and _wrapped_title(infos[below], self.rules)

    def read(self, start: int) -> Case | None:
        """The preamble starting at line ``start`` if a case opens there."""
        infos = self.infos
        if infos[start].text.lstrip().startswith("!") and _IMAGE_LINE.match(infos[start].text):
            return None  # ``![図3-1 …プラザの支援の流れ](media/…)``: a picture (decision 2660)
        if infos[start].kind is K.TEXT and _indented_item(infos, start):
            return None  # an unmarked item indented under its section heading (2817)
        if (infos[start].kind is K.TEXT and is_place_line(infos[start].text)) or (
            infos[start].kind in (K.TEXT, K.TABLE) and place_head(infos[start].text)
        ):
            return self._plain_header(start)
        if infos[start].kind is K.HEADER and not self._place_label_header(start):
            return None
        header: list[int] = []
        alt: list[int] = []
        headline: int | None = None
        state = "start"  # start → header / headline → …
        parts = 0
        more: list[int] = []  # the wrapped lines of a two-line headline
        fields_seen = False  # field lines / a profile card belong to the header
        labelled = False  # a case label alone on its line (■ 事例1) opened the preamble
        carded = False  # a vertical card of fields opened it: a catch phrase must follow
        index = start
        while index < len(infos):
            info = infos[index]
            if info.kind is K.BLANK:
                index += 1
                continue
            if index == start and info.kind is K.BULLET and self.marked_headline(index):
                headline, state = index, "headline"  # ◆headline over its field line
                parts += 1
                index += 1
                continue
            if index == start and info.kind is K.HEADING and _bare_label(info, self.rules):
                labelled = True
                index += 1
                continue
            if labelled and headline is None and is_field_line(info.line, self.rules) and (
                header or not info.line.text.lstrip().startswith("|")
            ):  # 好事例シート No.1 over a space-aligned 項目/内容 card (decision 208)
                header.append(index)
                fields_seen = True
                index += 1
                continue
            if labelled and not header and headline is None and info.kind is K.TABLE:
                # ■ 事例1 then an overview card: the card is the case's body (decision 38)
                if is_card_header(info.line, self.rules) or row_role(info.line, self.rules) == (
                    "field"  # a card without its header row (a CSV sheet, decision 81)
                ):
                    return Case(start, start, (), None, (), index)
                return None
            if index == start and info.kind in _FIELD_BLOCK_KINDS and not labelled:
                end = self._field_block(index)
                if end is not None:  # a vertical card of fields over the catch phrase (2379)
                    header.extend(range(index, end))
                    fields_seen = carded = True
                    index = end
                    continue
            if (
                carded and headline is None and info.kind is K.BULLET
                and _BOLD_LINE.match(info.text) is not None
            ):  # ``> **catch phrase**`` under a Markdown card (decision 2671)
                headline, state = index, "headline"
                parts += 1
                index += 1
                continue
            if (labelled or headline is not None or index == start) and not fields_seen:
                values = self._facts_row(index, lone=index == start)
                if values is not None:  # a row of field names over its values (801, 802)
                    header.extend(range(index, values + 1))  # (tiers of them: 2385)
                    fields_seen = True
                    index = values + 1
                    while index < len(infos) and is_pipe_separator(infos[index].line):
                        index += 1  # (a ruled box's rule under the values)
                    continue
            if (
                (header or headline is not None)
                and info.kind in _FIELD_LINE_KINDS
                and is_field_line(info.line, self.rules)
            ):
                header.append(index)
                fields_seen = True
                index += 1
                continue
            if labelled and fields_seen and info.kind is K.TABLE and row_role(
                info.line, self.rules
            ) in _OPENING_KINDS:  # a sheet card: its 取組内容 row opens the body
                return Case(start, start, tuple(header), headline, tuple(alt), index)
            if fields_seen and info.kind is K.TABLE and is_results_header(info.line, self.rules):
                # the card, then a results table with no heading over it (decision 1104)
                return Case(start, start, tuple(header), headline, tuple(alt), index)
            if (
                labelled and fields_seen and headline is None and info.kind is K.HEADING
                and _bare_label(info, self.rules)
            ):  # an overview block: the next case's label ends the card (decision 3176)
                found = Case(start, start, tuple(header), headline, tuple(alt), index)
                return found if _overview_block(infos, found, self.rules) else None
            if (
                info.kind is K.BULLET and fields_seen and header and headline is not None
                and infos[header[0]].kind is K.HEADER and not carded
                and place_label(infos[header[0]].line.stripped, self.rules) is not None
                and _MARKED_ITEM.match(info.text) is not None  # (``(1)取組の中身`` heads)
            ):  # header, headline and fields complete: a list under them is the body, read
                # as a labelled case's body under no heading is (decision 3633)
                return Case(
                    start, start, tuple(header), headline, tuple(alt), index,
                    origin="labels", headline_more=tuple(more),
                )
            if info.kind is K.SECTION:
                if carded and headline is None:
                    return None  # (fields, then a section: the card is no case's opening)
                if (parts or fields_seen) and info.section in _OPENING_KINDS and (
                    headline is not None or header
                ):
                    return Case(
                        start, start, tuple(header), headline, tuple(alt), index,
                        headline_more=tuple(more),
                    )
                return None
            if parts >= _MAX_PREAMBLE:
                return None
            text = strip_hash(info.text)
            if info.kind is K.HEADER:
                if header and state == "header":
                    return None  # two headers in a row: not one case
                if state == "headline" and not header and self._own_headline(index):
                    return None  # ``第2章　…`` over ``（1）前橋市`` over its ``～…～`` (915)
                if state in ("header_done", "alt") or (header and state != "header"):
                    return None
                header.append(index)
                state = "header"
            elif info.kind in (K.TEXT, K.HEADING):
                labelled_line = bool(header) and bool(label_length(text, self.rules))
                if state == "header" and not fields_seen and len(header) < 3 and (
                    self._header_continuation(text)
                    or (self._name_line(index) and not self._names_facility(header))
                    or (len(header) == 1 and self._place_label_offices(header[0], text))
                ) and not labelled_line and unquote(text, self.rules)[0] == text:
                    # (a label opens its own preamble; a ``～…～`` line is a title, 915)
                    header.append(index)
                elif state == "headline" and not header and (
                    crossed_header(text, self.rules) or self._labelled_partner(headline, text)
                ):  # headline, then ``place × bureau・office`` (or a partner line: 3127)
                    header.append(index)
                    state = "header"
                elif state == "header_done" and self._wrapped_headline(index, headline, more):
                    more.append(index)
                elif (
                    state == "header_done" and header and not fields_seen and not more
                    and len(header) < 3 and not labelled_line
                    and self._header_continuation(text)
                ):  # place line, catch phrase, then ``name（kind）`` / the start date (3125)
                    header.append(index)
                elif state == "headline" and self._wrapped_above(index, headline, more):
                    more.append(index)  # a headline wrapped over two lines above (2597)
                elif state == "headline" and not header and self._wrapped_over_section(
                    index, headline, more
                ):
                    more.append(index)  # ... or over the opening section (decision 2737)
                elif headline is not None and self._alt(text) and not header:
                    alt.append(index)
                    state = "alt"
                elif (
                    headline is None
                    and state != "alt"
                    and not ends_sentence(text)
                    and not closes_quote(text)  # the tail of a quote wrapped over lines
                    and not _QUOTED_SENTENCE.match(text)  # 「…。」: a comment (decision 1265)
                    and not (("目標" in text or "実績" in text) and _FIGURE_LINE.search(text))
                    and not (("/" in text or "／" in text) and is_slash_row(text))  # (2143)
                    and 0 < len(text) <= _MAX_HEADLINE
                    and not self._alt(text)
                    and not labelled_line
                    and not _column_word(text, self.rules)  # a cell ``目標`` (decision 1667)
                    and not is_issuer_line(text, self.rules)  # a cover's signature (3631)
                ):
                    headline = index
                    state = "header_done" if header else "headline"
                else:
                    return None
            else:
                return None
            parts += 1
            index += 1
        return None


#: a list item behind a mark (``●``, ``・``, ``◆``), not a number or bracket (a numbered
#: item may head a section: ``(1)取組の中身``)
_MARKED_ITEM = regex.compile(r"\s*[^\w\s(\[【〔<《]")
#: the narrowest display width of a headline's first line that counts as wrapped in a column
_COLUMN_LINE = 24
#: how the first line of a headline broken mid-phrase ends: a particle (kana) or 、
_BROKEN_OFF = regex.compile(r"[\p{Hiragana}、,]$")
#: a kanji closing a line
_KANJI_END = regex.compile(r"\p{Han}$")


def _mid_word(first: str, second: str, rules: Rules) -> bool:
    """Whether a headline broken after a kanji (``…の就職``) goes on mid-word on the next
    line: it opens with a word's suffix or a case particle (``者を増やす``;
    ``figures.toml [wrapped_headline] tail_openers``, decision 2865)."""
    if _KANJI_END.search(first) is None:
        return False
    openers = rules.figures_table.get("wrapped_headline", {}).get("tail_openers", ())
    return bool(openers) and second.lstrip().startswith(tuple(openers))


#: how a headline line that is whole ends (no first line of a wrapped headline)
_HEADLINE_ENDS = ("。", "!", "?", "」", "』", ")", "】", "~", "〜", "―")


#: a Markdown image alone on its line, its alt text in brackets the normaliser may have
#: rewritten (``![…](…)``, ``!【…】(…)``): a picture, which opens no case (decision 2660)
_IMAGE_LINE = regex.compile(r"^\s*!(?:\[[^\]\n]*\]|【[^】\n]*】)\([^()\n]*\)\s*$")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t\u3000"))


def _indented_item(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether a text line is an item of a list without marks (decision 2817): indented, in
    a run of lines of the same indent (no blank between) that a section heading less
    indented stands directly above (``主な取組`` over ``    市の窓口から…``)."""
    depth = _indent(infos[index].text)
    if depth == 0:
        return False
    above = index - 1
    while above >= 0 and infos[above].kind is K.TEXT and _indent(infos[above].text) == depth:
        above -= 1
    if above < 0:
        return False
    head = infos[above]
    return head.kind is K.SECTION and _indent(head.text) < depth


def _pair_piece(text: str, rules: Rules) -> bool:
    """Whether a line is one ``label | value`` pair of a row of several pairs split one a line
    (``　労働局 | 愛媛労働局 ``, ``ハローワーク | ハローワーク宇和島 |``), its label a field
    label: a piece of a card (decision 2645)."""
    cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
    return (
        len(cells) == 2
        and all(cells)
        and label_form(cells[0]) in rules.field_labels
    )


def _width(text: str) -> int:
    """The display width of ``text`` (wide characters count two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text.strip())


def _wrapped_title(info: LineInfo, rules: Rules) -> bool:
    """Whether a line is a title wrapped whole in quotes or wave dashes (``～…～``)."""
    if info.kind not in (K.TEXT, K.HEADING):
        return False
    title = strip_hash(info.text)
    return unquote(title, rules)[0] != title


def _under_comment_heading(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether line ``index`` is the first line under a comment heading: the comment's
    text, never the opening of the next case (decision 511)."""
    before = index - 1
    while before >= 0 and infos[before].kind is K.BLANK:
        before -= 1
    return before >= 0 and infos[before].kind is K.COMMENT and infos[index].kind is K.TEXT


def _names_office(text: str, rules: Rules) -> bool:
    """Whether ``text`` names a labour bureau or a Hello Work office (not the word alone)."""
    from jirei.harvest import _words
    from jirei.places import find_bureaus

    return _words(rules).office.search(text) is not None or bool(find_bureaus(text))


#: a quoted sentence filling a line (``「…動ける。」``): a comment's text, never a headline
#: a results line (``就職者数　目標110人　実績117人``): no headline of the next case (1504)
_FIGURE_LINE = regex.compile(r"(?:目標|実績)\s*[0-9][0-9,.]*\s*(?:人|件|名|社|回|%)")
_QUOTED_SENTENCE = regex.compile(r"^\s*(?:「[^「」]*[。!?！？]」|『[^『』]*[。!?！？]』)\s*$")


#: the longest line looked at as a table's column word alone
_COLUMN_WORD = 16


@per_rules_memo(1 << 14)
def _column_word(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a short line is a results table's column word alone (``目標``, ``令和元年度目標``,
    ``区　分``): a table's cell printed on a line of its own, never a headline. Memoised per
    text (a document's running heads and repeated lines are asked again)."""
    if len(text) > _COLUMN_WORD:
        return False
    from jirei.tables.cells import column_role

    return column_role(text.strip(), rules) is not None


#: a gap wide enough to leave a table column empty (``jirei.wrappedcells``)
_WIDE_GAP = " " * 8
#: a line wholly in bold (``**…**``, a block quote's ``>`` blanked before it): a headline
_BOLD_LINE = regex.compile(r"^\s*\*\*[^*\n]{1,100}\*\*\s*$")


def closes_quote(text: str) -> bool:
    """Whether ``text`` closes more quotes ``「」『』`` than it opens: the last line of a quotation
    wrapped over lines, never a headline (decision 503)."""
    return text.count("」") > text.count("「") or text.count("』") > text.count("『")


def _overview_block(infos: Sequence[LineInfo], case: Case, rules: Rules) -> bool:
    """Whether ``case`` is a labelled card of header fields that the next case's bare label
    ends (an overview block, decision 3176): it is complete, the next label opens a case.
    A block whose label is written again later is no such case: its story repeats the
    label and ``jirei.overviewblocks`` joins them (decision 2575)."""
    if not (
        case.header
        and case.headline is None
        and case.body < len(infos)
        and infos[case.body].kind is K.HEADING
        and _bare_label(infos[case.body], rules)
    ):
        return False
    from jirei.tables.caselist import block_number

    def number(info: LineInfo) -> int | None:
        stripped = info.line.stripped
        return block_number(stripped, label_length(stripped, rules))

    own = number(infos[case.first])
    return own is not None and not any(
        info.kind is K.HEADING and _bare_label(info, rules) and number(info) == own
        for info in infos[case.body :]
    )


def _bare_label(info: LineInfo, rules: Rules) -> bool:
    """A line holding a case label and nothing else (``■ 事例1``)."""
    stripped = info.line.stripped
    return bool(stripped) and label_length(stripped, rules) == len(stripped)


#: lines that may name a place opening a case the rules do not see (``jirei.fallback``)
_PLACE_KINDS = (K.HEADER, K.TEXT, K.HEADING, K.BULLET, K.TABLE)  # (a place row: 2495)
_PLACE_CHARS = regex.compile(r"^[^「]*?[^\s()「」:/][市区町村]")

#: the section a case's body opens with under a marked headline: its overview (``一　概要``;
#: decision 1864). (``◆headline`` over ``【取組】`` with the header at the case's end is
#: ``jirei.closingpartners``'.)
_OPENING_SECTIONS = ("aside",)

#: card rows after which the next preamble opens a new case (like _CLOSING_KINDS)
_CLOSING_ROWS = frozenset({"target", "actual", "comment", "results", "other_results"})


def segment(text: str, rules: Rules = DEFAULT_RULES) -> Segmentation:
    """Find the cases of a normalised document."""
    lines = split_lines(text)
    if may_split(text):
        lines = split_columns(lines)  # a two-column page: its columns in turn
    lines = split_inline_headings(lines, rules)  # ○実績:… — a heading, then its value
    return segment_lines(lines, rules)


def segment_lines(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> Segmentation:
    """Find the cases in already-split lines."""
    from jirei.cellruns import rebuild_cell_runs
    from jirei.gridtables import join_grid_rows
    from jirei.pagebreaks import split_page_breaks
    from jirei.ruledsheet import read_ruled_sheets

    lines = join_grid_rows(read_ruled_sheets(lines, rules))  # sheets with a rule a row (2075)
    lines = rebuild_cell_runs(split_page_breaks(lines), rules)  # (830-833, 1103)
    if any(_WIDE_GAP in line.text for line in lines):  # cells wrapped onto a line (1943)
        from jirei.wrappedcells import join_wrapped_cells

        lines = join_wrapped_cells(lines, rules)
    cls = classifier(rules)
    classified = cls.classify_all(lines)
    from jirei.commentgroups import with_speaker_groups

    classified = with_speaker_groups(classified, rules)  # ◇自治体から over 【…】 (2852)
    from jirei.chartroles import with_chart_roles

    classified = with_chart_roles(classified, rules)  # 実績 alone over 268人 (3303)
    from jirei.continuedlabels import with_distant_continuations, with_running_heads

    classified = with_distant_continuations(classified, rules)  # 事例１（続き） later (2854)
    classified = with_running_heads(classified, rules)  # （事例３　山形市） on its page (3488)
    kept = _drop_furniture(classified, cls)
    if len(kept) != len(classified):  # a page's note that its list goes on (decision 3182)
        kept = _without_page_notes(classified, kept, rules)
    if len(kept) != len(classified):  # an item wrapped over a page break (decision 1671)
        from jirei.pagejoin import join_across_pages

        kept = join_across_pages(classified, kept)
    if rules.case_labels:
        from jirei.pageheads import drop_page_heads

        kept = drop_page_heads(classified, kept, rules)  # a label atop a later page (2234)
    infos = tuple(drop_furniture_blocks(kept, rules))
    infos = tuple(drop_page_boxes(infos, rules))  # rules and paged running titles (decision 1743)
    from jirei.namevoices import name_voices  # ``《八王子市》`` among speaker headings (2374)

    infos = tuple(name_voices(infos, rules))
    deck = None
    if rules.case_labels:
        from jirei.slidedeck import may_be_deck, read_deck, slide_numbers  # decks (970, 1041)

        if may_be_deck(infos, rules):  # (the slide numbers looked for only then)
            deck = read_deck(infos, rules, slide_numbers(classified), may_be=True)
            infos = deck.infos if deck is not None else infos
    if deck is None and len(kept) != len(classified):  # slides with no label (2553)
        from jirei.slidedeck import read_unlabelled_deck, slide_numbers

        deck = read_unlabelled_deck(infos, rules, slide_numbers(classified))
        infos = deck.infos if deck is not None else infos
    reader = _Preamble(rules, infos)
    cases: list[Case] = []
    current: Case | None = None
    closed = True  # before the first case, any preamble opens one
    closed_at: dict[int, int] = {}  # a case's first line → where it had results/comments
    in_comments = False  # inside a comments section (関係者の声): its lines are comments
    in_comment = False  # under a comment heading (no section or header since)
    index = 0
    while index < len(infos):
        info = infos[index]
        if info.kind in (K.SECTION, K.COMMENT, K.HEADER):
            in_comments = info.section == "comments"
            in_comment = info.kind is K.COMMENT
        if (
            (closed or _reopens(infos, current, info, rules))
            and (
                info.kind in (K.HEADER, K.TEXT, K.HEADING)
                or (info.kind is K.BULLET and reader.marked_headline(index))
                or (info.kind is K.TABLE and place_head(info.text) is not None)
                or (
                    info.kind is K.TABLE
                    and (reader.opens_facts_row(index) or reader.opens_field_block(index))
                )
            )
            and not (
                in_comments
                and is_comment_line(info.text, rules)
                and place_head(info.text) is None  # a place-headed header (decision 601)
                and not reader.opens_field_block(index)  # a card of fields (2379)
            )
            and not _under_comment_heading(infos, index)
            and not (  # a picture's caption closing a comment's box opens no case (2596)
                in_comment and info.kind is K.TEXT and is_caption_line(info.text, rules)
            )
        ):
            found = reader.read(index)
            if found is not None and repeats_open_case(infos, index, rules):
                found = None  # the data box of the case above, read after it (1941)
            if found is not None and not closed and not _introduced(infos, found):
                found = None  # (an open case goes on: decision 2395)
            if found is not None:
                if current is not None:  # (a catch phrase above the header: 2463)
                    stop = found.first if current.first < found.first < index else index
                    cases.append(_stopped(current, stop))
                current = found
                closed = _overview_block(infos, found, rules)  # (complete: decision 3176)
                index = found.body
                continue
        if current is not None and (
            info.kind is K.COMMENT
            or (info.kind is K.SECTION and info.section in _CLOSING_KINDS)
            or (info.kind is K.TABLE and row_role(info.line, rules) in _CLOSING_ROWS)
            or (not closed and info.kind is K.TABLE and is_results_header(info.line, rules))
        ):
            if not closed:
                closed_at[current.first] = index
            closed = True
        index += 1
    if current is not None:
        cases.append(_stopped(current, len(infos)))
    if len(cases) > 1:  # a cover read as a case (decision 1741)
        from jirei.frontcase import drop_front_case

        cases = drop_front_case(infos, cases)
    if cases and cases[0].header:  # ``name（kind）`` above the bracket header (decision 1753)
        from jirei.nameabove import take_names_above, titles_over_names

        cases = take_names_above(infos, cases, rules)
        cases = titles_over_names(infos, cases, rules)  # the catch phrase over it (2461)
        from jirei.placeabove import take_place_heads

        cases = take_place_heads(infos, cases, rules)  # ``■那覇市（HW那覇）`` over them (2739)
    if not cases or _leading_stretch(infos, cases[0].first):
        # cases the rules do not see: anchored on results, comments, places and dates
        from jirei.fallback import fallback_cases

        lead = fallback_cases(
            infos, 0, cases[0].first if cases else len(infos), rules, opened_only=bool(cases)
        )
        cases[:0] = lead
    if any(_place_after(infos, closed_at.get(case.first), case.stop) for case in cases):
        from jirei.fallback import extend_back

        cases = extend_back(infos, cases, closed_at, rules)
        cases = _split_tails(infos, cases, closed_at, rules)
        if any(case.origin == "fallback" and case.headline is None for case in cases):
            from jirei.fallback import headlines_above  # (decision 2502)

            cases = headlines_above(infos, cases, closed_at, rules)
    from jirei.labelcases import label_cases  # labels that disagree with the cases win

    labelled = label_cases(infos, cases, rules)
    if labelled is None and cases:  # no labels: cases cut where their structure repeats
        from jirei.repeatcases import split_repeated

        labelled = split_repeated(infos, cases, rules)
    if labelled is not None:  # a closing line after a rule belongs to no case
        from jirei.labelcases import trim_tail

        labelled = trim_tail(infos, labelled, lines, cls.is_listed_furniture)
    from jirei.deflist import open_lists  # a case's header as label / value lines
    from jirei.factsection import absorb_fact_sections  # ``（１）施設の概要`` of field lines
    from jirei.partnerlines import partner_cases  # ``市 × 局・HW`` lines open cases (1380)

    found = partner_cases(infos, cases if labelled is None else labelled, rules)
    if len(found) <= 1 or found[0].origin == "fallback":  # (``jirei.boxcases`` decides)
        from jirei.boxcases import box_cases  # cards opened by one repeated field (1600)

        found = box_cases(infos, found, rules)
    from jirei.subentries import sub_entry_cases  # ``（１）name（kind）`` sub-entries (1984)

    found = sub_entry_cases(infos, found, rules)
    if len(found) <= 1 or found[0].origin == "fallback":  # one case a page (decision 1701)
        from jirei.pagecases import page_cases

        found = page_cases(infos, found, classified, rules)
    if not found:  # headers closing their cases (1604); one case and no opener at all (1603)
        from jirei.closingpartners import closing_cases
        from jirei.onecase import one_case

        found = closing_cases(infos, rules) or one_case(infos, rules)
    elif len(found) == 1:  # a single case's label line above it (decision 1608)
        from jirei.onecase import label_above

        found = label_above(infos, found, rules)
    found = absorb_fact_sections(infos, found, rules)
    found = open_lists(infos, found, rules)
    from jirei.contents import end_at_parts  # a part of the contents list ends a case (1127)

    found = end_at_parts(infos, found, rules)
    from jirei.bounds import end_at_back_matter, top_link_starts  # 参考 … after the last case

    links = top_link_starts(classified, rules) if len(kept) != len(classified) else []  # (2177)
    found = end_at_back_matter(infos, found, rules, links)
    from jirei.overalltables import end_before_overall  # ３施設の実績（合計） (decision 2020)

    found = end_before_overall(infos, found, rules)
    from jirei.siblinghead import end_at_sibling_head  # ■備考 … ■点検 (decision 1992)

    found = end_at_sibling_head(infos, found, rules)
    if deck is not None:  # one case a slide (decision 971)
        found = deck.clip(found)
    found = [_chapter_stop(infos, case, rules) for case in found]  # 第3章 … (decision 1105)
    if len(found) > 1 and not found[0].header:  # a cover read as a case (decision 1709)
        from jirei.covers import drop_cover

        found = drop_cover(infos, found, rules)
    if len(found) > 1 and any(  # a paged text in drawing order (decisions 2111-2114)
        info.kind is K.FURNITURE or "\f" in info.text for info in classified
    ):
        from jirei.drawnpages import drawn_pages

        infos, found = drawn_pages(infos, found, classified, rules)
    if len(found) > 1:  # a case named again with a continuation note, no label (3071)
        from jirei.notedparts import split_noted_parts

        found = split_noted_parts(infos, found, rules)
    return Segmentation(infos, tuple(found))


def _reopens(
    infos: Sequence[LineInfo], current: Case | None, info: LineInfo, rules: Rules
) -> bool:
    """Whether a header line may open a case while ``current`` is still open (it had no
    results or comments yet): a report introducing every case before their results and
    comments (``jirei.gatheredparts``, decision 2395) has a case's bracket header follow the
    initiatives of the case before. The case must have opened its body with its initiatives;
    :func:`_introduced` asks the same of the case the header opens."""
    return (
        current is not None
        and info.kind is K.HEADER
        and as_square(info.text, rules).lstrip(" \t#").startswith(("【", "["))  # (3101)
        and current.body < len(infos)
        and infos[current.body].kind is K.SECTION
        and infos[current.body].section == "initiatives"
    )


def _introduced(infos: Sequence[LineInfo], found: Case) -> bool:
    """Whether a case found while the case before is open has its headline under its
    header and opens its body with its initiatives, like that case (decision 2395; a
    headline above the header is read where the report's structure repeats,
    ``jirei.repeatcases``)."""
    return (
        found.headline is not None
        and found.headline > found.first
        and found.body < len(infos)
        and infos[found.body].kind is K.SECTION
        and infos[found.body].section == "initiatives"
    )


def _place_after(infos: Sequence[LineInfo], closed: int | None, stop: int) -> bool:
    """Whether a line after a case closed (had results or comments) may name a place and
    open a case the rules do not see (a cheap test; ``jirei.fallback`` decides)."""
    if closed is None:
        return False
    for info in infos[closed + 1 : stop]:
        if info.kind in _PLACE_KINDS:
            text = info.text
            if len(text) <= 100 and not ends_sentence(text) and _PLACE_CHARS.search(text):
                return True
    return False


def _split_tails(
    infos: Sequence[LineInfo], cases: list[Case], closed_at: dict[int, int], rules: Rules
) -> list[Case]:
    """``cases`` with the cases the fallback finds after one closed (a place line followed
    by results or comments) cut out of it."""
    from jirei.fallback import fallback_cases

    out: list[Case] = []
    for at, case in enumerate(cases):
        closed = closed_at.get(case.first)
        found = (
            fallback_cases(infos, closed + 1, case.stop, rules, opened_only=True)
            if _place_after(infos, closed, case.stop) and closed is not None
            else []
        )
        if found and closed is not None:  # a closing section's city sub-heads (2909)
            from jirei.closingplaces import told_places

            openings = [(c.first, c.body) for c in cases[: at + 1]]  # (3075)
            told = set(told_places(infos, case.first, closed, [c.first for c in found], openings))
            found = [
                _stopped(c, next((n.first for n in found[i + 1 :] if n.first not in told),
                                 case.stop))
                for i, c in enumerate(found) if c.first not in told
            ]
        if found:
            out.append(_stopped(case, found[0].first))
            out.extend(found)
        else:
            out.append(case)
    return out


def _leading_stretch(infos: Sequence[LineInfo], first: int) -> bool:
    """Whether the lines before the first case hold results or comments, which the
    fallback segmentation then reads."""
    return any(
        info.kind is K.COMMENT
        or info.kind is K.TABLE
        or (info.kind is K.SECTION and info.section in ("results", "comments"))
        for info in infos[:first]
    )


#: what a running head may be classified as (a space-aligned head reads as a table row)
_HEAD_KINDS = (K.TEXT, K.HEADING, K.TABLE)


def _without_page_notes(
    classified: Sequence[LineInfo], infos: list[LineInfo], rules: Rules
) -> list[LineInfo]:
    """``infos`` (``classified`` without its furniture) without a plain line holding only a
    continuation note (``（前頁より）``, ``【前ページからの続き】``, ``続き``;
    ``rules.label_notes``) at the head of a page, the furniture of a page break (a page
    number) its nearest line above: the list above the page break goes on under it, the
    note belongs to no item (decision 3182). A note elsewhere (``（表の続き）`` between two
    halves of a table on one page) is kept."""
    from jirei.caselabel import noted_name
    from jirei.header import _only_note

    def note(info: LineInfo) -> bool:
        text = info.line.stripped
        return (
            info.kind in _NOTE_KINDS
            and bool(text)
            and len(text) <= _LONGEST_PAGE_NOTE
            and _only_note(text, rules)
            and noted_name(text, rules) is None  # (``岐阜市：続き`` names a case's part)
        )

    if not any(note(info) for info in infos):  # (cheap: most pages write no such note)
        return infos
    kept = {id(info) for info in infos}
    dropped: set[int] = set()
    for at, info in enumerate(classified):
        if id(info) not in kept or not note(info):
            continue
        above = at - 1
        while above >= 0 and classified[above].kind is K.BLANK:
            above -= 1
        if above >= 0 and id(classified[above]) not in kept:
            dropped.add(id(info))
    return [info for info in infos if id(info) not in dropped] if dropped else infos


#: the longest line read as a page's continuation note alone
_LONGEST_PAGE_NOTE = 16
#: the kinds such a note reads as (a bracketed one as a heading)
_NOTE_KINDS = (K.TEXT, K.HEADING)


def _drop_furniture(infos: list[LineInfo], cls: Classifier) -> list[LineInfo]:
    """The lines without page furniture: page numbers, listed furniture lines
    (``rules.furniture_lines``), and a running head — a line next to a page number (blank
    lines aside) whose text stands so beside two or more of them, wherever that text
    stands (decision 314); or beside one and heading the document's first page (decision
    934); a head of several short lines at the top of a page (``様式1(第3条関係)`` over the
    form's title, up to a blank line) when the same lines stand together twice or more, and
    under its first line on every page (1007). A row of field names under a page number
    heads the facts table of the page's case, no running head (2371)."""
    furniture = [i for i, info in enumerate(infos) if info.kind is K.FURNITURE]
    if not furniture:
        return infos
    numbers = [i for i in furniture if not cls.is_listed_furniture(infos[i].text)]
    beside: dict[str, list[int]] = {}
    blocks: dict[tuple[str, ...], list[list[int]]] = {}  # heads of several lines (1007)
    for index in numbers:
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(infos) and infos[j].kind is K.BLANK:
                j += step
            if (
                0 <= j < len(infos)
                and infos[j].kind in _HEAD_KINDS
                and not (step == 1 and is_facts_header(infos[j].line, cls.rules))
            ):  # (a facts table's header row atop each case's page is none: decision 2371)
                beside.setdefault(infos[j].line.stripped, []).append(j)
                block = _head_block(infos, j, step) if step == 1 else []
                if len(block) > 1:
                    texts = tuple(infos[k].line.stripped for k in block)
                    blocks.setdefault(texts, []).append(block)
    heads = {j for found in beside.values() if len(set(found)) >= 2 for j in found}
    # a two-page document: the text heading its first page, beside one page number further
    # on, is the running head too (decision 934)
    top = next((i for i, info in enumerate(infos) if info.kind is not K.BLANK), None)
    if top is not None and infos[top].kind in _HEAD_KINDS:
        again = beside.get(infos[top].line.stripped, [])
        if any(j != top for j in again):
            heads |= {top, *again}
    if blocks:  # a head of several lines (decision 1007)
        heads |= _head_blocks(infos, blocks)
    # the same head on a page with no number beside it (the first page after a cover)
    texts = {infos[j].line.stripped for j in heads}
    if texts:  # (no head: no line to look for)
        heads |= {
            i
            for i, info in enumerate(infos)
            if info.kind in _HEAD_KINDS and info.line.stripped in texts
        }
    return [
        info
        for i, info in enumerate(infos)
        if info.kind is not K.FURNITURE and i not in heads
    ]


def _head_blocks(
    infos: list[LineInfo], blocks: dict[tuple[str, ...], list[list[int]]]
) -> set[int]:
    """The lines of the heads of several lines: a block found at the top of a page whose
    first line is followed by the same lines at the top of every page, and whose lines
    stand so together twice or more in the text (a page without a number included)."""
    under: dict[str, set[tuple[str, ...]]] = {}
    for texts in blocks:
        under.setdefault(texts[0], set()).add(texts)
    wanted = {texts[0]: texts for texts in blocks if len(under[texts[0]]) == 1}
    if not wanted:
        return set()
    found: dict[tuple[str, ...], list[int]] = {}
    for i, info in enumerate(infos):
        texts = wanted.get(info.line.stripped) if info.kind in _HEAD_KINDS else None
        if texts is None or i + len(texts) > len(infos):
            continue
        span = range(i, i + len(texts))
        if all(
            infos[k].kind in _HEAD_KINDS and infos[k].line.stripped == texts[n]
            for n, k in enumerate(span)
        ):
            found.setdefault(texts, []).extend(span)
    return {j for texts, lines in found.items() if len(lines) >= 2 * len(texts) for j in lines}


def _head_block(infos: list[LineInfo], first: int, step: int) -> list[int]:
    """The indices of up to three short head-like lines from ``first`` on, in direction
    ``step``, up to a blank line or a sentence (a running head of several lines)."""
    block: list[int] = []
    j = first
    while len(block) < 3 and 0 <= j < len(infos) and infos[j].kind in _HEAD_KINDS:
        text = infos[j].line.stripped
        if len(text) > _HEAD_LENGTH or text.endswith("。"):  # a sentence is no head
            break
        block.append(j)
        j += step
    return block


#: the longest line a running head of several lines holds
_HEAD_LENGTH = 40


@per_rules
def _chapter_line(rules: Rules) -> regex.Pattern[str]:
    """A whole line opening a chapter (``rules.chapter_lines``)."""
    return regex.compile("|".join(f"(?:{p})" for p in rules.chapter_lines) or "(?!)")


@per_rules
def _chapter_firsts(rules: Rules) -> frozenset[str] | None:
    """The first characters a chapter line opens with (a cheap precheck: ``第``); None when
    a pattern opens with no literal character."""
    firsts = {p[0] for p in rules.chapter_lines if p and p[0] not in "\\[(.^"}
    return frozenset(firsts) if len(firsts) == len(rules.chapter_lines) else None


def _chapter_stop(infos: Sequence[LineInfo], case: Case, rules: Rules) -> Case:
    """``case`` ending at the first chapter line of its body (``第3章　今後の課題``) that
    follows a section, comment or table of the body: the chapter is no part of the case."""
    seen = False
    for index in range(case.body, case.stop):
        info = infos[index]
        if info.kind in (K.SECTION, K.COMMENT, K.TABLE):
            seen = True
        elif seen and info.kind is not K.BLANK and _is_chapter_line(info.text, rules):
            return _stopped(case, index)
    return case


def _is_chapter_line(text: str, rules: Rules) -> bool:
    firsts = _chapter_firsts(rules)
    if firsts is not None and text.lstrip()[:1] not in firsts:
        return False
    return _chapter_line(rules).fullmatch(text.strip()) is not None


def _stopped(case: Case, stop: int) -> Case:
    return attrs.evolve(case, stop=stop)


__all__ = ["Case", "Segmentation", "segment", "segment_lines"]
