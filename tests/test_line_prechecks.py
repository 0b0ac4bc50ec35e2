"""Readers whose per-line precheck became a whole-text search or a cheaper exact test (the
seventh session speed pass) give what the per-line form gave: each is checked against the
form it replaced, kept here as the reference, on generated texts made of the characters
those readers look at."""

from __future__ import annotations

from types import SimpleNamespace

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jirei import commentforms, facts, figures, gridtables, profile, splitdates, templatelabels
from jirei.cellruns import row_of
from jirei.lines import Line, split_lines
from jirei.linescan import space_line_breaks
from jirei.patternneeds import needs_pattern
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


# The speed11 pass: a comment line found by the joined forms, the metric role pattern.


def _is_comment_line_reference(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """``commentforms.is_comment_line`` trying every form in turn after the joined precheck
    (the form before the first matching form was found in one call)."""
    body = commentforms._unhashed(text).rstrip()
    joined = commentforms._joined(rules)[0]
    if joined is not None and joined.match(body) is None:
        return False
    return any(
        (match := pattern.match(body)) is not None
        and bool(commentforms.clean_speaker(match["speaker"], rules)[0])
        for _form, pattern in commentforms._forms(rules)
    )


_COMMENTS = [
    "○", "◆", "〇 ", "■", "・", "#", "## ", "「", "」", "『", "』", "“", "”", "(", ")", "【", "】",
    "<", ">", ":", "：", "。", "、", "!", "?", "―", "—", "**", "__", "高知市", "市", "町", "課",
    "労働局", "ハローワーク", "福祉課", "担当者", "の声", "コメント", "委員", "事務局", "会長",
    "Q1", "A1", "答", "件名", "差出人", "(市)", "(コメント)", "相談", "です", "利用者",
    "支所まで来れば", "x", "12",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from([" ", "\u3000", "\t", *_COMMENTS]), max_size=14).map("".join))
@example("○高知市：支所まで来れば便利。")
@example("「手当の相談が早くなった。」（宮崎市福祉総務課）")
@example("委員(静岡労働局職業安定部長)")
@example("Q1. 相談")
@example("**高知市**")
@example("__高知市:__")
def test_comment_line_as_trying_every_form(text: str) -> None:
    assert commentforms.is_comment_line(text) == _is_comment_line_reference(text)
    forms, rules = commentforms._forms(DEFAULT_RULES), DEFAULT_RULES
    which = commentforms._which_form(rules)
    assert which is not None  # (one form refers to a group: the others are still joined)
    body = commentforms._unhashed(text).strip()
    found = commentforms._first_form(forms, which, body, rules)
    reference = commentforms._first_form(forms, None, body, rules)
    assert (found and (found[0], found[1].regs)) == (
        reference and (reference[0], reference[1].regs)
    )
    first = next((n for n, (_, pattern) in enumerate(forms) if pattern.match(body)), None)
    assert which(body) == first


_ROLE_TEXT = [
    "目標", "実績", "達成率", "年度目標", "年度", "年間", "計画", "前年度", "合計", "R", "H",
    "令和", "平成", "3", "30", "３", "元", "二", "十", "年", "人", "%", "就職者数", "(", ")",
    "\u3000",
    "\u3000\u3000", "  ", "\t", "x", "\n", "\x1c", "\u2028", "\x85", "\u200b",
]  # fmt: skip


def _role_reference(rules: Rules = DEFAULT_RULES) -> regex.Pattern[str]:
    """``figures._Words.role`` without the guard against starts inside a run of spaces."""
    pattern = figures._words(rules).role.pattern
    assert pattern.startswith(figures._NOT_IN_SPACES)
    return regex.compile(pattern[len(figures._NOT_IN_SPACES) :])


def _regs(found: regex.Match[str] | None) -> object:
    return None if found is None else found.regs


@SETTINGS
@given(st.lists(st.sampled_from([" ", *_ROLE_TEXT]), max_size=16).map("".join), st.data())
def test_role_pattern_as_without_its_guard(text: str, data: st.DataObject) -> None:
    """The guarded role pattern finds what it found before, searched from the start and
    matched where the readers match it (after leading white space, after ``_ROLE_LEAD``)."""
    words = figures._words(DEFAULT_RULES)
    reference = _role_reference()
    assert [m.regs for m in words.role.finditer(text)] == [
        m.regs for m in reference.finditer(text)
    ]
    assert _regs(words.role.search(text)) == _regs(reference.search(text))
    assert (words.role_word.search(text) is None) == (reference.search(text) is None)
    stop = data.draw(st.integers(0, len(text)))
    assert [m.regs for m in words.role.finditer(text, 0, stop)] == [
        m.regs for m in reference.finditer(text, 0, stop)
    ]
    for at in (len(text) - len(text.lstrip()), figures._ROLE_LEAD.match(text).end()):
        assert _regs(words.role.match(text, at)) == _regs(reference.match(text, at))


@SETTINGS
@given(st.lists(st.sampled_from([" ", *_ROLE_TEXT]), max_size=16).map("".join))
def test_latest_year_as_without_its_precheck(text: str) -> None:
    """``figures._latest_year`` skips the lines ``year_role`` finds nothing in: what
    reading every line with ``role`` gives (the form before the precheck)."""
    words = figures._words(DEFAULT_RULES)
    reference = _role_reference()
    lines = [Line(piece, 0) for piece in text.split("\n")]
    years = [
        year
        for line in lines
        if figures._ROLE_CHAR.search(line.text)
        for match in reference.finditer(line.text)
        if (year := figures._year(match["year"])) is not None
    ]
    assert figures._latest_year(lines, words) == (max(years) if years else None)


@SETTINGS
@given(st.lists(st.integers(0, 40), max_size=12), st.lists(st.integers(0, 45), max_size=6))
def test_case_floor_as_asking_every_case(stops: list[int], firsts: list[int]) -> None:
    """``profile._floor`` (the stops sorted once per document's cases) gives the last stop at
    or before a case's first line as asking every case did."""
    cases = tuple(SimpleNamespace(stop=stop) for stop in stops)
    for first in firsts:
        reference = max((c.stop for c in cases if c.stop <= first), default=0)
        assert profile._floor(cases, first) == reference  # type: ignore[arg-type]
    other = tuple(SimpleNamespace(stop=stop + 1) for stop in stops)  # another document's
    for first in firsts:
        reference = max((c.stop for c in other if c.stop <= first), default=0)
        assert profile._floor(other, first) == reference  # type: ignore[arg-type]




_FACTS = [
    "【", "】", "1", "２", "10", ".", "、", ":", "：", "|", "\t",
    "実施主体", "実 施 主 体", "開設日", "所在地", "名称", "施設名", "労働局",
    "市", "x", "。", "(", ")",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from([" ", "\u3000", "  ", *_FACTS]), max_size=10).map("".join))
@example("【実施主体】　高知市")
@example("２．労働局・安定所：高知労働局")
def test_labelled_fact_precheck_is_necessary(text: str) -> None:
    """``facts.labelled_fact`` gives up on a text its precheck rules out: no match of the
    labelled pattern opens such a text (the form before the precheck tried the pattern)."""
    first = facts._labelled_first(DEFAULT_RULES)
    assert first is not None
    if first.match(text) is None:
        assert facts._labelled(DEFAULT_RULES).match(text) is None
    labels = list(DEFAULT_RULES.field_labels)
    for label in labels[:: max(1, len(labels) // 40)]:
        written = f"{text[:2]}{label}：値{text[2:]}"  # a text opening with a label
        if facts._labelled(DEFAULT_RULES).match(written) is not None:
            assert first.match(written) is not None


# --- speed12: the comment forms' precheck (``jirei.patternneeds``) -----------------------

_FORM_PIECES = [
    "(", ")", ":", "「", "」", "『", "』", "“", "”", "*", "**", "__", "_", "<", ">", "【", "】",
    "○", "◆", "〇", "◯", "■", "▶", "▼", "△", "―", "—", "-", "+", "・", "。", "、", "\n",
    "委員", "構成員", "市", "課", "労働局", "ハローワーク", "A", "A1", "1", "答", "回答", "差出人",
    "From", "利用者", "の話", "高知市", "小林", "担当", "です", "x", "Q", "自治体",
]  # fmt: skip


def _first_form_reference(text: str) -> int | None:
    """The index of the first comment form matching at the text's start, each tried alone
    (what ``_which_form`` answers, without its precheck)."""
    for number, (_form, pattern) in enumerate(commentforms._forms(DEFAULT_RULES)):
        if pattern.match(text) is not None:
            return number
    return None


@SETTINGS
@given(st.lists(st.sampled_from([" ", "  ", "\u3000", *_FORM_PIECES]), max_size=14).map("".join))
@example("高知市：こんにちは")
@example("「よかった」（高知市）")
@example("**高知市**")
@example("委員（高知市）")
@example("担当  こんにちは")
def test_comment_forms_precheck_keeps_every_match(text: str) -> None:
    """``_which_form`` with its precheck gives the first matching form, as trying each
    form alone does; the precheck never rules out a text a form matches."""
    which = commentforms._which_form(DEFAULT_RULES)
    assert which is not None
    from jirei.normalise import normalise

    for body in {text, normalise(text).text}:
        assert which(body) == _first_form_reference(body)
        needs = needs_pattern(p.pattern for _f, p in commentforms._forms(DEFAULT_RULES))
        assert needs is not None
        if _first_form_reference(body) is not None:
            assert needs.search(body) is not None


#: patterns of the shapes the comment forms take, each with texts it matches at their start
_SHAPES = {
    r"^(?:ab|c)\s*\((?P<x>[^()]{1,3})\)$": ["ab(x)", "c (xy)"],
    r"^[-*]\s+(?P<t>\S.*)$": ["- a", "*  b c"],
    r"^(?P<m>\*\*|__)(?P<s>[^*_]{1,4}?)(?P=m)$": ["**ab**", "__c__"],
    r"^(?:[ab]\s*)?(?P<s>(?:cd|ef)\([^()]{1,3}\))$": ["cd(x)", "a ef(xy)"],
    r"^(?P<s>[^:\s]{1,4}?)\s*:$": ["ab:", "x :"],
    r"^(?P<s>[^:\s]{1,4}?)\s{2,}(?P<t>[^\s].*)$": ["ab  c", "x   yz"],
    r"^x{2,}y?": ["xx", "xxxy"],
    r"^(?:a|b)?c{0,2}d+": ["d", "acd", "bccdd"],
    r"^\w+(?:ab)+": ["xab", "cabab"],
    r"^(?!x)[^x]*z$": ["z", "abz", "z\n"],
    r"^[\p{Han}]{1,2}a": ["市a"],
    r"^.{1,3}\)\s*$": ["ab)", "a) "],
    r"^(?>a|b)c": ["ac", "bc"],
    r"^(?=a)[a-c]+:": ["a:", "abc:"],
    r"^\(?(?P<s>[^()]+)\)?\s*「(?P<t>.+)」$": ["(a)「b」", "a「b」"],
}


def test_needs_pattern_finds_what_each_shape_matches() -> None:
    """The precheck of each shape, alone and with the others, finds every text the shape
    matches at its start."""
    everything = needs_pattern(_SHAPES)
    assert everything is not None
    for shape, texts in _SHAPES.items():
        alone = needs_pattern([shape])
        assert alone is not None
        for text in texts:
            assert regex.match(shape, text) is not None
            assert alone.search(text) is not None
            assert everything.search(text) is not None


@SETTINGS
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f", "x", "y", "z", "(", ")", ":", "*",
                              "_", "-", " ", "  ", "\n", "市", "ab", "cd(", "「", "」"]),
             max_size=12).map("".join),
    st.lists(st.sampled_from(list(_SHAPES)), min_size=1, max_size=4),
)
def test_needs_pattern_is_found_wherever_a_pattern_matches(text: str, shapes: list[str]) -> None:
    """For any patterns ``needs_pattern`` reads, its search finds every text at whose start
    one of them matches."""
    needs = needs_pattern(shapes)
    assert needs is not None
    if any(regex.match(shape, text) for shape in shapes):
        assert needs.search(text) is not None


def test_needs_pattern_gives_up_where_it_must() -> None:
    """No precheck for an alternation at the top level, a pattern matching the empty text,
    global flags, or a pattern holding nothing a search can look for."""
    assert needs_pattern([r"a|b"]) is None
    assert needs_pattern([r"^x?$", r"^a"]) is None
    assert needs_pattern([r"(?i)^a"]) is None
    assert needs_pattern([r"^(?x: a )b"]) is None
    assert needs_pattern([r"^(?#(a)b"]) is None
    assert needs_pattern([r"^[^a]+$"]) is None
    assert needs_pattern([]) is None
    assert needs_pattern([r"^a", r"b$", r"[^c]+d"]) is not None


def _overall_caption_reference(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """``overalltables.is_overall_caption`` as written before its two prechecks."""
    from jirei import overalltables as o

    stripped = text.strip()
    pattern = o._caption(rules)
    if pattern is None or not stripped or len(stripped) > o._MAX_CAPTION:
        return False
    if "。" in stripped or o._FIGURE.search(stripped) or o._CELLS.search(stripped):
        return False
    if o._DIGIT.search(o._YEAR.sub("", o._COUNT.sub("", stripped))):
        return False
    bare = o._MARKS.sub("", stripped)
    return bool(bare) and pattern.fullmatch(bare) is not None


_CAPTIONS = [
    "全体", "合計", "の実績", "3施設", "３施設", "施設", "管内", "計", "一覧", "令和5年度",
    "2023年度", "年度", "1", "10", "人", "%", "|", "\t", "■", "【", "】", "(", ")", "。", "x",
    "実績", "か所",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from([" ", "  ", "\u3000", *_CAPTIONS]), max_size=10).map("".join))
@example("３施設の実績（合計）")
@example("■全体の実績")
@example("管内計  10人")
def test_overall_caption_prechecks_keep_the_answer(text: str) -> None:
    """The cells and digits prechecks of ``is_overall_caption`` change no answer."""
    from jirei.overalltables import is_overall_caption

    assert is_overall_caption(text) == _overall_caption_reference(text)
