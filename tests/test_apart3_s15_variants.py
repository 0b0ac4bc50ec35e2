"""A case continued on a later page under its label and a bracketed continuation note
(branch ``apart3-s15``, decisions 2996-2998).

``事例１（２ページからの続き）　ワークサポートやはた``: the note stands right after the label, so
the label was not read as one (a label is followed by a space, a colon or the line's end),
and the continued part's municipality, inferred from a ward's speaker (``北九州市八幡西区``),
was taken for another case's place. Variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.caselabel import label_length, noted_name
from jirei.model import Profile
from jirei.repeatedlabels import named_numbers, repeated_groups

_CASES = [
    ("広島県", "広島市", "広島労働局", "ハローワーク広島西条", "ひろしま就労支援コーナー",
     "令和3年4月1日"),
    ("香川県", "高松市", "香川労働局", "ハローワーク高松", "たかまつワークプラザ",
     "平成29年10月2日"),
    ("愛媛県", "松山市", "愛媛労働局", "ハローワーク松山", "まつやま就労サポート室",
     "令和元年7月1日"),
]


def _profiles(text: str) -> list[Profile]:
    return jirei.parse_text(text).profiles


def _head(n: int, label: str) -> str:
    pref, city, bureau, office, facility, start = _CASES[n - 1]
    return (
        f"{label}{n}\n【{pref}{city}】【{bureau}・{office}】{facility}（一体的実施施設）"
        f"{start}事業開始\n\n{city}の福祉と就労の相談を一つの窓口で\n\n"
    )


def _items(n: int) -> str:
    return (
        f"【取組内容】\n●　窓口の連携を強める取組（事例{n}）\n"
        f"●　相談記録を共有する取組（事例{n}）\n\n"
    )


def _table(n: int) -> str:
    return (
        "【令和４年度　事業目標と取組状況】\n"
        "\t目標\t実績\n"
        f"支援対象者数\t{100 * n}人以上\t{100 * n + 9}人\n"
        f"就職者数\t{50 * n}人以上\t{50 * n + 4}人\n\n"
    )


def _comments(speaker: str) -> str:
    return (
        f"＜{speaker}コメント＞\n"
        "窓口どうしの引継ぎが具体的になり、相談者の負担が減りました。\n\n"
    )


def _document(heading: str, speaker: str = "広島市安佐南区") -> str:
    """Case 1 on the first page, case 2 whole, case 1 continued, then case 3."""
    return (
        _head(1, "事例") + _items(1) + "（４ページへ続く）\n\n"
        + _head(2, "事例") + _items(2) + _table(2) + _comments("高松市")
        + f"{heading}\n\n" + _table(1) + _comments(speaker)
        + _head(3, "事例") + _items(3) + _table(3) + _comments("松山市")
    )


#: the ways a writer heads case 1's later part: the note right after the label
_CONTINUED = [
    "事例１（２ページからの続き）　ひろしま就労支援コーナー",
    "事例1(前頁より) 広島市",
    "事例１（続き）",
    "事例1（p.2から）　ひろしま就労支援コーナー",
    "■事例１（２頁の続き）",
    # other brackets, the label inside the bracket, another word for "continued"
    "事例１【続き】",
    "事例１〔前頁より〕",
    "事例１－続き－",
    "（事例１の続き）",
    "【事例１　続き】",
    "事例１（承前）",
    "No.1（続き）　広島市",
    "事例１の続き",
    # no label: the case's facility or municipality before the note (decision 2998)
    "ひろしま就労支援コーナー（２ページからの続き）",
    "ひろしま就労支援コーナー〔続き〕",
]


@pytest.mark.parametrize("heading", _CONTINUED)
def test_a_noted_label_continues_its_case(heading: str) -> None:
    profiles = _profiles(_document(heading))
    assert [p.municipality for p in profiles] == ["広島市", "高松市", "松山市"]
    first, third = profiles[0], profiles[2]
    assert {m.key for m in first.metrics} >= {"support_targets", "employed"}
    assert [c.speaker for c in first.comments] == ["広島市安佐南区"]
    # case 3 keeps its own header (it was read into the continued part before)
    assert third.facility_name == "まつやま就労サポート室"
    assert third.labour_bureau == "愛媛労働局"
    assert {m.key for m in third.metrics} >= {"support_targets"}


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("事例1(2ページからの続き) ワークサポートやはた", len("事例1(2ページからの続き) ")),
        ("No.2(前頁より) 熊本市", len("No.2(前頁より) ")),
        ("ケース3(続き)", len("ケース3(続き)")),
        ("■事例4(p.5より続く)", len("■事例4(p.5より続く)")),
        ("(事例1の続き)", len("(事例1の続き)")),
        ("事例2【前頁より】 高松市", len("事例2【前頁より】 ")),
        ("事例3の続き", len("事例3の続き")),
    ],
)
def test_label_forms_take_a_continuation_note(text: str, length: int) -> None:
    assert label_length(text) == length


@pytest.mark.parametrize(
    "text",
    [
        "事例1(令和2年度開始)",
        "事例12345(続き)",  # no label before the bracket
        "連携事例(続き)",
        "(続き)",
        "事例1(次頁に続く)",  # a note sending the reader on: the foot of the first part
        "(事例3は4ページへ続く)",
        "(令和5年度の続き)",
        "事例1(再掲)",
        "事例1の取組",
        "事例1の続き 高松市の取組",  # the bare form only alone on its line
    ],
)
def test_other_brackets_are_no_label(text: str) -> None:
    assert label_length(text) == 0


def test_a_noted_label_naming_another_facility_stays_apart() -> None:
    heading = (
        "事例１（２ページからの続き）\n"
        "【岡山県岡山市】【岡山労働局・ハローワーク岡山】おかやま就労室"
    )
    profiles = _profiles(_document(heading + "（一体的実施施設）令和2年4月1日事業開始"))
    assert "岡山市" in [p.municipality for p in profiles]
    assert len(profiles) == 4


def test_a_ward_or_inferred_place_is_the_earlier_case_s() -> None:
    a = Profile(municipality="広島市", facility_name="A")
    b = Profile(municipality="高松市", facility_name="B")
    ward = Profile(municipality="広島市安佐南区")
    inferred = Profile(municipality="呉市", inferred=("municipality",))
    other = Profile(municipality="呉市")
    town = Profile(municipality="広島市場町")  # not a ward: a name that starts alike
    assert repeated_groups([a, b, ward], [1, 2, 1]) == [[0, 2], [1]]
    assert repeated_groups([a, b, inferred], [1, 2, 1]) == [[0, 2], [1]]
    assert repeated_groups([a, b, other], [1, 2, 1]) is None
    assert repeated_groups([a, b, town], [1, 2, 1]) is None


def test_a_noted_name_takes_the_number_of_the_case_it_names() -> None:
    a = Profile(municipality="広島市", facility_name="ひろしま就労支援コーナー")
    b = Profile(municipality="高松市", facility_name="たかまつワークプラザ")
    c = Profile(municipality="呉市")
    assert noted_name("ひろしま就労支援コーナー(2ページからの続き)") == "ひろしま就労支援コーナー"
    assert noted_name("ひろしま就労支援コーナー(一体的実施施設)") is None
    assert noted_name("広島市の取組") is None
    assert named_numbers([a, b, c], [1, 2, None], [None, None, "高松市"]) == [1, 2, 2]
    # a name no earlier case has, or an earlier case without a number: no number
    assert named_numbers([a, b, c], [1, 2, None], [None, None, "松山市"]) == [1, 2, None]
    assert named_numbers([a, b, c], [1, None, None], [None, None, "高松市"]) == [1, None, None]


def test_a_noted_name_of_no_earlier_case_stays_apart() -> None:
    profiles = _profiles(_document("おかやま就労室（２ページからの続き）", speaker="岡山市"))
    assert len(profiles) == 4
    assert not profiles[0].metrics
