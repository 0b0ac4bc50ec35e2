"""Letter-spaced field labels and box borders before a spaced field (decision 2350); a
part's label and catch phrase above its box (decision 2357)."""

from __future__ import annotations

import pytest

import jirei
from jirei.fieldspaces import mark_field_spaces


@pytest.mark.parametrize(
    "line, marked",
    [
        ("名　称　ワークステーションおおがき（一体的実施施設）\n",
         "名　称:ワークステーションおおがき（一体的実施施設）\n"),
        ("|名　称　たじみ就労サポートルーム\n", "|名　称:たじみ就労サポートルーム\n"),
        ("| 開 設 日\u3000令和2年4月1日\n", "| 開 設 日:令和2年4月1日\n"),
        ("|施設名称　はままつ就労コーナー\n", "|施設名称:はままつ就労コーナー\n"),
    ],
)
def test_spaced_label_and_box_border_give_a_field_line(line: str, marked: str) -> None:
    out = mark_field_spaces(line)
    assert out == marked
    assert len(out) == len(line)


@pytest.mark.parametrize(
    "line",
    [
        "|名　称　場　所　開　設\n",  # a box's header row of labels
        "|名　称　変更の経緯は次のとおりである。\n",  # a sentence
        "|名　称|ワークステーション|\n",  # a pipe row's cells
        "名称 は 公募で決めた\n",  # ASCII spaces in prose, no label line
    ],
)
def test_lines_that_are_no_spaced_field_stay(line: str) -> None:
    assert mark_field_spaces(line) == line


PART = """◆その{n}　{city}

{title}

{city}役所の１階に、ハローワークの相談員が常駐しています。

┌──────── 施設データ ────────┐
│名　称　{name}（{kind}）
│場　所　{city}役所１階
│運　営　{pref}{city}・{bureau}・ハローワーク{office}
│開　設　{date}
└────────────────────────┘

施設でできること
・ケースワーカーとハローワーク職員が同席する面談
・面接練習などの個別セミナー

令和５年度は、支援対象者数が目標{target}人に対して{actual}人でした。

―――――――――――――――――――――――――
"""

PARTS = [
    dict(n="１", title="窓口の隣で仕事探し", name="ワークステーションおおがき",
         kind="一体的実施施設", city="大垣市", pref="岐阜県", bureau="岐阜労働局", office="大垣",
         date="令和元年７月１日",
         iso="2019-07-01", target="200", actual="210"),
    dict(n="２", title="ひとり親を支える窓口", name="ぬまづ就労サポート", kind="常設窓口",
         city="沼津市", pref="静岡県", bureau="静岡労働局", office="沼津",
         date="平成２８年１０月３日", iso="2016-10-03", target="100", actual="90"),
]


def test_boxed_facility_data_with_spaced_labels() -> None:
    """A magazine feature's parts, each with a box of letter-spaced labels (holdout71 gifu's
    kind): the name, kind and date are read, not ``名称…`` glued to the name."""
    text = "県政だより\n\n特集　市役所の中のハローワーク\n\n" + "".join(
        PART.format(**part) for part in PARTS
    )
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == len(PARTS)
    for profile, part in zip(doc.profiles, PARTS, strict=True):
        assert profile.facility_name == part["name"]
        assert profile.facility_type == part["kind"]
        assert profile.start_date is not None
        assert profile.start_date.isoformat() == part["iso"]
        span = profile.spans["facility_name"]
        assert text[span.start : span.end] == part["name"]
        # the catch phrase under the part's label above the box (decision 2357)
        assert profile.title == part["title"]
        span = profile.spans["title"]
        assert text[span.start : span.end] == part["title"]


def test_no_label_above_the_box_gives_no_title_from_the_lead() -> None:
    text = "県政だより\n\n特集　市役所の中のハローワーク\n\n" + "".join(
        PART.format(**part).replace(f"◆その{part['n']}　{part['city']}\n\n", "")
        for part in PARTS
    )
    doc = jirei.parse_text(text)
    assert [p.facility_name for p in doc.profiles] == [part["name"] for part in PARTS]
    assert all(p.title != part["title"] for p, part in zip(doc.profiles, PARTS, strict=True))
