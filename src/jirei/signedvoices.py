"""A paragraph signed by its speaker under a headed comment (``corpus/README.md`` decision 3503)::

    ＜水戸市コメント＞
    障害福祉と生活福祉の担当が…深めていきたい。        the heading's speaker's comment

    水戸市の熱意ある取組により、…続けていく。          a second voice: the signer's
    （茨城労働局職業安定部長）

A comment block whose last filled line is a signature — a speaker alone in brackets or
between dashes naming a stakeholder (``（山口労働局職業安定部長）``, ``―ハローワーク下関所長―``),
or such a bracket closing the paragraph's last sentence (``…まいりたい。（山口労働局長）``) —
and whose signed paragraph stands apart from the text above it by a blank line, holds two
voices: the text above is the heading's speaker's, the signed paragraph the signer's. The
signature is no part of either text. A signature naming the heading's own speaker, or one
right under the heading's text with no blank line between, signs the one comment (nothing
is split).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.comments import CommentParts, role_of
from jirei.items import join_lines
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules

#: a signature closing a paragraph's last sentence: ``。`` or a closing quote, then the
#: speaker in round brackets to the line's end
_CLOSING = regex.compile(
    r"(?<=[。」』!?！？])[ \t\u3000]*[(（](?P<who>[^()（）「」。、]{2,40})[)）]\s*$"
)
#: a signature alone on its line: round brackets or dashes round the speaker
_ALONE = regex.compile(
    r"^[ \t\u3000]*(?:[(（](?P<round>[^()（）「」。、]{2,40})[)）]"
    r"|[―—]+[ \t\u3000]*(?P<dashed>[^―—「」。、]{2,40}?)[ \t\u3000]*[―—]*)[ \t\u3000]*$"
)
#: how the text above a signed paragraph ends (a sentence or a quote closed)
_CLOSES = ("。", "」", "』", "!", "?", "！", "？", ")", "）")


def _signer(text: str, rules: Rules) -> tuple[str, int, int] | None:
    """The stakeholder a bracketed or dashed signature names, and its [start, end) in
    ``text``; None when the words name no stakeholder (``（敬称略）``, ``（令和2年度）``)."""
    from jirei.commentforms import clean_speaker

    match = _ALONE.match(text) or _CLOSING.search(text)
    if match is None:
        return None
    group = next(
        name for name in ("round", "dashed", "who")
        if name in match.re.groupindex and match.group(name)
    )
    speaker, kept = clean_speaker(match.group(group), rules)
    if not speaker or role_of(speaker, rules) == "other":
        return None
    start = match.start(group)
    return speaker, start, start + kept


def signed_split(
    lines: Sequence[Line], heading_speaker: str | None, rules: Rules = DEFAULT_RULES
) -> tuple[int, int, bool] | None:
    """Where a comment block's signed paragraph starts, the index of the line that signs
    it and whether the signature stands alone on that line, when the block holds the
    heading's speaker's text, a blank line, and a paragraph signed by another stakeholder;
    else None."""
    filled = [n for n, line in enumerate(lines) if not line.blank]
    if len(filled) < 2:
        return None
    last = filled[-1]
    text = lines[last].text
    if "(" not in text and "（" not in text and "―" not in text and "—" not in text:
        return None  # (cheap: most comments end in no bracket)
    signer = _signer(text, rules)
    if signer is None or signer[0] == heading_speaker:
        return None
    alone = _ALONE.match(text) is not None
    first = last if not alone else last - 1  # the signed paragraph's last line of text
    if alone and (first < 0 or lines[first].blank):
        return None
    start = first
    while start > 0 and not lines[start - 1].blank:
        start -= 1
    above = [n for n in filled if n < start]
    if not above or not lines[above[-1]].text.rstrip().endswith(_CLOSES):
        return None  # no text of the heading's speaker above, or no sentence closed there
    if alone and not lines[first].text.rstrip().endswith(_CLOSES):
        return None  # the line over the signature closes no sentence
    return start, last, alone


def signed_parts(
    lines: Sequence[Line], signature: Line, rules: Rules = DEFAULT_RULES
) -> CommentParts | None:
    """The signed paragraph ``lines`` (the signature's line last among them when the
    signature closes its sentence) as the signer's comment; None when ``signature``
    names no stakeholder."""
    found = _signer(signature.text, rules)
    if found is None:
        return None
    speaker, s_start, s_end = found
    pieces = [line.text for line in lines]
    end_line = lines[-1] if lines else signature
    end = end_line.start + len(end_line.text.rstrip())
    if lines and lines[-1].start == signature.start:
        # ``…まいりたい。（署名）``: the text is what stands before the bracket
        match = _CLOSING.search(signature.text)
        assert match is not None
        cut = match.start()
        pieces[-1] = signature.text[:cut]
        end = signature.start + len(signature.text[:cut].rstrip())
    text = join_lines(pieces)
    first = lines[0] if lines else signature
    start = first.start + (len(first.text) - len(first.text.lstrip()))
    return CommentParts(
        speaker,
        signature.start + s_start,
        signature.start + s_end,
        role_of(speaker, rules),
        text,
        start,
        end,
    )


__all__ = ["signed_parts", "signed_split"]
