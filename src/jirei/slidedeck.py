"""Slide decks whose text boxes came out in no reading order (decisions 970–975).

A slide deck's text, one case a slide, pages parted by form feeds: on each slide the text
boxes (runs of lines between blank lines) stand in whatever order the extractor met them —
a figure box, a comment box, the ``事例n`` label, the catch-phrase, the ``place × bureau``
strip, the ``name（kind）`` / ``…開設`` box, a section box, the year caption. Each box is
recognised by its own shape, and the boxes of such a slide are put in the order every other
reader expects::

    label box · headline box · fact boxes · section boxes (取組のポイント …) ·
    results caption (令和4年度 実績) · figure boxes · comment boxes · furniture

The order inside a kind is kept (figures and comments stay in text order). Lines keep their
own offsets, so every span still points into the original text. A slide is reordered only
in a deck — two or more pages each holding exactly one case-label box — and only when on at
least one of them the label box is not the first box (a deck already in reading order is
left as it is). Pages without a label (cover, agenda, contact) are left alone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

import regex
from attrs import evolve, frozen

from jirei.caselabel import label_length
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo
from jirei.tables.kpiboxes import opens_tile

#: a bare slide number
_NUMBER = regex.compile(r"(?:[-‐―—]\s*)?(?P<n>\d{1,3})(?:\s*[-‐―—])?")
#: what a bare slide number may end with besides a digit
_DASHES = "-‐―—"

#: box ranks, in the order a slide is read
_LABEL, _HEADLINE, _FACTS, _SECTION, _CAPTION, _OTHER, _COMMENT, _FURNITURE = range(8)
#: a page's first box finishing the sentence the page before left open: it stays first
_CARRIED = -1
#: the longest place alone on a line, and how a place ends
_MAX_PLACE = 12
_PLACE_ENDS = ("都", "道", "府", "県", "市", "区", "町", "村")
#: the longest case-label line a slide may hold alone (characters)
_MAX_LABEL = 24
_PLACE_END_SET = frozenset(_PLACE_ENDS)
#: the longest headline box (characters)
_MAX_HEADLINE = 100
#: the longest results caption opening a box of metric lines (characters)
_MAX_CAPTION = 30
#: the opening brackets and marks of a note line among metric lines (``（目標…）``, ``※…``)
_NOTE_OPENERS = frozenset("(（[［〔※*")


@per_rules
def _marker(rules: Rules) -> regex.Pattern[str]:
    """A line opening a slide (``--- slide 2 ---``, ``スライド３``; ``rules.slide_markers``)."""
    return regex.compile("|".join(f"(?:{m})" for m in rules.slide_markers) or "(?!)")


def is_slide_marker(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a whole line is a slide marker (``【スライド2】``, ``Slide 4``)."""
    return _marker(rules).fullmatch(text.strip("\f \t")) is not None


def _slide_numbers(infos: Sequence[LineInfo]) -> list[int]:
    """Indexes of bare slide numbers closing each slide (``1`` alone between blank lines, a
    page number ``- 2 -``): two or more, numbered one after another (decision 1041)."""
    found: list[tuple[int, int]] = []
    for index, info in enumerate(infos):
        text = info.line.text.strip("\f \t")
        # (a number ends with a digit or a dash: a cheap exact test first)
        if not text or not (text[-1].isdigit() or text[-1] in _DASHES):
            continue
        number = _NUMBER.fullmatch(text)
        if (
            number is not None
            and (
                info.kind is K.FURNITURE  # a page number (``－１－``)
                or (
                    (index == 0 or infos[index - 1].kind is K.BLANK)
                    and (index + 1 == len(infos) or infos[index + 1].kind is K.BLANK)
                )
            )
        ):
            found.append((index, int(number["n"])))
    if len(found) < 2 or any(b[1] != a[1] + 1 for a, b in pairwise(found)):
        return []
    return [index for index, _ in found]


def slide_numbers(infos: Sequence[LineInfo]) -> tuple[int, ...]:
    """Where the bare slide numbers closing each slide of ``infos`` start (before page
    furniture is dropped; decision 1041)."""
    return tuple(infos[i].line.start for i in _slide_numbers(infos))


def _pages(
    infos: Sequence[LineInfo], rules: Rules, numbered: Sequence[int] = ()
) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """[start, stop) of each page, the slide markers, and the lines that only part
    pages (slide markers and numbers): a page opens at a line whose text opens with a form
    feed, at a slide marker line, and after a bare slide number."""
    marker = _marker(rules)
    markers = {
        i for i, info in enumerate(infos)
        if info.kind is not K.BLANK and marker.fullmatch(info.line.text.strip("\f \t"))
    }
    numbers = _slide_numbers(infos)
    opens = {i for i, info in enumerate(infos) if i and info.line.text.startswith("\f")}
    opens |= markers | {i + 1 for i in numbers if i + 1 < len(infos)}
    for index in markers:  # ``事例 2`` right above its first slide's marker opens it (1866)
        above = index - 1
        while above > 0 and infos[above].kind is K.BLANK:
            above -= 1
        if above > 0 and above not in opens and _is_label(infos[above], rules):
            opens.discard(index)
            opens.add(above)
    starts_at = [info.line.start for info in infos]
    for at in numbered:  # slide numbers already dropped as furniture: the next line opens
        first = bisect_right(starts_at, at)
        if 0 < first < len(infos):
            opens.add(first)
    starts = sorted({0, *opens})
    pages = [(a, b) for a, b in zip(starts, [*starts[1:], len(infos)], strict=True)]
    return pages, markers, markers | set(numbers)


def _boxes(infos: Sequence[LineInfo], start: int, stop: int) -> list[tuple[int, int]]:
    """[start, stop) of each box of a page: a run of non-blank lines and the blanks after it."""
    boxes: list[tuple[int, int]] = []
    index = start
    while index < stop:
        first = index
        while index < stop and infos[index].kind is not K.BLANK:
            index += 1
        while index < stop and infos[index].kind is K.BLANK:
            index += 1
        boxes.append((first, index))
    return boxes


def _is_label(info: LineInfo, rules: Rules, places: frozenset[int] = frozenset()) -> bool:
    """A case label alone on its line; or, in ``places`` (line starts), a label and its
    place (``事例１　新潟県新潟市``, decision 1870)."""
    if places and info.line.start in places:
        return True
    text = info.line.text.strip()
    return bool(text) and label_length(text, rules) == len(text)


def _place_label(info: LineInfo, rules: Rules) -> bool:
    """A case label followed by a place alone (``事例１　新潟県新潟市``)."""
    text = info.line.text.strip()
    if not text or len(text) > _MAX_LABEL or not text.endswith(_PLACE_ENDS):
        return False  # the cheap tests first: asked of every short line (may_be_deck)
    from jirei.plainheader import is_place_line

    cut = label_length(text, rules)
    return 0 < cut < len(text) and is_place_line(text[cut:])


def _bare_place(text: str) -> bool:
    """A place alone on its line (``兵庫県姫路市``): a fact line of a header strip."""
    if len(text) > _MAX_PLACE or not text.endswith(_PLACE_ENDS):
        return False
    from jirei.facts import names_place

    return names_place(text)


def _rank(
    infos: Sequence[LineInfo],
    box: tuple[int, int],
    rules: Rules,
    parting: AbstractSet[int] = frozenset(),
    places: frozenset[int] = frozenset(),
) -> int:
    """The rank of a box by its shape (``parting``: slide markers and numbers, furniture)."""
    from jirei.facts import is_fact_line
    from jirei.sections import ends_sentence

    filled = [infos[i] for i in range(*box) if infos[i].kind is not K.BLANK and i not in parting]
    if not filled:
        return _FURNITURE
    head = filled[0]
    if all(info.kind is K.FURNITURE for info in filled):
        return _FURNITURE
    if _is_label(head, rules, places):
        return _LABEL
    if head.kind is K.COMMENT or (head.kind is K.SECTION and head.section == "comments"):
        return _COMMENT
    if head.kind is K.SECTION:
        return _CAPTION if head.section == "results" else _SECTION
    texts = [info.line.text.strip() for info in filled]
    if all(is_fact_line(text, rules) or _bare_place(text) for text in texts):
        return _FACTS  # a place line over an offices line is a header strip too (1042)
    if (
        len(filled) == 1
        and head.kind in (K.TEXT, K.HEADING)
        and len(texts[0]) <= _MAX_HEADLINE
        and not ends_sentence(texts[0])
        and not any(ch.isdigit() for ch in texts[0][-1:])
    ):
        return _HEADLINE
    return _OTHER


def _keep_parts(
    infos: Sequence[LineInfo],
    boxes: Sequence[tuple[int, int]],
    ranks: list[int],
    parting: set[int],
    rules: Rules,
) -> None:
    """Rank ``_CARRIED`` (kept first, no part of the slide) each box above a page's label
    that is a part of the document the contents list before it names (``２．各事例の取組``
    over ``事例１``: a chapter heading opening the page, not the case's; decision 2954)."""
    from jirei.contents import part_entries

    label = ranks.index(_LABEL)
    entries: frozenset[str] | None = None
    for number in range(label):
        if ranks[number] not in (_HEADLINE, _OTHER):
            continue
        start, stop = boxes[number]
        texts = [
            _SPACES.sub("", infos[i].line.text)
            for i in range(start, stop)
            if infos[i].kind is not K.BLANK and i not in parting
        ]
        if entries is None:
            entries = part_entries(infos, start, rules)
            if not entries:
                return
        if texts and all(text in entries for text in texts):
            ranks[number] = _CARRIED


_SPACES = regex.compile(r"\s+")


def _carried_over(
    infos: Sequence[LineInfo], start: int, box: tuple[int, int], parting: set[int]
) -> bool:
    """Whether ``box``, opening the page at ``start``, finishes a sentence the page before
    left open: the last text above the break closes no sentence, and the box's first line is
    plain text that closes one or runs into a line that does (a booklet's comment or item
    run over a page break, decision 1969)."""
    from jirei.sections import ends_sentence

    above = start - 1
    while above >= 0 and (infos[above].kind in (K.BLANK, K.FURNITURE) or above in parting):
        above -= 1
    if above < 0 or infos[above].kind not in (K.TEXT, K.BULLET):
        return False
    if ends_sentence(infos[above].line.text) or infos[above].line.text.rstrip().endswith("」"):
        return False
    filled = [infos[i] for i in range(*box) if infos[i].kind is not K.BLANK and i not in parting]
    return bool(filled) and filled[0].kind is K.TEXT and any(
        ends_sentence(info.line.text) for info in filled
    )


def _label_box(
    infos: Sequence[LineInfo],
    box: tuple[int, int],
    rules: Rules,
    parting: set[int],
    places: frozenset[int] = frozenset(),
) -> bool:
    """Whether ``_rank`` gives the box ``_LABEL`` (its first tests, in its order)."""
    filled = (infos[i] for i in range(*box) if infos[i].kind is not K.BLANK and i not in parting)
    head = next(filled, None)
    if head is None:
        return False
    if head.kind is K.FURNITURE and all(info.kind is K.FURNITURE for info in filled):
        return False
    return _is_label(head, rules, places)


def _label_alone(
    infos: Sequence[LineInfo], box: tuple[int, int], rules: Rules, before: Sequence[int] = ()
) -> bool:
    """Whether a label box holds the label alone, or the label and its title right under it
    (one short line that is no sentence, label or fact line: ``事例１`` / catch-phrase in one
    text box, decision 1700) with no comment box before it on its page (``before``: the ranks
    of the boxes above it) — comments over a later label are the case before running over
    the page."""
    from jirei.facts import is_fact_line
    from jirei.sections import ends_sentence

    filled = [infos[i] for i in range(*box) if infos[i].kind is not K.BLANK]
    if len(filled) == 1:
        return True
    if len(filled) != 2 or filled[1].kind not in (K.TEXT, K.HEADING) or _COMMENT in before:
        return False
    text = filled[1].line.text.strip()
    return (
        0 < len(text) <= _MAX_HEADLINE
        and not ends_sentence(text)
        and not _is_label(filled[1], rules)
        and not is_fact_line(text, rules)
    )


def _printed_before(before: Sequence[int]) -> bool:
    """Whether the boxes above a slide's label (``before``, by rank) are a results box or a
    header strip printed first, with no comment, section or headline among them."""
    content = [rank for rank in before if rank != _FURNITURE]
    return bool(content) and all(rank in (_CAPTION, _FACTS, _OTHER) for rank in content) and (
        _CAPTION in content or _FACTS in content
    )


@frozen
class Deck:
    """A scrambled deck: its lines with each labelled slide in reading order, and
    [start, stop) of each page (the same indexes before and after the reordering)."""

    infos: tuple[LineInfo, ...]
    pages: tuple[tuple[int, int], ...]

    def clip(self, cases: Sequence[object]) -> list[object]:
        """``cases`` each ending at the end of the page it opens on: a slide is one case,
        the pages after the last case (contact, closing) belong to none (decision 971)."""
        out: list[object] = []
        for case in cases:
            first, stop = case.first, case.stop  # type: ignore[attr-defined]
            end = next((b for a, b in self.pages if a <= first < b), stop)
            body = case.body  # type: ignore[attr-defined]
            out.append(evolve(case, stop=end) if body < end < stop else case)
        return out


def _is_deck(infos: Sequence[LineInfo], rules: Rules) -> bool:
    """The cheap test: case labels known, and form feeds, slide markers or bare numbers."""
    if not rules.case_labels:
        return False
    marker = _marker(rules)
    for info in infos:
        text = info.line.text
        if text.startswith("\f"):
            return True
        if len(text) >= 40 or info.kind is K.BLANK:
            continue
        stripped = text.strip()
        end = stripped[-1:]
        if (end.isdigit() or (end and end in _DASHES)) and _NUMBER.fullmatch(stripped):
            return True  # (a number ends with a digit or a dash: a cheap exact test first)
        if marker.fullmatch(text.strip("\f \t")) is not None:
            return True
    return False


def _slide(
    infos: Sequence[LineInfo],
    boxes: list[tuple[int, int]],
    ranks: list[int],
    parting: set[int],
    keys: Sequence[float] | None = None,
    rules: Rules | None = None,
) -> list[LineInfo]:
    """A labelled slide's lines in reading order: each box's lines, one blank line after
    each box (the blanks of the slide reused in order); a results caption made of a blank
    line before the first figure tile when the slide writes none (decision 1040). ``keys``:
    the boxes' sort keys, when not their ranks; with ``rules``, a box whose first line
    is a short caption over metric lines (``数字で振り返る令和元年度``) has that line made the
    results caption when the slide writes none (decision 2556)."""
    order = sorted(range(len(boxes)), key=lambda n: ranks[n] if keys is None else keys[n])
    blanks = [infos[i] for a, b in boxes for i in range(a, b) if infos[i].kind is K.BLANK]
    caption = _CAPTION in ranks
    out: list[LineInfo] = [infos[i] for a, b in boxes for i in range(a, b) if i in parting]
    for n in order:
        filled = [
            infos[i] for i in range(*boxes[n]) if infos[i].kind is not K.BLANK and i not in parting
        ]
        if (
            not caption and rules is not None and ranks[n] == _OTHER
            and _figures_caption(filled, rules)
        ):
            filled[0] = evolve(filled[0], kind=K.SECTION, section="results")
            caption = True
        if not caption and ranks[n] == _OTHER and blanks and opens_tile(
            [info.line for info in filled]
        ):
            blank = blanks.pop(0)
            out.append(evolve(blank, kind=K.SECTION, section="results"))
            caption = True
        out.extend(filled)
        if blanks:
            out.append(blanks.pop(0))
    out.extend(blanks)
    return out


def _figures_caption(filled: Sequence[LineInfo], rules: Rules) -> bool:
    """Whether a box's first line is a short caption that is no sentence over lines that
    each open with a metric name of ``rules.metrics`` and hold a figure (bracketed note
    lines aside): the box is the slide's results (decision 2556)."""
    from jirei.sections import ends_sentence

    if len(filled) < 2 or filled[0].kind not in (K.TEXT, K.HEADING):
        return False
    head = filled[0].line.text.strip()
    if not 0 < len(head) <= _MAX_CAPTION or ends_sentence(head) or _has_digit(head[-1:]):
        return False
    names = _metric_names(rules)
    rows = [info.line.text.strip() for info in filled[1:]]
    return all(
        text[:1] in _NOTE_OPENERS or (names.match(text) is not None and _has_digit(text))
        for text in rows
    )


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit."""
    return any(ch.isdigit() for ch in text)


@per_rules
def _metric_names(rules: Rules) -> regex.Pattern[str]:
    """A line opening with a metric name of ``rules.metrics`` (after an item mark)."""
    names = sorted((n for n in rules.metrics if n), key=len, reverse=True)
    alternation = "|".join(regex.escape(n) for n in names) or "(?!)"
    return regex.compile(rf"[・●○◆◇■□▪✓\-*]?\s*(?:{alternation})")


def _late_headline(content: Sequence[int]) -> bool:
    """Whether a slide's boxes (``content``, by rank, furniture left out) put its headline
    after a box that follows it — a figure tile, a fact or comment box (decision 1041) —
    and before any section or results caption: a short line after a section (a picture's
    caption, a ``####`` sub-heading, an image link) is the section's, not a misplaced
    headline (decision 1045). Label and fact boxes alone before the headline are in reading
    order (a header strip or a facts table over the headline); a comment box right under the
    label is not: a case's voices close it (decision 2640)."""
    if _COMMENT in content[1:2]:
        return True  # the comments right under the label, before the story (decision 2640)
    if _HEADLINE not in content:
        return False
    at = content.index(_HEADLINE)
    if all(rank in (_LABEL, _FACTS) for rank in content[:at]):
        return False  # a header strip over its headline is in reading order (decision 2640)
    return at > 1 and not any(rank in (_SECTION, _CAPTION) for rank in content[:at])


def may_be_deck(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``infos`` may be a deck (``read_deck`` gives None otherwise, whatever the
    slide numbers): two lines or more are a case label alone (the cheapest test, so the
    slide numbers need not be looked for in a text that is no deck)."""
    if not rules.case_labels:
        return False
    from jirei.plainheader import is_place_line

    short = [info.line.text for info in infos if 0 < len(info.line.text) <= _MAX_LABEL]
    count = 0
    for line in short:
        # ``_is_label`` or ``_place_label`` (decision 1870), the text stripped once
        text = line.strip()
        if not text:
            continue
        cut = label_length(text, rules)
        if cut == len(text) or (
            0 < cut < len(text)
            and text.endswith(_PLACE_ENDS)  # (a short line: no longer than _MAX_LABEL)
            and is_place_line(text[cut:])
        ):
            count += 1
            if count == 2:
                return True
    return False


def read_deck(
    infos: Sequence[LineInfo],
    rules: Rules = DEFAULT_RULES,
    numbered: Sequence[int] = (),
    *,
    may_be: bool = False,
) -> Deck | None:
    """The deck ``infos`` are (see ``_read_deck``); when none, a deck parted by form feeds
    whose label lines hold the place (``事例１　新潟県新潟市``) with a results box or a header
    strip printed before the label on every labelled slide (decision 1870); pages parted by
    form feeds or slide numbers. ``may_be``: the caller found ``may_be_deck`` true of these
    ``infos`` and ``rules`` (it is not asked again)."""
    deck = _read_deck(infos, rules, numbered, may_be=may_be)
    if deck is not None or not (
        numbered or any(info.line.text.startswith("\f") for info in infos)
    ):
        return deck
    ends = _PLACE_END_SET  # (``_place_label``'s end test first, inline: every line)
    places = frozenset(
        info.line.start
        for info in infos
        if info.line.text.rstrip()[-1:] in ends and _place_label(info, rules)
    )
    if len(places) < 2:
        return None
    return _read_deck(infos, rules, numbered, places)


def _read_deck(
    infos: Sequence[LineInfo],
    rules: Rules = DEFAULT_RULES,
    numbered: Sequence[int] = (),
    places: frozenset[int] = frozenset(),
    *,
    may_be: bool = False,
) -> Deck | None:
    """The deck ``infos`` are, with the boxes of each labelled slide in reading order; None
    when the text is no deck of one case a slide or is already in reading order.
    ``numbered``: where bare slide numbers stood (``slide_numbers``), each closing a slide;
    ``may_be``: ``may_be_deck`` is known true."""
    if not places and not may_be and not may_be_deck(infos, rules):
        return None  # two slides at least, each with its label alone on a line
    if not numbered and not _is_deck(infos, rules):
        return None
    pages, markers, parting = _pages(infos, rules, numbered)
    labelled: list[tuple[list[tuple[int, int]], list[int]]] = []
    scrambled = False
    unlabelled_after = False  # a page without a label after a labelled one
    for start, stop in pages:
        boxes = _boxes(infos, start, stop)
        # which boxes are labels first: a page is ranked whole only when it holds one label
        # (the other pages' ranks are not read)
        is_label = [_label_box(infos, box, rules, parting, places) for box in boxes]
        if numbered and start == 0 and True in is_label:  # a cover before the first slide
            boxes, is_label = boxes[is_label.index(True) :], is_label[is_label.index(True) :]
        labels = is_label.count(True)
        ranks = (
            [_rank(infos, box, rules, parting, places) for box in boxes] if labels == 1 else []
        )
        if ranks and ranks[0] == _OTHER and _carried_over(infos, start, boxes[0], parting):
            ranks[0] = _CARRIED  # the previous page's sentence, run over the break (1969)
        if labels == 1 and ranks.index(_LABEL) > 0:
            _keep_parts(infos, boxes, ranks, parting, rules)  # ``２．各事例の取組`` (2954)
        if labels > 1:
            return None  # several cases on one page: no deck of one case a slide
        if labels == 0 and labelled:
            unlabelled_after = True
        if labels == 1:
            label = boxes[ranks.index(_LABEL)]
            # (comments over the first label run over from no case before it)
            before = ranks[: ranks.index(_LABEL)] if labelled else []
            alone = _label_alone(infos, label, rules, before)
            if places and not _printed_before(ranks[: ranks.index(_LABEL)]):
                return None  # a label with its place opens a slide only below its results
            if numbered and not (alone and not unlabelled_after):
                # page numbers part the pages of many reports whose cases run over pages:
                # they part slides only when each label is a box alone and no page without
                # a label stands between two labelled ones
                return None
            labelled.append((boxes, ranks))
            content = [rank for rank in ranks if rank not in (_FURNITURE, _CARRIED)]
            scrambled = scrambled or content[0] != _LABEL or _late_headline(content)
    # slides in reading order are read one a slide only when markers part them: page
    # numbers alone part the pages of many reports whose cases run over pages
    if len(labelled) < 2 or not (scrambled or markers):
        return None
    out = [evolve(info, kind=K.FURNITURE) if i in parting else info for i, info in enumerate(infos)]
    if scrambled:
        for boxes, ranks in labelled:
            start, stop = boxes[0][0], boxes[-1][1]
            out[start:stop] = _slide(out, boxes, ranks, parting)
    return Deck(tuple(out), tuple(pages))


#: the ranks of a slide's boxes that tell its case's body (one of them beside a fact box makes a
#: page without a label a case slide)
_BODY_RANKS = (_SECTION, _CAPTION, _COMMENT)
#: the sort keys of a slide without a label: the box opening with a place before the other
#: fact boxes; a header split into a place box and others before the headline (the order of
#: a split header, decision 2555), a header strip on one line after it (a partner line under
#: its headline, decision 1380)
_PLACE_FIRST = -2.0
#: the most boxes of no known shape on a case slide (a figures box without its caption):
#: paragraphs of prose make a page of a report, not a slide
_MAX_OTHER = 1
_FACTS_FIRST = {_FACTS: -1.0}


def _box_text(infos: Sequence[LineInfo], box: tuple[int, int], parting: set[int]) -> str:
    """A box's lines joined, without spaces (to find the same box on several slides)."""
    return "".join(
        "".join(infos[i].line.text.split())
        for i in range(*box)
        if infos[i].kind is not K.BLANK and i not in parting
    )


def read_unlabelled_deck(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES, numbered: Sequence[int] = ()
) -> Deck | None:
    """A deck whose slides carry no case label (decisions 2553–2557): pages parted by bare
    slide numbers (``numbered``), a page holding a box of header facts (``県 市 × 局・HW``,
    ``実施主体：…``, a place box, a ``局／HW`` box) and a section, results or comment box
    being one case, with at most one box of no known shape (``_MAX_OTHER``), no page that
    is no case slide between two that are, and no section, results or comment box on a page
    that is none, nor only parts the slide before lacks above a slide's first fact box (a
    case run over pages). A box of the same text on two such slides
    or more and on half of them (the slide's footer) is furniture. The boxes of each case
    slide are put in reading order (``_slide``: the headline and the header facts, the box
    opening with a place first, then the initiatives, the other sections, results,
    comments) when, on one of them at least, a
    section, results or comment box was drawn before the first fact box; None when the text
    is no such deck, when fewer than two slides are case slides, or when a slide holds two
    results captions or the same section twice (two cases on one page)."""
    if len(numbered) < 2:
        return None
    pages, _markers, parting = _pages(infos, rules, numbered)
    slides: list[tuple[list[tuple[int, int]], list[int]]] = []
    gap = False  # a page that is no case slide after a case slide
    for start, stop in pages:
        boxes = _boxes(infos, start, stop)
        ranks = [_rank(infos, box, rules, parting) for box in boxes]
        if _LABEL in ranks:
            return None  # labelled slides are ``read_deck``'s
        body = any(rank in _BODY_RANKS for rank in ranks)
        if _FACTS not in ranks or not body or ranks.count(_OTHER) > _MAX_OTHER:
            if body:
                return None  # a case's body on a page of its own: cases run over pages
            gap = gap or bool(slides)
            continue
        if gap:
            return None  # a case running over pages, not one case a slide
        slides.append((boxes, ranks))
    if len(slides) < 2:
        return None
    seen: dict[str, int] = {}
    for boxes, _ranks in slides:
        for text in {_box_text(infos, box, parting) for box in boxes}:
            seen[text] = seen.get(text, 0) + 1
    repeated = {t for t, n in seen.items() if t and n >= 2 and 2 * n >= len(slides)}
    scrambled = False
    for boxes, ranks in slides:
        for n, box in enumerate(boxes):
            if _box_text(infos, box, parting) in repeated:
                ranks[n] = _FURNITURE
        heads = [
            _box_text(infos, box, parting)[:12]
            for box, rank in zip(boxes, ranks, strict=True)
            if rank == _SECTION
        ]
        if ranks.count(_CAPTION) > 1 or len(heads) != len(set(heads)):
            return None  # two cases on one page
        first: int | float = ranks.index(_FACTS)  # a rank, later a half-rank key (mypyc checks it)
        scrambled = scrambled or any(rank in _BODY_RANKS for rank in ranks[:first])
    if not scrambled or any(
        _runs_on(infos, before, after, parting) for before, after in pairwise(slides)
    ):
        return None
    out = [evolve(info, kind=K.FURNITURE) if i in parting else info for i, info in enumerate(infos)]
    for boxes, ranks in slides:
        for n, box in enumerate(boxes):
            if ranks[n] == _FURNITURE:
                for i in range(*box):
                    if out[i].kind is not K.BLANK:
                        out[i] = evolve(out[i], kind=K.FURNITURE)
        keys: list[float] = list(ranks)
        places = [
            n for n, box in enumerate(boxes)
            if ranks[n] == _FACTS and _names_place(infos, box, parting)
        ]
        first = _FACTS - 0.5  # the box opening with a place opens the header
        if any(_place_box(infos, boxes[n], parting) for n in places):
            # a split header (place, offices, facility), the headline under it (2555)
            keys = [_FACTS_FIRST.get(rank, rank) for rank in ranks]
            first = _PLACE_FIRST
        for n in places:
            keys[n] = first
        for n, box in enumerate(boxes):  # the initiatives open the body (decision 2555)
            if ranks[n] == _SECTION and _heading_kind(infos, box, parting) == "initiatives":
                keys[n] = _SECTION - 0.5
        start, stop = boxes[0][0], boxes[-1][1]
        out[start:stop] = _slide(out, boxes, ranks, parting, keys, rules)
    return Deck(tuple(out), tuple(pages))


def _body_parts(
    infos: Sequence[LineInfo],
    boxes: Sequence[tuple[int, int]],
    ranks: Sequence[int],
    parting: set[int],
) -> set[object]:
    """The parts of a case the boxes hold: each section by its kind, results, comments."""
    return {
        _heading_kind(infos, box, parting) if rank == _SECTION else rank
        for box, rank in zip(boxes, ranks, strict=True)
        if rank in _BODY_RANKS
    }


def _runs_on(
    infos: Sequence[LineInfo],
    before: tuple[list[tuple[int, int]], list[int]],
    after: tuple[list[tuple[int, int]], list[int]],
    parting: set[int],
) -> bool:
    """Whether the parts drawn above a slide's first fact box are all parts the slide
    before it lacks: the case before, run over the page (decision 2554)."""
    boxes, ranks = after
    first = ranks.index(_FACTS)
    above = _body_parts(infos, boxes[:first], ranks[:first], parting)
    return bool(above) and not above & _body_parts(infos, *before, parting)


def _heading_kind(
    infos: Sequence[LineInfo], box: tuple[int, int], parting: set[int]
) -> str | None:
    """The section kind of a box's first line, if it is a section heading."""
    first = next(
        (infos[i] for i in range(*box) if infos[i].kind is not K.BLANK and i not in parting), None
    )
    return first.section if first is not None and first.kind is K.SECTION else None


def _place_box(infos: Sequence[LineInfo], box: tuple[int, int], parting: set[int]) -> bool:
    """Whether a box is one line naming a place alone (``熊本県 八代市``)."""
    filled = [infos[i] for i in range(*box) if infos[i].kind is not K.BLANK and i not in parting]
    return len(filled) == 1 and _bare_place("".join(filled[0].line.text.split()))


def _names_place(infos: Sequence[LineInfo], box: tuple[int, int], parting: set[int]) -> bool:
    """Whether a fact box's first line opens with a place (``熊本県 八代市``, ``釧路市｜…``)."""
    from jirei.facts import names_place

    first = next(
        (infos[i] for i in range(*box) if infos[i].kind is not K.BLANK and i not in parting), None
    )
    return first is not None and names_place("".join(first.line.text.split()))


__all__ = ["Deck", "may_be_deck", "read_deck", "read_unlabelled_deck", "slide_numbers"]
