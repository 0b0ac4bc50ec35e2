"""A picture's caption a PDF-to-Markdown converter wrote as a heading (marker's
``###### 写真：相談コーナーの様子``, docling's ``## 出張相談の様子``) read as the caption line it
is when it stands inside a list (a list item follows it, image placeholders aside): its ``#``
marks are blanked, so it no longer ends the list (an image and its caption between two
bullets); the list reader keeps it unclassified like any short caption line (decision 1926).
A caption heading after the list's last item stays a heading (an aside of its own).

A caption opens with a caption word of ``rules.headwords_table["captions"]["words"]`` followed
by a colon, a space, a number or a closing bracket (or the word in brackets: ``【写真】…``), or
ends with one of its ``tails`` (``…の様子``). The length of the text never changes.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.linescan import hit_lines
from jirei.rules import DEFAULT_RULES, Rules, per_rules

_HASH = regex.compile("#")
_HEADING = regex.compile(r"^(?P<marks>[ \t]*#{1,6})[ \t]+(?P<text>\S.{0,40}?)[ \t]*$")


@per_rules
def _caption(rules: Rules) -> regex.Pattern[str] | None:
    """A caption's text (NFKC) by the rules' caption words and tails, or None."""
    table = rules.headwords_table.get("captions", {})
    words = "|".join(regex.escape(w) for w in table.get("words", ()) if w)
    tails = "|".join(regex.escape(t) for t in table.get("tails", ()) if t)
    parts = []
    if words:
        parts.append(rf"^(?:[【\[(<]\s*(?:{words})\s*[】\])>]|(?:{words})\s*(?:[:\s】\])>]|\d))")
    if tails:
        parts.append(rf"(?:{tails})$")
    return regex.compile("|".join(parts)) if parts else None


def is_caption_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line (NFKC) is a picture's caption by the caption words and tails
    (``（写真）区役所内の相談窓口``, ``写真：…``, ``…の様子``): short, no sentence
    (decision 2176)."""
    stripped = text.strip()
    if not stripped or len(stripped) > 40 or stripped.endswith("。"):
        return False
    caption = _caption(rules)
    return caption is not None and caption.search(stripped) is not None


#: an image placeholder line a converter writes (``![](_page_3_Picture_6.jpeg)``,
#: ``<!-- image -->``, ``<figure>``)
_IMAGE = regex.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)|<!--.*?-->|</?figure>)\s*$")


def _item_follows(lines: list[str], n: int, rules: Rules) -> bool:
    """Whether the next filled line under ``lines[n]`` (image placeholders aside) is a list
    item: the caption stands inside the list."""
    from jirei.sections import Kind, classifier

    for below in lines[n + 1 :]:
        if below.strip() and _IMAGE.match(below) is None:
            text = unicodedata.normalize("NFKC", below)
            return classifier(rules).kind_of(text)[0] is Kind.BULLET
    return False


def untangle_caption_headings(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the ``#`` marks of caption headings standing inside a list blanked
    (same length)."""
    if "#" not in text:  # whole-text precheck
        return text
    caption = _caption(rules)
    if caption is None:
        return text
    lines = text.split("\n")
    changed = False
    for n, _, _ in hit_lines(text, _HASH):  # (the lines holding a ``#``: one scan)
        line = lines[n]
        if "#" not in line[:8]:
            continue
        match = _HEADING.match(line)
        if match is None:
            continue
        body = unicodedata.normalize("NFKC", match["text"])
        if caption.search(body) is None or body.endswith("。"):
            continue
        if _item_follows(lines, n, rules):
            marks = match["marks"]
            lines[n] = " " * len(marks) + line[len(marks) :]
            changed = True
    return "\n".join(lines) if changed else text


__all__ = ["is_caption_line", "untangle_caption_headings"]
