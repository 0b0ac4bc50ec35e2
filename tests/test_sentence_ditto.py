"""A results sentence whose second bracket says ``同`` for the first one's rate word
(``…241人（目標比109.5％）、就職者数は152人（同108.6％）``; decision 2359)."""

from __future__ import annotations

import pytest

import jirei

CASE = """【新潟県上越市】【新潟労働局・ハローワーク上越】（一体的実施施設）平成29年4月3日事業開始
子育て世帯に届く就労支援
■取組内容
・児童扶養手当の窓口で声をかける。
■平成30年度の実績
　支援対象者数は{a}人（{word}{ra}％）、就職者数は{b}人（{ditto}{rb}％）であり、就職率は{rate}％であった。
"""


@pytest.mark.parametrize(
    "values",
    [
        dict(a="241", b="152", ra="109.5", rb="108.6", rate="63.1", word="目標比", ditto="同"),
        dict(a="二百四十一", b="百五十二", ra="百九・五", rb="百八・六", rate="六十三・一",
             word="目標比", ditto="同"),
        dict(a="241", b="152", ra="109.5", rb="108.6", rate="63.1", word="達成率", ditto="同"),
    ],
)
def test_ditto_bracket_gives_the_rate(values: dict[str, str]) -> None:
    text = CASE.format(**values)
    (profile,) = jirei.parse_text(text).profiles
    rates = {m.label: m.achievement_rate for m in profile.metrics}
    assert str(rates["支援対象者数"]) == "109.5"
    assert str(rates["就職者数"]) == "108.6"
    employed = next(m for m in profile.metrics if m.label == "就職者数")
    assert employed.achievement_span is not None
    written = text[employed.achievement_span.start : employed.achievement_span.end]
    assert written.rstrip("％%") == values["rb"]


def test_a_ditto_bracket_with_no_rate_before_gives_none() -> None:
    text = CASE.format(a="241", b="152", ra="109.5", rb="108.6", rate="63.1",
                       word="前年度比", ditto="同")
    (profile,) = jirei.parse_text(text).profiles
    employed = [m for m in profile.metrics if m.label == "就職者数"]
    assert all(m.achievement_rate is None for m in employed)
