"""Blocks of document furniture: a line opening one (``rules.furniture_blocks``, a web
page's contact footer) and the lines under it up to a blank line belong to no case.

A contact block may go on past a blank line (decision 3517): a contact page's head and the
ministry's office over a blank line, then the bureaus' offices (``群馬労働局　職業安定部
職業安定課`` lines) and a bracketed note (``（各局の連絡先は各局ホームページを`` /
``ご覧ください。）``). A paragraph right under the block every line of which is a contact
line — an office and its departments alone, a telephone, fax, post code, address, mail or
web address, or a line of a note wholly in brackets (``harvest.toml [contact_block]``) —
belongs to the block too, and so on down. A paragraph holding any other line (a comment's
words, a heading, a case's header) ends it."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo


@per_rules
def _opener(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    if not rules.furniture_blocks:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in rules.furniture_blocks))


#: what makes a pattern's character no plain literal
_SPECIAL = frozenset("\\.^$*+?{}[]()|#")
#: a global inline flag (``(?i)``): it may change how a literal matches
_GLOBAL_FLAG = regex.compile(r"\(\?[aiLmsuxfbeprwV0-9-]+\)")


def _literal_prefix(pattern: str) -> str:
    """The plain literal characters every match of ``pattern`` starts with ("" if none)."""
    if "|" in pattern:  # (an alternative may start otherwise)
        return ""
    prefix: list[str] = []
    for index, char in enumerate(pattern):
        if char in _SPECIAL or char.isspace() or pattern[index + 1 : index + 2] in (
            "?", "*", "+", "{"
        ):
            break
        prefix.append(char)
    return "".join(prefix)


@per_rules
def _prefixes(rules: Rules = DEFAULT_RULES) -> tuple[str, ...] | None:
    """What an opener line starts with, when every pattern of ``rules.furniture_blocks``
    starts with plain literal characters (a cheap exact precheck); None when some
    pattern does not."""
    if any(_GLOBAL_FLAG.search(pattern) for pattern in rules.furniture_blocks):
        return None
    prefixes = tuple(_literal_prefix(pattern) for pattern in rules.furniture_blocks)
    return prefixes if all(prefixes) else None


@per_rules
def _contact_line(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    """A line of a contact block's further paragraphs (``harvest.toml [contact_block]
    lines``, regexes over a stripped NFKC line), or None when the table lists none."""
    patterns = rules.harvest_table.get("contact_block", {}).get("lines", ())
    if not patterns:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in patterns))


def _contact_paragraph(infos: Sequence[LineInfo], start: int, rules: Rules) -> int | None:
    """Where the paragraph opening at ``start`` ends when every line of it is a contact
    line or a line of a note wholly in brackets (wrapped over lines or not) saying
    something about the contacts (``harvest.toml [contact_block] note_words``) or closing
    a sentence; else None."""
    pattern = _contact_line(rules)
    if pattern is None:
        return None
    table = rules.harvest_table.get("contact_block", {})
    depth = 0  # open brackets of a note wrapped over lines
    note: list[str] = []
    end = start
    while end < len(infos) and infos[end].kind is not K.BLANK:
        text = infos[end].line.stripped
        if depth > 0 or text.startswith(_OPENING):
            note.append(text)
            depth = max(0, depth + sum(map(text.count, _OPENING)) - sum(map(text.count, _CLOSING)))
        elif pattern.fullmatch(text) is None:
            return None
        end += 1
    if depth > 0:
        return None
    if note:
        said = "".join(note)
        if not said.rstrip("".join(_CLOSING)).endswith("。") and not any(
            word in said for word in table.get("note_words", ())
        ):
            return None  # (``<ハローワーク水戸コメント>`` alone is a heading, no note)
    return end


#: the brackets a contact block's note stands in (NFKC: ``（…）``); a square or angle
#: bracket opens a heading or a case's header, no note
_OPENING = ("(",)
_CLOSING = (")",)


def _blocks_end(infos: Sequence[LineInfo], index: int, rules: Rules) -> int:
    """Where a furniture block ending at blank line ``index`` really ends: past the
    paragraphs of contact lines right under it (decision 3517)."""
    end = index
    while True:
        start = end
        while start < len(infos) and infos[start].kind is K.BLANK:
            start += 1
        if start >= len(infos):
            return end
        stop = _contact_paragraph(infos, start, rules)
        if stop is None:
            return end
        end = stop


def drop_furniture_blocks(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> list[LineInfo]:
    """``infos`` without the furniture blocks of ``rules`` (each opener line and the
    non-blank lines directly under it)."""
    opener = _opener(rules)
    if opener is None:
        return list(infos)
    prefixes = _prefixes(rules)
    if prefixes is not None:
        if not any(info.line.text.lstrip().startswith(prefixes) for info in infos):
            return list(infos)  # no line can open a block
    out: list[LineInfo] = []
    inside = False
    skip_to = -1  # the end of a block's further contact paragraphs (decision 3517)
    for number, info in enumerate(infos):
        if number < skip_to:
            if info.kind is K.BLANK:
                out.append(info)
            continue
        if info.kind is K.BLANK:
            if inside:
                skip_to = _blocks_end(infos, number, rules)
            inside = False
        elif not inside:
            stripped = info.line.stripped
            inside = (
                len(stripped) <= 60
                and (prefixes is None or stripped.startswith(prefixes))
                and opener.fullmatch(stripped) is not None
            )
        if not inside:
            out.append(info)
    return out


__all__ = ["drop_furniture_blocks"]
