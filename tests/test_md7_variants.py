# ruff: noqa: E501  (the documents are data: a line is as long as a converter writes it)
"""Reports as PDF-to-Markdown converters give them (branch ``md7``), each varied the way
another converter or its settings would write it: marker (``<span id>`` anchors, ``#`` for
every large line, pipe tables with ``<br>`` and ``<sup>`` in cells, ``![](…)`` images, a
running footer), docling (every heading ``##``, ``<!-- image -->``, bare page numbers, a
duplicated two-row header, doubled bullet marks, speakers as headings), pymupdf4llm
(``**bold**`` lines for headers, sections and speakers, ``## **…**`` headlines, indented
bullets, ``-----`` page breaks with a running head, HTML tables), MinerU (``#`` for every
heading, HTML tables with ``colspan`` year headers), Azure Document Intelligence (``<!--
PageHeader="…" -->`` furniture, ``<figure>`` blocks, page breaks inside a case), LlamaParse
(a group table whose merged cell is left empty below), pandoc (bold lines, footnote
references), mammoth (``__bold__``), vision-model converters (every heading ``###``, bold field
labels) and LaTeX a converter falls back to (``$105.0\\%$``, ``$\\textcircled{1}$``).

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures). Every expected fact was written
by hand from reading the document, never printed from the parser. Documents the parser does
not yet read fully are strict xfails naming the gap (a fix must remove the mark).
"""

from __future__ import annotations

import datetime

import pytest
from tests._variants import M, P, R, variant_tests

import jirei
from jirei.headingspeakers import heading_speaker
from jirei.latexmarks import untangle_latex_marks
from jirei.mdbold import untangle_markdown_bold
from jirei.mdcaptions import untangle_caption_headings
from jirei.notemarks import untangle_note_marks
from jirei.pipecells import untangle_pipe_cells
from jirei.splitheader import join_split_headers

D = datetime.date

# 1. marker: anchors, a one-line header with kind and date, ``#`` headline, ``■`` sections,
#    a picture and its caption, figures with ``<br>（達成率…）`` in pipe cells, bold speakers
#    with a space inside, running footers between cases
MARKER_SPANS = """<span id="page-0-0"></span>

# 宮城労働局

# 令和4年度 生活保護受給者等就労自立促進事業 取組事例集

![](_page_0_Picture_1.jpeg)

<span id="page-1-0"></span>

## 【宮城県仙台市】【宮城労働局・ハローワーク仙台】せんだい就労サポートセンター（一体的実施施設）令和元年10月1日事業開始

# 区役所の福祉窓口から、その日のうちに職業相談へ

### ■取組内容

- 区役所の保護課と同じ階に相談ブースを設け、面談の後すぐに職業相談を受けられるようにした。
- 就職支援ナビゲーターが週2回、区役所の窓口に出向いて求人情報を説明した。
- 市の就労準備支援事業と連携し、生活リズムを整える講座の修了者を優先して支援した。

![](_page_1_Picture_8.jpeg)

###### 写真 相談ブースの様子

### ■令和4年度 目標と実績

| 項目 | 目標 | 実績 |
|---|---|---|
| 支援対象者数 | 400人 | 431人<br>（達成率107.8%） |
| 就職者数 | 240人 | 262人<br>（達成率109.2%） |
| 就職率 | 60.0% | 60.8% |

### ■関係者の声

**仙台市 保護課**

窓口が同じ階にあるので、面談の流れのまま職業相談を案内できるようになりました。

**ハローワーク仙台**

区役所で初めて会う方も多く、早い段階で就職に向けた準備を始められています。

<span id="page-2-0"></span>

宮城労働局 - 2 -

<span id="page-3-0"></span>

## 【宮城県石巻市】【宮城労働局・ハローワーク石巻】いしのまき仕事相談室（一体的実施施設）平成30年4月2日事業開始

# 水産加工の求人と、子育て中の方の短時間勤務をつなぐ

### ■取組内容

- 水産加工会社を訪問し、午前中だけ働ける求人を開拓した。
- 児童扶養手当の現況届の時期に、市役所で出張相談会を開いた。

### ■令和4年度 目標と実績

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 150人以上 | 162人 | 108.0% |
| 就職者数 | 90人以上 | 97人 | 107.8% |

### ■関係者の声

**石巻市 子育て支援課**

現況届の会場で相談できたことで、仕事を探していると初めて口にされる方がいました。

**宮城労働局**

短時間の求人が増え、子育て中の方の就職が着実に増えています。

宮城労働局 - 4 -
"""
MARKER_SPANS_FACTS = [
    {
        "title": "区役所の福祉窓口から、その日のうちに職業相談へ",
        "prefecture": "宮城県",
        "municipality": "仙台市",
        "labour_bureau": "宮城労働局",
        "hello_work": ("ハローワーク仙台",),
        "facility_name": "せんだい就労サポートセンター",
        "facility_type": "一体的実施施設",
        "start_date": D(2019, 10, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "区役所の保護課と同じ階に相談ブースを設け、面談の後すぐに職業相談を受けられるようにした。",
            "就職支援ナビゲーターが週2回、区役所の窓口に出向いて求人情報を説明した。",
            "市の就労準備支援事業と連携し、生活リズムを整える講座の修了者を優先して支援した。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(400), P(431), "107.8"),
            M("就職者数", P(240), P(262), "109.2"),
            M("就職率", R("60.0"), R("60.8")),
        ],
        "comments": [
            ("仙台市保護課", "municipality", "窓口が同じ階にあるので、面談の流れのまま職業相談を案内できるようになりました。"),
            ("ハローワーク仙台", "hello_work", "区役所で初めて会う方も多く、早い段階で就職に向けた準備を始められています。"),
        ],
    },
    {
        "title": "水産加工の求人と、子育て中の方の短時間勤務をつなぐ",
        "prefecture": "宮城県",
        "municipality": "石巻市",
        "labour_bureau": "宮城労働局",
        "hello_work": ("ハローワーク石巻",),
        "facility_name": "いしのまき仕事相談室",
        "facility_type": "一体的実施施設",
        "start_date": D(2018, 4, 2),
        "fiscal_year": 2022,
        "initiatives": (
            "水産加工会社を訪問し、午前中だけ働ける求人を開拓した。",
            "児童扶養手当の現況届の時期に、市役所で出張相談会を開いた。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(150, "人", "以上"), P(162), "108.0"),
            M("就職者数", P(90, "人", "以上"), P(97), "107.8"),
        ],
        "comments": [
            ("石巻市子育て支援課", "municipality", "現況届の会場で相談できたことで、仕事を探していると初めて口にされる方がいました。"),
            ("宮城労働局", "labour_bureau", "短時間の求人が増え、子育て中の方の就職が着実に増えています。"),
        ],
    },
]

# 2. docling: every line a ``##`` heading, the header over three heading lines, numbered
#    section headings, ``- ・`` bullets, a duplicated two-row header with full-width figures,
#    speakers written as ``##`` headings under the comments heading, bare page numbers
DOCLING_SPEAKERS = """<!-- image -->

## 令和3年度

## 一体的実施事業 取組事例

## 福島労働局

1

## 【福島県郡山市】【福島労働局・ハローワーク郡山】

## こおりやま就労支援コーナー（常設窓口）

## 平成31年4月1日 事業開始

## 駅前の市民サービスセンターで、相談から就職まで

## 1. 取組内容

- ・ 市民サービスセンターの一角に窓口を置き、平日は毎日相談を受け付けた。
- ・ 市の生活困窮者自立相談支援機関から、本人の同意を得て支援対象者を紹介してもらった。

<!-- image -->

## 2. 令和3年度の目標と実績

| 区分         | 令和3年度   | 令和3年度   |
|--------------|-------------|-------------|
| 区分         | 目標        | 実績        |
| 支援対象者数 | １８０人    | １９２人    |
| 就職者数     | １００人    | １０９人    |

## 3. 関係者の声

## 郡山市 生活支援課

駅前に窓口があることで、仕事帰りに立ち寄る方も増えました。

## ハローワーク郡山

市の相談員と同じ場所で支援できるので、情報のやり取りが早くなりました。

2

## 【福島県いわき市】【福島労働局・ハローワーク平】

## いわき仕事サポート（一体的実施施設）令和2年7月1日事業開始

## 沿岸部の事業所とつなぐ職場見学会

## 1. 取組内容

- ・ 沿岸部の事業所の協力を得て、職場見学会を毎月開いた。
- ・ 見学会の後、希望者には当日のうちに応募の相談を行った。

## 2. 令和3年度の目標と実績

| 項目         | 目標     | 実績     |
|--------------|----------|----------|
| 支援対象者数 | 120人    | 118人    |
| 就職者数     | 70人     | 74人     |
| 就職率       | 58.3％   | 62.7％   |

## 3. 関係者の声

## いわき市 保護課

見学会で職場の雰囲気を知ってから応募できるので、本人の不安が小さくなっています。

## 福島労働局

見学会から就職につながる例が増えており、他の地域にも広げていきたいと考えています。

3
"""
DOCLING_SPEAKERS_FACTS = [
    {
        "title": "駅前の市民サービスセンターで、相談から就職まで",
        "prefecture": "福島県",
        "municipality": "郡山市",
        "labour_bureau": "福島労働局",
        "hello_work": ("ハローワーク郡山",),
        "facility_name": "こおりやま就労支援コーナー",
        "facility_type": "常設窓口",
        "start_date": D(2019, 4, 1),
        "fiscal_year": 2021,
        "initiatives": (
            "市民サービスセンターの一角に窓口を置き、平日は毎日相談を受け付けた。",
            "市の生活困窮者自立相談支援機関から、本人の同意を得て支援対象者を紹介してもらった。",
        ),
        "other_results": (),
        "metrics": [M("支援対象者数", P(180), P(192)), M("就職者数", P(100), P(109))],
        "comments": [
            ("郡山市生活支援課", "municipality", "駅前に窓口があることで、仕事帰りに立ち寄る方も増えました。"),
            ("ハローワーク郡山", "hello_work", "市の相談員と同じ場所で支援できるので、情報のやり取りが早くなりました。"),
        ],
    },
    {
        "title": "沿岸部の事業所とつなぐ職場見学会",
        "prefecture": "福島県",
        "municipality": "いわき市",
        "labour_bureau": "福島労働局",
        "hello_work": ("ハローワーク平",),
        "facility_name": "いわき仕事サポート",
        "facility_type": "一体的実施施設",
        "start_date": D(2020, 7, 1),
        "fiscal_year": 2021,
        "initiatives": (
            "沿岸部の事業所の協力を得て、職場見学会を毎月開いた。",
            "見学会の後、希望者には当日のうちに応募の相談を行った。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(120), P(118)),
            M("就職者数", P(70), P(74)),
            M("就職率", R("58.3"), R("62.7")),
        ],
        "comments": [
            ("いわき市保護課", "municipality", "見学会で職場の雰囲気を知ってから応募できるので、本人の不安が小さくなっています。"),
            ("福島労働局", "labour_bureau", "見学会から就職につながる例が増えており、他の地域にも広げていきたいと考えています。"),
        ],
    },
]

# 3. pymupdf4llm: bold header, bold facility line with the date after a full-width space,
#    ``## **…**`` headline, ``**■ 取組内容**`` sections, indented bullets, HTML tables on one
#    line and a row a line, bold ``■ …コメント`` headings, ``-----`` page breaks with a running
#    head numbering the page
PYMUPDF_BOLD = """# **令和5年度 一体的実施事業 事例集**

**群馬労働局 職業安定部**

令和6年5月

-----

群馬労働局 一体的実施事例集 1

**【群馬県前橋市】【群馬労働局・ハローワーク前橋】**

**まえばし就労サポート（一体的実施施設）**　令和2年4月1日開設

## **市役所1階で、福祉と仕事の相談を一度に**

**■ 取組内容**

   - 市役所1階の福祉総合窓口の隣に相談ブースを置いた。

   - 生活保護受給者の面談にハローワークの相談員が同席した。

**■ 令和5年度の目標と実績**

<table><tr><th>項目</th><th>目標</th><th>実績</th><th>達成率</th></tr><tr><td>支援対象者数</td><td>250人</td><td>263人</td><td>105.2%</td></tr><tr><td>就職者数</td><td>150人</td><td>158人</td><td>105.3%</td></tr></table>

**■ 前橋市コメント**

福祉の相談に来た方を、その場でハローワークにつなげるようになりました。

**■ ハローワーク前橋コメント**

面談に同席することで、本人の事情を踏まえた求人を紹介できています。

-----

群馬労働局 一体的実施事例集 2

**【群馬県高崎市】【群馬労働局・ハローワーク高崎】**

**たかさき仕事相談室（常設窓口）**

平成29年10月2日開設

## **ひとり親家庭の就職を、子育て支援課と一緒に**

**■ 取組内容**

   - 子育て支援課の窓口で、児童扶養手当の受給者に職業相談を案内した。

   - 保育所の空き状況を確認しながら、勤務時間の合う求人を探した。

**■ 令和5年度の目標と実績**

<table>
<tr><th>項目</th><th>目標</th><th>実績</th></tr>
<tr><td>支援対象者数</td><td>90人</td><td>96人</td></tr>
<tr><td>就職者数</td><td>54人</td><td>60人</td></tr>
</table>

**■ その他の実績**

   - 子育て中の方向けの面接会を2回開き、12人が参加した。

**■ 高崎市コメント**

保育所の情報と求人の情報を同時に確認できるので、相談が具体的になりました。

-----

群馬労働局 一体的実施事例集 3
"""
PYMUPDF_BOLD_FACTS = [
    {
        "title": "市役所1階で、福祉と仕事の相談を一度に",
        "prefecture": "群馬県",
        "municipality": "前橋市",
        "labour_bureau": "群馬労働局",
        "hello_work": ("ハローワーク前橋",),
        "facility_name": "まえばし就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": D(2020, 4, 1),
        "fiscal_year": 2023,
        "initiatives": (
            "市役所1階の福祉総合窓口の隣に相談ブースを置いた。",
            "生活保護受給者の面談にハローワークの相談員が同席した。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(250), P(263), "105.2"),
            M("就職者数", P(150), P(158), "105.3"),
        ],
        "comments": [
            ("前橋市", "municipality", "福祉の相談に来た方を、その場でハローワークにつなげるようになりました。"),
            ("ハローワーク前橋", "hello_work", "面談に同席することで、本人の事情を踏まえた求人を紹介できています。"),
        ],
    },
    {
        "title": "ひとり親家庭の就職を、子育て支援課と一緒に",
        "prefecture": "群馬県",
        "municipality": "高崎市",
        "labour_bureau": "群馬労働局",
        "hello_work": ("ハローワーク高崎",),
        "facility_name": "たかさき仕事相談室",
        "facility_type": "常設窓口",
        "start_date": D(2017, 10, 2),
        "fiscal_year": 2023,
        "initiatives": (
            "子育て支援課の窓口で、児童扶養手当の受給者に職業相談を案内した。",
            "保育所の空き状況を確認しながら、勤務時間の合う求人を探した。",
        ),
        "other_results": ("子育て中の方向けの面接会を2回開き、12人が参加した。",),
        "metrics": [M("支援対象者数", P(90), P(96)), M("就職者数", P(54), P(60))],
        "comments": [
            ("高崎市", "municipality", "保育所の情報と求人の情報を同時に確認できるので、相談が具体的になりました。"),
        ],
    },
]

# 4. pymupdf4llm with bold result labels before ``目標 X → 実績 Y（達成率 r）`` lines and
#    bracketed bold speakers under a bold ``関係者の声``; a running head without a page word
PYMUPDF_RESULT_LINES = """**【長野県松本市】【長野労働局・ハローワーク松本】**

**まつもと就職サポートコーナー（一体的実施施設）** 平成28年4月1日事業開始

## **山あいの地区にも出張相談で**

**【取組内容】**

   - 市の支所4か所で月1回ずつ出張相談を行った。

   - 相談の予約は支所の窓口でも受け付けた。

**【令和2年度の実績】**

**支援対象者数**　目標 130人 → 実績 141人（達成率108.5%）

**就職者数**　目標 78人 → 実績 83人（達成率106.4%）

**関係者の声**

**【松本市 福祉課】**

支所で相談できるようになり、山あいの地区からの相談が増えました。

**【ハローワーク松本】**

出張相談の日は予約が埋まることが多く、需要の大きさを感じています。

-----

長野労働局 事例集 2

**【長野県上田市】【長野労働局・ハローワーク上田】**

**うえだ仕事相談窓口（常設窓口）** 令和元年6月3日開設

## **移動が難しい方に、オンライン相談を**

**【取組内容】**

   - 市の福祉窓口にタブレットを置き、ハローワークの相談員とオンラインで話せるようにした。

**【令和2年度の実績】**

**支援対象者数**　目標 60人 → 実績 63人（達成率105.0%）

**就職者数**　目標 36人 → 実績 38人（達成率105.6%）

**関係者の声**

**【上田市 生活福祉課】**

移動が難しい方でも、福祉の窓口から直接相談できるようになりました。
"""
PYMUPDF_RESULT_LINES_FACTS = [
    {
        "title": "山あいの地区にも出張相談で",
        "prefecture": "長野県",
        "municipality": "松本市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク松本",),
        "facility_name": "まつもと就職サポートコーナー",
        "facility_type": "一体的実施施設",
        "start_date": D(2016, 4, 1),
        "fiscal_year": 2020,
        "initiatives": ("市の支所4か所で月1回ずつ出張相談を行った。", "相談の予約は支所の窓口でも受け付けた。"),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(130), P(141), "108.5"),
            M("就職者数", P(78), P(83), "106.4"),
        ],
        "comments": [
            ("松本市福祉課", "municipality", "支所で相談できるようになり、山あいの地区からの相談が増えました。"),
            ("ハローワーク松本", "hello_work", "出張相談の日は予約が埋まることが多く、需要の大きさを感じています。"),
        ],
    },
    {
        "title": "移動が難しい方に、オンライン相談を",
        "prefecture": "長野県",
        "municipality": "上田市",
        "labour_bureau": "長野労働局",
        "hello_work": ("ハローワーク上田",),
        "facility_name": "うえだ仕事相談窓口",
        "facility_type": "常設窓口",
        "start_date": D(2019, 6, 3),
        "fiscal_year": 2020,
        "initiatives": ("市の福祉窓口にタブレットを置き、ハローワークの相談員とオンラインで話せるようにした。",),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(60), P(63), "105.0"),
            M("就職者数", P(36), P(38), "105.6"),
        ],
        "comments": [
            ("上田市生活福祉課", "municipality", "移動が難しい方でも、福祉の窓口から直接相談できるようになりました。"),
        ],
    },
]

# 5. MinerU: ``#`` for every heading (header, headline, sections, comments), the facility line
#    plain under the header, an image path, HTML tables of ``<td>`` only, one with a
#    ``rowspan`` item cell and a ``colspan`` year over the role row
MINERU_HTML = """# 令和4年度 岐阜県内の一体的実施事業の取組

岐阜労働局

# 【岐阜県大垣市】【岐阜労働局・ハローワーク大垣】

おおがき就労支援コーナー（一体的実施施設）平成27年10月1日事業開始

# 外国籍の方にも通訳付きで職業相談

# 取組内容

- 市の多文化共生課と連携し、ポルトガル語の通訳を週2回配置した。
- 日本語で書く履歴書の書き方を、通訳と一緒に説明した。

![](images/3f2a9c1d0b7e.jpg)

# 令和4年度の目標と実績

<table><tr><td rowspan="2">項目</td><td colspan="3">令和4年度</td></tr><tr><td>目標</td><td>実績</td><td>達成率</td></tr><tr><td>支援対象者数</td><td>110人</td><td>121人</td><td>110.0%</td></tr><tr><td>就職者数</td><td>66人</td><td>70人</td><td>106.1%</td></tr></table>

# 大垣市コメント

通訳がいることで、これまで窓口に来にくかった方の相談が増えました。

# ハローワーク大垣コメント

市の担当者と一緒に面談することで、生活面の悩みも含めて支援できています。

# 【岐阜県岐阜市】【岐阜労働局・ハローワーク岐阜】

ぎふ仕事サポート（常設窓口）令和3年4月1日事業開始

# 若い世代の相談を、夜間窓口で

# 取組内容

- 毎週木曜日に19時まで窓口を開け、働きながら相談したい方を受け入れた。

# 令和4年度の目標と実績

<table><tr><td>項目</td><td>目標</td><td>実績</td></tr><tr><td>支援対象者数</td><td>80人</td><td>84人</td></tr><tr><td>就職者数</td><td>48人</td><td>51人</td></tr><tr><td>就職率</td><td>60.0%</td><td>60.7%</td></tr></table>

# 岐阜市コメント

夜間の窓口は、仕事をしている若い方から特に喜ばれています。
"""
MINERU_HTML_FACTS = [
    {
        "title": "外国籍の方にも通訳付きで職業相談",
        "prefecture": "岐阜県",
        "municipality": "大垣市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク大垣",),
        "facility_name": "おおがき就労支援コーナー",
        "facility_type": "一体的実施施設",
        "start_date": D(2015, 10, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "市の多文化共生課と連携し、ポルトガル語の通訳を週2回配置した。",
            "日本語で書く履歴書の書き方を、通訳と一緒に説明した。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(110), P(121), "110.0"),
            M("就職者数", P(66), P(70), "106.1"),
        ],
        "comments": [
            ("大垣市", "municipality", "通訳がいることで、これまで窓口に来にくかった方の相談が増えました。"),
            ("ハローワーク大垣", "hello_work", "市の担当者と一緒に面談することで、生活面の悩みも含めて支援できています。"),
        ],
    },
    {
        "title": "若い世代の相談を、夜間窓口で",
        "prefecture": "岐阜県",
        "municipality": "岐阜市",
        "labour_bureau": "岐阜労働局",
        "hello_work": ("ハローワーク岐阜",),
        "facility_name": "ぎふ仕事サポート",
        "facility_type": "常設窓口",
        "start_date": D(2021, 4, 1),
        "fiscal_year": 2022,
        "initiatives": ("毎週木曜日に19時まで窓口を開け、働きながら相談したい方を受け入れた。",),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(80), P(84)),
            M("就職者数", P(48), P(51)),
            M("就職率", R("60.0"), R("60.7")),
        ],
        "comments": [("岐阜市", "municipality", "夜間の窓口は、仕事をしている若い方から特に喜ばれています。")],
    },
]

# 6. Azure Document Intelligence: ``<!-- PageHeader="…" -->`` / ``PageFooter`` / ``PageBreak``
#    comments (a page break between two comments of a case), a ``<figure>`` block, HTML tables
AZURE_DI = """<!-- PageHeader="三重労働局 一体的実施事業 取組事例集" -->

# 【三重県津市】【三重労働局・ハローワーク津】

つ就労支援プラザ（一体的実施施設）令和元年11月1日事業開始

## 駅前で、福祉と就労の相談を一か所に

### 取組内容

- 駅前の市の施設に窓口を置き、生活保護の面談と職業相談を同じ日に行った。
- 就職した方には、3か月間、月1回の電話で職場定着を確認した。

<figure>

![](figures/1)

<!-- FigureContent="相談窓口の写真" -->

</figure>

### 令和5年度の目標と実績

<table>
<tr><th>項目</th><th>目標</th><th>実績</th></tr>
<tr><td>支援対象者数</td><td>200人</td><td>212人</td></tr>
<tr><td>就職者数</td><td>120人</td><td>128人</td></tr>
</table>

### 津市コメント

面談と職業相談が同じ日にできるので、相談者の負担が減りました。

<!-- PageFooter="- 3 -" -->
<!-- PageBreak -->
<!-- PageHeader="三重労働局 一体的実施事業 取組事例集" -->

### ハローワーク津コメント

定着確認の電話で、早めに悩みを聞けるようになりました。

<!-- PageFooter="- 4 -" -->
<!-- PageBreak -->
<!-- PageHeader="三重労働局 一体的実施事業 取組事例集" -->

# 【三重県四日市市】【三重労働局・ハローワーク四日市】

よっかいち仕事サポート（常設窓口）平成30年4月2日事業開始

## 工場の多いまちで、未経験者向けの見学会

### 取組内容

- 市内の工場の協力を得て、未経験者向けの見学会を年4回開いた。

### 令和5年度の目標と実績

<table>
<tr><th>項目</th><th>目標</th><th>実績</th><th>達成率</th></tr>
<tr><td>就職者数</td><td>60人</td><td>66人</td><td>110.0%</td></tr>
</table>

### 四日市市コメント

見学会の後に応募する方が多く、ものづくりの仕事への関心が高まりました。

<!-- PageFooter="- 5 -" -->
"""
AZURE_DI_FACTS = [
    {
        "title": "駅前で、福祉と就労の相談を一か所に",
        "prefecture": "三重県",
        "municipality": "津市",
        "labour_bureau": "三重労働局",
        "hello_work": ("ハローワーク津",),
        "facility_name": "つ就労支援プラザ",
        "facility_type": "一体的実施施設",
        "start_date": D(2019, 11, 1),
        "fiscal_year": 2023,
        "initiatives": (
            "駅前の市の施設に窓口を置き、生活保護の面談と職業相談を同じ日に行った。",
            "就職した方には、3か月間、月1回の電話で職場定着を確認した。",
        ),
        "other_results": (),
        "metrics": [M("支援対象者数", P(200), P(212)), M("就職者数", P(120), P(128))],
        "comments": [
            ("津市", "municipality", "面談と職業相談が同じ日にできるので、相談者の負担が減りました。"),
            ("ハローワーク津", "hello_work", "定着確認の電話で、早めに悩みを聞けるようになりました。"),
        ],
    },
    {
        "title": "工場の多いまちで、未経験者向けの見学会",
        "prefecture": "三重県",
        "municipality": "四日市市",
        "labour_bureau": "三重労働局",
        "hello_work": ("ハローワーク四日市",),
        "facility_name": "よっかいち仕事サポート",
        "facility_type": "常設窓口",
        "start_date": D(2018, 4, 2),
        "fiscal_year": 2023,
        "initiatives": ("市内の工場の協力を得て、未経験者向けの見学会を年4回開いた。",),
        "other_results": (),
        "metrics": [M("就職者数", P(60), P(66), "110.0")],
        "comments": [("四日市市", "municipality", "見学会の後に応募する方が多く、ものづくりの仕事への関心が高まりました。")],
    },
]

# 7. LlamaParse: ``#`` header, facility and headline lines, ``---`` rules between cases, a group
#    table whose merged group cell is left empty below, figures with thousands separators
LLAMAPARSE_GROUPS = """# 令和2年度 兵庫県 一体的実施事業 事例紹介

---

# 【兵庫県姫路市】【兵庫労働局・ハローワーク姫路】

# ひめじ就労支援センター（一体的実施施設）平成26年4月1日事業開始

# 生活保護と児童扶養手当、対象ごとに担当を決めて支援

## 取組内容

- 生活保護受給者等と児童扶養手当受給者のそれぞれに担当のナビゲーターを置いた。
- 支援の進み具合を、市のケースワーカーと毎月確認した。

## 令和2年度の目標と実績

| 対象 | 項目 | 目標 | 実績 |
|------|------|------|------|
| 生活保護受給者等 | 支援対象者数 | 220人 | 236人 |
|  | 就職者数 | 130人 | 141人 |
| 児童扶養手当受給者 | 支援対象者数 | 60人 | 58人 |
|  | 就職者数 | 36人 | 37人 |

## 関係者の声

**姫路市 生活援護室**

担当が決まっていることで、相談者が安心して通えるようになりました。

---

# 【兵庫県明石市】【兵庫労働局・ハローワーク明石】

# あかし仕事相談コーナー（常設窓口）令和元年10月1日事業開始

# 駅前の再開発ビルで、子育て中の方の仕事探し

## 取組内容

- 再開発ビルの子育て支援施設と同じ階に窓口を置いた。
- 子どもを連れて相談できるよう、キッズスペースを設けた。

## 令和2年度の目標と実績

| 項目 | 目標 | 実績 | 達成率 |
|------|------|------|------|
| 相談件数 | 1,000件 | 1,085件 | 108.5% |
| 就職者数 | 50人 | 52人 | 104.0% |

## 関係者の声

**明石市 子育て支援課**

子どもを遊ばせながら相談できるので、初めての方も来やすいと聞いています。

**兵庫労働局**

子育て中の方の就職が増えており、他の施設の参考にしたい取組です。
"""
LLAMAPARSE_GROUPS_FACTS = [
    {
        "title": "生活保護と児童扶養手当、対象ごとに担当を決めて支援",
        "prefecture": "兵庫県",
        "municipality": "姫路市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク姫路",),
        "facility_name": "ひめじ就労支援センター",
        "facility_type": "一体的実施施設",
        "start_date": D(2014, 4, 1),
        "fiscal_year": 2020,
        "initiatives": (
            "生活保護受給者等と児童扶養手当受給者のそれぞれに担当のナビゲーターを置いた。",
            "支援の進み具合を、市のケースワーカーと毎月確認した。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(220), P(236), group="生活保護受給者等"),
            M("就職者数", P(130), P(141), group="生活保護受給者等"),
            M("支援対象者数", P(60), P(58), group="児童扶養手当受給者"),
            M("就職者数", P(36), P(37), group="児童扶養手当受給者"),
        ],
        "comments": [("姫路市生活援護室", "municipality", "担当が決まっていることで、相談者が安心して通えるようになりました。")],
    },
    {
        "title": "駅前の再開発ビルで、子育て中の方の仕事探し",
        "prefecture": "兵庫県",
        "municipality": "明石市",
        "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク明石",),
        "facility_name": "あかし仕事相談コーナー",
        "facility_type": "常設窓口",
        "start_date": D(2019, 10, 1),
        "fiscal_year": 2020,
        "initiatives": (
            "再開発ビルの子育て支援施設と同じ階に窓口を置いた。",
            "子どもを連れて相談できるよう、キッズスペースを設けた。",
        ),
        "other_results": (),
        "metrics": [
            M("相談件数", P(1000, "件"), P(1085, "件"), "108.5"),
            M("就職者数", P(50), P(52), "104.0"),
        ],
        "comments": [
            ("明石市子育て支援課", "municipality", "子どもを遊ばせながら相談できるので、初めての方も来やすいと聞いています。"),
            ("兵庫労働局", "labour_bureau", "子育て中の方の就職が増えており、他の施設の参考にしたい取組です。"),
        ],
    },
]

# 8. marker with ``<br>`` inside pipe cells: figures over their rate, a rate over a named
#    figure, units under the role words of the header (``目標<br>（人）``)
MARKER_BR_CELLS = """<span id="page-1-0"></span>

## 【岡山県倉敷市】【岡山労働局・ハローワーク倉敷中央】

## くらしき就労支援窓口（一体的実施施設）平成29年4月3日事業開始

# 水島の工場地帯の求人を、福祉の窓口で紹介

### 【取組内容】

- 水島地区の事業所の求人を、週ごとにまとめて福祉の窓口に置いた。
- 面接に同行する支援を、希望者に行った。

### 【令和3年度 事業目標と実績】

| 項目 | 目標 | 実績 |
|---|---|---|
| 支援対象者数 | 160人 | 171人<br>（達成率106.9％） |
| 就職者数 | 96人 | 104人<br>（達成率108.3％） |
| 就職率 | 60.0％ | 60.8％<br>（うち紹介就職88人） |

### 倉敷市コメント

求人がまとめて置いてあるので、相談の最初から具体的な話ができます。

### ハローワーク倉敷中央コメント

面接への同行で、緊張しやすい方も落ち着いて受けられるようになりました。

岡山労働局 - 2 -

<span id="page-2-0"></span>

## 【岡山県岡山市】【岡山労働局・ハローワーク岡山】

## おかやま仕事サポート（常設窓口）令和2年10月1日事業開始

# 若者の相談を、大学の就職支援とつなぐ

### 【取組内容】

- 市内の大学の就職支援室と連携し、卒業後も仕事が決まらない方の相談を受けた。

### 【令和3年度 事業目標と実績】

| 項目 | 目標<br>（人） | 実績<br>（人） |
|---|---|---|
| 支援対象者数 | 70 | 75 |
| 就職者数 | 42 | 46 |

### 岡山市コメント

大学と市とハローワークがつながったことで、相談の行き先に迷う方が減りました。

岡山労働局 - 3 -
"""
MARKER_BR_CELLS_FACTS = [
    {
        "title": "水島の工場地帯の求人を、福祉の窓口で紹介",
        "municipality": "倉敷市",
        "labour_bureau": "岡山労働局",
        "hello_work": ("ハローワーク倉敷中央",),
        "facility_name": "くらしき就労支援窓口",
        "facility_type": "一体的実施施設",
        "start_date": D(2017, 4, 3),
        "fiscal_year": 2021,
        "initiatives": (
            "水島地区の事業所の求人を、週ごとにまとめて福祉の窓口に置いた。",
            "面接に同行する支援を、希望者に行った。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(160), P(171), "106.9"),
            M("就職者数", P(96), P(104), "108.3"),
            M("就職率", R("60.0"), R("60.8")),
            M("うち紹介就職", None, P(88)),
        ],
        "comments": [
            ("倉敷市", "municipality", "求人がまとめて置いてあるので、相談の最初から具体的な話ができます。"),
            ("ハローワーク倉敷中央", "hello_work", "面接への同行で、緊張しやすい方も落ち着いて受けられるようになりました。"),
        ],
    },
    {
        "title": "若者の相談を、大学の就職支援とつなぐ",
        "municipality": "岡山市",
        "labour_bureau": "岡山労働局",
        "hello_work": ("ハローワーク岡山",),
        "facility_name": "おかやま仕事サポート",
        "facility_type": "常設窓口",
        "start_date": D(2020, 10, 1),
        "fiscal_year": 2021,
        "initiatives": ("市内の大学の就職支援室と連携し、卒業後も仕事が決まらない方の相談を受けた。",),
        "other_results": (),
        "metrics": [M("支援対象者数", P(70), P(75)), M("就職者数", P(42), P(46))],
        "comments": [("岡山市", "municipality", "大学と市とハローワークがつながったことで、相談の行き先に迷う方が減りました。")],
    },
]

# 9. pandoc from a Word file: every heading a bold line (the headline too), ``-   `` bullets,
#    a pipe table with a footnote reference after a label, the footnote at the end
PANDOC_BOLD = """**令和元年度 一体的実施事業 取組事例**

**香川労働局**

**【香川県高松市】【香川労働局・ハローワーク高松】たかまつ就労支援室（一体的実施施設）平成28年10月3日事業開始**

**市役所の生活福祉課の隣で、毎日の職業相談**

**取組内容**

-   生活福祉課の隣の部屋に窓口を置き、平日は毎日相談を受け付けた。

-   生活保護の開始時の面談で、全員に窓口を案内した。

**令和元年度の目標と実績**

| 項目 | 目標 | 実績 |
|------|------|------|
| 支援対象者数 | 300人 | 318人 |
| 就職者数[^1] | 180人 | 191人 |

**高松市コメント**

開始時の面談で必ず案内するので、支援が早く始められるようになりました。

**【香川県丸亀市】【香川労働局・ハローワーク丸亀】まるがめ仕事相談コーナー（常設窓口）令和2年4月1日事業開始**

**うちわの町で、短時間の仕事から始める**

**取組内容**

-   市内の事業所に、1日4時間から働ける求人を出してもらうよう依頼した。

**令和元年度の目標と実績**

| 項目 | 目標 | 実績 |
|------|------|------|
| 就職者数[^1] | 40人 | 43人 |

**ハローワーク丸亀コメント**

短い時間から始めた方が、半年後に勤務時間を延ばす例も出てきました。

[^1]: 就職者数は常用就職とパート就職の合計。
"""
PANDOC_BOLD_FACTS = [
    {
        "title": "市役所の生活福祉課の隣で、毎日の職業相談",
        "prefecture": "香川県",
        "municipality": "高松市",
        "labour_bureau": "香川労働局",
        "hello_work": ("ハローワーク高松",),
        "facility_name": "たかまつ就労支援室",
        "facility_type": "一体的実施施設",
        "start_date": D(2016, 10, 3),
        "fiscal_year": 2019,
        "initiatives": (
            "生活福祉課の隣の部屋に窓口を置き、平日は毎日相談を受け付けた。",
            "生活保護の開始時の面談で、全員に窓口を案内した。",
        ),
        "other_results": (),
        "metrics": [M("支援対象者数", P(300), P(318)), M("就職者数", P(180), P(191))],
        "comments": [("高松市", "municipality", "開始時の面談で必ず案内するので、支援が早く始められるようになりました。")],
    },
    {
        "title": "うちわの町で、短時間の仕事から始める",
        "prefecture": "香川県",
        "municipality": "丸亀市",
        "labour_bureau": "香川労働局",
        "hello_work": ("ハローワーク丸亀",),
        "facility_name": "まるがめ仕事相談コーナー",
        "facility_type": "常設窓口",
        "start_date": D(2020, 4, 1),
        "fiscal_year": 2019,
        "initiatives": ("市内の事業所に、1日4時間から働ける求人を出してもらうよう依頼した。",),
        "other_results": (),
        "metrics": [M("就職者数", P(40), P(43))],
        "comments": [("ハローワーク丸亀", "hello_work", "短い時間から始めた方が、半年後に勤務時間を延ばす例も出てきました。")],
    },
]

# 10. docling with the facility and the date on ``##`` lines of their own, ``- ●`` and
#     ``- ⑴`` doubled markers, a results heading with its period in brackets, a single
#     実績 column and a duplicated header row, ``〈…コメント〉`` headings
DOCLING_NUMBERED = """## 令和3年度 熊本県の一体的実施事業

## 熊本労働局

<!-- image -->

## 【熊本県熊本市】【熊本労働局・ハローワーク熊本】

## くまもと就労支援ステーション（一体的実施施設）

## 平成30年7月2日 事業開始

## 区役所の保護課と一緒に、就職後の定着まで

## ＜取組内容＞

- ● 区役所の保護課とハローワークが、支援対象者ごとに支援計画を作った。
- ● 就職後1か月、3か月、6か月の時点で、職場定着の面談を行った。

## ＜令和3年度の実績（令和3年4月～令和4年3月）＞

| 項目         | 目標     | 実績     |
|--------------|----------|----------|
| 項目         | 目標     | 実績     |
| 支援対象者数 | ２４０人 | ２５５人 |
| 就職者数     | １４４人 | １５２人 |

## 〈熊本市コメント〉

定着の面談があることで、就職した後も相談を続けられるようになりました。

## 〈ハローワーク熊本コメント〉

支援計画を一緒に作ることで、市と同じ方向を向いて支援できています。

2

## 【熊本県八代市】【熊本労働局ハローワーク八代】

## やつしろ仕事サポート（常設窓口）

## 令和2年4月1日 事業開始

## い草の町で、農業と福祉の仕事をつなぐ

## ＜取組内容＞

- ⑴ 農業法人の短時間求人を、福祉の窓口で紹介した。
- ⑵ 介護施設の見学会を、市の社会福祉協議会と共催した。

## ＜令和3年度の実績＞

|              | 令和3年度実績   |
|--------------|-----------------|
| 支援対象者数 | ８８人          |
| 就職者数     | ５３人          |

## 〈八代市コメント〉

農業の短時間の仕事から始めて、常用の仕事につながった方もいます。

3
"""
DOCLING_NUMBERED_FACTS = [
    {
        "title": "区役所の保護課と一緒に、就職後の定着まで",
        "prefecture": "熊本県",
        "municipality": "熊本市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク熊本",),
        "facility_name": "くまもと就労支援ステーション",
        "facility_type": "一体的実施施設",
        "start_date": D(2018, 7, 2),
        "fiscal_year": 2021,
        "initiatives": (
            "区役所の保護課とハローワークが、支援対象者ごとに支援計画を作った。",
            "就職後1か月、3か月、6か月の時点で、職場定着の面談を行った。",
        ),
        "other_results": (),
        "metrics": [M("支援対象者数", P(240), P(255)), M("就職者数", P(144), P(152))],
        "comments": [
            ("熊本市", "municipality", "定着の面談があることで、就職した後も相談を続けられるようになりました。"),
            ("ハローワーク熊本", "hello_work", "支援計画を一緒に作ることで、市と同じ方向を向いて支援できています。"),
        ],
    },
    {
        "title": "い草の町で、農業と福祉の仕事をつなぐ",
        "prefecture": "熊本県",
        "municipality": "八代市",
        "labour_bureau": "熊本労働局",
        "hello_work": ("ハローワーク八代",),
        "facility_name": "やつしろ仕事サポート",
        "facility_type": "常設窓口",
        "start_date": D(2020, 4, 1),
        "fiscal_year": 2021,
        "initiatives": (
            "農業法人の短時間求人を、福祉の窓口で紹介した。",
            "介護施設の見学会を、市の社会福祉協議会と共催した。",
        ),
        "other_results": (),
        "metrics": [M("支援対象者数", None, P(88)), M("就職者数", None, P(53))],
        "comments": [("八代市", "municipality", "農業の短時間の仕事から始めて、常用の仕事につながった方もいます。")],
    },
]

# 11. a vision-model converter: every heading ``###``, the header written as bold field
#     labels with the colon inside the bold (``**自治体：** 愛媛県松山市``), a pipe table
VISION_FIELDS = """### 令和5年度 愛媛県 一体的実施事業の事例

### 事例1

**自治体：** 愛媛県松山市
**労働局・ハローワーク：** 愛媛労働局・ハローワーク松山
**施設名：** まつやま就労支援窓口（一体的実施施設）
**開設日：** 令和元年10月1日

### 道後の観光業の求人を、福祉の相談者に

### 取組内容

- 旅館やホテルの協力を得て、短時間から働ける求人を集めた。
- 市の生活福祉課と毎週ケース会議を開いた。

### 令和5年度の目標と実績

| 項目 | 目標 | 実績 | 達成率 |
| --- | --- | --- | --- |
| 支援対象者数 | 210人 | 224人 | 106.7% |
| 就職者数 | 126人 | 133人 | 105.6% |

### 関係者の声

**松山市 生活福祉課**
観光業の求人は人と接する仕事が多く、自信をつけるきっかけになっています。

### 事例2

**自治体：** 愛媛県今治市
**労働局・ハローワーク：** 愛媛労働局・ハローワーク今治
**施設名：** いまばり仕事相談室（常設窓口）
**開設日：** 令和3年4月1日

### 造船の町で、未経験者の職場体験

### 取組内容

- 造船関連の事業所で、3日間の職場体験を行った。

### 令和5年度の目標と実績

| 項目 | 目標 | 実績 | 達成率 |
| --- | --- | --- | --- |
| 就職者数 | 45人 | 48人 | 106.7% |

### 関係者の声

**ハローワーク今治**
職場体験の後に、そのまま採用された方もいます。
"""
VISION_FIELDS_FACTS = [
    {
        "title": "道後の観光業の求人を、福祉の相談者に",
        "prefecture": "愛媛県",
        "municipality": "松山市",
        "labour_bureau": "愛媛労働局",
        "hello_work": ("ハローワーク松山",),
        "facility_name": "まつやま就労支援窓口",
        "facility_type": "一体的実施施設",
        "start_date": D(2019, 10, 1),
        "fiscal_year": 2023,
        "initiatives": (
            "旅館やホテルの協力を得て、短時間から働ける求人を集めた。",
            "市の生活福祉課と毎週ケース会議を開いた。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(210), P(224), "106.7"),
            M("就職者数", P(126), P(133), "105.6"),
        ],
        "comments": [("松山市生活福祉課", "municipality", "観光業の求人は人と接する仕事が多く、自信をつけるきっかけになっています。")],
    },
    {
        "title": "造船の町で、未経験者の職場体験",
        "prefecture": "愛媛県",
        "municipality": "今治市",
        "labour_bureau": "愛媛労働局",
        "hello_work": ("ハローワーク今治",),
        "facility_name": "いまばり仕事相談室",
        "facility_type": "常設窓口",
        "start_date": D(2021, 4, 1),
        "fiscal_year": 2023,
        "initiatives": ("造船関連の事業所で、3日間の職場体験を行った。",),
        "other_results": (),
        "metrics": [M("就職者数", P(45), P(48), "106.7")],
        "comments": [("ハローワーク今治", "hello_work", "職場体験の後に、そのまま採用された方もいます。")],
    },
]

# 12. marker with note marks on figures and labels (``<sup>※2</sup>`` after a figure, a
#     superscript digit after a label), the notes under the table, a ``###### 写真：`` caption
#     and an image between the bullets
MARKER_SUP_FIGURES = """<span id="page-3-0"></span>

## 【福岡県久留米市】【福岡労働局・ハローワーク久留米】

## くるめ就労支援コーナー（一体的実施施設）平成30年10月1日事業開始

# 市役所の福祉窓口で、毎日の職業相談

### 【取組内容】

- 市役所2階の福祉窓口の隣に、相談員2名を常駐させた。

![](_page_3_Picture_6.jpeg)

###### 写真：相談コーナーの様子

- 就職した方に、市の就労定着支援の案内を渡した。

### 【令和4年度 事業目標と実績】

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 260人 | 273人 | 105.0% |
| 就職者数¹ | 156人 | 166人<sup>※2</sup> | 106.4% |

¹ 常用就職とパート就職の合計。

※2 令和5年3月末時点。

### 久留米市コメント

毎日相談できるので、相談者の予定に合わせやすくなりました。

福岡労働局 - 3 -

<span id="page-4-0"></span>

## 【福岡県大牟田市】【福岡労働局・ハローワーク大牟田】

## おおむた仕事相談室（常設窓口）令和2年4月1日事業開始

# 炭鉱の町の再出発を、就労支援から

### 【取組内容】

- 市の生活困窮者自立相談支援機関と同じ部屋で相談を受けた。

### 【令和4年度 事業目標と実績】

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 就職者数<sup>※1</sup> | 80人 | 84人 | 105.0% |

※1 常用就職とパート就職の合計。

### ハローワーク大牟田コメント

同じ部屋で相談を受けることで、市の支援員との連絡がすぐにとれます。

福岡労働局 - 4 -
"""
MARKER_SUP_FIGURES_FACTS = [
    {
        "title": "市役所の福祉窓口で、毎日の職業相談",
        "prefecture": "福岡県",
        "municipality": "久留米市",
        "labour_bureau": "福岡労働局",
        "hello_work": ("ハローワーク久留米",),
        "facility_name": "くるめ就労支援コーナー",
        "facility_type": "一体的実施施設",
        "start_date": D(2018, 10, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "市役所2階の福祉窓口の隣に、相談員2名を常駐させた。",
            "就職した方に、市の就労定着支援の案内を渡した。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(260), P(273), "105.0"),
            M("就職者数", P(156), P(166), "106.4"),
        ],
        "comments": [("久留米市", "municipality", "毎日相談できるので、相談者の予定に合わせやすくなりました。")],
    },
    {
        "title": "炭鉱の町の再出発を、就労支援から",
        "prefecture": "福岡県",
        "municipality": "大牟田市",
        "labour_bureau": "福岡労働局",
        "hello_work": ("ハローワーク大牟田",),
        "facility_name": "おおむた仕事相談室",
        "facility_type": "常設窓口",
        "start_date": D(2020, 4, 1),
        "fiscal_year": 2022,
        "initiatives": ("市の生活困窮者自立相談支援機関と同じ部屋で相談を受けた。",),
        "other_results": (),
        "metrics": [M("就職者数", P(80), P(84), "105.0")],
        "comments": [("ハローワーク大牟田", "hello_work", "同じ部屋で相談を受けることで、市の支援員との連絡がすぐにとれます。")],
    },
]

# 13. marker with a page break inside a case: the table continued on the next page under
#     its header row repeated, the running footer and anchors between the two parts
MARKER_TABLE_BREAK = """## 【鹿児島県鹿児島市】【鹿児島労働局・ハローワーク鹿児島】

## かごしま就労サポート（一体的実施施設）平成27年4月1日事業開始

# 桜島の見える窓口で、ひとり親の仕事探し

### 取組内容

- 児童扶養手当の窓口で、仕事を探している方に職業相談を案内した。
- 子どもの送迎時間に合わせた求人を、毎週まとめて紹介した。

### 令和4年度の目標と実績

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 支援対象者数 | 180人 | 189人 | 105.0% |

鹿児島労働局 - 5 -

<span id="page-6-0"></span>

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 就職者数 | 108人 | 117人 | 108.3% |
| 就職率 | 60.0% | 61.9% | 103.2% |

### 鹿児島市コメント

送迎の時間に合う求人がまとめて届くので、相談が進めやすくなりました。

### 鹿児島労働局コメント

ひとり親の方の就職が増え、市と一緒に取り組んだ成果が出ています。

鹿児島労働局 - 6 -

<span id="page-7-0"></span>

## 【鹿児島県霧島市】【鹿児島労働局・ハローワーク国分】

## きりしま仕事相談窓口（常設窓口）令和元年7月1日事業開始

# 空港と工業団地の求人を、福祉の窓口で

### 取組内容

- 工業団地の事業所の求人を、福祉の窓口で紹介した。

### 令和4年度の目標と実績

| 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|
| 就職者数 | 50人 | 55人 | 110.0% |

### 霧島市コメント

工業団地の仕事は通勤の送迎がある求人も多く、車のない方にも紹介できています。

鹿児島労働局 - 7 -
"""
MARKER_TABLE_BREAK_FACTS = [
    {
        "title": "桜島の見える窓口で、ひとり親の仕事探し",
        "prefecture": "鹿児島県",
        "municipality": "鹿児島市",
        "labour_bureau": "鹿児島労働局",
        "hello_work": ("ハローワーク鹿児島",),
        "facility_name": "かごしま就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": D(2015, 4, 1),
        "fiscal_year": 2022,
        "initiatives": (
            "児童扶養手当の窓口で、仕事を探している方に職業相談を案内した。",
            "子どもの送迎時間に合わせた求人を、毎週まとめて紹介した。",
        ),
        "other_results": (),
        "metrics": [
            M("支援対象者数", P(180), P(189), "105.0"),
            M("就職者数", P(108), P(117), "108.3"),
            M("就職率", R("60.0"), R("61.9"), "103.2"),
        ],
        "comments": [
            ("鹿児島市", "municipality", "送迎の時間に合う求人がまとめて届くので、相談が進めやすくなりました。"),
            ("鹿児島労働局", "labour_bureau", "ひとり親の方の就職が増え、市と一緒に取り組んだ成果が出ています。"),
        ],
    },
    {
        "title": "空港と工業団地の求人を、福祉の窓口で",
        "prefecture": "鹿児島県",
        "municipality": "霧島市",
        "labour_bureau": "鹿児島労働局",
        "hello_work": ("ハローワーク国分",),
        "facility_name": "きりしま仕事相談窓口",
        "facility_type": "常設窓口",
        "start_date": D(2019, 7, 1),
        "fiscal_year": 2022,
        "initiatives": ("工業団地の事業所の求人を、福祉の窓口で紹介した。",),
        "other_results": (),
        "metrics": [M("就職者数", P(50), P(55), "110.0")],
        "comments": [("霧島市", "municipality", "工業団地の仕事は通勤の送迎がある求人も多く、車のない方にも紹介できています。")],
    },
]

# 14. marker with the page anchor inside the heading lines, bold header and label cells,
#     speakers as ``###`` headings under 関係者の声
MARKER_SPAN_HEADINGS = """# <span id="page-0-0"></span>令和2年度 奈良県 一体的実施事業 取組事例

## <span id="page-1-0"></span>【奈良県奈良市】【奈良労働局・ハローワーク奈良】

## ならワークサポート（一体的実施施設）平成26年10月1日事業開始

# 市役所の中で、生活保護の相談から職業紹介まで

### <span id="page-1-1"></span>取組内容

- 市役所の保護課の隣に、ハローワークの相談窓口を置いた。
- ケースワーカーが面談に同席し、生活面の事情を踏まえて求人を選んだ。

### 令和2年度の目標と実績

| **項目** | **目標** | **実績** | **達成率** |
|---|---|---|---|
| **支援対象者数** | 300人 | 318人 | 106.0% |
| **就職者数** | 180人 | 189人 | 105.0% |

### 関係者の声

### 奈良市保護第一課

保護の相談から職業相談までの流れが、一つの建物の中で完結するようになりました。

### ハローワーク奈良

ケースワーカーと一緒に求人を選ぶことで、長く働ける職場を紹介できています。

## <span id="page-2-0"></span>【奈良県大和郡山市】【奈良労働局・ハローワーク大和郡山】

## こおりやま仕事相談コーナー（常設窓口）令和元年7月1日事業開始

# 金魚のまちで、子育て中の方の仕事探し

### 取組内容

- 子育て支援課の窓口で、保育所の入所と合わせて職業相談を案内した。

### 令和2年度の目標と実績

| **項目** | **目標** | **実績** | **達成率** |
|---|---|---|---|
| **就職者数** | 40人 | 42人 | 105.0% |

### 関係者の声

### 大和郡山市子育て支援課

保育所の相談と仕事の相談を同じ日にできると、喜ばれています。
"""
MARKER_SPAN_HEADINGS_FACTS = [
    {
        "title": "市役所の中で、生活保護の相談から職業紹介まで",
        "prefecture": "奈良県", "municipality": "奈良市", "labour_bureau": "奈良労働局",
        "hello_work": ("ハローワーク奈良",), "facility_name": "ならワークサポート",
        "facility_type": "一体的実施施設", "start_date": D(2014, 10, 1), "fiscal_year": 2020,
        "initiatives": ("市役所の保護課の隣に、ハローワークの相談窓口を置いた。", "ケースワーカーが面談に同席し、生活面の事情を踏まえて求人を選んだ。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(300), P(318), "106.0"), M("就職者数", P(180), P(189), "105.0")],
        "comments": [
            ("奈良市保護第一課", "municipality", "保護の相談から職業相談までの流れが、一つの建物の中で完結するようになりました。"),
            ("ハローワーク奈良", "hello_work", "ケースワーカーと一緒に求人を選ぶことで、長く働ける職場を紹介できています。"),
        ],
    },
    {
        "title": "金魚のまちで、子育て中の方の仕事探し",
        "prefecture": "奈良県", "municipality": "大和郡山市", "labour_bureau": "奈良労働局",
        "hello_work": ("ハローワーク大和郡山",), "facility_name": "こおりやま仕事相談コーナー",
        "facility_type": "常設窓口", "start_date": D(2019, 7, 1), "fiscal_year": 2020,
        "initiatives": ("子育て支援課の窓口で、保育所の入所と合わせて職業相談を案内した。",),
        "other_results": (),
        "metrics": [M("就職者数", P(40), P(42), "105.0")],
        "comments": [("大和郡山市子育て支援課", "municipality", "保育所の相談と仕事の相談を同じ日にできると、喜ばれています。")],
    },
]

# 15. a Word file through mammoth: ``__bold__`` lines for the header, sections and speakers
MAMMOTH_UNDERSCORES = """__令和4年度 和歌山県 一体的実施事業 事例集__

__【和歌山県和歌山市】【和歌山労働局・ハローワーク和歌山】__

__わかやま就労支援センター（一体的実施施設）__ 平成29年4月3日事業開始

__城下町の商店街で、気軽に立ち寄れる就職相談__

__【取組内容】__

* 商店街の空き店舗に窓口を置き、買い物のついでに相談できるようにした。
* 市の生活支援課から、支援対象者を予約付きで案内してもらった。

__【令和4年度の目標と実績】__

| 項目 | 目標 | 実績 |
|---|---|---|
| 支援対象者数 | 160人 | 170人 |
| 就職者数 | 96人 | 101人 |

__関係者の声__

__和歌山市 生活支援課__

商店街の窓口は入りやすいようで、初めて相談に来る方が増えました。

__【和歌山県田辺市】【和歌山労働局・ハローワーク田辺】__

__たなべ仕事サポート（常設窓口）__ 令和3年10月1日事業開始

__梅の産地で、収穫期の仕事から常用雇用へ__

__【取組内容】__

* 梅の収穫期の短時間求人を紹介し、その後の常用求人への応募も支援した。

__【令和4年度の目標と実績】__

| 項目 | 目標 | 実績 |
|---|---|---|
| 就職者数 | 30人 | 34人 |

__関係者の声__

__ハローワーク田辺__

収穫期の仕事で職場に慣れ、そのまま常用で採用された方もいます。
"""
MAMMOTH_UNDERSCORES_FACTS = [
    {
        "title": "城下町の商店街で、気軽に立ち寄れる就職相談",
        "prefecture": "和歌山県", "municipality": "和歌山市", "labour_bureau": "和歌山労働局",
        "hello_work": ("ハローワーク和歌山",), "facility_name": "わかやま就労支援センター",
        "facility_type": "一体的実施施設", "start_date": D(2017, 4, 3), "fiscal_year": 2022,
        "initiatives": ("商店街の空き店舗に窓口を置き、買い物のついでに相談できるようにした。", "市の生活支援課から、支援対象者を予約付きで案内してもらった。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(160), P(170)), M("就職者数", P(96), P(101))],
        "comments": [("和歌山市生活支援課", "municipality", "商店街の窓口は入りやすいようで、初めて相談に来る方が増えました。")],
    },
    {
        "title": "梅の産地で、収穫期の仕事から常用雇用へ",
        "prefecture": "和歌山県", "municipality": "田辺市", "labour_bureau": "和歌山労働局",
        "hello_work": ("ハローワーク田辺",), "facility_name": "たなべ仕事サポート",
        "facility_type": "常設窓口", "start_date": D(2021, 10, 1), "fiscal_year": 2022,
        "initiatives": ("梅の収穫期の短時間求人を紹介し、その後の常用求人への応募も支援した。",),
        "other_results": (),
        "metrics": [M("就職者数", P(30), P(34))],
        "comments": [("ハローワーク田辺", "hello_work", "収穫期の仕事で職場に慣れ、そのまま常用で採用された方もいます。")],
    },
]

# 16. pymupdf4llm with the header's two brackets on two bold lines, the facility and its date
#     in one bold line, ``**■関係者の声**`` with bold speakers closed by a colon, and a running
#     head after each ``-----``
PYMUPDF_SPLIT_HEADER = """**山口労働局 一体的実施事業 事例紹介（令和3年度）**

-----

山口労働局 事例紹介 1

**【山口県下関市】**
**【山口労働局・ハローワーク下関】**

**しものせき就労支援室（一体的実施施設） 平成28年4月1日開設**

## **関門海峡のまちで、ひとり親の就職を後押し**

**■取組内容**

   - 児童扶養手当の窓口で、ひとり親の方に職業相談を案内した。

   - 面接の日に子どもを預けられるよう、市の一時預かりを紹介した。

**■令和3年度の目標と実績**

<table><tr><th>項目</th><th>目標</th><th>実績</th></tr><tr><td>支援対象者数</td><td>120人</td><td>131人</td></tr><tr><td>就職者数</td><td>72人</td><td>79人</td></tr></table>

**■関係者の声**

**下関市こども家庭支援課：**

一時預かりと合わせて案内することで、面接に行ける方が増えました。

**ハローワーク下関：**

ひとり親の方の就職が、前の年より大きく増えています。

-----

山口労働局 事例紹介 2

**【山口県宇部市】**
**【山口労働局・ハローワーク宇部】**

**うべ仕事相談窓口（常設窓口） 令和2年10月1日開設**

## **化学工場の求人を、未経験の方にも**

**■取組内容**

   - 化学工場の事業所と協力し、未経験者向けの見学会を開いた。

**■令和3年度の目標と実績**

<table><tr><th>項目</th><th>目標</th><th>実績</th></tr><tr><td>就職者数</td><td>50人</td><td>53人</td></tr></table>

**■関係者の声**

**宇部市地域福祉課：**

見学会で仕事の中身が分かり、応募をためらっていた方が一歩を踏み出せました。
"""
PYMUPDF_SPLIT_HEADER_FACTS = [
    {
        "title": "関門海峡のまちで、ひとり親の就職を後押し",
        "prefecture": "山口県", "municipality": "下関市", "labour_bureau": "山口労働局",
        "hello_work": ("ハローワーク下関",), "facility_name": "しものせき就労支援室",
        "facility_type": "一体的実施施設", "start_date": D(2016, 4, 1), "fiscal_year": 2021,
        "initiatives": ("児童扶養手当の窓口で、ひとり親の方に職業相談を案内した。", "面接の日に子どもを預けられるよう、市の一時預かりを紹介した。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(120), P(131)), M("就職者数", P(72), P(79))],
        "comments": [
            ("下関市こども家庭支援課", "municipality", "一時預かりと合わせて案内することで、面接に行ける方が増えました。"),
            ("ハローワーク下関", "hello_work", "ひとり親の方の就職が、前の年より大きく増えています。"),
        ],
    },
    {
        "title": "化学工場の求人を、未経験の方にも",
        "prefecture": "山口県", "municipality": "宇部市", "labour_bureau": "山口労働局",
        "hello_work": ("ハローワーク宇部",), "facility_name": "うべ仕事相談窓口",
        "facility_type": "常設窓口", "start_date": D(2020, 10, 1), "fiscal_year": 2021,
        "initiatives": ("化学工場の事業所と協力し、未経験者向けの見学会を開いた。",),
        "other_results": (),
        "metrics": [M("就職者数", P(50), P(53))],
        "comments": [("宇部市地域福祉課", "municipality", "見学会で仕事の中身が分かり、応募をためらっていた方が一歩を踏み出せました。")],
    },
]

# 17. docling with bold inside its headings: ``## **…**`` for the header, sections and the
#     speakers under ``## **関係者の声**``
DOCLING_BOLD_HEADINGS = """## **令和5年度 秋田県 一体的実施事業 取組事例**

## **秋田労働局**

1

## **【秋田県秋田市】【秋田労働局・ハローワーク秋田】**

## **あきた就労支援ルーム（一体的実施施設）平成30年4月2日事業開始**

## **雪の季節も通いやすい、駅ビルの窓口**

## **取組内容**

- 駅ビルの3階に窓口を置き、冬でも通いやすくした。
- 市の生活福祉課と、支援の進み具合を毎週確認した。

## **令和5年度の目標と実績**

| 項目         | 目標     | 実績     | 達成率   |
|--------------|----------|----------|----------|
| 支援対象者数 | 150人    | 159人    | 106.0％  |
| 就職者数     | 90人     | 96人     | 106.7％  |

## **関係者の声**

## **秋田市 生活福祉課**

雪の日でも駅から濡れずに来られるので、相談の予約が途切れません。

## **ハローワーク秋田**

市と毎週話し合うことで、支援が止まってしまう方が減りました。

2

## **【秋田県大館市】【秋田労働局・ハローワーク大館】**

## **おおだて仕事相談コーナー（常設窓口）令和2年7月1日事業開始**

## **曲げわっぱの工房で、職場体験から就職へ**

## **取組内容**

- 伝統工芸の工房の協力を得て、職場体験を行った。

## **令和5年度の目標と実績**

| 項目         | 目標     | 実績     | 達成率   |
|--------------|----------|----------|----------|
| 就職者数     | 30人     | 33人     | 110.0％  |

## **関係者の声**

## **大館市 福祉課**

職場体験で自信をつけて、そのまま就職した方もいます。

3
"""
DOCLING_BOLD_HEADINGS_FACTS = [
    {
        "title": "雪の季節も通いやすい、駅ビルの窓口",
        "prefecture": "秋田県", "municipality": "秋田市", "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク秋田",), "facility_name": "あきた就労支援ルーム",
        "facility_type": "一体的実施施設", "start_date": D(2018, 4, 2), "fiscal_year": 2023,
        "initiatives": ("駅ビルの3階に窓口を置き、冬でも通いやすくした。", "市の生活福祉課と、支援の進み具合を毎週確認した。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(150), P(159), "106.0"), M("就職者数", P(90), P(96), "106.7")],
        "comments": [
            ("秋田市生活福祉課", "municipality", "雪の日でも駅から濡れずに来られるので、相談の予約が途切れません。"),
            ("ハローワーク秋田", "hello_work", "市と毎週話し合うことで、支援が止まってしまう方が減りました。"),
        ],
    },
    {
        "title": "曲げわっぱの工房で、職場体験から就職へ",
        "prefecture": "秋田県", "municipality": "大館市", "labour_bureau": "秋田労働局",
        "hello_work": ("ハローワーク大館",), "facility_name": "おおだて仕事相談コーナー",
        "facility_type": "常設窓口", "start_date": D(2020, 7, 1), "fiscal_year": 2023,
        "initiatives": ("伝統工芸の工房の協力を得て、職場体験を行った。",),
        "other_results": (),
        "metrics": [M("就職者数", P(30), P(33), "110.0")],
        "comments": [("大館市福祉課", "municipality", "職場体験で自信をつけて、そのまま就職した方もいます。")],
    },
]

# 18. pymupdf4llm with a page break inside a case's list (the running head between two
#     bullets) and inside the results heading's section (the table on the next page)
PYMUPDF_PAGE_BREAKS = """**【石川県金沢市】【石川労働局・ハローワーク金沢】**

**かなざわ就労支援プラザ（一体的実施施設）** 平成27年10月1日事業開始

## **観光のまちで、通年の仕事を探す**

**【取組内容】**

   - 観光業の繁忙期だけでなく、通年で働ける求人を開拓した。

-----

石川労働局 一体的実施事例集 2

   - 市の福祉窓口とハローワークが、同じ相談票を使って情報を共有した。

**【令和4年度 事業目標と実績】**

-----

石川労働局 一体的実施事例集 3

<table><tr><th>項目</th><th>目標</th><th>実績</th></tr><tr><td>支援対象者数</td><td>210人</td><td>222人</td></tr><tr><td>就職者数</td><td>126人</td><td>131人</td></tr></table>

**金沢市コメント**

同じ相談票を使うことで、相談者が同じ話を何度もしなくて済むようになりました。

-----

石川労働局 一体的実施事例集 4

**【石川県小松市】【石川労働局・ハローワーク小松】**

**こまつ仕事サポート（常設窓口）** 令和3年4月1日事業開始

## **空港と工場のまちで、若者の就職を支える**

**【取組内容】**

   - 市内の工場の協力を得て、若者向けの職場見学会を開いた。

**【令和4年度 事業目標と実績】**

<table><tr><th>項目</th><th>目標</th><th>実績</th></tr><tr><td>就職者数</td><td>40人</td><td>45人</td></tr></table>

**ハローワーク小松コメント**

見学会に参加した若者の多くが、そのまま応募につながっています。
"""
PYMUPDF_PAGE_BREAKS_FACTS = [
    {
        "title": "観光のまちで、通年の仕事を探す",
        "prefecture": "石川県", "municipality": "金沢市", "labour_bureau": "石川労働局",
        "hello_work": ("ハローワーク金沢",), "facility_name": "かなざわ就労支援プラザ",
        "facility_type": "一体的実施施設", "start_date": D(2015, 10, 1), "fiscal_year": 2022,
        "initiatives": ("観光業の繁忙期だけでなく、通年で働ける求人を開拓した。", "市の福祉窓口とハローワークが、同じ相談票を使って情報を共有した。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(210), P(222)), M("就職者数", P(126), P(131))],
        "comments": [("金沢市", "municipality", "同じ相談票を使うことで、相談者が同じ話を何度もしなくて済むようになりました。")],
    },
    {
        "title": "空港と工場のまちで、若者の就職を支える",
        "prefecture": "石川県", "municipality": "小松市", "labour_bureau": "石川労働局",
        "hello_work": ("ハローワーク小松",), "facility_name": "こまつ仕事サポート",
        "facility_type": "常設窓口", "start_date": D(2021, 4, 1), "fiscal_year": 2022,
        "initiatives": ("市内の工場の協力を得て、若者向けの職場見学会を開いた。",),
        "other_results": (),
        "metrics": [M("就職者数", P(40), P(45))],
        "comments": [("ハローワーク小松", "hello_work", "見学会に参加した若者の多くが、そのまま応募につながっています。")],
    },
]

# 19. MinerU with LaTeX for marks it could not read as text: percentages in ``$…\\%$``,
#     circled item numbers as ``$\\textcircled{1}$``
MINERU_LATEX = r"""# 【富山県富山市】【富山労働局・ハローワーク富山】

とやま就労サポート（一体的実施施設）平成29年10月2日事業開始

# 路面電車の電停前で、気軽に職業相談

# 取組内容

$\textcircled{1}$ 電停前の市の施設に窓口を置き、予約なしで相談を受けた。

$\textcircled{2}$ 市の生活支援課と合同で、毎月ケース会議を開いた。

# 令和3年度の目標と実績

<table><tr><td>項目</td><td>目標</td><td>実績</td><td>達成率</td></tr><tr><td>支援対象者数</td><td>140人</td><td>147人</td><td>$105.0\%$</td></tr><tr><td>就職率</td><td>$60.0\%$</td><td>$61.9\%$</td><td>$103.2\%$</td></tr></table>

# 富山市コメント

予約なしで立ち寄れるので、思い立ったときに相談できると好評です。

# 【富山県高岡市】【富山労働局・ハローワーク高岡】

たかおか仕事相談室（常設窓口）令和元年11月1日事業開始

# 銅器と漆器のまちで、ものづくりの仕事を紹介

# 取組内容

$\textcircled{1}$ 伝統産業の事業所と協力して、見学会を開いた。

# 令和3年度の目標と実績

<table><tr><td>項目</td><td>目標</td><td>実績</td><td>達成率</td></tr><tr><td>就職者数</td><td>36人</td><td>39人</td><td>$108.3\%$</td></tr></table>

# 高岡市コメント

見学会で仕事の様子が分かり、応募する方が増えました。
"""
MINERU_LATEX_FACTS = [
    {
        "title": "路面電車の電停前で、気軽に職業相談",
        "prefecture": "富山県", "municipality": "富山市", "labour_bureau": "富山労働局",
        "hello_work": ("ハローワーク富山",), "facility_name": "とやま就労サポート",
        "facility_type": "一体的実施施設", "start_date": D(2017, 10, 2), "fiscal_year": 2021,
        "initiatives": ("電停前の市の施設に窓口を置き、予約なしで相談を受けた。", "市の生活支援課と合同で、毎月ケース会議を開いた。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(140), P(147), "105.0"), M("就職率", R("60.0"), R("61.9"), "103.2")],
        "comments": [("富山市", "municipality", "予約なしで立ち寄れるので、思い立ったときに相談できると好評です。")],
    },
    {
        "title": "銅器と漆器のまちで、ものづくりの仕事を紹介",
        "prefecture": "富山県", "municipality": "高岡市", "labour_bureau": "富山労働局",
        "hello_work": ("ハローワーク高岡",), "facility_name": "たかおか仕事相談室",
        "facility_type": "常設窓口", "start_date": D(2019, 11, 1), "fiscal_year": 2021,
        "initiatives": ("伝統産業の事業所と協力して、見学会を開いた。",),
        "other_results": (),
        "metrics": [M("就職者数", P(36), P(39), "108.3")],
        "comments": [("高岡市", "municipality", "見学会で仕事の様子が分かり、応募する方が増えました。")],
    },
]

# 20. marker with the header bold inside its heading and the facility after it on the same
#     line, the headline above the header (a headline-first page), ``|:---|`` alignment rows
MARKER_HEADLINE_FIRST = """# 令和4年度 兵庫県内の一体的実施事業

**駅前の再開発ビルで、福祉と仕事の窓口を一つに**

## **【兵庫県尼崎市】【兵庫労働局・ハローワーク尼崎】** あまがさき就労支援室（一体的実施施設）令和2年4月1日事業開始

### 取組内容

- 市の生活保護の窓口と同じ階に、ハローワークの相談窓口を置いた。
- 就職後3か月間、市の支援員が電話で職場定着を確認した。

### 令和4年度の目標と実績

| 項目 | 目標 | 実績 | 達成率 |
|:---|---:|---:|---:|
| 支援対象者数 | 240人 | 252人 | 105.0% |
| 就職者数 | 144人 | 150人 | 104.2% |

### 尼崎市コメント

窓口が同じ階にあるので、相談の途中でそのまま案内できます。

**港のまちで、夜間の職業相談**

## **【兵庫県西宮市】【兵庫労働局・ハローワーク西宮】** にしのみや仕事サポート（常設窓口）令和3年10月1日事業開始

### 取組内容

- 毎週水曜日に20時まで窓口を開けた。

### 令和4年度の目標と実績

| 項目 | 目標 | 実績 | 達成率 |
|:---|---:|---:|---:|
| 就職者数 | 50人 | 53人 | 106.0% |

### ハローワーク西宮コメント

夜間の相談は、働きながら転職を考える方に多く使われています。
"""
MARKER_HEADLINE_FIRST_FACTS = [
    {
        "title": "駅前の再開発ビルで、福祉と仕事の窓口を一つに",
        "prefecture": "兵庫県", "municipality": "尼崎市", "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク尼崎",), "facility_name": "あまがさき就労支援室",
        "facility_type": "一体的実施施設", "start_date": D(2020, 4, 1), "fiscal_year": 2022,
        "initiatives": ("市の生活保護の窓口と同じ階に、ハローワークの相談窓口を置いた。", "就職後3か月間、市の支援員が電話で職場定着を確認した。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(240), P(252), "105.0"), M("就職者数", P(144), P(150), "104.2")],
        "comments": [("尼崎市", "municipality", "窓口が同じ階にあるので、相談の途中でそのまま案内できます。")],
    },
    {
        "title": "港のまちで、夜間の職業相談",
        "prefecture": "兵庫県", "municipality": "西宮市", "labour_bureau": "兵庫労働局",
        "hello_work": ("ハローワーク西宮",), "facility_name": "にしのみや仕事サポート",
        "facility_type": "常設窓口", "start_date": D(2021, 10, 1), "fiscal_year": 2022,
        "initiatives": ("毎週水曜日に20時まで窓口を開けた。",),
        "other_results": (),
        "metrics": [M("就職者数", P(50), P(53), "106.0")],
        "comments": [("ハローワーク西宮", "hello_work", "夜間の相談は、働きながら転職を考える方に多く使われています。")],
    },
]

# 21. pymupdf4llm with numbered bold sections, ``•`` bullets, compact pipe tables and bold
#     speakers over ``> `` quoted texts
PYMUPDF_NUMBERED = """**【静岡県磐田市】【静岡労働局・ハローワーク磐田】**

**いわた就職相談コーナー（常設窓口）** 平成31年4月1日開設

## **楽器と自動車のまちで、ものづくりの仕事へ**

**1. 取組内容**

• 市内の製造業の事業所と協力し、見学つきの面接会を開いた。

• 外国籍の相談者には、通訳を交えて職業相談を行った。

**2. 令和元年度の目標と実績**

|項目|目標|実績|
|---|---|---|
|支援対象者数|100人|104人|
|就職者数|60人|65人|

**3. 関係者の声**

**磐田市 福祉課**

> 見学つきの面接会で、働くイメージを持ってから応募できるようになりました。

**ハローワーク磐田**

> 通訳を交えることで、外国籍の方の相談が増えています。

-----

静岡労働局 一体的実施事例 2

**【静岡県掛川市】【静岡労働局・ハローワーク掛川】**

**かけがわ仕事相談室（常設窓口）** 令和元年7月1日開設

## **茶畑のまちで、季節の仕事から常用へ**

**1. 取組内容**

• 茶の収穫期の短時間求人から、常用の求人への応募を支援した。

**2. 令和元年度の目標と実績**

|項目|目標|実績|
|---|---|---|
|就職者数|30人|32人|

**3. 関係者の声**

**掛川市 福祉課**

> 季節の仕事をきっかけに、長く働ける職場が見つかった方もいます。
"""
PYMUPDF_NUMBERED_FACTS = [
    {
        "title": "楽器と自動車のまちで、ものづくりの仕事へ",
        "prefecture": "静岡県", "municipality": "磐田市", "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク磐田",), "facility_name": "いわた就職相談コーナー",
        "facility_type": "常設窓口", "start_date": D(2019, 4, 1), "fiscal_year": 2019,
        "initiatives": ("市内の製造業の事業所と協力し、見学つきの面接会を開いた。", "外国籍の相談者には、通訳を交えて職業相談を行った。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(100), P(104)), M("就職者数", P(60), P(65))],
        "comments": [
            ("磐田市福祉課", "municipality", "見学つきの面接会で、働くイメージを持ってから応募できるようになりました。"),
            ("ハローワーク磐田", "hello_work", "通訳を交えることで、外国籍の方の相談が増えています。"),
        ],
    },
    {
        "title": "茶畑のまちで、季節の仕事から常用へ",
        "prefecture": "静岡県", "municipality": "掛川市", "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク掛川",), "facility_name": "かけがわ仕事相談室",
        "facility_type": "常設窓口", "start_date": D(2019, 7, 1), "fiscal_year": 2019,
        "initiatives": ("茶の収穫期の短時間求人から、常用の求人への応募を支援した。",),
        "other_results": (),
        "metrics": [M("就職者数", P(30), P(32))],
        "comments": [("掛川市福祉課", "municipality", "季節の仕事をきっかけに、長く働ける職場が見つかった方もいます。")],
    },
]

# 22. marker with emphasis of its own: a bold-italic headline (``***…***``), an italic photo
#     caption between two bullets (``*写真：…*``), the page's running head as a heading between
#     two comment headings, and a heading after the comments that names an office
MARKER_ITALICS = """## 【長崎県長崎市】【長崎労働局・ハローワーク長崎】ながさき就労支援センター（一体的実施施設）平成28年10月3日事業開始

***坂のまちで、市役所の窓口から職業相談へ***

### 取組内容

- 市役所の福祉の窓口に、ハローワークの相談員を週3日配置した。

*写真：相談窓口の様子*

- 坂の多い地区には、支所での出張相談も行った。

### 令和3年度の目標と実績

| 項目 | 目標 | 実績 |
|---|---|---|
| 支援対象者数 | 180人 | 191人 |
| 就職者数 | 108人 | 115人 |

### 長崎市コメント

坂の上の地区の方も、支所で相談できるようになりました。

## 長崎労働局 一体的実施事例集

### ハローワーク長崎コメント

市の窓口で会えるので、生活の相談と仕事の相談を一緒に進められます。

## 【長崎県佐世保市】【長崎労働局・ハローワーク佐世保】させぼ仕事相談室（常設窓口）令和2年4月1日事業開始

***港と造船のまちで、ひとり親の就職を支える***

### 取組内容

- 子育て支援課の窓口で、ひとり親の方に職業相談を案内した。

### 令和3年度の目標と実績

| 項目 | 目標 | 実績 |
|---|---|---|
| 就職者数 | 40人 | 43人 |

### 関係者の声

### 佐世保市子育て支援課

ひとり親の方が、手当の手続きの日にそのまま相談できています。

### ハローワーク佐世保の今後の取組

来年度は、保育所の入所と合わせた案内を始める予定です。
"""
MARKER_ITALICS_FACTS = [
    {
        "title": "坂のまちで、市役所の窓口から職業相談へ",
        "prefecture": "長崎県", "municipality": "長崎市", "labour_bureau": "長崎労働局",
        "hello_work": ("ハローワーク長崎",), "facility_name": "ながさき就労支援センター",
        "facility_type": "一体的実施施設", "start_date": D(2016, 10, 3), "fiscal_year": 2021,
        "initiatives": ("市役所の福祉の窓口に、ハローワークの相談員を週3日配置した。", "坂の多い地区には、支所での出張相談も行った。"),
        "other_results": (),
        "metrics": [M("支援対象者数", P(180), P(191)), M("就職者数", P(108), P(115))],
        "comments": [
            ("長崎市", "municipality", "坂の上の地区の方も、支所で相談できるようになりました。"),
            ("ハローワーク長崎", "hello_work", "市の窓口で会えるので、生活の相談と仕事の相談を一緒に進められます。"),
        ],
    },
    {
        "title": "港と造船のまちで、ひとり親の就職を支える",
        "prefecture": "長崎県", "municipality": "佐世保市", "labour_bureau": "長崎労働局",
        "hello_work": ("ハローワーク佐世保",), "facility_name": "させぼ仕事相談室",
        "facility_type": "常設窓口", "start_date": D(2020, 4, 1), "fiscal_year": 2021,
        "initiatives": ("子育て支援課の窓口で、ひとり親の方に職業相談を案内した。",),
        "other_results": (),
        "metrics": [M("就職者数", P(40), P(43))],
        "comments": [("佐世保市子育て支援課", "municipality", "ひとり親の方が、手当の手続きの日にそのまま相談できています。")],
    },
]

# 23. pymupdf4llm with the header and the facility as two bold pieces on one line, and
#     docling-like comment headings whose texts a converter wrote as list items
PYMUPDF_TWO_PIECES = """**【鳥取県鳥取市】【鳥取労働局・ハローワーク鳥取】** **とっとり就労支援室（一体的実施施設）** 平成29年4月3日事業開始

## **砂丘のまちで、福祉の窓口から仕事探し**

**【取組内容】**

   - 市の福祉の窓口に、週2回ハローワークの相談員が出向いた。

**【令和元年度 事業目標と実績】**

<table><tr><th>項目</th><th>目標</th><th>実績</th></tr><tr><td>支援対象者数</td><td>80人</td><td>86人</td></tr><tr><td>就職者数</td><td>48人</td><td>52人</td></tr></table>

## 〈鳥取市コメント〉

- 相談員が来る日が決まっているので、予約が入れやすくなりました。
- 福祉の相談と仕事の相談を同じ日に終えられます。

-----

**【鳥取県米子市】【鳥取労働局・ハローワーク米子】** **よなご仕事相談コーナー（常設窓口）** 令和元年10月1日事業開始

## **温泉と港のまちで、観光の仕事を紹介**

**【取組内容】**

   - 皆生温泉の旅館と協力して、短時間の求人を集めた。

**【令和元年度 事業目標と実績】**

<table><tr><th>項目</th><th>目標</th><th>実績</th></tr><tr><td>就職者数</td><td>30人</td><td>31人</td></tr></table>

## 〈ハローワーク米子コメント〉

- 短時間の仕事から始めて、勤務日数を増やした方もいます。
"""
PYMUPDF_TWO_PIECES_FACTS = [
    {
        "title": "砂丘のまちで、福祉の窓口から仕事探し",
        "prefecture": "鳥取県", "municipality": "鳥取市", "labour_bureau": "鳥取労働局",
        "hello_work": ("ハローワーク鳥取",), "facility_name": "とっとり就労支援室",
        "facility_type": "一体的実施施設", "start_date": D(2017, 4, 3), "fiscal_year": 2019,
        "initiatives": ("市の福祉の窓口に、週2回ハローワークの相談員が出向いた。",),
        "other_results": (),
        "metrics": [M("支援対象者数", P(80), P(86)), M("就職者数", P(48), P(52))],
        "comments": [("鳥取市", "municipality", "相談員が来る日が決まっているので、予約が入れやすくなりました。福祉の相談と仕事の相談を同じ日に終えられます。")],
    },
    {
        "title": "温泉と港のまちで、観光の仕事を紹介",
        "prefecture": "鳥取県", "municipality": "米子市", "labour_bureau": "鳥取労働局",
        "hello_work": ("ハローワーク米子",), "facility_name": "よなご仕事相談コーナー",
        "facility_type": "常設窓口", "start_date": D(2019, 10, 1), "fiscal_year": 2019,
        "initiatives": ("皆生温泉の旅館と協力して、短時間の求人を集めた。",),
        "other_results": (),
        "metrics": [M("就職者数", P(30), P(31))],
        "comments": [("ハローワーク米子", "hello_work", "短時間の仕事から始めて、勤務日数を増やした方もいます。")],
    },
]

DOCUMENTS: dict[str, tuple[str, list[dict[str, object]]]] = {
    "marker_spans": (MARKER_SPANS, MARKER_SPANS_FACTS),
    "docling_speakers": (DOCLING_SPEAKERS, DOCLING_SPEAKERS_FACTS),
    "pymupdf_bold": (PYMUPDF_BOLD, PYMUPDF_BOLD_FACTS),
    "pymupdf_result_lines": (PYMUPDF_RESULT_LINES, PYMUPDF_RESULT_LINES_FACTS),
    "mineru_html": (MINERU_HTML, MINERU_HTML_FACTS),
    "azure_di": (AZURE_DI, AZURE_DI_FACTS),
    "llamaparse_groups": (LLAMAPARSE_GROUPS, LLAMAPARSE_GROUPS_FACTS),
    "marker_br_cells": (MARKER_BR_CELLS, MARKER_BR_CELLS_FACTS),
    "pandoc_bold": (PANDOC_BOLD, PANDOC_BOLD_FACTS),
    "docling_numbered": (DOCLING_NUMBERED, DOCLING_NUMBERED_FACTS),
    "vision_fields": (VISION_FIELDS, VISION_FIELDS_FACTS),
    "marker_sup_figures": (MARKER_SUP_FIGURES, MARKER_SUP_FIGURES_FACTS),
    "marker_table_break": (MARKER_TABLE_BREAK, MARKER_TABLE_BREAK_FACTS),
    "marker_span_headings": (MARKER_SPAN_HEADINGS, MARKER_SPAN_HEADINGS_FACTS),
    "mammoth_underscores": (MAMMOTH_UNDERSCORES, MAMMOTH_UNDERSCORES_FACTS),
    "pymupdf_split_header": (PYMUPDF_SPLIT_HEADER, PYMUPDF_SPLIT_HEADER_FACTS),
    "docling_bold_headings": (DOCLING_BOLD_HEADINGS, DOCLING_BOLD_HEADINGS_FACTS),
    "pymupdf_page_breaks": (PYMUPDF_PAGE_BREAKS, PYMUPDF_PAGE_BREAKS_FACTS),
    "mineru_latex": (MINERU_LATEX, MINERU_LATEX_FACTS),
    "marker_headline_first": (MARKER_HEADLINE_FIRST, MARKER_HEADLINE_FIRST_FACTS),
    "pymupdf_numbered": (PYMUPDF_NUMBERED, PYMUPDF_NUMBERED_FACTS),
    "marker_italics": (MARKER_ITALICS, MARKER_ITALICS_FACTS),
    "pymupdf_two_pieces": (PYMUPDF_TWO_PIECES, PYMUPDF_TWO_PIECES_FACTS),
}

KNOWN_GAPS: dict[str, str] = {}
COUNT_GAPS: dict[str, str] = {}


test_variant_reads_key_facts, test_variant_profile_count = variant_tests(
    DOCUMENTS, KNOWN_GAPS, COUNT_GAPS
)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("**【取組内容】**", "【取組内容】"),
        ("**【新潟県長岡市】【新潟労働局・ハローワーク長岡】**", "【新潟県長岡市】【新潟労働局・ハローワーク長岡】"),
        ("## **駅前の窓口で仕事探し**", "駅前の窓口で仕事探し"),
        ("**■ 取組内容**", "■ 取組内容"),
        ("**長岡市コメント**", "長岡市コメント"),
        ("**ながおかワークプラザ（一体的実施施設）**", "ながおかワークプラザ（一体的実施施設）"),
    ],
)
def test_bold_structure_lines_unmarked(line: str, kept: str) -> None:
    out = untangle_markdown_bold(line)
    assert len(out) == len(line)
    assert out.strip() == kept
    assert line.index(kept) == out.index(kept)  # the text stays where it was written


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("*写真：相談窓口の様子*", "写真：相談窓口の様子"),  # italic: never a bullet
        ("_写真：相談窓口の様子_", "写真：相談窓口の様子"),
    ],
)
def test_italic_lines_unmarked(line: str, kept: str) -> None:
    out = untangle_markdown_bold(line)
    assert len(out) == len(line)
    assert out.strip() == kept


@pytest.mark.parametrize(
    "line",
    ["**沼津市生活福祉課**", "**ハローワーク沼津**", "本文の**強調**です。", "**支援対象者数** 120人", "* 箇条書きの行*"],
)
def test_other_bold_lines_kept(line: str) -> None:
    assert untangle_markdown_bold(line) == line


def test_bold_piece_opening_a_line_gets_its_own_line() -> None:
    line = "**ながおかワークプラザ（一体的実施施設）** 2016年10月3日事業開始"
    out = untangle_markdown_bold(line)
    assert len(out) == len(line)
    first, second = out.split("\n")
    assert first.strip() == "ながおかワークプラザ（一体的実施施設）"
    assert second == "2016年10月3日事業開始"
    assert out.index("2016") == line.index("2016")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("| 就職者数<sup>※1</sup> | 180人 |", "| 就職者数 | 180人 |"),
        ("| 就職者数 | 166人<sup>※2</sup> |", "| 就職者数 | 166人 |"),
        ("| 就職者数[^1] | 180人 |", "| 就職者数 | 180人 |"),
        ("| 就職者数¹ | 180人 |", "| 就職者数 | 180人 |"),
        ("面積は100m<sup>2</sup>", "面積は100m 2"),  # an exponent, no note mark: only tags go
        ("[^1]: 常用就職の合計。", "※ 常用就職の合計。"),
        ("¹ 常用就職の合計。", "※ 常用就職の合計。"),
    ],
)
def test_note_marks_blanked(text: str, kept: str) -> None:
    out = untangle_note_marks(text)
    assert len(out) == len(text)
    assert " ".join(out.split()) == " ".join(kept.split())


def test_note_mark_is_no_part_of_a_label() -> None:
    doc = jirei.parse_text(MARKER_SUP_FIGURES)
    labels = [m.label for p in doc.profiles for m in p.metrics]
    assert labels == ["支援対象者数", "就職者数", "就職者数"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("| 目標<br>（人） | 実績<br/>（人） |", "| 目標 （人） | 実績 （人） |"),
        ("| **支援対象者数** | 300人 |", "| 支援対象者数 | 300人 |"),
        ("| __就職者数__ | 180人 |", "| 就職者数 | 180人 |"),
        # a ``<br>`` parting items stays for the card readers
        ("| 取組 | ・相談会を開いた。<br>・見学会を開いた。 |", "| 取組 | ・相談会を開いた。<br>・見学会を開いた。 |"),
        ("本文の<br>改行", "本文の<br>改行"),  # no table row
    ],
)
def test_pipe_cell_markup(text: str, kept: str) -> None:
    out = untangle_pipe_cells(text)
    assert len(out) == len(text)
    assert " ".join(out.split()) == " ".join(kept.split())


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("- 一つ目。\n\n###### 写真：相談の様子\n\n- 二つ目。\n", True),
        ("- 一つ目。\n\n## 面談の様子\n\n![](_page_1.jpeg)\n\n- 二つ目。\n", True),
        ("- 一つ目。\n\n## 面談の様子\n\n## 実績\n", False),  # after the list: a heading
        ("- 一つ目。\n\n## 図書館との連携\n\n- 二つ目。\n", False),  # no caption word
    ],
)
def test_caption_headings_inside_a_list(text: str, caption: bool) -> None:
    out = untangle_caption_headings(text)
    assert len(out) == len(text)
    assert ("#" not in out) is caption


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("【山口県下関市】\n【山口労働局・ハローワーク下関】\n", True),
        ("  【山口県宇部市】  \n  【山口労働局・ハローワーク宇部】  \n", True),
        ("【山口県下関市】\n\n【山口労働局・ハローワーク下関】\n", False),  # a blank line between
        ("【取組内容】\n【山口労働局・ハローワーク下関】\n", False),  # no place
    ],
)
def test_split_header_joined(text: str, joined: bool) -> None:
    out = join_split_headers(text)
    assert len(out) == len(text)
    assert (out.count("\n") < text.count("\n")) is joined


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("## 郡山市生活支援課", "郡山市生活支援課"),  # (normalised text: the space is gone)
        ("### ハローワーク郡山", "ハローワーク郡山"),
        ("## 福島労働局", "福島労働局"),
        ("## 駅前の窓口で、相談から就職まで", None),
        ("## 取組内容", None),
        ("## ハローワーク浜松の支援", None),  # a heading about an office, no name alone
        ("## 静岡労働局一体的実施事例集", None),  # a running head
        ("郡山市生活支援課", None),  # no heading
    ],
)
def test_heading_speaker(line: str, speaker: str | None) -> None:
    found = heading_speaker(line)
    assert (found["speaker"] if found is not None else None) == speaker


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("$\\textcircled{1}$ 窓口を置いた。", "- 窓口を置いた。"),
        ("| $105.0\\%$ |", "| 105.0 % |"),
        ("就職率は60.0\\%でした。", "就職率は60.0 %でした。"),
        ("$x^2$ の式", "$x^2$ の式"),  # math that is no figure stays
    ],
)
def test_latex_marks(text: str, kept: str) -> None:
    out = untangle_latex_marks(text)
    assert len(out) == len(text)
    assert " ".join(out.split()) == " ".join(kept.split())
