"""An overview of every case as blocks of label rows, before the cases' stories (decision
2575, branch apart-s12).

A report may open with a block per case stating only its header facts, each under the
case's label, and tell each case's story after them under the same label::

    掲載事例の概要
    【事例１】
      自治体名        宮城県仙台市
      労働局          宮城労働局
      施設名          せんだい就労サポートコーナー（一体的実施施設）
    【事例２】
      …
    …
    【事例１】
    ワンフロアの強みを生かし、…

The blocks stand before the first case, or the segmentation reads them as one case of
their own (its labels all of other cases' numbers). ``with_overview_blocks`` reads each
block as a case of its own and gives its header facts (with their spans) to the later case
of the same number, when that case lacks them; the overview case is dropped when it states
nothing but those facts (no item, comment or figure) and every block joined a case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from jirei.caselabel import label_length
from jirei.model import Profile
from jirei.rules import Rules
from jirei.sections import LineInfo
from jirei.tables.caselist import block_number

#: the header facts a block gives its case
_HEADER = (
    "prefecture", "municipality", "labour_bureau", "facility_name", "facility_type",
    "start_date",
)
#: the longest case label line heading a block
_LABEL_LINE = 12


def _label_lines(
    lines: Sequence[LineInfo], first: int, stop: int, rules: Rules
) -> list[tuple[int, int]]:
    """The lines in ``[first, stop)`` holding a case label alone, with its number."""
    out: list[tuple[int, int]] = []
    for index in range(first, stop):
        text = lines[index].text.strip()
        if not text or len(text) > _LABEL_LINE or not any(map(str.isdigit, text)):
            continue  # (a cheap precheck: a label writes its number)
        length = label_length(text, rules)
        if length and not text[length:].strip():
            number = block_number(text, length)
            if number is not None:
                out.append((index, number))
    return out


def with_overview_blocks(
    lines: Sequence[LineInfo],
    spans: Sequence[tuple[int, int]],
    profiles: Sequence[Profile],
    numbers: Sequence[int | None],
    read_block: Callable[[Sequence[LineInfo]], Profile],
    rules: Rules,
) -> tuple[list[Profile], int | None, list[tuple[int, Profile]]]:
    """``profiles`` with the header facts of an overview case's blocks given to the later
    cases of their numbers (see the module), the index of the overview case dropped (else
    None), and each block's profile with the index (after the drop) of the case it joined
    (to give them again to a case read anew: ``with_header``). ``spans`` are each case's
    (first, stop) line indexes, ``numbers`` each case's label number."""
    out = list(profiles)
    if len(profiles) < 2:
        return out, None, []
    # the lines before the first case, then each case but the last (the blocks' own case)
    regions = [(None, 0, spans[0][0])] + [
        (at, first, stop) for at, (first, stop) in enumerate(spans[:-1])
    ]
    for at, first, stop in regions:
        labels = _label_lines(lines, first, stop, rules)
        after = -1 if at is None else at
        later = {n: k for k, n in enumerate(numbers) if k > after and n is not None}
        if len(labels) < 2 or any(number not in later for _, number in labels):
            continue
        if len({number for _, number in labels}) != len(labels):
            continue
        joins: list[tuple[int, Profile]] = []
        for n, (index, number) in enumerate(labels):
            end = labels[n + 1][0] if n + 1 < len(labels) else stop
            read = read_block(lines[index:end])
            target = later[number]
            out[target] = with_header(out[target], read)
            joins.append((target, read))
        if at is None:
            return _with_last_block(lines, spans, profiles, out, joins, later, read_block, rules)
        profile = profiles[at]
        if not (profile.initiatives or profile.comments or profile.metrics):
            del out[at]
            return out, at, [(target - 1, read) for target, read in joins]
        return out, None, joins
    return out, None, []


def _with_last_block(
    lines: Sequence[LineInfo],
    spans: Sequence[tuple[int, int]],
    profiles: Sequence[Profile],
    out: list[Profile],
    joins: list[tuple[int, Profile]],
    later: dict[int, int],
    read_block: Callable[[Sequence[LineInfo]], Profile],
    rules: Rules,
) -> tuple[list[Profile], int | None, list[tuple[int, Profile]]]:
    """The blocks before the first case joined, and the first case too when it is the
    last block (decision 3224): its label alone on its line, its number written again by
    a later case, stating nothing but header facts. It gives them to that later case and
    is dropped; else the first case stands."""
    first, stop = spans[0]
    own = _label_lines(lines, first, first + 1, rules)
    profile = profiles[0]
    if (
        not own
        or later.get(own[0][1], 0) <= 0
        or any(number == own[0][1] for _, number in _label_lines(lines, 0, first, rules))
        or profile.initiatives
        or profile.other_results
        or profile.comments
        or profile.metrics
    ):
        return out, None, joins
    target = later[own[0][1]]
    read = read_block(lines[first:stop])
    out[target] = with_header(out[target], read)
    del out[0]
    return out, 0, [(t - 1, r) for t, r in [*joins, (target, read)]]


def with_header(own: Profile, read: Profile) -> Profile:
    """``own`` with the header facts (and spans) of ``read`` it lacks."""
    changes: dict[str, object] = {}
    spans = dict(own.spans)
    for name in _HEADER:
        value = getattr(read, name, None)
        if value is not None and getattr(own, name, None) is None:
            changes[name] = value
            if name in read.spans:
                spans[name] = read.spans[name]
    if read.hello_work and not own.hello_work:
        changes["hello_work"] = read.hello_work
        changes["hello_work_spans"] = read.hello_work_spans
    if not changes:
        return own
    changes["spans"] = spans
    return attrs.evolve(own, **changes)  # type: ignore[arg-type]


__all__ = ["with_header", "with_overview_blocks"]
