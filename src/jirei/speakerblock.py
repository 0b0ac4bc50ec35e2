"""Speakers listed first, then their texts (``corpus/README.md`` decision 838)::

    釧路市生活福祉事務所
    ハローワーク釧路

    生活の困りごとと仕事探しを…。
    体験先の事業所にそのまま…。

A comment box whose two columns a PDF extractor gave one after the other: in a comments
section, N lines (N ≥ 2) each naming only a stakeholder (a ``bare`` comment form whose
speaker's role is not ``other``), then N text lines, pair by position — the same
"N names, then N values" shape as ``jirei.cellruns``. Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.commentforms import CommentSection, _bare_forms, _Open, clean_speaker
from jirei.comments import role_of
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules

#: the longest speaker line
_MAX_SPEAKER = 40


def _speaker(line: Line, rules: Rules) -> tuple[str, int, int] | None:
    """The speaker a line names alone (and its offsets), else None."""
    body = line.text.strip()
    if len(body) > _MAX_SPEAKER or body.endswith("。") or body.startswith("「"):
        return None
    lead = len(line.text) - len(line.text.lstrip())
    for pattern in _bare_forms(rules):
        match = pattern.fullmatch(body)
        if match is None:
            continue
        speaker, kept = clean_speaker(match["speaker"], rules)
        if speaker and role_of(speaker, rules) != "other":
            start = line.start + lead + match.start("speaker")
            return speaker, start, start + kept
    return None


def read_speaker_block(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> CommentSection | None:
    """The comments of a section made of N speaker lines then N text lines, else None."""
    filled = [line for line in lines if not line.blank]
    if len(filled) < 4 or len(filled) % 2:
        return None
    half = len(filled) // 2
    speakers = [_speaker(line, rules) for line in filled[:half]]
    if any(found is None for found in speakers):
        return None
    if any(_speaker(line, rules) is not None for line in filled[half:]):
        return None
    comments = []
    for found, line in zip(speakers, filled[half:], strict=True):
        assert found is not None
        current = _Open(*found)
        lead = len(line.text) - len(line.text.lstrip())
        text = line.text.strip()
        start = line.start + lead
        # a list mark and the quotation marks around the whole text are no part of it
        # (``・「…」``, decision 935)
        if text[:1] in rules.bullets and len(text) > 1:
            rest = text[1:].lstrip()
            start += len(text) - len(rest)
            text = rest
        if len(text) > 2 and text[0] == "「" and text[-1] == "」" and "「" not in text[1:]:
            text, start = text[1:-1], start + 1
        current.add(text, start, start + len(text))
        comments.append(current.parts(rules))
    return CommentSection(tuple(comments), ())


__all__ = ["read_speaker_block"]
