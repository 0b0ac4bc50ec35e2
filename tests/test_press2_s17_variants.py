"""Other publishers in the genre, a sixth round (decisions 3416-3430, branch press2-s17).

1. A city's plan-progress page of 事業 entries (``■事業 3-2-4-01`` / ``事業名`` / ``担当課`` /
   ``連携機関`` / ``施設名`` / ``事業開始``) is an entries document (decisions 2330-2335). Its
   start field, when it states a full date, is the facility's opening — a case's fact, kept for
   the entry's own read, not blanked as a programme's year (3416); a facility field's whole
   value before the bracketed kind is the name, a ``・`` inside it too (3416).
   Variants: other cities, offices, eras (令和, 平成 in kanji digits, Gregorian), labels
   (事業名 / 事務事業名), a name with and without ``・``. Negative: a start field naming a year
   only (``事業開始　平成20年度``) gives no start date.
2. A review's ``【関係機関の説明】`` over ``○speaker`` lines each with its words under it: the
   speakers' comments (3417). Variants: other speakers (a city with its department in
   brackets, a bureau, a Hello Work), other words for the heading (連携機関の説明, 関係者の説明),
   other marks. Negative: the reviewer's findings ``【当局の調査結果】`` are no comment.
3. A stakeholder's judgement heading whose bracket names the speaker (``【担当課（生活福祉課）の
   評価】``, ``【連携機関の意見（ハローワーク高松）】``) over its paragraph is that speaker's
   comment (3418). Variants: brackets 【】, ■, 〈〉; the bracket before or after the judgement
   word; 評価 / 意見 / 所感 / 見解. Negative: a bracket naming no body (``【事業の評価（令和4年
   度）】``) and a judgement heading with no bracket naming no one (``【事業の評価】``).
4. A report's case heading ``3.1　事例1　浜松市：headline`` gives the headline alone (3419); a
   results section opening with a paragraph introducing its table (``…は表3-2のとおり``) still
   reads the table under it (3420); ``出所：`` / ``出典：`` lines are notes (3421). Variants:
   section numbers ``3.1``, ``2-1``, ``第1節``; a space-aligned table with group header rows and
   a plain one; other cities. Negative: a paragraph over a list reads no table; ``出所の…`` in
   a sentence is no note.
5. ``■広島市　name（kind）`` behind a list mark is a case's head line (3422). Variants: marks ■ ◆
   ●, a prefecture before the city, kinds 一体的実施施設 / 常設窓口, two and three cases.
   Negative: a bracket of no kind, a sentence, a place alone, no municipality.
6. Lines under ``（注）１`` that go on with its numbers are notes (3423). Variants: markers
   （注）, ※, 注）; indents. Negative: numbered lines under no marker stay other results.
7. An organisation's explanation heading (``【横須賀市の説明】``, ``〈…福祉部の説明〉``,
   ``■労働局の説明（神奈川労働局）``) is its comment heading, as its 評価 / 意見 are (3424).
   Negative: ``【事業の説明】``, ``【制度の説明】``, ``■用語の説明`` name no one.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.lines import Line
from jirei.normalise import normalise
from jirei.speakerforms import speaker_heading

# --- 1. entries documents -------------------------------------------------------------

_ENTRY = """■事業 {no}
{name_label}　　{programme}
担当課　　健康福祉局 {dept}
連携機関　{bureau}・{office}
施設名　　{facility}（{kind}）
事業開始　{start}
事業概要　市役所内に市とハローワークが共同で運営する窓口を設け、就労を一体的に支援する。

令和{y}年度の主な取組
●{item1}
●{item2}

指標	単位	令和{y}年度目標	令和{y}年度実績	達成率	評価
支援対象者数	人	{t}以上	{a}	{r}%	Ａ

ページの先頭へ戻る
"""

_PAGE = """ホーム > 市政情報 > 総合計画 > 実施計画の進捗状況

{city}総合計画 実施計画 進捗状況報告（令和{y}年度実績）

更新日：令和{y1}年7月3日

【施策を構成する事業】
No.	事業名	担当課	決算額（千円）
01	{p1}	{d1}	18,640
02	生活困窮者家計改善支援事業	地域共生社会推進課	9,215

{e1}
■事業 9-9-9-02
{name_label}　　生活困窮者家計改善支援事業
担当課　　健康福祉局 地域共生社会推進課
事業概要　家計に課題を抱える生活困窮者に対し、家計の立て直しを支援する。

指標	単位	令和{y}年度目標	令和{y}年度実績	達成率	評価
家計相談件数	件	400	372	93.0%	Ｂ

ページの先頭へ戻る

{e2}
このページに関するお問い合わせ
総合政策局 政策課
"""

_ENTRY_VARIANTS = [
    # (city, bureau, office, label, y, (facility, kind, start, iso) x2)
    ("高知市", "高知労働局", "ハローワーク高知", "事業名", 4,
     ("こうち就労・生活サポートセンター", "一体的実施施設", "令和元年10月1日", "2019-10-01"),
     ("こうちしごと相談コーナー", "常設窓口", "平成三十年四月一日", "2018-04-01")),
    ("徳島市", "徳島労働局", "ハローワーク徳島", "事務事業名", 3,
     ("とくしま福祉・就労プラザ", "常設窓口", "平成２８年７月１日", "2016-07-01"),
     ("とくしま・しごとコーナー", "一体的実施施設", "2017年4月3日", "2017-04-03")),
    ("松山市", "愛媛労働局", "ハローワーク松山", "事業名", 5,
     ("まつやま就労サポート・ステーション", "一体的実施施設", "令和2年6月1日", "2020-06-01"),
     ("まつやま障がい者しごと・相談窓口", "常設窓口", "令和3年1月4日", "2021-01-04")),
]


def _entries_page(city, bureau, office, label, y, one, two, *, start2=None):
    entries = []
    for n, (facility, kind, start, _) in enumerate((one, two)):
        entries.append(_ENTRY.format(
            no=f"9-9-9-0{2 * n + 1}", name_label=label, programme=f"{facility}運営事業",
            dept="生活福祉課", bureau=bureau, office=office, facility=facility, kind=kind,
            start=start2 if (n and start2) else start, y=y,
            item1="市の窓口と同じフロアに設置し、相談から職業紹介までを一体的に実施",
            item2="支援調整会議にハローワークの就職支援ナビゲーターが参加", t=100 + n, a=120 + n,
            r="120.0",
        ))
    return _PAGE.format(
        city=city, y=y, y1=y + 1, p1=f"{one[0]}運営事業", d1="生活福祉課",
        e1=entries[0], e2=entries[1], name_label=label,
    )


@pytest.mark.parametrize("variant", _ENTRY_VARIANTS, ids=lambda v: v[0])
def test_entries_keep_a_dated_start_field_and_a_named_facility(variant) -> None:
    city, bureau, office, label, y, one, two = variant
    doc = jirei.parse_text(_entries_page(city, bureau, office, label, y, one, two))
    assert [p.facility_name for p in doc.profiles] == [one[0], two[0]]
    assert [p.facility_type for p in doc.profiles] == [one[1], two[1]]
    assert [str(p.start_date) for p in doc.profiles] == [one[3], two[3]]
    for profile in doc.profiles:
        assert len(profile.initiatives) == 2
        [metric] = profile.metrics
        assert metric.target is not None and metric.actual is not None
        assert metric.target.unit == "人" and metric.target.qualifier == "以上"
        assert metric.actual.value in (120, 121)
        assert metric.achievement_rate is not None


def test_entries_start_field_naming_a_year_only_gives_no_date() -> None:
    city, bureau, office, label, y, one, two = _ENTRY_VARIANTS[0]
    doc = jirei.parse_text(
        _entries_page(city, bureau, office, label, y, one, two, start2="平成20年度")
    )
    assert doc.profiles[0].start_date is not None
    assert doc.profiles[-1].start_date is None


# --- 2. a review's 関係機関の説明 ---------------------------------------------------------

_REVIEW = """第２　調査結果

（１）{pref1}{city1}
　　施 設 名：{fac1}（一体的実施施設）
　　関係機関：{bureau1}、{office1}
　　事業開始：平成２５年１０月１日

【主な取組】
　ア　市の執務室内にハローワークの常設窓口を置き、三者面談を実施している。
　イ　月１回、支援調整会議を開催している。

【{heading}】
{mark}{speaker1}
　庁舎内に窓口があることで、面談の当日に求人検索まで進めることができるようになった。
{mark}{speaker2}
　同席面談が定着し、支援途中での中断が少なくなっている。

【当局の調査結果】
　定着支援の記録が市とハローワークとの間で共有されていない。

（２）{pref2}{city2}
　　施 設 名：{fac2}（常設窓口）
　　関係機関：{bureau2}、{office2}
　　事業開始：平成２７年２月２日

【主な取組】
　ア　福祉総合窓口に隣接して相談ブースを設置している。

【{heading}】
{mark}{speaker3}
　出張相談は、手当受給者との接点を増やす上で有効であり、今後も継続したい。

【当局の調査結果】
　要因分析は口頭での共有にとどまっている。
"""

_REVIEW_VARIANTS = [
    dict(heading="関係機関の説明", mark="○", pref1="群馬県", city1="桐生市",
         fac1="きりゅう就労支援コーナー", bureau1="群馬労働局", office1="ハローワーク桐生",
         speaker1="桐生市（福祉部生活福祉課）", speaker2="群馬労働局", pref2="栃木県",
         city2="小山市", fac2="おやま福祉・しごとコーナー", bureau2="栃木労働局",
         office2="ハローワーク小山", speaker3="ハローワーク小山"),
    dict(heading="連携機関の説明", mark="◇", pref1="千葉県", city1="船橋市",
         fac1="ふなばし就労センター", bureau1="千葉労働局", office1="ハローワーク船橋",
         speaker1="船橋市", speaker2="ハローワーク船橋", pref2="東京都", city2="八王子市",
         fac2="はちおうじワークサポート", bureau2="東京労働局", office2="ハローワーク八王子",
         speaker3="東京労働局"),
    dict(heading="関係者の説明", mark="●", pref1="山梨県", city1="甲府市",
         fac1="こうふ就労支援窓口", bureau1="山梨労働局", office1="ハローワーク甲府",
         speaker1="甲府市（福祉保健部生活福祉課）", speaker2="山梨労働局", pref2="長野県",
         city2="松本市", fac2="まつもと就労・生活相談室", bureau2="長野労働局",
         office2="ハローワーク松本", speaker3="松本市"),
]


@pytest.mark.parametrize("variant", _REVIEW_VARIANTS, ids=lambda v: v["heading"] + v["mark"])
def test_review_explanations_are_the_speakers_comments(variant) -> None:
    doc = jirei.parse_text(_REVIEW.format(**variant))
    assert len(doc.profiles) == 2
    first, second = doc.profiles
    expected = normalise(variant["speaker1"]).text, normalise(variant["speaker2"]).text
    assert tuple(c.speaker for c in first.comments) == expected
    assert [c.text[:6] for c in first.comments] == ["庁舎内に窓口", "同席面談が定"]
    assert [c.speaker for c in second.comments] == [variant["speaker3"]]
    for profile in doc.profiles:  # the reviewer's findings are no comment, no result
        assert not any("共有" in c.text and "にとどまって" in c.text for c in profile.comments)
        assert not any("共有されていない" in c.text for c in profile.comments)


# --- 3. judgement headings naming the speaker in a bracket -----------------------------

@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("【担当課（生活福祉課）の評価】", "生活福祉課"),
        ("【連携機関の意見（ハローワーク高松）】", "ハローワーク高松"),
        ("■市の見解（福山市福祉課）", "福山市福祉課"),
        ("〈所管課(障がい福祉課)の所感〉", "障がい福祉課"),
        ("【労働局の意見（愛媛労働局）】", "愛媛労働局"),
    ],
)
def test_judgement_heading_bracket_names_the_speaker(heading, speaker) -> None:
    found = speaker_heading(Line(normalise(heading).text, 0))
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize(
    "heading", ["【事業の評価（令和4年度）】", "【事業の評価】", "【評価区分（Ａ：達成）】"]
)
def test_judgement_heading_naming_no_body_is_no_speaker(heading) -> None:
    assert speaker_heading(Line(normalise(heading).text, 0)) is None


_JUDGED = """【{pref}{city}】【{bureau}・{office}】{fac}（一体的実施施設）令和2年4月1日事業開始

【取組の概要】
・市の窓口での出張相談

{h1}
支援対象者数、就職者数ともに目標を上回った。引き続き定着まで見据えた支援を行う。

{h2}
同じフロアで市の職員と日常的に情報交換ができることが、就職者数の増加につながっている。
"""


@pytest.mark.parametrize(
    ("h1", "s1", "h2", "s2"),
    [
        ("【担当課（生活福祉課）の評価】", "生活福祉課",
         "【連携機関の意見（ハローワーク今治）】", "ハローワーク今治"),
        ("■所管課の評価（今治市福祉課）", "今治市福祉課",
         "■連携機関の見解（愛媛労働局）", "愛媛労働局"),
        ("〈担当課（地域福祉課）の所感〉", "地域福祉課",
         "〈関係機関の意見（ハローワーク今治）〉", "ハローワーク今治"),
    ],
)
def test_judgement_heading_paragraph_is_the_speakers_comment(h1, s1, h2, s2) -> None:
    text = _JUDGED.format(
        pref="愛媛県", city="今治市", bureau="愛媛労働局", office="ハローワーク今治",
        fac="いまばり就労コーナー", h1=h1, h2=h2,
    )
    [profile] = jirei.parse_text(text).profiles
    assert [c.speaker for c in profile.comments] == [s1, s2]
    assert profile.comments[0].text.startswith("支援対象者数")
    assert profile.comments[1].text.startswith("同じフロアで")


# --- 4. a report's 事例 sections: section numbers, a place and a colon, a lead paragraph ---

_STUDY_CASE = """{number}事例{n}{sep}{city}：{headline}

(1) 施設の概要
　{pref}{city}では、{bureau}及び{office}との協定に基づき、{start}から、福祉事務所内に「{fac}」（一体的実施施設）を設置している。

(2) 主な取組
　① 生活保護の新規申請時に、ケースワーカーが就労意欲の確認を行う
　② 市の就労支援員とナビゲーターが週1回のケース検討会を開く

(3) 実績
　{lead}

表3-{n}　事例{n}の目標及び実績（令和2年度）
{table}
{source}

(4) 関係者の声
＜{office}＞
福祉事務所の中にいることで、対象者の生活上の課題を早く知ることができる。

"""

_SPACED_TABLE = """区分／指標　　　　　　　　目標　　　　実績　　　達成率
【児童扶養手当受給者】
　支援対象者数　　　　　１５０人以上　　１２８人　　８５．３％
　就職者数　　　　　　　　９８人以上　　　８１人　　８２．７％
【生活保護受給者】
　支援対象者数　　　　　　９０人以上　　　９６人　１０６．７％
　就職者数　　　　　　　　５９人以上　　　５２人　　８８．１％"""

_SPACED_PLAIN = """指標　　　　　　　　目標　　　　実績　　　達成率
支援対象者数　　　　200人　　　　214人　　　107.0%
就職者数　　　　　　120人　　　　118人　　　 98.3%"""

_STUDIES = [
    # (number before the label, separator, cities, lead paragraph, table, source line)
    ("3.{n}　", "　", ("浜松市", "豊橋市"),
     "令和2年度は、求人の減少もあり、生活保護受給者の支援対象者数を除き目標を下回った（表3-{n}）。",
     _SPACED_TABLE, "出所：愛知労働局提供資料より筆者作成。"),
    ("2-{n} ", " ", ("岐阜市", "大垣市"),
     "令和2年度の目標及び実績は表3-{n}のとおりであり、就職者数は目標をわずかに下回った。",
     _SPACED_PLAIN, "出典：岐阜労働局の資料による。"),
    ("第{n}節　", "　", ("津市", "伊勢市"),
     "同施設の実績は次表のとおりである。",
     _SPACED_PLAIN, "出所：各市提供資料より筆者作成。"),
]


def _study(number, sep, cities, lead, table, source):
    parts = []
    for n, city in enumerate(cities, start=1):
        parts.append(_STUDY_CASE.format(
            number=number.format(n=n), n=n, sep=sep, city=city,
            headline=f"{city[:-1]}における早期の就労支援{n}", pref="愛知県",
            bureau="愛知労働局", office=f"ハローワーク{city[:-1]}", start="平成29年6月1日",
            fac=f"{city[:-1]}就労サポート", lead=lead.format(n=n), table=table,
            source=source,
        ))
    return "第3章　事例研究\n\n" + "".join(parts)


@pytest.mark.parametrize("variant", _STUDIES, ids=lambda v: v[0])
def test_study_cases_title_table_after_a_lead_paragraph_source_line(variant) -> None:
    cities, table = variant[2], variant[4]
    doc = jirei.parse_text(_study(*variant))
    assert [p.municipality for p in doc.profiles] == list(cities)
    for n, (profile, city) in enumerate(zip(doc.profiles, cities, strict=True), start=1):
        # the section number, the label and the place are no part of the headline
        assert profile.title == f"{city[:-1]}における早期の就労支援{n}"
        labels = [(m.label, m.group) for m in profile.metrics]
        if table is _SPACED_TABLE:
            assert labels == [
                ("支援対象者数", "児童扶養手当受給者"), ("就職者数", "児童扶養手当受給者"),
                ("支援対象者数", "生活保護受給者"), ("就職者数", "生活保護受給者"),
            ]
            assert str(profile.metrics[2].achievement_rate) == "106.7"
        else:
            assert [m.actual.value for m in profile.metrics] == [214, 118]
        # the table's source line is its note, no other result
        assert not any(text.startswith(("出所", "出典")) for text in profile.other_results)


def test_a_lead_paragraph_over_no_table_reads_no_table() -> None:
    """Negative: a paragraph over a list (no table under it) opens nothing new."""
    variant = _STUDIES[1]
    listed = "・出張相談を月2回実施した\n・合同面接会を開催した"
    text = _study(*variant).replace(_SPACED_PLAIN, listed)
    for profile in jirei.parse_text(text).profiles:
        assert profile.metrics == ()


@pytest.mark.parametrize(
    "line", ["出所の異なる数値を比較している。", "出典を明記した資料を配布した。"]
)
def test_source_word_in_a_sentence_is_no_note(line) -> None:
    from jirei.items import is_footnote

    assert not is_footnote(Line(line, 0))


# --- 5. a place-and-facility head line behind a list mark ----------------------------------

_COUNCIL_CASE = """{mark}{city}　{fac}（{kind}）
　{bureau}／{office}　{start}開設

〔取組内容〕
　①福祉部門の窓口に隣接して常設窓口を設置し、予約制による担当者制支援を実施
　②支援調整会議にハローワークの就職支援ナビゲーターが参加

〔目標と実績〕
項目	目標	実績
支援対象者数	200人以上	231人
就職者数	120人以上	139人

〔{city}の評価〕担当者同士が日常的に顔を合わせることで、迅速な支援が可能となっている。
〔{office}の評価〕市の就労支援員との役割分担が明確になり、職業紹介に専念できる。

"""

_COUNCILS = [
    ("■", "岡山労働局", [("岡山市", "ワークプラザおかやま", "一体的実施施設", "平成25年6月3日"),
                       ("倉敷市", "くらしき就労支援ルーム", "常設窓口", "2016年4月1日"),
                       ("津山市", "つやまワークサポート", "一体的実施施設", "平成２７年４月１日")]),
    ("◆", "山口労働局", [("下関市", "しものせき就労サポート", "常設窓口", "令和元年10月1日"),
                       ("宇部市", "うべ・しごと相談室", "一体的実施施設", "平成30年4月2日")]),
    ("●", "鳥取労働局", [("鳥取県鳥取市", "とっとり就労支援コーナー", "一体的実施施設",
                         "平成28年7月1日"),
                       ("鳥取県米子市", "よなごワークコーナー", "常設窓口", "平成29年2月1日")]),
]


def _council(mark, bureau, cases):
    body = "".join(
        _COUNCIL_CASE.format(
            mark=mark, city=city, fac=fac, kind=kind, bureau=bureau,
            office=f"ハローワーク{city.split('県')[-1][:-1]}", start=start,
        )
        for city, fac, kind, start in cases
    )
    return (
        "第２回地方労働審議会　資料\n\n（３）自治体との一体的実施の状況について\n"
        "　局では、県内の市と協定を締結し、一体的実施を行っている。\n\n" + body
    )


@pytest.mark.parametrize("variant", _COUNCILS, ids=lambda v: v[0])
def test_a_marked_place_and_facility_line_opens_its_case(variant) -> None:
    mark, bureau, cases = variant
    doc = jirei.parse_text(_council(mark, bureau, cases))
    assert [p.facility_name for p in doc.profiles] == [c[1] for c in cases]
    assert [p.facility_type for p in doc.profiles] == [c[2] for c in cases]
    for profile, (city, *_rest) in zip(doc.profiles, cases, strict=True):
        office = f"ハローワーク{city.split('県')[-1][:-1]}"
        assert [c.speaker for c in profile.comments] == [city, office]
        assert profile.labour_bureau == bureau


@pytest.mark.parametrize(
    "line",
    [
        "■広島市の取組（概要）",  # a bracket naming no kind
        "■市役所内に窓口（一体的実施施設）を設置し、相談から紹介までを実施した。",  # a sentence
        "・広島市",  # a place alone
        "■就労支援の流れ（常設窓口）",  # no municipality before the name
    ],
)
def test_a_list_item_naming_no_place_and_facility_stays_an_item(line) -> None:
    from jirei.sections import Kind, classifier

    assert classifier()._kind(normalise(line).text)[0] is not Kind.HEADER


# --- 6. the numbered notes of one note marker ---------------------------------------------

_NOTED = """【{pref}{city}】【{bureau}・{office}】{fac}（一体的実施施設）平成28年7月1日事業開始

【取組内容】
・市の自立相談支援機関と同一フロアに設置

【平成２９年度の目標及び実績】
区　分	目　標	実　績
支援対象者数	２００人以上	１８７人
就職支援セミナー	６回	（未集計）
{marker}１　{city}の資料に基づき当局が作成した。
{indent}２　就職支援セミナーの開催実績は、調査時点で集計されていなかった。
{indent}３　支援対象者数は年度末時点の数値である。
・出張相談会を年４回開催した。
"""


@pytest.mark.parametrize(
    ("marker", "indent"),
    [("（注）", "　　　"), ("※", "　"), ("注）", "　　　")],
)
def test_numbered_notes_under_one_marker_are_notes(marker, indent) -> None:
    text = _NOTED.format(
        pref="埼玉県", city="川越市", bureau="埼玉労働局", office="ハローワーク川越",
        fac="かわごえ就労支援センター", marker=marker, indent=indent,
    )
    [profile] = jirei.parse_text(text).profiles
    assert profile.other_results == ("出張相談会を年4回開催した。",)


def test_a_numbered_item_under_no_note_stays_a_result() -> None:
    """Negative: numbered lines with no note marker over them are other results."""
    text = _NOTED.format(
        pref="埼玉県", city="川越市", bureau="埼玉労働局", office="ハローワーク川越",
        fac="かわごえ就労支援センター", marker="", indent="",
    ).replace("１　川越市の資料に基づき当局が作成した。\n", "")
    [profile] = jirei.parse_text(text).profiles
    assert any("集計されていなかった" in t for t in profile.other_results)


# --- 7. an organisation's explanation under its own heading -------------------------------

_EXPLAINED = """【{pref}{city}】【{bureau}・{office}】{fac}（一体的実施施設）平成26年1月6日事業開始

【取組内容】
・市の福祉事務所内に設置し、予約制による職業相談を行っている。

{h1}
福祉事務所の中にあるため、その日のうちに窓口へ案内でき、支援開始までの期間が短くなった。

{h2}
実績は着実に伸びており、数値目標の設定についても市と協議を進めたい。
"""


@pytest.mark.parametrize(
    ("h1", "s1", "h2", "s2"),
    [
        ("【横須賀市の説明】", "横須賀市", "【神奈川労働局の説明】", "神奈川労働局"),
        ("〈横須賀市福祉部の説明〉", "横須賀市福祉部", "〈神奈川労働局の説明〉", "神奈川労働局"),
        ("■横須賀市の説明（生活福祉課）", "生活福祉課", "■労働局の説明（神奈川労働局）",
         "神奈川労働局"),
    ],
)
def test_an_organisations_explanation_heading_is_its_comment(h1, s1, h2, s2) -> None:
    text = _EXPLAINED.format(
        pref="神奈川県", city="横須賀市", bureau="神奈川労働局", office="ハローワーク横須賀",
        fac="よこすかワークプラザ", h1=h1, h2=h2,
    )
    [profile] = jirei.parse_text(text).profiles
    assert [c.speaker for c in profile.comments] == [s1, s2]


@pytest.mark.parametrize("heading", ["【事業の説明】", "【制度の説明】", "■用語の説明"])
def test_an_explanation_naming_no_one_is_no_comment_heading(heading) -> None:
    from jirei.sections import Kind, classifier

    assert classifier()._kind(normalise(heading).text)[0] is not Kind.COMMENT
