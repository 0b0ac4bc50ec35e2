"""One case a page, or a case a paragraph of facts opens (decisions 1701–1712).

A leaflet or a booklet of one case a page (pages parted by form feeds, or by page numbers
in sequence) may open each case with no bracket header, no label and no field: a catch-phrase
headline, then ONE prose sentence (or a short paragraph) carrying the header facts::

    朝の10分ミーティングが、支援の質を変えた！

    八戸市と青森労働局が平成二十八年十月三日から運営する「はちのへ就労ナビ」（一体的実施施設）
    には、ハローワーク八戸の就職支援ナビゲーターが常駐しています。

    ［ここがポイント］ …

When the rules found no case, one case, or guessed every case, and two pages or more each open
so — a paragraph of at most three lines near the top of the page (a running head repeated at
the top of other pages aside, at most two short lines above it) that names exactly one
municipality, a labour bureau or a Hello Work office, and the facility's bracketed kind or a
date, followed on its page by a heading or a comment — each such page opens one case: from
its headline (the short line right above the paragraph, if any) to the end of the page, and on
over the next pages that hold a section heading or a comment and open no case (a case of two
pages). ``jirei.harvest`` reads the
paragraph's facts as the case's opening; a cover, an introduction naming every place, and a
back page open none. In a text of no pages (a web page) the same paragraphs, each directly
followed by the same kind of heading, open the cases (``_flow_cases``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo, ends_sentence, strip_hash

#: the most lines of a facts paragraph
_MAX_PARAGRAPH = 3
#: the most non-blank lines above the facts paragraph on its page (head lines aside)
_MAX_ABOVE = 2
#: the longest headline
_MAX_HEADLINE = 100
#: kinds of a line that shows the page holds a case's body
_BODY_KINDS = (K.SECTION, K.HEADING, K.COMMENT)
#: kinds a facts paragraph's lines may have
_TEXT_KINDS = (K.TEXT, K.HEADING, K.HEADER)


def page_breaks(classified: Sequence[LineInfo]) -> list[int]:
    """Offsets at which a new page begins: each form feed, and right after each page number
    of a sequence (``jirei.slidedeck.slide_numbers``) — lines starting at or after such an
    offset belong to the next page."""
    breaks: set[int] = set()
    for info in classified:
        text = info.line.text
        at = text.find("\f")
        while at >= 0:
            breaks.add(info.line.start + at)
            at = text.find("\f", at + 1)
    from jirei.slidedeck import slide_numbers

    breaks |= {at + 1 for at in slide_numbers(classified)}
    return sorted(breaks)


def _pages(infos: Sequence[LineInfo], breaks: Sequence[int]) -> list[tuple[int, int]]:
    """[start, stop) of each page of ``infos``, by the page each line's offset falls in."""
    pages: list[tuple[int, int]] = []
    current = -1
    for index, info in enumerate(infos):
        page = bisect_right(breaks, info.line.start)
        if page != current:
            if pages:
                pages[-1] = (pages[-1][0], index)
            pages.append((index, len(infos)))
            current = page
    return pages


def _filled(infos: Sequence[LineInfo], start: int, stop: int) -> list[int]:
    return [i for i in range(start, stop) if infos[i].kind is not K.BLANK]


def _heads(infos: Sequence[LineInfo], pages: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Texts that stand first on two pages or more: running heads."""
    seen: dict[str, int] = {}
    for start, stop in pages:
        filled = _filled(infos, start, stop)
        if filled:
            text = infos[filled[0]].line.stripped
            seen[text] = seen.get(text, 0) + 1
    return frozenset(text for text, count in seen.items() if count >= 2)


def _places(text: str) -> set[str]:
    """The distinct municipalities ``text`` names (``jirei.fallback.find_place``)."""
    from jirei.fallback import find_place
    from jirei.places import split_prefecture

    names: set[str] = set()
    rest = text
    while rest:
        found = find_place(rest)
        if found is None:
            break
        start, end = found
        name = split_prefecture(rest[start:end])[1]
        if not (names and start == 0 and name.endswith("区")):  # (札幌市北区: a city's ward)
            names.add(name)
        rest = rest[end:]
    return names


def is_facts_paragraph(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` (a paragraph) names exactly one municipality, a labour bureau or a
    Hello Work office, and the facility's kind (``（一体的実施施設）``) or a date: a case's header
    written as prose."""
    from jirei.places import find_bureaus

    if "労働局" not in text and not any(p in text for p in rules.hello_work_prefixes):
        return False  # (cheap precheck)
    if not find_bureaus(text) and not any(p in text for p in rules.hello_work_prefixes):
        return False
    if len(_places(text)) != 1:
        return False
    from jirei.header import header_patterns
    from jirei.values import find_dates

    # it names the facility's kind or states a date (a sentence about a meeting does neither)
    return header_patterns(rules).kind.search(text) is not None or any(
        True for _ in find_dates(text, rules)
    )


def _headline(text: str) -> bool:
    text = strip_hash(text).strip()
    return 0 < len(text) <= _MAX_HEADLINE and not ends_sentence(text)


def _opener(
    infos: Sequence[LineInfo], start: int, stop: int, heads: frozenset[str], rules: Rules
) -> object | None:
    """The case a page opens with a facts paragraph, else None."""
    from jirei.segment import Case

    filled = _filled(infos, start, stop)
    while filled and infos[filled[0]].line.stripped in heads:
        filled = filled[1:]
    for at in range(min(len(filled), _MAX_ABOVE + 1)):
        index = filled[at]
        if infos[index].kind not in _TEXT_KINDS:
            return None
        paragraph = [index]
        while (
            len(paragraph) < _MAX_PARAGRAPH
            and paragraph[-1] + 1 < stop
            and infos[paragraph[-1] + 1].kind in (K.TEXT, K.HEADER)
        ):
            paragraph.append(paragraph[-1] + 1)
        text = "".join(infos[i].text.strip() for i in paragraph)
        if not is_facts_paragraph(text, rules):
            continue
        above = filled[:at]
        if any(not _headline(infos[i].text) for i in above):
            return None
        after = [i for i in filled if i > paragraph[-1]]
        if not after or not any(infos[i].kind in _BODY_KINDS for i in after):
            return None
        headline = above[-1] if above else None
        first = above[0] if above else index
        return Case(first, stop, (), headline, (), after[0], origin="structure")
    return None


def page_cases(
    infos: Sequence[LineInfo],
    cases: Sequence[object],
    classified: Sequence[LineInfo],
    rules: Rules = DEFAULT_RULES,
) -> list[object]:
    """``cases``, or one case a page when two pages or more open with a facts paragraph and
    the rules found no case, one case or only guessed ones."""
    if len(cases) > 1 and not all(getattr(c, "origin", "") == "fallback" for c in cases):
        return list(cases)
    breaks = page_breaks(classified)
    pages = _pages(infos, breaks) if breaks else []
    if len(pages) < 2:
        return _flow_cases(infos, cases, rules)
    heads = _heads(infos, pages)
    opened = [
        (number, case)
        for number, (start, stop) in enumerate(pages)
        if (case := _opener(infos, start, stop, heads, rules)) is not None
    ]
    if len(opened) < 2:
        return _flow_cases(infos, cases, rules)
    out: list[object] = []
    for n, (number, case) in enumerate(opened):
        last = opened[n + 1][0] if n + 1 < len(opened) else len(pages)
        stop = case.stop  # type: ignore[attr-defined]
        for start, end in pages[number + 1 : last]:  # pages the case runs on to
            if not _material(infos, start, end):
                break
            stop = end
        out.append(attrs.evolve(case, stop=stop))
    return out


def _flow_cases(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules
) -> list[object]:
    """``cases``, or the cases facts paragraphs open in a text of no pages (decision 1712):
    a paragraph (a blank line or nothing above it) that is a facts paragraph, directly
    followed (blank lines aside) by a heading, under at most one short line (its headline),
    opens a case running to the next such opening, when two or more do and each case holds a
    section heading or a comment; only the openings followed by the same kind of heading as the
    first count (a note naming a neighbour's window before a results heading is none); where
    nothing else found a case, one such opening opens the document's only case."""
    from jirei.segment import Case

    found: list[Case] = []
    index = 0
    while index < len(infos):
        info = infos[index]
        if info.kind not in _TEXT_KINDS or (index and infos[index - 1].kind is not K.BLANK):
            index += 1
            continue
        paragraph = [index]
        while (
            len(paragraph) < _MAX_PARAGRAPH
            and paragraph[-1] + 1 < len(infos)
            and infos[paragraph[-1] + 1].kind in (K.TEXT, K.HEADER)
        ):
            paragraph.append(paragraph[-1] + 1)
        text = "".join(infos[i].text.strip() for i in paragraph)
        after = next(
            (i for i in range(paragraph[-1] + 1, len(infos)) if infos[i].kind is not K.BLANK),
            None,
        )
        if (
            after is None
            or infos[after].kind not in (K.SECTION, K.HEADING)
            or not is_facts_paragraph(text, rules)
        ):
            index = paragraph[-1] + 1
            continue
        above = next((i for i in range(index - 1, -1, -1) if infos[i].kind is not K.BLANK), None)
        headline = (
            above
            if above is not None
            and infos[above].kind in (K.TEXT, K.HEADING)
            and _headline(infos[above].text)
            and (above == 0 or infos[above - 1].kind is K.BLANK)
            and (not found or above > found[-1].body)
            else None
        )
        first = headline if headline is not None else index
        found.append(Case(first, len(infos), (), headline, (), after, origin="structure"))
        index = after
    if found:  # every case opens its body with the heading the first one opens with
        kind = _heading_kind(infos[found[0].body])
        found = [case for case in found if _heading_kind(infos[case.body]) == kind]
    if len(found) == 1 and not cases and _material(infos, found[0].body, len(infos)):
        return list(found)  # the document's only case, found by nothing else
    if len(found) < 2:
        return list(cases)
    out = [
        attrs.evolve(case, stop=found[n + 1].first) if n + 1 < len(found) else case
        for n, case in enumerate(found)
    ]
    if not all(_material(infos, case.body, case.stop) for case in out):
        return list(cases)
    return list(out)


def _heading_kind(info: LineInfo) -> str:
    """A heading's section kind, or its text when it names none."""
    return info.section if info.kind is K.SECTION and info.section else info.line.stripped


def _material(infos: Sequence[LineInfo], start: int, stop: int) -> bool:
    """Whether a page holds case material: a section heading of the rules or a comment."""
    return any(infos[i].kind in (K.SECTION, K.COMMENT) for i in range(start, stop))


__all__ = ["is_facts_paragraph", "page_breaks", "page_cases"]
