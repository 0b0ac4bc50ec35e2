"""A council's slide deck: a cover signed by the bureau's department, an overview slide,
then one slide a case opened by a numbered case label (branch ``offices3-s18``, decisions
3631-3634).

Synthetic variants of holdout164's 地方労働審議会 deck, written with other bureaus, cities,
offices, figures, numbering and bracket styles (``２．取組事例①``, ``(2) 事例1``,
``【事例２】``, ``■取組事例１``):

* the cover's issuer line (``広島労働局　職業安定部``, ``北海道労働局職業安定部職業対策課``) is a
  signature, never a case's headline (``jirei.issuer.is_issuer_line``);
* a case label naming its place, over a catch phrase over field lines, opens the case, and
  the ● bullets under the fields are its initiatives;
* an overview slide under an aside heading (``１．事業の概要``) with the area's totals is no
  case.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.issuer import is_issuer_line

_LABELS = (
    ("２．取組事例①　{city}", "２．取組事例②　{city}"),
    ("（２）事例１　{city}", "（３）事例２　{city}"),
    ("【事例１】{city}", "【事例２】{city}"),
    ("■取組事例１　{city}", "■取組事例２　{city}"),
)

_SIGNATURES = (
    "広島労働局　職業安定部",
    "北海道労働局職業安定部職業対策課",
    "岡山労働局 職業安定部 職業対策課",
)


def _slide(label: str, city: str, office: str, facility: str, opened: str, n: int) -> str:
    return "\n".join([
        label.format(city=city),
        "",
        f"{city}の窓口で　相談から就職まで一貫支援{n}",
        "",
        f"実施自治体：{city}",
        f"連携ハローワーク：{office}",
        f"施設名：{facility}（一体的実施施設）",
        f"事業開始：{opened}",
        "",
        f"● {city}の相談員が来庁者の就労意欲を確認し、窓口へ案内{n}",
        f"● 就職支援ナビゲーターによる担当者制{n}",
        "",
        "【令和４年度 目標・実績】",
        f"　支援対象者数　目標 {200 + n}人以上 → 実績 {230 + n}人",
        f"　就職者数　　　目標 {100 + n}人以上 → 実績 {120 + n}人",
        "",
        f"【{city}の声】",
        "同じ庁舎で相談できるため、支援が途切れずに就職につながっている。",
        "",
        "広島労働局",
        str(n + 2),
    ])


def _deck(labels: tuple[str, str], signature: str) -> str:
    return "\n".join([
        "令和５年度 第１回 広島地方労働審議会",
        "資料No.３",
        "",
        "自治体とハローワークの一体的実施事業について",
        "（令和４年度実績）",
        "",
        "令和5年7月20日",
        signature,
        "",
        "1",
        "",
        "１．事業の概要",
        "",
        "● 地方自治体とハローワークが協定を締結し、ワンストップで支援を実施",
        "● 県内の実施状況（令和4年度）",
        "　　支援対象者数　4,120人　／　就職者数　2,210人（就職率53.6%）",
        "",
        "広島労働局",
        "2",
        "",
        _slide(
            labels[0], "呉市", "ハローワーク呉", "ワークステーション呉", "平成２８年４月１日", 1
        ),
        "",
        _slide(
            labels[1], "尾道市", "ハローワーク尾道", "ジョブプラザ尾道", "令和元年１０月１日", 2
        ),
        "",
    ])


@pytest.mark.parametrize("labels", _LABELS)
@pytest.mark.parametrize("signature", _SIGNATURES)
def test_slide_cases_open_at_their_labels(labels: tuple[str, str], signature: str) -> None:
    profiles = jirei.parse_text(_deck(labels, signature)).profiles
    assert [p.facility_name for p in profiles] == ["ワークステーション呉", "ジョブプラザ尾道"]
    first, second = profiles
    assert first.hello_work == ("ハローワーク呉",)
    assert first.facility_type == "一体的実施施設"
    assert str(first.start_date) == "2016-04-01"
    assert str(second.start_date) == "2019-10-01"
    assert first.title is not None and first.title.startswith("呉市の窓口で")
    assert "労働局" not in (first.title or "")
    assert first.initiatives == (
        "呉市の相談員が来庁者の就労意欲を確認し、窓口へ案内1",
        "就職支援ナビゲーターによる担当者制1",
    )
    assert {str(m.actual.value) for m in first.metrics if m.actual} == {"231", "121"}


@pytest.mark.parametrize(
    "line",
    [
        "福岡労働局 職業安定部",
        "広島労働局　職業安定部",
        "沖縄労働局職業安定部職業対策課",
        "宮城労働局",
    ],
)
def test_issuer_lines(line: str) -> None:
    assert is_issuer_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "福岡労働局とハローワーク八幡の連携",  # a headline naming the bureau among more
        "福岡労働局・ハローワーク福岡東",  # the partners of a case's header
        "北九州市保護課",  # a city's department, no bureau
        "区役所の中に「しごとの窓口」",
        "福岡労働局 職業安定部 作成資料",  # a footer saying more
    ],
)
def test_not_issuer_lines(line: str) -> None:
    assert not is_issuer_line(line)


def test_label_alone_over_prose_opens_no_fielded_case() -> None:
    """Negative: a case label over a sentence (no catch phrase over field lines) is read as
    before — the fields rule does not open a case on prose."""
    text = "\n".join([
        "２．取組事例①　呉市",
        "",
        "呉市では、市役所の中にハローワークの窓口を設けている。",
        "市の相談員と連携して支援している。",
        "",
    ])
    profiles = jirei.parse_text(text).profiles
    assert all(p.facility_name is None for p in profiles)
