"""Table rows a PDF split over two lines: a line holding only a label, then a line holding
only figures (``corpus/README.md`` decision 29)::

    支援対象者数              １１０人以上    １２６人
    支援対象者就職者数
                              ６０人以上      ７１人

Inside a table (a table row comes before the label line) the two are one row. The joined
line keeps the newline between them, so its cells keep their offsets into the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from jirei import values as _values
from jirei.lines import Line, row_cells
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables.cells import _SENTENCE_END, _bullet_pattern, is_blank_cell
from jirei.tables.grid import is_table_line

_MAX_LABEL = 30


def join_split_rows(
    lines: Sequence[Line], rules: Rules = DEFAULT_RULES
) -> tuple[list[Line], list[int]]:
    """``lines`` with each split row of the first table joined into one line, and for each
    line returned the index of the line it starts at in ``lines``."""
    joined: list[Line] = []
    origins: list[int] = []
    seen_row = False
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            seen_row
            and following is not None
            and following.start == line.end + 1
            and following.text[:1].isspace()
            and _label_only(line, rules)
            and _figures_only(following, rules)
        ):
            joined.append(Line(f"{line.text}\n{following.text}", line.start))
            origins.append(index)
            index += 2
            continue
        joined.append(line)
        origins.append(index)
        index += 1
        if is_table_line(line):
            seen_row = True
        elif seen_row and not line.blank:
            break  # the first table ends here: the lines after it are read as they are
    joined.extend(lines[index:])
    origins.extend(range(index, len(lines)))
    return joined, origins


def original_index(origins: Sequence[int], index: int, total: int) -> int:
    """The index into the original lines of joined line ``index`` (``total`` past the end)."""
    return origins[index] if index < len(origins) else total


def _label_only(line: Line, rules: Rules) -> bool:
    text = line.stripped
    return (
        bool(text)
        and len(text) <= _MAX_LABEL
        and not is_table_line(line)
        and _SENTENCE_END not in text
        and not _bullet_pattern(rules).match(text)
        and next(iter(_values.find_quantities(text, rules=rules)), None) is None
    )


def _figures_only(line: Line, rules: Rules) -> bool:
    if line.blank or not line.text[:1].isspace() or not is_table_line(line):
        return False
    cells = [c for c in row_cells(line) if c.text]
    return bool(cells) and all(
        not is_blank_cell(c.text)
        and _SENTENCE_END not in c.text
        and _is_figure(c.text, rules)
        for c in cells
    )


def _is_figure(text: str, rules: Rules) -> bool:
    found = list(_values.find_quantities(text, rules=rules))
    return bool(found) and found[0].start == 0


__all__ = ["join_split_rows", "original_index"]
