"""A third writer's annual report (decisions 3041-3055, branch press3-s15).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a case's field labels letter-spaced over a cell's width (``所　　管``, ``施 設 名``,
  ``開  始  日``) with a wide gap before the value, read as the label's word (3041);
* ``所管`` / ``管轄`` naming the offices in charge (3041);
* an iroha letter over a city alone labelling a case (``ア　松山市``) (3042);
* a chapter heading stating nothing among the cases is no case (3043);
* one department's name over its words is a voice; a place or topic is not (3044);
* a 資料 for the programme's prefectural council names the cover's bureau (3045).
"""

from __future__ import annotations

import pytest

import jirei

_CASES = [
    ("仙台市", "宮城労働局", "ハローワーク仙台", "せんだい就労サポート", "一体的実施施設",
     "平成二十七年四月一日", "2015-04-01", 320, 341, "ひとり親の就職を庁舎内で後押し"),
    ("石巻市", "宮城労働局", "ハローワーク石巻", "いしのまき仕事プラザ", "常設型一体的実施施設",
     "平成２９年１０月２日", "2017-10-02", 150, 162, "ケース会議で支援方針を共有"),
]

#: three ways to spread a label over a cell: ideographic spaces, ASCII spaces, a mix
_LAYOUTS = {
    "ideographic": ("所　　管　　", "施 設 名　　", "開　　始　　"),
    "ascii": ("所  管    ", "施  設  名    ", "開  始  日    "),
    "mixed": ("管　　轄　　　", "名　　称　　", "開 始 日　　"),
}


def _doc(layout: tuple[str, str, str]) -> str:
    office, name, start = layout
    parts = ["令和元年度　業務概要\n\n宮城労働局\n\n３－４　一体的実施事業の状況\n"]
    for letter, case in zip("アイ", _CASES, strict=False):
        city, bureau, hw, facility, kind, date, _, target, actual, title = case
        parts.append(
            f"\n{letter}　{city}\n\n{title}\n\n"
            f"　{office}{bureau}・{hw}\n"
            f"　{name}{facility}（{kind}）\n"
            f"　{start}{date}\n\n"
            "　主な取組\n"
            f"　　①　{city}の相談員とハローワークの支援員がペアで担当し、継続して支援\n\n"
            "　平成３０年度の実績\n"
            f"　　支援対象者数　目標　{target}人　　実績　{actual}人\n"
        )
    return "".join(parts)


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
def test_letter_spaced_labels_give_the_header_facts(layout: str) -> None:
    profiles = jirei.parse_text(_doc(_LAYOUTS[layout])).profiles
    assert len(profiles) == 2
    for profile, case in zip(profiles, _CASES, strict=True):
        city, bureau, hw, facility, kind, _, iso, *_ = case
        assert profile.municipality == city
        assert profile.labour_bureau == bureau
        assert list(profile.hello_work) == [hw]
        assert profile.facility_name == facility
        assert profile.facility_type == kind
        assert str(profile.start_date) == iso


def test_closed_up_label_keeps_the_value_span() -> None:
    text = _doc(_LAYOUTS["ascii"])
    profile = jirei.parse_text(text).profiles[0]
    span = profile.spans["facility_name"]
    assert text[span.start : span.end] == "せんだい就労サポート"


@pytest.mark.parametrize(
    "line",
    [
        "開　　始　　時期は市と調整のうえ決定する予定である。",  # a sentence, no value
        "所管する市町の福祉部局とハローワークが協議を行った。",  # a word in prose
    ],
)
def test_no_field_in_prose(line: str) -> None:
    text = _doc(_LAYOUTS["ideographic"]).replace(
        "　主な取組\n", f"{line}\n\n　主な取組\n", 1
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.start_date is not None and str(profile.start_date) == "2015-04-01"
    assert profile.labour_bureau == "宮城労働局"


@pytest.mark.parametrize("heading", ["ア　{city}", "(ア) {city}", "ア{city}"])
def test_iroha_letter_over_a_city_labels_a_case(heading: str) -> None:
    text = _doc(_LAYOUTS["ideographic"])
    for letter, case in zip("アイ", _CASES, strict=True):
        wanted = heading.replace("ア", letter).format(city=case[0])
        text = text.replace(f"\n{letter}　{case[0]}\n", f"\n{wanted}\n")
    profiles = jirei.parse_text(text).profiles
    assert [p.municipality for p in profiles] == ["仙台市", "石巻市"]


def test_iroha_letter_before_words_is_no_case_label() -> None:
    from jirei.caselabel import label_length

    assert label_length("ア　市の相談員と連携して支援") == 0  # an item, no place alone
    assert label_length("ア　仙台市の取組を紹介する。") == 0
    assert label_length("アイス市") == 0


@pytest.mark.parametrize(
    "overview",
    [
        "（１）事業の概要\n　国と市が協定を締結し、一体的に実施するもの。"
        "県内では２市で実施している。\n",
        "　県内では平成３０年度末現在、ハローワークと２市が一体的に実施している。\n",
    ],
)
def test_chapter_heading_over_the_cases_is_no_case(overview: str) -> None:
    text = _doc(_LAYOUTS["ideographic"]).replace(
        "３－４　一体的実施事業の状況\n", f"３－４　一体的実施事業の状況\n\n{overview}", 1
    )
    profiles = jirei.parse_text(text).profiles
    assert [p.facility_name for p in profiles] == ["せんだい就労サポート", "いしのまき仕事プラザ"]


def test_a_case_stating_something_is_kept() -> None:
    from jirei.chapterheads import bare_headings
    from jirei.model import Profile

    cases = [Profile(title="a"), Profile(municipality="仙台市"), Profile(initiatives=("x",))]
    assert bare_headings(cases) == [0]
    assert bare_headings(cases[:2]) == []  # one other case: no heading dropped


def _with_voice(speaker: str) -> str:
    text = _doc(_LAYOUTS["ideographic"])
    voice = f"\n{speaker}\n　　窓口の利用者が増えた。今後も市と連携していきたい。\n"
    return text + voice


@pytest.mark.parametrize(
    "speaker",
    [
        "　〔石巻市健康部福祉課〕",
        "【石巻市生活支援室】",
        "■石巻市保護課就労支援担当",
        "＜宮城労働局職業対策課＞",
    ],
)
def test_one_department_over_its_words_is_a_voice(speaker: str) -> None:
    profile = jirei.parse_text(_with_voice(speaker)).profiles[-1]
    assert [c.text for c in profile.comments] == [
        "窓口の利用者が増えた。今後も市と連携していきたい。"
    ]
    assert profile.comments[0].speaker in speaker


@pytest.mark.parametrize("speaker", ["■石巻市", "【ハローワーク石巻】", "〔今後の課題〕"])
def test_one_place_or_topic_over_words_is_no_voice(speaker: str) -> None:
    profile = jirei.parse_text(_with_voice(speaker)).profiles[-1]
    assert profile.comments == ()


def _programme_council(title: str, issuer: str = "大阪労働局職業安定部\n") -> str:
    head = "\t".join(
        ["No.", "自治体", "ハローワーク", "施設名", "事業開始", "支援対象者数 目標",
         "支援対象者数 実績", "達成率", "就職率"]
    )
    rows = [
        ["1", "豊中市", "ハローワーク池田", "とよなか就労ひろば", "H27.4.1", "300人", "330人",
         "110.0%", "61.2%"],
        ["2", "吹田市", "ハローワーク淀川", "すいたジョブスポット", "H28.10.3", "200人", "190人",
         "95.0%", "58.4%"],
    ]
    body = "\n".join("\t".join(row) for row in rows)
    return (
        f"資料２\n\n{title}\n\n一体的実施施設の実施状況（令和４年度実績）\n\n"
        f"令和5年7月\n{issuer}\n１　施設の実績\n\n{head}\n{body}\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "令和５年度第１回大阪府生活保護受給者等就労自立促進事業協議会",
        "大阪府生活保護受給者等就労自立促進事業協議会（第２回）",
    ],
)
def test_material_for_the_programmes_council_names_the_bureau(title: str) -> None:
    profiles = jirei.parse_text(_programme_council(title)).profiles
    assert [p.labour_bureau for p in profiles] == ["大阪労働局", "大阪労働局"]


def test_the_council_with_no_bureau_on_the_cover_fills_none() -> None:
    text = _programme_council("大阪府生活保護受給者等就労自立促進事業協議会", issuer="")
    profiles = jirei.parse_text(text).profiles
    assert [p.labour_bureau for p in profiles] == [None, None]
