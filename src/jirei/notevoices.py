"""Voices written as notes under a paragraph that points at them (decisions 3211-3213)::

    区役所の窓口で…定着した（注１）。ハローワーク側も…対応した（注２）。
    （注１）堺市健康福祉局生活援護管理課：給付金の申請と職業相談を…減りました。
    ※2 ハローワーク福山：家計の状況を踏まえて…少なくなっています。

A note line — a note mark (``rules/quotes.toml`` ``[note_voices] marks``: ``（注１）``, ``注1``,
``※1``, ``*1``) then ``speaker：text`` — whose speaker is a named stakeholder (a role other than
``other``) and whose text is a sentence (it holds kana) is that speaker's comment; a note
wrapped over lines runs on until its sentence closes. The paragraph carrying the marks is
no comment and no result: :func:`pointing_lines` finds it. A note of no stakeholder
(``※1 就職率は…の割合``, ``注：前年度は…``) is none. Only lines holding a note mark are looked at.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.comments import CommentParts, role_of
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: kana: a sentence someone said holds one
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")


@per_rules
def _patterns(
    rules: Rules = DEFAULT_RULES,
) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """The pattern of a note line with its speaker, and of a mark pointing at a note."""
    table = rules.quotes_table.get("note_voices", {})
    marks = tuple(table.get("marks", ()))
    if not marks:
        return None
    mark = "|".join(regex.escape(m) for m in sorted(marks, key=len, reverse=True))
    number = r"[0-9０-９]{1,2}"
    opening = (
        rf"(?:[(（]\s*(?:{mark})\s*(?P<num>{number})\s*[)）]"
        rf"|(?:{mark})\s*(?P<num2>{number})[.．)）]?)"
    )
    line = regex.compile(
        rf"^\s*{opening}\s*(?P<speaker>[^\s:：。、「」『』]{{2,40}}?)\s*[:：]\s*(?P<text>\S.*)$"
    )
    pointer = regex.compile(rf"(?:{mark})\s*(?P<num>{number})")
    return line, pointer


@per_rules
def _firsts(rules: Rules = DEFAULT_RULES) -> frozenset[str]:
    """The characters a note line may open with: a mark's first, or a bracket."""
    marks = rules.quotes_table.get("note_voices", {}).get("marks", ())
    return frozenset({"(", "（", *(m[:1] for m in marks if m)})


def _number(hit: regex.Match[str]) -> str:
    groups = hit.groupdict()
    raw = groups.get("num") or groups.get("num2") or "0"
    return str(int(raw.translate(str.maketrans("０１２３４５６７８９", "0123456789"))))


def note_voices(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> list[tuple[CommentParts, str]]:
    """The stakeholders' voices written as notes in ``lines``, each with its note number."""
    patterns = _patterns(rules)
    if patterns is None:
        return []
    line_pattern, _ = patterns
    firsts = _firsts(rules)
    found: list[tuple[CommentParts, str]] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        at += 1
        if line.text.lstrip()[:1] not in firsts:
            continue  # (a precheck: a note opens with its mark or a bracket)
        hit = line_pattern.match(line.text)
        if hit is None:
            continue
        speaker = hit.group("speaker")
        role = role_of(speaker, rules)
        if role == "other":
            continue
        text = hit.group("text").rstrip()
        end = line.start + hit.end("text")
        end -= len(hit.group("text")) - len(text)
        while not text.endswith(("。", "」", "』", "！", "？")) and at < len(lines):
            nxt = lines[at]
            if nxt.blank or line_pattern.match(nxt.text):
                break
            more = nxt.text.strip()
            text += more
            end = nxt.start + nxt.text.index(more) + len(more)
            at += 1
        if not _KANA.search(text):
            continue
        found.append((
            CommentParts(
                speaker=speaker,
                speaker_start=line.start + hit.start("speaker"),
                speaker_end=line.start + hit.end("speaker"),
                role=role,
                text=text,
                start=line.start + hit.start("speaker"),
                end=end,
            ),
            _number(hit),
        ))
    return found


def pointing_lines(
    lines: Sequence[Line], numbers: Sequence[str], rules: Rules = DEFAULT_RULES
) -> list[Line]:
    """The lines of ``lines`` (no note lines) carrying a mark that points at one of the
    notes ``numbers``."""
    patterns = _patterns(rules)
    if patterns is None or not numbers:
        return []
    line_pattern, pointer = patterns
    wanted = set(numbers)
    return [
        line for line in lines
        if not line_pattern.match(line.text)
        and any(_number(hit) in wanted for hit in pointer.finditer(line.text))
    ]


__all__ = ["note_voices", "pointing_lines"]
