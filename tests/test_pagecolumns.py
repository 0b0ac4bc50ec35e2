"""Pages in columns (``jirei.pagecolumns``), wrapped table cells (``jirei.wrappedcells``) and a
case's data box read after its body (``jirei.caseboxes``): what they split, join and leave
alone, and that every line and cell keeps offsets into the text it came from."""

from __future__ import annotations

import pytest

import jirei
from jirei.lines import Line, row_cells, split_lines
from jirei.normalise import normalise
from jirei.pagecolumns import split_page_columns
from jirei.wrappedcells import join_wrapped_cells

LEFT = [
    "■取組の内容",
    "・福祉の窓口の隣に相談の席を置き、",
    "  その日のうちに職業相談につないでいる。",
    "・ケース会議を毎月開いている。",
    "",
    "＜市のコメント＞",
    "同じ階で相談できるようになりました。",
]
RIGHT = [
    "【実績】",
    "区分          目標    実績",
    "支援対象者数  100人   112人",
    "就職者数       60人    66人",
    "",
    "※速報値",
]


def _page(left: list[str], right: list[str], at: int, jitter: tuple[int, ...] = (0,)) -> str:
    out = []
    for number in range(max(len(left), len(right))):
        one = left[number] if number < len(left) else ""
        two = right[number] if number < len(right) else ""
        place = at + jitter[number % len(jitter)]
        out.append(one + " " * (place - len(one)) + two if two else one)
    return "\n".join(out) + "\n"


def _texts(lines: list[Line] | tuple[Line, ...]) -> list[str]:
    return [line.text.strip() for line in lines if line.text.strip()]


def test_a_page_in_columns_is_read_left_column_then_right_column() -> None:
    text = _page(LEFT, RIGHT, at=48, jitter=(0, 2, -1, 1))
    lines = split_lines(text)
    out = split_page_columns(lines)
    assert _texts(out) == [line.strip() for line in LEFT + RIGHT if line.strip()]


def test_every_column_line_keeps_its_offsets() -> None:
    text = _page(LEFT, RIGHT, at=48, jitter=(0, 2, -1, 1))
    for line in split_page_columns(split_lines(text)):
        assert text[line.start : line.start + len(line.text)] == line.text


def test_a_right_column_at_the_same_display_column_is_found() -> None:
    """Aligned by display width (wide characters two), the right parts' character places
    differ line by line; the gutter is found in display columns."""
    width = 64
    out = []
    for one, two in zip(LEFT + [""] * 3, RIGHT + [""] * 4, strict=False):
        used = sum(2 if ord(c) > 0x2E7F else 1 for c in one)
        out.append(one + " " * (width - used) + two if two else one)
    text = "\n".join(out) + "\n"
    assert _texts(split_page_columns(split_lines(text))) == _texts(
        [Line(t, 0) for t in LEFT + RIGHT]
    )


@pytest.mark.parametrize(
    "text",
    [
        # a space-aligned table whose figures stand far right
        "区分                                  目標          実績\n"
        "生活保護受給者のうち就職した方        120人         131人\n"
        "児童扶養手当受給者のうち就職した方     60人          64人\n"
        "就職支援セミナーに参加した方の数       80人          85人\n",
        # a card: labels far left, values far right, no sentence
        "施設の名称                      あさひかわ就労支援センター\n"
        "設置している自治体              北海道旭川市\n"
        "連携するハローワーク            ハローワーク旭川\n"
        "事業を始めた年月日              平成27年4月1日\n",
        # a running head far right on each page of prose
        "令和５年度　取組事例集                                            北海道労働局\n"
        "市の窓口で相談を受けている。\n就職後も電話で様子を聞いている。\n\f"
        "令和５年度　取組事例集                                            北海道労働局\n"
        "ケース会議を毎月開いている。\n求人を毎週まとめて紹介している。\n",
        # a grid of speakers beside their words (no sentence closes in the left column)
        " 発言者                        コメント内容\n"
        " 旭川市福祉保険部保護課        雪の季節にも出張して相談を受けたことで、来所が難しい\n"
        "                               方にも支援が届くようになった。\n"
        " ハローワーク旭川              市と同じ情報を見ながら面談できている。\n"
        " 北海道労働局職業対策課        ほかの地域にも紹介したい取組である。\n",
    ],
    ids=["wide_table", "card", "running_heads", "speaker_grid"],
)
def test_no_columns_are_found_where_there_are_none(text: str) -> None:
    lines = split_lines(text)
    assert split_page_columns(lines) is lines


def test_a_page_number_closes_a_page_without_form_feeds() -> None:
    """Two pages of two cases side by side, a page number between them and no form feed:
    each page is read on its own (left, right, then the next page's left, right)."""
    left_one = ["◆事例１ 北見市", "・市の窓口の隣に相談の席を置いた。", "・会議を毎月開いた。"]
    right_one = ["◆事例２ 網走市", "・市の支所で出張相談を始めた。", "・求人を毎週掲示している。"]
    left_two = ["◆事例３ 紋別市", "・夜の相談枠を週に二回設けた。", "・面接の講習会を開いた。"]
    right_two = ["◆事例４ 稚内市", "・港の求人を集めて紹介した。", "・見学会を毎月開いている。"]
    text = (
        _page(left_one, right_one, at=40) + "                    - 1 -\n"
        + _page(left_two, right_two, at=40) + "                    - 2 -\n"
    )
    labels = [t for t in _texts(split_page_columns(split_lines(text))) if t.startswith("◆")]
    assert labels == ["◆事例１ 北見市", "◆事例２ 網走市", "◆事例３ 紋別市", "◆事例４ 稚内市"]


TABLE = """  区分            目標         実績        達成率     備考
  支援対象者数    180人        193人       107.2%     巡回相談の利用者
                                                      を含む
  就職者数        108人        115人       106.5%
  うち紹介        －           82人        －         安定所の職業紹介
  就職                                                によるもの
  就職率          －           59.6%       －
"""


def test_a_wrapped_remark_and_a_wrapped_label_join_their_rows() -> None:
    lines = split_lines(TABLE)
    out = join_wrapped_cells(lines)
    rows = [[cell.text for cell in row_cells(line) if cell.text] for line in out]
    assert rows == [
        ["区分", "目標", "実績", "達成率", "備考"],
        ["支援対象者数", "180人", "193人", "107.2%", "巡回相談の利用者を含む"],
        ["就職者数", "108人", "115人", "106.5%"],
        ["うち紹介就職", "－", "82人", "－", "安定所の職業紹介によるもの"],
        ["就職率", "－", "59.6%", "－"],
    ]


def test_joined_cells_keep_offsets_from_their_first_piece_to_their_last() -> None:
    out = join_wrapped_cells(split_lines(TABLE))
    for line in out:
        for cell in row_cells(line):
            if not cell.text:
                continue
            first = cell.text[:2]
            assert TABLE[cell.start : cell.start + len(first)] == first
            assert TABLE[:cell.end].endswith(cell.text[-2:])


def test_a_label_alone_on_a_line_is_left_to_the_readers_of_wrapped_labels() -> None:
    """``生活保護受給者`` alone under the label column may be a group's caption over the rows
    below: it is not joined to the row above."""
    text = (
        "  区分            目標         実績        備考\n"
        "  就職者数        108人        115人       速報値\n"
        "  生活保護受給者\n"
        "  就職者数         60人         64人\n"
    )
    lines = split_lines(text)
    assert join_wrapped_cells(lines) is lines


def test_values_in_a_columns_page_point_at_the_original_characters() -> None:
    """Full-width digits and spaces (narrowed by normalisation) in a two-column page: the
    figures read from the right column point at their original characters."""
    left = [
        "【福岡県北九州市】【福岡労働局・ハローワーク八幡】ワークプラザやはた（一体的実施施設）"
        "2019年10月1日事業開始",
        "",
        "区役所の保護課フロアで相談から就職まで",
        "",
    ]
    body = _page(
        [
            "■取組の内容",
            "・区役所２階の保護課フロアにハローワーク",
            "  の常設窓口を置いている。",
            "・ケース会議を毎週行っている。",
            "",
            "〔北九州市保護課の声〕",
            "同じフロアにあることで、案内がその場で",
            "できるようになりました。",
        ],
        [
            "【令和５年度の実績】",
            "区分          目標    実績   達成率",
            "支援対象者数  ３００人   ３４２人  １１４．０％",
            "就職者数      １８０人   ２０１人  １１１．７％",
        ],
        at=50,
    )
    text = "\n".join(left) + "\n" + body
    doc = jirei.parse_text(text)
    assert len(doc.profiles) == 1
    metrics = doc.profiles[0].metrics
    assert [m.label for m in metrics] == ["支援対象者数", "就職者数"]
    actual = metrics[0].actual
    assert actual is not None and actual.span is not None
    assert text[actual.span.start : actual.span.end].startswith("３４２")
    assert normalise(text).text.count("\n") == text.count("\n")


def test_a_data_box_repeating_its_case_opens_no_case() -> None:
    """Read column by column, the right column's data box follows the left column's
    comments; it names the case's own facility and date: one profile, not two."""
    left = [
        "■取組の内容",
        "・市の保護課の面接室で職業相談を行っている。",
        "",
        "【熊本市保護課の声】",
        "相談の場所が近くなり、来やすくなりました。",
    ]
    right = ["＜施設の概要＞", "名称  くまもと就労サポート", "開設日  平成29年4月3日"]
    text = (
        "【熊本県熊本市】【熊本労働局・ハローワーク熊本】くまもと就労サポート（一体的実施施設）"
        "平成29年4月3日事業開始\n\n保護課の面接室で職業相談まで\n\n" + _page(left, right, at=56)
    )
    doc = jirei.parse_text(text)
    assert [p.facility_name for p in doc.profiles] == ["くまもと就労サポート"]
