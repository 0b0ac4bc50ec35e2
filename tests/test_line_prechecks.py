"""Readers whose per-line precheck became a whole-text search or a cheaper exact test (the
seventh session speed pass) give what the per-line form gave: each is checked against the
form it replaced, kept here as the reference, on generated texts made of the characters
those readers look at."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jirei import gridtables, splitdates, templatelabels
from jirei.cellruns import row_of
from jirei.lines import Line, split_lines
from jirei.linescan import space_line_breaks
from jirei.places import PREFECTURES
from jirei.ruledrows import merged, split_merged
from jirei.rules import DEFAULT_RULES, Rules

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_COMMON = ["\n", "\n", "\n", " ", "  ", "\u3000", "\t"]
_DATES = [
    "平成26年", "平成26年4月", "令和元年", "2019年4", "2019年", "年", "月", "日", "1日", "10月1日",
    "月1日", "4月", "1日当たり", "3日間", "開設", "事業開始", "二", "十", "４", "平成２６年",
    "H26年", "年度", "平成26年度",
]  # fmt: skip
_GRID = ["|", "|-", "|---|---|", "| a | b |", "|:--|", "-", ":", " x ", "| 就職者数 | 10人 |"]


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from([*_COMMON, *pieces]), max_size=40).map("".join)


def _split_dates_reference(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``join_split_dates`` testing every line (the form before the search for ``年``)."""
    lines = text.split("\n")
    joins = [
        n
        for n in range(len(lines) - 1)
        if splitdates._could_end_a_part(lines[n])
        and splitdates._joined(lines[n], lines[n + 1], rules)
    ]
    if not joins:
        return text
    return space_line_breaks(text, lines, joins)


@SETTINGS
@given(_texts(_DATES))
def test_split_dates_as_testing_every_line(text: str) -> None:
    assert splitdates.join_split_dates(text) == _split_dates_reference(text)


def test_examples_are_joined() -> None:
    assert splitdates.join_split_dates("平成26年4月\n1日開設\nx") == "平成26年4月 1日開設\nx"


def _grid_reference(lines: list[Line]) -> list[Line]:
    """``join_grid_rows`` asking ``_opens_grid`` of every line (the form before the set of
    opening rows)."""
    opens = gridtables._opens_grid
    if not any("|-" in line.text for line in lines) or not any(
        opens(lines, index) for index in range(len(lines))
    ):
        return list(lines)
    out: list[Line] = []
    index = 0
    while index < len(lines):
        if not opens(lines, index):
            out.append(lines[index])
            index += 1
            continue
        top = lines[index]
        out.append(Line(" " * len(top.text), top.start))
        index += 1
        group: list[Line] = []
        rule = top
        while index <= len(lines):
            line = lines[index] if index < len(lines) else None
            if line is not None and gridtables._is_pipe(line) and not gridtables._is_rule(line):
                group.append(line)
                index += 1
                continue
            # rows are joined as join_grid_rows joins them (decisions 2010, 2071, 2073):
            # only the choice of opening lines is under test here
            rows = split_merged(group, rule) if len(group) >= 2 and merged(group) else None
            if rows is not None:
                out.extend(row_of(cells) for cells in rows)
            elif len(group) >= 2 and not gridtables._rows_each(group):
                out.append(row_of(gridtables._joined_cells(group)))
            else:
                out.extend(group)
            group = []
            if line is None or not gridtables._is_rule(line):
                break
            out.append(line)
            rule = line
            index += 1
    return out


@SETTINGS
@given(_texts(_GRID))
@example("|---|---|\n| a | b |\n|:--|")  # a merged-cell row (decision 2071)
def test_grid_rows_as_asking_every_line(text: str) -> None:
    lines = list(split_lines(text))
    assert gridtables.join_grid_rows(lines) == _grid_reference(lines)


def _place_at_reference(text: str) -> tuple[int, int] | None:
    """``templatelabels._place_at`` trying every start before each place end and every
    prefecture in turn (the form before the length index and the prefecture set)."""
    names = templatelabels._names()
    folded = text.translate(templatelabels._FOLD)
    for end in range(2, len(text) + 1):
        if text[end - 1] not in "市区町村":
            continue
        for start in range(max(0, end - templatelabels._MAX_NAME), end - 1):
            if folded[start:end] in names:
                before = text[:start]
                prefecture = next((p for p in PREFECTURES if before.endswith(p)), "")
                return start - len(prefecture), end
    return None


_PLACES = (
    "石巻市 宮城県 宮城県石巻市 北海道 札幌市 中央区 北海道札幌市中央区 市 区 町 村 県 ヶ ケ "
    "龍ケ崎市 龍ヶ崎市 茨城県 事例1 座談会 役所 編 (宮城県) 鹿児島県 鹿児島市 東京都 千代田区 a"
).split()


@SETTINGS
@given(st.lists(st.sampled_from([" ", "\u3000", *_PLACES]), max_size=12).map("".join))
def test_place_at_as_trying_every_start(text: str) -> None:
    assert templatelabels._place_at(text) == _place_at_reference(text)


def test_no_prefecture_ends_with_another() -> None:
    """``templatelabels._prefecture_before`` relies on it: at most one prefecture ends a
    text, so trying the lengths finds the one trying every prefecture finds."""
    assert not [(a, b) for a in PREFECTURES for b in PREFECTURES if a != b and a.endswith(b)]
