"""Derive src/jirei/data/radicals.tsv from Unicode's EquivalentUnifiedIdeograph.txt.

Usage: python scripts/build_radicals.py [PATH/TO/EquivalentUnifiedIdeograph.txt]
(default: ../shared/data/EquivalentUnifiedIdeograph.txt relative to the repository root).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jirei.radicals import build_table_text  # noqa: E402

DEFAULT_SOURCE = ROOT / ".." / "shared" / "data" / "EquivalentUnifiedIdeograph.txt"
TARGET = ROOT / "src" / "jirei" / "data" / "radicals.tsv"


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    text = build_table_text(source.read_text("utf-8"))
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET} ({sum(1 for line in text.splitlines() if line[:1] != '#')} entries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
