"""``jirei.rules.per_rules``: one value built per ``Rules`` object, kept as long as it lives."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jirei.caselabel import case_labels
from jirei.header import header_patterns
from jirei.kerning import without_positions
from jirei.rules import DEFAULT_RULES, Rules, per_rules, per_rules_memo
from jirei.sections import classifier


class _Built:
    """A fresh object per build, so its lifetime can be watched with a weak reference."""

    def __init__(self, rules: Rules) -> None:
        self.units = len(rules.units)


def _counting() -> tuple[list[Rules], Callable[..., _Built]]:
    calls: list[Rules] = []

    @per_rules
    def build(rules: Rules = DEFAULT_RULES) -> _Built:
        calls.append(rules)
        return _Built(rules)

    return calls, build


def test_same_value_for_the_same_rules() -> None:
    calls, build = _counting()
    first = build(DEFAULT_RULES)
    assert build(DEFAULT_RULES) is first
    assert build() is first  # the default argument is honoured
    assert build(rules=DEFAULT_RULES) is first
    assert calls == [DEFAULT_RULES]


def test_built_again_for_another_rules() -> None:
    calls, build = _counting()
    other = DEFAULT_RULES.extend()
    first = build(DEFAULT_RULES)
    second = build(other)
    assert second is not first
    assert build(other) is second
    assert calls == [DEFAULT_RULES, other]


def test_dropped_when_the_rules_is_collected() -> None:
    calls, build = _counting()
    other = DEFAULT_RULES.extend()
    built = weakref.ref(build(other))
    gc.collect()
    assert built() is not None  # kept while ``other`` lives
    del other
    calls.clear()  # the counter holds the Rules too
    gc.collect()
    assert built() is None


def test_none_is_cached() -> None:
    calls: list[Rules] = []

    @per_rules
    def nothing(rules: Rules) -> None:
        calls.append(rules)

    nothing(DEFAULT_RULES)
    nothing(DEFAULT_RULES)
    assert len(calls) == 1


def test_keeps_name_and_docstring() -> None:
    assert classifier.__name__ == "classifier"
    assert header_patterns.__doc__ and "header patterns" in header_patterns.__doc__


def test_module_getters_share_per_rules_caching() -> None:
    other = DEFAULT_RULES.extend()
    for getter in (classifier, header_patterns, case_labels):
        assert getter() is getter(DEFAULT_RULES)
        assert getter(other) is getter(other)
        assert getter(other) is not getter()


@given(st.text(max_size=30), st.data())
def test_without_positions(text: str, data: st.DataObject) -> None:
    positions = sorted(data.draw(st.sets(st.integers(0, max(len(text) - 1, 0)))) if text else [])
    expected = "".join(ch for i, ch in enumerate(text) if i not in set(positions))
    assert without_positions(text, positions) == expected


def test_value_holding_its_rules_does_not_keep_it_alive() -> None:
    @per_rules
    def build(rules: Rules) -> tuple[Rules, _Built]:
        return rules, _Built(rules)  # the value refers back to its Rules

    other = DEFAULT_RULES.extend()
    watched = weakref.ref(other)
    built = weakref.ref(build(other)[1])
    assert build(other)[0] is other
    del other
    gc.collect()
    assert watched() is None
    assert built() is None


def test_custom_rules_collected_after_parsing() -> None:
    import jirei

    path = Path(__file__).parents[1] / "corpus"
    texts = [p.read_text("utf-8") for p in sorted(path.glob("*.txt"))[:6]]
    assert texts, "the corpus is needed for this test"
    other = DEFAULT_RULES.extend(metrics={"テスト指標": "test_metric"})
    watched = weakref.ref(other)
    for text in texts:
        assert jirei.parse_text(text, rules=other).profiles
    del other
    gc.collect()
    assert watched() is None


def _memo_counting(maxsize: int) -> tuple[list[tuple[str, Rules]], Callable[..., str]]:
    calls: list[tuple[str, Rules]] = []

    @per_rules_memo(maxsize)
    def upper(text: str, rules: Rules = DEFAULT_RULES) -> str:
        calls.append((text, rules))
        return text.upper() + str(len(rules.units))

    return calls, upper


def test_per_rules_memo_builds_once_per_text_and_rules() -> None:
    calls, upper = _memo_counting(16)
    other = DEFAULT_RULES.extend(units={"テスト単位": "テスト単位"})
    assert upper("ab") == upper("ab", DEFAULT_RULES) == upper("ab", rules=DEFAULT_RULES)
    assert upper("ab", other) != upper("ab")  # built from the other rules
    assert upper("ab", other) == upper("ab", rules=other)
    assert calls == [("ab", DEFAULT_RULES), ("ab", other)]


def test_per_rules_memo_is_emptied_when_full() -> None:
    calls, upper = _memo_counting(2)
    for text in ("a", "b", "c", "a"):
        assert upper(text) == text.upper() + str(len(DEFAULT_RULES.units))
    # "c" found the memo full (a, b) and emptied it, so "a" is built again
    assert [text for text, _ in calls] == ["a", "b", "c", "a"]


def test_per_rules_memo_two_keys() -> None:
    calls: list[tuple[str, str]] = []

    @per_rules_memo(8)
    def joined(first: str, second: str, rules: Rules = DEFAULT_RULES) -> str:
        calls.append((first, second))
        return first + second

    assert joined("a", "b") == joined("a", "b", DEFAULT_RULES) == "ab"
    assert joined("a", "c", rules=DEFAULT_RULES) == "ac"
    assert calls == [("a", "b"), ("a", "c")]


def test_per_rules_memo_does_not_keep_rules_alive() -> None:
    calls, upper = _memo_counting(16)
    other = DEFAULT_RULES.extend()
    watched = weakref.ref(other)
    upper("ab", other)
    del other
    calls.clear()  # the counter holds the Rules too
    gc.collect()
    assert watched() is None
