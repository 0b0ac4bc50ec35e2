"""The fifteenth session's speed pass: each memo or precheck answers what the work it saves
would have (the same lines asked again with other keys, another text after a scan, a
ward's line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jirei import facts, gatheredparts, reportturns, wardcity
from jirei.model import Profile, Span
from jirei.pipeline import parse_path
from jirei.rules import DEFAULT_RULES

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_KEYED = Path(__file__).parents[1] / "corpus" / "holdout104" / "r05_kyushu_web.txt"


def _calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """The arguments ``gathered_parts`` is called with while a report with parts after its
    cases is parsed."""
    calls: list[tuple[object, ...]] = []
    real = gatheredparts.gathered_parts

    def spy(*args: object) -> object:
        calls.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(gatheredparts, "gathered_parts", spy)
    parse_path(_KEYED)
    return calls


@pytest.mark.skipif(not _KEYED.exists(), reason="the corpus report is absent")
def test_gathered_parts_asked_again_as_read_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _calls(monkeypatch)
    monkeypatch.undo()
    find, fresh = gatheredparts.gathered_parts, gatheredparts.gathered_parts.__wrapped__
    infos, spans, keys, rules = next(call for call in calls if fresh(*call) is not None)[:4]
    first = find(infos, spans, keys, rules)
    assert first is not None and first == fresh(infos, spans, keys, rules)
    assert find(infos, spans, [set(own) for own in keys], rules) is first  # the same call
    # other keys, other spans, other lines: read anew, not the last answer
    fewer = [set(), *keys[1:]]
    assert find(infos, spans, fewer, rules) == fresh(infos, spans, fewer, rules)
    assert find(infos, spans[1:], keys[1:], rules) == fresh(infos, spans[1:], keys[1:], rules)
    assert find(infos[:-1], spans, keys, rules) == fresh(infos[:-1], spans, keys, rules)
    assert find(list(infos), spans, keys, rules) == first  # (a list is never kept)
    assert find(infos, spans, keys, rules) == first
    # the offices each case names are part of the call (decision 2907's speakers by office)
    offices = [{name} for name in ("ハローワーク熊本", "ハローワーク八代", "ハローワーク人吉")]
    offices = offices[: len(spans)]
    assert find(infos, spans, keys, rules, offices) == fresh(infos, spans, keys, rules, offices)
    assert find(infos, spans, keys, rules) == first


def test_turn_scan_kept_for_one_text_only() -> None:
    minutes = "○事務局(ハローワーク山形):本日は。\n会長 続いて。\n"
    named, heads = reportturns._scan(minutes, DEFAULT_RULES)
    assert reportturns._scan(minutes, DEFAULT_RULES) == (named, heads)
    assert reportturns._scan("本日は晴れ。\n", DEFAULT_RULES) == ([], [])
    assert [m.span() for m in reportturns._scan(minutes, DEFAULT_RULES)[1]] == [
        m.span() for m in heads
    ]


def test_a_ward_ending_the_head_line_is_still_read() -> None:
    text = "事例３　京都府京都市伏見区\n実施主体：京都市・京都労働局\n"
    profile = Profile(municipality="京都市", span=Span(0, len(text)))
    assert wardcity._labelled_ward(profile, "京都市", text).municipality == "京都市伏見区"
    # a line without the ward's 区 is passed over (nothing built for it)
    other = "事例３　京都府京都市\n実施主体：京都市伏見区\n"
    assert wardcity._labelled_ward(
        Profile(municipality="京都市", span=Span(0, len(other))), "京都市", other
    ).municipality == "京都市"


_LABELS = sorted(DEFAULT_RULES.field_labels)[::7]
_FACT_PIECES = [*_LABELS, *(label[:1] for label in _LABELS), *(label[1:] for label in _LABELS),
                " ", "\t", "\u3000", "【", "】", "1", "2.", "3、", ":", "：", "|", "京都市", "…",
                "...", "平成25年", "。", "\n"]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_FACT_PIECES), max_size=10).map("".join))
def test_labelled_fact_precheck_passes_every_match(text: str) -> None:
    """The two-character precheck turns away no text the label pattern matches."""
    first = facts._labelled_first(DEFAULT_RULES)
    assert first is not None
    if facts._labelled(DEFAULT_RULES).match(text) is not None:
        assert first.match(text) is not None


@pytest.mark.parametrize(
    "text",
    ["実施主体：京都市", "【実施主体】京都市", "２．実施主体：京都市", " 実 施 主 体  京都市"],
)
def test_labelled_facts_still_read(text: str) -> None:
    import unicodedata

    found = facts.labelled_fact(unicodedata.normalize("NFKC", text), 0)
    assert found is not None and found.value == "京都市"


def _labelled_reference() -> object:
    """``facts._labelled`` trying every label in turn (the form before its labels were
    grouped by their first character)."""
    import regex

    labels = sorted(DEFAULT_RULES.field_labels, key=len, reverse=True)
    spaced = "|".join(r"[ \t]*".join(regex.escape(char) for char in label) for label in labels)
    return regex.compile(
        rf"^\s*(?:【\s*(?P<label>{spaced})\s*】\s*"
        rf"|(?:\d{{1,2}}\s*[.、]\s*(?=\D))?"
        rf"(?P<label>{spaced})(?:{facts._SEPARATOR}|{facts._leader(DEFAULT_RULES)}))"
        r"(?P<value>\S.*?)\s*$"
    )


_REFERENCE = _labelled_reference()
_ALL_LABELS = sorted(DEFAULT_RULES.field_labels)


@st.composite
def _fact_lines(draw: st.DrawFn) -> str:
    label = draw(st.sampled_from(_ALL_LABELS))
    if draw(st.booleans()):
        label += draw(st.sampled_from(_ALL_LABELS))
    label = label[: draw(st.integers(1, len(label)))]
    spaced = "".join(char + draw(st.sampled_from(["", "", " ", "\t"])) for char in label)
    return (
        draw(st.sampled_from(["", " ", "\t", "\u3000", "\n"]))
        + draw(st.sampled_from(["", "【", "【 ", "1.", "12、 ", "3 .", "x", "１．"]))
        + spaced
        + draw(st.sampled_from(["】", ":", "：", "  ", "\t", "|", "....", " ・・・ ", ""]))
        + draw(st.sampled_from(["京都市", " 平成25年", "。", "", "\t大阪"]))
    )


@SETTINGS
@given(_fact_lines())
def test_grouped_labels_as_every_label_in_turn(text: str) -> None:
    old, new = _REFERENCE.match(text), facts._labelled(DEFAULT_RULES).match(text)  # type: ignore[attr-defined]
    assert (old is None) == (new is None)
    if old is not None:
        assert new is not None
        for group in (0, "label", "value"):
            assert old.span(group) == new.span(group)
    if new is not None:  # (and the precheck lets it through)
        assert facts._labelled_first(DEFAULT_RULES).match(text) is not None  # type: ignore[union-attr]


def _open_reference(text: str) -> bool:
    """``wrappedheader._open`` reading every character (the form before its precheck)."""
    from jirei.wrappedheader import _PAIRS

    depth: list[str] = []
    for char in text:
        if char in _PAIRS:
            depth.append(_PAIRS[char])
        elif depth and char == depth[-1]:
            depth.pop()
    return bool(depth)


@SETTINGS
@given(st.lists(st.sampled_from(list("【】[]［］()（）「」市あ ")), max_size=12).map("".join))
def test_open_bracket_as_reading_every_character(text: str) -> None:
    from jirei.wrappedheader import _open

    assert _open(text) == _open_reference(text)
