"""Repair of CJK radicals that stand in for ideographs in PDF text (⼀ ⽣ ⾏ ⻑ → 一 生 行 長).

The table maps every character of the Kangxi Radicals (U+2F00–2FDF) and CJK Radicals
Supplement (U+2E80–2EFF) blocks that has an Equivalent_Unified_Ideograph in Unicode's
``EquivalentUnifiedIdeograph.txt`` to that ideograph. It ships as ``data/radicals.tsv``,
derived by ``scripts/build_radicals.py`` with :func:`build_table_text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

import regex

#: The code point blocks whose characters are repaired.
RADICAL_BLOCKS: tuple[tuple[int, int], ...] = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))

_DATA_FILE = "radicals.tsv"


def _in_blocks(codepoint: int) -> bool:
    return any(low <= codepoint <= high for low, high in RADICAL_BLOCKS)


def parse_equivalent_unified_ideograph(source: str) -> dict[int, int]:
    """Code point → unified ideograph code point, for every mapping line of the Unicode
    data file (``2F00 ; 4E00`` and ranges ``2E8C..2E8D ; 5C0F``)."""
    mapping: dict[int, int] = {}
    for raw in source.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        left, _, right = line.partition(";")
        if not right.strip():
            raise ValueError(f"not a mapping line: {raw!r}")
        low, _, high = left.strip().partition("..")
        target = int(right.strip(), 16)
        for codepoint in range(int(low, 16), int(high or low, 16) + 1):
            mapping[codepoint] = target
    return mapping


def _notice(source: str) -> list[str]:
    """The first paragraph of the data file's header: version, date, copyright, terms."""
    notice: list[str] = []
    for raw in source.splitlines():
        text = raw[1:].strip() if raw.startswith("#") else ""
        if not text:
            break
        notice.append(text)
    return notice


def build_table_text(source: str) -> str:
    """The text of ``data/radicals.tsv`` derived from ``EquivalentUnifiedIdeograph.txt``."""
    mapping = parse_equivalent_unified_ideograph(source)
    lines = [
        "# CJK radicals (Kangxi Radicals, CJK Radicals Supplement) -> equivalent unified",
        "# ideograph. Derived by scripts/build_radicals.py from the Unicode Character Database:",
        *(f"#   {line}" for line in _notice(source)),
        "# Licence: Unicode License v3, see radicals.NOTICE beside this file.",
        "# Columns: radical code point, radical, ideograph code point, ideograph.",
    ]
    for codepoint in sorted(mapping):
        if _in_blocks(codepoint):
            target = mapping[codepoint]
            lines.append(f"U+{codepoint:04X}\t{chr(codepoint)}\tU+{target:04X}\t{chr(target)}")
    return "\n".join(lines) + "\n"


def parse_table_text(text: str) -> dict[str, str]:
    """Radical → ideograph from the text of ``data/radicals.tsv``."""
    table: dict[str, str] = {}
    for raw in text.splitlines():
        if not raw or raw.startswith("#"):
            continue
        source, radical, target, ideograph = raw.split("\t")
        if radical != chr(int(source[2:], 16)) or ideograph != chr(int(target[2:], 16)):
            raise ValueError(f"inconsistent radical table line: {raw!r}")
        table[radical] = ideograph
    return table


@cache
def radical_table() -> Mapping[str, str]:
    """The shipped table: radical character → unified ideograph."""
    text = resources.files("jirei").joinpath("data", _DATA_FILE).read_text("utf-8")
    return MappingProxyType(parse_table_text(text))


_RADICAL = regex.compile(
    "[" + "".join(f"\\U{low:08X}-\\U{high:08X}" for low, high in RADICAL_BLOCKS) + "]"
)


def repair_radicals(text: str) -> str:
    """``text`` with every radical of the table replaced by its ideograph (same length;
    a radical without an equivalent ideograph stays)."""
    if _RADICAL.search(text) is None:
        return text
    table = radical_table()
    return _RADICAL.sub(lambda match: table.get(match.group(), match.group()), text)


__all__ = [
    "RADICAL_BLOCKS",
    "build_table_text",
    "parse_equivalent_unified_ideograph",
    "parse_table_text",
    "radical_table",
    "repair_radicals",
]
