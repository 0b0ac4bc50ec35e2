"""Bullet lists → items: markers stripped, wrapped lines joined, captions set aside.

Rules (``docs/reading-rules.md``, Sections): each bullet is one item; a line without a
marker directly under a bullet (no blank line between) continues it. A paragraph that
is not a bullet is an item only when the section has no bullets at all or it ends in
``。``; otherwise (a photo caption, a lead line) it is unclassified.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

import regex
from attrs import frozen

from jirei.iroha import iroha_items
from jirei.lines import Line
from jirei.mdcaptions import is_caption_line
from jirei.numberitems import number_items
from jirei.pointers import is_bracketed_pointer
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, classifier, ends_sentence

#: a field line (``窓口の形態:一体的実施施設``): a short label, a colon, its value
_FIELD = regex.compile(r"^[^\s:。、()「」]{1,12}:\s*\S")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー、。()「」:]")


@frozen
class Item:
    """One item: its text (marker stripped, lines joined) and ``[start, end)`` offsets of
    the item in the normalised text (marker excluded)."""

    text: str
    start: int
    end: int


@frozen
class Items:
    """The items of a list section, and the paragraphs that are not items."""

    items: tuple[Item, ...]
    unclassified: tuple[Item, ...]


def join_lines(parts: Sequence[str]) -> str:
    """Join wrapped lines: directly between Japanese characters, else with one space."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (_CJK.match(out[-1]) or _CJK.match(part[0])):
            out += " "
        out += part
    return out


#: The original character a normalised offset comes from (``①`` for the ``1`` NFKC made
#: of it), so that numbered markers lost to NFKC are still recognised.
Origin = Callable[[int], str]


def enumerator_width(original: str) -> int:
    """How many normalised characters an enumerating character became (``①`` → 1,
    ``⑩`` → 2, ``⒈`` → 2); 0 for any other character."""
    name = unicodedata.name(original[:1], "") if original else ""
    if any(word in name for word in ("CIRCLED", "PARENTHESIZED", "FULL STOP")):
        return len(unicodedata.normalize("NFKC", original[:1]))
    return 0


def read_items(
    lines: Sequence[Line],
    rules: Rules = DEFAULT_RULES,
    origin: Origin | None = None,
    *,
    apart: bool | Callable[[], bool] = False,
    unwrapped: bool | Callable[[], bool] = False,
) -> Items:
    """Items of a list section's ``lines``; ``origin`` maps a normalised offset to the
    original character (to recognise ``①`` markers that NFKC turned into digits). With
    ``apart`` (a web page copied as text, ``jirei.webcopy``) no line is wrapped: each line
    of a paragraph is an item of its own, a picture's caption or a field line
    (``窓口の形態:…``) none (decision 2184). With ``unwrapped`` (a text that wraps no line
    at a fixed width, ``jirei.hardwrap``) each unmarked line is an item of its own unless
    it breaks off mid-clause (decision 2864)."""
    cls = classifier(rules)
    lines = iroha_items(lines)  # ア　…, イ　…: one item each
    lines = number_items(lines)  # 1␣␣…, 2␣␣… (a number in a cell of its own; 1824)
    # groups of (is_bullet, [(text, start, end)])
    groups: list[tuple[bool, list[tuple[str, int, int]]]] = []
    previous_blank = True
    rows: set[int] = set()  # where table rows start: no item under bullets (decision 1650)
    notes: list[Line] = []  # the lines of notes apart under the list (decision 2659)
    under_table = False  # the line above was a table's row (a tab between its cells)
    for line in lines:
        if line.blank:
            previous_blank = True
            continue
        kind = cls.kind_of(line.text)[0]
        bullet = kind is K.BULLET
        note = False
        if (
            (previous_blank or under_table) and groups and any(b for b, _ in groups)
            and is_footnote(line, rules)
        ):  # ``※…を参照。`` apart under a list of other marks: a note (decision 2659); so is
            notes.append(line)  # one right under a table's rows (decision 2925)
            note = True
        under_table = kind is K.TABLE and "\t" in line.text
        width = _lost_marker(line, origin) if not bullet else 0
        if bullet or width:
            if width:
                cut = len(line.text) - len(line.text.lstrip()) + width
                body = line.text[cut:]
            else:
                body, cut = cls.strip_marker(line.text)
                cut += _doubled_enumerator(line, cut, origin)  # ``- ① …`` (decision 1922)
                body = line.text[cut:]
            stripped = body.strip()
            if not stripped:
                previous_blank = False
                continue
            start = line.start + cut + (len(body) - len(body.lstrip()))
            groups.append((True, [(stripped, start, start + len(stripped))]))
        else:
            text = line.text.strip()
            start = line.start + (len(line.text) - len(line.text.lstrip()))
            piece = (text, start, start + len(text))
            row = (  # a table row under a bullet (or its table's row above): no wrapped
                bool(groups)  # line of it (decision 1650)
                and (groups[-1][0] or groups[-1][1][0][1] in rows)
                and "\t" in line.text
                and cls.kind_of(line.text)[0] is K.TABLE
            )
            if (
                groups and not previous_blank and not row and not note
                and not _new_paragraph(groups[-1], line)
                and not _outline_line(groups[-1], line, origin)
                and not _results_after_sentence(groups[-1], text, rules)
                and not is_bracketed_pointer(text, rules)  # (no wrapped end: 3489)
            ):
                groups[-1][1].append(piece)
            else:
                groups.append((False, [piece]))
                if row:
                    rows.add(start)
        previous_blank = False
    if any(not b and len(p) > 1 for b, p in groups) and (
        unwrapped() if callable(unwrapped) else unwrapped
    ):  # (the text test only for a paragraph of several lines)
        groups = _line_items(groups, rules)
    captions: set[int] = set()  # captions among lines of sentences (decision 2176)
    groups = _sentence_lines(groups, rules, captions, apart)
    has_bullets = any(is_bullet for is_bullet, _ in groups)
    items: list[Item] = []
    unclassified: list[Item] = []
    leads, heads = _list_leads(rules) if len(groups) >= 3 else ((), ())
    for number, (is_bullet, pieces) in enumerate(groups):
        if captions and pieces[0][1] in captions:
            unclassified.append(Item(*pieces[0]))
            continue
        note = next((n for n in notes if n.start <= pieces[0][1] < n.end), None) if notes else None
        if note is not None:  # kept as written, its mark too
            unclassified.append(whole_line(note))
            continue
        item = Item(join_lines([p[0] for p in pieces]), pieces[0][1], pieces[-1][2])
        row = has_bullets and item.start in rows
        if (
            leads
            and number == 0
            and not is_bullet
            and len(item.text) <= 60
            and item.text.endswith(("。", ":"))
            and any(w in item.text for w in leads)
            and any(w in item.text for w in heads)
        ):  # ``令和２年度は、次の取組を実施した。`` over the list: no item (decision 2285)
            unclassified.append(item)
            continue
        if is_bullet or not has_bullets or (ends_sentence(item.text) and not row):
            items.append(item)
        else:
            unclassified.append(item)
    return Items(tuple(items), tuple(unclassified))


def _list_leads(rules: Rules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a sentence announcing the list under it (``[prose] list_leads``) and
    the words naming initiatives or results (``[prose] initiative_heads``, ``result_heads``):
    a lead holds one of each."""
    table = rules.figures_table.get("prose", {})
    heads = (*table.get("initiative_heads", ()), *table.get("result_heads", ()))
    return tuple(table.get("list_leads", ())), tuple(heads)


def is_footnote(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line is a footnote: a ``rules.footnote_markers`` marker directly followed
    by text (``*支援対象者数は、…``; decision 55); a marker of several characters
    (``(注)``) may have a space before the text (decision 1002), and so may a one-character
    marker that is no markdown bullet (``※ 目標は…``, an OCR'd scan's space; decision 1964;
    ``※ 事業開始が年度途中のため…`` under a converter's table; decision 1923)."""
    text = line.text.lstrip()
    for marker in rules.footnote_markers:
        if not text.startswith(marker):
            continue
        rest = text[len(marker) :]
        if len(marker) > 1 or marker not in "*+-":
            rest = rest.lstrip()
        if rest[:1].strip():
            return True
    return False


def whole_line(line: Line) -> Item:
    """A line as one item, outer spaces cut (a footnote kept as written)."""
    text = line.text.strip()
    start = line.start + len(line.text) - len(line.text.lstrip())
    return Item(text, start, start + len(text))


def _is_caption(text: str, rules: Rules) -> bool:
    """A picture's caption line (``（写真）…``; ``jirei.mdcaptions``), cheap test first."""
    if text.endswith("。"):
        return False
    return is_caption_line(text, rules)


def _sentence_lines(
    groups: list[tuple[bool, list[tuple[str, int, int]]]],
    rules: Rules = DEFAULT_RULES,
    captions: set[int] | None = None,
    apart: bool | Callable[[], bool] = False,
) -> list[tuple[bool, list[tuple[str, int, int]]]]:
    """``groups`` with a paragraph whose every line ends a sentence cut into one item per
    line: a list whose bullets were lost (a web page flattened to text, decision 877); a
    picture's caption line among them (``（写真）…``) is no item: its start is added to
    ``captions`` (decision 2176)."""
    out: list[tuple[bool, list[tuple[str, int, int]]]] = []
    for is_bullet, pieces in groups:
        whole = not is_bullet and len(pieces) > 1 and _sentences(pieces, rules)
        if not is_bullet and len(pieces) > 1 and (
            whole or (apart() if callable(apart) else apart)
        ):
            # a web copy's line breaking off mid-clause (``…を設置し、`` over ``その場で…``)
            # goes on on the next line (decision 2970)
            out.extend((False, run) for run in (
                [[piece] for piece in pieces] if whole else _clause_runs(pieces, rules)
            ))
            if captions is not None:
                captions.update(
                    p[1]
                    for p in pieces
                    if not ends_sentence(p[0])
                    and (_is_caption(p[0], rules) or _FIELD.match(p[0]))
                )
        else:
            out.append((is_bullet, pieces))
    return out


def _clause_runs(
    pieces: list[tuple[str, int, int]], rules: Rules
) -> list[list[tuple[str, int, int]]]:
    """``pieces`` (a paragraph's lines) cut after every line that does not break off
    mid-clause (``[hard_wrap] open_ends``: ``、``, a particle, an open bracket)."""
    ends = _open_ends(rules)
    runs: list[list[tuple[str, int, int]]] = [[]]
    for piece in pieces:
        runs[-1].append(piece)
        if not piece[0].endswith(ends):
            runs.append([])
    return [run for run in runs if run]


def _line_items(
    groups: list[tuple[bool, list[tuple[str, int, int]]]], rules: Rules
) -> list[tuple[bool, list[tuple[str, int, int]]]]:
    """``groups`` with each unmarked run of lines stating no sentence (no line closes with
    ``。``: a list, not paragraphs; decision 57 reads those) in a text that wraps no line
    cut after every line that does not break off mid-clause (``[hard_wrap] open_ends``:
    ``、``, a particle, an open bracket): the writer's line ends, each an item (2864)."""
    ends = _open_ends(rules)
    out: list[tuple[bool, list[tuple[str, int, int]]]] = []
    for is_bullet, pieces in groups:
        if is_bullet or len(pieces) < 2 or any(ends_sentence(p[0]) for p in pieces):
            out.append((is_bullet, pieces))
            continue
        run: list[tuple[str, int, int]] = []
        for piece in pieces:
            run.append(piece)
            if not piece[0].endswith(ends):
                out.append((False, run))
                run = []
        if run:
            out.append((False, run))
    return out


@per_rules
def _open_ends(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The endings of a line that breaks off mid-clause (``[hard_wrap] open_ends``)."""
    return tuple(rules.figures_table.get("hard_wrap", {}).get("open_ends", ("、",)))


def _sentences(pieces: list[tuple[str, int, int]], rules: Rules) -> bool:
    """Whether every line of a paragraph ends a sentence or is a caption, one a sentence."""
    return all(ends_sentence(p[0]) or _is_caption(p[0], rules) for p in pieces) and any(
        ends_sentence(p[0]) for p in pieces
    )


def _results_after_sentence(
    group: tuple[bool, list[tuple[str, int, int]]], text: str, rules: Rules
) -> bool:
    """Whether a line after an item that ends a sentence is a results line of its own
    (``支援対象者数　目標２５０人　実績２６８人`` under ``・…受けられるようにした。``; decision
    2339): a metric name, then a role word or a figure. No wrapped line of the item."""
    if not ends_sentence(group[1][-1][0]):
        return False
    pattern = _results_line(rules)
    return pattern is not None and pattern.match(text) is not None


def is_results_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line opens with a metric name and then a role word or a figure
    (``支援対象者数　目標２５０人　実績２６８人``)."""
    pattern = _results_line(rules)
    return pattern is not None and pattern.match(text.strip()) is not None


@per_rules
def _results_line(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    names = sorted((name for name in rules.metrics if name), key=len, reverse=True)
    roles = sorted(
        (w for w, r in rules.columns.items() if r in ("target", "actual")), key=len, reverse=True
    )
    if not names or not roles:
        return None
    joined = "|".join(regex.escape(n) for n in names)
    role = "|".join(regex.escape(w) for w in roles)
    return regex.compile(rf"^(?:{joined})\s*[:：]?\s*(?:{role}|[0-9])")


def _new_paragraph(group: tuple[bool, list[tuple[str, int, int]]], line: Line) -> bool:
    """Whether an indented line after a paragraph (no bullet) whose last line ends a
    sentence starts a paragraph of its own (decision 57)."""
    is_bullet, pieces = group
    return not is_bullet and line.text[:1].isspace() and ends_sentence(pieces[-1][0])


def _outline_line(
    group: tuple[bool, list[tuple[str, int, int]]], line: Line, origin: Origin | None
) -> bool:
    """Whether a line of a slide's outline body (its indent a tab the outline stage made a
    space, ``jirei.outlineindent``) after a paragraph line is a paragraph of its own: each
    outline line is one point, unless the line above breaks off after ``、`` (a wrapped
    point; decision 2595)."""
    is_bullet, pieces = group
    return (
        origin is not None
        and not is_bullet
        and line.text[:1] == " "
        and not pieces[-1][0].endswith(("、", ","))
        and origin(line.start) == "\t"
    )


def _doubled_enumerator(line: Line, cut: int, origin: Origin | None) -> int:
    """How many characters after a bullet's marker (``line.text[:cut]``) are an enumerator
    NFKC turned into digits (``- ① …`` → ``- 1 …``), with the spaces before it; else 0."""
    body = line.text[cut:]
    stripped = body.lstrip()
    if origin is None or not stripped[:1].isdigit():
        return 0
    lead = len(body) - len(stripped)
    width = enumerator_width(origin(line.start + cut + lead))
    return lead + width if width else 0


def _lost_marker(line: Line, origin: Origin | None) -> int:
    stripped = line.text.lstrip()
    if origin is None or not stripped[:1].isdigit():
        return 0
    return enumerator_width(origin(line.start + len(line.text) - len(stripped)))


__all__ = [
    "Item", "Items", "Origin", "enumerator_width", "is_footnote", "join_lines", "read_items",
    "whole_line",
]
