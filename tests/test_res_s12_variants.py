"""Targets and results in other forms, and parts of a case standing apart (branch
``res-s12``, decisions 2530-2549).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a long all-cases table after the cases (a case's run of rows under a merged key cell),
  joined to its case by number, city or facility — tabs or pipes, key in the first or the
  second column, more or fewer metrics per case;
* a pointer line (``…を参照。``, ``…のとおり。``) is no other result; a result sentence ending
  in the same words without a table noun stays one;
* an appendix (``付表``) after a last case already cut before it;
* a stand-alone bracket heading whose stem names results (``【就職実績の推移】``) over a table;
* a header of bare fiscal years (no role word): the latest year's actuals;
* a results sentence ``label の目標 T に対し A`` after a fiscal-year topic.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei


def _case(number: int, city: str, pref: str, office: str, facility: str, results: str) -> str:
    return f"""事例{number}
【{pref}{city}】【{pref[:-1]}労働局・{office}】{facility}（一体的実施施設）令和2年4月1日事業開始

窓口で就職を後押し{number}

【取組内容】
・庁舎内で職業相談を実施。

【事業目標と取組状況】
{results}

＜{city}コメント＞
連携が進んだ。
"""


_CASES = [
    (1, "北九州市", "福岡県", "ハローワーク八幡", "しごとプラザやはた"),
    (2, "熊本市", "熊本県", "ハローワーク熊本", "くまもと就労サポートルーム"),
    (3, "鹿児島市", "鹿児島県", "ハローワークかごしま", "かごしま就労支援センター"),
]


def _report(pointer: str, table: str) -> str:
    body = "\n".join(
        _case(n, city, pref, office, facility, pointer.format(n=n))
        for n, city, pref, office, facility in _CASES
    )
    return body + "\n\n【参考】令和４年度 事業目標・実績一覧\n\n" + table


_TAB_NUMBER_FIRST = """番号\t自治体（施設名）\t項目\t目標\t実績（達成率）
１\t北九州市（しごとプラザやはた）\t支援対象者数\t260人以上\t284人（109.2％）
\t\t就職者数\t170人以上\t188人（110.6％）
２\t熊本市（くまもと就労サポートルーム）\t支援対象者数\t300人\t327人（109.0％）
\t\t就職者数\t195人\t207人（106.2％）
\t\t相談件数\t－\t約4,200件
３\t鹿児島市（かごしま就労支援センター）\t支援対象者数\t240人以上\t229人（95.4％）
\t\t就職者数\t156人以上\t161人（103.2％）
"""

_PIPE_CITY_FIRST = """| 自治体 | 指標 | 目標 | 実績 |
|---|---|---|---|
| 北九州市 | 支援対象者数 | 260人 | 284人 |
|  | 就職者数 | 170人 | 188人 |
| 熊本市 | 支援対象者数 | 300人 | 327人 |
|  | 就職者数 | 195人 | 207人 |
| 鹿児島市 | 支援対象者数 | 240人 | 229人 |
|  | 就職者数 | 156人 | 161人 |
"""

_FACILITY_KEYED = """| No. | 施設 | 区分 | 目標 | 実績 |
|---|---|---|---|---|
| 1 | しごとプラザやはた | 就職者数 | 170人 | 188人 |
|  |  | 就職率 | 65％ | 66.2％ |
| 2 | くまもと就労サポートルーム | 就職者数 | 195人 | 207人 |
| 3 | かごしま就労支援センター | 就職者数 | 156人 | 161人 |
|  |  | 就職率 | 65％ | 70.3％ |
"""


def _figures(profile: jirei.Profile) -> list[tuple[str, object, object]]:
    return [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
        for m in profile.metrics
    ]


def test_long_table_tabs_number_column_joins_each_case() -> None:
    doc = jirei.parse_text(_report("　巻末【参考】一覧表の番号{n}を参照。", _TAB_NUMBER_FIRST))
    assert [_figures(p) for p in doc.profiles] == [
        [("支援対象者数", 260, 284), ("就職者数", 170, 188)],
        [("支援対象者数", 300, 327), ("就職者数", 195, 207), ("相談件数", None, 4200)],
        [("支援対象者数", 240, 229), ("就職者数", 156, 161)],
    ]
    first = doc.profiles[0].metrics[0]
    assert first.achievement_rate == Decimal("109.2")
    assert doc.profiles[1].metrics[2].actual.qualifier == "約"
    assert all(p.other_results == () for p in doc.profiles)  # the pointers are no result


def test_long_table_pipes_city_in_first_column() -> None:
    doc = jirei.parse_text(_report("実績は巻末の一覧表のとおり。", _PIPE_CITY_FIRST))
    assert [_figures(p) for p in doc.profiles] == [
        [("支援対象者数", 260, 284), ("就職者数", 170, 188)],
        [("支援対象者数", 300, 327), ("就職者数", 195, 207)],
        [("支援対象者数", 240, 229), ("就職者数", 156, 161)],
    ]
    assert all(p.other_results == () for p in doc.profiles)


def test_long_table_keyed_by_facility_with_single_row_case() -> None:
    doc = jirei.parse_text(_report("（別添資料参照）", _FACILITY_KEYED))
    assert [_figures(p) for p in doc.profiles] == [
        [("就職者数", 170, 188), ("就職率", 65, Decimal("66.2"))],
        [("就職者数", 195, 207)],
        [("就職者数", 156, 161), ("就職率", 65, Decimal("70.3"))],
    ]


def test_long_table_naming_no_case_is_not_read() -> None:
    table = _PIPE_CITY_FIRST.replace("北九州市", "福岡市").replace("熊本市", "佐賀市").replace(
        "鹿児島市", "宮崎市"
    )
    doc = jirei.parse_text(_report("", table))
    assert all(p.metrics == () for p in doc.profiles)


def test_long_table_of_one_case_and_strangers_is_not_read() -> None:
    # one row names a case, the others name no case: no table of every case
    table = _PIPE_CITY_FIRST.replace("熊本市", "佐賀市").replace("鹿児島市", "宮崎市")
    doc = jirei.parse_text(_report("", table))
    assert all(p.metrics == () for p in doc.profiles)


@pytest.mark.parametrize(
    "text",
    [
        "巻末【参考】一覧表の番号1を参照。",
        "付表の表Ａのとおり。",
        "実績は別紙資料参照",
        "数値は末尾の一覧をご覧ください。",
    ],
)
def test_pointer_lines(text: str) -> None:
    from jirei.pointers import is_pointer

    assert is_pointer(text)


@pytest.mark.parametrize(
    "text",
    [
        "職場見学会を計画のとおり実施した。",  # no table noun
        "ハローワークの求人情報を市の広報誌に掲載した。",
        "ひとり親家庭向けの相談会を開催し、参加者の多くが一覧表の求人に応募したことから、"
        "次年度も継続することとした。詳細は巻末を参照",  # too long to be a pointer
    ],
)
def test_result_sentences_are_no_pointers(text: str) -> None:
    from jirei.pointers import is_pointer

    assert not is_pointer(text)


_YEARS_HEAD = """【神奈川県横浜市】【神奈川労働局・ハローワーク横浜南】
ジョブスポットこうなん（一体的実施施設）平成27年2月2日事業開始

区と二人三脚の就労支援

【取組内容】
・面接の練習を実施。

{heading}
{table}
"""


@pytest.mark.parametrize(
    "table",
    [
        # space-aligned, era years
        "                    平成28年度      平成29年度      平成30年度\n"
        "  支援対象者数         205人           231人           258人\n"
        "  就職者数             139人           158人           180人",
        # pipes, short years
        "| | 28年度 | 29年度 | 30年度 |\n|---|---|---|---|\n"
        "| 支援対象者数 | 205人 | 231人 | 258人 |\n| 就職者数 | 139人 | 158人 | 180人 |",
        # tabs, two years
        "区分\t平成29年度\t平成30年度\n支援対象者数\t231人\t258人\n就職者数\t158人\t180人",
    ],
)
def test_bare_year_columns_give_the_latest_actuals(table: str) -> None:
    text = _YEARS_HEAD.format(heading="【就職実績の推移】", table=table)
    case = jirei.parse_text(text).profiles[0]
    assert case.fiscal_year == 2018
    assert _figures(case) == [("支援対象者数", None, 258), ("就職者数", None, 180)]


def test_results_stem_heading_under_other_brackets() -> None:
    table = "| | 平成29年度実績 | 平成30年度実績 |\n|---|---|---|\n| 就職者数 | 158人 | 180人 |"
    for heading in ("〔支援実績の推移〕", "【就職者数の推移】", "《実績の経年変化》"):
        case = jirei.parse_text(_YEARS_HEAD.format(heading=heading, table=table)).profiles[0]
        assert _figures(case) == [("就職者数", None, 180)], heading


def test_repeated_year_columns_are_not_a_series() -> None:
    # the same year twice (目標 and 実績 columns without the words): not read as actuals
    from jirei.lines import Cell
    from jirei.tables.grid import header_columns

    cells = [Cell("", 0, 0), Cell("平成30年度", 1, 7), Cell("平成30年度", 8, 14)]
    columns, _ = header_columns(cells, era=None)
    assert [c.role for c in columns[1:]] == ["year", "year"]


_SENTENCE_HEAD = (
    "【兵庫県尼崎市】【兵庫労働局・ハローワーク尼崎】"
    "あまがさきしごと相談コーナー（一体的実施施設）平成27年10月1日事業開始\n"
) + """
相談窓口

【取組内容】
・相談を実施。

【事業目標と取組状況】
{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "令和2年度は、支援対象者数の目標250人に対し実績271人（達成率108.4％）となった。"
            "また、職業相談件数は延べ約3,400件、セミナー参加者数は62人となった。",
            [
                ("支援対象者数", 250, 271),
                ("職業相談件数", None, 3400),
                ("セミナー参加者数", None, 62),
            ],
        ),
        (
            "就職者数の目標160人に対し175人、相談件数は約3,400件であった。",
            [("就職者数", 160, 175), ("相談件数", None, 3400)],
        ),
        pytest.param(
            "２０２０年度は、就職者数の目標１６０人に対して実績１７５人であった。",
            [("就職者数", 160, 175)],
            marks=pytest.mark.xfail(
                strict=True,
                reason="gap: a one-sentence line is taken by an earlier reader first, which keeps "
                "the year topic in the label (also for ``…は目標…``)",
            ),
        ),
        (  # the target before its word (``240人の目標``): not the の form (decision 2464)
            "令和2年度は、支援対象者数240人の目標に対し252人（達成率105.0％）となった。",
            [("支援対象者数", 240, 252)],
        ),
    ],
)
def test_label_no_target_sentences(sentence: str, expected: list) -> None:
    case = jirei.parse_text(_SENTENCE_HEAD.format(sentence=sentence)).profiles[0]
    assert _figures(case) == expected


_APPENDIX = """事例Ａ　出張相談で登録を倍増
　（青森県八戸市／青森労働局・ハローワーク八戸／はちのへ就労サポートデスク〔常設窓口〕／平成27年4月1日開設）

◇取組の内容
　・受付会場に相談ブースを設けた。

◇実績
　付表の表Ａのとおり。

事例Ｂ　毎朝の5分ミーティング
　（山形県鶴岡市／山形労働局・ハローワーク鶴岡／つるおかワークステーション〔一体的実施施設〕／平成28年6月1日開設）

◇取組の内容
　・毎朝ミーティングを行った。

◇実績
　付表の表Ｂのとおり。

◇関係者の声
　鶴岡市福祉課
　　顔を合わせることで本人の様子まで共有できるようになった。

{gap}付表　各事例の平成29年度実績

表Ａ　はちのへ就労サポートデスク（八戸市）
　区分　　　　　　　　実績（目標）
　支援対象者数　　　　146人（120人以上）

表Ｂ　つるおかワークステーション（鶴岡市）
　区分　　　　　　　　実績（目標）
　支援対象者数　　　　212人（200人以上）
"""


@pytest.mark.parametrize("gap", ["\n", "\n－５－\n（別添）\n\n", "\n\n\n"])
def test_appendix_after_the_last_case(gap: str) -> None:
    doc = jirei.parse_text(_APPENDIX.format(gap=gap))
    assert [_figures(p) for p in doc.profiles] == [
        [("支援対象者数", 120, 146)],
        [("支援対象者数", 200, 212)],
    ]
    assert all(p.other_results == () for p in doc.profiles)


@pytest.mark.parametrize(
    "lines",
    [
        "　ア　支援対象者数　目標　一八〇人以上　　実績　一九六人（達成率一〇八・九％）\n"
        "　イ　就職者数　　　目標　一一七人以上　　実績　一二〇人（達成率一〇二・六％）",
        "　(ア)　支援対象者数　目標　180人以上　　実績　196人（達成率108.9％）\n"
        "　(イ)　就職者数　　　目標　117人以上　　実績　120人（達成率102.6％）",
        "　①　支援対象者数　目標　180人以上　　実績　196人（達成率108.9％）\n"
        "　②　就職者数　　　目標　117人以上　　実績　120人（達成率102.6％）",
    ],
)
def test_list_markers_before_result_lines(lines: str) -> None:
    case = jirei.parse_text(_SENTENCE_HEAD.format(sentence=lines)).profiles[0]
    assert _figures(case) == [("支援対象者数", 180, 196), ("就職者数", 117, 120)]
    assert [m.key for m in case.metrics] == ["support_targets", "employed"]


def test_label_starting_like_a_marker_is_kept() -> None:
    from jirei.labelmarkers import unmarked

    assert unmarked("イベント参加者数") == "イベント参加者数"  # the rest names no metric
    assert unmarked("ア支援対象者数") == "支援対象者数"
    assert unmarked("1就職率") == "就職率"
    assert unmarked("就職者数") == "就職者数"


_TAB_ROWS = "支援対象者数\t130人\t141人\t108.5%\n就職者数\t80人\t88人\t110.0%"
_PIPE_ROWS = "| 支援対象者数 | 130人 | 141人 | 108.5% |\n| 就職者数 | 80人 | 88人 | 110.0% |"


@pytest.mark.parametrize(
    "table",
    [
        f"項目\t上半期目標\t上半期実績\t達成率\n{_TAB_ROWS}",
        f"区分\t第3四半期累計目標\t第3四半期累計実績\t達成率\n{_TAB_ROWS}",
        f"| 項目 | 上期目標 | 上期実績 | 達成率 |\n|---|---|---|---|\n{_PIPE_ROWS}",
    ],
)
def test_part_year_role_columns(table: str) -> None:
    case = jirei.parse_text(_SENTENCE_HEAD.format(sentence=table)).profiles[0]
    assert _figures(case) == [("支援対象者数", 130, 141), ("就職者数", 80, 88)]
    assert case.metrics[0].achievement_rate == Decimal("108.5")


def test_part_year_columns_beside_the_year_are_not_read() -> None:
    # the whole year's target and actual stand beside the half-year's: those are read
    table = (
        "項目\t年間目標\t上半期実績\t年間実績\n"
        "支援対象者数\t260人\t141人\t284人\n"
        "就職者数\t160人\t88人\t170人"
    )
    case = jirei.parse_text(_SENTENCE_HEAD.format(sentence=table)).profiles[0]
    assert _figures(case) == [("支援対象者数", 260, 284), ("就職者数", 160, 170)]


_KYOTO = (
    "【京都府京都市】【京都労働局・ハローワーク伏見】"
    "ふしみワークサポート（一体的実施施設）平成三十年四月二日事業開始\n"
) + """
区役所内の身近な窓口

【取組内容】
・庁舎内に窓口を設けた。

{heading}
{lines}

＜{speaker}コメント＞
区民の利便性が大きく向上した。
"""


@pytest.mark.parametrize(
    "heading", ["【令和２年度の取組状況】", "■取組状況", "＜令和2年度の取組み状況＞"]
)
@pytest.mark.parametrize(
    "lines",
    [
        "・支援対象者数：目標200人以上 → 実績212人（達成率106.0％）\n"
        "・就職者数：目標130人以上 → 実績141人（達成率108.5％）\n"
        "・セミナー参加者数：96人",
        "●支援対象者数：目標200人以上／実績212人\n"
        "●就職者数：目標130人以上／実績141人\n"
        "●セミナー参加者数：96人",
        "支援対象者数：目標200人以上 → 実績212人\n"
        "就職者数：目標130人以上 → 実績141人\n"
        "セミナー参加者数：96人",
    ],
)
def test_unnamed_line_beside_named_result_lines(heading: str, lines: str) -> None:
    text = _KYOTO.format(heading=heading, lines=lines, speaker="京都市伏見区役所")
    case = jirei.parse_text(text).profiles[0]
    assert _figures(case) == [
        ("支援対象者数", 200, 212), ("就職者数", 130, 141), ("セミナー参加者数", None, 96)
    ]
    assert case.other_results == ()


def test_unnamed_line_alone_is_no_metric() -> None:
    # one named line only: an unnamed ``label：figure`` line is not read by its neighbours
    lines = "・就職者数：目標130人以上 → 実績141人\n・セミナー参加者数：96人"
    case = jirei.parse_text(
        _KYOTO.format(heading="【取組状況】", lines=lines, speaker="京都市")
    ).profiles[0]
    assert [m.label for m in case.metrics] == ["就職者数"]


def test_unnamed_sentence_line_is_no_metric() -> None:
    lines = (
        "・支援対象者数：目標200人以上 → 実績212人\n・就職者数：目標130人以上 → 実績141人\n"
        "・職場見学会：市内の介護事業所と連携し、3回実施した。"
    )
    case = jirei.parse_text(
        _KYOTO.format(heading="【取組状況】", lines=lines, speaker="京都市")
    ).profiles[0]
    assert [m.label for m in case.metrics] == ["支援対象者数", "就職者数"]


@pytest.mark.parametrize(
    ("speaker", "role"),
    [
        ("京都市伏見区役所", "municipality"),
        ("伏見区役所", "municipality"),
        ("小国町役場", "municipality"),
        ("京都市伏見区役所保健福祉センター", "municipality"),
        ("鹿児島市社会福祉協議会", "other"),
        ("ハローワーク伏見", "hello_work"),
    ],
)
def test_town_hall_speaker_roles(speaker: str, role: str) -> None:
    from jirei.comments import role_of

    assert role_of(speaker) == role


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "支援対象者数は九十七人（目標比百七・八％）、就職者数は五十六人（同百十二・〇％、"
            "うち紹介就職四十一人）で、いずれも目標を上回った。",
            [("支援対象者数", None, 97), ("就職者数", None, 56), ("うち紹介就職", None, 41)],
        ),
        (
            "支援対象者数は97人、就職者数は56人（うち紹介就職41人）となり、"
            "ともに前年度を上回った。",
            [("支援対象者数", None, 97), ("就職者数", None, 56), ("うち紹介就職", None, 41)],
        ),
        (
            "就職者数は目標50人に対し56人（達成率112.0％、うち紹介就職41人）であった。",
            [("就職者数", 50, 56), ("うち紹介就職", None, 41)],
        ),
    ],
)
def test_summary_clause_and_part_in_bracket(sentence: str, expected: list) -> None:
    case = jirei.parse_text(_SENTENCE_HEAD.format(sentence=sentence)).profiles[0]
    assert _figures(case) == expected
    assert case.other_results == ()
    referral = case.metrics[-1]
    assert referral.key == "referral_employed" and referral.actual.span is not None


def test_summary_clause_with_a_figure_is_not_dropped() -> None:
    # a last clause stating a figure is a clause to read: unread, the sentence is no results
    from jirei.tables.sentence import _summary

    assert _summary("いずれも目標を")
    assert not _summary("うち紹介就職は41人")


@pytest.mark.parametrize(
    "line", ["　相談件数　　　　延べ1,046件", "・相談件数　延べ1,046件", "相談件数\t延べ1,046件"]
)
def test_count_word_kept_by_a_reader_is_no_part_of_the_label(line: str) -> None:
    lines = "　支援対象者数　　131人（目標120人以上、達成率109.2％）\n" + line
    case = jirei.parse_text(_SENTENCE_HEAD.format(sentence=lines)).profiles[0]
    assert [(m.label, m.key) for m in case.metrics][-1] == ("相談件数", "consultations")
    assert case.metrics[-1].actual.value == 1046


def test_count_word_label_unmarked_only_for_metric_names() -> None:
    from jirei.labelmarkers import unmarked

    assert unmarked("相談件数延べ") == "相談件数"
    assert unmarked("セミナー参加者延べ") == "セミナー参加者延べ"  # the rest names no metric


_ROLE_TABLE = (
    "【新潟県三条市】【新潟労働局・ハローワーク三条】"
    "さんじょう就職サポートデスク（常設窓口）平成27年6月1日事業開始\n"
) + """
ものづくりのまち

【取組内容】
・企業見学会を開催。

{caption}
{rows}
"""


@pytest.mark.parametrize(
    "rows",
    [
        "　項目　　　　　　　　　目標　　　　実績　　　達成率\n"
        "　職業相談件数　　　　1,800件　　1,932件　　107.3％\n"
        "　セミナー開催回数　　　 12回　　　 14回　　116.7％\n"
        "　企業見学会開催回数　　　〃　　　　 12回　　100.0％",
        "　区分　　　　　　目標　　　実績\n"
        "　職業相談件数　　1,800件　1,932件\n"
        "　セミナー開催回数　12回　　14回\n"
        "　企業見学会開催回数　〃　　12回",
    ],
)
def test_unnamed_rows_under_a_role_header_read_by_shape(rows: str) -> None:
    caption = "数字で見る平成三十年度（さんじょう就職サポートデスク）"
    text = _ROLE_TABLE.format(caption=caption, rows=rows)
    case = jirei.parse_text(text).profiles[0]
    assert _figures(case) == [
        ("職業相談件数", 1800, 1932), ("セミナー開催回数", 12, 14), ("企業見学会開催回数", 12, 12)
    ]
    ditto = case.metrics[2].target
    assert text[ditto.span.start : ditto.span.end] == "12回"  # the figure the 〃 repeats


def test_unnamed_rows_without_role_header_stay_unread() -> None:
    rows = (
        "　職業相談件数　　　1,932件\n"
        "　セミナー開催回数　14回"
    )
    text = _ROLE_TABLE.format(caption="数字で見る平成三十年度", rows=rows)
    case = jirei.parse_text(text).profiles[0]
    assert [m.label for m in case.metrics] == ["職業相談件数"]


_HISTORY = """１　長岡市「福祉と就労の窓口をひとつに」

（１）施設の概要
　　本施設は、長岡市福祉保健部と新潟労働局（ハローワーク長岡）が長岡市役所本庁舎内に設置している「ワークサポートながおか」（一体的実施施設）である。

{heading}
{lines}

（３）主な取組
　　ア　ケースワーカーが窓口へ同行している。

２　三条市「小さな窓口から始まる就職」

（１）施設の概要
　　本施設は、三条市福祉保健部と新潟労働局（ハローワーク三条）が三条市役所内に設置している「しごとサポート三条」（常設窓口）である。

（３）主な取組
　　ア　事業所見学会を実施している。
"""


@pytest.mark.parametrize("heading", ["（２）沿革", "■ 施設のあゆみ", "【経緯】"])
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "　　平成二十八年十月三日　　ワークサポートながおか開設（事業開始）\n"
            "　　平成二十九年四月一日　　子ども家庭課との連携窓口を追加",
            "2016-10-03",
        ),
        (
            "　　2016年10月3日　ワークサポートながおか開設\n　　2018年7月　セミナーを開始",
            "2016-10-03",
        ),
        (
            "　　平成29年4月1日　　連携窓口を追加\n　　平成30年10月1日　　窓口を開設（事業開始）",
            "2018-10-01",
        ),
    ],
)
def test_history_line_gives_the_start_date(heading: str, lines: str, expected: str) -> None:
    doc = jirei.parse_text(_HISTORY.format(heading=heading, lines=lines))
    assert str(doc.profiles[0].start_date) == expected


def test_history_without_start_word_gives_no_start_date() -> None:
    lines = "　　平成二十九年四月一日　　子ども家庭課との連携窓口を追加"
    doc = jirei.parse_text(_HISTORY.format(heading="（２）沿革", lines=lines))
    assert doc.profiles[0].start_date is None


@pytest.mark.parametrize(
    "rows",
    [
        "　区分　　　　　　　　実績（目標）　　　　　達成率\n"
        "　就職者数　　　　　　131人(120人以上)　　109.2%\n"
        "　就職率　　　　　　　61.8%(60.0%以上) 103.0%",
        "区分          目標      実績     達成率\n"
        "就職者数      120人     131人    109.2%\n"
        "就職率        60.0%以上 61.8%    103.0%",
        "区分          目標      実績     達成率\n"
        "就職者数      120人     131人    109.2%\n"
        "就職率        60.0% 61.8% 103.0%",
    ],
)
def test_figure_cells_parted_by_one_space(rows: str) -> None:
    case = jirei.parse_text(_SENTENCE_HEAD.format(sentence=rows)).profiles[0]
    assert _figures(case) == [("就職者数", 120, 131), ("就職率", 60, Decimal("61.8"))]
    assert case.metrics[1].achievement_rate == Decimal("103.0")


def test_label_cell_with_one_space_is_not_parted() -> None:
    from jirei.lines import Cell, Line
    from jirei.tables.grid import Row
    from jirei.tables.partedcells import with_parted_cells

    head = Row(0, Line("h", 0), (Cell("区分", 0, 2), Cell("目標", 4, 6), Cell("実績", 8, 10)))
    row = Row(1, Line("r", 20), (Cell("うち 紹介就職", 20, 27), Cell("41人", 30, 33)))
    assert with_parted_cells([head, row])[1] == row  # a label is no figure cell


@pytest.mark.parametrize("table", [_PIPE_CITY_FIRST, _TAB_NUMBER_FIRST])
def test_long_table_before_the_cases(table: str) -> None:
    body = "\n".join(_case(n, c, p, o, f, "") for n, c, p, o, f in _CASES)
    doc = jirei.parse_text("【参考】令和４年度 事業目標・実績一覧\n\n" + table + "\n\n" + body)
    assert len(doc.profiles) == 3
    assert [m.actual.value for m in doc.profiles[2].metrics][:2] == [229, 161]


@pytest.mark.parametrize(
    ("caption", "sentences"),
    [
        (
            "■各事例の令和４年度実績",
            "北九州市では、支援対象者数は目標260人に対し284人（達成率109.2％）、"
            "就職者数は目標170人に対し188人であった。\n"
            "熊本市の実績は、支援対象者数は目標300人に対し327人、就職者数は目標195人に対し207人であった。\n"
            "かごしま就労支援センターでは、支援対象者数は目標240人に対し229人、"
            "就職者数は目標156人に対し161人であった。",
        ),
        (
            "＜令和4年度の実績＞",
            "・北九州市は、支援対象者数は目標260人に対し284人、就職者数は目標170人に対し188人となった。\n\n"
            "・熊本市は、支援対象者数は目標300人に対し327人、就職者数は目標195人に対し207人となった。\n\n"
            "・鹿児島市は、支援対象者数は目標240人に対し229人、就職者数は目標156人に対し161人となった。",
        ),
    ],
)
def test_results_sentences_naming_each_case_after_the_cases(caption: str, sentences: str) -> None:
    body = "\n".join(_case(n, c, p, o, f, "巻末参照") for n, c, p, o, f in _CASES)
    doc = jirei.parse_text(f"{body}\n\n{caption}\n\n{sentences}\n")
    assert [_figures(p) for p in doc.profiles] == [
        [("支援対象者数", 260, 284), ("就職者数", 170, 188)],
        [("支援対象者数", 300, 327), ("就職者数", 195, 207)],
        [("支援対象者数", 240, 229), ("就職者数", 156, 161)],
    ]
    assert [p.fiscal_year for p in doc.profiles] == [2022, 2022, 2022]


def test_one_case_naming_another_in_its_text_is_no_part() -> None:
    # case 2's own results name case 1 in a sentence: case 2 is not cut there, case 1 keeps
    # its own figures
    cases = list(_CASES)
    texts = [
        "支援対象者数は目標260人に対し284人であった。",
        "支援対象者数は目標300人に対し327人であった。\n"
        "北九州市では、就職者数は目標170人に対し188人であった。",
        "支援対象者数は目標240人に対し229人であった。",
    ]
    body = "\n".join(
        _case(n, c, p, o, f, text) for (n, c, p, o, f), text in zip(cases, texts, strict=True)
    )
    doc = jirei.parse_text(body)
    assert [_figures(p)[0] for p in doc.profiles] == [
        ("支援対象者数", 260, 284), ("支援対象者数", 300, 327), ("支援対象者数", 240, 229)
    ]
    assert [c.text for c in doc.profiles[1].comments] == ["連携が進んだ。"]


@pytest.mark.parametrize("none", ["・特になし", "特になし。", "・該当なし", "（なし）"])
def test_nothing_to_report_is_no_other_result(none: str) -> None:
    text = _KYOTO.format(
        heading="【事業目標と取組状況】",
        lines="・就職者数：目標130人以上 → 実績141人\n\n【その他の実績】\n" + none,
        speaker="京都市",
    )
    assert jirei.parse_text(text).profiles[0].other_results == ()


def test_a_result_mentioning_none_stays() -> None:
    from jirei.pointers import is_none_line

    assert not is_none_line("離職者なし。定着率は100%であった。")
    assert is_none_line("特になし")


@pytest.mark.parametrize(
    "lead",
    [
        "上記のほか、次の成果があった。",
        "このほか、以下の実績を上げた。",
        "次のような効果があった。",
    ],
)
def test_lead_over_a_list_of_results_is_no_result(lead: str) -> None:
    text = _KYOTO.format(
        heading="【事業目標と取組状況】",
        lines=(
            "・就職者数：目標130人以上 → 実績141人\n\n【その他の実績】\n"
            f"{lead}\n・定着率は78.4％であった。\n・研修を2回実施した。"
        ),
        speaker="京都市",
    )
    assert jirei.parse_text(text).profiles[0].other_results == (
        "定着率は78.4%であった。", "研修を2回実施した。"
    )
