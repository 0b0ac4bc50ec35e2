"""A name read as a case's headline gives way to the catch phrase under it (decisions
2631–2634, branch titles-s13).

A case label followed by the facility's name (``事例Ⅰ　おおいた就労支援プラザ``, ``事例①　ジョブ
サポートしろいし``) or by its place (``事例②　上伊那広域連合``) names the case; its catch phrase
stands on a line of its own under it — at once, quoted (``「…」``), after a blank line or under
the case's header lines. The headline text is a *name* when the document writes it elsewhere as
a name: followed by a bracketed facility kind (``name（一体的実施施設）``: ``rules.facility_types``
or a kind ending in ``rules.facility_type_suffixes``, in a field line, a list row or a header
line), closing a bracketed header piece (``【長野県上伊那広域連合】``), a cell of a table row
labelled as the facility's name (``施設名　name1　name2``, decision 2783), or equal to the
case's facility name or municipality field; a body of municipalities over the list of its members
(``鳥取中部ふるさと広域連合（倉吉市・三朝町・…）``, decision 2644) is a place too.

The title is then the first line under the name, within the case's opening block, that is a
catch phrase: text (no section, comment, table or bullet), no sentence (``。``), no header
fact (a field line, a bracketed piece, ``name（kind）``, a start date line).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import K, LineInfo

#: a name is at most this long; a longer headline is a catch phrase
_LONGEST_NAME = 30
#: the shortest and the longest catch phrase read under a name
_MIN, _MAX = 4, 60
#: how many lines under the name the catch phrase may stand
_MOST_LINES = 8
#: what a name never holds (a catch phrase's punctuation)
_NOT_IN_NAME = ("、", "。", "!", "?", "「", "」", "『", "』")
#: the brackets a name's kind stands in, after NFKC (``（…）`` is ``(…)``)
_KIND = regex.compile(r"\s*\((?P<kind>[^()\n]{1,24})\)")
#: a bracketed header piece a place closes (``【長野県上伊那広域連合】``)
_PIECE_CLOSE = "】"
#: a year in a start-date line, in digits or kanji numerals
_YEAR = regex.compile(r"[0-9〇一二三四五六七八九十元]+\s*年")
#: kinds of lines that end the opening block
_STOPS = frozenset({K.SECTION, K.COMMENT, K.TABLE, K.BULLET})


def _is_kind(kind: str, rules: Rules) -> bool:
    """Whether a bracket's content is a facility kind (``一体的実施施設``, ``…コーナー``)."""
    kind = kind.strip()
    return any(word in kind for word in rules.facility_types) or kind.endswith(
        rules.facility_type_suffixes
    )


def name_kind(name: str, text: str, rules: Rules = DEFAULT_RULES) -> tuple[str, int] | None:
    """Where ``text`` writes ``name`` as a facility's name, ``name（kind）``: the kind and the
    offset of that name in ``text``, else None."""
    at = text.find(name)
    while at >= 0:
        match = _KIND.match(text, at + len(name))
        if match is not None and _is_kind(match["kind"], rules):
            return match["kind"].strip(), at
        at = text.find(name, at + 1)
    return None


def _placed(name: str, text: str) -> bool:
    """Whether ``text`` closes a bracketed header piece with ``name`` (``【…name】``)."""
    at = text.find(name + _PIECE_CLOSE)
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        if "【" in text[line_start:at] or text[at - 1 : at] == "【":
            return True
        at = text.find(name + _PIECE_CLOSE, at + 1)
    return False


#: a name over the list of its member municipalities (``…広域連合（倉吉市・三朝町・…）``)
_MEMBERS = regex.compile(r"^(?P<name>[^()]{2,24})\((?P<members>[^()]{2,80})\)$")
#: what a member municipality ends with
_MEMBER_ENDS = ("市", "町", "村", "区")


def _with_members(title: str) -> bool:
    """Whether a headline is a body of several municipalities with their list in brackets
    (``鳥取中部ふるさと広域連合（倉吉市・三朝町・湯梨浜町）``): a place, no catch phrase."""
    match = _MEMBERS.match("".join(title.split()))
    if match is None:
        return False
    members = regex.split(r"[・、,/]", match["members"])
    return len(members) >= 2 and all(m.endswith(_MEMBER_ENDS) and len(m) <= 8 for m in members)


#: a name closed by its bracketed kind, the whole headline (``name（一体的実施施設）``)
_NAME_KIND = regex.compile(r"^(?P<name>[^()]{2,30})\((?P<kind>[^()]{2,24})\)$")
#: a name closed by its place in brackets (``たかまつジョブサポート（高松市）``)
_PLACE_AFTER = regex.compile(r"^(?P<name>[^()]{2,30})\((?P<place>[^()]{2,12})\)$")


def _place(text: str, fields: dict[str, object]) -> bool:
    """Whether a bracket's text is the case's municipality (or its prefecture and
    municipality), or a municipality the places table knows."""
    from jirei.places import municipality_names

    for key in ("municipality", "prefecture"):
        value = fields.get(key)
        if isinstance(value, str) and value and value in text and text.endswith(
            str(fields.get("municipality") or value)
        ):
            return True
    return text in municipality_names()


def is_name(
    title: str, text: str, fields: dict[str, object], rules: Rules = DEFAULT_RULES
) -> bool:
    """Whether a headline's title is a name, not a catch phrase (see the module); a name
    with its place in brackets after it (``たかまつジョブサポート（高松市）``) too."""
    if _with_members(title):
        return True
    squeezed = "".join(title.split())
    placed = _PLACE_AFTER.match(squeezed)
    if placed is not None and _place(placed["place"], fields):  # (decision 2730)
        name = placed["name"]
        words = rules.figures_table.get("prose", {}).get("facility_words", ())
        if not any(c in name for c in _NOT_IN_NAME) and any(w in name for w in words):
            return True  # a facility's name by its words (``…ジョブサポート``, ``…相談窓口``)
        return is_name(name, text, fields, rules)
    kinded = _NAME_KIND.match(squeezed)  # ``さかい就労支援ステーション（一体的実施施設）`` (3478)
    if kinded is not None and _is_kind(kinded["kind"], rules):
        return not any(c in kinded["name"] for c in _NOT_IN_NAME)
    if not 2 <= len(squeezed) <= _LONGEST_NAME or any(c in squeezed for c in _NOT_IN_NAME):
        return False
    for key in ("facility_name", "municipality"):
        value = fields.get(key)
        if isinstance(value, str) and "".join(value.split()) == squeezed:
            return True
    return (
        name_kind(title, text, rules) is not None
        or _placed(title, text)
        or _listed(title, text, rules)
    )


#: what parts a table row's cells (a tab, a bar)
_CELL_SPLIT = regex.compile(r"\s*[\t|]\s*")


def _listed(name: str, text: str, rules: Rules) -> bool:
    """Whether ``text`` writes ``name`` as a cell of a table row its first cell labels as
    the facility's name (an overview sheet of one column per case: ``施設名　name1　name2``),
    or in a column its head row labels so (a list of one row per case); ``rules.field_labels``
    kind ``facility`` (decision 2783)."""
    from jirei.tables.cells import label_form

    at = text.find(name)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = text[start : end if end >= 0 else len(text)]
        cells = _CELL_SPLIT.split(line.strip(" |"))
        if len(cells) >= 3 and name in cells[1:] and (
            rules.field_labels.get(label_form(cells[0])) == "facility"
            or _headed(text, start, cells.index(name), rules)
        ):
            return True
        at = text.find(name, at + len(name))
    return False


def _headed(text: str, start: int, column: int, rules: Rules) -> bool:
    """Whether the table row starting at ``start`` stands under a head row whose cell of
    ``column`` labels the facility's name (a list of one row per case: ``施設名`` column)."""
    from jirei.tables.cells import label_form

    head: str | None = None
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if "\t" not in line and "|" not in line:
            break
        head, start = line, above
    if head is None:
        return False
    cells = _CELL_SPLIT.split(head.strip(" |"))
    return column < len(cells) and rules.field_labels.get(label_form(cells[column])) == "facility"


def _fact(info: LineInfo, rules: Rules) -> bool:
    """Whether a line under the name is one of the case's header facts."""
    from jirei.facts import labelled_fact
    from jirei.partnerlines import partner_place

    text = info.line.text.strip()
    if info.kind is K.HEADER or "【" in text:
        return True
    if any(_is_kind(m["kind"], rules) for m in _KIND.finditer(text)):
        return True  # name（kind）
    if text.endswith(rules.start_markers) and _YEAR.search(text) is not None:
        return True  # 平成28年7月1日 事業開始, 平成二十八年七月一日 事業開始
    return (
        labelled_fact(info.line.text, info.line.start, rules) is not None
        or partner_place(text, rules) is not None
    )


#: what may stand before a facility's name on its heading line: a number or a mark
_HEADING_MARK = regex.compile(r"^(?:\(?\d{1,2}[).、]?|[IVX]{1,4}\.?|[■□●◆◇▶・※]|[ア-ン][.、]?)?$")


def is_name_heading(title: str, name: object, kind: object) -> bool:
    """Whether a headline is the facility's own heading line: its name with its bracketed
    kind (``１　ワークサポートまつやま（一体的実施施設）``, ``■ name【kind】``), a number or a mark
    before them at most (decision 3460). Such a line names the case; it is no catch phrase.
    ``title`` is normalised text; ``name`` and ``kind`` the case's fields."""
    if not isinstance(name, str) or not isinstance(kind, str) or not name or not kind:
        return False
    flat = "".join(title.split())
    at = flat.find(name)
    if at < 0:
        return False
    rest = flat[at + len(name) :]
    if len(rest) != len(kind) + 2 or rest[1:-1] != kind or rest[0] + rest[-1] not in _PAIRS:
        return False
    return _HEADING_MARK.match(flat[:at]) is not None


#: the bracket pairs a kind stands in after its name (NFKC)
_PAIRS = ("()", "[]", "【】", "〔〕", "<>", "《》")
def _wrapped(value: str, rules: Rules) -> bool:
    """Whether a line is wrapped whole by one of ``rules.headline_quotes`` whose opening
    is a list mark (``◆…◆``): a catch phrase, though the mark makes it read as a bullet."""
    from jirei.titles import unquote

    return value[:1] in rules.bullets and unquote(value, rules)[1] > 0


def title_under_name(
    headline_end: int,
    infos: Sequence[LineInfo],
    rules: Rules = DEFAULT_RULES,
    *,
    marks: bool = False,
) -> tuple[str, int] | None:
    """The catch phrase under a name read as the headline (``headline_end`` is where the
    headline ends; ``infos`` the case's lines): its text and offset, else None. With
    ``marks``, a line behind a headline mark (``◎…``) is one too, the mark dropped (3610)."""
    at = next((i for i, info in enumerate(infos) if info.line.start >= headline_end), None)
    if at is None:
        return None
    for info in infos[at : at + _MOST_LINES]:
        if info.line.blank:
            continue
        value = info.line.text.strip()
        wrapped = _wrapped(value, rules)  # ``◆catch phrase◆`` read as a list item (3478)
        marked = (
            marks
            and not wrapped
            and info.kind is K.BULLET
            and marked_headline(value, rules) is not None
        )
        if marked:  # ``◎catch phrase``: the mark is no part of it (decision 3610)
            value = marked_headline(value, rules) or value
        if info.kind is K.TABLE and (_fact(info, rules) or _office_row(value, rules)):
            continue  # ``大崎市 | 宮城労働局 | ハローワーク古川``: a place line, no table (3610)
        if info.kind in _STOPS and not wrapped and not marked:
            return None
        if _fact(info, rules):
            continue
        if (info.kind is not K.TEXT and not (wrapped or marked)) or not _MIN <= len(value) <= _MAX:
            return None
        if "。" in value:
            return None
        lead = info.line.text.find(value)
        return value, info.line.start + lead
    return None


def _office_row(value: str, rules: Rules) -> bool:
    """Whether a row read as a table is a header's partner line (``大崎市 | 宮城労働局 |
    ハローワーク古川``: a place, then a bureau or an office; decision 3610)."""
    from jirei.places import prefectures_of, split_prefecture
    from jirei.plainheader import is_office_line

    cells = [c.strip() for c in regex.split(r"\s*[|/]\s*", value.strip("| ")) if c.strip()]
    return (
        len(cells) >= 2
        and bool(prefectures_of(split_prefecture(cells[0])[1]))
        and is_office_line(" ".join(cells[1:]), rules)
    )


def marked_headline(value: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """A line's text behind one of ``rules.headline_marks`` (``◎…``), the mark dropped;
    None when no such mark opens it."""
    text = value.strip()
    if not rules.headline_marks or not text.startswith(rules.headline_marks):
        return None
    return text.lstrip("".join(rules.headline_marks)).strip() or None


def bare_name(title: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Whether a headline may be a facility's name written with no kind
    (``おおさき仕事サポートコーナー``): short, no punctuation or space, and holding one of the
    ``facility_words`` of ``rules/figures.toml [prose]`` (decision 3610). Read as a name only
    where a marked catch phrase stands under the case's header lines."""
    squeezed = title.strip()
    if not 2 <= len(squeezed) <= _LONGEST_NAME or any(c in squeezed for c in _NOT_IN_NAME):
        return False
    words = rules.figures_table.get("prose", {}).get("facility_words", ())
    return any(w in squeezed for w in words)


__all__ = ["bare_name", "is_name", "marked_headline", "name_kind", "title_under_name"]
