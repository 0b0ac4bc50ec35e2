"""The seed's genre as other offices publish it (branch ``offices-s15``, decisions 2861-2875).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a results table shared by a page's cases, one row per case, whose cells say each figure's
  role by its word (``目標250人以上／実績262人``, ``実績205人``) beside bare rates: each case
  reads its own row, target and actual parted (2861);
* a case whose only figure of its own is a bullet of its その他の実績 that its row of the
  shared table does not restate takes the table's figures, the bullet staying an other
  result (2862).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei

# --------------------------------------------------------------------------------------
# shared tables whose cells name their roles (2861, 2862)


def _case(pref: str, city: str, bureau: str, office: str, name: str, other: str = "") -> str:
    others = f"【その他の実績】\n・{other}\n\n" if other else ""
    return f"""【{pref}{city}】【{bureau}・{office}】
{name}（一体的実施施設）　平成29年4月1日事業開始
{city}の窓口で就職までを切れ目なく支える

【取組内容】
・市の窓口で{office}の職業相談を実施
・就職後の定着支援を電話で実施

{others}＜{city}コメント＞
相談の開始が早くなった。

"""


def _doc(table: str, other: str = "") -> str:
    return (
        "令和４年度　一体的実施　取組事例集\n\n－２－\n\n"
        + _case("山形県", "酒田市", "山形労働局", "ハローワーク酒田", "さかた就労サポート")
        + _case("山形県", "鶴岡市", "山形労働局", "ハローワーク鶴岡", "つるおかジョブルーム",
                other)
        + table
        + "\n－３－\n"
    )


def _metrics(profile: jirei.Profile) -> list[tuple[object, ...]]:
    return [
        (
            m.label,
            m.target.value if m.target else None,
            m.target.qualifier if m.target else None,
            m.actual.value if m.actual else None,
        )
        for m in profile.metrics
    ]


_ROWS_TAB = """【事業目標と実績（令和４年度）】
\t支援対象者数\t就職者数\t就職率
酒田市\t目標180人以上／実績195人\t目標110人以上／実績121人\t62.1％
鶴岡市\t実績140人\t実績83人\t59.3％
"""

_ROWS_PIPE = """■令和４年度の目標と実績
| 施設 | 支援対象者数 | 就職者数 | 就職率 |
|---|---|---|---|
| さかた就労サポート | 目標：180人以上 実績：195人 | 目標：110人以上 実績：121人 | 62.1% |
| つるおかジョブルーム | 実績：140人 | 実績：83人 | 59.3% |
"""

_ROWS_SLASH = """＜令和４年度　事業目標と実績＞
区分\t支援対象者数\t就職者数\t就職率
酒田\t目標180人以上/実績195人\t目標110人以上/実績121人\t62.1%
鶴岡\t実績140人\t実績83人\t59.3%
"""

_COLUMNS = """【令和４年度　事業目標と実績】
区分\t酒田市\t鶴岡市
支援対象者数\t目標180人以上／実績195人\t実績140人
就職者数\t目標110人以上／実績121人\t実績83人
就職率\t62.1％\t59.3％
"""


@pytest.mark.parametrize(
    "table", [_ROWS_TAB, _ROWS_PIPE, _ROWS_SLASH, _COLUMNS],
    ids=["rows-tab", "rows-pipe-names", "rows-short-keys", "columns"],
)
def test_shared_table_cells_name_their_roles(table: str) -> None:
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata) == [
        ("支援対象者数", 180, "以上", 195),
        ("就職者数", 110, "以上", 121),
        ("就職率", None, None, Decimal("62.1")),
    ]
    assert _metrics(tsuruoka) == [
        ("支援対象者数", None, None, 140),
        ("就職者数", None, None, 83),
        ("就職率", None, None, Decimal("59.3")),
    ]
    assert not [u for p in (sakata, tsuruoka) for u in p.unclassified if "%" in u.text]


def test_two_column_table_of_one_case_with_worded_cells() -> None:
    text = """【秋田県横手市】【秋田労働局・ハローワーク横手】
よこて就労コーナー（一体的実施施設）　平成30年4月1日事業開始

【取組内容】
・市役所で職業相談を実施

【令和4年度の実績】
支援対象者数\t目標 90人以上 ・ 実績 97人
就職者数\t目標 60人以上 ・ 実績 64人
就職率\t66.0%
"""
    (case,) = jirei.parse_text(text).profiles
    assert _metrics(case) == [
        ("支援対象者数", 90, "以上", 97),
        ("就職者数", 60, "以上", 64),
        ("就職率", None, None, Decimal("66.0")),
    ]


def test_bare_figure_beside_worded_target_is_the_actual() -> None:
    """``195人（目標180人以上）``: the figure without its word beside a worded one is the
    actual, also when a single row says its roles so; spans point at the figures."""
    text = """【秋田県横手市】【秋田労働局・ハローワーク横手】
よこて就労コーナー（一体的実施施設）　平成30年4月1日事業開始

【取組内容】
・市役所で職業相談を実施

【令和4年度の実績】
支援対象者数\t97人（目標90人以上）
就職率\t66.0%
"""
    (case,) = jirei.parse_text(text).profiles
    assert _metrics(case) == [
        ("支援対象者数", 90, "以上", 97), ("就職率", None, None, Decimal("66.0"))
    ]
    actual = case.metrics[0].actual
    assert text[actual.span.start : actual.span.end] == "97人"


def test_two_column_table_without_role_words_is_unchanged() -> None:
    text = """【秋田県横手市】【秋田労働局・ハローワーク横手】
よこて就労コーナー（一体的実施施設）　平成30年4月1日事業開始

【取組内容】
・市役所で職業相談を実施

【令和4年度の実績】
支援対象者数\t97人
就職者数\t64人
"""
    (case,) = jirei.parse_text(text).profiles
    assert _metrics(case) == [("支援対象者数", None, None, 97), ("就職者数", None, None, 64)]


_OTHER = "出張相談の利用者は延べ48人（前年度比9人増）"


@pytest.mark.parametrize("table", [_ROWS_TAB, _COLUMNS], ids=["rows", "columns"])
def test_other_result_bullet_gives_way_to_shared_table(table: str) -> None:
    sakata, tsuruoka = jirei.parse_text(_doc(table, _OTHER)).profiles
    assert [m.label for m in tsuruoka.metrics] == ["支援対象者数", "就職者数", "就職率"]
    assert tsuruoka.other_results == ("出張相談の利用者は延べ48人(前年度比9人増)",)
    assert [m.label for m in sakata.metrics] == ["支援対象者数", "就職者数", "就職率"]


def test_other_result_bullet_without_shared_table_reads_as_before() -> None:
    """Negative: no table after the cases keys the case; its own line is all it has."""
    text = _doc("", _OTHER)
    _, tsuruoka = jirei.parse_text(text).profiles
    assert [m.label for m in tsuruoka.metrics] == ["利用者"]


def test_own_results_restated_by_table_are_not_reread() -> None:
    """Negative: a figure of the case's own that the table restates is replaced, as before
    (decision 2674): the case's lines are not read again."""
    anchor = "【取組内容】\n・市の窓口でハローワーク酒田"
    text = _doc(_ROWS_TAB).replace(anchor, "就職率は62.1％\n\n" + anchor, 1)
    sakata, _ = jirei.parse_text(text).profiles
    assert [m.label for m in sakata.metrics] == ["支援対象者数", "就職者数", "就職率"]


# --------------------------------------------------------------------------------------
# a head cell naming its case by one of the names it writes together (2863)

_SHORT_COLUMNS = """【令和４年度　事業目標と実績】
区分\tさかた（酒田市）\tつるおか（鶴岡市）
支援対象者数（目標）\t180人以上\t120人以上
支援対象者数（実績）\t195人\t140人
"""

_SHORT_ROWS = """【事業目標と実績（令和４年度）】
\t支援対象者数\t就職者数\t就職率
さかた［酒田市］\t目標180人以上／実績195人\t目標110人以上／実績121人\t62.1％
つるおか［鶴岡市］\t目標120人以上／実績140人\t実績83人\t59.3％
"""

_SHORT_PIPES = """■ 令和４年度の実績
| 施設 | 支援対象者数（目標） | 支援対象者数（実績） |
|---|---|---|
| 酒田市／さかた | 180人以上 | 195人 |
| 鶴岡市／つるおか | 120人以上 | 140人 |
"""


@pytest.mark.parametrize(
    "table", [_SHORT_COLUMNS, _SHORT_ROWS, _SHORT_PIPES], ids=["columns", "rows", "pipes"]
)
def test_head_cell_names_case_by_bracketed_city(table: str) -> None:
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata)[0] == ("支援対象者数", 180, "以上", 195)
    assert _metrics(tsuruoka)[0] == ("支援対象者数", 120, "以上", 140)


def test_head_cell_naming_two_cases_keys_neither() -> None:
    """Negative: a column of two cities together (their total) is no case's column: the
    case above the table does not take it."""
    table = """【令和４年度　事業目標と実績】
区分\t酒田市・鶴岡市
支援対象者数（目標）\t300人以上
支援対象者数（実績）\t335人
"""
    sakata, _ = jirei.parse_text(_doc(table)).profiles
    assert not sakata.metrics


# --------------------------------------------------------------------------------------
# unmarked list lines in a text that keeps one line per paragraph (2864)

_VOICE = (
    "来庁者がその場でハローワークの相談につながるため、支援の開始が早くなった。"
    "定着フォローにより再受給に至るケースも減っている。"
)
_VOICE2 = (
    "ケースワーカーとの情報共有が日常的に行われており、対象者の状況に応じた求人提案が"
    "できている。今後も市と連携して取り組みたい。"
)


def _one_line_doc(body: str, voices: tuple[str, str] = (_VOICE, _VOICE2)) -> str:
    return f"""【秋田県大館市】【秋田労働局・ハローワーク大館】
おおだて就労サポート（一体的実施施設）　令和2年4月1日事業開始
市役所の窓口で就職までを支える

{body}

＜大館市コメント＞
{voices[0]}

＜ハローワーク大館コメント＞
{voices[1]}
"""


@pytest.mark.parametrize(
    "body",
    [
        "【取組内容】\n市の窓口で職業相談を実施\n就職後の定着支援を電話で実施\n月1回のケース会議を開催",
        "【取組内容】\n\n　市の窓口で職業相談を実施\n　就職後の定着支援を電話で実施\n"
        "　月1回のケース会議を開催",
        "■ 主な取組み\n\n    市の窓口で職業相談を実施\n    就職後の定着支援を電話で実施\n"
        "    月1回のケース会議を開催",
    ],
    ids=["flush", "indented-after-blank", "marked-heading-spaces"],
)
def test_unmarked_lines_are_items_in_unwrapped_text(body: str) -> None:
    (case,) = jirei.parse_text(_one_line_doc(body)).profiles
    assert case.initiatives == (
        "市の窓口で職業相談を実施", "就職後の定着支援を電話で実施", "月1回のケース会議を開催"
    )


def test_line_breaking_off_mid_clause_goes_on() -> None:
    body = (
        "【取組内容】\n市の窓口でハローワークの職業相談を、\n予約なしで実施\n"
        "就職後の定着支援を電話で実施"
    )
    (case,) = jirei.parse_text(_one_line_doc(body)).profiles
    assert case.initiatives == (
        "市の窓口でハローワークの職業相談を、予約なしで実施", "就職後の定着支援を電話で実施"
    )


def test_unmarked_other_results_lines_are_items() -> None:
    body = (
        "【取組内容】\n・市の窓口で職業相談を実施\n\n"
        "【その他の実績】\n職場見学会を年4回開催\n延べ23人が見学会に参加"
    )
    (case,) = jirei.parse_text(_one_line_doc(body)).profiles
    assert case.other_results == ("職場見学会を年4回開催", "延べ23人が見学会に参加")


def test_hard_wrapped_text_keeps_joining_lines() -> None:
    """Negative: a text printed to a fixed width (no line wider than a page's) wraps its
    lines; an unmarked item cut at the width is joined as before."""
    short = ("相談の開始が早くなった。", "求人提案ができている。")
    body = (
        "【取組内容】\n市の窓口でハローワークの職業相談を予約なしで受け付ける「即日相談」を徹\n"
        "底"
    )
    (case,) = jirei.parse_text(_one_line_doc(body, short)).profiles
    assert case.initiatives == (
        "市の窓口でハローワークの職業相談を予約なしで受け付ける「即日相談」を徹底",
    )


def test_sentences_under_a_list_heading_read_as_before() -> None:
    """Negative: lines closing sentences are paragraphs (decision 57), not this rule's."""
    body = "【取組内容】\n市の窓口で職業相談を実施し、\n定着支援も行った。\n"
    (case,) = jirei.parse_text(_one_line_doc(body)).profiles
    assert case.initiatives == ("市の窓口で職業相談を実施し、定着支援も行った。",)


# --------------------------------------------------------------------------------------
# a headline broken mid-word after a kanji (2865)


def _headed(first: str, second: str, above: bool) -> str:
    header = (
        "【福島県会津若松市】【福島労働局・ハローワーク会津若松】\n"
        "あいづ就労サポート（一体的実施施設）　平成30年4月1日事業開始\n"
    )
    headline = f"{first}\n{second}\n"
    body = (
        "\n【取組内容】\n・市の窓口で職業相談を実施\n\n"
        "＜会津若松市コメント＞\n相談の開始が早くなった。\n"
    )
    return (headline + header if above else header + headline) + body


@pytest.mark.parametrize("above", [True, False], ids=["over-header", "over-section"])
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("福祉と就労の窓口を一つにして生活保護受給者の就職", "者を増やす"),
        ("ひとり親家庭の就職支援で母子家庭の就職", "率を大きく伸ばす"),
        ("市役所の窓口に相談員が常駐して早期の就職", "を実現"),
    ],
    ids=["suffix-sha", "suffix-ritsu", "particle-wo"],
)
def test_headline_broken_mid_word_is_joined(first: str, second: str, above: bool) -> None:
    (case,) = jirei.parse_text(_headed(first, second, above)).profiles
    assert case.title == first + second
    assert case.municipality == "会津若松市"


def test_headline_line_ending_whole_word_is_not_joined() -> None:
    """Negative: the line under a kanji-ending first line opens a word of its own (a deck's
    title over the catch phrase): not one headline."""
    text = _headed("令和５年度　一体的実施事業の取組事例集", "生活保護受給者の就職を支える", True)
    (case,) = jirei.parse_text(text).profiles
    assert case.title == "生活保護受給者の就職を支える"


def test_short_first_line_is_not_joined() -> None:
    """Negative: a first line narrower than a column is a line of its own."""
    text = _headed("令和４年度", "者を増やす", True)
    (case,) = jirei.parse_text(text).profiles
    assert case.title != "令和４年度者を増やす"


# --------------------------------------------------------------------------------------
# a metric name as the topic of a prose clause (2866)


def _prose(results: str) -> str:
    return f"""平成29年度　一体的実施事業の実施状況

（１）長崎県佐世保市（長崎労働局／ハローワーク佐世保）
　佐世保市とハローワーク佐世保は、平成二十七年四月一日から市役所本庁舎に「させぼ就労サポート」（一体的実施施設）を設け、保護課からの誘導を受けて就労支援を行っている。平成29年度は、支援対象者数290人（目標260人以上、達成率111.5％）、就職者数190人、就職率65.5％の実績を上げた{results}

（２）大分県別府市（大分労働局／ハローワーク別府）
　別府市とハローワーク別府は、平成二十八年十月三日から市役所に「べっぷ仕事相談窓口」（常設窓口）を設置している。平成29年度の支援対象者数は150人、就職者数は98人、就職率は65.3％となった。
"""


@pytest.mark.parametrize(
    ("results", "figure"),
    [
        ("ほか、職業相談は2,140件程度に上った。", (2140, "程度")),
        ("。また、職業相談が約1,850件あった。", (1850, "約")),
        ("ほか、職業紹介は、延べ640件に達した。", (640, None)),
    ],
    ids=["ha-teido", "ga-yaku", "shoukai-nobe"],
)
def test_metric_name_as_clause_topic(results: str, figure: tuple[int, str | None]) -> None:
    sasebo, _ = jirei.parse_text(_prose(results)).profiles
    topic = [m for m in sasebo.metrics if m.key in ("consultations", "referrals")]
    assert [(m.actual.value, m.actual.qualifier) for m in topic] == [figure]
    assert [m.label for m in sasebo.metrics][:3] == ["支援対象者数", "就職者数", "就職率"]


@pytest.mark.parametrize(
    "results",
    [
        "。このほか、職業相談を土曜日にも試行し、延べ46件の利用があった。",
        "。職業相談の予約は年4回の説明会で受け付けた。",
    ],
    ids=["object", "genitive"],
)
def test_metric_name_not_topic_is_no_label(results: str) -> None:
    """Negative: a metric name that is the object or the modifier of its clause names no
    figure."""
    sasebo, _ = jirei.parse_text(_prose(results)).profiles
    assert not [m for m in sasebo.metrics if m.key in ("consultations", "referrals")]


# --------------------------------------------------------------------------------------
# a shared table keyed by each case's Hello Work office (2867)

_OFFICE_COLUMNS = """【令和４年度　事業目標と実績】
区分\tハローワーク酒田\tハローワーク鶴岡
支援対象者数（目標）\t180人以上\t120人以上
支援対象者数（実績）\t195人\t140人
"""

_OFFICE_ROWS = """■令和４年度の目標と実績
| 所 | 支援対象者数 | 就職者数 |
|---|---|---|
| ハローワーク酒田 | 目標180人以上／実績195人 | 目標110人以上／実績121人 |
| ハローワーク鶴岡 | 目標120人以上／実績140人 | 実績83人 |
"""


@pytest.mark.parametrize("table", [_OFFICE_COLUMNS, _OFFICE_ROWS], ids=["columns", "rows"])
def test_shared_table_keyed_by_office(table: str) -> None:
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata)[0] == ("支援対象者数", 180, "以上", 195)
    assert _metrics(tsuruoka)[0] == ("支援対象者数", 120, "以上", 140)


def test_office_shared_by_two_cases_keys_neither() -> None:
    """Negative: an office both cases name keys no column."""
    text = _doc(_OFFICE_COLUMNS).replace("ハローワーク鶴岡】", "ハローワーク酒田】")
    sakata, _ = jirei.parse_text(text).profiles
    assert not sakata.metrics


# --------------------------------------------------------------------------------------
# a head cell naming its case and its column's role together (2868)

_NAMED_ROLES_BRACKETS = """【令和４年度　事業目標と実績】
指標\t酒田市（目標）\t酒田市（実績）\t鶴岡市（目標）\t鶴岡市（実績）
支援対象者数\t180人以上\t195人\t120人以上\t140人
就職者数\t110人以上\t121人\t80人以上\t83人
"""

_NAMED_ROLES_GLUED = """■ 令和４年度の目標と実績
| 区分 | 酒田市目標 | 酒田市実績 | 鶴岡市目標 | 鶴岡市実績 |
|---|---|---|---|---|
| 支援対象者数 | 180人以上 | 195人 | 120人以上 | 140人 |
| 就職者数 | 110人以上 | 121人 | 80人以上 | 83人 |
"""

_NAMED_ROLES_NAMES = """＜令和４年度　事業目標と実績＞
区分\tさかた就労サポート（目標）\tさかた就労サポート（実績）\tつるおかジョブルーム・目標\tつるおかジョブルーム・実績
支援対象者数\t180人以上\t195人\t120人以上\t140人
就職者数\t110人以上\t121人\t80人以上\t83人
"""


@pytest.mark.parametrize(
    "table",
    [_NAMED_ROLES_BRACKETS, _NAMED_ROLES_GLUED, _NAMED_ROLES_NAMES],
    ids=["brackets", "glued", "facility-names"],
)
def test_head_cell_names_case_and_role(table: str) -> None:
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata) == [("支援対象者数", 180, "以上", 195), ("就職者数", 110, "以上", 121)]
    assert _metrics(tsuruoka) == [("支援対象者数", 120, "以上", 140), ("就職者数", 80, "以上", 83)]


def test_head_cells_of_one_case_and_role_twice_are_no_such_table() -> None:
    """Negative: two columns of one case and one role (two years' actuals) are not parted
    into that case's table by this form: the one-column-a-case reader reads it as before
    (each case its last column)."""
    table = """【事業目標と実績】
指標\t酒田市（実績）\t酒田市（実績）\t鶴岡市（実績）\t鶴岡市（実績）
支援対象者数\t180人\t195人\t120人\t140人
"""
    sakata, _ = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata) == [("支援対象者数", None, None, 195)]


# --------------------------------------------------------------------------------------
# the case's name over its own column heads no column (2869)


@pytest.mark.parametrize(
    "table",
    [
        "【実績】\n\t支援対象者数\t就職者数\t就職率\n"
        "酒田市\t195人（目標180人以上）\t121人（目標110人以上）\t62.1％\n"
        "鶴岡市\t140人\t83人\t59.3％\n",
        "【実績】\n施設\t支援対象者数\t就職者数\t就職率\n"
        "さかた就労サポート\t195人\t121人\t62.1％\nつるおかジョブルーム\t140人\t83人\t59.3％\n",
        "【実績】\n区分\t酒田市\t鶴岡市\n支援対象者数\t195人\t140人\n就職者数\t121人\t83人\n"
        "就職率\t62.1％\t59.3％\n",
    ],
    ids=["rows-bracket-targets", "rows-facility-names", "columns"],
)
def test_case_name_heads_no_column_of_its_table(table: str) -> None:
    text = _doc(table)
    sakata, tsuruoka = jirei.parse_text(text).profiles
    assert [m.actual.value for m in tsuruoka.metrics] == [140, 83, Decimal("59.3")]
    assert not sakata.unclassified and not tsuruoka.unclassified
    for metric in (*sakata.metrics, *tsuruoka.metrics):  # each actual's span is its figure
        span = metric.actual.span
        assert text[span.start : span.end].rstrip("人％") == str(metric.actual.value)


def test_corner_naming_a_year_keeps_its_head() -> None:
    """Negative: a corner naming the year and role (``令和4年度実績``) still heads the cases'
    columns: their figures are that year's actuals."""
    table = "【事業実績】\n令和4年度実績\t酒田市\t鶴岡市\n支援対象者数\t195人\t140人\n"
    sakata, _ = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata) == [("支援対象者数", None, None, 195)]
    assert sakata.fiscal_year == 2022


# --------------------------------------------------------------------------------------
# a shared table keyed by the facilities' nicknames (2870)

_NICK_COLUMNS = """【令和４年度　事業目標と実績】
区分\tさかた\tつるおか
支援対象者数（目標）\t180人以上\t120人以上
支援対象者数（実績）\t195人\t140人
"""

_NICK_ROWS = """■令和４年度の目標と実績
| 窓口 | 支援対象者数 | 就職者数 |
|---|---|---|
| さかた | 目標180人以上／実績195人 | 目標110人以上／実績121人 |
| つるおか | 目標120人以上／実績140人 | 実績83人 |
"""


@pytest.mark.parametrize("table", [_NICK_COLUMNS, _NICK_ROWS], ids=["columns", "rows"])
def test_shared_table_keyed_by_nickname(table: str) -> None:
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata)[0] == ("支援対象者数", 180, "以上", 195)
    assert _metrics(tsuruoka)[0] == ("支援対象者数", 120, "以上", 140)


def test_nickname_after_the_kind_word() -> None:
    """The name after the last kind word (``…就労支援コーナーあおば`` → ``あおば``) keys too."""
    text = (
        _doc(_NICK_COLUMNS.replace("さかた", "みなと").replace("つるおか", "しろやま"))
        .replace("さかた就労サポート", "酒田市就労支援コーナーみなと")
        .replace("つるおかジョブルーム", "鶴岡市就労支援コーナーしろやま")
    )
    sakata, tsuruoka = jirei.parse_text(text).profiles
    assert _metrics(sakata)[0] == ("支援対象者数", 180, "以上", 195)
    assert _metrics(tsuruoka)[0] == ("支援対象者数", 120, "以上", 140)
