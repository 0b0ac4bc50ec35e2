# ruff: noqa: E501  (the documents' lines are long, as real documents' lines are)
"""Cases told at meetings (decisions 2430-2449, branch minutes11): the secretariat's or a
named speaker's turn reports the case, and what it enumerates (``次の3点``, ``一点目は、``,
``1つ目に、``, ``まず、…次に、``) is the case's initiatives, what it lists after a
"besides" lead its other results; the chair's and members' turns give no item.

Every document below is written for this file (real places, bureaus and Hello Work offices,
invented facilities, people, prose and figures); every expected value was written by hand
from reading the document by docs/reading-rules.md, never printed from the parser.
"""

from __future__ import annotations

from decimal import Decimal

import jirei
from jirei.normalise import normalise
from jirei.reportturns import report_items, turns
from jirei.rules import DEFAULT_RULES

# 1. Minutes with ○ turns: the secretariat lists the year's initiatives under a lead with
#    lettered items (one wrapped over two lines), then other results under a このほか lead;
#    the chair opens and closes, a member remarks (and enumerates: not initiatives).
FUKUI = """福井市・福井労働局・ハローワーク福井
就労支援事業運営協議会（令和６年度第１回）議事録

１　日　時　　令和６年６月４日（火）１０時００分～１１時００分
２　場　所　　福井市役所　別館３階　会議室

○議長
　ただいまから協議会を開会します。次の議題に移ります。事務局から説明をお願いします。

○事務局（ハローワーク福井）
　「ふくいワークサポート」（一体的実施施設）は、平成２９年１０月２日に市役所別館で開設しました。
　支援対象者数は、目標２００人に対し実績２１８人、達成率１０９．０％でした。
　令和５年度の主な取組は、次の２点です。
　　ア　生活保護の面談に就職支援ナビゲーターが同席し、その場で求人を紹介
　　イ　ひとり親家庭の方向けに、土曜日の予約相談を月２回開設し、子ども連れでも相談
　　　　できる部屋を用意
　このほか、次のような実績がありました。
　　・市内の介護事業所と合同で面接会を３回開催

○委員（福井商工会議所）
　面接会は好評でした。要望は２点あります。１つ目は、開催回数を増やすことです。２つ目は、業種を広げることです。

○議長
　以上で本日の協議会を閉会します。
"""


def _one(text: str) -> jirei.Profile:
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 1
    return doc.profiles[0]


def test_secretariat_lettered_items_are_initiatives() -> None:
    p = _one(FUKUI)
    assert p.initiatives == (
        "生活保護の面談に就職支援ナビゲーターが同席し、その場で求人を紹介",
        "ひとり親家庭の方向けに、土曜日の予約相談を月2回開設し、子ども連れでも相談できる部屋を用意",
    )
    assert p.other_results == ("市内の介護事業所と合同で面接会を3回開催",)


def test_items_keep_spans_into_the_original() -> None:
    doc = jirei.parse_text(FUKUI)
    p = doc.profiles[0]
    first = p.initiative_spans[0]
    assert FUKUI[first.start : first.end] == "生活保護の面談に就職支援ナビゲーターが同席し、その場で求人を紹介"
    wrapped = p.initiative_spans[1]
    assert FUKUI[wrapped.start : wrapped.end].startswith("ひとり親家庭")
    assert FUKUI[wrapped.start : wrapped.end].endswith("できる部屋を用意")
    other = p.other_result_spans[0]
    assert FUKUI[other.start : other.end] == "市内の介護事業所と合同で面接会を３回開催"


def test_member_enumeration_and_chair_turns_give_nothing() -> None:
    p = _one(FUKUI)
    assert not any("開催回数" in i or "業種を広げる" in i for i in p.initiatives)
    assert not any("開会" in o or "閉会" in o or "議長" in o for o in p.other_results)
    assert [c.speaker for c in p.comments] == ["福井商工会議所"]


# 2. A 議事要旨 without turn marks: the speaker alone on its line over the text, an
#    explainer (説明者) reporting with spoken ordinals (``第一に、`` at each line's start is
#    read as well as ``一点目は、``), and a 座長 leading.
MATSUE = """松江市・島根労働局・ハローワーク松江　一体的実施運営協議会　議事要旨

座長（松江市健康福祉部長）
　それでは議事に入ります。説明をお願いします。

説明者（ハローワーク松江統括職業指導官）
　「まつえ就労支援コーナー」（一体的実施施設）は、平成２７年４月１日に業務を開始しました。
　昨年度の取組は三点でございます。
　一点目は、ケースワーカーとの合同面談を毎週火曜日に実施したことです。
　二点目は、就職後の職場訪問を三か月間続けたことです。
　三点目は、市の広報で窓口を毎月紹介したことです。
　支援対象者数は目標１２０人に対し１３２人、達成率１１０．０％でした。
　また、企業説明会を４回開き、延べ４０人が参加しました。

委員（松江市生活福祉課長）
　合同面談で支援の方針が立てやすくなった。

座長（松江市健康福祉部長）
　ほかにございませんか。
"""


def test_explainer_ordinals_are_initiatives_and_counted_sentence_other_result() -> None:
    p = _one(MATSUE)
    assert p.initiatives == (
        "ケースワーカーとの合同面談を毎週火曜日に実施したことです。",
        "就職後の職場訪問を三か月間続けたことです。",
        "市の広報で窓口を毎月紹介したことです。",
    )
    assert p.other_results == ("企業説明会を4回開き、延べ40人が参加しました。",)
    assert not any("ございます" in o or "座長" in o for o in p.other_results)


# 3. A round table: a 司会 and named speakers; each speaker's turn may enumerate with
#    ``1つ目は、`` in one paragraph.
TOTTORI = """意見交換会「窓口のこれから」

司会　はじめに、鳥取市の窓口について教えてください。

山本（鳥取市福祉部生活福祉課長）　「とっとり就労ステーション」（一体的実施施設）は２０１８年４月２日に開設しました。取組は２つあります。１つ目は、相談に来たその日に職業相談につなぐことです。２つ目は、就職した方の職場を訪ねることです。

司会　ありがとうございました。
"""


def test_named_speaker_ordinals_are_initiatives() -> None:
    p = _one(TOTTORI)
    assert p.initiatives == (
        "相談に来たその日に職業相談につなぐことです。",
        "就職した方の職場を訪ねることです。",
    )


# 4. Negative: a report with no meeting turns (no chair, no member) is not read this way,
#    and a turn's enumeration of members' requests, not of initiatives, gives nothing.
def test_turns_need_a_meeting() -> None:
    text = "事務局（ハローワーク津）\n　取組は次の２点です。\n　・面談の同席\n　・求人の開拓\n"
    assert all(t.kind == "report" for t in turns(text))


def test_lead_must_name_initiatives_or_besides() -> None:
    raw = "　{}は次の２点です。\n　・回数を増やす\n　・業種を広げる\n"
    text = normalise(raw.format("要望"), DEFAULT_RULES).text
    assert report_items(text, 0, len(text)) == ([], [])
    text = normalise(raw.format("取組"), DEFAULT_RULES).text
    assert [i[0] for i in report_items(text, 0, len(text))[0]] == ["回数を増やす", "業種を広げる"]


def test_sequence_needs_an_initiative_lead() -> None:
    text = "　まず、資料を配ります。次に、説明します。\n"
    assert report_items(text, 0, len(text)) == ([], [])
    led = "　昨年度の主な取組を申し上げます。\n　まず、面談室を開放しました。\n　次に、求人を開拓しました。\n"
    got, _ = report_items(led, 0, len(led))
    assert [g[0] for g in got] == ["面談室を開放しました。", "求人を開拓しました。"]


def test_turn_kinds() -> None:
    text = (
        "○会長他にございませんか。\n\n"
        "○委員（津市福祉部）　意見です。\n\n"
        "事務局：\n　説明します。\n\n"
        "中村（ハローワーク津所長）　お答えします。\n"
    )
    read = normalise(text, DEFAULT_RULES).text  # (turns are found in the text read)
    assert [t.kind for t in turns(read)] == ["chair", "member", "report", "report"]


# 5. The record's own name is no headline; the facility is named in the agenda item and the
#    start date said in the secretariat's turn (on a wrapped line); the agenda's items and
#    the head's lines give no initiative nor other result.
KOFU = """甲府市・山梨労働局・ハローワーク甲府
生活保護受給者等就労自立促進事業協議会（令和６年度第１回）会議録

日時：令和６年７月９日（火）１３時３０分～１４時３０分
議題
　１　こうふ就労支援デスク（常設窓口）の令和５年度実績について
　２　その他

○会長（甲府市福祉保健部長）　ただいまから会議を開きます。

○事務局（ハローワーク甲府所長）　こうふ就労支援デスクは、令和２年１月６日に市役所
２階で業務を開始しました。
　支援対象者数は、目標１００人に対し実績１１０人、達成率１１０．０％でした。
　主な取組は、
　　・ケースワーカーとの同行面談
　　・求人票の読み方講座
　です。

○委員（甲府商工会議所）　引き続きお願いします。
"""


#: a compilation of two councils' records (one record alone: see the known gap below)
KOFU_FUJIYOSHIDA = (
    KOFU
    + "\n（以上　甲府市）\n\n"
    + KOFU.replace("甲府", "富士吉田").replace("こうふ", "ふじよしだ").replace("令和２年１月６日", "平成３０年４月２日")
)


def _first(text: str) -> jirei.Profile:
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 2
    return doc.profiles[0]


def test_record_name_agenda_facility_and_spoken_start() -> None:
    p = _first(KOFU_FUJIYOSHIDA)
    assert p.title is None
    assert p.facility_name == "こうふ就労支援デスク"
    assert p.facility_type == "常設窓口"
    assert p.start_date is not None and p.start_date.isoformat() == "2020-01-06"
    assert p.initiatives == ("ケースワーカーとの同行面談", "求人票の読み方講座")
    assert not any("その他" in o or "議題" in o or "実績について" in o for o in p.other_results)
    span = p.spans["start_date"]
    assert KOFU_FUJIYOSHIDA[span.start : span.end] == "令和２年１月６日"
    second = jirei.parse_text(KOFU_FUJIYOSHIDA).profiles[1]
    assert second.facility_name == "ふじよしだ就労支援デスク"
    assert second.start_date is not None and second.start_date.isoformat() == "2018-04-02"


def test_a_date_without_a_start_word_is_no_start() -> None:
    text = KOFU_FUJIYOSHIDA.replace("業務を開始しました", "訪問しました")
    assert [p.start_date for p in jirei.parse_text(text).profiles] == [None, None]


def test_one_record_alone_is_one_case() -> None:
    """The agenda names the facility with its kind, the report names it bare with its start
    date: the record is one case, its member's remark its comment."""
    p = _one(KOFU)
    assert (p.municipality, p.labour_bureau, p.hello_work) == ("甲府市", "山梨労働局", ("ハローワーク甲府",))
    assert (p.facility_name, p.facility_type) == ("こうふ就労支援デスク", "常設窓口")
    assert p.start_date is not None and p.start_date.isoformat() == "2020-01-06"
    assert p.title is None
    assert p.initiatives == ("ケースワーカーとの同行面談", "求人票の読み方講座")
    assert [(c.speaker, c.text) for c in p.comments] == [("甲府商工会議所", "引き続きお願いします。")]


def test_only_a_name_declared_with_a_known_kind_is_read_bare() -> None:
    from jirei.prosecases import _declared

    def bare(text: str) -> list[str]:
        return [m["name"] for m in _declared(normalise(text, DEFAULT_RULES).text, DEFAULT_RULES)]

    assert bare(KOFU) == ["こうふ就労支援デスク"]  # (the agenda's own mention is no bare one)
    assert bare(KOFU.replace("こうふ就労支援デスク（常設窓口）の", "こうふ就労支援デスクの")) == []
    assert bare(KOFU.replace("（常設窓口）の", "（令和５年度）の")) == []


def test_a_headline_outside_minutes_is_kept() -> None:
    text = (
        "【事例】甲府市\n"
        "「その日のうちに、しごとの相談へ」\n"
        "甲府市・山梨労働局・ハローワーク甲府\n"
        "こうふ就労支援デスク（常設窓口）令和2年1月6日開設\n"
        "■主な取組\n・同行面談\n"
    )
    before = jirei.parse_text(text).profiles
    assert before and before[0].title is not None


# 6. A newsletter's round table: ``【話題n】facility（city・office）`` label lines with the
#    headline alone under them, the one bureau named in the lead, a 司会 whose gap NFKC folds
#    (``司会　続いて``), the kind said in a speaker's turn, an office run into a post.
SAGA = """社協だより　さが

特集　座談会「はたらく」を支える

　佐賀県内の２か所の窓口（いずれも市と佐賀労働局との協定により運営）の関係者にお集まりいただきました。話題は２０２２年度の実績です。

【話題１】さが就労ナビコーナー（佐賀市・ハローワーク佐賀）

朝いちばんの相談から、その日の面接へ

司会　はじめに、佐賀市の窓口についてお聞かせください。

石井（さが就労ナビコーナー支援員）　さが就労ナビコーナーは、一体的実施施設として２０１８年１０月１日に市役所の１階にオープンしました。取組は２つです。１つ目は、相談の当日に求人を紹介することです。２つ目は、面接に同行することです。２０２２年度は、支援対象者数が目標２００人に対して２１５人、達成率１０７．５％でした。

【話題２】からつしごと窓口（唐津市・ハローワーク唐津）

港町の求人を窓口で

司会　続いて唐津市の窓口について伺います。

原（ハローワーク唐津就職支援ナビゲーター）　からつしごと窓口は、２０２１年４月１日に市役所の中に設けた一体的実施施設です。取組としては、１つ目に、水産加工の事業所の求人を開拓しています。２つ目に、保健師と一緒に相談に乗っています。２０２２年度は、就職者数が目標６０人に対して６３人、達成率１０５．０％でした。

司会　ありがとうございました。
"""


def test_round_table_labels_titles_kinds_and_bureau() -> None:
    doc = jirei.parse_text(SAGA)
    assert [p.title for p in doc.profiles] == ["朝いちばんの相談から、その日の面接へ", "港町の求人を窓口で"]
    assert [p.facility_name for p in doc.profiles] == ["さが就労ナビコーナー", "からつしごと窓口"]
    assert [p.facility_type for p in doc.profiles] == ["一体的実施施設", "一体的実施施設"]
    assert [p.labour_bureau for p in doc.profiles] == ["佐賀労働局", "佐賀労働局"]
    assert doc.profiles[1].hello_work == ("ハローワーク唐津",)
    assert [p.start_date.isoformat() if p.start_date else None for p in doc.profiles] == [
        "2018-10-01",
        "2021-04-01",
    ]
    assert doc.profiles[1].initiatives == (
        "水産加工の事業所の求人を開拓しています。",
        "保健師と一緒に相談に乗っています。",
    )
    title = doc.profiles[0].spans["title"]
    assert SAGA[title.start : title.end] == "朝いちばんの相談から、その日の面接へ"


def test_a_bureau_of_another_prefecture_gives_none() -> None:
    text = SAGA.replace("いずれも市と佐賀労働局との協定", "市と佐賀労働局、福岡労働局との協定")
    assert [p.labour_bureau for p in jirei.parse_text(text).profiles] == [None, None]


def test_a_sentence_under_the_label_is_no_title() -> None:
    text = SAGA.replace("港町の求人を窓口で\n", "港町の求人を窓口で紹介しています。\n")
    assert jirei.parse_text(text).profiles[1].title is None


def test_facility_staff_turn_is_a_comment_in_its_place() -> None:
    p = jirei.parse_text(SAGA).profiles[0]
    staff = [c for c in p.comments if c.speaker == "さが就労ナビコーナー支援員"]
    assert len(staff) == 1
    assert staff[0].role == "other"
    assert staff[0].text.startswith("さが就労ナビコーナーは、一体的実施施設として")
    assert staff[0].span is not None
    assert SAGA[staff[0].span.start : staff[0].span.end].startswith("さが就労ナビコーナーは")


def test_staff_turn_needs_the_case_facility_and_a_meeting() -> None:
    from jirei.model import Profile, Span
    from jirei.staffvoices import with_staff_turns

    def run(text: str, name: str) -> list[str | None]:
        read = normalise(text, DEFAULT_RULES)

        def locate(a: int, b: int) -> Span:
            return Span(*read.span(a, b))

        case = Profile(facility_name=name, span=Span(0, len(text)))
        done = with_staff_turns([case], read.text, locate, DEFAULT_RULES, text)
        return [c.speaker for c in done[0].comments]

    assert run(SAGA, "からつしごと窓口") == []
    assert run(SAGA, "さが就労ナビコーナー") == ["さが就労ナビコーナー支援員"]
    assert run(SAGA.replace("司会　", ""), "さが就労ナビコーナー") == []  # (no meeting)


def test_a_procedure_note_is_no_other_result() -> None:
    from jirei.model import Profile, Span
    from jirei.reportturns import with_report_turns

    text = FUKUI + "\n（了承）\n\n（市内の企業説明会は４回）\n"
    read = normalise(text, DEFAULT_RULES)

    def locate(a: int, b: int) -> Span:
        return Span(*read.span(a, b))

    note = text.index("（了承）")
    other = text.index("（市内の企業説明会")
    case = Profile(
        span=Span(0, len(text)),
        other_results=("(了承)", "(市内の企業説明会は4回)"),
        other_result_spans=(Span(note, note + 4), Span(other, other + 13)),
    )
    got = with_report_turns([case], read.text, locate, DEFAULT_RULES, text)[0].other_results
    assert "(了承)" not in got
    assert "(市内の企業説明会は4回)" in got


def test_office_run_into_the_council_name_ends_at_the_original_gap() -> None:
    one_line = KOFU_FUJIYOSHIDA.replace(
        "ハローワーク甲府\n生活保護", "ハローワーク甲府　生活保護"
    ).replace("ハローワーク富士吉田\n生活保護", "ハローワーク富士吉田　生活保護")
    doc = jirei.parse_text(one_line)
    assert [p.hello_work for p in doc.profiles] == [("ハローワーク甲府",), ("ハローワーク富士吉田",)]
    span = doc.profiles[1].hello_work_spans[0]
    assert one_line[span.start : span.end] == "ハローワーク富士吉田"


def test_planned_initiatives_are_no_items() -> None:
    def items(raw: str) -> list[str]:
        text = normalise(raw, DEFAULT_RULES).text
        return [i[0] for i in report_items(text, 0, len(text))[0]]

    listed = "　{}の取組は、次の２点です。\n　・土曜相談の開始\n　・出張相談の拡大\n"
    assert items(listed.format("昨年度")) == ["土曜相談の開始", "出張相談の拡大"]
    assert items(listed.format("今後")) == []
    assert items(listed.format("来年度")) == []


# 7. Records whose agenda headings are no results sections (``３．意見交換`` heads the rest):
#    the secretariat's results sentences (``label については、目標 T に対して A となり、達成率は r%
#    でした。``) are still the case's metrics.
SAKATA_RECORD = """{city}・山形労働局・ハローワーク{office}　一体的実施事業運営協議会
令和６年度第１回会議　議事録

　会議次第
　　１．開会あいさつ（{city}福祉部長）
　　２．報告事項
　　　　{name}（一体的実施施設）令和５年度の運営状況について
　　３．意見交換
　　４．閉会

　２．報告事項

　事務局（ハローワーク{office}）：
　　{name}は、{start}の開設以来、市の福祉課と同じフロアで
　　就労支援を行っています。令和５年度の状況は次のとおりです。
　　支援対象者数については、目標{t1}人に対して{a1}人となり、達成率は{r1}％でした。
　　就職者数については、目標{t2}人に対して{a2}人となり、達成率は{r2}％でした。

　３．意見交換

　委員（{city}福祉課）：
　　引き続き連携していきたい。

　４．閉会
"""
SAKATA_SHINJO = SAKATA_RECORD.format(
    city="酒田市", office="酒田", name="さかた就労コーナー", start="令和２年４月１日",
    t1="１５０", a1="１６５", r1="１１０．０", t2="９０", a2="８１", r2="９０．０",
) + "\n（以上）\n\n" + SAKATA_RECORD.format(
    city="新庄市", office="新庄", name="しんじょう仕事窓口", start="令和３年１０月１日",
    t1="８０", a1="８８", r1="１１０．０", t2="５０", a2="５５", r2="１１０．０",
)


def test_results_sentences_of_a_report_under_no_results_heading() -> None:
    doc = jirei.parse_text(SAKATA_SHINJO)
    assert len(doc.profiles) == 2
    got = [
        [(m.label, m.target.value if m.target else None, m.actual.value if m.actual else None, m.achievement_rate) for m in p.metrics]
        for p in doc.profiles
    ]
    assert got == [
        [("支援対象者数", 150, 165, Decimal("110.0")), ("就職者数", 90, 81, Decimal("90.0"))],
        [("支援対象者数", 80, 88, Decimal("110.0")), ("就職者数", 50, 55, Decimal("110.0"))],
    ]
