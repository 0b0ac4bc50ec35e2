"""Variants of the newer readers' kinds, written as other writers and offices would write
them (HTML tables and pages, comment tables, figures of several roles in one cell, year
rows over role rows, quotes with their speaker, speakers before their texts, interviews).

Every expected fact below was written by hand from reading the document (decisions 930–949).
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

import jirei
from _variants import M, P, R
from _variants import facts as _facts
from _variants import mismatches as _mismatches

# 1. A converter's HTML page: <h2>/<h3> headings, <ul><li> items, a card whose labels are
#    <th> cells in body rows, nested inline tags, entities, upper case and attributes.
HTML_PAGE = """<!-- image -->
<h1>令和５年度　一体的実施事業　取組事例</h1>
<p>静岡労働局&nbsp;職業安定部</p>

<h2>事例１</h2>
<h3>駅前の窓口で、福祉と職業紹介をひとつに</h3>
<TABLE class="card" border="1">
<TBODY>
<TR><TH scope="row">実施自治体</TH><TD><p>静岡県浜松市</p></TD></TR>
<TR><TH scope="row">労働局</TH><TD><span class="x">静岡労働局</span></TD></TR>
<TR><TH scope="row">ハローワーク</TH><TD>ハローワーク浜松</TD></TR>
<TR><TH scope="row">施設名</TH><TD><b>はままつ就労サポート</b>（一体的実施施設）</TD></TR>
<TR><TH scope="row">開設日</TH><TD>H27.10.1</TD></TR>
</TBODY>
</TABLE>
<h3>取組内容</h3>
<ul>
  <li>生活保護の新規申請者に、面談当日に就労支援ナビゲーターを紹介している。</li>
  <li>市とハローワークの職員が月1回ケース会議を開いている。</li>
</ul>
<h3>令和５年度の実績</h3>
<table>
<thead><tr><th>指標</th><th>目標</th><th>実績</th><th>達成率</th></tr></thead>
<tbody>
<tr><th>支援対象者数</th><td>200人</td><td>231人</td><td>115.5%</td></tr>
<tr><th>就職者数</th><td>120人</td><td>133人</td><td></td></tr>
</tbody>
</table>
<h3>その他の成果</h3>
<ul><li>職場見学会を年4回開き、延べ38人が参加した。</li></ul>

<h2>事例２</h2>
<h3>子育て中の方の仕事探しを&nbsp;庁舎の中で</h3>
<table>
<tr><th>実施自治体</th><td>静岡県富士市</td></tr>
<tr><th>労働局</th><td>静岡労働局</td></tr>
<tr><th>ハローワーク</th><td>ハローワーク富士</td></tr>
<tr><th>施設名</th><td>ふじ就労相談室&lt;常設窓口&gt;</td></tr>
<tr><th>開設日</th><td>2016/4/1</td></tr>
</table>
<h3>取組内容</h3>
<ol>
<li>児童扶養手当の窓口で仕事の相談を受け付けている。</li>
<li>保育所の空き情報を毎月ハローワークに伝えている。</li>
</ol>
<h3>令和５年度の実績</h3>
<table>
<tr><th>指標</th><th>目標</th><th>実績</th><th>達成率</th></tr>
<tr><td>支援対象者数</td><td>80人</td><td>84人</td><td>105.0%</td></tr>
<tr><td>就職率</td><td>60.0%</td><td>62.5%</td><td>－</td></tr>
</table>
"""

HTML_PAGE_FACTS: list[dict[str, object]] = [
    {
        "title": "駅前の窓口で、福祉と職業紹介をひとつに",
        "prefecture": "静岡県",
        "municipality": "浜松市",
        "labour_bureau": "静岡労働局",
        "hello_work": ("ハローワーク浜松",),
        "facility_name": "はままつ就労サポート",
        "facility_type": "一体的実施施設",
        "start_date": date(2015, 10, 1),
        "fiscal_year": 2023,
        "initiatives": (
            "生活保護の新規申請者に、面談当日に就労支援ナビゲーターを紹介している。",
            "市とハローワークの職員が月1回ケース会議を開いている。",
        ),
        "metrics": [
            M("支援対象者数", P(200), P(231), "115.5"),
            M("就職者数", P(120), P(133)),
        ],
        "other_results": ("職場見学会を年4回開き、延べ38人が参加した。",),
    },
    {
        "municipality": "富士市",
        "hello_work": ("ハローワーク富士",),
        "facility_name": "ふじ就労相談室",
        "facility_type": "常設窓口",
        "start_date": date(2016, 4, 1),
        "initiatives": (
            "児童扶養手当の窓口で仕事の相談を受け付けている。",
            "保育所の空き情報を毎月ハローワークに伝えている。",
        ),
        "metrics": [
            M("支援対象者数", P(80), P(84), "105.0"),
            M("就職率", R("60.0"), R("62.5")),
        ],
    },
]


# 2. HTML results tables: a year row over the role row made with rowspan + colspan, a table
#    split over two pages (the second part with or without its header row), a group column.
HTML_SPLIT = """## 事例１　新潟県長岡市

## 雪国の冬も途切れない就労支援

| 項目 | 内容 |
|---|---|
| 自治体 | 新潟県長岡市 |
| 労働局・ハローワーク | 新潟労働局・ハローワーク長岡 |
| 施設名 | ながおか就労支援コーナー（一体的実施施設） |
| 開設 | 令和元年7月1日 |

### ■取組内容

- 冬季は出張相談の回数を増やした。

### ■実績

<table border="1">
<tr><th rowspan="2">区分</th><th colspan="3">令和５年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th></tr>
<tr><td>支援対象者数</td><td>150人</td><td>168人</td><td>112.0%</td></tr>
</table>

－ ３ －

<!-- page break -->

新潟労働局　一体的実施事業の取組

<table border="1">
<tr><td>就職者数</td><td>90人</td><td>99人</td><td>110.0%</td></tr>
<tr><td>就職率</td><td>60.0%以上</td><td>58.9%</td><td>－</td></tr>
</table>

### ■関係者の声

- 長岡市福祉課：冬でも相談が途切れなくなりました。

## 事例２　新潟県上越市

## 二つの入口を一つの窓口に

| 項目 | 内容 |
|---|---|
| 自治体 | 新潟県上越市 |
| 労働局・ハローワーク | 新潟労働局・ハローワーク上越 |
| 施設名 | じょうえつワークサポート（一体的実施施設） |
| 開設 | 平成28年4月1日 |

### ■令和５年度の実績

<table>
<thead>
<tr><th colspan="2">項目</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">生活保護受給者</td><td>支援対象者数</td><td>80人</td><td>86人</td></tr>
<tr><td>就職者数</td><td>40人</td><td>47人</td></tr>
</tbody>
</table>

－ ４ －

<!-- page break -->

新潟労働局　一体的実施事業の取組

<table>
<thead>
<tr><th colspan="2">項目</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">児童扶養手当受給者</td><td>支援対象者数</td><td>30人</td><td>28人</td></tr>
<tr><td>就職者数</td><td>15人</td><td>17人</td></tr>
</tbody>
</table>
"""

HTML_SPLIT_FACTS: list[dict[str, object]] = [
    {
        "municipality": "長岡市",
        "labour_bureau": "新潟労働局",
        "hello_work": ("ハローワーク長岡",),
        "start_date": date(2019, 7, 1),
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(150), P(168), "112.0"),
            M("就職者数", P(90), P(99), "110.0"),
            M("就職率", R("60.0", "以上"), R("58.9")),
        ],
        "comments": [("長岡市福祉課", "municipality", "冬でも相談が途切れなくなりました。")],
    },
    {
        "municipality": "上越市",
        "start_date": date(2016, 4, 1),
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(80), P(86), group="生活保護受給者"),
            M("就職者数", P(40), P(47), group="生活保護受給者"),
            M("支援対象者数", P(30), P(28), group="児童扶養手当受給者"),
            M("就職者数", P(15), P(17), group="児童扶養手当受給者"),
        ],
    },
]


# 3. Figures of several roles in one cell, as offices write them.
ROLE_CELLS = """令和５年度　福岡労働局　一体的実施事例

事例１　福岡県久留米市（福岡労働局・ハローワーク久留米）
くるめ就労支援センター（一体的実施施設）　令和２年４月１日開設
相談から定着まで一か所で

【令和４年度の実績】

| 指標 | 実績（目標） | 達成率 |
|---|---|---|
| 支援対象者数 | 168人（目標150人） | 112.0% |
| 就職者数 | 101人（目標90人） | 112.2% |

事例２　福岡県大牟田市（福岡労働局・ハローワーク大牟田）
おおむた仕事サポート（一体的実施施設）　平成29年10月2日開設
ひとり親の就職を地域で支える

【令和４年度の実績】

| 区分 | 令和４年度 |
|---|---|
| 支援対象者数 | 目標:150人 実績:168人 |
| 就職者数 | 目標：90人　実績：101人 |

事例３　福岡県飯塚市（福岡労働局・ハローワーク飯塚）
いいづか就労ナビ（一体的実施施設）　平成30年4月2日開設
庁舎の一階で相談を

【令和４年度の実績】

| 指標 | 目標→実績 | 達成率 |
|---|---|---|
| 支援対象者数 | 150→168人 | 112.0% |
| 就職者数 | 90→99人 | 110.0% |

| 指標 | 実績/目標（人） |
|---|---|
| 紹介就職件数 | 72/60 |
"""

ROLE_CELLS_FACTS: list[dict[str, object]] = [
    {
        "municipality": "久留米市",
        "facility_name": "くるめ就労支援センター",
        "start_date": date(2020, 4, 1),
        "fiscal_year": 2022,
        "metrics": [
            M("支援対象者数", P(150), P(168), "112.0"),
            M("就職者数", P(90), P(101), "112.2"),
        ],
    },
    {
        "municipality": "大牟田市",
        "start_date": date(2017, 10, 2),
        "metrics": [
            M("支援対象者数", P(150), P(168)),
            M("就職者数", P(90), P(101)),
        ],
    },
    {
        "municipality": "飯塚市",
        "metrics": [
            M("支援対象者数", P(150), P(168), "112.0"),
            M("就職者数", P(90), P(99), "110.0"),
            M("紹介就職件数", P(60), P(72)),
        ],
    },
]


# 4. A year row over the role row, the year written R5 / 2023年度 / 令和５年度 / 令和元年度.
YEAR_ROWS = """# 一体的実施事業　事例集（長野労働局）

## 事例１　長野県松本市

## 山あいの町からも通える窓口

- 自治体：長野県松本市
- 連携先：長野労働局・ハローワーク松本
- 施設：まつもと就労支援室（一体的実施施設）
- 開設日：平成２７年１０月１日

### 実績

| 指標 | R5 |  |  |
|---|---|---|---|
|  | 目標 | 実績 | 達成率 |
| 支援対象者数 | 120人 | 131人 | 109.2% |
| 就職者数 | 70人 | 75人 | 107.1% |

## 事例２　長野県上田市

## 駅ビルの中の相談コーナー

- 自治体：長野県上田市
- 連携先：長野労働局・ハローワーク上田
- 施設：うえだ就労コーナー（一体的実施施設）
- 開設日：2018年4月2日

### 実績

| 項目 | 2023年度 |  |
|---|---|---|
|  | 目標値 | 実績値 |
| 支援対象者数 | 60人 | 66人 |
| 就職率 | 55.0% | 57.6% |

## 事例３　長野県飯田市

## 南信の拠点として

- 自治体：長野県飯田市
- 連携先：長野労働局・ハローワーク飯田
- 施設：いいだ仕事相談室（一体的実施施設）
- 開設日：令和元年１０月１日

### 実績

|  | 令和元年度 |  |  |
|---|---|---|---|
| 指標 | 計画 | 実績 | 達成率 |
| 支援対象者数 | ５０人 | ５４人 | １０８．０％ |
"""

YEAR_ROWS_FACTS: list[dict[str, object]] = [
    {
        "municipality": "松本市",
        "labour_bureau": "長野労働局",
        "start_date": date(2015, 10, 1),
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(120), P(131), "109.2"),
            M("就職者数", P(70), P(75), "107.1"),
        ],
    },
    {
        "municipality": "上田市",
        "start_date": date(2018, 4, 2),
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(60), P(66)),
            M("就職率", R("55.0"), R("57.6")),
        ],
    },
    {
        "municipality": "飯田市",
        "start_date": date(2019, 10, 1),
        "fiscal_year": 2019,
        "metrics": [M("支援対象者数", P(50), P(54), "108.0")],
    },
]


# 5. Comments written as a table: three columns (所属 | 職名 | コメント), the text column first,
#    other column words, a blank row.
COMMENT_TABLES = """事例１　長野県長野市（長野労働局・ハローワーク長野）
ながの就労サポート（一体的実施施設）　平成２８年４月１日開設
市役所の中で仕事探し

【関係者のコメント】

| 所属 | 職名 | コメント |
|---|---|---|
| 長野市生活支援課 | 課長 | 相談者の表情が明るくなりました。 |
| ハローワーク長野 | 統括職業指導官 | 市の情報が早く届くので助かります。 |

事例２　長野県須坂市（長野労働局・ハローワーク須坂）
すざか仕事相談室（一体的実施施設）　平成３０年４月２日開設
小さな市の大きな一歩

【関係者の声】

| 声 | 発言者 |
|---|---|
| 窓口が近くなり、相談しやすくなりました。 | 須坂市福祉課 |
|  |  |
| ケース会議で支援方針をそろえています。 | 長野労働局 |
"""

COMMENT_TABLES_FACTS: list[dict[str, object]] = [
    {
        "municipality": "長野市",
        "comments": [
            ("長野市生活支援課課長", "municipality", "相談者の表情が明るくなりました。"),
            ("ハローワーク長野統括職業指導官", "hello_work", "市の情報が早く届くので助かります。"),
        ],
    },
    {
        "municipality": "須坂市",
        "comments": [
            ("須坂市福祉課", "municipality", "窓口が近くなり、相談しやすくなりました。"),
            ("長野労働局", "labour_bureau", "ケース会議で支援方針をそろえています。"),
        ],
    },
]


# 6. Quotes with the speaker after or before them, in other bracket and dash styles.
QUOTES = """事例１　熊本県八代市（熊本労働局・ハローワーク八代）
やつしろ就労支援コーナー（一体的実施施設）　平成29年4月3日開設
港町の就労支援

■関係者の声
「ケースワーカーと同じ部屋で話せるので、安心です。」〔八代市 生活援護課〕
「求人の紹介が早くなりました。」――ハローワーク八代
『市と労働局の連携が深まりました。』《熊本労働局 職業安定部》

事例２　熊本県天草市（熊本労働局・ハローワーク天草）
あまくさ仕事ナビ（一体的実施施設）　令和元年5月7日開設
島の暮らしと仕事

■関係者の声
天草市福祉課：「島の中で相談が完結するようになりました。」
【ハローワーク天草】「出張相談の回数を増やしました。
離島の方にも好評です。」
"""

QUOTES_FACTS: list[dict[str, object]] = [
    {
        "municipality": "八代市",
        "start_date": date(2017, 4, 3),
        "comments": [
            (
                "八代市生活援護課",
                "municipality",
                "ケースワーカーと同じ部屋で話せるので、安心です。",
            ),
            ("ハローワーク八代", "hello_work", "求人の紹介が早くなりました。"),
            ("熊本労働局職業安定部", "labour_bureau", "市と労働局の連携が深まりました。"),
        ],
    },
    {
        "municipality": "天草市",
        "start_date": date(2019, 5, 7),
        "comments": [
            ("天草市福祉課", "municipality", "島の中で相談が完結するようになりました。"),
            (
                "ハローワーク天草",
                "hello_work",
                "出張相談の回数を増やしました。離島の方にも好評です。",
            ),
        ],
    },
]


# 7. Speakers listed first, then their texts (a comment box extracted column by column),
#    in PDF text with a running head and page numbers.
SPEAKER_BLOCKS = """北海道労働局　一体的実施の取組
事例１　北海道旭川市（北海道労働局・ハローワーク旭川）
あさひかわ就労支援室（一体的実施施設）　平成二十七年十月一日開設
冬でも通える相談窓口

＜関係者の声＞
旭川市保護課
ハローワーク旭川
北海道労働局
相談の流れが一本になり、待ち時間が減りました。
市の担当者と毎週情報を交換しています。
地域の好事例として広げていきます。
－ ５ －

北海道労働局　一体的実施の取組
事例２　北海道帯広市（北海道労働局・ハローワーク帯広）
おびひろ就労コーナー（一体的実施施設）　令和元年７月１日開設
十勝の仕事につなぐ

＜関係者の声＞
・帯広市生活福祉課
・ハローワーク帯広

・「面談の予約が取りやすくなりました。」
・「農業分野の求人も紹介しています。」
－ ６ －
"""

SPEAKER_BLOCKS_FACTS: list[dict[str, object]] = [
    {
        "municipality": "旭川市",
        "start_date": date(2015, 10, 1),
        "comments": [
            ("旭川市保護課", "municipality", "相談の流れが一本になり、待ち時間が減りました。"),
            ("ハローワーク旭川", "hello_work", "市の担当者と毎週情報を交換しています。"),
            ("北海道労働局", "labour_bureau", "地域の好事例として広げていきます。"),
        ],
    },
    {
        "municipality": "帯広市",
        "start_date": date(2019, 7, 1),
        "comments": [
            ("帯広市生活福祉課", "municipality", "面談の予約が取りやすくなりました。"),
            ("ハローワーク帯広", "hello_work", "農業分野の求人も紹介しています。"),
        ],
    },
]


# 8. Interviews in other hands: Q. / A.（speaker）, 問 / 答（speaker）, numbered Ｑ１ / Ａ１.
INTERVIEWS = """事例１　岩手県盛岡市（岩手労働局・ハローワーク盛岡）
もりおか就労支援センター（一体的実施施設）　平成２６年１０月１日開設
相談の入口を一つに

■インタビュー
Q. 開設して何が変わりましたか。
A.（盛岡市 生活福祉課）相談から就職までが早くなりました。
Q. ハローワークから見た変化は？
A.（ハローワーク盛岡）市の情報がすぐに届きます。

事例２　岩手県一関市（岩手労働局・ハローワーク一関）
いちのせき仕事相談室（一体的実施施設）　令和２年４月１日開設
県南の拠点として

■担当者インタビュー
Ｑ１　工夫している点は？
Ａ１（一関市 長寿社会課）　毎週の打合せを欠かさないことです。
問：今後の目標は？
答（ハローワーク一関）：定着支援にも力を入れます。
"""

INTERVIEWS_FACTS: list[dict[str, object]] = [
    {
        "municipality": "盛岡市",
        "comments": [
            ("盛岡市生活福祉課", "municipality", "相談から就職までが早くなりました。"),
            ("ハローワーク盛岡", "hello_work", "市の情報がすぐに届きます。"),
        ],
    },
    {
        "municipality": "一関市",
        "comments": [
            ("一関市長寿社会課", "municipality", "毎週の打合せを欠かさないことです。"),
            ("ハローワーク一関", "hello_work", "定着支援にも力を入れます。"),
        ],
    },
]


# 9. HTML comment table of three columns and a results table whose cells hold two roles,
#    with <br> between them and the roles in another order.
HTML_ROLES = """<h2>事例１　愛知県豊橋市</h2>
<p><b>外国人住民も通える就労相談</b></p>
<table>
<tr><th>自治体</th><td>愛知県豊橋市</td></tr>
<tr><th>労働局・ハローワーク</th><td>愛知労働局・ハローワーク豊橋</td></tr>
<tr><th>施設名</th><td>とよはし就労支援コーナー（一体的実施施設）</td></tr>
<tr><th>事業開始日</th><td>令和元年１０月１日</td></tr>
</table>
<h3>令和５年度の実績</h3>
<table>
<tr><th>指標</th><th>目標／実績</th></tr>
<tr><td>支援対象者数</td><td>目標 200人<br/>実績 214人</td></tr>
<tr><td>就職者数</td><td>目標 100人<BR>実績 108人</td></tr>
</table>
<h3>関係者の声</h3>
<table>
<tr><th>所属</th><th>役職</th><th>コメント</th></tr>
<tr><td>豊橋市&nbsp;福祉政策課</td><td>担当者</td><td><p>通訳の手配を市で行い、相談しやすくしました。</p></td></tr>
<tr><td>ハローワーク豊橋</td><td>所長</td><td>多言語の求人票を用意しています。</td></tr>
</table>
"""

HTML_ROLES_FACTS: list[dict[str, object]] = [
    {
        "title": "外国人住民も通える就労相談",
        "municipality": "豊橋市",
        "labour_bureau": "愛知労働局",
        "hello_work": ("ハローワーク豊橋",),
        "start_date": date(2019, 10, 1),
        "fiscal_year": 2023,
        "metrics": [
            M("支援対象者数", P(200), P(214)),
            M("就職者数", P(100), P(108)),
        ],
        "comments": [
            (
                "豊橋市福祉政策課担当者",
                "municipality",
                "通訳の手配を市で行い、相談しやすくしました。",
            ),
            ("ハローワーク豊橋所長", "hello_work", "多言語の求人票を用意しています。"),
        ],
    },
]


DOCUMENTS: list[object] = [
    ("html_page", HTML_PAGE, HTML_PAGE_FACTS),
    ("html_split", HTML_SPLIT, HTML_SPLIT_FACTS),
    ("role_cells", ROLE_CELLS, ROLE_CELLS_FACTS),
    ("year_rows", YEAR_ROWS, YEAR_ROWS_FACTS),
    ("comment_tables", COMMENT_TABLES, COMMENT_TABLES_FACTS),
    ("quotes", QUOTES, QUOTES_FACTS),
    ("speaker_blocks", SPEAKER_BLOCKS, SPEAKER_BLOCKS_FACTS),
    ("interviews", INTERVIEWS, INTERVIEWS_FACTS),
    ("html_roles", HTML_ROLES, HTML_ROLES_FACTS),
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


def test_split_table_parts_with_their_header_read() -> None:
    """Both cases, the groups of the spanned label column, the first part's year row; the
    second part, written without its header row, read with the first part's header
    (decision 1106: no ``table_header_missing`` warning)."""
    facts = HTML_SPLIT_FACTS
    doc = jirei.parse_text(HTML_SPLIT)
    assert [p.municipality for p in doc.profiles] == [f["municipality"] for f in facts]
    assert _facts(doc.profiles[1])["metrics"] == facts[1]["metrics"]
    assert doc.profiles[0].fiscal_year == 2023
    assert "table_header_missing" not in [w.code for w in doc.warnings]


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
