"""Marks a PDF-to-Markdown converter wrote as inline LaTeX (MinerU, nougat), read as the
text they stand for (decision 1931): a circled item number ``$\\textcircled{1}$`` opening a
line is a list item's marker (``-`` and blanks, the number dropped like any marker's), a
figure in math mode (``$105.0\\%$``, ``$60\\%$``, ``$120$``) is the figure (the dollars and
the backslash before ``%`` blanked: ``105.0 %``), and an escaped percent outside math
(``60.0\\%``) is a percent. The length of the text never changes.
"""

from __future__ import annotations

import regex

#: a circled number in LaTeX opening a line
_CIRCLED = regex.compile(
    r"^(?P<lead>[ \t]*)\$\s*\\textcircled\{\s*\d{1,2}\s*\}\s*\$", regex.MULTILINE
)
#: a figure in math mode, maybe a percent
_FIGURE = regex.compile(r"\$\s*(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?P<percent>\\%)?\s*\$")
#: an escaped percent after a figure
_ESCAPED = regex.compile(r"(?<=\d)\\%")


def _marker(match: regex.Match[str]) -> str:
    lead = match["lead"]
    return lead + "-" + " " * (len(match.group()) - len(lead) - 1)


def _figure(match: regex.Match[str]) -> str:
    text = match.group()
    chars = [" "] * len(text)
    start, end = match.span("figure")
    offset = match.start()
    chars[start - offset : end - offset] = text[start - offset : end - offset]
    if match["percent"] is not None:
        chars[match.end("percent") - 1 - offset] = "%"
    return "".join(chars)


def untangle_latex_marks(text: str) -> str:
    """``text`` with LaTeX item numbers, figures and percents read as plain text (same
    length)."""
    if "\\" not in text and "$" not in text:  # whole-text precheck
        return text
    if "\\textcircled" in text:
        text = _CIRCLED.sub(_marker, text)
    if "$" in text:
        text = _FIGURE.sub(_figure, text)
    if "\\%" in text:
        text = _ESCAPED.sub(" %", text)
    return text


__all__ = ["untangle_latex_marks"]
