"""Era names become regex alternations in one place: ``jirei.rules.era_alternation``."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from jirei.headings import trailing_fiscal_year
from jirei.rules import DEFAULT_RULES, Era, era_alternation
from jirei.sections import heading_key

FORMS = sorted({f for era in DEFAULT_RULES.eras for f in (era.name, *era.abbreviations)})
# An era the default tables do not know, so a pattern built from the rules must pick it up.
NEW_ERA = Era("新元", dt.date(2100, 1, 1), ("N", "新"))
EXTENDED = DEFAULT_RULES.extend(eras=[NEW_ERA])


@pytest.mark.parametrize("form", FORMS)
def test_every_era_form_is_matched_whole(form: str) -> None:
    match = regex.match(rf"(?:{era_alternation()})", form + "5年")
    assert match is not None and match.group() == form


def test_a_name_wins_over_its_own_short_form() -> None:
    names = era_alternation().split("|")
    for era in DEFAULT_RULES.eras:
        for short in era.abbreviations:
            if era.name.startswith(short):
                assert names.index(era.name) < names.index(short)


def test_extended_rules_add_their_era_and_defaults_do_not_have_it() -> None:
    assert "新元" in era_alternation(EXTENDED).split("|")
    assert "新元" not in era_alternation(DEFAULT_RULES).split("|")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("成果令和元年度", "成果"),
        ("成果H29年度", "成果"),
        ("成果2019年度", "成果"),
        ("成果", "成果"),
    ],
)
def test_trailing_fiscal_year_is_stripped(key: str, expected: str) -> None:
    assert trailing_fiscal_year().sub("", key) == expected


def test_patterns_follow_the_rules_eras() -> None:
    # the default rules leave an unknown era's name in place; extended rules strip it
    assert trailing_fiscal_year().sub("", "成果新元2年度") == "成果新元"
    assert trailing_fiscal_year(EXTENDED).sub("", "成果新元2年度") == "成果"
    assert heading_key("新元2年度の成果", EXTENDED) == heading_key("2年度の成果", EXTENDED)
    assert heading_key("新元2年度の成果") != heading_key("2年度の成果")
