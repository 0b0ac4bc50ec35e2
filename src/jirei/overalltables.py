"""A table over all the facilities ends the case it follows (decision 2020, branch guard7).

A report often closes (or breaks) its run of cases with a table that sums or lists every
facility it covers: a slide ``３施設の実績（合計）`` after the last case's slide, a page
``全体の実績`` or ``管内計``, a ``各施設の実績一覧``. The segmenter knows no case start there, so
the table stood inside the case above it and was read as that case's results (its
``合計`` rows, or one group a facility). Such a table belongs to no single case.

A line of a case, after the case's first figure (on a line that is no sentence), that is a
caption of ``figures_table.overall_captions`` (the whole line less its marks and brackets; no
sentence, no cells, no figure but the count of facilities or a year, at most 40 characters)
with a table line or a figure line among the next three non-blank lines ends that case: the
caption and what follows it are read by no case. A caption before any figure of its case (a
case's own ``全体`` table) is left.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.sections import K, LineInfo

#: marks, brackets and spaces around a caption (``＜３施設の実績（合計）＞``, ``■全体``)
_MARKS = regex.compile(r"[\s<>＜＞\[\]［］【】〔〕()（）□■◆◇●○★☆◎▼▲《》〈〉=＝~〜:：|\-―\x0c]+")
#: a figure with a unit: a line holding one is a row, not a caption
_FIGURE = regex.compile(r"[0-9][0-9,.]*\s*(?:人|件|名|%|％)")
_DIGIT = regex.compile(r"[0-9]")
#: the count of facilities a caption names (``３施設``, ``4か所``)
_COUNT = regex.compile(r"[0-9]+(?=\s*(?:施設|か所|ヶ所|箇所|拠点|窓口|市町村|地区))")
#: a year a caption names (``令和５年度``, ``2023年度``)
_YEAR = regex.compile(r"(?:令和|平成|R|H)?[0-9]+\s*年度?")
#: cells of a table row (two spaces or more, a tab, a cell border): no caption
_CELLS = regex.compile(r"\S(?: {2,}|\t|\|)\S")
_MAX_CAPTION = 40


@per_rules
def _caption(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str] | None:
    """The overall captions of ``rules`` as one pattern (None when there are none)."""
    found = tuple(rules.figures_table.get("overall_captions", ()))
    if not found:
        return None
    return regex.compile("|".join(f"(?:{c})" for c in found))


@per_rules_memo(16384)  # (several readers ask a document's lines again)
def is_overall_caption(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether ``text`` is a caption over a table of every facility (see the module)."""
    stripped = text.strip()
    pattern = _caption(rules)
    if pattern is None or not stripped or len(stripped) > _MAX_CAPTION:
        return False
    if "。" in stripped or _FIGURE.search(stripped):
        return False
    if ("  " in stripped or "\t" in stripped or "|" in stripped) and _CELLS.search(stripped):
        return False  # (cells need two spaces, a tab or a bar: an exact precheck)
    if _DIGIT.search(stripped) and _DIGIT.search(_YEAR.sub("", _COUNT.sub("", stripped))):
        return False  # a figure: no count, no year (none without a digit at all)
    bare = _MARKS.sub("", stripped)
    return bool(bare) and pattern.fullmatch(bare) is not None


def end_before_overall(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases``, each ending before a caption of a table over all the facilities that
    stands after its first figure (see the module)."""
    out = list(cases)
    pattern = _caption(rules)
    if pattern is None:
        return out
    for number, case in enumerate(out):
        body: int = case.body  # type: ignore[attr-defined]
        stop: int = case.stop  # type: ignore[attr-defined]
        figured = False
        for index in range(body, stop):
            info = infos[index]
            if info.kind is K.BLANK:
                continue
            text = info.line.text
            if figured and is_overall_caption(text, rules) and _table_under(infos, index, stop):
                out[number] = attrs.evolve(case, stop=index)
                break
            if not figured and "。" not in text and _FIGURE.search(text):
                figured = True
    return out


def _table_under(infos: Sequence[LineInfo], index: int, stop: int) -> bool:
    """Whether a table line or a line with a figure is among the three non-blank lines
    under line ``index`` (before ``stop``)."""
    seen = 0
    for info in infos[index + 1 : stop]:
        if info.kind is K.BLANK:
            continue
        if info.kind is K.TABLE or _DIGIT.search(info.line.text):
            return True
        seen += 1
        if seen == 3:
            break
    return False


__all__ = ["end_before_overall", "is_overall_caption"]
