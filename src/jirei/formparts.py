"""What every reader of a forms document shares (decisions 2090-2109): the document's lines,
its units (one form each), the words the rules give forms, the patterns of a form's lines
(articles, items, 様式 numbers, 別添 lines, page numbers, 記 / 以上, notes) and which lines are
a form's furniture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import regex
from attrs import frozen

from jirei.model import Span
from jirei.rules import Rules, per_rules

Locate = Callable[[int, int], Span]

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_ARTICLE = regex.compile(rf"^第{_NUM}条")
_ITEM = regex.compile(rf"^(?:{_NUM}[\s.．、)]|\({_NUM}\)|[■□◆◇●○【\[])\s*")
_FORM_NUMBER = regex.compile(rf"^様式\s*(?:第)?\s*{_NUM}\s*号?")
_ATTACHMENT = regex.compile(r"^(?:別添|別紙|別表|資料|参考資料)\s*[\d\-‐－―ー]*(?:\s.*)?$")
_PAGE = regex.compile(
    r"^(?:[-－ー―‐]\s*\d{1,3}\s*[-－ー―‐]|\d{1,3}\s*/\s*\d{1,3}|[pP]\.?\s*\d{1,3})$"
)
_FRAME = regex.compile(r"^(?:記|以上|以 上)$")
_LEAD = regex.compile(r"(?:下記|別添|別紙)のとおり")
_CONTACT = regex.compile(r"^\(?(?:問い?合わ?せ先|担当|事務局|連絡先|照会先)\)?(?:[:：\s]|$)")
_NOTE = regex.compile(r"^(?:※|\(注\d*\)|注\d*[:：)])")
_SIGNATURE = regex.compile(r"^[甲乙丙]\s")
_PLACES = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{1,6}?[都道府県市町村区]")


# patterns the per-line readers below use (compiled once: a pattern string passed to
# ``regex.match`` / ``regex.sub`` is looked up in the module's cache on every call)
_SPACES = regex.compile(r"[\s　]")
_BRACKET_END = regex.compile(r"\([^()]*\)$")


@frozen
class _Line:
    start: int
    end: int
    text: str
    s: str  # the text stripped (asked of every line many times)

    @property
    def lead(self) -> int:
        return self.start + len(self.text) - len(self.text.lstrip())


@frozen
class _Words:
    agreement_titles: tuple[str, ...]
    form_titles: tuple[str, ...]
    labels: dict[str, tuple[str, ...]]
    start_words: tuple[str, ...]
    none_items: frozenset[str]
    actual_words: tuple[str, ...]
    target_words: tuple[str, ...]
    target_heads: frozenset[str]
    results_head: str
    title_labels: tuple[str, ...]
    finding: regex.Pattern[str]
    kinds: regex.Pattern[str]


@per_rules
def _words(rules: Rules) -> _Words:
    data: dict[str, Any] = dict(rules.forms_table.get("documents", {}))

    def words(key: str) -> tuple[str, ...]:
        return tuple(sorted(data.get(key, ()), key=len, reverse=True))

    labels = {
        field: words(f"{field}_labels")
        for field in ("facility", "start", "period", "hello_work", "municipality")
    }
    findings = "|".join(regex.escape(w) for w in words("finding_words")) or "所見"
    finding = regex.compile(
        rf"^(?:\(\d{{1,2}}\)|{_NUM}[\s.．、]|[①-⑳]|[アイウエオカキクケコ](?:[\s.、)]|(?=\p{{Han}}))|[■□◆◇●○・]|【|\[)?\s*"
        rf"(?P<speaker>[^\s()【】\[\]:]{{2,30}}?)\s*(?:の)?(?:{findings})(?:】|\])?$"
    )
    kinds = "|".join(regex.escape(k) for k in sorted(rules.facility_types, key=len, reverse=True))
    return _Words(
        agreement_titles=words("agreement_titles"),
        form_titles=words("form_titles"),
        labels=labels,
        start_words=words("start_words"),
        none_items=frozenset(data.get("none_items", ())),
        actual_words=words("actual_words"),
        target_words=words("target_words"),
        target_heads=frozenset(data.get("target_headings", ())),
        results_head=str(data.get("results_heading", "成果")),
        title_labels=words("title_labels"),
        finding=finding,
        kinds=regex.compile(
            rf"(?P<name>[^\s、。,「」:()]{{2,40}}?)\((?P<kind>{kinds})\)" if kinds else r"(?!)"
        ),
    )


@frozen
class _Unit:
    kind: str  # agreement / form / sheet
    first: int  # line indices [first, stop)
    stop: int


def _split(text: str) -> list[_Line]:
    out: list[_Line] = []
    at = 0
    for piece in text.split("\n"):
        out.append(_Line(at, at + len(piece), piece, piece.strip()))
        at += len(piece) + 1
    return out


def _last(lines: Sequence[_Line]) -> int:
    stop = len(lines)
    while stop > 0 and not lines[stop - 1].s:
        stop -= 1
    return stop


def _plain(text: str) -> str:
    return _SPACES.sub("", text)


def _furniture(line: _Line) -> bool:
    s = line.s
    return bool(
        _FRAME.match(s)
        or (_FORM_NUMBER.match(s) and len(s) <= 30)
        or (_ATTACHMENT.match(s) and "。" not in s and len(_plain(s)) <= 40)
        or _PAGE.match(s)
        or (_LEAD.search(s) and s.endswith("。") and len(s) <= 60)
        or _CONTACT.match(s)
        or _NOTE.match(s)
    )
