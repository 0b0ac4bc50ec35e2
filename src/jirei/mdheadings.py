"""Markdown heading syntax a converter writes around a heading's text (decision 2221): the
hashes closing an ATX heading (``### 【取組内容】 ###``) are blanked, and a setext heading's
underline (a line of ``=`` or ``-`` right under its text: older pandoc, markdownify) is
blanked, so the heading's text is what the line holds and the underline is no facility line
or table rule under a case header. Only in a Markdown document (``jirei.mdquotes.is_markdown``,
or a setext underline under the first line). The length of the text never changes. (Its
ASCII scans use the stdlib engine: they run over every Markdown document.)
"""

from __future__ import annotations

import re

from jirei.mdquotes import is_markdown

#: the hashes closing an ATX heading
_CLOSING = re.compile(
    r"^(?P<head>[ ]{0,3}#{1,6}[ \t]+\S.*?)(?P<close>[ \t]+#+)[ \t]*$", re.MULTILINE
)
#: a setext underline: one run of ``=`` or ``-`` under a line of text (not a table row)
_SETEXT = re.compile(r"^[ ]{0,3}(?:={3,}|-{3,})[ \t]*$", re.MULTILINE)
#: a title underlined with ``=`` on the first line (a setext document with no other mark)
_TITLE = re.compile(r"[^\n]+\n={3,}[ \t]*\n")
#: a line a setext underline may stand under: text, no table row, rule, list or quote
_TEXT_LINE = re.compile(r"[ ]{0,3}[^\s|+#>*=-]")


def untangle_heading_marks(text: str) -> str:
    """``text`` with ATX closing hashes and setext underlines blanked (same length)."""
    if not is_markdown(text) and _TITLE.match(text) is None:  # whole-text precheck
        return text
    closing = " #" in text or "\t#" in text
    setext = "---\n" in text or "===\n" in text or text.rstrip().endswith(("---", "==="))
    if closing:
        text = _CLOSING.sub(lambda m: m["head"] + " " * (len(m.group()) - len(m["head"])), text)
    if setext:
        text = _SETEXT.sub(lambda m: _underline(text, m), text)
    return text


def _underline(text: str, match: re.Match[str]) -> str:
    """The underline blanked when the line above it holds text, else kept."""
    end = match.start() - 1
    if end < 0:
        return match.group()
    above = text[text.rfind("\n", 0, end) + 1 : end]
    if _TEXT_LINE.match(above) is None:
        return match.group()
    return " " * len(match.group())


__all__ = ["untangle_heading_marks"]
