"""Every gold file of corpus/ against the parser, field by field; overall F1 must be 1.0 on
the top level (the holdout set is reported, not asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _gold import gold_problems
from jirei.evaluate import Report, compare, gold_pairs, load_gold
from jirei.pipeline import parse_path

CORPUS = Path(__file__).parents[1] / "corpus"
PAIRS = gold_pairs(CORPUS) if CORPUS.exists() else []
TOP = [pair for pair in PAIRS if "/" not in pair[0]]
HOLDOUT = [pair for pair in PAIRS if pair[0].startswith("holdout/")]


@pytest.mark.parametrize("name, gold_path, source", TOP, ids=[p[0] for p in TOP])
def test_corpus_file_matches_gold(name: str, gold_path: Path, source: Path) -> None:
    gold = load_gold(gold_path)
    problems = gold_problems(gold, parse_path(source))
    assert not problems, f"{name}:\n" + "\n".join(problems)


@pytest.mark.skipif(not TOP, reason="no corpus gold files")
def test_corpus_overall_f1_is_one() -> None:
    report = Report()
    for name, gold_path, source in TOP:
        report.files[name] = compare(load_gold(gold_path), parse_path(source).to_dict())
    assert report.overall.f1 == 1.0, report.format()


@pytest.mark.skipif(not HOLDOUT, reason="no holdout gold files")
def test_holdout_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    report = Report()
    for name, gold_path, source in HOLDOUT:
        report.files[name] = compare(load_gold(gold_path), parse_path(source).to_dict())
    with capsys.disabled():
        print("\nholdout:", f"F1 {report.overall.f1:.3f}")
    assert 0.0 <= report.overall.f1 <= 1.0
