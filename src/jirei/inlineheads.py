"""Marked field lines whose label is a heading (decision 500)::

    ○令和4年度実績:支援対象者数152人(目標140人以上)、…
    ○その他の成果:就職した方のうち23人は、…
    ○津山市のコメント:「…」

A line opening with a marker (``■ ○ ◆ …``), then a label that is a section heading or a
comment heading, then a colon and a value, is that heading followed by the value as the first
line of its body. The line is split into two lines, each keeping its own offsets, before the
lines are classified; ``○テーマ:…`` (a field label, no heading) is left as it is. A comment
heading followed by a quote needs no colon (``○津山市のコメント　「…」``,
``【津山市のコメント】「…」``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules

#: markers of a heading written as a field line (not ``・``, a bullet, nor ``※``, a note)
_MARKS = "■□◆◇●○◯◎★☆▼▽▲△▷▶"
_INLINE = regex.compile(
    rf"^(?P<head>\s*[{_MARKS}]\s*[^:：\s{_MARKS}][^:：]{{0,24}}?)\s*[:：]\s*(?P<value>\S.*?)\s*$"
)

#: a marked or bracketed comment heading, then the quoted text without a colon
#: (``○市のコメント　「…」``, ``【市のコメント】「…」``; decision 513)
_QUOTED = regex.compile(
    rf"^(?P<head>\s*(?:[{_MARKS}]\s*[^:：\s「{_MARKS}][^:：「]{{0,24}}?|【[^】「]{{1,24}}】))"
    r"\s*(?P<value>「.*?)\s*$"
)


def split_inline_headings(lines: Sequence[Line], rules: Rules = DEFAULT_RULES) -> list[Line]:
    """``lines`` with each marked ``heading:value`` line cut into its heading and its value."""
    from jirei.sections import K, classifier

    out: list[Line] = []
    cls = classifier(rules)
    for line in lines:
        text = line.text
        if ":" not in text and "：" not in text and "「" not in text:
            out.append(line)
            continue
        match = _INLINE.match(text)
        kinds = (K.SECTION, K.COMMENT)
        if match is None:
            match, kinds = _QUOTED.match(text), (K.COMMENT,)
        if match is None or cls.classify(Line(match["head"], line.start)).kind not in kinds:
            out.append(line)
            continue
        out.append(Line(match["head"], line.start))
        out.append(Line(match["value"], line.start + match.start("value")))
    return out
