"""Variants of the layouts read in round voices2-s18 (decision 3531)."""

from __future__ import annotations

import pytest

import jirei

_BODY = "\n\n{title}\n\n【取組内容】\n・市役所の窓口で相談\n"


def _first(text: str) -> jirei.Profile:
    return jirei.parse_text(text).profiles[0]


@pytest.mark.parametrize(
    ("number", "place", "bureau", "office", "facility"),
    [
        ("１　", "岩手県盛岡市", "岩手労働局", "ハローワーク盛岡", "もりおか就労サポートデスク"),
        ("2 ", "愛媛県松山市", "愛媛労働局", "ハローワーク松山", "まつやま就労支援コーナー"),
        ("３．", "北海道旭川市", "北海道労働局", "ハローワーク旭川", "あさひかわワークプラザ"),
        ("12、", "鹿児島県鹿屋市", "鹿児島労働局", "ハローワーク鹿屋", "かのやジョブスポット"),
    ],
)
def test_case_number_before_bracket_header(number, place, bureau, office, facility):
    """A booklet's case number before the place and partners' brackets (3531)."""
    text = (
        f"{number}【{place}】【{bureau}・{office}】\n"
        f"{facility}（一体的実施施設）　平成２６年４月１日事業開始\n"
        + _BODY.format(title="市役所の中にハローワーク「すぐ相談」窓口")
    )
    case = _first(text)
    assert case.labour_bureau == bureau
    assert case.facility_name == facility
    assert case.start_date is not None and case.start_date.isoformat() == "2014-04-01"


def test_number_before_a_bracket_of_no_place_is_no_header():
    """A numbered line of brackets naming no place opens no case of its own."""
    text = (
        "【岩手県盛岡市】【岩手労働局・ハローワーク盛岡】\n"
        "もりおか就労サポートデスク（一体的実施施設）　平成２６年４月１日事業開始\n"
        + _BODY.format(title="窓口づくり")
        + "\n１　【取組の成果】【ハローワークとの連携】\n"
    )
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 1
