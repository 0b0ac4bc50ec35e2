"""A case label line naming the place before the headline: ``No.1　函館市　観光の仕事を…``.

After a case label (``No.1``, ``事例2``; ``jirei.caselabel``) a block may write the
municipality its case is about, then — after a space — the headline. The place is no part
of the title; it names the case's prefecture (when written) and municipality.
Normalisation removes a single space between two CJK characters, so the break after the
place is found either as a space still in the text or as one normalisation removed
(``removed_space``).
"""

from __future__ import annotations

from collections.abc import Callable

import regex
from attrs import frozen

from jirei.caselabel import label_length
from jirei.lines import Line
from jirei.places import municipality_in, split_prefecture
from jirei.rules import DEFAULT_RULES, Rules
from jirei.titles import unquote

#: a bare number opening a line (``１　``, ``2.``, ``(3)``), in place of a case label
_NUMBER = regex.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]?)\s*")

#: whether normalisation removed a space between normalised offsets ``start < end``
RemovedSpace = Callable[[int, int], bool]


@frozen
class LabelPlace:
    """The place written after a case label (offsets into the normalised text) and where
    the headline after it starts."""

    prefecture: str | None
    municipality: str
    start: int
    end: int
    #: where the municipality starts (after a written prefecture)
    municipality_start: int
    title_start: int


def label_place(
    line: Line, removed_space: RemovedSpace, rules: Rules = DEFAULT_RULES
) -> LabelPlace | None:
    """The place between a label and a headline on ``line`` (``No.1　函館市　観光の…``),
    else None: no label, no municipality right after it, the place alone on the line, or
    neither a space nor a headline quote (``「``) between place and headline. A bare number
    may stand for the label when a quoted headline follows the place right away
    (``１　長岡市「…」``, decision 2356)."""
    text = line.text
    after_label = label_length(text, rules)
    numbered = False  # ``１　長岡市「headline」``: a bare number as the label (decision 2356)
    if not after_label:
        number = _NUMBER.match(text)
        if number is None:
            return None
        after_label, numbered = number.end(), True
    rest_of_line = text[after_label:]
    at = after_label + len(rest_of_line) - len(rest_of_line.lstrip())
    written = text[at:]
    name = municipality_in(written)
    if not name:
        return None
    prefecture, rest = split_prefecture(written)
    if not rest.startswith(name):
        return None
    own = at + len(written) - len(rest)
    cut = own + len(name)
    after = text[cut:]
    if not after.strip():
        return None  # the place alone (``No.1　日立市``): the headline is on its own line
    quoted = any(after[0] == pair[0] for pair in rules.headline_quotes)
    if numbered and not quoted:
        return None  # a bare number before a place needs the quoted headline right after it
    if after[0].isspace():
        title = cut + len(after) - len(after.lstrip())
    elif after[0] == ":" and after[1:].strip():  # 事例1　浜松市：headline (decision 3419)
        title = cut + len(after) - len(after[1:].lstrip())
    elif quoted:
        title = cut  # 事例1　唐津市「headline」: a quoted headline right after the place
    elif removed_space(line.start + cut - 1, line.start + cut + 1):
        title = cut
    else:
        return None
    start = line.start
    return LabelPlace(prefecture, name, start + at, start + cut, start + own, start + title)


def quoted_after_place(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` is a municipality (its prefecture before it or not) and then, after
    a space or none, a headline wrapped whole in one pair of ``rules.headline_quotes``
    (``静岡県浜松市　～ワンストップ相談で…～``, ``浜松市「…」``; decision 3133): a case's place
    and its catch phrase on one line."""
    text = text.strip()
    if len(text) < 6 or not any(text[-1] == pair[1] for pair in rules.headline_quotes):
        return False  # (cheap precheck: the line ends with a closing quote)
    name = municipality_in(text)
    if not name:
        return False
    _prefecture, rest = split_prefecture(text)
    if not rest.startswith(name):
        return False
    after = rest[len(name) :].strip()
    return unquote(after, rules)[1] > 0


__all__ = ["LabelPlace", "RemovedSpace", "label_place", "quoted_after_place"]
