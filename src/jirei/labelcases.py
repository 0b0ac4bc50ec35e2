"""Case boundaries from case labels (``事例1``, ``CASE 01``, ``第1　…の取組``, ``No.1``):
a segmentation that holds in layouts no other preamble rule knows.

Each line opening with a case label (``rules.case_labels``) starts a case that runs to the
next such line; a stretch without a section heading is no case (a table of contents).
The lines between the label and the first section heading are the case's opening block:
its headline (the first short line that is no fact) and its header lines (every other
line, read by ``jirei.facts``). The label segmentation replaces the rule segmentation
only when the labels disagree with it: fewer cases found than labelled, or as many with a
label standing outside its case's preamble, or cases the fallback segmentation guessed without
finding their header.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from jirei.caselabel import label_length
from jirei.facts import names_place
from jirei.fields import is_field_line
from jirei.labelplace import quoted_after_place
from jirei.lines import Line
from jirei.partnerlines import partner_place
from jirei.plainheader import is_place_line
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import K, LineInfo, classifier, ends_sentence, strip_hash
from jirei.tables.cells import label_form
from jirei.titles import is_form_name

#: the longest headline (characters)
_MAX_HEADLINE = 100
#: the most lines an opening block (label to first section) may hold
_MAX_OPENING = 48
#: (a tuple: an Enum's hash is a Python call)
_LABEL_KINDS = (K.HEADING, K.HEADER, K.TEXT, K.BULLET, K.TABLE)


def label_lines(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> list[int]:
    """The indexes of the lines that open with a case label."""
    if not rules.case_labels:
        return []
    found: list[int] = []
    for index, info in enumerate(infos):
        # (``label_length`` is memoised: the other readers of the line reuse the answer)
        if info.kind in _LABEL_KINDS and label_length(info.line.text.strip(), rules):
            if info.kind is K.TABLE and _labels_several(info.line, rules):
                continue  # a table's head naming the cases (decision 2622)
            found.append(index)
    return found


def _labels_several(line: Line, rules: Rules) -> bool:
    """Whether two cells or more of a table row open with a case label (``事例１　堺市`` |
    ``事例２　奈良市`` over a results table's column groups): the head of a table of every
    case, no case's own label (decision 2622)."""
    from jirei.lines import row_cells

    cells = row_cells(line)
    return sum(1 for cell in cells if label_length(cell.text.strip(), rules)) >= 2


def label_cases(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object] | None:
    """The cases the labels of ``infos`` delimit, when they disagree with ``cases`` (the
    rule segmentation); None when there are fewer than two labelled cases or ``cases``
    agree with them."""
    from jirei.segment import Case

    labels = label_lines(infos, rules)
    if len(labels) < 2:
        return None
    from jirei.partlabels import part_labels, repeated_labels, same_place_labels

    # (decisions 1501, 1508, 1509)
    parts = part_labels(infos, labels, rules) | repeated_labels(infos, labels)
    parts |= same_place_labels(infos, [i for i in labels if i not in parts])
    if parts:
        labels = [index for index in labels if index not in parts]
        if len(labels) < 2:
            return None
    stretches: list[tuple[int, int, int]] = []  # (label, body, stop) of each labelled case
    for number, first in enumerate(labels):
        stop = labels[number + 1] if number + 1 < len(labels) else len(infos)
        body = _body(infos, first, stop, rules)
        if body is not None:
            stretches.append((first, body, stop))
    if not stretches:  # no labelled case holds a section heading: cards alone (1664)
        stretches = _bodyless(infos, labels, rules)
    elif len(stretches) < len(labels):  # sheets each in their own layout (decision 1863)
        stretches = _mixed(infos, labels, stretches, rules)
    if len(stretches) < 2:
        return None
    if _agree([first for first, _, _ in stretches], cases):
        return _confirmed(cases, [first for first, _, _ in stretches])
    found: list[Case] = [_case(infos, *stretch, rules) for stretch in stretches]
    return list(found)


def _bodyless(
    infos: Sequence[LineInfo], labels: Sequence[int], rules: Rules
) -> list[tuple[int, int, int]]:
    """(label, body, stop) of the labelled stretches that are cases with no section heading
    (``jirei.bodyless``)."""
    from jirei.bodyless import card_body

    out = []
    for number, first in enumerate(labels):
        stop = labels[number + 1] if number + 1 < len(labels) else len(infos)
        body = card_body(infos, first, stop, rules)
        if body is not None:
            out.append((first, body, stop))
    return out


def _mixed(
    infos: Sequence[LineInfo],
    labels: Sequence[int],
    stretches: list[tuple[int, int, int]],
    rules: Rules,
) -> list[tuple[int, int, int]]:
    """``stretches`` with the labelled stretches holding no section heading that are cases
    of their own layout (``jirei.mixedlabels``) put in."""
    from jirei.mixedlabels import material_body

    found = {first for first, _, _ in stretches}
    out = list(stretches)
    for number, first in enumerate(labels):
        if first in found:
            continue
        stop = labels[number + 1] if number + 1 < len(labels) else len(infos)
        body = material_body(infos, first, stop, rules)
        if body is not None:
            out.append((first, body, stop))
    return sorted(out)


def _confirmed(cases: Sequence[object], labels: Sequence[int]) -> list[object] | None:
    """``cases`` with each case the fallback found and a label opens marked as found by
    its label (``origin`` ``labels``: no guess, decision 1121); None when there is none."""
    if len(cases) != len(labels) or not any(case.origin == "fallback" for case in cases):  # type: ignore[attr-defined]
        return None
    return [
        attrs.evolve(case, origin="labels") if case.origin == "fallback" else case  # type: ignore[attr-defined]
        for case in cases
    ]


def _agree(found: Sequence[int], cases: Sequence[object]) -> bool:
    """Whether the rule cases stand with the labelled ones: more cases, or as many with
    each label in the preamble of its case (from its first line to its body)."""
    if any(case.origin == "fallback" and not case.header for case in cases):  # type: ignore[attr-defined]
        return False  # the fallback guessed cases without a header where labels say
    if len(cases) != len(found):
        return len(cases) > len(found)
    for label, case in zip(found, cases, strict=True):
        first, body = case.first, case.body  # type: ignore[attr-defined]
        if not first <= label < max(body, first + 1):
            return False
    return True


def _body(infos: Sequence[LineInfo], first: int, stop: int, rules: Rules) -> int | None:
    """Where a labelled case's body starts: its first section heading, or a stand-alone
    bracket heading of no known section (``【ここがポイント】``) before it; None when the
    stretch holds no section heading at all (a table of contents)."""
    bracket = classifier(rules).bracket_heading
    for index in range(first + 1, min(stop, first + _MAX_OPENING)):
        info = infos[index]
        if info.kind is K.SECTION:
            return index
        if info.kind is K.COMMENT:  # comments before the sections (decision 2235)
            if any(infos[i].kind is K.SECTION for i in range(index + 1, stop)):
                return index
            return None
        if (
            info.kind is K.HEADING
            and bracket.match(info.line.stripped)
            and not _slide_marker(info.line.stripped, rules)  # ``【スライド1】`` (1862)
        ):
            if any(infos[i].kind is K.SECTION for i in range(index + 1, stop)):
                return index
            return None
    return None


def _slide_marker(text: str, rules: Rules) -> bool:
    """Whether a line is a slide's number alone (``【スライド1】``, ``rules.slide_markers``)."""
    from jirei.slidedeck import is_slide_marker

    return is_slide_marker(text, rules)


def _case(infos: Sequence[LineInfo], first: int, body: int, stop: int, rules: Rules) -> object:
    from jirei.segment import Case

    opening = [i for i in range(first + 1, body) if infos[i].kind is not K.BLANK]
    headline: int | None = None
    opening_text = infos[first].line.stripped
    label_rest = strip_hash(opening_text[label_length(opening_text, rules) :])
    for index in opening:
        info = infos[index]
        text = strip_hash(info.text)
        marked = info.kind is K.BULLET and bool(rules.headline_marks) and text.startswith(
            rules.headline_marks
        )  # ``◆headline``
        bare = text[1:].strip() if marked else text  # (``■ 北海道旭川市``: a fact, 2387)
        if (
            (info.kind in (K.TEXT, K.HEADING) or marked)
            and 0 < len(text) <= _MAX_HEADLINE
            and not ends_sentence(text)
            and not is_field_line(info.line, rules)
            and not _fact_like(bare, rules)
            and not _no_headline(text, rules)
            and not is_place_line(bare)  # ``岐阜県岐阜市`` over the headline (decision 1662)
        ):
            headline = index
            break
    plain = bool(
        label_rest
        and not _fact_like(label_rest, rules)
        and (
            not names_place(label_rest)
            or _placed_below(label_rest, opening, infos, rules)
            or _building_first(label_rest, rules)
        )
        and not _short_place(label_rest)
    )  # ``事例1　headline``: the rest of the label line is the headline
    quoted = bool(
        not plain and headline is None and label_rest and quoted_after_place(label_rest, rules)
    )  # a place with its headline in quotes after it, no headline line under it
    # (``１．静岡県浜松市　～headline～``; ``港北区「name」`` over its headline: 2642, 3133)
    if plain or quoted:
        headline = first
    more = _wrapped_more(infos, headline, opening, rules) if headline != first else ()
    header = [i for i in opening if i != headline and i not in more]
    if label_rest and (
        headline != first
        or (
            plain
            and not _building_first(label_rest, rules)
            and _place_in_headline(label_rest, header, infos, rules)
        )
    ):
        # a headline opening with the place names it (3126), unless a building follows the
        # place (``伏見区役所の…``): the lines below give the place then (1986, 3137)
        header.insert(0, first)
    return Case(
        first, stop, tuple(header), headline, (), body, origin="labels", headline_more=more
    )


#: a headline line broken off mid-phrase: it ends in a comma or a particle (``…出張相談で、``,
#: ``…の相談と``, ``…世帯を``), not in a verb or noun that may close it (``…を早める``)
_BROKEN_OFF = regex.compile(r"(?:[、,]|[をにでとがはのへも])$")
#: a line that is a headline's subtitle or a marked line, no wrapped tail (``～…～``, ``「…」``)
_OWN_LINE = regex.compile(r"^(?:[~〜―—\-(\[【<《〈■□◆◇●○◎・▶▷※*]|「[^」]*」$|『[^』]*』$)")


def _wrapped_more(
    infos: Sequence[LineInfo], headline: int | None, opening: Sequence[int], rules: Rules
) -> tuple[int, ...]:
    """The line right under a labelled case's headline when it goes on with it: the
    headline breaks off mid-phrase (``「支所窓口」まで広げた出張相談で、`` / ``市内全域をカバー``,
    a slide's title box wrapped by the export) and the next line, no blank between, is a
    short phrase — no sentence, field, fact, place, label nor name with its kind — that
    ends the headline's block (a blank line or a section heading after it; decision 3164);
    else ()."""
    if headline is None or headline + 1 not in opening:
        return ()
    first, info = strip_hash(infos[headline].text), infos[headline + 1]
    text = strip_hash(info.text)
    if (
        _BROKEN_OFF.search(first) is None
        or _OWN_LINE.match(text) is not None
        or info.kind not in (K.TEXT, K.HEADING)
        or not 0 < len(text) <= _MAX_HEADLINE
        or ends_sentence(text)
        or is_field_line(info.line, rules)
        or _fact_like(text, rules)
        or is_place_line(text)
        or label_length(text, rules)
        or _no_headline(text, rules)
        or text.replace(" ", "") in rules.field_labels  # ``実施自治体`` over its value
    ):
        return ()
    after = headline + 2  # the tail ends the headline's block: a blank or a section next
    if after < len(infos) and infos[after].kind not in (K.BLANK, K.SECTION):
        return ()
    return (headline + 1,)


#: a field label before a line's value (``所在地　…``, ``場所：…``)
_FIELD_LEAD = regex.compile(r"^[^\s:()]{1,6}(?:\s+|:\s*)")
#: what may join a place to a topic word after it (``新潟市における取組``)
_PLACE_JOINS = ("における", "に於ける", "での", "の")
#: the longest rest after a place that is still the place's topic, no headline
_MAX_TOPIC = 6


def place_phrase(label_rest: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether the rest of a label's line opens with a place name that is part of a longer
    phrase (``伏見区役所の中の…``), not the place alone, with its offices or facility, or with
    a topic word (``新潟市における取組``: ``rules.place_topics``; decision 3126)."""
    from jirei.facts import _place_of

    if is_place_line(label_rest) or partner_place(label_rest, rules) is not None:
        return False
    place = _place_of(label_rest)
    if place is None:
        return False
    named = "".join(part for part in place if part)
    rest = label_rest.strip()[len(named) :]
    if not rest or rest[0] in " \u3000(【[「":
        return False  # (the place, then its facility or bracket: a header line)
    rest = next((rest[len(j) :] for j in _PLACE_JOINS if rest.startswith(j)), rest)
    return len(rest) > _MAX_TOPIC and not rest.endswith(rules.place_topics or ("\0",))


def _placed_below(
    label_rest: str, opening: Sequence[int], infos: Sequence[LineInfo], rules: Rules
) -> bool:
    """Whether the label's rest opening with a place name is a headline all the same
    (``Case 2　伏見区役所の中の…`` over ``所在地　京都府京都市伏見区（…）`` or over
    ``京都府京都市（京都労働局・ハローワーク伏見）``; decision 3126): a line of the opening block
    names the case's place itself, and the rest goes on past the place with more than a
    topic (``新潟市における取組``, ``札幌市の事例`` stay place headings) — the place name is
    part of a longer phrase (``伏見区役所…``)."""
    if not place_phrase(label_rest, rules):
        return False
    for index in opening:
        text = strip_hash(infos[index].text)
        if partner_place(text, rules) is not None:
            return True
        lead = _FIELD_LEAD.match(text)
        if lead is not None and _fact_like(text, rules) and names_place(text[lead.end() :]):
            return True
    return False


def _place_in_headline(
    label_rest: str, header: Sequence[int], infos: Sequence[LineInfo], rules: Rules
) -> bool:
    """Whether a headline on the label's line opening with a place (``伏見区役所の…``) gives
    the case its place: no partner line below names it (an address line under an aside
    label, ``所在地　…``, gives only the city; decision 3126)."""
    return names_place(label_rest) and not any(
        partner_place(text := strip_hash(infos[i].text), rules) is not None
        and not _labelled(text, rules)
        for i in header
    )


def _labelled(text: str, rules: Rules) -> bool:
    """Whether a line opens with a field label (``所在地　…``, ``場所：…``; normalisation may
    have removed the space between label and place: ``所在地京都府…``)."""
    lead = _FIELD_LEAD.match(text)
    if lead is not None and lead.group().rstrip(" :\u3000") in rules.field_labels:
        return True
    return any(
        text.startswith(label) and names_place(text[len(label) :])
        for label in rules.field_labels
        if len(label) >= 2
    )


#: a box's caption: a short text wholly in brackets or between two of one mark (``＜ＤＡＴＡ＞``,
#: ``□データ□``, ``◇現場の声◇``)
_CAPTION = regex.compile(
    r"^(?:[<〈《【\[〔][^<>〈〉《》【】\[\]〔〕]{1,20}[>〉》】\]〕]|([□■◇◆○●☆★])[^□■◇◆○●☆★]{1,20}\1)$"
)
#: the shortest field label recognised before a value with no separator left
_MIN_LABEL = 3
#: the longest line looked up as a bare field label
_MAX_BARE_LABEL = 20


def _building_first(text: str, rules: Rules) -> bool:
    """Whether a label's rest opens with a place that a building or adjective word follows
    (``伏見区役所の中の“しごとの入口”``, ``市役所``-like: ``harvest_table.place_tails``;
    decision 3137): a headline naming a building, no place."""
    from jirei.places import municipality_in, split_prefecture

    _prefecture, rest = split_prefecture(text.strip())
    name = municipality_in(rest) if rest else None
    if not name or not rest.startswith(name):
        return False
    return rest.startswith(tuple(rules.harvest_table.get("place_tails", ())), len(name))


def _short_place(text: str) -> bool:
    """Whether a label's rest is a municipality's short name (``事例１　豊橋``: ``豊橋市``;
    decision 2237): a place, no headline."""
    from jirei.places import prefectures_of

    text = text.strip()
    if not 0 < len(text) <= 5 or text[-1] in "市区町村":
        return False
    return any(prefectures_of(text + tail) for tail in "市町村")


def _no_headline(text: str, rules: Rules) -> bool:
    """Whether a line of a labelled case's opening block is no headline although short and
    no sentence: a box's caption, a field label alone (its value on the line under it,
    decision 3138), or a field line whose separator normalisation removed
    (``調査事項生活保護…``: an aside field label of three characters or more opening it;
    decision 1124)."""
    if _CAPTION.match(text) or is_form_name(text, rules):  # 様式２　… (1869, 1906)
        return True
    if len(text) <= _MAX_BARE_LABEL and label_form(text) in rules.field_labels:
        return True  # ``施設名称`` alone over its value: a key of a flattened table (3138)
    return text.startswith(_aside_labels(rules))


@per_rules
def _aside_labels(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The aside field labels (``rules.field_labels``) of three characters or more."""
    return tuple(
        label
        for label, kind in rules.field_labels.items()
        if kind == "aside" and len(label) >= _MIN_LABEL
    )


def _fact_like(text: str, rules: Rules) -> bool:
    """Whether a line states header facts rather than a headline: cells separated by
    bars or tabs, or a place / office / date by its shape alone on the line."""
    from jirei.facts import is_fact_line

    return is_fact_line(text, rules)


__all__ = ["label_cases", "label_lines", "place_phrase", "trim_tail"]


def trim_tail(
    infos: Sequence[LineInfo],
    cases: Sequence[object],
    lines: Sequence[Line],
    is_rule: Callable[[str], bool],
) -> list[object]:
    """``cases`` with the last one (found by its label or structure) ending at the last
    rule line (``rules.furniture_lines``: ``━━━━``) after its last heading, when only plain
    text follows that rule: a closing line of the document belongs to no case."""
    out = list(cases)
    if not out:
        return out
    last = out[-1]
    if last.origin not in ("labels", "structure"):  # type: ignore[attr-defined]
        return out
    heads = [
        i
        for i in range(last.body, last.stop)  # type: ignore[attr-defined]
        if infos[i].kind in (K.SECTION, K.COMMENT)
    ]
    if not heads:
        return out
    after = infos[heads[-1]].line.start
    rules = [line.start for line in lines if line.start > after and is_rule(line.text)]
    if not rules:
        return out
    cut = next(
        (i for i in range(heads[-1], last.stop) if infos[i].line.start > rules[-1]),  # type: ignore[attr-defined]
        None,
    )
    if cut is None or cut <= heads[-1] + 1:
        return out
    tail = infos[cut : last.stop]  # type: ignore[attr-defined]
    if any(info.kind not in (K.TEXT, K.BLANK) for info in tail):
        return out
    out[-1] = attrs.evolve(last, stop=cut)
    return out
