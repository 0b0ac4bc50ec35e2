"""Results lines whose figures follow in-cell words and a colon (``corpus/README.md``
decision 90)::

    ◇支援対象者数　目標：１２０人　実績：１３１人（達成率：１０９．２％）
    ◇就職率　実績：６０．２％

Each such line is one metric: the label is the text before the first word, the figures
are read after ``目標:`` / ``実績:`` (``rules.columns`` target / actual words) and an
optional bracketed ``達成率:`` (achievement-rate words). Without ``目標:`` the target is
null. A leading bullet (``rules.bullets``) is no part of the label. Offsets are into the
normalised text.

The colon may instead follow the label, the words then running into their figures, the
target parted from the actual by an arrow (``rules.result_arrows``; decision 600)::

    ・支援対象者数：目標120人以上 → 実績138人（達成率115.0％）
    ・就職率：61.6％

Without any word the label must name a metric (``rules.metrics``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from jirei.items import is_footnote
from jirei.linegroups import group_heading
from jirei.lines import Cell, Line, Locate
from jirei.model import Metric, Quantity
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.tables.arrows import ArrowResults
from jirei.tables.cells import label_form, read_cell
from jirei.tables.topiclabel import topic_cut

#: what parts two role pieces of one results line besides an arrow (NFKC ``／`` is ``/``)
_PIECE_SEPARATORS = r"[/、,]"
#: the same after a label and a colon: a comma only when no three digits follow it
_LINE_SEPARATORS = r"(?:[/、]|,(?!\d{3}))"


def _words(rules: Rules, role: str) -> str:
    words = sorted((w for w, r in rules.columns.items() if r == role), key=len, reverse=True)
    return "|".join(regex.escape(w) for w in words) or "(?!)"


@per_rules
def _actual_word(rules: Rules) -> regex.Pattern[str]:
    """Any actual word (``実績``): a line of no such word matches neither worded form."""
    return regex.compile(_words(rules, "actual"))


@per_rules
def _pattern(rules: Rules) -> regex.Pattern[str]:
    """A whole results line of colon in-cell words."""
    bullets = "|".join(regex.escape(b) for b in rules.bullets) or "(?!)"
    target, actual = _words(rules, "target"), _words(rules, "actual")
    rate = _words(rules, "achievement_rate")
    return regex.compile(
        rf"^\s*(?:(?:{bullets})\s*)?(?P<label>[^:\s]+?)\s*"
        rf"(?:(?:{target})\s*:\s*(?P<target>[^:\s]+?)\s*)?"
        rf"(?:{actual})\s*:\s*(?P<actual>[^:\s()]+?)\s*"
        rf"(?:\(\s*(?:{rate})\s*:\s*(?P<rate>[^:\s()]+?)\s*\))?\s*$"
    )


@per_rules
def _label_colon(rules: Rules) -> regex.Pattern[str]:
    """A whole results line of a label, a colon, then words running into their figures."""
    bullets = "|".join(regex.escape(b) for b in rules.bullets) or "(?!)"
    arrows = "|".join(regex.escape(a) for a in rules.result_arrows) or "(?!)"
    target, actual = _words(rules, "target"), _words(rules, "actual")
    rate = _words(rules, "achievement_rate")
    # the role pieces may be parted by ``、`` / ``／`` / a comma (``目標 100人、実績 118人、
    # 達成率 118.0%``, decision 1111); a comma inside a figure (``1,200人``) parts nothing
    sep = _LINE_SEPARATORS
    return regex.compile(
        rf"^\s*(?:(?:{bullets})\s*)?(?P<label>[^:\s]+?)\s*:\s*"
        rf"(?:(?P<tword>{target})\s*(?P<target>(?:(?!{arrows}|{sep})[^:\s()])+?)"
        rf"(?:\s*(?:{arrows}|{sep})\s*|\s+|(?=(?:{actual})))"
        rf")?(?P<aword>{actual})?\s*(?P<actual>(?:(?!{sep})[^:\s()])+?)\s*"
        rf"(?:\(\s*(?:{rate})\s*:?\s*(?P<rate>[^:\s()]+?)\s*\)"
        rf"|{sep}\s*(?:{rate})\s*:?\s*(?P<rate>(?:(?!{sep})[^:\s()])+?))?\s*$"
    )


@per_rules
def _label_words(rules: Rules) -> regex.Pattern[str]:
    """A whole results line of a label (maybe bold, ``**label**``) running straight into
    its in-cell words and figures, no colon (decision 704)."""
    bullets = "|".join(regex.escape(b) for b in rules.bullets) or "(?!)"
    arrows = "|".join(regex.escape(a) for a in rules.result_arrows) or "(?!)"
    target, actual = _words(rules, "target"), _words(rules, "actual")
    rate = _words(rules, "achievement_rate")
    # role pieces may also be parted by a slash or a comma (``目標X ／ 実績Y ／ 達成率r``,
    # decision 951), the rate then standing after its separator instead of in brackets
    sep = _PIECE_SEPARATORS
    return regex.compile(
        rf"^\s*(?:(?:{bullets})\s*)?"
        # a label wrapped whole in brackets (``(うち紹介就職)``) is the label inside them
        rf"(?:\((?P<label>[^:\s*()]+?)\)|(?:\*\*)?(?P<label>[^:\s*()]+?)(?:\*\*)?)\s*"
        rf"(?:(?P<tword>{target})\s*(?P<target>(?:(?!{arrows}|{actual}|{sep})[^:\s()])+?)"
        rf"(?:\s*(?:{arrows}|{sep})\s*|\s*)"
        rf")?(?P<aword>{actual})\s*(?P<actual>(?:(?!{sep})[^:\s()])+?)\s*"
        rf"(?:\(\s*(?:{rate})\s*:?\s*(?P<rate>[^:\s()]+?)\s*\)"
        # or straight after the actual (``実績 86人達成率 107.5%``, the space removed; 1113)
        rf"|(?:{sep}|\s*)\s*(?:{rate})\s*:?\s*(?P<rate>(?:(?!{sep})[^:\s()])+?))?\s*$"
    )


def read_colon_words(
    lines: Sequence[Line], *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> ArrowResults | None:
    """The metrics of the colon in-cell lines among ``lines`` and the other lines; None
    when no line is one."""
    metrics: list[Metric] = []
    rest: list[Line] = []
    for line in lines:
        read = read_colon_metrics(line, rules=rules, locate=locate)
        if read is None:
            rest.append(line)
        else:
            metrics.extend(read)
    return ArrowResults(metrics, rest) if metrics else None


def read_word_lines(
    lines: Sequence[Line], *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> ArrowResults | None:
    """The metrics of ``lines`` when every non-blank one is an in-cell word line (one
    metric per line, decisions 90, 704: no table to read them as), else None; footnotes
    (``※…``) among them are no obstacle: they stay in the rest (decision 1008)."""

    metrics: list[Metric] = []
    rest: list[Line] = []
    loose = 0  # lines read by the form of the lines around them (decision 2540)
    for number, line in enumerate(lines):  # (the first line of no such metric decides)
        read = read_colon_metrics(line, rules=rules, locate=locate)
        if read is None and not line.blank:
            read = unnamed_colon_line(line, rules, locate)
            loose += read is not None
        if read is not None:
            metrics.extend(read)
        elif line.blank or is_footnote(line, rules) or group_heading(line, rules):
            rest.append(line)  # a group heading names the lines under it (2706)
        elif metrics and rest and rest[-1].blank and number and lines[number - 1].blank:
            # a block of word lines closed by a blank line: what follows is the rest of the
            # section (a data box's results over the people heard; decision 1834)
            rest.extend(lines[number:])
            break
        else:
            return None
    if loose and len(metrics) - loose < 2:  # a line of an unnamed label needs named ones
        return None
    return ArrowResults(metrics, rest) if metrics else None


#: the longest label of a line read by the form of the lines around it
_UNNAMED_LABEL = 15


def unnamed_colon_line(line: Line, rules: Rules, locate: Locate) -> list[Metric] | None:
    """A ``label：figure`` line whose label names no metric (``・セミナー参加者数：96人``), read
    as a metric in a list of such lines whose others name metrics (decision 2540); else
    None."""
    if ":" not in line.text or "。" in line.text:
        return None
    match = _label_colon(rules).match(line.text)
    if match is None:
        return None
    label = label_form(match.group("label"))
    if not label or len(label) > _UNNAMED_LABEL or "、" in label:
        return None
    metric = read_colon_line(line, rules=rules, locate=locate, unnamed=True)
    return None if metric is None else [metric]


def read_colon_metrics(
    line: Line, *, rules: Rules = DEFAULT_RULES, locate: Locate
) -> list[Metric] | None:
    """``read_colon_line``, or the line read without a closing note (a comparison with the
    previous year, a fraction; ``jirei.tables.bracketnotes``, decision 2140) and the metrics
    the note names; None when neither reads."""
    metric = read_colon_line(line, rules=rules, locate=locate)
    if metric is not None:
        return [metric]
    if ")" not in line.text:
        return None
    from jirei.tables.bracketnotes import split_note

    split = split_note(line, rules, locate)
    if split is None:
        return None
    metric = read_colon_line(split[0], rules=rules, locate=locate)
    return None if metric is None else [metric, *split[1]]


def read_colon_line(
    line: Line, *, rules: Rules = DEFAULT_RULES, locate: Locate, unnamed: bool = False
) -> Metric | None:
    """The metric of one colon in-cell line, else None; ``unnamed``: a label-colon line
    without words may name no metric."""
    # exact precheck: ``_label_words`` and ``_pattern`` need an actual word in the line
    worded = _actual_word(rules).search(line.text) is not None
    if ":" not in line.text:
        match = _label_words(rules).match(line.text) if worded else None
    elif unnamed:
        match = _label_colon(rules).match(line.text)
    else:
        match = (_pattern(rules).match(line.text) if worded else None) or _label_colon_match(
            line.text, rules
        )
    if match is None:
        return None
    actual = _quantity(line, match, "actual", rules, locate)
    pending = actual is None and _pending(match.group("actual"), rules)
    if actual is None and not pending:
        return None
    target = None
    if match.group("target") is not None:
        target = _quantity(line, match, "target", rules, locate)
        if target is None:
            return None
    if pending and target is None:
        return None  # (``実績 集計中`` alone states no figure: decision 2837)
    rate: Decimal | None = None
    rate_span = None
    if match.group("rate") is not None:
        found = _quantity(line, match, "rate", rules, locate)
        if found is None or found.unit != "%":
            return None
        rate, rate_span = Decimal(str(found.value)), found.span
    raw = match.group("label")
    cut = topic_cut(raw, rules)  # ``支援対象者数は、目標…``: no particle in the label (2050)
    label = label_form(raw[:cut].strip("*"))
    return Metric(
        label=label,
        key=rules.metrics.get(label),
        target=target,
        actual=actual,
        achievement_rate=rate,
        span=locate(line.start + match.start("label"), line.start + match.start("label") + cut),
        achievement_span=rate_span,
    )


def _pending(text: str, rules: Rules) -> bool:
    """Whether ``text`` says the figure is not counted yet (``集計中``: ``figures.toml
    [pending] words``), brackets around it aside."""
    words = rules.figures_table.get("pending", {}).get("words", ())
    return text.strip().strip("()（）[]【】「」") in words


def _label_colon_match(text: str, rules: Rules) -> regex.Match[str] | None:
    """The label-colon form of ``text`` (decision 600); a line without words must name a
    metric by its label."""
    match = _label_colon(rules).match(text)
    if match is None or match.group("tword") or match.group("aword"):
        return match
    return match if label_form(match.group("label")) in rules.metrics else None


def _quantity(
    line: Line, match: regex.Match[str], group: str, rules: Rules, locate: Locate
) -> Quantity | None:
    """The one figure of a group of ``match``, else None."""
    start, end = line.start + match.start(group), line.start + match.end(group)
    figures = read_cell(Cell(match.group(group), start, end), rules=rules, locate=locate)
    if len(figures.figures) != 1 or figures.loose_rates:
        return None
    figure = figures.figures[0]
    if figure.name is not None or figure.rate is not None or figure.extras:
        return None
    return figure.quantity


__all__ = ["read_colon_line", "read_colon_metrics", "read_colon_words", "read_word_lines"]
