"""The seed's genre as other offices publish it (branch ``offices-s14``, decisions 2721-2735).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a page's shared results table under that page's cases, one column group per case, the
  next page's cases after it: each case takes its own group, and the cases after the table
  keep their own comments (2721-2722);
* a title closing with its edition's year (``（令和3年度版）``) gives way to the year the lead
  says the cases report (2724);
* a marked speaker line may close with a bracket describing the person (2723);
* a 業務年報 in running prose: one case per lettered paragraph (``ア 前橋市「…」（…）``), the
  header facts and figures inside its sentences, hard wraps inside names and figures,
  ``（同116.9％）`` for the rate (2725-2729);
* a case label naming the facility with its place in brackets (``事例１　name（city）``) is
  no headline: the catch phrase under it is (2730).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex

import jirei

# --------------------------------------------------------------------------------------
# a page's shared table under that page's cases (2721-2722)


def _page_case(mark: str, pref: str, city: str, bureau: str, office: str, name: str,
               voice: str) -> str:
    return f"""【事例{mark}】【{pref}{city}】【{bureau}・{office}】
{name}（一体的実施施設）　平成２８年４月１日事業開始

{city}の窓口で相談から就職までを支える取組

＜取組内容＞
○市の窓口で{office}の職業相談を実施

＜{city}コメント＞
{voice}

"""


def _two_pages(table_one: str, table_two: str) -> str:
    return (
        "令和４年度　一体的実施　好事例集\n\n"
        + _page_case("Ａ", "静岡県", "沼津市", "静岡労働局", "ハローワーク沼津",
                     "ぬまづ就労コーナー", "窓口が近くなり相談が続くようになった。")
        + _page_case("Ｂ", "静岡県", "富士市", "静岡労働局", "ハローワーク富士", "ふじ就労サポート",
                     "ひとり親の方の来所が増えている。")
        + table_one
        + "\n－ ２ －\n\n\n"
        + _page_case("Ｃ", "静岡県", "磐田市", "静岡労働局", "ハローワーク磐田",
                     "いわた就労支援室", "職場見学から就職した方が増えた。")
        + _page_case("Ｄ", "静岡県", "掛川市", "静岡労働局", "ハローワーク掛川",
                     "かけがわワークサポート", "企業との面接会が好評だった。")
        + table_two
        + "\n－ ３ －\n"
    )


_TABS_ONE = """■令和４年度　事業目標と実績（事例Ａ・事例Ｂ）
\t事例Ａ　沼津市\t\t\t事例Ｂ　富士市
\t目標\t実績\t達成率\t目標\t実績\t達成率
支援対象者数\t200人以上\t214人\t107.0%\t120人以上\t118人\t98.3%
就職者数\t130人以上\t141人\t108.5%\t78人以上\t80人\t102.6%
"""
_TABS_TWO = """■令和４年度　事業目標と実績（事例Ｃ・事例Ｄ）
\t事例Ｃ　磐田市\t\t事例Ｄ　掛川市
\t目標\t実績（達成率）\t目標\t実績（達成率）
支援対象者数\t１５０人以上\t１６２人（108.0％）\t－\t９１人
就職者数\t９８人以上\t１０４人（106.1％）\t－\t５５人
"""
# the same tables keyed by the cities alone, under a ◆ caption
_CITY_ONE = _TABS_ONE.replace("事例Ａ　", "").replace("事例Ｂ　", "").replace("■", "◆")
_CITY_TWO = _TABS_TWO.replace("事例Ｃ　", "").replace("事例Ｄ　", "").replace("■", "◆")
# a caption in brackets of its own, no mark
_PLAIN_ONE = _TABS_ONE.replace("■", "【").replace("（事例Ａ・事例Ｂ）", "】")
_PLAIN_TWO = _TABS_TWO.replace("■", "【").replace("（事例Ｃ・事例Ｄ）", "】")


@pytest.mark.parametrize(
    ("one", "two"), [(_TABS_ONE, _TABS_TWO), (_CITY_ONE, _CITY_TWO), (_PLAIN_ONE, _PLAIN_TWO)]
)
def test_each_page_table_gives_its_cases_their_column_group(one: str, two: str) -> None:
    doc = jirei.parse_text(_two_pages(one, two))
    assert [p.municipality for p in doc.profiles] == ["沼津市", "富士市", "磐田市", "掛川市"]
    got = [
        [(m.label, m.target and m.target.value, m.actual and m.actual.value, m.achievement_rate)
         for m in p.metrics]
        for p in doc.profiles
    ]
    assert got[0] == [("支援対象者数", 200, 214, Decimal("107.0")),
                      ("就職者数", 130, 141, Decimal("108.5"))]
    assert got[1] == [("支援対象者数", 120, 118, Decimal("98.3")),
                      ("就職者数", 78, 80, Decimal("102.6"))]
    assert got[2] == [("支援対象者数", 150, 162, Decimal("108.0")),
                      ("就職者数", 98, 104, Decimal("106.1"))]
    assert got[3] == [("支援対象者数", None, 91, None), ("就職者数", None, 55, None)]
    # the cases after the first table keep their comments; none takes the caption
    speakers = [[c.speaker for c in p.comments] for p in doc.profiles]
    assert speakers == [["沼津市"], ["富士市"], ["磐田市"], ["掛川市"]]
    texts = [c.text for p in doc.profiles for c in p.comments]
    assert not any("事業目標" in t for t in texts), texts
    assert [len(p.initiatives) for p in doc.profiles] == [1, 1, 1, 1]


def test_one_table_after_every_case_still_reads_as_before() -> None:
    """Negative: with all the cases before one shared table, no case opens after it."""
    one = _TABS_ONE.replace("（事例Ａ・事例Ｂ）", "")
    text = (
        "令和４年度　一体的実施　好事例集\n\n"
        + _page_case("Ａ", "静岡県", "沼津市", "静岡労働局", "ハローワーク沼津",
                     "ぬまづ就労コーナー", "窓口が近くなり相談が続くようになった。")
        + _page_case("Ｂ", "静岡県", "富士市", "静岡労働局", "ハローワーク富士", "ふじ就労サポート",
                     "ひとり親の方の来所が増えている。")
        + one
    )
    doc = jirei.parse_text(text)
    assert [[m.actual.value for m in p.metrics] for p in doc.profiles] == [[214, 141], [118, 80]]
    assert [[c.speaker for c in p.comments] for p in doc.profiles] == [["沼津市"], ["富士市"]]


# --------------------------------------------------------------------------------------
# an edition's year and the lead's (2724)


def _web(title: str, lead: str) -> str:
    return f"""{title}

　{lead}

事例１　駅前の窓口で相談から就職まで

所在地　　　　岡山県倉敷市
労働局　　　　岡山労働局
ハローワーク　ハローワーク倉敷中央
施設名　　　　くらしき就労サポート（一体的実施施設）
事業開始　　　平成29年4月3日

【取組の概要】
・市の窓口でハローワークの職業相談を実施

【成果】
就職者数　１２０人（目標１００人以上、達成率120.0％）
"""


@pytest.mark.parametrize(
    ("title", "lead", "year"),
    [
        ("一体的実施事業の取組事例（令和３年度版）",
         "令和２年度の主な取組事例を紹介します。", 2020),
        ("好事例集（2023年度版）", "本ページでは2022年度の実績をまとめました。", 2022),
        ("取組事例（令和５年度版）", "県内の施設の令和４年度の取り組みを紹介します。", 2022),
        # negatives: no year in the lead, or a title that is no edition
        ("一体的実施事業の取組事例（令和３年度版）", "県内の施設の取組を紹介します。", 2021),
        ("一体的実施事業の取組事例（令和３年度）", "令和２年度の主な取組事例を紹介します。", 2021),
    ],
)
def test_an_edition_title_defers_to_the_year_its_lead_names(title: str, lead: str,
                                                            year: int) -> None:
    profile = jirei.parse_text(_web(title, lead)).profiles[0]
    assert profile.fiscal_year == year


# --------------------------------------------------------------------------------------
# a marked speaker closed by a bracket describing the person (2723)

_VOICES = """【福岡県久留米市】【福岡労働局・ハローワーク久留米】
くるめ就労支援コーナー（常設窓口）　令和２年４月１日事業開始

子育て中の方の相談を予約制に

【取組の概要】
・予約制の職業相談を実施

【関係者の声】
{mark}久留米市生活支援課
「予約制にしたことで相談が続くようになった。」
{mark}{person}
「希望に合う仕事が見つかりました。」
"""


@pytest.mark.parametrize(
    ("mark", "person", "speaker"),
    [
        ("◎", "就職した利用者（30代女性）", "就職した利用者(30代女性)"),
        ("■", "利用者（40代男性）", "利用者(40代男性)"),
        ("○", "受講者（50歳・女性）", "受講者(50歳・女性)"),
    ],
)
def test_a_person_in_brackets_closes_a_marked_speaker(mark: str, person: str,
                                                      speaker: str) -> None:
    profile = jirei.parse_text(_VOICES.format(mark=mark, person=person)).profiles[0]
    got = [(c.speaker, c.role, c.text) for c in profile.comments]
    assert got == [
        ("久留米市生活支援課", "municipality", "予約制にしたことで相談が続くようになった。"),
        (speaker, "other", "希望に合う仕事が見つかりました。"),
    ]


@pytest.mark.parametrize(
    "line",
    ["○委員（山形市福祉推進部生活福祉課長）", "○事務局（ハローワーク山形）",
     "◎会長（米沢市健康福祉部長）"],
)
def test_a_post_in_brackets_is_no_person_after_a_marked_speaker(line: str) -> None:
    """Negative: a minutes' turn head names a post or an office in its bracket; the speaker
    form with a person's bracket does not take it (its turn is read by the minutes' readers)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", line)
    speaker_forms = [
        p for form, p in jirei.DEFAULT_RULES.comment_forms
        if form == "speaker" and "(?:より|から)" in p
    ]
    assert speaker_forms
    assert not any(regex.match(p, text) for p in speaker_forms)


# --------------------------------------------------------------------------------------
# a 業務年報 told in prose, one lettered paragraph a case (2725-2729)

_NENPO = """令和４年度　栃木労働局業務年報

３　地方公共団体との連携

（１）概要
　当局では県内の市と協定を締結し、一体的実施施設等を設置している。各施設の
令和４年度の取組状況は次のとおりである。

（２）各施設の取組状況

{a}宇都宮市「うつのみや就労支援センター」（一体的実施施設）
　栃木労働局（ハローワーク宇都宮）と宇都宮市は、平成26年4月1日から、市役所
本庁舎に設置した同センターにおいて事業を開始した。令和４年度は、支援対象者数が目標15
0人以上に対し実績168人（達成率112.0％）、就職者数が目標98人以上に対し実績10
5人（同107.1％）となり、就職率は62.5％であった。

{b}小山市「おやまジョブサポー
ト」（常設窓口）
　栃木労働局（ハローワーク小山）と小山市は、平成３０年１０月１日に事業を開始し、
市の福祉部門の庁舎内で就労支援を行っている。令和４年度は、支援対象者数は92人、
就職者数は目標の50人程度を上回る57人となり、就職率は62.0％であった。

（３）今後の課題
　新たな支援対象者の掘り起こしが共通の課題となっている。
"""


@pytest.mark.parametrize(
    ("a", "b"), [("ア ", "イ "), ("（ア）", "（イ）"), ("ア　", "イ　")]
)
def test_each_lettered_paragraph_of_a_yearbook_is_a_case(a: str, b: str) -> None:
    doc = jirei.parse_text(_NENPO.format(a=a, b=b))
    got = [
        (p.title, p.prefecture, p.municipality, p.labour_bureau, p.hello_work, p.facility_name,
         p.facility_type, str(p.start_date), p.fiscal_year)
        for p in doc.profiles
    ]
    assert got == [
        (None, "栃木県", "宇都宮市", "栃木労働局", ("ハローワーク宇都宮",),
         "うつのみや就労支援センター", "一体的実施施設", "2014-04-01", 2022),
        (None, "栃木県", "小山市", "栃木労働局", ("ハローワーク小山",), "おやまジョブサポート",
         "常設窓口", "2018-10-01", 2022),
    ]
    first = [
        (m.label, m.target and (m.target.value, m.target.qualifier), m.actual.value,
         m.achievement_rate)
        for m in doc.profiles[0].metrics
    ]
    assert first == [
        ("支援対象者数", (150, "以上"), 168, Decimal("112.0")),
        ("就職者数", (98, "以上"), 105, Decimal("107.1")),
        ("就職率", None, Decimal("62.5"), None),
    ]
    second = [
        (m.label, m.target and (m.target.value, m.target.qualifier), m.actual.value)
        for m in doc.profiles[1].metrics
    ]
    assert second == [
        ("支援対象者数", None, 92),
        ("就職者数", (50, "程度"), 57),
        ("就職率", None, Decimal("62.0")),
    ]


def test_a_lettered_list_of_items_opens_no_case() -> None:
    """Negative: a case's lettered items name no facility opening with a date: no case."""
    text = """【栃木県宇都宮市】【栃木労働局・ハローワーク宇都宮】
うつのみや就労支援センター（一体的実施施設）　平成26年4月1日事業開始

相談から就職までを一つの窓口で

＜取組内容＞
ア　市の窓口でハローワークの職業相談を実施
イ　月１回のケース会議で支援方針を共有
ウ　就職後の定着支援を市と分担
"""
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 1
    assert doc.profiles[0].title == "相談から就職までを一つの窓口で"
    assert len(doc.profiles[0].initiatives) == 3


def test_a_rate_ditto_needs_a_rate_word_before_it() -> None:
    """Negative: ``同`` before a % figure is the rate only after a rate word of the sentence."""
    text = _NENPO.format(a="ア ", b="イ ").replace("（達成率112.0％）", "")
    first = jirei.parse_text(text).profiles[0].metrics
    assert [(m.label, m.achievement_rate) for m in first][:2] == [
        ("支援対象者数", None), ("就職者数", None)
    ]


# --------------------------------------------------------------------------------------
# a case label naming the facility with its place in brackets (2730)

_LABELLED = """■各施設の取組と実績

事例１　{name}（{city}）

{title}

取組内容
・市役所の同一フロアに相談窓口を集約。

令和４年度の実績
・支援対象者数　210人（達成率105.0％）

事例２　まつえ就労サポートルーム（松江市）

生活保護の窓口と一体で早期就職を後押し

取組内容
・ケース会議を毎月開催。
"""


@pytest.mark.parametrize(
    ("name", "city", "title"),
    [
        ("いずも就労支援コーナー", "出雲市", "福祉と就労の窓口を一つに"),
        ("ジョブステーションはまだ", "浜田市", "「待たない相談」で就職を早める"),
        ("よなご暮らし・しごと相談窓口", "米子市", "中山間地域の相談にもオンラインで対応"),
    ],
)
def test_the_catch_phrase_under_a_named_label_is_the_title(name: str, city: str,
                                                           title: str) -> None:
    doc = jirei.parse_text(_LABELLED.format(name=name, city=city, title=title))
    assert [p.title for p in doc.profiles][:2] == [
        title.strip("「」") if title.startswith("「") and title.endswith("」") else title,
        "生活保護の窓口と一体で早期就職を後押し",
    ]


def test_a_headline_with_a_bracket_that_is_no_place_stays_the_title() -> None:
    """Negative: a catch phrase closed by a bracket naming no place is the label's title."""
    text = _LABELLED.format(
        name="相談から就職まで支える", city="令和4年度", title="福祉と就労の窓口を一つに"
    ).replace("事例２　まつえ就労サポートルーム（松江市）", "事例２　早期就職を後押し（速報）")
    doc = jirei.parse_text(text)
    assert doc.profiles[1].title == "早期就職を後押し(速報)"


# --------------------------------------------------------------------------------------
# the same yearbook unwrapped, or wrapped inside a rate (2731-2732)

_FLAT = """令和４年度　新潟労働局業務年報

（２）各施設の取組状況

{one}長岡市「ながおか就労サポートセンター」（一体的実施施設）
　新潟労働局（ハローワーク長岡）{joiner}長岡市は、平成28年4月1日に同センターを開設した。令和４年度は、\
支援対象者数が目標180人以上に対し実績191人（達成率106.1％）、就職者数は目標117人以上に対し125人（同106.8％）\
であった。

{two}上越市「じょうえつ就労支援ルーム」（常設窓口）
　新潟労働局（ハローワーク上越）{joiner}上越市は、令和2年10月1日に事業を開始した。令和４年度の就職者数は63人、\
就職率は58.3％であった。
"""


@pytest.mark.parametrize(
    ("one", "two", "joiner"),
    [("①", "②", "と"), ("(1)", "(2)", "と"), ("ア　", "イ　", "及び"), ("１．", "２．", "が")],
)
def test_a_sentence_naming_the_partners_is_no_turn(one: str, two: str, joiner: str) -> None:
    doc = jirei.parse_text(_FLAT.format(one=one, two=two, joiner=joiner))
    assert [p.municipality for p in doc.profiles] == ["長岡市", "上越市"]
    assert [p.comments for p in doc.profiles] == [(), ()]
    assert [(m.label, m.achievement_rate) for m in doc.profiles[0].metrics] == [
        ("支援対象者数", Decimal("106.1")), ("就職者数", Decimal("106.8"))
    ]


def test_a_member_turn_after_a_surname_is_still_a_comment() -> None:
    """Negative: ``小林（長岡市生活支援課長）　text`` stays a turn (its text opens with no
    particle glued to the bracket)."""
    text = """【新潟県長岡市】【新潟労働局・ハローワーク長岡】
ながおか就労サポートセンター（一体的実施施設）　平成28年4月1日事業開始

相談から就職までを一つの窓口で

【取組内容】
・市の窓口で職業相談を実施

【意見交換】
小林（長岡市生活支援課長）　窓口が近くなり、相談が続くようになりました。
"""
    comments = jirei.parse_text(text).profiles[0].comments
    assert [(c.speaker, c.text) for c in comments] == [
        ("長岡市生活支援課長", "窓口が近くなり、相談が続くようになりました。")
    ]


@pytest.mark.parametrize("cut", ["10\n4.0％", "104.\n0％", "104.0\n％"])
def test_a_rate_a_wrap_cuts_is_read_whole(cut: str) -> None:
    text = """令和４年度　宮城労働局業務年報

（２）各施設の取組状況

ア　仙台市「せんだい就労支援センター」（一体的実施施設）
　宮城労働局（ハローワーク仙台）と仙台市は、平成27年10月1日から同センターにおい
て事業を開始した。令和４年度は、支援対象者数は312人（目標300人以上、達成率CUT）、
就職者数は201人（目標195人以上、達成率103.1％）、就職率は64.4％であった。

イ　石巻市「いしのまき就労サポート」（常設窓口）
　宮城労働局（ハローワーク石巻）と石巻市は、令和3年4月1日に常設窓口を開設して
事業を開始した。令和４年度の支援対象者数は88人、就職者数は51人であった。
""".replace("CUT", cut)
    doc = jirei.parse_text(text)
    first = [(m.label, m.target and m.target.value, m.actual.value, m.achievement_rate)
             for m in doc.profiles[0].metrics]
    assert first[:2] == [("支援対象者数", 300, 312, Decimal("104.0")),
                         ("就職者数", 195, 201, Decimal("103.1"))]
    assert [str(p.start_date) for p in doc.profiles] == ["2015-10-01", "2021-04-01"]


# --------------------------------------------------------------------------------------
# a facility's name written after its city and a space (2734)

_SPACED = """令和４年度　宮城労働局業務年報

（２）各施設の取組状況

ア　{pref}仙台市{gap}せんだい就労支援センター（一体的実施施設）
　宮城労働局（ハローワーク仙台）と仙台市は、平成27年10月1日から同センターにおい
て事業を開始した。令和４年度は、支援対象者数は312人（目標300人以上）であった。

イ　石巻市{gap}いしのまき就労サポート（常設窓口）
　宮城労働局（ハローワーク石巻）と石巻市は、令和3年4月1日に常設窓口を開設して
事業を開始した。令和４年度の支援対象者数は88人であった。
"""


@pytest.mark.parametrize(
    ("pref", "gap"), [("", "　"), ("", " "), ("宮城県", "　"), ("", "\u3000\u3000")]
)
def test_a_name_after_its_city_and_a_space_is_the_name_alone(pref: str, gap: str) -> None:
    doc = jirei.parse_text(_SPACED.format(pref=pref, gap=gap))
    got = [(p.municipality, p.facility_name, str(p.start_date)) for p in doc.profiles]
    assert got == [
        ("仙台市", "せんだい就労支援センター", "2015-10-01"),
        ("石巻市", "いしのまき就労サポート", "2021-04-01"),
    ]
    first = doc.profiles[0]
    span = first.spans["facility_name"]
    assert _SPACED.format(pref=pref, gap=gap)[span.start : span.end] == "せんだい就労支援センター"


def test_a_name_written_in_one_piece_with_its_city_is_kept() -> None:
    """Negative: ``北九州市就労支援ルームやはた`` names the facility with its city."""
    text = """【福岡県北九州市】【福岡労働局・ハローワーク八幡】
北九州市就労支援ルームやはた（一体的実施施設）　平成28年4月1日事業開始

相談から就職までを一つの窓口で

【取組内容】
・市の窓口で職業相談を実施
"""
    assert jirei.parse_text(text).profiles[0].facility_name == "北九州市就労支援ルームやはた"


_ROWS_ONE = """■令和４年度　事業目標と実績
事例\t支援対象者数（目標）\t支援対象者数（実績）\t就職者数（目標）\t就職者数（実績）
沼津市\t200人以上\t214人\t130人以上\t141人
富士市\t120人以上\t118人\t78人以上\t80人
"""
_ROWS_TWO = """■令和４年度　事業目標と実績
事例\t支援対象者数（目標）\t支援対象者数（実績）\t就職者数（目標）\t就職者数（実績）
磐田市\t150人以上\t162人\t98人以上\t104人
掛川市\t－\t91人\t－\t55人
"""
_PIPES_ONE = """■令和４年度　事業目標と実績（事例Ａ・事例Ｂ）
| | 沼津市 | | 富士市 | |
|---|---|---|---|---|
| | 目標 | 実績 | 目標 | 実績 |
| 支援対象者数 | 200人以上 | 214人 | 120人以上 | 118人 |
| 就職者数 | 130人以上 | 141人 | 78人以上 | 80人 |
"""
_PIPES_TWO = """■令和４年度　事業目標と実績（事例Ｃ・事例Ｄ）
| | 磐田市 | | 掛川市 | |
|---|---|---|---|---|
| | 目標 | 実績 | 目標 | 実績 |
| 支援対象者数 | 150人以上 | 162人 | － | 91人 |
| 就職者数 | 98人以上 | 104人 | － | 55人 |
"""


@pytest.mark.parametrize(("one", "two"), [(_ROWS_ONE, _ROWS_TWO), (_PIPES_ONE, _PIPES_TWO)])
def test_page_tables_with_cases_as_rows_or_in_pipes(one: str, two: str) -> None:
    doc = jirei.parse_text(_two_pages(one, two))
    got = [
        [(m.label, m.target and m.target.value, m.actual and m.actual.value) for m in p.metrics]
        for p in doc.profiles
    ]
    assert got == [
        [("支援対象者数", 200, 214), ("就職者数", 130, 141)],
        [("支援対象者数", 120, 118), ("就職者数", 78, 80)],
        [("支援対象者数", 150, 162), ("就職者数", 98, 104)],
        [("支援対象者数", None, 91), ("就職者数", None, 55)],
    ]
    assert [[c.speaker for c in p.comments] for p in doc.profiles] == [
        ["沼津市"], ["富士市"], ["磐田市"], ["掛川市"]
    ]
