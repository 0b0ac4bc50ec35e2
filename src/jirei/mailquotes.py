"""A mail's quoted lines read as the lines they hold (decision 3191).

A mail forwarding or replying to another quotes it line by line: each line opens with a
quote mark (``rules.quote_marks``: ``>``, ``＞``, ``|``), once per depth (``> >> text``,
``>> text``, ``> > text``), usually a space after the marks. A case forwarded so is a case
like any other once the marks are off. A run of three or more lines opening with marks of
one kind is a quote when one of its lines is the marks alone (a quoted blank line) or every
line has a space after its marks; its marks (and the space after them) are blanked, so
every offset still points at the same original character.

A reply's quoted history — opened by ``-----Original Message-----`` or an attribution line
(``rules.quote_history``) — keeps its marks: it is the message replied to (a request, its
template), no case. A mail that forwards is another matter: when the subject line nearest
over the history opens with a forward mark (``rules.quote_forwards``: ``Subject: Fw: …``,
``件名: 転送: …``), the quoted history is the message passed on — the report, its cases —
and is read like any quote (decision 3431).

Not a quote: a ``|`` line holding another bar (a pipe table's row), a run of two lines, a
run of ``>`` bullets written with no space (``＞取組内容``) and no quoted blank line. A
Markdown document's block quotes are :mod:`jirei.mdquotes`' to read.
"""

from __future__ import annotations

import regex

from jirei.mdquotes import is_markdown
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: the fewest lines of a quote
_MIN_LINES = 3


@per_rules
def _marks(rules: Rules) -> regex.Pattern[str]:
    """The quote marks opening a line (up to three spaces before them, a space after each)."""
    chars = "".join(regex.escape(mark) for mark in rules.quote_marks)
    return regex.compile(rf"^[ ]{{0,3}}(?:[{chars}][ \t\u3000]?)+", regex.MULTILINE)


def untangle_mail_quotes(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the marks of its quoted mail lines blanked (same length)."""
    if not rules.quote_marks or not any(
        text.startswith(mark) or f"\n{mark}" in text or f"\n {mark}" in text
        for mark in rules.quote_marks
    ):
        return text
    if is_markdown(text):
        return text
    marks = _marks(rules)
    lines = text.split("\n")
    found = [marks.match(line) for line in lines]
    out = list(lines)
    changed = False
    n = 0
    while n < len(lines):
        if found[n] is None:
            n += 1
            continue
        end = n
        kind = _kind(found[n].group(), rules)  # type: ignore[union-attr]
        while (
            end < len(lines)
            and found[end] is not None
            and _kind(found[end].group(), rules) == kind  # type: ignore[union-attr]
        ):
            end += 1
        if _is_quote(
            lines[n:end], [m for m in found[n:end] if m is not None], kind
        ) and not _is_history(lines, found, n, end, rules):
            for at in range(n, end):
                width = found[at].end()  # type: ignore[union-attr]
                out[at] = " " * width + lines[at][width:]
            changed = True
        n = end
    return "\n".join(out) if changed else text


def _kind(marks: str, rules: Rules) -> str:
    """The quote mark a line's marks are made of (its first)."""
    return next((char for char in marks if char in rules.quote_marks), "")


@per_rules
def _history(rules: Rules) -> regex.Pattern[str] | None:
    if not rules.quote_history:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in rules.quote_history))


def _is_history(
    lines: list[str], found: list[regex.Match[str] | None], n: int, end: int, rules: Rules
) -> bool:
    """Whether the quote of ``lines[n:end]`` is a reply's history: its first text line, or
    the line over it, opens a quoted message (``rules.quote_history``)."""
    pattern = _history(rules)
    if pattern is None:
        return False
    if _forwards(lines, n, rules):
        return False
    first = next(
        (lines[at][found[at].end() :] for at in range(n, end)  # type: ignore[union-attr]
         if lines[at][found[at].end() :].strip()),  # type: ignore[union-attr]
        "",
    )
    over = lines[n - 1] if n else ""
    return any(pattern.fullmatch(text.strip()) for text in (first, over) if text.strip())


@per_rules
def _forward_subject(rules: Rules) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """A subject line's label and colon (``rules.quote_subjects``), and a forwarding
    subject's text (``rules.quote_forwards``)."""
    if not rules.quote_forwards or not rules.quote_subjects:
        return None
    labels = "|".join(regex.escape(label) for label in rules.quote_subjects)
    return (
        regex.compile(rf"(?i:{labels})\s*[:：]\s*"),
        regex.compile("|".join(f"(?:{p})" for p in rules.quote_forwards)),
    )


def _forwards(lines: list[str], n: int, rules: Rules) -> bool:
    """Whether the mail quoting ``lines[n:]`` forwards it: the nearest subject line over
    line ``n`` (marks off) holds a forward mark (``rules.quote_forwards``)."""
    patterns = _forward_subject(rules)
    if patterns is None:
        return False
    subject, forward = patterns
    marks = _marks(rules)
    for at in range(n - 1, -1, -1):
        line = lines[at]
        match = marks.match(line)
        text = (line[match.end() :] if match else line).strip()
        label = subject.match(text)
        if label is not None:
            return forward.fullmatch(text, label.end()) is not None
    return False


def _is_quote(lines: list[str], found: list[regex.Match[str]], kind: str) -> bool:
    if len(lines) < _MIN_LINES:
        return False
    rests = [line[match.end() :] for line, match in zip(lines, found, strict=True)]
    if kind in "|｜" and any("|" in rest or "｜" in rest for rest in rests):
        return False  # a pipe table's rows
    if any(not rest.strip() for rest in rests):
        return True  # a quoted blank line
    return all(match.group()[-1] in " \t\u3000" for match in found)


__all__ = ["untangle_mail_quotes"]
