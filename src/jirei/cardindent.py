"""A card written as a two-column table whose text runs down its second column
(decision 1988)::

    事例１<TAB>青森県八戸市 × 青森労働局・ハローワーク八戸
    <TAB>はちのへ就労サポートデスク（一体的実施施設）　２０１９年７月１日開設
    <TAB>「市役所本館の生活福祉課の隣に、…」
    <TAB>取組：①…　②…

The label cell (a case label alone, ``rules.case_labels``, at the margin) and the lines
under it, each one cell indented by a single tab, are the card's own lines, not table rows:
the tabs become full-width spaces (same length, offsets kept) when two or more such lines
follow the label line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex

from jirei.rules import DEFAULT_RULES, Rules

_LABEL = regex.compile(r"^(?P<label>[^\t\s][^\t]{0,11})\t(?=[^\t\s])[^\t]+$")
_MORE = regex.compile(r"^\t(?=[^\t]*\S)[^\t]+$")
_FIGURE_ONLY = regex.compile(r"^[\d０-９,，.．%％人件回\s]+$")


def untangle_card_indent(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with such cards' tabs written as full-width spaces (see the module)."""
    if "\n\t" not in text:
        return text
    from jirei.caselabel import label_length

    lines = text.split("\n")
    changed = False
    index = 0
    for head_at in _above_tabs(text):  # a card's label line has a tab-led line under it
        if head_at < index:
            continue
        index = head_at
        head = _LABEL.match(lines[index])
        if head is None or not _is_label(head.group("label"), label_length, rules):
            index += 1
            continue
        run = index + 1
        while run < len(lines) and _MORE.match(lines[run]) and not _FIGURE_ONLY.match(
            lines[run][1:]
        ):
            run += 1
        if run - index - 1 >= 2:
            line = lines[index]
            at = line.index("\t")
            lines[index] = line[:at] + "\u3000" + line[at + 1 :]
            for n in range(index + 1, run):
                lines[n] = "\u3000" + lines[n][1:]
            changed = True
            index = run
        else:
            index += 1
    return "\n".join(lines) if changed else text


def _above_tabs(text: str) -> list[int]:
    """The lines (indices in ``text.split("\\n")``) followed by a line opening with a tab,
    in order."""
    out: list[int] = []
    index = counted = 0
    at = text.find("\n\t")
    while at >= 0:
        index += text.count("\n", counted, at)
        counted = at
        out.append(index)
        at = text.find("\n\t", at + 1)
    return out


def _is_label(label: str, length: Callable[..., int], rules: Rules) -> bool:
    """Whether a card's first cell is a case label alone (``事例１``, ``【事例２】``)."""
    normal = unicodedata.normalize("NFKC", label).strip()
    return bool(normal) and length(normal, rules) >= len(normal)


__all__ = ["untangle_card_indent"]
