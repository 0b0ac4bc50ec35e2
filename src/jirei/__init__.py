"""jirei: Japanese government case-study reports (好事例集) to typed, traceable profiles.

The pipeline, one module a stage::

    read       jirei.read        file/bytes -> SourceText (encoding detection, PDF layout)
    normalise  jirei.normalise   NFKC, radicals, label spacing, with a map to the original
    segment    jirei.segment     the text -> one block per case
    sections   jirei.sections    a case -> header, headline, sections, comment blocks
    values     jirei.values      numbers, quantities, rates, dates, fiscal years
    tables     jirei.tables      results tables in every layout -> Metrics
    profile    jirei.profile     a case -> Profile
    checks     jirei.checks      consistency warnings
    export     jirei.export      JSON, JSONL, CSV, Parquet, data frames
"""

from jirei.checks import check_profile
from jirei.errors import JireiError, ValueParseError
from jirei.export import document_schema, loads, to_json, to_jsonl, write_csv, write_parquet
from jirei.frame import to_frame
from jirei.model import (
    Box,
    Comment,
    Document,
    Metric,
    Page,
    Profile,
    Quantity,
    Span,
    TextBlock,
    Warning,
)
from jirei.normalise import Normalised
from jirei.pipeline import parse_path, parse_pdf, parse_source, parse_text
from jirei.read import SourceText, decode_text, read_bytes, read_path
from jirei.review import render_review
from jirei.rules import DEFAULT_RULES, Rules
from jirei.tables import ResultsTable, read_results
from jirei.values import (
    FiscalYear,
    Found,
    JapaneseDate,
    find_dates,
    find_fiscal_years,
    find_numbers,
    find_quantities,
    find_rates,
    parse_date,
    parse_fiscal_year,
    parse_number,
    parse_quantity,
    parse_rate,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_RULES",
    "Box",
    "Comment",
    "Document",
    "FiscalYear",
    "Found",
    "JapaneseDate",
    "JireiError",
    "Metric",
    "Normalised",
    "Page",
    "Profile",
    "Quantity",
    "ResultsTable",
    "Rules",
    "SourceText",
    "Span",
    "TextBlock",
    "ValueParseError",
    "Warning",
    "__version__",
    "check_profile",
    "decode_text",
    "document_schema",
    "find_dates",
    "find_fiscal_years",
    "find_numbers",
    "find_quantities",
    "find_rates",
    "loads",
    "parse_date",
    "parse_fiscal_year",
    "parse_number",
    "parse_path",
    "parse_pdf",
    "parse_quantity",
    "parse_rate",
    "parse_source",
    "parse_text",
    "read_bytes",
    "read_path",
    "read_results",
    "render_review",
    "to_frame",
    "to_json",
    "to_jsonl",
    "write_csv",
    "write_parquet",
]
