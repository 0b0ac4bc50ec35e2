"""Code fences of Markdown read as the text they fence (decision 2891).

A web page or a converter's Markdown may put a block it could not render — a CSV paste, a
tab or space-aligned table, plain lines — between fence lines (three or more backticks or
tildes, perhaps with an info string: ``csv``, ``text``, ``tsv``). A fence line is markup:
it names no group, heads no table and is no other result. Each fence line of a block that
is no structured export is blanked, so the lines between them are read like any other
lines. A block whose info string names a structured language (``harvest.toml
[code_fences] structured``: ``json``, ``yaml`` …), or whose first line opens a JSON value
or a YAML key, is left whole for ``jirei.exports``. The length never changes.
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: a fence line: 3+ backticks or tildes, an optional info string (no backtick in it); a
#: pandoc raw block's ``{=openxml}`` is left to ``jirei.mdescapes`` (blanked whole)
_FENCE = regex.compile(
    r"^[ ]{0,3}(?P<mark>`{3,}|~{3,})[ \t]*(?P<raw>\{=)?(?P<lang>[^\s`{}]*)[^`\n]*$",
    regex.MULTILINE,
)
#: a body line opening a structured value: ``{`` / ``[``, a YAML key line, a YAML list key
_STRUCTURED_START = regex.compile(
    r"^[ \t]*(?:[{\[]|---[ \t]*$|-[ \t]+[^\s:]+:[ \t]|[^\s:,#][^:,\n]{0,40}:[ \t]*$)"
)


@per_rules
def _structured(rules: Rules = DEFAULT_RULES) -> frozenset[str]:
    """The info strings of fenced blocks that are structured exports (lower case)."""
    table = rules.harvest_table.get("code_fences", {})
    return frozenset(str(word).lower() for word in table.get("structured", ()))


def _first_line(text: str, start: int, end: int) -> str:
    """The first non-blank line of ``text[start:end]`` ('' when none)."""
    for line in text[start:end].split("\n"):
        if line.strip():
            return line
    return ""


def blank_code_fences(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the fence lines of each fenced block that is no structured export
    blanked (same length)."""
    if "```" not in text and "~~~" not in text:  # whole-text precheck
        return text
    fences = list(_FENCE.finditer(text))
    if not fences:
        return text
    structured = _structured(rules)
    blank: list[regex.Match[str]] = []
    index = 0
    while index < len(fences):
        opening = fences[index]
        closing = next(
            (
                f
                for f in fences[index + 1 :]
                if f["mark"][0] == opening["mark"][0] and len(f["mark"]) >= len(opening["mark"])
                and not f["lang"] and f["raw"] is None
            ),
            None,
        )
        lang = opening["lang"].lower()
        body_end = closing.start() if closing is not None else len(text)
        first = _first_line(text, opening.end(), body_end)
        raw = opening["raw"] is not None
        if not raw and lang not in structured and not (not lang and _STRUCTURED_START.match(first)):
            blank.append(opening)
            if closing is not None:
                blank.append(closing)
        index = index + 1 if closing is None else fences.index(closing) + 1
    if not blank:
        return text
    pieces: list[str] = []
    at = 0
    for match in blank:
        pieces.append(text[at : match.start()])
        pieces.append(" " * (match.end() - match.start()))
        at = match.end()
    pieces.append(text[at:])
    return "".join(pieces)


__all__ = ["blank_code_fences"]
