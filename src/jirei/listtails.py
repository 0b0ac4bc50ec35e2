"""What stands under a bulleted list, a paragraph apart, with no bullet of its own: a
paragraph of voices (``岐阜市福祉部生活福祉一課長：…`` lines), of quoted speech
(``北九州市小倉北区保護課は「…」と話す。``) or of results sentences (``支援対象者数が目標の250人
以上に対して287人…``) is no item of the list but what its content is (decision 3104).

:func:`split_tail` cuts such paragraphs off an initiatives or other-results section; the
profile reads the voices as a comments block and the rest as an aside (the comment and
figure readers by shape take them from there).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from jirei.commentforms import is_comment_line
from jirei.headwords import list_end
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import Kind, classifier

#: a quotation reported as speech: ``「…」と話す``, ``「…」としている``, ``「…」と語った``
_CELL_GAP = regex.compile(r"\t| {2,}|\|")
_SPEECH = regex.compile(r"「[^「」]{6,}」\s*(?:と|って)")


@frozen
class Tail:
    """A list's lines, and the paragraphs under it read as voices and as an aside."""

    items: tuple[Line, ...]
    voices: tuple[Line, ...] = ()
    aside: tuple[Line, ...] = ()


@per_rules
def _figure(rules: Rules) -> regex.Pattern[str]:
    """A metric label, then within a few words a figure with its unit."""
    labels = "|".join(
        regex.escape(label) for label in sorted(rules.metrics, key=len, reverse=True) if label
    )
    units = "|".join(regex.escape(unit) for unit in sorted(rules.units, key=len, reverse=True))
    return regex.compile(
        rf"(?:{labels})[^。「」]{{0,24}}?\d[\d,]*(?:\.\d+)?\s*(?:{units}|%)"
    )


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    out: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(line)
    return [piece for piece in out if piece]


#: a line that is only a bracket and the punctuation closing a sentence: the tail of the
#: line above wrapped before its bracket (``…に実施`` / ``（８日間）。``), no voice (3521)
_WRAPPED_TAIL = regex.compile(r"^\s*\([^()]*\)[\s。、．.,」』)]*$")


def _voices(paragraph: Sequence[Line], rules: Rules) -> bool:
    return all(
        "。" in line.text
        and _WRAPPED_TAIL.match(line.text) is None
        and is_comment_line(line.text, rules)
        and len(_figure(rules).findall(line.text)) < 2
        for line in paragraph
    )  # (a voice says something: a sentence, not ``（5ページへ続く）``, nor results)


def _figures_or_speech(paragraph: Sequence[Line], rules: Rules) -> bool:
    if any(_CELL_GAP.search(line.text.strip()) for line in paragraph):
        return False  # a table's rows: read where they stand
    text = "".join(line.text.strip() for line in paragraph)
    if _SPEECH.search(text):
        return True
    return text.endswith("。") and len(_figure(rules).findall(text)) >= 2


def _glued_voices(lines: Sequence[Line], rules: Rules) -> int | None:
    """Where the voices closing a bulleted list start when they follow its last item with
    no blank line: the first unbulleted line after the bullets that is a voice (a speaker
    form saying a sentence), every line from it to the end one too; else None."""
    cls = classifier(rules)
    after_bullet = False  # the line before (blank lines aside) is an item's bullet line
    for number, line in enumerate(lines):
        if line.blank:
            continue
        if cls.kind_of(line.text)[0] is Kind.BULLET:
            after_bullet = True
            continue
        if not after_bullet or not _voices([line], rules):
            after_bullet = False
            continue
        rest = [later for later in lines[number:] if not later.blank]
        if _voices(rest, rules):
            return number
        return None
    return None


def split_tail(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> Tail:
    """``lines`` of a list section cut where paragraphs of voices, quoted speech or results
    sentences follow its bullets a blank line apart; the list unchanged when any paragraph
    after it is none of them (or the list has no bullets)."""
    first = next((line for line in lines if not line.blank), None)
    if first is None or classifier(rules).kind_of(first.text)[0] is not Kind.BULLET:
        return Tail(tuple(lines))
    end = list_end(lines, rules)
    glued = _glued_voices(lines, rules)
    if glued is not None:  # ``（熊本市の評価）…`` right under the last item (3108)
        return Tail(tuple(lines[:glued]), tuple(line for line in lines[glued:] if not line.blank))
    if end >= len(lines) or not lines[end].blank:  # (a paragraph apart only)
        return Tail(tuple(lines))
    voices: list[Line] = []
    aside: list[Line] = []
    for paragraph in _paragraphs(lines[end:]):
        if _voices(paragraph, rules):
            voices.extend(paragraph)
        elif _figures_or_speech(paragraph, rules):
            aside.extend(paragraph)
        else:
            return Tail(tuple(lines))
    return Tail(tuple(lines[:end]), tuple(voices), tuple(aside))


def figures_cut(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> int | None:
    """Where, under a voice's heading, a paragraph after the voice's own (a blank line
    apart) states results in sentences (``令和5年度の支援対象者数は143人、就職者数は92人…``):
    the voice ends above it (decision 3106); None when no such paragraph follows."""
    seen = False  # a paragraph of the voice read before
    blank = False
    paragraph: list[int] = []
    for number, line in enumerate([*lines, Line("", 0)]):
        if not line.blank:
            if blank and seen and not paragraph:
                paragraph = [number]
            elif paragraph:
                paragraph.append(number)
            seen = True
            blank = False
            continue
        blank = True
        if paragraph:
            found = [lines[i] for i in paragraph]
            if not _SPEECH.search("".join(x.text for x in found)) and _figures_or_speech(
                found, rules
            ):
                return paragraph[0]
            paragraph = []
    return None


__all__ = ["Tail", "figures_cut", "split_tail"]
