"""Filled-in 様式 form lines read as plain field lines, the text keeping its length (so
every offset still points into the original; decisions 950–953).

- ``【label】value`` with a value on the same line becomes ``label: value`` (the field
  line every header reader knows); several such fields on one line, parted by two or more
  spaces, go on lines of their own (the last space before each ``【`` becomes a newline);
- a bracketed form instruction after a heading (``【取組の内容】（箇条書きで記入）``: a word
  of ``instruction_words``) reads as blank, the heading staying a heading;
- check boxes (``☑一体的実施施設　□巡回相談``) leave only the checked option;
- dot leaders (``支援対象者数……目標 230人``) read as blank.

Words are data (``rules/forms.toml``); only lines holding ``【`` or a leader are looked at.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

import regex
from attrs import frozen

from jirei.rules import DEFAULT_RULES, Rules


@frozen
class FormWords:
    """The words of ``rules/forms.toml``."""

    instruction_words: tuple[str, ...]
    checked_marks: tuple[str, ...]
    unchecked_marks: tuple[str, ...]
    leaders: tuple[str, ...]


@cache
def form_words() -> FormWords:
    """The form words shipped with jirei."""
    data = tomllib.loads(resources.files("jirei.rules").joinpath("forms.toml").read_text("utf-8"))
    return FormWords(
        tuple(data["instruction_words"]),
        tuple(data["checked_marks"]),
        tuple(data["unchecked_marks"]),
        tuple(data["leaders"]),
    )


def _any(chars: tuple[str, ...]) -> str:
    return "[" + "".join(regex.escape(c) for c in chars) + "]"


@cache
def _patterns(words: FormWords) -> tuple[regex.Pattern[str], ...]:
    # ``【label】rest`` opening a line (after spaces); the label short and bracket-free
    field = regex.compile(r"^([ \t\u3000]*)【([^【】\n]{1,30})】(.*)$")
    # two or more spaces before a further ``【label】`` on the same line
    # (only after a value: two headings side by side are two columns, not fields)
    split = regex.compile(r"(?<=[^\s】])[ \t\u3000]{2,}(?=【[^【】\n]{1,30}】\S)")
    instruction = regex.compile(
        r"^\s*[(（][^()（）\n]*(?:"
        + "|".join(regex.escape(w) for w in words.instruction_words)
        + r")[^()（）\n]*[)）]\s*$"
    )
    unchecked = regex.compile(
        _any(words.unchecked_marks)
        + r"[^"
        + "".join(regex.escape(c) for c in (*words.checked_marks, *words.unchecked_marks))
        + r"]*"
    )
    checked = regex.compile(_any(words.checked_marks))
    leader = regex.compile(r"(?<=\S)" + _any(words.leaders) + r"{2,}(?=\s*\S)")
    return field, split, instruction, unchecked, checked, leader


#: square brackets before NFKC unifies them: a value opening with one is no field value
_BRACKETS = "【】〔［[〖〘〚"


def _blank(match: regex.Match[str]) -> str:
    return " " * len(match.group())


def _field_line(line: str, words: FormWords, comment_keywords: tuple[str, ...]) -> str:
    field, _, instruction, unchecked, checked, _ = _patterns(words)
    match = field.match(line)
    # a value opening with another bracket is a chain of bracketed header parts
    # (``【横浜市】【神奈川労働局・…】name``), no form field
    if match is None or not match.group(3).strip() or match.group(3).lstrip()[0] in _BRACKETS:
        return line
    if match.group(2).strip().endswith(comment_keywords):
        return line  # a comment heading with its text on the line (``【市のコメント】「…」``)
    indent, label, rest = match.groups()
    if regex.match(r"[ \t\u3000]{2}", rest):
        return line  # text after a column gap is another column (two-column layout)
    if instruction.match(rest):
        return f"{indent}【{label}】" + " " * len(rest)
    if regex.match(r"^\s*[(（][^()（）\n]*[)）]\s*$", rest):
        return line  # a note on the heading (``【成果】（令和5年度）``), no value
    if checked.search(rest) and unchecked.search(rest):
        rest = checked.sub(" ", unchecked.sub(_blank, rest))
    return f"{indent}{label}: {rest}"


def untangle_forms(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with its form lines as plain lines, of the same length (see module docs)."""
    words = form_words()
    has_field = "【" in text
    has_leader = any(c in text for c in words.leaders)
    if not (has_field or has_leader):
        return text
    _, split, _, _, _, leader = _patterns(words)
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if has_field and "【" in line:
            line = split.sub(lambda m: m.group()[:-1] + "\n", line)
            line = "\n".join(
                _field_line(part, words, rules.comment_keywords) for part in line.split("\n")
            )
        if has_leader and any(c in line for c in words.leaders):
            line = leader.sub(_blank, line)
        out.append(line)
    result = "\n".join(out)
    assert len(result) == len(text)
    return result


__all__ = ["FormWords", "form_words", "untangle_forms"]
