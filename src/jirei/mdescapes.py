r"""What pandoc and MarkItDown write into Markdown made from a Word file, read as the text it
stands for (decisions 2211–2213). The length of the text never changes.

- **Backslash escapes** (2211): a backslash before ASCII punctuation (``\(1\)``, ``\-``
  bullets and dash cells, ``03\-5253\-1111``, ``\*``, ``\[``, ``1\.``) is deleted, the text
  after it closed up (:func:`jirei.mdgaps.close_gaps`): ``\(1\) 旭川…`` reads ``(1) 旭川…``,
  a ``\-`` cell ``-``. A backslash ending a line with text before it is a hard line break
  (``令和6年7月\``): blanked.
  An escaped asterisk opening a line (``\* 支援対象者数は実人数。``: a literal ``*``, no
  bullet) is a note's mark, written ``※``.
- **HTML entities** (2211): ``&amp;``, ``&lt;``, ``&gt;``, ``&quot;``, ``&#39;``, ``&nbsp;``
  in a converter's Markdown are the character they name, the text after it closed up (in a
  text holding HTML block tags the HTML reader reads them, decision 930).
- **Inline math round a figure** (2211, Nougat-like output): ``\(25\)``, ``\(108.0\%\)``
  inside a line or a cell is the figure: the delimiters go, with the spaces that part them
  from the text (``求人を \(25\) 件`` reads ``求人を25件``). At a line's start ``\(1\)`` is an
  escaped item marker, read as ``(1)``.
- **Raw blocks** (2213): a fenced raw block ``\`\`\`{=openxml}`` … ``\`\`\``` (a Word page break
  pandoc kept) is blanked whole.
- **Attributes** (2212): ``{#id}``, ``{.class}``, ``{#id .class key=value}`` or ``{-}``
  after a heading's text or a bracketed span (``[令和5年度]{.underline}``) are deleted with the
  span's brackets; an empty anchor ``[]{#_Toc12 .anchor}`` goes whole.
"""

from __future__ import annotations

import regex

from jirei.mdgaps import close_gaps

#: inline math round a figure, not opening its line (``\\%`` may already read `` %``, 1931)
_MATH = regex.compile(
    r"(?<=\S[ \t]*)(?P<open>[ \t]?\\\([ \t]*)\d[\d,]*(?:\.\d+)?"
    r"(?P<close>[ \t]*\\?%?[ \t]*\\\)(?:[ \t](?=[^\s|]))?)"
)
#: a unit right after a figure in math, closing its cell or line
_FIGURE_AFTER = regex.compile(r"[ \t]?[人件名社回円万%](?=[ \t]*(?:\||$))", regex.MULTILINE)
#: an escaped asterisk opening a line: a note's mark
_NOTE = regex.compile(r"^(?P<lead>[ \t]*)\\\*(?=[ \t]*\S)", regex.MULTILINE)
#: HTML entities a converter leaves in text, and the character each names
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " "}
_ENTITY = regex.compile("|".join(_ENTITIES))
#: an HTML page's block tags (``jirei.htmltables`` reads its entities)
_HTML_PAGE = regex.compile(r"</?(?i:h[1-6]|p|div|span|b|strong|ul|ol|li|dt|dd)\b")
#: a fenced raw block (``\`\`\`{=openxml}`` … ``\`\`\```)
_RAW = regex.compile(
    r"^[ \t]*```\{=[\w-]+\}[^\n]*\n(?:.*\n){0,40}?[ \t]*```[ \t]*$", regex.MULTILINE
)
#: a backslash escaping ASCII punctuation
_ESCAPE = regex.compile(r"\\(?=[!-/:-@\[-`{-~])")
#: a hard line break: a backslash closing a line with text before it
_HARD_BREAK = regex.compile(r"(?<=\S)\\(?=[ \t]*$)", regex.MULTILINE)
#: an attribute block's inside: ids, classes, key=value pairs, or ``-``
_ATTRS = r"\{(?:-|[#.][^{}\n]{0,120}|[#.]?[A-Za-z][\w-]*=[^{}\n]{0,120})\}"
#: a bracketed span with attributes (``[text]{.underline}``, ``[]{#anchor}``)
_SPAN = regex.compile(rf"\[(?P<inner>[^\[\]\n]{{0,200}})\]{_ATTRS}")
#: attributes closing a line (a heading's ``{#id}``), the spaces before them
_TRAILING = regex.compile(rf"[ \t]*{_ATTRS}(?=[ \t]*$)", regex.MULTILINE)


def _entities(text: str) -> str:
    """``text`` with each HTML entity read as its character, the text after it closed up."""
    gaps: list[tuple[int, int]] = []
    chars = list(text)
    for match in _ENTITY.finditer(text):
        chars[match.start()] = _ENTITIES[match.group()]
        gaps.append((match.start() + 1, match.end()))
    return close_gaps("".join(chars), gaps) if gaps else text


def _math(text: str) -> list[tuple[int, int]]:
    """The delimiters of inline math round a figure, and the spaces beside them."""
    out: list[tuple[int, int]] = []
    for match in _MATH.finditer(text):
        before = text[match.start() - 1 : match.start()]
        lead = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].rstrip()
        opening = lead in ("", "-", "*", "+") or lead.endswith("|")
        if opening and "%" not in match["close"] and not _FIGURE_AFTER.match(text, match.end()):
            continue  # ``| \\(1\\) 冬季は…``: an escaped item marker opening a cell
        start = match.start("open")
        if match["open"][0] in " \t" and before == "|":
            start += 1  # the space after a cell wall stays
        out.append((start, match.end("open")))
        close = match["close"]
        percent = close.find("%")
        if percent < 0:
            out.append(match.span("close"))
        else:  # the percent stays
            out.append((match.start("close"), match.start("close") + percent))
            out.append((match.start("close") + percent + 1, match.end("close")))
    return out


def _escapes(text: str) -> list[tuple[int, int]]:
    """The backslashes to delete: each escaping backslash once (``\\\\`` keeps its second)."""
    out: list[tuple[int, int]] = []
    last = -2
    for match in _ESCAPE.finditer(text):
        start = match.start()
        if start == last + 1 and text[last] == "\\":
            continue  # the escaped backslash of ``\\\\``
        out.append((start, start + 1))
        last = start
    return out


def untangle_escapes(text: str) -> str:
    """``text`` with pandoc's backslash escapes, hard line breaks and attribute blocks read
    as plain text (same length)."""
    if "```{=" in text:
        text = _RAW.sub(lambda m: regex.sub(r"[^\n]", " ", m.group()), text)
    if "\\" in text:  # whole-text precheck
        text = _HARD_BREAK.sub(" ", text)
        if "\\(" in text:
            text = close_gaps(text, _math(text))
        if "\\*" in text:
            text = _NOTE.sub(lambda m: m["lead"] + " ※", text)
        if "\\" in text:
            text = close_gaps(text, _escapes(text))
    if "&" in text and ";" in text and _HTML_PAGE.search(text) is None:
        text = _entities(text)  # (an HTML page's entities are the HTML reader's, decision 930)
    if "{" in text and ("{#" in text or "{." in text or "{-}" in text or "=" in text):
        text = _TRAILING.sub(lambda m: " " * len(m.group()), text)
        if "]{" in text:
            gaps: list[tuple[int, int]] = []
            for match in _SPAN.finditer(text):
                gaps.append((match.start(), match.start() + 1))
                gaps.append((match.end("inner"), match.end()))
            text = close_gaps(text, gaps)
    return text


__all__ = ["untangle_escapes"]
