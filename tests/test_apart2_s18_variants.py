"""Cases introduced one after another, their figures gathered in tables by metric (branch
``apart2-s18``, decisions 3546-3553).

Synthetic variants of the layout of holdout163's ``r03_kyushu_bymetric``, written with other
places, offices, dates, figures, spacing, header shapes and table styles than the
development document:

* case pages that carry only a header, a headline and 取組内容, one after another with no
  results in between (``jirei.repeatcases``: a case's whole opening — header facts over a
  headline over the opening section — opens the next case; the first case takes the fact
  lines over its headline as the later ones do; a case with no headline opens at two fact
  lines or more over its section);
* headers of several shapes: label lines (``所在地：…　　労働局：…　　ハローワーク：…`` — several
  labelled facts on one line, ``jirei.facts``), bars, slashes, brackets;
* every figure in later tables, one a metric (its caption names it), each case a row,
  written with tabs, pipes or wide spaces, a target cell ``―`` for a case with actuals only.

Negative variants must leave the text as it was read.
"""

from __future__ import annotations

import pytest

import jirei
from jirei.facts import read_facts
from jirei.lines import split_lines
from jirei.normalise import normalise

_CASES = (
    ("宮城県", "仙台市", "宮城労働局", "ハローワーク仙台", "せんだい就労サポート", "一体的実施施設",
     "平成２８年６月１日", "2016-06-01", "窓口を一つに、相談の流れを途切れさせない"),
    ("新潟県", "長岡市", "新潟労働局", "ハローワーク長岡", "ながおか仕事ステーション", "常設窓口",
     "令和元年十月一日", "2019-10-01", "福祉と就労の担当が同じ机で支える"),
    ("岡山県", "倉敷市", "岡山労働局", "ハローワーク倉敷中央", "くらしき就労支援コーナー",
     "一体的実施施設", "2020年4月1日", "2020-04-01", "開設一年目、誘導の仕組みを固める"),
)
#: (support target, support actual, employed target, employed actual); None: ``―``
_FIGURES = ((500, 520, 300, 330), (420, 400, 250, 262), (None, 380, None, 240))


def _header(shape: str, case: tuple[str, ...]) -> list[str]:
    pref, city, bureau, office, name, kind, date, _, _ = case
    if shape == "labels":
        return [f"所在地：{pref}{city}　　労働局：{bureau}　　ハローワーク：{office}",
                f"施設名：{name}（{kind}）", f"事業開始：{date}"]
    if shape == "bars":
        return [f"{pref}{city}｜{bureau}｜{office}", f"{name}({kind})　{date}事業開始"]
    if shape == "brackets":
        return [f"【{pref}{city}】【{bureau}・{office}】", f"{name}（{kind}）　{date}事業開始"]
    assert shape == "slashes"
    return [f"{pref}{city}／{bureau}／{office}", f"{name}（{kind}）　{date}開設"]


def _table(style: str, caption: str, rows: list[list[str]]) -> list[str]:
    head = ["施設所在市", "目標", "実績"]
    if style == "tab":
        return [caption, "\t".join(head), *("\t".join(r) for r in rows)]
    if style == "pipe":
        return [caption, "| " + " | ".join(head) + " |", "|---|---|---|",
                *("| " + " | ".join(r) + " |" for r in rows)]
    assert style == "space"
    return [caption, "　　".join(head), *("　　".join(r) for r in rows)]


def _booklet(
    shapes: tuple[str, ...], style: str, captions: tuple[str, str], *, headlines: bool = True
) -> str:
    out = ["令和４年度　一体的実施施設の取組事例", "", "Ⅰ　各施設の取組", ""]
    for number, (case, shape) in enumerate(zip(_CASES, shapes, strict=True), 1):
        headline = [case[8], ""] if headlines else []
        out += [*_header(shape, case), "", *headline, "【取組内容】",
                f"・ {case[1]}の福祉事務所と週1回の打合せを実施。",
                f"・ 就職後のフォローを{number + 1}か月間実施。", "", ""]
    out += ["Ⅱ　実績一覧（指標別）", ""]
    for column, caption in enumerate(captions):
        rows = []
        for case, figures in zip(_CASES, _FIGURES, strict=True):
            target, actual = figures[2 * column], figures[2 * column + 1]
            rows.append([case[1], "―" if target is None else f"{target}人以上", f"{actual}人"])
        out += [*_table(style, caption, rows), ""]
    return "\n".join(out) + "\n"


_SHAPES = {
    "brackets_labels_bars": ("brackets", "labels", "bars"),
    "all_labels": ("labels", "labels", "labels"),
    "slashes_bars_brackets": ("slashes", "bars", "brackets"),
    "labels_slashes_labels": ("labels", "slashes", "labels"),
    "bars_labels_brackets": ("bars", "labels", "brackets"),
    "bars_bars_bars": ("bars", "bars", "bars"),
}
_CAPTIONS = {
    "numbered": ("表１　支援対象者数（令和４年度）", "表２　就職者数（令和４年度）"),
    "bracketed": ("【支援対象者数】", "【就職者数】"),
    "marked": ("■ 支援対象者数（令和4年度）", "■ 就職者数（令和4年度）"),
}


@pytest.mark.parametrize("shapes", sorted(_SHAPES))
@pytest.mark.parametrize("style", ["tab", "pipe", "space"])
@pytest.mark.parametrize("captions", sorted(_CAPTIONS))
def test_cases_one_after_another_take_their_rows(shapes: str, style: str, captions: str) -> None:
    doc = jirei.parse_text(_booklet(_SHAPES[shapes], style, _CAPTIONS[captions]))
    assert len(doc.profiles) == 3
    for profile, case, figures in zip(doc.profiles, _CASES, _FIGURES, strict=True):
        assert profile.prefecture == case[0]
        assert profile.municipality == case[1]
        assert profile.labour_bureau == case[2]
        assert list(profile.hello_work) == [case[3]]
        assert profile.facility_name == case[4]
        assert str(profile.start_date) == case[7]
        assert profile.title == case[8]
        assert len(profile.initiatives) == 2
        read = [
            (m.label, m.target.value if m.target else None, m.actual.value if m.actual else None)
            for m in profile.metrics
        ]
        assert read == [
            ("支援対象者数", figures[0], figures[1]),
            ("就職者数", figures[2], figures[3]),
        ]


@pytest.mark.parametrize("shapes", sorted(_SHAPES))
@pytest.mark.parametrize("style", ["tab", "space"])
def test_cases_with_no_headline_open_at_their_facts(shapes: str, style: str) -> None:
    doc = jirei.parse_text(
        _booklet(_SHAPES[shapes], style, _CAPTIONS["numbered"], headlines=False)
    )
    assert [p.municipality for p in doc.profiles] == [case[1] for case in _CASES]
    assert [p.facility_name for p in doc.profiles] == [case[4] for case in _CASES]
    assert [[m.actual.value for m in p.metrics if m.actual] for p in doc.profiles] == [
        [figures[1], figures[3]] for figures in _FIGURES
    ]
    assert [len(p.initiatives) for p in doc.profiles] == [2, 2, 2]


def test_labelled_facts_on_one_line_are_each_read() -> None:
    line = "所在地：広島県呉市　　労働局：広島労働局　　ハローワーク：ハローワーク呉"
    text = normalise(line + "\n").text
    facts = read_facts(split_lines(text))
    assert facts.fields["labour_bureau"].value == "広島労働局"
    assert [office.value for office in facts.hello_work] == ["ハローワーク呉"]


@pytest.mark.parametrize(
    "line",
    ["所在地：広島県呉市　　中央区二丁目１－１", "労働局：広島労働局　　（職業安定部職業対策課）"],
)
def test_a_value_with_an_unlabelled_piece_stays_whole(line: str) -> None:
    text = normalise(line + "\n").text
    facts = read_facts(split_lines(text))
    value = text.strip().partition(":")[2]
    values = [field.value for field in facts.fields.values()] + [a[1].value for a in facts.asides]
    assert value in values


_ONE_CASE = """【宮城県仙台市】【宮城労働局・ハローワーク仙台】
せんだい就労サポート（一体的実施施設）　平成２８年６月１日事業開始

窓口を一つに、相談の流れを途切れさせない

【取組内容】
・ 福祉事務所と週1回の打合せを実施。
・ 就職後のフォローを3か月間実施。

{between}

【取組内容】
・ 来年度は出張相談を月2回に増やす。
"""


@pytest.mark.parametrize(
    "between",
    ["今後の方向性", "（２）次年度に向けて", "令和５年度からの取組", "ハローワーク仙台",
     "令和５年４月１日"],
)
def test_a_second_opening_under_a_headline_alone_opens_no_case(between: str) -> None:
    doc = jirei.parse_text(_ONE_CASE.format(between=between))
    assert len(doc.profiles) == 1
    assert doc.profiles[0].municipality == "仙台市"
