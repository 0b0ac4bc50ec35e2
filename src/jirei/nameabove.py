"""A facility's ``name（kind）`` line written above its case's bracket header (decision 1753).

Some editions put the facility first and the bracket header under it::

    きぼう就労支援センター（一体的実施施設）
    【群馬県前橋市】【群馬労働局・ハローワーク前橋】平成27年4月1日事業開始

The case rules open the case at the bracket line, so the name line stayed before the first
case or at the end of the case before (its facility unread). A line right above a case's
first header line (no blank line between) that is only a name and a bracketed kind the
rules list (``facility_types`` or a ``facility_type_suffixes`` ending) now opens the case;
the fillers read it as part of the case's opening.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import attrs
import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo, ends_sentence

C = TypeVar("C")


@per_rules
def _name_kind(rules: Rules) -> regex.Pattern[str]:
    """A whole line ``name（kind）`` or ``name［kind］`` (NFKC brackets), the kind listed or
    ending in a suffix."""
    types = "|".join(regex.escape(t) for t in sorted(rules.facility_types, key=len, reverse=True))
    suffixes = "|".join(regex.escape(s) for s in rules.facility_type_suffixes)
    kinds = "|".join(p for p in (types, rf"[^()]*(?:{suffixes})" if suffixes else "") if p)
    # ``（kind）``, ``<kind>``, and ``［kind］`` / ``〔kind〕`` (NFKC ``【kind】``; decision 3607)
    return regex.compile(
        rf"^\s*[^\s()。、【】]{{2,30}}\s*(?:[(<《〈](?:{kinds})[)>》〉]|【(?:{kinds})】)\s*$"
    )


def take_names_above(
    infos: Sequence[LineInfo], cases: list[C], rules: Rules = DEFAULT_RULES
) -> list[C]:
    """``cases`` with each rule case whose first line is its header (or the catch phrase
    right over it) opened at the facility's ``name（kind）`` line over it (see the module;
    ``_name_line``)."""
    pattern = _name_kind(rules)
    out = list(cases)
    for number, case in enumerate(out):
        first = case.first  # type: ignore[attr-defined]
        header = case.header  # type: ignore[attr-defined]
        if not header or first == 0:
            continue
        headline = case.headline  # type: ignore[attr-defined]
        if header[0] != first and not (headline == first and header[0] == first + 1):
            continue  # (the case opens at its header, or at the catch phrase right over it)
        top = _name_line(infos, first, pattern, rules)
        if top is None:
            continue
        if number and out[number - 1].stop != first:  # type: ignore[attr-defined]
            continue
        if number:
            before = out[number - 1]
            if before.first >= top:  # type: ignore[attr-defined]
                continue
            out[number - 1] = attrs.evolve(before, stop=top)  # type: ignore[misc]
        out[number] = attrs.evolve(case, first=top)  # type: ignore[misc]
    return out


def _named(info: LineInfo, pattern: regex.Pattern[str], rules: Rules) -> bool:
    """Whether a line is a facility's ``name（kind）`` alone, behind a heading number or a
    list mark if any (``2. しごとサポートデスクひがし（一体的実施施設）``: a web page's
    numbered section; ``■name（kind）``; decision 2766)."""
    if info.kind is K.TEXT and pattern.match(info.text) is not None:
        return True
    if info.kind not in (K.TEXT, K.BULLET, K.HEADING):
        return False
    from jirei.headings import strip_number

    unnumbered = strip_number(info.text, rules)
    if unnumbered == info.text.strip() and info.kind is K.BULLET:  # ``■name（kind）``
        from jirei.sections import classifier

        unnumbered = classifier(rules).strip_marker(info.text)[0]
    if unnumbered.strip() == info.text.strip():  # (no number ``rules.heading_numbers``, no mark)
        return False
    return pattern.match(unnumbered) is not None


def _name_line(
    infos: Sequence[LineInfo], first: int, pattern: regex.Pattern[str], rules: Rules
) -> int | None:
    """The line of a facility's ``name（kind）`` over a case's first header line ``first``:
    right above it, or above one catch phrase right above it (no blank line between; the
    phrase short and no sentence closed by ``。``: decision 2766), else None."""

    if _named(infos[first - 1], pattern, rules):
        return first - 1
    if first < 2:
        return None
    phrase = infos[first - 1]
    text = phrase.text.strip()
    if phrase.kind is not K.TEXT or not text or len(text) > 60 or ends_sentence(text):
        return None
    return first - 2 if _named(infos[first - 2], pattern, rules) else None


def titles_over_names(
    infos: Sequence[LineInfo], cases: list[C], rules: Rules = DEFAULT_RULES
) -> list[C]:
    """``cases`` with each rule case whose headline is a facility's ``name（kind）`` line
    right over its header opened one line higher, at the catch phrase over that name line
    (no blank line between): the name line joins the header (decision 2461)::

        ケース会議の定例化で支援の「漏れ」をなくす
        仙台市就労サポートセンター青葉（一体的実施施設）
        宮城県仙台市青葉区／宮城労働局／ハローワーク仙台
    """
    from jirei.sections import ends_sentence

    pattern = _name_kind(rules)
    out = list(cases)
    for number, case in enumerate(out):
        headline = case.headline  # type: ignore[attr-defined]
        header = case.header  # type: ignore[attr-defined]
        first = case.first  # type: ignore[attr-defined]
        if headline is None or headline != first or not header or header[0] != first + 1:
            continue
        if first == 0:
            continue
        top = first - 1
        named = pattern.match(infos[first].text) is not None
        if not named:
            from jirei.harvest import is_box_head

            if not is_box_head(infos[first].text.strip(), rules):
                continue
            # ``【施設データ】`` read as the headline: the catch phrase stands above the box,
            # blank lines between allowed (decision 2497)
            while top > 0 and infos[top].kind is K.BLANK and first - top <= 2:
                top -= 1
        above = infos[top]
        text = above.text.strip()
        if above.kind is not K.TEXT or not text or len(text) > 60 or ends_sentence(text):
            continue
        if pattern.match(above.text) is not None:
            continue
        if number:
            before = out[number - 1]
            if before.stop != first or before.first >= top:  # type: ignore[attr-defined]
                continue
            out[number - 1] = attrs.evolve(before, stop=top)  # type: ignore[misc]
        out[number] = attrs.evolve(  # type: ignore[misc]
            case, first=top, headline=top, header=(first, *header) if named else header
        )
    return out


__all__ = ["take_names_above", "titles_over_names"]
