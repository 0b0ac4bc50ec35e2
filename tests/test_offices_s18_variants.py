"""The genre as other offices publish it, a fourth pass (branch ``offices-s18``, decisions
3456-3470).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a chapter's overview (its heading, an overview paragraph naming the bureau and the total
  figures of every facility) is no case, and the bureau it names as its cases' partner is
  theirs (3456, 3457);
* a start date alone on its line, its start word after it (``平成29年2月1日事業開始``), is a
  header fact, no headline (3458).
"""

from __future__ import annotations

import unicodedata

import attrs
import pytest

import jirei


def _metrics(case: jirei.Profile) -> list[tuple[str, object, object]]:
    return [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
        for m in case.metrics
    ]


# --------------------------------------------------------------------------------------
# a chapter's overview is no case; its bureau is the cases' (3456, 3457)

_CASE = """{mark}{city}（{office}）
　　{name}（一体的実施施設）
　　{date}事業開始

　{title}

　【取組内容】
　・{item}

　【{year}　事業目標と実績】
　区　分　　　　　　目　標　　　　実　績
　支援対象者数　　　{target}人　　　{actual}人
　就職者数　　　　　{target2}人　　　{actual2}人

　（関係者の声）
　◇{city}福祉課
　　{voice}
"""


def _report(heading: str, overview: str, cases: list[dict[str, str]]) -> str:
    return heading + "\n\n" + overview + "\n\n" + "\n".join(_CASE.format(**c) for c in cases)


_MIYAGI = [
    dict(mark="ア　", city="仙台市", office="ハローワーク仙台", name="せんだい就労プラザ",
         date="平成27年4月1日", title="駅前の窓口で相談から就職まで", item="ケース会議を毎週開催",
         year="令和2年度", target="300", actual="321", target2="150", actual2="166",
         voice="相談の流れが早くなった。"),
    dict(mark="イ　", city="石巻市", office="ハローワーク石巻", name="いしのまき仕事コーナー",
         date="平成28年10月3日", title="沿岸部の出張相談", item="沿岸部で出張相談を実施",
         year="令和2年度", target="120", actual="118", target2="70", actual2="74",
         voice="出張相談で利用者が増えた。"),
    dict(mark="ウ　", city="大崎市", office="ハローワーク古川", name="おおさき就労サポート",
         date="令和元年7月1日", title="農業分野の職場体験", item="農業法人と職場体験を実施",
         year="令和2年度", target="80", actual="85", target2="40", actual2="43",
         voice="職場体験から就職が決まった。"),
]


@pytest.mark.parametrize(
    ("heading", "overview", "bureau"),
    [
        (  # a numbered sub-chapter, its overview under （１）概要
            "４－２　自治体とハローワークの一体的実施",
            "（１）概要\n　市と宮城労働局・ハローワークが一体となって就労支援を行っている。県内では"
            "９市に施設があり、全施設合計の支援対象者数は2,410人、就職者数は1,388人であった。\n"
            "（２）各施設の取組",
            "宮城労働局",
        ),
        (  # a chapter heading in 第N節, the totals as a sentence of their own
            "第３節　福祉事務所とハローワークの連携",
            "■概要\n　宮城労働局と県内の市が協定を結び、一体的実施施設を運営している。\n"
            "　令和２年度の合計では、支援対象者数は1,962人、就職者数は1,105人となった。",
            "宮城労働局",
        ),
        (  # a Roman chapter number, the totals as the year's whole and a lead line
            "Ⅲ－２　市とハローワークの一体的実施",
            "（１）概要\n　各市と宮城労働局が協定を結んでいる。令和２年度は全体で支援対象者数"
            "2,410人、就職者数1,388人の実績となった。\n　以下、３施設の取組を紹介する。",
            "宮城労働局",
        ),
    ],
)
def test_an_overview_is_no_case_and_its_bureau_is_the_cases(
    heading: str, overview: str, bureau: str
) -> None:
    doc = jirei.parse_text(_report(heading, overview, _MIYAGI))
    assert [p.municipality for p in doc.profiles] == ["仙台市", "石巻市", "大崎市"]
    assert [p.labour_bureau for p in doc.profiles] == [bureau] * 3
    assert all("labour_bureau" in p.inferred for p in doc.profiles)
    assert _metrics(doc.profiles[0]) == [("支援対象者数", 300, 321), ("就職者数", 150, 166)]
    assert [p.title for p in doc.profiles] == [c["title"] for c in _MIYAGI]


def test_an_overview_of_another_bureau_fills_no_case() -> None:
    """The overview names the 宮城 bureau, the cases stand in 山形県: not their partner."""
    cases = [
        {**c, "city": city, "office": office}
        for c, (city, office) in zip(
            _MIYAGI,
            [
                ("山形市", "ハローワーク山形"),
                ("米沢市", "ハローワーク米沢"),
                ("酒田市", "ハローワーク酒田"),
            ],
            strict=True,
        )
    ]
    overview = (
        "（１）概要\n　宮城労働局と各市が一体となって就労支援を行っている。"
        "全施設合計の支援対象者数は2,410人であった。"
    )
    doc = jirei.parse_text(_report("４－２　一体的実施", overview, cases))
    assert [p.municipality for p in doc.profiles] == ["山形市", "米沢市", "酒田市"]
    assert [p.labour_bureau for p in doc.profiles] == [None, None, None]


def test_only_prose_figures_make_an_overview() -> None:
    """A placeless stretch whose figures stand in no overview paragraph (a results table's
    rows), or that names a place or holds a voice, is no overview."""
    from jirei.chapterheads import is_overview
    from jirei.model import Comment, Metric, Profile, Quantity, Span, TextBlock

    paragraph = TextBlock("概要", "全施設合計の就職者数は1,388人であった。", Span(10, 40))
    inside = Metric("就職者数", actual=Quantity(1388, "人"), span=Span(20, 26))
    outside = Metric("就職者数", actual=Quantity(1388, "人"), span=Span(60, 66))
    base = Profile(title="一体的実施", labour_bureau="宮城労働局", unclassified=(paragraph,))
    assert is_overview(attrs.evolve(base, metrics=(inside,)))
    assert not is_overview(attrs.evolve(base, metrics=(outside,)))  # a table's row
    assert not is_overview(attrs.evolve(base, metrics=(inside,), municipality="仙台市"))
    voice = Comment(speaker="仙台市", role="municipality", text="相談が増えた。")
    assert not is_overview(attrs.evolve(base, metrics=(inside,), comments=(voice,)))
    assert not is_overview(attrs.evolve(base, labour_bureau=None))  # (a bare heading's own)


def test_an_overview_among_fewer_than_three_cases_stays() -> None:
    overview = (
        "（１）概要\n　市と宮城労働局が一体となって就労支援を行っている。全施設合計の支援対象者数は"
        "2,410人であった。"
    )
    doc = jirei.parse_text(_report("４－２　一体的実施", overview, _MIYAGI[:1]))
    assert doc.profiles[-1].municipality == "仙台市"


# --------------------------------------------------------------------------------------
# a start date alone on its line is no headline (3458)


@pytest.mark.parametrize(
    "date",
    [
        "平成29年2月1日事業開始",
        "（令和２年１月６日開設）",
        "2019年10月1日　開所",
        "令和三年十月一日から事業開始",
    ],
)
def test_a_start_date_line_is_no_title(date: str) -> None:
    untitled = dict(_MIYAGI[2])
    text = (
        "４－２　一体的実施\n\n（１）概要\n　市と宮城労働局が一体となって就労支援を行っている。"
        "全施設合計の就職者数は1,388人であった。\n\n"
        + _CASE.format(**_MIYAGI[0])
        + _CASE.format(**_MIYAGI[1])
        + _CASE.format(**untitled).replace(f"　{untitled['title']}\n\n", "").replace(
            f"{untitled['date']}事業開始", date
        )
    )
    doc = jirei.parse_text(text)
    assert [p.municipality for p in doc.profiles] == ["仙台市", "石巻市", "大崎市"]
    assert doc.profiles[2].title is None
    assert doc.profiles[2].start_date is not None
    assert doc.profiles[0].title == _MIYAGI[0]["title"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("平成29年2月1日事業開始", True),
        ("　（令和２年１月６日開設）", True),
        ("2019年10月1日 開所", True),
        ("令和3年10月1日から事業開始", True),
        ("令和3年10月1日に開設した窓口で就職者が倍増", False),  # a headline naming its date
        ("事業開始から3年、就職者は500人に", False),
        ("平成29年2月1日", False),  # a date with no start word
        ("開設5周年を迎えた駅前の窓口", False),
    ],
)
def test_start_date_line(line: str, expected: bool) -> None:
    from jirei.fieldtitle import start_date_line

    assert start_date_line(unicodedata.normalize("NFKC", line)) is expected


# --------------------------------------------------------------------------------------
# the year the document says its cases report beats a year a case mentions in passing (3459)

_PLAIN = """■ {city}　{name}（一体的実施施設）
{city}・{office}　{date}事業開始

{title}

【取組内容】
・{item}

【事業目標と実績】
支援対象者数　目標{target}人　実績{actual}人

【{city}福祉課の声】
{voice}
"""

_NIIGATA = [
    dict(city="新潟市", name="にいがた就労ステーション", office="ハローワーク新潟",
         title="区役所で完結", date="平成28年4月1日", item="区役所で出張相談を実施",
         target="200", actual="214",
         voice="相談の件数が増えた。"),
    dict(city="長岡市", name="ながおか仕事サポート", office="ハローワーク長岡",
         title="夜間の相談窓口", date="平成29年10月2日", item="ひとり親の夜間相談を実施",
         target="90", actual="97",
         voice="令和５年度は企業見学を増やしたい。"),
]


def _cases(cases: list[dict[str, str]]) -> str:
    return "\n".join(_PLAIN.format(**c) for c in cases)


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (  # a web page dated in the next year, its title naming the year of the 取組
            "新潟労働局\n\n福祉と就労の一体的支援　県内２施設の令和３年度の取組を紹介します\n\n"
            "2022年6月15日\n新潟労働局 職業安定部\n\n",
            2021,
        ),
        (  # a memo dated in 令和五年, its body naming the year of its 実績
            "起案日\t令和五年五月十二日\n件名\t一体的実施事業の報告について\n\n本文\n\n"
            "　協定に基づく令和４年度の実績が取りまとまりましたので、下記のとおり報告します。"
            "\n\n記\n\n",
            2022,
        ),
        (  # a report's cover: the edition's year first, the year of its results under it
            "令和元年度\n\n新潟県雇用対策年次報告\n（平成30年度の取組と実績）\n\n令和元年９月\n\n",
            2018,
        ),
    ],
)
def test_the_documents_results_year(front: str, expected: int) -> None:
    doc = jirei.parse_text(front + _cases(_NIIGATA))
    assert [p.municipality for p in doc.profiles] == ["新潟市", "長岡市"]
    assert [p.title for p in doc.profiles] == ["区役所で完結", "夜間の相談窓口"]
    assert [p.fiscal_year for p in doc.profiles] == [expected, expected]
    span = doc.profiles[1].spans["fiscal_year"]
    assert (front + _cases(_NIIGATA))[span.start : span.end].endswith("年度")


def test_a_plans_year_is_no_results_year() -> None:
    """``令和３年度の取組方針`` names a plan: the cases keep what they read (長岡's voice
    names the only year)."""
    front = "新潟労働局\n\n目次\n１　運営状況\n２　令和３年度の取組方針\n\n"
    doc = jirei.parse_text(front + _cases(_NIIGATA))
    assert [p.fiscal_year for p in doc.profiles] == [None, 2023]


def test_a_results_heading_keeps_its_year() -> None:
    front = "新潟労働局\n\n県内２施設の令和３年度の取組を紹介します\n\n2022年6月15日\n\n"
    text = front + _cases(_NIIGATA).replace("【事業目標と実績】", "【令和２年度　事業目標と実績】")
    doc = jirei.parse_text(text)
    assert [p.fiscal_year for p in doc.profiles] == [2020, 2020]


# --------------------------------------------------------------------------------------
# the facility's own heading line, its name and bracketed kind, is no title (3460)

_MEMO = """本文

　令和４年度の実績を下記のとおり報告します。

記

{n1}ワークサポートこうち{o}一体的実施施設{c}
（１）概要
　設置場所　高知市役所本庁舎２階
　事業開始　平成二十七年四月一日
　連携機関　高知労働局、ハローワーク高知

（２）取組内容
　ア　送致票を電子化した。

（３）実績
項目\t目標\t実績\t達成率
支援対象者数\t３００人以上\t321人\t107.0%

{n2}春野しごと相談窓口{o}一体的実施施設{c}
（１）概要
　設置場所　高知市春野支所
　事業開始　令和二年十月一日
　連携機関　高知労働局、ハローワーク高知

（２）取組内容
　ア　巡回相談を実施した。

（３）実績
項目\t目標\t実績\t達成率
支援対象者数\t40人程度\t37人\t92.5%

以上
"""


@pytest.mark.parametrize(
    ("n1", "n2", "o", "c"),
    [("１　", "２　", "（", "）"), ("■", "■", "【", "】"), ("", "", "（", "）")],
)
def test_a_facility_heading_is_no_title(n1: str, n2: str, o: str, c: str) -> None:
    doc = jirei.parse_text(_MEMO.format(n1=n1, n2=n2, o=o, c=c))
    assert [(p.facility_name, p.facility_type) for p in doc.profiles] == [
        ("ワークサポートこうち", "一体的実施施設"),
        ("春野しごと相談窓口", "一体的実施施設"),
    ]
    assert [p.title for p in doc.profiles] == [None, None]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("1 ワークサポートこうち(一体的実施施設)", True),
        ("■ワークサポートこうち【一体的実施施設】", True),
        ("(2)ワークサポートこうち(一体的実施施設)", True),
        ("ワークサポートこうち(一体的実施施設)で就職者が倍増", False),  # a catch phrase
        ("ワークサポートこうち(令和2年度)", False),  # no kind in the bracket
        ("開設5年目のワークサポートこうち(一体的実施施設)", False),  # words before the name
    ],
)
def test_is_name_heading(title: str, expected: bool) -> None:
    from jirei.nametitle import is_name_heading

    assert is_name_heading(title, "ワークサポートこうち", "一体的実施施設") is expected


# --------------------------------------------------------------------------------------
# a catch phrase alone under a case's opening block is its title (3461)

_NEWS = """三重労働局

県内２施設の令和４年度の取組を紹介します

2023年5月10日

{mark}津市　つ就労サポート（一体的実施施設）
津市・ハローワーク津　平成27年4月1日事業開始

{title1}

{caption}

・生活保護の窓口から直接ご案内
・オンライン面接の練習を実施

目標／実績：就職者数　目標200人以上 → 実績214人（達成率107.0％）

{mark}四日市市　よっかいち仕事コーナー（一体的実施施設）
四日市市・ハローワーク四日市　平成28年10月3日事業開始

{caption}

・夜間の相談時間を延長
・出張相談を実施

目標／実績：支援対象者数　目標180人 → 実績176人（達成率97.8％）
"""


@pytest.mark.parametrize(
    ("mark", "title1", "caption"),
    [
        ("■ ", "「来所したその日に相談」を合言葉に", "［写真］市役所１階の相談ブース"),
        ("◆", "駅前の窓口で相談から就職まで", "（写真）夕方の相談の様子"),
        ("● ", "ひとり親の「働きたい」を時間面から支える", "写真：キッズスペースのある相談室"),
    ],
)
def test_a_catch_phrase_under_the_opening_block(mark: str, title1: str, caption: str) -> None:
    doc = jirei.parse_text(_NEWS.format(mark=mark, title1=title1, caption=caption))
    assert [p.municipality for p in doc.profiles] == ["津市", "四日市市"]
    assert [p.title for p in doc.profiles] == [title1, None]  # (a caption is no title)
    assert [p.fiscal_year for p in doc.profiles] == [2022, 2022]


def test_a_paragraph_under_the_opening_block_is_no_title() -> None:
    story = "市役所の１階に窓口を置き、生活保護の相談からご案内している\n当日に職業相談を行う。"
    doc = jirei.parse_text(_NEWS.format(mark="■ ", title1=story, caption=""))
    assert [p.title for p in doc.profiles] == [None, None]


# --------------------------------------------------------------------------------------
# a speaker line saying whom the quoted words come from (``…の担当者より``) (3462)


@pytest.mark.parametrize(
    ("line", "speaker", "role"),
    [
        ("津市健康福祉部生活支援課の担当者より", "津市健康福祉部生活支援課", "municipality"),
        ("ハローワーク津から", "ハローワーク津", "hello_work"),
        ("三重労働局職業安定部の担当者から", "三重労働局職業安定部", "labour_bureau"),
        ("津市福祉部より", "津市福祉部", "municipality"),
    ],
)
def test_a_speaker_line_over_a_quotation(line: str, speaker: str, role: str) -> None:
    quote = "「その日のうちにハローワークにつなげられるようになりました。」"
    text = _NEWS.format(mark="■ ", title1="駅前の窓口", caption="").replace(
        "（達成率107.0％）\n", f"（達成率107.0％）\n\n{line}\n{quote}\n"
    )
    case = jirei.parse_text(text).profiles[0]
    assert [(c.speaker, c.role, c.text) for c in case.comments] == [
        (speaker, role, quote[1:-1])
    ]


@pytest.mark.parametrize("line", ["市民の皆様より", "より", "窓口の担当者より"])
def test_a_line_naming_no_stakeholder_gives_no_comment(line: str) -> None:
    quote = "「その日のうちにハローワークにつなげられるようになりました。」"
    text = _NEWS.format(mark="■ ", title1="駅前の窓口", caption="").replace(
        "（達成率107.0％）\n", f"（達成率107.0％）\n\n{line}\n{quote}\n"
    )
    assert jirei.parse_text(text).profiles[0].comments == ()


# --------------------------------------------------------------------------------------
# a page's sentence sending the reader to ask someone belongs to no case (3463)


@pytest.mark.parametrize(
    "closing",
    [
        "各施設の所在地・相談日時は、下記の各ハローワークへお問い合わせください。",
        "詳しくは各市の福祉担当課までお問合せ下さい。",
        "ご不明な点は三重労働局職業対策課へご連絡ください",
    ],
)
def test_an_inquiry_line_is_no_item(closing: str) -> None:
    text = _NEWS.format(mark="■ ", title1="駅前の窓口", caption="") + f"\n{closing}\n"
    case = jirei.parse_text(text).profiles[-1]
    assert case.municipality == "四日市市"
    assert case.initiatives == ("夜間の相談時間を延長", "出張相談を実施")
    assert closing not in case.other_results


def test_an_item_naming_an_inquiry_stays() -> None:
    text = _NEWS.format(mark="■ ", title1="駅前の窓口", caption="").replace(
        "・出張相談を実施", "・出張相談を実施。予約は市へお問い合わせください。"
    )
    case = jirei.parse_text(text).profiles[-1]
    assert case.initiatives[-1] == "出張相談を実施。予約は市へお問い合わせください。"


# --------------------------------------------------------------------------------------
# a chapter's overview stating no figure does not swallow the first case (3464)


@pytest.mark.parametrize(
    ("heading", "overview"),
    [
        ("４－２　自治体とハローワークの一体的実施",
         "（１）概要\n　市と宮城労働局・ハローワークが一体となって就労支援を行っている。\n"
         "　本節では、このうち３施設の取組を紹介する。"),
        ("第３節　福祉事務所とハローワークの連携",
         "【概要】\n　県内の各市が庁舎内にハローワークの窓口を設けている。"),
        ("Ⅲ－２　市とハローワークの一体的実施",
         "（１）概要\n　各市と宮城労働局が協定を結んでいる。\n　以下、３施設の取組を紹介する。\n"
         "（２）各施設の取組"),
    ],
)
def test_an_overview_without_figures_opens_no_case(heading: str, overview: str) -> None:
    doc = jirei.parse_text(_report(heading, overview, _MIYAGI))
    assert [p.municipality for p in doc.profiles] == ["仙台市", "石巻市", "大崎市"]
    assert [p.title for p in doc.profiles] == [c["title"] for c in _MIYAGI]
    assert doc.profiles[0].facility_name == "せんだい就労プラザ"
    assert _metrics(doc.profiles[0]) == [("支援対象者数", 300, 321), ("就職者数", 150, 166)]


def test_a_case_whose_overview_holds_its_partner_line_stays_whole() -> None:
    """A case's own 【概要】 with its partner line under a sentence: the case keeps its
    headline (the rules read it whole)."""
    text = """駅前の窓口で相談から就職まで

【概要】
　市役所の１階に窓口を置き、生活保護の相談から就職まで支援している。
川口市 × 埼玉労働局・ハローワーク川口
かわぐち就労サポート（一体的実施施設）　平成27年4月1日事業開始

【取組内容】
・ケース会議を毎週開催

【令和2年度実績】
就職者数　目標100人　実績112人

【川口市コメント】
相談が早くなった。

夜間の窓口で相談

【概要】
　夜間に窓口を開けている。
草加市 × 埼玉労働局・ハローワーク草加
そうか就労サポート（一体的実施施設）　平成28年4月1日事業開始

【取組内容】
・夜間相談を実施

【令和2年度実績】
就職者数　目標50人　実績52人
"""
    doc = jirei.parse_text(text)
    assert [(p.title, p.municipality) for p in doc.profiles] == [
        ("駅前の窓口で相談から就職まで", "川口市"),
        ("夜間の窓口で相談", "草加市"),
    ]
