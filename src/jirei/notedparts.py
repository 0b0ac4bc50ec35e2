"""A case continued after other cases under its NAME and a continuation note, no case label
(decisions 3071-3073, branch apart-s16).

A writer who does not number the cases may still split one over pages, another case
between its parts, and head the later part with the case's name and a note saying it goes
on from an earlier page::

    【愛媛県松山市】【愛媛労働局・ハローワーク松山】
    まつやま就労サポートデスク（一体的実施施設）…       ← case 1, page 2
    …
    【香川県高松市】…                                  ← case 2, page 3
    …
    まつやま就労サポートデスク（２ページからの続き）    ← case 1 goes on, page 4
    【令和４年度 事業目標と取組状況】

The name may be the facility's or the city's (``松山市（前頁より）``, ``愛媛県松山市（続き）``),
behind a heading mark (``■まつやま就労サポートデスク【前頁より】``) or in brackets
(``【愛媛県松山市】（続き）``); ``caselabel.noted_name`` reads the line. The segmenter read some
of these lines as a headline opening a part and others (a place line, a marked line) as a
line of the case above, which then took the part's figures. This reader cuts a case at
such a line when the name is written in the opening of an EARLIER case (not the case the
line stands in: that case merely goes on over a page), so the line opens a part of its
own; ``jirei.repeatedlabels`` joins the part back into the case it names.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from jirei.caselabel import noted_name
from jirei.places import prefectures_of, split_prefecture
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo, ends_sentence, strip_hash

if TYPE_CHECKING:
    from jirei.segment import Case

#: the kinds of line a noted name may stand on (a marked line reads as a bullet; a
#: bracketed one, ``【大垣市・前頁から】``, as a speaker's heading: decision 3486)
_KINDS = (K.TEXT, K.HEADING, K.BULLET, K.HEADER, K.COMMENT)
#: the longest line read as a name and its note
_LONGEST = 60
#: what a continuation note holds (a cheap test before the pattern)
_NOTE_WORDS = ("続", "つづ", "承前", "より", "から")
#: any of the note words (one search per line instead of one ``in`` per word)
_NOTE_WORD = regex.compile("|".join(regex.escape(word) for word in _NOTE_WORDS))


def noted_line(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The name on a line holding only a case's name and a continuation note (see the
    module), or a marked or bracketed heading of a case's part naming it
    (``■松山市の実績``, ``【まつやま就労サポートデスクの成果】``: a ``heading_tails`` word after
    the name; decision 3084), else None."""
    found = _noted(text, rules)
    return found[0] if found is not None else None


def _noted(text: str, rules: Rules) -> tuple[str, bool] | None:
    """:func:`noted_line`'s name, and whether it came from a part heading (no note)."""
    if len(text) > _LONGEST:
        return None
    if _NOTE_WORD.search(text) is not None:
        named = noted_name(strip_hash(text), rules)
        if named is not None:
            return _untailed(named, rules), False
    part = _part_heading(text, rules)
    return (part, True) if part is not None else None


def _part_heading(text: str, rules: Rules) -> str | None:
    """The name a marked or bracketed part heading gives before its ``heading_tails`` word
    (``■松山市の実績`` → ``松山市``), else None."""
    tails = _tails(rules)
    stripped = text.strip()
    if not tails or not stripped.endswith(tails[1]) or not any(t in stripped for t in tails[0]):
        return None  # (cheap precheck: the line ends as a tail or a bracket after one does)
    from jirei.gatheredparts import heading_key

    key = heading_key(stripped, rules)
    if key is None or key == stripped or not any(
        key + tail in stripped.replace(" ", "") for tail in tails[0]
    ):
        return None
    if any(ch.isdigit() for ch in key) or key in rules.sections:
        return None  # ``【令和4年度の実績】``, ``■事業の実績``: a year or a section, no name
    return key


def _untailed(name: str, rules: Rules) -> str:
    """``name`` without a ``heading_tails`` word closing it (``仙台市の取組`` → ``仙台市``:
    the continued part's heading names the case before the tail; decision 3178)."""
    for tail in _tails(rules)[0]:
        if name.endswith(tail) and len(name) > len(tail):
            rest = name[: -len(tail)].rstrip()
            if rest and not any(ch.isdigit() for ch in rest) and rest not in rules.sections:
                return rest
    return name


@per_rules  # (called per line: built once per ``Rules``)
def _tails(rules: Rules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``[gathered_parts] heading_tails`` words, and what a heading ending with one ends
    with (the word's last character, or a closing bracket after it)."""
    words = tuple(rules.figures_table.get("gathered_parts", {}).get("heading_tails", ()))
    ends = tuple({w[-1] for w in words} | set("】〕]>》〉≫"))
    return words, ends


def name_forms(name: str) -> tuple[str, ...]:
    """The ways ``name`` may be written in a case's opening: as it stands, and a city
    without the prefecture written before it (``愛媛県松山市`` → ``松山市``)."""
    _, rest = split_prefecture(name)
    return (name, rest) if rest and rest != name else (name,)


def split_noted_parts(
    infos: Sequence[LineInfo], cases: Sequence[Case], rules: Rules = DEFAULT_RULES
) -> list[Case]:
    """``cases`` (``jirei.segment.Case``) with each case cut at a line inside it naming an
    earlier case with a continuation note (see the module)."""
    out = list(cases)
    if len(out) < 2:
        return out
    noted = [
        (index, *found)
        for index, info in enumerate(infos)
        if info.kind in _KINDS and (found := _noted(info.text, rules)) is not None
    ]
    if not noted:  # (cheap: most documents hold no such line)
        return out
    for index, name, part in noted:
        at = next(
            (
                i for i, case in enumerate(out)
                if case.first < index and case.body <= index < case.stop
            ),
            None,
        )
        if at is None or (part and at == len(out) - 1):
            continue  # (part headings after every case: the gathered parts read them, 2390)
        case = out[at]
        if _opened_by(infos, case, name) or not any(
            _opened_by(infos, earlier, name, strict=part) for earlier in out[:at]
        ):
            continue
        body = next(
            (i for i in range(index + 1, case.stop) if infos[i].kind is not K.BLANK), None
        )
        if body is None:  # the next case opens right under the line (its catch phrase)
            if at + 1 < len(out) and _opens_under(infos, index, out[at + 1]):
                out[at : at + 2] = [
                    attrs.evolve(case, stop=index), attrs.evolve(out[at + 1], first=index),
                ]  # (the line heads that case: decision 3177)
            continue
        headline = index
        under = _catch_phrase(infos, body, case.stop)
        if under is not None:  # the part's catch phrase over its section (decision 3183)
            headline, body = body, under
        part = attrs.evolve(
            case, first=index, header=(), headline=headline, alt_header=(), body=body,
            headline_more=(), name=None,
        )
        out[at : at + 1] = [attrs.evolve(case, stop=index), part]
    return out


def _catch_phrase(infos: Sequence[LineInfo], at: int, stop: int) -> int | None:
    """The section line under line ``at`` when ``at`` is a part's catch phrase — one plain
    line, no sentence, with a section heading the next line after it — else None."""
    info = infos[at]
    if info.kind is not K.TEXT or ends_sentence(info.text) or len(info.text.strip()) > 60:
        return None
    below = next((i for i in range(at + 1, stop) if infos[i].kind is not K.BLANK), None)
    return below if below is not None and infos[below].kind is K.SECTION else None


def _opens_under(infos: Sequence[LineInfo], index: int, case: Case) -> bool:
    """Whether ``case`` opens on the first line after ``index`` with no header of its own
    (a headline opened it: the part heading above belongs to it)."""
    after = next(
        (i for i in range(index + 1, case.first + 1) if infos[i].kind is not K.BLANK), None
    )
    return after == case.first and not case.header


def _opened_by(infos: Sequence[LineInfo], case: Case, name: str, strict: bool = False) -> bool:
    """Whether ``case``'s opening (its lines above its body, its header lines) writes
    ``name`` (in one of :func:`name_forms`); ``strict``: as a place, or as a facility's name
    before its bracketed kind (``まつやま就労サポートデスク(一体的実施施設)``), the only names a
    part heading with no continuation note is taken to give (not ``事業`` of ``…事業開始``)."""
    lines = {*range(case.first, case.body), *case.header}
    text = "\n".join(infos[i].text for i in sorted(lines) if i < len(infos))
    forms = name_forms(name)
    if not strict:
        return any(form in text for form in forms)
    if name[-1] in "市区町村" and prefectures_of(forms[-1]):
        return any(form in text for form in forms)
    return any(form + "(" in text for form in forms)


__all__ = ["name_forms", "noted_line", "split_noted_parts"]
