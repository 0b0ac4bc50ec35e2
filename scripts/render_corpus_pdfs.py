"""Render chosen corpus text reports to PDF: ``corpus/<name>.txt`` → ``corpus/<name>.pdf``.

The PDF shares the text's ``<name>.gold.json``: ``tests/test_pdf_profiles.py`` parses it
with both backends and compares the profiles to the same gold as the text.

    .venv/bin/python scripts/render_corpus_pdfs.py                 # the default choice
    .venv/bin/python scripts/render_corpus_pdfs.py h28_kanto r01_kinki

Rendering uses ``tests/pdfgen.py`` (reportlab, dev extra): tables drawn column by column,
a running header and page numbers on every page, the font shrunk so lines rarely wrap.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pdfgen  # noqa: E402

#: small reports of different layouts (year-column tables, letter-spaced labels, Kangxi)
DEFAULT = ("h29_kanto_plain", "r02_kyushu_plain", "r05_hokkaido_tohoku")


def render(name: str, corpus: Path = ROOT / "corpus") -> Path:
    """Render ``corpus/<name>.txt`` to ``corpus/<name>.pdf``; returns the PDF's path."""
    text = (corpus / f"{name}.txt").read_text(encoding="utf-8")
    generated = pdfgen.report_pdf(text, fit=True)
    return pdfgen.write(generated, corpus / f"{name}.pdf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="corpus names (without .txt)")
    args = parser.parse_args(argv)
    names = args.names or [n for n in DEFAULT if (ROOT / "corpus" / f"{n}.txt").exists()]
    if not names:
        print("no corpus text to render", file=sys.stderr)
        return 1
    if not pdfgen.FAITHFUL:
        print("warning: no Japanese TrueType font; using a CID font", file=sys.stderr)
    for name in names:
        path = render(name)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
