"""Case labels, label headers, field lines and profile cards (corpus/README.md decisions
18–20), and numbered / decorated section headings (decision 21). Invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from jirei.caselabel import label_header, strip_label
from jirei.fields import is_card_furniture, is_field_line, read_field
from jirei.header import read_header
from jirei.headings import strip_number, variant_kind
from jirei.lines import Line, split_lines
from jirei.normalise import normalise
from jirei.sections import Kind, classifier

LABEL_HEADERS = [
    ("事例3 岐阜県大垣市 × ハローワーク大垣", ("岐阜県大垣市", "ハローワーク大垣")),
    ("## 事例2 福岡県久留米市 × 福岡労働局 ハローワーク久留米",
     ("福岡県久留米市", "福岡労働局 ハローワーク久留米")),
    ("【事例4】長崎県佐世保市(長崎労働局 ハローワーク佐世保)",
     ("長崎県佐世保市", "長崎労働局 ハローワーク佐世保")),
    ("No.2 熊本県八代市 熊本労働局 ハローワーク八代",
     ("熊本県八代市", "熊本労働局 ハローワーク八代")),
    ("事例1 三重県四日市市 × 三重労働局・ハローワーク四日市",
     ("三重県四日市市", "三重労働局・ハローワーク四日市")),
    ("【事例5】駅前の空き店舗で相談会", None),
    ("事例として紹介する取組", None),
    ("岐阜県大垣市 × ハローワーク大垣", None),
]


@pytest.mark.parametrize("text, expected", LABEL_HEADERS, ids=[t for t, _ in LABEL_HEADERS])
def test_label_header(text: str, expected: tuple[str, str] | None) -> None:
    match = label_header(text)
    got = (match.group("place"), match.group("offices")) if match else None
    assert got == expected


@pytest.mark.parametrize(
    "text, rest",
    [
        ("【事例5】駅前の空き店舗で相談会", "駅前の空き店舗で相談会"),
        ("事例12 岐阜県大垣市", "岐阜県大垣市"),
        ("No.3 テーマ", "テーマ"),
        ("事例集の見方", "事例集の見方"),
    ],
)
def test_strip_label(text: str, rest: str) -> None:
    assert strip_label(text) == rest


FIELDS = [
    ("名称:おおがき就労窓口(一体的実施施設)",
     ("facility", "名称", "おおがき就労窓口(一体的実施施設)")),
    ("**開設**:2018年6月1日", ("start_date", "開設", "2018年6月1日")),
    ("事業開始日 平成30年6月1日", ("start_date", "事業開始日", "平成30年6月1日")),
    ("事業開始日平成30年6月1日", ("start_date", "事業開始日", "平成30年6月1日")),
    ("設置場所:市役所3階", ("aside", "設置場所", "市役所3階")),
    ("| 自治体 | 岐阜県大垣市 |", ("place", "自治体", "岐阜県大垣市")),
    ("| 労働局 | 岐阜労働局 |", ("labour_bureau", "労働局", "岐阜労働局")),
    ("| ハローワーク | ハローワーク大垣、ハローワーク揖斐 |",
     ("hello_work", "ハローワーク", "ハローワーク大垣、ハローワーク揖斐")),
    ("開設初年度から相談が増えた", None),
    ("名称 おおがき", None),
    ("| 就職者数 | 40人 |", None),
    ("| 自治体 | 岐阜県大垣市 | 備考 |", None),
]


@pytest.mark.parametrize("text, expected", FIELDS, ids=[t for t, _ in FIELDS])
def test_read_field(text: str, expected: tuple[str, str, str] | None) -> None:
    line = Line(text, 50)
    found = read_field(line)
    got = (found.kind, found.label, found.value) if found else None
    assert got == expected
    if found is not None:
        assert text[found.start - 50 : found.end - 50] == found.value
        assert is_field_line(line)


@pytest.mark.parametrize(
    "text, expected",
    [("| 項目 | 内容 |", True), ("|---|---|", True), ("| 区分 | 実績 |", False), ("項目", False)],
)
def test_card_furniture(text: str, expected: bool) -> None:
    assert is_card_furniture(Line(text, 0)) is expected


HEADERS = [
    (
        "label header and field lines",
        "事例3 岐阜県大垣市 × 岐阜労働局・ハローワーク大垣\n"
        "名称:おおがき就労窓口(一体的実施施設)\n開設:平成30年6月1日\n設置場所:市役所3階\n",
        {
            "prefecture": "岐阜県",
            "municipality": "大垣市",
            "labour_bureau": "岐阜労働局",
            "facility_name": "おおがき就労窓口",
            "facility_type": "一体的実施施設",
            "start_date": dt.date(2018, 6, 1),
        },
        ["ハローワーク大垣"],
    ),
    (
        "label header and a continuation line with name, kind and date",
        "## 事例1 滋賀県彦根市 × ハローワーク彦根\n\n"
        "ひこね仕事広場(一体的実施施設)2020年4月1日開設\n",
        {
            "prefecture": "滋賀県",
            "municipality": "彦根市",
            "facility_name": "ひこね仕事広場",
            "facility_type": "一体的実施施設",
            "start_date": dt.date(2020, 4, 1),
        },
        ["ハローワーク彦根"],
    ),
    (
        "profile card",
        "| 項目 | 内容 |\n|---|---|\n| 自治体 | 高知県南国市 |\n| 労働局 | 高知労働局 |\n"
        "| ハローワーク | ハローワーク高知、ハローワーク南国 |\n"
        "| 施設名 | なんこく相談室(一体的実施施設) |\n| 開設日 | 令和2年10月1日 |\n",
        {
            "prefecture": "高知県",
            "municipality": "南国市",
            "labour_bureau": "高知労働局",
            "facility_name": "なんこく相談室",
            "facility_type": "一体的実施施設",
            "start_date": dt.date(2020, 10, 1),
        },
        ["ハローワーク高知", "ハローワーク南国"],
    ),
]


@pytest.mark.parametrize(
    "name, text, fields, offices", HEADERS, ids=[h[0] for h in HEADERS]
)
def test_read_header_with_fields(
    name: str, text: str, fields: dict[str, object], offices: list[str]
) -> None:
    norm = normalise(text).text
    lines = [line for line in split_lines(norm) if not line.blank]
    found = read_header(norm, lines)
    assert {k: v.value for k, v in found.fields.items()} == fields
    assert [f.value for f in found.hello_work] == offices
    for name_, field in found.fields.items():
        if name_ != "start_date":
            assert norm[field.start : field.end] == field.value


def test_field_line_asides_are_kept() -> None:
    norm = normalise("事例3 岐阜県大垣市 × ハローワーク大垣\n設置場所:市役所3階\n").text
    found = read_header(norm, split_lines(norm))
    assert [(label, f.value) for label, f in found.asides] == [("設置場所", "市役所3階")]


HEADINGS = [
    ("1.取組の概要", "initiatives"),
    ("### (2)事業の実績", "results"),
    ("II 令和2年度の成果", "results"),
    ("▼成果(令和2年度)", "results"),
    ("<主な成果>", "results"),
    ("III 関係者の声", "comments"),
    ("◎事業のポイント", "initiatives"),
    ("1.面接の練習を行う", None),
]


@pytest.mark.parametrize("text, kind", HEADINGS, ids=[h[0] for h in HEADINGS])
def test_variant_heading_kind(text: str, kind: str | None) -> None:
    assert variant_kind(text) == kind
    info = classifier().classify(Line(text, 0))
    if kind is None:
        assert info.kind is not Kind.SECTION
    else:
        assert (info.kind, info.section) == (Kind.SECTION, kind)


def test_strip_number_keeps_a_bare_number() -> None:
    assert strip_number("(3)関係者の声") == "関係者の声"
    assert strip_number("12.") == "12."


@pytest.mark.parametrize(
    "text, item", [("ポイント1 窓口を一つにした。", "窓口を一つにした。"), ("ポイント 窓口", None)]
)
def test_point_marker(text: str, item: str | None) -> None:
    cls = classifier()
    info = cls.classify(Line(text, 0))
    if item is None:
        assert info.kind is Kind.TEXT
    else:
        assert info.kind is Kind.BULLET
        assert cls.strip_marker(text)[0] == item


def test_label_header_line_is_a_header() -> None:
    info = classifier().classify(Line("事例3 岐阜県大垣市 × ハローワーク大垣", 0))
    assert info.kind is Kind.HEADER
