"""Comment rows of a tab card with three cells (decision 1913, branch comments8).

A spreadsheet sheet pasted as tab text writes its comments as ``コメント\\tspeaker\\ttext`` rows,
further speakers on rows whose first cell is empty (``\\tspeaker\\ttext``). The first cell is
a comments head (``コメント``, ``関係者の声``: ``jirei.headwords``), the second the speaker (a
stakeholder: its role not ``other``), the third the text.
"""

from __future__ import annotations

from jirei.comments import CommentParts, role_of
from jirei.lines import Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules


def card_voice(row: Line, after_voice: bool, rules: Rules = DEFAULT_RULES) -> CommentParts | None:
    """The comment a three-cell card row holds — a comments head in its first cell, or an
    empty first cell right after such a row (``after_voice``) — else None."""
    if "\t" not in row.text:
        return None
    cells = row_cells(row)
    lead = row.text[: len(row.text) - len(row.text.lstrip())]
    if after_voice and "\t" in lead and len(cells) == 3 and not cells[0].text.strip():
        cells = cells[1:]  # (the empty first cell kept by the row's reader)
    if len(cells) == 2 and after_voice and "\t" in lead:  # ``\tspeaker\ttext``
        speaker_cell, text_cell = cells
    elif len(cells) == 3:
        from jirei.headwords import head_kind

        if head_kind(cells[0].text, rules) != "comments":
            return None
        speaker_cell, text_cell = cells[1], cells[2]
    else:
        return None
    from jirei.commentforms import clean_speaker

    speaker, kept = clean_speaker(speaker_cell.text, rules)
    if not speaker or role_of(speaker, rules) == "other":
        return None
    text = text_cell.text.strip()
    start = text_cell.start + len(text_cell.text) - len(text_cell.text.lstrip())
    if len(text) > 2 and text[0] == "「" and text[-1] == "」" and "」" not in text[1:-1]:
        text, start = text[1:-1], start + 1
    return CommentParts(
        speaker, speaker_cell.start, speaker_cell.start + kept, role_of(speaker, rules),
        text, start, start + len(text),
    )


__all__ = ["card_voice"]
