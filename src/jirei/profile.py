"""A case → a Profile, every value with its span in the original text.

``build_profiles`` runs segment → sections → header / items / tables / comments over a
normalised document and assembles one Profile per case.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Protocol

import regex
from attrs import frozen

from jirei import values
from jirei.attendees import attendee_turns
from jirei.bounds import box_items, box_start
from jirei.cards import (
    CardRow,
    card_rows,
    cell_items,
    continuation_cell,
    nested_table,
    row_comment,
)
from jirei.caselabel import label_length, strip_label
from jirei.chapteryear import ChapterYear, chapter_year, results_year, title_year, work_year
from jirei.columns import may_split, split_columns
from jirei.commentends import page_cut
from jirei.commentforms import (
    bare_speaker_split,
    names_each_speaker,
    read_comment_section,
    speaker_line,
    talk_start,
)
from jirei.commentheads import is_interview
from jirei.commentnoise import is_noise
from jirei.comments import CommentParts, read_comment, speaker_of
from jirei.commentsabove import comments_above
from jirei.deflist import read_list
from jirei.dialogue import dialogue_start
from jirei.factsrow import read_facts_row
from jirei.fallback import is_rule_line
from jirei.fields import FieldLine, read_field
from jirei.fieldtitle import title_above_facts
from jirei.figures import fill_metrics, unread_others
from jirei.harvest import harvest
from jirei.header import (
    HeaderFields,
    header_from_fields,
    profile_fields,
    read_alt_header,
    read_header,
)
from jirei.headwords import Piece, head_kind, list_end, split_heads
from jirei.indent import dedent_blocks
from jirei.items import Item, Origin, enumerator_width, is_footnote, read_items, whole_line
from jirei.judgedviews import judged_views
from jirei.labelplace import LabelPlace, label_place
from jirei.lines import Cell, Line, Locate, row_cells, split_lines
from jirei.listtails import figures_cut, split_tail
from jirei.memoheader import merge_memo, read_memo_header
from jirei.model import Comment, Metric, Profile, Span, TextBlock, Warning
from jirei.nametitle import (
    bare_name,
    is_name,
    is_name_heading,
    marked_headline,
    name_kind,
    title_under_name,
)
from jirei.notedparts import noted_line
from jirei.notevoices import note_voices
from jirei.ocrrepair import repair_profile_names
from jirei.overviewlists import overview_lists
from jirei.rules import DEFAULT_RULES, Rules, era_alternation, per_rules
from jirei.sections import (
    CardBlock,
    CaseParts,
    CommentBlock,
    K,
    LineInfo,
    Section,
    split_case,
    strip_hash,
)
from jirei.segment import Case, Segmentation, segment, segment_lines
from jirei.speakerposts import tidy_parts
from jirei.subentries import head_phrase
from jirei.tables.caselist import block_number, merge_case_list, read_case_list
from jirei.tables.colonwords import read_word_lines
from jirei.tables.grid import Row, column_role, is_results_header
from jirei.tables.reader import read_results, starts_table
from jirei.targetline import fill_line_targets
from jirei.targetsection import as_targets, with_targets
from jirei.titlebelow import is_gloss
from jirei.titlefill import title_above_partner
from jirei.titles import drop_field_label, is_form_name, says_none, unbold, unquote
from jirei.wardfield import with_ward

if TYPE_CHECKING:
    from jirei.appendix import Appendix
    from jirei.gatheredparts import Gathered
    from jirei.tables.caselist import CaseList

#: Normalised ``[start, end)`` → original ``(start, end)`` (what ``Locate`` spans, as a pair).
Offsets = Callable[[int, int], tuple[int, int]]



def _voice_first(lines: Sequence[Line], rules: Rules) -> bool:
    """Whether a comment heading's body opens with a labelled voice naming its own speaker
    with a gloss in brackets (``利用者（40代女性）`` alone on its line; decision 2282): the
    block is a comments section, each voice a comment."""

    first = next((line for line in lines if not line.blank), None)
    if first is None or ")" not in first.text:
        return False
    match = speaker_line(first.text, rules)
    return match is not None and (
        match["speaker"].rstrip().endswith(")")
        or first.text.strip().startswith("(")  # ``（50代男性）`` alone (decision 3385)
    )

def identity_locate(start: int, end: int) -> Span:
    """A ``Locate`` for text that is its own original (offsets unchanged)."""
    return Span(start, end)


# ------------------------------------------------------------------------------ eras


class EraIndex:
    """Where the document writes an era (平成29年度, H23.12.1 …), to read bare years by.

    ``era_at(i)`` is the era of the latest era-written fiscal year (``令和4年度``) before
    offset ``i``; without one, the era of the latest era-written year of any kind (a date
    such as ``平成23年12月1日``); else the rules' default era. Fiscal years come first because
    a bare ``3年度`` continues the report's fiscal years, while an era-written date before it
    is often a facility's start date from an earlier era.
    """

    def __init__(self, text: str, rules: Rules = DEFAULT_RULES) -> None:
        self.default = rules.default_era
        self.positions: list[int] = []
        self.eras: list[str] = []
        self.fiscal_positions: list[int] = []
        self.fiscal_eras: list[str] = []
        for match in _era_pattern(rules).finditer(text):
            era = _era_name(match.group("era"), rules)
            self.positions.append(match.start())
            self.eras.append(era)
            if text.startswith("度", match.end()):
                self.fiscal_positions.append(match.start())
                self.fiscal_eras.append(era)

    def era_at(self, position: int) -> str:
        index = bisect.bisect_right(self.fiscal_positions, position) - 1
        if index >= 0:
            return self.fiscal_eras[index]
        index = bisect.bisect_right(self.positions, position) - 1
        return self.eras[index] if index >= 0 else self.default


@per_rules
def _era_pattern(rules: Rules) -> regex.Pattern[str]:
    names = era_alternation(rules)
    return regex.compile(rf"(?<![A-Za-z])(?P<era>{names})\s*(?:\d{{1,2}}|元)\s*(?:年|\.\d)")


def _era_name(spelling: str, rules: Rules) -> str:
    try:
        return rules.era(spelling).name
    except KeyError:
        return rules.default_era


# -------------------------------------------------------------------------- profiles


@frozen
class _Context:
    text: str
    rules: Rules
    locate: Locate
    eras: EraIndex
    origin: Origin | None = None
    offsets: Offsets | None = None

    def web(self) -> bool:
        """Whether the text is a web page copied as text: no line is wrapped (2184)."""
        from jirei.webcopy import is_web_copy

        return is_web_copy(self.text, self.rules)

    def unwrapped(self) -> bool:
        """Whether the text keeps one line per paragraph (decision 2864); a web copy's
        lists are read by ``web`` (decision 2184)."""
        from jirei.hardwrap import is_unwrapped

        return not self.web() and is_unwrapped(self.text, self.rules)


def build_profiles(
    text: str,
    rules: Rules = DEFAULT_RULES,
    locate: Locate = identity_locate,
    segmentation: Segmentation | None = None,
    origin: Origin | None = None,
    offsets: Offsets | None = None,
) -> tuple[list[Profile], list[Warning]]:
    """The profiles of a normalised document, and the warnings raised reading them.

    ``locate`` maps normalised offsets to spans of the original; ``origin`` gives the
    original character of a normalised offset (see ``jirei.items.read_items``);
    ``offsets``, if given, maps normalised ``[start, end)`` to the original ``(start, end)``
    as ``locate`` would, without building a Span (used where only lengths are compared).
    """
    eras = EraIndex(text, rules)
    lines: list[Line] | None = None
    if segmentation is None:  # records of labelled facts, labels apart from values (3341)
        from jirei.fieldrecords import read_field_records

        records = read_field_records(text, rules, locate, eras.era_at, origin)
        if records is not None:
            return records, []
    if segmentation is None and ("\t" in text or "|" in text):  # cases as columns
        lines = split_lines(text)
        sheet = _case_sheet(lines, rules, locate, eras)
        if sheet is not None:
            return sheet, []
    if segmentation is not None:
        seg = segmentation
    elif lines is not None:  # the lines split for the sheet test, not split again
        seg = segment_lines(split_columns(lines) if may_split(text) else lines, rules)
    else:
        seg = segment(text, rules)
    from jirei.appendix import split_appendix

    seg, appendix = split_appendix(seg, rules)  # 付表 after all the cases (decision 1184)
    if segmentation is None:  # blocks headed by a facilities table's names (decision 2336)
        from jirei.namedblocks import with_named_blocks

        seg = with_named_blocks(seg, text, rules)  # type: ignore[assignment]
    after: int | None = None
    if segmentation is None and ("\t" in text or "|" in text):  # a sheet of other cases (3193)
        from jirei.aftersheet import cut_before, sheet_start

        after = sheet_start(seg, rules)
        if after is not None:
            seg = cut_before(seg, after)
    context = _Context(text, rules, locate, eras, origin, offsets)
    profiles: list[Profile] = []
    kept: list[Case] = []
    numbers: list[int | None] = []  # each kept case's label number (``No.1``)
    warnings: list[Warning] = []
    for case in seg.cases:
        profile, case_warnings = build_profile(seg, case, context)
        if case.origin == "fallback" and not (profile.metrics or profile.comments):
            warnings.append(_fallback_warning(profile, case.origin, kept=False))
            continue
        if case.fallback:
            warnings.append(_fallback_warning(profile, case.origin, kept=True))
        elif case.origin == "structure":  # no label: cut where the structure repeats
            where = f"[{profile.span.start}, {profile.span.end})" if profile.span else "?"
            warnings.append(
                Warning(
                    "structure_segmentation",
                    f"case at {where} has no case label: it starts where the report's opening "
                    "section repeats, its header read from the lines above that section",
                    profile.span,
                )
            )
        profiles.append(profile)
        kept.append(case)
        numbers.append(_label_number(seg, case, rules))
        warnings.extend(case_warnings)
    if len(kept) > 2:  # a chapter heading stating nothing among the cases (3043)
        from jirei.chapterheads import bare_headings, shared_bureau

        bare = bare_headings(profiles)
        dropped = [profiles[index] for index in bare]
        for index in reversed(bare):
            del profiles[index], kept[index], numbers[index]
        if dropped:  # the bureau an overview names as its cases' partner (3457)
            profiles = shared_bureau(dropped, profiles)
    if len(kept) > 2 and len(profiles) == len(kept):  # a case re-headed later (3388)
        kept, profiles, numbers = _without_reopened(seg, kept, profiles, numbers, context)
    if len(kept) > 1 and len(profiles) == len(kept):  # an overview's blocks (2575)
        from jirei.overviewblocks import with_overview_blocks

        profiles, dropped, joins = with_overview_blocks(
            seg.lines,
            [(case.first, case.stop) for case in kept],
            profiles,
            numbers,
            lambda block: _lines_profile(block, context),
            rules,
        )
        if dropped is not None:
            del kept[dropped], numbers[dropped]
    else:
        joins = []
    name_speakers = False
    if len(kept) > 1 and len(profiles) == len(kept):  # parts after all the cases (2390)
        profiles, bare = _with_gathered(seg, kept, profiles, context)
        name_speakers = True  # (after the case list: its bureaus name cases too, 2855)
        if bare is not None:  # a heading over the parts of every case, no case (2625)
            del kept[bare], numbers[bare]
        if joins:  # (a case the parts ran into is read anew: its overview block again)
            from jirei.overviewblocks import with_header

            for target, read in joins:
                profiles[target] = with_header(profiles[target], read)
    if appendix is not None:
        profiles = _with_appendix(seg, kept, profiles, appendix, context)
    read = list(profiles) if kept and len(profiles) == len(kept) else None
    profiles, listed = _with_case_list(seg, profiles, numbers, context)
    if read is not None and len(profiles) > len(read):  # the listed cases' parts (3311)
        profiles = _with_listed_parts(seg, kept, read, profiles, context)
    elif len(kept) > 1 and len(profiles) == len(kept):  # a list of them after them (3318)
        profiles = _with_closing_list(seg, kept, profiles, numbers, context)
    if name_speakers:
        from jirei.gatheredparts import with_named_speakers

        profiles = with_named_speakers(profiles)
    if len(kept) > 1 and len(profiles) == len(kept) and not all(p.metrics for p in profiles):
        profiles = _with_front_tables(seg, kept, profiles, context)  # (decision 2400)
    if len(profiles) == len(kept) > 1:  # a case's label met again later (decision 2846)
        from jirei.repeatedlabels import named_numbers, noted_numbers, with_repeated_labels

        names = [_noted_name(seg, c, rules) for c in kept]
        numbers = noted_numbers(profiles, named_numbers(profiles, numbers, names), names)

        profiles, firsts = with_repeated_labels(profiles, numbers)
        if firsts is not None:
            kept = [kept[i] for i in firsts]
            numbers = [numbers[i] for i in firsts]
    profiles = [repair_profile_names(p, rules) for p in profiles]  # ハロ一ワ一ク (1001)
    from jirei.labelmarkers import with_unmarked_labels
    from jirei.pointers import without_pointers

    profiles = [without_pointers(p, rules) for p in profiles]  # ``…を参照。`` (2532)
    profiles = [with_unmarked_labels(p, rules) for p in profiles]  # ``ア支援対象者数`` (2537)
    if len(profiles) == len(kept) > 1:  # partners a report names once (decision 1826)
        from jirei.sharedpartners import with_shared_partners

        starts = [seg.lines[case.first].line.start for case in kept]
        profiles = with_shared_partners(text, starts, profiles, context.locate, rules)
    warnings.extend(listed)
    if after is not None:  # the sheet's rows after the stories (decision 3193)
        from jirei.aftersheet import sheet_profiles

        sheet_lines = [info.line for info in seg.lines[after:]]
        profiles += sheet_profiles(sheet_lines, profiles, rules, context.locate, eras.era_at)
    if profiles and seg.cases:  # the year the document says its cases report (3459)
        profiles = _with_results_year(profiles, seg, context)
    if not profiles:
        warnings.append(Warning("no_cases", "no case study found in the text"))
        from jirei.unread import unread_warning

        if (unread := unread_warning(text, rules)) is not None:
            warnings.append(unread)
    return profiles, warnings


def _with_appendix(
    seg: Segmentation,
    cases: Sequence[Case],
    profiles: list[Profile],
    appendix: Appendix,
    context: _Context,
) -> list[Profile]:
    """The profiles with the results tables of an appendix after all the cases, each read
    into the case its caption names (decision 1184): for a case that read no figures of
    its own; the appendix heading's fiscal year where the case names none; a short pointer
    to the table (``付表の表Ａのとおり。``) is no other result."""
    import attrs

    from jirei.appendix import case_key, owner

    rules = context.rules
    places = [(p.municipality, p.facility_name) for p in profiles]
    keys = [case_key(seg, case, rules) for case in cases]
    heading = appendix.heading
    era = context.eras.era_at(heading.start)
    year = next(iter(values.find_fiscal_years(heading.text, era=era, rules=rules)), None)
    out = list(profiles)
    for table in appendix.tables:
        n = owner(table, places, keys)
        if n is None or out[n].metrics:
            continue
        builder = _Builder(context)
        builder.results(Section("results", table.caption, table.lines))
        if not builder.metrics:
            continue
        profile = out[n]
        spans = dict(profile.spans)
        fiscal_year = profile.fiscal_year
        if fiscal_year is None and builder.fiscal_year is not None:
            fiscal_year = builder.fiscal_year
            if "fiscal_year" in builder.spans:
                spans["fiscal_year"] = builder.spans["fiscal_year"]
        elif fiscal_year is None and year is not None:
            fiscal_year = int(year.value.year)
            spans["fiscal_year"] = context.locate(
                heading.start + year.start, heading.start + year.end
            )
        pointer = regex.compile(rf"表\s*{regex.escape(table.key)}(?![A-Za-z0-9])")
        kept = [
            (text, span)
            for text, span in zip(profile.other_results, profile.other_result_spans, strict=True)
            if not (len(text) <= 30 and pointer.search(text))
        ]
        out[n] = attrs.evolve(
            profile,
            metrics=tuple(builder.metrics),
            fiscal_year=fiscal_year,
            spans=spans,
            other_results=tuple(text for text, _ in kept),
            other_result_spans=tuple(span for _, span in kept),
        )
    return out


def _without_reopened(
    seg: Segmentation,
    cases: list[Case],
    profiles: list[Profile],
    numbers: list[int | None],
    context: _Context,
) -> tuple[list[Case], list[Profile], list[int | None]]:
    """The cases read without those that re-open an earlier case by its place (a theme
    chapter's ``２－１　事例１　札幌市``, ``jirei.reopenedcases``), when the parts gathered
    after the cases left then read into the cases (decision 3388); else all of them."""
    from jirei.gatheredparts import case_keys, heading_keys
    from jirei.reopenedcases import reopened_cases

    rules = context.rules
    heads = [  # (what each case's opening line names: a place, a facility)
        heading_keys(seg.lines[case.first].text, rules) if case.origin != "structure" else ()
        for case in cases
    ]
    keys = [
        case_keys(profile, _label_rest(seg, case, rules), None, rules)
        for profile, case in zip(profiles, cases, strict=True)
    ]
    again = reopened_cases(profiles, heads, keys)
    if not again:
        return cases, profiles, numbers
    keep = [index for index in range(len(cases)) if index not in again]
    trial = [profiles[index] for index in keep]
    fewer = [cases[index] for index in keep]
    gathered, _ = _with_gathered(seg, fewer, trial, context)
    if gathered == trial or _parts_read(gathered) < _parts_read(
        _with_gathered(seg, cases, profiles, context)[0]
    ):  # (nothing gathered, or less than with the re-opened cases: they stay as read)
        return cases, profiles, numbers
    return fewer, trial, [numbers[index] for index in keep]


def _parts_read(profiles: Sequence[Profile]) -> int:
    """How many items, figures, other results and comments ``profiles`` read together."""
    return sum(
        len(p.initiatives) + len(p.metrics) + len(p.other_results) + len(p.comments)
        for p in profiles
    )


def _with_gathered(
    seg: Segmentation, cases: Sequence[Case], profiles: list[Profile], context: _Context
) -> tuple[list[Profile], int | None]:
    """The profiles with the parts of every case gathered after the cases read into them
    (``jirei.gatheredparts``, decisions 2390-2399); a case the parts ran into ends where
    they begin. A last case the parts begin in that reads nothing of its own (no header
    fact, 取組内容 item or comment: a ``参考`` heading over a table of every case) is no
    case: it is left out, its index returned (decision 2625)."""
    import attrs

    from jirei.gatheredparts import (
        FIRST_PART,
        case_keys,
        gathered_parts,
        next_labels,
        office_keys,
        with_gathered,
    )

    rules = context.rules
    numbers = [_label_number(seg, case, rules) for case in cases]
    keys = [
        case_keys(profile, _label_rest(seg, case, rules), number, rules)
        for profile, case, number in zip(profiles, cases, numbers, strict=True)
    ]
    from jirei.repeatedlabels import first_parts

    for index, number in first_parts(profiles, numbers):  # a case printed in parts (3080)
        keys[index].add(f"{FIRST_PART}#{number}")
    from jirei.gatheredparts import headed_keys

    keys, parts = headed_keys(keys, profiles)  # a name parts share: the headed case's (3180)
    spans = [(case.first, case.body, case.stop) for case in cases]
    offices = [office_keys(profile) for profile in profiles]
    offices = _listed_offices(seg, profiles, offices, context)  # (decision 3314)
    heads = frozenset(i for c in parts for i in range(cases[c].first, cases[c].body))
    found = gathered_parts(seg.lines, spans, keys, rules, offices, heads)
    stops = next_labels(seg.lines, spans, keys, rules)  # the next case's sub-head (2393)
    if found is not None:
        for start in (found.start, *found.starts):  # (each run of parts: decision 2721)
            stops.update(
                (index, start)
                for index, case in enumerate(cases)
                if case.body < start < case.stop and start < stops.get(index, case.stop)
            )
    out = list(profiles)
    for index, stop in stops.items():
        out[index] = build_profile(seg, attrs.evolve(cases[index], stop=stop), context)[0]
    if found is None:
        return out, None
    bare = len(cases) - 1
    if len(cases) > 2 and cases[bare].first <= found.start < cases[bare].stop and (
        _reads_nothing(out[bare]) or _opened_on_parts(out[bare], cases[bare], found.start)
    ):
        del out[bare]
        found = attrs.evolve(found, parts=tuple(p for p in found.parts if p.case != bare))
    else:
        bare = None
    def reader(block: Sequence[LineInfo]) -> Profile:
        return _lines_profile(block, context)

    for index in _shaped_strays(out, found, reader, rules):  # (decision 2862; the bare
        case = cases[index]  # case left out is the last: ``out`` keeps the others' indexes)
        case = attrs.evolve(case, stop=stops.get(index, case.stop))
        rebuilt = build_profile(seg, case, context, shapes=False)[0]
        if not rebuilt.metrics:
            out[index] = rebuilt
    return with_gathered(out, found, reader, rules), bare


def _front_list(seg: Segmentation, context: _Context) -> CaseList | None:
    """The case list among the lines before the first case, else None (a cheap precheck:
    a table's cells)."""
    first = seg.cases[0].first if seg.cases else len(seg.lines)
    before = [info.line for info in seg.lines[:first]]
    if not any("|" in line.text or "\t" in line.text for line in before):
        return _legend_list(seg, context)
    at = next((line.start for line in before if not line.blank), 0)
    return read_case_list(
        before, rules=context.rules, era=context.eras.era_at(at), locate=context.locate
    )


def _with_legend(
    seg: Segmentation, profiles: list[Profile], numbers: list[int | None], context: _Context
) -> tuple[list[Profile], list[Warning]]:
    """The profiles joined with the entries of a numbered list of places over their header
    facts (decision 3446), when there is one."""
    legend = _legend_list(seg, context)
    if legend is None:
        return profiles, []
    return merge_case_list(profiles, numbers, legend, locate=context.locate, text=context.text)


def _legend_list(seg: Segmentation, context: _Context) -> CaseList | None:
    """The case list a numbered list of places over their header facts before the first
    case's body makes (``jirei.legendlist``, decision 3446; a case opened on one of its
    lines is one of its entries), else None."""
    from jirei.legendlist import may_hold_legend, read_legend

    stop = seg.cases[0].body if seg.cases else len(seg.lines)
    lines = [info.line for info in seg.lines[:stop]]
    if not may_hold_legend(lines, context.rules):
        return None
    return read_legend(lines, context.text, context.rules)


def _listed_offices(
    seg: Segmentation, profiles: Sequence[Profile], offices: list[set[str]], context: _Context
) -> list[set[str]]:
    """``offices`` (each case's Hello Work offices and labour bureau, as keys) with those
    the case list before the first case gives the case's municipality: the list is joined
    only after the parts are gathered, and its offices name the speakers of a voices
    section gathered by organisation (``○ハローワーク足立``; decision 3314)."""
    listing = _front_list(seg, context)
    if listing is None:
        return offices
    from jirei.listedparts import listed_offices

    return listed_offices(listing.rows, profiles, offices)


def _with_closing_list(
    seg: Segmentation,
    cases: Sequence[Case],
    profiles: list[Profile],
    numbers: Sequence[int | None],
    context: _Context,
) -> list[Profile]:
    """The profiles with the header facts a list of every case standing after the cases
    gives them (``jirei.listedparts.with_closing_list``, decision 3318), when no list stands
    before them."""
    after = [info.line for info in seg.lines[cases[-1].body :]]
    if not any("|" in line.text or "\t" in line.text for line in after):  # cheap precheck
        return profiles
    if _front_list(seg, context) is not None:
        return profiles
    at = next((line.start for line in after if not line.blank), 0)
    listing = read_case_list(
        after, rules=context.rules, era=context.eras.era_at(at), locate=context.locate
    )
    if listing is None or len(listing.rows) != len(profiles):
        return profiles
    from jirei.listedparts import with_closing_list

    joined = with_closing_list(profiles, numbers, listing.rows, context.locate)
    return profiles if joined is None else joined


def _with_listed_parts(
    seg: Segmentation,
    cases: Sequence[Case],
    read: Sequence[Profile],
    profiles: list[Profile],
    context: _Context,
) -> list[Profile]:
    """The profiles a case list made more of than the cases read (``read``, of ``cases``)
    with the parts of every listed case gathered from the lines of the first case read
    (``jirei.listedparts``, decisions 3311-3314): that case ends where the first part
    naming another case begins, and a case read after it opening inside the parts (a
    city's name over its その他の実績) is one of them, no case."""
    import attrs

    from jirei.gatheredparts import case_keys, gathered_parts, office_keys
    from jirei.listedparts import listed_index, read_indexes

    case = cases[0]
    at = listed_index(profiles, read[0])
    later = read_indexes(profiles, read[1:])
    listing = _front_list(seg, context)
    if at is None or later is None or at in later or listing is None or not listing.rows:
        return profiles
    original = profiles
    rules = context.rules
    front = next(  # the first line after the list
        (i for i, info in enumerate(seg.lines) if info.line.start >= listing.rows[-1].end),
        len(seg.lines),
    )
    bare = attrs.evolve(  # (the case read, opening inside the parts: its list row alone)
        profiles[at],
        title=None,
        spans={k: v for k, v in profiles[at].spans.items() if k != "title"},
        initiatives=(), initiative_spans=(), metrics=(), other_results=(),
        other_result_spans=(), comments=(), unclassified=(),
    )
    placeless = read[0].municipality is None and read[0].facility_name is None
    inside = case.first < front  # (a case opened on a line of the list is its entry: 3448)
    listed = [  # (a case read naming no place, no row its own, is no case: 3319)
        bare if i == at else p
        for i, p in enumerate(profiles)
        if i not in later and not (placeless and i == at)
    ]
    keys = [case_keys(p, None, None, rules) for p in listed]
    spans = [(front, front, front)] * len(listed)
    offices = [office_keys(p) for p in listed]
    found = gathered_parts(seg.lines, spans, keys, rules, offices)
    if found is not None and (found.start < case.first or placeless or inside):
        # every case read is a part (3312), or opened before them on a line of no case
        if any(c.first < found.start for c in cases[0 if not (placeless or inside) else 1 :]):
            return original
        gathered = _listed_gathered(seg, listed, found, context)
        return _listed_titles(seg, front, found.start, gathered, context)
    profiles = [p for i, p in enumerate(profiles) if i not in later]
    at -= sum(1 for i in later if i < at)
    keys = [
        case_keys(p, _label_rest(seg, case, rules) if i == at else None, None, rules)
        for i, p in enumerate(profiles)
    ]
    spans = [
        (case.first, case.body, case.stop) if i == at else (case.first, case.first, case.first)
        for i in range(len(profiles))
    ]
    offices = [office_keys(p) for p in profiles]
    found = gathered_parts(seg.lines, spans, keys, rules, offices)
    if found is None or not case.body < found.start < case.stop or any(
        c.first < found.start for c in cases[1:]
    ):
        return original
    if case.headline is not None and seg.lines[case.headline].kind is K.BULLET:
        # (a marked item under the sub-heading is the first initiative, no headline)
        case = attrs.evolve(case, headline=None, body=min(case.body, case.headline))
    own = build_profile(seg, attrs.evolve(case, stop=found.start), context)[0]
    out = list(profiles)
    kept_spans = {k: v for k, v in profiles[at].spans.items() if k != "title"}
    if own.title is not None and "title" in own.spans:
        kept_spans["title"] = own.spans["title"]
    out[at] = attrs.evolve(
        profiles[at],
        title=own.title,
        spans=kept_spans,
        initiatives=own.initiatives,
        initiative_spans=own.initiative_spans,
        metrics=own.metrics,
        other_results=own.other_results,
        other_result_spans=own.other_result_spans,
        comments=own.comments,
        unclassified=own.unclassified,
    )

    gathered = _listed_gathered(seg, out, found, context)
    return _listed_titles(seg, front, found.start, gathered, context)


def _listed_titles(
    seg: Segmentation, front: int, first: int, profiles: list[Profile], context: _Context
) -> list[Profile]:
    """``profiles`` (in the list's order) with the catch phrases a numbered list between the
    case list and the parts (line ``first``) gives them by number (``１　福祉事務所と…``
    under ``【各施設のキャッチフレーズ】``; decision 3319), for the cases that read none (or
    read a line of the list as their headline)."""
    import attrs

    from jirei.listedparts import numbered_lines

    found = numbered_lines(seg.lines[front:first], len(profiles))
    if found is None:
        return profiles
    listed = {text for _, _, text in found}  # (a case read opening on the list's last line
    out = list(profiles)  # took it for its headline)
    for at, (start, end, text) in enumerate(found):
        if out[at].title is None or out[at].title in listed:
            spans = {**out[at].spans, "title": context.locate(start, end)}
            out[at] = attrs.evolve(out[at], title=text, spans=spans)
    return out


def _listed_gathered(
    seg: Segmentation, profiles: Sequence[Profile], found: Gathered, context: _Context
) -> list[Profile]:
    """``profiles`` with the parts ``found`` read into them, each part under the section
    heading it stands under."""
    from jirei.gatheredparts import with_gathered
    from jirei.listedparts import under_section

    def reader(block: Sequence[LineInfo]) -> Profile:
        return _lines_profile(under_section(seg.lines, block), context)

    return _part_titles(found, with_gathered(profiles, found, reader, context.rules), context)


def _part_titles(found: Gathered, profiles: list[Profile], context: _Context) -> list[Profile]:
    """``profiles`` with the catch phrase a gathered part of 取組 gives a case that reads no
    title (decision 3450): the one line of no sentence right under the part's heading
    (``①倉敷市`` over ``水島・児島・玉島…体制づくり`` over ``●`` items), marked items under it."""
    import attrs

    out = list(profiles)
    for part in found.parts:
        if part.table or out[part.case].title is not None:
            continue
        lines = [info for info in part.block if info.text.strip()]
        if lines and lines[0].kind is K.SECTION:
            lines = lines[1:]
        if len(lines) < 2 or lines[0].kind is not K.TEXT or lines[1].kind is not K.BULLET:
            continue
        text = lines[0].text.strip()
        if "。" in text or not _TITLE_WIDTH[0] <= len(text) <= _TITLE_WIDTH[1]:
            continue
        start = lines[0].line.start + len(lines[0].text) - len(lines[0].text.lstrip())
        spans = {**out[part.case].spans, "title": context.locate(start, start + len(text))}
        out[part.case] = attrs.evolve(out[part.case], title=text, spans=spans)
    return out


#: the shortest and longest catch phrase a part's first line may be (decision 3450)
_TITLE_WIDTH = (6, 60)


def _shaped_strays(
    profiles: Sequence[Profile],
    found: Gathered,
    reader: Callable[[Sequence[LineInfo]], Profile],
    rules: Rules,
) -> list[int]:
    """The cases that read a stray figure or two of their own (a bullet of their その他の実績
    read as a metric for want of any other) that their row or column of a table gathered
    after the cases does not restate: the table is their results, and the lines those
    figures came from are read again as what they are (decision 2862)."""
    from jirei.gatheredparts import restates, stray_count

    tabled = {part.case for part in found.parts if part.table}
    out: list[int] = []
    for index in sorted(tabled):
        own = profiles[index].metrics
        if not own or len(own) > stray_count():
            continue
        read = [
            m for part in found.parts if part.table and part.case == index
            for m in reader(part.block).metrics
        ]
        if read and not restates(own, read, rules) and not {
            m.label for m in own
        } & {m.label for m in read}:
            out.append(index)
    return out


def _opened_on_parts(profile: Profile, case: Case, start: int) -> bool:
    """Whether the last case read opened on the first line of the parts gathered after
    every case (a closing table's caption or head row, ``自治体　施設名　…`` read as a header)
    and tells no story of its own: no title, 取組内容 item or comment (decision 3492)."""
    return case.first == start and not (
        profile.title or profile.initiatives or profile.comments
    )


def _reads_nothing(profile: Profile) -> bool:
    """Whether a profile reads no case of its own: no header fact, 取組内容 item or
    comment (a heading read as its headline, a contact block as its other results)."""
    return not (
        profile.municipality or profile.facility_name or profile.labour_bureau
        or profile.hello_work or profile.initiatives or profile.comments
    )


def _with_front_tables(
    seg: Segmentation, cases: Sequence[Case], profiles: list[Profile], context: _Context
) -> list[Profile]:
    """The profiles with the figures of a table of every case before the cases, keyed by
    the cases (``gatheredparts.front_parts``), for the cases that read none; a table the
    facility-table reader joins later (``jirei.facilitytables``) is left to it."""
    from jirei.facilitytables import facility_tables, may_hold
    from jirei.gatheredparts import (
        Gathered,
        case_keys,
        front_parts,
        gathered_parts,
        with_gathered,
    )

    rules = context.rules
    keys = [
        case_keys(profile, _label_rest(seg, case, rules), _label_number(seg, case, rules), rules)
        for profile, case in zip(profiles, cases, strict=True)
    ]
    listed = (
        [(t.start, t.end) for t in facility_tables(context.text, rules)]
        if may_hold(context.text, rules)
        else []
    )
    spans = [(case.first, case.body, case.stop) for case in cases]
    parts = front_parts(
        seg.lines, spans, keys, rules, lambda start: any(a <= start <= b for a, b in listed)
    )
    # the tables after the cases keyed by what only the case list said (a facility's name:
    # decision 2573), for the cases that read none
    after = gathered_parts(seg.lines, spans, keys, rules)
    if after is not None:
        parts.extend(part for part in after.parts if part.table)
    if not parts:
        return profiles

    return with_gathered(
        profiles,
        Gathered(len(seg.lines), tuple(parts)),
        lambda b: _lines_profile(b, context),
        rules,
    )


#: brackets a stand-alone heading is written in (``【就職実績の推移】``)
_BRACKET_OPENERS = frozenset("【[〔《〈<")


def _opens_table(lines: Sequence[Line], rules: Rules) -> bool:
    """Whether a results table starts in ``lines`` (blank lines aside)."""
    from jirei.tables.reader import starts_table

    first = next((n for n, line in enumerate(lines) if line.text.strip()), None)
    return first is not None and starts_table(lines[first:], rules)


def _lines_profile(block: Sequence[LineInfo], context: _Context) -> Profile:
    """The profile of ``block`` read as a case of its own, from its lines alone (a gathered
    part: decision 2392)."""
    part = Case(0, len(block), (), None, (), 0)
    return build_profile(Segmentation(tuple(block), (part,)), part, context)[0]


def _label_rest(seg: Segmentation, case: Case, rules: Rules) -> str | None:
    """What follows the case label on the line opening the case (``No.1　呉`` → ``呉``)."""
    for index in range(case.first, case.body):
        text = seg.lines[index].text
        length = label_length(text, rules)
        if length:
            return text[length:].strip() or None
    return None


def _case_sheet(
    lines: Sequence[Line], rules: Rules, locate: Locate, eras: EraIndex
) -> list[Profile] | None:
    """The profiles of a sheet whose columns are cases (``jirei.casesheet``), else None."""
    from jirei.casesheet import read_case_sheet

    return read_case_sheet(lines, rules, locate, eras.era_at)


def _noted_name(seg: Segmentation, case: Case, rules: Rules) -> str | None:
    """The name a case opens with before a continuation note, no label (decision 2998)."""

    for index in range(case.first, case.body):
        if not seg.lines[index].text.strip():
            continue
        return noted_line(seg.lines[index].text, rules)
    return None


def _label_number(seg: Segmentation, case: Case, rules: Rules) -> int | None:
    """The number of the case label opening the case (``No.1　日立市`` → 1), else None."""
    for index in range(case.first, case.body):
        text = seg.lines[index].text
        length = label_length(text, rules)
        if length:
            return block_number(text, length)
    return None


def _with_case_list(
    seg: Segmentation, profiles: list[Profile], numbers: list[int | None], context: _Context
) -> tuple[list[Profile], list[Warning]]:
    """The profiles joined with the rows of a case list before the first case
    (decisions 70–71), and the warnings of reading it."""
    first = seg.cases[0].first if seg.cases else len(seg.lines)
    before = [info.line for info in seg.lines[:first]]
    tabular = any("|" in line.text or "\t" in line.text for line in before)  # cheap precheck
    if not tabular and not any("  " in line.text.strip() for line in before):
        return _with_legend(seg, profiles, numbers, context)
    at = next((line.start for line in before if not line.blank), 0)
    from jirei.rowsheet import read_row_sheet
    from jirei.tables.caselist import sheet_listing

    listing = read_case_list(
        before, rules=context.rules, era=context.eras.era_at(at), locate=context.locate
    )  # (space-aligned lists too: decision 2236)
    # a sheet whose rows are cases (decision 853): read when no case list is, or when it reads
    # figures the case list cannot (``就職者数（人）`` columns)
    sheet = read_row_sheet(before, context.rules, context.locate, context.eras.era_at)
    if sheet is not None and (listing is None or _reads_more(sheet, listing)):
        listing = sheet_listing(sheet)
    elif sheet is not None and listing is not None and listing.fiscal_year is None:
        # the year a title above the table names, not only its caption (decision 894)
        import attrs

        listing = attrs.evolve(
            listing, fiscal_year=sheet.fiscal_year, fiscal_year_span=sheet.fiscal_year_span
        )
    if listing is None:
        return _with_legend(seg, profiles, numbers, context)
    if listing.fiscal_year is None and before and "年度" in context.text[: before[0].start]:
        # the report's title over the table, above where the lines start (decision 894)
        from jirei import values

        head = context.text[: before[0].start]
        found = next(iter(values.find_fiscal_years(head, rules=context.rules)), None)
        if found is not None:
            import attrs

            listing = attrs.evolve(
                listing, fiscal_year=int(found.value.year),
                fiscal_year_span=context.locate(found.start, found.end),
            )
    return merge_case_list(
        profiles, numbers, listing, locate=context.locate, text=context.text
    )


def _reads_more(sheet: object, listing: object) -> bool:
    """Whether a row sheet reads more than the case list of the same rows: more metrics,
    or as many figures and besides them items or comments the list does not read (a
    list reads ``就職者数（目標）`` / ``就職者数（実績）`` as two metrics, the sheet as one;
    decision 1102)."""
    rows = listing.rows  # type: ignore[attr-defined]
    sheet_rows = sheet.rows  # type: ignore[attr-defined]
    if len(sheet_rows) < len(rows):
        return False
    if sum(len(r.profile.metrics) for r in sheet_rows) > sum(len(r.metrics) for r in rows):
        return True
    figures = sum(_figures(r.profile.metrics) for r in sheet_rows)
    more = sum(
        len(r.profile.initiatives) + len(r.profile.other_results) + len(r.profile.comments)
        for r in sheet_rows
    )
    return more > 0 and figures >= sum(_figures(r.metrics) for r in rows)


def _labelled(metrics: list[Metric], warnings: list[Warning]) -> list[Metric]:
    """``metrics`` without those whose label is empty (the contract wants a name); each one
    left out becomes an ``unlabelled_metric`` warning holding its figures and span."""
    if all(m.label.strip() for m in metrics):
        return metrics
    for m in metrics:
        if not m.label.strip():
            figures = ", ".join(
                f"{role} {q.value}{q.unit or ''}"
                for role, q in (("target", m.target), ("actual", m.actual))
                if q is not None
            )
            warnings.append(
                Warning(
                    "unlabelled_metric",
                    f"a metric with no label was not recorded ({figures or 'no figures'})",
                    m.span,
                )
            )
    return [m for m in metrics if m.label.strip()]


def _figures(metrics: Sequence[Metric]) -> int:
    """How many target and actual figures ``metrics`` hold."""
    return sum((m.target is not None) + (m.actual is not None) for m in metrics)


def _fallback_warning(profile: Profile, origin: str, *, kept: bool) -> Warning:
    """What a user is told about a case the fallback segmentation found (or extended)."""
    where = f"[{profile.span.start}, {profile.span.end})" if profile.span else "?"
    if origin == "extended":
        message = (
            f"case at {where}: header lines above its headline in no known header style "
            "were read by the fallback segmentation; its start and header fields are guesses"
        )
    elif kept:
        message = (
            f"case at {where} found by the fallback segmentation (no known header style): "
            "its boundaries and header fields are guesses from its results, comments, "
            "places and dates"
        )
    else:
        message = (
            f"text at {where} looked like a case to the fallback segmentation but gave "
            "neither results nor comments; not kept as a profile"
        )
    return Warning("fallback_segmentation", message, profile.span)


def _overview_lines(parts: CaseParts) -> list[Line]:
    """The first lines of the aside sections a labelled case's body opens with (its
    ``1　概要``, headings and all), where its bracket header line may stand under the
    chapter's label, a numbered title label (``(1)　見出し``) between it and the headline
    (decision 3519)."""
    lines: list[Line] = []
    for block in parts.blocks:
        if not isinstance(block, Section) or block.kind != "aside" or len(lines) >= 3:
            break
        if block.heading is not None:
            lines.append(block.heading)
        lines.extend(line for line in block.lines if not line.blank)
    return lines[:3]


def case_parts(seg: Segmentation, case: Case, rules: Rules = DEFAULT_RULES) -> CaseParts:
    """The sections and comment blocks of one case of a segmentation."""
    infos = seg.lines
    headline = infos[case.headline].line if case.headline is not None else None
    if headline is not None and case.headline_more:  # a headline wrapped over lines
        last = infos[case.headline_more[-1]].line
        headline = Line(_lines_text(infos, headline.start, last.end), headline.start)
    header, body = list(case.header), case.body
    if header:  # a round-table talk read as header fields: the body's (decision 1227)

        cut = talk_start([infos[i].text for i in header], rules)
        if cut is not None and cut > 0:
            header, body = header[:cut], header[cut]
    return split_case(
        infos[body : case.stop],
        [infos[i].line for i in header],
        headline,
        [infos[i].line for i in case.alt_header],
        rules,
    )


class _Builder:
    """Collects one profile's fields while its blocks are read."""

    def __init__(self, context: _Context) -> None:
        self.c = context
        #: ``span(start, end)``: the Span of normalised ``[start, end)`` (``context.locate``
        #: itself, bound here: called per value)
        self.span: Locate = context.locate
        self.spans: dict[str, Span] = {}
        self.initiatives: list[Item] = []
        self.other_results: list[Item] = []
        self.other_result_spans: list[Span] = []
        self.other_result_texts: list[str] = []
        self.metrics: list[Metric] = []
        #: metrics of a targets section, joined to the results' metrics at the end (2358)
        self.targets: list[Metric] = []
        self.comments: list[Comment] = []
        self.unclassified: list[TextBlock] = []
        #: turns by bare surname (``jirei.attendees``), keyed by their line's text start,
        #: and those whose line was met unread or misread (decision 1230)
        self.turns: dict[int, CommentParts] = {}
        self.turned: set[int] = set()
        #: the [start, end) of signature lines read as signing a comment's paragraph (3503)
        self.signatures: list[tuple[int, int]] = []
        self.warnings: list[Warning] = []
        self.fiscal_year: int | None = None
        self.results_heading: Line | None = None
        #: field rows of an overview card in the body: read with the header
        self.card_fields: list[Line] = []
        #: the header row of the last results table read (``jirei.tables.read_results``)
        self.carried: Row | None = None
        #: a header written as the first sentence of an aside section (decision 76)
        self.prose_header: HeaderFields | None = None
        #: the catch phrase standing over the header sentence, if any (decision 2451)
        self.prose_lead: Line | None = None
        #: an aside section made only of field lines (``◇施設の概要``, decision 851)
        self.overview_header: HeaderFields | None = None

    def add_other(self, text: str, span: Span) -> None:
        from jirei.otherlead import other_item  # ``その他の実績として、…``; ``評価　Ａ`` (1987)

        cut = other_item(text, self.c.rules)
        if cut is None:
            self.unclassified.append(TextBlock(None, text, span))
            return
        if cut:
            text = text[cut:]
        self.other_result_texts.append(text)
        self.other_result_spans.append(span)

    def unsay_others(self, said: Sequence[Span]) -> None:
        """The other results holding a quotation read as a comment (``Xは「…」と話す。``
        after the results table) moved to unclassified (decision 2656)."""
        texts: list[str] = []
        spans: list[Span] = []
        for text, span in zip(self.other_result_texts, self.other_result_spans, strict=True):
            if any(span.start <= quote.start and quote.end <= span.end for quote in said):
                self.unclassified.append(TextBlock(None, text, span))
            else:
                texts.append(text)
                spans.append(span)
        self.other_result_texts, self.other_result_spans = texts, spans

    def unclassify(self, heading: str | None, items: Sequence[Item]) -> None:
        for item in items:
            if item.start in self.turns:  # a turn by bare surname (decision 1230)
                self.turned.add(item.start)
                continue
            self.unclassified.append(TextBlock(heading, item.text, self.span(item.start, item.end)))

    def section(self, section: Section) -> None:
        if section.kind in _LIST_KINDS and self.head_pieces(section):  # decision 1470
            return
        lines = section.lines
        if section.kind in ("initiatives", "other_results") and len(lines) > 2:
            # voices, figures under a list (3104)
            tail = split_tail(lines, self.c.rules)
            if tail.voices or tail.aside:
                self.section(Section(section.kind, section.heading, tail.items))
                if tail.voices:
                    self.comment_section(Section("comments", None, tail.voices))
                if tail.aside:
                    self.section(Section("aside", None, tail.aside))
                return
        if section.kind == "initiatives":
            read = read_items(
                lines, self.c.rules, self.c.origin, apart=self.c.web, unwrapped=self.c.unwrapped
            )
            self.initiatives.extend(read.items)
            self.unclassify(section.title, read.unclassified)
        elif section.kind == "other_results":
            read = read_items(
                lines, self.c.rules, self.c.origin, apart=self.c.web, unwrapped=self.c.unwrapped
            )
            for item in read.items:
                self.add_other(item.text, self.span(item.start, item.end))
            self.unclassify(section.title, read.unclassified)
        elif section.kind == "results":
            self.results(section)
        elif section.kind == "targets":  # the year's targets apart from its results (2358)
            if not self.target_section(section):  # (an agenda's ``（２）…の目標について``)
                self.section(Section("aside", section.heading, section.lines))
        elif section.kind == "comments":
            self.comment_section(section)
        else:
            if self.prose_header is None and section.kind == "aside":
                self.prose_header, self.prose_lead = _first_prose_header(lines, self.c.rules)
            if self.prose_header is None and section.kind == "aside":  # decision 1180
                from jirei.memoheader import read_memo_header

                self.prose_header = read_memo_header(lines, self.c.rules, self.removed_space)
            if self.overview_header is None and section.kind == "aside":
                from jirei.overview import overview_header

                self.overview_header = overview_header(lines, self.c.rules)
            read = read_items(lines, self.c.rules, self.c.origin)
            if section.heading is not None and not read.items and not read.unclassified:
                title = section.title or ""
                start = section.heading.start + section.heading.text.find(title)
                span = self.span(start, start + len(title))
                self.unclassified.append(TextBlock(None, title, span))
            self.unclassify(section.title, (*read.items, *read.unclassified))

    def target_section(self, section: Section) -> bool:
        """Read a targets section's figures as targets to join the results (decision 2358);
        False, and nothing read, unless it states lone figures (a figure with its target or
        rate is a result). The results name the fiscal year."""
        lists = (self.metrics, self.warnings, self.other_results, self.other_result_spans,
                 self.other_result_texts, self.unclassified)
        sizes = [len(kept) for kept in lists]
        state = (self.fiscal_year, self.spans.get("fiscal_year"), self.results_heading,
                 self.carried)
        self.results(Section("results", section.heading, section.lines))
        read = self.metrics[sizes[0] :]
        targets = as_targets(read)
        lone = bool(read) and all(
            m.target is None and m.achievement_rate is None for m in read
        )  # (figures with their targets and rates are a results section's, decision 2358)
        if lone:
            self.targets.extend(targets)
            del self.metrics[sizes[0] :]
            self.warnings[sizes[1] :] = [  # (its figures are no actuals: they are targets)
                w for w in self.warnings[sizes[1] :] if w.code != "table_header_missing"
            ]
        else:
            for kept, size in zip(lists, sizes, strict=True):
                del kept[size:]
        self.fiscal_year, fiscal_span, self.results_heading, self.carried = state
        if fiscal_span is None:
            self.spans.pop("fiscal_year", None)
        else:
            self.spans["fiscal_year"] = fiscal_span
        return lone

    def head_pieces(self, section: Section) -> bool:
        """Read a section cut at head lines no alias lists (``jirei.headwords``): each piece
        as the section its head names; False when there is none to cut at."""

        rules = self.c.rules
        kind = section.kind
        if section.heading is not None:  # 【主な支援メニュー】, ▶ ひとことで言うと
            named = head_kind(section.heading.text, rules)
            if named in ("initiatives", "other_results") and kind == "aside":
                kind = named
            elif named == "aside" and kind in _LIST_KINDS:  # ``ひとことで言うと``, ``支援体制``
                kind = named  # (a section the heading's first words or its place named)
            elif (
                named == "results"
                and kind == "aside"
                and section.heading.text.lstrip()[:1] in _BRACKET_OPENERS
                and not self.metrics
                and _opens_table(section.lines, rules)
            ):  # ``【就職実績の推移】`` right over a table: the case's results (decision 2533)
                self.section(Section("results", section.heading, section.lines))
                return True
        # (an aside is not cut at aside heads: its lines stay as they were)
        pieces = split_heads(  # (an interviewer's question in a comments section is none)
            section.lines, rules, "aside" if kind == "aside" else None, kind != "comments"
        )
        if not pieces and kind == section.kind:
            return False
        first = pieces[0] if pieces else Piece(None, None, section.lines)
        if kind != section.kind and kind in ("initiatives", "other_results"):
            # an aside its heading names a list: the list under it, the rest aside (1472)
            self.head_piece(Piece(kind, section.heading, first.lines), "aside")
        elif first.lines or section.heading is not None:
            self.section(Section(kind, section.heading, first.lines))
        for piece in pieces[1:]:
            self.head_piece(piece, kind)
        return True

    def head_piece(self, piece: Piece, kind: str) -> None:
        """A piece under a head line (``jirei.headwords``) of a section of ``kind``: the
        whole piece when its head names that kind too, else the list under its head (the
        rest is aside); results and comments are read by shape (``jirei.figures``,
        ``jirei.quotes``): a head names no table or comment form of its own."""
        from jirei.headwords import list_end

        part = piece.kind or "aside"
        if kind == "comments" and part == "aside" and self.cast_list(piece):
            return  # ``（出席者）`` over rows, then the turns: the list aside, the turns voices
        if part == "comments" and kind != "comments" and piece.head is not None:
            from jirei.commentpieces import reads_as_voices

            if reads_as_voices(piece.lines, self.c.rules):  # ``区長メッセージ`` (1903)
                self.section(Section("comments", piece.head, piece.lines))
                return
        if part == kind or part not in ("initiatives", "other_results"):
            part = "aside" if part in ("results", "comments") else part
            self.section(Section(part, piece.head, piece.lines))
            return
        end = list_end(piece.lines, self.c.rules)
        self.section(Section(part, piece.head, piece.lines[:end]))
        if end < len(piece.lines):
            self.section(Section("aside", None, piece.lines[end:]))

    def cast_list(self, piece: Piece) -> bool:
        """Read a comments section's piece under an attendee word alone (``（出席者）``,
        ``出席者（敬称略）``) as the list of its rows to the first blank line (aside) and the
        lines after it as the section's voices again (decision 3506); False, nothing read,
        for any other piece or a list with no lines after it."""
        from jirei.attendees import is_attendee_head

        if piece.head is None or not is_attendee_head(piece.head.text, self.c.rules):
            return False
        lines = piece.lines
        filled = next((n for n, line in enumerate(lines) if not line.blank), None)
        if filled is None:
            return False
        cut = next((n for n in range(filled, len(lines)) if lines[n].blank), None)
        if cut is None or all(line.blank for line in lines[cut:]):
            return False
        self.section(Section("aside", piece.head, lines[:cut]))
        self.comment_section(Section("comments", None, lines[cut:]))
        return True

    def header_heads(self, header: Sequence[Line]) -> None:
        """Lists under head lines no alias lists among a case's header lines (a case whose
        first known section comes late, decision 1471): read as the family they name when
        no reader read any of it."""

        rules = self.c.rules
        wanted = {
            "initiatives": not self.initiatives, "other_results": not self.other_result_texts
        }
        for piece in split_heads(header, rules)[1:]:
            if piece.kind is None or not wanted.get(piece.kind):
                continue
            read = read_items(piece.lines[: list_end(piece.lines, rules)], rules, self.c.origin)
            for item in read.items:
                if piece.kind == "initiatives":
                    self.initiatives.append(item)
                else:
                    self.add_other(item.text, self.span(item.start, item.end))

    def results(self, section: Section) -> None:
        lines = dedent_blocks(section.lines)  # a memo indents its results under the heading
        before = len(self.metrics)
        if self.word_lines(section, lines):  # one metric a line, no table (decision 706)
            return
        self.carried = None
        end = _nested_results(lines, self.c.rules)  # a card's results table (decision 1651)
        if end:
            self.card_table(lines[:end])
        if not end or starts_table(lines[end:], self.c.rules):
            lines = lines[end:]
            while True:  # tables one under another, each under its caption (decision 54)
                end = self.results_table(section, lines)
                rest = lines[end:]
                if end == 0 or not starts_table(rest, self.c.rules, locate=self.c.locate):
                    break
                lines = rest
        if end == 0 and len(self.metrics) == before:  # a paragraph leads to the table (3420)
            lead = _lead_paragraph(lines)
            if lead and starts_table(lines[lead:], self.c.rules, locate=self.c.locate):
                read_to = self.results_table(section, lines[lead:])
                if len(self.metrics) != before:
                    lines = [*lines[:lead], *lines[lead + read_to :]]
        used: set[int] = set()
        if len(self.metrics) != before:  # ``年度目標：…`` beside the table (decision 1884)
            used = self.line_targets(section, before)
        after = [line for line in lines[end:] if line.end not in used] if used else lines[end:]
        if len(self.metrics) == before:  # a results sentence wrapped over lines (1965)
            after = self.wrapped_results(section, after, before)
        tabled = len(self.metrics) != before
        for read in _tableless_readers():  # no table: the first way of writing results that reads
            if len(self.metrics) != before:
                break
            after = self.tableless_results(read, after)
        if not tabled and len(self.metrics) - before >= 2:  # ``・セミナー参加者数：96人`` (2540)
            after = self.unnamed_lines(after)
        if not tabled:  # no table: the results may be sentences, beside lines another
            # reader took (``…目標200件程度に対し実績約240件。`` read by its words; 3218)
            after = self.sentence_results(section, after)
        if section.heading is None and len(self.metrics) == before:
            # a headless results section that read no figure (a field line taken for a
            # table's first row): its lines are no other results (decision 1831)
            self.section(Section("aside", None, tuple(after)))
            return
        self.rest_of_results(section, after)

    def unnamed_lines(self, lines: Sequence[Line]) -> Sequence[Line]:
        """``lines`` but the ``label：figure`` lines among them whose label names no metric,
        read into metrics: lines of the form of the results lines read beside them (one
        metric a line, decision 2540)."""
        from jirei.tables.colonwords import unnamed_colon_line

        rest: list[Line] = []
        for line in lines:
            found = None if line.blank else unnamed_colon_line(line, self.c.rules, self.c.locate)
            if found is None:
                rest.append(line)
            else:
                self.metrics.extend(found)
        return rest

    def line_targets(self, section: Section, before: int) -> set[int]:
        """Fill the targets of the metrics read from ``before`` on from a target line of
        ``section``; the line so read is no longer kept unclassified. The ends of the
        lines so read."""

        lines = [getattr(line, "line", line) for line in section.lines]
        filled, used = fill_line_targets(
            self.metrics[before:], lines, rules=self.c.rules, locate=self.c.locate
        )
        if not used:
            return set()
        self.metrics[before:] = filled
        spans = [self.span(line.start, line.end) for line in used]
        self.unclassified = [
            block
            for block in self.unclassified
            if not any(span.start <= block.span.start < span.end for span in spans)
        ]
        return {line.end for line in used}

    def word_lines(self, section: Section, lines: Sequence[Line]) -> bool:
        """Whether ``lines`` are all results lines of in-cell words (read into metrics)."""

        found = read_word_lines(lines, rules=self.c.rules, locate=self.c.locate)
        if found is None:
            return False
        self.rest_of_results(section, self.grouped(found.metrics, lines, found.rest))
        return True

    def grouped(
        self, metrics: Sequence[Metric], lines: Sequence[Line], rest: Sequence[Line]
    ) -> Sequence[Line]:
        """Add ``metrics`` read from ``lines``, each under the group a heading line above it
        names (``〈障害者〉``, decision 2706); the lines of ``rest`` but those headings."""
        from jirei.linegroups import headed_groups

        found, used = headed_groups(metrics, lines, self.c.rules, self.c.locate)
        self.metrics.extend(found)
        return [line for line in rest if line.start not in used] if used else rest

    def wrapped_results(
        self, section: Section, lines: Sequence[Line], before: int
    ) -> Sequence[Line]:
        """``lines`` once the results sentences wrapped over several of them are read
        (decision 1965, ``jirei.wrappedprose``); ``lines`` when none reads."""
        from jirei.wrappedprose import join_wrapped

        joined = join_wrapped(lines, self.c.locate)
        if joined is None:
            return lines
        rows, locate = joined
        after: Sequence[Line] = rows
        for read in _tableless_readers():
            if len(self.metrics) != before:
                break
            after = self.tableless_results(read, after, locate)
        # the lines a word-line reader left may be results sentences (``就職率は63.9%で、
        # 目標の65.0%を下回っております。`` after two ``…は、目標…実績…`` lines; 2051)
        after = self.sentence_results(section, after, locate)
        if len(self.metrics) == before:
            return lines
        kept = {line.start for line in after}
        return [line for line in lines if _joined_start(line, rows) in kept]

    def tableless_results(
        self, read: _TablelessReader, lines: Sequence[Line], locate: Locate | None = None
    ) -> Sequence[Line]:
        """The lines of a results section without a table that ``read`` does not take,
        once what it takes is read into metrics."""
        found = read(lines, rules=self.c.rules, locate=locate or self.c.locate)
        if found is None:
            return lines
        if locate is not None:  # joined lines: offsets of their own
            self.metrics.extend(found.metrics)
            return found.rest
        return self.grouped(found.metrics, lines, found.rest)

    def sentence_results(
        self, section: Section, lines: Sequence[Line], locate: Locate | None = None
    ) -> Sequence[Line]:
        """The lines of a results section without a table that are results sentences
        read into metrics (decision 63); the other lines are returned."""
        from jirei.tables.sentence import read_sentence

        rest: list[Line] = []
        for line in lines:
            found = read_sentence(line, rules=self.c.rules, locate=locate or self.c.locate)
            if found is None:
                rest.append(line)
                continue
            self.metrics.extend(found.metrics)
            for text, start, end in found.kept:
                span = locate(start, end) if locate else self.span(start, end)
                self.unclassified.append(TextBlock(section.title, text, span))
        return rest

    def results_table(self, section: Section, lines: Sequence[Line]) -> int:
        """Read the table at the top of ``lines`` of a results section; where it ends."""

        heading = section.heading
        era = self.c.eras.era_at(heading.start if heading is not None else _first(section))
        table = read_results(
            list(lines),
            rules=self.c.rules,
            era=era,
            locate=self.c.locate,
            heading=heading,
            carried=self.carried,
        )
        self.carried = table.header  # a headerless table under it continues it (1106)
        self.metrics.extend(table.metrics)
        self.warnings.extend(table.warnings)
        fiscal = getattr(table.fiscal_year, "year", table.fiscal_year)
        if fiscal is not None and self.fiscal_year is None:
            self.fiscal_year = int(fiscal)
            if table.fiscal_year_span is not None:
                self.spans["fiscal_year"] = table.fiscal_year_span
        if self.fiscal_year is None and heading is not None and self.results_heading is None:
            self.results_heading = heading
        for text, span in table.other_results:
            self.add_other(text, span)
        for block in table.unclassified:
            if isinstance(block, TextBlock):
                self.unclassified.append(block)
            else:  # (text, span) pairs
                text, span = block
                self.unclassified.append(TextBlock(section.title, text, span))
        return table.end

    def rest_of_results(self, section: Section, after: Sequence[Line]) -> None:
        """The lines of a results section after its tables: footnotes (kept), then
        other_results items."""
        notes = _numbered_notes(after, self.c.rules)
        if notes:
            noted = {line.start for line in notes}
            after = tuple(line for line in after if line.start not in noted)
            self.unclassify(section.title, [whole_line(line) for line in notes])

        from jirei.mdcaptions import is_caption_line  # ``図表1　…（略）`` (decision 3520)

        captions = [
            line for line in after if not line.blank and is_caption_line(line.text, self.c.rules)
        ]
        if captions:  # a figure's or a table's caption under the table: a note, no result
            kept = {line.start for line in captions}
            after = tuple(line for line in after if line.start not in kept)
            self.unclassify(section.title, [whole_line(line) for line in captions])

        pieces = split_heads(after, self.c.rules)  # ``副次的効果`` under the table (1470)
        if pieces:
            after = pieces[0].lines

        turns = dialogue_start(after, self.c.rules)  # an interview under the results (1822)
        if turns is not None:
            from jirei.commentheads import interviewee
            from jirei.dialogue import lead_start

            lead = lead_start(after, turns)  # ``…課長に話を聞いた。`` over the turns (3383)
            talk = tuple(after[lead:])
            if lead < turns and interviewee(talk, self.c.rules) is not None:
                self.comment_section(Section("comments", None, talk))
                after = after[:lead]
            else:
                self.section(Section("aside", None, tuple(after[turns:])))
                after = after[:turns]
        rest = read_items(after, self.c.rules, self.c.origin)
        for item in rest.items:
            self.add_other(item.text, self.span(item.start, item.end))
        self.unclassify(section.title, rest.unclassified)
        for piece in pieces[1:]:
            self.head_piece(piece, "other_results")

    def card(self, block: CardBlock) -> None:
        """An overview card (decision 38): field rows join the header, the other rows
        give items, figures and comments by their label."""
        from jirei.cards import findings_row, findings_voice
        from jirei.cardwraps import cell_wraps, in_table, wrapped_comment, wrapped_items
        from jirei.tables import read_card_results

        figures: list[tuple[str, Cell, Cell]] = []
        wide: list[Line] = []  # rows of more than two cells: a results table (decision 83)
        last: CardRow | None = None  # the row a tab card's continuation row continues
        voiced = False  # the row before is a ``コメント\tspeaker\ttext`` row (1913)
        first_item = len(self.initiatives)
        line_before: Line | None = None  # the line of the row before
        rules = self.c.rules
        rows = card_rows(block.lines, rules)
        wraps = cell_wraps(rows, rules, self.c.origin)  # decision 2801
        wrapped = {at for cells in wraps.values() for at, _ in cells}
        for number, row in enumerate(rows):
            previous, line_before = line_before, row if isinstance(row, Line) else row.line
            if number in wrapped:
                continue  # a long cell's continuation row, joined to it (decision 2801)
            if isinstance(row, Line) and "\t" in row.text:
                from jirei.cardvoices import card_voice

                voice = card_voice(row, voiced, self.c.rules)
                voiced = voice is not None
                if voice is not None:
                    self.add_comment(voice)
                    continue
            else:
                voiced = False
            more = continuation_cell(row) if isinstance(row, Line) else None
            if more is not None and last is not None:  # decision 701
                row = CardRow(last.role, last.label, more, row)
            if isinstance(row, Line) and (findings := findings_row(row, rules)) is not None:
                row = findings  # ``意見<TAB>市：…``: its speaker lines may be comments (3147)
            if isinstance(row, Line) and len(row_cells(row)) > 2:
                wide.append(row)
                last = None
            elif isinstance(row, Line) and wide and wide[-1] is previous and in_table(row, rules):
                wide.append(row)  # ``<TAB>【障害者】`` inside a nested table (decision 2803)
            elif isinstance(row, Line):  # a row of no known label: kept
                span = self.span(row.start, row.end)
                self.unclassified.append(TextBlock(None, row.stripped, span))
            elif row.role == "field":
                self.card_fields.append(row.line)
            elif row.role in ("target", "actual"):
                figures.append((row.role, row.label, row.value))
            elif row.role == "comment":
                self.add_comment(wrapped_comment(row_comment(row, self.c.rules), wraps.get(number)))
            else:
                last = row
                if row.role == "aside" and (voice := findings_voice(row, rules)) is not None:
                    self.add_comment(voice)  # ``所見<TAB>堺市：…`` (decision 3152)
                    continue
                items = cell_items(row.value, self.c.rules, self.c.origin)
                items = wrapped_items(items, wraps.get(number))
                if row.role == "initiatives":
                    self.initiatives.extend(items)
                elif row.role == "other_results":
                    for item in items:
                        self.add_other(item.text, self.span(item.start, item.end))
                else:
                    self.unclassify(row.label.text, items)
        if len(self.initiatives) - first_item > 1:  # ``1　…`` / ``2　…`` one a row (2567)
            from jirei.numberitems import unnumbered_items

            self.initiatives[first_item:] = unnumbered_items(self.initiatives[first_item:])
        if wide:
            self.card_table(wide)
        if figures:
            era = self.c.eras.era_at(figures[0][1].start)
            table = read_card_results(figures, rules=self.c.rules, era=era, locate=self.c.locate)
            self.metrics.extend(table.metrics)
            self.warnings.extend(table.warnings)
            if table.fiscal_year is not None and self.fiscal_year is None:
                self.fiscal_year = int(table.fiscal_year)
                if table.fiscal_year_span is not None:
                    self.spans["fiscal_year"] = table.fiscal_year_span

    def card_table(self, lines: Sequence[Line]) -> None:
        """The rows of a card that hold more than two cells (``| 指標 | 目標 | 実績 |``
        and the metric rows under it, decision 83), read as a results table."""
        from jirei.tables import read_results

        nested = nested_table(lines, self.c.rules)
        if nested is not None:  # decision 701: the card's label column dropped
            heading, lines = nested
            self.card_heading(heading)
        table = read_results(
            list(lines),
            rules=self.c.rules,
            era=self.c.eras.era_at(lines[0].start),
            locate=self.c.locate,
        )
        self.metrics.extend(table.metrics)
        self.warnings.extend(table.warnings)
        for text, span in table.other_results:
            self.add_other(text, span)
        for block in table.unclassified:
            if isinstance(block, TextBlock):
                self.unclassified.append(block)
            else:  # (text, span) pairs
                text, span = block
                self.unclassified.append(TextBlock(None, text, span))
        fiscal = getattr(table.fiscal_year, "year", table.fiscal_year)
        if fiscal is not None and self.fiscal_year is None:
            self.fiscal_year = int(fiscal)
            if table.fiscal_year_span is not None:
                self.spans["fiscal_year"] = table.fiscal_year_span

    def card_heading(self, cell: Cell) -> None:
        """The fiscal year a nested table's heading cell gives (``令和元年度実績``)."""
        from jirei.tables.grid import fiscal_years

        era = self.c.eras.era_at(cell.start)
        found = fiscal_years(cell.text, cell.start, era=era, rules=self.c.rules)
        if found and self.fiscal_year is None:
            self.fiscal_year = int(found[0].year)
            self.spans["fiscal_year"] = self.span(found[0].start, found[0].end)

    def comment(self, block: CommentBlock) -> None:
        cut = box_start(block.lines, self.c.rules)
        if cut is not None:  # a data box after the comments is none of them (1260)
            self.unclassify(None, box_items(block.lines[cut:]))
            block = CommentBlock(block.heading, block.lines[:cut])

        paged = page_cut(block.lines)  # the next page after the text is none of it (1787)
        if paged is not None:
            rest = block.lines[paged:]
            self.comment(CommentBlock(block.heading, block.lines[:paged]))
            self.section(Section("aside", None, rest))
            return

        figured = figures_cut(block.lines, self.c.rules)  # results said after it (3106)
        if figured is not None:
            self.comment(CommentBlock(block.heading, block.lines[:figured]))
            self.section(Section("aside", None, block.lines[figured:]))
            return
        if is_interview(block.lines, self.c.rules, self.removed_space):
            # ``■担当者に聞く（越前市社会福祉課）`` over ``Q …`` / ``A …``: each answer is one
            # comment by the heading's speaker, the questions none (decision 2878)
            named = speaker_of(block.heading, self.c.rules)
            if named[0] is not None:
                self.comment_section(Section("comments", block.heading, block.lines), named)
                return
            from jirei.commentheads import interviewee

            if interviewee(block.lines, self.c.rules) is not None:
                # ``＜インタビュー＞`` over ``…課長に、…話を聞いた。`` and the turns (3372)
                self.comment_section(Section("comments", block.heading, block.lines))
                return
        if names_each_speaker(block.lines, self.c.rules) or _voice_first(block.lines, self.c.rules):
            # 〈担当者から〉 over 市：… lines; 【利用者の声】 over ``利用者（40代女性）`` (2282)
            self.comment_section(Section("comments", block.heading, block.lines))
            return
        split = bare_speaker_split(block.lines, self.c.rules)  # 「…」, then speaker over 「…」
        if split is not None:
            self.add_comment(read_comment(block.heading, block.lines[:split], self.c.rules))
            self.comment_section(Section("comments", block.heading, block.lines[split:]))
            return
        self.add_comment(read_comment(block.heading, block.lines, self.c.rules))

    def comment_section(
        self, section: Section, speaker: tuple[str | None, int, int] | None = None
    ) -> None:
        """A 関係者の声 block: comments written one per line or under speaker lines;
        ``speaker`` is the one its heading names (an interview's answers are theirs)."""
        from jirei.speakerforms import read_attributed

        attributed = read_attributed(section.lines, self.c.rules)  # text, then (speaker 談)
        if attributed is not None:
            for parts in attributed.comments:
                self.add_comment(parts)
            self.unclassify(section.title, attributed.rest)
            return
        named = (speaker[0], speaker[1], speaker[2]) if speaker and speaker[0] else None
        found = read_comment_section(section.lines, self.c.rules, self.removed_space, named)
        for parts in found.comments:
            self.add_comment(parts)
        self.unclassify(section.title, found.unclassified)

    def removed_space(self, start: int, end: int) -> bool:
        """Whether normalisation removed something (a letter-spacing space) between the
        normalised offsets ``start < end``: the original is longer than the text there."""
        if self.c.offsets is not None:
            o_start, o_end = self.c.offsets(start, end)
            return o_end - o_start > end - start
        span = self.c.locate(start, end)
        return span.end - span.start > end - start

    def add_prose_quotes(self, found: Sequence[CommentParts]) -> None:
        """Add the quotations of ``found`` that lie inside text kept unclassified and overlap
        no comment read, each in its place in the text's order (decision 2885)."""
        kept = [
            block.span for block in self.unclassified
            if block.span is not None and ("「" in block.text or "『" in block.text)
        ]
        for parts in found:
            span = self.span(parts.start, parts.end)
            if not any(k.start <= span.start and span.end <= k.end for k in kept):
                continue  # (a quotation in an item or a comment: read as that)
            if any(c.span.start < span.end and span.start < c.span.end for c in self.comments):
                continue
            before = len(self.comments)
            self.add_comment(parts)
            if len(self.comments) > before:
                added = self.comments.pop()
                at = next(
                    (n for n, c in enumerate(self.comments) if c.span.start > added.span.start),
                    len(self.comments),
                )
                self.comments.insert(at, added)

    def add_note_voices(
        self, noted: Sequence[tuple[CommentParts, str]], lines: Sequence[Line]
    ) -> None:
        """Add the voices written as notes, each in its place in the text's order, where no
        comment was read from their lines; the note lines and the paragraph pointing at them
        leave the other results (decision 3211)."""
        from jirei.notevoices import pointing_lines

        added: list[str] = []
        for parts, number in noted:
            span = self.span(parts.start, parts.end)
            if any(
                c.span is not None and c.span.start < span.end and span.start < c.span.end
                for c in self.comments
            ):
                continue
            before = len(self.comments)
            self.add_comment(parts)
            if len(self.comments) == before:
                continue
            added.append(number)
            comment = self.comments.pop()
            at = next(
                (n for n, c in enumerate(self.comments)
                 if c.span is not None and c.span.start > span.start),
                len(self.comments),
            )
            self.comments.insert(at, comment)
            self.unsay_others([span])
        for line in pointing_lines(lines, added, self.c.rules):
            self.unsay_others([self.span(line.start, line.start)])

    def add_views(self, views: Sequence[tuple[CommentParts, bool]]) -> None:
        """Add the third-person judgements ``views`` as comments after those read (3208):
        one read as another result leaves the other results; one glued as a paragraph of
        its own to the end of a comment is cut off it; one inside a speaker's own words is
        left there."""
        for parts, opens in views:
            span = self.span(parts.start, parts.end)
            holder = next(
                (c for c in self.comments
                 if c.span is not None and c.span.start < span.end and span.start < c.span.end),
                None,
            )
            if holder is not None:
                glued = (
                    opens and holder.span is not None and holder.span.end == span.end
                    and holder.span.start < span.start and holder.text.endswith(parts.text)
                    and len(holder.text) > len(parts.text)
                )
                if not glued:
                    continue  # the speaker's own words (or this very comment)
                from jirei.judgedviews import without_view

                cut = without_view(holder, parts.text, self.span(parts.start, parts.start).start)
                self.comments[self.comments.index(holder)] = cut
            self.unsay_others([span])
            self.add_comment(parts)

    def add_comment(self, parts: CommentParts) -> None:
        from jirei.signedvoices import signed_pieces
        from jirei.voicepieces import voice_pieces

        pieces = voice_pieces(parts, self.c.text, self.c.rules)  # 市：「…」／HW：「…」 (3504)
        if pieces is not None:
            for piece in pieces:
                self.add_comment(piece)
            return
        signed = signed_pieces(parts, self.c.text, self.c.rules)  # …。\n（…労働局長） (3503)
        if signed is not None:
            pieces, line = signed
            if line is not None:  # the signature line after it: read as the signer's
                self.signatures.append(line)
            for piece in pieces:
                self.add_comment(piece)
            return
        if not parts.text.strip() and any(
            lo <= parts.speaker_start < hi for lo, hi in self.signatures
        ):
            return  # a signature line read as a speaker of no text: it signed the paragraph
        parts = tidy_parts(parts, self.c.rules)  # organisation and post, no name (1560)
        if is_noise(parts, self.c.rules):  # no sentence anyone said (1343)
            self.unclassified.append(
                TextBlock(parts.speaker, parts.text, self.span(parts.start, parts.end))
            )
            return
        key = parts.speaker_start if parts.speaker else parts.start
        if key in self.turns and parts is not self.turns[key]:  # ``林　　text``: a turn (1230)
            self.turned.add(key)
            return
        if not parts.text.strip():  # a speaker line whose text was not found
            self.warnings.append(
                Warning(
                    "empty_comment",
                    f"a comment by {parts.speaker!r} has no text: not recorded as a comment",
                    self.span(parts.speaker_start, parts.speaker_end)
                    if parts.speaker
                    else self.span(parts.start, parts.end),
                )
            )
            return
        self.comments.append(
            Comment(
                speaker=parts.speaker,
                role=parts.role,
                text=parts.text,
                span=self.span(parts.start, parts.end),
                speaker_span=(
                    self.span(parts.speaker_start, parts.speaker_end) if parts.speaker else None
                ),
            )
        )


def _lines_text(infos: Sequence[LineInfo], start: int, end: int) -> str:
    """The normalised text from offset ``start`` to ``end``, rebuilt from its lines."""
    return "\n".join(
        info.text for info in infos if start <= info.line.start and info.line.end <= end
    )


#: the section kinds ``_Builder.head_pieces`` cuts at head lines no alias lists
_LIST_KINDS = frozenset({"initiatives", "other_results", "aside", "comments"})


#: the cases ``_floor`` was last asked about, with their stops sorted (one tuple: read and
#: replaced whole, so a thread never sees one document's cases with another's stops)
_STOPS: list[tuple[tuple[Case, ...], list[int]]] = [((), [])]


def _floor(cases: tuple[Case, ...], first: int) -> int:
    """The last stop of a case ending at or before line ``first``, else 0:
    ``max((c.stop for c in cases if c.stop <= first), default=0)``, the stops sorted once
    per document's cases (each case asked it of every case)."""
    last = _STOPS[0]
    if last[0] is not cases:
        last = _STOPS[0] = (cases, sorted(case.stop for case in cases))
    stops = last[1]
    at = bisect.bisect_right(stops, first)
    return stops[at - 1] if at else 0


def _first(section: Section) -> int:
    return section.lines[0].start if section.lines else 0


def build_profile(
    seg: Segmentation, case: Case, context: _Context, *, shapes: bool = True
) -> tuple[Profile, list[Warning]]:
    """One case's Profile and warnings; without ``shapes``, a case whose readers read no
    figure reads none by shape either (its figures stand in a table after it: 2862)."""
    rules, text = context.rules, context.text
    if case.fallback or (
        case.origin in ("labels", "structure")
        and case.body < len(seg.lines)  # (a card case all opening ends the text: 1664)
        and seg.lines[case.body].kind is not K.SECTION
    ):  # the body opens under a heading of no known section: read as the genre lays it out
        from jirei.fallback import fallback_parts

        infos = seg.lines
        parts = fallback_parts(
            infos[case.body : case.stop],
            [infos[i].line for i in case.header],
            infos[case.headline].line if case.headline is not None else None,
            rules,
        )
    else:
        parts = case_parts(seg, case, rules)
    builder = _Builder(context)
    # bare surnames of an attendee list (1230)
    builder.turns = attendee_turns(
        [info.line for info in seg.lines[case.first : case.stop]], rules, builder.removed_space
    )
    if builder.turns:  # turns the segmenter read as header lines are turns all the same
        for line in parts.header:
            key = line.start + len(line.text) - len(line.text.lstrip())
            if key in builder.turns:
                builder.turned.add(key)
    # ``【概要】`` over bullets (3116)
    listed = (
        overview_lists(parts.blocks, rules, context.origin) if rules.list_overviews else frozenset()
    )
    for number, block in enumerate(parts.blocks):
        if isinstance(block, CommentBlock):
            builder.comment(block)
        elif isinstance(block, CardBlock):
            builder.card(block)
        elif number in listed:
            # (without its heading, which names an aside to ``head_pieces``)
            builder.section(Section("initiatives", None, block.lines))
        else:
            builder.section(block)

    if case.header and (not builder.initiatives or not builder.other_result_texts):
        # lists under unknown heads among the header lines, blank lines kept (decision 1471)
        builder.header_heads([i.line for i in seg.lines[case.header[0] : case.header[-1] + 1]])
    if builder.turned:  # the turns read through the attendee list, in the text's order
        for key in sorted(builder.turned):
            builder.add_comment(builder.turns[key])
        builder.comments.sort(key=lambda comment: comment.span.start)
    if case.first > 0:  # comment boxes above the label (1909), before its own (2113)

        floor = _floor(seg.cases, case.first)
        own = len(builder.comments)
        for above in comments_above(seg.lines, case.first, floor, rules):
            builder.add_comment(above)
        if own and len(builder.comments) > own:
            builder.comments[:] = [*builder.comments[own:], *builder.comments[:own]]
    if not builder.comments:  # comments by shape where no reader found any (1280)
        from jirei.quotes import fill_comments

        filled = fill_comments(seg.lines[case.first : case.stop], rules)
        for found in filled:
            builder.add_comment(found)
        if filled and builder.other_result_texts:  # a quotation's sentence is no result (2656)
            builder.unsay_others([builder.span(found.start, found.end) for found in filled])
    elif any("「" in block.text or "『" in block.text for block in builder.unclassified):
        # quotations in prose that no comment reader took, beside the comments it read
        # (``【市の声】`` over its text, then ``X課の担当者は「…」と話す。``; decision 2885)
        from jirei.quotes import fill_comments

        builder.add_prose_quotes(fill_comments(seg.lines[case.first : case.stop], rules))
    case_text_lines = [i.line for i in seg.lines[case.first : case.stop]]
    # ``※1 福山市福祉総務課：…`` (decision 3211)
    noted = note_voices(case_text_lines, rules)
    if noted:
        builder.add_note_voices(noted, case_text_lines)
    # ``…と福島労働局は評価している。`` (3208)
    views = judged_views(case_text_lines, rules)
    if views:
        builder.add_views(views)
    if any("「" in text or "『" in text for text in builder.other_result_texts):
        # a quotation reported in prose, whoever speaks (a user too), is no result (2770)
        from jirei.quotes import quoted_speech

        spoken = quoted_speech(seg.lines[case.first : case.stop], rules)
        if spoken:
            builder.unsay_others([builder.span(found.start, found.end) for found in spoken])
    header_lines = [*parts.header, *builder.card_fields]

    # field names over one row of values (decision 707)
    facts_row = read_facts_row(header_lines, rules, builder.removed_space)
    if facts_row is not None:
        header_lines = list(facts_row.rest)
    # label / value lines (decision 875)
    listed = read_list(header_lines, rules) if len(header_lines) >= 4 else None
    if listed is not None:
        header_lines = list(listed.rest)
    if case.fallback:
        from jirei.fallback import read_fallback_header

        header = read_fallback_header(text, header_lines, rules)
    elif case.origin in ("labels", "structure"):  # an opening block: facts wherever they stand
        from jirei.facts import read_facts

        header = read_facts(header_lines, rules)
        if header_lines and not {"facility_name", "facility_type"} <= set(header.fields):
            from jirei.labelbrackets import with_bracket_header  # 【事例１】【place】… (1990)

            # (the bracket header may stand in the overview the body opens with: 3519)
            header = with_bracket_header(
                text, [*header_lines, *_overview_lines(parts)], header, rules
            )
        if case.origin == "structure" and "facility_name" not in header.fields:
            from jirei.subentries import with_heading_name  # ``１）name`` (decision 1996)

            header = with_heading_name(seg.lines[case.first].line, header, rules)
    else:
        header = read_header(text, header_lines, rules) if header_lines else HeaderFields({})
        if header_lines and len(header.fields) < 2:  # no known header style: facts by shape
            from jirei.facts import complete_header

            header = complete_header(header, header_lines, rules)
    if listed is not None:
        dl = header_from_fields(listed.fields, rules)
        header = HeaderFields(
            {**header.fields, **dl.fields}, dl.hello_work or header.hello_work, header.asides
        )
    if facts_row is not None:
        row = header_from_fields(facts_row.fields, rules)
        header = HeaderFields(
            {**header.fields, **row.fields}, row.hello_work or header.hello_work, header.asides
        )
    if parts.alt_header:
        alt = read_alt_header(parts.alt_header, rules)
        header = HeaderFields({**alt.fields, **header.fields}, header.hello_work or alt.hello_work)
    if builder.overview_header is not None:  # what a header line says wins (decision 851)
        more = builder.overview_header
        header = HeaderFields(
            {**more.fields, **header.fields}, header.hello_work or more.hello_work, header.asides
        )
    if builder.prose_header is not None:  # what a header line says wins
        prose = builder.prose_header
        header = HeaderFields(
            {**prose.fields, **header.fields}, header.hello_work or prose.hello_work,
            header.asides,
        )
    if case.name is not None and "facility_name" not in header.fields:  # (decision 2337)
        from jirei.header import Field

        start, end = case.name
        named = {**header.fields, "facility_name": Field(text[start:end], start, end)}
        header = HeaderFields(named, header.hello_work, header.asides)
    if "municipality" in header.fields:  # a city's ward in a place field (2360)

        header = with_ward(header, [*parts.header, *builder.card_fields], rules)

    # a 施設メモ sentence among the header lines (decision 1180)
    memo = read_memo_header(header_lines, rules, builder.removed_space)
    if memo is not None:
        header = merge_memo(header, memo)
    # facts by shape in the opening / data box (1200)
    opening = seg.lines[case.first : case.stop]
    if case.header and case.header[-1] >= case.body:  # a header closing its case (1604)
        opening = (*(seg.lines[i] for i in case.header), *opening)
    header = harvest(header, opening, rules, builder.removed_space)
    fields: dict[str, object] = {}
    for name, field in header.fields.items():
        fields[name] = field.value
        builder.spans[name] = builder.span(field.start, field.end)
    for label, field in header.asides:  # 設置場所：… is no contract field
        builder.unclassified.append(
            TextBlock(label, str(field.value), builder.span(field.start, field.end))
        )
    inferred: list[str] = []

    title = fields.pop("title", None)  # a title field (テーマ：…) names the case
    keyed_title = False
    if title is None and parts.headline is not None and case.fallback:
        from jirei.fallback import fallback_title

        found_title = fallback_title(parts.headline, rules)
        if found_title is not None:
            title, start = found_title
            builder.spans["title"] = builder.span(start, start + len(title))
    elif title is None and parts.headline is not None and (
        titled := _title_field(parts.headline, rules)
    ) is not None:  # ``事例名：…`` read as the headline: the field's value (decision 1110)
        title = titled.value.strip() or None
        builder.spans["title"] = builder.span(titled.start, titled.end)
    elif title is None and parts.headline is not None and case.origin == "structure" and (
        phrase := head_phrase(parts.headline.text, rules)
    ) is not None:  # ``【前橋市】catch phrase``: a note heading keyed by city (2986)
        title = parts.headline.text[phrase[0] : phrase[1]]
        builder.spans["title"] = builder.span(*(parts.headline.start + at for at in phrase))
        keyed_title = True
    elif title is None and parts.headline is not None:
        title = strip_label(strip_hash(parts.headline.text), rules).strip() or None
        placed = label_place(parts.headline, builder.removed_space, rules)
        if placed is not None:  # No.1 函館市 headline: the place is no part of the title
            title = context.text[placed.title_start : parts.headline.end].strip() or None
            _place_fields(placed, fields, builder)
        if title and rules.headline_marks and title.startswith(rules.headline_marks):
            title = title.lstrip("".join(rules.headline_marks)).strip() or None  # ◆…
        if title and is_form_name(title, rules):  # 様式２　…報告書 (decision 1906)
            title = None
        below = False  # whether the title is the line under a glossed case label
        if title and _gloss_only(title):  # 事例１ (Case 1): the label's gloss (1908)
            title, below = _title_below(parts.headline.start, seg, case, builder), True
        if title and not below:
            at = parts.headline.start + parts.headline.text.find(title)
            title = drop_field_label(  # 事例の要点　… (decision 1123); 件名　… (3330)
                title, rules, lambda n, at=at: builder.removed_space(at + n - 1, at + n + 1)
            )[0]
            title = unquote(title, rules)[0] or None  # “…”, 「…」 (decision 72)
        if title and not below:
            start = parts.headline.start + parts.headline.text.find(title)
            if context.origin is not None:  # ``①　headline``: the case's number (2635)
                title, start = _without_number(title, start, context.origin)
            builder.spans["title"] = builder.span(start, start + len(title))
            if "\n" in title:  # wrapped lines are one title, joined without a space
                title = "".join(piece.strip() for piece in title.split("\n"))
    if title is not None and parts.headline is not None and unbold(title) != title:
        title = unbold(title) or None  # ``**…**``: a converter's bold headline (decision 1928)
        found = parts.headline.text.find(title) if title else -1
        if found >= 0:
            start = parts.headline.start + found
            builder.spans["title"] = builder.span(start, start + len(title))
    if title is not None and is_rule_line(title):  # ``=====`` is no headline (decision 1397)
        title = None
        builder.spans.pop("title", None)
    if title is not None and parts.headline is not None and not keyed_title:  # a partner
        title = _partner_title(title, parts.headline.start, seg, case, builder)  # line read
    if title is not None and parts.headline is not None and not keyed_title:  # a fact line
        title = _fact_title(title, parts.headline.start, seg, case, builder)  # read so
    if title is None:  # a title stated under its label anywhere in the case (decision 1536)
        from jirei.titlefill import fill_title

        filled = fill_title(seg.lines[case.first : case.stop], rules)
        if filled is not None:
            title = filled[0]
            builder.spans["title"] = builder.span(filled[1], filled[2])
    if title is None:  # a bold catch phrase on its own line before the first section (2643)
        from jirei.titles import bold_title

        bold = bold_title(seg.lines[case.first : case.stop], rules)
        if bold is not None:
            title = bold[0]
            builder.spans["title"] = builder.span(bold[1], bold[1] + len(title))
    if title is None:  # a case opening with its partner line: the headline right above
        lines_of_case = seg.lines[case.first : case.stop]
        opening = next((i.line for i in lines_of_case if not i.line.blank), None)
        if opening is not None:
            title = _partner_title(opening.text, opening.start, seg, case, builder, keep=False)

    if title is None and case.headline is None and (
        "facility_name" in fields or "municipality" in fields
    ):  # the catch phrase alone under the case's opening block (decision 3461)
        from jirei.titlebelow import title_below_partner

        own = seg.lines[case.first : case.stop]
        opening = next((info.line for info in own if not info.line.blank), None)
        below = None if opening is None else title_below_partner(opening.start, own, rules)
        if below is not None:
            title = below[0]
            builder.spans["title"] = builder.span(below[1], below[2])
            builder.initiatives = [  # (a ``◎…`` headline read as a list item: 3609)
                item for item in builder.initiatives if item.start != below[1]
            ]

    if title and parts.headline is not None:  # a name read as the headline (2631)
        title = _under_name(title, text, parts.headline, fields, seg, case, builder)

    if title and "facility_name" not in fields:  # 事例1　港北区「name」 over its headline (2642)
        _quoted_name(title, fields, seg, case, builder)

    if (lead := builder.prose_lead) is not None and _same_words(title, fields.get("facility_name")):
        # the facility's name stood over its catch phrase and its header sentence (2451)
        title = lead.text.strip()
        start = lead.start + lead.text.find(title)
        builder.spans["title"] = builder.span(start, start + len(title))

    if title is not None and is_name_heading(  # ``１　name（kind）`` (decision 3460)
        title, fields.get("facility_name"), fields.get("facility_type")
    ):
        title = None
        builder.spans.pop("title", None)

    if title is not None and says_none(title, rules):  # ``キャッチフレーズ：なし`` (3088)
        title = None
        builder.spans.pop("title", None)

    _infer_place(fields, builder, inferred)
    fiscal_year = builder.fiscal_year
    guessed = False  # (a year the case's text or the title names, no results heading's)
    if fiscal_year is None:
        fiscal_year = _heading_year(builder)
    if fiscal_year is None:
        lines_of = seg.lines
        found_at: list[int] = []
        fiscal_year = _first_year(
            context, lines_of[case.first].line.start, lines_of[case.stop - 1].line.end, builder,
            found_at,
        )
        guessed = not (found_at and _on_results_heading(seg, case, found_at[0]))
    if fiscal_year is None and seg.cases:  # （平成２５年度実績） on a chapter line (decision 200)
        chapter = chapter_year(seg.lines, seg.cases[0].first, None, rules)
        if chapter is None:  # 令和３年度　一体的実施の事例 as the title (decision 1107)
            chapter = title_year(seg.lines, seg.cases[0].first, None, rules)
        if chapter is None:  # １　委託業務名 / 令和４年度　…業務 (decision 3597)
            chapter = work_year(seg.lines, seg.cases[0].first, None, rules)
        if chapter is not None:
            guessed = False  # (a title's year stands: decision 2724)
            fiscal_year = chapter.year
            builder.spans["fiscal_year"] = builder.span(chapter.start, chapter.end)
    if guessed and fiscal_year is not None:  # the lead's year wins (3459)
        lead = _results_year(seg, context)
        if lead is not None and lead.year != fiscal_year:
            fiscal_year = lead.year
            builder.spans["fiscal_year"] = builder.span(lead.start, lead.end)

    # metrics by shape where readers left them (1240)
    if builder.targets:
        builder.metrics = with_targets(builder.metrics, builder.targets)
    read = builder.metrics
    case_lines = seg.lines[case.first : case.stop]
    if (
        isinstance(title, str) and len(title) >= 8 and any(map(str.isdigit, title))
        and not any(word in title for word in _target_words(rules))
    ):
        # a figure in the title line is no metric (``就職率60％超を実現``, decision 1994)
        case_lines = tuple(i for i in case_lines if title not in i.text)
        titled = builder.spans.get("title")
        if titled is not None:
            read = [
                m for m in read if m.span is None or not titled.start <= m.span.start < titled.end
            ]
    builder.metrics = read if not shapes and not read else fill_metrics(
        case_lines, rules, locate=context.locate, read=read,
        others=[  # and an aside line opening with a metric name (``支援対象者数目標…``, 1998),
            *builder.other_result_texts,  # only to complete what readers read
            *(
                u.text for u in builder.unclassified
                if read and u.heading is None and "。" not in u.text
            ),
        ],
    )
    if builder.metrics != read and builder.other_result_spans:  # a line now read as a metric

        builder.other_result_texts, builder.other_result_spans = unread_others(
            builder.other_result_texts, builder.other_result_spans, builder.metrics, read
        )
    builder.metrics = _labelled(builder.metrics, builder.warnings)
    if title and case.headline is not None and case.headline > case.body:  # (decision 2112)
        from jirei.drawnpages import without_title

        builder.other_result_texts, builder.other_result_spans = without_title(
            title, builder.other_result_texts, builder.other_result_spans
        )
    lines = seg.lines
    first = lines[case.first].line.start
    last = case.stop - 1
    while last > case.first and lines[last].line.blank:
        last -= 1
    end = lines[last].line.start + len(lines[last].line.text.rstrip())
    if getattr(lines[last].line, "parts", None):  # a row rebuilt from one-cell lines (1888)
        end = lines[last].line.end

    profile = Profile(
        title=title,
        **profile_fields(fields, header.hello_work),  # type: ignore[arg-type]
        fiscal_year=fiscal_year,
        initiatives=tuple(item.text for item in builder.initiatives),
        metrics=tuple(builder.metrics),
        other_results=tuple(builder.other_result_texts),
        comments=tuple(builder.comments),
        span=builder.span(first, max(first, end)),
        spans=builder.spans,
        hello_work_spans=tuple(builder.span(f.start, f.end) for f in header.hello_work),
        initiative_spans=tuple(builder.span(i.start, i.end) for i in builder.initiatives),
        other_result_spans=tuple(builder.other_result_spans),
        inferred=tuple(inferred),
        unclassified=tuple(builder.unclassified),
    )
    return profile, builder.warnings


def _first_prose_header(
    lines: Sequence[Line], rules: Rules
) -> tuple[HeaderFields | None, Line | None]:
    """The header a section's first text line states as a sentence (decision 76), or its
    second line under a catch phrase (decision 2451: ``lead`` is that line)."""
    from jirei.proseheader import headline_above

    filled = [line for line in lines if line.text.strip()]
    if not filled:
        return None, None
    first = filled[0]
    found = _sentence_at(filled, 0, rules)
    if found is None and len(filled) > 1 and headline_above(first, filled[1]):
        found = _sentence_at(filled, 1, rules)  # the catch phrase over it (decision 2451)
        return found, first if found is not None else None
    return found, None


def _sentence_at(filled: Sequence[Line], at: int, rules: Rules) -> HeaderFields | None:
    """The header the sentence starting on ``filled[at]`` states (it may wrap once)."""
    from jirei.proseheader import read_prose_header

    first = filled[at]
    found = read_prose_header(first, rules)
    if found is None and len(filled) > at + 1 and filled[at + 1].start == first.end + 1:
        # the sentence wrapped onto the next line (decision 306)
        found = read_prose_header(Line(f"{first.text}\n{filled[at + 1].text}", first.start), rules)
    return found



def _infer_place(fields: dict[str, object], builder: _Builder, inferred: list[str]) -> None:
    """Municipality from the municipality comment, prefecture from the municipality or the
    labour bureau, when the header does not name them."""
    if fields.get("municipality") and fields.get("prefecture"):
        return
    from jirei import places

    if not fields.get("municipality"):
        for comment in builder.comments:
            if comment.role != "municipality" or not comment.speaker:
                continue
            name = places.municipality_in(comment.speaker)
            if name:
                fields["municipality"] = name
                inferred.append("municipality")
                at = comment.speaker.find(name)
                if comment.speaker_span is not None and at >= 0 and name in comment.speaker:
                    # the speaker is written without inner spaces; place the name in it
                    builder.spans["municipality"] = _sub_span(comment.speaker_span, at, len(name))
                break
    if fields.get("prefecture"):
        return
    municipality = fields.get("municipality")
    bureau = fields.get("labour_bureau")
    candidates: tuple[str, ...] = ()
    if isinstance(municipality, str):
        candidates = tuple(places.prefectures_of(municipality))
    if len(candidates) == 1:
        fields["prefecture"] = candidates[0]
        inferred.append("prefecture")
        return
    from_bureau = places.prefecture_of_bureau(bureau) if isinstance(bureau, str) else None
    if from_bureau and (not candidates or from_bureau in candidates):
        fields["prefecture"] = from_bureau
        inferred.append("prefecture")
        return
    if len(candidates) > 1:
        span = builder.spans.get("municipality")
        builder.warnings.append(
            Warning(
                "ambiguous_prefecture",
                f"{municipality} is in several prefectures ({', '.join(candidates)}); "
                "prefecture left empty",
                span,
            )
        )


def _place_fields(placed: LabelPlace, fields: dict[str, object], builder: _Builder) -> None:
    """The prefecture and municipality a label line names before its headline, unless
    the header named them."""
    if fields.get("municipality"):
        return
    fields["municipality"] = placed.municipality
    builder.spans["municipality"] = builder.span(placed.municipality_start, placed.end)
    if placed.prefecture and not fields.get("prefecture"):
        fields["prefecture"] = placed.prefecture
        builder.spans["prefecture"] = builder.span(placed.start, placed.municipality_start)


def _title_field(line: Line, rules: Rules) -> FieldLine | None:
    """The title field a headline line is (``事例名：…``, ``【タイトル】…``), else None."""
    if ":" not in line.text and "】" not in line.text:  # cheap precheck: a colon or bracket
        return None
    found = read_field(line, rules)
    return found if found is not None and found.kind == "title" else None


def _under_name(
    title: str,
    text: str,
    headline: Line,
    fields: dict[str, object],
    seg: Segmentation,
    case: Case,
    builder: _Builder,
) -> str | None:
    """The title, or the catch phrase under it when the headline is a name (``事例Ⅰ　name``
    over ``「…」``; ``jirei.nametitle``, decisions 2631–2634); the name with its kind
    fills the facility's name and kind when no header line gave them."""

    rules = builder.c.rules
    named = is_name(title, text, fields, rules)
    if not named and not bare_name(title, rules):
        return title
    found = title_under_name(
        headline.end, seg.lines[case.first : case.stop], rules, marks=not named
    )
    if found is None:
        return title
    value, start = found
    if not named:  # a bare name over a marked catch phrase (``◎…``) only (decision 3610)
        line_at = text.rfind("\n", 0, start) + 1
        if marked_headline(text[line_at : start + len(value)], rules) != value:
            return title
        if "facility_name" not in fields:
            at = text.find(title, headline.start)
            if at >= 0:
                fields["facility_name"] = title
                builder.spans["facility_name"] = builder.span(at, at + len(title))
    unquoted, cut = unquote(value, rules)
    if unquoted != value:
        value, start = unquoted, start + cut
    if _same_words(fields.get("facility_name"), value):  # the catch phrase read as the name
        fields.pop("facility_name")
        builder.spans.pop("facility_name", None)
    if "facility_name" not in fields and (named := name_kind(title, text, rules)):
        kind, at = named
        fields["facility_name"] = title
        builder.spans["facility_name"] = builder.span(at, at + len(title))
        if "facility_type" not in fields:
            kind_at = text.find(kind, at + len(title))
            fields["facility_type"] = kind
            builder.spans["facility_type"] = builder.span(kind_at, kind_at + len(kind))
    builder.spans["title"] = builder.span(start, start + len(value))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    builder.initiatives = [  # (the ``◆…◆`` line read as a list item: the title, 3478)
        item for item in builder.initiatives if not line_start <= item.start < line_end
    ]
    return value


#: an attribute block a converter leaves after a heading (``{#kohoku}``)
_ANCHOR = regex.compile(r"\s*\{#[^{}\s]*\}\s*$")
#: what a facility's name never holds
_NOT_IN_NAME = regex.compile(r"[、。!?！？\s]")


def _quoted_name(
    title: str, fields: dict[str, object], seg: Segmentation, case: Case, builder: _Builder
) -> None:
    """The facility's name quoted after the place on the case's label line (``事例1　港北区
    「ジョブスポットこうほく」``) when the case's title stands on a line of its own: the quote
    is then no headline but the name (decision 2642); or written without quotes, the
    title on a line below the label's (``１．札幌市北区　さっぽろ北しごとプラザ``, 2940)."""

    rules = builder.c.rules
    opening = next((i.line for i in seg.lines[case.first : case.stop] if not i.line.blank), None)
    if opening is None or not label_length(opening.text, rules):
        return
    placed = label_place(opening, builder.removed_space, rules)
    if placed is None:
        return
    at = placed.title_start - opening.start
    rest = _ANCHOR.sub("", opening.text[at:]).rstrip()
    for pair in rules.headline_quotes:
        if len(rest) > 3 and rest[0] == pair[0] and rest[-1] == pair[1]:
            name = rest[1:-1]
            if (
                len(name) <= 30
                and pair[1] not in name
                and _NOT_IN_NAME.search(name) is None
                and not _same_words(name, title)
                and name not in title
            ):
                start = opening.start + at + 1
                fields["facility_name"] = name
                builder.spans["facility_name"] = builder.span(start, start + len(name))
            return
    titled = builder.spans.get("title")
    if (
        titled is not None
        and titled.start >= builder.span(opening.end, opening.end).start
        and 3 <= len(rest) <= 30
        and _NOT_IN_NAME.search(rest) is None
        and not _same_words(rest, title)
        and rest not in title
    ):  # ``１．札幌市北区　さっぽろ北しごとプラザ`` over its headline: the name unquoted (2940)
        start = opening.start + at
        fields["facility_name"] = rest
        builder.spans["facility_name"] = builder.span(start, start + len(rest))


def _without_number(title: str, start: int, origin: Origin) -> tuple[str, int]:
    """A headline without the enclosed number opening it (``①``, ``⑴``, ``❶``, ``⒈``: a
    case's number, NFKC made it a digit; ``jirei.items.enumerator_width``) and its new
    offset; as it was when no such number opens it or nothing but the number is left."""

    width = enumerator_width(origin(start)) if title[:1].isdigit() else 0
    rest = title[width:].lstrip(" \u3000")
    if not width or len(rest) < 4 or rest[:1].isdigit():
        return title, start
    return rest, start + len(title) - len(rest)


def _same_words(one: object, other: object) -> bool:
    """Whether two values are the same text, spaces aside."""
    if not isinstance(one, str) or not isinstance(other, str):
        return False
    return "".join(one.split()) == "".join(other.split())


def _sub_span(span: Span, offset: int, length: int) -> Span:
    start = min(span.start + offset, span.end)
    return Span(start, min(start + length, span.end), span.boxes)


def _gloss_only(title: str) -> bool:
    return is_gloss(title)


def _title_below(at: int, seg: Segmentation, case: Case, builder: _Builder) -> str | None:
    """The headline alone under the lines of a case label at offset ``at`` (decision 1908);
    ``builder.spans`` follows."""
    from jirei.titlebelow import title_below_partner

    builder.spans.pop("title", None)
    found = title_below_partner(at, seg.lines[case.first : case.stop], builder.c.rules)
    if found is None:
        return None
    builder.spans["title"] = builder.span(found[1], found[2])
    return found[0]


def _partner_title(
    title: str, at: int, seg: Segmentation, case: Case, builder: _Builder, keep: bool = True
) -> str | None:
    """When the line at offset ``at`` (``title``) is a partner line, the headline right above
    it (decision 1541) or None; else ``title`` (``keep``) or None. ``builder.spans`` follows."""

    floor = _floor(seg.cases, case.first)
    above = title_above_partner(  # (the lines above the case that are in no case too)
        title, at, seg.lines[max(floor, case.first - 3) : case.stop], builder.c.rules
    )
    if above is False:
        return title if keep else None
    builder.spans.pop("title", None)
    if not above:
        from jirei.titlebelow import title_below_partner

        above = title_below_partner(at, seg.lines[case.first : case.stop], builder.c.rules)
    if not above:  # (a headline under the partner line's field lines, decision 1907)
        return None
    builder.spans["title"] = builder.span(above[1], above[2])
    return above[0]


def _fact_title(
    title: str, at: int, seg: Segmentation, case: Case, builder: _Builder
) -> str | None:
    """When the line at offset ``at`` (``title``) is a fact line (``対象者：…``), the catch
    phrase above the case's fact lines or None (decision 2693); else ``title``.
    ``builder.spans`` follows."""

    floor = _floor(seg.cases, case.first)  # (a catch phrase over the case's first line)
    lines = seg.lines[max(floor, case.first - 3) : case.stop]
    above = title_above_facts(at, lines, builder.c.rules, builder.removed_space)
    if above is False:
        return title
    builder.spans.pop("title", None)
    if not above:
        return None
    builder.spans["title"] = builder.span(above[1], above[2])
    return above[0]


#: a meeting's number after a fiscal year (``平成29年度第1回``, decision 1540)
_MEETING_NUMBER = regex.compile(r"\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*回")


def _results_year(seg: Segmentation, context: _Context) -> ChapterYear | None:
    """The fiscal year the document says, before its first case, that its cases report
    (``chapteryear.results_year``), else None."""
    if not seg.cases or seg.cases[0].first == 0:
        return None
    return results_year(seg.lines, seg.cases[0].first, context.eras.era_at(0), context.rules)


def _with_results_year(
    profiles: list[Profile], seg: Segmentation, context: _Context
) -> list[Profile]:
    """``profiles`` with the year the document says its cases report filled into those
    that read none (decision 3459)."""
    if all(p.fiscal_year is not None for p in profiles):
        return profiles
    lead = _results_year(seg, context)
    if lead is None:
        return profiles
    import attrs

    span = context.locate(lead.start, lead.end)
    return [
        p if p.fiscal_year is not None
        else attrs.evolve(p, fiscal_year=lead.year, spans={**p.spans, "fiscal_year": span})
        for p in profiles
    ]


def _on_results_heading(seg: Segmentation, case: Case, at: int) -> bool:
    """Whether the year read at normalised offset ``at`` stands on one of the case's
    results section headings (``【令和２年度　事業目標と実績】`` over a results line)."""
    for info in seg.lines[case.first : case.stop]:
        if info.line.start <= at < info.line.start + len(info.line.text) + 1:
            return info.kind is K.SECTION and info.section in ("results", "targets")
    return False


def _heading_year(builder: _Builder) -> int | None:
    """The fiscal year the results heading names, else None."""
    heading = builder.results_heading
    if heading is None:
        return None
    return _first_year(builder.c, heading.start, heading.end, builder)


def _first_year(
    context: _Context, start: int, end: int, builder: _Builder, at: list[int] | None = None
) -> int | None:
    """The first ``…年度`` of ``context.text[start:end]`` (its span in ``builder.spans``;
    its normalised offset appended to ``at``, if given)."""
    chunk = context.text[start:end]
    era = context.eras.era_at(start)
    for found in values.find_fiscal_years(chunk, era=era, rules=context.rules):
        if _MEETING_NUMBER.match(chunk, found.end):  # ``平成29年度第1回`` names a
            continue  # meeting of that year, not the year its results report (1540)
        # a bare year takes the era the document used last before it
        era_here = context.eras.era_at(start + found.start)
        year = found.value
        if era_here != era:
            year = values.parse_fiscal_year(found.text, era=era_here, rules=context.rules)
        builder.spans["fiscal_year"] = builder.span(start + found.start, start + found.end)
        if at is not None:
            at.append(start + found.start)
        return int(year.year)
    return None


class _TablelessResults(Protocol):
    metrics: Sequence[Metric]
    rest: Sequence[Line]


_TablelessReader = Callable[..., _TablelessResults | None]


@per_rules
def _target_words(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The column words naming a target (``rules.columns``), in the table's order."""
    return tuple(word for word, role in rules.columns.items() if role == "target")


def _joined_start(line: Line, rows: Sequence[Line]) -> int:
    """The start of the row of ``rows`` (lines, some joined from several) that holds
    ``line``."""
    holder = line.start
    for row in rows:
        if row.start > line.start:
            break
        holder = row.start
    return holder


#: a note's own number after its marker (``（注）１　…``), or a line's number before its text
_NOTE_NUMBER = regex.compile(r"^\s*(\d{1,2})[\s.)、](?=\S)")


def _numbered_notes(lines: Sequence[Line], rules: Rules) -> list[Line]:
    """The footnote lines among ``lines`` (``※…``, ``（注）…``), with the lines right under a
    numbered note that go on with its numbers (``（注）１　…`` / ``　　　２　…``: the notes of one
    marker, decision 3423)."""
    notes: list[Line] = []
    number = 0  # the number the last note line gave (0: none)
    for line in lines:
        if is_footnote(line, rules):
            notes.append(line)
            rest = line.text.lstrip()
            marker = next((m for m in rules.footnote_markers if rest.startswith(m)), "")
            found = _NOTE_NUMBER.match(rest[len(marker) :])
            number = int(found.group(1)) if found else 0
            continue
        found = _NOTE_NUMBER.match(line.text) if number else None
        if found is not None and int(found.group(1)) == number + 1:
            notes.append(line)
            number += 1
            continue
        number = 0
    return notes


def _lead_paragraph(lines: Sequence[Line]) -> int:
    """Where the lines after a results section's leading paragraph start (the blank lines
    after it skipped): a paragraph of prose closing a sentence (``令和2年度は、…目標を下回った
    （表3-2）。``), no table row in it, set apart by a blank line from what follows (a report
    introducing its table in words, decision 3420); 0 when the section opens otherwise."""
    from jirei.tables.grid import is_table_line

    index = 0
    while index < len(lines) and not lines[index].blank:
        if is_table_line(lines[index]):
            return 0
        index += 1
    if index == 0 or index >= len(lines) or not lines[index - 1].stripped.endswith(
        ("。", "。)", "。」")
    ):
        return 0
    while index < len(lines) and lines[index].blank:
        index += 1
    return index if index < len(lines) else 0


def _nested_results(lines: Sequence[Line], rules: Rules) -> int:
    """How many of ``lines`` a results table at their top takes whose first column is a
    heading cell (``実績（令和4年度）``) over rows opening with an empty cell, its other
    cells the table's header row (``区分 | 目標 | 実績``); 0 when they hold no such table."""

    run = 0
    while run < len(lines) and "\t" in lines[run].text and lines[run].text.strip():
        run += 1
    nested = nested_table(lines[:run])
    if nested is None or len(nested[1]) < 2:
        return 0
    heading, rows = nested
    if column_role(heading.text, rules) is not None or not is_results_header(
        Line("\t" + rows[0].text, rows[0].start - 1), rules
    ):
        return 0
    return run


@cache
def _tableless_readers() -> tuple[_TablelessReader, ...]:
    """Readers of results written without a table, tried in this order: arrow lines
    (decision 74), ``目標：… 実績：…`` lines (decision 90), figures above their labels
    (decision 78). A label line over word lines (decisions 301, 401) is read with the
    tables (``jirei.tables.kpiboxes``)."""
    from jirei.tables.arrows import read_arrows
    from jirei.tables.colonwords import read_colon_words
    from jirei.tables.stacked import read_stacked

    return (read_arrows, read_colon_words, read_stacked)


__all__ = ["EraIndex", "build_profile", "build_profiles", "case_parts", "identity_locate"]
