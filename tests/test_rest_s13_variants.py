"""Results figures and header facts as other writers set them (decisions 2671–2690,
branch rest-s13): a case whose own box stands above the line the rules opened it at, a
card row padded by a converter, a year header over a group column and a label column, a
table after the cases restating a figure a case read from its prose, shape marks before
field lines, and a group's merged cell continuing under rows of any label.

Every document below is written for this file (real places, invented names and figures);
every expected value was written by hand from the document, never printed from the parser.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei


def _metrics(profile: jirei.Profile) -> list[tuple[str, str | None, object, object, object]]:
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


# --- 2671: the first case's own box above the line the rules opened it at -------------

_CARD = """### {n} {place}

| 項目 | 内容 |
|:---|:---|
| 所在地 | {place} |
| 所管労働局 | {bureau} |
| 連携ハローワーク | {office} |
| 施設名 | {name}（一体的実施施設） |
| 事業開始 | {date} |

> **{title}**

#### 取組内容

1. 市の窓口で出張相談を{n}回行った。

![図 {name}の様子](media/image{n}.png)

#### 令和4年度の目標と実績

| 指標 | 目標 | 実績 | 達成率 |
|---|---:|---:|---:|
| 支援対象者数 | {t}人以上 | {a}人 | {r}% |

#### 関係者コメント

- **{city}**：相談しやすくなった。
"""


def _report(cases: list[dict[str, str]], lead: str) -> str:
    body = "\n".join(_CARD.format(**case) for case in cases)
    return f"# 令和4年度 調査研究報告書\n\n{lead}\n\n## 3. 事例\n\n{body}"


_KOCHI = dict(
    n="3.1", place="高知県高知市", city="高知市", bureau="高知労働局", office="ハローワーク高知",
    name="こうち就労プラザ", date="2018年4月2日", title="港の窓口で相談を", t="120", a="131",
    r="109.2",
)
_TOKUSHIMA = dict(
    n="3.2", place="徳島県徳島市", city="徳島市", bureau="徳島労働局",
    office="ハローワーク徳島", name="とくしまワークルーム", date="2019年10月1日",
    title="駅前で就職を支える", t="90", a="95", r="105.6",
)
_MATSUE = dict(
    n="3.3", place="島根県松江市", city="松江市", bureau="島根労働局",
    office="ハローワーク松江", name="まつえ就労コーナー", date="2017年7月3日",
    title="城下町の窓口", t="60", a="66", r="110.0",
)


@pytest.mark.parametrize(
    "cases",
    [
        [_KOCHI, _TOKUSHIMA, _MATSUE],
        [_MATSUE, _KOCHI],  # two cases, other places first
        [_TOKUSHIMA, _MATSUE, _KOCHI],
    ],
)
def test_first_case_box_above_its_opening_is_kept(cases: list[dict[str, str]]) -> None:
    lead = "本調査は、一体的実施の効果を検証するために行った。"
    doc = jirei.parse_text(_report(cases, lead))
    got = [
        (p.municipality, p.labour_bureau, p.facility_name, str(p.start_date), _metrics(p))
        for p in doc.profiles
    ]
    want = []
    for case in cases:
        year, month, day = (
            case["date"].replace("年", "-").replace("月", "-").rstrip("日").split("-")
        )
        want.append(
            (
                case["city"],
                case["bureau"],
                case["name"],
                f"{int(year):04d}-{int(month):02d}-{int(day):02d}",
                [("支援対象者数", None, int(case["t"]), int(case["a"]), Decimal(case["r"]))],
            )
        )
    assert got == want


def test_one_case_and_one_box_stays_one_case() -> None:
    """Negative: a single case's box above it opens nothing more (no second box)."""
    doc = jirei.parse_text(_report([_KOCHI], "本調査の概要。"))
    assert [(p.municipality, len(p.metrics)) for p in doc.profiles] == [("高知市", 1)]


# --- 2672: a card row padded by a converter is no sentence ---------------------------


@pytest.mark.parametrize("gap", [1, 8, 20, 32])
@pytest.mark.parametrize(
    ("cell", "name", "kind"),
    [
        (
            "いなわしろ就労コーナー（自立促進事業常設窓口）",
            "いなわしろ就労コーナー",
            "自立促進事業常設窓口",
        ),
        ("ジョブステーション米子（一体的実施施設）", "ジョブステーション米子", "一体的実施施設"),
    ],
)
def test_padded_html_card_row_gives_facility(gap: int, cell: str, name: str, kind: str) -> None:
    text = f"""## 事例2

<table>
<tr><th>自治体</th><td>鳥取県米子市</td><th>労働局</th><td>鳥取労働局</td></tr>
<tr><th>ハローワーク</th><td>ハローワーク米子</td><th>事業開始</th><td>R3.6.1</td></tr>
<tr><th>施設名</th><td colspan="3">{" " * gap}{cell}</td></tr>
</table>

**駅の窓口で仕事探し**

### 取組内容

1. 駅前で相談会を開く
"""
    case = jirei.parse_text(text).profiles[0]
    assert (case.facility_name, case.facility_type, str(case.start_date)) == (
        name,
        kind,
        "2021-06-01",
    )


# --- 2673: a year header over a group column and a label column ----------------------

_HEAD = """【岡山県倉敷市】【岡山労働局・ハローワーク倉敷中央】
倉敷の相談窓口

【取組内容】
・相談

【令和4年度の実績】
"""


@pytest.mark.parametrize(
    "table",
    [
        # HTML with rowspan / colspan, as converters write it
        """<table>
<tr><th rowspan="2">対象</th><th rowspan="2">項目</th><th colspan="3">令和4年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th></tr>
<tr><td rowspan="2">生活保護受給者等</td><td>支援対象者数</td>
<td>150人以上</td><td>162人</td><td>108.0%</td></tr>
<tr><td>就職者数</td><td>98人以上</td><td>101人</td><td>103.1%</td></tr>
<tr><td>ひとり親</td><td>支援対象者数</td><td>40人以上</td><td>44人</td><td>110.0%</td></tr>
</table>
""",
        # a pipe table, the merged cells left blank
        """| 区分 | 指標 | R4 | | |
|---|---|---|---|---|
| | | 目標 | 実績 | 達成率 |
| 生活保護受給者等 | 支援対象者数 | 150人以上 | 162人 | 108.0% |
| | 就職者数 | 98人以上 | 101人 | 103.1% |
| ひとり親 | 支援対象者数 | 40人以上 | 44人 | 110.0% |
""",
        # tabs, the year written 2022年度
        "対象\t項目\t2022年度\t\t\n\t\t目標\t実績\t達成率\n"
        "生活保護受給者等\t支援対象者数\t150人以上\t162人\t108.0%\n"
        "\t就職者数\t98人以上\t101人\t103.1%\n"
        "ひとり親\t支援対象者数\t40人以上\t44人\t110.0%\n",
    ],
)
def test_year_header_over_group_and_label_columns(table: str) -> None:
    case = jirei.parse_text(_HEAD + table).profiles[0]
    assert case.fiscal_year == 2022
    assert _metrics(case) == [
        ("支援対象者数", "生活保護受給者等", 150, 162, Decimal("108.0")),
        ("就職者数", "生活保護受給者等", 98, 101, Decimal("103.1")),
        ("支援対象者数", "ひとり親", 40, 44, Decimal("110.0")),
    ]


def test_upper_row_of_metric_names_is_no_year_header() -> None:
    """Negative: an upper row naming metrics (not a year) over its role columns is left to
    the matrix readers: no group is invented from it."""
    table = """| 対象 | 支援対象者数 | | 就職者数 | |
| | 目標 | 実績 | 目標 | 実績 |
| 生活保護受給者等 | 150人 | 162人 | 98人 | 101人 |
"""
    case = jirei.parse_text(_HEAD.replace("令和4年度の実績", "実績") + table).profiles[0]
    assert all(m.label in ("支援対象者数", "就職者数") for m in case.metrics)


# --- 2674: a table after the cases restating a figure a case read in its prose --------

_END = """令和元年度 取組事例集

  【事例１】

  駅前の相談窓口

  ＜取組内容＞
   ○ 駅前に窓口を置いた。

  ＜ハローワーク{o1}コメント＞
   {prose}

  【事例２】

  市役所の中の窓口

  ＜取組内容＞
   ○ 市役所に窓口を置いた。

  ＜{c2}コメント＞
   相談しやすくなった。

  成果一覧（令和元年度）

   自治体名    項目              目標           実績         達成率
   {c1}      支援対象者数      200人以上      214人        107.0%
               就職者数          130人以上      139人        106.9%
               相談件数          －             約900件      －
   {c2}      支援対象者数      100人以上      103人        103.0%
               就職者数          65人以上       70人         107.7%
"""


@pytest.mark.parametrize(
    ("c1", "o1", "c2"),
    [("前橋市", "前橋", "高崎市"), ("津市", "津", "鈴鹿市"), ("旭川市", "旭川", "帯広市")],
)
def test_end_table_replaces_a_figure_read_from_prose(c1: str, o1: str, c2: str) -> None:
    prose = "相談件数は約900件に上り、掘り起こしが進んだ。"
    text = _END.format(c1=c1, o1=o1, c2=c2, prose=prose)
    text = text.replace("【事例１】\n", f"【事例１】\n  {c1}\n").replace(
        "【事例２】\n", f"【事例２】\n  {c2}\n"
    )
    doc = jirei.parse_text(text)
    first = doc.profiles[0]
    assert [m.label for m in first.metrics] == ["支援対象者数", "就職者数", "相談件数"]
    assert first.fiscal_year == 2019


# --- 2675: shape marks before field lines --------------------------------------------


@pytest.mark.parametrize("mark", ["◇", "◆", "●", "■", "□", "○"])
def test_marked_field_lines(mark: str) -> None:
    text = f"""事例１
{mark}実施自治体 奈良県奈良市
{mark}管轄労働局 奈良労働局
{mark}連携ハローワーク ハローワーク奈良
{mark}施設名称 ならワークプラザ（一体的実施施設）
{mark}事業開始 令和元年７月１日
古都の窓口で仕事探し
■取組内容
・市役所で出張相談
"""
    case = jirei.parse_text(text).profiles[0]
    assert (case.municipality, case.labour_bureau, case.hello_work, case.facility_name) == (
        "奈良市",
        "奈良労働局",
        ("ハローワーク奈良",),
        "ならワークプラザ",
    )
    assert case.title == "古都の窓口で仕事探し"


@pytest.mark.parametrize(
    "headline",
    ["■ 開設初年度、駅前に「しごとの入口」を", "◆ハローワークの求人を、公民館の窓口で"],
)
def test_marked_headline_is_no_field(headline: str) -> None:
    """Negative: a marked headline whose first word a field label also spells (``開設``,
    ``ハローワーク``) going on as a phrase is no field line."""
    text = f"""取組事例①
{headline}
実施主体：山形県米沢市／連携：山形労働局・ハローワーク米沢／開始：令和４年１０月３日

【取組内容】
・公民館を回る
"""
    case = jirei.parse_text(text).profiles[0]
    assert case.hello_work == ("ハローワーク米沢",)
    assert str(case.start_date) == "2022-10-03"


# --- 2676: a merged group cell continues under rows of any label ---------------------


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "\t職場定着率（6か月）\t―\t86.4%",
            ("職場定着率(6か月)", "障害者", None, Decimal("86.4"), None),
        ),
        ("\t定着者数\t10人\t12人", ("定着者数", "障害者", 10, 12, None)),
        ("| | 職場実習参加者数 | 8人 | 9人 |", ("職場実習参加者数", "障害者", 8, 9, None)),
    ],
)
def test_group_continues_under_unlisted_label(row: str, want: tuple[object, ...]) -> None:
    if row.startswith("|"):
        table = (
            "| 区分 | 指標 | 目標 | 実績 |\n|---|---|---|---|\n"
            "| 障害者 | 支援対象者数 | 40人 | 51人 |\n"
        )
    else:
        table = "区分\t指標\t目標\t実績\n障害者\t支援対象者数\t40人\t51人\n"
    case = jirei.parse_text(_HEAD + table + row + "\n").profiles[0]
    assert _metrics(case) == [("支援対象者数", "障害者", 40, 51, None), want]


def test_blank_first_cell_without_a_group_above_names_no_group() -> None:
    """Negative: with no group written above, a blank first cell gives no group."""
    table = "区分\t指標\t目標\t実績\n\t支援対象者数\t40人\t51人\n"
    case = jirei.parse_text(_HEAD + table).profiles[0]
    assert [m.group for m in case.metrics] == [None]


# --- 2677: offices named with their place before the programme's name ----------------


@pytest.mark.parametrize(
    ("header", "offices"),
    [
        (
            "【熊本県熊本市】【熊本労働局・ハローワーク熊本・熊本新卒応援ハローワーク】",
            ("ハローワーク熊本", "熊本新卒応援ハローワーク"),
        ),
        (
            "【東京都渋谷区】【東京労働局・東京わかものハローワーク】",
            ("東京わかものハローワーク",),
        ),
        (
            "【福岡県福岡市】【福岡労働局・福岡新卒応援ハローワーク・ハローワーク福岡中央】",
            ("福岡新卒応援ハローワーク", "ハローワーク福岡中央"),
        ),
    ],
)
def test_programme_offices_in_a_bracket_header(header: str, offices: tuple[str, ...]) -> None:
    text = f"{header}\n若者の窓口\n\n【取組内容】\n・既卒者の相談\n"
    assert jirei.parse_text(text).profiles[0].hello_work == offices


def test_prose_before_hello_work_is_no_office() -> None:
    """Negative: ``市とハローワーク`` in prose names no office."""
    text = (
        "【熊本県熊本市】【熊本労働局・ハローワーク熊本】\n若者の窓口\n\n【取組内容】\n"
        "・市とハローワークが新卒応援の相談会を開いた\n"
    )
    assert jirei.parse_text(text).profiles[0].hello_work == ("ハローワーク熊本",)


def test_table_of_actuals_only_keeps_the_cases_own_targets() -> None:
    """Negative (2674): a table after the cases stating actuals only restates the cases'
    figures poorer; each case keeps its own targets."""
    text = """令和2年度　好事例

事例１　津市 × ハローワーク津
つ就労センター（一体的実施施設）　平成28年4月1日開設
（取組の概要）
・市役所に相談ブースを置いた。
（令和2年度の実績）
・支援対象者数：目標120人→実績131人

事例２　鈴鹿市 × ハローワーク鈴鹿
すずか就労支援室（一体的実施施設）　平成29年4月1日開設
（取組の概要）
・同じ日に相談を受けられるようにした。
（令和2年度の実績）
・支援対象者数：目標90人→実績97人

各施設の実績一覧
施設名　　支援対象者数
つ就労センター　　131人
すずか就労支援室　　97人
"""
    doc = jirei.parse_text(text)
    assert [[(m.target.value if m.target else None) for m in p.metrics] for p in doc.profiles] == [
        [120],
        [90],
    ]
