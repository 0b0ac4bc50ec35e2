"""Another writer's council paper (decisions 2981-2995, branch press2-s15).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a comparison table's caption read over the table's ※ notes, its year's 実績見込み the
  actual (2981, 2983);
* a case list's column headed by a metric's name alone (``就職率``) (2982), its cells
  naming their figures' roles (``目標300人／実績327人``) (2989);
* an ordered cell ``目標／実績（率）`` whose bracket is the achievement rate: named by a rate
  word, or a bare percentage that is the actual over the target (2984);
* notes keyed by the city (``【高崎市】catch phrase`` over ``○`` items) joined to the
  table's rows, the catch phrase the title (2985, 2986);
* a catch phrase between one mark at both ends (``＊…＊``, ``★…★``) (2987);
* the last case ending at the chapter heading numbered next (``３　…`` … ``４　…``) (2988).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei

_ROWS = [
    ("栃木県宇都宮市", "栃木労働局・ハローワーク宇都宮", "みやジョブステーション", "H27.4.1",
     (300, 327), (200, 214), "65.4%"),
    ("栃木県小山市", "栃木労働局・ハローワーク小山", "おやまワークサポート", "H28.10.3",
     (150, 141), (100, 96), "68.1%"),
    ("神奈川県相模原市", "神奈川労働局・ハローワーク相模原", "さがみはら就労プラザ", "H26.7.1",
     (420, 455), (280, 301), "66.2%"),
]


def _rate(target: int, actual: int) -> str:
    return f"{Decimal(actual * 100) / Decimal(target):.1f}"


def _table(
    cell: str = "{t}人以上／{a}人（{r}%）",
    head: str = "支援対象者数（目標／実績）\t就職者数（目標／実績）\t就職率",
    caption: str = "一体的実施施設の運営状況（令和元年度実績見込み）",
    notes: str = "※　（　）内は目標に対する達成率。",
) -> str:
    lines = ["資料３", "", caption, ""]
    if notes:
        lines += [notes, ""]
    lines.append(f"No.\t都道府県・市\t労働局・ハローワーク\t施設名\t事業開始\t{head}")
    for n, (place, office, name, start, sup, emp, rate) in enumerate(_ROWS, 1):
        cells = [
            cell.format(t=sup[0], a=sup[1], r=_rate(*sup)),
            cell.format(t=emp[0], a=emp[1], r=_rate(*emp)),
        ]
        row = [str(n), place, office, f"{name}（一体的実施施設）", start, *cells]
        if head.count("\t") == 2:
            row.append(rate)
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def _metric(profile: jirei.Profile, label: str) -> jirei.Metric:
    return next(m for m in profile.metrics if m.label == label)


# ---------------------------------------------------------------- 2984: the cell's bracket


@pytest.mark.parametrize(
    "cell",
    [
        "{t}人以上／{a}人（{r}%）",
        "{t}人/{a}人 ({r}％)",
        "{t}人以上／{a}人［{r}%］",
        "{t}人／{a}人（達成率{r}%）",
        "{t}人以上 / {a}人 (達成率: {r}%)",
    ],
)
def test_ordered_cell_bracket_is_the_rate(cell: str) -> None:
    text = _table(cell=cell)
    profiles = jirei.parse_text(text).profiles
    assert len(profiles) == 3
    for profile, (_, _, _, _, sup, emp, _) in zip(profiles, _ROWS, strict=True):
        for label, (target, actual) in (("支援対象者数", sup), ("就職者数", emp)):
            metric = _metric(profile, label)
            assert metric.target is not None and metric.target.value == target
            assert metric.actual is not None and metric.actual.value == actual
            assert metric.achievement_rate == Decimal(_rate(target, actual))
            assert metric.achievement_span is not None
            span = metric.achievement_span
            assert text[span.start : span.end].rstrip("%％") == _rate(target, actual)


@pytest.mark.parametrize(
    "cell",
    [
        "{t}人以上／{a}人（12.5%）",  # a bare percentage that is no actual / target
        "{t}人以上／{a}人（前年度比{r}%）",  # a bracket of another kind
    ],
)
def test_other_brackets_give_no_rate(cell: str) -> None:
    profiles = jirei.parse_text(_table(cell=cell, notes="")).profiles
    assert len(profiles) == 3
    for profile, (_, _, _, _, sup, _, _) in zip(profiles, _ROWS, strict=True):
        metric = _metric(profile, "支援対象者数")
        assert metric.achievement_rate is None
        assert metric.actual is not None and metric.actual.value == sup[1]


@pytest.mark.parametrize(
    "cell",
    ["目標{t}人／実績{a}人（{r}%）", "目標{t}人以上/実績{a}人/達成率{r}%", "実績{a}人／目標{t}人"],
)
def test_cells_naming_their_figures_under_a_bare_metric_head(cell: str) -> None:
    """``目標300人／実績327人（109.0%）`` under ``支援対象者数``: each piece names its role
    (decision 2989)."""
    head = "支援対象者数\t就職者数\t就職率"
    profiles = jirei.parse_text(_table(cell=cell, head=head)).profiles
    for profile, (_, _, _, _, sup, emp, _) in zip(profiles, _ROWS, strict=True):
        for label, (target, actual) in (("支援対象者数", sup), ("就職者数", emp)):
            metric = _metric(profile, label)
            assert metric.target is not None and metric.target.value == target
            assert metric.actual is not None and metric.actual.value == actual
            if "{r}" in cell:
                assert metric.achievement_rate == Decimal(_rate(target, actual))


def test_a_cell_of_unnamed_pieces_under_a_bare_head_is_not_read() -> None:
    head = "支援対象者数\t就職者数\t就職率"
    profiles = jirei.parse_text(_table(cell="{t}人／{a}人", head=head)).profiles
    assert all(m.label == "就職率" for p in profiles for m in p.metrics)


# ---------------------------------------------------------------- 2982: a bare metric column


@pytest.mark.parametrize("rate_head", ["就職率", " 就職率 ", "就職率　"])
def test_bare_metric_column_is_its_actual(rate_head: str) -> None:
    head = f"支援対象者数（目標／実績）\t就職者数（目標／実績）\t{rate_head}"
    profiles = jirei.parse_text(_table(head=head)).profiles
    for profile, row in zip(profiles, _ROWS, strict=True):
        metric = _metric(profile, "就職率")
        assert metric.target is None
        assert metric.actual is not None
        assert f"{metric.actual.value}%" == row[6]


def test_a_column_of_no_metric_is_not_read() -> None:
    head = "支援対象者数（目標／実績）\t就職者数（目標／実績）\t備考"
    profiles = jirei.parse_text(_table(head=head)).profiles
    assert all(m.label != "備考" for p in profiles for m in p.metrics)
    assert all(m.label != "就職率" for p in profiles for m in p.metrics)


# ---------------------------------------------------------------- 2981, 2983: the caption


@pytest.mark.parametrize(
    ("caption", "notes", "year"),
    [
        ("一体的実施施設の運営状況（令和元年度実績見込み）", "※　（　）内は達成率。", 2019),
        ("＜各施設の状況（平成30年度実績）＞", "※1 就職率は就職者数÷対象者数\n※2 （）は率", 2018),
        ("各施設の実績（令和2年度実績見込）", "(注)　12月末までの実績から推計", 2020),
        ("一体的実施施設の運営状況（令和元年度実績見込み）", "", 2019),
    ],
)
def test_caption_year_over_the_table_notes(caption: str, notes: str, year: int) -> None:
    profiles = jirei.parse_text(_table(caption=caption, notes=notes)).profiles
    assert [p.fiscal_year for p in profiles] == [year] * 3


def test_a_target_caption_gives_no_year() -> None:
    profiles = jirei.parse_text(
        _table(caption="一体的実施施設の目標（令和元年度目標）", notes="※　（　）内は達成率")
    ).profiles
    assert [p.fiscal_year for p in profiles] == [None] * 3


# ---------------------------------------------------------------- 2985, 2986: notes by city

_PLACES = ["宇都宮市", "小山市", "相模原市"]
_PHRASES = ["福祉と就労の窓口を一本化", None, "若者の就職支援を区役所と強化"]


def _notes(head: str, item: str, special: str, space: str = "") -> str:
    lines = ["各施設の取組の特徴", ""]
    for place, phrase in zip(_PLACES, _PHRASES, strict=True):
        lines.append(head.format(p=place) + (space + phrase if phrase else ""))
        lines.append(f"　{item}　{place}の福祉事務所からの誘導を強化")
        lines.append(f"　{item}　ケース会議を月1回開催")
        if phrase is None:
            lines.append(f"　{special}")
            lines.append("　　・説明会を2月に実施した。")
        lines.append("")
    lines.append("（問合せ先）厚生労働省職業安定局")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("head", "item", "special", "space"),
    [
        ("【{p}】", "○", "＜特記事項＞", ""),
        ("〔{p}〕", "・", "【その他の実績】", "　"),
        ("■{p}：", "○", "＜特記事項＞", ""),
        ("＜{p}＞", "◯", "〔特記事項〕", " "),
        ("◆{p}◆", "○", "＜特記事項＞", "　"),
        ("{p}：", "・", "＜特記事項＞", ""),
        ("（{p}）", "○", "＜特記事項＞", "　"),
    ],
)
def test_notes_keyed_by_city_join_the_rows(
    head: str, item: str, special: str, space: str
) -> None:
    text = _table() + "\n" + _notes(head, item, special, space)
    result = jirei.parse_text(text)
    profiles = result.profiles
    assert [p.municipality for p in profiles] == _PLACES
    for profile, place, phrase in zip(profiles, _PLACES, _PHRASES, strict=True):
        assert profile.initiatives[0] == f"{place}の福祉事務所からの誘導を強化"
        assert profile.initiatives[1] == "ケース会議を月1回開催"
        assert profile.title == phrase
        assert len([m for m in profile.metrics if m.label == "支援対象者数"]) == 1
    assert list(profiles[1].other_results) == ["説明会を2月に実施した。"]
    assert not any(w.code == "case_list_unmatched" for w in result.warnings)


@pytest.mark.parametrize("head", ["【{p}】", "（{p}）", "{p}："])
def test_place_headings_over_prose_are_no_notes(head: str) -> None:
    """A city heading over a sentence (a voice, a paragraph) opens no note."""
    lines = ["各施設の取組の特徴", ""]
    for place in _PLACES:
        lines += [head.format(p=place), f"{place}では福祉事務所と連携して支援を行った。", ""]
    profiles = jirei.parse_text(_table() + "\n" + "\n".join(lines) + "\n").profiles
    assert all(not p.initiatives for p in profiles)


def test_one_place_heading_is_no_list_of_notes() -> None:
    lines = ["各施設の取組の特徴", "", "【宇都宮市】窓口の一本化", "　○　誘導を強化", ""]
    profiles = jirei.parse_text(_table() + "\n" + "\n".join(lines) + "\n").profiles
    assert all(p.title is None for p in profiles)


# ---------------------------------------------------------------- 2987, 2988: a 年報 chapter

_CHAPTER_CASES = [
    ("岡山市", "ハローワーク岡山", "おかやま就労プラザ", "市役所の中で相談から就職まで"),
    ("倉敷市", "ハローワーク倉敷中央", "くらしき仕事サポート", "ひとり親の就職を子育てと一体で"),
]


def _chapter(wrap: str, number: str, after: int = 4) -> str:
    lines = [
        number.format(n=2) + "職業紹介状況",
        "　求人倍率は前年度を上回った。",
        "",
        number.format(n=3) + "一体的実施事業の実施状況",
        "　主な施設の状況は以下のとおり。",
        "",
    ]
    for n, (city, office, name, title) in enumerate(_CHAPTER_CASES, 1):
        lines += [
            f"({n}) {city}　　岡山労働局／{office}",
            f"　　施設名：{name}（一体的実施施設）",
            "　　事業開始：平成27年4月1日",
            "",
            f"　　{wrap[0]}{title}{wrap[-1]}",
            "",
            "　　ア　取組内容",
            f"　　　①　{city}の福祉窓口と合同で面談を実施",
            "　　　②　担当者制による個別支援",
            "",
            "　　イ　事業目標と実績（令和元年度）",
            "　　項目\t目標\t実績",
            "　　就職者数\t200人\t214人",
            "",
        ]
    lines += [
        number.format(n=after) + "その他の連携事業",
        "　(1) 地域雇用開発促進事業",
        "　　県内２地域で実施。",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("wrap", ["＊＊", "**", "★★", "☆☆"])
def test_a_catch_phrase_between_one_mark_is_the_title(wrap: str) -> None:
    text = _chapter(wrap, "{n}　")
    profiles = jirei.parse_text(text).profiles
    assert [p.title for p in profiles] == [c[3] for c in _CHAPTER_CASES]
    for profile in profiles:
        assert profile.spans["title"] is not None
        span = profile.spans["title"]
        assert text[span.start : span.end] == profile.title


def test_a_footnote_opening_with_the_mark_is_no_title() -> None:
    title = _CHAPTER_CASES[0][3]
    text = _chapter("＊＊", "{n}　").replace(f"＊{title}＊", "＊目標は協定による")
    profiles = jirei.parse_text(text).profiles
    assert profiles[0].title != "目標は協定による"


@pytest.mark.parametrize("number", ["{n}　", "{n}. ", "{n}．", "{n} "])
def test_the_next_numbered_chapter_ends_the_last_case(number: str) -> None:
    profiles = jirei.parse_text(_chapter("＊＊", number)).profiles
    assert len(profiles) == 2
    assert not any("2地域" in item for p in profiles for item in p.other_results)
    assert not any("2地域" in block.text for p in profiles for block in p.unclassified)


def test_a_heading_numbered_otherwise_does_not_end_it() -> None:
    """``５　…`` after ``３　…`` is no next chapter: the case runs on as before."""
    text = _chapter("＊＊", "{n}　", after=5)
    result = jirei.parse_text(text)
    last = result.profiles[-1]
    assert last.span is not None and last.span.end > text.index("県内２地域")
