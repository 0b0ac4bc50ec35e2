"""Variants of the slide-deck, figure-tile, grid-table and bilingual-handout kinds, written as
other writers and offices would write them (decisions 1040–1059).

Every expected fact below was written by hand from reading the document (decisions 1040–1059).
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

import jirei
from _variants import M, P, R
from _variants import mismatches as _mismatches

# 1. A deck parted by form feeds, boxes scrambled, tiles with the target and rate in a
# bracket under the big figure, a cover, an agenda and a contact slide.
DECK_FF = """令和5年度　生活保護受給者等就労自立促進事業
好事例集（九州ブロック）

\f目次
1　福岡県久留米市
2　長崎県佐世保市

\f相談の翌日に職業相談の予約まで

福岡県久留米市 × 福岡労働局・ハローワーク久留米

就職者数
312人
（目標300人以上／達成率104.0%）

事例1

＜久留米市 健康福祉部 生活支援第1課＞
「相談を受けた翌日には予約が入るので、支援が途切れません。」

くるめ就労サポート（一体的実施施設）
平成27年10月1日開設

令和4年度 実績

\f事例2

＜ハローワーク佐世保＞
「市役所の窓口で求人を紹介できるようになり、就職の相談が増えました。」

支援対象者数
148人
（目標140人／達成率105.7%）

長崎県佐世保市 × 長崎労働局・ハローワーク佐世保

港のまちの就労支援を市役所の中で

させぼ仕事相談コーナー（常設窓口）
令和2年4月1日開設

令和4年度 実績

\fお問い合わせ先
福岡労働局 職業安定部 職業安定課
電話 092-000-0000
"""

DECK_FF_FACTS: list[dict[str, object]] = [
    {
        "title": "相談の翌日に職業相談の予約まで",
        "prefecture": "福岡県",
        "municipality": "久留米市",
        "labour_bureau": "福岡労働局",
        "hello_work": ("ハローワーク久留米",),
        "facility_name": "くるめ就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": date(2015, 10, 1),
        "metrics": [M("就職者数", P(300, "人", "以上"), P(312), "104.0")],
        "comments": [
            (
                "久留米市健康福祉部生活支援第1課",
                "municipality",
                "相談を受けた翌日には予約が入るので、支援が途切れません。",
            )
        ],
    },
    {
        "title": "港のまちの就労支援を市役所の中で",
        "prefecture": "長崎県",
        "municipality": "佐世保市",
        "labour_bureau": "長崎労働局",
        "hello_work": ("ハローワーク佐世保",),
        "facility_name": "させぼ仕事相談コーナー",
        "start_date": date(2020, 4, 1),
        "metrics": [M("支援対象者数", P(140), P(148), "105.7")],
        "comments": [
            (
                "ハローワーク佐世保",
                "hello_work",
                "市役所の窓口で求人を紹介できるようになり、就職の相談が増えました。",
            )
        ],
    },
]


# 2. A deck parted by ``--- slide n ---`` markers, the header strip with full-width slashes.
DECK_MARKERS = """--- slide 1 ---
一体的実施事業の取組紹介
北海道労働局

--- slide 2 ---
＜旭川市 福祉保険部 保護課＞
「同じ建物で相談が続けられるので、途中でやめる方が減りました。」

就職者数
１２５人
目標 120人 ／ 達成率 104.2％

事例１

北海道旭川市／北海道労働局／ハローワーク旭川

冬でも通える駅前の相談窓口

ジョブサポートあさひかわ（一体的実施施設）
平成28年4月1日開設

--- slide 3 ---
事例２

＜ハローワーク函館＞
「市の窓口から紹介される方は準備ができていて、就職が早いです。」

北海道函館市／北海道労働局／ハローワーク函館

はこだて就労支援コーナー（一体的実施施設）
令和元年10月1日開設

支援対象者数
２１０人
目標 200人 ／ 達成率 105.0％

市の相談と職業相談を同じ日に
"""

DECK_MARKERS_FACTS: list[dict[str, object]] = [
    {
        "title": "冬でも通える駅前の相談窓口",
        "municipality": "旭川市",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク旭川",),
        "facility_name": "ジョブサポートあさひかわ",
        "start_date": date(2016, 4, 1),
        "metrics": [M("就職者数", P(120), P(125), "104.2")],
        "comments": [
            (
                "旭川市福祉保険部保護課",
                "municipality",
                "同じ建物で相談が続けられるので、途中でやめる方が減りました。",
            )
        ],
    },
    {
        "title": "市の相談と職業相談を同じ日に",
        "municipality": "函館市",
        "labour_bureau": "北海道労働局",
        "hello_work": ("ハローワーク函館",),
        "facility_name": "はこだて就労支援コーナー",
        "start_date": date(2019, 10, 1),
        "metrics": [M("支援対象者数", P(200), P(210), "105.0")],
        "comments": [
            (
                "ハローワーク函館",
                "hello_work",
                "市の窓口から紹介される方は準備ができていて、就職が早いです。",
            )
        ],
    },
]


# 3. A deck parted by ``スライド n`` lines; the header strip as ``実施：place`` and
# ``連携：bureau・office`` on two lines; a running foot on each slide.
DECK_JP = """スライド１
令和4年度 一体的実施 好事例

スライド２
就職率
58.2%

＜ハローワーク松本＞
「市の担当者と毎週打合せをしています。」

事例1

実施：長野県松本市
連携：長野労働局・ハローワーク松本

山あいの町からも通える相談窓口

まつもと就労支援センター（一体的実施施設）
平成30年7月2日開設

就職者数
96人
（目標90人／達成率106.7%）

長野労働局 ｜ 2

スライド３
実施：新潟県長岡市
連携：新潟労働局・ハローワーク長岡

事例2

雪の季節の前に冬の仕事を案内

就職者数
77人
（目標80人／達成率96.3%）

支援対象者数
130人
（目標120人／達成率108.3%）

ながおか仕事サポート（一体的実施施設）
2017/4/3開設

＜長岡市 福祉保健部 福祉課＞
「冬の間の仕事を早めに案内できました。」

長野労働局 ｜ 3
"""

DECK_JP_FACTS: list[dict[str, object]] = [
    {
        "title": "山あいの町からも通える相談窓口",
        "prefecture": "長野県",
        "municipality": "松本市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク松本",),
        "facility_name": "まつもと就労支援センター",
        "start_date": date(2018, 7, 2),
        "metrics": [
            M("就職率", None, R("58.2")),
            M("就職者数", P(90), P(96), "106.7"),
        ],
        "comments": [("ハローワーク松本", "hello_work", "市の担当者と毎週打合せをしています。")],
    },
    {
        "title": "雪の季節の前に冬の仕事を案内",
        "prefecture": "新潟県",
        "municipality": "長岡市",
        "labour_bureau": "新潟労働局",
        "hello_work": ("ハローワーク長岡",),
        "facility_name": "ながおか仕事サポート",
        "start_date": date(2017, 4, 3),
        "metrics": [
            M("就職者数", P(80), P(77), "96.3"),
            M("支援対象者数", P(120), P(130), "108.3"),
        ],
        "comments": [
            ("長岡市福祉保健部福祉課", "municipality", "冬の間の仕事を早めに案内できました。")
        ],
    },
]


# 4. Pandoc grid tables: the header card, results with a wrapped label, comments.
GRID = """# 一体的実施事業　好事例（令和4年度）

## 事例1　相談から就職まで一つの窓口で

+----------------+-------------------------------+
| 項目           | 内容                          |
+================+===============================+
| 実施自治体     | 埼玉県川越市                  |
+----------------+-------------------------------+
| 労働局         | 埼玉労働局                    |
+----------------+-------------------------------+
| ハローワーク   | ハローワーク川越              |
+----------------+-------------------------------+
| 施設名         | かわごえ就労支援センター      |
+----------------+-------------------------------+
| 開設日         | 平成28年4月1日                |
+----------------+-------------------------------+

### 実績

+------------------+--------+--------+--------+
| 区分             | 目標   | 実績   | 達成率 |
+==================+========+========+========+
| 支援対象者数     | 200人  | 221人  | 110.5% |
+------------------+--------+--------+--------+
| 就職者数         | 120人  | 131人  | 109.2% |
+------------------+--------+--------+--------+

### 関係者の声

+------------------+------------------------------------------+
| 発言者           | コメント                                 |
+==================+==========================================+
| 川越市福祉部     | 市の窓口から同じ日に職業相談へつなげられ |
| 生活福祉課       | るようになりました。                     |
+------------------+------------------------------------------+
| ハローワーク川越 | 求人の紹介が早くなりました。             |
+------------------+------------------------------------------+
"""

GRID_FACTS: list[dict[str, object]] = [
    {
        "title": "相談から就職まで一つの窓口で",
        "prefecture": "埼玉県",
        "municipality": "川越市",
        "labour_bureau": "埼玉労働局",
        "hello_work": ("ハローワーク川越",),
        "facility_name": "かわごえ就労支援センター",
        "start_date": date(2016, 4, 1),
        "metrics": [
            M("支援対象者数", P(200), P(221), "110.5"),
            M("就職者数", P(120), P(131), "109.2"),
        ],
        "comments": [
            (
                "川越市福祉部生活福祉課",
                "municipality",
                "市の窓口から同じ日に職業相談へつなげられるようになりました。",
            ),
            ("ハローワーク川越", "hello_work", "求人の紹介が早くなりました。"),
        ],
    },
]


# 5. Grid tables of another office: other label words, a wrapped results label, units in
# the header, full-width figures, a page break with a running head between two cases.
GRID_WRAPPED = """千葉労働局　一体的実施の取組（令和5年度）

事例１　船橋市

+--------------+-------------------------+
| 設置自治体   | 千葉県船橋市            |
+--------------+-------------------------+
| 連携先       | 千葉労働局・ハローワーク|
|              | 船橋                    |
+--------------+-------------------------+
| 開始         | H27.10.1                |
+--------------+-------------------------+

+----------------------+--------+--------+----------+
| 指標                 | 目標   | 実績   | 達成率   |
|                      | （人） | （人） | （％）   |
+======================+========+========+==========+
| 就職支援セミナーの   | ３０   | ３４   | １１３.３ |
| 参加者数             |        |        |          |
+----------------------+--------+--------+----------+
| 就職者数             | ８０   | ７２   | ９０.０   |
+----------------------+--------+--------+----------+
\f千葉労働局　一体的実施の取組（令和5年度）

事例２　柏市

+--------------+-------------------------+
| 設置自治体   | 千葉県柏市              |
+--------------+-------------------------+
| 連携先       | 千葉労働局・ハローワーク|
|              | 松戸                    |
+--------------+-------------------------+
| 開始         | 2016/4/1                |
+--------------+-------------------------+

+----------------------+--------+--------+----------+
| 指標                 | 目標   | 実績   | 達成率   |
|                      | （人） | （人） | （％）   |
+======================+========+========+==========+
| 就職者数             | ５０   | ５５   | １１０.０ |
+----------------------+--------+--------+----------+
"""

GRID_WRAPPED_FACTS: list[dict[str, object]] = [
    {
        "prefecture": "千葉県",
        "municipality": "船橋市",
        "labour_bureau": "千葉労働局",
        "hello_work": ("ハローワーク船橋",),
        "start_date": date(2015, 10, 1),
        "metrics": [
            M("就職支援セミナーの参加者数", P(30), P(34), "113.3"),
            M("就職者数", P(80), P(72), "90.0"),
        ],
    },
    {
        "prefecture": "千葉県",
        "municipality": "柏市",
        "labour_bureau": "千葉労働局",
        "hello_work": ("ハローワーク松戸",),
        "start_date": date(2016, 4, 1),
        "metrics": [M("就職者数", P(50), P(55), "110.0")],
    },
]


# 6. A bilingual handout (markdown): headings, bullets and table cells each with an English
# gloss, on the next line or after ``<br>``.
BILINGUAL = """# 一体的実施事業の好事例
# Good Practices of Integrated Employment Support

## 事例1　静岡県浜松市
## Case 1: Hamamatsu City, Shizuoka

| 項目<br>Item | 内容<br>Details |
|---|---|
| 実施自治体<br>Municipality | 静岡県浜松市 |
| 労働局<br>Labour Bureau | 静岡労働局 |
| ハローワーク<br>Hello Work | ハローワーク浜松 |
| 開設日<br>Opened | 平成29年4月3日 |

### 主な取組
### Main Activities

- 外国人住民向けに通訳付きの相談日を設けた。
  Consultation days with interpreters were set up for foreign residents.
- 市の窓口で求人情報を毎日更新した。
  Job information was updated daily at the city office.

### 実績
### Results

| 指標<br>Indicator | 目標<br>Target | 実績<br>Actual | 達成率<br>Rate |
|---|---|---|---|
| 就職者数<br>Employed | 100人 | 112人 | 112.0% |
| 支援対象者数<br>Persons supported | 180人 | 175人 | 97.2% |
"""

BILINGUAL_FACTS: list[dict[str, object]] = [
    {
        "prefecture": "静岡県",
        "municipality": "浜松市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク浜松",),
        "start_date": date(2017, 4, 3),
        "initiatives": (
            "外国人住民向けに通訳付きの相談日を設けた。",
            "市の窓口で求人情報を毎日更新した。",
        ),
        "metrics": [
            M("就職者数", P(100), P(112), "112.0"),
            M("支援対象者数", P(180), P(175), "97.2"),
        ],
    },
]


# 7. A bilingual grid table: each cell the Japanese over its English gloss.
BILINGUAL_GRID = """令和5年度　好事例集　Good Practices FY2023

事例1　岡山県倉敷市
Case 1: Kurashiki City

+------------------+---------------------------+
| 実施自治体       | 岡山県倉敷市              |
| Municipality     | Kurashiki, Okayama        |
+------------------+---------------------------+
| 労働局           | 岡山労働局                |
| Labour Bureau    | Okayama Labour Bureau     |
+------------------+---------------------------+
| ハローワーク     | ハローワーク倉敷中央      |
| Hello Work       | Hello Work Kurashiki      |
+------------------+---------------------------+
| 開設日           | 令和元年5月7日            |
| Opened           | 7 May 2019                |
+------------------+---------------------------+

実績　Results

+--------------+--------+--------+--------+
| 区分         | 目標   | 実績   | 達成率 |
| Item         | Target | Actual | Rate   |
+==============+========+========+========+
| 就職者数     | 60人   | 66人   | 110.0% |
| Employed     |        |        |        |
+--------------+--------+--------+--------+
"""

BILINGUAL_GRID_FACTS: list[dict[str, object]] = [
    {
        "prefecture": "岡山県",
        "municipality": "倉敷市",
        "labour_bureau": "岡山労働局",
        "hello_work": ("ハローワーク倉敷中央",),
        "start_date": date(2019, 5, 7),
        "metrics": [M("就職者数", P(60), P(66), "110.0")],
    },
]


# 8. A deck whose slides are parted by bare slide numbers at their foot, tiles with the
# unit-less figure and a ``目標：`` line, and a markdown wrapper (``**`` labels).
DECK_NUMBERS = """令和4年度 一体的実施 好事例
大阪労働局

1

事例1

就職者数
204人
目標：190人／達成率：107.4%

大阪府堺市 × 大阪労働局・ハローワーク堺

さかい就労支援センター（一体的実施施設）
平成27年6月1日開設

駅から近い相談窓口で就職まで

2

事例2

大阪府東大阪市 × 大阪労働局・ハローワーク布施

ひがしおおさか就労サポート（一体的実施施設）
令和3年4月1日開設

支援対象者数
330人
目標：300人／達成率：110.0%

ものづくりの町の求人を福祉の窓口で

3
"""

DECK_NUMBERS_FACTS: list[dict[str, object]] = [
    {
        "title": "駅から近い相談窓口で就職まで",
        "prefecture": "大阪府",
        "municipality": "堺市",
        "labour_bureau": "大阪労働局",
        "hello_work": ("ハローワーク堺",),
        "facility_name": "さかい就労支援センター",
        "start_date": date(2015, 6, 1),
        "metrics": [M("就職者数", P(190), P(204), "107.4")],
    },
    {
        "title": "ものづくりの町の求人を福祉の窓口で",
        "prefecture": "大阪府",
        "municipality": "東大阪市",
        "labour_bureau": "大阪労働局",
        "hello_work": ("ハローワーク布施",),
        "facility_name": "ひがしおおさか就労サポート",
        "start_date": date(2021, 4, 1),
        "metrics": [M("支援対象者数", P(300), P(330), "110.0")],
    },
]


# 9. A deck whose slides end with page numbers ``－１－`` (no form feeds), full-width figures,
# the header strip as a place line over an offices line, the label first but the headline last.
DECK_PAGES = """好事例集
兵庫労働局

事例１

＜姫路市 健康福祉局 生活援護室＞
「予約なしで相談できる日を増やしました。」

兵庫県姫路市
兵庫労働局・ハローワーク姫路

就職件数
１８６件
目標　１７０件以上　／　達成率　１０９．４％

ひめじ就労支援コーナー（一体的実施施設）
令和元年５月７日開設

城下町の駅前で、毎日の就労相談

－１－
事例２

城の見える窓口で若者の就職を応援

就職件数
９８件
目標　１００件　／　達成率　９８．０％

兵庫県明石市
兵庫労働局・ハローワーク明石

あかし仕事サポート（一体的実施施設）
平成２８年１０月３日開設

＜ハローワーク明石＞
「若い方の応募書類を一緒に作っています。」

－２－
"""

DECK_PAGES_FACTS: list[dict[str, object]] = [
    {
        "title": "城下町の駅前で、毎日の就労相談",
        "prefecture": "兵庫県",
        "municipality": "姫路市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク姫路",),
        "facility_name": "ひめじ就労支援コーナー",
        "start_date": date(2019, 5, 7),
        "metrics": [M("就職件数", P(170, "件", "以上"), P(186, "件"), "109.4")],
        "comments": [
            ("姫路市健康福祉局生活援護室", "municipality", "予約なしで相談できる日を増やしました。")
        ],
    },
    {
        "title": "城の見える窓口で若者の就職を応援",
        "prefecture": "兵庫県",
        "municipality": "明石市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク明石",),
        "facility_name": "あかし仕事サポート",
        "start_date": date(2016, 10, 3),
        "metrics": [M("就職件数", P(100, "件"), P(98, "件"), "98.0")],
        "comments": [("ハローワーク明石", "hello_work", "若い方の応募書類を一緒に作っています。")],
    },
]


DOCUMENTS: list[object] = [
    ("deck_formfeed", DECK_FF, DECK_FF_FACTS),
    ("deck_markers", DECK_MARKERS, DECK_MARKERS_FACTS),
    ("deck_jp_markers", DECK_JP, DECK_JP_FACTS),
    ("grid", GRID, GRID_FACTS),
    ("grid_wrapped", GRID_WRAPPED, GRID_WRAPPED_FACTS),
    ("bilingual", BILINGUAL, BILINGUAL_FACTS),
    ("bilingual_grid", BILINGUAL_GRID, BILINGUAL_GRID_FACTS),
    ("deck_numbers", DECK_NUMBERS, DECK_NUMBERS_FACTS),
    ("deck_pages", DECK_PAGES, DECK_PAGES_FACTS),
]


def _name(entry: object) -> str:
    return entry.values[0] if hasattr(entry, "values") else entry[0]  # type: ignore[index]


def _values(entry: object) -> tuple[object, ...]:
    return tuple(entry.values) if hasattr(entry, "values") else tuple(entry)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [pytest.param(*_values(d), marks=getattr(d, "marks", ()), id=_name(d)) for d in DOCUMENTS],
)
def test_variant_document_reads_fully(
    name: str, text: str, expected: list[dict[str, object]]
) -> None:
    assert _mismatches(text, expected) == []


def test_deck_slide_markers_are_no_text() -> None:
    """A ``--- slide n ---`` marker opens a slide and is read as nothing (decision 1041)."""
    for profile in jirei.parse_text(DECK_MARKERS).profiles:
        assert "slide" not in (profile.title or "")
        assert all("slide" not in c.text for c in profile.comments)


def test_glosses_keep_length_and_japanese() -> None:
    """English glosses become spaces: same length, the Japanese side kept (decision 1044)."""
    from jirei.glosses import untangle_glosses

    text = "### 実績\n### Results\n| 就職者数<br>Employed | 12人 |\n実績　Results\nCASE 01\n"
    out = untangle_glosses(text)
    assert len(out) == len(text)
    assert "Results" not in out and "Employed" not in out
    assert "### 実績" in out and "就職者数" in out and "CASE 01" in out


def test_grid_borders_become_rules_of_same_length() -> None:
    from jirei.gridtables import untangle_grid

    text = "+----+----+\n| 項目 | 内容 |\n+====+====+\n| 労働局 | 埼玉労働局 |\n+----+----+\n"
    out = untangle_grid(text)
    assert len(out) == len(text)
    assert out.splitlines()[2] == "|----|----|"
    assert out.splitlines()[0].strip() == "" and out.splitlines()[4].strip() == ""


@pytest.mark.parametrize(
    "text", [_values(d)[1] for d in DOCUMENTS], ids=[_name(d) for d in DOCUMENTS]
)
def test_variant_comment_spans_hold_their_text(text: str) -> None:
    """Each comment's span points into the original text at (at least the start of) its text."""
    for profile in jirei.parse_text(text).profiles:
        for comment in profile.comments:
            assert comment.span is not None
            written = unicodedata.normalize("NFKC", "".join(comment.span.slice(text).split()))
            assert "".join(comment.text.split())[:6] in written
