"""The seed's genre in three more house styles (branch ``house13``, decisions 2470–2489):
sections written as two-column tables whose header row holds the section's heading alone
(``| 取組内容 | |`` over ``| 1 | text |`` rows), a results table whose corner cell names the
fiscal year alone (``| 令和2年度 | 目標 | 実績 | 達成率 |``), comments told as indirect
speech (``「…」と○○市△△課の担当者は話す``), and a figure tile hedged by ``約`` glued to its
name once the tile's column is read as one cell.

Every document below is written for this file (real prefectures, cities, labour bureaus and
Hello Work offices; invented facilities, prose and figures). Every expected fact was
written by hand from reading the document, never printed from the parser.
"""

from __future__ import annotations

import jirei
from jirei.headingtables import is_year_corner_header, untangle_heading_tables

# 1. a case as label/value grids: a heading in each table's corner, other header cells empty
HEADING_GRIDS = """令和３年度　一体的実施事例集（中国ブロック）

■事例１
| 項目 | 内容 |
|---|---|
| 都道府県 | 島根県 |
| 市区町村 | 松江市 |
| 労働局 | 島根労働局 |
| ハローワーク | ハローワーク松江 |
| 施設名 | まつえ就労相談室 |
| 施設の種類 | 常設窓口 |
| 事業開始日 | 令和元年７月１日 |
| 表題 | 駅前の窓口で相談を一度に |

| 取組の内容 | |
|---|---|
| ① | 福祉課の面談室で職業相談を受けられるようにした。 |
| ② | 求人の説明会を隔月で開いた。 |

| 平成30年度 | 目標 | 実績 |
|---|---|---|
| 支援対象者数 | 120人以上 | 131人 |
| 就職者数 | 80人以上 | 86人 |

| その他の成果 | |
|---|---|
| ● | 合同面接会を２回開催し、延べ４０人が参加した。 |

| 関係者の声 | |
|---|---|
| 松江市福祉課 | 面談の場所が一つになり、説明の手間が減った。 |
| ハローワーク松江 | 市と一緒に支援方針を決められるようになった。 |
"""


def test_heading_grids_give_lists_results_and_comments() -> None:
    (profile,) = jirei.parse_text(HEADING_GRIDS).profiles
    assert profile.title == "駅前の窓口で相談を一度に"
    assert list(profile.initiatives) == [
        "福祉課の面談室で職業相談を受けられるようにした。",
        "求人の説明会を隔月で開いた。",
    ]
    assert list(profile.other_results) == ["合同面接会を2回開催し、延べ40人が参加した。"]  # NFKC
    assert [(c.speaker, c.role, c.text) for c in profile.comments] == [
        ("松江市福祉課", "municipality", "面談の場所が一つになり、説明の手間が減った。"),
        ("ハローワーク松江", "hello_work", "市と一緒に支援方針を決められるようになった。"),
    ]
    assert profile.fiscal_year == 2018
    by_label = {m.label: m for m in profile.metrics}
    assert set(by_label) == {"支援対象者数", "就職者数"}
    assert by_label["支援対象者数"].target.value == 120
    assert by_label["支援対象者数"].target.qualifier == "以上"
    assert by_label["支援対象者数"].actual.value == 131
    assert by_label["就職者数"].actual.value == 86


def test_heading_table_keeps_its_length_and_reads_its_rows_as_lines() -> None:
    text = "| 主な取組 | |\n|---|---|\n| (1) | 窓口を開いた。 |\n| 2 | 講座を開いた。 |\n"
    out = untangle_heading_tables(text)
    assert len(out) == len(text)
    lines = out.split("\n")
    assert lines[0].strip() == "主な取組"
    assert not lines[1].strip()
    assert "|" not in lines[2] and lines[2].split() == ["(1)", "窓口を開いた。"]
    assert lines[3].split() == ["2.", "講座を開いた。"]  # a bare number: an enumerator
    for sentence in ("窓口を開いた。", "講座を開いた。"):
        assert out.index(sentence) == text.index(sentence)


def test_heading_table_of_one_numbered_row_is_a_list_of_one() -> None:
    text = HEADING_GRIDS.replace(
        "| ① | 福祉課の面談室で職業相談を受けられるようにした。 |\n"
        "| ② | 求人の説明会を隔月で開いた。 |",
        "| 1 | 福祉課の面談室で職業相談を受けられるようにした。 |",
    )
    (profile,) = jirei.parse_text(text).profiles
    assert list(profile.initiatives) == ["福祉課の面談室で職業相談を受けられるようにした。"]


def test_tables_that_are_no_heading_table_stay_as_they_are() -> None:
    for text in (
        "| 項目 | 内容 |\n|---|---|\n| 1 | 窓口を開いた。 |\n",  # a header naming columns
        "| 取組内容 | 備考 |\n|---|---|\n| 1 | 窓口を開いた。 |\n",  # a second header cell
        "| 松江市 | |\n|---|---|\n| 1 | 窓口を開いた。 |\n",  # a corner naming no section
        "| 番号 | 内容 |\n| 取組内容 | |\n|---|---|\n",  # a row of a table, no header
    ):
        assert untangle_heading_tables(text) == text


def test_year_corner_header_names_a_year_alone_over_figure_columns() -> None:
    assert is_year_corner_header("| 令和2年度 | 目標 | 実績 | 達成率 |")
    assert is_year_corner_header("| 平成29年度 | 実績 |")
    assert not is_year_corner_header("| 指標 | 目標 | 実績 |")  # no year
    assert not is_year_corner_header("| 令和2年度 | 目標 |")  # no actual column
    assert not is_year_corner_header("| 令和2年度 | 備考 |")  # no figure column
    assert not is_year_corner_header("| 令和2年度の取組 | 実績 |")  # more than a year
    assert not is_year_corner_header("|---|---|")


# 2. a year-corner table right under a list stays out of the list (and a grid of years over
# figures, the year in each row, is no such table)
LIST_THEN_YEAR_TABLE = """■事例１　愛媛県松山市
【労働局・ハローワーク】愛媛労働局・ハローワーク松山
【取組内容】
・市役所１階に相談窓口を置いた。
・面接の練習会を毎月開いた。

| 令和３年度 | 実績 |
|---|---|
| 相談件数 | 1,204件 |
| 就職者数 | 233人 |
"""


def test_year_corner_table_under_a_list_is_the_results() -> None:
    (profile,) = jirei.parse_text(LIST_THEN_YEAR_TABLE).profiles
    assert list(profile.initiatives) == [
        "市役所1階に相談窓口を置いた。",
        "面接の練習会を毎月開いた。",
    ]
    assert {m.label: m.actual.value for m in profile.metrics} == {"相談件数": 1204, "就職者数": 233}
    assert profile.fiscal_year == 2021


# 3. comments as indirect speech: the speaker after the quotation or before it
INDIRECT_SPEECH = """事例１
商店街の空き店舗に窓口を
１　概要
　香川県高松市と香川労働局（ハローワーク高松）は、令和２年４月１日から「たかまつ就労ひろば」（常設窓口）を運営している。
２　取組内容
（１）商店街の空き店舗に窓口を設けた。
３　関係者の声
　「買い物のついでに寄れるので、初めての人でも相談しやすいようだ」と高松市生活福祉課の担当者は話す。
　香川労働局職業安定部の担当官は「市と同じ建物で求人を紹介できるので話が早い」と評価する。
　「就職が決まったときは本当にうれしかった」と利用者の女性は話す。
"""


def test_indirect_speech_gives_the_organisation_as_speaker() -> None:
    (profile,) = jirei.parse_text(INDIRECT_SPEECH).profiles
    assert [(c.speaker, c.role, c.text) for c in profile.comments] == [
        (
            "高松市生活福祉課",
            "municipality",
            "買い物のついでに寄れるので、初めての人でも相談しやすいようだ",
        ),
        ("香川労働局職業安定部", "labour_bureau", "市と同じ建物で求人を紹介できるので話が早い"),
    ]  # the user's words (no organisation) are no comment


# 4. a tile whose figure is hedged (約) under its name, read as one cell of a column
HEDGED_TILE = """■現場レポート
━━━━━━━━━━━━━━━━━━━━
駅ビルの窓口に人が集まる
━━━━━━━━━━━━━━━━━━━━
【データ】
所在地：長崎県佐世保市
連携：長崎労働局・ハローワーク佐世保
施設：させぼジョブスポット（常設窓口）
開始：令和元年５月７日

【成果】令和２年度
┌──────────┬──────────┐
│来所者数　　　　　│就職者数　　　　　│
│約2,150人　　　　 │87人　　　　　　　│
└──────────┴──────────┘
"""


def test_hedged_tile_figure_keeps_its_name_and_qualifier() -> None:
    (profile,) = jirei.parse_text(HEDGED_TILE).profiles
    by_label = {m.label: m for m in profile.metrics}
    assert by_label["来所者数"].actual.value == 2150
    assert by_label["来所者数"].actual.qualifier == "約"
    assert by_label["就職者数"].actual.value == 87
    assert by_label["就職者数"].actual.qualifier is None


def test_a_hedge_word_before_no_figure_joins_no_name() -> None:
    text = HEDGED_TILE + "\n【ほかにも】\n◎就職者数約半数が正社員として就職した。\n"
    (profile,) = jirei.parse_text(text).profiles
    assert sorted((m.label, m.actual.value) for m in profile.metrics) == [
        ("就職者数", 87),
        ("来所者数", 2150),
    ]
