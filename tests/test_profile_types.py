"""Every reader gives the same value types in a Profile: a start date is a plain
``datetime.date`` (not the era-aware subclass the value parsers return), whichever reader
built the profile (header, case sheet, row sheet, …)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import jirei

CORPUS = Path(__file__).parents[1] / "corpus"
TEXTS = sorted(CORPUS.rglob("*.txt")) if CORPUS.exists() else []


@pytest.mark.parametrize("path", TEXTS, ids=[str(p.relative_to(CORPUS)) for p in TEXTS])
def test_start_dates_are_plain_dates(path: Path) -> None:
    for profile in jirei.parse_path(path).profiles:
        if profile.start_date is not None:
            assert type(profile.start_date) is datetime.date, (profile.title, profile.start_date)
