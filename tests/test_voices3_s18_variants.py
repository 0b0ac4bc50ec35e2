"""Variants of the layouts read in round voices3-s18 (decision 3621): a talk's attendee or
interviewer line under a case names the places of its people and opens no case."""

from __future__ import annotations

import pytest

import jirei
from jirei.attendees import names_people


def _case(number: str, place: str, bureau: str, office: str, facility: str, tail: str) -> str:
    return (
        f"{number}　【{place}】【{bureau}・{office}】\n"
        f"{facility}（一体的実施施設）　令和元年７月１日事業開始\n\n"
        f"{facility}で若者と生活困窮者を同時に支える\n\n"
        "【取組内容】\n・市役所の窓口で職業相談と生活相談を受け付け\n\n"
        "【事業実績（令和３年度）】\n支援対象者数\t２４８人\n就職者数\t１５６人\n\n"
        f"{tail}\n\n"
    )


def _talk(people: str) -> str:
    return (
        "■座談会から\n"
        f"{people}\n\n"
        "――役割分担はどのようにしていますか。\n"
        "市は生活面の課題を整理し、仕事探しはハローワークにお任せしています。\n\n"
        "＜労働局コメント＞\n顔の見える関係が実績につながっている。"
    )


@pytest.mark.parametrize(
    "people",
    [
        "出席者：高松市福祉事務所長 山田 太郎／ハローワーク高松 統括職業指導官 佐藤 花子\n"
        "（聞き手：編集部）",
        "【参加者】今治市生活福祉課長　村上一郎、ハローワーク今治　所長　越智次郎",
        # (the next two opened no case before either — no ``:`` field — kept as the family)
        "（出席者）松山市保護課長 大野三郎・ハローワーク松山 就職支援ナビゲーター 井上",
        "■座談会出席者　高知市福祉管理課 西村四郎 ／ ハローワーク高知 統括 岡田五郎",
        "司会：徳島市福祉事務所長 森六郎（ハローワーク徳島 所長 同席）",
        "出席者(敬称略):鳴門市社会福祉課 中川七郎/ハローワーク鳴門 上席 原八郎",
    ],
)
def test_attendee_line_opens_no_case(people):
    """Under a case's talk, a line listing its people by place opens no profile: the next
    case keeps its own header and body (3621)."""
    text = (
        _case("１", "香川県高松市", "香川労働局", "ハローワーク高松", "たかまつ就労サポート",
              _talk(people))
        + _case("２", "山形県酒田市", "山形労働局", "ハローワーク酒田", "ワークサポートさかた",
                "＜酒田市コメント＞\n一つの窓口で取り組めることがこの施設の強みである。")
    )
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 2
    second = profiles[1]
    assert second.municipality == "酒田市"
    assert second.facility_name == "ワークサポートさかた"
    assert second.start_date is not None and second.start_date.isoformat() == "2019-07-01"


@pytest.mark.parametrize(
    "line",
    [
        "出席者:八戸市福祉事務所長 工藤 勝/ハローワーク八戸 統括職業指導官 山内 浩二",
        "(聞き手:編集部)",
        "【参加者】高松市福祉課長 山田",
        "■出席者 今治市・ハローワーク今治",
        "出席者(敬称略):鳴門市社会福祉課 中川",
        "コーディネーター:徳島大学 教授",
    ],
)
def test_names_people(line):
    assert names_people(line)


@pytest.mark.parametrize(
    "line",
    [
        "参加者数:120人",  # a figure, not a list of people
        "出席者",  # the heading of a list alone (decision 1230 reads it)
        "実施機関:高松市・ハローワーク高松",  # a header field naming the case's place
        "進行管理表を作成し市と共有",  # a word starting with 進行
        "香川県高松市 香川労働局 ハローワーク高松",
    ],
)
def test_other_lines_name_no_people(line):
    assert not names_people(line)
