"""The figures of a case told in prose (decisions 2150-2169): clauses that open with a
metric's name (``支援対象者数は、目標240人以上に対し実績263人、達成率は109.6%``), kanji
numerals and パーセント too, read as metrics.
"""

from __future__ import annotations

from decimal import Decimal

from jirei.model import Metric, Quantity
from jirei.prosecolumns import header_roles, row_slots
from jirei.proseparts import Locate, _Patterns
from jirei.prosewrap import runs_on
from jirei.rules import Rules
from jirei.values.numbers import parse_number

_KANJI_DIGITS = "〇一二三四五六七八九"


def _number(text: str) -> int | Decimal:
    if "・" in text:
        whole, frac = text.split("・", 1)
        digits = "".join(str(_KANJI_DIGITS.index(c)) for c in frac)
        return Decimal(f"{parse_number(whole)}.{digits}")
    value = parse_number(text.replace(",", ""))
    return value


def _joined(text: str, lo: int, hi: int) -> tuple[str, list[int]]:
    """``text[lo:hi]`` with its line breaks (and the indents after them) taken out, a hard
    wrap having cut a figure, its unit or its qualifier (``目標200`` / ``人以上``, ``120人程``
    / ``度``), and the offset in ``text`` of each character kept."""
    chunk = text[lo:hi]
    if "\n" not in chunk:
        return chunk, list(range(lo, hi + 1))
    kept: list[str] = []
    at: list[int] = []
    i = lo
    while i < hi:
        if text[i] == "\n":
            i += 1
            while i < hi and text[i] in " \t\u3000":
                i += 1
            continue
        kept.append(text[i])
        at.append(i)
        i += 1
    at.append(hi)
    return "".join(kept), at


#: what may stand before a label's leading word (``、うち``, a line's start): not ``のうち``
_LEAD_BEFORE = "、,。 \t\u3000\n("


def _led_label(text: str, start: int, label: str, rules: Rules) -> tuple[str, int]:
    """``label`` with a word of ``[prose] label_leads`` written right before it when the two
    are one metric alias (``うち紹介就職``) and the word opens its clause; and where it starts."""
    for lead in rules.figures_table.get("prose", {}).get("label_leads", ()):
        at = start - len(lead)
        if (
            at >= 0
            and text.startswith(lead, at)
            and lead + label in rules.metrics
            and (at == 0 or text[at - 1] in _LEAD_BEFORE)
        ):
            return lead + label, at
    return label, start


class _RateTopic:
    """A rate word as the topic of its sentence right before a metric's name (``達成率は支援
    対象者数が115.0%、就職者数が121.0%``): each % figure of the names after it is that name's
    rate — not ``達成率は87.5%にとどまったものの、就職者数は231人`` (a figure of its own, then
    another name with a count)."""

    def search(self, before: str, pats: _Patterns) -> bool:
        for m in pats.rate.finditer(before):
            for particle in ("では", "は", "が"):
                if before.startswith(particle, m.end()):
                    rest = before[m.end() + len(particle) :].lstrip("、, \u3000")
                    named = pats.label.match(rest)
                    counts = [f for f in pats.figure.finditer(rest) if f["unit"] != "%"]
                    if (named is not None or not rest) and not counts:
                        return True
                    break
        return False


_RATE_TOPIC = _RateTopic()


def _joined_keys(order: list[str], got: dict[str, dict[str, object]], rules: Rules) -> list[str]:
    """``order`` with each name stating no actual joined to the one name of its metric key
    that states one (``就職者は121人`` … ``就職者数（目標100人以上）が121.0%``: one metric, the
    label of the sentence giving the actual; decision 3473)."""
    out = list(order)
    for label in order:
        slots = got[label]
        key = rules.metrics.get(label)
        if key is None or "actual" in slots:
            continue
        peers = [o for o in out if o != label and rules.metrics.get(o) == key]
        if len(peers) != 1 or "actual" not in got[peers[0]]:
            continue
        peer = got[peers[0]]
        if any(k in peer for k in ("target", "rate") if k in slots):
            continue  # both state a target or a rate: two metrics as written
        for k in ("target", "rate"):
            if k in slots:
                peer[k] = slots[k]
        out.remove(label)
    return out


def _metrics(
    text: str,
    lo: int,
    hi: int,
    masked: list[tuple[int, int]],
    pats: _Patterns,
    rules: Rules,
    locate: Locate,
) -> list[Metric]:
    def hidden(pos: int) -> bool:
        return any(a <= pos < b for a, b in masked)

    order: list[str] = []
    got: dict[str, dict[str, object]] = {}
    ditto = tuple(rules.figures_table.get("prose", {}).get("rate_ditto", ())) or ("\0",)
    labels = [m for m in pats.label.finditer(text, lo, hi) if not hidden(m.start())]
    for n, m in enumerate(labels):
        nxt = labels[n + 1].start() if n + 1 < len(labels) else hi
        nl = text.find("\n", m.end(), hi)
        while nl >= 0 and runs_on(text, nl, hi):  # a clause wrapped over lines (2273)
            nl = text.find("\n", nl + 1, hi)
        stops = (text.find("。", m.end(), hi), nl)
        end = min(nxt, *(i for i in stops if i >= 0), hi)
        clause_lo = m.end()
        slots: dict[str, object] = {}
        scan, at = _joined(text, clause_lo, end)  # figures cut by a line break (2726)
        last = 0
        sentence = text.rfind("。", lo, m.start()) + 1 or lo
        rate_topic = _RATE_TOPIC.search(text[sentence : m.start()], pats)
        line_start = text.rfind("\n", 0, m.start()) + 1
        roles = (  # a row under a header of role columns (``目標　実績　達成率``: 3408)
            header_roles(text, line_start, rules)
            if not text[line_start : m.start()].strip()
            else None
        )
        columns = (
            row_slots(text, line_start, m.end(), roles, pats, rules, locate) if roles else None
        )
        if columns is not None:
            slots.update(columns)
        for f in () if columns is not None else pats.figure.finditer(scan):
            before = scan[last : f.start()]
            last = f.end()
            try:
                value = _number(f["num"])
            except Exception:
                continue
            unit = f["unit"]
            unit = "%" if unit in ("%", "パーセント") else rules.units.get(unit, unit)
            span = locate(at[f.start()], at[f.end() - 1] + 1)
            same = "同じく" in before and "rate" not in slots and "actual" in slots
            dittoed = before.rstrip(" (（").endswith(ditto)
            if dittoed and unit == "%" and "rate" not in slots:
                # ``（同116.9％）``: the rate word the sentence named before (decision 2726)
                same = same or bool(pats.rate.search(text, sentence, at[f.start()]))
            if unit == "%" and "rate" not in slots and rate_topic:
                same = True  # ``達成率は支援対象者数が115.0%、…`` (decision 3473)
            if pats.rate.search(before) or same:
                if unit == "%" and "rate" not in slots:
                    slots["rate"] = (Decimal(value), span)
                continue
            if pats.previous.search(before):
                continue  # compared with the year before (``前年度より15人多い``)
            hedge = "約" if scan.endswith("約", 0, f.start()) else None  # ``約1,900件`` (2288)
            qty = Quantity(value, unit, f["qual"] or hedge, span)
            if "target" not in slots and (
                pats.target.search(before)
                or pats.target_after.match(scan, f.end())
                or (dittoed and pats.target.search(text, sentence, at[f.start()]))
            ):  # ``目標400人``; ``400人以上とする目標`` (3121); ``（同290人）`` (3473)
                slots["target"] = qty
            elif "actual" not in slots:
                slots["actual"] = qty
        label, first = _led_label(text, m.start(), m.group(), rules)  # ``うち…`` (3122)
        if "actual" not in slots and "target" not in slots:
            if not (rate_topic and "rate" in slots and label in got):
                continue  # (a rate alone joins the name's figures read before: 3473)
        slots["span"] = locate(first, end)
        if label in got:
            have = got[label]
            for key, value in slots.items():
                have.setdefault(key, value)
            continue
        order.append(label)
        got[label] = slots
    order = _joined_keys(order, got, rules)  # ``就職者数（目標100人以上）`` (3473)
    out = []
    for label in order:
        s = got[label]
        rate = s.get("rate")
        out.append(
            Metric(
                label=label,
                key=rules.metrics.get(label),
                target=s.get("target"),  # type: ignore[arg-type]
                actual=s.get("actual"),  # type: ignore[arg-type]
                achievement_rate=None if rate is None else rate[0],  # type: ignore[index]
                span=s["span"],  # type: ignore[arg-type]
                achievement_span=None if rate is None else rate[1],  # type: ignore[index]
            )
        )
    return out
