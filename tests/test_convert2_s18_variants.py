"""Variants of the spreadsheet-CSV readings of branch convert2-s18 (decisions 3576–3577): a
rate cell before a figure with a qualifier is two cells, not a figure's thousands; a column
headed ``コメント`` alone holds one comment per speaker label its cells hold — each in other
places, figures, delimiters and bracket styles than the development document, with negative
variants that must read as before."""

from __future__ import annotations

import pytest

from jirei.csvrows import read_record
from jirei.pipeline import parse_path, parse_text

# ---------------------------------------------------------------------------------------
# decision 3576: a rate then a figure is two cells


@pytest.mark.parametrize(
    ("record", "cells"),
    [
        ("倉敷市,112.4,163以上,67.6", 4),  # a rate, then a target with its qualifier
        ("福山市,98.5,120人,x", 4),  # a rate, then a figure with its unit
        ("周南市,0.5,300件,y", 4),  # a rate of one decimal, then a count
        ("呉市,1234,567人,z", 4),  # four digits are no thousands head
    ],
)
def test_rate_before_figure_is_two_cells(record: str, cells: int) -> None:
    found = read_record(record, 0)
    assert found is not None
    assert len(found[2]) == cells


@pytest.mark.parametrize(
    "record",
    [
        "就職者数,1,020人,備考",  # a figure split at its thousands comma: no record
        "相談件数,約2,046件,x",  # a qualifier before the head
    ],
)
def test_thousands_figure_is_still_no_cell_break(record: str) -> None:
    assert read_record(record, 0) is None


# ---------------------------------------------------------------------------------------
# decisions 3576–3577 together: an Excel "CSV UTF-8" sheet, one row per case


def _sheet(comment_1: str, comment_2: str, rate_row_2: str = "96.0,144以上") -> str:
    header = (
        "No,都道府県,市区町村,労働局,ハローワーク,施設名,施設区分,事業開始日,見出し,取組内容,"
        "対象年度,支援対象者数_目標(人),支援対象者数_実績(人),支援対象者数_達成率(%),"
        "就職者数_目標(人),就職者数_実績(人),就職者数_達成率(%),その他の実績,コメント"
    )
    rows = [
        "令和4年度 一体的実施 事例一覧（中国ブロック）" + "," * 18,
        "," * 18,
        header,
        '1,岡山県,倉敷市,岡山労働局,ハローワーク倉敷中央,くらしき就労ひろば,一体的実施施設,'
        '2018/10/01,福祉と就労の窓口を一つに,"・生活福祉課に相談窓口を常設\n・月1回の連絡会議",'
        f'令和4年度,200以上,212,106.0,130以上,141,108.5,,"{comment_1}"',
        '2,広島県,福山市,広島労働局,ハローワーク福山,ふくやまワークステーション,常設窓口,'
        'H28.4.1,,"・市庁舎内で職業相談を実施",令和4年度,150以上,'
        f'{rate_row_2.split(",")[0]},{rate_row_2},152,105.5,"・就職面接会を2回開催",'
        f'"{comment_2}"',
        ',（計）,,,,,,,,,,,356,,,293,,,,',
    ]
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


def test_csv_sheet_reads_each_row_as_a_case() -> None:
    text = _sheet(
        "＜倉敷市コメント＞\n窓口が近くなり、相談がすぐにつながる。\n＜岡山労働局コメント＞\n"
        "目標を上回る就職につながった。",
        "【ハローワーク福山】\n市と毎週打合せを行っている。\n《福山市》\n引き続き連携したい。",
    )
    document = parse_text(text)
    places = [profile.municipality for profile in document.profiles]
    assert places == ["倉敷市", "福山市"]
    first, second = document.profiles
    rates = {m.label: m.achievement_rate for m in first.metrics}
    assert rates["就職者数"] == 108.5
    assert [m.target.value for m in second.metrics if m.target] == [150, 144]
    assert [(c.speaker, c.role) for c in first.comments] == [
        ("倉敷市", "municipality"),
        ("岡山労働局", "labour_bureau"),
    ]
    assert [(c.speaker, c.role) for c in second.comments] == [
        ("ハローワーク福山", "hello_work"),
        ("福山市", "municipality"),
    ]
    assert second.comments[0].text == "市と毎週打合せを行っている。"
    for comment in (*first.comments, *second.comments):
        assert comment.span is not None
        assert text[comment.span.start : comment.span.end].replace("\n", "") == comment.text


def test_comment_column_without_speaker_label_gives_no_comment() -> None:
    text = _sheet("窓口が近くなった。", "市と毎週打合せを行っている。")
    document = parse_text(text)
    assert [profile.municipality for profile in document.profiles] == ["倉敷市", "福山市"]
    assert all(not profile.comments for profile in document.profiles)


def test_bracket_inside_a_comment_body_is_no_new_speaker() -> None:
    text = _sheet(
        "＜倉敷市コメント＞\n相談が増えた。 【注】数値は速報値。",
        "＜福山市コメント＞\n連携が進んだ。",
    )
    first = parse_text(text).profiles[0]
    assert [c.speaker for c in first.comments] == ["倉敷市"]
    assert "【注】" in first.comments[0].text


def test_parse_path_reads_a_csv_file(tmp_path) -> None:
    path = tmp_path / "jirei.csv"
    path.write_bytes(
        _sheet("＜倉敷市コメント＞\n相談が増えた。", "＜福山市コメント＞\n連携が進んだ。").encode()
    )
    document = parse_path(path)
    assert [profile.municipality for profile in document.profiles] == ["倉敷市", "福山市"]


# ---------------------------------------------------------------------------------------
# decision 3578: the catch phrase alone under a case label's header-facts table


_GRID = """\
+--------------+--------------------------------------+
| 所在地       | 宮城県石巻市                         |
+--------------+--------------------------------------+
| 労働局・安定所 | 宮城労働局・ハローワーク石巻       |
+--------------+--------------------------------------+
| 施設名       | いしのまき就労ステーション（一体的実施施設） |
+--------------+--------------------------------------+
| 事業開始     | 令和元年十月一日                     |
+--------------+--------------------------------------+"""

_PIPE = """\
| 項目 | 内容 |
|------|------|
| 所在地 | 宮城県石巻市 |
| 労働局・安定所 | 宮城労働局・ハローワーク石巻 |
| 施設名 | いしのまき就労ステーション（一体的実施施設） |"""

_PLAIN_PIPE = """\
| 所在地 | 宮城県石巻市 |
| 労働局・安定所 | 宮城労働局・ハローワーク石巻 |
| 施設名 | いしのまき就労ステーション（一体的実施施設） |"""


def _labelled_case(label: str, table: str, catch: str) -> str:
    return "\n".join([
        label,
        "",
        table,
        "",
        catch,
        "",
        "【取組内容】",
        "",
        "-   市の福祉窓口にナビゲーターが常駐して職業相談を実施",
        "",
        "＜石巻市コメント＞",
        "",
        "相談から就職までを一か所で支援できるようになった。",
        "",
    ])


@pytest.mark.parametrize("table", [_GRID, _PIPE, _PLAIN_PIPE])
@pytest.mark.parametrize(
    ("label", "catch"),
    [
        ("事例1", "港町の「働きたい」を一か所で受け止める"),
        ("事例３", "沿岸部でも支援を止めない！　出張相談の取組"),
    ],
)
def test_catch_phrase_under_a_labelled_facts_table(table: str, label: str, catch: str) -> None:
    text = _labelled_case(label, table, catch)
    profile = parse_text(text).profiles[0]
    assert profile.municipality == "石巻市"
    assert profile.title is not None
    assert profile.title.replace(" ", "") == catch.replace("　", "").replace("！", "!")
    span = profile.spans["title"]
    assert text[span.start : span.end].replace("　", "").replace("！", "!").replace(
        " ", ""
    ) == profile.title.replace(" ", "")


@pytest.mark.parametrize("table", [_GRID, _PLAIN_PIPE])
@pytest.mark.parametrize(
    "below",
    [
        "市の福祉窓口にナビゲーターが常駐している。",  # a sentence, no catch phrase
        "市の福祉窓口にナビゲーターが常駐し\n職業相談を行っている",  # a paragraph of two lines
    ],
)
def test_no_catch_phrase_under_the_facts_table(table: str, below: str) -> None:
    profile = parse_text(_labelled_case("事例1", table, below)).profiles[0]
    assert profile.municipality == "石巻市"
    assert profile.title is None


# ---------------------------------------------------------------------------------------
# decision 3579: a tab sheet's title row padded with empty cells is text alone


def _tsv(text: str) -> str:
    """``text`` (a CSV sheet) saved as tab-delimited text, as a spreadsheet writes it."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("title", ["令和4年度 一体的実施 事例一覧（中国ブロック）", "事例集", ""])
def test_tab_sheet_under_a_padded_title_row(title: str) -> None:
    sheet = _sheet("＜倉敷市コメント＞\n相談が増えた。", "【ハローワーク福山】\n連携が進んだ。")
    text = _tsv(sheet.replace("令和4年度 一体的実施 事例一覧（中国ブロック）", title, 1))
    document = parse_text(text)
    assert [profile.municipality for profile in document.profiles] == ["倉敷市", "福山市"]
    assert [len(profile.metrics) for profile in document.profiles] == [2, 2]
    assert [c.speaker for c in document.profiles[1].comments] == ["ハローワーク福山"]


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("事例一覧\t\t\t", True),
        ("\t\t\t", True),
        ("事例一覧\t\t", True),
        ("事例一覧\t", False),  # one empty cell: a two-column row, not padding
        ("\t支援対象者数（人）\t\t", False),  # a group heading over later columns
        ("No\t市区町村\t\t", False),  # two cells filled
    ],
)
def test_padded_row_is_text_alone(line: str, alone: bool) -> None:
    from jirei.tsvcells import untangle_padded_rows

    out = untangle_padded_rows(line + "\n1\t2\t3\t4\n")
    assert len(out) == len(line) + 9
    assert ("\t" not in out.split("\n")[0]) is alone
