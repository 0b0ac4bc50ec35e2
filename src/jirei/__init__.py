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

from jirei.errors import JireiError, ValueParseError
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
from jirei.rules import DEFAULT_RULES, Rules

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_RULES",
    "Box",
    "Comment",
    "Document",
    "JireiError",
    "Metric",
    "Page",
    "Profile",
    "Quantity",
    "Rules",
    "Span",
    "TextBlock",
    "ValueParseError",
    "Warning",
    "__version__",
]
