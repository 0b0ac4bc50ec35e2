"""A section heading run on into its first line with a colon (decision 1989)::

    取組：①生活保護の新規申請時に…　②水産加工業の…　③就職後…
    実績：支援対象者数　目標２８０人以上／実績３０１人（達成率107.5％）
    　　　就職者数　　　目標１７０人以上／実績１７６人（達成率103.5％）
    その他：職場体験の参加者２４人のうち…

When headings of the section table (``sections.toml``: initiatives, results, other
results) open three or more lines of a document this way (one of them twice), each such
colon becomes a line break (the heading on its own line, its text on the next), and in an
initiatives line that opens with ``①`` the space before each later ``②③…`` does too: one
item a line. Every rewrite keeps the length, so offsets still point at the same characters.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.linescan import hit_lines
from jirei.rules import DEFAULT_RULES, Rules

_LINE = regex.compile(r"(?m)^(?P<lead>[ \u3000]*)(?P<label>[^\s:：\t|]{2,8})[：:](?=[^\s\n])")
_KINDS = ("initiatives", "results", "other_results")
_NEXT = regex.compile(r"[ \u3000](?=[②-⑳])")
#: every line ``_LINE`` matches holds a colon (one engine scan finds those lines: a
#: ``^``-anchored multiline pattern gets no fast scan)
_COLON = regex.compile(r"[：:]")


def untangle_inline_sections(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with run-on section headings on lines of their own (see the module)."""
    if "：" not in text and ":" not in text:
        return text
    found: list[tuple[regex.Match[str], str]] = []
    for _, start, end in hit_lines(text, _COLON):
        match = _LINE.match(text, start, end)
        if match is None:
            continue
        label = unicodedata.normalize("NFKC", match.group("label"))
        kind = rules.sections.get(label)
        if kind in _KINDS:
            found.append((match, kind))
    labels = [match.group("label") for match, _ in found]
    if len(found) < 3 or len(labels) == len(set(labels)):
        return text  # the document's style: three such lines or more, one heading twice
    chars: list[str] | None = None
    for match, kind in found:
        if chars is None:
            chars = list(text)
        colon = match.end() - 1
        chars[colon] = "\n"
        if kind == "initiatives":
            end = text.find("\n", colon)
            end = len(text) if end < 0 else end
            if text.startswith("①", colon + 1):
                for mark in _NEXT.finditer(text, colon + 1, end):
                    chars[mark.start()] = "\n"
    return text if chars is None else "".join(chars)


__all__ = ["untangle_inline_sections"]
