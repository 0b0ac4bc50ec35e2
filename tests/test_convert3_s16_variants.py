"""Variants of the conversion layouts of branch convert3-s16 (decisions 3251–3252): a Word
outline pasted as text, whatever its numbering style (``1.`` / ``（1）``, ``1`` / ``(1)`` /
``ア``, ``①``), its indent and list tabs read as layout; a chapter of cases numbered in Roman
numerals."""

from __future__ import annotations

import attrs
import pytest

from jirei.caselabel import label_length
from jirei.outlinetabs import untangle_outline_tabs
from jirei.pipeline import parse_text
from jirei.rules import DEFAULT_RULES

#: no outline numbers: the reader of decision 3251 off
_OFF = attrs.evolve(DEFAULT_RULES, outline_enumerators=())


def _outline(top: str, sub: str, item: str, voice_heading: str) -> str:
    """A one-case Word outline numbered with ``top`` (``{n}``), ``sub`` and ``item``."""
    one, two, three, four = (top.format(n=n) for n in (1, 2, 3, 4))
    a, b = (sub.format(n=n) for n in (1, 2))
    return "\n".join([
        "令和元年度　一体的実施　事例集",
        "",
        "一\t愛媛県松山市の取組",
        f"\t{one}\t施設の概要",
        "\t\t【愛媛県松山市】【愛媛労働局・ハローワーク松山】まつやま仕事相談室（一体的実施施設）"
        "令和元年６月３日事業開始",
        f"\t{two}\t取組内容",
        f"\t\t{a}\t市の窓口にナビゲーターが常駐し、相談から職業紹介までを一か所で行う。",
        f"\t\t{b}\t月１回、市とハローワークの連絡会議を開く。",
        f"\t{three}\t事業目標と取組状況（平成30年度）",
        "\t\t区分\t目標\t実績",
        "\t\t支援対象者数\t180人\t192人",
        "\t\t就職者数\t100人\t111人",
        f"\t{four}\t{voice_heading}",
        f"\t\t{item.format(n=1)}\tハローワーク松山",
        "\t\t\t市の窓口で面談できるので、来所をためらう方にも会える。",
        f"\t\t{item.format(n=2)}\t愛媛労働局",
        "\t\t\t連絡会議で課題を共有できるようになった。",
        "",
    ])


STYLES = [
    ("{n}.", "（{n}）", "（{n}）", "関係者の声"),
    ("{n}", "({n})", "({n})", "関係者コメント"),
    ("{n}．", "{n})", "({n})", "関係者の声"),
    ("（{n}）", "{n}.", "({n})", "関係者コメント"),
]


@pytest.mark.parametrize(("top", "sub", "item", "voices"), STYLES)
def test_outline_voices_are_read_whatever_the_numbering(
    top: str, sub: str, item: str, voices: str
) -> None:
    text = _outline(top, sub, item, voices)
    (profile,) = parse_text(text).profiles
    assert [(c.speaker, c.role) for c in profile.comments] == [
        ("ハローワーク松山", "hello_work"), ("愛媛労働局", "labour_bureau")]
    assert profile.comments[1].text == "連絡会議で課題を共有できるようになった。"
    assert len(profile.initiatives) == 2
    assert [m.label for m in profile.metrics] == ["支援対象者数", "就職者数"]
    # every span still points into the original text
    c = profile.comments[0]
    assert text[c.span.start:c.span.end] == c.text


def test_without_the_reader_the_voices_are_lost() -> None:
    text = _outline("{n}", "({n})", "({n})", "関係者コメント")
    (profile,) = parse_text(text, rules=_OFF).profiles
    assert profile.comments == ()


def test_outline_tabs_become_spaces_keeping_length() -> None:
    text = _outline("{n}", "({n})", "({n})", "関係者コメント")
    out = untangle_outline_tabs(text)
    assert len(out) == len(text)
    assert "\t4 関係者コメント" not in out and "  (1) ハローワーク松山" in out
    # a tab table inside the outline keeps its cells apart; the flush-left chapter its tab
    assert "支援対象者数\t180人\t192人" in out
    assert "一\t愛媛県松山市の取組" in out


@pytest.mark.parametrize("text", [
    # a numbered tab table (three cells or more a row) is no outline
    "区分\t目標\t実績\n\t1\t支援対象者数\t180人\n\t2\t就職者数\t100人\n"
    "\t\t3\t就職率\t55%\n\t\t4\t定着\t10人\n",
    # a table of contents: number, title, page
    "目次\nⅠ\t松山市の取組\t1\nⅡ\t今治市の取組\t2\nⅢ\t西条市の取組\t3\nⅣ\t新居浜市の取組\t4\n",
    # one depth only: a list with tabs, no outline
    "\t1\t相談\n\t2\t紹介\n\t3\t定着\n\t4\t連携\n",
    # too few outline lines
    "\t1\t概要\n\t\t(1)\t見出し\n\t\t\t一歩ずつ\n",
])
def test_no_outline_is_left_as_written(text: str) -> None:
    assert untangle_outline_tabs(text) == text


@pytest.mark.parametrize(("line", "length"), [
    ("II 岡山県倉敷市の取組", 3), ("IV. 下関市における取組", 4), ("I 福山市の取組", 2),
    ("VIII 北九州市での実践", 5),
])
def test_a_roman_numbered_chapter_of_cases_is_a_case_label(line: str, length: int) -> None:
    assert label_length(line) == length


@pytest.mark.parametrize("line", [
    "II 取組の概要",  # no place
    "IV 岡山県倉敷市",  # no の取組
    "Ix 倉敷市の取組",  # no Roman numeral
    "VI倉敷市の取組",  # no space after the numeral
])
def test_no_roman_case_label(line: str) -> None:
    assert label_length(line) == 0


_FLAT = """【愛媛県松山市】【愛媛労働局・ハローワーク松山】
まつやま仕事相談室（一体的実施施設）令和元年６月３日事業開始

市の窓口で相談から就職まで

【取組内容】
・市の窓口にナビゲーターが常駐。

【関係者コメント】
{a}
市の窓口で面談できるので、来所をためらう方にも会える。
{b}
連絡会議で課題を共有できるようになった。
"""


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("(1) 松山市（福祉部生活福祉課）", "(2) 愛媛労働局",
     [("松山市(福祉部生活福祉課)", "municipality"), ("愛媛労働局", "labour_bureau")]),
    ("①ハローワーク松山（職業相談部門）", "②松山市保健福祉部",
     [("ハローワーク松山(職業相談部門)", "hello_work"), ("松山市保健福祉部", "municipality")]),
    ("1. 松山市役所（保健福祉センター）", "2. 愛媛労働局（職業安定部）",
     [("松山市役所(保健福祉センター)", "municipality"),
      ("愛媛労働局(職業安定部)", "labour_bureau")]),
])
def test_a_numbered_speaker_keeps_its_department_in_brackets(
    a: str, b: str, expected: list[tuple[str, str]]
) -> None:
    (profile,) = parse_text(_FLAT.format(a=a, b=b)).profiles
    assert [(c.speaker, c.role) for c in profile.comments] == expected
    assert profile.comments[0].text == "市の窓口で面談できるので、来所をためらう方にも会える。"


def test_a_bracket_naming_no_department_is_no_speaker_part() -> None:
    (profile,) = parse_text(_FLAT.format(a="(1) 松山市（愛媛県）", b="(2) 愛媛労働局")).profiles
    assert "松山市(愛媛県)" not in [c.speaker for c in profile.comments]


_OFF_NOTES = attrs.evolve(DEFAULT_RULES, slide_note_labels=())


def _deck(marker: str, label: str) -> str:
    """A two-slide case whose slides carry speaker notes opened by ``label``."""
    m1, m2, m3 = (marker.format(n=n) for n in (1, 2, 3))
    return "\n".join([
        m1,
        "令和４年度　一体的実施　事例発表",
        "",
        m2,
        "【宮崎県宮崎市】【宮崎労働局・ハローワーク宮崎】",
        "みやざき就労支援コーナー（一体的実施施設）",
        "令和２年４月１日事業開始",
        "市役所の窓口で相談から就職まで",
        "【取組内容】",
        "• 福祉課の窓口にナビゲーターが週３日常駐",
        "",
        f"{label}",
        "常駐日は来年度から週５日に増やす予定。",
        "",
        m3,
        "宮崎市の事例（続き）",
        "【令和４年度 事業目標と取組状況】",
        "区分\t目標\t実績",
        "支援対象者数\t150人\t162人",
        "＜宮崎労働局コメント＞",
        "市と同じ窓口で相談できることが、早期の就職につながっている。",
        "",
        f"{label}",
        "質疑があれば相談員の人数について補足する。",
        "",
    ])


@pytest.mark.parametrize(("marker", "label"), [
    ("Slide {n}", "ノート:"),
    ("スライド{n}", "【発表者メモ】"),
    ("[Slide {n}]", "Notes:"),
    ("【スライド{n}】", "スピーカーノート："),
])
def test_speaker_notes_are_no_text_of_the_case(marker: str, label: str) -> None:
    text = _deck(marker, label)
    (profile,) = parse_text(text).profiles
    assert profile.initiatives == ("福祉課の窓口にナビゲーターが週3日常駐",)
    assert [c.text for c in profile.comments] == [
        "市と同じ窓口で相談できることが、早期の就職につながっている。"]
    said = (*profile.initiatives, *profile.other_results, *(c.text for c in profile.comments))
    assert not any("補足" in s or "予定" in s for s in said)


@pytest.mark.parametrize("label", ["ノート:", "Notes:", "スピーカーノート："])
def test_without_the_reader_the_notes_run_into_the_case(label: str) -> None:
    (off,) = parse_text(_deck("Slide {n}", label), rules=_OFF_NOTES).profiles
    said = (*off.initiatives, *(c.text for c in off.comments))
    assert any("補足" in s or "予定" in s for s in said)


def test_notes_label_with_words_after_a_colon() -> None:
    text = _deck("Slide {n}", "ノート:").replace(
        "ノート:\n質疑があれば", "発表者メモ：質疑があれば")
    (profile,) = parse_text(text).profiles
    assert [c.text for c in profile.comments] == [
        "市と同じ窓口で相談できることが、早期の就職につながっている。"]


@pytest.mark.parametrize("text", [
    # no deck: one slide marker at most
    "Slide 1\n【取組内容】\n・相談\n\nノート:\n補足する。\n",
    # a line that only opens with the word is no label
    "Slide 1\n表紙\n\nSlide 2\n【取組内容】\n・ノートパソコンを貸し出し\nメモ帳の配布を実施\n",
])
def test_no_notes_left_as_written(text: str) -> None:
    from jirei.slidenotes import blank_slide_notes

    assert blank_slide_notes(text) == text


@pytest.mark.parametrize(("cell", "value", "qualifier"), [
    ("約２．５か月", "2.5", "約"), ("3カ月", "3", None), ("1.8ヶ月", "1.8", None),
    ("約2ヵ月", "2", "約"),
])
def test_a_span_of_months_is_a_figure_in_months(
    cell: str, value: str, qualifier: str | None
) -> None:
    text = "\n".join([
        "【大分県大分市】【大分労働局・ハローワーク大分】",
        "おおいた就労サポート窓口（一体的実施施設）平成28年1月4日事業開始",
        "予約制相談で就職までの期間を短縮",
        "【取組状況（令和3年度）】",
        "支援対象者数\t218人",
        f"平均就職期間\t{cell}",
        "",
    ])
    (profile,) = parse_text(text).profiles
    (months,) = [m for m in profile.metrics if m.label == "平均就職期間"]
    assert months.actual is not None
    assert (str(months.actual.value), months.actual.unit, months.actual.qualifier) == (
        value, "か月", qualifier)


_WRAPPED = """{first}
{second}
福祉窓口の隣で相談から定着まで
【取組内容】
・ケースワーカーが同行して初回相談を実施。
"""


@pytest.mark.parametrize(("first", "second", "name", "kind", "date"), [
    ("【青森県八戸市】【青森労働局・ハローワーク八戸】はちのへ就労サポート",
     "コーナー（一体的実施施設）平成26年10月1日事業開始",
     "はちのへ就労サポートコーナー", "一体的実施施設", "2014-10-01"),
    ("【岩手県宮古市】【岩手労働局・ハローワーク宮古】みやこしごと",
     "相談室（常設窓口）令和２年４月１日開設",
     "みやこしごと相談室", "常設窓口", "2020-04-01"),
    ("［山形県酒田市］［山形労働局・ハローワーク酒田］さかたワーク",
     "サポート（一体的実施施設）　平成二十八年六月一日事業開始",
     "さかたワークサポート", "一体的実施施設", "2016-06-01"),
])
def test_a_facility_name_broken_at_the_line_end_is_joined(
    first: str, second: str, name: str, kind: str, date: str
) -> None:
    text = _WRAPPED.format(first=first, second=second)
    (profile,) = parse_text(text).profiles
    assert (profile.facility_name, profile.facility_type, str(profile.start_date)) == (
        name, kind, date)


@pytest.mark.parametrize(("first", "second"), [
    # the usual layout: brackets alone on the first line
    ("【青森県八戸市】【青森労働局・ハローワーク八戸】",
     "はちのへ就労サポートコーナー（一体的実施施設）"),
    # the date alone under a whole name: no name goes on
    ("【青森県八戸市】【青森労働局・ハローワーク八戸】はちのへ就労サポートコーナー",
     "平成26年10月1日事業開始"),
    # a date already on the header line
    ("【青森県八戸市】【青森労働局・ハローワーク八戸】平成26年10月1日事業開始",
     "はちのへ就労サポートコーナー（一体的実施施設）"),
])
def test_no_wrapped_name_is_left_as_written(first: str, second: str) -> None:
    from jirei.wrappedheader import join_wrapped_headers

    text = _WRAPPED.format(first=first, second=second)
    assert join_wrapped_headers(text) == text


def _cells_doc(heads: tuple[str, str, str, str], groups: tuple[str, str]) -> str:
    """A case whose results table came out one cell a line, column after column, its heads
    joining each metric to its role word."""
    columns = [
        ["区分", *groups],
        [heads[0], "90人以上", "40人以上"],
        [heads[1], "104人", "38人"],
        [heads[2], "54人以上", "24人以上"],
        [heads[3], "61人", "26人"],
    ]
    return "\n".join([
        "【秋田県能代市】【秋田労働局・ハローワーク能代】",
        "のしろワークステーション（一体的実施施設）令和元年１０月１日事業開始",
        "対象者ごとのチーム支援",
        "【取組内容】",
        "・担当ナビゲーターを分け、支援計画を作成。",
        "【事業目標と取組状況】",
        *(cell for column in columns for cell in column),
        "※ 目標は市と労働局の協定による。",
        "",
    ])


@pytest.mark.parametrize(("heads", "groups"), [
    (("支援対象者数目標", "支援対象者数実績", "就職者数目標", "就職者数実績"),
     ("生活保護受給者等", "児童扶養手当受給者")),
    (("支援対象者数目標", "支援対象者数実績", "就職者数目標", "就職者数実績"),
     ("若年者", "障害者")),
    (("目標支援対象者数", "実績支援対象者数", "目標就職者数", "実績就職者数"),
     ("生活保護受給者", "ひとり親")),
])
def test_column_order_cells_under_joined_heads(
    heads: tuple[str, str, str, str], groups: tuple[str, str]
) -> None:
    (profile,) = parse_text(_cells_doc(heads, groups)).profiles
    got = [(m.label, m.group, m.target and str(m.target.value), m.actual and str(m.actual.value))
           for m in profile.metrics]
    assert got == [
        ("支援対象者数", groups[0], "90", "104"), ("就職者数", groups[0], "54", "61"),
        ("支援対象者数", groups[1], "40", "38"), ("就職者数", groups[1], "24", "26"),
    ]


def test_a_metric_alone_is_no_column_head() -> None:
    from jirei.cellruns import _kind

    assert _kind("支援対象者数", DEFAULT_RULES) != "figure-column"
    assert _kind("支援対象者数目標", DEFAULT_RULES) == "figure-column"
    assert _kind("目標", DEFAULT_RULES) == "figure-column"
    assert _kind("生活保護受給者等", DEFAULT_RULES) is None
