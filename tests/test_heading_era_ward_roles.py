"""A facts table's city-and-ward over the heading's city (2360), a results heading's era over
the era before it (2361), a city's own 労働局-named bureau as the city's voice (2362)."""

from __future__ import annotations

import pytest

import jirei
from jirei.comments import role_of

CARD = """## 事例1 {pref}{city}

| 項目 | 内容 |
|---|---|
| 都道府県 | {pref} |
| 市区町村 | {place} |
| 労働局 | {bureau} |
| ハローワーク | ハローワーク{office} |
| 施設名 | {name}（一体的実施施設） |
| 事業開始 | {start} |

> 区役所の中で仕事探しまで

### 取組内容

- 区役所保護課と週1回の打合せを行う

### {heading}

| 項目 | {year}年度目標 | {year}年度実績 |
|---|---|---|
| 支援対象者数 | 200人 | 214人 |
"""

PLACES = [
    dict(pref="福岡県", city="北九州市", place="北九州市八幡西区", bureau="福岡労働局",
         office="八幡", name="くろさき相談コーナー"),
    dict(pref="広島県", city="広島市", place="広島市中区", bureau="広島労働局",
         office="広島", name="なか区しごと相談室"),
]


@pytest.mark.parametrize("place", PLACES)
def test_facts_table_ward_is_the_municipality(place: dict[str, str]) -> None:
    text = CARD.format(heading="令和2年度 事業目標と取組状況", year="2", start="2016年10月3日",
                       **place)
    (profile,) = jirei.parse_text(text).profiles
    assert profile.municipality == place["place"]
    span = profile.spans["municipality"]
    assert text[span.start : span.end] == place["place"]


def test_a_ward_of_another_city_is_not_taken() -> None:
    place = dict(PLACES[0], place="広島市中区")
    text = CARD.format(heading="令和2年度 事業目標と取組状況", year="2", start="2016年10月3日",
                       **place)
    (profile,) = jirei.parse_text(text).profiles
    assert profile.municipality == "北九州市"


@pytest.mark.parametrize(
    "start, heading, year, expected",
    [
        ("平成28年10月3日", "令和4年度 事業目標と取組状況", "4", 2022),
        ("平成28年10月3日", "平成30年度 事業目標と取組状況", "30", 2018),
        ("令和2年4月1日", "令和4年度 事業目標と取組状況", "4", 2022),
    ],
)
def test_bare_year_columns_take_the_heading_era(
    start: str, heading: str, year: str, expected: int
) -> None:
    text = CARD.format(heading=heading, year=year, start=start, **PLACES[0])
    (profile,) = jirei.parse_text(text).profiles
    assert profile.fiscal_year == expected


@pytest.mark.parametrize(
    "speaker, role",
    [
        ("川崎市経済労働局", "municipality"),
        ("横浜市経済労働局雇用労働課", "municipality"),
        ("神奈川労働局", "labour_bureau"),
        ("福岡労働局職業安定部長", "labour_bureau"),
    ],
)
def test_a_city_bureau_named_labour_is_the_city(speaker: str, role: str) -> None:
    assert role_of(speaker) == role
