"""Documents made of official forms, one form a case (decisions 2090-2109).

Three kinds of paperwork behind the 一体的実施 hold one case per form: agreements (a 協定書
with articles ``第1条`` …, a signature block and its 別紙 事業計画), numbered-item report
forms (``様式第3号`` … ``記`` … ``1 事業の名称`` … ``以上``) and plan-and-results sheets
repeated per facility under one title. ``read_forms`` finds such a document (two forms or
more) and where each form starts; ``FormDocument.read`` reads each form as one case — its
body by the ordinary readers, with the form's furniture (cover letter, 目次, 記 / 以上,
様式 and 別添 lines, page numbers, the agreement's articles and signatures, notes) blanked —
and fills the header facts the form states in its items (実施場所 ``名称（種別）``,
実施期間 / 事業開始日, 連携ハローワーク, 実施主体, the 甲 of an agreement), the 所見
blocks as comments, and a plan's one figure column as targets.

The parts live by job: ``formunits`` finds the forms, ``formmask`` blanks a form's furniture,
``formfields`` reads its labelled fields, ``formfacts`` fills the header facts from them,
``formfindings`` reads the 所見 blocks, and ``formparts`` holds what they share.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

import attrs
from attrs import frozen

from jirei.formfacts import _filled
from jirei.formfields import text_after as text_after
from jirei.formmask import _masked, _target_headings
from jirei.formparts import _BRACKET_END, _furniture, _Line, _plain, _split, _Unit, _words
from jirei.formparts import Locate as Locate
from jirei.formunits import (
    _agreements,
    _bounded,
    _form_numbers,
    _repeated_titles,
    _repeats_title_word,
    _scans,
)
from jirei.model import Profile, Span, Warning
from jirei.profilemerge import merged as _merged
from jirei.rules import DEFAULT_RULES, Rules
from jirei.values import find_fiscal_years

#: read a form's text: ``build(text, locate, start)``, ``start`` where the form's text starts
#: in the document's normalised text (what an original-character lookup is shifted by)
Build = Callable[[str, Locate, int], tuple[list[Profile], list[Warning]]]


@frozen
class FormDocument:
    """A document of official forms: its lines and where each form (case) stands."""

    text: str
    lines: tuple[_Line, ...]
    units: tuple[_Unit, ...]
    rules: Rules

    def read(
        self,
        build: Build,
        locate: Locate,
        whole: tuple[list[Profile], list[Warning]] | None = None,
    ) -> tuple[list[Profile], list[Warning]]:
        """One profile per form. ``whole`` is the document read as a whole: a form in which
        it found exactly one case, ending within the form, keeps that case, its items only
        filling what the case left empty; every other form is read on its own —
        ``build(text, locate, start)`` over the form's text with its furniture blanked
        (``locate`` shifted to it, ``start`` its offset) — and its items fill its header
        facts, findings and a plan's targets. Cases wholly before or after the forms stay as
        read."""
        found = whole[0] if whole is not None else []
        warnings = list(whole[1]) if whole is not None else []
        units = self.units
        regions = [(locate(self.lines[u.first].start, self.lines[u.first].start).start,
                     locate(self.lines[u.stop - 1].end, self.lines[u.stop - 1].end).end)
                    for u in units]
        closing = regions[-1][1]
        kept = [p for p in found if p.span is not None
                and all(p.span.end <= a or p.span.start >= b for a, b in regions)]
        outside = {id(p) for p in kept}
        inside = [p for p in found if id(p) not in outside]
        if inside and not len(units) <= 2 * len(inside) <= 4 * len(units):
            return list(found), warnings  # (forms this far from the cases read are page heads)
        firsts = [self.lines[self._body(u)].start for u in units]
        bodies = [locate(at, at).start for at in firsts]
        spans = [(b, bodies[i + 1] if i + 1 < len(units) else closing)
                 for i, b in enumerate(bodies)]
        assigned: list[list[Profile]] = [[] for _ in units]
        for profile in inside:
            shares = [_overlap(profile.span, region) for region in spans]
            assigned[shares.index(max(shares))].append(profile)
        profiles: list[Profile] = []
        for index, unit in enumerate(units):
            lines = self.lines[unit.first : unit.stop]
            body, head = _masked(self.text, self.lines, unit, self.rules)
            own = assigned[index]
            size = max(1, spans[index][1] - spans[index][0])
            stray = sum(_overlap(p.span, spans[index]) for p in inside if p not in own)
            if (len(own) == 1 and stray <= 2 and own[0].span is not None
                    and own[0].span.end <= spans[index][1]
                    and own[0].span.start >= regions[index][0]
                    and _overlap(own[0].span, spans[index]) * 2 >= size):
                profiles.append(
                    _filled(own[0], unit, lines, head, body, self.rules, locate, only_empty=True)
                )
                continue
            start = lines[0].start

            def shifted(s: int, e: int, _at: int = start) -> Span:
                return locate(s + _at, e + _at)

            read, read_warnings = build(body, shifted, start)
            warnings = [w for w in warnings if not _in_unit(w, own)]
            warnings.extend(read_warnings)
            profile = _filled(_merged(read), unit, lines, head, body, self.rules, locate)
            profiles.append(attrs.evolve(profile, span=locate(start, lines[-1].end)))
        ordered = [*kept, *self._dated(profiles)]
        ordered.sort(key=lambda p: p.span.start if p.span is not None else 0)
        return ordered, warnings

    def _dated(self, profiles: list[Profile]) -> list[Profile]:
        """Profiles with no fiscal year take the one the document's opening names."""
        if all(p.fiscal_year is not None for p in profiles):
            return profiles
        year = self.opening_year()
        if year is None:
            return profiles
        return [p if p.fiscal_year is not None else attrs.evolve(p, fiscal_year=year)
                for p in profiles]


    def _body(self, unit: _Unit) -> int:
        """The first line of a form's own content (past its title and furniture)."""
        words = _words(self.rules)
        for index in range(unit.first + 1, unit.stop):
            line = self.lines[index]
            plain = _BRACKET_END.sub("", _plain(line.s))
            if line.s and not _furniture(line) and not plain.endswith(words.form_titles):
                return index
        return unit.first

    def opening_year(self) -> int | None:
        """The fiscal year the document's opening (before its first form) names as the year
        its forms report on (``（対象：令和4年度実施事業）``, a year right before a word of
        ``forms.toml [documents] object_words``; decision 3361), else the year it names
        first on a form title's line."""
        opening = self.lines[: self.units[0].first]
        objects = tuple(self.rules.forms_table.get("documents", {}).get("object_words", ()))
        for line in opening if objects else ():
            for year in find_fiscal_years(line.text, rules=self.rules):
                if line.text[year.end :].lstrip().startswith(objects):
                    return year.value.year
        words = _words(self.rules)
        for line in opening:
            if not any(word in line.text for word in words.form_titles):
                continue  # (a meeting's or a letter's year is not the forms')
            year = next(iter(find_fiscal_years(line.text, rules=self.rules)), None)
            if year is not None:
                return year.value.year
        return None


def _overlap(span: Span | None, region: tuple[int, int]) -> int:
    """How many characters of ``region`` a span covers."""
    if span is None:
        return 0
    return max(0, min(span.end, region[1]) - max(span.start, region[0]))


def _in_unit(warning: Warning, profiles: Sequence[Profile]) -> bool:
    """Whether a warning was raised reading one of ``profiles`` (replaced by a new read)."""
    span = warning.span
    return span is not None and any(
        p.span is not None and p.span.start <= span.start and span.end <= p.span.end
        for p in profiles
    )


def read_forms(text: str, rules: Rules = DEFAULT_RULES) -> FormDocument | None:
    """The forms of a document made of two or more official forms, else None."""
    words = _words(rules)
    agreed = ("協定" in text or "覚書" in text) and "条" in text
    numbered = "様式" in text
    titled = _repeats_title_word(text, words)
    if not (agreed or numbered or titled):
        return None
    scans = _scans(rules)
    candidates = {
        "agreement": [m.start() for m in scans.agreement.finditer(text)] if agreed else [],
        "form": [m.start() for m in scans.form_number.finditer(text)] if numbered else [],
        "sheet": [m.start() for m in scans.form_title.finditer(text)] if titled else [],
    }
    if all(len(found) < 2 for found in candidates.values()):
        return None
    lines = _split(text)
    starts_at = [line.start for line in lines]

    def indices(kind: str) -> list[int]:
        return sorted({bisect_right(starts_at, at) - 1 for at in candidates[kind]})

    for kind, find in (
        ("agreement", lambda: _agreements(lines, indices("agreement"), words)),
        ("form", lambda: _form_numbers(lines, indices("form"))),
        ("sheet", lambda: _repeated_titles(lines, indices("sheet"), words)),
    ):
        if len(candidates[kind]) < 2:
            continue
        starts = find()
        if len(starts) >= 2:
            units = _bounded(kind, lines, starts)
            return FormDocument(text, tuple(lines), units, rules)
    return None


def headed(text: str, forms: FormDocument | None) -> str:
    """``text`` with each form's targets heading read as a results heading (same length)."""
    if forms is None:
        return text
    words = _words(forms.rules)
    found = [
        heading for unit in forms.units
        for heading in _target_headings(forms.lines, unit.first, unit.stop, words)
    ]
    if not found:
        return text
    chars = list(text)
    for at, size in found:
        chars[at : at + size] = list(words.results_head.ljust(size))
    return "".join(chars)


__all__ = ["FormDocument", "read_forms"]
