"""Whether a document is a web page copied as text (decision 2184).

A browser's "copy all" keeps the page's furniture: a breadcrumb (``ホーム ＞ … ＞ …``), a
back-to-top link (``ページの先頭へ``), a skip link (``本文へ``), a contact block (``このページに
関するお問い合わせ先``), a copyright line. Two or more different ones of
``harvest_table.web_marks`` (regexes over the NFKC text of whole lines) in the first or last
few thousand characters make the document a web copy. In a web copy every line is a block of
its own: no line is wrapped, so a list whose ``li`` bullets were lost reads one item per line
(``jirei.items``).
"""

from __future__ import annotations

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules


@per_rules
def _marks(rules: Rules = DEFAULT_RULES) -> tuple[regex.Pattern[str], ...]:
    # searched in the text after a newline (``_count``): a line's start written as the
    # newline before it gets the engine's fast scan, which ``^`` does not
    return tuple(
        regex.compile(rf"\n[ \t]*(?:{p})[ \t]*$", regex.MULTILINE)
        for p in rules.harvest_table.get("web_marks", ())
        if p
    )


def is_web_copy(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether the normalised ``text`` holds two or more different web page marks
    (remembered for the last few texts: the profile reader asks once per list)."""
    key = (id(rules), text)
    if key in _SEEN:
        return _SEEN[key]
    found = _count(text, rules)
    if len(_SEEN) >= 4:
        _SEEN.clear()
    _SEEN[key] = found
    return found


#: the answers for the last texts asked about
_SEEN: dict[tuple[int, str], bool] = {}


#: how much of a text's head and tail is looked at: a page's furniture stands at its top
#: (skip link, navigation, breadcrumb, update date) and its foot (back-to-top link,
#: contact, site links, copyright)
_EDGE = 4000


def _count(text: str, rules: Rules) -> bool:
    if len(text) > 2 * _EDGE:
        text = f"{text[:_EDGE]}\n{text[-_EDGE:]}"
    text = "\n" + text  # (every line's start follows a newline)
    found = 0
    for pattern in _marks(rules):
        if pattern.search(text) is not None:
            found += 1
            if found >= 2:
                return True
    return False


__all__ = ["is_web_copy"]
