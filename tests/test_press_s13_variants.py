"""Other publishers in the genre (branch ``press-s13``, decisions 2691-2705).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a field label naming the facility and its kind in one (``施設名・種別``, ``名称／形態``,
  ``窓口名及び種類``), read as the facility label; a compound with no kind word is not (2691).
"""

from __future__ import annotations

import pytest

import jirei
from jirei.rules import load_default_rules as default_rules


def _sheet(label: str, facility: str, place: str, bureau: str, office: str) -> str:
    return f"""参考資料２
事例１　{place}
相談の当日に面談を始める取組
{label} {facility}（一体的実施施設）
所管労働局 {bureau}
連携安定所 {office}
事業開始 令和二年四月一日
（１）取組内容
・市の窓口で受け付けた方をその日のうちにハローワークの相談につなぐ
（２）令和４年度の事業目標と実績
項目 事業目標 実績 達成率
就職者数 １２０人 １３０人 １０８．３％
"""


@pytest.mark.parametrize(
    ("label", "facility", "place", "bureau", "office"),
    [
        (
            "施設名・種別",
            "みやざき就労ステーション",
            "宮崎県宮崎市",
            "宮崎労働局",
            "ハローワーク宮崎",
        ),
        ("名称／形態", "おおいたワークプラザ", "大分県大分市", "大分労働局", "ハローワーク大分"),
        ("窓口名及び種類", "さがしごとコーナー", "佐賀県佐賀市", "佐賀労働局", "ハローワーク佐賀"),
        ("施設名称・区分", "とくしま就労デスク", "徳島県徳島市", "徳島労働局", "ハローワーク徳島"),
    ],
)
def test_compound_facility_label_reads_name_and_kind(
    label: str, facility: str, place: str, bureau: str, office: str
) -> None:
    profile = jirei.parse_text(_sheet(label, facility, place, bureau, office)).profiles[0]
    assert profile.facility_name == facility
    assert profile.facility_type == "一体的実施施設"


@pytest.mark.parametrize("label", ["施設名・種別", "名称/形態", "窓口名及び種類", "施設と区分"])
def test_compound_labels_are_facility_labels(label: str) -> None:
    assert default_rules().field_labels.get(label) == "facility"


@pytest.mark.parametrize(
    "label", ["施設名・所在地", "名称/電話", "施設名(形態)・所在地", "種別・施設名"]
)
def test_compound_without_kind_word_is_no_facility_label(label: str) -> None:
    assert default_rules().field_labels.get(label) != "facility"


# -- a fact line over the first section is no headline (2692-2693) --------------------------


def _notice(facts: str, catch: str | None) -> str:
    catch_line = f"\n{catch}\n" if catch else ""
    return f"""報道発表資料

１　概要
　岩手労働局は、県内の市と一体的実施事業を行っています。

（別紙）　施設ごとの取組状況

【施設１】
岩手県盛岡市　×　岩手労働局・ハローワーク盛岡
もりおか就労支援センター（一体的実施施設）　令和元年１０月１日事業開始
{catch_line}
{facts}

〔主な取組〕
○市の窓口から就職支援ナビゲーターへ同行して紹介

〔令和２年度の目標と実績〕
\t目標\t実績\t達成率
就職者数\t１００人\t１１０人\t１１０．０％

【施設２】
岩手県花巻市　×　岩手労働局・ハローワーク花巻
はなまき就労支援コーナー（一体的実施施設）　令和２年４月１日事業開始

ひとり親の就職を、子育て支援とあわせて後押し

〔主な取組〕
○児童扶養手当の現況届の機会に就労相談を案内

〔令和２年度の目標と実績〕
\t目標\t実績\t達成率
就職者数\t５０人\t５５人\t１１０．０％
"""


@pytest.mark.parametrize(
    "facts",
    [
        "〔対象者〕生活保護受給者、生活困窮者",
        "対象者：生活保護受給者\n受付時間：平日９時～１７時",
        "＜支援の対象＞　児童扶養手当受給者",
        "■利用できる方：おおむね３９歳以下の方",
    ],
)
def test_catch_phrase_above_fact_lines_is_the_title(facts: str) -> None:
    catch = "市役所の中で、相談から就職までを一緒に支える"
    profile = jirei.parse_text(_notice(facts, catch)).profiles[0]
    assert profile.title == catch
    assert profile.facility_name == "もりおか就労支援センター"


@pytest.mark.parametrize(
    "facts",
    ["〔対象者〕生活保護受給者、生活困窮者", "対象者：生活保護受給者\n受付時間：平日９時～１７時"],
)
def test_fact_lines_alone_under_the_heading_leave_no_title(facts: str) -> None:
    profile = jirei.parse_text(_notice(facts, None)).profiles[0]
    assert profile.title is None or ":" not in profile.title


def test_title_label_line_stays_the_title() -> None:
    text = _notice("テーマ：市役所の中で、相談から就職までを一緒に支える", None)
    assert (
        jirei.parse_text(text).profiles[0].title == "市役所の中で、相談から就職までを一緒に支える"
    )


def test_plain_catch_phrase_is_untouched() -> None:
    catch = "就職後の定着まで、ナビゲーターが寄り添う"
    text = _notice(catch, None)
    assert jirei.parse_text(text).profiles[0].title == catch


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("対象者:生活保護受給者", True),
        ("受付時間:平日9時~17時", True),
        ("事業開始 令和元年7月1日", True),
        ("テーマ:就職までを一緒に", False),
        ("市役所の中で、相談から就職まで", False),
        ("相談から就職まで、ワンストップで。ひとりひとりに", False),
    ],
)
def test_fact_line_shape(line: str, fact: bool) -> None:
    from jirei.fieldtitle import is_fact_line

    assert is_fact_line(line, default_rules()) is fact


def test_sheet_without_catch_phrase_has_no_title_from_its_facts() -> None:
    text = """参考資料２
事例２　秋田県秋田市
施設名・種別 あきた就労サポート（一体的実施施設）
所管労働局 秋田労働局
連携安定所 ハローワーク秋田
事業開始 令和三年四月一日
主な対象者 児童扶養手当受給者
（１）取組内容
・市の窓口とハローワークが同じ部屋で相談を実施
"""
    profile = jirei.parse_text(text).profiles[0]
    assert profile.title is None
    assert profile.facility_name == "あきた就労サポート"
