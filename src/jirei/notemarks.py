"""Note marks a PDF-to-Markdown converter writes after a label or figure, blanked: a
superscript in HTML (``就職者数<sup>※1</sup>``, ``<sup>注2</sup>``, ``<sup>*</sup>``), a
pandoc footnote reference (``就職者数[^1]``) or a Unicode superscript digit glued to a
label (``就職者数¹``). A note mark is no part of the label or figure it follows; the note
itself (``※1 雇用保険の…`` under the table) stays where it is written, its own mark written
``※`` when a converter gave it as a pandoc definition (``[^1]: …``) or a superscript digit
opening the line (``¹ …``), so the note readers know it (decision 1924).

A superscript holding anything but a note mark (``m<sup>2</sup>``, a word) keeps its text
(only its tags are blanked). The length of the text never changes.
"""

from __future__ import annotations

import regex

from jirei.mdgaps import close_gaps

#: a note mark: ``※``, ``*``, ``注``, ``†`` with an optional number, or a bare number,
#: maybe in brackets
_MARK = r"[(（]?\s*(?:[※*＊注†‡]\s*[0-9０-９]{0,2}|[0-9０-９]{1,2})\s*[)）]?"
_SUP = regex.compile(rf"<sup>\s*(?P<mark>{_MARK})?\s*(?P<other>[^<]*?)\s*</sup>", regex.IGNORECASE)
#: a pandoc footnote reference
_PANDOC = regex.compile(r"\[\^[0-9A-Za-z]{1,6}\](?!:)")
#: Unicode superscript digits right after a CJK character or closing bracket
_SUPERSCRIPT = regex.compile(r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}ー)）】])[¹²³⁰⁴-⁹]{1,2}")


def _blank(match: regex.Match[str]) -> str:
    before = match.string[match.start() - 1 : match.start()]
    exponent = before.isascii() and before.isalpha() and match["mark"].strip().isdigit()
    if match["mark"] is not None and not match["other"] and not exponent:  # not ``m<sup>2``
        return " " * len(match.group())
    whole = match.group()
    inner_start = whole.index(">") + 1
    inner_end = whole.rindex("<")
    return " " * inner_start + whole[inner_start:inner_end] + " " * (len(whole) - inner_end)


#: a pandoc footnote's definition opening its line (``[^1]: 就職者数は…``)
_DEFINITION = regex.compile(r"^(?P<lead>[ \t]*)\[\^(?P<id>[0-9A-Za-z]{1,6})\]:", regex.MULTILINE)
#: a superscript digit opening a note line (``¹ 常用就職とパート就職の合計。``)
_LEADING = regex.compile(r"^(?P<lead>[ \t]*)[¹²³⁰⁴-⁹]{1,2}(?=[ \t\u3000]*\S)", regex.MULTILINE)


def _as_note(match: regex.Match[str]) -> str:
    """A footnote's own mark rewritten as ``※`` (the note mark the readers know), padded."""
    lead = match["lead"]
    return lead + "※" + " " * (len(match.group()) - len(lead) - 1)


def _glued(text: str, end: int) -> bool:
    """Whether text other than a cell wall follows right after ``end``."""
    return end < len(text) and not text[end].isspace() and text[end] != "|"


def _as_closed_note(match: regex.Match[str]) -> str:
    """A pandoc definition's mark ``[^1]:`` written ``※`` right before its text, the rest of
    it blanked before the mark."""
    lead = match["lead"]
    return lead + " " * (len(match.group()) - len(lead) - 1) + "※"


def untangle_note_marks(text: str) -> str:
    """``text`` with superscript and footnote-reference note marks blanked, and the marks
    opening the notes themselves written ``※`` (same length)."""
    if "<sup" in text or "<SUP" in text:
        # a note mark glued before more text deleted (``置いた<sup>※1</sup>。``, 2216)
        glued = [
            m.span()
            for m in _SUP.finditer(text)
            if not _blank(m).strip() and _glued(text, m.end())
        ]
        text = _SUP.sub(_blank, close_gaps(text, glued))
    if "[^" in text:
        # the mark ``※`` right before its note's text, the rest of ``[^1]:`` blanked before
        # it, not parted from the text like a speaker's cell (``※     note`` read as a
        # speaker ``※``, 2216)
        text = _DEFINITION.sub(_as_closed_note, text)
        # glued before more text, deleted: ``実施[^2]。`` reads ``実施。`` (2216); else blanked
        glued = [m.span() for m in _PANDOC.finditer(text) if _glued(text, m.end())]
        text = _PANDOC.sub(lambda m: " " * len(m.group()), close_gaps(text, glued))
    if _has_superscript(text):
        text = _LEADING.sub(_as_note, text)
        text = _SUPERSCRIPT.sub(lambda m: " " * len(m.group()), text)
    return text


_SUPERSCRIPT_CHARS = "¹²³⁰⁴⁵⁶⁷⁸⁹"


def _has_superscript(text: str) -> bool:
    """The cheap whole-text precheck: ``text`` holds a superscript digit."""
    return any(char in text for char in _SUPERSCRIPT_CHARS)


__all__ = ["untangle_note_marks"]
