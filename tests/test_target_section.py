"""Targets under a heading of their own, results under the next (decision 2358)."""

from __future__ import annotations

import pytest

import jirei
from jirei.model import Metric, Quantity
from jirei.targetsection import as_targets, with_targets

CASE = """【新潟県長岡市】【新潟労働局・ハローワーク長岡】（一体的実施施設）平成28年10月3日事業開始
福祉と就労の窓口をひとつに
■取組内容
・ケースワーカーが窓口へ同行する。
{targets}
　支援対象者数　　220人以上
　就職者数　　　　140人以上
{results}
　支援対象者数　　241人
　就職者数　　　　152人
"""


@pytest.mark.parametrize(
    "targets, results",
    [
        ("■平成30年度の目標", "■平成30年度の実績"),
        ("（４）令和２年度の目標", "（５）令和２年度の実績"),
        ("【数値目標】", "【実績】"),
        ("◆事業の目標", "◆事業の実績"),
    ],
)
def test_targets_join_the_results_of_the_same_label(targets: str, results: str) -> None:
    text = CASE.format(targets=targets, results=results)
    doc = jirei.parse_text(text)
    (profile,) = doc.profiles
    got = [
        (m.label, m.target.value if m.target else None, m.target.qualifier if m.target else None,
         m.actual.value if m.actual else None)
        for m in profile.metrics
    ]
    assert got == [("支援対象者数", 220, "以上", 241), ("就職者数", 140, "以上", 152)]
    target = profile.metrics[0].target
    assert target is not None and target.span is not None
    assert text[target.span.start : target.span.end] == "220人以上"
    # the results table warns that its columns are guessed; the targets table does not
    assert [w.code for w in doc.warnings].count("table_header_missing") == 1


def test_a_target_no_result_names_stays_a_metric_of_its_own() -> None:
    text = CASE.format(targets="■平成30年度の目標", results="■平成30年度の実績").replace(
        "　就職者数　　　　152人\n", ""
    )
    (profile,) = jirei.parse_text(text).profiles
    employed = [m for m in profile.metrics if m.label == "就職者数"]
    assert len(employed) == 1
    assert employed[0].target is not None and employed[0].target.value == 140
    assert employed[0].actual is None


def test_as_targets_and_with_targets() -> None:
    q = Quantity(220, "人", "以上")
    read = as_targets([Metric("支援対象者数", actual=q), Metric("就職率", target=q, actual=q)])
    assert read[0].target == q and read[0].actual is None
    assert read[1].target == q and read[1].actual == q  # both stated: kept as it is
    results = [Metric("支援対象者数", actual=Quantity(241, "人", None)),
               Metric("支援対象者数", group="障害者", actual=Quantity(9, "人", None))]
    merged = with_targets(results, [Metric("支援対象者数", group="障害者", target=q)])
    assert merged[0].target is None  # another group
    assert merged[1].target == q
    assert len(merged) == 2


def test_a_targets_heading_over_full_results_reads_them_as_results() -> None:
    """A heading naming targets over lines that state targets, actuals and rates (an
    agenda's ``（２）令和4年度の目標について`` over the minutes) is no targets section: what it
    states is read as before, with no target-only metric added."""
    text = CASE.format(targets="■平成30年度の目標", results="■平成30年度の実績").replace(
        "　支援対象者数　　220人以上\n　就職者数　　　　140人以上\n",
        "　支援対象者数は目標220人に対し実績241人、達成率109.5%でした。\n",
    )
    (profile,) = jirei.parse_text(text).profiles
    targets = [m for m in profile.metrics if m.label == "支援対象者数"]
    assert all(m.actual is not None for m in targets)
    assert all(m.target is None or m.target.value == 220 for m in targets)
