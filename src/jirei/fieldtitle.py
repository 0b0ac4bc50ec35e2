"""A field line read as a case's headline (decision 2693).

A notice, a web page or a committee sheet writes the catch phrase under the facility's
heading, then lines of facts (``〔対象者〕…``, ``開設日：…``, ``主な対象者　…``,
``利用できる方：…``) right before the first section. The line over the section is then a
field line, no headline: the headline is the catch phrase above the field lines (blank lines
between), and there is none when nothing but field lines stands between it and the case's
opening line (the heading naming the facility, the case label)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from jirei.fields import read_field
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import LineInfo, ends_sentence

#: a fact's label opening a line, with a colon (NFKC: ``：`` is ``:``) or in brackets
#: (``〔対象者〕…``, ``＜支援の対象＞　…``), a marker before it: any short label, known to
#: ``rules.field_labels`` or not (``利用できる方：…``)
_LABELLED = regex.compile(
    r"^\s*[・○◇◆●■□]?\s*(?:(?P<label>[\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,10})\s*:"
    r"|[<〔\[〈《](?P<label>[\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,10})[>〕\]〉》])\s*\S"
)
#: a numbered label wholly in one pair of brackets (``【施設1】``, ``[事例2]``): a case label
_WRAPPED = regex.compile(r"[<〔\[【〈《(][^<>〔〕\[\]【】〈〉《》()\d]{0,8}\d{1,3}[>〕\]】〉》)]")
#: the markers a writer sets before a fact line
_MARKS = ("・", "○", "◇", "◆", "●", "■", "□")
#: the longest catch phrase taken above the field lines
_MAX = 60


def is_fact_line(
    text: str,
    rules: Rules = DEFAULT_RULES,
    start: int = 0,
    removed_space: Callable[[int, int], bool] | None = None,
) -> bool:
    """Whether a line (``text`` at offset ``start``) states a fact under its label
    (``対象者:…``, ``事業開始 令和…``) and is no title field (``テーマ:…`` names the case). A
    label of ``rules.fact_labels`` without a colon needs a space after it, in the text or
    removed by normalisation (``removed_space`` over offsets): ``対象者別の目標…`` is a
    headline."""

    found = read_field(Line(text, 0), rules)
    if found is not None:
        return found.kind != "title"
    if start_date_line(text, rules):  # ``平成29年2月1日事業開始``: the date, no label (3458)
        return True
    labelled = _LABELLED.match(text)
    if labelled is not None:
        return rules.field_labels.get(labelled["label"]) != "title"
    bare = text.lstrip().lstrip("".join(_MARKS)).lstrip()
    labels = _fact_labels(rules)
    label = (  # (the tuple's ``startswith`` first: most lines open with no fact label)
        next((word for word in labels if bare.startswith(word)), None)
        if bare.startswith(labels) else None
    )
    if label is None or len(bare) <= len(label):
        return False
    if bare[len(label)].isspace():
        return True
    at = start + len(text) - len(bare) + len(label)
    return removed_space is not None and removed_space(at - 1, at + 1)


#: brackets a start-date line may stand in (NFKC: ``（…）`` is ``(…)``)
_DATE_BRACKETS = "()[]〔〕<>【】"
#: what may join a date to its start word (``令和2年1月6日から事業開始``)
_DATE_JOINS = ("から", "より", "に")


def start_date_line(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a line is a start date alone, its start word after it and no label before
    it (``平成29年2月1日事業開始``, ``（令和２年１月６日開設）``, ``2019年10月1日 開所``): the
    header fact a case's opening lines state, no headline (decision 3458)."""
    from jirei.values import find_dates

    bare = text.strip().lstrip("".join(_MARKS)).strip().strip(_DATE_BRACKETS).strip()
    if not bare[:1].isalnum() or not bare.endswith(tuple(rules.start_markers)):
        return False  # (cheap: a date opens it, a start word closes it)
    date = next(iter(find_dates(bare, rules)), None)
    if date is None or date.start != 0:
        return False
    rest = bare[date.end :].strip()
    for join in _DATE_JOINS:
        if rest.startswith(join):
            rest = rest[len(join) :].strip()
            break
    return rest in rules.start_markers


@per_rules
def _fact_labels(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """``rules.fact_labels``, longest first."""
    return tuple(sorted(rules.fact_labels, key=len, reverse=True))


def title_above_facts(
    headline: int,
    infos: Sequence[LineInfo],
    rules: Rules = DEFAULT_RULES,
    removed_space: Callable[[int, int], bool] | None = None,
) -> tuple[str, int, int] | bool | None:
    """When the headline read (its line at offset ``headline`` among the lines ``infos``: the
    case's, from a few lines above it) is a fact line, the catch phrase above the fact lines
    with its offsets, else None (a fact line is no title); False when the title is no fact
    line (it stays)."""
    index = next((i for i, info in enumerate(infos) if info.line.start == headline), None)
    if index is None:
        return False
    line = infos[index].line
    if not is_fact_line(line.text.split("\n", 1)[0], rules, line.start, removed_space):
        return False
    above = index - 1
    while above >= 0 and (
        infos[above].line.blank
        or is_fact_line(infos[above].line.text, rules, infos[above].line.start, removed_space)
    ):
        above -= 1
    if above < 0:
        return _below_facts(index, infos, rules, removed_space)
    from jirei.fields import read_field

    titled = read_field(Line(infos[above].line.text, 0), rules)
    if titled is not None and titled.kind == "title":  # (``タイトル：…`` above: its own reader)
        return False
    return _catch_phrase(infos[above], rules) or _below_facts(index, infos, rules, removed_space)


def _below_facts(
    index: int,
    infos: Sequence[LineInfo],
    rules: Rules,
    removed_space: Callable[[int, int], bool] | None,
) -> tuple[str, int, int] | None:
    """The catch phrase on the line right under the fact lines from ``index`` down, when no
    catch phrase stands above them (``施設：…`` / ``対象年度：令和4年度`` / the headline / the first
    section; decision 3220), else None. A section heading or a list item is none."""
    from jirei.sections import K

    below = index + 1
    while below < len(infos) and (
        infos[below].line.blank
        or is_fact_line(infos[below].line.text, rules, infos[below].line.start, removed_space)
    ):
        below += 1
    if below >= len(infos) or infos[below].kind is not K.TEXT:
        return None
    text = infos[below].line.text
    from jirei.fields import read_field

    if read_field(Line(text, 0), rules) is not None or _LABELLED.match(text):
        return None  # (``【事例のタイトル】…``: a title field has its own reader)
    return _catch_phrase(infos[below], rules)


def is_numbered_label(text: str) -> bool:
    """Whether a line is a numbered label wholly in brackets (``【施設1】``, ``〔事例２〕``
    after NFKC): a case's label, no headline."""
    return _WRAPPED.fullmatch(text.strip()) is not None


def _catch_phrase(info: LineInfo, rules: Rules) -> tuple[str, int, int] | None:
    """The catch phrase a line holds with its offsets, else None."""
    from jirei.caselabel import label_length
    from jirei.partnerlines import partner_place

    text = info.line.text
    value = text.strip()
    if (
        not 4 <= len(value) <= _MAX
        or ends_sentence(value)
        or value[-1:] == ")"  # (``name(一体的実施施設)``: the facility's heading)
        or is_numbered_label(value)
        or label_length(value, rules)
        or partner_place(value, rules) is not None
    ):
        return None
    start = info.line.start + len(text) - len(text.lstrip())
    return value, start, start + len(value)


__all__ = ["is_fact_line", "is_numbered_label", "start_date_line", "title_above_facts"]
