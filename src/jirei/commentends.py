"""Where a comment under a speaker line ends (decision 1342).

A speaker line over its text reads the lines under it as the text; what comes after the
text in the same section is no part of it when the comment's shape has closed:

* the text was indented deeper than its speaker line (``  八戸市 福祉部生活福祉課`` over
  ``      相談者を…``) and, after a blank line, a line stands no deeper than the speaker
  line (the next case's facility line, a running head, a closing word): the text ended;
* the text was one whole quotation (``北九州市保護課：`` over ``「…」``) and, after a blank
  line, a line opens no quotation (``以上です。``, a signature): the text ended.

A footnote line (a ``rules.footnote_markers`` marker right before its text: ``※コメントは
取材時のもの。``) is no part of any comment's text: it ends the comment before it.

A report's sign-off (``（報告者：…）``, decision 3328) and a box drawn under the text
(``┌ FIGURES ──``, decision 3329) end the comment above them too.

A page break between a speaker line and its text (blank lines, the page's furniture
dropped) keeps the text: it is indented deeper than the speaker line.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Line
from jirei.rules import Rules, per_rules

#: a line opening with kana: the rest of a sentence, no heading or name
_KANA_START = regex.compile(r"\p{Hiragana}")
#: the marks a quotation opens with
_OPENING = ("「", "『", "“")
_CLOSING = ("」", "』", "”")


def indent_of(line: Line) -> int:
    """How far ``line``'s text is indented (leading spaces, full-width ones included)."""
    return len(line.text) - len(line.text.lstrip())


def closed_before(
    speaker_indent: int | None, first: Line | None, texts: list[str], line: Line
) -> bool:
    """Whether the comment opened by a speaker line indented ``speaker_indent`` (None: no
    speaker line of its own), whose text began with line ``first`` and holds ``texts`` so
    far, has ended before ``line`` — the first line of a new paragraph no form reads."""
    if speaker_indent is None or first is None or not texts:
        return False
    stripped = line.text.strip()
    whole = "".join(texts).strip()
    if whole[:1] in _OPENING and whole[-1:] in _CLOSING and not _opens_quotation(stripped):
        return True  # one whole quotation, then a line that is no quotation
    return (
        indent_of(first) > speaker_indent
        and indent_of(line) <= speaker_indent
        and not _cut_mid_sentence(whole, line)
    )


def _cut_mid_sentence(whole: str, line: Line) -> bool:
    """Whether a text stopped in the middle of a sentence (a page break between its lines:
    ``…案内することが`` / ``なくなりました。``) and ``line`` goes on with it, closing the
    sentence: kana first, the sentence closed at its end (decision 1791)."""
    stripped = line.text.strip()
    return (
        not whole.endswith(_ENDS)
        and _KANA_START.match(stripped) is not None
        and stripped.endswith(_SENTENCE)
    )


def _opens_quotation(stripped: str) -> bool:
    """Whether a line opens a quotation that runs to its end or past it: not a headline
    opening with a quoted phrase (``「まずは話してみる」から始まる就職``; decision 1788)."""
    if stripped[:1] not in _OPENING:
        return False
    close = stripped.find(_CLOSING[_OPENING.index(stripped[0])])
    return close < 0 or close == len(stripped) - 1


#: a page number alone on its line (``3``, ``- 3 -``, ``― ３ ―``, ``2 / 5``)
_PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-‐－―—]\s*\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-‐－―—]|\d{1,4}\s*/\s*\d{1,4}|\d{1,4})\s*$"
)
#: how a closed sentence ends (a text closed by its speaker bracket too)
_ENDS = ("。", "」", "』", "!", "?", "！", "？", ")")
#: how a sentence opening a page ends (a running head ending in a bracket is none)
_SENTENCE = ("。", "」", "』", "!", "?", "！", "？")


#: a rule line drawn across the page (``------``, ``━━━━``): a page's head or foot
_RULE = regex.compile(r"^\s*[-‐－―—─━=＝_]{8,}\s*$")


#: a page break: a form feed opening the line, a page number or a rule line (one test)
_BREAK = regex.compile(rf"\f|(?:{_PAGE_NUMBER.pattern})|(?:{_RULE.pattern})")


def is_page_break(text: str) -> bool:
    """Whether a line starts a new page or a page's foot: a form feed opens it, or it is a
    page number or a rule line drawn across the page."""
    return _BREAK.match(text) is not None


def page_cut(lines: Sequence[Line]) -> int | None:
    """Where a comment's text stops at a page break (decision 1787): the index of the page
    break (a page number line, a line opening with a form feed) after a line closing a
    sentence, when the first line of the next page closes no sentence (a running head, the
    next slide's caption); None when the text runs on (a sentence cut by the page break, or
    the next page opening with a sentence)."""
    match = _BREAK.match
    for number, line in enumerate(lines):
        if match(line.text) is None:  # (most blocks hold no page break: one test a line)
            continue
        before = _last_text(lines, number)
        if before is not None and before.endswith(_ENDS):
            return number if ends_at_page(lines, number) else None
    return None


def _last_text(lines: Sequence[Line], number: int) -> str | None:
    """The last text before ``lines[number]`` that is no page break, stripped, else None."""
    for line in reversed(lines[:number]):
        text = line.text.strip()
        if text and _BREAK.match(line.text) is None:
            return text
    return None


def ends_at_page(lines: Sequence[Line], number: int) -> bool:
    """Whether a text closed before the page break at ``lines[number]`` ends there: the
    next page opens with no sentence (a running head, a caption) or with nothing."""
    after = _page_opening(lines, number)
    return after is None or not after.rstrip().endswith(_SENTENCE)


def _page_opening(lines: Sequence[Line], number: int) -> str | None:
    """The first text of the page a break at ``lines[number]`` opens, else None."""
    for line in lines[number:]:
        text = line.text.lstrip("\f")
        if text.strip() and _PAGE_NUMBER.match(text) is None and _RULE.match(text) is None:
            return text
    return None


def is_footnote(text: str, rules: Rules) -> bool:
    """Whether ``text`` (a stripped line) is a footnote: a footnote marker right before its
    text (``※…``, ``(注)…``; ``**…**`` is markdown bold, no footnote); a marker that is no
    markdown bullet may have a space before it (``※ 就職率は…``, a converter's footnote,
    decision 2216), as :func:`jirei.items.is_footnote` reads it."""
    for marker in rules.footnote_markers:
        if text.startswith(marker):
            rest = text[len(marker) :]
            if marker not in "*+-":
                rest = rest.lstrip()
            return bool(rest) and not rest[0].isspace() and rest[0] != "*"
    return False


#: the brackets a contact head may stand in (NFKC)
_HEAD_BRACKETS = regex.compile(r"^[(【\[<〔]\s*|\s*[)】\]>〕]$")


def contact_start(lines: Sequence[Line], rules: Rules) -> int | None:
    """The index of the first line of a comments section that is the document's contact
    head alone on its line (``お問い合わせ先``, ``【問い合わせ先】``, ``照会先：``;
    ``quotes.toml [comment_ends] contact_heads``), else None (decision 2520)."""
    heads = tuple(rules.quotes_table.get("comment_ends", {}).get("contact_heads", ()))
    if not heads:
        return None
    for number, line in enumerate(lines):
        text = line.text.strip()
        if not text or len(text) > 16:
            continue
        bare = _HEAD_BRACKETS.sub("", text).rstrip(":").strip()
        if bare in heads:
            return number
    return None


#: brackets and dashes a sign-off may stand in (NFKC)
_SIGN_OPEN = "(【[〔<《〈―—-"
_SIGN_CLOSE = ")】]〕>》〉―—-"


@per_rules
def _sign_off(rules: Rules) -> regex.Pattern[str] | None:
    words = rules.quotes_table.get("comment_ends", {}).get("sign_off_words", ())
    if not words:
        return None
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    opening, closing = regex.escape(_SIGN_OPEN), regex.escape(_SIGN_CLOSE)
    return regex.compile(
        rf"^[{opening}]?\s*(?:{alternatives})\s*(?::\s*|[{closing}]\s*|\s+)"
        rf"(?P<name>[^\s。、「」][^。「」]{{0,40}}?)\s*[{closing}]?$"
    )


def is_sign_off(text: str, rules: Rules) -> bool:
    """Whether ``text`` (one line, NFKC) is a report's sign-off naming its writer, not a
    speaker (decision 3328): ``（報告者：ハローワーク前橋　統括職業指導官）``, ``【記入者】高崎市
    福祉課``, ``文責：編集部``, ``― 取材・文　山田 ―`` — one of ``quotes.toml [comment_ends]
    sign_off_words`` first (behind a bracket or a dash, if any), then a colon, a space or the
    closing bracket. It ends the comment above it and is no comment itself."""
    stripped = text.strip()
    if not stripped or len(stripped) > 60 or stripped[0] in "。「":
        return False
    pattern = _sign_off(rules)
    return pattern is not None and pattern.match(stripped) is not None


#: top-left corners of every box-drawing style
_TOP_LEFT = "┌┏╔┍┎╒╓╭"


@per_rules
def _corners(rules: Rules) -> frozenset[str]:
    """The top-left corners among ``rules.box_drawing``'s crossings."""
    return frozenset(c for c in rules.box_drawing[1] if c in _TOP_LEFT)


def opens_frame(text: str, rules: Rules) -> bool:
    """Whether ``text`` (one line, NFKC) opens a box drawn round what follows, its top-left
    corner first (``┌ FIGURES ── 平成30年度 ──``, ``╔════``, ``┏━ 実績 ━┓``): a figures box or a
    data panel under a comment is no one's speech; it ends the comment (decision 3329)."""
    first = text.lstrip()[:1]
    return bool(first) and first in _corners(rules)


__all__ = [
    "closed_before", "contact_start", "ends_at_page", "indent_of", "is_footnote",
    "is_page_break", "is_sign_off", "opens_frame", "page_cut",
]
