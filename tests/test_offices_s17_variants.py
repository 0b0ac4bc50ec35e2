"""The genre as other offices publish it (branch ``offices-s17``, decisions 3326-3340).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a data box's heading line padded out to the box's right border is still its heading: the
  box's start date is read (3326);
* a stakeholder's view headed with no ``の`` and a post after the organisation
  (``（ハローワーク前橋所長所見）``, ``【山形労働局所見】``) opens that stakeholder's comment
  (3327);
* a report's sign-off (``（報告者：…）``, ``文責：…``) ends the comment above it (3328);
* a box drawn under a comment (its top-left corner first) ends the comment, and a results
  line's bracketed figure (``（達成率113.0%）``) closes no sentence (3329);
* a short title label with a space after it (``件名　…``) is no part of the headline (3330);
* a box open on the right whose top rule carries a title (``┌ FIGURES ─ 平成30年度 ──``) is
  read as plain lines: its results rows, group headings and arrows (3331);
* a data box after the story stating the start date completes its case (3332);
* a results table with no header whose first row holds a figure reads that row (3335).
"""

from __future__ import annotations

import pytest

import jirei


def _metrics(case: jirei.Profile) -> list[tuple[str, str | None, object, object]]:
    return [
        (
            m.label,
            m.group,
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
        )
        for m in case.metrics
    ]


def _comments(case: jirei.Profile) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.role, c.text) for c in case.comments]


# --------------------------------------------------------------------------------------
# a padded box heading (3326)

_PANEL = """CASE 01

駅前の窓口で相談から就職まで

{place}｜{bureau}・{office}
{name}（一体的実施施設）

　駅前の商業ビルに窓口を置き、市の相談員とともに職業相談を行っている。

■取組内容
●市の相談員による即日の案内

〈{city}コメント〉
　来所の負担が減り、相談が途切れなくなった。

{top}
{bar} {head}{pad}{bar}
{bar} 所在地　駅前ビル３階                        {bar}
{bar} {label}{date}                   {bar}
{bar} 実績（令和４年度）                          {bar}
{bar} 　就職者数　目標100人　実績112人            {bar}
{bottom}
"""


@pytest.mark.parametrize(
    ("place", "city", "bureau", "office", "name", "label", "date", "expected", "style", "head"),
    [
        ("山形県山形市", "山形市", "山形労働局", "ハローワーク山形", "やまがた就労プラザ",
         "開　　設　", "平成29年4月3日", "2017-04-03", "┌─┐│└┘", "施設データ"),
        ("秋田県秋田市", "秋田市", "秋田労働局", "ハローワーク秋田", "あきた仕事相談デスク",
         "開所日　", "令和２年１０月１日", "2020-10-01", "╔═╗║╚╝", "基本データ"),
        ("福井県福井市", "福井市", "福井労働局", "ハローワーク福井", "ふくい就労ステーション",
         "事業開始　", "2016年7月1日", "2016-07-01", "┏━┓┃┗┛", "施設の概要"),
    ],
)
def test_padded_box_head_gives_its_start_date(
    place: str, city: str, bureau: str, office: str, name: str, label: str, date: str,
    expected: str, style: str, head: str,
) -> None:
    tl, h, tr, v, bl, br = style
    text = _PANEL.format(
        place=place, city=city, bureau=bureau, office=office, name=name, label=label,
        date=date, top=tl + h * 25 + tr, bar=v, head=head, pad=" " * 40,
        bottom=bl + h * 25 + br,
    )
    case = jirei.parse_text(text).profiles[0]
    assert str(case.start_date) == expected
    assert ("就職者数", None, 100, 112) in _metrics(case)


def test_padded_line_that_is_no_box_head_gives_no_date() -> None:
    """Negative: a padded line naming no box heading opens no data box; the date under it,
    with no start label, is no start date."""
    text = _PANEL.format(
        place="山形県山形市", city="山形市", bureau="山形労働局", office="ハローワーク山形",
        name="やまがた就労プラザ", label="見学会　", date="平成29年4月3日",
        top="┌" + "─" * 25 + "┐", bar="│", head="見学の記録", pad=" " * 40,
        bottom="└" + "─" * 25 + "┘",
    )
    case = jirei.parse_text(text).profiles[0]
    assert case.start_date is None


# --------------------------------------------------------------------------------------
# views headed with no の, a post after the organisation; a sign-off under them (3327, 3328)

_REPORT = """事例１　【{pref}{city}】【{bureau}・{office}】

件名　{title}

１　概要
（１）施設名　{name}（一体的実施施設）
（２）事業開始　令和3年4月1日

２　成果
項目	目標	実績
就職者数	80人	84人

{first}
　市の窓口から直接案内できるようになった。

{second}
　定例会議で支援方針をすり合わせている。

{signoff}

以上
"""


@pytest.mark.parametrize(
    ("first", "second", "signoff", "speakers"),
    [
        ("（宇都宮市福祉部の所感）", "（ハローワーク宇都宮所長所見）",
         "（報告者：ハローワーク宇都宮　統括職業指導官）",
         [("宇都宮市福祉部", "municipality"), ("ハローワーク宇都宮所長", "hello_work")]),
        ("【宇都宮市生活福祉課所感】", "【栃木労働局所見】",
         "【記入者】ハローワーク宇都宮　就職促進指導官",
         [("宇都宮市生活福祉課", "municipality"), ("栃木労働局", "labour_bureau")]),
        ("〈宇都宮市福祉部長所見〉", "〈栃木労働局の見解〉", "文責：栃木労働局職業安定課",
         [("宇都宮市福祉部長", "municipality"), ("栃木労働局", "labour_bureau")]),
    ],
)
def test_views_without_no_and_a_sign_off(
    first: str, second: str, signoff: str, speakers: list[tuple[str, str]]
) -> None:
    text = _REPORT.format(
        pref="栃木県", city="宇都宮市", bureau="栃木労働局", office="ハローワーク宇都宮",
        title="同じ庁舎で相談から就職まで", name="うつのみや就労支援コーナー", first=first,
        second=second, signoff=signoff,
    )
    case = jirei.parse_text(text).profiles[0]
    assert [(s, r) for s, r, _ in _comments(case)] == speakers
    assert _comments(case)[1][2] == "定例会議で支援方針をすり合わせている。"
    assert case.title == "同じ庁舎で相談から就職まで"


def test_a_view_of_no_stakeholder_opens_no_comment() -> None:
    """Negative: ``（委員所感）`` and ``（利用者所見）`` name no city, bureau or office: no
    stakeholder's view opens under them."""
    text = _REPORT.format(
        pref="栃木県", city="宇都宮市", bureau="栃木労働局", office="ハローワーク宇都宮",
        title="同じ庁舎で相談から就職まで", name="うつのみや就労支援コーナー",
        first="（委員所感）", second="（利用者所見）", signoff="",
    )
    case = jirei.parse_text(text).profiles[0]
    assert all(s not in ("委員", "利用者") for s, _, _ in _comments(case))
    assert all(r == "other" for _, r, _ in _comments(case))


def test_a_line_opening_with_a_sign_off_word_in_a_sentence_stays() -> None:
    """Negative: a comment's own sentence opening with ``報告`` is no sign-off."""
    text = _REPORT.format(
        pref="栃木県", city="宇都宮市", bureau="栃木労働局", office="ハローワーク宇都宮",
        title="同じ庁舎で相談から就職まで", name="うつのみや就労支援コーナー",
        first="（宇都宮市福祉部の所感）", second="（栃木労働局所見）",
        signoff="",
    ).replace(
        "　定例会議で支援方針をすり合わせている。",
        "　定例会議で支援方針をすり合わせている。\n報告 のあった事例は他所でも参考となる。",
    )
    case = jirei.parse_text(text).profiles[0]
    assert _comments(case)[1][2].endswith("他所でも参考となる。")


def test_a_short_label_glued_to_its_headline_stays() -> None:
    """Negative: ``件名`` with no space after it is part of the headline as written."""
    text = _REPORT.format(
        pref="栃木県", city="宇都宮市", bureau="栃木労働局", office="ハローワーク宇都宮",
        title="", name="うつのみや就労支援コーナー", first="（宇都宮市福祉部の所感）",
        second="（栃木労働局所見）", signoff="",
    ).replace("件名　\n", "件名数が倍増した窓口\n")
    case = jirei.parse_text(text).profiles[0]
    assert case.title == "件名数が倍増した窓口"


# --------------------------------------------------------------------------------------
# a titled box open on the right under a comment (3329, 3331)

_MAGAZINE = """REPORT 2

{title}

{place}　{bureau}／{office}
{name}（一体的実施施設）　平成27年4月1日開設

　市役所の隣に設けられた窓口で、市の相談員と並んで相談に応じている。

【取組内容】
◇市の相談員と連携した担当者制の支援

■ {bureau}のコメント
「{said}」

{box}
"""

_BOXES = [
    (
        "┌ FIGURES ─ 令和4年度 ───────────\n"
        "│ 支援対象者数\n"
        "│ 　目標 320人 → 実績 341人（達成率106.6%）\n"
        "│ 就職者数\n"
        "│ 　目標 200人 → 実績 214人（達成率107.0%）\n"
        "└──────────────────────────",
        [("支援対象者数", None, 320, 341), ("就職者数", None, 200, 214)],
    ),
    (
        "┏━ 数字で見る成果 ━ 令和4年度 ━━━━━━━━━\n"
        "┃ 《生活保護受給者》\n"
        "┃ 支援対象者数　目標90人／実績97人（達成率107.7%）\n"
        "┃ 《ひとり親》\n"
        "┃ 就職者数　　　実績31人\n"
        "┗━━━━━━━━━━━━━━━━━━━━━━━━━",
        [("支援対象者数", "生活保護受給者", 90, 97), ("就職者数", "ひとり親", None, 31)],
    ),
    (
        "┌─ DATA ────────────────\n"
        "│ 就職者数　目標150人　実績162人（達成率108.0%）\n"
        "│ 職業相談　2,310件\n"
        "└──────────────────────",
        [("就職者数", None, 150, 162), ("職業相談", None, None, 2310)],
    ),
]


@pytest.mark.parametrize(("box", "expected"), _BOXES)
def test_titled_open_box_under_a_comment(box: str, expected: list[tuple]) -> None:
    said = "市との役割分担が定着し、目標を上回る実績につながりました。"
    text = _MAGAZINE.format(
        title="市役所の隣で、毎日の相談を", place="岐阜県岐阜市", bureau="岐阜労働局",
        office="ハローワーク岐阜", name="ぎふ就労サポートプラザ", said=said, box=box,
    )
    case = jirei.parse_text(text).profiles[0]
    assert _comments(case) == [("岐阜労働局", "labour_bureau", said)]
    assert _metrics(case) == expected


def test_a_comment_closing_in_a_bracketed_signature_keeps_it() -> None:
    """Negative: a paragraph under a comment closing in a bracket with no figure (a date, a
    name) still closes a sentence: the figure-note rule reads only a figure and its unit."""
    said = "市との役割分担が定着しました。"
    text = _MAGAZINE.format(
        title="市役所の隣で、毎日の相談を", place="岐阜県岐阜市", bureau="岐阜労働局",
        office="ハローワーク岐阜", name="ぎふ就労サポートプラザ", said=said,
        box="引き続き周知に努めます。（令和5年3月）",
    )
    case = jirei.parse_text(text).profiles[0]
    assert _comments(case)[0][2].endswith("（令和5年3月）") or _comments(case)[0][2].endswith(
        "(令和5年3月)"
    )


# --------------------------------------------------------------------------------------
# a results table with no header, a cell of several roles under a first row of figures (3335)

_ROWS = """【新潟県上越市】【新潟労働局・ハローワーク上越】\
じょうえつ仕事サポートコーナー（一体的実施施設）

雪国の通勤事情に寄り添う職業相談

■実績（令和３年度）
{rows}
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("　利用者数　　実績2,415人\n　就職者数　　目標90人　実績87人",
         [("利用者数", None, None, 2415), ("就職者数", None, 90, 87)]),
        ("相談件数\t実績1,380件\n支援対象者数\t目標120人 実績131人",
         [("相談件数", None, None, 1380), ("支援対象者数", None, 120, 131)]),
        ("| 紹介件数 | 実績612件 |\n| 就職者数 | 目標200人／実績214人 |",
         [("紹介件数", None, None, 612), ("就職者数", None, 200, 214)]),
    ],
)
def test_a_first_row_of_figures_is_no_header(rows: str, expected: list[tuple]) -> None:
    case = jirei.parse_text(_ROWS.format(rows=rows)).profiles[0]
    assert _metrics(case) == expected


@pytest.mark.parametrize(
    "rows",
    [
        "　項目　　目標　　実績\n　就職者数　　90人　　87人",
        "| 指標 | 目標／実績 |\n| 就職者数 | 90人／87人 |",
    ],
)
def test_a_header_of_column_words_stays_the_header(rows: str) -> None:
    """Negative: a first row naming columns (no figure) is still the header."""
    case = jirei.parse_text(_ROWS.format(rows=rows)).profiles[0]
    assert _metrics(case) == [("就職者数", None, 90, 87)]


# --------------------------------------------------------------------------------------
# a closed box whose title holds a short rule (3337)

_CLOSED = [
    (
        "┌ FIGURES ─ 令和4年度 ──────────────────┐\n"
        "│ 支援対象者数                               │\n"
        "│ 　目標 320人 → 実績 341人（達成率106.6%）  │\n"
        "│ 就職者数                                   │\n"
        "│ 　目標 200人 → 実績 214人（達成率107.0%）  │\n"
        "└────────────────────────────┘",
        [("支援対象者数", None, 320, 341), ("就職者数", None, 200, 214)],
    ),
    (
        "╔═ 実績 ═ 令和4年度 ═══════════════════╗\n"
        "║ 《生活保護受給者》                          ║\n"
        "║ 就職者数　目標90人／実績97人                ║\n"
        "╚════════════════════════════╝",
        [("就職者数", "生活保護受給者", 90, 97)],
    ),
    (
        "┏━ 数字で見る ━ 成果 ━━━━━━━━━━━━━━━━━┓\n"
        "┃ 就職者数　目標150人　実績162人               ┃\n"
        "┃ 職業相談　2,310件                           ┃\n"
        "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
        [("就職者数", None, 150, 162), ("職業相談", None, None, 2310)],
    ),
]


@pytest.mark.parametrize(("box", "expected"), _CLOSED)
def test_closed_box_with_a_ruled_title(box: str, expected: list[tuple]) -> None:
    said = "市との役割分担が定着し、目標を上回る実績につながりました。"
    text = _MAGAZINE.format(
        title="市役所の隣で、毎日の相談を", place="岐阜県岐阜市", bureau="岐阜労働局",
        office="ハローワーク岐阜", name="ぎふ就労サポートプラザ", said=said, box=box,
    )
    case = jirei.parse_text(text).profiles[0]
    assert _comments(case) == [("岐阜労働局", "labour_bureau", said)]
    assert _metrics(case) == expected


def test_a_ruled_title_over_cells_stays_a_table() -> None:
    """Negative: a box whose rows hold cells (a bar inside) is a table, read by its columns."""
    box = (
        "┌ 実績 ─ 令和4年度 ─┬──────┬──────┐\n"
        "│ 指標       │ 目標   │ 実績   │\n"
        "├──────┼──────┼──────┤\n"
        "│ 就職者数   │ 150人  │ 162人  │\n"
        "└──────┴──────┴──────┘"
    )
    text = _MAGAZINE.format(
        title="市役所の隣で、毎日の相談を", place="岐阜県岐阜市", bureau="岐阜労働局",
        office="ハローワーク岐阜", name="ぎふ就労サポートプラザ", said="定着しました。", box=box,
    )
    case = jirei.parse_text(text).profiles[0]
    assert _metrics(case) == [("就職者数", None, 150, 162)]
