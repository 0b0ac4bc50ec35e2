"""Whether the lines under a head line naming comments (``区長メッセージ``, ``所長から一言``,
``局長からのメッセージ``: a heading no alias lists, ``jirei.headwords``) are voices a comment
form reads (decision 1903, branch comments8).

Such a head names a post, not a speaker; its speaker is written by the text (a
``（足立区長）`` line under it, a ``speaker：text`` line). The piece is read as a comments
section when the comment forms read the whole of it as comments — each with a text, each
speaker a stakeholder (its role not ``other``) — and nothing holding kana is left over (a
page's footer may be); otherwise it stays an aside (whose quotations ``jirei.quotes`` reads
by shape).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules

#: a line holding some kana (a page's footer ``東京労働局　｜　P.2`` holds none)
_KANA = regex.compile(r"\p{Hiragana}")

#: at most this many lines are read under one such head (a long piece is no voices)
_MOST_LINES = 40


def reads_as_voices(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``lines`` (under a comments head) are read whole as stakeholders' comments."""
    filled = [line for line in lines if not line.blank]
    if not filled or len(filled) > _MOST_LINES:
        return False
    from jirei.commentforms import read_comment_section

    read = read_comment_section(lines, rules)
    return (
        bool(read.comments)
        and not any(_KANA.search(item.text) for item in read.unclassified)
        and all(c.text and c.role != "other" for c in read.comments)
    )


__all__ = ["reads_as_voices"]
