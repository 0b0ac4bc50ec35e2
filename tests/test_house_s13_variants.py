"""The seed's genre in other house styles (branch ``house-s13``, decisions 2706-2720).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a group heading on a line of its own among results lines — in brackets of any kind, after
  a heading number or a mark, before a lone colon — names the group of the lines under it;
  a heading, a fiscal year, a speaker or a note in brackets names none (2706-2707);
* a numbered contents list without page numbers names the report's parts: its entry
  repeated after the last case ends that case (2708).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei


def _case(results: str, *, city: str = "長崎市", pref: str = "長崎県",
          office: str = "ハローワーク長崎") -> str:
    return f"""■事例1　{pref}{city} × {office}
所管労働局：{pref[:-1]}労働局
施設：{city}就労支援ルーム【一体的実施施設】
事業開始：平成29年4月3日

生活と仕事の相談を一つの窓口で

▽どんな取組？
　- 福祉事務所の隣に常設窓口を設置し、職業相談を実施

▽数字で見る令和3年度
{results}

▽そのほかの成果
　- 合同面接会を年3回開催

▽関係者のひとこと
［{city}］
窓口が近くなり、相談につなげやすくなりました。
"""


def _metrics(text: str) -> list[tuple[str, str | None, Decimal | None]]:
    profile = jirei.parse_text(text).profiles[0]
    return [
        (m.label, m.group, m.actual.value if m.actual else None) for m in profile.metrics
    ]


_GROUPED = [
    # angle brackets over colon-word lines parted by a slash (the newsletter's own form)
    ("〈生活保護受給者等〉\n◆支援対象者数：目標 180人 ／ 実績 191人\n"
     "◆就職者数：目標 100人 ／ 実績 112人\n〈障害者〉\n◆就職者数：目標 30人 ／ 実績 33人"),
    # lenticular brackets over key-value lines with the target in brackets
    ("【生活困窮者】\n・支援対象者数：191人（目標180人）\n・就職者数：112人（目標100人）\n"
     "【障害者】\n・就職者数：33人（目標30人）"),
    # a numbered caption over in-cell word lines
    ("(1)生活困窮者\n支援対象者数　目標：180人　実績：191人\n就職者数　目標：100人　実績：112人\n"
     "(2)障害者\n就職者数　目標：30人　実績：33人"),
    # a name before a lone colon, a blank line between the groups
    ("生活困窮者：\n◇支援対象者数：目標 180人 / 実績 191人\n◇就職者数：目標 100人 / 実績 112人\n\n"
     "障害者：\n◇就職者数：目標 30人 / 実績 33人"),
]


@pytest.mark.parametrize("results", _GROUPED)
def test_group_heading_names_the_lines_under_it(results: str) -> None:
    got = _metrics(_case(results))
    groups = [group for _, group, _ in got]
    assert len(got) == 3, got
    assert groups[0] == groups[1] != groups[2], got
    assert groups[0] in ("生活保護受給者等", "生活困窮者"), got
    assert groups[2] == "障害者"
    assert [value for *_, value in got] == [Decimal(191), Decimal(112), Decimal(33)]


def test_group_heading_with_a_total_line_after_a_blank() -> None:
    """A group reaches the lines under its heading up to a blank line after them."""
    results = ("《ひとり親》\n◆就職者数：目標 40人 ／ 実績 45人\n\n◆利用者数：実績 1,200人")
    got = _metrics(_case(results, city="佐世保市", office="ハローワーク佐世保"))
    assert ("就職者数", "ひとり親", Decimal(45)) in got
    assert ("利用者数", None, Decimal(1200)) in got


_NOT_GROUPS = [
    "〈令和3年度〉",  # a fiscal year
    "〈窓口全体〉",  # no people
    "［事務局(ハローワーク長崎)］",  # a speaker with a bracket
    "【数字で見る成果】",  # a section's heading
    "（単位：人）",  # a unit caption
]


@pytest.mark.parametrize("line", _NOT_GROUPS)
def test_no_group_from_other_lines(line: str) -> None:
    results = (
        f"{line}\n◆支援対象者数：目標 180人 ／ 実績 191人\n◆就職者数：目標 100人 ／ 実績 112人"
    )
    got = _metrics(_case(results))
    assert [group for _, group, _ in got] == [None, None], got


def _newsletter(contents: list[str], tail: str) -> str:
    listed = "\n".join(f"　{entry}" for entry in contents)
    return f"""地域就労通信　第12号

■本号の目次
{listed}

━━━━━━━━━━━━
{contents[0]}
━━━━━━━━━━━━

{_case("◆就職者数：目標 100人 ／ 実績 112人")}
━━━━━━━━━━━━
{tail}
━━━━━━━━━━━━
回答数 88件、「参考になった」 81.8%
ご協力ありがとうございました。

━━━━━━━━━━━━
{contents[2]}
━━━━━━━━━━━━
・次号は10月配信予定です。
・配信停止は下記URLから。
"""


@pytest.mark.parametrize(
    "contents",
    [
        ["1. 事例紹介", "2. 読者アンケート結果", "3. 事務局から"],
        ["(1)事例紹介", "(2)読者アンケート結果", "(3)事務局から"],
        ["1 事例紹介", "2 読者アンケート結果", "3 事務局から"],
        ["①事例紹介", "②読者アンケート結果", "③事務局から"],
    ],
)
def test_numbered_contents_entry_ends_the_last_case(contents: list[str]) -> None:
    profile = jirei.parse_text(_newsletter(contents, contents[1])).profiles[-1]
    texts = list(profile.other_results)
    assert texts == ["合同面接会を年3回開催"], texts


def test_unnumbered_list_is_no_contents() -> None:
    """Lines without consecutive numbers are no contents list: the tail is not cut by it."""
    contents = ["1. 事例紹介", "1. 読者アンケート結果", "1. 事務局から"]
    profile = jirei.parse_text(_newsletter(contents, "1. 読者アンケート結果")).profiles[-1]
    texts = list(profile.other_results)
    assert "合同面接会を年3回開催" in texts
    assert any("回答数" in text for text in texts), texts


def _marked_headline(mark: str, title: str) -> str:
    return f"""事例１
所 在 地 ： 兵庫県 姫路市
労 働 局 ： 兵庫労働局
ハローワーク ： ハローワーク姫路
施 設 名 ： ひめじ就労サポート（一体的実施施設）
開 設 日 ： 令和元年７月１日
{mark}{title}
（１）取組内容
① 市役所内に常設窓口を設け、職業相談を実施。
（２）令和２年度 目標と実績
項目 目標 実績 達成率
就職者数 １００人 １１２人 １１２．０％
（３）関係機関の声
○ハローワーク姫路
市と一体となった支援ができている。
"""


@pytest.mark.parametrize(
    ("mark", "title"),
    [
        ("▶ ", "市役所の窓口から、その日のうちに職業相談へ"),
        ("▷", "福祉と就労を一つの窓口で"),
        ("► ", "「待たせない」相談で就職者数を伸ばす"),
        ("➢ ", "ケース会議を毎週開き、顔の見える連携を"),
    ],
)
def test_arrow_marked_headline_is_the_title(mark: str, title: str) -> None:
    """A headline after an arrow mark (2709): the title without the mark."""
    profile = jirei.parse_text(_marked_headline(mark, title)).profiles[0]
    assert profile.title == title


def test_arrow_marked_speaker_stays_a_comment() -> None:
    """An arrow-marked speaker heading under the comments is no headline."""
    text = _marked_headline("▶ ", "市役所の窓口から職業相談へ").replace(
        "○ハローワーク姫路", "▶ハローワーク姫路"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.title == "市役所の窓口から職業相談へ"
    assert [c.speaker for c in profile.comments] == ["ハローワーク姫路"]
