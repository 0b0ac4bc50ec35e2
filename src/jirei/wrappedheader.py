"""A bracket header wrapped over the narrow lines of a column read as one line (decision
2396, branch split11).

A page of two columns extracted column by column gives lines of about twenty characters; a
case's bracket header then wraps mid-word, even inside a bracket::

    【福岡県北九州市】【福岡労働局・ハロー
    ワーク八幡】ワークサポートやはた（一体
    的実施施設）平成28年4月1日事業開始

A line opening with a place bracket (``【…市】``, a prefecture, ward, town or village), or
the facility line right under such a line that closes its brackets, and ending inside a
bracket it opened (``【``, ``（``, ``「``) is joined with the line under it;
so is each further line while a bracket is still open, or while the line just joined fills
the column (as wide as the header's first line, a character less allowed) and the header
states no whole date yet. The line breaks so joined are deleted (deletion marks the
character stage removes, ``jirei.mdgaps``): ``ハローワーク八幡`` reads whole, and every kept
character keeps its own original offset. A header that closes its brackets on its line, and
a line under it after a blank line, are never joined.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.mdgaps import DELETED
from jirei.rules import DEFAULT_RULES, Rules

#: a line opening with a place bracket (NFKC or full-width brackets)
_PLACE_OPEN = regex.compile(
    r"^[ \t\u3000]*[【\[［][^】\]］\n]{1,20}(?:都|道|府|県|市|区|町|村)[】\]］]"
)
#: the brackets a header opens, and their closers
_PAIRS = {"【": "】", "[": "]", "［": "］", "(": ")", "（": "）", "「": "」"}
_OPENERS = frozenset(_PAIRS)
#: a whole date: a month and its day (``4月1日``, ``十月一日``)
_WHOLE_DATE = regex.compile(r"月[ \u3000]*[0-9０-９〇一二三四五六七八九十]{1,3}[ \u3000]*日")
#: most lines one header is joined over
_MOST = 5


def _open(text: str) -> bool:
    """Whether ``text`` ends inside a bracket it opened."""
    if _OPENERS.isdisjoint(text):
        return False  # (no bracket opened: the character loop is not needed)
    depth: list[str] = []
    for char in text:
        if char in _PAIRS:
            depth.append(_PAIRS[char])
        elif depth and char == depth[-1]:
            depth.pop()
    return bool(depth)


def _width(text: str) -> int:
    """The display width of ``text`` (wide characters count two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text.rstrip())


#: the facility's name after a header's last bracket, no kind bracket or date in it
_NAME_TAIL = regex.compile(r"[】\]］][ \u3000]*(?P<name>[^【】\[\]［］()（）\s]{2,30})[ \u3000]*$")
#: a line going on with the name: the kind in brackets, then the opening date
_KIND_DATE = regex.compile(
    r"^[ \u3000]*(?![0-9０-９]|令和|平成|昭和)[^【\[［(（\s]"
    r"[^【】\n]{0,30}?[(（][^()（）]{2,20}[)）]"
)


def _name_wrapped(line: str, below: str) -> bool:
    """Whether a place-bracket header closing its brackets (``【青森県八戸市】【青森労働局・
    ハローワーク八戸】はちのへ就労サポート``) breaks its facility's name at the line's end: the
    name after its last bracket holds no kind bracket and no date, and the line under it
    goes on with words, then the kind in brackets and the whole opening date
    (``コーナー（一体的実施施設）平成26年10月1日事業開始``; decision 3256)."""
    if not below or not _PLACE_OPEN.match(line) or _open(line):
        return False
    tail = _NAME_TAIL.search(line)
    if tail is None or _WHOLE_DATE.search(line) is not None:
        return False
    return _KIND_DATE.match(below) is not None and _WHOLE_DATE.search(below) is not None


def join_wrapped_headers(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each bracket header wrapped over a column's lines (see the module) on
    one line: the line breaks inside it written as deletion marks (same length)."""
    del rules  # (the brackets and the place words are fixed: see ``_PLACE_OPEN``)
    if "】" not in text and "]" not in text:
        return text
    lines = text.split("\n")
    breaks: list[int] = []  # offsets of the newlines to delete
    offset = 0
    index = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    while index < len(lines):
        line = lines[index]
        if _name_wrapped(line, lines[index + 1] if index + 1 < len(lines) else ""):
            breaks.append(starts[index] + len(line))
            index += 2
            continue
        if not _open(line) or not (
            _PLACE_OPEN.match(line)
            or (index and _PLACE_OPEN.match(lines[index - 1]) and not _open(lines[index - 1]))
        ):
            index += 1
            continue
        joined, width, last = line, _width(line), index
        while last + 1 < len(lines) and last - index + 1 < _MOST:
            below = lines[last + 1]
            if not below.strip():
                break
            full = last > index and _width(lines[last]) >= width - 2
            if not (_open(joined) or (full and _WHOLE_DATE.search(joined) is None)):
                break
            breaks.append(starts[last] + len(lines[last]))
            joined += below
            last += 1
        index = last + 1
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = DELETED
    return "".join(chars)


__all__ = ["join_wrapped_headers"]
