"""Layout-independent mechanisms for reports in layouts nobody here has seen: box-drawing
tables, case boundaries from case labels, header facts wherever they stand, units around
a table's figures. One table per mechanism; every text here is invented."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.boxrules import untangle_boxes
from jirei.facts import is_fact_line, labelled_fact, read_facts
from jirei.lines import Line
from jirei.normalise import normalise
from jirei.tables.headunits import header_unit

# --- box-drawing tables -----------------------------------------------------------------

BOXES = [
    ("┌──┬──┐\n│市│川辺│\n├──┼──┤\n└──┴──┘", "|--|--|\n|市|川辺|\n|--|--|\n|--|--|"),
    ("┏━━┳━━┓\n┃目標┃実績┃\n┗━━┻━━┛", "|--|--|\n|目標|実績|\n|--|--|"),
    # a heavy rule of a text with a table, but holding no corner or crossing, stays
    ("━━━━\n│甲│乙│", "━━━━\n|甲|乙|"),
    # rule lines without any vertical bar in the text: no table, left as they are
    ("┌──┬──┐\n└──┴──┘", "┌──┬──┐\n└──┴──┘"),
    ("text without boxes", "text without boxes"),
]


@pytest.mark.parametrize(("text", "expected"), BOXES)
def test_box_drawing_becomes_pipe_rows(text: str, expected: str) -> None:
    out = untangle_boxes(text)
    assert out == expected
    assert len(out) == len(text)


def test_box_drawing_keeps_offsets() -> None:
    text = "前文\n┌─┬─┐\n│甲│乙│\n└─┴─┘\n"
    norm = normalise(text)
    at = norm.text.index("乙")
    assert text[norm.to_original(at)] == "乙"


# --- labelled facts ---------------------------------------------------------------------

LABELLED = [
    ("実施主体        長野県川辺市", "place", "長野県川辺市"),
    ("種   別         常設窓口", "facility_type", "常設窓口"),  # letter-spaced by a run
    ("連携機関        長野労働局ハローワーク川辺", "offices", "長野労働局ハローワーク川辺"),
    ("開始年月日     平成28年4月1日", "start_date", "平成28年4月1日"),
    ("自治体名|長野県川辺市", "place", "長野県川辺市"),
    ("都道府県\t長野県", "place", "長野県"),
    ("施設の種類:一体的実施施設", "facility_type", "一体的実施施設"),
    ("【実施主体】長野県川辺市", "place", "長野県川辺市"),  # a bracketed label
]


@pytest.mark.parametrize(("text", "kind", "value"), LABELLED)
def test_labelled_facts(text: str, kind: str, value: str) -> None:
    found = labelled_fact(text, 10)
    assert found is not None
    assert (found.kind, found.value) == (kind, value)
    assert text[found.start - 10 : found.end - 10] == value


@pytest.mark.parametrize(
    "text",
    [
        "実施主体として市が相談を受ける。",  # prose opening with a label word
        "連携して相談を受ける",  # no separator
        "就職者数  120人",  # no field label
    ],
)
def test_no_labelled_fact(text: str) -> None:
    assert labelled_fact(text, 0) is None


def _facts(*texts: str) -> dict[str, object]:
    lines, at = [], 0
    for text in texts:
        lines.append(Line(text, at))
        at += len(text) + 1
    found = read_facts(lines)
    out: dict[str, object] = {name: field.value for name, field in found.fields.items()}
    out["hello_work"] = [office.value for office in found.hello_work]
    whole = "\n".join(texts)
    for field in (*found.fields.values(), *found.hello_work):
        assert whole[field.start : field.end] == str(field.value) or isinstance(
            field.value, dt.date
        )
    return out


UNLABELLED = [
    (
        (
            "DATA|長野県松本市|長野労働局・ハローワーク松本|まつもと相談室(常設窓口)|令和2年4月1日開設",
        ),
        {
            "prefecture": "長野県",
            "municipality": "松本市",
            "labour_bureau": "長野労働局",
            "hello_work": ["ハローワーク松本"],
            "facility_name": "まつもと相談室",
            "facility_type": "常設窓口",
            "start_date": dt.date(2020, 4, 1),
        },
    ),
    (
        ("第3 長野県松本市の取組", "|自治体名|長野県松本市|", "|開始日|平成二八年四月一日|"),
        {
            "prefecture": "長野県",
            "municipality": "松本市",
            "hello_work": [],
            "start_date": dt.date(2016, 4, 1),
        },
    ),
    (
        ("長野県松本市", "長野労働局", "ハローワーク松本", "2017/4/3開設"),
        {
            "prefecture": "長野県",
            "municipality": "松本市",
            "labour_bureau": "長野労働局",
            "hello_work": ["ハローワーク松本"],
            "start_date": dt.date(2017, 4, 3),
        },
    ),
]


UNLABELLED += [
    # a date without a start word (or a label saying start) is no start date
    (("長野県松本市", "作成:2017/4/3"), {"prefecture": "長野県", "municipality": "松本市",
                                      "hello_work": []}),
    (("開所日:H29.4.3",), {"start_date": dt.date(2017, 4, 3), "hello_work": []}),
    # pieces split at slashes, not at the slashes of a date
    (("長野県上田市/長野労働局・ハローワーク上田/うえだ室(常設窓口)/2018/10/1開設",),
     {"prefecture": "長野県", "municipality": "上田市", "labour_bureau": "長野労働局",
      "hello_work": ["ハローワーク上田"], "facility_name": "うえだ室", "facility_type": "常設窓口",
      "start_date": dt.date(2018, 10, 1)}),
]  # fmt: skip


@pytest.mark.parametrize(("texts", "expected"), UNLABELLED)
def test_facts_by_shape(texts: tuple[str, ...], expected: dict[str, object]) -> None:
    assert _facts(*texts) == expected


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("長野労働局", True),
        ("ハローワーク松本", True),
        ("H30.10.1", True),
        ("DATA|長野県松本市|まつもと相談室", True),
        ("長野県松本市/長野労働局/まつもと相談室(常設窓口)", True),
        # place × bureau・office: a cross separates the pieces like a slash
        ("長野県松本市 × 長野労働局・ハローワーク松本", True),
        ("長野県松本市・塩尻市×長野労働局・ハローワーク松本", True),
        ("松本と塩尻 × 二つの窓口", False),
        ("長野県の山あいで/仕事を探す", False),
        ("朝の相談枠を増やして、待ち時間をなくす", False),
    ],
)
def test_fact_lines_are_no_headline(text: str, fact: bool) -> None:
    assert is_fact_line(text) is fact


# --- units around a table's figures -----------------------------------------------------

HEADERS = [
    ("支援対象者数(人)", ("支援対象者数", "人")),
    ("就職率(%)", ("就職率", "%")),
    ("相談件数(件)", ("相談件数", "件")),
    ("就職者数(うち紹介)", ("就職者数(うち紹介)", None)),  # no unit in the bracket
    ("就職者数", ("就職者数", None)),
]


@pytest.mark.parametrize(("text", "expected"), HEADERS)
def test_header_units(text: str, expected: tuple[str, str | None]) -> None:
    assert header_unit(text) == expected


# --- whole documents ----------------------------------------------------------------------

LABELLED_DOC = """\
令和9年度 取組事例集
川辺ブロック

事例1

夜の相談窓口で、働く方の転職を支える

    実 施 主 体        長野県松本市
    連 携 機 関        長野労働局 ハローワーク松本
    種   別            常設窓口
    開 始 年 月 日     令和2年4月1日

1.取組内容
  ○ 平日の夜8時まで相談を受ける。

2.実績(令和8年度)
  項 目              単位    目 標       実 績      達成率(%)
  支援対象者数        人      100以上      120         120.0
  就職率              %      60以上       65.0        -

事例2

駅前の窓口で、子育て中の方の相談を受ける

    実 施 主 体        長野県上田市
    開 始 年 月 日     平成30年10月1日

1.取組内容
  ○ 保育園の送迎の時間に合わせて相談を受ける。

2.実績(令和8年度)
  項 目              単位    目 標       実 績      達成率(%)
  就職者数            人      50程度      55          110.0
"""


def test_cases_from_labels_with_spaced_facts_and_unit_column() -> None:
    doc = jirei.parse_text(LABELLED_DOC)
    assert [p.municipality for p in doc.profiles] == ["松本市", "上田市"]
    first, second = doc.profiles
    assert first.title == "夜の相談窓口で、働く方の転職を支える"
    assert first.labour_bureau == "長野労働局"
    assert first.hello_work == ("ハローワーク松本",)
    assert first.facility_type == "常設窓口"
    assert first.start_date == dt.date(2020, 4, 1)
    assert first.initiatives == ("平日の夜8時まで相談を受ける。",)
    targets = [(m.label, m.target.value, m.target.unit, m.target.qualifier) for m in first.metrics]
    assert targets == [("支援対象者数", 100, "人", "以上"), ("就職率", 60, "%", "以上")]
    assert first.metrics[0].achievement_rate == Decimal("120.0")
    assert second.start_date == dt.date(2018, 10, 1)
    assert second.metrics[0].target.qualifier == "程度"
    assert second.metrics[0].actual.unit == "人"


# --- comment speakers in forms of their own ------------------------------------------------

SPEAKER_HEADINGS = [
    ("VOICE|川辺市 福祉課", "川辺市福祉課"),
    ("Voice | ハローワーク川辺", "ハローワーク川辺"),
    ("◇ 自治体担当者の声(川辺市福祉課)", "川辺市福祉課"),
    ("◆ 労働局のコメント(長野労働局職業安定部)", "長野労働局職業安定部"),
    ("VOICE|利用者(40代男性)", "利用者(40代男性)"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_HEADINGS)
def test_speaker_headings(text: str, speaker: str) -> None:
    from jirei.speakerforms import speaker_heading

    found = speaker_heading(Line("  " + text, 5))
    assert found is not None
    assert found[0] == speaker
    assert ("  " + text)[found[1] - 5 : found[2] - 5].replace(" ", "") == speaker


@pytest.mark.parametrize(
    "text", ["◇ 相談の声が増えた。", "VOICE", "支援対象者数|120人", "(川辺市福祉課)"]
)
def test_no_speaker_heading(text: str) -> None:
    from jirei.speakerforms import speaker_heading

    assert speaker_heading(Line(text, 0)) is None


def test_attribution_closes_the_paragraph_above() -> None:
    from jirei.speakerforms import read_attributed

    texts = [
        " 夜の相談が増えた。",
        "          (川辺市福祉課 談)",
        " 求人の紹介が",
        " 早くなった。",
        "          (ハローワーク川辺談)",
    ]
    lines, at = [], 0
    for text in texts:
        lines.append(Line(text, at))
        at += len(text) + 1
    found = read_attributed(lines)
    assert found is not None
    got = [(c.speaker, c.role, c.text) for c in found.comments]
    assert got == [
        ("川辺市福祉課", "municipality", "夜の相談が増えた。"),
        ("ハローワーク川辺", "hello_work", "求人の紹介が早くなった。"),
    ]
    assert found.rest == ()
    assert read_attributed(lines[:1]) is None


NEWSLETTER = """\
川辺ニュース 第3号

CASE 01
夜の窓口で、働く方の相談を受ける
DATA|長野県松本市|長野労働局・ハローワーク松本|まつもと夜間相談室(常設窓口)|令和3年6月1日開設

▍取組のポイント
✔ 平日の夜8時まで相談を受ける。

▍数字で見る成果(令和6年度)
\t支援対象者数(人)\t就職率(%)
目標値\t100以上\t60以上
実績値\t120\t65.0
達成度(%)\t120.0\t―

VOICE|松本市 生活福祉課
夜の時間なら相談できるという方が多い。

CASE 02
駅前で、子育て中の方の相談を受ける
DATA|長野県上田市|長野労働局・ハローワーク上田|うえだ相談コーナー(一体的実施施設)|H30.10.1開設

▍取組のポイント
✔ 送迎の時間に合わせて相談を受ける。

VOICE|ハローワーク上田
子育て中の方の応募が増えた。
"""


def test_newsletter_cases_data_lines_transposed_units_and_voices() -> None:
    doc = jirei.parse_text(NEWSLETTER)
    assert [p.municipality for p in doc.profiles] == ["松本市", "上田市"]
    first, second = doc.profiles
    assert first.title == "夜の窓口で、働く方の相談を受ける"
    assert (first.facility_name, first.facility_type) == ("まつもと夜間相談室", "常設窓口")
    assert first.start_date == dt.date(2021, 6, 1)
    assert first.fiscal_year == 2024
    got = [(m.label, m.key, m.target.unit, m.actual.value) for m in first.metrics]
    assert got == [
        ("支援対象者数", "support_targets", "人", 120),
        ("就職率", "employment_rate", "%", Decimal("65.0")),
    ]
    assert first.metrics[0].achievement_rate == Decimal("120.0")
    assert [(c.speaker, c.role) for c in first.comments] == [("松本市生活福祉課", "municipality")]
    assert second.start_date == dt.date(2018, 10, 1)
    assert [(c.speaker, c.role, c.text) for c in second.comments] == [
        ("ハローワーク上田", "hello_work", "子育て中の方の応募が増えた。")
    ]


# --- a sheet whose columns are cases --------------------------------------------------------

SHEET = (
    "川辺ブロック 事例比較表\n"
    "項目\t事例1\t事例2\n"
    "【基本情報】\t\t\n"
    "都道府県\t長野県\t山梨県\n"
    "市区町村\t松本市\t甲府市\n"
    "労働局\t長野労働局\t山梨労働局\n"
    "ハローワーク\tハローワーク松本\tハローワーク甲府\n"
    "施設名\tまつもと相談室\tこうふ相談コーナー\n"
    "施設の種類\t常設窓口\t一体的実施施設\n"
    "事業開始日\t2018/4/2\tH29.7.3\n"
    "キャッチフレーズ\t夜の相談で転職を支える\t駅前で子育て中の方を支える\n"
    "【取組内容】\t\t\n"
    "取組①\t夜8時まで相談を受ける。\t\n"
    "取組②\t求人を毎週まとめる。\t送迎の時間に合わせて相談を受ける。\n"
    "【令和3年度の実績】\t\t\n"
    "支援対象者数（目標）\t100人以上\t－\n"
    "支援対象者数（実績）\t120人\t80人\n"
    "支援対象者数（達成率）\t120.0%\t\n"
    "就職者数（前年度実績）\t50人\t40人\n"
    "その他の実績\t夜の相談は延べ300件あった。\t\n"
    "【関係者の声】\t\t\n"
    "市のコメント\t夜の相談が定着した。\t\n"
    "ハローワークのコメント\t\t送迎の時間に合わせると応募が増えた。\n"
    "※数値は各労働局の報告による。\t\t\n"
)


def test_case_sheet_columns_are_cases() -> None:
    doc = jirei.parse_text(SHEET)
    assert [p.municipality for p in doc.profiles] == ["松本市", "甲府市"]
    first, second = doc.profiles
    assert (first.prefecture, first.labour_bureau, first.hello_work) == (
        "長野県",
        "長野労働局",
        ("ハローワーク松本",),
    )
    assert (first.facility_name, first.facility_type) == ("まつもと相談室", "常設窓口")
    assert first.start_date == dt.date(2018, 4, 2)
    assert second.start_date == dt.date(2017, 7, 3)
    assert first.title == "夜の相談で転職を支える"
    assert first.initiatives == ("夜8時まで相談を受ける。", "求人を毎週まとめる。")
    assert second.initiatives == ("送迎の時間に合わせて相談を受ける。",)
    assert first.fiscal_year == 2021
    got = [(m.label, m.target.value, m.actual.value, m.achievement_rate) for m in first.metrics]
    assert got == [("支援対象者数", 100, 120, Decimal("120.0"))]
    # a － target is no figure; the 前年度実績 row is not read
    assert [(m.label, m.target, m.actual.value) for m in second.metrics] == [
        ("支援対象者数", None, 80)
    ]
    assert first.other_results == ("夜の相談は延べ300件あった。",)
    assert [(c.speaker, c.role) for c in first.comments] == [("市", "municipality")]
    assert [(c.speaker, c.role) for c in second.comments] == [("ハローワーク", "hello_work")]
    span = first.spans["facility_name"]
    assert SHEET[span.start : span.end] == "まつもと相談室"


def test_a_table_with_case_columns_needs_two_labels() -> None:
    from jirei.casesheet import sheet_header

    assert sheet_header(Line("項目\t事例1\t事例2", 0)) is not None
    assert sheet_header(Line("項目\t事例1", 0)) is None
    assert sheet_header(Line("項目\t目標\t実績", 0)) is None


# --- group matrix, page furniture ------------------------------------------------------------

BOXED = """\
第1 長野県松本市の取組

夜の窓口で、働く方の転職を支える

┌────┬──────┐
│自治体名│長野県松本市│
├────┼──────┤
│開始日　│令和二年四月一日│
└────┴──────┘

【具体的な取組】
(一)平日の夜8時まで相談を受ける。

【令和3年度の事業実績】
┌──────┬──────┬────┐
│区分　　│支援対象者数│就職率　│
├──────┼──────┼────┤
│生活保護受給者│100人│60.0%│
├──────┼──────┼────┤
│合計　　│150人│62.0%│
└──────┴──────┴────┘

【関係者の声】
　夜の相談が定着した。
　　　　　　　　　　（松本市福祉課　談）

                                       1
第2 長野県上田市の取組

駅前で、子育て中の方の相談を受ける

┌────┬──────┐
│自治体名│長野県上田市│
└────┴──────┘

【具体的な取組】
(一)送迎の時間に合わせて相談を受ける。

【関係者の声】
　応募が増えた。
　　　　　　　　　　（ハローワーク上田　談）

                                       2
"""


def test_boxed_cases_group_matrix_and_page_numbers() -> None:
    doc = jirei.parse_text(BOXED)
    assert [p.municipality for p in doc.profiles] == ["松本市", "上田市"]
    first, second = doc.profiles
    assert first.title == "夜の窓口で、働く方の転職を支える"
    assert first.start_date == dt.date(2020, 4, 1)
    assert first.initiatives == ("平日の夜8時まで相談を受ける。",)
    got = [(m.label, m.group, m.target, m.actual.value, m.actual.unit) for m in first.metrics]
    assert got == [
        ("支援対象者数", "生活保護受給者", None, 100, "人"),
        ("就職率", "生活保護受給者", None, Decimal("60.0"), "%"),
        ("支援対象者数", None, None, 150, "人"),  # the total row belongs to no group
        ("就職率", None, None, Decimal("62.0"), "%"),
    ]
    said = [(c.speaker, c.text) for c in first.comments]
    assert said == [("松本市福祉課", "夜の相談が定着した。")]
    # the right-aligned page number is no part of the comment above it
    assert [(c.speaker, c.role, c.text) for c in second.comments] == [
        ("ハローワーク上田", "hello_work", "応募が増えた。")
    ]


NUMBERED = """\
平成30年度 就労支援の取組(抜粋)

No.1 長野県松本市
まつもと相談室(常設窓口)
長野労働局/ハローワーク松本
平成29年4月3日開設

◎取組の特徴
① 朝8時から相談を受ける。

◎平成29年度の実績
  項目          単位   目標      実績    達成率
  支援対象者数   件     1,000程度  1,046   104.6%

◎関係者の声
◆市の声(松本市生活福祉課)
朝の時間なら相談に来られる方が多い。

Case 2 山梨県甲府市
こうふ相談室(一体的実施施設)
山梨労働局/ハローワーク甲府
平成30年1月4日開設

◎取組の特徴
① 送迎の時間に合わせて相談を受ける。

◎関係者の声
◆ハローワークの声(ハローワーク甲府)
応募が増えた。
"""


def test_numbered_cases_with_fact_lines_and_no_headline() -> None:
    doc = jirei.parse_text(NUMBERED)
    got = [
        (p.title, p.prefecture, p.municipality, p.labour_bureau, p.hello_work, p.facility_name,
         p.facility_type, p.start_date)
        for p in doc.profiles
    ]  # fmt: skip
    assert got == [
        (None, "長野県", "松本市", "長野労働局", ("ハローワーク松本",), "まつもと相談室",
         "常設窓口", dt.date(2017, 4, 3)),
        (None, "山梨県", "甲府市", "山梨労働局", ("ハローワーク甲府",), "こうふ相談室",
         "一体的実施施設", dt.date(2018, 1, 4)),
    ]  # fmt: skip
    first = doc.profiles[0]
    assert [(m.target.value, m.target.unit, m.target.qualifier) for m in first.metrics] == [
        (1000, "件", "程度")
    ]
    # the comment ends where the next case's label starts
    assert [c.text for c in first.comments] == ["朝の時間なら相談に来られる方が多い。"]


# --- cases without labels: the structure repeats ---------------------------------------------

UNLABELLED_DOC = """\
令和9年度 取組報告

夜の相談で転職を支える

    実施主体        長野県松本市
    連携機関        長野労働局 ハローワーク松本
    開始年月日     令和2年4月1日

1.取組の特徴
  ○ 平日の夜8時まで相談を受ける。

2.実績(令和8年度)
  項目              単位    目標       実績
  支援対象者数        人      100以上      120

3.関係者の声
  ◇ 市の声(松本市福祉課)
    夜の相談が定着した。


駅前の窓口で子育て中の方を支える

    実施主体        長野県上田市
    開始年月日     平成30年10月1日

1.取組の特徴
  ○ 送迎の時間に合わせて相談を受ける。

2.実績(令和8年度)
  項目              単位    目標       実績
  就職者数            人      50程度      55
"""


def test_cases_cut_where_the_structure_repeats() -> None:
    doc = jirei.parse_text(UNLABELLED_DOC)
    # neither case has a label; since the colon-less field lines under each headline are
    # read as a header (decision 202), the case rules cut them before the structure would
    # have to: either way each case is found, and no case is a fallback guess
    assert not [w for w in doc.warnings if w.code == "fallback_segmentation"]
    got = [(p.title, p.municipality, p.start_date) for p in doc.profiles]
    assert got == [
        ("夜の相談で転職を支える", "松本市", dt.date(2020, 4, 1)),
        ("駅前の窓口で子育て中の方を支える", "上田市", dt.date(2018, 10, 1)),
    ]
    first, second = doc.profiles
    # the second case's headline is no part of the first case's comment
    said = [(c.speaker, c.text) for c in first.comments]
    assert said == [("松本市福祉課", "夜の相談が定着した。")]
    assert [(m.label, m.actual.value, m.actual.unit) for m in second.metrics] == [
        ("就職者数", 55, "人")
    ]


def test_attribution_on_the_text_line_and_markdown_comment_lines() -> None:
    from jirei.speakerforms import read_attributed

    lines = [Line("> 夜の相談が定着した。(川辺市福祉課 談)", 0)]
    found = read_attributed(lines)
    assert found is not None
    assert [(c.speaker, c.text) for c in found.comments] == [
        ("川辺市福祉課", "夜の相談が定着した。")
    ]
    comment = found.comments[0]
    assert lines[0].text[comment.start : comment.end] == "夜の相談が定着した。"
    doc = jirei.parse_text(
        "【長野県松本市】【長野労働局・ハローワーク松本】\n夜の窓口\n\n"
        "■取組内容\n- 夜8時まで相談を受ける。\n\n■関係者の声\n- ハローワーク松本:応募が増えた。\n"
    )
    said = [(c.speaker, c.role, c.text) for c in doc.profiles[0].comments]
    assert said == [("ハローワーク松本", "hello_work", "応募が増えた。")]


def test_a_closing_line_after_a_rule_belongs_to_no_case() -> None:
    closed = NEWSLETTER + "\n━━━━━━━━━━━━\n次の号では川辺市の窓口を紹介します。\n"
    doc = jirei.parse_text(closed)
    assert len(doc.profiles) == 2
    assert [c.text for c in doc.profiles[1].comments] == ["子育て中の方の応募が増えた。"]
    # without the rule, the line stays with the last comment's text (nothing marks it off)
    doc = jirei.parse_text(NEWSLETTER + "\n次の号では川辺市の窓口を紹介します。\n")
    assert "次の号" in doc.profiles[1].comments[0].text


MARKED = """\
令和9年度 好事例集

■ケース1 長野県松本市
【実施主体】長野県松本市
【窓口】まつもと相談室(常設窓口)
【開始】令和元年5月7日
夜の相談窓口で転職を支える

◆主な取組
・夜8時まで相談を受ける。

◆関係者の声
<松本市の担当者>
夜の相談が定着した。

■ケース2 長野県上田市
【実施主体】長野県上田市
駅前で子育て中の方を支える

◆主な取組
・送迎の時間に合わせて相談を受ける。

◆関係者の声
<ハローワーク上田>
応募が増えた。
"""


def test_marked_labels_bracketed_labels_and_angle_speakers() -> None:
    from jirei.caselabel import label_length

    assert label_length("■ケース1 長野県松本市") == len("■ケース1 ")
    doc = jirei.parse_text(MARKED)
    got = [(p.title, p.municipality, p.facility_name, p.start_date) for p in doc.profiles]
    assert got == [
        ("夜の相談窓口で転職を支える", "松本市", "まつもと相談室", dt.date(2019, 5, 7)),
        ("駅前で子育て中の方を支える", "上田市", None, None),
    ]
    said = [[(c.speaker, c.role, c.text) for c in p.comments] for p in doc.profiles]
    assert said == [
        [("松本市の担当者", "municipality", "夜の相談が定着した。")],
        [("ハローワーク上田", "hello_work", "応募が増えた。")],
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("【取組事例2】 長野県", "【取組事例2】 "),
        ("取組事例3 長野県", "取組事例3 "),
        ("事例その1 長野県", "事例その1 "),
        ("事例(1) 長野県", "事例(1) "),
        ("Case.1 長野県", "Case.1 "),
        ("CASE-01 長野県", "CASE-01 "),
        ("NO.3 長野県", "NO.3 "),
        ("◆No.2 長野県", "◆No.2 "),
        ("第1 長野県松本市の取組", "第1 "),
        ("第1章 総論", ""),  # a chapter is no case label
        ("事例集の使い方", ""),
    ],
)
def test_case_label_spellings(text: str, label: str) -> None:
    from jirei.caselabel import label_length

    assert text[: label_length(text)] == label
