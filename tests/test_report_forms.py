"""A bureau's 実施状況報告書 forms (decisions 2353–2355): a check-box field after a column gap,
numbered findings with the speaker in brackets, a monthly table over its year total."""

from __future__ import annotations

import pytest

import jirei
from jirei.formlines import untangle_forms

FORM = """様式第２号
　　　　　　　　一体的実施事業　実施状況報告書（令和５年度）

１　基本情報
　自治体名　　　　　{pref}{city}
　労働局名　　　　　{bureau}
　安定所名　　　　　ハローワーク{office}
　施設名称　　　　　{name}
　施設区分　　　　　{boxes}
　開設年月日　　　　R2.4.1

２　取組内容（主なもの）
　（１）予約表を市と共通にし、来庁日に続けて相談を受けられるようにしている。
　（２）就職後三か月まで電話で定着の状況を確認している。

３　{results}（令和５年４月～令和６年３月）
　区分          支援対象者数（人）      就職者数（人）        就職率（％）
　４月                          28                  19                  －
　５月                          29                  13                  －
　３月                          21                  13                  －
　合計                         {actual}                 197                61.9
　年間目標                 300以上             180以上                60.0
　達成率（％）               {rate}               109.4                  －

４　所見
（１）自治体の所見（{city}保健福祉部生活福祉課）
　　予約制により相談の時間を十分に確保できている。
（２）労働局・安定所の所見（ハローワーク{office}）
　　事業所と直接話す機会が就職につながった。
"""

PLACES = [
    dict(pref="愛媛県", city="松山市", bureau="愛媛労働局", office="松山",
         name="まつやま就労デスク"),
    dict(pref="高知県", city="高知市", bureau="高知労働局", office="高知",
         name="こうち就労サポート"),
]


@pytest.mark.parametrize(
    "boxes, kind",
    [
        ("■一体的実施施設　□常設窓口　□巡回相談", "一体的実施施設"),
        ("□一体的実施施設　☑常設窓口　□巡回相談", "常設窓口"),
    ],
)
def test_checked_option_of_a_gap_field_is_its_value(boxes: str, kind: str) -> None:
    line = f"　施設区分　　　　　{boxes}\n"
    out = untangle_forms(line)
    assert len(out) == len(line)
    assert out.split() == ["施設区分", kind]


def test_check_boxes_after_a_word_that_is_no_field_label_stay() -> None:
    line = "　参加状況　　　　　■午前　□午後\n"
    assert untangle_forms(line) == line


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("results", ["月別実績", "月別の実績"])
def test_report_form(place: dict[str, str], results: str) -> None:
    text = FORM.format(boxes="□一体的実施施設　■常設窓口", results=results, actual="318",
                       rate="106.0", **place)
    doc = jirei.parse_text(text)
    (profile,) = doc.profiles
    assert profile.facility_type == "常設窓口"
    assert profile.facility_name == place["name"]
    metrics = {m.label: m for m in profile.metrics}
    assert set(metrics) == {"支援対象者数", "就職者数", "就職率"}  # no month is a metric
    targets = metrics["支援対象者数"]
    assert targets.target is not None and targets.actual is not None
    target = targets.target
    assert (target.value, target.unit, target.qualifier) == (300, "人", "以上")
    assert (targets.actual.value, targets.actual.unit) == (318, "人")
    assert str(targets.achievement_rate) == "106.0"
    rate = metrics["就職率"]
    assert rate.actual is not None and str(rate.actual.value) == "61.9" and rate.actual.unit == "%"
    assert [(c.speaker, c.role) for c in profile.comments] == [
        (f"{place['city']}保健福祉部生活福祉課", "municipality"),
        (f"ハローワーク{place['office']}", "hello_work"),
    ]
