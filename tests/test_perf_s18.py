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


# --- the per-text memos of ``fields.read_field`` and ``facts.labelled_fact`` -------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from jirei import facts, fields  # noqa: E402
from jirei.fields import FieldLine  # noqa: E402
from jirei.lines import Line  # noqa: E402

_LABELS = sorted(DEFAULT_RULES.field_labels)[::7][:40]
_PIECES = [
    *_LABELS, ":", " ", "  ", "　", "\t", "|", "| ", " |", "**", "【", "】", "○", "◆", "・",
    "- ", "ア", "(1)", "①", "1.", "令和元年7月1日", "2019年4月", "宮城県石巻市", "ハローワーク石巻",
    "石巻労働局", "を開設した。", "の", "、", "。", "/", "／", "（一体的実施施設）", "相談",
]


#: texts of the pieces: a few pieces (marks, enumerators, spaces), a label, a gap, pieces
_TEXTS = st.builds(
    lambda head, label, gap, tail: "".join([*head, label, gap, *tail]),
    st.lists(st.sampled_from(_PIECES), max_size=2),
    st.sampled_from([*_LABELS, ""]),
    st.sampled_from([":", ": ", " ", "  ", "\t", "**:", "】", ""]),
    st.lists(st.sampled_from(_PIECES), max_size=6),
)


def _reference_fact(text: str, offset: int) -> FieldLine | None:
    """``labelled_fact`` as it read before its memo."""
    rules = DEFAULT_RULES
    first = facts._labelled_first(rules)
    if first is not None and first.match(text) is None:
        return None
    match = facts._labelled(rules).match(text)
    if match is None:
        return None
    value = match.group("value")
    if value.endswith("。") or len(value) > 80:
        return None
    label = facts._WHITE.sub("", match.group("label"))
    start = offset + match.start("value")
    return FieldLine(rules.field_labels[label], label, value, start, start + len(value))


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.integers(0, 5000), st.integers(0, 5000))
def test_read_field_memo_reads_as_the_reader(text: str, at: int, again: int) -> None:
    unmemoised = fields.read_field.__wrapped__  # type: ignore[attr-defined]
    for start in (at, again, 0, at):  # asked again at other offsets: the memo answers
        line = Line(text, start)
        assert fields.read_field(line) == unmemoised(line, DEFAULT_RULES), (text, start)


def test_read_field_memo_leaves_rebuilt_rows_to_the_reader() -> None:
    class Row(Line):  # a row rebuilt from one-cell lines (``jirei.cellruns``) is read as is
        pass

    line = Row("| 自治体 | 宮城県石巻市 |", 10)
    unmemoised = fields.read_field.__wrapped__  # type: ignore[attr-defined]
    assert fields.read_field(line) == unmemoised(line, DEFAULT_RULES)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.integers(0, 5000), st.integers(0, 5000))
def test_labelled_fact_memo_reads_as_the_reader(text: str, at: int, again: int) -> None:
    for offset in (at, again, 0, at):
        assert facts.labelled_fact(text, offset) == _reference_fact(text, offset), (text, offset)


def test_memos_are_exercised_by_fields() -> None:
    """The samples above reach a field and a fact (so the comparisons are not all None)."""
    assert fields.read_field(Line("自治体:宮城県石巻市", 5)) is not None  # (normalised text)
    assert all(facts.labelled_fact(f"{label}:宮城県石巻市", 3) for label in _LABELS)


# --- ``factsrow.is_facts_header``'s precheck, built once per ``Rules`` -------------------

from jirei import factsrow  # noqa: E402


def _reference_header(line: Line) -> bool:
    """``is_facts_header`` as it read before: the opening words' tuple built per line."""
    if not line.text.lstrip().startswith((*factsrow._label_ends(DEFAULT_RULES)[0], "|")):
        return False
    return factsrow._labels(line, DEFAULT_RULES) is not None


_ROWS = st.lists(
    st.sampled_from([*_LABELS, " ", "  ", "　", "\t", "|", " | ", "【", "】", "", "市", "宮城県"]),
    max_size=6,
)


@settings(max_examples=500, deadline=None)
@given(_ROWS)
def test_facts_header_precheck_reads_as_before(pieces: list[str]) -> None:
    line = Line("".join(pieces), 7)
    assert factsrow.is_facts_header(line) == _reference_header(line), line.text


def test_facts_header_rows_are_still_read() -> None:
    for text in ("名称  実施主体  所在市", "| 名称 | 実施主体 |", "　名称\t実施主体"):
        assert factsrow.is_facts_header(Line(text, 0)) == _reference_header(Line(text, 0))
    assert factsrow.is_facts_header(Line("名称  実施主体", 0))


# --- ``lines.row_cells``: a line's cells built once ---------------------------------------

from jirei import lines as lines_module  # noqa: E402
from jirei.lines import Cell, row_cells  # noqa: E402

_CELL_PIECES = ["|", " | ", "\t", "  ", " ", "　", "-", " -", "目標", "実績", "120人", "85%", ""]


def _reference_cells(line: Line) -> list[Cell]:
    """``row_cells`` as it read before: the cells built on each call."""
    start = line.start
    return [
        Cell(text, start + first, start + last)
        for text, first, last in lines_module._row_pieces(line.text)
    ]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CELL_PIECES), max_size=8), st.integers(0, 5000))
def test_row_cells_memo_reads_as_before(pieces: list[str], start: int) -> None:
    line = Line("".join(pieces), start)
    first = row_cells(line)
    assert first == _reference_cells(line)
    first.append(Cell("x", 0, 1))  # a caller's list is its own: the next call is untouched
    assert row_cells(line) == _reference_cells(line)
    assert row_cells(Line(line.text, start + 3)) == _reference_cells(Line(line.text, start + 3))
