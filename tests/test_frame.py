"""Tidy tables: rows() without pandas, to_frame() with exact values (notebook use)."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

import pytest

import jirei
from jirei.batch import ParseFailure
from jirei.errors import MissingExtraError
from jirei.frame import rows
from sample_docs import make_document

pd = pytest.importorskip("pandas")

METRIC_COLUMNS = [
    "source", "page", "case_index", "prefecture", "municipality", "facility_name",
    "fiscal_year", "group", "label", "key", "target_value", "target_unit",
    "target_qualifier", "actual_value", "actual_unit", "actual_qualifier", "achievement_rate",
]  # fmt: skip
PROFILE_COLUMNS = [
    "source", "case_index", "title", "prefecture", "municipality", "labour_bureau",
    "hello_work", "facility_name", "facility_type", "start_date", "fiscal_year",
    "n_metrics", "n_comments", "initiatives", "other_results",
]  # fmt: skip
COMMENT_COLUMNS = ["source", "case_index", "prefecture", "municipality", "speaker", "role", "text"]


def test_notebook_metrics_frame_has_the_contract_columns_and_exact_values() -> None:
    docs = [make_document(pdf=True, source="a.pdf"), make_document(source="b.txt")]
    df = jirei.to_frame(docs, table="metrics")
    assert list(df.columns) == METRIC_COLUMNS
    assert len(df) == 6
    rate = df.loc[0, "achievement_rate"]
    assert isinstance(rate, Decimal) and str(rate) == "131.8"
    seventy_one = df.loc[1, "actual_value"]
    assert isinstance(seventy_one, Decimal) and str(seventy_one) == "71.0"
    assert df.loc[0, "actual_value"] == 290 and isinstance(df.loc[0, "actual_value"], int)
    assert str(df["target_value"].dtype) == "Int64"  # every target is whole
    assert str(df["case_index"].dtype) == "Int64"
    assert df["case_index"].tolist() == [0, 0, 1, 0, 0, 1]
    assert df["page"].iloc[:3].tolist() == [1, 1, 2]
    assert df["page"].iloc[3:].isna().all()  # text input: no page
    assert df["source"].tolist() == ["a.pdf"] * 3 + ["b.txt"] * 3
    assert df.loc[2, "target_qualifier"] == "約"
    assert pd.isna(df.loc[0, "group"])
    # exact arithmetic stays exact
    assert df["achievement_rate"].dropna().sum() == Decimal("263.6")


def test_profiles_frame_joins_lists() -> None:
    df = jirei.to_frame(make_document(), table="profiles")
    assert list(df.columns) == PROFILE_COLUMNS
    first = df.iloc[0]
    assert first["hello_work"] == "ハローワーク桐生"
    assert first["initiatives"] == "福祉窓口からの誘導による一貫した支援\nセミナーの共同開催"
    assert first["start_date"] == dt.date(2012, 4, 2)
    assert df["n_metrics"].tolist() == [2, 1]
    assert df["n_comments"].tolist() == [1, 1]
    assert df["fiscal_year"].tolist()[0] == 2017 and pd.isna(df["fiscal_year"].iloc[1])


def test_comments_frame() -> None:
    df = jirei.to_frame([make_document()], table="comments")
    assert list(df.columns) == COMMENT_COLUMNS
    assert df["role"].tolist() == ["municipality", "hello_work"]
    assert df["speaker"].tolist() == ["みどり市", "ハローワーク北町"]


def test_hello_work_offices_are_joined_with_the_japanese_comma() -> None:
    doc = make_document()
    two = doc.profiles[1].__class__(hello_work=("ハローワークA", "ハローワークB"))
    row = next(rows(doc.__class__(source="s", profiles=[two]), "profiles"))
    assert row["hello_work"] == "ハローワークA、ハローワークB"


def test_error_records_give_no_rows_and_empty_input_keeps_columns() -> None:
    failure = ParseFailure("bad.pdf", "CorruptPdfError", "broken")
    assert list(rows([failure], "metrics")) == []
    df = jirei.to_frame([failure], table="metrics")
    assert list(df.columns) == METRIC_COLUMNS and len(df) == 0


def test_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        list(rows([make_document()], "cases"))


def test_rows_need_no_pandas_and_to_frame_names_the_extra(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas -> ImportError
    assert len(list(rows(make_document(), "metrics"))) == 3
    with pytest.raises(MissingExtraError) as info:
        jirei.to_frame(make_document())
    assert "jirei[frame]" in str(info.value)
    assert isinstance(info.value, ImportError)
