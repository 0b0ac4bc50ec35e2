"""Quotes followed by their speaker (``corpus/README.md`` decision 221)::

    「面談の続きをすぐ隣で…。」
                                        （酒田市生活福祉課）
    「…。」
                                        （ハローワーク酒田）

In a comments section whose first line is a quote (or a text no comment form reads, and
whose last line is a speaker line; decision 1224), a line holding only a speaker (a
``speaker`` form of ``rules.comment_forms``, ``（…）``, or a name card between dashes
``―福井市…課長　中村　健―``, decision 1565) right under a line closing a quote
(or a sentence) names the speaker of the text ABOVE it, not of the text below it (as
``（市）`` does when it opens a section). The text is the quote without its ``「」``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from jirei.commentforms import CommentSection, _forms, _Open, clean_speaker
from jirei.comments import role_of
from jirei.items import Item
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules


def _speaker(line: Line, rules: Rules) -> tuple[str, int, int] | None:
    """The speaker of a line holding only one (``（ハローワーク酒田）``): the speaker as
    recorded and its [start, end) offsets, else None."""
    body = line.text.rstrip()
    stripped = body.lstrip()
    if not stripped.startswith(_OPENS):
        return None
    lead = len(body) - len(stripped)
    for form, pattern in _forms(rules):
        if form != "speaker":
            continue
        match = pattern.match(stripped)
        if match is not None:
            speaker, kept = clean_speaker(match.group("speaker"), rules)
            if speaker:
                start = line.start + lead + match.start("speaker")
                return speaker, start, start + kept
    return None


def _editor_note(filled: Sequence[Line], rules: Rules) -> bool:
    """Whether the first of a section's lines is an editor's note in brackets naming no
    stakeholder (``（縦書きの囲み記事）``) over a text whose stakeholder speaker stands after
    it (decision 1347): no speaker of the lines under it."""
    if len(filled) < 3:
        return False
    first = _speaker(filled[0], rules)
    if first is None or role_of(first[0], rules) != "other" or _speaker(filled[1], rules):
        return False
    last = _speaker(filled[-1], rules)
    return last is not None and role_of(last[0], rules) != "other"


def speakers_after(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a comments section's lines are quotes each followed by its speaker line."""
    filled = [line for line in lines if not line.blank]
    if _editor_note(filled, rules):
        filled = filled[1:]
    last = _speaker(filled[-1], rules) if filled else None
    if last is None:  # lines after the last text's speaker, a blank line between (1786)
        cut = _trailing_cut(lines, rules)
        if cut is None:
            return False
        filled = [line for line in filled if line.start <= cut.start]
        last = _speaker(filled[-1], rules) if filled else None
        if last is None or filled[0].stripped.startswith("「"):
            return False
    first = filled[0].stripped
    if not first.startswith("「") and (
        not _plain_text(filled, rules) or role_of(last[0], rules) == "other"
    ):  # (an unquoted text: the last speaker a stakeholder, not ``（敬称略）``)
        return False
    seen = False
    for before, line in itertools.pairwise(filled):
        if _speaker(line, rules) is not None:
            if not before.stripped.endswith(_CLOSES):
                return False
            seen = True
    return seen


def _trailing_cut(lines: Sequence[Line], rules: Rules) -> Line | None:
    """The last speaker line of a section whose lines go on after it (decision 1786): a
    speaker line right under a closed sentence, a blank line under it, and no speaker line
    after it (a closing chapter, a page's foot after the last ``（北区保護課）``); else None.
    Its speaker must be a stakeholder."""
    for number in range(len(lines) - 1, 0, -1):
        line = lines[number]
        if line.blank:
            continue
        found = _speaker(line, rules) if line.stripped.startswith(_OPENS) else None
        if found is None:
            continue
        after = lines[number + 1] if number + 1 < len(lines) else None
        if (
            after is None
            or not after.blank
            or role_of(found[0], rules) == "other"
            or not lines[number - 1].stripped.endswith(_CLOSES)
        ):
            return None
        return line
    return None


#: how a speaker line after its text opens: ``（ハローワーク酒田）``, or a name card between
#: dashes ``―福井市福祉保健部生活福祉課長　中村　健―`` (decision 1565)
_OPENS = ("(", "―", "—")

#: how a text ends right above its speaker line: a quote or a sentence closed (decision 1224)
_CLOSES = ("」", "』", "”", "。", "!", "?", "！", "？")


def _plain_text(filled: Sequence[Line], rules: Rules) -> bool:
    """Whether a section's first line is a text no comment form reads (no speaker line, no
    ``speaker：text`` line, no organisation alone over an indented text): the section opens
    with a comment's text, its speaker after it (``…増えた。`` over
    ``（釧路市福祉部生活福祉事務所）``; decision 1224)."""
    from jirei.commentforms import _bare_speaker, is_comment_line, speaker_line

    text = filled[0].stripped
    following = filled[1] if len(filled) > 1 else None
    return (
        not is_comment_line(text, rules)
        and speaker_line(text, rules) is None
        and _bare_speaker(filled[0].text, following, rules) is None
    )


def read_speakers_after(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> CommentSection:
    """The comments of a section of quotes each followed by its speaker line."""
    comments = []
    pending: list[Line] = []
    unclassified: list[Item] = []
    filled = [line for line in lines if not line.blank]
    note = filled[0] if _editor_note(filled, rules) else None
    for line in lines:
        if line.blank:
            continue
        if line is note:  # an editor's note over the box (decision 1347)
            text = line.stripped
            start = line.start + len(line.text) - len(line.text.lstrip())
            unclassified.append(Item(text, start, start + len(text)))
            continue
        found = _speaker(line, rules)
        if found is None:
            pending.append(line)
            continue
        speaker, s_start, s_end = found
        comment = _Open(speaker, s_start, s_end)
        for quoted in pending:
            text = quoted.stripped
            start = quoted.start + len(quoted.text) - len(quoted.text.lstrip())
            comment.add(text, start, start + len(text))
        pending = []
        if comment.paragraphs:
            comments.append(comment.parts(rules))
    for line in pending:
        text = line.stripped
        start = line.start + len(line.text) - len(line.text.lstrip())
        unclassified.append(Item(text, start, start + len(text)))
    return CommentSection(tuple(comments), tuple(unclassified))


__all__ = ["read_speakers_after", "speakers_after"]
