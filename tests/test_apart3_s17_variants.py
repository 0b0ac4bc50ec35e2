"""A numbered list of places over their header facts opens the cases (branch
``apart3-s17``, decisions 3446-3449).

A map's legend or an index numbers the facilities (``①　宮城県石巻市``, ``（２）…``, ``3. …``,
``No.1 …``), each over indented lines stating the facility and its kind, the labour bureau
and Hello Work office, the start date; every later block headed by the number or the place
(``①石巻市``, ``（２）郡山市``, ``3. 横手市``) is that case's part. Written with other places,
offices, dates, marks and fact orders than the development document; negative variants (a
list of places alone, numbers out of order, a list of one) must open nothing.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.legendlist import read_legend
from jirei.lines import split_lines
from jirei.model import Profile

_PLACES = (
    ("宮城県", "石巻市", "いしのまき就労サポート", "常設窓口", "宮城労働局", "ハローワーク石巻",
     "令和２年七月一日", "2020-07-01"),
    ("福島県", "郡山市", "こおりやまジョブステーション", "一体的実施施設", "福島労働局",
     "ハローワーク郡山", "平成三十年十月一日", "2018-10-01"),
    ("秋田県", "横手市", "よこて就労ナビ", "一体的実施施設", "秋田労働局", "ハローワーク横手",
     "令和３年四月一日", "2021-04-01"),
)
_CIRCLED = "①②③"

_MARKS = {
    "circled": lambda i: _CIRCLED[i - 1] + "　",
    "full_bracket": lambda i: f"（{i}）",
    "stop": lambda i: f"{i}. ",
    "no": lambda i: f"No.{i} ",
    "half_bracket": lambda i: f"({i}) ",
}
_HEADS = {
    "circled_glued": lambda i, m: _CIRCLED[i - 1] + m,
    "circled_spaced": lambda i, m: f"{_CIRCLED[i - 1]}　{m}",
    "bracket": lambda i, m: f"（{i}）{m}",
    "stop": lambda i, m: f"{i}. {m}",
}


def _doc(
    mark, head, order=(0, 1, 2), facts=True, numbers=(1, 2, 3), catch="{}の就労支援を一つの窓口で",
    others=None,
) -> str:
    out = ["東北地方の一体的実施の取組", "", "１．施設一覧", ""]
    for i, (pref, city, name, kind, bureau, office, date, _) in zip(numbers, _PLACES, strict=True):
        out.append(f"　{mark(i)}{pref}{city}")
        lines = [f"　　{name}（{kind}）", f"　　{bureau}　{office}", f"　　{date}　開設"]
        if facts:
            out += [lines[j] for j in order]
        out.append("")
    out += ["２．取組の内容", ""]
    for i, (_, city, *_rest) in enumerate(_PLACES, 1):
        out += [head(i, city), catch.format(city), "　●就労相談を毎週実施",
                "　●求人情報を市役所で提供", ""]
    out += ["３．令和４年度の実績", ""]
    for i, (_, city, *_rest) in enumerate(_PLACES, 1):
        out += [head(i, city),
                f"　支援対象者数は目標{100 + i}人に対し実績{120 + i}人、"
                f"就職者数は{50 + i}人であった。"]
        if others is not None:
            out += [f"　{others}", f"　　・{city}で出張相談を{i + 4}回実施"]
        out.append("")
    out += ["４．関係者の声", ""]
    for i, (_, city, *_rest) in enumerate(_PLACES, 1):
        out += [head(i, city), f"【{city} 福祉部 生活福祉課】",
                f"{city}では相談に来られる方が増えました。", ""]
    return "\n".join(out) + "\n"


def _profiles(text: str) -> list[Profile]:
    return list(jirei.parse_text(text).profiles)


@pytest.mark.parametrize("mark", sorted(_MARKS))
@pytest.mark.parametrize("head", sorted(_HEADS))
def test_legend_opens_cases_and_gathers_parts(mark: str, head: str) -> None:
    profiles = _profiles(_doc(_MARKS[mark], _HEADS[head]))
    assert [p.municipality for p in profiles] == ["石巻市", "郡山市", "横手市"]
    for i, (profile, place) in enumerate(zip(profiles, _PLACES, strict=True), 1):
        pref, city, name, kind, bureau, office, _, iso = place
        assert profile.prefecture == pref
        assert profile.facility_name == name
        assert profile.facility_type == kind
        assert profile.labour_bureau == bureau
        assert profile.hello_work == (office,)
        assert str(profile.start_date) == iso
        assert len(profile.initiatives) == 2
        assert profile.title == f"{city}の就労支援を一つの窓口で"
        assert [(m.label, m.actual.value if m.actual else None) for m in profile.metrics] == [
            ("支援対象者数", 120 + i), ("就職者数", 50 + i)
        ]
        assert [c.speaker.replace(" ", "") for c in profile.comments] == [f"{city}福祉部生活福祉課"]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_fact_lines_in_any_order(order: tuple[int, int, int]) -> None:
    profiles = _profiles(_doc(_MARKS["circled"], _HEADS["circled_glued"], order))
    assert [p.facility_name for p in profiles] == [p[2] for p in _PLACES]
    assert [str(p.start_date) for p in profiles] == [p[7] for p in _PLACES]


def _legend(text: str):
    return read_legend(split_lines(text), text)


def test_legend_reads_rows_with_spans() -> None:
    text = jirei.normalise.normalise(_doc(_MARKS["circled"], _HEADS["circled_glued"])).text
    found = _legend(text)
    assert found is not None
    assert [row.number for row in found.rows] == [1, 2, 3]
    assert [row.municipality for row in found.rows] == ["石巻市", "郡山市", "横手市"]
    name = found.rows[1].header.fields["facility_name"]
    assert text[name.start : name.end] == "こおりやまジョブステーション"


def test_places_alone_are_no_legend() -> None:
    text = jirei.normalise.normalise(
        _doc(_MARKS["circled"], _HEADS["circled_glued"], facts=False)
    ).text
    assert _legend(text) is None


@pytest.mark.parametrize("numbers", [(1, 3, 4), (2, 3, 4), (1, 1, 2)])
def test_numbers_out_of_run_are_no_legend(numbers: tuple[int, int, int]) -> None:
    text = jirei.normalise.normalise(
        _doc(_MARKS["stop"], _HEADS["stop"], numbers=numbers)
    ).text
    assert _legend(text) is None


def test_one_entry_is_no_legend() -> None:
    text = "　①　宮城県石巻市\n　　いしのまき就労サポート（常設窓口）\n　　令和２年七月一日　開設\n"
    assert _legend(text) is None


def test_numbered_sentences_are_no_legend() -> None:
    text = (
        "1. 宮城県石巻市では相談が増えた。\n　　いしのまき就労サポート（常設窓口）\n\n"
        "2. 福島県郡山市では面接会を開いた。\n　　令和２年七月一日　開設\n"
    )
    assert _legend(text) is None


def test_numbered_places_over_stories_stay_cases() -> None:
    text = (
        "令和４年度の実施状況\n\n"
        "（１）宮城県石巻市\n"
        "　石巻市と宮城労働局は、令和２年７月１日から「いしのまき就労サポート」を設置し、"
        "支援対象者数は１２１人、就職者数は５１人でした。\n\n"
        "（２）福島県郡山市\n"
        "　福島労働局とハローワーク郡山は、平成３０年１０月１日に「こおりやまジョブステーション」を"
        "開設しました。支援対象者数は１２２人、就職者数は５２人でした。\n"
    )
    assert _legend(jirei.normalise.normalise(text).text) is None
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["石巻市", "郡山市"]
    figures = [[m.actual.value for m in p.metrics if m.actual] for p in profiles]
    assert figures == [[121, 51], [122, 52]]


def test_a_sentence_under_the_part_heading_is_no_title() -> None:
    text = _doc(_MARKS["circled"], _HEADS["circled_glued"], catch="{}では次の取組を行った。")
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["石巻市", "郡山市", "横手市"]
    assert [p.title for p in profiles] == [None, None, None]


@pytest.mark.parametrize("heading", ["（その他）", "【その他の実績】"])
@pytest.mark.parametrize(("mark", "head"), [
    ("full_bracket", "circled_glued"), ("stop", "stop"), ("no", "circled_spaced"),
])
def test_other_results_under_a_results_paragraph(heading: str, mark: str, head: str) -> None:
    text = _doc(_MARKS[mark], _HEADS[head], others=heading)
    profiles = _profiles(text)
    assert [p.municipality for p in profiles] == ["石巻市", "郡山市", "横手市"]
    assert [list(p.other_results) for p in profiles] == [
        [f"{p[1]}で出張相談を{i + 4}回実施"] for i, p in enumerate(_PLACES, 1)
    ]
    assert [len(p.metrics) for p in profiles] == [2, 2, 2]
