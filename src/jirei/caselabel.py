"""Case labels and the header line they open.

A case label (``事例1``, ``【事例1】``, ``No.1``; regexes in ``rules.case_labels``) is not part
of any field (``corpus/README.md`` decision 18). When the rest of the line names a place
followed by ``×`` and the bureau / office, or by the bureau / office in brackets or after a
space, the line is a *label header*::

    事例1 静岡県沼津市 × ハローワーク沼津
    【事例1】愛媛県松山市(愛媛労働局 ハローワーク松山)
    No.1 宮崎県宮崎市 宮崎労働局 ハローワーク宮崎
    No.1 宮崎県宮崎市宮崎労働局ハローワーク宮崎  (the spaces removed by normalisation)

otherwise (``【事例2】商店街の空き店舗を就労相談の窓口に``) the rest is the headline.
"""

from __future__ import annotations

import regex

from jirei.places import municipality_in, split_prefecture
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo

# A place: a municipality written with or without its prefecture (静岡県沼津市, 四日市市).
_PLACE = r"[^\s×()【】|:]{1,20}?(?:市|区|町|村)"
# The characters written between the place and the offices.
_TIMES = "×✕╳"


#: how a continuation note outside brackets ends (not ``継続``, ``相続``: a name's word)
_BARE_END = "(?<=続き|つづき|承前|より|から)"


class CaseLabels:
    """The compiled case-label patterns of one ``Rules`` (see ``case_labels``)."""

    def __init__(self, rules: Rules) -> None:
        alternatives = "|".join(f"(?:{pattern})" for pattern in rules.case_labels) or "(?!)"
        # a heading mark before a label (``■ケース1``; ``rules.comment_heading_markers``)
        marks = "".join(regex.escape(m) for m in rules.comment_heading_markers)
        if marks:
            alternatives = rf"(?:[{marks}]\s*)?(?:{alternatives})"
        self.label = regex.compile(rf"^\s*#*\s*(?:{alternatives})\s*")
        # a bracketed note after the label: the case goes on from an earlier page (2996)
        notes = "|".join(f"(?:{note})" for note in rules.label_notes)
        self.note: regex.Pattern[str] | None = None
        self.named: regex.Pattern[str] | None = None
        self.named_inside: regex.Pattern[str] | None = None
        self.inner: regex.Pattern[str] | None = None
        self.bare_note: regex.Pattern[str] | None = None
        if notes:
            # ``（…）``, ``【…】``, ``〔…〕``, ``<…>``, ``－…－``: any bracket pair
            self.note = regex.compile(
                rf"(?:\(\s*(?:{notes})\s*\)|【\s*(?:{notes})\s*】|〔\s*(?:{notes})\s*〕"
                rf"|\[\s*(?:{notes})\s*\]|[<〈《]\s*(?:{notes})\s*[>〉》]"
                rf"|[-ー‐―~]\s*(?:{notes})\s*[-ー‐―~]?)\s*"
            )
            # the label inside the bracket with the note (``（事例１の続き）``), or the label
            # and ``の`` + the note alone on the line (``事例１の続き``)
            inside = r"[^()【】〔〕\[\]<>〈〉《》]{0,14}?[0-9A-Za-z一二三四五六七八九十]"
            self.inner = regex.compile(
                rf"^\s*(?:[(【〔\[<〈《](?P<label>{inside})\s*の?\s*(?:{notes})\s*[)】〕\]>〉》]"
                rf"|(?P<label>{inside})\s*の\s*(?:{notes})\s*$)\s*"
            )
            # a case's name, no label, and the note (``ワークサポートやはた（２ページから
            # の続き）``); a heading mark before it, the name in brackets
            # (``【愛媛県松山市】（続き）``, the note then bare too: ``【松山市】続き``), the note
            # in any bracket pair or between dashes (``高松市 －続き－``; decision 3071)
            marks = "".join(regex.escape(m) for m in ("■□◆◇●○◎", *rules.comment_heading_markers))
            self.named = regex.compile(
                rf"^\s*[{marks}]?\s*(?P<open>[【〔\[<〈《])?"
                rf"(?P<name>[^\s()【】〔〕\[\]<>〈〉《》]{{2,30}}?)(?(open)[】〕\]>〉》])\s*"
                rf"(?:\(\s*(?:{notes})\s*\)|【\s*(?:{notes})\s*】|〔\s*(?:{notes})\s*〕"
                rf"|\[\s*(?:{notes})\s*\]|[<〈《]\s*(?:{notes})\s*[>〉》]"
                rf"|[-‐―~]\s*(?:{notes})\s*[-‐―~]?"
                rf"|(?(open)(?:{notes}){_BARE_END}|(?!))"  # ``【松山市】続き``: a bare note
                rf"|[:：]\s*(?:{notes}){_BARE_END})\s*$"  # (normalised: ``松山市:続き``)
            )
            # the name inside the bracket with the note (``（堺市の事例　つづき）``,
            # ``【さかい就労サポート・続き】``, ``（事例１　堺市　つづき）``: a label before the
            # name is no part of it, nor a digit: ``（事例１の続き）`` is a label's); the note
            # must end as one does (decision 3486)
            self.named_inside = regex.compile(
                rf"^\s*[{marks}]?\s*[(【〔\[<〈《]\s*(?:(?:{alternatives})\s*)?"
                rf"(?P<name>[^\s()【】〔〕\[\]<>〈〉《》・:、,0-9]{{2,30}})\s*[・:、,]?\s*"
                rf"(?:{notes}){_BARE_END}\s*[)】〕\]>〉》]\s*$"
            )
            # a continuation note alone (``続き``, ``前頁より``), the whole of a header's rest
            self.bare_note = regex.compile(rf"\s*(?:[:：]\s*)?(?:{notes}){_BARE_END}\s*")
        words = "|".join(
            regex.escape(w)
            for w in ("労働局", *rules.hello_work_prefixes, *rules.hello_work_suffixes)
        )
        offices = rf"(?=[^()]*(?:{words}))[^()]+?"
        # ``宮崎県宮崎市宮崎労働局ハローワーク宮崎``: normalisation removed the single spaces
        # between place, bureau and office; only names (no kana particles) may follow then
        prefixes = "|".join(regex.escape(w) for w in rules.hello_work_prefixes)
        suffixes = "|".join(regex.escape(w) for w in rules.hello_work_suffixes)
        name = r"[\p{Han}\p{Katakana}ー]"
        office = rf"(?:(?:{prefixes}){name}{{1,8}}|{name}{{1,8}}?(?:{suffixes}))"
        bureau = r"\p{Han}{1,5}労働局"
        joined = rf"(?:{bureau}(?:[・/\s]*{office})*|{office}(?:[・/\s]*{office})*)"
        # ``滋賀県草津市 × 滋賀労働局・ハローワーク草津`` (or ``／``) without a label, under its
        # headline
        self.crossed = regex.compile(
            rf"^\s*(?P<place>{_PLACE})\s*[{_TIMES}/]\s*(?P<offices>{offices})\s*$"
        )
        self.header = regex.compile(
            rf"^\s*#*\s*(?:{alternatives})\s*(?P<place>{_PLACE})\s*"
            rf"(?:[{_TIMES}|/]\s*(?P<offices>{offices})"  # ``×``, a bar or slash (3026)
            rf"|\((?P<offices>{offices})\)"
            rf"|【(?P<offices>{offices})】"  # ``１　岡山県津山市【岡山労働局・ハローワーク津山】``
            rf"|\s+(?P<offices>(?:{words}|\S+?(?:{words}))[^()]*?)"
            rf"|(?P<offices>{joined}))\s*$"
        )


@per_rules
def case_labels(rules: Rules = DEFAULT_RULES) -> CaseLabels:
    """The (cached) case-label patterns of ``rules``."""
    return CaseLabels(rules)


@per_rules_memo(1 << 16)
def label_length(text: str, rules: Rules = DEFAULT_RULES) -> int:
    """How many leading characters of ``text`` are a case label (with ``#`` and spaces
    around it); 0 when the line does not start with one. Memoised per text: several
    readers ask it of the same line (``label_lines``, the preamble, the fallback, …)."""
    if not rules.case_labels:
        return 0
    labels = case_labels(rules)
    match = labels.label.match(text)
    if match is not None:
        return match.end()
    return _noted_length(text, labels)


def noted_name(text: str, rules: Rules = DEFAULT_RULES) -> str | None:
    """The name on a line holding only a name and a continuation note, no case label
    (``ワークサポートやはた（２ページからの続き）`` → ``ワークサポートやはた``; decision 2998),
    or inside the note's bracket (``（堺市の事例　つづき）`` → ``堺市の事例``; decision 3486),
    else None."""
    labels = case_labels(rules)
    named = labels.named
    if named is None or not any(bracket in text for bracket in _NOTE_OPENINGS):  # (precheck)
        return None
    match = named.match(text)
    if match is None and labels.named_inside is not None:
        match = labels.named_inside.match(text)  # ``（堺市の事例　つづき）`` (3486)
        if match is None or _PAGE_WORD.search(match.group("name")) is not None:
            return None  # ``【前ページからの続き】``: a note alone, no name
        inner = labels.inner.match(text) if labels.inner else None
        if inner is not None and match.start("name") < inner.end("label"):
            return None  # ``（事例１の続き）``: the label's note, no name
        name = match.group("name").removesuffix("の")  # ``（堺市の事例の続き）``
        return name if len(name) >= 2 else None  # ``（表の続き）``: no name
    return match.group("name") if match is not None else None


#: a page word: a "name" holding one is the note's own (``前ページ`` of ``【前ページからの続き】``)
_PAGE_WORD = regex.compile(r"頁|ページ|[Pp]\.")

#: what a continuation note after a name opens with (a bracket, a dash or a colon)
_NOTE_OPENINGS = "(【〔[<〈《-‐―~:："

#: how far into a line a label's continuation note may open (``■ 事例 12（``)
_NOTE_REACH = 16


def _noted_length(text: str, labels: CaseLabels) -> int:
    """The length of a case label with a bracketed continuation note after it
    (``事例１（２ページからの続き）``, ``事例１【続き】``) or around it (``（事例１の続き）``;
    decision 2996), note and spaces after it included; 0 when the line opens with none."""
    if labels.note is None or labels.inner is None:
        return 0
    inner = labels.inner.match(text)
    if inner is not None:
        label = labels.label.match(inner.group("label"))
        whole = label is not None and label.end() == len(inner.group("label"))
        return inner.end() if whole else 0
    # (cheap precheck: a bracket near the start; ``ー`` may also be in the label, ``ケース１``)
    for opening in _OPENING.finditer(text, 1, _NOTE_REACH):
        note = labels.note.match(text, opening.start())
        if note is None:
            continue
        label = labels.label.match(text[: opening.start()])  # the label alone, up to it
        return note.end() if label is not None and label.end() == opening.start() else 0
    return 0


#: the opening of a bracketed note (or a dash around it) after a label
_OPENING = regex.compile(r"[(【〔\[<〈《\-ー‐―~]")


def strip_label(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` without a leading case label (``【事例2】商店街…`` → ``商店街…``)."""
    return text[label_length(text, rules) :]


def label_header(text: str, rules: Rules = DEFAULT_RULES) -> regex.Match[str] | None:
    """The match of a label header line (groups ``place`` and ``offices``), else None."""
    if not rules.case_labels or not label_length(text, rules):
        return None  # (the header opens with the label pattern's match: memoised per text)
    return case_labels(rules).header.match(text)


def crossed_header(text: str, rules: Rules = DEFAULT_RULES) -> regex.Match[str] | None:
    """The match of a header line without a label, ``place × bureau・office`` (groups
    ``place`` and ``offices``), else None."""
    return case_labels(rules).crossed.match(text)


def place_label(text: str, rules: Rules = DEFAULT_RULES) -> tuple[int, int] | None:
    """Where the place of a line holding only a case label and a place stands
    (``（１）札幌市``, ``２－１　栃木県那須塩原市``; decisions 47, 201): ``(start, end)`` in
    ``text``, else None. The place is a municipality of the places table, with or without
    its prefecture, and nothing follows it."""

    after = label_length(text, rules)
    if not after:
        return None
    rest = text[after:].rstrip()
    if not rest:
        return None
    name = municipality_in(rest)
    if not name or split_prefecture(rest)[1] != name:
        return None
    return after, after + len(rest)


__all__ = [
    "CaseLabels", "case_labels", "label_header", "label_length", "place_label", "strip_label",
]
