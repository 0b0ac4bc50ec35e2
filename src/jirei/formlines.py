"""Filled-in 様式 form lines read as plain field lines, the text keeping its length (so
every offset still points into the original; decisions 950–953).

- ``【label】value`` with a value on the same line becomes `` label:value`` (the field
  line every header reader knows, each character where it stood: decision 2040); several
  such fields on one line, parted by two or more spaces, go on lines of their own (the
  last space before each ``【`` becomes a newline); an indented field of a field label
  keeps its brackets (decision 2041);
- a bracketed form instruction after a heading (``【取組の内容】（箇条書きで記入）``: a word
  of ``instruction_words``) reads as blank, the heading staying a heading;
- check boxes (``☑一体的実施施設　□巡回相談``) leave only the checked option, after a
  ``label:`` or a field label and a column gap (``施設区分　　■…　□…``; decision 2353);
- dot leaders (``支援対象者数……目標 230人``) read as blank.

Words are data (``rules/forms.toml``); only lines holding ``【`` or a leader are looked at.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

import regex
from attrs import frozen

from jirei.linescan import hit_lines
from jirei.rules import DEFAULT_RULES, Rules, per_rules


@frozen
class FormWords:
    """The words of ``rules/forms.toml``."""

    instruction_words: tuple[str, ...]
    checked_marks: tuple[str, ...]
    unchecked_marks: tuple[str, ...]
    leaders: tuple[str, ...]
    field_brackets: tuple[str, ...] = ("【】",)
    blank_qualifiers: tuple[str, ...] = ()


@per_rules
def form_words(rules: Rules = DEFAULT_RULES) -> FormWords:
    """The form words of ``rules`` (``rules.forms_table``, from ``forms.toml``)."""
    data = rules.forms_table
    return FormWords(
        tuple(data.get("instruction_words", ())),
        tuple(data.get("checked_marks", ())),
        tuple(data.get("unchecked_marks", ())),
        tuple(data.get("leaders", ())),
        tuple(data.get("field_brackets", ("【】",))),
        tuple(data.get("blank_qualifiers", ())),
    )


def _any(chars: tuple[str, ...]) -> str:
    return "[" + "".join(regex.escape(c) for c in chars) + "]"


def _alt(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@cache
def _patterns(words: FormWords) -> tuple[regex.Pattern[str], ...]:
    opens = "".join(regex.escape(b[0]) for b in words.field_brackets)
    closes = "".join(regex.escape(b[1]) for b in words.field_brackets)
    both = opens + closes
    # ``【label】rest`` (or ``［label］``, ``〔label〕``) opening a line (after spaces)
    field = regex.compile(
        rf"^([ \t\u3000]*)([{opens}])([^{both}\n]{{1,30}})([{closes}])(.*)$"
    )
    # two or more spaces before a further ``【label】`` on the same line
    # (only after a value: two headings side by side are two columns, not fields; nor
    # after a gutter: ten spaces or more part two columns of a page, decision 1945)
    split = regex.compile(
        rf"(?<=[^\s{closes}])[ \t\u3000]{{2,9}}(?=[{opens}][^{both}\n]{{1,30}}[{closes}]\S)"
    )
    instruction = regex.compile(
        r"^\s*[(（][^()（）\n]*(?:"
        + "|".join(regex.escape(w) for w in words.instruction_words)
        + r")[^()（）\n]*[)）]\s*$"
    )
    marks = _alt((*words.checked_marks, *words.unchecked_marks))
    # an unchecked mark and its option, up to the next mark
    unchecked = regex.compile(_alt(words.unchecked_marks) + rf"(?:(?!{marks})[^\n])*")
    checked = regex.compile(_alt(words.checked_marks))
    leader = regex.compile(r"(?<=\S)" + _any(words.leaders) + r"{2,}(?=\s*\S)")
    return field, split, instruction, unchecked, checked, leader


@cache
def _blank_pattern(
    words: FormWords, units: tuple[str, ...], alike: str = ""
) -> regex.Pattern[str]:
    """A fill-in blank of a results line: ``目標（ 200 ）人以上``, ``達成率（　　）％``; a
    figure may hold OCR look-alikes of digits (``alike``: ``（ l58 ）人``, ``（ 6O ）人``, decision
    2566), which ``jirei.ocrrepair.repair_figures`` repairs once the figure stands by its unit."""
    unit = _alt(units)
    qualifier = _alt(words.blank_qualifiers) if words.blank_qualifiers else "(?!)"
    chars = regex.escape(alike)
    figure = rf"(?=[\d{chars}]*\d)[\d{chars}][\d,.{chars}]*" if alike else r"\d[\d,.]*"
    return regex.compile(
        r"(?P<role>[^\s（()）]{1,8}?)?(?P<open>[（(][ \t\u3000]*)"
        rf"(?P<figure>{figure})?(?P<close>[ \t\u3000]*[）)])"
        rf"(?P<unit>{unit})(?P<qualifier>{qualifier})?"
    )


#: a field line not in brackets: ``■label：value``, ``label：value``
_PLAIN_FIELD = regex.compile(r"^[^\n:：]{1,30}[:：]")
#: a field label at a line's start, then a gap of two spaces or more before its value
_GAP_FIELD = regex.compile(r"^[ \t\u3000]*(?P<label>[^\s:：]{1,15})[ \t\u3000]{2,}")


def _blank(match: regex.Match[str]) -> str:
    return " " * len(match.group())


def _choose(rest: str, words: FormWords) -> str:
    """``rest`` with only its checked option left when it is a choice of check boxes."""
    _, _, _, unchecked, checked, _ = _patterns(words)
    if checked.search(rest) and unchecked.search(rest):
        return checked.sub(_blank, unchecked.sub(_blank, rest))
    return rest


def _fill_ins(line: str, words: FormWords, units: tuple[str, ...], alike: str = "") -> str:
    """A results line of fill-in blanks with the brackets gone, each figure where it stands
    and its unit moved next to it; a blank left empty reads as blank with its role word."""
    pattern = _blank_pattern(words, units, alike)
    found = list(pattern.finditer(line))
    if len(found) < 2 or not any(m.group("figure") for m in found):
        return line

    def rewrite(match: regex.Match[str]) -> str:
        if not match.group("figure"):
            return " " * len(match.group())
        role = match.group("role") or ""
        tail = match.group("unit") + (match.group("qualifier") or "")
        before = len(match.group("open"))
        after = len(match.group("close"))
        # the role word moves next to its figure (it has no span of its own)
        return " " * (before - 1) + role + " " + match.group("figure") + tail + " " * after

    return pattern.sub(rewrite, line)


#: a column gap opening a field's value; a value that is only a bracketed note
_COLUMN_GAP = regex.compile(r"[ \t\u3000]{2}")
_NOTE_ONLY = regex.compile(r"^\s*[(（][^()（）\n]*[)）]\s*$")
#: a value that is only a fiscal year (``令和４年度``, ``2022年度実績``): after a section heading
#: it is the heading's note, no field value (decision 3031)
_YEAR_ONLY = regex.compile(
    r"^\s*(?:令和|平成|R|H|Ｒ|Ｈ)?\s*[0-9０-９元]{1,4}\s*年度\s*(?:実績|の実績|分|末|末現在)?\s*$"
)


def _speaker_heading(line: str, rules: Rules) -> bool:
    """Whether a line is a speaker heading by ``rules.speaker_headings``."""
    from jirei.speakerforms import is_speaker_heading  # (it imports the section reader)

    return is_speaker_heading(line.strip(), rules)


def _judgement(label: str, rules: Rules) -> bool:
    """Whether a bracketed label is a stakeholder's judgement heading (``熊本市の評価``:
    ``rules.judgement_keywords`` behind a city, bureau or office; decision 3087)."""
    word = next((k for k in rules.judgement_keywords if label.endswith(k)), None)
    if word is None:
        return False
    from jirei.comments import role_of

    return role_of(label[: -len(word)], rules) != "other"


#: a bracketed label that is a case's number or letter, no field's name (``【1】``, ``【Ａ】``)
_CASE_NUMBER = regex.compile(r"^\s*(?:[0-9０-９]{1,3}|[A-Za-zＡ-Ｚａ-ｚ])\s*$")


def _field_line(
    line: str,
    words: FormWords,
    comment_keywords: tuple[str, ...],
    field_labels: Collection[str] = (),
    sections: Collection[str] = (),
    rules: Rules = DEFAULT_RULES,
) -> str:
    field, _, instruction, _, _, _ = _patterns(words)
    match = field.match(line)
    # a value opening with another bracket is a chain of bracketed header parts
    # (``【横浜市】【神奈川労働局・…】name``), no form field
    if match is None or not match.group(5).strip() or match.group(5).lstrip()[0] in _BRACKETS:
        return line
    if match.group(3).strip().endswith(comment_keywords):
        return line  # a comment heading with its text on the line (``【市のコメント】「…」``)
    if _speaker_heading(line, rules) or _judgement(match.group(3).strip(), rules):
        return line  # a speaker heading naming its speaker after it (``【市の意見】X市…``, 3087)
    indent, opening, label, closing, rest = match.groups()
    if _CASE_NUMBER.match(label):
        return line  # a case's number in brackets before its name (``【1】大津市``; 3226)
    if _COLUMN_GAP.match(rest):
        return line  # text after a column gap is another column (two-column layout)
    if instruction.match(rest):
        return f"{indent}{opening}{label}{closing}" + " " * len(rest)
    if _NOTE_ONLY.match(rest):
        return line  # a note on the heading (``【成果】（令和5年度）``), no value
    if label.strip() in sections and _YEAR_ONLY.match(rest):
        return line  # a section heading and its year (``【実績】令和４年度``; 3031)
    # each kept character stays where it stands: the opening bracket reads as a blank, the
    # closing one as the colon (``【実施主体】浜松市`` → `` 実施主体:浜松市``; decision 2040)
    if indent and label.strip() in field_labels:
        # an indented field of a field label keeps its brackets (``【label】`` is a field line
        # as it stands; the blank would widen the indent, and a ``label:`` line indented two
        # spaces or more is no field line: decision 2041)
        return f"{indent}{opening}{label}{closing}{_choose(rest, words)}"
    return f"{indent} {label}:{_choose(rest, words)}"


def untangle_forms(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its form lines as plain lines, of the same length (see module docs)."""
    words = form_words(rules)
    opens = tuple(b[0] for b in words.field_brackets)
    has_field = any(o in text for o in opens)
    has_leader = any(c in text for c in words.leaders)
    box_starts = tuple({m[0] for m in words.unchecked_marks})
    has_box = any(c in text for c in box_starts)
    has_blank = "（" in text or "(" in text
    has_split = "／" in text
    if not (has_field or has_leader or has_box or has_blank or has_split):
        return text
    units = (*rules.units, "％", "%")
    alike = "".join(sorted(rules.ocr_table.get("digit_lookalikes", {})))
    _, split, _, _, _, leader = _patterns(words)
    lines = text.split("\n")
    changed: list[int] = []
    # only the lines a rewrite below may change: found in one search of the whole text
    for index, _start, _end in hit_lines(text, _trigger(words)):
        line = original = lines[index]
        if has_field and any(o in line for o in opens):
            line = split.sub(lambda m: m.group()[:-1] + "\n", line)
            line = "\n".join(
                _field_line(
                    part, words, rules.comment_keywords, rules.field_labels, rules.sections,
                    rules,
                )
                for part in line.split("\n")
            )
        elif has_box and any(c in line for c in box_starts):
            head = _PLAIN_FIELD.match(line)
            if head is None:  # ``施設区分　　■…　□…``: a field label, a column gap (2353)
                head = _GAP_FIELD.match(line)
                if head is not None and head.group("label") not in rules.field_labels:
                    head = None
            if head is not None:
                line = line[: head.end()] + _choose(line[head.end() :], words)
        if has_leader and any(c in line for c in words.leaders):
            line = leader.sub(_blank, line)
        # a fill-in row has two blanks or more, each closing with a bracket (``_fill_ins``)
        if has_blank and line.count("）") + line.count(")") >= 2 and any(u in line for u in units):
            line = _fill_ins(line, words, units, alike)
        if line != original:
            lines[index] = line
            changed.append(index)
    joined = _join_slash_rows(lines, _slash_rows(text, lines, changed)) if has_split else False
    if not changed and not joined:
        return text
    result = "\n".join(lines)
    assert len(result) == len(text)
    return result


@cache
def _trigger(words: FormWords) -> regex.Pattern[str]:
    """What a line ``untangle_forms`` may change holds: a field bracket, a leader, an
    unchecked mark, or two closing round brackets (a fill-in row's blanks)."""
    chars = {b[0] for b in words.field_brackets} | set(words.leaders)
    alternatives = [_any(tuple(sorted(chars)))] if chars else []
    if words.unchecked_marks:
        alternatives.append(_alt(words.unchecked_marks))
    alternatives.append(r"[）)][^\n]*[）)]")
    return regex.compile("|".join(alternatives))


#: a line a ``／`` continuation may start (``_SLASH_CONTINUATION`` needs this much), and
#: the newline before such a line (a faster search: it starts with a literal)
_SLASH_START = regex.compile(r"^[ \t\u3000]*[／/]")
_SLASH_AFTER_NEWLINE = regex.compile(r"\n[ \t\u3000]*[／/]")


def _slash_rows(text: str, lines: list[str], changed: list[int]) -> list[int]:
    """The indexes (ascending) of ``lines`` that may be ``／`` continuations: the lines of
    ``text`` starting so, and the rewritten lines that do now."""
    found: set[int] = set()  # (the first line is never one: nothing stands above it)
    index = 0
    counted = 0
    for match in _SLASH_AFTER_NEWLINE.finditer(text):
        after = match.start() + 1  # the line after the newline
        index += text.count("\n", counted, after)
        counted = after
        found.add(index)
    found.update(index for index in changed if _SLASH_START.match(lines[index]))
    return sorted(found)


_SLASH_CONTINUATION = regex.compile(r"^[ \t\u3000]*[／/][ \t\u3000]*\S")


def _join_slash_rows(lines: list[str], candidates: list[int] | None = None) -> bool:
    """A results row broken before a ``／`` piece (``…実績 95人`` / ``　／ 達成率 105.6％``)
    joined to the row above it: the newline between them becomes a space. ``candidates``
    (ascending) are the only indexes that may be continuations (all when None: a line that
    does not start a continuation cannot start one once a line is joined to it, a joined
    line being a non-blank one). Whether a row was joined."""
    joined = False
    for n in reversed(range(1, len(lines)) if candidates is None else candidates):
        if n < 1:
            continue
        if (
            _SLASH_CONTINUATION.match(lines[n])
            and "／" in lines[n - 1] + lines[n]
            and lines[n - 1].strip()
        ):
            lines[n - 1] = lines[n - 1] + " " + lines.pop(n)
            joined = True
    return joined


#: square brackets before NFKC unifies them: a value opening with one is no field value
_BRACKETS = "【】〔［[〖〘〚"

__all__ = ["FormWords", "form_words", "untangle_forms"]
