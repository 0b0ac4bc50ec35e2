"""Opt-in build: jirei's hottest pure-Python modules compiled with mypyc, apart from the install.

Copies ``src/jirei`` to ``build/compiled/src/jirei`` and compiles the modules of ``HOT``
there (``setup.py build_ext --inplace`` with ``mypyc.build.mypycify``), so the compiled
extensions sit beside the copied sources. The default install (``.venv``, editable ``src/``)
is not touched: the compiled tree is used only where it is put first on ``sys.path``, e.g.
``PYTHONPATH=build/compiled/src .venv/bin/python ...`` or ``bench/instructions.py`` run
against ``build/compiled`` as a tree. Needs ``mypy`` (``pip install mypy``) and a C compiler.
mypy's type errors in the compiled modules are reported by ``mypy`` but do not stop the build
(``ignore_errors``): mypyc then checks the declared types at run time, so a wrong hint shows
as a ``TypeError`` in the tests run against the compiled tree. Usage:
``nice python scripts/build_compiled.py [--modules a.py b.py ...]``; the figures are in
docs/performance.md ("The sixteenth session").
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "compiled"

# the modules with the most own time in a steady pass (cProfile over every 5th
# bench/parse.py document), less those mypyc refuses or mis-compiles (docs/performance.md)
HOT = [
    "sections.py",
    "fallback.py",
    "harvest.py",
    "fields.py",
    "pagecolumns.py",
    "comments.py",
    "slidefurniture.py",
    "slidedeck.py",
    "tables/cells.py",
]

_CONFIG = """\
[mypy]
ignore_missing_imports = True
follow_imports = silent
[mypy-jirei.*]
ignore_errors = True
"""

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="jirei-compiled",
    ext_modules=mypycify(["--config-file", "mypy.ini", *sys.argv.pop(1).split(",")],
                         opt_level=sys.argv.pop(1)),
)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", nargs="*", default=HOT, help="paths under src/jirei")
    parser.add_argument("--opt", default="3", help="gcc's -O level (0: a quick trial build)")
    args = parser.parse_args()
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "src").mkdir(parents=True)
    shutil.copytree(ROOT / "src" / "jirei", OUT / "src" / "jirei",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (OUT / "src" / "mypy.ini").write_text(_CONFIG, encoding="utf-8")
    (OUT / "src" / "setup.py").write_text(_SETUP, encoding="utf-8")
    paths = ",".join(f"jirei/{module}" for module in args.modules)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "setup.py", paths, args.opt, "build_ext", "--inplace", "-j", "1"],
        cwd=OUT / "src",
        check=True,
    )
    print(f"compiled {len(args.modules)} modules in {time.perf_counter() - start:.0f} s "
          f"into {OUT / 'src'}")


if __name__ == "__main__":
    main()
