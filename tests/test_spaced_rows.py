"""Tables and facts rows whose cells are parted by ONE space (ASCII or full-width), and a
bare case label opening a case (decisions 800–809). Examples are our own prose."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jirei
from jirei.factsrow import is_facts_header, read_facts_row
from jirei.lines import Line, split_lines
from jirei.model import Span
from jirei.normalise import normalise
from jirei.tables.spacedrows import is_value, read_spaced, spaced_header, spaced_row

FW = "\u3000"


def _normalised(text: str) -> tuple[str, object]:
    normalised = normalise(text)

    def locate(start: int, end: int) -> Span:
        return Span(*normalised.span(start, end))

    return normalised.text, locate


def _gap(locate: object):  # the ``Gap`` of a normalised text
    def gap(start: int, end: int) -> bool:
        span = locate(start, end)  # type: ignore[operator]
        return span.end - span.start > end - start

    return gap


def _line(text: str) -> tuple[Line, object, str]:
    normal, locate = _normalised(text)
    return Line(normal, 0), locate, normal


# --- header rows ---------------------------------------------------------------------------

HEADERS = [
    # (written row, the header cells' texts; None: no header)
    ("区分 目標 実績 達成率", ["区分", "目標", "実績", "達成率"]),
    (f"区分{FW}目標{FW}実績{FW}達成率", ["区分", "目標", "実績", "達成率"]),
    ("目標 実績 達成率", ["", "目標", "実績", "達成率"]),  # no stub: an empty first cell
    ("項目 前年度実績 目標 実績", ["項目", "前年度実績", "目標", "実績"]),
    (f"指標{FW}平成27年度目標{FW}平成27年度実績", ["指標", "平成27年度目標", "平成27年度実績"]),
    ("区分 目 標 実 績", ["区分", "目標", "実績"]),  # letter-spaced words are one word each
    ("区分 目標", ["区分", "目標"]),
    ("実績", None),  # one column word alone is a heading
    ("区分 達成率", None),  # no target or actual column
    ("区分 目標 実績 備考", None),  # a remark column holds no figures
    ("目標と実績について", None),  # prose around column words
    ("区分 目標 実績。", None),
]


@pytest.mark.parametrize(("written", "expected"), HEADERS)
def test_single_space_header(written: str, expected: list[str] | None) -> None:
    line, locate, normal = _line(written)
    cells = spaced_header(line, _gap(locate))
    if expected is None:
        assert cells is None
        return
    assert cells is not None
    assert [c.text for c in cells] == expected
    for cell in cells:  # each cell's offsets point at its text
        assert normal[cell.start : cell.end] == cell.text


# --- rows --------------------------------------------------------------------------------

ROWS = [
    # (written row, value columns, (label, values); None: no row of that table)
    ("支援対象者数 100人 120人 120.0%", 3, ("支援対象者数", ["100人", "120人", "120.0%"])),
    (f"就職者数{FW}６０人{FW}７２人", 2, ("就職者数", ["60人", "72人"])),
    ("就職者数 (うち紹介就職) 40人 44人", 2, ("就職者数 (うち紹介就職)", ["40人", "44人"])),
    (f"就職者数{FW}（うち紹介就職）{FW}－{FW}44人", 2, ("就職者数{}(うち紹介就職)", ["-", "44人"])),
    ("相談件数 延べ600件 延べ640件", 2, ("相談件数", ["延べ600件", "延べ640件"])),
    ("支援対象者数 100人以上 ― ―", 3, ("支援対象者数", ["100人以上", "―", "―"])),
    ("セミナー 2回 3回", 2, ("セミナー", ["2回", "3回"])),
    ("支援対象者数 100人", 2, None),  # fewer values than columns
    ("支援対象者数 100人 多数", 2, None),  # a value that is no figure
    ("100人 120人", 2, None),  # no label
    ("就職者は目標を上回った。 100人 120人", 2, None),  # a sentence is no label
    ("相談の流れを見直した", 2, None),
]


@pytest.mark.parametrize(("written", "width", "expected"), ROWS)
def test_single_space_row(
    written: str, width: int, expected: tuple[str, list[str]] | None
) -> None:
    line, locate, normal = _line(written)
    cells = spaced_row(line, width, _gap(locate))
    if expected is None:
        assert cells is None
        return
    assert cells is not None
    label, values = expected
    # the label keeps its inner space where one was written between non-CJK characters
    assert cells[0].text.replace(" ", "") == label.replace("{}", "").replace(" ", "")
    assert [c.text for c in cells[1:]] == values
    for cell in cells:
        assert normal[cell.start : cell.end] == cell.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("120人", True), ("12.5%", True), ("-", True), ("―", True), ("約50人", True),
     ("延べ640件", True), ("人", False), ("多数", False), ("支援対象者数", False), ("", False)],
)  # fmt: skip
def test_is_value(text: str, expected: bool) -> None:
    assert is_value(text) is expected


def test_regular_tables_are_left_to_the_grid_reader() -> None:
    normal, locate = _normalised("区分  目標  実績\n就職者数  60人  72人\n")
    assert read_spaced(split_lines(normal), locate=locate) is None  # type: ignore[arg-type]


def test_a_row_that_does_not_split_ends_the_table() -> None:
    text = "区分 目標 実績\n就職者数 60人 72人\nセミナーを2回開いた。\n"
    normal, locate = _normalised(text)
    found = read_spaced(split_lines(normal), locate=locate)  # type: ignore[arg-type]
    assert found is not None
    run, rows = found
    assert (run.start, run.end, len(rows)) == (0, 2, 2)


# --- through the parser -------------------------------------------------------------------


def _case(header_sep: str, row_seps: list[str], facts_sep: str = FW) -> str:
    s = row_seps
    return (
        "事例１\n"
        "駅前の窓口で仕事と暮らしの相談を一度に\n"
        f"実施自治体{facts_sep}連携労働局・ハローワーク{facts_sep}窓口の名称（種別）{facts_sep}開始日\n"
        f"岐阜県大垣市{facts_sep}岐阜労働局・ハローワーク大垣{facts_sep}"
        f"おおがき就労支援室（一体的実施施設）{facts_sep}平成２６年１０月１日\n"
        "■取組の概要\n"
        "○市の福祉窓口の隣に職業相談の席を置いた。\n"
        "■平成２７年度の実績\n"
        f"区分{header_sep}目標{header_sep}実績{header_sep}達成率\n"
        f"支援対象者数{s[0]}１５０人{s[1]}１６５人{s[2]}１１０．０％\n"
        f"就職者数{s[3]}（うち紹介就職）{s[4]}９０人{s[5]}９９人{s[6]}１１０．０％\n"
        "■関係者の声\n"
        "【大垣市】\n"
        "申請の相談からそのまま職業相談に進めるようになった。\n"
    )


EXPECTED = [
    ("支援対象者数", (150, "人", None), (165, "人", None), Decimal("110.0")),
    ("就職者数(うち紹介就職)", (90, "人", None), (99, "人", None), Decimal("110.0")),
]


def _figures(profile: jirei.Profile) -> list[tuple[object, ...]]:
    def q(quantity: jirei.Quantity | None) -> tuple[object, ...] | None:
        return None if quantity is None else (quantity.value, quantity.unit, quantity.qualifier)

    return [(m.label, q(m.target), q(m.actual), m.achievement_rate) for m in profile.metrics]


@pytest.mark.parametrize("sep", [" ", FW, "  "])
def test_one_case_reads_in_every_separator(sep: str) -> None:
    doc = jirei.parse_text(_case(sep, [sep] * 7, sep))
    assert [w.code for w in doc.warnings] == []
    (profile,) = doc.profiles
    assert profile.title == "駅前の窓口で仕事と暮らしの相談を一度に"
    assert (profile.prefecture, profile.municipality) == ("岐阜県", "大垣市")
    assert profile.labour_bureau == "岐阜労働局"
    assert profile.hello_work == ("ハローワーク大垣",)
    assert profile.facility_name == "おおがき就労支援室"
    assert profile.facility_type == "一体的実施施設"
    assert profile.start_date == date(2014, 10, 1)
    assert profile.fiscal_year == 2015
    assert _figures(profile) == EXPECTED
    assert profile.other_results == ()


_SEPS = st.sampled_from([" ", FW, "  ", "   "])


@settings(max_examples=60, deadline=None)
@given(st.lists(_SEPS, min_size=8, max_size=8), st.sampled_from([" ", FW]))
def test_random_separators_read_the_same_metrics(seps: list[str], inner: str) -> None:
    """A table rendered with any mix of single, double and full-width separators reads the
    same metrics, and every figure's span re-parses to its value. (The space inside the
    label ``就職者数 （うち紹介就職）`` is a single one: two or more spaces part cells.)"""
    text = _case(seps[0], [*seps[1:4], inner, *seps[5:]])
    doc = jirei.parse_text(text)
    (profile,) = doc.profiles
    assert _figures(profile) == EXPECTED
    for metric in profile.metrics:
        for quantity in (metric.target, metric.actual):
            assert quantity is not None and quantity.span is not None
            written = text[quantity.span.start : quantity.span.end]
            assert jirei.values.parse_quantity(written).value == quantity.value
        assert metric.span is not None
        label = text[metric.span.start : metric.span.end]
        assert "".join(label.split()).replace("（", "(").replace("）", ")") == metric.label


# --- facts rows --------------------------------------------------------------------------

FACTS_HEADERS = [
    ("実施自治体 連携労働局・ハローワーク 窓口の名称（種別） 開始日", True),
    (f"実施自治体{FW}窓口の名称（種別）", True),
    ("実施自治体  開始日", True),
    ("実施自治体", False),  # one name alone
    ("実施自治体は草津市", False),
    ("駅前の窓口で相談", False),
]


@pytest.mark.parametrize(("written", "expected"), FACTS_HEADERS)
def test_facts_header_row(written: str, expected: bool) -> None:
    line, _, _ = _line(written)
    assert is_facts_header(line) is expected


FACTS_VALUES = [
    # values that need their shapes to part them: a space inside the facility name
    (
        "岐阜県大垣市 岐阜労働局・ハローワーク大垣 おおがき 就労支援室（一体的実施施設） "
        "平成26年10月1日",
        ["岐阜県大垣市", "岐阜労働局・ハローワーク大垣", "おおがき 就労支援室(一体的実施施設)",
         "平成26年10月1日"],
    ),
    (
        f"岐阜県{FW}大垣市{FW}岐阜労働局・ハローワーク大垣{FW}おおがき就労支援室（一体的実施施設）{FW}平成26年10月1日",
        ["岐阜県大垣市", "岐阜労働局・ハローワーク大垣", "おおがき就労支援室(一体的実施施設)",
         "平成26年10月1日"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("values", "expected"), FACTS_VALUES)
def test_facts_values_part_by_shape(values: str, expected: list[str]) -> None:
    text = "実施自治体 連携労働局・ハローワーク 窓口の名称（種別） 開始日\n" + values + "\n"
    normal, locate = _normalised(text)
    row = read_facts_row(split_lines(normal), gap=_gap(locate))
    assert row is not None
    got = [field.value for field in row.fields]
    assert [v.replace(" ", "") for v in got] == [e.replace(" ", "") for e in expected]
    for field in row.fields:
        assert normal[field.start : field.end] == field.value


# --- several cases ------------------------------------------------------------------------


def _several(sep: str) -> str:
    cases = [
        ("１", "駅前の窓口で仕事と暮らしの相談を一度に", "岐阜県大垣市",
         "岐阜労働局・ハローワーク大垣", "おおがき就労支援室（一体的実施施設）",
         "平成２６年１０月１日", "大垣市", ("１５０人", "１６５人")),
        ("２", "商店街の空き店舗を相談の場に", "三重県伊勢市", "三重労働局・ハローワーク伊勢",
         "いせ仕事相談コーナー（常設窓口）", "平成２７年４月１日", "伊勢市", ("８０人", "９２人")),
        ("３", "子育て中の人の相談は夕方にも", "福井県越前市", "福井労働局・ハローワーク武生",
         "えちぜん就労ナビ（一体的実施施設）", "平成２５年７月１日", "越前市",
         ("６０人", "５８人")),
    ]  # fmt: skip
    parts = []
    for number, title, place, offices, name, start, speaker, (target, actual) in cases:
        parts.append(
            f"事例{number}\n{title}\n"
            f"実施自治体{sep}連携労働局・ハローワーク{sep}窓口の名称（種別）{sep}開始日\n"
            f"{place}{sep}{offices}{sep}{name}{sep}{start}\n"
            "■取組の概要\n○相談の受付を一本化した。\n"
            "■平成２７年度の実績\n"
            f"区分{sep}目標{sep}実績\n支援対象者数{sep}{target}{sep}{actual}\n"
            f"■関係者の声\n【{speaker}】\n相談がつながりやすくなった。\n"
        )
    return "\n".join(parts)


@pytest.mark.parametrize("sep", [" ", FW, "  "])
def test_several_cases(sep: str) -> None:
    doc = jirei.parse_text(_several(sep))
    assert [p.municipality for p in doc.profiles] == ["大垣市", "伊勢市", "越前市"]
    assert [p.title for p in doc.profiles] == [
        "駅前の窓口で仕事と暮らしの相談を一度に", "商店街の空き店舗を相談の場に",
        "子育て中の人の相談は夕方にも",
    ]  # fmt: skip
    assert [p.hello_work for p in doc.profiles] == [
        ("ハローワーク大垣",), ("ハローワーク伊勢",), ("ハローワーク武生",),
    ]  # fmt: skip
    kinds = ["一体的実施施設", "常設窓口", "一体的実施施設"]
    assert [p.facility_type for p in doc.profiles] == kinds
    assert [p.start_date for p in doc.profiles] == [
        date(2014, 10, 1), date(2015, 4, 1), date(2013, 7, 1),
    ]  # fmt: skip
    assert [[(m.label, m.actual.value if m.actual else None) for m in p.metrics]
            for p in doc.profiles] == [
        [("支援対象者数", 165)], [("支援対象者数", 92)], [("支援対象者数", 58)],
    ]  # fmt: skip
    assert not any(w.code == "fallback_segmentation" for w in doc.warnings)


def test_unreadable_single_space_rows_stay_other_results() -> None:
    """A row under a single-space header that is no label + figures is no table row: it
    and what follows stay other results, as before."""
    text = _case(" ", [" "] * 7)
    text = text.replace("就職者数 （うち紹介就職）", "就職面接会を開いた。 （うち紹介就職）")
    (profile,) = jirei.parse_text(text).profiles
    assert [m.label for m in profile.metrics] == ["支援対象者数"]
    assert profile.other_results
