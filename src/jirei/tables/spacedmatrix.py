"""A group matrix (``jirei.tables.groupmatrix``) whose cells are parted by ONE space, as PDF
text extraction writes it (decision 2452)::

    区分 支援対象者数 就職者数
    生活保護受給者 ９８人 ６１人
    児童扶養手当受給者 ４２人 ３０人
    相談件数 約１，２００件

The header is a stub word (``rules.columns`` of role label or group: 区分, 対象) then two
known metric labels or more (``rules.metrics``), its pieces cut as ``jirei.spacedcells``
cuts them (also where normalisation removed the space between two kanji words). The stub
may be missing — the table's corner cell left empty, as a PDF export drops it — over rows
led by a role word (a transposed table, decision 2876)::

    支援対象者数 就職率 相談件数
    目標 200人以上 60%以上 約2,000件
    実績 236人(達成率118.0%) 62.7%(就職者数148人) 2,214件

A row under
it may hold fewer figures than the header names metrics (the last row above: one metric of
its own, ``groupmatrix.stray_metric``); its missing cells are given empty. The rows
themselves are read by ``jirei.tables.spacedrows``.
"""

from __future__ import annotations

import regex

from jirei.lines import Cell, Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.spacedcells import Gap, fewest_groups, pieces
from jirei.tables.cells import _SENTENCE_END, column_role, label_form
from jirei.tables.grid import LABEL_ROLES

#: the longest header line looked at
_MAX_HEADER = 80


def matrix_header(line: Line, gap: Gap | None, rules: Rules = DEFAULT_RULES) -> list[Cell] | None:
    """The cells of a single-space group matrix's header (a stub, then two metric labels or
    more; the stub empty when none is written), else None."""
    text = line.text
    if len(text) > _MAX_HEADER or _SENTENCE_END in text or not text.strip():
        return None
    if _last_name(rules).search(label_form(text)) is None:
        return None  # (exact precheck: the last group is a metric label)

    def accept(group: str, first: bool) -> bool:
        if label_form(group) in rules.metrics:
            return True  # (an empty corner: the first group a metric too, decision 2876)
        return first and column_role(group, rules) in LABEL_ROLES

    groups = fewest_groups(line, pieces(line, gap), accept)
    if groups is None:
        return None
    if label_form(groups[0].text) in rules.metrics:
        at = groups[0].start
        groups.insert(0, Cell("", at, at))
    if len(groups) < 3:
        return None
    return groups


def names_metrics(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` (spaces aside) is two known metric labels or more, maybe after a stub
    word (``支援対象者数就職率相談件数``, ``項目支援対象者数就職者数``: the header of a table whose
    columns are metrics, its cells' spaces removed by normalisation; decision 2876)."""
    match = _names(rules).fullmatch(label_form(text))
    return match is not None and len(match.captures("name")) >= 2


@per_rules
def _last_name(rules: Rules) -> regex.Pattern[str]:
    """A metric label (``rules.metrics``) closing a text."""
    ordered = sorted((w for w in rules.metrics if w), key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(regex.escape(w) for w in ordered) or '(?!)'})$")


@per_rules
def _names(rules: Rules) -> regex.Pattern[str]:
    """An optional stub word (``rules.columns`` of role label or group), then metric labels
    (``rules.metrics``), each captured as ``name``."""
    def alternation(words: list[str]) -> str:
        ordered = sorted((w for w in words if w), key=len, reverse=True)
        return "|".join(regex.escape(w) for w in ordered) or "(?!)"

    stubs = [w for w, role in rules.columns.items() if role in LABEL_ROLES]
    return regex.compile(
        rf"(?:{alternation(stubs)})?(?:(?P<name>{alternation(list(rules.metrics))}))+"
    )


def padded(cells: list[Cell], width: int) -> list[Cell]:
    """A matrix row's cells (a label, then its figures) with empty cells after its last
    figure up to ``width`` figure columns."""
    at = cells[-1].end
    return [*cells, *(Cell("", at, at) for _ in range(width + 1 - len(cells)))]


__all__ = ["matrix_header", "names_metrics", "padded"]
