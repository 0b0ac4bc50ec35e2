"""Running headers, footers and page numbers: found across pages, removed, reported.

A line is *running text* when, in the top or bottom margin of a page and among the
page's first or last lines, the same text (digits ignored) stands at the same height on
most pages. A line is a *page number* when it is such a margin line and reads like one
(``3``, ``- 3 -``, ``3/12``, ``P.3``, ``(3)``). Both are removed from the text; every
removal is reported as a ``removed_running_text`` warning naming the text and the pages.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

import regex

from jirei.model import Warning
from jirei.pdf.layout import Line

#: a line in the top or bottom fraction of the page counts as a margin line
MARGIN_FRACTION = 0.12
#: how many lines at the top and bottom of a page are looked at
EDGE_LINES = 2
#: running text stands on at least this share of the pages with text (and on two)
RUNNING_SHARE = 0.6
#: positions closer than this (points) are the same position
POSITION_POINTS = 3.0

_DIGITS = "0-9０-９"
PAGE_NUMBER = regex.compile(
    rf"""^\s*(?:
        [-‐－—–―~～〜\s]*[{_DIGITS}]{{1,4}}[-‐－—–―~～〜\s]*
      | [{_DIGITS}]{{1,4}}\s*[/／]\s*[{_DIGITS}]{{1,4}}
      | [PpＰｐ]\s*[.．]?\s*[{_DIGITS}]{{1,4}}
      | [(（]\s*[{_DIGITS}]{{1,4}}\s*[)）]
      | (?i:page)\s*[{_DIGITS}]{{1,4}}(?:\s*(?i:of)\s*[{_DIGITS}]{{1,4}})?
    )\s*$""",
    regex.VERBOSE,
)
_MASK = regex.compile(rf"[{_DIGITS}]+")
_SPACE = regex.compile(r"\s+")


def _key(line: Line) -> str:
    return _SPACE.sub("", _MASK.sub("#", line.text))


def _edge_lines(lines: Sequence[Line], height: float) -> list[tuple[int, str]]:
    """(index, 'top'|'bottom') of the lines a running text or page number may be."""
    found: list[tuple[int, str]] = []
    for index in range(min(EDGE_LINES, len(lines))):
        if lines[index].bottom <= height * MARGIN_FRACTION:
            found.append((index, "top"))
    for index in range(max(len(lines) - EDGE_LINES, 0), len(lines)):
        if lines[index].top >= height * (1 - MARGIN_FRACTION) and (index, "top") not in found:
            found.append((index, "bottom"))
    return found


def remove_running_text(
    pages: Sequence[list[Line]], heights: Sequence[float], numbers: Sequence[int]
) -> list[Warning]:
    """Remove running headers/footers and page numbers from ``pages`` (in place)."""
    edges = [_edge_lines(lines, height) for lines, height in zip(pages, heights, strict=True)]
    with_text = sum(1 for lines in pages if lines)

    # group margin lines by (text without digits, place, height on the page)
    groups: dict[tuple[str, str], list[tuple[int, int, float]]] = defaultdict(list)
    for page_index, page_edges in enumerate(edges):
        for line_index, place in page_edges:
            line = pages[page_index][line_index]
            groups[(_key(line), place)].append((page_index, line_index, line.top))

    needed = max(2, math.ceil(RUNNING_SHARE * with_text))
    remove: dict[int, set[int]] = defaultdict(set)
    reports: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for (_, place), members in groups.items():
        for cluster in _clusters(members):
            pages_hit = {page_index for page_index, _, _ in cluster}
            if len(pages_hit) < needed:
                continue
            for page_index, line_index, _ in cluster:
                remove[page_index].add(line_index)
                line = pages[page_index][line_index]
                kind = "page number" if PAGE_NUMBER.match(line.text) else "running text"
                label = "page numbers" if kind == "page number" else repr(line.text.strip())
                reports[(kind, label, place)].append(numbers[page_index])

    # page numbers on pages where no running group caught them
    for page_index, page_edges in enumerate(edges):
        for line_index, place in page_edges:
            if line_index in remove[page_index]:
                continue
            line = pages[page_index][line_index]
            if PAGE_NUMBER.match(line.text):
                remove[page_index].add(line_index)
                reports[("page number", "page numbers", place)].append(numbers[page_index])

    for page_index, indexes in remove.items():
        pages[page_index][:] = [
            line for index, line in enumerate(pages[page_index]) if index not in indexes
        ]

    warnings = []
    for (kind, label, place), page_numbers in reports.items():
        where = "header" if place == "top" else "footer"
        what = label if kind == "page number" else f"running {where} {label}"
        warnings.append(
            Warning(
                code="removed_running_text",
                message=f"removed {what} ({place} of {_page_list(page_numbers)})",
            )
        )
    return warnings


def _clusters(
    members: list[tuple[int, int, float]],
) -> list[list[tuple[int, int, float]]]:
    """Split lines of the same text into groups standing at the same height."""
    members = sorted(members, key=lambda member: member[2])
    clusters: list[list[tuple[int, int, float]]] = []
    for member in members:
        if clusters and member[2] - clusters[-1][0][2] <= POSITION_POINTS:
            clusters[-1].append(member)
        else:
            clusters.append([member])
    return clusters


def _page_list(numbers: Sequence[int]) -> str:
    """``pages 1–3, 5`` for [1, 2, 3, 5]."""
    ordered = sorted(set(numbers))
    ranges: list[str] = []
    start = previous = ordered[0]
    for number in [*ordered[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        ranges.append(f"{start}" if start == previous else f"{start}–{previous}")
        if number is not None:
            start = previous = number
    noun = "page" if len(ordered) == 1 else "pages"
    return f"{noun} {', '.join(ranges)}"


__all__ = ["PAGE_NUMBER", "remove_running_text"]
