"""The eighteenth session's speed pass: the ``regex`` module keeps more compiled patterns
(``jirei.rules.REGEX_CACHE_SIZE``), which changes no reading: a document parsed with every
pattern compiled afresh reads as one parsed with every pattern kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import regex

from jirei import to_json
from jirei.normalise import normalise
from jirei.pipeline import parse_text
from jirei.rules import DEFAULT_RULES, REGEX_CACHE_SIZE
from jirei.templatelabels import document_rules

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
#: documents read with a derived ``Rules`` (their own case-label templates) and one without
_DOCUMENTS = [
    "holdout121/r02_hokkaido_wordpaste.txt",
    "holdout18/b_zadankai_niigata_r01.txt",
    "h25_hokkaido_annual.txt",
]


def _regex_module() -> object:
    return sys.modules.get("regex._main") or sys.modules.get("regex.regex")


def test_regex_cache_is_widened() -> None:
    module = _regex_module()
    if not isinstance(getattr(module, "_MAXCACHE", None), int):
        pytest.skip("this regex release keeps its cache elsewhere")
    assert module._MAXCACHE >= REGEX_CACHE_SIZE  # type: ignore[attr-defined]


def test_derived_rules_documents_are_in_the_sample() -> None:
    derived = [
        name for name in _DOCUMENTS
        if document_rules(normalise((CORPUS / name).read_text(encoding="utf-8")).text)
        is not DEFAULT_RULES
    ]
    assert len(derived) >= 2


@pytest.mark.parametrize("name", _DOCUMENTS)
def test_reading_does_not_depend_on_the_regex_cache(name: str) -> None:
    module = _regex_module()
    if not isinstance(getattr(module, "_MAXCACHE", None), int):
        pytest.skip("this regex release keeps its cache elsewhere")
    text = (CORPUS / name).read_text(encoding="utf-8")
    kept = to_json(parse_text(text, source=name))
    size = module._MAXCACHE  # type: ignore[attr-defined]
    try:
        module._MAXCACHE = 1  # type: ignore[attr-defined]  # every pattern string compiled again
        regex.purge()
        rules = DEFAULT_RULES.extend()  # the same tables, no memo: every pattern built again
        assert rules is not DEFAULT_RULES
        fresh = to_json(parse_text(text, source=name, rules=rules))
    finally:
        module._MAXCACHE = size  # type: ignore[attr-defined]
    assert fresh == kept
