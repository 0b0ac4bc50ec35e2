"""Text as a conversion left it, a second fifteenth-session writer's shapes (branch
``convert2-s15``, decisions 2936-2940).

- a results table written one cell a line whose column words carry their year
  (``30年度目標``) and whose actual cells carry their stated rate (``342人（達成率114.0％）``),
  broken over a page with the running head, the page number and the case's label with
  ``（続き）`` between its cells (``jirei.cellruns``);
- a facility's name in Markdown emphasis before its bracketed kind
  (``**name**（一体的実施施設）``; ``rules.emphasis_marks``, ``jirei.header``);
- a Word outline's case heading ``１．札幌市北区　name`` over its indented headline, its
  facts in a key/value 概要 block (``case_labels``, ``profile._quoted_name``).

Variants written for this file (real places and offices; invented facilities and
figures), with negative variants that must not trigger the rules.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.model import Profile

_HEAD = """【山形県山形市】【山形労働局・ハローワーク山形】
やまがた就労ナビ（一体的実施施設）平成２９年４月３日事業開始
市役所の窓口から就職まで切れ目なく
【取組内容】
・福祉課と同じフロアで相談を受ける。
【事業目標と取組状況】
"""
_TAIL = """その他の実績
◆就職面接会を年２回開催。
＜山形市コメント＞
相談が増えた。
"""


def _case(body: str) -> Profile:
    return jirei.parse_text(_HEAD + body + _TAIL).profiles[0]


def _rows(profile: Profile) -> list[tuple[object, ...]]:
    return [
        (
            m.label,
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]


# -- one cell a line: year-carrying column words, a rate in the actual cell ---------------

_CELLS = [
    # the year as digits before the column word, the rate in the actual cell
    (
        "30年度目標\n30年度実績\n支援対象者数\n３２０人以上\n３５０人（達成率109.4％）\n"
        "就職者数\n２００人以上\n２１０人（達成率105.0％）\n",
        [("支援対象者数", 320, 350, Decimal("109.4")), ("就職者数", 200, 210, Decimal("105.0"))],
    ),
    # an era before the year, ASCII brackets, a dash for a missing target
    (
        "令和元年度目標\n令和元年度実績\n支援対象者数\n150人以上\n162人(達成率108.0%)\n"
        "うち紹介就職\n―\n88人\n",
        [("支援対象者数", 150, 162, Decimal("108.0")), ("うち紹介就職", None, 88, None)],
    ),
    # a plain rate cell (no bracket) among bracketed ones, the year in kanji-free form 2019
    (
        "2019年度目標\n2019年度実績\n就職者数\n90人以上\n99人（達成率110.0％）\n"
        "就職率\n60%以上\n62.5%\n",
        [("就職者数", 90, 99, Decimal("110.0")), ("就職率", 60, Decimal("62.5"), None)],
    ),
]


@pytest.mark.parametrize(("body", "rows"), _CELLS)
def test_one_cell_a_line_with_years_and_rates(body: str, rows: list[tuple[object, ...]]) -> None:
    profile = _case(body)
    assert _rows(profile) == rows
    assert not any("年度目標" in text for text in profile.other_results)


def test_one_cell_table_over_a_page_break() -> None:
    body = (
        "30年度目標\n30年度実績\n支援対象者数\n２５０人以上\n２３１人（達成率92.4％）\n"
        "- 3 -\n好事例集（東北ブロック）\n【山形県山形市】（続き）\n"
        "就職者数\n１６０人以上\n１６８人（達成率105.0％）\n"
    )
    text = "好事例集（東北ブロック）\n" + _HEAD + body + _TAIL + "- 4 -\n好事例集（東北ブロック）\n"
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 1
    assert _rows(profiles[0]) == [
        ("支援対象者数", 250, 231, Decimal("92.4")),
        ("就職者数", 160, 168, Decimal("105.0")),
    ]


def test_a_sentence_with_a_bracketed_figure_is_no_cell() -> None:
    from jirei.cellruns import _kind
    from jirei.rules import DEFAULT_RULES

    assert _kind("342人(達成率114.0%)", DEFAULT_RULES) == "figure"
    assert _kind("342人(前年度300人)", DEFAULT_RULES) == "figure"
    # text before the figure, or a bracket naming no figure: no figure cell
    assert _kind("約半数(見込み)", DEFAULT_RULES) != "figure"
    assert _kind("実施回数が増加(達成率110%)", DEFAULT_RULES) != "figure"


def test_year_column_words_alone_do_not_rebuild_prose() -> None:
    """A year-carrying column word in prose lines does not turn the lines into a table."""
    body = "30年度目標\n市と協力して支援を行う。\n就職につながった。\n"
    profile = _case(body)
    assert profile.metrics == ()


# -- a facility's name in Markdown emphasis --------------------------------------------------

_BOLD_NAMES = [
    "**やまがた就労ナビ**（一体的実施施設）令和３年６月１日事業開始",
    "__やまがた就労ナビ__（一体的実施施設）　令和３年６月１日事業開始",
    "*やまがた就労ナビ*(一体的実施施設) 令和3年6月1日事業開始",
]


@pytest.mark.parametrize("line", _BOLD_NAMES)
def test_emphasis_round_a_facility_name(line: str) -> None:
    text = (
        "## 【山形県山形市】【山形労働局・ハローワーク山形】\n\n"
        + line
        + "\n\n### 窓口で就職までまるごと支援\n\n#### 【取組内容】\n\n- 市と合同で相談会を開く。\n"
    )
    profile = jirei.parse_text(text).profiles[0]
    assert profile.facility_name == "やまがた就労ナビ"
    assert profile.facility_type == "一体的実施施設"
    span = profile.spans["facility_name"]
    assert text[span.start : span.end] == "やまがた就労ナビ"


def test_emphasis_not_before_a_kind_stays() -> None:
    """A bold piece not followed by a listed bracketed kind keeps its marks: a bold speaker
    before its words, a bold name before an unlisted bracket, a bullet line."""
    from jirei.mdbold import untangle_markdown_bold
    from jirei.mdgaps import DELETED

    for line in (
        "**山形市福祉課**　相談が増えた。",
        "**やまがた就労ナビ**（愛称）の窓口",
        "* 市と合同で相談会を開く。",
        "**やまがた就労ナビ**は市役所１階にある",
    ):
        assert DELETED not in untangle_markdown_bold(line + "\n"), line
    text = untangle_markdown_bold("**やまがた就労ナビ**（一体的実施施設）\n")
    assert text.replace(DELETED, "") == "やまがた就労ナビ（一体的実施施設）\n"


# -- a Word outline's numbered case heading over a key/value 概要 block ----------------------

_OUTLINE = """第２　取組事例

{n1}{p1}{gap}{name1}
　　{title1}

（１）概要
　①　自治体　　　　　　北海道{p1}
　②　労働局・安定所　　北海道労働局　ハローワーク{o1}
　③　施設の種別　　　　一体的実施施設
　④　事業開始　　　　　令和元年５月７日

（２）取組内容
　①　福祉課と合同で面談を月２回実施。

（３）関係者のコメント
　【{p1}福祉課】
　　相談しやすくなった。

{n2}{p2}{gap}{name2}
　　{title2}

（１）概要
　①　自治体　　　　　　北海道{p2}
　②　労働局・安定所　　北海道労働局　ハローワーク{o2}
　③　施設の種別　　　　一体的実施施設
　④　事業開始　　　　　平成２９年１０月２日

（２）取組内容
　①　ハローワークの窓口に市職員が常駐。

第３　おわりに
　今後も連携を強化する。
"""

_OUTLINES = [
    dict(n1="１．", n2="２．", p1="札幌市北区", p2="旭川市", gap="　", o1="札幌北", o2="旭川",
         name1="さっぽろ北しごとプラザ", name2="あさひかわジョブサポート",
         title1="区役所の中でワンストップ", title2="市職員が常駐し二人三脚"),
    dict(n1="1.", n2="2.", p1="帯広市", p2="釧路市", gap=" ", o1="帯広", o2="釧路",
         name1="おびひろ就労支援コーナー", name2="くしろワークサポート",
         title1="生活保護から就職まで一貫して支援", title2="ひとり親の早期就職を応援"),
    dict(n1="１　", n2="２　", p1="苫小牧市", p2="北見市", gap="　", o1="苫小牧", o2="北見",
         name1="とまこまい就労サポート", name2="きたみジョブコーナー",
         title1="福祉と就労をつなぐ窓口", title2="地域ぐるみの就労支援"),
    dict(n1="１、", n2="２、", p1="函館市", p2="小樽市", gap="　　", o1="函館", o2="小樽",
         name1="はこだて就労支援センター", name2="おたるジョブサポート",
         title1="子育て世帯を支える窓口", title2="港町の就労支援"),
]  # fmt: skip


@pytest.mark.parametrize("parts", _OUTLINES)
def test_numbered_place_and_name_heading(parts: dict[str, str]) -> None:
    text = _OUTLINE.format(**parts)
    profiles = jirei.parse_text(text).profiles
    assert [p.municipality for p in profiles] == [parts["p1"], parts["p2"]]
    assert [p.title for p in profiles] == [parts["title1"], parts["title2"]]
    assert [p.facility_name for p in profiles] == [parts["name1"], parts["name2"]]
    assert all(p.hello_work for p in profiles)
    # the next case's heading is no comment of the case before
    assert all(c.speaker.endswith("福祉課") for c in profiles[0].comments)


def test_numbered_items_are_no_case_labels() -> None:
    """Numbered items naming a ward or a city inside a sentence, or a place alone with
    the の取組 heading, are no case heading of this form."""
    from jirei.caselabel import label_length
    from jirei.rules import DEFAULT_RULES

    for text in (
        "1.ケースワーカーが区役所に同行",
        "2.市町村との連携を強化する。",
        "1.就労支援員が区役所に常駐し、相談に対応",
        "3.市役所内に窓口を設置",
        # a city's department or office: a speaker heading, no case
        "1.旭川市福祉保険部",
        "2.札幌市保健福祉局",
        "3.函館市役所",
        "1.帯広市福祉事務所",
        # a heading about the city, a contents line with its dot leaders
        "1.旭川市の概要",
        "2 釧路市における課題",
        "1 宮城県仙台市...............2",
    ):
        assert label_length(text, DEFAULT_RULES) == 0, text
    assert label_length("1.札幌市北区さっぽろ北しごとプラザ", DEFAULT_RULES) > 0


# -- a key/value 概要 block with circled numbers ----------------------------------------------

_BLOCKS = [
    # circled numbers, full-width spaces (a Word paste)
    ("　①　自治体　　　　北海道{p}\n　②　労働局・安定所　　北海道労働局　ハローワーク{o}\n"
     "　③　施設の種別　　　常設窓口\n　④　事業開始　　　　令和２年４月１日\n"),
    # ASCII spaces, a colon after the label
    ("  1 自治体: 北海道{p}\n  2 労働局・安定所: 北海道労働局 ハローワーク{o}\n"
     "  3 施設の種別: 常設窓口\n  4 事業開始: 令和2年4月1日\n"),
    # bracketed numbers
    ("（１）自治体　　北海道{p}\n（２）労働局・安定所　　北海道労働局　ハローワーク{o}\n"
     "（３）施設の種別　　常設窓口\n（４）事業開始　　令和２年４月１日\n"),
]  # fmt: skip


@pytest.mark.parametrize("block", _BLOCKS)
def test_numbered_key_value_block(block: str) -> None:
    case = (
        "{n}．{p}　{name}\n　　{title}\n\n（１）概要\n"
        + block
        + "\n（２）取組内容\n　①　福祉課と合同で面談を実施。\n\n"
    )
    first = case.format(
        n="１", p="帯広市", o="帯広", name="おびひろ就労コーナー", title="早期就職を応援"
    )
    second = case.format(
        n="２", p="釧路市", o="釧路", name="くしろワークサポート", title="港町の就労支援"
    )
    text = "第２　取組事例\n\n" + first + second
    profiles = jirei.parse_text(text).profiles
    assert [p.facility_type for p in profiles] == ["常設窓口", "常設窓口"]
    assert [p.municipality for p in profiles] == ["帯広市", "釧路市"]
    assert [p.start_date.isoformat() for p in profiles if p.start_date] == [
        "2020-04-01",
        "2020-04-01",
    ]
    assert all(not p.unclassified for p in profiles)


def test_a_number_before_a_figure_is_no_field_number() -> None:
    from jirei.facts import labelled_fact
    from jirei.rules import DEFAULT_RULES

    assert labelled_fact("3 施設の種別  常設窓口", 0, DEFAULT_RULES) is not None
    # a number before a word that is no field label, or a label with no separator
    assert labelled_fact("3 就職者数  120人", 0, DEFAULT_RULES) is None
    assert labelled_fact("3 施設の種別を見直した", 0, DEFAULT_RULES) is None
