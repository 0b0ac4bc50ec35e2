"""Voices and figures in other shapes (decisions 3101–3115, branch voices-s16).

Each rule is tried on documents written for this file, in layouts other than the
development documents' (other places, figures, spacing, brackets and marks), with negative
variants that must not trigger it:

- 3101 a bracket header in any bracket family (``≪place≫≪partners≫``, ``＜…＞＜…＞``,
  ``《…》《…》``, ``〈…〉〈…〉``, ``『…』『…』``) is read as the ``【】`` header is;
- 3102 a start date whose year is glossed in the other calendar
  (``2016年（平成28年）5月1日事業開始``) continues a header over its own line;
- 3103 an organisation alone in 『』 over its text is a voice (a quoted headline is not);
- 3104 paragraphs under a bulleted list that are voices, quoted speech or results
  sentences are no items; 3108 nor is a voice right under the last item;
- 3105 ``令和5年度の主な実績``: a modifier after the year leaves the heading its section;
- 3106 results sentences after a voice, a blank line apart, end the voice;
- 3107 a transposed row ``目標／実績`` of ``190人以上／212人`` cells is one row per role;
- 3109 a speaker keeps the brackets it was written with;
- 3110 a row label's role may stand in any bracket (``支援対象者数【目標】``);
- 3111 a target word's figure may stand in brackets (``目標（130人以上）``).

Every expected value was written by hand from reading the document by
docs/reading-rules.md and corpus/README.md, never printed from the parser.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.headerbrackets import as_square

MU, HW, LB, OT = "municipality", "hello_work", "labour_bureau", "other"


def _parse(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


def _header(profile: jirei.Profile) -> tuple[object, ...]:
    return (
        profile.prefecture,
        profile.municipality,
        profile.labour_bureau,
        profile.hello_work,
        profile.facility_name,
        profile.facility_type,
        profile.start_date,
        profile.title,
    )


_BODY = """
{title}

■取組内容
・{item}

■関係者の声
{speaker}：{said}
"""


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("≪", "≫"), ("＜", "＞"), ("《", "》"), ("〈", "〉"), ("『", "』"), ("<", ">")],
)
def test_header_in_other_bracket_families(opening: str, closing: str) -> None:
    text = (
        f"{opening}青森県八戸市{closing}{opening}青森労働局・ハローワーク八戸{closing}\n"
        "はちのへ就労相談室（一体的実施施設）　平成２９年２月１日事業開始\n"
        + _BODY.format(
            title="港町の福祉窓口で、相談から就職まで",
            item="福祉事務所の隣で職業相談を行う。",
            speaker="八戸市生活福祉課長",
            said="相談が途切れなくなった。",
        )
    )
    (case,) = _parse(text)
    assert _header(case) == (
        "青森県", "八戸市", "青森労働局", ("ハローワーク八戸",), "はちのへ就労相談室",
        "一体的実施施設", dt.date(2017, 2, 1), "港町の福祉窓口で、相談から就職まで",
    )


def test_header_brackets_over_three_lines_with_glossed_year() -> None:
    """``＜place＞＜partners＞`` / name (kind) / a date whose year is glossed, then the
    catch phrase: the catch phrase stays the title, the date the start."""
    text = (
        "≪秋田県横手市≫≪秋田労働局・ハローワーク横手≫\n"
        "よこて仕事サポート（巡回相談窓口）\n"
        "2016年（平成28年）5月1日事業開始\n"
        + _BODY.format(
            title="雪国の巡回相談で、来所の負担を減らす",
            item="支所で巡回相談を行う。",
            speaker="ハローワーク横手所長",
            said="支所での相談が定着した。",
        )
    )
    (case,) = _parse(text)
    assert _header(case) == (
        "秋田県", "横手市", "秋田労働局", ("ハローワーク横手",), "よこて仕事サポート",
        "巡回相談窓口", dt.date(2016, 5, 1), "雪国の巡回相談で、来所の負担を減らす",
    )


def test_two_cases_one_in_angle_brackets() -> None:
    """A report whose second case's header stands in ``《》`` after a case in ``【】``."""
    first = (
        "【山形県酒田市】【山形労働局・ハローワーク酒田】\n"
        "さかた就労支援コーナー（一体的実施施設）　令和元年７月１日事業開始\n"
        + _BODY.format(
            title="港の町の窓口",
            item="市役所で相談を行う。",
            speaker="酒田市福祉課",
            said="利用者が増えた。",
        )
    )
    second = (
        "《山形県鶴岡市》《山形労働局・ハローワーク鶴岡》\n"
        "つるおか就労支援室（常設窓口）　令和２年４月１日事業開始\n"
        + _BODY.format(
            title="城下町の常設窓口",
            item="予約なしで相談を受ける。",
            speaker="ハローワーク鶴岡",
            said="相談がしやすくなった。",
        )
    )
    cases = _parse(first + "\n" + second)
    assert [(c.municipality, c.facility_name, c.start_date) for c in cases] == [
        ("酒田市", "さかた就労支援コーナー", dt.date(2019, 7, 1)),
        ("鶴岡市", "つるおか就労支援室", dt.date(2020, 4, 1)),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "<取組内容>",  # a section heading
        "『八戸市』の取組はハローワークと共同で行う。",  # a sentence naming a city in 『』
        "<八戸市の声>",  # a voice heading
        "《ハローワーク八戸》",  # a speaker heading
        "<防府市>",  # a city whose name holds 府, alone: a speaker heading
        "『府中市』『ハローワーク府中』の相談件数は増えた。",  # no prefecture named
    ],
)
def test_not_header_brackets(line: str) -> None:
    """Lines in angle brackets or 『』 that are no place-and-partners header."""
    from jirei.lines import split_lines
    from jirei.normalise import normalise
    from jirei.sections import Classifier, Kind

    text = normalise(line).text
    (info,) = Classifier(jirei.DEFAULT_RULES).classify_all(split_lines(text))
    assert info.kind is not Kind.HEADER


def test_as_square_keeps_offsets_and_later_brackets() -> None:
    text = "<宮城県石巻市><宮城労働局・ハローワーク石巻> 相談室<常設>"
    squared = as_square(text)
    assert len(squared) == len(text)
    assert squared.startswith("【宮城県石巻市】【宮城労働局・ハローワーク石巻】")
    assert squared.endswith("相談室<常設>")
    assert as_square("取組内容") == "取組内容"


_CORNER_VOICES = """【岩手県盛岡市】【岩手労働局・ハローワーク盛岡】
もりおか就労支援室（一体的実施施設）　平成３０年４月１日事業開始

北の街の窓口で、ひとり親の就職を支える

【取組内容】
・児童扶養手当の窓口で出張相談を行う。

【{results}】
\t目標\t実績
就職者数\t40人以上\t45人

{others}
{first}
手当の窓口からそのまま相談に進めるようになった。

{second}
保育の情報を共有し、求人を早く提案できる。
"""


@pytest.mark.parametrize(
    ("others", "first", "second", "expected"),
    [
        (
            "【その他の実績】\n・出張相談で30人と相談。\n",
            "『盛岡市子ども未来部』", "『ハローワーク盛岡』",
            [("盛岡市子ども未来部", MU), ("ハローワーク盛岡", HW)],
        ),
        (
            "",
            "『岩手労働局職業対策課』", "『盛岡市保健福祉部生活福祉課』",
            [("岩手労働局職業対策課", LB), ("盛岡市保健福祉部生活福祉課", MU)],
        ),
        (
            "【その他の取組み】\n・セミナーを年2回開催。\n",
            "『盛岡市社会福祉協議会』", "『盛岡公共職業安定所』",
            [("盛岡市社会福祉協議会", OT), ("盛岡公共職業安定所", HW)],
        ),
    ],
)
def test_voice_heading_in_double_corner_brackets(
    others: str, first: str, second: str, expected: list[tuple[str, str]]
) -> None:
    """An organisation alone in 『』 over its text is that speaker's comment, wherever it
    stands after the results (after an other-results list too: the list ends there)."""
    text = _CORNER_VOICES.format(
        results="事業目標と実績", others=others, first=first, second=second
    )
    (case,) = _parse(text)
    assert [(c.speaker, c.role) for c in case.comments] == expected
    assert [c.text for c in case.comments] == [
        "手当の窓口からそのまま相談に進めるようになった。",
        "保育の情報を共有し、求人を早く提案できる。",
    ]
    assert not any("『" in item for item in case.other_results)


@pytest.mark.parametrize(
    "line",
    [
        "『雪の季節も途切れない、二つのハローワークによる支援』",  # a quoted headline
        "『区役所の中に「もうひとつのハローワーク」』",
        "『はじめの一歩を支える就労支援センター』",  # a phrase: を
        "『取組内容』",
    ],
)
def test_double_corner_lines_that_name_no_speaker(line: str) -> None:
    from jirei.speakerforms import is_speaker_heading

    assert not is_speaker_heading(line)


_TAIL = """【福井県越前市】【福井労働局・ハローワーク武生】
えちぜん就労支援コーナー（一体的実施施設）　令和２年４月１日事業開始

{title}

{heading}
{mark}市役所の福祉課の隣で職業相談を行う。
{mark}月1回のケース会議で支援方針をそろえる。

{tail}

【令和4年度の実績】
就職者数は目標40人以上に対し46人（達成率115.0%）であった。
"""


def _tail_case(tail: str, mark: str = "・", heading: str = "【取組内容】") -> jirei.Profile:
    (case,) = _parse(_TAIL.format(title="福祉の隣の窓口", heading=heading, mark=mark, tail=tail))
    return case


_ITEMS = ["市役所の福祉課の隣で職業相談を行う。", "月1回のケース会議で支援方針をそろえる。"]


@pytest.mark.parametrize("mark", ["・", "○ ", "◆　", "- "])
def test_speaker_lines_under_a_list_are_voices(mark: str) -> None:
    tail = (
        "越前市福祉課長：福祉の窓口からそのまま相談に進めるようになった。\n"
        "ハローワーク武生所長：求人の提案が早くなったと感じている。"
    )
    case = _tail_case(tail, mark)
    assert list(case.initiatives) == _ITEMS
    assert [(c.speaker, c.role, c.text) for c in case.comments] == [
        ("越前市福祉課長", MU, "福祉の窓口からそのまま相談に進めるようになった。"),
        ("ハローワーク武生所長", HW, "求人の提案が早くなったと感じている。"),
    ]


def test_quoted_speech_under_a_list_is_a_voice() -> None:
    tail = "越前市社会福祉課は「窓口が隣にあることで、相談者の不安が和らいでいる」と話す。"
    case = _tail_case(tail)
    assert list(case.initiatives) == _ITEMS
    assert [(c.speaker, c.text) for c in case.comments] == [
        ("越前市社会福祉課", "窓口が隣にあることで、相談者の不安が和らいでいる"),
    ]


def test_results_sentence_under_an_other_results_list_is_no_item() -> None:
    tail = "令和4年度は、支援対象者数が70人、就職者数が46人となった。"
    case = _tail_case(tail, heading="【その他の実績】")
    assert tail not in case.other_results
    assert list(case.other_results) == _ITEMS


@pytest.mark.parametrize(
    "tail",
    [
        "このほか、市の広報紙で窓口を周知している。",  # a closing paragraph of the list
        "講座は年12回開催した。",  # one figure, no metric
        "（次ページへ続く）",  # a page note
    ],
)
def test_other_paragraphs_under_a_list_stay_where_they_were(tail: str) -> None:
    """Neither voice nor results: the section reads as it did (the tail is not cut off)."""
    from jirei.lines import split_lines
    from jirei.listtails import split_tail
    from jirei.normalise import normalise

    text = normalise("・窓口で相談を行う。\n・会議を開く。\n\n" + tail).text
    lines = split_lines(text)
    found = split_tail(lines)
    assert (found.items, found.voices, found.aside) == (tuple(lines), (), ())


_ANSWERED = """【大分県別府市】【大分労働局・ハローワーク別府】
べっぷ就労支援室（一体的実施施設）　令和元年１０月１日事業開始

温泉の町で、相談を入口に

取組内容
・予約なしで職業相談を受ける。

インタビュー
問　窓口を一緒にして良かった点は。
答（別府市生活福祉課）　手続きの日に相談までできるようになりました。

{heading}
指標\t目標\t実績
就職者数\t80人以上\t86人
"""


@pytest.mark.parametrize(
    "heading", ["令和5年度の主な実績", "令和４年度の主要な成果", "■令和3年度のおもな実績"]
)
def test_results_heading_with_a_modifier_ends_the_voice(heading: str) -> None:
    (case,) = _parse(_ANSWERED.format(heading=heading))
    assert [(c.speaker, c.text) for c in case.comments] == [
        ("別府市生活福祉課", "手続きの日に相談までできるようになりました。"),
    ]
    assert [(m.label, m.target.value, m.actual.value) for m in case.metrics] == [
        ("就職者数", 80, 86),
    ]


def test_modifier_alone_names_no_section() -> None:
    """``主な指標`` with no year before it: no heading of results by this rule."""
    from jirei.headings import variant_kind

    assert variant_kind("主な指標(令和5年度)") is None


_VOICE_THEN_FIGURES = """【宮崎県延岡市】【宮崎労働局・ハローワーク延岡】
のべおか就労支援コーナー（巡回相談窓口）　令和２年７月１日事業開始

巡回相談で山あいの町にも

取組内容
・北方と北川の支所で巡回相談を行う。

{voice}
支所で相談できるようになり、相談が増えています。

{figures}
"""


@pytest.mark.parametrize(
    "voice", ["［延岡市の声］", "＜ハローワーク延岡のコメント＞", "◇延岡市から"]
)
@pytest.mark.parametrize(
    "figures",
    [
        "令和5年度の支援対象者数は88人、就職者数は57人で、就職率は64.8%であった。",
        "支援対象者数は目標80人に対し88人（達成率110.0%）、就職者数は57人となった。",
    ],
)
def test_results_sentences_after_a_voice_are_not_its_text(voice: str, figures: str) -> None:
    (case,) = _parse(_VOICE_THEN_FIGURES.format(voice=voice, figures=figures))
    assert [c.text for c in case.comments] == ["支所で相談できるようになり、相談が増えています。"]
    assert [(m.label, m.actual.value) for m in case.metrics][:2] == [
        ("支援対象者数", 88), ("就職者数", 57),
    ]


def test_a_voice_of_two_paragraphs_stays_whole() -> None:
    """A second paragraph that names a figure once is still the voice's own."""
    from jirei.lines import split_lines
    from jirei.listtails import figures_cut
    from jirei.normalise import normalise

    text = normalise(
        "支所で相談できるようになった。\n\n今年は就職者数が57人と増え、うれしく思います。"
    ).text
    assert figures_cut(split_lines(text)) is None


_PAIRED = """【鳥取県米子市】【鳥取労働局・ハローワーク米子】
よなご就労支援コーナー（一体的実施施設）　令和元年５月１日事業開始

湖のほとりの窓口

【取組内容】
・市役所で職業相談を行う。

【実績（令和4年度）】
\t新規求職者数\t就職者数\t就職率
{label}\t{a}\t{b}\t{c}
達成率\t108.0％\t112.5％\t―
"""


@pytest.mark.parametrize(
    ("label", "a", "b", "c", "expected"),
    [
        (
            "目標／実績", "100人以上／108人", "40人以上／45人", "40％以上／41.7％",
            [(100, 108, "108.0"), (40, 45, "112.5"), (40, Decimal("41.7"), None)],
        ),
        (
            "実績/目標", "108人/100人", "45人/40人", "41.7%/40%",
            [(100, 108, "108.0"), (40, 45, "112.5"), (40, Decimal("41.7"), None)],
        ),
        (
            "目標 ／ 実績", "100人 ／ 108人", "40人 ／ 45人", "―",
            [(100, 108, "108.0"), (40, 45, "112.5")],
        ),
    ],
)
def test_transposed_row_of_two_roles(
    label: str, a: str, b: str, c: str, expected: list[tuple[object, object, object]]
) -> None:
    (case,) = _parse(_PAIRED.format(label=label, a=a, b=b, c=c))
    read = [
        (
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            str(m.achievement_rate) if m.achievement_rate is not None else None,
        )
        for m in case.metrics
    ]
    assert read == expected


def test_two_role_label_over_single_figures_is_left_alone() -> None:
    from jirei.lines import Cell, Line
    from jirei.tables.grid import Row
    from jirei.tables.pairedroles import split_paired_rows

    line = Line("目標/実績\t108人\t45人", 0)
    row = Row(0, line, (Cell("目標/実績", 0, 5), Cell("108人", 6, 10), Cell("45人", 11, 14)))
    assert split_paired_rows([row]) == [row]
    other = Row(0, line, (Cell("支援対象者数/就職者数", 0, 11), Cell("108人/45人", 12, 20)))
    assert split_paired_rows([other]) == [other]


@pytest.mark.parametrize(
    "voice",
    [
        "（長崎市の評価）窓口の連携が定着し、待ち日数が短くなった。",
        "長崎市福祉部：窓口の連携が定着し、待ち日数が短くなった。",
        "〔ハローワーク長崎〕窓口の連携が定着し、待ち日数が短くなった。",
    ],
)
def test_voice_right_under_the_last_item_is_no_part_of_it(voice: str) -> None:
    """A voice on the line under a list's last item, with no blank line between, is cut
    off the item (its speaker form says it is a voice, not the item's wrapped text)."""
    from jirei.lines import split_lines
    from jirei.listtails import split_tail
    from jirei.normalise import normalise

    text = normalise("・市役所に窓口を設置\n・支援機関からの誘導を強化\n" + voice).text
    lines = split_lines(text)
    found = split_tail(lines)
    assert [line.text for line in found.items] == [
        "・市役所に窓口を設置", "・支援機関からの誘導を強化",
    ]
    assert len(found.voices) == 1


@pytest.mark.parametrize(
    "line",
    [
        "(注)感染症の影響により求人が減少したため、目標を下回った。",  # after a table row
        "　する。",  # an item's wrapped tail
        "(参考)平成30年度の実績は、支援対象者数92人、就職件数55件でした。",  # results
    ],
)
def test_lines_under_a_list_that_are_no_glued_voice(line: str) -> None:
    from jirei.lines import split_lines
    from jirei.listtails import split_tail
    from jirei.normalise import normalise

    text = normalise("・窓口を設置する。\n支援対象者数\t100人\t120人\n" + line).text
    lines = split_lines(text)
    assert split_tail(lines).items == tuple(lines)


_BRACKETED_SPEAKERS = """【長野県上田市】【長野労働局・ハローワーク上田】
うえだ就労支援コーナー（一体的実施施設）　令和元年５月１日事業開始

城下町の窓口

【取組内容】
・市役所で職業相談を行う。

【関係者の声】
{first}：相談が増えた。
{second}：連携が進んだ。
"""


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "上田市〔福祉課〕", "長野労働局［職業対策課］",
            ["上田市〔福祉課〕", "長野労働局[職業対策課]"],
        ),
        (
            "上田市【福祉課】", "長野労働局〖職業対策課〗",
            ["上田市【福祉課】", "長野労働局〖職業対策課〗"],
        ),
        ("上田市福祉課", "長野労働局職業対策課", ["上田市福祉課", "長野労働局職業対策課"]),
    ],
)
def test_speakers_keep_the_brackets_they_were_written_with(
    first: str, second: str, expected: list[str]
) -> None:
    (case,) = _parse(_BRACKETED_SPEAKERS.format(first=first, second=second))
    assert [c.speaker for c in case.comments] == expected
    assert [c.role for c in case.comments] == [MU, LB]


_ROLE_ROWS = """【鳥取県倉吉市】【鳥取労働局・ハローワーク倉吉】
くらよし就労支援コーナー（一体的実施施設）　令和元年５月１日事業開始

白壁の町の窓口

【取組内容】
・市役所で職業相談を行う。

【令和4年度の実績】
{rows}
"""


@pytest.mark.parametrize(
    ("opening", "closing"), [("【", "】"), ("〔", "〕"), ("［", "］"), ("＜", "＞")]
)
def test_row_label_with_its_role_in_other_brackets(opening: str, closing: str) -> None:
    rows = "\n".join(
        f"{name}{opening}{role}{closing}\t{figure}"
        for name, role, figure in [
            ("新規求職者数", "目標", "90人以上"),
            ("新規求職者数", "実績", "97人"),
            ("就職者数", "目標", "50人以上"),
            ("就職者数", "実績", "58人"),
            ("就職者数", "達成率", "116.0%"),
        ]
    )
    (case,) = _parse(_ROLE_ROWS.format(rows=rows))
    assert [
        (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None,
         m.achievement_rate)
        for m in case.metrics
    ] == [("新規求職者数", 90, 97, None), ("就職者数", 50, 58, Decimal("116.0"))]


def test_row_label_with_a_bracketed_word_of_no_role_keeps_it() -> None:
    rows = "就職者数【うち紹介】\t30人\n就職者数\t58人"
    (case,) = _parse(_ROLE_ROWS.format(rows=rows))
    assert "就職者数" in [m.label for m in case.metrics]
    assert all(m.target is None for m in case.metrics)


@pytest.mark.parametrize(
    "second",
    [
        "支援対象者数の目標（130人以上）に対する達成率は110.0%となった。",
        "支援対象者数の目標(130人以上)に対し、達成率は110.0%であった。",
        "支援対象者数は、目標（130人以上）を上回った（達成率110.0%）。",
    ],
)
def test_target_word_then_its_figure_in_brackets(second: str) -> None:
    """``目標（130人以上）``: the bracketed figure right after a target word is the target."""
    text = _VOICE_THEN_FIGURES.format(
        voice="［延岡市の声］",
        figures="令和5年度の支援対象者数は143人、就職者数は92人であった。" + second,
    )
    (case,) = _parse(text)
    first = case.metrics[0]
    assert (first.label, first.target.value, first.target.qualifier, first.actual.value) == (
        "支援対象者数", 130, "以上", 143,
    )


def test_bracketed_figure_after_no_role_word_is_no_target() -> None:
    text = _VOICE_THEN_FIGURES.format(
        voice="［延岡市の声］",
        figures="令和5年度の支援対象者数は143人（前年度120人）、就職者数は92人であった。",
    )
    (case,) = _parse(text)
    assert all(m.target is None for m in case.metrics)
