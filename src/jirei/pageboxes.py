"""Page furniture a report's editor draws around each page number (decision 1743).

Some editions box each page's foot or head between two rules, the running title and the
page number on one line between them::

    ------------------------------------------------------------------------
    令和元年度　一体的実施事業　好事例集　　　　　　　　　　　　　　　　　1
    ------------------------------------------------------------------------

The rule is longer than a listed furniture line may be (``furniture_lines`` hold lines of
up to 60 characters), and the running title with its page number after a gap reads as a
table row, so a comment or an item ran on into the next page's furniture. Here:

- a **rule line** (one rule character, ``-`` ``─`` ``━`` ``=`` ``_`` ``~`` …, ten or more
  times, nothing else), whatever its length, is furniture in a page box, right under a
  paragraph's line (it closes the paragraph: a comment ran on into it) or after the last
  text; a rule elsewhere (under a sheet's title) stays where the other readers expect it;
- a **paged running line** (a short text, no sentence and no metric name, then a gap of
  two spaces or a tab and a page number of one to three figures, or the number first) is
  furniture when it stands between two rule lines (blank lines aside), or when it stands
  alone (blank lines or rules right above and below it) and its text stands so with another
  page number at least once more in the document.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo
from jirei.tables.cells import label_form

#: a rule drawn with one character (NFKC: ``－`` → ``-``, ``＝`` → ``=``, ``～`` → ``~``)
_RULE = regex.compile(r"^\s*([-‐―—─━=_~＿・])\1{9,}\s*$")
#: a running text and its page number after a gap (or the number first)
_PAGED = regex.compile(
    r"^\s*(?:(?P<text>[^\s。].{0,48}?)(?:\s{2,}|\t)\s*(?P<num>[-‐]?\s*\d{1,3}\s*[-‐]?)"
    r"|(?P<num2>\d{1,3})(?:\s{2,}|\t)\s*(?P<text2>[^\s。\d].{0,48}?))\s*$"
)
_SPACES = regex.compile(r"\s+")
#: what a rule line ends with, what a paged running line ends (or opens) with
_RULE_CHARS = frozenset("-‐―—─━=_~＿・")
_DIGITS = tuple("0123456789-‐")
_ENDS = (*_RULE_CHARS, *_DIGITS)
_RULE_ENDS = tuple(_RULE_CHARS)
#: the same, as sets of single characters (a set lookup per line is cheaper than a tuple's
#: ``endswith`` / ``startswith``; every entry above is one character)
_END_SET = frozenset(_ENDS)
_DIGIT_SET = frozenset(_DIGITS)
#: the kinds a paged running line or a rule line may have been classified as
_KINDS = (K.TEXT, K.TABLE, K.BULLET, K.HEADING)


def _is_rule(info: LineInfo) -> bool:
    text = info.text
    return len(text) >= 10 and _RULE.match(text) is not None


def _paged(info: LineInfo) -> tuple[str, str] | None:
    """The running text (spaces removed) and the page number of a paged running line."""
    text = info.text
    if (info.kind is not K.TABLE and info.kind is not K.TEXT) or "。" in text:
        return None
    found = _PAGED.match(text)
    if found is None:
        return None
    running = found.group("text") or found.group("text2") or ""
    number = found.group("num") or found.group("num2") or ""
    return _SPACES.sub("", running), _SPACES.sub("", number).strip("-‐")


def _neighbour(infos: Sequence[LineInfo], index: int, step: int) -> int | None:
    j = index + step
    while 0 <= j < len(infos) and infos[j].kind is K.BLANK:
        j += step
    return j if 0 <= j < len(infos) else None


def _alone(infos: Sequence[LineInfo], index: int, ruled: set[int]) -> bool:
    """Whether the lines right above and below ``index`` are blank, rules or no line (a
    table's row has rows beside it)."""
    return all(
        not 0 <= j < len(infos) or infos[j].kind is K.BLANK or j in ruled
        for j in (index - 1, index + 1)
    )


def drop_page_boxes(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> Sequence[LineInfo]:
    """``infos`` without rule lines and paged running lines (see the module)."""
    texts = [info.text for info in infos]
    ends, digits = _END_SET, _DIGIT_SET
    candidates = [
        i for i, text in enumerate(texts) if text[-1:] in ends or text[:1] in digits
    ]
    if not candidates:
        return infos  # no line ending in a rule character or a number, none opening in one
    kinds = _KINDS
    ruled = {
        i
        for i in candidates
        if texts[i].endswith(_RULE_ENDS)
        and len(texts[i]) >= 10
        and infos[i].kind in kinds
        and _RULE.match(texts[i]) is not None
    }
    paged: dict[int, tuple[str, str]] = {}
    blank, last = K.BLANK, len(infos) - 1
    for i in candidates:
        if i in ruled:
            continue
        # alone or boxed: blank lines or rules right above and below it
        if i > 0 and infos[i - 1].kind is not blank and i - 1 not in ruled:
            continue
        if i < last and infos[i + 1].kind is not blank and i + 1 not in ruled:
            continue
        found = _paged(infos[i])
        if found is not None and found[0] and label_form(found[0]) not in rules.metrics:
            paged[i] = found
    if not ruled and len(paged) < 2:
        return infos
    numbers: dict[str, set[str]] = {}
    for text, number in paged.values():
        numbers.setdefault(text, set()).add(number)
    drop: set[int] = set()
    for i, (text, _) in paged.items():
        before, after = _neighbour(infos, i, -1), _neighbour(infos, i, 1)
        if before in ruled and after in ruled:  # a page box: the rules and the line
            drop |= {i, before, after}  # type: ignore[arg-type]
        elif len(numbers[text]) >= 2 and _alone(infos, i, ruled):
            drop.add(i)
    for i in ruled - drop:  # a lone rule closing a paragraph, or the document's text
        above, after = infos[i - 1] if i else None, _neighbour(infos, i, 1)
        if after is None or (above is not None and above.kind in (K.TEXT, K.BULLET)):
            drop.add(i)
    if not drop:
        return infos
    return [info for i, info in enumerate(infos) if i not in drop]


__all__ = ["drop_page_boxes"]
