"""A converter's heading that names a stakeholder, read as a speaker line: docling and marker
write every bold or large line as a markdown heading, so under ``## 関係者の声`` the speakers
stand as ``## 郡山市 生活支援課`` / ``## ハローワーク郡山`` over their texts (decision 1925).

A heading is a speaker when its text, without the ``#`` marks, is one short name with no
sentence mark or bracket whose role (``rules.comment_roles``) is not ``other``: a city,
ward, town or village or one of its departments, a labour bureau, a Hello Work office.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules

#: ``#`` marks, then one name (no sentence mark, bracket or colon) alone on the line
_HEADING = regex.compile(
    r"^\s*#{1,6}\s*(?P<speaker>[^\s#。、,.:「」『』()<>【】|*][^\s#。、,.:「」『』()<>【】|*]{1,29})\s*$"
)


def heading_speaker(text: str, rules: Rules = DEFAULT_RULES) -> regex.Match[str] | None:
    """The match (group ``speaker``, offsets into ``text``) of a markdown heading naming a
    stakeholder, else None."""
    if "#" not in text[:8]:  # cheap precheck: a heading opens with its marks
        return None
    match = _HEADING.match(text)
    if match is None:
        return None
    from jirei.commentforms import clean_speaker
    from jirei.comments import role_of

    speaker = clean_speaker(match["speaker"], rules)[0]
    return match if speaker and role_of(speaker, rules) != "other" else None


__all__ = ["heading_speaker"]
