"""A shared results table by another writer (branch ``offices2-s15``, decisions 2966-2980).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a shared table's row key or column head writing a mark before the case's name (``Ｃ　函館市``,
  ``(ア)酒田市``, ``B. 鶴岡市``, ``Ⅱ　鶴岡市``) names that case (2966);
* a label listing its figures' roles in its bracket (``支援対象者数（目標／実績）``) over a cell of
  as many figures parted the same way (``240人以上／263人``, ``―／142人``) gives each figure the
  role the bracket names in its place (2967).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei


def _case(letter: str, pref: str, city: str, office: str, name: str) -> str:
    return f"""事例{letter}　{pref}{city}　／　山形労働局・{office}
施設名　{name}（一体的実施施設）
事業開始　平成２７年４月１日

{city}の窓口で就職までを切れ目なく支える

取組のポイント
　○ 市の窓口で{office}の職業相談を実施。
　○ 就職後の定着支援を電話で実施。

{city}福祉課の声
　相談の開始が早くなった。

"""


def _doc(table: str) -> str:
    return (
        "山形県内　一体的実施　取組事例集（令和４年度版）\n\n- 2 -\n\n"
        + _case("Ａ", "山形県", "酒田市", "ハローワーク酒田", "さかた就労サポート")
        + _case("Ｂ", "山形県", "鶴岡市", "ハローワーク鶴岡", "つるおかジョブルーム")
        + "\n"
        + table
        + "\n- 3 -\n"
    )


def _metrics(profile: jirei.Profile) -> list[tuple[object, ...]]:
    return [
        (
            m.label,
            m.target.value if m.target else None,
            m.actual.value if m.actual else None,
            m.achievement_rate,
        )
        for m in profile.metrics
    ]


# --------------------------------------------------------------------------------------
# a mark before the case's name in a head cell (2966)

_MARKED_ROWS = [
    # letters in full width, an ideographic space (the writer's own form, other figures)
    "〈令和４年度実績一覧〉\n事例\t支援対象者数\t就職者数\t就職率\n"
    "Ａ　酒田市\t195人\t121人\t62.1%\nＢ　鶴岡市\t140人\t83人\t59.3%\n",
    # katakana and an ideographic space
    "【令和４年度　実績】\n区分\t支援対象者数\t就職者数\t就職率\n"
    "ア　酒田市\t195人\t121人\t62.1%\nイ　鶴岡市\t140人\t83人\t59.3%\n",
    # a letter in brackets, no space
    "【令和４年度　実績】\n区分\t支援対象者数\t就職者数\t就職率\n"
    "(a)酒田市\t195人\t121人\t62.1%\n(b)鶴岡市\t140人\t83人\t59.3%\n",
    # a Latin letter and a dot, a pipe table
    "■令和４年度の実績\n| 施設 | 支援対象者数 | 就職者数 | 就職率 |\n|---|---|---|---|\n"
    "| A. 酒田市 | 195人 | 121人 | 62.1% |\n| B. 鶴岡市 | 140人 | 83人 | 59.3% |\n",
    # roman numerals
    "＜令和４年度　実績＞\n区分\t支援対象者数\t就職者数\t就職率\n"
    "Ⅰ　酒田市\t195人\t121人\t62.1%\nⅡ　鶴岡市\t140人\t83人\t59.3%\n",
]


@pytest.mark.parametrize("table", _MARKED_ROWS)
def test_marked_row_keys_name_their_cases(table: str) -> None:
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert [(m[0], m[2]) for m in _metrics(sakata)] == [
        ("支援対象者数", Decimal("195")), ("就職者数", Decimal("121")), ("就職率", Decimal("62.1")),
    ]
    assert [(m[0], m[2]) for m in _metrics(tsuruoka)] == [
        ("支援対象者数", Decimal("140")), ("就職者数", Decimal("83")), ("就職率", Decimal("59.3")),
    ]


def test_marked_column_heads_name_their_cases() -> None:
    table = (
        "【令和４年度　実績】\n区分\tＡ　酒田市\tＢ　鶴岡市\n"
        "支援対象者数\t195人\t140人\n就職者数\t121人\t83人\n"
    )
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert [(m[0], m[2]) for m in _metrics(sakata)] == [
        ("支援対象者数", Decimal("195")), ("就職者数", Decimal("121")),
    ]
    assert [(m[0], m[2]) for m in _metrics(tsuruoka)] == [
        ("支援対象者数", Decimal("140")), ("就職者数", Decimal("83")),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # the names after the marks are no case's (other cities): no case takes a row
        "Ａ　山形市\t195人\t121人\t62.1%\nＢ　米沢市\t140人\t83人\t59.3%\n",
        # a mark then a word that is no name of a case
        "Ａ　合計\t195人\t121人\t62.1%\nＢ　平均\t140人\t83人\t59.3%\n",
    ],
)
def test_marked_cells_naming_no_case_take_no_row(rows: str) -> None:
    table = "〈令和４年度実績一覧〉\n事例\t支援対象者数\t就職者数\t就職率\n" + rows
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert Decimal("195") not in [m[2] for m in _metrics(sakata)]
    assert Decimal("140") not in [m[2] for m in _metrics(tsuruoka)]


# --------------------------------------------------------------------------------------
# roles listed in a label's bracket over figures parted the same way (2967)


@pytest.mark.parametrize(
    ("head", "sakata_row", "tsuruoka_row", "expected"),
    [
        # the writer's form, another place: target / actual, a dash for no target
        (
            "事例\t支援対象者数（目標／実績）\t就職者数（目標／実績）\t就職率（実績）",
            "Ａ　酒田市\t180人以上／195人\t110人以上／121人\t62.1%",
            "Ｂ　鶴岡市\t―／140人\t―／83人\t59.3%",
            (
                [("支援対象者数", Decimal("180"), Decimal("195"), None),
                 ("就職者数", Decimal("110"), Decimal("121"), None),
                 ("就職率", None, Decimal("62.1"), None)],
                [("支援対象者数", None, Decimal("140"), None),
                 ("就職者数", None, Decimal("83"), None),
                 ("就職率", None, Decimal("59.3"), None)],
            ),
        ),
        # the roles the other way round, parted by ・, half-width slashes in the cells
        (
            "区分\t支援対象者数(実績・目標)\t就職者数(実績・目標)",
            "酒田市\t195人/180人以上\t121人/110人以上",
            "鶴岡市\t140人/150人以上\t83人/90人以上",
            (
                [("支援対象者数", Decimal("180"), Decimal("195"), None),
                 ("就職者数", Decimal("110"), Decimal("121"), None)],
                [("支援対象者数", Decimal("150"), Decimal("140"), None),
                 ("就職者数", Decimal("90"), Decimal("83"), None)],
            ),
        ),
        # three roles, an achievement rate among them
        (
            "事例\t支援対象者数（目標／実績／達成率）\t就職者数（目標／実績／達成率）",
            "【ア】酒田市\t180人／195人／108.3％\t110人／121人／110.0％",
            "【イ】鶴岡市\t150人／140人／93.3％\t90人／83人／92.2％",
            (
                [("支援対象者数", Decimal("180"), Decimal("195"), Decimal("108.3")),
                 ("就職者数", Decimal("110"), Decimal("121"), Decimal("110.0"))],
                [("支援対象者数", Decimal("150"), Decimal("140"), Decimal("93.3")),
                 ("就職者数", Decimal("90"), Decimal("83"), Decimal("92.2"))],
            ),
        ),
    ],
)
def test_roles_listed_in_the_head_part_the_cell(
    head: str, sakata_row: str, tsuruoka_row: str, expected: tuple[list[object], list[object]]
) -> None:
    table = f"〈令和４年度実績一覧〉\n{head}\n{sakata_row}\n{tsuruoka_row}\n"
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert (_metrics(sakata), _metrics(tsuruoka)) == expected


def test_roles_listed_in_a_one_case_two_column_table() -> None:
    text = """事例　山形県酒田市　／　山形労働局・ハローワーク酒田
施設名　さかた就労サポート（一体的実施施設）
事業開始　平成２７年４月１日

【令和４年度実績】
項目\t数値
支援対象者数（目標／実績）\t180人以上／195人
就職者数（目標／実績）\t110人以上／121人
"""
    (case,) = jirei.parse_text(text).profiles
    assert [(m[0], m[1], m[2]) for m in _metrics(case)] == [
        ("支援対象者数", Decimal("180"), Decimal("195")),
        ("就職者数", Decimal("110"), Decimal("121")),
    ]


@pytest.mark.parametrize(
    "bracket",
    [
        "延べ／実人員",  # a bracket of no roles
        "目標／目標",  # one role twice
    ],
)
def test_bracket_of_no_listed_roles_gives_no_target(bracket: str) -> None:
    text = f"""事例　山形県酒田市　／　山形労働局・ハローワーク酒田
施設名　さかた就労サポート（一体的実施施設）
事業開始　平成２７年４月１日

【令和４年度実績】
項目\t数値
支援対象者数（{bracket}）\t180人／195人
就職者数（{bracket}）\t110人／121人
"""
    (case,) = jirei.parse_text(text).profiles
    assert all(m[1] != Decimal("180") for m in _metrics(case))


def test_listed_roles_over_a_cell_of_other_count_is_not_parted() -> None:
    text = """事例　山形県酒田市　／　山形労働局・ハローワーク酒田
施設名　さかた就労サポート（一体的実施施設）
事業開始　平成２７年４月１日

【令和４年度実績】
項目\t数値
支援対象者数（目標／実績）\t195人
就職者数（目標／実績）\t121人
"""
    (case,) = jirei.parse_text(text).profiles
    assert all(m[1] is None for m in _metrics(case))
