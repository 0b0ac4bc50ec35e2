"""Where the forms of a document start and end (decisions 2090-2109): agreements (a 協定書
title over articles), numbered report forms (``様式第3号`` over 記 or a form title) and a
sheet's title repeated over labelled fields; each form bounded by the next and by the usual
length of the forms.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from jirei.formfields import _fields
from jirei.formparts import (
    _ARTICLE,
    _ATTACHMENT,
    _BRACKET_END,
    _FORM_NUMBER,
    _FRAME,
    _NUM,
    _PAGE,
    _PLACES,
    _last,
    _Line,
    _plain,
    _Unit,
    _Words,
    _words,
)
from jirei.rules import Rules, per_rules

_DIGITS = regex.compile(r"\d+")
_NUMBERED = regex.compile(rf"^(?:{_NUM}[\s.．、)]|\({_NUM}\)|[①-⑳])")
_RULE = regex.compile(r"^[-─━=＝~〜_＿*・]{3,}$")
_CASE_LABEL = regex.compile(r"^[【\[(〔]?\s*(?:事例|CASE|Case|No\.?|NO\.?)\s*\d{1,3}\s*[】\])〕]?$")


def _pulled_back(lines: Sequence[_Line], start: int, floor: int) -> int:
    """A form's start moved up over the rules, page numbers, 別添 lines and case label
    right above it (``事例1`` between two rules over ``様式２``): they open the same case."""
    at = start
    for index in range(start - 1, max(floor, start - 8), -1):
        s = lines[index].s
        if not s:
            continue
        if (_RULE.match(_plain(s)) or _PAGE.match(s) or _CASE_LABEL.match(_plain(s))
                or (_ATTACHMENT.match(s) and len(_plain(s)) <= 40 and "。" not in s)):
            at = index
            continue
        break
    return at


def _bounded(kind: str, lines: Sequence[_Line], starts: Sequence[int]) -> tuple[_Unit, ...]:
    """The forms from their starts: each runs to the next (a report form to its ``以上``), and
    none much longer than the forms usually are (what follows the last form, or text
    between two forms, is no form)."""
    starts = [_pulled_back(lines, start, floor) for start, floor in
              zip(starts, [0, *starts[:-1]], strict=True)]
    nominal = [*starts[1:], _last(lines)]
    lengths = sorted(b - a for a, b in zip(starts, nominal[:-1], strict=False))
    cap = lengths[len(lengths) // 2] * 3 // 2 + 5
    units = []
    for start, stop in zip(starts, nominal, strict=True):
        if kind == "form":
            close = next((i for i in range(start, stop) if _FRAME.match(lines[i].s)
                          and lines[i].s != "記"), None)
            if close is not None:
                stop = close + 1
        stop = min(stop, start + cap)
        while stop > start + 1 and not lines[stop - 1].s:
            stop -= 1
        if stop > start:
            units.append(_Unit(kind, start, stop))
    return tuple(units)


@frozen
class _Scans:
    agreement: regex.Pattern[str]
    form_number: regex.Pattern[str]
    form_title: regex.Pattern[str]


@per_rules
def _scans(rules: Rules) -> _Scans:
    """Whole-text scans for the lines that may open a form (one pass each, multiline)."""
    words = _words(rules)

    def ending(titles: Sequence[str]) -> str:
        alternation = "|".join(regex.escape(t) for t in titles)
        return rf"(?:{alternation})[ \t　]*(?:\([^()\n]*\))?[ \t　]*$"

    return _Scans(
        agreement=regex.compile(ending(words.agreement_titles), regex.M),
        form_number=regex.compile(rf"^[ \t　]*様式\s*(?:第)?\s*{_NUM}", regex.M),
        form_title=regex.compile(ending(words.form_titles), regex.M),
    )


def _repeats_title_word(text: str, words: _Words) -> bool:
    return any(text.count(word) >= 2 for word in words.form_titles)


def _agreements(lines: Sequence[_Line], candidates: Sequence[int], words: _Words) -> list[int]:
    out: list[int] = []
    for index in candidates:
        line = lines[index]
        plain = _plain(line.s)
        if not plain or len(plain) > 80 or "。" in plain or "…" in plain:
            continue
        if not plain.endswith(words.agreement_titles) or _ARTICLE.match(plain):
            continue
        ahead = lines[index + 1 : index + 30]
        for later in ahead:
            if _ARTICLE.match(later.s):
                out.append(index)
                break
            if later.s and later.s != line.s and _plain(later.s).endswith(words.agreement_titles):
                break
    return out


def _form_numbers(lines: Sequence[_Line], candidates: Sequence[int]) -> list[int]:
    out: list[int] = []
    for index in candidates:
        line = lines[index]
        if not (_FORM_NUMBER.match(line.s) and len(line.s) <= 30):
            continue
        start = index
        for back in range(index - 1, max(index - 3, -1), -1):  # an 別添 line right above
            if _ATTACHMENT.match(lines[back].s) and len(lines[back].s) <= 30:
                start = back
                break
            if lines[back].s:
                break
        ahead = [x.s for x in lines[index + 1 : index + 12] if x.s][:5]
        if any(_FRAME.match(x) or _plain(x).endswith(_TITLE_ENDINGS) for x in ahead):
            out.append(start)  # (a running head over a form's next page opens no form)
    return out


_TITLE_ENDINGS = ("報告書", "計画書", "シート", "調書", "実績表", "計画表", "報告")


def _title_key(text: str) -> str:
    return _PLACES.sub("", _DIGITS.sub("", _plain(text)))


def _repeated_titles(lines: Sequence[_Line], candidates: Sequence[int], words: _Words) -> list[int]:
    seen: dict[str, list[int]] = {}
    for index in candidates:
        line = lines[index]
        plain = _plain(line.s)
        if not 4 <= len(plain) <= 60 or "。" in plain or "…" in plain or "|" in plain:
            continue
        bare = _BRACKET_END.sub("", plain)
        if (not bare.endswith(words.form_titles) or _ATTACHMENT.match(line.s)
                or _NUMBERED.match(line.s)):
            continue
        seen.setdefault(_title_key(plain), []).append(index)
    best: list[int] = []
    for starts in seen.values():
        if len(starts) < 2:
            continue
        spaced = [a for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)
                  if sum(1 for x in lines[a + 1 : b] if x.s) >= 4]
        spaced = [a for a in spaced if _field_block(lines[a : a + 25], words)]
        if len(spaced) >= 2 and len(spaced) > len(best):
            best = spaced
    return best


def _field_block(lines: Sequence[_Line], words: _Words) -> bool:
    """Whether a sheet's opening names its facility and its partners by labelled fields."""
    return len(_fields(lines, words)) >= 2
