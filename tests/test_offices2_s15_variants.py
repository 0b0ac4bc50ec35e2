"""A shared results table by another writer (branch ``offices2-s15``, decisions 2966-2980).

Each rule is tried on synthetic variants written for this file (real places and offices;
invented facilities, prose and figures), with negative variants that must not trigger it:

* a shared table's row key or column head writing a mark before the case's name (``Ｃ　函館市``,
  ``(ア)酒田市``, ``B. 鶴岡市``, ``Ⅱ　鶴岡市``) names that case (2966);
* a label listing its figures' roles in its bracket (``支援対象者数（目標／実績）``) over a cell of
  as many figures parted the same way (``240人以上／263人``, ``―／142人``) gives each figure the
  role the bracket names in its place (2967);
* two offices joined by 及び in a sentence are two (2968); ``Xからは「…」との評価が寄せられている``
  is X's comment (2969); a web copy's list line broken off after ``、`` or a particle goes on on
  the next line (2970); a tab row opening with a list mark whose cells are figures is a table's
  row (2971).
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
    # a bracketed katakana mark and a letter with a dot: list marks opening a tab row (2971)
    "【令和４年度　実績】\n区分\t支援対象者数\t就職者数\t就職率\n"
    "(ア)酒田市\t195人\t121人\t62.1%\n(イ)鶴岡市\t140人\t83人\t59.3%\n",
    "【令和４年度　実績】\n区分\t支援対象者数\t就職者数\t就職率\n"
    "A. 酒田市\t195人\t121人\t62.1%\nB. 鶴岡市\t140人\t83人\t59.3%\n",
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


@pytest.mark.parametrize(
    "head",
    [
        "事例\t支援対象者数［目標／実績］\t就職者数［目標／実績］",  # square brackets
        "事例\t支援対象者数【目標・実績】\t就職者数【目標・実績】",  # lenticular brackets, ・
        "事例\t支援対象者数 目標／実績\t就職者数 目標／実績",  # no bracket, after a space
    ],
)
def test_roles_listed_in_other_brackets_or_none(head: str) -> None:
    table = (
        f"〈令和４年度実績一覧〉\n{head}\n"
        "Ａ　酒田市\t180人以上／195人\t110人以上／121人\nＢ　鶴岡市\t―／140人\t―／83人\n"
    )
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata) == [
        ("支援対象者数", Decimal("180"), Decimal("195"), None),
        ("就職者数", Decimal("110"), Decimal("121"), None),
    ]
    assert _metrics(tsuruoka) == [
        ("支援対象者数", None, Decimal("140"), None),
        ("就職者数", None, Decimal("83"), None),
    ]


@pytest.mark.parametrize(
    "table",
    [
        # the roles on a row of their own under the metric names
        "〈令和４年度実績一覧〉\n事例\t支援対象者数\t就職者数\n\t目標／実績\t目標／実績\n"
        "Ｃ　酒田市\t180人以上／195人\t110人以上／121人\nＤ　鶴岡市\t―／140人\t―／83人\n",
        # the cases as columns, the roles listed in the row labels
        "〈令和４年度実績一覧〉\n区分\tＣ　酒田市\tＤ　鶴岡市\n"
        "支援対象者数（目標／実績）\t180人以上／195人\t―／140人\n"
        "就職者数（目標／実績）\t110人以上／121人\t―／83人\n",
    ],
)
def test_roles_listed_over_other_table_shapes(table: str) -> None:
    sakata, tsuruoka = jirei.parse_text(_doc(table)).profiles
    assert _metrics(sakata) == [
        ("支援対象者数", Decimal("180"), Decimal("195"), None),
        ("就職者数", Decimal("110"), Decimal("121"), None),
    ]
    assert _metrics(tsuruoka) == [
        ("支援対象者数", None, Decimal("140"), None),
        ("就職者数", None, Decimal("83"), None),
    ]


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
        "男性／女性",  # a breakdown, no roles
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


# --------------------------------------------------------------------------------------
# a 業務年報's prose: two offices joined by 及び (2968), a judgement received (2969)


def _annual(sentence: str, said: str) -> str:
    return f"""平成29年度　関東ブロック職業安定業務年報（抜粋）

３－２　一体的実施事業の状況

（１）概況
　平成29年度末現在、管内では計30か所で一体的実施事業が行われている。以下、２か所について記す。

（２）主な実施例

ア　埼玉県さいたま市
　さいたま市では、{sentence}平成２６年４月１日から「さいたま就労支援プラザ」（一体的実施施設）を運営している。同施設では、区役所の福祉課と同じ庁舎内に職業相談窓口を置いている。平成29年度の支援対象者数は、目標（300人以上）に対して322人（達成率107.3％）となり、就職者数は210人であった。
　{said}

イ　千葉県千葉市
　千葉市においては、千葉労働局・ハローワーク千葉との協定に基づき、平成27年１月５日に市役所本庁舎内へ「ちば就労支援コーナー」（常設窓口）を開設した。平成29年度の実績は、支援対象者数250人（目標240人以上、達成率104.2％）、就職者数160人であった。

（注）数値は各労働局の業務統計による。
"""


@pytest.mark.parametrize(
    ("sentence", "offices"),
    [
        ("埼玉労働局のハローワーク浦和及びハローワーク大宮と連携し、",
         ("ハローワーク浦和", "ハローワーク大宮")),
        ("埼玉労働局のハローワーク大宮並びにハローワーク浦和と連携し、",
         ("ハローワーク大宮", "ハローワーク浦和")),
        ("埼玉労働局のハローワーク浦和およびハローワーク川口と協定を結び、",
         ("ハローワーク浦和", "ハローワーク川口")),
        # one office: one office read
        ("埼玉労働局のハローワーク浦和と連携し、", ("ハローワーク浦和",)),
    ],
)
def test_offices_joined_in_a_sentence_are_two(sentence: str, offices: tuple[str, ...]) -> None:
    said = "さいたま市福祉局からは「相談の途中離脱が減った」との評価が寄せられている。"
    saitama, _ = jirei.parse_text(_annual(sentence, said)).profiles
    assert saitama.hello_work == offices


@pytest.mark.parametrize(
    ("said", "speaker", "text"),
    [
        ("さいたま市福祉局からは「同じ庁舎で支援が完結するため、相談の途中離脱が減った」との評価が寄せられている。",
         "さいたま市福祉局", "同じ庁舎で支援が完結するため、相談の途中離脱が減った"),
        ("ハローワーク浦和からは「市との情報共有が密になり、誘導の件数が増えてきた」との意見が寄せられた。",
         "ハローワーク浦和", "市との情報共有が密になり、誘導の件数が増えてきた"),
        ("さいたま市福祉局からは「窓口が近くなり、利用者の負担が大きく軽くなった」との感想があった。",
         "さいたま市福祉局", "窓口が近くなり、利用者の負担が大きく軽くなった"),
    ],
)
def test_a_judgement_received_is_a_comment(said: str, speaker: str, text: str) -> None:
    sentence = "埼玉労働局のハローワーク浦和と連携し、"
    saitama, _ = jirei.parse_text(_annual(sentence, said)).profiles
    assert (speaker, text) in [(c.speaker, c.text) for c in saitama.comments]


def test_a_quotation_with_no_saying_words_is_no_comment() -> None:
    said = "さいたま市福祉局では「就労支援プラザ」の名称を市報で周知している。"
    saitama, _ = jirei.parse_text(_annual("埼玉労働局のハローワーク浦和と連携し、", said)).profiles
    assert all("就労支援プラザ" != c.text for c in saitama.comments)


# --------------------------------------------------------------------------------------
# a web copy's list line breaking off mid-clause goes on on the next line (2970)


def _web(items: str) -> str:
    return f"""群馬労働局
ホーム ＞ 各種施策 ＞ 一体的実施の取組事例
印刷用ページ｜文字サイズ 標準 大

関東地方における一体的実施の取組事例（令和２年度公表）

掲載日：令和2年10月1日

■事例１■　群馬県前橋市
まえばしの窓口で相談当日から就職へ

【概要】
　自治体　　　　：前橋市
　労働局　　　　：群馬労働局
　ハローワーク　：ハローワーク前橋
　施設　　　　　：まえばし就労サポート（一体的実施施設）
　事業開始　　　：平成２９年４月１日

【取組】
{items}
【声】
　◆前橋市福祉部
　「相談の当日に職業相談へつなげられるようになりました。」

▲このページの先頭へ

■事例２■　群馬県高崎市
たかさきの窓口で切れ目なく

【概要】
　自治体　　　　：高崎市
　労働局　　　　：群馬労働局
　ハローワーク　：ハローワーク高崎
　施設　　　　　：たかさき就労ルーム（一体的実施施設）
　事業開始　　　：平成３０年４月１日

【取組】
　①　市内の企業を招いた事業所説明会を毎月開催。

▲このページの先頭へ

関連リンク
・生活保護受給者等就労自立促進事業について
"""


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ("　①　担当者制による週１回の継続相談を実施。\n"
         "　②　ひとり親については、現況届の受付会場に臨時窓口を設置し、\n"
         "　　　その場で求職登録まで行えるようにした。\n",
         ["担当者制による週1回の継続相談を実施。",
          "ひとり親については、現況届の受付会場に臨時窓口を設置し、その場で求職登録まで行えるようにした。"]),
        # broken off after a particle, three lines
        ("　①　区の福祉課と\n　　　ハローワークの職員が同じ部屋で\n　　　面談を行う。\n"
         "　②　定着支援を電話で実施。\n",
         ["区の福祉課とハローワークの職員が同じ部屋で面談を行う。", "定着支援を電話で実施。"]),
    ],
)
def test_web_copy_line_breaking_off_goes_on(items: str, expected: list[str]) -> None:
    maebashi, _ = jirei.parse_text(_web(items)).profiles
    assert list(maebashi.initiatives) == expected


def test_web_copy_lines_not_breaking_off_stay_apart() -> None:
    items = (
        "　①　担当者制による週１回の継続相談を実施。\n"
        "　②　ひとり親については臨時窓口を設置\n"
        "　　　求職登録まで行えるようにした。\n"
    )
    maebashi, _ = jirei.parse_text(_web(items)).profiles
    assert list(maebashi.initiatives) == [
        "担当者制による週1回の継続相談を実施。",
        "ひとり親については臨時窓口を設置",
        "求職登録まで行えるようにした。",
    ]


def test_the_web_copy_is_one() -> None:
    from jirei.normalise import normalise
    from jirei.webcopy import is_web_copy

    assert is_web_copy(normalise(_web("　①　定着支援を電話で実施。\n")).text)


# --------------------------------------------------------------------------------------
# a tab row opening with a list mark is a table's row when its cells are figures (2971)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(ア)酒田市\t195人\t121人\t62.1%", "TABLE"),
        ("A. 鶴岡市\t―\t83人\t59.3%", "TABLE"),
        # a bullet character opens an item, figures or not
        ("・支援対象者数\t目標200人\t実績214人", "BULLET"),
        # cells of prose: an item
        ("(ア)\t市役所に窓口を設置し、相談を実施\t毎月開催", "BULLET"),
        # one figure cell: an item with its figure
        ("(イ)就職者数\t121人", "BULLET"),
    ],
)
def test_marked_tab_row_of_figures_is_a_table_row(line: str, kind: str) -> None:
    from jirei.segment import segment

    (info,) = [info for info in segment(line + "\n").lines if info.text.strip()]
    assert info.kind.name == kind
