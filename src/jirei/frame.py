"""Tidy tables of parsed documents: one row per metric, per profile or per comment.

:func:`rows` yields plain dicts (no pandas needed; the CSV and Parquet writers use it);
:func:`to_frame` builds a pandas DataFrame from the same rows (the ``frame`` extra).
Values stay exact: Decimals stay ``Decimal`` objects, whole numbers stay ``int``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from jirei.errors import MissingExtraError
from jirei.model import Document, Metric, Profile, Quantity

if TYPE_CHECKING:
    import pandas

#: the columns of each table, in order
COLUMNS: dict[str, tuple[str, ...]] = {
    "metrics": (
        "source",
        "page",
        "case_index",
        "prefecture",
        "municipality",
        "facility_name",
        "fiscal_year",
        "group",
        "label",
        "key",
        "target_value",
        "target_unit",
        "target_qualifier",
        "actual_value",
        "actual_unit",
        "actual_qualifier",
        "achievement_rate",
    ),
    "profiles": (
        "source",
        "case_index",
        "title",
        "prefecture",
        "municipality",
        "labour_bureau",
        "hello_work",
        "facility_name",
        "facility_type",
        "start_date",
        "fiscal_year",
        "n_metrics",
        "n_comments",
        "initiatives",
        "other_results",
    ),
    "comments": (
        "source",
        "case_index",
        "prefecture",
        "municipality",
        "speaker",
        "role",
        "text",
    ),
}

TABLES = tuple(COLUMNS)

#: joins list fields of the profiles table into one cell
HELLO_WORK_SEPARATOR = "、"
LIST_SEPARATOR = "\n"


def _documents(docs: Any) -> Iterator[Document]:
    """Documents of ``docs`` (one Document or an iterable); error records are skipped."""
    if isinstance(docs, Document):
        yield docs
        return
    for doc in docs:
        if isinstance(doc, Document):
            yield doc


def _metric_page(metric: Metric) -> int | None:
    for span in (metric.span, *(q.span for q in (metric.target, metric.actual) if q)):
        if span is not None and span.page is not None:
            return span.page
    return None


def _quantity_cells(prefix: str, quantity: Quantity | None) -> dict[str, Any]:
    if quantity is None:
        return {f"{prefix}_value": None, f"{prefix}_unit": None, f"{prefix}_qualifier": None}
    return {
        f"{prefix}_value": quantity.value,
        f"{prefix}_unit": quantity.unit,
        f"{prefix}_qualifier": quantity.qualifier,
    }


def _metric_rows(source: str | None, index: int, profile: Profile) -> Iterator[dict[str, Any]]:
    for metric in profile.metrics:
        yield {
            "source": source,
            "page": _metric_page(metric),
            "case_index": index,
            "prefecture": profile.prefecture,
            "municipality": profile.municipality,
            "facility_name": profile.facility_name,
            "fiscal_year": profile.fiscal_year,
            "group": metric.group,
            "label": metric.label,
            "key": metric.key,
            **_quantity_cells("target", metric.target),
            **_quantity_cells("actual", metric.actual),
            "achievement_rate": metric.achievement_rate,
        }


def _profile_row(source: str | None, index: int, profile: Profile) -> dict[str, Any]:
    return {
        "source": source,
        "case_index": index,
        "title": profile.title,
        "prefecture": profile.prefecture,
        "municipality": profile.municipality,
        "labour_bureau": profile.labour_bureau,
        "hello_work": HELLO_WORK_SEPARATOR.join(profile.hello_work),
        "facility_name": profile.facility_name,
        "facility_type": profile.facility_type,
        "start_date": profile.start_date,
        "fiscal_year": profile.fiscal_year,
        "n_metrics": len(profile.metrics),
        "n_comments": len(profile.comments),
        "initiatives": LIST_SEPARATOR.join(profile.initiatives),
        "other_results": LIST_SEPARATOR.join(profile.other_results),
    }


def _comment_rows(source: str | None, index: int, profile: Profile) -> Iterator[dict[str, Any]]:
    for comment in profile.comments:
        yield {
            "source": source,
            "case_index": index,
            "prefecture": profile.prefecture,
            "municipality": profile.municipality,
            "speaker": comment.speaker,
            "role": comment.role,
            "text": comment.text,
        }


def rows(docs: Document | Iterable[Any], table: str = "metrics") -> Iterator[dict[str, Any]]:
    """The rows of ``table`` (``metrics``, ``profiles`` or ``comments``) as dicts keyed by
    :data:`COLUMNS`, documents and profiles in order. Error records give no rows.

    ``case_index`` is the 0-based index of the profile in its document; ``page`` (metrics)
    is the 1-based PDF page of the metric's span, None for text inputs.
    """
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    for doc in _documents(docs):
        for index, profile in enumerate(doc.profiles):
            if table == "metrics":
                yield from _metric_rows(doc.source, index, profile)
            elif table == "profiles":
                yield _profile_row(doc.source, index, profile)
            else:
                yield from _comment_rows(doc.source, index, profile)


#: columns that always hold whole numbers (or None)
INT_COLUMNS = frozenset({"page", "case_index", "fiscal_year", "n_metrics", "n_comments"})
#: columns holding figures: int when whole, Decimal otherwise
NUMBER_COLUMNS = frozenset({"target_value", "actual_value", "achievement_rate"})
#: columns of other objects (``datetime.date``)
OBJECT_COLUMNS = frozenset({"start_date"})


def _series(name: str, values: list[Any], pd: Any) -> Any:
    """One column, typed so that every value stays exact."""
    if name in INT_COLUMNS:
        return pd.array(values, dtype="Int64")
    if name in NUMBER_COLUMNS:
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, int) and not isinstance(v, Decimal) for v in present):
            return pd.array(values, dtype="Int64")
        return pd.Series(values, dtype="object").array
    if name in OBJECT_COLUMNS:
        return pd.Series(values, dtype="object").array
    return pd.array(values, dtype="string")


def to_frame(docs: Document | Iterable[Any], table: str = "metrics") -> pandas.DataFrame:
    """A pandas DataFrame of :func:`rows` with exactly the columns of ``COLUMNS[table]``.

    Counts, pages, case indexes and years are ``Int64``; figure columns
    (``target_value``, ``actual_value``, ``achievement_rate``) are ``Int64`` when every
    value is whole, else dtype object holding the exact ``int``/``Decimal`` objects; text
    is the ``string`` dtype; ``start_date`` holds ``datetime.date`` objects.
    Needs pandas (``pip install 'jirei[frame]'``).
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise MissingExtraError("pandas", "frame") from exc
    records = list(rows(docs, table))
    names = COLUMNS[table]
    return pd.DataFrame({name: _series(name, [r[name] for r in records], pd) for name in names})


__all__ = ["COLUMNS", "TABLES", "rows", "to_frame"]
