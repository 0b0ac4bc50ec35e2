"""The shipped JSON Schema: valid itself, accepts every output, rejects broken documents."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from jirei import export
from jirei.batch import ParseFailure
from sample_docs import make_document

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
CORPUS_FILES = sorted(
    p for p in (ROOT / "corpus").rglob("*") if p.suffix in {".txt", ".pdf"} and p.is_file()
)


def _validator(schema: dict[str, Any]) -> Any:
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


DOCUMENT = _validator(export.document_schema())
RECORD = _validator(export.record_schema())


def test_the_schemas_are_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(export.document_schema())
    jsonschema.Draft202012Validator.check_schema(export.record_schema())
    assert export.document_schema()["$schema"].endswith("2020-12/schema")


def test_the_schema_is_shipped_as_package_data() -> None:
    from importlib import resources

    text = resources.files("jirei").joinpath("schema/document.schema.json").read_text("utf-8")
    assert json.loads(text) == export.document_schema()


@pytest.mark.parametrize("pdf", [False, True])
def test_hand_built_documents_validate(pdf: bool) -> None:
    doc = make_document(pdf=pdf)
    DOCUMENT.validate(json.loads(export.to_json(doc, include_text=True)))
    DOCUMENT.validate(doc.to_dict())  # Decimals are numbers too
    RECORD.validate(doc.to_dict())


def _broken(change: str) -> dict[str, Any]:
    data = json.loads(export.to_json(make_document()))
    data = copy.deepcopy(data)
    metric = data["profiles"][0]["metrics"][0]
    if change == "no profiles":
        del data["profiles"]
    elif change == "metric without label":
        del metric["label"]
    elif change == "role not in the enum":
        data["profiles"][0]["comments"][0]["role"] = "mayor"
    elif change == "value as a string":
        metric["actual"]["value"] = "290"
    elif change == "rate as a string":
        metric["achievement_rate"] = "131.8"
    elif change == "hello_work not a list":
        data["profiles"][0]["hello_work"] = "ハローワーク桐生"
    elif change == "bad date":
        data["profiles"][0]["start_date"] = "H24.4.2"
    elif change == "negative offset":
        metric["span"]["start"] = -1
    elif change == "profile missing a contract key":
        del data["profiles"][1]["facility_type"]
    elif change == "quantity without unit key":
        del metric["target"]["unit"]
    else:  # pragma: no cover
        raise AssertionError(change)
    return data


@pytest.mark.parametrize(
    "change",
    [
        "no profiles",
        "metric without label",
        "role not in the enum",
        "value as a string",
        "rate as a string",
        "hello_work not a list",
        "bad date",
        "negative offset",
        "profile missing a contract key",
        "quantity without unit key",
    ],
)
def test_broken_documents_fail(change: str) -> None:
    data = _broken(change)
    assert not DOCUMENT.is_valid(data)
    assert not RECORD.is_valid(data)


def test_error_records_have_their_own_branch() -> None:
    record = ParseFailure("bad.pdf", "CorruptPdfError", "broken xref").to_dict()
    assert RECORD.is_valid(record)
    assert not DOCUMENT.is_valid(record)
    assert not RECORD.is_valid({"source": "bad.pdf", "error": {"type": "X"}})
    for line in export.to_jsonl([make_document(), ParseFailure("b", "T", "m")]).splitlines():
        RECORD.validate(json.loads(line))


# --- with the real parser (needs jirei.pipeline.parse_path) ---------------------------


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_corpus_output_validates(path: Path) -> None:
    from jirei.pipeline import parse_path

    doc = parse_path(str(path))
    data = json.loads(export.to_json(doc, include_text=True))
    errors = sorted(DOCUMENT.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    DOCUMENT.validate(doc.to_dict())


def test_the_corpus_is_there() -> None:
    assert len(CORPUS_FILES) >= 5
