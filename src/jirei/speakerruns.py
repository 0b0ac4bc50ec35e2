"""Speakers heading their own words with no comments heading over them (decision 2513)::

    ■足立区                                     a marked line naming only a speaker
    毎週の打合せで、本人の状況を共有できている。    its words: sentences
    ■ハローワーク足立                            the next speaker
    区の窓口からの紹介が増えている。

Two or more such blocks in a row — each a line in a ``speaker`` comment form
(``rules.comment_forms``: ``■org``, ``【org】``, ``＜org＞``, ``org：``) over lines of running
text ending a sentence — are the case's comments when they stand under the results or
under no heading at all; the first speaker must be a stakeholder (a city, a bureau, an
office: role not ``other``). One marked name over one sentence stays where it is: a single
``■足立区`` over a paragraph is as often a sub-heading of the case's own story — unless the
name is a department's (``〔新居浜市経済部産業振興課〕``: ``rules.lone_speaker_units``, decision
3044), which is who speaks, not what the story is about; and under a
headed block of another kind (``【役割分担】``, ``【取組内容】``) the same layout states what
each partner does — no voice (``jirei.sections.split_case``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: the fewest speakers in a row that make a run of voices
_FEWEST = 2
#: what the words under a speaker close with
_SENTENCE_ENDS = ("。", "」", "』", "！", "？", "!", "?")
#: the longest line naming only a speaker
_LONGEST = 40


class _Info(Protocol):
    """A classified line (``jirei.sections.LineInfo``)."""

    line: Line
    text: str

    @property
    def kind(self) -> object: ...


@per_rules
def _openings(rules: Rules) -> tuple[str, ...]:
    """What a speaker line may open with: a heading marker or an opening bracket."""
    return (*rules.comment_heading_markers, "【", "<", "《", "〈", "[", "＜", "［", "▶", "▷")


def _speaker(text: str, rules: Rules) -> str | None:
    """The speaker a line in a ``speaker`` comment form names, else None."""
    from jirei.commentforms import clean_speaker, speaker_line

    body = text.strip()
    if not body or len(body) > _LONGEST or not body.startswith(_openings(rules)):
        return None
    match = speaker_line(body, rules)
    if match is None:
        return None
    return clean_speaker(match["speaker"], rules)[0] or None


def _is_words(info: _Info) -> bool:
    """Whether a line is running text (a sentence or a piece of one)."""
    from jirei.sections import Kind

    return info.kind is Kind.TEXT


def opens_speaker_run(
    infos: Sequence[_Info], number: int, rules: Rules = DEFAULT_RULES
) -> bool:
    """Whether ``infos[number]`` opens a run of two or more speaker lines, each over its
    words (see the module)."""
    from jirei.comments import role_of
    from jirei.sections import Kind

    first = _speaker(infos[number].text, rules)
    if first is None or role_of(first, rules) == "other":
        return False
    count = 0
    at = number
    while at < len(infos):
        if _speaker(infos[at].text, rules) is None:
            break
        at += 1
        said = False
        while at < len(infos):
            info = infos[at]
            if info.kind is Kind.BLANK:
                at += 1
                continue
            if not _is_words(info) or _speaker(info.text, rules) is not None:
                break
            said = said or info.text.rstrip().endswith(_SENTENCE_ENDS)
            at += 1
        if not said:
            break
        count += 1
        if count >= _FEWEST:
            return True
    return count == 1 and first.endswith(tuple(rules.lone_speaker_units))


def comment_row(row: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table row of two cells is a comment with no comments heading over it
    (decision 2527): its first cell a comment heading naming a stakeholder
    (``| 宇都宮市コメント | …。 |``, ``市の声<TAB>…。``), its second words closing a sentence."""
    text = row.text
    if ("|" not in text and "\t" not in text) or not any(
        word in text for word in rules.comment_keywords
    ):
        return False
    from jirei.comments import role_of
    from jirei.lines import row_cells
    from jirei.sections import classifier

    cells = [cell for cell in row_cells(row) if cell.text.strip()]
    if len(cells) != 2:
        return False
    head = classifier(rules).comment.match(cells[0].text.strip())
    said = cells[1].text.strip()
    if head is None or not said.endswith(_SENTENCE_ENDS):
        return False
    from jirei.commentforms import clean_speaker

    speaker = clean_speaker(head.group("speaker") or "", rules)[0]
    return bool(speaker) and role_of(speaker, rules) != "other"


__all__ = ["comment_row", "opens_speaker_run"]
