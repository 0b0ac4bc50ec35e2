"""A page break inside a line → two lines (``corpus/README.md`` decision 834).

PDF text extractors write a form feed where a page ends; when the page's last line (its
footer ``－ 1 －``) and the next page's first line (its running head) meet at it, they
share one line: ``－ 1 －\\f平成30年度　…（愛媛労働局）``. The form feed ends the line there,
so the footer and the head are read as the page furniture each is. Offsets are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei.lines import Line


def split_page_breaks(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with every line cut after each form feed that has text before it on its
    line; the form feed stays at the end of the first piece."""
    if not any("\f" in line.text for line in lines):  # cheap precheck
        return list(lines)
    out: list[Line] = []
    for line in lines:
        text, start = line.text, line.start
        cut = text.find("\f")
        while cut > 0 and text[:cut].strip():
            out.append(Line(text[: cut + 1], start))
            text, start = text[cut + 1 :], start + cut + 1
            cut = text.find("\f")
        out.append(Line(text, start) if start != line.start else line)
    return out


__all__ = ["split_page_breaks"]
