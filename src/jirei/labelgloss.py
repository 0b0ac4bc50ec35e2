"""A grid label's closing bracketed gloss (decisions 3266–3268).

A sheet writer may close a row label with a bracket that says something about the row
without changing what it holds: the year its figures are for (``目標・実績（平成29年度）``),
the one who speaks (``自治体コメント（新潟市）``, ``コメント【ハローワーク甲府】``,
``労働局の所見<山梨労働局>``). The label is known by what stands before the gloss; the gloss
is given back so that a comment row can take its speaker from it.
"""

from __future__ import annotations

import unicodedata

import regex

#: a label, then one bracketed gloss closing it (brackets as normalisation writes them)
_GLOSSED = regex.compile(
    r"^(?P<bare>.*?\S)\s*(?P<open>[(【<])(?P<gloss>[^()【】<>]+)(?P<close>[)】>])\s*$"
)
_PAIRS = {"(": ")", "【": "】", "<": ">"}


def split_gloss(label: str) -> tuple[str, int, int] | None:
    """``label`` (NFKC) as the label before its closing bracketed gloss and the gloss's
    start and end offsets in ``label`` (the text inside the brackets, trimmed), else None
    (no gloss, brackets that do not pair, or nothing before the gloss)."""
    text = unicodedata.normalize("NFKC", label)
    if len(text) != len(label):
        return None  # offsets would not map back
    match = _GLOSSED.match(text)
    if match is None or _PAIRS[match["open"]] != match["close"]:
        return None
    inner = match["gloss"]
    lead = len(inner) - len(inner.lstrip())
    start = match.start("gloss") + lead
    end = start + len(inner.strip())
    if end <= start:
        return None
    return match["bare"], start, end


__all__ = ["split_gloss"]
