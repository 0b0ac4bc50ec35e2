"""Other publishers in the genre, a second round (decisions 3146-3160, branch press2-s16).

A tab sheet's field box (an evaluation sheet copied out of Excel: ``label<TAB>value`` rows,
continuation rows opening with a tab) is read as a card whatever label opens it (3146): the
box is known by two rows or more of known labels in the run of tab rows, not by its first.
Its rows are then read by their labels as any card's: a field row joins the header, the
取組内容 row and its continuation rows are the initiatives, the nested results table its
metrics, a findings row's ``speaker：text`` cells the comments.

A findings cell opening with its speaker (``市：…``, ``【市】…``) is that speaker's comment
(3152). Variants: other opening labels (``所在都道府県``, ``対象年度``, ``整理番号``-like labels the
library does not know), other places and figures, a findings field called 所見 / 意見,
full-width or ASCII colons; negative variants: a lone tab row over prose, a two-column tab
table of unknown labels, must not open a card.
"""

from __future__ import annotations

import pytest

import jirei

#: (prefecture, city, bureau, office, facility, date written, ISO date, target, actual)
_SHEETS = [
    ("静岡県", "浜松市", "静岡労働局", "ハローワーク浜松", "はままつ就労ナビ", "令和元年7月1日",
     "2019-07-01", 180, 193),
    ("宮城県", "石巻市", "宮城労働局", "ハローワーク石巻", "いしのまき仕事サポート",
     "2016年4月1日", "2016-04-01", 75, 71),
]


def _sheet(
    sheet: tuple[str, str, str, str, str, str, str, int, int],
    *,
    opener: str = "所在都道府県",
    finding: str = "所見",
    colon: str = "：",
) -> str:
    pref, city, bureau, office, facility, date, _, target, actual = sheet
    first = {"所在都道府県": f"所在都道府県\t{pref}", "対象年度": "対象年度\t令和3年度",
             "担当係": "担当係\t就労支援係"}[opener]
    rate = round(actual / target * 100, 1)
    lines = [
        "【様式】",
        first,
        f"実施主体\t{city}／{bureau}（{office}）",
        f"施設名\t{facility}（一体的実施施設）",
        f"開始年月日\t{date}",
        "取組内容\t①福祉窓口での出張相談",
        "\t②就職後の定着支援",
        "成果指標\t目標値\t実績値\t達成率",
        f"就職者数\t{target}人\t{actual}人\t{rate}%",
        f"{finding}\t{_said(city, colon)}窓口が近くなり相談が増えた。",
        f"\t{_said(bureau, colon)}引き続き早期支援に取り組む。",
    ]
    return "\n".join(lines)


def _said(speaker: str, mark: str) -> str:
    """The speaker before a findings cell's text: ``市：`` or in a bracket pair ``【市】``."""
    return f"{mark[0]}{speaker}{mark[1]}" if len(mark) == 2 else f"{speaker}{mark}"


def _doc(**kwargs: str) -> str:
    head = "令和3年度　一体的実施事業　評価シート\n\n"
    return head + "\n\n".join(_sheet(s, **kwargs) for s in _SHEETS) + "\n"


@pytest.mark.parametrize("opener", ["所在都道府県", "対象年度", "担当係"])
@pytest.mark.parametrize("finding", ["所見", "意見"])
@pytest.mark.parametrize("colon", ["：", ":", "【】", "〔〕"])
def test_field_box_opened_by_an_unknown_label(opener: str, finding: str, colon: str) -> None:
    profiles = jirei.parse_text(_doc(opener=opener, finding=finding, colon=colon)).profiles
    assert len(profiles) == len(_SHEETS)
    for profile, sheet in zip(profiles, _SHEETS, strict=True):
        pref, city, bureau, office, facility, _, iso, target, actual = sheet
        assert profile.facility_name == facility
        assert profile.facility_type == "一体的実施施設"
        assert profile.municipality == city
        assert profile.prefecture == pref
        assert profile.labour_bureau == bureau
        assert list(profile.hello_work) == [office]
        assert profile.start_date is not None and profile.start_date.isoformat() == iso
        assert list(profile.initiatives) == ["福祉窓口での出張相談", "就職後の定着支援"]
        [metric] = profile.metrics
        assert metric.key == "employed"
        assert metric.target is not None and metric.target.value == target
        assert metric.actual is not None and metric.actual.value == actual
        assert [(c.speaker, c.role) for c in profile.comments] == [
            (city, "municipality"), (bureau, "labour_bureau")
        ]
        assert profile.comments[0].text == "窓口が近くなり相談が増えた。"


def test_the_box_spans_point_into_the_original() -> None:
    text = _doc()
    profile = jirei.parse_text(text).profiles[0]
    span = profile.spans["facility_name"]
    assert text[span.start : span.end] == _SHEETS[0][4]


def test_a_lone_tab_row_over_prose_opens_no_box() -> None:
    from jirei.cards import opens_field_box
    from jirei.lines import split_lines

    text = "配布先\t各施設\n本資料は取組を紹介するものです。\n施設名はすべて仮称です。\n"
    assert not opens_field_box(split_lines(text))


def test_a_tab_table_of_unknown_labels_opens_no_box() -> None:
    from jirei.cards import opens_field_box
    from jirei.lines import split_lines

    text = "配布先\t各施設\n作成日\t6月1日\n作成者\t事務局\n"
    assert not opens_field_box(split_lines(text))


def test_one_known_label_is_not_enough() -> None:
    from jirei.cards import opens_field_box
    from jirei.lines import split_lines

    text = "配布先\t各施設\n施設名\t未定\n作成者\t事務局\n"
    assert not opens_field_box(split_lines(text))
    boxed = "所在都道府県\t福井県\n施設名\tふくい就労サポート\n取組内容\t①出張相談\n"
    assert opens_field_box(split_lines(boxed))


#: a web page's last case, its closing voice, then a back-to-top link and another article
_PAGE = """ホーム > 広報 > 労働局だより
事例１
【{pref}{city}】【{bureau}・{office}】
{facility}（一体的実施施設）　令和2年4月1日開設

■取組内容
◇福祉窓口の隣で職業相談を実施

■令和3年度の実績
・就職者数　{actual}人

【{city}の声】
窓口が近くなり、相談に来る方が増えました。

{link}

{after}
　{pref}の最低賃金は、令和3年10月1日から改定されました。
"""


@pytest.mark.parametrize(
    "link", ["▲ページの先頭へ", "△このページの先頭に戻る", "↑ページの先頭へ戻る"]
)
def test_a_back_to_top_link_ends_the_last_case(link: str) -> None:
    pref, city, bureau, office, facility, _, _, _, actual = _SHEETS[0]
    text = _PAGE.format(
        pref=pref, city=city, bureau=bureau, office=office, facility=facility, actual=actual,
        link=link, after="最低賃金が改定されました",
    )
    [profile] = jirei.parse_text(text).profiles
    [comment] = profile.comments
    assert comment.speaker == city
    assert comment.text == "窓口が近くなり、相談に来る方が増えました。"


def test_a_back_to_top_link_before_a_section_leaves_the_case() -> None:
    pref, city, bureau, office, facility, _, _, _, actual = _SHEETS[0]
    text = _PAGE.format(
        pref=pref, city=city, bureau=bureau, office=office, facility=facility, actual=actual,
        link="▲ページの先頭へ", after="■その他の実績\n◇就職面接会を2回開催",
    )
    text = text[: text.rindex("\n　")] + "\n"  # (the page ends with the case's section)
    [profile] = jirei.parse_text(text).profiles
    assert list(profile.other_results) == ["就職面接会を2回開催"]


def _table_case(table: str) -> str:
    pref, city, bureau, office, facility, *_ = _SHEETS[1]
    return (
        f"事例１\n【{pref}{city}】【{bureau}・{office}】\n"
        f"{facility}（一体的実施施設）　平成28年4月1日開設\n\n"
        "■取組内容\n◇福祉窓口の隣で職業相談を実施\n\n"
        f"■令和3年度の目標と実績\n{table}\n\n"
        f"【{city}の声】\n窓口が近くなり、相談に来る方が増えました。\n"
    )


_TAB_GROUPS = """\t生活保護受給者等\t\t児童扶養手当受給者\t
\t支援対象者数\t就職者数\t支援対象者数\t就職者数
目標\t120人\t70人以上\t40人\t25人
実績\t131人\t75人\t38人\t26人
達成率\t109.2%\t107.1%\t95.0%\t104.0%"""

_PIPE_GROUPS = """|  | 生活保護受給者 |  | 住居確保給付金受給者 |  |
|---|---|---|---|---|
|  | 支援対象者数 | 就職者数 | 支援対象者数 | 就職者数 |
| 目標 | 120人 | 70人以上 | 40人 | 25人 |
| 実績 | 131人 | 75人 | 38人 | 26人 |"""

_CORNER_GROUPS = """対象者\t生活保護受給者\t\t児童扶養手当受給者\t
項目\t支援対象者数\t就職者数\t支援対象者数\t就職者数
目標\t120人\t70人以上\t40人\t25人
実績\t131人\t75人\t38人\t26人"""

_THREE_GROUPS = """\t生活保護受給者\t\t障害者\t児童扶養手当受給者
\t就職者数\t就職率\t就職者数\t就職者数
目標\t70人\t60.0%\t12人\t25人
実績\t75人\t62.5%\t14人\t26人"""


_SEIHO, _JIFU = "生活保護受給者", "児童扶養手当受給者"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (_TAB_GROUPS, [("生活保護受給者等", "support_targets", 120, 131),
                       ("生活保護受給者等", "employed", 70, 75),
                       (_JIFU, "support_targets", 40, 38), (_JIFU, "employed", 25, 26)]),
        (_PIPE_GROUPS, [(_SEIHO, "support_targets", 120, 131), (_SEIHO, "employed", 70, 75),
                        ("住居確保給付金受給者", "support_targets", 40, 38),
                        ("住居確保給付金受給者", "employed", 25, 26)]),
        (_CORNER_GROUPS, [(_SEIHO, "support_targets", 120, 131), (_SEIHO, "employed", 70, 75),
                          (_JIFU, "support_targets", 40, 38), (_JIFU, "employed", 25, 26)]),
        (_THREE_GROUPS, [(_SEIHO, "employed", 70, 75), (_SEIHO, "employment_rate", 60.0, 62.5),
                         ("障害者", "employed", 12, 14), (_JIFU, "employed", 25, 26)]),
    ],
)
def test_merged_group_cells_over_a_transposed_table(
    table: str, expected: list[tuple[str, str, float, float]]
) -> None:
    [profile] = jirei.parse_text(_table_case(table)).profiles
    got = [
        (m.group, m.key, m.target.value if m.target else None,
         m.actual.value if m.actual else None)
        for m in profile.metrics
    ]
    assert got == expected


def test_metric_names_over_roles_are_no_groups() -> None:
    table = """\t支援対象者数\t\t就職者数\t
\t目標\t実績\t目標\t実績
生活保護受給者\t120人\t131人\t70人\t75人"""
    [profile] = jirei.parse_text(_table_case(table)).profiles
    assert {m.group for m in profile.metrics} == {"生活保護受給者"}
    assert [m.key for m in profile.metrics] == ["support_targets", "employed"]
