"""Voices and results in other shapes (decisions 2766–2771, branch voices-s14).

Each rule is tried on documents written for this file, in layouts other than the
development documents' (other places, figures, spacing, brackets and marks), with negative
variants that must not trigger it:

- 2766 a facility's ``name（kind）`` behind a heading number, over its field lines or over
  the catch phrase above them, opens its case (a web page's numbered sections);
- 2767 a speaker heading or marked speaker line whose organisation or member closes in a
  bracket (``＜運営協議会委員（学識経験者）＞``, ``○…区役所（…課）``);
- 2768 ``の所見`` / ``の所感`` closing a speaker line is no part of the speaker;
- 2769 a table under two stub words (``区分 項目 目標 実績``) whose group cell stands on a
  group's first row only, cells parted by one space, tabs or runs of spaces;
- 2770 a quotation reported in prose, a user's too, is no other result;
- 2771 a bracketed group caption over its table inside a results section, the next group's
  table (cells parted by one space) after a page break.

Every expected value was written by hand from reading the document by
docs/reading-rules.md and corpus/README.md, never printed from the parser.
"""

from __future__ import annotations

import jirei

MU, HW, LB, OT = "municipality", "hello_work", "labour_bureau", "other"


def _parse(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


def _comments(profile: jirei.Profile) -> list[tuple[str, str, str]]:
    return [(c.speaker or "", c.role, "".join(c.text.split())) for c in profile.comments]


def _metrics(profile: jirei.Profile) -> list[tuple[str, str | None, object, object]]:
    return [
        (
            m.label,
            m.group,
            m.target.value if m.target is not None else None,
            m.actual.value if m.actual is not None else None,
        )
        for m in profile.metrics
    ]


# --- 2766: a numbered facility name over its case -----------------------------------------

_PAGE_HEAD = (
    "本文へ移動\n文字サイズ 標準 拡大\n{city}ホーム > 福祉 > 就労支援の窓口\n\n"
    "ハローワークと一体となった就労支援の窓口\n最終更新日：2020年3月2日\n\n"
    "{city}では、労働局及びハローワークと協定を結び、市の施設の中に相談窓口を設けています。\n\n"
    "このページの目次\n1. {first}（生活保護を受けている方）\n2. {second}（障がいのある方）\n"
    "3. お問い合わせ\n\n"
)

_FACILITY = (
    "{number}{name}（{kind}）\n"
    "{phrase}"
    "開設日：{date}\n"
    "場所：{city}{ward}役所 1階\n"
    "連携：{bureau}・{office}\n\n"
    "主な取組み\n・{item}\n\n"
    "令和元年度の実績\n区分\t目標\t実績\n支援対象者数\t{target}人\t{actual}人\n\n"
    "担当者から\n■{city}{ward}{section}から\n{said}\n\n"
    "ページの先頭へ戻る\n\n"
)


def _web_page(number_1: str, number_2: str, phrase_1: str, phrase_2: str) -> str:
    city = "静岡市"
    head = _PAGE_HEAD.format(
        city=city, first="しずおか就労サポート", second="しごと相談デスクしみず"
    )
    one = _FACILITY.format(
        number=number_1, name="しずおか就労サポート", kind="一体的実施施設", phrase=phrase_1,
        date="2014年（平成26年）6月2日", city=city, ward="葵区", bureau="静岡労働局",
        office="ハローワーク静岡", item="保護課の窓口から職員が同行して案内します。",
        target=300, actual=326, section="保護課",
        said="同じ建物に窓口があるので、相談に来られた方をすぐに案内できます。",
    )
    two = _FACILITY.format(
        number=number_2, name="しごと相談デスクしみず", kind="常設窓口", phrase=phrase_2,
        date="2017年（平成29年）10月2日", city=city, ward="清水区", bureau="静岡労働局",
        office="ハローワーク清水", item="障がい福祉の担当と連携して職業相談を行います。",
        target=80, actual=91, section="福祉課",
        said="区役所での手続きのついでに相談できると好評です。",
    )
    return head + one + two + "3. お問い合わせ\n静岡市 保健福祉長寿局\n電話：054-000-0000\n"


def _names(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.facility_name, p.facility_type) for p in _parse(text)]


WANT_NAMES = [("しずおか就労サポート", "一体的実施施設"), ("しごと相談デスクしみず", "常設窓口")]


def test_numbered_name_over_its_catch_phrase_and_fields() -> None:
    text = _web_page("1. ", "2. ", "窓口ひとつで、相談から就職まで寄り添います\n", "")
    assert _names(text) == WANT_NAMES


def test_numbered_name_in_other_number_styles() -> None:
    for first, second in (("(1) ", "(2) "), ("1）", "2）"), ("I. ", "II. ")):
        text = _web_page(first, second, "", "手続きのついでに、仕事の相談も\n")
        assert _names(text) == WANT_NAMES, (first, second)


def test_name_behind_a_glued_number_or_a_list_mark() -> None:
    # the number or mark is no part of the name, with or without a catch phrase under it
    for mark in ("1．", "■", "◆ "):
        second = "2．" if mark == "1．" else mark
        for phrase in ("窓口ひとつで、相談から就職まで寄り添います\n", ""):
            text = _web_page(mark, second, phrase, "")
            assert _names(text) == WANT_NAMES, (mark, phrase)


def test_numbered_name_keeps_the_comment_above_whole() -> None:
    text = _web_page("1. ", "2. ", "", "")
    first = _parse(text)[0]
    assert _comments(first) == [
        ("静岡市葵区保護課", MU, "同じ建物に窓口があるので、相談に来られた方をすぐに案内できます。")
    ]


def test_catch_phrase_closing_a_sentence_is_no_bridge() -> None:
    # a sentence between the numbered name and the fields: the name is not the case's
    text = _web_page("1. ", "2. ", "窓口は区役所の1階にあります。\n", "")
    assert _names(text)[0] == (None, None)


# --- 2767: a bracket closing a speaker --------------------------------------------------


def _case(place: str, bureau: str, office: str, voices: str) -> str:
    return (
        f"【{place}】【{bureau}・{office}】\n"
        "はたらくサポート窓口（一体的実施施設）　平成30年4月2日事業開始\n\n"
        "福祉と就労をひとつの窓口で\n\n"
        "【取組内容】\n・ケースワーカーが相談者を窓口へ案内する\n\n"
        "【令和4年度実績】\n| 区分 | 目標 | 実績 |\n| --- | --- | --- |\n"
        "| 就職者数 | 90人 | 104人 |\n\n"
        f"（４）関係者のコメント\n{voices}\n"
    )


def test_angle_heading_with_a_member_in_brackets() -> None:
    text = _case(
        "長野県上田市", "長野労働局", "ハローワーク上田",
        "＜上田市福祉部＞\n二つの課が同じ窓口に並び、支援が途切れなくなった。\n"
        "＜運営協議会委員（学識経験者）＞\n福祉と労働が一つの窓口を共有する先駆的な取組である。\n"
        "《構成員（医師会）》\n治療と仕事の両立の相談にもつながっている。",
    )
    assert _comments(_parse(text)[0]) == [
        ("上田市福祉部", MU, "二つの課が同じ窓口に並び、支援が途切れなくなった。"),
        ("運営協議会委員(学識経験者)", OT, "福祉と労働が一つの窓口を共有する先駆的な取組である。"),
        ("構成員(医師会)", OT, "治療と仕事の両立の相談にもつながっている。"),
    ]


def test_angle_heading_with_a_department_in_brackets() -> None:
    text = _case(
        "長野県松本市", "長野労働局", "ハローワーク松本",
        "〈松本市役所（生活支援課）〉\n窓口が同じ建物にあることで同行がしやすくなった。\n"
        "〈ハローワーク松本〉\n初回から踏み込んだ相談ができている。",
    )
    assert _comments(_parse(text)[0]) == [
        ("松本市役所(生活支援課)", MU, "窓口が同じ建物にあることで同行がしやすくなった。"),
        ("ハローワーク松本", HW, "初回から踏み込んだ相談ができている。"),
    ]


def test_marked_speaker_with_a_department_in_brackets() -> None:
    text = _case(
        "京都府京都市右京区", "京都労働局", "ハローワーク西陣",
        # (a PDF export's text wrapped at the line's width: no line under the speaker
        # closes a sentence but the last)
        "○京都市右京区役所（保健福祉センター生活福祉課）\n"
        "窓口が同じ建物にあることで、つなぎが格段に\n円滑になった。\n"
        "◆ハローワーク西陣（職業相談部門）\n市との情報共有で就職までの期間が\n短くなった。\n"
        "○京都労働局\n他の区にも手法を広げていく。",
    )
    assert _comments(_parse(text)[0]) == [
        (
            "京都市右京区役所(保健福祉センター生活福祉課)",
            MU,
            "窓口が同じ建物にあることで、つなぎが格段に円滑になった。",
        ),
        ("ハローワーク西陣(職業相談部門)", HW, "市との情報共有で就職までの期間が短くなった。"),
        ("京都労働局", LB, "他の区にも手法を広げていく。"),
    ]


def test_square_and_lenticular_headings_with_an_inner_bracket() -> None:
    # the next voice after a heading's voice, its text wrapped over lines (a PDF export)
    for heading, speaker, role in (
        ("【運営協議会委員（学識経験者）】", "運営協議会委員(学識経験者)", OT),
        ("［運営協議会委員（学識経験者）］", "運営協議会委員(学識経験者)", OT),
        ("〔上田市役所（福祉課）〕", "上田市役所(福祉課)", MU),
    ):
        text = _case(
            "長野県上田市", "長野労働局", "ハローワーク上田",
            "＜上田市福祉部＞\n二つの課が同じ窓口に並び、支援が\n途切れなくなった。\n"
            f"{heading}\n福祉と労働が一つの窓口を共有する\n先駆的な取組である。",
        )
        assert _comments(_parse(text)[0]) == [
            ("上田市福祉部", MU, "二つの課が同じ窓口に並び、支援が途切れなくなった。"),
            (speaker, role, "福祉と労働が一つの窓口を共有する先駆的な取組である。"),
        ], heading


def test_square_heading_with_a_year_or_a_place_in_brackets_is_no_speaker() -> None:
    for heading in ("【取組の成果（令和4年度）】", "【上田市（長野県）】"):
        text = _case(
            "長野県上田市", "長野労働局", "ハローワーク上田",
            "＜上田市福祉部＞\n二つの課が同じ窓口に並び、支援が\n途切れなくなった。\n"
            f"{heading}\n福祉と労働が一つの窓口を共有する\n先駆的な取組である。",
        )
        speakers = [c[0] for c in _comments(_parse(text)[0])]
        assert speakers == ["上田市福祉部"], heading


def test_marked_member_with_what_they_are_in_brackets() -> None:
    for line, speaker in (
        ("○運営協議会委員（学識経験者）", "運営協議会委員(学識経験者)"),
        ("◆構成員（医師会）", "構成員(医師会)"),
    ):
        text = _case(
            "長野県上田市", "長野労働局", "ハローワーク上田",
            "○上田市福祉部\n二つの課が同じ窓口に並び、支援が\n途切れなくなった。\n"
            f"{line}\n福祉と労働が一つの窓口を共有する\n先駆的な取組である。",
        )
        assert _comments(_parse(text)[0]) == [
            ("上田市福祉部", MU, "二つの課が同じ窓口に並び、支援が途切れなくなった。"),
            (speaker, OT, "福祉と労働が一つの窓口を共有する先駆的な取組である。"),
        ], line
    # a year in the bracket names nobody: the line stays the text of the comment above
    text = _case(
        "長野県上田市", "長野労働局", "ハローワーク上田",
        "○上田市福祉部\n二つの課が同じ窓口に並び、支援が\n途切れなくなった。\n"
        "■委員（令和4年度）\n福祉と労働が一つの窓口を共有する\n先駆的な取組である。",
    )
    assert [c[0] for c in _comments(_parse(text)[0])] == ["上田市福祉部"]


def test_bracketed_heading_naming_no_speaker_stays_none() -> None:
    # a bracket of a year or a unit after a word naming nobody is no speaker heading
    text = _case(
        "長野県飯田市", "長野労働局", "ハローワーク飯田",
        "＜飯田市福祉課＞\n面談の直後に窓口へ案内できるようになった。\n"
        "＜参考（令和4年度）＞\n相談件数は前年度より増えた。",
    )
    speakers = [c[0] for c in _comments(_parse(text)[0])]
    assert "参考(令和4年度)" not in speakers
    assert speakers[0] == "飯田市福祉課"


# --- 2768: の所見 closing a speaker line --------------------------------------------------


def test_view_word_closes_no_speaker() -> None:
    text = _case(
        "群馬県高崎市", "群馬労働局", "ハローワーク高崎",
        "**高崎市福祉部**：巡回相談で接点が増えた。\n"
        "**調査担当者の所見**\n窓口の一本化と分担を両立させている点は参考となる。",
    )
    assert _comments(_parse(text)[0])[-1] == (
        "調査担当者", OT, "窓口の一本化と分担を両立させている点は参考となる。"
    )


def test_view_word_in_another_speaker_line() -> None:
    # (a marked ``■視察委員の所感`` heading stays an aside's heading: decisions 1226, 1340)
    text = _case(
        "群馬県太田市", "群馬労働局", "ハローワーク太田",
        "**太田市福祉課**\n同行支援で来所が途切れなくなった。\n"
        "**視察者の所感**：市と国の役割分担が明確で、他地域の参考になる。",
    )
    assert _comments(_parse(text)[0]) == [
        ("太田市福祉課", MU, "同行支援で来所が途切れなくなった。"),
        ("視察者", OT, "市と国の役割分担が明確で、他地域の参考になる。"),
    ]


# --- 2769: two stubs, the group cell on a group's first row only --------------------------

_TWO_STUB_ROWS = [
    ("区分", "項目", "事業目標", "実績", "達成率"),
    ("生活保護受給者等", "支援対象者数", "150人以上", "171人", "114.0%"),
    ("", "就職者数", "95人以上", "99人", "104.2%"),
    ("児童扶養手当受給者", "支援対象者数", "60人", "66人", "110.0%"),
    ("", "就職者数", "40人", "38人", "95.0%"),
]

WANT_GROUPED = [
    ("支援対象者数", "生活保護受給者等", 150, 171),
    ("就職者数", "生活保護受給者等", 95, 99),
    ("支援対象者数", "児童扶養手当受給者", 60, 66),
    ("就職者数", "児童扶養手当受給者", 40, 38),
]


def _grouped_doc(separator: str) -> str:
    table = "\n".join(
        separator.join(cell for cell in row if cell) for row in _TWO_STUB_ROWS
    )
    return (
        "参考資料２\n事例１　山梨県甲府市\n子育てと仕事探しを同じ部屋で\n"
        "施設名・種別 こうふ就労サポート（一体的実施施設）\n所管労働局 山梨労働局\n"
        "連携安定所 ハローワーク甲府\n事業開始 平成二十九年四月三日\n"
        "（１）取組内容\n・市の自立支援員とナビゲーターが同じ部屋で相談を実施\n"
        "（２）令和４年度の事業目標と実績\n"
        f"{table}\n"
        "（３）その他の実績\n・土曜相談に延べ１２０人が来所\n"
    )


def test_two_stub_table_one_space_apart() -> None:
    assert _metrics(_parse(_grouped_doc(" "))[0]) == WANT_GROUPED


def test_two_stub_table_full_width_space_apart() -> None:
    assert _metrics(_parse(_grouped_doc("\u3000"))[0]) == WANT_GROUPED


def test_two_stub_table_tab_apart() -> None:
    assert _metrics(_parse(_grouped_doc("\t"))[0]) == WANT_GROUPED


def test_two_stub_table_runs_of_spaces() -> None:
    assert _metrics(_parse(_grouped_doc("    "))[0]) == WANT_GROUPED


def test_two_stub_table_keeps_the_other_results() -> None:
    profile = _parse(_grouped_doc(" "))[0]
    assert [text for text in profile.other_results] == ["土曜相談に延べ120人が来所"]


def test_one_stub_table_has_no_groups() -> None:
    # one stub: every row a metric, no group read
    text = _grouped_doc(" ").replace(
        "\n".join(" ".join(c for c in row if c) for row in _TWO_STUB_ROWS),
        "項目 事業目標 実績 達成率\n支援対象者数 150人以上 171人 114.0%\n"
        "就職者数 95人以上 99人 104.2%",
    )
    assert _metrics(_parse(text)[0]) == [
        ("支援対象者数", None, 150, 171), ("就職者数", None, 95, 99)
    ]


# --- 2770: a reported quotation is no other result ----------------------------------------


def _prose_case(paragraphs: str) -> str:
    return (
        "【福井県福井市】【福井労働局・ハローワーク福井】\n"
        "ふくい就労支援コーナー（一体的実施施設）　平成27年7月1日事業開始\n\n"
        "ひとり親の仕事探しに寄り添う\n\n"
        "【取組内容】\n・手当の窓口での出張相談\n\n"
        "【令和3年度実績】\n■支援対象者数：１５０人（目標１４０人以上、達成率１０７．１％）\n"
        "■就職者数：９８人（目標９０人以上、達成率１０８．９％）\n\n"
        f"{paragraphs}\n"
    )


def test_user_quotation_is_no_other_result() -> None:
    text = _prose_case(
        "　窓口を利用して事務職に就いた利用者（４０代男性）は「子どもの送迎に合う求人を"
        "一緒に探してもらい、安心して働き始められた」と話してくれた。\n"
        "　出張相談には延べ６０人が参加し、１８人が就職した。"
    )
    profile = _parse(text)[0]
    assert list(profile.other_results) == ["出張相談には延べ60人が参加し、18人が就職した。"]
    assert profile.comments == ()


def test_named_event_in_quotes_stays_a_result() -> None:
    text = _prose_case("　「しごと体験ツアー」には延べ３８人が参加し、うち１５人が就職した。")
    profile = _parse(text)[0]
    assert list(profile.other_results) == [
        "「しごと体験ツアー」には延べ38人が参加し、うち15人が就職した。"
    ]


# --- 2771: a group caption in brackets over each group's table ----------------------------


def test_bracketed_group_captions_over_spaced_tables_across_a_page() -> None:
    text = (
        "東海ブロック 一体的実施 好事例集\n事例２\n"
        "所 在 地 ： 愛知県 豊橋市\n労 働 局 ： 愛知労働局\nハローワーク ： ハローワーク豊橋\n"
        "施 設 名 ： とよはし就労プラザ（一体的実施施設）\n開 設 日 ： 平成２８年４月１日\n"
        "▶ ふたつの入口をひとつのプラザで\n"
        "（１）取組内容\n① 生活保護受給者等と児童扶養手当受給者の双方に担当者制の支援を実施。\n"
        "（２）令和３年度 目標と実績\n"
        "【生活保護受給者等】\n項目 目標 実績 達成率\n"
        "支援対象者数 ２１０人以上 ２２５人 １０７．１％\n"
        "就職者数 １３０人以上 １４１人 １０８．５％\n"
        "－ ２ －\n\n東海ブロック 一体的実施 好事例集\n"
        "［児童扶養手当受給者］\n項目 目標 実績 達成率\n"
        "支援対象者数 ９０人以上 ９５人 １０５．６％\n就職者数 ６０人以上 ５７人 ９５．０％\n"
        "（３）その他の実績\n・ひとり親向けセミナーを年４回開催。\n"
    )
    profile = _parse(text)[0]
    assert _metrics(profile) == [
        ("支援対象者数", "生活保護受給者等", 210, 225),
        ("就職者数", "生活保護受給者等", 130, 141),
        ("支援対象者数", "児童扶養手当受給者", 90, 95),
        ("就職者数", "児童扶養手当受給者", 60, 57),
    ]
    assert list(profile.other_results) == ["ひとり親向けセミナーを年4回開催。"]


def test_bracketed_section_heading_after_a_table_is_no_group() -> None:
    text = (
        "【愛知県岡崎市】【愛知労働局・ハローワーク岡崎】\n"
        "おかざき就労サポート（一体的実施施設）　平成29年4月3日事業開始\n\n"
        "【令和3年度実績】\n区分\t目標\t実績\n就職者数\t80人\t92人\n\n"
        "【その他の実績】\n・合同面接会を2回開催\n"
    )
    profile = _parse(text)[0]
    assert _metrics(profile) == [("就職者数", None, 80, 92)]
    assert list(profile.other_results) == ["合同面接会を2回開催"]
