"""Cases whose parts do not stand together, a fourth writer (branch ``apart4-s15``,
decisions 3056-3058).

A PDF export lettering its cases (``事例Ａ``/``事例Ｂ``/``事例Ｃ``), one case continued on a later
page under ``事例Ａ　堺市（２頁からの続き）``, a numbered initiative
``３．市の…にハローワーク職員が…`` and every case's figures in one closing long-form table
captioned with the fiscal year.
Variants written for this file (real places and offices; invented facilities, prose and
figures), with negative variants that must not trigger the rules.
"""

from __future__ import annotations

import unicodedata

import pytest

import jirei
from jirei.caselabel import label_length
from jirei.model import Profile
from jirei.tables.caselist import block_number

_CASES = [
    ("奈良県", "奈良市", "奈良労働局", "ハローワーク奈良", "ならワークサポート", "令和元年7月1日"),
    ("和歌山県", "和歌山市", "和歌山労働局", "ハローワーク和歌山", "わかやま就労支援室",
     "平成28年4月1日"),
    ("滋賀県", "大津市", "滋賀労働局", "ハローワーク大津", "おおつ就労相談コーナー",
     "令和3年10月1日"),
]


def _nfkc(text: str) -> str:
    """A line as the segmenter reads it (NFKC: ``３．`` → ``3.``)."""
    return unicodedata.normalize("NFKC", text)


def _profiles(text: str) -> list[Profile]:
    return jirei.parse_text(text).profiles


def _head(n: int, label: str) -> str:
    pref, city, bureau, office, facility, start = _CASES[n - 1]
    return (
        f"{label}　{pref}{city} × {bureau}（{office}）\n"
        f"{facility}（一体的実施施設）　{start}事業開始\n\n"
        f"{city}の福祉と就労をひとつの窓口で\n\n"
    )


def _items(n: int, third: str = "市の会議に職員が毎回出席") -> str:
    return (
        "【取組内容】\n"
        f"１．福祉の窓口から当日中に相談へ案内する取組を実施（{n}）\n"
        f"２．求人の探し方を学ぶ講座を毎月開催（{n}）\n"
        f"３．{third}\n\n"
    )


def _rest(n: int, speaker: str) -> str:
    return (
        "【その他の実績】\n"
        f"・講座を年間{10 + n}回開催\n\n"
        f"＜{speaker}コメント＞\n"
        f"窓口の連携が進み、相談から就職までの期間が短くなった（{n}）。\n\n"
    )


_PAGE = "\n                    ― {n} ―\n\n"


def _split_doc(
    letters: str, note: str, caption: str = "令和５年度 事業目標と実績一覧", again: str = ""
) -> str:
    """Case 1 on page 1, case 2 on page 2, case 1 again on page 3, case 3 on page 4, and a
    closing long-form table naming each city on its first row only."""
    a, b, c = letters
    again = again or f"事例{a}　奈良市{note}"
    return (
        _head(1, f"事例{a}") + _items(1) + "（３頁へ続く）\n" + _PAGE.format(n=1)
        + _head(2, f"事例{b}") + _items(2, "市の支援調整会議にハローワーク職員が毎回出席")
        + _rest(2, "和歌山市福祉局") + _PAGE.format(n=2)
        + f"{again}\n\n" + _rest(1, "奈良市福祉部") + _PAGE.format(n=3)
        + _head(3, f"事例{c}") + _items(3) + _rest(3, "大津市健康福祉部") + _PAGE.format(n=4)
        + f"{caption}\n\n"
        + "事例\t自治体\t項目\t目標\t実績\t達成率\n"
        + f"{a}\t奈良市\t支援対象者数\t200人以上\t210人\t105.0%\n"
        + "\t\t就職者数\t100人以上\t120人\t120.0%\n"
        + f"{b}\t和歌山市\t支援対象者数\t150人程度\t140人\t93.3%\n"
        + "\t\t就職者数\t90人程度\t99人\t110.0%\n"
        + f"{c}\t大津市\t支援対象者数\t―\t300人\t―\n"
        + "\t\t就職者数\t―\t180人\t―\n\n"
        + "（注）達成率＝実績÷目標。\n"
    )


# --- decision 3056: a lettered case label numbers its case ---------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("事例Ａ　奈良市", 1), ("事例B 奈良市", 2), ("事例Ｃ", 3),
        ("【事例Ｄ】　大津市", 4), ("■事例Ｅ：大津市", 5),
    ],
)
def test_a_lettered_label_numbers_its_case(text: str, number: int) -> None:
    text = _nfkc(text)
    length = label_length(text)
    assert length
    assert block_number(text, length) == number


@pytest.mark.parametrize(("text", "number"), [("No.3　奈良市", 3), ("P1 奈良市", 1), ("A-2", 2)])
def test_digits_still_number_a_label(text: str, number: int) -> None:
    assert block_number(text, len(text.split()[0])) == number


@pytest.mark.parametrize(
    ("letters", "note"),
    [
        ("ＡＢＣ", "（２頁からの続き）"),
        ("ABC", "(前頁より)"),
        ("ＡＢＣ", "【続き】"),
        ("ABC", "〔p.1から〕"),
    ],
)
def test_a_lettered_case_continued_after_another_is_one_profile(
    letters: str, note: str
) -> None:
    profiles = _profiles(_split_doc(letters, note))
    assert [p.municipality for p in profiles] == ["奈良市", "和歌山市", "大津市"]
    nara = profiles[0]
    assert nara.facility_name == "ならワークサポート"
    assert [c.speaker for c in nara.comments] == ["奈良市福祉部"]
    assert nara.other_results == ("講座を年間11回開催",)


@pytest.mark.parametrize(
    "again",
    [
        "事例Ａ（２頁からの続き）", "事例Ａ（２頁からの続き）　奈良市", "（事例Ａの続き）",
        "【事例Ａ】　奈良市（前頁より）", "奈良市（２頁からの続き）",
    ],
)
def test_other_forms_of_the_continued_lettered_case(again: str) -> None:
    profiles = _profiles(_split_doc("ＡＢＣ", "", again=again))
    assert [p.municipality for p in profiles] == ["奈良市", "和歌山市", "大津市"]
    assert [c.speaker for c in profiles[0].comments] == ["奈良市福祉部"]


def test_a_lettered_repeat_naming_another_city_stays_apart() -> None:
    text = _split_doc("ＡＢＣ", "（２頁からの続き）").replace(
        "事例Ａ　奈良市（２頁からの続き）",
        "事例Ａ　彦根市 × 滋賀労働局（ハローワーク彦根）\n"
        "ひこね就労支援室（常設窓口）　令和２年４月１日事業開始",
    )
    profiles = _profiles(text)
    assert "彦根市" in [p.municipality for p in profiles]


# --- decision 3057: a numbered item is no case label ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "３．市の支援調整会議にハローワーク職員が毎回出席",
        "2.区の窓口にハローワークの相談員が常駐",
        "１．町の会議に労働局の職員が参加",
        "２．市の取組",
        "(3)市の相談窓口とハローワークが連携",
    ],
)
def test_a_numbered_item_opening_with_a_bare_city_word_is_no_label(text: str) -> None:
    assert label_length(_nfkc(text)) == 0


@pytest.mark.parametrize(
    "text",
    [
        "１　岡山県津山市【岡山労働局・ハローワーク津山】",
        "2.奈良市　奈良労働局・ハローワーク奈良",
        "(1)札幌市中央区　　北海道労働局・ハローワーク札幌",
    ],
)
def test_a_number_before_a_place_and_its_partners_is_still_a_label(text: str) -> None:
    assert label_length(_nfkc(text)) > 0


def test_a_numbered_item_stays_in_its_case() -> None:
    profiles = _profiles(_split_doc("ＡＢＣ", "（２頁からの続き）"))
    wakayama = profiles[1]
    assert "市の支援調整会議にハローワーク職員が毎回出席" in wakayama.initiatives
    assert [c.speaker for c in wakayama.comments] == ["和歌山市福祉局"]


# --- decision 3058: a long-form closing table's caption gives the fiscal year --------------


@pytest.mark.parametrize(
    ("caption", "year"),
    [
        ("令和５年度 事業目標と実績一覧", 2023),
        ("【平成30年度　各事例の目標と実績】", 2018),
        ("事業目標と実績（令和２年度）", 2020),
        ("2021年度 実績一覧", 2021),
    ],
)
def test_the_closing_tables_caption_gives_every_case_its_year(caption: str, year: int) -> None:
    profiles = _profiles(_split_doc("ＡＢＣ", "（２頁からの続き）", caption))
    assert [p.fiscal_year for p in profiles] == [year, year, year]
    nara = profiles[0]
    assert [m.label for m in nara.metrics] == ["支援対象者数", "就職者数"]
    span = nara.spans["fiscal_year"]
    text = _split_doc("ＡＢＣ", "（２頁からの続き）", caption)
    assert text[span.start : span.end].endswith("年度")
    assert text[span.start : span.end] in caption


def test_a_caption_without_a_year_gives_none() -> None:
    profiles = _profiles(_split_doc("ＡＢＣ", "（２頁からの続き）", "事業目標と実績一覧"))
    assert profiles[0].metrics
    assert profiles[0].fiscal_year is None
    assert profiles[1].fiscal_year is None


def test_a_year_far_above_the_table_is_no_caption() -> None:
    caption = "令和５年度の状況\n\n説明の文。\n\n説明の文。\n\n一覧"
    text = _split_doc("ＡＢＣ", "（２頁からの続き）", caption)
    profiles = _profiles(text)
    assert profiles[0].metrics
    assert profiles[0].fiscal_year is None


# --- decision 3061: a closing table keyed by the case's number or letter alone -------------


def _keyed_only(letters: str) -> str:
    """The document without its continued part and with the closing table's city column
    dropped: rows keyed by the case's number or letter under ``事例`` alone."""
    text = _split_doc(letters, "（２頁からの続き）")
    again = text.index(f"事例{letters[0]}　奈良市（２頁からの続き）")
    text = text[:again] + text[text.index("― 3 ―") + len("― 3 ―\n\n") :]
    text = text.replace("事例\t自治体\t項目", "事例\t項目").replace("\t\t就職者数", "\t就職者数")
    for city in ("\t奈良市\t", "\t和歌山市\t", "\t大津市\t"):
        text = text.replace(city, "\t")
    return text


@pytest.mark.parametrize("letters", ["ＡＢＣ", "ABC"])
def test_a_closing_table_keyed_by_letter_alone(letters: str) -> None:
    profiles = _profiles(_keyed_only(letters))
    assert [p.municipality for p in profiles] == ["奈良市", "和歌山市", "大津市"]
    assert [[m.actual.value for m in p.metrics if m.actual] for p in profiles] == [
        [210, 120], [140, 99], [300, 180]
    ]


def test_a_letter_under_no_case_number_head_keys_no_row() -> None:
    text = _keyed_only("ＡＢＣ").replace("事例\t項目", "区分\t項目")
    profiles = _profiles(text)
    assert not [m for m in profiles[0].metrics if m.actual and m.actual.value == 210]
