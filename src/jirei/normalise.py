"""NFKC, radical repair, newline and bracket unification and label-spacing removal,
with an exact map from every offset of the result back to the original text.

What :func:`normalise` does, in order:

1. newlines: ``\\r\\n`` and ``\\r`` become ``\\n`` (tabs and ``\\n`` are kept: they are
   the lines and cells of the text);
2. CJK radicals that stand in for ideographs (``⼀ ⽣ ⾏ ⻑``) become the ideographs
   (:mod:`jirei.radicals`; NFKC maps the Kangxi radicals the same way, the tests check
   it, so the repair runs after NFKC, in one pass with the brackets);
3. NFKC: full-width ASCII to ASCII (``％`` → ``%``, ``（`` → ``(``), the ideographic
   space to a space, half-width kana to full-width, compatibility ideographs to unified
   ones, ``㈱`` → ``(株)``, ``①`` → ``1``, ``㍻`` → ``平成``;
4. brackets in two classes: angle-type (``＜＞ 〈〉 《》 ≪≫``) → ``<>``, square-type
   (``［］ 〔〕 〖〗 〘〙``) → ``【】``; round brackets stay ``()``;
5. a single space between two CJK characters (kanji, kana, ``々``, ``ー``) is removed
   (letter-spaced labels ``就 職 者 数`` → ``就職者数``); runs of two or more spaces stay,
   being the cell breaks of space-aligned tables; so is a single space kerning a figure
   (``1 6 8人`` → ``168人``, :mod:`jirei.kerning`), and the space after a kanji numeral
   opening a line (``一　…``, an item marker, decision 89).

The text is normalised in *units*: a character, or a base character with the marks that
combine with it (``か`` + U+3099 → ``が``). A unit's output maps back to the unit as a
whole, so ``㈱`` → ``(株)`` maps all three characters to the ``㈱``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import accumulate
from operator import add
from types import MappingProxyType

import regex
from attrs import field, frozen

from jirei.boxrules import untangle_boxes
from jirei.csvrows import untangle_csv
from jirei.fakeboldlines import untangle_fake_bold
from jirei.fieldspaces import mark_field_spaces
from jirei.formlines import untangle_forms
from jirei.glosses import untangle_glosses
from jirei.gridtables import untangle_grid
from jirei.headingtables import untangle_heading_tables
from jirei.htmltables import untangle_html
from jirei.indicatorcats import blank_indicator_categories
from jirei.kerning import kerned_spaces, without_positions
from jirei.latexmarks import untangle_latex_marks
from jirei.mailquotes import untangle_mail_quotes
from jirei.mdbold import untangle_markdown_bold
from jirei.mdcaptions import untangle_caption_headings
from jirei.mdescapes import untangle_escapes
from jirei.mdfences import blank_code_fences
from jirei.mdgaps import DELETED, deleted_positions
from jirei.mdheadings import untangle_heading_marks
from jirei.mdinline import untangle_inline_emphasis
from jirei.mdlinks import untangle_links
from jirei.mdlists import untangle_padded_markers
from jirei.mdquotes import untangle_block_quotes
from jirei.metricnotes import blank_metric_notes
from jirei.notelines import join_note_lines
from jirei.notemarks import untangle_note_marks
from jirei.ocrnoise import blank_noise
from jirei.ocrrepair import repair_figures
from jirei.ocrtables import untangle_ocr_tables
from jirei.openboxes import untangle_open_boxes
from jirei.outlineindent import untangle_outline_indent
from jirei.outlinetabs import untangle_outline_tabs
from jirei.pairrows import split_pair_rows
from jirei.pipecells import untangle_pipe_cells
from jirei.radicals import radical_table
from jirei.rules import DEFAULT_RULES, Rules
from jirei.slidefurniture import blank_slide_furniture
from jirei.slidenotes import blank_slide_notes
from jirei.spacedcards import untangle_spaced_cards
from jirei.spacedheads import join_spaced_heads
from jirei.speakernotes import untangle_speaker_notes
from jirei.splitdates import join_split_dates
from jirei.splitheader import join_split_headers
from jirei.splitlabels import join_split_labels
from jirei.titledbox import untangle_titled_boxes
from jirei.tsvcells import untangle_padded_rows
from jirei.widecells import untangle_wide_cells
from jirei.wrappedheader import join_wrapped_headers

#: NFKC output character → bracket class character.
BRACKETS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys("<〈《≪⟨⟪", "<"),
        **dict.fromkeys(">〉》≫⟩⟫", ">"),
        **dict.fromkeys("[〔〖〘〚【", "【"),
        **dict.fromkeys("]〕〗〙〛】", "】"),
    }
)

# Characters between which a single space is letter-spacing: kanji, kana, 々, ー (and
# radicals without an equivalent ideograph, which stay radicals).
_CJK = r"[[\p{Han}\p{Hiragana}\p{Katakana}]&&\p{L}]|[々ー\u2E80-\u2FDF]"
# The space after a kanji numeral opening a line (``一　…``, an item marker, decision 89)
# is no letter-spacing: it stays.
_ENUMERATOR = r"(?<!^[ \t]*[一二三四五六七八九十])"
_CJK_SPACE = regex.compile(rf"(?<={_CJK}){_ENUMERATOR} (?={_CJK})", regex.V1 | regex.MULTILINE)

# Code point ranges that can hold characters with a decomposition or a non-zero
# combining class; the CJK unified ideograph blocks, surrogates and private use areas
# in between hold none (tests check this against a scan of every code point).
_SCAN_RANGES = ((0, 0x3400), (0xA000, 0xD800), (0xF900, 0x20000), (0x2F800, 0x2FA20))
_SCAN_RANGES += ((0xE0000, 0xE1000),)
# Hangul vowel and trailing jamo compose algorithmically with what precedes them.
_HANGUL_V_T = (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))


def _decomposables() -> list[str]:
    return [
        char
        for low, high in _SCAN_RANGES
        for char in map(chr, range(low, high))
        if unicodedata.decomposition(char) or unicodedata.combining(char)
    ]


def _ranges(codepoints: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted code points as inclusive ranges."""
    ranges: list[tuple[int, int]] = []
    for codepoint in sorted(set(codepoints)):
        if ranges and ranges[-1][1] == codepoint - 1:
            ranges[-1] = (ranges[-1][0], codepoint)
        else:
            ranges.append((codepoint, codepoint))
    return ranges


def _fast_class(chars: Iterable[str]) -> str:
    """An ``re`` character class matching exactly ``chars``, written as the negation of
    the ranges between them: the stdlib engine turns that into a bitmap and scans it an
    order of magnitude faster than the regex module scans a class of many ranges."""
    gaps: list[tuple[int, int]] = []
    previous = -1
    for low, high in _ranges(ord(char) for char in chars):
        if low > previous + 1:
            gaps.append((previous + 1, low - 1))
        previous = high
    if previous < sys.maxunicode:
        gaps.append((previous + 1, sys.maxunicode))
    return "[^" + "".join(rf"\U{low:08X}-\U{high:08X}" for low, high in gaps) + "]"


@frozen
class _Tables:
    """What NFKC cannot map one character to one character, derived from the running
    Python's ``unicodedata`` so it agrees with the NFKC it describes."""

    #: characters that combine with what precedes them
    joining: frozenset[str]
    #: characters whose NFKC form is not one character long, and that are not joining
    alone: frozenset[str]
    #: a run of characters of either set
    candidates: re.Pattern[str]


@cache
def _tables() -> _Tables:
    decomposables = _decomposables()
    # Characters that can be the second of a canonical composition pair ("NFC_QC=Maybe").
    second = {chr(codepoint) for codepoint in _HANGUL_V_T}
    for char in decomposables:
        decomposition = unicodedata.decomposition(char).split()
        if len(decomposition) == 2 and not decomposition[0].startswith("<"):
            first, last = (chr(int(part, 16)) for part in decomposition)
            if unicodedata.normalize("NFC", first + last) == char:
                second.add(last)
    joining = set(second)
    for char in decomposables:
        lead = unicodedata.normalize("NFKD", char)[0]
        if unicodedata.combining(lead) or lead in second:
            joining.add(char)
    resized = {char for char in decomposables if len(unicodedata.normalize("NFKC", char)) != 1}
    candidates = re.compile(_fast_class(joining | resized) + "+")
    return _Tables(frozenset(joining), frozenset(resized - joining), candidates)


@cache
def _replacements() -> tuple[re.Pattern[str], Mapping[str, str]]:
    """The radicals and brackets replaced after NFKC, and their pattern."""
    replace = {**radical_table(), **{k: v for k, v in BRACKETS.items() if k != v}}
    return re.compile(_fast_class(replace)), replace


class _Deletions:
    """Maps offsets of a text back to offsets in it before some characters were deleted."""

    __slots__ = ("_shifted",)

    def __init__(self, shifted: list[int]) -> None:
        #: for the k-th deletion, the offset (after deleting) of the character after it
        self._shifted = shifted

    @classmethod
    def at(cls, deleted: list[int]) -> _Deletions:
        """The map for deletions at these (sorted) offsets of the text before deleting."""
        return cls([position - k for k, position in enumerate(deleted)])

    def before(self, index: int) -> int:
        return index + bisect_right(self._shifted, index) if self._shifted else index


class _Units:
    """Maps offsets of NFKC output back to the input, through the units that changed length
    (or combined several characters); elsewhere one character maps to one character."""

    __slots__ = ("_in_ends", "_in_starts", "_out_ends", "_out_starts")

    def __init__(self, in_starts: list[int], in_ends: list[int], out_lengths: list[int]) -> None:
        self._in_starts = in_starts
        self._in_ends = in_ends
        changes = (
            out - (end - start)
            for out, start, end in zip(out_lengths, in_starts, in_ends, strict=True)
        )
        # The shift of each unit's output: the sum of the changes of the units before it.
        shifts = accumulate(changes, initial=0)
        self._out_starts = [start + shift for start, shift in zip(in_starts, shifts, strict=False)]
        self._out_ends = [
            start + length for start, length in zip(self._out_starts, out_lengths, strict=True)
        ]

    def before(self, index: int) -> tuple[int, int]:
        """The input ``[start, end)`` that produced output character ``index``."""
        unit = bisect_right(self._out_starts, index) - 1
        if unit < 0:
            return index, index + 1
        if index < self._out_ends[unit]:
            return self._in_starts[unit], self._in_ends[unit]
        start = self._in_ends[unit] + index - self._out_ends[unit]
        return start, start + 1


@frozen
class Normalised:
    """A normalised text and the map from its offsets to offsets in ``original``."""

    original: str
    text: str
    _newlines: _Deletions = field(repr=False, eq=False, alias="newlines")
    _units: _Units = field(repr=False, eq=False, alias="units")
    _spaces: _Deletions = field(repr=False, eq=False, alias="spaces")
    #: the removed spaces' offsets when they are all the map does (no newline or NFKC
    #: unit changes a length: most texts), else None; ``span``'s fast path
    _spaces_only: list[int] | None = field(init=False, repr=False, eq=False)

    @_spaces_only.default
    def _only_spaces(self) -> list[int] | None:
        if self._newlines._shifted or self._units._out_starts:
            return None
        return self._spaces._shifted

    def _check(self, index: int) -> None:
        if not 0 <= index <= len(self.text):
            raise IndexError(f"offset {index} outside the normalised text (0..{len(self.text)})")

    def _source(self, index: int) -> tuple[int, int]:
        """The original ``[start, end)`` of the unit that produced normalised char ``index``."""
        # The three maps inlined, each skipped when it is empty (most texts change few or
        # no lengths): the same arithmetic as their ``before`` methods.
        spaces = self._spaces._shifted
        if spaces:
            index += bisect_right(spaces, index)
        if self._units._out_starts:
            start, end = self._units.before(index)
        else:
            start, end = index, index + 1
        newlines = self._newlines._shifted
        if newlines:
            return start + bisect_right(newlines, start), end + bisect_right(newlines, end - 1)
        return start, end

    def to_original(self, index: int) -> int:
        """The original offset of normalised offset ``index`` (``0 <= index <= len(text)``);
        monotonic; a character produced by a unit maps to the unit's start."""
        self._check(index)
        if index == len(self.text):
            return len(self.original)
        return self._source(index)[0]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` covering normalised ``[start, end)``."""
        spaces = self._spaces_only
        if spaces is not None and 0 <= start < end <= len(self.text):
            # each offset moves past the spaces removed up to it
            return start + bisect_right(spaces, start), end + bisect_right(spaces, end - 1)
        size = len(self.text)
        if not (0 <= start <= size and 0 <= end <= size):
            self._check(start)
            self._check(end)
        if end <= start:
            position = self.to_original(start)
            return position, position
        # ``self._source(start)[0], self._source(end - 1)[1]`` inlined (called per value)
        last = end - 1
        spaces = self._spaces._shifted
        if spaces:
            start += bisect_right(spaces, start)
            last += bisect_right(spaces, last)
        units = self._units
        out_starts = units._out_starts
        if out_starts:
            # ``units.before(start)[0]``, ``units.before(last)[1]`` inlined (called per value)
            out_ends = units._out_ends
            unit = bisect_right(out_starts, start) - 1
            if unit >= 0:
                if start < out_ends[unit]:
                    start = units._in_starts[unit]
                else:
                    start = units._in_ends[unit] + start - out_ends[unit]
            unit = bisect_right(out_starts, last) - 1
            if unit < 0:
                end = last + 1
            elif last < out_ends[unit]:
                end = units._in_ends[unit]
            else:
                end = units._in_ends[unit] + last - out_ends[unit] + 1
        else:
            end = last + 1
        newlines = self._newlines._shifted
        if newlines:
            return start + bisect_right(newlines, start), end + bisect_right(newlines, end - 1)
        return start, end


def _unify_newlines(text: str) -> tuple[str, _Deletions]:
    """``\\r\\n`` and ``\\r`` as ``\\n``; the ``\\r`` of ``\\r\\n`` is the deleted character."""
    if "\r" not in text:
        return text, _Deletions([])
    lines = text.split("\r\n")
    # The k-th "\r\n" leaves its "\n" at offset len(lines[0]) + 1 + ... + len(lines[k]) + k.
    shifted = list(map(add, accumulate(map(len, lines[:-1])), range(len(lines) - 1)))
    return "\n".join(lines).replace("\r", "\n"), _Deletions(shifted)


def _replace(text: str) -> str:
    """Radicals repaired and brackets unified (one character for one)."""
    pattern, replace = _replacements()
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda match: replace[match.group()], text)


def _unspace(text: str) -> tuple[str, list[int]]:
    """Letter-spacing removed, with the offsets of the removed spaces."""
    removed: list[int] = []

    def remove(match: regex.Match[str]) -> str:
        removed.append(match.start())
        return ""

    kerned = kerned_spaces(text)
    if not kerned:
        return _CJK_SPACE.sub(remove, text), removed
    # kerned figures (``1 6 8人``, decision 62) lose their spaces too
    removed = sorted({*(m.start() for m in _CJK_SPACE.finditer(text)), *kerned})
    return without_positions(text, removed), removed


def _nfkc_units(text: str) -> tuple[str, _Units]:
    tables = _tables()
    in_starts: list[int] = []
    in_ends: list[int] = []
    joining, alone = tables.joining, tables.alone
    for match in tables.candidates.finditer(text):
        start, end = match.span()
        if end - start == 1 and match.group() in alone:
            in_starts.append(start)
            in_ends.append(end)
            continue
        for position, char in enumerate(match.group(), start):
            if char not in joining:
                in_starts.append(position)
                in_ends.append(position + 1)
            elif in_ends and in_ends[-1] == position:
                in_ends[-1] = position + 1  # a mark on what precedes it
            else:
                # A new unit: the mark and the base character it combines with.
                base = position > 0 and text[position - 1] != "\n"
                in_starts.append(position - 1 if base else position)
                in_ends.append(position + 1)
    outputs = [
        unicodedata.normalize("NFKC", text[start:end])
        for start, end in zip(in_starts, in_ends, strict=True)
    ]
    normalised = unicodedata.normalize("NFKC", text)
    expected = len(text) + sum(len(out) for out in outputs) - sum(in_ends) + sum(in_starts)
    if len(normalised) != expected:  # pragma: no cover - the units are NFKC-safe boundaries
        pieces: list[str] = []
        position = 0
        for start, end, out in zip(in_starts, in_ends, outputs, strict=True):
            pieces += (unicodedata.normalize("NFKC", text[position:start]), out)
            position = end
        pieces.append(unicodedata.normalize("NFKC", text[position:]))
        normalised = "".join(pieces)
    return normalised, _Units(in_starts, in_ends, [len(out) for out in outputs])


def normalise(text: str, rules: Rules = DEFAULT_RULES, *, layouts: bool = True) -> Normalised:
    """``text`` normalised (see the module docs), with the map back to ``text``.

    With ``layouts`` (the default, what the parser uses) the text's layouts are first
    rewritten as plain lines of the same length: CSV rows, box-drawing, HTML and grid tables
    as pipe rows, English glosses and form furniture blanked, OCR-damaged figures repaired.
    Those rewrites read context (a table, a form line), so only the character normalisation
    that follows (NFKC, radicals, brackets, letter-spacing) is idempotent and local;
    ``layouts=False`` gives it alone. ``rules`` is accepted so every stage has the same
    signature; the character tables (radicals, brackets) are fixed today.
    """
    stage, newlines = _unify_newlines(text)
    if layouts:
        stage = untangle_layouts(stage, rules)
    # NFKC maps each Kangxi radical to the ideograph the radical table gives (the tests
    # check this) and leaves the Supplement radicals alone, so repairing them after NFKC,
    # in the same pass as brackets and spacing, gives what repairing them first would.
    stage, units = _nfkc_units(stage)
    stage = _replace(stage)
    if DELETED not in stage:
        stage, spaces = _unspace(stage)
        return Normalised(text, stage, newlines, units, _Deletions.at(spaces))
    # markup a layout rewrite deleted (``jirei.mdgaps``, decision 2210) goes with the spaces
    marks = deleted_positions(stage)
    stage, spaces = _unspace(stage.replace(DELETED, ""))
    back = _Deletions.at(marks)
    removed = sorted([*marks, *(back.before(position) for position in spaces)])
    return Normalised(text, stage, newlines, units, _Deletions.at(removed))


from jirei.cardindent import untangle_card_indent  # noqa: E402
from jirei.inlinesections import untangle_inline_sections  # noqa: E402


def untangle_layouts(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` (newlines unified) with its layouts rewritten as plain lines, each rewrite
    keeping the length so that every offset still points at the same original character."""
    stage = blank_code_fences(text, rules)  # ```csv … ```: no fence lines (2891)
    stage = untangle_mail_quotes(stage, rules)  # > quoted mail lines: no > (3191)
    stage = untangle_csv(stage, rules)  # CSV rows as pipe rows (decision 81)
    stage = untangle_padded_rows(stage)  # title<TAB><TAB>…: the text alone (3579)
    stage = untangle_spaced_cards(stage, rules)  # label　　value cards as tab rows (2897)
    stage = untangle_wide_cells(stage, rules)  # cells parted by one U+3000 as tab rows (3516)
    stage = untangle_titled_boxes(stage, rules)  # ┌─ 関係者の声 ─┐ boxes: heading + lines (1785)
    stage = blank_noise(stage, rules)  # OCR'd stamps and handwriting blanked (1962)
    stage = blank_slide_notes(stage, rules)  # a deck's speaker notes (3254)
    stage = blank_slide_furniture(stage, rules)  # a deck's running head and foot (2590)
    stage = untangle_outline_tabs(stage, rules)  # a Word outline's indent and list tabs (3251)
    stage = untangle_outline_indent(stage)  # outline view: the body's tab indent (2594)
    stage = untangle_ocr_tables(stage, rules)  # OCR'd ruled tables as pipe rows (1960)
    stage = untangle_open_boxes(stage, rules)  # a side box open on the right: lines (2462)
    stage = untangle_boxes(stage, rules)  # box-drawing tables as pipe rows
    stage = untangle_note_marks(stage)  # 就職者数<sup>※1</sup>: no mark (1924)
    stage = blank_metric_notes(stage, rules)  # 就職者数※1　目標…: no mark (2021)
    stage = join_note_lines(stage, rules)  # 312人 / （目標 280人／達成率 111.4％） (2550)
    stage = blank_indicator_categories(stage, rules)  # 区分 活動指標 …: no group (2333)
    stage = join_spaced_heads(stage, rules)  # 区　　分　　目　　標: column heads (2137)
    stage = untangle_latex_marks(stage)  # $105.0\%$, $\textcircled{1}$ as text (1931)
    stage = untangle_links(stage)  # [ハローワーク函館](https://…) as its text (2220)
    stage = untangle_escapes(stage)  # \(1\), \- , {#id}, [x]{.underline} as text (2211)
    stage = untangle_block_quotes(stage)  # > **<市コメント>** / > text: no > (2214)
    stage = untangle_heading_marks(stage)  # ## 見出し ##, setext underlines (2221)
    stage = untangle_padded_markers(stage)  # 1.  text as 1. text (2218)
    stage = untangle_html(stage)  # HTML tables as pipe rows (decision 810)
    stage = untangle_grid(stage)  # grid table borders as |---| rows (1043)
    stage = join_split_labels(stage, rules)  # REPORT / 01 as one line (1660)
    stage = untangle_glosses(stage, rules)  # English glosses blanked (1044)
    stage = untangle_pipe_cells(stage)  # | 目標<br>（人） |, | **項目** | (1927)
    stage = split_pair_rows(stage, rules)  # | 自治体 | 市 | 労働局 | 局 |: a pair a line (2558)
    stage = untangle_heading_tables(stage, rules)  # | 取組内容 | |: a heading (2470)
    stage = untangle_forms(stage, rules)  # 様式 form lines as field lines (950)
    stage = mark_field_spaces(stage, rules)  # ■窓口名称　name as a field line (1966)
    stage = repair_figures(stage, rules)  # OCR l97人 → 197人 (1001)
    stage = untangle_speaker_notes(stage, rules)  # 【…コメント】（記入者：X） (1006)
    stage = untangle_fake_bold(stage)  # 事事例例１１ as 事 例 １ (1620)
    stage = untangle_card_indent(stage, rules)  # 事例１<TAB>… over <TAB>… lines: a card (1988)
    stage = untangle_inline_sections(stage, rules)  # 取組：①…　②… (1989)
    stage = untangle_markdown_bold(stage, rules)  # **【取組内容】** as a heading (1920)
    stage = untangle_inline_emphasis(stage)  # 受付を用い、**一度の来所で**生活…: no marks (2215)
    stage = untangle_caption_headings(stage, rules)  # ###### 写真：… as a caption (1926)
    stage = join_split_headers(stage, rules)  # 【市】 / 【労働局・HW】 as one line (1930)
    stage = join_wrapped_headers(stage, rules)  # 【市】【労働局・ハロー / ワーク…】 (2396)
    return join_split_dates(stage, rules)  # 平成26年4月 / 1日開設 as one line (1655)


__all__ = ["BRACKETS", "Normalised", "normalise", "untangle_layouts"]
