"""A case header written facility first, in a bureau's own house style (branch ``core-s18``,
decisions 3606-3610).

* the facility's ``name（kind）`` line over the place / partner line, the start date on a
  line (or in a box) of its own behind a label: the label is no facility name (3606);
* the kind in square brackets (``name［常設窓口］``) opens the case as ``（kind）`` does (3607);
* a headline behind ``◎`` is the case's title (3608).

Written anew with other places, offices, dates and bracket styles; negative variants must not
move anything.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.datelabels import date_label_start
from jirei.model import Profile


def _profiles(text: str) -> list[Profile]:
    return list(jirei.parse_text(text).profiles)


_CASE = """――――――――――――――――――――――――――――――
{name}
{place}
{date}

『{title}』

【取組の概要】
①{city}の窓口で職業相談を毎週実施
②ケースワーカーと就職支援ナビゲーターによる三者面談を実施

【事業の成果】
項目\t目標\t実績
就職者数\t{goal}人以上\t{done}人

【関係機関の声】
◇{city}福祉課
　窓口が同じ建物にあるため、相談から就職までの流れが円滑になりました。
"""

_PLACES = [
    ("たかまつ就労サポート（一体的実施施設）", "香川県高松市／香川労働局／ハローワーク高松",
     "高松市", "たかまつ就労サポート", "一体的実施施設"),
    ("まるがめ仕事ひろば［常設窓口］", "香川県丸亀市／香川労働局／ハローワーク丸亀",
     "丸亀市", "まるがめ仕事ひろば", "常設窓口"),
    ("さかいで就労コーナー〔一体的実施施設〕", "香川県坂出市／香川労働局／ハローワーク坂出",
     "坂出市", "さかいで就労コーナー", "一体的実施施設"),
]


def _document(date_lines: list[str]) -> str:
    parts = ["令和3年度　一体的実施事業　取組事例集\n香川労働局\n"]
    pairs = zip(_PLACES, date_lines, strict=True)
    for number, ((name, place, city, _, _), date) in enumerate(pairs):
        parts.append(
            _CASE.format(
                name=name, place=place, date=date, city=city, title=f"{city}の窓口で就職を後押し",
                goal=50 + number, done=60 + number,
            )
        )
    return "\n".join(parts)


_BOX = "┌────────────────────┐\n│　{label}　{date}　　　　│\n└────────────────────┘"
_DATES = ["令和2年4月1日", "平成30年10月1日", "2019年7月1日"]
_ISO = ["2020-04-01", "2018-10-01", "2019-07-01"]


@pytest.mark.parametrize(
    "layout",
    [
        [_BOX.format(label="開始日", date=d) for d in _DATES],  # a box
        [_BOX.format(label="事業開始日：", date=d) for d in _DATES],  # a box, a colon
        [f"［事業開始］{d}" for d in _DATES],  # a bracketed label
        [f"\n開設日：{d}" for d in _DATES],  # a line of its own after a blank line
    ],
)
def test_date_label_is_no_facility_name(layout: list[str]) -> None:
    profiles = _profiles(_document(layout))
    assert len(profiles) == 3
    for profile, (_, _, city, name, kind), iso in zip(profiles, _PLACES, _ISO, strict=True):
        assert profile.municipality == city
        assert profile.facility_name == name
        assert profile.facility_type == kind
        assert str(profile.start_date) == iso


def test_date_label_start_reads_only_a_label_alone() -> None:
    assert date_label_start("  \n  開始日:") == 5
    assert date_label_start("【事業開始】") == 0
    assert date_label_start("開設日　") == 0
    # negative: a name before the label on its line, or no label at all
    assert date_label_start("ひろしまプラザ 開始日:") is None
    assert date_label_start("ひろしま就労応援プラザ") is None
    assert date_label_start("") is None


def test_name_date_line_keeps_its_name() -> None:
    # negative: the name and the date on one line (no label) stay the name
    text = _document([f"{d}開設" for d in _DATES]).replace(
        "たかまつ就労サポート（一体的実施施設）\n", ""
    )
    profiles = _profiles(text)
    assert all(p.facility_name != "開設" for p in profiles)


_WEB_CASE = """事例{number}
{name}（一体的実施施設）
{city} | 福井労働局 | ハローワーク{office}
開始日　{date}

{mark}{title}

実施内容
・{city}役所内に相談窓口を設け、職業相談・職業紹介を実施。
・ケースワーカーと就職支援ナビゲーターが毎月支援方針を共有。

事業の成果（令和3年度実績）
利用者数\t1,2{number}0人
就職者数\t2{number}8人

関係機関の声
【{city}福祉課】
窓口が同じ場所にあるため、その日のうちに職業相談へ案内できています。

ページの先頭へ
"""

_WEB = [("ふくい就労テラス", "福井市", "福井", "2016年4月1日"),
        ("つるが仕事ひろば", "敦賀市", "敦賀", "平成三十年十月一日"),
        ("さばえワークコーナー", "鯖江市", "武生", "平成31年1月4日")]


@pytest.mark.parametrize("mark", ["◎", "◎ ", "◎　"])
def test_double_circle_headline_is_the_title(mark: str) -> None:
    text = "令和3年度 一体的実施事業の取組事例（福井県）\n\n" + "\n".join(
        _WEB_CASE.format(
            number=n + 1, name=name, city=city, office=office, date=date, mark=mark,
            title=f"{city}の窓口で、相談から就職までを一体で支える",
        )
        for n, (name, city, office, date) in enumerate(_WEB)
    )
    profiles = _profiles(text)
    assert [p.title for p in profiles] == [
        f"{city}の窓口で、相談から就職までを一体で支える" for _, city, _, _ in _WEB
    ]
    for profile in profiles:
        assert all(not item.startswith(("◎", profile.title or "-")) for item in profile.initiatives)


def test_double_circle_sentence_is_no_title() -> None:
    # negative: a sentence behind ◎ (closed by 。) is no headline
    text = "令和3年度 一体的実施事業の取組事例（福井県）\n\n" + "\n".join(
        _WEB_CASE.format(
            number=n + 1, name=name, city=city, office=office, date=date, mark="◎",
            title=f"{city}では、相談から就職までを一体で支えています。",
        )
        for n, (name, city, office, date) in enumerate(_WEB)
    )
    for profile in _profiles(text):
        sentence = f"{profile.municipality}では、相談から就職までを一体で支えています。"
        assert profile.title != sentence


_PAGE = """\f
{name}（一体的実施施設）
{city}　　　岐阜労働局　　　ハローワーク{office}
{label}{date}

{mark}{title}

■実施内容
●{city}の福祉課と同じフロアに相談窓口を設け、その場で職員に引き継ぐ。
●月1回の連絡会議で、支援対象者ごとの進捗を共有。

■事業の成果
                    令和元年度目標      令和元年度実績
  支援対象者数      20{n}人以上           23{n}人
  就職者数          12{n}人以上           14{n}人

■関係機関の声
○{city}福祉課
　窓口が隣り合っていることで、その日のうちに案内できるようになった。

－ {n} －
"""

_PAGES = [("ぎふ就労サポート", "岐阜市", "岐阜", "平成27年10月1日"),
          ("おおがき仕事テラス", "大垣市", "大垣", "平成二十六年七月一日"),
          ("たじみ就労コーナー", "多治見市", "多治見", "2017年2月1日")]


@pytest.mark.parametrize(
    ("mark", "label"), [("◎", "［事業開始］"), ("◆", "開始日　"), ("◎ ", "事業開始：")]
)
def test_marked_headline_under_a_page_s_header_block(mark: str, label: str) -> None:
    text = "令和元年度\n一体的実施事業　好事例集\n岐阜労働局\n" + "".join(
        _PAGE.format(
            name=name, city=city, office=office, date=date, label=label, mark=mark, n=n + 1,
            title=f"{city}の窓口で、来所から定着まで切れ目なく支援",
        )
        for n, (name, city, office, date) in enumerate(_PAGES)
    )
    profiles = _profiles(text)
    assert [p.title for p in profiles] == [
        f"{city}の窓口で、来所から定着まで切れ目なく支援" for _, city, _, _ in _PAGES
    ]
    assert [p.facility_name for p in profiles] == [name for name, _, _, _ in _PAGES]
    for profile in profiles:
        assert len(profile.initiatives) == 2
        assert profile.title not in profile.initiatives


def test_unmarked_item_under_a_page_s_header_block_stays_an_item() -> None:
    # negative: a list line behind a list mark that marks no headline (``●``) stays an item
    text = "令和元年度\n一体的実施事業　好事例集\n岐阜労働局\n" + "".join(
        _PAGE.format(
            name=name, city=city, office=office, date=date, label="開始日　", mark="●", n=n + 1,
            title=f"{city}の窓口で、来所から定着まで切れ目なく支援",
        )
        for n, (name, city, office, date) in enumerate(_PAGES)
    )
    for profile in _profiles(text):
        assert profile.title != f"{profile.municipality}の窓口で、来所から定着まで切れ目なく支援"


@pytest.mark.parametrize("sep", [" | ", "／", " / "])
def test_bare_name_over_its_place_row_and_a_marked_headline(sep: str) -> None:
    text = "令和3年度 一体的実施事業の取組事例（福井県）\n\n" + "\n".join(
        f"事例{n + 1}\n{name}\n{city}{sep}福井労働局{sep}ハローワーク{office}\n開始日　{date}\n\n"
        f"◎{city}の窓口で、相談から就職までを一体で支える\n\n実施内容\n"
        f"・{city}役所内に相談窓口を設け、職業相談を実施。\n\n"
        "関係機関の声\n【ハローワーク" + office + "】\n連携により支援の幅が広がりました。\n"
        for n, (name, city, office, date) in enumerate(_WEB)
    )
    profiles = _profiles(text)
    assert [p.facility_name for p in profiles] == [name for name, _, _, _ in _WEB]
    assert [p.title for p in profiles] == [
        f"{city}の窓口で、相談から就職までを一体で支える" for _, city, _, _ in _WEB
    ]
