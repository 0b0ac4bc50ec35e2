"""Case segmentation: where cases begin, and what is not a case."""

from __future__ import annotations

import pytest

from _cases import COMMENTS, HEADER, HEADLINE, INITIATIVES, RESULTS, SEED, case, full_case
from jirei.normalise import normalise
from jirei.segment import segment


def cases_of(text: str) -> list[tuple[list[str], str | None, list[str]]]:
    seg = segment(normalise(text).text)
    out = []
    for c in seg.cases:
        header = [seg.lines[i].line.stripped for i in c.header]
        headline = seg.lines[c.headline].line.stripped if c.headline is not None else None
        alt = [seg.lines[i].line.stripped for i in c.alt_header]
        out.append((header, headline, alt))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        (full_case(), [([HEADER], HEADLINE, [])]),
        (case(HEADLINE, HEADER, INITIATIVES, RESULTS), [([HEADER], HEADLINE, [])]),
        (case("# " + HEADER, INITIATIVES, RESULTS), [(["# " + HEADER], None, [])]),
        (case("## " + HEADLINE, INITIATIVES, RESULTS), [([], "## " + HEADLINE, [])]),
    ],
    ids=["header+headline", "headline+header", "header only", "headline only"],
)
def test_one_case(text: str, expected: list[object]) -> None:
    assert cases_of(text) == expected


def test_header_split_over_three_lines() -> None:
    text = case(
        "# 【山梨県甲府市】【山梨労働局・ハローワーク甲府】こうふ就労コーナー",
        "平成26年5月1日事業開始",
        HEADLINE,
        INITIATIVES,
    )
    [(header, headline, _)] = cases_of(text)
    assert len(header) == 2 and header[1] == "平成26年5月1日事業開始"
    assert headline == HEADLINE


def test_cases_follow_each_other_after_results_or_comments() -> None:
    second = "次の事例の見出しとなる一行"
    text = (
        full_case()
        + "\n"
        + case("## " + second, INITIATIVES, RESULTS)
        + case("# 三つ目の事例", INITIATIVES, COMMENTS)
    )
    found = cases_of(text)
    assert [c[1] for c in found] == [HEADLINE, "## " + second, "# 三つ目の事例"]


def test_captions_and_subsections_are_not_case_breaks() -> None:
    text = case(
        HEADER,
        HEADLINE,
        INITIATIVES,
        "## 面談の様子",  # a picture caption before results
        RESULTS,
        "#### 市との連携",  # a sub-section after results, followed by bullets
        "- 月2回の会議",
        COMMENTS,
    )
    assert len(cases_of(text)) == 1


def test_plain_text_without_markdown() -> None:
    text = (full_case() + case("二つ目の見出し", INITIATIVES, RESULTS, COMMENTS)).replace("#", "")
    assert [c[1] for c in cases_of(text)] == [HEADLINE, "二つ目の見出し"]


def test_toshima_style_header() -> None:
    text = case(
        "# 区と職安が同じ階で支える",
        "北区(くらし相談センター)",
        "ハローワーク王子",
        "一体的実施",
        "## 自治体が行う業務",
        "- 相談を受ける。",
        RESULTS,
    )
    [(header, headline, alt)] = cases_of(text)
    assert header == [] and headline == "# 区と職安が同じ階で支える"
    assert alt == ["北区(くらし相談センター)", "ハローワーク王子", "一体的実施"]


def test_front_matter_makes_no_case() -> None:
    front = case(
        "平成28年度 好事例集", "厚生労働省", "目次", "1. 甲府市 ...... 3", "2. 北区 ...... 5"
    )
    assert len(cases_of(front + full_case())) == 1
    assert cases_of(front) == []


def test_page_furniture_is_dropped() -> None:
    head = "平成28年度 一体的実施 好事例集"
    text = case(
        head, "- 1 -", full_case(), "- 2 -", head, full_case(headline="別の見出し"), "- 3 -"
    )
    found = cases_of(text)
    assert [c[1] for c in found] == [HEADLINE, "別の見出し"]


@pytest.mark.skipif(not SEED.parent.exists(), reason="../shared absent")
def test_seed_has_13_cases() -> None:
    assert len(cases_of(SEED.read_text(encoding="utf-8"))) == 13
    plain = "\n".join(line.lstrip("#").lstrip() for line in SEED.read_text().splitlines())
    assert len(cases_of(plain)) == 13
