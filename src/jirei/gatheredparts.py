"""Parts of every case gathered after the cases (decisions 2390-2400, branch split11).

A report may introduce each case first (its header, headline and 取組内容) and give the
other parts of all its cases together after them, each keyed by the case it belongs to:

* one results table for every case, the cases as its rows (``| 呉 | 260人 | 281人 | …``
  under ``| 施設 | 支援対象者数（目標） | …``) or as its columns (``区分　ながの…プラザ``
  ``まつもと…窓口`` over ``支援対象者数（目標）　300人以上　200人以上``);
* blocks headed by a key (``■ 呉``, ``（１）ながの就労支援プラザ``,
  ``【うえだワークステーション】``, ``事例２``, ``事例１（水戸市）``, ``①　せんだい…``, or under a
  closing comments heading the name alone: decisions 2782, 2791) holding that case's
  comments, other results or figures;
* one results table of every case as runs of rows, the case's key written once in a merged
  cell over its run (``１　北九州市（…）　支援対象者数　260人以上　284人`` over
  ``　　就職者数　170人以上　188人``; decision 2531);
* results sentences each opening with a case's key (``北九州市では、支援対象者数は…``,
  ``・熊本市の実績は、…``), two of them for two cases within three lines (decision 2536): each
  the results of its case, under the caption above them.

A key is a case's facility name, its municipality (also after its prefecture), the
municipality without its ``市`` / ``町`` / ``村`` / ``区`` (a deck's short name ``呉``,
``東広島``), the rest of its label line (``No.1　呉``) or its label's number; it must name
exactly one case. The parts begin at the first keyed table, or keyed heading standing after
its own case (a case found before it ends there); from there on every keyed table and
heading is a part. A table is keyed when two of its row heads (or column heads) name two
cases; each case's row (column) is read as a table of its own, the column heads (row heads)
as its labels, under the caption above the table. A block runs from its heading to the next
keyed heading, keyed table or section heading, and is read under the section heading the
blocks stand under (``３　関係者の声``, ``施設別のその他の実績``). Comments of the parts under no
keyed heading stay with the case the parts ran into, and go to the cases their speakers
name (``with_named_speakers``). A keyed table before the first case is read too
(``front_parts``).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Sequence

import regex
from attrs import frozen

from jirei.caselabel import label_length
from jirei.cellruns import CellRow
from jirei.lines import Cell, Line, row_cells
from jirei.model import Metric, Profile
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.sections import Classifier, K, LineInfo, classifier, ends_sentence, says
from jirei.tables.caselist import block_number
from jirei.tables.cells import column_role, label_form

#: a table's separator row (``|---|---|``)
_SEPARATOR = regex.compile(r"^[\s|:\-－―]*$")
_SPACES = regex.compile(r"\s+")
#: a bracketed kind or gloss closing a name (``…プラザ（一体的実施施設）``)
_KIND_TAIL = regex.compile(r"[(（][^()（）]{1,20}[)）]$")
#: a figure with its unit (no caption states one)
_FIGURE = regex.compile(r"[0-9０-９][0-9０-９,.]*\s*(?:人|件|名|%|％)")
#: longest heading line of a keyed block
_HEAD_LINE = 40
#: lines a caption may stand above its table (blank lines aside)
_CAPTION_LINES = 2


@frozen
class _Words:
    """The words of ``figures.toml [gathered_parts]``, compiled."""

    marks: regex.Pattern[str]
    brackets: tuple[tuple[str, str], ...]
    place_tails: tuple[str, ...]
    heading_tails: tuple[str, ...]
    #: a head cell's mark before its case's name (``Ｃ　函館市``), the name its group 1
    cell_mark: regex.Pattern[str]


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> _Words:
    """The gathered parts' words of ``rules``."""
    table = rules.figures_table.get("gathered_parts", {})
    marks = "|".join(f"(?:{mark})" for mark in table.get("heading_marks", ())) or "(?!)"
    cells = "|".join(f"(?:{mark})" for mark in table.get("cell_marks", ())) or "(?!)"
    glued = "|".join(f"(?:{mark})" for mark in table.get("glued_cell_marks", ())) or "(?!)"
    return _Words(
        marks=regex.compile(rf"^\s*(?:{marks})\s*"),
        brackets=tuple((pair[0], pair[1]) for pair in table.get("brackets", ()) if len(pair) == 2),
        place_tails=tuple(table.get("place_tails", ())),
        heading_tails=tuple(sorted(table.get("heading_tails", ()), key=len, reverse=True)),
        cell_mark=regex.compile(
            rf"^(?:[(\[【〔<＜]?\s*(?:{cells})(?:\s*[.、)\]】〕>＞:]\s*|\s+)|(?:{glued}))"
            r"(\S.{0,29})$"
        ),
    )


@functools.lru_cache(maxsize=1 << 14)  # (a document keys its cases' names and cells again)
def name_key(text: str) -> str:
    """A name as compared: NFKC, no spaces, no bracketed kind at its end."""
    return _KIND_TAIL.sub("", _SPACES.sub("", unicodedata.normalize("NFKC", text)))


def case_keys(
    profile: Profile,
    label_rest: str | None,
    number: int | None = None,
    rules: Rules = DEFAULT_RULES,
) -> set[str]:
    """The keys a gathered part may name ``profile``'s case by (see the module); ``number``
    is the number of its case label (``事例２`` → 2), its key ``#2``."""
    keys: set[str] = {f"#{number}"} if number is not None else set()
    if profile.facility_name:
        keys.add(name_key(profile.facility_name))
        keys |= _facility_short(profile, rules)
        keys |= {_OFFICE + nick for nick in _nicknames(profile, rules)}
    if profile.municipality:
        place = name_key(profile.municipality)
        keys.add(place)
        if profile.prefecture:  # ``広島県呉市`` in a column of places
            keys.add(name_key(profile.prefecture) + place)
        for tail in _words(rules).place_tails:
            if place.endswith(tail) and len(place) > len(tail):
                keys.add(place[: -len(tail)])
    for office in profile.hello_work:  # ``ハローワーク石巻`` heading its column (decision 2867):
        keys.add(_OFFICE + name_key(office))  # a key of table heads only (:func:`_cell_owner`)
    if label_rest:
        rest = name_key(label_rest)
        if 0 < len(rest) <= 20:
            keys.add(rest)
    keys.discard("")
    return keys


#: what marks a key that names a case only in a table's head cell (its Hello Work office:
#: a block headed ``◇ハローワーク尼崎`` is a speaker's, decision 2867)
_OFFICE = "@"


def _cell_owner(keys: Sequence[set[str]], name: str) -> int | None:
    """The one case a table's head cell keys by ``name`` (:func:`name_key`): by any of its
    keys, or by its Hello Work office (decision 2867); a case number several cases hold,
    the case printed first of a case printed in parts (:data:`FIRST_PART`, decision 3080)."""
    owner = _owner(keys, name)
    if owner is not None or not name:
        return owner
    if name[0] == "#":
        return _owner(keys, FIRST_PART + name)
    return _owner(keys, _OFFICE + name)


#: what marks the number key of a case printed in parts, on its first part (``^#1``): a
#: table's cell keying the case by its number alone (``１`` under ``事例``) names that part,
#: which the later parts are joined to (``jirei.repeatedlabels``), though the later parts
#: hold the number too (decision 3080); a heading naming the number keys none of them
FIRST_PART = "^"


#: the fewest characters a facility's name keeps once its place is dropped
_SHORT_NAME = 4


def office_keys(profile: Profile) -> set[str]:
    """The names a speaker of the state's side may name ``profile``'s case by: its Hello
    Work offices and its labour bureau (:func:`name_key`)."""
    names = {name_key(office) for office in profile.hello_work}
    if profile.labour_bureau:
        names.add(name_key(profile.labour_bureau))
    names.discard("")
    return names


def _facility_short(profile: Profile, rules: Rules = DEFAULT_RULES) -> set[str]:
    """The facility's name with the place opening it dropped, as a table of every case may
    shorten it (``北九州市就労支援ルームやはた`` → ``就労支援ルームやはた``, decision 2611): the
    prefecture and municipality (with or without its ``市`` / ``町`` …) before the rest."""
    name = name_key(profile.facility_name or "")
    places = [name_key(p) for p in (profile.prefecture, profile.municipality) if p]
    if profile.municipality:
        place = name_key(profile.municipality)
        places += [place[: -len(t)] for t in _words(rules).place_tails
                   if place.endswith(t) and len(place) > len(t)]
    out: set[str] = set()
    for place in sorted(places, key=len, reverse=True):
        rest = name[len(place):] if place and name.startswith(place) else ""
        if len(rest) >= _SHORT_NAME:
            out.add(rest)
    return out


#: the fewest characters a facility's nickname keeps
_NICKNAME = 2


def _nicknames(profile: Profile, rules: Rules = DEFAULT_RULES) -> set[str]:
    """The facility's name without its place and its kind word — what stands before the first
    or after the last word of ``[prose] facility_words`` (``いしのまき`` of ``いしのまきジョブ
    サポート``, ``あおば`` of ``仙台市就労支援コーナーあおば``): a table's head may name the case
    so (decision 2870)."""
    name = name_key(profile.facility_name or "")
    for place in sorted(
        (name_key(p) for p in (profile.prefecture, profile.municipality) if p), key=len,
        reverse=True,
    ):
        if place and name.startswith(place):
            name = name[len(place):]
    words = rules.figures_table.get("prose", {}).get("facility_words", ())
    found = [(name.find(w), w) for w in words if w and w in name]
    if not found:
        return set()
    first = min(at for at, _ in found)
    last = max(at + len(w) for at, w in found)
    out = {name[:first], name[last:]}
    return {nick for nick in out if len(nick) >= _NICKNAME and not _FIGURE.search(nick)}


def heading_key(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The name a keyed block's heading line gives (its mark and brackets dropped), else
    None: ``■ 呉`` → ``呉``, ``(1)ながの就労支援プラザ`` → ``ながの就労支援プラザ``,
    ``【うえだワークステーション】`` → ``うえだワークステーション``, ``◆ 尾道市の実績`` →
    ``尾道市`` (``heading_tails`` dropped)."""
    found = heading_keys(text, rules)
    return found[0] if found else None


@per_rules_memo(16384)  # (a document's runs of parts and its next labels ask a line again)
def heading_keys(text: str, rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The names a keyed block's heading line may give, the surest first (see
    :func:`heading_key`): a case label alone gives its number; a label with the case's
    place bracketed after it its number, then the place (``事例１（水戸市）`` → ``#1``,
    ``水戸市``: the number first, as a case that ran into the parts may have taken another
    case's city from the comments it swallowed); a label with a name after it the name
    (``【事例２】たかさき…`` → ``たかさき…``; decision 2782)."""
    stripped = text.strip()
    if not stripped or len(stripped) > _HEAD_LINE or ends_sentence(stripped):
        return ()
    label = label_length(stripped, rules)
    if label:
        number = block_number(stripped, label)
        numbered = (f"#{number}",) if number is not None else ()
        rest = stripped[label:].strip()
        if rest and label_length(rest, rules) and block_number(rest, label_length(rest, rules)):
            # a section's number before the case label (``２－１　事例１　札幌市``, 3387)
            return heading_keys(rest, rules)
        if not rest:  # a case label alone (``事例２``): its number, and the place a label
            # brackets as its own (``事例１（水戸市）`` read whole as a label: decision 3223)
            own = regex.search(r"[(（]([^()（）]{1,20})[)）]\s*$", stripped[:label])
            if own is not None and own.group(1).strip().endswith(_PLACE_ENDS):
                return (*numbered, name_key(own.group(1).strip()))
            return numbered
        gloss = _GLOSS.fullmatch(rest)
        if gloss is not None and gloss.group(1).endswith(_PLACE_ENDS):
            return (*numbered, name_key(gloss.group(1)))  # ``事例１（水戸市）``
        named = _tail_dropped(name_key(rest), rules)  # (a name after a numbered field
        return (named,) if named else ()  # label keys no case by the number: ``(1)自治体名…``)
    words = _words(rules)
    mark = words.marks.match(stripped)
    rest = stripped[mark.end() :] if mark is not None else stripped
    if mark is not None and mark.end() > 0 and rest and (
        label_length(rest, rules) or words.marks.match(rest)
    ):
        return heading_keys(rest, rules)  # a mark before a label: ``■ 事例２（盛岡市）``
    bracketed = False
    noted = _NOTED.search(rest)  # (a note after the brackets: ``【…】（目標を設定せず）``, 3317)
    plain = rest[: noted.start()] if noted is not None and noted.start() > 2 else rest
    for opening, closing in words.brackets:
        if plain.startswith(opening) and plain.endswith(closing) and len(plain) > 2:
            rest, bracketed = plain[1:-1].strip(), True
            break
    if mark is None and not bracketed:
        return ()
    if bracketed and label_length(rest, rules):  # a label bracketed with its name (3317):
        return heading_keys(rest, rules)  # ``【事例１　浜松市】`` as ``事例１　浜松市``
    gloss = _GLOSS.fullmatch(rest.strip()) if mark is not None else None
    if gloss is not None and gloss.group(1).endswith(_PLACE_ENDS):
        # ``事例1(水戸市)``: the number the mark writes names the case too (decision 2782)
        number = block_number(stripped, mark.end())  # type: ignore[union-attr]
        numbered = (f"#{number}",) if number is not None else ()
        return (*numbered, name_key(gloss.group(1)))
    found = _tail_dropped(name_key(rest), rules)
    return (found,) if found else ()


#: a note in round brackets after a bracketed heading (``【事例３　四日市市】（目標を設定せず）``)
_NOTED = regex.compile(r"(?<=[】〕〉》\]＞>])\s*[(（][^()（）]{1,30}[)）]\s*$")
#: how the name of a place ends (a gloss naming the case's city: ``事例1（水戸市）``)
_PLACE_ENDS = ("都", "道", "府", "県", "市", "町", "村", "区")
#: a bracket holding the whole rest of a heading after its case label (``（水戸市）``)
_GLOSS = regex.compile(r"[(（]([^()（）]{1,20})[)）]")


def _tail_dropped(found: str, rules: Rules) -> str:
    """``found`` without a word of ``heading_tails`` after the key (``呉市の実績`` → ``呉市``)."""
    for tail in _words(rules).heading_tails:
        if found.endswith(tail) and len(found) > len(tail):
            return found[: -len(tail)]
    return found


@frozen
class _Part:
    """One gathered part: a case's row or column of a table (under the table's caption
    read as a results heading), or a keyed block."""

    case: int
    at: int
    #: whether the part is the case's row or column of a table of every case
    table: bool = False
    #: its lines: the section heading it stands under, then its own lines
    block: tuple[LineInfo, ...] = ()
    #: whether the part is a case's row of a table of one metric (decision 3225)
    one_metric: bool = False


@frozen
class Gathered:
    """The parts gathered after the cases: where they begin (a line index) and each one."""

    start: int
    parts: tuple[_Part, ...]
    #: where each later run of parts begins (a page's table under that page's cases: 2721)
    starts: tuple[int, ...] = ()


class _CaseKeys(tuple[set[str], ...]):
    """Each case's keys, with the one case each key names (None for a key of several
    cases) looked up once a document: :func:`_owner` asks it for every cell of every
    table after the cases, which scanning every case's keys made quadratic."""

    owners: dict[str, int | None]

    def __new__(cls, keys: Sequence[set[str]]) -> _CaseKeys:
        self = super().__new__(cls, keys)
        owners: dict[str, int | None] = {}
        for index, own in enumerate(self):
            for key in own:
                owners[key] = None if key in owners else index
        self.owners = owners
        return self


def headed_keys(
    keys: Sequence[set[str]], profiles: Sequence[Profile]
) -> tuple[list[set[str]], frozenset[int]]:
    """``keys`` with a name several cases hold kept only by the one of them stating header
    facts, when the others state none (parts of that case, each headed by its name:
    ``■ 仙台市の取組`` after the overview block of 仙台市; decision 3180): the name then
    keys one case, as a closing table's row or a voice naming it must. Also the indexes of
    the cases that lost a name so (parts standing as cases: the name joins them later)."""
    owners: dict[str, list[int]] = {}
    for index, own in enumerate(keys):
        for key in own:
            owners.setdefault(key, []).append(index)
    shared = {key: hits for key, hits in owners.items() if len(hits) > 1}
    if not shared:  # (cheap: most documents key each case by names of its own)
        return list(keys), frozenset()
    headed = [_states_header(profile) for profile in profiles]
    out = [set(own) for own in keys]
    parts: set[int] = set()
    for key, hits in shared.items():
        heads = [index for index in hits if headed[index]]
        if not heads:  # none states a header fact: the first part of a case printed in
            # parts keys it (``【2】奈良市`` before ``【2】奈良市の取組（続き）``; decision 3228)
            heads = [i for i in hits if any(k.startswith(FIRST_PART) for k in keys[i])]
        if len(heads) == 1:
            for index in hits:
                if index != heads[0]:
                    out[index].discard(key)
                    parts.add(index)
    return out, frozenset(parts)


def _states_header(profile: Profile) -> bool:
    """Whether ``profile`` states a header fact beyond its place (its facility, bureau,
    office or start date)."""
    return bool(
        profile.facility_name or profile.labour_bureau or profile.hello_work
        or profile.start_date
    )


def _indexed_keys(keys: Sequence[set[str]]) -> _CaseKeys:
    """``keys`` with their owners looked up (:class:`_CaseKeys`)."""
    return keys if isinstance(keys, _CaseKeys) else _CaseKeys(keys)


def _owner(keys: Sequence[set[str]], name: str) -> int | None:
    """The one case whose keys hold ``name``, else None."""
    if isinstance(keys, _CaseKeys):
        return keys.owners.get(name)
    hits = [index for index, own in enumerate(keys) if name in own]
    return hits[0] if len(hits) == 1 else None


def _named_owner(keys: Sequence[set[str]], names: Sequence[str]) -> int | None:
    """The case the first of ``names`` naming one case names, else None."""
    for name in names:
        if (owner := _owner(keys, name)) is not None:
            return owner
    return None


@per_rules_memo(16384)  # (a document's runs of parts read its tables' cells again)
def cell_key(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """The key a table's cell names a case by: its case label's number when the cell is a
    case label alone (``事例1``, ``【事例２】``, ``No.3`` → ``#N``, decision 2570), else its
    name (:func:`name_key`)."""
    stripped = text.strip()
    label = label_length(stripped, rules) if stripped else 0
    if label and not stripped[label:].strip():
        number = block_number(stripped, label)
        if number is not None:
            return f"#{number}"
    return name_key(stripped)


def _table_run(infos: Sequence[LineInfo], first: int) -> int:
    """Where the run of table lines starting at ``first`` ends."""
    stop = first
    while stop < len(infos) and infos[stop].kind is K.TABLE:
        stop += 1
    return stop


def _rows(infos: Sequence[LineInfo], first: int, stop: int) -> list[list[Cell]]:
    """The cells of the table lines ``[first, stop)``, separator rows left out; in a table
    aligned by spaces, the indent every row shares is no cell, and a row narrower than the
    header starting right of the header's first cell has blank cells on its left (merged
    cells written once above it: ``仙台市  支援対象者数 …`` over ``        就職者数 …``,
    decision 2576)."""
    lines = [infos[i].line for i in range(first, stop) if not _SEPARATOR.match(infos[i].text)]
    rows = [row_cells(line) for line in lines]
    if not rows or any("|" in line.text or "\t" in line.text for line in lines):
        return rows
    if all(row and not row[0].text for row in rows):  # a shared indent
        rows = [row[1:] for row in rows]
    if not rows[0]:
        return rows
    width, left = len(rows[0]), rows[0][0].start - lines[0].start
    out: list[list[Cell]] = [rows[0]]
    for line, row in zip(lines[1:], rows[1:], strict=True):
        while row and not row[0].text:
            row = row[1:]
        if row and len(row) < width and row[0].start - line.start > left + 1:
            pad = width - len(row)
            row = [Cell("", row[0].start, row[0].start)] * pad + row
        out.append(row)
    return out


#: each case's rows of a keyed table, each row its cells (a label, then figures)
_CaseRows = dict[int, list[list[Cell]]]


def _keyed_table(
    rows: Sequence[Sequence[Cell]],
    keys: Sequence[set[str]],
    totals: frozenset[str],
    rules: Rules = DEFAULT_RULES,
) -> _CaseRows | None:
    """Each case's rows of a table keyed by the cases (its first row the corner cell and
    the case's key cell, or the header row of a long table), else None: the cases as
    columns (:func:`_by_columns`), as rows (:func:`_by_rows`) or as runs of rows
    (:func:`_by_runs`)."""
    if len(rows) < 2 or len(rows[0]) < 3:
        return None
    said = _by_comment_rows(rows, keys, rules)
    if said is not None:
        return said
    rows = [rows[0], *(_padded(row, len(rows[0])) for row in rows[1:])]
    grouped = _by_column_groups(rows, keys, totals, rules) or _by_named_roles(rows, keys, rules)
    if grouped is not None:
        return grouped
    found = _by_columns(rows, keys, totals, rules) or _by_rows(rows, keys, totals, rules)
    if found is not None:
        return {
            case: [list(pair) for pair in _without_name_head(pairs, rules)]
            for case, pairs in found.items()
        }
    return _by_runs(rows, keys, totals, rules)


class _CommentRows(dict[int, list[list[Cell]]]):
    """Each case's rows of a keyed comments table (its header row first): read as comments,
    not figures."""


def _by_comment_rows(
    rows: Sequence[Sequence[Cell]], keys: Sequence[set[str]], rules: Rules = DEFAULT_RULES
) -> _CommentRows | None:
    """Each case's rows of a comments table keyed by the cases (decision 3221): a header
    row of a key column (first or second) and column words of ``rules.comment_columns``
    (``事例 | 発言者 | コメント``, ``No. | 所属 | 内容``), each row's key cell naming its case by
    name, number or letter, or left blank under the row above (the case written once over
    its run); two cases at least, every filled key cell keying one. Else None."""
    head = rows[0]
    if not any(cell.text and _SPACES.sub("", cell.text) in rules.comment_columns for cell in head):
        return None  # (a cheap precheck: no comment column word in the header)
    from jirei.commenttable import comment_header

    width = len(head)
    body = [row for row in rows if len(row) == width]
    for at in (0, 1):
        rest = [cell for k, cell in enumerate(head) if k != at]
        if not head[at].text or comment_header(rest, rules) is None:
            continue
        owners = _column_owners(body, at, keys, rules, numbers=True)
        out = _CommentRows()
        current: int | None = None
        for row, owner in zip(body[1:], owners[1:], strict=True):
            if owner is None and row[at].text.strip():
                return None  # a filled key cell keying no case: no keyed table
            current = owner if owner is not None else current
            if current is None:
                return None
            kept = [cell for k, cell in enumerate(row) if k != at]
            out.setdefault(current, [rest]).append(kept)
        return out if len(out) >= 2 else None
    return None


def _without_name_head(
    pairs: Sequence[tuple[Cell, Cell]], rules: Rules
) -> Sequence[tuple[Cell, Cell]]:
    """A case's ``label | figure`` pairs without the head pair naming the case (the table's
    corner over the case's key: ``区分 | 仙台市（あおば）``) when the corner says no role or year
    (blank, ``区分``, ``施設``): the case's name heads no column of its own table, whose bare
    figures are then its actuals (decision 2869)."""
    corner = pairs[0][0].text.strip() if pairs else "x"
    role = column_role(corner, rules) if corner else None
    if role not in (None, "label", "group") or _FIGURE.search(corner) or any(
        ch.isdigit() for ch in corner
    ):
        return pairs
    return pairs[1:]


def _spread(
    head: Sequence[Cell], roles: Sequence[Cell], width: int
) -> tuple[Sequence[Cell], Sequence[Cell]]:
    """A head and role row aligned by spaces, the merged cells lost (``　　北九州市　　熊本市``
    over ``目標　実績　目標　実績``): when the role words repeat once per head cell after the
    first (the label's), each head cell spans as many columns as one round of the roles,
    and the role row gets the label's blank cell (decision 2623); else the rows as they are."""
    names = list(head[1:])
    rolled = list(roles[1:]) if len(roles) == width and not roles[0].text else list(roles)
    if len(rolled) != width - 1 or not names or any(not cell.text for cell in names):
        return head, roles
    span, left = divmod(len(rolled), len(names))
    texts = [cell.text for cell in rolled]
    if left or span < 2 or texts != texts[:span] * len(names):
        return head, roles
    blank = Cell("", head[0].end, head[0].end)
    spread = [head[0]]
    for cell in names:
        spread += [cell, *(Cell("", cell.end, cell.end) for _ in range(span - 1))]
    return spread, [blank, *rolled]


def _head_owner(keys: Sequence[set[str]], text: str, rules: Rules) -> int | None:
    """The case a head cell keys: by :func:`cell_key`, by the name after a number
    (``１ 広島市``), or by the name after a case label (``事例１　堺市``), else by that
    label's number when the name keys no case (decision 2623)."""
    stripped = unicodedata.normalize("NFKC", text).strip()
    owner = _cell_owner(keys, cell_key(stripped, rules))
    if owner is None and (lead := _NUMBERED_NAME.match(stripped)):
        owner = _owner(keys, name_key(lead.group(2)))
    if owner is None:
        owner = _marked_owner(keys, stripped, rules)
    label = label_length(stripped, rules) if owner is None else 0
    if label:
        owner = _owner(keys, name_key(stripped[label:]))
        number = block_number(stripped, label)
        if owner is None and number is not None:
            owner = _cell_owner(keys, f"#{number}")
    return owner if owner is not None else _parts_owner(keys, stripped)


#: what parts the names a head cell writes together (``あおば（仙台市）``, ``仙台市　あおば``)
_NAME_BREAKS = regex.compile(r"[\s()（）［］\[\]【】〔〕<>＜＞・/／:：]+")


def _parts_owner(keys: Sequence[set[str]], text: str) -> int | None:
    """The case a head cell names by one of the names it writes together — a facility's
    short name with its city in brackets (``あおば（仙台市）``), a city and a name apart
    (``仙台市　あおば``) — when its parts key exactly one case (decision 2863), else None."""
    parts = [part for part in _NAME_BREAKS.split(text) if len(part) >= 2]
    if len(parts) < 2:
        return None
    owners = {_cell_owner(keys, name_key(part)) for part in parts} - {None}
    return owners.pop() if len(owners) == 1 else None


def _by_column_groups(
    rows: Sequence[Sequence[Cell]],
    keys: Sequence[set[str]],
    totals: frozenset[str],
    rules: Rules = DEFAULT_RULES,
) -> _CaseRows | None:
    """The cases as groups of columns (decision 2623): the header row keys each case once
    over the columns it spans (a merged cell: blank cells after it, or none written at the
    row's end), the row under it names each column's role (``目標　実績　達成率``, the same
    or not in every group), the rows after it a metric's label and its figures. Each
    case's group is read as a table of its own under the role row; a total's group is
    left."""
    if len(rows) < 3:
        return None
    head, roles = _spread(rows[0], rows[1], len(rows[2]))
    width = len(roles)
    if len(head) > width or any(len(row) != width for row in rows[2:]):
        return None
    starts: list[tuple[int, int | None]] = []  # (first column, owner or None for a total)
    for k, cell in enumerate(head):
        if not k or not cell.text.strip():
            continue
        owner = _head_owner(keys, cell.text, rules)
        if owner is None and name_key(cell.text) not in totals:
            return None
        starts.append((k, owner))
    owners = [owner for _, owner in starts if owner is not None]
    if len(set(owners)) < 2 or len(set(owners)) < len(owners) or starts[0][0] > 2:
        return None
    labels = starts[0][0]
    bounds = [k for k, _ in starts[1:]] + [width]
    if all(stop - first < 2 for (first, _), stop in zip(starts, bounds, strict=True)):
        return None  # one column a case: ``_by_columns`` reads those
    out: _CaseRows = {}
    for (first, owner), stop in zip(starts, bounds, strict=True):
        if any(not roles[k].text.strip() for k in range(first, stop)):
            return None  # a role row names every column of a group
        if owner is None:
            continue
        out[owner] = [
            [roles[labels - 1] if labels else roles[0], *roles[first:stop]],
            *([row[labels - 1], *row[first:stop]] for row in rows[2:]),
        ]
    return out


#: the roles a head cell may name after its case (``仙台市（目標）``, ``石巻市実績``)
_HEAD_ROLES = frozenset({"target", "actual", "achievement_rate"})
#: a head cell's case, then its role in brackets
_NAME_ROLE = regex.compile(r"^(?P<name>.+?)\s*[(（](?P<role>[^()（）]{1,8})[)）]$")


def _named_role(
    keys: Sequence[set[str]], cell: Cell, rules: Rules
) -> tuple[int, Cell] | None:
    """The case a head cell names and the role it gives its column — the role word in
    brackets after the case's name, or right after it (``仙台市（目標）``, ``石巻市 実績``,
    ``仙台市・達成率``) — as (case, a cell of the role word), else None (decision 2868)."""
    text = cell.text.strip()
    match = _NAME_ROLE.match(text)
    if match is not None:
        name, word = match["name"], match["role"]
    else:
        words = _role_words(rules)
        word = next(  # (the tuple's ``endswith`` first: most head cells end with no role word)
            (w for w in words if text.endswith(w) and len(text) > len(w)), ""
        ) if text.endswith(words) else ""
        name = text[: len(text) - len(word)].rstrip(" 　・の/／")
    if not word or column_role(word, rules) not in _HEAD_ROLES:
        return None
    owner = _cell_owner(keys, name_key(name))
    if owner is None:
        return None
    at = cell.start + cell.text.rfind(word)
    return owner, Cell(word, at, at + len(word))


@per_rules
def _role_words(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The column words of a target, actual or rate (``rules.columns``), longest first."""
    return tuple(
        sorted((w for w, r in rules.columns.items() if r in _HEAD_ROLES), key=len, reverse=True)
    )


def _by_named_roles(
    rows: Sequence[Sequence[Cell]], keys: Sequence[set[str]], rules: Rules
) -> _CaseRows | None:
    """The cases as columns whose head cells each name a case and a role together
    (``指標　仙台市（目標）　仙台市（実績）　石巻市（目標）　石巻市（実績）``, decision 2868):
    each case's columns read as a table of its own under their role words, the first
    column the labels; else None."""
    head = rows[0]
    named = [_named_role(keys, cell, rules) for cell in head[1:]]
    if any(found is None for found in named):
        return None
    columns: dict[int, list[tuple[int, Cell]]] = {}
    for k, found in enumerate(named, start=1):
        owner, role = found  # type: ignore[misc]
        columns.setdefault(owner, []).append((k, role))
    if len(columns) < 2 or all(len(own) < 2 for own in columns.values()):
        return None
    out: _CaseRows = {}
    for owner, own in columns.items():
        roles = [column_role(role.text, rules) for _, role in own]
        if len(set(roles)) < len(roles):
            return None  # a case's two columns of one role: no table of this form
        out[owner] = [
            [head[0], *(role for _, role in own)],
            *([row[0], *(row[k] for k, _ in own)] for row in rows[1:] if len(row) == len(head)),
        ]
    return out


def _by_columns(
    rows: Sequence[Sequence[Cell]],
    keys: Sequence[set[str]],
    totals: frozenset[str],
    rules: Rules = DEFAULT_RULES,
) -> dict[int, list[tuple[Cell, Cell]]] | None:
    """The cases as the columns of the header row, after one or two label columns (a
    metric's name, then perhaps its role: ``支援対象者数　目標`` over ``　実績``); a total
    column is left."""
    head = rows[0]
    owners = {k: _head_owner(keys, cell.text, rules) for k, cell in enumerate(head) if k}
    keyed = {k: owner for k, owner in owners.items() if owner is not None}
    if len(set(keyed.values())) < 2:
        return None
    labels = min(keyed)
    if labels > 2 or any(
        k not in keyed and name_key(head[k].text) not in totals
        for k in range(labels, len(head))
    ):
        return None
    out: dict[int, list[tuple[Cell, Cell]]] = {}
    names = _labels([row for row in rows[1:] if len(row) == len(head)], labels)
    for k, owner in keyed.items():
        pairs = [(head[0], head[k])]
        pairs += [(name, row[k]) for name, row in names]
        out[owner] = pairs
    return out


def _labels(
    rows: Sequence[Sequence[Cell]], labels: int
) -> list[tuple[Cell, Sequence[Cell]]]:
    """Each row's label: its first cell (the one above it when empty: a merged cell), with
    the role of a second label column in brackets (``支援対象者数(目標)``)."""
    out: list[tuple[Cell, Sequence[Cell]]] = []
    name: Cell | None = None
    for row in rows:
        name = row[0] if row[0].text or name is None else name
        out.append((_joined(name, row[1]) if labels == 2 else name, row))
    return out


def _joined(name: Cell, role: Cell) -> Cell:
    """A label cell naming its role in brackets, at the name cell's offsets."""
    if not role.text:
        return name
    return Cell(f"{name.text}({role.text})", name.start, name.end)


def _by_rows(
    rows: Sequence[Sequence[Cell]],
    keys: Sequence[set[str]],
    totals: frozenset[str],
    rules: Rules = DEFAULT_RULES,
) -> dict[int, list[tuple[Cell, Cell]]] | None:
    """The cases as rows, keyed in the first column or the second (a number column before
    it), under a header of one row or two (metric names over ``目標``/``実績``, a name written
    once over the columns it spans); a total row is left."""
    width = len(rows[0])
    body = [row for row in rows if len(row) == width]
    for at, numbers in ((0, False), (1, False), (0, True), (1, True)):
        if numbers and not _numbers_head(body, at, rules):
            continue  # (the owners would be those read without numbers, tried above)
        owners = _column_owners(body, at, keys, rules, numbers=numbers)
        first = next((n for n, owner in enumerate(owners) if owner is not None), None)
        if first is None or first not in (1, 2):
            continue
        found = [(row, owner) for row, owner in zip(body, owners, strict=True) if owner is not None]
        if len({owner for _, owner in found}) < len(found):  # a case on several rows: runs
            continue
        left = [
            row for row, owner in zip(body[first:], owners[first:], strict=True)
            if owner is None and name_key(row[at].text) not in totals
        ]
        if len({owner for _, owner in found}) < 2 or left:
            continue
        heads = _heads(body[:first], at)
        return {
            owner: [(body[0][at], row[at]), *((heads[k], row[k]) for k in range(at + 1, width))]
            for row, owner in found
        }
    return None


def _by_runs(
    rows: Sequence[Sequence[Cell]],
    keys: Sequence[set[str]],
    totals: frozenset[str],
    rules: Rules = DEFAULT_RULES,
) -> _CaseRows | None:
    """The cases as runs of rows (a long table, decision 2531): the case's key in the first
    column or the second (a number column before it) of its run's first row, blank on the
    rows after it (a merged cell), a metric's label in the column after the key and its
    figures in the columns after that (``１　北九州市（…）　支援対象者数　260人以上　284人``
    over ``　　就職者数　170人以上　188人``); each case's rows are read under the header row
    (the key columns left out). A total row ends the table."""
    width = len(rows[0])
    body = [row for row in rows if len(row) == width]
    if width < 4 or len(body) < 3:
        return None
    # (a case's name keys before a bare number under ``No.`` does: decision 2577)
    for at, numbers in ((0, False), (1, False), (0, True), (1, True)):
        if numbers and not _numbers_head(body, at, rules):
            continue  # (the owners would be those read without numbers, tried above)
        owners = _column_owners(body, at, keys, rules, numbers=numbers)
        if owners[0] is not None or owners[1] is None:
            continue
        # the columns read: those after the key, but a header field's (``自治体`` beside a
        # ``No.`` key: the case's place written on every row)
        columns = [
            k for k in range(at + 1, width)
            if label_form(body[0][k].text) not in rules.field_labels
        ]
        out: _CaseRows = {}
        current: int | None = None
        runs = 0
        for row, owner in zip(body[1:], owners[1:], strict=True):
            blank = not any(cell.text.strip() for cell in row[: at + 1])
            if owner is None and not blank:
                if name_key(row[at].text) in totals or name_key(row[0].text) in totals:
                    break
                current = None
                break
            if owner is not None and owner == current:  # the key written on every row (2577)
                runs += 1
            elif owner is not None:
                if owner in out:  # a case keyed twice apart: not a table of runs
                    current = None
                    break
                current = owner
                out[owner] = [[body[0][k] for k in columns]]
            elif current is not None:
                runs += 1
            if current is None:
                break
            out[current].append([row[k] for k in columns])
        if current is not None and runs and len(out) >= 2:
            return out
    return None


def _padded(row: Sequence[Cell], width: int) -> Sequence[Cell]:
    """A row of a header's width, blank cells added at its end when a figure closes it and
    the cells after it are left empty (``就職率　65%以上　64.3%`` under ``… 実績　達成率``:
    an export drops the trailing blanks; decision 2624)."""
    if not row or len(row) >= width or len(row) < width - 2 or not _FIGURE.search(row[-1].text):
        return row
    end = row[-1].end
    return [*row, *(Cell("", end, end) for _ in range(width - len(row)))]


def _numbers_head(body: Sequence[Sequence[Cell]], at: int, rules: Rules) -> bool:
    """Whether column ``at`` is headed by a case-number head (``No.``, ``番号``)."""
    return label_form(body[0][at].text) in rules.case_list_numbers


def _column_owners(
    body: Sequence[Sequence[Cell]],
    at: int,
    keys: Sequence[set[str]],
    rules: Rules,
    *,
    numbers: bool = False,
) -> list[int | None]:
    """The case each row's cell in column ``at`` keys: by :func:`cell_key`, or (``numbers``)
    by its bare number under a case-number head (``No.`` over ``1``, ``2``: decision 2577)."""
    numbered = numbers and _numbers_head(body, at, rules)
    out: list[int | None] = []
    for row in body:
        text = unicodedata.normalize("NFKC", row[at].text).strip()
        number = _bare_number(text) if numbered else None
        key = f"#{number}" if number is not None else cell_key(text, rules)
        owner = _cell_owner(keys, key)
        if owner is None and (lead := _NUMBERED_NAME.match(text)):
            # ``１ 広島市``: the name after the number, else (under a case-number head) the
            # number itself (decision 2612)
            owner = _owner(keys, name_key(lead.group(2)))
            if owner is None and numbered:
                owner = _cell_owner(keys, f"#{int(lead.group(1))}")
        if owner is None:
            owner = _marked_owner(keys, text, rules)
        out.append(owner if owner is not None else _parts_owner(keys, text))
    return out


def _bare_number(text: str) -> int | None:
    """A case-number cell's number: its digits, or a lone Latin letter's place in the
    alphabet (``A`` under ``事例`` → 1, as a lettered label numbers its case; decision
    3061), else None."""
    if text.isdigit():
        return int(text)
    if len(text) == 1 and text.isascii() and text.isalpha():
        return block_number(text, 1)
    return None


def _marked_owner(keys: Sequence[set[str]], text: str, rules: Rules) -> int | None:
    """The case a head cell names after a mark of ``[gathered_parts] cell_marks`` (a letter,
    kana, roman numeral or number: ``Ｃ　函館市``, ``(ア)熊本市``; decision 2966), else None."""
    if len(text) < 3 or not (text[0].isascii() or text[0] in _MARK_OPENERS):
        return None  # (a cheap precheck: a cell opening with a kanji or kana word)
    found = _words(rules).cell_mark.match(text)
    return _cell_owner(keys, name_key(found.group(1))) if found is not None else None


#: the characters other than ASCII a cell mark may open with (NFKC: ``Ａ`` is ``A``)
_MARK_OPENERS = frozenset("【〔＜" + "".join(chr(c) for c in range(ord("ア"), ord("ン") + 1)))


#: a cell writing a case's number before its name (``１ 広島市``, ``2. 岡山市``, ``(3)鳥取中部``)
_NUMBERED_NAME = regex.compile(r"^\(?([0-9]{1,2})(?:[.、)]\s*|\s+)(\S.{0,29})$")


#: the longest line read as one cell of a table written one cell a line
_ONE_CELL = 30
#: the fewest column heads of such a table (the key's, then two more)
_CELL_HEADS = 3


def _lone_text(info: LineInfo) -> str | None:
    """The text (stripped) of a line that is a short line of one cell, else None."""
    text = info.text
    stripped = text.strip()
    if (
        info.kind not in (K.TEXT, K.HEADING, K.SECTION, K.BULLET)
        or not stripped
        or len(stripped) > _ONE_CELL
        or "  " in stripped
        or "\t" in text
        or "|" in text
    ):
        return None
    return stripped


def _lone_cell(info: LineInfo) -> Cell | None:
    """The one cell a line holds when it is a short line of one cell, else None."""
    stripped = _lone_text(info)
    if stripped is None:
        return None
    text = info.text
    lead = info.line.start + len(text) - len(text.lstrip())
    return Cell(stripped, lead, lead + len(stripped))


def _cell_table(
    infos: Sequence[LineInfo], index: int, keys: Sequence[set[str]], rules: Rules
) -> tuple[_CaseRows, int, int] | None:
    """A table written one cell a line whose first key cell is line ``index`` (decision
    2572): its column heads on the lines right above (``施設名 / 区分 / 支援対象者数 / …``,
    three at least, no figure), then each case's key cell and its rows of the other
    columns' cells — one row, or several under a key written once (a merged cell: a case
    split by group). Each case's rows under the heads (the key's left out), the line the
    heads start at and the line after the table; else None."""
    own = _lone_cell(infos[index])
    if own is None or _FIGURE.search(own.text):
        return None
    if index < _CELL_HEADS or not all(  # (cheap first: the heads the table needs above it)
        (head := _lone_text(infos[at])) is not None and not _FIGURE.search(head)
        for at in range(index - _CELL_HEADS, index)
    ):
        return None
    first = _owner(keys, cell_key(own.text, rules))
    if first is None:
        return None
    heads: list[Cell] = []
    at = index - 1
    while at >= 0 and (cell := _lone_cell(infos[at])) is not None and not _FIGURE.search(
        cell.text
    ):
        heads.insert(0, cell)
        at -= 1
    width = len(heads)
    if width < _CELL_HEADS or any(_owner(keys, cell_key(h.text, rules)) is not None for h in heads):
        return None
    cells: list[tuple[Cell, int | None]] = []
    stop = index
    while stop < len(infos) and (cell := _lone_cell(infos[stop])) is not None:
        cells.append((cell, _owner(keys, cell_key(cell.text, rules))))
        stop += 1
    out: _CaseRows = {}
    current: int | None = None
    run: list[Cell] = []
    used = 0
    key: Cell | None = None
    for number, (cell, owner) in enumerate([*cells, (None, -1)]):  # (a last key: the end)
        if owner is not None:
            if current is not None and key is not None:
                if not run or len(run) % (width - 1) or current in out:
                    break
                rows = [run[k : k + width - 1] for k in range(0, len(run), width - 1)]
                # one row of figures (``北九州市 / 310人 / 201人``): each head and its cell
                out[current] = (
                    [list(pair) for pair in zip(heads, [key, *rows[0]], strict=True)]
                    if len(rows) == 1 and _FIGURE.search(rows[0][0].text)
                    else [heads[1:], *rows]
                )
                if not all(_FIGURE.search(row[-1].text) or _dash(row[-1].text)
                           for row in out[current][1:]):
                    del out[current]
                    break
                used = number
            current, run, key = owner, [], cell
            if cell is None or owner < 0:
                break
        else:
            run.append(cell)  # type: ignore[arg-type]
    if len(out) < 2 or (used < len(cells) and len(out) < len(keys)):
        return None
    return out, index - width, index + used


def _dash(text: str) -> bool:
    """A cell saying no figure (a dash)."""
    return bool(text) and all(char in "-－―‐—ー" for char in text)


def _heads(head: Sequence[Sequence[Cell]], at: int) -> list[Cell]:
    """The label of each column of a header of one row or two (the upper cell carried to
    the right when empty, the lower one its role)."""
    top = list(head[0])
    carried: Cell | None = None
    for k in range(at + 1, len(top)):
        carried = top[k] if top[k].text or carried is None else carried
        top[k] = carried
    if len(head) == 1:
        return top
    return [_joined(top[k], head[1][k]) for k in range(len(top))]


def _row(cells: Sequence[Cell]) -> CellRow:
    """A row of cells taken from a wider table (written tab-separated, as a table of one
    case's column would be)."""
    return CellRow("\t".join(cell.text for cell in cells), cells[0].start, parts=tuple(cells))


def _headline(info: LineInfo, rules: Rules) -> bool:
    """Whether a line may caption a table: a heading or text line, or a line behind a
    heading mark that the reader took for a bullet (``■平成30年度 事業目標と実績（…）``,
    ``■令和４年度 事業目標と実績一覧``: decisions 2722, 2789); either stating no sentence."""
    if info.kind in (K.SECTION, K.TEXT, K.HEADING):
        return True
    return info.kind is K.BULLET and _words(rules).marks.match(info.text) is not None and not (
        ends_sentence(info.text)
    )


def _caption(
    infos: Sequence[LineInfo], first: int, floor: int, rules: Rules = DEFAULT_RULES
) -> int | None:
    """The index of the caption line above the table at ``first`` (blank lines aside)."""
    index = first - 1
    while index >= floor and infos[index].kind is K.BLANK:
        index -= 1
    if index >= floor and _headline(infos[index], rules):
        return index
    return None


#: the sections under which a case's name alone on a line heads that case's block
_PLAIN_SECTIONS = frozenset({"comments", "other_results"})


def _speaker_cases(
    infos: Sequence[LineInfo],
    heading: int,
    keys: Sequence[set[str]],
    offices: Sequence[set[str]],
    rules: Rules,
) -> dict[int, int]:
    """The speakers' lines of the comments section headed at ``heading`` and the case each
    names, when the section gathers its comments by organisation rather than by case
    (``【自治体から】`` over ``◇堺市生活援護課``, ``【労働局・ハローワークから】`` over
    ``◇大阪労働局``; decision 2907); else nothing. A speaker's line is a marked or bracketed
    name over the sentences it says; it names a case when the name opens with one case's
    municipality (a department of the city) or is one case's Hello Work office or labour
    bureau. Every speaker of the section must name a case, two cases at least: a speaker
    naming none (a bureau the case list below has not joined yet) leaves the section to
    the readers of decision 2399. A comment heading is a speaker's line too (``＜甲府市＞``,
    ``＜山梨労働局＞``: decision 3077; before, only one naming its case in a bracket, 2956),
    and the sentences under it may be quoted (``「…減りました。」``, :func:`says`)."""
    found: dict[int, int] = {}
    for index in range(heading + 1, len(infos)):
        info = infos[index]
        if info.kind is K.SECTION and info.section != "comments":
            break  # (a sub-heading of the voices, ``◇労働局から``, goes on with them)
        if info.kind in (K.BLANK, K.SECTION):
            continue
        bracketed = _bracketed_case(info.text, keys, rules)
        names = heading_keys(info.text, rules) or _bare_speaker(info, rules)
        if not names:
            continue
        below = next(
            (i for i in range(index + 1, len(infos)) if infos[i].kind is not K.BLANK), None
        )
        if below is None or not says(infos[below].text):
            continue
        owner = bracketed
        if owner is None:
            owner = _speaker_case(names[0], keys, offices)
        if owner is None:
            return {}
        found[index] = owner
    return found if len(set(found.values())) >= 2 else {}


#: a speaker's name alone on its line with no heading mark of ``[gathered_parts]``: in round
#: brackets (``（山梨労働局）``) or with ``より`` / ``から`` after it (``ハローワーク甲府より``)
_BARE_SPEAKER = regex.compile(
    r"^\s*(?:[(（]\s*(?P<name>[^\s()（）:：「」『』。、]{2,30}?)\s*[)）]"
    r"|(?P<name>[^\s()（）:：「」『』。、]{2,30}?)\s*(?:より|から))\s*$"
)
def _bare_speaker(info: LineInfo, rules: Rules) -> tuple[str, ...]:
    """The name of a line holding a partner's name alone in round brackets or before
    ``より`` / ``から`` (``（山梨労働局）``, ``ハローワーク甲府より``: forms the comment readers
    read as a speaker's heading, which ``[gathered_parts]`` marks and brackets do not hold)
    when it is a city or one of its departments, a labour bureau or a Hello Work office
    (``comment_roles``); else nothing (decision 3079). A name after ``・`` or alone on its
    line is no speaker's heading to the comment readers (decision 2789) and gives none."""
    if info.kind not in (K.TEXT, K.BULLET, K.HEADING):
        return ()
    found = _BARE_SPEAKER.match(info.text)
    if found is None:
        return ()
    from jirei.comments import role_of

    name = found.group("name")
    return (name_key(name),) if role_of(name, rules) != "other" else ()


def _speaker_case(
    name: str, keys: Sequence[set[str]], offices: Sequence[set[str]]
) -> int | None:
    """The one case a speaker's name names (see :func:`_speaker_cases`), else None."""
    hits = {at for at, own in enumerate(offices) if name in own}
    for at, own in enumerate(keys):
        if any(name.startswith(key) and key.endswith(_PLACE_ENDS) for key in own):
            hits.add(at)
    return next(iter(hits)) if len(hits) == 1 else None


#: a bracketed group inside a speaker's line (``（事例１　静岡市）``, ``〔浜松市〕``)
_BRACKETED = regex.compile(
    r"[(（\[［【〔<＜《〈≪]([^()（）\[\]［］【】〔〕<>＜＞《》〈〉≪≫]{1,30})[)）\]］】〕>＞》〉≫]"
)


def _bracketed_case(text: str, keys: Sequence[set[str]], rules: Rules) -> int | None:
    """The one case a bracket in a speaker's line names, else None: the line names the
    organisation, the bracket the case its voice is about (``◇静岡労働局（事例１　静岡市）``,
    ``◇静岡労働局〔浜松市〕``, ``◇ハローワーク（事例3）``; decision 2951). The bracket
    names it by its case label's number, by a key after the label, by a key alone (a
    ``heading_tails`` word dropped: ``（浜松市の事例）``) or by a case's place written in it
    (``（事例1・静岡市）``); a bracket naming two cases, or none (``（職業安定部）``), names
    none."""
    hits: set[int] = set()
    places: list[tuple[int, str]] | None = None  # each case's keys that are places
    for found in _BRACKETED.finditer(text):
        inner = found.group(1).strip()
        names: list[str] = []
        label = label_length(inner, rules)
        if label:
            number = block_number(inner, label)
            if number is not None:
                names.append(f"#{number}")
            inner = inner[label:].strip(" 　・:：、,-－―")
        if inner:
            names += [name_key(inner), _tail_dropped(name_key(inner), rules)]
        hits |= {owner for name in names if (owner := _owner(keys, name)) is not None}
        said = name_key(found.group(1))
        if places is None:
            places = [
                (at, key) for at, own in enumerate(keys) for key in own
                if key.endswith(_PLACE_ENDS)
            ]
        # a place written inside it (``（事例1・静岡市）``, ``（静岡市分）``)
        hits |= {at for at, key in places if key in said}
    return next(iter(hits)) if len(hits) == 1 else None


def _plain_owner(infos: Sequence[LineInfo], index: int, keys: Sequence[set[str]]) -> int | None:
    """The case a line names by its name alone, no mark or bracket (``せんだい就労サポート
    あおば`` over its speakers in a closing 関係者の声, decision 2791): a short text or heading
    line after a blank line or the section heading, that is a case's facility name or
    municipality exactly; else None."""
    info = infos[index]
    text = info.text.strip()
    if info.kind not in (K.TEXT, K.HEADING) or not text or len(text) > _HEAD_LINE:
        return None
    if ends_sentence(text) or _FIGURE.search(text):
        return None
    if index > 0 and infos[index - 1].kind not in (K.BLANK, K.SECTION) and not (
        infos[index - 1].kind is K.BULLET and _heads_items(infos, index)
    ):
        return None
    return _owner(keys, name_key(text))


def _heads_items(infos: Sequence[LineInfo], index: int) -> bool:
    """Whether the line at ``index`` stands over marked items (the next line not blank a
    bullet): a name heading its group of items in a list of every case's (``水戸市`` over
    ``◆就労準備セミナーを…``, right under the group before; decision 3313)."""
    below = next((info for info in infos[index + 1 :] if info.kind is not K.BLANK), None)
    return below is not None and below.kind is K.BULLET


def _cut_above(
    infos: Sequence[LineInfo], first: int, floor: int, rules: Rules = DEFAULT_RULES
) -> int:
    """``first``, or the first of the caption lines right above it (a part's heading: at
    most two lines together, a blank line between them and the part allowed, none stating
    a figure)."""
    index = first
    while index - 1 >= floor and infos[index - 1].kind is K.BLANK:
        index -= 1
    top, seen = first, 0
    while index - 1 >= floor and seen < _CAPTION_LINES:
        above = infos[index - 1]
        if (
            not (_headline(above, rules) or _group_heading(above))
            or ends_sentence(above.text)
            or _FIGURE.search(above.text)
        ):
            break
        index -= 1
        top, seen = index, seen + 1
        if _group_heading(above):  # (a blank line between the voices' headings: 2908)
            while index - 1 >= floor and infos[index - 1].kind is K.BLANK:
                index -= 1
    return top


def _group_heading(info: LineInfo) -> bool:
    """Whether a line the reader took for a speaker's heading heads a group of speakers
    above a part instead (``【自治体から】`` over ``◇堺市生活援護課``; decision 2908): a
    comment heading line saying no sentence, a part's caption as a section heading is."""
    return info.kind is K.COMMENT and not ends_sentence(info.text)


@per_rules
def _last_gathered(rules: Rules = DEFAULT_RULES) -> dict[str, object]:
    """Where :func:`gathered_parts` keeps its last call under ``rules`` (under ``last``: the
    lines, the call's spans and keys, and what it found, in one tuple written and read at
    once): ``profile`` asks it twice a document of the same lines, mostly with the same
    spans and keys (the front tables' pass after the gathered parts')."""
    return {}


def _last_call_kept(
    find: Callable[..., Gathered | None],
) -> Callable[..., Gathered | None]:
    """``find`` answering at once when asked again of the same lines (the same tuple, which
    is immutable), the same spans, keys and offices as its last call under the ``Rules``."""

    def kept(
        infos: Sequence[LineInfo],
        spans: Sequence[tuple[int, int, int]],
        keys: Sequence[set[str]],
        rules: Rules = DEFAULT_RULES,
        offices: Sequence[set[str]] = (),
        own_heads: frozenset[int] = frozenset(),
    ) -> Gathered | None:
        if type(infos) is not tuple:
            return find(infos, spans, keys, rules, offices, own_heads)
        memo = _last_gathered(rules)
        call = (
            tuple(spans),
            tuple(frozenset(own) for own in keys),
            tuple(frozenset(own) for own in offices),
            own_heads,
        )
        last = memo.get("last")
        if last is not None and last[0] is infos and last[1] == call:  # type: ignore[index]
            return last[2]  # type: ignore[index,no-any-return]
        found = find(infos, spans, keys, rules, offices, own_heads)
        memo["last"] = (infos, call, found)
        return found

    return functools.wraps(find)(kept)


@_last_call_kept
def gathered_parts(
    infos: Sequence[LineInfo],
    spans: Sequence[tuple[int, int, int]],
    keys: Sequence[set[str]],
    rules: Rules = DEFAULT_RULES,
    offices: Sequence[set[str]] = (),
    own_heads: frozenset[int] = frozenset(),
) -> Gathered | None:
    """The parts gathered after the cases (see the module), else None. ``spans`` are each
    case's (first, body, stop) line indexes, ``keys`` each case's keys; ``own_heads`` the
    opening lines of cases that stand as parts of their own (:func:`headed_keys`): no keyed
    heading of a gathered part.

    The parts may come in runs: a page's shared table after the cases of that page, the
    next page's cases after it (decision 2721). A run ends where a case opens that no part
    of the run keys at its head; the next run is looked for after that case's head."""
    if len(spans) < 2 or not any(keys):
        return None
    keys = _indexed_keys(keys)
    totals = frozenset(name_key(word) for word in rules.case_list_totals)
    runs: list[Gathered] = []
    begin = spans[0][1]
    while begin < len(infos):
        found = _run(infos, spans, keys, rules, totals, begin, offices, own_heads)
        if found is None:
            break
        run, end = found
        if run is not None:
            runs.append(run)
        if end >= len(infos):
            break
        begin = next((body for first, body, _ in spans if first == end), len(infos))
    if not runs:
        return None
    return Gathered(
        runs[0].start,
        tuple(part for run in runs for part in run.parts),
        tuple(run.start for run in runs[1:]),
    )


def _items(
    infos: Sequence[LineInfo],
    keys: Sequence[set[str]],
    rules: Rules,
    totals: frozenset[str],
    begin: int,
    offices: Sequence[set[str]] = (),
) -> list[tuple[int, int, object]]:
    """The keyed tables, keyed headings and keyed sentences from line ``begin`` on: (line,
    case or -1 for a table, payload)."""
    items: list[tuple[int, int, object]] = []
    index = begin
    section: str | None = None  # the kind of the section heading above the line
    speakers: dict[int, int] = {}  # a comments section's speaker lines → their cases
    while index < len(infos):
        info = infos[index]
        if info.kind is K.SECTION:
            if info.section == "comments" and section != "comments" and offices:
                speakers = _speaker_cases(infos, index, keys, offices, rules)
            section = info.section
        if info.kind is K.TABLE:
            stop = _table_run(infos, index)
            table = _keyed_table(_rows(infos, index, stop), keys, totals, rules)
            if table is not None:
                items.append((index, -1, (table, stop)))
            index = stop
            continue
        if info.kind in (K.TEXT, K.HEADING, K.SECTION) and (
            cells := _cell_table(infos, index, keys, rules)
        ):
            table, first, stop = cells  # a table one cell a line (decision 2572)
            items.append((first, -1, (table, stop)))
            index = stop
            continue
        if info.kind is not K.BLANK and (info.kind is not K.COMMENT or index in speakers):
            owner = _named_owner(keys, heading_keys(info.text, rules))
            if owner is None and section in _PLAIN_SECTIONS:
                owner = _plain_owner(infos, index, keys)
            if owner is None and section == "comments":
                owner = speakers.get(index)
            if (
                owner is not None and items and items[-1][1] >= 0 and items[-1][2] is None
                and all(infos[i].kind is K.BLANK for i in range(items[-1][0] + 1, index))
            ):
                pass  # a case named right under a block's heading: a line of the block, a
                # speaker's label (``（１）高松市の事例`` over ``◇高松市``: 2628) — whichever
                # case it names (``事例１（長岡市）`` over ``＜長岡市＞``, the city a case that
                # ran into the parts took from their comments: decision 2782)
            elif owner is not None:
                items.append((index, owner, None))
            elif info.kind in (K.TEXT, K.BULLET) and (
                said := _keyed_sentence(info.text, keys, rules)
            ):
                items.append((index, said[0], said[1]))  # ``北九州市では、…284人…`` (2536)
        index += 1
    return items


def _run(
    infos: Sequence[LineInfo],
    spans: Sequence[tuple[int, int, int]],
    keys: Sequence[set[str]],
    rules: Rules,
    totals: frozenset[str],
    begin: int,
    offices: Sequence[set[str]] = (),
    own_heads: frozenset[int] = frozenset(),
) -> tuple[Gathered | None, int] | None:
    """The run of parts found from line ``begin`` on and the line it ends at (the first line
    of the next case opening after it, else the end), else None when none begins."""
    items = _items(infos, keys, rules, totals, begin, offices)
    if own_heads:  # (a case's own part heading heads no gathered part: decision 3180)
        items = [item for item in items if item[2] is not None or item[0] not in own_heads]
    start = next(
        (
            at
            for number, (at, owner, payload) in enumerate(items)
            # a table, or a heading after its case, or sentences naming two cases in a run
            if owner < 0
            or (
                at >= spans[owner][2]
                and (not isinstance(payload, int) or _sentence_run(items, number))
            )
        ),
        None,
    )
    if start is None:
        return None
    end = next(  # a case opening after the run's start, headed by no part of it (2721);
        # its own label naming it (``事例３　小松市``, a key since decision 2782) heads no part
        (
            first
            for case, (first, body, _) in enumerate(spans)
            if first > start
            and not any(first <= at < body and owner != case for at, owner, _ in items)
        ),
        len(infos),
    )
    items = [item for item in items if start <= item[0] < end]
    if len({owner for _, owner, _ in items if owner >= 0} | {
        case for _, owner, payload in items if owner < 0 for case in payload[0]  # type: ignore[index]
    }) < 2:
        return None, end
    cut = _cut_above(infos, start, max(begin, spans[0][1]), rules)
    parts: list[_Part] = []
    row_kinds = classifier(rules)
    covered = [False] * len(infos)  # the lines of the tables and blocks
    for number, (at, owner, payload) in enumerate(items):
        if owner < 0:
            table, stop = payload  # type: ignore[misc]
            covered[at:stop] = [True] * (stop - at)
            parts.extend(_table_parts(infos, at, cut, table, row_kinds, rules))
            continue
        if isinstance(payload, int):  # a sentence naming its case: its results (2536)
            until = items[number + 1][0] if number + 1 < len(items) else end
            until = next(  # (the sentence and the lines going on under it)
                (i for i in range(at + 1, until) if infos[i].kind is not K.TEXT), until
            )
            covered[at:until] = [True] * (until - at)
            parts.append(
                _sentence_part(infos, at, until, payload, owner, spans[0][1], row_kinds)
            )
            continue
        until = items[number + 1][0] if number + 1 < len(items) else end
        heading_at = next(  # (a section heading inside a block above is that block's)
            (
                i
                for i in range(at - 1, cut - 1, -1)
                if infos[i].kind is K.SECTION and not covered[i]
            ),
            None,
        )
        until = _block_end(infos, at, until, heading_at)
        covered[at:until] = [True] * (until - at)
        said = heading_at is not None and _names_its_speaker(infos, at, until, heading_at)
        own = tuple(infos[at if said else at + 1 : until])  # (its speaker: decision 2652)
        if all(info.kind is K.BLANK for info in own):
            continue  # (a heading with nothing under it)
        above = (infos[heading_at],) if heading_at is not None else ()
        if heading_at is None:  # ``平成30年度 事業目標と実績（長野市・…）`` over the blocks (2661)
            caption = _results_caption(infos, at, cut, covered, rules)
            above = (caption,) if caption is not None else ()
        parts.append(_Part(owner, at, block=(*above, *own)))
    holder = next(
        (n for n, (_, body, stop) in enumerate(spans) if body < cut < stop), len(spans) - 1
    )
    parts.extend(
        _Part(holder, at, block=block) for at, block in _loose(infos, cut, covered, end)
    )
    return Gathered(cut, tuple(parts)), end


def _results_caption(
    infos: Sequence[LineInfo], at: int, floor: int, covered: Sequence[bool], rules: Rules
) -> LineInfo | None:
    """The caption over a run of keyed blocks, read as a results heading: the first line
    above the block at ``at`` (blank lines and the blocks above it aside) when it is a
    results heading with the cases it covers in brackets after it
    (``平成30年度 事業目標と実績（長野市・上伊那広域連合）``; decision 2661), else None."""
    from jirei.headwords import head_kind

    index = at - 1
    while index >= floor and (infos[index].kind is K.BLANK or covered[index]):
        index -= 1
    if index < floor or infos[index].kind not in (K.TEXT, K.HEADING):
        return None
    text = infos[index].text.strip()
    if _FIGURE.search(text):
        return None
    bare = text[: text.rindex("(")].rstrip() if text.endswith(")") and "(" in text[1:] else text
    if classifier(rules).kind_of(bare) != (K.SECTION, "results") and head_kind(
        text, rules
    ) != "results":
        return None
    return LineInfo(infos[index].line, K.SECTION, "results")


#: the sections a case's results block is read under, and the one it may hold after its
#: table (``■長野市`` over a table and ``その他の実績``; decision 2654)
_RESULTS_KINDS = frozenset({"results", "targets"})
_AFTER_TABLE = "other_results"


def _block_end(
    infos: Sequence[LineInfo], at: int, end: int, heading_at: int | None
) -> int:
    """Where the keyed block headed at ``at`` ends (before ``end``): at the first section
    heading, unless the heading is the other results right after the block's own table or
    results paragraph (a sentence; decision 3451) — then at the first blank line after that
    section's first line (decision 2654)."""
    if heading_at is not None and infos[heading_at].section not in _RESULTS_KINDS | {
        _AFTER_TABLE
    }:
        return next((i for i in range(at + 1, end) if infos[i].kind is K.SECTION), end)
    table = False
    after: int | None = None  # the other results section the block holds
    for i in range(at + 1, end):
        kind = infos[i].kind
        if after is not None:
            if kind is K.BLANK and i > after + 1 and infos[i - 1].kind is not K.BLANK:
                return i
            if kind is K.SECTION:
                return i
            continue
        if kind is K.TABLE or (kind is K.TEXT and "。" in infos[i].text):
            table = True  # (or a results paragraph: its other results follow it too, 3451)
        elif kind is K.SECTION:
            if table and infos[i].section == _AFTER_TABLE:
                after = i
                continue
            return i
    return end


#: what the text under a speaker's heading closes with
_SAID_ENDS = ("。", "」", "』", "!", "?", "！", "？")


def _names_its_speaker(
    infos: Sequence[LineInfo], at: int, end: int, heading_at: int
) -> bool:
    """Whether a keyed heading under a comments section (``関係者の声`` over ``＜松本市＞``)
    is the speaker of the text under it — the next filled line closes a sentence — rather
    than a heading over speaker lines of its own (decision 2652)."""
    if infos[heading_at].section != "comments":
        return False
    below = next((infos[i] for i in range(at + 1, end) if infos[i].kind is not K.BLANK), None)
    return (
        below is not None
        and below.kind is K.TEXT
        and below.text.rstrip().endswith(_SAID_ENDS)
    )


def front_parts(
    infos: Sequence[LineInfo],
    spans: Sequence[tuple[int, int, int]],
    keys: Sequence[set[str]],
    rules: Rules = DEFAULT_RULES,
    skip: Callable[[int], bool] = lambda _start: False,
) -> list[_Part]:
    """The parts of the keyed tables standing before the first case (a results 一覧表 at the
    front, decision 2400), but those ``skip`` says another reader joins (by the offset their
    first line starts at)."""
    if len(spans) < 2 or not any(keys):
        return []
    keys = _indexed_keys(keys)
    totals = frozenset(name_key(word) for word in rules.case_list_totals)
    row_kinds = classifier(rules)
    parts: list[_Part] = []
    index = 0
    while index < spans[0][0]:
        if infos[index].kind is not K.TABLE:
            index += 1
            continue
        stop = _table_run(infos, index)
        table = _keyed_table(_rows(infos, index, stop), keys, totals, rules)
        if table is not None and not skip(infos[index].line.start):
            parts.extend(_table_parts(infos, index, 0, table, row_kinds, rules))
        index = stop
    return parts


def _table_parts(
    infos: Sequence[LineInfo],
    at: int,
    floor: int,
    table: _CaseRows,
    row_kinds: Classifier,
    rules: Rules = DEFAULT_RULES,
) -> list[_Part]:
    """Each case's part of the keyed table at line ``at``: its two-column rows under the
    table's caption read as a results heading."""
    caption = _caption(infos, at, floor, rules)
    if isinstance(table, _CommentRows):  # each case's comments under the caption (3221)
        above = LineInfo(infos[caption if caption is not None else at].line, K.SECTION, "comments")
        return [
            _Part(case, at, block=(above, *row_kinds.classify_all([_row(c) for c in rows])))
            for case, rows in table.items()
        ]
    if caption is None and _corner_caption(infos[at], row_kinds):
        caption = at  # ``【令和２年度 事業目標と実績】<TAB>仙台市<TAB>郡山市`` (decision 3028)
    heading = (
        (LineInfo(infos[caption].line, K.SECTION, "results"),) if caption is not None else ()
    )
    metric = _caption_metric(infos[caption].line, rules) if caption is not None else None
    ones = {  # a table of one metric: the caption's, each row's roles (decision 3225)
        case: found
        for case, rows in table.items()
        if metric is not None and (found := _one_metric(rows, metric, rules)) is not None
    }
    return [
        _Part(
            case,
            at,
            table=True,
            block=(
                *heading,
                *row_kinds.classify_all([_row(cells) for cells in ones.get(case, rows)]),
            ),
            one_metric=case in ones,
        )
        for case, rows in table.items()
    ]


#: the roles of the figures of one metric (a table of one metric: its column heads)
_FIGURE_ROLES = frozenset({"target", "actual", "achievement_rate"})


def _caption_metric(line: Line, rules: Rules) -> Cell | None:
    """The metric a table's caption names, its table number dropped (``表１　支援対象者数``,
    ``（２）就職者数``, ``■就職率（％）``: ``[gathered_parts] caption_numbers``), as a cell
    spanning the name in the caption; None when the rest is no metric of ``rules.metrics``."""
    text = line.text
    lead = len(text) - len(text.lstrip())
    rest = text.strip()
    for pattern in rules.figures_table.get("gathered_parts", {}).get("caption_numbers", ()):
        found = regex.match(pattern, rest)
        if found is not None and found.end() < len(rest):
            lead, rest = lead + found.end(), rest[found.end() :]
            break
    name = regex.sub(r"\s*[(（][^()（）]{1,8}[)）]$|[】\]>]$", "", rest).strip()
    if not name or label_form(name) not in rules.metrics:
        return None
    return Cell(name, line.start + lead, line.start + lead + len(name))


def _one_metric(
    rows: Sequence[Sequence[Cell]], metric: Cell, rules: Rules
) -> list[list[Cell]] | None:
    """A case's ``role | figure`` pairs of a table of one metric as a table of that metric:
    a head row of the roles over a row of the metric's figures (``目標 実績 達成率`` over
    ``支援対象者数 180人以上 203人 112.8%``), when every pair's label is a role word (decision
    3225); else None."""
    pairs = [row for row in rows if len(row) == 2]
    if not pairs or len(pairs) != len(rows):
        return None
    if any(column_role(label.text, rules) not in _FIGURE_ROLES for label, _ in pairs):
        return None
    first = pairs[0][0]
    return [
        [Cell("", first.start, first.start), *(label for label, _ in pairs)],
        [metric, *(value for _, value in pairs)],
    ]


def _corner_caption(info: LineInfo, row_kinds: Classifier) -> bool:
    """Whether the corner cell of a keyed table's head row is a results heading of its own
    (the table's caption written in its corner rather than on the line above it)."""
    cells = row_cells(info.line)
    if len(cells) < 2 or not cells[0].text.strip():
        return False
    return row_kinds.kind_of(cells[0].text.strip()) == (K.SECTION, "results")


def _sentence_run(items: Sequence[tuple[int, int, object]], number: int) -> bool:
    """Whether the sentence item ``number`` is followed closely (within three lines) by a
    sentence naming another case: the results of every case written one sentence each, not
    one case's text naming another."""
    if number + 1 >= len(items):
        return False
    at, owner, _ = items[number]
    after, other, payload = items[number + 1]
    return isinstance(payload, int) and other != owner and after - at <= 3


def _keyed_sentence(
    text: str, keys: Sequence[set[str]], rules: Rules
) -> tuple[int, int] | None:
    """The case a results sentence opens by naming (``北九州市では、支援対象者数は…``,
    ``熊本市の実績は、…``) and where the sentence goes on after the name, else None: a
    figure must follow (decision 2536)."""
    if not _FIGURE.search(text):
        return None
    mark = _words(rules).marks.match(text)
    lead = mark.end() if mark is not None else len(text) - len(text.lstrip())
    while lead < len(text) and (text[lead] in rules.bullets or text[lead].isspace()):
        lead += 1  # ``・北九州市は、…``
    head = text[lead : lead + _SENTENCE_KEY]
    for topic in _sentence_topics(rules):
        at = head.find(topic)
        while at > 0:
            owner = _owner(keys, name_key(head[:at]))
            if owner is not None:
                stop = lead + at + len(topic)
                while stop < len(text) and text[stop] in "、, ":
                    stop += 1
                return owner, stop
            at = head.find(topic, at + 1)
    return None


#: how far into a sentence the case's name may reach
_SENTENCE_KEY = 30


@per_rules
def _sentence_topics(rules: Rules = DEFAULT_RULES) -> tuple[str, ...]:
    """The words closing a case's name opening a results sentence, longest first."""
    table = rules.figures_table.get("gathered_parts", {})
    return tuple(sorted(table.get("sentence_topics", ()), key=len, reverse=True))


def _sentence_part(
    infos: Sequence[LineInfo],
    at: int,
    end: int,
    cut_at: int,
    owner: int,
    floor: int,
    row_kinds: Classifier,
) -> _Part:
    """The results part of a sentence naming its case: the line from after the name (and
    the lines going on under it), under the section heading above read as a results
    heading."""
    heading_at: int | None = None
    index = at - 1
    while index >= floor:  # above the sentences of the other cases: the caption of them all
        info = infos[index]
        text = info.text.strip()
        if info.kind is K.BLANK or (ends_sentence(text) and _FIGURE.search(text)):
            index -= 1
            continue
        if len(text) <= _HEAD_LINE and not ends_sentence(text) and not _FIGURE.search(text):
            heading_at = index
        break
    heading = (
        (LineInfo(infos[heading_at].line, K.SECTION, "results"),)
        if heading_at is not None
        else ()
    )
    first = infos[at].line
    rest = Line(first.text[cut_at:], first.start + cut_at)
    lines = [rest, *(info.line for info in infos[at + 1 : end])]
    return _Part(owner, at, table=True, block=(*heading, *row_kinds.classify_all(lines)))


def _loose(
    infos: Sequence[LineInfo], cut: int, covered: Sequence[bool], end: int | None = None
) -> list[tuple[int, tuple[LineInfo, ...]]]:
    """The stretches of the parts that no keyed table or heading holds and that hold a
    comment or a comments section (a slide of every case's comments with no keyed heading,
    decision 2399; ``■関係者の声`` over ``【広島市健康福祉局】``…, 2852): the
    case the parts ran into keeps them (``with_named_speakers`` then gives each comment to
    the case its speaker names); up to line ``end`` (the end of the run of parts)."""
    out: list[tuple[int, tuple[LineInfo, ...]]] = []
    end = len(infos) if end is None else end
    index = cut
    while index < end:
        if covered[index]:
            index += 1
            continue
        stop = index
        while stop < end and not covered[stop]:
            stop += 1
        stretch = tuple(infos[index:stop])
        if any(info.kind is K.COMMENT for info in stretch):
            out.append((index, stretch))
        else:  # from a comments heading over speakers' bracketed names on (decision 2852)
            heads = [
                n for n, info in enumerate(stretch)
                if info.kind is K.SECTION and info.section == "comments"
            ]
            if heads:
                out.append((index + heads[0], stretch[heads[0]:]))
        index = stop
    return out


def next_labels(
    infos: Sequence[LineInfo],
    spans: Sequence[tuple[int, int, int]],
    keys: Sequence[set[str]],
    rules: Rules = DEFAULT_RULES,
) -> dict[int, int]:
    """Where each case ends that ends with a keyed heading naming the case after it (its
    sub-head ``（２）まつもと仕事サポート窓口`` over that case's headline, decision 2393): the
    case's index → the heading's line index."""
    out: dict[int, int] = {}
    keys = _indexed_keys(keys)
    for index in range(len(spans) - 1):
        _first, body, stop = spans[index]
        last = stop - 1
        while last > body and infos[last].kind is K.BLANK:
            last -= 1
        if last <= body or infos[last].kind in (K.TABLE, K.COMMENT):
            continue
        if _named_owner(keys, heading_keys(infos[last].text, rules)) == index + 1:
            out[index] = last
    return out


def with_gathered(
    profiles: Sequence[Profile],
    gathered: Gathered,
    read_block: Callable[[Sequence[LineInfo]], Profile],
    rules: Rules = DEFAULT_RULES,
) -> list[Profile]:
    """``profiles`` with the gathered parts read into their cases: a table's figures (and
    the fiscal year of its caption) into a case that read none of its own, a block's
    comments, other results and items added to the case's."""
    rough = _rough(rules)
    import attrs

    out = list(profiles)
    tabled: set[int] = set()  # the cases a gathered table of one metric gave figures to
    for part in gathered.parts:
        own = out[part.case]
        if part.one_metric and part.case in tabled:  # the next table of one metric (3225)
            read = read_block(part.block)
            out[part.case] = _merged(own, read) if read.metrics else own
            continue
        if part.table and own.metrics and len(own.metrics) > _MOST_STRAY:
            continue
        read = read_block(part.block)
        if part.table and not read.metrics:
            continue
        if part.one_metric:
            tabled.add(part.case)
        if part.table and own.metrics:
            if not _restated(own.metrics, read.metrics, rough):
                continue
            own = attrs.evolve(own, metrics=())  # the table states them in full (2674)
        out[part.case] = _merged(own, read)
    return out


#: the most figures a case may have read elsewhere (a comment's ``相談件数は約1,200件``)
#: and still take its row of a table after the cases (decision 2674)
_MOST_STRAY = 2


def _restated(
    own: Sequence[Metric], table: Sequence[Metric], rough: dict[str, float] | None = None
) -> bool:
    """Whether every figure ``own`` holds is among a table's, the same label stating the
    same actual figure and all ``own`` says besides (its target, its rate), or a rough
    figure of it (``６割`` for 66.1%, ``rough_units``): the table is the case's fuller
    statement of them, no poorer one (an overall table of actuals only)."""
    return all(any(_covers(t, m, rough or {}) for t in table) for m in own)


def stray_count() -> int:
    """The most figures a case may have read elsewhere and still take its row of a table
    after the cases (decision 2674)."""
    return _MOST_STRAY


def restates(own: Sequence[Metric], table: Sequence[Metric], rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a table's metrics restate every figure ``own`` holds (:func:`_restated`, with
    the rough units of ``rules``)."""
    return _restated(own, table, _rough(rules))


def _rough(rules: Rules) -> dict[str, float]:
    """The rough units of ``[gathered_parts] rough_units``, each its size in percent."""
    return {
        str(unit): float(size)
        for unit, size in rules.figures_table.get("gathered_parts", {}).get(
            "rough_units", {}
        ).items()
    }


def _value(q: object) -> object:
    return getattr(q, "value", None)


def _covers(table: Metric, own: Metric, rough: dict[str, float]) -> bool:
    """Whether a table's metric states all that ``own`` states."""
    if table.label != own.label:
        return False
    if _roughly(table, own, rough):
        return True
    return (
        _value(table.actual) == _value(own.actual)
        and (own.target is None or _value(table.target) == _value(own.target))
        and (own.achievement_rate is None or table.achievement_rate == own.achievement_rate)
    )


def _roughly(table: Metric, own: Metric, rough: dict[str, float]) -> bool:
    """Whether ``own`` is an actual alone in a rough unit (``６割``) whose table figure in
    percent lies within one step of it (decision 2851)."""
    actual, figure = own.actual, table.actual
    if own.target is not None or actual is None or figure is None:
        return False
    size = rough.get(getattr(actual, "unit", "") or "")
    if size is None or getattr(figure, "unit", None) != "%":
        return False
    try:
        return abs(float(figure.value) - float(actual.value) * size) < size  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def with_named_speakers(profiles: Sequence[Profile]) -> list[Profile]:
    """``profiles`` with the comments of a slide or page of every case's comments, read
    into one case, given back to the cases their speakers name (decision 2399): a case
    holding comments whose speakers are two other cases' municipality (``尾道市``,
    ``東広島市福祉課``) or Hello Work office gives each such comment, and the comments after it
    that name no case (``広島労働局``), to the case it names, when those cases hold no
    comments of their own."""
    if len(profiles) < 3:
        return list(profiles)
    out = list(profiles)
    speaker_keys: _SpeakerKeys | None = None
    for index, profile in enumerate(profiles):
        if len(profile.comments) < 2:
            continue
        if speaker_keys is None:  # each case's keys once a document, not once a comment
            speaker_keys = _speaker_keys(profiles)
        owners: list[int] = []
        current = index
        own_named = False  # a comment names the case holding them (decision 2653)
        for comment in profile.comments:
            named = _named_case(speaker_keys, comment.speaker)
            own_named = own_named or named == index
            current = named if named is not None else current
            owners.append(current)
        others = {owner for owner in owners if owner != index}
        if len(others) < (1 if own_named else 2) or any(profiles[o].comments for o in others):
            continue
        import attrs

        for other in others:
            given = tuple(c for c, o in zip(profile.comments, owners, strict=True) if o == other)
            out[other] = attrs.evolve(out[other], comments=given)
        kept = tuple(c for c, o in zip(profile.comments, owners, strict=True) if o == index)
        out[index] = attrs.evolve(out[index], comments=kept)
    return out


#: the cases by each municipality (:func:`name_key`) and by each Hello Work office or labour
#: bureau
_SpeakerKeys = tuple[dict[str, set[int]], dict[str, set[int]]]


def _speaker_keys(profiles: Sequence[Profile]) -> _SpeakerKeys:
    """The cases :func:`_named_case` finds by a municipality or an office, keyed once a
    document (not once a comment for every case)."""
    places: dict[str, set[int]] = {}
    offices: dict[str, set[int]] = {}
    for index, profile in enumerate(profiles):
        if profile.municipality:
            places.setdefault(name_key(profile.municipality), set()).add(index)
        for office in profile.hello_work:
            offices.setdefault(name_key(office), set()).add(index)
        if profile.labour_bureau:  # (one case's bureau alone names it: decision 2853)
            offices.setdefault(name_key(profile.labour_bureau), set()).add(index)
    return places, offices


def _named_case(speaker_keys: _SpeakerKeys, speaker: str | None) -> int | None:
    """The one case whose municipality (the speaker's opening), Hello Work office or labour
    bureau the speaker is (``speaker_keys``: :func:`_speaker_keys`), else None."""
    if not speaker:
        return None
    said = name_key(speaker)
    places, offices = speaker_keys
    hits = set(offices.get(said, ()))
    for end in range(len(said) + 1):  # each opening of the speaker a municipality may be
        hits.update(places.get(said[:end], ()))
    return next(iter(hits)) if len(hits) == 1 else None


def _merged(own: Profile, read: Profile) -> Profile:
    """``own`` with the lists of ``read`` added and the header fields it lacks (with their
    spans) taken from ``read``."""
    import attrs

    from jirei.profilemerge import merged

    out = merged([own, read])
    taken = {
        name: span
        for name, span in read.spans.items()
        if name not in own.spans and getattr(own, name, None) is None
        and getattr(out, name, None) is not None
    }
    return attrs.evolve(out, spans={**taken, **own.spans}) if taken else out


__all__ = [
    "FIRST_PART", "Gathered", "case_keys", "front_parts", "gathered_parts", "heading_key",
    "heading_keys", "name_key",
    "next_labels", "office_keys", "restates", "stray_count",
    "with_gathered", "with_named_speakers",
]
