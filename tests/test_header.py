"""Header fields in both header styles, split headers and their spans."""

from __future__ import annotations

import datetime as dt

import pytest

from jirei.header import read_alt_header, read_header, split_place
from jirei.lines import split_lines
from jirei.normalise import normalise


def header(text: str) -> dict[str, object]:
    norm = normalise(text).text
    lines = [line for line in split_lines(norm) if not line.blank]
    fields = read_header(norm, lines)
    out: dict[str, object] = {name: f.value for name, f in fields.fields.items()}
    out["hello_work"] = [f.value for f in fields.hello_work]
    for name, f in fields.fields.items():  # every span holds what the field says
        if name != "start_date":
            assert norm[f.start : f.end] == f.value, name
    for f in fields.hello_work:
        assert norm[f.start : f.end] == f.value
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "【山梨県甲府市】【山梨労働局・ハローワーク甲府】（一体的実施施設）平成26年5月1日事業開始",
            {
                "prefecture": "山梨県",
                "municipality": "甲府市",
                "labour_bureau": "山梨労働局",
                "hello_work": ["ハローワーク甲府"],
                "facility_type": "一体的実施施設",
                "start_date": dt.date(2014, 5, 1),
            },
        ),
        (
            "# 【和歌山県田辺市】【和歌山労働局ハローワーク田辺】\n\n"
            "たなべ就労支援室（自立促進事業常設窓口）H27.4.1事業開始",
            {
                "prefecture": "和歌山県",
                "municipality": "田辺市",
                "labour_bureau": "和歌山労働局",
                "hello_work": ["ハローワーク田辺"],
                "facility_name": "たなべ就労支援室",
                "facility_type": "自立促進事業常設窓口",
                "start_date": dt.date(2015, 4, 1),
            },
        ),
        (
            "# 【神奈川県大和市】【神奈川県労働局・ハローワーク大和・ハローワーク座間】"
            "やまとワーク\n\n"
            "平成25年11月1日事業開始",
            {
                "prefecture": "神奈川県",
                "municipality": "大和市",
                "labour_bureau": "神奈川県労働局",
                "hello_work": ["ハローワーク大和", "ハローワーク座間"],
                "facility_name": "やまとワーク",
                "start_date": dt.date(2013, 11, 1),
            },
        ),
        (
            "【東京都千代田区】【東京労働局・飯田橋公共職業安定所】",
            {
                "prefecture": "東京都",
                "municipality": "千代田区",
                "labour_bureau": "東京労働局",
                "hello_work": ["飯田橋公共職業安定所"],
            },
        ),
    ],
)
def test_read_header(text: str, expected: dict[str, object]) -> None:
    assert header(text) == expected


@pytest.mark.parametrize(
    "place, expected",
    [
        ("埼玉県川口市", ("埼玉県", "川口市")),
        ("京都府京都市", ("京都府", "京都市")),
        ("鹿児島県鹿児島市", ("鹿児島県", "鹿児島市")),
        ("北海道札幌市", ("北海道", "札幌市")),
        ("奈良県大和郡山市", ("奈良県", "大和郡山市")),
        ("府中市", (None, "府中市")),
    ],
)
def test_split_place(place: str, expected: tuple[str | None, str | None]) -> None:
    assert split_place(place) == expected


def test_alt_header() -> None:
    norm = normalise("北区(くらし相談センター)\n\nハローワーク王子\n\n一体的実施\n").text
    lines = [line for line in split_lines(norm) if not line.blank]
    fields = read_alt_header(lines)
    assert {k: f.value for k, f in fields.fields.items()} == {
        "municipality": "北区",
        "facility_type": "一体的実施",
    }
    assert [f.value for f in fields.hello_work] == ["ハローワーク王子"]


def test_bureau_label_tails_are_rules_data() -> None:
    """``労働局`` followed by a label tail of ``Rules.bureau_label_tails`` is a field label's
    word, no bureau; a user's own tail extends the table without editing the library."""
    from jirei.header import header_patterns, read_offices
    from jirei.rules import DEFAULT_RULES

    def bureau(inner: str, rules: object) -> str | None:
        fields: dict = {}
        read_offices(inner, 0, header_patterns(rules), fields, [])
        found = fields.get("labour_bureau")
        return None if found is None else found.value

    # a listed tail: the label's 労働局 is skipped, the named bureau read
    assert bureau("労働局・安定所名　兵庫労働局 ハローワーク西宮", DEFAULT_RULES) == "兵庫労働局"
    # an unlisted tail (``・職安``): the bare 労働局 is not known as a label word ...
    assert bureau("労働局・職安　兵庫労働局 ハローワーク西宮", DEFAULT_RULES) == "兵庫労働局"
    assert bureau("労働局・職安", DEFAULT_RULES) == "労働局"
    # ... until a user names it a tail
    extended = DEFAULT_RULES.extend(bureau_label_tails=["・職安"])
    assert bureau("労働局・職安", extended) is None
    assert bureau("労働局・安定所", DEFAULT_RULES) is None
