"""A field label parted from its value by one space, read as ``label: value`` (decision 1966).

Leaflets, phone-app OCR and Word text write a case's fields as ``■実施自治体　新潟県上越市``:
a marked label, one (ideographic) space, the value. Normalisation removes a single space
between two CJK characters (letter-spacing), which glues the label to the value
(``■窓口名称じょうえつ就労相談室``) and hides the field. Before that, the one space after a
field label of ``rules.field_labels`` opening a line (after a bullet mark or not) becomes
``:``, the text keeping its length.

Only a line that reads as a field is rewritten: the label is a whole word of the table
naming a header fact (not a title or an aside), after a bullet mark and one space of either
kind, or alone at the line's start and one ideographic space; then a value that is no
sentence (no ``。`` at its end, no colon in it), names no other label and is no comment
heading (``ハローワーク　コメント``); the line at most 60 characters long. The label may be
letter-spaced (``名　称　name``) and the line may open with a box's left border (``│``, a
``|`` once ``jirei.boxrules`` has read the box; decision 2350).
"""

from __future__ import annotations

import re
from functools import cache

from jirei.linescan import newline_hit_lines
from jirei.rules import DEFAULT_RULES, Rules, per_rules

_MAX_LINE = 60


@per_rules
def _trigger(rules: Rules = DEFAULT_RULES) -> re.Pattern[str] | None:
    labels = sorted(
        (label for label, kind in rules.field_labels.items() if kind in _KINDS),
        key=len,
        reverse=True,
    )
    if not labels:
        return None
    return _compile(tuple(labels), tuple(b for b in rules.bullets if len(b) == 1))


#: the fields a spaced label may open: a case's header facts (a title or an aside keeps the
#: readers it had: ``キャッチフレーズ　「…」``, ``設置場所　…``)
_KINDS = frozenset(
    {"place", "offices", "labour_bureau", "hello_work", "facility", "facility_type", "start_date"}
)


@per_rules
def _openers(rules: Rules = DEFAULT_RULES) -> re.Pattern[str]:
    """A newline and the start of a line the trigger may match: spaces, then a bullet
    mark or a label's first character."""
    labels = [label for label, kind in rules.field_labels.items() if kind in _KINDS]
    chars = frozenset(
        {b for b in rules.bullets if len(b) == 1} | {label[0] for label in labels if label}
    )
    chars |= {"|"}  # a box's left border, as ``jirei.boxrules`` left it (decision 2350)
    opener = "".join(re.escape(ch) for ch in sorted(chars))
    return re.compile(rf"\n[ \t\u3000]*[{opener}]" if opener else "(?!)")


@cache
def _compile(labels: tuple[str, ...], marks: tuple[str, ...]) -> re.Pattern[str]:
    """The trigger (the stdlib engine: it scans a big alternation at line starts several
    times faster): a label after a mark and one space of either kind, or a label alone at
    the line's start and one ideographic space (one ASCII space after a bare label word is
    how prose may start: ``施設名 ワークさかた`` stays, decision 1966)."""
    words = "|".join(_spaced(label) for label in labels)
    mark = "[" + "".join(re.escape(m) for m in marks) + "]" if marks else "(?!)"
    return re.compile(
        rf"(?m)^[ \t\u3000]*(?:\|[ \t\u3000]*)?"
        rf"(?:{mark}[ \t\u3000]?(?P<marked>{words})(?P<space>[ \u3000])"
        rf"|(?P<bare>{words})(?P<wide>\u3000|(?=  ) )[ \u3000]*)(?=[^\s:：|])"
    )


def _spaced(label: str) -> str:
    """A label's pattern, letter-spaced or not: one space of either kind may stand between
    its characters (``名　称``, ``開 設 日``; decision 2350)."""
    return "[ \u3000]{0,2}".join(re.escape(ch) for ch in label)


def mark_field_spaces(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the one space after each field label opening a line as ``:``."""
    trigger = _trigger(rules)
    if trigger is None:
        return text
    spaces: list[int] = []
    # the lines opening with such a character, found newline to newline (the
    # ``^``-anchored trigger gets no fast scan; ~4 800 of ~23 000 lines over 60 bench
    # documents)
    for start, end in newline_hit_lines(text, _openers(rules)):
        if end - start > _MAX_LINE:
            continue
        match = trigger.match(text, start, end)
        if match is None:
            continue
        value = text[match.end() : end].rstrip()
        if not value or value.endswith("。") or ":" in value or "：" in value:
            continue
        if _names_labels(value, rules):  # a header row of labels (``実施自治体　開始日``)
            continue
        if value.endswith(_comment_words(rules)):  # ``ハローワーク　コメント``: a heading
            continue
        label = "marked" if match.start("marked") >= 0 else "bare"
        wide = match.start("wide")
        if wide >= 0 and match.end() - wide > 1 and " " not in match.group(label).replace(
            "\u3000", " "
        ):  # ``施設名　　　name``: an aligned card's field, read as it is (decision 311)
            continue
        gap = match.start("space") if match.start("space") >= 0 else wide
        if match.end() - gap == 1 and "  " not in match.group(label).replace("\u3000", " "):
            spaces.append((gap, gap))  # ``名　称　name``: the one space after it a colon
        else:  # ``開　　始　　date``: the label closed up (decision 3041)
            spaces.append((match.start(label), match.end(label)))
    if not spaces:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in spaces:
        pieces += (text[done:start], _closed_up(text[start:end]))
        done = end + 1
    pieces.append(text[done:])
    return "".join(pieces)


def _closed_up(label: str) -> str:
    """A label and the one space after it as ``label:``, a letter-spaced label
    (``開　　始``, ``施 設 名``: spread over a cell's width) closed up, the spaces it loses
    put after the colon so that the text keeps its length (decision 3041)."""
    word = "".join(label.split())
    return word + ":" + "\u3000" * (len(label) - len(word))


def _names_labels(value: str, rules: Rules) -> bool:
    """Whether a piece of ``value`` (parted by spaces) is a field label itself, or the
    value opens with one."""
    labels = rules.field_labels
    pieces = value.split()
    spaced = _LETTER_SPACED.match(value)  # ``場　所　開　設``: letter-spaced labels
    if spaced is not None:
        joined = "".join(spaced.group().split())
        if any(joined.startswith(label) for label in labels if len(label) >= 2):
            return True
    return any(piece.strip("()（）") in labels for piece in pieces) or value.startswith(
        _long_labels(rules)
    )


#: a value's opening run of single characters parted by one space each
_LETTER_SPACED = re.compile(r"\S(?:[ \u3000]\S)+(?=[ \u3000]|$)")


@per_rules
def _comment_words(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The words closing a comment heading (``コメント``, ``の声`` …)."""
    return tuple(w.strip() for w in (*rules.comment_keywords, *rules.comment_marked_keywords)
                 if w.strip())


@per_rules
def _long_labels(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The field labels of three characters or more (a value opening with one is a label)."""
    return tuple(label for label in rules.field_labels if len(label) >= 3)


__all__ = ["mark_field_spaces"]
