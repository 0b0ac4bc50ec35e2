"""Lines a comment form read that are no comment (decision 1343).

A comments section runs to the next heading, so what follows its last comment can read
as ``speaker　text`` lines: a page's running head
(``令和5年度 評価シート　　シート番号 46-02``), a results box
(``支援対象者数　目標180人 ⇒ 196人``), an e-mail's head lines (``From: …``, ``件名: …``),
a mail's signature (``熊本労働局 職業安定部`` over ``　担当 山本 TEL …``). Such a
"comment" has a text without kana (no sentence anyone said), or a speaker of no
stakeholder role (``other``) holding a word of ``[noise].not_speakers`` in
``rules/quotes.toml``, or a text that is only a stakeholder's name (a round table's cast
row, ``松江市生活福祉課長`` over ``ハローワーク松江所長``; decision 3505). A sentence said by
a stakeholder or a person (``利用者（30代）``) is always kept.
"""

from __future__ import annotations

import regex

from jirei.comments import CommentParts, role_of
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: a kana character: a sentence someone said holds one
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
#: a name only, of an organisation and maybe a post (no hiragana, no punctuation):
#: ``ハローワーク松江所長``, ``島根労働局職業安定課長``
_NAME_ONLY = regex.compile(r"[\p{Han}\p{Katakana}ー・]{2,40}")


@per_rules
def _not_speakers(rules: Rules) -> tuple[str, ...]:
    table = rules.quotes_table.get("noise", {})
    return tuple(table.get("not_speakers", ()))


def is_noise(parts: CommentParts, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a read comment is no comment: its text without kana (whoever the speaker),
    or its speaker of role ``other`` holding a ``not_speakers`` word."""
    if not parts.text.strip():
        return False  # (a speaker whose text was not found: warned about by the caller)
    if not _KANA.search(parts.text):
        return True  # a signature's office and telephone, a code, a figure
    if _NAME_ONLY.fullmatch(parts.text.strip()) and role_of(parts.text.strip(), rules) != "other":
        return True  # a cast list's row: one stakeholder's name under another's (3505)
    if parts.role != "other":
        return False
    speaker = parts.speaker or ""
    return any(word in speaker for word in _not_speakers(rules))


__all__ = ["is_noise"]
