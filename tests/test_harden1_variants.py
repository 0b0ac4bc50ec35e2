"""Sheets whose rows are cases, as other writers and offices lay them out (decisions
890–909): the documents below are written for these tests, each in a surface none of the
development documents uses (tab, CSV with quoted multi-line cells, space-aligned, pipe,
markdown, HTML, a summary table before paged narrative cases), with other column words,
orders, date and number forms. The expected facts are written by hand."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import jirei


def _figures(profile, label):
    """(target, actual, rate) values of the metric ``label`` (None where absent)."""
    found = [m for m in profile.metrics if m.label == label]
    assert len(found) == 1, [m.label for m in profile.metrics]
    metric = found[0]
    return (
        None if metric.target is None else metric.target.value,
        None if metric.actual is None else metric.actual.value,
        metric.achievement_rate,
    )


def _unit(profile, label):
    (metric,) = [m for m in profile.metrics if m.label == label]
    return metric.actual.unit


def _pad(text: str, width: int) -> str:
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * (width - used)


def _aligned(rows: list[list[str]], gap: int = 2) -> str:
    """Rows written as space-aligned columns (each column as wide as its widest cell)."""
    columns = max(len(r) for r in rows)
    rows = [r + [""] * (columns - len(r)) for r in rows]
    widths = [
        max(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in r[n]) for r in rows)
        for n in range(columns)
    ]
    return "\n".join(
        "".join(_pad(cell, widths[n] + gap) for n, cell in enumerate(row)).rstrip()
        for row in rows
    )


# 1. Tab-separated, exported from a spreadsheet whose header cells were merged DOWN: the
# field names stand in the first header row over empty cells, the role words in the second
# row under the metric names; a title, a bureau line and ※ notes around it; an 平均 row;
# start dates in three forms; one cell naming two Hello Work offices.
TSV_MERGED_DOWN = "\n".join([
    "令和２年度　一体的実施事業　実績一覧",
    "（大阪労働局）",
    "",
    "No.\t都道府県\t市区町村\t施設名\t連携ハローワーク\t開設年月日\t支援対象者数（人）\t\t\t"
    "就職者数（人）\t\t",
    "\t\t\t\t\t\t目標\t実績\t達成率\t目標\t実績\t達成率",
    "1\t大阪府\t堺市\tさかいJOBステーション\tハローワーク堺・ハローワーク泉大津\tH27.10.1"
    "\t300\t318\t106.0%\t150\t162\t108.0%",
    "2\t大阪府\t東大阪市\tワークサポートひがしおおさか\tハローワーク布施\t2016/4/1"
    "\t200\t190\t95.0%\t100\t97\t97.0%",
    "3\t大阪府\t枚方市\tひらかたしごと相談室\tハローワーク枚方\t令和元年7月1日"
    "\t120\t131\t109.2%\t60\t66\t110.0%",
    "平均\t\t\t\t\t\t207\t213\t103.4%\t103\t108\t105.0%",
    "※達成率は実績を目標で除したもの。",
    "※開設年月日は窓口を開いた日。",
]) + "\n"


def test_tsv_header_merged_down():
    doc = jirei.parse_text(TSV_MERGED_DOWN)
    assert [p.municipality for p in doc.profiles] == ["堺市", "東大阪市", "枚方市"]
    sakai, higashi, hirakata = doc.profiles
    assert sakai.prefecture == "大阪府"
    assert sakai.facility_name == "さかいJOBステーション"
    assert sakai.hello_work == ("ハローワーク堺", "ハローワーク泉大津")
    assert higashi.hello_work == ("ハローワーク布施",)
    assert [p.start_date for p in doc.profiles] == [
        dt.date(2015, 10, 1), dt.date(2016, 4, 1), dt.date(2019, 7, 1),
    ]
    assert {p.fiscal_year for p in doc.profiles} == {2020}
    assert _figures(sakai, "支援対象者数") == (300, 318, Decimal("106.0"))
    assert _figures(sakai, "就職者数") == (150, 162, Decimal("108.0"))
    assert _unit(sakai, "就職者数") == "人"
    assert _figures(hirakata, "就職者数") == (60, 66, Decimal("110.0"))


# 2. CSV as a spreadsheet writes it: only cells holding a comma, a quote or a line break are
# quoted; the items of a cell on lines of their own inside the quotes.
CSV_MULTILINE = "\n".join([
    "令和3年度 取組状況一覧,,,,,,",
    "番号,自治体名,窓口名称,主な取組内容,就職者数（目標）,就職者数（実績）,市担当者の声",
    '1,北海道札幌市,さっぽろ就労サポート,"①生活保護受給者への出張相談',
    '②企業見学会を年4回、市内で開催",250,263,"相談の敷居が下がり、来所者が増えた。"',
    '2,北海道旭川市,あさひかわ仕事ナビ,"①ひとり親向けの夜間相談',
    '②職業訓練の案内",80,85,冬場の来所が課題。',
    "合計,,,,330,348,",
]) + "\n"


def test_csv_quoted_cells_with_line_breaks():
    doc = jirei.parse_text(CSV_MULTILINE)
    assert [p.municipality for p in doc.profiles] == ["札幌市", "旭川市"]
    sapporo, asahikawa = doc.profiles
    assert sapporo.prefecture == "北海道"
    assert sapporo.facility_name == "さっぽろ就労サポート"
    assert sapporo.initiatives == ("生活保護受給者への出張相談", "企業見学会を年4回、市内で開催")
    assert _figures(sapporo, "就職者数")[:2] == (250, 263)
    assert _figures(asahikawa, "就職者数")[:2] == (80, 85)
    assert sapporo.fiscal_year == 2021
    assert [(c.speaker, c.role, c.text) for c in sapporo.comments] == [
        ("市担当者", "municipality", "相談の敷居が下がり、来所者が増えた。"),
    ]
    assert [c.text for c in asahikawa.comments] == ["冬場の来所が課題。"]


# 3. Space-aligned with full-width digits and units written in the cells, a kanji-free
# Heisei date, ``市町村名`` / ``窓口名称`` / ``事業開始日`` as the field words, a group row of
# metric names over ``目標 / 実績``, a contact line under the sheet.
SPACED_UNITS = "平成２９年度　一体的実施施設の実績（広島労働局）\n\n" + _aligned([
    ["", "", "", "支援対象者数", "", "就職者数", ""],
    ["市町村名", "窓口名称", "事業開始日", "目標", "実績", "目標", "実績"],
    ["広島県呉市", "くれ就労支援コーナー", "平成２７年１０月１日",
     "１５０人", "１６２人", "９０人", "９８人"],
    ["広島県尾道市", "おのみち仕事相談窓口", "平成２８年４月１日",
     "８０人", "７７人", "４０人", "４１人"],
]) + "\n\n問い合わせ先：広島労働局職業安定部職業安定課（０８２－５０２－７８３２）\n"


def test_space_aligned_units_in_cells():
    doc = jirei.parse_text(SPACED_UNITS)
    assert [p.municipality for p in doc.profiles] == ["呉市", "尾道市"]
    kure, onomichi = doc.profiles
    assert kure.prefecture == "広島県"
    assert kure.facility_name == "くれ就労支援コーナー"
    assert kure.start_date == dt.date(2015, 10, 1)
    assert onomichi.start_date == dt.date(2016, 4, 1)
    assert kure.fiscal_year == 2017
    assert _figures(kure, "支援対象者数")[:2] == (150, 162)
    assert _unit(kure, "支援対象者数") == "人"
    assert _figures(onomichi, "就職者数")[:2] == (40, 41)


# 4. Markdown, a 前年度 column and next year's target beside the report year's columns: no
# column names the report's year, the title does (令和4年度), so the 令和5年度 target is not
# this year's target and the previous year's result is no actual.
MARKDOWN_YEARS = """# 令和4年度　一体的実施の実績（福岡労働局）

| | | | 就職件数（件） | | | |
|---|---|---|---|---|---|---|
| 番号 | 実施自治体 | 施設名 | 前年度実績 | 目標 | 実績 | 令和5年度目標 |
| 1 | 福岡県北九州市 | ウィズ北九州 | 400 | 420 | 455 | 430 |
| 2 | 福岡県久留米市 | くるめワークプラザ | 150 | 160 | 158 | 165 |
| 合計 | | | 550 | 580 | 613 | 595 |

※令和5年度目標は見込み。
"""


def test_markdown_previous_and_next_year_columns():
    doc = jirei.parse_text(MARKDOWN_YEARS)
    assert [p.municipality for p in doc.profiles] == ["北九州市", "久留米市"]
    kitakyushu, kurume = doc.profiles
    assert kitakyushu.fiscal_year == 2022
    assert _figures(kitakyushu, "就職件数")[:2] == (420, 455)
    assert _unit(kitakyushu, "就職件数") == "件"
    assert _figures(kurume, "就職件数")[:2] == (160, 158)
    kept = {block.text for block in kitakyushu.unclassified}
    assert "430" in kept and "400" in kept


# 5. HTML with rowspan / colspan header cells (the field names span two header rows).
HTML_SPANS = """<h2>平成30年度　一体的実施事業の取組（京都労働局）</h2>
<table>
<tr><th rowspan="2">No.</th><th rowspan="2">市町村</th><th rowspan="2">施設名</th>\
<th rowspan="2">開設日</th><th colspan="3">就職者数（人）</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th></tr>
<tr><td>1</td><td>京都府京都市</td><td>きょうと福祉就労窓口</td><td>2017年4月1日</td>\
<td>500</td><td>521</td><td>104.2%</td></tr>
<tr><td>2</td><td>京都府宇治市</td><td>うじ就労支援室</td><td>平成29年10月2日</td>\
<td>100</td><td>93</td><td>93.0%</td></tr>
</table>
<p>※京都労働局調べ</p>
"""


def test_html_rowspan_header():
    doc = jirei.parse_text(HTML_SPANS)
    assert [p.municipality for p in doc.profiles] == ["京都市", "宇治市"]
    kyoto, uji = doc.profiles
    assert kyoto.facility_name == "きょうと福祉就労窓口"
    assert kyoto.start_date == dt.date(2017, 4, 1)
    assert uji.start_date == dt.date(2017, 10, 2)
    assert kyoto.fiscal_year == 2018
    assert _figures(kyoto, "就職者数") == (500, 521, Decimal("104.2"))
    assert _figures(uji, "就職者数") == (100, 93, Decimal("93.0"))


# 6. Tab-separated, comments under a ``関係者の声`` group headed by the speaker's role, items
# several to a cell after ``・`` marks, a date in kanji numerals.
TSV_VOICES = "\n".join([
    "令和元年度　好事例一覧（愛知労働局）",
    "",
    "\t\t\t\t\t関係者の声\t",
    "番号\t市町村\t窓口の名称\t開設\t主な取組\t市担当者\tハローワーク職員",
    "1\t愛知県豊橋市\tとよはし就労相談室\t平成二十八年四月一日\t・週2回の巡回相談。・面接練習会の開催。"
    "\t窓口が庁舎内にあり相談しやすい。\t市の福祉部門との情報共有が進んだ。",
    "2\t愛知県岡崎市\tおかざき仕事サポート\t平成三十年十月一日\t・若年者向けのセミナー。"
    "\t利用者の定着が進んだ。\t求人開拓を共同で行った。",
]) + "\n"


def test_tsv_comment_columns_by_role():
    doc = jirei.parse_text(TSV_VOICES)
    assert [p.municipality for p in doc.profiles] == ["豊橋市", "岡崎市"]
    toyohashi, okazaki = doc.profiles
    assert toyohashi.facility_name == "とよはし就労相談室"
    assert toyohashi.start_date == dt.date(2016, 4, 1)
    assert okazaki.start_date == dt.date(2018, 10, 1)
    assert toyohashi.initiatives == ("週2回の巡回相談。", "面接練習会の開催。")
    assert [(c.speaker, c.role, c.text) for c in toyohashi.comments] == [
        ("市担当者", "municipality", "窓口が庁舎内にあり相談しやすい。"),
        ("ハローワーク職員", "hello_work", "市の福祉部門との情報共有が進んだ。"),
    ]
    assert toyohashi.fiscal_year == 2019


# 7. Pipe rows without a rule row, one header row whose metric columns name the metric
# and the role without brackets (``就職者数目標``), numbers with thousands commas, a 計 row
# written in the place column.
PIPE_JOINED_ROLES = """平成28年度　生活保護受給者等就労自立促進事業の実績（神奈川労働局）

| No | 自治体 | 労働局 | 担当ハローワーク | 支援対象者数目標 | 支援対象者数実績 \
| 就職者数目標 | 就職者数実績 | 備考 |
| 1 | 神奈川県横浜市 | 神奈川労働局 | ハローワーク横浜 | 1,200 | 1,254 | 600 | 655 | |
| 2 | 神奈川県相模原市 | 神奈川労働局 | ハローワーク相模原 | 400 | 388 | 200 | 190 \
| 年度途中に移転 |
| | 計 | | | 1,600 | 1,642 | 800 | 845 | |
"""


def test_pipe_metric_and_role_joined():
    doc = jirei.parse_text(PIPE_JOINED_ROLES)
    assert [p.municipality for p in doc.profiles] == ["横浜市", "相模原市"]
    yokohama, sagamihara = doc.profiles
    assert yokohama.labour_bureau == "神奈川労働局"
    assert yokohama.hello_work == ("ハローワーク横浜",)
    assert yokohama.fiscal_year == 2016
    assert _figures(yokohama, "支援対象者数")[:2] == (1200, 1254)
    assert _figures(yokohama, "就職者数")[:2] == (600, 655)
    assert _figures(sagamihara, "就職者数")[:2] == (200, 190)


# 8. A summary table of all facilities, then one page per facility (PDF text: form feeds, a
# running head and page numbers), joined by number.
SUMMARY_PAGED = (
    "令和５年度　一体的実施事業　取組事例集\n宮城労働局\n\n"
    "１　実施状況一覧\n\n"
    "番号\t市町村\t施設名\t支援対象者数目標\t支援対象者数実績\t就職者数目標\t就職者数実績\n"
    "1\t宮城県仙台市\tせんだい就労サポート\t300\t311\t150\t158\n"
    "2\t宮城県石巻市\tいしのまき仕事相談\t90\t84\t45\t40\n"
    "\n－１－\n\f"
    "令和５年度　一体的実施事業　取組事例集\n\n"
    "事例１　宮城県仙台市\n"
    "駅前で続ける生活保護受給者の就労支援\n"
    "【取組内容】\n・駅前の窓口で毎日相談を受けた。\n・企業説明会を月1回開いた。\n"
    "【関係者の声】\n（仙台市）就職後の相談にも乗れるようになった。\n"
    "\n－２－\n\f"
    "令和５年度　一体的実施事業　取組事例集\n\n"
    "事例２　宮城県石巻市\n"
    "水産加工の企業と組んだ職場見学\n"
    "【取組内容】\n・水産加工の工場見学会を開いた。\n"
    "【関係者の声】\n（ハローワーク石巻）見学のあと応募が増えた。\n"
    "\n－３－\n"
)


def test_summary_table_then_paged_cases():
    doc = jirei.parse_text(SUMMARY_PAGED)
    assert [p.municipality for p in doc.profiles] == ["仙台市", "石巻市"]
    sendai, ishinomaki = doc.profiles
    assert sendai.title == "駅前で続ける生活保護受給者の就労支援"
    assert sendai.initiatives == ("駅前の窓口で毎日相談を受けた。", "企業説明会を月1回開いた。")
    assert _figures(sendai, "支援対象者数")[:2] == (300, 311)
    assert _figures(ishinomaki, "就職者数")[:2] == (45, 40)
    assert {p.fiscal_year for p in doc.profiles} == {2023}
    assert [c.role for c in ishinomaki.comments] == ["hello_work"]


# 9. Space-aligned, one header row, role words in brackets, a Gregorian title year, the
# 合計 row, blank cells where a facility has no title; 令和元年 start dates.
SPACED_ONE_ROW = "2019年度　一体的実施の実績（兵庫労働局）\n\n" + _aligned([
    ["No.", "市区町村", "施設名", "開設日", "就職者数（目標）", "就職者数（実績）", "達成率（％）"],
    ["1", "兵庫県姫路市", "ひめじ就労ナビ", "令和元年5月7日", "200", "214", "107.0"],
    ["2", "兵庫県明石市", "あかし仕事コーナー", "2018/10/1", "120", "111", "92.5"],
    ["", "合計", "", "", "320", "325", "101.6"],
]) + "\n"


def test_space_aligned_one_header_row():
    doc = jirei.parse_text(SPACED_ONE_ROW)
    assert [p.municipality for p in doc.profiles] == ["姫路市", "明石市"]
    himeji, akashi = doc.profiles
    assert himeji.start_date == dt.date(2019, 5, 7)
    assert akashi.start_date == dt.date(2018, 10, 1)
    assert himeji.fiscal_year == 2019
    assert _figures(himeji, "就職者数") == (200, 214, Decimal("107.0"))
    assert _figures(akashi, "就職者数") == (120, 111, Decimal("92.5"))
