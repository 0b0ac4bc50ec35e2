"""The real seed report against its gold (fingerprinted free text), field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from jirei.evaluate import differences, fingerprint, load_gold
from jirei.pipeline import parse_path

ROOT = Path(__file__).parents[1]
SHARED = ROOT / ".." / "shared"
SEED = SHARED / "seed" / "000_55666265dad7f183.txt"
GOLD = ROOT / "tests" / "gold" / "seed.gold.json"

pytestmark = pytest.mark.skipif(
    not SHARED.exists() or not GOLD.exists(), reason="../shared or the seed gold is absent"
)

SCALARS = (
    "prefecture",
    "municipality",
    "labour_bureau",
    "hello_work",
    "facility_name",
    "facility_type",
    "start_date",
    "fiscal_year",
)


@pytest.fixture(scope="module")
def parsed() -> dict:  # type: ignore[type-arg]
    return parse_path(SEED).to_dict()


def test_thirteen_profiles(parsed: dict) -> None:  # type: ignore[type-arg]
    assert len(parsed["profiles"]) == len(load_gold(GOLD)["profiles"]) == 13


@pytest.mark.parametrize("index", range(13))
def test_profile_matches_gold(parsed: dict, index: int) -> None:  # type: ignore[type-arg]
    gold = load_gold(GOLD)["profiles"][index]
    mine = parsed["profiles"][index]
    problems = []
    for field in SCALARS:
        if str(gold.get(field)) != str(mine.get(field)):
            problems.append(f"{field}: gold {gold.get(field)!r} parsed {mine.get(field)!r}")
    if isinstance(gold.get("title"), dict) and mine.get("title") is not None:
        if fingerprint(mine["title"]) != gold["title"]:
            problems.append(f"title: gold {gold['title']} parsed {mine['title']!r}")
    problems += differences({"profiles": [gold]}, {"profiles": [mine]})
    assert not problems, "\n".join(problems)
