"""Facilities written as numbered sub-entries of something bigger (decisions 1984–1987):
a city's 決算 成果説明書 or a prefecture's 事業評価 whose entries are programmes, one of
which lists its facilities under it::

    事業番号　３－２－０５                    ← the programme (no case)
    事業概要 …
    （１）おかやま就労支援プラザ（一体的実施施設）   ← a case
    　　連携先：岡山労働局・ハローワーク岡山
    　　…
    （２）西大寺しごと相談窓口（常設窓口）          ← a case
    　　…
    事業全体の成果指標                          ← the programme again: ends the last case

Two or more lines that are a sub-entry marker (``（１）``, ``(2)``, ``①``, ``1)``, ``ア``;
numbers counting up) and a facility's ``name（kind）`` alone (a kind of ``facility_types`` or
a kind suffix) each open a case, when every such block states a figure with its unit or
opens with a section heading of a case's body (``【主な取組】`` right under the heading: a council
paper's notes per facility, decision 2921); so do a marker and a name alone
(``１）やつしろ就労サポートセンター``, decision 1996) when field lines stating two header facts
or more (``施設の種類：…``, ``連携先：…``, ``開設：…``) follow within three lines — the name is then
the facility's. They replace the cases found when the rules found at most one, the fallback
guessed some, or each rule case opened on a sub-entry's own field lines (a few lines under
its heading). A case runs to the next one; the last one ends at a rule line (``━━━``), at
the first line written at the margin after a body that is indented, or at a line naming the
whole programme (``[sub_entries] ends`` of ``header.toml``: ``事業全体``, ``全体の成果``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import regex

from jirei.header import HeaderFields
from jirei.lines import Line
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

_FIGURE = regex.compile(r"[0-9０-９][0-9,.]*\s*(?:人|件|名|%|％|パーセント|回)")
#: a sub-entry marker and what follows it
_MARKER = regex.compile(
    r"^[\s\u3000]*(?:[(（](?P<n>[0-9０-９]{1,2})[)）]|(?P<c>[①-⑳])|(?P<n>[0-9０-９]{1,2})[)）]"
    r"|(?P<k>[アイウエオカキクケコ])[\s\u3000.．、]"
    r"|【(?:施設|事例)?(?P<n>[0-9０-９]{1,2})】)[\s\u3000]*(?P<rest>\S.*)$"
)
#: a marker glued to the name once normalisation took the space out (``①`` → ``1``,
#: ``ア　name`` → ``アname``): only before a ``name（kind）``, counting up
_GLUED = regex.compile(
    r"^[\s\u3000]*(?:(?P<n>[0-9]{1,2})(?=[^\d\s年月日号階.,%])"
    r"|(?P<k>[アイウエオカキクケコ])(?=[^\sァィゥェォャュョッー]))(?P<rest>\S.*)$"
)
#: the characters a sub-entry marker opens with (a cheap test before the patterns)
_OPENERS = frozenset("(（【①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳0123456789０１２３４５６７８９アイウエオカキクケコ")
#: a newline and a line opening with one of them after its spaces (the stdlib engine
#: finds these in the joined lines ~1.7 times faster)
_OPENING = re.compile("\n[ \u3000]*[" + re.escape("".join(sorted(_OPENERS))) + "]")
_RULE = regex.compile(r"^[\s\u3000]*[━─―－=＝*＊_~〜]{6,}[\s\u3000]*$")
_KANA = "アイウエオカキクケコ"
_HEAD_LINE = 48
#: a short label and a colon opening a line (``連携先：…``, ``開　設：…``)
_COLON_FIELD = regex.compile(
    r"^[\s\u3000]*[^\s\u3000:：。、]{1,4}(?:[\s\u3000]?[^\s\u3000:：。、]){0,3}"
    r"[\s\u3000]*[:：]\s*\S"
)
#: how far under a sub-entry heading a misplaced rule case may open
_REACH = 8


def _number(match: regex.Match[str]) -> int:
    import unicodedata

    if match.groupdict().get("c"):
        return ord(match.group("c")) - ord("①") + 1
    if match.group("k"):
        return _KANA.index(match.group("k")) + 1
    return int(unicodedata.normalize("NFKC", match.group("n")))


def _opening_lines(infos: Sequence[LineInfo]) -> list[int]:
    """The lines opening, after their spaces, with a character a sub-entry marker opens
    with (``_OPENERS``), in order: found newline to newline in the lines' texts joined (a
    tenth of a document's lines or so; testing each line in Python cost more)."""
    texts = [info.text for info in infos]
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a line holding a newline: ask each line
        return [i for i, text in enumerate(texts) if text.lstrip(" \u3000")[:1] in _OPENERS]
    out: list[int] = []
    index = counted = 0
    for match in _OPENING.finditer("\n" + joined):
        at = match.start()  # where the line starts in ``joined``
        index += joined.count("\n", counted, at)
        counted = at
        out.append(index)
    return out


def _heads(infos: Sequence[LineInfo], candidates: Sequence[int], rules: Rules) -> list[int]:
    """The sub-entry heading lines among ``candidates`` (``_opening_lines``), numbered 1,
    2, … in order."""
    from jirei.header import header_patterns

    kind = header_patterns(rules).kind
    out: list[int] = []
    expected = 1
    for index in candidates:
        text = infos[index].text
        if not text or len(text) > _HEAD_LINE + 8 or ("(" not in text and "（" not in text):
            continue
        match = _MARKER.match(text) or _GLUED.match(text)
        if match is None:
            continue
        rest = match.group("rest").strip()
        if "。" in rest or len(rest) > _HEAD_LINE:
            continue
        import unicodedata

        normal = unicodedata.normalize("NFKC", rest)
        found = kind.search(normal)
        if found is None or found.start() == 0 or found.end() != len(normal):
            continue
        number = _number(match)
        if number == expected:
            out.append(index)
            expected += 1
        elif number == 1 and len(out) < 2:  # a list that started again: the later one
            out, expected = [index], 2
    return out


#: the header facts a sub-entry's field lines state (``rules.field_labels`` kinds)
_FACT_KINDS = frozenset(("facility_type", "offices", "start_date", "place"))
#: how many lines under a heading its field lines may start
_FACT_REACH = 3


def _named_heads(
    infos: Sequence[LineInfo], candidates: Sequence[int], stop: int, rules: Rules
) -> list[int]:
    """Sub-entry headings without a bracketed kind: a marker and a short name alone
    (``１）やつしろ就労サポートセンター``), numbered 1, 2, … in order, each followed within
    three lines by field lines stating two header facts or more (``施設の種類：…``,
    ``連携先：…``, ``開設：…``) before the next heading."""
    import unicodedata

    from jirei.fields import read_field

    marked: list[tuple[int, int]] = []
    for index in candidates:
        text = infos[index].text
        if not text or len(text) > _HEAD_LINE:
            continue
        match = _MARKER.match(text)
        if match is None:
            continue
        rest = unicodedata.normalize("NFKC", match.group("rest")).strip()
        if not _plain_name(rest, rules):
            continue
        marked.append((index, _number(match)))
    numbers = [number for _, number in marked]
    if 1 not in numbers or 2 not in numbers[numbers.index(1) + 1 :]:
        return []  # no heading 1 and a later heading 2: fewer than two read
    out: list[int] = []
    for n, (index, number) in enumerate(marked):
        if number != len(out) + 1:
            continue
        end = marked[n + 1][0] if n + 1 < len(marked) else min(stop, index + 16)
        kinds: set[str] = set()
        first_fact = None
        for at in range(index + 1, end):
            text = infos[at].text.strip()
            if not text:
                continue
            found = read_field(Line(text, infos[at].line.start), rules)
            if found is not None and found.kind in _FACT_KINDS:
                kinds.add(found.kind)
                first_fact = at if first_fact is None else first_fact
        if len(kinds) >= 2 and first_fact is not None and first_fact - index <= _FACT_REACH:
            out.append(index)
    return out if len(out) >= 2 else []


def place_heads(infos: Sequence[LineInfo], rules: Rules = DEFAULT_RULES) -> list[int]:
    """Note headings keyed by their city (decision 2985): a line naming a municipality alone
    in a bracket of ``rules.place_brackets`` (``【前橋市】``, ``〔群馬県前橋市〕``) or before a
    colon (``前橋市：``, what normalisation makes of ``【前橋市】catch phrase``), maybe a mark
    before it (``rules.chapter_marks``) and a catch phrase after it, whose next line written
    is an item or a section heading (``○ …``, ``＜特記事項＞``); two or more naming
    different places, else none. A facility's name that a table row above writes in a cell
    (``まえばし就労サポート（一体的実施施設）`` in the comparison table) keys a note heading as
    a city does (``【まえばし就労サポート】``: decision 3082)."""
    out: list[int] = []
    places: set[str] = set()
    last = len(infos)
    marks = tuple(rules.chapter_marks)
    listed: set[str] = set()  # the names the table rows above write in a cell
    for index, info in enumerate(infos):
        if info.kind is K.TABLE:
            listed.update(_listed_names(info))
            continue
        if len(info.text) > _HEAD_LINE + 16 or not (
            info.kind in _PLACE_HEAD_KINDS
            or (info.kind is K.BULLET and info.text.lstrip(" \u3000").startswith(marks))
        ):  # (``■前橋市：…`` reads as an item of its own)
            continue
        after = index + 1
        while after < last and infos[after].kind is K.BLANK:
            after += 1
        if after >= last or infos[after].kind not in (K.BULLET, K.SECTION):
            continue
        found = _head_parts(info.text, rules, listed)
        if found is not None and found[0] not in places:
            out.append(index)
            places.add(found[0])
    return out if len(out) >= 2 else []


def _listed_names(info: LineInfo) -> set[str]:
    """The names a table row writes in its cells (:func:`jirei.gatheredparts.name_key`:
    no spaces, no bracketed kind after the name)."""
    from jirei.gatheredparts import name_key
    from jirei.lines import cell_texts

    return {key for text in cell_texts(info.line) if 2 <= len(key := name_key(text)) <= 30}


def head_name(text: str, rules: Rules = DEFAULT_RULES) -> tuple[int, int] | None:
    """Where a note heading's name stands in ``text`` when it is no place (a facility's
    name: ``【まえばし就労サポート】…``, decision 3082), else None."""
    found = _head_parts(text, rules, None)
    return found[2] if found is not None and not _is_place(found[0]) else None


#: the kinds a note heading keyed by its city is read as
_PLACE_HEAD_KINDS = (K.TEXT, K.HEADING, K.HEADER)


def head_phrase(text: str, rules: Rules = DEFAULT_RULES) -> tuple[int, int] | None:
    """Where the catch phrase after a note heading's city stands in ``text``
    (``【前橋市】障害者の就職支援を…`` → the phrase's ``[start, end)``, decision 2986);
    None for a heading without one or a line of another shape."""
    found = _head_parts(text, rules, None)
    return found[1] if found is not None and found[1][1] > found[1][0] else None


def _is_place(name: str) -> bool:
    """Whether a note heading's name is a municipality alone."""
    from jirei.places import prefectures_of

    return 2 <= len(name) <= 12 and name[-1] in "市区町村" and bool(prefectures_of(name))


def _head_parts(
    text: str, rules: Rules, listed: Collection[str] | None = ()
) -> tuple[str, tuple[int, int], tuple[int, int]] | None:
    """A note heading's city (or a name of ``listed``; any name when ``listed`` is None),
    where what follows it stands, and where the name stands."""
    import unicodedata

    from jirei.sections import ends_sentence

    lead = len(text) - len(text.lstrip(" \u3000" + "".join(rules.chapter_marks)))
    bare = text[lead:]
    pair = next((p for p in rules.place_brackets if len(p) == 2 and bare.startswith(p[0])), None)
    mark = text[lead - 1] if lead and text[lead - 1] in rules.chapter_marks else ""
    if pair is None and mark and mark in bare[:13]:  # ``◆前橋市◆``: the mark closes it too
        pair, bare, lead = mark + mark, mark + bare, lead - 1
    if pair is not None:
        close = bare.find(pair[1], 1)
        if close < 0:
            return None
        inner, after, at = bare[1:close], lead + close + 1, lead + 1
    else:
        colon = next((at for at, ch in enumerate(bare[:31]) if ch in ":："), -1)
        if colon < 0:
            return None
        inner, after, at = bare[:colon], lead + colon + 1, lead
    place = unicodedata.normalize("NFKC", inner).strip()
    if not _is_place(place):
        if listed is not None and "".join(place.split()) not in listed:
            return None
        if not 2 <= len(place) <= 30 or place != inner.strip():
            return None
    end = len(text.rstrip(" \u3000"))
    start = min(end, after + len(text[after:]) - len(text[after:].lstrip(" \u3000")))
    rest = text[start:end]
    if len(rest) > _HEAD_LINE or (rest and ends_sentence(rest)):
        return None
    at += len(inner) - len(inner.lstrip())
    return place, (start, end), (at, at + len(inner.strip()))


def _plain_name(rest: str, rules: Rules) -> bool:
    """Whether a heading's text after its marker is a name alone: short, no figure, no
    punctuation or bracket, no section heading."""
    from jirei.sections import heading_key

    return 2 <= len(rest) <= 30 and not any(
        ch.isdigit() or ch in "。、:：()" for ch in rest
    ) and rules.sections.get(heading_key(rest, rules)) is None


def with_heading_name(
    line: Line, header: HeaderFields, rules: Rules = DEFAULT_RULES
) -> HeaderFields:
    """``header`` with the facility name a sub-entry heading without a kind states
    (``１）やつしろ就労サポートセンター``), when it names none and the line is such a heading
    (a name alone that is no place, bureau or office)."""
    import unicodedata

    import attrs

    from jirei.header import Field

    match = _MARKER.match(line.text)
    if match is None:
        return header
    raw = match.group("rest")
    rest = unicodedata.normalize("NFKC", raw).strip()
    if len(rest) != len(raw.strip()) or not _plain_name(rest, rules):
        return header
    if "労働局" in rest or "ハローワーク" in rest or rest.endswith(("市", "区", "町", "村", "県")):
        return header
    start = line.start + match.start("rest") + (len(raw) - len(raw.lstrip()))
    fields = dict(header.fields)
    fields["facility_name"] = Field(rest, start, start + len(rest))
    return attrs.evolve(header, fields=fields)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \u3000\t"))


def _last_stop(infos: Sequence[LineInfo], head: int, stop: int, rules: Rules) -> int:
    """Where the last sub-entry opened at ``head`` ends (see the module)."""
    ends = tuple(rules.sub_entry_ends)
    margin = _indent(infos[head].line.text)
    body = [i for i in range(head + 1, stop) if infos[i].kind is not K.BLANK]
    indented = body[:6]
    deeper = bool(indented) and all(
        _indent(infos[i].line.text) > margin for i in indented
    )
    for index in body:
        raw = infos[index].line.text.lstrip("\f")
        text = raw.strip()
        if _RULE.match(raw):
            return index
        if ends and any(text.startswith(word) or f"{word}の" in text[:12] for word in ends):
            return index
        if deeper and _indent(raw) <= margin and not _table_row(text):
            return index
    return stop


def _table_row(text: str) -> bool:
    """Whether a line is a row of a tab or pipe table: a table written at the margin inside an
    indented entry is the entry's own (its results), no end of it (decision 3596)."""
    return "\t" in text or text.startswith("|")


def sub_entry_cases(
    infos: Sequence[LineInfo], cases: Sequence[object], rules: Rules = DEFAULT_RULES
) -> list[object]:
    """``cases`` read again as the numbered sub-entries of a programme (see the module)
    when the rules found at most one case or the fallback guessed them all; ``cases``
    itself otherwise."""
    from jirei.segment import Case

    stop = len(infos)
    candidates = _opening_lines(infos)
    heads = _heads(infos, candidates, rules)
    if len(heads) < 2:
        heads = _named_heads(infos, candidates, stop, rules)
    keyed = False  # note headings keyed by city, each over its items already (2985)
    if len(heads) < 2 and all(getattr(c, "origin", "") == "fallback" for c in cases):
        heads = place_heads(infos, rules)
        keyed = True
    if len(heads) < 2:
        return list(cases)
    firsts = {getattr(c, "first", -1) for c in cases}
    if all(head in firsts for head in heads) and not any(
        getattr(c, "origin", "") == "fallback" for c in cases
    ):
        return list(cases)  # the rules' cases open at the sub-entries already
    bounds = [*heads[1:], _last_stop(infos, heads[-1], stop, rules)]
    if len(cases) > 1 and not any(getattr(c, "origin", "") == "fallback" for c in cases):
        # rule cases opened on each sub-entry's own field lines (``開　設：…``, a few lines
        # under its heading): the sub-entries are the cases
        if not all(
            any(at < first <= at + _REACH and first < end for first in firsts)
            for at, end in zip(heads, bounds, strict=True)
        ):
            return list(cases)
    if not keyed and not all(
        _opens_section(infos, at, end)
        or any(
            info.kind is not K.BLANK and _FIGURE.search(info.text) is not None
            for info in infos[at + 1 : end]
        )
        for at, end in zip(heads, bounds, strict=True)
    ):
        return list(cases)
    if len(cases) == 1 and isinstance(cases[0], Case) and cases[0].origin != "fallback":
        only = cases[0]
        if not (only.first <= heads[0] and heads[-1] < only.stop):
            return list(cases)  # the rules' one case lies elsewhere: not a list of its parts
    out = []
    for at, end in zip(heads, bounds, strict=True):
        body = _body(infos, at, end, rules)
        headline, body = _catch_phrase(infos, body, end, rules)
        if keyed and headline is None and head_phrase(infos[at].text, rules):
            headline = at  # ``【前橋市】catch phrase``: the phrase is the title
        name = _name_at(infos[at].line, rules)
        if keyed and name is None and (named := head_name(infos[at].text, rules)):
            name = (infos[at].line.start + named[0], infos[at].line.start + named[1])  # (3082)
        out.append(Case(at, end, (), headline, (), body, origin="structure", name=name))
    return out


def _opens_section(infos: Sequence[LineInfo], at: int, end: int) -> bool:
    """Whether the first line written under the sub-entry heading ``at`` is a section
    heading of a case's body (``【主な取組】``): a facility's notes (decision 2921)."""
    for info in infos[at + 1 : end]:
        if info.kind is not K.BLANK:
            return info.kind is K.SECTION and info.section not in (None, "aside")
    return False


def _name_at(line: Line, rules: Rules) -> tuple[int, int] | None:
    """Where the facility's name stands on a sub-entry heading ``marker name（kind）``: after
    the marker (glued to it or not: ``①name`` is ``1name`` once normalised) and before the
    kind (decision 2339); None for a heading of another shape."""
    import unicodedata

    from jirei.header import header_patterns

    text = line.text
    match = _MARKER.match(text) or _GLUED.match(text)
    if match is None:
        return None
    start = match.start("rest")
    rest = text[start:].rstrip()
    found = header_patterns(rules).kind.search(unicodedata.normalize("NFKC", rest))
    if found is None or found.start() == 0 or len(unicodedata.normalize("NFKC", rest)) != len(rest):
        return None
    end = start + found.start()
    while end > start and text[end - 1] in " \u3000":
        end -= 1
    return (line.start + start, line.start + end) if end > start else None


#: the line kinds that open a sub-entry's body after its catch phrase
_BODY_KINDS = (K.SECTION, K.BULLET, K.TABLE, K.COMMENT)


def _catch_phrase(
    infos: Sequence[LineInfo], body: int, end: int, rules: Rules
) -> tuple[int | None, int]:
    """A sub-entry's catch phrase under its field lines (``区役所の保護課の隣に常設窓口、…``,
    ``「市役所の中で、相談から就職まで」``; decision 2339) and its body after it: a short line
    that is no sentence, no field and no heading, with a heading, an item, a table row or a
    comment the next line written; else no catch phrase and ``body`` as it was."""
    from jirei.fields import is_field_line
    from jirei.items import is_results_line
    from jirei.sections import ends_sentence

    at = body
    while at < end and infos[at].kind is K.BLANK:
        at += 1
    if at >= end or infos[at].kind is not K.TEXT:
        return None, body
    text = infos[at].text.strip()
    if not 4 <= len(text) <= 60 or ends_sentence(text) or is_field_line(infos[at].line, rules):
        return None, body
    if "\t" in text or "  " in text or is_results_line(text, rules):
        return None, body  # (a results line: ``支援対象者数　目標300人　実績322人``)
    after = at + 1
    while after < end and infos[after].kind is K.BLANK:
        after += 1
    if after >= end or infos[after].kind not in _BODY_KINDS:
        return None, body
    return at, after


def _body(infos: Sequence[LineInfo], head: int, end: int, rules: Rules) -> int:
    """The first body line of the sub-entry opened at ``head``: after its heading and the
    field lines right under it (``連携先：…``, ``開　設：…``), which are its opening."""
    from jirei.fields import read_field

    body = head + 1
    while body < end and infos[body].kind is not K.BLANK:
        text = infos[body].text
        if _FIGURE.search(text) is not None or (
            read_field(infos[body].line, rules) is None and _COLON_FIELD.match(text) is None
        ):
            break
        body += 1
    return body


__all__ = ["head_name", "head_phrase", "place_heads", "sub_entry_cases", "with_heading_name"]
