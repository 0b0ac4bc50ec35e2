"""A case's label repeated at the top of a later page is its running head (decision 2234)::

    就職者数          126人             139人             110.3%
                                                        （次頁に続く）

    事例１　呉市                                                   2
    （前頁からの続き）
    区分              令和元年度目標    令和元年度実績    達成率

A booklet prints the label of the case a page continues at the page's top (``事例１　呉市``,
the page number beside it or on a line of its own). On the page where the next case begins
the head still names the case before: read as a label it would split that case or open a
false one. A line at a page's top — next to a page number (blank lines aside), carrying
one far right or left of it, or opening with a form feed — that is a case label and says
again, spaces and the page number aside, what the label line before it said, with a section
or a comment between them (no contents entry), is furniture; unless a header opens right
under it (a new case written under the same label).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

from jirei.caselabel import label_length
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: a page number beside a running head, after (or before) a wide gap
_NUMBER_BESIDE = regex.compile(
    r"^\s*(?:[-‐－―—]\s*)?\d{1,3}(?:\s*[-‐－―—])?\s{4,}(?=\S)|\s{4,}(?:[-‐－―—]\s*)?\d{1,3}(?:\s*[-‐－―—])?\s*$"
)
#: what a head's key leaves out: spaces, brackets and marks (a form-line stage may have
#: written ``【事例1】山形市`` as ``事例1:山形市``)
_SPACES = regex.compile(r"[\s\p{P}\p{S}]+")
#: how far (lines, blank lines aside) a page's head stands from its page number
_NEAR = 2
#: what a head longer than this is not
_LONGEST = 40
_MATERIAL = (K.SECTION, K.COMMENT)


def drop_page_heads(
    classified: Sequence[LineInfo], kept: list[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[LineInfo]:
    """``kept`` (``classified`` without its furniture) without the labels repeated at a page's
    top (see the module)."""
    if not rules.case_labels:
        return kept
    furniture = [i for i, info in enumerate(classified) if info.kind is K.FURNITURE]
    labels = [i for i, info in enumerate(classified) if info.kind is K.HEADER]
    if not labels and not furniture:
        return kept
    tops = _page_tops(classified, furniture, labels)
    if not tops:
        return kept
    heads = _repeated(classified, sorted(tops | set(labels)), tops, rules)
    if not heads:
        return kept
    return [info for info in kept if id(info) not in heads]


def _page_tops(
    classified: Sequence[LineInfo], furniture: Sequence[int], labels: Sequence[int]
) -> set[int]:
    """The lines that may head a page: next to a page number (blank lines aside), or with a
    page number beside them or a form feed (looked for in label lines and the lines next to
    furniture only)."""
    tops: set[int] = set()
    near: set[int] = set(labels)
    size = len(classified)
    for index in furniture:
        text = classified[index].text.strip()
        number = text.isdigit() or _NUMBER_BESIDE.search("    " + text) is not None
        for step in (1, -1):
            j, seen = index + step, 0
            while 0 <= j < size and seen < _NEAR:
                kind = classified[j].kind
                if kind is not K.BLANK:
                    if kind is not K.FURNITURE:
                        (tops if number else near).add(j)
                        break
                    seen += 1
                j += step
    for index in near - tops:
        text = classified[index].text
        if "\f" in text or (len(text) > 8 and _NUMBER_BESIDE.search(text)):
            tops.add(index)
    return tops


def _repeated(
    classified: Sequence[LineInfo], candidates: Sequence[int], tops: set[int], rules: Rules
) -> set[int]:
    """The ids of ``tops`` that repeat the label line before them (``candidates``: the label
    lines and the tops, in order)."""
    material = [i for i, info in enumerate(classified) if info.kind in _MATERIAL]
    last = ""  # the key of the last label line so far (no head)
    at = -1  # where it stands
    heads: set[int] = set()
    for index in candidates:
        info = classified[index]
        bare = _NUMBER_BESIDE.sub("", info.text.replace("\f", "")).strip()
        key = _SPACES.sub("", bare)
        if not key or len(key) > _LONGEST or "。" in key or not label_length(bare, rules):
            continue
        between = bisect_right(material, index) - bisect_right(material, at)
        if index in tops and key == last and between and not _header_below(classified, index):
            heads.add(id(info))
            continue
        last, at = key, index
    return heads


def _header_below(classified: Sequence[LineInfo], index: int) -> bool:
    """Whether a header opens right under line ``index`` (blank lines and furniture aside)."""
    for info in classified[index + 1 : index + 6]:
        if info.kind is K.BLANK or info.kind is K.FURNITURE:
            continue
        return info.kind is K.HEADER
    return False


__all__ = ["drop_page_heads"]
