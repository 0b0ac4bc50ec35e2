"""Group headings among results lines (decisions 2706-2707).

Results written one metric a line (``◆就職者数：目標 40人 ／ 実績 45人``, ``就職者数　45人
（目標40人）``, ``支援対象者数 120人 → 138人``) may be split by target group, the group named
on a line of its own above its lines::

    〈生活保護受給者等〉
    ◆支援対象者数：目標 250人以上 ／ 実績 266人（達成率106.4%）
    〈障害者〉
    ◆就職者数：目標 40人 ／ 実績 45人（達成率112.5%）

A group heading is a short line without figures that is a name in a bracket pair
(``figures.toml [line_groups] brackets``), after a heading number or a chapter mark, or before
a lone colon, the name saying who the figures are of (it ends with a ``people`` word:
``…受給者``, ``…者等``, ``ひとり親``); a name holding a role word (``実績``), a fiscal year, a
bracket, a known metric name, a section's heading or a unit caption names no group. The
heading's group reaches the metric lines under it up to the next heading or the first blank
line after them; metrics a reader gave a group keep it. A group so written right before a
line's first metric name (``【障害者】就職者数 実績31人``) is that line's own (``group_before``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.lines import Line, Locate
from jirei.model import Metric
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: the longest group name (characters)
_MAX_NAME = 20
_DIGIT = regex.compile(r"\d")


@per_rules
def _brackets(rules: Rules) -> tuple[tuple[str, str], ...]:
    pairs = rules.figures_table.get("line_groups", {}).get("brackets", ())
    return tuple((pair[0], pair[-1]) for pair in pairs if len(pair) >= 2)


@per_rules
def _closings(rules: Rules) -> str:
    """A colon and every closing bracket of ``_brackets`` (stripped off a group heading's end)."""
    return ":" + "".join(pair[1] for pair in _brackets(rules))


@per_rules
def _people(rules: Rules) -> tuple[str, ...]:
    return tuple(rules.figures_table.get("line_groups", {}).get("people", ()))


@per_rules
def _year(rules: Rules) -> regex.Pattern[str]:
    from jirei.headings import fiscal_year

    return regex.compile(fiscal_year(rules))


def _name(text: str, rules: Rules) -> str | None:
    """The name a heading line writes (brackets, number, mark or colon removed), else None."""
    for opening, closing in _brackets(rules):
        if text.startswith(opening) and text.endswith(closing) and len(text) > 2:
            inner = text[len(opening) : -len(closing)].strip()
            return inner if opening not in inner and closing not in inner else None
    marks = tuple(rules.chapter_marks)
    if marks and text.startswith(marks):
        return text[1:].strip()
    if text.endswith(":") and text.count(":") == 1:
        return text[:-1].strip()
    from jirei.headings import strip_number

    stripped = strip_number(text, rules)
    return stripped if stripped != text else None


def group_heading(line: Line, rules: Rules = DEFAULT_RULES) -> str | None:
    """The group a line names when it is a group heading (see the module), else None."""
    text = line.text.strip()
    if not text or len(text) > _MAX_NAME + 6:
        return None
    if not text.rstrip(_closings(rules)).rstrip().endswith(_people(rules)):  # cheap precheck
        return None
    name = _name(text, rules)
    if not name or len(name) > _MAX_NAME or _DIGIT.search(name):
        return None
    if any(ch in name for ch in "。、:,/?()[]×") or name in rules.metrics:
        return None
    if not name.endswith(_people(rules)):  # who the figures are of (2707)
        return None
    from jirei.items import is_footnote
    from jirei.tables.headunits import is_unit_caption

    if is_footnote(line, rules) or is_unit_caption(text, rules) or _year(rules).search(name):
        return None
    roles = [w for w, role in rules.columns.items() if len(w) >= 2]
    if any(word in name for word in roles):
        return None
    from jirei.headwords import head_kind
    from jirei.sections import heading_key

    if heading_key(name, rules) in rules.sections or head_kind(text, rules) is not None:
        return None  # a section's heading (``【取組の成果】``, ``▽数字で見る成果``)
    return name


#: an item marker before the group (``・【障害者】…``)
_ITEM_MARK = regex.compile(r"^\s*[・◆◇●○■□▶▷※]\s*")


def group_before(text: str, at: int, rules: Rules = DEFAULT_RULES) -> str | None:
    """The group named right before ``at``, where a line's first metric name starts, by the
    whole of the line's or the cell's text before it (``【障害者】就職者数 実績31人``,
    ``| 〈ひとり親〉支援対象者数：… |``, ``<TAB>生活保護受給者等：就職者数…`` — normalisation writes
    a bracketed label opening a line with a colon; decision 3268); else None. That text must
    read as a group heading on a line of its own (``group_heading``: a name of people in a
    bracket pair or before a colon, no figure, no role word, no section)."""
    cell = max(text.rfind("|", 0, at), text.rfind("\t", 0, at)) + 1
    head = _ITEM_MARK.sub("", text[cell:at]).strip()
    if len(head) < 3 or len(head) > _MAX_NAME + 2 or head[-1] not in _closings(rules):
        return None  # (cheap precheck: a group's bracket or colon closes the text)
    return group_heading(Line(head, 0), rules)


def headed_groups(
    metrics: Sequence[Metric], lines: Sequence[Line], rules: Rules, locate: Locate
) -> tuple[list[Metric], set[int]]:
    """``metrics`` (read from ``lines``) with the groups their group headings name, and the
    starts of the heading lines that named one."""
    if not any(m.span is not None and m.group is None for m in metrics):
        return list(metrics), set()
    scopes: list[tuple[int, int, str, int]] = []  # (from, to, group, heading start)
    current: tuple[int, str, int] | None = None
    filled = False  # a non-blank line under the current heading
    for line in lines:
        name = None if line.blank else group_heading(line, rules)
        if name is not None or (line.blank and filled):
            if current is not None:
                scopes.append((current[0], locate(line.start, line.end).start, *current[1:]))
            current = None
            filled = False
            if name is not None:
                current = (locate(line.start, line.end).end, name, line.start)
            continue
        filled = filled or not line.blank
    if current is not None:
        scopes.append((current[0], 1 << 62, *current[1:]))
    if not scopes:
        return list(metrics), set()
    out: list[Metric] = []
    used: set[int] = set()
    for metric in metrics:
        scope = None
        if metric.group is None and metric.span is not None:
            at = metric.span.start
            scope = next((s for s in scopes if s[0] <= at < s[1]), None)
        if scope is None:
            out.append(metric)
            continue
        out.append(attrs.evolve(metric, group=scope[2]))
        used.add(scope[3])
    return out, used


__all__ = ["group_heading", "headed_groups"]
