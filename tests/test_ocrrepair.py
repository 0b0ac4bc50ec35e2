"""OCR repair of names and figures (decision 1001, ``jirei.ocrrepair``)."""

from __future__ import annotations

import pytest

from jirei import parse_text
from jirei.model import Comment, Profile
from jirei.normalise import normalise
from jirei.ocrrepair import repair_figures, repair_name, repair_profile_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("実績 l97人", "実績 197人"),
        ("1O8人", "108人"),
        ("6l.4%", "61.4%"),
        ("2,l50件", "2,150件"),
        ("4I0 人", "410 人"),
        # no unit after the token: no figure, left alone
        ("Vol.l0", "Vol.l0"),
        # a look-alike only, no digit: a word, not a figure
        ("lO人", "lO人"),
        # letters around it: a word
        ("No1O人", "No1O人"),
        # the whole token must parse once repaired
        ("1.O.5人", "1.O.5人"),
        ("197人", "197人"),
    ],
)
def test_repair_figures(text: str, expected: str) -> None:
    repaired = repair_figures(text)
    assert repaired == expected
    assert len(repaired) == len(text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ハロ一ワ一ク盛岡", "ハローワーク盛岡"),
        ("石巻しごとサポートル一ム", "石巻しごとサポートルーム"),
        ("ジョブセンタ一", "ジョブセンター"),
        # a kanji 一 after a katakana word is a kanji: not between katakana, not at the end
        ("ハローワーク一宮", "ハローワーク一宮"),
        ("第一課", "第一課"),
        # ロ → 口 only where a listed word decides
        ("就労支援窓ロ", "就労支援窓口"),
        ("ハロ一ワ一ク山ロ", "ハローワーク山口"),
        ("ロード", "ロード"),
        ("ハローワーク", "ハローワーク"),
    ],
)
def test_repair_name(name: str, expected: str) -> None:
    assert repair_name(name) == expected
    assert len(repair_name(name)) == len(name)


def test_normalise_keeps_the_offsets_of_a_repaired_figure() -> None:
    text = "就職者数　実績　1O8人\n"
    done = normalise(text)
    at = done.text.index("108人")
    start, end = done.span(at, at + 4)
    assert text[start:end] == "1O8人"


def test_speaker_repaired_gets_its_role_again() -> None:
    profile = Profile(
        comments=(Comment("ハロ一ワ一ク高松", "other", "求人を提案できた。"),),
        facility_name="たかまつジョブサポ一トセンタ一",
    )
    fixed = repair_profile_names(profile)
    assert fixed.comments[0].speaker == "ハローワーク高松"
    assert fixed.comments[0].role == "hello_work"
    assert fixed.comments[0].text == "求人を提案できた。"
    assert fixed.facility_name == "たかまつジョブサポートセンター"


# An OCR'd report of another surface: its own labels, four year columns, the metrics in
# another order, a metric with 実績 only, damage in other names and figures.
_SCAN = """\
 写
                                                       令和七年六月

事例 1
介護の職場見学から、長く離職していた方の再就職へ
自治体名  香川県高松市          労働局・安定所名  香川労働局 ハロ一ワ一ク高松
施 設 名  たかまつジョブサポ一トセンタ一(一体的実施施設)
開 設 日  令和二年四月一日

■取組の概要
 福祉事務所の窓ロの隣で、ハロ一ワ一クの職員が毎日相談を受けている。介護の事業所と組んで見
学会を毎月開いている。

■年度別の実績
                        令和3年度   令和4年度   令和5年度   令和6年度
 就 職 者 数    目標        40人        45人        50人        55人
                実績        41人        47人        5l人        6O人
                達成率     102.5%      104.4%      102.0%      109.1%
 相 談 件 数    実績       3l0件       402件       455件       5O3件
(注) 令和3年度は4月から翌年3月まで。

■関係者の声
○ハロ一ワ一ク高松
 「見学会のあとの相談で、求人を具体的に提案できるようになった。」

'                                            - 2 -
"""


def test_ocr_scan_of_another_surface() -> None:
    (profile,) = parse_text(_SCAN).profiles
    assert profile.hello_work == ("ハローワーク高松",)
    assert profile.labour_bureau == "香川労働局"
    assert profile.facility_name == "たかまつジョブサポートセンター"
    assert profile.start_date is not None and profile.start_date.isoformat() == "2020-04-01"
    assert profile.fiscal_year == 2024
    read = {
        m.label: (
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    }
    assert set(read) == {"就職者数", "相談件数"}
    assert read["就職者数"][:2] == (55, 60)
    assert str(read["就職者数"][2]) == "109.1"
    assert read["相談件数"] == (None, 503, None)
    # free text keeps the scan's damage; the speaker is a name: repaired
    assert any("窓ロ" in item for item in profile.initiatives)
    assert [(c.speaker, c.role) for c in profile.comments] == [("ハローワーク高松", "hello_work")]
    assert profile.other_results == ()
