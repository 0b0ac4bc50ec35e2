"""Steady-state cost of ``parse_text`` in instructions, for comparing two trees under load.

Wall and CPU times move with whatever else the machine runs; the number of instructions a
pass executes does not. Runs valgrind's cachegrind (``--cache-sim=no``, ``PYTHONHASHSEED=0``)
over every 5th document of ``bench/parse.py``'s corpus (built from THIS tree's corpus, so
both trees parse the same text): once with one pass, once with two; the difference is one
steady-state pass (imports and pattern compiling taken off). Prints the figure for this
tree and, with ``--base TREE``, for that tree and the change in per cent. Needs valgrind;
asserts nothing. Usage: ``python bench/instructions.py [--base ../other-tree]``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_RUN = """
import sys
sys.path.insert(0, {bench!r})
sys.path.insert(0, {src!r})
from parse import build_corpus
from jirei.pipeline import parse_text
documents = build_corpus()[::5]
for _ in range({passes}):
    for document in documents:
        parse_text(document)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _instructions(tree: Path, passes: int) -> int:
    code = _RUN.format(bench=str(HERE), src=str(tree / "src"), passes=passes)
    done = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            code,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        check=True,
    )
    found = _REFS.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def steady_pass(tree: Path) -> int:
    """Instructions of one steady-state pass of ``tree``'s parser over the bench documents."""
    return _instructions(tree, 2) - _instructions(tree, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="another tree to compare with")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    this = steady_pass(HERE.parent)
    print(f"this tree : {this:>15,} instructions per steady-state pass")
    if args.base is not None:
        base = steady_pass(args.base.resolve())
        print(f"base tree : {base:>15,} instructions ({args.base})")
        print(f"change    : {100 * (this - base) / base:+.2f} %")


if __name__ == "__main__":
    main()
