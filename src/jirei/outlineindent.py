"""A slide deck in outline view: the body's tab indent is layout (decision 2594).

PowerPoint's outline view writes each slide as its title on a line of its own and the
body one tab in (``スライド 4`` / ``【取組内容】(2/3)`` / ``<TAB>福祉事務所の各係と…``), the
foot again flush left. A line opening with a tab otherwise reads as a table row with an
empty first cell or the wrapped tail of the line above, so the body's lists, headers and
figures are lost. In such a deck the one leading tab of each body line becomes a space
(the text keeps its length): the lines read as if written flush left, a tab table inside
the body (``<TAB>項目<TAB>目標<TAB>実績``) still a table.

An outline slide is a slide (``slidefurniture.slide_lines``) whose tab-led lines make one
run, with at most two flush-left lines above it (a slide marker, the title) and at most one
under it (the foot); a deck is in outline view when at least three slides are, and at least
``SHARE`` of the slides holding a tab-led line. A table whose header row alone is indented
(an empty first cell over flush-left rows) is no outline body.
"""

from __future__ import annotations

from jirei.slidefurniture import SHARE, slide_lines

#: the most flush-left lines above and under an outline slide's body
_ABOVE = 2
_UNDER = 1
#: the fewest outline slides that make an outline deck
_LEAST = 3


def _body(text: str, lines: list[tuple[int, int]]) -> list[int] | None:
    """The starts of an outline slide's body lines (tab-led), or None when the slide has
    tab-led lines but is no outline slide; [] when it has none."""
    led = [n for n, (start, _) in enumerate(lines) if text.startswith("\t", start)]
    if not led:
        return []
    first, last = led[0], led[-1]
    if last - first + 1 != len(led) or first > _ABOVE or len(lines) - 1 - last > _UNDER:
        return None
    if len(led) < 2 and first == 0:
        return None
    return [lines[n][0] for n in led]


def untangle_outline_indent(text: str) -> str:
    """``text`` with the leading tab of each outline body line as a space."""
    if "\n\t" not in text:  # (cheap: no line opens with a tab)
        return text
    slides = slide_lines(text)
    bodies = [_body(text, lines) for lines in slides]
    with_tabs = [body for body in bodies if body != []]
    outline = [body for body in with_tabs if body]
    if len(outline) < _LEAST or len(outline) < SHARE * len(with_tabs):
        return text
    chars = list(text)
    for body in outline:
        for start in body:
            chars[start] = " "
    return "".join(chars)


__all__ = ["untangle_outline_indent"]
