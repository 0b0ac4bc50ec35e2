"""Profiles from normalised text: fields, spans, fiscal years, inference."""

from __future__ import annotations

import datetime as dt

from _cases import COMMENTS, HEADER, HEADLINE, INITIATIVES, RESULTS, case, full_case
from jirei.model import Span
from jirei.normalise import normalise
from jirei.profile import EraIndex, build_profiles


def profiles(text: str):  # type: ignore[no-untyped-def]
    norm = normalise(text)
    found, warnings = build_profiles(norm.text, locate=lambda s, e: Span(*norm.span(s, e)))
    return norm, found, warnings


def test_full_case_fields_and_spans() -> None:
    norm, [p], _ = profiles(full_case())
    assert p.title == HEADLINE
    assert (p.prefecture, p.municipality, p.labour_bureau) == ("山梨県", "甲府市", "山梨労働局")
    assert p.hello_work == ("ハローワーク甲府",)
    assert p.facility_type == "一体的実施施設" and p.facility_name is None
    assert p.start_date == dt.date(2014, 5, 1)
    assert p.fiscal_year == 2016
    assert p.initiatives == ("市の窓口から当日のうちに相談員へつなぐ。", "月1回の連絡会を開く。")
    assert [(c.speaker, c.role, c.text) for c in p.comments] == [
        ("甲府市", "municipality", "連携が深まった。"),
        ("労働局", "labour_bureau", "今後も続けたい。"),
    ]
    original = norm.original
    for name in ("title", "prefecture", "municipality", "labour_bureau", "facility_type"):
        assert p.spans[name].slice(original) == getattr(p, name), name
    assert p.spans["start_date"].slice(original) == "平成26年5月1日"
    assert p.hello_work_spans[0].slice(original) == "ハローワーク甲府"
    assert [s.slice(original) for s in p.initiative_spans] == list(p.initiatives)
    assert p.comments[0].span.slice(original) == "連携が深まった。"
    assert p.comments[0].speaker_span.slice(original) == "甲府市"
    assert p.span.slice(original).startswith(HEADER[:6])
    assert p.span.slice(original).endswith("今後も続けたい。")


def test_spans_point_into_the_unnormalised_original() -> None:
    text = (
        full_case().replace("ハローワーク甲府", "ﾊﾛｰﾜｰｸ甲府").replace("(", "（").replace(")", "）")
    )
    norm, [p], _ = profiles(text)
    assert p.hello_work == ("ハローワーク甲府",)
    assert p.hello_work_spans[0].slice(norm.original) == "ﾊﾛｰﾜｰｸ甲府"
    assert p.spans["facility_type"].slice(norm.original) == "一体的実施施設"


def test_fiscal_year_from_heading_and_document_era() -> None:
    results = "【令和2年度 事業目標と取組状況】\n\n支援対象者数\t120人\n"
    _, [p], _ = profiles(case(HEADLINE, INITIATIVES, results, COMMENTS))
    assert p.fiscal_year == 2020
    # a bare 3年度 after the document wrote 令和 is 令和3年度
    text = case(
        "令和元年度 好事例集",
        "",
        HEADLINE,
        INITIATIVES,
        "【事業目標と取組状況】",
        "3年度に100人が就職。",
    )
    _, [p], _ = profiles(text)
    assert p.fiscal_year == 2021


def test_era_index() -> None:
    text = "平成30年の話。令和2年度の話。H23.1.1 の話。"
    index = EraIndex(text)
    assert index.era_at(0) == "平成"  # the default, before any era is written
    assert index.era_at(text.index("令和") + 3) == "令和"
    # an era-written fiscal year outranks a later era-written date (a start date)
    assert index.era_at(len(text)) == "令和"
    # without a fiscal year, the latest era-written year of any kind
    dates_only = EraIndex("令和2年の話。H23.1.1 の話。")
    assert dates_only.era_at(3) == "令和"
    assert dates_only.era_at(100) == "平成"


def test_bare_fiscal_year_follows_the_reports_fiscal_years_not_a_start_date() -> None:
    results = "【事業目標と取組状況】\n\n\t3年度目標\t3年度実績\n支援対象者数\t100人以上\t120人\n"
    text = case("令和4年度 好事例集", HEADER, HEADLINE, INITIATIVES, results, COMMENTS)
    _, [p], _ = profiles(text)
    assert p.start_date == dt.date(2014, 5, 1)  # the header's 平成26年 start date
    assert p.fiscal_year == 2021  # 令和3年度, not 平成3年度


def test_case_without_results_table_is_fine() -> None:
    _, [p], _ = profiles(case(HEADER, HEADLINE, INITIATIVES, COMMENTS))
    assert p.metrics == () and p.fiscal_year is None and len(p.comments) == 2


def test_aside_and_captions_go_to_unclassified() -> None:
    text = case(
        HEADER, HEADLINE, INITIATIVES, "面談の様子", "## 役割分担", "- 市が相談を受ける", RESULTS
    )
    _, [p], _ = profiles(text)
    blocks = [(b.heading, b.text) for b in p.unclassified]
    assert ("【取組内容】", "面談の様子") in blocks
    assert ("役割分担", "市が相談を受ける") in blocks
    assert "面談の様子" not in p.initiatives


def test_other_results_after_table() -> None:
    text = case(HEADER, HEADLINE, RESULTS, "その他の実績として、", "- ◆面接会を2回開催。", COMMENTS)
    _, [p], _ = profiles(text)
    assert p.other_results == ("面接会を2回開催。",)


def test_no_cases_warns() -> None:
    _, found, warnings = profiles("目次\n\n1. はじめに\n")
    assert found == [] and [w.code for w in warnings] == ["no_cases"]
