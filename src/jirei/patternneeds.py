"""What a text must hold for one of several rule patterns to match at its start: a cheap
exact precheck.

A reader that tries many patterns at the start of every line (``pattern.match(line)``)
pays for them on every line, though on most lines none matches. Each pattern's top-level
sequence of items is read and one item kept that every match at the text's start holds:
its first item (then found at the text's start), its last one before a closing ``$``
(found at the end), or else a character, a class of characters or a group that every
match holds somewhere. The kept items of all the patterns, joined, are searched for once:
no hit, no pattern matches. The items are kept as written in their pattern (a named
group unnamed), so they mean in the precheck what they meant there; a pattern whose
reading fails, or that holds no such item, gives no precheck at all.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from attrs import frozen

#: a quantifier after an item (its minimum in groups 1 and 2), lazy or possessive
_QUANTIFIER = regex.compile(r"(?:[*+?]|\{(\d+)(?:,\d*)?\}|\{,(\d+)\})[?+]?")
#: what no item of a precheck may hold: references to groups, conditionals
_REFERENCE = regex.compile(r"\\[1-9]|\(\?P=|\\g<|\(\?\(")
#: inline flags, global or scoped (they change what items mean), and comments: no precheck
_FLAGS = regex.compile(r"\(\?(?:[aiLmsuxfbeprwV0-9-]+[:)]|#)")
#: escapes standing for one of several characters
_CLASS_ESCAPES = frozenset("dDsSwWhHvVX")
#: zero-width escapes
_ZERO_ESCAPES = frozenset("bBAZzGmM")
#: escapes of one control character
_CONTROL_ESCAPES = frozenset("nrtfae")
#: item kinds that consume no character
_ZERO_WIDTH = frozenset({"zero", "look", "end"})


class _Unread(Exception):
    """A pattern written in a way this reading does not follow."""


@frozen
class _Item:
    """One item of a pattern's sequence: its text as written (quantifier excluded), its
    kind, the least number of times it matches, and for a group the text inside it."""

    text: str
    kind: str  # literal, class, negclass, escclass, dot, group, look, other, zero, end
    least: int
    body: str = ""


def _class_end(pattern: str, at: int) -> int:
    """Where the character class opening at ``at`` ends (after its ``]``)."""
    position = at + 1
    if pattern[position : position + 1] == "^":
        position += 1
    if pattern[position : position + 1] == "]":
        position += 1
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            raise _Unread("a set inside a set")
        if char == "]":
            return position + 1
        position += 1
    raise _Unread("an unclosed set")


def _group_end(pattern: str, at: int) -> int:
    """Where the group opening at ``at`` ends (after its ``)``)."""
    depth = 0
    position = at
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            position = _class_end(pattern, position)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    raise _Unread("an unclosed group")


def _escape(pattern: str, at: int) -> tuple[int, str]:
    """The end and kind of the escape at ``at``."""
    char = pattern[at + 1 : at + 2]
    if not char:
        raise _Unread("a trailing backslash")
    if char in "pPN" and pattern[at + 2 : at + 3] == "{":
        close = pattern.find("}", at)
        if close < 0:
            raise _Unread("an unclosed property")
        return close + 1, "literal" if char == "N" else "escclass"
    if char == "x" and pattern[at + 2 : at + 3] == "{":
        close = pattern.find("}", at)
        if close < 0:
            raise _Unread("an unclosed code point")
        return close + 1, "literal"
    widths = {"x": 2, "u": 4, "U": 8}
    if char in widths:
        end = at + 2 + widths[char]
        if not all(c in "0123456789abcdefABCDEF" for c in pattern[at + 2 : end]) or end > len(
            pattern
        ):
            raise _Unread("a short code point")
        return end, "literal"
    if char in _CLASS_ESCAPES:
        return at + 2, "escclass"
    if char in _ZERO_ESCAPES:
        return at + 2, "zero"
    if char in _CONTROL_ESCAPES:
        return at + 2, "literal"
    if char.isascii() and char.isalnum():
        raise _Unread(f"the escape \\{char}")
    return at + 2, "literal"


def _group_kind(pattern: str, at: int, end: int) -> tuple[str, str]:
    """The kind of the group ``pattern[at:end]`` and the text inside it (for the groups
    whose inside is matched as a sequence: capturing, non-capturing, atomic)."""
    head = pattern[at : at + 4]
    if head.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        return "look", ""
    if head.startswith(("(?:", "(?>")):
        return "group", pattern[at + 3 : end - 1]
    named = regex.match(r"\(\?P?<(\w+)>", pattern[at:end])
    if named is not None:
        return "group", pattern[at + named.end() : end - 1]
    if not head.startswith("(?"):
        return "group", pattern[at + 1 : end - 1]
    return "other", ""  # a back-reference, a conditional, scoped flags, a branch reset …


def _branches(pattern: str) -> list[list[_Item]]:
    """The top-level alternatives of ``pattern``, each a sequence of items."""
    branches: list[list[_Item]] = [[]]
    position = 0
    while position < len(pattern):
        char = pattern[position]
        body = ""
        if char == "|":
            branches.append([])
            position += 1
            continue
        if char == "(":
            end = _group_end(pattern, position)
            kind, body = _group_kind(pattern, position, end)
        elif char == "[":
            end = _class_end(pattern, position)
            kind = "negclass" if pattern[position + 1 : position + 2] == "^" else "class"
        elif char == "\\":
            end, kind = _escape(pattern, position)
        elif char == ".":
            end, kind = position + 1, "dot"
        elif char == "^":
            end, kind = position + 1, "zero"
        elif char == "$":
            end, kind = position + 1, "end"
        elif char in ")*+?{}]":
            raise _Unread(f"{char!r} where an item opens")
        else:
            end, kind = position + 1, "literal"
        least = 1
        quantifier = _QUANTIFIER.match(pattern, end)
        if quantifier is not None:
            written = pattern[end : quantifier.end()]
            least = int(quantifier.group(1) or 0) if written[0] == "{" else int(
                written[0] == "+"
            )
            if quantifier.group(2) is not None:  # ``{,m}``
                least = 0
        elif pattern[end : end + 1] == "{":
            raise _Unread("a brace that is no quantifier")
        branches[-1].append(_Item(pattern[position:end], kind, least, body))
        position = quantifier.end() if quantifier is not None else end
        if kind == "end" and least != 1:
            raise _Unread("a quantified anchor")
    return branches


def _sequence(pattern: str) -> list[_Item] | None:
    """The items of ``pattern``, or None when it is an alternation at its top level."""
    branches = _branches(pattern)
    return branches[0] if len(branches) == 1 else None


def _selective(item: _Item) -> bool:
    """Whether an item is worth searching for: a character, a class of written characters,
    or a group each of whose alternatives opens with one."""
    if item.kind == "literal":
        return True
    if item.kind == "class":
        return regex.search(r"\\[A-Za-z]", item.text) is None
    if item.kind == "group":
        try:
            branches = _branches(item.body)
        except _Unread:
            return False
        return all(
            branch and branch[0].least >= 1 and branch[0].kind in ("literal", "class")
            and _selective(branch[0])
            for branch in branches
        )
    return False


def _fragment(item: _Item) -> str | None:
    """``item`` as a pattern on its own (at least as many times as it must match), or None
    when it cannot stand alone (it refers to a group)."""
    text = item.text
    if item.kind == "group":
        text = "(?:" + item.body + ")"
    if _REFERENCE.search(text):
        return None
    text = regex.sub(r"\(\?P?<(\w+)>", "(?:", text)  # (names may repeat over patterns)
    return f"(?:{text})" if item.least == 1 else f"(?:{text}){{{item.least}}}"


def _held(items: list[_Item]) -> str | None:
    """An item (as a pattern) every match of the sequence ``items`` holds somewhere."""
    for item in items:
        if item.least < 1:
            continue
        if (item.kind in ("literal", "class") and _selective(item)) or (
            item.kind == "escclass" and item.least >= 2
        ):
            fragment = _fragment(item)
            if fragment is not None:
                return fragment
        elif item.kind == "group":
            try:
                inner = _sequence(item.body)
            except _Unread:
                inner = None
            found = _held(inner) if inner is not None else None
            if found is not None:
                return found
    return None


def _edge(items: Iterable[_Item]) -> str | None:
    """The first consuming item of ``items`` as a pattern, when it is selective."""
    for item in items:
        if item.kind in _ZERO_WIDTH:
            continue
        return _fragment(item) if item.least >= 1 and _selective(item) else None
    return None


def _needs(pattern: str) -> tuple[str, str] | None:
    """Where (``start``, ``end``, ``anywhere``) and what every match of ``pattern`` at a
    text's start holds, else None."""
    items = _sequence(pattern)
    if items is None:
        return None
    first = _edge(items)
    if first is not None:
        return "start", first
    if items and items[-1].kind == "end":
        last = _edge(reversed(items[:-1]))
        if last is not None:
            return "end", last
    held = _held(items)
    return ("anywhere", held) if held is not None else None


def needs_pattern(patterns: Iterable[str]) -> regex.Pattern[str] | None:
    """A pattern that a search finds in every text at whose start one of ``patterns``
    matches (``pattern.match(text)``, each compiled without flags), else None (no
    patterns, or a pattern that gives no such item)."""
    written = list(patterns)
    if not written or any(_FLAGS.search(pattern) for pattern in written):
        return None
    kept: dict[str, list[str]] = {"start": [], "end": [], "anywhere": []}
    for pattern in written:
        try:
            found = _needs(pattern)
        except _Unread:
            return None
        if found is None:
            return None
        where, fragment = found
        if fragment not in kept[where]:
            kept[where].append(fragment)
    parts = []
    if kept["start"]:
        parts.append("^(?:" + "|".join(kept["start"]) + ")")
    if kept["end"]:
        parts.append("(?:" + "|".join(kept["end"]) + ")$")
    parts.extend(kept["anywhere"])
    try:
        return regex.compile("|".join(parts))
    except regex.error:
        return None


__all__ = ["needs_pattern"]
