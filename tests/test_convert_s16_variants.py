"""Text as a conversion left it, a sixteenth-session writer's shapes (branch ``convert-s16``,
decisions 3131-3145).

- a note line indented over a results table (``　　※令和２年度実績は集計中のため、…``): a
  caption, no header row, so the year of the heading stands (``jirei.tables.grid``);
- one field label naming the bureau and the office (``労働局・所``, ``局・所``,
  ``管轄労働局・担当ハローワーク``): an ``offices`` label (``[field_label_compounds]``);
- a Word outline's case heading naming the place and, on the same line, the catch phrase in
  wave dashes or quotes (``１．静岡県浜松市　～…～``): the headline, no facility name
  (``jirei.labelplace.quoted_after_place``, a ``case_labels`` pattern).

Variants written for this file (real places and offices; invented facilities and
figures), with negative variants that must not trigger the rules.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex

import jirei
from jirei.lines import Line
from jirei.model import Profile
from jirei.tables.grid import find_run

# --- an outline document of two cases: the shapes varied below --------------------------

_DOC = """第２　取組事例

{head1}
（１）事業概要
　　施設名称　　　はままつ就労サポートコーナー（一体的実施施設）
　　{label}{gap}静岡労働局　ハローワーク浜松
　　事業開始　　　令和元年１０月１日
（２）取組内容
　　①　市の福祉総合相談窓口と同じフロアに職業相談窓口を設置
（３）事業目標と実績（令和元年度）
{note}項目\t目標\t実績
支援対象者数\t300人\t336人
就職者数\t195人\t214人
（４）関係者の声
　　【浜松市】
　　相談窓口が同じフロアにあり、その日のうちに職業相談につなげている。

{head2}
（１）事業概要
　　施設名称　　　とよはし就職支援ルーム（常設窓口）
　　{label}{gap}愛知労働局　ハローワーク豊橋
　　事業開始　　　平成２８年７月１日
（２）取組内容
　　①　ケースワーカーが支援ルームへ案内
（３）事業目標と実績（令和元年度）
項目\t目標\t実績
支援対象者数\t240人\t258人
（４）関係者の声
　　【豊橋市】
　　申請の段階から就労支援を案内できている。
"""

_HEADS = {
    "dot_wave": ("１．静岡県浜松市　～ワンストップ相談で若者の就労を後押し～",
                 "２．愛知県豊橋市　～生活保護の窓口とハローワークの連携で早期就職～"),
    "bracket_quote": ("（１）浜松市「ワンストップ相談で若者の就労を後押し」",
                      "（２）豊橋市「生活保護の窓口とハローワークの連携で早期就職」"),
    "space_bar": ("1 静岡県浜松市 ―ワンストップ相談で若者の就労を後押し―",
                  "2 愛知県豊橋市 ―生活保護の窓口とハローワークの連携で早期就職―"),
    "label_wave": ("事例１　浜松市　〜ワンストップ相談で若者の就労を後押し〜",
                   "事例２　豊橋市　〜生活保護の窓口とハローワークの連携で早期就職〜"),
}


def _doc(
    heads: str = "dot_wave", label: str = "労働局・所", gap: str = "　　", note: str = ""
) -> list[Profile]:
    head1, head2 = _HEADS[heads]
    text = _DOC.format(head1=head1, head2=head2, label=label, gap=gap, note=note)
    return list(jirei.parse_text(text).profiles)


@pytest.mark.parametrize("heads", sorted(_HEADS))
def test_place_and_quoted_headline_on_one_line(heads: str) -> None:
    first, second = _doc(heads)
    assert (first.title, first.municipality) == ("ワンストップ相談で若者の就労を後押し", "浜松市")
    assert (second.title, second.municipality) == (
        "生活保護の窓口とハローワークの連携で早期就職", "豊橋市"
    )
    # the office named inside the headline is no office of the header
    assert second.hello_work == ("ハローワーク豊橋",)
    assert (first.facility_name, second.facility_name) == (
        "はままつ就労サポートコーナー", "とよはし就職支援ルーム"
    )


def test_headline_span_points_at_the_phrase() -> None:
    head1, head2 = _HEADS["dot_wave"]
    text = _DOC.format(head1=head1, head2=head2, label="労働局・所", gap="　　", note="")
    doc = jirei.parse_text(text)
    for profile in doc.profiles:
        span = profile.spans["title"]
        assert text[span.start : span.end] == profile.title


def test_quoted_name_over_its_headline_stays_a_name() -> None:
    """``事例1　港北区「name」`` over a headline line of its own: the quoted text is the
    facility's name (decision 2642), not the headline."""
    text = """事例1　港北区「ジョブスポットこうほく」

- 労働局：神奈川労働局
- ハローワーク：ハローワーク港北

相談したその日に求人票が見られる窓口づくり

【取組内容】
・区役所で職業相談を受ける。

【関係者の声】
港北区：相談が増えた。

事例2　南区「ジョブスポットみなみ」

- 労働局：神奈川労働局
- ハローワーク：ハローワーク横浜

ひとり親家庭の支援を区と一緒に

【取組内容】
・こども家庭支援課と連携する。

【関係者の声】
南区：相談が増えた。
"""
    first, second = jirei.parse_text(text).profiles
    assert (first.title, first.facility_name) == (
        "相談したその日に求人票が見られる窓口づくり", "ジョブスポットこうほく"
    )
    assert (second.title, second.facility_name) == (
        "ひとり親家庭の支援を区と一緒に", "ジョブスポットみなみ"
    )


@pytest.mark.parametrize(
    ("label", "gap"),
    [
        ("労働局・所", "　　"),
        ("局・所", "：　"),
        ("労働局／所", "　　"),
        ("管轄労働局／安定所", "　"),
        ("局・HW", ":"),
    ],
)
def test_one_label_for_bureau_and_office(label: str, gap: str) -> None:
    first, second = _doc(label=label, gap=gap)
    assert (first.labour_bureau, first.hello_work) == ("静岡労働局", ("ハローワーク浜松",))
    assert (second.labour_bureau, second.hello_work) == ("愛知労働局", ("ハローワーク豊橋",))


def test_bureau_label_alone_is_still_the_bureau() -> None:
    """``労働局　静岡労働局　ハローワーク浜松`` was read before (a ``labour_bureau`` label):
    the compound labels leave it so."""
    first, _ = _doc(label="労働局", gap="　　　")
    assert first.labour_bureau == "静岡労働局"


def test_compound_labels_are_rules_data() -> None:
    rules = jirei.DEFAULT_RULES
    assert rules.field_labels["労働局・所"] == "offices"
    assert rules.field_labels["局/HW"] == "offices"
    assert rules.field_labels["労働局"] == "labour_bureau"  # a listed label wins
    assert "所・局" not in rules.field_labels  # the office word never comes first


def test_sentence_opening_with_the_label_words_is_no_field() -> None:
    from jirei.fields import is_field_line

    rules = jirei.DEFAULT_RULES
    assert not is_field_line(Line("局・所の連携により就職者が増えた。", 0), rules)


@pytest.mark.parametrize(
    ("note", "words"),
    [
        ("　　※令和２年度実績は集計中のため、令和元年度の実績を掲載\n", "集計中"),
        ("　＊数値は速報値である。\n", "速報値"),
        ("    (注)令和２年度の実績は次回掲載。\n", "次回掲載"),
        ("　　令和２年度の実績は集計中のため掲載していない。\n", "集計中"),
        ("令和２年度実績は集計中のため、令和元年度の実績を掲載しています。\n", "集計中"),
    ],
)
def test_indented_note_over_a_table_is_no_header(note: str, words: str) -> None:
    first, _ = _doc(note=note)
    assert first.fiscal_year == 2019  # the heading's year, not the note's
    assert [(m.label, m.target.value, m.actual.value) for m in first.metrics] == [
        ("支援対象者数", 300, 336),
        ("就職者数", 195, 214),
    ]
    assert first.other_results == ()
    assert any(words in block.text for block in first.unclassified)  # kept, not lost


def test_find_run_keeps_the_indented_note_as_caption() -> None:
    lines = [
        Line("  ※令和2年度実績は集計中のため、令和元年度の実績を掲載", 0),
        Line("項目\t目標\t実績", 40),
        Line("就職者数\t10人\t12人", 60),
    ]
    run = find_run(lines, jirei.DEFAULT_RULES)
    assert run is not None
    assert (run.start, run.captions) == (1, (0,))


def test_indented_header_row_is_still_a_header() -> None:
    """Negative: an indented line that is no note (a header row with its corner cell
    empty, or a lone year over the value column) still opens the table."""
    lines = [Line("  令和2年度実績", 0), Line("就職者数   12人", 20)]
    run = find_run(lines, jirei.DEFAULT_RULES)
    assert run is not None and run.start == 0
    lines = [Line("\t目標\t実績", 0), Line("就職者数\t10人\t12人", 20)]
    run = find_run(lines, jirei.DEFAULT_RULES)
    assert run is not None and (run.start, run.captions) == (0, ())


def test_rates_in_the_noted_table() -> None:
    note = "　　※令和２年度実績は集計中のため、令和元年度の実績を掲載\n"
    text = _DOC.format(
        head1=_HEADS["dot_wave"][0], head2=_HEADS["dot_wave"][1], label="労働局・所",
        gap="　　", note=note,
    ).replace("就職者数\t195人\t214人", "就職率\t65.0%\t63.7%")
    first = jirei.parse_text(text).profiles[0]
    assert [(m.label, m.actual.value) for m in first.metrics] == [
        ("支援対象者数", 336), ("就職率", Decimal("63.7"))
    ]


# --- a results table after the voices, its caption in its head row's corner ----------------

_SHEET = """■３　岩手県盛岡市　｜　岩手労働局　｜　ハローワーク盛岡

施設名　もりおか就労支援コーナー（一体的実施施設）
事業開始　平成２８年１月４日

「市役所本庁舎の一角の相談窓口」

　取組内容
　　○　生活福祉課と毎月ケース会議を開催。

　市の声
　　窓口が同じ庁舎内にあるため、相談者を待たせることなく案内できている。

{caption}{sep}盛岡市
支援対象者数（目標）{sep}150人以上
支援対象者数（実績）{sep}162人
就職者数（実績）{sep}111人
{seminar}（実績）{sep}{count}
"""


@pytest.mark.parametrize(
    ("caption", "sep"),
    [
        ("【令和２年度 事業目標と実績】", "\t"),
        ("■令和２年度 事業目標と実績", "\t"),
        ("◆令和２年度の実績", "\t"),
        ("＜令和２年度　目標と実績＞", "　　"),
    ],
)
@pytest.mark.parametrize(
    ("seminar", "count"), [("就労支援セミナー開催回数", "12回"), ("職場見学会参加者数", "38人")]
)
def test_corner_caption_table_after_voices(
    caption: str, sep: str, seminar: str, count: str
) -> None:
    text = _SHEET.format(caption=caption, sep=sep, seminar=seminar, count=count)
    (case,) = jirei.parse_text(text).profiles
    rows = [(m.label, m.key, m.target and m.target.value, m.actual.value) for m in case.metrics]
    value = int(count[:-1])
    assert rows == [
        ("支援対象者数", "support_targets", 150, 162),
        ("就職者数", "employed", None, 111),
        (seminar, None, None, value),  # a count of no metric key is a metric all the same
    ]
    assert case.fiscal_year == 2020
    # the table is no part of the voice above it
    assert [c.text for c in case.comments] == [
        "窓口が同じ庁舎内にあるため、相談者を待たせることなく案内できている。"
    ]


def test_corner_with_a_unit_note_is_no_caption_row() -> None:
    """Negative: a heading and its bracketed note set apart (``四半期別実績（平成28年度）
    （単位：人）``) is no head row of cells."""
    from jirei.headingtables import is_caption_corner_row

    rules = jirei.DEFAULT_RULES
    assert not is_caption_corner_row("半期別実績(平成28年度)          (単位:人、%)", rules)
    assert not is_caption_corner_row("相談件数\t120件", rules)  # a row, no caption
    assert not is_caption_corner_row("令和2年度の実績", rules)  # a heading alone
    assert is_caption_corner_row("令和2年度の実績\t盛岡市", rules)


_SHARED = """■１　宮城県仙台市　｜　宮城労働局　｜　ハローワーク仙台

施設名　せんだい就労サポートステーション（一体的実施施設）
事業開始　平成２６年１０月１日

「福祉の窓口から、その先の仕事まで」

　取組内容
　　○　三者面談を初回相談時に実施。

　市の声
　　ケースワーカーが迷わず相談者をつなげるようになった。

■２　福島県郡山市　｜　福島労働局　｜　ハローワーク郡山

施設名　こおりやまワークサポート（一体的実施施設）
事業開始　平成２７年４月１日

「ひとり親家庭への早期アプローチ」

　取組内容
　　○　市こども家庭課窓口で出張相談を実施。

　市の声
　　子育て中の方が相談しやすくなった。

{caption}\t仙台市\t郡山市
支援対象者数（目標）\t300人以上\t180人以上
支援対象者数（実績）\t342人\t171人
就職者数（実績）\t228人\t109人
"""


@pytest.mark.parametrize(
    "caption", ["【令和２年度 事業目標と実績】", "■令和２年度 事業目標と実績", "●令和２年度の成果"]
)
def test_bullet_led_tab_head_row_of_a_shared_table(caption: str) -> None:
    """``■令和２年度 事業目標と実績<TAB>仙台市<TAB>郡山市``: the ``■`` is a bullet character,
    but a tab row whose first cell is a results heading is the table's head row."""
    first, second = jirei.parse_text(_SHARED.format(caption=caption)).profiles
    assert [(m.label, m.target and m.target.value, m.actual.value) for m in first.metrics] == [
        ("支援対象者数", 300, 342), ("就職者数", None, 228)
    ]
    assert [(m.label, m.target and m.target.value, m.actual.value) for m in second.metrics] == [
        ("支援対象者数", 180, 171), ("就職者数", None, 109)
    ]


def test_bullet_tab_line_of_no_results_heading_stays_a_bullet() -> None:
    from jirei.sections import K, classifier

    kinds = classifier(jirei.DEFAULT_RULES)
    assert kinds.kind_of("■令和2年度 事業目標と実績\t仙台市\t郡山市")[0] is K.TABLE
    assert kinds.kind_of("■窓口の案内\t市役所1階")[0] is K.BULLET
    assert kinds.kind_of("・就職面接会を開催\t年2回")[0] is K.BULLET


# --- a bare figure with a footnote's reference mark --------------------------------------

_MARKED = """【石川県金沢市】【石川労働局・ハローワーク金沢】かなざわ福祉・就労窓口（常設窓口）
平成27年10月1日開設

若年の生活困窮者に寄り添う支援

【取組内容】
・市の自立相談支援機関と同じフロアに窓口を設ける。

【半期別実績（平成28年度）】
指標              年間目標        上期        下期       年度計      達成率
支援対象者数      130以上           61          74         135       103.8
就職者数           78以上           33          47          {cell}     102.6
{note}
"""


@pytest.mark.parametrize(
    ("cell", "note"),
    [
        ("80*2", "*2 就職者数には、就職後すぐに離職した者（3人）を含む。"),
        ("80※1", "※1 就職後すぐに離職した者を含む。"),
        ("80(注1)", "(注1) 就職後すぐに離職した者を含む。"),
        ("８０＊２", "＊２ 就職後すぐに離職した者を含む。"),
    ],
)
def test_bare_figure_with_a_note_reference(cell: str, note: str) -> None:
    text = _MARKED.format(cell=cell, note=note)
    (case,) = jirei.parse_text(text).profiles
    employed = case.metrics[1]
    assert (employed.label, employed.target.value, employed.actual.value) == ("就職者数", 78, 80)
    span = employed.actual.span
    assert text[span.start : span.end] in ("80", "８０")  # the mark is no part of the figure


@pytest.mark.parametrize("cell", ["1,032", "2023", "65.0"])
def test_bare_figures_without_a_mark_are_unchanged(cell: str) -> None:
    from jirei.lines import Cell
    from jirei.model import unchecked_span
    from jirei.tables.cells import read_cell

    found = read_cell(Cell(cell, 0, len(cell)), rules=jirei.DEFAULT_RULES, locate=unchecked_span)
    (figure,) = found.figures
    assert str(figure.quantity.value) == cell.replace(",", "")


# --- a web page's case label over a headline opening with a building's name ----------------

_WEB = """{label1}　{head1}
―――――――――――――――――――――――――――――
所在地　{place1}
施設　　さかい仕事サポートプラザ（一体的実施施設）
開設　　令和元年7月1日

【取組】
・区の生活福祉担当と連携して支援する

【声】
市：相談が増えた。

{label2}　{head2}
―――――――――――――――――――――――――――――
所在地　{place2}
施設　　ジョブステップ伏見（一体的実施施設）
開設　　平成二十九年四月三日

【取組】
・区役所の子育て支援窓口から案内する

【声】
区：相談が増えた。
"""


@pytest.mark.parametrize(
    ("head1", "head2"),
    [
        ("堺市役所の隣で相談から就職まで", "伏見区役所の中の“しごとの入口”"),
        ("堺市庁舎の一角に開いた窓口", "伏見区役場跡の窓口"),
        ("堺市立図書館で開く出張相談", "伏見区内の子育て世帯を支える"),
    ],
)
def test_label_rest_opening_with_a_building_is_the_headline(head1: str, head2: str) -> None:
    text = _WEB.format(
        label1="事例１", head1=head1, place1="大阪府堺市堺区（大阪労働局／ハローワーク堺）",
        label2="Case 2", head2=head2, place2="京都府京都市伏見区（京都労働局／ハローワーク伏見）",
    )
    first, second = jirei.parse_text(text).profiles
    assert (first.title, second.title) == (head1, head2)
    assert second.labour_bureau == "京都労働局"
    assert second.hello_work == ("ハローワーク伏見",)


def test_label_rest_naming_the_place_alone_stays_a_place() -> None:
    """Negative: ``事例２　京都市伏見区`` names the place (no headline on the label line)."""
    text = _WEB.format(
        label1="事例１", head1="大阪府堺市", place1="大阪府堺市堺区（大阪労働局／ハローワーク堺）",
        label2="事例２", head2="京都府京都市伏見区",
        place2="京都府京都市伏見区（京都労働局／ハローワーク伏見）",
    )
    first, second = jirei.parse_text(text).profiles
    assert first.title != "大阪府堺市" and second.title != "京都府京都市伏見区"
    assert (second.prefecture, second.municipality) == ("京都府", "京都市伏見区")


@pytest.mark.parametrize(
    ("place", "municipality"),
    [
        ("京都府京都市伏見区（京都労働局／ハローワーク伏見）", "京都市伏見区"),
        ("京都府京都市伏見区（ハローワーク伏見と共同）", "京都市伏見区"),
        ("京都府京都市伏見区", "京都市伏見区"),
        ("京都府京都市伏見区役所２階", "京都市"),  # a building after the ward: the city (1986)
        ("京都府京都市伏見区（保健福祉センター内）", "京都市"),  # a bracket of no partner
    ],
)
def test_address_ward_with_its_partners_in_a_bracket(place: str, municipality: str) -> None:
    text = _WEB.format(
        label1="事例１", head1="堺市役所の隣で相談から就職まで",
        place1="大阪府堺市堺区（大阪労働局／ハローワーク堺）",
        label2="Case 2", head2="伏見区役所の中の“しごとの入口”", place2=place,
    )
    second = jirei.parse_text(text).profiles[1]
    assert second.municipality == municipality


# --- an overview table flattened one cell a line: a key alone is no headline ---------------

@pytest.mark.parametrize("key", ["施設名称", "施設名", "名称", "窓口の名称"])
def test_key_alone_over_its_value_is_no_headline(key: str) -> None:
    head1, head2 = _HEADS["dot_wave"]
    text = _DOC.format(head1=head1, head2=head2, label="労働局・所", gap="　　", note="")
    for name in ("はままつ就労サポートコーナー", "とよはし就職支援ルーム"):
        text = regex.sub(rf"　　施設名称　　　({name}（[^）]*）)", rf"{key}\n\1", text)
    assert f"{key}\nはままつ" in text  # (the variant is written as meant)
    first, second = jirei.parse_text(text).profiles
    assert (first.title, second.title) == (
        "ワンストップ相談で若者の就労を後押し", "生活保護の窓口とハローワークの連携で早期就職"
    )
    assert (first.facility_name, second.facility_name) == (
        "はままつ就労サポートコーナー", "とよはし就職支援ルーム"
    )


def test_short_headline_that_is_no_label_is_still_a_headline() -> None:
    """Negative: a short catch phrase on its own line under a label stays the headline."""
    text = """事例１　浜松市
駅前の就労窓口
施設名：はままつ就労サポートコーナー（一体的実施施設）

【取組内容】
・市と合同で相談会を開く。

【関係者の声】
浜松市：相談が増えた。

事例２　豊橋市
施設名称
とよはし就職支援ルーム（常設窓口）
福祉と就労の一体窓口

【取組内容】
・ケースワーカーが案内する。

【関係者の声】
豊橋市：相談が増えた。
"""
    first, second = jirei.parse_text(text).profiles
    assert first.title == "駅前の就労窓口"
    assert second.title == "福祉と就労の一体窓口"


def test_note_sentence_over_a_table_names_no_group() -> None:
    """A sentence at the margin right over the table's head row is its note (3139): the
    table is read, and the sentence is no group of its rows."""
    first, _ = _doc(note="令和２年度実績は集計中のため、令和元年度の実績を掲載しています。\n")
    assert [(m.label, m.group) for m in first.metrics] == [
        ("支援対象者数", None), ("就職者数", None)
    ]


def test_sentence_apart_from_the_rows_keeps_the_section_tableless() -> None:
    """Negative: a sentence with a blank line (or a lone row) under it opens no table run;
    the section's prose stays prose (decision 1140's rule)."""
    rules = jirei.DEFAULT_RULES
    apart = [
        Line("就職者数は目標を上回った。", 0),
        Line("", 14),
        Line("項目\t目標\t実績", 15),
        Line("就職者数\t10人\t12人", 30),
    ]
    assert find_run(apart, rules) is None
    lone = [Line("就職者数は目標を上回った。", 0), Line("就職者数\t12人", 14)]
    assert find_run(lone, rules) is None
    over = [apart[0], apart[2], apart[3]]
    run = find_run(over, rules)
    assert run is not None and (run.start, run.captions) == (1, (0,))
