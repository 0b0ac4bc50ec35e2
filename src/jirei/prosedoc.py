"""What a press release or a report around the cases told in prose gives them (decisions
2190-2209, branch prose9).

* **The numbered section the cases stand in ends the last case.** A release numbers its
  parts (``１　概要`` / ``２　令和4年度の実績（施設別）`` / ``３　局長コメント``): the next heading
  of the same form and a higher number after the last case closes it, so a 局長 comment, a
  notice and an attached table belong to no case.
* **The document's bureau.** A case naming no labour bureau takes the one bureau the
  document names before its first case (a release's lead, its contact box: the issuer)
  when that bureau is of the case's prefecture.
* **An attached table of every facility** (``施設名	支援対象者数（目標）	…	就職率``, one row a
  facility, cells apart by tabs or wide gaps) gives each case the metrics of its row that
  its sentences did not state; a column naming a role (目標 / 実績) of a metric the case
  already has adds nothing.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from jirei.errors import ValueParseError
from jirei.model import Metric, Profile, Quantity
from jirei.proseparts import Locate, _Patterns
from jirei.rules import Rules
from jirei.values.numbers import parse_number

#: a numbered section heading: ``2 令和4年度の実績(施設別)`` (after NFKC), ``二、…``, ``第3 …``
_NUMBERED = regex.compile(
    r"^[ \t]*(?P<mark>第?)(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?P<sep>[ \t.、]+)"
    r"(?P<body>[^\s。][^\n。]{0,40})$",
    regex.M,
)


def _value(n: str) -> int:
    """A section's number (``2``, ``十二``); -1 for a malformed numeral (``十十``)."""
    try:
        return int(parse_number(n))
    except ValueParseError:
        return -1


def section_end(text: str, first: int, last_from: int, hi: int) -> int:
    """Where the last case (its facts from ``last_from``) ends: at the next numbered heading
    of the form and level of the one over the first case (``first``) with a higher number,
    else ``hi``."""
    over = None
    for m in _NUMBERED.finditer(text, 0, first):
        over = m
    if over is None:
        return hi
    kind = (over["mark"], over["n"].isdigit())
    for m in _NUMBERED.finditer(text, last_from, hi):
        if (m["mark"], m["n"].isdigit()) == kind and _value(m["n"]) > _value(over["n"]):
            return m.start()
    return hi


_BUREAU = regex.compile(r"[\p{Han}]{2,3}労働局")


def document_bureau(text: str) -> tuple[str, int] | None:
    """The one labour bureau ``text`` names (with its first offset), else None."""
    from jirei.places import find_bureaus, prefecture_of_bureau

    found: dict[str, int] = {}
    for m in _BUREAU.finditer(text):
        name = m.group()
        for cut in (0, 1):  # (``県内の静岡労働局``: the longest name the places table knows)
            if prefecture_of_bureau(name[cut:]):
                exact = find_bureaus(name[cut:])  # (``講師静岡労働局``: the bureau's own name,
                if exact:  # a glued word before it dropped; decision 2288)
                    cut += exact[0][0]
                found.setdefault(name[cut:], m.start() + cut)
                break
    if len(found) != 1:
        return None
    return next(iter(found.items()))


_GAP = regex.compile(r"\t|[ ]{2,}")
_CELL_FIGURE = regex.compile(r"^(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)(?P<unit>人|件|%|名|回|社)?$")


def table_metrics(
    text: str, profiles: list[Profile], pats: _Patterns, rules: Rules, locate: Locate
) -> list[Profile]:
    """``profiles`` with the metrics an attached table's row of their facility adds."""
    if "\t" not in text and "  " not in text:  # cheap precheck: a table's gaps
        return profiles
    head: list[tuple[str, str | None] | None] | None = None
    rows: dict[str, list[tuple[str, int]]] = {}
    names = {p.facility_name: p for p in profiles if p.facility_name}
    for m in regex.finditer(r"(?m)^[^\n]+$", text):
        line = m.group()
        if not _GAP.search(line):
            head = None if not line.strip() else head
            continue
        cells: list[tuple[str, int]] = []
        pos = 0
        for g in _GAP.finditer(line):
            if line[pos : g.start()].strip():
                cells.append((line[pos : g.start()].strip(), m.start() + pos))
            pos = g.end()
        if line[pos:].strip():
            cells.append((line[pos:].strip(), m.start() + pos))
        if len(cells) < 3:
            continue
        labelled = [_head_cell(c, pats, rules) for c, _ in cells[1:]]
        if sum(x is not None for x in labelled) >= 2:  # (a column of no metric: skipped)
            head = labelled  # type: ignore[assignment]
            continue
        if head is None or len(cells) - 1 != len(head):
            continue
        name = next((n for n in names if cells[0][0].startswith(n)), None)
        if name is not None:
            rows[name] = cells[1:]
    if not rows or head is None:
        return profiles
    import attrs

    out = []
    for p in profiles:
        row = rows.get(p.facility_name or "")
        if row is None:
            out.append(p)
            continue
        columns = _row_figures(head, row, locate)
        have = {m.label for m in p.metrics}
        metrics = [_filled(m, columns.get(m.label, {})) for m in p.metrics]  # (2284)
        added: list[Metric] = []
        for label, roles in columns.items():
            if label in have or "actual" not in roles:
                continue
            actual = roles["actual"]
            if actual.unit is None and label.endswith("率"):
                actual = attrs.evolve(actual, unit="%")
            added.append(
                Metric(
                    label=label,
                    key=rules.metrics.get(label),
                    target=None,
                    actual=actual,
                    achievement_rate=None,
                    span=actual.span,
                )
            )
        changed = added or any(a is not b for a, b in zip(metrics, p.metrics, strict=True))
        out.append(attrs.evolve(p, metrics=(*metrics, *added)) if changed else p)
    return out


def _row_figures(
    head: list[tuple[str, str | None] | None], row: list[tuple[str, int]], locate: Locate
) -> dict[str, dict[str, Quantity]]:
    """A table row's figures by metric and role (``actual`` for a column of no role; a bare
    ``達成率`` column is the rate of the metric of the columns before it)."""
    out: dict[str, dict[str, Quantity]] = {}
    last: str | None = None
    for column, (cell, at) in zip(head, row, strict=True):
        if column is None:
            continue
        label, role = column
        if label == "" and role == "rate":
            if last is None:
                continue
            label = last
        last = label
        fig = _CELL_FIGURE.match(cell.replace("%", "%"))
        if fig is None:
            continue
        raw = fig["num"].replace(",", "")
        value: int | Decimal = Decimal(raw) if "." in raw else int(raw)
        span = locate(at, at + len(cell))
        out.setdefault(label, {}).setdefault(
            role or "actual", Quantity(value, fig["unit"] or None, None, span)
        )
    return out


def _filled(metric: Metric, roles: dict[str, Quantity]) -> Metric:
    """``metric`` with the target and the rate its sentences left out and its table row
    states (the actual must agree with the row's, when the row has one; decision 2284)."""
    import attrs

    if not roles:
        return metric
    actual = roles.get("actual")
    if actual is not None and metric.actual is not None and actual.value != metric.actual.value:
        return metric  # another year's or another group's figures: not this metric's row
    changes: dict[str, object] = {}
    target = roles.get("target")
    if metric.target is None and target is not None:
        unit = target.unit or (metric.actual.unit if metric.actual is not None else None)
        changes["target"] = attrs.evolve(target, unit=unit)
    rate = roles.get("rate")
    if metric.achievement_rate is None and rate is not None:
        changes["achievement_rate"] = Decimal(rate.value)
        changes["achievement_span"] = rate.span
    return attrs.evolve(metric, **changes) if changes else metric


def _head_cell(cell: str, pats: _Patterns, rules: Rules) -> tuple[str, str | None] | None:
    """A head cell: a metric name of the prose labels, with a role in brackets, glued after
    it (``支援対象者数目標``) or none; a bare rate word is the rate of the columns before it."""
    if pats.rate.fullmatch(cell):
        return "", "rate"
    glued = regex.fullmatch(r"(?P<label>.+?)(?P<role>目標|実績)", cell)
    if glued is not None and pats.label.fullmatch(glued["label"]):
        cell = f"{glued['label']}({glued['role']})"
    m = regex.fullmatch(r"(?P<label>[^()]+?)(?:\((?P<role>[^()]{1,6})\))?", cell)
    if m is None or not pats.label.fullmatch(m["label"]) or m["label"] not in rules.metrics:
        return None
    role = m["role"]
    if role is None:
        return m["label"], None
    if pats.target.search(role):
        return m["label"], "target"
    if "実績" in role:
        return m["label"], "actual"
    return None
