"""Column heads spaced out letter by letter, joined (decision 2137).

A report typed in a word processor widens a table's head words to the width of their
column with spaces between the letters: ``区　　分　　　　目　　標　　　　実　　績　　　達成率``.
Cut at every wide gap, the head is eight one-letter cells, no header, and the rows under it
are read without roles. A line made of such letters (and whole head words) is rewritten
with each spaced word's letters together and its inner spaces moved after it, when the
letters fall apart into column words of ``metrics.toml [columns]`` (``区分``, ``目標``,
``実績``; the longest split that uses only such words, so ``目　　標　　実　　績`` with equal
gaps is ``目標`` and ``実績``; the fewest words). A line that does not split into column
words only is left as written. In the rows under a joined head (up to a blank line) one
ideographic space is a cell gap too (the writer's columns are two letters wide:
``支援対象者数　三百人以上　三百十二人``), and every gap of the head and its rows becomes a tab
and spaces. The text keeps its length and every line its place (only a head's letters move
left over their own gaps; no value is read from a head).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: the cheap whole-text precheck: the letters of a common head word apart by spaces
_CHEAP = regex.compile(r"[目実区項達対][ \t\u3000]{1,6}[標績分目成象]")
#: a line holding two letters of a head word apart by spaces
_PRECHECK = regex.compile(
    r"(?<=[ \t\u3000]|^)\p{Han}[ \t\u3000]{1,6}\p{Han}(?=[ \t\u3000]|$)", regex.M
)
_TOKEN = regex.compile(r"[^ \t\u3000]+")


@per_rules
def _words(rules: Rules = DEFAULT_RULES) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFKC", w) for w in rules.columns if w)


def _width(gap: str) -> int:
    return sum(2 if ch == "\u3000" else 1 for ch in gap)


@lru_cache(maxsize=1024)
def _split(letters: str, words: frozenset[str]) -> tuple[str, ...] | None:
    """``letters`` cut into column words (fewest pieces), or None."""
    if not letters:
        return ()
    best: tuple[str, ...] | None = None
    for end in range(len(letters), 1, -1):
        head = letters[:end]
        if head in words:
            rest = _split(letters[end:], words)
            if rest is not None and (best is None or len(rest) + 1 < len(best)):
                best = (head, *rest)
    return best


def _joined(line: str, words: frozenset[str]) -> str | None:
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    if len(tokens) < 3 or any(len(t) > 8 for _, _, t in tokens):
        return None
    gaps = [_width(line[tokens[n][1] : tokens[n + 1][0]]) for n in range(len(tokens) - 1)]
    singles = [len(t) == 1 and regex.match(r"\p{Han}", t) is not None for _, _, t in tokens]
    inner = [g for n, g in enumerate(gaps) if singles[n] and singles[n + 1]]
    if not inner:
        return None
    narrow = min(inner)
    # runs of single letters apart by the narrowest gap
    runs: list[list[int]] = []
    for n in range(len(tokens)):
        if runs and singles[n] and singles[n - 1] and gaps[n - 1] == narrow and n - 1 in runs[-1]:
            runs[-1].append(n)
        else:
            runs.append([n])
    out = list(line)
    changed = False
    for run in runs:
        text = "".join(tokens[n][2] for n in run)
        if len(run) == 1:
            if unicodedata.normalize("NFKC", text) not in words:
                return None
            continue
        pieces = _split(unicodedata.normalize("NFKC", text), words)
        if pieces is None:
            return None
        # rewrite the run: each piece's letters together, the spaces it spanned after it
        index = 0
        for piece in pieces:
            members = run[index : index + len(piece)]
            index += len(piece)
            start, end = tokens[members[0]][0], tokens[members[-1]][1]
            letters = "".join(tokens[n][2] for n in members)
            spaces = "".join(ch for ch in line[start:end] if ch in " \t\u3000")
            out[start:end] = list(letters + spaces)
            changed = changed or len(members) > 1
    return "".join(out) if changed else None


#: one ideographic space inside a row under such a head: a cell gap (the writer's columns
#: are two letters wide, ``支援対象者数　三百人以上　三百十二人``)
_ROW_GAP = regex.compile(r"(?<=\S)\u3000(?=\S)")


#: a gap between two cells: two or more spaces, or a tab with spaces (not the indent)
_GAP = regex.compile(r"(?<=\S)(?:[ \u3000]*\t[ \t\u3000]*|[ \u3000]{2,})(?=\S)")


def _tabbed(line: str) -> str:
    """``line`` with each gap between cells a tab and spaces (one cell separator)."""
    return _GAP.sub(lambda m: "\t" + " " * (len(m.group()) - 1), line)


def _rows_under(text: str, at: int, replaced: list[tuple[int, int, str]]) -> int:
    """Rewrite the rows under a joined head (up to a blank line) with their one-space cell
    gaps as tabs; the offset where they end."""
    while at < len(text):
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not line.strip():
            return end
        if "\u3000" in line:
            tabbed = _tabbed(_ROW_GAP.sub("\t", line))
            if tabbed != line:
                replaced.append((start, end, tabbed))
        at = end
    return at


#: a figure in kanji numerals (``百二十人``, ``百八・三％``): the rows of a kanji report
_KANJI_FIGURE = regex.compile(
    r"[〇一二三四五六七八九十百千]{2,}(?:・[〇一二三四五六七八九])?[人件名社％%]"
)
#: a head of whole column words aligned with ideographic spaces (``区分　　目標　　実績``)
_PLAIN_CHEAP = regex.compile(r"(?:目標|実績)値?\u3000")


def _plain_head(line: str, words: frozenset[str]) -> bool:
    """Whether ``line`` is a head of three or more whole column words and nothing else."""
    tokens = line.split()
    return len(tokens) >= 3 and all(unicodedata.normalize("NFKC", t) in words for t in tokens)


def _plain_heads(text: str, words: frozenset[str], replaced: list[tuple[int, int, str]]) -> None:
    """Heads of whole column words over rows whose cells one ideographic space parts
    (``支援対象者数　百二十人以上　百三十人``): head and rows with every gap a tab."""
    seen = -1
    for match in _PLAIN_CHEAP.finditer(text):
        if match.start() < seen:
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        seen = end
        line = text[start:end]
        if any(s <= start < e for s, e, _ in replaced) or not _plain_head(line, words):
            continue
        rows: list[tuple[int, int, str]] = []
        at = end
        while at < len(text):
            row_start = at + 1
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end < 0 else row_end
            row = text[row_start:row_end]
            if not row.strip():
                break
            rows.append((row_start, row_end, row))
            at = row_end
        if not any(
            _ROW_GAP.search(row.strip()) and _KANJI_FIGURE.search(row) for _, _, row in rows
        ):
            continue  # cells apart by wide gaps, or Arabic figures: read as they are
        replaced.append((start, end, _tabbed(line)))
        for row_start, row_end, row in rows:
            tabbed = _tabbed(_ROW_GAP.sub("\t", row))
            if tabbed != row:
                replaced.append((row_start, row_end, tabbed))
        seen = at


def join_spaced_heads(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with column heads spaced out letter by letter joined and one-space cell gaps
    in the rows under them made tabs (same length)."""
    words: frozenset[str] | None = None
    replaced: list[tuple[int, int, str]] = []
    seen = -1
    for match in _CHEAP.finditer(text):
        if match.start() < seen:
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        seen = end
        if _PRECHECK.search(text, start, end) is None:
            continue
        words = _words(rules) if words is None else words
        joined = _joined(text[start:end], words)
        if joined is not None:
            replaced.append((start, end, _tabbed(joined)))
            seen = _rows_under(text, end, replaced)
    if "\u3000" in text and _PLAIN_CHEAP.search(text) is not None:
        _plain_heads(text, _words(rules) if words is None else words, replaced)
        replaced.sort()
    if not replaced:
        return text
    out, at = [], 0
    for start, end, joined in replaced:
        out.extend((text[at:start], joined))
        at = end
    out.append(text[at:])
    return "".join(out)


__all__ = ["join_spaced_heads"]
