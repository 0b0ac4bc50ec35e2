"""A case's title standing under its header block (decision 1907, branch comments8).

``今治市（愛媛県）　―　愛媛労働局・ハローワーク今治`` / ``窓口名称　…`` / ``開設　…``, a blank line,
then ``造船のまちで、職業訓練と就労支援をセットに``: a case opening with its partner line and
field lines has its headline right under that block, alone between blank lines, before the
first section. Read when the partner line was taken for the headline and no title stands
above it (``jirei.titlefill.title_above_partner``), and when a case label's English gloss
(``事例１ (Case 1)``) was all a headline held besides the label: the title is then the line
alone under the label's place lines (its own gloss may follow it; decision 1908). The
line may stand behind a headline mark (``◎…``, ``rules.headline_marks``; decision 3609).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: the shortest and the longest title read
_MIN, _MAX = 4, 60
#: at most this many lines of the header block under the partner line
_MOST_FIELDS = 6
#: a table's rule row (``|----|----|``, ``+====+``): no line of facts
_RULE_ROW = regex.compile(r"^\s*[|+]?(?:[-=:+|\s]*-[-=:+|\s]*)[|+]\s*$")


#: a line that is an English gloss in brackets: ``(Case 1)``, ``(Kitakyushu City, …)``
_GLOSS = regex.compile(r"^\s*\((?=[^()]*[A-Za-z])[^()\p{Hiragana}\p{Katakana}\p{Han}]*\)\s*$")


def is_gloss(text: str) -> bool:
    """Whether a line (or a headline's rest) is only an English gloss in brackets."""
    return _GLOSS.match(text) is not None


def _table_below_label(index: int, infos: Sequence[LineInfo], rules: Rules) -> int:
    """Where the header block under the line at ``index`` starts: the next line, or — when
    that line is a case label alone (``事例1`` and a blank line) — the header-facts table
    after the blank lines (a docx's two-column grid or pipe table whose rows open with a
    header field's label, ``所在地``; decision 3578)."""
    at = index + 1
    if at >= len(infos) or not infos[at].line.blank or infos[index].kind is not K.HEADING:
        return at
    while at < len(infos) and infos[at].line.blank:
        at += 1
    if at < len(infos) and infos[at].kind is K.TABLE and _fact_rows(infos, at, rules):
        return at
    return index + 1


def _fact_rows(infos: Sequence[LineInfo], at: int, rules: Rules) -> bool:
    """Whether the table from ``at`` has a row whose first cell is a header field's label."""
    from jirei.lines import row_cells
    from jirei.tables.cells import label_form

    while at < len(infos) and infos[at].kind is K.TABLE:
        cells = row_cells(infos[at].line)
        if cells and label_form(cells[0].text) in rules.field_labels:
            return True
        at += 1
    return False


def title_below_partner(
    headline: int, infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES
) -> tuple[str, int, int] | None:
    """The headline under a partner line's header block (``headline`` is the partner line's
    offset, ``infos`` the case's lines), with its offsets, else None."""
    index = next((i for i, info in enumerate(infos) if info.line.start == headline), None)
    if index is None:
        return None
    at = _table_below_label(index, infos, rules)
    first = at
    rows = 0
    while at < len(infos) and not infos[at].line.blank:  # the field lines under it
        if _RULE_ROW.match(infos[at].line.text) is None:
            rows += 1  # (a grid table's rule rows are no fields, decision 3578)
        if rows > _MOST_FIELDS:
            return None
        at += 1
    if at == first:  # no field line: the partner line stands alone (another shape)
        return None
    while at < len(infos) and infos[at].line.blank:
        at += 1
    if at >= len(infos):
        return None
    line = infos[at].line
    marked = _marked_headline(infos[at], rules)
    if infos[at].kind is not K.TEXT and marked is None:
        return None
    after = at + 1
    if after < len(infos) and not infos[after].line.blank and not is_gloss(
        infos[after].line.text
    ):
        return None  # a paragraph, not a line alone (its English gloss may follow it)
    from jirei.facts import labelled_fact
    from jirei.mdcaptions import is_caption_line
    from jirei.partnerlines import partner_place

    value = line.text.strip() if marked is None else marked
    if (
        not _MIN <= len(value) <= _MAX
        or value.endswith(("。", ":", "："))
        or "。" in value
        or partner_place(value, rules) is not None
        or labelled_fact(line.text, line.start, rules) is not None
        or is_caption_line(line.text, rules)  # ``［写真］…``: a picture's caption (3461)
    ):
        return None
    lead = line.text.find(value)
    return value, line.start + lead, line.start + lead + len(value)


def _marked_headline(info: LineInfo, rules: Rules) -> str | None:
    """A list line behind one of ``rules.headline_marks`` (``◎区役所の中の…``, ``◆…``): its
    text without the mark, the headline of a case whose header block stands over it
    (decision 3609); else None."""
    if info.kind is not K.BULLET or not rules.headline_marks:
        return None
    text = info.line.text.strip()
    if not text.startswith(rules.headline_marks):
        return None
    return text.lstrip("".join(rules.headline_marks)).strip() or None


__all__ = ["is_gloss", "title_below_partner"]
