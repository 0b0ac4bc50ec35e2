"""Voices in other shapes, a second round (decisions 3206–3220, branch voices2-s16).

Each rule is tried on documents written for this file, in layouts other than the
development documents' (other places, speakers, marks, brackets and spacing), with
negative variants that must not trigger it:

- 3206 a round-table heading (``【座談会から】``, ``■対談より``, ``◇鼎談``) opens a comments
  section: each non-chair turn under it is a comment, the chair's questions none;
- 3208 a stakeholder's judgement in the third person (``…と福島労働局は評価している。``,
  ``奈良労働局は、…と評価している。``) is that stakeholder's comment, the whole sentence its text;
  it leaves the other results and is cut off a voice it was glued to;
- 3211 a voice written as a note (``（注１）X課：…``, ``※2 ハローワークY：…``, ``注3) …``) is a
  comment; the paragraph pointing at the notes is no result;
- 3214 a voice heading, a bar / slash / dash, and the speaker (``担当者の声｜…``);
- 3215 a kana given name after a post is a person's name;
- 3216 a person's name with the organisation and post they speak for, alone on a line
  over their words (a quote box's heading), is a speaker heading.

Every expected value was written by hand from reading the document by
docs/reading-rules.md and corpus/README.md, never printed from the parser.
"""

from __future__ import annotations

import pytest

import jirei

MU, HW, LB, OT = "municipality", "hello_work", "labour_bureau", "other"

_HEAD = """【秋田県横手市】【秋田労働局・ハローワーク横手】
よこて就労支援コーナー（一体的実施施設）　平成２８年４月１日事業開始
雪国でも途切れない就労支援

【取組内容】
・福祉事務所の隣で職業相談を行う

【平成30年度の実績】
・支援対象者数は目標100人以上に対し実績120人
"""


def _case(tail: str) -> jirei.Profile:
    profiles = list(jirei.parse_text(_HEAD + tail).profiles)
    assert len(profiles) == 1
    return profiles[0]


def _voices(profile: jirei.Profile) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.role, c.text) for c in profile.comments]


# --- 3206 round-table headings -------------------------------------------------------


@pytest.mark.parametrize("heading", ["【座談会から】", "■対談より", "◇鼎談", "＜意見交換会から＞"])
def test_round_table_heading_reads_turns(heading: str) -> None:
    profile = _case(
        f"\n{heading}\n"
        "司会：始めてから何が変わりましたか。\n"
        "市職員：窓口で直接引き継げるようになりました。\n"
        "ハローワーク横手職員：初回から求人の話ができています。\n"
    )
    assert _voices(profile) == [
        ("市職員", MU, "窓口で直接引き継げるようになりました。"),
        ("ハローワーク横手職員", HW, "初回から求人の話ができています。"),
    ]


@pytest.mark.parametrize("heading", ["【座談会から】", "■関係者の声", "◇対談より"])
def test_round_table_after_the_case_sections_keeps_its_lists(heading: str) -> None:
    profile = _case(
        "\n【その他の実績】\n・ひとり親向けセミナーを年4回開催\n"
        f"\n{heading}\n"
        "司会：始めてから何が変わりましたか。\n"
        "市職員：窓口で直接引き継げるようになりました。\n"
    )
    assert profile.initiatives == ("福祉事務所の隣で職業相談を行う",)
    assert profile.other_results == ("ひとり親向けセミナーを年4回開催",)
    assert _voices(profile) == [("市職員", MU, "窓口で直接引き継げるようになりました。")]


def test_round_table_turn_wrapped_over_lines() -> None:
    profile = _case(
        "\n【座談会から】\n"
        "進行：今後の課題は。\n"
        "市担当者：長く仕事から離れていた方の定着が課題です。フォローを\n"
        "一緒に強化したいと考えています。\n"
    )
    assert _voices(profile) == [
        ("市担当者", MU,
         "長く仕事から離れていた方の定着が課題です。フォローを一緒に強化したいと考えています。"),
    ]


# --- 3208 third-person judgements ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("就職者数は着実に増えており、情報共有が成果につながっていると秋田労働局は評価している。",
         "秋田労働局", LB),
        ("秋田労働局は、紹介件数が目標を下回ったものの、相談の場として機能していると評価している。",
         "秋田労働局", LB),
        ("横手市では、福祉と就労の窓口が近いことが定着率の向上につながったと分析している。",
         "横手市", MU),
        ("ハローワーク横手も、同じフロアにいる強みが生かされたと評価した。",
         "ハローワーク横手", HW),
    ],
)
def test_third_person_judgement_is_a_comment(sentence: str, speaker: str, role: str) -> None:
    profile = _case(f"\n{sentence}\n")
    assert _voices(profile) == [(speaker, role, sentence)]
    assert sentence not in profile.other_results


def test_judgement_glued_to_a_voice_is_cut_off() -> None:
    judged = "秋田労働局は、駅前の相談の場として機能していると評価している。"
    profile = _case(
        "\n【関係者の声】\n【横手市の声】\n"
        "仕事帰りに立ち寄る方が多く、支援が届くようになりました。\n"
        f"{judged}\n"
    )
    assert _voices(profile) == [
        ("横手市", MU, "仕事帰りに立ち寄る方が多く、支援が届くようになりました。"),
        ("秋田労働局", LB, judged),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # no stakeholder as the subject
        "事業の成果は、相談件数の増加からも高いと評価している。",
        "利用者アンケートでは、窓口の対応が丁寧だと評価している。",
        # no verb of judgement
        "秋田労働局は、来年度も出張相談を続ける予定である。",
    ],
)
def test_no_judgement_of_a_stakeholder(sentence: str) -> None:
    profile = _case(f"\n{sentence}\n")
    assert all(c.text != sentence for c in profile.comments)


def test_judgement_in_a_speakers_own_words_stays_theirs() -> None:
    profile = _case(
        "\n【関係者の声】\n"
        "ハローワーク横手：連携が成果につながったと秋田労働局は評価している。\n"
    )
    assert _voices(profile) == [
        ("ハローワーク横手", HW, "連携が成果につながったと秋田労働局は評価している。"),
    ]


# --- 3211 voices written as notes ----------------------------------------------------


@pytest.mark.parametrize(
    ("one", "two"),
    [("（注１）", "（注２）"), ("※1 ", "※2 "), ("注1）", "注2）"), ("＊1　", "＊2　")],
)
def test_note_voices(one: str, two: str) -> None:
    pointer_one = one.strip().rstrip("）").lstrip("（")
    pointer_two = two.strip().rstrip("）").lstrip("（")
    paragraph = (
        f"窓口で申請を受けた方をその場で案内する運用が定着した{pointer_one}。"
        f"ハローワークも急増した相談に対応した{pointer_two}。"
    )
    profile = _case(
        "\nその他の取組\n・市内企業と面接会を3回開催\n\n"
        f"{paragraph}\n"
        f"{one}横手市福祉事務所：申請と相談を同じ日に済ませられるようになりました。\n"
        f"{two}ハローワーク横手：区役所と毎週情報を交換できたことが大きかったです。\n"
    )
    assert _voices(profile) == [
        ("横手市福祉事務所", MU, "申請と相談を同じ日に済ませられるようになりました。"),
        ("ハローワーク横手", HW, "区役所と毎週情報を交換できたことが大きかったです。"),
    ]
    assert paragraph not in profile.other_results
    assert "市内企業と面接会を3回開催" in profile.other_results


def test_note_of_no_stakeholder_is_no_voice() -> None:
    profile = _case(
        "\n※1 就職率：就職者数を支援対象者数で割った割合。\n"
        "※2 前年度：平成29年度の実績。\n"
    )
    assert profile.comments == ()


# --- 3214 voice heading | speaker ------------------------------------------------------


@pytest.mark.parametrize("bar", ["｜", "|", "／", " ― "])
def test_voice_heading_with_speaker_after_a_bar(bar: str) -> None:
    profile = _case(
        f"\n担当者の声{bar}横手市福祉事務所\n"
        "健診会場で気軽に相談してもらえます。\n"
        f"\n関係者の声{bar}ハローワーク横手\n"
        "子育てと両立できる働き方を一緒に考えています。\n"
    )
    assert _voices(profile) == [
        ("横手市福祉事務所", MU, "健診会場で気軽に相談してもらえます。"),
        ("ハローワーク横手", HW, "子育てと両立できる働き方を一緒に考えています。"),
    ]


# --- 3215 kana given names -------------------------------------------------------------


def test_kana_given_name_after_a_post_is_dropped() -> None:
    profile = _case(
        "\n担当者の声｜横手市子育て支援課 主任 山本さくら\n"
        "お子さんを連れたまま相談してもらえます。\n"
    )
    said = "お子さんを連れたまま相談してもらえます。"
    assert _voices(profile) == [("横手市子育て支援課主任", MU, said)]


# --- 3216 person headings ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker", "role"),
    [
        ("佐藤 明子（横手市福祉部生活支援課長）", "佐藤明子(横手市福祉部生活支援課長)", MU),
        ("│ 鈴木一郎（横手市生活福祉課主査）", "鈴木一郎(横手市生活福祉課主査)", MU),
        ("田中 ゆり（ハローワーク横手 就職支援ナビゲーター）",
         "田中ゆり(ハローワーク横手就職支援ナビゲーター)", HW),
    ],
)
def test_person_heading_over_words(line: str, speaker: str, role: str) -> None:
    bar = "│ " if line.startswith("│") else ""
    box_top = "┌──────────────\n" if bar else ""
    box_bottom = "└──────────────\n" if bar else ""
    profile = _case(
        f"\n{box_top}{line}\n{bar}\n{bar}申請の窓口で就労支援を案内するようになりました。\n{box_bottom}"
    )
    assert _voices(profile) == [(speaker, role, "申請の窓口で就労支援を案内するようになりました。")]


@pytest.mark.parametrize(
    "line",
    [
        "委員（横手市福祉部長）",  # a member's turn in minutes, no person
        "司会（横手市福祉総務課 課長補佐）",
        "佐藤 明子（横手商工会議所 事務局長）",  # no stakeholder's organisation
    ],
)
def test_no_person_heading(line: str) -> None:
    profile = _case(f"\n{line}\n申請の窓口で就労支援を案内するようになりました。\n")
    person = line.replace(" ", "").replace("（", "(").replace("）", ")")
    assert all(c.speaker != person for c in profile.comments)


# --- 3218 results sentences that stop at their figure ------------------------------------

_RESULTS_HEAD = """【秋田県横手市】【秋田労働局・ハローワーク横手】
よこて就労支援コーナー（一体的実施施設）　平成２８年４月１日事業開始
雪国でも途切れない就労支援

【取組内容】
・福祉事務所の隣で職業相談を行う

【令和2年度の実績】
"""


def _metrics(body: str) -> list[tuple[str, object, object, object, object]]:
    profile = jirei.parse_text(_RESULTS_HEAD + body).profiles[0]
    return [
        (
            m.label,
            m.target and (str(m.target.value), m.target.qualifier),
            m.actual and (str(m.actual.value), m.actual.qualifier),
            m.achievement_rate and str(m.achievement_rate),
            m.key,
        )
        for m in profile.metrics
    ]


@pytest.mark.parametrize("mark", ["○", "・", "◇", ""])
def test_results_sentences_without_closing_words(mark: str) -> None:
    got = _metrics(
        f"{mark}支援対象者数は、目標150人に対し実績163人（達成率108.7％）。\n"
        f"{mark}就職率は63.8％。\n"
        f"{mark}相談件数は、目標200件程度に対し実績約240件。\n"
    )
    assert sorted(got, key=lambda m: m[0]) == sorted([
        ("支援対象者数", ("150", None), ("163", None), "108.7", "support_targets"),
        ("就職率", None, ("63.8", None), None, "employment_rate"),
        ("相談件数", ("200", "程度"), ("240", "約"), None, "consultations"),
    ], key=lambda m: m[0])


def test_sentence_ending_in_no_figure_is_no_metric() -> None:
    got = _metrics(
        "○支援対象者数は、目標150人に対し実績163人であった。\n"
        "○就職者数は前年度を上回る見込み。\n"
    )
    assert [m[0] for m in got] == ["支援対象者数"]


# --- 3219 one cell holding target / actual / previous year ---------------------------------


@pytest.mark.parametrize("slash", [" ／ ", "/", "／", " / "])
def test_cell_of_role_pieces(slash: str) -> None:
    got = _metrics(
        "| 指標 | 令和2年度 |\n| --- | --- |\n"
        f"| 支援対象者数 | 目標 240人以上{slash}実績 262人（達成率109.2%）{slash}前年度 228人 |\n"
        f"| 就職率 | 目標 65%以上{slash}実績 64.9%{slash}前年度実績 65.4% |\n"
    )
    assert got == [
        ("支援対象者数", ("240", "以上"), ("262", None), "109.2", "support_targets"),
        ("就職率", ("65", "以上"), ("64.9", None), None, "employment_rate"),
    ]


def test_cell_of_pieces_without_role_words_is_left_alone() -> None:
    from jirei.lines import Cell
    from jirei.tables.cells import role_pieces

    assert role_pieces(Cell("240人 / 262人", 0, 11)) is None
    assert role_pieces(Cell("前年度 228人 / 前々年度 200人", 0, 20)) is None


# --- 3220 a catch phrase under the case's fact lines ------------------------------------------

_WEB_CASE = """事例{n}　{pref}{city}
自治体：{pref}{city}　／　労働局：{bureau}　／　ハローワーク：ハローワーク{city_short}
施設：{facility}（一体的実施施設）　事業開始：令和三年十月一日
{fact}
{title}
取組内容
・保健センターで就労相談を行う
"""


def _web_titles(fact: str, title: str) -> list[str | None]:
    text = "".join(
        _WEB_CASE.format(
            n=n, pref=pref, city=city, city_short=city[:-1], bureau=bureau,
            facility=facility, fact=fact, title=title,
        )
        + "\nこのページの先頭へ\n\n"
        for n, (pref, city, bureau, facility) in enumerate(
            [
                ("鳥取県", "米子市", "鳥取労働局", "よなご就労サポート"),
                ("島根県", "出雲市", "島根労働局", "いずも就労相談室"),
            ],
            start=1,
        )
    )
    return [p.title for p in jirei.parse_text(text).profiles]


@pytest.mark.parametrize(
    "fact", ["対象年度：令和4年度", "実施年度：令和4年度", "対象者：子育て中の方"]
)
def test_title_under_fact_lines(fact: str) -> None:
    assert _web_titles(fact, "子育て世帯の就労相談を保健センターで") == [
        "子育て世帯の就労相談を保健センターで",
        "子育て世帯の就労相談を保健センターで",
    ]


def test_no_title_under_fact_lines_when_a_sentence_follows() -> None:
    titles = _web_titles("対象年度：令和4年度", "保健センターで就労相談を始めました。")
    assert titles == [None, None]
