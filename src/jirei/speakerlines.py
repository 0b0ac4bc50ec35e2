"""Speaker lines in a comments section that no comment form reads (decisions 1900–1902,
branch comments8).

* A web page's ``倉敷市生活福祉課より`` / ``ハローワーク姫路所長から``: an organisation (its
  role not ``other``) and a word saying whom the words come from, alone on its line, over
  a sentence (not indented, not quoted: a page saved as text keeps no indent).
* A numbered speaker line ``(1) 旭川市福祉保険部保護課``, ``①ハローワーク長岡``,
  ``1. 熊本市健康福祉局``: a heading number, then an organisation alone, over its text.

The speaker is the organisation without the number and the word (``より``); the lines under
it are its text. The words are data (``rules/quotes.toml [speaker_lines]``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.comments import role_of
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: a department in brackets after a numbered speaker (``(1) 福山市（福祉部生活福祉課）``;
#: decision 3253): the bracket closes with one of these words
_DEPARTMENT = "(?:課|係|室|部|局|所|センター|担当|グループ)"

#: a line holding some kana: a sentence someone said, not a caption or a number
_KANA = regex.compile(r"[\p{Hiragana}]")


class _Words:
    """The compiled pattern and prechecks of one ``Rules``."""

    def __init__(self, rules: Rules) -> None:
        table = rules.quotes_table.get("speaker_lines", {})
        numbers = tuple(table.get("numbers", ()))
        self.suffixes = tuple(table.get("suffixes", ()))
        self.firsts = tuple(table.get("number_firsts", ()))
        number = "|".join(f"(?:{n})" for n in numbers) or "(?!)"
        suffix = "|".join(regex.escape(s) for s in sorted(self.suffixes, key=len, reverse=True))
        self.pattern = regex.compile(
            rf"^\s*(?:(?P<n>{number})\s*)?"
            rf"(?P<speaker>[^\s:。、「」『』()○◆◇●◎■□・*]{{2,30}}?"
            rf"(?:\((?=[^()]*{_DEPARTMENT})[^\s()「」『』。、:]{{1,24}}\))?)"
            rf"(?P<k>{suffix or '(?!)'})?\s*$"
        )


@per_rules
def _words(rules: Rules) -> _Words:
    return _Words(rules)


def _named(body: str, words: _Words) -> regex.Match[str] | None:
    """The match of a numbered or ``…より`` speaker line, else None (cheap prechecks first)."""
    stripped = body.strip()
    if not stripped or not (
        stripped.startswith(words.firsts) or (words.suffixes and stripped.endswith(words.suffixes))
    ):
        return None
    match = words.pattern.match(body)
    if match is None or (match["n"] is None and match["k"] is None):
        return None
    return match


def may_be_lone_speaker(body: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``body`` has the shape of a line ``lone_speaker`` may read (its first test,
    which needs no following line: asked of every line of a comments section)."""
    return _named(body, _words(rules)) is not None


def lone_speaker(
    body: str, following: Line | None, rules: Rules = DEFAULT_RULES
) -> regex.Match[str] | None:
    """The match (group ``speaker``) of a speaker line of this module's shapes in a comments
    section — ``body`` the line, ``following`` the next non-blank line — when the speaker
    has a role and the line under it is text (a sentence, no speaker line), else None."""
    words = _words(rules)
    match = _named(body, words)
    if match is None or following is None:
        return None
    if role_of(match["speaker"], rules) == "other":
        return None
    below = following.text.strip()
    if not _KANA.search(below) or _named(below, words) is not None:
        return None  # no sentence under it (a caption, a heading number), or a speaker
    return match


def lone_pattern(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """The pattern whose matches ``lone_speaker`` returns (to tell its comments apart)."""
    return _words(rules).pattern


#: what a line closing a sentence ends with
_CLOSED = ("。", "」", "』", "!", "?", ")")


def paragraph_said(lines: Sequence[Line], number: int, lone: bool = False) -> bool:
    """Whether the paragraph opening at ``lines[number]`` (up to the next blank line) can
    go on a comment's text after a blank line: it holds some kana (a page's footer
    ``東京労働局　｜　P.2`` holds none, decision 1905) and, under a ``…より`` or numbered
    speaker line (``lone``), closes a sentence (the next page's breadcrumb or title closes
    none, decision 1901)."""
    if _heading_alone(lines, number):
        return False
    kana = False
    for line in lines[number:]:
        if line.blank:
            break
        kana = kana or _KANA.search(line.text) is not None
        if kana and (not lone or line.text.rstrip().endswith(_CLOSED)):
            return True
    return False


#: the longest one-line paragraph read as a heading after a comment, not as its text
_HEADING_LENGTH = 20


def _heading_alone(lines: Sequence[Line], number: int) -> bool:
    """Whether the paragraph at ``lines[number]`` is one short line closing no sentence and
    no clause (``金沢市の事例``, ``次のページへ``): the next part's heading, never a paragraph of
    speech going on after a blank line (decision 3302)."""
    text = lines[number].text.strip()
    if len(text) > _HEADING_LENGTH or text.endswith(_CLOSED) or "、" in text or "。" in text:
        return False
    following = lines[number + 1] if number + 1 < len(lines) else None
    return following is None or following.blank


__all__ = ["lone_pattern", "lone_speaker", "may_be_lone_speaker", "paragraph_said"]
