"""Scrambled slide decks (decisions 970-972): a page a case, boxes read by their shape."""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.lines import Line
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.segment import segment
from jirei.tables.kpiboxes import read_boxes

# A deck written for this test (own prose, own labels, own box order, three cases): the
# comment box of an organisation in angle brackets stands first on a slide, the way the
# extractor gave it. Decision 837's speaker heading closed the case there and the next free
# line opened a case of its own (the misfire: more cases than slides).
_SLIDE_A = """\f《ハローワーク久留米》
「福祉の窓口と同じ階にあることで、来所の敷居が下がった。」

利用者数
240人
目標 200人 ／ 達成率 120.0％

CASE 01

福祉窓口のとなりで始める仕事さがし

福岡県久留米市 × 福岡労働局・ハローワーク久留米

くるめ就労コーナー（一体的実施施設）
2019年7月1日開設

令和5年度 実績

ここがポイント
▶ 面談の予約を福祉窓口で受け付ける
▶ 週1回の合同ケース会議
"""
_SLIDE_B = """\f就職件数
88件

浜松市 × 静岡労働局・ハローワーク浜松

《浜松市 健康福祉部 福祉総務課》
「相談の入口が一つになり、利用者を待たせなくなりました。」

令和5年度 実績

ここがポイント
▶ 外国語の相談員が毎日常駐する

CASE 02

言葉の壁をこえて、まず相談へ

就職率
52.5％

はままつワークステーション（一体的実施施設）
令和2年4月1日開設
"""
_SLIDE_C = """\fCASE 03

ここがポイント
▶ 若者向けの少人数セミナー

《岡山労働局》
「次年度も誘導を強める。」

令和5年度 実績

就職者数
40人
目標 45人 ／ 達成率 88.9％

岡山県倉敷市 × 岡山労働局・ハローワーク倉敷

くらしき仕事ひろば（一体的実施施設）
2020年10月1日開設

倉敷の若者を、地元の仕事へ
"""
_COVER = "令和5年度\n好事例集\n\n令和6年5月\n"
_CONTACT = "\fお問い合わせ先\n福岡労働局 職業安定部\nTEL 092-000-0000\n"


def _deck(*slides: str) -> str:
    return _COVER + "\n" + "".join(slides) + _CONTACT


def test_speaker_box_before_the_label_opens_no_case() -> None:
    """The misfire: one case per slide, whatever box stands first on it."""
    doc = jirei.parse_text(_deck(_SLIDE_A, _SLIDE_B, _SLIDE_C))
    assert [p.municipality for p in doc.profiles] == ["久留米市", "浜松市", "倉敷市"]


@pytest.mark.parametrize(
    "order",
    [(_SLIDE_A, _SLIDE_B), (_SLIDE_B, _SLIDE_C), (_SLIDE_C, _SLIDE_A, _SLIDE_B)],
)
def test_each_slide_is_one_case_in_any_box_order(order: tuple[str, ...]) -> None:
    doc = jirei.parse_text(_deck(*order))
    assert len(doc.profiles) == len(order)
    titles = {
        _SLIDE_A: "福祉窓口のとなりで始める仕事さがし",
        _SLIDE_B: "言葉の壁をこえて、まず相談へ",
        _SLIDE_C: "倉敷の若者を、地元の仕事へ",
    }
    assert [p.title for p in doc.profiles] == [titles[s] for s in order]


def test_boxes_by_shape() -> None:
    doc = jirei.parse_text(_deck(_SLIDE_A, _SLIDE_B, _SLIDE_C))
    a, b, c = doc.profiles
    assert (a.labour_bureau, a.hello_work, a.facility_name) == (
        "福岡労働局", ("ハローワーク久留米",), "くるめ就労コーナー"
    )
    assert str(a.start_date) == "2019-07-01" and str(b.start_date) == "2020-04-01"
    assert a.fiscal_year == 2023
    assert [m.label for m in a.metrics] == ["利用者数"]
    m = a.metrics[0]
    figures = (m.target.value, m.actual.value, m.achievement_rate)
    assert figures == (200, 240, Decimal("120.0"))
    assert [(m.label, m.actual.value) for m in b.metrics] == [
        ("就職件数", 88),
        ("就職率", Decimal("52.5")),
    ]
    assert list(a.initiatives) == ["面談の予約を福祉窓口で受け付ける", "週1回の合同ケース会議"]
    assert [(x.speaker, x.text) for x in b.comments] == [
        ("浜松市健康福祉部福祉総務課", "相談の入口が一つになり、利用者を待たせなくなりました。")
    ]
    assert [(x.speaker, x.role) for x in c.comments] == [("岡山労働局", "labour_bureau")]
    # the contact page after the last slide belongs to no case
    assert all("092" not in x.text for x in c.comments)


def test_a_deck_in_reading_order_is_left_as_it_is() -> None:
    ordered = (
        "\fCASE 01\n\n見出し\n\n取組内容\n・一つ目\n"
        "\fCASE 02\n\n見出し二\n\n取組内容\n・二つ目\n"
    )
    norm = normalise(ordered, DEFAULT_RULES)
    seg = segment(norm.text, DEFAULT_RULES)
    starts = [info.line.start for info in seg.lines]
    assert starts == sorted(starts)


def test_two_labels_on_one_page_is_no_deck() -> None:
    text = "\f取組内容\n・一\n\nCASE 01\n\nCASE 02\n\n取組内容\n・二\n\fCASE 03\n\n取組内容\n・三\n"
    norm = normalise(text, DEFAULT_RULES)
    seg = segment(norm.text, DEFAULT_RULES)
    starts = [info.line.start for info in seg.lines]
    assert starts == sorted(starts)


def _lines(text: str) -> list[Line]:
    out, at = [], 0
    for part in text.split("\n"):
        out.append(Line(part, at))
        at += len(part) + 1
    return out


_Tile = tuple[str, str | None, str | None, str | None]
_TILES: list[tuple[str, list[_Tile]]] = [
    # label / big figure (actual) / target and rate parted by a slash
    (
        "就職者数\n183人\n目標 170人 / 達成率 107.6%\n就職率\n64.4%",
        [("就職者数", "170人", "183人", "107.6%"), ("就職率", None, "64.4%", None)],
    ),
    (
        "相談件数\n1,402件\n利用者数\n95人\n目標 98人以上",
        [("相談件数", None, "1,402件", None), ("利用者数", "98人以上", "95人", None)],
    ),
    (
        "支援対象者数\n目標 40人 / 実績 44人\n就職者数\n実績 20人",
        [("支援対象者数", "40人", "44人", None), ("就職者数", None, "20人", None)],
    ),
]


def _first(cells: list[object] | None) -> str | None:
    return cells[0].text if cells else None  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "expected"), _TILES)
def test_figure_tiles(text: str, expected: list[_Tile]) -> None:
    boxes = read_boxes(_lines(text), DEFAULT_RULES)
    assert boxes is not None
    got = [
        (
            box.label.text,
            _first(box.by_role.get("target")),
            _first(box.by_role.get("actual")),
            _first(box.by_role.get("achievement_rate")),
        )
        for box in boxes.boxes
    ]
    assert got == expected


def test_a_bare_figure_is_the_actual_only_right_under_its_label() -> None:
    boxes = read_boxes(_lines("就職者数\n目標 170人\n183人"), DEFAULT_RULES)
    assert boxes is not None
    (box,) = boxes.boxes
    assert "actual" not in box.by_role and boxes.end == 2
