"""Voices and figures in other shapes (decisions 3296–3310, branch voices-s17).

Each rule is tried on documents written for this file, in layouts other than the
development documents' (other places, figures, spacing, marks), with negative variants
that must not trigger it:

- 3296 a row of a role word and figures (``実績<TAB>231人<TAB>247人``) is a body row, never
  a results caption written in a head row's corner;
- 3297 a table of role rows (目標 / 実績 / 達成率 rows of figures) is the results wherever it
  stands, its short caption line going with it when the table names no metric;
- 3298 such a table with no label column takes its metric from the caption
  (``○○の推移`` → ``○○``), the reported (latest) year's column, a ``（参考）`` year
  column being an earlier year's;
- 3299 a labour bureau and a Hello Work office speaking as one, the bureau named first, are
  the bureau's side (role ``labour_bureau``);
- 3300 a person with the organisation they speak for in a bracket after them
  (``中川係長（富山市生活支援課）``, ``40代女性（利用者）``): the speaker is the organisation;
- 3301 an English label before a Japanese heading (``VOICE　担当者から一言``) leaves the
  heading its section;
- 3302 a short line alone after a comment, a blank line apart, closing no sentence
  (``金沢市の事例``) is the next part's heading, not the comment's text;
- 3303 a bar chart's text, each role word (``目標``, ``実績``) on a line of its own over its
  figure, is read as the label's target and actual; the role word opens no section;
- 3304 a note on how the figures are shown (``（グラフ）``, ``（抜粋）``) after a heading leaves
  the heading its section;
- 3306 the metric may be named in the head row's corner over the year columns
  (``支援対象者数 | 令和2年度 | 令和3年度``) instead of a caption;
- 3307 years as rows under a caption (a head row of role words over one row per year): the
  latest year's row is read, the caption naming its metric;
- 3308 a year-column table under a heading naming one fiscal year reads that year's column,
  wherever it stands (a next year's target column after it).

Every expected value was written by hand from reading the document by
docs/reading-rules.md and corpus/README.md, never printed from the parser.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.headingtables import is_caption_corner_row
from jirei.lines import Line
from jirei.tables.captionlabel import caption_name


def _parse(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


def _case(results: str) -> str:
    return (
        "【愛知県豊橋市】【愛知労働局・ハローワーク豊橋】\n"
        "とよはし就労支援コーナー（一体的実施施設）\n"
        "事業開始：令和2年4月1日\n\n"
        "相談の入口をひとつに\n\n"
        "取組内容\n"
        "1. 福祉課の窓口で就労希望を確認した方をその場で案内\n"
        "2. 共通の支援記録票を使用\n\n"
        f"{results}\n"
    )


def _figures(profile: jirei.Profile) -> list[tuple[object, ...]]:
    return [
        (
            m.label,
            m.group,
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]


# three other ways to write a year-column table named by its caption
_TAB_THREE_YEARS = (
    "就職者数の推移\n"
    "\t令和3年度\t令和4年度\t令和5年度\n"
    "目標\t80人\t85人\t90人以上\n"
    "実績\t77人\t88人\t99人\n"
    "達成率\t96.3%\t103.5%\t110.0%\n"
)
_PIPE_REFERENCE = (
    "■就職者数の経年変化\n"
    "| 区分 | 令和4年度（参考） | 令和5年度 |\n"
    "| 目標 | 85人 | 90人以上 |\n"
    "| 実績 | 88人 | 99人 |\n"
    "| 達成率 | 103.5% | 110.0% |\n"
)
_SPACED_NO_CORNER = (
    "【就職者数】\n"
    "      R4年度      R5年度\n"
    "目標  85人        90人以上\n"
    "実績  88人        99人\n"
    "達成率  103.5%    110.0%\n"
)


@pytest.mark.parametrize("table", [_TAB_THREE_YEARS, _PIPE_REFERENCE, _SPACED_NO_CORNER])
def test_year_column_table_named_by_its_caption(table: str) -> None:
    (case,) = _parse(_case(table))
    assert _figures(case) == [("就職者数", None, 90, 99, Decimal("110.0"))]
    assert case.metrics[0].key == "employed"


def test_two_captioned_tables_one_case() -> None:
    text = _case(
        "支援対象者数の推移\n"
        "\t令和4年度\t令和5年度\n"
        "目標\t150人\t160人\n"
        "実績\t162人\t176人\n"
        "達成率\t108.0%\t110.0%\n\n"
        + _TAB_THREE_YEARS
    )
    (case,) = _parse(text)
    assert _figures(case) == [
        ("支援対象者数", None, 160, 176, Decimal("110.0")),
        ("就職者数", None, 90, 99, Decimal("110.0")),
    ]
    label = case.metrics[0]
    assert label.span is not None


def test_caption_label_keeps_its_place() -> None:
    line = Line("■支援対象者数の推移", 100)
    cell = caption_name(line)
    assert cell is not None
    assert (cell.text, cell.start, cell.end) == ("支援対象者数", 101, 107)


@pytest.mark.parametrize("caption", ["実績", "区分", "【目標】"])
def test_column_word_caption_names_no_metric(caption: str) -> None:
    assert caption_name(Line(caption, 0)) is None


@pytest.mark.parametrize(
    "row",
    ["実績\t231人\t198人\t247人", "| 実績 | 162人 | 185人 |", "達成率\t―\t108.8%"],
)
def test_role_row_of_figures_is_no_caption_corner(row: str) -> None:
    assert not is_caption_corner_row(row)


@pytest.mark.parametrize(
    "row", ["【令和２年度 事業目標と実績】\t盛岡市\t花巻市", "| ■令和２年度の実績 | 目標 | 実績 |"]
)
def test_caption_corner_rows_still_read(row: str) -> None:
    assert is_caption_corner_row(row)


def test_table_with_metric_names_keeps_caption_out() -> None:
    # the head row names the metrics: the line over it is a heading, no metric's name
    (case,) = _parse(
        _case(
            "数字で見る令和5年度\n"
            "\t支援対象者数\t就職者数\n"
            "目標\t160人\t90人\n"
            "実績\t176人\t99人\n"
        )
    )
    assert [(m.label, m.target.value, m.actual.value) for m in case.metrics] == [
        ("支援対象者数", 160, 176),
        ("就職者数", 90, 99),
    ]
    assert all(m.group is None for m in case.metrics)


def test_sentence_over_role_table_is_no_caption() -> None:
    # a sentence above the table names no metric: the table stays unlabelled, no metric
    # takes the sentence's words
    (case,) = _parse(
        _case(
            "実績は次のとおりであった。\n"
            "\t令和4年度\t令和5年度\n"
            "目標\t150人\t160人\n"
            "実績\t162人\t176人\n"
        )
    )
    assert all("とおり" not in m.label for m in case.metrics)


def test_marked_caption_over_rows_but_no_item_with_figures() -> None:
    from jirei.tables.grid import find_run

    rows = ["\t令和4年度\t令和5年度", "目標\t150人\t160人", "実績\t162人\t176人"]
    lines = [Line(text, 0) for text in ["■支援対象者数の推移", *rows]]
    run = find_run(lines)
    assert run is not None and run.captions == (0,)
    item = [Line(text, 0) for text in ["・就職者数　実績 134人", *rows]]
    assert find_run(item) is None


@pytest.mark.parametrize(
    ("speaker", "role"),
    [
        ("愛媛労働局・ハローワーク松山", "labour_bureau"),
        ("労働局・ハローワーク", "labour_bureau"),
        ("静岡労働局及び公共職業安定所", "labour_bureau"),
        ("松山市・ハローワーク松山", "other"),  # a city and an office: neither side (2459)
        ("ハローワーク松山", "hello_work"),
    ],
)
def test_joint_bureau_and_office_role(speaker: str, role: str) -> None:
    from jirei.comments import role_of

    assert role_of(speaker) == role


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("中川係長(富山市生活支援課)", "富山市生活支援課"),
        ("田中主査(北九州市保護課)", "北九州市保護課"),
        ("統括職業指導官(ハローワーク函館)", "ハローワーク函館"),
        ("50代男性(利用者)", "利用者"),
        # no change: an organisation before the bracket, a person's name before a post in
        # it, a person described in the bracket, a word that is no organisation
        ("佐藤明子(郡山市保健福祉部生活支援課長)", "佐藤明子(郡山市保健福祉部生活支援課長)"),
        ("利用者(30代女性)", "利用者(30代女性)"),
        ("盛岡市(子ども未来部)", "盛岡市(子ども未来部)"),
        ("30代・男性(就職した方)", "30代・男性(就職した方)"),
    ],
)
def test_person_with_organisation_in_brackets(speaker: str, expected: str) -> None:
    from jirei.speakerposts import tidy_speaker

    assert tidy_speaker(speaker) == expected


def test_bulleted_voices_name_the_organisation() -> None:
    (case,) = _parse(
        _case(
            "■関係者の声\n"
            "・田中主査〔浜松市生活福祉課〕：窓口が近くなり、その日のうちに相談できます。\n"
            "・就職支援ナビゲーター（ハローワーク浜松）：引継ぎが早くなりました。\n"
            "・30代男性（利用者）：一度で手続が済みました。\n"
        )
    )
    assert [(c.speaker, c.role, c.text) for c in case.comments] == [
        ("浜松市生活福祉課", "municipality", "窓口が近くなり、その日のうちに相談できます。"),
        ("ハローワーク浜松", "hello_work", "引継ぎが早くなりました。"),
        ("利用者", "other", "一度で手続が済みました。"),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("VOICE　担当者から一言", "comments"),
        ("Voices 関係者の声", "comments"),
        ("OUR RESULTS: 実績", "results"),
        ("POINT 取組内容", "initiatives"),
    ],
)
def test_english_label_before_heading(line: str, kind: str) -> None:
    from jirei.sections import K, classifier

    assert classifier().kind_of(line) == (K.SECTION, kind)


@pytest.mark.parametrize("line", ["VOICE 札幌市", "NEW 福井市の事例", "Photo 窓口の様子"])
def test_english_label_before_other_words(line: str) -> None:
    from jirei.sections import K, classifier

    assert classifier().kind_of(line)[0] is not K.SECTION


def test_voice_box_under_english_label_and_case_label_after() -> None:
    text = _case(
        "━━━━━━━━━━\n"
        "VOICE　担当者から一言\n"
        "━━━━━━━━━━\n"
        "豊橋市福祉課：同じ日に仕事の相談まで済ませられると好評です。\n"
        "ハローワーク豊橋：就職までの期間が短くなっています。\n"
        "━━━━━━━━━━\n\n"
        "ページの先頭へ戻る\n\n"
        "岡崎市の事例\n\n"
        "ひとり親の就職を支える\n\n"
        "【愛知県岡崎市】【愛知労働局・ハローワーク岡崎】\n"
        "おかざき就労支援窓口（一体的実施施設）\n"
        "事業開始：令和3年4月1日\n\n"
        "取組内容\n"
        "1. 出張相談会を開催\n"
    )
    first, second = _parse(text)
    assert [(c.speaker, c.role, c.text) for c in first.comments] == [
        ("豊橋市福祉課", "municipality", "同じ日に仕事の相談まで済ませられると好評です。"),
        ("ハローワーク豊橋", "hello_work", "就職までの期間が短くなっています。"),
    ]
    assert second.municipality == "岡崎市"


def test_long_paragraph_after_a_voice_goes_on() -> None:
    # a second paragraph of speech (a sentence, or a long line) still goes on the voice
    (case,) = _parse(
        _case(
            "■関係者の声\n"
            "豊橋市福祉課：窓口が近くなりました。\n\n"
            "今後は若い方への周知にも力を入れたい。\n"
        )
    )
    assert [c.text.replace("\n", "") for c in case.comments] == [
        "窓口が近くなりました。今後は若い方への周知にも力を入れたい。"
    ]


_CHART_SPLIT = (
    "■令和5年度 目標と実績（グラフ）\n\n"
    "支援対象者数\n"
    "　目標\n"
    "　２００人\n"
    "　実績\n"
    "　２１８人\n\n"
    "就職者数\n"
    "目標\n"
    "120人\n"
    "実績\n"
    "131人\n\n"
    "就職率\n"
    "　実績\n"
    "　60.1％\n\n"
    "■関係者の声\n"
    "豊橋市福祉課：窓口が近くなりました。\n"
)


def test_bar_chart_role_words_on_lines_of_their_own() -> None:
    (case,) = _parse(_case(_CHART_SPLIT))
    assert [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
        for m in case.metrics
    ] == [("支援対象者数", 200, 218), ("就職者数", 120, 131), ("就職率", None, Decimal("60.1"))]
    assert [c.speaker for c in case.comments] == ["豊橋市福祉課"]


def test_bar_chart_values_under_labels_and_a_second_case() -> None:
    second = (
        "\n【愛知県岡崎市】【愛知労働局・ハローワーク岡崎】\n"
        "おかざき就労支援窓口（一体的実施施設）\n"
        "事業開始：令和3年4月1日\n\n"
        "取組内容\n"
        "1. 出張相談会を開催\n\n"
        "■実績（グラフ）\n\n"
        "相談件数\n"
        "１，２０４件\n\n"
        "就職者数\n"
        "９８人\n"
    )
    first, other = _parse(_case(_CHART_SPLIT) + second)
    assert len(first.metrics) == 3
    assert other.municipality == "岡崎市"
    assert [(m.label, m.target, m.actual.value) for m in other.metrics] == [
        ("相談件数", None, 1204),
        ("就職者数", None, 98),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "支援対象者数\n\n実績\n\n支援対象者数は218人であった。\n",  # 実績 set apart: a heading
        "支援対象者数\n実績\n市と連携して支援した。\n",  # no figure under it
    ],
)
def test_role_word_not_over_a_figure_stays_a_heading(text: str) -> None:
    from jirei.chartroles import with_chart_roles
    from jirei.lines import Line as _Line
    from jirei.sections import K, classifier

    lines, at = [], 0
    for piece in text.split("\n"):
        lines.append(_Line(piece, at))
        at += len(piece) + 1
    infos = with_chart_roles(classifier().classify_all(lines))
    assert any(i.kind is K.SECTION and i.text.strip() == "実績" for i in infos)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("■平成30年度実績（グラフ）", "results"),
        ("【目標と実績】（抜粋）", "results"),
        ("◆令和5年度の成果（図表）", "results"),
    ],
)
def test_heading_with_a_note_on_its_figures(line: str, kind: str) -> None:
    import unicodedata

    from jirei.sections import K, classifier

    assert classifier().kind_of(unicodedata.normalize("NFKC", line)) == (K.SECTION, kind)


@pytest.mark.parametrize(
    "table",
    [
        "支援対象者数\t令和4年度\t令和5年度\n目標\t150人\t160人\n実績\t162人\t176人\n達成率\t108.0%\t110.0%\n",
        "| 支援対象者数 | R4年度 | R5年度 |\n| 目標 | 150人 | 160人 |\n| 実績 | 162人 | 176人 |\n"
        "| 達成率 | 108.0% | 110.0% |\n",
    ],
)
def test_metric_named_in_the_corner_over_years(table: str) -> None:
    (case,) = _parse(_case(table))
    assert _figures(case) == [("支援対象者数", None, 160, 176, Decimal("110.0"))]


@pytest.mark.parametrize(
    "table",
    [
        "支援対象者数の推移\n\t目標\t実績\t達成率\n令和3年度\t140人\t150人\t107.1%\n"
        "令和4年度\t150人\t162人\t108.0%\n令和5年度\t160人\t176人\t110.0%\n",
        "■支援対象者数の経年変化\n| 区分 | 目標 | 実績 | 達成率 |\n"
        "| 令和4年度 | 150人 | 162人 | 108.0% |\n"
        "| 令和5年度 | 160人 | 176人 | 110.0% |\n",
    ],
)
def test_years_as_rows_under_a_caption(table: str) -> None:
    (case,) = _parse(_case(table))
    assert _figures(case) == [("支援対象者数", None, 160, 176, Decimal("110.0"))]


def test_roles_over_years_needs_a_year_row() -> None:
    from jirei.roletables import roles_over_years

    head = Line("\t目標\t実績\t達成率", 0)
    assert roles_over_years(head, Line("令和5年度\t160人\t176人\t110.0%", 0))
    assert not roles_over_years(head, Line("就職者数\t160人\t176人\t110.0%", 0))
    assert not roles_over_years(Line("\t目標\t備考", 0), Line("令和5年度\t160人\t-", 0))


def test_corner_metric_needs_known_metric_and_years() -> None:
    from jirei.roletables import names_corner_metric

    assert names_corner_metric(Line("就職者数\t令和4年度\t令和5年度", 0))
    assert not names_corner_metric(Line("市の取組\t令和4年度\t令和5年度", 0))
    assert not names_corner_metric(Line("就職者数\t目標\t実績", 0))


_NEXT_YEAR_COLUMN = (
    "就職者数の推移\n"
    "\t令和3年度\t令和4年度\t令和5年度\n"
    "目標\t85人\t90人\t100人\n"
    "実績\t88人\t99人\t―\n"
    "達成率\t103.5%\t110.0%\t―\n"
)


@pytest.mark.parametrize(
    "heading", ["■令和4年度の実績", "【R4年度 目標と実績】", "３　令和４年度の成果"]
)
def test_heading_year_picks_its_column(heading: str) -> None:
    (case,) = _parse(_case(f"{heading}\n\n{_NEXT_YEAR_COLUMN}"))
    assert _figures(case) == [("就職者数", None, 90, 99, Decimal("110.0"))]


def test_heading_without_a_listed_year_reads_the_latest() -> None:
    # the heading names no year of the columns: the latest column, as before (decision 1000)
    (case,) = _parse(_case(f"■令和2年度の実績\n\n{_NEXT_YEAR_COLUMN}"))
    assert _figures(case) == [("就職者数", None, 100, None, None)]


def test_year_columns_reported() -> None:
    from jirei.tables.yearcolumns import YearColumns

    series = YearColumns(3, 2, (2021, 2022, 2023))
    assert series.reported(2022) == YearColumns(3, 1, (2021, 2022, 2023))
    assert series.reported(2019) is series
    assert series.reported(None) is series
