"""Case boundaries from *partner lines*: a short line naming a municipality together with
its labour bureau or Hello Work office (``八戸市 × 青森労働局・ハローワーク八戸　H27.4.1開設``,
``①　岩手県盛岡市 ／ 岩手労働局 ／ ハローワーク盛岡``, ``静岡市・静岡労働局・ハローワーク静岡
一体的実施事業運営協議会（…）議事要旨``), whatever stands around the names.

Every case of the genre is one partnership, so when such lines name a different
municipality each, two or more times, with case material between them (a figure, a section
or a comment), each opens a case (decisions 1380–1389):

* a document whose rules found no case is cut into one case a partner line;
* a case holding a partner line of another municipality in its body, after case material,
  is cut there (the text after it is the next case, or the opening of the next case);
* a partner line standing above a case's first line (after the case before had its
  material), with only header-like lines between, opens that case: its header facts are
  the case's (``jirei.harvest`` reads them from the case's opening).

A partner line's case starts at the line itself, or at the lines right above it that belong
to its header: a ``name（kind）`` line, a case label alone, a rule line (``────``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo

#: the longest partner line (characters, stripped)
_MAX_LINE = 90
#: the fewest non-blank lines between two partner lines for both to open cases
_MIN_GAP = 2
#: line kinds a partner line may have
_KINDS = (K.TEXT, K.HEADING, K.TABLE, K.HEADER)
#: a figure with a unit: case material
_FIGURE = regex.compile(r"[0-9０-９][0-9,.]*\s*(?:人|件|名|%|％|パーセント|回)")
#: how many lines above a partner line its header may reach
_ABOVE = 3


@per_rules
def _precheck(rules: Rules) -> regex.Pattern[str]:
    """A line may name a bureau or an office (a cheap test before the office patterns)."""
    words = ["労働局", *rules.hello_work_prefixes, *rules.hello_work_suffixes]
    return regex.compile("|".join(regex.escape(w) for w in words if w) or "(?!)")


def partner_place(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The municipality a partner line names (without its prefecture), else None."""
    stripped = text.strip()
    if (
        not 4 <= len(stripped) <= _MAX_LINE
        or "。" in stripped
        or "、" in stripped
        or "\t" in stripped
        or stripped.count("|") > 1
        or _precheck(rules).search(stripped) is None
    ):
        return None
    from jirei.fallback import find_place
    from jirei.harvest import _words
    from jirei.places import find_bureaus, split_prefecture

    words = _words(rules)
    if not find_bureaus(stripped) and words.office.search(stripped) is None:
        return None
    found = find_place(stripped)
    if found is None:
        return None
    start, end = found
    if stripped[end:].startswith(words.place_tails):  # ``静岡市役所``: a building
        return None
    return split_prefecture(stripped[start:end])[1]


def partner_lines(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> list[int]:
    """The partner lines that open cases: each naming another municipality than the one
    before it, with case material before the next one (or the end)."""
    found = partner_candidates(infos, rules)
    if len({place for _, place in found}) < 2:
        return []
    stops = [index for index, _ in found[1:]] + [len(infos)]
    kept = [
        index
        for (index, _), stop in zip(found, stops, strict=True)
        if _material(infos, index + 1, stop)
    ]
    return kept if len(kept) >= 2 else []


def partner_candidates(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[tuple[int, str]]:
    """(line, municipality) of the partner lines that are no labelled field or box line,
    each naming another municipality than the one before it."""
    from jirei.fields import is_field_line

    found: list[tuple[int, str]] = []
    precheck = _precheck(rules).search
    kinds = _KINDS
    candidates = [
        index
        for index, info in enumerate(infos)
        if info.kind in kinds and precheck(info.line.text) is not None
    ]
    for index in candidates:
        info = infos[index]
        place = partner_place(info.text, rules)
        if (
            place is None
            or is_field_line(info.line, rules)
            or _LABELLED.match(info.text) is not None
            or _in_box(infos, index, rules)
        ):
            continue  # (a labelled field: a header's or a data box's, never an opener)
        if not found or found[-1][1] != place:
            found.append((index, place))
    return found


#: a value under a label no table lists (``運営　石巻市 ／ …``, ``連携先：…``): a word, then
#: a colon or a wide gap
_LABELLED = regex.compile(r"^\s*[\p{Han}\p{Katakana}\p{Hiragana}ー・]{1,10}(?:\s*[:：]|\s{2,})")
#: how many lines above a line a data box's heading may stand
_BOX_REACH = 8


def _in_box(infos: Sequence[LineInfo], index: int, rules: Rules) -> bool:
    """Whether line ``index`` stands in a data box (``＜ＤＡＴＡ＞`` over lines without a blank
    one between; ``harvest_table.box_heads``)."""
    from jirei.harvest import is_box_head

    for above in range(index - 1, max(-1, index - 1 - _BOX_REACH), -1):
        info = infos[above]
        if info.kind is K.BLANK:
            return False
        if is_box_head(info.text, rules):
            return True
    return False


def _material(infos: Sequence[LineInfo], start: int, stop: int) -> bool:
    """Whether lines ``[start, stop)`` hold case material: enough lines, and a figure, a
    section or a comment. A paragraph written on one line (sentences longer than any
    partner line: a summary copied from a word processor) fills the gap alone."""
    filled = 0
    material = False
    for info in infos[start:stop]:
        if info.kind is K.BLANK:
            continue
        filled += _MIN_GAP if _paragraph(info.line.stripped) else 1
        if not material and (
            info.kind in (K.SECTION, K.COMMENT) or _FIGURE.search(info.text) is not None
        ):
            material = True
        if material and filled >= _MIN_GAP:
            return True
    return False


def _paragraph(text: str) -> bool:
    """Whether ``text`` is a paragraph on one line: sentences (``。``) longer than a partner
    line may be."""
    return len(text) > _MAX_LINE and text.count("。") >= 1


def _start(infos: Sequence[LineInfo], index: int, floor: int, rules: Rules) -> int:
    """The first line of the case a partner line ``index`` opens: the line, or the header
    lines right above it (a ``name（kind）`` line, a label alone, one rule line)."""
    from jirei.facts import is_fact_line
    from jirei.fallback import is_rule_line, lead_label

    first = index
    above = index - 1
    while above > floor and index - above <= _ABOVE:
        info = infos[above]
        text = info.line.stripped
        if info.kind is K.BLANK or info.kind in (K.SECTION, K.COMMENT, K.BULLET):
            break
        if is_rule_line(text):
            return above
        if lead_label(text, rules) == len(text) or is_fact_line(text, rules):
            first = above
            above -= 1
            continue
        break
    return first


def _closing(infos: Sequence[LineInfo], start: int, stop: int) -> bool:
    """Whether lines ``[start, stop)`` hold a case's results or comments."""
    return any(
        info.kind is K.COMMENT
        or (info.kind is K.SECTION and info.section in ("results", "other_results", "comments"))
        or (info.kind is not K.BLANK and _FIGURE.search(info.text) is not None)
        for info in infos[start:stop]
    )


def _overview(infos: Sequence[LineInfo], case: object, stop: int) -> bool:
    """Whether a case's lines before ``stop`` (a partner line's case) are a chapter's
    overview and no case of their own (decision 3464): opened by no header, its body an
    aside section (``（１）概要``) of prose, no other section and no figure before ``stop``."""
    header = getattr(case, "header", ())
    body = getattr(case, "body", stop)
    if header or body >= stop or infos[body].kind is not K.SECTION:
        return False
    if infos[body].section != "aside":
        return False
    told = False  # (a sentence of the overview's prose)
    for info in infos[body + 1 : stop]:
        if info.kind in (K.SECTION, K.COMMENT, K.TABLE, K.HEADER):
            return False
        told = told or info.text.rstrip().endswith("。")
    return told


def _headerish(infos: Sequence[LineInfo], start: int, stop: int) -> bool:
    """Whether lines ``[start, stop)`` hold no section, comment or figure (a header)."""
    return not any(
        info.kind in (K.SECTION, K.COMMENT) or _FIGURE.search(info.text) is not None
        for info in infos[start:stop]
        if info.kind is not K.BLANK
    )


def partner_cases(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases`` cut and opened at the partner lines (see the module); ``cases`` itself
    when the partner lines agree with them or there are fewer than two."""
    from jirei.segment import Case

    if cases and all(
        getattr(case, "origin", "") == "rules" and getattr(case, "header", ()) for case in cases
    ):
        return list(cases)  # every case opened by a header the rules read: trusted
    lines = partner_lines(infos, rules)
    if not lines:
        return list(cases)
    if not cases:
        starts = []
        floor = -1
        for index in lines:
            starts.append(_start(infos, index, floor, rules))
            floor = index
        out: list[object] = []
        for number, first in enumerate(starts):
            stop = starts[number + 1] if number + 1 < len(starts) else len(infos)
            out.append(Case(first, stop, (), None, (), lines[number] + 1, origin="structure"))
        return out
    work: list[Case] = [case for case in cases if isinstance(case, Case)]
    if len(work) != len(cases):
        return list(cases)
    changed = False
    for index in lines:
        at = next(
            (n for n, case in enumerate(work) if case.first <= index < case.stop), None
        )
        if at is None:
            head = work[0]
            if index < head.first and _headerish(infos, index + 1, head.first) and not any(
                infos[i].kind is K.BLANK for i in range(index + 1, head.first)
            ):  # the first case's header, right above its headline
                work[0] = attrs.evolve(head, first=_start(infos, index, -1, rules))
                changed = True
            continue
        case = work[at]
        if index < case.body:
            continue  # in the case's opening: the rules agree
        first = _start(infos, index, case.body - 1, rules)
        nxt = work[at + 1] if at + 1 < len(work) else None
        if first == case.first:
            continue
        if not _closing(infos, case.first, first) and not _overview(infos, case, first):
            if case.origin == "fallback":  # a guessed case's cover
                work[at] = attrs.evolve(
                    case, first=first, header=(), headline=None, body=max(case.body, index + 1)
                )
                changed = True
            continue
        if nxt is not None and _headerish(infos, index + 1, nxt.first):
            work[at] = attrs.evolve(case, stop=first)
            work[at + 1] = attrs.evolve(nxt, first=first)
            changed = True
            continue
        work[at] = attrs.evolve(case, stop=first)
        work.insert(
            at + 1, Case(first, case.stop, (), None, (), index + 1, origin="structure")
        )
        changed = True
    return list(work) if changed else list(cases)


__all__ = ["partner_candidates", "partner_cases", "partner_lines", "partner_place"]
