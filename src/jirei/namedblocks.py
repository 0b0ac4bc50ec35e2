"""Blocks headed by the facility names a table lists (decisions 2336-2338, branch bigdocs10).

A committee's 資料, a bureau's press release or a 審議会 paper lists its facilities in a table
(``jirei.facilitytables``) and writes a block on each, headed by the facility's name alone
behind a mark or a number::

    No.1　ジョブサポかわさき          ■ ワークサポートにいがた中央     ◎あおもり就労支援センター
    （１）ジョブサポートあおば        ◆ひろしま就労サポート室（一体的実施施設）

Such a line (a mark — ``No.1``, ``（１）``, ``１．``, ``■``, ``◆``, ``◎``, ``【…】`` — and one of
the table's names, its bracketed kind after it allowed) opens that facility's case, when two
names or more head blocks and the cases found do not already open there. The case runs to the
next such line; its catch phrase is the first short line under the heading that states no
fact, its header the field lines there (``所在地：…``, ``運営：…``, ``連携：…``), and the name on
the heading line is the facility's. The last block ends at the table of every facility when it
follows the blocks, at a page boundary (a rule or a form feed) followed by another part of the
document (``資料4``, ``【資料３】``, a press release's ``報道発表``), or at the next numbered
heading after the one the blocks stand under (``２　各施設の取組`` … ``３　今後の課題``). The
tables and the text around the blocks belong to no case.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.facilitytables import FacilityTable, facility_tables, key, may_hold
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo, ends_sentence

#: the longest heading line of a block
_HEAD_LINE = 50
#: the mark or number before a facility's name on a block's heading line
_MARK = regex.compile(
    r"^\s*#*\s*(?:No\.?\s*\d{1,2}|[(（]\s*\d{1,2}\s*[)）]|[0-9]{1,2}\s*[.．、)）]?"
    r"|[■□◆◇●○◎◯▼▽▲△★☆・]|第\s*\d{1,2}|事例\s*\d{1,2}"
    r"|[【\[〔<＜《〈][^】\]〕>＞》〉\s]{0,6}?\s*(?:No\.?\s*)?\d{1,2}\s*[】\]〕>＞》〉]"
    # (``【施設1】name`` once normalisation wrote the bracket label as ``施設1:name``)
    r"|(?:[\p{Han}\p{Katakana}]{1,4}|No\.?)\s*\d{1,2}\s*[:：])?\s*"
)
#: brackets wrapping the whole name (``【ジョブサポートあおば】``)
_WRAPPED = regex.compile(r"^[【\[〔<＜《〈](.+)[】\]〕>＞》〉]$")
#: a bracket closing a heading's name (its kind, its place)
_TAIL = regex.compile(r"\s*[(（][^()（）]{1,20}[)）]$")
#: a city and the facility's name in brackets after it
_INNER = regex.compile(r"^(?P<place>[^\s()（）]{2,12})\s*[(（](?P<name>[^()（）]{2,30})[)）]$")
#: a numbered heading at the margin (``２　各施設の取組``, ``3 今後の課題``)
_NUMBERED = regex.compile(r"^(?P<n>[0-9]{1,2})\s*[.．、]?\s*(?=[\p{Han}\p{Hiragana}\p{Katakana}])")
#: a rule line
_RULE = regex.compile(r"^[\s\f]*[━─―－=＝\-_＿~〜]{6,}\s*$")
#: how many lines above the first block its numbered heading may stand
_HEADING_REACH = 8


@attrs.frozen
class _Words:
    part: regex.Pattern[str] | None
    openers: tuple[str, ...]


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> _Words:
    table = rules.figures_table
    parts = sorted(
        table.get("facility_tables", {}).get("part_words", ()), key=len, reverse=True
    )
    alternation = "|".join(regex.escape(word) for word in parts)
    return _Words(
        part=regex.compile(
            rf"^[【\[〔<＜]?\s*({alternation})\s*(?:No\.?)?\s*(\d{{1,2}})(?!\d)"
        ) if parts else None,
        openers=tuple(table.get("facility_tables", {}).get("part_openers", ())),
    )


def head_name(text: str) -> tuple[str, int, int] | None:
    """The facility's name a block's heading line names (key form) and where it stands on
    the line (``[start, end)``, its kind excluded), else None."""
    if len(text) > _HEAD_LINE or not text.strip():
        return None
    mark = _MARK.match(text)
    start = mark.end() if mark is not None else 0
    rest = text[start:].rstrip()
    wrapped = _WRAPPED.match(rest)
    if wrapped is not None:
        start += 1
        rest = wrapped.group(1)
    name = key(rest)
    if not name:
        return None
    written = rest.rstrip()
    tail = _TAIL.search(written)
    if tail is not None:
        written = written[: tail.start()]
    return name, start, start + len(written)


def _index(infos: Sequence[LineInfo], at: int) -> int:
    """The index of the last line of ``infos`` starting at or before offset ``at``."""
    from bisect import bisect_right

    return bisect_right(infos, at, key=lambda info: info.line.start) - 1


def named_heads(
    infos: Sequence[LineInfo], tables: Sequence[FacilityTable], text: str
) -> list[tuple[int, str, int, int]]:
    """(line, name, start, end) of the block headings among ``infos`` that name a facility
    of ``tables``, the first heading of each name, in order (``text``: the normalised text
    the lines stand in)."""
    tables = [t for t in tables if not t.by_place]
    names = {row.name for table in tables for row in table.rows}
    spans = [(t.start, t.end) for t in tables]
    candidates: set[int] = set()  # the lines that hold a name (``str.find``)
    for name in names:
        at = text.find(name)
        while at >= 0:
            if not any(a <= at < b for a, b in spans):
                index = _index(infos, at)
                if index >= 0 and at < infos[index].line.end:
                    candidates.add(index)
            at = text.find(name, at + 1)
    found: dict[str, tuple[int, str, int, int]] = {}
    for index in sorted(candidates):
        info = infos[index]
        if info.kind is K.BLANK or len(info.text) > _HEAD_LINE:
            continue
        named = head_name(info.text)
        if named is not None and named[0] not in names:
            named = _placed_name(info.text, named, names)
        if named is None or named[0] not in names or named[0] in found:
            continue
        if _over_cells(infos, index):
            continue
        found[named[0]] = (index, named[0], named[1], named[2])
    return sorted(found.values())


#: a figure alone on its line (a table's cell written one a line: ``210人``, ``57.6％``)
_CELL_FIGURE = regex.compile(r"^\s*[-－―]?\s*[\d,.]+\s*(?:人|件|名|回|%|％)?\s*$")
#: the lines under a name looked at for a table's cells
_CELL_LINES = 3


def is_cell_figure(text: str) -> bool:
    """Whether a line is a figure alone (``210人``, ``57.6％``): a table's cell written one a
    line."""
    return _CELL_FIGURE.match(text) is not None


def _over_cells(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether a name stands over figures one a line — a cell of a table written one cell a
    line (``ジョブサポート博多`` over ``生活保護受給者等`` and ``210人``), no block's heading
    (decision 2911)."""
    seen = 0
    for info in infos[index + 1 :]:
        if info.kind is K.BLANK:
            continue
        if is_cell_figure(info.text):
            return True
        seen += 1
        if seen >= _CELL_LINES:
            break
    return False


def _placed_name(
    text: str, named: tuple[str, int, int], names: set[str]
) -> tuple[str, int, int] | None:
    """A heading naming the facility after its city: ``長岡市（ながおか就労サポート）``,
    ``長岡市　ながおか就労サポート`` (the city a municipality of the places table)."""
    from jirei.places import prefectures_of, split_prefecture

    start = named[1]
    rest = text[start:].rstrip()
    inner = _INNER.match(rest)
    if inner is not None:
        place, name, at = inner.group("place"), inner.group("name"), start + inner.start("name")
    else:
        parts = rest.split(maxsplit=1)
        if len(parts) != 2:
            return None
        place, name = parts
        at = start + rest.index(name, len(place))
    place = split_prefecture(place.strip())[1]
    if not place or not prefectures_of(place) or key(name) not in names:
        return None
    return key(name), at, at + len(name.rstrip())


def with_named_blocks(seg: object, text: str, rules: Rules = DEFAULT_RULES) -> object:
    """``seg`` (a ``Segmentation``) with the cases opened at the blocks a facilities table
    names (see the module), when they disagree with its cases; ``seg`` itself otherwise."""
    if not may_hold(text, rules):
        return seg
    infos: Sequence[LineInfo] = seg.lines  # type: ignore[attr-defined]
    tables = facility_tables(text, rules)
    if not tables:
        return seg
    heads = named_heads(infos, tables, text)
    named = {h[1] for h in heads}
    if len(heads) < 2 or not any(
        {row.name for row in t.rows} <= named for t in tables if not t.by_place
    ):
        return seg  # (every facility a table lists heads a block, or the table is another's)
    cases = list(seg.cases)  # type: ignore[attr-defined]
    firsts = [h[0] for h in heads]
    stops = [*firsts[1:], _last_stop(infos, firsts, tables, text, rules)]
    if _agree(cases, firsts, stops):
        return seg
    from jirei.segment import Case

    opening = _opening(infos, firsts[-1], stops[-1], rules)[2]
    later = [c.first for c in cases if c.first >= max(opening, firsts[-1] + 1)]  # type: ignore[attr-defined]
    if later:  # a case found after the last block's opening: the last block ends there
        stops[-1] = min(stops[-1], min(later))
    region = (min(firsts[0], *(_index(infos, t.start) for t in tables)), stops[-1])
    kept = [
        c for c in cases
        if c.stop <= region[0] or c.first >= region[1]  # type: ignore[attr-defined]
    ]
    made = []
    for (first, _name, start, end), stop in zip(heads, stops, strict=True):
        header, headline, body = _opening(infos, first, stop, rules)
        line = infos[first].line
        made.append(
            Case(
                first, stop, header, headline, (), body, origin="labels",
                name=(line.start + start, line.start + end),
            )
        )
    out = sorted([*kept, *made], key=lambda c: c.first)
    return attrs.evolve(seg, cases=tuple(out))


def _agree(cases: Sequence[object], firsts: Sequence[int], stops: Sequence[int]) -> bool:
    """Whether the cases found open at the blocks: each block's heading in the opening of a
    case of its own that ends before the next block, and no other case among the blocks."""
    matched = 0
    for n, first in enumerate(firsts):
        own = [
            c for c in cases
            if c.first <= first < max(c.body, c.first + 1)  # type: ignore[attr-defined]
        ]
        if len(own) != 1 or (n + 1 < len(firsts) and own[0].stop > stops[n]):  # type: ignore[attr-defined]
            return False
        matched += 1
    inner = [
        c for c in cases
        if c.first <= firsts[-1] and c.stop > firsts[0]  # type: ignore[attr-defined]
    ]
    return matched == len(inner)


def _opening(
    infos: Sequence[LineInfo], first: int, stop: int, rules: Rules
) -> tuple[tuple[int, ...], int | None, int]:
    """A block's header lines, catch phrase and first body line: the lines under the heading
    up to its first section heading, comment, item, table row or sentence; the first of them
    that states no fact is the catch phrase, the others (``所在地：…``, a label over its
    value) the header."""
    from jirei.facts import is_fact_line
    from jirei.fields import is_field_line

    header: list[int] = []
    headline: int | None = None
    body = stop
    for index in range(first + 1, stop):
        info = infos[index]
        if info.kind is K.BLANK:
            continue
        if info.kind in (K.SECTION, K.COMMENT, K.BULLET, K.TABLE):
            body = index
            break
        text = info.text.strip()
        if ends_sentence(text) or len(text) > 100:
            body = index
            break
        if (
            headline is None
            and not is_field_line(info.line, rules)
            and not is_fact_line(text, rules)
        ):
            headline = index
            continue
        header.append(index)
    return tuple(header), headline, body


def _last_stop(
    infos: Sequence[LineInfo],
    firsts: Sequence[int],
    tables: Sequence[FacilityTable],
    text: str,
    rules: Rules,
) -> int:
    """Where the last block ends (see the module)."""
    last = firsts[-1]
    stop = len(infos)
    after = [i for t in tables if (i := _index(infos, t.start)) > last]
    if after:  # the table of every facility after the blocks, with its caption
        at = min(after)
        while at - 1 > last and not infos[at - 1].line.blank and len(infos[at - 1].text) <= 60:
            at -= 1
        stop = at
    heading = _heading_number(infos, firsts[0])
    words = _words(rules)
    current = _part(text[: infos[firsts[0]].line.start], words)
    for index in range(last + 1, stop):
        info = infos[index]
        if heading is not None and info.text[:1] not in " \t\u3000":
            found = _NUMBERED.match(info.text)
            if found is not None and int(found.group("n")) == heading + 1:
                return index
        gap = text[infos[index - 1].line.end : info.line.start]
        if "\n" in gap.strip("\n") or "\f" in gap or _RULE.match(info.text):
            if _boundary(gap, info.text, words, current):
                return index
    return stop


def _heading_number(infos: Sequence[LineInfo], first: int) -> int | None:
    """The number of the numbered heading the blocks stand under (``２　各施設の取組``)."""
    for index in range(first - 1, max(-1, first - _HEADING_REACH), -1):
        found = _NUMBERED.match(infos[index].text)
        if found is not None:
            return int(found.group("n"))
    return None


def _part_head(piece: str, words: _Words) -> str | None:
    """The part a line heads (``資料3``, ``【資料３】``, ``資料No.2``: its word and number,
    spaces and brackets dropped), else None."""
    if words.part is None:
        return None
    found = words.part.match(piece)
    return found.group(1) + found.group(2) if found is not None else None


def _part(before: str, words: _Words) -> str | None:
    """The part the blocks stand in: the last part heading before them."""
    found = None
    for piece in before.split("\n"):
        head = _part_head(piece.strip(), words)
        if head is not None and len(piece.strip()) <= _HEAD_LINE:
            found = head
    return found


def _boundary(gap: str, line: str, words: _Words, current: str | None) -> bool:
    """Whether the furniture between two kept lines (``gap``: rules, running heads, page
    numbers the segmenter dropped) and the line after it open another part of the document
    than ``current`` (the part the blocks stand in)."""
    pieces = [piece.strip() for piece in (*gap.split("\n"), line)]
    ruled = "\f" in gap or any(_RULE.match(piece) for piece in pieces if piece)
    if not ruled:
        return False
    for piece in pieces:
        if not piece or _RULE.match(piece):
            continue
        if words.openers and piece.startswith(words.openers):
            return True
        head = _part_head(piece, words)
        if head is not None and head != current:
            return True
    return False


__all__ = ["head_name", "named_heads", "with_named_blocks"]
