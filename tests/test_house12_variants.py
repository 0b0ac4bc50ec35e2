"""The seed's genre in other house styles, second round (branch ``house12``, decisions
2450–2469): a case header told as a sentence under the catch phrase, with the facility's
name on a line of its own above (``A市とB労働局（ハローワークC）は、date から「name」（kind）を
…で運営している``), and a group matrix whose cells a PDF text export parted by one space
(``区分 支援対象者数 就職者数``), a metric row of its own under it.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures). Every expected fact was
written by hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import jirei

D = datetime.date

# 1. label line, facility line, catch phrase, header sentence (date から, verb after a place)
SENTENCE_UNDER_TITLE = """令和４年度　一体的実施の取組（岡山県内）
事例１　倉敷市
くらしきワークステーション
駅前の窓口で、相談から就職まで
倉敷市と岡山労働局（ハローワーク倉敷中央）は、令和２年４月１日から「くらしきワーク
ステーション」（一体的実施施設）を市役所本庁舎１階で運営している。
■取組の内容
・生活保護のケースワーカーが初回相談に同席する。
・求人の説明会を毎月開く。
■関係機関の声
○倉敷市生活福祉課
同席することで、相談の中身が分かるようになった。
○ハローワーク倉敷中央
市と情報を共有し、支援が途切れないようにしている。
事例２　津山市
つやま就労サポート
山あいの町から通える窓口に
津山市と岡山労働局（ハローワーク津山）は、平成三十年十月一日から、市の福祉事務所内に
「つやま就労サポート」（常設窓口）を設置している。
■取組の内容
・巡回バスの時刻に合わせて相談日を決める。
■関係機関の声
○津山市社会福祉事務所
通いやすくなったという声が多い。
"""


def test_sentence_under_the_catch_phrase_gives_the_header_and_the_title() -> None:
    doc = jirei.parse_text(SENTENCE_UNDER_TITLE)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert first.title == "駅前の窓口で、相談から就職まで"
    assert first.facility_name == "くらしきワークステーション"
    assert first.facility_type == "一体的実施施設"
    assert first.labour_bureau == "岡山労働局"
    assert list(first.hello_work) == ["ハローワーク倉敷中央"]
    assert first.start_date == D(2020, 4, 1)
    assert len(first.initiatives) == 2
    assert [c.speaker for c in first.comments] == ["倉敷市生活福祉課", "ハローワーク倉敷中央"]
    assert second.title == "山あいの町から通える窓口に"
    assert second.facility_name == "つやま就労サポート"
    assert second.facility_type == "常設窓口"
    assert second.start_date == D(2018, 10, 1)
    assert [c.speaker for c in second.comments] == ["津山市社会福祉事務所"]
    span = first.spans["title"]
    assert SENTENCE_UNDER_TITLE[span.start : span.end] == first.title


# a line with a sentence end over the header sentence is no catch phrase: the headline stays
NO_LEAD = SENTENCE_UNDER_TITLE.replace(
    "駅前の窓口で、相談から就職まで", "駅前の窓口で相談を受ける。"
)


def test_a_sentence_over_the_header_sentence_is_no_catch_phrase() -> None:
    first = jirei.parse_text(NO_LEAD).profiles[0]
    assert first.title != "駅前の窓口で相談を受ける。"


# 2. a group matrix parted by single spaces (a PDF text export), a metric row of its own
MATRIX = """事例１　西宮市
にしのみや就労ナビ
ひとり親の相談を一つの窓口で
西宮市と兵庫労働局（ハローワーク西宮）は、令和元年７月１日から「にしのみや就労ナビ」
（一体的実施施設）を運営している。
■取組の内容
・相談を担当者制にした。
■成果（令和３年度）
対象 支援対象者数 就職者数
生活保護受給者等 １２４人 ７１人
児童扶養手当受給者 ５７人 ３９人
職業相談件数 延べ８１０件
■その他の実績
・合同説明会を３回開いた。
"""


def test_single_space_group_matrix() -> None:
    case = jirei.parse_text(MATRIX).profiles[0]
    read = [
        (m.label, m.group, m.actual.value if m.actual else None, m.target) for m in case.metrics
    ]
    assert read == [
        ("支援対象者数", "生活保護受給者等", Decimal(124), None),
        ("就職者数", "生活保護受給者等", Decimal(71), None),
        ("支援対象者数", "児童扶養手当受給者", Decimal(57), None),
        ("就職者数", "児童扶養手当受給者", Decimal(39), None),
        ("職業相談件数", None, Decimal(810), None),
    ]
    assert case.fiscal_year == 2021
    assert list(case.other_results) == ["合同説明会を3回開いた。"]


# the header's words are no metrics: no matrix (the lines stay what they were)
NOT_A_MATRIX = MATRIX.replace("対象 支援対象者数 就職者数", "区分 午前 午後")


def test_a_kind_wrapped_onto_the_next_line_of_the_sentence() -> None:
    case = jirei.parse_text(MATRIX).profiles[0]
    assert case.title == "ひとり親の相談を一つの窓口で"
    assert case.facility_name == "にしのみや就労ナビ"
    assert case.facility_type == "一体的実施施設"
    assert case.start_date == D(2019, 7, 1)
    assert list(case.hello_work) == ["ハローワーク西宮"]


def test_a_header_of_other_words_is_no_matrix() -> None:
    doc = SENTENCE_UNDER_TITLE + NOT_A_MATRIX.replace("事例１", "事例３")
    case = jirei.parse_text(doc).profiles[-1]
    assert not any(m.group == "生活保護受給者等" for m in case.metrics)


# 3. quotes followed by the speaker's organisation, post and initials (a web page)
INITIALS = """## 駅の近くで、仕事の相談をもっと身近に

| 項目 | 内容 |
|---|---|
| 所在地 | 熊本県熊本市中央区 |
| 労働局 | 熊本労働局 |
| ハローワーク | ハローワーク熊本 |
| 施設名 | ちゅうおう就労コーナー（常設窓口） |
| 開始年月日 | 令和3年6月1日 |

### 主な支援内容

1. 区役所の窓口から就労コーナーへその場で案内しています。

### 関係機関の声

「窓口が近いので、その日のうちに相談につなげられます。」（熊本市中央区福祉課　Ｙ．Ｎ）

「区と毎週打合せをしています。」（ハローワーク熊本　就職支援ナビゲーター　Ａ．Ｋ．）

「初めての方も来やすくなりました。」（ハローワーク熊本　統括職業指導官）
"""


def test_initials_leave_the_organisation_as_speaker() -> None:
    case = jirei.parse_text(INITIALS).profiles[0]
    read = [(c.speaker, c.role) for c in case.comments]
    assert read == [
        ("熊本市中央区福祉課", "municipality"),
        ("ハローワーク熊本", "hello_work"),
        # no initials: the post stays, as every other writer of the corpus keeps it
        ("ハローワーク熊本統括職業指導官", "hello_work"),
    ]


# 4. a group table under two stub columns (区分 | 項目), the group named in the first
GROUP_STUBS = """## 二つの窓口を一つに

| 項目 | 内容 |
|---|---|
| 所在地 | 長崎県佐世保市 |
| 労働局 | 長崎労働局 |
| ハローワーク | ハローワーク佐世保 |
| 施設名 | させぼ就労支援室（一体的実施施設） |
| 開始年月日 | 平成29年4月3日 |

### 主な支援内容

1. 支援コースを対象者ごとに分けています。

### 令和4年度の成果

| 区分 | 項目 | 目標 | 実績 | 達成率 |
|---|---|---|---|---|
| 生活困窮者 | 支援対象者数 | 90人以上 | 96人 | 106.7% |
| 生活困窮者 | 就職者数 | 50人以上 | 48人 | 96.0% |
| ひとり親 | 就職者数 | 30人以上 | 33人 | 110.0% |
"""


def test_two_stub_columns_give_group_and_label() -> None:
    case = jirei.parse_text(GROUP_STUBS).profiles[0]
    read = [(m.label, m.group, m.key, m.actual.value) for m in case.metrics]
    assert read == [
        ("支援対象者数", "生活困窮者", "support_targets", Decimal(96)),
        ("就職者数", "生活困窮者", "employed", Decimal(48)),
        ("就職者数", "ひとり親", "employed", Decimal(33)),
    ]


# the first stub holding metrics, the second none: no group column
STUBS_THE_OTHER_WAY = GROUP_STUBS.replace("| 区分 | 項目 |", "| 項目 | 区分 |").replace(
    "| 生活困窮者 | 支援対象者数 |", "| 支援対象者数 | 生活困窮者 |"
)


def test_a_metric_in_the_first_stub_is_no_group() -> None:
    case = jirei.parse_text(STUBS_THE_OTHER_WAY).profiles[0]
    assert not any(m.group == "支援対象者数" for m in case.metrics)


# 5. a regional bureau's loose copy: a cover (issuer over the edition's year), bracket
#    headers, 【数値で見る成果】 with and without a year note, a group matrix whose two metric
#    names normalisation joined, a joint comment
REGIONAL = """高知労働局

令和３年度
一体的実施事業
取組事例集

【高知県高知市】【高知労働局・ハローワーク高知】
こうち就労支援ルーム（一体的実施施設）　平成３０年１０月１日事業開始

相談の入口をひとつに

【取組内容】
◆福祉事務所の面談室で週２日の出張相談を実施

【数値で見る成果】
　　　　　　　　目標　　　　　実績
支援対象者数　　１８０人以上　１９５人
就職者数　　　　１１０人以上　１２１人

＜高知市・ハローワーク高知　共同コメント＞
　同じ部屋で相談を受けることで、支援の方針がそろうようになった。

【高知県南国市】【高知労働局・ハローワーク高知】
なんこく就労コーナー（常設窓口）　令和元年７月１日事業開始

ひとり親の就職を後押し

【取組内容】
◆保育所の送迎時間に合わせた相談日を設定

【数値で見る成果】（令和３年度実績）
区分　　　　　　　支援対象者数　就職者数
生活困窮者　　　　４４人　　　　２１人
児童扶養手当受給者　２７人　　　１６人

＜ハローワーク高知コメント＞
　市の担当者との打合せを毎月行っている。
"""


def test_a_regional_copy() -> None:
    first, second = jirei.parse_text(REGIONAL).profiles
    assert [(m.label, m.target.value, m.actual.value) for m in first.metrics] == [
        ("支援対象者数", Decimal(180), Decimal(195)),
        ("就職者数", Decimal(110), Decimal(121)),
    ]
    assert first.fiscal_year == 2021  # the cover's year: the table names none
    assert [(c.speaker, c.role) for c in first.comments] == [("高知市・ハローワーク高知", "other")]
    assert [(m.label, m.group, m.actual.value) for m in second.metrics] == [
        ("支援対象者数", "生活困窮者", Decimal(44)),
        ("就職者数", "生活困窮者", Decimal(21)),
        ("支援対象者数", "児童扶養手当受給者", Decimal(27)),
        ("就職者数", "児童扶養手当受給者", Decimal(16)),
    ]
    assert second.fiscal_year == 2021
    assert [(c.speaker, c.role) for c in second.comments] == [("ハローワーク高知", "hello_work")]


# the cover opening with a sentence, no issuer: no year taken from the line under it
NO_ISSUER = REGIONAL.replace(
    "高知労働局\n\n令和３年度", "この資料は県内の取組をまとめたものです。\n令和３年度"
)


def test_a_sentence_over_the_year_is_no_issuer() -> None:
    first = jirei.parse_text(NO_ISSUER).profiles[0]
    assert first.fiscal_year is None


# 6. the ministry's older template: 数値で見る成果 with a 前年度実績 column (not the year's)
OLDER = """市役所の隣で、毎日相談

■事業の概要
　市役所の隣に窓口を置いた。

■取組のポイント
○生活保護のケースワーカーと三者で面談

■数値で見る成果
　　　　　　２７年度目標　２７年度実績　達成率　前年度実績
支援対象者数　２２０人以上　２３１人　１０５．０％　２１０人
就職者数　　　１３０人以上　１３６人　１０４．６％　１２２人

■その他の実績
・面接会を２回開いた
"""


def test_numbers_in_view_heading_and_previous_year_column() -> None:
    case = jirei.parse_text(OLDER).profiles[0]
    read = [
        (m.label, m.target.value, m.actual.value, m.achievement_rate) for m in case.metrics
    ]
    assert read == [
        ("支援対象者数", Decimal(220), Decimal(231), Decimal("105.0")),
        ("就職者数", Decimal(130), Decimal(136), Decimal("104.6")),
    ]
    assert list(case.other_results) == ["面接会を2回開いた"]


# 7. two-column PDF text: the catch phrase, the facility's ``name（kind）`` line, then the
#    partner line and the start date
TWO_COLUMN = """令和４年度
一体的実施　好事例集

生活と仕事の相談を一つの部屋で
やまがた就労支援センター（一体的実施施設）
山形県山形市／山形労働局／ハローワーク山形
事業開始：平成二十七年四月一日
取組内容
・ケースワーカーと
毎週打合せ
令和４年度事業目標と実績
| 項目 | 目標 | 実績 |
| 支援対象者数 | 200人以上 | 214人 |
<山形市生活福祉課コメント>
打合せで方針が
そろった。

夜間の相談で働く人を支える
よねざわ就労サポート（常設窓口）
山形県米沢市／山形労働局／ハローワーク米沢
事業開始：2019年7月1日
取組内容
・夜間の相談日を設けた
令和４年度事業目標と実績
| 項目 | 目標 | 実績 |
| 就職者数 | 60人以上 | 66人 |
<ハローワーク米沢コメント>
利用者が増えた。
"""


def test_catch_phrase_over_the_name_line() -> None:
    first, second = jirei.parse_text(TWO_COLUMN).profiles
    assert first.title == "生活と仕事の相談を一つの部屋で"
    assert first.facility_name == "やまがた就労支援センター"
    assert first.start_date == D(2015, 4, 1)
    assert second.title == "夜間の相談で働く人を支える"
    assert second.facility_name == "よねざわ就労サポート"
    assert second.facility_type == "常設窓口"
    assert second.start_date == D(2019, 7, 1)
    assert [c.speaker for c in first.comments] == ["山形市生活福祉課"]


# 8. the older template: the catch phrase first, the header in a side box open on the right
SIDE_BOX = """－ １ －

駅前の窓口で生活再建を後押し

┌────────────────────
│ 大分県大分市
│ 大分労働局／ハローワーク大分
│ おおいた就労支援プラザ（一体的実施施設）
│ 事業開始：平成２７年６月１日
└────────────────────

■事業の概要
　市役所の隣に窓口を置いた。

■取組のポイント
○三者面談を初回に実施

＜大分市保護課コメント＞
　相談につながる方が増えた。

－ ２ －

港町の仕事を紹介

┌────────────────────
│ 大分県別府市
│ 大分労働局／ハローワーク別府
│ べっぷ就労コーナー（常設窓口）
│ 事業開始：平成２８年１月４日
└────────────────────

■事業の概要
　温泉地の求人を紹介している。

■取組のポイント
○観光業の求人を重点的に紹介

＜ハローワーク別府コメント＞
　就職者が増えた。
"""


def test_side_box_open_on_the_right() -> None:
    first, second = jirei.parse_text(SIDE_BOX).profiles
    assert first.title == "駅前の窓口で生活再建を後押し"
    assert first.municipality == "大分市"
    assert first.labour_bureau == "大分労働局"
    assert list(first.hello_work) == ["ハローワーク大分"]
    assert first.facility_name == "おおいた就労支援プラザ"
    assert first.start_date == D(2015, 6, 1)
    assert second.title == "港町の仕事を紹介"
    assert second.facility_name == "べっぷ就労コーナー"
    assert second.start_date == D(2016, 1, 4)
    span = first.spans["facility_name"]
    assert SIDE_BOX[span.start : span.end] == "おおいた就労支援プラザ"


# a closed box with two columns stays a table (its bars are cells)
FIRST_BOX = SIDE_BOX[: SIDE_BOX.index("■事業の概要")]
CLOSED_BOX = FIRST_BOX.replace("│ 大分県大分市\n", "│ 自治体 │ 大分県大分市 │\n")


def test_a_box_with_a_second_bar_is_no_open_box() -> None:
    from jirei.openboxes import untangle_open_boxes

    assert untangle_open_boxes(CLOSED_BOX) == CLOSED_BOX
    assert untangle_open_boxes(FIRST_BOX) != FIRST_BOX
    assert len(untangle_open_boxes(FIRST_BOX)) == len(FIRST_BOX)


# 9. results in a running sentence, the target before the target word
SENTENCE_ORDER = """事例１　明石市
あかし就労支援窓口
子育て世帯の就職を支える
明石市と兵庫労働局（ハローワーク明石）は、令和元年１０月１日から「あかし就労支援窓口」
（一体的実施施設）を運営している。
■取組の内容
・保育所の空き情報を相談時に案内する。
■成果（令和３年度）
令和３年度は、支援対象者数１８０人の目標に対し１９２人（達成率１０６．７％）、就職者数
１１０人の目標に対し１０４人（達成率９４．５％）となった。就職率は５４．２％であった。
"""


def test_target_before_the_target_word() -> None:
    case = jirei.parse_text(SENTENCE_ORDER).profiles[0]
    read = [
        (
            m.label,
            m.target.value if m.target else None,
            m.actual.value,
            m.achievement_rate,
        )
        for m in case.metrics
    ]
    assert read == [
        ("支援対象者数", Decimal(180), Decimal(192), Decimal("106.7")),
        ("就職者数", Decimal(110), Decimal(104), Decimal("94.5")),
        ("就職率", None, Decimal("54.2"), None),
    ]
    assert case.fiscal_year == 2021


# a figure with no target word after ``の`` is no target
NOT_A_TARGET = SENTENCE_ORDER.replace("１８０人の目標に対し", "１８０人の見込みに対し")


def test_no_target_word_no_target_first_clause() -> None:
    case = jirei.parse_text(NOT_A_TARGET).profiles[0]
    assert not any(m.target is not None and m.target.value == 180 for m in case.metrics)


# a third metric column opening with kana (``うち紹介就職``), single spaces throughout
MATRIX_THREE = MATRIX.replace(
    "対象 支援対象者数 就職者数\n生活保護受給者等 １２４人 ７１人\n"
    "児童扶養手当受給者 ５７人 ３９人",
    "対象 支援対象者数 就職者数 うち紹介就職\n"
    "生活保護受給者等 １２４人 ７１人 ５０人\n児童扶養手当受給者 ５７人 ３９人 ２８人",
)


def test_single_space_group_matrix_of_three_metrics() -> None:
    case = jirei.parse_text(MATRIX_THREE).profiles[0]
    read = [(m.label, m.group, m.actual.value) for m in case.metrics]
    assert read == [
        ("支援対象者数", "生活保護受給者等", Decimal(124)),
        ("就職者数", "生活保護受給者等", Decimal(71)),
        ("うち紹介就職", "生活保護受給者等", Decimal(50)),
        ("支援対象者数", "児童扶養手当受給者", Decimal(57)),
        ("就職者数", "児童扶養手当受給者", Decimal(39)),
        ("うち紹介就職", "児童扶養手当受給者", Decimal(28)),
        ("職業相談件数", None, Decimal(810)),
    ]


# rows of years and roles under joined metric names are no group matrix: the latest year's
# target and actual are read (by shape, decision 1240), not the first row's figures
YEAR_ROWS = REGIONAL.replace(
    "区分　　　　　　　支援対象者数　就職者数\n生活困窮者　　　　４４人　　　　２１人\n"
    "児童扶養手当受給者　２７人　　　１６人",
    "　　　　　支援対象者数　就職者数\nR2実績　　　40人　　　20人\n"
    "R3目標　　　45人　　　22人\nR3実績　　　47人　　　25人",
)


def test_year_rows_under_joined_names_are_no_groups() -> None:
    second = jirei.parse_text(YEAR_ROWS).profiles[1]
    assert not any(m.group for m in second.metrics)
    assert [(m.target.value, m.actual.value) for m in second.metrics] == [
        (Decimal(45), Decimal(47)),
        (Decimal(22), Decimal(25)),
    ]
