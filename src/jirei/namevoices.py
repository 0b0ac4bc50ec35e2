"""A stakeholder's bare name alone on its line, in brackets or behind a mark (``《八王子市》``,
``【ハローワーク八王子】``, ``■足立区``, ``（府中市）``), read as a speaker heading where it stands
among speaker headings (decisions 2374, 2384).

Such a line is no speaker heading by itself: a bare place may be a case's place label
(decision 837), a marked name a bullet. It is one when a sentence stands under it and

* a speaker heading stands next to it (after the paragraph under it, or before the paragraph
  above it, or right above it): ``《八王子市》`` / text / ``《ハローワーク八王子》`` / text; or
* after the case's results (the section above it is results, other results or comments), a
  line of the same kind stands next to it so: two names or more, each over its sentences
  (``【八王子市】`` / text / ``【ハローワーク八王子】`` / text under ``■その他の取組み``).

The name must name a stakeholder (its role is not ``other``). Inside a comments section the
line is left to the comments reader, which reads such speaker lines already (decision 708).
The bracket forms are data (``rules/quotes.toml [name_headings]``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.comments import role_of
from jirei.lines import Line
from jirei.patternneeds import needs_pattern
from jirei.rules import Rules, per_rules
from jirei.sections import K, LineInfo

#: what a line closing a sentence someone said ends with
_SENTENCE_ENDS = ("。", "!", "?", "」", "』")
#: the kinds a name line may have been classified as
_NAME_KINDS = (K.TEXT, K.HEADER, K.HEADING, K.BULLET)
#: the sections after which a case's voices may stand with no heading of their own
_AFTER_RESULTS = ("results", "other_results", "comments")


@per_rules
def _patterns(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    table = rules.quotes_table.get("name_headings", {})
    return tuple(regex.compile(p) for p in table.get("patterns", ()))


def _form(text: str, rules: Rules) -> int | None:
    """The index of the pattern ``text`` (stripped) is a stakeholder's name in, else None."""
    if len(text) > 40:
        return None
    for number, pattern in enumerate(_patterns(rules)):
        match = pattern.fullmatch(text)
        if match is not None and role_of(match.group("speaker"), rules) != "other":
            return number
    return None


def _voice_mark(info: LineInfo) -> bool:
    """Whether a line is a speaker heading or a comments heading."""
    return info.kind is K.COMMENT or (info.kind is K.SECTION and info.section == "comments")


def _past_paragraph(
    infos: Sequence[LineInfo], index: int, step: int, names: dict[int, int]
) -> int | None:
    """The index of the first line past the text paragraph next to line ``index`` (``step``
    1: below, -1: above; a name line in ``names`` ends it) and the blank lines around it,
    else None."""
    at = index + step
    while 0 <= at < len(infos) and infos[at].kind is K.BLANK:
        at += step
    seen = False
    while 0 <= at < len(infos) and infos[at].kind is K.TEXT and at not in names:
        at += step
        seen = True
    while 0 <= at < len(infos) and infos[at].kind is K.BLANK:
        at += step
    return at if seen and 0 <= at < len(infos) else None


def _closes_below(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether the text paragraph under line ``index`` closes a sentence."""
    last = None
    for info in infos[index + 1 :]:
        if info.kind is K.BLANK and last is not None:
            break
        if info.kind is K.TEXT:
            last = info
        elif info.kind is not K.BLANK:
            break
    return last is not None and last.text.rstrip().endswith(_SENTENCE_ENDS)


def _section_above(infos: Sequence[LineInfo], index: int) -> str | None:
    """The kind of the nearest section heading above line ``index``, else None."""
    for info in reversed(infos[:index]):
        if info.kind is K.SECTION:
            return info.section
    return None


def name_voices(infos: Sequence[LineInfo], rules: Rules) -> list[LineInfo]:
    """``infos`` with each bare name heading among speaker headings made a COMMENT line."""
    if not _patterns(rules):
        return list(infos)
    forms: dict[int, int] = {}
    for index, info in enumerate(infos):
        if info.kind in _NAME_KINDS and info.text.lstrip()[:1] in _firsts(rules):
            form = _form(info.text.strip(), rules)
            if form is not None and _closes_below(infos, index):
                forms[index] = form
    persons = {
        index for index, info in enumerate(infos)
        if index not in forms and info.kind in _NAME_KINDS and _person_heading(info.text, rules)
        and _closes_below(infos, index)
    }
    if not forms and not persons:
        return list(infos)
    out = list(infos)
    for index in persons:  # ``佐藤 明子（郡山市生活支援課長）`` over its words (decision 3216)
        if _section_above(infos, index) in (*_AFTER_RESULTS, None):
            out[index] = attrs.evolve(infos[index], kind=K.COMMENT, section=None)
    for index, form in forms.items():
        section = _section_above(infos, index)
        if section == "comments":
            continue  # (a comments section's reader reads its speaker lines: decision 708)
        after = _past_paragraph(infos, index, 1, forms)
        before = _past_paragraph(infos, index, -1, forms)
        above = next((i for i in range(index - 1, -1, -1) if infos[i].kind is not K.BLANK), None)
        marked = any(
            at is not None and _voice_mark(infos[at]) for at in (after, before, above)
        )
        paired = any(at is not None and forms.get(at) == form for at in (after, before))
        if marked or (paired and section in _AFTER_RESULTS):
            out[index] = attrs.evolve(infos[index], kind=K.COMMENT, section=None)
    return out


@per_rules
def _person_patterns(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    table = rules.quotes_table.get("person_headings", {})
    return tuple(regex.compile(p) for p in table.get("patterns", ()))


def _person_heading(text: str, rules: Rules) -> bool:
    """Whether a line is only a person's name with the organisation and post they speak
    for (``佐藤 明子（郡山市保健福祉部生活支援課長）``,
    ``ハローワーク福山 統括職業指導官 ― 森田 進``):
    a pattern of ``[person_headings]`` whose ``org`` has a stakeholder's role."""
    text = text.strip()
    if not 4 <= len(text) <= 50 or text.endswith(_SENTENCE_ENDS[:3]):
        return False
    needs = _person_needs(rules)
    if needs is not None and needs.search(text) is None:
        return False  # (exact precheck: what every person heading holds, a bracket or a dash)
    for pattern in _person_patterns(rules):
        match = pattern.fullmatch(text)
        if match is None or role_of(match.group("org"), rules) == "other":
            continue
        person = regex.sub(r"\s+", "", match.group("person"))
        if not person.startswith(_not_persons(rules)):
            return True
    return False


@per_rules
def _person_needs(rules: Rules) -> regex.Pattern[str] | None:
    """What a text one of the ``[person_headings]`` patterns matches must hold, else None."""
    return needs_pattern(rules.quotes_table.get("person_headings", {}).get("patterns", ()))


@per_rules
def _not_persons(rules: Rules) -> tuple[str, ...]:
    return tuple(rules.quotes_table.get("person_headings", {}).get("not_persons", ()))


def person_speaker(line: Line, rules: Rules) -> tuple[str, int, int] | None:
    """The speaker a person heading names (the whole line, spaces removed) and its offsets,
    else None."""
    if not _person_patterns(rules) or not _person_heading(line.text, rules):
        return None
    text = line.text.strip()
    start = line.start + line.text.index(text)
    return regex.sub(r"\s+", "", text), start, start + len(text)


@per_rules
def _firsts(rules: Rules) -> str:
    """The characters a name heading may open with (a precheck: each pattern's first)."""
    table = rules.quotes_table.get("name_headings", {})
    return "".join(table.get("firsts", ()))


__all__ = ["name_voices"]
