"""Third-batch layouts (corpus/README.md decisions 35–46): overview cards, marked comment
headings, several fields on a line, in-cell 目標 / 実績 words, period columns, 前年比.
Invented text throughout."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import jirei
from jirei.cards import card_rows, cell_items, row_role
from jirei.comments import role_of
from jirei.fields import read_field, read_fields
from jirei.lines import Cell, Line
from jirei.normalise import normalise
from jirei.profile import identity_locate
from jirei.sections import Kind, classifier
from jirei.tables.cells import inline_role, split_inline_role
from jirei.tables.keyvalue import read_keyvalue

# --- comment headings without コメント (decision 41) ----------------------------------

COMMENT_HEADINGS = [
    ("■町の担当者から", Kind.COMMENT),
    ("◇県労働局より", Kind.COMMENT),
    ("【利用者より】", Kind.COMMENT),
    ("<市役所より一言>", Kind.COMMENT),
    ("役所から", Kind.TEXT),  # no marker: an ordinary short line
    ("■説明会は、駅前のホールから", Kind.BULLET),  # punctuation: a bullet, not a speaker
]


@pytest.mark.parametrize("text, kind", COMMENT_HEADINGS, ids=[t for t, _ in COMMENT_HEADINGS])
def test_marked_comment_headings(text: str, kind: Kind) -> None:
    assert classifier().kind_of(text)[0] is kind


ROLES = [
    ("市の担当者", "municipality"),
    ("県の担当者", "municipality"),
    ("村担当", "municipality"),
    ("山口労働局職業安定部", "labour_bureau"),
    ("労働局の担当者", "labour_bureau"),
    ("利用者", "other"),
    ("利用者・40代女性", "other"),
    ("ハローワーク萩", "hello_work"),
]


@pytest.mark.parametrize("speaker, role", ROLES, ids=[s for s, _ in ROLES])
def test_speaker_roles(speaker: str, role: str) -> None:
    assert role_of(speaker) == role


# --- several fields on a line (decision 44) -------------------------------------------

FIELD_LINES = [
    (
        "自治体名:山口県萩市  労働局:山口労働局  ハローワーク:ハローワーク萩",
        [
            ("place", "山口県萩市"),
            ("labour_bureau", "山口労働局"),
            ("hello_work", "ハローワーク萩"),
        ],
    ),
    (
        "施設名:はぎ仕事窓口  実施形態:常設窓口  開設:平成28年4月1日",
        [
            ("facility", "はぎ仕事窓口"),
            ("facility_type", "常設窓口"),
            ("start_date", "平成28年4月1日"),
        ],
    ),
    ("テーマ:港町の求人を  一人ひとりに", [("title", "港町の求人を  一人ひとりに")]),
    ("開設初年度から相談が多い", []),
]


@pytest.mark.parametrize("text, expected", FIELD_LINES, ids=[t[:12] for t, _ in FIELD_LINES])
def test_read_fields(text: str, expected: list[tuple[str, str]]) -> None:
    line = Line(text, 5)
    found = read_fields(line)
    assert [(f.kind, f.value) for f in found] == expected
    for field in found:  # every value carries its offsets
        assert text[field.start - 5 : field.end - 5] == field.value
    first = read_field(line)
    assert (first.kind, first.value) == expected[0] if expected else first is None


def test_field_line_document() -> None:
    text = (
        "<事例1>港町の窓口で仕事を探す\n"
        "自治体名:山口県萩市  労働局:山口労働局  ハローワーク:ハローワーク萩\n"
        "施設名:はぎ仕事窓口  実施形態:常設窓口  開設:平成28年4月1日\n\n"
        "<取組のポイント>\n◇市役所で相談を受ける。\n\n"
        "<H27年度の実績>\n支援対象者数  目標50人  実績61人\n(うち紹介就職)目標―  実績20人\n\n"
        "<萩市より一言>\n相談が増えた。\n"
    )
    case = jirei.parse_text(text).profiles[0]
    assert (case.title, case.prefecture, case.municipality) == (
        "港町の窓口で仕事を探す",
        "山口県",
        "萩市",
    )
    assert (case.labour_bureau, case.hello_work) == ("山口労働局", ("ハローワーク萩",))
    assert (case.facility_name, case.facility_type) == ("はぎ仕事窓口", "常設窓口")
    assert case.start_date == dt.date(2016, 4, 1)
    assert case.fiscal_year == 2015
    rows = [
        (m.label, m.target and m.target.value, m.actual and m.actual.value) for m in case.metrics
    ]
    assert rows == [("支援対象者数", 50, 61), ("うち紹介就職", None, 20)]
    assert [(c.speaker, c.role) for c in case.comments] == [("萩市", "municipality")]


# --- in-cell 目標 / 実績 words (decision 45) ------------------------------------------

INLINE = [
    ("目標80人以上", ("target", "80人以上")),
    ("実績 92人", ("actual", "92人")),
    ("目標―", ("target", "―")),
    ("目標値", None),
    ("実績のとおり", None),
    ("92人", None),
]


@pytest.mark.parametrize("text, expected", INLINE, ids=[t for t, _ in INLINE])
def test_inline_role(text: str, expected: tuple[str, str] | None) -> None:
    found = inline_role(Cell(text, 10, 10 + len(text)))
    got = (found[0], found[1].text) if found else None
    assert got == expected
    if found:
        assert text[found[1].start - 10 : found[1].end - 10] == found[1].text


def test_split_inline_role() -> None:
    label, figure = split_inline_role(Cell("(うち紹介就職)目標―", 0, 11))
    assert (label.text, figure.text) == ("(うち紹介就職)", "目標―")
    assert split_inline_role(Cell("目標達成者数", 0, 6)) is None


def test_inline_words_decide_whatever_the_order() -> None:
    text = (
        "【山口県萩市】【山口労働局・ハローワーク萩】\n港町の窓口\n\n"
        "■平成27年度 事業目標と実績\n支援対象者数  実績61人  目標50人\n"
    )
    metric = jirei.parse_text(text).profiles[0].metrics[0]
    assert (metric.target.value, metric.actual.value) == (50, 61)


# --- period columns and 前年比 (decisions 39, 40) --------------------------------------


def test_period_columns() -> None:
    text = (
        "【山口県萩市】【山口労働局・ハローワーク萩】\n港町の窓口\n\n"
        "■取組内容\n・相談を受ける。\n\n"
        "■令和4年度 四半期別の実績\n"
        "| 項目 | 第1四半期 | 第2四半期 | 第3四半期 | 第4四半期 | 年間合計 |\n"
        "|---|---|---|---|---|---|\n"
        "| 就職者数 | 1人 | 2人 | 3人 | 4人 | 10人 |\n"
        "| 就職率 | ― | ― | ― | ― | 50.5% |\n\n"
        "■指標\n| 指標 | 年間目標 | 上半期 | 下半期 | 年間 | 前年比 |\n"
    )
    case = jirei.parse_text(text).profiles[0]
    got = [(m.label, m.target, m.actual.value) for m in case.metrics]
    assert got == [("就職者数", None, 10), ("就職率", None, Decimal("50.5"))]
    assert case.fiscal_year == 2022
    kept = " ".join(block.text for block in case.unclassified)
    assert "1人" in kept  # the quarter cells are kept, not lost


def test_previous_year_bracket_is_kept_not_read() -> None:
    lines = [Line("・就職者数 40人(前年度比+5人)", 0), Line("・就職率:60%(目標55%)", 20)]
    found = read_keyvalue(lines, locate=identity_locate)
    assert found is not None
    assert [(m.label, m.target and m.target.value, m.actual.value) for m in found.metrics] == [
        ("就職者数", None, 40),
        ("就職率", 55, 60),
    ]
    assert [text for text, _start, _end in found.kept] == ["前年度比+5人"]


# --- overview cards (decisions 34, 38) --------------------------------------------------

CARD_ROWS = [
    ("| 項目 | 内容 |", "furniture"),
    ("|---|---|", "furniture"),
    ("| テーマ | 港町の窓口 |", "field"),
    ("| 取組内容 | ①相談<br>②紹介 |", "initiatives"),
    ("| 令和4年度目標 | 就職者数 10人 |", "target"),
    ("| R4年度実績 | 就職者数 12人 |", "actual"),
    ("| その他の実績 | 説明会を開いた。 |", "other_results"),
    ("| 村のコメント | よかった。 |", "comment"),
    ("| 備考欄 | なし |", None),
    ("| 支援対象者数 | 10人 | 12人 |", None),
]


@pytest.mark.parametrize("text, role", CARD_ROWS, ids=[t for t, _ in CARD_ROWS])
def test_card_row_roles(text: str, role: str | None) -> None:
    assert row_role(Line(text, 0)) == role


def test_cell_items_split_at_breaks_and_enumerators() -> None:
    original = "①窓口で相談を受ける。②求人を３件紹介する。<br>・説明会を開く"
    norm = normalise(original)

    def origin(index: int) -> str:
        at = norm.to_original(index)
        return norm.original[at : at + 1]

    cell = Cell(norm.text, 0, len(norm.text))
    items = cell_items(cell, origin=origin)
    assert [i.text for i in items] == [
        "窓口で相談を受ける。",
        "求人を3件紹介する。",
        "説明会を開く",
    ]
    for item in items:
        assert norm.text[item.start : item.end] == item.text
    # without origin the circled numbers cannot be told from digits: only <br> splits
    assert len(cell_items(cell)) == 2


def test_card_rows_keep_unknown_rows() -> None:
    lines = [Line("| 項目 | 内容 |", 0), Line("| 備考欄 | なし |", 14)]
    rows = card_rows(lines)
    assert rows == [lines[1]]


def test_overview_card_document() -> None:
    text = (
        "令和5年度 事例集\n\n■ 事例1\n\n| 項目 | 内容 |\n|---|---|\n"
        "| テーマ | 港町の窓口で仕事を探す |\n| 自治体名 | 山口県萩市・阿武町 |\n"
        "| 労働局・ハローワーク | 山口労働局・ハローワーク萩 |\n"
        "| 施設名 | はぎ仕事窓口(一体的実施施設) |\n| 開設日 | 令和2年4月1日(水)開設 |\n"
        "| 取組内容 | ①相談を受ける。<br>②求人を紹介する。 |\n"
        "| 令和4年度目標 | 支援対象者数 50人 / 就職者数 30人 |\n"
        "| 令和4年度実績 | 支援対象者数 55人 / 就職者数 33人(就職率60.0%) |\n"
        "| 市町のコメント | よかった。 |\n\n"
        "■ 事例2\n\n| 項目 | 内容 |\n|---|---|\n| テーマ | 山の町の窓口 |\n"
        "| 自治体名 | 山口県美祢市 |\n\n【R4年度実績】\n| 指標 | 目標値 | 実績値 |\n|---|---|---|\n"
        "| 就職者数 | 5人 | 6人 |\n\n| 項目 | 内容 |\n|---|---|\n| 市のコメント | 続けたい。 |\n"
    )
    first, second = jirei.parse_text(text).profiles
    assert (first.title, first.prefecture, first.municipality) == (
        "港町の窓口で仕事を探す",
        "山口県",
        "萩市・阿武町",
    )
    assert (first.labour_bureau, first.hello_work) == ("山口労働局", ("ハローワーク萩",))
    assert (first.facility_name, first.start_date) == ("はぎ仕事窓口", dt.date(2020, 4, 1))
    assert first.initiatives == ("相談を受ける。", "求人を紹介する。")
    got = [(m.label, m.target and m.target.value, m.actual.value) for m in first.metrics]
    assert got == [
        ("支援対象者数", 50, 55),
        ("就職者数", 30, 33),
        ("就職率", None, Decimal("60.0")),
    ]
    assert first.fiscal_year == 2022
    assert [(c.speaker, c.role, c.text) for c in first.comments] == [
        ("市町", "municipality", "よかった。")
    ]
    assert (second.title, second.municipality, second.fiscal_year) == (
        "山の町の窓口",
        "美祢市",
        2022,
    )
    assert [(m.label, m.actual.value) for m in second.metrics] == [("就職者数", 6)]
    assert [c.speaker for c in second.comments] == ["市"]
