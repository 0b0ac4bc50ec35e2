"""Whole documents in the second batch's layouts → profiles (invented text), and the rules
tables those layouts are read by (extend / merge_toml)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import jirei
from jirei.rules import DEFAULT_RULES

KV_DOC = """令和２年度　一体的実施の取組事例（架空ブロック）

事例1　岐阜県大垣市 × 岐阜労働局・ハローワーク大垣
名称：おおがき就労窓口（一体的実施施設）
事業開始日　平成30年6月1日
設置場所：市役所３階

窓口を一つにして相談を早く

◎事業のポイント
ポイント①　福祉の窓口の隣に相談ブースを置く。
ポイント②　就職後も月に一度連絡する。

▼成果（令和２年度）
相談者数：１２０人（目標１００人、達成率１２０．０％）
就職率：５０．０％

◎関係者の声
○大垣市：相談が早く始まる。
◆ハローワーク大垣　求人を一緒に探せる。

【事例２】駅前の空き店舗で相談会

| 項目 | 内容 |
|---|---|
| 自治体 | 高知県南国市 |
| 労働局 | 高知労働局 |
| ハローワーク | ハローワーク高知、ハローワーク南国 |
| 施設名 | なんこく相談室（一体的実施施設） |
| 開設日 | 令和2年10月1日 |

１．取組の概要
・空き店舗を相談会の会場にする。

２．事業の実績
| 区分 | | 令和２年度 |
|---|---|---|
| 相談者数 | 目標 | 70人以上 |
| | 実績 | 75人 |

３．関係者の声
（市）
駅前なので立ち寄りやすい。
"""


@pytest.fixture(scope="module")
def kv_profiles() -> tuple[jirei.Profile, ...]:
    return jirei.parse_text(KV_DOC).profiles


def test_cases_found_and_title_page_belongs_to_none(kv_profiles: tuple[jirei.Profile, ...]) -> None:
    titles = [p.title for p in kv_profiles]
    assert titles == ["窓口を一つにして相談を早く", "駅前の空き店舗で相談会"]


def test_label_header_and_field_lines(kv_profiles: tuple[jirei.Profile, ...]) -> None:
    first = kv_profiles[0]
    assert (first.prefecture, first.municipality, first.labour_bureau) == (
        "岐阜県",
        "大垣市",
        "岐阜労働局",
    )
    assert first.hello_work == ("ハローワーク大垣",)
    assert (first.facility_name, first.facility_type, first.start_date) == (
        "おおがき就労窓口",
        "一体的実施施設",
        dt.date(2018, 6, 1),
    )
    assert ("設置場所", "市役所3階") in [(u.heading, u.text) for u in first.unclassified]
    assert first.initiatives == ("福祉の窓口の隣に相談ブースを置く。", "就職後も月に一度連絡する。")


def test_key_value_results_and_inline_comments(kv_profiles: tuple[jirei.Profile, ...]) -> None:
    first = kv_profiles[0]
    assert first.fiscal_year == 2020
    assert [(m.label, m.actual.value if m.actual else None) for m in first.metrics] == [
        ("相談者数", 120),
        ("就職率", Decimal("50.0")),
    ]
    assert first.metrics[0].achievement_rate == Decimal("120.0")
    assert [(c.speaker, c.role, c.text) for c in first.comments] == [
        ("大垣市", "municipality", "相談が早く始まる。"),
        ("ハローワーク大垣", "hello_work", "求人を一緒に探せる。"),
    ]


def test_profile_card_after_a_labelled_headline(kv_profiles: tuple[jirei.Profile, ...]) -> None:
    second = kv_profiles[1]
    assert (second.prefecture, second.municipality, second.labour_bureau) == (
        "高知県",
        "南国市",
        "高知労働局",
    )
    assert second.hello_work == ("ハローワーク高知", "ハローワーク南国")
    assert (second.facility_name, second.start_date) == ("なんこく相談室", dt.date(2020, 10, 1))
    assert [(m.label, m.target.value if m.target else None) for m in second.metrics] == [
        ("相談者数", 70)
    ]
    assert [(c.speaker, c.role) for c in second.comments] == [("市", "municipality")]


def test_new_values_carry_spans(kv_profiles: tuple[jirei.Profile, ...]) -> None:
    first = kv_profiles[0]
    for name in ("municipality", "facility_name", "start_date", "title"):
        span = first.spans[name]
        assert span.end > span.start
    assert KV_DOC[first.spans["facility_name"].start : first.spans["facility_name"].end] == (
        "おおがき就労窓口"
    )
    comment = first.comments[1]
    assert comment.speaker_span is not None
    assert KV_DOC[comment.speaker_span.start : comment.speaker_span.end] == "ハローワーク大垣"


def test_rules_extend_new_tables() -> None:
    rules = DEFAULT_RULES.extend(
        field_labels={"窓口": "facility"},
        case_labels=[r"ケース\d+"],
        heading_numbers=[r"第\d+節\s*"],
        item_markers=[r"その\d+(?=\s)"],
        card_headers=["見出し"],
        comment_forms=[("inline", r"^＃(?P<speaker>\S+?)\s+(?P<text>.+)$")],
    )
    assert rules.field_labels["窓口"] == "facility"
    assert rules.field_labels["名称"] == "facility"  # the bundled ones stay
    assert rules.case_labels[0] == r"ケース\d+" and len(rules.case_labels) > 1
    assert rules.comment_forms[0][0] == "inline"
    assert "窓口" not in DEFAULT_RULES.field_labels
    with pytest.raises(ValueError):
        DEFAULT_RULES.extend(field_labels={"窓口": "nonsense"})
    with pytest.raises(ValueError):
        DEFAULT_RULES.extend(comment_forms=[("nonsense", "x")])


def test_rules_merge_toml_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "more.toml"
    path.write_text(
        "case_labels = ['ケース\\d+']\n"
        "heading_numbers = ['第\\d+節\\s*']\n"
        "[field_labels]\nfacility = ['窓口']\n"
        "[sections.comments]\naliases = ['みんなの声']\n"
        "[[forms]]\nform = 'speaker'\npattern = '^\\[(?P<speaker>[^\\]]+)\\]$'\n",
        encoding="utf-8",
    )
    rules = DEFAULT_RULES.merge_toml(path)
    assert rules.field_labels["窓口"] == "facility"
    assert rules.sections["みんなの声"] == "comments"
    assert rules.case_labels[0] == "ケース\\d+"
    assert rules.heading_numbers[0] == "第\\d+節\\s*"
    assert rules.comment_forms[0] == ("speaker", "^\\[(?P<speaker>[^\\]]+)\\]$")


def test_extended_rules_read_a_new_form() -> None:
    doc = KV_DOC.replace("事業開始日　", "稼働日：")
    # the default rules do not know the label, which holds no start word, so the date is
    # not read; the extended rules read it, without falling back
    plain = jirei.parse_text(doc)
    assert plain.profiles[0].start_date is None
    rules = DEFAULT_RULES.extend(field_labels={"稼働日": "start_date"})
    extended = jirei.parse_text(doc, rules=rules)
    assert extended.profiles[0].start_date == dt.date(2018, 6, 1)
    assert not any(w.code == "fallback_segmentation" for w in extended.warnings)
