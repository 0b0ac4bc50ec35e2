"""Comment headings with a writer's note, running heads of several lines, footnotes under
word lines, section aliases holding ``・`` (decisions 1002, 1005–1008)."""

from __future__ import annotations

import pytest

from jirei import parse_text
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.sections import classifier
from jirei.speakernotes import untangle_speaker_notes


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("【自治体のコメント】（記入者：旭川市福祉保険部保護課）", "旭川市福祉保険部保護課"),
        ("＜ハローワークの声＞(回答者:ハローワーク高松)", "ハローワーク高松"),
        ("■労働局のコメント　（発言者：香川労働局職業対策課）", "香川労働局職業対策課"),
    ],
)
def test_note_names_the_speaker(line: str, speaker: str) -> None:
    rewritten = untangle_speaker_notes(line)
    assert len(rewritten) == len(line)
    # the name stays where it was written
    assert rewritten.index(speaker) == line.index(speaker)
    info = classifier().kind_of(normalise(rewritten).text)
    assert info[0].name == "COMMENT"


@pytest.mark.parametrize(
    "line",
    [
        "【取組の内容】（記入者：市）",  # no comment keyword in the heading
        "【自治体のコメント】（記入例：市の担当課名）",  # not a writer's note word
        "【自治体のコメント】",
    ],
)
def test_other_lines_unchanged(line: str) -> None:
    assert untangle_speaker_notes(line) == line


def test_aliases_with_a_middle_dot_are_headings() -> None:
    for alias, kind in DEFAULT_RULES.sections.items():
        if "・" in alias:
            assert classifier().kind_of(f"【{alias}】") == (
                classifier().kind_of("【取組内容】")[0],
                kind,
            )


# Another surface of the filled-in form: other labels and note words, a two-line running
# head on each page, a footnote under the result lines, two cases.
_FORM = """\
別紙様式２
令和４年度　一体的実施　事例報告

【事例番号】１
【タイトル】子育て中の方の相談を、手当の窓口で受ける
【都道府県名】香川県　　　　【労働局名】香川労働局
【自治体名】高松市
【連携するハローワーク】ハローワーク高松
【施設の名称】たかまつ就労相談室
【取組の内容】（箇条書きで記入）
　・手当の窓口で職業相談を受ける。
【目標・実績】
　就職者数…………………目標 ５０人　／　実績 ５６人　／　達成率 １１２．０％
　支援対象者数……………目標 ８０人　／　実績 ８８人　／　達成率 １１０．０％
　※令和４年４月～令和５年３月の実績
【その他の実績・特記事項】
　・出張相談を月２回行った
＜市のコメント＞（回答者：高松市健康福祉局生活福祉課）
　手当の窓口から歩いて相談に行けるので、案内がしやすくなりました。
＜ハローワークのコメント＞（回答者：ハローワーク高松）
　市と毎週打合せをして、求人の提案が早くなった。

－１－

別紙様式２
令和４年度　一体的実施　事例報告

【事例番号】２
【タイトル】福祉の窓口で職業相談、就職後も電話で見守る
【都道府県名】香川県　　　　【労働局名】香川労働局
【自治体名】丸亀市
【連携するハローワーク】ハローワーク丸亀
【施設の名称】まるがめ就労支援コーナー
【取組の内容】（箇条書きで記入）
　・就職後３か月は毎月電話で様子を聞く。
【目標・実績】
　就職者数…………………目標 ３０人　／　実績 ３３人　／　達成率 １１０．０％
【その他の実績・特記事項】
　・職場見学会を２回開いた
＜市のコメント＞（回答者：丸亀市福祉部生活福祉課）
　就職した方の定着の様子が分かるようになりました。

－２－
"""


def test_form_of_another_surface() -> None:
    profiles = parse_text(_FORM).profiles
    assert len(profiles) == 2
    first, second = profiles
    assert [(c.speaker, c.role) for c in first.comments] == [
        ("高松市健康福祉局生活福祉課", "municipality"),
        ("ハローワーク高松", "hello_work"),
    ]
    assert first.comments[1].text == "市と毎週打合せをして、求人の提案が早くなった。"
    assert [m.label for m in first.metrics] == ["就職者数", "支援対象者数"]
    assert first.metrics[1].actual is not None and first.metrics[1].actual.value == 88
    assert first.other_results == ("出張相談を月2回行った",)
    # the running head of two lines is no part of the comment before it
    assert [(c.speaker, c.text) for c in second.comments] == [
        ("丸亀市福祉部生活福祉課", "就職した方の定着の様子が分かるようになりました。")
    ]
    assert second.other_results == ("職場見学会を2回開いた",)
    assert second.title == "福祉の窓口で職業相談、就職後も電話で見守る"
