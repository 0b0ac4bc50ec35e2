"""Filled-in 様式 form lines (jirei.formlines, decisions 950–951)."""

from __future__ import annotations

import pytest

import jirei
from jirei.formlines import form_words, untangle_forms
from jirei.normalise import normalise


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("【市町村名】豊橋市", " 市町村名:豊橋市"),
        ("  【開設年月日】令和2年4月1日", "  【開設年月日】令和2年4月1日"),  # indented (2041)
        ("  【問い合わせ先】福岡労働局", "   問い合わせ先:福岡労働局"),
        ("【取組内容】（該当するものを選択）", "【取組内容】" + " " * 10),
        ("【取組内容】", "【取組内容】"),
        ("【施設の種類】□一体的実施　☑常設窓口　□その他", " 施設の種類:" + " " * 8 + "常設窓口"),
        ("就職者数‥‥‥‥実績 12人", "就職者数    実績 12人"),
        ("ただの文です。", "ただの文です。"),
    ],
)
def test_form_line_shapes(line: str, expected: str) -> None:
    out = untangle_forms(line)
    assert len(out) == len(line)
    assert out.rstrip() == expected.rstrip()


def test_two_fields_on_one_line_go_on_two_lines() -> None:
    line = "【県名】愛知県      【労働局名】愛知労働局"
    out = untangle_forms(line)
    assert len(out) == len(line)
    first, second = out.split("\n")
    assert first.strip() == "県名:愛知県"
    assert second == " 労働局名:愛知労働局"


def test_words_are_data() -> None:
    words = form_words()
    assert "記入" in words.instruction_words
    assert "☑" in words.checked_marks and "□" in words.unchecked_marks


def test_offsets_still_point_into_the_original() -> None:
    text = "【市町村名】豊橋市\n"
    norm = normalise(text)
    at = norm.text.index("豊橋市")
    start, end = norm.span(at, at + 3)
    assert text[start:end] == "豊橋市"


# A form of another surface: other labels, order, two cases, a check box written with ☒,
# results with commas between the role pieces and ‥ leaders.
FORM = """\
好事例報告（様式２）

【事例のタイトル】駅前の常設窓口で子育て世帯の就職を後押し
【市町村名】豊橋市
【都道府県名】愛知県　　　　【労働局名】愛知労働局
【連携するハローワーク】ハローワーク豊橋
【施設・窓口の名称】とよはしワークコーナー
【施設の種別】□一体的実施施設　☒自立促進事業常設窓口　□その他
【開設年月日】令和2年4月1日
【取組の内容】（主なものを箇条書きで記入）
・駅前の庁舎に窓口を置き、相談の当日に職業紹介まで行う
・保育所の入所相談と同じ日に職業相談を受けられるようにした
【令和2年度の実績】
就職者数‥‥‥‥‥目標 40人、実績 44人、達成率 110.0%
支援対象者数‥‥‥目標 60人、実績 63人、達成率 105.0%

【事例のタイトル】福祉事務所と月例会議で支援方針を共有
【市町村名】岡崎市
【都道府県名】愛知県　　　　【労働局名】愛知労働局
【連携するハローワーク】ハローワーク岡崎
【施設・窓口の名称】おかざき就労支援室
【施設の種別】☑一体的実施施設　□自立促進事業常設窓口　□その他
【開設年月日】平成30年10月1日
【取組の内容】（主なものを箇条書きで記入）
・毎月の会議で支援対象者ごとの方針を確認する
【令和2年度の実績】
支援対象者数‥‥‥目標 80人、実績 76人、達成率 95.0%
就職率‥‥‥‥‥‥実績 58.2%
"""


def test_a_form_document_reads_field_by_field() -> None:
    doc = jirei.parse_text(FORM)
    assert [p.municipality for p in doc.profiles] == ["豊橋市", "岡崎市"]
    first, second = doc.profiles
    assert first.labour_bureau == "愛知労働局"
    assert list(first.hello_work) == ["ハローワーク豊橋"]
    assert first.facility_name == "とよはしワークコーナー"
    assert first.facility_type == "自立促進事業常設窓口"
    assert second.facility_type == "一体的実施施設"
    assert str(first.start_date) == "2020-04-01"
    assert first.title == "駅前の常設窓口で子育て世帯の就職を後押し"
    assert len(first.initiatives) == 2
    assert [
        (m.label, m.target.value, m.actual.value, str(m.achievement_rate)) for m in first.metrics
    ] == [
        ("就職者数", 40, 44, "110.0"),
        ("支援対象者数", 60, 63, "105.0"),
    ]
    assert [(m.label, m.target) for m in second.metrics][-1] == ("就職率", None)
    # every value's span points at the original text
    for profile in doc.profiles:
        for metric in profile.metrics:
            span = metric.actual.span
            assert str(metric.actual.value) in FORM[span.start : span.end].replace("%", "")


@pytest.mark.parametrize(
    ("row", "label", "target", "actual", "rate"),
    [
        ("就職者数 目標 40人 / 実績 44人 / 達成率 110.0%", "就職者数", 40, 44, "110.0"),
        ("就職者数 目標 40人、実績 44人、達成率 110.0%", "就職者数", 40, 44, "110.0"),
        ("紹介件数 実績 120件", "紹介件数", None, 120, None),
        ("(うち紹介就職) 実績 30人", "うち紹介就職", None, 30, None),
        ("就職者数 目標 40人 → 実績 44人(達成率 110.0%)", "就職者数", 40, 44, "110.0"),
    ],
)
def test_role_word_rows_with_separators(
    row: str, label: str, target: int | None, actual: int, rate: str | None
) -> None:
    text = f"事例1\n自治体名:豊橋市\n【取組内容】\n・窓口を置いた\n【実績】\n{row}\n"
    (profile,) = jirei.parse_text(text).profiles
    (metric,) = profile.metrics
    assert metric.label == label
    assert (metric.target.value if metric.target else None) == target
    assert metric.actual.value == actual
    assert (str(metric.achievement_rate) if metric.achievement_rate is not None else None) == rate
