"""A quotation wrapped over several lines, its speaker after it, read as one line
(decision 817), so a comment form written on one line (``「…」（speaker）``,
``「…」―speaker``) reads it whole::

    「住まいの相談に来た方に、その日のうちに
    仕事の相談まで案内できます。」（熊本市 保護課）

A quotation opening after its speaker (``【ハローワーク天草】「…`` / ``…」``, decision 933)
is joined when its closing line ends with the closing mark.

The joined line holds the lines' texts with a space where each newline stood, so every
offset into it is still an offset into the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Line

#: most lines one quotation is joined over
_MOST = 6
#: opening quotation mark -> closing one
_QUOTES = {"「": "」", "『": "』", "“": "”"}
#: a speaker before the quotation (decision 933): ``【ハローワーク天草】「``, ``<市>「``,
#: ``天草市福祉課：「``
_PREFIX = regex.compile(
    r"(?:【[^【】「」『』。]{1,30}】|<[^<>「」『』。]{1,30}>|[^\s「」『』“”。、:]{1,30}?\s*:)\s*(?=[「『“])"
)


def join_wrapped_quotes(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each line that opens a quotation it does not close joined with the
    lines after it up to the one closing it (none blank between, at most a few) when that
    line goes on after the quotation (its speaker)."""
    if not any(_opens(line.text) for line in lines):  # (「, 『 or “)
        return list(lines)
    out: list[Line] = []
    number = 0
    while number < len(lines):
        line = lines[number]
        if not _opens(line.text):
            out.append(line)
            number += 1
            continue
        body = line.text.lstrip()
        prefix = _PREFIX.match(body)
        prefixed = prefix is not None
        mark = body[prefix.end() if prefix is not None else 0]
        close = _QUOTES[mark]
        last = number + 1
        while last < len(lines) and last - number < _MOST:
            below = lines[last]
            if below.blank or below.text.lstrip().startswith(mark) or close in below.text:
                break
            last += 1
        if (
            last >= len(lines)
            or last - number >= _MOST
            or lines[last].blank
            or lines[last].text.lstrip().startswith(mark)  # another quotation opens
        ):
            out.append(line)
            number += 1
            continue
        closing = lines[last].text
        after = closing[closing.rindex(close) + 1 :].strip() if close in closing else None
        if after is None or (not prefixed and not after) or (prefixed and after):
            # only a quote with its speaker after it on the closing line is joined, or one
            # with its speaker before it closing its line
            out.append(line)
            number += 1
            continue
        text = " ".join(lines[k].text for k in range(number, last + 1))
        if any(lines[k + 1].start != lines[k].end + 1 for k in range(number, last)):
            out.append(line)  # not consecutive lines of one text
            number += 1
            continue
        out.append(Line(text, line.start))
        number = last + 1
    return out


def _opens(text: str) -> bool:
    """Whether a line opens a quotation (maybe after its speaker) and leaves it open."""
    body = text.lstrip()
    if body[:1] not in _QUOTES:
        if not any(mark in body for mark in _QUOTES):
            return False
        prefix = _PREFIX.match(body)
        if prefix is None:
            return False
        body = body[prefix.end() :]
    close = _QUOTES[body[0]]
    return body.count(body[0]) > body.count(close)


__all__ = ["join_wrapped_quotes"]
