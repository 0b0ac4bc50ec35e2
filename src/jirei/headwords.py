"""Sections whose heading no alias lists, named by the stems of their heading.

A report may head a case's initiatives ``ここが工夫``, ``やっていること``, ``主な支援メニュー`` or
``どんな取組をしているの？`` and its other results ``こんな成果も``, ``ほかにも``, ``波及効果``:
words no alias table can list in full. A *head line* is a short line whose key (marks,
brackets, a heading number, spaces and a trailing fiscal year removed) ends in a stem of
``rules/headwords.toml`` (a closing word such as ``も`` may follow) or asks a question holding
one; the stem ending it latest decides the kind (Japanese puts the head noun last:
``取組の成果`` names results besides the figures, ``成果を上げた工夫`` initiatives). Words before
the stem are few (``ここが``, ``主な支援``): a catch-phrase ending in ``成果`` is no heading.

``split_heads`` cuts a run of lines at such head lines; ``jirei.profile`` reads each piece as
the section its head names (decisions 1470–1479).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import regex
from attrs import frozen

from jirei.headings import strip_number, trailing_fiscal_year
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.sections import K, classifier

#: marks, brackets and spaces dropped from a head line's key
_DROP = regex.compile(
    r"[\s【】<>()「」『』\[\]{}〔〕［］＜＞《》〈〉（）■□◆◇●○◎・★☆▼▽▲△▷▶►▸※✓✔☑→⇒➢#▍▌▎▋▊▐:："
    # a box's top border holding its heading (``┌─　関係者の声　──┐``; decision 1829)
    r"─━┌┐└┘├┤┏┓┗┛│┃]+"
)
#: a number closing a key (``POINT1``, ``ポイント②`` after NFKC)
_TRAILING_NUMBER = regex.compile(r"\d{1,2}$")
#: a figure with a unit: a line stating one is no heading
_FIGURE = regex.compile(r"\d[\d,.]*\s*(?:人|件|名|社|%|回|か所|箇所)")
#: the longest line read as a head line
_MAX_LINE = 40
#: a box's top corners, and the characters of its border line and the spaces in it
_BOX_CORNERS = frozenset("┌┏╔")
_BOX_LINES = "─━═┌┐┏┓╔╗│┃║ \u3000"


@frozen
class Piece:
    """A run of lines: the kind its head line names (None for the lines before any head
    line) with that head line, and the lines under it."""

    kind: str | None
    head: Line | None
    lines: tuple[Line, ...]


@per_rules
def _stems(rules: Rules) -> tuple[tuple[str, str], ...]:
    """(stem, kind) pairs, longest stem first."""
    table = rules.headwords_table.get("stems", {})
    pairs = [(str(stem).lower(), kind) for kind, stems in table.items() for stem in stems]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


@per_rules
def _first_chars(rules: Rules) -> frozenset[str]:
    """The last characters of every stem and tail: a key ending in none of them (and asking
    no question) names no section (the cheap test first)."""
    table = rules.headwords_table
    words = [stem for stem, _ in _stems(rules)] + [str(t) for t in table.get("tails", ())]
    return frozenset(word[-1] for word in words if word)


@per_rules
def _line_ends(rules: Rules) -> frozenset[str]:
    """The characters a head line may end in: a stem's or a tail's last character (in both
    cases), a question mark, a closing bracket or mark, a digit (``POINT 1``, ``2022年度``
    end in one or in ``度``)."""
    return _first_chars(rules) | {
        c.upper() for c in _first_chars(rules)
    } | frozenset("?？)）】]］〕》〉>＞」』:：度0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩┐┓╗")


def head_key(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """The key a head line is looked up by: no marks, brackets, heading number, spaces,
    trailing number or fiscal year; Latin letters lower-cased."""
    key = strip_number(text.strip(), rules)
    key = _DROP.sub("", key)
    key = strip_number(key, rules)  # ``▶1 取組`` (a number after a mark)
    if "年度" in key:
        key = trailing_fiscal_year(rules).sub("", key)
    key = _TRAILING_NUMBER.sub("", key).rstrip("、,.。")
    return key.lower() if key.isascii() or any("a" <= c <= "z" for c in key.lower()) else key


@per_rules_memo(1 << 14)
def head_kind(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The section kind a line names as a head line no alias lists, or None when it is no
    head line (too long, a sentence, a figure, a catch-phrase, no stem)."""
    stripped = text.strip()
    if stripped[:1] in _BOX_CORNERS:  # ``┌─　関係者の声　──┐``: the heading of a box (1829)
        stripped = stripped.strip(_BOX_LINES)
    if not stripped or len(stripped) > _MAX_LINE or "。" in stripped:
        return None
    if stripped.endswith(")") and "(" in stripped[1:]:  # ``…の実績(対象者別)`` (decision 2011)
        bare = stripped[: stripped.rindex("(")].rstrip()
        if bare and not bare.endswith(")") and (kind := head_kind(bare, rules)) is not None:
            return kind
    if "、" in stripped.rstrip("、") or _FIGURE.search(stripped):
        return None
    key = head_key(stripped, rules)
    table = rules.headwords_table
    if len(key) < 1 or len(key) > int(table.get("max_key", 20)):
        return None
    if key in rules.sections:  # an alias written with more (``取組①``, ``≪主な取組み≫``)
        return rules.sections[key]
    questions = tuple(str(q) for q in table.get("question_marks", ()))
    question = bool(questions) and key.endswith(questions[:2])  # ``?`` only, not ``か``
    if question:
        key = key.rstrip("".join(questions[:2]))
    if "/" in key:  # a gloss: ``What we do／やっていること``
        return next(
            (kind for part in key.split("/") if part and (kind := _kind(part, question, rules))),
            None,
        )
    return _kind(key, question, rules)


def _kind(key: str, question: bool, rules: Rules) -> str | None:
    if not question and key[-1] not in _first_chars(rules):
        return None
    return _kind_of_key(key, question, rules)


def _kind_of_key(key: str, question: bool, rules: Rules) -> str | None:
    table = rules.headwords_table
    max_prefix = int(table.get("max_prefix", 8))
    ends = [key]
    for tail in sorted((str(t) for t in table.get("tails", ())), key=len, reverse=True):
        if key.endswith(tail) and len(key) > len(tail):
            ends.append(key[: -len(tail)])
    best: tuple[int, int, str] | None = None  # (end, length, kind)
    for stem, kind in _stems(rules):
        if question:
            at = key.rfind(stem)
            if at < 0:
                continue
            found = (at + len(stem), len(stem), kind)
        else:
            body = next((end for end in ends if end.endswith(stem)), None)
            if body is None or len(body) - len(stem) > max_prefix:
                continue
            found = (len(body), len(stem), kind)
        if best is None or found[:2] > best[:2]:
            best = found
    if best is None:
        return None
    return _lead_kind(key, best[2], table)


def _lead_kind(key: str, kind: str, table: Mapping[str, Any]) -> str:
    """``kind``, or other results when the key opens with a lead word of them
    (``その他の取組実績``; decision 1821)."""
    leads = tuple(str(w) for w in table.get("other_leads", ()))
    overrules = table.get("lead_overrules", ())
    if leads and kind in overrules and key.startswith(leads) and not key.endswith(leads):
        return "other_results"
    return kind


def is_head(line: Line, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line is a head line no alias lists (see ``head_kind``)."""
    return head_kind(line.text, rules) is not None


def split_heads(
    lines: Sequence[Line],
    rules: Rules = DEFAULT_RULES,
    own: str | None = None,
    questions: bool = True,
) -> list[Piece]:
    """``lines`` cut at each head line that has something under it (an item, a sentence or
    a table row before the next head line) and names a kind other than ``own`` (the kind of
    the section the lines are in); no piece when there is none. Without
    ``questions`` a question is no head line (an interviewer's, in a comments section)."""
    if not rules.headwords_table or not lines:
        return []
    cls = classifier(rules)
    ends = _line_ends(rules)
    heads: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        text = line.text.rstrip()
        # (the cheap test first: most lines end in ``。``, a figure or a unit)
        if not text or len(text) > 3 * _MAX_LINE or text[-1] not in ends:
            continue
        found = cls.kind_of(text)[0]
        if found not in (K.TEXT, K.BULLET, K.HEADING):
            continue
        kind = head_kind(text, rules)
        if (
            kind is not None
            and kind != own
            and (questions or not _asks(text))
            and _stands_apart(lines, number)
            and _has_body(lines, number + 1, rules)
        ):
            heads.append((number, kind))
    if not heads:
        return []
    pieces = [Piece(None, None, tuple(lines[: heads[0][0]]))]
    for at, (number, kind) in enumerate(heads):
        stop = heads[at + 1][0] if at + 1 < len(heads) else len(lines)
        pieces.append(Piece(kind, lines[number], tuple(lines[number + 1 : stop])))
    return pieces


def _asks(text: str) -> bool:
    return text.rstrip().endswith(("?", "？"))


def _stands_apart(lines: Sequence[Line], number: int) -> bool:
    """Whether a head line stands as a heading: first, after a blank line, or opening with
    a mark, a bracket or a number (not a short line wrapped out of a paragraph: a vertical
    box's column ``なぐ役割を今後``)."""
    text = lines[number].text.strip()
    if number == 0 or lines[number - 1].blank:
        return True
    first = text[:1]
    return first.isdigit() or first in _NUMERALS or not first.isalpha()


#: kanji and Roman numerals opening a numbered heading (``二　取組の中身``, ``Ⅲ　…`` after NFKC)
_NUMERALS = frozenset("一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX")


def _has_body(lines: Sequence[Line], start: int, rules: Rules) -> bool:
    """Whether the first filled line from ``start`` (within three blank lines) is no head
    line itself."""
    for line in lines[start : start + 4]:
        if line.blank:
            continue
        return head_kind(line.text, rules) is None
    return False


def list_end(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> int:
    """How many of ``lines`` the list under a head line takes: its bullets (with their
    wrapped lines) or, without bullets, its first paragraph; it ends at a table row, at a
    filled line after a blank line that is no bullet, and at a line after a bullet ending a
    sentence that is no bullet (a chart's caption, a lead line)."""
    cls = classifier(rules)
    out: list[Line] = []
    bullets = False
    blank = False
    end = 0
    for number, line in enumerate(lines):
        if line.blank:
            blank = True
            if out:
                out.append(line)
            continue
        kind = cls.kind_of(line.text)[0]
        if kind is K.FURNITURE:  # a page break inside the list
            continue
        if kind is K.BULLET:
            if out and not bullets:
                break  # a paragraph, then bullets: the paragraph was the list
            bullets = True
            out.append(line)
        elif kind is K.TEXT and not out:
            out.append(line)  # a paragraph list
        elif kind is K.TEXT and not blank and (not bullets or not _ends(out)):
            out.append(line)  # a wrapped line, or the paragraph goes on
        else:
            break
        blank = False
        end = number + 1
    return end


def _ends(lines: Sequence[Line]) -> bool:
    last = next((line for line in reversed(lines) if not line.blank), None)
    return last is not None and last.text.rstrip().endswith(("。", "."))


__all__ = ["Piece", "head_key", "head_kind", "is_head", "list_end", "split_heads"]
