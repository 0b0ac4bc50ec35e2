"""Case records whose labels stand apart from their values (decisions 3341–3347, 3350–3355)::

    事例番号
    1
    都道府県
    福岡県
    取組内容1
    "二つの窓口の連携を強化"
    指標1
    支援対象者数
    目標1
    350人以上
    実績1
    372人
    達成率1
                                  ← an empty cell
    コメント（北九州市）
    相談者の状況を直接伝えられるようになった。

A spreadsheet saved as text one field per line, a web form copied as label lines, a long
``項目<TAB>値`` sheet, ``label：value`` lines, CSV records: each fact is a label from the
rules' lexicon and its value — on the next line, after blank lines, in the next cell of its
line (a tab, two or more spaces, a colon, a comma), or over several lines under a section
label. A label may be dressed (``### 施設名``, ``**施設名**``, ``【施設名】``, ``■施設名``,
``施設名：``). A label is read by what it names, never by where it stands:

* a field label (``rules.field_labels``) is a header fact; the first one the record already
  holds, coming again, opens the next case (as does a case-number word,
  ``rules.case_list_numbers``);
* a figure-column word (``rules.columns``: ``目標``, ``実績``, ``達成率``) is a figure of the
  metric named by the label word (``指標``, ``項目``) carrying the same index
  (``figures_table["field_records"]["index"]``: ``目標1``, ``目標(1)``, ``目標_1``); without an
  index, of the label word above it; ``支援対象者数(目標)``, ``支援対象者数_目標`` and
  ``目標(支援対象者数)`` name their metric themselves;
* a section alias (``取組内容``, ``取組内容2``, ``その他の実績``) gives items, one a line
  (``①…②…`` numbers counting up from 1 part them and are dropped);
* a comment label (``市のコメント``, ``コメント（北九州市）``) gives a comment by the speaker it
  names, its lines joined;
* a year label (``対象年度``: a few characters before ``年度``) gives the fiscal year.

A label followed by a blank line and another label is an empty cell; CSV quotes around a
value are dropped (``""`` inside stands for one quote) and a spreadsheet error value
(``#N/A``) is an empty cell. Lines before the first record (a sheet name, notes) and after
the last (作成者, 連絡先) are no case. The document is such a sheet when its labelled facts
are most of its lines and at least one figure is labelled; a line of several labelled cells
(``就職者数　目標：72人　実績：80人``) is no row of two. Offsets are into the normalised text;
``locate`` maps them to the original.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex
from attrs import frozen

from jirei.casesheet import CaseColumn
from jirei.comments import role_of
from jirei.fields import FieldLine
from jirei.items import enumerator_width
from jirei.lines import Cell, Line, Locate, split_lines
from jirei.model import Comment, Profile
from jirei.rules import DEFAULT_RULES, Rules, per_rules
from jirei.sections import heading_key
from jirei.tables.cells import column_role, label_form

#: the longest label (characters, after NFKC and without spaces)
_MAX_LABEL = 24
#: the fewest labelled facts that make a sheet, the share of non-blank lines they fill
_MIN_PAIRS = 8
_MIN_SHARE = 0.8
#: the share of non-blank lines the precheck's words (field, metric-name and figure-column
#: labels) must open: a sheet's section, comment and number labels and its values aside,
#: about one line in five at least
_MIN_WORD_SHARE = 0.2
#: the most lines one quoted cell may span
_MAX_CELL_LINES = 30
#: what parts a label's cell from its value's on one line: a tab, two or more spaces, a
#: colon (``：`` after NFKC), a CSV comma
_CELL_BREAK = regex.compile(r"\t|[ \u3000]{2,}|\s*:\s*|,")
#: an item's number (``①`` → ``1`` after NFKC, ``(1)``, ``1.``) before its text, no figure
#: (``1日``, ``2回``: ``[field_records] counters``); inside a line, after a sentence end or a space
_NUMBER = r"\(?(?P<n>\d{1,2})[).、]?\s*(?=[^\d\s.,%])"
#: a number at a line's start or after a sentence end or a space, whatever follows it
_ENUMERATED = regex.compile(r"(?:^|(?<=[。.!?\s]))(?P<n>\d{1,2})")
#: the kinds of label a figure stands under
_FIGURE_KINDS = frozenset({"figure", "role_bracket", "compound"})
#: what may join a metric name and a figure-role word in one label
_COMPOUND_JOINS = "_・/-･"
#: a figure's digit
_DIGIT = regex.compile(r"\d")
#: what a figure alone holds besides its unit and qualifier (``約1,200人以上``: ``約人以上``)
_FIGURE_CHARS = regex.compile(r"[\d,.\s]")
_MAX_FIGURE_REST = 5
#: figure roles a column word may give; roles whose labelled value is not read
_FIGURE_ROLES = frozenset({"target", "actual", "achievement_rate"})
_UNREAD_ROLES = frozenset({"previous", "remark", "period", "unit", "group"})
#: ``支援対象者数(目標)``: a metric label and its figure role in brackets
_ROLE_BRACKET = regex.compile(r"^(?P<name>.+?)\((?P<role>[^()]+)\)$")
#: the brackets a comment label's speaker may stand in after the keyword
_SPEAKER_AFTER = regex.compile(
    r"^(?P<keyword>.+?)[(【\[〔《〈<](?P<speaker>[^()【】]{1,30})[)】\]〕》〉>]$"
)


@frozen
class _Label:
    """What a label line names: its kind, the word as read, an index and an extra (the
    field kind, the figure role, the section kind or the speaker)."""

    kind: str  # field number name figure unread role_bracket compound section comment year
    word: str
    index: str | None
    extra: str | None


@per_rules
def _table(rules: Rules) -> dict[str, tuple[str, ...]]:
    """The ``[field_records]`` word lists of ``figures.toml``."""
    table = rules.figures_table.get("field_records", {})
    return {key: tuple(words) for key, words in table.items()}


@per_rules
def _index_pattern(rules: Rules) -> regex.Pattern[str]:
    """A label word and its index (``目標1``, ``目標(1)``)."""
    marks = "|".join(f"(?:{mark})" for mark in _table(rules).get("index", ())) or "(?!)"
    return regex.compile(rf"^(?P<word>.+?)(?P<index>{marks})$")


#: what may dress a label line (Markdown marks, brackets, a colon) and end its index
_DRESS = " \t#*_【】[]<>()（）〈〉《》〔〕:："
_INDEX_TAIL = "0123456789()[]【】#_-"
#: what may end a row's first cell, as the precheck splits it (``_CELL_BREAK``'s marks)
_PRECHECK_BREAKS = ("\t", "  ", "\u3000\u3000", ":", ",")


@per_rules
def _precheck_words(rules: Rules) -> tuple[frozenset[str], str]:
    """The words a label line of a sheet is most often (field labels, metric-name words,
    figure-column words) and the characters that may dress one."""
    words = {*rules.field_labels, *_name_words(rules)}
    words.update(w for w, role in rules.columns.items() if role in _FIGURE_ROLES)
    return frozenset(words), _DRESS + "".join(b for b in rules.bullets if len(b) == 1)


@per_rules
def _role_words(rules: Rules) -> tuple[str, ...]:
    """The figure-column words (``目標``, ``実績``, ``達成率``), a compound label's end or
    start."""
    return tuple(w for w, role in rules.columns.items() if role in _FIGURE_ROLES and w)


def _enough_labels(text: str, rules: Rules) -> bool:
    """Whether ``_MIN_PAIRS`` lines (or first cells) are such a word, dressed or indexed,
    and at least ``_MIN_WORD_SHARE`` of the non-blank lines: a cheap test by set lookups,
    before any line is read."""
    words, dress = _precheck_words(rules)
    roles = _role_words(rules)
    hits = filled = 0
    for line in text.split("\n"):
        if not line or line.isspace():
            continue
        filled += 1
        head = line
        for mark in _PRECHECK_BREAKS:  # (the first cell of a row: ``label<TAB>value`` …)
            if mark in head:
                head = head.split(mark, 1)[0]
        if len(head) > _MAX_LABEL + 6:
            continue
        bare = head.strip(dress).rstrip(_INDEX_TAIL).rstrip(dress)
        if bare in words or bare.endswith(roles) or bare.startswith(roles):  # (``就職者数_目標``)
            hits += 1
    return hits >= _MIN_PAIRS and hits >= _MIN_WORD_SHARE * filled


@per_rules
def _name_words(rules: Rules) -> frozenset[str]:
    """The words labelling a metric's name: a label column's words and the label heads of
    ``figures.toml`` (``指標``, ``項目``, ``指標名``, ``評価指標``)."""
    words = {word for word, role in rules.columns.items() if role == "label"}
    return frozenset(words | set(rules.figures_table.get("label_heads", ())))


@per_rules
def _errors(rules: Rules) -> frozenset[str]:
    return frozenset(_table(rules).get("error_cells", ()))


def _word_kind(word: str, rules: Rules) -> _Label | None:
    """What a label word without an index names, else None."""
    field = rules.field_labels.get(word)
    if field is not None:
        return _Label("field", word, None, field)
    if word in rules.case_list_numbers:
        return _Label("number", word, None, None)
    if word in _name_words(rules):
        return _Label("name", word, None, None)
    role = column_role(word, rules)
    if role in _FIGURE_ROLES:
        return _Label("figure", word, None, role)
    if role in _UNREAD_ROLES:  # 前年度実績, 備考: a labelled fact not read
        return _Label("unread", word, None, role)
    if (role == "year" and not _DIGIT.search(word)) or any(
        word.endswith(y) and 0 < len(word) - len(y) <= 4 and not regex.search(r"\d", word)
        for y in _table(rules).get("year_words", ())
    ):
        return _Label("year", word, None, None)
    bracket = _ROLE_BRACKET.match(word)
    if bracket is not None and rules.columns.get(bracket["role"]) in _FIGURE_ROLES:
        return _Label("role_bracket", word, None, None)
    compound = _compound(word, rules)
    if compound is not None:
        return compound
    speaker = _speaker(word, rules)
    if speaker is not None:
        return _Label("comment", word, None, speaker)
    section = rules.sections.get(heading_key(word, rules))
    if section in ("initiatives", "other_results"):
        return _Label("section", word, None, section)
    return None


@per_rules
def _metric_names(rules: Rules) -> tuple[str, ...]:
    """The metric names of ``rules.metrics``, longest first."""
    return tuple(sorted(rules.metrics, key=len, reverse=True))


def _compound(word: str, rules: Rules) -> _Label | None:
    """A metric name and a figure-role word in one label, either first (``支援対象者数_目標``,
    ``就職者数・実績``, ``目標(支援対象者数)``); the name from ``rules.metrics``."""
    inner = _ROLE_BRACKET.match(word)
    if inner is not None and inner["role"] in rules.metrics:  # ``目標(支援対象者数)``
        role = rules.columns.get(inner["name"])
        if role in _FIGURE_ROLES:
            return _Label("compound", inner["role"], None, role)
    for name in _metric_names(rules):
        if word.startswith(name):
            rest = word[len(name) :].lstrip(_COMPOUND_JOINS)
        elif word.endswith(name):
            rest = word[: -len(name)].rstrip(_COMPOUND_JOINS)
        else:
            continue
        role = rules.columns.get(rest)
        if role in _FIGURE_ROLES:
            return _Label("compound", name, None, role)
        return None
    return None


@per_rules
def _keywords(rules: Rules) -> tuple[str, ...]:
    """The comment keywords, longest first."""
    return tuple(sorted(rules.comment_keywords, key=len, reverse=True))


def _speaker(word: str, rules: Rules) -> str | None:
    """The speaker a comment label names (``市のコメント``, ``コメント(北九州市)``), else None."""
    after = _SPEAKER_AFTER.match(word)
    if after is not None and after["keyword"] in rules.comment_keywords:
        return after["speaker"]
    for keyword in _keywords(rules):
        if word.endswith(keyword) and len(word) > len(keyword):
            return word[: -len(keyword)].removesuffix("の") or None
    return None


def label_of(text: str, rules: Rules = DEFAULT_RULES) -> _Label | None:
    """What a label (a line or a first cell) names, an index after its word allowed."""
    if len(text) > 2 * _MAX_LABEL and len(text.strip()) > 2 * _MAX_LABEL:
        return None  # (a cheap precheck: a long line is no label, however dressed)
    form = _bare(text, rules)
    if not form or len(form) > _MAX_LABEL:
        return None
    found = _word_kind(form, rules)
    if found is not None:
        return found
    indexed = _index_pattern(rules).match(form)
    if indexed is None:
        return None
    found = _word_kind(indexed["word"], rules)
    if found is None or found.kind in ("comment", "role_bracket", "compound"):
        return None
    index = regex.sub(r"\D", "", indexed["index"])
    return _Label(found.kind, found.word, index, found.extra)


def _bare(text: str, rules: Rules) -> str:
    """A label as written without its dressing: Markdown heading marks and emphasis
    (``### 施設名``, ``**施設名**``), a bullet (``■施設名``), wrapping brackets
    (``【施設名】``) and a colon after it (``施設名：``)."""
    form = label_form(text)
    for _ in range(2):  # (a bullet inside emphasis, brackets inside a heading …)
        form = form.lstrip("#").strip("*_").rstrip(":")
        while form and form[0] in rules.bullets:
            form = form[1:]
        form = label_form(form).rstrip(":")
    return form


@frozen
class _Fact:
    """One labelled fact: its label, the label's cell and the value's cells (one a line;
    none: an empty cell)."""

    label: _Label
    label_cell: Cell
    values: tuple[Cell, ...]


def _cell(line: Line, rules: Rules) -> Cell | None:
    """A value line's cell: stripped, its CSV quotes dropped; None when empty or an error."""
    text = line.text.strip()
    start = line.start + line.text.index(text[0]) if text else line.start
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text, start = text[1:-1], start + 1
    text = text.replace('""', '"')
    if not text.strip() or text.strip() in _errors(rules):
        return None
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Cell(text, start + lead, start + lead + len(text))


def _facts(lines: Sequence[Line], rules: Rules, share: float = 0.0) -> tuple[list[_Fact], int]:
    """The labelled facts of ``lines`` in order, and how many non-blank lines they fill;
    stopped early (the facts so far) once they can no longer fill ``share`` of the non-blank
    lines, as each non-blank line fills at most one."""
    facts: list[_Fact] = []
    filled = 0
    index = 0
    count = len(lines)
    ahead = [0] * (count + 1)  # (the non-blank lines from each line on)
    for at in range(count - 1, -1, -1):
        ahead[at] = ahead[at + 1] + (not lines[at].blank)
    floor = share * ahead[0]
    while index < count:
        if filled + ahead[index] < floor:
            break  # (cheap exit: the share is out of reach; the caller reads no sheet)
        line = lines[index]
        if line.blank:
            index += 1
            continue
        row = _row_fact(line, rules)
        if row is not None:  # a row of two cells (or a line no fact opens)
            if row.label.kind != "none":
                facts.append(row)
                filled += 1
            index += 1
            continue
        found = label_of(line.text, rules)
        if found is None:
            index += 1
            continue
        label_cell = Cell(line.stripped, line.start, line.start + len(line.text.rstrip()))
        filled += 1
        at = index + 1
        while at < count and lines[at].blank:
            at += 1
        if at >= count or _opens_fact(lines[at].text, rules):
            facts.append(_Fact(found, label_cell, ()))  # an empty cell
            index = at
            continue
        end = _value_end(lines, at, found, rules)
        values = tuple(c for line_ in lines[at:end] if (c := _cell(line_, rules)) is not None)
        values = _unquoted(values)
        facts.append(_Fact(found, label_cell, values))
        filled += 1  # (one value line: a run of lines under a label fills no share of a sheet)
        index = end
    return facts, filled


#: what ``_row_fact`` gives for a line of cells holding no labelled fact
_NO_FACT = _Label("none", "", None, None)


def _row_fact(line: Line, rules: Rules) -> _Fact | None:
    """The labelled fact of a row of two cells (``label<TAB>value``, ``label  value``,
    ``label:value``, ``label,value``); a fact of kind ``none`` for a row of cells holding
    none; None for a line to read as a label line or a value line."""
    text = line.text
    split = _CELL_BREAK.search(text.strip())
    if split is None:
        return None
    lead = len(text) - len(text.lstrip())
    head, rest = text[: lead + split.start()], text[lead + split.end() :]
    found = (
        label_of(head, rules)
        if head.strip() and len(head) <= 2 * _MAX_LABEL and "\t" not in rest.strip()
        else None
    )
    if found is None:
        if "\t" in text:
            return _Fact(_NO_FACT, Cell("", line.start, line.start), ())
        return None  # (a label holding a comma, a value line)
    if not rest.strip() and split.group().strip() in ("", ":"):
        return None  # ``施設名：`` alone: its value on the lines below
    more = _CELL_BREAK.search(rest.strip())
    if more is not None and _labels_cell(rest.strip()[: more.start()], rules):
        # ``支援対象者数 目標:120人 実績:131人``: a line of several labelled cells, no row of two
        return _Fact(_NO_FACT, Cell("", line.start, line.start), ())
    offset = lead + split.end()
    value = _cell(Line(rest, line.start + offset), rules) if rest.strip() else None
    label_cell = Cell(head.strip(), line.start, line.start + len(head.rstrip()))
    return _Fact(found, label_cell, (value,) if value else ())


def _labels_cell(text: str, rules: Rules) -> bool:
    """Whether a value's first piece is, or ends with, a label (``…実績`` in ``120人実績:131人``:
    normalisation may have taken the space before it)."""
    return label_of(text, rules) is not None or label_form(text).endswith(_role_words(rules))


def _opens_fact(text: str, rules: Rules) -> bool:
    """Whether a line is a label line or a row of cells (a labelled ``label,value`` one
    included): no value of the label above it."""
    if "\t" in text or label_of(text, rules) is not None:
        return True
    split = _CELL_BREAK.search(text.strip())
    return split is not None and label_of(text.strip()[: split.start()], rules) is not None


def _value_end(lines: Sequence[Line], at: int, label: _Label, rules: Rules) -> int:
    """The line after the value starting at line ``at``: a quoted cell's closing line; for
    a section or a comment, the lines up to a blank line or the next label."""
    text = lines[at].text.strip()
    if text.startswith('"') and not (len(text) >= 2 and text.endswith('"')):
        for end in range(at + 1, min(len(lines), at + _MAX_CELL_LINES)):
            if lines[end].text.rstrip().endswith('"'):
                return end + 1
        return at + 1
    if label.kind not in ("section", "comment"):
        return at + 1
    end = at + 1
    while (
        end < len(lines)
        and not lines[end].blank
        and not _opens_fact(lines[end].text, rules)
    ):
        end += 1
    return end


def _unquoted(values: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """A quoted cell's lines without the quote opening its first line and closing its last."""
    if len(values) < 2 or not values[0].text.startswith('"') or not values[-1].text.endswith('"'):
        return values
    first, last = values[0], values[-1]
    out = list(values)
    out[0] = Cell(first.text[1:].lstrip(), first.end - len(first.text[1:].lstrip()), first.end)
    out[-1] = Cell(last.text[:-1].rstrip(), last.start, last.start + len(last.text[:-1].rstrip()))
    return tuple(cell for cell in out if cell.text)


def _cases(facts: Sequence[_Fact]) -> list[list[_Fact]]:
    """The facts parted into cases: a header fact (or a case number) the current case already
    holds, coming again, opens the next one."""
    cases: list[list[_Fact]] = []
    seen: set[tuple[str, str]] = set()
    for fact in facts:
        key = (fact.label.kind, fact.label.word + (fact.label.index or ""))
        opens = fact.label.kind in ("field", "number")
        if not cases or (opens and key in seen):
            cases.append([])
            seen = set()
        if opens:
            seen.add(key)
        cases[-1].append(fact)
    return cases


def read_field_records(
    text: str,
    rules: Rules = DEFAULT_RULES,
    locate: Locate | None = None,
    era_at: Callable[[int], str] | None = None,
    origin: Callable[[int], str] | None = None,
) -> list[Profile] | None:
    """The profiles of a sheet of case records with labels apart from values, else None."""
    if not _enough_labels(text, rules):  # cheap precheck: enough label lines
        return None
    lines = split_lines(text)
    facts, filled = _facts(lines, rules, _MIN_SHARE)
    non_blank = sum(1 for line in lines if not line.blank)
    if len(facts) < _MIN_PAIRS or filled < _MIN_SHARE * non_blank:
        return None

    if not any(
        f.label.kind in _FIGURE_KINDS and f.values and _bare_figure(f.values[0].text)
        for f in facts
    ):  # (a figure labelled: a table's header row written a cell a line labels none; a
        # results heading over a line of labelled figures, ``【実績】`` over ``就職者数 目標…``,
        # is no labelled figure)
        return None
    cases = [case for case in _cases(facts) if sum(f.label.kind == "field" for f in case) >= 2]
    if not cases:
        return None
    from jirei.profile import identity_locate

    first = facts[0].label_cell.start  # (the sheet's title and notes above its first record)
    preamble = Cell(text[:first], 0, first) if first else None
    return [
        _profile(case, rules, locate or identity_locate, era_at, preamble, origin)
        for case in cases
    ]


def _bare_figure(text: str) -> bool:
    """Whether a value is a figure alone (``372人``, ``350人以上``, ``80.0%``): a digit, and
    besides digits, separators and spaces no more than a unit and a qualifier."""
    return _DIGIT.search(text) is not None and len(_FIGURE_CHARS.sub("", text)) <= _MAX_FIGURE_REST


def _profile(
    facts: Sequence[_Fact],
    rules: Rules,
    locate: Locate,
    era_at: Callable[[int], str] | None,
    preamble: Cell | None = None,
    origin: Callable[[int], str] | None = None,
) -> Profile:
    """One case's profile from its facts; the fiscal year the sheet's title states
    (``取組事例（令和3年度）``) where the record states none."""
    column = CaseColumn(rules, locate)
    names: dict[str, Cell] = {}
    figures: dict[str, list[tuple[str, Cell]]] = {}
    unindexed = 0
    for fact in facts:
        label, cells = fact.label, fact.values
        kind = label.kind
        if kind == "name":
            key = label.index if label.index is not None else f"u{unindexed + 1}"
            if label.index is None:
                unindexed += 1
            if cells:
                names[key] = cells[0]
            continue
        if not cells or kind == "unread":
            continue
        column.cells.extend(cells)
        value = _joined(cells)
        if kind == "field":
            field = FieldLine(label.extra or "", label.word, value.text, value.start, value.end)
            column.fields.append(field)
        elif kind == "figure":
            key = label.index if label.index is not None else f"u{unindexed}"
            figures.setdefault(key, []).append((label.extra or "", value))
        elif kind == "role_bracket":
            column.row(label.word, fact.label_cell, value, None)
        elif kind == "compound":  # the name as it stands in the label
            at = fact.label_cell.start + max(fact.label_cell.text.find(label.word), 0)
            name = Cell(label.word, at, at + len(label.word))
            column.metric_labels.setdefault(name.text, name)
            column.metric_cells.setdefault(name.text, {}).setdefault(label.extra or "", []).append(
                value
            )
        elif kind == "year":
            column.fiscal_text(value, era_at)
        elif kind == "comment":
            speaker = label.extra or ""
            offset = fact.label_cell.text.find(speaker)
            at = fact.label_cell.start + max(offset, 0)
            column.comments.append(
                Comment(
                    speaker=speaker,
                    role=role_of(speaker, rules),
                    text=value.text,
                    span=locate(value.start, value.end),
                    speaker_span=locate(at, at + len(speaker)),
                )
            )
        elif kind == "section":
            (column.other if label.extra == "other_results" else column.initiatives).extend(
                _items(cells, rules, origin)
            )
    if column.fiscal_year is None and preamble is not None:
        column.fiscal_text(preamble, era_at)
    for key, found in figures.items():
        name = names.get(key)
        if name is None:
            continue
        for role, value in found:  # the figures of one metric, as a case sheet's row gives
            column.metric_labels.setdefault(name.text, name)
            column.metric_cells.setdefault(name.text, {}).setdefault(role, []).append(value)
    return column.profile()


def _joined(cells: Sequence[Cell]) -> Cell:
    """The cells of one value as one: their texts joined (a wrapped line goes on)."""
    if len(cells) == 1:
        return cells[0]
    return Cell("".join(cell.text for cell in cells), cells[0].start, cells[-1].end)


@per_rules
def _item_number(rules: Rules) -> regex.Pattern[str]:
    counters = "".join(regex.escape(c) for c in _table(rules).get("counters", ()))
    guard = f"(?![{counters}])" if counters else ""
    return regex.compile(_NUMBER.replace("(?P<n>\\d{1,2})", f"(?P<n>\\d{{1,2}}){guard}", 1))


@per_rules
def _inline_number(rules: Rules) -> regex.Pattern[str]:
    return regex.compile(r"(?:^|(?<=[。.!?\s]))" + _item_number(rules).pattern)


def _items(
    cells: Sequence[Cell], rules: Rules, origin: Callable[[int], str] | None = None
) -> list[Cell]:
    """A section value's items, one a line, a bullet before each dropped; numbers counting
    up from 1 (``①②`` → ``1 2`` after NFKC) part the items and are dropped, at the start
    of each line or inside one line; a number that was an enumerating character (``②``)
    parts them whatever follows it (``②月1回…``)."""
    pieces: list[Cell] = []
    for cell in cells:
        pieces.extend(_numbered(cell, rules, origin) or [cell])
    leads = [_lead_number(p, rules, origin) for p in pieces]
    numbered = len(pieces) >= 2 and all(
        lead is not None and lead[0] == n for n, lead in enumerate(leads, 1)
    )
    out: list[Cell] = []
    for piece, lead in zip(pieces, leads, strict=True):
        text, start = piece.text, piece.start
        if numbered and lead is not None:
            text, start = text[lead[1] :], start + lead[1]
        while text and text[0] in rules.bullets:
            text, start = text[1:], start + 1
        stripped = text.strip()
        start += len(text) - len(text.lstrip())
        if stripped:
            out.append(Cell(stripped, start, start + len(stripped)))
    return out


def _lead_number(
    piece: Cell, rules: Rules, origin: Callable[[int], str] | None
) -> tuple[int, int] | None:
    """The item number opening ``piece`` and where its text begins: a number no counter
    follows, or one written as an enumerating character (``②月1回``); else None."""
    match = _item_number(rules).match(piece.text)
    if match is not None:
        return int(match["n"]), match.end()
    match = _ENUMERATED.match(piece.text)
    if match is None or origin is None or not enumerator_width(origin(piece.start)):
        return None
    end = match.end()
    return int(match["n"]), end + len(piece.text[end:]) - len(piece.text[end:].lstrip())


def _numbered(
    cell: Cell, rules: Rules, origin: Callable[[int], str] | None = None
) -> list[Cell] | None:
    """One line's items parted by numbers counting up from 1 after a sentence end or a
    space (``1市の窓口…。2ケース会議…``), numbers kept; None when it holds fewer than two."""
    marks: list[regex.Match[str]] = []
    for match in _inline_number(rules).finditer(cell.text):
        if int(match["n"]) == len(marks) + 1:
            marks.append(match)
    if origin is not None:  # numbers written as enumerating characters, a counter after them
        enumerated = [
            m
            for m in _ENUMERATED.finditer(cell.text)
            if enumerator_width(origin(cell.start + m.start("n"))) > 0
        ]
        if len(enumerated) >= 2 and [int(m["n"]) for m in enumerated] == list(
            range(1, len(enumerated) + 1)
        ):
            marks = enumerated
    if len(marks) < 2 or marks[0].start() != 0:
        return None
    out = []
    for n, match in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(cell.text)
        piece = cell.text[match.start() : end].strip()
        at = cell.start + match.start() + len(cell.text[match.start() : end]) - len(
            cell.text[match.start() : end].lstrip()
        )
        out.append(Cell(piece, at, at + len(piece)))
    return out


__all__ = ["label_of", "read_field_records"]
