"""Rows of a listing that are not cases, and the units a listing's caption names
(decisions 1980–1983).

* **Subtotal and total rows** written with a gloss or a place: ``小計（福岡・佐賀・長崎）``,
  ``合　計``, ``【小計】``, ``福岡県計``, ``九州ブロック計``: the first written cell, without a
  bracketed gloss, is a total word of ``rules.case_list_totals`` or a short name ending in
  one (``…計``). Such a row is no case and does not end the sheet.
* **A unit caption over the whole sheet** (``（単位：人、％）``, ``単位：人・％``): each
  metric whose figures write no unit takes the caption's rate unit when its label names a
  rate (ends in ``率``), else the caption's one count unit.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs
import regex

from jirei.lines import Cell, Line
from jirei.model import Metric, Profile
from jirei.rules import DEFAULT_RULES, Rules

_GLOSS = regex.compile(r"[(\[【〔<＜（].*$")
_MARKS = regex.compile(r"^[\[【〔<＜(（]+|[\]】〕>＞)）]+$")
_SPACE = regex.compile(r"\s+")
_CAPTION = regex.compile(r"^\s*[(（]?\s*単\s*位\s*[:：]\s*(?P<units>[^)）\n]{1,24}?)\s*[)）]?\s*$")
_PARTS = regex.compile(r"[、,，・/／]")


def total_word(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a row's first written cell marks a subtotal or total row."""
    label = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    label = _MARKS.sub("", label)
    bare = _GLOSS.sub("", label) or label
    bare = _MARKS.sub("", bare)
    if not bare:
        return False
    if bare in rules.case_list_totals:
        return True
    # ``福岡県計`` / ``九州ブロック計`` / ``４局小計``: a short name ending in a total word
    return len(bare) <= 10 and any(
        bare.endswith(word) and len(word) <= 2 and word.endswith("計")
        for word in rules.case_list_totals
    ) and not bare.endswith(("設計", "会計", "統計", "時計"))


def is_total_row(cells: Sequence[Cell], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a sheet row is a subtotal or total row (its first written cell)."""
    first = next((c for c in cells if c.text.strip()), None)
    return first is not None and total_word(first.text, rules)


#: how many lines a page break may put between a sheet's last row and its header again
_PAGE_GAP = 8


def header_again(lines: Sequence[Line], at: int, header: int, first_row: int) -> int | None:
    """Where a sheet's rows go on after a page break: when the lines from ``at`` (blank
    lines, a page number, a form feed, a running head: none a table row) lead within a
    few lines to the sheet's header rows written again (``lines[header:first_row]``, cell
    for cell), the index of the first row under them; else None."""
    from jirei.tables.cells import label_form

    def shape(line: Line) -> list[str]:
        return [label_form(c.text) for c in line.cells()]

    want = [shape(lines[n]) for n in range(header, first_row)]
    for n in range(at, min(len(lines), at + _PAGE_GAP)):
        line = lines[n]
        if line.blank:
            continue
        text = line.text.lstrip("\f")
        if "\t" in text or "|" in text:
            if n + len(want) <= len(lines) and all(
                shape(lines[n + k]) == want[k] for k in range(len(want))
            ):
                return n + len(want)
            return None
        if len(text.strip()) > 40:
            return None
    return None


def caption_units(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The units a unit caption among ``lines`` names (``（単位：人、％）`` → (人, %))."""
    from jirei.tables.headunits import unit_of

    for line in lines:
        text = unicodedata.normalize("NFKC", line.text).strip()
        if "単" not in text:
            continue
        match = _CAPTION.match(text) or _CAPTION.search(text.rsplit(" ", 1)[-1])
        if match is None:
            continue
        units = tuple(
            unit for piece in _PARTS.split(match.group("units"))
            if (unit := unit_of(piece.strip(), rules)) is not None
        )
        if units:
            return units
    return ()


def _unit_for(label: str, units: Sequence[str]) -> str | None:
    if label.endswith("率"):
        return "%" if "%" in units else None
    counts = [u for u in units if u != "%"]
    return counts[0] if len(counts) == 1 else None


def with_caption_units(profile: Profile, units: Sequence[str]) -> Profile:
    """``profile`` with the caption's ``units`` given to its metrics' bare figures."""
    if not units or not profile.metrics:
        return profile
    from jirei.tables.headunits import with_unit

    out: list[Metric] = []
    for metric in profile.metrics:
        written = [q for q in (metric.target, metric.actual) if q is not None]
        unit = _unit_for(metric.label, units)
        if unit is not None and written and all(q.unit is None for q in written):
            metric = with_unit(metric, unit)
        out.append(metric)
    return attrs.evolve(profile, metrics=tuple(out))


__all__ = ["caption_units", "header_again", "is_total_row", "total_word", "with_caption_units"]
