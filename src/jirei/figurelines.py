"""Shapes of metrics stated outside tables that ``jirei.figures`` asks about (decisions
1440–1449): what a results reader's metric says about how it was read, the order a case
declares for ``target／actual`` pairs, and the headings of figures given for reference.

Words are data in ``rules/figures.toml``: ``label_trailers`` (leader dots and particles a
label may have kept: ``就職者数・・・・``, ``支援対象者数は``), ``reference_heads`` (``（参考）``,
``前年度の状況``: the figures under them are no metric) and ``pair_marks`` (``／``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.model import Metric
from jirei.rules import Rules, per_rules

#: leading marks and brackets before a heading's first word (``（参考）``, ``【参考】``, ``■``)
_LEAD = regex.compile(r"[\s\p{Ps}\p{Pi}■□◆◇●○◎・★☆▼▽▲△▷▶<＜〈《≪]*")
#: the longest heading read as a reference heading (a longer line is a sentence or a note)
_HEAD_CHARS = 25
#: a label of a figure and no letter: a figure read as a row's label (``120``)
_NO_LETTER = regex.compile(r"[^\p{L}]*[0-9０-９][^\p{L}]*")
_DIGIT = regex.compile(r"[0-9０-９]")


class _Words:
    """The compiled words of one ``Rules``."""

    def __init__(self, rules: Rules) -> None:
        table = rules.figures_table
        names = sorted(rules.metrics, key=len, reverse=True)
        any_name = "|".join(regex.escape(n) for n in names) or "(?!)"
        trailers = "".join(table.get("label_trailers", ()))
        self.trailed = (
            regex.compile(rf"(?P<name>{any_name})[{regex.escape(trailers)}\s]+")
            if trailers
            else None
        )
        self.name_first = regex.compile(rf"(?:{any_name})")
        self.references = tuple(table.get("reference_heads", ()))
        roles = {w: r for w, r in rules.columns.items() if r in ("target", "actual")}
        spelled = "|".join(regex.escape(w) for w in sorted(roles, key=len, reverse=True))
        marks = "".join(table.get("pair_marks", ()))
        self.roles = roles
        self.order = (
            regex.compile(
                rf"(?P<a>{spelled})\s*[{regex.escape(marks)}]\s*(?P<b>{spelled})"
            )
            if spelled and marks
            else None
        )
        self.marks = marks
        every = [
            w for w, r in rules.columns.items() if r in ("target", "actual", "achievement_rate")
        ]
        #: arrows between a target and an actual (``rules.result_arrows``) and pair marks
        self.arrows = "".join(
            a for a in (*rules.result_arrows, *marks, "⇒", "→", "▶", "➡") if len(a) == 1
        ) + " "
        self.any_role = regex.compile(
            "|".join(regex.escape(w) for w in sorted(every, key=len, reverse=True)) or "(?!)"
        )


@per_rules
def _words(rules: Rules) -> _Words:
    return _Words(rules)


def tidy_read(read: Sequence[Metric], rules: Rules) -> tuple[list[Metric], bool]:
    """The ``read`` metrics with a label that kept leader dots or a particle after a metric
    name cut to the name (``就職者数・・・・`` → ``就職者数``, with its key), and whether any
    of them was misread: a label of a figure and no letter (``120``: a figure read as it) or
    only a role word (``実績`` under a group ``就職者数``: a line read as a table), or a group
    holding figures with a metric name or a role word (a results line read as a caption)."""
    if all(m.key is not None and not m.group for m in read):  # the common case: known names
        return list(read), False
    words = _words(rules)
    out: list[Metric] = []
    misread = False
    for metric in read:
        if metric.key is None:  # a known name is no figure and no role word
            label = metric.label
            if words.trailed is not None:
                match = words.trailed.fullmatch(label)
                if match is not None:
                    name = match["name"]
                    metric = attrs.evolve(metric, label=name, key=rules.metrics.get(name))
                    label = name
            bare = label.lstrip(words.arrows)  # ``⇒実績``, ``⇒``: a gap-parted arrow line (2022)
            if _NO_LETTER.fullmatch(label) or words.any_role.fullmatch(bare) or (
                label.strip() and not bare
            ):
                misread = True
        if metric.group and _figure_group(metric.group, words):
            misread = True
        out.append(metric)
    return out, misread


def cleaned(read: Sequence[Metric], rules: Rules) -> list[Metric]:
    """The ``read`` metrics without what ``tidy_read`` calls misread, for when the shapes
    read nothing in their place: no metric whose label is a figure, no group holding figures
    with a metric name or a role word (a metric labelled with a role word is kept as read)."""
    words = _words(rules)
    out = []
    for metric in read:
        if _NO_LETTER.fullmatch(metric.label):
            continue
        if _figure_group(metric.group, words):
            metric = attrs.evolve(metric, group=None)
        out.append(metric)
    return out


def _figure_group(group: str | None, words: _Words) -> bool:
    """Whether ``group`` holds figures with a metric name or a role word: a results line
    read as a group (``支援対象者数目標140人実績151人``, ``目標70人以上/達成率125.7%``)."""
    return bool(
        group and _DIGIT.search(group)
        and (words.name_first.match(group) or words.any_role.search(group))
    )


def is_reference_head(text: str, rules: Rules, *, heading: bool = False) -> bool:
    """Whether ``text`` opens with a word saying its figures are given for reference or are
    an earlier year's (``（参考）前年度の状況``, ``【参考】``, ``前年度実績：…``); a ``heading``
    (a line without figures) must be short and no sentence, and a note (``※前年度から…``) is
    none."""
    words = _words(rules).references
    if not words:
        return False
    if heading and ("。" in text or len(text.strip()) > _HEAD_CHARS):
        return False
    rest = text[_LEAD.match(text).end() :]
    return rest.startswith(words)


def pair_order(texts: Sequence[str], rules: Rules) -> tuple[str, str] | None:
    """The roles of the two figures of a ``300人／327人`` pair, as a case declares them
    (``実績（目標／実績）``, ``※数値は「目標／実績」の順``), else None (not guessed)."""
    words = _words(rules)
    if words.order is None:
        return None
    found: set[tuple[str, str]] = set()
    for text in texts:
        if not any(mark in text for mark in words.marks):
            continue
        for match in words.order.finditer(text):
            a, b = words.roles[match["a"]], words.roles[match["b"]]
            if a != b:
                found.add((a, b))
    return found.pop() if len(found) == 1 else None


__all__ = ["cleaned", "is_reference_head", "pair_order", "tidy_read"]
