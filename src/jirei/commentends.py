"""Where a comment under a speaker line ends (decision 1342).

A speaker line over its text reads the lines under it as the text; what comes after the
text in the same section is no part of it when the comment's shape has closed:

* the text was indented deeper than its speaker line (``  八戸市 福祉部生活福祉課`` over
  ``      相談者を…``) and, after a blank line, a line stands no deeper than the speaker
  line (the next case's facility line, a running head, a closing word): the text ended;
* the text was one whole quotation (``北九州市保護課：`` over ``「…」``) and, after a blank
  line, a line opens no quotation (``以上です。``, a signature): the text ended.

A footnote line (a ``rules.footnote_markers`` marker right before its text: ``※コメントは
取材時のもの。``) is no part of any comment's text: it ends the comment before it.

A page break between a speaker line and its text (blank lines, the page's furniture
dropped) keeps the text: it is indented deeper than the speaker line.
"""

from __future__ import annotations

from jirei.lines import Line
from jirei.rules import Rules

#: the marks a quotation opens with
_OPENING = ("「", "『", "“")
_CLOSING = ("」", "』", "”")


def indent_of(line: Line) -> int:
    """How far ``line``'s text is indented (leading spaces, full-width ones included)."""
    return len(line.text) - len(line.text.lstrip())


def closed_before(
    speaker_indent: int | None, first: Line | None, texts: list[str], line: Line
) -> bool:
    """Whether the comment opened by a speaker line indented ``speaker_indent`` (None: no
    speaker line of its own), whose text began with line ``first`` and holds ``texts`` so
    far, has ended before ``line`` — the first line of a new paragraph no form reads."""
    if speaker_indent is None or first is None or not texts:
        return False
    stripped = line.text.strip()
    whole = "".join(texts).strip()
    if whole[:1] in _OPENING and whole[-1:] in _CLOSING and stripped[:1] not in _OPENING:
        return True  # one whole quotation, then a line that is no quotation
    return indent_of(first) > speaker_indent and indent_of(line) <= speaker_indent


def is_footnote(text: str, rules: Rules) -> bool:
    """Whether ``text`` (a stripped line) is a footnote: a footnote marker right before its
    text (``※…``, ``(注)…``; ``**…**`` is markdown bold, no footnote)."""
    for marker in rules.footnote_markers:
        if text.startswith(marker):
            rest = text[len(marker) :]
            return bool(rest) and not rest[0].isspace() and rest[0] != "*"
    return False


__all__ = ["closed_before", "indent_of", "is_footnote"]
