"""Column heads written as an era and a number before the role word, no 年度 (``R3目標``,
``H29実績``): the reported year's columns are read, the others are history (decision 2352)."""

from __future__ import annotations

import pytest

import jirei

CASE = """【宮城県石巻市】【宮城労働局・ハローワーク石巻】（一体的実施施設）平成28年10月3日事業開始
港まちで福祉と仕事探しを一つの窓口に
■取組内容
・市の保護課と同じフロアで職業相談を行う。
■実績
{header}
{rows}
"""


@pytest.mark.parametrize(
    "heads, year",
    [
        (("R3目標", "R3実績", "R4目標", "R4実績", "R4達成率"), 2022),
        (("H29目標", "H29実績", "H30目標", "H30実績", "H30達成率"), 2018),
        (("令和2目標", "令和2実績", "令和3目標", "令和3実績", "令和3達成率"), 2021),
        (("Ｒ５目標", "Ｒ５実績", "Ｒ６目標", "Ｒ６実績", "Ｒ６達成率"), 2024),
    ],
)
def test_two_years_of_columns_read_the_later(heads: tuple[str, ...], year: int) -> None:
    header = "| 指標 | " + " | ".join(heads) + " |"
    rows = "\n".join(
        [
            "| 支援対象者数 | 250人以上 | 261人 | 260人以上 | 283人 | 108.8% |",
            "| 就職者数 | 163人以上 | 170人 | 169人以上 | 176人 | 104.1% |",
        ]
    )
    text = CASE.format(header=header, rows=rows)
    (profile,) = jirei.parse_text(text).profiles
    assert profile.fiscal_year == year
    got = [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None,
         m.achievement_rate)
        for m in profile.metrics
    ]
    assert [(g[0], g[1], g[2], str(g[3])) for g in got] == [
        ("支援対象者数", 260, 283, "108.8"),
        ("就職者数", 169, 176, "104.1"),
    ]
    actual = profile.metrics[0].actual
    assert actual is not None and actual.span is not None
    assert text[actual.span.start : actual.span.end] == "283人"


def test_one_year_of_columns_gives_the_fiscal_year() -> None:
    text = CASE.format(
        header="| 指標 | R4目標 | R4実績 | 達成率 |",
        rows="| 支援対象者数 | 260人以上 | 283人 | 108.8% |",
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.fiscal_year == 2022
    assert [m.actual.value for m in profile.metrics if m.actual] == [283]


def test_a_bare_number_before_the_role_word_is_no_year() -> None:
    """``3目標`` names no era: no year is read from it (a count, a quarter …)."""
    text = CASE.format(
        header="| 指標 | 目標 | 実績 | 3目標 |",
        rows="| 支援対象者数 | 260人以上 | 283人 | 90人 |",
    )
    (profile,) = jirei.parse_text(text).profiles
    assert profile.fiscal_year is None
