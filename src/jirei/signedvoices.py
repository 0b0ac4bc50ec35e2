"""A paragraph signed by its speaker after another's comment (``corpus/README.md`` decision 3503)::

    ＜水戸市コメント＞                                 (or ``水戸市：…``, ``■水戸市福祉課`` over it)
    障害福祉と生活福祉の担当が…深めていきたい。        the comment's speaker's words

    水戸市の熱意ある取組により、…続けていく。          a second voice: the signer's
    （茨城労働局職業安定部長）

A comment of two paragraphs or more whose last paragraph is signed — a speaker alone in
brackets or between dashes on the line under it (``（山口労働局職業安定部長）``,
``―ハローワーク下関所長―``), or alone closed by a post or by ``談`` (``山口労働局長　談``;
inside the comment as read or right after it, then no more text under it), or such a bracket
closing its last sentence (``…まいりたい。（山口労働局長）``) — naming a stakeholder other than
the comment's speaker holds two voices: the paragraphs above the blank line are the
speaker's, the signed paragraph the signer's. The signature is no part of either text. A
signature naming the comment's own speaker, one naming no stakeholder (``（令和２年度）``)
or labelled (``（文責：…）``), or a comment of one paragraph splits nothing.
"""

from __future__ import annotations

import regex

from jirei.comments import CommentParts, role_of
from jirei.items import join_lines
from jirei.rules import DEFAULT_RULES, Rules

#: a signature closing a paragraph's last sentence: ``。`` or a closing quote, then the
#: speaker in round brackets to the line's end
_CLOSING = regex.compile(
    r"(?<=[。」』!?！？])[ \t\u3000]*[(（](?P<who>[^()（）「」。、:：]{2,40})[)）][ \t\u3000]*$"
)
#: a signature alone on its line: round brackets or dashes round the speaker
_ALONE = regex.compile(
    r"[ \t\u3000]*(?:[(（](?P<round>[^()（）「」。、:：\n]{2,40})[)）]"
    r"|[―—]+[ \t\u3000]*(?P<dashed>[^―—「」。、:：\n]{2,40}?)[ \t\u3000]*[―—]*"
    # a name alone, maybe right-aligned, closed by a post or by ``談`` (``…部長　談``)
    r"|(?P<bare>[\p{Han}\p{Katakana}ー・]{2,40}?)(?:[ \t\u3000]*(?P<dan>談))?)[ \t\u3000]*"
)
#: a blank line between two paragraphs
_BREAK = regex.compile(r"\n[ \t\u3000]*\n[\s]*")
#: how the text above a signature line ends (a sentence or a quote closed)
_CLOSES = ("。", "」", "』", "!", "?", "！", "？")


def _signer(match: regex.Match[str], rules: Rules) -> tuple[str, int, int] | None:
    """The stakeholder a signature match names and its [start, end) in the text matched;
    None when the words name no stakeholder (``（敬称略）``, ``（令和2年度）``)."""
    from jirei.commentforms import clean_speaker

    group = next(
        name for name in ("round", "dashed", "bare", "who")
        if name in match.re.groupindex and match.group(name)
    )
    if group == "bare" and not match.group("dan") and not match.group(group).endswith(
        _posts(rules)
    ):
        return None  # a name alone closed by no post: a speaker line, a place, a heading
    speaker, kept = clean_speaker(match.group(group), rules)
    if not speaker or role_of(speaker, rules) == "other":
        return None
    return speaker, match.start(group), match.start(group) + kept


def _posts(rules: Rules) -> tuple[str, ...]:
    """The posts that close a signature's name (``quotes.toml [posts] words``)."""
    return tuple(rules.quotes_table.get("posts", {}).get("words", ()))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def signed_pieces(
    parts: CommentParts, text: str, rules: Rules = DEFAULT_RULES
) -> tuple[list[CommentParts], tuple[int, int] | None] | None:
    """The comment ``parts`` (offsets into the normalised ``text``) as its speaker's
    comment and the signer's, when its last paragraph is signed by another stakeholder,
    and the [start, end) of a signature line standing right after the comment (read by no
    one else); None when no paragraph is signed."""
    if "\n" not in parts.text:
        return None  # (cheap: one paragraph)
    line_start = text.rfind("\n", parts.start, parts.end) + 1 or parts.start
    line_end = _line_end(text, parts.end)
    last = text[line_start:line_end]
    after: tuple[int, int] | None = None
    found = _ALONE.fullmatch(last)
    if found is not None:  # the signature, the last line of the comment as read
        said_end, sign_at = line_start, line_start
    elif (found := _CLOSING.search(last)) is not None:  # ``…まいりたい。（署名）``
        said_end, sign_at = line_start + found.start(), line_start
    else:  # the signature on the line right after the comment as read
        if text[parts.end : line_end].strip() or line_end >= len(text):
            return None
        nxt_end = _line_end(text, line_end + 1)
        found = _ALONE.fullmatch(text, line_end + 1, nxt_end)
        if found is None:
            return None
        said_end, sign_at, after = parts.end, 0, (line_end + 1, nxt_end)
    if found.re is _ALONE and found.group("bare"):
        sign_end = after[1] if after is not None else line_end
        if text[sign_end : _line_end(text, sign_end + 1)].strip():
            return None  # a name over more text: the next voice's speaker line
    signer = _signer(found, rules)
    if signer is None or signer[0] == parts.speaker:
        return None
    speaker, s_start, s_end = signer
    said = text[parts.start : said_end].rstrip()
    if found.re is _ALONE and not said.endswith(_CLOSES):
        return None  # the line over the signature closes no sentence
    breaks = list(_BREAK.finditer(text, parts.start, parts.start + len(said)))
    if not breaks or len(breaks) != parts.text.count("\n"):
        return None  # one paragraph, or paragraphs the reader joined otherwise
    cut = breaks[-1]
    first_text = parts.text.rsplit("\n", 1)[0]
    first_end = parts.start + len(text[parts.start : cut.start()].rstrip())
    signed_text = join_lines(text[cut.end() : parts.start + len(said)].split("\n"))
    if not first_text.strip() or not signed_text:
        return None
    first = CommentParts(
        parts.speaker, parts.speaker_start, parts.speaker_end, parts.role,
        first_text, parts.start, first_end,
    )
    signed = CommentParts(
        speaker, sign_at + s_start, sign_at + s_end, role_of(speaker, rules),
        signed_text, cut.end(), parts.start + len(said),
    )
    return [first, signed], after


__all__ = ["signed_pieces"]
