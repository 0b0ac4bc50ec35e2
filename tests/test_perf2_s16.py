"""perf2-s16: the exact prechecks given to the sixteenth session's readers must let through
every line their full reading would take (outputs byte-identical)."""

from __future__ import annotations

import pytest

from jirei.judgedviews import _table, judged_views
from jirei.lines import Line
from jirei.namevoices import _person_heading, _person_needs, _person_patterns
from jirei.notedparts import _NOTE_WORD, _NOTE_WORDS, _tails, noted_line
from jirei.rules import DEFAULT_RULES


@pytest.mark.parametrize(
    "text",
    [
        "佐藤 明子(郡山市保健福祉部生活支援課長)",
        "佐藤明子(郡山市生活支援課長)",
        "ハローワーク福山統括職業指導官 ― 森田 進",
        "ハローワーク福山統括職業指導官－森田進氏",
        "ハローワーク福山統括職業指導官 - 森田 進",
    ],
)
def test_person_heading_precheck_lets_every_form_through(text: str) -> None:
    needs = _person_needs(DEFAULT_RULES)
    assert needs is not None
    assert any(p.fullmatch(text) for p in _person_patterns(DEFAULT_RULES))
    assert needs.search(text) is not None
    assert _person_heading(text, DEFAULT_RULES)


def test_person_heading_precheck_skips_plain_lines() -> None:
    assert _person_needs(DEFAULT_RULES).search("郡山市生活支援課長 佐藤明子") is None
    assert not _person_heading("郡山市生活支援課長 佐藤明子", DEFAULT_RULES)


def test_judged_views_verb_search_is_any_verb() -> None:
    verb, pattern = _table(DEFAULT_RULES)
    assert verb is not None and pattern is not None
    verbs = DEFAULT_RULES.quotes_table["views"]["verbs"]
    for word in verbs:
        assert verb.search(f"…と福島労働局は{word}。") is not None
    assert verb.search("就職者数は前年を上回った。") is None


def test_judged_views_still_read() -> None:
    text = "生活保護受給者の就職が成果につながっていると福島労働局は評価している。"
    found = judged_views([Line(text=text, start=0)], DEFAULT_RULES)
    assert [parts.speaker for parts, _ in found] == ["福島労働局"]


def test_noted_words_search_is_any_word() -> None:
    for word in _NOTE_WORDS:
        assert _NOTE_WORD.search(f"松山市（{word}）") is not None
    assert _NOTE_WORD.search("松山市の取組") is None
    name = "まつやま就労サポートデスク"
    assert noted_line(f"{name}(2ページからの続き)") == name


def test_tails_kept_per_rules() -> None:
    assert _tails(DEFAULT_RULES) is _tails(DEFAULT_RULES)
    words, ends = _tails(DEFAULT_RULES)
    assert "】" in ends and all(w[-1] in ends for w in words)
