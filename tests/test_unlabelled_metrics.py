"""A metric a reader found with no name is not recorded; a warning keeps its figures."""

from __future__ import annotations

import pytest

import jirei
from jirei.model import Metric, Quantity, Span, Warning
from jirei.profile import _labelled


def test_a_metric_without_a_label_becomes_a_warning() -> None:
    named = Metric("就職者数", key="placements", actual=Quantity(93, "人"), span=Span(10, 13))
    unnamed = Metric(" ", target=Quantity(150, "人"), actual=Quantity(141, "人"), span=Span(20, 29))
    warnings: list[Warning] = []
    kept = _labelled([named, unnamed], warnings)
    assert kept == [named]
    assert [w.code for w in warnings] == ["unlabelled_metric"]
    assert "150人" in warnings[0].message and "141人" in warnings[0].message
    assert warnings[0].span == Span(20, 29)


def test_named_metrics_pass_unchanged() -> None:
    metrics = [Metric("支援対象者数", target=Quantity(150, "人"))]
    warnings: list[Warning] = []
    assert _labelled(metrics, warnings) is metrics
    assert warnings == []


CARD = (
    "【宮崎県都城市】【宮崎労働局・ハローワーク都城】（一体的実施施設）平成28年4月1日事業開始\n"
    "窓口を一つにして相談しやすく\n"
    "■取組内容\n・福祉の窓口に就労支援の相談員を置いた。\n"
    "実績（令和4年度）\t区分\t目標\t実績\t達成率\n"
    "\t支援対象者数\t150人\t141人\t94.0%\n"
    "\t就職者数\t90人\t93人\t103.3%\n"
)


def test_a_headless_card_table_under_a_list_is_read_as_metrics() -> None:
    (profile,) = jirei.parse_text(CARD).profiles
    assert profile.initiatives == ("福祉の窓口に就労支援の相談員を置いた。",)
    figures = [
        (m.label, m.target and (m.target.value, m.target.unit), m.actual and m.actual.value)
        for m in profile.metrics
    ]
    assert figures == [("支援対象者数", (150, "人"), 141), ("就職者数", (90, "人"), 93)]


_HEAD = (
    "【宮崎県都城市】【宮崎労働局・ハローワーク都城】（一体的実施施設）平成28年4月1日事業開始\n"
    "窓口を一つにして相談しやすく\n"
)
_TABLE = (
    "実績（令和4年度）\t区分\t目標\t実績\t達成率\n"
    "\t支援対象者数\t150人\t141人\t94.0%\n"
    "\t就職者数\t90人\t93人\t103.3%\n"
)
_FIGURES = [("支援対象者数", (150, "人"), 141), ("就職者数", (90, "人"), 93)]

#: variants of the headless card table (decision 1650): (text, initiatives, other results,
#: figures read, fiscal year)
VARIANTS = [
    pytest.param(  # the last bullet wraps onto a second line before the table
        _HEAD + "■取組内容\n・福祉の窓口に相談員を置いた。\n・子ども連れでも相談できるよう\n"
        "キッズスペースを設けた。\n" + _TABLE,
        ("福祉の窓口に相談員を置いた。", "子ども連れでも相談できるようキッズスペースを設けた。"),
        (),
        _FIGURES,
        2022,
        id="wrapped-last-bullet",
    ),
    pytest.param(  # the table under a list of other results
        _HEAD + "■その他の成果\n・就職後の定着率が上がった。\n" + _TABLE,
        (),
        ("就職後の定着率が上がった。",),
        _FIGURES,
        2022,
        id="under-other-results",
    ),
    pytest.param(  # the same table under a results heading of its own
        _HEAD + "■取組内容\n・福祉の窓口に相談員を置いた。\n■実績\n" + _TABLE,
        ("福祉の窓口に相談員を置いた。",),
        (),
        _FIGURES,
        2022,
        id="under-results-heading",
    ),
    pytest.param(  # a tab table of no results under a bullet: kept apart, no figures
        _HEAD + "■取組内容\n・出張相談を行った。\n"
        "会場\t日程\t相談者\n\t市役所本庁\t毎週火曜\t延べ40人\n",
        ("出張相談を行った。",),
        (),
        [],
        None,
        id="rows-of-no-results",
    ),
]


@pytest.mark.parametrize(("text", "initiatives", "others", "figures", "year"), VARIANTS)
def test_headless_card_table_variants(
    text: str,
    initiatives: tuple[str, ...],
    others: tuple[str, ...],
    figures: list[tuple[str, tuple[int, str], int]],
    year: int | None,
) -> None:
    (profile,) = jirei.parse_text(text).profiles
    assert profile.initiatives == initiatives
    assert profile.other_results == others
    read = [
        (m.label, m.target and (m.target.value, m.target.unit), m.actual and m.actual.value)
        for m in profile.metrics
    ]
    assert read == figures
    assert profile.fiscal_year == year
    joined = " ".join((*profile.initiatives, *profile.other_results))
    assert "\t" not in joined  # no table row joined into an item


def test_table_rows_under_a_bullet_are_no_wrapped_lines() -> None:
    from jirei.items import read_items
    from jirei.lines import split_lines

    lines = split_lines("・相談員を置いた。\n区分\t件数\n\t相談\t12件\n")
    read = read_items(lines)
    assert [item.text for item in read.items] == ["相談員を置いた。"]
    assert [item.text for item in read.unclassified] == ["区分\t件数", "相談\t12件"]
