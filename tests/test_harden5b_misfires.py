"""The readers of harden5 that misfired on sets nobody developed against (decisions 1045–1059).

Each document below was written for these tests (own prose, real place / office names,
invented facilities); each reproduces the shape of one misfire.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import jirei
from jirei.fallback import find_anchors
from jirei.glosses import untangle_glosses
from jirei.gridtables import untangle_grid
from jirei.lines import split_lines
from jirei.normalise import normalise
from jirei.rules import DEFAULT_RULES
from jirei.sections import K, classifier

# 1. A paged report in reading order (not a deck): a page number at the TOP of each page,
# each case a page — label, a facts table, a bold catch-phrase, sections, a picture's
# caption and ``####`` speaker headings after the sections. The deck reader took the
# caption (a short line after the sections) for a misplaced headline, called every page
# scrambled and reordered the boxes (decision 1045): the facts table went after the
# sections and the cases lost their header.
_PAGE = """<!-- page {n} -->

- {n} -

## 事例{n}

| 自治体 | {place} |
| 労働局 | {bureau} |
| ハローワーク | {office} |

**{title}**

### 取組内容

1. 市の相談窓口の隣にハローワークの相談席を置いた
2. 月1回の合同会議で支援方針を確かめている

![](images/p{n}.png)

窓口の様子

### 令和4年度の実績

| 項目 | 目標 | 実績 |
|---|---|---|
| 就職者数 | {target}人以上 | {actual}人 |

#### {place} 福祉課より

窓口が近くなって相談が増えました。
"""

PAGED = "# 一体的実施 取組事例集\n\n" + "\n".join(
    _PAGE.format(n=n, place=place, bureau=bureau, office=office, title=title, target=t, actual=a)
    for n, place, bureau, office, title, t, a in (
        (1, "愛媛県今治市", "愛媛労働局", "ハローワーク今治", "造船の町の窓口", 80, 91),
        (2, "広島県呉市", "広島労働局", "ハローワーク呉", "港の求人を相談窓口から", 60, 64),
        (3, "鹿児島県鹿屋市", "鹿児島労働局", "ハローワーク鹿屋", "農業の求人を窓口で紹介", 40, 47),
    )
)


def test_paged_report_in_reading_order_keeps_its_cases() -> None:
    """Page numbers at the top of each page and a short caption after the sections do not
    make a report a scrambled deck: each case keeps its header and its figures (1045)."""
    profiles = jirei.parse_text(PAGED).profiles
    assert [p.municipality for p in profiles] == ["今治市", "呉市", "鹿屋市"]
    assert [p.labour_bureau for p in profiles] == ["愛媛労働局", "広島労働局", "鹿児島労働局"]
    assert not any("images/" in (p.title or "") for p in profiles)  # no image link as title
    actuals = [[m.actual.value for m in p.metrics if m.actual is not None] for p in profiles]
    assert actuals == [[91], [64], [47]]


# 2. A results table in a grid whose borders become ``|---|`` rows: the run of table rows
# opens with its header row, which holds no figure. The fallback counted a run once, at its
# first row, so such a table gave no results anchor and a report read in the fallback lost
# every case (decision 1046).
GRID_REPORT = """Case 1 / 事例1

岩手県盛岡市
令和2年4月1日開設

+----------+---------+--------+
| 指標     | 目標    | 実績   |
+==========+=========+========+
| 就職者数 | 100人   | 112人  |
+----------+---------+--------+
| 就職率   | 60.0%   | 61.5%  |
+----------+---------+--------+

Case 2 / 事例2

秋田県横手市
令和3年10月1日開設

+----------+---------+--------+
| 指標     | 目標    | 実績   |
+==========+=========+========+
| 就職者数 | 50人    | 57人   |
+----------+---------+--------+
"""


def test_table_run_anchors_at_its_first_row_with_a_figure() -> None:
    """A run of pipe rows opening with a header row is one results anchor, at its first
    row holding a figure (decision 1046)."""
    text = (
        "岩手県盛岡市\n令和2年4月1日開設\n\n| 指標 | 目標 | 実績 |\n|---|---|---|\n"
        "| 就職者数 | 100人 | 112人 |\n| 就職率 | 60.0% | 61.5% |\n"
    )
    infos = classifier(DEFAULT_RULES).classify_all(split_lines(normalise(text).text))
    anchors = find_anchors(infos, 0, len(infos))
    results = [a for a in anchors if a.kind == "results"]
    assert len(results) == 1
    assert infos[results[0].index].kind is K.TABLE
    assert "112" in infos[results[0].index].line.text


def test_grid_report_read_in_the_fallback_keeps_its_cases() -> None:
    profiles = jirei.parse_text(GRID_REPORT).profiles
    assert [p.municipality for p in profiles] == ["盛岡市", "横手市"]
    first = {m.label: m for m in profiles[0].metrics}
    assert first["就職者数"].actual is not None and first["就職者数"].actual.value == 112
    assert first["就職率"].actual is not None
    assert first["就職率"].actual.value == Decimal("61.5")


def test_grid_rewrite_keeps_length() -> None:
    assert len(untangle_grid(GRID_REPORT)) == len(GRID_REPORT)


def test_glosses_keep_length() -> None:
    assert len(untangle_glosses(GRID_REPORT)) == len(GRID_REPORT)


# 3. A bilingual report written English first (decisions 1047, 1048): ``English / 日本語`` on
# one line, an English title over its Japanese title.
@pytest.mark.parametrize(
    ("line", "kept", "gone"),
    [
        ("  Place / 所在地 ....... Morioka City, Iwate / 岩手県盛岡市", "所在地", "Morioka"),
        ("Case 2 / 事例2", "事例2", "Case"),
        ("Results (FY2023) / 2023年度実績", "2023年度実績", "Results"),
        ("  Opened / 開設 ...... 1 April 2020 / 2020年4月1日", "2020年4月1日", "April"),
    ],
)
def test_english_before_a_slash_is_a_gloss(line: str, kept: str, gone: str) -> None:
    text = f"盛岡の事例\n{line}\n"
    out = untangle_glosses(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert kept in out and gone not in out


@pytest.mark.parametrize(
    "line",
    [
        "目標 230人以上 / 実績 251人 / 達成率 109.1%",  # Japanese on both sides
        "HW / 市役所",  # an abbreviation is no gloss
        "R4.4.1 / 令和4年4月1日",  # a date, no English word
    ],
)
def test_slash_without_english_is_kept(line: str) -> None:
    text = f"盛岡の事例\n{line}\n"
    assert untangle_glosses(text) == text


def test_english_title_over_japanese_is_a_gloss() -> None:
    text = (
        "\nWalking with clients to the first interview\n面接まで一緒に歩く窓口\n"
        "\nCASE 01\n面接の窓口\n\n--- slide 3 ---\n事例3\n"
    )
    out = untangle_glosses(text)
    assert out.count("\n") == text.count("\n") and len(out) == len(text)
    assert "Walking" not in out and "面接まで一緒に歩く窓口" in out
    assert "CASE 01" in out  # a case label is no gloss
    assert "--- slide 3 ---" in out  # a slide marker is no gloss
