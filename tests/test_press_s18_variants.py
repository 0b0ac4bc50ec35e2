"""Other publishers, a seventh round (decisions 3471-3485, branch press-s18): a news page's
article and sidebar with their site furniture, a figures box and rates stated by their topic;
a council committee's answer going through the facilities one by one; each rule with other
writers' variants and the shapes that must not trigger it."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.webfurniture import is_web_furniture

# --- a news page: the article, its box, a sidebar (decisions 3471-3473, 3477) -------------

NEWS = """みやぎ日報オンライン
ホーム ＞ 県南 ＞ 岩沼
ログイン　|　会員登録

2021年9月3日 06:00

岩沼の就労窓口、利用者が倍増

　岩沼市役所１階に市とハローワーク大河原が開いた「いわぬま就労サポートコーナー」で、２０２０年度に就職した人が最多となった。

　同コーナーは令和元年１０月１日、市と宮城労働局の協定に基づき開設された。ナビゲーターが常駐する。

┏━━━━━━━━━━━━━━━━━━┓
　数字で見る「いわぬま就労サポートコーナー」（２０２０年度）
　・支援対象者　１６０人（目標１５０人）
　・就職者　　　９８人（同９０人）
　・職業紹介　　約７００件
┗━━━━━━━━━━━━━━━━━━┛

この記事をシェア　　f　　X　　LINE

━━━━━━━━━━━━━━━━━━━━

【関連記事】

名取の窓口も好調

　名取市とハローワーク仙台が運営する「なとり就労支援センター」（一体的実施施設）は、平成３０年４月２日に開設された。２０２０年度の支援対象者数は１３２人で、目標（１２０人以上）を上回った。

　就職者は６１人だった。市によると、達成率は支援対象者数が１１０．０％、就職者数（目標６０人以上）が１０１．７％。
"""


def _profiles(text: str) -> tuple[jirei.Profile, ...]:
    return jirei.parse_text(text).profiles


def _metrics(profile: jirei.Profile) -> list[tuple[object, ...]]:
    return [
        (
            m.label,
            m.target and (m.target.value, m.target.qualifier),
            m.actual and (m.actual.value, m.actual.qualifier),
            m.achievement_rate,
        )
        for m in profile.metrics
    ]


def test_news_page_reads_the_article_and_the_sidebar() -> None:
    first, second = _profiles(NEWS)
    assert (first.facility_name, str(first.start_date)) == (
        "いわぬま就労サポートコーナー",
        "2019-10-01",
    )
    assert first.title == "岩沼の就労窓口、利用者が倍増"
    assert (second.facility_name, second.title) == ("なとり就労支援センター", "名取の窓口も好調")
    assert second.labour_bureau is None  # (the sidebar names none; the article's is not its)


@pytest.mark.parametrize(
    "reference", ["同コーナーは", "当コーナーは", "本コーナーは", "このコーナーは"]
)
def test_an_opening_dated_by_a_word_pointing_back(reference: str) -> None:
    first = _profiles(NEWS.replace("同コーナーは", reference))[0]
    assert str(first.start_date) == "2019-10-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "同コーナーは市と宮城労働局の協定に基づく。",  # no date
        "同コーナーは令和元年１０月１日から相談員を増やした。",  # no start word
    ],
)
def test_no_opening_without_a_dated_reference(sentence: str) -> None:
    dated = "同コーナーは令和元年１０月１日、市と宮城労働局の協定に基づき開設された。"
    text = NEWS.replace(dated, sentence)
    names = [p.facility_name for p in _profiles(text)]
    assert "いわぬま就労サポートコーナー" not in names or all(
        p.start_date is None
        for p in _profiles(text)
        if p.facility_name == "いわぬま就労サポートコーナー"
    )


def test_a_sentence_naming_another_facility_ends_the_search() -> None:
    from jirei.normalise import normalise
    from jirei.prosebackref import dated_by_reference
    from jirei.proseparts import _patterns

    lead = "市とハローワークが開いた「いわぬま就労サポートコーナー」で、就職した人が最多となった。"
    for between, found in (
        ("", True),
        ("「しろいし就労ルーム」も好調だ。", False),
        ("\n\n━━━━━━━━━━━━━━━━━━━━\n\n", False),
    ):
        text = normalise(
            f"{lead}{between}\n\n同コーナーは令和元年10月1日に開設された。\n", jirei.DEFAULT_RULES
        ).text
        dated = dated_by_reference(text, text, text.index("。") + 1, _patterns())
        assert (dated is not None) is found, between


def test_a_reference_two_paragraphs_on_dates_nothing() -> None:
    text = NEWS.replace(
        "　同コーナーは令和元年",
        "　記者が訪ねた日も相談が続いていた。\n\n　市の担当者も多い。\n\n　同コーナーは令和元年",
    )
    assert "いわぬま就労サポートコーナー" not in [p.facility_name for p in _profiles(text)]


def test_figures_box_with_ditto_target_and_list_labels() -> None:
    first = _profiles(NEWS)[0]
    assert _metrics(first) == [
        ("支援対象者", (150, None), (160, None), None),
        ("就職者", (90, None), (98, None), None),
        ("職業紹介", None, (700, "約"), None),
    ]


def test_box_of_the_last_case_is_its_own() -> None:
    text = NEWS[: NEWS.index("この記事をシェア")]
    (only,) = _profiles(text)
    assert [m.label for m in only.metrics] == ["支援対象者", "就職者", "職業紹介"]


def test_box_naming_another_facility_is_not_the_last_case_s() -> None:
    text = NEWS[: NEWS.index("この記事をシェア")].replace(
        "数字で見る「いわぬま就労サポートコーナー」", "数字で見る「しろいし就労ルーム」"
    )
    (only,) = _profiles(text)
    assert only.metrics == ()


def test_rates_stated_by_their_topic_join_their_metrics() -> None:
    second = _profiles(NEWS)[1]
    assert _metrics(second) == [
        ("支援対象者数", (120, "以上"), (132, None), Decimal("110.0")),
        ("就職者", (60, "以上"), (61, None), Decimal("101.7")),
    ]


def test_a_rate_of_its_own_is_no_topic_over_the_names_after_it() -> None:
    text = NEWS.replace(
        "市によると、達成率は支援対象者数が１１０．０％、就職者数（目標６０人以上）が１０１．７％。",
        "達成率は１１０．０％にとどまったものの、就職率は４６．２％だった。",
    )
    second = _profiles(text)[1]
    rates = {m.label: (m.actual and m.actual.value, m.achievement_rate) for m in second.metrics}
    assert rates["就職率"] == (Decimal("46.2"), None)


@pytest.mark.parametrize(
    "line",
    [
        "この記事をシェア　　f　　X　　LINE",
        "シェア　ツイート　はてブ",
        "この記事を共有する",
        "ログイン　|　会員登録　|　紙面ビューアー",
        "マイページ / ログアウト",
        "ホーム > 地域 > 岩沼",
    ],
)
def test_site_furniture_lines(line: str) -> None:
    import unicodedata

    assert is_web_furniture(unicodedata.normalize("NFKC", line))


@pytest.mark.parametrize(
    "line",
    [
        "仕事をシェアする新しい働き方",
        "ログインして相談予約ができるようになった。",
        "福祉と職安 窓口ひとつに",
    ],
)
def test_headlines_are_no_furniture(line: str) -> None:
    assert not is_web_furniture(line)


def test_sidebar_headline_under_the_share_buttons() -> None:
    text = NEWS.replace("この記事をシェア　　f　　X　　LINE", "シェア　ツイート　はてブ")
    assert _profiles(text)[1].title == "名取の窓口も好調"


# --- a council committee's answer, facility by facility (decisions 3474-3476) -------------

MINUTES = """令和４年６月定例会
厚生委員会会議録

○委員長（山田太郎君）　ただいまから委員会を開会いたします。

○川口一郎委員　県内の施設の実績をお示しいただきたい。

○地域福祉課長（森本明君）　お答えいたします。
　まず郡山市でございますが、郡山市と福島労働局・ハローワーク郡山が、平成２７年１０月１日から市役所本庁舎内に「こおりやま就労支援センター」を開設しております。令和３年度の実績は、支援対象者数が目標２００人以上に対しまして２３４人、達成率１１７．０％でございます。
　次にいわき市でございますが、いわき市とハローワーク平が、平成三十年四月二日からいわき市役所内に「いわき就労サポート窓口」を設置しております。令和３年度は、就職者数が目標９０人に対しまして８１人、達成率９０．０％でございました。

○川口一郎委員　郡山市の評価はどうか。

○地域福祉課長（森本明君）　郡山市からは、「相談から就職までの期間が短くなり、\
対象者の意欲が続くようになった。」との評価をいただいております。

○委員長（山田太郎君）　以上で終わります。
"""


def test_an_answer_going_through_the_facilities_gives_a_case_each() -> None:
    first, second = _profiles(MINUTES)
    assert (first.municipality, first.hello_work) == ("郡山市", ("ハローワーク郡山",))
    assert (second.municipality, second.hello_work, str(second.start_date)) == (
        "いわき市",
        ("ハローワーク平",),
        "2018-04-02",
    )
    assert [m.label for m in first.metrics] == ["支援対象者数"]
    assert [m.label for m in second.metrics] == ["就職者数"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("まず郡山市でございますが、", "次にいわき市でございますが、"),
        ("最初に郡山市については、", "続いていわき市については、"),
        ("郡山市につきましては、", "いわき市につきましては、"),
        ("最初は郡山市でございます。", "次はいわき市でございます。"),  # a head sentence first
    ],
)
def test_spoken_heads_in_other_words(first: str, second: str) -> None:
    text = MINUTES.replace("まず郡山市でございますが、", first).replace(
        "次にいわき市でございますが、", second
    )
    assert [p.municipality for p in _profiles(text)] == ["郡山市", "いわき市"]


def test_a_facility_mentioned_in_passing_is_no_case() -> None:
    text = MINUTES.replace(
        "　次にいわき市でございますが、いわき市とハローワーク平が、",
        "　なお、隣のいわき市でもハローワーク平が、",
    )
    assert [p.municipality for p in _profiles(text)] == ["郡山市"]


def test_the_speaker_line_s_post_and_name_are_no_speaker() -> None:
    first, second = _profiles(MINUTES)
    assert [(c.speaker, c.role) for c in first.comments] == [("郡山市", "municipality")]
    assert first.comments[0].text.startswith("相談から就職まで")
    assert second.comments == ()


def test_a_voice_naming_its_own_case_stays() -> None:
    text = MINUTES.replace("郡山市からは、「", "いわき市からは、「")
    first, second = _profiles(text)
    assert first.comments == ()
    assert [c.speaker for c in second.comments] == ["いわき市"]


def test_a_voice_under_its_heading_stays_in_the_case_it_stands_in() -> None:
    """Negative: a voice under a heading (the speaker on a line of its own) is the case's
    the writer put it under, whatever place its speaker names."""
    text = MINUTES.replace(
        "○地域福祉課長（森本明君）　郡山市からは、「相談から就職までの期間が短くなり、"
        "対象者の意欲が続くようになった。」との評価をいただいております。",
        "◆郡山市保護課から\n相談から就職までの期間が短くなった。",
    )
    assert "郡山市保護課から" in text
    first, second = _profiles(text)
    assert first.comments == ()
    assert [c.speaker for c in second.comments] == ["郡山市保護課"]


# --- a report's partner sections: the facility's name line over its catch phrase (3478) ---

NPO = """第３章　連携施設の取組

３－１　たかまつ就労サポート（一体的実施施設）

自治体：香川県高松市　／　労働局：香川労働局　／　ハローワーク：ハローワーク高松
事業開始：令和２年４月１日

◆市役所の窓口で、相談から就職まで◆

（１）取組内容
●生活保護のケースワーカーと合同で面談を実施
●月２回の出張相談

（２）令和４年度の目標と実績
項目	目標	実績	達成率
支援対象者数	200人以上	214人	107.0%
就職者数	120人以上	118人	98.3%

３－２　まるがめ就労支援コーナー（一体的実施施設）

自治体：香川県丸亀市　／　労働局：香川労働局　／　ハローワーク：ハローワーク丸亀
事業開始：令和３年１０月１日

◆港町の仕事を、港町で◆

（１）取組内容
●漁協と組んだ職場見学会

（２）令和４年度の目標と実績
項目	目標	実績	達成率
就職者数	60人以上	64人	106.7%
"""
_CATCHES = ("市役所の窓口で、相談から就職まで", "港町の仕事を、港町で")


def _marked(mark_open: str, mark_close: str) -> str:
    text = NPO
    for catch in _CATCHES:
        text = text.replace(f"◆{catch}◆", f"{mark_open}{catch}{mark_close}")
    return text


@pytest.mark.parametrize(
    ("mark_open", "mark_close"), [("◆", "◆"), ("■", "■"), ("◇", "◇"), ("「", "」"), ("", "")]
)
def test_catch_phrase_under_the_facility_s_name_line(mark_open: str, mark_close: str) -> None:
    profiles = _profiles(_marked(mark_open, mark_close))
    assert [p.title for p in profiles] == list(_CATCHES)
    assert [(p.facility_name, p.facility_type) for p in profiles] == [
        ("たかまつ就労サポート", "一体的実施施設"),
        ("まるがめ就労支援コーナー", "一体的実施施設"),
    ]
    assert profiles[0].initiatives == (
        "生活保護のケースワーカーと合同で面談を実施",
        "月2回の出張相談",
    )
    assert profiles[1].initiatives == ("漁協と組んだ職場見学会",)


def test_a_line_behind_one_list_mark_stays_an_item() -> None:
    """Negative: ``◆…`` with no closing mark is a list item as before, not the headline; the
    facility's own name line is no headline either (decision 3460, offices-s18)."""
    profiles = _profiles(_marked("◆", ""))
    assert profiles[0].title is None
    assert profiles[0].initiatives[0] == _CATCHES[0]


# --- quotations closed by any short predicate after と (decision 3479) ---------------------

QUOTED = """岩沼の就労窓口、利用者が倍増

　岩沼市とハローワーク大河原が市役所１階に開いた「いわぬま就労サポートコーナー」は、\
令和元年１０月１日に開設された。

　{quote}
"""


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        (
            "市福祉課の担当者は「相談が増えた。今後も続けたい」と、手応えを明かす。",
            ("岩沼市福祉課", "municipality", "相談が増えた。今後も続けたい"),
        ),
        (
            "ハローワーク大河原の所長は「求人の開拓が課題だ。市と一緒に進めたい」と課題を挙げた。",
            ("ハローワーク大河原所長", "hello_work", "求人の開拓が課題だ。市と一緒に進めたい"),
        ),
        (
            "宮城労働局の担当者は「窓口が一つになり、支援が早くなった」と効果を強調する。",
            ("宮城労働局", "labour_bureau", "窓口が一つになり、支援が早くなった"),
        ),
    ],
)
def test_quotation_closed_by_any_predicate(quote: str, said: tuple[str, str, str]) -> None:
    (only,) = _profiles(QUOTED.format(quote=quote))
    assert [(c.speaker, c.role, c.text) for c in only.comments] == [said]


@pytest.mark.parametrize(
    "quote",
    [
        "市福祉課の担当者は「いわぬま就労サポート」という名称を考えた。",  # a name
        "市福祉課の担当者は「しごとの窓口」と名付けた。",  # a name given
        "窓口で仕事を得た四十代の女性は「夜も相談できて助かった。」と笑顔を見せた。",  # a user
        "市福祉課の担当者は「相談が増えた。」となぜか繰り返し何度も強く語り続けていた。",  # long
    ],
)
def test_no_comment_from_a_name_a_user_or_a_long_predicate(quote: str) -> None:
    (only,) = _profiles(QUOTED.format(quote=quote))
    assert only.comments == ()


@pytest.mark.parametrize(
    "head",
    [
        "○地域福祉課長（森本明君）　",
        "○森本地域福祉課長　",  # the name before the post, no bracket (the space lost in NFKC)
        "◯森本課長　",
        "〇保健福祉部長（森本明君）",
    ],
)
def test_speaker_line_forms_are_no_part_of_the_speaker(head: str) -> None:
    text = MINUTES.replace("○地域福祉課長（森本明君）　郡山市からは", head + "郡山市からは")
    first, _ = _profiles(text)
    assert [(c.speaker, c.role) for c in first.comments] == [("郡山市", "municipality")]


def test_an_opening_year_alone_anchors_a_case_without_a_start_date() -> None:
    text = NEWS.replace(
        "２０２０年度に就職した人が最多となった。",
        "２０２０年度に就職した人が２０１９年の開設以来最多となった。",
    ).replace("同コーナーは令和元年１０月１日、市と宮城労働局の協定に基づき開設された。", "")
    first, second = _profiles(text)
    assert (first.facility_name, first.start_date) == ("いわぬま就労サポートコーナー", None)
    assert [m.label for m in first.metrics] == ["支援対象者", "就職者", "職業紹介"]
    assert second.facility_name == "なとり就労支援センター"


@pytest.mark.parametrize("year", ["２０２０年度の", ""])
def test_a_fiscal_year_or_no_year_anchors_nothing(year: str) -> None:
    """Negative: a fiscal year (``…年度``) is no opening year, and a lead with no year and no
    dated reference opens no case."""
    text = NEWS.replace(
        "２０２０年度に就職した人が最多となった。", f"{year}就職した人が開設以来最多となった。"
    ).replace("同コーナーは令和元年１０月１日、市と宮城労働局の協定に基づき開設された。", "")
    assert [p.facility_name for p in _profiles(text)] == ["なとり就労支援センター"]
