"""The fiscal year a chapter line gives every case below it (decision 200).

A line before the first case that ends in a bracketed results caption naming a fiscal year
(``第２章　各施設の取組（平成２５年度実績）``, ``（令和元年度の実績）``) is document furniture
naming the year the results below it report. A case whose results name no year takes it.

Failing that, the report's title (decision 1107): the first line of the document, before
the first case, opening with a fiscal year (``令和３年度　一体的実施の事例（大阪労働局）``,
``# 2022年度 好事例集``) or closing with one alone in brackets (``取組事例（令和3年度）``, decision
2179) names the year of the cases under it, as it does for a case list (decision 894). An
e-mail's subject is such a title: its label and bracketed tags before the year
(``件名：【情報提供】令和５年度 一体的実施事業の好事例について``; ``harvest.toml
[document_title] leads``, decision 2755) are passed over.

Failing both, the work a report is about, named by a label before the first case (decision
3597): a contractor's ``１　委託業務名`` over ``令和４年度　一体的実施施設における…業務``, a
``業務名：令和４年度…``, an ``事業名　2022年度…`` — the value (on the label's line or the next
one) opening with a fiscal year names the year of every case (``harvest.toml
[document_title] work_labels``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from jirei import values
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import LineInfo
from jirei.tables.cells import column_role

_BRACKET_END = regex.compile(r"\((?P<inner>[^()]{2,30})\)\s*$")


@frozen
class ChapterYear:
    """A chapter line's fiscal year and where it is written (normalised offsets)."""

    year: int
    start: int
    end: int


def chapter_year(
    lines: Sequence[LineInfo], first_case: int, era: str | None, rules: Rules = DEFAULT_RULES
) -> ChapterYear | None:
    """The fiscal year of the last chapter line before line ``first_case`` (the first
    case's first line), else None. ``era`` is the era a bare year takes."""
    for info in reversed(lines[:first_case]):
        match = _BRACKET_END.search(info.text)
        if match is None:
            continue
        inner = match.group("inner").strip()
        label = inner.rfind(":") + 1  # ``（取組事例：令和4年度の実績）``: a label before it (1991)
        inner = inner[label:].lstrip()
        for found in values.find_fiscal_years(inner, era=era, rules=rules):
            rest = inner[found.end :].lstrip("の ")
            if found.start == 0 and rest and column_role(rest, rules) == "actual":
                written = match.group("inner")
                at = info.line.start + match.start("inner") + (len(written) - len(
                    written.lstrip()
                ))
                if label:
                    after = written.lstrip()[label:]
                    at += label + len(after) - len(after.lstrip())
                return ChapterYear(int(found.value.year), at + found.start, at + found.end)
            break
    return None


def title_year(
    lines: Sequence[LineInfo], first_case: int, era: str | None, rules: Rules = DEFAULT_RULES
) -> ChapterYear | None:
    """The fiscal year the document's first line opens with, when that line stands before
    line ``first_case``; else None. A first line with no year at all (a cover's issuer,
    ``愛媛労働局``, over ``令和４年度`` / ``…取組事例集``) passes the question to the next
    non-blank line (decision 2460). A year alone on the cover's line (``令和元年度`` over
    ``…年次報告`` / ``（平成30年度の取組と実績）``) is the edition's: the year the lines under
    it say their cases report wins (``_lead_year``, decision 3459)."""
    filled = (i for i, info in enumerate(lines) if not info.line.blank)
    first = next(filled, None)
    if first is not None and first < first_case and _issuer_line(lines[first].line.text):
        first = next(filled, None)
    if first is None or first >= first_case:
        return None
    line = lines[first].line
    text = line.text
    lead = len(text) - len(text.lstrip("# \t"))
    if "年" not in text:
        return None
    lead = _past_leads(text, lead, rules)  # 件名：【情報提供】令和５年度 … (decision 2755)
    found = next(iter(values.find_fiscal_years(text[lead:], era=era, rules=rules)), None)
    if found is None or found.start != 0:
        closing = _closing_year(line.start, text, era, rules)
        if closing is not None and _edition(text, rules):  # ``（令和3年度版）`` (2724)
            return _lead_year(lines, first + 1, first_case, era, rules) or closing
        return closing
    start = line.start + lead
    year = ChapterYear(int(found.value.year), start, start + found.end)
    if not text[lead + found.end :].strip(" \t#"):  # a cover's year alone (decision 3459)
        said = _lead_year(lines, first + 1, first_case, era, rules)
        return said if said is not None and said.year != year.year else year
    return year


@per_rules
def _leads(rules: Rules) -> regex.Pattern[str] | None:
    """What may stand before a title's year (``harvest.toml [document_title] leads``)."""
    leads = rules.harvest_table.get("document_title", {}).get("leads", ())
    return regex.compile("(?:" + "|".join(f"(?:{lead})" for lead in leads) + ")") if leads else None


def _past_leads(text: str, at: int, rules: Rules) -> int:
    """Where a title's words start in ``text`` from ``at``, past an e-mail's subject label
    and bracketed tags (``件名：``, ``【情報提供】``, ``Re:``), spaces after each."""
    pattern = _leads(rules)
    if pattern is None:
        return at
    while (match := pattern.match(text, at)) is not None and match.end() > at:
        at = match.end()
        at += len(text[at:]) - len(text[at:].lstrip())
    return at


def _issuer_line(text: str, longest: int = 20) -> bool:
    """Whether a cover's first line is a short name with no year, no sentence in it."""
    stripped = text.strip().lstrip("#").strip()
    return 0 < len(stripped) <= longest and "年" not in stripped and "。" not in stripped


def _closing_year(
    start: int, text: str, era: str | None, rules: Rules
) -> ChapterYear | None:
    """The fiscal year a title closes with, alone in brackets (``取組事例（令和3年度）``;
    decision 2179), else None."""
    if not text.rstrip().endswith(")") or "年" not in text[-34:]:  # (cheap precheck)
        return None
    match = _BRACKET_END.search(text)
    if match is None:
        return None
    written = match.group("inner")
    inner = written.strip()
    found = next(iter(values.find_fiscal_years(inner, era=era, rules=rules)), None)
    if found is None or found.start != 0 or inner[found.end :].strip() not in (
        "", *_edition_words(rules)
    ):
        return None
    at = start + match.start("inner") + len(written) - len(written.lstrip())
    return ChapterYear(int(found.value.year), at + found.start, at + found.end)


def _edition_words(rules: Rules) -> tuple[str, ...]:
    """The words closing a title's year that make it the edition's year (``版``)."""
    return tuple(rules.figures_table.get("edition", {}).get("marks", ()))


def _edition(text: str, rules: Rules) -> bool:
    """Whether a title closes with its edition's year in brackets (``（令和3年度版）``)."""
    match = _BRACKET_END.search(text)
    return match is not None and match.group("inner").strip().endswith(_edition_words(rules))


def results_year(
    lines: Sequence[LineInfo], first_case: int, era: str | None, rules: Rules = DEFAULT_RULES
) -> ChapterYear | None:
    """The fiscal year the document says, before its first case (line ``first_case``), its
    cases report: the first year followed by ``の`` and a word of ``[edition] lead_nouns``
    (``県内３施設の令和３年度の取組を紹介します``, ``令和４年度の実績が取りまとまりました``,
    ``（平成30年度の取組と実績）``), else None (decision 3459). A date of issue names no
    fiscal year and is passed over."""
    return _lead_year(lines, 0, first_case, era, rules)


def _lead_year(
    lines: Sequence[LineInfo], first: int, first_case: int, era: str | None, rules: Rules
) -> ChapterYear | None:
    """The fiscal year the lead under an edition's title says its cases report
    (``令和２年度の主な取組事例を紹介します。``: a year, ``の``, then a word of
    ``figures.toml [edition] lead_nouns`` soon after), else None (decision 2724)."""
    nouns = tuple(rules.figures_table.get("edition", {}).get("lead_nouns", ()))
    plans = tuple(rules.figures_table.get("edition", {}).get("plan_words", ()))
    if not nouns:
        return None
    for info in lines[first:first_case]:
        text = info.line.text
        if "年度" not in text:
            continue
        for found in values.find_fiscal_years(text, era=era, rules=rules):
            after = text[found.end : found.end + 8]
            if after.startswith("の") and any(
                noun in after and not _planned(after, noun, plans) for noun in nouns
            ):
                start = info.line.start
                return ChapterYear(int(found.value.year), start + found.start, start + found.end)
    return None


def _planned(after: str, noun: str, plans: tuple[str, ...]) -> bool:
    """Whether ``noun`` in ``after`` is followed by a word naming a plan (``取組方針``,
    ``取組計画``): the year of a plan, no results' year (decision 3459)."""
    at = after.find(noun) + len(noun)
    return bool(plans) and after[at:].startswith(plans)


__all__ = ["ChapterYear", "chapter_year", "results_year", "title_year"]


#: a heading number before a work label (``１　``, ``(1)``, ``1.``, ``第1``)
_HEADING_NUMBER = regex.compile(r"^\s*(?:第?[0-9]+[.．、)）]?|[(（][0-9]+[)）])?\s*")


@per_rules
def _work_labels(rules: Rules) -> tuple[str, ...]:
    """The labels naming a report's work (``harvest.toml [document_title] work_labels``),
    longest first."""
    found = rules.harvest_table.get("document_title", {}).get("work_labels", ())
    return tuple(sorted(found, key=len, reverse=True))


def work_year(
    lines: Sequence[LineInfo], first_case: int, era: str | None, rules: Rules = DEFAULT_RULES
) -> ChapterYear | None:
    """The fiscal year the value of a work label before line ``first_case`` opens with
    (see the module), else None."""
    labels = _work_labels(rules)
    if not labels:
        return None
    for index in range(min(first_case, len(lines))):
        text = lines[index].line.text
        if not any(label in text for label in labels):  # (cheap)
            continue
        head = _HEADING_NUMBER.match(text)
        at = head.end() if head is not None else 0
        label = next((w for w in labels if text.startswith(w, at)), None)
        if label is None:
            continue
        rest = at + len(label)
        sep = regex.match(r"\s*[:：]?\s*", text[rest:])
        value_at = rest + (sep.end() if sep is not None else 0)
        line = lines[index].line
        if value_at >= len(text.rstrip()):  # the value on the next line
            below = next(
                (i for i in range(index + 1, min(first_case, len(lines), index + 3))
                 if not lines[i].line.blank),
                None,
            )
            if below is None:
                continue
            line = lines[below].line
            text = line.text
            value_at = len(text) - len(text.lstrip())
        elif sep is None or sep.end() == 0:
            continue  # (a label run into other words: ``業務名称``, no value)
        found = next(iter(values.find_fiscal_years(text[value_at:], era=era, rules=rules)), None)
        if found is None or found.start != 0:
            continue
        start = line.start + value_at
        return ChapterYear(int(found.value.year), start + found.start, start + found.end)
    return None

