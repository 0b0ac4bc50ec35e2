"""A converter's heading that names a stakeholder, read as a speaker line: docling and marker
write every bold or large line as a markdown heading, so under ``## 関係者の声`` the speakers
stand as ``## 郡山市 生活支援課`` / ``## ハローワーク郡山`` over their texts (decision 1925).

A heading is a speaker when its text, without the ``#`` marks, is one short name with no
sentence mark or bracket, ending like an organisation's name (課, 室, 局, 所, センター, 市 …) or
naming a Hello Work office, whose role (``rules.comment_roles``) is not ``other``: a city,
ward, town or village or one of its departments, a labour bureau, a Hello Work office
(``## ハローワーク浜松の支援`` is a heading, no speaker).
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules

#: ``#`` marks, then one name (no sentence mark, bracket or colon) alone on the line
_HEADING = regex.compile(
    r"^\s*#{1,6}\s*(?P<speaker>[^\s#。、,.:「」『』()<>【】|*][^\s#。、,.:「」『』()<>【】|*]{1,29})\s*$"
)


#: how an organisation's name ends (a department, a municipality, a bureau, an office), or a
#: Hello Work office's name (no particle in it)
_ORGANISATION = regex.compile(
    r"(?:課|係|室|部|局|所|センター|市|町|村|区|県|都|道|府)$|^(?:ハローワーク|公共職業安定所)[^の]{1,12}$"
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

    if _ORGANISATION.search(match["speaker"]) is None:  # ``## ハローワーク浜松の支援``: a heading
        return None
    speaker = clean_speaker(match["speaker"], rules)[0]
    return match if speaker and role_of(speaker, rules) != "other" else None


__all__ = ["heading_speaker"]
