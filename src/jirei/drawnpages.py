"""A case's parts in the order they were drawn on its page (decisions 2111–2115).

Text taken out of a PDF laid out in PowerPoint or Illustrator comes in the order the text
boxes were drawn, not the order they are read: the catch-phrase title after the body, the
comment callouts before the header box, a footer under the title. In a paged document
(form feeds or page numbers) of two cases or more:

- **a running head** the furniture rules left (no page number beside it twice) — a line
  opening two pages or more after a form feed and as many as half the cases, the same
  text each time — is page furniture too;
- **a slide's footer** — a line standing last on two pages or more and on as many pages as
  half the cases, the same text each time (``長野労働局``) — is page furniture (blanked);
- **a catch phrase after the body** — a case with no headline whose page ends (before its
  page number or footer) with a short line that is no sentence, heading, item, results
  line, contact or office name (``figures.toml [drawn_pages]``), after a line that was not
  cut at the page's width — is the case's title: the line becomes its headline and the
  case ends before it, so no section reads it (it is not
  glued onto the last item or comment, nor a back page onto the last case); so is such a
  line drawn between a table or a list and the first comment box (the case's headline, and
  no other result: ``without_title``). Read only when two cases or more of the document
  have one;
- **a facility line taken for the headline** (``name（kind）`` alone under the header, when a
  table is drawn right after the box) is a header line: the case has no headline yet;
- **comment boxes drawn before the header**: the comment headings and their texts opening a
  page, down to the next case's label or header on that same page, belong to that case
  (the case above is cut before them) when the case above keeps comments of its own, or
  when the document's first case has its comment boxes above its header too (the layout's
  habit). Comments running over from a case that has none elsewhere stay that case's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs
import regex

from jirei.lines import Line
from jirei.model import Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo
from jirei.segment import Case

#: kinds of a line of a case's body (none may follow its catch phrase)
_BODY_KINDS = (K.SECTION, K.COMMENT, K.BULLET, K.TABLE, K.HEADER)
#: kinds of the lines of comment boxes (headings and their texts)
_BOXES = (K.COMMENT, K.TEXT)
#: the shortest and the longest catch phrase
_MIN, _MAX = 6, 50
#: a line at least this long, not closed by a sentence end, was cut at the page's width
_FULL = 36
#: the ends of a line that closes what it says (a sentence, a bracket)
_CLOSED = tuple("。．.!！?？)）」』】")
#: a line that is no catch phrase by its shape: a sentence, a clause, a field, an item, a date
_NOT_TITLE = regex.compile(r"[。:：]|、$|^\s*[・●○◆◇■□▪◎※\-]|\d{1,4}年\d{1,2}月")
#: a figure
_FIGURE = regex.compile(r"\d+(?:[.,]\d+)*")
#: the roles of a column word that make ``word figure`` a results line
_ROLES = ("target", "actual", "achievement_rate")


@per_rules
def _not_title(rules: Rules) -> regex.Pattern[str]:
    """A line that is no catch phrase by its words (``figures.toml [drawn_pages]``): a
    contact, an office or a department's name at its end, a role word before a figure."""
    table = rules.figures_table.get("drawn_pages", {})

    def alternation(words: Sequence[str]) -> str:
        ordered = sorted((w for w in words if w), key=len, reverse=True)
        return "|".join(regex.escape(w) for w in ordered) or "(?!)"

    roles = [word for word, role in rules.columns.items() if role in _ROLES]
    return regex.compile(
        rf"{alternation(table.get('not_title', ()))}"
        rf"|(?:{alternation(table.get('office_ends', ()))})\s*$"
        rf"|(?:{alternation(table.get('office_heads', ()))})\S*\s*$"
        rf"|(?:{alternation(roles)})\s*[:：]?\s*\d"
    )


def drawn_pages(
    infos: Sequence[LineInfo],
    cases: Sequence[Case],
    classified: Sequence[LineInfo],
    rules: Rules = DEFAULT_RULES,
) -> tuple[tuple[LineInfo, ...], list[Case]]:
    """``infos`` and ``cases`` with the parts of each case's pages read as drawn (see the
    module docstring); unchanged unless the text is paged and holds two cases or more."""
    if len(cases) < 2:
        return tuple(infos), list(cases)
    from jirei.pagecases import page_breaks

    breaks = page_breaks(classified)
    if not breaks:
        return tuple(infos), list(cases)
    lines = list(infos)
    page = [bisect_right(breaks, info.line.start) for info in lines]
    ends = _page_ends(lines, page)
    least = max(2, (len(cases) + 1) // 2)  # pages a footer or a head stands on at least
    footers = [*_footers(lines, ends, least), *_heads(lines, page, least)]
    for index in footers:
        lines[index] = LineInfo(Line("", lines[index].line.start), K.BLANK)
    ends = _page_ends(lines, page)
    blanked = set(footers)  # a running head taken for a headline is none
    found = [
        attrs.evolve(case, headline=None) if case.headline in blanked else case for case in cases
    ]
    found = [_facility_headline(lines, case, rules) for case in found]
    found = _comments_first(lines, found, page)
    ending = {
        number: index
        for number, case in enumerate(found)
        if case.headline is None and (index := _catch_phrase(lines, case, ends, rules)) is not None
    }
    inside = {
        number: index
        for number, case in enumerate(found)
        if case.headline is None
        and number not in ending
        and (index := _before_boxes(lines, case, rules)) is not None
    }
    if len(ending) + len(inside) >= 2:
        for number, index in ending.items():  # the case ends before its catch phrase
            found[number] = attrs.evolve(found[number], headline=index, stop=index)
        for number, index in inside.items():  # (``without_title`` drops it from the results)
            found[number] = attrs.evolve(found[number], headline=index)
    return tuple(lines), found


#: a facility's name and its bracketed kind, alone on the line
_FACILITY = regex.compile(r"^\s*[^\s()]+\((?P<kind>[^()]+)\)\s*$")


def _facility_headline(lines: Sequence[LineInfo], case: Case, rules: Rules) -> Case:
    """``case`` with a headline that is the facility line of its header box (``name（kind）``
    alone, under the header, a table drawn right after the box) made a header line."""
    index = case.headline
    if index is None or not case.header or index < case.header[0]:
        return case
    match = _FACILITY.match(lines[index].text)
    if match is None:
        return case
    kind = match["kind"]
    if kind not in rules.facility_types and not kind.endswith(rules.facility_type_suffixes):
        return case
    return attrs.evolve(case, headline=None, header=tuple(sorted((*case.header, index))))


def _page_ends(lines: Sequence[LineInfo], page: Sequence[int]) -> list[int]:
    """The index of the last non-blank line of each page that has one."""
    ends: list[int] = []
    following = -1  # the page of the next line that is not blank (none yet)
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].kind is K.BLANK:
            continue
        if page[index] != following:
            ends.append(index)
        following = page[index]
    ends.reverse()
    return ends


def _footers(lines: Sequence[LineInfo], ends: Sequence[int], least: int) -> list[int]:
    """The lines ending a page whose text ends two pages or more and as many as half the
    cases at least (a footer under most slides, not a line two pages happen to end with),
    short and no sentence."""
    seen: dict[str, list[int]] = {}
    for index in ends:
        info = lines[index]
        text = info.text.strip()
        if info.kind is K.TEXT and text and len(text) <= 30 and "。" not in text:
            seen.setdefault(text, []).append(index)
    return [index for found in seen.values() if len(found) >= least for index in found]


def _heads(lines: Sequence[LineInfo], page: Sequence[int], least: int) -> list[int]:
    """The lines opening a page after a form feed whose text opens ``least`` pages or more
    (a running head the furniture rules left: no page number beside it twice), short and no
    sentence."""
    seen: dict[str, list[int]] = {}
    current = -1  # the page of the last line that is not blank
    for index, info in enumerate(lines):
        if info.kind is K.BLANK or page[index] == current:
            continue
        current = page[index]
        if not (info.text.startswith("\f") or (index and "\f" in lines[index - 1].text)):
            continue  # (a page opened by a page number: the furniture rules' case)
        text = info.text.strip()
        if info.kind is K.TEXT and text and len(text) <= 40 and "。" not in text:
            seen.setdefault(text, []).append(index)
    return [index for found in seen.values() if len(found) >= least for index in found]


def _catch_phrase(
    lines: Sequence[LineInfo], case: Case, ends: Sequence[int], rules: Rules
) -> int | None:
    """The line ending a page of ``case`` (from its header's page on) that is its catch
    phrase, else None."""
    opener = case.header[0] if case.header else case.first
    at = bisect_right(ends, opener - 1)
    while at < len(ends) and ends[at] < case.stop:
        index = ends[at]
        at += 1
        if _is_catch_phrase(lines, index, case.first, rules):
            after = range(index + 1, case.stop)  # back matter at most after it
            if any(lines[j].kind in _BODY_KINDS for j in after):
                return None
            return index
    return None


def without_title(
    title: str, texts: Sequence[str], spans: Sequence[Span]
) -> tuple[list[str], list[Span]]:
    """Other results less the one that is the catch phrase read as the title (a line
    between a table and the comment boxes, taken as a stray result line)."""
    bare = "".join(title.split())
    kept = [(t, s) for t, s in zip(texts, spans, strict=True) if "".join(t.split()) != bare]
    return [t for t, _ in kept], [s for _, s in kept]


def _before_boxes(lines: Sequence[LineInfo], case: Case, rules: Rules) -> int | None:
    """The catch phrase drawn between a case's table or list and its first comment box
    (the line right above the box, after a table row or an item), else None."""
    start = case.body
    for index in range(start, case.stop):
        if lines[index].kind is not K.COMMENT:
            continue
        phrase = _above(lines, index, start)
        if phrase is None or lines[phrase].kind is not K.TEXT:
            return None
        above = _above(lines, phrase, start)
        if above is None or lines[above].kind not in (K.TABLE, K.BULLET):
            return None
        return phrase if _is_catch_phrase(lines, phrase, case.first, rules) else None
    return None


def _above(lines: Sequence[LineInfo], index: int, floor: int) -> int | None:
    """The nearest line above ``index`` (not above ``floor``) that is not blank, else None."""
    return next((j for j in range(index - 1, floor - 1, -1) if lines[j].kind is not K.BLANK), None)


def _is_catch_phrase(lines: Sequence[LineInfo], index: int, first: int, rules: Rules) -> bool:
    info = lines[index]
    text = info.text.strip()
    if info.kind is not K.TEXT or not _MIN <= len(text) <= _MAX:
        return False
    if _NOT_TITLE.search(text) or text.endswith(_CLOSED) or len(_FIGURE.findall(text)) >= 2:
        return False  # (a bracketed post, a quotation, a sentence, a results line)
    if _not_title(rules).search(text):
        return False  # a contact, a footer, ``就職者数 目標100人 実績112人``
    above = _above(lines, index, first)
    if above is None or lines[above].kind in (K.COMMENT, K.HEADER, K.SECTION, K.HEADING):
        return False  # a comment's text, a header's or a heading's line
    previous = lines[above].text.rstrip()
    return not (len(previous) >= _FULL and not previous.endswith(_CLOSED))


def _comments_first(
    lines: Sequence[LineInfo], cases: list[Case], page: Sequence[int]
) -> list[Case]:
    """``cases`` with each case above cut before the comment boxes opening the page of the
    next case's opening line (see the module docstring)."""
    habit = _block_above(lines, 0, cases[0].first, page) is not None
    for number in range(1, len(cases)):
        above, case = cases[number - 1], cases[number]
        top = _block_above(lines, above.first, case.first, page)
        if top is None:
            continue
        keeps = any(lines[j].kind is K.COMMENT for j in range(above.first, top))
        if keeps or habit:
            cases[number - 1] = attrs.evolve(above, stop=top)
    return cases


def _block_above(
    lines: Sequence[LineInfo], floor: int, first: int, page: Sequence[int]
) -> int | None:
    """The first line of the comment boxes (headings and texts, no blank line between
    them) standing right above line ``first`` and opening its page (no line above
    ``floor``), else None: the block ``jirei.commentsabove`` reads for that case."""
    top = first
    while top > floor and page[top - 1] == page[first] and lines[top - 1].kind in _BOXES:
        top -= 1
    if top >= first or lines[top].kind is not K.COMMENT:
        return None
    if any(lines[j].kind is not K.BLANK for j in range(floor, top) if page[j] == page[first]):
        return None  # something else opens the page
    return top


__all__ = ["drawn_pages"]
