"""Text as a conversion left it, a seventeenth-session writer's shapes (branch ``convert-s17``,
decisions 3341-3355): case records whose labels stand apart from their values
(``jirei.fieldrecords``).

The same record written four ways — one field per line (an Excel sheet saved as text), one
field per line with a blank line between label and value, a long ``label<TAB>value`` sheet,
a web form's label lines with the items listed under their section label — and the index
written three ways (``目標1``, ``目標(1)``, ``目標_1``), or not at all (``指標`` over its own
``目標`` / ``実績``). Negative variants: a table written one cell per line (its header row
first), label lines over prose, a record sheet whose figures are no figures.

Variants written for this file (real places and offices; invented facilities and figures).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.fieldrecords import label_of, read_field_records

# --- one field per line ------------------------------------------------------------------


def _record(number: int, fields: list[tuple[str, str]], *, gap: str = "\n") -> str:
    """A record one field per line: each label, then ``gap``, then the value."""
    lines = [f"番号\n{number}"]
    lines += [f"{label}{gap}{value}" for label, value in fields]
    return "\n".join(lines)


_FIELDS_A = [
    ("都道府県", "山口県"),
    ("市区町村", "下関市"),
    ("労働局", "山口労働局"),
    ("ハローワーク", "ハローワーク下関"),
    ("施設名", "しものせき就労支援プラザ"),
    ("事業開始", "2016/10/03"),
    ("見出し", '"港の町で、福祉と就労の窓口を一つに"'),
    ("取組内容{i}", "生活支援課の隣に相談窓口を設置。"),
    ("取組内容{j}", "ケース会議を月1回開催。"),
    ("対象年度", "令和3年度"),
    ("指標{i}", "就職者数"),
    ("目標{i}", "120人以上"),
    ("実績{i}", "131人"),
    ("達成率{i}", "109.2%"),
    ("指標{j}", "相談件数"),
    ("目標{j}", ""),
    ("実績{j}", "約1,800件"),
    ("達成率{j}", ""),
    ("その他の実績", "就職面接会を年3回開催。"),
    ("コメント（下関市）", "窓口が近くなり、相談者を直接案内できるようになった。"),
    ("山口労働局のコメント", '"今後も市と一体となって支援したい。"'),
]

_FIELDS_B = [
    ("都道府県", "高知県"),
    ("市区町村", "高知市"),
    ("労働局", "高知労働局"),
    ("ハローワーク", "ハローワーク高知"),
    ("施設名", "こうち仕事サポート"),
    ("事業開始", "平成28年4月1日"),
    ("見出し", "#N/A"),
    ("取組内容{i}", "ひとり親家庭の方の相談日を設定。"),
    ("対象年度", "令和2年度"),
    ("指標{i}", "支援対象者数"),
    ("目標{i}", "200人"),
    ("実績{i}", "188人"),
    ("達成率{i}", "94.0%"),
    ("その他の実績", ""),
    ("コメント（ハローワーク高知）", "周知を強化したい。"),
]


def _fill(fields: list[tuple[str, str]], index: str) -> list[tuple[str, str]]:
    marks = {"1": index.format(n=1), "2": index.format(n=2)}
    return [(label.format(i=marks["1"], j=marks["2"]), value) for label, value in fields]


def _sheet(index: str = "{n}", gap: str = "\n") -> str:
    return (
        "【シート名】好事例一覧（中国・四国ブロック）\n"
        "※本シートは各労働局の調査票を集約したものです。\n\n"
        + _record(1, _fill(_FIELDS_A, index), gap=gap)
        + "\n\n"
        + _record(2, _fill(_FIELDS_B, index), gap=gap)
        + "\n\n作成者\n山口労働局職業安定部\n連絡先\n083-000-0000\n"
    )


def _check(profiles: list[jirei.Profile]) -> None:
    first, second = profiles
    assert (first.prefecture, first.municipality, first.facility_name) == (
        "山口県",
        "下関市",
        "しものせき就労支援プラザ",
    )
    assert first.title == "港の町で、福祉と就労の窓口を一つに"
    assert str(first.start_date) == "2016-10-03"
    assert first.fiscal_year == 2021
    assert first.initiatives == ("生活支援課の隣に相談窓口を設置。", "ケース会議を月1回開催。")
    got = [
        (m.label, m.target and m.target.value, m.actual and m.actual.value, m.achievement_rate)
        for m in first.metrics
    ]
    assert got == [
        ("就職者数", 120, 131, Decimal("109.2")),
        ("相談件数", None, 1800, None),
    ]
    assert first.metrics[0].target.qualifier == "以上"
    assert first.metrics[1].actual.qualifier == "約"
    assert first.other_results == ("就職面接会を年3回開催。",)
    assert [(c.speaker, c.role, c.text) for c in first.comments] == [
        ("下関市", "municipality", "窓口が近くなり、相談者を直接案内できるようになった。"),
        ("山口労働局", "labour_bureau", "今後も市と一体となって支援したい。"),
    ]
    assert second.title is None  # ``#N/A``: an empty cell
    assert second.municipality == "高知市" and second.fiscal_year == 2020
    assert second.other_results == ()
    assert [(m.label, m.target.value, m.actual.value) for m in second.metrics] == [
        ("支援対象者数", 200, 188)
    ]
    assert [(c.speaker, c.role) for c in second.comments] == [("ハローワーク高知", "hello_work")]


@pytest.mark.parametrize("index", ["{n}", "({n})", "_{n}", "（{n}）"])
def test_one_field_per_line_any_index(index: str) -> None:
    _check(list(jirei.parse_text(_sheet(index)).profiles))


def test_value_after_a_blank_line() -> None:
    """A label, a blank line, its value: the value; a label, a blank, a label: empty."""
    _check(list(jirei.parse_text(_sheet(gap="\n\n")).profiles))


@pytest.mark.parametrize("delimiter", ["\t", ","])
def test_label_and_value_in_two_cells(delimiter: str) -> None:
    """The same record as a long ``label<TAB>value`` sheet or ``label,value`` CSV records
    (``目標1,120人以上``: the index no figure's thousands, decision 3353)."""
    _check(list(jirei.parse_text(_sheet(gap=delimiter)).profiles))


def test_unindexed_label_words_and_items_under_a_section_label() -> None:
    """``指標`` over its own ``目標`` / ``実績``; the items listed under their section label."""
    text = """都道府県
長野県
市区町村
松本市
労働局
長野労働局
ハローワーク
ハローワーク松本
施設名
まつもと就労支援室
取組内容
・福祉課と合同のケース会議
・就職後の定着支援
対象年度
令和4年度
項目
就職者数
目標
90人
実績
97人
項目
就職率
実績
62.0%
松本市のコメント
相談から就職までの流れが
一つになった。
"""
    (case,) = jirei.parse_text(text).profiles
    assert case.initiatives == ("福祉課と合同のケース会議", "就職後の定着支援")
    assert [(m.label, m.target and m.target.value, m.actual.value) for m in case.metrics] == [
        ("就職者数", 90, 97),
        ("就職率", None, Decimal("62.0")),
    ]
    assert [(c.speaker, c.text) for c in case.comments] == [
        ("松本市", "相談から就職までの流れが一つになった。")
    ]
    assert case.fiscal_year == 2022


def test_spans_point_into_the_original() -> None:
    text = _sheet()
    (first, _) = jirei.parse_text(text).profiles
    metric = first.metrics[0]
    assert text[metric.actual.span.start : metric.actual.span.end] == "131人"
    comment = first.comments[1]
    assert text[comment.span.start : comment.span.end] == "今後も市と一体となって支援したい。"


# --- labels ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "kind", "index"),
    [
        ("目標1", "figure", "1"),
        ("目標(2)", "figure", "2"),
        ("実績_3", "figure", "3"),
        ("指標1", "name", "1"),
        ("取組内容2", "section", "2"),
        ("対象年度", "year", None),
        ("コメント（熊本市）", "comment", None),
        ("施設名", "field", None),
    ],
)
def test_label_kinds(label: str, kind: str, index: str | None) -> None:
    found = label_of(label)
    assert found is not None and (found.kind, found.index) == (kind, index)


@pytest.mark.parametrize(
    "text", ["令和4年度", "就職者数", "372人", "ハローワーク熊本", "2013/06/03"]
)
def test_values_are_no_labels(text: str) -> None:
    assert label_of(text) is None


# --- negative variants ---------------------------------------------------------------------


def test_table_one_cell_per_line_is_no_record_sheet() -> None:
    """A results table copied one cell a line (header row first) labels no figure."""
    text = """事例１
実施自治体
愛媛県松山市
労働局
愛媛労働局
施設名称
まつやま就労支援センター
事業開始日
平成26年10月1日
項目
目標
実績
達成率
支援対象者数
300人
320人
106.7%
"""
    assert read_field_records(text) is None


def test_label_lines_over_prose_are_no_record_sheet() -> None:
    """Label lines heading a report's prose fill too few of its lines."""
    sentence = "市の窓口で相談を受けた方を当日中に案内する取組を続けている"
    prose = "\n".join(f"{sentence}（{n}）。" for n in range(12))
    text = (
        "都道府県\n岐阜県\n市区町村\n岐阜市\n労働局\n岐阜労働局\n目標\n100人\n実績\n110人\n"
        "施設名\nぎふ就労支援コーナー\n" + prose
    )
    assert read_field_records(text) is None


def test_records_without_a_figure_are_no_record_sheet() -> None:
    """Header facts alone (a definition list) are left to the header readers."""
    text = "\n".join(
        f"{label}\n{value}"
        for label, value in [
            ("都道府県", "静岡県"),
            ("市区町村", "静岡市"),
            ("労働局", "静岡労働局"),
            ("ハローワーク", "ハローワーク静岡"),
            ("施設名", "しずおか就労サポート"),
            ("事業開始", "令和元年7月1日"),
            ("目標", "相談者の就職"),
            ("実績", "別表のとおり"),
        ]
    )
    assert read_field_records(text) is None


# --- a contact line after the last comment (decision 3349) --------------------------------

_CLOSING = """【京都府京都市】【京都労働局・ハローワーク伏見】
ふしみ就労支援窓口（一体的実施施設）令和元年7月1日事業開始

【取組内容】
・区役所内に職業相談窓口を開設

【事業目標と取組状況】
| | 令和元年度実績 |
| --- | --- |
| 就職数 | 402人 |

＜京都労働局コメント＞

今後は就職後の定着支援にも力を入れたい。

{rule}
{contact}
"""


@pytest.mark.parametrize(
    "contact",
    [
        "*本資料に関する問合せ先：大阪労働局職業安定部職業対策課（06-6949-6490）*",
        "本件に関するお問い合わせ先：愛知労働局職業安定部職業対策課",
        "_本事例集に関する問い合わせ先: 京都労働局職業対策課_",
        "本冊子に関するお問合せ先　：　京都労働局（075-000-0000）",
    ],
)
@pytest.mark.parametrize("rule", ["---", ""])
def test_contact_line_after_the_last_comment_is_no_comment_text(contact: str, rule: str) -> None:
    (case,) = jirei.parse_text(_CLOSING.format(rule=rule, contact=contact)).profiles
    assert [c.text for c in case.comments] == ["今後は就職後の定着支援にも力を入れたい。"]


def test_a_sentence_about_enquiries_stays_comment_text() -> None:
    """A comment's own sentence about enquiries (no contact head and office) is kept."""
    text = _CLOSING.format(rule="", contact="本事業に関する問い合わせが増えている。")
    (case,) = jirei.parse_text(text).profiles
    assert "問い合わせが増えている" in "".join(c.text for c in case.comments)


# --- other label words from the rules' lexicon (decision 3350) -----------------------------


@pytest.mark.parametrize("index", ["{n}", "【{n}】", "#{n}"])
def test_other_label_words(index: str) -> None:
    """``No.`` numbering, ``評価指標`` / ``目標値`` / ``実績値`` / ``達成率（％）`` words, a
    ``前年度実績`` and a ``備考`` cell that are not read."""
    one, two = index.format(n=1), index.format(n=2)
    record = f"""No.
{{number}}
自治体名
{{city}}
労働局
{{bureau}}
施設名
{{name}}
開設日
{{date}}
評価指標{one}
就職者数
前年度実績{one}
88人
目標値{one}
100人
実績値{one}
112人
達成率（％）{one}
112.0
評価指標{two}
就職率
目標値{two}
60%
実績値{two}
64.1%
備考
目標値は年度当初に設定
"""
    text = (
        record.format(number=1, city="福井県福井市", bureau="福井労働局", name="ふくい就労ナビ",
                      date="平成29年4月3日")
        + "\n"
        + record.format(number=2, city="富山県富山市", bureau="富山労働局",
                        name="とやま仕事サポート", date="令和2年6月1日")
    )
    first, second = jirei.parse_text(text).profiles
    assert (first.municipality, second.municipality) == ("福井市", "富山市")
    assert [
        (m.label, m.target.value, m.actual.value, m.achievement_rate) for m in first.metrics
    ] == [("就職者数", 100, 112, Decimal("112.0")), ("就職率", 60, Decimal("64.1"), None)]
    assert not any("88" in block.text for block in first.unclassified)


# --- a case's header as label lines, its values after a blank line (decision 3351) ---------

_WEB_CASE = """令和元年度　一体的実施事業の取組事例

事例1　{city}

{headline}

実施自治体{gap}{place}

労働局{gap}{bureau}

連携ハローワーク{gap}{office}

施設名（種別）{gap}{facility}（一体的実施施設）

事業開始日{gap}{date}

取組内容

市役所の保護課内にハローワークの相談窓口を設置し、三者面談を実施しています。

事業目標と実績（令和元年度）

| 項目 | 目標 | 実績 |
| --- | --- | --- |
| 支援対象者数 | 300人 | 320人 |

{city}のコメント

相談者を直接案内できるようになりました。
"""

_WEB_VALUES = [
    dict(city="北九州市", headline="二つの区役所にハローワークの窓口", place="福岡県北九州市",
         bureau="福岡労働局", office="ハローワーク小倉", facility="ワークサポート北九州",
         date="平成26年10月1日"),
    dict(city="旭川市", headline="冬の季節求人にも素早く対応", place="北海道旭川市",
         bureau="北海道労働局", office="ハローワーク旭川", facility="あさひかわ就労サポート",
         date="令和2年7月1日"),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\n\n"])
@pytest.mark.parametrize("values", _WEB_VALUES)
def test_definition_list_values_after_blank_lines(gap: str, values: dict[str, str]) -> None:
    (case,) = jirei.parse_text(_WEB_CASE.format(gap=gap, **values)).profiles
    assert case.labour_bureau == values["bureau"]
    assert case.hello_work == (values["office"],)
    assert case.facility_name == values["facility"]


def test_a_sentence_after_a_label_and_a_blank_is_no_value() -> None:
    """A label line over a blank line and a sentence: the sentence is no field value."""
    from jirei.deflist import read_list
    from jirei.lines import split_lines

    lines = [
        line
        for line in split_lines(
            "労働局\n\n本事業は労働局と市が協定を結んで実施している。\n"
            "連携ハローワーク\n\n市内の二つの所が連携して窓口を運営している。\n"
        )
        if not line.blank
    ]
    assert read_list(lines) is None


# --- label lines dressed as headings, emphasis, bullets, brackets (decision 3352) -----------


@pytest.mark.parametrize(
    "dress", ["**{}**", "### {}", "{}：", "【{}】", "■{}", "・{}:"]
)
def test_dressed_label_lines(dress: str) -> None:
    """The labels of the one-field-per-line sheet dressed as a writer may dress them."""
    lines = _sheet().split("\n")
    dressed = [dress.format(line) if line and label_of(line) else line for line in lines]
    _check(list(jirei.parse_text("\n".join(dressed)).profiles))


# --- a label and its value on one line, any cell break (decision 3354) ---------------------


@pytest.mark.parametrize("gap", ["　　", "   ", "：", " : ", "：\n"])
def test_label_and_value_on_one_line_any_break(gap: str) -> None:
    """Two or more spaces, a colon (its value after it or on the next line)."""
    _check(list(jirei.parse_text(_sheet(gap=gap)).profiles))


# --- a metric name and its figure role in one label (decision 3355) -------------------------


@pytest.mark.parametrize(
    "form",
    ["{name}_{role}", "{name}・{role}", "{role}（{name}）", "{name}{role}", "{name}（{role}）"],
)
def test_metric_name_and_role_in_one_label(form: str) -> None:
    """A long sheet with no index: each figure's label names its metric and its role."""
    figures = [
        ("支援対象者数", "目標", "150人"),
        ("支援対象者数", "実績", "162人"),
        ("就職者数", "目標", "90人以上"),
        ("就職者数", "実績", "97人"),
        ("就職者数", "達成率", "107.8%"),
    ]
    lines = [
        "都道府県", "岡山県", "市区町村", "倉敷市", "労働局", "岡山労働局",
        "ハローワーク", "ハローワーク倉敷中央", "施設名", "くらしき就労サポート",
    ]
    for name, role, value in figures:
        lines += [form.format(name=name, role=role), value]
    (case,) = jirei.parse_text("\n".join(lines) + "\n").profiles
    got = [
        (m.label, m.target and m.target.value, m.actual.value, m.achievement_rate)
        for m in case.metrics
    ]
    assert got == [
        ("支援対象者数", 150, 162, None),
        ("就職者数", 90, 97, Decimal("107.8")),
    ]


@pytest.mark.parametrize("text", ["就職者数", "就職率", "支援対象者数増加"])
def test_metric_names_alone_are_no_compound_labels(text: str) -> None:
    assert label_of(text) is None


def test_results_lines_of_several_cells_are_no_record_sheet() -> None:
    """``◇就職者数　目標：72人　実績：80人`` is a results line of several labelled cells under
    field lines and headings, no sheet of two-cell rows (its lines under headings fill no
    share)."""
    case = """ケース{n}　{headline}
　○実施自治体　　　　{place}
　○窓口の名称　　　　{name}〔一体的実施施設〕
　○開始日　　　　　　平成二十六年四月一日

▽どのような取組か
　一　市の窓口で職業相談を受け付ける。
　二　面接室を共用する。
　三　求人を市と一緒に開拓する。
▽平成２７年度の成果
　◇支援対象者数　目標：１００人　実績：１１０人（達成率：１１０．０％）
　◇就職者数　目標：６０人　実績：６６人（達成率：１１０．０％）
　◇就職率　目標：６０％　実績：６０．０％
▽関係者の声
　△市の話　相談が増えた。
"""
    from jirei.normalise import normalise

    text = case.format(n=1, headline="港町の相談窓口", place="長崎県佐世保市", name="させぼ窓口")
    text += "\n" + case.format(n=2, headline="山あいの相談", place="大分県日田市", name="ひた窓口")
    assert read_field_records(normalise(text).text) is None
    assert len(jirei.parse_text(text).profiles) == 2


# --- a section cell's numbered items (decision 3345) ----------------------------------------

_ITEMS_SHEET = """都道府県
岡山県
市区町村
岡山市
労働局
岡山労働局
ハローワーク
ハローワーク岡山
施設名
おかやま就労サポート
取組内容
{items}
指標1
支援対象者数
目標1
100人
実績1
120人
"""


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ('"①窓口に相談室を設置\n②ケース会議を開催"', ("窓口に相談室を設置", "ケース会議を開催")),
        ("①相談窓口を設置。②面接会を開催。", ("相談窓口を設置。", "面接会を開催。")),
        ("(1)相談窓口を設置\n(2)ケース会議を開催", ("相談窓口を設置", "ケース会議を開催")),
        ("1日2回の巡回相談\n2日目に面接会", ("1日2回の巡回相談", "2日目に面接会")),  # figures
        ("2回の面接会を開催\n3人が就職", ("2回の面接会を開催", "3人が就職")),  # not from 1
    ],
)
def test_section_cell_numbered_items(items: str, expected: tuple[str, ...]) -> None:
    (case,) = jirei.parse_text(_ITEMS_SHEET.format(items=items)).profiles
    assert case.initiatives == expected
