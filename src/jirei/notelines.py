"""A results line's target and rate written on a bracket line under it (decisions 2550–2552,
branch conv-s12).

A slide, a brochure or a converted sheet often writes a metric's actual on its own line and
the target and achievement rate under it, indented, in brackets::

    支援対象者数 ……………………… 312人
    　（目標 280人以上／達成率 111.4％）

The bracket line names no metric; it is the line above's note, the way
``312人（目標 280人以上／達成率 111.4％）`` is written on one line (which every results reader
reads). Such a line break is replaced by a space here, so the two lines read as one, the text
keeping its length and every character its offset.

A break is joined when the line under it is, indentation aside, one bracket
(``figures.toml`` ``note_brackets``) that opens with a target or achievement-rate word of
``rules.columns`` (``目標``, ``計画``, ``達成率``) with a figure after it, and the line above
ends with a figure (and its unit) after a name and is no table row of pipes (a figure alone
on its line is a figure tile's, whose reader reads the role line under it, decision 1040).
A bracket naming no role (``（うち紹介就職）``, a row label) or holding no figure
(``（目標は年度当初に設定）``) is left alone, and so is a note under a line with no figure.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.linescan import space_line_breaks
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: roles of ``rules.columns`` a note line may open with
_ROLES = ("target", "achievement_rate")
#: a name's character before the figure (a figure alone on its line is a tile's figure)
_NAME = regex.compile(r"[\p{Han}\p{Katakana}\p{Hiragana}A-Za-z]")
#: a line ending with a figure and at most a short unit (NFKC text, outer spaces stripped)
_FIGURE_END = regex.compile(r"\d(?:[\d,.]*\d)?\s*[^\s\d]{0,3}$")


@per_rules
def _note(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    """A whole line (NFKC, stripped) that is one bracket opening with a role word and holding
    a figure; None when the rules give no brackets or role words."""
    pairs = [p for p in rules.figures_table.get("note_brackets", ()) if len(p) == 2]
    words = sorted(
        (unicodedata.normalize("NFKC", w) for w, role in rules.columns.items() if role in _ROLES),
        key=len,
        reverse=True,
    )
    if not pairs or not words:
        return None
    brackets = "|".join(
        rf"{regex.escape(a)}[^{regex.escape(a + b)}]*{regex.escape(b)}"
        for a, b in {(unicodedata.normalize("NFKC", p[0]), unicodedata.normalize("NFKC", p[1]))
                     for p in pairs}
    )
    roles = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"(?=.(?:{roles})\s*[:=]?\s*\d)(?:{brackets})")


def _openers(rules: Rules) -> str:
    """The opening brackets of ``note_brackets``, as written and NFKC (the cheap test)."""
    pairs = rules.figures_table.get("note_brackets", ())
    return "".join({c for p in pairs if p for c in (p[0], unicodedata.normalize("NFKC", p[0]))})


def join_note_lines(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the line break before each bracketed role note replaced by a space (same
    length; see the module)."""
    note = _note(rules)
    if note is None:
        return text
    openers = _openers(rules)
    lines = text.split("\n")
    joins: list[int] = []
    for n in range(1, len(lines)):
        body = lines[n].strip(" \t\u3000")
        # (cheap first: most lines open with no bracket)
        if not body or body[0] not in openers:
            continue
        above = unicodedata.normalize("NFKC", lines[n - 1]).strip()
        end = _FIGURE_END.search(above) if above and "|" not in above else None
        if end is None or _NAME.search(above, 0, end.start()) is None:
            continue  # (a figure alone is a tile's: its reader reads the role line under it)
        if note.fullmatch(unicodedata.normalize("NFKC", body)) is None:
            continue
        joins.append(n - 1)
    return space_line_breaks(text, lines, joins) if joins else text


__all__ = ["join_note_lines"]
