"""Other publishers in the genre, a third round (decisions 3266-3280, branch press3-s16).

A grid row's label may close with a bracketed gloss that says something about the row
without changing what it holds (3266): ``目標・実績（平成29年度）`` is a results row, its figures
written inline; the rows under it with an empty 項目 cell continue it, so their figures are
metrics, not initiatives of the 取組内容 row further up. ``自治体コメント（新潟市）`` is a
comment row whose bracket names the speaker (3267); the words before it only say what kind.
A group named right before a results line's first metric (``【障害者】就職者数 実績31人``) gives
that line's metrics the group (3268).

Variants: pipe grids and tab grids, other places and figures, round / lenticular / angle
brackets, a fiscal year written in 令和 or 西暦; negative variants: a glossed label naming no
comment (``備考（新潟市）``) gives no comment, and a glossed label of no known word stays unread.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.labelgloss import split_gloss

#: (prefecture, city, bureau, office, facility, speaker of the city, targets, actuals)
_CASES = [
    ("島根県", "松江市", "島根労働局", "ハローワーク松江", "まつえ就労支援コーナー", "松江市福祉部",
     (250, 160), (268, 171)),
    ("岩手県", "盛岡市", "岩手労働局", "ハローワーク盛岡", "もりおか仕事相談室", "盛岡市",
     (90, 60), (84, 66)),
]

_BRACKETS = {"round": ("（", "）"), "lenticular": ("【", "】"), "angle": ("＜", "＞")}


def _rows(case: tuple, year: str, bracket: str) -> list[tuple[str, str]]:
    pref, city, bureau, office, facility, voice, (t1, t2), (a1, a2) = case
    o, c = _BRACKETS[bracket]
    r1 = round(a1 / t1 * 100, 1)
    r2 = round(a2 / t2 * 100, 1)
    return [
        ("都道府県", pref),
        ("自治体", city),
        ("労働局", bureau),
        ("ハローワーク", office),
        ("施設名", facility),
        ("取組内容", "・福祉窓口に就職支援ナビゲーターが常駐"),
        ("", "・支援経過を市と共有"),
        (f"目標・実績{o}{year}{c}", f"支援対象者数：目標 {t1}人以上／実績 {a1}人（達成率{r1}%）"),
        ("", f"就職者数：目標 {t2}人以上／実績 {a2}人（達成率{r2}%）"),
        (f"自治体コメント{o}{voice}{c}", "相談の継続率が高まった。"),
        (f"ハローワークコメント{o}{office}{c}", "誘導を一層強化したい。"),
    ]


def _pipe(rows: list[tuple[str, str]]) -> str:
    head = ["| 項目 | 内容 |", "|---|---|"]
    return "\n".join(head + [f"| {label} | {value} |" for label, value in rows])


def _tabs(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"{label}\t{value}" for label, value in rows)


def _doc(frame: str, year: str, bracket: str) -> str:
    draw = _pipe if frame == "pipe" else _tabs
    pages = [draw(_rows(case, year, bracket)) for case in _CASES]
    return "一体的実施施設の取組事例\n\n" + "\n\n---\n\n".join(pages) + "\n"


@pytest.mark.parametrize("frame", ["pipe", "tab"])
@pytest.mark.parametrize("year", ["令和4年度", "2022年度"])
@pytest.mark.parametrize("bracket", list(_BRACKETS))
def test_glossed_results_row_and_its_continuations(frame: str, year: str, bracket: str) -> None:
    text = _doc(frame, year, bracket)
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == len(_CASES)
    for profile, case in zip(profiles, _CASES, strict=True):
        _, _, _, office, facility, voice, targets, actuals = case
        assert profile.facility_name == facility
        assert list(profile.initiatives) == [
            "福祉窓口に就職支援ナビゲーターが常駐",
            "支援経過を市と共有",
        ]
        read = {
            m.key: (m.target.value if m.target else None, m.actual.value if m.actual else None)
            for m in profile.metrics
        }
        assert read == {
            "support_targets": (targets[0], actuals[0]),
            "employed": (targets[1], actuals[1]),
        }
        said = [(c.speaker, c.role, c.text) for c in profile.comments]
        assert said == [
            (voice, "municipality", "相談の継続率が高まった。"),
            (office, "hello_work", "誘導を一層強化したい。"),
        ]
        for comment in profile.comments:
            span = comment.speaker_span
            assert span is not None
            assert text[span.start : span.end] == comment.speaker


def test_a_glossed_label_of_no_comment_word_gives_no_comment() -> None:
    rows = _rows(_CASES[0], "令和4年度", "round")[:-2]
    rows.append(("備考（松江市）", "相談の継続率が高まった。"))
    profile = jirei.parse_text("取組事例\n\n" + _pipe(rows) + "\n").profiles[0]
    assert list(profile.comments) == []


@pytest.mark.parametrize(
    ("label", "bare", "gloss"),
    [
        ("自治体コメント(新潟市)", "自治体コメント", "新潟市"),
        ("目標・実績【令和5年度】", "目標・実績", "令和5年度"),
        ("コメント< ハローワーク甲府 >", "コメント", "ハローワーク甲府"),
    ],
)
def test_split_gloss(label: str, bare: str, gloss: str) -> None:
    found = split_gloss(label)
    assert found is not None
    assert found[0] == bare
    assert label[found[1] : found[2]] == gloss


@pytest.mark.parametrize("label", ["(新潟市)", "自治体コメント(新潟市】", "施設名", "目標(人"])
def test_split_gloss_negatives(label: str) -> None:
    assert split_gloss(label) is None


def test_glossed_unknown_label_stays_unread() -> None:
    from jirei.cards import row_role
    from jirei.lines import Line

    assert row_role(Line("| 整理番号（参考） | 12 |", 0)) is None
    assert row_role(Line("| 目標・実績（平成29年度） | 就職者数 目標 10人 |", 0)) == "results"
    assert row_role(Line("| 市コメント【松江市】 | 良かった。 |", 0)) == "comment"


# --- a group bracket opening a results line or cell (decision 3268) ---------------------

_GROUPED = [
    ("【生活保護受給者等】", "生活保護受給者等"),
    ("〈ひとり親〉", "ひとり親"),
    ("（生活困窮者）", "生活困窮者"),
    ("＜障害者＞", "障害者"),
]


@pytest.mark.parametrize(("bracketed", "group"), _GROUPED)
@pytest.mark.parametrize("frame", ["pipe", "tab"])
def test_grouped_inline_rows_in_a_grid(bracketed: str, group: str, frame: str) -> None:
    rows = _rows(_CASES[1], "令和4年度", "round")
    rows[7] = (rows[7][0], f"{bracketed}支援対象者数 目標９０人以上／実績８４人（達成率93.3%）")
    rows[8] = ("", f"{bracketed}就職者数 実績６６人")
    rows.insert(9, ("", "就職率：実績 ７８．６％"))
    draw = _pipe if frame == "pipe" else _tabs
    other = draw(_rows(_CASES[0], "令和4年度", "round"))
    text = "取組事例\n\n" + draw(rows) + "\n\n---\n\n" + other
    profile = jirei.parse_text(text + "\n").profiles[0]
    read = {
        (m.key, m.group): (m.target and m.target.value, m.actual and m.actual.value)
        for m in profile.metrics
    }
    assert read == {
        ("support_targets", group): (90, 84),
        ("employed", group): (None, 66),
        ("employment_rate", None): (None, Decimal("78.6")),
    }


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("【障害者】就職者数 実績31人", "障害者"),
        ("| 　| 【障害者】就職者数 実績31人 |", "障害者"),
        ("目標・実績\t〈ひとり親〉支援対象者数：目標 40人／実績 45人", "ひとり親"),
        ("・(生活困窮者)就職者数 12人", "生活困窮者"),
        # negatives: a year, a role word, a bracket after text, no bracket
        ("【令和4年度】就職者数 実績31人", None),
        ("【実績】就職者数 31人", None),
        ("市では【障害者】就職者数 31人", None),
        ("就職者数 実績31人", None),
    ],
)
def test_group_before(text: str, group: str | None) -> None:
    from jirei.linegroups import group_before

    at = text.index("就職者数") if "就職者数" in text else text.index("支援対象者数")
    assert group_before(text, at) == group


# --- a city a facility table gives infers its prefecture (decision 3269) -----------------


def _annual(cities: list[tuple[str, str, str, int, int]], bureau: str, area: str) -> str:
    """A bureau's annual plan appendix: one table row a facility, then a section of ◆ bullets
    a facility (the sections name no city)."""
    rows = "\n".join(
        f"{i}\t{c}\t{f}（一体的実施施設）\t令和2年4月1日\t{hw}\t{t}人以上\t{a}人"
        for i, (c, f, hw, t, a) in enumerate(cities, 1)
    )
    parts = "\n\n".join(
        f"({i}) {f}\n　◆窓口で就職支援ナビゲーターが相談を実施\n　◆定着支援を実施"
        for i, (_, f, _, _, _) in enumerate(cities, 1)
    )
    return (
        f"令和５年度　{bureau}行政運営方針\n別添資料３\n\n"
        f"{bureau}管内における一体的実施施設の運営状況（令和４年度）\n\n"
        f"{area}内では、市の福祉事務所等にハローワークの相談窓口を設置している。\n\n"
        "表　一体的実施施設一覧（令和４年度実績）\n\n"
        "No.\t自治体\t施設名（区分）\t事業開始\t連携ハローワーク\t就職者数 目標\t就職者数 実績\n"
        f"{rows}\n\n２　各施設の主な取組\n\n{parts}\n"
    )


_ANNUALS = [
    ("広島労働局", "広島県", [
        ("広島市", "ひろしま就労サポート", "ハローワーク広島", 300, 320),
        ("福山市", "ふくやま仕事相談室", "ハローワーク福山", 120, 131),
    ]),
    ("宮城労働局", "宮城県", [
        ("仙台市", "せんだい就労支援窓口", "ハローワーク仙台", 500, 512),
        ("石巻市", "いしのまき仕事サポート", "ハローワーク石巻", 80, 77),
        ("大崎市", "おおさき就労相談コーナー", "ハローワーク古川", 60, 66),
    ]),
]


@pytest.mark.parametrize(("bureau", "prefecture", "cities"), _ANNUALS)
def test_table_city_infers_its_prefecture(bureau: str, prefecture: str, cities: list) -> None:
    profiles = jirei.parse_text(_annual(cities, bureau, prefecture)).profiles
    assert [p.municipality for p in profiles] == [c[0] for c in cities]
    assert [p.prefecture for p in profiles] == [prefecture] * len(cities)
    assert all("prefecture" in p.inferred for p in profiles)
    # the bureau the report's cover names then reaches every case of its prefecture
    assert [p.labour_bureau for p in profiles] == [bureau] * len(cities)


def test_a_city_of_two_prefectures_infers_none() -> None:
    cities = [
        ("広島市", "ひろしま就労サポート", "ハローワーク広島", 300, 320),
        ("府中市", "ふちゅう就労コーナー", "ハローワーク府中", 40, 44),  # 東京都 and 広島県
    ]
    profiles = jirei.parse_text(_annual(cities, "広島労働局", "広島県")).profiles
    assert [p.prefecture for p in profiles] == ["広島県", None]
    assert profiles[1].labour_bureau is None


# --- two offices joined by 及び / 並びに (decision 3270) ------------------------------------


@pytest.mark.parametrize("joiner", ["及び", "並びに"])
@pytest.mark.parametrize(
    ("first", "second"),
    [("ハローワーク広島東", "ハローワーク広島西"), ("ハローワーク仙台", "ハローワーク大河原")],
)
def test_offices_joined_in_a_sentence(joiner: str, first: str, second: str) -> None:
    from jirei.harvest import offices_in

    text = f"◆{first}{joiner}{second}の就職支援ナビゲーターが交替で相談を実施"
    assert [f.value for f in offices_in(text, 0)] == [first, second]


def test_an_office_name_holding_no_joiner_is_whole() -> None:
    from jirei.harvest import offices_in

    assert [f.value for f in offices_in("◆ハローワーク及川の職員が常駐", 0)] == ["ハローワーク及川"]


# --- the last marked item of a list over a closing section (decision 3271) ---------------


@pytest.mark.parametrize("mark", ["◆", "◇", "■"])
@pytest.mark.parametrize("closing", ["３　今後の取組", "今後の方向性", "４．今後の展開"])
def test_last_list_item_over_a_closing_section(mark: str, closing: str) -> None:
    bureau, prefecture, cities = _ANNUALS[1]
    text = _annual(cities, bureau, prefecture).replace("◆", mark)
    text += f"\n{closing}\n　令和５年度においては、目標の達成を図る。\n"
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == len(cities)
    expected = ["窓口で就職支援ナビゲーターが相談を実施", "定着支援を実施"]
    assert list(profiles[-1].initiatives) == expected
