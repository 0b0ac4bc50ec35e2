"""A case header whose two brackets stand on two lines (``【山口県下関市】`` over
``【山口労働局・ハローワーク下関】``: a converter gave each bold line of the PDF a line of its
own) read as one header line: the newline between them becomes a space (decision 1930).

The first line is one bracket naming a place (a prefecture, or a municipality ending in
市・区・町・村) and nothing else; the line right under it (no blank line between) opens with a
bracket naming a labour bureau or a Hello Work office. The length never changes.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: a place alone in brackets (NFKC text)
#: (behind a converter's ``#`` heading marks too: ``## 【広島県福山市】\\`` over the partners,
#: decision 2217)
_PLACE = regex.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?【[^】【\n]{1,20}(?:都|道|府|県|市|区|町|村)】[ \t]*$"
)


#: a place bracket ending a line, a bracket opening the next (the whole-text precheck)
_BEFORE_NEWLINE = regex.compile(r"(?:都|道|府|県|市|区|町|村)[】\]］][ \t]*\n[ \t]*[【\[［]")


@per_rules
def _partners(rules: Rules) -> regex.Pattern[str]:
    """A line opening with a bracket that names a labour bureau or a Hello Work office."""
    offices = "|".join(
        regex.escape(w) for w in (*rules.hello_work_prefixes, *rules.hello_work_suffixes)
    )
    return regex.compile(rf"^[ \t]*【[^】\n]*(?:労働局|{offices})")


def join_split_headers(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each header split after its place bracket joined on one line."""
    if _BEFORE_NEWLINE.search(text) is None:  # whole-text precheck
        return text
    lines = text.split("\n")
    partners = _partners(rules)
    out: list[str] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        if (
            n + 1 < len(lines)
            and "】" in line
            and len(line) <= 40
            and _PLACE.match(unicodedata.normalize("NFKC", line)) is not None
            and partners.match(unicodedata.normalize("NFKC", lines[n + 1])) is not None
        ):
            out.append(line + " " + lines[n + 1])
            n += 2
            continue
        out.append(line)
        n += 1
    return "\n".join(out) if len(out) != len(lines) else text


__all__ = ["join_split_headers"]
