"""A case's title read by its label wherever the case states it, for a case whose headline
no reader found (branch headers6, decision 1536).

Three shapes, over the case's lines (offsets into the normalised text):

* a label line: a title label (``rules.harvest_table.title_labels`` and the ``title`` kind of
  ``rules.field_labels``; marks and brackets before it aside) and its value on the same line,
  after a space or a colon: ``取組の特色　「相談から定着まで…」``;
* a label alone, its value the one short line under it: ``▶ ひとことで言うと`` / ``…就労支援``;
* a sentence naming the label next to a quotation: ``キャッチフレーズを「…」``,
  ``見出しは「…」``, ``「…」という表題``.

A value wholly in ``「」`` or ``『』`` is read without them; quotes inside a value stay.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.partnerlines import partner_place
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import LineInfo

#: the longest title read
_MAX = 60
#: marks and brackets before a label
_LEAD = r"[\s▶►▸■□◆◇●○◎★☆・【\[〔<＜(（]*"
#: a form's field number before a label (``５．事例の表題``, read ``5.事例の表題``; decision 1906;
#: ``２　取組のテーマ``, a number and a space, decision 2636)
_NUMBER = r"(?:\d{1,2}\s*[.、)]\s*|\d{1,2}\s+)?"
#: a short noun and ``の`` before a label (``取組のテーマ``, ``本事例の見出し``; decision 2636)
_OWNER = r"(?:[\p{Han}\p{Katakana}ー]{1,6}の)?"
#: a value that is one quotation (``「…」``, ``『…』``)
_QUOTED_VALUE = regex.compile(r"[「『](?P<inner>[^「」『』]+)[」』]")


class _Patterns:
    """The compiled title labels of one ``Rules``."""

    def __init__(self, rules: Rules) -> None:
        labels = {
            *rules.harvest_table.get("title_labels", ()),
            *(label for label, kind in rules.field_labels.items() if kind == "title"),
        }
        self.labels = tuple(sorted(labels, key=len, reverse=True))
        alt = "|".join(regex.escape(label) for label in self.labels) or "(?!)"
        #: any label anywhere (one search per line, not one ``in`` test per label)
        self.any = regex.compile(alt)
        self.line = regex.compile(
            rf"^{_LEAD}{_NUMBER}{_OWNER}(?:{alt})[\]】〕>＞)）]*(?:\s*[:：]\s*|\s+|(?=[「『]))(?P<value>\S.*?)\s*$"
        )
        self.alone = regex.compile(
            rf"^{_LEAD}{_NUMBER}{_OWNER}(?:{alt})[\]】〕>＞)）]*\s*[:：]?\s*$"
        )
        self.said = regex.compile(
            rf"(?:{alt})(?:を|は|として|に)\s*[「『](?P<value>[^「」『』]{{4,{_MAX}}})[」』]"
            rf"|[「『](?P<value>[^「」『』]{{4,{_MAX}}})[」』](?:という|との|を)(?:{alt})"
        )


@per_rules
def _patterns(rules: Rules) -> _Patterns:
    return _Patterns(rules)


def fill_title(
    infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> tuple[str, int, int] | None:
    """The title a case's lines ``infos`` state under a title label, with its offsets in the
    normalised text, else None (see the module docs)."""
    return fill_title_lines([(info.line.text, info.line.start) for info in infos], rules)


def fill_title_lines(
    lines: Sequence[tuple[str, int]], rules: Rules = DEFAULT_RULES
) -> tuple[str, int, int] | None:
    """``fill_title`` over lines given as ``(text, offset)`` (a form's lines, decision 2637)."""
    pats = _patterns(rules)
    if not pats.labels:
        return None
    for index, (text, at) in enumerate(lines):
        if pats.any.search(text) is None:  # (a cheap precheck: no label on the line)
            continue
        line = pats.line.match(text)
        if line is not None and "。" not in line["value"][:-1]:
            return _value(line["value"], at + line.start("value"))
        if pats.alone.match(text):
            nxt = next((pair for pair in lines[index + 1 : index + 3] if pair[0].strip()), None)
            if nxt is not None:
                value = nxt[0].strip()
                if 4 <= len(value) <= _MAX and not value.endswith("。"):
                    lead = len(nxt[0]) - len(nxt[0].lstrip())
                    return _value(value, nxt[1] + lead)
            continue
        said = pats.said.search(text)
        if said is not None:
            start, end = said.span("value")
            return text[start:end], at + start, at + end
    return None


def title_above_partner(
    title: str, headline: int, infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> tuple[str, int, int] | bool | None:
    """When the title read is a partner line (``岐阜市・岐阜労働局・ハローワーク岐阜　…開設``:
    a header, decision 1541), the short line right above it (``headline`` is the partner line's
    offset), else None; False when the title is no partner line."""

    if partner_place(title, rules) is None:
        return False
    index = next((i for i, info in enumerate(infos) if info.line.start == headline), None)
    if index is None:
        return None
    if index == 0 or infos[index - 1].line.blank:  # the line right above, no blank between
        return None
    above = infos[index - 1]
    from jirei.caselabel import label_length
    from jirei.facts import labelled_fact
    from jirei.fieldtitle import is_numbered_label

    text = above.line.text
    value = text.strip()
    from jirei.fallback import find_place

    if (
        not 4 <= len(value) <= _MAX
        or "。" in value
        or value.startswith("#")
        or value[-1].isdigit()  # (``## 事例1``: a label)
        or find_place(value) is not None  # (``視察先　福岡県北九州市``: a label with its place)
        or label_length(value, rules)
        or is_numbered_label(value)  # (``【施設1】``: a case label, decision 2694)
        or partner_place(value, rules) is not None
        or labelled_fact(text, above.line.start, rules) is not None
    ):
        return None
    lead = len(text) - len(text.lstrip())
    marks = "".join(rules.headline_marks)
    bare = value.lstrip(marks).lstrip()
    return _value(bare, above.line.start + lead + len(value) - len(bare))


def _value(value: str, start: int) -> tuple[str, int, int] | None:
    """A label's value, without quotes wholly around it."""
    value = value.strip()
    if len(value) > _MAX + 2 or len(value) < 2:
        return None
    quoted = _QUOTED_VALUE.fullmatch(value)
    if quoted is not None:
        inner = quoted["inner"]
        return inner, start + 1, start + 1 + len(inner)
    return value, start, start + len(value)


__all__ = ["fill_title", "fill_title_lines", "title_above_partner"]
