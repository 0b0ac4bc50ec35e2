"""More documents of the kinds the `gaps` readers close (decisions 1100–1111), written as
other offices would write them, to show each fix reads the kind and not only the one test
document of harden1–5: metric-and-role columns of a year-row table, a unit in a role table's
label cell, spreadsheet CSV with line breaks in quoted cells, wrapped grid rows, a table
continued after a page break without its header, a chapter line after the last case, a
report title naming the year, a rate written in its cell, ``label：目標 X、実績 Y`` lines, a
title field read as the headline, a contact line whose spaces normalisation removed, a
scan's fields a single space apart with OCR look-alikes in names and full-width figures.

Every expected fact below was written by hand from reading the document.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

import pytest

import jirei
from jirei.csvrows import read_records, untangle_csv

Q = tuple[object, str | None, str | None]


def _q(quantity: jirei.Quantity | None) -> Q | None:
    return None if quantity is None else (quantity.value, quantity.unit, quantity.qualifier)


def _facts(profile: jirei.Profile) -> dict[str, object]:
    return {
        "title": profile.title,
        "prefecture": profile.prefecture,
        "municipality": profile.municipality,
        "labour_bureau": profile.labour_bureau,
        "hello_work": tuple(profile.hello_work),
        "facility_name": profile.facility_name,
        "start_date": profile.start_date,
        "fiscal_year": profile.fiscal_year,
        "initiatives": tuple(profile.initiatives),
        "other_results": tuple(profile.other_results),
        "metrics": [
            (m.label, m.group, _q(m.target), _q(m.actual), m.achievement_rate)
            for m in profile.metrics
        ],
        "comments": [(c.speaker, c.role, "".join(c.text.split())) for c in profile.comments],
    }


def _mismatches(text: str, expected: list[dict[str, object]]) -> list[str]:
    doc = jirei.parse_text(text)
    if len(doc.profiles) != len(expected):
        return [f"{len(doc.profiles)} profiles, expected {len(expected)}"]
    out = []
    for n, (profile, want) in enumerate(zip(doc.profiles, expected, strict=True), 1):
        got = _facts(profile)
        for key, value in want.items():
            if key == "comments":
                value = [(s, r, "".join(t.split())) for s, r, t in value]  # type: ignore[attr-defined]
            if got[key] != value:
                out.append(f"case {n} {key}: {got[key]!r} != {value!r}")
    return out


def M(
    label: str, target: Q | None, actual: Q | None, rate: str | None = None,
    group: str | None = None,
) -> tuple[object, ...]:
    return (label, group, target, actual, None if rate is None else Decimal(rate))


def P(value: object, unit: str | None = "人", qualifier: str | None = None) -> Q:
    return (value, unit, qualifier)


# --- year-row tables whose columns name a metric and its role (decision 1101) ----------

YEAR_ROLE_BRACKETS = """# 令和4年度 一体的実施の取組（岩手労働局）

## 事例1　岩手県盛岡市

### 駅の近くで仕事と暮らしの相談を

- 実施自治体：岩手県盛岡市
- 労働局：岩手労働局
- ハローワーク：ハローワーク盛岡
- 施設名：もりおか就労相談室
- 開設日：平成30年10月1日

### 取組内容

- 市の生活相談の日に合わせて職業相談の枠を設けた。

### 実績の推移

| 年度 | 支援対象者数（目標） | 支援対象者数（実績） | 就職者数（目標） | 就職者数（実績） |
|---|---|---|---|---|
| 2020年度 | 90人 | 84人 | 45人 | 40人 |
| 2021年度 | 100人 | 107人 | 50人 | 55人 |
| 2022年度 | 110人 | 121人 | 55人 | 63人 |
"""

YEAR_ROLE_BRACKETS_FACTS: list[dict[str, object]] = [
    {
        "prefecture": "岩手県",
        "municipality": "盛岡市",
        "labour_bureau": "岩手労働局",
        "hello_work": ("ハローワーク盛岡",),
        "facility_name": "もりおか就労相談室",
        "start_date": date(2018, 10, 1),
        "fiscal_year": 2022,
        "metrics": [M("支援対象者数", P(110), P(121)), M("就職者数", P(55), P(63))],
    },
]

YEAR_ROLE_TABS = """令和３年度　一体的実施事業の事例（秋田労働局）

事例１　秋田県横手市
雪の季節も通える相談窓口
自治体：秋田県横手市
労働局：秋田労働局
ハローワーク：ハローワーク横手
施設名：よこて就労支援窓口
取組内容
・冬季は市の支所へ出張して相談を受けた。
実績の推移
年度\t就職者数実績\t就職者数目標\t達成率
令和元年度\t31人\t30人\t103.3%
令和２年度\t28人\t32人\t87.5%
令和３年度\t39人\t35人\t111.4%
"""

YEAR_ROLE_TABS_FACTS: list[dict[str, object]] = [
    {
        "municipality": "横手市",
        "hello_work": ("ハローワーク横手",),
        "fiscal_year": 2021,
        "metrics": [M("就職者数", P(35), P(39), "111.4")],
    },
]


# --- a unit in the label cell of a role-row table (decision 1100) ---------------------

ROLE_LABEL_UNITS = """令和５年度　一体的実施の取組（香川労働局）

事例１　香川県丸亀市
市役所一階のしごと相談
自治体：香川県丸亀市
労働局：香川労働局
ハローワーク：ハローワーク丸亀
施設名：まるがめ仕事相談コーナー
取組内容
・福祉の窓口から同じ日に職業相談へ案内した。
実績
| 項目 | 区分 | 令和４年度 | 令和５年度 |
|---|---|---|---|
| 就職件数（件） | 目標 | 70 | 75 |
| | 実績 | 72 | 81 |
| 職業相談件数（件） | 実績 | 410 | 455 |
"""

ROLE_LABEL_UNITS_FACTS: list[dict[str, object]] = [
    {
        "municipality": "丸亀市",
        "fiscal_year": 2023,
        "metrics": [
            M("就職件数", P(75, "件"), P(81, "件")),
            M("職業相談件数", None, P(455, "件")),
        ],
    },
]


# --- spreadsheet CSV: unquoted cells, line breaks inside quoted cells (decision 1102) --

CSV_BREAKS = "\n".join([
    "令和4年度 一体的実施 取組一覧,,,,,",
    "No.,実施自治体,施設名,取組内容,就職者数（目標）,就職者数（実績）",
    '1,宮城県石巻市,いしのまき就労支援室,"・仮設住宅の集会所で出張相談',
    "・水産加工の企業説明会",
    '・「職場見学バス」の運行",60,64',
    '2,宮城県気仙沼市,けせんぬま仕事相談窓口,"・漁協と連携した求人開拓',
    '・高校生の保護者向け説明会",30,27',
]) + "\n"

CSV_BREAKS_FACTS: list[dict[str, object]] = [
    {
        "prefecture": "宮城県",
        "municipality": "石巻市",
        "facility_name": "いしのまき就労支援室",
        "fiscal_year": 2022,
        "initiatives": (
            "仮設住宅の集会所で出張相談",
            "水産加工の企業説明会",
            "「職場見学バス」の運行",
        ),
        "metrics": [M("就職者数", P(60, None), P(64, None))],
    },
    {
        "municipality": "気仙沼市",
        "facility_name": "けせんぬま仕事相談窓口",
        "initiatives": ("漁協と連携した求人開拓", "高校生の保護者向け説明会"),
        "metrics": [M("就職者数", P(30, None), P(27, None))],
    },
]

CSV_NUMBERED = "\n".join([
    "番号,自治体名,窓口名称,主な取組,支援対象者数（目標）,支援対象者数（実績）,ハローワークの声",
    '1,福島県いわき市,いわき就労サポート,"①生活保護の面接に同席',
    '②求人票の読み方講座",120,131,"面接の前に本人の希望を聞けるので、',
    '紹介がしやすくなった。"',
    "2,福島県郡山市,こおりやま仕事ナビ,①ひとり親の夜間相談,70,74,夜間の予約が埋まっている。",
]) + "\n"

CSV_NUMBERED_FACTS: list[dict[str, object]] = [
    {
        "prefecture": "福島県",
        "municipality": "いわき市",
        "facility_name": "いわき就労サポート",
        "initiatives": ("生活保護の面接に同席", "求人票の読み方講座"),
        "metrics": [M("支援対象者数", P(120, None), P(131, None))],
        "comments": [
            (
                "ハローワーク",
                "hello_work",
                "面接の前に本人の希望を聞けるので、紹介がしやすくなった。",
            ),
        ],
    },
    {
        "municipality": "郡山市",
        "metrics": [M("支援対象者数", P(70, None), P(74, None))],
        "comments": [("ハローワーク", "hello_work", "夜間の予約が埋まっている。")],
    },
]


# --- grid tables with rows wrapped over lines (decisions 1103, 1104) -------------------

GRID_ROWS = """令和4年度　一体的実施の取組（三重労働局）

事例1　三重県四日市市

+----------------+------------------------------+
| 実施自治体     | 三重県四日市市               |
+----------------+------------------------------+
| ハローワーク   | 三重労働局・ハローワーク四日 |
|                | 市                           |
+----------------+------------------------------+
| 施設名         | よっかいち就労支援コーナー   |
+----------------+------------------------------+
| 開設日         | 平成29年7月3日               |
+----------------+------------------------------+

+------------------------+--------+--------+--------+
| 指標                   | 目標   | 実績   | 達成率 |
+========================+========+========+========+
| 生活保護受給者の就職者 | 40人   | 46人   | 115.0% |
| 数                     |        |        |        |
+------------------------+--------+--------+--------+
| 支援対象者数           | 90人   | 95人   | 105.6% |
+------------------------+--------+--------+--------+

関係者の声

+--------------------+--------------------------------------+
| 発言者             | コメント                             |
+====================+======================================+
| 四日市市健康福祉部 | 保護の相談と同じ日に仕事の話ができる |
| 保護課             | ようになりました。                   |
+--------------------+--------------------------------------+
"""

GRID_ROWS_FACTS: list[dict[str, object]] = [
    {
        "prefecture": "三重県",
        "municipality": "四日市市",
        "labour_bureau": "三重労働局",
        "hello_work": ("ハローワーク四日市",),
        "facility_name": "よっかいち就労支援コーナー",
        "start_date": date(2017, 7, 3),
        "metrics": [
            M("生活保護受給者の就職者数", P(40), P(46), "115.0"),
            M("支援対象者数", P(90), P(95), "105.6"),
        ],
        "comments": [
            (
                "四日市市健康福祉部保護課",
                "municipality",
                "保護の相談と同じ日に仕事の話ができるようになりました。",
            ),
        ],
    },
]

GRID_HEADER_UNITS = """事例１　和歌山県田辺市
熊野の町で働く場所を探す

+------------+----------------------------+
| 自治体     | 和歌山県田辺市             |
+------------+----------------------------+
| 労働局     | 和歌山労働局               |
+------------+----------------------------+
| ハローワーク | ハローワーク田辺         |
+------------+----------------------------+

取組内容
・市の子育て窓口で職業相談の予約を受け付けた。

実績

+------------------+--------+--------+
| 区分             | 目標   | 実績   |
|                  | （件） | （件） |
+==================+========+========+
| 職業紹介件数     | 150    | 162    |
+------------------+--------+--------+
"""

GRID_HEADER_UNITS_FACTS: list[dict[str, object]] = [
    {
        "title": "熊野の町で働く場所を探す",
        "municipality": "田辺市",
        "labour_bureau": "和歌山労働局",
        "hello_work": ("ハローワーク田辺",),
        "metrics": [M("職業紹介件数", P(150, "件"), P(162, "件"))],
    },
]


# --- a table continued after a page break without its header row (decision 1106) ------

SPLIT_PIPES = """事例１　鳥取県米子市
商店街の空き店舗を相談窓口に
自治体：鳥取県米子市
労働局：鳥取労働局
ハローワーク：ハローワーク米子
施設名：よなご就労サポート
取組内容
・商店街の空き店舗に窓口を開いた。
令和４年度の実績
| 指標 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 100人 | 112人 | 112.0% |

－ ５ －
\f
| 就職者数 | 60人 | 58人 | 96.7% |
| 職業紹介件数 | 150件 | 171件 | 114.0% |

関係者の声
・米子市福祉課：買い物のついでに相談に来る方が増えました。
"""

SPLIT_PIPES_FACTS: list[dict[str, object]] = [
    {
        "municipality": "米子市",
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(100), P(112), "112.0"),
            M("就職者数", P(60), P(58), "96.7"),
            M("職業紹介件数", P(150, "件"), P(171, "件"), "114.0"),
        ],
        "comments": [
            ("米子市福祉課", "municipality", "買い物のついでに相談に来る方が増えました。"),
        ],
    },
]


# --- a chapter line after the last case (decision 1105) --------------------------------

CHAPTER_AFTER = """第１章　県内の取組

事例１　長崎県佐世保市
基地の町のしごと相談
自治体：長崎県佐世保市
労働局：長崎労働局
ハローワーク：ハローワーク佐世保
施設名：させぼ就労支援室
取組内容
・離職した方の生活相談と職業相談を同じ部屋で受けた。
実績
支援対象者数：目標80人　実績86人（達成率107.5%）
関係者の声
・佐世保市生活福祉課：相談の待ち時間が短くなりました。

第２部　参考資料
　統計の出典は市の資料による。
"""

CHAPTER_AFTER_FACTS: list[dict[str, object]] = [
    {
        "municipality": "佐世保市",
        "metrics": [M("支援対象者数", P(80), P(86), "107.5")],
        "comments": [("佐世保市生活福祉課", "municipality", "相談の待ち時間が短くなりました。")],
    },
]


# --- the report's title names the year (decision 1107); a rate in its cell (1109) ------

TITLE_YEAR_RATES = """令和２年度　一体的実施事業　好事例（熊本労働局）

事例１　熊本県八代市
い草の町の就労支援
自治体：熊本県八代市
労働局：熊本労働局
ハローワーク：ハローワーク八代
施設名：やつしろ仕事サポート
取組内容
・市の保健センターで職業相談を開いた。
実績
就職者数　　　目標 50人　　実績 56人　　達成率 112.0%
支援対象者数　目標 90人　　実績 88人　　達成率 97.8%
"""

TITLE_YEAR_RATES_FACTS: list[dict[str, object]] = [
    {
        "municipality": "八代市",
        "fiscal_year": 2020,
        "metrics": [
            M("就職者数", P(50), P(56), "112.0"),
            M("支援対象者数", P(90), P(88), "97.8"),
        ],
    },
]


# --- ``label：目標 X、実績 Y`` lines (1111); a title field as headline (1110); contact (1108)

COLON_LINES = """2021年度 一体的実施 好事例（徳島労働局）

【事例名】藍の町の若者就労応援
【市町村名】徳島県徳島市
【労働局名】徳島労働局
【ハローワーク名】ハローワーク徳島
【取組内容】
・市の若者相談の日に職業相談を行った。
【実績】
・支援対象者数：目標 70人、実績 77人、達成率 110.0%
・就職者数：目標 1,200人／実績 1,260人
【市のコメント】
若い方が平日の夕方に来やすくなりました。
問い合わせ先　徳島労働局職業安定部　電話 088-000-0000
"""

COLON_LINES_FACTS: list[dict[str, object]] = [
    {
        "title": "藍の町の若者就労応援",
        "prefecture": "徳島県",
        "municipality": "徳島市",
        "hello_work": ("ハローワーク徳島",),
        "fiscal_year": 2021,
        "metrics": [
            M("支援対象者数", P(70), P(77), "110.0"),
            M("就職者数", P(1200), P(1260)),
        ],
        "comments": [("市", "municipality", "若い方が平日の夕方に来やすくなりました。")],
    },
]


# --- a scan: fields a single space apart (normalisation removes it), OCR look-alikes in
# names and in full-width figures (decision 1112) -----------------------------------------

SCAN_FIELDS = """平成３０年度　一体的実施事業　事例集（鹿児島労働局）

事例１　鹿児島県霧島市
温泉の町の就労相談
実施自治体　鹿児島県霧島市
労働局　　　鹿児島労働局
ハローワーク　ハロ一ワ一ク国分
施設名　　　きりしまワ－クサポ－ト
開設日　　　平成２８年４月１日
取組内容
・市の福祉窓ロで職業相談を行う。
実績
| 区分 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | １２O人 | １３l人 | １O9．2％ |
"""

SCAN_FIELDS_FACTS: list[dict[str, object]] = [
    {
        "title": "温泉の町の就労相談",
        "prefecture": "鹿児島県",
        "municipality": "霧島市",
        "labour_bureau": "鹿児島労働局",
        "hello_work": ("ハローワーク国分",),
        "facility_name": "きりしまワークサポート",
        "start_date": date(2016, 4, 1),
        "fiscal_year": 2018,
        "metrics": [M("支援対象者数", P(120), P(131), "109.2")],
    },
]


# --- word lines whose spaces normalisation removed, a B read for an 8 (decision 1113) ---

GLUED_WORDS = """事例１　滋賀県彦根市
城下町のしごと相談
自治体：滋賀県彦根市
労働局：滋賀労働局
ハローワーク：ハローワーク彦根
取組内容
・市の窓口で職業相談を受けた。
実績
支援対象者数　目標 ９０人　実績 ９８人　達成率 １０８．９％
就職者数　　　目標 ４５人　実績 ５B人　達成率 １２８．９％
"""

GLUED_WORDS_FACTS: list[dict[str, object]] = [
    {
        "municipality": "彦根市",
        "hello_work": ("ハローワーク彦根",),
        "metrics": [
            M("支援対象者数", P(90), P(98), "108.9"),
            M("就職者数", P(45), P(58), "128.9"),
        ],
    },
]


DOCUMENTS = {
    "year_role_brackets": (YEAR_ROLE_BRACKETS, YEAR_ROLE_BRACKETS_FACTS),
    "year_role_tabs": (YEAR_ROLE_TABS, YEAR_ROLE_TABS_FACTS),
    "role_label_units": (ROLE_LABEL_UNITS, ROLE_LABEL_UNITS_FACTS),
    "csv_breaks": (CSV_BREAKS, CSV_BREAKS_FACTS),
    "csv_numbered": (CSV_NUMBERED, CSV_NUMBERED_FACTS),
    "grid_rows": (GRID_ROWS, GRID_ROWS_FACTS),
    "grid_header_units": (GRID_HEADER_UNITS, GRID_HEADER_UNITS_FACTS),
    "split_pipes": (SPLIT_PIPES, SPLIT_PIPES_FACTS),
    "chapter_after": (CHAPTER_AFTER, CHAPTER_AFTER_FACTS),
    "title_year_rates": (TITLE_YEAR_RATES, TITLE_YEAR_RATES_FACTS),
    "colon_lines": (COLON_LINES, COLON_LINES_FACTS),
    "scan_fields": (SCAN_FIELDS, SCAN_FIELDS_FACTS),
    "glued_words": (GLUED_WORDS, GLUED_WORDS_FACTS),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_variant_document_reads_fully(name: str) -> None:
    text, expected = DOCUMENTS[name]
    assert _mismatches(text, expected) == []


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_variant_values_point_into_the_text(name: str) -> None:
    """Every actual figure's span holds its digits in the original text."""
    text, _ = DOCUMENTS[name]
    for profile in jirei.parse_text(text).profiles:
        for metric in profile.metrics:
            if metric.actual is not None and metric.actual.span is not None:
                written = unicodedata.normalize("NFKC", metric.actual.span.slice(text))
                digits = "".join(ch for ch in written if ch.isdigit())
                assert digits and digits[0] == str(metric.actual.value)[0], written


def test_chapter_line_is_no_part_of_the_case() -> None:
    profile = jirei.parse_text(CHAPTER_AFTER).profiles[-1]
    texts = [c.text for c in profile.comments] + [b.text for b in profile.unclassified]
    assert not any("参考資料" in t or "統計の出典" in t for t in texts)


def test_split_table_continuation_has_no_missing_header_warning() -> None:
    doc = jirei.parse_text(SPLIT_PIPES)
    assert "table_header_missing" not in [w.code for w in doc.warnings]


# --- the CSV record reader (decision 1102) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'a,b,c\n1,"x\ny",3\n',
        'a,"b ""q"" c",d\n',
        ',,\n',
        '"",x,""\n',
        'one,"two\n\nthree",four\n5,6,7',
    ],
)
def test_csv_records_match_the_csv_module(text: str) -> None:
    import csv
    import io

    want = [row for row in csv.reader(io.StringIO(text))]
    assert read_records(text) == want


@pytest.mark.parametrize("text", [CSV_BREAKS, CSV_NUMBERED])
def test_csv_sheet_keeps_length_and_cells(text: str) -> None:
    out = untangle_csv(text)
    assert len(out) == len(text)
    rows = [line for line in out.split("\n") if "\t" in line]
    assert rows and all(line.count("\t") == rows[0].count("\t") for line in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Hello, world, again\n就職者数は1,234人、相談件数は2,345件、紹介は3,456件だった。\n",
        # figures with thousands commas, two lines alike: no sheet
        "就職者数は1,234人、相談件数は2,345件だった。\n支援対象者数は1,500人、紹介は3,456件だった。\n",
        # a space-aligned table with thousands commas
        "支援対象者数    1,000人    1,200人\n就職者数        1,500人    1,640人\n",
    ],
)
def test_csv_commas_in_prose_are_no_sheet(text: str) -> None:
    assert untangle_csv(text) == text
