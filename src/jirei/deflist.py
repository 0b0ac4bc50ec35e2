"""Definition lists flattened to text (decision 875): a web page's ``<dl>`` copied as
alternating lines, each label alone on its line and its value on the next::

    設置自治体
    静岡県静岡市
    連携する労働局・ハローワーク
    静岡労働局　ハローワーク静岡
    開設日
    令和元年7月1日

A label line is a field label of ``rules.field_labels`` (label form; a bullet before it and a
colon after it aside), or one with a short qualifier before it (``設置自治体``,
``連携する労働局・ハローワーク``: a few kanji or kana, then a known label). Two or more labels in a
row, each over one to three value lines, are a definition list. Right above the list of a
case stands its headline; a line above that naming the case (it repeats one of the list's
values, or ends with a bracketed place: ``name（市）``) opens the case and fills nothing.

``open_lists`` moves the start of a case to its list's headline (and name line), so that
the list is the case's header, not the end of the case above; ``read_list`` reads the pairs
as fields.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex
from attrs import frozen

from jirei.fields import FieldLine
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo, ends_sentence
from jirei.tables.cells import label_form

#: the longest label line and value line (characters)
_MAX_LABEL = 24
_MAX_VALUE = 80
#: the most lines one value may be written over
_MAX_VALUE_LINES = 3
#: the most empty lines between a label line and its value (``<dt>`` and ``<dd>`` copied as
#: paragraphs, a blank line between: decision 3351)
_MAX_GAP = 2
#: the longest headline and name line
_MAX_HEADLINE = 100
_MAX_NAME = 40
#: a name line ending in a bracketed place (``しずおか就労サポート（静岡市）``)
_PLACE_BRACKET = regex.compile(r"\([^()]{1,12}[都道府県市区町村]\)\s*$")
#: fields whose label, after a name, is that name's value (``宮城労働局``)
_NAMED_KINDS = frozenset({"labour_bureau", "hello_work"})
#: a qualifier ending like a place (``石巻市自治体``) is a name
_PLACE_ENDS = frozenset("都道府県市区町村")
#: line kinds a label, value or headline line may have (a tuple: an Enum's hash is a call)
_TEXT_KINDS = (K.TEXT, K.HEADING)


@per_rules
def _label_pattern(rules: Rules) -> regex.Pattern[str]:
    """A label line: an optional short qualifier, then a field label, and nothing else."""
    labels = sorted(rules.field_labels, key=len, reverse=True)
    words = "|".join(regex.escape(label) for label in labels) or "(?!)"
    return regex.compile(rf"^[\p{{Han}}\p{{Hiragana}}]{{0,4}}?(?P<label>{words})$")


@per_rules
def _label_ends(rules: Rules) -> frozenset[str]:
    """The characters a label line may end with (a cheap precheck): the last character of
    each field label, a colon, a closing bracket."""
    return frozenset({label[-1] for label in rules.field_labels if label} | set(":：】>〉＞])）*"))


def label_kind(text: str, rules: Rules = DEFAULT_RULES) -> tuple[str, str] | None:
    """The field a label line names and the label as matched, else None."""
    if text.rstrip()[-1:] not in _label_ends(rules):
        return None
    form = label_form(text).rstrip(":")  # ``開設日：`` alone on its line
    if form.startswith("**") and form.endswith("**") and len(form) > 4:  # ``**設置自治体**``
        form = form[2:-2].rstrip(":")
    if form[:1] in rules.bullets:  # ``■設置自治体``
        form = form[1:].lstrip()
    if not form or len(form) > _MAX_LABEL:
        return None
    match = _label_pattern(rules).match(form)
    if match is None:
        return None
    kind = rules.field_labels[match["label"]]
    if match.start("label") and (
        kind in _NAMED_KINDS or form[match.start("label") - 1] in _PLACE_ENDS
    ):
        return None  # ``宮城労働局``, ``ハローワーク``-named values: a name, not a qualifier
    return kind, match["label"]


def _value_line(text: str, rules: Rules, *, unlabelled: bool = False) -> bool:
    """Whether a line may be a value: short, no sentence, no label line (``unlabelled``:
    already known to be none)."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= _MAX_VALUE
        and not ends_sentence(stripped)
        and (unlabelled or label_kind(stripped, rules) is None)
    )


@frozen
class DefinitionList:
    """The fields of a definition list and the lines that are not part of it."""

    fields: tuple[FieldLine, ...]
    rest: tuple[Line, ...]


def read_list(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> DefinitionList | None:
    """The definition list among ``lines`` (two or more label lines, each over one to
    ``_MAX_VALUE_LINES`` value lines), else None. A value written over several lines (up to
    the next label line; the last label takes one) is one field, its text the stretch of
    those lines (line breaks kept)."""
    fields: list[FieldLine] = []
    used: set[int] = set()
    index = 0
    while index + 1 < len(lines):
        found = label_kind(lines[index].text, rules)
        count = 0
        while (
            found is not None
            and count < _MAX_VALUE_LINES
            and index + 1 + count < len(lines)
            and _value_line(lines[index + 1 + count].text, rules)
            and _follows(lines, index + count, gap=_MAX_GAP if not count else 0)
        ):
            count += 1
        if count > 1 and not (  # several value lines only up to the next label
            index + 1 + count < len(lines)
            and label_kind(lines[index + 1 + count].text, rules) is not None
        ):
            count = 1
        if found is None or not count:
            index += 1
            continue
        kind, label = found
        first, last = lines[index + 1], lines[index + count]
        start = first.start + len(first.text) - len(first.text.lstrip())
        end = last.start + len(last.text.rstrip())
        text = "\n".join(line.text for line in lines[index + 1 : index + 1 + count])
        value = text[start - first.start : end - first.start]
        fields.append(FieldLine(kind, label, value, start, end))
        used.update(range(index, index + 1 + count))
        index += 1 + count
    if len(fields) < 2:
        return None
    rest = tuple(line for i, line in enumerate(lines) if i not in used)
    return DefinitionList(tuple(fields), rest)


def _follows(lines: Sequence[Line], index: int, gap: int = 0) -> bool:
    """Whether line ``index + 1`` stands right under line ``index`` (one line break), or
    with at most ``gap`` empty lines between them."""
    line = lines[index]
    return 0 <= lines[index + 1].start - (line.start + len(line.text) + 1) <= gap


def _list_above(infos: Sequence[LineInfo], body: int, floor: int, rules: Rules) -> int | None:
    """The first line (a label line) of a definition list of two or more labels ending right
    above line ``body`` (blank lines aside), not above ``floor``; None when there is none."""
    labels = 0
    first: int | None = None
    values = 0  # value lines seen since the last label line (going up)
    index = body - 1
    while index > floor:
        info = infos[index]
        if info.kind is K.BLANK:
            index -= 1
            continue
        if info.kind not in _TEXT_KINDS and not (
            info.kind is K.BULLET and info.text.lstrip().startswith("**")  # ``**開設日**``
        ):
            break
        if label_kind(info.text, rules) is not None:
            if not values:
                break
            labels, first, values = labels + 1, index, 0
        elif _value_line(info.text, rules, unlabelled=True):
            values += 1
            if values > _MAX_VALUE_LINES:
                break
        else:
            break
        index -= 1
    return first if labels >= 2 else None


def open_lists(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases`` each opened at the headline (and name line) above the definition list
    right above its body, the list its header; the case before ends there. A case whose
    headline already stands above its list keeps its opening."""
    out = list(cases)
    for number, case in enumerate(out):
        body: int = case.body  # type: ignore[attr-defined]
        floor = out[number - 1].body if number else -1  # type: ignore[attr-defined]
        last = body - 1
        while last > floor and infos[last].kind is K.BLANK:
            last -= 1
        if last < 1 or infos[last].kind not in _TEXT_KINDS:
            continue  # (a cheap precheck: a list's last value stands right above the body)
        first = _list_above(infos, body, floor, rules)
        if first is None:
            continue
        headline = first - 1
        while headline > floor and (
            infos[headline].kind is K.BLANK
            or label_form(infos[headline].text) in rules.card_headers  # ``項目`` / ``内容``
        ):
            headline -= 1
        text = infos[headline].text.strip() if headline > floor else ""
        if not (
            infos[headline].kind in _TEXT_KINDS
            and 0 < len(text) <= _MAX_HEADLINE
            and not ends_sentence(text)
        ):
            continue
        values = [
            infos[i].text.strip()
            for i in range(first, body)
            if infos[i].kind is not K.BLANK and label_kind(infos[i].text, rules) is None
        ]
        opening = headline
        above = headline - 1
        if above > floor and _name_line(infos[above], values):
            opening = above
        current = case.headline  # type: ignore[attr-defined]
        if opening >= case.first and (current is None or current < first):  # type: ignore[attr-defined]
            continue  # its headline found above the list already (a labelled case)
        header = tuple(i for i in range(first, body) if infos[i].kind is not K.BLANK)
        out[number] = attrs.evolve(  # type: ignore[misc]
            case,
            first=min(opening, case.first),  # type: ignore[attr-defined]
            header=header,
            headline=headline,
            headline_more=(),
        )
        if number and out[number - 1].stop > opening:  # type: ignore[attr-defined]
            out[number - 1] = attrs.evolve(out[number - 1], stop=opening)  # type: ignore[misc]
    return out


def _name_line(info: LineInfo, values: Sequence[str]) -> bool:
    """Whether a line above a headline names the case: short, no sentence, repeating one of
    the list's values or ending with a bracketed place."""
    text = info.text.strip()
    if info.kind not in _TEXT_KINDS or not 0 < len(text) <= _MAX_NAME or ends_sentence(text):
        return False
    return bool(_PLACE_BRACKET.search(text)) or any(
        len(value) >= 3 and value in text for value in values
    )


__all__ = ["DefinitionList", "label_kind", "open_lists", "read_list"]
