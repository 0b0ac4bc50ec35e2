"""Other publishers in the genre, a fourth round (decisions 3281-3295, branch press4-s16).

A results heading run on into the figures it heads (``［令和２年度実績］支援対象者数 ２１４人
（目標１８０人以上…）／就職者数 …``) is the results part of a case even with no heading line
over it and no other section in the case: the fallback segmentation anchors on it (3281), so a
meeting handout's ``■ 市（労働局・ハローワーク）`` / ``名称［種別］ 開始日`` / paragraph /
figures-line blocks are read as cases.

Variants: other cities, bureaus, figures and dates; the heading in square, angle and double
angle brackets or before a colon, with or without a fiscal year, behind a ◆ mark; the facility
kind in square or round brackets. Negative variants: a line headed by no results heading
(``（参考）``, a bare fiscal year, none at all) opens no case, and the helper refuses lines
whose run-on heading is no results heading or whose rest names no metric.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.headedresults import headed_results

#: (city, bureau, office, facility, kind, start, (actual, target, rate) ×2)
_CASES = [
    ("熊本市", "熊本労働局", "ハローワーク熊本", "くまもと就労支援室", "一体的実施施設",
     "平成28年4月1日", (150, 140, "107.1"), (90, 80, "112.5")),
    ("宮崎市", "宮崎労働局", "ハローワーク宮崎", "みやざき仕事プラザ", "常設窓口",
     "令和2年10月1日", (200, 180, "111.1"), (120, 100, "120.0")),
    ("佐賀市", "佐賀労働局", "ハローワーク佐賀", "さが就労サポート", "一体的実施施設",
     "2019年7月1日", (88, 70, "125.7"), (50, 40, "125.0")),
]


def _doc(lead: str, kind_brackets: tuple[str, str] = ("［", "］")) -> str:
    o, c = kind_brackets
    out = [
        "令和４年度", "県福祉事務所長会議 資料３", "", "令和４年６月１日", "県 健康福祉部", "",
        "２　一体的実施施設等の状況", "　各市の施設等の概要は以下のとおり。", "",
    ]
    for city, bureau, office, name, kind, start, (a1, t1, r1), (a2, t2, r2) in _CASES:
        out += [
            f"■ {city}（{bureau}・{office}）",
            f"{name}{o}{kind}{c}　{start}事業開始",
            "　市役所の窓口にハローワークの相談員を配置し、就労支援を行っている。",
            f"{lead}支援対象者数 {a1}人（目標{t1}人、達成率{r1}％）／"
            f"就職者数 {a2}人（目標{t2}人、達成率{r2}％）",
            "",
        ]
    out += ["（参考）合計：支援対象者数 438人", "", "【問合せ先】", "県 福祉課　電話：000-000-0000"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "lead",
    ["［令和３年度実績］", "令和3年度実績：", "〈令和３年度実績〉", "＜実績＞", "◆令和3年度実績："],
)
@pytest.mark.parametrize("brackets", [("［", "］"), ("（", "）")])
def test_headed_results_lines_open_cases(lead: str, brackets: tuple[str, str]) -> None:
    profiles = jirei.parse_text(_doc(lead, brackets)).profiles
    assert [p.municipality for p in profiles] == [case[0] for case in _CASES]
    for profile, case in zip(profiles, _CASES, strict=True):
        assert profile.facility_name == case[3]
        assert profile.facility_type == case[4]
        assert profile.hello_work == (case[2],)
        got = [
            (m.label, m.actual.value, m.target.value, str(m.achievement_rate))
            for m in profile.metrics
        ]
        assert got == [
            ("支援対象者数", case[6][0], case[6][1], case[6][2]),
            ("就職者数", case[7][0], case[7][1], case[7][2]),
        ]
        for metric in profile.metrics:  # spans point into the original text
            assert metric.actual.span is not None


@pytest.mark.parametrize("lead", ["（参考）", "令和3年度：", ""])
def test_lines_headed_by_no_results_heading_open_no_case(lead: str) -> None:
    assert jirei.parse_text(_doc(lead)).profiles == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("令和2年度実績:支援対象者数 214人(目標180人以上、達成率118.9%)/就職者数 132人", True),
        ("【実績】就職者数 45人/支援対象者数 60人", True),
        ("◆平成30年度実績:支援対象者数 目標100人 実績120人", True),
        ("(参考)合計:支援対象者数 618人", False),
        ("取組内容:支援対象者数の拡大に向けた周知", False),
        ("令和2年度実績:前年度より増加した。", False),
        ("支援対象者数 214人/就職者数 132人", False),
    ],
)
def test_headed_results(line: str, expected: bool) -> None:
    assert headed_results(line) is expected
