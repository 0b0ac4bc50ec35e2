"""A slide deck's running head and foot, blanked (decisions 2590-2593).

A deck exported to text prints the same line at the top or the foot of every slide: the
deck's title (``令和２年度　一体的実施事業　好事例集``), the issuer with the slide number
(``大阪労働局　　　…　　3``, ``福岡労働局 | 4``). Read as text it becomes a case's headline
or runs into the last initiative or comment of the slide. Such a line is no text of any
case: it becomes spaces (the text keeps its length, every offset stays).

The slides are the stretches of text between blank lines (or form feeds). A line is a
running head or foot when, spaces and a page number at either end aside, the same line
stands among the first two or the last two lines of at least three slides and of
``SHARE`` of them all, and it is plain text: no section, comment or header line, no table
row, no sentence (a line of a heading repeated on each case of a report is read as
written).
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex

from jirei.caselabel import label_length
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, classifier

#: the part of the slides a running line must stand on
SHARE = 0.6
#: the fewest slides that make a deck
_LEAST = 4
#: how many lines at a slide's top and foot may hold its running head or foot
_EDGE = 2
#: a slide's number at either end of the line (``3``, ``P.3``, ``- 3 -``, ``| 3``)
_NUMBER = regex.compile(
    r"^\s*(?:[pP]\.?)?[-|‐－―]*\d{1,3}[-|‐－―]*\s|[\s|][-|‐－―\s]*(?:[pP]\.?)?\d{1,3}[-|‐－―]*\s*$|^\s*(?:[pP]\.\s*)?\d{1,3}\s*$"
)
_SPACES = regex.compile(r"[\s\u3000]+")
#: a letter: a rule line (``＝＝＝``, ``――――``) parting blocks is no running line
_WORD = regex.compile(r"\p{L}")
#: a slide's parting: a blank line or a form feed
_PARTING = regex.compile(r"\n[ \t\u3000]*(?:\n|\f)|\f")


def _key(line: str) -> str:
    """What a running line says, spaces and a slide number aside."""
    return _SPACES.sub("", _NUMBER.sub("", unicodedata.normalize("NFKC", line)))


def _plain(line: str, rules: Rules) -> bool:
    """Whether a line may be a running head or foot: its words, a slide number aside, are
    plain text of no other kind (no table row, no sentence)."""
    whole = unicodedata.normalize("NFKC", line).strip()
    core = _NUMBER.sub("", whole).strip(" |")
    if not core or "\t" in core or "|" in core or "  " in core:
        return False
    if core.endswith(("。", "、")):
        return False
    if core != whole and (  # a case's number (``No.　1``, ``事例番号　１``) is no page's
        core.endswith(rules.case_list_numbers) or label_length(whole, rules)
    ):
        return False
    return classifier(rules).kind_of(core)[0] in (K.TEXT, K.HEADING, K.FURNITURE)


def slide_lines(text: str) -> list[list[tuple[int, int]]]:
    """Each slide's non-blank lines as ``(start, end)`` offsets (the slides: the stretches
    of ``text`` between blank lines or form feeds)."""
    slides: list[list[tuple[int, int]]] = []
    at = 0
    for parting in (*_PARTING.finditer(text), None):
        stop = parting.start() if parting is not None else len(text)
        lines: list[tuple[int, int]] = []
        position = at
        while position <= stop:
            end = text.find("\n", position, stop)
            if end < 0:
                end = stop
            if text[position:end].strip():
                lines.append((position, end))
            position = end + 1
        if lines:
            slides.append(lines)
        if parting is not None:
            at = parting.end()
    return slides


#: a slide's foot ending in a number (``香川労働局　3``, ``愛媛労働局 | 7``)
_FOOT_NUMBER = regex.compile(r"(?:^|[\s|])[-|‐－―\s]*(\d{1,3})[-|‐－―\s]*$")


def _numbered_feet(
    text: str, slides: list[list[tuple[int, int]]], least: float, rules: Rules
) -> list[tuple[int, int]]:
    """The foot lines writing their own slide's number after a short plain text whose
    words may change along the deck (each case's issuer: ``香川労働局　3`` … ``高知労働局
    9``, decision 2616): the slides' last lines whose number counts on with the slides (the
    same distance from the slide's place in the deck on ``least`` slides)."""
    found: list[tuple[int, tuple[int, int]]] = []  # (number - place, line)
    for place, lines in enumerate(slides, 1):
        start, end = lines[-1]
        line = unicodedata.normalize("NFKC", text[start:end])
        number = _FOOT_NUMBER.search(line)
        if number is None or len(lines) < 2:
            continue
        core = _SPACES.sub("", line[: number.start()]).strip("|")
        if len(core) < 3 or _WORD.search(core) is None or not _plain(text[start:end], rules):
            continue
        found.append((int(number.group(1)) - place, (start, end)))
    if not found:
        return []
    shift, count = Counter(gap for gap, _ in found).most_common(1)[0]
    if count < least:
        return []
    return [line for gap, line in found if gap == shift]


def blank_slide_furniture(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with the running head and foot lines of its slides as spaces."""
    if text.count("\n\n") + text.count("\f") < _LEAST - 1:  # (cheap: too few partings)
        return text
    slides = slide_lines(text)
    if len(slides) < _LEAST:
        return text
    least = max(3, SHARE * len(slides))
    edges: list[list[tuple[int, int]]] = []
    counts: Counter[str] = Counter()
    most = 0  # the most slides a line has stood on so far
    for number, lines in enumerate(slides):
        if most + len(slides) - number < least:  # no line can reach ``least`` slides now:
            break  # the slides left need no key (every count stays below it)
        edge = lines[:_EDGE] + [line for line in lines[-_EDGE:] if line not in lines[:_EDGE]]
        edges.append(edge)
        keys = {_key(text[s:e]) for s, e in edge}
        counts.update(keys)
        most = max([most, *(counts[key] for key in keys)])
    running = {
        key
        for key, count in counts.items()
        if count >= least and len(key) >= 3 and _WORD.search(key) is not None
    }
    blanked: list[tuple[int, int]] = []
    for edge in edges if running else ():  # (no running line: no edge line is one)
        for start, end in edge:
            line = text[start:end]
            if _key(line) in running and _plain(line, rules):
                blanked.append((start, end))
    numbered = _numbered_feet(text, slides, least, rules)
    blanked += [line for line in numbered if line not in blanked]
    if not blanked:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in sorted(blanked):
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


__all__ = ["SHARE", "blank_slide_furniture", "slide_lines"]
