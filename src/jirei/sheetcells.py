"""What a case row of a spreadsheet says beyond its columns (decisions 2171–2172).

* A comment cell that opens with its own speaker — a bracketed first line ``【東大阪市福祉部】``
  (``《…》``, ``〈…〉``, ``〔…〕``; ``(…)``, ``[…]``, ``<…>`` when the name is an organisation's)
  or ``speaker：`` naming an organisation — is that speaker's comment; the text is the rest of the
  cell. The column's heading (``自治体コメント``) only names the speaker when the cell does not; a
  speaker whose own role is unknown (``【統括職業指導官】``) takes the column's role.
* A row whose columns name no prefecture has it inferred from its municipality (one
  prefecture has that name) or, failing that, from its labour bureau, as a header's is; the
  field is listed in ``inferred``.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

import regex

from jirei.comments import CommentParts, role_of
from jirei.lines import Cell, Locate
from jirei.model import Comment
from jirei.rules import Rules

#: brackets any name may stand in / brackets only an organisation's name may stand in
_NAME_BRACKETS = {"【": "】", "《": "》", "〈": "〉", "〔": "〕", "［": "］"}
_ORG_BRACKETS = {"(": ")", "[": "]", "<": ">"}
#: ``speaker：`` opening a cell (NFKC colon)
_COLON = regex.compile(r"(?P<name>[^:：。、「」()\s]{2,30})\s*[:：]\s*(?=\S)")
_SPACES = regex.compile(r"\s+")
#: an opening bracket after a space: where a later speaker label may stand in a cell
_LABEL_OPENING = regex.compile(
    "(?<=\\s)[" + regex.escape("".join([*_NAME_BRACKETS, *_ORG_BRACKETS])) + "]"
)


def _own_speaker(text: str, rules: Rules) -> tuple[str, int, int, int] | None:
    """The speaker a comment cell opens with: (name, start, end of the name, start of the
    text after it), offsets into ``text``; None when it opens with none."""
    lead = len(text) - len(text.lstrip())
    opening = text[lead : lead + 1]
    close = _NAME_BRACKETS.get(opening) or _ORG_BRACKETS.get(opening)
    if close is not None:
        end = text.find(close, lead + 1)
        if end < 0 or end - lead > 42:
            return None
        inner = text[lead + 1 : end]
        name = _SPACES.sub("", inner)
        rest = text[end + 1 :]
        if not name or not rest.strip() or "。" in name or name.isdigit():
            return None
        name = _without_keyword(name, rules)
        if opening in _ORG_BRACKETS and role_of(name, rules) == "other":
            return None
        text_at = end + 1 + len(rest) - len(rest.lstrip())
        return name, lead + 1, end, text_at
    match = _COLON.match(text, lead)
    if match is None or role_of(match["name"], rules) == "other":
        return None
    name = _without_keyword(match["name"], rules)
    return name, match.start("name"), match.end("name"), match.end()


def _without_keyword(name: str, rules: Rules) -> str:
    """``name`` without a trailing comment keyword (``東大阪市コメント`` → ``東大阪市``)."""
    for keyword in sorted(rules.comment_keywords, key=len, reverse=True):
        if name.endswith(keyword) and len(name) > len(keyword):
            return name[: -len(keyword)]
    return name


def cell_comment(
    speaker: str, head: Cell, cell: Cell, rules: Rules, locate: Locate
) -> Comment:
    """The comment of ``cell`` in a comment column headed ``head`` naming ``speaker``."""
    own = _own_speaker(cell.text, rules)
    if own is None:
        return Comment(
            speaker=speaker,
            role=role_of(speaker, rules),
            text=cell.text,
            span=locate(cell.start, cell.end),
            speaker_span=locate(head.start, head.end),
        )
    name, start, end, text_at = own
    role = role_of(name, rules)
    if role == "other":
        role = role_of(speaker, rules)
    return Comment(
        speaker=name,
        role=role,
        text=cell.text[text_at:].strip(),
        span=locate(cell.start + text_at, cell.end),
        speaker_span=locate(cell.start + start, cell.start + end),
    )


def cell_comments(
    speaker: str, head: Cell, cell: Cell, rules: Rules, locate: Locate
) -> list[Comment]:
    """The comments of ``cell`` in a comment column headed ``head`` naming ``speaker``
    (empty: the column names none): one per speaker label the cell holds (``＜高松市コメント＞
    … ＜香川労働局コメント＞ …``, decision 3577), else the cell's one comment; a cell of a
    column naming no speaker that names none itself holds none."""
    pieces = _speaker_pieces(cell, rules)
    if not speaker and _own_speaker(pieces[0].text, rules) is None:
        return []
    return [cell_comment(speaker, head, piece, rules, locate) for piece in pieces]


def _speaker_pieces(cell: Cell, rules: Rules) -> list[Cell]:
    """``cell`` cut before each later speaker label opening a line of it (after a space: a
    line break inside a CSV cell reads as one), a label naming a stakeholder or ending in a
    comment keyword."""
    cuts = [0]
    for match in _LABEL_OPENING.finditer(cell.text, 1):
        own = _own_speaker(cell.text[match.start() :], rules)
        if own is None:
            continue
        inner = cell.text[match.start() + own[1] : match.start() + own[2]]
        named = role_of(own[0], rules) != "other"
        if named or any(inner.endswith(keyword) for keyword in rules.comment_keywords):
            cuts.append(match.start())
    bounds = [*cuts, len(cell.text)]
    pieces = []
    for low, high in pairwise(bounds):
        piece = cell.text[low:high]
        text = piece.strip()
        if text:
            at = low + len(piece) - len(piece.lstrip())
            pieces.append(Cell(text, cell.start + at, cell.start + at + len(text)))
    return pieces or [cell]


def speaker_cell(cell: Cell, rules: Rules) -> CommentParts | None:
    """The comment of a findings cell that opens with its own speaker (``堺市：…``,
    ``【堺市】…``, ``（ハローワーク堺）…``; decision 3152), offsets into the normalised text;
    None when the cell names no stakeholder first."""
    own = _own_speaker(cell.text, rules)
    if own is None:
        return None
    name, start, end, text_at = own
    role = role_of(name, rules)
    text = cell.text[text_at:].strip()
    if role == "other" or not text:
        return None
    at = cell.start + text_at
    return CommentParts(
        name, cell.start + start, cell.start + end, role, text, at, at + len(text)
    )


def inferred_prefecture(values: Mapping[str, object]) -> str | None:
    """The prefecture of a row naming none: its municipality's (one prefecture has that
    name), else its labour bureau's when the municipality allows it; None otherwise."""
    if values.get("prefecture"):
        return None
    from jirei import places

    municipality = values.get("municipality")
    candidates = places.prefectures_of(municipality) if isinstance(municipality, str) else ()
    if len(candidates) == 1:
        return candidates[0]
    bureau = values.get("labour_bureau")
    from_bureau = places.prefecture_of_bureau(bureau) if isinstance(bureau, str) else None
    if from_bureau and (not candidates or from_bureau in candidates):
        return from_bureau
    return None


__all__ = ["cell_comment", "inferred_prefecture"]
