"""Voices and figures in other shapes (decisions 2876–2890, branch voices-s15).

Each rule is tried on documents written for this file, in layouts other than the
development documents' (other places, figures, spacing, brackets and marks), with negative
variants that must not trigger it:

- 2876 a header of metric names whose corner cell a PDF export dropped (cells one space
  apart, the spaces between kanji removed by normalisation), maybe after a stub word, over
  rows led by a role word (目標 / 実績 / 達成率) is a transposed table, not one box's label;
- 2877 a figure cell in such a table may carry a bracketed figure of its own
  (``236人(達成率118.0%)``, ``62.7%(就職者数148人)``);
- 2878 an interview whose heading names the one asked (``■担当者に聞く（越前市社会福祉課）``,
  ``◇ハローワーク武生に聞く``, ``【越前市の声】``) and whose answers name no speaker
  (``A　…``, ``A1. …``, ``答　…``): each answer is one comment by the heading's speaker,
  the questions none.

Every expected value was written by hand from reading the document by
docs/reading-rules.md and corpus/README.md, never printed from the parser.
"""

from __future__ import annotations

from decimal import Decimal

import jirei

MU, HW, LB, OT = "municipality", "hello_work", "labour_bureau", "other"


def _parse(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


def _comments(profile: jirei.Profile) -> list[tuple[str, str, str]]:
    return [(c.speaker or "", c.role, "".join(c.text.split())) for c in profile.comments]


def _metrics(profile: jirei.Profile) -> list[tuple[str, object, object, object]]:
    return [
        (
            m.label,
            m.target.value if m.target is not None else None,
            m.actual.value if m.actual is not None else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]


_CASE = (
    "{city}／{bureau}・ハローワーク{office}\n"
    "{facility}（一体的実施施設） 令和2年4月1日事業開始\n"
    "窓口に仕事の専門家が常駐し、相談から就職まで支える\n"
    "〔取組内容〕\n"
    "・市役所の福祉課に就労支援の窓口を設置し、ナビゲーターが常駐\n"
    "・月に一度、市とハローワークで支援の進み具合を確かめる会議を開催\n"
    "〔令和4年度 事業目標と実績〕\n"
    "{table}"
    "{voices}"
)


def _case(table: str, voices: str = "", **names: str) -> str:
    fields = {
        "city": "福井市", "bureau": "福井労働局", "office": "福井",
        "facility": "ふくい就労支援ステーション",
    }
    fields.update(names)
    return _CASE.format(table=table, voices=voices, **fields)


# --- 2876 / 2877: a header of metric names, its corner cell dropped ------------------------


def test_metric_names_header_with_no_corner_cell_over_role_rows() -> None:
    table = (
        "支援対象者数 就職者数 相談件数\n"
        "目標 150人以上 90人以上 約1,500件\n"
        "実績 171人 99人 1,620件\n"
    )
    (case,) = _parse(_case(table))
    assert _metrics(case) == [
        ("支援対象者数", 150, 171, None),
        ("就職者数", 90, 99, None),
        ("相談件数", 1500, 1620, None),
    ]
    assert case.metrics[2].target is not None and case.metrics[2].target.qualifier == "約"


def test_metric_names_header_after_a_stub_word_and_a_rate_row() -> None:
    table = (
        "区分 支援対象者数 就職者数 就職率\n"
        "目標値 80人以上 48人以上 60%以上\n"
        "実績値 92人 51人 55.4%\n"
        "達成率 115.0% 106.3% －\n"
    )
    (case,) = _parse(_case(table, city="大野市", office="大野", facility="おおの就労コーナー"))
    assert _metrics(case) == [
        ("支援対象者数", 80, 92, Decimal("115.0")),
        ("就職者数", 48, 51, Decimal("106.3")),
        ("就職率", 60, Decimal("55.4"), None),
    ]


def test_metric_names_header_full_width_spaces_and_figures_in_brackets() -> None:
    table = (
        "支援対象者数　就職率\n"
        "目標　２２０人以上　６５％以上\n"
        "実績　２４２人（達成率１１０．０％）　６６．１％（就職者数１６０人）\n"
    )
    (case,) = _parse(_case(table, city="敦賀市", office="敦賀", facility="つるが就労サポート"))
    assert _metrics(case) == [
        ("支援対象者数", 220, 242, Decimal("110.0")),
        ("就職率", 65, Decimal("66.1"), None),
        ("就職者数", None, 160, None),
    ]


def test_one_metric_name_over_role_lines_stays_a_box() -> None:
    # negative: a label naming ONE metric over its role lines is a KPI box (decision 401)
    table = "就職者数\n目標 90人以上\n実績 99人\n支援対象者数\n目標 150人以上\n実績 171人\n"
    (case,) = _parse(_case(table))
    assert _metrics(case) == [("就職者数", 90, 99, None), ("支援対象者数", 150, 171, None)]


def test_a_line_of_metric_names_with_no_figures_under_it_is_no_table() -> None:
    # negative: the names over a sentence, not over role rows, read no metric from the names
    table = "支援対象者数 就職者数\n令和4年度は前年度より相談が増えた。\n"
    (case,) = _parse(_case(table))
    assert not any(m.label.startswith("支援対象者数就職者数") for m in case.metrics)
    assert all(m.target is None and m.actual is None for m in case.metrics)


# --- 2878: an interview whose heading names the one asked ----------------------------------

_TABLE = "項目 目標 実績\n支援対象者数 120人以上 131人\n"


def test_interview_heading_with_the_interviewee_in_brackets() -> None:
    voices = (
        "■担当者に聞く（大野市福祉課）\n"
        "Ｑ　窓口の強みは何ですか。\n"
        "Ａ　市役所の中にあるので、手続きのついでに立ち寄れることです。通訳がいる\n"
        "ことを知って来所される方も増えました。\n"
        "Ｑ　今後の課題は。\n"
        "Ａ　就職後の定着支援を、ハローワークと一緒に強めていきたいと考えています。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="大野市", office="大野"))
    assert _comments(case) == [
        (
            "大野市福祉課", MU,
            "市役所の中にあるので、手続きのついでに立ち寄れることです。"
            "通訳がいることを知って来所される方も増えました。",
        ),
        (
            "大野市福祉課", MU,
            "就職後の定着支援を、ハローワークと一緒に強めていきたいと考えています。",
        ),
    ]


def test_interview_heading_naming_the_office_before_ni_kiku_numbered_answers() -> None:
    voices = (
        "◇ハローワーク敦賀に聞く\n"
        "Ｑ１．市との連携で変わったことは。\n"
        "Ａ１．相談者の生活の事情を先に聞けるので、無理のない求人を紹介できます。\n"
        "Ｑ２．今後は。\n"
        "Ａ２．企業への働きかけを増やしたいと思います。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="敦賀市", office="敦賀"))
    assert _comments(case) == [
        (
            "ハローワーク敦賀", HW,
            "相談者の生活の事情を先に聞けるので、無理のない求人を紹介できます。",
        ),
        ("ハローワーク敦賀", HW, "企業への働きかけを増やしたいと思います。"),
    ]


def test_voice_heading_over_questions_and_answers_in_kanji() -> None:
    voices = (
        "【小浜市の声】\n"
        "問　開設して良かったことは。\n"
        "答　福祉の相談に来た方を、その日のうちに仕事の相談へ案内できるようになりました。\n"
        "問　課題は。\n"
        "答　土日に相談できる日を設けることです。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="小浜市", office="小浜"))
    assert _comments(case) == [
        (
            "小浜市", MU,
            "福祉の相談に来た方を、その日のうちに仕事の相談へ案内できるようになりました。",
        ),
        ("小浜市", MU, "土日に相談できる日を設けることです。"),
    ]


def test_interview_heading_naming_no_stakeholder_gives_no_speaker() -> None:
    # negative: ``（聞き手：編集部）`` names the interviewer, no stakeholder; the bare answers
    # have no speaker and are no comment
    voices = (
        "■インタビュー（聞き手：編集部）\n"
        "Ｑ　窓口の強みは何ですか。\n"
        "Ａ　市役所の中にあるので、手続きのついでに立ち寄れることです。\n"
    )
    (case,) = _parse(_case(_TABLE, voices))
    assert all(c.speaker != "聞き手:編集部" for c in case.comments)
    assert not any("手続きのついで" in c.text for c in case.comments)


def test_answers_naming_their_own_speakers_keep_them_under_a_named_heading() -> None:
    # the heading's speaker is only for answers naming none
    voices = (
        "■担当者に聞く（勝山市福祉課）\n"
        "Ｑ　連携の効果は。\n"
        "Ａ（ハローワーク勝山）　市の相談員と事前に方針を話し合えるようになりました。\n"
        "Ｑ　市から見ては。\n"
        "Ａ　ケースワーカーの負担が軽くなったと感じています。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="勝山市", office="勝山"))
    assert _comments(case) == [
        ("ハローワーク勝山", HW, "市の相談員と事前に方針を話し合えるようになりました。"),
        ("勝山市福祉課", MU, "ケースワーカーの負担が軽くなったと感じています。"),
    ]


# --- 2879: quotations in a paragraph a PDF hard-wrapped ------------------------------------


def _prose_case(voices: str) -> str:
    return _case(_TABLE, "〔関係者の声〕\n" + voices, city="大野市", office="大野")


def test_a_second_speaker_cut_by_the_line_break() -> None:
    voices = (
        "大野市福祉課の担当者は「相談員が同じ部屋にいるので、その場で方針を決めら\n"
        "れる。」と話す。求人の紹介については、ハローワーク大野の担\n"
        "当者も「生活の事情を先に聞けるので、無理のない求人を紹介できている」と語る。\n"
    )
    (case,) = _parse(_prose_case(voices))
    assert _comments(case) == [
        ("大野市福祉課", MU, "相談員が同じ部屋にいるので、その場で方針を決められる。"),
        ("ハローワーク大野", HW, "生活の事情を先に聞けるので、無理のない求人を紹介できている"),
    ]


def test_a_speaker_cut_at_the_paragraph_start_and_a_verb_cut_at_its_end() -> None:
    voices = (
        "窓口を開いてからの変化について、福井労働局職業対策課\n"
        "の担当者は「市と同じ建物で支援することで、就職までの期間が短くなった」と手応えを\n"
        "語った。\n"
    )
    (case,) = _parse(_prose_case(voices))
    assert _comments(case) == [
        ("福井労働局職業対策課", LB, "市と同じ建物で支援することで、就職までの期間が短くなった"),
    ]


def test_a_quoted_event_name_in_a_wrapped_paragraph_is_no_comment() -> None:
    # negative: a name in quotes inside a sentence is no one's words
    voices = (
        "市とハローワークは、令和4年度に「しごと体験ツアー」を3回開き、延べ38人が参\n"
        "加した。参加者のうち12人が、その後の面接会で採用された。\n"
    )
    (case,) = _parse(_prose_case(voices))
    assert _comments(case) == []


# --- 2880: a section called 担当, a department in tortoise-shell brackets -------------------


def test_speakers_closing_in_a_tanto_section_follow_their_organisation() -> None:
    voices = (
        "○勝山市（就労支援担当）\n"
        "窓口が近くなり、相談に来る方が増えました。\n"
        "○福井労働局（雇用対策担当）\n"
        "市と毎週会議を開き、支援の方針をそろえています。\n"
        "勝山市福祉課自立支援担当：ケースワーカーの負担が軽くなりました。\n"
    )
    (case,) = _parse(_case(_TABLE, "〔関係者の声〕\n" + voices, city="勝山市", office="勝山"))
    assert [(c.speaker, c.role) for c in case.comments] == [
        ("勝山市(就労支援担当)", MU),
        ("福井労働局(雇用対策担当)", LB),
        ("勝山市福祉課自立支援担当", MU),
    ]


def test_a_bureau_section_called_tanto_is_the_bureaus_and_a_department_in_kikko_brackets() -> None:
    voices = (
        "福井労働局職業対策課担当：市と同じ建物で支援できる効果は大きい。\n"
        "◆鯖江市〔社会福祉課〕\n"
        "相談の当日に求人を一緒に探せるようになりました。\n"
    )
    (case,) = _parse(_case(_TABLE, "〔関係者の声〕\n" + voices, city="鯖江市", office="鯖江"))
    assert [c.role for c in case.comments] == [LB, MU]
    assert case.comments[0].speaker == "福井労働局職業対策課担当"


def test_tanto_words_of_no_partner_stay_other() -> None:
    # negatives: a surveyor, an NPO's section, a council's: no partner's department
    from jirei.comments import role_of

    assert role_of("調査担当者") == OT
    assert role_of("NPO法人ふくい就労支援担当") == OT
    assert role_of("勝山市社会福祉協議会担当") == OT
    assert role_of("勝山市・ハローワーク勝山担当") == OT


# --- 2881: a newspaper's ``…の話`` heading --------------------------------------------------


def test_no_hanashi_headings_name_their_speaker() -> None:
    for heading, speaker, role in (
        ("■勝山市福祉課長の話", "勝山市福祉課長", MU),
        ("【ハローワーク勝山所長の話】", "ハローワーク勝山所長", HW),
        ("〈福井労働局職業対策課の話〉", "福井労働局職業対策課", LB),
    ):
        voices = heading + "\n相談の当日に求人を一緒に見られるようになった。\n"
        (case,) = _parse(_case(_TABLE, "\n" + voices, city="勝山市", office="勝山"))
        said = "相談の当日に求人を一緒に見られるようになった。"
        assert _comments(case) == [(speaker, role, said)]


def test_a_no_hanashi_heading_naming_no_one_is_no_speaker() -> None:
    # negative: ``■ここだけの話`` closes in no organisation's or person's word
    voices = "■ここだけの話\n相談の当日に求人を一緒に見られるようになった。\n"
    (case,) = _parse(_case(_TABLE, "\n" + voices, city="勝山市", office="勝山"))
    assert all(c.speaker != "ここだけ" for c in case.comments)


# --- 2882: the interviewee named on a line of its own, answer marks before a signed text ---


def test_an_interviewee_line_under_a_plain_interview_heading() -> None:
    voices = (
        "◇担当者インタビュー◇\n"
        "（回答者：坂井市福祉課）\n"
        "Ｑ　窓口の強みは何ですか。\n"
        "Ａ　市役所の中にあるので、手続きのついでに立ち寄れることです。\n"
        "Ｑ　課題は。\n"
        "Ａ　就職後の定着支援を強めることです。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="坂井市", office="三国"))
    assert _comments(case) == [
        ("坂井市福祉課", MU, "市役所の中にあるので、手続きのついでに立ち寄れることです。"),
        ("坂井市福祉課", MU, "就職後の定着支援を強めることです。"),
    ]


def test_an_interviewee_after_a_colon_with_a_post() -> None:
    voices = (
        "■インタビュー\n"
        "お話を伺った方：ハローワーク三国　所長\n"
        "Ｑ１．市との連携で変わったことは。\n"
        "Ａ１．相談者の事情を先に聞けるので、無理のない求人を紹介できます。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="坂井市", office="三国"))
    assert _comments(case) == [
        (
            "ハローワーク三国所長", HW,
            "相談者の事情を先に聞けるので、無理のない求人を紹介できます。",
        ),
    ]


def test_an_interviewer_line_names_no_interviewee() -> None:
    # negative: ``（聞き手：編集部）`` is the interviewer
    voices = (
        "■インタビュー\n"
        "（聞き手：編集部）\n"
        "Ｑ　窓口の強みは何ですか。\n"
        "Ａ　市役所の中にあるので、手続きのついでに立ち寄れることです。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="坂井市", office="三国"))
    assert not any("手続きのついで" in c.text for c in case.comments)


def test_answers_signed_after_their_text_lose_the_answer_mark() -> None:
    voices = (
        "■インタビュー\n"
        "Ｑ．窓口の強みは。\n"
        "Ａ．手続きのついでに立ち寄れることです。（坂井市福祉課）\n"
        "Ｑ．課題は。\n"
        "Ａ．定着支援を強めることです。（ハローワーク三国）\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="坂井市", office="三国"))
    assert _comments(case) == [
        ("坂井市福祉課", MU, "手続きのついでに立ち寄れることです。"),
        ("ハローワーク三国", HW, "定着支援を強めることです。"),
    ]


# --- 2883: prose quotations with a phrase between speaker and words ------------------------


def test_a_clause_between_the_speaker_and_the_quotation() -> None:
    voices = (
        "あわら市福祉課の担当者は、窓口の効果について「相談の当日に求人を一緒に見られるよう"
        "になった」と話す。\n"
    )
    (case,) = _parse(_prose_case(voices))
    said = "相談の当日に求人を一緒に見られるようになった"
    assert _comments(case) == [("あわら市福祉課", MU, said)]


def test_a_quotation_after_a_lead_phrase_its_speaker_after_it() -> None:
    voices = (
        "窓口の効果について「相談の当日に求人を一緒に見られるようになった」と、"
        "あわら市福祉課の担当者は話す。\n"
        "開所から5年。「福祉と仕事の相談を一か所で受けられるようにしたい」と、"
        "ハローワーク三国の担当者は語った。\n"
    )
    (case,) = _parse(_prose_case(voices))
    assert _comments(case) == [
        ("あわら市福祉課", MU, "相談の当日に求人を一緒に見られるようになった"),
        ("ハローワーク三国", HW, "福祉と仕事の相談を一か所で受けられるようにしたい"),
    ]


def test_a_quoted_name_after_a_lead_phrase_is_no_comment() -> None:
    # negative: ``「しごと体験ツアー」を開いた`` names an event; ``と聞いた`` reports no speaker
    voices = (
        "市は令和4年度に「しごと体験ツアー」を3回開き、延べ38人が参加した。\n"
        "参加者からは「働くイメージがつかめた、もっと続けたい」と聞いた。\n"
    )
    (case,) = _parse(_prose_case(voices))
    assert _comments(case) == []


# --- 2884: a marked speaker, maybe with its department, right before the quotation --------


def test_marked_speakers_right_before_their_quotation() -> None:
    voices = (
        "〔関係者の声〕\n"
        "◎坂井市（福祉課）「窓口が近くなり、相談に来る方が増えました。」\n"
        "▶ハローワーク三国「市と毎週会議を開き、方針をそろえています。」\n"
        "・福井労働局職業対策課「管内の他の市にも紹介していきます。」\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="坂井市", office="三国"))
    assert _comments(case) == [
        ("坂井市(福祉課)", MU, "窓口が近くなり、相談に来る方が増えました。"),
        ("ハローワーク三国", HW, "市と毎週会議を開き、方針をそろえています。"),
        ("福井労働局職業対策課", LB, "管内の他の市にも紹介していきます。"),
    ]


def test_a_marked_caption_before_a_quoted_figure_is_no_comment() -> None:
    # negative: a caption and a quoted target hold no sentence anyone said
    voices = "〔関係者の声〕\n◆今年度の目標「就職率65%以上」\n"
    (case,) = _parse(_case(_TABLE, voices, city="坂井市", office="三国"))
    assert _comments(case) == []


# --- 2885: prose quotations beside comments read otherwise ---------------------------------


def test_a_prose_quotation_under_another_heading_beside_a_voice_heading() -> None:
    voices = (
        "【坂井市の声】\n"
        "窓口が近くなり、相談に来る方が増えました。\n"
        "\n"
        "【取材を終えて】\n"
        "ハローワーク三国の担当者は「市と毎週会議を開き、方針をそろえている」と話す。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="坂井市", office="三国"))
    assert _comments(case) == [
        ("坂井市", MU, "窓口が近くなり、相談に来る方が増えました。"),
        ("ハローワーク三国", HW, "市と毎週会議を開き、方針をそろえている"),
    ]


def test_a_quoted_user_beside_a_voice_heading_stays_no_comment() -> None:
    # negative: a user quoted in prose is no comment (decision 2275), beside comments too
    voices = (
        "【坂井市の声】\n"
        "窓口が近くなり、相談に来る方が増えました。\n"
        "\n"
        "【取材を終えて】\n"
        "窓口を利用した30代の女性は「手続きのついでに仕事の相談ができて助かった」と話す。\n"
    )
    (case,) = _parse(_case(_TABLE, voices, city="坂井市", office="三国"))
    assert _comments(case) == [("坂井市", MU, "窓口が近くなり、相談に来る方が増えました。")]
