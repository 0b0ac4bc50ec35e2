"""Variants of the conversion layouts of branch convert2-s17 (decisions 3431–3436): a
forwarded mail's quoted history read as the message passed on (any client's subject word,
any forward mark, any opening of the history, any quote depth), a reply's history still
kept; a scan's dates, facility kinds and gapped table rules read through their damage."""

from __future__ import annotations

import pytest

from jirei.mailquotes import untangle_mail_quotes
from jirei.ocrrepair import repair_figures
from jirei.ocrtables import untangle_ocr_tables
from jirei.pipeline import parse_text

CASE = """■事例１
【愛知県豊橋市】【愛知労働局・ハローワーク豊橋】
とよはし就労サポート（一体的実施施設） 令和元年７月１日事業開始

市役所の窓口で相談から就職まで

【取組内容】
・福祉課の窓口で就労希望を確認した方をナビゲーターにつなぐ。
・毎月のケース会議で支援方針を共有。

【事業目標と取組状況】
              R4年度目標    R4年度実績    達成率
支援対象者数  200人以上     230人         115.0%
就職者数      120人以上     132人         110.0%

＜豊橋市福祉課コメント＞
窓口の隣で相談できるので、支援が途切れなくなった。

＜愛知労働局コメント＞
市と一緒に支援することで就職につながった。"""


def _quote(text: str, mark: str) -> str:
    return "\n".join(f"{mark}{line}" if line else mark.rstrip() for line in text.split("\n"))


def _mail(subject: str, opening: str, mark: str = "> ", case: str = CASE) -> str:
    """A mail under ``subject`` quoting ``case`` after the history ``opening``."""
    return (
        "From: 山田 (名古屋労働局)\nTo: ブロック担当者\n"
        f"{subject}\n\n各位\n\n好事例を転送いたします。\n\n以上、よろしくお願いいたします。\n\n"
        f"{opening}\n" + _quote("From: 佐藤\nSent: Friday\n\n" + case, mark) + "\n"
    )


def _cities(text: str) -> list[str | None]:
    return [p.municipality for p in parse_text(text).profiles]


@pytest.mark.parametrize(
    "subject",
    [
        "Subject: Fw: 【情報提供】好事例の共有について",
        "Subject: FW: 好事例",
        "件名: Fwd: 好事例の共有",
        "件名：転送：好事例の送付について",
        "Subject: [Fwd] 好事例",
        "件名: Re: Fw: 好事例の共有",
    ],
)
@pytest.mark.parametrize(
    "opening",
    ["-----Original Message-----", "-------- 元のメッセージ --------",
     "2022年3月11日 佐藤 wrote:"],
)
def test_a_forwarded_history_is_read(subject: str, opening: str) -> None:
    profiles = parse_text(_mail(subject, opening)).profiles
    assert [p.municipality for p in profiles] == ["豊橋市"]
    profile = profiles[0]
    assert len(profile.initiatives) == 2
    assert [m.actual.value for m in profile.metrics if m.actual] == [230, 132]
    assert [c.speaker for c in profile.comments] == ["豊橋市福祉課", "愛知労働局"]


@pytest.mark.parametrize("mark", ["> ", ">> ", "> > ", "＞ "])
def test_a_forwarded_history_at_any_depth(mark: str) -> None:
    text = _mail("Subject: Fw: 好事例", "-----Original Message-----", mark)
    assert _cities(text) == ["豊橋市"]


def test_the_forwarded_marks_are_blanked_in_place() -> None:
    text = _mail("Subject: Fw: 好事例", "-----Original Message-----")
    out = untangle_mail_quotes(text)
    assert len(out) == len(text)
    assert "\n" + " " * 2 + "【愛知県豊橋市】" in out


@pytest.mark.parametrize(
    "subject",
    [
        "Subject: Re: 好事例の提出について",
        "件名: 好事例の転送について",  # 転送 inside the subject is no forward mark
        "件名: RE: 【依頼】好事例",
    ],
)
def test_a_replys_history_still_keeps_its_marks(subject: str) -> None:
    text = _mail(subject, "-----Original Message-----")
    assert untangle_mail_quotes(text) == text
    assert "豊橋市" not in _cities(text)


def test_a_forwarded_request_reads_no_case() -> None:
    """A forward passing on a request (its template's placeholders) gives no profile."""
    request = (
        "From: 本省担当\nSent: 2020年4月24日\n\n各労働局 ご担当者 様\n\n"
        "好事例を各局1～2件程度ご提出ください。\n"
        "（タイトル）／（概要）／（取組のポイント）／（実績）／（関係者のコメント）\n\n"
        "（例）○○市　×　ハローワーク○○\n"
        "　支援対象者数　目標○○人　→　実績○○人（達成率○○.○％）\n"
    )
    text = (
        "Subject: Fw: 【依頼】好事例の提出について\n\n本省からの依頼を転送します。\n\n"
        "-----Original Message-----\n" + _quote(request, "> ") + "\n"
    )
    assert list(parse_text(text).profiles) == []


def test_a_history_with_no_subject_over_it_keeps_its_marks() -> None:
    text = "了解しました。\n\n-----Original Message-----\n" + _quote(CASE, "> ") + "\n"
    assert untangle_mail_quotes(text) == text


def test_the_nearest_subject_decides() -> None:
    """A reply quoting a forward: the reply's own subject is the nearest over its history."""
    forwarded = _mail("Subject: Fw: 好事例", "-----Original Message-----")
    text = (
        "Subject: Re: 確認しました\n\n承知しました。\n\n-----Original Message-----\n"
        + _quote(forwarded, "> ") + "\n"
    )
    assert untangle_mail_quotes(text) == text


# --- a scan's date parts read as Latin look-alikes (decision 3432) ------------------------

@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("平成25年1O月1日事業開始", "平成25年10月1日事業開始"),
        ("平成27年4月l日事業開始", "平成27年4月1日事業開始"),
        ("令和2年lO月l5日開設", "令和2年10月15日開設"),
        ("2013年I月7日", "2013年1月7日"),
        ("平成3O年度", "平成30年度"),
        ("令和元年 7月 l日", "令和元年 7月 1日"),
    ],
)
def test_a_dates_look_alikes_are_its_digits(damaged: str, repaired: str) -> None:
    out = repair_figures(damaged)
    assert out == repaired and len(out) == len(damaged)


@pytest.mark.parametrize(
    "text",
    [
        "Excel日報",  # a Latin word before a date part
        "月l日",  # no number before the date part
        "Oll年のこと",
        "Vol月",
    ],
)
def test_no_date_no_repair(text: str) -> None:
    assert repair_figures(text) == text


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("【山形県山形市】【山形労働局・ハローワーク山形】ワークやまがた（一体的実施施設）\n"
         "平成28年1O月3日事業開始", "2016-10-03"),
        ("【秋田県秋田市】【秋田労働局・ハローワーク秋田】あきた就労コーナー（常設窓口）\n"
         "平成29年6月l日開設", "2017-06-01"),
    ],
)
def test_a_damaged_start_date_no_longer_loses_the_header(header: str, date: str) -> None:
    text = header + "\n\n市役所の窓口で就職まで\n\n【取組内容】\n・ケース会議を毎月開催。\n"
    profile = parse_text(text).profiles[0]
    assert profile.start_date is not None and profile.start_date.isoformat() == date
    assert profile.labour_bureau is not None and profile.facility_type is not None


# --- a header's facility kind read in its repaired form (decision 3433) -------------------


@pytest.mark.parametrize(
    ("bracket", "kind"),
    [
        (
            "（生活保護受給者等就労自立促進事業常設窓ロ）",
            "生活保護受給者等就労自立促進事業常設窓口",
        ),
        ("（常設窓ロ）", "常設窓口"),
        ("〔巡回相談窓ロ〕", "巡回相談窓口"),
    ],
)
def test_a_damaged_kind_bracket_is_the_kind(bracket: str, kind: str) -> None:
    text = (
        f"【福島県郡山市】【福島労働局・ハローワーク郡山】こおりやま就労コーナー{bracket}\n"
        "平成27年4月1日事業開始\n\n福祉事務所内の窓口で\n\n【取組内容】\n・同行支援を実施。\n"
    )
    profile = parse_text(text).profiles[0]
    assert profile.facility_type == kind
    assert profile.facility_name == "こおりやま就労コーナー"


def test_a_katakana_ro_in_no_kind_word_stays() -> None:
    text = (
        "【福島県郡山市】【福島労働局・ハローワーク郡山】こおりやまロビー窓口（一体的実施施設）\n"
        "平成27年4月1日事業開始\n\n福祉事務所内の窓口で\n\n【取組内容】\n・同行支援を実施。\n"
    )
    profile = parse_text(text).profiles[0]
    assert profile.facility_name == "こおりやまロビー窓口"
    assert profile.facility_type == "一体的実施施設"


# --- a scan's rule lines with gaps where crossings stood (decision 3434) ------------------

_TABLE = """【事業目標と取組状況】
|               |   30年度目標      |   30年度実績     |
|---------------+-----------------+----------------|
| 利用者数    I   100人以上     |   120人       |
{rule}
| 紹介件数    |   1,600件以上     |   1,571件       l
| 就職者数    |   520人以上       |   547人         |
|_______________|_________________|________________|
"""


@pytest.mark.parametrize(
    "rule",
    [
        "|---------------  ----------------- ----------------",
        "|--------------- ----------------- ----------------|",
        "l_______________  _________________  ________________",
        "---------------- ----------------- -----------------",
    ],
)
def test_a_rule_with_gaps_is_a_separator(rule: str) -> None:
    text = _TABLE.format(rule=rule)
    out = untangle_ocr_tables(text)
    assert len(out) == len(text)
    line = out.split("\n")[4]
    assert " " not in line.strip() and line.count("|") >= 2


@pytest.mark.parametrize(
    "rule",
    [
        "|---------------  ----------------- ----------------",
        "I_______________  _________________  ________________",
    ],
)
def test_the_rows_under_a_gapped_rule_have_no_group(rule: str) -> None:
    case = (
        "【岩手県盛岡市】【岩手労働局・ハローワーク盛岡】もりおか就労プラザ（一体的実施施設）\n"
        "平成26年2月3日事業開始\n\n窓口の隣で\n\n【取組内容】\n・セミナーを実施。\n\n"
    )
    profile = parse_text(case + _TABLE.format(rule=rule)).profiles[0]
    assert [m.group for m in profile.metrics] == [None, None, None]
    assert [m.actual.value for m in profile.metrics if m.actual] == [120, 1571, 547]


def test_a_dash_line_outside_a_table_is_untouched() -> None:
    text = "本文です。\n----  ----  ----\n次の段落。\n"
    assert untangle_ocr_tables(text) == text
