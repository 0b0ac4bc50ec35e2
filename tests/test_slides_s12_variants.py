"""Slide decks exported to text (decisions 2590-2599, branch slides-s12): running heads and
feet of every slide, continuation marks, PowerPoint's outline view, a caption closing a
comment box, a headline wrapped over two lines above its header.

Every document below is written for this file (real places, invented text); each expected
value was written by hand from reading the document by docs/reading-rules.md, never printed
from the parser. Each layout comes in other spellings than the development decks (other
places, figures, spacing, bracket styles) and with negative variants that must not trigger.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.outlineindent import untangle_outline_indent
from jirei.sections import classifier, heading_key
from jirei.slidefurniture import blank_slide_furniture

R = jirei.DEFAULT_RULES


def _slides(bodies: list[str], head: str | None, foot: str | None) -> str:
    """A deck: each body between the head line and the foot line (``{n}``: slide number)."""
    out = []
    for n, body in enumerate(bodies, 1):
        lines = ([head.format(n=n)] if head else []) + [body] + ([foot.format(n=n)] if foot else [])
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


_CASE_A = """地域の窓口で相談から就職まで
【岩手県盛岡市】【岩手労働局・ハローワーク盛岡】
もりおか就労サポート（一体的実施施設）平成27年4月1日事業開始
【取組内容】
・市の福祉窓口での出張相談
・求人開拓を市と共同で実施
【事業目標と取組状況】
支援対象者数\t200人\t215人
就職者数\t120人\t131人
＜盛岡市コメント＞
相談が早い段階でつながるようになった。"""

_CASE_B = """高齢者の再就職を後押し
【秋田県秋田市】【秋田労働局・ハローワーク秋田】
あきた仕事プラザ（一体的実施施設）平成29年10月2日事業開始
【取組内容】
・シニア向けの職業相談会
・短時間求人の紹介
【事業目標と取組状況】
支援対象者数\t150人\t163人
就職者数\t90人\t97人
＜ハローワーク秋田コメント＞
市と連携して相談者を確実につなげている。"""


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ("令和４年度　東北ブロック　取組事例", "岩手労働局　　　　　　　　{n}"),
        ("東北ブロック取組事例集（令和４年度）", "- {n} -"),
        (None, "岩手労働局 ｜ {n}"),
        ("令和４年度 東北ブロック 取組事例  P.{n}", None),
    ],
)
def test_running_head_and_foot_are_no_case_text(head: str | None, foot: str | None) -> None:
    text = _slides(
        ["令和４年度 取組事例集\n岩手労働局", "目次\n1. 盛岡市\n2. 秋田市", _CASE_A, _CASE_B],
        head,
        foot,
    )
    doc = jirei.parse_text(text)
    assert [p.municipality for p in doc.profiles] == ["盛岡市", "秋田市"]
    assert [p.title for p in doc.profiles] == [
        "地域の窓口で相談から就職まで",
        "高齢者の再就職を後押し",
    ]
    assert doc.profiles[0].comments[0].text == "相談が早い段階でつながるようになった。"
    assert doc.profiles[1].comments[0].text == "市と連携して相談者を確実につなげている。"


def test_running_lines_blanked_keep_length() -> None:
    text = _slides(
        ["一\n二", "三\n四", "五\n六", "七\n八"], "東北ブロック取組事例", "岩手労働局　　{n}"
    )
    blanked = blank_slide_furniture(text, R)
    assert len(blanked) == len(text)
    assert "東北ブロック取組事例" not in blanked and "岩手労働局" not in blanked
    assert "五\n六" in blanked


@pytest.mark.parametrize(
    "head",
    [
        "【取組内容】",  # a section heading on every block: read as written
        "＜市のコメント＞",  # a comment heading
        "No.\t{n}",  # a case's number, no slide's
        "事例番号　{n}",
        "支援対象者数\t100人\t{n}0人",  # a table row
        "相談が増えた。",  # a sentence
        "＝＝＝＝＝＝＝＝＝＝＝＝",  # a rule parting the blocks
    ],
)
def test_repeated_lines_of_other_kinds_stay(head: str) -> None:
    text = _slides(["一\n二", "三\n四", "五\n六", "七\n八"], head, None)
    assert blank_slide_furniture(text, R) == text


def test_few_blocks_are_no_deck() -> None:
    text = _slides(["一\n二", "三\n四", "五\n六"], "東北ブロック取組事例", None)
    assert blank_slide_furniture(text, R) == text


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("【取組内容】（続き）", "initiatives"),
        ("【取組内容】(2/3)", "initiatives"),
        ("■取組内容　－２－", "initiatives"),
        ("【令和3年度 事業目標と取組状況】（3/3）", "results"),
        ("＜その他の実績＞（つづき）", "other_results"),
        ("【取組内容】（その2）", "initiatives"),
    ],
)
def test_continued_section_heading(line: str, section: str) -> None:
    import unicodedata

    text = unicodedata.normalize("NFKC", line)
    assert classifier(R).kind_of(text)[1] == section


@pytest.mark.parametrize("line", ["(3/3)", "続", "つづき", "II 続", "<2/2>", "事例2 平塚市(続き)"])
def test_lone_continuation_mark_is_furniture(line: str) -> None:
    assert classifier(R).kind_of(line)[0].value == "furniture"


def test_bracketed_continuation_alone_stays() -> None:
    # ``（続き）`` alone over a table's second half is read by the table reader
    assert classifier(R).kind_of("(続き)")[0].value != "furniture"


def test_continuation_needs_a_section() -> None:
    assert heading_key("【盛岡市】(続き)", R) == "盛岡市続き"
    assert heading_key("【取組内容】12", R) == "取組内容12"  # a bare number is no mark


_OUTLINE = """Slide 1
令和３年度 取組事例
\t宮城労働局 職業安定部

Slide 2
港町の就労支援
\t【宮城県石巻市】【宮城労働局・ハローワーク石巻】
\tいしのまき就労ルーム（一体的実施施設）
\t平成30年4月2日事業開始

Slide 3
【取組内容】（続き）
\t福祉事務所と毎朝の打合せを実施
\t応募書類の添削を予約制で実施
\t市の就労準備支援と連携し、
\t生活習慣の改善から段階的に支援
\t【事業目標と取組状況】
\t支援対象者数　目標 180人以上　実績 190人
\t＜石巻市コメント＞
\t相談の流れが早くなった。

Slide 4
まとめ
\t目標を上回る実績を上げている
"""


@pytest.mark.parametrize("marker", ["Slide {n}", "スライド {n}", ""])
def test_outline_view_lines_are_one_point_each(marker: str) -> None:
    text = _OUTLINE
    for n in range(1, 5):
        text = text.replace(f"Slide {n}\n", marker.format(n=n) + "\n" if marker else "")
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 1
    case = doc.profiles[0]
    assert case.municipality == "石巻市"
    assert case.facility_name == "いしのまき就労ルーム"
    assert case.initiatives == (
        "福祉事務所と毎朝の打合せを実施",
        "応募書類の添削を予約制で実施",
        "市の就労準備支援と連携し、生活習慣の改善から段階的に支援",
    )
    assert [(m.label, m.actual.value) for m in case.metrics] == [("支援対象者数", 190)]


def test_outline_indent_keeps_length_and_tables() -> None:
    out = untangle_outline_indent(_OUTLINE)
    assert len(out) == len(_OUTLINE)
    assert "\n 福祉事務所と毎朝" in out


def test_indented_table_header_is_no_outline() -> None:
    table = "【事業目標と取組状況】\n\t目標\t実績\n支援対象者数\t100人\t120人\n就職者数\t50人\t61人"
    text = "\n\n".join([table] * 4) + "\n"
    assert untangle_outline_indent(text) == text


_CAPTIONED = """熊本市の取組
【熊本県熊本市】【熊本労働局・ハローワーク熊本】
くまもと就労支援センター（一体的実施施設）平成28年6月1日事業開始
【取組内容】
・区役所での出張相談
利用者の声
「窓口が近くて通いやすい」
写真：センターの受付

【事業目標と取組状況】
支援対象者数\t120人\t133人
＜熊本市コメント＞
相談件数が伸びている。
"""


def test_caption_after_a_comment_box_opens_no_case() -> None:
    doc = jirei.parse_text(_CAPTIONED)
    assert len(doc.profiles) == 1
    case = doc.profiles[0]
    assert [m.label for m in case.metrics] == ["支援対象者数"]
    assert "熊本市" in [c.speaker for c in case.comments]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("福祉事務所とハローワークが「同じフロア」で", "就職までを支える"),
        ("生活困窮者の相談から職業紹介までを一か所で", "完結する窓口"),
    ],
)
def test_headline_wrapped_above_its_header(first: str, second: str) -> None:
    text = f"""{first}
{second}
【長野県松本市】【長野労働局・ハローワーク松本】
まつもと就労支援コーナー（一体的実施施設）平成26年9月1日事業開始
【取組内容】
・市の窓口での出張相談
"""
    assert jirei.parse_text(text).profiles[0].title == first + second


@pytest.mark.parametrize(
    "above",
    [
        "令和２年度",  # a short line over the headline: no wrapped first line
        "相談から就職まで一貫して支えます！",  # a whole headline over another line
        "令和5年度 長野労働局 一体的実施 取組事例集",  # a deck's title (no broken phrase)
    ],
)
def test_two_lines_that_are_no_wrapped_headline(above: str) -> None:
    text = f"""{above}
ひとり親家庭の就労支援
【長野県松本市】【長野労働局・ハローワーク松本】
まつもと就労支援コーナー（一体的実施施設）平成26年9月1日事業開始
【取組内容】
・市の窓口での出張相談
"""
    assert jirei.parse_text(text).profiles[0].title == "ひとり親家庭の就労支援"
