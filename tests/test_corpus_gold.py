"""Every gold file of corpus/ against the parser, field by field; overall F1 must be 1.0 on
the top level (the holdout set is reported, not asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jirei.evaluate import Report, compare, differences, gold_pairs, load_gold
from jirei.pipeline import parse_path

CORPUS = Path(__file__).parents[1] / "corpus"
PAIRS = gold_pairs(CORPUS) if CORPUS.exists() else []
TOP = [pair for pair in PAIRS if "/" not in pair[0]]
HOLDOUT = [pair for pair in PAIRS if pair[0].startswith("holdout/")]
FIELDS = (
    "title",
    "prefecture",
    "municipality",
    "labour_bureau",
    "hello_work",
    "facility_name",
    "facility_type",
    "start_date",
    "fiscal_year",
)


@pytest.mark.parametrize("name, gold_path, source", TOP, ids=[p[0] for p in TOP])
def test_corpus_file_matches_gold(name: str, gold_path: Path, source: Path) -> None:
    gold = load_gold(gold_path)
    parsed = json.loads(json.dumps(parse_path(source).to_dict(), default=str))
    problems = differences(gold, parsed)
    for index, (g, p) in enumerate(zip(gold["profiles"], parsed["profiles"], strict=False)):
        for field in FIELDS:
            if str(g.get(field)) != str(p.get(field)):
                problems.append(f"[{index}] {field}: gold {g.get(field)!r} parsed {p.get(field)!r}")
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
