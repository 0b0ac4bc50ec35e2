"""Other publishers in the genre, read by content (decisions 3086-3100, branch press-s16).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* the bureau that publishes a press release or a 業務概要 names itself on the cover — alone,
  with its department, with the document's title, an edition, a date or a publisher's word —
  and is the bureau of every case naming a Hello Work but no bureau (3086);
* a stakeholder's judgement heading (``【市の評価】``, ``〈ハローワークの意見〉``, ``■労働局の
  見解``) opens a comment; its speaker is the name after it (bracketed or bare), else the
  heading's own organisation; a heading of no stakeholder (``【事業の評価】``) opens none (3087);
* a title field saying there is none (``キャッチフレーズ　なし``, ``テーマ：－``) gives no
  title (3088).
"""

from __future__ import annotations

import unicodedata

import pytest

import jirei

#: (city, office, facility, date written, ISO date, catch phrase, target, actual)
_CASES = [
    ("静岡市", "ハローワーク静岡", "しずおか就労サポートルーム", "令和2年4月1日", "2020-04-01",
     "駅前の庁舎で相談から就職まで", 210, 236),
    ("浜松市", "ハローワーク浜松", "はままつ仕事相談コーナー", "平成29年10月2日", "2017-10-02",
     "ひとり親の就職を市役所の窓口で", 95, 101),
]


def _cases(comment: str = "") -> str:
    parts = []
    for number, case in enumerate(_CASES, start=1):
        city, office, facility, date, _, phrase, target, actual = case
        parts.append(
            f"\n（{number}）{city}／{office}\n"
            f"　■施設名　{facility}［一体的実施施設］\n"
            f"　■開　設　{date}\n"
            f"　■キャッチフレーズ　{phrase}\n\n"
            "　【取組内容】\n"
            f"　　①{city}の相談員とハローワークの支援員が同じ窓口で対応\n"
            "　　②月1回のケース会議で支援方針を共有\n\n"
            "　【令和4年度の事業目標と実績】\n"
            "　　　　　　　　　　目標　　　実績\n"
            f"　　支援対象者数　　{target}人　　{actual}人\n"
            f"{comment}"
        )
    return "".join(parts)


def _bureaus(cover: str, comment: str = "") -> list[str | None]:
    text = cover + "\n\n２　一体的実施事業の取組事例\n" + _cases(comment)
    return [p.labour_bureau for p in jirei.parse_text(text).profiles]


#: covers naming the publishing bureau in other ways than on a line of its own
_COVERS = {
    "title_after": "静岡労働局 業務概要（令和4年度版）\n\n第３章　職業安定行政",
    "title_before": "業務概要【静岡労働局】\n\n令和５年７月",
    "year_first": "令和4年度　静岡労働局業務年報\n\n目　次",
    "press_english": "報道発表資料\n\n令和5年6月30日\n\n静岡労働局 Press Release\n\n"
    "一体的実施事業の成果について",
    "press_publisher": "報道発表資料\n\n令和５年６月３０日（金）　静岡労働局発表\n\n"
    "一体的実施事業の成果について",
    "publisher_label": "令和４年度　業務年報\n\n目　次\n\n発行：静岡労働局職業安定部",
    "contact_line": "報道発表資料\n\n【照会先】静岡労働局職業安定部職業安定課　課長　山田　太郎"
    "　（電話）054-254-3100\n\n一体的実施事業の成果について",
    "contact_colon": "Press Release\n\n担当：静岡労働局職業対策課　山田\n\n"
    "一体的実施事業の成果について",
    "press_contact": "記者発表資料\n\n【照会先】\n静岡労働局職業安定部職業安定課\n"
    "課長　山田　太郎\n\n一体的実施事業の成果について",
}


@pytest.mark.parametrize("cover", sorted(_COVERS))
def test_the_publishing_bureau_is_every_case_bureau(cover: str) -> None:
    assert _bureaus(_COVERS[cover]) == ["静岡労働局", "静岡労働局"]


#: covers that must not fill a bureau
_NOT_COVERS = {
    # a collection of good practice the bureau compiles names its compiler only (decision 33)
    "compiler": "一体的実施事業　好事例集\n\n静岡労働局",
    # the bureau in a sentence, no publisher's line
    "sentence": "報道発表資料\n\n静岡労働局では、県内の市と連携した取組を公表します。",
    # two bureaus named: whose cases they are is not said
    "two_bureaus": "静岡労働局 業務概要\n\n愛知労働局との合同相談会を開催した。",
    # a bureau line with other words after it (a person's name): no publisher's line
    "head": "報道発表資料\n\n静岡労働局（局長　山田　太郎）",
    # a contact line in a collection of good practice: no title word of a report on the
    # bureau's own business
    "compiler_contact": "一体的実施事業　好事例集\n\n"
    "【問合せ先】静岡労働局職業安定部　電話054-254-3100",
    # a contact label over no bureau
    "contact_city": "報道発表資料\n\n【照会先】静岡市保健福祉局　電話054-221-1111\n\n"
    "静岡労働局では、県内の市と連携した取組を公表します。",
}


@pytest.mark.parametrize("cover", sorted(_NOT_COVERS))
def test_a_cover_naming_no_publisher_fills_no_bureau(cover: str) -> None:
    assert _bureaus(_NOT_COVERS[cover]) == [None, None]


def _comments(comment: str) -> list[list[tuple[str | None, str, str]]]:
    text = "静岡労働局 業務概要（令和4年度版）\n\n２　一体的実施事業の取組事例\n" + _cases(comment)
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 2
    return [[(c.speaker, c.role, c.text) for c in p.comments] for p in profiles]


_SAID = "窓口が同じ庁舎にあることで、相談から就職まで切れ目なく支援できている。"

#: judgement headings in other brackets and marks; (speaker, role) expected
_JUDGEMENTS = {
    "bracket_after": ("\n　【市の評価】（静岡市保健福祉局）\n　　{said}\n", "静岡市保健福祉局",
                      "municipality"),
    "bare_after": ("\n　〈市の意見〉静岡市福祉部\n　　{said}\n", "静岡市福祉部", "municipality"),
    "office_after": ("\n　《ハローワークの所感》ハローワーク静岡\n　　{said}\n", "ハローワーク静岡",
                     "hello_work"),
    "alone": ("\n　【労働局の評価】\n　　{said}\n", "労働局", "labour_bureau"),
    "marked": ("\n　■労働局の見解（静岡労働局職業安定部）\n　　{said}\n", "静岡労働局職業安定部",
               "labour_bureau"),
    "word_first": ("\n　【評価（静岡市保健福祉局）】\n　　{said}\n", "静岡市保健福祉局",
                   "municipality"),
    "word_then_bracket": ("\n　■意見（ハローワーク静岡）\n　　{said}\n", "ハローワーク静岡",
                          "hello_work"),
    "round_alone": ("\n　（ハローワークの意見）\n　　{said}\n", "ハローワーク", "hello_work"),
}


@pytest.mark.parametrize("form", sorted(_JUDGEMENTS))
def test_a_judgement_heading_opens_a_comment(form: str) -> None:
    template, speaker, role = _JUDGEMENTS[form]
    for comments in _comments(template.format(said=_SAID)):
        assert comments == [(speaker, role, _SAID)]


_NOTES = (
    "資料３\n\n令和５年度　静岡県就労自立促進事業協議会\n\n静岡労働局職業安定部\n\n"
    "２　令和４年度の実績\n\n"
    "施設名\t所在市\t事業開始\t支援対象者数\t支援対象者数\n\t\t\t目標\t実績\n"
    "しずおか就労サポートルーム\t静岡市\tR2.4.1\t210人\t236人\n"
    "はままつ仕事相談コーナー\t浜松市\tH29.10.2\t95人\t101人\n\n"
    "３　各施設の特徴\n\n"
    "（１）しずおか就労サポートルーム（静岡市／静岡労働局・ハローワーク静岡）\n"
    "　○市の相談員と就職支援ナビゲーターが毎朝打合せを実施\n"
    "　○区役所への出張相談を月2回実施\n"
    "{first}"
    "（２）はままつ仕事相談コーナー（浜松市／静岡労働局・ハローワーク浜松）\n"
    "　○ひとり親向けの相談日を毎月開設\n"
    "　○職業訓練の受講を案内\n"
    "{second}"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("　【市の意見】静岡市保健福祉局\n", "　【ハローワークの意見】ハローワーク浜松\n"),
        ("　＜市の評価＞（静岡市保健福祉局）\n", "　〔ハローワークの評価〕ハローワーク浜松\n"),
    ],
)
def test_a_judgement_heading_under_items_ends_the_list(first: str, second: str) -> None:
    """A judgement heading right under a facility's ○ notes (no blank line): a comment,
    no wrapped note."""
    text = _NOTES.format(first=f"{first}　　{_SAID}\n\n", second=f"{second}　　{_SAID}\n")
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 2
    assert profiles[0].initiatives[-1] == "区役所への出張相談を月2回実施"
    assert [(c.speaker, c.role, c.text) for c in profiles[0].comments] == [
        ("静岡市保健福祉局", "municipality", _SAID)]
    assert profiles[1].initiatives[-1] == "職業訓練の受講を案内"
    assert [(c.speaker, c.role, c.text) for c in profiles[1].comments] == [
        ("ハローワーク浜松", "hello_work", _SAID)]


#: headings naming no stakeholder, and lines that only start like a heading: no comment
_NOT_JUDGEMENTS = {
    "topic": "\n　【事業の評価】\n　　{said}\n",
    "bare_word": "\n　【評価】\n　　{said}\n",
    "sentence": "\n　■市の評価が高い取組として、ケース会議を継続した。\n",
    "topic_note": "\n　【事業の評価】目標を達成\n",
    "word_year": "\n　【評価（令和４年度）】\n　　{said}\n",
}


@pytest.mark.parametrize("form", sorted(_NOT_JUDGEMENTS))
def test_a_heading_of_no_stakeholder_opens_no_comment(form: str) -> None:
    for comments in _comments(_NOT_JUDGEMENTS[form].format(said=_SAID)):
        assert comments == []


def test_the_judgement_speakers_are_read_from_the_heading_line() -> None:
    from jirei.lines import Line
    from jirei.speakerforms import speaker_heading

    for line, speaker in [
        ("【市の評価】（豊橋市福祉部）", "豊橋市福祉部"),
        ("〈ハローワークの意見〉ハローワーク岡崎", "ハローワーク岡崎"),
        ("【県の所感】", "県"),
        ("【労働局の評価】", "労働局"),
    ]:
        found = speaker_heading(Line(unicodedata.normalize("NFKC", line), 0))
        assert found is not None and found[0] == speaker
    for line in ["【事業の評価】", "【利用者の評価】", "【市の評価】が高まった", "【市の評価】ＡＡ",
                 "【市の評価】達成",
                 "【取組の評価】（令和4年度）"]:
        assert speaker_heading(Line(unicodedata.normalize("NFKC", line), 0)) is None


def _titles(phrase_line: str) -> list[str | None]:
    text = "静岡労働局 業務概要\n\n２　取組事例\n" + _cases()
    first = f"　■キャッチフレーズ　{_CASES[0][5]}\n"
    text = text.replace(first, phrase_line + "\n", 1)
    return [p.title for p in jirei.parse_text(text).profiles]


@pytest.mark.parametrize(
    "line",
    ["　■キャッチフレーズ　なし", "　■キャッチフレーズ：－", "　【キャッチフレーズ】該当なし",
     "　キャッチフレーズ　特になし"],
)
def test_a_title_field_saying_none_gives_no_title(line: str) -> None:
    assert _titles(line) == [None, _CASES[1][5]]


def test_a_title_that_only_starts_with_none_is_kept() -> None:
    assert _titles("　■キャッチフレーズ　なしの日もある窓口を毎日に") == [
        "なしの日もある窓口を毎日に", _CASES[1][5]]


@pytest.mark.parametrize(
    ("first", "second", "speakers"),
    [
        ("　（静岡市の評価）{said}\n\n", "　（ハローワーク浜松の評価）{said}\n",
         [("静岡市", "municipality"), ("ハローワーク浜松", "hello_work")]),
        ("　【静岡市保健福祉局の意見】{said}\n\n", "　〈静岡労働局の所感〉{said}\n",
         [("静岡市保健福祉局", "municipality"), ("静岡労働局", "labour_bureau")]),
        ("　■静岡市の見解：{said}\n\n", "　◇ハローワーク浜松の意見：{said}\n",
         [("静岡市", "municipality"), ("ハローワーク浜松", "hello_work")]),
        ("　【市の意見】（静岡市保健福祉局）{said}\n\n",
         "　＜ハローワークの所感（ハローワーク浜松）＞{said}\n",
         [("静岡市保健福祉局", "municipality"), ("ハローワーク浜松", "hello_work")]),
        ("　【市の意見】静岡市保健福祉局：{said}\n\n",
         "　〔労働局の評価〕静岡労働局職業安定部：{said}\n",
         [("静岡市保健福祉局", "municipality"), ("静岡労働局職業安定部", "labour_bureau")]),
    ],
)
def test_a_judgement_with_its_words_on_the_line(
    first: str, second: str, speakers: list[tuple[str, str]]
) -> None:
    """``（熊本市の評価）text``: the judgement heading and the words on one line, right under a
    facility's notes — a comment, no wrapped note."""
    text = _NOTES.format(first=first.format(said=_SAID), second=second.format(said=_SAID))
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 2
    assert profiles[0].initiatives[-1] == "区役所への出張相談を月2回実施"
    assert profiles[1].initiatives[-1] == "職業訓練の受講を案内"
    read = [[(c.speaker, c.role, c.text) for c in p.comments] for p in profiles]
    assert read == [[(speaker, role, _SAID)] for speaker, role in speakers]


@pytest.mark.parametrize(
    "line",
    ["　（利用者の意見）とても相談しやすかった。\n", "　【事業の評価】目標を上回る就職だった。\n"],
)
def test_a_judgement_of_no_stakeholder_on_the_line_is_no_comment(line: str) -> None:
    """No stakeholder's comment; nor is the line glued to the last item (voices-s16's 3108
    cuts a voice off the item above it: a user's opinion stays a comment of role other)."""
    text = _NOTES.format(first=line + "\n", second=line)
    profiles = jirei.parse_text(text).profiles
    last = ["区役所への出張相談を月2回実施", "職業訓練の受講を案内"]
    assert [p.initiatives[-1] for p in profiles] == last
    roles = {c.role for p in profiles for c in p.comments}
    assert roles <= {"other"}


def test_a_judgement_section_over_its_speakers() -> None:
    """``【関係者の評価】`` over one line per speaker: the comments section (decision 3090)."""
    block = (
        "\n　【関係者の評価】\n"
        f"　　○静岡市福祉部：{_SAID}\n"
        "　　○静岡労働局：目標を上回る就職につながった。\n"
    )
    for comments in _comments(block):
        assert comments == [("静岡市福祉部", "municipality", _SAID),
                            ("静岡労働局", "labour_bureau", "目標を上回る就職につながった。")]
