"""Sentences wrapped over lines, for the prose readers (decision 2273, branch prose10).

A plain-text mail magazine cuts its lines at a width: a sentence runs on over two or three
lines (``姫路市と兵庫労働局（ハローワーク姫路）は、平成２７年２月２日、`` / ``市役所本庁舎の…に
「ひめじ就労サポートデスク」`` / ``（一体的実施施設）を開設しました。``), and a quotation or a
results clause with it (``（目標３８０人、`` / ``達成率１０８．４％）``). A line is wrapped into
the next when it is long (a head line is short), ends in no full stop and is no rule, and
the next line is no blank line.
"""

from __future__ import annotations

import regex

#: a line a sentence is wrapped from is at least this long (a head line is shorter)
_WRAP_MIN = 20
RULE = regex.compile(r"^[ \t]*(?:[━─\-―=＝_~〜・*＊┄┈◇◆□■☆★◎○●]{5,}|[┌└┏┗╔╚|│].*)[ \t]*$")
_ENDS = ("。", "」", ")", "）", "！", "？", "!", "?")


def wrapped(line: str) -> bool:
    """Whether a sentence runs on from ``line`` into the line under it."""
    body = line.strip()
    return len(body) >= _WRAP_MIN and not body.endswith(_ENDS) and not RULE.match(line)


def runs_on(text: str, nl: int, hi: int) -> bool:
    """Whether the line break at ``nl`` is inside a wrapped sentence (the line before it
    wrapped, the line after it holding text)."""
    line = text[text.rfind("\n", 0, nl) + 1 : nl]
    if not wrapped(line) or "。" in line[-3:]:
        return False
    nxt = text.find("\n", nl + 1, hi)
    after = text[nl + 1 : hi if nxt < 0 else nxt]
    return bool(after.strip()) and not RULE.match(after)


def sentence_start(text: str, pos: int, floor: int) -> int:
    """Where the sentence holding ``pos`` begins: after the last ``。`` before it on its line,
    else at its line, or at a line above it that the sentence is wrapped from (a long line
    ending in no full stop, no rule); not before ``floor``."""
    line = text.rfind("\n", floor, pos) + 1
    line = max(line, floor)
    stop = text.rfind("。", line, pos)
    if stop < 0:
        while line > floor:
            prev = text.rfind("\n", floor, line - 1) + 1
            above = text[max(prev, floor) : line - 1]
            body = above.strip()
            if not wrapped(above) or "。" in body:
                break
            line = max(prev, floor)
        start = line
    else:
        start = stop + 1
    while start < pos and text[start] in " \t\n　":
        start += 1
    return start


#: a name in 「」 cut by a line break (the line above wrapped), the kind maybe after it
WRAPPED_NAME = regex.compile(
    r"「(?P<a>[^「」『』\n。、]{1,39})\n[ \t]*(?P<b>[^「」『』\n。、]{1,39})」"
    r"(?:\n?[ \t]*\((?P<kind2>[^()\n]{2,30})\))?"
)


def wrapped_names(text: str) -> list[regex.Match[str]]:
    """The names in 「」 that a wrapped line cuts in two: the line above wrapped, or a short
    head line whose quotation the break leaves open (``イ 高崎市「ジョブサポートたか`` /
    ``さき」（常設窓口）``: decision 2727)."""
    out = []
    for m in WRAPPED_NAME.finditer(text):
        if len(m["a"]) + len(m["b"]) < 3:
            continue
        if runs_on(text, m.end("a"), len(text)) or _open_head(text, m.start(), m.end("a")):
            out.append(m)
    return out


def _open_head(text: str, quote: int, nl: int) -> bool:
    """Whether the line holding the 「 at ``quote`` and ending at ``nl`` is a head line (no
    full stop, at most 60 characters) left inside that quotation."""
    line = text[text.rfind("\n", 0, quote) + 1 : nl]
    return "。" not in line and len(line.strip()) <= 60 and "」" not in line[quote - nl :]


def unwrap(text: str) -> str:
    """``text`` with the line breaks of wrapped lines (and the indents after them) removed."""
    if "\n" not in text:
        return text
    return regex.sub(r"[ \t]*\n[ \t　]*", "", text)


__all__ = [
    "RULE",
    "WRAPPED_NAME",
    "runs_on",
    "sentence_start",
    "unwrap",
    "wrapped",
    "wrapped_names",
]
