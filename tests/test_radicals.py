"""The radical repair table: derived from Unicode's data, shipped, and applied."""

from __future__ import annotations

import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from jirei.normalise import normalise
from jirei.radicals import (
    RADICAL_BLOCKS,
    build_table_text,
    parse_equivalent_unified_ideograph,
    radical_table,
    repair_radicals,
)

SHARED = Path(__file__).parents[1] / ".." / "shared"
SOURCE = SHARED / "data" / "EquivalentUnifiedIdeograph.txt"


def _shipped_text() -> str:
    return resources.files("jirei").joinpath("data", "radicals.tsv").read_text("utf-8")


@pytest.mark.skipif(not SOURCE.exists(), reason="../shared is absent")
def test_shipped_table_is_what_the_script_derives() -> None:
    assert _shipped_text() == build_table_text(SOURCE.read_text("utf-8"))


@pytest.mark.skipif(not SOURCE.exists(), reason="../shared is absent")
def test_table_covers_every_radical_mapping_of_the_source() -> None:
    source = parse_equivalent_unified_ideograph(SOURCE.read_text("utf-8"))
    in_blocks = {
        chr(codepoint): chr(target)
        for codepoint, target in source.items()
        if any(low <= codepoint <= high for low, high in RADICAL_BLOCKS)
    }
    assert dict(radical_table()) == in_blocks
    # Ranges such as "2E8C..2E8D ; 5C0F" give every code point of the range.
    assert source[0x2E8C] == source[0x2E8D] == 0x5C0F


def test_parse_reads_single_code_points_and_ranges() -> None:
    text = "# comment\n\n2F00       ; 4E00  #     KANGXI RADICAL ONE\n2E8C..2E8E ; 5C0F  # [3]\n"
    assert parse_equivalent_unified_ideograph(text) == {
        0x2F00: 0x4E00,
        0x2E8C: 0x5C0F,
        0x2E8D: 0x5C0F,
        0x2E8E: 0x5C0F,
    }


def test_header_carries_the_unicode_notice() -> None:
    header = [line for line in _shipped_text().splitlines() if line.startswith("#")]
    joined = "\n".join(header)
    assert "EquivalentUnifiedIdeograph-" in joined
    assert "Unicode" in joined and "©" in joined
    assert "terms_of_use" in joined
    notice = resources.files("jirei").joinpath("data", "radicals.NOTICE").read_text("utf-8")
    assert "UNICODE LICENSE V3" in notice


@pytest.mark.parametrize(
    ("radical", "ideograph"),
    [
        ("⼀", "一"),  # U+2F00 KANGXI RADICAL ONE
        ("⽣", "生"),  # U+2F63 KANGXI RADICAL LIFE
        ("⾏", "行"),  # U+2F8F KANGXI RADICAL WALK ENCLOSURE
        ("⻑", "長"),  # U+2ED1 CJK RADICAL LONG ONE (Supplement; NFKC leaves it)
        ("⻄", "西"),  # U+2EC4 CJK RADICAL WEST TWO (Supplement)
        ("⺟", "母"),  # U+2E9F CJK RADICAL MOTHER (Supplement)
    ],
)
def test_examples(radical: str, ideograph: str) -> None:
    assert radical_table()[radical] == ideograph
    assert repair_radicals(f"x{radical}y") == f"x{ideograph}y"
    assert normalise(radical).text == ideograph


def test_supplement_radicals_are_not_repaired_by_nfkc_alone() -> None:
    # The reason for the table: NFKC leaves these as radicals.
    assert unicodedata.normalize("NFKC", "⻑⻄") == "⻑⻄"
    assert normalise("⻑⻄").text == "長西"


def test_nfkc_never_contradicts_the_table() -> None:
    # normalise() repairs radicals after NFKC; that equals repairing them first only if
    # NFKC maps each radical to itself or to the table's ideograph.
    for radical, ideograph in radical_table().items():
        assert unicodedata.normalize("NFKC", radical) in (radical, ideograph), hex(ord(radical))


def test_every_kangxi_radical_is_mapped() -> None:
    table = radical_table()
    for codepoint in range(0x2F00, 0x2FD6):
        assert chr(codepoint) in table, hex(codepoint)


def test_unmapped_radical_stays() -> None:
    assert "⺀" not in radical_table()  # U+2E80 CJK RADICAL REPEAT: no equivalent
    assert repair_radicals("⺀") == "⺀"


def test_compatibility_ideographs_become_unified() -> None:
    # U+F9DC, U+FA30 and U+2F800 are CJK Compatibility Ideographs.
    assert normalise("\uf9dc\ufa30\U0002f800").text == "隆侮丽"
