"""The genre as other offices publish it, a second round (branch ``offices2-s16``,
decisions 3161-3175).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, items and figures), with negative variants that must not trigger it:

* a sub-numbered section heading of a chapter (``1-1　概要``, ``2－3 実績``, ``1.2 取組内容``,
  ``3‐4.関係者の声``) opens the section its name says (3161);
* a chapter heading naming a city (alone, before a bracket or a short ``の…`` phrase) opens
  a case whatever its numbering (``第1章``, ``1.``, ``Chapter 2``, ``Part 3.``, ``第三章``) (3162);
* a bracketed or marked voice word before a speaker naming a body (``【VOICE】倉敷市…``,
  ``［ひとこと］広島労働局``, ``◆VOICE◆…``, ``VOICE ▶ …``) heads a comment (3163);
* a labelled case's headline broken off mid-phrase joins the line under it (3164);
* a heading naming its case's place in brackets opens its section (3165);
* a callout — label, figure, target and rate on lines of their own or shared — is one
  metric (3167).
"""

from __future__ import annotations

import pytest

import jirei
from jirei.headings import strip_number

_CASES = [
    ("静岡県", "沼津市", "静岡労働局", "ハローワーク沼津", "ぬまづ就労サポート", "令和2年4月1日"),
    ("岐阜県", "大垣市", "岐阜労働局", "ハローワーク大垣", "おおがき仕事ナビ", "令和元年10月1日"),
    ("三重県", "津市", "三重労働局", "ハローワーク津", "つ就労支援コーナー", "平成30年7月2日"),
]


def _chapters(
    sep: str = "-", after: str = "　", chapter: str = "第{n}章　{city}の取組", tail: str = ""
) -> str:
    """Three chapters, each with sub-numbered sections ``n{sep}k{after}name``."""
    out = ["令和2年度　一体的実施事例集", ""]
    for n, (pref, city, bureau, office, name, day) in enumerate(_CASES, 1):

        def num(k: int, n: int = n) -> str:
            return f"{n}{sep}{k}{after}"

        out += [
            chapter.format(n=n, kanji="一二三"[n - 1], city=city),
            "",
            f"{city}の見出し{n}で就労を後押し",
            "",
            f"{num(1)}概要",
            f"（1）実施自治体　{pref}{city}",
            f"（2）労働局　{bureau}",
            f"（3）ハローワーク　{office}",
            f"（4）施設名称　{name}（一体的実施施設）",
            f"（5）事業開始　{day}",
            "",
            f"{num(2)}取組内容",
            f"①　生活保護の窓口に相談ブースを{n}か所設けている。",
            f"②　月{n}回の合同ケース会議を開いている。",
            "",
            f"{num(3)}実績（令和2年度）",
            "区分\t目標\t実績\t達成率",
            f"就職者数\t{100 + n}人以上\t{110 + n}人\t―",
            "",
            f"{num(4)}関係者のコメント",
            f"【{city}生活福祉課】",
            f"　相談から就職までが早くなった（{n}）。",
            "",
        ]
    return "\n".join([*out, tail])


def _read(text: str) -> list[jirei.Profile]:
    return list(jirei.parse_text(text).profiles)


def _check(profiles: list[jirei.Profile]) -> None:
    assert [p.municipality for p in profiles] == ["沼津市", "大垣市", "津市"]
    for n, profile in enumerate(profiles, 1):
        assert profile.title == f"{profile.municipality}の見出し{n}で就労を後押し"
        assert profile.initiatives == (
            f"生活保護の窓口に相談ブースを{n}か所設けている。",
            f"月{n}回の合同ケース会議を開いている。",
        )
        assert [(m.label, m.actual.value) for m in profile.metrics] == [("就職者数", 110 + n)]
        assert profile.metrics[0].target is not None
        assert profile.metrics[0].target.value == 100 + n
        assert [c.speaker for c in profile.comments] == [f"{profile.municipality}生活福祉課"]


# --------------------------------------------------------------------------------------
# sub-numbered section headings (3161)


@pytest.mark.parametrize(
    ("sep", "after"),
    [("-", "　"), ("－", " "), (".", " "), ("‐", "."), ("-", ""), ("－", "．")],
)
def test_sub_numbered_sections_open_their_sections(sep: str, after: str) -> None:
    _check(_read(_chapters(sep=sep, after=after)))


@pytest.mark.parametrize(
    ("opening", "closing"), [("（", "）"), ("［", "］"), ("【", "】"), ("〔", "〕")]
)
def test_bracketed_sub_numbers_open_their_sections(opening: str, closing: str) -> None:
    text = _chapters(sep="-", after=" ")
    for chapter in range(1, 4):
        for section in range(1, 5):
            text = text.replace(
                f"{chapter}-{section} ", f"{opening}{chapter}-{section}{closing}"
            )
    _check(_read(text))


@pytest.mark.parametrize(
    ("line", "rest"),
    [("1-1　概要", "概要"), ("2－3 実績（平成30年度）", "実績（平成30年度）"),
     ("1.2 取組内容", "取組内容"), ("3‐4.関係者の声", "関係者の声"), ("1-2-1 成果", "成果")],
)
def test_sub_number_is_taken_off_a_heading(line: str, rest: str) -> None:
    import unicodedata

    assert strip_number(unicodedata.normalize("NFKC", line)) == unicodedata.normalize(
        "NFKC", rest
    )


@pytest.mark.parametrize("line", ["1-2月の実績", "3-4人で面談", "10-12月期", "1-5回目の相談"])
def test_a_figure_is_no_sub_number(line: str) -> None:
    assert strip_number(line) == line


# --------------------------------------------------------------------------------------
# a chapter naming a city opens a case whatever its numbering (3162)


@pytest.mark.parametrize(
    "chapter",
    ["第{n}章　{city}の取組", "{n}. {city}の取組", "Chapter {n}　{city}の取組",
     "Part {n}. {city}における取組", "第{kanji}章　{city}の取組", "SECTION {n} {city}での実践",
     "Chapter {n}　{city}", "Part {n}　{city}（静岡県）", "第{kanji}章　{city}",
     "SECTION {n}. {city}における一体的実施", "Chapter {n}: {city}の一体的実施"],
)
def test_chapter_heading_naming_a_city_opens_a_case(chapter: str) -> None:
    _check(_read(_chapters(chapter=chapter)))


@pytest.mark.parametrize(
    "tail",
    ["Chapter 4　まとめ", "第4章　今後の展開", "Part 4. 各地の取組から見えたこと",
     "Part 4. 市町村の役割", "第四章　おわりに"],
)
def test_chapter_heading_without_a_city_opens_no_case(tail: str) -> None:
    profiles = _read(_chapters(chapter="Chapter {n}　{city}の取組", tail=tail))
    assert [p.municipality for p in profiles] == ["沼津市", "大垣市", "津市"]


# --------------------------------------------------------------------------------------
# a bracketed voice word before its speaker (3163)

_SLIDE = """事例① {pref}{city}
{bureau}｜{office}
{name}（一体的実施施設）　令和2年4月1日開設

窓口を一つにして支援を早める

■取組内容
▶ 市役所で月1回の出張相談

■その他の実績
・支所での出張相談 延べ52件

{first}
窓口が一つになり、相談者の負担が減りました。
{second}
同行面談により、職業紹介が早くなりました。
"""


def _slide(open_: str, close: str, word: str, gap: str = "") -> str:
    pref, city, bureau, office, name, _ = _CASES[0]
    return _SLIDE.format(
        pref=pref, city=city, bureau=bureau, office=office, name=name,
        first=f"{open_}{word}{close}{gap}{city}生活福祉課",
        second=f"{open_}{word}{close}{gap}{office}",
    )


@pytest.mark.parametrize(
    ("open_", "close", "word", "gap"),
    [("【", "】", "VOICE", ""), ("【", "】", "声", ""), ("［", "］", "ひとこと", "　"),
     ("〈", "〉", "Voice", " "), ("[", "]", "Comment", " "), ("《", "》", "メッセージ", ""),
     ("◆", "◆", "VOICE", ""), ("", " ▶", "VOICE", " "), ("■", "■", "声", " ")],
)
def test_bracketed_voice_word_heads_a_comment(
    open_: str, close: str, word: str, gap: str
) -> None:
    (profile,) = _read(_slide(open_, close, word, gap))
    assert [(c.speaker, c.role, c.text) for c in profile.comments] == [
        ("沼津市生活福祉課", "municipality", "窓口が一つになり、相談者の負担が減りました。"),
        ("ハローワーク沼津", "hello_work", "同行面談により、職業紹介が早くなりました。"),
    ]
    # (the voices are no other results: the list keeps its one item)
    assert [r.replace(" ", "") for r in profile.other_results] == ["支所での出張相談延べ52件"]


@pytest.mark.parametrize(
    "line",
    ["【声】相談しやすくなったとの声が多い。", "【VOICE】", "【声】とても良かった",
     "声：市役所に来てよかった", "VOICE: 市の窓口で相談できた"],
)
def test_bracketed_voice_word_before_no_body_is_no_speaker(line: str) -> None:
    from jirei.speakerforms import is_speaker_heading

    assert not is_speaker_heading(line)


# --------------------------------------------------------------------------------------
# a labelled case's headline wrapped over two lines (3164)

_LABELLED = """{label} {pref}{city}
{bureau}｜{office}
{name}（一体的実施施設）　令和2年4月1日開設

{head}
{tail}

■取組内容
▶ 市役所で月1回の出張相談

■実績
就職者数　{n}0人
"""


def _labelled(heads: list[tuple[str, str]], label: str = "事例{n}") -> str:
    out = []
    for n, ((pref, city, bureau, office, name, _), (head, tail)) in enumerate(
        zip(_CASES, heads, strict=True), 1
    ):
        out.append(_LABELLED.format(
            label=label.format(n=n), pref=pref, city=city, bureau=bureau, office=office,
            name=name, head=head, tail=tail, n=n,
        ))
    return "\n".join(out)


_WRAPPED = [
    ("駅前の窓口まで広げた出張相談で、", "市内全域をカバー"),
    ("ひとり親の「働きたい」を保育の相談と", "セットで応援"),
    ("福祉と労働が同じ机で", "支援方針を決める"),
]


@pytest.mark.parametrize("label", ["事例{n}", "【事例{n}】", "事例{n}．"])
def test_labelled_headline_wrapped_mid_phrase_is_joined(label: str) -> None:
    profiles = _read(_labelled(_WRAPPED, label))
    assert [p.title for p in profiles] == [head + tail for head, tail in _WRAPPED]


@pytest.mark.parametrize(
    ("head", "tail"),
    [("窓口を一つにして支援を早める", "まずは相談から"),  # the headline closes in a verb
     ("駅前の窓口まで広げた出張相談で、", "～沼津市の取組～"),  # a subtitle in wave marks
     ("駅前の窓口まで広げた出張相談で、", "「一緒に考える」")],  # a quoted line of its own
)
def test_headline_not_broken_off_takes_no_next_line(head: str, tail: str) -> None:
    profiles = _read(_labelled([(head, tail)] * 3))
    assert [p.title for p in profiles] == [head] * 3


# --------------------------------------------------------------------------------------
# a results page titled with its case's place in brackets over callouts (3165)

_CALLOUTS = """事例{n} {pref}{city}
{bureau}｜{office}
{name}（一体的実施施設）　令和2年4月1日開設

窓口を一つにして支援を早める

■取組内容
▶ 市役所で月1回の出張相談

{heading}

　　就職者数
　　{actual}人
　　目標{target}人以上{sep}達成率{rate}%

■その他の実績
・支所での出張相談 延べ{n}2件
"""


def _callouts(heading: str, sep: str) -> str:
    out = []
    for n, (pref, city, bureau, office, name, _) in enumerate(_CASES, 1):
        target, actual = 100 * n, 100 * n + 10
        out.append(_CALLOUTS.format(
            n=n, pref=pref, city=city, bureau=bureau, office=office, name=name,
            heading=heading.format(city=city, pref=pref), actual=actual, target=target,
            sep=sep, rate=f"{actual / target * 100:.1f}",
        ))
    return "\n".join(out)


@pytest.mark.parametrize(
    ("heading", "sep"),
    [("令和2年度の実績（{city}）", "／"), ("■実績（{pref}{city}）", "　"),
     ("【成果（{city}）】", " / "), ("＜事業実績（{city}）＞", "・")],
)
def test_results_heading_with_its_place_reads_callouts(heading: str, sep: str) -> None:
    profiles = _read(_callouts(heading, sep))
    assert len(profiles) == 3
    for n, profile in enumerate(profiles, 1):
        (metric,) = profile.metrics
        assert (metric.label, metric.actual.value) == ("就職者数", 100 * n + 10)
        assert metric.target is not None and metric.target.value == 100 * n
        assert metric.target.qualifier == "以上"
        assert metric.achievement_rate is not None
        assert float(metric.achievement_rate) == pytest.approx(round((n * 100 + 10) / n, 1))


@pytest.mark.parametrize(
    "heading",
    ["実績（速報）", "実績（沼津市の例）", "実績（10月末現在）", "実績（沼津市・大垣市）"],
)
def test_a_bracket_naming_no_one_place_is_no_place_note(heading: str) -> None:
    import unicodedata

    from jirei.headings import _PLACE_NOTE

    assert _PLACE_NOTE.search(unicodedata.normalize("NFKC", heading)) is None


@pytest.mark.parametrize("line", ["就職者数（沼津市）", "沼津市の取組（静岡県沼津市）"])
def test_a_place_note_after_no_section_name_opens_no_section(line: str) -> None:
    import unicodedata

    from jirei.sections import K, classifier

    assert classifier().kind_of(unicodedata.normalize("NFKC", line))[0] is not K.SECTION


# --------------------------------------------------------------------------------------
# a callout: a figure with its label on the line(s) before or after it, its target and
# rate on a line of their own (3165, 3167)

_CALLOUT_FORMS = {
    "label, figure, target": "　就職者数\n　{a}人\n　目標{t}人以上／達成率{r}%",
    "bracketed target": "　就職者数\n　{a}人\n　（目標{t}人以上／達成率{r}%）",
    "label and figure on a line": "就職者数　{a}人\n目標{t}人以上／達成率{r}%",
    "figure over its label": "{a}人\n就職者数（目標{t}人以上、達成率{r}%）",
    "target between label and figure": "就職者数\n目標{t}人以上\n{a}人（達成率{r}%）",
}


_THREE_LINES = "　　就職者数\n　　{actual}人\n　　目標{target}人以上{sep}達成率{rate}%"


@pytest.mark.parametrize("form", list(_CALLOUT_FORMS))
def test_callout_forms_read_one_metric(form: str) -> None:
    out = []
    for n, (pref, city, bureau, office, name, _) in enumerate(_CASES, 1):
        target, actual = 100 * n, 100 * n + 10
        callout = _CALLOUT_FORMS[form].format(a=actual, t=target, r=f"{actual / target * 100:.1f}")
        out.append(
            _CALLOUTS.replace("{heading}", "■令和2年度の実績")
            .replace(_THREE_LINES, callout)
            .format(n=n, pref=pref, city=city, bureau=bureau, office=office, name=name)
        )
    profiles = _read("\n".join(out))
    assert len(profiles) == 3
    for n, profile in enumerate(profiles, 1):
        (metric,) = profile.metrics
        assert (metric.label, metric.actual.value) == ("就職者数", 100 * n + 10)
        assert metric.target is not None and metric.target.value == 100 * n
        assert metric.achievement_rate is not None


@pytest.mark.parametrize(
    "lines",
    ["支援対象者数　210人\n就職者数　139人\n就職率　66.2%",  # an aligned list: no target lines
     "相談会を3回開催　52人\n目標の達成に向けて取組を続ける"],  # no label, no role line
)
def test_label_and_figure_lines_without_role_lines_are_no_callouts(lines: str) -> None:
    from jirei.lines import Line
    from jirei.tables.kpiboxes import read_boxes

    found, at = [], 0
    for text in lines.split("\n"):
        found.append(Line(text, at))
        at += len(text) + 1
    assert read_boxes(found) is None
