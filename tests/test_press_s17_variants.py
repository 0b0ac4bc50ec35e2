"""Other publishers in the genre, a fifth round (decisions 3356-3370, branch press-s17).

A results table whose head row's corner names the fiscal year alone (``令和元年度<TAB>目標<TAB>
実績<TAB>達成率``), set apart under a list, opens the results part whatever breaks its cells
— pipes (decision 2471), tabs or runs of spaces (3356) — so a plan appendix's city blocks
(``(1) 市名`` / ``施設名：…`` / 主な取組 bullets / the table) keep their figures.

Variants: other cities, offices, figures and years (令和, 平成, Gregorian); the cells broken
by tabs or by runs of spaces, half- or full-width figures, with and without a 達成率 column.
Negative variants: a corner year over cells that are no figure columns (city names) opens no
results, and a row with no cell break is no header.

A comment on one line (``金沢市のコメント：…``) whose sentence a PDF export wraps over the lines
under it is that speaker's comment, its words joined (3357). Variants: a city, a bureau and a
Hello Work speaking; wrapped over two and three lines; colon full- or half-width. Negative
variants: a sentence naming a comment keyword in prose, a voice line whose sentence no line
below closes (a blank line first), stay no comment.
"""

from __future__ import annotations

import unicodedata

import pytest

import jirei
from jirei.headingtables import is_year_corner_header
from jirei.voicewraps import wrapped_text

#: (city, office, facility, kind, start, year, fiscal year, rows)
_CASES = [
    ("富山市", "ハローワーク富山", "とやま就労ステーション", "一体的実施施設", "平成29年6月1日",
     "平成30年度", 2018, [("支援対象者数", "300人", "321人", "107.0%"),
                          ("就職者数", "180人", "190人", "105.6%")]),
    ("福井市", "ハローワーク福井", "ふくい仕事サポート", "常設窓口", "令和元年10月1日",
     "令和2年度", 2020, [("支援対象者数", "１２０人", "１０８人", "９０．０％"),
                        ("就職者数", "７０人", "７７人", "１１０．０％")]),
    ("高岡市", "ハローワーク高岡", "たかおかワークコーナー", "一体的実施施設", "2016年4月1日",
     "2021年度", 2021, [("支援対象者数", "60人程度", "66人", None),
                       ("就職者数", "40人程度", "41人", None)]),
]


def _doc(sep: str) -> str:
    out = ["北陸地域 自立支援推進計画 資料編", "", "資料３　市ごとの一体的実施の状況", ""]
    for number, (city, office, name, kind, start, year, _fy, rows) in enumerate(_CASES, 1):
        rate = rows[0][3] is not None
        head = [year, "目標", "実績"] + (["達成率"] if rate else [])
        out += [
            f"({number}) {city}",
            f"施設名：{name}（{kind}）",
            f"連携先：{office}",
            f"事業開始：{start}",
            "主な取組",
            "　・福祉窓口での合同面談の実施",
            "　・就職面接会への参加",
            "",
            sep.join(head),
        ]
        out += [sep.join(c for c in row if c is not None) for row in rows]
        out += ["", f"{city}のコメント：窓口が近くなり、相談から支援までの期間が短くなった。", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("sep", ["\t", "  ", "　　"])
def test_year_corner_table_under_a_list_is_the_results(sep: str) -> None:
    profiles = jirei.parse_text(_doc(sep)).profiles
    assert [p.municipality for p in profiles] == [c[0] for c in _CASES]
    for profile, (_c, _o, _n, _k, _s, _y, fiscal, rows) in zip(profiles, _CASES, strict=True):
        assert profile.fiscal_year == fiscal
        assert [m.label for m in profile.metrics] == [r[0] for r in rows]
        assert [m.actual.value for m in profile.metrics] == [
            int(unicodedata.normalize("NFKC", r[2]).rstrip("人")) for r in rows
        ]
        assert [m.target.value for m in profile.metrics] == [
            int(unicodedata.normalize("NFKC", r[1]).rstrip("人程度")) for r in rows
        ]
        assert all(m.target is not None and m.actual is not None for m in profile.metrics)
        assert len(profile.initiatives) == 2


@pytest.mark.parametrize(
    "row",
    [
        "令和元年度\t目標\t実績\t達成率",
        "平成29年度  目標  実績",
        "2020年度\t計画\t実績値",
        "| 令和2年度 | 目標 | 実績 |",
    ],
)
def test_year_corner_rows(row: str) -> None:
    assert is_year_corner_header(row)


@pytest.mark.parametrize(
    "row",
    [
        "令和元年度\t金沢市\t小松市",  # cities, no figure columns
        "令和元年度 目標 実績",  # no cell break
        "区分\t目標\t実績",  # no year in the corner (another reader's header)
        "令和元年度\t目標",  # no actual column
        "| --- | --- | --- |",
    ],
)
def test_not_year_corner_rows(row: str) -> None:
    assert not is_year_corner_header(row)


_VOICES = [
    ("富山市", "municipality", [
        "富山市のコメント：窓口が庁舎内にあることで、ケースワーカーが",
        "対象者に同行しやすくなった。",
    ]),
    ("富山労働局", "labour_bureau", [
        "富山労働局のコメント:市の福祉部門との情報共有が円滑であり、",
        "引き続き目標を上回る実績を",
        "期待している。",
    ]),
    ("ハローワーク富山", "hello_work", [
        "ハローワーク富山のコメント：市の担当者と週1回の",
        "ケース会議を持てるようになった。",
    ]),
]


def _voice_doc(voices: list[tuple[str, str, list[str]]]) -> str:
    out = [
        "(1) 富山市",
        "施設名：とやま就労ステーション（一体的実施施設）",
        "連携先：富山労働局・ハローワーク富山",
        "事業開始：平成29年6月1日",
        "主な取組",
        "　・福祉窓口での合同面談の実施",
        "　・就職面接会への参加",
        "",
        "令和2年度\t目標\t実績\t達成率",
        "支援対象者数\t300人\t321人\t107.0%",
        "",
    ]
    for _speaker, _role, lines in voices:
        out += lines
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("count", [1, 2, 3])
def test_wrapped_voice_lines_are_comments(count: int) -> None:
    voices = _VOICES[:count]
    text = _voice_doc(voices)
    doc = jirei.parse_text(text)
    (profile,) = doc.profiles
    assert [(c.speaker, c.role) for c in profile.comments] == [(v[0], v[1]) for v in voices]
    for comment, (_s, _r, lines) in zip(profile.comments, voices, strict=True):
        said = "".join(lines)
        said = said[said.index("コメント") + len("コメント") + 1 :]
        assert comment.text == unicodedata.normalize("NFKC", said)
    assert profile.other_results == ()


def test_prose_naming_a_keyword_is_no_voice() -> None:
    text = _voice_doc([]) + "利用者からのコメントを毎月集め、窓口の運営に\n活かしている。\n"
    (profile,) = jirei.parse_text(text).profiles
    assert profile.comments == ()


def test_wrapped_text() -> None:
    joined = wrapped_text("市のコメント：窓口が", ["近くなった。"])
    assert joined == "市のコメント：窓口が近くなった。"
    assert wrapped_text("市のコメント：窓口が近くなった。", ["次の行。"]) is None
    assert wrapped_text("市のコメント：窓口が", ["", "近くなった。"]) is None  # a blank line
    assert wrapped_text("市のコメント：窓口が", ["a", "b", "c", "d。"]) is None  # too far


def _sheet(partner: str, heading: str, rows: list[tuple[str, str, str, str]]) -> str:
    out = [
        "事務事業評価シート",
        "事務事業名\t生活保護受給者等就労支援事業",
        "所管課\t健康福祉局 生活福祉課",
        "実施施設\tさかい就労支援コーナー（一体的実施施設）",
        partner,
        "事業開始\t平成28年4月1日",
        "主な取組内容\t①ケースワーカーと就職支援ナビゲーターによるチーム支援",
        "\t②申請段階からの早期誘導",
        "",
    ]
    if heading:
        out.append(heading)
    out.append("指標名\t単位\t目標値\t実績値")
    out += ["\t".join(row) for row in rows]
    return "\n".join(out) + "\n"


_ROWS = [("支援対象者数", "人", "260", "283"), ("就職者数", "人", "170", "191")]


@pytest.mark.parametrize(
    "partner",
    [
        "連携機関\t大阪労働局・ハローワーク堺",
        "連携先\tハローワーク堺",
        "担当ハローワーク\tハローワーク堺",
    ],
)
@pytest.mark.parametrize("heading", ["成果指標", "【成果指標】", ""])
def test_a_sheet_naming_only_its_partner_is_a_case(partner: str, heading: str) -> None:
    (profile,) = jirei.parse_text(_sheet(partner, heading, _ROWS)).profiles
    assert profile.facility_name == "さかい就労支援コーナー"
    assert [(m.label, m.target.value, m.actual.value, m.actual.unit) for m in profile.metrics] == [
        (label, int(target), int(actual), unit) for label, unit, target, actual in _ROWS
    ]
    assert len(profile.initiatives) == 2


def test_a_sheet_naming_no_partner_nor_place_is_none() -> None:
    text = _sheet("担当\t生活福祉課", "成果指標", _ROWS)
    assert jirei.parse_text(text).profiles == ()


@pytest.mark.parametrize(
    ("label", "speaker", "role"),
    [
        ("コメント（堺市）", "堺市", "municipality"),
        ("堺市のコメント", "堺市", "municipality"),
        ("コメント（ハローワーク堺）", "ハローワーク堺", "hello_work"),
    ],
)
@pytest.mark.parametrize("heading", ["成果指標", "【成果指標】"])
def test_card_rows_under_its_table_are_the_cards(
    label: str, speaker: str, role: str, heading: str
) -> None:
    text = _sheet("連携機関\t大阪労働局・ハローワーク堺", heading, _ROWS) + "\n".join([
        "",
        "評価\tA（目標を達成）",
        "その他の実績\t・合同セミナーを4回開催",
        "\t・ケース会議を毎月開催",
        f"{label}\t目標を上回る実績となり、早期の誘導が定着してきた。",
        "今後の方向性\t継続",
    ]) + "\n"
    (profile,) = jirei.parse_text(text).profiles
    assert [(c.speaker, c.role) for c in profile.comments] == [(speaker, role)]
    assert profile.comments[0].text == "目標を上回る実績となり、早期の誘導が定着してきた。"
    assert profile.other_results == ("合同セミナーを4回開催", "ケース会議を毎月開催")
    assert len(profile.metrics) == 2


def test_rows_of_unknown_labels_under_the_table_stay() -> None:
    text = _sheet("連携機関\t大阪労働局・ハローワーク堺", "成果指標", _ROWS) + "\n".join([
        "",
        "備考欄\tなし",
        "担当者\t生活福祉課 山田",
    ]) + "\n"
    (profile,) = jirei.parse_text(text).profiles
    assert profile.comments == ()
    assert len(profile.metrics) == 2


def _sheets_page(city: str, office: str, bureau: str) -> str:
    """A city's web page of two evaluation sheets, a breadcrumb and a summary block over
    them (so the sheets start far into the text)."""
    out = [
        f"{city}ホーム > 市政情報 > 行政評価 > 令和5年度 行政評価結果",
        "",
        f"令和5年度 {city}行政評価 事務事業評価シート",
        "（対象：令和4年度実施事業）",
        "",
        "■施策評価（総括）",
        "施策番号\t3-2",
        "施策名\t生活の安定と自立の支援",
        "",
    ]
    for number, (name, kind) in enumerate(
        [("さかい就労支援コーナー", "一体的実施施設"), ("ひとり親しごと窓口", "常設窓口")], 1
    ):
        out += [
            f"■事務事業評価シート（{number}）",
            f"整理番号\tR4-健福-0{number}",
            "事務事業名\t就労支援事業",
            f"実施施設\t{name}（{kind}）",
            f"連携機関\t{bureau}・{office}",
            "事業開始\t平成28年4月1日",
            "主な取組内容\t①ケースワーカーと就職支援ナビゲーターによるチーム支援",
            "\t②申請段階からの早期誘導",
            "",
            "成果指標",
            "指標名\t単位\t目標値\t実績値\t達成率",
            "支援対象者数\t人\t260\t283\t108.8%",
            "就職者数\t人\t170\t191\t112.4%",
            "",
            "評価\tA（目標を達成）",
            "その他の実績\t・職業訓練相談 延べ27件",
            f"コメント（{city}）\t目標を上回る実績となった。",
            "今後の方向性\t継続",
            "",
        ]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("city", "office", "bureau"),
    [("堺市", "ハローワーク堺", "大阪労働局"), ("姫路市", "ハローワーク姫路", "兵庫労働局")],
)
def test_sheets_far_into_a_page_keep_their_markers(city: str, office: str, bureau: str) -> None:
    profiles = jirei.parse_text(_sheets_page(city, office, bureau)).profiles
    assert len(profiles) == 2
    for profile in profiles:
        assert profile.initiatives == (
            "ケースワーカーと就職支援ナビゲーターによるチーム支援",
            "申請段階からの早期誘導",
        )
        assert profile.other_results == ("職業訓練相談延べ27件",)  # (spaces between words dropped)
        assert [(c.speaker, c.role) for c in profile.comments] == [(city, "municipality")]
        assert [m.actual.value for m in profile.metrics] == [283, 191]


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("（対象：令和4年度実施事業）", 2022),
        ("（令和3年度実績）", 2021),
        ("対象年度：平成30年度 事業実績", 2018),
        ("", 2023),  # no year of the work named: the title's year, as before
    ],
)
def test_the_year_the_forms_report_on(line: str, year: int) -> None:
    text = _sheets_page("堺市", "ハローワーク堺", "大阪労働局").replace(
        "（対象：令和4年度実施事業）", line
    ).replace(" > 令和5年度 行政評価結果", "")
    profiles = jirei.parse_text(text).profiles
    assert [p.fiscal_year for p in profiles] == [year, year]



def _front(head: str, sep: str) -> list:
    """The classified lines of a 業務概要's front matter holding an office-wide table."""
    from jirei.lines import split_lines
    from jirei.sections import classifier

    def row(*cells: str) -> str:
        return f"| {' | '.join(cells)} |" if sep == "|" else "\t".join(cells)

    text = "\n".join([
        "令和2年度", "業 務 概 要", "（令和元年度実績）", "秋田労働局", "",
        "1　職業紹介業務の状況",
        row("", *head.split("|")),
        row("新規求職者数", "9,204人", "8,587人", "93.3%"),
        row("就職件数", "4,021件", "3,876件", "96.4%"),
        "",
        "　管内の有効求人倍率は年度平均で1.52倍となった。",
    ]) + "\n"
    return classifier().classify_all(split_lines(text))


@pytest.mark.parametrize(
    "head",
    [
        "平成30年度|令和元年度|前年度比",
        "平成30年度|令和元年度|前年比",
        "2018年度|2019年度|対前年度比",
    ],
)
@pytest.mark.parametrize("sep", ["\t", "|"])
def test_an_office_year_on_year_table_states_no_result(head: str, sep: str) -> None:
    from jirei.frontcase import _states_nothing

    infos = _front(head, sep)
    assert _states_nothing(infos, 0, len(infos))


@pytest.mark.parametrize("head", ["目標|実績|達成率", "平成30年度|令和元年度実績|前年度比"])
@pytest.mark.parametrize("sep", ["\t", "|"])
def test_a_case_results_table_states_results(head: str, sep: str) -> None:
    from jirei.frontcase import _states_nothing

    infos = _front(head, sep)
    assert not _states_nothing(infos, 0, len(infos))

@pytest.mark.parametrize("head", ["目標|実績|達成率", "平成30年度|令和元年度実績|前年度比"])
def test_year_on_year_needs_no_case_column(head: str) -> None:
    from jirei.frontcase import _year_on_year
    from jirei.lines import Line

    assert not _year_on_year(Line("\t" + head.replace("|", "\t"), 0))


def test_year_on_year_head() -> None:
    from jirei.frontcase import _year_on_year
    from jirei.lines import Line

    assert _year_on_year(Line("\t平成28年度\t平成29年度\t前年度比", 0))
