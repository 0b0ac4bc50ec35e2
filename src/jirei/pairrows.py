"""Rows of ``label | value`` pairs, several pairs to a row (decisions 2558–2561, branch conv-s12).

A header card laid out two pairs wide — a web page's ``<th>自治体</th><td>…</td><th>労働局</th>
<td>…</td>`` row, a Markdown or grid table — comes out of a conversion as one pipe row of four
cells (or six)::

    | 自治体 | 広島県福山市 | 労働局 | 広島労働局 |

Read as one row, the second label is a value (``労働局`` taken for the bureau). The labels are
known: the row is one of pairs when its cells at even places are all field labels of
``rules.field_labels`` and none at odd places is one (a header row of field names over a row of
values is no pair row). Such a row is cut after each pair's value: the pipe between a value
and the next label becomes a line break, so each pair stands on a line of its own, the way
every card reader reads a field. The text keeps its length, every character its offset. A
row whose cells carry on on the row under it (a grid table's wrapped value: a pipe row with
an empty first cell) is left whole, for the grid reader to join, and so is a row over or
under a rule line (a grid table's border, a sheet printed with a rule under every row: the
grid and ruled-sheet readers read their rows). Rows parted by tabs or spaces are
``jirei.fields``' (two fields on a line, decisions 304 and 311).

Labels are compared NFKC, without spaces, brackets or a closing colon.
"""

from __future__ import annotations

import unicodedata

import regex

from jirei.lines import Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules, per_rules

#: what may wrap a label or end it (``【自治体】``, ``自治体：``) besides spaces
_LABEL_MARKS = "【】[]<>＜＞()（）■□◆◇●○・:：*"
#: the fewest pairs a row holds to be cut
_MIN_PAIRS = 2
#: the longest line looked at (characters)
_LONGEST = 400
#: a rule line of a sheet printed with a rule under every row (``jirei.ruledsheet`` reads it)
_RULE = regex.compile(r"[-=+|:─━┼├┤ \t]*[-=─━]{3,}[-=+|:─━┼├┤ \t]*")


@per_rules
def _labels(rules: Rules = DEFAULT_RULES) -> frozenset[str]:
    """The field labels, compared as ``_key`` gives them."""
    return frozenset(_key(label) for label in rules.field_labels)


@per_rules
def _firsts(rules: Rules = DEFAULT_RULES) -> frozenset[str]:
    """The first characters of the field labels (a cheap test of a row's first cell)."""
    return frozenset(label[0] for label in _labels(rules) if label)


def _key(text: str) -> str:
    """A cell as a label: NFKC, without spaces and the marks around it."""
    return "".join(unicodedata.normalize("NFKC", text).split()).strip(_LABEL_MARKS)


def _cuts(line: Line, labels: frozenset[str]) -> list[int]:
    """Where to break a row of label/value pairs (the offset in the line of one character
    of the break between a value and the next label), else none."""
    cells = row_cells(line)
    if len(cells) < 2 * _MIN_PAIRS or len(cells) % 2:
        return []
    keys = [_key(cell.text) for cell in cells]
    if not all(keys) or any(k in labels for k in keys[1::2]):
        return []
    if not all(k in labels for k in keys[0::2]):
        return []
    text = line.text
    cuts: list[int] = []
    for value, label in zip(cells[1::2], cells[2::2], strict=False):
        gap = text[value.end - line.start : label.start - line.start]
        # the break: a pipe or a tab, else the last of the spaces parting the cells
        at = max(gap.rfind("|"), gap.rfind("\t"))
        if at < 0:
            at = len(gap) - 1
        if at < 0 or (not gap[at].isspace() and gap[at] != "|"):
            return []
        cuts.append(value.end - line.start + at)
    return cuts


def _continues(line: str) -> bool:
    """Whether ``line`` carries on the cells of the row above it: a pipe row whose first
    cell is empty (a value wrapped in its cell, ``|        | ン |  |  |``)."""
    body = line.strip()
    if not body.startswith("|"):
        return False
    first = body[1:].split("|", 1)[0]
    return not first.strip() and "|" in body[1:]


def split_pair_rows(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``text`` with each row of two label/value pairs or more cut into one line a pair
    (same length; see the module)."""
    labels = _labels(rules)
    if not labels:
        return text
    firsts = _firsts(rules)
    out: list[str] | None = None
    start = 0
    lines = text.split("\n")
    for n, raw in enumerate(lines):
        # (cheap first: a row holds a cell break; tab and space rows: ``jirei.fields``,
        # decisions 304, 311)
        head = raw.lstrip(" \t\u3000|" + _LABEL_MARKS)[:1] if "|" in raw else ""
        if (
            head
            and unicodedata.normalize("NFKC", head) in firsts  # (a label opens the row)
            and len(raw) < _LONGEST
            and not (n + 1 < len(lines) and _continues(lines[n + 1]))
            and not (n > 0 and _RULE.fullmatch(lines[n - 1].strip()))
            and not (n + 1 < len(lines) and _RULE.fullmatch(lines[n + 1].strip()))
        ):
            # (cells parted by full-width spaces too: NFKC when it keeps the length)
            folded = unicodedata.normalize("NFKC", raw)
            cuts = _cuts(Line(folded if len(folded) == len(raw) else raw, start), labels)
            if cuts:
                if out is None:
                    out = list(text)
                for at in cuts:
                    out[start + at] = "\n"
        start += len(raw) + 1
    return text if out is None else "".join(out)


__all__ = ["split_pair_rows"]
