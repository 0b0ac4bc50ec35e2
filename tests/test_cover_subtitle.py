"""A one-case report's subtitle on its cover is the case's title (decision 2351)."""

from __future__ import annotations

import pytest

import jirei

REPORT = """令和４年６月

{pref}{city}

令和３年度　{city}就労支援事業
事業実績報告書
{subtitle}
{city}福祉部生活支援課


目　次
１　事業の概要 ………………………………… 1
２　事業の内容 ………………………………… 1
３　事業の実績 ………………………………… 2
４　関係者の声 ………………………………… 2

- 1 -

１　事業の概要
（１）事業の目的
　生活保護受給者等の自立を図るため、{bureau}及びハローワーク{office}と連携し、市役所内の窓口で支援を一体的に行う。
（２）実施施設
　ア　名称　　　{name}（一体的実施施設）
　イ　開設日　　令和元年７月１日

２　事業の内容
　ア　福祉窓口から就労支援窓口へその日のうちに案内した。
　イ　担当者制の職業相談及び職業紹介を行った。

３　事業の実績
（１）令和３年度の実績
　ア　支援対象者数については、目標150人に対し実績162人で、達成率は108.0％であった。
　イ　就職者数については、目標90人に対し実績99人で、達成率は110.0％であった。

４　関係者の声
（１）ハローワーク{office}
　市と同じフロアで相談を受けられるため、支援を切り離さずに進められている。
"""

PLACE = dict(pref="福井県", city="越前市", bureau="福井労働局", office="武生",
             name="えちぜん就労応援ルーム")


@pytest.mark.parametrize(
    "subtitle, title",
    [
        ("\n― 福祉と仕事をひとつの窓口で ―\n", "福祉と仕事をひとつの窓口で"),
        ("\n『相談の入口をひとつに』\n", "相談の入口をひとつに"),
        ("― 暮らしと仕事を同じ窓口で ―\n", "暮らしと仕事を同じ窓口で"),
    ],
)
def test_subtitle_under_the_report_name_is_the_title(subtitle: str, title: str) -> None:
    text = REPORT.format(subtitle=subtitle, **PLACE)
    (profile,) = jirei.parse_text(text).profiles
    assert profile.title == title
    span = profile.spans["title"]
    assert text[span.start : span.end] == title
    assert profile.facility_name == PLACE["name"]


def test_without_a_subtitle_no_line_below_becomes_the_title() -> None:
    text = REPORT.format(subtitle="", **PLACE)
    (profile,) = jirei.parse_text(text).profiles
    assert profile.title is None or "福祉部" not in profile.title
    assert profile.title != "事業実績報告書"


def test_a_dashed_line_past_a_sentence_is_no_subtitle() -> None:
    subtitle = "\n本報告書は事業の実績をまとめたものである。\n― 福祉と仕事をひとつの窓口で ―\n"
    text = REPORT.format(subtitle=subtitle, **PLACE)
    (profile,) = jirei.parse_text(text).profiles
    assert profile.title != "福祉と仕事をひとつの窓口で"


def test_subtitle_of_a_report_with_no_contents_list() -> None:
    """Without a contents list the report's header lines read as the case's header; the
    subtitle among them is still the title, not the issuing section's line below it."""
    text = REPORT.format(subtitle="\n― 福祉と仕事をひとつの窓口で ―\n", **PLACE)
    text = text[: text.index("目　次")] + text[text.index("１　事業の概要\n（") :]
    (profile,) = jirei.parse_text(text).profiles
    assert profile.title == "福祉と仕事をひとつの窓口で"
    assert profile.municipality == PLACE["city"]
