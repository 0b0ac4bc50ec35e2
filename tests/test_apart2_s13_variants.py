"""Cases whose parts stand apart, a fourth writer's forms (branch ``apart2-s13``,
decisions 2621-2630).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a case list whose place columns are known by their cells, whatever their heads (2621);
* a table head naming several cases is no case's label (2622);
* a results table with one group of columns per case under a role row (2623);
* a runs table whose rows dropped their trailing blank cells (2624);
* a heading over the table of every case, no case of its own (2625);
* a list's target-only figure joined to the story's actual-only figure (2626).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei

_CASES = [
    ("福岡県", "北九州市", "福岡労働局", "ハローワーク八幡", "しごとプラザやはた"),
    ("熊本県", "熊本市", "熊本労働局", "ハローワーク熊本", "くまもと就労サポートルーム"),
    ("鹿児島県", "鹿児島市", "鹿児島労働局", "ハローワークかごしま", "かごしま就労支援センター"),
]


def _story(number: int, city: str, label: str = "事例") -> str:
    return f"""{label}{number}　{city}

窓口で就職を後押しする{city}の取組

【取組内容】
・庁舎内で職業相談を実施。
・ケース会議を毎月開催。

"""


def _profiles(text: str):
    return jirei.parse_text(text).profiles


def _figures(profile) -> dict[str, tuple]:
    return {
        m.label: (
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    }


# --- 2621: place columns known by their cells -------------------------------------------

_LIST_HEADS = [
    ("府県", "市"),
    ("県", "市町"),
    ("地域", "都市"),
]


def _case_list(pref_head: str, city_head: str, sep: str = "\t") -> str:
    heads = ["No.", pref_head, city_head, "労働局", "ハローワーク", "施設名（種別）", "事業開始"]
    rows = [sep.join(heads)]
    for n, (pref, city, bureau, office, facility) in enumerate(_CASES, 1):
        name = f"{facility}（一体的実施施設）"
        rows.append(sep.join([str(n), pref, city, bureau, office, name, f"令和{n}年4月1日"]))
    return "掲載事例一覧\n\n" + "\n".join(rows) + "\n\n"


@pytest.mark.parametrize(("pref_head", "city_head"), _LIST_HEADS)
def test_place_columns_read_by_their_cells(pref_head: str, city_head: str) -> None:
    text = _case_list(pref_head, city_head) + "".join(
        _story(n, case[1]) for n, case in enumerate(_CASES, 1)
    )
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == [case[1] for case in _CASES]
    assert [p.labour_bureau for p in profiles] == [case[2] for case in _CASES]
    assert [p.facility_name for p in profiles] == [case[4] for case in _CASES]
    assert [p.prefecture for p in profiles] == [case[0] for case in _CASES]


def test_a_column_of_no_places_is_no_place_column() -> None:
    # the 市 column holds facility names: no place column, no case list, no bureau read
    rows = ["No.\t地区\t労働局\t施設名"]
    for n, (_, _, bureau, _, facility) in enumerate(_CASES, 1):
        rows.append(f"{n}\t{facility}\t{bureau}\t{facility}")
    text = "一覧\n\n" + "\n".join(rows) + "\n\n" + "".join(
        _story(n, case[1]) for n, case in enumerate(_CASES, 1)
    )
    assert all(p.labour_bureau is None for p in _profiles(text))


# --- 2622 / 2623: a results table of column groups, one group per case ------------------


def _group_table(head_of, roles=("目標", "実績", "達成率"), sep="\t") -> str:
    width = len(roles)
    head = [""]
    for n, case in enumerate(_CASES, 1):
        head += [head_of(n, case[1])] + [""] * (width - 1)
    while head and not head[-1]:
        head.pop()  # the merged cells closing the row are not written
    lines = [sep.join(head), sep.join(["", *(roles * len(_CASES))])]
    figures = {
        "支援対象者数": [
            ("300人以上", "342人", "114.0%"), ("180人", "205人", "113.9%"),
            ("150人", "163人", "108.7%"),
        ],
        "就職者数": [
            ("200人", "231人", "115.5%"), ("120人", "118人", "98.3%"),
            ("100人", "112人", "112.0%"),
        ],
    }
    for label, cells in figures.items():
        row = [label]
        for cell in cells:
            row += list(cell[:width])
        lines.append(sep.join(row))
    return "\n".join(lines) + "\n"


_HEADS = [
    lambda n, city: f"事例{n}　{city}",
    lambda n, city: city,
    lambda n, city: f"事例{n}",
]


@pytest.mark.parametrize("head_of", _HEADS)
def test_column_groups_read_per_case(head_of) -> None:
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    text += "\n３　令和２年度　事業目標と実績\n\n" + _group_table(head_of)
    profiles = _profiles(text)
    assert len(profiles) == 3
    assert _figures(profiles[0])["支援対象者数"] == (300, 342, Decimal("114.0"))
    assert _figures(profiles[1])["就職者数"] == (120, 118, Decimal("98.3"))
    assert _figures(profiles[2])["支援対象者数"] == (150, 163, Decimal("108.7"))


def test_column_groups_of_two_roles() -> None:
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    text += "\n令和２年度の実績\n\n" + _group_table(_HEADS[1], roles=("目標", "実績"))
    profiles = _profiles(text)
    assert _figures(profiles[0])["就職者数"] == (200, 231, None)
    assert _figures(profiles[2])["就職者数"] == (100, 112, None)


def test_a_head_naming_several_cases_is_no_case_label() -> None:
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    text += "\n実績\n\n" + _group_table(_HEADS[0])
    assert len(_profiles(text)) == 3


def test_a_head_keying_no_case_reads_no_groups() -> None:
    # the groups are years, not cases: the table is not parted among the cases (the last
    # case, the table standing in it, may read it as its own)
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    table = _group_table(lambda n, city: f"令和{n}年度")
    text += "\n推移\n\n" + table
    profiles = _profiles(text)
    assert len(profiles) == 3
    assert not profiles[0].metrics and not profiles[1].metrics


# --- 2624 / 2625: a closing table of runs, its trailing blanks dropped -------------------


def _runs_report(heading: str) -> str:
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    rows = ["事例\t項目\t事業目標\t実績\t達成率"]
    for _, city, *_ in _CASES:
        rows += [
            f"{city}\t支援対象者数\t420人以上\t437人\t104.0%",
            "\t就職率\t65%以上\t64.3%\t",
            "\tうち紹介就職\t\t122人\t",
        ]
    return text + f"\n{heading}\n\n平成30年度　事業目標と取組状況\n\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("heading", ["参考", "【参考資料】", "付録"])
def test_runs_with_trailing_blanks_and_a_bare_heading(heading: str) -> None:
    profiles = _profiles(_runs_report(heading))
    assert len(profiles) == 3
    for profile in profiles:
        figures = _figures(profile)
        assert figures["就職率"] == (65, Decimal("64.3"), None)
        assert figures["うち紹介就職"] == (None, 122, None)


# --- 2626: a list's targets joined to the story's actuals -------------------------------


def _split_report(actual_line) -> str:
    rows = ["No\t県\t市\t労働局\t支援対象者数（目標）\t就職者数（目標）"]
    for n, (pref, city, bureau, *_rest) in enumerate(_CASES, 1):
        rows.append(f"{n}\t{pref}\t{city}\t{bureau}\t{300 + n}人以上\t{200 + n}人以上")
    text = "概要と目標\n\n" + "\n".join(rows) + "\n\n"
    for n, (_, city, *_rest) in enumerate(_CASES, 1):
        text += _story(n, city) + "令和４年度の実績\n" + actual_line(n) + "\n\n"
    return text


_ACTUALS = [
    lambda n: (
        f"・支援対象者数　{310 + n}人（達成率103.0％）\n・就職者数　{210 + n}人（達成率104.0％）"
    ),
    lambda n: f"| 支援対象者数 | {310 + n}人 |\n| 就職者数 | {210 + n}人 |",
]


@pytest.mark.parametrize("actual_line", _ACTUALS)
def test_list_targets_join_story_actuals(actual_line) -> None:
    profiles = _profiles(_split_report(actual_line))
    for n, profile in enumerate(profiles, 1):
        labels = [m.label for m in profile.metrics]
        assert labels.count("支援対象者数") == 1
        figures = _figures(profile)
        assert figures["支援対象者数"][:2] == (300 + n, 310 + n)
        assert figures["就職者数"][:2] == (200 + n, 210 + n)


def test_two_actuals_of_one_label_take_no_target() -> None:
    # two story figures of the label: which the target belongs to is not said
    actual = lambda n: f"・支援対象者数　{310 + n}人\n・支援対象者数　{320 + n}人"  # noqa: E731
    profiles = _profiles(_split_report(actual))
    for profile in profiles:
        assert all(
            m.target is None or m.actual is None for m in profile.metrics
        )


# --- 2627: bulleted results lines naming well-known metrics -----------------------------

_BULLETS = ["・", "○", "◆"]


@pytest.mark.parametrize("bullet", _BULLETS)
def test_bulleted_results_lines_are_metrics(bullet: str) -> None:
    text = _story(1, "高知市") + (
        f"令和４年度の実績\n{bullet}支援対象者数　214人\n{bullet}就職者数　139人\n"
        f"{bullet}相談件数　1,236件\n"
    )
    profile = _profiles(text)[0]
    figures = _figures(profile)
    assert figures["支援対象者数"] == (None, 214, None)
    assert figures["相談件数"] == (None, 1236, None)
    assert not profile.other_results


def test_bulleted_lines_of_no_known_metric_stay_other_results() -> None:
    text = _story(1, "高知市") + (
        "令和４年度の実績\n・セミナー参加者　48人\n・職場見学会　3回\n"
    )
    profile = _profiles(text)[0]
    assert not profile.metrics
    assert len(profile.other_results) == 2


# --- 2628: a closing section's sub-heading naming the case, a speaker under it ----------


@pytest.mark.parametrize(
    "sub", ["（{n}）{city}の事例", "■{city}の事例", "【{city}の事例】"]
)
def test_comments_under_case_subheadings(sub: str) -> None:
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    text += "\n■各機関からのコメント\n\n"
    for n, (_, city, bureau, *_rest) in enumerate(_CASES, 1):
        text += sub.format(n=n, city=city)
        text += f"\n◇{city}\n{city}の声です。\n◇{bureau}\n{bureau}の声です。\n\n"
    profiles = _profiles(text)
    assert len(profiles) == 3
    for profile, (_, city, bureau, *_rest) in zip(profiles, _CASES, strict=True):
        assert [c.speaker for c in profile.comments] == [city, bureau]


def test_column_groups_in_a_pipe_table() -> None:
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    table = _group_table(_HEADS[0], sep=" | ")
    table = "\n".join(f"| {line} |" for line in table.splitlines())
    profiles = _profiles(text + "\n３　事業目標と実績\n\n" + table + "\n")
    assert _figures(profiles[0])["就職者数"] == (200, 231, Decimal("115.5"))
    assert _figures(profiles[1])["支援対象者数"] == (180, 205, Decimal("113.9"))


def test_column_groups_with_a_total_group_left() -> None:
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    rows = [
        "\t北九州市\t\t熊本市\t\t鹿児島市\t\t合計",
        "区分\t目標\t実績\t目標\t実績\t目標\t実績\t目標\t実績",
        "支援対象者数\t300人\t342人\t180人\t205人\t150人\t163人\t630人\t710人",
    ]
    profiles = _profiles(text + "\n令和２年度の実績\n\n" + "\n".join(rows) + "\n")
    assert [_figures(p)["支援対象者数"][:2] for p in profiles] == [
        (300, 342), (180, 205), (150, 163),
    ]


def test_column_groups_aligned_by_spaces() -> None:
    # the merged cells are lost: each name spans one round of the repeating role words
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    table = (
        "              北九州市                  熊本市                 鹿児島市\n"
        "              目標      実績      目標      実績      目標      実績\n"
        "支援対象者数  300人     342人     180人     205人     150人     163人\n"
        "就職者数      200人     231人     120人     118人     100人     112人\n"
    )
    profiles = _profiles(text + "\n令和２年度の実績\n\n" + table)
    assert [_figures(p)["就職者数"][:2] for p in profiles] == [(200, 231), (120, 118), (100, 112)]


def test_roles_that_do_not_repeat_spread_no_heads() -> None:
    # three names over roles that are no rounds (目標 実績 達成率 備考 …): no groups
    text = "".join(_story(n, case[1]) for n, case in enumerate(_CASES, 1))
    table = (
        "              北九州市                  熊本市                 鹿児島市\n"
        "              目標      実績      達成率    目標      実績      備考\n"
        "支援対象者数  300人     342人     114.0%    205人     150人     163人\n"
        "就職者数      200人     231人     115.5%    118人     100人     112人\n"
    )
    profiles = _profiles(text + "\n令和２年度の実績\n\n" + table)
    assert not profiles[0].metrics and not profiles[1].metrics
