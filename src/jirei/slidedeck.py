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

from collections.abc import Sequence

from attrs import evolve, frozen

from jirei.caselabel import label_length
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: box ranks, in the order a slide is read
_LABEL, _HEADLINE, _FACTS, _SECTION, _CAPTION, _OTHER, _COMMENT, _FURNITURE = range(8)
#: the longest headline box (characters)
_MAX_HEADLINE = 100


def _pages(infos: Sequence[LineInfo]) -> list[tuple[int, int]]:
    """[start, stop) of each page: a page opens at a line whose text opens with a form feed."""
    starts = [0] + [i for i, info in enumerate(infos) if i and info.line.text.startswith("\f")]
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(infos)], strict=True)]


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


def _is_label(info: LineInfo, rules: Rules) -> bool:
    text = info.line.text.strip()
    return bool(text) and label_length(text, rules) == len(text)


def _rank(infos: Sequence[LineInfo], box: tuple[int, int], rules: Rules) -> int:
    """The rank of a box by its shape."""
    from jirei.facts import is_fact_line
    from jirei.sections import ends_sentence

    filled = [infos[i] for i in range(*box) if infos[i].kind is not K.BLANK]
    if not filled:
        return _FURNITURE
    head = filled[0]
    if all(info.kind is K.FURNITURE for info in filled):
        return _FURNITURE
    if _is_label(head, rules):
        return _LABEL
    if head.kind is K.COMMENT or (head.kind is K.SECTION and head.section == "comments"):
        return _COMMENT
    if head.kind is K.SECTION:
        return _CAPTION if head.section == "results" else _SECTION
    texts = [info.line.text.strip() for info in filled]
    if all(is_fact_line(text, rules) for text in texts):
        return _FACTS
    if (
        len(filled) == 1
        and head.kind in (K.TEXT, K.HEADING)
        and len(texts[0]) <= _MAX_HEADLINE
        and not ends_sentence(texts[0])
        and not any(ch.isdigit() for ch in texts[0][-1:])
    ):
        return _HEADLINE
    return _OTHER


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


def read_deck(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> Deck | None:
    """The deck ``infos`` are, with the boxes of each labelled slide in reading order; None
    when the text is no deck of one case a slide or is already in reading order."""
    if not rules.case_labels or not any(info.line.text.startswith("\f") for info in infos):
        return None
    pages = _pages(infos)
    labelled: list[tuple[list[tuple[int, int]], list[int]]] = []
    scrambled = False
    for start, stop in pages:
        boxes = _boxes(infos, start, stop)
        ranks = [_rank(infos, box, rules) for box in boxes]
        labels = ranks.count(_LABEL)
        if labels > 1:
            return None  # several cases on one page: no deck of one case a slide
        if labels == 1:
            labelled.append((boxes, ranks))
            content = [rank for rank in ranks if rank != _FURNITURE]
            scrambled = scrambled or content[0] != _LABEL
    if len(labelled) < 2 or not scrambled:
        return None
    out = list(infos)
    for boxes, ranks in labelled:
        start, stop = boxes[0][0], boxes[-1][1]
        order = sorted(range(len(boxes)), key=lambda n: ranks[n])
        out[start:stop] = [infos[i] for n in order for i in range(*boxes[n])]
    return Deck(tuple(out), tuple(pages))


__all__ = ["Deck", "read_deck"]
