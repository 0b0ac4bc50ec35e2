"""The fourteenth session's speed pass: each form that replaced a per-call scan gives what
the scan gave. The replaced forms are kept here as references and compared with the new
ones on generated inputs (keys shared by several cases, keys of no case, speakers naming
a municipality's opening or an office)."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jirei import gatheredparts, reportturns, slidefurniture
from jirei.gatheredparts import _CELL_HEADS, _FIGURE, _dash, _lone_cell, _owner, cell_key, name_key
from jirei.lines import Cell, split_lines
from jirei.model import Profile
from jirei.rules import DEFAULT_RULES, Rules
from jirei.sections import LineInfo, classifier

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = ["呉", "呉市", "尾道市", "#1", "#2", "広島", "福山", "ハローワーク呉", "東広島市福祉課",
          ""]  # fmt: skip


def _owner_reference(keys: list[set[str]], name: str) -> int | None:
    """``gatheredparts._owner`` scanning every case's keys (the form before the index)."""
    hits = [index for index, own in enumerate(keys) if name in own]
    return hits[0] if len(hits) == 1 else None


@SETTINGS
@given(
    st.lists(st.sets(st.sampled_from(_WORDS), max_size=4), max_size=8),
    st.sampled_from(_WORDS),
)
def test_indexed_owner_as_scanning_every_case(keys: list[set[str]], name: str) -> None:
    indexed = gatheredparts._indexed_keys(keys)
    assert list(indexed) == keys
    assert gatheredparts._owner(indexed, name) == _owner_reference(keys, name)
    assert gatheredparts._owner(keys, name) == _owner_reference(keys, name)


def test_a_key_of_two_cases_names_none() -> None:
    keys = gatheredparts._indexed_keys([{"呉市", "#1"}, {"呉市", "#2"}, {"尾道市"}])
    assert gatheredparts._owner(keys, "呉市") is None
    assert gatheredparts._owner(keys, "#2") == 1
    assert gatheredparts._owner(keys, "尾道市") == 2
    assert gatheredparts._owner(keys, "福山市") is None


def _named_case_reference(profiles: list[Profile], speaker: str | None) -> int | None:
    """``gatheredparts._named_case`` keying every case again for each speaker (the form
    before the keys were taken once a document)."""
    if not speaker:
        return None
    said = name_key(speaker)
    hits = [
        index
        for index, profile in enumerate(profiles)
        if (profile.municipality and said.startswith(name_key(profile.municipality)))
        or any(said == name_key(office) for office in profile.hello_work)
    ]
    return hits[0] if len(hits) == 1 else None


_PLACES = [None, "", " ", "(市)", "尾道市", "尾道", "東広島市", "呉市", "呉 市"]
_OFFICES = ["ハローワーク呉", "ハローワーク 尾道", "東広島市福祉課", "呉市"]
_SPEAKERS = [None, "", "尾道市", "尾道市福祉課", "東広島市福祉課", "ハローワーク呉", "呉市",
             "広島労働局", "呉 市 担当者", "ハローワーク尾道"]  # fmt: skip


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(_PLACES), st.lists(st.sampled_from(_OFFICES), max_size=2)),
        max_size=6,
    ),
    st.sampled_from(_SPEAKERS),
)
def test_named_case_as_keying_every_case_again(
    cases: list[tuple[str | None, list[str]]], speaker: str | None
) -> None:
    profiles = [Profile(municipality=place, hello_work=tuple(offices)) for place, offices in cases]
    assert gatheredparts._named_case(
        gatheredparts._speaker_keys(profiles), speaker
    ) == _named_case_reference(profiles, speaker)


_TURN_PIECES = ["\n", "\n", "\n", " ", "\t", "\u3000", "○", "◎", "会長", "事務局", "委員", "司会",
                "中島", "くるめ", "(", ")", "(ハローワーク山形)", ":", "：", "続いて", "。", "a",
                "就労支援員", "\n\n"]  # fmt: skip


def _scan_reference(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The ``named`` and ``head`` patterns' matches by ``finditer`` (the form before the
    newline-to-newline scan), as spans."""
    pats = reportturns._patterns(DEFAULT_RULES)
    return (
        [m.span() for m in pats.named.finditer(text)],
        [m.span() for m in pats.head.finditer(text)],
    )


@SETTINGS
@given(st.lists(st.sampled_from(_TURN_PIECES), max_size=40).map("".join))
def test_turn_scan_as_finditer(text: str) -> None:
    named, heads = reportturns._scan(text, DEFAULT_RULES)
    assert ([m.span() for m in named], [m.span() for m in heads]) == _scan_reference(text)
    pats = reportturns._patterns(DEFAULT_RULES)
    assert all(m.re is pats.named for m in named) and all(m.re is pats.head for m in heads)


def test_turns_of_another_text_are_read_anew() -> None:
    minutes = "○事務局(ハローワーク山形):本日は。\n会長 続いて。\n"
    other = "中島(くるめ仕事応援ひろば就労支援員) 就労支援を行っています。\n"
    first = reportturns.turns(minutes)
    assert [t.kind for t in first] == ["report", "chair"]
    assert [t.kind for t in reportturns.turns(other)] == ["report"]
    assert reportturns.turns("".join(minutes)) == first
    assert reportturns.turns(minutes) == first
    assert reportturns.turns("本日は晴れ。\n") == []


def _slide_furniture_reference(text: str, rules: Rules = DEFAULT_RULES) -> str:
    """``blank_slide_furniture`` keying every slide's edge lines (the form before it stopped
    once no line could stand on enough slides)."""
    if text.count("\n\n") + text.count("\f") < slidefurniture._LEAST - 1:
        return text
    slides = slidefurniture.slide_lines(text)
    if len(slides) < slidefurniture._LEAST:
        return text
    edges: list[list[tuple[int, int]]] = []
    counts: Counter[str] = Counter()
    for lines in slides:
        edge = lines[:2] + [line for line in lines[-2:] if line not in lines[:2]]
        edges.append(edge)
        counts.update({slidefurniture._key(text[s:e]) for s, e in edge})
    least = max(3, slidefurniture.SHARE * len(slides))
    running = {
        key
        for key, count in counts.items()
        if count >= least and len(key) >= 3 and slidefurniture._WORD.search(key) is not None
    }
    blanked = [
        (start, end)
        for edge in edges
        for start, end in edge
        if slidefurniture._key(text[start:end]) in running
        and slidefurniture._plain(text[start:end], rules)
    ]
    numbered = slidefurniture._numbered_feet(text, slides, least, rules)
    blanked += [line for line in numbered if line not in blanked]
    chars = list(text)
    for start, end in blanked:
        chars[start:end] = [" "] * (end - start)
    return "".join(chars)


_SLIDE_LINES = ["令和２年度 好事例集", "令和２年度　好事例集 3", "大阪労働局 | 4", "大阪労働局 5",
                "取組内容", "・就労支援を実施した。", "支援対象者数 200人", "- 7 -", "本文の行です",
                "P.9", "事例１ 呉市"]  # fmt: skip


@SETTINGS
@given(
    st.lists(
        st.lists(st.sampled_from(_SLIDE_LINES), min_size=1, max_size=4).map("\n".join),
        max_size=14,
    ).map("\n\n".join)
)
def test_slide_furniture_as_keying_every_slide(text: str) -> None:
    assert slidefurniture.blank_slide_furniture(text) == _slide_furniture_reference(text)


def test_a_running_head_on_the_last_slides_only_is_found() -> None:
    """A head on the last 60 % of the slides: counted to the end."""
    plain = [f"本文{n}の行です\n説明の続き{n}" for n in range(4)]
    headed = [f"令和２年度 好事例集\n本文{n}の行です\n説明の続き{n}" for n in range(4, 10)]
    text = "\n\n".join([*plain, *headed])
    blanked = slidefurniture.blank_slide_furniture(text)
    assert blanked != text and "好事例集" not in blanked
    assert blanked == _slide_furniture_reference(text)


def _cell_table_reference(
    infos: list[LineInfo], index: int, keys: list[set[str]], rules: Rules
) -> tuple[dict[int, list[list[Cell]]], int, int] | None:
    """``gatheredparts._cell_table`` without its heads precheck (the form before it)."""
    own = _lone_cell(infos[index])
    if own is None or _FIGURE.search(own.text):
        return None
    first = _owner(keys, cell_key(own.text, rules))
    if first is None:
        return None
    heads: list[Cell] = []
    at = index - 1
    while at >= 0 and (cell := _lone_cell(infos[at])) is not None and not _FIGURE.search(
        cell.text
    ):
        heads.insert(0, cell)
        at -= 1
    width = len(heads)
    if width < _CELL_HEADS or any(_owner(keys, cell_key(h.text, rules)) is not None for h in heads):
        return None
    cells: list[tuple[Cell, int | None]] = []
    stop = index
    while stop < len(infos) and (cell := _lone_cell(infos[stop])) is not None:
        cells.append((cell, _owner(keys, cell_key(cell.text, rules))))
        stop += 1
    out: dict[int, list[list[Cell]]] = {}
    current: int | None = None
    run: list[Cell] = []
    used = 0
    key: Cell | None = None
    for number, (cell, owner) in enumerate([*cells, (None, -1)]):  # (a last key: the end)
        if owner is not None:
            if current is not None and key is not None:
                if not run or len(run) % (width - 1) or current in out:
                    break
                rows = [run[k : k + width - 1] for k in range(0, len(run), width - 1)]
                # one row of figures (``北九州市 / 310人 / 201人``): each head and its cell
                out[current] = (
                    [list(pair) for pair in zip(heads, [key, *rows[0]], strict=True)]
                    if len(rows) == 1 and _FIGURE.search(rows[0][0].text)
                    else [heads[1:], *rows]
                )
                if not all(_FIGURE.search(row[-1].text) or _dash(row[-1].text)
                           for row in out[current][1:]):
                    del out[current]
                    break
                used = number
            current, run, key = owner, [], cell
            if cell is None or owner < 0:
                break
        else:
            run.append(cell)  # type: ignore[arg-type]
    if len(out) < 2 or (used < len(cells) and len(out) < len(keys)):
        return None
    return out, index - width, index + used


_CELL_LINES = ["施設名", "区分", "支援対象者数", "就職者数", "北九州市", "熊本市",
               "一体型", "310人", "201人", "", "-",
               "本文の長い行です。" * 4]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_CELL_LINES), max_size=16))
def test_cell_table_as_without_its_heads_precheck(lines: list[str]) -> None:
    infos = classifier().classify_all(split_lines("\n".join(lines)))
    keys = [{"北九州市"}, {"熊本市"}]
    for index in range(len(infos)):
        assert gatheredparts._cell_table(
            infos, index, keys, DEFAULT_RULES
        ) == _cell_table_reference(infos, index, keys, DEFAULT_RULES)


def test_a_table_one_cell_a_line_is_read() -> None:
    text = "\n".join(["施設名", "区分", "支援対象者数", "北九州市", "一体型", "310人", "熊本市",
                      "常設型", "201人"])  # fmt: skip
    infos = classifier().classify_all(split_lines(text))
    found = gatheredparts._cell_table(infos, 3, [{"北九州市"}, {"熊本市"}], DEFAULT_RULES)
    assert found is not None
    table, first, stop = found
    assert (sorted(table), first, stop) == ([0, 1], 0, 9)
