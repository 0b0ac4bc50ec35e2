"""Comment speakers written in forms of their own, as data (``rules/layouts.toml``):

* speaker headings (``speaker_headings``): a line that only names the speaker, the comment
  text on the lines under it — ``VOICE｜大仙市 生活福祉課``, ``◇ 担当者の声（川辺市福祉課）``
  (the speaker in the bracket, not the words before ``の声``);
* attributions (``attributions``): a line naming the speaker *after* the text —
  ``（川辺市福祉課　談）`` closes the paragraph above it as that speaker's comment (a
  blockquote's ``>`` marks and quotes wrapping the whole text are no part of it).

Speakers lose their inner spaces; the role is decided by ``rules.comment_roles``.
Offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from jirei.comments import CommentParts, role_of
from jirei.items import Item, join_lines
from jirei.lines import Line
from jirei.patternjoin import join_patterns
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo

_SPACES = regex.compile(r"\s+")


_Patterns = tuple[regex.Pattern[str], ...]


@per_rules
def _patterns(rules: Rules) -> tuple[_Patterns, _Patterns]:
    return (
        tuple(regex.compile(p) for p in rules.speaker_headings),
        tuple(regex.compile(p) for p in rules.attributions),
    )


@per_rules
def _any_attribution(rules: Rules) -> regex.Pattern[str] | None:
    """One pattern that fullmatches a text exactly when some pattern of
    ``rules.attributions`` does (a cheap precheck), else None (patterns not joinable)."""
    return join_patterns(rules.attributions)


def _speaker(
    patterns: Sequence[regex.Pattern[str]], line: Line
) -> tuple[str, int, int] | None:
    text = line.text.strip()
    lead = len(line.text) - len(line.text.lstrip())
    for pattern in patterns:
        match = pattern.fullmatch(text)
        if match is not None and match.group("speaker").strip():
            raw = match.group("speaker")
            start = line.start + lead + match.start("speaker")
            speaker = _SPACES.sub("", raw)
            if "org" in pattern.groupindex and match.group("org"):  # 豊橋市の声（福祉部…）
                from jirei.speakerposts import with_org

                speaker = with_org(_SPACES.sub("", match.group("org")), speaker)
            return speaker, start, start + len(raw.rstrip())
    return None


def speaker_heading(line: Line, rules: Rules = DEFAULT_RULES) -> tuple[str, int, int] | None:
    """The speaker a speaker-heading line names and its offsets, else None."""
    if not rules.speaker_headings:
        return None
    found = _heading_at_zero(line.text, rules)
    if found is None:
        return None
    speaker, start, end = found
    return speaker, line.start + start, line.start + end


@per_rules_memo(1 << 12)
def _heading_at_zero(text: str, rules: Rules) -> tuple[str, int, int] | None:
    """``speaker_heading`` of a line at offset 0, read once per text (a report's comment
    headings repeat, ``＜市コメント＞`` over each case's comment; the offsets only move with
    the line's start)."""
    return _speaker(_patterns(rules)[0], Line(text, 0))


def is_speaker_heading(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line's text is a speaker heading."""
    return speaker_heading(Line(text, 0), rules) is not None


def attribution(line: Line, rules: Rules = DEFAULT_RULES) -> tuple[str, int, int] | None:
    """The speaker an attribution line (``（川辺市福祉課　談）``) names, else None."""
    if not rules.attributions:
        return None
    return _speaker(_patterns(rules)[1], line)


def _text_part(line: Line, rules: Rules) -> Line | None:
    """The comment text written on an attribution line before the attribution
    (``text（川辺市福祉課　談）``: a pattern's group ``text``), else None."""
    text = line.text.strip()
    lead = len(line.text) - len(line.text.lstrip())
    for pattern in _patterns(rules)[1]:
        match = pattern.fullmatch(text)
        if match is not None and "text" in pattern.groupindex and match.group("text"):
            return Line(match.group("text"), line.start + lead + match.start("text"))
    return None


_QUOTE_MARK = regex.compile(r"\s*>\s*")


def _unmarked(line: Line) -> Line:
    """A line without the quote mark ``>`` a web page's blockquote opens it with."""
    mark = _QUOTE_MARK.match(line.text)
    if mark is None:
        return line
    return Line(line.text[mark.end() :], line.start + mark.end())


def _unquoted(lines: list[Line], rules: Rules) -> list[Line]:
    """The text lines of a comment without the quotes wrapping them whole (``「…」``,
    ``rules.headline_quotes``); quotes inside stay."""
    first, last = lines[0].text.strip(), lines[-1].text.rstrip()
    whole = "\n".join(line.text.strip() for line in lines)
    for pair in rules.headline_quotes:
        opening, closing = pair[0], pair[1]
        if not (first.startswith(opening) and last.endswith(closing)) or len(whole) < 3:
            continue
        if closing in whole[1:-1]:
            return lines
        head, tail = lines[0], lines[-1]
        lead = len(head.text) - len(head.text.lstrip()) + 1
        opened = Line(head.text[lead:], head.start + lead)
        if len(lines) == 1:
            return [Line(opened.text.rstrip()[:-1], opened.start)]
        return [opened, *lines[1:-1], Line(tail.text.rstrip()[:-1], tail.start)]
    return lines


@frozen
class Attributed:
    """The comments of a block written as paragraphs each closed by an attribution line,
    and the lines after the last attribution (no comment)."""

    comments: tuple[CommentParts, ...]
    rest: tuple[Item, ...]


def read_attributed(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> Attributed | None:
    """The comments of ``lines`` when they hold attribution lines, else None: each
    attribution closes the text lines since the previous one (or the start)."""
    if not rules.attributions:
        return None
    joined = _any_attribution(rules)
    if joined is not None and not any(joined.fullmatch(line.text.strip()) for line in lines):
        return None  # no attribution line (one pattern tried per line, not each)
    found = [(index, attribution(line, rules)) for index, line in enumerate(lines)]
    if not any(who is not None for _, who in found):
        return None
    comments: list[CommentParts] = []
    pending: list[Line] = []
    for index, who in found:
        line = lines[index]
        if who is None:
            if _unmarked(line).text.strip():  # (a lone ``>`` is a blank line of a blockquote)
                pending.append(line)
            continue
        said = _text_part(line, rules)  # ``text（speaker　談）`` on one line
        if said is not None:
            pending.append(said)
        if not pending:
            continue
        speaker, s_start, s_end = who
        said = _unquoted([_unmarked(piece) for piece in pending], rules)
        text = join_lines([piece.text.strip() for piece in said])
        first, last = said[0], said[-1]
        start = first.start + len(first.text) - len(first.text.lstrip())
        end = last.start + len(last.text.rstrip())
        comments.append(
            CommentParts(speaker, s_start, s_end, role_of(speaker, rules), text, start, end)
        )
        pending = []
    rest = tuple(
        Item(line.stripped, line.start + len(line.text) - len(line.text.lstrip()),
             line.start + len(line.text.rstrip()))
        for line in pending
    )  # fmt: skip
    return Attributed(tuple(comments), rest)


__all__ = ["Attributed", "attribution", "is_speaker_heading", "read_attributed", "speaker_heading"]
