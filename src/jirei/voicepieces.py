"""Several voices written on one line, each a speaker and a quote (decision 3504)::

    小山市：「庁舎の中で…心強いようです。」　／　ハローワーク小山：「市の窓口で…できています。」
    松江市：「…」　ハローワーク松江：「…」
    松江市「…」／ハローワーク松江「…」          (no colon: the speakers name stakeholders)
    【松江市】「…」【ハローワーク松江】「…」      (the speakers in brackets)

A comment read from such a line (its speaker the first one named, its text the rest of the
line) holds one voice per ``speaker：「…」`` part: after a closing quote, maybe a separator
(``／``, ``/``, ``｜``, ``・``) and spaces, a speaker and a colon open the next voice. Each part
is one comment by the speaker written before its colon (or right before the quote, when it
names a stakeholder), its text the words inside the quotes; the separators belong to no
comment. A quote inside a sentence (``「…」と話す。``) or a colon
after no closed quote opens no voice.
"""

from __future__ import annotations

import regex

from jirei.comments import CommentParts, role_of
from jirei.rules import DEFAULT_RULES, Rules

#: a next voice: after a closing quote, maybe a separator, a speaker and a colon before
#: an opening quote
_NEXT = regex.compile(
    r"(?<=」)[ \t\u3000]*(?:[／/｜|・][ \t\u3000]*)?"
    r"(?P<open>[【\[<〈《〔])?"  # (``【ハローワーク出雲】「…」``: the speaker in brackets)
    r"(?P<speaker>[^\s「」『』:：/／|｜・。、【】\[\]<>〈〉《》〔〕]{2,30}?)"
    r"(?(open)[】\]>〉》〕])[ \t\u3000]*(?P<colon>[:：])?[ \t\u3000]*(?=「)"
)
#: one whole quote (no quote opened or closed inside it), maybe spaces after it
_QUOTE = regex.compile(r"「(?P<said>[^「」]+)」[ \t\u3000]*")


def voice_pieces(
    parts: CommentParts, text: str, rules: Rules = DEFAULT_RULES
) -> list[CommentParts] | None:
    """The voices of a comment whose line holds several ``speaker：「…」`` parts, in order,
    offsets into ``text`` (the normalised text the comment was read from); None when the
    comment holds one voice only."""
    said = parts.text
    if "」" not in said or "「" not in said:
        return None  # (cheap: no quote closed before another opens)
    base, end = parts.start, parts.end
    if text[base - 1 : base] == "「" and text[end : end + 1] == "」":
        base, end = base - 1, end + 1  # (the reader took the text inside the outer quotes)
    source = text[base:end]
    if "\n" in source or source.count("「") < 2:
        return None
    nexts = [
        m for m in _NEXT.finditer(source)
        if m["colon"] or m["open"] or role_of(m["speaker"], rules) != "other"
    ]  # (without a colon, the speaker must name a stakeholder: ``」と市長「`` opens none)
    if not nexts:
        return None
    bounds = [(parts.speaker, parts.speaker_start, parts.speaker_end, 0)]
    bounds += [
        (m["speaker"], base + m.start("speaker"), base + m.end("speaker"), m.end())
        for m in nexts
    ]
    ends = [m.start() for m in nexts] + [len(source)]
    pieces: list[CommentParts] = []
    for (speaker, s_start, s_end, at), end in zip(bounds, ends, strict=True):
        quote = _QUOTE.fullmatch(source, at, end)
        if quote is None:
            return None  # a part that is no whole quote: one voice as read
        start = base + quote.start("said")
        pieces.append(
            CommentParts(
                speaker,
                s_start,
                s_end,
                role_of(speaker, rules) if speaker != parts.speaker else parts.role,
                quote["said"].strip(),
                start,
                base + quote.end("said"),
            )
        )
    return pieces


def next_voice(text: str, at: int, rules: Rules = DEFAULT_RULES) -> int | None:
    """Where the next ``speaker：「…」`` part of a line of voices opens (its speaker's
    first character) when one opens right at ``at``, just after a closing quote (maybe
    after a separator and spaces); else None."""
    match = _NEXT.match(text, at)
    if match is None or not (
        match["colon"] or match["open"] or role_of(match["speaker"], rules) != "other"
    ):
        return None
    return match.start("open") if match["open"] else match.start("speaker")


__all__ = ["next_voice", "voice_pieces"]
