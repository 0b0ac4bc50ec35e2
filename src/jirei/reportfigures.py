"""Results sentences spoken in a meeting's report (decisions 2430-2449, branch minutes11).

A secretariat's turn states each result in a sentence of its own
(``支援対象者数については、目標１８０人に対して２０５人となり、達成率は１１３．９％でした。``).
The results-sentence reader (``jirei.tables.sentence``) reads such lines in a results
section; a record's sections are its agenda's, so a report turn may stand under a heading
of no results (``３．意見交換``) and its sentences go unread. A meeting case takes the
metrics of its report turns' results lines whose label it does not hold yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from jirei.lines import Line
from jirei.model import Metric, Profile, Span
from jirei.reportturns import Turn, gap_in, turns
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.sentence import read_sentence

Locate = Callable[[int, int], Span]


def _spoken(text: str, report: Sequence[Turn], rules: Rules, locate: Locate) -> list[Metric]:
    out: list[Metric] = []
    for turn in report:
        pos = turn.start
        while pos < turn.end:
            nl = text.find("\n", pos, turn.end)
            nl = turn.end if nl < 0 else nl
            read = read_sentence(Line(text[pos:nl], pos), rules=rules, locate=locate)
            if read is not None:
                out.extend(read.metrics)
            pos = nl + 1
    return out


def with_report_figures(
    profiles: Sequence[Profile],
    text: str,
    locate: Locate,
    rules: Rules = DEFAULT_RULES,
    original: str | None = None,
) -> list[Profile]:
    """``profiles`` with each meeting case taking the metrics its report turns state in
    results sentences, for labels it holds no metric of."""
    found = turns(text, rules, gap_in(locate, original))
    if not any(t.kind != "report" for t in found):
        return list(profiles)
    out: list[Profile] = []
    for profile in profiles:
        where = profile.span
        report = [
            t
            for t in found
            if t.kind == "report"
            and where is not None
            and where.start <= locate(t.head, t.head).start < where.end
        ]
        held = {m.label for m in profile.metrics}
        new = [m for m in _spoken(text, report, rules, locate) if m.label not in held]
        if not new or where is None:
            out.append(profile)
            continue
        merged = sorted(
            [*profile.metrics, *new],
            key=lambda m: m.span.start if m.span is not None else where.end,
        )
        out.append(attrs.evolve(profile, metrics=tuple(merged)))
    return out


__all__ = ["with_report_figures"]
