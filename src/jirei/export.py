"""Ways out of the library: JSON, JSON Lines, CSV and Parquet, and the JSON Schema.

Numbers stay exact everywhere: a ``Decimal`` is written to JSON as a JSON *number* with
exactly its digits (``131.8``, ``71.0``), read back with ``parse_float=Decimal``; CSV cells
hold ``str(Decimal)``; Parquet columns holding a ``Decimal`` become ``decimal128(38, s)``
with ``s`` the largest scale in the column (see ``docs/output.md``).
"""

from __future__ import annotations

import copy
import csv
import datetime as _dt
import io
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from jirei.batch import ParseFailure
from jirei.errors import MissingExtraError
from jirei.frame import COLUMNS, TABLES, rows
from jirei.model import Document

Record = Document | ParseFailure


def _record_dict(record: Record, include_text: bool) -> dict[str, Any]:
    if isinstance(record, Document):
        return record.to_dict(include_text=include_text)
    if isinstance(record, ParseFailure):
        return record.to_dict()
    raise TypeError(f"cannot export {type(record).__name__}; expected a Document")


def _dumps(data: Any, indent: int | None) -> str:
    """``json.dumps`` that writes each Decimal as a JSON number with its exact digits."""
    marker = f"@@jirei-decimal-{uuid.uuid4().hex}@@"
    found: list[Decimal] = []

    def swap(value: Any) -> Any:
        if isinstance(value, Decimal):
            if not value.is_finite():
                raise ValueError(f"{value} has no JSON representation")
            found.append(value)
            return f"{marker}{len(found) - 1}{marker}"
        if isinstance(value, Mapping):
            return {key: swap(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [swap(item) for item in value]
        if isinstance(value, _dt.date):
            return value.isoformat()
        return value

    text = json.dumps(swap(data), ensure_ascii=False, indent=indent)
    if not found:
        return text
    pieces = text.split(f'"{marker}')
    out = [pieces[0]]
    for piece in pieces[1:]:
        index, rest = piece.split(f'{marker}"', 1)
        out.append(str(found[int(index)]))
        out.append(rest)
    return "".join(out)


def to_json(
    doc_or_docs: Record | Iterable[Record], *, indent: int | None = 2, include_text: bool = False
) -> str:
    """One Document (or error record) as a JSON object, several as a JSON array.

    ``include_text`` adds the original ``text`` the spans point into.
    """
    if isinstance(doc_or_docs, Document | ParseFailure):
        return _dumps(_record_dict(doc_or_docs, include_text), indent)
    return _dumps([_record_dict(d, include_text) for d in doc_or_docs], indent)


def to_jsonl(docs: Record | Iterable[Record], *, include_text: bool = False) -> str:
    """One JSON object per line (a Document or an error record), newline-terminated."""
    return "".join(iter_jsonl(docs, include_text=include_text))


def iter_jsonl(docs: Record | Iterable[Record], *, include_text: bool = False) -> Iterator[str]:
    """The lines of :func:`to_jsonl`, one at a time (for streaming)."""
    if isinstance(docs, Document | ParseFailure):
        docs = [docs]
    for doc in docs:
        yield _dumps(_record_dict(doc, include_text), None) + "\n"


def _load_record(data: Mapping[str, Any]) -> Record:
    if "error" in data and "profiles" not in data:
        return ParseFailure.from_dict(data)
    return Document.from_dict(data)


def loads(text: str) -> Document:
    """A Document from the JSON that :func:`to_json` wrote; numbers come back exact."""
    data = json.loads(text, parse_float=Decimal)
    if not isinstance(data, Mapping) or "profiles" not in data:
        raise ValueError("not a jirei Document object (use loads_all for arrays and JSONL)")
    return Document.from_dict(data)


def loads_all(text: str) -> list[Record]:
    """Every record of a JSON object, a JSON array or JSON Lines text, in order.

    Error records come back as :class:`jirei.batch.ParseFailure`.
    """
    stripped = text.strip()
    if not stripped:
        return []
    try:
        data = json.loads(stripped, parse_float=Decimal)
    except json.JSONDecodeError:
        lines = [line for line in stripped.splitlines() if line.strip()]
        return [_load_record(json.loads(line, parse_float=Decimal)) for line in lines]
    if isinstance(data, list):
        return [_load_record(item) for item in data]
    return [_load_record(data)]


def csv_cell(value: Any) -> str:
    """A CSV cell: empty for None, ISO for dates, ``str`` otherwise (exact for Decimal)."""
    if value is None:
        return ""
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def write_csv(
    docs: Record | Iterable[Record],
    path_or_file: str | Path | IO[str],
    table: str = "metrics",
) -> int:
    """Write the tidy ``table`` (see :data:`jirei.frame.COLUMNS`) as UTF-8 CSV with a header.

    Error records are not rows (the CLI lists them on stderr). Returns the number of rows.
    """
    if isinstance(path_or_file, str | Path):
        with open(path_or_file, "w", encoding="utf-8", newline="") as handle:
            return write_csv(docs, handle, table)
    writer = csv.writer(path_or_file, lineterminator="\n")
    writer.writerow(COLUMNS[table])
    count = 0
    for row in rows(docs, table):
        writer.writerow([csv_cell(row[name]) for name in COLUMNS[table]])
        count += 1
    return count


def csv_text(docs: Record | Iterable[Record], table: str = "metrics") -> str:
    """:func:`write_csv` into a string."""
    buffer = io.StringIO()
    write_csv(docs, buffer, table)
    return buffer.getvalue()


def _arrow_column(values: list[Any]) -> Any:
    """An exact Arrow array: int64, decimal128(38, max scale), date32, bool or string."""
    import pyarrow as pa

    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return pa.array(values, type=pa.bool_())
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pa.array(values, type=pa.int64())
    if present and all(isinstance(v, int | Decimal) for v in present):
        scale = max(max(-Decimal(v).as_tuple().exponent, 0) for v in present)  # type: ignore[operator]
        typed = [None if v is None else Decimal(v) for v in values]
        return pa.array(typed, type=pa.decimal128(38, scale))
    if present and all(isinstance(v, _dt.date) for v in present):
        return pa.array(values, type=pa.date32())
    return pa.array([None if v is None else str(v) for v in values], type=pa.string())


def write_parquet(docs: Record | Iterable[Record], path: str | Path, table: str = "metrics") -> int:
    """Write the tidy ``table`` as Parquet (needs ``pyarrow``: the ``frame`` extra).

    Columns of whole numbers are int64; a column holding any Decimal is
    ``decimal128(38, s)`` with ``s`` the largest scale in it, so every value is exact.
    Returns the number of rows.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("pyarrow", "frame") from exc
    names = COLUMNS[table]
    records = list(rows(docs, table))
    arrays = [_arrow_column([r[name] for r in records]) for name in names]
    pq.write_table(pa.Table.from_arrays(arrays, names=list(names)), str(path))
    return len(records)


@cache
def _schema_file() -> dict[str, Any]:
    text = resources.files("jirei").joinpath("schema/document.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one Document as :func:`to_json` writes it."""
    return copy.deepcopy(_schema_file())


def record_schema() -> dict[str, Any]:
    """The JSON Schema of one JSON Lines record: a Document or an error record."""
    schema = document_schema()
    schema.pop("$ref", None)
    schema["$id"] = schema["$id"].replace("document", "record")
    schema["title"] = "jirei record (Document or error record)"
    schema["oneOf"] = [{"$ref": "#/$defs/Document"}, {"$ref": "#/$defs/ErrorRecord"}]
    return schema


__all__ = [
    "TABLES",
    "csv_cell",
    "csv_text",
    "document_schema",
    "iter_jsonl",
    "loads",
    "loads_all",
    "record_schema",
    "to_json",
    "to_jsonl",
    "write_csv",
    "write_parquet",
]
