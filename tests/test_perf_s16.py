"""The opt-in mypyc build (``scripts/build_compiled.py``) reads every corpus text exactly as
the pure-Python code does. Runs only when ``build/compiled/src`` holds compiled modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jirei.sections import K, Kind

ROOT = Path(__file__).parents[1]
COMPILED = ROOT / "build" / "compiled" / "src"

_compiled = sorted(COMPILED.glob("jirei/**/*.so")) if COMPILED.exists() else []

_DUMP = """
import json, sys
from pathlib import Path
import jirei
from jirei.pipeline import parse_path
assert jirei.__file__.startswith(sys.argv[1]), jirei.__file__
for path in sorted(Path(sys.argv[2]).glob("*.txt")):
    print(json.dumps(parse_path(path).to_dict(), ensure_ascii=False, sort_keys=True, default=str))
"""


def test_kind_shortcuts_are_the_enum_members() -> None:
    """``K``'s class attributes (ClassVar-annotated for mypyc) stay ``Kind``'s members."""
    for kind in Kind:
        assert getattr(K, kind.name) is kind


def _dump(src: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(src), str(ROOT / "corpus")],
        capture_output=True, text=True, env=env, check=True,
    )
    return done.stdout


@pytest.mark.skipif(not _compiled, reason="no compiled build (scripts/build_compiled.py)")
def test_compiled_build_reads_the_corpus_as_the_pure_code() -> None:
    compiled = _dump(COMPILED)
    assert compiled
    assert compiled == _dump(ROOT / "src")
