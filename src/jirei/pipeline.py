"""The public pipeline: read → normalise → segment → sections → tables/values → profile →
checks. Each stage is its own module; this one only wires them together.

    >>> import jirei
    >>> doc = jirei.parse_text(text)          # doctest: +SKIP
    >>> doc = jirei.parse_path("h29.pdf")     # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from jirei.exports import read_export
from jirei.model import Document, Profile, Span, Warning, unchecked_span
from jirei.normalise import normalise
from jirei.profile import build_profiles
from jirei.rules import DEFAULT_RULES, Rules

if TYPE_CHECKING:
    from jirei.read import SourceText


def parse_source(source: SourceText, *, rules: Rules = DEFAULT_RULES) -> Document:
    """Parse text already read (from a file, bytes or a PDF) into a Document."""
    return _parse(
        source.text,
        source=source.source,
        rules=rules,
        boxes=source.boxes,
        encoding=source.encoding,
        backend=source.backend,
        pages=tuple(source.pages or ()),
        source_warnings=tuple(source.warnings or ()),
    )


def parse_text(text: str, source: str | None = None, *, rules: Rules = DEFAULT_RULES) -> Document:
    """Parse a report given as text; ``source`` names where it came from."""
    return _parse(text, source=source, rules=rules)


def parse_path(
    path: str | os.PathLike[str], *, rules: Rules = DEFAULT_RULES, backend: str | None = None
) -> Document:
    """Parse a text file (any supported encoding) or a PDF."""
    from jirei.read import read_path

    return parse_source(read_path(path, backend=backend), rules=rules)


def parse_pdf(
    path: str | os.PathLike[str], *, backend: str | None = None, rules: Rules = DEFAULT_RULES
) -> Document:
    """Parse a PDF (raises ``NotAPdfError`` for anything else)."""
    from jirei.pdf import read_pdf

    return parse_source(read_pdf(path, backend=backend), rules=rules)


def _parse(
    text: str,
    *,
    source: str | None,
    rules: Rules,
    boxes: object = None,
    encoding: str | None = None,
    backend: str | None = None,
    pages: tuple[object, ...] = (),
    source_warnings: tuple[Warning, ...] = (),
) -> Document:
    from jirei.checks import check_profile

    norm = normalise(text, rules)
    box_of = boxes if callable(boxes) else None

    span_of = norm.span

    def locate(start: int, end: int) -> Span:
        o_start, o_end = span_of(start, end)  # (always 0 <= o_start <= o_end)
        if box_of is None:
            return unchecked_span(o_start, o_end)
        boxes = box_of(o_start, o_end)
        if type(boxes) is tuple:  # (SourceText.boxes gives a tuple)
            return unchecked_span(o_start, o_end, boxes)
        return Span(o_start, o_end, boxes)

    def origin(index: int) -> str:
        at = norm.to_original(index)
        return norm.original[at : at + 1]

    from jirei.templatelabels import document_rules

    rules = document_rules(norm.text, rules)  # the document's own case-label templates
    exported = read_export(norm.text, rules, locate, origin)  # JSON / YAML (jirei.exports)
    if exported is not None:  # (and the text around it, if any: ``ExportRead.with_rest``)
        profiles, warnings = exported.with_rest(
            norm.text,
            lambda rest: build_profiles(rest, rules, locate, origin=origin, offsets=span_of),
        )
    else:
        from jirei.handouts import read_handout

        handout = read_handout(norm.text, rules)  # 【資料n】 parts (decisions 2000-2009)
        from jirei.formdocs import headed, read_forms

        forms = read_forms(norm.text, rules) if handout is None else None  # (2090-2109)
        profiles, warnings = build_profiles(
            headed(norm.text, forms) if handout is None else handout.masked,
            rules, locate, origin=origin, offsets=span_of,
        )
        if forms is not None:
            profiles, warnings = forms.read(
                lambda part, at, start: build_profiles(
                    part, rules, at, origin=_shifted_origin(origin, start),
                    offsets=_shifted_offsets(span_of, start),
                ),  # (a form's text starts at ``start``: the original looked up there, 3360)
                locate,
                (profiles, warnings),
            )
        if handout is not None:
            profiles = handout.join(profiles, locate)
        from jirei.entrydocs import read_entries  # lists of programmes, sheets (2330-2335)

        entries = read_entries(norm.text, rules) if handout is None and forms is None else None
        if entries is not None:
            profiles, warnings = entries.read(
                lambda part: build_profiles(part, rules, locate, origin=origin, offsets=span_of),
                (profiles, warnings),
                locate,
            )
        from jirei.memberturns import with_member_turns

        profiles = with_member_turns(profiles, norm.text, locate, rules)  # minutes (2012)
        if len(profiles) <= 1 or _named(profiles) < len(profiles):
            from jirei.prose import read_prose  # cases told in prose (decisions 2150-2169)

            had, named_had = len(profiles), _named(profiles)
            weak = 2 * named_had <= had  # the other readers named at most half their cases

            def beats(cases: int, named: int) -> bool:
                if cases > had:
                    return had <= 1 or weak
                return cases == had and named > named_had

            told = read_prose(
                norm.text, rules, locate, lambda a, b: text[slice(*span_of(a, b))], beats
            )
            if told and (len(told) > had or weak or _facts(told) >= _facts(profiles)):
                profiles, warnings = told, []
                profiles = with_member_turns(profiles, norm.text, locate, rules)  # (2440)
        from jirei.placednames import with_placed_names  # ``仙台市　name`` (2734)

        profiles = with_placed_names(profiles, norm.original)
        from jirei.openingdates import with_opening_dates  # dates in sentences (2733)

        profiles = with_opening_dates(profiles, norm.text, locate, rules)
        from jirei.reportturns import with_report_turns  # a meeting's report (2430)

        profiles = with_report_turns(profiles, norm.text, locate, rules, norm.original)
        from jirei.reportheader import with_report_header

        profiles = with_report_header(profiles, norm.text, locate, rules, norm.original)
        from jirei.reportfigures import with_report_figures

        profiles = with_report_figures(profiles, norm.text, locate, rules, norm.original)
        from jirei.staffvoices import with_staff_turns

        profiles = with_staff_turns(profiles, norm.text, locate, rules, norm.original)
        from jirei.facilitytables import with_tables  # one table of every facility (2338)

        profiles = with_tables(profiles, norm.text, locate, rules)
        from jirei.issuer import with_issuer  # the bureau on a report's cover (2340)

        profiles = with_issuer(profiles, norm.text, locate, rules)
        from jirei.slashrows import with_slash_rows

        profiles = with_slash_rows(profiles, norm.text, locate, rules)  # 目標／実績／率 (2131)
        from jirei.asidevoices import with_aside_voices

        profiles = with_aside_voices(profiles, text, rules)  # ■所見　speaker：text (2134)
        from jirei.abbreviations import with_abbreviations

        profiles = with_abbreviations(profiles, text, rules)  # 局／HW久留米 (2135)
        from jirei.wardcity import with_ward_cities

        profiles = with_ward_cities(profiles, text)  # 中央区 → 札幌市中央区 (2139)
        from jirei.speakerbrackets import with_written_brackets

        profiles = with_written_brackets(profiles, text)  # 上田市〔福祉課〕 as written (3109)
        from jirei.moneyrows import without_money

        profiles = without_money(profiles, rules)  # 予算現額・決算額: no metrics (3561)
    checked: list[Warning] = []
    for profile in profiles:
        checked.extend(check_profile(profile, rules))
    return Document(
        source=source,
        profiles=tuple(profiles),
        warnings=(*source_warnings, *warnings, *checked),
        encoding=encoding,
        backend=backend,
        pages=pages,
        text=text,
    )


def _named(profiles: list[Profile] | tuple[Profile, ...]) -> int:
    """How many of ``profiles`` name their facility or its start date (a name holding half
    a pair of 「」 is a piece of a wrapped quotation, no name: decision 2273)."""
    return sum(
        1
        for p in profiles
        if (p.facility_name and p.facility_name.count("「") == p.facility_name.count("」"))
        or p.start_date
    )


def _facts(profiles: list[Profile] | tuple[Profile, ...]) -> int:
    """How many list facts (initiatives, metrics, other results, comments) ``profiles`` hold."""
    return sum(
        len(p.initiatives) + len(p.metrics) + len(p.other_results) + len(p.comments)
        for p in profiles
    )


__all__ = ["parse_path", "parse_pdf", "parse_source", "parse_text"]


def _shifted_origin(origin: Callable[[int], str], start: int) -> Callable[[int], str]:
    """``origin`` for a part of the normalised text that starts at ``start``."""
    if not start:
        return origin
    return lambda index: origin(index + start)


def _shifted_offsets(
    offsets: Callable[[int, int], tuple[int, int]], start: int
) -> Callable[[int, int], tuple[int, int]]:
    """``offsets`` for a part of the normalised text that starts at ``start``: the part's
    ``[a, b)`` mapped as the document's ``[a + start, b + start)`` (original offsets)."""
    if not start:
        return offsets
    return lambda a, b: offsets(a + start, b + start)
