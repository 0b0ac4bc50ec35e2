"""Synthetic variants of the comment and initiative layouts read by branch sections-s13
(``corpus/README.md`` decisions 2651–2670): other places, figures, spacing and marks than the
development documents, and negative variants that must not trigger the rules."""

from __future__ import annotations

import pytest

import jirei
from jirei.commentforms import read_comment_section
from jirei.headwords import head_kind
from jirei.lines import Line
from jirei.sections import classifier

_HEADER = (
    "【山口県はぎ市】【山口労働局・ハローワークはぎ】はぎ就労コーナー（一体的実施施設）"
    "令和2年4月1日事業開始\n\n港の窓口で相談を始めました\n\n"
)


def _lines(*texts: str) -> list[Line]:
    out, at = [], 0
    for text in texts:
        out.append(Line(text, at))
        at += len(text) + 1
    return out


def _said(*texts: str) -> list[tuple[str | None, str, str]]:
    found = read_comment_section(_lines(*texts))
    return [(c.speaker, c.role, c.text) for c in found.comments]


# ------------------------------------------------ 2651: a list mark before a comment form


@pytest.mark.parametrize(
    "lines",
    [
        (
            "- **はぎ市福祉課**:窓口の相談が増えた。",
            "- **ハローワークはぎ**:求人の提案がしやすい。",
        ),
        ("* はぎ市福祉課:窓口の相談が増えた。", "* ハローワークはぎ:求人の提案がしやすい。"),
        (
            "+ **はぎ市福祉課** 窓口の相談が増えた。",
            "+ **ハローワークはぎ** 求人の提案がしやすい。",
        ),
        ("1. はぎ市福祉課:窓口の相談が増えた。", "2. ハローワークはぎ:求人の提案がしやすい。"),
        ("• ○はぎ市福祉課:窓口の相談が増えた。", "• ○ハローワークはぎ:求人の提案がしやすい。"),
    ],
)
def test_listed_comment_forms(lines: tuple[str, str]) -> None:
    assert _said(*lines) == [
        ("はぎ市福祉課", "municipality", "窓口の相談が増えた。"),
        ("ハローワークはぎ", "hello_work", "求人の提案がしやすい。"),
    ]


def test_listed_comment_offsets_point_at_the_original() -> None:
    text = "- **はぎ市福祉課**:窓口の相談が増えた。"
    (comment,) = read_comment_section(_lines(text)).comments
    assert text[comment.speaker_start : comment.speaker_end] == "はぎ市福祉課"
    assert text[comment.start : comment.end] == "窓口の相談が増えた。"


def test_listed_comment_in_a_whole_case() -> None:
    body = (
        "#### 関係者コメント\n\n"
        "- **はぎ市生活福祉課**：共通の連絡票で誘導が早くなった。\n"
        "- **山口労働局職業安定課**：毎朝の打合せで情報がそろう。\n"
    )
    case = jirei.parse_text(_HEADER + body).profiles[0]
    assert [(c.speaker, c.role) for c in case.comments] == [
        ("はぎ市生活福祉課", "municipality"),
        ("山口労働局職業安定課", "labour_bureau"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("- 窓口の相談が増えた。", "- 求人の提案がしやすい。"),  # list items naming no one
        ("・窓口の相談が増えた。", "* 求人の提案がしやすい。"),
    ],
)
def test_listed_lines_without_a_speaker_stay_unread(lines: tuple[str, ...]) -> None:
    assert _said(*lines) == []


# ---------------------- 2652/2653: a shared comments slide keyed by the cases it names

_SLIDES = """事例①　萩市
【山口県萩市】【山口労働局・ハローワーク萩】
はぎジョブスポット（一体的実施施設）
令和2年4月1日 事業開始
港の窓口で相談の敷居を下げる
● 取組内容
・港の待合室で出張相談を実施
・漁協と合同の相談会を開催

4


事例②　長門市
【山口県長門市】【山口労働局・ハローワーク長門】
ながとワークステーション（一体的実施施設）
令和元年7月1日 事業開始
温泉街の求人を福祉の窓口へ
● 取組内容
・旅館組合と組んだ職場見学を実施
・週1回のケース会議

5


事例③　防府市
【山口県防府市】【山口労働局・ハローワーク防府】
ほうふ就労サポートコーナー（一体的実施施設）
令和3年4月1日 事業開始
障害者と生活保護受給者を一つのチームで
● 取組内容
・専任の相談員を配置

6


令和3年度 事業目標と実績（萩市・長門市）
■萩市（はぎジョブスポット）
\t目標\t実績\t達成率
支援対象者数\t120人以上\t131人\t109.2%
就職者数\t70人以上\t75人\t107.1%
その他の実績
・漁協での相談会　延べ12回
■長門市（ながとワークステーション）
\t目標\t実績\t達成率
支援対象者数\t60人以上\t66人\t110.0%
就職者数\t35人以上\t38人\t108.6%
その他の実績
・旅館での職場見学　9回

7


令和3年度 事業目標と実績（防府市）
\t目標\t実績\t達成率
支援対象者数\t90人以上\t95人\t105.6%
就職者数\t50人以上\t52人\t104.0%

8


関係者の声
{open}萩市福祉課{close}
港で相談できるので、漁業者の家族も来やすくなった。
{open}ハローワーク萩{close}
漁協と合同の相談会で求人の幅が広がった。
{open}長門市{close}
旅館組合との連携で職場見学の受入れが増えた。
{open}山口労働局{close}
温泉街の取組を県内にも広げたい。
{open}防府市{close}
障害者の支援を加えたことで連携の幅が広がった。
{open}ハローワーク防府{close}
職場実習を経た就職は定着率が高い。

9
"""


@pytest.mark.parametrize("marks", [("＜", "＞"), ("〈", "〉"), ("《", "》"), ("<", ">")])
def test_shared_comments_slide_goes_to_the_cases_named(marks: tuple[str, str]) -> None:
    doc = jirei.parse_text(_SLIDES.format(open=marks[0], close=marks[1]))
    speakers = [[c.speaker for c in p.comments] for p in doc.profiles]
    assert speakers == [
        ["萩市福祉課", "ハローワーク萩"],
        ["長門市", "山口労働局"],
        ["防府市", "ハローワーク防府"],
    ]


def test_keyed_results_block_keeps_its_other_results() -> None:
    doc = jirei.parse_text(_SLIDES.format(open="＜", close="＞"))
    assert [p.other_results for p in doc.profiles] == [
        ("漁協での相談会延べ12回",),
        ("旅館での職場見学 9回",),
        (),
    ]
    assert [m.actual.value for m in doc.profiles[1].metrics] == [66, 38]


def test_keyed_group_heading_over_speaker_lines_is_no_speaker() -> None:
    """``＜長門市＞`` over bracketed speaker lines of its own groups them: no comment by it."""
    grouped = _SLIDES.format(open="＜", close="＞").replace(
        "＜長門市＞\n旅館組合との連携で職場見学の受入れが増えた。\n",
        "＜長門市＞\n【長門市観光課】\n旅館組合との連携で職場見学の受入れが増えた。\n",
    )
    doc = jirei.parse_text(grouped)
    assert "長門市" not in [c.speaker for p in doc.profiles for c in p.comments]
    assert "長門市観光課" in [c.speaker for c in doc.profiles[1].comments]


# ------------------------------------------ 2655: a polite predicate closing a head stem


@pytest.mark.parametrize(
    "line",
    [
        "＜ここを工夫しています＞",
        "■こんな取組をしました",
        "◆この点を工夫してきました",
        "【私たちの取組を実施しています】",
        "▼窓口の工夫をしております",
    ],
)
def test_predicate_heads_name_initiatives(line: str) -> None:
    assert head_kind(line) == "initiatives"


@pytest.mark.parametrize(
    "line",
    [
        "◆就職者数が増加しました",  # a result told, no stem of what was done
        "●ハローワークと連携しています",
        "市の窓口で相談を実施しています。",  # a sentence
        "■生活保護受給者の自立に向けた一体的な取組をしています",  # too much before the stem
    ],
)
def test_predicate_lines_without_a_head_stem_are_no_heads(line: str) -> None:
    assert head_kind(line) is None


def test_predicate_head_opens_an_initiatives_list() -> None:
    body = (
        "＜ここを工夫しています＞\n"
        "　・朝の打合せで来所予定を共有\n"
        "　・求人票を通勤時間で分類\n\n"
        "【関係者の声】\n○はぎ市：相談が増えた。\n"
    )
    case = jirei.parse_text(_HEADER + body).profiles[0]
    assert case.initiatives == ("朝の打合せで来所予定を共有", "求人票を通勤時間で分類")


# ----------------------------------------- 2656/2658: quotations in prose after the table


_PROSE = """【令和3年度実績】
■支援対象者数：218人（目標200人以上）
■就職者数：142人（目標130人以上）

　窓口の効果について、はぎ市生活福祉課の担当係長は「手当の手続に来た方にその場で声を掛けられるようになった」と話す。
　{speaker}は「求人の提案が具体的になり、定着支援も早めにできている」と{manner}。
"""


@pytest.mark.parametrize(
    ("speaker", "manner", "said"),
    [
        (
            "ハローワークはぎの就職支援ナビゲーター",
            "笑顔で話してくれた",
            "ハローワークはぎ就職支援ナビゲーター",
        ),
        ("山口労働局職業対策課", "語ってくれました", "山口労働局職業対策課"),
        ("ハローワークはぎの統括職業指導官", "力強く語った", "ハローワークはぎ統括職業指導官"),
    ],
)
def test_quotations_in_prose_are_comments_not_results(
    speaker: str, manner: str, said: str
) -> None:
    text = _PROSE.format(speaker=speaker, manner=manner)
    case = jirei.parse_text(_HEADER + text).profiles[0]
    assert [c.speaker for c in case.comments] == ["はぎ市生活福祉課担当係長", said]
    assert case.other_results == ()


@pytest.mark.parametrize(
    "speaker",
    ["市内の建設会社の社長", "実際に就職した利用者（30代女性）"],  # no partner (decision 2275)
)
def test_a_quotation_by_no_partner_is_no_comment_and_no_result(speaker: str) -> None:
    # (decision 2770: reported speech is no result, whoever speaks; before it, the
    # paragraph stayed an other result — no writer's gold records one so)
    text = _PROSE.format(speaker=speaker, manner="話した")
    case = jirei.parse_text(_HEADER + text).profiles[0]
    assert [c.speaker for c in case.comments] == ["はぎ市生活福祉課担当係長"]
    assert case.other_results == ()
    assert any("「求人の提案" in block.text for block in case.unclassified)


# ------------------------------------------------- 2657: a page rule with its page number


@pytest.mark.parametrize(
    "line",
    [
        "-" * 64 + " 2 / 4",
        "=" * 70 + " 3",
        "─" * 62 + " 12/20",
        "---- 2 / 4",
        "━━━━ 5",
        "7 ────────",
    ],
)
def test_page_rules_with_numbers_are_furniture(line: str) -> None:
    assert classifier().is_listed_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["就職者数 ---- 25人", "-" * 64 + " 就職者数", "2/4"],
)
def test_rules_around_words_are_no_furniture(line: str) -> None:
    assert not classifier().is_listed_furniture(line)


# ------------------------------------------------- 2659: a note apart under an item list

_VOICE = "\n【関係者の声】\n○萩市：相談が増えた。\n"


@pytest.mark.parametrize(
    "note",
    [
        "※事業目標及び実績は、巻末一覧表のNo.3を参照。",
        "（注）感染症の影響により求人が減少したため、目標を下回った。",
        "＊支援対象者数は延べ人数。",
        "注）相談件数は速報値である。",
    ],
)
def test_notes_apart_under_a_list_are_no_items(note: str) -> None:
    body = "【取組内容】\n・港の待合室で出張相談\n・漁協と合同の相談会\n\n" + note + "\n"
    case = jirei.parse_text(_HEADER + body + _VOICE).profiles[0]
    assert case.initiatives == ("港の待合室で出張相談", "漁協と合同の相談会")


@pytest.mark.parametrize(
    "body",
    [
        # ``※`` marking every item of the list: the items
        "【取組内容】\n※港の待合室で出張相談\n※漁協と合同の相談会\n",
        # a ``※`` item right under the list (no blank line): an item as before
        "【取組内容】\n・港の待合室で出張相談\n※漁協と合同の相談会\n",
    ],
)
def test_note_marks_within_a_list_stay_items(body: str) -> None:
    case = jirei.parse_text(_HEADER + body + _VOICE).profiles[0]
    assert case.initiatives == ("港の待合室で出張相談", "漁協と合同の相談会")


# ---------------------------------------------------------- 2660: a picture opens no case

_PICTURED = """## 3. 事例調査の結果

### 3.1 千葉県船橋市

| 項目 | 内容 |
|:---|:---|
| 所在地 | 千葉県船橋市 |
| 所管労働局 | 千葉労働局 |
| 連携ハローワーク | ハローワーク船橋 |
| 施設名 | ふなばし就労ナビ（一体的実施施設） |
| 事業開始 | 2014年6月2日 |

> **同じフロアで福祉と就労をつなぐ**

#### 取組内容

1. 毎朝の打合せで来所予定者の情報を共有している。
2. 応募書類の添削を予約制で実施している。

{picture}

#### 令和3年度の目標と実績

| 指標 | 目標 | 実績 |
|---|---:|---:|
| 支援対象者数 | 250人以上 | 287人 |

#### 関係者コメント

- **船橋市地域福祉課**：同じフロアで案内できるようになった。

### 3.2 埼玉県越谷市

| 項目 | 内容 |
|:---|:---|
| 所在地 | 埼玉県越谷市 |
| 所管労働局 | 埼玉労働局 |
| 連携ハローワーク | ハローワーク越谷 |
| 施設名 | こしがやワークサポート（一体的実施施設） |
| 事業開始 | 2015年1月5日 |

> **三者面談で就職率アップ**

#### 取組内容

1. 初回相談にケースワーカーが同席している。

#### 令和3年度の目標と実績

| 指標 | 目標 | 実績 |
|---|---:|---:|
| 支援対象者数 | 180人以上 | 203人 |

#### 関係者コメント

- **越谷市**：支援の進み具合を把握しやすくなった。
"""


@pytest.mark.parametrize(
    "picture",
    [
        "![図3-1 ふなばし就労ナビの支援の流れ](media/image3.png)",
        "![写真 ふなばし就労ナビの相談窓口](images/photo1.jpg)",
        "  ![ふなばし就労ナビ（一体的実施施設）](fig.png)  ",
    ],
)
def test_a_picture_naming_the_facility_opens_no_case(picture: str) -> None:
    doc = jirei.parse_text(_PICTURED.format(picture=picture))
    read = [
        (p.municipality, p.facility_name, [m.actual.value for m in p.metrics],
         [c.speaker for c in p.comments])
        for p in doc.profiles
    ]
    assert read == [
        ("船橋市", "ふなばし就労ナビ", [287], ["船橋市地域福祉課"]),
        ("越谷市", "こしがやワークサポート", [203], ["越谷市"]),
    ]
    assert "毎朝の打合せで来所予定者の情報を共有している。" in doc.profiles[0].initiatives


# ------------------------------------- 2661: the caption over a run of keyed result blocks


@pytest.mark.parametrize(
    "caption",
    [
        "令和3年度 事業目標と実績（萩市・長門市）",
        "令和3年度　目標と実績（萩市・長門市）",
        "令和3年度の実績（萩市、長門市）",
    ],
)
def test_keyed_blocks_take_the_year_of_their_caption(caption: str) -> None:
    text = _SLIDES.format(open="＜", close="＞").replace(
        "令和3年度 事業目標と実績（萩市・長門市）", caption
    )
    doc = jirei.parse_text(text)
    assert [p.fiscal_year for p in doc.profiles] == [2021, 2021, 2021]
    assert [m.actual.value for m in doc.profiles[1].metrics] == [66, 38]


def test_a_caption_stating_figures_is_no_heading() -> None:
    text = _SLIDES.format(open="＜", close="＞").replace(
        "令和3年度 事業目標と実績（萩市・長門市）", "令和3年度 2市の就職者数は計113人"
    )
    doc = jirei.parse_text(text)
    assert doc.profiles[0].fiscal_year is None
