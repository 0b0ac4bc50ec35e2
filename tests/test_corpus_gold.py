"""Every gold file of corpus/ against the parser, field by field; overall F1 must be 1.0 on
the top level, and each folder (the holdout sets) must read at least its floor in
corpus/floors.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from _gold import gold_problems
from jirei.evaluate import Report, compare, gold_pairs, load_gold
from jirei.pipeline import parse_path

CORPUS = Path(__file__).parents[1] / "corpus"
PAIRS = gold_pairs(CORPUS) if CORPUS.exists() else []
TOP = [pair for pair in PAIRS if "/" not in pair[0]]
FLOORS: dict[str, float] = (
    tomllib.loads((CORPUS / "floors.toml").read_text(encoding="utf-8"))["floors"]
    if (CORPUS / "floors.toml").exists()
    else {}
)
FOLDERS = sorted({name.split("/")[0] for name, _, _ in PAIRS if "/" in name})


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


def test_every_folder_has_a_floor() -> None:
    assert set(FOLDERS) <= set(FLOORS), sorted(set(FOLDERS) - set(FLOORS))


@pytest.mark.parametrize("folder", FOLDERS)
def test_folder_reads_at_least_its_floor(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    report = Report()
    for name, gold_path, source in PAIRS:
        if name.startswith(folder + "/"):
            report.files[name] = compare(load_gold(gold_path), parse_path(source).to_dict())
    f1 = report.overall.f1
    with capsys.disabled():
        print(f"\n{folder}: F1 {f1:.3f} (floor {FLOORS.get(folder, 1.0):.3f})")
    assert f1 >= FLOORS.get(folder, 1.0), report.format()
