"""Every ```python block of README.md and of every docs/*.md runs, from the repository root.

A block holding ``>>>`` examples is a doctest (its printed outputs are checked); any other
python block is executed as a script. Blocks of one page share one namespace, in order.
Non-runnable snippets are marked ```text / ```sh in the docs.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = regex.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```\s*$", regex.M | regex.S)
PYTHON = {"python", "py", "pycon", "python3"}


def python_blocks(text: str) -> list[tuple[int, str]]:
    """(line number, source) of each python block."""
    out = []
    for match in FENCE.finditer(text):
        if match.group("info").strip().split(" ")[0].lower() in PYTHON:
            out.append((text.count("\n", 0, match.start()) + 2, match.group("body")))
    return out


def test_there_are_docs_with_examples() -> None:
    names = {p.name for p in DOCS}
    assert {"index.md", "quickstart.md", "cli.md", "output.md", "extending.md"} <= names
    assert sum(len(python_blocks(p.read_text(encoding="utf-8"))) for p in DOCS) >= 10


def test_the_fence_finder_sees_blocks() -> None:
    sample = "x\n```python\n>>> 1 + 1\n2\n```\n```text\nnot run\n```\n"
    assert python_blocks(sample) == [(3, ">>> 1 + 1\n2\n")]


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_doc_examples_run(page: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    text = page.read_text(encoding="utf-8")
    blocks = python_blocks(text)
    if not blocks:
        pytest.skip(f"{page.name} has no python examples")
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for line, body in blocks:
        where = f"{page.name}:{line}"
        if ">>>" in body:
            test = parser.get_doctest(body, namespace, where, str(page), line - 1)
            result = runner.run(test, clear_globs=False)
            namespace = test.globs
            assert result.failed == 0, f"{where}: {result.failed} example(s) failed (see above)"
        else:
            exec(compile(body, where, "exec"), namespace)
