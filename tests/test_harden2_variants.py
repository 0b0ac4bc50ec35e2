"""Documents of the kinds the newer readers were built on (one cell a line, definition lists,
numbered outlines with facts sections, results sentences), written here as other offices
would write them: other label and column words, other column orders, notes and contact
lines around the tables, blank lines and blank cells, units in headers or cells, other date
and number forms, and wrappers (PDF page breaks with running heads, markdown).

Every expected fact below was written by hand from the document's text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.lines import Line
from jirei.model import Span
from jirei.normalise import normalise
from jirei.tables.sentence import read_sentence


def _q(quantity: jirei.Quantity | None) -> object:
    return None if quantity is None else quantity.value


def _metrics(profile: jirei.Profile) -> list[tuple[object, ...]]:
    """Each metric as (label, target, actual, achievement rate)."""
    return [(m.label, _q(m.target), _q(m.actual), m.achievement_rate) for m in profile.metrics]


def _header(profile: jirei.Profile) -> tuple[object, ...]:
    return (
        profile.prefecture,
        profile.municipality,
        profile.labour_bureau,
        profile.hello_work,
        profile.facility_name,
        profile.facility_type,
        profile.start_date,
    )


def _speakers(profile: jirei.Profile) -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.role) for c in profile.comments]


def _spans_exact(doc: jirei.Document, text: str) -> None:
    """Every header fact's span covers text that holds its value's first characters."""
    for profile in doc.profiles:
        for key in ("facility_name", "municipality", "labour_bureau"):
            span = profile.spans.get(key)
            value = getattr(profile, key)
            if span is not None and isinstance(value, str):
                assert value[:2] in text[span.start : span.end], (key, value)


# --- 1. a PDF whose every cell came out on its own line; a page break inside a table ---

PDF_CELLS = """令和５年度　一体的実施事業　取組事例集
埼玉労働局
事例１
生活保護受給者の早期就職を後押し
実施主体
名称
連携先
開設日
埼玉県川口市
かわぐち就労支援コーナー（常設窓口）
埼玉労働局　ハローワーク川口
平成２７年１０月１日
■取組内容
・市の福祉事務所内にハローワークの相談員を配置した。
・週に一度、ケース会議を開いた。
■令和４年度実績
区分
目標
実績
達成状況
支援対象者数
就職者数
１２０人
７０人
１３５人※1
７２人
○
○
※1　年度内に複数回来所した人は１人と数えた。
■関係者の声
「相談から紹介までの時間が短くなった。」（川口市生活福祉課）
－ ３ －
\f令和５年度　一体的実施事業　取組事例集
事例２
若者の職場定着まで寄り添う
実施主体
名称
連携先
開設日
埼玉県越谷市
こしがや若者就労ステーション（一体的実施施設）
埼玉労働局　ハローワーク越谷
令和２年４月１日
■取組内容
・高校と連携して卒業前の相談会を開いた。
■令和４年度実績
区分
目標
実績
達成状況
支援対象者数
就職者数
就職率
２００人
１００人
５０．０％
－ ４ －
\f令和５年度　一体的実施事業　取組事例集
２１８人
１０９人
５０．０％
○
○
○
■関係者の声
「卒業後も同じ担当者に相談できると好評だ。」（ハローワーク越谷）
"""


def test_pdf_cells_with_page_breaks() -> None:
    doc = jirei.parse_text(PDF_CELLS)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert first.title == "生活保護受給者の早期就職を後押し"
    assert _header(first) == (
        "埼玉県", "川口市", "埼玉労働局", ("ハローワーク川口",), "かわぐち就労支援コーナー",
        "常設窓口", dt.date(2015, 10, 1),
    )
    assert _metrics(first) == [("支援対象者数", 120, 135, None), ("就職者数", 70, 72, None)]
    assert _speakers(first) == [("川口市生活福祉課", "municipality")]
    assert second.title == "若者の職場定着まで寄り添う"
    assert _header(second) == (
        "埼玉県", "越谷市", "埼玉労働局", ("ハローワーク越谷",), "こしがや若者就労ステーション",
        "一体的実施施設", dt.date(2020, 4, 1),
    )
    assert _metrics(second) == [
        ("支援対象者数", 200, 218, None), ("就職者数", 100, 109, None),
        ("就職率", Decimal("50.0"), Decimal("50.0"), None),
    ]
    assert _speakers(second) == [("ハローワーク越谷", "hello_work")]
    _spans_exact(doc, PDF_CELLS)


# --- 2. cells row by row; units in the header; a previous-year column; blank cells ---

PDF_ROWS = """千葉労働局　就労支援の取組紹介
（1）千葉県船橋市
ふなばし就労相談室
自治体名
労働局
ハローワーク
施設名
開設年月日
千葉県船橋市
千葉労働局
ハローワーク船橋
ふなばし就労相談室（常設窓口）
H27.10.1
【主な取組】
・市役所の窓口に求人検索機を置いた。
【実績】
項目
前年度実績
目標
実績
支援対象者数（人）
３１０
３００
３２６
就職者数（人）
１８０
１６０
１７１
就職率（％）
５８．１
－
５２．５

【コメント】
◎船橋市地域福祉課より
市と国の窓口が一つになり相談が途切れなくなった。
（2）千葉県柏市
かしわ就職サポート
自治体名
労働局
ハローワーク
施設名
開設年月日
千葉県柏市
千葉労働局
ハローワーク松戸
かしわ就職サポート（一体的実施施設）
2016/4/1
【主な取組】
・子育て中の方の求人を集めた。
【実績】
項目
前年度実績
目標
実績
支援対象者数（人）
１２０
１３０
１４１
就職者数（人）
６５
７０
７８
【コメント】
◎ハローワーク松戸より
保育の相談と同じ日に職業相談を受けられる。
"""


def test_pdf_rows_with_units_in_headers() -> None:
    doc = jirei.parse_text(PDF_ROWS)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert _header(first) == (
        "千葉県", "船橋市", "千葉労働局", ("ハローワーク船橋",), "ふなばし就労相談室", "常設窓口",
        dt.date(2015, 10, 1),
    )
    assert _metrics(first) == [
        ("支援対象者数", 300, 326, None), ("就職者数", 160, 171, None),
        ("就職率", None, Decimal("52.5"), None),
    ]
    assert [m.actual.unit for m in first.metrics if m.actual] == ["人", "人", "%"]
    assert _speakers(first) == [("船橋市地域福祉課", "municipality")]
    assert _header(second) == (
        "千葉県", "柏市", "千葉労働局", ("ハローワーク松戸",), "かしわ就職サポート",
        "一体的実施施設", dt.date(2016, 4, 1),
    )
    assert _metrics(second) == [("支援対象者数", 130, 141, None), ("就職者数", 70, 78, None)]
    assert _speakers(second) == [("ハローワーク松戸", "hello_work")]


# --- 3. a web page of definition lists: blank lines, values over lines, other labels ---

WEB_DL = """兵庫労働局
トップ ＞ 取組事例 ＞ 一体的実施
最終更新日　2024年3月29日

あまがさき就労支援窓口（尼崎市）
生活と仕事の相談をワンストップで

所在市町村
兵庫県尼崎市

連携機関
兵庫労働局
ハローワーク尼崎

窓口の種類
常設窓口

開設年月日
平成28年（2016年）1月4日

取組の特徴
市の生活相談の窓口に職業相談の席を並べた。
相談の予約を一つの台帳で管理した。
令和5年度の実績
支援対象者数は目標250人に対し263人（達成率105.2％）でした。
担当者より
◎尼崎市福祉相談支援課
同じフロアで相談が完結するため、利用者の負担が減りました。

ひめじ就労サポート（姫路市）
ひとり親の就職を支える

所在市町村
兵庫県姫路市

連携機関
兵庫労働局
ハローワーク姫路

窓口の種類
一体的実施施設

開設年月日
令和元年7月1日

取組の特徴
ひとり親の方に向けた求人を集めた。
令和5年度の実績
就職者数は目標80人に対し91人となり、達成率は113.8％でした。
担当者より
◎ハローワーク姫路
市の担当者と一緒に面談できるようになりました。
"""


def test_web_definition_lists_with_blank_lines() -> None:
    doc = jirei.parse_text(WEB_DL)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert first.title == "生活と仕事の相談をワンストップで"
    assert _header(first) == (
        "兵庫県", "尼崎市", "兵庫労働局", ("ハローワーク尼崎",), None, "常設窓口",
        dt.date(2016, 1, 4),
    )
    assert _metrics(first) == [("支援対象者数", 250, 263, Decimal("105.2"))]
    assert _speakers(first) == [("尼崎市福祉相談支援課", "municipality")]
    assert second.title == "ひとり親の就職を支える"
    assert _header(second)[:4] == ("兵庫県", "姫路市", "兵庫労働局", ("ハローワーク姫路",))
    assert second.start_date == dt.date(2019, 7, 1)
    assert _metrics(second) == [("就職者数", 80, 91, Decimal("113.8"))]
    assert _speakers(second) == [("ハローワーク姫路", "hello_work")]


# --- 4. a markdown page whose definition lists have bold labels and other label words ---

MD_DL = """# 京都労働局　一体的実施の取組

## うじ就労ステーション

### 商店街の求人を地元の求職者へ

**設置自治体**
京都府宇治市

**施設の名称**
うじ就労ステーション

**連携するハローワーク**
京都労働局
ハローワーク宇治

**事業開始日**
令和元年10月1日

#### 取組の内容
- 商店街の事業所を訪ねて求人を集めた。
- 求人票を毎週入れ替えた。

#### 実績（令和5年度）
- 支援対象者数：目標90人 → 実績96人（達成率106.7％）
- 就職者数：目標50人 → 実績53人（達成率106.0％）

## ふくちやま就労サポート

### 農業法人と結ぶ就職支援

**設置自治体**
京都府福知山市

**施設の名称**
ふくちやま就労サポート

**連携するハローワーク**
京都労働局
ハローワーク福知山

**事業開始日**
平成30年4月2日

#### 取組の内容
- 農業法人の見学会を開いた。

#### 実績（令和5年度）
- 就職者数：目標30人 → 実績35人（達成率116.7％）
"""


def test_markdown_definition_lists() -> None:
    doc = jirei.parse_text(MD_DL)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert first.title == "商店街の求人を地元の求職者へ"
    assert _header(first)[:5] == (
        "京都府", "宇治市", "京都労働局", ("ハローワーク宇治",), "うじ就労ステーション"
    )
    assert first.start_date == dt.date(2019, 10, 1)
    assert _metrics(first) == [
        ("支援対象者数", 90, 96, Decimal("106.7")), ("就職者数", 50, 53, Decimal("106.0"))
    ]
    assert second.title == "農業法人と結ぶ就職支援"
    assert _header(second)[:5] == (
        "京都府", "福知山市", "京都労働局", ("ハローワーク福知山",), "ふくちやま就労サポート"
    )
    assert second.start_date == dt.date(2018, 4, 2)
    assert _metrics(second) == [("就職者数", 30, 35, Decimal("116.7"))]


# --- 5. a chapter report numbered 第1章 / 1-1 / (1) / ①; case lines ``（1）X市`` ---

OUTLINE_CHAPTERS = """第１章　一体的実施事業の概要
１－１　事業の目的
　本事業は、地方公共団体とハローワークが一体となって就労支援を行うものである。

第２章　各地の取組事例

（１）群馬県前橋市

～市役所の中のハローワーク～

①施設の概要
　ア　実施主体　　群馬県前橋市・群馬労働局（ハローワーク前橋）
　イ　施設名称　　まえばし就労支援室（常設窓口）
　ウ　開設年月日　平成二十七年十月一日

②取組の内容
　ア　福祉課の面談にナビゲーターが同席した。
　イ　求人情報を毎朝掲示した。

③実績
　支援対象者数は目標１５０人に対し１６２人（達成率１０８．０％）、就職者数は目標９０人に対し９４人（達成率１０４．４％）であった。

④関係者の声
　○前橋市社会福祉課
　　「相談者を待たせずに職業相談へつなげられる。」

（２）群馬県高崎市

～駅前で仕事探し～

①施設の概要
　ア　実施主体　　群馬県高崎市・群馬労働局（ハローワーク高崎）
　イ　施設名称　　たかさき仕事相談コーナー（一体的実施施設）
　ウ　開設年月日　令和２年４月１日

②取組の内容
　ア　駅前の商業施設に窓口を移した。

③実績
　就職者数は目標６０人に対し６６人（達成率１１０．０％）であった。

④関係者の声
　○ハローワーク高崎
　　「夜間の相談が増えた。」

第３章　今後の課題
　各地の取組を共有していく。
"""


def test_outline_with_chapters_and_bracketed_case_lines() -> None:
    doc = jirei.parse_text(OUTLINE_CHAPTERS)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert first.title == "市役所の中のハローワーク"
    assert _header(first) == (
        "群馬県", "前橋市", "群馬労働局", ("ハローワーク前橋",), "まえばし就労支援室", "常設窓口",
        dt.date(2015, 10, 1),
    )
    assert first.initiatives == (
        "福祉課の面談にナビゲーターが同席した。", "求人情報を毎朝掲示した。"
    )
    assert _metrics(first) == [
        ("支援対象者数", 150, 162, Decimal("108.0")), ("就職者数", 90, 94, Decimal("104.4"))
    ]
    assert _speakers(first) == [("前橋市社会福祉課", "municipality")]
    assert second.title == "駅前で仕事探し"
    assert _header(second) == (
        "群馬県", "高崎市", "群馬労働局", ("ハローワーク高崎",), "たかさき仕事相談コーナー",
        "一体的実施施設", dt.date(2020, 4, 1),
    )
    assert _metrics(second) == [("就職者数", 60, 66, Decimal("110.0"))]
    assert _speakers(second) == [("ハローワーク高崎", "hello_work")]


def test_chapter_line_ends_the_last_case() -> None:
    second = jirei.parse_text(OUTLINE_CHAPTERS).profiles[-1]
    assert "今後の課題" not in second.comments[-1].text


# --- 6. case lines ``事例1 X市「…」``; enumerated fields with other label words ---

OUTLINE_JIREI = """長野労働局管内における一体的実施の取組

事例1　松本市「福祉と就労の窓口を一つに」

1　施設の概要
　①実施自治体名：長野県松本市
　②連携ハローワーク：長野労働局　ハローワーク松本
　③窓口の名称：まつもと就労支援センター（常設窓口）
　④事業開始日：2017年4月3日

2　主な取組
　・生活保護の相談と同時に職業相談を受け付けた。
　・就職後の定着を電話で確かめた。

3　令和4年度の成果
　支援対象者数は目標１２０人に対し１３０人、就職者数は目標７０人に対し７５人であった。

事例2　上田市「若者の地元就職を応援」

1　施設の概要
　①実施自治体名：長野県上田市
　②連携ハローワーク：長野労働局　ハローワーク上田
　③窓口の名称：うえだ若者サポート（一体的実施施設）
　④事業開始日：令和3年10月1日

2　主な取組
　・大学と合同で企業説明会を開いた。

3　令和4年度の成果
　就職者数は目標４０人に対し４４人であった。
"""


def test_outline_with_quoted_titles_on_case_lines() -> None:
    doc = jirei.parse_text(OUTLINE_JIREI)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert first.title == "福祉と就労の窓口を一つに"
    assert _header(first) == (
        "長野県", "松本市", "長野労働局", ("ハローワーク松本",), "まつもと就労支援センター",
        "常設窓口", dt.date(2017, 4, 3),
    )
    assert len(first.initiatives) == 2
    assert _metrics(first) == [("支援対象者数", 120, 130, None), ("就職者数", 70, 75, None)]
    assert second.title == "若者の地元就職を応援"
    assert _header(second) == (
        "長野県", "上田市", "長野労働局", ("ハローワーク上田",), "うえだ若者サポート",
        "一体的実施施設", dt.date(2021, 10, 1),
    )
    assert _metrics(second) == [("就職者数", 40, 44, None)]


# --- 7. results sentences in other orders and wordings -------------------------------

SENTENCES = [
    # the target after the actual, 目標を上回る
    ("就職者数は８２人で、目標の７５人を上回った。", [("就職者数", 75, 82, None)]),
    # two metrics in one sentence joined by 、
    ("支援対象者数は目標100人に対し118人、就職者数は目標60人に対し64人であった。",
     [("支援対象者数", 100, 118, None), ("就職者数", 60, 64, None)]),
    # kanji numerals
    ("就職者数は目標五十人に対し五十五人であった。", [("就職者数", 50, 55, None)]),
    # 名 as the unit, the rate after the sentence's ending
    ("支援対象者数は目標200名に対して214名となりました（達成率107.0％）。",
     [("支援対象者数", 200, 214, Decimal("107.0"))]),
    # a bracket comparing with the year before: no rate, kept unread
    ("就職者数は１０８人（対前年比１１３．７％）であった。", [("就職者数", None, 108, None)]),
    # the report's year as the clause's topic; the year before in a clause of its own
    ("令和４年度の支援対象者数は目標１２０人に対し１３１人であった。",
     [("支援対象者数", 120, 131, None)]),
    ("昨年度は就職者数が５０人だったが、令和４年度は就職者数は６２人となった。",
     [("就職者数", None, 62, None)]),
    # a connective and 延べ
    ("さらに、相談件数は延べ1,250件であった。", [("相談件数", None, 1250, None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_results_sentence_variants(text: str, expected: list[tuple[object, ...]]) -> None:
    found = read_sentence(Line(normalise(text).text, 0), locate=Span)  # as the pipeline reads it
    assert found is not None
    got = [(m.label, _q(m.target), _q(m.actual), m.achievement_rate) for m in found.metrics]
    assert got == expected


SENTENCE_DOC = """福岡労働局　一体的実施の好事例

事例１
福岡県北九州市　×　ハローワーク八幡
～就職後も続く伴走支援～
■取組内容
・就職後も３か月間、電話で相談に応じた。
■実績
前年度は就職者数が９５人だったが、令和４年度は就職者数は目標１００人に対し１０８人（達成率１０８．０％）となった。
■関係者の声
○北九州市保護課
「就職後の相談先があることで定着につながっている。」

事例２
福岡県久留米市　×　ハローワーク久留米
～相談会を地域で開く～
■取組内容
・公民館で出張相談会を開いた。
■実績
支援対象者数は２１０人（目標２００人、達成率１０５．０％）となり、就職者数は１１５人（目標１１０人）であった。
■関係者の声
○ハローワーク久留米
「地域に出向くことで新たな利用者につながった。」
"""


def test_sentence_results_in_a_document() -> None:
    doc = jirei.parse_text(SENTENCE_DOC)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert (first.prefecture, first.municipality) == ("福岡県", "北九州市")
    assert first.hello_work == ("ハローワーク八幡",)
    assert first.title == "就職後も続く伴走支援"
    assert _metrics(first) == [("就職者数", 100, 108, Decimal("108.0"))]
    assert _speakers(first) == [("北九州市保護課", "municipality")]
    assert second.municipality == "久留米市"
    assert _metrics(second) == [
        ("支援対象者数", 200, 210, Decimal("105.0")), ("就職者数", 110, 115, None)
    ]
    assert _speakers(second) == [("ハローワーク久留米", "hello_work")]


# --- 8. a facts block of enumerated lines with synonyms, in a numbered outline --------

FIELD_BLOCK = """令和４年度　一体的実施事業報告（新潟労働局）

１　新潟市の取組

（１）施設の概要
　（ア）設置市町村：新潟県新潟市
　（イ）協働する安定所：新潟労働局　ハローワーク新潟
　（ウ）窓口の種別：常設窓口
　（エ）運営開始日：令和元年５月７日

（２）取組の内容
　ア　区役所の相談窓口に求人情報端末を置いた。
　イ　月に一度、合同のケース会議を開いた。

（３）実績
　就職者数は目標１８０人に対し１９２人（達成率１０６．７％）であった。

２　長岡市の取組

（１）施設の概要
　（ア）設置市町村：新潟県長岡市
　（イ）協働する安定所：新潟労働局　ハローワーク長岡
　（ウ）窓口の種別：一体的実施施設
　（エ）運営開始日：平成２９年１０月２日

（２）取組の内容
　ア　子育て中の方に短時間の求人を紹介した。

（３）実績
　支援対象者数は目標９０人に対し１０１人（達成率１１２．２％）であった。
"""


def test_enumerated_field_block_with_synonyms() -> None:
    doc = jirei.parse_text(FIELD_BLOCK)
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    assert _header(first) == (
        "新潟県", "新潟市", "新潟労働局", ("ハローワーク新潟",), None, "常設窓口",
        dt.date(2019, 5, 7),
    )
    assert first.initiatives == (
        "区役所の相談窓口に求人情報端末を置いた。", "月に一度、合同のケース会議を開いた。"
    )
    assert _metrics(first) == [("就職者数", 180, 192, Decimal("106.7"))]
    assert _header(second) == (
        "新潟県", "長岡市", "新潟労働局", ("ハローワーク長岡",), None, "一体的実施施設",
        dt.date(2017, 10, 2),
    )
    assert _metrics(second) == [("支援対象者数", 90, 101, Decimal("112.2"))]
