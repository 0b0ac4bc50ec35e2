"""Parsing speed: ``parse_text`` over a multi-MB corpus vs ``unicodedata.normalize`` alone.

Builds many documents from the corpus texts (and variants: markdown stripped, headings
renumbered) and prints MB/s for both and their ratio. Target: parsing within 3× NFKC
alone (~4 MB/s). Warms up once (the first call, which compiles the rules' patterns, is
timed apart), then prints wall and CPU figures for one pass and for a second pass over the
same documents (a bulk run's steady state: every pattern compiled); asserts nothing.
"""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

from jirei.pipeline import parse_text
from jirei.read import read_path

ROOT = Path(__file__).parents[1]
TARGET_BYTES = 4_000_000


def _sources() -> list[str]:
    texts = []
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        texts.append(read_path(path).text)
    if not texts:
        raise SystemExit("no corpus texts under corpus/")
    variants = []
    for text in texts:
        variants.append(text)
        variants.append("\n".join(line.lstrip("#").lstrip() for line in text.splitlines()))
        variants.append(text.replace("29年度", "30年度").replace("平成", "令和"))
    return variants


def build_corpus() -> list[str]:
    """Documents of about a corpus' size each, ~TARGET_BYTES in all."""
    sources = _sources()
    documents: list[str] = []
    size = 0
    index = 0
    while size < TARGET_BYTES:
        # a document of 5 sources back to back
        document = "\n\n".join(sources[(index + k) % len(sources)] for k in range(5))
        documents.append(document)
        size += len(document.encode("utf-8"))
        index += 1
    return documents


def main() -> None:
    documents = build_corpus()
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    profiles = 0

    # the first call compiles the rules' patterns: timed apart, then everything is warm
    start = time.perf_counter()
    parse_text(documents[0])
    first_seconds = time.perf_counter() - start

    start, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        unicodedata.normalize("NFKC", document)
    nfkc_seconds = time.perf_counter() - start
    nfkc_cpu = time.process_time() - cpu

    start, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        profiles += len(parse_text(document).profiles)
    parse_seconds = time.perf_counter() - start
    parse_cpu = time.process_time() - cpu

    # a second pass: what a bulk run pays per document once every pattern a layout needs
    # has been compiled (the first pass compiles those its later documents first need)
    start, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        parse_text(document)
    steady_seconds = time.perf_counter() - start
    steady_cpu = time.process_time() - cpu

    print(f"corpus: {len(documents)} documents, {megabytes:.2f} MB, {profiles} profiles")
    print(f"first parse_text call (warm-up): {first_seconds * 1000:.0f} ms")
    print(
        f"NFKC alone : {megabytes / nfkc_seconds:8.2f} MB/s wall ({nfkc_seconds:.3f} s), "
        f"{megabytes / nfkc_cpu:8.2f} MB/s CPU ({nfkc_cpu:.3f} s)"
    )
    print(
        f"parse_text : {megabytes / parse_seconds:8.2f} MB/s wall ({parse_seconds:.3f} s), "
        f"{megabytes / parse_cpu:8.2f} MB/s CPU ({parse_cpu:.3f} s)"
    )
    print(
        f"ratio parse/NFKC: {parse_seconds / nfkc_seconds:.1f}x wall, "
        f"{parse_cpu / nfkc_cpu:.1f}x CPU (target <= 3x, ~4 MB/s)"
    )
    print(
        f"second pass: {megabytes / steady_seconds:8.2f} MB/s wall ({steady_seconds:.3f} s), "
        f"{megabytes / steady_cpu:8.2f} MB/s CPU ({steady_cpu:.3f} s); "
        f"{steady_cpu / nfkc_cpu:.1f}x NFKC CPU"
    )


if __name__ == "__main__":
    main()
