"""Results rows whose figures share one cell, apart by slashes (decisions 2131-2133).

A terse memo writes each results row as its name and its figures in one run,
``支援対象者数　　300人以上／318人／106.0%``, and says once which figure is which:
a legend (``※各施設の数値は「目標／実績／達成率」の順``), a header over the rows
(``区分　目標／実績／達成率``) or the results heading itself
(``■実績（目標／実績／達成率）``). ``－`` is no figure. The nearest such legend before
a row gives the order of its parts; with none, three parts whose last is a rate or a
dash are read target / actual / rate (the order the genre writes). Two parts and no
legend are left alone: ``実績／目標`` and ``目標／実績`` both occur.

The rows are read wherever they stand in a case (a heading with a bracket after it such as
``■実績（初年度のため目標設定なし）`` names no section the readers know); the metrics any other
reader made of the same lines are replaced, and the lines leave the case's unclassified
text, initiatives and other results.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

import attrs
import regex

from jirei.errors import ValueParseError
from jirei.model import Metric, Profile, Quantity, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.cells import row_label
from jirei.values.dates import find_dates
from jirei.values.quantities import parse_quantity
from jirei.values.rates import parse_rate

Locate = Callable[[int, int], Span]

#: the dashes that stand for "no figure" in a part
_DASHES = "-−ー―—‐–~〜"
_D = "".join("\\" + ch if ch in "-~" else ch for ch in _DASHES)
_SLASH = r"[ \t\u3000]*[/／][ \t\u3000]*"
#: one part: a dash, or a figure (a qualifier before it, digits, a unit and a bound after it)
#: (a figure may close on a bracket naming another figure, spaces or a colon inside it:
#: ``61.2%(就職者数 41人)``, ``59.8%(支援対象者数:97人)``; decision 3243)
_PART = rf"(?:[{_D}]|[^\s/／:：{_D}][^\s/／]{{0,14}}?(?:\([^()/／\n]{{1,20}}\))?)"
#: a whole row: name, a gap or a colon, two to four parts
_ROW = regex.compile(
    rf"^[ \t\u3000]*(?P<label>[^\s/／:：0-9][^\s/／:：]{{1,24}}?)"
    rf"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)"
    rf"(?P<parts>{_PART}(?:{_SLASH}{_PART}){{1,3}})[ \t\u3000]*$",
    regex.M,
)
_SPLIT = regex.compile(_SLASH)
#: a cheap precheck: a unit or a rate before a slash, or after it a dash, a figure with its
#: unit or a number closing the line (a date's slashes between bare numbers pass only at a
#: line's end, and ``find_dates`` drops them)
_PRECHECK = regex.compile(
    rf"[%人件名社][ \t\u3000]*[/／]"
    rf"|[/／][ \t\u3000]*(?:[{_D}]|約|[0-9][0-9,.]*[ \t\u3000]*(?:[%人件名社]|$))",
    regex.M,
)


@attrs.frozen
class _Words:
    roles: dict[str, str]
    legend: regex.Pattern[str]


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> _Words:
    wanted = ("target", "actual", "achievement_rate")
    roles = {word: role for word, role in rules.columns.items() if role in wanted}
    alt = "|".join(regex.escape(w) for w in sorted(roles, key=len, reverse=True)) or "(?!)"
    legend = regex.compile(
        rf"(?P<words>(?:{alt})(?:[ \t\u3000]*[/／][ \t\u3000]*(?:{alt})){{1,3}})"
        rf"|(?P<dotted>(?:{alt})(?:[・、](?:{alt})){{1,3}})(?=[」』)）]?の?順)"
        # ``■実績（目標・実績）``: the roles in a bracket of their own
        rf"|(?<=[(（])(?P<dotted>(?:{alt})(?:[・、](?:{alt})){{1,3}})(?=[)）])"
    )
    return _Words(roles, legend)


def _legends(text: str, words: _Words) -> list[tuple[int, list[str]]]:
    """Every legend in ``text``: its offset and the roles it names, in order."""
    out = []
    for match in words.legend.finditer(text):
        written = match.group("words") or match.group("dotted")
        names = regex.split(r"[ \t\u3000]*[/／・、][ \t\u3000]*", written)
        roles = [words.roles[n] for n in names]
        if len(set(roles)) == len(roles):
            out.append((match.start(), roles))
    return out


@attrs.frozen
class SlashRow:
    """One row: its name, its parts (text and offsets; None for a dash) and its line."""

    label: str
    label_start: int
    label_end: int
    parts: tuple[tuple[str, int, int] | None, ...]
    start: int
    end: int


def slash_rows(text: str) -> list[SlashRow]:
    """Every row of ``text`` written ``name  part／part[／part]``."""
    lines: list[tuple[int, int]] = []
    for hit in _PRECHECK.finditer(text):
        if lines and hit.start() < lines[-1][1]:
            continue
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        lines.append((start, len(text) if end < 0 else end))
    out = []
    for start, end in lines:
        match = _ROW.match(text, start, end)
        if match is None:
            continue
        written = match.group("parts")
        base = match.start("parts")
        parts: list[tuple[str, int, int] | None] = []
        at = 0
        for piece in _SPLIT.split(written):
            offset = written.index(piece, at)
            at = offset + len(piece)
            if piece and all(ch in _DASHES for ch in piece):
                parts.append(None)
            else:
                parts.append((piece, base + offset, base + offset + len(piece)))
        if any(find_dates(written)):  # 2019/10/1: a date, no figures
            continue
        out.append(
            SlashRow(
                match.group("label"),
                match.start("label"),
                match.end("label"),
                tuple(parts),
                match.start(),
                match.end(),
            )
        )
    return out


def is_slash_row(line: str) -> bool:
    """Whether ``line`` is one results row of figures apart by slashes (``就職者数：40人/42人``):
    a results line, never a case's headline (decision 2143)."""
    match = _ROW.fullmatch(line.rstrip("\n"))
    return match is not None and not any(find_dates(match.group("parts")))


def _quantity(part: tuple[str, int, int], locate: Locate, rules: Rules) -> Quantity | None:
    written, start, end = part
    try:
        value = parse_quantity(written, rules)
    except ValueParseError:
        return None
    return attrs.evolve(value, span=locate(start, end))


def _rate(part: tuple[str, int, int], rules: Rules) -> Decimal | None:
    try:
        return parse_rate(part[0], rules)
    except ValueParseError:
        try:
            value = parse_quantity(part[0], rules)
        except ValueParseError:
            return None
        return Decimal(value.value) if value.unit is None else None


def _default_roles(row: SlashRow, rules: Rules) -> list[str] | None:
    """Target / actual / rate for three parts whose last is a rate or a dash."""
    if len(row.parts) != 3:
        return None
    last = row.parts[2]
    if last is not None and _rate(last, rules) is None:
        return None
    return ["target", "actual", "achievement_rate"]


def read_row(
    row: SlashRow, roles: Sequence[str], locate: Locate, rules: Rules = DEFAULT_RULES
) -> Metric | None:
    """The metric ``row`` states with its parts in the order of ``roles``; None when a part
    is no figure or the row states none."""
    if len(roles) != len(row.parts):
        return None
    target = actual = None
    rate: Decimal | None = None
    rate_span: Span | None = None
    for role, part in zip(roles, row.parts, strict=True):
        if part is None:
            continue
        if role == "achievement_rate":
            rate = _rate(part, rules)
            if rate is None:
                return None
            rate_span = locate(part[1], part[2])
            continue
        part, stated = _stated_rate(part, rules)
        if stated is not None:
            rate, rate_span = stated[0], locate(stated[1], stated[2])
        quantity = _quantity(part, locate, rules)
        if quantity is None:
            return None
        if role == "target":
            target = quantity
        else:
            actual = quantity
    if target is None and actual is None:
        return None
    if target is not None and actual is not None:  # ``120／131人``: one unit for both
        if target.unit is None and actual.unit is not None:
            target = attrs.evolve(target, unit=actual.unit)
        elif actual.unit is None and target.unit is not None:
            actual = attrs.evolve(actual, unit=target.unit)
    if not any(q is not None and q.unit is not None for q in (target, actual)):
        if rules.metrics.get(row_label(row.label, rules)) is None:
            return None  # bare numbers under an unknown name: no results row
    label = row_label(row.label, rules)
    return Metric(
        label=label,
        key=rules.metrics.get(label),
        target=target,
        actual=actual,
        achievement_rate=rate,
        span=locate(row.start, row.end),
        achievement_span=rate_span,
    )


def _stated_rate(
    part: tuple[str, int, int], rules: Rules
) -> tuple[tuple[str, int, int], tuple[Decimal, int, int] | None]:
    """A figure with its rate in a bracket after it (``197人（達成率109.4%）``, decision 3566):
    the figure alone and the rate with its offsets; else the part as it was and None."""
    match = _INNER.match(part[0])
    if match is None or rules.columns.get(match.group("label").strip()) != "achievement_rate":
        return part, None
    try:
        rate = parse_rate(match.group("value"), rules)
    except ValueParseError:
        return part, None
    start = part[1]
    figure = (match.group("figure"), start, start + match.end("figure"))
    return figure, (rate, start + match.start("value"), start + match.end("value"))


#: a figure with a bracket after it naming another metric and its figure
#: (``59.8%(就職者数58人)``, decision 3243)
_INNER = regex.compile(
    r"^(?P<figure>[^()]*?\d[^()]*?)\s*\((?P<label>[^()\d]{2,16}?)\s*:?\s*(?P<value>\d[^()]{0,12})\)$"
)


def _inner_figures(
    row: SlashRow, locate: Locate, rules: Rules
) -> tuple[SlashRow, list[Metric]]:
    """``row`` with each part's bracket naming another metric and its figure cut off, and
    those metrics (``59.8%(就職者数58人)``: the rate, then 就職者数 58人; decision 3243).
    A bracket whose label is no metric name of the rules stays (a note, ``(見込み)``)."""
    parts: list[tuple[str, int, int] | None] = []
    inner: list[Metric] = []
    for part in row.parts:
        match = _INNER.match(part[0]) if part is not None else None
        label = row_label(match.group("label"), rules) if match is not None else None
        if match is None or part is None or label is None or label not in rules.metrics:
            parts.append(part)
            continue
        start = part[1]
        try:
            value = parse_quantity(match.group("value"), rules)
        except ValueParseError:
            parts.append(part)
            continue
        written = locate(start + match.start("value"), start + match.end("value"))
        inner.append(
            Metric(
                label=label,
                key=rules.metrics.get(label),
                actual=attrs.evolve(value, span=written),
                span=locate(start + match.start("label"), start + match.end("value")),
            )
        )
        parts.append((match.group("figure"), start, start + match.end("figure")))
    if not inner:
        return row, []
    return attrs.evolve(row, parts=tuple(parts)), inner


def _inside(span: Span | None, lines: Sequence[Span]) -> bool:
    return span is not None and any(s.start <= span.start < s.end for s in lines)


def _metric_spans(metric: Metric) -> list[Span]:
    target, actual = metric.target, metric.actual
    spans = (
        metric.span,
        None if target is None else target.span,
        None if actual is None else actual.span,
    )
    return [s for s in spans if s is not None]


def _metric_start(metric: Metric) -> int:
    spans = _metric_spans(metric)
    return spans[0].start if spans else -1


def with_slash_rows(
    profiles: Sequence[Profile], text: str, locate: Locate, rules: Rules = DEFAULT_RULES
) -> list[Profile]:
    """``profiles`` with the slash rows inside each case read as its metrics (``text``: the
    text the profiles were read from; ``locate`` maps its offsets to the original's)."""
    rows = slash_rows(text)
    if not rows:
        return list(profiles)
    legends = _legends(text, _words(rules))
    read: list[tuple[Metric, Span]] = []
    for row in rows:
        before = [roles for at, roles in legends if at < row.start]
        roles = before[-1] if before and len(before[-1]) == len(row.parts) else None
        if roles is None:
            roles = _default_roles(row, rules)
        if roles is None:
            continue
        row, inner = _inner_figures(row, locate, rules)
        metric = read_row(row, roles, locate, rules)
        if metric is not None:
            read.append((metric, locate(row.start, row.end)))
            read.extend((m, locate(row.start, row.end)) for m in inner)
    if not read:
        return list(profiles)
    out = []
    for profile in profiles:
        where = profile.span
        mine = [(m, s) for m, s in read if where is not None and where.start <= s.start < where.end]
        if not mine:
            out.append(profile)
            continue
        lines = [s for _, s in mine]
        kept = [m for m in profile.metrics if not any(_inside(s, lines) for s in _metric_spans(m))]
        metrics = sorted([*kept, *(m for m, _ in mine)], key=_metric_start)
        out.append(_without_lines(attrs.evolve(profile, metrics=tuple(metrics)), lines))
    return out


def _without_lines(profile: Profile, lines: Sequence[Span]) -> Profile:
    """``profile`` without the unclassified text, initiatives and other results read from
    ``lines`` (they were a results table no reader took)."""
    first, last = min(s.start for s in lines), max(s.end for s in lines)
    unclassified = tuple(
        block
        for block in profile.unclassified
        if block.span is None or not (first <= block.span.start and block.span.end <= last)
    )
    changes: dict[str, object] = {"unclassified": unclassified}
    fields = (("initiatives", "initiative_spans"), ("other_results", "other_result_spans"))
    for items, spans in fields:
        values, where = getattr(profile, items), getattr(profile, spans)
        if len(values) != len(where):
            continue
        keep = [n for n, s in enumerate(where) if not (first <= s.start and s.end <= last)]
        if len(keep) != len(values):
            changes[items] = tuple(values[n] for n in keep)
            changes[spans] = tuple(where[n] for n in keep)
    return attrs.evolve(profile, **changes)


__all__ = ["SlashRow", "is_slash_row", "read_row", "slash_rows", "with_slash_rows"]
