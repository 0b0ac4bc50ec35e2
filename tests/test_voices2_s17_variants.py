"""Voices told in other ways, a second round (decisions 3371–3385, branch voices2-s17).

Each rule is tried on documents written for this file, in layouts other than the
development documents' (other places, posts, marks, spacing), with negative variants that
must not trigger it:

- 3371 an interview's turn word between marks (``―問―　…`` / ``―答―　…``, ``【問】`` /
  ``【答】``, ``（Q）`` / ``（A）``) is read as the bare word: the question is no comment, each
  answer is one;
- 3372 the interviewee named in a lead sentence before the first question
  (``…課長に、…話を聞いた。``, ``…の担当者と、…に話を伺った。``) speaks the answers;
- 3373 an interview heading naming a post between dashes or behind a bracketed
  ``インタビュー`` word (``―岩手労働局職業安定部の担当者に聞く―``,
  ``〈インタビュー〉沖縄市福祉部保護課長に聞きました``) is a speaker heading;
- 3374 a labour bureau's department's staff (``…労働局職業安定部の担当者``) speak for the
  bureau;
- 3375 a voice heading with the person it quotes in brackets after it
  (``【利用者の声】（50代男性）``) is a comment by that person, role other.

Every expected value was written by hand from reading the document by
docs/reading-rules.md and corpus/README.md, never printed from the parser.
"""

from __future__ import annotations

import unicodedata

import pytest

import jirei
from jirei.commentheads import lead_interviewee, unwrap_turn
from jirei.comments import role_of
from jirei.lines import Line


def _parse(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


def _case(voices: str) -> str:
    return (
        "【福井県福井市】【福井労働局・ハローワーク福井】\n"
        "ふくい就労支援コーナー（一体的実施施設）令和元年６月３日事業開始\n\n"
        "相談の入口をひとつに\n\n"
        "【取組内容】\n"
        "・福祉課の窓口で就労希望を確認した方をその場で案内\n"
        "・共通の支援記録票を使用\n\n"
        "【事業目標と取組状況】\n"
        "\t令和2年度目標\t令和2年度実績\n"
        "支援対象者数\t200人\t214人\n"
        "就職者数\t120人\t131人\n\n"
        f"{voices}\n"
    )


def _voices(profile: jirei.Profile) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.role, c.text) for c in profile.comments]


# --- 3371: turn words between marks -------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ("―問―　開設の経緯は。", "問"),
        ("【答】市の窓口で案内しています。", "答"),
        ("（Q）成果はいかがですか。", "Q"),
        ("〈A〉 就職者が増えました。", "A"),
        ("――答――　同じ部屋で働いています。", "答"),
    ],
)
def test_wrapped_turn_word_is_read_bare_with_offsets_kept(line: str, bare: str) -> None:
    line = unicodedata.normalize("NFKC", line)  # (the readers see normalised text)
    unwrapped = unwrap_turn(line)
    assert len(unwrapped) == len(line)
    assert unwrapped.startswith(bare + " ")
    assert unwrapped.rstrip().endswith(line.rstrip()[-4:])


@pytest.mark.parametrize(
    "line",
    [
        "―地域とともに―",  # a subtitle between dashes
        "【取組内容】",
        "（問い合わせ先）福井市福祉課",  # a word beginning with 問, not a turn
        "問　開設の経緯は。",  # already bare
    ],
)
def test_other_lines_are_not_unwrapped(line: str) -> None:
    line = unicodedata.normalize("NFKC", line)
    assert unwrap_turn(line) == line


# --- 3372: the interviewee named in a lead sentence ----------------------------------------

@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("福井市福祉保健部生活福祉課長に、施設開設後の変化について話を聞いた。",
         "福井市福祉保健部生活福祉課長", "municipality"),
        ("鯖江市社会福祉課の担当者と、施設を利用して就職した方に話を伺った。",
         "鯖江市社会福祉課の担当者", "municipality"),
        ("ハローワーク敦賀の統括職業指導官にお話を伺いました。",
         "ハローワーク敦賀の統括職業指導官", "hello_work"),
        ("―福井労働局職業安定部の担当者に聞く―", "福井労働局職業安定部の担当者",
         "labour_bureau"),
    ],
)
def test_lead_sentence_names_the_interviewee(sentence: str, speaker: str, role: str) -> None:
    sentence = unicodedata.normalize("NFKC", sentence)
    line = Line(sentence, 100)
    found = lead_interviewee(line)
    assert found is not None
    assert found[0] == speaker
    assert sentence[found[1] - 100 : found[2] - 100] == speaker
    assert role_of(found[0]) == role


@pytest.mark.parametrize(
    "sentence",
    [
        "施設を利用して就職した方に話を聞いた。",  # a user: no stakeholder
        "福井市に、新しい窓口を開設した。",  # no hearing verb
        "施設の利用者と、市の担当者に話を伺った。",  # a clause before the stakeholder
        "福井市福祉課長に話を聞いたのはなぜですか?",  # a question
    ],
)
def test_other_sentences_name_no_interviewee(sentence: str) -> None:
    assert lead_interviewee(Line(unicodedata.normalize("NFKC", sentence), 0)) is None


_ANSWER_1 = "窓口が同じ階にあるので、その場で案内できるようになりました。"
_ANSWER_2 = "就職後の定着まで一緒に見守る体制を作りたいと考えています。"


@pytest.mark.parametrize(
    ("block", "speaker", "role"),
    [
        (  # Q. / A. under ＜インタビュー＞, the interviewee in a lead sentence
            "＜インタビュー＞\n福井市福祉保健部生活福祉課長に、施設の手応えについて話を聞いた。\n\n"
            f"Q.　何が変わりましたか。\nA.　{_ANSWER_1}\nQ.　今後の課題は。\nA.　{_ANSWER_2}\n",
            "福井市福祉保健部生活福祉課長", "municipality",
        ),
        (  # ―問―/―答― under a heading between dashes naming a post
            "―福井労働局職業安定部の担当者に聞く―\n\n"
            f"―問―　何が変わりましたか。\n―答―　{_ANSWER_1}\n―問―　今後の課題は。\n"
            f"―答―　{_ANSWER_2}\n",
            "福井労働局職業安定部の担当者", "labour_bureau",
        ),
        (  # 【問】/【答】 behind a bracketed インタビュー word and the name
            "〈インタビュー〉ハローワーク福井の統括職業指導官に聞きました\n\n"
            f"【問】何が変わりましたか。\n【答】{_ANSWER_1}\n【問】今後の課題は。\n"
            f"【答】{_ANSWER_2}\n",
            "ハローワーク福井の統括職業指導官", "hello_work",
        ),
    ],
)
def test_interview_answers_are_the_interviewees_comments(
    block: str, speaker: str, role: str
) -> None:
    (profile,) = _parse(_case(block))
    assert _voices(profile) == [(speaker, role, _ANSWER_1), (speaker, role, _ANSWER_2)]
    assert not any("変わりましたか" in r for r in profile.other_results)


def test_interview_without_a_stakeholder_named_gives_no_comment() -> None:
    block = (
        "＜インタビュー＞\n施設を利用して就職した方に話を聞いた。\n\n"
        f"Q.　何が変わりましたか。\nA.　{_ANSWER_1}\n"
    )
    (profile,) = _parse(_case(block))
    assert [c for c in profile.comments if c.role != "other"] == []


# --- 3374: a bureau department's staff -----------------------------------------------------

@pytest.mark.parametrize(
    "speaker",
    ["岩手労働局職業安定部の担当者", "福井労働局職業対策課の職員", "大阪労働局職業安定部担当者"],
)
def test_bureau_department_staff_speak_for_the_bureau(speaker: str) -> None:
    assert role_of(speaker) == "labour_bureau"


def test_city_department_staff_stay_the_citys() -> None:
    assert role_of("福井市経済労働部の担当者") == "municipality"


# --- 3375: a voice heading with the person in brackets -------------------------------------

_USER = "市役所で仕事の相談までできて驚きました。面接の練習を何度もしてもらえました。"


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("【利用者の声】（50代男性）", "50代男性"),
        ("〈利用者の声〉（20代女性）", "20代女性"),
        ("＜就職者の声＞（40歳・男性）", "40歳・男性"),
    ],
)
def test_voice_heading_with_person_in_brackets(heading: str, person: str) -> None:
    block = f"＜福井労働局コメント＞\n市と情報を共有できている。\n\n{heading}\n{_USER}\n"
    (profile,) = _parse(_case(block))
    assert ("福井労働局", "labour_bureau", "市と情報を共有できている。") in _voices(profile)
    assert (person, "other", _USER) in _voices(profile)


def test_interview_heading_naming_no_organisation_leaves_bracketed_answers() -> None:
    block = (
        "【担当者に聞きました】\n"
        "Ｑ１．何が変わりましたか。\n"
        "Ａ．（福井市生活福祉課）\n"
        f"　{_ANSWER_1}\n"
        "Ｑ２．今後の課題は。\n"
        "Ａ．（ハローワーク福井）\n"
        f"　{_ANSWER_2}\n"
    )
    (profile,) = _parse(_case(block))
    assert _voices(profile) == [
        ("福井市生活福祉課", "municipality", _ANSWER_1),
        ("ハローワーク福井", "hello_work", _ANSWER_2),
    ]


# --- 3376: a sentence announcing the results under it --------------------------------------

def _initiatives_then(results: str) -> str:
    return (
        "【福井県福井市】【福井労働局・ハローワーク福井】\n"
        "ふくい就労支援コーナー（一体的実施施設）令和元年６月３日事業開始\n\n"
        "相談の入口をひとつに\n\n"
        "取組内容\n"
        "● 福祉課の窓口で就労希望を確認した方をその場で案内\n"
        "● 共通の支援記録票を使用\n\n"
        f"{results}\n"
    )


_INITIATIVES = ["福祉課の窓口で就労希望を確認した方をその場で案内", "共通の支援記録票を使用"]


@pytest.mark.parametrize(
    "lead",
    [
        "令和2年度の実績は次のとおり。",
        "令和３年度の支援実績は以下のとおりです。",
        "令和4年度の成果は下記のとおりである。",
    ],
)
def test_results_lead_sentence_ends_the_initiatives(lead: str) -> None:
    text = _initiatives_then(
        f"{lead}\n"
        "・支援対象者数は目標150人に対し実績163人（達成率108.7%）\n"
        "・就職者数は目標98人に対し実績104人（達成率106.1%）\n"
    )
    (profile,) = _parse(text)
    assert list(profile.initiatives) == _INITIATIVES
    assert [(m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
            for m in profile.metrics] == [("支援対象者数", 150, 163), ("就職者数", 98, 104)]
    assert not any("とおり" in r for r in profile.other_results)


@pytest.mark.parametrize(
    "lead",
    [
        "主な取組は次のとおり。",  # initiatives announced, no results
        "評価欄の記号は次のとおり。",
    ],
)
def test_other_lead_sentences_are_no_results_heading(lead: str) -> None:
    from jirei.resultleads import lead_heading
    from jirei.rules import DEFAULT_RULES
    from jirei.sections import variant_kind

    head = lead_heading(lead)
    assert head is not None and variant_kind(head, DEFAULT_RULES) != "results"


def test_longer_sentence_is_no_lead() -> None:
    from jirei.resultleads import lead_heading

    assert lead_heading("支援対象者数は目標150人に対し実績163人となった。") is None
    assert lead_heading(
        "市内の三か所の施設で取り組んできた令和5年度の就労支援の実績は次のとおりです。"
    ) is None


# --- 3381-3383: other ways to name whom the interview asks ---------------------------------

_SENDAI = "仙台市青葉区保護課長"


@pytest.mark.parametrize(
    "block",
    [
        (  # 3381: the lead sentence hard-wrapped over two lines
            f"＜インタビュー＞\n{_SENDAI}に、施設開設後の変化について話を聞\nいた。\n\n"
            f"Q.　何が変わりましたか。\nA.　{_ANSWER_1}\nQ.　今後は。\nA.　{_ANSWER_2}\n"
        ),
        (  # 3382: the one asked after the interview word and a colon
            f"＜インタビュー：{_SENDAI}＞\nＱ．何が変わりましたか。\nＡ．{_ANSWER_1}\n"
            f"Ｑ．今後は。\nＡ．{_ANSWER_2}\n"
        ),
        (  # 3373 widened: ``…インタビュー`` closing the one asked
            f"■{_SENDAI}インタビュー\nQ　何が変わりましたか。\nA　{_ANSWER_1}\nQ　今後は。\n"
            f"A　{_ANSWER_2}\n"
        ),
        (  # 3383: no heading at all, the lead right under the results table
            f"{_SENDAI}に話を聞いた。\n\n―問―　何が変わりましたか。\n―答―　{_ANSWER_1}\n"
            f"―問―　今後は。\n―答―　{_ANSWER_2}\n"
        ),
    ],
)
def test_other_ways_to_name_the_interviewee(block: str) -> None:
    (profile,) = _parse(_case(block))
    assert _voices(profile) == [
        (_SENDAI, "municipality", _ANSWER_1), (_SENDAI, "municipality", _ANSWER_2)
    ]
    assert list(profile.other_results) == []


def test_turns_under_results_without_a_lead_stay_unread() -> None:
    block = f"―問―　何が変わりましたか。\n―答―　{_ANSWER_1}\n"
    (profile,) = _parse(_case(block))
    assert list(profile.comments) == []
    assert list(profile.other_results) == []


# --- 3384: answers with no answer word under the interviewer's questions --------------------

@pytest.mark.parametrize(
    "block",
    [
        (  # ``――question`` over a plain paragraph, the lead naming the one asked
            f"＜インタビュー＞\n{_SENDAI}に話を聞いた。\n\n――何が変わりましたか。\n{_ANSWER_1}\n\n"
            f"――今後の課題は何ですか。\n{_ANSWER_2}\n"
        ),
        (  # ``Q　…`` over a plain line, the heading naming the one asked
            f"【{_SENDAI}に聞く】\nQ　何が変わりましたか。\n{_ANSWER_1}\nQ　今後の課題は。\n"
            f"{_ANSWER_2}\n"
        ),
        (  # ``【問】`` over a plain paragraph, the colon heading
            f"＜インタビュー：{_SENDAI}＞\n【問】何が変わりましたか。\n{_ANSWER_1}\n\n"
            f"【問】今後の課題は。\n{_ANSWER_2}\n"
        ),
    ],
)
def test_unmarked_answers_under_questions(block: str) -> None:
    (profile,) = _parse(_case(block))
    assert _voices(profile) == [
        (_SENDAI, "municipality", _ANSWER_1), (_SENDAI, "municipality", _ANSWER_2)
    ]


def test_meeting_chair_lines_are_no_interview() -> None:
    from jirei.commentheads import unmarked_answers

    lines = [
        Line("会長　それでは議事に入ります。", 0),
        Line("委員（福井市福祉課長）　窓口は順調です。", 20),
        Line("会長　ほかにございませんか。", 45),
        Line("委員（ハローワーク福井所長）　求人も増えています。", 62),
    ]
    assert not unmarked_answers(lines)


def test_one_question_alone_is_no_interview() -> None:
    from jirei.commentheads import unmarked_answers

    lines = [Line("――開設の経緯は何ですか。", 0), Line(_ANSWER_1, 14)]
    assert not unmarked_answers(lines)


# --- 3385: the person in brackets alone on the line under a voice heading ------------------

@pytest.mark.parametrize(
    ("heading", "person_line", "person"),
    [
        ("【利用者の声】", "（50代男性）", "50代男性"),
        ("〈就職者の声〉", "（30歳・女性）", "30歳・女性"),
        ("【利用者の声】", "（令和2年度）", None),  # a year, no person
    ],
)
def test_person_line_under_voice_heading(
    heading: str, person_line: str, person: str | None
) -> None:
    block = (
        f"＜福井労働局コメント＞\n市と情報を共有できている。\n\n{heading}\n{person_line}\n"
        f"{_USER}\n"
    )
    (profile,) = _parse(_case(block))
    voices = _voices(profile)
    if person is not None:
        assert (person, "other", _USER) in voices
    else:
        assert all(s not in ("令和2年度", "令和2年度)") for s, _, _ in voices)


def test_marked_answers_keep_their_own_speakers_under_wrapped_questions() -> None:
    # negative for 3384: answers with their mark and speaker are read as before
    block = (
        "―福井市福祉課に聞く―\n"
        "―問―　連携の効果は。\n"
        "―答―（ハローワーク福井）　市の相談員と事前に方針を話し合えるようになりました。\n"
        "―問―　市から見ては。\n"
        "―答―　ケースワーカーの負担が軽くなったと感じています。\n"
    )
    (profile,) = _parse(_case(block))
    assert _voices(profile) == [
        ("ハローワーク福井", "hello_work", "市の相談員と事前に方針を話し合えるようになりました。"),
        ("福井市福祉課", "municipality", "ケースワーカーの負担が軽くなったと感じています。"),
    ]
