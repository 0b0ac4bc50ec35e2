"""Other publishers in the genre (branch ``press-s13``, decisions 2691-2705).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a field label naming the facility and its kind in one (``施設名・種別``, ``名称／形態``,
  ``窓口名及び種類``), read as the facility label; a compound with no kind word is not (2691).
"""

from __future__ import annotations

import pytest

import jirei
from jirei.rules import load_default_rules as default_rules


def _sheet(label: str, facility: str, place: str, bureau: str, office: str) -> str:
    return f"""参考資料２
事例１　{place}
相談の当日に面談を始める取組
{label} {facility}（一体的実施施設）
所管労働局 {bureau}
連携安定所 {office}
事業開始 令和二年四月一日
（１）取組内容
・市の窓口で受け付けた方をその日のうちにハローワークの相談につなぐ
（２）令和４年度の事業目標と実績
項目 事業目標 実績 達成率
就職者数 １２０人 １３０人 １０８．３％
"""


@pytest.mark.parametrize(
    ("label", "facility", "place", "bureau", "office"),
    [
        ("施設名・種別", "みやざき就労ステーション", "宮崎県宮崎市", "宮崎労働局", "ハローワーク宮崎"),
        ("名称／形態", "おおいたワークプラザ", "大分県大分市", "大分労働局", "ハローワーク大分"),
        ("窓口名及び種類", "さがしごとコーナー", "佐賀県佐賀市", "佐賀労働局", "ハローワーク佐賀"),
        ("施設名称・区分", "とくしま就労デスク", "徳島県徳島市", "徳島労働局", "ハローワーク徳島"),
    ],
)
def test_compound_facility_label_reads_name_and_kind(
    label: str, facility: str, place: str, bureau: str, office: str
) -> None:
    profile = jirei.parse_text(_sheet(label, facility, place, bureau, office)).profiles[0]
    assert profile.facility_name == facility
    assert profile.facility_type == "一体的実施施設"


@pytest.mark.parametrize("label", ["施設名・種別", "名称/形態", "窓口名及び種類", "施設と区分"])
def test_compound_labels_are_facility_labels(label: str) -> None:
    assert default_rules().field_labels.get(label) == "facility"


@pytest.mark.parametrize("label", ["施設名・所在地", "名称/電話", "施設名(形態)・所在地", "種別・施設名"])
def test_compound_without_kind_word_is_no_facility_label(label: str) -> None:
    assert default_rules().field_labels.get(label) != "facility"
