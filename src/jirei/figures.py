"""A case's results read by their shape wherever the case states them (decisions 1240–1259),
when no results reader gave any metric: the metrics counterpart of ``jirei.harvest``.

A line is read when it names a canonical metric (an alias of ``rules.metrics``, not glued to
another word: ``就職面接会`` names none) and holds figures (``jirei.values`` quantities). The
figures after a name, up to the next name or the end of the sentence, are that metric's:

* a figure right after a role word of ``rules.columns`` (``目標`` / ``計画`` → target,
  ``実績`` → actual, ``達成率`` → achievement rate; ``前年度実績`` → not read) takes that role;
  a role word before the line's first name (``・令和３年度目標　支援対象者数 320人 …``) is the
  role of the line's figures that have none of their own;
* a role written with a fiscal year (``R2実績``, ``令和２年度実績``) counts only for the
  report's year, the latest year a role is written with in the case: an earlier year's
  figures are not read;
* a figure with no role is the actual when the metric has none yet, a percentage after an
  actual its achievement rate (``284人（目標250人以上、達成率113.6％）`` reads all three).

Two table shapes are read as well: a header line of column words (``区分　上期　下期　計　目標``)
over metric rows, the total column (``figures.totals``: ``計``) being the actual and period
columns left out; and a header line of metric names over rows led by a role
(``R3実績　236人　151人``). Lines naming the same metric again fill what it still lacks. What a
results reader found is never replaced (the caller runs this only when none found a metric).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from jirei.barcharts import Chart, read_chart
from jirei.errors import ValueParseError
from jirei.figurelines import cleaned, is_reference_head, pair_order, tidy_read
from jirei.linegroups import group_before, group_heading
from jirei.lines import Locate
from jirei.model import Metric, Quantity, Span
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo
from jirei.tables.cells import label_form, rate_value
from jirei.values._text import nfkc
from jirei.values.numbers import evaluate, unit_spellings
from jirei.values.quantities import parse_quantity, quantity_patterns, scan_quantities
from jirei.wrappedprose import join_wrapped

_NAME = r"\p{Han}\p{Katakana}ー"
#: what may stand between a role word and its figure
_ROLE_GAP = regex.compile(r"[\s:：のは値=＝]*[(（]?\s*")  # (``目標（130人以上）``: 3111)
#: a role word's closing bracket, then what may stand before its figure
_CLOSED_ROLE_GAP = regex.compile(r"値?[)）][\s:：=＝]*")
#: a sentence ends a metric's figures
_STOP = "。"
#: white space (removed before comparing a line with an other result)
_SPACE = regex.compile(r"\s+")
#: the digits of a year before a role word (``R3目標``, ``二十九年度実績``)
_YEAR_DIGITS = "[0-9０-９元一二三四五六七八九十]"
#: a dash standing for no figure
_DASH = "－\\-—―‐−–"
#: role names of ``rules.columns`` read here
_ROLES = ("target", "actual", "achievement_rate", "previous")
#: a position that is no white space following white space (see ``_Words.role``)
_NOT_IN_SPACES = r"(?:(?<!\s)|(?!\s))"


class _Words:
    """The compiled words of one ``Rules``."""

    def __init__(self, rules: Rules) -> None:
        names = sorted(rules.metrics, key=len, reverse=True)
        roles = {w: r for w, r in rules.columns.items() if r in _ROLES}
        spelled = "|".join(regex.escape(w) for w in sorted(roles, key=len, reverse=True))
        units = "|".join(
            regex.escape(u) for u in sorted(unit_spellings(rules), key=len, reverse=True)
        )
        # normalisation glues words a full-width space parted (``実績支援対象者数``,
        # ``301人就職者数``): a name may follow a role word or a figure's unit, and a role word
        # may follow it
        any_name = "|".join(regex.escape(n) for n in names) or "(?!)"
        self.bare = regex.compile(any_name)
        self.tail = regex.compile(rf"(?:{any_name})$")
        glued = rf"(?<=(?:{spelled or '(?!)'})|[0-9０-９](?:{units or '(?!)'})|(?:{any_name}))"
        # (or a count word: ``利用者数延べ約2,400人``, decision 1448)
        counts = "".join(f"|{regex.escape(w)}" for w in rules.count_words)
        # (or a hedge right before its figure: ``利用者数約4,300人``, decision 2474)
        hedges = "|".join(
            regex.escape(w) for w in sorted(rules.qualifier_prefixes, key=len, reverse=True)
        )
        hedged = rf"|(?:{hedges})\s*[0-9０-９]" if hedges else ""
        self.names = regex.compile(
            rf"(?:(?<![{_NAME}])|{glued})(?:{any_name})"
            rf"(?:(?![{_NAME}])|(?=(?:{spelled or '(?!)'})|(?:{any_name}){counts}{hedged}))"
        )
        eras = "|".join(
            regex.escape(e)
            for e in sorted(rules.figures_table.get("year_prefixes", ()), key=len, reverse=True)
        )
        year = rf"(?:{eras or '(?!)'})?\s*(?P<year>{_YEAR_DIGITS}{{1,3}})\s*(?:年度)?"
        # (no match starts at a space after a space: a match there would start at the space
        # before it too, and the guard spares retrying the year on every space of a run)
        self.role = regex.compile(
            rf"{_NOT_IN_SPACES}(?:{year})?(?P<role>{spelled or '(?!)'})"
        )
        # a role word anywhere: whether ``role`` finds a match (its year is optional)
        self.role_word = regex.compile(spelled or "(?!)")
        # what every match of ``role`` with a year holds: the year's last digit before the
        # role word (``_latest_year``'s precheck: ``role`` retries each space of a run)
        self.year_role = regex.compile(
            rf"{_YEAR_DIGITS}\s*(?:年度)?(?:{spelled or '(?!)'})"
        )
        # what may stand between a name and its first figure: particles, marks, a role word
        # (``就職者数は183人``, ``就職者数の実績は206人``, ``支援対象者数▶ 142人``); a name
        # farther from its figure (``就職まで至った方が152人``) is read as no metric
        marks = regex.escape("".join(rules.figures_table.get("lead_marks", ())))
        counted = "".join(f"|{regex.escape(w)}" for w in rules.count_words)  # 延べ (1448)
        gap = rf"(?:[\s{marks}]{counted})*"
        # (a role without a figure before it: ``目標－　実績109人``)
        self.lead = regex.compile(
            rf"{gap}(?:(?:{year})?(?:{spelled or '(?!)'}){gap}(?:[{_DASH}]{gap})?){{0,2}}"
        )
        self.roles = roles
        table = rules.figures_table
        self.totals = frozenset(table.get("totals", ()))
        self.periods = frozenset(w for w, r in rules.columns.items() if r == "period")
        self.labels = frozenset(w for w, r in rules.columns.items() if r in ("label", "group"))
        self.units = frozenset(w for w, r in rules.columns.items() if r == "unit")
        self.remarks = frozenset(w for w, r in rules.columns.items() if r == "remark")
        self.label_heads = self.labels | frozenset(table.get("label_heads", ()))
        self.group_heads = frozenset(table.get("group_heads", ())) | frozenset(
            w for w, r in rules.columns.items() if r == "group"
        )
        notes = "|".join(f"(?:{n})" for n in table.get("note_marks", ()))
        self.note = regex.compile(rf"(?:{notes})$") if notes else None
        self.bars = "".join(table.get("bar_marks", ()))
        captions = "|".join(regex.escape(w) for w in table.get("unit_captions", ()))
        self.caption_words = tuple(table.get("unit_captions", ()))
        self.caption = (
            regex.compile(rf"(?:{captions})\s*[:：]?\s*(?P<units>[^）)\n]{{1,20}}?)\s*(?:[）)]|$)")
            if captions
            else None
        )
        self.separators = regex.compile(
            "|".join(regex.escape(w) for w in table.get("unit_separators", ())) or "(?!)"
        )


@per_rules
def _words(rules: Rules) -> _Words:
    return _Words(rules)


@attrs.define
class _Table:
    """What a table read by shape carries from row to row (decisions 1300–1309)."""

    carry: str | None = None  # the unit of the row above (a ditto mark's)
    units: tuple[str, ...] = ()  # the units a caption names (``（単位：人、％）``)
    grouped: bool = False  # the header has a group column before the label column
    group: list[str] | None = None  # the current group's name pieces
    seen: set[str] = attrs.Factory(set)  # the metrics of the current group
    last_group: bool = False  # the row above wrote a group cell
    column_units: dict[int, str] = attrs.Factory(dict)  # transposed: a column's unit
    above: dict[int, tuple] = attrs.Factory(dict)  # the row above's figures (text offsets)


@attrs.define
class _Draft:
    label: str
    start: int
    end: int
    group: list[str] | None = None  # the group's name pieces (shared by its rows)
    target: Quantity | None = None
    actual: Quantity | None = None
    rate: object = None
    rate_span: Span | None = None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    if text == "元":
        return 1
    value = evaluate(text.translate(_WIDE))
    return value if isinstance(value, int) else None


_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


def fill_metrics(
    infos: Sequence[LineInfo],
    rules: Rules = DEFAULT_RULES,
    *,
    locate: Locate,
    read: Sequence[Metric] = (),
    others: Sequence[str] = (),
) -> list[Metric]:
    """The metrics of a case (``infos``: its lines) given the ``read`` ones its readers found
    and the ``others`` (other results) they left: by shape when none was read; the read ones
    completed by shape when an other result that is no sentence names a metric (a row the
    reader stopped before); else the read ones."""
    words = _words(rules)
    bare = words.bare
    if read and any(
        q is not None and q.unit is None for m in read for q in (m.target, m.actual)
    ):  # bare figures a reader read under a unit caption (``（単位：件）``, decision 1305)
        read = _caption_units(infos, read, rules)
    # a label that kept leader dots or a particle (``就職者数・・・``), a figure read as a
    # label, a results line read as a group caption (decisions 1440, 1441)
    read, misread = tidy_read(read, rules) if read else (list(read), False)
    misread = misread or (
        bool(read) and all(m.key is None and len(bare.findall(m.label)) >= 2 for m in read)
    )
    if read and not misread and (
        all(m.key is None for m in read)
        or not any(
            _STOP not in text and (_opens_with_name(text, bare) or _role_line(text, words, rules))
            for text in others
        )
    ):
        return list(read)
    # completing what readers read, a sentence adds nothing (``利用者は延べ85人となった。``
    # is an other result there)
    found = _by_shape(
        infos, rules, locate, sentences=not read or misread, others=() if read else others
    )
    if misread:  # a header of metric names read as one row's label: a table misread
        return found or cleaned(read, rules)
    if not read or not found:
        return found or list(read)
    shaped = {m.key: m for m in found}
    out: list[Metric] = []
    for metric in read:  # a figure the reader left out of a metric it read
        more = shaped.pop(metric.key, None)
        if more is not None:
            rate = metric.achievement_rate is None and more.achievement_rate is not None
            metric = attrs.evolve(
                metric,
                target=metric.target or more.target,
                actual=metric.actual or more.actual,
                achievement_rate=more.achievement_rate if rate else metric.achievement_rate,
                achievement_span=more.achievement_span if rate else metric.achievement_span,
            )
        out.append(metric)
    for metric in found:  # a metric the reader left out, in its place in the text (1442)
        if metric.key in shaped:
            at = _start(metric)
            index = next((i for i, m in enumerate(out) if _start(m) > at), len(out))
            out.insert(index, metric)
    return out


def _opens_with_name(text: str, bare: regex.Pattern[str]) -> bool:
    """Whether an other result opens with a metric name (marks and spaces before it): a row
    a reader stopped before (``就職率　60.1％``), not an item naming a metric inside its words
    (``合同面接会に窓口の利用者18人が参加した``; decision 1836)."""
    found = bare.search(text)
    return found is not None and _ROLE_LEAD.fullmatch(text[: found.start()]) is not None


def _start(metric: Metric) -> int:
    return metric.span.start if metric.span is not None else 1 << 60


#: what may stand before a role word opening a line (``（達成率107.9％）``, ``→ 達成率110.0％``)
_ROLE_LEAD = regex.compile(r"[\s\p{Ps}\p{Pi}→⇒▶▷►➡➔・:：]*")


def _role_line(text: str, words: _Words, rules: Rules) -> bool:
    """Whether ``text`` opens with a role word and holds a figure (``達成率110.0％``: the
    rest of a metric named on the line above, decision 1443)."""
    role = words.role.match(text, _ROLE_LEAD.match(text).end())
    return role is not None and bool(scan_quantities(text[role.end() :], rules))


def _caption_units(
    infos: Sequence[LineInfo], read: Sequence[Metric], rules: Rules
) -> list[Metric]:
    """``read`` with the unit the case's one unit caption gives its bare figures."""
    words = _words(rules)
    if words.caption is None:
        return list(read)
    found: set[tuple[str, ...]] = set()
    for info in infos:
        text = info.line.text
        if any(w in text for w in words.caption_words):
            table = _Table()
            _take_caption(text, table, words, rules)
            if table.units:
                found.add(table.units)
    if len(found) != 1:  # none, or captions of other units: not guessed
        return list(read)
    units = found.pop()
    out = []
    for metric in read:
        unit = _caption_unit(units, metric.label)
        if unit is not None:
            metric = attrs.evolve(
                metric,
                target=_with_unit(metric.target, unit),
                actual=_with_unit(metric.actual, unit),
            )
        out.append(metric)
    return out


def _with_unit(quantity: Quantity | None, unit: str) -> Quantity | None:
    if quantity is None or quantity.unit is not None:
        return quantity
    return attrs.evolve(quantity, unit=unit)


def _by_shape(
    infos: Sequence[LineInfo],
    rules: Rules,
    locate: Locate,
    *,
    sentences: bool = True,
    others: Sequence[str] = (),
) -> list[Metric]:
    """The metrics ``infos`` (one case's lines) state by shape (lines holding a sentence
    only when ``sentences``; no line a reader gave to the case's other results, which its
    heading calls no result, decision 1248); empty when none."""
    words = _words(rules)
    given = [_SPACE.sub("", text) for text in others if len(text) >= 4]
    kept = [info for info in infos if info.kind is not K.COMMENT]
    lines = [info.line for info in kept]
    bare = words.bare.search  # a plain alternation: cheaper than ``names`` on every line
    if not any(bare(line.text) and words.names.search(line.text) for line in lines):
        return []
    joined = join_wrapped(lines, locate)  # a sentence wrapped over lines as one (1965)
    if joined is not None:
        lines, locate = joined
        at = {info.line.start: info for info in kept}
        kept = [at[line.start] for line in lines]
    latest = _latest_year(lines, words)
    order = pair_order([line.text for line in lines], rules)  # 目標／実績 (decision 1445)
    # runs of lines (no blank between) where a line names a metric with a role word and a
    # figure: their role-less lines that are no sentence are results too, though a reader
    # gave them to the other results (``就職率　60.1％`` under ``就職者数　目標90人 ⇒ …``, 1444)
    stated = _stated_runs(lines, words) if given else set()
    drafts: dict[object, _Draft] = {}
    columns: list[str | None] | None = None  # a header line of column roles
    metric_columns: list[str] | None = None  # a header line of metric names
    table = _Table()
    captions = words.caption_words
    pending: _Draft | None = None  # the metric named on the line above (decision 1443)
    named_alone = False  # … on a line of its own: its figures may follow a page break
    reference = False  # under a heading of figures for reference (decision 1446)
    run = 0
    skip = 0  # the lines of a chart read (decision 1450)
    line_group: list[str] | None = None  # a group heading's name over the lines (2706)
    grouped_any = False  # a metric line read under it
    for index, (info, line) in enumerate(zip(kept, lines, strict=True)):
        if index < skip:
            continue
        text = line.text
        if not text or text.isspace():  # a blank line closes a table (and its caption)
            if grouped_any:
                line_group, grouped_any = None, False
            if columns is not None or metric_columns is not None:
                table = _Table()
            columns = metric_columns = None
            reference = False
            run += 1
            if not named_alone:
                pending = None
            continue
        if info.kind is K.FURNITURE:  # a running head between a name and its figures
            continue
        if captions and any(w in text for w in captions):  # ``（単位：人）`` (decision 1305)
            text = _take_caption(text, table, words, rules)
        found = _kanji_after_roles(text, scan_quantities(text, rules), words, rules)
        if columns is not None and _column_row(
            line.start, text, found, columns, words, drafts, rules, locate, table
        ):
            continue
        if metric_columns is not None and _role_row(
            line.start, text, found, metric_columns, words, latest, drafts, rules, locate, table
        ):
            continue
        if not found and words.role.match(text, len(text) - len(text.lstrip())):
            chart = read_chart([x.text for x in lines], [x.start for x in lines], index, rules)
            if chart is not None:  # value labels over 目標 / 実績 bars (decision 1450)
                _take_chart(chart, table, drafts, rules, locate)
                skip = chart.stop
                columns = metric_columns = pending = None
                continue
        if not found:
            if info.kind is K.SECTION or info.kind is K.HEADER:
                line_group, grouped_any = None, False
            else:
                named = group_heading(line, rules)
                if named is not None:
                    line_group, grouped_any = [named], False
            columns = _column_roles(text, words, latest)
            if columns is not None:
                table.grouped = columns[0] == _GROUP
                columns = columns[1:] if table.grouped else columns
            names = list(words.names.finditer(text))
            metric_columns = (
                [m.group() for m in names] if len(names) >= 2 and columns is None else None
            )
            pending, named_alone = None, False
            if columns is None and metric_columns is None:
                reference = is_reference_head(text, rules, heading=True)
                if len(names) == 1 and _ALONE.fullmatch(text, 0, names[0].start()) and (
                    _ALONE.fullmatch(text, names[0].end())
                ):  # ``○就職者数`` over ``目標：90人`` lines
                    pending = _draft(
                        drafts, label_form(names[0].group()), line.start + names[0].start(),
                        line.start + names[0].end(), rules,
                    )
                    named_alone = True
            continue
        metric_columns = None
        columns = None
        if reference or is_reference_head(text, rules):
            continue
        if not sentences and _STOP in text:
            pending = None
            continue
        if pending is not None and words.names.search(text) is None:
            if _read_more(line.start, text, found, words, latest, pending, rules, locate):
                named_alone = False
                continue
        pending, named_alone = None, False
        if (
            given and (run not in stated or _STOP in text)
            and words.role_word.search(text) is None
            and _in_other(_SPACE.sub("", text), given, words.bare)
        ):
            continue  # an other result naming no target / actual / rate (decision 1248)
        first = words.names.search(text)  # ``【障害者】就職者数 実績31人`` (3268)
        opened = group_before(text, first.start(), rules) if first is not None else None
        pending = _read_line(
            line.start, text, found, words, latest, drafts, rules, locate, order,
            [opened] if opened is not None else line_group,
        )
        grouped_any = grouped_any or (line_group is not None and pending is not None)
    return [
        Metric(
            label=d.label,
            key=rules.metrics.get(d.label),
            group="".join(d.group) if d.group else None,
            target=d.target,
            actual=d.actual,
            achievement_rate=d.rate,  # type: ignore[arg-type]
            span=locate(d.start, d.end),
            achievement_span=d.rate_span,
        )
        for d in drafts.values()
        if d.target is not None or d.actual is not None or d.rate is not None
    ]


#: the fewest characters of a line that continues a wrapped other result
_WRAPPED_PART = 6


def _in_other(text: str, given: Sequence[str], bare: regex.Pattern[str]) -> bool:
    """Whether a line (spaces removed) holds an other result, or is the wrapped part of one
    (``　した相談を実施（相談件数１１２件）`` under its bullet line: decision 2785) — no line
    opening with a metric name (``就職者数　48人``, a results line the item ran over)."""
    if any(item in text for item in given):
        return True
    return (
        len(text) >= _WRAPPED_PART
        and any(text in item for item in given)
        and not _opens_with_name(text, bare)
    )


def _take_chart(
    chart: Chart, table: _Table, drafts: dict[object, _Draft], rules: Rules, locate: Locate
) -> None:
    """The figures of a bar chart into ``drafts`` (bare value labels take the unit of the
    chart's caption, ``（単位：人）``)."""
    for figure in chart.figures:
        value, unit, qualifier = figure.parts
        if unit is None and figure.role != "achievement_rate":
            unit = _caption_unit(table.units, figure.label)
        draft = _draft(drafts, figure.label, figure.start, figure.end, rules)
        _assign(
            draft, figure.role, figure.start, figure.end, (value, unit, qualifier), rules, locate
        )


def _stated_runs(lines: Sequence[object], words: _Words) -> set[int]:
    """The runs of ``lines`` (numbered as ``_by_shape`` counts them: one more at each blank
    line) holding a line that names a metric with a role word and a figure (1444)."""
    out: set[int] = set()
    run = 0
    for line in lines:
        text = line.text  # type: ignore[attr-defined]
        if not text or text.isspace():
            run += 1
        elif (
            run not in out and words.bare.search(text) and words.role_word.search(text)
            and _HAS_DIGIT.search(text) and words.names.search(text)
        ):
            out.add(run)
    return out


def _kanji_after_roles(text: str, found: list, words: _Words, rules: Rules) -> list:
    """``found`` with the kanji figures right after a role word (``目標二百人``: the scanner
    reads no kanji numeral glued to another kanji)."""
    if not _KANJI_DIGIT.search(text):
        return found
    starts = {start for start, _, _ in found}
    more = []
    for match in words.role.finditer(text):
        at = match.end()
        gap = _ROLE_GAP.match(text, at)
        at = gap.end() if gap else at
        if at in starts or at >= len(text) or not _KANJI_DIGIT.match(text, at):
            continue
        first = next(iter(scan_quantities(text[at:], rules)), None)
        if first is not None and first[0] == 0:
            more.append((at + first[0], at + first[1], first[2]))
    return sorted([*found, *more]) if more else found


_KANJI_DIGIT = regex.compile(r"[一二三四五六七八九十百千]")
#: ``_latest_year``'s precheck: a line holding none of these characters (``目標``, ``実績``,
#: ``率``, ``計画``) is skipped (one class search, no generator of four ``in`` tests)
_ROLE_CHAR = regex.compile("[標績率画]")


def _latest_year(lines: Sequence[object], words: _Words) -> int | None:
    latest: int | None = None
    year_role = words.year_role.search
    for line in lines:
        text = line.text  # type: ignore[attr-defined]
        if _ROLE_CHAR.search(text) is None or year_role(text) is None:
            continue  # (no match of ``words.role`` on the line has a year)
        for match in words.role.finditer(text):
            year = _year(match["year"])
            if year is not None and (latest is None or year > latest):
                latest = year
    return latest


def _role_of(match: regex.Match[str], words: _Words, latest: int | None) -> str:
    role = words.roles[match["role"]]
    year = _year(match["year"])
    if year is not None and latest is not None and year < latest:
        return "previous"
    return role


def _draft(
    drafts: dict[object, _Draft], label: str, start: int, end: int, rules: Rules,
    group: list[str] | None = None,
) -> _Draft:
    """The draft of ``label``'s metric: one per canonical key (the first label written) and
    ``group``."""
    slot: object = rules.metrics.get(label) or label
    if group is not None:
        slot = (id(group), slot)
    draft = drafts.get(slot)
    if draft is None:
        draft = drafts[slot] = _Draft(label, start, end, group)
    return draft


def _quantity(start: int, end: int, parts: tuple, locate: Locate) -> Quantity:
    value, unit, qualifier = parts
    return Quantity(value, unit, qualifier, span=locate(start, end))


def _assign(
    draft: _Draft, role: str | None, at: int, end: int, parts: tuple, rules: Rules,
    locate: Locate,
) -> None:
    """Give ``draft`` the figure ``parts`` in ``role`` (None: by order); a role it has is kept."""
    quantity = _quantity(at, end, parts, locate)
    if role is None:
        if draft.actual is None:
            role = "actual"
        elif (
            quantity.unit in _PERCENT
            and draft.actual.unit not in _PERCENT  # a rate metric's own figure is no rate
            and rate_value(quantity, rules) is not None
        ):
            role = "achievement_rate"
        else:
            return
    if role == "target" and draft.target is None:
        draft.target = quantity
    elif role == "actual" and draft.actual is None:
        draft.actual = quantity
    elif role == "achievement_rate" and draft.rate is None:
        rate = rate_value(quantity, rules)
        if rate is not None:
            draft.rate, draft.rate_span = rate, locate(at, end)


def _read_line(
    base: int, text: str, found: list, words: _Words, latest: int | None,
    drafts: dict[str, _Draft], rules: Rules, locate: Locate,
    order: tuple[str, str] | None = None,
    group: list[str] | None = None,
) -> _Draft | None:
    """The metrics of one line: each name with the figures after it (under ``group``, the
    name of a group heading above the line)."""
    names = list(words.names.finditer(text))
    if not names:
        return None
    line_role: str | None = None
    before: tuple | None = None  # ``目標150人に対し、就職者数168人``: a role's own figure
    for match in words.role.finditer(text, 0, names[0].start()):
        line_role = _role_of(match, words, latest)
        gap = _ROLE_GAP.match(text, match.end())
        own = next((f for f in found if f[0] == gap.end()), None) if gap else None
        if own is not None:  # the role word has its own figure: no role of the line (1451)
            joined = _AGAINST.fullmatch(text, own[1], names[0].start())
            before = (line_role, own) if joined else None
            line_role = None
    if line_role == "previous":
        return None
    last: _Draft | None = None
    roles = list(words.role.finditer(text))
    for i, name in enumerate(names):
        stop = names[i + 1].start() if i + 1 < len(names) else len(text)
        period = text.find(_STOP, name.end(), stop)
        if period != -1:
            stop = period
        label = label_form(name.group())
        figures = [
            (
                _figure_role(text, start, name.end(), roles, words, latest)
                or _role_after(text, f[1], words, latest)
                or line_role,
                f,
            )
            for f in found
            if name.end() <= (start := f[0]) < stop
        ]
        if figures and any(mark in text for mark in _PAIR_MARKS):  # ``300人／327人`` (1445)
            figures = _pairs(text, name.end(), figures, order, rules)
        if (
            not figures
            or words.lead.fullmatch(text, name.end(), figures[0][1][0]) is None
            or _ambiguous(text, name.end(), stop, figures, roles)
            or _share(label, figures[0], rules)
        ):
            continue
        end = figures[0][1][1]
        if i == 0 and before is not None and before[0] != "previous":
            figures = [before, *figures]
        draft = _draft(drafts, label, base + name.start(), base + end, rules, group)
        for role, (start, end, parts) in figures:
            if role != "previous":
                _assign(draft, role, base + start, base + end, parts, rules, locate)
        last = draft
    return last


#: between a target before a name and the name (``目標150人に対し、就職者数168人``, 1451)
_AGAINST = regex.compile(r"[\s、,]*(?:に対して|に対し|のところ)?[\s、,]*")


def _role_after(text: str, end: int, words: _Words, latest: int | None) -> str | None:
    """The role a bracket right after a figure names (``168人（実績）／150人（目標）``,
    decision 1443)."""
    if end >= len(text) or text[end] not in "（( ":
        return None
    match = _AFTER.match(text, end)
    if match is None:
        return None
    role = words.role.fullmatch(text, match.start("word"), match.end("word"))
    return _role_of(role, words, latest) if role is not None else None


#: a bracket holding one word right after a figure
_AFTER = regex.compile(r"\s*[（(]\s*(?P<word>[^（）()\s]{1,12}?)\s*[）)]")


def _share(label: str, first: tuple, rules: Rules) -> bool:
    """Whether a count's first figure is a share without a role (``就職者の約6割が``: a
    part of the count, no metric; decision 1447)."""
    role, (_, _, (_, unit, _)) = first
    if role is not None or unit not in _RATE_UNITS:
        return False
    return not (rules.metrics.get(label) == "employment_rate" or label.endswith("率"))


#: units of a share or a rate
_RATE_UNITS = frozenset({"%", "％", "割"})
#: marks between the two figures of a ``target／actual`` pair
_PAIR_MARKS = ("／", "/")
#: a bare number right before a pair mark (``120／131人``: the scanner reads only ``131人``)
_PAIR_LEFT = regex.compile(
    r"(?P<num>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*[／/]\s*$"
)
_PAIR_GAP = regex.compile(r"\s*[／/]\s*")


def _pairs(
    text: str, floor: int, figures: list, order: tuple[str, str] | None, rules: Rules
) -> list:
    """``figures`` with the two of a ``target／actual`` pair (``300人／327人``, ``120／131人``)
    given the roles ``order`` declares; none when a pair has no declared order (decision
    1445)."""
    out: list = []
    for role, figure in figures:
        start = figure[0]
        if role is None:
            previous = out[-1] if out else None
            if (
                previous is not None and previous[0] is None
                and _PAIR_GAP.fullmatch(text, previous[1][1], start)
            ):
                if order is None:
                    return []
                out[-1] = (order[0], previous[1])
                out.append((order[1], figure))
                continue
            left = _PAIR_LEFT.search(text, floor, start)
            if left is not None and (previous is None or left.start() >= previous[1][1]):
                if order is None:
                    return []
                unit = figure[2][1]
                try:
                    value = parse_quantity(left["num"] + (unit or ""), rules)
                except ValueParseError:
                    return []
                out.append((order[0], (left.start(), left.end("num"), (value.value, unit, None))))
                out.append((order[1], figure))
                continue
        out.append((role, figure))
    return out


def _read_more(
    base: int, text: str, found: list, words: _Words, latest: int | None, draft: _Draft,
    rules: Rules, locate: Locate,
) -> bool:
    """Whether ``text`` (a line naming no metric) is the rest of ``draft``'s metric: each of
    its figures right after a role word (``目標：90人``, ``（達成率107.9％）``; decision 1443)."""
    if not found or not words.role.match(text, _ROLE_LEAD.match(text).end()):
        return False
    roles = list(words.role.finditer(text))
    given = [(_figure_role(text, f[0], 0, roles, words, latest), f) for f in found]
    if any(role is None for role, _ in given):
        return False
    for role, (start, end, parts) in given:
        if role != "previous":
            _assign(draft, role, base + start, base + end, parts, rules, locate)
    draft.end = max(draft.end, base + found[-1][1])
    return True


#: what may stand around a metric name alone on its line (``○就職者数``, ``【就職者数】``)
_ALONE = regex.compile(r"[\s\p{Ps}\p{Pe}\p{Pi}\p{Pf}■□◆◇●○◎・★☆▼▽▲△▷▶※:：]*")


def _ambiguous(text: str, start: int, stop: int, figures: list, roles: list) -> bool:
    """Whether the figures of a name (``text[start:stop]``) can be read only by guessing:
    two figures without a role and not a percentage (a table row under a header not
    understood: ``300人　327人``), or a number that is no quantity (``250以上　284``)."""
    roleless = [f for role, f in figures if role is None and f[2][1] not in _PERCENT]
    if len(roleless) >= 2:
        return True
    # two rates without a role on a rate's row (``就職率　60.0％以上　60.1％``: target and
    # actual under a header not understood), decision 1306
    if (
        len(figures) >= 2
        and all(role is None and f[2][1] in _PERCENT for role, f in figures[:2])
    ):
        return True
    rest = list(text[start:stop])
    for _, (a, b, _) in figures:
        rest[a - start : b - start] = " " * (b - a)
    for match in roles:
        if match.start() >= start and match.end() <= stop:
            rest[match.start() - start : match.end() - start] = " " * (match.end() - match.start())
    return _BARE.search("".join(rest)) is not None


_PERCENT = frozenset({"%", "％"})
#: a number left once a name's quantities and role words are taken out
_BARE = regex.compile(r"(?<![年月日第])[0-9０-９](?![0-9０-９]*\s*[年月日])")


def _figure_role(
    text: str, at: int, floor: int, roles: list, words: _Words, latest: int | None
) -> str | None:
    """The role of the figure at ``at``: a role word right before it (after ``floor``)."""
    for match in reversed(roles):
        if match.end() > at:
            continue
        if match.start() < floor:
            return None
        gap = _ROLE_GAP.fullmatch(text, match.end(), at) or _CLOSED_ROLE_GAP.fullmatch(
            text, match.end(), at
        )  # ``支援対象者数（目標）　200人``: the role bracketed after the name (2178)
        return _role_of(match, words, latest) if gap is not None else None
    return None


def _column_roles(text: str, words: _Words, latest: int | None) -> list[str | None] | None:
    """The roles of a header line's columns (None: a column not read), else None."""
    cells = text.split()
    wide = [c.replace(" ", "") for c in _WIDE_GAP.split(text.strip())]
    if len(wide) >= 3 and len(wide) < len(cells):  # letters spaced out: ``目　標　　実　績``
        cells = wide
    if len(cells) < 3:
        return None
    out: list[str | None] = []
    read = 0
    heads = 0  # the label cell, and a group cell before it (decisions 1301, 1302)
    for i, cell in enumerate(cells):
        cell = label_form(cell)
        if i == heads and i < 2 and (cell in words.label_heads or cell in words.group_heads):
            heads += 1
            continue
        if cell in words.totals:
            out.append("actual")
        elif cell in words.periods:
            out.append(None)
        elif (role := words.role.fullmatch(cell)) is not None:  # 目標, 令和3年度実績
            which = _role_of(role, words, latest)
            out.append(None if which == "previous" else which)
        elif cell in words.units:
            out.append("unit")
        elif cell in words.remarks:  # a grade or a note beside the figures (``評価``)
            out.append(None)
        else:
            return None
        read += out[-1] not in (None, "unit")
    if not read or len(out) < 2:
        return None
    if heads == 1 and _empty_stub(text):  # ``区分⇥⇥目標⇥実績``: the stub spans a group
        heads = 2  # column and a label column (decision 2926)
    return [_GROUP, *out] if heads == 2 else out


def _empty_stub(text: str) -> bool:
    """Whether a tab-parted header's second cell is empty under a written first one: the
    stub heading stands over two columns (a merged cell copied as text)."""
    cells = text.strip(" \u3000").split("\t")
    return len(cells) >= 4 and bool(cells[0].strip()) and not cells[1].strip()


def _column_row(
    base: int, text: str, found: list, columns: list[str | None], words: _Words,
    drafts: dict[object, _Draft], rules: Rules, locate: Locate, table: _Table,
) -> bool:
    """Whether ``text`` is a metric row under ``columns`` (then read into ``drafts`` when
    its cells match the columns one to one: a dash is a cell without a figure)."""
    lead = _ROW_LEAD.match(text).end()
    name = words.names.match(text, lead)
    cell_of_group = ""
    if name is None and table.grouped:  # ``生活保護受給者　支援対象者数　180 …`` (1302)
        name = words.names.search(text, lead)
        token = _CELL.search(text, lead)
        if token is not None and (name is None or name.start() >= token.end()):
            # a group cell glued to the name (one space removed by normalisation)
            glued = words.tail.search(text, token.start() + 1, token.end())
            name = glued or name
        cell_of_group = text[lead : name.start()].strip() if name is not None else ""
        cell_of_group = _unbracketed(cell_of_group, rules)  # ``〔若者〕`` (decision 2926)
        if not cell_of_group or _HAS_DIGIT.search(cell_of_group):
            name = None
    if name is None and "target" in columns and "actual" in columns and found:
        # under a header naming both the target and the actual column every row is a
        # metric, its label naming none (``セミナー開催回数　12回　14回``; decision 2546)
        name = _UNNAMED_ROW.match(text, lead)
    if name is None:  # a row of another label (``セミナー開催回数``): not read
        return bool(found)
    at = {start: (start, end, parts) for start, end, parts in found}
    after = name.end()
    unit: str | None = None
    bracket = _UNIT_BRACKET.match(text, after)  # ``支援対象者数（人）`` (decision 1305)
    if bracket is not None and (named := _unit(bracket["unit"], rules)) is not None:
        unit, after = named, bracket.end()
    cells = list(_CELL.finditer(text, after))
    if cells and cells[0].group() in (")", "）"):
        cells = cells[1:]
    if len(cells) > len(columns) or any(r is not None for r in columns[len(cells) :]):
        return True  # a row not understood: not read by guessing (an empty 評価 cell at
        # the end is no figure missing)
    label = label_form(name.group())
    if unit is None:
        unit = _caption_unit(table.units, label)
    figures: list[tuple[str, tuple]] = []
    above: dict[int, tuple] = {}
    for column, (role, cell) in enumerate(zip(columns, cells, strict=False)):
        if role == "unit":  # the unit of the row's bare numbers; a ditto mark: the row above's
            written = cell.group()
            unit = table.carry if written in rules.ditto_marks else _unit(written, rules)
            table.carry = unit
            continue
        if role is None or cell.group() in _DASHES:
            continue
        if cell.group() in rules.ditto_marks:  # ``〃``: the figure above it (decision 2546)
            held = table.above.get(column)  # (its offsets are the text's, not the line's)
            figure = (held[0] - base, held[1] - base, held[2]) if held is not None else None
        else:
            figure = at.get(cell.start()) or _bare(cell.group(), cell.start(), words, rules)
        if figure is None:
            return True
        above[column] = (base + figure[0], base + figure[1], figure[2])
        figures.append((role, figure))
        if role in ("target", "actual") and (note := _rate_note(cell, at, words, rules)):
            figures.append(("achievement_rate", note))  # 290人（達成率103.6％） (2924)
    table.above = above
    if figures:
        group = _group_of(table, cell_of_group, label, rules) if table.grouped else None
        draft = _draft(
            drafts, label, base + name.start(), base + figures[-1][1][1], rules, group
        )
        for role, (start, end, (value, written, qualifier)) in figures:
            parts = (value, written or (unit if role != "achievement_rate" else None), qualifier)
            _assign(draft, role, base + start, base + end, parts, rules, locate)
    return True


def _unbracketed(cell: str, rules: Rules) -> str:
    """A group cell without the bracket pair it stands in (``〔若者〕``, ``〈高齢者〉``:
    ``figures.toml [line_groups] brackets``) or the colon normalisation gave a bracketed
    label (``若者:``)."""
    cell = cell.rstrip(":：").rstrip()
    if len(cell) > 2:
        for pair in rules.figures_table.get("line_groups", {}).get("brackets", ()):
            if len(pair) == 2 and cell[0] == pair[0] and cell[-1] == pair[1]:
                return cell[1:-1].strip()
    return cell


def _rate_note(cell: regex.Match[str], at: dict, words: _Words, rules: Rules) -> tuple | None:
    """The achievement rate a target or actual cell closes with in brackets
    (``290人（達成率103.6％）``, ``jirei.tables.cells.rate_note``), as a figure; else None."""
    from jirei.lines import Cell
    from jirei.tables.cells import rate_note

    found = rate_note(Cell(cell.group(), cell.start(), cell.end()), rules)
    if found is None:
        return None
    rate = found[1]
    return at.get(rate.start) or _bare(rate.text, rate.start, words, rules)


def _group_of(table: _Table, cell: str, label: str, rules: Rules) -> list[str] | None:
    """The group of a row whose group cell is ``cell`` (empty: a merged cell's blank, the
    group above goes on). A cell right under the group's first one, on a row of a metric
    the group has not had yet, is the group's name wrapped (``児童扶養手当`` / ``受給者``)."""
    slot = rules.metrics.get(label) or label
    if cell in rules.ditto_marks:  # ``〃``: the group above
        cell = ""
    if cell:
        current = "".join(table.group) if table.group is not None else None
        if current == cell:
            pass
        elif (
            table.group is not None and table.last_group and table.seen
            and slot not in table.seen
        ):
            table.group.append(cell)
        else:
            table.group, table.seen = [cell], set()
    table.last_group = bool(cell)
    table.seen.add(slot)
    return table.group


def _caption_unit(units: Sequence[str], label: str) -> str | None:
    """The unit a caption's ``units`` give the bare figures of ``label``'s row: a rate's
    ``%``, else the one count unit (or the one its label ends in)."""
    if not units:
        return None
    if label.endswith("率"):
        return "%" if "%" in units else None
    counts = [u for u in units if u not in _PERCENT]
    if len(counts) == 1:
        return counts[0]
    for unit in counts:
        if label.endswith((f"{unit}数", unit)):
            return unit
    if "人" in counts and label.endswith(("者数", "者")):
        return "人"
    return None


def _take_caption(text: str, table: _Table, words: _Words, rules: Rules) -> str:
    """``text`` without a unit caption (``（単位：人、％）``), whose units go to ``table``."""
    match = words.caption.search(text) if words.caption is not None else None
    if match is None:
        return text
    units = tuple(
        unit for piece in words.separators.split(match["units"])
        if (unit := _unit(piece.strip(), rules)) is not None
    )
    if not units:
        return text
    table.units = units
    start = match.start()
    if start and text[start - 1] in "（(":
        start -= 1
    return text[:start] + " " * (match.end() - start) + text[match.end() :]


def _bare(text: str, at: int, words: _Words, rules: Rules) -> tuple | None:
    """A cell holding a number alone (``284`` under a unit column; ``183※1`` with its
    footnote mark, decision 1303), as a figure."""
    if words.note is not None and (note := words.note.search(text)) is not None:
        text = text[: note.start()]
    try:
        quantity = parse_quantity(text, rules)
    except ValueParseError:
        return None
    return at, at + len(text), (quantity.value, quantity.unit, quantity.qualifier)


def _unit(text: str, rules: Rules) -> str | None:
    """The canonical unit a unit cell names, else None."""
    return quantity_patterns(rules).units.get(nfkc(text))


_CELL = regex.compile(r"\S+")
#: the label of a group table's group column comes first (``_column_roles``)
_GROUP = "group"
_HAS_DIGIT = regex.compile(r"[0-9０-９]")
#: a unit in brackets right after a row's name (``支援対象者数（人）``)
_UNIT_BRACKET = regex.compile(r"\s*[（(](?P<unit>[^（）()\s]{1,4})[）)]")
#: the gap between header cells whose letters are spaced out
_WIDE_GAP = regex.compile(r"\s{2,}")
#: what stands before a row's name: spaces, an opening bracket (``（うち紹介就職）``)
_ROW_LEAD = regex.compile(r"\s*[（(]?")
#: the label of a row naming no metric: no figure, no sentence, a gap after it
_UNNAMED_ROW = regex.compile(r"[^\s0-9０-９。、()（）:：]{2,15}(?=\s)")
#: a cell without a figure
_DASHES = frozenset({*_DASH.replace("\\", ""), "ー", "ｰ", "…"})


def _role_row(
    base: int, text: str, found: list, names: list[str], words: _Words, latest: int | None,
    drafts: dict[object, _Draft], rules: Rules, locate: Locate, table: _Table,
) -> bool:
    """Whether ``text`` is a row led by a role under a header of metric ``names``: a period
    row (``第1四半期``) is not read and the table goes on, a total row (``年度計``) gives the
    actuals; bars (``■■■``) are no cells, a dash a cell without a figure, a bare number takes
    its column's unit (decision 1307)."""
    lead = len(text) - len(text.lstrip())
    first = _CELL.match(text, lead)
    if first is None:
        return False
    word = label_form(first.group())
    role = words.role.match(text, lead)
    if word in words.periods:
        return True
    if word in words.totals:
        which, after = "actual", first.end()
    elif role is not None:
        which, after = _role_of(role, words, latest), role.end()
    else:
        return False
    if which == "previous":
        return True
    clean = text
    if words.bars and any(ch in text for ch in words.bars):
        clean = text.translate({ord(ch): " " for ch in words.bars})
    cells = list(_CELL.finditer(clean, after))
    if len(cells) != len(names):
        return False
    at = {start: (start, end, parts) for start, end, parts in found}
    figures: list[tuple[int, tuple]] = []
    for i, cell in enumerate(cells):
        if cell.group() in _DASHES:
            continue
        figure = at.get(cell.start()) or _bare(cell.group(), cell.start(), words, rules)
        if figure is None:
            return False
        figures.append((i, figure))
    for i, (start, end, parts) in figures:
        value, unit, qualifier = parts
        label = label_form(names[i])
        if unit is not None and which != "achievement_rate":
            table.column_units[i] = unit
        elif unit is None and which != "achievement_rate":
            unit = table.column_units.get(i) or _caption_unit(table.units, label)
            if unit is None and not label.endswith("率"):  # the count columns' one unit
                counts = {u for u in table.column_units.values() if u not in _PERCENT}
                unit = next(iter(counts)) if len(counts) == 1 else None
        draft = _draft(drafts, label, base + lead, base + end, rules)
        _assign(draft, which, base + start, base + end, (value, unit, qualifier), rules, locate)
    return True


def unread_others(
    texts: Sequence[str], spans: Sequence[Span], metrics: Sequence[Metric],
    read: Sequence[Metric],
) -> tuple[list[str], list[Span]]:
    """The other results (``texts`` at ``spans``) that state none of the ``metrics`` added to
    the ``read`` ones: a line read by shape is a metric, no other result."""
    added = [
        span
        for m in metrics
        if not any(m is r for r in read)
        for span in (
            m.target.span if m.target is not None else None,
            m.actual.span if m.actual is not None else None,
            m.achievement_span,  # a rate line under its metric (decision 1443)
        )
        if span is not None
    ]
    keep = [
        i for i, span in enumerate(spans)
        if not any(a.start < span.end and span.start < a.end for a in added)
    ]
    return [texts[i] for i in keep], [spans[i] for i in keep]


__all__ = ["fill_metrics", "unread_others"]
