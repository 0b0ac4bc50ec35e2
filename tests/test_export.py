"""JSON / JSONL / CSV / Parquet export: shapes, exact numbers, round trips."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jirei import export
from jirei.batch import ParseFailure
from jirei.frame import COLUMNS
from jirei.model import Document, Metric, Profile, Quantity
from sample_docs import TEXT, make_document


def _rate_metric_json(text: str) -> dict:
    data = json.loads(text, parse_float=Decimal)
    return data["profiles"][0]["metrics"]


def test_decimals_are_json_numbers_with_their_exact_digits() -> None:
    text = export.to_json(make_document())
    assert '"achievement_rate": 131.8' in text
    assert '"value": 71.0' in text  # not "71.0", not 71
    assert '"value": "' not in text
    metrics = _rate_metric_json(text)
    assert metrics[0]["achievement_rate"] == Decimal("131.8")
    assert str(metrics[1]["actual"]["value"]) == "71.0"
    assert isinstance(metrics[0]["actual"]["value"], int)


def test_plain_json_readers_see_numbers() -> None:
    data = json.loads(export.to_json(make_document()))
    assert data["profiles"][0]["metrics"][0]["achievement_rate"] == pytest.approx(131.8)


@pytest.mark.parametrize("pdf", [False, True])
def test_loads_round_trips_a_document(pdf: bool) -> None:
    doc = make_document(pdf=pdf)
    back = export.loads(export.to_json(doc))
    assert back == doc
    assert back.text is None  # text is only written on request
    with_text = export.loads(export.to_json(doc, include_text=True))
    assert with_text.text == TEXT


def test_non_finite_decimal_is_refused() -> None:
    doc = Document(
        source="x",
        profiles=[Profile(metrics=[Metric("率", actual=Quantity(Decimal("NaN")))])],
    )
    with pytest.raises(ValueError, match="NaN"):
        export.to_json(doc)


@settings(max_examples=200)
@given(
    st.decimals(allow_nan=False, allow_infinity=False, places=None),
    st.text(max_size=20),
)
def test_any_finite_decimal_survives_json_exactly(value: Decimal, label: str) -> None:
    metric = Metric(label or "x", actual=Quantity(value))
    doc = Document(source=label, profiles=[Profile(metrics=[metric])])
    back = export.loads(export.to_json(doc, indent=None))
    got = back.profiles[0].metrics[0].actual.value
    assert str(got) == str(value)
    assert back.source == label


def test_several_documents_make_an_array_and_jsonl_one_line_each() -> None:
    docs = [make_document(source="a.txt"), ParseFailure("b.pdf", "CorruptPdfError", "bad xref")]
    array = json.loads(export.to_json(docs))
    assert [item["source"] for item in array] == ["a.txt", "b.pdf"]
    error = {"type": "CorruptPdfError", "message": "bad xref"}
    assert array[1] == {"source": "b.pdf", "error": error}
    lines = export.to_jsonl(docs).splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["profiles"][0]["facility_name"] == "ワークサポートみどり"
    assert export.loads_all(export.to_jsonl(docs)) == docs
    assert export.loads_all(export.to_json(docs)) == docs


def test_loads_refuses_an_array() -> None:
    with pytest.raises(ValueError, match="loads_all"):
        export.loads(export.to_json([make_document()]))


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_csv_has_the_table_columns_and_one_row_per_item(table: str) -> None:
    doc = make_document()
    buffer = io.StringIO()
    count = export.write_csv([doc, ParseFailure("bad", "X", "y")], buffer, table=table)
    records = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert tuple(records[0].keys()) == COLUMNS[table]
    expected = {
        "metrics": sum(len(p.metrics) for p in doc.profiles),
        "profiles": len(doc.profiles),
        "comments": sum(len(p.comments) for p in doc.profiles),
    }[table]
    assert count == len(records) == expected


def test_csv_values_are_exact_and_none_is_empty(tmp_path) -> None:
    path = tmp_path / "m.csv"
    export.write_csv(make_document(), path, table="metrics")
    records = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert records[0]["achievement_rate"] == "131.8"
    assert records[1]["actual_value"] == "71.0"
    assert records[1]["achievement_rate"] == ""
    assert records[0]["target_qualifier"] == "以上"
    assert records[2]["page"] == ""  # a text input has no pages


def test_parquet_is_exact(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    path = tmp_path / "m.parquet"
    doc = make_document(pdf=True)
    assert export.write_parquet(doc, path, table="metrics") == 3
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS["metrics"]
    assert table.schema.field("actual_value").type == pa.decimal128(38, 1)
    assert table.schema.field("target_value").type == pa.int64()
    assert table.schema.field("page").type == pa.int64()
    actual = table.column("actual_value").to_pylist()
    assert actual == [Decimal("290"), Decimal("71.0"), Decimal("52")]
    assert table.column("achievement_rate").to_pylist()[0] == Decimal("131.8")
    assert table.column("page").to_pylist() == [1, 1, 2]


def test_parquet_profiles_keep_dates(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "p.parquet"
    export.write_parquet([make_document()], path, table="profiles")
    dates = pq.read_table(path).column("start_date").to_pylist()
    assert [d.isoformat() for d in dates] == ["2012-04-02", "2013-01-07"]
