"""A quotation wrapped over several lines, its speaker after it, read as one line
(decision 817), so a comment form written on one line (``「…」（speaker）``,
``「…」―speaker``) reads it whole::

    「住まいの相談に来た方に、その日のうちに
    仕事の相談まで案内できます。」（熊本市 保護課）

The joined line holds the lines' texts with a space where each newline stood, so every
offset into it is still an offset into the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Line

#: most lines one quotation is joined over
_MOST = 6
#: opening quotation mark -> closing one
_QUOTES = {"「": "」", "『": "』", "“": "”"}


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
        mark = line.text.lstrip()[0]
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
        if close not in closing or not closing[closing.rindex(close) + 1 :].strip():
            # only a quote with its speaker after it on the closing line is joined
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
    """Whether a line opens a quotation and leaves it open."""
    body = text.lstrip()
    close = _QUOTES.get(body[:1])
    return close is not None and body.count(body[0]) > body.count(close)


__all__ = ["join_wrapped_quotes"]
